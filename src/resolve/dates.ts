/** Day arithmetic on YYYY-MM-DD strings (UTC, no time zones involved). */

const MS_PER_DAY = 86_400_000;

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Days since 1970-01-01 by calendar arithmetic (the clusterer compares every pair of a family's
 * dates, and Date.parse dominated its time): "2024-04-03" → 19816. Other forms go to Date.parse.
 */
export function dayNumber(date: string): number {
  const m = ISO_DAY_RE.exec(date);
  if (!m) return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
  // Days from civil (proleptic Gregorian), with years starting in March so leap days come last.
  const month = Number(m[2]);
  const y = Number(m[1]) - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(m[3]) - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days between two ranges (0 when they touch or overlap); open sides reach forever. */
export function gapDays(
  a: { readonly start: string | null; readonly end: string | null },
  b: { readonly start: string | null; readonly end: string | null },
): number {
  const aStart = a.start ? dayNumber(a.start) : Number.NEGATIVE_INFINITY;
  const aEnd = a.end ? dayNumber(a.end) : Number.POSITIVE_INFINITY;
  const bStart = b.start ? dayNumber(b.start) : Number.NEGATIVE_INFINITY;
  const bEnd = b.end ? dayNumber(b.end) : Number.POSITIVE_INFINITY;
  if (aEnd < bStart) return bStart - aEnd;
  if (bEnd < aStart) return aStart - bEnd;
  return 0;
}
