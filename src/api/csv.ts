/**
 * RFC 4180 CSV with spreadsheet formula injection neutralised. A company name or source title is
 * untrusted text: `=HYPERLINK("http://evil","click")` opened in Excel or Sheets would run as a
 * formula, so a text cell starting with = + - @ (or tab / carriage return, which some
 * spreadsheets skip before looking) gets a leading apostrophe: `'=HYPERLINK(...)`. Numbers are
 * written as numbers (-5 stays -5); only strings are guarded.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Header line then one line per row, columns in the given order. */
export function toCsv<C extends string>(
  columns: readonly C[],
  rows: Iterable<{ readonly [K in C]: string | number | null }>,
): string {
  let out = csvLine(columns);
  for (const row of rows) out += csvLine(columns.map((c) => row[c]));
  return out;
}
