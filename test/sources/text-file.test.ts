import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { binaryReason, decodeBytes } from '../../src/sources/decode.ts';
import { SourceError, type SourceErrorCode } from '../../src/sources/errors.ts';
import { readSources } from '../../src/sources/index.ts';
import { expandPaths, loadManifest, readArticleFile, titleFromText } from '../../src/sources/text-file.ts';
import { SHARED, skipWithoutShared } from '../helpers/shared.ts';
import { fixture } from './fixture-server.ts';

const here = '[sources/text-file] ';

const ARTICLE =
  'Sorrel Labs to lay off 90\n\nSorrel Labs said on Tuesday it would lay off 90 people, most of them in its ' +
  'diagnostics unit, after a partner cancelled a large order.\n';

async function rejectsWith(p: Promise<unknown>, code: SourceErrorCode, pattern?: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof SourceError, `expected SourceError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (pattern) assert.match(e.message, pattern);
    return true;
  });
}

describe(`${here}files`, () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'layoffs-sources-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a text file is kept exactly as read, first line as title', async () => {
    const path = join(dir, 'sorrel.txt');
    await writeFile(path, ARTICLE);
    const got = await readArticleFile(path);
    assert.equal(got.input.text, ARTICLE);
    assert.equal(got.input.file, 'sorrel.txt');
    assert.equal(got.input.title, 'Sorrel Labs to lay off 90');
    assert.deepEqual(got.warnings, []);
  });

  test('a binary file is refused', async () => {
    const png = join(dir, 'image.txt');
    await writeFile(
      png,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    );
    await rejectsWith(readArticleFile(png), 'binary', /NUL/);
    const controls = join(dir, 'controls.txt');
    await writeFile(
      controls,
      Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
    );
    await rejectsWith(readArticleFile(controls), 'binary', /control characters/);
  });

  test('bad UTF-8 is decoded with replacement and a warning', async () => {
    const path = join(dir, 'latin1.txt');
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from('Soci'),
        Buffer.from([0xe9]),
        Buffer.from('t\xe9 Forgeron cuts 40 jobs.', 'latin1'),
      ]),
    );
    const got = await readArticleFile(path);
    assert.equal(got.input.text, 'Soci\uFFFDt\uFFFD Forgeron cuts 40 jobs.');
    assert.match(got.warnings.join(), /invalid UTF-8: 2 byte sequence/);
  });

  test('an explicit encoding is honoured; an unknown one is bad-encoding', async () => {
    const path = join(dir, 'cp1252.txt');
    await writeFile(path, Buffer.from([0x93, 0x41, 0x94, 0x20, 0x80, 0x35]));
    const got = await readArticleFile(path, { encoding: 'windows-1252' });
    assert.equal(got.input.text, '“A” €5');
    await rejectsWith(readArticleFile(path, { encoding: 'x-martian' }), 'bad-encoding', /x-martian/);
  });

  test('a UTF-8 BOM is dropped; UTF-16 with a BOM is text', async () => {
    const bom = join(dir, 'bom.txt');
    await writeFile(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    assert.equal((await readArticleFile(bom)).input.text, ARTICLE);
    const utf16 = join(dir, 'utf16.txt');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    assert.equal((await readArticleFile(utf16)).input.text, ARTICLE);
  });

  test('over the size cap is too-large; empty is not-article; missing is io', async () => {
    const path = join(dir, 'big.txt');
    await writeFile(path, 'x'.repeat(2048));
    await rejectsWith(readArticleFile(path, { maxBytes: 1024 }), 'too-large', /1024/);
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '\n\n');
    await rejectsWith(readArticleFile(empty), 'not-article', /empty/);
    await rejectsWith(readArticleFile(join(dir, 'nope.txt')), 'io', /ENOENT/);
  });

  test('an .html file goes through the HTML reader', async () => {
    const path = join(dir, 'veltrix.html');
    await writeFile(path, fixture('pages', 'article-jsonld.html'));
    const got = await readArticleFile(path);
    assert.equal(got.input.file, 'veltrix.html');
    assert.equal(got.input.published, '2024-04-03');
    assert.match(got.input.text, /^Veltrix Systems to cut 400 jobs/);
  });

  test('folders expand recursively to article files, sorted, hidden and other files skipped', async () => {
    const root = join(dir, 'tree');
    await mkdir(join(root, 'b', 'deep'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    for (const name of [
      'b/deep/003.md',
      'b/002.htm',
      '010.txt',
      '009.txt',
      'a.html',
      'notes.pdf',
      '.git/x.txt',
      '.hidden.txt',
    ]) {
      await writeFile(join(root, name), ARTICLE);
    }
    const files = await expandPaths([root, join(dir, 'sorrel.txt')]);
    assert.deepEqual(
      files.map((f) => f.slice(dir.length + 1)),
      ['tree/009.txt', 'tree/010.txt', 'tree/a.html', 'tree/b/002.htm', 'tree/b/deep/003.md', 'sorrel.txt'],
    );
  });

  test('a manifest supplies url, outlet and date by file name', async () => {
    const manifest = join(dir, 'articles.jsonl');
    await writeFile(
      manifest,
      [
        '{"file":"sorrel.txt","url":"https://wire.example/sorrel","outlet":"wire.example","published":"2024-04-03","group":"x"}',
        '',
        '{"file":"sub/other.txt","url":null,"outlet":null,"published":null}',
      ].join('\n'),
    );
    const map = await loadManifest(manifest);
    assert.equal(map.size, 2);
    assert.ok(map.has('other.txt'));
    const got = await readArticleFile(join(dir, 'sorrel.txt'), { manifest: map });
    assert.equal(got.input.url, 'https://wire.example/sorrel');
    assert.equal(got.input.outlet, 'wire.example');
    assert.equal(got.input.published, '2024-04-03');
    assert.equal(got.input.publishedBasis, 'metadata');
  });

  test('a broken manifest line is an error naming the line', async () => {
    const manifest = join(dir, 'bad-manifest.jsonl');
    await writeFile(manifest, '{"file":"a.txt"}\n{"file":"b.txt","published":"soon"}\n');
    await rejectsWith(loadManifest(manifest), 'io', /line 2.*not a date/);
    await writeFile(manifest, '{"file":"a.txt"}\n{oops\n');
    await rejectsWith(loadManifest(manifest), 'io', /line 2: not JSON/);
  });

  test('readSources: one outcome per file, failures included, in order', async () => {
    const root = join(dir, 'mixed');
    await mkdir(root);
    await writeFile(join(root, '1.txt'), ARTICLE);
    await writeFile(join(root, '2.txt'), Buffer.from([0, 1, 2, 3]));
    await writeFile(join(root, '3.txt'), ARTICLE);
    const outcomes = [];
    for await (const o of readSources([root, join(dir, 'missing-dir')])) outcomes.push(o);
    assert.deepEqual(
      outcomes.map((o) => (o.ok ? 'ok' : o.error.code)),
      ['ok', 'binary', 'ok', 'io'],
    );
  });

  test('the shared corpus manifest loads and matches its files', { skip: skipWithoutShared }, async () => {
    const map = await loadManifest(join(SHARED, 'corpus', 'articles.jsonl'));
    assert.ok(map.size >= 50);
    const got = await readArticleFile(join(SHARED, 'corpus', 'articles', '001.txt'), { manifest: map });
    assert.equal(got.input.published, map.get('001.txt')?.published);
    assert.equal(got.input.url, map.get('001.txt')?.url);
  });
});

describe(`${here}decode helpers`, () => {
  test('binaryReason accepts text, rejects NULs and control soup', () => {
    assert.equal(binaryReason(Buffer.from('plain text\twith tabs\r\n')), null);
    assert.equal(binaryReason(Buffer.from('\u001b[31mred\u001b[0m log line')), null);
    assert.match(binaryReason(Buffer.from([0x41, 0x00, 0x42])) ?? '', /NUL/);
    assert.equal(binaryReason(new Uint8Array()), null);
  });

  test('an unknown charset in a header is ignored with a warning', () => {
    const got = decodeBytes(Buffer.from('abc'), { contentType: 'text/html; charset=x-nonsense' });
    assert.equal(got.text, 'abc');
    assert.equal(got.encoding, 'utf-8');
    assert.match(got.warnings.join(), /x-nonsense/);
  });

  test('titleFromText: first non-empty line, markdown heading marks dropped, long lines refused', () => {
    assert.equal(titleFromText('\n\n# Acme cuts 40\n\nbody'), 'Acme cuts 40');
    assert.equal(titleFromText('x'.repeat(300)), null);
  });
});
