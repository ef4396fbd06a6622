import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkCount, mentionsOf } from '../helpers/counts.ts';
import type { CountCase } from '../helpers/counts.ts';

/**
 * Triggers and counts found by probe corpora 10-12, each rule with sentences in our own words
 * (invented companies).
 */

describe('[extract/count-probe-6] a team ended whole, told with its size, is a cut of its people', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Brantwell Motors on Tuesday disbanded the company’s battery testing team, about 300 people, in a memo to managers.',
      company: 'Brantwell Motors',
      span: 'about 300 people',
      min: 300,
      max: 300,
    },
    {
      text: 'Quillon Media dissolved its podcast unit of 45 staff on Friday, the union said.',
      company: 'Quillon Media',
      span: '45 staff',
      min: 45,
      max: 45,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
  test('a team disbanded without a size may be reassigned: no event', () => {
    const ms = mentionsOf('Quillon Media disbanded its ethics team on Friday, the union said.');
    assert.equal(ms.length, 0, JSON.stringify(ms.map((m) => [m.company, m.count?.text])));
  });
});

describe('[extract/count-probe-6] people "out of a job" and an employer "closing its doors" are cuts', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Dunmore Bakeries said on Monday that about 120 workers will be out of a job when its Leeds bakery closes in March.',
      company: 'Dunmore Bakeries',
      span: 'about 120 workers',
      min: 120,
      max: 120,
    },
    {
      text: 'Harrowgate Print is closing its doors at the end of the month, leaving more than 80 employees looking for work.',
      company: 'Harrowgate Print',
      span: 'more than 80 employees',
      min: 81,
      max: null,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});
