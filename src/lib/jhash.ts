/**
 * Bob Jenkins' lookup3 hash as the kernel has it: the final mix and
 * jhash_2words(), on int32s (nothing allocated).
 * @linux include/linux/jhash.h __jhash_final(), jhash_2words()
 */

/** JHASH_INITVAL: an arbitrary value. */
export const JHASH_INITVAL = 0xdeadbeef | 0;

function rol32(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) | 0;
}

/** __jhash_final(a, b, c): the mix of the last three words; returns c (int32). */
export function jhashFinal(a: number, b: number, c: number): number {
  c ^= b; c = (c - rol32(b, 14)) | 0;
  a ^= c; a = (a - rol32(c, 11)) | 0;
  b ^= a; b = (b - rol32(a, 25)) | 0;
  c ^= b; c = (c - rol32(b, 16)) | 0;
  a ^= c; a = (a - rol32(c, 4)) | 0;
  b ^= a; b = (b - rol32(a, 14)) | 0;
  c ^= b; c = (c - rol32(b, 24)) | 0;
  return c;
}

/** jhash_2words(a, b, initval): __jhash_nwords(a, b, 0, initval + JHASH_INITVAL + (2 << 2)), as an int32. */
export function jhash2Words(a: number, b: number, initval: number): number {
  const iv = (initval + JHASH_INITVAL + 8) | 0;
  return jhashFinal((a + iv) | 0, (b + iv) | 0, iv);
}
