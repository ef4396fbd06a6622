import type { DateBasis } from '../domain/mention.ts';
import { addDays, gapDays } from './dates.ts';
import { nameKey, normalizeCompany } from './normalize-company.ts';
import type { ResolvableMention } from './types.ts';

/*
 * The named predicates that decide whether two mentions from different articles report the same
 * layoff. All must hold (see `sameEvent`). Each is symmetric and pure; each has a test in
 * test/resolve/match-rules.test.ts.
 */

/**
 * Two dated reports of one event may name days this far apart: the announcement and the first
 * day of cuts, or an article dated two days after the news.
 * Accepts: "announced Thursday" 2024-02-15 vs "cuts began on Friday" 2024-02-16 (1 day).
 * Accepts: "last week" 2024-03-25..31 vs 2024-04-03 (3 days).
 * Rejects: Amazon's wave ending 2023-12-31 vs AWS on 2024-04-03 (94 days).
 */
export const DATE_WINDOW_DAYS = 10;

/**
 * A mention whose sentence has no date carries the article's publication day (basis
 * 'published'); the event happened on or before it, recently. We read it as that many days back.
 * Accepts: no date, article of 2024-04-05 vs "on Wednesday" 2024-04-03.
 * Rejects: no date, article of 2024-04-05 vs "in January 2024".
 */
export const PUBLISHED_LOOKBACK_DAYS = 30;

/**
 * Relative slack when comparing two stated counts: outlets round and revise.
 * Accepts: "15,000" vs "some 17,500" (12,750–17,250 and 14,875–20,125 meet).
 * Rejects: "1,900" vs "250"; "12,000" vs "6,000".
 */
export const COUNT_TOLERANCE = 0.15;

type CompanyRef = { readonly company: string; readonly unit: string | null };

/**
 * Same employer, allowing for aliases ("Google" = "Alphabet") and for a unit inside its parent:
 * "AWS" (no unit) = "Amazon" with unit "Amazon Web Services" = "Amazon" with no unit. Two
 * different units of one company are different employers ("AWS" vs "Twitch").
 */
export function sameCompany(a: CompanyRef, b: CompanyRef): boolean {
  const na = normalizeCompany(a.company, a.unit);
  const nb = normalizeCompany(b.company, b.unit);
  if (na.key !== nb.key) return false;
  if (na.unit === null || nb.unit === null) return true;
  return nameKey(na.unit) === nameKey(nb.unit);
}

type DateRef = {
  readonly start: string | null;
  readonly end: string | null;
  readonly basis: DateBasis;
} | null;

/** The range a mention's date stands for when comparing: a 'published' day reaches back a while. */
export function comparableRange(date: DateRef): { start: string | null; end: string | null } | null {
  if (!date || (date.start === null && date.end === null)) return null;
  if (date.basis === 'published') {
    const day = date.end ?? date.start;
    return day ? { start: addDays(day, -PUBLISHED_LOOKBACK_DAYS), end: day } : null;
  }
  return { start: date.start, end: date.end };
}

/**
 * Dates do not rule it out: one is unknown (an undated article's "on Wednesday"), the ranges
 * overlap ("in 2023" and "January 2023"), or they lie within DATE_WINDOW_DAYS of each other.
 */
export function datesCompatible(a: DateRef, b: DateRef): boolean {
  const ra = comparableRange(a);
  const rb = comparableRange(b);
  if (!ra || !rb) return true;
  return gapDays(ra, rb) <= DATE_WINDOW_DAYS;
}

type CountRef = { readonly min: number | null; readonly max: number | null; readonly text: string } | null;

/**
 * A count said without digits ("hundreds", "thousands of jobs", "dozens") is vague: it rarely
 * contradicts a figure from another outlet, so it never blocks a merge on its own.
 */
export function isVagueCount(count: CountRef): boolean {
  return count !== null && !/\d/.test(count.text);
}

/** Counts do not rule it out: one is unknown or vague, or the ranges meet within COUNT_TOLERANCE. */
export function countsCompatible(a: CountRef, b: CountRef): boolean {
  if (!a || !b || (a.min === null && a.max === null) || (b.min === null && b.max === null)) return true;
  if (isVagueCount(a) || isVagueCount(b)) return true;
  const aLo = (a.min ?? 0) * (1 - COUNT_TOLERANCE);
  const aHi = a.max === null ? Number.POSITIVE_INFINITY : a.max * (1 + COUNT_TOLERANCE);
  const bLo = (b.min ?? 0) * (1 - COUNT_TOLERANCE);
  const bHi = b.max === null ? Number.POSITIVE_INFINITY : b.max * (1 + COUNT_TOLERANCE);
  return aLo <= bHi && bLo <= aHi;
}

/**
 * Relative slack when comparing two stated shares of the workforce: outlets round ("about 10%"
 * vs "11%") but a different figure is a different round.
 * Accepts: 6% vs 6%; "about 10%" vs 11% (8.5–11.5 and 9.35–12.65 meet).
 * Rejects: 2% vs 6% (a June trim and a January cut at one company); 10% vs 17%.
 */
export const PERCENT_TOLERANCE = 0.15;

/** Percentages do not rule it out: one is unknown, or they meet within PERCENT_TOLERANCE. */
export function percentsCompatible(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return true;
  return (
    a * (1 - PERCENT_TOLERANCE) <= b * (1 + PERCENT_TOLERANCE) &&
    b * (1 - PERCENT_TOLERANCE) <= a * (1 + PERCENT_TOLERANCE)
  );
}

/**
 * A WARN notice is filed when the employer must warn the state (60 days before separations):
 * usually days to weeks after the layoff was announced, sometimes the same day. A notice dated D
 * therefore stands for a layoff announced in [D − WARN_NOTICE_LEAD_DAYS, D]; DATE_WINDOW_DAYS adds
 * the usual slack on both sides (a story "citing a notice filed last week" comes after it).
 * Accepts: news of 2024-03-12 vs a notice of 2024-04-02 (21 days before it).
 * Accepts: a story of 2024-04-09 vs a notice of 2024-04-02 (7 days after it).
 * Rejects: news of 2024-01-10 vs a notice of 2024-04-02 (83 days before it).
 * Two notices are compared day to day (one layoff files in several states within days).
 */
export const WARN_NOTICE_LEAD_DAYS = 30;

/** The range a WARN notice's date stands for when compared with a non-WARN report. */
export function noticeRange(date: DateRef): { start: string | null; end: string | null } | null {
  const day = date ? (date.start ?? date.end) : null;
  return day ? { start: addDays(day, -WARN_NOTICE_LEAD_DAYS), end: day } : null;
}

function isNotice(m: { readonly source?: string }): boolean {
  return m.source === 'warn';
}

/** datesCompatible, reading a WARN notice's date as "announced up to WARN_NOTICE_LEAD_DAYS before". */
export function mentionDatesCompatible(a: ResolvableMention, b: ResolvableMention): boolean {
  if (isNotice(a) === isNotice(b)) return datesCompatible(a.date, b.date);
  const [notice, other] = isNotice(a) ? [a, b] : [b, a];
  const rn = noticeRange(notice.date);
  const ro = comparableRange(other.date);
  if (!rn || !ro) return true;
  return gapDays(rn, ro) <= DATE_WINDOW_DAYS;
}

/**
 * A WARN notice counts one state's (often one site's) share of a layoff, so it fits any report
 * whose count is at least as large, within COUNT_TOLERANCE; two notices are parts of one layoff
 * (different sites) or a notice and its amendment, so their counts never keep them apart.
 * Accepts: notice of 340 jobs in California vs "1,200 jobs" company-wide; notices of 340 and 120.
 * Rejects: notice of 2,000 jobs vs "about 300 jobs".
 */
export function mentionCountsCompatible(a: ResolvableMention, b: ResolvableMention): boolean {
  if (!isNotice(a) && !isNotice(b)) return countsCompatible(a.count, b.count);
  if (isNotice(a) && isNotice(b)) return true;
  const [notice, other] = isNotice(a) ? [a, b] : [b, a];
  const jobs = notice.count?.min ?? notice.count?.max ?? null;
  const c = other.count;
  if (jobs === null || !c || (c.min === null && c.max === null) || isVagueCount(c)) return true;
  const otherHigh = c.max === null ? Number.POSITIVE_INFINITY : c.max * (1 + COUNT_TOLERANCE);
  return jobs * (1 - COUNT_TOLERANCE) <= otherHigh;
}

/**
 * Two mentions in one article are two events: the extractor already keeps one mention per event
 * per article ("Amazon's 27,000 in 2023" and "AWS hundreds now" in the same story stay apart).
 */
export function differentArticles(a: { articleId: number }, b: { articleId: number }): boolean {
  return a.articleId !== b.articleId;
}

/** The named rules, in the order they are checked; `sameEvent` needs all of them. */
export const MATCH_RULES = [
  {
    name: 'differentArticles',
    test: (a: ResolvableMention, b: ResolvableMention) => differentArticles(a, b),
  },
  { name: 'sameCompany', test: (a: ResolvableMention, b: ResolvableMention) => sameCompany(a, b) },
  {
    name: 'datesCompatible',
    test: (a: ResolvableMention, b: ResolvableMention) => mentionDatesCompatible(a, b),
  },
  {
    name: 'countsCompatible',
    test: (a: ResolvableMention, b: ResolvableMention) => mentionCountsCompatible(a, b),
  },
  {
    name: 'percentsCompatible',
    test: (a: ResolvableMention, b: ResolvableMention) => percentsCompatible(a.percent, b.percent),
  },
] as const;

export function sameEvent(a: ResolvableMention, b: ResolvableMention): boolean {
  return MATCH_RULES.every((rule) => rule.test(a, b));
}

/** The first rule that keeps two mentions apart, or null: for debugging and tests. */
export function whyNotSameEvent(a: ResolvableMention, b: ResolvableMention): string | null {
  return MATCH_RULES.find((rule) => !rule.test(a, b))?.name ?? null;
}

/*
 * How strongly two mentions that may be one event agree. The rules above only say yes or no;
 * when one article's mentions could each join the same event (which takes one mention per
 * article), the pair that agrees more goes first. A report saying "up to 6,000 redundancies"
 * belongs with another "up to 6,000", not with the same article's "5,000 roles" that merely fits
 * under that bound.
 */
export const AGREEMENT_WEIGHTS = {
  /** The same stated figure or bound: "up to 6,000 jobs" and "as many as 6,000 posts". */
  sameCount: 4,
  /** Stated ranges that meet as written: "up to 6,000" and "5,000". */
  overlappingCount: 2,
  /** Figures that meet only within COUNT_TOLERANCE: "1,500" and "1,564". */
  nearCount: 1,
  /** The same share of the workforce: "6%" and "six per cent". */
  samePercent: 3,
  /** Stated dates that overlap: "on Tuesday" (2024-06-04) and "in June 2024". */
  overlappingDates: 2,
  /** Dates within DATE_WINDOW_DAYS, or a publication day reaching back to the other date. */
  nearDates: 1,
  /** One named unit on both sides: "AWS" and "Amazon Web Services". */
  sameUnit: 2,
  /** Per mention that is its article's main story: a recalled event was usually someone's lead. */
  primary: 1,
} as const;

function hasFigure(c: CountRef): c is NonNullable<CountRef> {
  return c !== null && (c.min !== null || c.max !== null) && !isVagueCount(c);
}

function countAgreement(a: CountRef, b: CountRef): number {
  if (!hasFigure(a) || !hasFigure(b)) return 0;
  if (a.min === b.min && a.max === b.max) return AGREEMENT_WEIGHTS.sameCount;
  const meet =
    (a.min ?? 0) <= (b.max ?? Number.POSITIVE_INFINITY) &&
    (b.min ?? 0) <= (a.max ?? Number.POSITIVE_INFINITY);
  if (meet) return AGREEMENT_WEIGHTS.overlappingCount;
  return countsCompatible(a, b) ? AGREEMENT_WEIGHTS.nearCount : 0;
}

function dateAgreement(a: DateRef, b: DateRef): number {
  const ra = comparableRange(a);
  const rb = comparableRange(b);
  if (!ra || !rb) return 0;
  const stated = a?.basis !== 'published' && b?.basis !== 'published';
  const gap = gapDays(ra, rb);
  if (stated && gap === 0) return AGREEMENT_WEIGHTS.overlappingDates;
  return gap <= DATE_WINDOW_DAYS ? AGREEMENT_WEIGHTS.nearDates : 0;
}

/**
 * What two mentions state alike (higher = more alike), without the primary bonus; meaningful only
 * when sameEvent holds. "Acme up to 6,000" vs "Acme up to 6,000" → 4; vs "Acme 5,000" → 2;
 * vs "Acme" with nothing stated → 0.
 */
export function statedAgreement(a: ResolvableMention, b: ResolvableMention): number {
  const ua = normalizeCompany(a.company, a.unit).unit;
  const ub = normalizeCompany(b.company, b.unit).unit;
  return (
    countAgreement(a.count, b.count) +
    (a.percent !== null && a.percent === b.percent ? AGREEMENT_WEIGHTS.samePercent : 0) +
    dateAgreement(a.date, b.date) +
    (ua !== null && ub !== null && nameKey(ua) === nameKey(ub) ? AGREEMENT_WEIGHTS.sameUnit : 0)
  );
}

/**
 * The order in which the clusterer takes pairs: statedAgreement plus the primary bonus.
 * "Acme up to 6,000, lead story" vs "Acme up to 6,000" → 4 + 1 = 5;
 * "Acme up to 6,000, lead story" vs "Acme 5,000" → 2 + 1 = 3.
 */
export function matchStrength(a: ResolvableMention, b: ResolvableMention): number {
  return (
    statedAgreement(a, b) +
    (a.primary ? AGREEMENT_WEIGHTS.primary : 0) +
    (b.primary ? AGREEMENT_WEIGHTS.primary : 0)
  );
}
