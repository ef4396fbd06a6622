import assert from 'node:assert/strict';
import type { Mention } from '../../src/domain/mention.ts';
import { extractArticle } from '../../src/extract/extractor.ts';

/** The publication day the count tables resolve their dates against. */
export const PUBLISHED = '2025-06-12';

export const mentionsOf = (text: string): readonly Mention[] =>
  extractArticle({ text, published: PUBLISHED }).mentions;

/** One sentence, the one event it must give and that event's count. */
export interface CountCase {
  readonly text: string;
  readonly company: string;
  /** The count as written (its span), or null for no count. */
  readonly span: string | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly percent?: number | null;
}

export function checkCount(c: CountCase): void {
  const ms = mentionsOf(c.text);
  assert.equal(ms.length, 1, JSON.stringify(ms.map((m) => [m.company, m.count?.text])));
  const m = ms[0] as Mention;
  assert.equal(m.company, c.company);
  if (c.span === null) {
    assert.equal(m.count, null);
  } else {
    assert.ok(m.count, 'a count');
    assert.equal(m.count.text, c.span);
    assert.equal(c.text.slice(m.count.span.start, m.count.span.end), c.span);
    assert.equal(m.count.min, c.min);
    assert.equal(m.count.max, c.max);
  }
  if (c.percent !== undefined) assert.equal(m.percent, c.percent);
}
