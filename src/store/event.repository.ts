import {
  type Expression,
  type Kysely,
  PostgresAdapter,
  type RawBuilder,
  type SqlBool,
  sql,
  type Transaction,
} from 'kysely';
import {
  type EventConflict,
  type EventFilters,
  type EventSource,
  type EventSummary,
  type FieldProvenance,
  InvalidCursorError,
  type LayoffEvent,
  type Page,
  type PageRequest,
} from '../domain/event.ts';
import type { Span } from '../domain/span.ts';
import type { Resolution, ResolvedEvent } from '../resolve/resolver.ts';
import { toPublishedBasis } from './article.repository.ts';
import { addAliases, ensureCompany, resolveCompanyFilter } from './company.repository.ts';
import { correctionRowToRecord } from './correction.repository.ts';
import type { Database, EventRow, NewEventRow } from './database.ts';
import {
  afterKnownKey,
  DEFAULT_SORT,
  decodeCursor,
  EVENT_SORTS,
  type EventEb,
  encodeCursor,
  filtersFingerprint,
  orderEvents,
  orderKnownKeys,
  type SortSpec,
} from './event-sort.ts';
import { parseJson, toDateBasis, toSourceKind, toStatus } from './mention.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface WriteReport {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
}

/**
 * What the `q` filter searches, lowercased once here rather than on every query: company, unit,
 * reason, departments (as stored, JSON) and the evidence quotes of the event's sources, so
 * "support teams" finds "Veltrix ... would cut 400 jobs in its sales and support teams". The
 * migration 2026_11_24_100000_event_read_keys builds the same text for rows stored before it.
 */
function searchText(e: ResolvedEvent, quotes: readonly string[]): string {
  return [e.company, e.unit ?? '', e.reason ?? '', JSON.stringify(e.departments), quotes.join(' ')]
    .join(' ')
    .toLowerCase();
}

function eventValues(
  e: ResolvedEvent,
  companyId: number,
  quotes: readonly string[],
): Omit<NewEventRow, 'id'> {
  return {
    company_key: e.companyKey,
    company_id: companyId,
    company: e.company,
    unit: e.unit,
    count_min: e.count.min,
    count_max: e.count.max,
    percent: e.percent,
    date_start: e.date.start,
    date_end: e.date.end,
    status: e.status,
    reason: e.reason,
    severance: e.severance,
    departments: JSON.stringify(e.departments),
    locations: JSON.stringify(e.locations),
    provenance: JSON.stringify(e.provenance),
    conflicts: JSON.stringify(e.conflicts),
    has_conflicts: e.conflicts.length > 0 ? 1 : 0,
    independent_sources: e.independentSources,
    copies: e.copies,
    outlets: JSON.stringify(e.outlets),
    first_seen: e.firstSeen,
    last_seen: e.lastSeen,
    fingerprint: e.fingerprint,
    day: e.date.start ?? e.date.end,
    day_end: e.date.end ?? e.date.start,
    search_text: searchText(e, quotes),
  };
}

/**
 * Replaces one company family's events with a fresh resolution, touching only what changed:
 * an event keeps its id when it keeps most of its mentions (so links and bookmarks survive a
 * new source), untouched events are not written, vanished ones are deleted.
 */
export async function writeFamilyEvents(
  trx: Db,
  companyKey: string,
  resolution: Resolution,
  rawNames: readonly string[],
): Promise<WriteReport> {
  const old = await trx
    .selectFrom('events')
    .select(['id', 'fingerprint', 'parent_event_id'])
    .where('company_key', '=', companyKey)
    .orderBy('id')
    .execute();
  const links = old.length
    ? await trx
        .selectFrom('event_mentions')
        .select(['event_id', 'mention_id'])
        .where(
          'event_id',
          'in',
          old.map((o) => o.id),
        )
        .execute()
    : [];
  const oldMentions = new Map<number, Set<number>>(old.map((o) => [o.id, new Set<number>()]));
  for (const l of links) oldMentions.get(l.event_id)?.add(l.mention_id);

  // Company rows: the family, and each unit as its child.
  const first = resolution.events[0];
  let familyId: number | null = null;
  const unitIds = new Map<string, number>();
  if (first) {
    familyId = await ensureCompany(trx, first.company);
    if (rawNames.length) await addAliases(trx, familyId, rawNames);
    for (const e of resolution.events) {
      if (e.unit && !unitIds.has(e.unit))
        unitIds.set(e.unit, await ensureCompany(trx, e.unit, familyId, companyKey));
    }
  }

  const taken = new Set<number>();
  const idByAnchor = new Map<string, number>();
  let created = 0;
  let updated = 0;
  for (const e of resolution.events) {
    const members = new Set(e.mentionIds);
    let match: { id: number; overlap: number } | null = null;
    for (const o of old) {
      if (taken.has(o.id)) continue;
      let overlap = 0;
      for (const id of oldMentions.get(o.id) ?? []) if (members.has(id)) overlap++;
      if (overlap > 0 && (!match || overlap > match.overlap)) match = { id: o.id, overlap };
    }
    let id: number;
    if (match) {
      id = match.id;
      taken.add(id);
      const before = old.find((o) => o.id === id);
      if (before?.fingerprint === e.fingerprint) {
        idByAnchor.set(e.anchorKey, id);
        continue;
      }
    }
    const memberRows = await trx
      .selectFrom('mentions')
      .select(['id', 'article_id', 'evidence_text'])
      .where('id', 'in', [...members])
      .orderBy('id')
      .execute();
    const values = eventValues(
      e,
      familyId ?? 0,
      memberRows.map((r) => r.evidence_text),
    );
    if (match) {
      id = match.id;
      await trx.updateTable('events').set(values).where('id', '=', id).execute();
      await trx.deleteFrom('event_mentions').where('event_id', '=', id).execute();
      updated++;
    } else {
      ({ id } = await trx.insertInto('events').values(values).returning('id').executeTakeFirstOrThrow());
      created++;
    }
    idByAnchor.set(e.anchorKey, id);
    const articleById = new Map(memberRows.map((r) => [r.id, r.article_id]));
    await trx
      .insertInto('event_mentions')
      .values(
        e.mentionDates.map((md) => ({
          event_id: id,
          mention_id: md.mentionId,
          article_id: articleById.get(md.mentionId) ?? 0,
          resolved_date_start: md.start,
          resolved_date_end: md.end,
          resolved_date_basis: md.basis,
        })),
      )
      .execute();
  }
  const gone = old.filter((o) => !taken.has(o.id)).map((o) => o.id);
  if (gone.length) await trx.deleteFrom('events').where('id', 'in', gone).execute();

  for (const e of resolution.events) {
    const id = idByAnchor.get(e.anchorKey);
    const parentId = e.parentAnchorKey ? (idByAnchor.get(e.parentAnchorKey) ?? null) : null;
    const before = old.find((o) => o.id === id);
    if (id !== undefined && (before?.parent_event_id ?? null) !== parentId) {
      await trx.updateTable('events').set({ parent_event_id: parentId }).where('id', '=', id).execute();
    }
  }
  return { created, updated, deleted: gone.length };
}

type SummaryRow = EventRow & { company_slug: string | null; industry: string | null; country: string | null };

export function eventRowToSummary(r: SummaryRow): EventSummary {
  return {
    id: r.id,
    company: r.company,
    companySlug: r.company_slug ?? r.company_key,
    unit: r.unit,
    count: { min: r.count_min, max: r.count_max },
    percent: r.percent,
    date: { start: r.date_start, end: r.date_end },
    status: toStatus(r.status),
    reason: r.reason,
    industry: r.industry,
    country: r.country,
    parentEventId: r.parent_event_id,
    independentSources: r.independent_sources,
    copies: r.copies,
    outlets: parseJson<string[]>(r.outlets, []),
    hasConflicts: r.has_conflicts === 1,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  };
}

function selectSummaries(db: Db) {
  return db
    .selectFrom('events')
    .leftJoin('companies', 'companies.id', 'events.company_id')
    .selectAll('events')
    .select(['companies.slug as company_slug', 'companies.industry', 'companies.country']);
}

const PAGE_LIMIT_MAX = 500;

/**
 * The `q` needle as a LIKE pattern over events.search_text (already lowercased): "100%_" matches
 * those three characters literally. On PostgreSQL a pg_trgm index serves it when the extension is
 * available (see the migration); LIKE is case-sensitive there, hence the lowercase column.
 */
function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQLite searches the FTS5 trigram index events_fts (kept in step with search_text by
 * triggers): a quoted phrase is a case-insensitive substring match, so "benchco 12" finds
 * "benchco 123" as LIKE would, without reading 100k rows. Trigrams need three characters; a
 * shorter needle ("hr") falls back to LIKE.
 */
const TRIGRAM = 3;

function searchCondition(db: Db, q: string): RawBuilder<boolean> {
  const like = sql<boolean>`events.search_text like ${likePattern(q)} escape '\\'`;
  if (isPostgres(db) || [...q.trim()].length < TRIGRAM) return like;
  const phrase = `"${q.toLowerCase().replace(/"/g, '""')}"`;
  return sql<boolean>`events.id in (select rowid from events_fts where events_fts match ${phrase})`;
}

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The shared WHERE of listEvents, exportRows and getStats, over the events table alone (industry
 * and country are subqueries on companies), so a count or a page never needs a join to filter.
 */
export async function eventFilter(db: Db, f: EventFilters): Promise<(eb: EventEb) => Expression<SqlBool>> {
  const company = f.company ? await resolveCompanyFilter(db, f.company) : null;
  const search = f.q ? searchCondition(db, f.q) : null;
  return (eb: EventEb) => {
    const conds: Expression<SqlBool>[] = [];
    if (company) {
      conds.push(eb('events.company_key', '=', company.key));
      if (company.unit) conds.push(eb(eb.fn('lower', ['events.unit']), '=', company.unit.toLowerCase()));
    }
    // day_end = coalesce(date_end, date_start), day = coalesce(date_start, date_end): both indexed.
    if (f.from) conds.push(eb('events.day_end', '>=', f.from));
    if (f.to) conds.push(eb('events.day', '<=', f.to));
    if (f.status) conds.push(eb('events.status', '=', f.status));
    if (f.minCount !== undefined) conds.push(eb('events.count_min', '>=', f.minCount));
    for (const [column, value] of [
      ['industry', f.industry],
      ['country', f.country],
    ] as const) {
      if (!value) continue;
      conds.push(
        eb(
          'events.company_id',
          'in',
          eb
            .selectFrom('companies')
            .select('companies.id')
            .where((sub) => sub(sub.fn('lower', [`companies.${column}`]), '=', value.toLowerCase())),
        ),
      );
    }
    if (f.topLevelOnly) conds.push(eb('events.parent_event_id', 'is', null));
    if (search) conds.push(search);
    return eb.and(conds);
  };
}

export { InvalidCursorError };

/** Events matching the filters (what `total` reports on a first page). */
async function countMatching(db: Db, filters: EventFilters): Promise<number> {
  const where = await eventFilter(db, filters);
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Events matching the filters, a page at a time (default order: newest first, undated last).
 *
 * Keyset pagination: the cursor holds the last row's sort key and id, and the next page starts
 * right after them through the sort's index, so page 2,000 costs what page 1 does (OFFSET
 * re-read every earlier row). A list is read in two parts: rows with a known key in index order,
 * then those without one (undated, no count) by id. `total` is counted on the first page only
 * and carried by the cursor: a later page does not count the table again.
 */
export async function listEvents(
  db: Db,
  filters: EventFilters = {},
  page: PageRequest = { limit: 50 },
): Promise<Page<EventSummary>> {
  const sort = page.sort ?? DEFAULT_SORT;
  const spec = EVENT_SORTS[sort];
  const fingerprint = filtersFingerprint(filters);
  const cursor = page.cursor ? decodeCursor(page.cursor, sort, fingerprint) : null;
  const where = await eventFilter(db, filters);
  const limit = Math.max(1, Math.min(PAGE_LIMIT_MAX, Math.floor(page.limit)));
  const total = cursor ? cursor.total : await countMatching(db, filters);

  // One row past the page tells whether there is a next one.
  const rows: SummaryRow[] = [];
  if (!cursor || cursor.key !== null) {
    let known = selectSummaries(db).where(where);
    if (spec.nullable) known = known.where(sql.ref(spec.column), 'is not', null);
    if (cursor && cursor.key !== null) {
      known = known.where(afterKnownKey(spec, { ...cursor, key: cursor.key }));
    }
    rows.push(
      ...(await orderKnownKeys(known, spec)
        .limit(limit + 1)
        .execute()),
    );
  }
  if (spec.nullable && rows.length <= limit) {
    let unknown = selectSummaries(db).where(where).where(sql.ref(spec.column), 'is', null);
    if (cursor && cursor.key === null) unknown = unknown.where('events.id', '>', cursor.id);
    rows.push(
      ...(await unknown
        .orderBy('events.id')
        .limit(limit + 1 - rows.length)
        .execute()),
    );
  }
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({
          sort,
          filters: fingerprint,
          total,
          key: sortKeyOf(last, spec),
          unit: spec.thenUnit ? last.unit : null,
          id: last.id,
        })
      : null;
  return { items: items.map(eventRowToSummary), nextCursor, total };
}

function sortKeyOf(row: EventRow, spec: SortSpec): string | number | null {
  switch (spec.column) {
    case 'events.day':
      return row.day;
    case 'events.count_min':
      return row.count_min;
    case 'events.company':
      return row.company;
    case 'events.last_seen':
      return row.last_seen;
  }
}

export async function listEventSummaries(db: Db, filters: EventFilters): Promise<EventSummary[]> {
  const where = await eventFilter(db, filters);
  const rows = await orderEvents(selectSummaries(db).where(where), '-date').execute();
  return rows.map(eventRowToSummary);
}

/**
 * The newest publication date of any event's source up to `today` (a source dated in the future
 * is a typo or a time zone away, not the newest news), else the newest event date up to today
 * when no source has a publication date, else null (no events). The home page counts its
 * headline windows back from this day. One index lookup each (events_last_seen_desc, events_day_desc).
 */
export async function latestPublished(
  db: Db,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<string | null> {
  const seen = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('last_seen').as('day'))
    .where('last_seen', '<=', today)
    .executeTakeFirst();
  if (seen?.day) return seen.day;
  const dated = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('day').as('day'))
    .where('day', '<=', today)
    .executeTakeFirst();
  return dated?.day ?? null;
}

/** One event with every source (article, evidence, field spans), provenance, conflicts, sub-events. */
export async function getEvent(db: Db, id: number): Promise<LayoffEvent | null> {
  const row = await selectSummaries(db).where('events.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const sourceRows = await db
    .selectFrom('event_mentions')
    .innerJoin('mentions', 'mentions.id', 'event_mentions.mention_id')
    .innerJoin('articles', 'articles.id', 'mentions.article_id')
    .selectAll('mentions')
    .select([
      'event_mentions.resolved_date_start',
      'event_mentions.resolved_date_end',
      'event_mentions.resolved_date_basis',
      'articles.file',
      'articles.title',
      'articles.outlet',
      'articles.url',
      'articles.published',
      'articles.published_basis',
      'articles.duplicate_of',
      'articles.source_kind',
      'articles.source_row',
      'articles.source_region',
    ])
    .where('event_mentions.event_id', '=', id)
    .orderBy('articles.published')
    .orderBy('mentions.mention_key')
    .execute();
  const sources: EventSource[] = sourceRows.map((r) => {
    const basis = toDateBasis(r.resolved_date_basis);
    return {
      mentionId: r.id,
      articleId: r.article_id,
      file: r.file,
      title: r.title,
      outlet: r.outlet,
      url: r.url,
      published: r.published,
      publishedBasis: toPublishedBasis(r.published_basis),
      duplicateOf: r.duplicate_of,
      company: r.company,
      unit: r.unit,
      count:
        r.count_min !== null || r.count_max !== null
          ? {
              min: r.count_min,
              max: r.count_max,
              approx: r.count_approx === 1,
              derived: r.count_derived === 1,
              text: r.count_text ?? '',
            }
          : null,
      percent: r.percent,
      date: basis
        ? { start: r.resolved_date_start, end: r.resolved_date_end, text: r.date_text ?? '', basis }
        : null,
      status: toStatus(r.status),
      evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
      fieldSpans: parseJson<Record<string, Span>>(r.field_spans, {}),
      rule: r.rule,
      kind: toSourceKind(r.source_kind),
      row: r.source_row,
      region: r.source_region,
    };
  });
  const subRows = await selectSummaries(db)
    .where('events.parent_event_id', '=', id)
    .orderBy('events.id')
    .execute();
  const keys = new Set(sourceRows.map((r) => r.mention_key));
  const correctionRows = await db
    .selectFrom('corrections')
    .selectAll()
    .where('company_key', '=', row.company_key)
    .orderBy('id')
    .execute();
  const corrections = correctionRows
    .map(correctionRowToRecord)
    .filter((c) => c.mentionKeys.some((k) => keys.has(k)));
  return {
    ...eventRowToSummary(row),
    departments: parseJson<string[]>(row.departments, []),
    locations: parseJson<string[]>(row.locations, []),
    severance: row.severance,
    sources,
    provenance: parseJson<FieldProvenance[]>(row.provenance, []),
    conflicts: parseJson<EventConflict[]>(row.conflicts, []),
    subEvents: subRows.map(eventRowToSummary),
    corrections,
  };
}

/** The mention keys and family of an event: what a correction is anchored to. */
export async function eventAnchor(
  db: Db,
  id: number,
): Promise<{ companyKey: string; mentionKeys: string[]; mentionIds: number[] } | null> {
  const ev = await db.selectFrom('events').select('company_key').where('id', '=', id).executeTakeFirst();
  if (!ev) return null;
  const rows = await db
    .selectFrom('event_mentions')
    .innerJoin('mentions', 'mentions.id', 'event_mentions.mention_id')
    .select(['mentions.mention_key', 'mentions.id'])
    .where('event_mentions.event_id', '=', id)
    .orderBy('mentions.mention_key')
    .execute();
  return {
    companyKey: ev.company_key,
    mentionKeys: rows.map((r) => r.mention_key),
    mentionIds: rows.map((r) => r.id),
  };
}

export async function countEvents(db: Db): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
