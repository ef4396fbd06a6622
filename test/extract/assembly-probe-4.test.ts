import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Assembly, focus, merging and date rules found by probe corpora 9 to 12: each case is a short
 * article in our own words (invented companies) and what the extractor must make of it.
 */
const DENIALS: readonly Case[] = [
  {
    name: 'a claim retold right after its denial is the claim denied, not an event',
    text: [
      'Quillmoor denies plan to cut staff',
      '',
      'Logistics software maker Quillmoor on Tuesday dismissed online reports that it would shed a quarter of its staff, calling them false.',
      '',
      'Posts on an anonymous jobs forum this week claimed the firm would let go of about 25 per cent of its 800 employees.',
      '',
      'The company said it plans to hire 60 engineers this year.',
    ].join('\n'),
    published: '2025-06-12',
    events: [],
    exact: true,
  },
  {
    name: 'allegations retold after a denial are not an event',
    text: [
      'Brenhallow rejects job cut allegations',
      '',
      'Brenhallow denied on Monday that it was preparing to cut jobs at its Leeds site.',
      '',
      'A union newsletter alleged the bakery group would make 120 bakers redundant by the summer.',
    ].join('\n'),
    published: '2025-06-12',
    events: [],
    exact: true,
  },
];

const LABELS: readonly Case[] = [
  {
    name: 'roundup items opening "NAME —" are about that company',
    text: [
      'This week in job cuts',
      '',
      'A bakery chain, a bike maker and an Oslo studio trim staff.',
      '',
      'CRUMBWELL — The bakery chain will close 30 shops and cut about 250 jobs, it said Monday.',
      '',
      'VELOSPIRE — The e-bike maker shut its design team, about 40 people, in a memo to staff. That follows the 12% of staff the founder said on March 3 would be let go.',
      '',
      'TORVALE GAMES — The Oslo studio laid off 18% of its staff on Wednesday.',
    ].join('\n'),
    published: '2025-04-11',
    events: [
      { company: 'Crumbwell', min: 250, start: '2025-04-07' },
      { company: 'Velospire', percent: 12, start: '2025-03-03' },
      { company: 'Torvale Games', percent: 18, start: '2025-04-09' },
    ],
  },
  {
    name: 'a single "PLACE —" opening is a dateline, not a label',
    text: [
      'Harbourline to cut 300 jobs',
      '',
      'BRISTOL — Ferry operator Harbourline said on Tuesday it would cut 300 jobs as passenger numbers fall.',
    ].join('\n'),
    published: '2025-04-11',
    events: [{ company: 'Harbourline', min: 300, start: '2025-04-08' }],
    exact: true,
  },
];

const DATES: readonly Case[] = [
  {
    name: 'a plan "published on Monday" is dated that day, not by its horizon',
    text: [
      'Larkfield council to cut up to 250 posts',
      '',
      'Up to 250 jobs could go at Larkfield Borough Council over the next two years under budget plans published on Monday, as the council tries to close a £20m gap.',
    ].join('\n'),
    published: '2025-03-05',
    events: [{ company: 'Larkfield Borough Council', max: 250, start: '2025-03-03' }],
  },
];

describe('assembly probe 4: dates', () => {
  for (const c of DATES) test(c.name, () => check(c));
});

describe('assembly probe 4: labels', () => {
  for (const c of LABELS) test(c.name, () => check(c));
});

describe('assembly probe 4: denials', () => {
  for (const c of DENIALS) test(c.name, () => check(c));
});
