import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import type {
  EventConflict,
  EventFilters,
  EventSource,
  EventSummary,
  FieldProvenance,
  LayoffEvent,
  Page,
  PageRequest,
} from '../domain/event.ts';
import type { Span } from '../domain/span.ts';
import type { Resolution, ResolvedEvent } from '../resolve/resolver.ts';
import { toPublishedBasis } from './article.repository.ts';
import { addAliases, ensureCompany, resolveCompanyFilter } from './company.repository.ts';
import { correctionRowToRecord } from './correction.repository.ts';
import type { Database, EventRow, NewEventRow } from './database.ts';
import { parseJson, toDateBasis, toSourceKind, toStatus } from './mention.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface WriteReport {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
}

function eventValues(e: ResolvedEvent, companyId: number): Omit<NewEventRow, 'id'> {
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
    const values = eventValues(e, familyId ?? 0);
    let id: number;
    if (match) {
      id = match.id;
      taken.add(id);
      const before = old.find((o) => o.id === id);
      if (before?.fingerprint === e.fingerprint) {
        idByAnchor.set(e.anchorKey, id);
        continue;
      }
      await trx.updateTable('events').set(values).where('id', '=', id).execute();
      await trx.deleteFrom('event_mentions').where('event_id', '=', id).execute();
      updated++;
    } else {
      ({ id } = await trx.insertInto('events').values(values).returning('id').executeTakeFirstOrThrow());
      created++;
    }
    idByAnchor.set(e.anchorKey, id);
    const articleOf = await trx
      .selectFrom('mentions')
      .select(['id', 'article_id'])
      .where('id', 'in', [...members])
      .execute();
    const articleById = new Map(articleOf.map((r) => [r.id, r.article_id]));
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

type EventEb = ExpressionBuilder<Database & { companies: Database['companies'] }, 'events' | 'companies'>;

const PAGE_LIMIT_MAX = 500;

/** The shared WHERE of listEvents, exportRows and getStats. */
export async function eventFilter(
  db: Db,
  f: EventFilters,
): Promise<(eb: EventEb) => ReturnType<EventEb['and']>> {
  const company = f.company ? await resolveCompanyFilter(db, f.company) : null;
  return (eb: EventEb) => {
    const conds = [];
    if (company) {
      conds.push(eb('events.company_key', '=', company.key));
      if (company.unit) conds.push(eb(eb.fn('lower', ['events.unit']), '=', company.unit.toLowerCase()));
    }
    if (f.from) conds.push(eb(eb.fn.coalesce('events.date_end', 'events.date_start'), '>=', f.from));
    if (f.to) conds.push(eb(eb.fn.coalesce('events.date_start', 'events.date_end'), '<=', f.to));
    if (f.status) conds.push(eb('events.status', '=', f.status));
    if (f.minCount !== undefined) conds.push(eb('events.count_min', '>=', f.minCount));
    if (f.industry) conds.push(eb(eb.fn('lower', ['companies.industry']), '=', f.industry.toLowerCase()));
    if (f.country) conds.push(eb(eb.fn('lower', ['companies.country']), '=', f.country.toLowerCase()));
    if (f.topLevelOnly) conds.push(eb('events.parent_event_id', 'is', null));
    if (f.q) {
      const like = `%${f.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      conds.push(
        eb.or(
          (['events.company', 'events.unit', 'events.reason', 'events.departments'] as const).map(
            (col) => sql<boolean>`lower(${sql.ref(col)}) like ${like} escape '\\'`,
          ),
        ),
      );
    }
    return eb.and(conds);
  };
}

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** A cursor that did not come from nextCursor: the API answers 400. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const parsed = parseJson<unknown>(Buffer.from(cursor, 'base64url').toString('utf8'), null);
  const o = typeof parsed === 'object' && parsed !== null && 'o' in parsed ? parsed.o : null;
  if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  throw new InvalidCursorError(`invalid cursor: ${cursor.slice(0, 40)}`);
}

/** Events matching the filters, a page at a time. Default order: newest first, undated last. */
export async function listEvents(
  db: Db,
  filters: EventFilters = {},
  page: PageRequest = { limit: 50 },
): Promise<Page<EventSummary>> {
  const where = await eventFilter(db, filters);
  const limit = Math.max(1, Math.min(PAGE_LIMIT_MAX, Math.floor(page.limit)));
  const offset = decodeCursor(page.cursor);
  const totalRow = await db
    .selectFrom('events')
    .leftJoin('companies', 'companies.id', 'events.company_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  const total = Number(totalRow.n);
  const day = sql`coalesce(events.date_start, events.date_end)`;
  let q = selectSummaries(db).where(where);
  switch (page.sort ?? '-date') {
    case 'date':
      q = q.orderBy(day, (ob) => ob.asc().nullsLast());
      break;
    case '-date':
      q = q.orderBy(day, (ob) => ob.desc().nullsLast());
      break;
    case 'count':
      q = q.orderBy('events.count_min', (ob) => ob.asc().nullsLast());
      break;
    case '-count':
      q = q.orderBy('events.count_min', (ob) => ob.desc().nullsLast());
      break;
    case 'company':
      q = q.orderBy('events.company').orderBy('events.unit', (ob) => ob.asc().nullsFirst());
      break;
  }
  const rows = await q.orderBy('events.id').limit(limit).offset(offset).execute();
  const next = offset + rows.length;
  return { items: rows.map(eventRowToSummary), nextCursor: next < total ? encodeCursor(next) : null, total };
}

export async function listEventSummaries(db: Db, filters: EventFilters): Promise<EventSummary[]> {
  const where = await eventFilter(db, filters);
  const rows = await selectSummaries(db)
    .where(where)
    .orderBy(sql`coalesce(events.date_start, events.date_end)`, (ob) => ob.desc().nullsLast())
    .orderBy('events.id')
    .execute();
  return rows.map(eventRowToSummary);
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
