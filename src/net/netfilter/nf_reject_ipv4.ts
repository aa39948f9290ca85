/**
 * What REJECT sends: an ICMP destination unreachable about the packet, or
 * a TCP reset.
 * @linux net/ipv4/netfilter/nf_reject_ipv4.c nf_send_unreach(), nf_send_reset()
 */
import { CHECKSUM_COMPLETE, CHECKSUM_PARTIAL, CHECKSUM_UNNECESSARY, type SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { devQueueXmit } from '../core/dev_rx.js';
import { ethHeader } from '../ethernet/eth_header.js';
import { ETH_ALEN, ETH_P_IP, Ethh } from '../../wire/ethernet.js';
import { trace } from '../core/trace.js';
import { NF_INET_LOCAL_IN, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import { icmpSend } from '../ipv4/icmp_send.js';
import { ICMP_DEST_UNREACH } from '../../wire/icmp.js';
import { IP_OFFSET, IPPROTO_TCP, Iph, iphHdrLen, ipSendCheck } from '../../wire/ipv4.js';
import { IPPROTO_AH, IPPROTO_ESP, IPPROTO_GRE, IPPROTO_SCTP, IPPROTO_UDP, IPPROTO_UDPLITE } from '../../uapi/linux/in.js';
import { csumFold, csumPartial, csumTcpUdpMagic } from '../../wire/checksum.js';
import { Udph } from '../../wire/udp.js';
import { getU16, getU32, putU16, putU32 } from '../../wire/bytes.js';
import { TCPHDR_ACK, TCPHDR_FIN, TCPHDR_RST, TCPHDR_SYN, TCP_HLEN, Tcph, tcpCsum } from '../../wire/tcp.js';
import { ipRouteOutputKey } from '../ipv4/route.js';
import { newFlowi4 } from '../ipv4/fib_rules.js';
import { routeMeHarderKeepsSrc } from './nf_route.js';
import { nfCtAttach } from './core.js';
import { nfCtSetClosing } from './nf_conntrack_proto.js';
import { RT_SCOPE_UNIVERSE } from '../ipv4/fib_types.js';
import { ipSelectTtl } from '../ipv4/icmp_send.js';
import { IP_DF, ipAllocSkb, ipLocalOut, ipPushHeader } from '../ipv4/ip_output.js';
import { tcpV4SendCheck } from '../ipv4/tcp_output.js';

/**
 * nf_send_unreach(): never about a non-first fragment; the packet keeps its
 * dst (INPUT/FORWARD/OUTPUT only); and never about a packet whose checksum
 * is wrong (nf_reject_verify_csum(), nf_ip_checksum()).
 */
export function nfSendUnreach(skb: SkBuff, code: number, hook: number): void {
  const nh = skb.networkHeader;
  if (getU16(skb.buf, nh + Iph.FragOff) & IP_OFFSET) return;
  if (!skb.dst) return;
  if (!nfRejectCsumOk(skb, hook)) return;
  icmpSend(skb, ICMP_DEST_UNREACH, code, 0);
}

/**
 * nf_ip_checksum() without summing: CHECKSUM_PARTIAL and UNNECESSARY skbs
 * are not checked, nor a CHECKSUM_COMPLETE one outside PRE_ROUTING and
 * LOCAL_IN (its sum is trusted there: "break" with csum 0). tuxnet keeps
 * no skb->csum, so a CHECKSUM_COMPLETE skb at PRE_ROUTING/LOCAL_IN is
 * summed afresh (the kernel's check against skb->csum falls back to that).
 * @linux net/netfilter/utils.c nf_ip_checksum()
 */
function nfIpChecksumTrusted(skb: SkBuff, hook: number): boolean {
  if (skb.ipSummed === CHECKSUM_PARTIAL || skb.ipSummed === CHECKSUM_UNNECESSARY) return true;
  return skb.ipSummed === CHECKSUM_COMPLETE && hook !== NF_INET_PRE_ROUTING && hook !== NF_INET_LOCAL_IN;
}

/**
 * nf_send_unreach()'s checksum test: skb_csum_unnecessary() (a packet of
 * this host's stack, CHECKSUM_PARTIAL, or one already verified) passes;
 * nf_reject_verify_csum() skips the protocols without a 16-bit one's
 * complement sum of the whole payload (UDP without a checksum, GRE, AH,
 * ESP, SCTP, UDP-Lite); else nf_ip_checksum() over the skb's payload, with
 * the pseudo header for TCP and UDP only, must come to 0. So a REJECT of
 * an unknown protocol answers only when its payload happens to sum to 0,
 * and nothing answers a packet whose IP options this host filled in.
 * @linux include/net/netfilter/nf_reject.h nf_reject_verify_csum(), net/netfilter/utils.c nf_ip_checksum()
 */
function nfRejectCsumOk(skb: SkBuff, hook: number): boolean {
  // skb_csum_unnecessary(): CHECKSUM_UNNECESSARY, csum_valid (a sum some
  // host's conntrack verified, kept across veth: the first fragment of a
  // datagram an upstream router reassembled and sent again as it came), or
  // CHECKSUM_PARTIAL.
  if (skb.ipSummed === CHECKSUM_PARTIAL || skb.ipSummed === CHECKSUM_UNNECESSARY || skb.csumValid) return true;
  if (nfIpChecksumTrusted(skb, hook)) return true;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const th = nh + iphHdrLen(b, nh);
  const len = Math.max(0, Math.min(getU16(b, nh + Iph.TotLen), skb.tail - nh) - (th - nh));
  const proto = b[nh + Iph.Protocol]!;
  switch (proto) {
    case IPPROTO_UDP:
      if (len >= 8 && getU16(b, th + Udph.Check) === 0) return true;
      break;
    case IPPROTO_GRE: case IPPROTO_AH: case IPPROTO_ESP: case IPPROTO_SCTP: case IPPROTO_UDPLITE:
      return true;
  }
  // __skb_checksum_complete() sums the skb from skb->data, the IP header: a
  // header whose sum is right adds nothing, but one whose options were
  // written on input (record route, timestamps: is_changed, re-summed only
  // by ip_forward_options()) spoils the sum, so such packets get no error.
  const sum = csumPartial(b, nh, th - nh + len, 0);
  if (proto === IPPROTO_TCP || proto === IPPROTO_UDP) {
    return csumTcpUdpMagic(getU32(b, nh + Iph.Saddr), getU32(b, nh + Iph.Daddr), len, proto, sum) === 0;
  }
  return csumFold(sum) === 0;
}

/**
 * nf_send_reset(): a RST for a TCP segment, built by
 * nf_reject_ip_tcphdr_put() from the segment's ports and sequence numbers
 * (never for a RST, a non-first fragment or a bad checksum), in an IP header
 * from nf_reject_iphdr_put() (tos 0, DF, addresses swapped, the route's
 * hop limit), routed by ip_route_me_harder() and sent by ip_local_out().
 * No TCP MIB counter moves: the stack never saw the segment.
 */
export function nfSendReset(net: Net, skb: SkBuff, hook: number): void {
  const b = skb.buf;
  const nh = skb.networkHeader;
  if (b[nh + Iph.Protocol] !== IPPROTO_TCP || getU16(b, nh + Iph.FragOff) & IP_OFFSET) return;
  const th = nh + iphHdrLen(b, nh);
  const tcpLen = getU16(b, nh + Iph.TotLen) - (th - nh);
  if (tcpLen < TCP_HLEN || th + tcpLen > skb.tail) return;
  const saddr = getU32(b, nh + Iph.Daddr);
  const daddr = getU32(b, nh + Iph.Saddr);
  // nf_reject_ip_tcphdr_get() -> nf_ip_checksum(): only a CHECKSUM_NONE skb, or a CHECKSUM_COMPLETE one at PRE_ROUTING/LOCAL_IN, is summed.
  if (!nfIpChecksumTrusted(skb, hook) && tcpCsum(b, th, tcpLen, daddr, saddr) !== 0) return;
  const oflags = b[th + Tcph.Flags]!;
  if (oflags & TCPHDR_RST) return;
  // ip_route_me_harder(): on FORWARD the source is the segment's destination, not ours (FLOWI_FLAG_ANYSRC).
  const keep = routeMeHarderKeepsSrc(net, skb.dst?.dev ?? skb.dev, saddr);
  const fl4 = newFlowi4({ daddr, saddr: keep ? saddr : 0, anySrc: keep, oif: 0, iif: 1, mark: net.ipv4.sysctl.fwmarkReflect ? skb.mark : 0,
    tos: 0, scope: RT_SCOPE_UNIVERSE, proto: IPPROTO_TCP, sport: getU16(b, th + Tcph.Dest), dport: getU16(b, th + Tcph.Source) });
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') return;
  trace(net, skb, 'nf_send_reset');
  const out = ipAllocSkb(net, TCP_HLEN);
  const o = out.data;
  const ob = out.buf;
  putU16(ob, o + Tcph.Source, fl4.sport);
  putU16(ob, o + Tcph.Dest, fl4.dport);
  let flags = TCPHDR_RST;
  if (oflags & TCPHDR_ACK) putU32(ob, o + Tcph.Seq, getU32(b, th + Tcph.AckSeq));
  else {
    // ack_seq = seq + syn + fin + payload length
    const doff = (b[th + Tcph.Doff]! >> 4) * 4;
    const occupied = tcpLen - doff + (oflags & TCPHDR_SYN ? 1 : 0) + (oflags & TCPHDR_FIN ? 1 : 0);
    putU32(ob, o + Tcph.AckSeq, (getU32(b, th + Tcph.Seq) + occupied) >>> 0);
    flags |= TCPHDR_ACK;
  }
  ob[o + Tcph.Doff] = (TCP_HLEN >> 2) << 4;
  ob[o + Tcph.Flags] = flags;
  // nf_reject_ip_tcphdr_put(): the device finishes the sum (CHECKSUM_PARTIAL), as for the stack's own segments.
  tcpV4SendCheck(out, o, saddr, daddr);
  out.mark = fl4.mark;
  ipPushHeader(net, out, { saddr, daddr, protocol: IPPROTO_TCP, tos: 0, ttl: ipSelectTtl(net, rt), fragOff: IP_DF });
  // nf_ct_attach(): the reset belongs to the refused segment's connection, so NAT reverses it for the client.
  nfCtAttach(out, skb);
  // nf_ct_set_closing(): the connection is over for conntrack too (CLOSE, 10 s), not left ESTABLISHED for days.
  nfCtSetClosing(skb);
  if (skb.brnfPhysindev !== null) nfSendResetBridged(skb, out, skb.brnfPhysindev);
  else ipLocalOut(net, out, rt);
}

/**
 * nf_send_reset()'s bridged case: "If we use ip_local_out for bridged
 * traffic, the MAC source on the RST will be ours, instead of the
 * destination's": the reset leaves directly by the port the segment came
 * in by, from the segment's destination MAC to its source, with no IP
 * counter and no OUTPUT or POSTROUTING hook.
 */
function nfSendResetBridged(oldskb: SkBuff, nskb: SkBuff, physindev: NetDevice): void {
  nskb.dev = physindev;
  ipSendCheck(nskb.buf, nskb.networkHeader);
  const ob = oldskb.buf;
  const mac = oldskb.macHeader;
  ethHeader(nskb, physindev, ETH_P_IP, ob.subarray(mac + Ethh.Source, mac + Ethh.Source + ETH_ALEN), ob.subarray(mac + Ethh.Dest, mac + Ethh.Dest + ETH_ALEN));
  devQueueXmit(nskb);
}
