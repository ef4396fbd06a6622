/**
 * Our own date-word matcher: precompiled regexes for the date forms news about layoffs uses
 * (weekdays, "yesterday", week/month/year phrases, month names with or without day and year,
 * seasons, years, year spans, ISO and US numeric dates), resolved with plain calendar
 * arithmetic against the publication date. It replaces a general date parser on the hot path:
 * one cheap prefilter per sentence, then a handful of sticky rules only where a date word is.
 *
 * Conventions (../shared/corpus/README.md "Date conventions"): a weekday is the most recent such
 * day on or before publication unless the clause looks ahead ("which begin on Monday"); a month
 * without a year is the most recent such month (whole month, "early"/"late" kept in the text);
 * "this week" is Monday..Sunday; deadlines ("by August") are horizons, never the event date;
 * without a publication date relative expressions keep their text and get no dates.
 */
import {
  FUTURE_CUES,
  HORIZON_WORDS,
  MONTHS,
  NUMBER_WORDS,
  PAST_CUES,
  QUARTERS,
  SEASONS,
  WEEKDAYS,
} from '../lexicon/dates.ts';
import {
  addDays,
  type DayRange,
  dayOf,
  isRealDay,
  monthRange,
  monthsRange,
  oneDay,
  parseYmd,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  weekRange,
  yearOfDay,
  yearOfMonth,
  yearRange,
  ymd,
} from './calendar.ts';

export interface DateMatch {
  /** Offsets in the text handed to matchDates. */
  readonly from: number;
  readonly to: number;
  readonly start: string | null;
  readonly end: string | null;
  /** Resolved against the publication date (or unresolvable without one). */
  readonly relative: boolean;
  /** A deadline or horizon of a plan ("by August", "until 2026"): never the event date. */
  readonly horizon: boolean;
  /** The clause looks ahead of the reporting time ("will close on June 30"). */
  readonly ahead: boolean;
  /** Attached to a reporting verb ("said on Tuesday", "announced Wednesday"): the announcement day. */
  readonly announce: boolean;
  /** Granularity: a single day, a week, a month, a season/quarter, a year or a longer span. */
  readonly grain: 'day' | 'week' | 'month' | 'season' | 'year' | 'span';
  readonly rule: string;
}

/** "year" → "[yY][eE][aA][rR]": the family scan has no `i` flag. */
const anyCase = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/** "mar|may" → "M[aA][rR]|M[aA][yY]": month and weekday anchors count only capitalised ("may cut"). */
const capitalised = (words: string) =>
  words
    .split('|')
    .map((w) => `${w.slice(0, 1).toUpperCase()}${anyCase(w.slice(1))}`)
    .join('|');

/**
 * One scan that tells which rule families a sentence needs. Numbered groups in FAMILY_ORDER
 * (no named groups: a `groups` object per hit cost more than the scan itself). Month and weekday
 * anchors match capitalised only, the rest in any case: "market" and "may cut" were hits that
 * only a capital-letter check threw away, at one match array each.
 */
const FAMILY_SCAN = new RegExp(
  [
    '((?:19|20)\\d\\d|\\d\\/\\d)|\\b(?:',
    `(${capitalised('jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec')})`,
    `|((?:${capitalised('mon|tues|wednes|thurs|fri|satur|sun')})${anyCase('day')})`,
    `|(${anyCase('yesterday|today')})|(${anyCase('week')})|(${anyCase('month')})|(${anyCase('year')})`,
    `|(${anyCase('ago')}\\b)|(${anyCase('spring|summer|fall|autumn|winter|quarter')}))`,
  ].join(''),
  'g',
);
/** The family of each FAMILY_SCAN group, group 1 first. */
const FAMILY_ORDER: readonly Family[] = [
  'digits',
  'month',
  'weekday',
  'day',
  'week',
  'monthword',
  'yearword',
  'ago',
  'season',
];
/** One bit per family, so a sentence's families are a plain number. */
const FAMILY_BIT: Readonly<Record<Family, number>> = {
  digits: 1,
  month: 2,
  weekday: 4,
  day: 8,
  week: 16,
  monthword: 32,
  yearword: 64,
  ago: 128,
  season: 256,
};
const ALL_FAMILIES = 511;

/** The family bits of `only` (all families without it); `only` is a small constant set. */
function maskOf(only: ReadonlySet<Family> | undefined): number {
  if (!only) return ALL_FAMILIES;
  let mask = 0;
  for (const f of only) mask |= FAMILY_BIT[f] ?? 0;
  return mask;
}

/** The family bits `text` needs, limited to `allowed`: "said on Tuesday" → weekday. */
function familiesOf(text: string, allowed: number): number {
  let found = 0;
  let seen = 0;
  FAMILY_SCAN.lastIndex = 0;
  for (let m = FAMILY_SCAN.exec(text); m !== null; m = FAMILY_SCAN.exec(text)) {
    for (let g = 1; g <= FAMILY_ORDER.length; g++) {
      if (m[g] === undefined) continue;
      const bit = FAMILY_BIT[FAMILY_ORDER[g - 1] as Family];
      seen |= bit;
      if ((allowed & bit) === 0) continue;
      found |= bit;
    }
  }
  FAMILY_SCAN.lastIndex = 0;
  seenFamilies = seen;
  return found;
}

/**
 * Every family the last familiesOf call met, before `only`: a year ("March 2024") or the word
 * "year" ("March this year") is seen even when only days are wanted. Month and weekday bits count
 * capitalised anchors only; the rules' `needs` read only the digits and year-word bits.
 */
let seenFamilies = 0;
/** Any digit: a day number ("March 3") needs one. */
const DIGIT = /\d/;

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');

const FULL_MONTHS = Object.keys(MONTHS).filter(
  (k) => k.length > 4 || k === 'may' || k === 'june' || k === 'july',
);
const SHORT_MONTHS = Object.keys(MONTHS).filter((k) => !FULL_MONTHS.includes(k));
/** "January", "Jan.", "Sept": the period belongs to abbreviations only ("in December." ends a sentence). */
const MON = `(?<mon>(?:${alt(FULL_MONTHS)})\\b|(?:${alt(SHORT_MONTHS)})\\b\\.?)`;
const WD = `(?<wd>${alt(Object.keys(WEEKDAYS))})`;
const YEAR = '(?:19|20)\\d{2}';
/** Every explicit year of a text, for "in June of that year". */
const LAST_YEAR = new RegExp(`\\b${YEAR}\\b`, 'g');
const DAY = '(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
/** "early January", "mid-March", "late on Thursday". */
const EDGE =
  '(?:(?<edge>early|late|mid|the\\s+end\\s+of|end\\s+of|the\\s+start\\s+of|start\\s+of|the\\s+beginning\\s+of|beginning\\s+of|the\\s+middle\\s+of|middle\\s+of)[\\s-]+)?';
/** A day number that is really the start of a count or a percent: "March 2,000 workers", "May 5%". */
const NOT_A_COUNT = '(?!\\s*(?:%|percent|per\\s+cent)|,\\d|\\.\\d)';

/** Which months of a year an edge word keeps: "late 2023" → September..December. */
const YEAR_EDGES: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 3],
  start: [0, 2],
  beginning: [0, 2],
  mid: [4, 7],
  middle: [4, 7],
  late: [8, 11],
  end: [9, 11],
};

interface Env {
  readonly text: string;
  readonly ref: Date | null;
  readonly reference: string | null;
}

interface Resolved {
  readonly range: DayRange | null;
  readonly relative: boolean;
  readonly grain: DateMatch['grain'];
  /** The rule already knows the direction ("next Monday", "last fall"); null: ask the clause. */
  readonly ahead?: boolean;
  readonly since?: boolean;
  /** The rule's own words make it a deadline ("by 2030"). */
  readonly horizon?: boolean;
}

/** Which date words a rule needs: rules whose words the sentence lacks are not run at all. */
export type Family =
  'digits' | 'month' | 'weekday' | 'day' | 'week' | 'monthword' | 'yearword' | 'ago' | 'season';

interface Rule {
  readonly name: string;
  /** `date:${name}`, built once. */
  readonly label: string;
  /**
   * A cheap necessary condition of `re` matching, on the text and the families seen in it
   * (before `only`): "March 3" without any digit needs no day rule.
   */
  readonly needs?: (text: string, seen: number) => boolean;
  readonly family: Family;
  readonly re: RegExp;
  resolve(
    g: Record<string, string | undefined>,
    m: RegExpExecArray,
    env: Env,
    ahead: () => boolean,
  ): Resolved | null;
}

const num = (s: string | undefined) => (s === undefined ? Number.NaN : Number.parseInt(s, 10));
const edgeKey = (edge: string | undefined) =>
  !edge
    ? ''
    : edge
        .toLowerCase()
        .replace(/^the\s+/, '')
        .replace(/\s+of$/, '');

/** "Sept." → "sept": the lexicon key of a month token. */
function monthKey(token: string): string {
  const lower = token.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

const ANY_SPACE = /\s/;
const SPACE_RUNS = /\s+/g;
/** "This  past" → "this past": lower case with single spaces (the common one-word case allocates nothing more). */
function spaced(words: string | undefined): string {
  const lower = (words ?? '').toLowerCase();
  return ANY_SPACE.test(lower) ? lower.replace(SPACE_RUNS, ' ') : lower;
}

/** Month names must be capitalised ("in May", not "may cut"; "March 26", not "march on"). */
function monthIndex(token: string | undefined): number | null {
  if (!token) return null;
  const first = token[0] ?? '';
  if (first !== first.toUpperCase()) return null;
  const i = MONTHS[monthKey(token)];
  return i === undefined ? null : i;
}

/** Words before a bare "May"/"March" that make it the month ("in May"), not the modal or a name. */
const MONTH_LEAD =
  /\b(?:in|since|from|by|until|till|of|early|late|mid|last|next|this|between|and|to|through|during|before|after|starting|beginning|effective|on|as\s+of)[\s-]+$/i;
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'aug', 'sat', 'sun']);

const RULE_DEFS: readonly Omit<Rule, 'label'>[] = [
  {
    // "2024-04-03"
    name: 'iso',
    needs: (text) => text.includes('-'),
    family: 'digits',
    re: /\b(?<y>(?:19|20)\d{2})-(?<m>[01]\d)-(?<d>[0-3]\d)\b/gi,
    resolve(g) {
      const y = num(g.y);
      const m0 = num(g.m) - 1;
      const d = num(g.d);
      if (!isRealDay(y, m0, d)) return null;
      return { range: oneDay(dayOf(y, m0, d)), relative: false, grain: 'day' };
    },
  },
  {
    // "4/3/2024" (US order, month first)
    name: 'numeric',
    needs: (text) => text.includes('/'),
    family: 'digits',
    re: /\b(?<m>1[0-2]|0?[1-9])\/(?<d>3[01]|[12]\d|0?[1-9])\/(?<y>(?:19|20)\d{2})\b/gi,
    resolve(g) {
      const y = num(g.y);
      const m0 = num(g.m) - 1;
      const d = num(g.d);
      if (!isRealDay(y, m0, d)) return null;
      return { range: oneDay(dayOf(y, m0, d)), relative: false, grain: 'day' };
    },
  },
  {
    // "between May 15, 2020," / "on March 26" / "Jan. 13" / "late on June 30"
    name: 'month-day',
    needs: (text) => DIGIT.test(text),
    family: 'month',
    re: new RegExp(
      `\\b(?:(?<edge>early|late|mid)[\\s-]+)?(?:on\\s+)?${MON}\\s+${DAY}\\b${NOT_A_COUNT}(?:,?\\s+(?<y>${YEAR})\\b)?`,
      'gi',
    ),
    resolve(g, _m, env, ahead) {
      return resolveDay(g, env, ahead);
    },
  },
  {
    // "3 April 2024", "the 5th of March"
    name: 'day-month',
    needs: (text) => DIGIT.test(text),
    family: 'month',
    re: new RegExp(`\\b(?:on\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MON}(?:,?\\s+(?<y>${YEAR})\\b)?`, 'gi'),
    resolve(g, _m, env, ahead) {
      return resolveDay(g, env, ahead);
    },
  },
  {
    // "January 2023", "early March 2024", "May of 2022"
    name: 'month-year',
    needs: (_text, seen) => (seen & FAMILY_BIT.digits) !== 0,
    family: 'month',
    re: new RegExp(`\\b(?:(?<edge>early|late|mid)[\\s-]+)?${MON}(?:\\s+of)?,?\\s+(?<y>${YEAR})\\b`, 'gi'),
    resolve(g) {
      const m0 = monthIndex(g.mon);
      if (m0 === null) return null;
      return { range: monthRange(num(g.y), m0), relative: false, grain: 'month' };
    },
  },
  {
    // "January this year", "August of next year", "December last year"
    name: 'month-rel-year',
    needs: (_text, seen) => (seen & FAMILY_BIT.yearword) !== 0,
    family: 'month',
    re: new RegExp(`\\b${MON}\\s+(?:of\\s+)?(?<which>this|last|next)\\s+year\\b`, 'gi'),
    resolve(g, _m, env) {
      const m0 = monthIndex(g.mon);
      if (m0 === null) return null;
      if (!env.ref) return { range: null, relative: true, grain: 'month' };
      const which = (g.which ?? '').toLowerCase();
      const y = env.ref.getUTCFullYear() + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      return { range: monthRange(y, m0), relative: true, grain: 'month', ahead: which === 'next' };
    },
  },
  {
    // "in December", "in early January", "next August", "last March", "starting January"
    name: 'month',
    family: 'month',
    re: new RegExp(
      `\\b(?:(?<rel>next|last|this\\s+past|this|coming)\\s+)?(?:(?<edge>early|late|mid)[\\s-]+)?${MON}(?![\\w-])(?<that>\\s+(?:of\\s+)?(?:that|the\\s+same|that\\s+same)\\s+year\\b)?`,
      'gi',
    ),
    resolve(g, m, env, ahead) {
      const m0 = monthIndex(g.mon);
      if (m0 === null) return null;
      // "In February 2020 it said ..., and in June of that year it eliminated 3,900": the year
      // named last before the month.
      if (g.that) {
        const years = env.text.slice(0, m.index).match(LAST_YEAR);
        const y = years ? Number(years[years.length - 1]) : null;
        if (y) return { range: monthRange(y, m0), relative: false, grain: 'month' };
      }
      const token = monthKey(g.mon ?? '');
      if (
        AMBIGUOUS_MONTHS.has(token) &&
        !g.rel &&
        !g.edge &&
        !MONTH_LEAD.test(env.text.slice(Math.max(0, m.index - 20), m.index))
      ) {
        return null;
      }
      if (!env.ref) return { range: null, relative: true, grain: 'month' };
      const rel = (g.rel ?? '').toLowerCase();
      let y: number;
      let dir: boolean | undefined;
      if (rel === 'next' || rel === 'coming') {
        y = yearOfMonth(env.ref, m0, true);
        if (y === env.ref.getUTCFullYear() && m0 === env.ref.getUTCMonth()) y += 1;
        dir = true;
      } else if (rel === 'last' || rel === 'this past') {
        y = yearOfMonth(env.ref, m0, false);
        if (y === env.ref.getUTCFullYear() && m0 === env.ref.getUTCMonth()) y -= 1;
        dir = false;
      } else if (rel === 'this') {
        y = env.ref.getUTCFullYear();
      } else {
        dir = ahead();
        // "said it would shut down at the end of May" read on April 25: reported speech looks
        // either way, so the nearer May wins (this May, not last year's); "said it would cut jobs
        // in January" read in March stays the January just past.
        if (!dir && reportedFuture(env.text, m.index)) {
          const now = env.ref.getUTCMonth();
          dir = (m0 - now + 12) % 12 < (now - m0 + 12) % 12;
        }
        y = yearOfMonth(env.ref, m0, dir);
      }
      return {
        range: monthRange(y, m0),
        relative: true,
        grain: 'month',
        ...(dir === undefined ? {} : { ahead: dir }),
      };
    },
  },
  {
    // "on Tuesday", "late on Thursday", "last Friday", "next Monday", "on Thursday morning"
    name: 'weekday',
    family: 'weekday',
    re: new RegExp(
      `\\b(?:(?<edge>late|early)\\s+)?(?:(?<rel>this\\s+past|last|this|next|coming|on)\\s+)?${WD}\\b(?:\\s+(?:morning|afternoon|evening|night))?`,
      'gi',
    ),
    resolve(g, _m, env, ahead) {
      const wd = g.wd ?? '';
      if (wd[0] !== wd[0]?.toUpperCase()) return null;
      const dow = WEEKDAYS[wd.toLowerCase()];
      if (dow === undefined) return null;
      if (!env.ref) return { range: null, relative: true, grain: 'day' };
      const rel = spaced(g.rel);
      let day: Date;
      let dir: boolean;
      if (rel === 'next' || rel === 'coming') {
        day = weekdayOnOrAfter(addDays(env.ref, 1), dow);
        dir = true;
      } else if (rel === 'last' || rel === 'this past') {
        day = weekdayOnOrBefore(addDays(env.ref, -1), dow);
        dir = false;
      } else if (rel === 'this') {
        day = addDays(parseYmd(weekRange(env.ref).start), (dow + 6) % 7);
        dir = day.getTime() > env.ref.getTime();
      } else {
        dir = ahead();
        day = dir ? weekdayOnOrAfter(env.ref, dow) : weekdayOnOrBefore(env.ref, dow);
      }
      return { range: oneDay(day), relative: true, grain: 'day', ahead: dir };
    },
  },
  {
    // "yesterday", "today" (not "today's market")
    name: 'yesterday',
    family: 'day',
    re: /\b(?:earlier\s+|late\s+)?(?<w>yesterday|today)\b(?![’']s)/gi,
    resolve(g, _m, env) {
      if (!env.ref) return { range: null, relative: true, grain: 'day' };
      const w = (g.w ?? '').toLowerCase();
      return {
        range: oneDay(w === 'yesterday' ? addDays(env.ref, -1) : env.ref),
        relative: true,
        grain: 'day',
        ahead: false,
      };
    },
  },
  {
    // "this week", "last week", "earlier this week", "the past week", "next week"
    name: 'week',
    family: 'week',
    re: /\b(?<which>earlier\s+this|later\s+this|this\s+past|this|last|past|previous|next|coming|the\s+past|the\s+previous|the\s+last|the\s+coming)\s+week\b/gi,
    resolve(g, _m, env) {
      if (!env.ref) return { range: null, relative: true, grain: 'week' };
      const which = spaced(g.which);
      const ref = env.ref;
      if (which === 'earlier this')
        return {
          range: { start: weekRange(ref).start, end: ymd(ref) },
          relative: true,
          grain: 'week',
          ahead: false,
        };
      if (which === 'the past' || which === 'the last' || which === 'the previous')
        return {
          range: { start: ymd(addDays(ref, -6)), end: ymd(ref) },
          relative: true,
          grain: 'week',
          ahead: false,
        };
      if (which === 'last' || which === 'past' || which === 'previous' || which === 'this past')
        return { range: weekRange(addDays(ref, -7)), relative: true, grain: 'week', ahead: false };
      if (which === 'next' || which === 'coming' || which === 'the coming')
        return { range: weekRange(addDays(ref, 7)), relative: true, grain: 'week', ahead: true };
      return { range: weekRange(ref), relative: true, grain: 'week', ahead: which === 'later this' };
    },
  },
  {
    // "over the weekend", "last weekend"
    name: 'weekend',
    family: 'week',
    re: /\b(?:over\s+the|this\s+past|last|this|the\s+past)\s+weekend\b/gi,
    resolve(_g, _m, env) {
      if (!env.ref) return { range: null, relative: true, grain: 'week' };
      const sat = weekdayOnOrBefore(env.ref, 6);
      return {
        range: { start: ymd(sat), end: ymd(addDays(sat, 1)) },
        relative: true,
        grain: 'week',
        ahead: false,
      };
    },
  },
  {
    // "earlier this month", "last month", "this month", "next month", "the past month"
    name: 'month-phrase',
    family: 'monthword',
    re: /\b(?<which>earlier\s+this|earlier\s+in\s+the|later\s+this|this\s+past|this|last|past|previous|next|coming|the\s+past|the\s+previous|the\s+last|the\s+coming)\s+month\b/gi,
    resolve(g, _m, env) {
      if (!env.ref) return { range: null, relative: true, grain: 'month' };
      const which = spaced(g.which);
      const ref = env.ref;
      const y = ref.getUTCFullYear();
      const m0 = ref.getUTCMonth();
      if (which === 'last' || which === 'previous' || which === 'this past')
        return { range: monthRange(y, m0 - 1), relative: true, grain: 'month', ahead: false };
      if (which === 'past' || which === 'the past' || which === 'the last' || which === 'the previous')
        return {
          range: { start: ymd(addDays(ref, -30)), end: ymd(ref) },
          relative: true,
          grain: 'month',
          ahead: false,
        };
      if (which === 'next' || which === 'coming' || which === 'the coming')
        return { range: monthRange(y, m0 + 1), relative: true, grain: 'month', ahead: true };
      if (which === 'later this')
        return {
          range: { start: ymd(ref), end: monthRange(y, m0).end },
          relative: true,
          grain: 'month',
          ahead: true,
        };
      // "this month", "earlier this month": from the 1st up to publication.
      return {
        range: { start: monthRange(y, m0).start, end: ymd(ref) },
        relative: true,
        grain: 'month',
        ahead: false,
      };
    },
  },
  {
    // "earlier this year", "so far this year", "this year so far", "since the start of the year", "last year"
    name: 'year-phrase',
    family: 'yearword',
    re: /\b(?:(?<which>earlier\s+this|earlier\s+in\s+the|so\s+far\s+this|later\s+this|this\s+past|this|last|past|previous|next|coming|the\s+past|the\s+previous|the\s+last|the\s+coming)\s+year\b(?:\s+so\s+far)?|(?:since\s+the\s+(?:beginning|start)\s+of|so\s+far\s+in)\s+(?:the|this)\s+year\b|(?<deadline>(?:by|before|until|till)\s+the\s+end\s+of\s+(?:the|this)\s+year)\b)/gi,
    resolve(g, m, env, ahead) {
      // "preparing to cut several hundred jobs before the end of the year": a deadline.
      if (g.deadline) {
        const range = env.ref ? { start: ymd(env.ref), end: `${env.ref.getUTCFullYear()}-12-31` } : null;
        return { range, relative: true, grain: 'year', ahead: true, horizon: true };
      }
      if (!env.ref) return { range: null, relative: true, grain: 'year' };
      const which = spaced(g.which ?? 'this');
      const ref = env.ref;
      const y = ref.getUTCFullYear();
      if (which === 'last' || which === 'previous' || which === 'this past')
        return { range: yearRange(y - 1), relative: true, grain: 'year', ahead: false };
      if (which === 'past' || which === 'the past' || which === 'the last' || which === 'the previous')
        return {
          range: { start: ymd(addDays(ref, -365)), end: ymd(ref) },
          relative: true,
          grain: 'year',
          ahead: false,
        };
      if (which === 'next' || which === 'coming' || which === 'the coming')
        return { range: yearRange(y + 1), relative: true, grain: 'year', ahead: true };
      if (which === 'later this')
        return { range: { start: ymd(ref), end: `${y}-12-31` }, relative: true, grain: 'year', ahead: true };
      // "this year" in a looking-ahead clause ("will cut 5% this year") is the whole year.
      const whole = which === 'this' && !/so\s+far/i.test(m[0]) && ahead();
      return {
        range: { start: `${y}-01-01`, end: whole ? `${y}-12-31` : ymd(ref) },
        relative: true,
        grain: 'year',
        ...(whole ? {} : { ahead: false }),
      };
    },
  },
  {
    // "two weeks ago", "a month ago", "3 days ago"
    name: 'ago',
    family: 'ago',
    re: new RegExp(
      `\\b(?<n>\\d{1,2}|${alt(Object.keys(NUMBER_WORDS).filter((w) => !['several', 'few', 'couple'].includes(w)))})\\s+(?<unit>day|week|month|year)s?\\s+ago\\b`,
      'gi',
    ),
    resolve(g, _m, env) {
      if (!env.ref) return { range: null, relative: true, grain: 'day' };
      const raw = (g.n ?? '').toLowerCase();
      const n = /^\d/.test(raw) ? num(raw) : (NUMBER_WORDS[raw] ?? Number.NaN);
      if (!Number.isFinite(n)) return null;
      const unit = (g.unit ?? '').toLowerCase();
      const ref = env.ref;
      if (unit === 'day')
        return { range: oneDay(addDays(ref, -n)), relative: true, grain: 'day', ahead: false };
      if (unit === 'week')
        return { range: weekRange(addDays(ref, -7 * n)), relative: true, grain: 'week', ahead: false };
      if (unit === 'month')
        return {
          range: monthRange(ref.getUTCFullYear(), ref.getUTCMonth() - n),
          relative: true,
          grain: 'month',
          ahead: false,
        };
      return { range: yearRange(ref.getUTCFullYear() - n), relative: true, grain: 'year', ahead: false };
    },
  },
  {
    // "last fall", "this summer", "in the spring of 2023", "winter 2022"
    name: 'season',
    family: 'season',
    re: new RegExp(
      `\\b(?:(?<which>last|this\\s+past|this|next|coming)\\s+)?(?<season>spring|summer|fall|autumn|winter)\\b(?:\\s+(?:of\\s+)?(?<y>${YEAR})\\b)?`,
      'gi',
    ),
    resolve(g, m, env, ahead) {
      const range = SEASONS[(g.season ?? '').toLowerCase()];
      if (!range) return null;
      const [m0, m1] = range;
      if (g.y) return { range: monthsRange(num(g.y), m0, m1), relative: false, grain: 'season' };
      const which = spaced(g.which);
      // "shares fall", "prices spring back": a bare season word needs "in (the)" before it.
      if (
        !which &&
        !/\b(?:in|during|over)\s+(?:the\s+)?$/i.test(env.text.slice(Math.max(0, m.index - 12), m.index))
      )
        return null;
      if (!env.ref) return { range: null, relative: true, grain: 'season' };
      const ref = ymd(env.ref);
      const y = env.ref.getUTCFullYear();
      // Occurrences starting in y-2..y+1, in order; winter's runs into the next year.
      const occ = [y - 2, y - 1, y, y + 1].map((sy) => ({ sy, ...monthsRange(sy, m0, m1) }));
      const pick = (f: (o: (typeof occ)[number]) => boolean, last: boolean) =>
        (last ? occ.filter(f).pop() : occ.find(f)) ?? occ[2];
      let dir: boolean;
      let chosen: (typeof occ)[number] | undefined;
      if (which === 'last' || which === 'this past') {
        chosen = pick((o) => o.end < ref, true);
        dir = false;
      } else if (which === 'next' || which === 'coming') {
        chosen = pick((o) => o.start > ref, false);
        dir = true;
      } else if (which === 'this') {
        chosen = occ.find((o) => o.start <= ref && ref <= o.end) ?? pick((o) => o.sy === y, false);
        dir = (chosen?.start ?? '') > ref;
      } else {
        dir = ahead();
        chosen = dir ? pick((o) => o.end >= ref, false) : pick((o) => o.start <= ref, true);
      }
      const sy = chosen?.sy ?? y;
      return { range: monthsRange(sy, m0, m1), relative: true, grain: 'season', ahead: dir };
    },
  },
  {
    // "in the first quarter", "the fourth quarter of 2024", "last quarter" (calendar quarters;
    // a company's "fiscal fourth quarter" has its own calendar and is left unresolved)
    name: 'quarter',
    family: 'season',
    re: new RegExp(
      `\\b(?:(?<which>last|this|next|the\\s+(?:past|previous|latest|last|current|next))\\s+quarter|(?:the\\s+)?(?<q>first|second|third|fourth)\\s+quarter(?:\\s+of\\s+(?:(?<y>${YEAR})\\b|(?<yw>this|last|next)\\s+year)|,?\\s+(?<y2>${YEAR})\\b)?)\\b`,
      'gi',
    ),
    resolve(g, m, env, ahead) {
      if (/\bfiscal\s+(?:year\s+)?$/i.test(env.text.slice(Math.max(0, m.index - 16), m.index))) return null;
      const quarterRange = (y: number, q: number) => {
        const yy = y + Math.floor(q / 4);
        const qq = ((q % 4) + 4) % 4;
        return monthsRange(yy, qq * 3, qq * 3 + 2);
      };
      const year = g.y ?? g.y2;
      const q = g.q ? QUARTERS[g.q.toLowerCase()] : undefined;
      if (q !== undefined && year)
        return { range: quarterRange(num(year), q), relative: false, grain: 'season' };
      if (!env.ref) return { range: null, relative: true, grain: 'season' };
      const ry = env.ref.getUTCFullYear();
      const rq = Math.floor(env.ref.getUTCMonth() / 3);
      if (q === undefined) {
        const which = spaced(g.which).replace(/^the\s+/, '');
        const shift = which === 'next' ? 1 : which === 'this' || which === 'current' ? 0 : -1;
        return { range: quarterRange(ry, rq + shift), relative: true, grain: 'season', ahead: shift > 0 };
      }
      const yw = spaced(g.yw);
      if (yw) {
        const y = yw === 'last' ? ry - 1 : yw === 'next' ? ry + 1 : ry;
        return {
          range: quarterRange(y, q),
          relative: true,
          grain: 'season',
          ahead: y > ry || (y === ry && q > rq),
        };
      }
      // "in the first quarter" alone: this year's, or the nearest one on the side the clause looks to.
      const dir = ahead();
      const y = dir ? (q >= rq ? ry : ry + 1) : q <= rq ? ry : ry - 1;
      return { range: quarterRange(y, q), relative: true, grain: 'season', ahead: dir };
    },
  },
  {
    // "end of 2022 through 2023", "2021 to 2023", "between 2019 and 2021"
    name: 'year-span',
    family: 'digits',
    re: new RegExp(
      `\\b${EDGE}(?<y0>${YEAR})\\s+(?:and\\s+(?:continuing\\s+)?)?(?:through|to|until|into|and|-|–)\\s+(?<y1>${YEAR})\\b`,
      'gi',
    ),
    resolve(g) {
      const y0 = num(g.y0);
      const y1 = num(g.y1);
      if (y1 < y0) return null;
      const months = YEAR_EDGES[edgeKey(g.edge)] ?? [0, 11];
      return {
        range: { start: monthRange(y0, months[0]).start, end: `${y1}-12-31` },
        relative: false,
        grain: 'span',
      };
    },
  },
  {
    // "2022-23", "2028-30", "2019/2020"
    name: 'year-pair',
    needs: (text) => text.includes('-') || text.includes('–') || text.includes('/'),
    family: 'digits',
    re: new RegExp(`\\b(?<y0>${YEAR})[-–/](?<y1>\\d{2}|${YEAR})\\b(?![-–/]\\d)`, 'gi'),
    resolve(g, m, env) {
      const y0 = num(g.y0);
      let y1 = num(g.y1);
      if ((g.y1 ?? '').length === 2) y1 = Math.floor(y0 / 100) * 100 + y1;
      if (y1 <= y0 || y1 - y0 > 10) return null;
      // "to adopt a 2024-25 budget that eliminates 142 positions": the budget's year, not the
      // day of the cut (kept as a horizon, like "by 2028-30").
      const budget = BUDGET_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      return {
        range: { start: `${y0}-01-01`, end: `${y1}-12-31` },
        relative: false,
        grain: 'span',
        ...(budget ? { horizon: true } : {}),
      };
    },
  },
  {
    // "in 2023", "throughout 2022", "since 2021", "late 2023", "by 2030" (a horizon)
    name: 'year',
    family: 'digits',
    re: new RegExp(
      `\\b(?:(?<prep>in|during|throughout|for|of|since|from|until|till|through|by|before|after|across)\\s+)?${EDGE}(?<y>${YEAR})\\b(?![-–/]\\d|,\\d|\\.\\d|\\s*(?:%|percent|per\\s+cent|financial|fiscal))`,
      'gi',
    ),
    resolve(g, m, env) {
      // A bare "2000" may be a count ("cut 2000 jobs"); "the 2023 layoffs" names the year of the cuts.
      if (
        !g.prep &&
        !g.edge &&
        !LAYOFF_NOUN_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 24))
      )
        return null;
      // "founded in 1998": the company's history, not the cut.
      if (FOUNDED_BEFORE.test(env.text.slice(Math.max(0, m.index - 24), m.index))) return null;
      const y = num(g.y);
      const months = YEAR_EDGES[edgeKey(g.edge)];
      const range = months ? monthsRange(y, months[0], months[1]) : yearRange(y);
      const prep = (g.prep ?? '').toLowerCase();
      return {
        range,
        relative: false,
        grain: 'year',
        since: prep === 'since',
        horizon: DEADLINE_PREPS.has(prep),
      };
    },
  },
];

const RULES: readonly Rule[] = RULE_DEFS.map((r) => ({ ...r, label: `date:${r.name}` }));

/** A year pair naming a budget: "a 2024-25 budget", "its 2025-26 spending plan". */
const BUDGET_AFTER = /^\s+(?:budget|spending\s+plan)\b/i;
/** "the 2023 layoffs", "its 2022 job cuts": a bare year that names the cuts' year. */
const LAYOFF_NOUN_AFTER =
  /^\s+(?:job\s+)?(?:layoffs?|lay-offs?|cuts?|redundanc(?:y|ies)|restructuring|downsizing)\b/i;
/** "founded in 1998", "the studio it bought in 2021": the company's history, not the cut. */
const FOUNDED_BEFORE =
  /\b(?:founded|established|incorporated|formed|created|born|launched|built|opened|started|acquired|bought|purchased)\s+(?:in\s+)?$/i;
/** Prepositions inside a year match that make it a deadline: "by 2030", "until 2026". */
const DEADLINE_PREPS = new Set(['by', 'until', 'till', 'through', 'before']);
const HORIZON_BEFORE = new RegExp(`\\b(?:${alt(HORIZON_WORDS)})\\s+(?:the\\s+)?(?:end\\s+of\\s+)?$`, 'i');
/** "from Monday", "starting January", "effective June 30", "as of next week": the day the cuts take effect. */
const STARTS_BEFORE =
  /\b(?:from|starting(?:\s+on|\s+in)?|beginning(?:\s+on|\s+in)?|effective(?:\s+on)?|as\s+of)\s+$/i;
/**
 * A future cue is a word of its own: "start-up" is a noun ("payments start-up X dismissed 300 on
 * Tuesday" is past), and "due to" before a cause ("due to falling sales", "due to the merger") gives
 * a reason, not a schedule ("is due to close on Friday" still looks ahead).
 */
const FUTURE_RE = new RegExp(
  `(?:^|[^\\w’'])(?:${alt(FUTURE_CUES)})\\b(?![-‑])(?<!\\bdue(?=\\s+to\\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|lower|higher|weak|weaker|poor|high|low|[a-z]+ing)\\b))`,
  'gi',
);
/**
 * A past form after "be" is passive and takes its tense from before it: "will be laid off on
 * Friday", "are to be eliminated on Monday" look ahead; "were laid off on Friday" looks back.
 */
const PAST_RE = new RegExp(`\\b(?<!\\bbe\\s+(?:[a-z]+ly\\s+)?)(?:${alt(PAST_CUES)})\\b`, 'gi');
/** A reporting verb next to the date: "said on Tuesday", "announced Wednesday", "on Friday announced". */
const REPORT_BEFORE =
  /\b(?:said|says|announced|told\s+\w+|confirmed|revealed|disclosed|wrote|reported)\s+(?:in\s+an?\s+\w+\s+)?$/i;
/**
 * A document the cut was made known in, right before its day: "according to a regulatory filing
 * on Wednesday", "a notice the company filed with the state on Tuesday", "in a memo on Friday",
 * "under budget proposals published on Monday" (the date's span holds its "on"), "under a change
 * proposal released to staff on Monday" (past, though the clause says "will cut").
 * That day is the announcement, as much as "said on Wednesday" is.
 */
const DOCUMENT_BEFORE =
  /\b(?:(?:filing|notice|memo|statement|letter|release|announcement|report|e-?mail|blog\s+post)\s+(?:(?:to|with)\s+(?:[\w-]+\s+){1,3}?)?(?:on\s+|dated\s+)?|(?:filed|issued|sent|posted|published|submitted|released|circulated|distributed|presented)\s+(?:(?:to|with)\s+(?:[\w-]+\s+){1,3}?|(?:on|dated)\s+)?)$/i;
/**
 * "sources within the company told our correspondent on Sunday": the day the paper heard of it,
 * not the day the cut was announced or made ("were handed letters on Friday" says that).
 */
const TOLD_THE_PRESS =
  /\btold\s+(?:(?:our|this|the|a)\s+)?(?:correspondent|reporters?|newspaper|paper|publication|website|journalists?)\s+$/i;

/**
 * "over the next year and a half", "in the coming year", "during the next month": a stretch of
 * time ahead in which a plan runs, a horizon, not the day of the event.
 */
const SPAN_AHEAD_BEFORE = /\b(?:over|during|across|in|within|for|throughout)\s+the\s+$/i;

/**
 * A sum of money or a saving right before the date: "as it tries to save $10 billion next year",
 * "annual savings of €300m by 2026", "cost savings in 2025". The date is the money's, not the cut's.
 */
const MONEY_BEFORE =
  /(?:\b(?:save|saves|saving|savings)\b[^,;.]{0,30}|[$€£¥]\s?\d[\d.,]*\s*(?:(?:bn|billion|m|mn|million|k|thousand|trillion)\b\s*)?|\b\d[\d.,]*\s*(?:bn|billion|million|mn|crore|lakh)?\s*(?:dollars|euros|pounds|rupees|yen)\s+)(?:(?:a|per|each)\s+year\s+)?(?:(?:in|by|from|for|during|over)\s+)?$/i;
/**
 * "ahead of an investor day in December", "ahead of its quarterly results on Thursday": the day
 * of another, coming occasion the cut is timed before, not the cut's own (kept as a horizon).
 * Not "ahead of the layoffs on Friday", where the occasion is the cut.
 */
const OCCASION_AHEAD_BEFORE =
  /\bahead\s+of\s+(?:(?:an?|the|its|their|this|next)\s+)?(?![^,;.]*\b(?:lay-?offs?|cuts?|closures?|redundanc\w*|jobs?)\b)(?:[\w’'-]+\s+){1,4}?(?:(?:in|on|at|scheduled\s+for|due|this|next)\s+)?$/i;
const REPORT_AFTER =
  /^,?\s*(?:it\s+|the\s+company\s+)?(?:said|announced|confirmed|told|revealed|disclosed)\b/i;
/** "since March", "since the start of October": the period runs from X to the reference. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?$/i;
/** How far back a tense cue is looked for, in characters of the same clause. */
const CUE_REACH = 90;
/** How far after the date a cue is looked for when none comes before ("On June 30, the plant will close"). */
const CUE_AFTER = 60;

const WOULD_RE = /\bwould\b/gi;
/** Past verbs only: "its last depot", "an earlier plan" are no tense of the clause. */
const PAST_VERB_RE = new RegExp(
  `\\b(?<!\\bbe\\s+(?:[a-z]+ly\\s+)?)(?:${alt(PAST_CUES.filter((w) => !['last', 'earlier', 'ago'].includes(w)))})\\b`,
  'gi',
);
/** "said it would close in May": a "would" after the last past verb before the date. */
function reportedFuture(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - CUE_REACH), at);
  const w = lastIndexOf(WOULD_RE, head);
  return w >= 0 && w > lastIndexOf(PAST_VERB_RE, head);
}

function lastIndexOf(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) at = m.index + m[0].length;
  re.lastIndex = 0;
  return at;
}

/** Does the clause around [from, to) look ahead? The nearest tense cue before the date wins, else the first after. */
function looksAhead(text: string, from: number, to: number): boolean {
  let head = text.slice(Math.max(0, from - CUE_REACH), from);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf('—'), head.lastIndexOf(':'));
  if (cut >= 0) head = head.slice(cut + 1);
  if (STARTS_BEFORE.test(head)) return true;
  // "is planning to cut 800 jobs, according to a report on Monday": a document already out.
  if (DOCUMENT_BEFORE.test(head)) return false;
  const f = lastIndexOf(FUTURE_RE, head);
  const p = lastIndexOf(PAST_RE, head);
  if (f >= 0 || p >= 0) return f > p;
  const tail = /^[^.;:!?]*/.exec(text.slice(to, to + CUE_AFTER))?.[0] ?? '';
  FUTURE_RE.lastIndex = 0;
  PAST_RE.lastIndex = 0;
  const fm = FUTURE_RE.exec(tail);
  const pm = PAST_RE.exec(tail);
  FUTURE_RE.lastIndex = 0;
  PAST_RE.lastIndex = 0;
  if (fm && (!pm || fm.index < pm.index)) return true;
  return false;
}

function resolveDay(g: Record<string, string | undefined>, env: Env, ahead: () => boolean): Resolved | null {
  const m0 = monthIndex(g.mon);
  const d = num(g.d);
  if (m0 === null || !Number.isFinite(d)) return null;
  if (g.y) {
    const y = num(g.y);
    if (!isRealDay(y, m0, d)) return null;
    return { range: oneDay(dayOf(y, m0, d)), relative: false, grain: 'day' };
  }
  if (!env.ref) return { range: null, relative: true, grain: 'day' };
  const dir = ahead();
  const y = yearOfDay(env.ref, m0, d, dir);
  if (!isRealDay(y, m0, d)) return null;
  return { range: oneDay(dayOf(y, m0, d)), relative: true, grain: 'day', ahead: dir };
}

/** "between May 15, 2020, and June 15, 2020", "from March 1 to April 30": two dates joined into one range. */
const RANGE_JOIN = /^,?\s*(?:and|to|through|thru|until|till|-|–)\s*$/i;
const RANGE_OPEN = /\b(?:between|from)\s+$/i;
const RANGE_TIGHT = /^\s*(?:-|–|through|thru)\s*$/i;

/**
 * Every date expression in `text` (one sentence), resolved against `reference` (YYYY-MM-DD or
 * null). Overlapping matches keep the longer one; ranges are merged; "since X" runs to the reference.
 * `only` limits the rule families run (the announcement day needs only single days).
 */
export function matchDates(text: string, reference: string | null, only?: ReadonlySet<Family>): DateMatch[] {
  const families = familiesOf(text, maskOf(only));
  if (families === 0) return [];
  const seen = seenFamilies;
  const env: Env = { text, ref: reference ? parseYmd(reference) : null, reference };
  const raw: DateMatch[] = [];
  for (const rule of RULES) {
    if ((families & FAMILY_BIT[rule.family]) === 0) continue;
    if (rule.needs && !rule.needs(text, seen)) continue;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      let from = m.index;
      const to = m.index + m[0].length;
      // Cheap overlap check before resolving: a longer match from an earlier rule already covers it.
      if (covered(raw, from, to)) continue;
      aheadText = text;
      aheadFrom = from;
      aheadTo = to;
      const head = text.slice(Math.max(0, from - 40), from);
      // "since the start of October" looks back whatever the clause says ("its highest tally since
      // it began"): the month is the latest one on or before the reference.
      const sinceBefore = SINCE_BEFORE.test(head);
      aheadMemo = sinceBefore ? 0 : UNKNOWN;
      const res = rule.resolve(m.groups ?? {}, m, env, aheadOfMatch);
      if (!res) continue;
      const dir = res.ahead ?? (res.relative ? aheadOfMatch() : false);
      let range = res.range;
      let since = res.since ?? false;
      if (!since && sinceBefore) {
        since = true;
        const s = SINCE_TAIL.exec(head);
        if (s) from -= s[0].length;
      }
      if (since && range)
        range = {
          start: range.start,
          end: env.reference && env.reference >= range.start ? env.reference : range.end,
        };
      const after = text.slice(to, to + 40);
      raw.push({
        from,
        to,
        start: range?.start ?? null,
        end: range?.end ?? null,
        relative: res.relative,
        horizon:
          (res.horizon ?? false) ||
          HORIZON_BEFORE.test(head) ||
          MONEY_BEFORE.test(head) ||
          (SPAN_AHEAD_BEFORE.test(head) && /^(?:next|coming)\b/i.test(m[0])) ||
          TOLD_THE_PRESS.test(head) ||
          (head.includes('ahead of') && OCCASION_AHEAD_BEFORE.test(head)),
        ahead: dir,
        announce: REPORT_BEFORE.test(head) || REPORT_AFTER.test(after) || DOCUMENT_BEFORE.test(head),
        grain: res.grain,
        rule: since ? `date:${rule.name}:since` : rule.label,
      });
    }
    re.lastIndex = 0;
  }
  aheadText = '';
  if (raw.length === 0) return [];
  // Longer first, then earlier: keep matches that do not overlap a kept one.
  if (raw.length > 1) raw.sort(longerThenEarlier);
  const kept: DateMatch[] = [];
  for (const r of raw) if (!overlapsAny(kept, r.from, r.to)) kept.push(r);
  if (kept.length > 1) kept.sort(earlier);
  return finish(text, reference, mergeRanges(text, kept));
}

/** "since March": the word itself, at the end of the text before the date. */
const SINCE_TAIL = /since\s+(?:the\s+(?:start|beginning)\s+of\s+)?$/i;

/**
 * The clause direction of the match being resolved, computed at most once per match. Module
 * state instead of a closure per match: matchDates never re-enters itself, and a fresh closure
 * per "on Tuesday" cost more than the rule that resolves it.
 */
const UNKNOWN = 2;
let aheadText = '';
let aheadFrom = 0;
let aheadTo = 0;
let aheadMemo: 0 | 1 | 2 = UNKNOWN;
function aheadOfMatch(): boolean {
  if (aheadMemo === UNKNOWN) aheadMemo = looksAhead(aheadText, aheadFrom, aheadTo) ? 1 : 0;
  return aheadMemo === 1;
}

/** True when a match in `ms` spans all of [from, to). */
function covered(ms: readonly DateMatch[], from: number, to: number): boolean {
  for (const r of ms) if (r.from <= from && r.to >= to) return true;
  return false;
}

/** True when a match in `ms` overlaps [from, to). */
function overlapsAny(ms: readonly DateMatch[], from: number, to: number): boolean {
  for (const k of ms) if (k.from < to && from < k.to) return true;
  return false;
}

function longerThenEarlier(a: DateMatch, b: DateMatch): number {
  return b.to - b.from - (a.to - a.from) || a.from - b.from;
}

function earlier(a: DateMatch, b: DateMatch): number {
  return a.from - b.from;
}

function mergeRanges(text: string, ms: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of ms) {
    let prev = out[out.length - 1];
    if (prev) {
      const between = text.slice(prev.to, m.from);
      // "from March 1 to April 15, 2024": the first day takes the year stated with the second.
      if (
        prev.relative &&
        !m.relative &&
        prev.start &&
        m.end &&
        (prev.grain === 'day' || prev.grain === 'month')
      ) {
        let start = `${m.end.slice(0, 4)}${prev.start.slice(4)}`;
        if (start > m.end) start = `${Number(m.end.slice(0, 4)) - 1}${prev.start.slice(4)}`;
        prev = { ...prev, start, relative: false };
      }
      const opened = RANGE_OPEN.test(text.slice(Math.max(0, prev.from - 12), prev.from));
      if (
        RANGE_JOIN.test(between) &&
        (opened || RANGE_TIGHT.test(between)) &&
        prev.start &&
        m.end &&
        prev.start <= m.end
      ) {
        const openLen = opened
          ? (/\b(?:between|from)\s+$/i.exec(text.slice(Math.max(0, prev.from - 12), prev.from))?.[0].length ??
            0)
          : 0;
        out[out.length - 1] = {
          ...prev,
          start: prev.start,
          from: prev.from - openLen,
          to: m.to,
          end: m.end,
          relative: prev.relative || m.relative,
          grain: 'span',
          rule: 'date:range',
        };
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** A planned cut: "will cut", "is to slash", "plans to lay off". */
const FUTURE_CUT =
  /\b(?:will|to)\s+(?:be\s+)?(?:cut(?:ting)?|slash(?:ing)?|axe|shed|eliminate|lay\s+off|reduce|trim)\b/gi;
/** A side clause after the cut: "… even as it records a profit last year". */
const SIDE_CLAUSE = /\b(?:even\s+as|while|as|despite|although|though|because|since|after)\b/i;
const LAYOFF_WORD =
  /\b(?:cut|lay|laid|layoffs?|jobs?|roles?|posts?|positions?|staff|employees|workers|redundan\w*|sack\w*|ax\w*|fired|shed|slash\w*|eliminat\w*)\b/i;

/**
 * Two sentence-level corrections:
 * - the announcement day wins over the day cuts take effect: in "said on Tuesday it will cut 90
 *   jobs starting in June" the June date becomes a horizon, so Tuesday is the event's date;
 * - a past period in a side clause of a planned cut is not the cut's date: in "Pellam will cut
 *   800 jobs even as it posts a record profit last year" "last year" dates the profit.
 * Both are marked `horizon` (kept with their text, never attached as the event date).
 */
function finish(text: string, reference: string | null, ms: DateMatch[]): DateMatch[] {
  const announced = ms.some((m) => m.announce && !m.horizon);
  return ms.map((m) => {
    if (m.horizon || m.announce) return m;
    if (announced && m.ahead) return { ...m, horizon: true };
    if (reference && m.end && m.end < reference && sideClauseOfPlannedCut(text, m.from))
      return { ...m, horizon: true };
    return m;
  });
}

function sideClauseOfPlannedCut(text: string, at: number): boolean {
  const head = text.slice(0, at);
  const cut = lastIndexOf(FUTURE_CUT, head);
  if (cut < 0) return false;
  const rest = head.slice(cut);
  const side = SIDE_CLAUSE.exec(rest);
  if (!side) return false;
  return !LAYOFF_WORD.test(rest.slice(side.index + side[0].length));
}
