import type { CountRange, EmployeeTotal, EventDate } from '../../domain/event.ts';

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatNumber(n: number): string {
  return INTEGER.format(n);
}

/**
 * A headcount range as a reader says it: {200,999} → "200–999", {160,160} → "160",
 * {4001,null} → "4,001+", {null,499} → "up to 499", {null,null} → "unknown".
 */
export function formatCount(count: CountRange | null): string {
  if (!count) return 'unknown';
  const { min, max } = count;
  if (min !== null && max !== null)
    return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
  if (min !== null) return `${formatNumber(min)}+`;
  if (max !== null) return `up to ${formatNumber(max)}`;
  return 'unknown';
}

/** A low–high total: {low:1200, high:1999} → "1,200–1,999"; equal ends print once. */
export function formatTotal(total: Pick<EmployeeTotal, 'low' | 'high'>): string {
  return total.low === total.high
    ? formatNumber(total.low)
    : `${formatNumber(total.low)}–${formatNumber(total.high)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * An event date range as a reader says it: one day → "2024-04-03"; a whole month
 * (2024-01-01..2024-01-31) → "Jan 2024"; a whole year → "2024"; otherwise "start – end";
 * an open side → "from 2022-11-01" / "until 2023-12-31"; nothing → "date unknown".
 */
export function formatDate(date: EventDate | null): string {
  if (!date || (!date.start && !date.end)) return 'date unknown';
  const { start, end } = date;
  if (start && end) {
    if (start === end) return start;
    const s = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
    const e = /^(\d{4})-(\d{2})-(\d{2})$/.exec(end);
    if (s && e && s[3] === '01') {
      const [sy, sm, ey, em, ed] = [Number(s[1]), Number(s[2]), Number(e[1]), Number(e[2]), Number(e[3])];
      if (sy === ey && sm === 1 && em === 12 && ed === 31) return String(sy);
      if (sy === ey && sm === em && ed === lastDayOfMonth(ey, em)) return `${MONTHS[sm - 1]} ${sy}`;
    }
    return `${start} – ${end}`;
  }
  return start ? `from ${start}` : `until ${end}`;
}

/** The day to sort and plot an event by: its start, else its end. */
export function eventDay(date: EventDate): string | null {
  return date.start ?? date.end;
}

/** UTC day arithmetic on YYYY-MM-DD: addDays("2024-04-05", -29) → "2024-03-07". */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
