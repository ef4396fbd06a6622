import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Mention } from '../../src/domain/mention.ts';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Assembly, merging and date rules found by probe corpora 5 and 6: each case is a short article
 * in our own words (invented companies) and what the extractor must make of it.
 */
interface Expect {
  readonly company: string;
  readonly unit?: string | null;
  readonly min?: number | null;
  readonly max?: number | null;
  readonly percent?: number | null;
  /** date_start and date_end; null: no date at all. */
  readonly start?: string | null;
  readonly end?: string | null;
  readonly dateText?: string;
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
  /** Aggregates: how many, and their employee minimums / sources. */
  readonly aggregates?: number;
  readonly aggregateMins?: readonly (number | null)[];
  readonly aggregateSources?: readonly (string | null)[];
}

function check(c: Case): void {
  const r = extractArticle({ text: c.text, published: c.published ?? null });
  const shown = () =>
    JSON.stringify(
      r.mentions.map((m) => [m.company, m.unit, m.count?.min, m.count?.max, m.percent, m.date, m.primary]),
    );
  for (const e of c.events ?? []) {
    const found = r.mentions.filter(
      (m: Mention) =>
        m.company === e.company &&
        (e.min === undefined || (m.count?.min ?? null) === e.min) &&
        (e.max === undefined || (m.count?.max ?? null) === e.max) &&
        (e.percent === undefined || m.percent === e.percent),
    );
    assert.equal(found.length, 1, `${e.company} ${e.min ?? ''}: one event expected in ${shown()}`);
    const m = found[0] as Mention;
    if (e.unit !== undefined) assert.equal(m.unit, e.unit, `unit of ${e.company}`);
    if (e.start !== undefined)
      assert.equal(m.date?.start ?? null, e.start, `start of ${e.company}: ${shown()}`);
    if (e.end !== undefined) assert.equal(m.date?.end ?? null, e.end, `end of ${e.company}: ${shown()}`);
    if (e.dateText !== undefined) assert.equal(m.date?.text, e.dateText, `date text of ${e.company}`);
    if (e.primary !== undefined) assert.equal(m.primary, e.primary, `primary of ${e.company}: ${shown()}`);
  }
  if (c.exact) assert.equal(r.mentions.length, c.events?.length ?? 0, `events: ${shown()}`);
  for (const a of c.absent ?? [])
    assert.ok(!r.mentions.some((m) => m.company === a), `no event for ${a}: ${shown()}`);
  if (c.aggregates !== undefined)
    assert.equal(r.aggregates.length, c.aggregates, JSON.stringify(r.aggregates.map((a) => a.evidence.text)));
  if (c.aggregateMins)
    assert.deepEqual(
      r.aggregates.map((a) => a.employees?.min ?? null),
      c.aggregateMins,
    );
  if (c.aggregateSources)
    assert.deepEqual(
      r.aggregates.map((a) => a.source),
      c.aggregateSources,
    );
}

const LISTS: readonly Case[] = [
  {
    name: 'a list of three employers that "have also cut staff" gives no event to its last name',
    text: [
      'Quillfeather lays off 120 in design team',
      '',
      'Quillfeather laid off 120 employees on Monday, the company said.',
      '',
      'Brisklane, Talloway and Ombrix have also reduced headcount this month as software makers look for savings.',
    ].join('\n'),
    published: '2025-03-05',
    events: [{ company: 'Quillfeather', min: 120, primary: true }],
    exact: true,
  },
  {
    name: 'a list led by a trade noun ("peers A, B and C") with a lower-case brand is still a list',
    text: [
      'Lernhaus to cut 300 jobs',
      '',
      'Tutoring app Lernhaus will cut 300 jobs, it said on Tuesday. Tutoring peers Studiva, Mentorly and eduKite trimmed staff over the past year.',
    ].join('\n'),
    published: '2025-03-05',
    absent: ['eduKite', 'Mentorly', 'Studiva'],
  },
  {
    name: "a collective figure after a list is neither the last name's nor the focus company's",
    text: [
      'Vantorra promises no job cuts',
      '',
      'Vantorra, a payments firm, said on Monday it would not cut jobs this year. The promise comes after Glimmer, Orbex and Nuvola together shed tens of thousands of workers in recent months.',
    ].join('\n'),
    published: '2025-03-05',
    events: [],
    exact: true,
  },
  {
    name: 'names that each cut their own figure are each an event ("A cut 90, B 40")',
    text: 'Harlen Tools cut 90 jobs on Monday, Brisco laid off 40 workers and Mallow Foods shed 25 roles.',
    published: '2025-03-05',
    events: [
      { company: 'Harlen Tools', min: 90 },
      { company: 'Mallow Foods', min: 25 },
    ],
  },
];

describe('[extract] bare lists of employers', () => {
  for (const c of LISTS) test(c.name, () => check(c));
});
