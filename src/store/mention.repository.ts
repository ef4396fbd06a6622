import type { Kysely, Transaction } from 'kysely';
import { SOURCE_KINDS, type SourceKind } from '../domain/event.ts';
import type { DateBasis, Mention, Status } from '../domain/mention.ts';
import { STATUSES } from '../domain/mention.ts';
import type { Span } from '../domain/span.ts';
import { normalizeCompany } from '../resolve/normalize-company.ts';
import type { ResolvableMention } from '../resolve/types.ts';
import type { Database, MentionRow, NewMentionRow } from './database.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** "<first 16 hex digits of the content hash>#<ordinal>": the same mention in any database. */
export function mentionKey(contentHash: string, ordinal: number): string {
  return `${contentHash.slice(0, 16)}#${ordinal}`;
}

function fieldSpans(m: Mention): Record<string, Span> {
  const spans: Record<string, Span> = {};
  if (m.companySpan) spans.company = m.companySpan;
  if (m.count) spans.count = m.count.span;
  if (m.count?.workforce) spans.workforce = m.count.workforce.span;
  if (m.date?.span) spans.date = m.date.span;
  return spans;
}

export function mentionToRow(
  articleId: number,
  contentHash: string,
  ordinal: number,
  m: Mention,
): NewMentionRow {
  return {
    article_id: articleId,
    mention_key: mentionKey(contentHash, ordinal),
    ordinal,
    company_key: normalizeCompany(m.company, m.unit).key,
    company: m.company,
    unit: m.unit,
    count_min: m.count?.min ?? null,
    count_max: m.count?.max ?? null,
    count_approx: m.count?.approx ? 1 : 0,
    count_derived: m.count?.derived ? 1 : 0,
    count_text: m.count?.text ?? null,
    percent: m.percent,
    date_start: m.date?.start ?? null,
    date_end: m.date?.end ?? null,
    date_text: m.date?.text ?? null,
    date_basis: m.date?.basis ?? null,
    status: m.status,
    departments: JSON.stringify(m.departments),
    locations: JSON.stringify(m.locations),
    reason: m.reason,
    severance: m.severance,
    is_primary: m.primary ? 1 : 0,
    evidence_start: m.evidence.start,
    evidence_end: m.evidence.end,
    evidence_text: m.evidence.text,
    field_spans: JSON.stringify(fieldSpans(m)),
    rule: m.rule,
  };
}

/** Stores an article's mentions; returns the company families they belong to. */
export async function insertMentions(
  trx: Db,
  articleId: number,
  contentHash: string,
  mentions: readonly Mention[],
): Promise<string[]> {
  if (mentions.length === 0) return [];
  const rows = mentions.map((m, i) => mentionToRow(articleId, contentHash, i, m));
  await trx.insertInto('mentions').values(rows).execute();
  return [...new Set(rows.map((r) => r.company_key))].sort();
}

export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toStatus(v: string): Status {
  return STATUSES.includes(v as Status) ? (v as Status) : 'announced';
}

const DATE_BASES: readonly DateBasis[] = ['explicit', 'relative', 'published', 'sibling'];
export function toDateBasis(v: string | null): DateBasis | null {
  return DATE_BASES.includes(v as DateBasis) ? (v as DateBasis) : null;
}

type ResolvableRow = MentionRow & {
  duplicate_of: number | null;
  published: string | null;
  published_basis: string | null;
  outlet: string | null;
  source_kind?: string;
  source_region?: string | null;
};

export function toSourceKind(v: string | null | undefined): SourceKind {
  return SOURCE_KINDS.includes(v as SourceKind) ? (v as SourceKind) : 'article';
}

export function rowToResolvable(r: ResolvableRow): ResolvableMention {
  const basis = toDateBasis(r.date_basis);
  return {
    id: r.id,
    key: r.mention_key,
    articleId: r.article_id,
    canonicalArticleId: r.duplicate_of ?? r.article_id,
    // A date borrowed from siblings is an output of resolution, never an input to it.
    published: r.published_basis === 'sibling' ? null : r.published,
    outlet: r.outlet,
    company: r.company,
    unit: r.unit,
    count:
      r.count_min !== null || r.count_max !== null || r.count_text !== null
        ? {
            min: r.count_min,
            max: r.count_max,
            approx: r.count_approx === 1,
            derived: r.count_derived === 1,
            text: r.count_text ?? '',
          }
        : null,
    percent: r.percent,
    date: basis ? { start: r.date_start, end: r.date_end, text: r.date_text ?? '', basis } : null,
    status: toStatus(r.status),
    departments: parseJson<string[]>(r.departments, []),
    locations: parseJson<string[]>(r.locations, []),
    reason: r.reason,
    severance: r.severance,
    primary: r.is_primary === 1,
    source: toSourceKind(r.source_kind),
    region: r.source_region ?? null,
  };
}

/** Every mention of one company family, with what the resolver needs about its article. */
export async function loadFamilyMentions(db: Db, companyKey: string): Promise<ResolvableMention[]> {
  const rows = await db
    .selectFrom('mentions')
    .innerJoin('articles', 'articles.id', 'mentions.article_id')
    .selectAll('mentions')
    .select([
      'articles.duplicate_of',
      'articles.published',
      'articles.published_basis',
      'articles.outlet',
      'articles.source_kind',
      'articles.source_region',
    ])
    .where('mentions.company_key', '=', companyKey)
    .orderBy('mentions.mention_key')
    .execute();
  return rows.map(rowToResolvable);
}

export async function listCompanyKeys(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('mentions')
    .select('company_key')
    .distinct()
    .orderBy('company_key')
    .execute();
  return rows.map((r) => r.company_key);
}

export async function companyKeysOfArticles(db: Db, articleIds: readonly number[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .selectFrom('mentions')
    .select('company_key')
    .distinct()
    .where('article_id', 'in', articleIds)
    .orderBy('company_key')
    .execute();
  return rows.map((r) => r.company_key);
}

/** Raw company names as written in the mentions of a family: they become aliases. */
export async function companyNamesOfFamily(db: Db, companyKey: string): Promise<string[]> {
  const rows = await db
    .selectFrom('mentions')
    .select('company')
    .distinct()
    .where('company_key', '=', companyKey)
    .execute();
  return rows.map((r) => r.company).sort();
}
