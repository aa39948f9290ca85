/**
 * UDP connection tracking: ports make the tuple; a flow that has seen a
 * reply and is still active two seconds after it started is a stream
 * (ASSURED, nf_conntrack_udp_timeout_stream); otherwise entries live
 * nf_conntrack_udp_timeout.
 * @linux net/netfilter/nf_conntrack_proto_udp.c
 */
import type { NfConntrackL4proto } from './nf_conntrack_proto.js';
import { CHECKSUM_COMPLETE, CHECKSUM_PARTIAL, CHECKSUM_UNNECESSARY, type SkBuff } from '../core/skbuff.js';
import type { NfHookState } from './core.js';
import { NF_ACCEPT, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { Iph } from '../../wire/ipv4.js';
import { csumFold, csumPartial, csumTcpUdpMagic } from '../../wire/checksum.js';
import { IPS_ASSURED, IPS_CONFIRMED, IPS_SEEN_REPLY, IPS_UNTRACKED } from './nf_conntrack_tuple.js';
import { nfCtRefreshAcct } from './nf_conntrack_core.js';
import { IPCT_ASSURED, nfConntrackEventCache } from './nf_conntrack_ecache.js';
import { nfCtLogInvalid } from './nf_conntrack_log.js';

/** IPS_NAT_CLASH: the bit IPS_UNTRACKED had (a NAT clash entry never becomes assured). */
const IPS_NAT_CLASH = IPS_UNTRACKED;

/** The ports of a TCP or UDP header: both need the first 4 bytes. */
export function portsToTuple(b: Uint8Array, dataoff: number, tail: number, t: { srcU: number; dstU: number }): boolean {
  if (dataoff + 4 > tail) return false;
  t.srcU = getU16(b, dataoff);
  t.dstU = getU16(b, dataoff + 2);
  return true;
}

/**
 * nf_checksum() at PRE_ROUTING with nf_conntrack_checksum: whether the
 * transport checksum over [dataoff, end of datagram) is wrong. nf_ip_checksum()
 * verifies only CHECKSUM_NONE/COMPLETE skbs: a CHECKSUM_PARTIAL one (sent
 * by a stack of this machine, over veth) or CHECKSUM_UNNECESSARY one is
 * good. TCP and UDP sum a pseudo-header, other protocols (ICMP) the data
 * alone ("skb->csum = 0"). The sum found stays on the skb (ip_summed,
 * csum_valid) for the hosts it is forwarded to.
 * @linux net/netfilter/utils.c nf_ip_checksum(), net/core/skbuff.c __skb_checksum_complete()
 */
export function nfL4ChecksumBad(skb: SkBuff, dataoff: number, proto: number, state: NfHookState): boolean {
  if (!state.net.nf.ct!.sysctl.checksum || state.hook !== NF_INET_PRE_ROUTING || skb.ipSummed === CHECKSUM_PARTIAL || skb.ipSummed === CHECKSUM_UNNECESSARY) return false;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const end = nh + getU16(b, nh + Iph.TotLen);
  const len = end - dataoff;
  if (len < 0 || end > skb.tail) return true;
  const sum = csumPartial(b, dataoff, len, 0);
  const bad = proto !== 6 && proto !== 17
    ? csumFold(sum) !== 0
    : csumTcpUdpMagic(getU32(b, nh + Iph.Saddr), getU32(b, nh + Iph.Daddr), len, proto, sum) !== 0;
  // __skb_checksum_complete() "Save full packet checksum": CHECKSUM_COMPLETE, csum_valid = !sum.
  skb.ipSummed = CHECKSUM_COMPLETE;
  skb.csumValid = !bad;
  return bad;
}

/** udp_error(): truncated, malformed, or a bad checksum (0: none sent). */
function udpError(skb: SkBuff, dataoff: number, state: NfHookState): boolean {
  const b = skb.buf;
  const nh = skb.networkHeader;
  const udplen = nh + getU16(b, nh + Iph.TotLen) - dataoff;
  if (dataoff + 8 > skb.tail) {
    nfCtLogInvalid(skb, state, 17, 'short packet');
    return true;
  }
  const ulen = getU16(b, dataoff + 4);
  if (ulen > udplen || ulen < 8) {
    nfCtLogInvalid(skb, state, 17, 'truncated/malformed packet');
    return true;
  }
  if (getU16(b, dataoff + 6) === 0) return false;
  if (nfL4ChecksumBad(skb, dataoff, 17, state)) {
    nfCtLogInvalid(skb, state, 17, 'bad checksum');
    return true;
  }
  return false;
}

export const nfCtUdp: NfConntrackL4proto = {
  l4proto: 17,
  pktToTuple: portsToTuple,
  invertTuple(inv, orig) {
    inv.srcU = orig.dstU;
    inv.dstU = orig.srcU;
    return true;
  },
  /** nf_conntrack_udp_packet() */
  packet(ct, skb, dataoff, ctinfo, state) {
    if (udpError(skb, dataoff, state)) return -NF_ACCEPT;
    const to = state.net.nf.ct!.sysctl.timeouts;
    const now = state.net.sched.now;
    const status = ct.status;
    if (!(status & IPS_CONFIRMED)) ct.udpStreamTs = now + 2e9;
    if (status & IPS_SEEN_REPLY) {
      let extra = to.udp;
      let stream = false;
      // Still active after two seconds? Extend the timeout.
      if (now > ct.udpStreamTs) {
        extra = to.udpStream;
        stream = (status & IPS_ASSURED) === 0;
      }
      nfCtRefreshAcct(ct, ctinfo, skb, extra);
      if (status & IPS_NAT_CLASH) return NF_ACCEPT;
      if (stream && !(ct.status & IPS_ASSURED)) {
        ct.status |= IPS_ASSURED;
        nfConntrackEventCache(IPCT_ASSURED, ct);
      }
    } else nfCtRefreshAcct(ct, ctinfo, skb, to.udp);
    return NF_ACCEPT;
  },
};
