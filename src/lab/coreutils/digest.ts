/**
 * The message digests of md5sum/sha1sum/sha256sum in TypeScript (the lab's
 * core also runs in a browser: no node:crypto): MD5 (RFC 1321), SHA-1 and
 * SHA-256 (FIPS 180-4), fed chunk by chunk (a Hasher keeps the partial
 * 64-byte block), hex in lower case.
 */

import { SHA1_INIT, sha1Block } from '../../lib/sha1.js';

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** One algorithm: its initial state, its compression of one 64-byte block, its byte order. */
interface Algo {
  readonly init: readonly number[];
  readonly littleEndian: boolean;
  block(h: Int32Array, v: DataView, off: number, w: Int32Array): void;
}

/** A running digest: update() with the bytes as they come, then hex(). */
export class Hasher {
  private readonly h: Int32Array;
  private readonly buf = new Uint8Array(64);
  private readonly view = new DataView(this.buf.buffer);
  private readonly w = new Int32Array(80);
  private used = 0;
  private length = 0;

  constructor(private readonly algo: Algo) {
    this.h = Int32Array.from(algo.init);
  }

  update(bytes: Uint8Array): void {
    this.length += bytes.length;
    let at = 0;
    if (this.used) {
      const take = Math.min(64 - this.used, bytes.length);
      this.buf.set(bytes.subarray(0, take), this.used);
      this.used += take;
      at = take;
      if (this.used < 64) return;
      this.algo.block(this.h, this.view, 0, this.w);
      this.used = 0;
    }
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (; at + 64 <= bytes.length; at += 64) this.algo.block(this.h, v, at, this.w);
    this.buf.set(bytes.subarray(at), 0);
    this.used = bytes.length - at;
  }

  /** The padding (0x80, zeros, the bit length), then the state in hex. */
  hex(): string {
    const bits = this.length * 8;
    const tail = new Uint8Array(this.used < 56 ? 64 - this.used : 128 - this.used);
    tail[0] = 0x80;
    const v = new DataView(tail.buffer);
    const lo = bits >>> 0;
    const hi = Math.floor(bits / 0x100000000) >>> 0;
    const le = this.algo.littleEndian;
    v.setUint32(tail.length - 8, le ? lo : hi, le);
    v.setUint32(tail.length - 4, le ? hi : lo, le);
    this.update(tail);
    let s = '';
    for (const w of this.h) {
      const x = le ? ((w & 0xff) << 24) | ((w & 0xff00) << 8) | ((w >>> 8) & 0xff00) | (w >>> 24) : w;
      s += (x >>> 0).toString(16).padStart(8, '0');
    }
    return s;
  }
}

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) | 0);

/** RFC 1321 section 3.4: one block. */
export const MD5: Algo = {
  init: [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476],
  littleEndian: true,
  block(h, v, off) {
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const t = d;
      d = c;
      c = b;
      b = (b + rotl((a + f + MD5_K[i]! + v.getInt32(off + g * 4, true)) | 0, MD5_S[(i >> 4) * 4 + (i % 4)]!)) | 0;
      a = t;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
  },
};

/** FIPS 180-4 section 6.1.2: one block. */
export const SHA1: Algo = {
  init: SHA1_INIT,
  littleEndian: false,
  block: sha1Block,
};

const SHA256_K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
].map((x) => x | 0);

/** FIPS 180-4 section 6.2.2: one block. */
export const SHA256: Algo = {
  init: [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19].map((x) => x | 0),
  littleEndian: false,
  block(h, v, off, w) {
    for (let i = 0; i < 16; i++) w[i] = v.getInt32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + hh) | 0;
  },
};
