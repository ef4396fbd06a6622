import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeBytes } from './decode.ts';
import { SourceError, toSourceError } from './errors.ts';
import { type FeedItem, itemKey, parseFeedText } from './feed.ts';
import { FEED_CONTENT_TYPES, type FetchOptions, fetchUrl } from './fetch.ts';

/** Item keys remembered per feed. A busy news feed carries 50–100 items; this covers weeks of them. */
export const MAX_SEEN_KEYS = 2000;
/** Back-off after the first failure; doubles per further failure (15 min, 30 min, 1 h, ...). */
export const BASE_BACKOFF_MS = 15 * 60 * 1000;
/** Longest back-off: a feed that has been down for days is still tried once a day. */
export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/** What we remember about one feed between polls (JSON-serialisable). */
export interface FeedState {
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Keys (see itemKey) of items already handed out, oldest first. */
  readonly seen: readonly string[];
  /** Consecutive failed polls; 0 after a success. */
  readonly failures: number;
  /** ISO time before which a failing feed is not polled again. */
  readonly retryAfter: string | null;
  readonly lastError: string | null;
  readonly lastPolledAt: string | null;
}

/** Where feed states live. JSON file here; the lead may back it with the database later. */
export interface FeedStateStore {
  get(feedUrl: string): Promise<FeedState | null>;
  put(feedUrl: string, state: FeedState): Promise<void>;
}

export const EMPTY_FEED_STATE: FeedState = {
  etag: null,
  lastModified: null,
  seen: [],
  failures: 0,
  retryAfter: null,
  lastError: null,
  lastPolledAt: null,
};

export class MemoryFeedStateStore implements FeedStateStore {
  readonly #states = new Map<string, FeedState>();
  async get(feedUrl: string): Promise<FeedState | null> {
    return this.#states.get(feedUrl) ?? null;
  }
  async put(feedUrl: string, state: FeedState): Promise<void> {
    this.#states.set(feedUrl, state);
  }
}

interface StateFile {
  readonly version: 1;
  readonly feeds: Record<string, FeedState>;
}

/**
 * Feed states in one JSON file (`{"version":1,"feeds":{"https://…/rss":{…}}}`), so a watcher
 * restarted tomorrow does not re-ingest yesterday's items. Written to a temp file and renamed, so
 * a crash mid-write leaves the old file whole.
 */
export class JsonFileFeedStateStore implements FeedStateStore {
  readonly path: string;
  #feeds: Record<string, FeedState> | null = null;
  #writing: Promise<void> = Promise.resolve();

  constructor(path: string) {
    this.path = path;
  }

  async #load(): Promise<Record<string, FeedState>> {
    if (this.#feeds) return this.#feeds;
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        this.#feeds = {};
        return this.#feeds;
      }
      throw toSourceError(e, 'io', this.path);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      throw new SourceError('io', `feed state file is not JSON: ${(e as Error).message}`, {
        source: this.path,
      });
    }
    const feeds = (parsed as Partial<StateFile> | null)?.feeds;
    if (typeof feeds !== 'object' || feeds === null) {
      throw new SourceError('io', 'feed state file has no "feeds" object', { source: this.path });
    }
    this.#feeds = { ...feeds };
    return this.#feeds;
  }

  async get(feedUrl: string): Promise<FeedState | null> {
    const feeds = await this.#load();
    const state = feeds[feedUrl];
    return state ? { ...EMPTY_FEED_STATE, ...state } : null;
  }

  async put(feedUrl: string, state: FeedState): Promise<void> {
    const feeds = await this.#load();
    feeds[feedUrl] = state;
    const body = `${JSON.stringify({ version: 1, feeds } satisfies StateFile, null, 2)}\n`;
    // Chain writes: two polls finishing together must not interleave their renames.
    // A failed earlier write must not block later ones (its own caller already got the error).
    this.#writing = this.#writing
      .catch(() => {})
      .then(async () => {
        await mkdir(dirname(this.path), { recursive: true });
        const tmp = `${this.path}.${process.pid}.tmp`;
        await writeFile(tmp, body);
        await rename(tmp, this.path);
      });
    await this.#writing;
  }
}

export interface PollOptions extends FetchOptions {
  /** The clock, for back-off decisions (tests pass a fixed time). */
  readonly now?: () => Date;
  /** Poll even when the feed is backing off. */
  readonly ignoreBackoff?: boolean;
  /**
   * Called with the new items before they are marked seen. If it throws, nothing is marked and
   * the next poll offers the items again (at-least-once: a crash mid-ingest loses nothing).
   */
  readonly handle?: (items: readonly FeedItem[], feedUrl: string) => Promise<void>;
}

export type PollResult =
  | {
      readonly status: 'updated' | 'not-modified';
      readonly feedUrl: string;
      /** Items not seen in earlier polls, in feed order. All items on a feed's first poll. */
      readonly items: readonly FeedItem[];
      readonly state: FeedState;
    }
  | {
      readonly status: 'backing-off';
      readonly feedUrl: string;
      readonly retryAfter: string;
      readonly state: FeedState;
    }
  | {
      readonly status: 'failed';
      readonly feedUrl: string;
      readonly error: SourceError;
      readonly state: FeedState;
    };

/** Back-off after `failures` consecutive failures: 15 min, 30 min, 1 h, … capped at 24 h. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.min(failures - 1, 30));
}

/**
 * Poll one feed: a conditional GET (If-None-Match / If-Modified-Since from the last answer), 304
 * → nothing new; otherwise parse and return the items whose key was not seen before. A failure
 * (HTTP, timeout, malformed feed) is returned, not thrown, and pushes the next attempt back
 * exponentially; a feed inside its back-off window is not fetched at all.
 */
export async function pollFeed(
  feedUrl: string,
  store: FeedStateStore,
  opts: PollOptions = {},
): Promise<PollResult> {
  const now = (opts.now ?? (() => new Date()))();
  const previous = (await store.get(feedUrl)) ?? EMPTY_FEED_STATE;
  if (!opts.ignoreBackoff && previous.retryAfter && now < new Date(previous.retryAfter)) {
    return { status: 'backing-off', feedUrl, retryAfter: previous.retryAfter, state: previous };
  }

  const headers: Record<string, string> = { ...opts.headers };
  if (previous.etag) headers['if-none-match'] = previous.etag;
  if (previous.lastModified) headers['if-modified-since'] = previous.lastModified;

  try {
    const response = await fetchUrl(feedUrl, { ...opts, headers, accept: opts.accept ?? FEED_CONTENT_TYPES });
    const polled = { failures: 0, retryAfter: null, lastError: null, lastPolledAt: now.toISOString() };
    if (response.notModified) {
      const state: FeedState = { ...previous, ...polled };
      await store.put(feedUrl, state);
      return { status: 'not-modified', feedUrl, items: [], state };
    }
    const { text } = decodeBytes(response.body, {
      contentType: response.contentType,
      sniffXml: true,
      source: feedUrl,
    });
    const feed = parseFeedText(text, { baseUrl: response.url });
    const seen = new Set(previous.seen);
    const fresh: FeedItem[] = [];
    for (const item of feed.items) {
      const key = itemKey(item);
      if (seen.has(key)) continue;
      seen.add(key);
      fresh.push(item);
    }
    if (fresh.length > 0 && opts.handle) await opts.handle(fresh, feedUrl);
    const state: FeedState = {
      ...polled,
      etag: response.etag,
      lastModified: response.lastModified,
      seen: [...previous.seen, ...fresh.map(itemKey)].slice(-MAX_SEEN_KEYS),
    };
    await store.put(feedUrl, state);
    return { status: 'updated', feedUrl, items: fresh, state };
  } catch (e) {
    const error = toSourceError(e, 'feed', feedUrl);
    const failures = previous.failures + 1;
    const state: FeedState = {
      ...previous,
      failures,
      retryAfter: new Date(now.getTime() + backoffMs(failures)).toISOString(),
      lastError: `${error.code}: ${error.message}`,
      lastPolledAt: now.toISOString(),
    };
    await store.put(feedUrl, state);
    return { status: 'failed', feedUrl, error, state };
  }
}

/** "15m", "90s", "2h", "1d" → milliseconds; a bare number is minutes. */
export function parseInterval(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) throw new SourceError('io', `not an interval: "${text}" (try 15m, 2h, 90s)`);
  const unit = (m[2] ?? 'm').toLowerCase();
  const factor: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  return Number(m[1]) * factor[unit]!;
}

export interface WatchOptions extends PollOptions {
  /** Time between rounds. */
  readonly everyMs: number;
  /** One round, then return (`layoffs watch --once`, cron). */
  readonly once?: boolean;
  /** Stops the loop between rounds (Ctrl-C). */
  readonly stop?: AbortSignal;
  readonly onResult?: (result: PollResult) => void | Promise<void>;
}

/** Poll every feed, wait `everyMs`, repeat until `stop` aborts (or after one round with `once`). */
export async function watchFeeds(
  feedUrls: readonly string[],
  store: FeedStateStore,
  opts: WatchOptions,
): Promise<void> {
  for (;;) {
    for (const feedUrl of feedUrls) {
      if (opts.stop?.aborted) return;
      const result = await pollFeed(feedUrl, store, opts);
      await opts.onResult?.(result);
    }
    if (opts.once || opts.stop?.aborted) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, opts.everyMs);
      function done(): void {
        clearTimeout(timer);
        opts.stop?.removeEventListener('abort', done);
        resolve();
      }
      opts.stop?.addEventListener('abort', done, { once: true });
    });
  }
}
