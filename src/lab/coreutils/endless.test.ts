/**
 * Filters fed an endless device write as they read, so a reader that
 * stops (head) ends them; tac, which must read everything first, ends on
 * the CPU budget without crashing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLabSession } from '../boot.js';

for (const tool of ['base64', 'base64 -w 0', 'fold', 'fold -s -w 7', 'expand', 'expand -t 3', 'cat']) {
  for (const dev of ['/dev/zero', '/dev/urandom']) {
    test(`${tool} ${dev} | head -c 10 prints 10 bytes and ends`, async () => {
      const s = createLabSession({ seed: 3, timeLimit: 0.5 });
      const r = await s.exec(`${tool} ${dev} | head -c 10 | wc -c; echo "\${PIPESTATUS[@]}"`);
      assert.deepEqual(r, { output: '10\n141 0 0\n', status: 0 });
    });
  }
}

// -v: od and hexdump squeeze /dev/zero's repeated lines into one `*` and read on for ever, as on Linux
for (const tool of ['od -v -An -tx1', 'hexdump -v -C', 'hexdump -v', 'xxd', 'xxd -p', 'od -c -v']) {
  for (const dev of ['/dev/zero', '/dev/urandom']) {
    test(`${tool} ${dev} | head -c 10 prints 10 bytes and ends`, async () => {
      const s = createLabSession({ seed: 3, timeLimit: 0.5 });
      const r = await s.exec(`${tool} ${dev} | head -c 10 | wc -c; echo "\${PIPESTATUS[@]}"`);
      assert.deepEqual(r, { output: '10\n141 0 0\n', status: 0 });
    });
  }
}

test('od -N, hexdump -n and xxd -l read no further than they need from an endless device', async () => {
  const s = createLabSession({ seed: 3, timeLimit: 0.5 });
  assert.deepEqual(await s.exec('od -N 3 -tx1 /dev/zero; hexdump -n 3 -C /dev/zero; xxd -l 3 /dev/zero'), {
    output: '0000000 00 00 00\n0000003\n00000000  00 00 00                                          |...|\n00000003\n00000000: 0000 00                                  ...\n',
    status: 0,
  });
});

test('base64 -d stops at the first invalid quantum of an endless input', async () => {
  const r = await createLabSession({ seed: 3, timeLimit: 0.5 }).exec('base64 -d /dev/zero | wc -c; echo "${PIPESTATUS[@]}"');
  assert.deepEqual(r, { output: 'base64: invalid input\n0\n1 0\n', status: 0 });
});

test('tac reads a large finite input whole, and an endless one until the budget ends it', async () => {
  const s = createLabSession({ seed: 3, timeLimit: 1 });
  assert.deepEqual(await s.exec('head -c 30000000 /dev/zero | tac | wc -c'), { output: '30000000\n', status: 0 });
  assert.deepEqual(await s.exec('seq 200000 | tac | sed -n "1p;200000p"'), { output: '200000\n1\n', status: 0 });
  // a separator that straddles two reads
  assert.deepEqual(await s.exec('{ printf "xa"; sleep 1; printf "byab"; } | tac -s ab; echo'), { output: 'yabxab\n', status: 0 });
  const r = await createLabSession({ seed: 3, timeLimit: 0.2 }).exec('tac /dev/zero | wc -c');
  assert.equal(r.status, 124);
  assert.match(r.output, /^\d+\ntuxnet: CPU time limit exceeded/);
});
