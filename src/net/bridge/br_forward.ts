/**
 * Sending frames out of bridge ports: to the one port an fdb entry names
 * (br_forward) or to every eligible port (br_flood: unknown unicast only to
 * `flood` ports, multicast to `mcast_flood`, broadcast to `bcast_flood`,
 * except what the bridge itself sends). A port never gets a frame back
 * unless in hairpin mode, must be forwarding, and an isolated port never
 * talks to another isolated port.
 * @linux net/bridge/br_forward.c
 */
import { devQueueXmit } from '../core/dev_rx.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import type { SkBuff } from '../core/skbuff.js';
import { trace } from '../core/trace.js';
import { ETH_HLEN } from '../../wire/ethernet.js';
import {
  BR_BCAST_FLOOD, BR_FLOOD, BR_HAIRPIN_MODE, BR_ISOLATED, BR_MCAST_FLOOD, BR_NEIGH_SUPPRESS, BR_PROXYARP, BR_PROXYARP_WIFI,
  BR_STATE_FORWARDING, MCAST_INCLUDE, MDB_PG_FLAGS_BLOCKED, brMulticastIsStarG, brMulticastShouldHandleMode, type NetBridge, type NetBridgeMdbEntry, type NetBridgePort,
} from './br_private.js';
import { brRport, brRportActive } from './br_multicast_rport.js';
import { brMulticastCount } from './br_multicast_stats.js';
import { BR_MCAST_DIR_TX } from '../../uapi/linux/if_bridge.js';
import { brAllowedEgress, brHandleVlan } from './br_vlan.js';
import { brDropFakeRtable, brNfForwardIp } from './br_netfilter_hooks.js';

const BR_PKT_UNICAST = 0;
const BR_PKT_MULTICAST = 1;
const BR_PKT_BROADCAST = 2;

/** br_skb_isolated(): an isolated port's frame never leaves by another isolated port. */
function brSkbIsolated(p: NetBridgePort): boolean {
  return p.br.inputCb.srcPortIsolated && (p.flags & BR_ISOLATED) !== 0;
}

/** should_deliver() */
function shouldDeliver(p: NetBridgePort, skb: SkBuff): boolean {
  return ((p.flags & BR_HAIRPIN_MODE) !== 0 || skb.dev !== p.dev) &&
    p.state === BR_STATE_FORWARDING && brAllowedEgress(p.vlgrp, skb) && !brSkbIsolated(p);
}

/**
 * br_dev_queue_push_xmit(): the Ethernet header back on, out through the
 * port's driver. A frame longer than the port's MTU is dropped
 * (is_skb_forwardable).
 */
export function brDevQueuePushXmit(skb: SkBuff): void {
  const dev = skb.dev!;
  skb.push(ETH_HLEN);
  trace(dev.net, skb, 'br_dev_queue_push_xmit', dev);
  brDropFakeRtable(skb);
  // is_skb_forwardable(): mtu + hard_header_len + VLAN_HLEN; a GSO skb passes whole.
  if (skb.len > dev.mtu + ETH_HLEN + 4 && skb.gsoSize === 0) {
    kfreeSkbReason(dev.net, skb, 'PKT_TOO_BIG', 'br_dev_queue_push_xmit');
    return;
  }
  devQueueXmit(skb);
}

/**
 * __br_forward(): VLAN egress handling, then out of `to`: NF_BR_FORWARD
 * (br_nf_forward_ip(): FORWARD and POSTROUTING of iptables for a frame
 * that ran br_nf_pre_routing()), or NF_BR_LOCAL_OUT for what the bridge
 * itself sends (no hook there).
 */
function brForwardOne(to: NetBridgePort, skb: SkBuff, localOrig: boolean): void {
  const s = brHandleVlan(to.br, to, to.vlgrp, skb);
  if (!s) return;
  s.dev = to.dev;
  if (!localOrig && s.brnfPhysindev !== null) brNfForwardIp(to.br, s);
  else brDevQueuePushXmit(s);
}

/** deliver_clone(): a copy of the descriptor goes out; the caller keeps the skb. */
function deliverClone(prev: NetBridgePort, skb: SkBuff, localOrig: boolean): void {
  brForwardOne(prev, skb.clone(), localOrig);
}

/**
 * br_forward(): to the port of an fdb entry; with `localRcv` a clone goes
 * and the caller keeps the skb for the bridge itself. An entry without a
 * port (the bridge's own address) or a port that may not deliver drops it.
 */
export function brForward(to: NetBridgePort | null, skb: SkBuff, localRcv: boolean, localOrig: boolean): void {
  if (to) {
    trace(to.br.dev.net, skb, 'br_forward', to.dev);
    if (to.backupPort && !to.dev.carrier) to = to.backupPort;
    if (shouldDeliver(to, skb)) {
      if (localRcv) deliverClone(to, skb, localOrig);
      else brForwardOne(to, skb, localOrig);
      return;
    }
  }
  if (!localRcv) kfreeSkbReason(skb.dev!.net, skb, 'NOT_SPECIFIED', 'br_forward');
}

/**
 * The end of br_flood() / br_multicast_flood(): the last port gets the
 * skb itself unless the bridge keeps it (`localRcv`: a clone); no port at
 * all drops it (br_flood: SKB_DROP_REASON_NO_TX_TARGET).
 */
function floodLast(br: NetBridge, prev: NetBridgePort | null, skb: SkBuff, localRcv: boolean, localOrig: boolean, fn: 'br_flood' | 'br_multicast_flood'): void {
  if (!prev) {
    if (!localRcv) kfreeSkbReason(br.dev.net, skb, fn === 'br_flood' ? 'NO_TX_TARGET' : 'NOT_SPECIFIED', fn);
    return;
  }
  if (localRcv) deliverClone(prev, skb, localOrig);
  else brForwardOne(prev, skb, localOrig);
}

/**
 * mdst->ports has a membership of port `p` that forwards: not a blocked
 * (S, G) one, nor an INCLUDE one of (*, G) in IGMPv3/MLDv2 mode (its
 * sources' (S, G) entries forward for it: allow_mode_include).
 */
function brMdbHasPort(br: NetBridge, mdst: NetBridgeMdbEntry, p: NetBridgePort): boolean {
  const allowInclude = !(brMulticastShouldHandleMode(br, mdst.addr.proto) && brMulticastIsStarG(mdst.addr));
  for (const pg of mdst.ports) {
    if (pg.port !== p) continue;
    return !(pg.flags & MDB_PG_FLAGS_BLOCKED) && (allowInclude || pg.filterMode !== MCAST_INCLUDE);
  }
  return false;
}

/**
 * br_multicast_flood(): a frame the mdb steers goes to the group's member
 * ports and to the router ports of its family (none of each: nowhere);
 * mcast_flood does not matter here. Every port but the last gets a clone.
 */
export function brMulticastFlood(mdst: NetBridgeMdbEntry | null, skb: SkBuff, br: NetBridge, localRcv: boolean, localOrig: boolean): void {
  trace(br.dev.net, skb, 'br_multicast_flood', br.dev);
  let prev: NetBridgePort | null = null;
  for (const p of br.portList) {
    if (!(mdst && brMdbHasPort(br, mdst, p)) && !brRportActive(p, brRport(p, skb.protocol))) continue;
    if (!shouldDeliver(p, skb)) continue;
    if (prev) deliverClone(prev, skb, localOrig);
    // maybe_deliver(): each port taking the frame counts its IGMP/MLD type
    brMulticastCount(br, p, skb, br.inputCb.igmp, BR_MCAST_DIR_TX);
    prev = p;
  }
  floodLast(br, prev, skb, localRcv, localOrig, 'br_multicast_flood');
}

/** The per-type flood flag of br_flood(); what the bridge sends itself ignores mcast/bcast_flood. */
function floodAllowed(br: NetBridge, p: NetBridgePort, skb: SkBuff, pktType: number): boolean {
  switch (pktType) {
    case BR_PKT_UNICAST:
      return (p.flags & BR_FLOOD) !== 0;
    case BR_PKT_MULTICAST:
      return (p.flags & BR_MCAST_FLOOD) !== 0 || skb.dev === br.dev;
    case BR_PKT_BROADCAST:
      return (p.flags & BR_BCAST_FLOOD) !== 0 || skb.dev === br.dev;
    default:
      return true;
  }
}

/**
 * br_flood(): every eligible port but the last gets a clone (maybe_deliver),
 * the last the skb itself unless the bridge keeps it (`localRcv`). No port
 * at all: SKB_DROP_REASON_NO_TX_TARGET.
 */
export function brFlood(br: NetBridge, skb: SkBuff, pktType: number, localRcv: boolean, localOrig: boolean, _vid: number): void {
  trace(br.dev.net, skb, 'br_flood', br.dev);
  let prev: NetBridgePort | null = null;
  const replied = br.inputCb.proxyarpReplied;
  for (const p of br.portList) {
    if (!floodAllowed(br, p, skb, pktType)) continue;
    // "Do not flood to ports that enable proxy ARP"
    if (p.flags & BR_PROXYARP) continue;
    if (replied && (p.flags & (BR_PROXYARP_WIFI | BR_NEIGH_SUPPRESS))) continue;
    if (!shouldDeliver(p, skb)) continue;
    if (prev) deliverClone(prev, skb, localOrig);
    // maybe_deliver(): each port taking the frame counts its IGMP/MLD type
    brMulticastCount(br, p, skb, br.inputCb.igmp, BR_MCAST_DIR_TX);
    prev = p;
  }
  floodLast(br, prev, skb, localRcv, localOrig, 'br_flood');
}
