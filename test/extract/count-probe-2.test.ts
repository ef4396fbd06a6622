import { describe, test } from 'node:test';
import { type CountCase, checkCount } from '../helpers/counts.ts';

/**
 * Counts and non-layoff figures found by probe corpus 8, each rule with sentences
 * in our own words (invented companies): anonymous speakers are no headcount.
 */

describe('[extract/count-probe-2] a handful of people who speak are sources, not a cut', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Ostrava Freight laid off 150 drivers on Monday, and the night shifts were hit hardest, three current employees said.',
      company: 'Ostrava Freight',
      span: '150 drivers',
      min: 150,
      max: 150,
    },
    {
      text: 'Quenby Software let go of 80 engineers, most of them in its Lisbon office, two former staffers told the newspaper.',
      company: 'Quenby Software',
      span: '80 engineers',
      min: 80,
      max: 80,
    },
    {
      text: 'Marlpit Foods cut 45 jobs at its bakery, four workers who spoke on condition of anonymity said.',
      company: 'Marlpit Foods',
      span: '45 jobs',
      min: 45,
      max: 45,
    },
    {
      text: 'The layoffs at Tolland Games hit the art and audio teams hardest, five former employees, who asked not to be named, said.',
      company: 'Tolland Games',
      span: null,
      min: null,
      max: null,
    },
    // the figure after a cut verb stays a count, whoever says it
    {
      text: 'Pinewick Labs laid off nine engineers, said the company.',
      company: 'Pinewick Labs',
      span: 'nine engineers',
      min: 9,
      max: 9,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});
