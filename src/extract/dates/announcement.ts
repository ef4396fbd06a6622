/**
 * The announcement day of an article's main event, when the lead states it in another sentence
 * than the one with the numbers: "Pellam will cut 1,600 jobs." … "The chief executive said
 * Thursday in a memo …". Without it the main event would fall back to the publication day, which
 * is often the day after.
 */
import type { DateRange, Mention } from '../../domain/mention.ts';
import { makeSpan } from '../../domain/span.ts';
import type { ExtractionContext } from '../context.ts';
import { isPublicationStamp } from '../published.ts';
import { addDays, parseYmd, ymd } from './calendar.ts';
import { type Family, matchDates } from './matcher.ts';

/** Sentences at the top of the article searched for the announcement day. */
const LEAD_SENTENCES = 8;
/** An announcement day is at most this many days before publication (a weekday is within 6). */
const MAX_DAYS_BEFORE = 6;
/** Only these can be a single relative day: a weekday, "yesterday"/"today", a month and day ("on March 26"). */
const DAY_WORD =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;
/** The rule families that can give a single relative day. */
const DAY_FAMILIES: ReadonlySet<Family> = new Set<Family>(['weekday', 'day', 'month']);
/** The sentence speaks of the announcement or the cuts ("said", "memo", "announced", "layoffs"). */
const ANNOUNCE_CONTEXT =
  /\b(?:said|says|announced|announcement|told|confirmed|memo|e-?mail|statement|letter|unveiled|called|lay(?:s|ing)?\s+off|laid\s+off|layoffs?|job\s+cuts?|cuts?|cutting|redundanc|restructur)/i;

/** The first single relative day in the lead, within a week before publication, said of an announcement or the cuts. */
export function announcementDay(ctx: ExtractionContext): DateRange | null {
  if (!ctx.reference) return null;
  const earliest = ymd(addDays(parseYmd(ctx.reference), -MAX_DAYS_BEFORE));
  for (const s of ctx.sentences.slice(0, LEAD_SENTENCES)) {
    if (!DAY_WORD.test(s.text)) continue;
    for (const d of matchDates(s.text, ctx.reference, DAY_FAMILIES)) {
      if (d.grain !== 'day' || !d.relative || d.horizon || d.ahead || !d.start || !d.end) continue;
      if (d.start < earliest || d.end > ctx.reference) continue;
      if (!d.announce && !ANNOUNCE_CONTEXT.test(s.text)) continue;
      const start = s.start + d.from;
      const end = s.start + d.to;
      if (isPublicationStamp(ctx.text, start, end)) continue;
      const span = makeSpan(ctx.text, start, end);
      return { start: d.start, end: d.end, text: span.text, span, basis: 'relative' };
    }
  }
  return null;
}

/** The primary mention whose date is only the publication fallback (module level: no closure per article). */
function waiting(m: Mention): boolean {
  return m.primary && m.date?.basis === 'published';
}

/**
 * The primary mention dated only by the publication fallback takes the announcement day instead.
 * The lead is only read when such a mention exists.
 */
export function withAnnouncementDay(mentions: readonly Mention[], ctx: ExtractionContext): Mention[] {
  if (!mentions.some(waiting)) return [...mentions];
  const day = announcementDay(ctx);
  if (!day) return [...mentions];
  return mentions.map((m) => (waiting(m) ? { ...m, date: day } : m));
}
