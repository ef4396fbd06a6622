import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isPrivateAddress } from '../../src/sources/address.ts';
import { SourceError, type SourceErrorCode } from '../../src/sources/errors.ts';
import { fetchAll, fetchArticle, fetchUrl, HostLimiter, USER_AGENT } from '../../src/sources/fetch.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

const here = '[sources/fetch] ';
// Our own server is on 127.0.0.1, which the fetcher refuses by default; tests opt in.
const LOCAL = { allowPrivate: true, timeoutMs: 2000 } as const;

async function rejectsWith(
  p: Promise<unknown>,
  code: SourceErrorCode,
  pattern?: RegExp,
): Promise<SourceError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof SourceError, `expected SourceError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (pattern) assert.match(e.message, pattern);
    return e;
  }
  assert.fail(`expected a SourceError '${code}'`);
}

describe(`${here}fetchArticle against a local server`, () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(async () => {
    await server.close();
  });

  test('a normal page: JSON-LD date, site name, canonical URL, author', async () => {
    const got = await fetchArticle(server.url('/news/veltrix-cuts'), LOCAL);
    assert.equal(got.input.published, '2024-04-03');
    assert.equal(got.input.outlet, 'Harbor Ledger');
    assert.equal(got.input.url, `${server.origin}/news/veltrix-cuts`);
    assert.equal(got.input.author, 'Mara Quist, Tobias Fenn');
    assert.match(got.input.text, /^Veltrix Systems to cut 400 jobs in overhaul\n\n/);
    assert.match(got.input.text, /about 400\s+positions/);
    assert.equal(got.response.status, 200);
  });

  test('requests carry the project user agent', async () => {
    await fetchUrl(server.url('/business/lindqvist'), LOCAL);
    assert.equal(server.lastUserAgent, USER_AGENT);
    assert.equal(USER_AGENT, 'LayoffTracker/0.1 (+https://github.com/layoff-tracker)');
  });

  test('127.0.0.1 and localhost are refused without allowPrivate', async () => {
    await rejectsWith(fetchArticle(server.url('/news/veltrix-cuts')), 'private-address', /127\.0\.0\.1/);
    const port = new URL(server.origin).port;
    await rejectsWith(fetchArticle(`http://localhost:${port}/news/veltrix-cuts`), 'private-address');
    await rejectsWith(fetchArticle(`http://[::1]:${port}/`), 'private-address');
  });

  test('a redirect chain within the limit is followed and recorded', async () => {
    const got = await fetchArticle(server.url('/redirect/3'), { ...LOCAL, maxRedirects: 3 });
    assert.equal(got.response.url, `${server.origin}/news/veltrix-cuts`);
    assert.equal(got.response.redirects.length, 3);
    assert.equal(got.input.published, '2024-04-03');
  });

  test('a redirect chain beyond the limit fails', async () => {
    await rejectsWith(
      fetchArticle(server.url('/redirect/4'), { ...LOCAL, maxRedirects: 3 }),
      'http',
      /too many redirects/,
    );
  });

  test('every hop is checked again: a redirect to file:// is refused', async () => {
    await rejectsWith(
      fetchArticle(server.url('/redirect-to-file'), LOCAL),
      'http',
      /unsupported scheme file:/,
    );
  });

  test('a response that never finishes times out', async () => {
    await rejectsWith(fetchArticle(server.url('/slow'), { ...LOCAL, timeoutMs: 300 }), 'timeout');
  });

  test('an endless body is cut off at the size cap', async () => {
    await rejectsWith(fetchArticle(server.url('/huge'), { ...LOCAL, maxBytes: 64 * 1024 }), 'too-large');
  });

  test('a declared Content-Length over the cap fails before reading', async () => {
    await rejectsWith(
      fetchArticle(server.url('/huge-declared'), { ...LOCAL, maxBytes: 64 * 1024 }),
      'too-large',
      /Content-Length/,
    );
  });

  test('image/png is not an article', async () => {
    await rejectsWith(fetchArticle(server.url('/image.png'), LOCAL), 'content-type', /image\/png/);
  });

  test('HTTP errors carry the status', async () => {
    await rejectsWith(fetchArticle(server.url('/missing'), LOCAL), 'http', /404/);
  });

  test('paywall stub and cookie wall are not articles', async () => {
    await rejectsWith(fetchArticle(server.url('/paywall'), LOCAL), 'not-article', /paywall/);
    await rejectsWith(fetchArticle(server.url('/cookie-wall'), LOCAL), 'not-article', /cookie wall/);
  });

  test('windows-1252 page without a charset header is decoded from its <meta>', async () => {
    const got = await fetchArticle(server.url('/cp1252'), LOCAL);
    assert.match(got.input.text, /Café Lumière Group/);
    assert.match(got.input.text, /“painful but necessary”/);
    assert.equal(got.input.published, '2023-11-20');
  });

  test('gzip bodies, XHTML and text/plain are read', async () => {
    const gz = await fetchArticle(server.url('/gzip'), LOCAL);
    assert.equal(gz.input.published, '2024-02-14');
    const xhtml = await fetchArticle(server.url('/xhtml'), LOCAL);
    assert.equal(xhtml.input.title, 'Lindqvist Foods trims warehouse staff');
    const plain = await fetchArticle(server.url('/plain'), LOCAL);
    assert.equal(plain.input.title, 'Marlow Games cuts studio staff');
    assert.equal(plain.input.outlet, '127.0.0.1');
  });

  test('URL date is used when the page has no date metadata', async () => {
    const got = await fetchArticle(server.url('/2024/03/18/orchard-bank-closes-call-centre/'), LOCAL);
    assert.equal(got.input.published, '2024-03-18');
    assert.equal(got.input.publishedBasis, 'url');
  });

  test('non-http schemes and junk URLs are SourceErrors', async () => {
    await rejectsWith(fetchUrl('file:///etc/passwd', LOCAL), 'http', /unsupported scheme/);
    await rejectsWith(fetchUrl('not a url', LOCAL), 'http', /not a URL/);
  });

  test('fetchAll goes on after failures and keeps input order', async () => {
    const urls = [
      server.url('/news/veltrix-cuts'),
      server.url('/image.png'),
      server.url('/missing'),
      server.url('/business/lindqvist'),
    ];
    const results = await fetchAll(urls, LOCAL);
    assert.deepEqual(
      results.map((r) => (r.ok ? 'ok' : r.error.code)),
      ['ok', 'content-type', 'http', 'ok'],
    );
    assert.deepEqual(
      results.map((r) => r.url),
      urls,
    );
  });

  test('fetchAll keeps to the per-host limit', async () => {
    server.maxConcurrent = 0;
    const urls = Array.from({ length: 8 }, (_, i) => server.url(`/concurrent?i=${i}`));
    const results = await fetchAll(urls, { ...LOCAL, concurrency: 8, perHost: 2 });
    assert.ok(results.every((r) => r.ok));
    assert.ok(server.maxConcurrent <= 2, `saw ${server.maxConcurrent} requests at once`);
    assert.ok(server.maxConcurrent >= 1);
  });
});

describe(`${here}HostLimiter`, () => {
  test('runs at most N tasks per host and all of them eventually', async () => {
    const limiter = new HostLimiter(2);
    let active = 0;
    let peak = 0;
    const task = async (): Promise<number> => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setImmediate(r));
      active--;
      return 1;
    };
    const done = await Promise.all(Array.from({ length: 7 }, () => limiter.run('a.example', task)));
    assert.equal(done.length, 7);
    assert.equal(peak, 2);
  });
});

describe(`${here}isPrivateAddress`, () => {
  const table: Array<[string, boolean]> = [
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:10.0.0.1', true],
    ['2606:4700:4700::1111', false],
    ['[::1]', true],
    ['not-an-ip', true],
  ];
  for (const [ip, expected] of table) {
    test(`${ip} → ${expected ? 'private' : 'public'}`, () => {
      assert.equal(isPrivateAddress(ip), expected);
    });
  }
});
