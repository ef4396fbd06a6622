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

/** The rule of a WARN digest's item (assemble.ts, warnItemMention). */
export const WARN_ITEM_RULE = 'trigger:warn-item';

/** Sentences at the top of the article searched for the announcement day. */
const LEAD_SENTENCES = 8;
/** Sentences after the main event's own still read for its announcement day. */
const AFTER_MAIN = 2;

function sentenceOf(ctx: ExtractionContext, m: Mention): number {
  return sentenceAt(ctx, m.evidence.start);
}

function sentenceAt(ctx: ExtractionContext, at: number): number {
  return ctx.sentences.findIndex((s) => s.start <= at && at < s.end);
}

/** The last sentence a merged mention was told in: its evidence, count or date ("next year" in the lead under the headline). */
function lastTellingOf(ctx: ExtractionContext, m: Mention): number {
  return Math.max(
    sentenceOf(ctx, m),
    m.count ? sentenceAt(ctx, m.count.span.start) : -1,
    m.date?.span ? sentenceAt(ctx, m.date.span.start) : -1,
  );
}
/** An announcement day is at most this many days before publication (a weekday is within 6). */
const MAX_DAYS_BEFORE = 6;
/** Only these can be a single relative day: a weekday, "yesterday"/"today", a month and day ("on March 26"). */
const DAY_WORD =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;
/** The rule families that can give a single relative day. */
const DAY_FAMILIES: ReadonlySet<Family> = new Set<Family>(['weekday', 'day', 'month']);
/**
 * The sentence speaks of the announcement or the cuts ("said", "memo", "announced", "layoffs"), or
 * of staff being told ("Staff were briefed at meetings yesterday afternoon"), or of the vote that
 * decided the cut ("The council voted on Tuesday night to adopt a budget that eliminates 64 posts").
 */
const ANNOUNCE_CONTEXT =
  /\b(?:said|says|announced|announcement|told|confirmed|memo|e-?mail|statement|letter|unveiled|called|briefed|briefing|informed|notified|voted|eliminat|lay(?:s|ing)?\s+off|laid\s+off|layoffs?|job\s+cuts?|cuts?|cutting|redundanc|restructur)/i;

/** The first single relative day in the lead, within a week before publication, said of an announcement or the cuts. */
export function announcementDay(ctx: ExtractionContext, main?: Mention): DateRange | null {
  if (!ctx.reference) return null;
  const earliest = ymd(addDays(parseYmd(ctx.reference), -MAX_DAYS_BEFORE));
  // A page whose byline, "Updated …" and share lines fill the top: the lead is read from the
  // main event's own sentence on, a few sentences past it.
  const own = main ? lastTellingOf(ctx, main) : -1;
  for (const s of ctx.sentences.slice(0, Math.max(LEAD_SENTENCES, own + 1 + AFTER_MAIN))) {
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
  return toldStaffWeek(ctx, own);
}

/** "Staff were informed last week", "told employees last week": the week the staff heard of it. */
const STAFF_TOLD =
  /\b(?:staff|employees|workers|colleagues)\s+(?:were|was|have\s+been|had\s+been)\s+(?:told|informed|notified|briefed)\b|\b(?:told|informed|notified|briefed)\s+(?:its\s+|the\s+)?(?:staff|employees|workers)\b/i;
const WEEK_WORD = /\bweek\b/i;
/** The week the lead has the staff told of the cut in, when it names no single day. */
const WEEK_FAMILY: ReadonlySet<Family> = new Set<Family>(['week']);

/**
 * "… has told staff that one in five posts are at risk. Staff were informed last week, and a
 * consultation has now begun": with no single announcement day, the past week in which the lead
 * says the staff were told is the event's date (a week before publication, never one ahead).
 */
function toldStaffWeek(ctx: ExtractionContext, own: number): DateRange | null {
  if (!ctx.reference) return null;
  for (const s of ctx.sentences.slice(0, Math.max(LEAD_SENTENCES, own + 1 + AFTER_MAIN))) {
    if (!WEEK_WORD.test(s.text) || !STAFF_TOLD.test(s.text)) continue;
    for (const d of matchDates(s.text, ctx.reference, WEEK_FAMILY)) {
      if (d.grain !== 'week' || d.horizon || d.ahead || !d.start || !d.end || d.end >= ctx.reference)
        continue;
      const span = makeSpan(ctx.text, s.start + d.from, s.start + d.to);
      return { start: d.start, end: d.end, text: span.text, span, basis: 'relative' };
    }
  }
  return null;
}

/** How many sentences after the main event's own (at least the lead) may give the day its cuts take effect. */
const EFFECT_REACH = 2;
/** The cut named again: "The layoffs ...", "The cuts ...", "The job losses ...", "Those affected ...". */
const CUT_REFERENCE =
  /^(?:the|these|those|its)\s+(?:[\w-]+\s+){0,2}?(?:layoffs?|lay-offs?|cuts|job\s+cuts|job\s+losses|redundanc(?:y|ies)|reductions?|closures?|separations?|terminations?|affected\s+(?:employees|workers|staff))\b/i;
/** The day the cut takes effect: "take effect on May 27", "will begin on June 3", "effective July 1". */
const TAKES_EFFECT =
  /\b(?:takes?\s+effect|take\s+place|will\s+(?:begin|start)|begins?|starts?|effective|are\s+scheduled|is\s+scheduled)\b/i;

/**
 * "Pellam will lay off 614 workers, according to filings with the state. The layoffs ... take
 * effect on May 27": with no announcement day in the lead, the day the next sentences give for
 * the same cut to take effect is the event's day (a layoff day stated by the article).
 */
export function effectiveDay(ctx: ExtractionContext, main: Mention): DateRange | null {
  const own = sentenceOf(ctx, main);
  if (own < 0) return null;
  for (const s of ctx.sentences.slice(own + 1, Math.max(LEAD_SENTENCES, own + 1 + EFFECT_REACH))) {
    if (!CUT_REFERENCE.test(s.text) || !TAKES_EFFECT.test(s.text) || !DAY_WORD.test(s.text)) continue;
    for (const d of matchDates(s.text, ctx.reference, DAY_FAMILIES)) {
      if (d.grain !== 'day' || d.horizon || !d.start || !d.end) continue;
      const span = makeSpan(ctx.text, s.start + d.from, s.start + d.to);
      return {
        start: d.start,
        end: d.end,
        text: span.text,
        span,
        basis: d.relative ? 'relative' : 'explicit',
      };
    }
  }
  return null;
}

/**
 * The primary mention whose date is only the publication fallback, only a horizon ("before the
 * end of the year": no dates, the phrase kept), or a period still ahead of publication ("will
 * close the centre in November"): the announcement or notification day, when the lead states
 * one, is the event's date instead.
 */
function waiting(m: Mention, published: string | null): boolean {
  if (!m.primary || !m.date) return false;
  // "Orrin Tool & Die, Lansing: 64 workers, effective March 3": a WARN digest's item is dated by
  // the layoff day its notice gives, never by the day the digest went out ("Every Friday we ...").
  if (m.rule.startsWith(WARN_ITEM_RULE)) return false;
  if (m.date.basis === 'published') return true;
  if (m.date.start === null && m.date.end === null) return true;
  return published !== null && m.date.start !== null && m.date.start > published;
}

/**
 * The primary mention dated only by the publication fallback takes the announcement day instead
 * ("Employees were told on Friday" dates "will close its centre in November, eliminating 240
 * jobs"). The lead is only read when such a mention exists.
 */
export function withAnnouncementDay(mentions: readonly Mention[], ctx: ExtractionContext): Mention[] {
  const published = ctx.reference;
  if (!mentions.some((m) => waiting(m, published))) return [...mentions];
  const day = announcementDay(
    ctx,
    mentions.find((m) => waiting(m, published)),
  );
  return mentions.map((m) => {
    if (!waiting(m, published)) return m;
    // The day cuts take effect stands in for the publication fallback only.
    const date = day ?? (m.date?.basis === 'published' ? effectiveDay(ctx, m) : null);
    return date ? { ...m, date } : m;
  });
}
