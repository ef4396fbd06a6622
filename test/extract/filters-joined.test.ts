// The sentence filters are tested as one joined alternation before the one that matched is looked
// for (extractor.ts joinFilters): the joined regex must agree with the filters one by one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinFilters } from '../../src/extract/extractor.ts';
import { SENTENCE_FILTERS } from '../../src/extract/filters.ts';

const SENTENCES = [
  'Marrowby Foods denied reports that it would cut 400 jobs at its Leeds bakery.',
  'Dear [Employee Name], we regret to inform you that your role has been eliminated.',
  'The winger returns after a three-month layoff with a knee injury.',
  'Related: Quillon to shed 120 roles in Dublin',
  'Furloughed staff at the Tessaly resort will return in May.',
  'Employers must give 60 days of notice before a mass layoff.',
  'Orbiston said it would cut 250 jobs at its Ohio plant by June.',
  'Velantis, the payments start-up, laid off about 90 employees on Tuesday.',
  'About 3,000 roles could eventually be replaced by automation, the report said.',
  'Goldman-style banks typically cut between 1% and 5% of staff each year.',
  'The three carriers have collectively cut 9,000 jobs since 2022.',
  '',
];

describe('joined sentence filters', () => {
  const joined = joinFilters(SENTENCE_FILTERS);

  it('are joined (every filter has the same flags and no backreference)', () => {
    assert.ok(joined);
  });

  for (const text of SENTENCES) {
    it(`agree with the filters one by one: ${JSON.stringify(text.slice(0, 50))}`, () => {
      const one = SENTENCE_FILTERS.some((f) => f.re.test(text));
      assert.equal(joined?.test(text), one);
    });
  }

  it('keep at least one sentence passing and one filtered (the table tests both ways)', () => {
    const results = SENTENCES.map((t) => SENTENCE_FILTERS.some((f) => f.re.test(t)));
    assert.ok(results.includes(true) && results.includes(false));
  });

  it('are not joined when flags differ or a member has a backreference or a named group', () => {
    assert.equal(joinFilters([{ re: /a/i }, { re: /b/ }]), null);
    assert.equal(joinFilters([{ re: /(a)\1/i }, { re: /b/i }]), null);
    assert.equal(joinFilters([{ re: /(?<x>a)/i }, { re: /b/i }]), null);
    assert.equal(joinFilters([{ re: /a/gi }]), null);
    assert.equal(joinFilters([]), null);
    assert.ok(joinFilters([{ re: /(?<=a)b/i }, { re: /(?<!c)d/i }]));
  });
});
