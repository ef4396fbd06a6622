import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Subsets, merges and names found by probe corpora 15 and 16 (second round): each case is a short
 * article in our own words (invented employers) and what the extractor must make of it.
 */
const INSTITUTION_UNITS: readonly Case[] = [
  {
    name: 'a faculty after "from the" in a sentence naming the university is a part of that employer',
    text: [
      'Dunmore University to cut up to 250 jobs',
      '',
      'Dunmore University has set out plans to cut up to 250 jobs to close a budget gap, it said on Tuesday.',
      '',
      'About 40 of the roles would go from the Faculty of Law and Letters, where the university plans to merge two courses from next year.',
    ].join('\n'),
    published: '2024-03-06',
    events: [
      { company: 'Dunmore University', max: 250, primary: true, start: '2024-03-05' },
      // "from next year" dates the merging of courses, told in the clause of place; the 40 are a
      // part of the cut told on Tuesday.
      { company: 'Dunmore University', min: 40, max: 40, primary: false, start: '2024-03-05' },
    ],
    absent: ['Faculty of Law', 'Letters', 'Faculty of Law and Letters'],
    exact: true,
  },
  {
    name: 'a school of a college, with the college named in the same sentence',
    text: [
      'Brackley College said on Monday it would cut 90 posts.',
      '',
      'Some 25 of the posts will be lost in the School of Nursing, Brackley College said.',
    ].join('\n'),
    published: '2024-03-06',
    events: [
      { company: 'Brackley College', min: 90, max: 90, primary: true },
      { company: 'Brackley College', min: 25, max: 25 },
    ],
    absent: ['School of Nursing'],
  },
  {
    name: 'guard: a split of the cut by place, with a clause of place after it, is no event',
    text: [
      'Harrowgate Foods said on Monday it would cut 300 jobs at its two bakeries.',
      '',
      'Some 120 of the jobs will go in Lowfield, where the company plans to open a warehouse in October.',
    ].join('\n'),
    published: '2024-03-06',
    events: [{ company: 'Harrowgate Foods', min: 300, max: 300, start: '2024-03-04', primary: true }],
    absent: ['Lowfield'],
  },
  {
    name: 'guard: a date before the clause of place still dates the count',
    text: [
      'Pellbrook Mills said it would cut 80 jobs in June at its Brayside plant, where it makes paper towels.',
    ].join('\n'),
    published: '2024-03-06',
    events: [{ company: 'Pellbrook Mills', min: 80, max: 80, start: '2024-06-01', end: '2024-06-30' }],
  },
  {
    name: 'guard: a department that is the subject, with no institution in its sentence, still cuts',
    text: [
      'The Department of Harbours will cut 300 jobs, officials said on Monday.',
      '',
      'Universities said the move would hurt research.',
    ].join('\n'),
    published: '2024-03-06',
    events: [{ company: 'Department of Harbours', min: 300, max: 300 }],
  },
];

const UNION_MEMBERS_PART: readonly Case[] = [
  {
    name: "a union's count of its own members is a part, not the share of the headline told again",
    text: [
      'Corrant Weekly lays off a quarter of its staff',
      '',
      'PORTLAND — Corrant Weekly, the city arts paper, laid off a quarter of its staff on Monday, its editor said.',
      '',
      'The Corrant Guild said 11 of its members lost their jobs.',
    ].join('\n'),
    published: '2024-02-07',
    events: [
      { company: 'Corrant Weekly', percent: 25, min: null, primary: true, start: '2024-02-05' },
      { company: 'Corrant Weekly', min: 11, max: 11, primary: false, start: '2024-02-05' },
    ],
    exact: true,
  },
  {
    name: 'guard: a share then a plain figure of the same cut stay one event',
    text: [
      'Veltmoor Games cuts a fifth of its staff',
      '',
      'Veltmoor Games laid off a fifth of its staff on Monday.',
      '',
      'The cuts affect about 60 people, a spokesperson said.',
    ].join('\n'),
    published: '2024-02-07',
    events: [{ company: 'Veltmoor Games', min: 60, max: 60, percent: 20, primary: true }],
    exact: true,
  },
];

describe('assembly probe 13: a faculty or school of a university is a unit', () => {
  for (const c of INSTITUTION_UNITS) test(c.name, () => check(c));
});

describe("assembly probe 13: a union's members are a part of the cut", () => {
  for (const c of UNION_MEMBERS_PART) test(c.name, () => check(c));
});
