import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../../src/extract/extractor.ts';

/** [text, company, unit] — who cuts, not who reports or comments. */
const CASES: readonly [string, string, string | null][] = [
  ['Reuters reported that Veltrix will cut 400 jobs.', 'Veltrix', null],
  ['The union Unite said Corbel Steel’s 900 job cuts were a betrayal.', 'Corbel Steel', null],
  ['Jobs will be cut in Germany and Poland, Kessler AG said, affecting 700 roles.', 'Kessler AG', null],
  ['Analysts at Morrow Securities expect Pinecrest Foods to cut 300 jobs.', 'Pinecrest Foods', null],
  ['Brightwave, the streaming unit of Halcyon Media, let go of 150 people.', 'Halcyon Media', 'Brightwave'],
  ['Amazon Web Services (AWS) is set to cut hundreds of jobs.', 'Amazon', 'AWS'],
  ['Orbis Inc. will lay off 250 employees.', 'Orbis', null],
  ['Tavish, the meal-kit company, is laying off 250 employees.', 'Tavish', null],
];

describe('[extract/company] who cut', () => {
  for (const [text, company, unit] of CASES) {
    test(text, () => {
      const m = extractArticle({ text }).mentions[0];
      assert.ok(m, 'a mention');
      assert.equal(m.company, company);
      assert.equal(m.unit, unit);
      assert.ok(m.companySpan && text.slice(m.companySpan.start, m.companySpan.end) === m.companySpan.text);
    });
  }

  test('"the company" resolves to the company in focus', () => {
    const text = 'Pellam shares fell\nCEO Dana Whitfield told staff the company would lay off 120 engineers.';
    const m = extractArticle({ text }).mentions[0];
    assert.equal(m?.company, 'Pellam');
  });
});
