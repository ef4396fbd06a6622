import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Ranked lists and other assembly found by probe corpus 22 (twelfth round): each case is a short
 * article in our own words (invented employers) and what the extractor must make of it.
 */
const RANKED_LISTS: readonly Case[] = [
  {
    name: 'each item of a ranked list of layoffs is a cut: the figure in its head, the date and share in its line',
    text: [
      'date 2024-03-08',
      'The five largest chipmaker layoffs of the winter',
      '',
      'Three months in, the cuts keep coming. Here they are, largest first.',
      '',
      '1. Corvel Semiconductor – about 4,200. Chief executive Ana Ruiz told staff on January 9 that the company would close two fabs.',
      '',
      '2. Halden Micro – 2,600. Announced on February 14, to be completed by the end of June.',
      '',
      '3. Brightwater Devices – up to 1,100, or 9% of its workforce.',
      '',
      '4. Orrin Logic – 750, disclosed with its quarterly results on January 30.',
    ].join('\n'),
    published: '2024-03-08',
    events: [
      { company: 'Corvel Semiconductor', min: 4200, max: 4200, start: '2024-01-09' },
      { company: 'Halden Micro', min: 2600, max: 2600, start: '2024-02-14' },
      { company: 'Brightwater Devices', min: null, max: 1100, percent: 9 },
      { company: 'Orrin Logic', min: 750, max: 750, start: '2024-01-30' },
    ],
    exact: true,
  },
  {
    name: 'the item line\'s "the PC maker" and its share belong to the item, not to a name told before',
    text: [
      'The biggest hardware layoffs so far this year',
      '',
      'Job cuts have spread from software to devices.',
      '',
      '1. Pellar – just over 3,000. The PC maker said on Monday it would shed around 6% of its staff.',
      '',
      '2. Tessin Audio – about 900. The headphone brand cut 12% of staff this week.',
      '',
      '3. Marlow Screens – 400.',
    ].join('\n'),
    published: '2024-05-10',
    events: [
      { company: 'Pellar', min: 3001, max: null, percent: 6, start: '2024-05-06' },
      { company: 'Tessin Audio', min: 900, max: 900, percent: 12 },
      { company: 'Marlow Screens', min: 400, max: 400 },
    ],
    exact: true,
  },
  {
    name: 'guard: a results table of "Name – figure" lines in an article about no layoffs gives no cut',
    text: [
      'Quarterly sales by brand',
      '',
      'Sales rose across the group in the third quarter.',
      '',
      '1. Corvel – 4,200.',
      '',
      '2. Halden – 2,600.',
      '',
      '3. Orrin – 750.',
    ].join('\n'),
    published: '2024-10-10',
    exact: true,
  },
  {
    name: 'guard: two "Name – figure" items are no series',
    text: [
      'Layoffs hit two toy makers',
      '',
      'Corvel Toys – 120. The company told staff on Monday.',
      '',
      'Halden Games – 80.',
    ].join('\n'),
    published: '2024-10-10',
    absent: ['Corvel Toys', 'Halden Games'],
  },
];

describe('assembly probe 12: ranked lists', () => {
  for (const c of RANKED_LISTS) test(c.name, () => check(c));
});

const TALLIES: readonly Case[] = [
  {
    name: "a trade in the plural that cut jobs, as a research body says, is a tally, not the body's cut",
    text: 'Swiss insurers cut about 2,300 full-time jobs last year, the Helvetic Insurance Institute (HII) said in its annual survey published on Monday.',
    published: '2025-03-12',
    exact: true,
    aggregates: 1,
    aggregateMins: [2300],
  },
  {
    name: 'guard: one named insurer that cut jobs, as it says, stays its own cut',
    text: 'Corvel Insurance cut about 300 jobs last year, the company said on Monday.',
    published: '2025-03-12',
    events: [{ company: 'Corvel Insurance', min: 300, max: 300 }],
    exact: true,
    aggregates: 0,
  },
  {
    name: '"the count stands at N" right after a tracker\'s statistic is another figure of it',
    text: 'Startups in Kenya have laid off more than 4,000 employees since 2022, according to the Savanna Jobs tracker. In 2024 alone, the count stands at 1,240.',
    published: '2025-03-12',
    aggregates: 2,
    aggregateMins: [4001, 1240],
  },
  {
    name: 'guard: "the total stands at N" with no statistic before it is no tally',
    text: 'Orrin Foods opened a new bakery in Leeds. The total stands at 1,240 loaves a day.',
    published: '2025-03-12',
    exact: true,
    aggregates: 0,
  },
];

describe('assembly probe 12: tallies', () => {
  for (const c of TALLIES) test(c.name, () => check(c));
});

const DATES: readonly Case[] = [
  {
    name: 'the day other outlets "first reported" the cut does not date it; the memo\'s day does',
    text: [
      'Harwick Advisory confirms 1,100 US job cuts',
      '',
      'Harwick Advisory has confirmed it is laying off 1,100 people in the United States, within the range first reported by US media last week.',
      '',
      'In an email to staff on Wednesday, chief executive Mara Lind wrote that the firm had grown too fast.',
    ].join('\n'),
    published: '2024-03-14',
    events: [{ company: 'Harwick Advisory', min: 1100, max: 1100, start: '2024-03-13' }],
    exact: true,
  },
  {
    name: 'guard: the memo day before "as first reported by" stays the cut\'s day',
    text: 'Harwick Advisory told staff on Monday it would cut 1,100 jobs, as first reported by the Ledger.',
    published: '2024-03-14',
    events: [{ company: 'Harwick Advisory', min: 1100, max: 1100, start: '2024-03-11' }],
    exact: true,
  },
];

describe('assembly probe 12: dates of reports', () => {
  for (const c of DATES) test(c.name, () => check(c));
});
