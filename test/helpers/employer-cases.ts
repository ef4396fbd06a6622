import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/extractor.ts';

/**
 * Table-driven cases for who the employer is: a short article in our own words (invented
 * companies and towns), the companies that must carry an event and the names no event may carry.
 * Shared by the company probe test files so that each holds only its cases.
 */
export interface EmployerCase {
  readonly rule: string;
  readonly text: string;
  readonly published?: string;
  /** Companies that must carry an event. */
  readonly events?: readonly string[];
  /** Names no event may carry as its company. */
  readonly never?: readonly string[];
}

/** One `describe` block with a test per case; `published` is the date a case gives none. */
export function describeEmployerCases(
  title: string,
  cases: readonly EmployerCase[],
  published: string,
): void {
  describe(title, () => {
    for (const c of cases) {
      test(c.rule, () => {
        const mentions = extractArticle({ text: c.text, published: c.published ?? published }).mentions;
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
}
