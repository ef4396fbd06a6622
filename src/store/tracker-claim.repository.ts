import type { Kysely, Transaction } from 'kysely';
import type { TrackerClaim } from '../domain/event.ts';
import type { AggregateClaim } from '../domain/mention.ts';
import type { Database } from './database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertTrackerClaims(
  trx: Db,
  articleId: number,
  claims: readonly AggregateClaim[],
): Promise<number> {
  if (claims.length === 0) return 0;
  await trx
    .insertInto('tracker_claims')
    .values(
      claims.map((c) => ({
        article_id: articleId,
        source: c.source,
        companies: c.companies,
        employees_min: c.employees?.min ?? null,
        employees_max: c.employees?.max ?? null,
        period_start: c.period?.start ?? null,
        period_end: c.period?.end ?? null,
        period_text: c.period?.text ?? null,
        evidence_start: c.evidence.start,
        evidence_end: c.evidence.end,
        evidence_text: c.evidence.text,
      })),
    )
    .execute();
  return claims.length;
}

/** Tracker statistics quoted in articles published in [from, to] (all when unset), newest first. */
export async function listTrackerClaims(
  db: Db,
  range: { from?: string; to?: string } = {},
): Promise<TrackerClaim[]> {
  let q = db
    .selectFrom('tracker_claims')
    .innerJoin('articles', 'articles.id', 'tracker_claims.article_id')
    .selectAll('tracker_claims')
    .select(['articles.published', 'articles.title', 'articles.outlet', 'articles.duplicate_of'])
    // A syndicated copy repeats its original's claim: show it once.
    .where('articles.duplicate_of', 'is', null);
  if (range.from) q = q.where('articles.published', '>=', range.from);
  if (range.to) q = q.where('articles.published', '<=', range.to);
  const rows = await q.orderBy('articles.published', 'desc').orderBy('tracker_claims.id').execute();
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    source: r.source,
    companies: r.companies,
    employees:
      r.employees_min === null && r.employees_max === null
        ? null
        : { min: r.employees_min, max: r.employees_max },
    period:
      r.period_text === null && r.period_start === null && r.period_end === null
        ? null
        : { start: r.period_start, end: r.period_end, text: r.period_text ?? '' },
    asOf: r.published,
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    articleTitle: r.title,
    outlet: r.outlet,
  }));
}
