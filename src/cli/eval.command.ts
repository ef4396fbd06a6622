import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusArticles, loadCorpus, predictCorpusWithRefs } from '../eval/corpus.ts';
import type { MergeScore } from '../eval/merge.ts';
import { scoreMerging } from '../eval/merge.ts';
import { formatScore, scorePredictions } from '../eval/score.ts';
import { ingestArticles } from '../pipeline/run.ts';
import { openStore } from '../store/connect.ts';
import { listMentionMemberships } from '../store/membership.repository.ts';

export interface EvalOptions {
  readonly corpus: string;
  readonly json?: boolean;
  readonly verbose?: boolean;
}

const pct = (v: number | null): string => (v === null ? 'n/a' : `${(100 * v).toFixed(1)}%`);

/**
 * `layoffs eval --corpus DIR`: extract every article and print the figures of SCORING.md (the
 * same as score.mjs), then run the real pipeline into a throwaway SQLite file and score how the
 * resolver grouped the extracted mentions against the corpus's groups.jsonl.
 */
export async function runEval(opts: EvalOptions, out: (line: string) => void): Promise<number> {
  const corpus = loadCorpus(opts.corpus);
  const articles = corpusArticles(corpus);
  const { predictions: preds, refOf } = predictCorpusWithRefs(corpus);
  const detail = scorePredictions(corpus, preds);

  let merge: MergeScore | null = null;
  if (corpus.groups.length) {
    const dir = mkdtempSync(join(tmpdir(), 'layoffs-eval-'));
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'eval.db') });
    try {
      await ingestArticles(store, articles);
      const eventByKey = new Map<string, number>();
      for (const m of await listMentionMemberships(store.db))
        eventByKey.set(`${m.file}#${m.ordinal}`, m.eventId);
      merge = scoreMerging(corpus.groups, detail.matches, (p) => {
        const key = refOf.get(p);
        return key ? (eventByKey.get(`${key.file}#${key.ordinal}`) ?? null) : null;
      });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (opts.json) {
    out(JSON.stringify({ ...detail.result, ...(merge ? { merge } : {}) }, null, 2));
    return 0;
  }
  for (const line of formatScore(detail, Boolean(opts.verbose))) out(line);
  if (merge) {
    out(
      `same-event merging (pairwise over groups.jsonl): precision ${pct(merge.precision)} recall ${pct(merge.recall)} (tp ${merge.pairs.tp}, fp ${merge.pairs.fp}, fn ${merge.pairs.fn})`,
    );
    out(
      `events per group: ${merge.groups.map((g) => `${g.group} ${g.events}${g.matched < g.members ? ` (${g.members - g.matched} of ${g.members} not extracted)` : ''}`).join(', ')}`,
    );
  }
  return 0;
}
