import type { PublishedBasis } from './article.ts';
import type { DateBasis, Status } from './mention.ts';
import type { Span } from './span.ts';

/** A reconciled headcount: the tightest range all sources allow (or, on conflict, the span of their claims). */
export interface CountRange {
  readonly min: number | null;
  readonly max: number | null;
}

export interface EventDate {
  readonly start: string | null;
  readonly end: string | null;
}

/**
 * Where a source came from: a news article, a Layoffs.fyi row or a WARN notice imported from a
 * CSV. Imported rows are stored like articles (one synthetic "article" per row, its text a
 * rendering of the row), so they merge with news reports by the same rules.
 */
export type SourceKind = 'article' | 'layoffs-fyi' | 'warn';
export const SOURCE_KINDS: readonly SourceKind[] = ['article', 'layoffs-fyi', 'warn'];

/** A headcount as one source states it: "about 400 employees" → {400, 400, approx}. */
export interface SourceCount {
  readonly min: number | null;
  readonly max: number | null;
  readonly approx: boolean;
  /** Computed rather than stated: "5% of its 85,000 staff" → 4,250. */
  readonly derived: boolean;
  readonly text: string;
}

/** A date as one source states it ("last month" → 2024-03-01..2024-03-31, basis 'relative'). */
export interface SourceDate {
  readonly start: string | null;
  readonly end: string | null;
  readonly text: string;
  readonly basis: DateBasis;
}

/** One report of an event: a mention in one article, with where it came from and what it said. */
export interface EventSource {
  readonly mentionId: number;
  readonly articleId: number;
  readonly file: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly publishedBasis: PublishedBasis | null;
  /** Set when the article is a syndicated copy of another: that article's id. */
  readonly duplicateOf: number | null;
  readonly company: string;
  readonly unit: string | null;
  readonly count: SourceCount | null;
  readonly percent: number | null;
  /** The date as this source states it, or as resolved from sibling reports (basis 'sibling'). */
  readonly date: SourceDate | null;
  readonly status: Status;
  readonly evidence: Span;
  /** Every field's span in the article text (company, count, date, workforce). */
  readonly fieldSpans: Readonly<Record<string, Span>>;
  readonly rule: string;
  /** 'article' for news; for an imported row `file` is the CSV's name and `url` the row's cited source. */
  readonly kind?: SourceKind;
  /** Imported rows: the row's line in the CSV file (the header is line 1). */
  readonly row?: number | null;
  /** WARN notices: the state's two-letter code ("CA"): shown as "WARN notice (CA)". */
  readonly region?: string | null;
}

/** Which sources said which value for one field ("count": "several hundred" ← mention 3, 7). */
export interface FieldProvenance {
  readonly field: EventField;
  readonly values: readonly { readonly value: string; readonly mentionIds: readonly number[] }[];
  /** How the event's value was chosen: 'agree', 'intersect', 'most-advanced', 'conflict', 'correction'... */
  readonly how: string;
}

export type EventField = 'count' | 'date' | 'status' | 'unit' | 'reason' | 'percent';

/** Sources disagree beyond what the ranges allow: both claims are kept, side by side. */
export interface EventConflict {
  readonly field: EventField;
  readonly values: readonly { readonly value: string; readonly mentionIds: readonly number[] }[];
  readonly note: string;
}

/** One row of an event list. */
export interface EventSummary {
  readonly id: number;
  readonly company: string;
  readonly companySlug: string;
  readonly unit: string | null;
  readonly count: CountRange;
  readonly percent: number | null;
  readonly date: EventDate;
  readonly status: Status;
  readonly reason: string | null;
  readonly industry: string | null;
  readonly country: string | null;
  /** A unit's cut inside a company-wide event: the parent's id (not summed twice in totals). */
  readonly parentEventId: number | null;
  /** Distinct articles that are not copies of each other. */
  readonly independentSources: number;
  /** Sources that are syndicated copies of another source. */
  readonly copies: number;
  readonly outlets: readonly string[];
  readonly hasConflicts: boolean;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

/** A full event: the summary plus every source, per-field provenance, conflicts and sub-events. */
export interface LayoffEvent extends EventSummary {
  readonly departments: readonly string[];
  readonly locations: readonly string[];
  readonly severance: string | null;
  readonly sources: readonly EventSource[];
  readonly provenance: readonly FieldProvenance[];
  readonly conflicts: readonly EventConflict[];
  readonly subEvents: readonly EventSummary[];
  readonly corrections: readonly CorrectionRecord[];
}

export interface Company {
  readonly id: number;
  readonly name: string;
  readonly slug: string;
  readonly parentId: number | null;
  readonly industry: string | null;
  readonly country: string | null;
}

export interface CompanySummary extends Company {
  readonly events: number;
  readonly employees: EmployeeTotal;
  readonly lastEventDate: string | null;
}

export interface CompanyDetail extends Company {
  readonly aliases: readonly string[];
  readonly units: readonly Company[];
  /** Events of the company and its units, newest first. */
  readonly timeline: readonly EventSummary[];
  readonly employees: EmployeeTotal;
}

/**
 * A low–high total. "hundreds" adds 200 to low and 999 to high; "more than 4,000" adds 4,001 to
 * low and makes high open (counted in openEnded); an event without a count is counted in unknown.
 */
export interface EmployeeTotal {
  readonly low: number;
  readonly high: number;
  readonly openEnded: number;
  readonly unknown: number;
}

export interface TrackerClaim {
  readonly id: number;
  readonly articleId: number;
  readonly source: string | null;
  readonly companies: number | null;
  readonly employees: CountRange | null;
  readonly period: {
    readonly start: string | null;
    readonly end: string | null;
    readonly text: string;
  } | null;
  /** The article's publication date: when the tracker said it. */
  readonly asOf: string | null;
  readonly evidence: Span;
  readonly articleTitle: string | null;
  readonly outlet: string | null;
}

export interface Stats {
  readonly from: string | null;
  readonly to: string | null;
  readonly companies: number;
  readonly events: number;
  /** Top-level events only: a unit's sub-event is inside its parent's count. */
  readonly employees: EmployeeTotal;
  readonly byMonth: readonly {
    readonly month: string;
    readonly events: number;
    readonly low: number;
    readonly high: number;
  }[];
  readonly byIndustry: readonly {
    readonly industry: string | null;
    readonly events: number;
    readonly low: number;
    readonly high: number;
  }[];
  readonly byCountry: readonly {
    readonly country: string | null;
    readonly events: number;
    readonly low: number;
    readonly high: number;
  }[];
  /** Statistics quoted from trackers in the articles: shown beside our totals, never added to them. */
  readonly trackerClaims: readonly TrackerClaim[];
}

export interface EventFilters {
  /** Company slug, name or alias; includes the company's units. */
  readonly company?: string;
  /** Events whose date range touches [from, to] (YYYY-MM-DD). Undated events are left out when set. */
  readonly from?: string;
  readonly to?: string;
  readonly status?: Status;
  /** Events whose lower bound is at least this many employees. */
  readonly minCount?: number;
  /**
   * Free text over company, unit, reason, departments and the sources' evidence quotes
   * (case-insensitive substring: "support" finds "sales and support teams").
   */
  readonly q?: string;
  readonly industry?: string;
  readonly country?: string;
  /** Leave out sub-events (a unit's cut inside a company-wide event). */
  readonly topLevelOnly?: boolean;
}

/**
 * '-lastSeen': most recently reported first (the newest publication date among an event's
 * sources), for the Atom feed: an old event re-reported today is news again.
 */
export type EventSort = 'date' | '-date' | 'count' | '-count' | 'company' | '-lastSeen';

export interface PageRequest {
  readonly limit: number;
  /** Opaque, from a previous page's nextCursor. */
  readonly cursor?: string;
  /** Default '-date' (newest first). '-count' is largest first. */
  readonly sort?: EventSort;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
  /** Rows matching the filters, counted on the first page and carried by the cursor after it. */
  readonly total: number;
}

/**
 * A cursor the store cannot use: not one it issued, damaged, or issued for another sort. The
 * API answers 400 InvalidCursor. Defined here (no I/O) so the store throws and the API catches
 * the same class.
 */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/** Layoffs.fyi's export columns, then ours. */
export const EXPORT_COLUMNS = [
  'company',
  'location',
  'industry',
  'total_laid_off',
  'percentage_laid_off',
  'date',
  'stage',
  'country',
  'funds_raised',
  'source',
  'count_min',
  'count_max',
  'sources',
] as const;

export type ExportRow = { readonly [K in (typeof EXPORT_COLUMNS)[number]]: string | number | null };

/** A human correction, kept as data and re-applied after every re-resolution. */
export type CorrectionInput =
  | { readonly kind: 'merge'; readonly eventIds: readonly [number, number]; readonly reason: string }
  | {
      readonly kind: 'split';
      readonly eventId: number;
      readonly mentionIds: readonly number[];
      readonly reason: string;
    }
  | {
      readonly kind: 'override';
      readonly eventId: number;
      readonly field: OverrideField;
      /** count: {min,max}; date: {start,end}; status: a Status; unit / reason: a string or null. */
      readonly value: unknown;
      readonly reason: string;
    };

export type OverrideField = 'count' | 'date' | 'status' | 'unit' | 'reason';

export interface CorrectionRecord {
  readonly id: number;
  readonly kind: 'merge' | 'split' | 'override';
  readonly companyKey: string;
  /** Stable mention keys ("<content hash prefix>#<ordinal>") the correction is anchored to. */
  readonly mentionKeys: readonly string[];
  readonly field: OverrideField | null;
  readonly value: unknown;
  readonly reason: string;
  readonly createdAt: string;
}
