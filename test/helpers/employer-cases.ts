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
  /** Company → the first day of the date its event must carry. */
  readonly dates?: Readonly<Record<string, string>>;
  /** Company → a first day its event's date must not carry. */
  readonly notDates?: Readonly<Record<string, string>>;
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
        for (const [name, start] of Object.entries(c.dates ?? {})) {
          const m = mentions.find((x) => x.company === name);
          assert.ok(m, `an event for ${name}; got ${mentions.map((x) => x.company).join(', ')}`);
          assert.equal(m.date?.start ?? '', start, `the date of ${name}'s cut`);
        }
        for (const [name, start] of Object.entries(c.notDates ?? {})) {
          const m = mentions.find((x) => x.company === name);
          assert.ok(m, `an event for ${name}`);
          assert.notEqual(m.date?.start ?? '', start, `${start} dates the headcount, not ${name}'s cut`);
        }
      });
    }
  });
}
