import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/*
 * Every table, in one place. Columns are snake_case and only repositories see them. Booleans are
 * integers (0/1) and lists/objects are JSON text, so SQLite and PostgreSQL share one schema.
 */

export interface ArticlesTable {
  id: Generated<number>;
  /** sha256 of the text: the same text ingested twice is one article. */
  content_hash: string;
  file: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  published_basis: string | null;
  text: string;
  /** Set when this article is a near-copy (syndication) of another: the canonical article's id. */
  duplicate_of: number | null;
  /** MinHash signature, 64 × 8 hex digits. */
  minhash: string;
  ingested_at: string;
  /**
   * 'article' for news; 'layoffs-fyi' or 'warn' for a row imported from a CSV (then `text` is a
   * rendering of the row, `file` the CSV's name, `url` the row's cited source, and
   * `content_hash` a hash of the row's values: the same row imported twice is one record).
   */
  source_kind: Generated<string>;
  /** Imported rows: the row's line in the CSV file. */
  source_row: number | null;
  /** WARN notices: the state's two-letter code. */
  source_region: string | null;
}

export interface MentionsTable {
  id: Generated<number>;
  article_id: number;
  /** Stable across databases and ingestion orders: "<content hash prefix>#<ordinal>". */
  mention_key: string;
  ordinal: number;
  /** Slug of the company family (parent company): the unit of re-resolution. */
  company_key: string;
  company: string;
  unit: string | null;
  count_min: number | null;
  count_max: number | null;
  count_approx: number;
  count_derived: number;
  count_text: string | null;
  percent: number | null;
  date_start: string | null;
  date_end: string | null;
  date_text: string | null;
  date_basis: string | null;
  status: string;
  departments: string;
  locations: string;
  reason: string | null;
  severance: string | null;
  is_primary: number;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  /** JSON object: field name → Span. */
  field_spans: string;
  rule: string;
}

export interface EventsTable {
  id: Generated<number>;
  company_key: string;
  company_id: number | null;
  company: string;
  unit: string | null;
  count_min: number | null;
  count_max: number | null;
  percent: number | null;
  date_start: string | null;
  date_end: string | null;
  status: string;
  reason: string | null;
  severance: string | null;
  departments: string;
  locations: string;
  /** JSON: FieldProvenance[]. */
  provenance: string;
  /** JSON: EventConflict[]. */
  conflicts: string;
  has_conflicts: number;
  parent_event_id: number | null;
  independent_sources: number;
  copies: number;
  /** JSON: string[]. */
  outlets: string;
  /** Earliest and latest publication date among the sources. */
  first_seen: string | null;
  last_seen: string | null;
  /** Content fingerprint: tells an updated event from an untouched one on re-resolution. */
  fingerprint: string;
  /** coalesce(date_start, date_end): the day an event sorts and is charted by. */
  day: string | null;
  /** coalesce(date_end, date_start): an event touches [from, to] when day_end >= from and day <= to. */
  day_end: string | null;
  /** Lowercased company, unit, reason, departments and the sources' evidence quotes, for `q`. */
  search_text: Generated<string>;
}

export interface EventMentionsTable {
  event_id: number;
  mention_id: number;
  article_id: number;
  /** The mention's date after gap filling ('sibling' when borrowed from merged reports). */
  resolved_date_start: string | null;
  resolved_date_end: string | null;
  resolved_date_basis: string | null;
}

export interface CompaniesTable {
  id: Generated<number>;
  name: string;
  slug: string;
  parent_id: number | null;
  industry: string | null;
  country: string | null;
  /** Funding stage as Layoffs.fyi writes it ("Post-IPO", "Series B"), filled by imports. */
  stage: string | null;
}

export interface CompanyAliasesTable {
  company_id: number;
  alias: string;
  /** Lowercased alias for case-insensitive lookups. */
  alias_key: string;
}

export interface TrackerClaimsTable {
  id: Generated<number>;
  article_id: number;
  source: string | null;
  companies: number | null;
  employees_min: number | null;
  employees_max: number | null;
  period_start: string | null;
  period_end: string | null;
  period_text: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
}

export interface CorrectionsTable {
  id: Generated<number>;
  kind: string;
  company_key: string;
  /** JSON string[] of mention keys the correction is anchored to. */
  mention_keys: string;
  field: string | null;
  /** JSON value (override). */
  value: string | null;
  reason: string;
  created_at: string;
}

/** Small named counters; 'data_version' is bumped by triggers on every change aggregates read. */
export interface StoreMetaTable {
  name: string;
  value: number;
}

export interface Database {
  articles: ArticlesTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_mentions: EventMentionsTable;
  companies: CompaniesTable;
  company_aliases: CompanyAliasesTable;
  tracker_claims: TrackerClaimsTable;
  corrections: CorrectionsTable;
  store_meta: StoreMetaTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type MentionRow = Selectable<MentionsTable>;
export type NewMentionRow = Insertable<MentionsTable>;
export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
export type EventUpdate = Updateable<EventsTable>;
export type CompanyRow = Selectable<CompaniesTable>;
export type TrackerClaimRow = Selectable<TrackerClaimsTable>;
export type CorrectionRow = Selectable<CorrectionsTable>;
