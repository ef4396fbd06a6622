import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startProgress } from '../../src/cli/progress.ts';

test('without a terminal, progress is plain lines every 100 items, not a redrawn bar', () => {
  const lines: string[] = [];
  const p = startProgress('ingest', 250, (l) => lines.push(l));
  for (let i = 0; i < 250; i++) p.tick(`file-${i}.txt`);
  p.stop();
  // node's test runner gives the child a pipe, not a TTY
  assert.equal(process.stderr.isTTY, undefined);
  assert.deepEqual(lines, ['ingest: 100 done', 'ingest: 200 done']);
});
