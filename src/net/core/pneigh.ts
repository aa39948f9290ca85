/**
 * Proxy neighbour entries (`ip neigh add proxy ADDR [dev DEV]`) and the
 * queue of proxied requests answered after a random delay.
 * @linux net/core/neighbour.c pneigh_lookup(), pneigh_delete(), pneigh_ifdown_and_unlock(),
 *        pneigh_queue_purge(), pneigh_enqueue(), neigh_proxy_process()
 */
import type { NetDevice } from './netdevice.js';
import type { SkBuff } from './skbuff.js';
import type { NeighParms } from './neigh_parms.js';
import { kfreeSkbReason } from './drop_reason.js';
import { JIFFY_NS, LOCALLY_ENQUEUED, type NeighTable, type PneighEntry } from './neighbour.js';
import { modTimer } from '../../sim/timer_wheel.js';

/** __pneigh_lookup_1(): an entry for `dev` or for any device. */
export function pneighLookup(tbl: NeighTable, key: number, dev: NetDevice | null): PneighEntry | null {
  for (const p of tbl.pneighs) if (p.key === key && (p.dev === dev || !p.dev)) return p;
  return null;
}

/** pneigh_lookup(..., creat = 1) */
export function pneighCreate(tbl: NeighTable, key: number, dev: NetDevice | null): PneighEntry {
  const have = pneighLookup(tbl, key, dev);
  if (have) return have;
  const p: PneighEntry = { key, dev, flags: 0, protocol: 0, permanent: false };
  // Linux prepends to the hash chain.
  tbl.pneighs.unshift(p);
  return p;
}

/** pneigh_delete(): an exact (key, dev) match. */
export function pneighDelete(tbl: NeighTable, key: number, dev: NetDevice | null): boolean {
  const i = tbl.pneighs.findIndex((p) => p.key === key && p.dev === dev);
  if (i < 0) return false;
  tbl.pneighs.splice(i, 1);
  return true;
}

/** pneigh_ifdown_and_unlock(): entries of `dev` go (permanent ones survive carrier loss). */
export function pneighIfdown(tbl: NeighTable, dev: NetDevice | null, skipPerm: boolean): void {
  for (let i = tbl.pneighs.length - 1; i >= 0; i--) {
    const p = tbl.pneighs[i]!;
    if (skipPerm && p.permanent) continue;
    if (!dev || p.dev === dev) tbl.pneighs.splice(i, 1);
  }
}

/** pneigh_queue_purge(): delayed proxy requests received on the device die. */
export function pneighQueuePurge(tbl: NeighTable, dev: NetDevice | null): void {
  if (tbl.proxyQueued === 0) return;
  for (const [skb, q] of [...tbl.proxyQueue]) {
    if (dev && skb.dev !== dev) continue;
    tbl.net.sched.cancel(q.timer);
    tbl.proxyQueue.delete(skb);
    tbl.proxyQlen.set(q.parms, (tbl.proxyQlen.get(q.parms) ?? 1) - 1);
    kfreeSkbReason(tbl.net, skb, 'NOT_SPECIFIED', 'pneigh_queue_purge');
  }
}

/**
 * pneigh_enqueue(): answer a proxied request after a random delay below
 * proxy_delay; the queue of a device holds at most proxy_qlen requests.
 */
export function pneighEnqueue(tbl: NeighTable, p: NeighParms, skb: SkBuff): void {
  const net = tbl.net;
  const delayJ = Math.floor(p.proxyDelay / 4);
  const delay = (delayJ ? net.world.rng.below(delayJ) : 0) * JIFFY_NS;
  const qlen = tbl.proxyQlen.get(p) ?? 0;
  if (qlen > p.proxyQlen) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'pneigh_enqueue');
    return;
  }
  skb.neighCbFlags |= LOCALLY_ENQUEUED;
  skb.dst = null;
  tbl.proxyQlen.set(p, qlen + 1);
  const timer = modTimer(net.sched, delay, () => neighProxyProcess(tbl, skb));
  tbl.proxyQueue.set(skb, { timer, parms: p });
}

/** neigh_proxy_process(): the delay is over; process again if the device still runs. */
function neighProxyProcess(tbl: NeighTable, skb: SkBuff): void {
  const q = tbl.proxyQueue.get(skb);
  if (!q) return;
  tbl.proxyQueue.delete(skb);
  tbl.proxyQlen.set(q.parms, (tbl.proxyQlen.get(q.parms) ?? 1) - 1);
  const dev = skb.dev;
  if (dev && dev.registered && dev.isUp) tbl.ops.proxyRedo(skb);
  else kfreeSkbReason(tbl.net, skb, 'NOT_SPECIFIED', 'neigh_proxy_process');
}
