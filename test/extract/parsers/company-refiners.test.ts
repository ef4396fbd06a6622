import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Candidate, ExtractionContext } from '../../../src/extract/context.ts';
import { UNITS } from '../../../src/extract/lexicon/units.ts';
import { capitalisedNameParser, unitLexiconParser } from '../../../src/extract/parsers/company.parser.ts';
import {
  listedCompaniesRefiner,
  removeOverlapsRefiner,
  resolveAppositionsRefiner,
} from '../../../src/extract/refiners/candidates.refiner.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';

/** The company candidates of a one-sentence text, overlaps removed, as the extractor refines them. */
function companies(text: string): { ctx: ExtractionContext; cs: Candidate[] } {
  const sentences = splitSentences(text);
  const ctx: ExtractionContext = { text, sentences, reference: null, units: UNITS, debug: () => {} };
  const s = sentences[0];
  assert.ok(s, 'a sentence');
  const cs: Candidate[] = [];
  for (const parser of [unitLexiconParser, capitalisedNameParser]) {
    const re = parser.pattern(ctx);
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
      const found = parser.extract(ctx, s, m);
      if (Array.isArray(found)) cs.push(...(found as Candidate[]));
      else if (found) cs.push(found as Candidate);
    }
    re.lastIndex = 0;
  }
  return { ctx, cs: removeOverlapsRefiner.refine(ctx, s, cs) };
}

/** The names the list refiner marks as listed in the text's first sentence. */
function listed(text: string): string[] {
  const { ctx, cs } = companies(text);
  const s = ctx.sentences[0];
  assert.ok(s);
  return listedCompaniesRefiner
    .refine(ctx, s, cs)
    .flatMap((c) => (c.kind === 'company' && c.value.listed ? [c.value.name] : []));
}

describe('[extract/company] list and owner phrases before names', () => {
  test('"such as" opens a list, whatever the spacing', () => {
    assert.deepEqual(listed('Rivals such as Veltrix and Orvia cut 90 jobs.'), ['Veltrix', 'Orvia']);
    assert.deepEqual(listed('Rivals such as\u00a0 Veltrix and Orvia cut 90 jobs.'), ['Veltrix', 'Orvia']);
    assert.deepEqual(listed('Firms, Including Veltrix and Orvia, cut 90 jobs.'), ['Veltrix', 'Orvia']);
  });

  test('"unlike" is no "like": the phrase must start a word', () => {
    assert.deepEqual(listed('Rivals unlike Veltrix and Orvia cut 90 jobs.'), []);
  });

  test('what "the company behind" names is owned, closed by "and"', () => {
    assert.deepEqual(listed('The company behind Skyline, Orvia and Tavory cut 90 jobs.'), [
      'Skyline',
      'Orvia',
      'Tavory',
    ]);
  });

  test('one name after "including" is no list', () => {
    assert.deepEqual(listed('Cuts hit units including Orvia last week.'), []);
  });
});

describe('[extract/company] overlaps and appositions', () => {
  test('a lexicon hit beats the capitalised run over the same text', () => {
    const { cs } = companies('Amazon Web Services (AWS) is set to cut hundreds of jobs.');
    assert.deepEqual(
      cs.map((c) => c.rule),
      ['company:lexicon'],
    );
  });

  test('"X, the streaming unit of Y" makes Y the company and X its unit', () => {
    const { ctx, cs } = companies('Brightwave, the streaming unit of Halcyon Media, let go of 150 people.');
    const s = ctx.sentences[0];
    assert.ok(s);
    const out = resolveAppositionsRefiner.refine(ctx, s, cs);
    assert.deepEqual(
      out.map((c) => (c.kind === 'company' ? [c.value.name, c.value.unit] : null)),
      [['Halcyon Media', 'Brightwave']],
    );
  });

  test('no candidates, no clash: refiners return a new empty list', () => {
    const { ctx } = companies('the layoffs were painful.');
    const s = ctx.sentences[0];
    assert.ok(s);
    const input: Candidate[] = [];
    const out = removeOverlapsRefiner.refine(ctx, s, input);
    assert.deepEqual(out, []);
    assert.notEqual(out, input);
  });
});

describe('[extract/company] names that are no employer', () => {
  /** [text, company names the parsers give, without sources] */
  const NAMES: readonly [string, string[]][] = [
    // A tracker named with a comma is one source: "Gray & Christmas" is no second name, and a name
    // joined to it by "and" is a source too.
    ['Layoffs rose in March, according to Challenger, Gray & Christmas and Ardent Partners.', []],
    // The agency a notice goes to is a source.
    ['Orvale Mills filed a notice with the state Department of Labor on Friday.', ['Orvale Mills']],
    // A town between "its" and a workplace, a name after "in", a street.
    ['Orvale Mills will shut its Tamworth warehouse and a depot in Redditch.', ['Orvale Mills']],
    ['Orvale Mills will close the shop on Fenwick Avenue.', ['Orvale Mills']],
    // A company title, then "of": the company; a title before a name: a person.
    ['A memo came from the CEO of Orvale Mills on Monday.', ['Orvale Mills']],
    ['A memo came from Chairman Tom Hale on Monday.', []],
    // "St." with a name after it opens the name; a section word may close one.
    ['St. Cuthbert Care and Orvale Health were named.', ['St. Cuthbert Care', 'Orvale Health']],
    // An outlet's section is the outlet, a source.
    ['Reuters Health reported that Orvale Mills will cut staff.', ['Orvale Mills']],
  ];
  for (const [text, names] of NAMES) {
    test(text, () => {
      const { cs } = companies(text);
      assert.deepEqual(
        cs.flatMap((c) => (c.kind === 'company' && !c.value.source ? [c.value.name] : [])),
        names,
      );
    });
  }

  test('"Challenger, Gray & Christmas" is one source candidate', () => {
    const { cs } = companies('Job cuts rose to 9,000, according to Challenger, Gray & Christmas.');
    assert.deepEqual(
      cs.flatMap((c) => (c.kind === 'company' ? [[c.value.name, c.value.source]] : [])),
      [['Challenger, Gray & Christmas', true]],
    );
  });
});
