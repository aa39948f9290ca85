/**
 * Transmit through a neighbour: the cached-header fast path for connected
 * entries, the resolving path that queues and solicits, and the direct path
 * of devices without a link-layer header.
 * @linux net/core/neighbour.c neigh_resolve_output(), neigh_connected_output(),
 *        neigh_direct_output(); include/net/neighbour.h neigh_output(), neigh_hh_output()
 */
import type { SkBuff } from './skbuff.js';
import { devQueueXmit } from './dev_rx.js';
import { NET_XMIT_DROP, NET_XMIT_SUCCESS } from './netdevice.js';
import { errnoNumber } from './errno.js';
import { kfreeSkbReason } from './drop_reason.js';
import { trace } from './trace.js';
import { HhCache, NUD_CONNECTED, type Neighbour } from './neighbour.js';
import { neighEventSend } from './neigh_update.js';
import { devHasHeaderOps, ethHeader, ethHeaderCache } from '../ethernet/eth_header.js';

/** neigh_hh_output(): copy the cached header in front of the packet and send. */
function neighHhOutput(n: Neighbour, hh: HhCache, skb: SkBuff): number {
  const len = hh.len;
  if (skb.headroom < len) {
    kfreeSkbReason(n.tbl.net, skb, 'NOT_SPECIFIED', 'neigh_hh_output');
    return NET_XMIT_DROP;
  }
  const o = skb.push(len);
  const b = skb.buf;
  const d = hh.data;
  for (let i = 0; i < len; i++) b[o + i] = d[i]!;
  skb.macHeader = o;
  trace(n.tbl.net, skb, 'neigh_hh_output', n.dev);
  return devQueueXmit(skb);
}

/**
 * neigh_output(): the connected fast path when the header is cached, else
 * the entry's current output function. Owns the skb; returns what
 * dev_queue_xmit() returned (0 when the packet waits for resolution).
 */
export function neighOutput(n: Neighbour, skb: SkBuff, skipCache: boolean): number {
  const hh = n.hh;
  if (!skipCache && n.nudState & NUD_CONNECTED && hh !== null && hh.len) return neighHhOutput(n, hh, skb);
  return n.output(n, skb);
}

/** neigh_hh_init(): build the header cache once (dev->header_ops->cache). */
function neighHhInit(n: Neighbour): void {
  const hh = (n.hh ??= new HhCache());
  if (!hh.len) hh.len = ethHeaderCache(hh.data, n.dev, n.ha, n.tbl.ops.protocol);
}

/** dev_hard_header() with the neighbour's address, then dev_queue_xmit(). */
function hardHeaderXmit(n: Neighbour, skb: SkBuff, fn: string): number {
  const dev = n.dev;
  // __skb_pull(skb, skb_network_offset(skb)): start again at the network header.
  if (skb.networkHeader >= 0 && skb.data !== skb.networkHeader) skb.data = skb.networkHeader;
  if (ethHeader(skb, dev, skb.protocol, n.ha, null) < 0) {
    kfreeSkbReason(n.tbl.net, skb, 'NOT_SPECIFIED', fn);
    return -errnoNumber.EINVAL;
  }
  skb.macHeader = skb.data;
  return devQueueXmit(skb);
}

/** neigh_resolve_output(): "slow and careful" — resolve first, then send; a queued packet is a success (0). */
export function neighResolveOutput(n: Neighbour, skb: SkBuff): number {
  trace(n.tbl.net, skb, 'neigh_resolve_output', n.dev);
  if (neighEventSend(n, skb)) return NET_XMIT_SUCCESS;
  if (devHasHeaderOps(n.dev) && !n.hh?.len) neighHhInit(n);
  return hardHeaderXmit(n, skb, 'neigh_resolve_output');
}

/** neigh_direct_output(): no link-layer header at all. */
export function neighDirectOutput(n: Neighbour, skb: SkBuff): number {
  trace(n.tbl.net, skb, 'neigh_direct_output', n.dev);
  return devQueueXmit(skb);
}
