import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseCsv } from '../../src/sources/csv.ts';
import {
  type CsvRowResult,
  type LayoffsFyiRow,
  parseLayoffsFyiCsv,
  parseWarnCsv,
  readLayoffsFyiCsv,
  readWarnCsv,
  type WarnRow,
} from '../../src/sources/csv-import.ts';
import { SourceError } from '../../src/sources/errors.ts';
import { FIXTURES, fixture } from './fixture-server.ts';

const here = '[sources/csv] ';

async function collect<T>(gen: AsyncGenerator<CsvRowResult<T>>): Promise<CsvRowResult<T>[]> {
  const out: CsvRowResult<T>[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe(`${here}parseCsv (RFC 4180)`, () => {
  const table: Array<[string, string, string[][]]> = [
    [
      'simple',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted comma', 'a,"b, c"\n', [['a', 'b, c']]],
    ['quoted newline (CRLF kept)', '"x\r\ny",z\r\n', [['x\r\ny', 'z']]],
    ['doubled quotes', '"he said ""no""",1', [['he said "no"', '1']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['blank lines skipped', 'a\n\n\nb', [['a'], ['b']]],
    ['lone CR line ends', 'a\rb\r', [['a'], ['b']]],
    ['stray quote kept as text', 'ab"c,d\n', [['ab"c', 'd']]],
    ['no final newline', 'a,b', [['a', 'b']]],
  ];
  for (const [name, input, expected] of table) {
    test(name, () => {
      assert.deepEqual(
        parseCsv(input).map((r) => r.fields),
        expected,
      );
    });
  }

  test('a record spanning lines reports its first line', () => {
    assert.deepEqual(
      parseCsv('h\n"one\ntwo"\nthree\n').map((r) => r.line),
      [1, 2, 4],
    );
  });

  test('an unterminated quote is a csv error', () => {
    assert.throws(
      () => parseCsv('a,"open\n'),
      (e: unknown) => e instanceof SourceError && e.code === 'csv',
    );
  });
});

describe(`${here}Layoffs.fyi`, () => {
  const results = parseLayoffsFyiCsv(fixture('csv', 'layoffs-fyi.csv').toString('utf8'));
  const ok = results
    .filter((r): r is Extract<CsvRowResult<LayoffsFyiRow>, { ok: true }> => r.ok)
    .map((r) => r.row);
  const errors = results.filter((r) => !r.ok);

  test('columns in another order, quoted commas, quotes and newlines', () => {
    assert.deepEqual(ok[0], {
      line: 2,
      company: 'Veltrix Systems',
      location: 'Rotterdam, Non-U.S.',
      industry: 'Software',
      totalLaidOff: 400,
      percentageLaidOff: 0.06,
      date: '2024-04-03',
      stage: 'Post-IPO',
      country: 'Netherlands',
      fundsRaised: 1250,
      source: 'https://www.harborledger.example/news/veltrix-cuts',
    });
    assert.equal(ok[2]?.company, 'Orchard Bank "Retail"');
    assert.equal(ok[2]?.source, 'https://orchard-news.example/a,b');
    assert.equal(ok[3]?.company, 'Pinecrest\nFoods');
  });

  test('US dates, percent signs, "Unknown" and empty cells', () => {
    assert.equal(ok[1]?.date, '2024-02-14');
    assert.equal(ok[1]?.percentageLaidOff, null);
    assert.equal(ok[1]?.source, null);
    assert.equal(ok[2]?.percentageLaidOff, 0.15);
    assert.equal(ok[2]?.fundsRaised, 40);
    assert.equal(ok[2]?.stage, null);
    assert.equal(ok[3]?.totalLaidOff, null);
    assert.equal(ok[3]?.percentageLaidOff, 1);
  });

  test('bad rows are reported with their line; the rest goes on', () => {
    assert.equal(ok.length, 4);
    assert.deepEqual(
      errors.map((e) => e.line),
      [7, 8, 9],
    );
    const messages = errors.map((e) => (e.ok ? '' : e.error.message));
    assert.match(messages[0] ?? '', /line 7: date "2024-02-30" is not a date/);
    assert.match(messages[1] ?? '', /total_laid_off "about forty" is not a number/);
    assert.match(messages[2] ?? '', /no date/);
  });

  test('missing required columns are named', () => {
    assert.throws(
      () => parseLayoffsFyiCsv(fixture('csv', 'layoffs-fyi-missing-columns.csv').toString('utf8')),
      (e: unknown) =>
        e instanceof SourceError &&
        e.code === 'csv' &&
        /missing column\(s\) date, total_laid_off/.test(e.message),
    );
  });

  test('an empty file is a csv error', () => {
    assert.throws(
      () => parseLayoffsFyiCsv(''),
      (e: unknown) => e instanceof SourceError && e.code === 'csv',
    );
  });

  test('the streamed reader gives the same rows', async () => {
    const streamed = await collect(readLayoffsFyiCsv(join(FIXTURES, 'csv', 'layoffs-fyi.csv')));
    assert.deepEqual(streamed, results);
  });

  test('the streamed reader throws on missing columns', async () => {
    await assert.rejects(
      collect(readLayoffsFyiCsv(join(FIXTURES, 'csv', 'layoffs-fyi-missing-columns.csv'))),
      (e: unknown) => e instanceof SourceError && e.code === 'csv',
    );
  });
});

describe(`${here}WARN (warn-transformer consolidated)`, () => {
  test('rows typed; booleans from Python; bad code and flag rejected per row', async () => {
    const results = await collect(readWarnCsv(join(FIXTURES, 'csv', 'warn.csv')));
    const ok = results
      .filter((r): r is Extract<CsvRowResult<WarnRow>, { ok: true }> => r.ok)
      .map((r) => r.row);
    assert.deepEqual(ok[0], {
      line: 2,
      hashId: 'a1b2',
      postalCode: 'CA',
      company: 'Harlow Mutual, Inc.',
      location: 'San Jose, CA',
      noticeDate: '2024-03-01',
      effectiveDate: '2024-05-01',
      jobs: 120,
      isTemporary: false,
      isClosure: true,
      isAmendment: false,
    });
    assert.equal(ok[1]?.postalCode, 'NY');
    assert.equal(ok[1]?.effectiveDate, null);
    assert.equal(ok[1]?.isTemporary, null);
    assert.equal(ok[2]?.noticeDate, '2024-03-20');
    assert.equal(ok[2]?.jobs, 1050);
    assert.equal(ok[2]?.isAmendment, true);
    const errors = results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.message));
    assert.equal(errors.length, 2);
    assert.match(errors[0] ?? '', /postal_code "Texas"/);
    assert.match(errors[1] ?? '', /is_temporary "maybe"/);
  });

  test('missing required columns are named', () => {
    assert.throws(
      () => parseWarnCsv('company,location,jobs\nAcme,Austin,10\n'),
      (e: unknown) =>
        e instanceof SourceError && /missing column\(s\) postal_code, notice_date/.test(e.message),
    );
  });
});
