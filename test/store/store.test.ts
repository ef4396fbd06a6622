import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EXPORT_COLUMNS } from '../../src/domain/event.ts';
import { addCorrection, ingestArticles } from '../../src/pipeline/run.ts';
import type { Store } from '../../src/store/connect.ts';
import { getEvent, InvalidCursorError, listEvents } from '../../src/store/event.repository.ts';
import { exportRows, getCompany, getStats, listCompanies } from '../../src/store/queries.ts';
import { type Fixture, fakeExtractor, fixture } from '../resolve/build.ts';
import { DIALECTS, openTestStore, skipFor } from './dialects.ts';

const here = '[store] ';

// Three articles of our own about made-up companies, plus what the extractor "found".
const A1 =
  'Veltrix to cut 400 jobs\nVeltrix said on Tuesday it would cut 400 jobs in its sales and support teams to save costs. ' +
  'According to Layoffs.fyi, 70 tech firms have let go of almost 32,000 people so far this year.';
const A2 =
  'Veltrix layoffs\nThe software maker Veltrix is laying off about 400 employees, the company confirmed. ' +
  'Separately, Corbel Steel cut 900 roles at its Sheffield works last month.';
const A3 =
  'Quarry Bank trims staff\nQuarry Bank, which employs 85,000 people, is cutting 5% of staff, or 4,250 jobs.';

const FIXTURES: Fixture[] = [
  fixture(
    {
      text: A1,
      file: 'a1.txt',
      outlet: 'wire.example',
      url: 'https://wire.example/veltrix',
      published: '2024-04-03',
    },
    [
      {
        company: 'Veltrix',
        evidence:
          'Veltrix said on Tuesday it would cut 400 jobs in its sales and support teams to save costs.',
        count: { min: 400, max: 400, text: '400 jobs' },
        date: { start: '2024-04-02', end: '2024-04-02', text: 'on Tuesday', basis: 'relative' },
        status: 'planned',
        departments: ['sales', 'support'],
        reason: 'to save costs',
      },
    ],
    [
      {
        source: 'Layoffs.fyi',
        companies: 70,
        employees: { min: null, max: 31999 },
        period: { start: '2024-01-01', end: '2024-04-03', text: 'so far this year' },
        evidence:
          'According to Layoffs.fyi, 70 tech firms have let go of almost 32,000 people so far this year.',
      },
    ],
  ),
  fixture({ text: A2, file: 'a2.txt', outlet: 'paper.example', published: '2024-04-04' }, [
    {
      company: 'Veltrix',
      evidence: 'The software maker Veltrix is laying off about 400 employees, the company confirmed.',
      count: { min: 400, max: 400, text: 'about 400 employees', approx: true },
      date: { start: '2024-04-04', end: '2024-04-04', text: '', basis: 'published' },
      status: 'announced',
    },
    {
      company: 'Corbel Steel',
      evidence: 'Separately, Corbel Steel cut 900 roles at its Sheffield works last month.',
      count: { min: 900, max: 900, text: '900 roles' },
      date: { start: '2024-03-01', end: '2024-03-31', text: 'last month', basis: 'relative' },
      status: 'completed',
      primary: false,
    },
  ]),
  fixture({ text: A3, file: 'a3.txt', published: '2024-05-10' }, [
    {
      company: 'Quarry Bank',
      evidence: 'Quarry Bank, which employs 85,000 people, is cutting 5% of staff, or 4,250 jobs.',
      count: { min: 4250, max: 4250, text: '4,250 jobs' },
      percent: 5,
      date: { start: '2024-05-10', end: '2024-05-10', text: '', basis: 'published' },
    },
  ]),
];
const extract = fakeExtractor(FIXTURES);

for (const dialect of DIALECTS) {
  describe(`${dialect}: store`, { skip: skipFor(dialect) }, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ store, cleanup } = await openTestStore(dialect));
    });
    after(async () => {
      await cleanup?.();
    });

    test(`${here}ingest: articles, mentions, events, claims`, async () => {
      const report = await ingestArticles(
        store,
        FIXTURES.map((f) => f.input),
        { extract },
      );
      assert.deepEqual(report.articles, { new: 3, duplicate: 0, nearDuplicate: 0, failed: 0 });
      assert.deepEqual(report.claims, { mentions: 4, trackerClaims: 1 });
      assert.equal(report.events.new, 3);
      assert.equal(report.events.updated, 1, 'the second Veltrix report updates the first event');
    });

    test(`${here}re-ingesting the same articles changes nothing`, async () => {
      const before = await listEvents(store.db, {}, { limit: 50 });
      const report = await ingestArticles(
        store,
        FIXTURES.map((f) => f.input),
        { extract },
      );
      assert.deepEqual(report.articles, { new: 0, duplicate: 3, nearDuplicate: 0, failed: 0 });
      assert.deepEqual(report.events, { new: 0, updated: 0, deleted: 0 });
      assert.deepEqual(await listEvents(store.db, {}, { limit: 50 }), before);
    });

    test(`${here}listEvents: filters, sort and cursor pages`, async () => {
      const all = await listEvents(store.db, {}, { limit: 50 });
      assert.equal(all.total, 3);
      assert.deepEqual(
        all.items.map((e) => e.company),
        ['Quarry Bank', 'Veltrix', 'Corbel Steel'],
        'newest first',
      );
      const veltrix = all.items.find((e) => e.company === 'Veltrix');
      assert.ok(veltrix);
      assert.deepEqual(veltrix.count, { min: 400, max: 400 });
      assert.equal(veltrix.status, 'announced');
      assert.equal(veltrix.independentSources, 2);
      assert.deepEqual(veltrix.outlets, ['paper.example', 'wire.example']);
      assert.deepEqual(veltrix.date, { start: '2024-04-02', end: '2024-04-02' });

      const p1 = await listEvents(store.db, {}, { limit: 2, sort: '-count' });
      assert.deepEqual(
        p1.items.map((e) => e.company),
        ['Quarry Bank', 'Corbel Steel'],
      );
      assert.ok(p1.nextCursor);
      const p2 = await listEvents(store.db, {}, { limit: 2, sort: '-count', cursor: p1.nextCursor });
      assert.deepEqual(
        p2.items.map((e) => e.company),
        ['Veltrix'],
      );
      assert.equal(p2.nextCursor, null);

      const count = async (f: Parameters<typeof listEvents>[1]) =>
        (await listEvents(store.db, f, { limit: 50 })).total;
      assert.equal(await count({ company: 'veltrix' }), 1);
      assert.equal(await count({ company: 'Corbel Steel Ltd' }), 1);
      assert.equal(await count({ from: '2024-04-01', to: '2024-04-30' }), 1);
      assert.equal(await count({ from: '2024-03-15' }), 3);
      assert.equal(await count({ status: 'completed' }), 1);
      assert.equal(await count({ minCount: 900 }), 2);
      assert.equal(await count({ q: 'SUPPORT' }), 1);
      assert.equal(await count({ q: '100%_' }), 0);
      await assert.rejects(
        listEvents(store.db, {}, { limit: 2, cursor: 'not-a-cursor' }),
        InvalidCursorError,
      );
    });

    test(`${here}getEvent: sources with evidence and field spans, provenance`, async () => {
      const [veltrix] = (await listEvents(store.db, { company: 'Veltrix' }, { limit: 1 })).items;
      assert.ok(veltrix);
      const e = await getEvent(store.db, veltrix.id);
      assert.ok(e);
      assert.equal(e.sources.length, 2);
      for (const s of e.sources) {
        const text = s.file === 'a1.txt' ? A1 : A2;
        assert.equal(text.slice(s.evidence.start, s.evidence.end), s.evidence.text);
        const c = s.fieldSpans.count;
        assert.ok(c);
        assert.equal(text.slice(c.start, c.end), c.text);
      }
      assert.equal(e.sources[0]?.outlet, 'wire.example');
      assert.equal(e.sources[0]?.url, 'https://wire.example/veltrix');
      const status = e.provenance.find((p) => p.field === 'status');
      assert.equal(status?.how, 'most-advanced');
      assert.deepEqual(e.departments, ['sales', 'support']);
      assert.equal(e.reason, 'to save costs');
      assert.equal(await getEvent(store.db, 999_999), null);
    });

    test(`${here}stats: low–high totals and tracker claims beside them`, async () => {
      const s = await getStats(store.db);
      assert.equal(s.events, 3);
      assert.equal(s.companies, 3);
      assert.deepEqual(s.employees, {
        low: 400 + 900 + 4250,
        high: 400 + 900 + 4250,
        openEnded: 0,
        unknown: 0,
      });
      assert.deepEqual(
        s.byMonth.map((m) => [m.month, m.events, m.low]),
        [
          ['2024-03', 1, 900],
          ['2024-04', 1, 400],
          ['2024-05', 1, 4250],
        ],
      );
      assert.equal(s.trackerClaims.length, 1);
      assert.equal(s.trackerClaims[0]?.source, 'Layoffs.fyi');
      assert.deepEqual(s.trackerClaims[0]?.employees, { min: null, max: 31999 });
      const april = await getStats(store.db, { from: '2024-04-01', to: '2024-04-30' });
      assert.equal(april.events, 1);
      assert.equal(typeof april.employees.low, 'number');
    });

    test(`${here}companies and export`, async () => {
      const companies = await listCompanies(store.db);
      assert.deepEqual(
        companies.map((c) => c.name),
        ['Quarry Bank', 'Corbel Steel', 'Veltrix'],
      );
      const detail = await getCompany(store.db, 'veltrix');
      assert.ok(detail);
      assert.equal(detail.timeline.length, 1);
      assert.deepEqual(detail.employees, { low: 400, high: 400, openEnded: 0, unknown: 0 });
      assert.equal(await getCompany(store.db, 'nobody'), null);
      assert.equal((await listCompanies(store.db, { limit: 1 })).length, 1);
      assert.equal((await exportRows(store.db, {}, { sort: '-count', limit: 1 }))[0]?.company, 'Quarry Bank');
      const rows = await exportRows(store.db);
      assert.equal(rows.length, 3);
      assert.deepEqual(Object.keys(rows[0] ?? {}), [...EXPORT_COLUMNS]);
      const q = rows.find((r) => r.company === 'Quarry Bank');
      assert.equal(q?.total_laid_off, 4250);
      assert.equal(q?.percentage_laid_off, 0.05);
      assert.equal(rows.find((r) => r.company === 'Veltrix')?.source, 'https://wire.example/veltrix');
    });

    test(`${here}corrections are data and survive re-resolution`, async () => {
      const page = await listEvents(store.db, {}, { limit: 50 });
      const veltrix = page.items.find((e) => e.company === 'Veltrix');
      assert.ok(veltrix);
      await addCorrection(store, {
        kind: 'override',
        eventId: veltrix.id,
        field: 'count',
        value: { min: 410, max: 410 },
        reason: 'filing says 410',
      });
      const e = await getEvent(store.db, veltrix.id);
      assert.deepEqual(e?.count, { min: 410, max: 410 });
      assert.equal(e?.corrections.length, 1);
      // A new report of the same event re-resolves the family; the override stays.
      const text = 'Veltrix confirms cuts\nVeltrix confirmed it is cutting 400 jobs this week.';
      const more = fixture({ text, published: '2024-04-05' }, [
        {
          company: 'Veltrix',
          evidence: 'Veltrix confirmed it is cutting 400 jobs this week.',
          count: { min: 400, max: 400, text: '400 jobs' },
          date: { start: '2024-04-01', end: '2024-04-07', text: 'this week', basis: 'relative' },
        },
      ]);
      const report = await ingestArticles(store, [more.input], { extract: fakeExtractor([more]) });
      assert.equal(report.events.updated, 1);
      const again = await getEvent(store.db, veltrix.id);
      assert.equal(again?.sources.length, 3, 'same event id, one more source');
      assert.deepEqual(again?.count, { min: 410, max: 410 });
    });

    test(`${here}a failure mid-article leaves nothing behind`, async () => {
      const before = await getStats(store.db);
      const text = 'Broken article\nMarlow Games cut 1,900 people.';
      const bad = fixture({ text, published: '2024-01-20' }, [
        {
          company: 'Marlow Games',
          evidence: 'Marlow Games cut 1,900 people.',
          count: { min: 1900, max: 1900, text: '1,900 people' },
        },
      ]);
      // A status the schema cannot hold (NOT NULL) makes the mention insert fail after the article row.
      const broken = {
        ...bad.result,
        mentions: bad.result.mentions.map((m) => ({ ...m, status: null as unknown as 'announced' })),
      };
      const report = await ingestArticles(store, [bad.input], { extract: () => broken });
      assert.equal(report.articles.failed, 1);
      assert.match(report.failures[0]?.reason ?? '', /^store:/);
      const after = await getStats(store.db);
      assert.deepEqual(after, before);
      const retry = await ingestArticles(store, [bad.input], { extract: fakeExtractor([bad]) });
      assert.equal(retry.articles.new, 1, 'the rolled-back article was not stored');
    });
  });
}
