import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../../src/extract/extractor.ts';
import { canonicalName, isBylineOrPerson } from '../../../src/extract/parsers/company.parser.ts';

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

/**
 * Cases for the fast paths of the company parser: each rule below is now tested at the name's
 * position or behind a cheap character check, so these pin what the rules decide.
 */
const POSITIONAL_CASES: readonly [string, string][] = [
  // A ticker in parentheses is no second company.
  ['Shares of Pellam (PELM) fell after Pellam said it would cut 40 staff.', 'Pellam'],
  // A title before a name, even across a comma, makes the name a person.
  ['Chief executive, Dana Whitfield said Pellam will cut 120 jobs.', 'Pellam'],
  ['Boss  Niraj Shah said Tavory would lay off 75 people.', 'Tavory'],
  // "according to the" before a name makes it a source.
  ['According to the Reuters report, Veltrix will cut 400 jobs.', 'Veltrix'],
  // Both legal forms come off, the second one only after the first.
  ['Acme Holdings Ltd. will cut 90 jobs.', 'Acme'],
  // A clause start needs a subject cue; "Close" is an imperative, "Vantor will" is a subject.
  ['Layoffs at Vantor: Close the plant; Vantor will cut 80 jobs.', 'Vantor'],
  // A credit line names a person; the next line still names the employer.
  ['Photo: Jane Roe/Agency\nOrvia will cut 50 roles.', 'Orvia'],
  // "Berlin-based" describes the name that follows.
  ['Berlin-based Halcyon Media will cut 60 jobs.', 'Halcyon Media'],
];

describe('[extract/company] rules at the name position', () => {
  for (const [text, company] of POSITIONAL_CASES) {
    test(text, () => {
      assert.equal(extractArticle({ text }).mentions[0]?.company, company);
    });
  }
});

describe('[extract/company] canonical names', () => {
  const NAMES: readonly [string, string][] = [
    ['Byju’s', 'Byju'],
    ["Workers'", 'Workers'],
    ['Acme Holdings Ltd.', 'Acme'],
    ['Orbis, Inc.', 'Orbis'],
    ['Tesco PLC', 'Tesco'],
    ['Banco S.A.', 'Banco'],
    ['The Walt Disney Co.', 'Walt Disney'],
    ['Amazon.com', 'Amazon'],
    ['Amazon.COM', 'Amazon'],
    ['Pellam.,', 'Pellam'],
    ['Costco', 'Costco'],
  ];
  for (const [raw, name] of NAMES) {
    test(`${raw} → ${name}`, () => assert.equal(canonicalName(raw), name));
  }
});

describe('[extract/company] bylines and people are no company headings', () => {
  const LINES: readonly [string, boolean][] = [
    ['By Petra Lindqvist', true],
    ['By Tomasz Wierzbicki and Ada Obi', true],
    ['Megan Halvorsen', true],
    ['Quorvis', false],
    ['Halden Games', false],
    ['Bywater Partners', false],
  ];
  for (const [line, expected] of LINES) {
    test(`${line} → ${expected}`, () => assert.equal(isBylineOrPerson(line), expected));
  }
});
