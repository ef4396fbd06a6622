// Dev loop: runs the extractor over a corpus folder and prints predictions as JSON lines.
//   node --import tsx scripts/predict-dev.ts ../shared/corpus > /tmp/pred.jsonl
//   node ../shared/eval/score.mjs --corpus ../shared/corpus --pred /tmp/pred.jsonl --verbose
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultToPredictions } from '../src/domain/prediction.ts';
import { extractArticle } from '../src/extract/extractor.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: predict-dev.ts CORPUS_DIR');
  process.exit(2);
}
const meta = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { file: string; published?: string | null });
for (const m of meta) {
  const text = readFileSync(join(dir, 'articles', m.file), 'utf8');
  const result = extractArticle({ text, file: m.file, published: m.published ?? null });
  if (result.error) console.error(`${m.file}: ${result.error.code} ${result.error.message}`);
  for (const p of resultToPredictions(m.file, result)) console.log(JSON.stringify(p));
}
