/**
 * Drop reasons (enum skb_drop_reason, without the SKB_DROP_REASON_ prefix)
 * and kfree_skb_reason(): every drop names why, and the packet-walk trace
 * shows it.
 * @linux include/net/dropreason-core.h, net/core/skbuff.c kfree_skb_reason()
 */
import { skbReleaseHead, skbUnref, type SkBuff } from './skbuff.js';
import type { Net } from './net_namespace.js';
import { traceConsume, traceDrop } from './trace.js';
import { kfreeSkbmem } from './skbuff_cache.js';

export type DropReason =
  | 'NOT_SPECIFIED' | 'NO_SOCKET' | 'PKT_TOO_SMALL' | 'TCP_CSUM' | 'SOCKET_FILTER' | 'UDP_CSUM'
  | 'NETFILTER_DROP' | 'OTHERHOST' | 'IP_CSUM' | 'IP_INHDR' | 'IP_RPFILTER' | 'UNICAST_IN_L2_MULTICAST'
  | 'XFRM_POLICY' | 'IP_NOPROTO' | 'SOCKET_RCVBUFF' | 'PROTO_MEM' | 'IP_OUTNOROUTES' | 'NEIGH_CREATEFAIL'
  | 'NEIGH_FAILED' | 'NEIGH_QUEUEFULL' | 'NEIGH_DEAD' | 'QDISC_DROP' | 'UNHANDLED_PROTO' | 'DEV_READY'
  | 'HDR_TRUNC' | 'ICMP_CSUM' | 'INVALID_PROTO' | 'IP_INADDRERRORS' | 'IP_INNOROUTES' | 'PKT_TOO_BIG'
  | 'DUP_FRAG' | 'FRAG_REASM_TIMEOUT' | 'FRAG_TOO_FAR' | 'IP_LOCAL_SOURCE' | 'IP_INVALID_SOURCE'
  | 'IP_LOCALNET' | 'IP_INVALID_DEST' | 'IP_MARTIAN_SOURCE' | 'IP_MARTIAN_DEST' | 'ARP_PVLAN_DISABLE'
  | 'IP_TTL_EXPIRED' | 'SKB_CSUM' | 'DEV_HDR' | 'NOMEM'
  | 'MAC_INVALID_SOURCE' | 'MAC_IEEE_MAC_CONTROL' | 'BRIDGE_INGRESS_STP_STATE' | 'NO_TX_TARGET' | 'CPU_BACKLOG'
  | 'VXLAN_INVALID_HDR' | 'VXLAN_VNI_NOT_FOUND' | 'VXLAN_ENTRY_EXISTS' | 'LOCAL_MAC' | 'TUNNEL_TXINFO';

/**
 * kfree_skb_reason(): drop one reference; the last one frees the skb
 * (its destructor uncharges the socket that held it) with a trace event.
 * Tuxnet has no allocator to return it to; the caller counts the MIB.
 */
export function kfreeSkbReason(net: Net, skb: SkBuff, reason: DropReason, fn: string): void {
  if (!skbUnref(skb)) return;
  traceDrop(net, skb, fn, reason);
  skbReleaseHead(skb);
  kfreeSkbmem(skb);
}

/** consume_skb(): a normal end of life (delivered, replied to), not a drop. */
export function consumeSkb(skb: SkBuff): void {
  if (!skbUnref(skb)) return;
  if (skb.dev) traceConsume(skb.dev.net, skb);
  skbReleaseHead(skb);
  kfreeSkbmem(skb);
}
