import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestArticles } from '../../src/pipeline/run.ts';
import { getEvent, listEvents } from '../../src/store/event.repository.ts';
import { getStats } from '../../src/store/queries.ts';
import { SHARED, skipWithoutShared } from '../helpers/shared.ts';
import { openTestStore } from '../store/dialects.ts';

const here = '[pipeline/seeds] ';
const SEEDS = join(SHARED, 'seeds', 'articles');

function seedInputs() {
  // As a user would have them: plain text files, no metadata but the file name.
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(SEEDS, file), 'utf8') }));
}

/** Every order the three seeds can arrive in: the final events must not depend on it. */
const ORDERS: readonly (readonly number[])[] = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
];

for (const order of ORDERS) {
  test(
    `${here}the three seed articles in order ${order.join('')}: one AWS event from three outlets, the 2022-23 wave apart`,
    { skip: skipWithoutShared },
    async () => {
      const { store, cleanup } = await openTestStore('sqlite');
      try {
        const inputs = seedInputs();
        const report = await ingestArticles(
          store,
          order.map((i) => inputs[i]!),
        );
        assert.deepEqual(report.articles, { new: 3, duplicate: 0, nearDuplicate: 0, failed: 0 });

        const amazon = (await listEvents(store.db, { company: 'Amazon' }, { limit: 100 })).items;
        const aws = amazon.filter((e) => e.unit === 'AWS');
        assert.equal(aws.length, 1, `one AWS event, got ${JSON.stringify(aws)}`);
        const event = await getEvent(store.db, aws[0]?.id ?? -1);
        assert.ok(event);
        assert.equal(new Set(event.sources.map((s) => s.file)).size, 3, 'three sources');
        assert.equal(event.independentSources, 3, 'three independent outlets, no copies');
        assert.equal(event.copies, 0);
        assert.deepEqual(event.count, { min: 200, max: 999 });
        assert.deepEqual(event.date, { start: '2024-04-03', end: '2024-04-03' });
        const undated = event.sources.find((s) => s.file?.startsWith('000_'));
        assert.equal(
          undated?.date?.basis,
          'sibling',
          '000 says only "on Wednesday": its date comes from 002/003',
        );
        assert.equal(undated?.date?.start, '2024-04-03');
        const teams = event.departments.join(' | ').toLowerCase();
        assert.match(teams, /sales/, `teams: ${teams}`);
        assert.match(teams, /(physical )?stores? technology/, `teams: ${teams}`);

        const wave = amazon.filter(
          (e) => e.unit === null && e.date.start !== null && e.date.start < '2024-01-01',
        );
        assert.equal(wave.length, 1, `a separate Amazon 2022-23 event, got ${JSON.stringify(amazon)}`);
        assert.notEqual(wave[0]?.id, event.id);
        assert.ok((wave[0]?.count.min ?? 0) >= 2000);
        const waveEvent = await getEvent(store.db, wave[0]?.id ?? -1);
        assert.equal(
          new Set(waveEvent?.sources.map((s) => s.file)).size,
          3,
          'the 2022-23 wave is reported by all three',
        );

        const stats = await getStats(store.db);
        assert.equal(
          stats.trackerClaims.length,
          2,
          'both quoted tracker statistics are kept beside the totals',
        );
        const claimed = stats.trackerClaims.map((c) => c.employees?.max ?? c.employees?.min).sort();
        assert.notEqual(claimed[0], claimed[1], 'the two claims disagree, and both are shown');
        assert.ok(stats.employees.high < 32000 + 27000 + 10000, 'tracker totals are never added to ours');
      } finally {
        await cleanup();
      }
    },
  );
}
