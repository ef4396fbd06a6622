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

describe('assembly probe 4: denials', () => {
  for (const c of DENIALS) test(c.name, () => check(c));
});
