import { describe, test } from 'node:test';
import { checkCount } from '../helpers/counts.ts';
import type { CountCase } from '../helpers/counts.ts';

/**
 * Counts found by probe corpora 17 and 18, each rule with sentences in our own words (invented
 * companies).
 */

describe('[extract/count-probe-8] a bare range right after the cut verb is a range', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Trim maker Olsby to lay off 150 to 220 at Kettering plant',
      company: 'Olsby',
      span: '150 to 220',
      min: 150,
      max: 220,
    },
    {
      text: 'Hartwell Foundry will lay off 40-60 across its two sites this summer.',
      company: 'Hartwell Foundry',
      span: '40-60',
      min: 40,
      max: 60,
    },
    {
      text: 'Pinecrest Labels said it would let go 1,000 to 1,400 in Europe.',
      company: 'Pinecrest Labels',
      span: '1,000 to 1,400',
      min: 1000,
      max: 1400,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
  test('a single figure after the verb stays a single figure', () =>
    checkCount({
      text: 'Olsby Trim will lay off 150 at its Kettering plant.',
      company: 'Olsby Trim',
      span: '150',
      min: 150,
      max: 150,
    }));
});
