import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';
import { findPublished, isPublicationStamp } from '../../src/extract/published.ts';

/** [article text, expected publication date or null] */
const PUBLISHED: readonly [string, string | null][] = [
  ['date 2024-04-03 Sorrel Labs said on Tuesday it would lay off 90 people.', '2024-04-03'],
  ['Pellam cuts jobs\nLast Updated March 12, 2024 9:10 AM\nPellam will lay off 80 staff.', '2024-03-12'],
  ['Pellam cuts jobs\nPublished: 3 April 2024\nPellam will lay off 80 staff.', '2024-04-03'],
  ['Pellam cuts jobs\nPosted on Apr. 3, 2024\nPellam will lay off 80 staff.', '2024-04-03'],
  ['March 3, 2023 — Pellam said it would cut 80 jobs.', '2023-03-03'],
  ['HARTFORD, Feb. 16, 2024 (Wire) - Pellam said it would cut 80 jobs.', '2024-02-16'],
  // a date inside the story is not a byline
  ['Pellam said it would cut 80 jobs after a review that ended March 3, 2023, and more later.', null],
  ['Brisco laid off 40 workers on Friday.', null],
  // the dateline is found past lines with a year but no full date, and lines with none
  [
    'Pellam in 2024\nBy Ana Ruiz\nMay 2024 review\nJune 5, 2024 — Pellam said it would cut 80 jobs.',
    '2024-06-05',
  ],
  // a day without a year is no byline date, even at the top of a line
  ['March 3 — Pellam said it would cut 80 jobs.', null],
  // an impossible stamp day is skipped, a leap day is kept
  ['date 2023-02-29 Pellam said it would cut 80 jobs.', null],
  ['date 2024-02-29 Pellam said it would cut 80 jobs.', '2024-02-29'],
];

describe('[extract/dates] publication date from the text', () => {
  for (const [text, date] of PUBLISHED) {
    test(text.slice(0, 60), () => {
      assert.equal(findPublished(text, null).date, date);
    });
  }

  test('metadata wins over the text', () => {
    assert.equal(findPublished('date 2024-04-03 Pellam cut 80 jobs.', '2024-04-05').date, '2024-04-05');
  });

  test('the stamp is not an event date', () => {
    const text = 'date 2024-04-03 Pellam will cut 80 jobs.';
    assert.equal(isPublicationStamp(text, 5, 15), true);
    const r = extractArticle({ text });
    // The main event falls back to the publication date, not to the stamp as a stated date.
    assert.equal(r.mentions[0]?.date?.basis, 'published');
    assert.equal(r.mentions[0]?.date?.start, '2024-04-03');
  });
});

describe('[extract/dates] dates across sentences', () => {
  test('the lead states the announcement day in another sentence than the numbers', () => {
    const r = extractArticle({
      text: 'Pellam Outdoor will cut about 1,600 jobs.\nChief executive Ana Ruiz said Thursday in a memo that the company had to change course.',
      published: '2024-04-05', // a Friday
    });
    const primary = r.mentions.find((m) => m.primary);
    assert.equal(primary?.date?.start, '2024-04-04');
    assert.equal(primary?.date?.text, 'Thursday');
  });

  test('no announcement day: the main event keeps the publication date', () => {
    const r = extractArticle({ text: 'Pellam Outdoor will cut about 1,600 jobs.', published: '2024-04-05' });
    assert.equal(r.mentions[0]?.date?.start, '2024-04-05');
    assert.equal(r.mentions[0]?.date?.basis, 'published');
  });

  test('"Thereafter" runs from the date stated just before to publication', () => {
    const r = extractArticle({
      text: 'Tallis Games cut 1,900 jobs in January. Thereafter, Brook Grocers laid off 250 employees.',
      published: '2024-04-03',
    });
    const brook = r.mentions.find((m) => m.company.startsWith('Brook'));
    assert.equal(brook?.date?.start, '2024-01-01');
    assert.equal(brook?.date?.end, '2024-04-03');
  });

  test('a horizon gives no date to a non-primary event', () => {
    const r = extractArticle({
      text: 'Tallis Games laid off 300 people on Monday. Separately, Orrin Steel plans to cut 10,000 jobs by 2030.',
      published: '2024-04-03',
    });
    const orrin = r.mentions.find((m) => m.company.startsWith('Orrin'));
    assert.ok(orrin);
    // No dates; the deadline's words are kept as the date text (corpus convention).
    if (!orrin.primary) {
      assert.equal(orrin.date?.start ?? null, null);
      assert.equal(orrin.date?.end ?? null, null);
    }
  });
});

describe('[extract/published] a dateline with a state after the city', () => {
  test('"HALDEN FALLS, Ore., May 2, 2024 — ..." dates the article', () => {
    const text = 'Title\n\nHALDEN FALLS, Ore., May 2, 2024 — Corvex said it would cut 200 jobs.';
    assert.equal(findPublished(text, null).date, '2024-05-02');
  });
});
