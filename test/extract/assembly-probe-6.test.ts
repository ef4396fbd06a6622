import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Assembly, merging and primary rules found by probe corpora 13 and 14 (sixth round): each case is
 * a short article in our own words (invented companies) and what the extractor must make of it.
 */
const WHO: readonly Case[] = [
  {
    name: 'a name after "its factory on the" is where the factory stands, not who cuts',
    text: [
      'Biscuit plant to close',
      '',
      'Morrow Bakes, the biscuit maker owned by Tallis Group, has proposed closing its factory on the Kelham Trading Estate, putting up to 210 jobs at risk.',
    ].join('\n'),
    published: '2024-05-14',
    events: [{ company: 'Tallis Group', unit: 'Morrow Bakes', max: 210 }],
    absent: ['Kelham Trading Estate'],
  },
  {
    name: 'a name after "its site on the" is a place too',
    text: 'Lorn Dairies said on Monday that it will shut its creamery site on the Harwood Industrial Park, cutting 140 jobs.',
    published: '2024-05-14',
    events: [{ company: 'Lorn Dairies', min: 140, start: '2024-05-13' }],
    absent: ['Harwood Industrial Park'],
  },
];

const MERGES: readonly Case[] = [
  {
    name: "a headline with no name of its own is the lead's telling of the same figure, not the menu word's",
    text: [
      'Home › Money › Household finance › Savings',
      '',
      'Lender to close 12 branches with up to 160 jobs at risk',
      '',
      'Brackley Building Society has told staff that up to 160 roles are at risk of redundancy under plans to close 12 branches.',
      '',
      'The mutual said on Tuesday that fewer customers visit its branches.',
    ].join('\n'),
    published: '2024-05-14',
    events: [{ company: 'Brackley Building Society', max: 160, primary: true }],
    exact: true,
  },
  {
    name: "a headline guessed for a dateline's agency takes the name the lead gives it",
    text: [
      'date 2024-05-14 Up to 900 jobs to go at garden tools maker',
      '',
      'OSLO (dpa-AFX) – Halvorsen Werke AS, the toolmaker, plans to cut up to 900 jobs in its Garden division, the company said on Monday.',
      '',
      'Earlier this year, the company had already said it would cut more than 400 jobs in its other units.',
    ].join('\n'),
    published: '2024-05-14',
    events: [
      { company: 'Halvorsen Werke', max: 900, start: '2024-05-13', primary: true },
      { company: 'Halvorsen Werke', min: 401, primary: false },
    ],
    exact: true,
    absent: ['AFX'],
  },
  {
    name: 'a short capitals name opening the full name is one employer ("KTL" and "KTL Ventura AG")',
    text: [
      'KTL to cut up to 3,000 jobs in Austria by 2029',
      '',
      'Pump maker KTL Ventura AG said on Friday it plans to eliminate between 2,000 and 3,000 jobs in its home market by 2029.',
    ].join('\n'),
    published: '2024-07-27',
    events: [{ company: 'KTL', min: 2000, max: 3000, start: '2024-07-26', primary: true }],
    exact: true,
  },
  {
    name: 'a different figure dated months back is an earlier stage, not the undated headline retold',
    text: [
      'KTL to cut up to 3,000 jobs in Austria by 2029',
      '',
      'Pump maker KTL Ventura AG said on Friday it plans to eliminate between 2,000 and 3,000 jobs in its home market by 2029.',
      '',
      'KTL, which employs about 20,000 people in Austria, had already told staff in February that it wanted to cut up to 2,400 jobs there, without a timetable.',
    ].join('\n'),
    published: '2024-07-27',
    events: [
      { company: 'KTL', min: 2000, max: 3000, start: '2024-07-26', primary: true },
      { company: 'KTL', max: 2400, start: '2024-02-01', end: '2024-02-29', primary: false },
    ],
    exact: true,
  },
  {
    name: 'the same figure told with its month is one event',
    text: [
      'Harlan Freight to cut 500 jobs',
      '',
      'Harlan Freight said in February that it would cut 500 jobs across its depots, and the first notices went out this week.',
    ].join('\n'),
    published: '2024-07-27',
    events: [{ company: 'Harlan Freight', min: 500, start: '2024-02-01', primary: true }],
    exact: true,
  },
];

const NOT_EVENTS: readonly Case[] = [
  {
    name: 'a case put to the reader ("If an employer proposes ...", "What if ...?") is no cut of the menu word',
    text: [
      'Guides › Workplace rights › Dismissal',
      '',
      'How consultation on job cuts works',
      '',
      'If an employer proposes 25 to 80 redundancies at one site, it must consult staff for at least 30 days.',
      '',
      'What if fewer than 15 people are affected?',
      '',
      'There is no fixed period, but you should still be told in person.',
    ].join('\n'),
    published: '2024-05-14',
    events: [],
    exact: true,
  },
  {
    name: 'a condition on the company in focus is still its cut',
    text: [
      'Corvane Mills to cut jobs',
      '',
      'Corvane Mills said on Monday it will cut 120 jobs at its Ashby plant.',
      '',
      'If the company cannot find a buyer for the plant, a further 200 jobs will go next year.',
    ].join('\n'),
    published: '2024-05-14',
    events: [
      { company: 'Corvane Mills', min: 120, primary: true },
      { company: 'Corvane Mills', min: 200 },
    ],
    exact: true,
  },
];

describe('assembly probe 6: who cuts', () => {
  for (const c of WHO) test(c.name, () => check(c));
});

describe('assembly probe 6: merges', () => {
  for (const c of MERGES) test(c.name, () => check(c));
});

describe('assembly probe 6: not events', () => {
  for (const c of NOT_EVENTS) test(c.name, () => check(c));
});
