/**
 * The scoring rules of ../shared/eval/SCORING.md, typed. `layoffs eval` must print the same
 * figures as the reference `score.mjs` on the same predictions (test/eval/score.test.ts runs
 * both and compares), so this follows it rule for rule: company normalisation, pairing order,
 * optional gold rows, count/date judgement, aggregates within 1%.
 */
import type { AggregatePrediction, EventPrediction, Prediction } from '../domain/prediction.ts';

export interface CorpusMeta {
  readonly file: string;
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly kind?: 'event' | 'roundup' | 'distractor';
  readonly group?: string | null;
}

export interface GoldEvent {
  readonly id: string;
  readonly file: string;
  readonly company: string;
  readonly unit: string | null;
  readonly count_min: number | null;
  readonly count_max: number | null;
  readonly count_text?: string | null;
  readonly date_start: string | null;
  readonly date_end: string | null;
  readonly date_text?: string | null;
  readonly primary: boolean;
  readonly optional?: boolean;
  readonly approx?: boolean;
  readonly company_aliases?: readonly string[];
}

export type Total = number | { readonly min: number | null; readonly max: number | null } | null;

export interface GoldAggregate {
  readonly file: string;
  readonly employees: Total;
}

export interface GoldGroup {
  readonly group: string;
  readonly article_group: boolean;
  readonly members: readonly { readonly id: string; readonly file: string }[];
}

export interface Corpus {
  readonly meta: readonly CorpusMeta[];
  readonly gold: readonly GoldEvent[];
  readonly aggregates: readonly GoldAggregate[];
  readonly groups: readonly GoldGroup[];
  /** file → text; null when the file is missing. */
  readonly textOf: (file: string) => string | null;
}

export interface ScoreResult {
  files: number;
  gold_events: number;
  optional_gold_events: number;
  predicted_events: number;
  events: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number };
  strict: { tp: number; precision: number | null; recall: number | null; f1: number };
  count_accuracy: number | null;
  date_accuracy: number | null;
  primary_accuracy: number | null;
  distractor_false_events: number;
  evidence_valid_rate: number | null;
  aggregates: { gold: number; predicted: number; found: number };
  predictions_for_unknown_files: number;
}

/** A predicted event matched to a gold row: what the merge metrics build on. */
export interface MatchedPair {
  readonly prediction: EventPrediction;
  readonly gold: GoldEvent;
}

export interface ScoreDetail {
  readonly result: ScoreResult;
  readonly misses: readonly string[];
  readonly extras: readonly string[];
  readonly matches: readonly MatchedPair[];
  /** How many matched pairs had a count / a date to judge (printed, not in the JSON result). */
  readonly judged: { readonly count: number; readonly date: number };
}

// Legal suffixes and filler words dropped before comparing names ("Alphabet Inc." = "alphabet").
const SUFFIX =
  /\b(incorporated|inc|corp|corporation|co|company|ltd|limited|llc|plc|group|holdings?|sa|ag|nv|se|the|com)\b/g;
const ALIASES: readonly (readonly string[])[] = [
  ['alphabet', 'google'],
  ['meta', 'facebook', 'meta platforms'],
  ['x', 'twitter'],
  ['amazon web services', 'aws'],
];

export function normalizeCompanyForScoring(name: string | null | undefined): string {
  if (!name) return '';
  let s = String(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '');
  s = s
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(SUFFIX, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const group of ALIASES) if (group.includes(s)) return group[0] ?? s;
  return s;
}

function sameCompany(p: EventPrediction, g: GoldEvent): boolean {
  const pc = normalizeCompanyForScoring(p.company);
  const pu = normalizeCompanyForScoring(p.unit);
  const gu = normalizeCompanyForScoring(g.unit);
  const gcs = [g.company, ...(g.company_aliases ?? [])].map(normalizeCompanyForScoring).filter(Boolean);
  if (!pc || !gcs.length) return false;
  if (gcs.includes(pc)) return true;
  return Boolean((gu && pc === gu) || (pu && gcs.includes(pu)));
}

const lo = (v: number | string | null | undefined): number | string =>
  v === null || v === undefined ? Number.NEGATIVE_INFINITY : v;
const hi = (v: number | string | null | undefined): number | string =>
  v === null || v === undefined ? Number.POSITIVE_INFINITY : v;

// Mixed number/string comparison mirrors score.mjs, where dates are compared as strings and an
// open bound is ±Infinity ("2024-04-03" <= Infinity is true in JavaScript).
function le(a: number | string, b: number | string): boolean {
  return (a as number) <= (b as number);
}

function overlapsRange<T extends number | string>(
  a0: T | null | undefined,
  a1: T | null | undefined,
  b0: T | null | undefined,
  b1: T | null | undefined,
): boolean {
  return le(lo(a0), hi(b1)) && le(lo(b0), hi(a1));
}

function countOk(p: EventPrediction, g: GoldEvent): boolean | null {
  const pc = p.count ?? null;
  const goldHasCount = g.count_min != null || g.count_max != null;
  if (!goldHasCount) return pc === null ? null : false;
  if (!pc || (pc.min == null && pc.max == null)) return false;
  if (g.count_min != null && g.count_min === g.count_max && !g.approx) {
    const tol = Math.max(1, Math.round(g.count_min * 0.01));
    return (
      pc.min != null &&
      pc.max != null &&
      Math.abs(pc.min - g.count_min) <= tol &&
      Math.abs(pc.max - (g.count_max ?? 0)) <= tol
    );
  }
  return overlapsRange(pc.min, pc.max, g.count_min, g.count_max);
}

function dateOk(p: EventPrediction, g: GoldEvent): boolean | null {
  if (!g.date_start && !g.date_end) return null;
  const d = p.date;
  if (!d || (!d.start && !d.end)) return false;
  return overlapsRange(d.start ?? null, d.end ?? null, g.date_start ?? null, g.date_end ?? null);
}

function bounds(v: Total | undefined): [number, number] | null {
  if (typeof v === 'number') return [v, v];
  if (v && typeof v === 'object' && (v.min != null || v.max != null))
    return [v.min ?? Number.NEGATIVE_INFINITY, v.max ?? Number.POSITIVE_INFINITY];
  return null;
}

function sameTotal(p: Total | undefined, g: Total | undefined): boolean {
  const pb = bounds(p);
  const gb = bounds(g);
  if (!pb || !gb) return false;
  const tol = (x: number): number => (Number.isFinite(x) ? Math.max(1, Math.abs(x) * 0.01) : 0);
  return pb[0] - tol(pb[0]) <= gb[1] + tol(gb[1]) && gb[0] - tol(gb[0]) <= pb[1] + tol(pb[1]);
}

const ratio = (a: number, b: number): number | null => (b ? a / b : null);
const f1 = (p: number | null, r: number | null): number => (p && r ? (2 * p * r) / (p + r) : 0);

export function scorePredictions(corpus: Corpus, preds: readonly Prediction[]): ScoreDetail {
  const files = new Set(corpus.meta.map((m) => m.file));
  const kindOf = new Map(corpus.meta.map((m) => [m.file, m.kind ?? 'event']));
  const predEvents = preds.filter(
    (p): p is EventPrediction => (p.kind ?? 'event') === 'event' && files.has(p.file),
  );
  const predAggs = preds.filter((p): p is AggregatePrediction => p.kind === 'aggregate' && files.has(p.file));
  const unknownFiles = preds.filter((p) => !files.has(p.file)).length;

  let tp = 0;
  let fp = 0;
  let fn = 0;
  let strictTp = 0;
  let countJudged = 0;
  let countRight = 0;
  let dateJudged = 0;
  let dateRight = 0;
  let primaryFiles = 0;
  let primaryRight = 0;
  let distractorFp = 0;
  let evidenceChecked = 0;
  let evidenceValid = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  const matches: MatchedPair[] = [];

  for (const file of files) {
    const ps = predEvents.filter((p) => p.file === file);
    const gs = corpus.gold.filter((g) => g.file === file);
    if (kindOf.get(file) === 'distractor') distractorFp += ps.length;
    const text = corpus.textOf(file);
    for (const p of ps) {
      const e = p.evidence;
      if (!e) continue;
      evidenceChecked++;
      if (text && typeof e.start === 'number' && text.slice(e.start, e.end) === e.text) evidenceValid++;
    }
    const pairs: { i: number; j: number; c: boolean | null; d: boolean | null; score: number }[] = [];
    ps.forEach((p, i) => {
      gs.forEach((g, j) => {
        if (!sameCompany(p, g)) return;
        const c = countOk(p, g);
        const d = dateOk(p, g);
        const pu = normalizeCompanyForScoring(p.unit);
        const unitBonus = pu && pu === normalizeCompanyForScoring(g.unit) ? 1 : 0;
        pairs.push({ i, j, c, d, score: Number(c !== false) * 4 + Number(d !== false) * 2 + unitBonus });
      });
    });
    // Array.prototype.sort is stable, as in the reference scorer: equal scores keep input order.
    pairs.sort((a, b) => b.score - a.score);
    const usedP = new Set<number>();
    const usedG = new Set<number>();
    for (const pr of pairs) {
      if (usedP.has(pr.i) || usedG.has(pr.j)) continue;
      usedP.add(pr.i);
      usedG.add(pr.j);
      const g = gs[pr.j];
      const p = ps[pr.i];
      if (!g || !p) continue;
      matches.push({ prediction: p, gold: g });
      if (g.optional) continue;
      tp++;
      if (pr.c !== null) {
        countJudged++;
        if (pr.c) countRight++;
      }
      if (pr.d !== null) {
        dateJudged++;
        if (pr.d) dateRight++;
      }
      if (pr.c !== false && pr.d !== false) strictTp++;
      if (g.primary) {
        primaryFiles++;
        if (p.primary) primaryRight++;
      }
    }
    gs.forEach((g, j) => {
      if (usedG.has(j) || g.optional) return;
      fn++;
      if (g.primary) primaryFiles++;
      misses.push(
        `${file}: ${g.company}${g.unit ? ` / ${g.unit}` : ''} ${g.count_text ?? ''} ${g.date_text ?? ''}`.trim(),
      );
    });
    ps.forEach((p, i) => {
      if (usedP.has(i)) return;
      fp++;
      extras.push(
        `${file}: ${p.company}${p.unit ? ` / ${p.unit}` : ''} ${p.count?.text ?? ''} ${p.date?.text ?? ''}`.trim(),
      );
    });
  }

  let aggTp = 0;
  const usedAgg = new Set<number>();
  for (const a of corpus.aggregates) {
    const i = predAggs.findIndex(
      (p, k) => !usedAgg.has(k) && p.file === a.file && sameTotal(p.employees, a.employees),
    );
    if (i >= 0) {
      usedAgg.add(i);
      aggTp++;
    }
  }

  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const sP = ratio(strictTp, tp + fp);
  const sR = ratio(strictTp, tp + fn);
  const result: ScoreResult = {
    files: files.size,
    gold_events: corpus.gold.filter((g) => !g.optional).length,
    optional_gold_events: corpus.gold.filter((g) => g.optional).length,
    predicted_events: predEvents.length,
    events: { tp, fp, fn, precision, recall, f1: f1(precision, recall) },
    strict: { tp: strictTp, precision: sP, recall: sR, f1: f1(sP, sR) },
    count_accuracy: ratio(countRight, countJudged),
    date_accuracy: ratio(dateRight, dateJudged),
    primary_accuracy: ratio(primaryRight, primaryFiles),
    distractor_false_events: distractorFp,
    evidence_valid_rate: ratio(evidenceValid, evidenceChecked),
    aggregates: { gold: corpus.aggregates.length, predicted: predAggs.length, found: aggTp },
    predictions_for_unknown_files: unknownFiles,
  };
  return { result, misses, extras, matches, judged: { count: countJudged, date: dateJudged } };
}

const pct = (v: number | null): string => (v === null ? 'n/a' : `${(100 * v).toFixed(1)}%`);

/** The report lines, worded exactly as score.mjs prints them. */
export function formatScore(detail: ScoreDetail, verbose: boolean): string[] {
  const r = detail.result;
  const lines = [
    `files ${r.files}, gold events ${r.gold_events} (+${r.optional_gold_events} optional), predicted events ${r.predicted_events}`,
    `events: precision ${pct(r.events.precision)} recall ${pct(r.events.recall)} F1 ${pct(r.events.f1)} (tp ${r.events.tp}, fp ${r.events.fp}, fn ${r.events.fn})`,
    `strict (company+count+date): precision ${pct(r.strict.precision)} recall ${pct(r.strict.recall)} F1 ${pct(r.strict.f1)}`,
    `count accuracy ${pct(r.count_accuracy)} (${detail.judged.count} judged), date accuracy ${pct(r.date_accuracy)} (${detail.judged.date} judged)`,
    `primary event right ${pct(r.primary_accuracy)}, false events in distractors ${r.distractor_false_events}, evidence spans valid ${pct(r.evidence_valid_rate)}`,
    `aggregates found ${r.aggregates.found}/${r.aggregates.gold} (predicted ${r.aggregates.predicted})`,
  ];
  if (verbose) {
    lines.push('', `missed:\n  ${detail.misses.join('\n  ')}`, '', `extra:\n  ${detail.extras.join('\n  ')}`);
  }
  return lines;
}
