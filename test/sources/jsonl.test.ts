import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type JsonlRecord, readJsonlArticles } from '../../src/sources/jsonl.ts';
import { FIXTURES } from './fixture-server.ts';

const here = '[sources/jsonl] ';

async function collect(path: string): Promise<JsonlRecord[]> {
  const out: JsonlRecord[] = [];
  for await (const r of readJsonlArticles(path)) out.push(r);
  return out;
}

describe(`${here}readJsonlArticles`, () => {
  test('good lines become articles; bad lines are per-line errors and reading goes on', async () => {
    const records = await collect(join(FIXTURES, 'jsonl', 'articles.jsonl'));
    assert.deepEqual(
      records.map((r) => [r.line, r.ok ? 'ok' : r.error.code]),
      [
        [1, 'ok'],
        [2, 'jsonl'],
        [3, 'jsonl'],
        // line 4 is blank
        [5, 'ok'],
        [6, 'not-article'],
        [7, 'ok'],
      ],
    );
    const [first, notJson, noText, html, paywall, dateless] = records;
    assert.ok(first?.ok);
    assert.equal(first.input.title, 'Kessler AG to cut 900 roles');
    assert.equal(first.input.published, '2024-03-05');
    assert.equal(first.input.outlet, 'Harbor Ledger');
    assert.match(first.input.text, /^Kessler AG to cut 900 roles\n\nKessler AG said/);

    assert.ok(notJson && !notJson.ok);
    assert.match(notJson.error.message, /not JSON/);
    assert.equal(notJson.excerpt, 'this line is not json {');
    assert.ok(noText && !noText.ok);
    assert.match(noText.error.message, /no "text" or "html"/);

    // html goes through the HTML reader; the URL gives the date and the outlet.
    assert.ok(html?.ok);
    assert.equal(html.input.published, '2024-03-18');
    assert.equal(html.input.outlet, 'orchard-news.example');
    assert.match(html.input.text, /210 jobs at risk/);

    assert.ok(paywall && !paywall.ok);
    assert.match(paywall.error.message, /paywall/);

    assert.ok(dateless?.ok);
    assert.equal(dateless.input.published, null);
    assert.match(dateless.warnings.join(), /not a date/);
  });

  test('a large file is streamed: the first records arrive and the reader can stop early', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layoffs-jsonl-'));
    try {
      const path = join(dir, 'big.jsonl');
      const out = createWriteStream(path);
      const line = `${JSON.stringify({ url: 'https://x.example/a', text: 'Acme cut 40 jobs. '.repeat(20) })}\n`;
      for (let i = 0; i < 20_000; i++) out.write(line);
      await new Promise<void>((resolve, reject) =>
        out.end((err?: Error | null) => (err ? reject(err) : resolve())),
      );
      let n = 0;
      for await (const r of readJsonlArticles(path)) {
        assert.ok(r.ok);
        if (++n === 3) break;
      }
      assert.equal(n, 3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a missing file throws SourceError io', async () => {
    await assert.rejects(
      collect('/nonexistent/file.jsonl'),
      (e: unknown) => (e as { code?: string }).code === 'io',
    );
  });
});
