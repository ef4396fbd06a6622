import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Merging, primary and date rules found by probe corpora 17 and 18 (eighth round): each case is a
 * short article in our own words (invented companies) and what the extractor must make of it.
 */
const MERGES: readonly Case[] = [
  {
    name: "a headline's round figure is the body's figure rounded: one event, the body's figure",
    text: [
      'Brightmoor Clinics to cut 500 jobs',
      '',
      'Brightmoor Clinics said on Tuesday it will eliminate about 480 positions across its outpatient network.',
    ].join('\n'),
    published: '2025-03-06',
    events: [{ company: 'Brightmoor Clinics', min: 480, max: 480, start: '2025-03-04', primary: true }],
    exact: true,
  },
  {
    name: 'a headline "lays off 40" and a body "laid off 41 employees" are one event',
    text: [
      'Pallas Interactive lays off 40 after contract ends',
      '',
      'Pallas Interactive laid off 41 employees last week after a publisher ended its contract.',
    ].join('\n'),
    published: '2025-03-06',
    events: [{ company: 'Pallas Interactive', min: 41, max: 41, primary: true, status: 'completed' }],
    exact: true,
  },
  {
    name: 'a share "of the newsroom at" a paper and the figure after it are one cut: the owner\'s, in that paper',
    text: 'Halden Media said on Tuesday that it will cut about a quarter of the newsroom at The Marlow Gazette, eliminating roughly 30 reporting jobs.',
    published: '2025-03-06',
    events: [{ company: 'Halden Media', unit: 'Marlow Gazette', min: 30, percent: 25, primary: true }],
    exact: true,
  },
  {
    name: 'a headline figure that is no rounding of the body figure stays its own event',
    text: [
      'Pallas Interactive lays off 40 after contract ends',
      '',
      'Pallas Interactive laid off 55 employees last week after a publisher ended its contract.',
    ].join('\n'),
    published: '2025-03-06',
    events: [
      { company: 'Pallas Interactive', min: 40, max: 40 },
      { company: 'Pallas Interactive', min: 55, max: 55 },
    ],
    exact: true,
  },
  {
    name: 'a standfirst\'s "hundreds of roles" gives way to the stated "up to" figure',
    text: [
      'Glenmere College plans to cut up to 250 jobs',
      '',
      'Staff at Glenmere College were told on Tuesday that hundreds of roles could go.',
      '',
      'Glenmere College has opened a consultation on plans to cut up to 250 teaching and support roles.',
    ].join('\n'),
    published: '2025-03-06',
    events: [{ company: 'Glenmere College', min: null, max: 250, start: '2025-03-04', primary: true }],
    exact: true,
  },
];

const DATES: readonly Case[] = [
  {
    name: 'the night the board voted dates the cut, not the school year it applies to',
    text: 'The Ashgrove School District board voted on Tuesday night to eliminate 64 positions for the 2025-26 school year.',
    published: '2025-03-06',
    events: [{ company: 'Ashgrove School District', min: 64, start: '2025-03-04', end: '2025-03-04' }],
  },
  {
    name: 'a fiscal year the cut serves is not its date when the day it was told is given',
    text: 'Rowan Freight said on Monday it would cut 30 jobs for the 2025-26 financial year.',
    published: '2025-03-06',
    events: [{ company: 'Rowan Freight', min: 30, start: '2025-03-03' }],
  },
  {
    name: 'a proposal "released to staff on Monday" is a day past, though the cut is ahead',
    text: 'Kestrel Vale University will cut 180 jobs under a restructuring plan released to staff on Monday.',
    published: '2025-03-06',
    events: [{ company: 'Kestrel Vale University', min: 180, start: '2025-03-03' }],
  },
  {
    name: 'the week the lead says the staff were told dates an otherwise undated cut',
    text: [
      'Shelter charity Northlight puts a quarter of jobs at risk',
      '',
      'Northlight, the housing charity, has told staff that around a quarter of its 400 employees are at risk of redundancy. Staff were informed last week, and a consultation has begun.',
    ].join('\n'),
    published: '2025-03-06',
    events: [{ company: 'Northlight', min: 100, start: '2025-02-24', end: '2025-03-02' }],
  },
  {
    name: 'a week ahead is no announcement week',
    text: [
      'Northlight puts a quarter of jobs at risk',
      '',
      'Northlight, the housing charity, has told staff that around a quarter of its 400 employees are at risk of redundancy. Staff will be informed next week of the details.',
    ].join('\n'),
    published: '2025-03-06',
    events: [{ company: 'Northlight', min: 100, start: '2025-03-06', end: '2025-03-06' }],
  },
];

const OWNERS: readonly Case[] = [
  {
    name: "a brand the article says is owned by a group is that group's unit",
    text: [
      'Hallorans to shut nine stores with loss of 420 jobs',
      '',
      'Department store chain Hallorans will close nine shops and cut 420 jobs, the company said on Tuesday.',
      '',
      'Hallorans, which has been owned by Redvale Retail Group since 2018, said the stores had lost money for years.',
    ].join('\n'),
    published: '2025-03-06',
    events: [{ company: 'Redvale Retail Group', unit: 'Hallorans', min: 420, primary: true }],
    exact: true,
  },
  {
    name: 'an owner told in a later sentence makes the employer its unit',
    text: [
      'Tamsin Foods said on Monday it would cut 75 jobs at its bakery in Ledbury.',
      '',
      'Tamsin Foods, which is owned by Orrel Partners, bought the bakery in 2015.',
    ].join('\n'),
    published: '2025-03-06',
    events: [{ company: 'Orrel Partners', unit: 'Tamsin Foods', min: 75 }],
    exact: true,
  },
  {
    name: 'a past owner is not the employer',
    text: [
      'Hallorans will close nine shops and cut 420 jobs, the company said on Tuesday.',
      '',
      'Hallorans, which was owned by Redvale Retail Group until 2020, has struggled since.',
    ].join('\n'),
    published: '2025-03-06',
    events: [{ company: 'Hallorans', unit: null, min: 420 }],
    exact: true,
  },
];

describe('assembly probe 8: owners', () => {
  for (const c of OWNERS) test(c.name, () => check(c));
});

describe('assembly probe 8: merges', () => {
  for (const c of MERGES) test(c.name, () => check(c));
});

describe('assembly probe 8: dates', () => {
  for (const c of DATES) test(c.name, () => check(c));
});

const STATUS: readonly Case[] = [
  {
    name: 'a clause opening on a past month and year is a completed cut',
    text: 'In March 2023, Quorra Lending let go of close to 80 employees from its call centre.',
    published: '2025-03-06',
    events: [{ company: 'Quorra Lending', max: 79, status: 'completed' }],
  },
  {
    name: '"let go of close to N" is a past cut',
    text: 'Quorra Lending let go of close to 80 employees from its call centre on Monday.',
    published: '2025-03-06',
    events: [{ company: 'Quorra Lending', max: 79, status: 'completed' }],
  },
];

describe('assembly probe 8: status', () => {
  for (const c of STATUS) test(c.name, () => check(c));
});
