import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { parseAtomFeed } from 'feedsmith';
import { buildApp } from '../../src/api/app.ts';
import {
  type EventSummary,
  EXPORT_COLUMNS,
  type LayoffEvent,
  type Page,
  type Stats,
} from '../../src/domain/event.ts';
import { FORMULA_COMPANY, fixtureStore, type TempStore } from './fixtures.ts';

const here = '[api] ';
let app: FastifyInstance;
let temp: TempStore;

before(async () => {
  temp = await fixtureStore();
  app = await buildApp({ store: temp.store });
});
after(async () => {
  await app.close();
  await temp.cleanup();
});

async function getJson<T>(url: string, status = 200): Promise<T> {
  const res = await app.inject({ url });
  assert.equal(res.statusCode, status, `${here}${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
  assert.match(String(res.headers['content-type']), /application\/json/);
  return res.json() as T;
}

async function events(query: string): Promise<Page<EventSummary>> {
  return getJson<Page<EventSummary>>(`/api/events${query}`);
}

const companies = (page: Page<EventSummary>) => page.items.map((e) => e.company);

describe('GET /api/events', () => {
  test('lists every event, newest first, with merged sources counted once', async () => {
    const page = await events('');
    assert.equal(page.total, 5);
    assert.deepEqual(companies(page), [
      'Norvel Foods',
      'Veltrix Robotics',
      'Zyx Widgets',
      'Quarry Bank',
      FORMULA_COMPANY,
    ]);
    const veltrix = page.items.find((e) => e.company === 'Veltrix Robotics');
    assert.equal(veltrix?.independentSources, 2, 'two outlets, the wire copy is a copy');
    assert.equal(veltrix?.copies, 1);
  });

  const filterCases: [string, string[]][] = [
    ['?company=veltrix-robotics', ['Veltrix Robotics']],
    ['?company=Veltrix%20Robotics', ['Veltrix Robotics']],
    ['?from=2024-03-01&to=2024-03-31', ['Veltrix Robotics', 'Zyx Widgets']],
    ['?from=2024-04-15', ['Norvel Foods']],
    ['?to=2024-01-31', [FORMULA_COMPANY]],
    ['?status=planned', ['Norvel Foods']],
    ['?min_count=1000', ['Quarry Bank']],
    ['?min_count=150&to=2024-03-31', ['Veltrix Robotics', 'Quarry Bank']],
    ['?q=norvel', ['Norvel Foods']],
    ['?q=surgical', ['Veltrix Robotics']],
    [
      '?company=&from=&q=',
      ['Norvel Foods', 'Veltrix Robotics', 'Zyx Widgets', 'Quarry Bank', FORMULA_COMPANY],
    ],
  ];
  for (const [query, expected] of filterCases) {
    test(`filter ${query}`, async () => {
      const page = await events(query);
      assert.deepEqual(companies(page), expected);
      assert.equal(page.total, expected.length);
    });
  }

  test('sorts by count and by company', async () => {
    assert.deepEqual(companies(await events('?sort=-count')).slice(0, 2), [
      'Quarry Bank',
      'Veltrix Robotics',
    ]);
    assert.deepEqual(companies(await events('?sort=count'))[0], FORMULA_COMPANY);
    assert.deepEqual(companies(await events('?sort=company')), [
      FORMULA_COMPANY,
      'Norvel Foods',
      'Quarry Bank',
      'Veltrix Robotics',
      'Zyx Widgets',
    ]);
  });

  test('cursor pagination visits every event once', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<EventSummary> = await events(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.ok(page.items.length <= 2);
      assert.equal(page.total, 5);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    assert.equal(pages, 3);
    assert.equal(new Set(seen).size, 5);
  });
});

describe('invalid parameters → 400 naming the parameter', () => {
  const cases: [string, RegExp][] = [
    ['/api/events?min_count=abc', /"min_count" must be an integer.*abc/],
    ['/api/events?min_count=-5', /"min_count" must be at least 0/],
    ['/api/events?from=not-a-date', /"from" must be a date written YYYY-MM-DD/],
    ['/api/events?to=2024-13-45', /"to" must be a date/],
    ['/api/events?limit=100000', /"limit" must be at most 500/],
    ['/api/events?limit=0', /"limit" must be at least 1/],
    ['/api/events?status=fired', /"status" must be one of: announced, planned, completed, rumored/],
    ['/api/events?sort=size', /"sort" must be one of/],
    ['/api/events?cursor=%3Cscript%3E', /"cursor"/],
    ['/api/events/abc', /path parameter "id" must be an integer/],
    ['/api/events/0', /"id" must be at least 1/],
    ['/api/companies/Not%20A%20Slug', /path parameter "slug"/],
    ['/api/stats?from=2024-05-01&to=2024-01-01', /"from" \(2024-05-01\) is after "to"/],
    ['/api/export.csv?min_count=lots', /"min_count" must be an integer/],
  ];
  for (const [url, message] of cases) {
    test(url, async () => {
      const body = await getJson<{ error: { code: string; message: string } }>(url, 400);
      assert.equal(body.error.code, 'InvalidParameter');
      assert.match(body.error.message, message);
    });
  }
});

describe('unknown ids → 404', () => {
  test('event, company and route', async () => {
    assert.equal(
      (await getJson<{ error: { code: string } }>('/api/events/99999', 404)).error.code,
      'EventNotFound',
    );
    assert.equal(
      (await getJson<{ error: { code: string } }>('/api/companies/no-such-co', 404)).error.code,
      'CompanyNotFound',
    );
    assert.equal(
      (await getJson<{ error: { code: string } }>('/api/nothing-here', 404)).error.code,
      'RouteNotFound',
    );
  });
});

describe('GET /api/events/:id', () => {
  test('every source with its quote spans, provenance and copies', async () => {
    const [veltrix] = (await events('?company=veltrix-robotics')).items;
    assert.ok(veltrix);
    const event = await getJson<LayoffEvent>(`/api/events/${veltrix.id}`);
    assert.equal(event.sources.length, 3);
    assert.deepEqual(event.count, { min: 400, max: 400 });
    for (const s of event.sources) {
      assert.match(s.evidence.text, /Veltrix Robotics/);
      assert.ok(s.fieldSpans.count, `${here}source ${s.mentionId} has a count span`);
      assert.ok(s.evidence.start <= s.fieldSpans.count.start && s.fieldSpans.count.end <= s.evidence.end);
    }
    assert.equal(event.sources.filter((s) => s.duplicateOf !== null).length, 1, 'one wire copy');
    assert.ok(event.provenance.some((p) => p.field === 'count'));
    assert.deepEqual(event.conflicts, []);
  });
});

describe('companies and stats', () => {
  test('GET /api/companies and /api/companies/:slug', async () => {
    const list = await getJson<{ items: { slug: string; events: number }[] }>('/api/companies');
    assert.ok(list.items.some((c) => c.slug === 'veltrix-robotics' && c.events === 1));
    assert.equal((await getJson<{ items: unknown[] }>('/api/companies?limit=2')).items.length, 2);
    const detail = await getJson<{ name: string; timeline: EventSummary[] }>(
      '/api/companies/veltrix-robotics',
    );
    assert.equal(detail.name, 'Veltrix Robotics');
    assert.equal(detail.timeline.length, 1);
  });

  test('GET /api/stats: totals as low–high ranges; tracker claims beside, not added', async () => {
    const stats = await getJson<Stats>('/api/stats');
    assert.equal(stats.events, 5);
    assert.equal(stats.employees.low, 400 + 4250 + 200 + 120 + 75);
    assert.equal(stats.employees.high, 400 + 4250 + 999 + 120 + 75);
    assert.deepEqual(
      stats.byMonth.map((m) => m.month),
      ['2024-01', '2024-02', '2024-03', '2024-04'],
    );
    assert.equal(stats.trackerClaims.length, 1);
    assert.equal(stats.trackerClaims[0]?.source, 'Layoffs.fyi');
    const march = await getJson<Stats>('/api/stats?from=2024-03-01&to=2024-03-31');
    assert.equal(march.events, 2);
    assert.equal(march.employees.low, 520);
  });
});

describe('OpenAPI', () => {
  test('/api/openapi.json is an OpenAPI 3 document with the API paths and parameters', async () => {
    const spec = await getJson<{
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    }>('/api/openapi.json');
    assert.match(spec.openapi, /^3\./);
    for (const path of [
      '/api/events',
      '/api/events/{id}',
      '/api/companies',
      '/api/companies/{slug}',
      '/api/stats',
      '/api/export.csv',
      '/api/export.json',
      '/feed.xml',
    ]) {
      assert.ok(spec.paths[path]?.get, `${here}spec has GET ${path}`);
    }
    const params = spec.paths['/api/events']?.get?.parameters?.map((p) => `${p.in}:${p.name}`) ?? [];
    for (const p of [
      'company',
      'from',
      'to',
      'industry',
      'country',
      'status',
      'min_count',
      'q',
      'sort',
      'cursor',
      'limit',
    ]) {
      assert.ok(params.includes(`query:${p}`), `${here}/api/events documents ${p}`);
    }
    assert.equal(spec.paths['/'], undefined, 'dashboard pages are not API');
    assert.equal(spec.paths['/events/{id}'], undefined);
  });
});

/** A small RFC 4180 reader for checking our own output: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('exports', () => {
  test("CSV: Layoffs.fyi's columns then ours, escaped, formulas neutralised", async () => {
    const res = await app.inject({ url: '/api/export.csv' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    const rows = parseCsv(res.body);
    assert.deepEqual(rows[0], [...EXPORT_COLUMNS]);
    assert.deepEqual(rows[0]?.slice(0, 10), [
      'company',
      'location',
      'industry',
      'total_laid_off',
      'percentage_laid_off',
      'date',
      'stage',
      'country',
      'funds_raised',
      'source',
    ]);
    assert.equal(rows.length, 6);
    for (const r of rows) assert.equal(r.length, EXPORT_COLUMNS.length);
    const formula = rows.find((r) => r[0]?.includes('HYPERLINK'));
    assert.equal(formula?.[0], `'${FORMULA_COMPANY}`, 'a leading = gets an apostrophe');
    const norvel = rows.find((r) => r[0] === 'Norvel Foods');
    assert.deepEqual(
      [norvel?.[3], norvel?.[10], norvel?.[11]],
      ['', '200', '999'],
      'a range has no total_laid_off',
    );
    const quarry = rows.find((r) => r[0] === 'Quarry Bank');
    assert.equal(quarry?.[4], '0.05');
  });

  test('CSV takes the same filters and sort as the table', async () => {
    const planned = parseCsv((await app.inject({ url: '/api/export.csv?status=planned' })).body);
    assert.deepEqual(
      planned.slice(1).map((r) => r[0]),
      ['Norvel Foods'],
    );
    const byCount = parseCsv((await app.inject({ url: '/api/export.csv?sort=-count&to=2024-03-31' })).body);
    assert.deepEqual(
      byCount.slice(1).map((r) => r[0]),
      ['Quarry Bank', 'Veltrix Robotics', 'Zyx Widgets', `'${FORMULA_COMPANY}`],
    );
  });

  test('JSON export has the CSV columns', async () => {
    const rows = await getJson<Record<string, unknown>[]>('/api/export.json');
    assert.equal(rows.length, 5);
    for (const r of rows) assert.deepEqual(Object.keys(r).sort(), [...EXPORT_COLUMNS].sort());
  });

  test('Atom feed parses, one entry per event, with text escaped', async () => {
    const res = await app.inject({ url: '/feed.xml' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
    assert.ok(res.body.startsWith('<?xml version="1.0" encoding="utf-8"?>'));
    assert.doesNotMatch(res.body, /<script|<img|<b /i);
    const feed = parseAtomFeed(res.body);
    assert.equal(feed.entries?.length, 5);
    for (const e of feed.entries ?? []) {
      assert.match(String(e.id), /\/events\/\d+$/);
      assert.ok(e.updated);
    }
    assert.ok(res.body.includes('HYPERLINK(&quot;http://example.invalid&quot;'), 'quotes escaped');
  });
});

describe('untrusted text on pages', () => {
  test('the XSS article renders inert on its event page', async () => {
    const [zyx] = (await events('?company=zyx-widgets')).items;
    assert.ok(zyx);
    const res = await app.inject({ url: `/events/${zyx.id}` });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
    const page = res.body;
    assert.doesNotMatch(page, /<script>alert|<img src=x|<b onmouseover/i);
    assert.doesNotMatch(page, /href="javascript:/i);
    assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;'), 'shown as text');
    assert.ok(page.includes('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;'), 'title shown as text');
    assert.match(page, /<mark>/);
    assert.match(page, /link not shown: not an http\(s\) address/);
  });

  for (const url of ['/', '/events', '/events?q=zyx', '/companies', '/companies/zyx-widgets']) {
    test(`no live markup from articles on ${url}`, async () => {
      const res = await app.inject({ url });
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      assert.doesNotMatch(res.body, /<script>alert|<img src=x|<b onmouseover|href="javascript:/i);
      const scripts = [...res.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      for (const s of scripts)
        assert.match(s, /^<script src="\/static\//, `${here}only our own scripts: ${s}`);
    });
  }
});

describe('dashboard pages', () => {
  test('home: reference date and headline numbers', async () => {
    const res = await app.inject({ url: '/' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    // The newest publication date (2024-04-05, the tracker article has no event) or event date.
    assert.match(res.body, /Figures as of <strong><time datetime="2024-04-0\d">/);
    assert.match(res.body, /This year \(2024\)/);
    assert.match(res.body, /Last 30 days/);
    assert.match(res.body, /Layoffs\.fyi/);
    assert.match(res.body, /data-chart="\{&quot;months&quot;:\[&quot;2024-01&quot;/);
  });

  test('/events keeps the filters in the form, the sort links and the CSV link', async () => {
    const res = await app.inject({ url: '/events?company=veltrix-robotics&sort=-count' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /1 event matches these filters/);
    assert.match(res.body, /name="company" value="veltrix-robotics"/);
    assert.match(res.body, /href="\/api\/export\.csv\?company=veltrix-robotics&amp;sort=-count"/);
    assert.match(
      res.body,
      /aria-sort="descending"><a href="\/events\?company=veltrix-robotics&amp;sort=count"/,
    );
  });

  test('/events pages with a next link', async () => {
    const res = await app.inject({ url: '/events?limit=2' });
    assert.match(res.body, /rel="next" href="\/events\?limit=2&amp;cursor=/);
  });

  test('bad parameters and unknown ids render HTML errors', async () => {
    const bad = await app.inject({ url: '/events?min_count=abc' });
    assert.equal(bad.statusCode, 400);
    assert.match(String(bad.headers['content-type']), /^text\/html/);
    assert.match(bad.body, /query parameter &quot;min_count&quot; must be an integer/);
    const missing = await app.inject({ url: '/events/99999' });
    assert.equal(missing.statusCode, 404);
    assert.match(missing.body, /There is no event number 99999/);
    assert.equal((await app.inject({ url: '/companies/no-such-co' })).statusCode, 404);
    assert.equal((await app.inject({ url: '/no/such/page' })).statusCode, 404);
  });

  test('company page and methodology', async () => {
    const company = await app.inject({ url: '/companies/veltrix-robotics' });
    assert.equal(company.statusCode, 200);
    assert.match(company.body, /<h1>Veltrix Robotics<\/h1>/);
    const methodology = await app.inject({ url: '/methodology' });
    assert.match(methodology.body, /Same-event merging, pairwise precision/);
    assert.doesNotMatch(methodology.body, /data-testid="accuracy-placeholder"/);
  });

  test('event page: facts cite sources; reported by N outlets (M copies)', async () => {
    const [veltrix] = (await events('?company=veltrix-robotics')).items;
    const res = await app.inject({ url: `/events/${veltrix?.id}` });
    assert.match(res.body, /Reported by 2 outlets \(1 copy\)/);
    assert.equal([...res.body.matchAll(/data-testid="source"/g)].length, 3);
    assert.match(res.body, /<mark>.*<b class="hl" data-field="count">400 jobs<\/b>/s);
    assert.match(res.body, /href="#source-1"/);
  });

  test('static assets: stylesheet, chart script, uPlot; nothing else from node_modules', async () => {
    for (const url of [
      '/static/style.css',
      '/static/charts.js',
      '/static/vendor/uplot/uPlot.iife.min.js',
      '/static/vendor/uplot/uPlot.min.css',
    ]) {
      assert.equal((await app.inject({ url })).statusCode, 200, url);
    }
    assert.equal((await app.inject({ url: '/static/vendor/uplot/../../../package.json' })).statusCode, 404);
    assert.equal((await app.inject({ url: '/static/vendor/uplot/uPlot.cjs.js' })).statusCode, 404);
  });
});

describe('unexpected failures → 500 UnknownError without internals', () => {
  test('a store that fails answers 500 with a generic message, JSON for the API and HTML for pages', async () => {
    const broken = await fixtureStore();
    const brokenApp = await buildApp({ store: broken.store });
    await broken.store.close(); // every query now throws inside the driver
    try {
      const res = await brokenApp.inject({ url: '/api/events' });
      assert.equal(res.statusCode, 500);
      const body = res.json() as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'UnknownError');
      assert.doesNotMatch(body.error.message, /sqlite|kysely|driver|destroy|stack|\.ts/i);
      const page = await brokenApp.inject({ url: '/' });
      assert.equal(page.statusCode, 500);
      assert.match(String(page.headers['content-type']), /^text\/html/);
    } finally {
      await brokenApp.close();
      await broken.cleanup().catch(() => undefined);
    }
  });
});
