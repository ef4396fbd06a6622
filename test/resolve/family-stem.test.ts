import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sameCompany, sameEvent } from '../../src/resolve/match-rules.ts';
import { normalizeCompany } from '../../src/resolve/normalize-company.ts';
import { count, date, rm } from './build.ts';

/**
 * One employer named with and without the word for its kind of business ("Kestrel Airways" in one
 * outlet, "Kestrel" in another): an unknown employer's family key leaves that word out, so the two
 * reports are resolved together. Invented names; "guard" cases keep names apart that must stay so.
 */
const CASES: readonly [rule: string, a: string, b: string, same: boolean][] = [
  ['"Kestrel Airways" and "Kestrel": one employer', 'Kestrel Airways', 'Kestrel', true],
  ['"Marrowby Software" and "Marrowby": one employer', 'Marrowby Software', 'Marrowby', true],
  ['"Tallo Group" and "Tallo": one employer', 'Tallo Group', 'Tallo', true],
  ['"Quillon Games" and "Quillon": one employer', 'Quillon Games', 'Quillon', true],
  ['guard: "General Motors" is no "General"', 'General Motors', 'General', false],
  ['guard: "National Airlines" is no "National"', 'National Airlines', 'National', false],
  [
    'guard: "Acme Services" is no "Acme" (services may be a business of its own)',
    'Acme Services',
    'Acme',
    false,
  ],
  ['guard: "Kestrel Bank" is no "Kestrel Airways"', 'Kestrel Bank', 'Kestrel Airways', false],
];

describe('[resolve/family-stem] the word for a kind of business in an unknown name', () => {
  for (const [rule, a, b, same] of CASES)
    test(rule, () => {
      assert.equal(normalizeCompany(a, null).key === normalizeCompany(b, null).key, same);
      assert.equal(sameCompany({ company: a, unit: null }, { company: b, unit: null }), same);
    });

  test('the shown name keeps what was written', () => {
    assert.equal(normalizeCompany('Kestrel Airways', null).company, 'Kestrel Airways');
  });

  test('two outlets\' reports of one cut, "about 1,200" and "1,180", are one event', () => {
    const a = rm({
      articleId: 1,
      company: 'Kestrel Airways',
      count: count(1200, 1200, 'about 1,200 jobs', true),
      date: date('2025-03-03'),
    });
    const b = rm({
      articleId: 2,
      company: 'Kestrel',
      count: count(1180, 1180, '1,180 staff'),
      date: date('2025-03-03'),
    });
    assert.ok(sameEvent(a, b));
  });
});
