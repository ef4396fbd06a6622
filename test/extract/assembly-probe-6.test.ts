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

describe('assembly probe 6: who cuts', () => {
  for (const c of WHO) test(c.name, () => check(c));
});
