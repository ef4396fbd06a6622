// Dev loop for dates: for every matched prediction/gold pair of a corpus, gold date vs predicted
// date and both date texts; wrong ones are flagged. Also times the extractor over the corpus.
//   node --import tsx scripts/date-dev.ts ../shared/corpus [--all]
import { loadCorpus, predictCorpus } from '../src/eval/corpus.ts';
import { scorePredictions } from '../src/eval/score.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: date-dev.ts CORPUS_DIR [--all]');
  process.exit(2);
}
const all = process.argv.includes('--all');
const corpus = loadCorpus(dir);
const pubOf = new Map(corpus.meta.map((m) => [m.file, m.published ?? null]));
const detail = scorePredictions(corpus, predictCorpus(corpus));
let judged = 0;
let right = 0;
for (const { prediction: p, gold: g } of detail.matches) {
  const pd = p.date;
  let mark = ' ';
  if (g.date_start && !g.optional) {
    judged++;
    const ok =
      pd?.start != null &&
      pd.end != null &&
      pd.start <= (g.date_end ?? g.date_start) &&
      pd.end >= g.date_start;
    if (ok) right++;
    mark = ok ? '✓' : '✗';
  }
  if (!all && mark !== '✗') continue;
  console.log(
    `${mark} ${p.file} pub=${pubOf.get(p.file)} ${g.company}${g.primary ? ' [P]' : ''}${g.optional ? ' [opt]' : ''}\n` +
      `    gold ${g.date_start}..${g.date_end} «${g.date_text ?? ''}»\n` +
      `    pred ${pd?.start ?? null}..${pd?.end ?? null} «${pd?.text ?? ''}»  ${p.evidence?.text.slice(0, 160).replace(/\s+/g, ' ') ?? ''}`,
  );
}
console.log(`date accuracy ${right}/${judged} = ${judged ? ((100 * right) / judged).toFixed(1) : 'n/a'}%`);
