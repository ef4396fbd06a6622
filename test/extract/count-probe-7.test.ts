import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkCount, mentionsOf } from '../helpers/counts.ts';
import type { CountCase } from '../helpers/counts.ts';

/**
 * Counts found by probe corpora 13 and 14, each rule with sentences in our own words (invented
 * companies).
 */

const shown = (text: string) =>
  JSON.stringify(mentionsOf(text).map((m) => [m.company, m.count?.text, m.count?.min, m.count?.max]));

describe('[extract/count-probe-7] "a further N" may carry a hedge before its place or time', () => {
  const CASES: readonly { text: string; span: string; value: number }[] = [
    {
      text: 'Marrow Steel said on Tuesday that about 1,200 of the losses would come this year, with a further 400 possible in two years’ time at its Dunholm works.',
      span: '400',
      value: 400,
    },
    {
      text: 'Tolbeck Foods will shed 250 jobs at its Ridley plant by March, and another 90 expected next spring at its depot.',
      span: '90',
      value: 90,
    },
    {
      text: 'Quenby Glass is cutting 300 roles now, with an additional 120 likely by the end of next year.',
      span: '120',
      value: 120,
    },
  ];
  for (const c of CASES)
    test(c.text, () => {
      const ms = mentionsOf(c.text);
      const found = ms.filter((m) => m.count?.min === c.value && m.count.max === c.value);
      assert.equal(found.length, 1, shown(c.text));
      const m = found[0];
      assert.ok(m?.count);
      assert.equal(c.text.slice(m.count.span.start, m.count.span.end), c.span);
    });
  test('"a further 300 stores" counts stores, not jobs', () => {
    const text =
      'Quenby Glass is cutting 300 roles now, and a further 40 possible stores may close, the company said.';
    assert.ok(!mentionsOf(text).some((m) => m.count?.min === 40), shown(text));
  });
});

describe('[extract/count-probe-7] "N of the job cuts will be in <place>" is a split of the cut by place', () => {
  const CASES: readonly { text: string; total: number }[] = [
    {
      text: 'Kestrel Tools said on Monday it will cut 2,000 jobs worldwide. About 600 of the job cuts will be in Poland, the company said.',
      total: 2000,
    },
    {
      text: 'Orvane Chemicals plans to eliminate 1,500 positions. Some 700 of the job losses will fall in Germany.',
      total: 1500,
    },
  ];
  for (const c of CASES)
    test(c.text, () => {
      const ms = mentionsOf(c.text);
      assert.equal(ms.length, 1, shown(c.text));
      assert.equal(ms[0]?.count?.min, c.total);
    });
  test('a part told by its work, not a place, is still counted', () => {
    const text =
      'Kestrel Tools said on Monday it will cut 2,000 jobs worldwide. About 600 of the job cuts will be engineers, the company said.';
    assert.ok(
      mentionsOf(text).some((m) => m.count?.min === 600),
      shown(text),
    );
  });
});

describe('[extract/count-probe-7] a consultation "on up to N roles" is a planned cut', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Pellworth Pharmacy is consulting on up to 75 head office roles as it moves its finance team to Leeds.',
      company: 'Pellworth Pharmacy',
      span: 'up to 75 head office roles',
      min: null,
      max: 75,
    },
    {
      text: 'Harbury Foods began consulting with unions on about 140 posts at its Selby site.',
      company: 'Harbury Foods',
      span: 'about 140 posts',
      min: 140,
      max: 140,
    },
  ];
  for (const c of CASES)
    test(c.text, () => {
      checkCount(c);
      assert.equal(mentionsOf(c.text)[0]?.status, 'planned');
    });
  test('a consultation about pay or pensions is no cut', () => {
    const text = 'Pellworth Pharmacy is consulting on changes to the pension scheme of its 2,000 staff.';
    assert.equal(mentionsOf(text).length, 0, shown(text));
  });
});
