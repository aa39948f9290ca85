/**
 * Frames arriving on a bridge port: the rx_handler (br_handle_frame) sorts
 * out link-local control frames, learns the source, then forwards to the
 * port the destination was learned on, floods, or passes the frame up to
 * the bridge device (its own address, broadcast, multicast, promiscuous).
 * @linux net/bridge/br_input.c
 */
import { RxHandlerResult, netifReceiveSkb } from '../core/dev_rx.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { IFF_PROMISC } from '../core/netdevice.js';
import { PACKET_HOST, PACKET_LOOPBACK, type SkBuff } from '../core/skbuff.js';
import { trace } from '../core/trace.js';
import { ETH_P_ARP } from '../../wire/ethernet.js';
import { brDoProxySuppressArp } from './br_arp_nd_proxy.js';
import { brFdbFind, brFdbUpdate, isValidEtherAddr } from './br_fdb.js';
import { brFlood, brForward, brMulticastFlood } from './br_forward.js';
import {
  BR_FDB_LOCAL, BR_FDB_LOCKED, BR_ISOLATED, BR_PORT_LOCKED, BR_PORT_MAB, BR_LEARNING, BR_NO_STP, BR_STATE_DISABLED, BR_STATE_FORWARDING,
  BR_STATE_LEARNING, BROPT_NO_LL_LEARN, brPortGet, type NetBridge, type NetBridgePort,
} from './br_private.js';
import { brMdbGet, brMulticastRcv } from './br_multicast.js';
import { brMulticastQuerierExists } from './br_multicast_query.js';
import { brMulticastIsRouter } from './br_multicast_rport.js';
import { brStpRcv } from './br_stp_bpdu.js';
import { brDropFakeRtable, brNfPreRouting } from './br_netfilter_hooks.js';
import { brAllowedEgress, brAllowedIngress, brHandleVlan, brShouldLearn } from './br_vlan.js';

/** enum br_pkt_type */
export const enum BrPktType {
  UNICAST = 0,
  MULTICAST = 1,
  BROADCAST = 2,
}

/** struct br_input_skb_cb, the fields tuxnet needs, kept per bridge for the frame in flight. */
export interface BrInputCb {
  brdev: NetBridge | null;
  srcPortIsolated: boolean;
  proxyarpReplied: boolean;
}

/** is_link_local_ether_addr(): 01:80:c2:00:00:0X */
function isLinkLocal(b: Uint8Array, d: number): boolean {
  return b[d] === 0x01 && b[d + 1] === 0x80 && b[d + 2] === 0xc2 && b[d + 3] === 0 && b[d + 4] === 0 && (b[d + 5]! & 0xf0) === 0;
}

function isBroadcast(b: Uint8Array, d: number): boolean {
  for (let i = 0; i < 6; i++) if (b[d + i] !== 0xff) return false;
  return true;
}

function equalsAddr(b: Uint8Array, d: number, a: Uint8Array): boolean {
  for (let i = 0; i < 6; i++) if (b[d + i] !== a[i]) return false;
  return true;
}

/**
 * br_pass_frame_up(): the bridge device receives the frame as if it had
 * arrived on it (rx counted on the bridge, without the Ethernet header).
 */
export function brPassFrameUp(br: NetBridge, skb: SkBuff): void {
  const brdev = br.dev;
  trace(brdev.net, skb, 'br_pass_frame_up', brdev);
  brdev.stats.rxPackets++;
  brdev.stats.rxBytes += skb.len;
  // "Bridge is just like any other port. Make sure the packet is allowed
  // except in promisc mode when someone may be running packet capture."
  if (!(brdev.flags & IFF_PROMISC) && !brAllowedEgress(br.vlgrp, skb)) {
    kfreeSkbReason(brdev.net, skb, 'NOT_SPECIFIED', 'br_pass_frame_up');
    return;
  }
  skb.dev = brdev;
  const s = brHandleVlan(br, null, br.vlgrp, skb);
  if (!s) return;
  // NF_HOOK(NFPROTO_BRIDGE, NF_BR_LOCAL_IN) -> br_netif_receive_skb()
  brDropFakeRtable(s);
  netifReceiveSkb(s);
}

/**
 * br_handle_frame_finish(): learn, then deliver. Unicast to a local fdb
 * entry goes up only; to a learned one is forwarded; unknown unicast,
 * broadcast and multicast are flooded, the last two also going up; with a
 * querier, multicast the mdb knows (or marks for router ports) goes by it
 * (br_multicast_flood), up only when the bridge is a member or a router.
 */
export function brHandleFrameFinish(p: NetBridgePort, skb: SkBuff): void {
  const br = p.br;
  const net = br.dev.net;
  const state = p.state;
  trace(net, skb, 'br_handle_frame_finish', p.dev);
  if (state === BR_STATE_DISABLED) {
    kfreeSkbReason(net, skb, 'BRIDGE_INGRESS_STP_STATE', 'br_handle_frame_finish');
    return;
  }
  const vid = brAllowedIngress(br, p.vlgrp, skb);
  if (vid < 0) return;
  const b = skb.buf;
  const mac = skb.macHeader;
  if (p.flags & BR_PORT_LOCKED) {
    // A locked port (802.1X) takes only sources the fdb already has on it.
    const fdbSrc = brFdbFind(br, b, vid, mac + 6);
    if (!fdbSrc) {
      // "FDB miss. Create locked FDB entry if MAB is enabled and drop the packet."
      if (p.flags & BR_PORT_MAB) brFdbUpdate(br, p, b, mac + 6, vid, 1 << BR_FDB_LOCKED);
      kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'br_handle_frame_finish');
      return;
    }
    if (fdbSrc.dst !== p || fdbSrc.has(BR_FDB_LOCAL)) {
      // "FDB mismatch. Drop the packet without roaming."
      kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'br_handle_frame_finish');
      return;
    }
    if (fdbSrc.has(BR_FDB_LOCKED)) {
      // "FDB match, but entry is locked. Refresh it and drop the packet."
      brFdbUpdate(br, p, b, mac + 6, vid, 1 << BR_FDB_LOCKED);
      kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'br_handle_frame_finish');
      return;
    }
  }
  // "insert into forwarding database after filtering to avoid spoofing"
  if (p.flags & BR_LEARNING) brFdbUpdate(br, p, b, mac + 6, vid, 0);
  const promisc = (br.dev.flags & IFF_PROMISC) !== 0;
  let localRcv = promisc;
  let pktType = BrPktType.UNICAST;
  if (b[mac]! & 1) {
    // "by definition the broadcast is also a multicast address"
    if (isBroadcast(b, mac)) {
      pktType = BrPktType.BROADCAST;
      localRcv = true;
    } else {
      pktType = BrPktType.MULTICAST;
      brMulticastRcv(br, p, skb, vid);
    }
  }
  if (state === BR_STATE_LEARNING) {
    kfreeSkbReason(net, skb, 'BRIDGE_INGRESS_STP_STATE', 'br_handle_frame_finish');
    return;
  }
  const cb = br.inputCb;
  cb.brdev = br;
  cb.srcPortIsolated = (p.flags & BR_ISOLATED) !== 0;
  cb.proxyarpReplied = false;
  if (skb.protocol === ETH_P_ARP) brDoProxySuppressArp(skb, br, vid, p);
  let dst = null;
  let mdst = null;
  let mcastHit = false;
  if (pktType === BrPktType.MULTICAST) {
    // With a querier (and the delay after it over) the mdb steers the frame: to members and
    // router ports, up only when the bridge is a member or a router; else it floods and goes up.
    mdst = brMdbGet(br, skb, vid);
    if ((mdst || cb.mroutersOnly) && brMulticastQuerierExists(br, skb.protocol, mdst !== null && mdst.addr.proto === 0)) {
      if ((mdst && mdst.hostJoined) || brMulticastIsRouter(br)) {
        localRcv = true;
        br.dev.stats.multicast++;
      }
      mcastHit = true;
    } else {
      localRcv = true;
      br.dev.stats.multicast++;
    }
  } else if (pktType === BrPktType.UNICAST) dst = brFdbFind(br, b, vid, mac);
  if (dst) {
    if (dst.has(BR_FDB_LOCAL)) {
      brPassFrameUp(br, skb);
      return;
    }
    dst.used = net.sched.now;
    brForward(dst.dst, skb, localRcv, false);
  } else if (mcastHit) brMulticastFlood(mdst, skb, br, localRcv, false);
  else brFlood(br, skb, pktType, localRcv, false, vid);
  if (localRcv) brPassFrameUp(br, skb);
}

/** __br_handle_local_finish(): learn from a link-local frame that goes up. */
function brHandleLocalFinish(p: NetBridgePort, skb: SkBuff): void {
  const br = p.br;
  if (p.flags & BR_LEARNING && (p.state === BR_STATE_LEARNING || p.state === BR_STATE_FORWARDING) && !br.optGet(BROPT_NO_LL_LEARN)) {
    // stp work: br_should_learn() picks the VLAN (and refuses one the port is not in).
    const vid = brShouldLearn(p, skb);
    if (vid >= 0) brFdbUpdate(br, p, skb.buf, skb.macHeader + 6, vid, 0);
  }
}

/**
 * br_handle_frame(): the rx_handler of every port. IEEE 802.1D Table 7-10
 * reserved addresses 01-80-C2-00-00-0X: the STP group address is forwarded
 * when STP is off (to keep loop detection), else handed to STP; MAC
 * Control (pause) is dropped; the others go up unless group_fwd_mask
 * forwards them.
 */
export function brHandleFrame(skb: SkBuff): RxHandlerResult {
  if (skb.pktType === PACKET_LOOPBACK) return RxHandlerResult.PASS;
  const dev = skb.dev!;
  const p = brPortGet(dev);
  if (!p) return RxHandlerResult.PASS;
  const net = dev.net;
  const b = skb.buf;
  const mac = skb.macHeader;
  trace(net, skb, 'br_handle_frame', dev);
  if (!isValidEtherAddr(b, mac + 6)) {
    kfreeSkbReason(net, skb, 'MAC_INVALID_SOURCE', 'br_handle_frame');
    return RxHandlerResult.CONSUMED;
  }
  if (isLinkLocal(b, mac)) {
    const r = brHandleLinkLocal(p, skb);
    if (r !== null) return r;
  }
  return brHandleFrameForward(p, skb);
}

/** The link-local switch of br_handle_frame(): a result, or null to forward the frame. */
function brHandleLinkLocal(p: NetBridgePort, skb: SkBuff): RxHandlerResult | null {
  const br = p.br;
  const last = skb.buf[skb.macHeader + 5]!;
  let fwdMask = br.groupFwdMaskRequired | p.groupFwdMask;
  switch (last) {
    case 0x00:
      // "If STP is turned off, then must forward to keep loop detection"
      if (br.stpEnabled === BR_NO_STP || fwdMask & (1 << last)) return null;
      brHandleLocalFinish(p, skb);
      if (brStpRcv(p, skb)) return RxHandlerResult.CONSUMED;
      return RxHandlerResult.PASS;
    case 0x01:
      kfreeSkbReason(br.dev.net, skb, 'MAC_IEEE_MAC_CONTROL', 'br_handle_frame');
      return RxHandlerResult.CONSUMED;
    case 0x0e:
      fwdMask |= br.groupFwdMask;
      if (fwdMask & (1 << last)) return null;
      brHandleLocalFinish(p, skb);
      return RxHandlerResult.PASS;
    default:
      fwdMask |= br.groupFwdMask;
      if (fwdMask & (1 << last)) return null;
  }
  // NF_HOOK(NF_BR_LOCAL_IN, br_handle_local_finish) returns 1: pass.
  brHandleLocalFinish(p, skb);
  return RxHandlerResult.PASS;
}

/** The `forward:` part of br_handle_frame(): learning and forwarding ports go on, others drop. */
function brHandleFrameForward(p: NetBridgePort, skb: SkBuff): RxHandlerResult {
  const br = p.br;
  switch (p.state) {
    case BR_STATE_FORWARDING:
    case BR_STATE_LEARNING:
      if (equalsAddr(skb.buf, skb.macHeader, br.dev.devAddr)) skb.pktType = PACKET_HOST;
      // nf_hook_bridge_pre(): br_nf_pre_routing(), then br_handle_frame_finish()
      brNfPreRouting(p, skb);
      return RxHandlerResult.CONSUMED;
    default:
      kfreeSkbReason(br.dev.net, skb, 'BRIDGE_INGRESS_STP_STATE', 'br_handle_frame');
      return RxHandlerResult.CONSUMED;
  }
}
