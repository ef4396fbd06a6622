import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, SHARED, skipWithoutShared } from '../helpers/shared.ts';

const BIN = join(ROOT, 'bin', 'layoffs.js');

function layoffs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LAYOFFS_DB: '', ...env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const COMMANDS = [
  'ingest',
  'extract',
  'eval',
  'serve',
  'start',
  'export',
  'stats',
  'resolve',
  'correct',
  'watch',
];

describe('layoffs CLI', () => {
  test('every command has --help', () => {
    const top = layoffs(['--help']);
    assert.equal(top.code, 0);
    for (const c of COMMANDS) {
      assert.match(top.stdout, new RegExp(`\\b${c}\\b`), `top-level help lists ${c}`);
      const r = layoffs([c, '--help']);
      assert.equal(r.code, 0, `${c} --help exits 0`);
      assert.match(r.stdout, new RegExp(`Usage: layoffs ${c}`));
    }
  });

  test('errors are one line on stderr with a non-zero exit', () => {
    const missing = layoffs(['extract', join(tmpdir(), 'no-such-article.txt')]);
    assert.notEqual(missing.code, 0);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    assert.match(missing.stderr, /no such file/);

    const badExport = layoffs([
      'export',
      '--format',
      'xml',
      '--db',
      join(mkdtempSync(join(tmpdir(), 'lt-')), 'x.db'),
    ]);
    assert.notEqual(badExport.code, 0);
    assert.doesNotMatch(badExport.stderr, /\n\s+at /, 'no stack trace');

    const badCorpus = layoffs(['eval', '--corpus', tmpdir()]);
    assert.notEqual(badCorpus.code, 0);
    assert.match(badCorpus.stderr, /^layoffs: .*not a corpus folder/);
  });

  test('ingest reports per-file failures and goes on; re-ingesting changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lt-cli-'));
    const db = join(dir, 'layoffs.db');
    writeFileSync(
      join(dir, 'a.txt'),
      'Harborline Freight cuts 240 jobs\n\nHarborline Freight said on Tuesday it would lay off 240 warehouse workers in Ohio as parcel volumes fall.\n',
    );
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const first = layoffs(['ingest', '--db', db, join(dir, 'a.txt'), join(dir, 'b.txt')]);
    assert.equal(first.code, 1, 'a failed input makes the exit code 1');
    assert.match(first.stdout, /articles: 1 new, 0 duplicate, 0 copies of stored articles, 1 failed/);
    assert.match(first.stdout, /failed: .*b\.txt: binary/);
    const again = layoffs(['ingest', '--db', db, join(dir, 'a.txt')]);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /articles: 0 new, 1 duplicate/);
    assert.match(again.stdout, /events: 0 new, 0 updated/);
  });

  test('extract prints valid prediction lines for the seeds', { skip: skipWithoutShared }, () => {
    const dir = join(SHARED, 'seeds', 'articles');
    const files = readdirSync(dir).map((f) => join(dir, f));
    const r = layoffs(['extract', ...files]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(lines.some((l) => l.kind === 'event') && lines.some((l) => l.kind === 'aggregate'));
    for (const l of lines) {
      assert.ok(readdirSync(dir).includes(String(l.file)), 'file is the file name');
      const ev = l.evidence as { text: string; start: number; end: number };
      assert.equal(typeof ev.start, 'number');
      assert.equal(ev.text.length, ev.end - ev.start);
    }
  });

  test('ingesting the seeds stores one AWS event with three sources', { skip: skipWithoutShared }, () => {
    const db = join(mkdtempSync(join(tmpdir(), 'lt-seeds-')), 'layoffs.db');
    const ingest = layoffs(['ingest', '--db', db, join(SHARED, 'seeds', 'articles')]);
    assert.equal(ingest.code, 0, ingest.stdout + ingest.stderr);
    assert.match(ingest.stdout, /articles: 3 new/);
    const exported = layoffs(['export', '--format', 'json', '--db', db]);
    assert.equal(exported.code, 0, exported.stderr);
    const rows = JSON.parse(exported.stdout) as {
      company: string;
      count_min: number | null;
      count_max: number | null;
      sources: number;
      date: string | null;
    }[];
    const aws = rows.filter((r) => /aws|amazon web services/i.test(r.company));
    assert.equal(aws.length, 1, `one AWS event, got ${JSON.stringify(aws)}`);
    assert.equal(aws[0]?.sources, 3);
    assert.equal(aws[0]?.count_min, 200);
    assert.equal(aws[0]?.count_max, 999);
    assert.equal(aws[0]?.date, '2024-04-03');
    const stats = layoffs(['stats', '--db', db]);
    assert.equal(stats.code, 0);
    assert.match(stats.stdout, /Layoffs\.fyi/, 'tracker claims are shown beside our totals');
  });
});
