import type { ArticleInput } from '../../src/domain/article.ts';
import type {
  AggregateClaim,
  DateBasis,
  ExtractionResult,
  Mention,
  Status,
} from '../../src/domain/mention.ts';
import { makeSpan, type Span } from '../../src/domain/span.ts';
import type { ResolvableMention } from '../../src/resolve/types.ts';

/*
 * Hand-built extractor output for resolver, store and pipeline tests: the tests decide exactly
 * what the extractor "found", in sentences of our own.
 */

let nextId = 1;

/** A resolver input with sensible defaults; override what the test is about. */
export function rm(over: Partial<ResolvableMention> & { articleId: number }): ResolvableMention {
  const id = over.id ?? nextId++;
  return {
    id,
    key: over.key ?? `a${String(over.articleId).padStart(3, '0')}#${id}`,
    canonicalArticleId: over.canonicalArticleId ?? over.articleId,
    published: null,
    outlet: null,
    company: 'Acme',
    unit: null,
    count: null,
    percent: null,
    date: null,
    status: 'announced',
    departments: [],
    locations: [],
    reason: null,
    severance: null,
    primary: true,
    ...over,
  };
}

export function count(
  min: number | null,
  max: number | null,
  text: string,
  approx = false,
): ResolvableMention['count'] {
  return { min, max, approx, derived: false, text };
}

export function date(
  start: string | null,
  end: string | null = start,
  basis: DateBasis = 'explicit',
  text = '',
): ResolvableMention['date'] {
  return { start, end, text, basis };
}

/** Span of the first occurrence of `needle` in `text` (throws when absent: a broken fixture). */
export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return makeSpan(text, start, start + needle.length);
}

export interface MentionSpec {
  readonly company: string;
  readonly unit?: string | null;
  /** The sentence in the article that states it. */
  readonly evidence: string;
  readonly count?: {
    readonly min: number | null;
    readonly max: number | null;
    readonly text: string;
    readonly approx?: boolean;
  };
  readonly date?: {
    readonly start: string | null;
    readonly end: string | null;
    readonly text: string;
    readonly basis: DateBasis;
  };
  readonly status?: Status;
  readonly primary?: boolean;
  readonly reason?: string | null;
  readonly departments?: readonly string[];
  readonly percent?: number | null;
}

export function mentionIn(text: string, spec: MentionSpec): Mention {
  const evidence = spanOf(text, spec.evidence);
  const inEvidence = (needle: string): Span | null => {
    const i = spec.evidence.indexOf(needle);
    return i >= 0 && needle ? makeSpan(text, evidence.start + i, evidence.start + i + needle.length) : null;
  };
  const countSpan = spec.count ? (inEvidence(spec.count.text) ?? evidence) : null;
  return {
    company: spec.company,
    unit: spec.unit ?? null,
    companySpan: inEvidence(spec.company),
    count:
      spec.count && countSpan
        ? {
            min: spec.count.min,
            max: spec.count.max,
            approx: spec.count.approx ?? false,
            derived: false,
            text: spec.count.text,
            span: countSpan,
          }
        : null,
    percent: spec.percent ?? null,
    date: spec.date ? { ...spec.date, span: inEvidence(spec.date.text) } : null,
    status: spec.status ?? 'announced',
    departments: spec.departments ?? [],
    locations: [],
    reason: spec.reason ?? null,
    severance: null,
    primary: spec.primary ?? true,
    evidence,
    rule: 'test:hand-built',
  };
}

/** An article plus exactly what the (fake) extractor returns for it. */
export interface Fixture {
  readonly input: ArticleInput;
  readonly result: ExtractionResult;
}

export function fixture(
  input: ArticleInput,
  specs: readonly MentionSpec[],
  aggregates: readonly (Omit<AggregateClaim, 'evidence'> & { evidence: string })[] = [],
): Fixture {
  return {
    input,
    result: {
      published: { date: input.published ?? null, basis: input.published ? 'metadata' : null, span: null },
      mentions: specs.map((s) => mentionIn(input.text, s)),
      aggregates: aggregates.map((a) => ({ ...a, evidence: spanOf(input.text, a.evidence) })),
    },
  };
}

/** An extract function for the pipeline that answers from fixtures by text. */
export function fakeExtractor(fixtures: readonly Fixture[]): (input: ArticleInput) => ExtractionResult {
  return (input) => {
    const f = fixtures.find((x) => x.input.text === input.text);
    if (!f)
      return {
        published: { date: input.published ?? null, basis: null, span: null },
        mentions: [],
        aggregates: [],
      };
    return f.result;
  };
}

/** Deterministic shuffle (mulberry32), so a failing order can be replayed from its seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
