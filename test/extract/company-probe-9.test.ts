import { describe, test } from 'node:test';
import { type ArticleCase, checkArticle } from '../helpers/article-cases.ts';
import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 9: a name that opens a later clause of time after a cut whose subject
 * is "It", a union joined by a hyphen to its federation, "the magazine" for the
 * magazine in focus, a body's opening word inside a company's name ("X Federal Services"), what the
 * subject closes as its unit, the area named after a kind of employer and "across", and the brand a business
 * trades under as the subject's unit. Short articles in our own words with invented companies; cases marked "guard" keep a
 * rule from reaching too far, the others fail without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. "It cut 200 jobs, shortly after the Harlow Bank barred ...": the bank did something else.
  {
    rule: '"It had cut 90 jobs in 2021, shortly after the Dunmere Monetary Board barred ...": no employer',
    text: 'Quillpay lays off 10% of staff\n\nQuillpay, a payments start-up, has let go of about 10% of its staff, the company said.\n\nIt had cut around 90 jobs in March 2021, shortly after the Dunmere Monetary Board barred wallets from offering credit.',
    events: ['Quillpay'],
    never: ['Dunmere Monetary Board'],
  },
  {
    rule: '"In 2022, it laid off 40 people when Corvane Logistics dropped its contract": no employer',
    text: 'Brindle Freight will cut 60 drivers, the company said on Monday.\n\nIn 2022, it laid off 40 people when Corvane Logistics dropped its contract.',
    events: ['Brindle Freight'],
    never: ['Corvane Logistics'],
  },
  {
    rule: 'guard: "Tessel Labs cut 30 jobs after Orrin Health ended a deal": the subject stays',
    text: 'Tessel Labs cut 30 jobs after Orrin Health ended a research deal, the company said on Monday.',
    events: ['Tessel Labs'],
    never: ['Orrin Health'],
  },
  // 2. A union joined by a hyphen to the federation it belongs to is a union.
  {
    rule: '"The Harrowgate Union, which belongs to the NewsGuild-CWA, said 12 of its members lost their jobs"',
    text: 'The Harrowgate Courier laid off a quarter of its newsroom on Monday.\n\nThe Harrowgate Union, which belongs to the NewsGuild-CWA, said 12 of its members lost their jobs.',
    events: ['Harrowgate Courier'],
    never: ['NewsGuild-CWA'],
  },
  {
    rule: '"the SEIU-UAW local said 30 members were laid off": no employer',
    text: 'Corlett Medical laid off staff at two clinics this week. The SEIU-UAW local said 30 of its members were laid off.',
    never: ['SEIU-UAW'],
  },
  // 3. "The magazine" stands for the magazine in focus.
  {
    rule: '"The magazine cut 9 jobs in 2020, when it closed a Tamworth bureau": the magazine in focus',
    text: 'Fernway Quarterly lays off a fifth of its staff\n\nFernway Quarterly, a magazine of travel writing, laid off a fifth of its staff on Tuesday.\n\nThe magazine cut 9 jobs in 2020, when it dropped its podcast and closed a Tamworth bureau.',
    events: ['Fernway Quarterly'],
    never: ['Tamworth'],
  },
  // 4. A body's opening word inside a name goes on with that name.
  {
    rule: '"Corrick Federal Services will lay off 210 workers": one name, not "Federal Services"',
    text: 'Corrick Federal Services will lay off 210 workers at its Tamsin call center, the company said on Friday.',
    events: ['Corrick Federal Services'],
    never: ['Federal Services', 'Corrick'],
  },
  {
    rule: '"Amberlee National Services plans to cut 75 jobs": one name',
    text: 'Amberlee National Services plans to cut 75 jobs in its billing unit.',
    events: ['Amberlee National Services'],
    never: ['National Services'],
  },
  {
    rule: 'guard: "filed with the Federal Labor Office, Pellin Foods said": the body stays apart',
    text: 'Pellin Foods will lay off 90 workers, according to a notice filed with the Federal Labor Office.',
    events: ['Pellin Foods'],
  },
  // 5. After employers named as a kind and "across", a name is the area they are in.
  {
    rule: '"Studios across Bellmoor have been trimming staff, with cuts at the likes of A and B": no Bellmoor',
    text: 'Kestrin Pictures laid off 120 employees on Monday.\n\nStudios across Bellmoor have been trimming staff this year, with cuts at the likes of Orvane Films and Tallis Media.',
    events: ['Kestrin Pictures'],
    never: ['Bellmoor'],
  },
  {
    rule: '"Lenders throughout the Harrow Valley have cut jobs": no Harrow Valley',
    text: 'Lenders throughout the Harrow Valley have cut about 300 jobs since the spring, a trade group said.',
    never: ['Harrow Valley'],
  },
  {
    rule: 'guard: "job cuts across Pellmark Foods\' bakeries": the owner stays',
    text: 'Pellmark Foods will cut 140 jobs across its bakeries, the company said on Friday.',
    events: ['Pellmark Foods'],
  },
];

describeEmployerCases('[extract/company] probe rules for the employer, part 9', CASES, '2025-03-04');

/** Whole-article cases. */
const ARTICLES: readonly ArticleCase[] = [
  {
    name: '"It had cut around 90 jobs ..., shortly after the Dunmere Monetary Board ...": Quillpay, 90',
    text: 'Quillpay lays off 10% of staff\n\nQuillpay, a payments start-up, has let go of about 10% of its staff, the company said.\n\nIt had cut around 90 jobs in March 2021, shortly after the Dunmere Monetary Board barred wallets from offering credit.',
    published: '2025-03-04',
    events: [{ company: 'Quillpay', min: 90 }],
  },
  // 5. What the subject closes is its unit, with a description before its name or told by "said
  // it will close".
  {
    name: '"Harrowby Interactive shuts Leeds studio Copperline Games, 60 jobs lost": the unit',
    text: 'Harrowby Interactive shuts Leeds studio Copperline Games, 60 jobs lost\n\nThe publisher confirmed the closure on Monday.',
    published: '2025-03-04',
    events: [{ company: 'Harrowby Interactive', unit: 'Copperline Games', min: 60 }],
    absent: ['Copperline Games'],
  },
  {
    name: '"Publisher Harrowby Interactive said on Monday it will close Copperline Games, with the loss of 60 jobs"',
    text: 'Publisher Harrowby Interactive said on Monday it will close Copperline Games, the Leeds studio it bought in 2018, with the loss of all 60 jobs.\n\nThe publisher laid off about 90 people in its marketing teams in March 2023.',
    published: '2025-03-04',
    events: [
      { company: 'Harrowby Interactive', unit: 'Copperline Games', min: 60 },
      { company: 'Harrowby Interactive', unit: null, min: 90 },
    ],
    absent: ['Copperline Games'],
  },
  // 6. The brand a business of the subject trades under is the subject's unit.
  {
    name: '"Tembury Group will cut 250 jobs in its delivery business, which operates under the Pellory brand"',
    text: 'Tembury Group said on Tuesday it will cut about 250 jobs in its delivery business, which operates under the Pellory brand, as rivals squeeze margins.',
    published: '2025-03-04',
    events: [{ company: 'Tembury Group', unit: 'Pellory', min: 250 }],
  },
  {
    name: 'guard: "Corla Foods will cut 80 jobs at its Dunmore bakery": no brand, no unit',
    text: 'Corla Foods will cut 80 jobs at its Dunmore bakery, the company said on Tuesday.',
    published: '2025-03-04',
    events: [{ company: 'Corla Foods', unit: null, min: 80 }],
  },
];

describe('[extract/company] whole articles, part 9', () => {
  for (const c of ARTICLES) test(c.name, () => checkArticle(c));
});
