import { resolve } from 'node:path';

/**
 * Where the database is. `--db` wins, then LAYOFFS_DB, then ./data/layoffs.db. A value that
 * starts with postgres:// or postgresql:// selects the PostgreSQL server instead of SQLite.
 */
export type StoreTarget = { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string };

export const DEFAULT_DB_PATH = './data/layoffs.db';
export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

export function storeTarget(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreTarget {
  const value = flag ?? env.LAYOFFS_DB ?? DEFAULT_DB_PATH;
  if (/^postgres(ql)?:\/\//i.test(value)) return Object.freeze({ kind: 'postgres', url: value });
  return Object.freeze({ kind: 'sqlite', path: resolve(value) });
}

/** "3000" → 3000; anything else is a usage error, not a silent default. */
export function parsePort(value: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const raw = value ?? env.PORT ?? String(DEFAULT_PORT);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`invalid port "${raw}": expected 0–65535`);
  return n;
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
