import type { CountRange, EventConflict, EventDate, FieldProvenance } from '../domain/event.ts';
import type { DateBasis, Status } from '../domain/mention.ts';
import { STATUSES } from '../domain/mention.ts';
import { gapDays } from './dates.ts';
import { sameEvent } from './match-rules.ts';
import { normalizeCompany } from './normalize-company.ts';
import {
  reconcileCount,
  reconcileDate,
  reconcilePercent,
  reconcileStatus,
  reconcileText,
  unionOf,
} from './reconcile.ts';
import type { ResolvableMention, ResolverCorrection } from './types.ts';

/** One event as the resolver derives it from its mentions; the store gives it an id. */
export interface ResolvedEvent {
  /** The smallest member mention key: names the event independently of row ids and order. */
  readonly anchorKey: string;
  readonly mentionIds: readonly number[];
  readonly mentionKeys: readonly string[];
  readonly company: string;
  readonly companyKey: string;
  readonly unit: string | null;
  readonly count: CountRange;
  readonly percent: number | null;
  readonly date: EventDate;
  readonly status: Status;
  readonly reason: string | null;
  readonly severance: string | null;
  readonly departments: readonly string[];
  readonly locations: readonly string[];
  readonly provenance: readonly FieldProvenance[];
  readonly conflicts: readonly EventConflict[];
  /** A unit's cut inside a company-wide event of the same period: the parent's anchor key. */
  readonly parentAnchorKey: string | null;
  readonly independentSources: number;
  readonly copies: number;
  readonly outlets: readonly string[];
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** Each member mention's date after gap filling: basis 'sibling' when borrowed from the event. */
  readonly mentionDates: readonly {
    readonly mentionId: number;
    readonly start: string | null;
    readonly end: string | null;
    readonly basis: DateBasis | null;
  }[];
  /** Everything above, serialized: equal fingerprints mean an untouched event. */
  readonly fingerprint: string;
}

export interface Resolution {
  readonly events: readonly ResolvedEvent[];
  /** Articles without a publication date that get one from the reports they merged with. */
  readonly siblingPublished: readonly { readonly articleId: number; readonly date: string }[];
}

/**
 * Seeds first (the article's main event, then dated mentions), then by stable key: the same set
 * of mentions always clusters the same way, whatever order the articles arrived in.
 */
function compareMentions(a: ResolvableMention, b: ResolvableMention): number {
  const rank = (m: ResolvableMention) => (m.primary ? 0 : 2) + (m.date?.start || m.date?.end ? 0 : 1);
  return rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** How well a mention fits a cluster it may join: a shared named unit, then overlapping dates. */
function affinity(cluster: readonly ResolvableMention[], m: ResolvableMention): number {
  const unit = normalizeCompany(m.company, m.unit).unit;
  let score = 0;
  if (unit && cluster.some((x) => normalizeCompany(x.company, x.unit).unit === unit)) score += 2;
  if (
    m.date?.start &&
    cluster.some((x) => x.date?.start && x.date && m.date && gapDays(x.date, m.date) === 0)
  )
    score += 1;
  return score;
}

/**
 * Complete-linkage clustering: a mention joins a cluster only when it matches every member
 * (sameEvent), so "Amazon hundreds, April 2024" can hold AWS reports but never a Twitch one.
 */
export function clusterMentions(mentions: readonly ResolvableMention[]): ResolvableMention[][] {
  const clusters: ResolvableMention[][] = [];
  for (const m of [...mentions].sort(compareMentions)) {
    let best: ResolvableMention[] | null = null;
    let bestScore = -1;
    for (const c of clusters) {
      if (!c.every((x) => sameEvent(x, m))) continue;
      const score = affinity(c, m);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) best.push(m);
    else clusters.push([m]);
  }
  return clusters;
}

/** Merges and splits, in the order they were made. Overrides come after reconciliation. */
function applyStructuralCorrections(
  clusters: ResolvableMention[][],
  corrections: readonly ResolverCorrection[],
): ResolvableMention[][] {
  let out = clusters.map((c) => [...c]);
  for (const c of [...corrections].sort((a, b) => a.id - b.id)) {
    const keys = new Set(c.mentionKeys);
    if (c.kind === 'merge') {
      const hit = out.filter((cl) => cl.some((m) => keys.has(m.key)));
      if (hit.length < 2) continue;
      const merged = hit.flat();
      out = [merged, ...out.filter((cl) => !hit.includes(cl))];
    } else if (c.kind === 'split') {
      const moved = out.flat().filter((m) => keys.has(m.key));
      if (moved.length === 0) continue;
      out = [...out.map((cl) => cl.filter((m) => !keys.has(m.key))).filter((cl) => cl.length > 0), moved];
    }
  }
  return out;
}

function minKey(cluster: readonly ResolvableMention[]): string {
  return cluster.map((m) => m.key).sort()[0] ?? '';
}

interface Draft {
  anchorKey: string;
  members: ResolvableMention[];
  company: string;
  companyKey: string;
  unit: string | null;
  count: CountRange;
  percent: number | null;
  date: EventDate;
  status: Status;
  reason: string | null;
  severance: string | null;
  provenance: FieldProvenance[];
  conflicts: EventConflict[];
}

function draftEvent(members: ResolvableMention[]): Draft {
  const normalized = members.map((m) => normalizeCompany(m.company, m.unit));
  const names = reconcileText('unit', members, (m) => normalizeCompany(m.company, m.unit).company).value;
  const unit = reconcileText('unit', members, (m) => normalizeCompany(m.company, m.unit).unit);
  const count = reconcileCount(members);
  const date = reconcileDate(members);
  const status = reconcileStatus(members);
  const reason = reconcileText('reason', members, (m) => m.reason);
  const percent = reconcilePercent(members);
  const parts = [count, date, status, unit, reason, percent];
  return {
    anchorKey: minKey(members),
    members,
    company: names ?? normalized[0]?.company ?? 'unknown',
    companyKey: normalized[0]?.key ?? 'unknown',
    unit: unit.value,
    count: count.value,
    percent: percent.value,
    date: date.value,
    status: status.value,
    reason: reason.value,
    severance: members.find((m) => m.severance)?.severance ?? null,
    provenance: parts.map((p) => p.provenance),
    conflicts: parts.flatMap((p) => (p.conflict ? [p.conflict] : [])),
  };
}

function isRange(v: unknown, a: string, b: string): v is Record<string, string | number | null> {
  return typeof v === 'object' && v !== null && a in v && b in v;
}

/** A human override replaces the field's value; the provenance says so, with the reason. */
function applyOverrides(drafts: Draft[], corrections: readonly ResolverCorrection[]): void {
  for (const c of [...corrections].sort((a, b) => a.id - b.id)) {
    if (c.kind !== 'override') continue;
    const d = drafts.find((x) => x.members.some((m) => c.mentionKeys.includes(m.key)));
    if (!d) continue;
    const v = c.value;
    if (c.field === 'count' && isRange(v, 'min', 'max')) {
      d.count = {
        min: typeof v.min === 'number' ? v.min : null,
        max: typeof v.max === 'number' ? v.max : null,
      };
    } else if (c.field === 'date' && isRange(v, 'start', 'end')) {
      d.date = {
        start: typeof v.start === 'string' ? v.start : null,
        end: typeof v.end === 'string' ? v.end : null,
      };
    } else if (c.field === 'status' && STATUSES.includes(v as Status)) {
      d.status = v as Status;
    } else if ((c.field === 'unit' || c.field === 'reason') && (typeof v === 'string' || v === null)) {
      d[c.field] = v;
    } else {
      continue;
    }
    const field = c.field;
    d.provenance = d.provenance.map((p) =>
      p.field === field
        ? {
            ...p,
            values: [...p.values, { value: JSON.stringify(v), mentionIds: [] }],
            how: `correction: ${c.reason}`,
          }
        : p,
    );
    d.conflicts = d.conflicts.filter((x) => x.field !== field);
  }
}

/**
 * A unit's cut inside a company-wide cut of the same period is a sub-event: "several hundred at
 * Norvel" and "dozens at its Leeds plant" stay two events, the plant's linked to Norvel's, so
 * totals count them once. The unit's count must fit below the parent's.
 */
function findParent(child: Draft, drafts: readonly Draft[]): string | null {
  if (child.unit === null || (child.date.start === null && child.date.end === null)) return null;
  const childHigh = child.count.max ?? child.count.min;
  for (const p of drafts) {
    if (p === child || p.unit !== null || p.companyKey !== child.companyKey) continue;
    if (p.date.start === null && p.date.end === null) continue;
    if (gapDays(p.date, child.date) > 0) continue;
    const parentLow = p.count.min ?? p.count.max;
    if (parentLow === null) continue;
    if (childHigh !== null && childHigh >= parentLow) continue;
    return p.anchorKey;
  }
  return null;
}

function finish(d: Draft, parentAnchorKey: string | null): ResolvedEvent {
  const members = [...d.members].sort((a, b) => (a.key < b.key ? -1 : 1));
  const canonical = new Set(members.map((m) => m.canonicalArticleId));
  const copies = new Set(members.filter((m) => m.articleId !== m.canonicalArticleId).map((m) => m.articleId));
  const outlets = [...new Set(members.flatMap((m) => (m.outlet ? [m.outlet] : [])))].sort();
  const published = members.flatMap((m) => (m.published ? [m.published] : [])).sort();
  const eventHasDate = d.date.start !== null || d.date.end !== null;
  const mentionDates = members.map((m) => {
    const own = m.date && (m.date.start !== null || m.date.end !== null) ? m.date : null;
    if (own) return { mentionId: m.id, start: own.start, end: own.end, basis: own.basis };
    if (eventHasDate)
      return { mentionId: m.id, start: d.date.start, end: d.date.end, basis: 'sibling' as const };
    return { mentionId: m.id, start: null, end: null, basis: null };
  });
  const body = {
    anchorKey: d.anchorKey,
    mentionIds: members.map((m) => m.id),
    mentionKeys: members.map((m) => m.key),
    company: d.company,
    companyKey: d.companyKey,
    unit: d.unit,
    count: d.count,
    percent: d.percent,
    date: d.date,
    status: d.status,
    reason: d.reason,
    severance: d.severance,
    departments: unionOf(members.map((m) => m.departments)),
    locations: unionOf(members.map((m) => m.locations)),
    provenance: d.provenance,
    conflicts: d.conflicts,
    parentAnchorKey,
    independentSources: canonical.size,
    copies: copies.size,
    outlets,
    firstSeen: published[0] ?? null,
    lastSeen: published.at(-1) ?? null,
    mentionDates,
  };
  return { ...body, fingerprint: JSON.stringify({ ...body, mentionIds: undefined, provenance: undefined }) };
}

/**
 * Mentions of one company family (from any number of articles) → its events. Pure and
 * deterministic: the same mentions and corrections give the same events in any input order.
 */
export function resolveEvents(
  mentions: readonly ResolvableMention[],
  corrections: readonly ResolverCorrection[] = [],
): Resolution {
  const clusters = applyStructuralCorrections(clusterMentions(mentions), corrections);
  const drafts = clusters.map(draftEvent).sort((a, b) => (a.anchorKey < b.anchorKey ? -1 : 1));
  applyOverrides(drafts, corrections);
  const events = drafts.map((d) => finish(d, findParent(d, drafts)));

  // An undated article whose mention borrowed the event's date was published on or after it:
  // "on Wednesday" in a report of the 2024-04-03 event → published 2024-04-03 at the earliest.
  const byArticle = new Map<number, string>();
  const undated = new Set(mentions.filter((m) => m.published === null).map((m) => m.articleId));
  for (const e of events) {
    for (const md of e.mentionDates) {
      const m = mentions.find((x) => x.id === md.mentionId);
      const day = md.end ?? md.start;
      if (!m || md.basis !== 'sibling' || !day || !undated.has(m.articleId)) continue;
      const prev = byArticle.get(m.articleId);
      if (!prev || day > prev) byArticle.set(m.articleId, day);
    }
  }
  const siblingPublished = [...byArticle]
    .map(([articleId, date]) => ({ articleId, date }))
    .sort((a, b) => a.articleId - b.articleId);
  return { events, siblingPublished };
}
