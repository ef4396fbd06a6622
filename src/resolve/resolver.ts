import type { CountRange, EventConflict, EventDate, FieldProvenance } from '../domain/event.ts';
import type { DateBasis, Status } from '../domain/mention.ts';
import { STATUSES } from '../domain/mention.ts';
import { gapDays } from './dates.ts';
import { comparableRange, matchStrength, sameEvent, statedAgreement } from './match-rules.ts';
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

function compareKeys(a: ResolvableMention, b: ResolvableMention): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * An undated mention that agrees equally with two different events belongs to neither: an undated
 * "cut 6% of staff" beside a January 6% round and an October 6% round, both dated, could be
 * either, so it stays its own event rather than lend a source to the wrong one. Its partners with
 * the most stated agreement are compared: two that cannot be one event with each other make it
 * ambiguous (unless both come from one article). A mention whose best partners all fit together
 * (three reports of one cut) is not, nor is one that states nothing to agree on.
 */
function ambiguousMentions(
  ms: readonly ResolvableMention[],
  pairs: readonly { i: number; j: number; stated: number }[],
  match: (x: number, y: number) => boolean,
): Set<number> {
  const best = new Map<number, { stated: number; partners: number[] }>();
  for (const { i, j, stated } of pairs) {
    if (stated === 0) continue;
    for (const [m, other] of [
      [i, j],
      [j, i],
    ] as const) {
      const seen = best.get(m);
      if (!seen || stated > seen.stated) best.set(m, { stated, partners: [other] });
      else if (seen.stated === stated) seen.partners.push(other);
    }
  }
  const out = new Set<number>();
  for (const [m, { partners }] of best) {
    if (comparableRange(ms[m]?.date ?? null)) continue;
    // Two mentions of one article that the extractor kept apart are not two rival events here.
    const rivals = (x: number, y: number) => !match(x, y) && ms[x]?.articleId !== ms[y]?.articleId;
    if (partners.some((x, k) => partners.slice(k + 1).some((y) => rivals(x, y)))) out.add(m);
  }
  return out;
}

/**
 * Complete-linkage clustering, best agreement first. Every pair of mentions that may be one event
 * (sameEvent) is ranked by matchStrength; pairs are taken in that order, and two clusters join
 * only when every member of one matches every member of the other. So "Amazon hundreds, April
 * 2024" can hold AWS reports but never a Twitch one, and an article's "up to 6,000" reaches
 * another report's "up to 6,000" before the same article's "5,000" can take its place.
 * Ties go by mention key, which is stable: the same mentions cluster the same way whatever order
 * the articles arrived in.
 */
export function clusterMentions(mentions: readonly ResolvableMention[]): ResolvableMention[][] {
  const ms = [...mentions].sort(compareKeys);
  const n = ms.length;
  // Only matching pairs are kept (a family's mentions spread over years match few of the others).
  const matches = new Set<number>();
  const pairs: { i: number; j: number; strength: number; stated: number }[] = [];
  ms.forEach((a, i) => {
    for (let j = i + 1; j < n; j++) {
      const b = ms[j];
      if (!b || !sameEvent(a, b)) continue;
      matches.add(i * n + j);
      pairs.push({ i, j, strength: matchStrength(a, b), stated: statedAgreement(a, b) });
    }
  });
  pairs.sort((p, q) => q.strength - p.strength || p.i - q.i || p.j - q.j);
  const match = (x: number, y: number) => matches.has(x < y ? x * n + y : y * n + x);
  const ambiguous = ambiguousMentions(ms, pairs, match);

  const clusterOf = ms.map((_, i) => i);
  const members = ms.map((_, i) => [i]);
  for (const { i, j } of pairs) {
    if (ambiguous.has(i) || ambiguous.has(j)) continue;
    const ci = clusterOf[i] ?? i;
    const cj = clusterOf[j] ?? j;
    if (ci === cj) continue;
    const a = members[ci] ?? [];
    const b = members[cj] ?? [];
    if (!a.every((x) => b.every((y) => match(x, y)))) continue;
    for (const y of b) {
      a.push(y);
      clusterOf[y] = ci;
    }
    members[cj] = [];
  }
  return members
    .filter((c) => c.length > 0)
    .map((c) => c.sort((x, y) => x - y).flatMap((i) => (ms[i] ? [ms[i]] : [])));
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
