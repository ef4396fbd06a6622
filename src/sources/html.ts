import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../domain/article.ts';
import { dateFromUrl, normalizeDate } from './dates.ts';
import { decodeBytes } from './decode.ts';
import { SourceError } from './errors.ts';

/**
 * Fewer words than this in the main text and the page is not an article we can extract from:
 * a teaser, an index page, an error page. A short wire brief ("Acme to cut 300 jobs in Ohio ...")
 * runs 80–150 words, so this stays below that.
 */
export const MIN_ARTICLE_WORDS = 60;
/**
 * A paywall or cookie phrase only condemns a page whose main text is shorter than this. A full
 * article that ends with "Already a subscriber? Sign in" is still an article.
 */
export const WALL_MAX_WORDS = 250;

/** Text of paywall stubs, lower case ("Subscribe to continue reading this story"). */
export const PAYWALL_PHRASES: readonly string[] = [
  'subscribe to continue reading',
  'subscribe to read',
  'subscribe now to read',
  'to continue reading, subscribe',
  'continue reading with a subscription',
  'this article is for subscribers',
  'this content is for subscribers',
  'exclusive to subscribers',
  'for subscribers only',
  'subscribers only',
  'already a subscriber',
  'to read the full article',
  'to read the full story',
  'sign in to continue reading',
  'log in to continue reading',
  'create a free account to continue',
  'start your free trial',
  'unlock this article',
];

/** Text of cookie/consent walls, lower case ("We use cookies ... Accept all"). */
export const COOKIE_WALL_PHRASES: readonly string[] = [
  'we use cookies',
  'accept cookies',
  'accept all cookies',
  'accept all',
  'reject all',
  'cookie policy',
  'cookie settings',
  'manage cookies',
  'manage your consent',
  'consent preferences',
  'your privacy choices',
  'before you continue',
  'by continuing to use this site',
];
/** Distinct cookie phrases needed: "accept all" alone could be prose, three together is a banner. */
export const MIN_COOKIE_PHRASES = 2;

/** schema.org types whose datePublished is the article's ("WebPage" and "Organization" are not). */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'socialmediaposting',
]);

/** Meta keys (property, name or itemprop, lower case) for the publication time, most trusted first. */
export const PUBLISHED_META_KEYS: readonly string[] = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'date',
];

const AUTHOR_META_KEYS: readonly string[] = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
];

/** Where `published` came from, most trusted first. */
export type PublishedOrigin = 'json-ld' | 'meta' | 'time' | 'url';

export interface HtmlOptions {
  /** The page's URL (after redirects): resolves relative links, gives the outlet and a URL date. */
  readonly url?: string | null;
  /** The HTTP Content-Type, for the charset when `html` is bytes. */
  readonly contentType?: string | null;
  /** File name for `ArticleInput.file` when the page came from disk. */
  readonly file?: string | null;
  readonly minWords?: number;
}

export interface HtmlArticle {
  readonly input: ArticleInput;
  readonly author: string | null;
  /** <link rel=canonical> or og:url, absolute; null when absent or pointing at the home page. */
  readonly canonicalUrl: string | null;
  readonly publishedFrom: PublishedOrigin | null;
  readonly warnings: readonly string[];
}

type JsonObject = { readonly [key: string]: unknown };

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function firstString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = firstString(x);
      if (s) return s;
    }
  }
  return null;
}

/** Every object in a JSON-LD block: top level, arrays, and @graph members (Yoast puts the article there). */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
    } else if (isObject(v)) {
      nodes.push(v);
      if ('@graph' in v) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      // CMSes emit raw newlines and tabs inside JSON strings; as spaces they parse.
      try {
        parsed = JSON.parse(raw.replace(/[\t\n\r]+/g, ' '));
      } catch {
        continue;
      }
    }
    visit(parsed, 0);
  }
  return nodes;
}

function isArticleNode(node: JsonObject): boolean {
  const types = node['@type'];
  const list = Array.isArray(types) ? types : [types];
  return list.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()));
}

function personName(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(personName).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(v)) return firstString(v.name);
  return null;
}

/** First content per meta key, keyed by lower-cased property, name or itemprop. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** `href` resolved against `base`, kept only when it is http(s): feeds and pages both link this way. */
export function absoluteHttpUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "https://www.reuters.com/x" → "reuters.com". */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

interface DateFound {
  readonly date: string;
  readonly from: PublishedOrigin;
}

function findPublished(
  doc: Document,
  ld: readonly JsonObject[],
  meta: Map<string, string>,
  url: string | null,
): DateFound | null {
  const ldOrdered = [...ld.filter(isArticleNode), ...ld.filter((n) => !isArticleNode(n))];
  for (const node of ldOrdered) {
    const date = normalizeDate(firstString(node.datePublished));
    if (date) return { date, from: 'json-ld' };
  }
  for (const key of PUBLISHED_META_KEYS) {
    const date = normalizeDate(meta.get(key));
    if (date) return { date, from: 'meta' };
  }
  // A <time> marked as the publication time, else the first one inside the article body; a
  // <time> in the site header is today's date, not the article's.
  const times = [
    ...doc.querySelectorAll('time[pubdate][datetime], time[itemprop="datePublished"][datetime]'),
    ...doc.querySelectorAll('article time[datetime], main time[datetime]'),
  ];
  for (const t of times) {
    const date = normalizeDate(t.getAttribute('datetime'));
    if (date) return { date, from: 'time' };
  }
  const fromUrl = dateFromUrl(url);
  return fromUrl ? { date: fromUrl, from: 'url' } : null;
}

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/**
 * Text with one blank line between blocks. DOM textContent runs paragraphs together
 * ("...400 jobs.The company said...") and the extractor's sentence splitter needs the break.
 */
export function blockText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        current += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function matchedPhrases(text: string, phrases: readonly string[]): string[] {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return phrases.filter((p) => lower.includes(p));
}

/** linkedom builds no <html>/<body> for a fragment ("<p>Hi</p>"); wrap those so queries work. */
function toDocument(html: string): Document {
  const looksLikeDocument = /<html[\s>]/i.test(html.slice(0, 4096));
  const source = looksLikeDocument ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  if (!document?.documentElement) {
    return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
  }
  return document;
}

/**
 * An HTML page → an article with metadata, or a SourceError: 'not-article' (paywall stub, cookie
 * wall, too little text), 'bad-encoding' (bytes in a charset we cannot read). Never any other
 * exception, whatever the markup.
 */
export function extractHtmlArticle(html: string | Uint8Array, opts: HtmlOptions = {}): HtmlArticle {
  const source = opts.url ?? opts.file ?? null;
  const warnings: string[] = [];
  let markup: string;
  if (typeof html === 'string') {
    markup = html;
  } else {
    const decoded = decodeBytes(html, { contentType: opts.contentType ?? null, sniffHtml: true, source });
    warnings.push(...decoded.warnings);
    markup = decoded.text;
  }
  try {
    return extract(markup, opts, warnings);
  } catch (e) {
    if (e instanceof SourceError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new SourceError('not-article', `could not read the HTML: ${message}`, { source, cause: e });
  }
}

function extract(markup: string, opts: HtmlOptions, warnings: string[]): HtmlArticle {
  const source = opts.url ?? opts.file ?? null;
  const minWords = opts.minWords ?? MIN_ARTICLE_WORDS;
  const doc = toDocument(markup);
  const pageUrl = absoluteHttpUrl(opts.url, null);

  // Metadata first: Readability strips <script> (JSON-LD) and rewrites the tree.
  const ld = jsonLdNodes(doc);
  const meta = metaMap(doc);
  const ldArticle = ld.find(isArticleNode) ?? null;

  let canonicalUrl =
    absoluteHttpUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), pageUrl) ??
    absoluteHttpUrl(meta.get('og:url'), pageUrl);
  // Some sites point every page's canonical at the home page; that would merge all their articles.
  if (
    canonicalUrl &&
    new URL(canonicalUrl).pathname.length <= 1 &&
    pageUrl &&
    new URL(pageUrl).pathname.length > 1
  ) {
    warnings.push(`canonical URL ${canonicalUrl} is the home page; ignored`);
    canonicalUrl = null;
  }
  const url = canonicalUrl ?? pageUrl;
  const published = findPublished(doc, ld, meta, pageUrl ?? canonicalUrl);
  const outlet = meta.get('og:site_name')?.trim() || outletFromUrl(pageUrl ?? canonicalUrl);

  let author = personName(ldArticle?.author) ?? null;
  for (const key of AUTHOR_META_KEYS) {
    if (author) break;
    const v = meta.get(key);
    if (v && !/^https?:/i.test(v)) author = v;
  }

  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template'))) el.remove();
  const pageText = doc.body ? blockText(doc.body) : '';

  const reader = new Readability<Node>(doc, { serializer: (node) => node });
  const parsed = reader.parse();
  let body = parsed?.content ? blockText(parsed.content) : '';
  if (!body && countWords(pageText) >= minWords) {
    warnings.push('no main content found by Readability; using the whole page text');
    body = pageText;
  }

  const title =
    parsed?.title?.trim() ||
    firstString(ldArticle?.headline) ||
    meta.get('og:title') ||
    doc.querySelector('title')?.textContent?.trim() ||
    null;
  if (author === null && parsed?.byline) author = parsed.byline.trim() || null;

  const words = countWords(body);
  if (words < WALL_MAX_WORDS) {
    const paywall = matchedPhrases(pageText, PAYWALL_PHRASES);
    const freeFlag = ldArticle?.isAccessibleForFree;
    if (paywall.length > 0 || freeFlag === false || freeFlag === 'False' || freeFlag === 'false') {
      const why = paywall.length > 0 ? `"${paywall[0]}"` : 'isAccessibleForFree: false';
      throw new SourceError('not-article', `paywall stub (${why}; ${words} words of text)`, { source });
    }
    const cookie = matchedPhrases(pageText, COOKIE_WALL_PHRASES);
    if (cookie.length >= MIN_COOKIE_PHRASES) {
      throw new SourceError(
        'not-article',
        `cookie wall ("${cookie.slice(0, 2).join('", "')}"; ${words} words of text)`,
        {
          source,
        },
      );
    }
  }
  if (words < minWords) {
    throw new SourceError('not-article', `too little text: ${words} words, an article needs ${minWords}`, {
      source,
    });
  }

  // The corpus format puts the headline on the first line; the extractor reads it there too.
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  const input: ArticleInput = {
    text,
    file: opts.file ?? null,
    url,
    outlet: outlet ?? null,
    title,
    published: published?.date ?? null,
    publishedBasis: published ? (published.from === 'url' ? 'url' : 'metadata') : null,
    author,
  };
  return { input, author, canonicalUrl, publishedFrom: published?.from ?? null, warnings };
}
