/**
 * The IPv6 header (RFC 8200 section 3), the hop-by-hop router alert
 * (RFC 2711) and the ICMPv6 checksum (RFC 4443 section 2.3), as far as the
 * packets a fresh interface sends by itself need them.
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version| Traffic Class |           Flow Label                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Payload Length        |  Next Header  |   Hop Limit   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Source Address (128 bits)                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |               Destination Address (128 bits)                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 */
import { csumFold, csumPartial } from './checksum.js';

export const IPV6_HLEN = 40;
export const NEXTHDR_HOP = 0;
export const NEXTHDR_ICMP = 58;

/** struct ipv6hdr field offsets. */
export const enum Ip6h {
  VerTcFlow = 0,
  PayloadLen = 4,
  Nexthdr = 6,
  HopLimit = 7,
  Saddr = 8,
  Daddr = 24,
}

/** Write the fixed header at `o` (version 6, traffic class and flow label 0). */
export function ipv6HeaderEmit(b: Uint8Array, o: number, payloadLen: number, nexthdr: number, hopLimit: number, saddr: Uint8Array, daddr: Uint8Array): void {
  b[o] = 0x60;
  b[o + 1] = 0;
  b[o + 2] = 0;
  b[o + 3] = 0;
  b[o + Ip6h.PayloadLen] = payloadLen >>> 8;
  b[o + Ip6h.PayloadLen + 1] = payloadLen & 0xff;
  b[o + Ip6h.Nexthdr] = nexthdr;
  b[o + Ip6h.HopLimit] = hopLimit;
  b.set(saddr, o + Ip6h.Saddr);
  b.set(daddr, o + Ip6h.Daddr);
}

/**
 * csum_ipv6_magic(): the upper-layer checksum over the pseudo-header
 * (source, destination, upper-layer length, next header) and the data at
 * `off` (whose checksum field must be zero), folded and complemented as
 * the field carries it (csum_fold()). RFC 4443 2.3.
 */
export function csumIpv6Magic(saddr: Uint8Array, daddr: Uint8Array, proto: number, b: Uint8Array, off: number, len: number): number {
  let sum = csumPartial(saddr, 0, 16, 0);
  sum = csumPartial(daddr, 0, 16, sum);
  sum += len + proto;
  sum = csumPartial(b, off, len, sum);
  return csumFold(sum);
}

/** in6addr_any, ff02::1, ff02::2, ff02::16. */
export const IN6ADDR_ANY = new Uint8Array(16);
export const IN6ADDR_LL_ALLNODES = in6(0xff02, 0, 0, 0, 0, 0, 0, 1);
export const IN6ADDR_IL_ALLNODES = in6(0xff01, 0, 0, 0, 0, 0, 0, 1);
export const IN6ADDR_LL_ALLROUTERS = in6(0xff02, 0, 0, 0, 0, 0, 0, 2);
export const IN6ADDR_IL_ALLROUTERS = in6(0xff01, 0, 0, 0, 0, 0, 0, 2);
export const IN6ADDR_SL_ALLROUTERS = in6(0xff05, 0, 0, 0, 0, 0, 0, 2);
export const IN6ADDR_LL_MLDV2_ROUTERS = in6(0xff02, 0, 0, 0, 0, 0, 0, 0x16);
export const IN6ADDR_LL_ALLSNOOPERS = in6(0xff02, 0, 0, 0, 0, 0, 0, 0x6a);
export const IN6ADDR_LOOPBACK = in6(0, 0, 0, 0, 0, 0, 0, 1);

/** An address from its eight 16-bit groups. */
export function in6(...g: number[]): Uint8Array {
  const a = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    a[2 * i] = (g[i] ?? 0) >>> 8;
    a[2 * i + 1] = (g[i] ?? 0) & 0xff;
  }
  return a;
}

export function ipv6AddrEqual(a: Uint8Array, b: Uint8Array, bo = 0): boolean {
  for (let i = 0; i < 16; i++) if (a[i] !== b[bo + i]) return false;
  return true;
}

/** ipv6_addr_any(): the unspecified address ::. */
export function ipv6AddrAny(a: Uint8Array): boolean {
  for (let i = 0; i < 16; i++) if (a[i] !== 0) return false;
  return true;
}

/** ipv6_addr_prefix(): the first `plen` bits of `addr`. */
export function ipv6AddrPrefix(addr: Uint8Array, plen: number): Uint8Array {
  const p = new Uint8Array(16);
  for (let i = 0; i < 16; i++) {
    const bits = Math.min(8, Math.max(0, plen - 8 * i));
    p[i] = addr[i]! & ((0xff << (8 - bits)) & 0xff);
  }
  return p;
}

/** addrconf_addr_solict_mult(): ff02::1:ffXX:XXXX from the address's low 24 bits. */
export function addrSolictMult(addr: Uint8Array): Uint8Array {
  // ff02::1:ff00:0/104 (written bytewise: one per tentative address)
  const m = new Uint8Array(16);
  m[0] = 0xff;
  m[1] = 0x02;
  m[11] = 1;
  m[12] = 0xff;
  m[13] = addr[13]!;
  m[14] = addr[14]!;
  m[15] = addr[15]!;
  return m;
}

/** ipv6_eth_mc_map(): 33:33 and the low 32 bits of the group. */
export function ipv6EthMcMap(addr: Uint8Array): Uint8Array {
  const m = new Uint8Array(6);
  ipv6EthMcMapInto(addr, m);
  return m;
}

/** ipv6_eth_mc_map() into `buf` at `at` (a neighbour's ha, a frame's destination), as many of the 6 bytes as it holds. */
export function ipv6EthMcMapInto(addr: Uint8Array, buf: Uint8Array, at = 0): void {
  const n = Math.min(6, buf.length - at);
  for (let i = 0; i < n; i++) buf[at + i] = i < 2 ? 0x33 : addr[10 + i]!;
}

/**
 * The text form of RFC 5952 (inet_ntop): lower-case groups without
 * leading zeroes, the longest run of two or more zero groups (the first
 * one on a tie) as `::`, an IPv4-mapped tail as dotted quad.
 */
export function ipv6ToString(a: Uint8Array, o = 0): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push((a[o + 2 * i]! << 8) | a[o + 2 * i + 1]!);
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (from: number, to: number): string => g.slice(from, to).map((x) => x.toString(16)).join(':');
  if (best < 0) return hex(0, 8);
  return `${hex(0, best)}::${hex(best + bestLen, 8)}`;
}

/** inet_pton(AF_INET6): the 16 bytes, or null. */
export function inet6Pton(s: string): Uint8Array | null {
  let body = s;
  let tail: number[] = [];
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const parts = v4[2]!.split('.');
    if (parts.some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith('0')))) return null;
    const b = parts.map(Number);
    tail = [(b[0]! << 8) | b[1]!, (b[2]! << 8) | b[3]!];
    body = v4[1] + '0:0';
  }
  const dbl = body.split('::');
  if (dbl.length > 2) return null;
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const head = groups(dbl[0]!);
  const rest = dbl.length === 2 ? groups(dbl[1]!) : [];
  const all = [...head, ...rest];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  if (dbl.length === 2 ? all.length > 7 : all.length !== 8) return null;
  const g = [...head, ...new Array<string>(8 - all.length).fill('0'), ...rest].map((x) => parseInt(x, 16));
  if (tail.length) g.splice(6, 2, ...tail);
  return in6(...g);
}
