import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { extractArticle } from '../../src/extract/extractor.ts';
import { NUM, NUMBER_CUE } from '../../src/extract/patterns.ts';

// The extractor memoises parser runs per article (headline scan, layoff pass and workforce pass
// share them) and reads the stated workforces only when a percent needs them. None of that may
// show in the output: the same input gives the same result, cold or after other articles.

const PERCENT_ARTICLE = [
  'Pellam to cut 10% of staff in restructuring',
  'Pellam said on Tuesday it would cut about 10% of its staff as orders slow.',
  'The toolmaker, which employs 9,000 people across Europe, said the cuts would mostly hit its plants.',
].join('\n');

const COUNT_ARTICLE = [
  'Corbel Steel lays off 450 workers at Wexford mill',
  'Corbel Steel said on Monday it had laid off 450 workers at its Wexford mill.',
  'The company, which has 2,100 employees, blamed weak demand.',
].join('\n');

const NO_LAYOFF_ARTICLE = 'Veltrix opens a new office in Leeds\nVeltrix will hire 30 engineers next year.';

const ARTICLES = [PERCENT_ARTICLE, COUNT_ARTICLE, NO_LAYOFF_ARTICLE];

describe('[extract/output-stability] per-article caches never leak into the output', () => {
  test('the same article twice gives identical results', () => {
    for (const text of ARTICLES) {
      const a = extractArticle({ text, published: '2024-03-06' });
      const b = extractArticle({ text, published: '2024-03-06' });
      assert.deepEqual(b, a);
    }
  });

  test('an article gives the same result cold and after other articles', () => {
    const cold = ARTICLES.map((text) => extractArticle({ text, published: null }));
    // Reverse order, each twice: anything cached across calls would change a later result.
    for (let i = ARTICLES.length - 1; i >= 0; i--) {
      const text = ARTICLES[i] ?? '';
      assert.deepEqual(extractArticle({ text, published: null }), cold[i]);
      assert.deepEqual(extractArticle({ text, published: null }), cold[i]);
    }
  });

  test('a workforce stated in another sentence still sizes a percent (read lazily)', () => {
    const r = extractArticle({ text: PERCENT_ARTICLE, published: '2024-03-06' });
    const main = r.mentions.find((m) => m.primary);
    assert.equal(main?.company, 'Pellam');
    assert.equal(main?.percent, 10);
    assert.equal(main?.count?.min, 900);
    assert.equal(main?.count?.derived, true);
  });
});

describe('[extract/output-stability] NUMBER_CUE is a necessary condition for NUM', () => {
  const num = new RegExp(NUM, 'i');
  const NUMBERISH = fc.constantFrom(
    '1,900',
    '2,72,000',
    '1.2 million',
    'nine',
    'Twenty-one',
    'seventy five hundred',
    '3500',
    '12k',
    'Eleven',
    'dozens',
    'hundreds',
    'staff',
    ' ',
    '-',
  );

  test('examples', () => {
    for (const text of ['cut 1,900 jobs', 'NINE roles', 'about forty workers', '7 posts']) {
      assert.ok(num.test(text), text);
      assert.ok(NUMBER_CUE.test(text), text);
    }
    // "hundreds"/"dozens" are vague quantities, not NUM: no digit and no number word, skipped.
    assert.equal(NUMBER_CUE.test('Pellam is cutting hundreds of staff'), false);
  });

  test('whatever NUM matches, NUMBER_CUE matches', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(NUMBERISH).map((a) => a.join('')),
        ),
        (text) => {
          if (num.test(text)) assert.ok(NUMBER_CUE.test(text), text);
        },
      ),
      { numRuns: 2_000, seed: 7 },
    );
  });
});
