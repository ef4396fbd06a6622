import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Counts, breakdowns and background rounds found by probe corpora 17 and 18 (ninth round): each
 * case is a short article in our own words (invented employers) and what the extractor must make
 * of it.
 */
const VACANCIES: readonly Case[] = [
  {
    name: 'a total of posts that carries its vacancies in its own apposition is the cut; the filled share is a part of it',
    text: [
      'Larkmoor Parish cuts 96 posts',
      '',
      'Budget passes on 4-1 vote; 45 workers to lose jobs',
      '',
      "Larkmoor Parish councillors voted 4-1 Monday to abolish 96 parish posts, 51 of them currently vacant, to close a $12 million gap in next year's budget.",
      '',
      'The other 45 posts are filled, and the workers in them will get layoff notices this month, the parish manager said.',
    ].join('\n'),
    published: '2025-05-07',
    events: [
      { company: 'Larkmoor Parish', min: 96, max: 96, start: '2025-05-05', primary: true },
      { company: 'Larkmoor Parish', min: 45, max: 45, start: '2025-05-05', primary: false },
    ],
    exact: true,
  },
  {
    name: 'a total of posts whose vacancies a later sentence states still gives way to the people let go',
    text: [
      'The Orrin Valley town board voted on Monday to adopt a budget that eliminates 58 positions.',
      '',
      'Layoff notices will go to 21 employees; the other 37 positions are vacant.',
    ].join('\n'),
    published: '2025-05-07',
    events: [{ company: 'Orrin Valley', min: 21, max: 21 }],
    exact: true,
  },
];

describe('assembly probe 9: vacancies', () => {
  for (const c of VACANCIES) test(c.name, () => check(c));
});

const BREAKDOWNS: readonly Case[] = [
  {
    name: 'figures let go at two of its sites, after the whole cut was told, are its split by site',
    text: [
      'Harrowgate Contact Services laid off 900 people across two sites last month after a bank client took its call work in-house, the company said on Monday.',
      '',
      'According to a filing, 560 agents were let go at its Davao site and 340 at its Makati office.',
    ].join('\n'),
    published: '2025-02-12',
    events: [{ company: 'Harrowgate Contact Services', min: 900, max: 900, primary: true }],
    exact: true,
  },
  {
    name: 'a later, smaller cut at one site with no second site figure stays its own event',
    text: [
      'Harrowgate Contact Services laid off 900 people last year.',
      '',
      'On Monday the company said it had let go of 120 agents at its Davao site.',
    ].join('\n'),
    published: '2025-02-12',
    events: [
      { company: 'Harrowgate Contact Services', min: 900, max: 900 },
      { company: 'Harrowgate Contact Services', min: 120, max: 120 },
    ],
    exact: true,
  },
];

describe('assembly probe 9: breakdowns', () => {
  for (const c of BREAKDOWNS) test(c.name, () => check(c));
});

const BACKGROUND: readonly Case[] = [
  {
    name: 'an earlier round of the focus company stays its own event when a later clause speaks of the whole sector',
    text: [
      'Coinvale lays off 30% of staff as prices slide',
      '',
      'Crypto broker Coinvale is laying off 30% of its staff, its chief executive said on Tuesday.',
      '',
      'Coinvale previously cut 15% of its staff in May 2023, months after a crash wiped out value across the sector.',
    ].join('\n'),
    published: '2025-02-12',
    events: [
      { company: 'Coinvale', percent: 30, primary: true },
      { company: 'Coinvale', percent: 15, start: '2023-05-01', end: '2023-05-31', primary: false },
    ],
    exact: true,
  },
  {
    name: 'a cut whose own clause is told of the whole sector is still no event of the focus company',
    text: [
      'Coinvale lays off 30% of staff as prices slide',
      '',
      'Crypto broker Coinvale is laying off 30% of its staff, its chief executive said on Tuesday.',
      '',
      'About 15% of jobs across the sector were cut in 2023, analysts estimate.',
    ].join('\n'),
    published: '2025-02-12',
    events: [{ company: 'Coinvale', percent: 30, primary: true }],
    exact: true,
  },
];

describe('assembly probe 9: background rounds', () => {
  for (const c of BACKGROUND) test(c.name, () => check(c));
});
