import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Mention } from '../../src/domain/mention.ts';
import { extractArticle } from '../../src/extract/extractor.ts';
import type { UnitEntry } from '../../src/extract/lexicon/units.ts';

const PUBLISHED = '2024-04-03';
/** Made-up parents and units, passed as user lexicon entries. */
const UNITS: readonly UnitEntry[] = [
  { parent: 'Norvel', unit: 'Orbit', aliases: ['Orbit Cloud Services', 'Orbit'] },
  { parent: 'Norvel', unit: null, aliases: ['Norvel'] },
];

const extract = (text: string): readonly Mention[] =>
  extractArticle({ text, published: PUBLISHED }, { units: UNITS }).mentions;
const row = (m: Mention) => ({
  company: m.company,
  unit: m.unit,
  min: m.count?.min ?? null,
  max: m.count?.max ?? null,
});
const primaryOf = (text: string) => {
  const p = extract(text).find((m) => m.primary);
  return p ? { ...row(p), derived: p.count?.derived ?? null, percent: p.percent } : null;
};

describe('[extract/events-primary] the part of the company a cut falls on', () => {
  const cases: readonly { why: string; text: string; want: ReturnType<typeof row>[] }[] = [
    {
      why: 'a lexicon unit named inside "in its ... unit" after the count',
      text: 'Norvel lays off hundreds of workers in its Orbit hosting unit',
      want: [{ company: 'Norvel', unit: 'Orbit', min: 200, max: 999 }],
    },
    {
      why: 'a lexicon unit named after "in its ... division,"',
      text: 'Norvel is shedding about 300 jobs in its hosting division, Orbit Cloud Services (OCS), the company said.',
      want: [{ company: 'Norvel', unit: 'Orbit', min: 300, max: 300 }],
    },
    {
      why: 'a capitalised unit named after "in its ... arm,"',
      text: 'Halcyon Media is cutting 120 roles in its streaming arm, Brightwave, this month.',
      want: [{ company: 'Halcyon Media', unit: 'Brightwave', min: 120, max: 120 }],
    },
    {
      why: 'a later count "across the company" has no unit and keeps its own year',
      text: 'Norvel is trimming hundreds of staff in its Orbit unit, after thousands of job cuts across the company in 2023.',
      want: [
        { company: 'Norvel', unit: 'Orbit', min: 200, max: 999 },
        { company: 'Norvel', unit: null, min: 2000, max: 9999 },
      ],
    },
  ];
  for (const { why, text, want } of cases) {
    test(why, () => {
      assert.deepEqual(extract(text).map(row), want);
    });
  }

  test('the year of a later count is not given to an earlier one', () => {
    const ms = extract(
      'Norvel is trimming hundreds of staff in its Orbit unit, after thousands of job cuts across the company in 2023.',
    );
    assert.equal(ms[0]?.date?.start ?? null, PUBLISHED, 'the main event is dated by publication');
    assert.equal(ms[1]?.date?.start, '2023-01-01');
  });

  test('a unit in the headline carries to the confirmed count in the lead', () => {
    const text =
      'Norvel lays off hundreds of staff in its Orbit hosting unit\nNorvel has let go of staff in its hosting unit, Orbit. On Tuesday the company confirmed that several hundred employees were affected.';
    assert.deepEqual(primaryOf(text), {
      company: 'Norvel',
      unit: 'Orbit',
      min: 200,
      max: 999,
      derived: false,
      percent: null,
    });
  });
});

describe('[extract/events-primary] which event is the main one', () => {
  test('one employee telling a story is no count and never the main event', () => {
    const text =
      'Norvel cuts hundreds of jobs in its Orbit unit\n\nThe cuts hit sales teams. One Norvel engineer shared a post about learning of the layoff while on leave.';
    assert.deepEqual(primaryOf(text), {
      company: 'Norvel',
      unit: 'Orbit',
      min: 200,
      max: 999,
      derived: false,
      percent: null,
    });
    assert.ok(!extract(text).some((m) => m.count?.min === 1), JSON.stringify(extract(text).map(row)));
  });

  test('a parent named beside the brand is one employer with one figure', () => {
    const text =
      "Lumo layoffs: Lumo's parent company Arkwell Holdings has let go of more than 600 employees across several teams.\n\nLumo lays off over 600 employees";
    const ms = extract(text);
    assert.equal(ms.length, 1, JSON.stringify(ms.map(row)));
    assert.equal(ms[0]?.primary, true);
    assert.deepEqual([ms[0]?.count?.min, ms[0]?.count?.max], [601, null]);
  });

  test('analysts expecting layoffs at a parent named in the headline', () => {
    const text =
      'Investors expect more layoffs at Pellam parent Orvia after job cuts at rivals such as Quillon.\n\nQuillon said on Wednesday it would lay off 2,000 employees.';
    const p = extract(text).find((m) => m.primary);
    assert.equal(p?.company, 'Orvia');
    assert.equal(p?.status, 'rumored');
  });

  test('a date stamp glued to the headline gives no count', () => {
    const ms = extract('date 2024-02-11 Pellam layoffs: Pellam has let go of 300 employees.');
    assert.deepEqual(ms.map(row), [{ company: 'Pellam', unit: null, min: 300, max: 300 }]);
  });
});

describe('[extract/events-primary] counts from a workforce stated in another sentence', () => {
  test('the main share is taken of the workforce the article states later', () => {
    const text =
      'Pellam to cut about 20% of its staff\n\nThe company had roughly 4,000 employees at the end of last year.';
    assert.deepEqual(primaryOf(text), {
      company: 'Pellam',
      unit: null,
      min: 800,
      max: 800,
      derived: true,
      percent: 20,
    });
  });

  test('an odd half of a small newsroom is a two-number range', () => {
    const text =
      'Harbour Gazette Lays Off Half Its Newsroom\n\nThe Harbour Gazette laid off half its newsroom staff on Monday. The paper had about 63 newsroom employees before the cuts.';
    const p = primaryOf(text);
    assert.deepEqual([p?.min, p?.max, p?.derived], [31, 32, true]);
  });

  test("an earlier round keeps no count: the workforce is today's", () => {
    const text =
      'Pellam to cut 10% of its staff\n\nPellam employs 5,000 people. The company said in March that 3% would be cut.';
    const ms = extract(text);
    const earlier = ms.find((m) => m.percent === 3);
    assert.ok(earlier, JSON.stringify(ms.map(row)));
    assert.equal(earlier.count, null);
    assert.equal(ms.find((m) => m.primary)?.count?.min, 500);
  });

  test('a cut stated as "had N staff laid off" is a count, not a workforce', () => {
    const ms = extract('Pellam had 300 employees laid off in its plant last month.');
    assert.deepEqual(ms.map(row), [{ company: 'Pellam', unit: null, min: 300, max: 300 }]);
  });
});

describe('[extract/events-primary] who cuts and what counts as a cut', () => {
  const cases: readonly { why: string; text: string; want: ReturnType<typeof row>[] }[] = [
    {
      why: 'union members named in a count belong to the employer in focus',
      text: 'Harbour Press to lay off 40 staff\n\nThe cuts affect 40 positions, with 25 members of the Harbour Press Guild on the list.',
      want: [
        { company: 'Harbour Press', unit: null, min: 40, max: 40 },
        { company: 'Harbour Press', unit: null, min: 25, max: 25 },
      ],
    },
    {
      why: '"the loss of N jobs"',
      text: 'Corvane has also announced the loss of 2,400 jobs.',
      want: [{ company: 'Corvane', unit: null, min: 2400, max: 2400 }],
    },
    {
      why: '"a planned reduction of N roles" told of the company in focus',
      text: 'Corvane plans cuts.\n\nIt said the savings come from a planned reduction of 3,000 full-time roles by June.',
      want: [{ company: 'Corvane', unit: null, min: 3000, max: 3000 }],
    },
    {
      why: 'a headcount target is not a cut; roles replaced by automation are',
      text: 'Corvane will cut up to 30,000 jobs.\n\nTotal headcount will be reduced to 40,000 by 2030, with up to 5,000 roles replaced by automation.',
      want: [
        { company: 'Corvane', unit: null, min: null, max: 30000 },
        { company: 'Corvane', unit: null, min: null, max: 5000 },
      ],
    },
    {
      why: 'a hiring slowdown stated as a share is no cut',
      text: 'Pellam hired 9,000 people last year.\n\nThe company expects to add about 3,000 people next quarter, a 40% reduction.',
      want: [],
    },
  ];
  for (const { why, text, want } of cases) {
    test(why, () => {
      assert.deepEqual(extract(text).map(row), want);
    });
  }
});

describe('[extract/events-primary] retellings of one cut', () => {
  test('"thousands" retold as a figure is one event', () => {
    const text =
      'Corvane said thousands of posts had been axed.\nThe first 14,000 posts have been cut, Corvane said.';
    const ms = extract(text);
    assert.equal(ms.length, 1, JSON.stringify(ms.map(row)));
  });

  test('two ceilings of different size are two events', () => {
    const text =
      'Corvane will cut up to 50,000 jobs by 2030.\n\nIn the same plan up to 8,000 roles will be cut in call centres.';
    assert.equal(extract(text).length, 2, JSON.stringify(extract(text).map(row)));
  });

  test('redundancies are part of a programme of role cuts, not a retelling', () => {
    const text =
      'Parcelco plans to cut 7,000 roles by spring.\n\nIt said this would mean up to 8,000 redundancies by the summer.';
    assert.equal(extract(text).length, 2, JSON.stringify(extract(text).map(row)));
  });

  test('the same figure as job losses and as redundancies is one event', () => {
    const text =
      'Plant to close with 70 job losses\n\nThe Corbel Steel plant will close with 70 redundancies, the firm said.';
    assert.equal(extract(text).length, 1, JSON.stringify(extract(text).map(row)));
  });
});
