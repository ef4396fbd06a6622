import { loadCorpus, predictCorpus } from '../eval/corpus.ts';
import { formatScore, scorePredictions } from '../eval/score.ts';

export interface EvalOptions {
  readonly corpus: string;
  readonly json?: boolean;
  readonly verbose?: boolean;
}

/** `layoffs eval --corpus DIR`: extract every article and print the figures of SCORING.md. */
export function runEval(opts: EvalOptions, out: (line: string) => void): number {
  const corpus = loadCorpus(opts.corpus);
  const detail = scorePredictions(corpus, predictCorpus(corpus));
  if (opts.json) out(JSON.stringify(detail.result, null, 2));
  else for (const line of formatScore(detail, Boolean(opts.verbose))) out(line);
  return 0;
}
