import { type Kysely, PostgresAdapter, sql } from 'kysely';

/*
 * Read paths at 100k events (bench/api.bench.ts). Lists and stats used to sort and filter on
 * `coalesce(date_start, date_end)`, an expression no index covered, and paged with OFFSET, so
 * every page sorted the whole table. Events now carry their sort/filter keys as columns, each with
 * the index its ORDER BY walks:
 *
 *   day          coalesce(date_start, date_end)  → sort 'date'/'-date', filter "to", month of stats
 *   day_end      coalesce(date_end, date_start)  → filter "from" (a range touching the period)
 *   search_text  lowercased company, unit, reason, departments and every source's evidence quote
 *                → the `q` filter ("support" finds "cut 400 jobs in its sales and support teams")
 *
 * The writer (event.repository.ts eventValues) fills them; this migration backfills existing rows.
 * Indexes end in `id` because every sort breaks ties by id ascending (the keyset cursor needs a
 * total order). PostgreSQL puts NULLs last ascending and first descending (SQLite the other way);
 * the list query excludes NULL keys from the indexed part (see listEvents), so one definition
 * serves both, except the company sort whose second key (unit, NULLS FIRST) may be null.
 */

/** Index name → its columns, in ORDER BY order. */
const SORT_INDEXES: readonly (readonly [string, readonly string[]])[] = [
  ['events_day_asc', ['day', 'id']],
  ['events_day_desc', ['day desc', 'id']],
  ['events_count_asc', ['count_min', 'id']],
  ['events_count_desc', ['count_min desc', 'id']],
  ['events_last_seen_desc', ['last_seen desc', 'id']],
  // Stats and filtered counts read only these columns: a covering index spares them the wide
  // rows (provenance JSON), and day_end leads because "from" is the selective bound of a period.
  [
    'events_stats',
    ['day_end', 'day', 'parent_event_id', 'company_key', 'company_id', 'count_min', 'count_max', 'status'],
  ],
  // A family's events by key (resolution, the company filter) and, covering, stats by family.
  [
    'events_company_key',
    ['company_key', 'parent_event_id', 'day', 'day_end', 'company_id', 'count_min', 'count_max'],
  ],
];

/** The evidence quotes of an event's sources, joined with spaces: one aggregate per dialect. */
function quotesOf(isPostgres: boolean) {
  const agg = isPostgres
    ? sql`string_agg(m.evidence_text, ' ' order by m.id)`
    : sql`group_concat(m.evidence_text, ' ')`;
  return sql`(select ${agg} from event_mentions em join mentions m on m.id = em.mention_id where em.event_id = events.id)`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.alterTable('events').addColumn('day', 'text').execute();
  await db.schema.alterTable('events').addColumn('day_end', 'text').execute();
  await db.schema
    .alterTable('events')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // Same text as searchText() in event.repository.ts, so old and new rows match alike.
  await sql`update events set
      day = coalesce(date_start, date_end),
      day_end = coalesce(date_end, date_start),
      search_text = lower(
        company || ' ' || coalesce(unit, '') || ' ' || coalesce(reason, '') || ' ' || departments
        || ' ' || coalesce(${quotesOf(isPostgres)}, ''))`.execute(db);

  await db.schema.dropIndex('events_date_start').ifExists().execute();
  await db.schema.dropIndex('events_company_key').ifExists().execute();
  for (const [name, columns] of SORT_INDEXES) {
    await db.schema
      .createIndex(name)
      .on('events')
      .columns([...columns])
      .execute();
  }
  // 'company' sorts by company, then unit with NULLs first (the company-wide event before its units).
  if (isPostgres)
    await sql`create index events_company_sort on events (company, unit nulls first, id)`.execute(db);
  else
    await db.schema
      .createIndex('events_company_sort')
      .on('events')
      .columns(['company', 'unit', 'id'])
      .execute();
  if (isPostgres) await postgresSearchIndex(db);
  else await sqliteSearchIndex(db);
  // Sub-events of an event (getEvent). Partial: almost every event is top-level, and an index on
  // NULLs would only tempt SQLite's planner into reading the whole table through it for
  // "parent_event_id is null".
  await sql`create index events_parent_event_id on events (parent_event_id) where parent_event_id is not null`.execute(
    db,
  );
  await dataVersion(db, isPostgres);
  // latestPublished: the newest publication date up to today.
  await db.schema.createIndex('articles_published').on('articles').column('published').execute();
}

/** Tables whose rows the read model's aggregates (stats, company totals, tracker claims) read. */
const VERSIONED_TABLES = ['events', 'companies', 'articles', 'tracker_claims'] as const;

/**
 * store_meta.data_version counts committed changes to the tables aggregates read, bumped by
 * triggers (so every writer, including another process, bumps it). A reader that remembers an
 * aggregate with the version it was computed at may reuse it while the version is unchanged:
 * the all-time stats cost one full pass over the events, the version check one row.
 */
async function dataVersion(db: Kysely<unknown>, isPostgres: boolean): Promise<void> {
  await db.schema
    .createTable('store_meta')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into store_meta (name, value) values ('data_version', 0)`.execute(db);
  const bump = sql`update store_meta set value = value + 1 where name = 'data_version'`;
  if (isPostgres) {
    await sql`create function bump_data_version() returns trigger language plpgsql as $$
      begin ${bump}; return null; end $$`.execute(db);
    for (const table of VERSIONED_TABLES) {
      await sql`create trigger ${sql.raw(`${table}_data_version`)} after insert or update or delete or truncate
        on ${sql.table(table)} for each statement execute function bump_data_version()`.execute(db);
    }
    return;
  }
  for (const table of VERSIONED_TABLES) {
    for (const op of ['insert', 'update', 'delete'] as const) {
      await sql`create trigger ${sql.raw(`${table}_data_version_${op}`)} after ${sql.raw(op)} on ${sql.table(table)}
        begin ${bump}; end`.execute(db);
    }
  }
}

/**
 * SQLite: an FTS5 trigram index over search_text (external content: the text lives once, in
 * events), kept in step by triggers so every writer, present or future, updates it. A trigram
 * phrase query is a case-insensitive substring match, the same answers as LIKE '%...%'.
 */
async function sqliteSearchIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table events_fts using fts5(
      search_text, content='events', content_rowid='id', tokenize='trigram')`.execute(db);
  await sql`create trigger events_fts_insert after insert on events begin
      insert into events_fts(rowid, search_text) values (new.id, new.search_text);
    end`.execute(db);
  await sql`create trigger events_fts_delete after delete on events begin
      insert into events_fts(events_fts, rowid, search_text) values ('delete', old.id, old.search_text);
    end`.execute(db);
  await sql`create trigger events_fts_update after update of search_text on events begin
      insert into events_fts(events_fts, rowid, search_text) values ('delete', old.id, old.search_text);
      insert into events_fts(rowid, search_text) values (new.id, new.search_text);
    end`.execute(db);
  await sql`insert into events_fts(events_fts) values ('rebuild')`.execute(db);
}

/**
 * PostgreSQL: a pg_trgm GIN index serves `search_text like '%...%'`. pg_trgm ships with
 * PostgreSQL's contrib and is a trusted extension (a database owner may create it); where it is
 * not installed the search still works, by scanning.
 */
async function postgresSearchIndex(db: Kysely<unknown>): Promise<void> {
  const available = await sql<{
    n: number;
  }>`select 1 as n from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  if (available.rows.length === 0) return;
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index events_search_trgm on events using gin (search_text gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of VERSIONED_TABLES) {
    if (isPostgres)
      await sql`drop trigger if exists ${sql.raw(`${table}_data_version`)} on ${sql.table(table)}`.execute(
        db,
      );
    else {
      for (const op of ['insert', 'update', 'delete'])
        await sql`drop trigger if exists ${sql.raw(`${table}_data_version_${op}`)}`.execute(db);
    }
  }
  if (isPostgres) await sql`drop function if exists bump_data_version()`.execute(db);
  await db.schema.dropTable('store_meta').ifExists().execute();
  await db.schema.dropIndex('events_parent_event_id').ifExists().execute();
  if (isPostgres) await sql`drop index if exists events_search_trgm`.execute(db);
  else {
    for (const t of ['events_fts_insert', 'events_fts_delete', 'events_fts_update'])
      await sql`drop trigger if exists ${sql.raw(t)}`.execute(db);
    await sql`drop table if exists events_fts`.execute(db);
  }
  await db.schema.dropIndex('articles_published').ifExists().execute();
  await db.schema.dropIndex('events_company_sort').ifExists().execute();
  for (const [name] of SORT_INDEXES) await db.schema.dropIndex(name).ifExists().execute();
  await db.schema.alterTable('events').dropColumn('search_text').execute();
  await db.schema.alterTable('events').dropColumn('day_end').execute();
  await db.schema.alterTable('events').dropColumn('day').execute();
  await db.schema.createIndex('events_date_start').on('events').column('date_start').execute();
  await db.schema.createIndex('events_company_key').on('events').column('company_key').execute();
}
