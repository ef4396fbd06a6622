import { createHash } from 'node:crypto';
import { type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { type EventFilters, type EventSort, InvalidCursorError } from '../domain/event.ts';
import type { Database } from './database.ts';

/*
 * The event sorts, once: listEvents (a page at a time), exportRows and company timelines (all
 * rows) order by the same keys. Every sort ends with `id` ascending, so the order is total and a
 * keyset cursor (the last row's key + id) names exactly one position.
 */

/** A column an event list is sorted by. Keys that may be NULL always put NULLs last. */
type SortColumn = 'events.day' | 'events.count_min' | 'events.company' | 'events.last_seen';

export interface SortSpec {
  readonly column: SortColumn;
  readonly dir: 'asc' | 'desc';
  /** Whether the column may be NULL (undated, no count): those rows come last, by id. */
  readonly nullable: boolean;
  /** The kind of value the cursor carries for this column. */
  readonly type: 'string' | 'number';
  /** 'company' only: then the unit, the company-wide event (unit NULL) before its units. */
  readonly thenUnit: boolean;
}

export const EVENT_SORTS: Readonly<Record<EventSort, SortSpec>> = {
  '-date': { column: 'events.day', dir: 'desc', nullable: true, type: 'string', thenUnit: false },
  date: { column: 'events.day', dir: 'asc', nullable: true, type: 'string', thenUnit: false },
  '-count': { column: 'events.count_min', dir: 'desc', nullable: true, type: 'number', thenUnit: false },
  count: { column: 'events.count_min', dir: 'asc', nullable: true, type: 'number', thenUnit: false },
  company: { column: 'events.company', dir: 'asc', nullable: false, type: 'string', thenUnit: true },
  '-lastSeen': { column: 'events.last_seen', dir: 'desc', nullable: true, type: 'string', thenUnit: false },
};

export const DEFAULT_SORT: EventSort = '-date';

/**
 * Orders a whole result by `sort` (NULL keys last), then unit for 'company', then id. For queries
 * that read every row; listEvents pages with keysetOrder instead.
 */
export function orderEvents<DB, TB extends keyof DB, O>(
  q: SelectQueryBuilder<DB, TB, O>,
  sort: EventSort = DEFAULT_SORT,
): SelectQueryBuilder<DB, TB, O> {
  const spec = EVENT_SORTS[sort];
  let out = q.orderBy(sql.ref(spec.column), (ob) => (spec.dir === 'asc' ? ob.asc() : ob.desc()).nullsLast());
  if (spec.thenUnit) out = out.orderBy(sql.ref('events.unit'), (ob) => ob.asc().nullsFirst());
  return out.orderBy(sql.ref('events.id'));
}

/**
 * The same order for the part of a list whose key is not NULL (listEvents reads the NULL-keyed
 * rows separately, by id). Without a NULLS clause the ORDER BY is exactly the one the sort's
 * index is built in (events_day_desc: day desc, id), on SQLite and PostgreSQL alike, so a page
 * reads `limit` index entries instead of sorting the table.
 */
export function orderKnownKeys<DB, TB extends keyof DB, O>(
  q: SelectQueryBuilder<DB, TB, O>,
  spec: SortSpec,
): SelectQueryBuilder<DB, TB, O> {
  let out = q.orderBy(sql.ref(spec.column), spec.dir);
  if (spec.thenUnit) out = out.orderBy(sql.ref('events.unit'), (ob) => ob.asc().nullsFirst());
  return out.orderBy(sql.ref('events.id'));
}

/** Where a page ends: the last row's sort key (null: among the NULL-keyed rows), unit and id. */
export interface KeysetPosition {
  readonly key: string | number | null;
  /** 'company' sort only. */
  readonly unit: string | null;
  readonly id: number;
}

/** Expressions over the events table (filters and keyset conditions never need a join). */
export type EventEb = ExpressionBuilder<Database, 'events'>;

/**
 * Rows strictly after `pos` among the rows whose key is known. Written as a range on the key
 * plus a tie-break ("day <= '2024-04-02' and (day < '2024-04-02' or id > 17)"), not as one OR,
 * so both databases seek the index to the position instead of scanning up to it.
 */
export function afterKnownKey(spec: SortSpec, pos: KeysetPosition & { key: string | number }) {
  return (eb: EventEb): Expression<SqlBool> => {
    const col = sql.ref(spec.column);
    const [orEqual, strictly] = spec.dir === 'asc' ? (['>=', '>'] as const) : (['<=', '<'] as const);
    const idAfter = eb('events.id', '>', pos.id);
    let tie: Expression<SqlBool> = idAfter;
    if (spec.thenUnit) {
      // Units ascending with NULL first: after a NULL unit come every named unit, then later ids.
      tie =
        pos.unit === null
          ? eb.or([eb('events.unit', 'is not', null), eb.and([eb('events.unit', 'is', null), idAfter])])
          : eb.or([eb('events.unit', '>', pos.unit), eb.and([eb('events.unit', '=', pos.unit), idAfter])]);
    }
    return eb.and([
      eb(col, orEqual, pos.key),
      eb.or([eb(col, strictly, pos.key), eb.and([eb(col, '=', pos.key), tie])]),
    ]);
  };
}

/** What a cursor carries: the sort it was issued for, the filters' fingerprint, the total, the position. */
export interface Cursor extends KeysetPosition {
  readonly sort: EventSort;
  readonly filters: string;
  readonly total: number;
}

const CURSOR_VERSION = 2;

/** A short fingerprint of the filters: a cursor only continues the list it came from. */
export function filtersFingerprint(filters: EventFilters): string {
  const entries = Object.entries(filters)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify(entries)).digest('base64url').slice(0, 12);
}

export function encodeCursor(c: Cursor): string {
  const body = { v: CURSOR_VERSION, s: c.sort, f: c.filters, t: c.total, k: c.key, u: c.unit, i: c.id };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/**
 * The cursor's position, or InvalidCursorError for anything listEvents cannot continue from:
 * not base64url JSON, another version or shape (an old offset cursor {"o":50}), a key of the
 * wrong type for the sort, or a cursor issued for another sort or other filters.
 */
export function decodeCursor(cursor: string, sort: EventSort, filters: string): Cursor {
  const fail = (why: string): never => {
    throw new InvalidCursorError(`invalid cursor (${why}): ${cursor.slice(0, 40)}`);
  };
  let body: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) fail('not base64url');
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    if (error instanceof InvalidCursorError) throw error;
    fail('not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('not an object');
  const b = body as Record<string, unknown>;
  if (b.v !== CURSOR_VERSION) fail('unknown version');
  if (b.s !== sort) fail(`issued for sort ${String(b.s)}, not ${sort}`);
  if (b.f !== filters) fail('issued for other filters');
  const spec = EVENT_SORTS[sort];
  const { t, k, u, i } = b;
  if (typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) fail('bad total');
  if (typeof i !== 'number' || !Number.isSafeInteger(i) || i < 1) fail('bad id');
  if (k === null ? !spec.nullable : typeof k !== spec.type) fail('bad key');
  if (typeof k === 'number' && !Number.isFinite(k)) fail('bad key');
  if (spec.thenUnit ? u !== null && typeof u !== 'string' : u !== null) fail('bad unit');
  return {
    sort,
    filters,
    total: t as number,
    key: k as string | number | null,
    unit: u as string | null,
    id: i as number,
  };
}
