import assert from 'node:assert/strict';
import type { Mention, Status } from '../../src/domain/mention.ts';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Table-driven cases over whole short articles (in our own words, invented companies): which
 * events the extractor must give, with which fields, and which names no event may carry. Shared by
 * the assembly probe tests so that each file holds only its cases.
 */
export interface ExpectedEvent {
  readonly company: string;
  readonly unit?: string | null;
  readonly min?: number | null;
  readonly max?: number | null;
  readonly percent?: number | null;
  /** date_start and date_end; null: no date at all. */
  readonly start?: string | null;
  readonly end?: string | null;
  readonly dateText?: string;
  readonly status?: Status;
  readonly primary?: boolean;
}

export interface ArticleCase {
  readonly name: string;
  readonly text: string;
  readonly published?: string | null;
  /** The events, in any order; with `exact` no other event may be given. */
  readonly events?: readonly ExpectedEvent[];
  readonly exact?: boolean;
  /** Companies no event may name. */
  readonly absent?: readonly string[];
  /** Aggregates: how many, and their employee minimums / sources. */
  readonly aggregates?: number;
  readonly aggregateMins?: readonly (number | null)[];
  readonly aggregateSources?: readonly (string | null)[];
}

export function checkArticle(c: ArticleCase): void {
  const r = extractArticle({ text: c.text, published: c.published ?? null });
  const shown = () =>
    JSON.stringify(
      r.mentions.map((m) => [
        m.company,
        m.unit,
        m.count?.min,
        m.count?.max,
        m.percent,
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
    if (e.status !== undefined) assert.equal(m.status, e.status, `status of ${e.company}: ${shown()}`);
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
