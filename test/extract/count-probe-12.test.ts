import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Counts and days found by probe corpus 23: jobs lost at other employers are not the employer's
 * cut, a cut whose figure the employer keeps back is still a cut, figures that add up to a cut told
 * before split it, and a cut told on a day is dated that day rather than when it takes effect. Short articles in our own words with
 * invented companies; cases marked "guard" keep a rule from reaching too far, the others fail
 * without their rule.
 */
const CASES: readonly Case[] = [
  {
    name: '"would also cost about 120 jobs at contractors and suppliers" is no cut of the employer',
    text: 'Castrano Steel will shut its Orla mill, where 350 people work, the company said on Monday. The union said the closure would also cost about 120 jobs at contractors and suppliers.',
    published: '2025-06-04',
    events: [{ company: 'Castrano Steel', min: 350, max: 350 }],
    exact: true,
  },
  {
    name: 'guard: "120 jobs at its Leeds plant" stays the employer\'s cut',
    text: 'Castrano Steel will cut about 120 jobs at its Leeds plant, the company said on Monday.',
    published: '2025-06-04',
    events: [{ company: 'Castrano Steel', min: 120, max: 120 }],
    exact: true,
  },
  {
    name: '"The company did not say how many jobs would go": a cut with no figure',
    text: 'Grocer Pellow Fresh to close 18 stores\n\nPellow Fresh will close 18 of its 140 stores, the chain said on Tuesday. The company did not say how many jobs would go.',
    published: '2025-06-04',
    events: [{ company: 'Pellow Fresh', min: null, max: null }],
    exact: true,
  },
  {
    name: '"The insurer declined to say how many staff would be laid off": a cut with no figure',
    text: 'Marrick Insurance to move claims work to an app\n\nMarrick Insurance will move its claims work to an app, it said on Monday. The insurer declined to say how many staff would be laid off.',
    published: '2025-06-04',
    events: [{ company: 'Marrick Insurance', min: null, max: null }],
  },
  {
    name: 'guard: "did not say how many stores" with no job word is no cut',
    text: 'Pellow Fresh will review its estate, the chain said on Tuesday. It did not say how many stores it would sell.',
    published: '2025-06-04',
    events: [],
    exact: true,
  },
];

const SPLITS_AND_DAYS: readonly Case[] = [
  {
    name: 'figures that add up to the cut told before split it by place: no second event',
    text: 'Kessel Bros to cut up to 200 roles\n\nKessel Bros will cut up to 200 roles after beer sales fell, it said on Monday. Under the plan, up to 120 jobs will go in Flanders, mostly at the Aalst brewery, and up to 80 in Wallonia.',
    published: '2025-06-04',
    events: [{ company: 'Kessel Bros', min: null, max: 200 }],
    exact: true,
  },
  {
    name: 'guard: a later round whose figures do not add up to the first is its own event',
    text: 'Kessel Bros cut 200 roles in 2023, it said on Monday. This year it will cut 150 jobs in Flanders and 30 in Wallonia.',
    published: '2025-06-04',
    events: [
      { company: 'Kessel Bros', min: 200, max: 200 },
      { company: 'Kessel Bros', min: 150, max: 150 },
    ],
  },
  {
    name: 'a roundup item "told the state on Monday it will close its mill ... in January" is dated Monday',
    text: 'Tarrant Glass to cut 900 jobs\n\nTarrant Glass said on Wednesday it will cut 900 jobs at its Ohio plants. Separately, flour miller Dorrow Mills told the state on Monday it will close its Abilene mill, where 140 people work, in January.',
    published: '2025-11-14',
    events: [{ company: 'Dorrow Mills', min: 140, max: 140, start: '2025-11-10', end: '2025-11-10' }],
  },
  {
    name: 'guard: a cut said to happen in January with no day it was told keeps January',
    text: 'Tarrant Glass to cut 900 jobs\n\nTarrant Glass said on Wednesday it will cut 900 jobs at its Ohio plants. Separately, flour miller Dorrow Mills will close its Abilene mill, where 140 people work, in January.',
    published: '2025-11-14',
    events: [{ company: 'Dorrow Mills', min: 140, max: 140, start: '2026-01-01' }],
  },
];

describe("[extract/count-probe-12] other employers' jobs and a figure kept back", () => {
  for (const c of CASES) test(c.name, () => check(c));
});
describe('[extract/count-probe-12] a cut split by place, and the day a cut was told', () => {
  for (const c of SPLITS_AND_DAYS) test(c.name, () => check(c));
});
