// Throughput of the extractor on one core over the corpus, repeated to at least 10 MB, next to the
// floor: a bare sentence split + tokenize pass over the same texts. For scale it also prints what two
// library passes cost over the same texts: wink-nlp's tokenizer and sentence splitter (the one
// ../shared/STACK.md measured), with no further pipeline step, and chrono-node's date parser alone
// (the extractor runs chrono only on sentences with a date form its own matcher lacks).
//   npm run bench:extract   (LAYOFFS_SHARED=... to point at another ../shared)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { matchDates } from '../src/extract/dates/matcher.ts';
import { extractArticle } from '../src/extract/extractor.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import { SHARED } from '../test/helpers/shared.ts';

const MIN_BYTES = 10 * 1024 * 1024;
const dir = join(SHARED, 'corpus', 'articles');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
if (texts.length === 0) throw new Error(`no articles in ${dir}`);

const work: string[] = [];
let bytes = 0;
while (bytes < MIN_BYTES) {
  for (const t of texts) {
    work.push(t);
    bytes += Buffer.byteLength(t, 'utf8');
  }
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
function floorPass(text: string): number {
  let n = 0;
  for (const s of splitSentences(text)) n += s.text.match(TOKEN)?.length ?? 0;
  return n;
}

/** `share` < 1 times a slow pass over that share of the work (at least one round of the corpus). */
function time(label: string, fn: (t: string) => unknown, share = 1): number {
  for (const t of texts) fn(t); // warm-up
  const items = work.slice(0, Math.max(texts.length, Math.round(work.length * share)));
  const itemBytes = items.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const t0 = process.hrtime.bigint();
  for (const t of items) fn(t);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const mb = itemBytes / 1024 / 1024;
  console.log(
    `${label.padEnd(26)} ${(items.length / secs).toFixed(0).padStart(8)} articles/s ${(mb / secs).toFixed(2).padStart(7)} MB/s  (${items.length} articles, ${mb.toFixed(1)} MB, ${secs.toFixed(2)} s)`,
  );
  // Seconds for the whole work, so that ratios compare like with like.
  return (secs * work.length) / items.length;
}

/** The date pass alone, over every sentence (the extractor runs it on layoff sentences only). */
function datePass(text: string): number {
  let n = 0;
  for (const s of splitSentences(text)) n += matchDates(s.text, DATE_REFERENCE).length;
  return n;
}
const DATE_REFERENCE = '2024-04-03';

const wink = winkNLP(model, ['sbd']);
function winkPass(text: string): number {
  return wink.readDoc(text).tokens().length();
}

const floor = time('split + tokenize (floor)', floorPass);
const library = time('wink-nlp split + tokenize', winkPass);
const dates = time('split + date matcher', datePass);
const CHRONO_REFERENCE = new Date(`${DATE_REFERENCE}T12:00:00Z`);
const chronoPass = time('chrono-node parse (25%)', (t) => chrono.parse(t, CHRONO_REFERENCE).length, 0.25);
const full = time('extractArticle', (t) => extractArticle({ text: t, published: null }));
console.log(
  `extractor / floor time ratio: ${(full / floor).toFixed(2)}x; extractor / wink-nlp: ${(full / library).toFixed(2)}x; date matcher / floor: ${(dates / floor).toFixed(2)}x; chrono-node alone / floor: ${(chronoPass / floor).toFixed(2)}x`,
);
