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

test('bytes cost BYTES_PER_STEP each (read from a device, written by a tool): 50 MB pass a 1-second budget, an endless copy ends in it', async () => {
  // 50 MB read (100,000 steps) and 50 MB written by dd (100,000 more) of the 250,000 a second
  const s = createLabSession({ seed: 1, timeLimit: 1 });
  assert.deepEqual(await s.exec('head -c 50000000 /dev/zero | wc -c'), { output: '50000000\n', status: 0 });
  assert.deepEqual(await s.exec('dd if=/dev/zero bs=1M count=50 status=none | md5sum'), { output: '25e317773f308e446cc84c503a6d1f85  -\n', status: 0 });
  for (const script of ['cat /dev/zero | wc -c', 'base64 /dev/zero | wc -c', 'cat /dev/urandom >/dev/null; echo never']) {
    const r = await createLabSession({ seed: 1, timeLimit: 0.2 }).exec(script);
    assert.equal(r.status, 124, script);
    assert.match(r.output, /^(\d+\n)?tuxnet: CPU time limit exceeded \(--time-limit 0.2\)\n$/, script);
  }
});
