/**
 * The tcp and udp matches as x_tables extensions: what iptables-nft hands
 * over through nft_compat when a match holds nothing but its defaults
 * (tcp_all_zero(), udp_all_zero()): ports within their ranges, TCP flags
 * under a mask. A fragment after the first never matches (offset 1: dropped).
 * @linux net/netfilter/xt_tcpudp.c tcp_mt(), udp_mt(), tcp_mt_check(), udp_mt_check()
 */
import { KError } from '../core/errno.js';
import type { SkBuff } from '../core/skbuff.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import { getU16 } from '../../wire/bytes.js';
import { num, type XtActionParam, type XtMatch } from './x_tables.js';

/** XT_TCP_INV_SRCPT | XT_TCP_INV_DSTPT | XT_TCP_INV_FLAGS | XT_TCP_INV_OPTION; udp has the first two. */
const XT_TCP_INV_MASK = 0x0f;
const XT_UDP_INV_MASK = 0x03;

/** port_match() */
function portMatch(min: number, max: number, port: number, invert: boolean): boolean {
  return (port >= min && port <= max) !== invert;
}

/** The source and destination ports against the info's two ranges. */
function portsMatch(skb: SkBuff, thoff: number, info: XtInfo): boolean {
  const inv = num(info, 'invflags');
  return portMatch(num(info, 'sptLo'), num(info, 'sptHi'), getU16(skb.buf, thoff), (inv & 1) !== 0) &&
    portMatch(num(info, 'dptLo'), num(info, 'dptHi'), getU16(skb.buf, thoff + 2), (inv & 2) !== 0);
}

/** A later fragment: no header to look at (tcp_mt() drops the one at offset 1). */
function laterFragment(par: XtActionParam, dropOne: boolean): boolean {
  if (par.fragoff === 0) return false;
  if (dropOne && par.fragoff === 1) par.hotdrop = true;
  return true;
}

/** tcp_mt(): a 20-byte header (else hotdrop), the ports, flags & mask == cmp. */
const tcpMatch: XtMatch = {
  revision: 0,
  proto: 6,
  check(info) {
    if (num(info, 'invflags') & ~XT_TCP_INV_MASK) throw new KError('EINVAL');
  },
  match(skb, par, info) {
    if (laterFragment(par, true)) return false;
    if (par.thoff + 20 > skb.tail) {
      par.hotdrop = true;
      return false;
    }
    if (!portsMatch(skb, par.thoff, info)) return false;
    const flags = skb.buf[par.thoff + 13]! & num(info, 'flgMask');
    if ((flags === num(info, 'flgCmp')) === ((num(info, 'invflags') & 4) !== 0)) return false;
    const option = num(info, 'option');
    if (!option) return true;
    const doff = (skb.buf[par.thoff + 12]! >> 4) * 4;
    if (doff < 20) {
      par.hotdrop = true;
      return false;
    }
    return tcpFindOption(option, skb, par, doff - 20, (num(info, 'invflags') & 8) !== 0);
  },
};

/** tcp_find_option(): whether the header's options hold one of kind `option` (END and NOP are one byte, the others their length). */
function tcpFindOption(option: number, skb: SkBuff, par: XtActionParam, optlen: number, invert: boolean): boolean {
  if (!optlen) return invert;
  const op = par.thoff + 20;
  if (op + optlen > skb.tail) {
    par.hotdrop = true;
    return false;
  }
  for (let i = 0; i < optlen; ) {
    const kind = skb.buf[op + i]!;
    if (kind === option) return !invert;
    i += kind < 2 ? 1 : skb.buf[op + i + 1] || 1;
  }
  return invert;
}

/** udp_mt(): an 8-byte header (else hotdrop), the ports. */
const udpMatch: XtMatch = {
  revision: 0,
  proto: 17,
  check(info) {
    if (num(info, 'invflags') & ~XT_UDP_INV_MASK) throw new KError('EINVAL');
  },
  match(skb, par, info) {
    if (laterFragment(par, false)) return false;
    if (par.thoff + 8 > skb.tail) {
      par.hotdrop = true;
      return false;
    }
    return portsMatch(skb, par.thoff, info);
  },
};

export const XT_TCPUDP_MATCHES: readonly (readonly [string, XtMatch])[] = Object.freeze([
  Object.freeze(['tcp', tcpMatch] as const), Object.freeze(['udp', udpMatch] as const),
]);
