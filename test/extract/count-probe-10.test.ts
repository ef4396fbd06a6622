import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Counts found by probe corpora 15 and 16 (tenth round): each case is a short article in our own
 * words (invented companies) and what the extractor must make of it.
 */
const NET_AND_GROSS: readonly Case[] = [
  {
    name: 'a gross figure that is the stated net plus the people redeployed is the same cut',
    text: [
      'Vellmark Savings Bank will cut a net figure of about 220 jobs over the next three years, the bank said on Tuesday.',
      '',
      'The lender said roughly 300 positions would go in total, but it expects to move about 80 of the affected staff into its fraud and IT teams.',
    ].join('\n'),
    published: '2024-09-12',
    events: [{ company: 'Vellmark Savings Bank', min: 220, max: 220 }],
    exact: true,
  },
  {
    name: 'the same with "a net 90 jobs" in the headline',
    text: [
      'Insurer Harwood Mutual to shed a net 90 jobs',
      '',
      'Harwood Mutual said on Monday that 130 roles would be cut in its claims centres, while 40 new posts would be created in its digital unit.',
    ].join('\n'),
    published: '2024-09-12',
    events: [{ company: 'Harwood Mutual', min: 90, max: 90 }],
    exact: true,
  },
  {
    name: 'guard: with no net figure stated, a later figure of another round stays',
    text: [
      'Vellmark Savings Bank will cut about 220 jobs over the next three years, the bank said on Tuesday.',
      '',
      'In 2021 the lender laid off 300 employees when it closed 80 branches.',
    ].join('\n'),
    published: '2024-09-12',
    events: [
      { company: 'Vellmark Savings Bank', min: 220, max: 220 },
      { company: 'Vellmark Savings Bank', min: 300, max: 300 },
    ],
    exact: true,
  },
];

describe('count probe 10: net and gross', () => {
  for (const c of NET_AND_GROSS) test(c.name, () => check(c));
});

const NEW_POSTS: readonly Case[] = [
  {
    name: 'new roles created beside a cut are no cut of their own',
    text: 'Orrin Tools said on Monday it will cut 60 jobs at its Leeds plant, while 25 new roles will be created at its Sheffield site.',
    published: '2024-09-12',
    events: [{ company: 'Orrin Tools', min: 60, max: 60 }],
    exact: true,
  },
];

describe('count probe 10: new posts', () => {
  for (const c of NEW_POSTS) test(c.name, () => check(c));
});

const CLOSED_PARTS: readonly Case[] = [
  {
    name: 'shutting a lending arm "affecting 60 employees" is a cut of 60',
    text: 'Tarang Pay has shut its lending arm, Tarang Credit, affecting 60 employees, people familiar with the matter said.',
    published: '2024-03-09',
    events: [{ company: 'Tarang Pay', unit: 'Tarang Credit', min: 60, max: 60, status: 'rumored' }],
  },
  {
    name: 'closing a division with the staff it employs is a cut',
    text: 'Belvane Media will close its podcast division, where 45 people work, the company said on Friday.',
    published: '2024-03-09',
    events: [{ company: 'Belvane Media', min: 45, max: 45 }],
  },
  {
    name: 'guard: closing a unit with no headcount is no cut',
    text: 'Belvane Media will close its podcast unit and fold its shows into the main app.',
    published: '2024-03-09',
    exact: true,
  },
];

describe('count probe 10: a closed part of the company', () => {
  for (const c of CLOSED_PARTS) test(c.name, () => check(c));
});
