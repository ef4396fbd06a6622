import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

const PUBLISHED = '2024-04-03';
const rows = (text: string) =>
  extractArticle({ text, published: PUBLISHED }).mentions.map((m) => [m.company, m.percent]);

describe('[extract/percent-rounds] earlier rounds stated as shares', () => {
  test('two shares in one sentence are two rounds of the company in focus', () => {
    const text =
      'Velmora will cut 12% of its staff. The company said in May that 4% would be cut, after a 9% cut announced in February, according to documents filed with the U.S. Trade Registry and Patent Office.';
    const got = rows(text);
    assert.ok(
      got.some((r) => r[0] === 'Velmora' && r[1] === 4),
      JSON.stringify(got),
    );
    assert.ok(
      got.some((r) => r[0] === 'Velmora' && r[1] === 9),
      JSON.stringify(got),
    );
    assert.ok(!got.some((r) => /Registry|Patent/.test(String(r[0]))), JSON.stringify(got));
  });

  test('retellings with different shares are not merged', () => {
    const text = 'Corvane to cut 10% of staff.\n\nCorvane cut 5% of its staff last year, the company said.';
    const got = rows(text);
    assert.ok(got.some((r) => r[1] === 10) && got.some((r) => r[1] === 5), JSON.stringify(got));
  });

  test('a share range is one round, not two shares', () => {
    const got = rows('Ravelin Post will cut 6% to 9% of roles at its sorting centres.');
    assert.deepEqual(got, [['Ravelin Post', 9]]);
  });

  test('fractions after "by" and "N in M" are shares', () => {
    assert.deepEqual(rows('Stourton Glass has cut its workforce by half since 2020.'), [
      ['Stourton Glass', 50],
    ]);
    assert.deepEqual(rows('Quenby Telecom will lay off one in eight employees.'), [['Quenby Telecom', 12.5]]);
  });

  test('"a 7 per cent reduction" is a layoff trigger', () => {
    const got = rows('Halden Group announced a 7 per cent reduction in its workforce on Monday.');
    assert.deepEqual(got, [['Halden Group', 7]]);
  });
});
