import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The store's change counter (store_meta 'data_version'), bumped by triggers on every insert,
 * update or delete of events, companies, articles and tracker claims, by this process or another.
 */
export async function dataVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('store_meta')
    .select('value')
    .where('name', '=', 'data_version')
    .executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** Distinct argument sets remembered per version (the home page asks for about ten). */
export const MEMO_ENTRIES_MAX = 64;

/**
 * Remembers results of expensive reads (all-time stats: a pass over every event) until the data
 * changes. Each call costs one version lookup; a changed version forgets everything. Callers
 * asking the same thing at once share one computation, and a failed one is not kept.
 *
 *   const memo = versionedMemo(() => dataVersion(db));
 *   memo('stats|2024-01-01|2024-12-31', () => getStats(db, range));
 */
export function versionedMemo(
  readVersion: () => Promise<number>,
  maxEntries = MEMO_ENTRIES_MAX,
): <T>(key: string, load: () => Promise<T>) => Promise<T> {
  let version: number | null = null;
  const entries = new Map<string, Promise<unknown>>();
  return async <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const now = await readVersion();
    if (now !== version) {
      entries.clear();
      version = now;
    }
    const known = entries.get(key);
    if (known) return known as Promise<T>;
    if (entries.size >= maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    const value = load();
    entries.set(key, value);
    value.catch(() => {
      if (entries.get(key) === value) entries.delete(key);
    });
    return value;
  };
}
