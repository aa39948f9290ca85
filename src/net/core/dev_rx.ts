/**
 * The packet entry points of net/core/dev.c: dev_queue_xmit() hands an skb to
 * the driver; netif_rx() queues a received skb for the softirq, which runs
 * __netif_receive_skb() and the protocol handlers registered with
 * dev_add_pack().
 * @linux net/core/dev.c
 */
import type { SkBuff } from './skbuff.js';
import type { NetDevice } from './netdevice.js';
import { IFF_UP } from './netdevice.js';
import { trace } from './trace.js';
import { kfreeSkbReason } from './drop_reason.js';
import { ETH_P_ALL } from '../../wire/ethernet.js';

/** struct packet_type: `func` owns the skb it is given. */
export interface PacketType {
  /** Ethertype in host order; ETH_P_ALL (3) sees every packet. */
  readonly type: number;
  /** Only for packets of this device, or any when null. */
  readonly dev?: NetDevice | null;
  func(skb: SkBuff, dev: NetDevice): void;
}

const ptypeBase = new Map<number, PacketType[]>();
const ptypeAll: PacketType[] = [];

/** dev_add_pack() */
export function devAddPack(pt: PacketType): void {
  if (pt.type === ETH_P_ALL) ptypeAll.push(pt);
  else {
    const list = ptypeBase.get(pt.type) ?? [];
    list.push(pt);
    ptypeBase.set(pt.type, list);
  }
}

/** dev_remove_pack() */
export function devRemovePack(pt: PacketType): void {
  const list = pt.type === ETH_P_ALL ? ptypeAll : ptypeBase.get(pt.type);
  if (!list) return;
  const i = list.indexOf(pt);
  if (i >= 0) list.splice(i, 1);
}

/**
 * dev_queue_xmit(): the driver owns the skb from here. A device that is down
 * drops it (Linux: -ENETDOWN from __dev_queue_xmit's netif_running check).
 */
export function devQueueXmit(skb: SkBuff): void {
  const dev = skb.dev;
  if (!dev) return;
  trace(dev.net, skb, 'dev_queue_xmit', dev);
  if (!(dev.flags & IFF_UP)) {
    dev.stats.txDropped++;
    kfreeSkbReason(dev.net, skb, 'DEV_READY', '__dev_queue_xmit');
    return;
  }
  dev.ops.startXmit(skb, dev);
}

/**
 * The softnet backlog of one lab: received skbs wait here for the "softirq"
 * (one zero-delay event drains the whole queue, as net_rx_action does), so
 * reception allocates nothing per packet.
 */
class Backlog {
  private q: (SkBuff | undefined)[] = [];
  private head = 0;
  private scheduled = false;

  constructor(private readonly sched: { schedule(delay: number, fn: () => void): unknown }) {}

  enqueue(skb: SkBuff): void {
    this.q.push(skb);
    if (this.scheduled) return;
    this.scheduled = true;
    this.sched.schedule(0, this.drain);
  }

  private readonly drain = (): void => {
    while (this.head < this.q.length) {
      const skb = this.q[this.head]!;
      this.q[this.head++] = undefined;
      netifReceiveSkb(skb);
    }
    this.q.length = 0;
    this.head = 0;
    this.scheduled = false;
  };
}

const backlogs = new WeakMap<object, Backlog>();

/** netif_rx(): queue for the softirq. */
export function netifRx(skb: SkBuff, dev: NetDevice): void {
  skb.dev = dev;
  const world = dev.net.world;
  let bl = backlogs.get(world);
  if (!bl) {
    bl = new Backlog(world.sched);
    backlogs.set(world, bl);
  }
  bl.enqueue(skb);
}

/**
 * __netif_receive_skb_core(): taps first (ETH_P_ALL), then the handler of
 * skb.protocol; no handler means the packet is dropped and counted
 * (rx_nohandler, SKB_DROP_REASON_UNHANDLED_PROTO).
 */
export function netifReceiveSkb(skb: SkBuff): void {
  const dev = skb.dev;
  if (!dev || !dev.registered) return;
  skb.skbIif = dev.ifindex;
  trace(dev.net, skb, '__netif_receive_skb', dev);
  for (const pt of ptypeAll) if (!pt.dev || pt.dev === dev) pt.func(skb.clone(), dev);
  const handlers = ptypeBase.get(skb.protocol);
  const pt = handlers?.find((h) => !h.dev || h.dev === dev);
  if (!pt) {
    dev.stats.rxNohandler++;
    kfreeSkbReason(dev.net, skb, 'UNHANDLED_PROTO', '__netif_receive_skb_core');
    return;
  }
  pt.func(skb, dev);
}
