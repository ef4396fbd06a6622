import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentionsOf } from '../helpers/counts.ts';

/**
 * Counts found by probe corpus 10, each rule with sentences in our own words (invented
 * companies): a share of a newsroom derived from the trade it was counted in.
 */

describe('[extract/count-probe-5] a staff counted by its trade is the workforce a share is of', () => {
  const CASES: readonly { text: string; min: number }[] = [
    {
      text: 'Ashby Ledger loses a quarter of its reporters in Kelso cuts\n\nThe Ashby Ledger will lose a quarter of its newsroom as owner Kelso Media makes another round of cuts, editors told staff on Wednesday.\n\nThe newsroom had 48 journalists before the cuts, according to the guild.',
      min: 12,
    },
    {
      text: 'Tolland Gazette sheds half of its newsroom\n\nThe Tolland Gazette will lose half of its newsroom as owner Brisco Press trims costs, staff were told on Monday.\n\nThe newsroom had 30 reporters before the cuts, the union said.',
      min: 15,
    },
  ];
  for (const c of CASES)
    test(c.text.split('\n')[0] ?? c.text, () => {
      const got = mentionsOf(c.text).map((m) => m.count?.min);
      assert.ok(got.includes(c.min), JSON.stringify(got));
    });
});
