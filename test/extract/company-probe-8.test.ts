import { describe, test } from 'node:test';
import { type ArticleCase, checkArticle } from '../helpers/article-cases.ts';
import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 8: a public programme that pays for care, a clock time's "AM", a
 * compass word before a place, a country's region, a mine's shaft or operation named by its town,
 * a notice taken back, a town's possessive before a company, and a county that acts as the
 * employer. Short articles in our own words with invented companies; cases marked "guard" keep a
 * rule from reaching too far, the others fail without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. A programme that pays for care (Medicaid, Medicare) employs no one.
  {
    rule: '"cut 200 jobs as lower Medicaid payments squeeze its budget": Medicaid is no employer',
    text: 'Hospital group to cut 200 jobs amid Medicaid squeeze\n\nA regional hospital group will eliminate about 200 positions as lower Medicaid payments squeeze its budget.',
    never: ['Medicaid'],
  },
  {
    rule: 'guard: "Larkmoor Health will cut 200 jobs as Medicare rates fall": the hospital stays',
    text: 'Larkmoor Health will cut 200 jobs as Medicare rates fall, the hospital said on Monday.',
    events: ['Larkmoor Health'],
    never: ['Medicare'],
  },
  // 2. "9:14 AM" is a time of day.
  {
    rule: '"Posted: 8:05 AM, Feb 3, 2025": AM is no employer',
    text: 'NEWS\nPosted: 8:05 AM, Feb 3, 2025\nUpdated: 10:40 AM, Feb 3, 2025\n\nDELLWOOD, Ky. (WDLK) — More than 150 workers will lose their jobs when a Dellwood carpet plant closes this spring, according to a notice filed with the state.',
    never: ['AM'],
  },
  // 3. A compass word before a place belongs to the place.
  {
    rule: '"A Southern Ohio packaging firm is laying off 140 workers": Southern is no employer',
    text: 'A Southern Ohio packaging firm is laying off 140 workers after losing its biggest customer.',
    never: ['Southern'],
  },
  {
    rule: '"An Eastern Texas sawmill will cut 60 jobs": Eastern is no employer',
    text: 'An Eastern Texas sawmill will cut 60 jobs next month.',
    never: ['Eastern'],
  },
  {
    rule: 'guard: "Northern Reach Bank will cut 70 jobs": a compass word before a name stays',
    text: 'Northern Reach Bank will cut 70 jobs, it said on Monday.',
    events: ['Northern Reach Bank'],
  },
  // 4. A country's region is a place.
  {
    rule: '"A Midwest grocery chain will cut 90 jobs": Midwest is no employer',
    text: 'A Midwest grocery chain will cut 90 jobs at its head office.',
    never: ['Midwest'],
  },
  {
    rule: '"Tarra Resources to close WA gold mine, 300 jobs to go": WA is a state',
    text: 'date 2025-03-04 Tarra Resources to mothball WA gold mine, 300 jobs to go\n\nPerth-based Tarra Resources will place its Kalgarra gold operation in care and maintenance from June, cutting about 300 jobs.',
    events: ['Tarra Resources'],
    never: ['WA'],
  },
  // 5. A mine's operation named by its site is a place, not a company.
  {
    rule: '"will put its Tarrin East copper operation on care and maintenance, cutting 260 jobs"',
    text: 'Halden Metals will put its Tarrin East copper operation on care and maintenance from May, cutting 260 jobs.',
    events: ['Halden Metals'],
    never: ['Tarrin East'],
  },
  // 6. A town's possessive before a company places it; the town owns nothing.
  {
    rule: '"Fort Belden\'s Ardent Plastics will lay off 45 workers": the company, not the town',
    text: 'Fort Belden’s Ardent Plastics will lay off 45 workers at its moulding plant, the company said.',
    events: ['Ardent Plastics'],
    never: ['Fort Belden'],
  },
  // 7. A county that acts through its commissioners, or as the subject of the cut, employs.
  {
    rule: '"Dalby Creek County commissioners voted to eliminate 90 county positions": the county',
    text: 'Dalby Creek County commissioners voted on Tuesday to eliminate 90 county positions to balance the budget.',
    events: ['Dalby Creek County'],
  },
  {
    rule: '"Marrow County will lay off 40 road workers": the county is the employer',
    text: 'Marrow County will lay off 40 road workers in July, officials said.',
    events: ['Marrow County'],
  },
  {
    rule: 'guard: "jobs will go in Harlan County, Dunmore Textiles said": the county stays a place',
    text: 'About 40 jobs will go in Oxley County, Tamsin Weaving said on Monday.',
    events: ['Tamsin Weaving'],
    never: ['Oxley County'],
  },
];

describeEmployerCases('[extract/company] probe rules for the employer, part 8', CASES, '2025-03-04');

/** Whole-article cases: units named by a site, and notices taken back. */
const ARTICLES: readonly ArticleCase[] = [
  // 5b. "its Marlow shaft": the town of a site is no unit.
  {
    name: '"Dunmore Platinum will cut 380 jobs at its Marlow shaft": unit null',
    text: 'Dunmore Platinum will cut 380 jobs at its Marlow shaft, the miner said on Monday.',
    published: '2025-03-04',
    events: [{ company: 'Dunmore Platinum', unit: null, min: 380, max: 380 }],
  },
  // 6b. A notice taken back is no layoff.
  {
    name: '"Brisk Packaging withdrew its WARN notice for 75 workers": no event',
    text: 'Brisk Packaging withdrew the layoff notices it had sent to 75 workers after winning a new order, the company said.',
    published: '2025-03-04',
    events: [],
    exact: true,
  },
  {
    name: '"the layoffs of 30 staff were rescinded": no event',
    text: 'At Corley Mills, the layoffs of 30 staff announced in May were rescinded after a buyer stepped in.',
    published: '2025-03-04',
    events: [],
    exact: true,
  },
  {
    name: 'guard: "Corran Foods will lay off 60 workers after a buyer withdrew its offer": the cut stays',
    text: 'Corran Foods will lay off 60 workers at its bakery after a buyer withdrew its offer, the company said.',
    published: '2025-03-04',
    events: [{ company: 'Corran Foods', min: 60 }],
  },
  // 8. What the subject closes, named right after the verb, is its unit.
  {
    name: '"Ashdown Media Group is closing Northside Weekly, and all 18 staff will be laid off"',
    text: 'Ashdown Media Group is closing Northside Weekly, and all 18 staff will be laid off.',
    published: '2025-03-04',
    events: [{ company: 'Ashdown Media Group', unit: 'Northside Weekly', min: 18 }],
    absent: ['Northside Weekly'],
  },
  {
    name: 'guard: "Publisher Kettle Interactive has shut down Marrow Games, laying off all 40 employees"',
    text: 'Publisher Kettle Interactive has shut down Marrow Games, laying off all 40 employees.',
    published: '2025-03-04',
    events: [{ company: 'Kettle Interactive', unit: 'Marrow Games', min: 40 }],
  },
  // 9. An investor named in the subject's apposition cuts nothing.
  {
    name: '"Vellum, a payments start-up backed by Orrin Capital, has laid off half of its 120 staff"',
    text: 'Vellum, a payments start-up backed by Orrin Capital, has laid off half of its 120 employees, the company said on Monday.',
    published: '2025-03-04',
    events: [{ company: 'Vellum', min: 60, max: 60 }],
    absent: ['Orrin Capital'],
  },
];

describe('[extract/company] whole articles, part 8', () => {
  for (const c of ARTICLES) test(c.name, () => checkArticle(c));
});
