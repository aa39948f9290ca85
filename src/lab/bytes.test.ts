/**
 * Streams carry bytes (issue 13): the surrogateescape strings of bytes.ts,
 * and the devices as file operands, checked against GNU bash 5.2 +
 * coreutils 9.1 (LANG=C.UTF-8 where a character count is wanted).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { byteLength, charCount, decodeBytes, encodeBytes, normalizeBytes, sliceBytes } from './bytes.js';
import { createLabSession } from './boot.js';

test('bytes: any byte sequence survives decode/encode; valid UTF-8 decodes as TextDecoder does', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
      const s = decodeBytes(b);
      assert.deepEqual(encodeBytes(s), b);
      assert.equal(byteLength(s), b.length);
    }),
  );
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 32 }), (t) => {
      assert.equal(decodeBytes(new TextEncoder().encode(t)), t);
      assert.equal(byteLength(t), Buffer.byteLength(t));
    }),
  );
});

test('bytes: counts, slices, and escaped halves joined back into a character', () => {
  assert.equal(byteLength('é'), 2);
  assert.equal(charCount('é\udcff'), 1);
  assert.equal(byteLength('é\udcff'), 3);
  assert.equal(sliceBytes('éa', 0, 1), '\udcc3');
  assert.equal(normalizeBytes(sliceBytes('éa', 0, 1) + sliceBytes('éa', 1)), 'éa');
  assert.deepEqual([...encodeBytes('\ud83d\ude00')], [0xf0, 0x9f, 0x98, 0x80]);
});

const CASES: [script: string, output: string][] = [
  ['head -c 4 < /dev/urandom | wc -c', '4\n'],
  ['head -c 4 /dev/urandom | wc -c', '4\n'],
  ['head -c 1000 /dev/urandom | wc -c', '1000\n'],
  ["printf '\\xff' | wc -c", '1\n'],
  ["printf 'é' | wc -c; printf 'é' | wc -m; printf 'é' | LC_ALL=C.UTF-8 wc -m", '2\n2\n1\n'],
  ["printf 'é\\xff' | LANG=C.UTF-8 wc -m; printf 'é\\xff' | LC_ALL=C.UTF-8 wc -m", '3\n1\n'],
  ["printf 'éé' | head -c 3 | wc -c", '3\n'],
  ["printf '\\xc3\\xa9\\n'; x=$(printf '\\xc3'; printf '\\xa9'); echo \"$x\"", 'é\né\n'],
  ['head -c 10 /dev/zero | wc -c; tail -c 3 /dev/null | wc -c', '10\n0\n'],
  ['echo hi | cat /dev/stdin; echo ho | cat /dev/fd/0; cat /dev/fd/3 3<<<three', 'hi\nho\nthree\n'],
  ['cat /dev/fd/7; echo $?', 'cat: /dev/fd/7: No such file or directory\n1\n'],
  ['echo a | wc -l /dev/stdin; head -c 3 /dev/zero | sort /dev/stdin | wc -c', '1 /dev/stdin\n4\n'],
];

test('bytes: pipes, files, here-strings and command substitution carry bytes; devices as file operands', async () => {
  for (const [script, output] of CASES) {
    const s = createLabSession({ seed: 1 });
    assert.deepEqual(await s.exec(script), { output, status: 0 }, script);
  }
});

test('bytes: /dev/urandom is seeded (the same bytes for the same seed), /dev/zero is bounded by the CPU budget', async () => {
  const a = await createLabSession({ seed: 7 }).exec('head -c 16 /dev/urandom | od -An -tx1 2>&1 || head -c 16 /dev/urandom | cksum');
  const b = await createLabSession({ seed: 7 }).exec('head -c 16 /dev/urandom | od -An -tx1 2>&1 || head -c 16 /dev/urandom | cksum');
  assert.deepEqual(a, b);
  const z = await createLabSession({ seed: 1, timeLimit: 0.05 }).exec('wc -c /dev/zero; echo never');
  assert.equal(z.status, 124);
  assert.match(z.output, /^\d+ \/dev\/zero\ntuxnet: CPU time limit exceeded/);
});
