/**
 * SipHash-2-4 (Aumasson & Bernstein), the keyed hash the kernel uses for
 * flow hashes. The 64-bit lanes are kept as (hi, lo) int32 pairs in module
 * state: no BigInt, nothing allocated per call (it runs per forwarded packet).
 * @linux lib/siphash.c siphash(), include/linux/siphash.h SIPHASH_PERMUTATION
 */

let v0h = 0; let v0l = 0; let v1h = 0; let v1l = 0;
let v2h = 0; let v2l = 0; let v3h = 0; let v3l = 0;

/** One SipRound: ADD-ROTATE-XOR on the four lanes. */
function sipRound(): void {
  // v0 += v1; v1 = rol64(v1, 13); v1 ^= v0; v0 = rol64(v0, 32);
  let lo = (v0l + v1l) | 0;
  v0h = (v0h + v1h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0;
  v0l = lo;
  let th = (v1h << 13) | (v1l >>> 19);
  v1l = (v1l << 13) | (v1h >>> 19);
  v1h = th ^ v0h;
  v1l ^= v0l;
  th = v0h; v0h = v0l; v0l = th;
  // v2 += v3; v3 = rol64(v3, 16); v3 ^= v2;
  lo = (v2l + v3l) | 0;
  v2h = (v2h + v3h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0;
  v2l = lo;
  th = (v3h << 16) | (v3l >>> 16);
  v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l;
  v3h = th ^ v2h;
  // v0 += v3; v3 = rol64(v3, 21); v3 ^= v0;
  lo = (v0l + v3l) | 0;
  v0h = (v0h + v3h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0;
  v0l = lo;
  th = (v3h << 21) | (v3l >>> 11);
  v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l;
  v3h = th ^ v0h;
  // v2 += v1; v1 = rol64(v1, 17); v1 ^= v2; v2 = rol64(v2, 32);
  lo = (v2l + v1l) | 0;
  v2h = (v2h + v1h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0;
  v2l = lo;
  th = (v1h << 17) | (v1l >>> 15);
  v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l;
  v1h = th ^ v2h;
  th = v2h; v2h = v2l; v2l = th;
}

/** Absorb one little-endian 64-bit message word (hi, lo). */
function sipWord(mh: number, ml: number): void {
  v3h ^= mh; v3l ^= ml;
  sipRound();
  sipRound();
  v0h ^= mh; v0l ^= ml;
}

/**
 * siphash() of a message of whole 64-bit words, `words` holding each
 * little-endian word as (lo, hi) int32s, under the key (k0, k1); returns the
 * low 32 bits of the 64-bit result as an int32 (what a `u32 hash = siphash()`
 * keeps). `words.length / 2 * 8` is the message length in bytes.
 */
export function siphashWords(words: Int32Array, k0h: number, k0l: number, k1h: number, k1l: number): number {
  v0h = 0x736f6d65 ^ k0h; v0l = 0x70736575 ^ k0l;
  v1h = 0x646f7261 ^ k1h; v1l = 0x6e646f6d ^ k1l;
  v2h = 0x6c796765 ^ k0h; v2l = 0x6e657261 ^ k0l;
  v3h = 0x74656462 ^ k1h; v3l = 0x79746573 ^ k1l;
  const n = words.length;
  for (let i = 0; i < n; i += 2) sipWord(words[i + 1]!, words[i]!);
  // The final block: the length in bytes in the top byte, no tail bytes.
  sipWord((n * 4) << 24, 0);
  v2l ^= 0xff;
  sipRound();
  sipRound();
  sipRound();
  sipRound();
  return v0l ^ v1l ^ v2l ^ v3l;
}
