/**
 * iproute2's inet_prefix and its parsers, faithful to lib/utils.c: "10.8"
 * is 10.8.0.0, each part is strtoul base 0 (octal, hex), "default" carries
 * PREFIXLEN_SPECIFIED while "all"/"any" do not, a /LEN may be a dotted mask,
 * and the family given narrows what is accepted. tuxnet has no IPv6 stack:
 * IPv6 text is recognised (family AF_INET6) but carries no address.
 * @iproute2 lib/utils.c get_addr_1(), get_prefix_1(), get_addr(), get_prefix()
 */
import { strtoul } from './rt_names.js';
import { AF_INET, AF_INET6, AF_PACKET, AF_UNSPEC, fail, type IpCtx, type Prefix } from './utils.js';
import { inet6Pton } from '../../wire/ipv6.js';

export const AF_BRIDGE = 7;
export const AF_MPLS = 28;

/** inet_prefix (IPv4 data as a host-order u32). */
export interface InetPrefix {
  family: number;
  bytelen: number;
  /** -1: a plain address, -2: default/all/any before get_prefix_1 resolves it. */
  bitlen: number;
  /** PREFIXLEN_SPECIFIED */
  lenGiven: boolean;
  addr: number;
  /** The 16 bytes of an AF_INET6 address. */
  addr6?: Uint8Array;
}

/** A zeroed inet_prefix; mdst/msrc filters start with bitlen -1. */
export function emptyPrefix(bitlen = 0): InetPrefix {
  return { family: AF_UNSPEC, bytelen: 0, bitlen, lenGiven: false, addr: 0 };
}

/** family_name() */
export function familyName(family: number): string {
  switch (family) {
    case AF_INET:
      return 'inet';
    case AF_INET6:
      return 'inet6';
    case AF_PACKET:
      return 'link';
    case AF_MPLS:
      return 'mpls';
    case AF_BRIDGE:
      return 'bridge';
    default:
      return '???';
  }
}

function familyNameVerbose(family: number): string {
  return family === AF_UNSPEC ? 'any valid' : familyName(family);
}

/** read_family() */
export function readFamily(name: string): number {
  if (name === 'inet') return AF_INET;
  if (name === 'inet6') return AF_INET6;
  if (name === 'link') return AF_PACKET;
  if (name === 'mpls') return AF_MPLS;
  if (name === 'bridge') return AF_BRIDGE;
  return AF_UNSPEC;
}

/** af_bit_len() */
export function afBitLen(af: number): number {
  return af === AF_INET6 ? 128 : af === AF_INET ? 32 : af === AF_MPLS ? 20 : 0;
}

/** get_addr_ipv4(): up to four strtoul(base 0) parts, each 0..255. */
export function getAddrIpv4(cp: string): number | null {
  const ap = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    const { value, end } = strtoul(cp, 0);
    if (value > 255 || end === 0) return null;
    ap[i] = value;
    if (end === cp.length) break;
    if (i === 3 || cp[end] !== '.') return null;
    cp = cp.slice(end + 1);
  }
  return ((ap[0]! << 24) | (ap[1]! << 16) | (ap[2]! << 8) | ap[3]!) >>> 0;
}

/** __get_addr_1() + set_address_type(): null where iproute2 returns -1. */
export function getAddr1(name: string, family: number): InetPrefix | null {
  if (name === 'default') {
    if (family === AF_MPLS) return null;
    return { family, bytelen: afBitLen(family) / 8, bitlen: -2, lenGiven: true, addr: 0 };
  }
  if (name === 'all' || name === 'any') {
    if (family === AF_MPLS) return null;
    return { family, bytelen: 0, bitlen: -2, lenGiven: false, addr: 0 };
  }
  if (family === AF_PACKET || family === AF_MPLS) return null; // link-layer and MPLS addresses: not modelled
  if (name.includes(':')) {
    if (family !== AF_UNSPEC && family !== AF_INET6) return null;
    const addr6 = inet6Pton(name);
    if (!addr6) return null;
    return { family: AF_INET6, bytelen: 16, bitlen: -1, lenGiven: false, addr: 0, addr6 };
  }
  if (family !== AF_UNSPEC && family !== AF_INET) return null;
  const addr = getAddrIpv4(name);
  if (addr === null) return null;
  return { family: AF_INET, bytelen: 4, bitlen: -1, lenGiven: false, addr };
}

/** get_addr32(): an IPv4 address, else "an IP address is expected" and exit(1). */
export function getAddr32(ctx: IpCtx, name: string): number {
  const a = getAddr1(name, AF_INET);
  if (!a) fail(ctx, `Error: an IP address is expected rather than "${name}"`, 1);
  return a.addr >>> 0;
}

/** mask2bits(): the length of a contiguous netmask, or -1. */
function mask2bits(mask: number): number {
  const host = ~mask >>> 0;
  if ((host & (host + 1)) >>> 0 !== 0) return -1;
  let bits = 0;
  for (let m = mask >>> 0; m; m = (m << 1) >>> 0) bits++;
  return bits;
}

/** get_netmask(): an unsigned number or a dotted mask. */
function getNetmask(arg: string): number | null {
  const r = strtoul(arg, 0);
  if (arg.length > 0 && r.end === arg.length && r.value <= 0xffffffff) return r.value;
  const a = getAddr1(arg, AF_INET);
  if (a && a.family === AF_INET) {
    const b = mask2bits(a.addr);
    if (b >= 0) return b;
  }
  return null;
}

/** get_prefix_1() of an IPv4 prefix as ip address reads it; null when malformed. */
export function parsePrefix(arg: string): Prefix | null {
  const p = getPrefix1(arg, AF_INET);
  if (!p || p.family !== AF_INET) return null;
  const isDefault = arg === 'default' || arg === 'all' || arg === 'any';
  return { addr: p.addr >>> 0, bitlen: p.bitlen, hasLen: p.lenGiven || isDefault, isDefault };
}

/** get_prefix_1() */
export function getPrefix1(arg: string, family: number): InetPrefix | null {
  const slash = arg.indexOf('/');
  const dst = getAddr1(slash >= 0 ? arg.slice(0, slash) : arg, family);
  if (!dst) return null;
  let bitlen = afBitLen(dst.family);
  if (slash >= 0) {
    if (dst.bitlen === -2) return null;
    const plen = getNetmask(arg.slice(slash + 1));
    if (plen === null || plen > bitlen) return null;
    dst.lenGiven = true;
    bitlen = plen;
  } else if (dst.bitlen === -2) bitlen = 0;
  dst.bitlen = bitlen;
  return dst;
}

/** get_addr(): exits 1 with iproute2's message when `arg` is no address of `family`. */
export function getAddr(ctx: IpCtx, arg: string, family: number): InetPrefix {
  return getAddr1(arg, family) ?? fail(ctx, `Error: ${familyNameVerbose(family)} address is expected rather than "${arg}".`, 1);
}

/** get_prefix() */
export function getPrefix(ctx: IpCtx, arg: string, family: number): InetPrefix {
  if (family === AF_PACKET) fail(ctx, `Error: "${arg}" may be inet prefix, but it is not allowed in this context.`, 1);
  return getPrefix1(arg, family) ?? fail(ctx, `Error: ${familyNameVerbose(family)} prefix is expected rather than "${arg}".`, 1);
}

/** inet_addr_match(): do the first `bits` bits of two IPv4 addresses agree? */
export function inetAddrMatch(a: number, b: number, bits: number): boolean {
  if (bits <= 0) return true;
  if (bits >= 32) return a >>> 0 === b >>> 0;
  const mask = (0xffffffff << (32 - bits)) >>> 0;
  return ((a ^ b) & mask) >>> 0 === 0;
}
