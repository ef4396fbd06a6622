// Dev helper: prints the debug trace and mentions for one article or one sentence.
//   node --import tsx scripts/debug-extract.ts FILE [published]   |   ... -e "sentence" [published]
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/extract/extractor.ts';

const [a, b, c] = process.argv.slice(2);
const text = a === '-e' ? (b ?? '') : readFileSync(a ?? '', 'utf8');
const published = a === '-e' ? (c ?? null) : (b ?? null);
const r = extractArticle({ text, published }, { debug: (l) => console.log(l()) });
for (const m of r.mentions)
  console.log(
    JSON.stringify({
      company: m.company,
      unit: m.unit,
      count: m.count && [m.count.min, m.count.max, m.count.text],
      percent: m.percent,
      date: m.date && [m.date.start, m.date.end, m.date.text],
      status: m.status,
      primary: m.primary,
      rule: m.rule,
      ev: m.evidence.text.slice(0, 80),
    }),
  );
for (const g of r.aggregates) console.log('AGG', JSON.stringify(g));
