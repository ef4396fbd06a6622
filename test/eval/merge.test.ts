import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventPrediction } from '../../src/domain/prediction.ts';
import { scoreMerging } from '../../src/eval/merge.ts';
import type { GoldEvent, GoldGroup, MatchedPair } from '../../src/eval/score.ts';

function gold(id: string, company: string): GoldEvent {
  return {
    id,
    file: `${id.split('-')[0]}.txt`,
    company,
    unit: null,
    count_min: null,
    count_max: null,
    date_start: null,
    date_end: null,
    primary: true,
  };
}
function pred(file: string, company: string): EventPrediction {
  return {
    file,
    kind: 'event',
    company,
    unit: null,
    count: null,
    percent: null,
    date: null,
    status: 'announced',
    departments: [],
    locations: [],
    primary: true,
    evidence: { text: '', start: 0, end: 0 },
  };
}

// Three outlets report Ravel Foods' cut (group A), two report Tarn Mining's (group B).
const groups: GoldGroup[] = [
  {
    group: 'A',
    article_group: true,
    members: [
      { id: '1-1', file: '1.txt' },
      { id: '2-1', file: '2.txt' },
      { id: '3-1', file: '3.txt' },
    ],
  },
  {
    group: 'B',
    article_group: true,
    members: [
      { id: '4-1', file: '4.txt' },
      { id: '5-1', file: '5.txt' },
    ],
  },
];
const rows = ['1-1', '2-1', '3-1', '4-1', '5-1'].map((id, i) =>
  gold(id, i < 3 ? 'Ravel Foods' : 'Tarn Mining'),
);
const matches: MatchedPair[] = rows.map((g) => ({ gold: g, prediction: pred(g.file, g.company) }));

test('perfect grouping scores 1/1', () => {
  const eventOf = (p: EventPrediction) => (p.company === 'Ravel Foods' ? 10 : 20);
  const s = scoreMerging(groups, matches, eventOf);
  assert.deepEqual(s.pairs, { tp: 4, fp: 0, fn: 0 });
  assert.deepEqual(
    s.groups.map((g) => g.events),
    [1, 1],
  );
});

test('a split lowers recall, a wrong merge lowers precision', () => {
  // 3.txt lands apart from 1 and 2; group B is merged into group A's event.
  const eventOf = (p: EventPrediction) => (p.file === '3.txt' ? 11 : 10);
  const s = scoreMerging(groups, matches, eventOf);
  assert.equal(s.pairs.tp, 2); // 1-2 in A, 4-5 in B
  assert.equal(s.pairs.fn, 2); // 1-3, 2-3
  assert.equal(s.pairs.fp, 4); // 1-4, 1-5, 2-4, 2-5
  assert.equal(s.groups[0]?.events, 2);
});

test('an unextracted member counts as missed pairs', () => {
  const s = scoreMerging(groups, matches.slice(1), () => 10);
  assert.equal(s.groups[0]?.matched, 2);
  assert.ok((s.recall ?? 1) < 1);
});
