import * as chrono from 'chrono-node';
import type { PublishedDate } from '../domain/mention.ts';
import { makeSpan } from '../domain/span.ts';
import { ymd } from './parsers/date.parser.ts';

/** How far into the text a stamp or byline date is looked for. */
const PUBLISHED_WINDOW_CHARS = 1_500;

/** "date 2024-04-03" (page-store stamp) at the very start. */
const STAMP_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;
/** "Last Updated April 5, 2024", "Published: 3 April 2024", "Posted on Apr 3, 2024". */
const LABEL_RE = /\b(?:last\s+updated|updated|published|posted|first\s+published)(?:\s+on)?\s*:?\s*/gi;
/** A bare ISO date near the top: "2024-04-03". */
const ISO_RE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;

function valid(s: string): boolean {
  const d = new Date(`${s}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && ymd(d) === s;
}

/**
 * The publication date: metadata first, then a date stamp, a labelled byline date, or an ISO date
 * near the top of the text. Never today: with nothing found the date is null.
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
    const window = head.slice(from, from + 40);
    let results: chrono.ParsedResult[];
    try {
      results = chrono.parse(window, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
    } catch {
      results = [];
    }
    const r = results[0];
    if (r && r.index <= 2 && r.start.isCertain('year') && r.start.isCertain('day')) {
      const date = ymd(r.start.date());
      const start = from + r.index;
      return { date, basis: 'text', span: makeSpan(text, start, start + r.text.length) };
    }
  }
  const iso = ISO_RE.exec(head.slice(0, 300));
  if (iso && valid(iso[0])) {
    return { date: iso[0], basis: 'text', span: makeSpan(text, iso.index, iso.index + iso[0].length) };
  }
  return { date: null, basis: null, span: null };
}
