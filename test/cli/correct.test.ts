import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../../src/config.ts';
import { parseCorrection } from '../../src/cli/store.commands.ts';
import type { CorrectionInput } from '../../src/domain/event.ts';

function overrideValue(c: CorrectionInput): unknown {
  assert.equal(c.kind, 'override');
  return c.kind === 'override' ? c.value : undefined;
}

test('layoffs correct: arguments become stored corrections', () => {
  assert.deepEqual(parseCorrection('merge', ['12', '15'], 'same round, two outlets'), {
    kind: 'merge',
    eventIds: [12, 15],
    reason: 'same round, two outlets',
  });
  assert.deepEqual(parseCorrection('split', ['7', '31', '32'], 'two rounds'), {
    kind: 'split',
    eventId: 7,
    mentionIds: [31, 32],
    reason: 'two rounds',
  });
  assert.deepEqual(overrideValue(parseCorrection('override', ['7', 'count', '1,200-1,500'], 'filing')), {
    min: 1200,
    max: 1500,
  });
  assert.deepEqual(overrideValue(parseCorrection('override', ['7', 'count', '350'], 'filing')), {
    min: 350,
    max: 350,
  });
  assert.deepEqual(
    overrideValue(parseCorrection('override', ['7', 'date', '2024-04-01..2024-04-30'], 'memo')),
    {
      start: '2024-04-01',
      end: '2024-04-30',
    },
  );
  assert.equal(overrideValue(parseCorrection('override', ['7', 'status', 'completed'], 'done')), 'completed');
});

test('layoffs correct: every mistake is a usage error naming it', () => {
  const cases: [string, string[], string | undefined, RegExp][] = [
    ['merge', ['12', '15'], undefined, /needs --reason/],
    ['merge', ['12'], 'r', /usage: layoffs correct merge/],
    ['merge', ['12', 'x'], 'r', /not an event id: "x"/],
    ['override', ['7', 'colour', 'red'], 'r', /usage: layoffs correct override/],
    ['override', ['7', 'count', 'many'], 'r', /count must look like/],
    ['override', ['7', 'status', 'maybe'], 'r', /status must be one of/],
    ['undo', ['7'], 'r', /unknown correction "undo"/],
  ];
  for (const [action, args, reason, message] of cases) {
    assert.throws(
      () => parseCorrection(action, args, reason),
      (e: unknown) => e instanceof UsageError && message.test(e.message),
    );
  }
});
