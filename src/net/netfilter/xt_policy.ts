/**
 * The IPsec matches: policy (the policy a packet was decapsulated by, or
 * will be encapsulated by) and the SPI of an ESP or AH header. tuxnet has
 * no xfrm: no packet carries a sec_path and no route an xfrm bundle, so
 * "--pol none" always holds and "--pol ipsec" never does.
 * @linux net/netfilter/xt_policy.c policy_mt(), policy_mt_check(); net/netfilter/xt_esp.c; net/ipv4/netfilter/ipt_ah.c; net/netfilter/xt_ipcomp.c
 */
import { KError } from '../core/errno.js';
import { NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import type { XtActionParam, XtMatch } from './x_tables.js';
import { num } from './x_tables_info.js';
import type { SkBuff } from '../core/skbuff.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';

/** XT_POLICY_* (include/uapi/linux/netfilter/xt_policy.h) */
const XT_POLICY_MATCH_IN = 0x1;
const XT_POLICY_MATCH_OUT = 0x2;
const XT_POLICY_MATCH_NONE = 0x4;
const XT_POLICY_MAX_ELEM = 4;

export const policyMatch: XtMatch = {
  revision: 0,
  /** policy_mt_check(): a direction, one the hooks can see, at most XT_POLICY_MAX_ELEM elements. */
  check(info, par) {
    const flags = num(info, 'flags');
    // "neither incoming nor outgoing policy selected"
    if (!(flags & (XT_POLICY_MATCH_IN | XT_POLICY_MATCH_OUT))) throw new KError('EINVAL');
    // "output policy not valid in PREROUTING and INPUT"
    if (par.hookMask & ((1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_IN)) && flags & XT_POLICY_MATCH_OUT) throw new KError('EINVAL');
    // "input policy not valid in POSTROUTING and OUTPUT"
    if (par.hookMask & ((1 << NF_INET_POST_ROUTING) | (1 << NF_INET_LOCAL_OUT)) && flags & XT_POLICY_MATCH_IN) throw new KError('EINVAL');
    const pol = info['pol'];
    if (typeof pol === 'string' && (JSON.parse(pol) as unknown[]).length > XT_POLICY_MAX_ELEM) throw new KError('EINVAL');
  },
  /**
   * policy_mt(): match_policy_in() finds no sec_path, match_policy_out() no
   * dst->xfrm (-1 both): the rule holds when it asks for no policy.
   */
  match: (_skb, _par, info) => (num(info, 'flags') & XT_POLICY_MATCH_NONE) !== 0,
};

/** spi_match(): min <= spi <= max, XOR the invert bit. */
function spiMatch(min: number, max: number, spi: number, invert: boolean): boolean {
  return (spi >= min && spi <= max) !== invert;
}

/**
 * esp_mt()/ah_mt(): never a later fragment; the SPI at `off` in the header
 * (a header too short for `need` bytes drops the packet).
 */
function spiHeaderMatch(skb: SkBuff, par: XtActionParam, info: XtInfo, need: number, off: number, u16 = false): boolean {
  if (par.fragoff !== 0) return false;
  if (par.thoff + need > skb.tail) {
    // "We've been asked to examine this packet, and we can't. Hence, no choice but to drop."
    par.hotdrop = true;
    return false;
  }
  const spi = u16 ? getU16(skb.buf, par.thoff + off) : getU32(skb.buf, par.thoff + off);
  return spiMatch(num(info, 'spiMin'), num(info, 'spiMax'), spi, (num(info, 'invflags') & 1) !== 0);
}

/** XT_ESP_INV_MASK, IPT_AH_INV_MASK */
const SPI_INV_MASK = 0x01;

/** An SPI match of `proto`: the header's `need` bytes, the SPI at `off` (u16: IPcomp's CPI); the rule must be of that protocol. */
function spiMatchOf(proto: number, need: number, off: number, u16 = false): XtMatch {
  return {
    revision: 0,
    proto,
    check(info) {
      if (num(info, 'invflags') & ~SPI_INV_MASK) throw new KError('EINVAL');
    },
    match: (skb, par, info) => spiHeaderMatch(skb, par, info, need, off, u16),
  };
}

/** xt_esp.c: struct ip_esp_hdr (spi, seq_no: 8 bytes), the SPI first; -p esp. */
export const espMatch = spiMatchOf(50, 8, 0);
/** ipt_ah.c: struct ip_auth_hdr (12 bytes), the SPI at 4; -p ah. */
export const ahMatch = spiMatchOf(51, 12, 4);
/** xt_ipcomp.c comp_mt(): struct ip_comp_hdr (4 bytes), its 16-bit CPI at 2; -p ipcomp. */
export const ipcompMatch = spiMatchOf(108, 4, 2, true);
