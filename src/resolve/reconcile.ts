import type { CountRange, EventConflict, EventDate, FieldProvenance } from '../domain/event.ts';
import type { DateBasis, Status } from '../domain/mention.ts';
import { isVagueCount } from './match-rules.ts';
import type { ResolvableMention } from './types.ts';

/*
 * One event's fields from its sources. Every function returns the chosen value and which
 * sources said what, so the store can show provenance and conflicts side by side.
 */

type Values = { value: string; mentionIds: number[] }[];

function groupValues<T>(
  mentions: readonly ResolvableMention[],
  pick: (m: ResolvableMention) => T | null,
  show: (v: T) => string,
): Values {
  const out: Values = [];
  for (const m of mentions) {
    const v = pick(m);
    if (v === null) continue;
    const shown = show(v);
    const existing = out.find((x) => x.value === shown);
    if (existing) existing.mentionIds.push(m.id);
    else out.push({ value: shown, mentionIds: [m.id] });
  }
  return out;
}

export function formatCount(c: { min: number | null; max: number | null }): string {
  if (c.min !== null && c.max !== null) return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
  if (c.min !== null) return `≥${c.min}`;
  if (c.max !== null) return `≤${c.max}`;
  return 'unknown';
}

function intersect(ranges: readonly { min: number | null; max: number | null }[]): CountRange | null {
  let lo: number | null = null;
  let hi: number | null = null;
  for (const r of ranges) {
    if (r.min !== null) lo = lo === null ? r.min : Math.max(lo, r.min);
    if (r.max !== null) hi = hi === null ? r.max : Math.min(hi, r.max);
  }
  if (lo !== null && hi !== null && lo > hi) return null;
  return { min: lo, max: hi };
}

function hull(ranges: readonly { min: number | null; max: number | null }[]): CountRange {
  const mins = ranges.map((r) => r.min);
  const maxes = ranges.map((r) => r.max);
  return {
    min: mins.includes(null) ? null : Math.min(...(mins as number[])),
    max: maxes.includes(null) ? null : Math.max(...(maxes as number[])),
  };
}

export interface Reconciled<T> {
  readonly value: T;
  readonly provenance: FieldProvenance;
  readonly conflict: EventConflict | null;
}

/**
 * The tightest range every stated count allows: "hundreds" + "several hundred" → 200–999;
 * "more than 4,000" + "about 4,250" → 4,250. Stated figures that cannot all be true (15,000 vs
 * 17,500) are a conflict: the event shows the span 15,000–17,500 and the conflict lists both.
 * A vague count ("thousands") that disagrees with figures is a conflict too, but never widens them.
 */
export function reconcileCount(mentions: readonly ResolvableMention[]): Reconciled<CountRange> {
  const hasCount = (m: ResolvableMention) =>
    m.count !== null && (m.count.min !== null || m.count.max !== null);
  const notices = mentions.filter((m) => m.source === 'warn' && hasCount(m));
  if (notices.length === 0) return reconcileReportedCount(mentions);
  const values = groupValues(mentions.filter(hasCount), (m) => m.count, formatCount);
  const total = noticeTotal(notices);
  const reports = mentions.filter((m) => m.source !== 'warn');
  if (!reports.some(hasCount)) {
    return {
      value: { min: total, max: total },
      provenance: { field: 'count', values, how: notices.length > 1 ? 'warn-sum' : 'agree' },
      conflict: null,
    };
  }
  // Reports give the layoff's size; the notices only a floor: "hundreds" + notices of 340 → 340–999.
  const reported = reconcileReportedCount(reports);
  const { min, max } = reported.value;
  const raised = (min === null || total > min) && (max === null || total <= max);
  return {
    value: raised ? { min: total, max } : reported.value,
    provenance: { ...reported.provenance, values, how: raised ? 'warn-floor' : reported.provenance.how },
    conflict: reported.conflict,
  };
}

/**
 * Jobs in a set of WARN notices: one number per site (state + location), the latest notice there
 * (an amendment revises its original, it does not add to it), summed over sites.
 * CA Sunnyvale 300 (2024-04-02), CA Sunnyvale 340 (amended 2024-04-20), WA Seattle 120 → 460.
 */
export function noticeTotal(notices: readonly ResolvableMention[]): number {
  const latest = new Map<string, ResolvableMention>();
  for (const m of notices) {
    const site = `${m.region ?? ''}|${(m.locations[0] ?? '').toLowerCase()}`;
    const prev = latest.get(site);
    const day = (x: ResolvableMention) => x.date?.start ?? '';
    const jobs = (x: ResolvableMention) => x.count?.min ?? x.count?.max ?? 0;
    if (!prev || day(m) > day(prev) || (day(m) === day(prev) && jobs(m) > jobs(prev))) latest.set(site, m);
  }
  let total = 0;
  for (const m of latest.values()) total += m.count?.min ?? m.count?.max ?? 0;
  return total;
}

function reconcileReportedCount(mentions: readonly ResolvableMention[]): Reconciled<CountRange> {
  const counted = mentions.filter((m) => m.count && (m.count.min !== null || m.count.max !== null));
  const values = groupValues(counted, (m) => m.count, formatCount);
  if (counted.length === 0) {
    return {
      value: { min: null, max: null },
      provenance: { field: 'count', values, how: 'unknown' },
      conflict: null,
    };
  }
  const precise = counted.filter((m) => !isVagueCount(m.count));
  const vague = counted.filter((m) => isVagueCount(m.count));
  const primarySet = precise.length > 0 ? precise : vague;
  const ranges = primarySet.map((m) => m.count as { min: number | null; max: number | null });
  const tight = intersect(ranges);
  if (!tight) {
    const conflictValues = groupValues(primarySet, (m) => m.count, formatCount);
    return {
      value: hull(ranges),
      provenance: { field: 'count', values, how: 'conflict' },
      conflict: {
        field: 'count',
        values: conflictValues,
        note: 'sources state counts that cannot all be true',
      },
    };
  }
  if (precise.length > 0 && vague.length > 0) {
    const withVague = intersect([
      tight,
      ...vague.map((m) => m.count as { min: number | null; max: number | null }),
    ]);
    if (withVague) {
      return {
        value: withVague,
        provenance: { field: 'count', values, how: values.length > 1 ? 'intersect' : 'agree' },
        conflict: null,
      };
    }
    return {
      value: tight,
      provenance: { field: 'count', values, how: 'intersect' },
      conflict: {
        field: 'count',
        values,
        note: 'a vague count disagrees with the stated figures; the figures are kept',
      },
    };
  }
  return {
    value: tight,
    provenance: { field: 'count', values, how: values.length > 1 ? 'intersect' : 'agree' },
    conflict: null,
  };
}

/** Stated dates beat relative ones, which beat dates borrowed from siblings or from publication. */
const DATE_BASIS_RANK: Readonly<Record<DateBasis, number>> = {
  explicit: 4,
  relative: 3,
  sibling: 2,
  published: 1,
};

/**
 * Imported rows rank by what their date means. A Layoffs.fyi date is the day the tracker logged
 * the news: below a day a report states ("on Tuesday" = 2024-06-04), above a borrowed or a
 * publication day. A WARN notice is filed after the announcement, so its day comes last: it
 * dates an event only when nothing else does.
 */
const IMPORTED_DATE_RANK = { 'layoffs-fyi': 2.5, warn: 0.5 } as const;

function dateRank(m: ResolvableMention): number {
  if (m.source === 'layoffs-fyi' || m.source === 'warn') return IMPORTED_DATE_RANK[m.source];
  return DATE_BASIS_RANK[(m.date as { basis: DateBasis }).basis];
}

function formatDate(d: { start: string | null; end: string | null }): string {
  return d.start === d.end ? (d.start ?? 'unknown') : `${d.start ?? '…'}..${d.end ?? '…'}`;
}

/**
 * The event's date from the best-grounded sources: "date 2024-04-03 … on Wednesday" (relative,
 * 2024-04-03) beats a sentence without a date in an article published 2024-04-05. Ranges of the
 * same rank intersect ("in 2023" + "January 2023" → January); disjoint ones are a conflict.
 */
export function reconcileDate(mentions: readonly ResolvableMention[]): Reconciled<EventDate> {
  const dated = mentions.filter((m) => m.date && (m.date.start !== null || m.date.end !== null));
  const values = groupValues(dated, (m) => m.date, formatDate);
  if (dated.length === 0) {
    return {
      value: { start: null, end: null },
      provenance: { field: 'date', values, how: 'unknown' },
      conflict: null,
    };
  }
  const best = Math.max(...dated.map(dateRank));
  const top = dated.filter((m) => dateRank(m) === best);
  if (best === IMPORTED_DATE_RANK.warn) {
    // Notices of one layoff filed in several states: the layoff was announced by the first one.
    const first = top.map((m) => m.date?.start ?? m.date?.end ?? '').sort()[0] ?? null;
    const how = values.length === 1 ? 'agree' : 'earliest-notice';
    return {
      value: { start: first, end: first },
      provenance: { field: 'date', values, how },
      conflict: null,
    };
  }
  let start: string | null = null;
  let end: string | null = null;
  for (const m of top) {
    const d = m.date as { start: string | null; end: string | null };
    if (d.start !== null && (start === null || d.start > start)) start = d.start;
    if (d.end !== null && (end === null || d.end < end)) end = d.end;
  }
  const how = top.length === dated.length && values.length === 1 ? 'agree' : `best-basis:${basisName(best)}`;
  if (start !== null && end !== null && start > end) {
    const starts = top.map((m) => m.date?.start ?? null);
    const ends = top.map((m) => m.date?.end ?? null);
    const hullStart = starts.includes(null) ? null : ((starts as string[]).sort()[0] ?? null);
    const hullEnd = ends.includes(null) ? null : ((ends as string[]).sort().at(-1) ?? null);
    return {
      value: { start: hullStart, end: hullEnd },
      provenance: { field: 'date', values, how: 'conflict' },
      conflict: {
        field: 'date',
        values: groupValues(top, (m) => m.date, formatDate),
        note: 'sources give dates that do not overlap',
      },
    };
  }
  return { value: { start, end }, provenance: { field: 'date', values, how }, conflict: null };
}

function basisName(rank: number): string {
  const ranks = { ...DATE_BASIS_RANK, ...IMPORTED_DATE_RANK };
  return Object.entries(ranks).find(([, r]) => r === rank)?.[0] ?? 'unknown';
}

/** Later reports move an event forward: rumored → planned → announced → completed. */
export const STATUS_PROGRESSION: readonly Status[] = ['rumored', 'planned', 'announced', 'completed'];

export function reconcileStatus(mentions: readonly ResolvableMention[]): Reconciled<Status> {
  const values = groupValues(
    mentions,
    (m) => m.status,
    (s) => s,
  );
  let best: Status = 'rumored';
  for (const m of mentions) {
    if (STATUS_PROGRESSION.indexOf(m.status) > STATUS_PROGRESSION.indexOf(best)) best = m.status;
  }
  return {
    value: best,
    provenance: { field: 'status', values, how: values.length > 1 ? 'most-advanced' : 'agree' },
    conflict: null,
  };
}

/** The most often stated value; ties go to the first in the (stable) mention order. */
export function reconcileText(
  field: 'unit' | 'reason',
  mentions: readonly ResolvableMention[],
  pick: (m: ResolvableMention) => string | null,
): Reconciled<string | null> {
  const values = groupValues(mentions, pick, (s) => s);
  let chosen: { value: string; mentionIds: number[] } | null = null;
  for (const v of values) if (!chosen || v.mentionIds.length > chosen.mentionIds.length) chosen = v;
  return {
    value: chosen?.value ?? null,
    provenance: {
      field,
      values,
      how: values.length > 1 ? 'most-stated' : values.length ? 'agree' : 'unknown',
    },
    conflict: null,
  };
}

/** Percent of workforce: agreeing sources give one value; different ones are a conflict. */
export function reconcilePercent(mentions: readonly ResolvableMention[]): Reconciled<number | null> {
  const values = groupValues(
    mentions,
    (m) => m.percent,
    (p) => String(p),
  );
  const first = values[0];
  if (!first)
    return { value: null, provenance: { field: 'percent', values, how: 'unknown' }, conflict: null };
  if (values.length === 1)
    return {
      value: Number(first.value),
      provenance: { field: 'percent', values, how: 'agree' },
      conflict: null,
    };
  let chosen = first;
  for (const v of values) if (v.mentionIds.length > chosen.mentionIds.length) chosen = v;
  return {
    value: Number(chosen.value),
    provenance: { field: 'percent', values, how: 'conflict' },
    conflict: { field: 'percent', values, note: 'sources state different percentages of the workforce' },
  };
}

/** Union of lists, case-insensitively, keeping the first spelling: departments, locations. */
export function unionOf(lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists)
    for (const item of list) if (!seen.has(item.toLowerCase())) seen.set(item.toLowerCase(), item);
  return [...seen.values()];
}
