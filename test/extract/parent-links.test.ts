// A parent company the article states for the employer: a subsidiary's cut is the parent's, in the
// subsidiary as its unit (refiners/parent.refiner.ts). Our own sentences, invented companies.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statedParents } from '../../src/extract/refiners/parent.refiner.ts';
import { type ArticleCase, checkArticle } from '../helpers/article-cases.ts';

const LINKS: readonly { text: string; parent: string | null; child?: string | null }[] = [
  {
    text: 'Its parent, Corvane Holdings, said the cuts were overdue.',
    parent: 'Corvane Holdings',
    child: null,
  },
  {
    text: 'Its parent company Corvane said on Monday that stores would shut.',
    parent: 'Corvane',
    child: null,
  },
  {
    text: "Skyhaven's parent company, Corvane Holdings, declined to comment.",
    parent: 'Corvane Holdings',
    child: 'Skyhaven',
  },
  {
    text: 'Marlow Group Inc., the parent company of Skyhaven, said it would cut 300 jobs.',
    parent: 'Marlow Group Inc.',
    child: 'Skyhaven',
  },
  {
    text: 'Skyhaven, which has been owned by Corvane Holdings since 2021, said sales fell.',
    parent: 'Corvane Holdings',
    child: 'Skyhaven',
  },
  {
    text: 'Skyhaven, a subsidiary of Corvane Holdings, will close two depots.',
    parent: 'Corvane Holdings',
    child: 'Skyhaven',
  },
  {
    text: 'Skyhaven, the budget unit of Corvane, will close two depots.',
    parent: 'Corvane',
    child: 'Skyhaven',
  },
  // A name never runs over a sentence end: "January. Skyhaven" is not the owned company.
  {
    text: 'The last shop shuts in January. Skyhaven, owned by Corvane, said so.',
    parent: 'Corvane',
    child: 'Skyhaven',
  },
  // Not a parent company:
  { text: 'Skyhaven, owned by Dana Reyes since 2019, will close two depots.', parent: null },
  { text: 'Its owner, Dana Reyes, said the cafe would close.', parent: null },
  { text: 'The parent-teacher association said 12 aides would lose their jobs.', parent: null },
  { text: 'Skyhaven, which is owned by its employees, will cut 40 jobs.', parent: null },
  { text: 'Skyhaven, which was owned by Corvane Holdings until 2020, will cut 40 jobs.', parent: null },
];

describe('stated parent companies', () => {
  for (const c of LINKS) {
    it(JSON.stringify(c.text.slice(0, 60)), () => {
      const links = statedParents(c.text);
      if (c.parent === null) assert.deepEqual(links, []);
      else assert.deepEqual(links, [{ parent: c.parent, child: c.child ?? null }]);
    });
  }
});

const ARTICLES: readonly ArticleCase[] = [
  {
    name: '"Its parent, X, said": the subsidiary named alone cuts as the parent\'s unit',
    text: 'Brightwater Radio to cut 240 jobs\n\nBrightwater Radio will cut 240 jobs, the broadcaster said on Thursday. Its parent, Orland Media, said the restructuring would save $50 million a year.',
    published: '2025-03-06',
    events: [{ company: 'Orland Media', unit: 'Brightwater Radio', min: 240, max: 240, primary: true }],
    absent: ['Brightwater Radio'],
  },
  {
    name: '"X, which has been owned by Y since 2019": the brand is the unit of its owner',
    text: 'Pemberly to close 12 stores\n\nDepartment store chain Pemberly will close 12 stores and cut 640 jobs, the company said. Pemberly, which has been owned by Castine Retail since 2019, said the shops had lost money for years.',
    published: '2025-09-18',
    events: [{ company: 'Castine Retail', unit: 'Pemberly', min: 640, max: 640, primary: true }],
  },
  {
    name: 'the parent named as the employer keeps its own name (no unit from itself)',
    text: 'Orland Media, the parent company of Brightwater Radio, said on Thursday it will cut 240 jobs.',
    published: '2025-03-06',
    events: [{ company: 'Orland Media', unit: null, min: 240, max: 240, primary: true }],
  },
  {
    name: 'a person who owns the employer is no parent company',
    text: 'Kettleby Bakery to cut 30 jobs\n\nKettleby Bakery will cut 30 jobs at its Hull site. Kettleby, owned by Dana Reyes since 2015, blamed energy costs.',
    published: '2025-02-10',
    events: [{ company: 'Kettleby Bakery', unit: null, min: 30, max: 30, primary: true }],
    absent: ['Dana Reyes'],
  },
];

describe("a subsidiary's cut is its stated parent's", () => {
  for (const c of ARTICLES) it(c.name, () => checkArticle(c));
});
