import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type EventSort, type EventSummary, InvalidCursorError } from '../../src/domain/event.ts';
import { ingestArticles } from '../../src/pipeline/run.ts';
import type { Store } from '../../src/store/connect.ts';
import { dataVersion, versionedMemo } from '../../src/store/data-version.ts';
import { latestPublished, listEvents } from '../../src/store/event.repository.ts';
import { EVENT_SORTS } from '../../src/store/event-sort.ts';
import { listCompanies } from '../../src/store/queries.ts';
import { type Fixture, fakeExtractor, fixture, type MentionSpec } from '../resolve/build.ts';
import { DIALECTS, openTestStore, skipFor } from './dialects.ts';

const here = '[store/read-paths] ';

/**
 * Made-up companies, written for this test: ties on date and count (the id breaks them), an
 * undated event, one without a count, a unit beside its company-wide event (the 'company' sort
 * puts the unit-less one first) and articles without a publication date (lastSeen NULL).
 */
interface Row {
  readonly company: string;
  readonly unit?: string;
  readonly count?: number;
  readonly day?: string;
  readonly published?: string;
  readonly quote: string;
}
const ROWS: readonly Row[] = [
  {
    company: 'Orrin Labs',
    count: 120,
    day: '2024-02-01',
    published: '2024-02-01',
    quote: 'trimming its robotics crew',
  },
  {
    company: 'Pellam Foods',
    count: 120,
    day: '2024-02-01',
    published: '2024-02-02',
    quote: 'closing a bakery plant',
  },
  {
    company: 'Quillon Bank',
    count: 800,
    day: '2023-11-15',
    published: '2023-11-15',
    quote: 'merging branch teams',
  },
  {
    company: 'Rastor Games',
    day: '2024-03-10',
    published: '2024-03-11',
    quote: 'an unknown number of staff',
  },
  { company: 'Sendra Air', count: 60, quote: 'pilots in the cargo arm' },
  {
    company: 'Tovik Steel',
    count: 2000,
    day: '2022-06-30',
    published: '2031-01-01',
    quote: 'a furnace shutdown',
  },
  {
    company: 'Tovik Steel',
    unit: 'Tovik Rail',
    count: 300,
    day: '2023-05-05',
    published: '2023-05-06',
    quote: 'the rail mill',
  },
  { company: 'Umber Mobile', count: 45, day: '2024-02-01', quote: 'the handset design office' },
];

function fixtures(): Fixture[] {
  return ROWS.map((r, i) => {
    const count = r.count !== undefined ? `${r.count} jobs` : 'jobs';
    const evidence = `${r.company} said it is cutting ${count}, ${r.quote}.`;
    const spec: MentionSpec = {
      company: r.company,
      evidence,
      ...(r.unit !== undefined && { unit: r.unit }),
      ...(r.count !== undefined && { count: { min: r.count, max: r.count, text: count } }),
      ...(r.day !== undefined && {
        date: { start: r.day, end: r.day, text: '', basis: 'explicit' as const },
      }),
    };
    return fixture(
      {
        text: `Report ${i}\n${evidence}`,
        file: `r${i}.txt`,
        ...(r.published !== undefined && { published: r.published }),
      },
      [spec],
    );
  });
}

/** The order a sort promises, written out independently of the SQL: key, NULLs last, then id. */
function expectedOrder(items: readonly EventSummary[], sort: EventSort): number[] {
  const spec = EVENT_SORTS[sort];
  const key = (e: EventSummary): string | number | null =>
    spec.column === 'events.day'
      ? (e.date.start ?? e.date.end)
      : spec.column === 'events.count_min'
        ? e.count.min
        : spec.column === 'events.last_seen'
          ? e.lastSeen
          : e.company;
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...items]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka !== kb) {
        if (ka === null) return 1;
        if (kb === null) return -1;
        return spec.dir === 'asc' ? cmp(ka, kb) : cmp(kb, ka);
      }
      if (spec.thenUnit && a.unit !== b.unit) {
        if (a.unit === null) return -1;
        if (b.unit === null) return 1;
        return cmp(a.unit, b.unit);
      }
      return a.id - b.id;
    })
    .map((e) => e.id);
}

async function walk(store: Store, sort: EventSort, limit: number, filters = {}): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await listEvents(store.db, filters, {
      limit,
      sort,
      ...(cursor !== undefined && { cursor }),
    });
    ids.push(...page.items.map((e) => e.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('no end of pages');
}

const cursorOf = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url');

for (const dialect of DIALECTS) {
  describe(`${dialect}: read paths`, { skip: skipFor(dialect) }, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ store, cleanup } = await openTestStore(dialect));
      const all = fixtures();
      await ingestArticles(
        store,
        all.map((f) => f.input),
        { extract: fakeExtractor(all) },
      );
    });
    after(async () => {
      await cleanup?.();
    });

    test(`${here}every sort pages through every event once, in order, whatever the page size`, async () => {
      const all = (await listEvents(store.db, {}, { limit: 500 })).items;
      assert.equal(all.length, ROWS.length);
      for (const sort of Object.keys(EVENT_SORTS) as EventSort[]) {
        const expected = expectedOrder(all, sort);
        for (const limit of [1, 2, 3, 500]) {
          assert.deepEqual(await walk(store, sort, limit), expected, `${sort}, pages of ${limit}`);
        }
      }
      const undated = all.find((e) => e.company === 'Sendra Air');
      assert.equal((await walk(store, '-date', 2)).at(-1), undated?.id, 'undated last');
      assert.equal((await walk(store, 'date', 2)).at(-1), undated?.id, 'undated last ascending too');
    });

    test(`${here}total is counted on the first page and carried by the cursor`, async () => {
      const first = await listEvents(store.db, { minCount: 100 }, { limit: 2, sort: '-count' });
      assert.equal(first.total, 5);
      assert.ok(first.nextCursor);
      const second = await listEvents(
        store.db,
        { minCount: 100 },
        { limit: 2, sort: '-count', cursor: first.nextCursor },
      );
      assert.equal(second.total, 5);
      assert.deepEqual(
        [...first.items, ...second.items].map((e) => e.count.min),
        [2000, 800, 300, 120],
      );
    });

    test(`${here}a cursor it cannot use is InvalidCursorError, never a wrong page`, async () => {
      const first = await listEvents(store.db, {}, { limit: 2, sort: 'date' });
      const good = first.nextCursor;
      assert.ok(good);
      const body = JSON.parse(Buffer.from(good, 'base64url').toString('utf8')) as Record<string, unknown>;
      const bad: [string, string][] = [
        ['not base64', 'not a cursor!'],
        ['not JSON', Buffer.from('{"v":2').toString('base64url')],
        ['old offset cursor', cursorOf({ o: 50 })],
        ['an array', cursorOf([1, 2])],
        ['wrong key type', cursorOf({ ...body, k: 17 })],
        ['bad id', cursorOf({ ...body, i: -3 })],
        ['bad total', cursorOf({ ...body, t: 'many' })],
        ['a unit on a date sort', cursorOf({ ...body, u: 'x' })],
      ];
      for (const [why, cursor] of bad) {
        await assert.rejects(
          listEvents(store.db, {}, { limit: 2, sort: 'date', cursor }),
          InvalidCursorError,
          why,
        );
      }
      await assert.rejects(
        listEvents(store.db, {}, { limit: 2, sort: '-count', cursor: good }),
        InvalidCursorError,
        'issued for another sort',
      );
      await assert.rejects(
        listEvents(store.db, { status: 'planned' }, { limit: 2, sort: 'date', cursor: good }),
        InvalidCursorError,
        'issued for other filters',
      );
      const ok = await listEvents(store.db, {}, { limit: 2, sort: 'date', cursor: good });
      assert.equal(ok.items.length, 2);
    });

    test(`${here}q searches the evidence quotes too, as a case-insensitive substring`, async () => {
      const companies = async (q: string) =>
        (await listEvents(store.db, { q }, { limit: 50 })).items.map((e) => e.company).sort();
      assert.deepEqual(await companies('BAKERY plant'), ['Pellam Foods']);
      assert.deepEqual(await companies('rail mill'), ['Tovik Steel']);
      assert.deepEqual(await companies('tovik'), ['Tovik Steel', 'Tovik Steel']);
      assert.deepEqual(await companies('ca'), ['Sendra Air'], 'two letters: the LIKE path ("cargo")');
      assert.deepEqual(await companies('%'), [], 'LIKE wildcards are literal');
      assert.deepEqual(await companies('"furnace'), [], 'quotes cannot break the search');
      assert.equal((await listEvents(store.db, { q: 'handset design' }, { limit: 1 })).total, 1);
    });

    test(`${here}latestPublished: newest source publication up to today`, async () => {
      assert.equal(
        await latestPublished(store.db, '2030-01-01'),
        '2024-03-11',
        'the 2031 date is in the future',
      );
      assert.equal(await latestPublished(store.db, '2024-02-01'), '2024-02-01');
      assert.equal(await latestPublished(store.db, '2023-11-30'), '2023-11-15');
      assert.equal(await latestPublished(store.db, '2020-01-01'), null, 'no source nor event before');
    });

    test(`${here}listCompanies takes a limit`, async () => {
      const all = await listCompanies(store.db);
      assert.ok(all.length >= 7);
      assert.deepEqual(
        (await listCompanies(store.db, { limit: 2 })).map((c) => c.name),
        all.slice(0, 2).map((c) => c.name),
      );
    });

    test(`${here}data_version moves with every write; the memo recomputes only then`, async () => {
      const v0 = await dataVersion(store.db);
      let loads = 0;
      const memo = versionedMemo(() => dataVersion(store.db));
      const load = async () => ++loads;
      assert.equal(await memo('k', load), 1);
      assert.equal(await memo('k', load), 1, 'same version: remembered');
      const more = fixture(
        { text: 'Late report\nVarn Textiles is cutting 75 jobs.', published: '2024-03-20' },
        [
          {
            company: 'Varn Textiles',
            evidence: 'Varn Textiles is cutting 75 jobs.',
            count: { min: 75, max: 75, text: '75 jobs' },
          },
        ],
      );
      await ingestArticles(store, [more.input], { extract: fakeExtractor([more]) });
      assert.ok((await dataVersion(store.db)) > v0);
      assert.equal(await memo('k', load), 2, 'new data: computed again');
    });
  });
}
