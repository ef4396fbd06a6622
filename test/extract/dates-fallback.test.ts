import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chronoFallbackDates } from '../../src/extract/dates/chrono-fallback.ts';
import { extractArticle } from '../../src/extract/extractor.ts';

// Reference: Wednesday 2024-04-03, as in TRAPS.md.
const REF = '2024-04-03';

const CASES: readonly [string, string, string, string][] = [
  // sentence, expected span text, start, end
  ['The notices take effect tomorrow for 80 drivers.', 'tomorrow', '2024-04-04', '2024-04-04'],
  ['Letters dated 28.03.2024 told 40 staff their roles were gone.', '28.03.2024', '2024-03-28', '2024-03-28'],
  ['The depot will close in two weeks, ending 65 jobs.', 'in two weeks', '2024-04-17', '2024-04-17'],
];

for (const [sentence, span, start, end] of CASES) {
  test(`chrono fallback: ${span}`, () => {
    const [d] = chronoFallbackDates(sentence, REF);
    assert.ok(d, 'a date is found');
    assert.equal(sentence.slice(d.from, d.to), span);
    assert.deepEqual([d.start, d.end], [start, end]);
  });
}

test('chrono fallback: no hint, no publication date, or a clock time alone give nothing', () => {
  assert.deepEqual(
    chronoFallbackDates('Ravel Foods cut 120 jobs on Tuesday.', REF),
    [],
    'the matcher handles weekdays',
  );
  assert.deepEqual(chronoFallbackDates('The cuts take effect tomorrow.', null), []);
  assert.deepEqual(chronoFallbackDates('Staff met at 3pm to hear about 60 cuts.', REF), []);
});

test('the extractor dates a mention through the fallback', () => {
  const text =
    'Tarn Mining lays off 210\n\nTarn Mining said it would lay off 210 workers at its Pilbara site tomorrow.';
  const r = extractArticle({ text, published: REF });
  const m = r.mentions.find((x) => x.company === 'Tarn Mining');
  assert.ok(m, JSON.stringify(r.mentions));
  assert.equal(m.date?.start, '2024-04-04');
  assert.equal(m.date?.text, 'tomorrow');
});
