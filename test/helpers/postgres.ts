import pg from 'pg';

/** The PostgreSQL server tests run against; .ci/run sets LAYOFFS_TEST_PG when it needs a password. */
export const PG_URL = process.env.LAYOFFS_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Whether the server answers. Outside CI a missing server skips the PostgreSQL variants with a
 * message; in CI (CI=true) it is a failure, because .ci/run starts the server.
 */
export async function postgresSkipReason(): Promise<string | false> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return false;
  } catch (e) {
    if (process.env.CI) throw new Error(`PostgreSQL at ${PG_URL} is not reachable in CI: ${(e as Error).message}`);
    return `PostgreSQL at ${PG_URL} is not reachable (${(e as Error).message}): skipping the postgres variant`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
