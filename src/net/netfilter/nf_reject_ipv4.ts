/**
 * What REJECT sends: an ICMP destination unreachable about the packet, or
 * a TCP reset.
 * @linux net/ipv4/netfilter/nf_reject_ipv4.c nf_send_unreach(), nf_send_reset()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { trace } from '../core/trace.js';
import { icmpSend } from '../ipv4/icmp_send.js';
import { ICMP_DEST_UNREACH } from '../../wire/icmp.js';
import { IP_OFFSET, IPPROTO_TCP, Iph } from '../../wire/ipv4.js';
import { getU16 } from '../../wire/bytes.js';

/** nf_send_unreach(): never about a non-first fragment; the packet keeps its dst (INPUT/FORWARD/OUTPUT only). */
export function nfSendUnreach(skb: SkBuff, code: number, hook: number): void {
  void hook;
  const nh = skb.networkHeader;
  if (getU16(skb.buf, nh + Iph.FragOff) & IP_OFFSET) return;
  if (!skb.dst) return;
  icmpSend(skb, ICMP_DEST_UNREACH, code, 0);
}

/**
 * nf_send_reset(): a RST for a TCP segment. Linux: nf_reject_ip_tcphdr_put()
 * builds it from the segment's ports and sequence numbers. tuxnet has no
 * TCP yet, so no segment reaches here with a socket to answer for: the
 * packet is only dropped (the walk shows it).
 */
export function nfSendReset(net: Net, skb: SkBuff, hook: number): void {
  void hook;
  if (skb.buf[skb.networkHeader + Iph.Protocol] !== IPPROTO_TCP) return;
  trace(net, skb, 'nf_send_reset: not implemented (no TCP yet)');
}
