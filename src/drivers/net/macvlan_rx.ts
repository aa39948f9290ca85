/**
 * macvlan's data path: the lower device's rx_handler (macvlan_handle_frame)
 * hands unicast frames to the macvlan that owns the destination MAC and
 * queues broadcast/multicast for every sibling the modes allow
 * (macvlan_broadcast); a macvlan's transmit goes out of the lower device,
 * except in bridge mode, where frames for a bridge-mode sibling are handed
 * over inside the machine (macvlan_queue_xmit).
 * @linux drivers/net/macvlan.c
 */
import { IFF_ALLMULTI, IFF_PROMISC, IFF_UP, type NetDevice } from '../../net/core/netdevice.js';
import {
  PACKET_BROADCAST, PACKET_HOST, PACKET_LOOPBACK, PACKET_MULTICAST, type SkBuff,
} from '../../net/core/skbuff.js';
import { RxHandlerResult, devQueueXmit, netifRx } from '../../net/core/dev_rx.js';
import { devForwardSkb, devForwardSkbPrepare } from '../../net/core/dev_forward.js';
import { consumeSkb, kfreeSkbReason } from '../../net/core/drop_reason.js';
import { ETH_HLEN } from '../../wire/ethernet.js';
import {
  MACVLAN_FLAG_NODST, MACVLAN_MODE_BRIDGE, MACVLAN_MODE_PASSTHRU, MACVLAN_MODE_PRIVATE, MACVLAN_MODE_SOURCE,
  MACVLAN_MODE_VEPA,
} from '../../uapi/linux/macvlan.js';
import { macEqualAt, macvlanHashLookup, type MacvlanDev, type MacvlanPort } from './macvlan_port.js';

/** ETH_P_PAUSE: 802.3x flow control, never flooded to macvlans. */
const ETH_P_PAUSE = 0x8808;
/** 01:00:5e:00:00:01, the all-hosts group (224.0.0.1) every IPv4 device joins. */
function isAllHosts(b: Uint8Array, off: number): boolean {
  return b[off] === 0x01 && b[off + 1] === 0 && b[off + 2] === 0x5e && b[off + 3] === 0 && b[off + 4] === 0 && b[off + 5] === 1;
}

/**
 * The multicast filter (macvlan_compute_filter): everything for a
 * promiscuous or allmulti device, else its broadcast address and the groups
 * it joined. Linux: a hash of the device's mc list; tuxnet devices join
 * only the IPv4 all-hosts group.
 */
function mcFilterPasses(dev: NetDevice, b: Uint8Array, off: number): boolean {
  if (dev.flags & (IFF_PROMISC | IFF_ALLMULTI)) return true;
  return macEqualAt(dev.broadcast, b, off) || isAllHosts(b, off);
}

/** macvlan_count_rx(): failures count as rx_errors, which the stats report as rx_dropped too. */
function macvlanCountRx(vlan: MacvlanDev, len: number, success: boolean, multicast: boolean): void {
  const s = vlan.dev.stats;
  if (!success) {
    s.rxErrors++;
    s.rxDropped++;
    return;
  }
  s.rxPackets++;
  s.rxBytes += len;
  if (multicast) s.multicast++;
}

/**
 * macvlan_broadcast(): a clone to every hashed macvlan but `src` whose mode
 * is in `mode` and whose filter takes the group. From the transmit side
 * (mode BRIDGE) the clone is forwarded (__dev_forward_skb: data still at the
 * Ethernet header), from the receive side it is re-labelled.
 */
function macvlanBroadcast(skb: SkBuff, port: MacvlanPort, src: NetDevice | null, mode: number): void {
  if (skb.protocol === ETH_P_PAUSE) return;
  const b = skb.buf;
  const mh = skb.macHeader;
  const h = port.vlanHash;
  for (let i = 0; i < h.length; i++) {
    const vlan = h[i]!.vlan;
    if (vlan.dev === src || !(vlan.mode & mode)) continue;
    if (!mcFilterPasses(vlan.dev, b, mh)) continue;
    const nskb = skb.clone();
    let ok = true;
    if (mode === MACVLAN_MODE_BRIDGE) ok = devForwardSkbPrepare(vlan.dev, nskb);
    else nskb.pktType = macEqualAt(vlan.dev.broadcast, b, mh) ? PACKET_BROADCAST : PACKET_MULTICAST;
    if (ok) netifRx(nskb, vlan.dev);
    // Linux counts skb->len + ETH_HLEN, the header twice on the transmit side.
    macvlanCountRx(vlan, skb.len + ETH_HLEN, ok, true);
  }
}

/**
 * macvlan_process_broadcast(): the bc_work. A frame from outside goes to
 * every macvlan; one a vepa macvlan sent (back from a hairpin switch) to
 * the vepa and bridge ones but the sender; one a bridge macvlan sent only
 * to the vepa ones (the bridge ones saw it on the way out).
 */
export function macvlanProcessBroadcast(port: MacvlanPort): void {
  port.bcScheduled = false;
  for (let i = 0; i < port.bcQueue.length; i++) {
    const skb = port.bcQueue[i]!;
    const src = port.bcSrc[i] ?? null;
    if (!src) {
      macvlanBroadcast(skb, port, null, MACVLAN_MODE_PRIVATE | MACVLAN_MODE_VEPA | MACVLAN_MODE_PASSTHRU | MACVLAN_MODE_BRIDGE);
    } else if (src.mode === MACVLAN_MODE_VEPA) {
      macvlanBroadcast(skb, port, src.dev, MACVLAN_MODE_VEPA | MACVLAN_MODE_BRIDGE);
    } else macvlanBroadcast(skb, port, src.dev, MACVLAN_MODE_VEPA);
    consumeSkb(skb);
  }
  port.bcQueue.length = 0;
  port.bcSrc.length = 0;
}

/**
 * macvlan_broadcast_enqueue(): a clone waits on the port's queue (at most
 * bc_queue_len_used) for the bc_work. Linux runs it on a workqueue; tuxnet
 * schedules it on the virtual clock, after the current receive.
 */
function macvlanBroadcastEnqueue(port: MacvlanPort, src: MacvlanDev | null, skb: SkBuff): void {
  if (port.bcQueue.length >= port.bcQueueLenUsed) {
    skb.dev!.stats.rxDropped++;
    return;
  }
  port.bcQueue.push(skb.clone());
  port.bcSrc.push(src);
  if (port.bcScheduled) return;
  port.bcScheduled = true;
  port.dev.net.world.sched.schedule(0, port.bcWork);
}

/** macvlan_forward_source_one(): a clone for a source-mode macvlan that lists the sender. */
function macvlanForwardSourceOne(skb: SkBuff, vlan: MacvlanDev): void {
  const dev = vlan.dev;
  if (!(dev.flags & IFF_UP)) return;
  const nskb = skb.clone();
  const len = nskb.len + ETH_HLEN;
  if (macEqualAt(dev.devAddr, skb.buf, skb.macHeader)) nskb.pktType = PACKET_HOST;
  netifRx(nskb, dev);
  macvlanCountRx(vlan, len, true, false);
}

/** macvlan_forward_source(): true when a listing macvlan has MACVLAN_FLAG_NODST (the frame is consumed). */
function macvlanForwardSource(skb: SkBuff, port: MacvlanPort): boolean {
  const h = port.sourceHash;
  if (h.length === 0) return false;
  let consume = false;
  for (let i = 0; i < h.length; i++) {
    const e = h[i]!;
    if (!macEqualAt(e.addr, skb.buf, skb.macHeader + 6)) continue;
    if (e.vlan.flags & MACVLAN_FLAG_NODST) consume = true;
    macvlanForwardSourceOne(skb, e.vlan);
  }
  return consume;
}

/** The group-address half of macvlan_handle_frame(). */
function macvlanHandleMulticast(skb: SkBuff, port: MacvlanPort): RxHandlerResult {
  if (macvlanForwardSource(skb, port)) {
    kfreeSkbReason(skb.dev!.net, skb, 'NOT_SPECIFIED', 'macvlan_handle_frame');
    return RxHandlerResult.CONSUMED;
  }
  const src = macvlanHashLookup(port, skb.buf, skb.macHeader + 6);
  if (src && src.mode !== MACVLAN_MODE_VEPA && src.mode !== MACVLAN_MODE_BRIDGE) {
    // "forward to original port": a private/passthru/source macvlan's own group frame came back.
    // This path jumps to `out:` with macvlan_handle_frame()'s `len` still 0 (it is only
    // set on the unicast path): the frame counts as a packet of 0 bytes, not multicast.
    skb.dev = src.dev;
    skb.pktType = macEqualAt(src.dev.broadcast, skb.buf, skb.macHeader) ? PACKET_BROADCAST : PACKET_MULTICAST;
    netifRx(skb, src.dev);
    macvlanCountRx(src, 0, true, false);
    return RxHandlerResult.CONSUMED;
  }
  if (mcFilterPasses(port.dev, skb.buf, skb.macHeader)) macvlanBroadcastEnqueue(port, src, skb);
  return RxHandlerResult.PASS;
}

/**
 * macvlan_handle_frame(): the lower device's rx_handler. Group frames go
 * to the siblings (later, from the queue) and on up the lower device;
 * a unicast frame for a macvlan's MAC (or anything, on a passthru port)
 * is received again on that macvlan (RX_HANDLER_ANOTHER).
 */
export function macvlanHandleFrame(skb: SkBuff): RxHandlerResult {
  // "Packets from dev_loopback_xmit() do not have L2 header, bail out"
  if (skb.pktType === PACKET_LOOPBACK) return RxHandlerResult.PASS;
  const port = skb.dev!.rxHandlerData as MacvlanPort;
  if (skb.buf[skb.macHeader]! & 1) return macvlanHandleMulticast(skb, port);
  if (macvlanForwardSource(skb, port)) {
    kfreeSkbReason(skb.dev!.net, skb, 'NOT_SPECIFIED', 'macvlan_handle_frame');
    return RxHandlerResult.CONSUMED;
  }
  const vlan = port.passthru ? (port.vlans[0] ?? null) : macvlanHashLookup(port, skb.buf, skb.macHeader);
  if (!vlan || vlan.mode === MACVLAN_MODE_SOURCE) return RxHandlerResult.PASS;
  const dev = vlan.dev;
  if (!(dev.flags & IFF_UP)) {
    kfreeSkbReason(skb.dev!.net, skb, 'DEV_READY', 'macvlan_handle_frame');
    return RxHandlerResult.CONSUMED;
  }
  const len = skb.len + ETH_HLEN;
  skb.dev = dev;
  skb.pktType = PACKET_HOST;
  macvlanCountRx(vlan, len, true, false);
  return RxHandlerResult.ANOTHER;
}

/**
 * macvlan_queue_xmit(): a bridge-mode macvlan floods group frames to its
 * bridge-mode siblings and hands a frame for one of them to the lower
 * device's receive path ("send to lowerdev first for its network taps");
 * everything else leaves through the lower device. False when dropped.
 */
function macvlanQueueXmit(skb: SkBuff, vlan: MacvlanDev): boolean {
  if (vlan.mode === MACVLAN_MODE_BRIDGE) {
    const b = skb.buf;
    const d = skb.data;
    if (b[d]! & 1) {
      skb.resetMacHeader();
      macvlanBroadcast(skb, vlan.port, vlan.dev, MACVLAN_MODE_BRIDGE);
    } else {
      const dest = macvlanHashLookup(vlan.port, b, d);
      if (dest && dest.mode === MACVLAN_MODE_BRIDGE) {
        devForwardSkb(vlan.lowerdev, skb);
        return true;
      }
    }
  }
  skb.dev = vlan.lowerdev;
  // dev_queue_xmit() fails (-ENETDOWN) on a lower device that is down.
  const up = vlan.lowerdev.isUp;
  devQueueXmit(skb);
  return up;
}

/** macvlan_start_xmit(): the macvlan's own tx counters. */
export function macvlanStartXmit(skb: SkBuff, dev: NetDevice): void {
  const vlan = dev.priv as MacvlanDev;
  const len = skb.len;
  if (macvlanQueueXmit(skb, vlan)) {
    dev.stats.txPackets++;
    dev.stats.txBytes += len;
  } else dev.stats.txDropped++;
}

