import { makeSpan, type Span } from '../../domain/span.ts';
import type { ExtractionContext } from '../context.ts';
import type { Sentence } from '../sentences.ts';

/** Absolute span of capture group `group` (regexes use the `d` flag), or of the whole match. */
export function groupSpan(
  ctx: ExtractionContext,
  sentence: Sentence,
  match: RegExpExecArray,
  group = 0,
): Span | null {
  const idx = match.indices?.[group];
  if (!idx) return null;
  return makeSpan(ctx.text, sentence.start + idx[0], sentence.start + idx[1]);
}

/** Span of the whole match with a leading/trailing group dropped when that group did not take part. */
export function spanBetween(ctx: ExtractionContext, sentence: Sentence, from: number, to: number): Span {
  return makeSpan(ctx.text, sentence.start + from, sentence.start + to);
}

/** Text of the sentence before the match, lowercased, at most `n` chars. */
export function before(sentence: Sentence, match: RegExpExecArray, n: number): string {
  return sentence.text.slice(Math.max(0, match.index - n), match.index).toLowerCase();
}

export function after(sentence: Sentence, match: RegExpExecArray, n: number): string {
  const end = match.index + match[0].length;
  return sentence.text.slice(end, end + n).toLowerCase();
}

/**
 * A copy of a match that starts at `from` in the sentence, with `whole` as its text when given:
 * "would lay off about 90" taken from the hedge ("about 90") rather than the verb.
 */
export function matchFrom(m: RegExpExecArray, from: number, whole?: string): RegExpExecArray {
  const copy = Object.assign([...m], {
    index: from,
    input: m.input,
    indices: m.indices,
    groups: m.groups,
  }) as RegExpExecArray;
  if (whole !== undefined) copy[0] = whole;
  return copy;
}

/**
 * A fact of the whole article, computed on first use and kept for that article only: "the towns
 * this article files from" is asked once per capitalised name but scanned once per text.
 */
export function perArticle<T>(make: (ctx: ExtractionContext) => T): (ctx: ExtractionContext) => T {
  const memo = new WeakMap<ExtractionContext, T>();
  return (ctx) => {
    if (memo.has(ctx)) return memo.get(ctx) as T;
    const value = make(ctx);
    memo.set(ctx, value);
    return value;
  };
}
