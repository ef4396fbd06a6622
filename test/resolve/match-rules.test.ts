import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  COUNT_TOLERANCE,
  countsCompatible,
  DATE_WINDOW_DAYS,
  datesCompatible,
  differentArticles,
  isVagueCount,
  matchStrength,
  PERCENT_TOLERANCE,
  percentsCompatible,
  PUBLISHED_LOOKBACK_DAYS,
  sameCompany,
  sameEvent,
  whyNotSameEvent,
} from '../../src/resolve/match-rules.ts';
import { normalizeCompany, slugify } from '../../src/resolve/normalize-company.ts';
import { count, date, rm } from './build.ts';

const here = '[resolve/match-rules] ';

describe('sameCompany', () => {
  const cases: [
    string,
    { company: string; unit: string | null },
    { company: string; unit: string | null },
    boolean,
  ][] = [
    ['identical', { company: 'Amazon', unit: null }, { company: 'Amazon', unit: null }, true],
    ['legal suffix', { company: 'Cisco Systems, Inc.', unit: null }, { company: 'Cisco', unit: null }, true],
    ['alias', { company: 'Google', unit: null }, { company: 'Alphabet', unit: null }, true],
    [
      'unit named alone vs parent with that unit',
      { company: 'AWS', unit: null },
      { company: 'Amazon', unit: 'AWS' },
      true,
    ],
    [
      'unit long name vs short',
      { company: 'Amazon Web Services', unit: null },
      { company: 'Amazon', unit: 'AWS' },
      true,
    ],
    [
      'unit within parent (parent-wide mention)',
      { company: 'Amazon', unit: 'AWS' },
      { company: 'Amazon.com', unit: null },
      true,
    ],
    [
      'two units of one parent',
      { company: 'Amazon', unit: 'AWS' },
      { company: 'Amazon', unit: 'Twitch' },
      false,
    ],
    [
      'unit by name vs other unit',
      { company: 'Twitch', unit: null },
      { company: 'Amazon', unit: 'AWS' },
      false,
    ],
    ['different companies', { company: 'Cisco', unit: null }, { company: 'Instacart', unit: null }, false],
    [
      'possessive read as part of a listed name',
      { company: 'Byju', unit: null },
      { company: "BYJU'S", unit: null },
      true,
    ],
    [
      'listed name written without apostrophe',
      { company: 'Byjus', unit: null },
      { company: "Byju's", unit: null },
      true,
    ],
    [
      'unknown company with and without possessive',
      { company: 'Veltrix’s', unit: null },
      { company: 'Veltrix', unit: null },
      true,
    ],
    [
      'unknown companies, case and suffix',
      { company: 'Veltrix Ltd', unit: null },
      { company: 'veltrix', unit: null },
      true,
    ],
  ];
  for (const [name, a, b, expected] of cases) {
    test(`${here}${name}`, () => {
      assert.equal(sameCompany(a, b), expected);
      assert.equal(sameCompany(b, a), expected, 'symmetric');
    });
  }

  test(`${here}normalizeCompany maps units to their family`, () => {
    assert.deepEqual(
      { ...normalizeCompany('Amazon Web Services', null), metadata: null },
      { company: 'Amazon', key: 'amazon', unit: 'AWS', metadata: null },
    );
    assert.equal(slugify("Byju's"), 'byjus');
    assert.equal(slugify('Goldman Sachs'), 'goldman-sachs');
  });
});

describe('datesCompatible', () => {
  test(`${here}overlapping ranges`, () => {
    assert.ok(datesCompatible(date('2023-01-01', '2023-12-31'), date('2023-01-18')));
  });
  test(`${here}announcement and first day of cuts, one day apart (window ${DATE_WINDOW_DAYS} days)`, () => {
    assert.ok(
      datesCompatible(
        date('2024-02-15', '2024-02-15', 'relative'),
        date('2024-02-16', '2024-02-16', 'relative'),
      ),
    );
  });
  test(`${here}"last week" vs a day three days later`, () => {
    assert.ok(datesCompatible(date('2024-03-25', '2024-03-31', 'relative'), date('2024-04-03')));
  });
  test(`${here}two rounds months apart never match`, () => {
    assert.ok(!datesCompatible(date('2022-11-01', '2023-12-31'), date('2024-04-03')));
    assert.ok(!datesCompatible(date('2024-01-10'), date('2024-03-01')));
  });
  test(`${here}unknown date does not rule a match out`, () => {
    assert.ok(datesCompatible(null, date('2024-04-03')));
    assert.ok(datesCompatible(date(null, null, 'relative', 'on Wednesday'), date('2024-04-03')));
  });
  test(`${here}a publication day reaches back ${PUBLISHED_LOOKBACK_DAYS} days, not forward`, () => {
    assert.ok(datesCompatible(date('2024-04-05', '2024-04-05', 'published'), date('2024-04-03')));
    assert.ok(
      !datesCompatible(date('2024-04-05', '2024-04-05', 'published'), date('2024-01-01', '2024-01-31')),
    );
    assert.ok(!datesCompatible(date('2024-04-05', '2024-04-05', 'published'), date('2024-05-20')));
  });
});

describe('countsCompatible', () => {
  test(`${here}ranges that intersect`, () => {
    assert.ok(countsCompatible(count(4001, null, 'more than 4,000'), count(4250, 4250, 'about 4,250', true)));
    assert.ok(countsCompatible(count(382, 382, '382'), count(null, 399, 'nearly 400')));
  });
  test(`${here}rounded figures within ${COUNT_TOLERANCE * 100}%`, () => {
    assert.ok(countsCompatible(count(15000, 15000, '15,000'), count(17500, 17500, 'some 17,500', true)));
  });
  test(`${here}figures far apart`, () => {
    assert.ok(!countsCompatible(count(1900, 1900, '1,900'), count(250, 250, '250')));
    assert.ok(!countsCompatible(count(12000, 12000, '12,000'), count(6000, 6000, '6,000')));
    assert.ok(!countsCompatible(count(27001, null, 'over 27,000'), count(160, 160, 'around 160', true)));
  });
  test(`${here}a vague or unknown count never blocks`, () => {
    assert.ok(isVagueCount(count(2000, 9999, 'thousands of job cuts')));
    assert.ok(!isVagueCount(count(2000, 2000, '2,000 jobs')));
    assert.ok(
      countsCompatible(count(2000, 9999, 'thousands of job cuts'), count(27000, 27000, '27,000 roles')),
    );
    assert.ok(countsCompatible(null, count(250, 250, '250')));
  });
});

describe('percentsCompatible', () => {
  test(`${here}one share stated alike, or rounded within ${PERCENT_TOLERANCE * 100}%`, () => {
    assert.ok(percentsCompatible(6, 6));
    assert.ok(percentsCompatible(10, 11), '"about a tenth" vs 11%');
    assert.ok(percentsCompatible(null, 6));
  });
  test(`${here}different shares are different rounds`, () => {
    assert.ok(!percentsCompatible(2, 6), 'a small summer trim vs a January cut');
    assert.ok(!percentsCompatible(17, 6));
  });
  test(`${here}percent-only mentions of one company: the share decides`, () => {
    const winterCut = rm({
      articleId: 1,
      company: 'Orlani',
      percent: 6,
      date: date('2023-01-01', '2023-01-31'),
    });
    const recalledWinter = rm({ articleId: 2, company: 'Orlani', primary: false, percent: 6 });
    const recalledSummer = rm({ articleId: 2, company: 'Orlani', primary: false, percent: 2 });
    assert.ok(sameEvent(winterCut, recalledWinter));
    assert.equal(whyNotSameEvent(winterCut, recalledSummer), 'percentsCompatible');
  });
});

describe('matchStrength', () => {
  test(`${here}the same bound agrees more than a figure that fits under it`, () => {
    const lead = rm({
      articleId: 1,
      company: 'Kestrel Post',
      count: count(null, 6000, 'as many as 6,000 posts'),
    });
    const sameBound = rm({
      articleId: 2,
      company: 'Kestrel Post',
      primary: false,
      count: count(null, 6000, 'up to 6,000 jobs'),
    });
    const underIt = rm({
      articleId: 2,
      company: 'Kestrel Post',
      primary: false,
      count: count(5000, 5000, '5,000 roles'),
    });
    assert.ok(sameEvent(lead, sameBound) && sameEvent(lead, underIt));
    assert.ok(matchStrength(lead, sameBound) > matchStrength(lead, underIt));
    assert.equal(matchStrength(lead, sameBound), matchStrength(sameBound, lead), 'symmetric');
  });
  test(`${here}a shared percentage and a shared unit count for more than nothing`, () => {
    const a = rm({ articleId: 1, company: 'Orlani', percent: 6, primary: false });
    const b = rm({ articleId: 2, company: 'Orlani', percent: 6, primary: false });
    const c = rm({ articleId: 3, company: 'Orlani', primary: false });
    assert.ok(matchStrength(a, b) > matchStrength(a, c));
    assert.equal(matchStrength(a, c), 0);
  });
});

describe('differentArticles and sameEvent', () => {
  test(`${here}two mentions of one article are two events`, () => {
    assert.ok(!differentArticles({ articleId: 1 }, { articleId: 1 }));
    assert.ok(differentArticles({ articleId: 1 }, { articleId: 2 }));
  });
  test(`${here}sameEvent needs every rule and says which one failed`, () => {
    const aws = rm({
      articleId: 1,
      company: 'AWS',
      count: count(200, 999, 'several hundred'),
      date: date('2024-04-03'),
    });
    const amazonAws = rm({
      articleId: 2,
      company: 'Amazon',
      unit: 'AWS',
      count: count(200, 999, 'hundreds'),
      date: date('2024-04-03'),
    });
    const wave = rm({
      articleId: 2,
      company: 'Amazon',
      count: count(27001, null, 'over 27,000'),
      date: date('2022-11-01', '2023-12-31'),
    });
    const sameArticle = rm({
      articleId: 1,
      company: 'Amazon',
      unit: 'AWS',
      count: count(200, 999, 'hundreds'),
      date: date('2024-04-03'),
    });
    assert.ok(sameEvent(aws, amazonAws));
    assert.equal(whyNotSameEvent(aws, wave), 'datesCompatible');
    assert.equal(whyNotSameEvent(aws, sameArticle), 'differentArticles');
  });
});
