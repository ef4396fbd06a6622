import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ingestArticles } from '../../src/pipeline/run.ts';
import { type Fixture, fakeExtractor, fixture, shuffled } from '../resolve/build.ts';
import { openTestStore } from '../store/dialects.ts';
import { snapshotEvents } from './snapshot.ts';

const here = '[pipeline/order] ';

// A made-up story told by four outlets (one a syndicated copy, one undated), plus a second round.
const WIRE =
  'Halden Robotics said on Tuesday it would cut about 600 jobs, roughly 8% of its workforce, as the warehouse ' +
  'automation maker struggles with weaker orders from retailers. Most of the reductions fall on hardware assembly ' +
  'and field service teams in Sweden and Poland, the company said. Affected staff will receive severance and help ' +
  'finding new roles. The company raised prices twice last year and has delayed a new plant near Krakow until ' +
  'demand recovers. Halden Robotics already laid off 150 people at its Krakow site in 2023.';
const COPY = `Halden Robotics to shed 600 jobs\n\n${WIRE}\n\nReporting by a staff writer.`;
const REWRITE =
  'Swedish automation firm Halden Robotics is letting go of some 600 people. In a note, the CEO blamed a drop in ' +
  'retail orders. Investors cheered the move on Tuesday.';
const UNDATED =
  'Halden Robotics confirmed on Tuesday that several hundred roles will go, most of them in Sweden.';
const OTHER = 'Corbel Steel has cut 900 roles at its Sheffield works, the union said on Monday.';

const FIXTURES: Fixture[] = [
  fixture({ text: WIRE, file: 'wire.txt', outlet: 'wire.example', published: '2024-06-05' }, [
    {
      company: 'Halden Robotics',
      evidence: WIRE.split('. ')[0] ?? '',
      count: { min: 600, max: 600, text: 'about 600 jobs', approx: true },
      date: { start: '2024-06-04', end: '2024-06-04', text: 'on Tuesday', basis: 'relative' },
      status: 'planned',
      percent: 8,
    },
    {
      company: 'Halden Robotics',
      unit: 'Krakow site',
      evidence: 'Halden Robotics already laid off 150 people at its Krakow site in 2023.',
      count: { min: 150, max: 150, text: '150 people' },
      date: { start: '2023-01-01', end: '2023-12-31', text: 'in 2023', basis: 'explicit' },
      status: 'completed',
      primary: false,
    },
  ]),
  fixture({ text: COPY, file: 'copy.txt', outlet: 'paper.example', published: '2024-06-05' }, [
    {
      company: 'Halden Robotics',
      evidence: WIRE.split('. ')[0] ?? '',
      count: { min: 600, max: 600, text: 'about 600 jobs', approx: true },
      date: { start: '2024-06-04', end: '2024-06-04', text: 'on Tuesday', basis: 'relative' },
      status: 'planned',
      percent: 8,
    },
    {
      company: 'Halden Robotics',
      unit: 'Krakow site',
      evidence: 'Halden Robotics already laid off 150 people at its Krakow site in 2023.',
      count: { min: 150, max: 150, text: '150 people' },
      date: { start: '2023-01-01', end: '2023-12-31', text: 'in 2023', basis: 'explicit' },
      status: 'completed',
      primary: false,
    },
  ]),
  fixture({ text: REWRITE, file: 'rewrite.txt', outlet: 'news.example', published: '2024-06-06' }, [
    {
      company: 'Halden Robotics',
      evidence: 'Swedish automation firm Halden Robotics is letting go of some 600 people.',
      count: { min: 600, max: 600, text: 'some 600 people', approx: true },
      date: { start: '2024-06-06', end: '2024-06-06', text: '', basis: 'published' },
      status: 'announced',
    },
  ]),
  fixture({ text: UNDATED, file: 'undated.txt' }, [
    {
      company: 'Halden Robotics',
      evidence: UNDATED,
      count: { min: 200, max: 999, text: 'several hundred roles' },
      date: { start: null, end: null, text: 'on Tuesday', basis: 'relative' },
      status: 'announced',
    },
  ]),
  fixture({ text: OTHER, file: 'other.txt', published: '2024-06-11' }, [
    {
      company: 'Corbel Steel',
      evidence: OTHER,
      count: { min: 900, max: 900, text: '900 roles' },
      date: { start: '2024-06-10', end: '2024-06-10', text: 'on Monday', basis: 'relative' },
      status: 'completed',
    },
  ]),
];
const extract = fakeExtractor(FIXTURES);
const ORDERS = [0, 1, 2, 3, 4];

describe('pipeline: order and repetition', () => {
  test(`${here}the final events do not depend on ingestion order`, async () => {
    let expected: unknown[] | null = null;
    for (const seed of ORDERS) {
      const { store, cleanup } = await openTestStore('sqlite');
      try {
        const inputs =
          seed === 0
            ? FIXTURES.map((f) => f.input)
            : shuffled(
                FIXTURES.map((f) => f.input),
                seed,
              );
        const report = await ingestArticles(store, inputs, { extract });
        assert.equal(report.articles.nearDuplicate, 1, 'the copy is detected whichever arrives first');
        assert.equal(report.articles.new, 4);
        const snap = await snapshotEvents(store.db);
        if (expected === null) expected = snap;
        else assert.deepEqual(snap, expected, `order seed ${seed}: ${inputs.map((i) => i.file).join(', ')}`);
      } finally {
        await cleanup();
      }
    }
    assert.ok(expected);
  });

  test(`${here}one event with independent sources, a copy, sibling dates, and a separate earlier round`, async () => {
    const { store, cleanup } = await openTestStore('sqlite');
    try {
      await ingestArticles(
        store,
        shuffled(
          FIXTURES.map((f) => f.input),
          7,
        ),
        { extract },
      );
      const snap = (await snapshotEvents(store.db)) as {
        company: string;
        unit: string | null;
        [k: string]: unknown;
      }[];
      const main = snap.find((e) => e.company === 'Halden Robotics' && e.unit === null);
      assert.ok(main);
      assert.deepEqual(main.count, { min: 600, max: 600 });
      assert.deepEqual(main.date, { start: '2024-06-04', end: '2024-06-04' });
      assert.equal(main.status, 'announced', 'planned → announced by the later reports');
      assert.equal(main.independentSources, 3, 'wire, rewrite, undated: the copy is not independent');
      assert.equal(main.copies, 1);
      assert.ok(
        (main.sources as string[]).some(
          (s) =>
            s.startsWith('undated.txt:') && s.includes(':2024-06-04:sibling:') && s.endsWith(':2024-06-04'),
        ),
        'the undated report gets its date, and its publication date, from its siblings',
      );
      const krakow = snap.find((e) => e.unit === 'Krakow site');
      assert.ok(krakow);
      assert.equal(krakow.parent, null, 'a 2023 round is not part of the 2024 cut');
      assert.equal(krakow.independentSources, 1);
      assert.equal(snap.length, 3);
    } finally {
      await cleanup();
    }
  });

  test(`${here}ingesting the same articles again changes nothing`, async () => {
    const { store, cleanup } = await openTestStore('sqlite');
    try {
      const inputs = FIXTURES.map((f) => f.input);
      await ingestArticles(store, inputs, { extract });
      const before = await snapshotEvents(store.db);
      const again = await ingestArticles(store, shuffled(inputs, 3), { extract });
      assert.deepEqual(again.articles, { new: 0, duplicate: 5, nearDuplicate: 0, failed: 0 });
      assert.deepEqual(again.events, { new: 0, updated: 0, deleted: 0 });
      assert.deepEqual(await snapshotEvents(store.db), before);
    } finally {
      await cleanup();
    }
  });
});
