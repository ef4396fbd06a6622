import type { Kysely, Transaction } from 'kysely';
import type { Article, PublishedBasis } from '../domain/article.ts';
import type { ArticleRow, Database, NewArticleRow } from './database.ts';

type Db = Kysely<Database> | Transaction<Database>;

const PUBLISHED_BASES: readonly PublishedBasis[] = ['metadata', 'text', 'url', 'sibling'];

export function toPublishedBasis(v: string | null): PublishedBasis | null {
  return PUBLISHED_BASES.includes(v as PublishedBasis) ? (v as PublishedBasis) : null;
}

export function articleRowToArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    contentHash: row.content_hash,
    file: row.file,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    publishedBasis: toPublishedBasis(row.published_basis),
    text: row.text,
    duplicateOf: row.duplicate_of,
    ingestedAt: row.ingested_at,
  };
}

export async function findArticleByHash(db: Db, contentHash: string): Promise<Article | null> {
  const row = await db
    .selectFrom('articles')
    .selectAll()
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
  return row ? articleRowToArticle(row) : null;
}

export async function findArticleById(db: Db, id: number): Promise<Article | null> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? articleRowToArticle(row) : null;
}

export async function insertArticle(trx: Db, row: NewArticleRow): Promise<number> {
  const { id } = await trx.insertInto('articles').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** What near-duplicate detection compares: every article's signature and canonical pointer. */
export interface ArticleFingerprint {
  readonly id: number;
  readonly contentHash: string;
  readonly minhash: string;
  readonly duplicateOf: number | null;
  /** Publication date unless it was only borrowed from siblings (that one can change later). */
  readonly ownPublished: string | null;
}

export async function listArticleFingerprints(db: Db): Promise<ArticleFingerprint[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'content_hash', 'minhash', 'duplicate_of', 'published', 'published_basis'])
    // Imported rows are not prose: two WARN notices differing in one cell are not syndicated copies.
    .where('source_kind', '=', 'article')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    contentHash: r.content_hash,
    minhash: r.minhash,
    duplicateOf: r.duplicate_of,
    ownPublished: r.published_basis === 'sibling' ? null : r.published,
  }));
}

/** Points a set of syndicated copies at their canonical article (which points nowhere). */
export async function setCanonicalArticle(
  trx: Db,
  memberIds: readonly number[],
  canonicalId: number,
): Promise<void> {
  const copies = memberIds.filter((id) => id !== canonicalId);
  if (copies.length > 0)
    await trx.updateTable('articles').set({ duplicate_of: canonicalId }).where('id', 'in', copies).execute();
  await trx.updateTable('articles').set({ duplicate_of: null }).where('id', '=', canonicalId).execute();
}

/**
 * An undated article gets its publication date from the reports it merged with: the latest day
 * its mentions borrowed from sibling reports (an article reporting the 2024-04-03 event "on
 * Wednesday" was published on or after that day). Recomputed from event_mentions each time, for
 * every article that has no date of its own, so it never depends on ingestion order.
 */
export async function refreshSiblingPublished(trx: Db): Promise<void> {
  const candidates = await trx
    .selectFrom('articles')
    .select(['id', 'published'])
    .where((eb) => eb.or([eb('published', 'is', null), eb('published_basis', '=', 'sibling')]))
    .execute();
  if (candidates.length === 0) return;
  const borrowed = await trx
    .selectFrom('event_mentions')
    .select((eb) => [
      'event_mentions.article_id',
      eb.fn
        .max(eb.fn.coalesce('event_mentions.resolved_date_end', 'event_mentions.resolved_date_start'))
        .as('day'),
    ])
    .where('event_mentions.resolved_date_basis', '=', 'sibling')
    .where(
      'event_mentions.article_id',
      'in',
      candidates.map((c) => c.id),
    )
    .groupBy('event_mentions.article_id')
    .execute();
  const dayOf = new Map(borrowed.map((b) => [b.article_id, b.day]));
  for (const c of candidates) {
    const day = dayOf.get(c.id) ?? null;
    if (day === c.published) continue;
    await trx
      .updateTable('articles')
      .set({ published: day, published_basis: day === null ? null : 'sibling' })
      .where('id', '=', c.id)
      .execute();
  }
}

/** News articles only: imported rows are counted by countImportedRecords. */
export async function countArticles(db: Db): Promise<{ articles: number; copies: number }> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.count('duplicate_of').as('copies')])
    .where('source_kind', '=', 'article')
    .executeTakeFirstOrThrow();
  return { articles: Number(row.n), copies: Number(row.copies) };
}

/** Imported rows per kind ('layoffs-fyi', 'warn'). */
export async function countImportedRecords(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => ['source_kind', eb.fn.countAll().as('n')])
    .where('source_kind', '!=', 'article')
    .groupBy('source_kind')
    .orderBy('source_kind')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.source_kind, Number(r.n)]));
}
