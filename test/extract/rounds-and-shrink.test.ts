import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Mention } from '../../src/domain/mention.ts';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Rounds told in one sentence, an employer "getting smaller" by a share, and a figure given later
 * for the event in focus. All sentences are our own; companies are invented unless noted.
 */
const PUBLISHED = '2024-10-07';

interface Row {
  readonly company: string;
  readonly unit: string | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly approx: boolean | null;
  readonly percent: number | null;
  readonly date: string | null;
  readonly status: string;
  readonly primary: boolean;
}

const row = (m: Mention): Row => ({
  company: m.company,
  unit: m.unit,
  min: m.count?.min ?? null,
  max: m.count?.max ?? null,
  approx: m.count?.approx ?? null,
  percent: m.percent,
  date: m.date?.start ?? null,
  status: m.status,
  primary: m.primary,
});

const rows = (text: string): Row[] => extractArticle({ text, published: PUBLISHED }).mentions.map(row);
const show = (x: unknown) => JSON.stringify(x);

describe('[extract/rounds-and-shrink] two rounds in one sentence', () => {
  test('"another 3%" is its own round, dated by its own clause', () => {
    const got = rows(
      'Corvane will cut 1,200 jobs, the company said on Monday. The first round came in March, when 4% of staff were let go, with a second round in August, when another 3% was cut.',
    );
    const march = got.find((r) => r.percent === 4);
    const august = got.find((r) => r.percent === 3);
    assert.equal(march?.company, 'Corvane', show(got));
    assert.equal(march?.date, '2024-03-01', show(got));
    assert.equal(august?.company, 'Corvane', show(got));
    assert.equal(august?.date, '2024-08-01', show(got));
    assert.equal(got.find((r) => r.primary)?.min, 1200, show(got));
  });

  test('"another 3% was slashed" is a share cut, like "was cut"', () => {
    const got = rows(
      'The first wave of Brelmont layoffs hit in February, when 5% of the staff was dismissed, and a second followed in May, when another 3% was slashed.',
    );
    assert.ok(
      got.some((r) => r.percent === 5 && r.date === '2024-02-01'),
      show(got),
    );
    assert.ok(
      got.some((r) => r.percent === 3 && r.date === '2024-05-01'),
      show(got),
    );
  });

  test('"another 200 people" after a share keeps both rounds apart', () => {
    const got = rows(
      'Ostria cut 6% of its staff in January and another 200 people in June, the company said.',
    );
    assert.ok(
      got.some((r) => r.percent === 6 && r.min === null && r.date === '2024-01-01'),
      show(got),
    );
    assert.ok(
      got.some((r) => r.min === 200 && r.date === '2024-06-01'),
      show(got),
    );
  });
});

describe('[extract/rounds-and-shrink] an employer shrinking by a share', () => {
  const CASES: readonly { text: string; company: string; percent: number }[] = [
    { text: 'Harlow Games is about to get smaller—12% smaller.', company: 'Harlow Games', percent: 12 },
    { text: 'Veltrix will shrink its staff by 9%, the company said.', company: 'Veltrix', percent: 9 },
    { text: 'Tamsin Labs is cutting 12% of its workforce.', company: 'Tamsin Labs', percent: 12 },
  ];
  for (const c of CASES) {
    test(c.text, () => {
      const got = rows(c.text);
      assert.equal(got.length, 1, show(got));
      assert.equal(got[0]?.company, c.company, show(got));
      assert.equal(got[0]?.percent, c.percent, show(got));
      assert.ok(['announced', 'planned'].includes(got[0]?.status ?? ''), show(got));
      assert.equal(got[0]?.primary, true, show(got));
    });
  }

  test('the shrinking lead is the main event, not an earlier round', () => {
    const got = rows(
      'Harlow Games is about to get smaller—12% smaller. The studio announced the cuts in a blog post on Monday. Its first round of layoffs was in February, when 5% of staff were let go.',
    );
    const main = got.find((r) => r.primary);
    assert.equal(main?.percent, 12, show(got));
    assert.ok(
      got.some((r) => r.percent === 5 && !r.primary),
      show(got),
    );
  });

  test('a lone "5% smaller" is no cut', () => {
    assert.deepEqual(rows('Sales at Quorra were 5% smaller this year, and the firm cut prices.'), []);
  });
});

describe('[extract/rounds-and-shrink] a figure given later for the event in focus', () => {
  test('"didn\'t say how many jobs ..., but a spokesperson says it\'s about 900" joins the lead', () => {
    const got = rows(
      "Pellam is about to get smaller—8% smaller. The memo didn't say how many jobs would be affected, but a spokesperson says it's about 900.",
    );
    assert.equal(got.length, 1, show(got));
    assert.deepEqual(
      [got[0]?.company, got[0]?.min, got[0]?.max, got[0]?.approx, got[0]?.percent, got[0]?.primary],
      ['Pellam', 900, 900, true, 8, true],
    );
  });

  test('"... put the number at roughly 900"', () => {
    const got = rows(
      'Pellam will cut 8% of its staff. The notice did not say how many employees would lose their jobs; a union official put the number at roughly 900.',
    );
    assert.equal(got.length, 1, show(got));
    assert.deepEqual([got[0]?.min, got[0]?.approx, got[0]?.percent], [900, true, 8]);
  });

  test('"it\'s about 900" with no question of how many is no count', () => {
    const got = rows('Pellam will cut jobs. A spokesperson says it is about 900 miles from the plant.');
    assert.ok(!got.some((r) => r.min === 900), show(got));
  });

  test('"the roughly 10,000 cuts reported in November" is an earlier event of the focus', () => {
    const got = rows(
      'Quorra will eliminate about 18,000 roles. The figure is far above the roughly 10,000 cuts reported in November, when Quorra began trimming its devices arm.',
    );
    assert.ok(
      got.some((r) => r.min === 18000 && r.primary),
      show(got),
    );
    assert.ok(
      got.some((r) => r.min === 10000 && r.approx && r.date === '2023-11-01' && !r.primary),
      show(got),
    );
  });
});

describe('[extract/rounds-and-shrink] several counts and shares in one sentence', () => {
  test('a share goes with the nearest count, and each unit keeps its own count', () => {
    // Facts of January 2024 (Amazon's Twitch and Prime Video cuts, Discord's 17%), our words.
    const got = rows(
      'Amazon trimmed about 500 jobs at Twitch and several hundred at Prime Video, while Discord let go of 17% of its staff, about 170 people.',
    );
    const twitch = got.find((r) => r.unit === 'Twitch');
    const prime = got.find((r) => r.unit === 'Prime Video');
    const discord = got.find((r) => r.company === 'Discord');
    assert.deepEqual([twitch?.company, twitch?.min, twitch?.percent], ['Amazon', 500, null], show(got));
    assert.deepEqual([prime?.company, prime?.min, prime?.max], ['Amazon', 200, 999], show(got));
    assert.deepEqual([discord?.min, discord?.percent], [170, 17], show(got));
  });

  test('roles "in those divisions would be eliminated" is a cut, five words apart', () => {
    const got = rows(
      'Twitch will lay off about 500 people. The head of Prime Video told staff on Monday that several hundred roles in those divisions would be eliminated. Audible also said it was cutting about 5% of its workforce.',
    );
    assert.ok(
      got.some((r) => r.unit === 'Prime Video' && r.min === 200),
      show(got),
    );
    assert.ok(
      got.some((r) => r.unit === 'Audible' && r.percent === 5),
      show(got),
    );
  });
});
