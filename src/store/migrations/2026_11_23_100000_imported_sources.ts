import type { Kysely } from 'kysely';

/**
 * Imported records (Layoffs.fyi rows, WARN notices) are stored as sources beside articles: a
 * kind, the CSV line and the WARN state. Companies get Layoffs.fyi's funding stage. One column per
 * ALTER: SQLite cannot add several in one statement; both dialects accept this form.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('source_kind', 'text', (c) => c.notNull().defaultTo('article'))
    .execute();
  await db.schema.alterTable('articles').addColumn('source_row', 'integer').execute();
  await db.schema.alterTable('articles').addColumn('source_region', 'text').execute();
  await db.schema.createIndex('articles_source_kind').on('articles').column('source_kind').execute();
  await db.schema.alterTable('companies').addColumn('stage', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('companies').dropColumn('stage').execute();
  await db.schema.dropIndex('articles_source_kind').ifExists().execute();
  await db.schema.alterTable('articles').dropColumn('source_region').execute();
  await db.schema.alterTable('articles').dropColumn('source_row').execute();
  await db.schema.alterTable('articles').dropColumn('source_kind').execute();
}
