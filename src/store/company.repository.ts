import type { Kysely, Transaction } from 'kysely';
import type { Company } from '../domain/event.ts';
import { companyMetadata, nameKey, normalizeCompany, slugify } from '../resolve/normalize-company.ts';
import type { CompanyRow, Database } from './database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export function companyRowToCompany(r: CompanyRow): Company {
  return {
    id: r.id,
    name: r.name,
    slug: r.slug,
    parentId: r.parent_id,
    industry: r.industry,
    country: r.country,
  };
}

/**
 * The company row for a canonical name (created on first sight with industry and country from
 * company-metadata.ts). Units get their own row, slug "<parent>-<unit>", pointing at the parent.
 */
export async function ensureCompany(
  trx: Db,
  name: string,
  parentId: number | null = null,
  parentSlug = '',
): Promise<number> {
  const slug = parentSlug ? `${parentSlug}-${slugify(name)}` : slugify(name);
  const existing = await trx.selectFrom('companies').select('id').where('slug', '=', slug).executeTakeFirst();
  if (existing) return existing.id;
  const meta = parentId === null ? companyMetadata(name) : null;
  await trx
    .insertInto('companies')
    .values({
      name,
      slug,
      parent_id: parentId,
      industry: meta?.industry ?? null,
      country: meta?.country ?? null,
    })
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  const row = await trx
    .selectFrom('companies')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  if (meta) await addAliases(trx, row.id, [meta.name, ...meta.aliases]);
  else await addAliases(trx, row.id, [name]);
  return row.id;
}

export async function addAliases(trx: Db, companyId: number, aliases: readonly string[]): Promise<void> {
  const rows = [...new Map(aliases.map((a) => [nameKey(a), a])).entries()].map(([key, alias]) => ({
    company_id: companyId,
    alias,
    alias_key: key,
  }));
  if (rows.length === 0) return;
  await trx
    .insertInto('company_aliases')
    .values(rows)
    .onConflict((oc) => oc.columns(['company_id', 'alias_key']).doNothing())
    .execute();
}

export async function findCompanyBySlug(db: Db, slug: string): Promise<Company | null> {
  const row = await db.selectFrom('companies').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? companyRowToCompany(row) : null;
}

/**
 * What a user typed ("aws", "Google", "amazon-aws", "Amazon") → the family key and, when it
 * names a unit, that unit. Looks at slugs and stored aliases first, then the built-in aliases.
 */
export async function resolveCompanyFilter(
  db: Db,
  input: string,
): Promise<{ key: string; unit: string | null }> {
  const bySlug = await db
    .selectFrom('companies')
    .selectAll()
    .where('slug', '=', input.trim().toLowerCase())
    .executeTakeFirst();
  const row =
    bySlug ??
    (await db
      .selectFrom('company_aliases')
      .innerJoin('companies', 'companies.id', 'company_aliases.company_id')
      .selectAll('companies')
      .where('company_aliases.alias_key', '=', nameKey(input))
      .orderBy('companies.id')
      .executeTakeFirst());
  if (row) {
    if (row.parent_id === null) return { key: row.slug, unit: null };
    const parent = await db
      .selectFrom('companies')
      .selectAll()
      .where('id', '=', row.parent_id)
      .executeTakeFirst();
    if (parent) return { key: parent.slug, unit: row.name };
  }
  const n = normalizeCompany(input, null);
  return { key: n.key, unit: n.unit };
}

export async function listAliases(db: Db, companyId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('company_aliases')
    .select('alias')
    .where('company_id', '=', companyId)
    .orderBy('alias')
    .execute();
  return rows.map((r) => r.alias);
}

export async function listUnits(db: Db, parentId: number): Promise<Company[]> {
  const rows = await db
    .selectFrom('companies')
    .selectAll()
    .where('parent_id', '=', parentId)
    .orderBy('name')
    .execute();
  return rows.map(companyRowToCompany);
}

export interface ImportedCompanyMetadata {
  readonly industry: string | null;
  readonly country: string | null;
  readonly stage: string | null;
}

/**
 * Fills a company's empty industry, country and stage from an imported row, and never
 * overwrites: the built-in metadata (company-metadata.ts) and the first import that named a value
 * win, so a later file only fills gaps (Amazon stays "Retail" even if a row says "Consumer"), and
 * re-importing a file changes nothing. Returns whether anything was filled.
 */
export async function fillCompanyMetadata(
  trx: Db,
  slug: string,
  meta: ImportedCompanyMetadata,
): Promise<boolean> {
  const row = await trx
    .selectFrom('companies')
    .select(['id', 'industry', 'country', 'stage'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!row) return false;
  const set: { industry?: string; country?: string; stage?: string } = {};
  if (row.industry === null && meta.industry) set.industry = meta.industry;
  if (row.country === null && meta.country) set.country = meta.country;
  if (row.stage === null && meta.stage) set.stage = meta.stage;
  if (Object.keys(set).length === 0) return false;
  await trx.updateTable('companies').set(set).where('id', '=', row.id).execute();
  return true;
}
