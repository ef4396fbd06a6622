/**
 * The CLI's source commands against a real HTTP server on loopback: URL ingest (refused on a
 * private address without --allow-private), `watch --once` with ETags across two runs, bulk
 * JSONL and a Layoffs.fyi import. Pages and rows are our own writing about made-up companies.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../helpers/shared.ts';

const BIN = join(ROOT, 'bin', 'layoffs.js');

const page = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2024-05-08T09:00:00Z"></head>` +
  `<body><article><h1>${title}</h1>${body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

const PAGES: Record<string, string> = {
  '/news/quillon': page(
    'Quillon Robotics lays off 310 workers',
    'Quillon Robotics said on Tuesday it would lay off 310 workers at its assembly plant in Dayton, Ohio, as orders for warehouse robots slowed.\nThe company said affected staff would receive eight weeks of pay and help finding new roles.\nQuillon employs about 2,400 people and makes picking arms for distribution centres.\nThe Dayton plant opened four years ago with state tax credits tied to hiring targets, which local officials said they would now review with the company before the end of the summer.',
  ),
  '/news/fenwick': page(
    'Fenwick Bank to cut 1,100 jobs',
    'Fenwick Bank plans to cut 1,100 jobs over the next two years as it closes branches and moves more customers to its app, the lender said on Wednesday.\nThe bank has around 18,000 employees, most of them in its retail division.\nUnions said they would seek talks about the closures.\nBranch visits at the lender have fallen by almost half since 2019, according to figures it published alongside its annual results, while logins to its mobile app have doubled.',
  ),
};

function feed(origin: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Desk &amp; Co</title><link>${origin}/</link>
<item><title>Quillon Robotics lays off 310 workers</title><link>/news/quillon</link><guid>q-1</guid><pubDate>Wed, 08 May 2024 09:00:00 GMT</pubDate></item>
<item><title>Fenwick Bank to cut 1,100 jobs</title><link>/news/fenwick</link><guid>f-1</guid><pubDate>Wed, 08 May 2024 10:00:00 GMT</pubDate></item>
</channel></rss>`;
}

let server: Server;
let origin = '';
let feedHits = 0;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      feedHits++;
      const etag = '"local-v1"';
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
      res.end(feed(origin));
      return;
    }
    const html = PAGES[path];
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Async spawn: the test's own HTTP server must keep answering while the CLI runs. */
function layoffs(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, LAYOFFS_DB: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('layoffs CLI sources', () => {
  test('ingest URL: a loopback address is refused unless --allow-private', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'lt-url-')), 'x.db');
    const refused = await layoffs(['ingest', '--db', db, `${origin}/news/quillon`]);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /1 failed/);
    assert.match(refused.stdout, /private-address/);
    const allowed = await layoffs([
      'ingest',
      '--db',
      db,
      '--allow-private',
      `${origin}/news/quillon`,
      `${origin}/missing`,
    ]);
    assert.match(allowed.stdout, /articles: 1 new, 0 duplicate, 0 copies of stored articles, 1 failed/);
    assert.match(allowed.stdout, /failed: .*\/missing: http/);
    const exported = await layoffs(['export', '--format', 'json', '--db', db]);
    const rows = JSON.parse(exported.stdout) as { company: string; total_laid_off: number | null }[];
    assert.ok(
      rows.some((r) => r.company.startsWith('Quillon') && r.total_laid_off === 310),
      exported.stdout,
    );
  });

  test('watch --once ingests new items, then the ETag makes the next poll a no-op', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lt-watch-'));
    const args = [
      'watch',
      `${origin}/feed.xml`,
      '--once',
      '--allow-private',
      '--db',
      join(dir, 'x.db'),
      '--state',
      join(dir, 'feeds.json'),
    ];
    const first = await layoffs(args);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.match(first.stdout, /2 new items/);
    assert.match(first.stdout, /articles: 2 new/);
    const hits = feedHits;
    const second = await layoffs(args);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /not modified/);
    assert.equal(feedHits, hits + 1, 'the feed was asked once more, conditionally');
  });

  test('ingest --jsonl and import layoffs-fyi end up in one database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lt-bulk-'));
    const db = join(dir, 'x.db');
    const jsonl = join(dir, 'bulk.jsonl');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({
          url: 'https://desk.example/a',
          title: 'Orrin Foods trims staff',
          published: '2024-02-12',
          text: 'Orrin Foods trims staff\n\nOrrin Foods said on Monday it had laid off 85 office employees in Leeds.',
        }),
        '{not json',
        JSON.stringify({
          url: 'https://desk.example/b',
          title: 'Fenwick Bank',
          published: '2024-05-08',
          html: PAGES['/news/fenwick'],
        }),
      ].join('\n'),
    );
    const bulk = await layoffs(['ingest', '--db', db, '--jsonl', jsonl]);
    assert.match(bulk.stdout, /articles: 2 new, 0 duplicate, 0 copies of stored articles, 1 failed/);
    const imported = await layoffs([
      'import',
      'layoffs-fyi',
      join(ROOT, 'test', 'fixtures', 'imports', 'layoffs-fyi.csv'),
      '--db',
      db,
    ]);
    assert.match(imported.stdout, /rows: \d+ read, [1-9]\d* imported/);
    const again = await layoffs([
      'import',
      'layoffs-fyi',
      join(ROOT, 'test', 'fixtures', 'imports', 'layoffs-fyi.csv'),
      '--db',
      db,
    ]);
    assert.match(again.stdout, / 0 imported, [1-9]\d* already imported/);
  });
});
