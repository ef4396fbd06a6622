import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidSpan, makeSpan } from '../src/domain/span.ts';

test('makeSpan keeps the slice invariant', () => {
  const body = 'Acme cut 40 jobs.';
  const s = makeSpan(body, 9, 11);
  assert.equal(s.text, '40');
  assert.ok(isValidSpan(body, s));
  assert.ok(!isValidSpan(body, { start: 9, end: 11, text: '41' }));
});
