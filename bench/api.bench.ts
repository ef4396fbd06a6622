/**
 * API and dashboard latency over a large database: fills a temp SQLite store with synthetic
 * events (100k by default; BENCH_EVENTS=5000 for a quick run), then times /api/events and the
 * home page with app.inject (no socket, so this is the app + query cost) and prints p50/p99 and
 * req/s. Run: node --import tsx bench/api.bench.ts
 *
 * BENCH_DB=/tmp/bench.db keeps the filled database at that path and reuses it on the next run
 * (filling takes about a minute and a half); a database filled by an older version of the code is
 * brought up to date by the migrations when it is opened, which also times them at this size.
 *
 * The events go in through the store's own bulk path: articles and mentions are inserted in one
 * transaction (insertArticle, insertMentions), then every company family is resolved once
 * (resolveFamilies), exactly as ingestion would leave them, without running the extractor or the
 * near-duplicate search 100k times.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/api/app.ts';
import type { Mention, Status } from '../src/domain/mention.ts';
import { resolveFamilies } from '../src/pipeline/run.ts';
import { insertArticle } from '../src/store/article.repository.ts';
import { openStore } from '../src/store/connect.ts';
import { insertMentions } from '../src/store/mention.repository.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
/** Events per company: dates ~6 months apart, so the resolver keeps them apart. */
const EVENTS_PER_COMPANY = 20;
const DAYS_APART = 180;
const WARMUP = 20;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = 8;
const STATUSES: readonly Status[] = ['announced', 'planned', 'completed', 'rumored'];

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same data. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function day(offset: number): string {
  return new Date(Date.UTC(2014, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function syntheticMention(
  text: string,
  company: string,
  count: number,
  date: string,
  status: Status,
): Mention {
  const span = (needle: string) => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length, text: needle };
  };
  const countText = `${count} jobs`;
  return {
    company,
    unit: null,
    companySpan: span(company),
    count: {
      min: count,
      max: count,
      approx: false,
      derived: false,
      text: countText,
      span: span(countText),
      workforce: null,
    },
    percent: null,
    date: { start: date, end: date, text: `on ${date}`, span: span(`on ${date}`), basis: 'explicit' },
    status,
    departments: [],
    locations: [],
    reason: null,
    severance: null,
    primary: true,
    evidence: { start: 0, end: text.length, text },
    rule: 'bench',
  };
}

async function fill(dbPath: string): Promise<void> {
  const store = await openStore({ kind: 'sqlite', path: dbPath });
  const random = rng(42);
  const companies = Math.ceil(EVENTS / EVENTS_PER_COMPANY);
  const keys: string[] = [];
  const t0 = performance.now();
  await store.db.transaction().execute(async (trx) => {
    for (let c = 0; c < companies; c++) {
      const company = `Benchco ${c}`;
      for (let k = 0; k < EVENTS_PER_COMPANY && c * EVENTS_PER_COMPANY + k < EVENTS; k++) {
        const count = 10 + Math.floor(random() * 5000);
        const date = day(k * DAYS_APART + Math.floor(random() * 30));
        const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 'announced';
        const text = `${company} will cut ${count} jobs on ${date}, the company said in a statement to staff.`;
        const hash = createHash('sha256').update(text).digest('hex');
        const articleId = await insertArticle(trx, {
          content_hash: hash,
          file: null,
          url: `https://bench.example.com/${c}/${k}`,
          outlet: `outlet${c % 50}.example.com`,
          title: `${company} cuts ${count} jobs`,
          published: date,
          published_basis: 'metadata',
          text,
          duplicate_of: null,
          minhash: '',
          ingested_at: new Date().toISOString(),
        });
        keys.push(
          ...(await insertMentions(trx, articleId, hash, [
            syntheticMention(text, company, count, date, status),
          ])),
        );
      }
    }
  });
  const t1 = performance.now();
  await store.db.transaction().execute((trx) => resolveFamilies(trx, keys));
  const t2 = performance.now();
  const n = await store.db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  console.log(
    `filled ${n.n} events (${companies} companies): insert ${((t1 - t0) / 1000).toFixed(1)} s, resolve ${((t2 - t1) / 1000).toFixed(1)} s`,
  );
  await store.close();
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'layoffs-bench-'));
  const kept = process.env.BENCH_DB;
  const dbPath = kept ?? join(dir, 'bench.db');
  try {
    if (kept && existsSync(kept)) console.log(`reusing ${kept}`);
    else await fill(dbPath);
    const opening = performance.now();
    const store = await openStore({ kind: 'sqlite', path: dbPath });
    console.log(`opened (and migrated) in ${(performance.now() - opening).toFixed(0)} ms`);
    // homeCacheMs 0: measure what rendering the home page costs, not the cache.
    const app = await buildApp({ store, homeCacheMs: 0 });
    const deep = (await app.inject({ url: '/api/events?limit=50' })).json() as { nextCursor: string | null };
    // A page far down the list: keyset pages cost the same wherever they are.
    let far = deep.nextCursor;
    for (let i = 0; i < 20 && far; i++) {
      far = (
        (await app.inject({ url: `/api/events?limit=500&cursor=${far}` })).json() as {
          nextCursor: string | null;
        }
      ).nextCursor;
    }
    const targets = (process.env.BENCH_SKIP_HOME ? [] : ['/']).concat([
      '/api/events',
      '/api/events?company=benchco-123',
      '/api/events?min_count=4000&sort=-count',
      '/api/events?from=2020-01-01&to=2020-12-31&status=planned',
      '/api/events?q=benchco%2012',
      `/api/events?cursor=${deep.nextCursor ?? ''}`,
      `/api/events?cursor=${far ?? ''}`,
      '/api/events?sort=company',
      '/api/events?sort=date',
      '/api/stats',
      '/api/stats?from=2024-01-01&to=2024-12-31',
      '/events',
    ]);
    console.log(`\n${REQUESTS} sequential requests each (after ${WARMUP} warm-up), app.inject:`);
    console.log('url'.padEnd(58), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'req/s'.padStart(8));
    for (const url of targets) {
      for (let i = 0; i < WARMUP; i++) await app.inject({ url });
      const times: number[] = [];
      const start = performance.now();
      for (let i = 0; i < REQUESTS; i++) {
        const t = performance.now();
        const res = await app.inject({ url });
        times.push(performance.now() - t);
        if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}: ${res.body.slice(0, 200)}`);
      }
      const total = performance.now() - start;
      times.sort((a, b) => a - b);
      console.log(
        url.slice(0, 58).padEnd(58),
        percentile(times, 50).toFixed(1).padStart(8),
        percentile(times, 99).toFixed(1).padStart(8),
        ((REQUESTS / total) * 1000).toFixed(0).padStart(8),
      );
    }
    // Concurrency: several requests in flight at once, as a loaded server sees them.
    for (const url of ['/api/events', '/']) {
      let next = 0;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next++ < REQUESTS) await app.inject({ url });
        }),
      );
      const total = performance.now() - start;
      console.log(`${url}: ${((REQUESTS / total) * 1000).toFixed(0)} req/s with ${CONCURRENCY} in flight`);
    }
    await app.close();
    const cachedApp = await buildApp({ store });
    const first = performance.now();
    await cachedApp.inject({ url: '/' });
    const cold = performance.now() - first;
    const start = performance.now();
    for (let i = 0; i < REQUESTS; i++) await cachedApp.inject({ url: '/' });
    const warm = (performance.now() - start) / REQUESTS;
    console.log(
      `/ with the default home cache: first ${cold.toFixed(0)} ms, then ${warm.toFixed(2)} ms each`,
    );
    await cachedApp.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
