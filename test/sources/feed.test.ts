import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SourceError } from '../../src/sources/errors.ts';
import { itemKey, parseFeedText, parseOpml } from '../../src/sources/feed.ts';
import { fixture } from './fixture-server.ts';

const here = '[sources/feed] ';
const text = (name: string): string => fixture('feeds', name).toString('utf8');

describe(`${here}parseFeedText`, () => {
  test('RSS 2.0: relative links resolved, guid kept, HTML summary as text, bare & survives', () => {
    const feed = parseFeedText(text('rss-v1.xml'), {
      baseUrl: 'https://www.harborledger.example/business/rss',
    });
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Harbor Ledger: Business');
    assert.deepEqual(feed.items[0], {
      url: 'https://www.harborledger.example/news/veltrix-cuts',
      title: 'Veltrix Systems to cut 400 jobs in overhaul',
      published: '2024-04-03',
      summary: 'The software group will fold two product lines into one.',
      guid: 'hl-10021',
    });
    assert.equal(feed.items[1]?.title, 'AT&T-style bare ampersands & other sloppiness survive');
    // dc:date when there is no pubDate
    assert.equal(feed.items[1]?.published, '2024-04-02');
  });

  test('Atom: alternate link, published over updated, summary text', () => {
    const feed = parseFeedText(text('atom.xml'));
    assert.equal(feed.format, 'atom');
    assert.equal(feed.title, 'Nordic Wire');
    assert.deepEqual(feed.items[0], {
      url: 'https://orchard-news.example/2024/03/18/orchard-bank-closes-call-centre/',
      title: 'Orchard Bank closes call centre',
      published: '2024-03-18',
      summary: '210 jobs at risk in Dundee.',
      guid: 'urn:nordicwire:4411',
    });
    assert.equal(feed.items[1]?.published, '2024-03-20');
  });

  test('malformed, HTML and empty input are SourceError feed', () => {
    for (const bad of [text('malformed.xml'), '<html><body>Not a feed</body></html>', '', 'plain words']) {
      assert.throws(
        () => parseFeedText(bad),
        (e: unknown) => e instanceof SourceError && e.code === 'feed',
      );
    }
  });

  test('itemKey: guid, else URL, else title and date', () => {
    assert.equal(itemKey({ guid: 'g', url: 'u', title: 't', published: null, summary: null }), 'g');
    assert.equal(itemKey({ guid: null, url: 'u', title: 't', published: null, summary: null }), 'u');
    assert.equal(
      itemKey({ guid: null, url: null, title: 't', published: '2024-01-02', summary: null }),
      't|2024-01-02',
    );
  });
});

describe(`${here}parseOpml`, () => {
  test('feed URLs from nested outlines, folders and duplicates dropped', () => {
    assert.deepEqual(parseOpml(text('feeds.opml')), [
      'https://www.harborledger.example/business/rss',
      'https://nordicwire.example/atom.xml',
    ]);
  });

  test('not OPML → SourceError feed or an empty list, never another exception', () => {
    for (const bad of ['', '<opml><body>', 'nonsense']) {
      try {
        assert.deepEqual(parseOpml(bad), []);
      } catch (e) {
        assert.ok(e instanceof SourceError && e.code === 'feed', String(e));
      }
    }
  });
});
