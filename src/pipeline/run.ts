import type { Kysely, Transaction } from 'kysely';
import type { ArticleInput } from '../domain/article.ts';
import type { CorrectionInput } from '../domain/event.ts';
import type { ExtractionResult, Mention } from '../domain/mention.ts';
import { isValidSpan } from '../domain/span.ts';
import { extractArticle } from '../extract/extractor.ts';
import {
  contentHash,
  decodeSignature,
  encodeSignature,
  estimateSimilarity,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
} from '../resolve/minhash.ts';
import { resolveEvents } from '../resolve/resolver.ts';
import {
  findArticleByHash,
  insertArticle,
  listArticleFingerprints,
  refreshSiblingPublished,
  setCanonicalArticle,
} from '../store/article.repository.ts';
import type { Store } from '../store/connect.ts';
import {
  insertCorrection,
  listCorrections,
  recordToResolverCorrection,
} from '../store/correction.repository.ts';
import type { Database } from '../store/database.ts';
import { eventAnchor, type WriteReport, writeFamilyEvents } from '../store/event.repository.ts';
import {
  companyKeysOfArticles,
  companyNamesOfFamily,
  insertMentions,
  listCompanyKeys,
  loadFamilyMentions,
} from '../store/mention.repository.ts';
import { insertTrackerClaims } from '../store/tracker-claim.repository.ts';

/*
 * ingest → extract → resolve → store. Each stage is a function; `ingestArticles` runs them for
 * each article inside one transaction, so a crash leaves either the whole article (with its
 * mentions and re-resolved events) or nothing.
 */

export interface IngestReport {
  readonly articles: {
    readonly new: number;
    /** The same text was already stored: nothing changed. */
    readonly duplicate: number;
    /** A syndicated copy of a stored article: stored, linked, counted as a copy, not a new source. */
    readonly nearDuplicate: number;
    readonly failed: number;
  };
  readonly failures: readonly {
    readonly file: string | null;
    readonly url: string | null;
    readonly reason: string;
  }[];
  readonly events: { readonly new: number; readonly updated: number; readonly deleted: number };
  /** Layoff mentions and tracker statistics found by the extractor in the new articles. */
  readonly claims: { readonly mentions: number; readonly trackerClaims: number };
}

export type ArticleOutcome =
  | {
      readonly kind: 'new' | 'near-duplicate';
      readonly articleId: number;
      readonly duplicateOf: number | null;
      readonly mentions: number;
      readonly trackerClaims: number;
      readonly events: WriteReport;
    }
  | { readonly kind: 'duplicate'; readonly articleId: number }
  | { readonly kind: 'failed'; readonly reason: string };

type Db = Kysely<Database> | Transaction<Database>;

/** The extractor stage's signature; tests and tools may pass their own (default: the real one). */
export type ExtractFn = (input: ArticleInput) => ExtractionResult;

export interface IngestOptions {
  readonly onProgress?: (done: number) => void;
  readonly extract?: ExtractFn;
}

// ── stage 1: ingest (identify the article) ───────────────────────────────────────────────

export interface PreparedArticle {
  readonly input: ArticleInput;
  readonly contentHash: string;
  readonly signature: number[];
}

export function prepareArticle(input: ArticleInput): PreparedArticle {
  if (typeof input.text !== 'string' || input.text.trim().length === 0) throw new Error('empty article text');
  return { input, contentHash: contentHash(input.text), signature: minhashSignature(input.text) };
}

// ── stage 2: extract ─────────────────────────────────────────────────────────────────────

/** Runs the extractor; mentions whose evidence span does not match the text are dropped. */
export function extractStage(input: ArticleInput, extract: ExtractFn = extractArticle): ExtractionResult {
  const result = extract(input);
  const valid = (m: Mention) => isValidSpan(input.text, m.evidence) && m.company.trim().length > 0;
  return {
    ...result,
    mentions: result.mentions.filter(valid),
    aggregates: result.aggregates.filter((a) => isValidSpan(input.text, a.evidence)),
  };
}

// ── stage 3: store the article and its claims ────────────────────────────────────────────

interface StoredArticle {
  readonly articleId: number;
  readonly duplicateOf: number | null;
  /** Articles whose canonical copy may have changed (their families need re-resolving). */
  readonly copyGroup: readonly number[];
  readonly families: readonly string[];
}

/**
 * Stores the article, its mentions and tracker claims, and links syndicated copies. The copy
 * group's canonical article is the earliest published (then the smallest content hash), so it
 * does not depend on which copy arrived first.
 */
export async function storeArticle(
  trx: Db,
  prepared: PreparedArticle,
  extraction: ExtractionResult,
): Promise<StoredArticle> {
  const { input } = prepared;
  const published = input.published ?? extraction.published.date ?? null;
  const basis = input.published ? 'metadata' : published ? extraction.published.basis : null;

  const existing = await listArticleFingerprints(trx);
  const similar = existing.filter(
    (a) => estimateSimilarity(prepared.signature, decodeSignature(a.minhash)) >= NEAR_DUPLICATE_THRESHOLD,
  );
  const canonicalIds = new Set(similar.map((a) => a.duplicateOf ?? a.id));
  const group = existing.filter(
    (a) => canonicalIds.has(a.id) || (a.duplicateOf !== null && canonicalIds.has(a.duplicateOf)),
  );

  const articleId = await insertArticle(trx, {
    content_hash: prepared.contentHash,
    file: input.file ?? null,
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    title: input.title ?? firstLine(input.text),
    published,
    published_basis: basis,
    text: input.text,
    duplicate_of: null,
    minhash: encodeSignature(prepared.signature),
    ingested_at: new Date().toISOString(),
  });
  const families = await insertMentions(trx, articleId, prepared.contentHash, extraction.mentions);
  await insertTrackerClaims(trx, articleId, extraction.aggregates);

  if (group.length === 0) return { articleId, duplicateOf: null, copyGroup: [], families };
  const members = [
    ...group.map((a) => ({ id: a.id, published: a.ownPublished, hash: a.contentHash })),
    { id: articleId, published, hash: prepared.contentHash },
  ];
  members.sort(
    (a, b) => cmp(a.published ?? '9999-12-31', b.published ?? '9999-12-31') || cmp(a.hash, b.hash),
  );
  const canonical = members[0]?.id ?? articleId;
  await setCanonicalArticle(
    trx,
    members.map((m) => m.id),
    canonical,
  );
  return {
    articleId,
    duplicateOf: canonical === articleId ? null : canonical,
    copyGroup: members.map((m) => m.id),
    families,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A plain-text file's first line is its headline ("Amazon lays off hundreds …"). */
function firstLine(text: string): string | null {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  return line.length > 0 && line.length <= 200 ? line : null;
}

// ── stage 4: resolve ─────────────────────────────────────────────────────────────────────

/**
 * Re-resolves one company family from all its stored mentions and re-applies its corrections.
 * Whole-family re-resolution is what makes the result independent of ingestion order.
 */
export async function resolveFamily(trx: Db, companyKey: string): Promise<WriteReport> {
  const mentions = await loadFamilyMentions(trx, companyKey);
  const corrections = (await listCorrections(trx, companyKey)).flatMap((c) => {
    const r = recordToResolverCorrection(c);
    return r ? [r] : [];
  });
  const resolution = resolveEvents(mentions, corrections);
  return writeFamilyEvents(trx, companyKey, resolution, await companyNamesOfFamily(trx, companyKey));
}

export async function resolveFamilies(trx: Db, companyKeys: Iterable<string>): Promise<WriteReport> {
  let total: WriteReport = { created: 0, updated: 0, deleted: 0 };
  for (const key of [...new Set(companyKeys)].sort())
    total = addReports(total, await resolveFamily(trx, key));
  await refreshSiblingPublished(trx);
  return total;
}

/** Re-resolves every family (after a rule change): `layoffs resolve`. */
export async function resolveAll(store: Store): Promise<WriteReport> {
  return store.db.transaction().execute(async (trx) => resolveFamilies(trx, await listCompanyKeys(trx)));
}

function addReports(a: WriteReport, b: WriteReport): WriteReport {
  return { created: a.created + b.created, updated: a.updated + b.updated, deleted: a.deleted + b.deleted };
}

// ── the pipeline ─────────────────────────────────────────────────────────────────────────

/** One article, all stages, one transaction. Re-ingesting the same text changes nothing. */
export async function ingestArticle(
  store: Store,
  input: ArticleInput,
  opts: IngestOptions = {},
): Promise<ArticleOutcome> {
  let prepared: PreparedArticle;
  let extraction: ExtractionResult;
  try {
    prepared = prepareArticle(input);
    const known = await findArticleByHash(store.db, prepared.contentHash);
    if (known) return { kind: 'duplicate', articleId: known.id };
    extraction = extractStage(input, opts.extract);
  } catch (error) {
    return { kind: 'failed', reason: `extract: ${message(error)}` };
  }
  try {
    return await store.db.transaction().execute(async (trx) => {
      const again = await findArticleByHash(trx, prepared.contentHash);
      if (again) return { kind: 'duplicate' as const, articleId: again.id };
      const stored = await storeArticle(trx, prepared, extraction);
      const affected = new Set([...stored.families, ...(await companyKeysOfArticles(trx, stored.copyGroup))]);
      const events = await resolveFamilies(trx, affected);
      return {
        kind:
          stored.duplicateOf === null && stored.copyGroup.length === 0
            ? ('new' as const)
            : ('near-duplicate' as const),
        articleId: stored.articleId,
        duplicateOf: stored.duplicateOf,
        mentions: extraction.mentions.length,
        trackerClaims: extraction.aggregates.length,
        events,
      };
    });
  } catch (error) {
    return { kind: 'failed', reason: `store: ${message(error)}` };
  }
}

export async function ingestArticles(
  store: Store,
  inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
  opts: IngestOptions = {},
): Promise<IngestReport> {
  const articles = { new: 0, duplicate: 0, nearDuplicate: 0, failed: 0 };
  const events = { new: 0, updated: 0, deleted: 0 };
  const claims = { mentions: 0, trackerClaims: 0 };
  const failures: { file: string | null; url: string | null; reason: string }[] = [];
  let done = 0;
  for await (const input of inputs) {
    const outcome = await ingestArticle(store, input, opts);
    if (outcome.kind === 'failed') {
      articles.failed++;
      failures.push({ file: input.file ?? null, url: input.url ?? null, reason: outcome.reason });
    } else if (outcome.kind === 'duplicate') {
      articles.duplicate++;
    } else {
      if (outcome.kind === 'new') articles.new++;
      else articles.nearDuplicate++;
      claims.mentions += outcome.mentions;
      claims.trackerClaims += outcome.trackerClaims;
      events.new += outcome.events.created;
      events.updated += outcome.events.updated;
      events.deleted += outcome.events.deleted;
    }
    opts.onProgress?.(++done);
  }
  return { articles, failures, events, claims };
}

// ── corrections ──────────────────────────────────────────────────────────────────────────

export class CorrectionError extends Error {
  override readonly name = 'CorrectionError';
}

/**
 * Stores a human correction as data (anchored to the events' mention keys, which survive
 * re-resolution) and re-resolves the family so it takes effect at once and after every later
 * ingest. Throws CorrectionError for unknown events or events of two different companies.
 */
export async function addCorrection(
  store: Store,
  c: CorrectionInput,
): Promise<{ correctionId: number; events: WriteReport }> {
  if (!c.reason.trim()) throw new CorrectionError('a correction needs a reason');
  return store.db.transaction().execute(async (trx) => {
    const anchorOf = async (id: number) => {
      const a = await eventAnchor(trx, id);
      if (!a || a.mentionKeys.length === 0) throw new CorrectionError(`event ${id} not found`);
      return a;
    };
    let companyKey: string;
    let mentionKeys: string[];
    if (c.kind === 'merge') {
      const [a, b] = await Promise.all(c.eventIds.map(anchorOf));
      if (!a || !b) throw new CorrectionError('merge needs two events');
      if (a.companyKey !== b.companyKey)
        throw new CorrectionError('only events of one company can be merged');
      companyKey = a.companyKey;
      mentionKeys = [a.mentionKeys[0] ?? '', b.mentionKeys[0] ?? ''];
    } else if (c.kind === 'split') {
      const a = await anchorOf(c.eventId);
      const keys = c.mentionIds.map((id) => a.mentionKeys[a.mentionIds.indexOf(id)]);
      if (keys.length === 0 || keys.some((k) => k === undefined))
        throw new CorrectionError('split names mentions that are not in the event');
      companyKey = a.companyKey;
      mentionKeys = keys as string[];
    } else {
      const a = await anchorOf(c.eventId);
      companyKey = a.companyKey;
      mentionKeys = [a.mentionKeys[0] ?? ''];
    }
    const correctionId = await insertCorrection(trx, {
      kind: c.kind,
      companyKey,
      mentionKeys,
      field: c.kind === 'override' ? c.field : null,
      value: c.kind === 'override' ? c.value : null,
      reason: c.reason,
    });
    return { correctionId, events: await resolveFamilies(trx, [companyKey]) };
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
