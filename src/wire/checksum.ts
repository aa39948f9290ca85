/*
 * The Internet checksum (RFC 1071) and the IPv4 pseudo header that UDP and
 * TCP sum before their own bytes (RFC 768, RFC 793 section 3.1):
 *
 *      0      7 8     15 16    23 24    31
 *     +--------+--------+--------+--------+
 *     |          source address           |
 *     +--------+--------+--------+--------+
 *     |        destination address        |
 *     +--------+--------+--------+--------+
 *     |  zero  |protocol|   UDP/TCP length |
 *     +--------+--------+--------+--------+
 *
 * Sums are numbers in network word order: a 16-bit word is (b0 << 8) | b1,
 * so a checksum is written back with setUint16(off, value) (big endian).
 * A "partial sum" (the kernel's __wsum) is any non-negative integer below
 * 2^32; csumPartial() returns it already folded to 16 bits. A finished
 * checksum (__sum16) is the folded sum complemented.
 */

import { assert } from './error.js';

/**
 * RFC 1624 section 3: a computed UDP checksum of zero is transmitted as all
 * ones, since zero means "no checksum" (RFC 768). @linux include/net/checksum.h
 */
export const CSUM_MANGLED_0 = 0xffff;

/** End-around-carry fold of a non-negative integer into 16 bits. */
function fold16(x: number): number {
  while (x > 0xffffffff) x = (x % 0x100000000) + Math.floor(x / 0x100000000);
  x = (x & 0xffff) + (x >>> 16);
  return (x & 0xffff) + (x >>> 16);
}

/**
 * Ones' complement sum of `len` bytes of `buf` from `off`, added to
 * `initial`. RFC 1071 section 4.1: "if (count > 0) sum += *(unsigned char *)
 * addr" — an odd trailing byte is the high byte of a zero-padded word.
 * @linux lib/checksum.c csum_partial()
 */
export function csumPartial(buf: Uint8Array, off: number, len: number, initial: number): number {
  assert(off >= 0 && len >= 0 && off + len <= buf.length, 'csumPartial out of bounds');
  let sum = initial;
  const end = off + len;
  const evenEnd = end - (len & 1);
  let i = off;
  // Eight bytes a turn: the high bytes and the low bytes summed apart (each
  // at most 2^8 per byte, so no overflow below 2^45 bytes), combined once.
  let hi = 0;
  let lo = 0;
  for (const stop = evenEnd - 7; i < stop; i += 8) {
    hi += buf[i]! + buf[i + 2]! + buf[i + 4]! + buf[i + 6]!;
    lo += buf[i + 1]! + buf[i + 3]! + buf[i + 5]! + buf[i + 7]!;
  }
  for (; i < evenEnd; i += 2) {
    hi += buf[i]!;
    lo += buf[i + 1]!;
  }
  sum += hi * 256 + lo;
  if (i < end) sum += buf[i]! << 8;
  return fold16(sum);
}

/** @linux include/net/checksum.h csum_fold() */
export function csumFold(sum: number): number {
  return ~fold16(sum) & 0xffff;
}

/** @linux include/net/checksum.h csum_unfold() */
export function csumUnfold(check: number): number {
  return check & 0xffff;
}

/**
 * Ones' complement add of two partial sums, with the kernel's 32-bit
 * end-around carry. @linux include/net/checksum.h csum_add()
 */
export function csumAdd(csum: number, addend: number): number {
  const r = (csum >>> 0) + (addend >>> 0);
  return r > 0xffffffff ? r - 0xffffffff : r;
}

/** @linux include/net/checksum.h csum_sub() */
export function csumSub(csum: number, addend: number): number {
  return csumAdd(csum, ~addend >>> 0);
}

/**
 * Adds the sum of a block that starts at byte `offset` of the whole: a block
 * at an odd offset has its bytes swapped (RFC 1071 section 2(B), byte order
 * independence). @linux include/net/checksum.h csum_block_add()
 */
export function csumBlockAdd(csum: number, csum2: number, offset: number): number {
  let s = fold16(csum2);
  if (offset & 1) s = ((s & 0xff) << 8) | (s >>> 8);
  return csumAdd(csum, s);
}

/**
 * Checksum of the IPv4 header of `ihl` 32-bit words at byte `o` of `b`
 * (by default its own IHL). Over a header that includes its checksum field,
 * 0 means the header is intact (RFC 791: "the 16 bit one's complement of
 * the one's complement sum of all 16 bit words in the header").
 * @linux arch/x86/include/asm/checksum_64.h ip_fast_csum()
 */
export function ipFastCsum(b: Uint8Array, ihl?: number, o = 0): number {
  const words = ihl ?? (b[o] ?? 0) & 0x0f;
  return csumFold(csumPartial(b, o, words * 4, 0));
}

/**
 * `sum` plus the IPv4 pseudo header, not complemented.
 * @linux include/asm-generic/checksum.h csum_tcpudp_nofold()
 */
export function csumTcpUdpNofold(
  saddr: number,
  daddr: number,
  len: number,
  proto: number,
  sum: number,
): number {
  const s = sum + (saddr >>> 16) + (saddr & 0xffff) + (daddr >>> 16) + (daddr & 0xffff);
  return fold16(s + (proto & 0xff) + (len & 0xffff));
}

/**
 * Finished UDP/TCP checksum: `sum` covers the transport header (with its
 * checksum field) and payload. On receive, 0 means valid; on send, compute
 * `sum` with the checksum field zeroed. @linux csum_tcpudp_magic()
 */
export function csumTcpUdpMagic(
  saddr: number,
  daddr: number,
  len: number,
  proto: number,
  sum: number,
): number {
  return csumFold(csumTcpUdpNofold(saddr, daddr, len, proto, sum));
}

function csum16Add(a: number, b: number): number {
  const r = a + b;
  return (r & 0xffff) + (r >>> 16);
}

/**
 * Checksum `check` after a 16-bit word of the covered data changes from
 * `from` to `to`. RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m').
 * @linux include/net/checksum.h csum_replace2()
 */
export function csumReplace2(check: number, from: number, to: number): number {
  const notHc = ~check & 0xffff;
  return ~csum16Add(csum16Add(notHc, ~from & 0xffff), to & 0xffff) & 0xffff;
}

/**
 * As csumReplace2() for a 32-bit field (an IPv4 address rewritten by NAT).
 * @linux include/net/checksum.h csum_replace4()
 */
export function csumReplace4(check: number, from: number, to: number): number {
  // csum_fold(csum_add(csum_sub(~csum_unfold(check), from), to)) in locals:
  // a u32 above 2^30 handed to or returned by a call that is not inlined
  // is a boxed double (a heap allocation per NATed packet)
  let s = (~csumUnfold(check) >>> 0) + (~from >>> 0);
  if (s > 0xffffffff) s -= 0xffffffff;
  s += to >>> 0;
  if (s > 0xffffffff) s -= 0xffffffff;
  s = (s & 0xffff) + (s >>> 16);
  s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}
