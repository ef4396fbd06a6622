import { makeSpan } from '../../domain/span.ts';
import type { Candidate, DateValue, ExtractionContext, Parser } from '../context.ts';
import { monthRange, parseYmd, yearRange } from '../dates/calendar.ts';
import { chronoFallbackDates } from '../dates/chrono-fallback.ts';
import { type DateMatch, matchDates } from '../dates/matcher.ts';
import { isPublicationStamp } from '../published.ts';
import type { Sentence } from '../sentences.ts';

export { parseYmd, ymd } from '../dates/calendar.ts';

/** "Thereafter, Instacart also cut 250": a sentence that dates itself only after what came before. */
const AFTERWARDS = /^\s*(?:thereafter|subsequently|afterwards?|since\s+then|after\s+that)\b/i;
/** How many sentences back the date "thereafter" follows from is looked for. */
const AFTERWARDS_REACH = 2;

/**
 * "Thereafter" → from the start of the last date stated in the previous sentences up to the
 * publication date ("In January, A cut 1,900. Thereafter, B cut 250." → January 1 .. publication).
 */
function afterwardsDate(ctx: ExtractionContext, s: Sentence): Candidate | null {
  const m = AFTERWARDS.exec(s.text);
  if (!m || !ctx.reference) return null;
  const last = lastPastDateBefore(ctx, s);
  if (!last) return null;
  const from = s.start + m.index + (m[0].length - m[0].trimStart().length);
  return {
    kind: 'date',
    span: makeSpan(ctx.text, from, s.start + m.index + m[0].length),
    sentenceIndex: s.index,
    value: { start: last, end: ctx.reference, relative: true, horizon: false },
    stated: 'implied',
    rule: 'date:afterwards',
  };
}

/**
 * The first day of the last past date stated in the sentences just before `s` (up to
 * AFTERWARDS_REACH back), for words that point back to it ("Thereafter", "That same month").
 */
function lastPastDateBefore(ctx: ExtractionContext, s: Sentence): string | null {
  const reference = ctx.reference;
  if (!reference) return null;
  for (let i = s.index - 1; i >= Math.max(0, s.index - AFTERWARDS_REACH); i--) {
    const prev = ctx.sentences[i];
    if (!prev) continue;
    const dated = matchDates(prev.text, reference).filter(
      (d) => !d.horizon && d.start && d.start <= reference,
    );
    const last = dated[dated.length - 1]?.start;
    if (last) return last;
  }
  return null;
}

/**
 * "That same month the company announced it would eliminate 2,800 jobs", "Later that year, it cut
 * 400 more": a month or year named only by pointing back to the one the sentence before dated.
 */
const SAME_PERIOD = /\b(?:(?:that|the)\s+same|later\s+that|earlier\s+that)\s+(month|year)\b/i;

/**
 * "took over in February 2022. That same month ..." → February 2022 (first..last day); "that
 * same year" → the year. "Later that month" runs from the day named before to the month's end.
 */
function samePeriodDate(ctx: ExtractionContext, s: Sentence): Candidate | null {
  if (!/\bthat\b/i.test(s.text)) return null;
  const m = SAME_PERIOD.exec(s.text);
  if (!m || !ctx.reference) return null;
  const last = lastPastDateBefore(ctx, s);
  if (!last) return null;
  const day = parseYmd(last);
  const period =
    (m[1] as string).toLowerCase() === 'month'
      ? monthRange(day.getUTCFullYear(), day.getUTCMonth())
      : yearRange(day.getUTCFullYear());
  const later = /^later/i.test(m[0]);
  return {
    kind: 'date',
    span: makeSpan(ctx.text, s.start + m.index, s.start + m.index + m[0].length),
    sentenceIndex: s.index,
    value: { start: later ? last : period.start, end: period.end, relative: true, horizon: false },
    stated: 'implied',
    rule: 'date:same-period',
  };
}

/** True when some match is not a horizon ("by August" alone does not date the sentence). */
function anyEventDate(matches: readonly DateMatch[]): boolean {
  for (const d of matches) if (!d.horizon) return true;
  return false;
}

/** Matches the whole sentence once: the matcher runs all its date rules in one call. */
const WHOLE_SENTENCE = /^[\s\S]/g;

/**
 * Every date expression of a sentence, from our own date-word matcher (src/extract/dates/):
 * weekdays, "yesterday", week/month/year phrases, month names with or without day and year,
 * seasons, years, year spans and explicit ranges, resolved against the publication date by
 * plain calendar arithmetic. The publication stamp itself ("date 2024-04-03 …", "Last Updated
 * April 5, 2024") is not an event date and is skipped; the primary event falls back to it anyway.
 * Forms the matcher does not know go to chrono-node (dates/chrono-fallback.ts).
 */
export const dateParser: Parser = {
  name: 'DateParser',
  pattern: () => WHOLE_SENTENCE,
  extract(ctx, s) {
    const out: Candidate[] = [];
    const matches = matchDates(s.text, ctx.reference);
    if (!anyEventDate(matches)) {
      const after = afterwardsDate(ctx, s);
      if (after) out.push(after);
      const same = after ? null : samePeriodDate(ctx, s);
      if (same) out.push(same);
    }
    if (matches.length === 0) {
      for (const d of chronoFallbackDates(s.text, ctx.reference)) {
        out.push({
          kind: 'date',
          span: makeSpan(ctx.text, s.start + d.from, s.start + d.to),
          sentenceIndex: s.index,
          value: { start: d.start, end: d.end, relative: true, horizon: false },
          stated: 'implied',
          rule: 'date:chrono-fallback',
        });
      }
    }
    for (const d of matches) {
      const start = s.start + d.from;
      const end = s.start + d.to;
      if (isPublicationStamp(ctx.text, start, end)) continue;
      const value: DateValue = { start: d.start, end: d.end, relative: d.relative, horizon: d.horizon };
      out.push({
        kind: 'date',
        span: makeSpan(ctx.text, start, end),
        sentenceIndex: s.index,
        value,
        stated: d.relative ? 'implied' : 'stated',
        rule: d.rule,
      });
    }
    return out;
  },
};
