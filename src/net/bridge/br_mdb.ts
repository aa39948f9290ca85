/**
 * The multicast database over rtnetlink (family PF_BRIDGE): RTM_GETMDB
 * dumps every bridge's groups (newest first, the host's membership before
 * its ports'), RTM_NEWMDB adds a port's (or the host's) membership,
 * RTM_DELMDB removes one, with the kernel's extack messages: the entry is
 * checked by rtnetlink's policy first, then by the bridge.
 * @linux net/core/rtnetlink.c rtnl_mdb_add() rtnl_mdb_del() rtnl_validate_mdb_entry(),
 *        net/bridge/br_mdb.c br_mdb_dump() __mdb_fill_info() br_mdb_config_init() br_mdb_add()
 *        br_mdb_add_group() __br_mdb_del()
 */
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import { nlmsgNew, type Rtnl } from '../core/rtnetlink.js';
import { AF_BRIDGE, MDB_PERMANENT, MDB_TEMPORARY, type BrMdbEntry, type BrPortMsg } from '../../uapi/linux/if_bridge.js';
import { NLM_F_MULTI, NLM_F_REPLACE, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELMDB, RTM_GETMDB, RTM_NEWMDB } from '../../uapi/linux/rtnetlink.js';
import { ETH_P_IP, ETH_P_IPV6 } from '../../wire/ethernet.js';
import {
  brMdbIpGet, brMdbNewestFirst, brMulticastDelMdbEntry, brMulticastDelPg, brMulticastHostJoin, brMulticastHostLeave, brMulticastNewGroup,
  brMulticastNewPortGroup, ipv4IsLocalMulticast, ipv6IsLlAllNodes, pgTimerArm,
} from './br_multicast.js';
import { brRouterPorts } from './br_multicast_rport.js';
import { sgAddExcludePorts, starGHandleMode } from './br_multicast_src.js';
import { brMdbNotify, mdbFillInfo } from './br_mdb_notify.js';
import {
  BR_STATE_DISABLED, BROPT_MULTICAST_ENABLED, MCAST_EXCLUDE, MCAST_INCLUDE, MDB_PG_FLAGS_PERMANENT, brMulticastIsStarG, brMulticastShouldHandleMode, brPortGet, clockTToNs, netdevBridge, nsToClockT,
  type BrIp, type NetBridge, type NetBridgePort,
} from './br_private.js';
import { brVlanEnabled, brVlanList } from './br_vlan.js';

/** include/uapi/linux/rtnetlink.h RTPROT_STATIC: an entry added by the user. */
const RTPROT_STATIC = 4;
/** VLAN_VID_MASK */
const VLAN_VID_MASK = 0xfff;

/** br_mdb_fill_info(): the host's membership first, then the ports', of every group newest first. */
function brMdbFillInfo(br: NetBridge): BrMdbEntry[] {
  const out: BrMdbEntry[] = [];
  for (const mp of brMdbNewestFirst(br)) {
    if (mp.hostJoined) out.push(mdbFillInfo(br, mp, null));
    for (const pg of mp.ports) out.push(mdbFillInfo(br, mp, pg));
  }
  return out;
}

/** br_mdb_dump(): one message per bridge, in device order, its entries then its router ports. */
function brMdbDump(net: Net, msg: NlMsg<BrPortMsg>): NlMsg[] {
  const out: NlMsg[] = [];
  for (const dev of net.devicesSorted()) {
    const br = netdevBridge(dev);
    if (!br) continue;
    const m: BrPortMsg = { family: 0, ifindex: dev.ifindex, mdb: brMdbFillInfo(br) };
    // br_rports_fill_info(): MDBA_ROUTER only when there are router ports.
    const rports = brRouterPorts(br);
    if (rports.length) m.router = rports.map((r) => ({ ifindex: r.port.dev.ifindex, timer: nsToClockT(r.timer), type: r.port.multicastRouter }));
    out.push(nlmsgNew(RTM_GETMDB, NLM_F_MULTI, m, msg.seq, msg.pid));
  }
  return out;
}

/** ipv4_is_multicast() */
const ipv4IsMulticast = (a: number): boolean => (a & 0xf0000000) === (0xe0000000 | 0);

/** rtnl_validate_mdb_entry(): the MDBA_SET_ENTRY policy, before the device is looked at. */
function rtnlValidateMdbEntry(e: BrMdbEntry | undefined): BrMdbEntry {
  if (!e) throw new KError('EINVAL', 'Missing MDBA_SET_ENTRY attribute');
  if (e.ifindex === 0) throw new KError('EINVAL', 'Zero entry ifindex is not allowed');
  if (e.proto === ETH_P_IP) {
    if (!ipv4IsMulticast(e.ip4) && e.ip4 !== 0) throw new KError('EINVAL', 'IPv4 entry group address is not multicast or 0.0.0.0');
    if (ipv4IsLocalMulticast(e.ip4)) throw new KError('EINVAL', 'IPv4 entry group address is local multicast');
  } else if (e.proto === ETH_P_IPV6) {
    if (ipv6IsLlAllNodes(e.bytes!, 0)) throw new KError('EINVAL', 'IPv6 entry group address is link-local all nodes');
  } else if (e.proto === 0) {
    if (!(e.bytes![0]! & 1)) throw new KError('EINVAL', 'L2 entry group is not multicast');
  } else throw new KError('EINVAL', 'Unknown entry protocol');
  if (e.state !== MDB_PERMANENT && e.state !== MDB_TEMPORARY) throw new KError('EINVAL', 'Unknown entry state');
  if (e.vid >= VLAN_VID_MASK) throw new KError('EINVAL', 'Invalid entry VLAN id');
  return e;
}

/** The bridge of an RTM_NEWMDB/RTM_DELMDB (rtnl_mdb_add()/rtnl_mdb_del() before ndo_mdb_add/del). */
function rtnlMdbBridge(net: Net, m: BrPortMsg): { br: NetBridge; e: BrMdbEntry } {
  const e = rtnlValidateMdbEntry(m.setEntry);
  if (!m.ifindex) throw new KError('EINVAL', 'Invalid ifindex');
  const dev = net.devByIndex(m.ifindex);
  if (!dev) throw new KError('ENODEV', "Device doesn't exist");
  const br = netdevBridge(dev);
  if (!br) throw new KError('EOPNOTSUPP', 'Device does not support MDB operations');
  return { br, e: { ...e } };
}

/** br_mdb_config_init(): a running snooping bridge, and the port (null: the host) one of its own. */
function brMdbConfigInit(net: Net, br: NetBridge, e: BrMdbEntry): NetBridgePort | null {
  if (!br.dev.isUp) throw new KError('EINVAL', 'bridge: Bridge device is not running');
  if (!br.optGet(BROPT_MULTICAST_ENABLED)) throw new KError('EINVAL', "bridge: Bridge's multicast processing is disabled");
  if (e.ifindex === br.dev.ifindex) {
    brMdbCheckZeroGroup(e);
    brMdbCheckSource(e);
    return null;
  }
  const pdev = net.devByIndex(e.ifindex);
  if (!pdev) throw new KError('ENODEV', "bridge: Port net device doesn't exist");
  const p = brPortGet(pdev);
  if (!p) throw new KError('EINVAL', 'bridge: Net device is not a bridge port');
  if (p.br !== br) throw new KError('EINVAL', 'bridge: Port belongs to a different bridge device');
  brMdbCheckZeroGroup(e);
  brMdbCheckSource(e);
  return p;
}

/** br_mdb_config_init(): 0.0.0.0 passes rtnetlink's policy (an (S, G) source's group) but not a (*, G) entry. */
function brMdbCheckZeroGroup(e: BrMdbEntry): void {
  if (e.proto === ETH_P_IP && e.ip4 === 0) throw new KError('EINVAL', 'bridge: IPv4 entry group address 0.0.0.0 is not allowed');
}

/** is_valid_mdb_source(): MDBE_ATTR_SOURCE of the group's family, not multicast. */
function brMdbCheckSource(e: BrMdbEntry): void {
  if (e.src4 === undefined && !e.src6) return;
  if (e.proto === ETH_P_IP) {
    if (e.src4 === undefined) throw new KError('EINVAL', 'bridge: IPv4 invalid source address length');
    if ((e.src4 & 0xf0000000) === (0xe0000000 | 0)) throw new KError('EINVAL', 'bridge: IPv4 multicast source address is not allowed');
  } else if (e.proto === ETH_P_IPV6) {
    if (!e.src6) throw new KError('EINVAL', 'bridge: IPv6 invalid source address length');
    if (e.src6[0] === 0xff) throw new KError('EINVAL', 'bridge: IPv6 multicast source address is not allowed');
  } else throw new KError('EINVAL', 'bridge: Invalid protocol used with source address');
}

/** __mdb_entry_to_br_ip(): the group, with its source (all zeroes: none, a (*, G) entry). */
function entryGroup(e: BrMdbEntry): BrIp {
  const v4 = e.proto === ETH_P_IP;
  const src6 = !v4 && e.src6 && e.src6.some((x) => x !== 0) ? e.src6 : null;
  return { proto: e.proto, vid: e.vid, ip4: v4 ? e.ip4 : 0, bytes: v4 ? null : e.bytes, src4: v4 ? e.src4 ?? 0 : 0, src6 };
}

/** __br_mdb_add() / br_mdb_add_group(): the host joins, or the port, permanent or for a membership interval. */
function brMdbAddGroup(br: NetBridge, p: NetBridgePort | null, e: BrMdbEntry, nlFlags: number): void {
  const group = entryGroup(e);
  const mp = brMulticastNewGroup(br, group);
  if (!p) {
    if (mp.hostJoined) throw new KError('EEXIST', 'bridge: Group is already joined by host');
    brMulticastHostJoin(br, mp);
    return;
  }
  // br_mdb_add_group_star_g() / br_mdb_add_group_sg(): NLM_F_REPLACE is not modelled (iproute2 6.1 does not send it).
  const starG = brMulticastIsStarG(group);
  if (mp.ports.some((pg) => pg.port === p) || nlFlags & NLM_F_REPLACE) {
    throw new KError('EEXIST', `bridge: ${starG ? '(*, G)' : '(S, G)'} group is already joined by port`);
  }
  const pg = brMulticastNewPortGroup(mp, p, e.state === MDB_PERMANENT ? MDB_PG_FLAGS_PERMANENT : 0, RTPROT_STATIC);
  pg.filterMode = starG ? MCAST_EXCLUDE : MCAST_INCLUDE;
  if (e.state === MDB_TEMPORARY) pgTimerArm(br, mp, pg, clockTToNs(br.mcast.membershipIntvl));
  brMdbNotify(br, mp, pg, RTM_NEWMDB);
  // the (*, G) EXCLUDE ports join a new (S, G); a new (*, G) EXCLUDE port joins every (S, G)
  if (!brMulticastShouldHandleMode(br, group.proto)) return;
  if (starG) starGHandleMode(br, mp, pg, MCAST_EXCLUDE);
  else {
    const starMp = brMdbIpGet(br, { ...group, src4: 0, src6: null });
    if (starMp) sgAddExcludePorts(br, starMp, pg, group);
  }
}

/** The VLANs an entry without one goes to when VLAN filtering is on (one per VLAN of the port or bridge). */
function entryVids(br: NetBridge, p: NetBridgePort | null, e: BrMdbEntry): number[] {
  const vg = p ? p.vlgrp : br.vlgrp;
  if (brVlanEnabled(br) && vg && e.vid === 0) return brVlanList(vg).map((v) => v.vid);
  return [e.vid];
}

/** br_mdb_add(): the entry's checks (no flags for a host group, L2 groups permanent only), then the port's state, then each VLAN's entry. */
function brMdbAdd(net: Net, msg: NlMsg<BrPortMsg>): void {
  const { br, e } = rtnlMdbBridge(net, msg.body);
  const p = brMdbConfigInit(net, br, e);
  // the entry's own checks come before the port's state
  const l2 = e.proto === 0;
  if (!p && !l2 && e.state) throw new KError('EINVAL', 'bridge: Flags are not allowed for host groups');
  if (!p && !l2 && !brMulticastIsStarG(entryGroup(e))) throw new KError('EINVAL', 'bridge: Groups with sources cannot be manually host joined');
  if (l2 && e.state !== MDB_PERMANENT) throw new KError('EINVAL', 'bridge: Only permanent L2 entries allowed');
  if (p && p.state === BR_STATE_DISABLED && e.state !== MDB_PERMANENT) {
    throw new KError('EINVAL', 'bridge: Port is in disabled state and entry is not permanent');
  }
  for (const vid of entryVids(br, p, e)) brMdbAddGroup(br, p, { ...e, vid }, msg.flags);
}

/** __br_mdb_del(): the host's membership, or the port's; EINVAL (no message) when there is none. */
function brMdbDelOne(br: NetBridge, e: BrMdbEntry): void {
  const mp = brMdbIpGet(br, entryGroup(e));
  if (!mp) throw new KError('EINVAL');
  if (e.ifindex === br.dev.ifindex && mp.hostJoined) {
    brMulticastHostLeave(br, mp);
    if (!mp.ports.length) brMulticastDelMdbEntry(br, mp);
    return;
  }
  const pg = mp.ports.find((g) => g.port.dev.ifindex === e.ifindex);
  if (!pg) throw new KError('EINVAL');
  brMulticastDelPg(br, mp, pg);
}

/** br_mdb_del(): every VLAN's entry when VLAN filtering is on and no VLAN is given (the last error counts). */
function brMdbDel(net: Net, msg: NlMsg<BrPortMsg>): void {
  const { br, e } = rtnlMdbBridge(net, msg.body);
  const p = brMdbConfigInit(net, br, e);
  let err: unknown = null;
  for (const vid of entryVids(br, p, e)) {
    err = null;
    try {
      brMdbDelOne(br, { ...e, vid });
    } catch (x) {
      err = x;
    }
  }
  if (err) throw err;
}

/** br_mdb_init(): the PF_BRIDGE MDB handlers. */
export function brMdbInit(rtnl: Rtnl): void {
  rtnl.register<BrPortMsg>(AF_BRIDGE, RTM_GETMDB, null, brMdbDump);
  rtnl.register<BrPortMsg>(AF_BRIDGE, RTM_NEWMDB, (net, msg) => brMdbAdd(net, msg), null);
  rtnl.register<BrPortMsg>(AF_BRIDGE, RTM_DELMDB, (net, msg) => brMdbDel(net, msg), null);
}
