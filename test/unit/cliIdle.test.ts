// The CLI's judgement of idle cores (server/src/cli/idle.ts): what the cores did not idle and the
// CLI did not use, other programs used; a worker thread is started only for a core left idle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idleCoresBetween, type CpuSample } from '../../server/src/cli/idle';

/** Two samples 100 ms apart on `cores` cores, with the cores' idle time and the CLI's CPU time in between. */
function judge(cores: number, idleMs: number, ownMs: number): number {
  const since: CpuSample = { at: 1_000, cores, idleMs: 50_000, ownMs: 300 };
  return idleCoresBetween(since, { at: 1_100, cores, idleMs: 50_000 + idleMs, ownMs: 300 + ownMs });
}

test('a core is idle when other programs used less than half of it', () => {
  // Two cores: the CLI busy on one (and its compiler threads on a tenth of the other), nothing else.
  assert.equal(judge(2, 90, 110), 1);
  // Another program keeps the second core busy.
  assert.equal(judge(2, 0, 100), 0);
  // It keeps it busy 40% of the time, or 60%.
  assert.equal(judge(2, 60, 100), 1);
  assert.equal(judge(2, 40, 100), 0);
  // Eight cores, two kept busy by others.
  assert.equal(judge(8, 500, 100), 5);
});

test('with no cores listed, or nothing measured, every core counts as idle', () => {
  assert.equal(judge(0, 0, 100), Infinity);
  const s: CpuSample = { at: 5, cores: 2, idleMs: 10, ownMs: 1 };
  assert.equal(idleCoresBetween(s, s), Infinity);
});
