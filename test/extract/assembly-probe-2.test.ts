import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Assembly, focus, date and status rules found by probe corpus 9: each case is a short article in
 * our own words (invented companies) and what the extractor must make of it.
 */
const FOCUS: readonly Case[] = [
  {
    name: 'a roundup item labelled "Name:" is about that company, not the one before',
    text: [
      'Chipmakers and app firms trim staff',
      '',
      'Here is what happened this week:',
      '',
      'Verrowind: The Pellucia owner said on Monday it would cut about 200 jobs.',
      '',
      'Talmark: The payments company on Tuesday let go of roughly 80 employees across several teams.',
      '',
      'Oskerby Labs: The Denver robotics startup laid off 40 workers on Wednesday. It cut 25 roles in March last year.',
    ].join('\n'),
    published: '2025-03-07',
    events: [
      { company: 'Verrowind', min: 200, start: '2025-03-03' },
      { company: 'Talmark', min: 80, start: '2025-03-04' },
      { company: 'Oskerby Labs', min: 40, start: '2025-03-05' },
      { company: 'Oskerby Labs', min: 25, start: '2024-03-01' },
    ],
    absent: ['Pellucia'],
    exact: true,
  },
  {
    name: 'a lone label (a dateline, "Related:") sets no focus',
    text: [
      'Harwick Mills to cut 90 jobs',
      '',
      'Harwick Mills said on Monday it would cut 90 jobs at its weaving plant.',
      '',
      'Kelvinford: The company said a further 30 roles would go next year.',
      '',
      'Related: Textile makers face rising power costs',
    ].join('\n'),
    published: '2025-03-07',
    events: [
      { company: 'Harwick Mills', min: 90 },
      { company: 'Harwick Mills', min: 30 },
    ],
    exact: true,
  },
  {
    name: '"the X-based company" is the company placed in X, not the studio of another town it closed',
    text: [
      'Dutch toy maker Velmora shuts Toronto studio',
      '',
      'Dutch toy maker Velmora Playthings has closed Brickwell Digital, the Toronto studio behind the Puzzleroo app, laying off all 60 of its staff.',
      '',
      'The maker bought Brickwell in 2020.',
      '',
      'In 2023 the Amsterdam-based company let go of about 10% of its 2,000 employees.',
    ].join('\n'),
    published: '2024-06-12',
    events: [
      { company: 'Velmora Playthings', min: 60 },
      { company: 'Velmora Playthings', min: 200, start: '2023-01-01' },
    ],
    absent: ['Brickwell Digital'],
  },
];

const DATES: readonly Case[] = [
  {
    name: 'the day staff were told dates a closure planned for a later month',
    text: [
      'Brookvale Dairies to close Fenwick depot; 150 jobs affected',
      '',
      'FENWICK — Brookvale Dairies will close its depot in Fenwick in December, eliminating about 150 jobs, the dairy said.',
      '',
      'Workers were told on Thursday at a staff meeting, according to two drivers.',
    ].join('\n'),
    published: '2025-10-13',
    events: [
      { company: 'Brookvale Dairies', min: 150, start: '2025-10-09', end: '2025-10-09', primary: true },
    ],
  },
  {
    name: 'a month "of that year" dates the second round of the sentence, not the first round\'s month',
    text: [
      'Hollins Stores to cut 900 jobs',
      '',
      'Hollins Stores said on Monday it will cut 900 jobs.',
      '',
      'In March 2021 it said it would cut about 400 office jobs and shut 30 stores over two years, and in August of that year, with sales falling, it eliminated roughly 1,100 store positions.',
    ].join('\n'),
    published: '2025-02-05',
    events: [
      { company: 'Hollins Stores', min: 400, start: '2021-03-01', end: '2021-03-31' },
      { company: 'Hollins Stores', min: 1100, start: '2021-08-01', end: '2021-08-31' },
    ],
  },
  {
    name: 'a deadline is kept as the date text and never filled with the publication day',
    text: [
      'Marrowby Telecom preparing fresh job cuts, sources say',
      '',
      'Marrowby Telecom is preparing to cut several hundred jobs in its fibre division before the end of the year, according to people familiar with the plans.',
    ].join('\n'),
    published: '2025-09-10',
    events: [
      {
        company: 'Marrowby Telecom',
        min: 200,
        start: null,
        end: null,
        dateText: 'before the end of the year',
        primary: true,
      },
    ],
  },
];

describe('[extract] dates of matched events', () => {
  for (const c of DATES) test(c.name, () => check(c));
});

describe('[extract] focus of labelled items and described companies', () => {
  for (const c of FOCUS) test(c.name, () => check(c));
});
