import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Mention } from '../../src/domain/mention.ts';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Errors once seen on our own bundled sample articles (samples/articles, written by us), each
 * fixed by a general rule. Every rule has the sample's sentence and variants in other words.
 */
const PUBLISHED = '2024-04-03';

interface Row {
  readonly company: string;
  readonly unit: string | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly percent: number | null;
  readonly primary: boolean;
  readonly date: string | null;
}

const row = (m: Mention): Row => ({
  company: m.company,
  unit: m.unit,
  min: m.count?.min ?? null,
  max: m.count?.max ?? null,
  percent: m.percent,
  primary: m.primary,
  date: m.date?.start ?? null,
});

function rows(text: string, published: string | null = PUBLISHED): Row[] {
  return extractArticle({ text, published }).mentions.map(row);
}

const sample = (name: string) =>
  readFileSync(new URL(`../../samples/articles/${name}.txt`, import.meta.url), 'utf8');

const MANIFEST: ReadonlyMap<string, string | null> = new Map(
  readFileSync(new URL('../../samples/manifest.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string; published: string | null })
    .map((r) => [r.file.replace(/\.txt$/, ''), r.published]),
);

function sampleRows(name: string): Row[] {
  return rows(sample(name), MANIFEST.get(name) ?? null);
}

const show = (x: unknown) => JSON.stringify(x);

describe('[extract/samples] a population is not a count of cuts', () => {
  const CASES: readonly { text: string; want: readonly [string, number | null][] }[] = [
    {
      // sample 09
      text: 'Amazon will eliminate just over 18,000 roles. The cuts are aimed at corporate staff, a group estimated at around 300,000 people.',
      want: [['Amazon', 18001]],
    },
    {
      text: 'Veltrix said it will cut 400 jobs. The cuts fall on its engineers, a group that numbered about 6,000 people last year.',
      want: [['Veltrix', 400]],
    },
    {
      text: 'Pellam Foods will lay off 250 workers. The layoffs hit its drivers, a team put at some 4,000 staff.',
      want: [['Pellam Foods', 250]],
    },
  ];
  for (const { text, want } of CASES) {
    test(text.slice(0, 60), () => {
      assert.deepEqual(
        rows(text).map((r) => [r.company, r.min]),
        want,
      );
    });
  }

  test('"a workforce that numbered N" is the base of a share (sample 18)', () => {
    const got = sampleRows('18-cisco-restructuring-five-percent');
    assert.equal(got.length, 1, show(got));
    assert.deepEqual(got[0] && [got[0].company, got[0].min, got[0].max, got[0].percent, got[0].primary], [
      'Cisco',
      4001,
      null,
      5,
      true,
    ]);
  });

  test('with no stated figure, the share of "a workforce that numbered N" is derived', () => {
    const got = rows(
      "Harlow Mutual's plan to cut jobs will reach about 5 percent of a workforce that numbered roughly 84,900 people.",
    );
    assert.deepEqual(
      got.map((r) => [r.company, r.min, r.max, r.percent]),
      [['Harlow Mutual', 4245, 4245, 5]],
    );
  });

  test('"the roughly 9,000 employees Spotify had" is a workforce (sample 15)', () => {
    const got = rows(
      'Corbel is cutting about 17% of its employees, it said on Monday. The reduction affects around 1,500 people, based on the roughly 9,000 employees Corbel had before the announcement.',
    );
    assert.deepEqual(
      got.map((r) => [r.company, r.min, r.percent, r.primary]),
      [['Corbel', 1500, 17, true]],
    );
  });
});

describe('[extract/samples] jobs that leave with a sold business are no layoffs', () => {
  const CASES: readonly string[] = [
    // sample 28
    'Citigroup said on Friday that it plans to cut 20,000 jobs. The job cuts are separate from the roughly 40,000 employees the bank expects to shed by selling or spinning off its consumer operations in Mexico.',
    'Citigroup said on Friday that it plans to cut 20,000 jobs. Citigroup also expects to shed a further 3,000 employees through the sale of its payments arm.',
    'Citigroup said on Friday that it plans to cut 20,000 jobs. About 5,000 more staff will move to the buyer of its card business, which will cut no jobs of its own.',
  ];
  for (const text of CASES) {
    test(text.slice(70, 140), () => {
      assert.deepEqual(
        rows(text).map((r) => [r.company, r.min]),
        [['Citigroup', 20000]],
      );
    });
  }

  test('a cut tied to a spinoff is still a cut (sample 37)', () => {
    const got = rows(
      'IBM said it would eliminate 3,900 positions, about 1.5% of its workforce, tied to the spinoff of part of its business and the sale of its health data unit.',
    );
    assert.deepEqual(
      got.map((r) => [r.company, r.unit, r.min, r.percent]),
      [['IBM', null, 3900, 1.5]],
    );
  });
});

describe('[extract/samples] people and quantity words are not employers', () => {
  test('"Thousands of Twitter workers" names Twitter; "Musk" is a person; rehired staff are no cut (sample 12)', () => {
    const got = sampleRows('12-twitter-thousands-dismissed');
    assert.deepEqual(
      got.map((r) => [r.company, r.min, r.primary]),
      [['Twitter', 3700, true]],
    );
  });

  const NAMES: readonly { text: string; want: string[] }[] = [
    { text: 'Hundreds of Pellam staff were laid off on Monday.', want: ['Pellam'] },
    { text: 'Dozens of Orvia engineers lost their jobs this week.', want: ['Orvia'] },
    {
      text: 'Orvia cut 200 jobs two weeks after Dana Whitfield took over. Whitfield has since laid off another 40 people.',
      want: ['Orvia', 'Orvia'],
    },
    {
      text: 'Kessler AG laid off 300 workers last week, chief executive Tomas Brandt said. Brandt cut 30 more jobs on Monday.',
      want: ['Kessler AG', 'Kessler AG'],
    },
  ];
  for (const { text, want } of NAMES) {
    test(text.slice(0, 50), () => {
      assert.deepEqual(
        rows(text).map((r) => r.company),
        want,
      );
    });
  }

  const TAKEN_BACK: readonly string[] = [
    'Halden cut 900 jobs on Friday. Dozens of employees who had been laid off were asked to return, people familiar with the matter said.',
    'Halden cut 900 jobs on Friday. Some 50 employees who had been let go were brought back within days.',
    'Halden cut 900 jobs on Friday. About 40 of the workers have since been rehired.',
  ];
  for (const text of TAKEN_BACK) {
    test(`taken back: ${text.slice(32, 80)}`, () => {
      assert.deepEqual(
        rows(text).map((r) => [r.company, r.min]),
        [['Halden', 900]],
      );
    });
  }
});

describe('[extract/samples] dates that do not date the cut', () => {
  test('"had 221,000 employees as of June 30": the share joins the main event (sample 07)', () => {
    const got = sampleRows('07-microsoft-10000-nadella');
    assert.deepEqual(
      got.map((r) => [r.company, r.min, r.percent, r.date, r.primary]),
      [['Microsoft', 10000, 5, '2023-01-18', true]],
    );
  });

  const STOCK_DATES: readonly string[] = [
    'Quarry Bank will cut 4,300 jobs, it said on Tuesday. Quarry Bank had 85,000 employees as of December 31, so the cut is about 5% of its staff.',
    'Quarry Bank will cut 4,300 jobs, it said on Tuesday. The reduction amounts to roughly 5% of the 85,000 people the bank employed at the end of September.',
    "Quarry Bank will cut 4,300 jobs, it said on Tuesday. The reduction equals about 5% of the bank's workforce, which stood at roughly 85,000 at the end of last year.",
  ];
  for (const text of STOCK_DATES) {
    test(text.slice(55, 120), () => {
      assert.deepEqual(
        rows(text).map((r) => [r.company, r.min, r.percent, r.date]),
        [['Quarry Bank', 4300, 5, '2024-04-02']],
      );
    });
  }

  test('a growth clause dates the growth; "the company behind" names the owner (sample 05)', () => {
    const got = sampleRows('05-meta-cuts-13-percent');
    const meta = got.filter((r) => r.company === 'Facebook' || r.company === 'Meta');
    assert.deepEqual(
      meta.map((r) => [r.unit, r.min, r.percent, r.date, r.primary]),
      [[null, 11000, 13, '2022-11-09', true]],
      show(got),
    );
  });

  test('"following last week\'s takeover" dates the takeover', () => {
    const got = rows(
      'Sorrel Labs laid off 120 people on Tuesday. Staff who lost their jobs following last week’s takeover were told by email.',
    );
    assert.deepEqual(
      got.map((r) => [r.company, r.min, r.date]),
      [['Sorrel Labs', 120, '2024-04-02']],
    );
  });
});

describe('[extract/samples] whose figure is it', () => {
  test('"layoffs at Google came two days after Microsoft said it would cut 10,000" (sample 03)', () => {
    const got = sampleRows('03-google-layoffs-aftermath');
    assert.deepEqual(
      got.map((r) => [r.company, r.min, r.primary]),
      [
        ['Alphabet', 12000, true],
        ['Microsoft', 10000, false],
      ],
    );
  });

  test('a listed name with its own relative clause owns the figure (sample 35)', () => {
    const got = sampleRows('35-wayfair-1750-corporate');
    assert.ok(
      got.some((r) => r.company === 'Alphabet' && r.min === 12000 && !r.primary),
      show(got),
    );
    assert.ok(!got.some((r) => r.company === 'Wayfair' && r.min === 12000), show(got));
    assert.deepEqual(
      got.filter((r) => r.primary).map((r) => [r.company, r.min, r.percent]),
      [['Wayfair', 1750, 10]],
    );
  });

  const TWO_EMPLOYERS: readonly { text: string; want: readonly (string | number | null)[][] }[] = [
    {
      // sample 37
      text: 'The month opened with Amazon, which said on January 4 that it would cut more than 18,000 roles, and Salesforce, which announced the same day that it would lay off about 10% of its workforce.',
      want: [
        ['Amazon', 18001, null],
        ['Salesforce', null, 10],
      ],
    },
    {
      text: 'Ardent Labs cut 300 jobs in May, and Belcor, which makes pumps, laid off 12% of its staff.',
      want: [
        ['Ardent Labs', 300, null],
        ['Belcor', null, 12],
      ],
    },
  ];
  for (const { text, want } of TWO_EMPLOYERS) {
    test(text.slice(0, 60), () => {
      assert.deepEqual(
        rows(text).map((r) => [r.company, r.min, r.percent]),
        want,
      );
    });
  }

  test('"SAP, the German software group, said" is SAP, not the company before it (sample 37)', () => {
    const got = rows(
      'IBM said it would eliminate 3,900 positions. SAP, the German software group, said it would cut up to 3,000 jobs, about 2.5% of its staff.',
    );
    assert.deepEqual(
      got.map((r) => [r.company, r.max, r.percent]),
      [
        ['IBM', 3900, null],
        ['SAP', 3000, 2.5],
      ],
    );
  });

  test('"Coinbase followed on January 10 with a reduction of ..." names Coinbase', () => {
    const got = rows(
      'Pellam cut 600 jobs on Monday. Coinbase followed on January 10 with a reduction of about 950 jobs, roughly a fifth of its employees.',
    );
    assert.deepEqual(
      got.map((r) => r.company),
      ['Pellam', 'Coinbase'],
    );
  });
});

describe('[extract/samples] rounds and retellings', () => {
  test('the share joins the retold figure; an earlier share and count are two rounds (sample 15)', () => {
    const got = sampleRows('15-spotify-17-percent');
    assert.deepEqual(
      got.map((r) => [r.company, r.unit, r.min, r.percent, r.date, r.primary]),
      [
        ['Spotify', null, 1500, 17, '2023-12-04', true],
        ['Spotify', null, null, 6, '2023-01-01', false],
        ['Spotify', 'podcast', 200, null, '2023-06-01', false],
      ],
    );
  });

  test('"6% in January and another 200 in June": each round keeps its own month', () => {
    const got = rows(
      'Marlow Games laid off 5% of its staff in January and another 90 people in its studio in March.',
    );
    assert.deepEqual(
      got.map((r) => [r.min, r.percent, r.date]),
      [
        [null, 5, '2024-01-01'],
        [90, null, '2024-03-01'],
      ],
    );
  });

  test('"Citi" retells "Citigroup": one event (sample 28)', () => {
    const got = sampleRows('28-citigroup-20000-by-2026');
    assert.deepEqual(
      got.map((r) => [r.company, r.min, r.percent, r.primary]),
      [['Citigroup', 20000, 8, true]],
    );
  });

  test('"the most layoffs, with 350" is a count', () => {
    const got = rows(
      'Norvel cut 900 jobs on Monday. Its logistics arm, Brightwave, saw the most layoffs, with 350.',
    );
    assert.ok(
      got.some((r) => r.min === 350),
      show(got),
    );
  });

  test('a passing mention with its own share stays a background event (sample 10)', () => {
    const got = sampleRows('10-amazon-corporate-cuts-deepen');
    assert.deepEqual(
      got.map((r) => [r.company, r.min, r.percent, r.primary]),
      [
        ['Amazon', 18001, null, true],
        ['Salesforce', null, 10, false],
      ],
    );
  });
});

describe('[extract/samples] no statistic, no unit, no event', () => {
  test('"Indian startups have laid off thousands" is not a tracker statistic (sample 31)', () => {
    const r = extractArticle({
      text: sample('31-byjus-2500-profitability'),
      published: MANIFEST.get('31-byjus-2500-profitability') ?? null,
    });
    assert.deepEqual(r.aggregates, []);
    assert.deepEqual(
      r.mentions.map((m) => [m.count?.min, m.percent, m.primary]),
      [[2500, 5, true]],
    );
  });

  const VAGUE_TALLIES: readonly string[] = [
    'Indian startups have laid off thousands of employees this year as funding slowed.',
    'Tech companies have cut hundreds of jobs this month.',
  ];
  for (const text of VAGUE_TALLIES) {
    test(text.slice(0, 50), () => {
      const r = extractArticle({ text, published: PUBLISHED });
      assert.deepEqual([r.mentions.length, r.aggregates.length], [0, 0]);
    });
  }

  test('a tracker statistic with a figure is still one', () => {
    const r = extractArticle({
      text: 'According to Layoffs.fyi, 70 tech firms have let go of almost 32,000 people so far this year.',
      published: PUBLISHED,
    });
    assert.equal(r.aggregates.length, 1);
    assert.equal(r.mentions.length, 0);
  });

  const NOT_UNITS: readonly string[] = [
    'Talvera said it would cut 800 jobs tied to the sale of its health data unit.',
    'Talvera said it would cut 800 jobs ahead of the spinoff of its cloud business.',
  ];
  for (const text of NOT_UNITS) {
    test(`no unit: ${text.slice(35)}`, () => {
      assert.deepEqual(
        rows(text).map((r) => [r.company, r.unit, r.min]),
        [['Talvera', null, 800]],
      );
    });
  }

  for (const name of ['40-nba-finals-nuggets-layoff', '41-amazon-holiday-hiring-250000']) {
    test(`non-layoff sample ${name} yields nothing`, () => {
      const r = extractArticle({ text: sample(name), published: MANIFEST.get(name) ?? null });
      assert.deepEqual([r.mentions.length, r.aggregates.length], [0, 0]);
    });
  }
});
