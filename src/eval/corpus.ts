import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../domain/article.ts';
import type { EventPrediction, Prediction } from '../domain/prediction.ts';
import { resultToPredictions } from '../domain/prediction.ts';
import { extractArticle } from '../extract/extractor.ts';
import type { Corpus, CorpusMeta, GoldAggregate, GoldEvent, GoldGroup } from './score.ts';

export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

/** Reads a JSONL file into objects; a missing file is an empty list, a bad line an error naming it. */
export function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  const out: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as T);
      } catch {
        throw new CorpusError(`${path}:${i + 1}: not JSON`);
      }
    });
  return out;
}

/** A corpus folder in the format of ../shared/eval/SCORING.md. */
export function loadCorpus(dir: string): Corpus {
  if (!existsSync(join(dir, 'articles.jsonl')) || !existsSync(join(dir, 'articles'))) {
    throw new CorpusError(`${dir} is not a corpus folder: it needs articles/ and articles.jsonl`);
  }
  const texts = new Map<string, string | null>();
  return {
    meta: readJsonl<CorpusMeta>(join(dir, 'articles.jsonl')),
    gold: readJsonl<GoldEvent>(join(dir, 'gold.jsonl')),
    aggregates: readJsonl<GoldAggregate>(join(dir, 'aggregates.jsonl')),
    groups: readJsonl<GoldGroup>(join(dir, 'groups.jsonl')),
    textOf(file: string): string | null {
      if (!texts.has(file)) {
        const path = join(dir, 'articles', file);
        texts.set(file, existsSync(path) ? readFileSync(path, 'utf8') : null);
      }
      return texts.get(file) ?? null;
    },
  };
}

/** The corpus's articles as pipeline inputs, with their metadata (dates only where given). */
export function corpusArticles(corpus: Corpus): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const m of corpus.meta) {
    const text = corpus.textOf(m.file);
    if (text === null) continue;
    out.push({
      text,
      file: m.file,
      url: m.url ?? null,
      outlet: m.outlet ?? null,
      published: m.published ?? null,
    });
  }
  return out;
}

/** Where an event prediction came from: its file and its index among that article's mentions. */
export type MentionRef = { readonly file: string; readonly ordinal: number };

/**
 * The extractor's predictions for every corpus article, and for each event prediction the
 * mention it came from (the pipeline stores mentions under the same ordinal, which is how
 * `layoffs eval` finds the event a prediction ended up in).
 */
export function predictCorpusWithRefs(corpus: Corpus): {
  predictions: Prediction[];
  refOf: Map<EventPrediction, MentionRef>;
} {
  const refOf = new Map<EventPrediction, MentionRef>();
  const predictions = corpusArticles(corpus).flatMap((a) => {
    const file = a.file ?? '';
    const ps = resultToPredictions(file, extractArticle(a));
    let ordinal = 0;
    for (const p of ps) if (p.kind === 'event') refOf.set(p, { file, ordinal: ordinal++ });
    return ps;
  });
  return { predictions, refOf };
}

export function predictCorpus(corpus: Corpus): Prediction[] {
  return predictCorpusWithRefs(corpus).predictions;
}
