import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Mention } from '../domain/mention.ts';
import type { Span } from '../domain/span.ts';
import { encodeSignature, minhashSignature } from '../resolve/minhash.ts';
import { normalizeCompany } from '../resolve/normalize-company.ts';
import {
  type CsvRowResult,
  type LayoffsFyiRow,
  readLayoffsFyiCsv,
  readWarnCsv,
  type WarnRow,
} from '../sources/csv-import.ts';
import { findArticleByHash, insertArticle } from '../store/article.repository.ts';
import { fillCompanyMetadata, type ImportedCompanyMetadata } from '../store/company.repository.ts';
import type { Store } from '../store/connect.ts';
import type { WriteReport } from '../store/event.repository.ts';
import { insertMentions } from '../store/mention.repository.ts';
import { resolveFamilies } from './run.ts';

/*
 * Structured layoff lists as sources: each Layoffs.fyi row or WARN notice becomes one stored
 * source record (a row in `articles` with source_kind 'layoffs-fyi' | 'warn' whose text is a
 * rendering of the row) carrying one mention. The family is then re-resolved exactly as after an
 * article, so a news report and the notice or row for the same layoff become one event with both
 * as sources, whatever order they arrive in. Matching is the resolver's (match-rules.ts): same
 * company family, dates within DATE_WINDOW_DAYS (a WARN notice reaches WARN_NOTICE_LEAD_DAYS back,
 * since it is filed after the announcement), counts compatible (a notice is a share of the layoff).
 */

export type ImportKind = 'layoffs-fyi' | 'warn';

export interface ImportOptions {
  /** The CSV's name as shown with each source ("layoffs-2024.csv"); a path is cut to its base name. */
  readonly file?: string | null;
  /** Called after each row with the number of rows read so far. */
  readonly onProgress?: (rowsRead: number) => void;
}

export interface ImportFailure {
  /** The row's line in the CSV file (the header is line 1). */
  readonly line: number;
  readonly reason: string;
}

export interface ImportReport {
  readonly kind: ImportKind;
  readonly file: string | null;
  readonly rows: {
    readonly read: number;
    readonly imported: number;
    /** The same row (same values, from this file or another) was already imported: nothing changed. */
    readonly duplicate: number;
    readonly failed: number;
  };
  readonly failures: readonly ImportFailure[];
  readonly events: { readonly new: number; readonly updated: number; readonly deleted: number };
  /** Companies whose empty industry / country / stage an imported row filled. */
  readonly companiesFilled: number;
}

/** A row we read but cannot use as an event (a WARN notice without any date). */
export class ImportRowError extends Error {
  override readonly name = 'ImportRowError';
}

/** One imported row, ready to store: the pure part of the import, testable without a database. */
export interface ImportedRecord {
  readonly kind: ImportKind;
  /** sha256 of the kind and the row's values (not its line or file): the idempotency key. */
  readonly contentHash: string;
  readonly line: number;
  readonly title: string;
  /** Layoffs.fyi: the article the row cites. WARN: none. */
  readonly url: string | null;
  /** Shown among an event's outlets: "Layoffs.fyi", "WARN notice (CA)". */
  readonly outlet: string;
  readonly region: string | null;
  /** The row's date (Layoffs.fyi date, WARN notice date): the record's "publication" day. */
  readonly published: string | null;
  /** The row rendered as a sentence; every span of the mention points into it. */
  readonly text: string;
  readonly mention: Mention;
  readonly metadata: ImportedCompanyMetadata | null;
}

/** Builds a text piece by piece and remembers where each recorded piece landed. */
class SpanText {
  #text = '';
  add(piece: string): Span {
    const start = this.#text.length;
    this.#text += piece;
    return { start, end: this.#text.length, text: piece };
  }
  get text(): string {
    return this.#text;
  }
}

/**
 * sha256 of the kind and the row's values, hex like an article's content hash: its first 16
 * digits name the record's mention ("<hash prefix>#0"), so no readable prefix may come first.
 */
function rowHash(kind: ImportKind, values: readonly unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, ...values]))
    .digest('hex');
}

function jobs(n: number): string {
  return n.toLocaleString('en-US');
}

/** 0.07 → 7 (percent of workforce, as mentions store it), without 7.000000000000001. */
function toPercent(share: number): number {
  return Math.round(share * 10_000) / 100;
}

/**
 * "Layoffs.fyi: Halden Robotics laid off 600 employees (8% of the workforce) on 2024-06-04.
 * Location: Stockholm, Sweden. Industry: Hardware. Stage: Post-IPO. Source: https://…"
 */
export function layoffsFyiRecord(row: LayoffsFyiRow): ImportedRecord {
  const t = new SpanText();
  t.add('Layoffs.fyi: ');
  const companySpan = t.add(row.company);
  t.add(' laid off ');
  let countSpan: Span | null = null;
  if (row.totalLaidOff !== null) {
    countSpan = t.add(`${jobs(row.totalLaidOff)} employees`);
    if (row.percentageLaidOff !== null) t.add(` (${toPercent(row.percentageLaidOff)}% of the workforce)`);
  } else if (row.percentageLaidOff !== null) {
    t.add(`${toPercent(row.percentageLaidOff)}% of the workforce`);
  } else {
    t.add('an unknown number of employees');
  }
  t.add(' on ');
  const dateSpan = t.add(row.date);
  t.add('.');
  const place = [row.location, row.country].filter((x): x is string => x !== null).join(', ');
  if (place) t.add(` Location: ${place}.`);
  if (row.industry) t.add(` Industry: ${row.industry}.`);
  if (row.stage) t.add(` Stage: ${row.stage}.`);
  if (row.fundsRaised !== null) t.add(` Funds raised: $${row.fundsRaised}M.`);
  if (row.source) t.add(` Source: ${row.source}`);
  const text = t.text;
  const mention: Mention = {
    company: row.company,
    unit: null,
    companySpan,
    count:
      row.totalLaidOff === null || countSpan === null
        ? null
        : {
            min: row.totalLaidOff,
            max: row.totalLaidOff,
            approx: false,
            derived: false,
            text: countSpan.text,
            span: countSpan,
          },
    percent: row.percentageLaidOff === null ? null : toPercent(row.percentageLaidOff),
    date: { start: row.date, end: row.date, text: row.date, span: dateSpan, basis: 'explicit' },
    status: 'announced',
    departments: [],
    locations: row.location ? [row.location] : [],
    reason: null,
    severance: null,
    primary: true,
    evidence: { start: 0, end: text.length, text },
    rule: 'import:layoffs-fyi',
  };
  return {
    kind: 'layoffs-fyi',
    contentHash: rowHash('layoffs-fyi', [
      row.company,
      row.location,
      row.industry,
      row.totalLaidOff,
      row.percentageLaidOff,
      row.date,
      row.stage,
      row.country,
      row.fundsRaised,
      row.source,
    ]),
    line: row.line,
    title: `Layoffs.fyi: ${row.company}`,
    url: row.source,
    outlet: 'Layoffs.fyi',
    region: null,
    published: row.date,
    text,
    mention,
    metadata:
      row.industry || row.country || row.stage
        ? { industry: row.industry, country: row.country, stage: row.stage }
        : null,
  };
}

/**
 * "WARN notice (CA): Halden Robotics Inc. filed on 2024-06-20 for 340 jobs at Sunnyvale,
 * effective 2024-08-19. Permanent. Closure."
 * The notice date is the mention's date; without one the effective date stands in (the filing
 * came before it); a notice with neither cannot be placed in time and is a row error.
 */
export function warnRecord(row: WarnRow): ImportedRecord {
  const day = row.noticeDate ?? row.effectiveDate;
  if (day === null)
    throw new ImportRowError(`line ${row.line}: WARN notice without notice_date or effective_date`);
  const t = new SpanText();
  t.add(`WARN notice (${row.postalCode}): `);
  const companySpan = t.add(row.company);
  t.add(row.noticeDate ? ' filed on ' : ' effective ');
  const dateSpan = t.add(day);
  t.add(' for ');
  const countSpan = row.jobs === null ? null : t.add(`${jobs(row.jobs)} jobs`);
  if (row.jobs === null) t.add('an unknown number of jobs');
  if (row.location) t.add(` at ${row.location}`);
  if (row.noticeDate && row.effectiveDate) t.add(`, effective ${row.effectiveDate}`);
  t.add('.');
  if (row.isTemporary !== null) t.add(row.isTemporary ? ' Temporary.' : ' Permanent.');
  if (row.isClosure) t.add(' Closure.');
  if (row.isAmendment) t.add(' Amended notice.');
  const text = t.text;
  const mention: Mention = {
    company: row.company,
    unit: null,
    companySpan,
    count:
      row.jobs === null || countSpan === null
        ? null
        : {
            min: row.jobs,
            max: row.jobs,
            approx: false,
            derived: false,
            text: countSpan.text,
            span: countSpan,
          },
    percent: null,
    date: { start: day, end: day, text: day, span: dateSpan, basis: 'explicit' },
    status: 'announced',
    departments: [],
    locations: [row.location ?? row.postalCode],
    reason: row.isClosure ? 'closure' : null,
    severance: null,
    primary: true,
    evidence: { start: 0, end: text.length, text },
    rule: row.isAmendment ? 'import:warn-amendment' : 'import:warn',
  };
  return {
    kind: 'warn',
    contentHash: rowHash('warn', [
      row.hashId,
      row.postalCode,
      row.company,
      row.location,
      row.noticeDate,
      row.effectiveDate,
      row.jobs,
      row.isTemporary,
      row.isClosure,
      row.isAmendment,
    ]),
    line: row.line,
    title: `WARN notice (${row.postalCode}): ${row.company}`,
    url: null,
    outlet: `WARN notice (${row.postalCode})`,
    region: row.postalCode,
    published: day,
    text,
    mention,
    metadata: null,
  };
}

export type RecordOutcome =
  | { readonly kind: 'imported'; readonly events: WriteReport; readonly companyFilled: boolean }
  | { readonly kind: 'duplicate' };

/**
 * Stores one record and re-resolves its company family, in one transaction: a failure leaves
 * nothing of the row behind. A record whose content hash is stored already changes nothing.
 */
export async function storeImportedRecord(
  store: Store,
  record: ImportedRecord,
  file: string | null,
): Promise<RecordOutcome> {
  return store.db.transaction().execute(async (trx) => {
    if (await findArticleByHash(trx, record.contentHash)) return { kind: 'duplicate' as const };
    const articleId = await insertArticle(trx, {
      content_hash: record.contentHash,
      file,
      url: record.url,
      outlet: record.outlet,
      title: record.title,
      published: record.published,
      published_basis: record.published ? 'metadata' : null,
      text: record.text,
      duplicate_of: null,
      minhash: encodeSignature(minhashSignature(record.text)),
      ingested_at: new Date().toISOString(),
      source_kind: record.kind,
      source_row: record.line,
      source_region: record.region,
    });
    const families = await insertMentions(trx, articleId, record.contentHash, [record.mention]);
    const events = await resolveFamilies(trx, families);
    let filled = false;
    if (record.metadata) {
      const family = normalizeCompany(record.mention.company, record.mention.unit).key;
      filled = await fillCompanyMetadata(trx, family, record.metadata);
    }
    return { kind: 'imported' as const, events, companyFilled: filled };
  });
}

async function importRows<T extends { readonly line: number }>(
  store: Store,
  kind: ImportKind,
  rows: AsyncIterable<CsvRowResult<T>> | Iterable<CsvRowResult<T>>,
  toRecord: (row: T) => ImportedRecord,
  opts: ImportOptions,
): Promise<ImportReport> {
  const file = opts.file ? basename(opts.file) : null;
  const counts = { read: 0, imported: 0, duplicate: 0, failed: 0 };
  const events = { new: 0, updated: 0, deleted: 0 };
  const failures: ImportFailure[] = [];
  let companiesFilled = 0;
  // A CSV without the required columns throws SourceError('csv') from the first read: no rows,
  // no report, one clear message for the CLI.
  for await (const result of rows) {
    counts.read++;
    try {
      if (!result.ok) throw result.error;
      const outcome = await storeImportedRecord(store, toRecord(result.row), file);
      if (outcome.kind === 'duplicate') {
        counts.duplicate++;
      } else {
        counts.imported++;
        if (outcome.companyFilled) companiesFilled++;
        events.new += outcome.events.created;
        events.updated += outcome.events.updated;
        events.deleted += outcome.events.deleted;
      }
    } catch (error) {
      counts.failed++;
      failures.push({ line: result.line, reason: error instanceof Error ? error.message : String(error) });
    }
    opts.onProgress?.(counts.read);
  }
  return { kind, file, rows: counts, failures, events, companiesFilled };
}

/** Layoffs.fyi rows → events (merged with news reports of the same layoffs), one transaction per row. */
export function importLayoffsFyi(
  store: Store,
  rows: AsyncIterable<CsvRowResult<LayoffsFyiRow>> | Iterable<CsvRowResult<LayoffsFyiRow>>,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  return importRows(store, 'layoffs-fyi', rows, layoffsFyiRecord, opts);
}

/** WARN notices (warn-transformer consolidated rows) → events, one transaction per row. */
export function importWarn(
  store: Store,
  rows: AsyncIterable<CsvRowResult<WarnRow>> | Iterable<CsvRowResult<WarnRow>>,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  return importRows(store, 'warn', rows, warnRecord, opts);
}

/** `layoffs import layoffs-fyi FILE.csv`: reads the file and names the sources after it. */
export function importLayoffsFyiFile(
  store: Store,
  path: string,
  opts: Omit<ImportOptions, 'file'> = {},
): Promise<ImportReport> {
  return importLayoffsFyi(store, readLayoffsFyiCsv(path), { ...opts, file: basename(path) });
}

/** `layoffs import warn FILE.csv`. */
export function importWarnFile(
  store: Store,
  path: string,
  opts: Omit<ImportOptions, 'file'> = {},
): Promise<ImportReport> {
  return importWarn(store, readWarnCsv(path), { ...opts, file: basename(path) });
}
