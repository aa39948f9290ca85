/**
 * SHA-1's compression of one 64-byte block (FIPS 180-4 section 6.1.2):
 * the state words `h` updated in place, `w` the message schedule
 * workspace. sha1sum and the kernel's sha1_transform() users (IPv6
 * stable-privacy addresses) share it.
 */

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

/** SHA-1's initial state (sha1_init_raw()). */
export const SHA1_INIT: readonly number[] = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0];

/** One block at `off` of `v` into `h` (words as signed 32-bit integers). */
export function sha1Block(h: Int32Array, v: DataView, off: number, w: Int32Array): void {
  for (let i = 0; i < 16; i++) w[i] = v.getInt32(off + i * 4);
  for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
  let a = h[0]!;
  let b = h[1]!;
  let c = h[2]!;
  let d = h[3]!;
  let e = h[4]!;
  for (let i = 0; i < 80; i++) {
    let f: number;
    let k: number;
    if (i < 20) {
      f = (b & c) | (~b & d);
      k = 0x5a827999;
    } else if (i < 40) {
      f = b ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (i < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdc | 0;
    } else {
      f = b ^ c ^ d;
      k = 0xca62c1d6 | 0;
    }
    const t = (rotl(a, 5) + f + e + k + w[i]!) | 0;
    e = d;
    d = c;
    c = rotl(b, 30);
    b = a;
    a = t;
  }
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0;
}
