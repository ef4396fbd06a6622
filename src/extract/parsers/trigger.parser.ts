import { makeSpan } from '../../domain/span.ts';
import type { Candidate, Parser } from '../context.ts';
import { TRIGGERS } from '../lexicon/layoff-verbs.ts';

/** One regex over all layoff triggers; the matching alternative tells the rule id. */
const TRIGGER_RE = new RegExp(TRIGGERS.map((t) => `(${t.pattern})`).join('|'), 'gi');

/** Cheap prefilter: does the sentence mention a layoff at all? */
export const TRIGGER_PREFILTER = new RegExp(TRIGGERS.map((t) => t.pattern).join('|'), 'i');

/** "will lay off", "job cuts", "slash 400 roles", "redundancies", "were let go". */
export const layoffTriggerParser: Parser = {
  name: 'LayoffTriggerParser',
  pattern: () => TRIGGER_RE,
  extract(ctx, sentence, match): Candidate | null {
    const which = match.slice(1).findIndex((g) => g !== undefined);
    const entry = TRIGGERS[which];
    if (!entry) return null;
    const start = sentence.start + match.index;
    return {
      kind: 'trigger',
      span: makeSpan(ctx.text, start, start + match[0].length),
      sentenceIndex: sentence.index,
      value: { tense: entry.tense },
      stated: 'stated',
      rule: entry.id,
    };
  },
};
