import * as chrono from 'chrono-node';
import { makeSpan } from '../../domain/span.ts';
import type { Candidate, DateValue, ExtractionContext, Parser } from '../context.ts';
import type { Sentence } from '../sentences.ts';

/** YYYY-MM-DD helpers on UTC dates (no local time zone anywhere). */
export function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function parseYmd(s: string): Date {
  return new Date(`${s}T12:00:00Z`);
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}
function monthRange(year: number, month0: number): { start: string; end: string } {
  return {
    start: ymd(new Date(Date.UTC(year, month0, 1, 12))),
    end: ymd(new Date(Date.UTC(year, month0 + 1, 0, 12))),
  };
}
/** Monday..Sunday of the week containing d. */
function weekRange(d: Date): { start: string; end: string } {
  const dow = (d.getUTCDay() + 6) % 7;
  const monday = addDays(d, -dow);
  return { start: ymd(monday), end: ymd(addDays(monday, 6)) };
}

/** A date expression that sets a horizon ("by August", "over the next three years") is not the event date. */
const HORIZON_BEFORE =
  /\b(?:by|until|till|through|before|over|within|starting|from|effective|begin(?:s|ning)?(?:\s+on)?|will|next|in\s+the|over\s+the)\s+(?:the\s+)?(?:end\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const FUTURE_CUE =
  /\b(?:will|would|to\s+be|begin|begins|beginning|starting|start|effective|from|next|scheduled|due)\b/i;

function candidate(
  ctx: ExtractionContext,
  s: Sentence,
  from: number,
  to: number,
  value: DateValue,
  rule: string,
): Candidate {
  return {
    kind: 'date',
    span: makeSpan(ctx.text, s.start + from, s.start + to),
    sentenceIndex: s.index,
    value,
    stated: value.relative ? 'implied' : 'stated',
    rule,
  };
}

/**
 * chrono's casual English set without what layoff news never dates an event by: clock times
 * ("at 10 am", "this morning"), time zones, and "2 weeks later" / "within a month" (horizons we
 * do not resolve anyway). Fewer parsers and refiners: the date pass costs about half as much.
 */
const UNUSED_CHRONO_PARSERS = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitWithinFormatParser',
]);
const UNUSED_CHRONO_REFINERS = new Set([
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ENMergeDateTimeRefiner',
]);
const NEWS_CHRONO: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !UNUSED_CHRONO_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !UNUSED_CHRONO_REFINERS.has(r.constructor.name));
  return c;
})();

/** Words a date expression is built around: "Jan. 13", "on Tuesday", "last week", "2023", "5/2/2024". */
const DATE_ANCHOR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|yesterday|today|tonight|\d{4}|\d{1,2}\/\d{1,2})\w*/gi;
/** Characters of context on each side of an anchor handed to chrono ("between May 15, 2020, and June 15"). */
const DATE_WINDOW = 40;

/**
 * chrono over small windows around date words instead of the whole sentence: its dozen parsers
 * each scan the text, so a 300-character sentence with one "on Friday" costs ten times what the
 * 50 characters around it cost. Windows are widened to whole words and merged when they touch;
 * result offsets are moved back to sentence offsets.
 */
function parseInWindows(text: string, instant: Date): chrono.ParsedResult[] {
  const windows: [number, number][] = [];
  DATE_ANCHOR.lastIndex = 0;
  for (let m = DATE_ANCHOR.exec(text); m !== null; m = DATE_ANCHOR.exec(text)) {
    let from = Math.max(0, m.index - DATE_WINDOW);
    let to = Math.min(text.length, m.index + m[0].length + DATE_WINDOW);
    while (from > 0 && /\S/.test(text[from - 1] ?? '')) from--;
    while (to < text.length && /\S/.test(text[to] ?? '')) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  DATE_ANCHOR.lastIndex = 0;
  const out: chrono.ParsedResult[] = [];
  for (const [from, to] of windows) {
    for (const r of NEWS_CHRONO.parse(text.slice(from, to), { instant, timezone: 0 })) {
      out.push(Object.assign(Object.create(Object.getPrototypeOf(r) as object) as chrono.ParsedResult, r, { index: r.index + from }));
    }
  }
  return out;
}

const CHRONO_ANY = /./g;
const MEANINGFUL_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|yesterday)/i;

/**
 * Wraps chrono-node: explicit dates, weekdays, months, "last week", "this year". Its output is
 * refined to the corpus conventions: a weekday is the most recent such day on or before the
 * reference unless the sentence looks ahead; a month alone is the whole month (most recent one
 * on or before the reference); "last/this week" is Monday..Sunday; "this year" runs to the reference.
 */
export const chronoDateParser: Parser = {
  name: 'ChronoDateParser',
  // chrono runs once over the sentence; the regex only triggers a single call.
  pattern: () => CHRONO_ANY,
  extract(ctx, s, m) {
    if (m.index !== 0) return null;
    CHRONO_ANY.lastIndex = s.text.length; // one call per sentence
    if (
      !/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|yesterday|today)/i.test(
        s.text,
      )
    ) {
      return null;
    }
    const ref = ctx.reference ? parseYmd(ctx.reference) : null;
    let results: chrono.ParsedResult[];
    try {
      results = parseInWindows(s.text, ref ?? new Date(Date.UTC(2000, 0, 1, 12)));
    } catch {
      return null;
    }
    const out: Candidate[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      if (!r) continue;
      const text = r.text;
      const from = r.index;
      let to = r.index + text.length;
      const lower = text.toLowerCase();
      const head = s.text.slice(0, from);
      if (/^\d{1,2}(?::\d\d)?\s*(?:am|pm)?$/i.test(text) || /^\d{1,2}$/.test(text)) continue;
      // chrono also reads "now", "a day after", "today": not event dates.
      if (!MEANINGFUL_DATE.test(text)) continue;
      const horizon = HORIZON_BEFORE.test(head) || /^(?:next|the\s+next|coming)\b/i.test(text);
      const forward = horizon || FUTURE_CUE.test(head.slice(-30));
      const yearCertain = r.start.isCertain('year');
      const monthCertain = r.start.isCertain('month');
      const dayCertain = r.start.isCertain('day');
      const weekday = r.start.isCertain('weekday') && !dayCertain;
      const relative = !yearCertain || !/\b(?:19|20)\d{2}\b/.test(text);
      if (!ref && relative) continue; // never resolve against an unknown date
      const d = r.start.date();
      let value: DateValue | null = null;
      if (/\b(?:last|past|previous)\s+week\b/.test(lower) && ref) {
        value = { ...weekRange(addDays(ref, -7)), relative: true, horizon };
      } else if (/\bthis\s+week\b/.test(lower) && ref) {
        value = { ...weekRange(ref), relative: true, horizon };
      } else if (/\b(?:this|current)\s+month\b/.test(lower) && ref) {
        value = { start: `${ctx.reference?.slice(0, 8)}01`, end: ctx.reference, relative: true, horizon };
      } else if (/\blast\s+month\b/.test(lower) && ref) {
        value = { ...monthRange(ref.getUTCFullYear(), ref.getUTCMonth() - 1), relative: true, horizon };
      } else if (/\bthis\s+year\b/.test(lower) && ref) {
        // "In January this year": a month just before folds into this one.
        const prev = out[out.length - 1];
        const prevResult = results[i - 1];
        if (
          prev &&
          prevResult &&
          prev.kind === 'date' &&
          /^\s*$/.test(s.text.slice(prevResult.index + prevResult.text.length, from))
        ) {
          const month0 = prevResult.start.get('month');
          if (month0 !== null && month0 !== undefined && !prevResult.start.isCertain('day')) {
            out.pop();
            out.push(
              candidate(
                ctx,
                s,
                prevResult.index,
                to,
                { ...monthRange(ref.getUTCFullYear(), month0 - 1), relative: true, horizon },
                'date:month-this-year',
              ),
            );
            continue;
          }
        }
        value = { start: `${ref.getUTCFullYear()}-01-01`, end: ctx.reference, relative: true, horizon };
      } else if (/\blast\s+year\b/.test(lower) && ref) {
        const y = ref.getUTCFullYear() - 1;
        value = { start: `${y}-01-01`, end: `${y}-12-31`, relative: true, horizon };
      } else if (weekday && ref) {
        // Weekday: most recent on/before the reference, or the next one when the sentence looks ahead.
        const dow = r.start.get('weekday') ?? d.getUTCDay();
        const refDow = ref.getUTCDay();
        const back = (refDow - dow + 7) % 7;
        const day =
          forward && !/\b(?:said|announced|told|confirmed)\b/i.test(head)
            ? addDays(ref, (dow - refDow + 7) % 7)
            : addDays(ref, -back);
        value = { start: ymd(day), end: ymd(day), relative: true, horizon };
      } else if (dayCertain) {
        let day = d;
        if (!yearCertain && ref && !forward && day.getTime() > ref.getTime() + 86_400_000) {
          day = new Date(Date.UTC(day.getUTCFullYear() - 1, day.getUTCMonth(), day.getUTCDate(), 12));
        }
        value = { start: ymd(day), end: ymd(day), relative, horizon };
      } else if (monthCertain) {
        let year = d.getUTCFullYear();
        const month0 = d.getUTCMonth();
        if (!yearCertain && ref) {
          year = ref.getUTCFullYear();
          if (!forward && month0 > ref.getUTCMonth()) year -= 1;
          if (forward && month0 < ref.getUTCMonth()) year += 1;
        }
        value = { ...monthRange(year, month0), relative, horizon };
      } else if (yearCertain) {
        value = {
          start: `${d.getUTCFullYear()}-01-01`,
          end: `${d.getUTCFullYear()}-12-31`,
          relative,
          horizon,
        };
      }
      if (!value) continue;
      // "between May 15, 2020, and June 15, 2020": merge two days joined by and/to/through into one range.
      const prev = out[out.length - 1];
      const prevResult = results[i - 1];
      if (
        prev &&
        prevResult &&
        prev.kind === 'date' &&
        /^,?\s*(?:and|to|through|until|till|-|–)\s*$/i.test(
          s.text.slice(prevResult.index + prevResult.text.length, from),
        ) &&
        /\bbetween\s+$/i.test(s.text.slice(0, prevResult.index))
      ) {
        out.pop();
        out.push(
          candidate(
            ctx,
            s,
            prevResult.index,
            to,
            {
              start: prev.value.start,
              end: value.end,
              relative: prev.value.relative || relative,
              horizon: false,
            },
            'date:between',
          ),
        );
        continue;
      }
      // Keep "late on Thursday" / "in early January" text whole for readers.
      const lead = /(?:\b(?:late|early|mid)\s+(?:on\s+)?)$/i.exec(head);
      const start = lead ? from - lead[0].length : from;
      to = Math.min(to, s.text.length);
      out.push(candidate(ctx, s, start, to, value, `date:chrono${relative ? ':relative' : ''}`));
    }
    return out;
  },
};

const YEAR_RE =
  /\b(?:in|during|throughout|for|of|since)\s+((?:19|20)\d{2})\b(?!\s*(?:-|–|\/)\s*\d)(?!\s+(?:financial|fiscal))/dgi;

/** "in 2023", "throughout 2022": a whole year (chrono does not read a bare year). */
export const yearParser: Parser = {
  name: 'YearParser',
  pattern: () => YEAR_RE,
  extract(ctx, s, m) {
    const y = m[1] ?? '';
    const idx = m.indices?.[0];
    if (!idx) return null;
    const since = /^since/i.test(m[0]);
    const value: DateValue = {
      start: `${y}-01-01`,
      end: since && ctx.reference ? ctx.reference : `${y}-12-31`,
      relative: false,
      horizon: HORIZON_BEFORE.test(s.text.slice(0, m.index)),
    };
    return candidate(ctx, s, idx[0], idx[1], value, 'date:year');
  },
};

const SEASONS: Readonly<Record<string, [number, number]>> = {
  spring: [2, 4],
  summer: [5, 7],
  fall: [8, 10],
  autumn: [8, 10],
  winter: [11, 13],
};
const SEASON_RE = /\b(last|this|next)\s+(spring|summer|fall|autumn|winter)\b/dgi;

/** "last fall" → September..November of the most recent past autumn. */
export const seasonParser: Parser = {
  name: 'SeasonParser',
  pattern: () => SEASON_RE,
  extract(ctx, s, m) {
    if (!ctx.reference) return null;
    const ref = parseYmd(ctx.reference);
    const [m0, m1] = SEASONS[(m[2] ?? '').toLowerCase()] ?? [0, 0];
    const which = (m[1] ?? '').toLowerCase();
    let year = ref.getUTCFullYear();
    const endsBeforeRef = m1 < ref.getUTCMonth() || (m1 > 11 && m1 - 12 < ref.getUTCMonth());
    if (which === 'last') year -= endsBeforeRef ? 0 : 1;
    if (which === 'next') year += endsBeforeRef ? 1 : 0;
    if (m0 >= 11 && which !== 'next' && ref.getUTCMonth() < 3) year -= 1;
    const start = monthRange(year, m0).start;
    const end = monthRange(year, m1).end;
    return candidate(
      ctx,
      s,
      m.index,
      m.index + m[0].length,
      { start, end, relative: true, horizon: which === 'next' },
      'date:season',
    );
  },
};

const EARLIER_RE =
  /\b(?:earlier|so\s+far|since\s+the\s+(?:beginning|start))\s+(?:in\s+|of\s+)?(?:this|the)\s+(year|month)\b|\bthis\s+year\s+so\s+far\b/dgi;

/** "earlier this year", "earlier in the year", "so far this year": start of the period..reference. */
export const earlierThisParser: Parser = {
  name: 'EarlierThisPeriodParser',
  pattern: () => EARLIER_RE,
  extract(ctx, s, m) {
    if (!ctx.reference) return null;
    const unit = (m[1] ?? 'year').toLowerCase();
    const start = unit === 'month' ? `${ctx.reference.slice(0, 8)}01` : `${ctx.reference.slice(0, 4)}-01-01`;
    return candidate(
      ctx,
      s,
      m.index,
      m.index + m[0].length,
      { start, end: ctx.reference, relative: true, horizon: false },
      'date:earlier-this',
    );
  },
};

const SPAN_YEARS_RE =
  /\b(?:(?:the\s+)?(end|late|start|beginning|early|middle|mid)\s+(?:of\s+)?)?((?:19|20)\d{2})\s+(?:and\s+(?:continuing\s+)?)?(?:through|to|until|into|and)\s+((?:19|20)\d{2})\b/dgi;

/** "end of 2022 through 2023", "2021 to 2023": one range across years. */
export const yearSpanParser: Parser = {
  name: 'YearSpanParser',
  pattern: () => SPAN_YEARS_RE,
  extract(ctx, s, m) {
    const edge = (m[1] ?? '').toLowerCase();
    const y0 = m[2] ?? '';
    const y1 = m[3] ?? '';
    const startMonth =
      edge === 'end' || edge === 'late' ? '10' : edge === 'middle' || edge === 'mid' ? '05' : '01';
    return candidate(
      ctx,
      s,
      m.index,
      m.index + m[0].length,
      { start: `${y0}-${startMonth}-01`, end: `${y1}-12-31`, relative: false, horizon: false },
      'date:year-span',
    );
  },
};
