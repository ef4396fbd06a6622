import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/connect.ts';

/** Every store test runs once per dialect (Kysely's own test suite does the same). */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

export const POSTGRES_ADMIN_URL =
  process.env.LAYOFFS_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function probePostgres(): Promise<string | false> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return false;
  } catch (error) {
    const why = `PostgreSQL not reachable at ${POSTGRES_ADMIN_URL} (${error instanceof Error ? error.message : String(error)})`;
    if (process.env.CI) throw new Error(`${why}: CI is set, so the postgres variant must run`);
    return `${why}: skipping the postgres variant`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** false when the server answers; otherwise the reason to skip (or a throw under CI). */
export const postgresSkip: string | false = await probePostgres();

export function skipFor(dialect: TestDialect): string | false {
  return dialect === 'postgres' ? postgresSkip : false;
}

/**
 * A fresh, empty store: a SQLite file in a temp directory, or a uniquely named throwaway
 * PostgreSQL database. `cleanup` closes it and removes the file / drops the database.
 */
export async function openTestStore(
  dialect: TestDialect,
): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'layoffs-store-'));
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'nested', 'layoffs.db') });
    return {
      store,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `layoffs_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const store = await openStore({ kind: 'postgres', url: url.toString() });
  return {
    store,
    cleanup: async () => {
      await store.close();
      const drop = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await drop.connect();
      try {
        await drop.query(`drop database if exists ${name} with (force)`);
      } finally {
        await drop.end();
      }
    },
  };
}
