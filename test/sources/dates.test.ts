import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateFromUrl, normalizeDate } from '../../src/sources/dates.ts';

const here = '[sources/dates] ';

describe(`${here}normalizeDate`, () => {
  const table: Array<[string, string | null]> = [
    ['2024-04-03', '2024-04-03'],
    ['2024-04-03T21:15:00-04:00', '2024-04-03'],
    ['2024-04-03 08:15:00', '2024-04-03'],
    ['2024/4/3', '2024-04-03'],
    ['20240403', '2024-04-03'],
    ['20240403T081500Z', '2024-04-03'],
    ['Wed, 03 Apr 2024 10:00:00 GMT', '2024-04-03'],
    ['3 April 2024', '2024-04-03'],
    ['3rd Apr. 2024', '2024-04-03'],
    ['April 3, 2024', '2024-04-03'],
    ['Wednesday, April 3, 2024', '2024-04-03'],
    ['Sept 9 2023', '2023-09-09'],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['0001-01-01', null],
    ['Wed 3 2024', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [raw, expected] of table) {
    test(`${JSON.stringify(raw)} → ${expected}`, () => assert.equal(normalizeDate(raw), expected));
  }
});

describe(`${here}dateFromUrl`, () => {
  const table: Array<[string, string | null]> = [
    ['https://x.example/2024/04/03/acme-cuts/', '2024-04-03'],
    ['https://x.example/news/2024/4/3/acme', '2024-04-03'],
    ['https://x.example/business/acme-cuts-2024-04-03.html', '2024-04-03'],
    ['https://x.example/20240403/acme-cuts', '2024-04-03'],
    ['https://x.example/story/acme_20240403.html', '2024-04-03'],
    // An article id that happens to contain digits is not a date.
    ['https://x.example/story/1202404031234', null],
    ['https://x.example/2024/04/acme', null],
    ['https://x.example/a?date=2024-04-03', null],
    ['https://2024-04-03.example/acme', null],
    ['not a url', null],
  ];
  for (const [url, expected] of table) {
    test(`${url} → ${expected}`, () => assert.equal(dateFromUrl(url), expected));
  }
});
