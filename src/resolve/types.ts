import type { OverrideField, SourceCount, SourceDate, SourceKind } from '../domain/event.ts';
import type { Status } from '../domain/mention.ts';

/**
 * A stored mention as the resolver sees it: the extractor's claim plus what it needs to know
 * about its article (which source it is, when it was published, whether it is a copy).
 */
export interface ResolvableMention {
  readonly id: number;
  /** Stable across databases and ingestion orders: "<content hash prefix>#<ordinal>". */
  readonly key: string;
  readonly articleId: number;
  /** The article's id, or the id of the article it is a syndicated copy of. */
  readonly canonicalArticleId: number;
  readonly published: string | null;
  readonly outlet: string | null;
  /** Company and unit as the extractor wrote them (normalized by the rules themselves). */
  readonly company: string;
  readonly unit: string | null;
  readonly count: SourceCount | null;
  readonly percent: number | null;
  readonly date: SourceDate | null;
  readonly status: Status;
  readonly departments: readonly string[];
  readonly locations: readonly string[];
  readonly reason: string | null;
  readonly severance: string | null;
  readonly primary: boolean;
  /**
   * What kind of source the mention comes from (absent: 'article'). A WARN notice is read
   * differently: its date is a filing date after the announcement and its jobs are one site's share.
   */
  readonly source?: SourceKind;
  /** WARN notices: the state's two-letter code ("CA"). */
  readonly region?: string | null;
}

/** A correction as the resolver applies it: anchored to mention keys, never to row ids. */
export type ResolverCorrection =
  | {
      readonly id: number;
      readonly kind: 'merge';
      readonly mentionKeys: readonly string[];
      readonly reason: string;
    }
  | {
      readonly id: number;
      readonly kind: 'split';
      readonly mentionKeys: readonly string[];
      readonly reason: string;
    }
  | {
      readonly id: number;
      readonly kind: 'override';
      readonly mentionKeys: readonly string[];
      readonly field: OverrideField;
      readonly value: unknown;
      readonly reason: string;
    };
