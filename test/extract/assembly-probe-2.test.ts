import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Mention, Status } from '../../src/domain/mention.ts';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Assembly, focus, date and status rules found by probe corpus 9: each case is a short article in
 * our own words (invented companies) and what the extractor must make of it.
 */
interface Expect {
  readonly company: string;
  readonly min?: number | null;
  readonly max?: number | null;
  /** date_start and date_end; null: no date at all. */
  readonly start?: string | null;
  readonly end?: string | null;
  readonly dateText?: string;
  readonly status?: Status;
  readonly primary?: boolean;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly published?: string | null;
  /** The events, in any order; with `exact` no other event may be given. */
  readonly events?: readonly Expect[];
  readonly exact?: boolean;
  /** Companies no event may name. */
  readonly absent?: readonly string[];
}

function check(c: Case): void {
  const r = extractArticle({ text: c.text, published: c.published ?? null });
  const shown = () =>
    JSON.stringify(
      r.mentions.map((m) => [
        m.company,
        m.count?.min,
        m.count?.max,
        m.date?.start,
        m.date?.end,
        m.date?.text,
        m.status,
        m.primary,
      ]),
    );
  for (const e of c.events ?? []) {
    const found = r.mentions.filter(
      (m: Mention) =>
        m.company === e.company &&
        (e.min === undefined || (m.count?.min ?? null) === e.min) &&
        (e.max === undefined || (m.count?.max ?? null) === e.max),
    );
    assert.equal(found.length, 1, `${e.company} ${e.min ?? ''}: one event expected in ${shown()}`);
    const m = found[0] as Mention;
    if (e.start !== undefined)
      assert.equal(m.date?.start ?? null, e.start, `start of ${e.company}: ${shown()}`);
    if (e.end !== undefined) assert.equal(m.date?.end ?? null, e.end, `end of ${e.company}: ${shown()}`);
    if (e.dateText !== undefined) assert.equal(m.date?.text, e.dateText, `date text of ${e.company}`);
    if (e.status !== undefined) assert.equal(m.status, e.status, `status of ${e.company}: ${shown()}`);
    if (e.primary !== undefined) assert.equal(m.primary, e.primary, `primary of ${e.company}: ${shown()}`);
  }
  if (c.exact) assert.equal(r.mentions.length, c.events?.length ?? 0, `events: ${shown()}`);
  for (const a of c.absent ?? [])
    assert.ok(!r.mentions.some((m) => m.company === a), `no event for ${a}: ${shown()}`);
}

const FOCUS: readonly Case[] = [
  {
    name: 'a roundup item labelled "Name:" is about that company, not the one before',
    text: [
      'Chipmakers and app firms trim staff',
      '',
      'Here is what happened this week:',
      '',
      'Verrowind: The Pellucia owner said on Monday it would cut about 200 jobs.',
      '',
      'Talmark: The payments company on Tuesday let go of roughly 80 employees across several teams.',
      '',
      'Oskerby Labs: The Denver robotics startup laid off 40 workers on Wednesday. It cut 25 roles in March last year.',
    ].join('\n'),
    published: '2025-03-07',
    events: [
      { company: 'Verrowind', min: 200, start: '2025-03-03' },
      { company: 'Talmark', min: 80, start: '2025-03-04' },
      { company: 'Oskerby Labs', min: 40, start: '2025-03-05' },
      { company: 'Oskerby Labs', min: 25, start: '2024-03-01' },
    ],
    absent: ['Pellucia'],
    exact: true,
  },
  {
    name: 'a lone label (a dateline, "Related:") sets no focus',
    text: [
      'Harwick Mills to cut 90 jobs',
      '',
      'Harwick Mills said on Monday it would cut 90 jobs at its weaving plant.',
      '',
      'Kelvinford: The company said a further 30 roles would go next year.',
      '',
      'Related: Textile makers face rising power costs',
    ].join('\n'),
    published: '2025-03-07',
    events: [
      { company: 'Harwick Mills', min: 90 },
      { company: 'Harwick Mills', min: 30 },
    ],
    exact: true,
  },
  {
    name: '"the X-based company" is the company placed in X, not the studio of another town it closed',
    text: [
      'Dutch toy maker Velmora shuts Toronto studio',
      '',
      'Dutch toy maker Velmora Playthings has closed Brickwell Digital, the Toronto studio behind the Puzzleroo app, laying off all 60 of its staff.',
      '',
      'The maker bought Brickwell in 2020.',
      '',
      'In 2023 the Amsterdam-based company let go of about 10% of its 2,000 employees.',
    ].join('\n'),
    published: '2024-06-12',
    events: [
      { company: 'Velmora Playthings', min: 60 },
      { company: 'Velmora Playthings', min: 200, start: '2023-01-01' },
    ],
    absent: ['Brickwell Digital'],
  },
];

const DATES: readonly Case[] = [
  {
    name: 'the day staff were told dates a closure planned for a later month',
    text: [
      'Brookvale Dairies to close Fenwick depot; 150 jobs affected',
      '',
      'FENWICK — Brookvale Dairies will close its depot in Fenwick in December, eliminating about 150 jobs, the dairy said.',
      '',
      'Workers were told on Thursday at a staff meeting, according to two drivers.',
    ].join('\n'),
    published: '2025-10-13',
    events: [
      { company: 'Brookvale Dairies', min: 150, start: '2025-10-09', end: '2025-10-09', primary: true },
    ],
  },
  {
    name: 'a month "of that year" dates the second round of the sentence, not the first round\'s month',
    text: [
      'Hollins Stores to cut 900 jobs',
      '',
      'Hollins Stores said on Monday it will cut 900 jobs.',
      '',
      'In March 2021 it said it would cut about 400 office jobs and shut 30 stores over two years, and in August of that year, with sales falling, it eliminated roughly 1,100 store positions.',
    ].join('\n'),
    published: '2025-02-05',
    events: [
      { company: 'Hollins Stores', min: 400, start: '2021-03-01', end: '2021-03-31' },
      { company: 'Hollins Stores', min: 1100, start: '2021-08-01', end: '2021-08-31' },
    ],
  },
  {
    name: 'a deadline is kept as the date text and never filled with the publication day',
    text: [
      'Marrowby Telecom preparing fresh job cuts, sources say',
      '',
      'Marrowby Telecom is preparing to cut several hundred jobs in its fibre division before the end of the year, according to people familiar with the plans.',
    ].join('\n'),
    published: '2025-09-10',
    events: [
      {
        company: 'Marrowby Telecom',
        min: 200,
        start: null,
        end: null,
        dateText: 'before the end of the year',
        primary: true,
      },
    ],
  },
];

describe('[extract] dates of matched events', () => {
  for (const c of DATES) test(c.name, () => check(c));
});

describe('[extract] focus of labelled items and described companies', () => {
  for (const c of FOCUS) test(c.name, () => check(c));
});
