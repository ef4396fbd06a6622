import type { PublishedDate } from '../domain/mention.ts';
import { makeSpan } from '../domain/span.ts';
import { matchDates } from './dates/matcher.ts';

/** How far into the text a stamp, byline or dateline date is looked for. */
const PUBLISHED_WINDOW_CHARS = 1_500;
/** A bare ISO date counts as the publication date only this close to the top. */
const ISO_WINDOW_CHARS = 300;
/** Characters after a label ("Published:") in which its date must start. */
const LABEL_REACH = 40;
/** What a byline label may put before its date: "2:14 PM EST, ", "Tue ", "10.12 GMT · ". */
const CLOCK_AND_WEEKDAY =
  /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*[,·|]?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?/i;

/** "date 2024-04-03" (page-store stamp) at the very start. */
const STAMP_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;
/** "Last Updated April 5, 2024", "Published: 3 April 2024", "Posted on Apr 3, 2024". */
const LABEL_RE = /\b(?:last\s+updated|updated|published|posted|first\s+published)(?:\s+on)?\s*:?\s*/gi;
/** The same label right before a date (for skipping it as an event date). */
const LABEL_BEFORE = /\b(?:last\s+updated|updated|published|posted|first\s+published)(?:\s+on)?\s*:?\s*$/i;
const STAMP_BEFORE = /^\s*date\s+$/i;
/**
 * A dateline opens a line: "March 3, 2023 — Pellam said ..." or "SAN FRANCISCO, Feb 16 (Reuters) -".
 * What may stand before the date on its line: a place in capitals or title case and a comma.
 */
// "MENLO PARK, Calif., March 14, 2023 —": a place and its state or country before the date.
const DATELINE_LEAD =
  /(?:^|\n)[ \t]*(?:(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:[A-Z][\p{L}.'’ -]{0,40},\s*){1,2})?$/u;
/** What follows a dateline or byline date: a dash, an agency in brackets, a clock time or the end of the line. */
// "AUSTIN, Texas, Jan. 9, 2025 /PRNewswire/ -- ...": a wire's name between slashes may come first.
const DATELINE_AFTER = /^\s*(?:[—–-]|\(|\d{1,2}:\d\d|\n|$|\/[\w .-]{2,30}\/\s*[—–-])/;
/** A bare ISO date near the top: "2024-04-03". */
const ISO_RE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;

/**
 * True when a YYYY-MM-DD string (every caller has checked that shape) names a real day of the
 * proleptic Gregorian calendar, as Date does: "2024-02-29" yes, "2023-02-29" and "2024-13-01" no.
 * Plain arithmetic: parsing a Date string and printing it back cost more than the rest of the stamp check.
 */
function valid(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/**
 * A four-digit year: every full explicit date has one ("March 3, 2023", "2023-03-03",
 * "3/3/2023"), so text without it ("By Julia Love and Davey Alba") skips the date matcher.
 */
const YEAR_HINT = /(?:19|20)\d\d/;
const YEAR_SCAN = /(?:19|20)\d\d/g;

/** The first full, explicit date (day, month and year) in `s`: a byline or dateline date. */
function explicitDay(s: string): { start: string; from: number; to: number } | null {
  // Without a reference only dates with a stated year resolve, and all of them contain a year.
  if (!YEAR_HINT.test(s)) return null;
  for (const m of matchDates(s, null)) {
    if (m.grain === 'day' && !m.relative && m.start) return { start: m.start, from: m.from, to: m.to };
  }
  return null;
}

/**
 * True when [start, end) of the article is its publication stamp, byline date or dateline
 * ("date 2024-04-03 …", "Last Updated April 5, 2024 8:54 AM", "March 3, 2023 — …"): that is when
 * the article was written, not when the layoff happened.
 */
export function isPublicationStamp(text: string, start: number, end: number): boolean {
  if (start > PUBLISHED_WINDOW_CHARS) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (STAMP_BEFORE.test(text.slice(0, start))) return true;
  const label = LABEL_BEFORE.exec(before);
  // "under budget proposals published on Monday": a lower-case verb after a noun of the prose is
  // when a document came out, not the page's own stamp ("Published on Monday", "| updated").
  if (label && !(/^[a-z]/.test(label[0]) && /[a-z]\s+$/.test(before.slice(0, label.index)))) return true;
  return DATELINE_LEAD.test(before) && DATELINE_AFTER.test(text.slice(end, end + 40));
}

/**
 * The publication date: metadata first, then a date stamp, a labelled byline date, a dateline
 * or an ISO date near the top of the text. Never today: with nothing found the date is null.
 */
export function findPublished(text: string, metadata: string | null | undefined): PublishedDate {
  if (metadata && /^\d{4}-\d{2}-\d{2}$/.test(metadata) && valid(metadata)) {
    return { date: metadata, basis: 'metadata', span: null };
  }
  const head = text.slice(0, PUBLISHED_WINDOW_CHARS);
  const stamp = STAMP_RE.exec(head);
  if (stamp?.[1] && valid(stamp[1])) {
    const start = head.indexOf(stamp[1]);
    return { date: stamp[1], basis: 'text', span: makeSpan(text, start, start + stamp[1].length) };
  }
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(head); m !== null; m = LABEL_RE.exec(head)) {
    const from = m.index + m[0].length;
    const after = head.slice(from, from + LABEL_REACH + 20);
    const found = explicitDay(after);
    // "Updated 2:14 PM EST, Tue March 4, 2025": a clock time and a weekday may come first.
    const lead = CLOCK_AND_WEEKDAY.exec(after)?.[0].length ?? 0;
    if (found && found.from <= lead + 2) {
      LABEL_RE.lastIndex = 0;
      return { date: found.start, basis: 'text', span: makeSpan(text, from + found.from, from + found.to) };
    }
  }
  LABEL_RE.lastIndex = 0;
  // A dateline: the first line-opening full date followed by a dash, bracket, clock time or line end.
  // Only lines with a year can hold one: jump from year to year instead of reading every line.
  YEAR_SCAN.lastIndex = 0;
  for (let y = YEAR_SCAN.exec(head); y !== null; y = YEAR_SCAN.exec(head)) {
    const lineStart = head.lastIndexOf('\n', y.index) + 1;
    const nl = head.indexOf('\n', y.index);
    const lineEnd = nl < 0 ? head.length : nl;
    YEAR_SCAN.lastIndex = lineEnd;
    const found = explicitDay(head.slice(lineStart, lineEnd));
    if (!found) continue;
    const start = lineStart + found.from;
    const end = lineStart + found.to;
    if (isPublicationStamp(text, start, end)) {
      YEAR_SCAN.lastIndex = 0;
      return { date: found.start, basis: 'text', span: makeSpan(text, start, end) };
    }
  }
  YEAR_SCAN.lastIndex = 0;
  const iso = ISO_RE.exec(head.slice(0, ISO_WINDOW_CHARS));
  if (iso && valid(iso[0])) {
    return { date: iso[0], basis: 'text', span: makeSpan(text, iso.index, iso.index + iso[0].length) };
  }
  return { date: null, basis: null, span: null };
}
