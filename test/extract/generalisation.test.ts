import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Article-level rules found by our own probe corpus (test/fixtures/probe-corpus): each case is a
 * short article in our words and the one event it must give.
 */
interface Case {
  readonly name: string;
  readonly text: string;
  readonly company: string;
  readonly unit?: string | null;
  readonly min?: number | null;
  readonly max?: number | null;
  /** How many events the article gives (default 1). */
  readonly events?: number;
  /** Figures no event may carry as its count ("about 140 employees" left after the cut). */
  readonly notCounts?: readonly number[];
  /** Company of a non-primary event. */
  readonly backgroundCompany?: string;
  /** Percent of a non-primary event (the earlier round). */
  readonly backgroundPercent?: number;
}

const CASES: readonly Case[] = [
  {
    name: 'a headline naming the unit and a lead naming "unit, the arm of Parent" are one event of the parent',
    text: [
      'Corvell Freight to lay off 180 at Tulsa depot',
      '',
      'Corvell Freight, the trucking arm of Ostrander Holdings Inc., is laying off 180 drivers at its Tulsa depot, a state notice shows.',
    ].join('\n'),
    company: 'Ostrander',
    unit: 'Corvell Freight',
    min: 180,
    max: 180,
  },
  {
    name: 'the workforce left after the cut is no count, and a round stated in an earlier year stays its own event',
    text: [
      'Morrow Devices lays off 55 as it refocuses on software',
      '',
      'Morrow Devices laid off 55 employees on Friday, its chief executive wrote in a blog post.',
      '',
      'The cuts leave the company with about 140 employees. Morrow cut 10% of its staff in 2022 after a product recall.',
    ].join('\n'),
    company: 'Morrow Devices',
    min: 55,
    max: 55,
    events: 2,
    notCounts: [140],
    backgroundPercent: 10,
  },
  {
    name: 'a tracker statistic credited at the end of its sentence is no event of the tracker',
    text: [
      'Metro employers keep trimming',
      '',
      'Hollis Bakeries will cut 300 jobs at its Leeds plant, the company said on Monday.',
      '',
      'Employers in the region announced 41,200 job cuts in May, up from 30,100 in April, according to a monthly count by outplacement firm Challenger, Gray & Christmas.',
    ].join('\n'),
    company: 'Hollis Bakeries',
    min: 300,
    max: 300,
  },
  {
    name: 'a further round told by whom it affects is an event; the anonymous sources are no count',
    text: [
      'Pennock lays off 90 as lending app regroups',
      '',
      'Pennock, the lending app, laid off 90 employees last week, its founder said.',
      '',
      'A further round affecting up to 60 engineers is under discussion, according to three people familiar with the plans.',
    ].join('\n'),
    company: 'Pennock',
    min: 90,
    max: 90,
    events: 2,
    notCounts: [3],
  },
  {
    name: '"those figures include N positions" is a part of the main event',
    text: [
      'Ravelco to lay off 900',
      '',
      'Ravelco will lay off 900 workers as it closes ten stores, the retailer said on Thursday.',
      '',
      'Those figures include 35 positions at its head office in Ohio.',
    ].join('\n'),
    company: 'Ravelco',
    min: 900,
    max: 900,
    events: 2,
  },
  {
    name: 'a named department that cuts "civil service jobs" is the employer; a rhetorical "cannot cut" quote is no event',
    text: [
      'Department for Coastal Affairs to cut 800 civil service jobs',
      '',
      'The Department for Coastal Affairs will cut around 800 jobs by 2027, ministers said on Thursday.',
      '',
      '"You cannot cut a quarter of the staff and expect the same service," the union leader said.',
    ].join('\n'),
    company: 'Department for Coastal Affairs',
    min: 800,
    max: 800,
  },
  {
    name: 'a plant closure with a headcount of people is a cut; a store closure without one is not',
    text: [
      'Bexley Mills to close Leeds plant',
      '',
      'Bexley Mills will close its plant in Leeds in June, affecting about 320 workers, the company said on Monday.',
      '',
      'The retailer Dunmore Stores also said it would close 12 shops this year.',
    ].join('\n'),
    company: 'Bexley Mills',
    min: 320,
    max: 320,
  },
  {
    name: "a name inside the subject's description is not the employer; a headline's \"at X plant\" yields to the lead's subject",
    text: [
      'Catering firm to lay off 64 at Morland Steel works',
      '',
      "Ashby Catering Services, the company that runs the canteens at Morland Steel's rolling mill in Rotherham, will lay off 64 workers, it said on Monday.",
    ].join('\n'),
    company: 'Ashby Catering Services',
    min: 64,
    max: 64,
  },
  {
    name: 'a headline name is the lead\'s unit ("Tarnwell" / "Tarnwell Studios", owned by a publisher)',
    text: [
      'Orbis Play axes studio Tarnwell, 60 jobs lost',
      '',
      'Tarnwell Studios, the Lyon developer owned by publisher Orbis Play, is closing, and its 60 employees are losing their jobs, staff were told on Monday.',
    ].join('\n'),
    company: 'Orbis Play',
    unit: 'Tarnwell Studios',
    min: 60,
    max: 60,
  },
  {
    name: '"It said ..." after a sentence about another company is that company\'s cut, not the focus\'s',
    text: [
      'Pellow Parcel to cut 4,000 jobs',
      '',
      'Pellow Parcel will cut 4,000 jobs this year, the company said on Tuesday.',
      '',
      'Rival Skyway Freight is also restructuring. It said in June it would cut 900 jobs in Europe.',
    ].join('\n'),
    company: 'Pellow Parcel',
    min: 4000,
    max: 4000,
    events: 2,
    backgroundCompany: 'Skyway Freight',
  },
  {
    name: 'an acronym in the headline and the full name in the body are one employer, named in full; the hedge the headline dropped is kept',
    text: [
      'DWR to cut 6,000 jobs',
      '',
      'The Department of Water Resources said on Thursday it would cut more than 6,000 jobs.',
    ].join('\n'),
    company: 'Department of Water Resources',
    min: 6001,
    max: null,
  },
  {
    name: 'a one-word name opening a sentence with ", founded in ..." is the subject "it" refers to next',
    text: [
      'Velloway to cut 6% of staff',
      '',
      'Velloway said on Wednesday it would cut 6% of its workforce.',
      '',
      'Rival Orsk said last week it would cut 300 jobs.',
      '',
      'Velloway, founded in 1990, has restructured before. In 2021 it cut about 4% of its staff.',
    ].join('\n'),
    company: 'Velloway',
    events: 3,
    backgroundCompany: 'Velloway',
  },
  {
    name: '"the 900 jobs Ardent said in May it would eliminate" is Ardent\'s cut',
    text: 'The new cuts come on top of the 900 plant jobs Ardent Tools said in May it would eliminate.',
    company: 'Ardent Tools',
    min: 900,
    max: 900,
  },
  {
    name: "workers dismissed at agencies across the government are not the department's cut",
    text: [
      'Harbor Department cuts 900 jobs',
      '',
      'The Harbor Department said on Monday it would cut 900 jobs.',
      '',
      'Thousands of probationary workers at agencies across the government were also dismissed in February.',
    ].join('\n'),
    company: 'Harbor Department',
    min: 900,
    max: 900,
    events: 1,
  },
  {
    name: '"closing Tupelo plant" says where; the named company cuts',
    text: 'Kessler Cabinet Co. closing Tupelo plant; 310 to lose jobs',
    company: 'Kessler Cabinet',
    min: 310,
    max: 310,
  },
  {
    name: '"Department store chain Ardley\'s" is Ardley',
    text: "Department store chain Ardley's said on Monday it would cut 380 head office jobs.",
    company: 'Ardley',
    min: 380,
    max: 380,
  },
  {
    name: 'a closure that "threatens 243 jobs" is a cut of the company in the headline',
    text: [
      'Penrose Foods: Carlisle bakery closure threatens 243 jobs',
      '',
      'A bakery that has operated in Carlisle for decades is set to close, putting 243 jobs in doubt.',
    ].join('\n'),
    company: 'Penrose Foods',
    min: 243,
    max: 243,
  },
  {
    name: 'a company that will "shut down, affecting all 210 of its employees" cuts them',
    text: 'Loadwise said it would shut down at the end of May, affecting all 210 of its employees.',
    company: 'Loadwise',
    min: 210,
    max: 210,
  },
  {
    name: 'the agency a company notified is not the employer',
    text: 'Ashcott Supply Co. notified the Ohio Department of Job and Family Services that it will close its Dayton warehouse, laying off 64 workers.',
    company: 'Ashcott Supply',
    min: 64,
    max: 64,
  },
  {
    name: 'a county council keeps its whole name; posts that are vacant are no cut',
    text: [
      'Up to 180 posts could go at Dunford County Council under proposals to close a gap in its budget.',
      'About 60 of the posts are currently vacant, the council said.',
    ].join(' '),
    company: 'Dunford County Council',
    min: null,
    max: 180,
  },
  {
    name: 'a shutdown told at length before its headcount is still a cut',
    text: 'Loadwell said on Monday it would shut down at the end of May after failing to raise new money, affecting all 210 of its employees.',
    company: 'Loadwell',
    min: 210,
    max: 210,
  },
  {
    name: 'a town after "furnaces at" and a county are places, not employers',
    text: 'Harwell Steel is expected to shut its two furnaces at Port Emrys later today, with up to 2,000 jobs at stake in Glenmoor County.',
    company: 'Harwell Steel',
    min: null,
    max: 2000,
  },
  {
    name: '"X closes Y\'s studio, lays off 85" is X\'s cut; "a 2,400-person workforce" is a workforce',
    text: [
      "Vardo Interactive closes Lumen Forge's Lyon studio, lays off 85",
      '',
      'In May, Vardo Interactive cut about 8% of its 2,400-person workforce.',
    ].join('\n'),
    company: 'Vardo Interactive',
    min: 85,
    max: 85,
    events: 2,
    notCounts: [8],
  },
  {
    name: 'a product name after the subject ("the Skyreach series") is not the employer',
    text: 'Harlan Works, the studio behind the Skyreach series, laid off about 80 developers last week.',
    company: 'Harlan Works',
    min: 80,
    max: 80,
  },
  {
    name: 'roles sent to another office are moved, not cut: "send a further 90 roles to its hub in Pune"',
    text: 'Brackley Mutual will cut about 210 jobs in Scotland and send a further 90 roles to its hub in Pune, the insurer said on Monday.',
    company: 'Brackley Mutual',
    min: 210,
    max: 210,
    notCounts: [90],
  },
  {
    name: '"the distributor" later is the company the article called a distributor, not the unit talked about last',
    text: [
      'Osterby Pharma shuts Calverley Labs site',
      '',
      'Danish drug distributor Osterby Pharma has shut the Leeds site of its subsidiary Calverley Labs, ending 40 jobs there, it said on Tuesday.',
      '',
      'Calverley Labs will keep its Oxford site.',
      '',
      'In March, the distributor cut 6% of its 3,000 staff across Europe.',
    ].join('\n'),
    company: 'Osterby Pharma',
    events: 2,
    backgroundCompany: 'Osterby Pharma',
  },
];

describe('[extract] generalisation rules', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const r = extractArticle({ text: c.text, published: '2025-02-20' });
      assert.equal(r.mentions.length, c.events ?? 1, JSON.stringify(r.mentions.map((m) => m.company)));
      const m = r.mentions.find((x) => x.primary);
      assert.ok(m, 'a primary event');
      assert.equal(m.company, c.company);
      if (c.unit !== undefined) assert.equal(m.unit, c.unit);
      if (c.min !== undefined) assert.equal(m.count?.min ?? null, c.min);
      if (c.max !== undefined) assert.equal(m.count?.max ?? null, c.max);
      for (const x of r.mentions)
        assert.ok(!c.notCounts?.includes(x.count?.min ?? -1), `count ${x.count?.text}`);
      if (c.backgroundPercent !== undefined) {
        assert.equal(m.percent, null, 'the earlier round keeps its own share');
        assert.ok(r.mentions.some((x) => !x.primary && x.percent === c.backgroundPercent));
      }
      if (c.backgroundCompany !== undefined)
        assert.ok(r.mentions.some((x) => !x.primary && x.company === c.backgroundCompany));
      // No event may be credited to a tracker or a count of companies.
      for (const x of r.mentions) assert.doesNotMatch(x.company, /Challenger|Gray|Christmas/);
    });
  }
});

/** Articles that must give no event at all, each for its own reason. */
const NO_EVENTS: readonly [string, string][] = [
  [
    'a legal threshold is no cut',
    'Under the rules, a consultation of at least 45 days is required when 100 or more redundancies are proposed at one site.',
  ],
  [
    'the economy losing jobs, from a statistics office, names no employer',
    'Canada lost 38,000 jobs in October as factories cut positions, Statistics Canada said on Friday.',
  ],
  [
    'a country shedding jobs is the economy, not the company named later',
    [
      "Norway's economy sheds 12,000 jobs as oil work slows",
      '',
      'Employment fell for a second month, and Fjordline Energy was among the firms that hired less.',
      '',
      'Fjordline Energy said it still plans to open two offices.',
    ].join('\n'),
  ],
  [
    'page furniture and a union are never employers',
    [
      'Advertisement',
      '',
      'Has the bank cut jobs before?',
      '',
      'The move was criticised by the Finance Sector Union, which said 150 roles were moving offshore.',
    ].join('\n'),
  ],
  [
    'a report retold right after its denial',
    [
      'Harrowgate Games on Tuesday denied a report that it was preparing to lay off about 400 employees.',
      'A gaming blog had reported on Monday, citing an unnamed source, that the publisher would cut a fifth of its staff.',
    ].join(' '),
  ],
];

describe('[extract] articles with no event', () => {
  for (const [name, text] of NO_EVENTS) {
    test(name, () => {
      const r = extractArticle({ text, published: '2025-03-18' });
      assert.deepEqual(
        r.mentions.map((m) => `${m.company} ${m.count?.text ?? ''}`),
        [],
      );
    });
  }
});

describe('[extract] counts told in other ways', () => {
  test('"1,000-plus employees" is more than 1,000', () => {
    const m = extractArticle({
      text: 'Brindle Foods lays off 1,000-plus employees.',
      published: '2025-02-13',
    }).mentions[0];
    assert.equal(m?.count?.min, 1001);
    assert.equal(m?.count?.max, null);
  });
  test('"its 85 employees are losing their jobs" and "lay off its 40 staff" are cuts, not workforces', () => {
    for (const [text, n] of [
      ['Orrin Studio is closing, and its 85 employees are losing their jobs.', 85],
      ['Tamsin Labs will lay off its 40 staff.', 40],
    ] as const) {
      const m = extractArticle({ text, published: '2025-07-14' }).mentions[0];
      assert.equal(m?.count?.min, n, text);
    }
  });
  test('"part ways with 12% of our team" is a cut', () => {
    const text = 'Tarrow Pay is parting ways with 12% of its team, the company said.';
    assert.equal(extractArticle({ text, published: '2025-06-03' }).mentions[0]?.percent, 12);
  });
  test('a month after "laid off ... from its team" is the last one before publication', () => {
    const text = 'Pelham Cart laid off 250 people from its operations team in January.';
    assert.equal(extractArticle({ text, published: '2025-02-13' }).mentions[0]?.date?.start, '2025-01-01');
  });
  test('"by this outlet\'s count" over news organisations is a statistic, not an event', () => {
    const text =
      "By this outlet's count, at least 2,400 jobs have been cut at US news organisations so far this year.";
    const r = extractArticle({ text, published: '2025-10-30' });
    assert.equal(r.mentions.length, 0);
    assert.equal(r.aggregates[0]?.employees?.min, 2400);
  });
});

describe('[extract] roundup paragraphs opened by a bare name', () => {
  test('"Quorvan. The cloud firm will reduce its workforce by 350" is Quorvan\'s cut', () => {
    const text = [
      'Five companies trim staff this week',
      '',
      'Here are the companies that announced layoffs in the past few days.',
      '',
      'Quorvan. The cloud firm will reduce its workforce by 350, it said on Monday.',
      '',
      'Background. The sector has had a hard year.',
    ].join('\n');
    const ms = extractArticle({ text, published: '2025-04-03' }).mentions;
    const m = ms.find((x) => x.count?.min === 350);
    assert.equal(m?.company, 'Quorvan');
  });
});

describe('[extract] dates told by what people heard', () => {
  test('"workers learned on Monday that the plant will shut" dates the Monday before publication', () => {
    const text =
      'Hundreds of workers at the Bexley Mills plant learned on Monday that the company will shut the plant in June.';
    const m = extractArticle({ text, published: '2025-04-04' }).mentions[0];
    assert.equal(m?.date?.start, '2025-03-31');
  });
});

describe('[extract] page furniture around the story', () => {
  const page = [
    'Business | Technology',
    'Listen to this article · 4 min',
    '',
    'Pellam to cut 1,200 jobs as orders slump',
    '',
    'By Maria Keller and Tom Reyes',
    'Updated 2:14 PM EST, Tue March 4, 2025',
    '',
    'Workers leave the Pellam plant in Leipzig. (Photo: Getty Images)',
    '',
    'Advertisement',
    '',
    'Pellam said on Tuesday it would cut about 1,200 jobs, or 8% of its workforce, as orders from carmakers slump.',
    '',
    'Sign up for our Business newsletter',
    '',
    'Related: Corvex to shed 300 jobs in Ohio',
  ].join('\n');

  test('"Updated 2:14 PM EST, Tue March 4, 2025" dates the page; "on Tuesday" is that day', () => {
    const r = extractArticle({ text: page, published: null });
    assert.equal(r.published.date, '2025-03-04');
    assert.equal(r.mentions.find((m) => m.primary)?.date?.start, '2025-03-04');
  });

  test('a "Related:" link to another story gives no event', () => {
    const r = extractArticle({ text: page, published: null });
    assert.deepEqual(
      r.mentions.map((m) => m.company),
      ['Pellam'],
    );
  });
});

describe('[extract] a press release', () => {
  const release = [
    'FOR IMMEDIATE RELEASE',
    '',
    'Corvane Systems Announces Organizational Realignment',
    '',
    'AUSTIN, Texas, Jan. 9, 2025 /PRNewswire/ -- Corvane Systems, Inc. (NASDAQ: CRVN), a provider of warehouse automation software, today announced a realignment plan that will reduce its global workforce by approximately 11%, or about 240 positions.',
  ].join('\n');

  test('the wire dateline dates it; neither the exchange, the wire nor "Inc." is the employer', () => {
    const r = extractArticle({ text: release, published: null });
    assert.equal(r.published.date, '2025-01-09');
    assert.deepEqual(
      r.mentions.map((m) => [m.company, m.count?.min, m.date?.start]),
      [['Corvane Systems', 240, '2025-01-09']],
    );
  });
});
