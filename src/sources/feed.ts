import { type AnyFeed, parseFeed, parseOpml as parseOpmlDocument } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { normalizeDate } from './dates.ts';
import { SourceError } from './errors.ts';
import { absoluteHttpUrl, blockText } from './html.ts';

/** One entry of a feed, reduced to what the tracker uses. */
export interface FeedItem {
  /** The article's absolute URL (resolved against the feed URL). */
  readonly url: string | null;
  readonly title: string | null;
  /** YYYY-MM-DD from pubDate / published / dc:date, in the date's own offset. */
  readonly published: string | null;
  /** Description or summary as plain text (feeds put HTML there). */
  readonly summary: string | null;
  /** RSS guid / Atom id, verbatim. */
  readonly guid: string | null;
}

export interface ParsedFeed {
  readonly format: 'rss' | 'atom' | 'rdf' | 'json';
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

/** A summary longer than this is a full article pasted into the feed; we keep the start. */
export const MAX_SUMMARY_CHARS = 2000;

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** Feed descriptions hold escaped HTML ("<p>Acme will cut <b>400</b> jobs</p>") → its text. */
function htmlToText(html: string | null | undefined): string | null {
  if (!html) return null;
  if (!/[<&]/.test(html)) return clean(html);
  try {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
    const text = document.body ? blockText(document.body) : '';
    return text ? text.slice(0, MAX_SUMMARY_CHARS) : null;
  } catch {
    return clean(html.replace(/<[^>]*>/g, ' '));
  }
}

function itemsOf(parsed: AnyFeed, base: string | null): FeedItem[] {
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((item) => {
        const guid = clean(item.guid?.value);
        // A permalink guid is the article URL when <link> is missing (some WordPress feeds).
        const guidUrl = item.guid?.isPermaLink !== false ? absoluteHttpUrl(guid, base) : null;
        return {
          url: absoluteHttpUrl(item.link, base) ?? guidUrl,
          title: clean(item.title),
          published: normalizeDate(item.pubDate ?? item.dc?.dates?.[0]),
          summary: htmlToText(item.description ?? item.content?.encoded),
          guid,
        };
      });
    case 'atom':
      return (parsed.feed.entries ?? []).map((entry) => {
        const links = entry.links ?? [];
        const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
        return {
          url: absoluteHttpUrl(alternate?.href, base),
          title: clean(entry.title?.value),
          published: normalizeDate(entry.published ?? entry.updated),
          summary: htmlToText(entry.summary?.value ?? entry.content?.value),
          guid: clean(entry.id),
        };
      });
    case 'rdf':
      return (parsed.feed.items ?? []).map((item) => ({
        url: absoluteHttpUrl(item.link, base),
        title: clean(item.title),
        published: normalizeDate(item.dc?.dates?.[0]),
        summary: htmlToText(item.description),
        guid: clean(item.rdf?.about) ?? clean(item.link),
      }));
    case 'json':
      return (parsed.feed.items ?? []).map((item) => ({
        url: absoluteHttpUrl(item.url ?? item.external_url, base),
        title: clean(item.title),
        published: normalizeDate(item.date_published),
        summary: htmlToText(item.summary ?? item.content_text ?? item.content_html),
        guid: clean(item.id),
      }));
  }
}

function feedTitle(parsed: AnyFeed): string | null {
  switch (parsed.format) {
    case 'atom':
      return clean(parsed.feed.title?.value);
    default:
      return clean(parsed.feed.title);
  }
}

/**
 * RSS 2.0 / Atom / RDF feed text → items. Anything feedsmith cannot read (an HTML error page, a
 * truncated download) is a SourceError 'feed'. `baseUrl` (the feed's URL) resolves relative links.
 */
export function parseFeedText(xml: string, opts: { baseUrl?: string | null } = {}): ParsedFeed {
  const source = opts.baseUrl ?? null;
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(xml);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new SourceError('feed', `not a readable RSS/Atom feed: ${message}`, { source, cause: e });
  }
  return { format: parsed.format, title: feedTitle(parsed), items: itemsOf(parsed, source) };
}

/**
 * What identifies an item across polls: its guid, else its URL, else title + date. Feeds that
 * change the guid on every edit are rare; feeds without any guid are common.
 */
export function itemKey(item: FeedItem): string {
  return item.guid ?? item.url ?? `${item.title ?? ''}|${item.published ?? ''}`;
}

/**
 * OPML (a feed reader's export) → the feed URLs in it, in document order, nested folders
 * included, duplicates dropped. Outlines without xmlUrl are folders or plain links and are skipped.
 */
export function parseOpml(xml: string): string[] {
  let doc: ReturnType<typeof parseOpmlDocument>;
  try {
    doc = parseOpmlDocument(xml);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new SourceError('feed', `not a readable OPML file: ${message}`, { cause: e });
  }
  const urls: string[] = [];
  type Outline = NonNullable<NonNullable<typeof doc.body>['outlines']>[number];
  const visit = (outlines: readonly Outline[] | undefined): void => {
    for (const o of outlines ?? []) {
      const url = absoluteHttpUrl(o.xmlUrl, null);
      if (url && !urls.includes(url)) urls.push(url);
      visit(o.outlines);
    }
  };
  visit(doc.body?.outlines);
  return urls;
}
