import { makeSpan } from '../../domain/span.ts';
import type { Candidate, ExtractionContext, Parser } from '../context.ts';
import { FRACTIONS, NUMBER_WORDS } from '../lexicon/quantities.ts';
import {
  matchAny,
  NUM,
  NUMBER_CUE,
  PERCENT_CUE,
  PERCENT_SIGN,
  parseNumber,
  QUAL,
  qualifierEffect,
} from '../patterns.ts';
import type { Sentence } from '../sentences.ts';
import { matchFrom } from './util.ts';
import { CUT_VERB_ITS_BEFORE, PASSIVE_CUT_AFTER } from './headcount.parser.ts';

const OWNER = `(?:(?:its|the|their|our|his|her|the\\s+company['’]s|the\\s+bank['’]s|the\\s+firm['’]s|[A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*)?['’]s?)\\s+)`;
/** What a share is of: "5% of its staff", "a quarter of its 1,160 corporate and administrative posts". */
const STAFF =
  '(?:workforce|staff|employees|headcount|workers|employee\\s+base|personnel|people|jobs|roles|positions|posts|newsroom(?:\\s+staff)?(?!\\s+(?:posts|jobs|roles|positions|employees|workers|staff))|team|corporate\\s+staff)';
/**
 * Optional inline workforce: "5% of its 85,000 global workforce", "half of its 7,500-strong staff",
 * "8% of its 2,400-person workforce".
 */
const INLINE_WORKFORCE = `(?:(?:(${QUAL})\\s+)?(${NUM})(?:-strong|-person|-people|-member)?\\s+)?`;
const ADJ = '(?:[a-z][\\w-]*\\s+){0,3}?';

// Necessary substrings of the patterns below: "cut 400 jobs" has no percent sign and no fraction
// word, so the percent and fraction scans are skipped.
const SMALLER_CUE = /smaller/i;
/** A fraction word, or a count in a count ("1 in 10", "one out of every five"). */
const FRACTION_CUE = new RegExp(
  `${matchAny(Object.keys(FRACTIONS))}|(?:\\d|\\b${matchAny(Object.keys(NUMBER_WORDS))})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(?:\\d|${matchAny(Object.keys(NUMBER_WORDS))}\\b)`,
  'i',
);
/** Every stated workforce ("employs 85,000 people", "90,000-strong") holds a number. */
const WORKFORCE_CUES: readonly RegExp[] = [NUMBER_CUE];

const G_QUAL = 1;
const G_VALUE = 2;
const G_WF_QUAL = 3;
const G_WF = 4;

/**
 * A share stated as a range: "cut 5% to 8% of roles", "lay off between 15 and 20 per cent". A
 * percent candidate holds one share, so a range is never taken as two shares (nor as either end
 * alone): with a workforce in the phrase ("5% to 8% of its 2,000 staff") it becomes one count with
 * both bounds (100..160); without one it is the upper end as a ceiling ("up to 8%", as the words
 * "up to 8%" are taken), the lower end being lost until a percent can hold a range. "from 5% to 8%" is a share that moves (a rate
 * rising), never a range of cuts, so its ends stay with the single-percent parsers.
 */
const PCT = '(?:\\s*%|\\s*per\\s*cent\\b|\\s*percent\\b)';
/** The lower end and its joiner before an upper end: "about 5% to ", "between 15 and ". */
const RANGE_LOW_BEFORE = new RegExp(
  `(?:\\b(${QUAL})\\s+)?(?:\\b(between)\\s+)?\\b(\\d+(?:\\.\\d+)?)${PCT}?\\s*(?:-|–|to|and)\\s*$`,
  'i',
);
/** The joiner and upper end after a lower end: " to 8%", "-8 per cent", " and 20%". */
const RANGE_HIGH_AFTER = new RegExp(`^\\s*(-|–|to|and)\\s*(\\d+(?:\\.\\d+)?)${PCT}`, 'i');
const FROM_BEFORE = /\bfrom\s+$/i;
/** "15% to 20% of " before "its 2,000 staff": that workforce is the base of the range's count. */
const RANGE_OF_BEFORE = new RegExp(`\\d${PCT}?\\s*(?:-|–|to|and)\\s*\\d+(?:\\.\\d+)?${PCT}\\s+of\\s+$`, 'i');
const BETWEEN_BEFORE = /\bbetween\s+$/i;

interface ShareRange {
  readonly low: number;
  readonly high: number;
  /** Sentence offsets of the whole range, hedge included ("about 5% to 8%"). */
  readonly from: number;
  readonly qualifier: string | undefined;
}

/** The range whose upper end starts at `at` ("5% to " before "8%"), or null. */
function rangeBefore(text: string, at: number, high: number): ShareRange | null {
  const head = text.slice(0, at);
  const m = RANGE_LOW_BEFORE.exec(head);
  if (!m) return null;
  const joiner = /(\S+)\s*$/.exec(m[0])?.[1]?.toLowerCase();
  // "and" joins a range only after "between" ("cut 5% and then 8%" is no range).
  if (joiner === 'and' && !m[2]) return null;
  if (!m[2] && FROM_BEFORE.test(head.slice(0, m.index))) return null;
  const low = Number(m[3]);
  if (!(low > 0 && low < high)) return null;
  return { low, high, from: m.index, qualifier: m[1] };
}

/** The upper end after a lower end at `at..end` ("5%" before " to 8%"), or null. */
function rangeAfter(
  text: string,
  at: number,
  end: number,
  low: number,
): { high: number; end: number } | null {
  const m = RANGE_HIGH_AFTER.exec(text.slice(end));
  if (!m) return null;
  const head = text.slice(0, at);
  if (m[1]?.toLowerCase() === 'and' && !BETWEEN_BEFORE.test(head)) return null;
  if (FROM_BEFORE.test(head)) return null;
  const high = Number(m[2]);
  if (!(high > low && high <= 100)) return null;
  return { high, end: end + m[0].length };
}

/**
 * The candidates of a share range spanning `from..to` of the sentence: one count with both bounds
 * when a workforce is stated in the phrase ("5% to 8% of its 2,000 staff" → 100..160), else the
 * upper end as a ceiling ("5% to 8% of roles" → up to 8%).
 */
function rangeCandidates(
  ctx: ExtractionContext,
  s: Sentence,
  r: ShareRange,
  to: number,
  workforce: { readonly raw: string; readonly qualifier: string | undefined } | null,
  rule: string,
): Candidate[] {
  const span = makeSpan(ctx.text, s.start + r.from, s.start + to);
  const effect = qualifierEffect(r.qualifier);
  const wf = workforce ? parseNumber(workforce.raw) : null;
  if (wf !== null && wf > 0) {
    const lowExact = (r.low * wf) / 100;
    const highExact = (r.high * wf) / 100;
    const min = Math.floor(lowExact);
    const max = Math.ceil(highExact);
    const approx =
      effect === 'approx' ||
      qualifierEffect(workforce?.qualifier) === 'approx' ||
      min !== lowExact ||
      max !== highExact;
    return [
      {
        kind: 'count',
        span,
        sentenceIndex: s.index,
        value: { min, max, approx },
        stated: 'implied',
        rule: `${rule}:range`,
      },
    ];
  }
  return [
    {
      kind: 'percent',
      span,
      sentenceIndex: s.index,
      value: { percent: r.high, qualifier: effect === 'approx' ? 'approx' : 'below' },
      stated: 'stated',
      rule: `${rule}:range`,
    },
  ];
}

function percentCandidates(
  ctx: ExtractionContext,
  s: Sentence,
  m: RegExpExecArray,
  percent: number,
  rule: string,
): Candidate[] {
  const effect = qualifierEffect(m[G_QUAL]);
  const qualifier =
    effect === 'approx'
      ? 'approx'
      : effect === 'above' || effect === 'atLeast'
        ? 'above'
        : effect
          ? 'below'
          : null;
  const start = s.start + m.index;
  const out: Candidate[] = [
    {
      kind: 'percent',
      span: makeSpan(ctx.text, start, start + m[0].length),
      sentenceIndex: s.index,
      value: { percent, qualifier },
      stated: 'stated',
      rule,
    },
  ];
  const wfRaw = m[G_WF];
  const wfIdx = m.indices?.[G_WF];
  if (wfRaw && wfIdx) {
    const value = parseNumber(wfRaw);
    if (value !== null && value > 0) {
      const qIdx = m.indices?.[G_WF_QUAL];
      out.push({
        kind: 'workforce',
        span: makeSpan(ctx.text, s.start + (qIdx?.[0] ?? wfIdx[0]), s.start + wfIdx[1]),
        sentenceIndex: s.index,
        value: { value, approx: qualifierEffect(m[G_WF_QUAL]) === 'approx' },
        stated: 'stated',
        rule: `${rule}:workforce`,
      });
    }
  }
  return out;
}

const PERCENT_OF_RE = new RegExp(
  `(?:\\b(${QUAL})\\s+)?\\b(\\d+(?:\\.\\d+)?|${NUM})${PERCENT_SIGN}\\s+of\\s+${OWNER}?(?:total\\s+|global\\s+|entire\\s+|overall\\s+|worldwide\\s+)?${INLINE_WORKFORCE}${ADJ}${STAFF}\\b`,
  'gid',
);

/** "5% of its 85,000 global workforce", "about 17% of its staff", "15 per cent of employees". */
export const percentOfWorkforceParser: Parser = {
  name: 'PercentOfWorkforceParser',
  requires: [PERCENT_CUE],
  pattern: () => PERCENT_OF_RE,
  extract(ctx, s, m) {
    const p = parseNumber(m[G_VALUE] ?? '');
    if (p === null || p <= 0 || p > 100) return null;
    const v = m.indices?.[G_VALUE];
    // "cut 5% to 8% of roles": the match is the upper end; the lower one stands before it.
    const range = v && !m[G_QUAL] ? rangeBefore(s.text, v[0], p) : null;
    if (range) {
      const wf = m[G_WF] ? { raw: m[G_WF], qualifier: m[G_WF_QUAL] } : null;
      return rangeCandidates(ctx, s, range, m.index + m[0].length, wf, 'percent:of-workforce');
    }
    return percentCandidates(ctx, s, m, p, 'percent:of-workforce');
  },
};

const VERB_PERCENT_RE = new RegExp(
  `\\b(?:lay(?:ing|s)?\\s+off|laid\\s+off|cut(?:ting|s)?|slash(?:es|ed|ing)?|shed(?:s|ding)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|shr[iau]nk(?:s|ing)?(?:\\s+(?:its|their|the)\\s+(?:workforce|headcount|staff))?\\s+by|(?:workforce|headcount|staff)\\s+by)\\s+(?:(${QUAL})\\s+)?(\\d+(?:\\.\\d+)?)${PERCENT_SIGN}()()(?!\\s+of)`,
  'gid',
);

/**
 * "would lay off 12%", "cut its workforce by 15%", "will shrink its staff by 9%" (the verb or
 * "workforce by" says what it is of).
 */
export const verbPercentParser: Parser = {
  name: 'VerbPercentParser',
  requires: [PERCENT_CUE],
  pattern: () => VERB_PERCENT_RE,
  extract(ctx, s, m) {
    const p = parseNumber(m[G_VALUE] ?? '');
    if (p === null || p <= 0 || p > 100) return null;
    const from = m.indices?.[G_QUAL]?.[0] ?? m.indices?.[G_VALUE]?.[0];
    if (from === undefined) return null;
    const v = m.indices?.[G_VALUE];
    // "cut its workforce by 5% to 8%": the match is the lower end; one with "of staff" after it
    // is the upper end's match of the share-of-workforce parser.
    const high = v ? rangeAfter(s.text, v[0], m.index + m[0].length, p) : null;
    if (high) {
      if (/^\s+of\b/i.test(s.text.slice(high.end))) return null;
      const range = { low: p, high: high.high, from, qualifier: m[G_QUAL] };
      return rangeCandidates(ctx, s, range, high.end, null, 'percent:verb');
    }
    const shifted = matchFrom(m, from, s.text.slice(from, m.index + m[0].length));
    return percentCandidates(ctx, s, shifted, p, 'percent:verb');
  },
};

const PERCENT_CUT_RE = new RegExp(
  `(?:\\b(another|a|an|${QUAL})\\s+)?\\b(\\d+(?:\\.\\d+)?)${PERCENT_SIGN}()()(?=\\s+(?:cut\\b|reduction\\b|job\\s+cuts?\\b|layoffs?\\b|(?:would|will|were|was|are|is)\\s+(?:be\\s+)?(?:cut|laid\\s+off|let\\s+go|pink-slipped|eliminated|slashed|axed|shed|made\\s+redundant)))`,
  'gid',
);

/** "a 6% cut", "2% would be cut", "another 3% was slashed" ("6% of the staff ..." is handled above). */
export const percentCutParser: Parser = {
  name: 'PercentCutParser',
  requires: [PERCENT_CUE],
  pattern: () => PERCENT_CUT_RE,
  extract(ctx, s, m) {
    const p = parseNumber(m[G_VALUE] ?? '');
    if (p === null || p <= 0 || p > 100) return null;
    // "a 5% to 8% cut": a range, whose lower end no single share stands for.
    const v = m.indices?.[G_VALUE];
    if (v && rangeBefore(s.text, v[0], p)) return null;
    const q = m[G_QUAL]?.toLowerCase();
    const clean = matchFrom(m, m.index);
    if (q === 'a' || q === 'an' || q === 'another') clean[G_QUAL] = undefined as unknown as string;
    return percentCandidates(ctx, s, clean, p, 'percent:cut');
  },
};

/**
 * "Harlow Games is about to get smaller—12% smaller": the share is said twice, the second time as
 * "N% smaller" right after "smaller"; only the repeated form is taken (a lone "5% smaller" may be
 * revenue or a market).
 */
const SMALLER_RE = new RegExp(
  `\\bsmaller\\W{1,3}(?:(${QUAL})\\s+)?(\\d+(?:\\.\\d+)?)${PERCENT_SIGN}()()\\s+smaller\\b`,
  'gid',
);

export const smallerByPercentParser: Parser = {
  name: 'SmallerByPercentParser',
  requires: [PERCENT_CUE, SMALLER_CUE],
  pattern: () => SMALLER_RE,
  extract(ctx, s, m) {
    const p = parseNumber(m[G_VALUE] ?? '');
    if (p === null || p <= 0 || p >= 100) return null;
    const from = m.indices?.[G_QUAL]?.[0] ?? m.indices?.[G_VALUE]?.[0];
    if (from === undefined) return null;
    const shifted = matchFrom(m, from, s.text.slice(from, m.index + m[0].length));
    return percentCandidates(ctx, s, shifted, p, 'percent:smaller');
  },
};

/** Small counts of a share, as words: "one in five", "two out of every three". */
const SHARE_WORD = matchAny(Object.keys(NUMBER_WORDS).filter((w) => w !== 'dozen'));

/**
 * "is cutting about a fifth of the company", "laid off half the company": after a cut verb, the
 * company stands for its staff (checked in the parser: "sold a fifth of the company" is a stake).
 */
const COMPANY_AS_STAFF = "(?:the\\s+)?company(?!['’])";
const CUT_VERB_RIGHT_BEFORE =
  /\b(?:cut(?:s|ting)?|lay(?:s|ing)?\s+off|laid\s+off|let(?:s|ting)?\s+go(?:\s+of)?|shed(?:s|ding)?|slash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|fir(?:e|es|ed|ing))\s+$/i;
const FRACTION_OF = `(?:\\b(${QUAL})\\s+)?\\b(${matchAny(Object.keys(FRACTIONS))})\\s+(?:of\\s+)?(?:${COMPANY_AS_STAFF}|${OWNER}?(?:total\\s+|global\\s+|entire\\s+|overall\\s+)?${INLINE_WORKFORCE}${ADJ}${STAFF})\\b`;
/** "cut its workforce by a third", "shrink staff by half": the fraction after "by" (never "all"). */
const BY_FRACTION = `\\b(?:workforce|headcount|staff|staffing|payroll|jobs|employees|roles|positions|staff\\s+numbers)\\s+(by\\s+(?:(${QUAL})\\s+)?(${matchAny(Object.keys(FRACTIONS).filter((f) => f !== 'all'))}))\\b`;
/**
 * "roughly 1 in 10 of its about 4,200 employees", "one out of every five workers": a share as a
 * count in a count, against a workforce when one is stated.
 */
const N_IN_M = `(?:\\b(${QUAL})\\s+)?\\b(\\d+|${SHARE_WORD})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(\\d[\\d,]*|${SHARE_WORD})\\s+(?:of\\s+${OWNER}?(?:total\\s+|global\\s+|entire\\s+|overall\\s+)?${INLINE_WORKFORCE})?${ADJ}${STAFF}\\b`;
const FRACTION_RE = new RegExp(`${FRACTION_OF}|${BY_FRACTION}|${N_IN_M}`, 'gid');
/** Where each form's groups start in FRACTION_RE (qualifier, value[, second value], workforce). */
const G_BY = 5; // whole "by ..." phrase, then qualifier and fraction
const G_IN = 8; // qualifier, N, M, workforce qualifier, workforce

/**
 * The groups of one form of FRACTION_RE laid out as percentCandidates reads them (1 qualifier,
 * 2 value, 3 workforce qualifier, 4 workforce), matched text from `from` (sentence offset).
 */
function asShareMatch(m: RegExpExecArray, groups: readonly number[], from: number): RegExpExecArray {
  const pick = <T>(xs: readonly T[]): T[] => [xs[0] as T, ...groups.map((g) => xs[g] as T)];
  const out = Object.assign(pick([...m]), {
    index: from,
    input: m.input,
    groups: m.groups,
    indices: m.indices ? Object.assign(pick([...m.indices]), { groups: m.indices.groups }) : undefined,
  }) as RegExpExecArray;
  out[0] = m.input.slice(from, m.index + m[0].length);
  return out;
}

/**
 * "half of its 7,500-strong staff", "a third of its employees", "all of its employees"; "cut its
 * workforce by a third"; "1 in 10 of its 4,200 employees" (10%, and 420 with the workforce).
 */
export const fractionParser: Parser = {
  name: 'FractionOfWorkforceParser',
  requires: [FRACTION_CUE],
  pattern: () => FRACTION_RE,
  extract(ctx, s, m) {
    if (m[G_BY] !== undefined) {
      const key = (m[G_BY + 2] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const p = FRACTIONS[key];
      const from = m.indices?.[G_BY]?.[0];
      if (p === undefined || from === undefined) return null;
      return percentCandidates(ctx, s, asShareMatch(m, [G_BY + 1, G_BY + 2], from), p, 'percent:by-fraction');
    }
    if (m[G_IN + 1] !== undefined) {
      const n = parseNumber(m[G_IN + 1] ?? '');
      const of = parseNumber((m[G_IN + 2] ?? '').replace(/,/g, ''));
      // "2 in 3": a share below the whole; "one in every 2,000" is still a share (0.05%).
      if (n === null || of === null || n <= 0 || n >= of) return null;
      const p = Math.round((1000 * n) / of) / 10;
      if (p <= 0) return null;
      const shaped = asShareMatch(m, [G_IN, G_IN + 1, G_IN + 3, G_IN + 4], m.index);
      return percentCandidates(ctx, s, shaped, p, 'percent:n-in-m');
    }
    const key = (m[G_VALUE] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const p = FRACTIONS[key];
    if (p === undefined) return null;
    // "all of its employees" but not "all employees were told": require "of" for "all".
    if (key === 'all' && !/^all\s+of\b/i.test(m[0].slice((m.indices?.[G_VALUE]?.[0] ?? m.index) - m.index)))
      return null;
    if (/company$/i.test(m[0])) {
      if (!CUT_VERB_RIGHT_BEFORE.test(s.text.slice(0, m.index))) return null;
      // The share alone ("about a fifth"): "the company" after it stays the reference to the
      // employer, not an owner of the share to be resolved apart.
      const end = m.indices?.[G_VALUE]?.[1] ?? m.index + m[0].length;
      return percentCandidates(
        ctx,
        s,
        matchFrom(m, m.index, s.text.slice(m.index, end)),
        p,
        'percent:fraction',
      );
    }
    return percentCandidates(ctx, s, m, p, 'percent:fraction');
  },
};

/** "has grown to", "expanded from ... to": the verb every growth statement holds. */
const GREW_CUE = /grew|grown|growing|expanded|swelled/i;
/**
 * What else grows "to 900 people": "its customer base grew from 40 shops to 900 people a day",
 * "the audience has grown to 2,000 people". The words before the verb name no workforce.
 */
const NOT_STAFF_GROWER =
  /\b(?:users?|customers?|customer\s+base|clients?|audiences?|visitors|attendance|membership|members|subscribers|readers(?:hip)?|followers|traffic|crowds?|queues?|waiting\s+lists?|communit(?:y|ies)|population|sales|revenue)\s+(?:has\s+|have\s+|had\s+)?$/i;

const WORKFORCE_RES: readonly { rule: string; re: RegExp; cue?: RegExp }[] = [
  // "which employs 85,000 people", "employing more than 49,000 workers"
  {
    rule: 'workforce:employs',
    re: new RegExp(
      `\\b(?:employs|employing|employed|employ)\\s+(?:(${QUAL})\\s+)?(${NUM})\\s+(?:[\\w-]+\\s+){0,2}?(?:people|employees|workers|staff)\\b`,
      'gid',
    ),
  },
  // "its 90,000-strong worldwide workforce"
  { rule: 'workforce:strong', re: new RegExp(`()\\b(${NUM})-(?:strong|person|people|member)\\b`, 'gid') },
  // "a workforce of 12,000", "headcount of about 3,000"
  {
    rule: 'workforce:of',
    re: new RegExp(
      `\\b(?:workforce|headcount|staff)\\s+of\\s+(?:(${QUAL})\\s+)?(${NUM})\\b(?!${PERCENT_SIGN})`,
      'gid',
    ),
  },
  // "its 85,000 global workforce", "the company's roughly 9,200 employees", "about 85 newsroom staff"
  {
    rule: 'workforce:its-n',
    re: new RegExp(
      `\\b(?:its|the\\s+company['’]s|the\\s+firm['’]s)\\s+(?:(${QUAL})\\s+)?(${NUM})\\s+(?:global\\s+|worldwide\\s+|total\\s+|full-time\\s+)?(?:workforce|employees|staff|workers)\\b`,
      'gid',
    ),
  },
  // "a workforce that numbered roughly 84,900 people", "its headcount, which stood at 239,000":
  // the group noun sized by a verb (a "group estimated at" is no workforce: it may be a part).
  {
    rule: 'workforce:numbered',
    re: new RegExp(
      `\\b(?:workforce|headcount|payroll|employee\\s+base)\\s*,?\\s+(?:(?:that|which)\\s+)?(?:(?:is|was|has\\s+been|had\\s+been)\\s+)?(?:numbered|numbering|numbers|stood\\s+at|stands\\s+at|totall?ed|totall?ing|totals|estimated\\s+at)\\s+(?:(${QUAL})\\s+)?(${NUM})\\b(?!${PERCENT_SIGN})`,
      'gid',
    ),
  },
  // "based on the roughly 9,000 employees Spotify had", "the 1,200 people it employed": a
  // headcount owned by the subject of a relative clause.
  {
    rule: 'workforce:n-had',
    re: new RegExp(
      `\\b(?:[Tt]he|[Ii]ts)\\s+(?:(${QUAL})\\s+)?(${NUM})\\s+(?:(?:total|global|full-time)\\s+)?(?:employees|staff|workers|people|staffers)\\s+(?:it|the\\s+(?:company|firm|group)|[A-Z][\\w&.’'-]*(?:\\s+[A-Z][\\w&.’'-]*)?)\\s+(?:had|has|employed|employs|counted)\\b(?!\\s+(?:already\\s+)?(?:been\\s+)?(?:laid|let|cut|fired|sacked|dismissed|made|to|eliminated|shed)\\b)`,
      'gd',
    ),
  },
  // "Pellam has about 1,200 total employees", "the paper had some 85 newsroom staff", "The newsroom
  // had 48 journalists before the cuts" (a trade counted as the staff): a headcount
  // owned, not cut ("had 300 employees laid off" is a cut, so a cut word after it vetoes).
  {
    rule: 'workforce:has-n',
    re: new RegExp(
      `\\b(?:has|had|have)\\s+(?:(${QUAL})\\s+)?(${NUM})\\s+(?:(?:total|global|worldwide|full-time|permanent|newsroom|corporate)\\s+){0,2}(?:employees|staff|workers|people|staffers|journalists|reporters|teachers|engineers|nurses)\\b(?!\\s+(?:were\\s+|being\\s+|will\\s+be\\s+)?(?:laid|let|cut|fired|sacked|affected|impacted|lose|losing|leave|leaving|go)\\b)`,
      'gid',
    ),
  },
  // "Tallyloop grew from a team of nine in a borrowed room to 650 people in four countries", "has
  // grown to about 2,200 employees": the size a company grew to is its workforce.
  {
    rule: 'workforce:grew-to',
    re: new RegExp(
      `\\b(?:grew|grown|growing|expanded|swelled)\\s+(?:from\\s+[^.;]{1,80}?\\s+)?to\\s+(?:(${QUAL})\\s+)?(${NUM})\\s+(?:(?:full-time|permanent|total)\\s+)?(?:people|employees|staff|workers|staffers)\\b`,
      'gid',
    ),
    cue: GREW_CUE,
  },
];

/** A stated workforce, for deriving a count from a percent (never a count itself). */
export const workforceParsers: readonly Parser[] = WORKFORCE_RES.map(({ rule, re, cue }) => ({
  name: `WorkforceParser(${rule})`,
  requires: cue ? [...WORKFORCE_CUES, cue] : WORKFORCE_CUES,
  pattern: () => re,
  extract(ctx: ExtractionContext, s: Sentence, m: RegExpExecArray): Candidate | null {
    const value = parseNumber(m[2] ?? '');
    const idx = m.indices?.[2];
    if (value === null || value < 10 || !idx) return null;
    // "will lay off its 40 staff", "its 85 employees are losing their jobs": the whole workforce
    // is the cut, so the count parsers own it.
    // "lay off 15% to 20% of its 2,000 staff": the range parser made one count of it.
    if (rule === 'workforce:its-n' && RANGE_OF_BEFORE.test(s.text.slice(0, m.index))) return null;
    if (rule === 'workforce:grew-to' && NOT_STAFF_GROWER.test(s.text.slice(0, m.index))) return null;
    if (
      rule === 'workforce:its-n' &&
      (CUT_VERB_ITS_BEFORE.test(s.text.slice(0, m.index + (/^its\s+/i.exec(m[0])?.[0].length ?? 0))) ||
        PASSIVE_CUT_AFTER.test(s.text.slice(m.index + m[0].length)))
    )
      return null;
    const from = m.indices?.[1]?.[0] ?? idx[0];
    return {
      kind: 'workforce',
      span: makeSpan(ctx.text, s.start + from, s.start + idx[1]),
      sentenceIndex: s.index,
      value: { value, approx: qualifierEffect(m[1]) === 'approx' },
      stated: 'stated',
      rule,
    };
  },
}));
