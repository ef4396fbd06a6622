import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

/** Sentences with layoff words that report no layoff event (TRAPS, in our own words). */
const NO_EVENT: readonly string[] = [
  'The Falcons go into the playoffs after a long layoff for their quarterback.',
  'The boxer returns to the ring after an 18-month layoff.',
  'Corvid plans to hire 3,000 workers this year.',
  'Pellucid denied reports that it would cut 10,000 jobs.',
  'Unlike its rivals, Stellan has ruled out layoffs.',
  'Furloughed workers at Dunmore Mills will return in May.',
  'Dear [Employee Name], we regret to inform you that your position has been eliminated.',
  'An employer must give 60 days of notice before a mass layoff under the WARN Act.',
  'Ferro Bank typically cuts between 1% and 5% of its workforce each year.',
  'The 2024 jobs report showed hiring picked up.',
  'Harlan Motors pledged no layoffs during the pandemic.',
  // Membership, buyouts and attrition, forecasts: no layoff event.
  'The Unison branch, which represents about 2,500 Colbert Health workers, criticised the job cuts.',
  'Over the decade, thousands of Denholm Rail staff accepted buyouts rather than face layoffs.',
  'Aulden Retail shrank its staff by not replacing people who left, rather than through layoffs.',
  'About 900 roles at Petrel Insurance might eventually be replaced by automation.',
];

describe('[extract/negative] no events', () => {
  for (const text of NO_EVENT) {
    test(text, () => {
      assert.deepEqual(extractArticle({ text, published: '2024-04-03' }).mentions, []);
    });
  }

  test('a tracker statistic is an aggregate, never an event', () => {
    const text =
      'According to Layoffs.fyi, 70 tech firms have let go of almost 32,000 people so far this year.';
    const r = extractArticle({ text, published: '2024-04-03' });
    assert.deepEqual(r.mentions, []);
    assert.equal(r.aggregates.length, 1);
    assert.equal(r.aggregates[0]?.source, 'Layoffs.fyi');
    assert.equal(r.aggregates[0]?.companies, 70);
    assert.deepEqual(r.aggregates[0]?.employees, { min: null, max: 31999 });
  });

  test('a bare list of companies in a trend sentence gives no per-company events', () => {
    const text = 'Tech companies have cut more than 50,000 jobs this year, including Axon, Birch and Cobalt.';
    const r = extractArticle({ text, published: '2024-04-03' });
    assert.deepEqual(r.mentions, []);
  });
});
