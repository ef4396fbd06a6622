/** Day arithmetic on YYYY-MM-DD strings (UTC, no time zones involved). */

const MS_PER_DAY = 86_400_000;

export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
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
