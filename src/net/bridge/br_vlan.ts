/**
 * VLAN filtering: per-port and per-bridge VLAN groups (the VLANs a port is
 * a member of, its pvid, which leave untagged), ingress classification and
 * filtering, egress filtering and tagging/untagging, the default pvid.
 * A group maps VLAN id → BRIDGE_VLAN_INFO_* flags (UNTAGGED; MASTER and
 * BRENTRY on the bridge's own group); its pvid is kept apart, as Linux does.
 * Linux: the bridge's group also holds non-BRENTRY "master" entries that
 * count the ports using a VLAN (for per-VLAN global options); tuxnet keeps
 * only the BRENTRY ones, which are all that filtering and dumps look at.
 * @linux net/bridge/br_vlan.c
 */
import type { SkBuff } from '../core/skbuff.js';
import { KError } from '../core/errno.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { IFF_PROMISC } from '../core/netdevice.js';
import { VLAN_VID_MASK, skbVlanTagPresent, skbVlanUntag, vlanHwaccelClearTag, vlanHwaccelPutTag } from '../core/skb_vlan.js';
import { BROPT_VLAN_ENABLED, BR_FDB_ADDED_BY_USER, BR_FDB_LOCAL, type NetBridge, type NetBridgePort, type NetBridgeVlanGroup } from './br_private.js';
import { brFdbAddLocal, brFdbDeleteByPort, brFdbFind, fdbDeleteLocal } from './br_fdb.js';
import { ETH_P_8021Q } from '../../wire/ethernet.js';

/** include/uapi/linux/if_bridge.h struct bridge_vlan_info flags. */
export const BRIDGE_VLAN_INFO_MASTER = 1 << 0;
export const BRIDGE_VLAN_INFO_PVID = 1 << 1;
export const BRIDGE_VLAN_INFO_UNTAGGED = 1 << 2;
export const BRIDGE_VLAN_INFO_RANGE_BEGIN = 1 << 3;
export const BRIDGE_VLAN_INFO_RANGE_END = 1 << 4;
export const BRIDGE_VLAN_INFO_BRENTRY = 1 << 5;
export const BRIDGE_VLAN_INFO_ONLY_OPTS = 1 << 6;

/** A new, empty struct net_bridge_vlan_group. */
export function brVlanGroupNew(): NetBridgeVlanGroup {
  return { vlans: new Map(), pvid: 0, numVlans: 0 };
}

/** br_opt_get(br, BROPT_VLAN_ENABLED) */
export function brVlanEnabled(br: NetBridge): boolean {
  return br.optGet(BROPT_VLAN_ENABLED);
}

/** br_get_pvid() */
export function brGetPvid(vg: NetBridgeVlanGroup | null): number {
  return vg ? vg.pvid : 0;
}

/** br_vlan_find() + br_vlan_should_use(): a port's VLANs always count, the bridge's only as BRENTRY. */
function vlanUsable(vg: NetBridgeVlanGroup | null, vid: number): boolean {
  const f = vg?.vlans.get(vid);
  if (f === undefined) return false;
  return !(f & BRIDGE_VLAN_INFO_MASTER) || (f & BRIDGE_VLAN_INFO_BRENTRY) !== 0;
}

/** The VLANs of a group in the kernel's list order (by VLAN id), with their dump flags (PVID, UNTAGGED). */
export function brVlanList(vg: NetBridgeVlanGroup | null): Array<{ vid: number; flags: number }> {
  if (!vg) return [];
  const out: Array<{ vid: number; flags: number }> = [];
  for (const vid of [...vg.vlans.keys()].sort((a, b) => a - b)) {
    if (!vlanUsable(vg, vid)) continue;
    let flags = 0;
    if (vid === vg.pvid) flags |= BRIDGE_VLAN_INFO_PVID;
    if (vg.vlans.get(vid)! & BRIDGE_VLAN_INFO_UNTAGGED) flags |= BRIDGE_VLAN_INFO_UNTAGGED;
    out.push({ vid, flags });
  }
  return out;
}

/** __vlan_add_flags(): pvid on or off, untagged on or off; true when something changed. */
function vlanAddFlags(vg: NetBridgeVlanGroup, vid: number, flags: number): boolean {
  const old = vg.vlans.get(vid)!;
  let changed = false;
  if (flags & BRIDGE_VLAN_INFO_PVID) {
    changed = vg.pvid !== vid;
    vg.pvid = vid;
  } else if (vg.pvid === vid) {
    vg.pvid = 0;
    changed = true;
  }
  const nf = flags & BRIDGE_VLAN_INFO_UNTAGGED ? old | BRIDGE_VLAN_INFO_UNTAGGED : old & ~BRIDGE_VLAN_INFO_UNTAGGED;
  vg.vlans.set(vid, nf);
  return changed || nf !== old;
}

/**
 * nbp_vlan_add(): add a VLAN to a port (with a local fdb entry for the
 * port's address in it), or change the flags of one it has. True when changed.
 */
export function nbpVlanAdd(p: NetBridgePort, vid: number, flags: number): boolean {
  const vg = (p.vlgrp ??= brVlanGroupNew());
  if (vg.vlans.has(vid)) return vlanAddFlags(vg, vid, flags);
  vg.vlans.set(vid, 0);
  vg.numVlans++;
  // __vlan_add(): "Add the dev mac and count the vlan only if it's usable".
  brFdbAddLocal(p.br, p, p.dev.devAddr, vid);
  vlanAddFlags(vg, vid, flags);
  return true;
}

/** br_vlan_add(): a VLAN of the bridge device itself (`self`), BRENTRY; its local fdb entry. */
export function brVlanAdd(br: NetBridge, vid: number, flags: number): boolean {
  const vg = (br.vlgrp ??= brVlanGroupNew());
  const existing = vg.vlans.get(vid);
  if (existing !== undefined) {
    let changed = false;
    if (!(existing & BRIDGE_VLAN_INFO_BRENTRY) && flags & BRIDGE_VLAN_INFO_BRENTRY) {
      vg.vlans.set(vid, existing | BRIDGE_VLAN_INFO_BRENTRY);
      brFdbAddLocal(br, null, br.dev.devAddr, vid);
      changed = true;
    }
    return vlanAddFlags(vg, vid, flags) || changed;
  }
  vg.vlans.set(vid, BRIDGE_VLAN_INFO_MASTER | (flags & BRIDGE_VLAN_INFO_BRENTRY));
  vg.numVlans++;
  if (flags & BRIDGE_VLAN_INFO_BRENTRY) brFdbAddLocal(br, null, br.dev.devAddr, vid);
  vlanAddFlags(vg, vid, flags);
  return true;
}

/** br_fdb_find_delete_local() */
function fdbFindDeleteLocal(br: NetBridge, p: NetBridgePort | null, addr: Uint8Array, vid: number): void {
  const f = brFdbFind(br, addr, vid);
  if (f && f.has(BR_FDB_LOCAL) && !f.has(BR_FDB_ADDED_BY_USER) && f.dst === p) fdbDeleteLocal(br, p, f);
}

/** __vlan_del() on a group: the VLAN goes, and the pvid with it. */
function vlanDel(vg: NetBridgeVlanGroup, vid: number): void {
  vg.vlans.delete(vid);
  vg.numVlans--;
  if (vg.pvid === vid) vg.pvid = 0;
}

/** nbp_vlan_delete(): -ENOENT (as a number) when the port has no such VLAN; its fdb entries in the VLAN go. */
export function nbpVlanDelete(p: NetBridgePort, vid: number): number {
  const vg = p.vlgrp;
  if (!vg || !vg.vlans.has(vid)) return -2;
  fdbFindDeleteLocal(p.br, p, p.dev.devAddr, vid);
  brFdbDeleteByPort(p.br, p, vid, false);
  vlanDel(vg, vid);
  return 0;
}

/** br_vlan_delete(): only a BRENTRY VLAN of the bridge can be deleted. */
export function brVlanDelete(br: NetBridge, vid: number): number {
  const vg = br.vlgrp;
  const f = vg?.vlans.get(vid);
  if (!vg || f === undefined || !(f & BRIDGE_VLAN_INFO_BRENTRY)) return -2;
  fdbFindDeleteLocal(br, null, br.dev.devAddr, vid);
  brFdbDeleteByPort(br, null, vid, false);
  vlanDel(vg, vid);
  return 0;
}

/** nbp_vlan_flush(): a port leaving the bridge loses its VLANs. */
export function nbpVlanFlush(p: NetBridgePort): void {
  const vg = p.vlgrp;
  if (!vg) return;
  for (const vid of [...vg.vlans.keys()]) nbpVlanDelete(p, vid);
  p.vlgrp = null;
}

/**
 * br_vlan_init(): 802.1Q and the default pvid 1, no VLAN group yet.
 * Linux (CONFIG_BRIDGE_VLAN_FILTERING=y) gives every bridge and port the
 * default pvid at once (NETDEV_REGISTER, nbp_vlan_init()); the reference
 * kernel has no VLAN filtering at all. Tuxnet sets the VLAN configuration
 * up at its first use (brVlanMaterialize), so a bridge that never uses
 * VLANs is the reference kernel's byte for byte (fdb, `bridge vlan show`).
 */
export function brVlanInit(br: NetBridge): void {
  br.vlanProto = ETH_P_8021Q;
  br.defaultPvid = 1;
  br.vlgrp = null;
}

/**
 * The VLAN configuration a VLAN-aware kernel has from the start: the
 * bridge's default pvid (BRENTRY, untagged) and every port's (the
 * NETDEV_REGISTER part of br_vlan_bridge_event(), nbp_vlan_init()).
 * Run by vlan_filtering 1, vlan_default_pvid and `bridge vlan`.
 */
export function brVlanMaterialize(br: NetBridge): void {
  if (br.vlgrp) return;
  br.vlgrp = brVlanGroupNew();
  if (br.defaultPvid) brVlanAdd(br, br.defaultPvid, BRIDGE_VLAN_INFO_PVID | BRIDGE_VLAN_INFO_UNTAGGED | BRIDGE_VLAN_INFO_BRENTRY);
  for (const p of [...br.portList].reverse()) nbpVlanInit(p);
}

/** nbp_vlan_init(): a new port joins the default pvid, untagged (once the bridge's VLANs are set up). */
export function nbpVlanInit(p: NetBridgePort): void {
  if (!p.br.vlgrp) return;
  p.vlgrp = brVlanGroupNew();
  if (p.br.defaultPvid) nbpVlanAdd(p, p.br.defaultPvid, BRIDGE_VLAN_INFO_PVID | BRIDGE_VLAN_INFO_UNTAGGED);
}

/** Whether the kernel is built with CONFIG_BRIDGE_VLAN_FILTERING (the reference kernel is not). */
export function brVlanConfigured(br: NetBridge): boolean {
  return br.dev.net.world.core.kconfig.BRIDGE_VLAN_FILTERING;
}

/** br_vlan_filter_toggle() (IFLA_BR_VLAN_FILTERING); without CONFIG_BRIDGE_VLAN_FILTERING a stub refusing any value. */
export function brVlanFilterToggle(br: NetBridge, val: number): void {
  if (!brVlanConfigured(br)) throw new KError('EOPNOTSUPP');
  if (val) brVlanMaterialize(br);
  br.optToggle(BROPT_VLAN_ENABLED, val !== 0);
}

/** vlan_default_pvid(): the group still has the default pvid as its untagged pvid (not the user's config). */
function vlanDefaultPvid(vg: NetBridgeVlanGroup | null, vid: number): boolean {
  if (!vg || vid !== vg.pvid) return false;
  return vlanUsable(vg, vid) && (vg.vlans.get(vid)! & BRIDGE_VLAN_INFO_UNTAGGED) !== 0;
}

/** br_vlan_disable_default_pvid(): vlan_default_pvid 0. */
function brVlanDisableDefaultPvid(br: NetBridge): void {
  const pvid = br.defaultPvid;
  if (vlanDefaultPvid(br.vlgrp, pvid)) brVlanDelete(br, pvid);
  for (const p of br.portList) if (vlanDefaultPvid(p.vlgrp, pvid)) nbpVlanDelete(p, pvid);
  br.defaultPvid = 0;
}

/**
 * __br_vlan_set_default_pvid(): move the bridge and every port still on
 * the old default pvid (untagged) to the new one; what the user configured
 * is left alone. 0 disables the default pvid.
 */
export function brVlanSetDefaultPvid(br: NetBridge, pvid: number): void {
  if (pvid >= VLAN_VID_MASK) throw new KError('EINVAL');
  if (pvid === br.defaultPvid) return;
  brVlanMaterialize(br);
  if (!pvid) {
    brVlanDisableDefaultPvid(br);
    return;
  }
  const old = br.defaultPvid;
  if ((!old || vlanDefaultPvid(br.vlgrp, old)) && !vlanUsable(br.vlgrp, pvid)) {
    brVlanAdd(br, pvid, BRIDGE_VLAN_INFO_PVID | BRIDGE_VLAN_INFO_UNTAGGED | BRIDGE_VLAN_INFO_BRENTRY);
    brVlanDelete(br, old);
  }
  for (const p of br.portList) {
    if ((old && !vlanDefaultPvid(p.vlgrp, old)) || p.vlgrp?.vlans.has(pvid)) continue;
    nbpVlanAdd(p, pvid, BRIDGE_VLAN_INFO_PVID | BRIDGE_VLAN_INFO_UNTAGGED);
    nbpVlanDelete(p, old);
  }
  br.defaultPvid = pvid;
}

/**
 * br_allowed_ingress(): without filtering every frame enters with VLAN id 0.
 * With it, an untagged (or VID 0 priority-tagged) frame joins the port's
 * pvid (tagged out of band from here on), a tagged one keeps its VID; the
 * VLAN must be one of the port's, else the frame is dropped (and freed).
 * Returns the VLAN id, or -1 when dropped.
 */
export function brAllowedIngress(br: NetBridge, vg: NetBridgeVlanGroup | null, skb: SkBuff): number {
  if (!brVlanEnabled(br)) {
    skb.brVlanFiltered = false;
    return 0;
  }
  skb.brVlanFiltered = true;
  // "If vlan tx offload is disabled ... it does not have HW accelerated vlan tag."
  if (!skbVlanTagPresent(skb) && skb.protocol === br.vlanProto && !skbVlanUntag(skb)) return ingressDrop(br, skb);
  let vid = 0;
  let tagged = false;
  if (skbVlanTagPresent(skb)) {
    if (skb.vlanProto !== br.vlanProto) {
      // Linux: a tag of the other protocol goes back in band and the frame counts as untagged (QinQ); tuxnet drops it.
      return ingressDrop(br, skb);
    }
    vid = skb.vlanTci & VLAN_VID_MASK;
    tagged = true;
  }
  if (!vid) {
    const pvid = brGetPvid(vg);
    if (!pvid) return ingressDrop(br, skb);
    vid = pvid;
    if (!tagged) vlanHwaccelPutTag(skb, br.vlanProto, pvid);
    else skb.vlanTci |= pvid;
    return vid;
  }
  if (!vlanUsable(vg, vid)) return ingressDrop(br, skb);
  return vid;
}

function ingressDrop(br: NetBridge, skb: SkBuff): number {
  kfreeSkbReason(br.dev.net, skb, 'NOT_SPECIFIED', 'br_allowed_ingress');
  return -1;
}

/** br_allowed_egress(): a filtered frame leaves only through a member of its VLAN. */
export function brAllowedEgress(vg: NetBridgeVlanGroup | null, skb: SkBuff): boolean {
  if (!skb.brVlanFiltered) return true;
  return vlanUsable(vg, skb.vlanTci & VLAN_VID_MASK);
}

/**
 * br_handle_vlan(): on egress a filtered frame leaves untagged where its
 * VLAN is `untagged`, tagged elsewhere. Null (and freed) when the VLAN is
 * not there, unless the frame goes up a promiscuous bridge.
 */
export function brHandleVlan(br: NetBridge, _p: NetBridgePort | null, vg: NetBridgeVlanGroup | null, skb: SkBuff): SkBuff | null {
  if (!skb.brVlanFiltered) return skb;
  const vid = skb.vlanTci & VLAN_VID_MASK;
  const f = vg?.vlans.get(vid);
  if (f === undefined || !vlanUsable(vg, vid)) {
    if (br.dev.flags & IFF_PROMISC && skb.dev === br.dev) return skb;
    kfreeSkbReason(br.dev.net, skb, 'NOT_SPECIFIED', 'br_handle_vlan');
    return null;
  }
  if (f & BRIDGE_VLAN_INFO_UNTAGGED) vlanHwaccelClearTag(skb);
  return skb;
}

/** br_should_learn(): the VLAN a link-local frame is learned in, or -1 not to learn. */
export function brShouldLearn(p: NetBridgePort, skb: SkBuff): number {
  if (!brVlanEnabled(p.br)) return 0;
  const vg = p.vlgrp;
  if (!vg || !vg.numVlans) return -1;
  const vid = skbVlanTagPresent(skb) && skb.vlanProto === p.br.vlanProto ? skb.vlanTci & VLAN_VID_MASK : 0;
  if (!vid) return vg.pvid || -1;
  return vg.vlans.has(vid) ? vid : -1;
}
