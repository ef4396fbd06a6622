import { resolve } from 'node:path';
import { parseStoreTarget, type StoreTarget } from './store/connect.ts';

export const DEFAULT_DB_PATH = './data/layoffs.db';
export const DEFAULT_PORT = 3000;
/** Loopback only: the dashboard is a local tool unless someone binds it wider on purpose. */
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Where the database is: `--db` wins, then LAYOFFS_DB, then ./data/layoffs.db. A postgres://
 * URL selects the PostgreSQL server instead of a SQLite file.
 */
export function storeTarget(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreTarget {
  const target = parseStoreTarget(flag ?? env.LAYOFFS_DB ?? DEFAULT_DB_PATH);
  return Object.freeze(
    target.kind === 'sqlite' && target.path !== ':memory:'
      ? { kind: 'sqlite', path: resolve(target.path) }
      : target,
  );
}

/** "3000" → 3000; anything else is a usage error, not a silent default. */
export function parsePort(value: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const raw = value ?? env.PORT ?? String(DEFAULT_PORT);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(`invalid port "${raw}": expected 0–65535`);
  return n;
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
