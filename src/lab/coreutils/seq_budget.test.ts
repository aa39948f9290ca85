import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLabSession } from '../boot.js';

test('seq without end into /dev/null is held to the CPU budget: what it writes costs steps as /dev/zero chunks do', async () => {
  for (const script of ['seq 18446744073709551616 >/dev/null; echo never', 'seq 1e30 >/dev/null; echo never', 'seq inf | wc -l; echo never']) {
    const r = await createLabSession({ seed: 1, timeLimit: 0.05 }).exec(script);
    assert.equal(r.status, 124, script);
    assert.match(r.output, /^(\d+\n)?tuxnet: CPU time limit exceeded \(--time-limit 0.05\)\n$/, script);
  }
  // 49 KB: 13 chunks' worth of steps, far from it
  const ok = await createLabSession({ seed: 1, timeLimit: 0.05 }).exec('seq 10000 | wc -l');
  assert.deepEqual(ok, { output: '10000\n', status: 0 });
});

test("timeout's CPU deadline falls in that charged work: timeout ends seq and cat /dev/zero", async () => {
  const s = createLabSession({ seed: 1, timeLimit: 1 });
  assert.deepEqual(await s.exec('timeout 0.01 seq inf >/dev/null; echo $?; timeout 0.01 cat /dev/zero >/dev/null; echo $?'), { output: '124\n124\n', status: 0 });
});
