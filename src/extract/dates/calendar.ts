/**
 * Plain UTC calendar arithmetic on YYYY-MM-DD strings: no local time zone, no "now". Every
 * relative date is computed from the article's reference (publication) date.
 */

export interface DayRange {
  readonly start: string;
  readonly end: string;
}

const DAY_MS = 86_400_000;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "2024-04-03" for a UTC date (years 1000..9999; cheaper than toISOString on the hot path). */
export function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

let lastParsed: { s: string; d: Date } | null = null;

/** Noon UTC of a YYYY-MM-DD day (noon keeps day arithmetic clear of any edge). The last one is memoised. */
export function parseYmd(s: string): Date {
  if (lastParsed?.s !== s) lastParsed = { s, d: new Date(`${s}T12:00:00Z`) };
  return new Date(lastParsed.d.getTime());
}

export function dayOf(year: number, month0: number, day: number): Date {
  return new Date(Date.UTC(year, month0, day, 12));
}

/** True when year/month/day name a real day ("February 30" does not). */
export function isRealDay(year: number, month0: number, day: number): boolean {
  const d = dayOf(year, month0, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month0 && d.getUTCDate() === day;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

export function oneDay(d: Date): DayRange {
  const s = ymd(d);
  return { start: s, end: s };
}

/** First..last day of a month; month0 may run past 11 or below 0 (it wraps into the next/previous year). */
export function monthRange(year: number, month0: number): DayRange {
  return { start: ymd(dayOf(year, month0, 1)), end: ymd(dayOf(year, month0 + 1, 0)) };
}

/** First day of month0 .. last day of month1 (month1 may be 12+ for winter). */
export function monthsRange(year: number, month0: number, month1: number): DayRange {
  return { start: monthRange(year, month0).start, end: monthRange(year, month1).end };
}

export function yearRange(year: number): DayRange {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Monday..Sunday of the week that contains d. */
export function weekRange(d: Date): DayRange {
  const monday = addDays(d, -((d.getUTCDay() + 6) % 7));
  return { start: ymd(monday), end: ymd(addDays(monday, 6)) };
}

/** The most recent `dow` on or before ref ("said on Tuesday", published on Wednesday → yesterday). */
export function weekdayOnOrBefore(ref: Date, dow: number): Date {
  return addDays(ref, -((ref.getUTCDay() - dow + 7) % 7));
}

/** The next `dow` on or after ref ("the cuts begin on Monday"). */
export function weekdayOnOrAfter(ref: Date, dow: number): Date {
  return addDays(ref, (dow - ref.getUTCDay() + 7) % 7);
}

/**
 * A month named without a year: the most recent such month on or before ref, or with `ahead`
 * the next one on or after it ("in December" read in April 2024 → December 2023).
 */
export function yearOfMonth(ref: Date, month0: number, ahead: boolean): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth();
  if (ahead) return month0 < m ? y + 1 : y;
  return month0 > m ? y - 1 : y;
}

/**
 * A day and month without a year: the nearest such day on or before ref (past tense) or on or
 * after it (future tense). "on March 26" read on 2020-03-31 → 2020-03-26.
 */
export function yearOfDay(ref: Date, month0: number, day: number, ahead: boolean): number {
  const y = ref.getUTCFullYear();
  const same = dayOf(y, month0, day).getTime();
  if (ahead) return same < ref.getTime() ? y + 1 : y;
  return same > ref.getTime() ? y - 1 : y;
}
