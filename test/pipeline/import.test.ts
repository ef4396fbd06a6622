import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { LayoffEvent } from '../../src/domain/event.ts';
import { isValidSpan } from '../../src/domain/span.ts';
import {
  type ImportReport,
  importLayoffsFyi,
  importLayoffsFyiFile,
  importWarn,
  importWarnFile,
  layoffsFyiRecord,
  warnRecord,
} from '../../src/pipeline/import.ts';
import { ingestArticles } from '../../src/pipeline/run.ts';
import { WARN_NOTICE_LEAD_DAYS, whyNotSameEvent } from '../../src/resolve/match-rules.ts';
import { resolveEvents } from '../../src/resolve/resolver.ts';
import { parseLayoffsFyiCsv, parseWarnCsv, readWarnCsv } from '../../src/sources/csv-import.ts';
import { countArticles, countImportedRecords } from '../../src/store/article.repository.ts';
import { findCompanyBySlug } from '../../src/store/company.repository.ts';
import type { Store } from '../../src/store/connect.ts';
import { getEvent, listEvents } from '../../src/store/event.repository.ts';
import { exportRows, getStats } from '../../src/store/queries.ts';
import { count, date, fakeExtractor, fixture, rm } from '../resolve/build.ts';
import { DIALECTS, openTestStore, skipFor } from '../store/dialects.ts';
import { snapshotEvents } from './snapshot.ts';

const here = '[pipeline/import] ';
const DIR = fileURLToPath(new URL('../fixtures/imports/', import.meta.url));
const FYI = join(DIR, 'layoffs-fyi.csv');
const FYI_RECHECK = join(DIR, 'layoffs-fyi-recheck.csv');
const WARN = join(DIR, 'warn.csv');

// Our own short story of a made-up layoff (Tuesday = 2024-03-05). The extractor is still being
// tuned on such sentences, so the test hands the pipeline exactly what it should find.
const ARTICLE_TEXT = readFileSync(join(DIR, 'korvana-article.txt'), 'utf8');
const ARTICLE = fixture(
  { text: ARTICLE_TEXT, file: 'korvana.txt', outlet: 'chipwire.example', published: '2024-03-06' },
  [
    {
      company: 'Korvana Systems',
      evidence:
        'Korvana Systems, the Sunnyvale maker of chip inspection equipment, said on Tuesday it will lay off 1,200 employees, about 9% of its staff, after orders from memory makers slowed.',
      count: { min: 1200, max: 1200, text: '1,200 employees' },
      date: { start: '2024-03-05', end: '2024-03-05', text: 'on Tuesday', basis: 'relative' },
      status: 'planned',
      percent: 9,
    },
  ],
);
const extract = fakeExtractor([ARTICLE]);

async function ingestNews(store: Store) {
  const report = await ingestArticles(store, [ARTICLE.input], { extract });
  assert.equal(report.articles.new, 1, `${here}article ingested`);
}

async function eventsOf(store: Store, company: string): Promise<LayoffEvent[]> {
  const page = await listEvents(store.db, { company }, { limit: 50, sort: 'date' });
  const out: LayoffEvent[] = [];
  for (const s of page.items) {
    const e = await getEvent(store.db, s.id);
    if (e) out.push(e);
  }
  return out;
}

function rowFigures(r: ImportReport) {
  return { ...r.rows, failedLines: r.failures.map((f) => f.line) };
}

describe('import records (pure)', () => {
  test(`${here}a Layoffs.fyi row becomes one mention whose spans point into the rendered row`, () => {
    const [first] = parseLayoffsFyiCsv(readFileSync(FYI, 'utf8'), FYI);
    assert.ok(first?.ok);
    const rec = layoffsFyiRecord(first.row);
    const m = rec.mention;
    for (const span of [m.evidence, m.companySpan, m.count?.span, m.date?.span]) {
      assert.ok(span && isValidSpan(rec.text, span), `${here}span ${JSON.stringify(span)} in ${rec.text}`);
    }
    assert.equal(m.companySpan?.text, 'Korvana Systems');
    assert.equal(m.count?.text, '1,200 employees');
    assert.deepEqual([m.count?.min, m.count?.max, m.percent], [1200, 1200, 9]);
    assert.equal(m.date?.start, '2024-03-05');
    assert.equal(rec.url, 'https://chipwire.example/korvana-cuts-1200');
    assert.equal(rec.line, 2);
    assert.deepEqual(rec.metadata, { industry: 'Hardware', country: 'United States', stage: 'Post-IPO' });
  });

  test(`${here}the idempotency key is the row's values: not its line, not the file`, () => {
    const a = parseLayoffsFyiCsv(readFileSync(FYI, 'utf8'));
    const b = parseLayoffsFyiCsv(readFileSync(FYI_RECHECK, 'utf8'));
    const brightwellA = a.find((r) => r.ok && r.row.company === 'Brightwell Analytics');
    const brightwellB = b.find((r) => r.ok && r.row.company === 'Brightwell Analytics');
    assert.ok(brightwellA?.ok && brightwellB?.ok);
    assert.notEqual(brightwellA.line, brightwellB.line);
    assert.equal(
      layoffsFyiRecord(brightwellA.row).contentHash,
      layoffsFyiRecord(brightwellB.row).contentHash,
    );
    const korvana = a.find((r) => r.ok && r.row.company === 'Korvana Systems');
    assert.ok(korvana?.ok);
    assert.notEqual(layoffsFyiRecord(korvana.row).contentHash, layoffsFyiRecord(brightwellA.row).contentHash);
    // The hash's first 16 digits name the mention: no shared readable prefix ("layoffs-fyi:…").
    assert.match(layoffsFyiRecord(korvana.row).contentHash, /^[0-9a-f]{64}$/);
  });

  test(`${here}a WARN notice: exact jobs, its state, and a row error when it has no date at all`, () => {
    const rows = parseWarnCsv(readFileSync(WARN, 'utf8'));
    const first = rows[0];
    assert.ok(first?.ok);
    const rec = warnRecord(first.row);
    assert.equal(rec.region, 'CA');
    assert.equal(rec.outlet, 'WARN notice (CA)');
    assert.deepEqual([rec.mention.count?.min, rec.mention.count?.max], [340, 340]);
    assert.ok(isValidSpan(rec.text, rec.mention.evidence));
    assert.ok(rec.mention.count && isValidSpan(rec.text, rec.mention.count.span));
    const undated = rows[3];
    assert.ok(undated?.ok);
    assert.throws(() => warnRecord(undated.row), /without notice_date/);
  });
});

describe('WARN match window (resolver)', () => {
  const news = (day: string, n = 1200) =>
    rm({
      articleId: 1,
      company: 'Korvana Systems',
      count: count(n, n, `${n} jobs`),
      date: date(day, day, 'relative'),
    });
  const notice = (day: string, n = 340) =>
    rm({
      articleId: 2,
      company: 'Korvana Systems, Inc.',
      count: count(n, n, `${n} jobs`),
      date: date(day),
      source: 'warn',
      region: 'CA',
    });

  test(`${here}a notice ${WARN_NOTICE_LEAD_DAYS} days' lead: 21 days after the news or 7 before a story merge`, () => {
    assert.equal(whyNotSameEvent(news('2024-03-12'), notice('2024-04-02')), null);
    assert.equal(whyNotSameEvent(news('2024-04-09'), notice('2024-04-02')), null);
  });

  test(`${here}rejects a notice 83 days after the news, and a notice larger than the whole layoff`, () => {
    assert.equal(whyNotSameEvent(news('2024-01-10'), notice('2024-04-02')), 'datesCompatible');
    assert.equal(whyNotSameEvent(news('2024-03-12', 300), notice('2024-03-20', 2000)), 'countsCompatible');
  });

  test(`${here}the news date wins; notices alone count their sites, the latest notice per site`, () => {
    const [merged] = resolveEvents([news('2024-03-05'), notice('2024-03-22')]).events;
    assert.deepEqual(merged?.date, { start: '2024-03-05', end: '2024-03-05' });
    assert.deepEqual(merged?.count, { min: 1200, max: 1200 });
    const site = (id: number, region: string, where: string, day: string, n: number) =>
      rm({
        articleId: id,
        company: 'Korvana Systems',
        count: count(n, n, `${n} jobs`),
        date: date(day),
        source: 'warn',
        region,
        locations: [where],
      });
    const { events } = resolveEvents([
      site(10, 'CA', 'Sunnyvale', '2024-04-02', 300),
      site(11, 'CA', 'Sunnyvale', '2024-04-09', 340), // amended: replaces the first
      site(12, 'WA', 'Seattle', '2024-04-04', 120),
    ]);
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.count, { min: 460, max: 460 });
    assert.deepEqual(events[0]?.date, { start: '2024-04-02', end: '2024-04-02' });
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: import`, { skip: skipFor(dialect) }, () => {
    test(`${here}news + WARN notice + Layoffs.fyi row of one layoff → one event with all three sources`, async () => {
      const { store, cleanup } = await openTestStore(dialect);
      try {
        await ingestNews(store);
        const warn = await importWarnFile(store, WARN);
        assert.deepEqual(rowFigures(warn), {
          read: 4,
          imported: 2,
          duplicate: 0,
          failed: 2,
          failedLines: [4, 5],
        });
        assert.match(warn.failures[0]?.reason ?? '', /postal_code "Oregon"/);
        assert.match(warn.failures[1]?.reason ?? '', /without notice_date/);
        // Tallis Freight is new; Korvana's event gains the notice.
        assert.deepEqual(warn.events, { new: 1, updated: 1, deleted: 0 });

        const fyi = await importLayoffsFyiFile(store, FYI);
        assert.deepEqual(rowFigures(fyi), {
          read: 5,
          imported: 3,
          duplicate: 0,
          failed: 2,
          failedLines: [5, 6],
        });
        assert.match(fyi.failures[0]?.reason ?? '', /date "sometime in spring" is not a date/);
        assert.match(fyi.failures[1]?.reason ?? '', /not a whole count/);
        assert.deepEqual(fyi.events, { new: 2, updated: 1, deleted: 0 });
        assert.equal(fyi.file, 'layoffs-fyi.csv');

        const events = await eventsOf(store, 'Korvana Systems');
        assert.equal(events.length, 1, `${here}one Korvana event`);
        const e = events[0] as LayoffEvent;
        assert.deepEqual(e.count, { min: 1200, max: 1200 });
        assert.deepEqual(e.date, { start: '2024-03-05', end: '2024-03-05' });
        assert.equal(e.percent, 9);
        assert.equal(e.independentSources, 3);
        assert.deepEqual(e.outlets, ['Layoffs.fyi', 'WARN notice (CA)', 'chipwire.example']);
        assert.deepEqual(e.conflicts, []);
        const byKind = new Map(e.sources.map((s) => [s.kind, s]));
        assert.deepEqual([...byKind.keys()].sort(), ['article', 'layoffs-fyi', 'warn']);
        const article = byKind.get('article');
        assert.equal(article?.file, 'korvana.txt');
        assert.equal(article?.row, null);
        const notice = byKind.get('warn');
        assert.deepEqual(
          [notice?.file, notice?.row, notice?.region, notice?.url, notice?.count?.min],
          ['warn.csv', 2, 'CA', null, 340],
        );
        assert.equal(notice?.company, 'Korvana Systems, Inc.');
        const row = byKind.get('layoffs-fyi');
        assert.deepEqual(
          [row?.file, row?.row, row?.region, row?.url],
          ['layoffs-fyi.csv', 2, null, 'https://chipwire.example/korvana-cuts-1200'],
        );
        assert.match(
          row?.evidence.text ?? '',
          /^Layoffs\.fyi: Korvana Systems laid off 1,200 employees \(9% of/,
        );

        // Imported rows are sources, not articles.
        assert.deepEqual(await countArticles(store.db), { articles: 1, copies: 0 });
        assert.deepEqual(await countImportedRecords(store.db), { 'layoffs-fyi': 3, warn: 2 });
      } finally {
        await cleanup();
      }
    });

    test(`${here}imports before the news give the same events as after it`, async () => {
      const a = await openTestStore(dialect);
      const b = await openTestStore(dialect);
      try {
        await ingestNews(a.store);
        await importWarn(a.store, readWarnCsv(WARN), { file: 'warn.csv' });
        await importLayoffsFyiFile(a.store, FYI);

        await importLayoffsFyiFile(b.store, FYI);
        await importWarn(b.store, readWarnCsv(WARN), { file: 'warn.csv' });
        await ingestNews(b.store);
        assert.deepEqual(await snapshotEvents(b.store.db), await snapshotEvents(a.store.db));
      } finally {
        await a.cleanup();
        await b.cleanup();
      }
    });

    test(`${here}re-importing changes nothing; the same row in another file is a duplicate too`, async () => {
      const { store, cleanup } = await openTestStore(dialect);
      try {
        await ingestNews(store);
        await importWarnFile(store, WARN);
        await importLayoffsFyiFile(store, FYI);
        const before = await snapshotEvents(store.db);
        const fingerprints = await store.db
          .selectFrom('events')
          .select(['id', 'fingerprint'])
          .orderBy('id')
          .execute();

        const again = await importLayoffsFyiFile(store, FYI);
        assert.deepEqual(rowFigures(again), {
          read: 5,
          imported: 0,
          duplicate: 3,
          failed: 2,
          failedLines: [5, 6],
        });
        assert.deepEqual(again.events, { new: 0, updated: 0, deleted: 0 });
        const warnAgain = await importWarnFile(store, WARN);
        assert.deepEqual(warnAgain.rows, { read: 4, imported: 0, duplicate: 2, failed: 2 });
        assert.deepEqual(await snapshotEvents(store.db), before);
        assert.deepEqual(
          await store.db.selectFrom('events').select(['id', 'fingerprint']).orderBy('id').execute(),
          fingerprints,
        );

        // Brightwell's row again (other column order, other file); Korvana's second round is new.
        const recheck = await importLayoffsFyiFile(store, FYI_RECHECK);
        assert.deepEqual(recheck.rows, { read: 2, imported: 1, duplicate: 1, failed: 0 });
        assert.deepEqual(recheck.events, { new: 1, updated: 0, deleted: 0 });
        assert.equal((await eventsOf(store, 'Korvana Systems')).length, 2);
      } finally {
        await cleanup();
      }
    });

    test(`${here}company metadata: filled from rows, never overwritten`, async () => {
      const { store, cleanup } = await openTestStore(dialect);
      try {
        const fyi = await importLayoffsFyiFile(store, FYI);
        assert.equal(fyi.companiesFilled, 3);
        const korvana = await store.db
          .selectFrom('companies')
          .select(['industry', 'country', 'stage'])
          .where('slug', '=', 'korvana-systems')
          .executeTakeFirstOrThrow();
        assert.deepEqual(korvana, { industry: 'Hardware', country: 'United States', stage: 'Post-IPO' });
        // Built-in metadata wins (Amazon is Retail there); the row only fills the empty stage.
        const amazon = await store.db
          .selectFrom('companies')
          .select(['industry', 'country', 'stage'])
          .where('slug', '=', 'amazon')
          .executeTakeFirstOrThrow();
        assert.deepEqual(amazon, { industry: 'Retail', country: 'United States', stage: 'Post-IPO' });
        // A later file saying "Semiconductors", "Public", "Canada" changes none of Korvana's values.
        const recheck = await importLayoffsFyiFile(store, FYI_RECHECK);
        assert.equal(recheck.companiesFilled, 0);
        assert.equal((await findCompanyBySlug(store.db, 'korvana-systems'))?.industry, 'Hardware');
        assert.equal((await findCompanyBySlug(store.db, 'korvana-systems'))?.country, 'United States');
      } finally {
        await cleanup();
      }
    });

    test(`${here}imported events count in stats and export; WARN jobs are exact`, async () => {
      const { store, cleanup } = await openTestStore(dialect);
      try {
        await ingestNews(store);
        await importWarnFile(store, WARN);
        await importLayoffsFyiFile(store, FYI);
        const tallis = await eventsOf(store, 'Tallis Freight');
        assert.equal(tallis.length, 1);
        assert.deepEqual(tallis[0]?.count, { min: 75, max: 75 });
        assert.deepEqual(tallis[0]?.date, { start: '2024-06-03', end: '2024-06-03' });
        const stats = await getStats(store.db);
        // Korvana 1,200 + Tallis 75 + Brightwell 140 + Amazon 100.
        assert.equal(stats.events, 4);
        assert.deepEqual(stats.employees, { low: 1515, high: 1515, openEnded: 0, unknown: 0 });
        const rows = await exportRows(store.db, {}, { sort: 'company' });
        const korvana = rows.find((r) => r.company === 'Korvana Systems');
        assert.equal(korvana?.total_laid_off, 1200);
        assert.equal(korvana?.stage, 'Post-IPO');
        assert.equal(korvana?.industry, 'Hardware');
        assert.equal(korvana?.sources, 3);
        const brightwell = rows.find((r) => r.company === 'Brightwell Analytics');
        assert.equal(brightwell?.source, 'https://northern-tech.example/brightwell');
        assert.equal(rows.find((r) => r.company === 'Tallis Freight')?.source, 'warn.csv');
      } finally {
        await cleanup();
      }
    });

    test(`${here}a CSV without the required columns stops with SourceError 'csv' and writes nothing`, async () => {
      const { store, cleanup } = await openTestStore(dialect);
      try {
        await assert.rejects(importWarnFile(store, join(DIR, 'warn-missing-columns.csv')), (e: unknown) => {
          assert.ok(e instanceof Error && e.name === 'SourceError');
          assert.equal((e as { code?: string }).code, 'csv');
          assert.match(e.message, /missing column\(s\) notice_date, jobs/);
          return true;
        });
        assert.deepEqual(await countImportedRecords(store.db), {});
      } finally {
        await cleanup();
      }
    });
  });
}

test(`${here}importLayoffsFyi takes any row iterable (a parsed text, not only a file)`, async () => {
  const { store, cleanup } = await openTestStore('sqlite');
  try {
    const text = 'company,date,total_laid_off\nVessel Works,2024-02-01,30\n';
    const report = await importLayoffsFyi(store, parseLayoffsFyiCsv(text), { file: '/tmp/pasted.csv' });
    assert.deepEqual(report.rows, { read: 1, imported: 1, duplicate: 0, failed: 0 });
    assert.equal(report.file, 'pasted.csv');
    const [e] = await eventsOf(store, 'Vessel Works');
    assert.equal(e?.sources[0]?.kind, 'layoffs-fyi');
    assert.equal(e?.sources[0]?.url, null);
  } finally {
    await cleanup();
  }
});
