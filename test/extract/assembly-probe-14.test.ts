import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Digests, distractors and employers named beside others, found by probe corpus 24 (fourteenth
 * round): each case is a short article in our own words (invented employers) and what the
 * extractor must make of it.
 */
const WARN_DIGEST: readonly Case[] = [
  {
    name: 'each "Employer, Town: N workers" item of a WARN digest is an event, dated by its layoff day',
    text: [
      'Weekly WARN roundup: three employers, 270 workers',
      '',
      'Each Thursday we list the layoff notices the state labour office posted.',
      '',
      'Orrin Tool & Die, Lansing: 64 workers. The shop is closing; layoffs effective March 3. Notice received Jan. 6.',
      '',
      'Pellwood Linen Services, Flint: 120 workers, beginning Feb. 24. Notice received Jan. 7.',
      '',
      'Tamsett Brothers Bakery, Jackson: 86 workers, laid off Jan. 2. Notice received Jan. 8.',
    ].join('\n'),
    published: '2025-01-09',
    events: [
      { company: 'Orrin Tool & Die', min: 64, max: 64, start: '2025-03-03' },
      { company: 'Pellwood Linen Services', min: 120, max: 120, start: '2025-02-24' },
      { company: 'Tamsett Brothers Bakery', min: 86, max: 86, start: '2025-01-02' },
    ],
    absent: ['Lansing', 'Flint', 'Jackson'],
    exact: true,
  },
  {
    name: 'digest items one per line, without a town, with only the notice day, are still events',
    text: [
      'WARN notices filed this week',
      'Quillon Plastics: 45 employees, notice dated Feb. 3',
      'Hestermoor Dairy: 150 employees, notice dated Feb. 4',
    ].join('\n'),
    published: '2025-02-07',
    events: [
      { company: 'Quillon Plastics', min: 45, max: 45, start: '2025-02-03' },
      { company: 'Hestermoor Dairy', min: 150, max: 150, start: '2025-02-04' },
    ],
    exact: true,
  },
  {
    name: 'guard: a single "Name: N staff" line in an article about something else is no digest',
    text: [
      'Quillon Plastics opens a new extrusion hall',
      '',
      'Quillon Plastics: 45 employees in the new hall from March, the company said.',
    ].join('\n'),
    published: '2025-02-07',
    events: [],
    exact: true,
  },
];

describe('assembly probe 14: WARN digests', () => {
  for (const c of WARN_DIGEST) test(c.name, () => check(c));
});

const REOPENINGS: readonly Case[] = [
  {
    name: 'a new owner restarting "the shuttered plant" with its staff is hiring, not a closure',
    text: [
      'Old foundry hums again',
      '',
      'Marrowby Castings, which bought the shuttered plant in January, reopened it this week with 95 employees and plans to hire 40 more by spring.',
      '',
      'Most of the first hires worked at the plant before it closed.',
    ].join('\n'),
    published: '2025-06-12',
    events: [],
    exact: true,
  },
  {
    name: 'a closed warehouse taken over and staffed is no cut either',
    text: 'Kellsway Freight took over a closed warehouse by the canal and began work there on Tuesday with 70 staff.',
    published: '2025-06-12',
    events: [],
    exact: true,
  },
  {
    name: 'guard: the owner that shutters its plant, with a headcount, still cuts',
    text: 'Marrowby Castings shuttered its plant in Dunmere on Monday, leaving 95 employees without work.',
    published: '2025-06-12',
    events: [{ company: 'Marrowby Castings', min: 95, max: 95 }],
  },
];

describe('assembly probe 14: reopened workplaces', () => {
  for (const c of REOPENINGS) test(c.name, () => check(c));
});

const PLACES_AND_PARENTS: readonly Case[] = [
  {
    name: 'a region after "depots in the" is where depots close, not the employer',
    text: 'Brantock Haulage will cut 240 jobs and close three depots in the Fenlands and north-east Scotland, the firm said on Monday.',
    published: '2025-04-09',
    events: [{ company: 'Brantock Haulage', min: 240, max: 240, start: '2025-04-07' }],
    absent: ['Fenlands'],
    exact: true,
  },
  {
    name: 'a unit "which X bought" is the buyer\'s: its cut and the parent\'s headline are one event',
    text: [
      'Corrowin Group to cut 300 jobs in bakery shake-up',
      '',
      'Millbeck Bakeries will cut 300 jobs and shut its Ayr bakery, the company said on Tuesday.',
      '',
      'Millbeck, which Corrowin bought from its founders in 2019, employs about 2,000 people.',
    ].join('\n'),
    published: '2025-04-09',
    events: [
      { company: 'Corrowin Group', unit: 'Millbeck Bakeries', min: 300, max: 300, start: '2025-04-08' },
    ],
    exact: true,
  },
];

describe('assembly probe 14: places and parents', () => {
  for (const c of PLACES_AND_PARENTS) test(c.name, () => check(c));
});
