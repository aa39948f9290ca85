/**
 * The tcpmss match (the MSS option of a TCP segment within a range) and
 * the TCPMSS target (lower a SYN's MSS to a value, or to the path MTU
 * toward both ends minus 40 bytes of headers; never raise it).
 * @linux net/netfilter/xt_tcpmss.c tcpmss_mt(), net/netfilter/xt_TCPMSS.c tcpmss_tg4(), tcpmss_mangle_packet(), tcpmss_reverse_mtu()
 */
import { KError } from '../core/errno.js';
import { CHECKSUM_PARTIAL, type SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { NF_DROP, NF_INET_FORWARD, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING } from '../../uapi/linux/netfilter.js';
import { getU16, getU32, putU16 } from '../../wire/bytes.js';
import { csumReplace2 } from '../../wire/checksum.js';
import { Iph } from '../../wire/ipv4.js';
import { newFlowi4 } from '../ipv4/fib_rules.js';
import { ipRouteOutputKey, skbRtable } from '../ipv4/route.js';
import { dstMtu } from '../ipv4/icmp_send.js';
import { num, XT_CONTINUE, type XtMatch, type XtTarget } from './x_tables.js';

const IPPROTO_TCP = 6;
const TCPOPT_NOP = 1;
const TCPOPT_MSS = 2;
const TCPOLEN_MSS = 4;
const TCP_HLEN = 20;
/** XT_TCPMSS_CLAMP_PMTU */
const CLAMP_PMTU = 0xffff;

/** tcpmss_mt(): the first MSS option decides; none leaves only the inverted match true; a broken header drops. */
export const tcpmssMatch: XtMatch = {
  revision: 0,
  proto: IPPROTO_TCP,
  match(skb, par, info) {
    const b = skb.buf;
    const th = par.thoff;
    if (th + TCP_HLEN > skb.tail || (b[th + 12]! >> 4) * 4 < TCP_HLEN) {
      par.hotdrop = true;
      return false;
    }
    const optlen = (b[th + 12]! >> 4) * 4 - TCP_HLEN;
    const op = th + TCP_HLEN;
    if (op + optlen > skb.tail) {
      par.hotdrop = true;
      return false;
    }
    const invert = info['invert'] === true;
    for (let i = 0; i < optlen; ) {
      if (b[op + i] === TCPOPT_MSS && optlen - i >= TCPOLEN_MSS && b[op + i + 1] === TCPOLEN_MSS) {
        const mss = getU16(b, op + i + 2);
        return (mss >= num(info, 'min') && mss <= num(info, 'max')) !== invert;
      }
      i += b[op + i]! < 2 ? 1 : b[op + i + 1]! || 1;
    }
    return invert;
  },
};

/** tcpmss_reverse_mtu(): the MTU of the route back to the packet's source (nf_route()), ~0 without one. */
function reverseMtu(net: Net, skb: SkBuff): number {
  const rt = ipRouteOutputKey(net, newFlowi4({ daddr: getU32(skb.buf, skb.networkHeader + Iph.Saddr) }));
  return typeof rt === 'string' ? 0xffffffff : dstMtu(rt);
}

/**
 * tcpmss_mangle_packet() for IPv4: the new MSS written over a larger one,
 * the TCP checksum fixed; -1 drops. A SYN without an MSS option is left
 * alone (Linux would insert one; no lab stack sends such a SYN).
 */
function mangle(skb: SkBuff, net: Net, thoff: number, mssInfo: number): number {
  const b = skb.buf;
  const len = skb.tail - thoff;
  if (len < TCP_HLEN) return -1;
  const hlen = (b[thoff + 12]! >> 4) * 4;
  if (len < hlen || hlen < TCP_HLEN) return -1;
  let newmss = mssInfo;
  if (mssInfo === CLAMP_PMTU) {
    const rt = skbRtable(skb);
    const minMtu = Math.min(rt ? dstMtu(rt) : 0xffffffff, reverseMtu(net, skb));
    if (minMtu <= 40) return -1;
    newmss = minMtu - 40;
  }
  for (let i = TCP_HLEN; i <= hlen - TCPOLEN_MSS; ) {
    const o = thoff + i;
    if (b[o] === TCPOPT_MSS && b[o + 1] === TCPOLEN_MSS) {
      const oldmss = getU16(b, o + 2);
      if (oldmss <= newmss) return 0;
      putU16(b, o + 2, newmss);
      // inet_proto_csum_replace2(): a CHECKSUM_PARTIAL skb's device sums the new word itself.
      if (skb.ipSummed !== CHECKSUM_PARTIAL) putU16(b, thoff + 16, csumReplace2(getU16(b, thoff + 16), oldmss, newmss));
      return 0;
    }
    i += b[o]! <= TCPOPT_NOP || b[o + 1] === 0 ? 1 : b[o + 1]!;
  }
  return 0;
}

export const tcpmssTarget: XtTarget = {
  revision: 0,
  /** tcpmss_tg4_check(): clamping needs a route out (FORWARD, OUTPUT, POSTROUTING); nft_compat skips the SYN-match test. */
  check(info, par) {
    if (par.proto !== IPPROTO_TCP || par.invProto) throw new KError('EINVAL');
    const clampHooks = (1 << NF_INET_FORWARD) | (1 << NF_INET_LOCAL_OUT) | (1 << NF_INET_POST_ROUTING);
    if (num(info, 'mss') === CLAMP_PMTU && par.hookMask & ~clampHooks) throw new KError('EINVAL');
  },
  target(skb, par, info) {
    if (par.fragoff !== 0) return XT_CONTINUE;
    return mangle(skb, par.state.net, par.thoff, num(info, 'mss')) < 0 ? NF_DROP : XT_CONTINUE;
  },
};
