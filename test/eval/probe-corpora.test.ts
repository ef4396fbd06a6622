import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadCorpus, predictCorpus } from '../../src/eval/corpus.ts';
import { scorePredictions } from '../../src/eval/score.ts';

/**
 * Our own labelled articles (test/fixtures/probe-corpus*, written for this project) scored like the
 * shared corpus. They were written to find where the extractor fails to generalise, so the floors
 * here are regression guards a little under the figures measured when they were set, not targets.
 */
const CORPORA: readonly { dir: string; f1: number; strict: number; distractorEvents?: number }[] = [
  { dir: 'probe-corpus', f1: 0.95, strict: 0.9 },
  { dir: 'probe-corpus-2', f1: 0.93, strict: 0.85 },
  { dir: 'probe-corpus-3', f1: 0.93, strict: 0.88 },
  { dir: 'probe-corpus-4', f1: 0.95, strict: 0.9 },
  // Written blind in session 3; their first figures were F1 0.72 / 0.75 / 0.77 before the fixes.
  { dir: 'probe-corpus-5', f1: 0.9, strict: 0.8 },
  { dir: 'probe-corpus-6', f1: 0.95, strict: 0.92 },
  { dir: 'probe-corpus-7', f1: 0.92, strict: 0.88 },
  // Written blind (8 in session 3, 9-12 in session 4; 10 held out until the last round). First
  // events F1, before their failures were fixed: 0.77 / 0.70 / 0.86 / 0.79 / 0.82.
  { dir: 'probe-corpus-8', f1: 0.95, strict: 0.95 },
  { dir: 'probe-corpus-9', f1: 0.95, strict: 0.9 },
  { dir: 'probe-corpus-10', f1: 0.9, strict: 0.78 },
  { dir: 'probe-corpus-11', f1: 0.95, strict: 0.86 },
  { dir: 'probe-corpus-12', f1: 0.93, strict: 0.9 },
  // Held out in session 4 (F1 0.87 / 0.91 there), released for development in session 5.
  { dir: 'probe-corpus-13', f1: 0.95, strict: 0.95 },
  { dir: 'probe-corpus-14', f1: 0.95, strict: 0.95 },
  // Written in session 5 as development sets; first events F1 0.82 / 0.81, 1.0 after their fixes.
  { dir: 'probe-corpus-17', f1: 0.95, strict: 0.95 },
  { dir: 'probe-corpus-18', f1: 0.95, strict: 0.95 },
  // Held out in session 5 (F1 0.73 / 0.92 there), released for development in session 6.
  { dir: 'probe-corpus-15', f1: 0.95, strict: 0.93 },
  { dir: 'probe-corpus-16', f1: 0.95, strict: 0.95 },
  // Written blind in session 6 as development sets; first events F1 0.56 / 0.82 / 0.85 / 0.66.
  { dir: 'probe-corpus-21', f1: 0.92, strict: 0.77 },
  { dir: 'probe-corpus-22', f1: 0.97, strict: 0.9 },
  { dir: 'probe-corpus-23', f1: 0.97, strict: 0.97 },
  { dir: 'probe-corpus-24', f1: 0.83, strict: 0.76 },
  // probe-corpora 19 and 20 are held out: they measure, no floor is kept on them.
];

describe('[eval] our own probe corpora', () => {
  for (const c of CORPORA) {
    test(`${c.dir}: events F1 ≥ ${c.f1}, strict F1 ≥ ${c.strict}, valid evidence, at most ${c.distractorEvents ?? 0} event(s) in distractors`, () => {
      const corpus = loadCorpus(fileURLToPath(new URL(`../fixtures/${c.dir}`, import.meta.url)));
      const r = scorePredictions(corpus, predictCorpus(corpus)).result;
      assert.ok(r.events.f1 >= c.f1, `events F1 ${r.events.f1}`);
      assert.ok(r.strict.f1 >= c.strict, `strict F1 ${r.strict.f1}`);
      assert.equal(r.evidence_valid_rate, 1);
      assert.ok(
        r.distractor_false_events <= (c.distractorEvents ?? 0),
        `events in distractor articles: ${r.distractor_false_events}`,
      );
    });
  }
});
