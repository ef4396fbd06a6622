import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Mention } from '../../src/domain/mention.ts';
import { type CountCase, PUBLISHED, checkCount, mentionsOf } from '../helpers/counts.ts';

/**
 * Count and share forms that generalise beyond one corpus, each with sentences in our own words
 * (invented companies): cut verbs, "falls to X from Y", jobs "at risk", share ranges, fractions
 * after "by", "N in M" shares, and figures that are no cut at all.
 */

describe('[extract/count-generalisation] "remove" is a cut verb for jobs', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Halvard Chemicals has removed hundreds of jobs since the spring.',
      company: 'Halvard Chemicals',
      span: 'hundreds of jobs',
      min: 200,
      max: 999,
    },
    {
      text: 'Ostler Bank removed 450 positions from its branch network last year.',
      company: 'Ostler Bank',
      span: '450 positions',
      min: 450,
      max: 450,
    },
    {
      text: 'Pruett Media is removing about 80 roles from its regional papers.',
      company: 'Pruett Media',
      span: 'about 80 roles',
      min: 80,
      max: 80,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));
});

describe('[extract/count-generalisation] a workforce that shrinks from Y to X is a cut of Y − X', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Garrow Insurance expects its staff numbers to drop to roughly 3,000 from 3,800 by 2027.',
      company: 'Garrow Insurance',
      span: 'to roughly 3,000 from 3,800',
      min: 800,
      max: 800,
    },
    {
      text: 'Velden Rail will shrink its workforce to 41,000 full-time jobs from 47,500.',
      company: 'Velden Rail',
      span: 'to 41,000 full-time jobs from 47,500',
      min: 6500,
      max: 6500,
    },
    {
      text: 'Orrin Bank cut staff from 1,400 to about 1,150 last year.',
      company: 'Orrin Bank',
      span: 'from 1,400 to about 1,150',
      min: 250,
      max: 250,
    },
    // A hedge on what remains carries over: fewer than 900 left means more than 300 cut.
    {
      text: 'Tamsin Foods said its headcount would fall to fewer than 900 from 1,200.',
      company: 'Tamsin Foods',
      span: 'to fewer than 900 from 1,200',
      min: 301,
      max: null,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));

  test('the smaller figure is never the count, and growth is no cut', () => {
    const shrink = mentionsOf('Velden Rail will shrink its workforce to 41,000 full-time jobs from 47,500.');
    assert.ok(!shrink.some((m) => m.count?.min === 41000 || m.count?.min === 47500));
    assert.deepEqual(mentionsOf('Kerrow Labs expects its headcount to grow to 900 from 700.'), []);
  });
});

describe('[extract/count-generalisation] jobs "at risk" are a planned cut', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Corran Steel said up to 400 jobs at its rolling mill are at risk under a restructuring plan.',
      company: 'Corran Steel',
      span: 'up to 400 jobs',
      min: null,
      max: 400,
    },
    {
      text: 'Fenwick Brewing said about 250 posts in its bottling arm were now at risk.',
      company: 'Fenwick Brewing',
      span: 'about 250 posts',
      min: 250,
      max: 250,
    },
    {
      text: 'Maddox Retail will put 700 store roles at risk.',
      company: 'Maddox Retail',
      span: '700 store roles',
      min: 700,
      max: 700,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));

  test('jobs at risk from a technology are a forecast', () => {
    assert.deepEqual(
      mentionsOf('Up to 2 million jobs are at risk from automation, the Lerner Institute said.'),
      [],
    );
  });
});

describe('[extract/count-generalisation] a share range is one cut, never two shares', () => {
  // Without a workforce a percent holds one share: the upper end as a ceiling ("up to").
  const NO_WORKFORCE: readonly [string, string, number][] = [
    ['Tarvel Logistics will cut 5% to 8% of roles at its depots.', 'Tarvel Logistics', 8],
    ['Corlin Foods will cut its workforce by 10% to 12%.', 'Corlin Foods', 12],
    ['Halbrook plans to lay off between 15 and 20 per cent of its employees.', 'Halbrook', 20],
  ];
  for (const [text, company, percent] of NO_WORKFORCE) {
    test(text, () => {
      const ms = mentionsOf(text);
      assert.equal(ms.length, 1, JSON.stringify(ms.map((m) => [m.company, m.percent])));
      assert.equal(ms[0]?.company, company);
      assert.equal(ms[0]?.percent, percent);
      assert.equal(ms[0]?.percentDetail?.qualifier, 'below');
      assert.equal(ms[0]?.count, null);
    });
  }

  // With a workforce the range gives a count with both bounds.
  const WITH_WORKFORCE: readonly CountCase[] = [
    {
      text: 'Mirren Bank said it would lay off 15% to 20% of its 2,000 staff.',
      company: 'Mirren Bank',
      span: '15% to 20% of its 2,000 staff',
      min: 300,
      max: 400,
    },
    {
      text: 'Sallow Print will cut 4-6% of its 1,250 employees.',
      company: 'Sallow Print',
      span: '4-6% of its 1,250 employees',
      min: 50,
      max: 75,
    },
  ];
  for (const c of WITH_WORKFORCE) test(c.text, () => checkCount(c));

  test('"from 5% to 8%" is a share that moves, not a range of cuts', () => {
    const ms = mentionsOf('Its attrition rate rose from 5% to 8% as Calder Paper cut 120 jobs.');
    assert.deepEqual(
      ms.map((m) => [m.company, m.count?.min, m.percent]),
      [['Calder Paper', 120, null]],
    );
  });
});

describe('[extract/count-generalisation] a fraction after "by" is a share', () => {
  const CASES: readonly [string, string, number][] = [
    ['Dunmore Mills has cut its workforce by a third since 2019.', 'Dunmore Mills', 33.3],
    ['Kessing Group will shrink staff by half.', 'Kessing Group', 50],
    ['Arbor Rail plans to reduce its headcount by about a fifth.', 'Arbor Rail', 20],
    ['Pellow Games slashed its workforce by a quarter in March.', 'Pellow Games', 25],
  ];
  for (const [text, company, percent] of CASES) {
    test(text, () => {
      const ms = mentionsOf(text);
      assert.deepEqual(
        ms.map((m) => [m.company, m.percent]),
        [[company, percent]],
      );
    });
  }

  test('a fraction of something else is no share of staff', () => {
    assert.deepEqual(mentionsOf('Sales at Brisco Audio fell by a third last year.'), []);
  });
});

describe('[extract/count-generalisation] "N in M" is a share, derived against a stated workforce', () => {
  const CASES: readonly CountCase[] = [
    {
      text: 'Norrow Air will lay off roughly 1 in 10 of its about 3,600 employees.',
      company: 'Norrow Air',
      span: 'roughly 1 in 10 of its about 3,600 employees',
      min: 360,
      max: 360,
      percent: 10,
    },
    {
      text: 'Tillman Press will let go one in five employees.',
      company: 'Tillman Press',
      span: null,
      min: null,
      max: null,
      percent: 20,
    },
    {
      text: 'Gorse Mining is cutting one out of every four workers at its smelter.',
      company: 'Gorse Mining',
      span: null,
      min: null,
      max: null,
      percent: 25,
    },
  ];
  for (const c of CASES) test(c.text, () => checkCount(c));

  test('the derived count keeps the workforce it came from', () => {
    const m = mentionsOf('Norrow Air will lay off roughly 1 in 10 of its about 3,600 employees.')[0];
    assert.equal(m?.count?.derived, true);
    assert.equal(m?.count?.workforce?.value, 3600);
  });
});

describe('[extract/count-generalisation] figures that are no cut', () => {
  // [text, the counts that must be found (in order), by company]
  const CASES: readonly [string, readonly (readonly [string, number | null])[]][] = [
    // Vacancies closed are not layoffs.
    [
      'Kessel Energy said it would eliminate about 600 jobs and close about 250 open positions it had not filled.',
      [['Kessel Energy', 600]],
    ],
    ['Marrin Foods cut 90 jobs and also scrapped dozens of vacant posts.', [['Marrin Foods', 90]]],
    ['Orlop Freight cut 75 roles, plus 40 positions that had not yet been filled.', [['Orlop Freight', 75]]],
    // A union's membership is no cut.
    ['The Unite union, which represents more than 4,000 Tarrow workers, condemned the layoffs.', []],
    // Executives leaving of their own accord are departures.
    ['Pellam cut 300 jobs, and three of its top executives said they were leaving.', [['Pellam', 300]]],
    ['Quorn Digital lays off 120 staff; two directors depart', [['Quorn Digital', 120]]],
    // Buyouts and attrition instead of layoffs.
    ['Hundreds of staff at Orrel Motors took voluntary buyouts rather than face layoffs.', []],
    ['Brisco Audio reduced its staff mostly through attrition rather than layoffs.', []],
    // The jobs one person holds.
    [
      'Varro Tech laid off 40 engineers, and those who stayed say they now do two jobs each.',
      [['Varro Tech', 40]],
    ],
    [
      'Corbel Media laid off 60 staff; many of them now hold two jobs to pay the rent.',
      [['Corbel Media', 60]],
    ],
    // A forecast of what a technology might do.
    ['About 2,000 clerks at Hanley Bank could be replaced by AI within three years.', []],
  ];
  for (const [text, expected] of CASES) {
    test(text, () => {
      const got = mentionsOf(text).map((m) => [m.company, m.count?.min ?? null]);
      assert.deepEqual(got, expected);
    });
  }
});

describe('[extract/count-generalisation] a part of a cut told after it', () => {
  const article = (second: string): readonly Mention[] =>
    mentionsOf(
      ['Kelbrook Building Society will cut 800 jobs and close 40 branches, it said on Monday.', second].join(
        ' ',
      ),
    );

  test('"but about 120 are in its call centres" is a part of the cut roles', () => {
    const ms = article(
      'Most of the roles being cut are in branches, but about 120 are in its call centres in Derby.',
    );
    const part = ms.find((m) => m.count?.text === 'about 120');
    assert.ok(part, JSON.stringify(ms.map((m) => m.count?.text)));
    assert.equal(part.company, 'Kelbrook Building Society');
    assert.equal(part.primary, false);
  });

  test('"Fewer than 45 of the affected roles" is a part of the cut', () => {
    const ms = article('Fewer than 45 of the affected roles are in lending, the society said.');
    const part = ms.find((m) => m.count?.text?.startsWith('Fewer than 45'));
    assert.ok(part, JSON.stringify(ms.map((m) => m.count?.text)));
    assert.equal(part.count?.max, 44);
    assert.equal(part.primary, false);
  });

  test('where staff work, with no cut roles as the subject, is no count', () => {
    const ms = article('The society employs 6,000 people, and about 2,500 are in its head office in Leeds.');
    assert.deepEqual(
      ms.map((m) => m.count?.min),
      [800],
    );
  });
});

describe('[extract/count-generalisation] parts told as "N of the cuts" and "a further N"', () => {
  const lead =
    'Carrow Mills will shut both paper machines at its Ellesmere mill, with the loss of up to 1,400 jobs, it said on Tuesday.';

  test('"about 1,100 of the losses" and "a further 300" are two parts, and the whole stays whole', () => {
    const ms = mentionsOf(
      `${lead} The company says about 1,100 of the losses will come this year, with a possible further 300 by 2027.`,
    );
    assert.ok(
      ms.every((m) => m.company === 'Carrow Mills'),
      JSON.stringify(ms.map((m) => m.company)),
    );
    const counts = ms.map((m) => [m.count?.min ?? null, m.count?.max ?? null, m.primary]);
    assert.deepEqual(counts, [
      [null, 1400, true],
      [1100, 1100, false],
      [300, 300, false],
    ]);
  });

  test('"N of the cuts will fall in <Place>" is a split by place, not an event', () => {
    const ms = mentionsOf(`${lead} Some 900 of the cuts will fall in Shropshire.`);
    assert.deepEqual(
      ms.map((m) => m.count?.max),
      [1400],
    );
  });

  test('"a further 40 stores" is no count of people', () => {
    const ms = mentionsOf(`${lead} It will also close a further 40 stores.`);
    assert.deepEqual(
      ms.map((m) => m.count?.max),
      [1400],
    );
  });

  test('a part told in the headline and again in the body is one part', () => {
    const ms = mentionsOf(
      [
        'Carrow Mills to cut 1,400 jobs, with 300 office posts in Leeds',
        '',
        `${lead} About 300 of the cuts will be office roles at its head office, the company said.`,
      ].join('\n'),
    );
    assert.equal(ms.filter((m) => m.count?.min === 300).length, 1);
  });
});

describe('[extract/count-generalisation] a headline that joins two stories', () => {
  test("the date in the other story's clause does not date the layoff", () => {
    const ms = mentionsOf(
      [
        'Carrow Mills confirms up to 1,400 job losses; house prices fall in May – as it happened',
        '',
        'Carrow Mills has confirmed today that it will shut both paper machines at its Ellesmere mill, with the loss of up to 1,400 jobs.',
      ].join('\n'),
    );
    assert.equal(ms.length, 1, JSON.stringify(ms.map((m) => [m.count?.text, m.date?.text])));
    assert.equal(ms[0]?.date?.start, PUBLISHED);
  });
});
