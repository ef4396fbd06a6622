import type { Span } from './span.ts';

export type Status = 'announced' | 'planned' | 'completed' | 'rumored';
export const STATUSES: readonly Status[] = ['announced', 'planned', 'completed', 'rumored'];

/**
 * A headcount as a range. "about 160" → {min:160,max:160,approx:true}; "several hundred" →
 * {200,999}; "more than 4,000" → {4001,null}; "5% of its 85,000 staff" → {4250,4250,derived:true}.
 */
export interface Count {
  readonly min: number | null;
  readonly max: number | null;
  readonly approx: boolean;
  /** Computed by us from a percent of a stated workforce. */
  readonly derived: boolean;
  /** The count expression as written ("several hundred employees"). */
  readonly text: string;
  readonly span: Span;
  /** For a derived count: the workforce figure it was computed from ("85,000"). */
  readonly workforce?: { readonly value: number; readonly span: Span } | null;
  /**
   * A part of a cut told before it ("but about 250 are in its call centres", "a further 300 in
   * three years' time"): its own event, never merged into the whole.
   */
  readonly part?: boolean;
}

/** How a date was arrived at, so a reader can tell a stated day from an inferred one. */
export type DateBasis =
  | 'explicit' // "on April 3, 2024", "in 2023"
  | 'relative' // "on Wednesday", "last week": resolved against the publication date
  | 'published' // no date in the sentence: the article's publication date
  | 'sibling'; // resolved from another report of the same event (resolver)

export interface DateRange {
  /** YYYY-MM-DD or null for an open side. */
  readonly start: string | null;
  readonly end: string | null;
  /** The date expression as written ("on Wednesday"), or "" when basis is "published". */
  readonly text: string;
  readonly span: Span | null;
  readonly basis: DateBasis;
}

/** One layoff claim in one article, with the sentence that states it and each field's span. */
export interface Mention {
  /** Canonical company name ("Amazon" for "Amazon.com", "Amazon Web Services"). */
  readonly company: string;
  /** Business unit when the cut is confined to one ("AWS", "Twitch"), else null. */
  readonly unit: string | null;
  /** Where the company (or the phrase that refers to it: "the company") was found. */
  readonly companySpan: Span | null;
  readonly count: Count | null;
  /** Percent of the workforce (5 for "5%"), or null. */
  readonly percent: number | null;
  readonly date: DateRange | null;
  readonly status: Status;
  readonly departments: readonly string[];
  readonly locations: readonly string[];
  readonly reason: string | null;
  readonly severance: string | null;
  /** Where each department was found, in the order of `departments` (absent in older data). */
  readonly departmentSpans?: readonly Span[];
  /** Where each location was found, in the order of `locations`. */
  readonly locationSpans?: readonly Span[];
  /** Where the stated reason was found (`reason` is this span's text). */
  readonly reasonSpan?: Span | null;
  /** Where the severance terms were found (`severance` is this span's text). */
  readonly severanceSpan?: Span | null;
  /** The article's main event. Exactly one per article about a layoff. */
  readonly primary: boolean;
  /** The sentence(s) that state it. */
  readonly evidence: Span;
  /** Id of the rule that produced it (for debugging and provenance), e.g. "trigger:lay-off". */
  readonly rule: string;
  /** Other names this article gives the same employer ("Paytm" for "One97 Communication"). */
  readonly aliases?: readonly string[];
  /**
   * Where the percent was stated and its hedge ("about 17%" → approx), so a count can later be
   * derived from a workforce the article states in another sentence. Absent when no percent.
   */
  readonly percentDetail?: {
    readonly span: Span;
    readonly qualifier: 'approx' | 'above' | 'below' | null;
  } | null;
}

/** A quoted tracker statistic ("Layoffs.fyi: 70 companies, 32,000 employees this year"). Never an event. */
export interface AggregateClaim {
  /** Who the figure is attributed to ("Layoffs.fyi"), or null when unnamed. */
  readonly source: string | null;
  readonly companies: number | null;
  readonly employees: { readonly min: number | null; readonly max: number | null } | null;
  readonly period: {
    readonly start: string | null;
    readonly end: string | null;
    readonly text: string;
  } | null;
  readonly evidence: Span;
}

export interface PublishedDate {
  readonly date: string | null;
  readonly basis: 'metadata' | 'text' | 'url' | null;
  readonly span: Span | null;
}

/** What the extractor returns for one article. */
export interface ExtractionResult {
  readonly published: PublishedDate;
  readonly mentions: readonly Mention[];
  readonly aggregates: readonly AggregateClaim[];
  /** Set when the input could not be processed; mentions and aggregates are then empty. */
  readonly error?: ExtractionError;
}

/** Why an extraction could not run (the extractor never throws; it returns this instead). */
export interface ExtractionError {
  readonly code: 'InvalidInput' | 'InternalError';
  readonly message: string;
}
