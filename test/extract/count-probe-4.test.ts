import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CountCase, checkCount, mentionsOf } from '../helpers/counts.ts';

/**
 * Counts, triggers and breakdowns found by probe corpus 12, each rule with sentences in our own
 * words (invented companies): the population of a town, and a figure that is a part of a larger cut (by place, or at a site after the total was told).
 */

describe('[extract/count-probe-4] the people of a town are no headcount', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Ostwick Mills will eliminate 240 jobs in a town of roughly 6,000 people.',
      company: 'Ostwick Mills',
      span: '240 jobs',
      min: 240,
      max: 240,
    },
    {
      text: 'Brenmoor Foods is closing its cannery, cutting 310 jobs in a city with a population of 12,000 people.',
      company: 'Brenmoor Foods',
      span: '310 jobs',
      min: 310,
      max: 310,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-probe-4] a part of a larger cut is a breakdown, not an event', () => {
  const CASES: readonly { text: string; counts: readonly number[] }[] = [
    {
      text: 'Pelham Soft will lay off 410 workers at its campus in Ardmore, according to a state filing, part of a worldwide reduction of roughly 5,000 jobs.',
      counts: [5000],
    },
    {
      text: 'In March, Pelham Soft shed 700 jobs in the valley as part of a cut of about 3,000 people worldwide.',
      counts: [3000],
    },
    {
      text: 'Halden Drives said on Friday it would cut about 4,000 jobs in its automotive arm. At its gearbox plant in Tarrow, 900 jobs are to go by 2028. In Bexley, where it makes pumps, 300 jobs will be cut.',
      counts: [4000],
    },
    // Without a larger cut before it, the site's figure is the cut.
    {
      text: 'At its gearbox plant in Tarrow, Halden Drives will cut 900 jobs by 2028.',
      counts: [900],
    },
    // A smaller figure after "part of" is no whole the first one belongs to.
    {
      text: 'Pelham Soft will lay off 410 workers, part of a round of 300 layoffs announced in May and more since.',
      counts: [410, 300],
    },
  ];
  for (const c of CASES)
    test(c.text, () => {
      const got = mentionsOf(c.text).map((m) => m.count?.min ?? m.count?.max);
      assert.deepEqual(got.filter((n) => n !== undefined).sort(), [...c.counts].sort());
    });
});
