/**
 * mawk 1.3.4's printf with huge fields: the width is d_to_int()'s (clamped
 * to INT_MAX, NaN as -INT_MAX) and printf writes the field as it goes;
 * sprintf's buffer is 8192 bytes (`program limit exceeded`, status 2).
 * Checked with mawk 1.3.4 20200120 on this machine.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLabSession } from '../boot.js';

async function run(script: string, timeLimit = 10): Promise<{ output: string; status: number }> {
  return createLabSession({ seed: 1, timeLimit }).exec(script);
}

test('printf "%*d" with a width of 1e9 writes 1e9 bytes', async () => {
  assert.deepEqual(await run(`awk 'BEGIN{printf "%*d", 1e9, 1}' | wc -c`), { output: '1000000000\n', status: 0 });
});

test('a huge field is justified, zero-padded and precise as glibc does it', async () => {
  const cases: [string, string][] = [
    [`awk 'BEGIN{printf "%-*dX", 2e6, -1}' | tail -c 3`, '  X'],
    [`awk 'BEGIN{printf "%0*d|", 2e6, -1}' | head -c 4`, '-000'],
    [`awk 'BEGIN{printf "%0*.3f|", 2e6, -1.5}' | tail -c 8`, '001.500|'],
    [`awk 'BEGIN{printf "%.*d|", 2e6, 42}' | tail -c 4`, '42|'.padStart(4, '0')],
    [`awk 'BEGIN{printf "%0#*x|", 2e6, 255}' | head -c 4`, '0x00'],
    [`awk 'BEGIN{printf "%*c|", 2e6, "z"}' | tail -c 3`, 'z|'.padStart(3)],
    [`awk 'BEGIN{printf "%.*s|", 1e9, "abc"}'`, 'abc|'],
    [`awk 'BEGIN{printf "%*d", 2e6, 1}' | wc -c`, '2000000\n'],
    [`awk 'BEGIN{printf "%.*f", 2e6, 0.5}' | wc -c`, '2000002\n'],
  ];
  for (const [script, out] of cases) assert.deepEqual(await run(script), { output: out, status: 0 }, script);
});

test('the width is clamped to INT_MAX: 3e9 pads to 2147483647, which the CPU budget ends', async () => {
  const r = await run(`awk 'BEGIN{printf "%*d", 3e9, 1}' | wc -c`, 1);
  assert.equal(r.status, 124);
  assert.match(r.output, /^\d+\ntuxnet: CPU time limit exceeded/);
  assert.deepEqual(await run(`awk 'BEGIN{printf "%*d|", log(-1), 5}' | head -c 3`), { output: '5  ', status: 0 });
});

test("sprintf's buffer holds 8192 bytes: a longer result is a program limit", async () => {
  assert.deepEqual(await run(`awk 'BEGIN{x=sprintf("%*d", 8192, 1); print length(x)}'`), { output: '8192\n', status: 0 });
  const over = 'awk: program limit exceeded: sprintf buffer size=8192\n\tFILENAME="" FNR=0 NR=0\n2\n';
  assert.deepEqual(await run(`awk 'BEGIN{x=sprintf("%*d", 8193, 1); print length(x)}'; echo $?`), { output: over, status: 0 });
  assert.deepEqual(await run(`awk 'BEGIN{x=sprintf("%*d", 1e9, 1)}'; echo $?`), { output: over, status: 0 });
  assert.deepEqual(await run(`awk 'BEGIN{x=sprintf("%s%s", sprintf("%5000d", 1), sprintf("%5000d", 1))}'; echo $?`), { output: over, status: 0 });
});
