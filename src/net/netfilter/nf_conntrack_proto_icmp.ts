/**
 * ICMP connection tracking: queries (echo, timestamp, info, address mask)
 * make connections keyed by their id, answered by the matching reply type;
 * errors are RELATED to the connection whose packet they quote (the inner
 * header's tuple, inverted, must be in the table, and the outer
 * destination must be that connection's destination).
 * @linux net/netfilter/nf_conntrack_proto_icmp.c, nf_conntrack_core.c nf_conntrack_inet_error()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NfHookState } from './core.js';
import type { NfConntrackL4proto } from './nf_conntrack_proto.js';
import { NF_ACCEPT } from '../../uapi/linux/netfilter.js';
import {
  ICMP_ADDRESS, ICMP_ADDRESSREPLY, ICMP_DEST_UNREACH, ICMP_ECHO, ICMP_ECHOREPLY, ICMP_INFO_REPLY, ICMP_INFO_REQUEST,
  ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_SOURCE_QUENCH, ICMP_TIME_EXCEEDED, ICMP_TIMESTAMP, ICMP_TIMESTAMPREPLY,
  NR_ICMP_TYPES,
} from '../../uapi/linux/icmp.js';
import { Iph } from '../../wire/ipv4.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { IP_CT_DIR_REPLY, IP_CT_IS_REPLY, IP_CT_RELATED } from './nf_conntrack_tuple.js';
import { nfConntrackFindGet, nfCtRefreshAcct } from './nf_conntrack_core.js';
import { nfCtGetTuplepr, nfCtInvertTuple } from './nf_conntrack_proto.js';
import { nfCtLogInvalid } from './nf_conntrack_log.js';
import { nfL4ChecksumBad } from './nf_conntrack_proto_udp.js';
import type { NfConntrackZone } from './nf_conntrack_zones.js';

/** invmap[]: the reply type of each query, + 1 (0: none). */
const INVMAP: readonly number[] = (() => {
  const m = new Array<number>(NR_ICMP_TYPES + 1).fill(0);
  m[ICMP_ECHO] = ICMP_ECHOREPLY + 1;
  m[ICMP_ECHOREPLY] = ICMP_ECHO + 1;
  m[ICMP_TIMESTAMP] = ICMP_TIMESTAMPREPLY + 1;
  m[ICMP_TIMESTAMPREPLY] = ICMP_TIMESTAMP + 1;
  m[ICMP_INFO_REQUEST] = ICMP_INFO_REPLY + 1;
  m[ICMP_INFO_REPLY] = ICMP_INFO_REQUEST + 1;
  m[ICMP_ADDRESS] = ICMP_ADDRESSREPLY + 1;
  m[ICMP_ADDRESSREPLY] = ICMP_ADDRESS + 1;
  return m;
})();

/** valid_new[]: the types that may start a connection. */
const validNew = (type: number): boolean => type === ICMP_ECHO || type === ICMP_TIMESTAMP || type === ICMP_INFO_REQUEST || type === ICMP_ADDRESS;

/** icmp_is_err() */
function icmpIsErr(type: number): boolean {
  return type === ICMP_DEST_UNREACH || type === ICMP_SOURCE_QUENCH || type === ICMP_TIME_EXCEEDED ||
    type === ICMP_PARAMETERPROB || type === ICMP_REDIRECT;
}

/**
 * nf_conntrack_inet_error(): is this error about one of our connections?
 * NF_ACCEPT with the skb set RELATED(_REPLY) to it, or -NF_ACCEPT.
 */
function nfConntrackInetError(skb: SkBuff, dataoff: number, state: NfHookState, zone: Readonly<NfConntrackZone>): number {
  const cn = state.net.nf.ct!;
  const orig = cn.scratch[2];
  const inner = cn.scratch[3];
  if (!nfCtGetTuplepr(skb, dataoff, orig)) return -NF_ACCEPT;
  // The inner packet went the other way: its inverse is the connection's tuple.
  if (!nfCtInvertTuple(inner, orig)) return -NF_ACCEPT;
  const h = nfConntrackFindGet(state.net, inner, zone);
  if (!h) return -NF_ACCEPT;
  const ct = h.ct;
  const outerDaddr = getU32(skb.buf, skb.networkHeader + Iph.Daddr);
  if (outerDaddr !== ct.tuplehash[h.tuple.dir]!.tuple.dstIp) {
    nfCtLogInvalid(skb, state, 1, 'outer daddr != inner');
    return -NF_ACCEPT;
  }
  let ctinfo = IP_CT_RELATED;
  if (h.tuple.dir === IP_CT_DIR_REPLY) ctinfo += IP_CT_IS_REPLY;
  skb.nfct = ct;
  skb.nfctinfo = ctinfo;
  return NF_ACCEPT;
}

export const nfCtIcmp: NfConntrackL4proto & { error(skb: SkBuff, dataoff: number, state: NfHookState, zone: Readonly<NfConntrackZone>): number } = {
  l4proto: 1,
  /** icmp_pkt_to_tuple(): the whole 8-byte header must be there. */
  pktToTuple(b, dataoff, tail, t) {
    if (dataoff + 8 > tail) return false;
    t.dstU = (b[dataoff]! << 8) | b[dataoff + 1]!;
    t.srcU = getU16(b, dataoff + 4);
    return true;
  },
  /** icmp_invert_tuple() */
  invertTuple(inv, orig) {
    const type = orig.dstU >>> 8;
    const r = INVMAP[type];
    if (!r) return false;
    inv.srcU = orig.srcU;
    inv.dstU = ((r - 1) << 8) | (orig.dstU & 0xff);
    return true;
  },
  /** nf_conntrack_icmp_packet(): only queries make connections; the timeout is refreshed. */
  packet(ct, skb, _dataoff, ctinfo, state) {
    const type = ct.tuplehash[0].tuple.dstU >>> 8;
    if (!validNew(type)) return -NF_ACCEPT;
    nfCtRefreshAcct(ct, ctinfo, skb, state.net.nf.ct!.sysctl.timeouts.icmp);
    return NF_ACCEPT;
  },
  /** nf_conntrack_icmpv4_error() */
  error(skb, dataoff, state, zone) {
    if (dataoff + 8 > skb.tail) {
      nfCtLogInvalid(skb, state, 1, 'short packet');
      return -NF_ACCEPT;
    }
    if (nfL4ChecksumBad(skb, dataoff, 1, state)) {
      nfCtLogInvalid(skb, state, 1, 'bad hw icmp checksum');
      return -NF_ACCEPT;
    }
    const type = skb.buf[dataoff]!;
    // RFC 1122 3.2.2: unknown ICMP types are silently discarded.
    if (type > NR_ICMP_TYPES) {
      nfCtLogInvalid(skb, state, 1, 'invalid icmp type');
      return -NF_ACCEPT;
    }
    if (!icmpIsErr(type)) return NF_ACCEPT;
    return nfConntrackInetError(skb, dataoff + 8, state, zone);
  },
};
