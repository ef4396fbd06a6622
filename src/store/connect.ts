import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type MigrationResultSet, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { migrationProvider } from './migrations/index.ts';

export type StoreTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
export type Dialect = StoreTarget['kind'];

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

/**
 * Opens (and creates) the database and brings its schema up to date. SQLite: the parent
 * directory is created, WAL journal (readers never block the ingest writer), foreign keys on.
 * ':memory:' works for throwaway use.
 */
export async function openStore(target: StoreTarget): Promise<Store> {
  let db: Kysely<Database>;
  if (target.kind === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const sqlite = new SqliteDatabase(target.path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  } else {
    const pool = new pg.Pool({ connectionString: target.url, max: 5 });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect: target.kind, close: () => db.destroy() };
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    throw new Error(`database migration failed: ${describe(result.error)}`, { cause: result.error });
  }
  return result;
}

/** Parses 'sqlite:path', a bare file path, or a postgres:// URL into a target. */
export function parseStoreTarget(spec: string): StoreTarget {
  if (/^postgres(ql)?:\/\//.test(spec)) return { kind: 'postgres', url: spec };
  return { kind: 'sqlite', path: spec.replace(/^sqlite:/, '') };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
