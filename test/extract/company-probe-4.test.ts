import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Who the employer is, part 4: a public body that reports a described company's cut, a page's
 * section label, titles of office and headline verbs, a school district, a town inside a count,
 * and a company that reports its results. Short articles in our own words with invented
 * companies and towns; cases marked "guard" keep a rule from reaching too far, the others fail
 * without their rule.
 */
interface Case {
  readonly rule: string;
  readonly text: string;
  readonly published?: string;
  /** Companies that must carry an event. */
  readonly events?: readonly string[];
  /** Names no event may carry as its company. */
  readonly never?: readonly string[];
}

const CASES: readonly Case[] = [
  // 1. A public body that says so, of a subject the sentence only describes, is the source.
  {
    rule: '"A <Town>-based parts maker will retrench 120 ..., the Department of <Area> said": the body reports',
    text: 'Parts maker to retrench 120\n\nA Tarlac-based parts maker will retrench 120 of its workers after losing a contract, the Department of Labour and Employment said.\n\nNorvale Components filed the notice on Monday.',
    never: ['Department of Labour and Employment'],
  },
  {
    rule: '"The company will cut 60 jobs, the Trade Ministry said": the ministry reports the company\'s cut',
    text: 'Saltmere Glassworks is closing its kiln line. The company will cut 60 jobs, the Ministry of Trade (MoT) said on Friday.',
    events: ['Saltmere Glassworks'],
    never: ['Ministry of Trade'],
  },
  {
    rule: 'guard: "The agency will cut 300 jobs, the Office of <Area> said": a body\'s noun is the body\'s own cut',
    text: 'The agency will cut 300 jobs, the Office of Coastal Surveys said.',
    events: ['Office of Coastal Surveys'],
  },
];

describe('[extract/company] probe rules for the employer, part 4', () => {
  for (const c of CASES) {
    test(c.rule, () => {
      const mentions = extractArticle({ text: c.text, published: c.published ?? '2025-03-04' }).mentions;
      for (const name of c.events ?? [])
        assert.ok(
          mentions.some((m) => m.company === name),
          `an event for ${name}; got ${mentions.map((m) => m.company).join(', ')}`,
        );
      for (const name of c.never ?? [])
        assert.ok(!mentions.some((m) => m.company === name), `${name} is no employer`);
    });
  }
});
