import { describe, test } from 'node:test';
import { type ArticleCase as Case, checkArticle as check } from '../helpers/article-cases.ts';

/**
 * Counts found by probe corpus 23: jobs lost at other employers are not the employer's cut, and a
 * cut whose figure the employer keeps back is still a cut. Short articles in our own words with
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

describe('[extract/count-probe-12] other employers\' jobs and a figure kept back', () => {
  for (const c of CASES) test(c.name, () => check(c));
});
