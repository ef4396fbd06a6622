import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Tracker statistics found by probe corpus 23: a trade body's count of a whole industry's cuts and
 * a counting firm's tally of cuts by employers in general. Short articles in our own words with
 * invented names; cases marked "guard" keep a rule from reaching too far, the others fail without
 * their rule.
 */
const COUNTS: readonly Case[] = [
  {
    name: '"according to a tally by" a trade body: the figure and the one it is set against are statistics',
    text: 'British shipyards announced 12,900 job cuts last year, according to a tally by the Marlow Trade Council, a London-based lobby group for yards, up from 9,400 the year before.',
    published: '2025-03-04',
    exact: true,
    aggregates: 2,
    aggregateMins: [12900, 9400],
    aggregateSources: ['Marlow Trade Council', 'Marlow Trade Council'],
  },
  {
    name: '"according to a count by" a federation after a kind of employers is no event of the federation',
    text: 'Nordic paper mills announced 3,150 job cuts in the first quarter, according to a count by Pulpwerk Federation.',
    published: '2025-05-10',
    exact: true,
    aggregates: 1,
    aggregateMins: [3150],
  },
  {
    name: 'guard: a company named before "according to a count by" keeps its cut',
    text: 'Orvane Steel will cut 300 jobs at its Sheffield works, according to a count by the Brennock union.',
    published: '2025-05-10',
    events: [{ company: 'Orvane Steel', min: 300, max: 300 }],
    aggregates: 0,
  },
  {
    name: 'a firm that counts job cuts by employers in general keeps a tally',
    text: 'Placement firm Dunmore & Pell counts 410,000 announced job cuts by US employers so far this year, the most since 2020.',
    published: '2025-08-01',
    exact: true,
    aggregates: 1,
    aggregateMins: [410000],
    aggregateSources: ['Dunmore & Pell'],
  },
  {
    name: 'guard: cuts counted at one named company are its own',
    text: 'Tessaly Foods recorded 220 job cuts at its Leeds bakery in March, the company said.',
    published: '2025-08-01',
    events: [{ company: 'Tessaly Foods', min: 220, max: 220 }],
    aggregates: 0,
  },
];

describe("[extract/aggregate-probe-2] a body that counts an industry's cuts", () => {
  for (const c of COUNTS) test(c.name, () => check(c));
});
