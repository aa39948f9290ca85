/**
 * Forwarding: TTL, MTU, redirects, then out through the route.
 * @linux net/ipv4/ip_forward.c
 */
import type { SkBuff } from '../core/skbuff.js';
import { PACKET_HOST } from '../core/skbuff.js';
import { IpStat } from '../core/snmp.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import { IPSKB_DOREDIRECT, type Rtable } from './route.js';
import { icmpSend } from './icmp_send.js';
import { ipRtSendRedirect } from './icmp_send.js';
import { ICMP_DEST_UNREACH, ICMP_EXC_TTL, ICMP_FRAG_NEEDED, ICMP_TIME_EXCEEDED } from '../../wire/icmp.js';
import { csumReplace2 } from '../../wire/checksum.js';
import { IP_DF } from './ip_output.js';

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
  if (b[o + 8]! <= 1) {
    net.mib.ip[IpStat.INHDRERRORS]!++;
    icmpSend(skb, ICMP_TIME_EXCEEDED, ICMP_EXC_TTL, 0);
    kfreeSkbReason(net, skb, 'IP_INHDR', 'ip_forward');
    return;
  }
  const rt = skb.dst as Rtable;
  const mtu = rt.mtu();
  const totLen = (b[o + 2]! << 8) | b[o + 3]!;
  if (totLen > mtu && ((b[o + 6]! << 8) & IP_DF)) {
    net.mib.ip[IpStat.FRAGFAILS]!++;
    icmpSend(skb, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, mtu);
    kfreeSkbReason(net, skb, 'PKT_TOO_BIG', 'ip_forward');
    return;
  }
  ipDecreaseTtl(b, o);
  if (skb.ipcbFlags & IPSKB_DOREDIRECT) ipRtSendRedirect(skb);
  ipForwardFinish(skb, rt);
}

/** ip_decrease_ttl(): TTL - 1 with the RFC 1624 incremental checksum update. */
function ipDecreaseTtl(b: Uint8Array, o: number): void {
  const old = (b[o + 8]! << 8) | b[o + 9]!;
  b[o + 8] = b[o + 8]! - 1;
  const neu = (b[o + 8]! << 8) | b[o + 9]!;
  const check = csumReplace2((b[o + 10]! << 8) | b[o + 11]!, old, neu);
  b[o + 10] = check >>> 8;
  b[o + 11] = check & 0xff;
}

/** ip_forward_finish(): count and dst_output(). */
function ipForwardFinish(skb: SkBuff, rt: Rtable): void {
  const net = rt.dev.net;
  net.mib.ip[IpStat.OUTFORWDATAGRAMS]!++;
  rt.output(skb);
}

