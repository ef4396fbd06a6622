import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isValidSpan } from '../../src/domain/span.ts';
import { extractArticle } from '../../src/extract/extractor.ts';

const LAYOFF_WORDS = fc.constantFrom(
  'laid off',
  'job cuts',
  '1,200 jobs',
  'Acme Corp',
  ' the company ',
  '5% of its 9,000 staff',
  'on Friday',
  '.',
  '\n',
  'hundreds',
);

describe('[extract/robustness] never throws, spans always valid', () => {
  test('any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.array(LAYOFF_WORDS).map((a) => a.join(' ')),
        ),
        (text) => {
          const r = extractArticle({ text, published: null });
          for (const m of r.mentions) {
            assert.ok(isValidSpan(text, m.evidence));
            if (m.count) assert.ok(isValidSpan(text, m.count.span));
          }
          for (const a of r.aggregates) assert.ok(isValidSpan(text, a.evidence));
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  test('empty, binary, huge and odd inputs', () => {
    const inputs = [
      '',
      '\u0000\u0001\uFFFF',
      'x'.repeat(5_000_000),
      'laid off '.repeat(20_000),
      '解雇 1,200 人',
    ];
    for (const text of inputs) {
      const r = extractArticle({ text });
      assert.ok(Array.isArray(r.mentions));
    }
  });

  test('bad input is a typed error, not a throw', () => {
    const r = extractArticle({ text: 42 as unknown as string });
    assert.equal(r.error?.code, 'InvalidInput');
  });
});
