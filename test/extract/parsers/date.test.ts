import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../../src/extract/extractor.ts';

const REF = '2024-04-03'; // a Wednesday

/** [sentence, expected date text, start, end] */
const CASES: readonly [string, string, string, string][] = [
  ['Sorrel Labs said on Tuesday it would lay off 90 people.', 'on Tuesday', '2024-04-02', '2024-04-02'],
  ['Last week, Pinfold cut around 160 roles.', 'Last week', '2024-03-25', '2024-03-31'],
  ['In January this year, Marlow Games cut 1,900 jobs.', 'January this year', '2024-01-01', '2024-01-31'],
  ['Halloway cut 1,500 jobs in 2023.', 'in 2023', '2023-01-01', '2023-12-31'],
  ['Ashby laid off 11,000 employees last fall.', 'last fall', '2023-09-01', '2023-11-30'],
  ['Corran Media laid off 300 staff in December.', 'December', '2023-12-01', '2023-12-31'],
  ['Tellford laid off 200 workers earlier this year.', 'earlier this year', '2024-01-01', '2024-04-03'],
];

describe('[extract/date] dates', () => {
  for (const [sentence, text, start, end] of CASES) {
    test(sentence, () => {
      const m = extractArticle({ text: sentence, published: REF }).mentions[0];
      assert.ok(m?.date, 'a date');
      assert.equal(m.date.text, text);
      assert.equal(m.date.start, start);
      assert.equal(m.date.end, end);
    });
  }

  test('no publication date: a weekday stays unresolved, text kept (never today)', () => {
    const m = extractArticle({ text: 'Brisco laid off 40 workers on Friday.' }).mentions[0];
    assert.ok(m);
    assert.equal(m.date?.start ?? null, null);
    assert.equal(m.date?.end ?? null, null);
    assert.equal(m.date?.text ?? 'on Friday', 'on Friday');
  });

  test('the publication date is found in the text', () => {
    const r = extractArticle({
      text: 'date 2024-04-03 Sorrel Labs said on Tuesday it would lay off 90 people.',
    });
    assert.equal(r.published.date, '2024-04-03');
    assert.equal(r.published.basis, 'text');
    assert.equal(r.mentions[0]?.date?.start, '2024-04-02');
  });

  test('a "Last Updated" byline gives the publication date', () => {
    const r = extractArticle({
      text: 'Pellam cuts jobs\nLast Updated March 12, 2024 9:10 AM\nPellam will lay off 80 staff.',
    });
    assert.equal(r.published.date, '2024-03-12');
  });
});
