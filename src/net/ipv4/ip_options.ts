/**
 * IPv4 options (RFC 791 3.1 "Options"): their validation and the pointers
 * the stack keeps to them (ip_options_compile), the options a socket sets
 * with IP_OPTIONS (ip_options_get), and the undo of what compiling did to
 * them (ip_options_undo, for getsockopt).
 *
 * A received packet's options are compiled in place (skb != null): record
 * route and timestamp slots get this host's address and time, the
 * timestamp overflow counts a hop that found no room. A socket's options
 * are compiled once (skb == null): a source route's first hop moves out of
 * the list into `faddr`, slots are reserved for ip_options_build().
 * @linux net/ipv4/ip_options.c
 */
import type { IpOptions, SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { IPOPT_CIPSO, IPOPT_END, IPOPT_LSRR, IPOPT_NOOP, IPOPT_RA, IPOPT_RR, IPOPT_SSRR, IPOPT_TIMESTAMP, IPV4_MIN_HLEN } from '../../wire/ipv4.js';
import { getU32, putU32 } from '../../wire/bytes.js';
import { RTN_UNICAST, RT_TABLE_LOCAL } from './fib_types.js';
import { skbRtable } from './route.js';
import { fibComputeSpecDst, inetCurrentTimestamp } from './icmp.js';

/** MAX_IPOPTLEN: the 40 option bytes an IHL of 15 leaves. */
export const MAX_IPOPTLEN = 40;
/** Timestamp flags (the low nibble of the fourth byte), RFC 791 "Internet Timestamp". */
export const IPOPT_TS_TSONLY = 0;
export const IPOPT_TS_TSANDADDR = 1;
export const IPOPT_TS_PRESPEC = 3;

/** A zeroed struct ip_options with room for a socket's 40 option bytes. */
export function newIpOptions(): IpOptions {
  return {
    faddr: 0, nexthop: 0, optlen: 0, srr: 0, rr: 0, ts: 0, isStrictroute: false, srrIsHit: false, isChanged: false,
    rrNeedaddr: false, tsNeedtime: false, tsNeedaddr: false, routerAlert: 0, cipso: 0, data: new Uint8Array(MAX_IPOPTLEN),
  };
}

/** memset(opt, 0, sizeof(*opt)) of everything but the data bytes. */
export function ipOptionsClear(opt: IpOptions): void {
  opt.faddr = opt.nexthop = opt.optlen = opt.srr = opt.rr = opt.ts = opt.routerAlert = opt.cipso = 0;
  opt.isStrictroute = opt.srrIsHit = opt.isChanged = false;
  opt.rrNeedaddr = opt.tsNeedtime = opt.tsNeedaddr = false;
}

/** What __ip_options_compile() reads and writes: the bytes, where the (real or virtual) IP header starts, the packet. */
interface Cursor {
  readonly net: Net;
  readonly opt: IpOptions;
  readonly skb: SkBuff | null;
  readonly b: Uint8Array;
  /** Index of the IP header in `b` (for a socket's options, 20 bytes before data[0]). */
  readonly iph: number;
  /** fib_compute_spec_dst(), computed at most once (spec_dst_fill()). */
  specDst: number;
}

/**
 * __ip_options_compile(): null when the options are valid, else the
 * offset of the offending byte from the IP header (the ICMP parameter
 * problem pointer). "Caller should clear *opt" and set opt.optlen.
 */
export function ipOptionsCompileInfo(net: Net, opt: IpOptions, skb: SkBuff | null): number | null {
  const b = skb ? skb.buf : opt.data;
  const iph = skb ? skb.networkHeader : -IPV4_MIN_HLEN;
  const c: Cursor = { net, opt, skb, b, iph, specDst: 0 };
  let p = iph + IPV4_MIN_HLEN;
  for (let l = opt.optlen; l > 0;) {
    const type = b[p]!;
    if (type === IPOPT_END) {
      // "All option bytes after the end of the option list become IPOPT_END."
      for (p++, l--; l > 0; p++, l--) {
        if (b[p] !== IPOPT_END) {
          b[p] = IPOPT_END;
          opt.isChanged = true;
        }
      }
      return null;
    }
    if (type === IPOPT_NOOP) {
      l--;
      p++;
      continue;
    }
    if (l < 2) return p - iph;
    const optlen = b[p + 1]!;
    if (optlen < 2 || optlen > l) return p - iph;
    const bad = compileOne(c, type, p, optlen);
    if (bad !== null) return bad - iph;
    l -= optlen;
    p += optlen;
  }
  return null;
}

/** One option of __ip_options_compile()'s switch; the index of a bad byte, else null. */
function compileOne(c: Cursor, type: number, p: number, optlen: number): number | null {
  switch (type) {
    case IPOPT_SSRR:
    case IPOPT_LSRR: return compileSrr(c, type, p, optlen);
    case IPOPT_RR: return compileRr(c, p, optlen);
    case IPOPT_TIMESTAMP: return compileTs(c, p, optlen);
    case IPOPT_RA:
      if (optlen < 4) return p + 1;
      // RFC 2113: value 0, "Router shall examine packet".
      if (c.b[p + 2] === 0 && c.b[p + 3] === 0) c.opt.routerAlert = p - c.iph;
      return null;
    case IPOPT_CIPSO:
      if (c.opt.cipso) return p;
      c.opt.cipso = p - c.iph;
      // cipso_v4_validate(): a lab configures no CIPSO DOI, so the DOI (byte 2) is unknown; shorter than 8 bytes, the length is wrong.
      return optlen < 8 ? p + 1 : p + 2;
    default:
      // IPOPT_SEC, IPOPT_SID and unknown options are carried as they are (a lab's root has CAP_NET_RAW).
      return null;
  }
}

/** Loose/strict source route (RFC 791): "NB: cf RFC-1812 5.2.4.1", one source route at most. */
function compileSrr(c: Cursor, type: number, p: number, optlen: number): number | null {
  const { b, opt } = c;
  if (optlen < 3) return p + 1;
  if (b[p + 2]! < 4) return p + 2;
  if (opt.srr) return p;
  if (!c.skb) {
    // A socket's route: the pointer at the first address, whole addresses; the first hop leaves the list.
    if (b[p + 2] !== 4 || optlen < 7 || (optlen - 3) & 3) return p + 1;
    opt.faddr = getU32(b, p + 3);
    if (optlen > 7) b.copyWithin(p + 3, p + 7, p + optlen);
  }
  opt.isStrictroute = type === IPOPT_SSRR;
  opt.srr = p - c.iph;
  return null;
}

/** Record route: a received packet gets this host's address in the next free slot. */
function compileRr(c: Cursor, p: number, optlen: number): number | null {
  const { b, opt } = c;
  if (opt.rr) return p;
  if (optlen < 3) return p + 1;
  const ptr = b[p + 2]!;
  if (ptr < 4) return p + 2;
  if (ptr <= optlen) {
    if (ptr + 3 > optlen) return p + 2;
    if (c.skb && skbRtable(c.skb)) {
      putU32(b, p + ptr - 1, specDstFill(c));
      opt.isChanged = true;
    }
    b[p + 2] = ptr + 4;
    opt.rrNeedaddr = true;
  }
  opt.rr = p - c.iph;
  return null;
}

/** spec_dst_fill(): fib_compute_spec_dst() at most once per packet. */
function specDstFill(c: Cursor): number {
  if (c.specDst === 0) c.specDst = fibComputeSpecDst(c.skb!);
  return c.specDst;
}

/**
 * Internet timestamp: a slot left, a received packet gets the time (and
 * this host's address, or the time only where its prespecified address
 * is ours); none left, the overflow counter (high nibble) counts the hop,
 * and "if the overflow count itself overflows, the original datagram is
 * considered to be in error".
 */
function compileTs(c: Cursor, p: number, optlen: number): number | null {
  const { b, opt } = c;
  if (opt.ts) return p;
  if (optlen < 4) return p + 1;
  const ptr = b[p + 2]!;
  if (ptr < 5) return p + 2;
  const flags = b[p + 3]!;
  if (ptr <= optlen) {
    if (ptr + 3 > optlen) return p + 2;
    const bad = compileTsSlot(c, p, optlen, ptr, flags & 0xf);
    if (bad !== null) return bad;
  } else if ((flags & 0xf) !== IPOPT_TS_PRESPEC) {
    const overflow = flags >> 4;
    if (overflow === 15) return p + 3;
    if (c.skb) {
      b[p + 3] = (flags & 0xf) | ((overflow + 1) << 4);
      opt.isChanged = true;
    }
  }
  opt.ts = p - c.iph;
  return null;
}

/** The switch on the timestamp flag of __ip_options_compile(), a slot being free. */
function compileTsSlot(c: Cursor, p: number, optlen: number, ptr: number, flag: number): number | null {
  const { b, opt, skb } = c;
  let timeptr = -1;
  if (flag === IPOPT_TS_TSONLY) {
    if (skb) timeptr = p + ptr - 1;
    opt.tsNeedtime = true;
    b[p + 2] = ptr + 4;
  } else if (flag === IPOPT_TS_TSANDADDR) {
    if (ptr + 7 > optlen) return p + 2;
    if (skb && skbRtable(skb)) {
      putU32(b, p + ptr - 1, specDstFill(c));
      timeptr = p + ptr + 3;
    }
    opt.tsNeedaddr = true;
    opt.tsNeedtime = true;
    b[p + 2] = ptr + 8;
  } else if (flag === IPOPT_TS_PRESPEC) {
    if (ptr + 7 > optlen) return p + 2;
    // Only the host named in the slot stamps it.
    if (inetAddrType(c.net, getU32(b, p + ptr - 1)) === RTN_UNICAST) return null;
    if (skb) timeptr = p + ptr + 3;
    opt.tsNeedtime = true;
    b[p + 2] = ptr + 8;
  }
  // Other flags: carried untouched (CAP_NET_RAW, which a lab's root has).
  if (timeptr >= 0) {
    putU32(b, timeptr, inetCurrentTimestamp(c.net));
    opt.isChanged = true;
  }
  return null;
}

/** inet_addr_type(): what the address is in the local table (RTN_LOCAL for ours, RTN_UNICAST for others). */
export function inetAddrType(net: Net, addr: number): number {
  return net.ipv4.fib.addrTypeTable(addr, RT_TABLE_LOCAL);
}

/**
 * ip_options_get(): IP_OPTIONS of setsockopt (and IP_RETOPTS): the bytes
 * padded with IPOPT_END to a 32-bit boundary and compiled; EINVAL for
 * invalid options.
 */
export function ipOptionsGet(net: Net, bytes: Uint8Array): IpOptions | 'EINVAL' {
  if (bytes.length > MAX_IPOPTLEN) return 'EINVAL';
  const opt = newIpOptions();
  opt.data.set(bytes);
  opt.optlen = (bytes.length + 3) & ~3;
  opt.data.fill(IPOPT_END, bytes.length, opt.optlen);
  if (opt.optlen && ipOptionsCompileInfo(net, opt, null) !== null) return 'EINVAL';
  return opt;
}

/**
 * ip_options_undo(): the options as the user gave them (getsockopt
 * IP_OPTIONS): the first hop back into the source route, the reserved
 * record-route and timestamp slots given back.
 */
export function ipOptionsUndo(opt: IpOptions): Uint8Array {
  const d = opt.data.slice(0, opt.optlen);
  if (opt.srr) {
    const o = opt.srr - IPV4_MIN_HLEN;
    d.copyWithin(o + 7, o + 3, o + d[o + 1]! - 4);
    putU32(d, o + 3, opt.faddr);
  }
  if (opt.rrNeedaddr) undoSlot(d, opt.rr - IPV4_MIN_HLEN, 4);
  if (opt.ts) {
    const o = opt.ts - IPV4_MIN_HLEN;
    if (opt.tsNeedtime) {
      undoSlot(d, o, 4);
      if ((d[o + 3]! & 0xf) === IPOPT_TS_PRESPEC) d[o + 2]! -= 4;
    }
    if (opt.tsNeedaddr) undoSlot(d, o, 4);
  }
  return d;
}

function undoSlot(d: Uint8Array, o: number, n: number): void {
  d[o + 2]! -= n;
  d.fill(0, o + d[o + 2]! - 1, o + d[o + 2]! - 1 + n);
}
