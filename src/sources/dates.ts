/**
 * Publication dates from machine metadata (JSON-LD, meta tags, <time datetime>, feed pubDate,
 * URL paths) → YYYY-MM-DD. These are fixed formats, so a few anchored patterns do; prose dates
 * ("on Wednesday") belong to the extractor (src/extract/dates/).
 *
 * The calendar date is the one the publisher wrote: "2024-04-03T23:30:00-07:00" → 2024-04-03,
 * not the UTC day (04-04). The article said "Wednesday" in its own time zone.
 */

/** Years outside this range in metadata are typos or placeholders ("0001-01-01", "2999-12-31"). */
export const MIN_PLAUSIBLE_YEAR = 1990;
export const MAX_PLAUSIBLE_YEAR = 2100;

const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A valid calendar day in the plausible range, as YYYY-MM-DD, else null. */
export function formatYmd(year: number, month: number, day: number): string | null {
  if (year < MIN_PLAUSIBLE_YEAR || year > MAX_PLAUSIBLE_YEAR) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// "2024-04-03", "2024-04-03T08:15:00Z", "2024-04-03 08:15", "2024/04/03"
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/;
// "20240403", "20240403T081500Z" (sailthru, some CMS exports)
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
// RFC 2822 as in RSS pubDate: "Wed, 03 Apr 2024 10:00:00 GMT"; also "3 April 2024"
const DAY_MONTH_YEAR = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
// "April 3, 2024", "Apr. 3 2024", "Wednesday, April 3, 2024"
const MONTH_DAY_YEAR = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;

/** "Apr", "April", "Sept" → 4, 4, 9; "Wed" → null. A name must be a 3+ letter prefix of a month. */
function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((full) => full.startsWith(lower));
  return index === -1 ? null : index + 1;
}

/** A metadata date string → YYYY-MM-DD, or null when it is not a recognisable full date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = ISO_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (m) return formatYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? formatYmd(Number(m[3]), month, Number(m[1])) : null;
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? formatYmd(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}

/**
 * Date patterns in a URL path, most specific first. Each is bounded by separators so an article
 * id such as /story/1202404031234 does not read as a date.
 */
const URL_DATE_PATTERNS: readonly RegExp[] = [
  // /2024/04/03/slug, /news/2024/4/3/
  /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/,
  // /2024-04-03/slug, /slug-2024-04-03.html
  /(?:^|[/_-])(\d{4})-(\d{2})-(\d{2})(?=$|[/_.-])/,
  // /20240403/slug, /slug-20240403.html
  /(?:^|[/_-])(\d{4})(\d{2})(\d{2})(?=$|[/_.-])/,
];

/** The date written in a URL's path ("https://x.com/2024/04/03/acme-cuts" → 2024-04-03), else null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_DATE_PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const ymd = formatYmd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (ymd) return ymd;
  }
  return null;
}
