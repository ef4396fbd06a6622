import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

const PUBLISHED = '2024-04-03';
const pairs = (text: string) =>
  extractArticle({ text, published: PUBLISHED }).mentions.map((m) => [m.company, m.count?.min ?? null]);

describe('[extract/public-bodies] employers named the way governments are', () => {
  const CASES: readonly { name: string; text: string; expected: (string | number | null)[][] }[] = [
    {
      name: 'the civil service in lower case is an employer',
      text: 'Ministers plan to axe 40,000 civil service jobs over five years.',
      expected: [['civil service', 40000]],
    },
    {
      name: 'a national prefix stays with the civil service',
      text: 'The UK civil service will shed 9,000 posts, the minister said.',
      expected: [['UK civil service', 9000]],
    },
    {
      name: 'a ministry named by a list of its areas is one name',
      text: 'Another 350 jobs are to go at the Department for Culture, Media and Sport.',
      expected: [['Department for Culture, Media and Sport', 350]],
    },
    {
      name: 'a report named after a person is a source, not an employer',
      text: 'Following the Pemberton review, the state railway will cut 2,000 roles.',
      expected: [],
    },
  ];
  for (const { name, text, expected } of CASES) {
    test(name, () => {
      const got = pairs(text);
      for (const e of expected)
        assert.ok(
          got.some((g) => g[0] === e[0] && g[1] === e[1]),
          JSON.stringify(got),
        );
      if (expected.length === 0) assert.ok(!got.some((g) => g[0] === 'Pemberton'), JSON.stringify(got));
    });
  }

  test('a part named with "including" does not take the focus from the whole', () => {
    const text =
      'The government will cut 20,000 civil service jobs, including 4,000 at the Department for Trade and Skills. The first 3,000 posts have already gone.';
    const got = pairs(text);
    assert.ok(
      got.some((g) => g[0] === 'civil service' && g[1] === 3000),
      JSON.stringify(got),
    );
  });
});

describe('[extract/public-bodies] newspapers and workforces', () => {
  test('"News" closes a paper\'s name that began before it', () => {
    const got = pairs('The Harwick Daily News laid off 40 reporters on Monday.');
    assert.deepEqual(got, [['Harwick Daily News', 40]]);
  });

  test('"the paper had N employees" is a workforce, not a cut', () => {
    const text =
      'Tillbrook Gazette cut 30 jobs on Monday. The paper had about 120 employees before the cuts.';
    assert.deepEqual(pairs(text), [['Tillbrook Gazette', 30]]);
  });
});
