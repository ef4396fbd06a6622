import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../../src/extract/extractor.ts';

/** [sentence, expected count text, min, max] — our own sentences, one surface form each. */
const CASES: readonly [string, string, number | null, number | null][] = [
  ['Veltrix will cut 400 jobs at its plants.', '400 jobs', 400, 400],
  ['Tesseract will reduce its workforce by 350.', '350', 350, 350],
  ['Marlow Games laid off about 160 employees.', 'about 160 employees', 160, 160],
  ['Quillon Bank will cut more than 4,000 roles.', 'more than 4,000 roles', 4001, null],
  ['Fennick said it would eliminate up to 600 positions.', 'up to 600 positions', null, 600],
  ['Dravo Media laid off almost 32,000 staff.', 'almost 32,000 staff', null, 31999],
  ['Ortane will lay off several hundred employees.', 'several hundred employees', 200, 999],
  ['Pylon Corp is cutting hundreds of jobs.', 'hundreds of jobs', 200, 999],
  ['Garrow Steel will shed between 7,000 and 9,000 jobs.', 'between 7,000 and 9,000 jobs', 7000, 9000],
  ['Kestrel Labs let go 2,500 workers last month.', '2,500 workers', 2500, 2500],
  ['Hallam Foods will cut 1.2 million jobs worldwide.', '1.2 million jobs', 1_200_000, 1_200_000],
  // Occupations count like "jobs": "drivers", "developers", "nurses".
  ['Corvell Freight is laying off 240 drivers and dispatchers.', '240 drivers', 240, 240],
  ['Ardley laid off 380 head office and warehouse staff.', '380 head office and warehouse staff', 380, 380],
  ['Tarn Studios laid off roughly 120 developers last week.', 'roughly 120 developers', 120, 120],
  ['Saint Orla Hospital will cut 85 nurses.', '85 nurses', 85, 85],
  // "two dozen" multiplies, like "two hundred".
  ['Wexley Audio let go of two dozen producers on Tuesday.', 'two dozen producers', 24, 24],
  // A place or time after the bare number of a layoff verb ends the count, as in headlines.
  ['Corvell Freight to lay off 240 at Memphis hub', '240', 240, 240],
  ['Ambry Tools will lay off 90 across Europe.', '90', 90, 90],
  // "remove" cuts jobs like "eliminate".
  ['Caddon Mutual removed 320 roles in its call centres.', '320 roles', 320, 320],
  // A workforce that shrinks from one size to another: the cut is the difference, spanned over both.
  [
    'Lorne Water expects its headcount to fall to about 2,600 from 3,100.',
    'to about 2,600 from 3,100',
    500,
    500,
  ],
  ['Brell Motors will trim its workforce from 9,000 to 8,250 employees.', 'from 9,000 to 8,250', 750, 750],
  // Jobs at risk, with no cut verb.
  ['As many as 180 posts at Ferrant Bakeries are at risk.', 'As many as 180 posts', null, 180],
];

describe('[extract/headcount] counts', () => {
  for (const [sentence, spanText, min, max] of CASES) {
    test(sentence, () => {
      const r = extractArticle({ text: sentence, published: '2024-04-03' });
      const m = r.mentions[0];
      assert.ok(m, 'a mention');
      assert.ok(m.count, 'a count');
      assert.equal(m.count.text, spanText);
      assert.equal(sentence.slice(m.count.span.start, m.count.span.end), spanText);
      assert.equal(m.count.min, min);
      assert.equal(m.count.max, max);
    });
  }

  test('money is not a headcount; the workers are', () => {
    const s = 'Brannock Group said the cuts will save $300 million and affect 1,200 workers.';
    const m = extractArticle({ text: s }).mentions[0];
    assert.equal(m?.count?.min, 1200);
  });

  test('a percent of a stated workforce gives a derived count with both spans', () => {
    const s = 'Quarry Bank said it is cutting 5% of its 85,000 global workforce.';
    const m = extractArticle({ text: s }).mentions[0];
    assert.ok(m?.count);
    assert.equal(m.count.derived, true);
    assert.equal(m.count.min, 4250);
    assert.equal(m.count.workforce?.value, 85000);
    assert.equal(s.slice(m.count.workforce?.span.start, m.count.workforce?.span.end), '85,000');
    assert.equal(m.percent, 5);
  });

  test('half of a stated staff', () => {
    const m = extractArticle({ text: "Half of Orvell's 7,500 employees were laid off." }).mentions[0];
    assert.equal(m?.company, 'Orvell');
    assert.equal(m?.count?.min, 3750);
  });

  test('a list of per-company counts gives one event each', () => {
    const s =
      'In recent weeks, Arlo fired 2,100 workers, Benning let go 2,500, Castor 1,190 and Dunmore 530.';
    const got = extractArticle({ text: s }).mentions.map((m) => [m.company, m.count?.min]);
    assert.deepEqual(got, [
      ['Arlo', 2100],
      ['Benning', 2500],
      ['Castor', 1190],
      ['Dunmore', 530],
    ]);
  });
});
