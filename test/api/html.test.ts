import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { atomDate, escapeXml } from '../../src/api/atom.ts';
import { csvCell, csvLine } from '../../src/api/csv.ts';
import { escapeHtml, hrefWithQuery, html, safeHref } from '../../src/api/html.ts';
import { renderExcerpt } from '../../src/api/pages/excerpt.ts';
import { cachedFor } from '../../src/api/routes/pages.ts';
import { addDays, formatCount, formatDate, formatTotal } from '../../src/api/pages/format.ts';
import { makeSpan } from '../../src/domain/span.ts';

describe('html tagged template', () => {
  test('escapes every interpolation, passes nested templates and arrays', () => {
    const evil = `<img src=x onerror="alert('1')">&`;
    assert.equal(
      html`<p>${evil}</p>`.value,
      '<p>&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;</p>',
    );
    assert.equal(html`<a title="${'" onmouseover="x'}">`.value, '<a title="&quot; onmouseover=&quot;x">');
    assert.equal(
      html`<ul>${['<a>', 'b'].map((s) => html`<li>${s}</li>`)}</ul>`.value,
      '<ul><li>&lt;a&gt;</li><li>b</li></ul>',
    );
    assert.equal(html`${null}${undefined}${false}${true}${0}`.value, '0');
    assert.equal(escapeHtml('`x`'), '&#96;x&#96;');
  });

  const hrefs: [string | null, string | null][] = [
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['/relative/path', null],
    ['', null],
    [null, null],
  ];
  for (const [input, expected] of hrefs) {
    test(`safeHref(${JSON.stringify(input)})`, () => assert.equal(safeHref(input), expected));
  }

  test('hrefWithQuery drops empty values', () => {
    assert.equal(
      hrefWithQuery('/events', { company: 'a&b', from: '', to: undefined, min_count: 5 }),
      '/events?company=a%26b&min_count=5',
    );
    assert.equal(hrefWithQuery('/events', {}), '/events');
  });
});

describe('csv', () => {
  const cells: [string | number | null, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    [-2, '-2'],
    [0.05, '0.05'],
    [null, ''],
  ];
  for (const [input, expected] of cells) {
    test(`csvCell(${JSON.stringify(input)})`, () => assert.equal(csvCell(input), expected));
  }
  test('lines end with CRLF', () => assert.equal(csvLine(['a', 1, null]), 'a,1,\r\n'));
});

describe('atom', () => {
  test('escapes markup, quotes and drops characters XML forbids', () => {
    assert.equal(escapeXml(`AT&T <cuts> "x" 'y'\u0001`), 'AT&amp;T &lt;cuts&gt; &quot;x&quot; &apos;y&apos;');
    assert.equal(atomDate('2024-04-03', 'x'), '2024-04-03T00:00:00Z');
    assert.equal(atomDate(null, 'fallback'), 'fallback');
  });
});

describe('excerpt', () => {
  const body = 'Intro sentence here. Acme <b>Corp</b> will cut 300 jobs on Friday. Closing words.';
  const evidence = makeSpan(body, 21, 66);
  test('marks the evidence and its fields, escapes the rest', () => {
    const out = renderExcerpt({
      text: body,
      evidence,
      fieldSpans: { count: makeSpan(body, 47, 55), date: makeSpan(body, 56, 65) },
    }).value;
    assert.equal(evidence.text, 'Acme <b>Corp</b> will cut 300 jobs on Friday.');
    assert.equal(
      out,
      '<blockquote class="excerpt">Intro sentence here. <mark>Acme &lt;b&gt;Corp&lt;/b&gt; will cut <b class="hl" data-field="count">300 jobs</b> <b class="hl" data-field="date">on Friday</b>.</mark> Closing words.</blockquote>',
    );
  });
  test('skips spans that do not match the text, and works without the article', () => {
    const out = renderExcerpt({
      text: null,
      evidence,
      fieldSpans: { count: { start: 47, end: 55, text: 'stale' } },
    }).value;
    assert.equal(
      out,
      '<blockquote class="excerpt"><mark>Acme &lt;b&gt;Corp&lt;/b&gt; will cut 300 jobs on Friday.</mark></blockquote>',
    );
  });
  test('long articles are cut at word boundaries with ellipses', () => {
    const long = `${'word '.repeat(200)}Acme will cut 300 jobs. ${'more '.repeat(200)}`;
    const start = long.indexOf('Acme');
    const out = renderExcerpt({
      text: long,
      evidence: makeSpan(long, start, start + 23),
      fieldSpans: {},
    }).value;
    assert.match(
      out,
      /^<blockquote class="excerpt">… word .*<mark>Acme will cut 300 jobs\.<\/mark> more .* …<\/blockquote>$/,
    );
  });
});

describe('format', () => {
  const counts: [{ min: number | null; max: number | null } | null, string][] = [
    [{ min: 200, max: 999 }, '200–999'],
    [{ min: 160, max: 160 }, '160'],
    [{ min: 4001, max: null }, '4,001+'],
    [{ min: null, max: 499 }, 'up to 499'],
    [{ min: null, max: null }, 'unknown'],
    [null, 'unknown'],
  ];
  for (const [input, expected] of counts)
    test(`formatCount → ${expected}`, () => assert.equal(formatCount(input), expected));

  const dates: [{ start: string | null; end: string | null }, string][] = [
    [{ start: '2024-04-03', end: '2024-04-03' }, '2024-04-03'],
    [{ start: '2024-01-01', end: '2024-01-31' }, 'Jan 2024'],
    [{ start: '2024-02-01', end: '2024-02-29' }, 'Feb 2024'],
    [{ start: '2023-01-01', end: '2023-12-31' }, '2023'],
    [{ start: '2024-03-25', end: '2024-03-31' }, '2024-03-25 – 2024-03-31'],
    [{ start: '2022-11-01', end: null }, 'from 2022-11-01'],
    [{ start: null, end: null }, 'date unknown'],
  ];
  for (const [input, expected] of dates)
    test(`formatDate → ${expected}`, () => assert.equal(formatDate(input), expected));

  test('totals and day arithmetic', () => {
    assert.equal(formatTotal({ low: 1200, high: 1999 }), '1,200–1,999');
    assert.equal(formatTotal({ low: 5, high: 5 }), '5');
    assert.equal(addDays('2024-04-05', -29), '2024-03-07');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  });
});

describe('cachedFor (home page cache)', () => {
  test('concurrent and later callers share one computation; failures are not kept; 0 disables', async () => {
    let calls = 0;
    const load = cachedFor(60_000, async () => ++calls);
    assert.deepEqual(await Promise.all([load(), load()]), [1, 1]);
    assert.equal(await load(), 1);
    let failing = true;
    const flaky = cachedFor(60_000, async () => {
      if (failing) throw new Error('store down');
      return 'ok';
    });
    await assert.rejects(flaky());
    failing = false;
    assert.equal(await flaky(), 'ok');
    let uncached = 0;
    const off = cachedFor(0, async () => ++uncached);
    await off();
    await off();
    assert.equal(uncached, 2);
  });
});
