/**
 * The forwarding database over rtnetlink (family AF_BRIDGE): RTM_NEWNEIGH
 * adds or replaces an entry on the bridge (`master`, the default for a
 * port) or on the device itself (`self`: a bridge's own entries, or the
 * device's unicast/multicast address list), RTM_DELNEIGH deletes, the
 * RTM_GETNEIGH dump walks every device as rtnl_fdb_dump() does.
 * @linux net/core/rtnetlink.c rtnl_fdb_add() rtnl_fdb_del() rtnl_fdb_dump() ndo_dflt_fdb_add() ndo_dflt_fdb_dump(),
 *        net/bridge/br_fdb.c br_fdb_add() br_fdb_delete() br_fdb_dump() fdb_add_entry() fdb_fill_info()
 */
import { brVlanList } from './br_vlan.js';
import { devMcAddExcl, devMcDel, devUcAddExcl, devUcDel } from '../core/dev_addr_lists.js';
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import { ARPHRD_ETHER, type NetDevice } from '../core/netdevice.js';
import { nlmsgNew, type Rtnl, type RtnlCtx } from '../core/rtnetlink.js';
import { AF_BRIDGE, type BrFdbMsg } from '../../uapi/linux/if_bridge.js';
import { NTF_EXT_LEARNED, NTF_MASTER, NTF_OFFLOADED, NTF_SELF, NTF_STICKY, NTF_USE, NUD_NOARP, NUD_PERMANENT, NUD_REACHABLE } from '../../uapi/linux/neighbour.js';
import { NLM_F_BULK, NLM_F_CREATE, NLM_F_EXCL, NLM_F_MULTI, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELNEIGH, RTM_GETNEIGH, RTM_NEWNEIGH, RTNLGRP_NEIGH } from '../../uapi/linux/rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import { brFdbFind, brFdbUpdate, fdbCreate, fdbDelete, fdbListNewestFirst, fdbToNud } from './br_fdb.js';
import {
  BR_FDB_ADDED_BY_EXT_LEARN, BR_FDB_ADDED_BY_USER, BR_FDB_LOCAL, BR_FDB_LOCKED, BR_FDB_OFFLOADED, BR_FDB_STATIC, BR_FDB_STICKY, BR_STATE_FORWARDING,
  BR_STATE_LEARNING, brPortGet, netdevBridge, nsToClockT, type NetBridge, type NetBridgeFdbEntry, type NetBridgePort,
} from './br_private.js';

function isZero(a: Uint8Array): boolean {
  return a.every((b) => b === 0);
}

/** fdb_add_entry(): a user entry: local (permanent), static (noarp) or dynamic (reachable). */
function fdbAddEntry(br: NetBridge, source: NetBridgePort | null, addr: Uint8Array, ndm: BrFdbMsg, nlFlags: number, vid: number): void {
  const sticky = (ndm.flags & NTF_STICKY) !== 0;
  const state = ndm.state;
  // "If the port cannot learn allow only local and static entries"
  if (source && !(state & NUD_PERMANENT) && !(state & NUD_NOARP) && !(source.state === BR_STATE_LEARNING || source.state === BR_STATE_FORWARDING)) {
    throw new KError('EPERM');
  }
  if (!source && !(state & NUD_PERMANENT)) throw new KError('EINVAL');
  if (sticky && state & NUD_PERMANENT) throw new KError('EINVAL');
  let f = brFdbFind(br, addr, vid);
  let modified = false;
  if (!f) {
    if (!(nlFlags & NLM_F_CREATE)) throw new KError('ENOENT');
    f = fdbCreate(br, source, addr, vid, 0);
    modified = true;
  } else {
    if (nlFlags & NLM_F_EXCL) throw new KError('EEXIST');
    if (f.dst !== source) {
      f.dst = source;
      modified = true;
    }
  }
  if (fdbToNud(br, f) !== state) {
    if (state & NUD_PERMANENT) {
      f.set(BR_FDB_LOCAL);
      f.set(BR_FDB_STATIC);
    } else if (state & NUD_NOARP) {
      f.clear(BR_FDB_LOCAL);
      f.set(BR_FDB_STATIC);
    } else {
      f.clear(BR_FDB_LOCAL);
      f.clear(BR_FDB_STATIC);
    }
    modified = true;
  }
  if (sticky !== f.has(BR_FDB_STICKY)) {
    f.flags ^= 1 << BR_FDB_STICKY;
    modified = true;
  }
  f.set(BR_FDB_ADDED_BY_USER);
  const now = br.dev.net.sched.now;
  f.used = now;
  if (modified) {
    f.updated = now;
    fdbNotify(br, f, RTM_NEWNEIGH);
  }
}

/** br_fdb_add(): on the bridge device (its own entries) or on a port. */
function brFdbAdd(ndm: BrFdbMsg, dev: NetDevice, addr: Uint8Array, vid: number, nlFlags: number): void {
  if (!(ndm.state & (NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE))) throw new KError('EINVAL');
  if (isZero(addr)) throw new KError('EINVAL');
  let br = netdevBridge(dev);
  let p: NetBridgePort | null = null;
  if (!br) {
    p = brPortGet(dev);
    if (!p) throw new KError('EINVAL');
    br = p.br;
  }
  // stp work: "RTM_NEWNEIGH with unconfigured vlan"; without a VLAN, one entry per VLAN of the port too.
  const vlans = brVlanList(p ? p.vlgrp : br.vlgrp);
  if (vid && !vlans.some((v) => v.vid === vid)) throw new KError('EINVAL');
  const vids = vid ? [vid] : [0, ...vlans.map((v) => v.vid)];
  for (const v of vids) brFdbAddOne(br, p, ndm, addr, v, nlFlags);
}

/** __br_fdb_add() */
function brFdbAddOne(br: NetBridge, p: NetBridgePort | null, ndm: BrFdbMsg, addr: Uint8Array, vid: number, nlFlags: number): void {
  if (ndm.flags & NTF_USE) {
    if (!p) throw new KError('EINVAL');
    if (p.state === BR_STATE_LEARNING || p.state === BR_STATE_FORWARDING) brFdbUpdate(br, p, addr, 0, vid, 1 << BR_FDB_ADDED_BY_USER);
    return;
  }
  if (ndm.flags & NTF_EXT_LEARNED) {
    if (!p && !(ndm.state & NUD_PERMANENT)) throw new KError('EINVAL', 'bridge: FDB entry towards bridge must be permanent');
    brFdbExternalLearnAdd(br, p, addr, vid);
    return;
  }
  fdbAddEntry(br, p, addr, ndm, nlFlags, vid);
}

/**
 * br_fdb_external_learn_add() (not locked, swdev_notify): an entry learnt
 * elsewhere, never aged; an existing one moves to the port and is marked.
 */
function brFdbExternalLearnAdd(br: NetBridge, p: NetBridgePort | null, addr: Uint8Array, vid: number): void {
  let f = brFdbFind(br, addr, vid);
  if (!f) {
    let flags = (1 << BR_FDB_ADDED_BY_EXT_LEARN) | (1 << BR_FDB_ADDED_BY_USER);
    if (!p) flags |= 1 << BR_FDB_LOCAL;
    f = fdbCreate(br, p, addr, vid, flags);
    fdbNotify(br, f, RTM_NEWNEIGH);
    return;
  }
  let modified = false;
  const now = br.dev.net.sched.now;
  f.updated = now;
  if (f.dst !== p) {
    f.dst = p;
    modified = true;
  }
  // "Refresh entry"
  if (f.has(BR_FDB_ADDED_BY_EXT_LEARN)) f.used = now;
  else {
    f.set(BR_FDB_ADDED_BY_EXT_LEARN);
    modified = true;
  }
  if (f.has(BR_FDB_LOCKED)) {
    f.clear(BR_FDB_LOCKED);
    modified = true;
  }
  f.set(BR_FDB_ADDED_BY_USER);
  if (!p) f.set(BR_FDB_LOCAL);
  if (modified) fdbNotify(br, f, RTM_NEWNEIGH);
}

/** ndo_dflt_fdb_add(): a permanent address on the device's own uc/mc list. */
function ndoDfltFdbAdd(ndm: BrFdbMsg, dev: NetDevice, addr: Uint8Array, vid: number, nlFlags: number): void {
  if (ndm.state && !(ndm.state & NUD_PERMANENT)) throw new KError('EINVAL');
  if (vid) throw new KError('EINVAL');
  const mc = (addr[0]! & 1) !== 0 && !isLinkLocal(addr);
  // dev_uc_add_excl() / dev_mc_add_excl(): "Only return duplicate errors if NLM_F_EXCL is set"
  if (mc ? dev.mc.some((h) => sameAddr(h.addr, addr)) : dev.uc.some((a) => sameAddr(a, addr))) {
    if (nlFlags & NLM_F_EXCL) throw new KError('EEXIST');
    return;
  }
  if (mc) devMcAddExcl(dev, addr);
  else devUcAddExcl(dev, addr);
}

function isLinkLocal(a: Uint8Array): boolean {
  return a[0] === 0x01 && a[1] === 0x80 && a[2] === 0xc2 && a[3] === 0 && a[4] === 0 && (a[5]! & 0xf0) === 0;
}

function sameAddr(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** fdb_vid_parse(): NDA_VLAN, when given, is a VLAN id from 1 to 4094. */
function fdbVidParse(m: BrFdbMsg): number {
  const vid = m.vlan ?? 0;
  if (m.vlan !== undefined && (vid === 0 || vid >= 4095)) throw new KError('EINVAL', 'invalid vlan id');
  return vid;
}

/**
 * The checks shared by rtnl_fdb_add() and rtnl_fdb_del(): the device, the
 * address, then the Ethernet type before the VLAN (add) or after it (del).
 */
function fdbTarget(net: Net, m: BrFdbMsg, del: boolean): { dev: NetDevice; addr: Uint8Array; vid: number } {
  if (m.ifindex === 0) throw new KError('EINVAL', 'invalid ifindex');
  const dev = net.devByIndex(m.ifindex);
  if (!dev) throw new KError('ENODEV', 'unknown ifindex');
  if (!m.lladdr || m.lladdr.length !== 6) throw new KError('EINVAL', 'invalid address');
  if (!del) fdbCheckEther(dev, 'add');
  const vid = fdbVidParse(m);
  if (del) fdbCheckEther(dev, 'delete');
  return { dev, addr: m.lladdr, vid };
}

function fdbCheckEther(dev: NetDevice, what: string): void {
  if (dev.type !== ARPHRD_ETHER) throw new KError('EINVAL', `FDB ${what} only supported for Ethernet devices`);
}

/** rtnl_fdb_add(): the master's ndo_fdb_add for a port (NTF_MASTER or no flag), then NTF_SELF on the device. */
function rtnlFdbAdd(net: Net, msg: NlMsg<BrFdbMsg>): void {
  const m = msg.body;
  const { dev, addr, vid } = fdbTarget(net, m, false);
  let flags = m.flags;
  let done = false;
  const brDev = dev.master;
  if ((!flags || flags & NTF_MASTER) && brPortGet(dev) && brDev) {
    brFdbAdd(m, dev, addr, vid, msg.flags);
    flags &= ~NTF_MASTER;
    done = true;
  }
  if (flags & NTF_SELF) {
    if (netdevBridge(dev)) brFdbAdd(m, dev, addr, vid, msg.flags);
    else if (dev.ops.fdbAdd) dev.ops.fdbAdd(dev, m, msg.flags);
    else ndoDfltFdbAdd(m, dev, addr, vid, msg.flags);
    // a driver that did not announce the change itself (the default, a macvlan): rtnl_fdb_notify()
    if (!netdevBridge(dev) && !dev.ops.fdbNotifies) rtnlFdbNotify(dev, addr, vid, RTM_NEWNEIGH, m.state);
    done = true;
  }
  if (!done) throw new KError('EOPNOTSUPP');
}

/** br_fdb_delete(): the entry must belong to this port (or to the bridge itself). */
function brFdbDelete(dev: NetDevice, addr: Uint8Array, vid: number): void {
  let br = netdevBridge(dev);
  let p: NetBridgePort | null = null;
  if (!br) {
    p = brPortGet(dev);
    if (!p) throw new KError('EINVAL');
    br = p.br;
  }
  const f = brFdbFind(br, addr, vid);
  if (!f || f.dst !== p) throw new KError('ENOENT');
  fdbDelete(br, f);
}

/**
 * ndo_dflt_fdb_del(): only local (NUD_PERMANENT) addresses, "If aging
 * addresses are supported device will need to implement its own handler"
 * (static and dynamic ask for NUD_REACHABLE): EINVAL before any lookup.
 */
function ndoDfltFdbDel(dev: NetDevice, addr: Uint8Array, state: number): void {
  if (!(state & NUD_PERMANENT)) throw new KError('EINVAL');
  if ((addr[0]! & 1) !== 0 && !isLinkLocal(addr)) {
    if (!dev.mc.some((h) => sameAddr(h.addr, addr))) throw new KError('ENOENT');
    devMcDel(dev, addr);
    return;
  }
  if (!dev.uc.some((a) => sameAddr(a, addr))) throw new KError('ENOENT');
  devUcDel(dev, addr);
}

/** __ndm_state_to_fdb_flags() + __ndm_flags_to_fdb_flags() */
function ndmToFdbFlags(state: number, flags: number): number {
  let f = 0;
  if (state & NUD_PERMANENT) f |= 1 << BR_FDB_LOCAL;
  if (state & NUD_NOARP) f |= 1 << BR_FDB_STATIC;
  if (flags & NTF_USE) f |= 1 << BR_FDB_ADDED_BY_USER;
  if (flags & NTF_EXT_LEARNED) f |= 1 << BR_FDB_ADDED_BY_EXT_LEARN;
  if (flags & NTF_OFFLOADED) f |= 1 << BR_FDB_OFFLOADED;
  if (flags & NTF_STICKY) f |= 1 << BR_FDB_STICKY;
  return f;
}

/**
 * br_fdb_delete_bulk(): every entry matching the port, VLAN and flags
 * (under their masks) goes, local ones included (__fdb_flush_matches).
 */
function brFdbDeleteBulk(m: BrFdbMsg, dev: NetDevice): void {
  // br_fdb_del_bulk_policy: NDA_VLAN is NLA_POLICY_RANGE(NLA_U16, 1, VLAN_N_VID - 2), checked by the parse
  if (m.vlan !== undefined && (m.vlan < 1 || m.vlan > 4094)) throw new KError('ERANGE', 'integer out of range');
  let br = netdevBridge(dev);
  let portIfindex = m.brportIdx ?? 0;
  if (!br) {
    const p = brPortGet(dev);
    if (!p) throw new KError('EINVAL', 'bridge: Device is not a bridge port');
    br = p.br;
    portIfindex = dev.ifindex;
  }
  const ignored = NTF_MASTER | NTF_SELF;
  const flags = ndmToFdbFlags(m.state, m.flags & ~ignored);
  const mask = ndmToFdbFlags(m.stateMask ?? 0, (m.flagsMask ?? 0) & ~ignored);
  const vid = m.vlan ?? 0;
  for (const f of fdbListNewestFirst(br)) {
    const idx = f.dst ? f.dst.dev.ifindex : br.dev.ifindex;
    if (vid && vid !== f.key.vlanId) continue;
    if (portIfindex && portIfindex !== idx) continue;
    if (mask && (f.flags & mask) !== flags) continue;
    fdbDelete(br, f);
  }
}

/** rtnl_fdb_del() with NLM_F_BULK: the master's (or the bridge's own) ndo_fdb_del_bulk. */
function rtnlFdbDelBulk(net: Net, m: BrFdbMsg): void {
  const dev = m.ifindex ? net.devByIndex(m.ifindex) : null;
  if (!dev) throw new KError(m.ifindex ? 'ENODEV' : 'EINVAL', m.ifindex ? 'unknown ifindex' : 'invalid ifindex');
  fdbCheckEther(dev, 'delete');
  let flags = m.flags;
  let done = false;
  if ((!flags || flags & NTF_MASTER) && brPortGet(dev) && dev.master) {
    brFdbDeleteBulk(m, dev);
    flags &= ~NTF_MASTER;
    done = true;
  }
  if (flags & NTF_SELF) {
    if (dev.ops.fdbDelBulk) dev.ops.fdbDelBulk(dev, m);
    else if (!netdevBridge(dev)) throw new KError('EOPNOTSUPP');
    else brFdbDeleteBulk(m, dev);
    done = true;
  }
  if (!done) throw new KError('EOPNOTSUPP');
}

/** rtnl_fdb_del() */
function rtnlFdbDel(net: Net, msg: NlMsg<BrFdbMsg>): void {
  const m = msg.body;
  if (msg.flags & NLM_F_BULK) {
    rtnlFdbDelBulk(net, m);
    return;
  }
  const { dev, addr, vid } = fdbTarget(net, m, true);
  let flags = m.flags;
  let done = false;
  if ((!flags || flags & NTF_MASTER) && brPortGet(dev) && dev.master) {
    brFdbDelete(dev, addr, vid);
    flags &= ~NTF_MASTER;
    done = true;
  }
  if (flags & NTF_SELF) {
    if (netdevBridge(dev)) brFdbDelete(dev, addr, vid);
    else if (dev.ops.fdbDel) dev.ops.fdbDel(dev, m);
    else ndoDfltFdbDel(dev, addr, m.state);
    if (!netdevBridge(dev) && !dev.ops.fdbNotifies) rtnlFdbNotify(dev, addr, vid, RTM_DELNEIGH, m.state);
    done = true;
  }
  if (!done) throw new KError('EOPNOTSUPP');
}

/** fdb_notify(): the entry as fdb_fill_info() makes it, to RTNLGRP_NEIGH (ip monitor neigh, bridge monitor fdb). */
export function fdbNotify(br: NetBridge, f: NetBridgeFdbEntry, type: number): void {
  const net = br.dev.net;
  if (rtnlHasListeners(net, RTNLGRP_NEIGH)) rtnlNotify(net, nlmsgNew(type, 0, fdbFillInfo(br, f)), RTNLGRP_NEIGH);
}

/** rtnl_fdb_notify(): a `self` entry of a device's own address lists, as the request gave its state. */
function rtnlFdbNotify(dev: NetDevice, addr: Uint8Array, vid: number, type: number, state: number): void {
  const net = dev.net;
  if (!rtnlHasListeners(net, RTNLGRP_NEIGH)) return;
  const m: BrFdbMsg = { family: AF_BRIDGE, ifindex: dev.ifindex, state, flags: NTF_SELF, lladdr: addr.slice() };
  if (vid) m.vlan = vid;
  rtnlNotify(net, nlmsgNew(type, 0, m), RTNLGRP_NEIGH);
}

/** fdb_fill_info() */
export function fdbFillInfo(br: NetBridge, f: NetBridgeFdbEntry): BrFdbMsg {
  const now = br.dev.net.sched.now;
  let flags = 0;
  if (f.has(BR_FDB_OFFLOADED)) flags |= NTF_OFFLOADED;
  if (f.has(BR_FDB_ADDED_BY_EXT_LEARN)) flags |= NTF_EXT_LEARNED;
  if (f.has(BR_FDB_STICKY)) flags |= NTF_STICKY;
  const m: BrFdbMsg = {
    family: AF_BRIDGE, ifindex: f.dst ? f.dst.dev.ifindex : br.dev.ifindex, state: fdbToNud(br, f), flags,
    lladdr: f.key.addr.slice(), master: br.dev.ifindex,
    cacheinfo: { confirmed: 0, used: nsToClockT(now - f.used), updated: nsToClockT(now - f.updated), refcnt: 0 },
  };
  if (f.key.vlanId) m.vlan = f.key.vlanId;
  return m;
}

/** br_fdb_dump(): the bridge's own entries (no filter), or those of port `filterDev`. */
function brFdbDump(br: NetBridge, filterDev: NetDevice | null, out: BrFdbMsg[]): void {
  if (!filterDev) ndoDfltFdbDump(br.dev, out);
  for (const f of fdbListNewestFirst(br)) {
    if (filterDev && (!f.dst || f.dst.dev !== filterDev)) {
      if (filterDev !== br.dev || f.dst) continue;
    }
    if (!filterDev && f.dst) continue;
    out.push(fdbFillInfo(br, f));
  }
}

/** ndo_dflt_fdb_dump(): the device's uc then mc addresses, `self permanent`. */
function ndoDfltFdbDump(dev: NetDevice, out: BrFdbMsg[]): void {
  if (dev.type !== ARPHRD_ETHER) return;
  for (const a of [...dev.uc, ...dev.mc.map((h) => h.addr)]) {
    out.push({ family: AF_BRIDGE, ifindex: dev.ifindex, state: NUD_PERMANENT, flags: NTF_SELF, lladdr: a.slice() });
  }
}

/**
 * rtnl_fdb_dump(): devices in ifindex order; a port first shows its
 * master's entries for it, then every device its own. NDA_MASTER (`br`)
 * keeps that bridge and its ports, ndm_ifindex (`brport`/`dev`) one device.
 */
function rtnlFdbDump(net: Net, msg: NlMsg<BrFdbMsg>): NlMsg[] {
  const brIdx = msg.body.master ?? 0;
  const brportIdx = msg.body.ifindex || msg.body.brportIdx || 0;
  let brDev: NetDevice | null = null;
  if (brIdx) {
    brDev = net.devByIndex(brIdx);
    if (!brDev) throw new KError('ENODEV');
  }
  const out: BrFdbMsg[] = [];
  for (const dev of net.devicesSorted()) {
    if (brportIdx && dev.ifindex !== brportIdx) continue;
    const p = brPortGet(dev);
    if (brDev) {
      if (dev !== brDev && !p) continue;
      if (brDev !== dev.master && !netdevBridge(dev)) continue;
    }
    if (p) brFdbDump(p.br, dev, out);
    const own = netdevBridge(dev);
    if (own) brFdbDump(own, null, out);
    else if (dev.ops.fdbDump) out.push(...dev.ops.fdbDump(dev));
    else ndoDfltFdbDump(dev, out);
  }
  return out.map((m) => nlmsgNew(RTM_NEWNEIGH, NLM_F_MULTI, m, msg.seq, msg.pid));
}

/**
 * rtnl_fdb_get() -> br_fdb_get(): one entry, looked up on the bridge named
 * by NDA_MASTER or by the port's master.
 */
function rtnlFdbGet(net: Net, msg: NlMsg<BrFdbMsg>, ctx: RtnlCtx): void {
  const m = msg.body;
  // valid_fdb_get_strict() parses NDA_VLAN before any device is looked up
  const vid = fdbVidParse(m);
  let dev: NetDevice | null = null;
  if (m.ifindex) {
    dev = net.devByIndex(m.ifindex);
    if (!dev) throw new KError('ENODEV', 'Unknown device ifindex');
  }
  let brDev: NetDevice | null = null;
  if (m.master) {
    if (dev) throw new KError('EINVAL', 'Master and device are mutually exclusive');
    brDev = net.devByIndex(m.master);
    if (!brDev) throw new KError('EINVAL', 'Invalid master ifindex');
  }
  if (!m.lladdr || m.lladdr.length !== 6) throw new KError('EINVAL', 'Invalid address');
  // A port without flags or with NTF_MASTER asks its bridge; NTF_SELF asks the device itself.
  if (dev) {
    if (!m.flags || m.flags & NTF_MASTER) {
      if (!brPortGet(dev)) throw new KError('EINVAL', 'Device is not a bridge port');
      brDev = dev.master;
      if (!brDev) throw new KError('EINVAL', 'Master of device not found');
    } else if (!(m.flags & NTF_SELF)) throw new KError('EINVAL', 'Missing NTF_SELF');
  }
  const target = brDev ?? dev;
  if (!target) throw new KError('ENODEV', 'No device specified');
  const br = netdevBridge(target);
  // ndo_fdb_get: a bridge's br_fdb_get(), a vxlan's own.
  if (!br) {
    if (!target.ops.fdbGet) throw new KError('EOPNOTSUPP', 'Fdb get operation not supported by device');
    ctx.reply(nlmsgNew(RTM_NEWNEIGH, 0, target.ops.fdbGet(target, m), msg.seq, ctx.portid));
    return;
  }
  const f = brFdbFind(br, m.lladdr, vid);
  if (!f) throw new KError('ENOENT', 'Fdb entry not found');
  ctx.reply(nlmsgNew(RTM_NEWNEIGH, 0, fdbFillInfo(br, f), msg.seq, ctx.portid));
}

/** rtnetlink_init()'s PF_BRIDGE neighbour handlers. */
export function brFdbRtnlInit(rtnl: Rtnl): void {
  rtnl.register<BrFdbMsg>(AF_BRIDGE, RTM_NEWNEIGH, (net, msg) => rtnlFdbAdd(net, msg), null);
  rtnl.register<BrFdbMsg>(AF_BRIDGE, RTM_DELNEIGH, (net, msg) => rtnlFdbDel(net, msg), null);
  rtnl.register<BrFdbMsg>(AF_BRIDGE, RTM_GETNEIGH, rtnlFdbGet, rtnlFdbDump);
}
