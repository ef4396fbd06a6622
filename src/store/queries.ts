import { type Kysely, sql, type Transaction } from 'kysely';
import type {
  CompanyDetail,
  CompanySummary,
  EmployeeTotal,
  EventFilters,
  EventSort,
  ExportRow,
  Stats,
} from '../domain/event.ts';
import { companyRowToCompany, listAliases, listUnits } from './company.repository.ts';
import type { Database } from './database.ts';
import { eventFilter, listEventSummaries } from './event.repository.ts';
import { orderEvents } from './event-sort.ts';
import { parseJson } from './mention.repository.ts';
import { listTrackerClaims } from './tracker-claim.repository.ts';

/*
 * Read models for the CLI and the API. Totals count top-level events only: a unit's cut that
 * sits inside a company-wide event (parent_event_id) is already in its parent's count.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** PostgreSQL returns sum()/count() as strings (bigint); SQLite as numbers; empty sums as null. */
function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : 0;
}

/**
 * Aggregates for a low–high employee total. Low takes each event's lower bound ("almost 5,000",
 * with no lower bound, counts its upper one); high takes the upper bound, or the lower one when
 * the top is open ("more than 4,000" adds 4,001 and is counted in openEnded).
 */
const totals = {
  low: sql<string | number | null>`sum(coalesce(events.count_min, events.count_max))`,
  high: sql<string | number | null>`sum(coalesce(events.count_max, events.count_min))`,
  openEnded: sql<
    string | number | null
  >`sum(case when events.count_max is null and events.count_min is not null then 1 else 0 end)`,
  unknown: sql<
    string | number | null
  >`sum(case when events.count_max is null and events.count_min is null then 1 else 0 end)`,
};

function toTotal(r: {
  low: unknown;
  high: unknown;
  open_ended: unknown;
  unknown_count: unknown;
}): EmployeeTotal {
  return { low: num(r.low), high: num(r.high), openEnded: num(r.open_ended), unknown: num(r.unknown_count) };
}

type Breakdown = { events: number; low: number; high: number };

/** Adds one family's (or month's) totals into a breakdown keyed by industry, country... */
function addTo(map: Map<string | null, Breakdown>, key: string | null, r: Breakdown): void {
  const b = map.get(key) ?? { events: 0, low: 0, high: 0 };
  map.set(key, { events: b.events + r.events, low: b.low + r.low, high: b.high + r.high });
}

/** Named values A–Z, then the unknown (NULL) one: the same order on both databases. */
function byName<K extends string>(map: Map<string | null, Breakdown>, name: K) {
  return [...map]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([key, b]) => ({ [name]: key, ...b }) as { [P in K]: string | null } & Breakdown);
}

/**
 * Totals for a period, by month, industry and country. Two grouped queries, each reading only a
 * covering index (events_company_key for all time, events_stats led by day_end for a recent
 * period), never the wide event rows: one row per company family (→ companies, overall totals,
 * industry and country, which are the family's), one per month. It used to be four full scans.
 */
export async function getStats(db: Db, range: { from?: string; to?: string } = {}): Promise<Stats> {
  const where = await eventFilter(db, { ...range, topLevelOnly: true });
  const families = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('events')
        .where(where)
        .select((eb) => [
          'events.company_key',
          eb.fn.max('events.company_id').as('company_id'),
          eb.fn.countAll().as('events'),
          totals.low.as('low'),
          totals.high.as('high'),
          totals.openEnded.as('open_ended'),
          totals.unknown.as('unknown_count'),
        ])
        .groupBy('events.company_key')
        .as('f'),
    )
    .leftJoin('companies', 'companies.id', 'f.company_id')
    .select([
      'f.events',
      'f.low',
      'f.high',
      'f.open_ended',
      'f.unknown_count',
      'companies.industry',
      'companies.country',
    ])
    .execute();
  // Undated events form a NULL month, dropped below: a "day is not null" condition here would
  // lead SQLite's planner to read the whole table through the day index.
  const month = sql<string | null>`substr(events.day, 1, 7)`;
  const months = await db
    .selectFrom('events')
    .where(where)
    .select((eb) => [
      month.as('month'),
      eb.fn.countAll().as('events'),
      totals.low.as('low'),
      totals.high.as('high'),
    ])
    .groupBy(month)
    .orderBy(month)
    .execute();

  const overall = { events: 0, low: 0, high: 0, open_ended: 0, unknown_count: 0 };
  const industries = new Map<string | null, Breakdown>();
  const countries = new Map<string | null, Breakdown>();
  for (const f of families) {
    const b = { events: num(f.events), low: num(f.low), high: num(f.high) };
    overall.events += b.events;
    overall.low += b.low;
    overall.high += b.high;
    overall.open_ended += num(f.open_ended);
    overall.unknown_count += num(f.unknown_count);
    addTo(industries, f.industry, b);
    addTo(countries, f.country, b);
  }
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    companies: families.length,
    events: overall.events,
    employees: toTotal(overall),
    byMonth: months.flatMap((r) =>
      r.month === null
        ? []
        : [
            {
              month: r.month,
              events: num(r.events),
              low: num(r.low),
              high: num(r.high),
            },
          ],
    ),
    byIndustry: byName(industries, 'industry'),
    byCountry: byName(countries, 'country'),
    trackerClaims: await listTrackerClaims(db, range),
  };
}

/** Companies with at least one event, most affected first. */
export async function listCompanies(
  db: Db,
  filters: { q?: string; industry?: string; country?: string; limit?: number } = {},
): Promise<CompanySummary[]> {
  let q = db
    .selectFrom('companies')
    .innerJoin('events', 'events.company_id', 'companies.id')
    .selectAll('companies')
    .select((eb) => [
      eb.fn.countAll().as('events'),
      totals.low.as('low'),
      totals.high.as('high'),
      totals.openEnded.as('open_ended'),
      totals.unknown.as('unknown_count'),
      sql<string | null>`max(coalesce(events.date_start, events.date_end))`.as('last_event_date'),
    ])
    .where('companies.parent_id', 'is', null)
    .where('events.parent_event_id', 'is', null);
  if (filters.q) q = q.where(sql<boolean>`lower(companies.name) like ${`%${filters.q.toLowerCase()}%`}`);
  if (filters.industry)
    q = q.where(sql<boolean>`lower(companies.industry) = ${filters.industry.toLowerCase()}`);
  if (filters.country) q = q.where(sql<boolean>`lower(companies.country) = ${filters.country.toLowerCase()}`);
  const rows = await q
    .groupBy([
      'companies.id',
      'companies.name',
      'companies.slug',
      'companies.parent_id',
      'companies.industry',
      'companies.country',
    ])
    .orderBy(sql`sum(coalesce(events.count_max, events.count_min))`, (ob) => ob.desc().nullsLast())
    .orderBy('companies.name')
    .limit(Math.max(1, Math.min(10_000, filters.limit ?? 10_000)))
    .execute();
  return rows.map((r) => ({
    ...companyRowToCompany(r),
    events: num(r.events),
    employees: toTotal(r),
    lastEventDate: r.last_event_date,
  }));
}

/** A company (or a unit, by its slug "amazon-aws") with aliases, units and its event timeline. */
export async function getCompany(db: Db, slug: string): Promise<CompanyDetail | null> {
  const row = await db.selectFrom('companies').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!row) return null;
  const company = companyRowToCompany(row);
  const timeline = await listEventSummaries(db, { company: slug });
  const employees = timeline
    .filter((e) => e.parentEventId === null || !timeline.some((p) => p.id === e.parentEventId))
    .reduce<EmployeeTotal>(
      (t, e) => ({
        low: t.low + (e.count.min ?? e.count.max ?? 0),
        high: t.high + (e.count.max ?? e.count.min ?? 0),
        openEnded: t.openEnded + (e.count.max === null && e.count.min !== null ? 1 : 0),
        unknown: t.unknown + (e.count.max === null && e.count.min === null ? 1 : 0),
      }),
      { low: 0, high: 0, openEnded: 0, unknown: 0 },
    );
  return {
    ...company,
    aliases: await listAliases(db, company.id),
    units: await listUnits(db, company.id),
    timeline,
    employees,
  };
}

/**
 * One row per top-level event in Layoffs.fyi's column order, then ours. total_laid_off is set
 * only for an exact count (a range goes to count_min/count_max); percentage_laid_off is a
 * fraction (0.05 for 5%) as in their export; company carries the unit: "Amazon (AWS)".
 */
export async function exportRows(
  db: Db,
  filters: EventFilters = {},
  opts: { sort?: EventSort; limit?: number } = {},
): Promise<ExportRow[]> {
  const where = await eventFilter(db, { topLevelOnly: true, ...filters });
  let q = orderEvents(
    db
      .selectFrom('events')
      .leftJoin('companies', 'companies.id', 'events.company_id')
      .selectAll('events')
      .select(['companies.industry', 'companies.country', 'companies.stage'])
      .where(where),
    opts.sort,
  );
  if (opts.limit !== undefined) q = q.limit(Math.max(1, Math.floor(opts.limit)));
  const rows = await q.execute();
  const sourceRows = rows.length
    ? await db
        .selectFrom('event_mentions')
        .innerJoin('articles', 'articles.id', 'event_mentions.article_id')
        .select(['event_mentions.event_id', 'articles.url', 'articles.file', 'articles.published'])
        .where(
          'event_mentions.event_id',
          'in',
          rows.map((r) => r.id),
        )
        .where('articles.duplicate_of', 'is', null)
        .orderBy('articles.published')
        .orderBy('articles.id')
        .execute()
    : [];
  const firstSource = new Map<number, string>();
  for (const s of sourceRows) {
    const where = s.url ?? s.file;
    if (where && !firstSource.has(s.event_id)) firstSource.set(s.event_id, where);
  }
  return rows.map((r) => ({
    company: r.unit ? `${r.company} (${r.unit})` : r.company,
    location: parseJson<string[]>(r.locations, []).join('; ') || null,
    industry: r.industry,
    total_laid_off: r.count_min !== null && r.count_min === r.count_max ? r.count_min : null,
    percentage_laid_off: r.percent === null ? null : Math.round(r.percent * 100) / 10000,
    date: r.date_start ?? r.date_end,
    stage: r.stage,
    country: r.country,
    funds_raised: null,
    source: firstSource.get(r.id) ?? null,
    count_min: r.count_min,
    count_max: r.count_max,
    sources: r.independent_sources,
  }));
}

/** An article's stored text (for showing evidence in its paragraph), or null. */
export async function getArticleText(db: Db, articleId: number): Promise<string | null> {
  const row = await db.selectFrom('articles').select('text').where('id', '=', articleId).executeTakeFirst();
  return row?.text ?? null;
}
