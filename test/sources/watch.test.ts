import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SourceError } from '../../src/sources/errors.ts';
import {
  BASE_BACKOFF_MS,
  backoffMs,
  JsonFileFeedStateStore,
  MAX_BACKOFF_MS,
  MemoryFeedStateStore,
  parseInterval,
  pollFeed,
  watchFeeds,
} from '../../src/sources/watch.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

const here = '[sources/watch] ';
const LOCAL = { allowPrivate: true, timeoutMs: 2000 } as const;
const T0 = new Date('2024-04-03T12:00:00Z');
const at = (minutes: number) => () => new Date(T0.getTime() + minutes * 60_000);

describe(`${here}pollFeed against a local server`, () => {
  let server: FixtureServer;
  let dir: string;
  before(async () => {
    server = await startFixtureServer();
    dir = await mkdtemp(join(tmpdir(), 'layoffs-watch-'));
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('first poll: all items; second: 304 via ETag; new version: only the new item', async () => {
    server.feedVersion = 1;
    const store = new JsonFileFeedStateStore(join(dir, 'state.json'));
    const feedUrl = server.url('/feed.xml');

    const first = await pollFeed(feedUrl, store, { ...LOCAL, now: at(0) });
    assert.equal(first.status, 'updated');
    assert.ok(first.status === 'updated');
    assert.deepEqual(
      first.items.map((i) => i.guid),
      ['hl-10021', 'https://www.harborledger.example/news/ampersand'],
    );
    assert.equal(first.items[0]?.url, `${server.origin}/news/veltrix-cuts`);
    assert.equal(first.state.etag, '"rss-v1"');

    const second = await pollFeed(feedUrl, store, { ...LOCAL, now: at(15) });
    assert.equal(server.lastFeedIfNoneMatch, '"rss-v1"');
    assert.equal(second.status, 'not-modified');

    server.feedVersion = 2;
    // A new store object on the same file: the state survives a restart.
    const restarted = new JsonFileFeedStateStore(join(dir, 'state.json'));
    const third = await pollFeed(feedUrl, restarted, { ...LOCAL, now: at(30) });
    assert.ok(third.status === 'updated');
    assert.deepEqual(
      third.items.map((i) => i.title),
      ['Lindqvist Foods trims warehouse staff'],
    );
    const saved = JSON.parse(await readFile(join(dir, 'state.json'), 'utf8'));
    assert.equal(saved.version, 1);
    assert.equal(saved.feeds[feedUrl].etag, '"rss-v2"');
    assert.equal(saved.feeds[feedUrl].seen.length, 3);
  });

  test('a failing handler marks nothing seen: the items come again next poll', async () => {
    server.feedVersion = 1;
    const store = new MemoryFeedStateStore();
    const feedUrl = server.url('/feed.xml');
    const failing = await pollFeed(feedUrl, store, {
      ...LOCAL,
      now: at(0),
      handle: async () => {
        throw new Error('database is locked');
      },
    });
    assert.equal(failing.status, 'failed');
    let handled = 0;
    const retry = await pollFeed(feedUrl, store, {
      ...LOCAL,
      now: at(0),
      ignoreBackoff: true,
      handle: async (items) => {
        handled = items.length;
      },
    });
    assert.equal(retry.status, 'updated');
    assert.equal(handled, 2);
  });

  test('failures back off exponentially, and a success resets', async () => {
    const store = new MemoryFeedStateStore();
    const down = server.url('/feed-down');
    const r1 = await pollFeed(down, store, { ...LOCAL, now: at(0) });
    assert.ok(r1.status === 'failed');
    assert.equal(r1.error.code, 'http');
    assert.equal(r1.state.failures, 1);
    assert.equal(r1.state.retryAfter, at(15)().toISOString());

    const skipped = await pollFeed(down, store, { ...LOCAL, now: at(10) });
    assert.equal(skipped.status, 'backing-off');
    assert.equal(server.hits.get('/feed-down'), 1);

    const r2 = await pollFeed(down, store, { ...LOCAL, now: at(16) });
    assert.ok(r2.status === 'failed');
    assert.equal(r2.state.failures, 2);
    assert.equal(r2.state.retryAfter, at(16 + 30)().toISOString());
  });

  test('a malformed feed is a failed poll with code feed', async () => {
    const r = await pollFeed(server.url('/malformed.xml'), new MemoryFeedStateStore(), {
      ...LOCAL,
      now: at(0),
    });
    assert.ok(r.status === 'failed');
    assert.equal(r.error.code, 'feed');
  });

  test('wrong content type for a feed', async () => {
    const r = await pollFeed(server.url('/image.png'), new MemoryFeedStateStore(), { ...LOCAL, now: at(0) });
    assert.ok(r.status === 'failed');
    assert.equal(r.error.code, 'content-type');
  });

  test('the private-address rule applies to feeds too', async () => {
    const r = await pollFeed(server.url('/atom.xml'), new MemoryFeedStateStore(), { now: at(0) });
    assert.ok(r.status === 'failed');
    assert.equal(r.error.code, 'private-address');
  });

  test('watchFeeds --once polls each feed once', async () => {
    const seen: string[] = [];
    await watchFeeds([server.url('/atom.xml'), server.url('/feed-down')], new MemoryFeedStateStore(), {
      ...LOCAL,
      everyMs: 60_000,
      once: true,
      onResult: (r) => {
        seen.push(r.status);
      },
    });
    assert.deepEqual(seen, ['updated', 'failed']);
  });

  test('watchFeeds stops when its signal aborts', async () => {
    const stop = new AbortController();
    let rounds = 0;
    await watchFeeds([server.url('/atom.xml')], new MemoryFeedStateStore(), {
      ...LOCAL,
      everyMs: 10,
      stop: stop.signal,
      onResult: () => {
        rounds++;
        if (rounds === 2) stop.abort();
      },
    });
    assert.equal(rounds, 2);
  });
});

describe(`${here}helpers`, () => {
  test('backoffMs doubles from the base and is capped', () => {
    assert.equal(backoffMs(0), 0);
    assert.equal(backoffMs(1), BASE_BACKOFF_MS);
    assert.equal(backoffMs(2), 2 * BASE_BACKOFF_MS);
    assert.equal(backoffMs(40), MAX_BACKOFF_MS);
  });

  test('parseInterval', () => {
    assert.equal(parseInterval('15m'), 15 * 60_000);
    assert.equal(parseInterval('90s'), 90_000);
    assert.equal(parseInterval('2h'), 7_200_000);
    assert.equal(parseInterval('30'), 30 * 60_000);
    assert.throws(() => parseInterval('soon'), SourceError);
  });

  test('a corrupt state file is a SourceError io', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layoffs-watch-bad-'));
    try {
      await writeFile(join(dir, 's.json'), '{not json');
      await assert.rejects(
        new JsonFileFeedStateStore(join(dir, 's.json')).get('x'),
        (e: unknown) => e instanceof SourceError && e.code === 'io',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
