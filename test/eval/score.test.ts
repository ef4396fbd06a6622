import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EventPrediction, Prediction } from '../../src/domain/prediction.ts';
import { loadCorpus, predictCorpus } from '../../src/eval/corpus.ts';
import type { Corpus, GoldEvent } from '../../src/eval/score.ts';
import { scorePredictions } from '../../src/eval/score.ts';
import { SHARED, skipWithoutShared } from '../helpers/shared.ts';

/** Runs the reference scorer on the same predictions and returns its JSON result. */
function referenceScore(corpusDir: string, preds: readonly Prediction[]): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'layoffs-score-'));
  const path = join(dir, 'pred.jsonl');
  writeFileSync(path, preds.map((p) => JSON.stringify(p)).join('\n'));
  const stdout = execFileSync(
    process.execPath,
    [join(SHARED, 'eval', 'score.mjs'), '--corpus', corpusDir, '--pred', path, '--json'],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(stdout);
}

/**
 * Predictions made from the gold rows with deliberate damage, so every rule of the scorer is
 * exercised: some rows dropped, counts shifted, dates moved, primaries flipped, units swapped
 * for companies, evidence offsets broken, and extra events in distractors.
 */
function damagedGold(corpus: Corpus): Prediction[] {
  const preds: Prediction[] = [];
  corpus.gold.forEach((g: GoldEvent, i) => {
    if (i % 7 === 3) return;
    const shift = i % 5 === 1 ? 1.5 : 1;
    const text = corpus.textOf(g.file) ?? '';
    const p: EventPrediction = {
      file: g.file,
      kind: 'event',
      company: i % 11 === 2 && g.unit ? g.unit : g.company,
      unit: i % 11 === 2 ? null : g.unit,
      count:
        g.count_min === null && g.count_max === null
          ? i % 6 === 0
            ? { min: 10, max: 10, approx: false, text: '10' }
            : null
          : {
              min: g.count_min === null ? null : Math.round(g.count_min * shift),
              max: g.count_max === null ? null : Math.round(g.count_max * shift),
              approx: false,
              text: g.count_text ?? '',
            },
      percent: null,
      date:
        i % 4 === 2
          ? { start: '1999-01-01', end: '1999-01-02', text: 'x' }
          : g.date_start
            ? { start: g.date_start, end: g.date_end, text: g.date_text ?? '' }
            : null,
      status: 'announced',
      departments: [],
      locations: [],
      primary: i % 9 === 4 ? !g.primary : g.primary,
      evidence: { text: 'x', start: i % 3 === 0 ? 0 : 1, end: 1 + (text.length > 0 ? 0 : 0) },
    };
    preds.push(p);
  });
  for (const m of corpus.meta.filter((x) => x.kind === 'distractor').slice(0, 3)) {
    preds.push({
      file: m.file,
      kind: 'event',
      company: 'Nobody',
      unit: null,
      count: null,
      percent: null,
      date: null,
      status: 'announced',
      departments: [],
      locations: [],
      primary: false,
      evidence: { text: '', start: 0, end: 0 },
    });
  }
  preds.push({
    file: 'not-in-corpus.txt',
    kind: 'aggregate',
    source: null,
    companies: null,
    employees: 5,
    period: null,
    evidence: { text: '', start: 0, end: 0 },
  } as unknown as Prediction);
  return preds;
}

for (const name of ['corpus', 'seeds']) {
  test(`layoffs eval agrees with score.mjs on damaged gold (${name})`, { skip: skipWithoutShared }, () => {
    const dir = join(SHARED, name);
    const corpus = loadCorpus(dir);
    const preds = damagedGold(corpus);
    const ours = scorePredictions(corpus, preds).result;
    assert.deepEqual(JSON.parse(JSON.stringify(ours)), referenceScore(dir, preds));
    // The damage must show: a scorer that always said 100% would not pass this test.
    assert.ok(ours.strict.f1 < ours.events.f1 || ours.events.f1 < 1);
  });

  test(
    `layoffs eval agrees with score.mjs on the extractor's own predictions (${name})`,
    {
      skip: skipWithoutShared,
    },
    () => {
      const dir = join(SHARED, name);
      const corpus = loadCorpus(dir);
      const preds = predictCorpus(corpus);
      assert.deepEqual(
        JSON.parse(JSON.stringify(scorePredictions(corpus, preds).result)),
        referenceScore(dir, preds),
      );
    },
  );
}
