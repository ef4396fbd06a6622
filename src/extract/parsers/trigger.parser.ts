import { makeSpan } from '../../domain/span.ts';
import type { Candidate, ExtractionContext, Parser } from '../context.ts';
import { type TriggerEntry, TRIGGERS } from '../lexicon/layoff-verbs.ts';
import type { Sentence } from '../sentences.ts';

/** The common triggers, scanned as one alternation; the rare costly ones carry a cue instead. */
const PLAIN = TRIGGERS.filter((t) => t.cue === undefined);
const CUED = TRIGGERS.filter((t) => t.cue !== undefined);

/** One regex over the common triggers; the matching alternative tells the rule id. */
const TRIGGER_RE = new RegExp(PLAIN.map((t) => `(${t.pattern})`).join('|'), 'gi');
const PLAIN_PREFILTER = new RegExp(PLAIN.map((t) => t.pattern).join('|'), 'i');

/** A cued trigger: its cue, then its own pattern ("shut"/"clos" before the closure pattern). */
interface CuedTrigger {
  readonly entry: TriggerEntry;
  readonly cue: RegExp;
  readonly once: RegExp;
  readonly all: RegExp;
}
const CUED_TRIGGERS: readonly CuedTrigger[] = CUED.map((entry) => ({
  entry,
  cue: new RegExp(entry.cue ?? '', 'i'),
  once: new RegExp(entry.pattern, 'i'),
  all: new RegExp(entry.pattern, 'gi'),
}));

/** The first layoff trigger in the text (leftmost over every entry), or null. */
export function firstTrigger(text: string): RegExpExecArray | null {
  let best = PLAIN_PREFILTER.exec(text);
  for (const t of CUED_TRIGGERS) {
    if (!t.cue.test(text)) continue;
    const m = t.once.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}

/** Cheap prefilter: does the sentence mention a layoff at all? */
export function hasTrigger(text: string): boolean {
  if (PLAIN_PREFILTER.test(text)) return true;
  return CUED_TRIGGERS.some((t) => t.cue.test(text) && t.once.test(text));
}

function triggerCandidate(
  ctx: ExtractionContext,
  sentence: Sentence,
  match: RegExpExecArray,
  entry: TriggerEntry,
): Candidate {
  const start = sentence.start + match.index;
  return {
    kind: 'trigger',
    span: makeSpan(ctx.text, start, start + match[0].length),
    sentenceIndex: sentence.index,
    value: { tense: entry.tense },
    stated: 'stated',
    rule: entry.id,
  };
}

/** "will lay off 400", "job cuts", "slash 400 roles", "redundancies", "were let go". */
export const layoffTriggerParser: Parser = {
  name: 'LayoffTriggerParser',
  pattern: () => TRIGGER_RE,
  extract(ctx, sentence, match): Candidate | null {
    const which = match.slice(1).findIndex((g) => g !== undefined);
    const entry = PLAIN[which];
    return entry ? triggerCandidate(ctx, sentence, match, entry) : null;
  },
};

/** The rare triggers, each a parser of its own that runs only where its cue is. */
export const cuedTriggerParsers: readonly Parser[] = CUED_TRIGGERS.map((t) => ({
  name: `LayoffTriggerParser(${t.entry.id})`,
  requires: t.cue,
  pattern: () => t.all,
  extract: (ctx: ExtractionContext, sentence: Sentence, match: RegExpExecArray) =>
    triggerCandidate(ctx, sentence, match, t.entry),
}));
