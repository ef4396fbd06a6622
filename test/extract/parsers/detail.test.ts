import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Candidate, ExtractionContext, Parser } from '../../../src/extract/context.ts';
import { UNITS } from '../../../src/extract/lexicon/units.ts';
import {
  departmentParser,
  describedTeamParser,
  locationParser,
} from '../../../src/extract/parsers/detail.parser.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';

/** Sentences written for these tests: teams, places and sentences that name neither. */
const SENTENCES = [
  'Pellam will cut 200 jobs in its sales and marketing teams.',
  'The layoffs hit the Physical Stores Technology Team hardest.',
  'Cuts fall on the Sales, Marketing, and Global Services (SMGS) organization.',
  'Kessler AG is closing its advertising unit and its cloud business.',
  'Staff in Germany and Poland were told on Monday.',
  'The team working on payments for the retail stores was let go.',
  'Quorvis laid off 40 people.',
  'Roles across its engineering\tdepartment are affected.',
  'Employees of its TEAMS division were not affected.',
  'Halden Games cut its recruiting,  content and admin functions in Leeds.',
];

/** Every match of the parser's pattern over one sentence, whether or not its cue passes. */
function matches(parser: Parser, text: string): string[] {
  const ctx = { text, sentences: [], reference: null, units: UNITS, debug: () => {} };
  const re = parser.pattern(ctx as ExtractionContext);
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[0]);
  re.lastIndex = 0;
  return out;
}

/** True when every `requires` cue of the parser matches the text. */
function cuesPass(parser: Parser, text: string): boolean {
  const required = parser.requires;
  if (!required) return true;
  const cues: readonly RegExp[] = Array.isArray(required) ? required : [required as RegExp];
  return cues.every((cue) => cue.test(text));
}

/** The candidates the parser finds in a one-sentence text, as the extractor runs it. */
function candidates(parser: Parser, text: string): Candidate[] {
  const sentences = splitSentences(text);
  const ctx: ExtractionContext = { text, sentences, reference: null, units: UNITS, debug: () => {} };
  const s = sentences[0];
  assert.ok(s, 'a sentence');
  const out: Candidate[] = [];
  if (!cuesPass(parser, s.text)) return out;
  const re = parser.pattern(ctx);
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
    const found = parser.extract(ctx, s, m);
    if (Array.isArray(found)) out.push(...(found as Candidate[]));
    else if (found) out.push(found as Candidate);
  }
  re.lastIndex = 0;
  return out;
}

describe('detail parsers: cues', () => {
  it('never skip a sentence their pattern matches', () => {
    for (const parser of [departmentParser, describedTeamParser, locationParser]) {
      for (const text of SENTENCES) {
        if (matches(parser, text).length > 0) assert.ok(cuesPass(parser, text), `${parser.name}: ${text}`);
      }
    }
  });

  it('let a sentence without a team noun skip the team scan', () => {
    assert.equal(cuesPass(departmentParser, 'Quorvis laid off 40 people.'), false);
    assert.equal(cuesPass(departmentParser, 'Pellam will cut 200 jobs in its sales teams.'), true);
  });

  it('find the teams named after a tab or a double space', () => {
    const names = (text: string) =>
      candidates(departmentParser, text).flatMap((c) => (c.kind === 'department' ? [c.value.name] : []));
    assert.deepEqual(names('Roles across its engineering\tdepartment are affected.'), ['engineering']);
    assert.deepEqual(names('Pellam will cut 200 jobs in its sales and marketing teams.'), [
      'sales and marketing',
    ]);
  });

  it('read places without match indices', () => {
    const places = candidates(locationParser, 'Staff in Germany and Poland were told on Monday.').flatMap(
      (c) => (c.kind === 'location' ? [c.value.name] : []),
    );
    assert.deepEqual(places, ['Germany', 'Poland']);
  });
});

describe('splitSentences: abbreviations', () => {
  const texts = (text: string) => splitSentences(text).map((s) => s.text);

  it('keeps "Inc.", "U.S." and an initial inside the sentence', () => {
    assert.deepEqual(texts('Pellam Inc. cut 40 jobs. Staff at the U.S. office were told by J. Smith.'), [
      'Pellam Inc. cut 40 jobs.',
      'Staff at the U.S. office were told by J. Smith.',
    ]);
  });

  it('ends the sentence after a long word or a lone period', () => {
    assert.deepEqual(texts('The cuts were approved. Another round follows.'), [
      'The cuts were approved.',
      'Another round follows.',
    ]);
    assert.deepEqual(texts('It cut approx. 40 roles. Approximately. Then more.'), [
      'It cut approx. 40 roles.',
      'Approximately.',
      'Then more.',
    ]);
  });
});
