/**
 * Fetching pages and feeds over HTTP(S), carefully.
 *
 * Why node:http and not the global fetch (undici): the private-address rule has to hold for the
 * address we actually connect to. With fetch we could only resolve the name first and then let
 * undici resolve it again, and a DNS answer that changes in between (DNS rebinding:
 * evil.example → 8.8.8.8, then → 127.0.0.1) would slip through. http.request takes a `lookup`
 * function, so each hop connects to exactly the address that was checked. It also gives plain
 * streams for the size cap and no automatic redirects to switch off.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { ArticleInput } from '../domain/article.ts';
import { isPrivateAddress } from './address.ts';
import { decodeBytes } from './decode.ts';
import { SourceError, toSourceError } from './errors.ts';
import { extractHtmlArticle, MIN_ARTICLE_WORDS, outletFromUrl } from './html.ts';
import { titleFromText } from './text-file.ts';

export const USER_AGENT = 'LayoffTracker/0.1 (+https://github.com/layoff-tracker)';
/** Whole fetch, all redirects and the body included. A news page arrives in < 3 s. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Largest body (after decompression: a 50 KB gzip bomb can inflate to gigabytes). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Redirects followed; news sites use 1–3 (http → https → www → canonical path). */
export const DEFAULT_MAX_REDIRECTS = 5;
/** Requests in flight to one host: polite to a site we read hundreds of pages from. */
export const DEFAULT_PER_HOST = 2;
/** Requests in flight in total for fetchAll. */
export const DEFAULT_CONCURRENCY = 6;

export const ARTICLE_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml', 'text/plain'];
export const FEED_CONTENT_TYPES: readonly string[] = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  // Many feeds are served as text/plain or text/html by misconfigured servers; the parser decides.
  'text/plain',
  'text/html',
];

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** At most `perHost` tasks at once per host; the rest wait in order. */
export class HostLimiter {
  readonly #perHost: number;
  readonly #active = new Map<string, number>();
  readonly #waiting = new Map<string, Array<() => void>>();

  constructor(perHost: number = DEFAULT_PER_HOST) {
    this.#perHost = Math.max(1, perHost);
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    if ((this.#active.get(host) ?? 0) >= this.#perHost) {
      await new Promise<void>((resolve) => {
        const queue = this.#waiting.get(host) ?? [];
        queue.push(resolve);
        this.#waiting.set(host, queue);
      });
    } else {
      this.#active.set(host, (this.#active.get(host) ?? 0) + 1);
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter so the count never dips and lets a newcomer in.
      const next = this.#waiting.get(host)?.shift();
      if (next) next();
      else {
        const n = (this.#active.get(host) ?? 1) - 1;
        if (n <= 0) this.#active.delete(host);
        else this.#active.set(host, n);
        this.#waiting.delete(host);
      }
    }
  }
}

/** Shared by every fetch that passes no limiter, so two callers in one process still share the cap. */
const defaultLimiter = new HostLimiter(DEFAULT_PER_HOST);

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Allow loopback/private/link-local targets (tests, an intranet news mirror). Default false. */
  readonly allowPrivate?: boolean;
  /** Media types accepted (lower case, no parameters). Default ARTICLE_CONTENT_TYPES. */
  readonly accept?: readonly string[];
  /** Extra request headers (If-None-Match, If-Modified-Since). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly limiter?: HostLimiter;
  readonly userAgent?: string;
  readonly signal?: AbortSignal;
}

export interface FetchedResponse {
  readonly requestedUrl: string;
  /** After redirects. */
  readonly url: string;
  readonly status: number;
  /** True for 304 Not Modified (only with conditional headers); body is empty then. */
  readonly notModified: boolean;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly body: Buffer;
  /** Each URL redirected from, in order. */
  readonly redirects: readonly string[];
}

function mediaType(contentType: string | null): string | null {
  return contentType?.split(';')[0]?.trim().toLowerCase() || null;
}

function headerValue(res: IncomingMessage, name: string): string | null {
  const v = res.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

function parseHttpUrl(raw: string, base?: string): URL {
  let u: URL;
  try {
    u = base ? new URL(raw, base) : new URL(raw);
  } catch {
    throw new SourceError('http', `not a URL: ${raw}`, { source: raw });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new SourceError('http', `unsupported scheme ${u.protocol} (http and https only)`, {
      source: u.href,
    });
  }
  return u;
}

interface Resolved {
  readonly address: string;
  readonly family: number;
}

/** Resolve the host once and check every address it has; the request then connects to the first. */
async function resolveHost(url: URL, allowPrivate: boolean): Promise<Resolved> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await dnsLookup(host, { all: true, verbatim: true });
  } catch (e) {
    throw new SourceError('http', `cannot resolve ${host}: ${(e as NodeJS.ErrnoException).code ?? e}`, {
      source: url.href,
      cause: e,
    });
  }
  const first = addresses[0];
  if (!first) throw new SourceError('http', `cannot resolve ${host}: no address`, { source: url.href });
  if (!allowPrivate) {
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) {
      throw new SourceError(
        'private-address',
        `${host} resolves to ${blocked.address}, a private/loopback/link-local address (allowPrivate is off)`,
        { source: url.href },
      );
    }
  }
  return first;
}

function decompress(res: IncomingMessage): Readable {
  const encoding = headerValue(res, 'content-encoding')?.trim().toLowerCase();
  const inflater =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!inflater) return res;
  // pipeline (not pipe) so an aborted response also ends the inflater instead of leaving it hanging.
  pipeline(res, inflater, () => {});
  return inflater;
}

interface Hop {
  readonly res: IncomingMessage;
  readonly url: URL;
}

function requestOnce(
  url: URL,
  target: Resolved,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Hop> {
  // Pin the connection to the checked address; the TLS name stays url.hostname.
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Hop>((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, lookup: pinned, agent: false, signal }, (res) =>
      resolve({ res, url }),
    );
    req.on('error', reject);
    req.end();
  });
}

async function readBody(stream: Readable, maxBytes: number, source: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new SourceError('too-large', `body over the ${maxBytes}-byte cap`, { source });
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * GET a URL: redirects followed by hand (each hop's host resolved and checked again), one
 * timeout for the whole exchange, the body streamed and cut off past `maxBytes`, the media type
 * checked against `accept`. A 304 (when `headers` made the request conditional) is returned with
 * `notModified: true`; any other non-2xx status, and every other failure, is a SourceError.
 */
export async function fetchUrl(rawUrl: string, opts: FetchOptions = {}): Promise<FetchedResponse> {
  const first = parseHttpUrl(rawUrl);
  const limiter = opts.limiter ?? defaultLimiter;
  return limiter.run(first.host, () => fetchFollowing(first, opts));
}

async function fetchFollowing(first: URL, opts: FetchOptions): Promise<FetchedResponse> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const accept = opts.accept ?? ARTICLE_CONTENT_TYPES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const signal = opts.signal ? AbortSignal.any([controller.signal, opts.signal]) : controller.signal;
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? USER_AGENT,
    accept: `${accept.join(', ')}, */*;q=0.1`,
    'accept-encoding': 'gzip, deflate, br',
    ...opts.headers,
  };
  const redirects: string[] = [];
  let url = first;
  let hop: Hop | null = null;
  try {
    for (;;) {
      const target = await resolveHost(url, opts.allowPrivate ?? false);
      hop = await requestOnce(url, target, headers, signal);
      const { res } = hop;
      const status = res.statusCode ?? 0;
      const location = headerValue(res, 'location');
      if (REDIRECT_STATUSES.has(status) && location) {
        res.resume();
        if (redirects.length >= maxRedirects) {
          throw new SourceError('http', `too many redirects (more than ${maxRedirects})`, {
            source: first.href,
          });
        }
        redirects.push(url.href);
        url = parseHttpUrl(location, url.href);
        continue;
      }
      const contentType = headerValue(res, 'content-type');
      const common = {
        requestedUrl: first.href,
        url: url.href,
        status,
        contentType,
        etag: headerValue(res, 'etag'),
        lastModified: headerValue(res, 'last-modified'),
        redirects,
      };
      if (status === 304) {
        res.resume();
        return { ...common, notModified: true, body: Buffer.alloc(0) };
      }
      if (status < 200 || status > 299) {
        res.resume();
        throw new SourceError('http', `HTTP ${status} ${res.statusMessage ?? ''}`.trim(), {
          source: url.href,
        });
      }
      const type = mediaType(contentType);
      if (type && !accept.includes(type)) {
        res.resume();
        throw new SourceError('content-type', `content type ${type} is not one of ${accept.join(', ')}`, {
          source: url.href,
        });
      }
      const declared = Number(headerValue(res, 'content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        throw new SourceError('too-large', `Content-Length ${declared} over the ${maxBytes}-byte cap`, {
          source: url.href,
        });
      }
      const body = await readBody(decompress(res), maxBytes, url.href);
      return { ...common, notModified: false, body };
    }
  } catch (e) {
    hop?.res.destroy();
    if (controller.signal.aborted) {
      throw new SourceError('timeout', `no complete response within ${timeoutMs} ms`, {
        source: url.href,
        cause: e,
      });
    }
    if (e instanceof SourceError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new SourceError('http', `request failed: ${code ?? (e as Error).message}`, {
      source: url.href,
      cause: e,
    });
  } finally {
    clearTimeout(timer);
  }
}

export interface FetchedArticle {
  readonly url: string;
  readonly response: FetchedResponse;
  readonly input: ArticleInput;
  readonly warnings: readonly string[];
}

/** Fetch a news page and turn it into an ArticleInput (HTML via extractHtmlArticle; text/plain as is). */
export async function fetchArticle(url: string, opts: FetchOptions = {}): Promise<FetchedArticle> {
  const response = await fetchUrl(url, { ...opts, accept: opts.accept ?? ARTICLE_CONTENT_TYPES });
  if (mediaType(response.contentType) === 'text/plain') {
    const decoded = decodeBytes(response.body, { contentType: response.contentType, source: response.url });
    const words = decoded.text.split(/\s+/).filter(Boolean).length;
    if (words < MIN_ARTICLE_WORDS) {
      throw new SourceError('not-article', `too little text: ${words} words`, { source: response.url });
    }
    const input: ArticleInput = {
      text: decoded.text,
      url: response.url,
      outlet: outletFromUrl(response.url),
      title: titleFromText(decoded.text),
    };
    return { url, response, input, warnings: decoded.warnings };
  }
  const page = extractHtmlArticle(response.body, { url: response.url, contentType: response.contentType });
  return { url, response, input: page.input, warnings: page.warnings };
}

export type FetchResult =
  | { readonly url: string; readonly ok: true; readonly article: FetchedArticle }
  | { readonly url: string; readonly ok: false; readonly error: SourceError };

export interface FetchAllOptions extends FetchOptions {
  /** Fetches in flight across all hosts. */
  readonly concurrency?: number;
  /** Fetches in flight per host (ignored when `limiter` is given). */
  readonly perHost?: number;
  /** Called as each URL finishes (progress bars). */
  readonly onResult?: (result: FetchResult) => void;
}

/** Fetch many pages; a failure is recorded for its URL and the rest go on. Results keep input order. */
export async function fetchAll(urls: readonly string[], opts: FetchAllOptions = {}): Promise<FetchResult[]> {
  const limiter = opts.limiter ?? new HostLimiter(opts.perHost ?? DEFAULT_PER_HOST);
  const results: FetchResult[] = new Array(urls.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const i = next++;
      const url = urls[i]!;
      let result: FetchResult;
      try {
        result = { url, ok: true, article: await fetchArticle(url, { ...opts, limiter }) };
      } catch (e) {
        result = { url, ok: false, error: toSourceError(e, 'http', url) };
      }
      results[i] = result;
      opts.onResult?.(result);
    }
  };
  const workers = Math.max(1, Math.min(opts.concurrency ?? DEFAULT_CONCURRENCY, urls.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
