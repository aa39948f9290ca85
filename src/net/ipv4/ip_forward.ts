/**
 * Forwarding: TTL, MTU, redirects, then out through the route.
 * @linux net/ipv4/ip_forward.c
 */
import { skbGsoValidateNetworkLen } from './tcp_offload.js';
import type { SkBuff } from '../core/skbuff.js';
import { PACKET_HOST, skbCowHead } from '../core/skbuff.js';
import { IpStat, ipIncStats } from '../core/snmp.js';
import type { Net } from '../core/net_namespace.js';
import { nfHook } from '../netfilter/core.js';
import { NF_INET_FORWARD } from '../../uapi/linux/netfilter.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import { IPSKB_DOREDIRECT, rtTos2priority, skbRtable } from './route.js';
import { IPSKB_FORWARDED } from './ip_output_frag.js';
import { icmpSend } from './icmp_send.js';
import { ipRtSendRedirect } from './icmp_send.js';
import { ICMP_DEST_UNREACH, ICMP_EXC_TTL, ICMP_FRAG_NEEDED, ICMP_SR_FAILED, ICMP_TIME_EXCEEDED } from '../../wire/icmp.js';
import { ipForwardOptions, ipForwardSrrFailed } from './ip_options_route.js';
import { IP_DF, Iph, ipDecreaseTtl } from '../../wire/ipv4.js';
import { getU16 } from '../../wire/bytes.js';

/** ip_forward(): the dst.input of a forwarding route; owns the skb. */
export function ipForward(skb: SkBuff): void {
  const dev = skb.dev!;
  const net = dev.net;
  trace(net, skb, 'ip_forward');
  if (skb.pktType !== PACKET_HOST) {
    kfreeSkbReason(net, skb, 'OTHERHOST', 'ip_forward');
    return;
  }
  const b = skb.buf;
  const o = skb.networkHeader;
  // RFC 1812 5.3.1: decrease the TTL first; at zero, tell the sender.
  if (b[o + Iph.Ttl]! <= 1) {
    ipIncStats(net, IpStat.INHDRERRORS);
    icmpSend(skb, ICMP_TIME_EXCEEDED, ICMP_EXC_TTL, 0);
    kfreeSkbReason(net, skb, 'IP_INHDR', 'ip_forward');
    return;
  }
  const rt = skb.dst;
  if (!rt) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'ip_forward');
    return;
  }
  if (skb.ipOpt !== null && ipForwardSrrFailed(skb)) {
    // "Strict routing permits no gatewaying"
    icmpSend(skb, ICMP_DEST_UNREACH, ICMP_SR_FAILED, 0);
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'ip_forward');
    return;
  }
  // Linux 6.7+: ForwDatagrams (IPSTATS_MIB_INFORWDATAGRAMS) counts every datagram that got this far, dropped for its size or not.
  ipIncStats(net, IpStat.OUTFORWDATAGRAMS);
  skb.ipcbFlags |= IPSKB_FORWARDED;
  const mtu = skbRtable(skb)?.mtuMaybeForward(true) ?? rt.mtu();
  // RFC 1191 section 4: a datagram too big with DF set gets "fragmentation needed" and the MTU.
  if (ipExceedsMtu(skb, getU16(b, o + Iph.TotLen), mtu)) {
    ipIncStats(net, IpStat.FRAGFAILS);
    icmpSend(skb, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, mtu);
    kfreeSkbReason(net, skb, 'PKT_TOO_BIG', 'ip_forward');
    return;
  }
  // "We are about to mangle packet. Copy it!" (skb_cow()): data shared with a
  // clone (a bridge's flood to other ports, a packet socket's copy) must not
  // see this hop's TTL, options or MAC header; an skb of its own is left as is.
  skbCowHead(skb, 0);
  ipDecreaseTtl(skb.buf, skb.networkHeader);
  // "We now generate an ICMP HOST REDIRECT giving the route we calculated",
  // but not for a source-routed packet: its sender chose this hop (!opt->srr).
  if (skb.ipcbFlags & IPSKB_DOREDIRECT && !(skb.ipOpt !== null && skb.ipOpt.srr)) ipRtSendRedirect(skb);
  // ip_forward_update_priority: the priority band of the (forwarded) TOS, before the FORWARD hook.
  if (net.ipv4.sysctl.ipFwdUpdatePriority) skb.priority = rtTos2priority(skb.buf[skb.networkHeader + Iph.Tos]!);
  nfHook(NF_INET_FORWARD, net, skb, dev, rt.dev, ipForwardFinish);
}

/**
 * ip_exceeds_mtu(): too big, DF set, and either an original fragment was
 * already larger than the MTU or the sender did not allow fragmenting.
 */
function ipExceedsMtu(skb: SkBuff, len: number, mtu: number): boolean {
  if (len <= mtu) return false;
  if (!(getU16(skb.buf, skb.networkHeader + Iph.FragOff) & IP_DF)) return false;
  if (skb.fragMaxSize > mtu) return true;
  if (skb.ignoreDf) return false;
  // A GSO skb (from a TSO sender through veth) is judged by its segments.
  return !(skb.gsoSize !== 0 && skbGsoValidateNetworkLen(skb, mtu));
}

/** ip_forward_finish(): dst_output(). */
function ipForwardFinish(net: Net, skb: SkBuff): void {
  const rt = skb.dst;
  if (!rt) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'ip_forward_finish');
    return;
  }
  trace(net, skb, 'ip_forward_finish');
  if (skb.ipOpt !== null) ipForwardOptions(skb);
  rt.output(skb);
}

