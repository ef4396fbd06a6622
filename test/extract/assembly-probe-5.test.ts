import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Assembly, merging and date rules found by probe corpora 9 to 12 (fifth round): each case is a
 * short article in our own words (invented companies) and what the extractor must make of it.
 */
const UNNAMED: readonly Case[] = [
  {
    name: 'a cut told of "a ... plant" takes the employer the next sentence names in its notice',
    text: [
      'Paper mill to shut this summer',
      '',
      'DENVER (KDRV) — A paper mill on the north side of Denver will shut down this summer, putting 210 people out of work.',
      '',
      'Calloway Fibre Products notified the state labor office of the closure in a notice filed Tuesday.',
    ].join('\n'),
    published: '2025-05-09',
    events: [{ company: 'Calloway Fibre Products', min: 210, start: '2025-05-06', primary: true }],
    exact: true,
  },
  {
    name: 'an unnamed operator that "will retrench" takes the name of the company that reported it',
    text: [
      'Port Selwyn contact centre to cut agents',
      '',
      'PORT SELWYN — An outsourcing operator will retrench 90 of its agents after losing a banking contract.',
      '',
      'Brightlane Contact Services said on Monday the cuts would take effect next month.',
    ].join('\n'),
    published: '2025-05-09',
    events: [{ company: 'Brightlane Contact Services', min: 90, start: '2025-05-05' }],
    exact: true,
  },
  {
    name: 'a named company doing something else is not the unnamed employer',
    text: [
      'Factory news',
      '',
      'A parts plant will lay off 120 workers, the county said.',
      '',
      'Orrin Motors opened a new showroom in the city, the company said.',
    ].join('\n'),
    published: '2025-05-09',
    events: [],
    exact: true,
  },
];

const MERGES: readonly Case[] = [
  {
    name: 'a headline short name and the body formal name sharing a stem, same figure, are one event',
    text: [
      'Corvania to cut about 1,400 jobs',
      '',
      'TORONTO – Bank of Corvania is eliminating about 1,400 jobs, or roughly 4 per cent of its workforce, ahead of an investor day in June.',
      '',
      'The lender said on Tuesday it would book a restructuring charge.',
    ].join('\n'),
    published: '2025-02-13',
    events: [{ company: 'Bank of Corvania', min: 1400, start: '2025-02-11', primary: true }],
    exact: true,
  },
];

const DATES: readonly Case[] = [
  {
    name: '"that same month" takes the month the sentence before named',
    text: [
      'Fennick names new chief as it trims 6% of staff',
      '',
      'Fennick said on Tuesday it would cut 6% of its staff.',
      '',
      'Its former chief joined in March 2023. That same month the company said it would let go of about 900 workers.',
    ].join('\n'),
    published: '2025-02-13',
    events: [{ company: 'Fennick', min: 900, start: '2023-03-01', end: '2023-03-31', primary: false }],
  },
  {
    name: '"later that year" runs from the day named before to the year\'s end',
    text: [
      'Ostrava Mills cuts 120 more jobs',
      '',
      'Ostrava Mills said on Monday it would cut 120 jobs at its Tamworth site.',
      '',
      'The group opened a new plant on June 3, 2024. Later that year it laid off 300 workers.',
    ].join('\n'),
    published: '2025-02-13',
    events: [{ company: 'Ostrava Mills', min: 300, start: '2024-06-03', end: '2024-12-31' }],
  },
];

describe('assembly probe 5: dates', () => {
  for (const c of DATES) test(c.name, () => check(c));
});

describe('assembly probe 5: merges', () => {
  for (const c of MERGES) test(c.name, () => check(c));
});

describe('assembly probe 5: unnamed employer named next', () => {
  for (const c of UNNAMED) test(c.name, () => check(c));
});
