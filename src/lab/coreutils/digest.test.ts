import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hasher, MD5, SHA1, SHA256 } from './digest.js';

const hashOf = (algo: typeof MD5, chunks: Uint8Array[]): string => {
  const h = new Hasher(algo);
  for (const c of chunks) h.update(c);
  return h.hex();
};
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

test('MD5, SHA-1, SHA-256 of the standard vectors (RFC 1321 A.5, FIPS 180-4 examples)', () => {
  assert.equal(hashOf(MD5, []), 'd41d8cd98f00b204e9800998ecf8427e');
  assert.equal(hashOf(MD5, [bytes('abc')]), '900150983cd24fb0d6963f7d28e17f72');
  assert.equal(hashOf(SHA1, [bytes('abc')]), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.equal(hashOf(SHA256, [bytes('abc')]), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  const long = bytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq');
  assert.equal(hashOf(SHA256, [long]), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  assert.equal(hashOf(SHA1, [long]), '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
});

test('a digest does not depend on how the bytes are cut into chunks (partial blocks kept across update())', () => {
  const data = new Uint8Array(1000).map((_, i) => (i * 7 + 3) & 0xff);
  for (const algo of [MD5, SHA1, SHA256]) {
    const whole = hashOf(algo, [data]);
    for (const cut of [1, 55, 56, 63, 64, 65, 127, 333]) {
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < data.length; at += cut) chunks.push(data.subarray(at, at + cut));
      assert.equal(hashOf(algo, chunks), whole, `cut ${cut}`);
    }
  }
  // a million 'a's (FIPS 180-4 / RFC 1321 test suite), fed in odd chunks
  const a = new Uint8Array(1_000_000).fill(0x61);
  assert.equal(hashOf(SHA256, [a.subarray(0, 999), a.subarray(999)]), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  assert.equal(hashOf(MD5, [a]), '7707d6ae4e027c70eea2a935c2296f21');
});
