import type { AggregateClaim } from '../domain/mention.ts';
import type { Candidate, CandidateOf, CountValue, DateValue } from './context.ts';
import { AGGREGATE_CUES, TRACKERS } from './lexicon/trackers.ts';
import { escapeRegExp, parseNumber } from './patterns.ts';
import type { Sentence } from './sentences.ts';

const TRACKER_RE = new RegExp(`(${TRACKERS.map(escapeRegExp).join('|')})`, 'i');
const CUE_RE = new RegExp(AGGREGATE_CUES.join('|'), 'i');
/** A sentence whose subject is many employers or workers in general ("Tech companies have cut"). */
const GENERIC_SUBJECT =
  /\b(?:(?:tech|technology|indian|global|us|u\.s\.)\s+)?(?:companies|firms|startups|start-ups|employers|industry|organi[sz]ations|newsrooms|outlets|publishers)\b|\btech\s+(?:workers|employees)\b/i;
const COMPANIES_COUNT =
  /\b(\d[\d,]*)\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:companies|firms|startups|start-ups|employers)\b/i;

type CountCandidate = CandidateOf<'count', CountValue>;
type DateCandidate = CandidateOf<'date', DateValue>;

/** An aggregate, and where in the sentence it starts when events come before it. */
export type DetectedAggregate = AggregateClaim & { readonly splitAt: number | null };

export interface AggregateContext {
  /** The last aggregate's source and sentence index, so "For comparison, 17,074 ..." inherits it. */
  readonly last: { readonly source: string | null; readonly sentenceIndex: number } | null;
}

/** How many sentences after a tracker statistic a source-less total still belongs to it. */
const INHERIT_WINDOW = 2;

/**
 * A tracker statistic: a total across many employers, attributed to a tracker or data, or with a
 * generic subject. Returns null when the sentence is not one.
 */
export function detectAggregate(
  sentence: Sentence,
  candidates: readonly Candidate[],
  hasAgent: boolean,
  agg: AggregateContext,
): DetectedAggregate | null {
  const tracker = TRACKER_RE.exec(sentence.text);
  const cueMatch = CUE_RE.exec(sentence.text);
  const cue = cueMatch !== null;
  // "Ola fired 2,100, ... and according to data collected by X, at least 20,000 ...": the
  // statistic starts at its cue; counts before it belong to the events of the sentence.
  const from =
    sentence.start +
    Math.min(
      tracker?.index ?? Number.POSITIVE_INFINITY,
      cueMatch?.index ?? Number.POSITIVE_INFINITY,
      sentence.text.length,
    );
  const statFrom = /according\s+to\s*$/i.test(sentence.text.slice(0, from - sentence.start))
    ? from - 13
    : from;
  const allCounts = candidates.filter((c): c is CountCandidate => c.kind === 'count');
  const tail = allCounts.filter((c) => c.span.start >= statFrom);
  const counts = tail.length > 0 && statFrom > sentence.start ? tail : allCounts;
  if (counts.length === 0) return null;
  const inherits =
    !hasAgent && agg.last !== null && sentence.index - agg.last.sentenceIndex <= INHERIT_WINDOW;
  const generic = !hasAgent && GENERIC_SUBJECT.test(sentence.text);
  // "Ola fired 2,100 ... and according to data collected by X, at least 20,000 ...": a cue in
  // mid-sentence with no employer named after it starts a statistic even though events precede it.
  const midCue =
    cue &&
    statFrom > sentence.start &&
    tail.length > 0 &&
    !candidates.some((c) => c.kind === 'company' && !c.value.source && c.span.start >= statFrom);
  if (!tracker && !(cue && (!hasAgent || midCue)) && !inherits && !generic) return null;
  if (tracker && hasAgent && !cue && !/according\s+to/i.test(sentence.text)) return null;
  // The employee total is the largest count ("70 companies ... almost 32,000 employees").
  const best = [...counts].sort(
    (a, b) => (b.value.max ?? b.value.min ?? 0) - (a.value.max ?? a.value.min ?? 0),
  )[0];
  if (!best) return null;
  // "Indian startups have laid off thousands of employees this year": a vague word is colour, not
  // a tally; a statistic needs a figure unless a tracker is named.
  if (!tracker && best.rule === 'count:vague') return null;
  const companies = COMPANIES_COUNT.exec(sentence.text);
  const date = candidates.find((c): c is DateCandidate => c.kind === 'date');
  const named = /\b(?:collected|compiled|gathered|tracked)\s+by\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)/.exec(
    sentence.text,
  );
  const source = tracker
    ? normaliseTracker(tracker[1] ?? '')
    : named?.[1]
      ? named[1]
      : inherits
        ? (agg.last?.source ?? null)
        : null;
  return {
    // Only counts after the cue belong to the statistic; with none after it ("employers announced
    // 275,240 job cuts in March, according to Challenger, Gray & Christmas") the whole sentence is it.
    splitAt: statFrom > sentence.start && tail.length > 0 && tail.length < allCounts.length ? statFrom : null,
    source,
    companies: companies?.[1] ? parseNumber(companies[1]) : null,
    employees: { min: best.value.min, max: best.value.max },
    period: date ? { start: date.value.start, end: date.value.end, text: date.span.text } : null,
    evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
  };
}

function normaliseTracker(raw: string): string {
  return TRACKERS.find((t) => t.toLowerCase() === raw.toLowerCase()) ?? raw;
}
