import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Triggers, stray names and tallies found by probe corpora 17 and 18 and the lead's mini-articles:
 * each case is a short article in our own words (invented companies) and what the extractor must
 * make of it.
 */
const TRIGGERS: readonly Case[] = [
  {
    name: 'a closure "putting 60 artists out of work" is a cut of 60',
    text: 'Tallowby Pictures shut its Leeds studio, putting 60 artists out of work.',
    events: [{ company: 'Tallowby Pictures', min: 60, max: 60 }],
    exact: true,
  },
  {
    name: '"leaving about 140 drivers out of a job" is a cut of 140',
    text: 'Corrigan Freight lost its parcel contract with the council, leaving about 140 drivers out of a job.',
    events: [{ company: 'Corrigan Freight', min: 140, max: 140 }],
    exact: true,
  },
  {
    name: 'a vague "a few dozen" put out of work is a range',
    text: 'Marsh Lantern Games closed its Dublin team, putting a few dozen programmers out of work.',
    events: [{ company: 'Marsh Lantern Games', min: 24, max: 99 }],
    exact: true,
  },
  {
    name: 'dropping a shift with the workers it affects is a cut',
    text: 'Pellham Motors said on Monday it will drop the night shift at its Dayton assembly plant, affecting about 650 hourly workers.',
    published: '2025-02-12',
    events: [{ company: 'Pellham Motors', min: 650, max: 650, start: '2025-02-10' }],
    exact: true,
  },
  {
    name: 'dropping a shift with no headcount is no cut',
    text: 'Pellham Motors dropped the weekend shift at its Dayton plant to save on power.',
    exact: true,
  },
  {
    name: 'a closure "which would cost up to 250 further jobs" is a cut of at most 250',
    text: 'The union said Varnley Castings was also preparing to shut its forge in Hull, which would cost up to 250 further jobs.',
    events: [{ company: 'Varnley Castings', min: null, max: 250 }],
    exact: true,
  },
  {
    name: 'a cost in money is no cut',
    text: 'The new forge would cost Varnley Castings about 40 million pounds, the union said.',
    exact: true,
  },
  {
    name: 'an occupation "are affected" after a cut told before gives the cut its figure',
    text: [
      'Bellbrook Press, which owns two regional dailies, is cutting about a fifth of its editorial staff, the company said Monday.',
      'About 25 reporters are affected.',
    ].join(' '),
    published: '2025-05-14',
    events: [{ company: 'Bellbrook Press', min: 25, max: 25 }],
    exact: true,
  },
  {
    name: 'reporters affected by a strike are no cut',
    text: 'About 25 reporters were affected by the strike at the Harlow Courier on Monday.',
    exact: true,
  },
];

const STRAY_NAMES: readonly Case[] = [
  {
    name: 'a province after its town is no employer',
    text: 'Gorsedale Foods said on Tuesday it will close its plant in Brandon, Manitoba, from June, affecting about 210 workers.',
    published: '2025-04-02',
    events: [{ company: 'Gorsedale Foods', min: 210, max: 210 }],
    absent: ['Manitoba'],
    exact: true,
  },
  {
    name: 'the product a studio is "behind" is not the studio',
    text: 'Publisher Hexbright Interactive has closed Pollen Works, the studio behind the puzzle game Moonrake, putting 45 designers out of work.',
    events: [{ company: 'Hexbright Interactive', min: 45, max: 45 }],
    absent: ['Moonrake'],
    exact: true,
  },
];

const TALLIES: readonly Case[] = [
  {
    name: 'notices filed by many employers are a tally with its comparison and source',
    text: [
      'Ohio layoff notices rise',
      '',
      'Forty-one Ohio employers filed WARN notices covering 3,275 workers in the first half of the year, up from 2,140 workers in the same period a year earlier, according to data from the Ohio Department of Job Services.',
      '',
      'The largest notice came from Quenby Tools, which said it would lay off 410 workers at its Akron plant.',
    ].join('\n'),
    published: '2025-07-09',
    events: [{ company: 'Quenby Tools', min: 410, max: 410 }],
    exact: true,
    aggregates: 2,
    aggregateMins: [3275, 2140],
    aggregateSources: ['Ohio Department of Job Services', 'Ohio Department of Job Services'],
  },
  {
    name: "one employer's WARN notice is no tally",
    text: 'Quenby Tools filed a WARN notice covering 410 workers at its Akron plant.',
    aggregates: 0,
  },
];

const FURLOUGH: readonly Case[] = [
  {
    name: 'a redundancy with its own figure outlives the stand-down beside it; the stand-down figure is no count',
    text: 'Tasman Coast Air will make 140 staff redundant and stand down another 300 workers without pay while its jets are grounded.',
    events: [{ company: 'Tasman Coast Air', min: 140, max: 140 }],
    exact: true,
  },
  {
    name: 'a headline cut with its figure outlives "and stand down hundreds more"',
    text: 'Tasman Coast Air to axe 140 jobs and stand down hundreds more',
    events: [{ company: 'Tasman Coast Air', min: 140, max: 140 }],
    exact: true,
  },
  {
    name: 'a stand-down alone is still no layoff',
    text: 'Tasman Coast Air will stand down about 300 workers without pay until its jets return.',
    exact: true,
  },
];

describe('[extract/count-probe-9] triggers told by what the cut does to people', () => {
  for (const c of TRIGGERS) test(c.name, () => check(c));
});
describe('[extract/count-probe-9] a region or a product beside the employer is no employer', () => {
  for (const c of STRAY_NAMES) test(c.name, () => check(c));
});
describe('[extract/count-probe-9] a tally of notices with no layoff word', () => {
  for (const c of TALLIES) test(c.name, () => check(c));
});
describe('[extract/count-probe-9] a cut beside a stand-down', () => {
  for (const c of FURLOUGH) test(c.name, () => check(c));
});
