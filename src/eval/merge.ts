/**
 * Same-event merge quality over a corpus's groups.jsonl, pairwise: every two gold rows that a
 * group says are one real event should land in one stored event (recall), and two grouped rows
 * the resolver put in one event should belong to the same group (precision). Only rows listed in
 * some group are judged, because the corpus asserts nothing about the others (e.g. an earlier
 * report of the same layoff that was deliberately left out of its group).
 */
import type { EventPrediction } from '../domain/prediction.ts';
import type { GoldGroup, MatchedPair } from './score.ts';

export interface MergeScore {
  readonly pairs: { readonly tp: number; readonly fp: number; readonly fn: number };
  readonly precision: number | null;
  readonly recall: number | null;
  /** Per group: its members, how many were extracted, and into how many events they went. */
  readonly groups: readonly {
    readonly group: string;
    readonly members: number;
    readonly matched: number;
    readonly events: number;
  }[];
}

export function scoreMerging(
  groups: readonly GoldGroup[],
  matches: readonly MatchedPair[],
  eventOf: (p: EventPrediction) => number | null,
): MergeScore {
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const m of g.members) groupOf.set(m.id, g.group);
  const eventOfGold = new Map<string, number>();
  for (const { prediction, gold } of matches) {
    const ev = eventOf(prediction);
    if (ev !== null) eventOfGold.set(gold.id, ev);
  }

  let tp = 0;
  let fn = 0;
  for (const g of groups) {
    const ids = g.members.map((m) => m.id);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const a = eventOfGold.get(ids[i] ?? '');
        const b = eventOfGold.get(ids[j] ?? '');
        if (a !== undefined && a === b) tp++;
        else fn++;
      }
  }
  // Predicted-same pairs among grouped rows that belong to different groups.
  let fp = 0;
  const grouped = [...eventOfGold.entries()].filter(([id]) => groupOf.has(id));
  for (let i = 0; i < grouped.length; i++)
    for (let j = i + 1; j < grouped.length; j++) {
      const [ia, ea] = grouped[i] ?? ['', -1];
      const [ib, eb] = grouped[j] ?? ['', -2];
      if (ea === eb && groupOf.get(ia) !== groupOf.get(ib)) fp++;
    }

  return {
    pairs: { tp, fp, fn },
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    groups: groups.map((g) => {
      const events = new Set<number>();
      let matched = 0;
      for (const m of g.members) {
        const ev = eventOfGold.get(m.id);
        if (ev === undefined) continue;
        matched++;
        events.add(ev);
      }
      return { group: g.group, members: g.members.length, matched, events: events.size };
    }),
  };
}
