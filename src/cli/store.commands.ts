import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../api/app.ts';
import { toCsv } from '../api/csv.ts';
import { DEFAULT_HOST, UsageError } from '../config.ts';
import type { ArticleInput } from '../domain/article.ts';
import type { CorrectionInput, EmployeeTotal, OverrideField } from '../domain/event.ts';
import { EXPORT_COLUMNS } from '../domain/event.ts';
import { STATUSES } from '../domain/mention.ts';
import type { ImportReport } from '../pipeline/import.ts';
import { importLayoffsFyiFile, importWarnFile } from '../pipeline/import.ts';
import type { IngestReport } from '../pipeline/run.ts';
import { addCorrection, ingestArticle, resolveAll } from '../pipeline/run.ts';
import { parseOpml } from '../sources/feed.ts';
import { fetchArticle } from '../sources/fetch.ts';
import { readSources } from '../sources/index.ts';
import { readJsonlArticles } from '../sources/jsonl.ts';
import { expandPaths } from '../sources/text-file.ts';
import { JsonFileFeedStateStore, parseInterval, watchFeeds } from '../sources/watch.ts';
import { countArticles } from '../store/article.repository.ts';
import type { Store, StoreTarget } from '../store/connect.ts';
import { openStore } from '../store/connect.ts';
import { exportRows, getStats } from '../store/queries.ts';
import { startProgress } from './progress.ts';

export type Print = (line: string) => void;

const SAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');
export const SAMPLES_DIR = join(SAMPLES, 'articles');
export const SAMPLES_MANIFEST = join(SAMPLES, 'manifest.jsonl');

export async function withStore<T>(target: StoreTarget, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(target);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Adds one article's outcome to a running report (the same tallies as ingestArticles). */
class ReportBuilder {
  readonly articles = { new: 0, duplicate: 0, nearDuplicate: 0, failed: 0 };
  readonly events = { new: 0, updated: 0, deleted: 0 };
  readonly claims = { mentions: 0, trackerClaims: 0 };
  readonly failures: { file: string | null; url: string | null; reason: string }[] = [];

  fail(ref: string, reason: string): void {
    this.articles.failed++;
    const isUrl = /^https?:/i.test(ref);
    this.failures.push({ file: isUrl ? null : ref, url: isUrl ? ref : null, reason });
  }

  async ingest(store: Store, input: ArticleInput, ref: string): Promise<void> {
    const outcome = await ingestArticle(store, input);
    if (outcome.kind === 'failed') this.fail(ref, outcome.reason);
    else if (outcome.kind === 'duplicate') this.articles.duplicate++;
    else {
      if (outcome.kind === 'new') this.articles.new++;
      else this.articles.nearDuplicate++;
      this.claims.mentions += outcome.mentions;
      this.claims.trackerClaims += outcome.trackerClaims;
      this.events.new += outcome.events.created;
      this.events.updated += outcome.events.updated;
      this.events.deleted += outcome.events.deleted;
    }
  }

  report(): IngestReport {
    return { articles: this.articles, events: this.events, claims: this.claims, failures: this.failures };
  }
}

export function formatIngestReport(r: IngestReport): string[] {
  const lines = [
    `articles: ${r.articles.new} new, ${r.articles.duplicate} duplicate, ${r.articles.nearDuplicate} copies of stored articles, ${r.articles.failed} failed`,
    `events: ${r.events.new} new, ${r.events.updated} updated${r.events.deleted ? `, ${r.events.deleted} merged away` : ''}`,
    `claims: ${r.claims.mentions} layoff mentions, ${r.claims.trackerClaims} tracker statistics`,
  ];
  for (const f of r.failures) lines.push(`failed: ${f.file ?? f.url ?? '?'}: ${f.reason}`);
  return lines;
}

export interface IngestOptions {
  readonly manifest?: string;
  readonly jsonl?: string;
  readonly allowPrivate?: boolean;
}

/**
 * `layoffs ingest PATH|URL... [--manifest F] [--jsonl F]`: every input is read, extracted,
 * resolved and stored in its own transaction; a bad input is one line in the report and the
 * batch goes on. Exit code 1 when anything failed, so scripts notice.
 */
export async function runIngest(
  store: Store,
  refs: readonly string[],
  opts: IngestOptions,
  out: Print,
  err: Print,
): Promise<number> {
  if (refs.length === 0 && !opts.jsonl)
    throw new UsageError('nothing to ingest: give files, folders, URLs or --jsonl FILE');
  const report = new ReportBuilder();
  const localCount = (await expandPaths(refs.filter((r) => !/^https?:/i.test(r))).catch(() => [])).length;
  const progress = startProgress(
    'ingest',
    opts.jsonl ? null : localCount + refs.filter((r) => /^https?:/i.test(r)).length,
    err,
  );
  const fetch = { allowPrivate: Boolean(opts.allowPrivate) };
  for await (const outcome of readSources(refs, { manifest: opts.manifest ?? null, fetch })) {
    if (outcome.ok) {
      for (const w of outcome.warnings) err(`warning: ${outcome.ref}: ${w}`);
      await report.ingest(store, outcome.input, outcome.ref);
    } else report.fail(outcome.ref, `${outcome.error.code}: ${outcome.error.message}`);
    progress.tick(outcome.ref);
  }
  if (opts.jsonl) {
    for await (const record of readJsonlArticles(opts.jsonl)) {
      const ref = `${opts.jsonl}:${record.line}`;
      if (record.ok) await report.ingest(store, record.input, ref);
      else report.fail(ref, `${record.error.code}: ${record.error.message}`);
      progress.tick();
    }
  }
  progress.stop();
  const r = report.report();
  for (const line of formatIngestReport(r)) out(line);
  return r.articles.failed ? 1 : 0;
}

/** Ingests samples/ (with its manifest) when the database holds no article yet. */
export async function ingestSamplesIfEmpty(store: Store, out: Print, err: Print): Promise<void> {
  const { articles } = await countArticles(store.db);
  if (articles > 0) return;
  out(`empty database: ingesting the bundled samples from ${SAMPLES_DIR}`);
  await runIngest(store, [SAMPLES_DIR], { manifest: SAMPLES_MANIFEST }, out, err);
}

export interface ServeOptions {
  readonly port: number;
  readonly host?: string;
}

/** Starts the dashboard and API; resolves once listening, returns a function that stops it. */
export async function runServe(store: Store, opts: ServeOptions, out: Print): Promise<() => Promise<void>> {
  const app = await buildApp({ store, logger: false });
  const address = await app.listen({ port: opts.port, host: opts.host ?? DEFAULT_HOST });
  out(
    `Layoff Tracker is serving at ${address.replace('127.0.0.1', 'localhost')}/  (API: ${address}/api/events, Ctrl-C stops)`,
  );
  return () => app.close();
}

export async function runExport(store: Store, format: string, out: (chunk: string) => void): Promise<number> {
  const rows = await exportRows(store.db);
  if (format === 'json') out(`${JSON.stringify(rows, null, 2)}\n`);
  else if (format === 'csv') out(toCsv(EXPORT_COLUMNS, rows));
  else throw new UsageError(`unknown export format "${format}": use csv or json`);
  return 0;
}

const fmt = (n: number): string => n.toLocaleString('en-US');
function formatTotal(t: EmployeeTotal): string {
  const range = t.low === t.high ? fmt(t.low) : `${fmt(t.low)}–${fmt(t.high)}`;
  const extras = [
    t.openEnded ? `${t.openEnded} open-ended` : '',
    t.unknown ? `${t.unknown} without a number` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${range} employees${extras ? ` (${extras})` : ''}`;
}

export async function runStats(
  store: Store,
  range: { from?: string; to?: string; json?: boolean },
  out: Print,
): Promise<number> {
  for (const [k, v] of Object.entries({ from: range.from, to: range.to }))
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v))
      throw new UsageError(`--${k} must be YYYY-MM-DD, got "${v}"`);
  const stats = await getStats(store.db, {
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
  });
  if (range.json) {
    out(JSON.stringify(stats, null, 2));
    return 0;
  }
  out(`period: ${stats.from ?? 'start'} – ${stats.to ?? 'now'}`);
  out(`ours: ${stats.companies} companies, ${formatTotal(stats.employees)}, ${stats.events} events`);
  for (const m of stats.byMonth)
    out(
      `  ${m.month}: ${m.events} events, ${m.low === m.high ? fmt(m.low) : `${fmt(m.low)}–${fmt(m.high)}`}`,
    );
  if (stats.trackerClaims.length) out('quoted from other trackers (not in our totals):');
  for (const c of stats.trackerClaims) {
    const emp = c.employees
      ? `${c.employees.min === null ? '≤' : ''}${fmt(c.employees.min ?? c.employees.max ?? 0)}${c.employees.max === null ? '+' : ''} employees`
      : '';
    out(
      `  ${c.source ?? 'unnamed source'}: ${c.companies ?? '?'} companies, ${emp} (${c.period?.text ?? 'period not stated'}; as of ${c.asOf ?? 'unknown date'})`,
    );
  }
  return 0;
}

export async function runResolve(store: Store, out: Print): Promise<number> {
  const r = await resolveAll(store);
  out(`events: ${r.created} new, ${r.updated} updated, ${r.deleted} removed`);
  return 0;
}

const OVERRIDE_FIELDS: readonly OverrideField[] = ['count', 'date', 'status', 'unit', 'reason'];

/** Parses `layoffs correct` arguments into a CorrectionInput, with a usage error for each mistake. */
export function parseCorrection(
  action: string,
  args: readonly string[],
  reason: string | undefined,
): CorrectionInput {
  if (!reason?.trim()) throw new UsageError('a correction needs --reason "why"');
  const id = (s: string | undefined): number => {
    const n = Number(s);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`not an event id: "${s ?? ''}"`);
    return n;
  };
  if (action === 'merge') {
    if (args.length !== 2)
      throw new UsageError('usage: layoffs correct merge EVENT_ID EVENT_ID --reason "..."');
    return { kind: 'merge', eventIds: [id(args[0]), id(args[1])], reason };
  }
  if (action === 'split') {
    if (args.length < 2)
      throw new UsageError('usage: layoffs correct split EVENT_ID MENTION_ID... --reason "..."');
    return { kind: 'split', eventId: id(args[0]), mentionIds: args.slice(1).map(id), reason };
  }
  if (action === 'override') {
    const [eventId, field, raw] = args;
    if (!field || raw === undefined || !OVERRIDE_FIELDS.includes(field as OverrideField))
      throw new UsageError(
        `usage: layoffs correct override EVENT_ID ${OVERRIDE_FIELDS.join('|')} VALUE --reason "..."`,
      );
    return {
      kind: 'override',
      eventId: id(eventId),
      field: field as OverrideField,
      value: parseOverrideValue(field as OverrideField, raw),
      reason,
    };
  }
  throw new UsageError(`unknown correction "${action}": use merge, split or override`);
}

/** "count 200-999" → {min:200,max:999}; "count 350" → {350,350}; "date 2024-04-03" or "2024-04-01..2024-04-30". */
function parseOverrideValue(field: OverrideField, raw: string): unknown {
  if (field === 'count') {
    const m = /^(\d+)(?:\s*[-–]\s*(\d+)?)?$/.exec(raw.replace(/,/g, ''));
    if (!m) throw new UsageError(`count must look like 350 or 200-999, got "${raw}"`);
    const min = Number(m[1]);
    return { min, max: m[2] ? Number(m[2]) : raw.includes('-') ? null : min };
  }
  if (field === 'date') {
    const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(raw);
    if (!m) throw new UsageError(`date must look like 2024-04-03 or 2024-04-01..2024-04-30, got "${raw}"`);
    return { start: m[1], end: m[2] ?? m[1] };
  }
  if (field === 'status') {
    if (!STATUSES.includes(raw as (typeof STATUSES)[number]))
      throw new UsageError(`status must be one of ${STATUSES.join(', ')}`);
    return raw;
  }
  return raw === '' || raw === 'null' ? null : raw;
}

export async function runCorrect(store: Store, c: CorrectionInput, out: Print): Promise<number> {
  const r = await addCorrection(store, c);
  out(
    `correction ${r.correctionId} stored; events: ${r.events.created} new, ${r.events.updated} updated, ${r.events.deleted} removed`,
  );
  return 0;
}

export interface WatchCliOptions {
  readonly opml?: string;
  readonly every: string;
  readonly once?: boolean;
  readonly state: string;
  readonly allowPrivate?: boolean;
}

/**
 * `layoffs watch FEED... | --opml FILE`: polls each feed (conditional GET), fetches every new
 * item's page and ingests it. Items are marked seen only after they were handled, so a crash
 * offers them again on the next poll; re-ingesting a page that did land changes nothing.
 */
export async function runWatch(
  store: Store,
  feeds: readonly string[],
  opts: WatchCliOptions,
  out: Print,
  err: Print,
): Promise<number> {
  const urls = [...feeds, ...(opts.opml ? parseOpml(readFileSync(opts.opml, 'utf8')) : [])];
  if (urls.length === 0) throw new UsageError('give feed URLs or --opml FILE');
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const fetchOpts = { allowPrivate: Boolean(opts.allowPrivate) };
  let failed = 0;
  try {
    await watchFeeds(urls, new JsonFileFeedStateStore(opts.state), {
      ...fetchOpts,
      everyMs: parseInterval(opts.every),
      once: Boolean(opts.once),
      stop: stop.signal,
      handle: async (items, feedUrl) => {
        const report = new ReportBuilder();
        for (const item of items) {
          if (!item.url) continue;
          try {
            const page = await fetchArticle(item.url, fetchOpts);
            await report.ingest(
              store,
              {
                ...page.input,
                title: page.input.title ?? item.title,
                published: page.input.published ?? item.published,
              },
              item.url,
            );
          } catch (e) {
            report.fail(item.url, e instanceof Error ? e.message : String(e));
          }
        }
        const r = report.report();
        failed += r.articles.failed;
        out(`${feedUrl}: ${items.length} new items`);
        for (const line of formatIngestReport(r)) out(`  ${line}`);
      },
      onResult: (result) => {
        if (result.status === 'failed')
          err(`${result.feedUrl}: ${result.error.code}: ${result.error.message} (retry after back-off)`);
        else if (result.status === 'not-modified') out(`${result.feedUrl}: not modified`);
        else if (result.status === 'backing-off')
          out(`${result.feedUrl}: backing off until ${result.retryAfter}`);
      },
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return failed ? 1 : 0;
}

/**
 * `layoffs import layoffs-fyi|warn FILE.csv`: each row becomes a source that merges with news
 * events of the same layoff; bad rows are listed and the rest goes on (exit 1 if any failed).
 */
export async function runImport(store: Store, kind: string, path: string, out: Print): Promise<number> {
  let report: ImportReport;
  if (kind === 'layoffs-fyi') report = await importLayoffsFyiFile(store, path);
  else if (kind === 'warn') report = await importWarnFile(store, path);
  else throw new UsageError(`unknown import kind "${kind}": use layoffs-fyi or warn`);
  const r = report.rows;
  out(`rows: ${r.read} read, ${r.imported} imported, ${r.duplicate} already imported, ${r.failed} failed`);
  out(
    `events: ${report.events.new} new, ${report.events.updated} updated; companies filled: ${report.companiesFilled}`,
  );
  for (const f of report.failures)
    out(`failed: ${f.reason.startsWith('line ') ? f.reason : `line ${f.line}: ${f.reason}`}`);
  return r.failed ? 1 : 0;
}
