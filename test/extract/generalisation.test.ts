import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Article-level rules found by our own probe corpus (test/fixtures/probe-corpus): each case is a
 * short article in our words and the one event it must give.
 */
interface Case {
  readonly name: string;
  readonly text: string;
  readonly company: string;
  readonly unit?: string | null;
  readonly min?: number | null;
  readonly max?: number | null;
  /** How many events the article gives (default 1). */
  readonly events?: number;
}

const CASES: readonly Case[] = [
  {
    name: 'a headline naming the unit and a lead naming "unit, the arm of Parent" are one event of the parent',
    text: [
      'Corvell Freight to lay off 180 at Tulsa depot',
      '',
      'Corvell Freight, the trucking arm of Ostrander Holdings Inc., is laying off 180 drivers at its Tulsa depot, a state notice shows.',
    ].join('\n'),
    company: 'Ostrander',
    unit: 'Corvell Freight',
    min: 180,
    max: 180,
  },
];

describe('[extract] generalisation rules', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const r = extractArticle({ text: c.text, published: '2025-02-20' });
      assert.equal(r.mentions.length, c.events ?? 1, JSON.stringify(r.mentions.map((m) => m.company)));
      const m = r.mentions.find((x) => x.primary);
      assert.ok(m, 'a primary event');
      assert.equal(m.company, c.company);
      if (c.unit !== undefined) assert.equal(m.unit, c.unit);
      if (c.min !== undefined) assert.equal(m.count?.min ?? null, c.min);
      if (c.max !== undefined) assert.equal(m.count?.max ?? null, c.max);
    });
  }
});
