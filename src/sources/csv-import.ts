/**
 * Structured layoff lists as typed rows: the Layoffs.fyi table (tech layoffs, one row per
 * announcement) and WARN Act notices in Big Local News warn-transformer's consolidated schema
 * (one row per state filing). Columns are found by header name, in any order; a missing required
 * column stops the import with the names, a bad row is reported and the rest goes on.
 */
import { createReadStream } from 'node:fs';
import { CsvParser, type CsvRecord } from './csv.ts';
import { formatYmd, normalizeDate } from './dates.ts';
import { SourceError, toSourceError } from './errors.ts';

export interface LayoffsFyiRow {
  readonly line: number;
  readonly company: string;
  readonly location: string | null;
  readonly industry: string | null;
  readonly totalLaidOff: number | null;
  /** Share of the workforce, 0..1 ("0.1" and "10%" both → 0.1). */
  readonly percentageLaidOff: number | null;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly stage: string | null;
  readonly country: string | null;
  /** Millions of USD, as Layoffs.fyi gives it. */
  readonly fundsRaised: number | null;
  /** The article the row cites. */
  readonly source: string | null;
}

export interface WarnRow {
  readonly line: number;
  readonly hashId: string | null;
  /** Two-letter state code, upper case ("CA"). */
  readonly postalCode: string;
  readonly company: string;
  readonly location: string | null;
  readonly noticeDate: string | null;
  readonly effectiveDate: string | null;
  readonly jobs: number | null;
  readonly isTemporary: boolean | null;
  readonly isClosure: boolean | null;
  readonly isAmendment: boolean;
}

export type CsvRowResult<T> =
  | { readonly ok: true; readonly line: number; readonly row: T }
  | { readonly ok: false; readonly line: number; readonly error: SourceError };

export const LAYOFFS_FYI_REQUIRED: readonly string[] = ['company', 'date', 'total_laid_off'];
export const LAYOFFS_FYI_OPTIONAL: readonly string[] = [
  'location',
  'industry',
  'percentage_laid_off',
  'stage',
  'country',
  'funds_raised',
  'source',
];
export const WARN_REQUIRED: readonly string[] = ['postal_code', 'company', 'notice_date', 'jobs'];
export const WARN_OPTIONAL: readonly string[] = [
  'hash_id',
  'location',
  'effective_date',
  'is_temporary',
  'is_closure',
  'is_amendment',
];

/** Cells that mean "no value" in these exports ("Unknown" in Layoffs.fyi, "None" from Python). */
const EMPTY_CELLS: ReadonlySet<string> = new Set(['', 'null', 'none', 'n/a', 'na', 'unknown', '-']);

/** "Total Laid Off" / "total_laid_off" / "\uFEFFcompany" → "total_laid_off", "company". */
function headerKey(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

class RowReader {
  readonly #index: ReadonlyMap<string, number>;
  readonly #record: CsvRecord;
  constructor(index: ReadonlyMap<string, number>, record: CsvRecord) {
    this.#index = index;
    this.#record = record;
  }
  text(column: string): string | null {
    const i = this.#index.get(column);
    const v = i === undefined ? undefined : this.#record.fields[i]?.trim();
    return v && !EMPTY_CELLS.has(v.toLowerCase()) ? v : null;
  }
  fail(message: string): never {
    throw new SourceError('csv', `line ${this.#record.line}: ${message}`);
  }
  /** "1,200" → 1200, "$1,200" → 1200; garbage is a row error, not a silent null. */
  number(column: string): number | null {
    const v = this.text(column);
    if (v === null) return null;
    const n = Number(v.replace(/[$,\s]/g, ''));
    if (!Number.isFinite(n)) this.fail(`${column} ${JSON.stringify(v)} is not a number`);
    return n;
  }
  count(column: string): number | null {
    const n = this.number(column);
    if (n !== null && (n < 0 || !Number.isInteger(n))) this.fail(`${column} ${n} is not a whole count`);
    return n;
  }
  /** ISO, "2024/04/03", "3 Apr 2024", and US month-first "4/3/2024" (both sources are American). */
  date(column: string): string | null {
    const v = this.text(column);
    if (v === null) return null;
    const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    const d = us ? formatYmd(Number(us[3]), Number(us[1]), Number(us[2])) : normalizeDate(v);
    if (!d) this.fail(`${column} ${JSON.stringify(v)} is not a date`);
    return d;
  }
  /** Python's "True"/"False" as warn-transformer writes them, also 1/0, yes/no. */
  bool(column: string): boolean | null {
    const v = this.text(column)?.toLowerCase();
    if (v === undefined) return null;
    if (v === 'true' || v === '1' || v === 'yes' || v === 't' || v === 'y') return true;
    if (v === 'false' || v === '0' || v === 'no' || v === 'f' || v === 'n') return false;
    return this.fail(`${column} ${JSON.stringify(v)} is not true/false`);
  }
}

/** A share of the workforce: "0.1", "10%", or "10" (over 1 and no sign: a percent) → 0.1. */
function share(reader: RowReader, column: string): number | null {
  const v = reader.text(column);
  if (v === null) return null;
  const percent = v.endsWith('%');
  const n = Number(v.replace(/[%\s]/g, ''));
  if (!Number.isFinite(n) || n < 0) reader.fail(`${column} ${JSON.stringify(v)} is not a share`);
  const fraction = percent || n > 1 ? n / 100 : n;
  if (fraction > 1) reader.fail(`${column} ${JSON.stringify(v)} is over 100%`);
  return fraction;
}

function toLayoffsFyiRow(r: RowReader, line: number): LayoffsFyiRow {
  const company = r.text('company') ?? r.fail('no company');
  return {
    line,
    company,
    location: r.text('location'),
    industry: r.text('industry'),
    totalLaidOff: r.count('total_laid_off'),
    percentageLaidOff: share(r, 'percentage_laid_off'),
    date: r.date('date') ?? r.fail('no date'),
    stage: r.text('stage'),
    country: r.text('country'),
    fundsRaised: r.number('funds_raised'),
    source: r.text('source'),
  };
}

function toWarnRow(r: RowReader, line: number): WarnRow {
  const postal = r.text('postal_code') ?? r.fail('no postal_code');
  if (!/^[a-z]{2}$/i.test(postal)) r.fail(`postal_code ${JSON.stringify(postal)} is not a two-letter code`);
  return {
    line,
    hashId: r.text('hash_id'),
    postalCode: postal.toUpperCase(),
    company: r.text('company') ?? r.fail('no company'),
    location: r.text('location'),
    noticeDate: r.date('notice_date'),
    effectiveDate: r.date('effective_date'),
    jobs: r.count('jobs'),
    isTemporary: r.bool('is_temporary'),
    isClosure: r.bool('is_closure'),
    isAmendment: r.bool('is_amendment') ?? false,
  };
}

interface Schema<T> {
  readonly name: string;
  readonly required: readonly string[];
  readonly toRow: (reader: RowReader, line: number) => T;
}

const LAYOFFS_FYI: Schema<LayoffsFyiRow> = {
  name: 'Layoffs.fyi',
  required: LAYOFFS_FYI_REQUIRED,
  toRow: toLayoffsFyiRow,
};
const WARN: Schema<WarnRow> = { name: 'WARN (warn-transformer)', required: WARN_REQUIRED, toRow: toWarnRow };

/** Turns records into row results; the first record is the header. */
class TableReader<T> {
  #index: Map<string, number> | null = null;
  readonly #schema: Schema<T>;
  readonly #source: string | null;
  constructor(schema: Schema<T>, source: string | null) {
    this.#schema = schema;
    this.#source = source;
  }
  accept(record: CsvRecord): CsvRowResult<T> | null {
    if (!this.#index) {
      const index = new Map<string, number>();
      record.fields.forEach((h, i) => {
        const key = headerKey(h);
        if (!index.has(key)) index.set(key, i);
      });
      const missing = this.#schema.required.filter((c) => !index.has(c));
      if (missing.length > 0) {
        throw new SourceError(
          'csv',
          `not a ${this.#schema.name} CSV: missing column(s) ${missing.join(', ')} (found: ${[...index.keys()].join(', ')})`,
          { source: this.#source },
        );
      }
      this.#index = index;
      return null;
    }
    try {
      return {
        ok: true,
        line: record.line,
        row: this.#schema.toRow(new RowReader(this.#index, record), record.line),
      };
    } catch (e) {
      return { ok: false, line: record.line, error: toSourceError(e, 'csv', this.#source) };
    }
  }
  finish(): void {
    if (!this.#index)
      throw new SourceError('csv', `empty file: no ${this.#schema.name} header`, { source: this.#source });
  }
}

function parseTable<T>(text: string, schema: Schema<T>, source: string | null): CsvRowResult<T>[] {
  const table = new TableReader(schema, source);
  const parser = new CsvParser();
  const out: CsvRowResult<T>[] = [];
  try {
    for (const record of [...parser.push(text), ...parser.end()]) {
      const r = table.accept(record);
      if (r) out.push(r);
    }
  } catch (e) {
    throw toSourceError(e, 'csv', source);
  }
  table.finish();
  return out;
}

async function* readTable<T>(
  path: string,
  schema: Schema<T>,
): AsyncGenerator<CsvRowResult<T>, void, undefined> {
  const table = new TableReader(schema, path);
  const parser = new CsvParser();
  const stream = createReadStream(path, { encoding: 'utf8' });
  try {
    for await (const chunk of stream) {
      for (const record of parser.push(chunk as string)) {
        const r = table.accept(record);
        if (r) yield r;
      }
    }
    for (const record of parser.end()) {
      const r = table.accept(record);
      if (r) yield r;
    }
  } catch (e) {
    throw toSourceError(e, 'csv', path);
  } finally {
    stream.destroy();
  }
  table.finish();
}

/** Layoffs.fyi CSV text → row results. Throws SourceError 'csv' when required columns are missing. */
export function parseLayoffsFyiCsv(
  text: string,
  source: string | null = null,
): CsvRowResult<LayoffsFyiRow>[] {
  return parseTable(text, LAYOFFS_FYI, source);
}

/** warn-transformer consolidated CSV text → row results. Throws SourceError 'csv' on missing columns. */
export function parseWarnCsv(text: string, source: string | null = null): CsvRowResult<WarnRow>[] {
  return parseTable(text, WARN, source);
}

/** Layoffs.fyi CSV file, streamed. The header check throws on the first `next()`. */
export function readLayoffsFyiCsv(
  path: string,
): AsyncGenerator<CsvRowResult<LayoffsFyiRow>, void, undefined> {
  return readTable(path, LAYOFFS_FYI);
}

/** WARN consolidated CSV file, streamed. */
export function readWarnCsv(path: string): AsyncGenerator<CsvRowResult<WarnRow>, void, undefined> {
  return readTable(path, WARN);
}
