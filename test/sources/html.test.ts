import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SourceError } from '../../src/sources/errors.ts';
import { blockText, extractHtmlArticle } from '../../src/sources/html.ts';
import { fixture } from './fixture-server.ts';

const here = '[sources/html] ';
const page = (name: string): string => fixture('pages', name).toString('utf8');

function notArticle(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof SourceError, `expected SourceError, got ${String(e)}`);
    assert.equal(e.code, 'not-article');
    assert.match(e.message, pattern);
    return true;
  });
}

// Enough prose to pass MIN_ARTICLE_WORDS, written for these tests.
const BODY =
  '<p>Norvel Logistics will cut 320 jobs at its parcel hubs in the north of England, the company said, as ' +
  'it moves sorting work to a new automated site near Doncaster that opens in the autumn.</p>' +
  '<p>A spokesperson said staff would be offered jobs at the new site where possible and that talks with ' +
  'the union had started this week. The affected hubs handle about a fifth of the group parcels.</p>';

describe(`${here}metadata`, () => {
  test('JSON-LD in @graph wins over article:published_time and a header <time>', () => {
    const got = extractHtmlArticle(page('article-jsonld.html'), {
      url: 'https://www.harborledger.example/news/veltrix-cuts?utm_source=feed',
    });
    // 21:15 at -04:00 is already 04-04 in UTC; the publisher's own calendar day is kept.
    assert.equal(got.input.published, '2024-04-03');
    assert.equal(got.publishedFrom, 'json-ld');
    assert.equal(got.input.publishedBasis, 'metadata');
    assert.equal(got.input.outlet, 'Harbor Ledger');
    assert.equal(got.canonicalUrl, 'https://www.harborledger.example/news/veltrix-cuts');
    assert.equal(got.input.url, 'https://www.harborledger.example/news/veltrix-cuts');
    assert.equal(got.input.title, 'Veltrix Systems to cut 400 jobs in overhaul');
    assert.equal(got.author, 'Mara Quist, Tobias Fenn');
  });

  test('main text: headline first, paragraphs apart, no navigation or footer', () => {
    const { text } = extractHtmlArticle(page('article-jsonld.html')).input;
    const paragraphs = text.split('\n\n');
    assert.equal(paragraphs[0], 'Veltrix Systems to cut 400 jobs in overhaul');
    assert.ok(paragraphs.length >= 5, `got ${paragraphs.length} blocks`);
    assert.match(text, /eliminate about 400 positions/);
    assert.doesNotMatch(text, /All rights reserved|Home Business Tech/);
    assert.doesNotMatch(text, /font-family/);
  });

  test('article:published_time only; outlet from the URL host without www.', () => {
    const got = extractHtmlArticle(page('article-meta.html'), {
      url: 'https://www.nordicwire.example/b/lindqvist',
    });
    assert.equal(got.input.published, '2024-02-14');
    assert.equal(got.publishedFrom, 'meta');
    assert.equal(got.input.outlet, 'nordicwire.example');
    assert.equal(got.input.author, 'Ada Brenner');
    assert.equal(got.input.url, 'https://www.nordicwire.example/b/lindqvist');
  });

  test('URL date only', () => {
    const got = extractHtmlArticle(page('article-url-date.html'), {
      url: 'https://orchard-news.example/2024/03/18/orchard-bank-closes-call-centre/',
    });
    assert.equal(got.input.published, '2024-03-18');
    assert.equal(got.publishedFrom, 'url');
    assert.equal(got.input.publishedBasis, 'url');
  });

  test('no date anywhere → null, never today', () => {
    const got = extractHtmlArticle(page('article-url-date.html'), {
      url: 'https://orchard-news.example/a/b',
    });
    assert.equal(got.input.published, null);
    assert.equal(got.publishedFrom, null);
  });

  test('JSON-LD as a top-level array, with datePublished in an array', () => {
    const html = `<html><head><script type="application/ld+json">[{"@type":"BreadcrumbList"},
      {"@type":"ReportageNewsArticle","datePublished":["2023-10-09T06:00:00Z"],"author":"Lena Ortiz"}]</script>
      </head><body><article>${BODY}</article></body></html>`;
    const got = extractHtmlArticle(html);
    assert.equal(got.input.published, '2023-10-09');
    assert.equal(got.author, 'Lena Ortiz');
  });

  test('JSON-LD with raw newlines inside strings still parses', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Two
      lines","datePublished":"2023-05-02"}</script></head><body><article>${BODY}</article></body></html>`;
    assert.equal(extractHtmlArticle(html).input.published, '2023-05-02');
  });

  test('<time pubdate> and <time> inside the article; a header <time> is ignored', () => {
    const inArticle = `<html><body><header><time datetime="2026-01-01">Today</time></header><article>
      <time datetime="2022-12-07T10:00">7 Dec</time>${BODY}</article></body></html>`;
    assert.equal(extractHtmlArticle(inArticle).input.published, '2022-12-07');
    const headerOnly = `<html><body><header><time datetime="2026-01-01">Today</time></header><div>${BODY}</div></body></html>`;
    assert.equal(extractHtmlArticle(headerOnly).input.published, null);
  });

  test('meta name="date" and itemprop datePublished are read', () => {
    const named = `<html><head><meta name="date" content="April 3, 2024"></head><body><article>${BODY}</article></body></html>`;
    assert.equal(extractHtmlArticle(named).input.published, '2024-04-03');
    const itemprop = `<html><head><meta itemprop="datePublished" content="2024-01-31"></head><body><article>${BODY}</article></body></html>`;
    assert.equal(extractHtmlArticle(itemprop).input.published, '2024-01-31');
  });

  test('a canonical pointing at the home page is ignored', () => {
    const html = `<html><head><link rel="canonical" href="https://site.example/"></head><body><article>${BODY}</article></body></html>`;
    const got = extractHtmlArticle(html, { url: 'https://site.example/news/norvel' });
    assert.equal(got.canonicalUrl, null);
    assert.equal(got.input.url, 'https://site.example/news/norvel');
    assert.equal(got.warnings.length, 1);
  });

  test('a fragment without <html> is wrapped and read', () => {
    const got = extractHtmlArticle(`<h1>Norvel cuts</h1>${BODY}`);
    assert.match(got.input.text, /Norvel Logistics will cut 320 jobs/);
  });
});

describe(`${here}not an article`, () => {
  test('paywall stub', () => {
    notArticle(() => extractHtmlArticle(page('paywall.html')), /paywall stub.*subscribe to continue reading/);
  });

  test('paywall flagged only by isAccessibleForFree: false', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":"False"}</script>
      </head><body><article><p>Norvel Logistics is weighing cuts at its hubs, people familiar said.</p></article></body></html>`;
    notArticle(() => extractHtmlArticle(html), /isAccessibleForFree/);
  });

  test('a long article that ends with a subscribe box is still an article', () => {
    const long = Array.from({ length: 6 }, () => BODY).join('');
    const html = `<html><body><article>${long}<p>Already a subscriber? Sign in.</p></article></body></html>`;
    assert.match(extractHtmlArticle(html).input.text, /Norvel Logistics/);
  });

  test('cookie wall', () => {
    notArticle(() => extractHtmlArticle(page('cookie-wall.html')), /cookie wall/);
  });

  test('too little text', () => {
    notArticle(() => extractHtmlArticle(page('short.html')), /too little text: \d+ words/);
  });

  test('empty and garbage input are not-article, never another exception', () => {
    for (const junk of ['', '   ', '<<<>>>', '<html', '\u0000\u0001binary', '<script>never closed', '<!--']) {
      notArticle(() => extractHtmlArticle(junk), /./);
    }
  });
});

describe(`${here}broken HTML and charsets`, () => {
  test('broken markup still gives its text', () => {
    const got = extractHtmlArticle(page('broken.html'));
    assert.equal(got.input.title, 'Pinecrest Foods to close plant');
    assert.match(got.input.text, /about 140 staff will lose their jobs/);
    // The JSON-LD block is truncated JSON: no date, no crash.
    assert.equal(got.input.published, null);
  });

  test('windows-1252 bytes with a <meta http-equiv> charset', () => {
    const got = extractHtmlArticle(fixture('pages', 'windows-1252.html'));
    assert.equal(got.input.title, 'Café Lumière Group cuts 60 roles');
    assert.match(got.input.text, /“painful but necessary”/);
    assert.match(got.input.text, /leaving – especially/);
    assert.equal(got.input.outlet, 'Le Petit Registre');
  });

  test('the Content-Type charset wins over the page <meta>', () => {
    const bytes = Buffer.from(
      `<html><head><meta charset="utf-8"></head><body><article><h1>Caf\xe9</h1>${BODY}</article></body></html>`,
      'latin1',
    );
    const got = extractHtmlArticle(bytes, { contentType: 'text/html; charset=ISO-8859-1' });
    assert.match(got.input.text, /^Café/m);
    assert.deepEqual(got.warnings, []);
  });

  test('invalid UTF-8 bytes are replaced and reported', () => {
    const bytes = Buffer.concat([
      Buffer.from(`<html><body><article><h1>Caf`),
      Buffer.from([0xe9]),
      Buffer.from(`</h1>${BODY}</article></body></html>`),
    ]);
    const got = extractHtmlArticle(bytes);
    assert.match(got.input.text, /Caf\uFFFD/);
    assert.match(got.warnings.join(' '), /invalid UTF-8/);
  });
});

describe(`${here}blockText`, () => {
  test('blocks are separated by blank lines, inline tags are not', async () => {
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(
      '<html><body><p>One <b>bold</b> line.</p><ul><li>a</li><li>b</li></ul>x<br>y</body></html>',
    );
    assert.equal(blockText(document.body), 'One bold line.\n\na\n\nb\n\nx\n\ny');
  });
});
