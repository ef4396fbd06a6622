import type { Span } from '../domain/span.ts';
import type { UnitEntry } from './lexicon/units.ts';
import type { Sentence } from './sentences.ts';

export interface ExtractOptions {
  /** Extra parent/unit pairs, JSON array of UnitEntry; read once per call. */
  readonly unitsFile?: string | null;
  /** Already-loaded extra pairs (takes precedence over unitsFile). */
  readonly units?: readonly UnitEntry[];
  /** Lazy debug sink: called with a thunk so a disabled trace costs nothing. */
  readonly debug?: ((line: () => string) => void) | null;
}

/** Where a number's bounds came from: a stated count or one derived from a percent. */
export type Stated = 'stated' | 'implied';

export interface CountValue {
  readonly min: number | null;
  readonly max: number | null;
  readonly approx: boolean;
}

export interface CompanyValue {
  readonly name: string;
  readonly unit: string | null;
  /** "focus" when the span is "the company"/"the tech giant" resolved to the article's focus. */
  readonly via: 'name' | 'lexicon' | 'focus' | 'apposition';
  /** True when the text frames it as a reporter or source ("Reuters reported", "according to X"). */
  readonly source: boolean;
  /** Named only in a list ("including Axon, Birch and Cobalt"): never the company that cuts. */
  readonly listed?: boolean;
}

export interface DateValue {
  readonly start: string | null;
  readonly end: string | null;
  readonly relative: boolean;
  /** Looks ahead ("which begin on Monday") rather than back. */
  readonly horizon: boolean;
}

/** One thing a parser found, with its span in the article (absolute UTF-16 offsets). */
export type Candidate =
  | CandidateOf<'trigger', { readonly tense: 'past' | 'present' | 'noun' }>
  | CandidateOf<'company', CompanyValue>
  | CandidateOf<'count', CountValue>
  | CandidateOf<
      'percent',
      { readonly percent: number; readonly qualifier: 'approx' | 'above' | 'below' | null }
    >
  | CandidateOf<'workforce', { readonly value: number; readonly approx: boolean }>
  | CandidateOf<'date', DateValue>
  | CandidateOf<'department', { readonly name: string }>
  | CandidateOf<
      'location',
      {
        readonly name: string;
        /** False for a place that is not where the cuts fall: a dateline, a head office, part of a name. */
        readonly ofCuts?: boolean;
      }
    >
  | CandidateOf<'unit', { readonly name: string }>;

export interface CandidateOf<K extends string, V> {
  readonly kind: K;
  readonly span: Span;
  readonly sentenceIndex: number;
  readonly value: V;
  readonly stated: Stated;
  /** The rule that produced it, e.g. "count:qualified-number". */
  readonly rule: string;
}

export type CandidateKind = Candidate['kind'];

/** Passed to every parser and refiner; read-only. */
export interface ExtractionContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Publication date YYYY-MM-DD used as the reference for relative dates, or null. */
  readonly reference: string | null;
  readonly units: readonly UnitEntry[];
  readonly debug: (line: () => string) => void;
  /** Words the article writes in lower case (computed once, on first use). */
  readonly lowercaseWords?: () => ReadonlySet<string>;
  /** Surnames of people the article names in full ("Elon Musk" → "Musk"), computed on first use. */
  readonly personSurnames?: () => ReadonlySet<string>;
}

/**
 * A parser recognises one surface form inside one sentence. `pattern` is a global regex run over
 * the sentence text; `extract` turns a match into a candidate (or null to reject it).
 */
export interface Parser {
  readonly name: string;
  /**
   * Optional cheap necessary conditions (non-global regexes, all must match): a sentence one of
   * them does not match cannot match `pattern` either, so the parser is skipped there. A headcount
   * parser whose pattern needs a number declares `requires: [NUMBER_CUE]` (patterns.ts): "the
   * layoffs were painful" then costs one short test, shared by every parser that asks it, instead
   * of a scan with the long qualifier/number alternations.
   */
  readonly requires?: RegExp | readonly RegExp[];
  pattern(ctx: ExtractionContext): RegExp;
  extract(
    ctx: ExtractionContext,
    sentence: Sentence,
    match: RegExpExecArray,
  ): Candidate | readonly Candidate[] | null;
}

/** A refiner takes a sentence's candidates and returns a new list (never mutates its input). */
export interface Refiner {
  readonly name: string;
  refine(ctx: ExtractionContext, sentence: Sentence, candidates: readonly Candidate[]): Candidate[];
}
