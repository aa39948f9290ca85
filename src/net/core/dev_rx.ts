/**
 * The packet entry points of net/core/dev.c: dev_queue_xmit() hands an skb to
 * the driver; netif_rx() queues a received skb for the softirq, which runs
 * __netif_receive_skb() and the protocol handlers registered with
 * dev_add_pack().
 * @linux net/core/dev.c
 */
import { NETIF_F_HW_CSUM, NETIF_F_IP_CSUM, netGsoOk } from './netdev_features.js';
import {
  CHECKSUM_NONE, CHECKSUM_PARTIAL, CHECKSUM_UNNECESSARY, PACKET_LOOPBACK, PACKET_OTHERHOST, PACKET_OUTGOING, skbChecksumHelp, skbFcloneRelease,
  skbGet, type SkBuff,
} from './skbuff.js';
import type { NetDevice } from './netdevice.js';
import type { NetWorld } from './net_namespace.js';
import { IFF_UP, NET_XMIT_CN, NET_XMIT_DROP, NET_XMIT_SUCCESS } from './netdevice.js';
import { trace } from './trace.js';
import type { Scheduler, Timer } from '../../sim/scheduler.js';
import { consumeSkb, kfreeSkbReason } from './drop_reason.js';
import { ETH_P_ALL } from '../../wire/ethernet.js';
import { VLAN_VID_MASK, ethTypeVlan, skbVlanUntag, vlanHwaccelClearTag } from './skb_vlan.js';

/** struct packet_type: `func` owns the skb it is given. */
export interface PacketType {
  /** Ethertype in host order; ETH_P_ALL (3) sees every packet. */
  readonly type: number;
  /** Only for packets of this device (its ptype_all/ptype_specific), or any when null. */
  readonly dev?: NetDevice | null;
  /** `dev` is skb.dev (after rx_handlers), `origDev` the device the frame arrived on. */
  func(skb: SkBuff, dev: NetDevice, origDev: NetDevice): void;
}

/** ptype_head(): ETH_P_ALL taps and device-bound handlers live on the device, the rest on the world. */
function ptypeHead(world: NetWorld, pt: PacketType, create: boolean): PacketType[] | undefined {
  if (pt.type === ETH_P_ALL) return pt.dev ? pt.dev.ptypeAll : world.core.ptypeAll;
  if (pt.dev) return pt.dev.ptypeSpecific;
  const base = world.core.ptypeBase;
  let list = base.get(pt.type);
  if (!list && create) base.set(pt.type, (list = []));
  return list;
}

/** dev_add_pack() */
export function devAddPack(world: NetWorld, pt: PacketType): void {
  ptypeHead(world, pt, true)!.push(pt);
}

/** dev_remove_pack() */
export function devRemovePack(world: NetWorld, pt: PacketType): void {
  const list = ptypeHead(world, pt, false);
  if (!list) return;
  const i = list.indexOf(pt);
  if (i >= 0) list.splice(i, 1);
}

/**
 * dev_queue_xmit(): the driver owns the skb from here. A device that is down
 * drops it (its noop_qdisc: NET_XMIT_CN). Returns
 * what the driver says (NET_XMIT_DROP when it dropped the frame), which the
 * output path hands up to ip_do_fragment() and the socket.
 */
export function devQueueXmit(skb: SkBuff): number {
  const dev = skb.dev;
  if (!dev) return NET_XMIT_DROP;
  trace(dev.net, skb, 'dev_queue_xmit', dev);
  // The lab's drivers (loopback_xmit(), veth's skb_scrub_packet(), the tunnels) orphan what they send.
  if (!skb.destructor) {
    skb.sk = null;
    skbFcloneRelease(skb);
  }
  if (!(dev.flags & IFF_UP) || !dev.txActive) {
    // A device that is down, or up without carrier since the last linkwatch
    // run, has noop_qdisc on its queue (dev_init_scheduler(), dev_activate()
    // delayed, dev_deactivate()): noop_enqueue() counts tx_dropped, drops
    // before the taps, and says NET_XMIT_CN, which ip_send_skb() takes for
    // success (no OutDiscards, no error for the socket).
    dev.stats.txDropped++;
    kfreeSkbReason(dev.net, skb, 'QDISC_DROP', 'noop_enqueue');
    return NET_XMIT_CN;
  }
  if (skb.gsoSize !== 0 && !netGsoOk(dev.features, skb.gsoType)) return validateXmitSkbGso(skb, dev);
  const rc = xmitOne(skb, dev);
  // rcu_read_unlock_bh() at the end of __dev_queue_xmit(): in a system call the NET_RX softirq the
  // transmission raised runs now, so the peer has handled one fragment before the next leaves
  const sd = dev.net.world.core.softnet;
  if (sd.processContext > 0) {
    // what the softirq receives is nobody's child in a trace, however deep the transmission ran
    const t = dev.net.world.tracer;
    const parent = t.parent;
    t.parent = 0;
    sd.doSoftirq();
    t.parent = parent;
  }
  return rc;
}

/**
 * validate_xmit_skb()'s checksum step, then xmit_one(): a CHECKSUM_PARTIAL
 * skb on a device that cannot sum (no NETIF_F_HW_CSUM / NETIF_F_IP_CSUM)
 * is finished in software (skb_csum_hwoffload_help()); the taps, then the
 * driver. dev_nit_active() costs two length tests when nobody captures.
 */
function xmitOne(skb: SkBuff, dev: NetDevice): number {
  if (skb.ipSummed === CHECKSUM_PARTIAL && !(dev.features & (NETIF_F_HW_CSUM | NETIF_F_IP_CSUM))) skbChecksumHelp(skb);
  if (dev.net.world.core.ptypeAll.length > 0 || dev.ptypeAll.length > 0) devQueueXmitNit(skb, dev);
  const rc = dev.ops.startXmit(skb, dev);
  return rc === undefined ? NET_XMIT_SUCCESS : rc;
}

/**
 * validate_xmit_skb() -> skb_gso_segment(): a device without the GSO
 * skb's segmentation feature gets the segments, one by one (the taps see
 * them so, as they run after validation in dev_hard_start_xmit()), which
 * returns the last one's code (a dropped one does not stop the list:
 * dev_xmit_complete()).
 */
function validateXmitSkbGso(skb: SkBuff, dev: NetDevice): number {
  const segs = dev.net.world.core.gsoSegment.get(skb.protocol)?.(skb) ?? null;
  if (!segs) {
    dev.stats.txDropped++;
    kfreeSkbReason(dev.net, skb, 'NOT_SPECIFIED', 'validate_xmit_skb');
    return NET_XMIT_DROP;
  }
  consumeSkb(skb);
  let rc = NET_XMIT_SUCCESS;
  for (const seg of segs) rc = xmitOne(seg, dev);
  return rc;
}

/** net.core.netdev_max_backlog: the backlog's length limit (enqueue_to_backlog drops past it). */
export const NETDEV_MAX_BACKLOG = 1000;
/** net.core.netdev_budget: packets one net_rx_action run processes before it yields. */
export const NETDEV_BUDGET = 300;
/**
 * The virtual CPU time one received packet costs when the backlog runs
 * over budget: the next run waits that long per packet processed. Linux:
 * ksoftirqd competes for a real CPU; tuxnet charges virtual time, so a
 * forwarding loop (a broadcast storm) lets timers and processes run
 * instead of spinning at one instant forever.
 */
export const SOFTNET_PKT_COST_NS = 10_000;

/**
 * dev_queue_xmit_nit(): each ETH_P_ALL tap (the world's, then the
 * device's) gets a clone of the outgoing frame, its mac header reset to
 * the data and its type PACKET_OUTGOING. Linux: a tap never gets back
 * what its own socket sent (skb_loop_sk); tuxnet's taps do not send.
 */
export function devQueueXmitNit(skb: SkBuff, dev: NetDevice): void {
  const core = dev.net.world.core;
  for (let i = 0; i < 2; i++) {
    const list = i === 0 ? core.ptypeAll : dev.ptypeAll;
    for (let j = 0; j < list.length; j++) {
      const c = skb.clone();
      c.macHeader = c.data;
      c.pktType = PACKET_OUTGOING;
      // "skb->nh should be correctly set by sender": an unset network header becomes the data.
      if (c.networkHeader < c.data) c.networkHeader = c.data;
      list[j]!.func(c, dev, dev);
    }
  }
}

/**
 * softnet_data: the backlog of one lab world. Received skbs wait here for
 * the "softirq" (one zero-delay event drains the queue, as net_rx_action
 * does, up to netdev_budget packets; what is left runs after the virtual
 * CPU time the run cost), so reception allocates nothing per packet.
 * Past netdev_max_backlog queued packets, enqueue_to_backlog() drops.
 */
/** Slots of the backlog ring: a power of two above NETDEV_MAX_BACKLOG + 1. */
const RING = 2048;

export class Softnet {
  /** input_pkt_queue: a ring of RING slots (more than NETDEV_MAX_BACKLOG + 1), allocated once. */
  private readonly q: (SkBuff | undefined)[] = new Array<SkBuff | undefined>(RING).fill(undefined);
  private head = 0;
  private count = 0;
  private scheduled = false;
  /** /proc/net/softnet_stat: processed, dropped (backlog full), time_squeeze (runs out of budget). */
  processed = 0;
  dropped = 0;
  timeSqueeze = 0;

  /** The NET_RX softirq as a timer of its own, re-armed (no new object per burst of packets). */
  private timer: Timer | null = null;

  /**
   * Nesting depth of the datagram system calls in progress: process context,
   * where local_bh_enable() runs a pending softirq (doSoftirq()) after each
   * transmission. 0 in timers and in the softirq itself.
   */
  processContext = 0;

  constructor(private readonly sched: Scheduler) {}

  /** raise_softirq(NET_RX_SOFTIRQ) after `delay` ns of virtual time. */
  private raise(delay: number): void {
    if (this.timer) this.sched.rearm(this.timer, delay);
    else this.timer = this.sched.schedule(delay, this.drain);
  }

  /** skb_queue_len(&sd->input_pkt_queue) */
  get backlogLen(): number {
    return this.count;
  }

  /** enqueue_to_backlog(): false when the backlog is full (the caller drops the skb). */
  enqueue(skb: SkBuff): boolean {
    if (this.count > NETDEV_MAX_BACKLOG) {
      this.dropped++;
      return false;
    }
    this.q[(this.head + this.count++) & (RING - 1)] = skb;
    if (this.scheduled) return true;
    this.scheduled = true;
    this.raise(0);
    return true;
  }

  /**
   * local_bh_enable() in process context: a system call that transmitted
   * runs the NET_RX softirq it raised before it returns (do_softirq() when
   * the last rcu_read_unlock_bh() of __dev_queue_xmit() finds one
   * pending), so what loopback or a veth peer answered at once (an ICMP
   * error of an OUTPUT REJECT, an echo reply) is there when the call
   * returns. Not inside a softirq run, nor for a run deferred after a
   * squeeze (ksoftirqd's).
   */
  doSoftirq(): void {
    if (!this.scheduled || this.draining || !this.timer || !(this.timer.when <= this.sched.now)) return;
    this.sched.cancel(this.timer);
    this.drain();
  }

  private draining = false;

  private readonly drain = (): void => {
    this.draining = true;
    try {
      this.drainBudget();
    } finally {
      this.draining = false;
    }
  };

  private drainBudget(): void {
    let budget = NETDEV_BUDGET;
    while (this.count > 0 && budget-- > 0) {
      const skb = this.q[this.head]!;
      this.q[this.head] = undefined;
      this.head = (this.head + 1) & (RING - 1);
      this.count--;
      this.processed++;
      netifReceiveSkb(skb);
    }
    if (this.count > 0) {
      this.timeSqueeze++;
      this.raise(NETDEV_BUDGET * SOFTNET_PKT_COST_NS);
      return;
    }
    this.scheduled = false;
  }
}

const x8 = (v: number): string => (v >>> 0).toString(16).padStart(8, '0');

/**
 * /proc/net/softnet_stat (softnet_seq_show()): one line for the lab's one
 * CPU: processed, dropped, time_squeeze, 0 x6, received_rps, flow_limit,
 * backlog length, CPU index. Linux: the counters are the CPU's, whatever
 * namespace reads them; the lab's softnet is likewise shared by its namespaces.
 */
export function procNetSoftnetStat(net: { world: { core: { softnet: Softnet } } }): string {
  const sd = net.world.core.softnet;
  const f = [sd.processed, sd.dropped, sd.timeSqueeze, 0, 0, 0, 0, 0, 0, 0, 0, sd.backlogLen, 0];
  return f.map(x8).join(' ') + '\n';
}

/**
 * dev_loopback_xmit(): a packet of ours back to ourselves through the
 * backlog, from its network header, as PACKET_LOOPBACK (packet sockets
 * skip it), its checksum trusted, its dst kept (the receive path routes
 * it no more).
 */
export function devLoopbackXmit(skb: SkBuff, dev: NetDevice): void {
  skb.macHeader = skb.networkHeader;
  skb.data = skb.networkHeader;
  skb.pktType = PACKET_LOOPBACK;
  if (skb.ipSummed === CHECKSUM_NONE) skb.ipSummed = CHECKSUM_UNNECESSARY;
  netifRx(skb, dev);
}

/** netif_rx(): queue for the softirq. */
export function netifRx(skb: SkBuff, dev: NetDevice): void {
  skb.dev = dev;
  if (dev.net.world.core.softnet.enqueue(skb)) return;
  dev.stats.rxDropped++;
  kfreeSkbReason(dev.net, skb, 'CPU_BACKLOG', 'enqueue_to_backlog');
}

/** What an rx_handler tells __netif_receive_skb_core() (include/linux/netdevice.h rx_handler_result). */
export const enum RxHandlerResult {
  /** The handler took the skb; nothing else sees it. */
  CONSUMED = 0,
  /** skb.dev was changed: receive again as if it arrived there. */
  ANOTHER,
  /** Deliver only to packet types bound to skb.dev (no ptype_base). */
  EXACT,
  /** Go on as if there were no handler. */
  PASS,
}

/**
 * rx_handler_func_t: a bridge port, a macvlan lower device... The handler
 * may change skb.dev (then return ANOTHER); on CONSUMED it owns the skb.
 */
export type RxHandler = (skb: SkBuff) => RxHandlerResult;

/**
 * __netif_receive_skb_core(): the ETH_P_ALL taps (the world's, then the
 * device's), then the device's rx_handler, then the handlers of
 * skb.protocol (ptype_base unless the rx_handler said EXACT, then those
 * bound to the original device and to skb.dev). Every handler but the last
 * gets a clone (deliver_skb), the last the skb itself. No handler at all:
 * rx_dropped (rx_nohandler after EXACT) and SKB_DROP_REASON_UNHANDLED_PROTO.
 */
export function netifReceiveSkb(skb: SkBuff): void {
  const origDev = skb.dev;
  if (!origDev || !origDev.registered) return;
  const core = origDev.net.world.core;
  let pt: PacketType | null = null;
  let deliverExact = false;
  for (let round = 0; ; round++) {
    const dev = skb.dev!;
    skb.skbIif = dev.ifindex;
    trace(dev.net, skb, '__netif_receive_skb', dev);
    // An in-band 802.1Q/802.1ad tag moves out of band first (skb_vlan_untag).
    if (ethTypeVlan(skb.protocol) && !skbVlanUntag(skb)) {
      kfreeSkbReason(dev.net, skb, 'PKT_TOO_SMALL', 'skb_vlan_untag');
      return;
    }
    const all = core.ptypeAll;
    for (let i = 0; i < all.length; i++) pt = deliverPrev(skb, pt, all[i]!, origDev);
    const own = dev.ptypeAll;
    for (let i = 0; i < own.length; i++) pt = deliverPrev(skb, pt, own[i]!, origDev);
    const handler = dev.rxHandler;
    if (!handler) break;
    if (pt) {
      pt.func(deliverRef(skb, pt), skb.dev!, origDev);
      pt = null;
    }
    const r = handler(skb);
    if (r === RxHandlerResult.CONSUMED) return;
    if (r === RxHandlerResult.EXACT) deliverExact = true;
    if (r !== RxHandlerResult.ANOTHER || round >= 8) break;
  }
  const dev = skb.dev!;
  // A tag nobody took (no 8021q device, not bridged): a non-zero VLAN id is not for this host.
  if (skb.vlanProto !== 0) {
    if (skb.vlanTci & VLAN_VID_MASK) skb.pktType = PACKET_OTHERHOST;
    vlanHwaccelClearTag(skb);
  }
  const type = skb.protocol;
  if (!deliverExact) pt = deliverList(skb, pt, core.ptypeBase.get(type), type, null, origDev);
  pt = deliverList(skb, pt, origDev.ptypeSpecific, type, origDev, origDev);
  if (dev !== origDev) pt = deliverList(skb, pt, dev.ptypeSpecific, type, dev, origDev);
  if (pt) {
    pt.func(skb, dev, origDev);
    return;
  }
  if (deliverExact) dev.stats.rxNohandler++;
  else dev.stats.rxDropped++;
  kfreeSkbReason(dev.net, skb, 'UNHANDLED_PROTO', '__netif_receive_skb_core');
}

/**
 * deliver_skb(): what a handler that is not the last gets. An ETH_P_ALL tap
 * gets the skb itself with one more reference (skb_get, as Linux does): it
 * must not change it (skb_share_check() before any change) and drops its
 * reference with kfree_skb()/consume_skb(). Protocol handlers, which pull
 * and rewrite headers, get a clone (their own descriptor, shared data).
 */
function deliverRef(skb: SkBuff, pt: PacketType): SkBuff {
  return pt.type === ETH_P_ALL ? skbGet(skb) : skb.clone();
}

/** The pt_prev step of deliver_skb(): the previous match gets its reference, `next` becomes the pending one. */
function deliverPrev(skb: SkBuff, prev: PacketType | null, next: PacketType, origDev: NetDevice): PacketType {
  if (prev) prev.func(deliverRef(skb, prev), skb.dev!, origDev);
  return next;
}

/** deliver_ptype_list_skb(): the handlers of `type` in `list` bound to `dev` (or to none when null). */
function deliverList(
  skb: SkBuff, prev: PacketType | null, list: readonly PacketType[] | undefined, type: number, dev: NetDevice | null, origDev: NetDevice,
): PacketType | null {
  if (!list) return prev;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (p.type !== type || (p.dev ?? null) !== dev) continue;
    prev = deliverPrev(skb, prev, p, origDev);
  }
  return prev;
}
