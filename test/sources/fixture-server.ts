/**
 * A real HTTP server on 127.0.0.1 (port 0) serving our own fixture pages and feeds, with the
 * awkward behaviours the fetch layer must survive: redirect chains, a response that never
 * finishes, an endless body, wrong content types, ETags and 304s.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../helpers/shared.ts';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'sources');

export function fixture(...parts: string[]): Buffer {
  return readFileSync(join(FIXTURES, ...parts));
}

export interface FixtureServer {
  readonly origin: string;
  url(path: string): string;
  /** Which RSS fixture /feed.xml serves: 1 or 2 (2 adds an item and changes the ETag). */
  feedVersion: 1 | 2;
  /** Requests seen per path, and the conditional headers of the last /feed.xml request. */
  readonly hits: Map<string, number>;
  lastFeedIfNoneMatch: string | null;
  /** User-Agent of the latest request. */
  readonly lastUserAgent: string | null;
  /** Most /concurrent requests in flight at once. */
  maxConcurrent: number;
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';
const TEXT_ARTICLE =
  'Marlow Games cuts studio staff\n\nMarlow Games said it had let go of 1,900 people across its studios in January, ' +
  'closing two teams that worked on mobile titles and merging a third into its main office. The company said ' +
  'sales of its latest release had fallen short of its plan and that it would focus on fewer games in the coming ' +
  'years. Staff who lost their jobs will receive three months of pay, a spokesperson said in an email to reporters.\n';

export async function startFixtureServer(): Promise<FixtureServer> {
  const pending = new Set<ServerResponse>();
  let inFlight = 0;
  const state = {
    feedVersion: 1 as 1 | 2,
    hits: new Map<string, number>(),
    lastFeedIfNoneMatch: null as string | null,
    lastUserAgent: null as string | null,
    maxConcurrent: 0,
  };

  const send = (res: ServerResponse, status: number, type: string | null, body: string | Buffer): void => {
    const headers: Record<string, string> = {};
    if (type) headers['content-type'] = type;
    res.writeHead(status, headers);
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    state.lastUserAgent = req.headers['user-agent'] ?? null;

    const redirect = /^\/redirect\/(\d+)$/.exec(path);
    if (redirect) {
      const n = Number(redirect[1]);
      res.writeHead(302, { location: n > 1 ? `/redirect/${n - 1}` : '/news/veltrix-cuts' });
      res.end();
      return;
    }
    switch (path) {
      case '/redirect-to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' });
        res.end();
        return;
      case '/news/veltrix-cuts':
        send(res, 200, HTML, fixture('pages', 'article-jsonld.html'));
        return;
      case '/business/lindqvist':
        send(res, 200, HTML, fixture('pages', 'article-meta.html'));
        return;
      case '/2024/03/18/orchard-bank-closes-call-centre/':
        send(res, 200, HTML, fixture('pages', 'article-url-date.html'));
        return;
      case '/paywall':
        send(res, 200, HTML, fixture('pages', 'paywall.html'));
        return;
      case '/cookie-wall':
        send(res, 200, HTML, fixture('pages', 'cookie-wall.html'));
        return;
      case '/broken':
        send(res, 200, HTML, fixture('pages', 'broken.html'));
        return;
      // No charset in the header: the page's own <meta> must be found.
      case '/cp1252':
        send(res, 200, 'text/html', fixture('pages', 'windows-1252.html'));
        return;
      case '/xhtml':
        send(res, 200, 'application/xhtml+xml', fixture('pages', 'article-meta.html'));
        return;
      case '/plain':
        send(res, 200, 'text/plain; charset=utf-8', TEXT_ARTICLE);
        return;
      case '/gzip': {
        res.writeHead(200, { 'content-type': HTML, 'content-encoding': 'gzip' });
        res.end(gzipSync(fixture('pages', 'article-meta.html')));
        return;
      }
      case '/image.png':
        send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        return;
      case '/missing':
        send(res, 404, 'text/html', '<h1>Not found</h1>');
        return;
      case '/slow':
        // Headers now, body never: only the client's timeout ends this.
        res.writeHead(200, { 'content-type': HTML });
        res.write('<html><body><p>Loading');
        pending.add(res);
        return;
      case '/huge': {
        // An endless chunked body; the client must stop reading at its cap.
        res.writeHead(200, { 'content-type': HTML });
        const chunk = Buffer.alloc(16 * 1024, 'a');
        const pump = (): void => {
          while (!res.destroyed && res.write(chunk)) {
            /* keep writing until the socket pushes back */
          }
          if (!res.destroyed) res.once('drain', pump);
        };
        pending.add(res);
        pump();
        return;
      }
      case '/huge-declared':
        res.writeHead(200, { 'content-type': HTML, 'content-length': String(50 * 1024 * 1024) });
        res.write('<html>');
        pending.add(res);
        return;
      case '/concurrent':
        inFlight++;
        state.maxConcurrent = Math.max(state.maxConcurrent, inFlight);
        setTimeout(() => {
          inFlight--;
          send(res, 200, HTML, fixture('pages', 'article-meta.html'));
        }, 30);
        return;
      case '/feed.xml': {
        const etag = state.feedVersion === 1 ? '"rss-v1"' : '"rss-v2"';
        const inm = req.headers['if-none-match'];
        state.lastFeedIfNoneMatch = typeof inm === 'string' ? inm : null;
        if (inm === etag) {
          res.writeHead(304, { etag });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
        res.end(fixture('feeds', state.feedVersion === 1 ? 'rss-v1.xml' : 'rss-v2.xml'));
        return;
      }
      case '/atom.xml':
        send(res, 200, 'application/atom+xml', fixture('feeds', 'atom.xml'));
        return;
      case '/malformed.xml':
        send(res, 200, 'application/rss+xml', fixture('feeds', 'malformed.xml'));
        return;
      case '/feed-down':
        send(res, 503, 'text/plain', 'maintenance');
        return;
      default:
        send(res, 404, 'text/plain', 'no such fixture');
        return;
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const api: FixtureServer = {
    origin,
    url: (path) => origin + path,
    get feedVersion() {
      return state.feedVersion;
    },
    set feedVersion(v) {
      state.feedVersion = v;
    },
    hits: state.hits,
    get lastFeedIfNoneMatch() {
      return state.lastFeedIfNoneMatch;
    },
    set lastFeedIfNoneMatch(v) {
      state.lastFeedIfNoneMatch = v;
    },
    get lastUserAgent() {
      return state.lastUserAgent;
    },
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    set maxConcurrent(v) {
      state.maxConcurrent = v;
    },
    close: async () => {
      for (const res of pending) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}
