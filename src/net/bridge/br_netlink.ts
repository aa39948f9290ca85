/**
 * The bridge over rtnetlink: IFLA_INFO_DATA of `type bridge` (br_changelink,
 * br_fill_info), IFLA_INFO_SLAVE_DATA of its ports (br_port_slave_changelink,
 * br_port_fill_attrs), and the AF_BRIDGE link messages of the `bridge link`
 * tool (RTM_GETLINK dump and RTM_SETLINK with IFLA_PROTINFO).
 * @linux net/bridge/br_netlink.c, net/core/rtnetlink.c rtnl_bridge_getlink() rtnl_bridge_setlink()
 */
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { nlmsgNew, type Rtnl, type RtnlLinkOps } from '../core/rtnetlink.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import {
  AF_BRIDGE, BR_BOOLOPT_MCAST_VLAN_SNOOPING, BR_BOOLOPT_NO_LL_LEARN, type IflaBrInfo, type IflaBrportInfo,
  type BridgeXstats,
} from '../../uapi/linux/if_bridge.js';
import { NLM_F_MULTI, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELLINK, RTM_GETLINK, RTM_NEWLINK, RTM_SETLINK } from '../../uapi/linux/rtnetlink.js';
import { brRecalculateNeighSuppressEnabled } from './br_arp_nd_proxy.js';
import { brFillIfinfo, brIfinfoNotify, brPortFillAttrs, idOut, timerValue } from './br_ifinfo.js';
import { brDevNewlink, brMulticastJoinSnoopers, brMulticastLeaveSnoopers } from './br_device.js';
import { brFdbDeleteByPort, brFdbFlush, brFdbGcSchedule, brFdbGcTimerValue, isValidEtherAddr } from './br_fdb.js';
import { brMulticastDisable } from './br_multicast.js';
import { brMulticastEnablePort, brMulticastOpen, brMulticastSetQuerier } from './br_multicast_query.js';
import { brMulticastSetPortRouter } from './br_multicast_rport.js';
import { brMulticastGetStats } from './br_multicast_stats.js';
import {
  BR_BCAST_FLOOD, BR_BPDU_GUARD, BR_FLOOD, BR_HAIRPIN_MODE, BR_ISOLATED, BR_LEARNING, BR_MCAST_FLOOD, BR_MULTICAST_FAST_LEAVE,
  BR_MULTICAST_TO_UNICAST, BR_NEIGH_SUPPRESS, BR_NEIGH_VLAN_SUPPRESS, BR_PORT_LOCKED, BR_PORT_MAB, BR_PROXYARP, BR_PROXYARP_WIFI,
  BR_ROOT_BLOCK, BR_STATE_BLOCKING, BR_KERNEL_STP, BR_VLAN_TUNNEL, BR_MAX_FORWARD_DELAY, BR_MAX_HELLO_TIME, BR_MAX_MAX_AGE,
  BR_MIN_FORWARD_DELAY, BR_MIN_HELLO_TIME, BR_MIN_MAX_AGE, BR_NO_STP, BR_GROUPFWD_RESTRICTED, BROPT_GROUP_ADDR_SET,
  BROPT_MULTICAST_ENABLED, BROPT_NO_LL_LEARN, BROPT_MCAST_VLAN_SNOOPING_ENABLED, brPortGet, clockTToNs, netdevBridge, nsToClockT,
  type NetBridge, type NetBridgePort,
} from './br_private.js';
import { brVlanConfigured, brVlanEnabled, brVlanFilterToggle, brVlanSetDefaultPvid } from './br_vlan.js';
import {
  brSetlinkAfspec, brVlanBridgeIfinfo, brVlanFillAfspec, rtnlBridgeAfspecRoute, rtnlBridgeDellink,
} from './br_vlan_netlink.js';
import { brStpSetBridgePriority, brStpSetEnabled, brStpSetPathCost, brStpSetPortPriority } from './br_stp_if.js';
import { brIsRootBridge, brPortStateSelection, brSetState } from './br_stp.js';

/** BR_GROUPFWD_MACPAUSE: 01:80:c2:00:00:01 can never be forwarded. */
const BR_GROUPFWD_MACPAUSE = 1 << 1;

/** br_set_forward_delay(): the bounds apply only while STP runs. */
function brSetForwardDelay(br: NetBridge, val: number): void {
  const t = clockTToNs(val);
  if (br.stpEnabled !== BR_NO_STP && (t < BR_MIN_FORWARD_DELAY || t > BR_MAX_FORWARD_DELAY)) throw new KError('ERANGE');
  br.bridgeForwardDelay = t;
  if (brIsRootBridge(br)) br.forwardDelay = t;
}

function brSetHelloTime(br: NetBridge, val: number): void {
  const t = clockTToNs(val);
  if (t < BR_MIN_HELLO_TIME || t > BR_MAX_HELLO_TIME) throw new KError('ERANGE');
  br.bridgeHelloTime = t;
  if (brIsRootBridge(br)) br.helloTime = t;
}

function brSetMaxAge(br: NetBridge, val: number): void {
  const t = clockTToNs(val);
  if (t < BR_MIN_MAX_AGE || t > BR_MAX_MAX_AGE) throw new KError('ERANGE');
  br.bridgeMaxAge = t;
  if (brIsRootBridge(br)) br.maxAge = t;
}

/** br_set_ageing_time(): the gc work runs at once with the new time. */
function brSetAgeingTime(br: NetBridge, val: number): void {
  br.bridgeAgeingTime = br.ageingTime = clockTToNs(val);
  brFdbGcSchedule(br, 0);
}

/** The group address rules of br_changelink(): link-local, not 01, 02 or 03. */
function brSetGroupAddr(br: NetBridge, a: Uint8Array): void {
  if (a.length !== 6) throw new KError('EINVAL');
  const ll = a[0] === 0x01 && a[1] === 0x80 && a[2] === 0xc2 && a[3] === 0 && a[4] === 0 && (a[5]! & 0xf0) === 0;
  if (!ll || a[5] === 1 || a[5] === 2 || a[5] === 3) throw new KError('EINVAL');
  br.groupAddr.set(a);
  br.optToggle(BROPT_GROUP_ADDR_SET, true);
}

/** br_changelink(): each attribute in the kernel's order; the first refusal stops the rest. */
export function brChangelink(dev: NetDevice, d: IflaBrInfo): void {
  const br = netdevBridge(dev)!;
  if (d.forwardDelay !== undefined) brSetForwardDelay(br, d.forwardDelay);
  if (d.helloTime !== undefined) brSetHelloTime(br, d.helloTime);
  if (d.maxAge !== undefined) brSetMaxAge(br, d.maxAge);
  if (d.ageingTime !== undefined) brSetAgeingTime(br, d.ageingTime);
  if (d.stpState !== undefined) brStpSetEnabled(br, d.stpState);
  if (d.priority !== undefined) brStpSetBridgePriority(br, d.priority);
  // stp work: VLAN filtering (br_vlan.c), as a kernel with CONFIG_BRIDGE_VLAN_FILTERING.
  if (d.vlanFiltering !== undefined) brVlanFilterToggle(br, d.vlanFiltering);
  // #ifdef CONFIG_BRIDGE_VLAN_FILTERING: the kernel without it skips the attribute.
  if (d.vlanDefaultPvid !== undefined && brVlanConfigured(br)) brVlanSetDefaultPvid(br, d.vlanDefaultPvid);
  if (d.groupFwdMask !== undefined) {
    if (d.groupFwdMask & BR_GROUPFWD_RESTRICTED) throw new KError('EINVAL');
    // net_bridge.group_fwd_mask is a u16: sysfs's unsigned long is checked whole, then truncated.
    br.groupFwdMask = d.groupFwdMask & 0xffff;
  }
  if (d.groupAddr !== undefined) brSetGroupAddr(br, d.groupAddr);
  if (d.fdbFlush) brFdbFlush(br);
  brChangelinkMcast(br, d);
  if (d.nfCallIptables !== undefined) br.nfCallIptables = d.nfCallIptables ? 1 : 0;
  if (d.nfCallIp6tables !== undefined) br.nfCallIp6tables = d.nfCallIp6tables ? 1 : 0;
  if (d.nfCallArptables !== undefined) br.nfCallArptables = d.nfCallArptables ? 1 : 0;
  if (d.multiBoolopt) {
    const { optval, optmask } = d.multiBoolopt;
    if (optmask & (1 << BR_BOOLOPT_NO_LL_LEARN)) br.optToggle(BROPT_NO_LL_LEARN, (optval & (1 << BR_BOOLOPT_NO_LL_LEARN)) !== 0);
    if (optmask & (1 << BR_BOOLOPT_MCAST_VLAN_SNOOPING)) {
      // br_multicast_toggle_vlan_snooping(): nothing to do when unchanged; never on without VLAN filtering.
      const on = (optval & (1 << BR_BOOLOPT_MCAST_VLAN_SNOOPING)) !== 0;
      if (on !== br.optGet(BROPT_MCAST_VLAN_SNOOPING_ENABLED)) {
        if (on && !brVlanEnabled(br)) {
          throw new KError('EINVAL', 'bridge: Cannot enable multicast vlan snooping with vlan filtering disabled');
        }
        br.optToggle(BROPT_MCAST_VLAN_SNOOPING_ENABLED, on);
      }
    }
  }
}

/**
 * br_multicast_set_query_intvl() and br_multicast_set_startup_query_intvl():
 * in jiffies, at least BR_MULTICAST_{,STARTUP_}QUERY_INTVL_MIN (1 s) and at
 * most ..._MAX (24 h); kept here in clock_t (100 per second).
 */
function mcastIntvlClamp(clockT: number): number {
  const jiffies = Math.floor((clockT * 250) / 100);
  if (jiffies < 250) return 100;
  if (jiffies > 86400 * 250) return 86400 * 100;
  return clockT;
}

/** The CONFIG_BRIDGE_IGMP_SNOOPING knobs (br_multicast.c uses snooping, the membership and last member ones). */
function brChangelinkMcast(br: NetBridge, d: IflaBrInfo): void {
  const m = br.mcast;
  if (d.mcastRouter !== undefined) {
    if (d.mcastRouter > 2) throw new KError('EINVAL');
    m.routerMode = d.mcastRouter;
  }
  if (d.mcastSnooping !== undefined) {
    const on = d.mcastSnooping !== 0;
    // br_multicast_toggle(): the option first (the bridge's own leave reports are no longer
    // snooped), the ports' learnt memberships flushed when off, then a running bridge joins
    // or leaves the snoopers' groups.
    const changed = on !== br.optGet(BROPT_MULTICAST_ENABLED);
    br.optToggle(BROPT_MULTICAST_ENABLED, on);
    if (!on) brMulticastDisable(br);
    if (changed && br.dev.isUp) {
      if (on) brMulticastJoinSnoopers(br);
      else brMulticastLeaveSnoopers(br);
      // br_multicast_open() and every port's __br_multicast_enable_port_ctx(): queries start over.
      if (on) {
        brMulticastOpen(br);
        for (const p of br.portList) brMulticastEnablePort(p);
      }
    }
  }
  // br_multicast_set_querier() and friends: booleans (!!val).
  if (d.mcastQuerier !== undefined) brMulticastSetQuerier(br, d.mcastQuerier);
  if (d.mcastQueryUseIfaddr !== undefined) m.queryUseIfaddr = d.mcastQueryUseIfaddr ? 1 : 0;
  if (d.mcastStatsEnabled !== undefined) m.statsEnabled = d.mcastStatsEnabled ? 1 : 0;
  // IFLA_BR_MCAST_HASH_ELASTICITY: "deprecated and is always 16" (RHT_ELASTICITY), the value is ignored.
  if (d.mcastHashMax !== undefined) m.hashMax = d.mcastHashMax;
  if (d.mcastLastMemberCnt !== undefined) m.lastMemberCnt = d.mcastLastMemberCnt;
  if (d.mcastStartupQueryCnt !== undefined) m.startupQueryCnt = d.mcastStartupQueryCnt;
  if (d.mcastLastMemberIntvl !== undefined) m.lastMemberIntvl = d.mcastLastMemberIntvl;
  if (d.mcastMembershipIntvl !== undefined) m.membershipIntvl = d.mcastMembershipIntvl;
  if (d.mcastQuerierIntvl !== undefined) m.querierIntvl = d.mcastQuerierIntvl;
  if (d.mcastQueryIntvl !== undefined) m.queryIntvl = mcastIntvlClamp(d.mcastQueryIntvl);
  if (d.mcastQueryResponseIntvl !== undefined) m.queryResponseIntvl = d.mcastQueryResponseIntvl;
  if (d.mcastStartupQueryIntvl !== undefined) m.startupQueryIntvl = mcastIntvlClamp(d.mcastStartupQueryIntvl);
  if (d.mcastIgmpVersion !== undefined) {
    if (d.mcastIgmpVersion !== 2 && d.mcastIgmpVersion !== 3) throw new KError('EINVAL');
    m.igmpVersion = d.mcastIgmpVersion;
  }
  if (d.mcastMldVersion !== undefined) {
    if (d.mcastMldVersion !== 1 && d.mcastMldVersion !== 2) throw new KError('EINVAL');
    m.mldVersion = d.mcastMldVersion;
  }
}

/**
 * br_fill_info(): what this kernel reports (built without
 * CONFIG_BRIDGE_VLAN_FILTERING: no vlan_protocol, vlan_default_pvid,
 * vlan_stats attributes). Times in clock_t; intervals as Linux rounds
 * them through its 250 Hz jiffies.
 */
export function brFillInfo(dev: NetDevice): IflaBrInfo {
  const br = netdevBridge(dev)!;
  const net = dev.net;
  const m = br.mcast;
  return {
    forwardDelay: nsToClockT(br.forwardDelay), helloTime: nsToClockT(br.helloTime), maxAge: nsToClockT(br.maxAge),
    ageingTime: nsToClockT(br.ageingTime), stpState: br.stpEnabled, priority: (br.bridgeId.prio[0]! << 8) | br.bridgeId.prio[1]!,
    vlanFiltering: brVlanEnabled(br) ? 1 : 0, groupFwdMask: br.groupFwdMask, bridgeId: idOut(br.bridgeId), rootId: idOut(br.designatedRoot),
    rootPort: br.rootPort, rootPathCost: br.rootPathCost, topologyChange: br.topologyChange,
    topologyChangeDetected: br.topologyChangeDetected, helloTimer: timerValue(net, br.helloTimer),
    tcnTimer: timerValue(net, br.tcnTimer), topologyChangeTimer: timerValue(net, br.topologyChangeTimer),
    gcTimer: brFdbGcTimerValue(br), groupAddr: br.groupAddr.slice(),
    mcastRouter: m.routerMode, mcastSnooping: br.optGet(BROPT_MULTICAST_ENABLED) ? 1 : 0, mcastQueryUseIfaddr: m.queryUseIfaddr,
    mcastQuerier: m.querier, mcastHashElasticity: m.hashElasticity, mcastHashMax: m.hashMax, mcastLastMemberCnt: m.lastMemberCnt,
    mcastStartupQueryCnt: m.startupQueryCnt, mcastLastMemberIntvl: jiffiesRound(m.lastMemberIntvl),
    mcastMembershipIntvl: jiffiesRound(m.membershipIntvl), mcastQuerierIntvl: jiffiesRound(m.querierIntvl),
    mcastQueryIntvl: jiffiesRound(m.queryIntvl), mcastQueryResponseIntvl: jiffiesRound(m.queryResponseIntvl),
    mcastStartupQueryIntvl: jiffiesRound(m.startupQueryIntvl), mcastStatsEnabled: m.statsEnabled, mcastIgmpVersion: m.igmpVersion,
    mcastMldVersion: m.mldVersion, nfCallIptables: br.nfCallIptables, nfCallIp6tables: br.nfCallIp6tables,
    nfCallArptables: br.nfCallArptables,
    multiBoolopt: {
      optval: (br.optGet(BROPT_NO_LL_LEARN) ? 1 << BR_BOOLOPT_NO_LL_LEARN : 0) |
        (br.optGet(BROPT_MCAST_VLAN_SNOOPING_ENABLED) ? 1 << BR_BOOLOPT_MCAST_VLAN_SNOOPING : 0),
      optmask: (1 << BR_BOOLOPT_NO_LL_LEARN) | (1 << BR_BOOLOPT_MCAST_VLAN_SNOOPING),
    },
  };
}

/**
 * clock_t -> jiffies (HZ 250) -> clock_t: how the recorded kernel reports a
 * clock_t it stored as jiffies (3125 comes back as 3124).
 */
export function jiffiesRound(clockT: number): number {
  if (clockT < 2 ** 40) {
    const j = Math.floor((clockT * 250) / 100);
    return Math.floor((j * 100) / 250);
  }
  // clock_t_to_jiffies() saturates at ~0UL from ~0UL / HZ * USER_HZ; jiffies_to_clock_t()
  // is div_u64((u64)x * TICK_NSEC, NSEC_PER_SEC / USER_HZ), the product wrapping in u64.
  const max = 0xffffffffffffffffn;
  // (a u64 past 2^53 arrives rounded; 2^64 - 1 rounds up to 2^64)
  const x = clockT >= 2 ** 64 ? max : BigInt(clockT);
  const j = x >= (max / 250n) * 100n ? max : BigInt.asUintN(64, x * 250n) / 100n;
  return Number(BigInt.asUintN(64, j * 4_000_000n) / 10_000_000n);
}

/** br_set_port_state(): not while kernel STP runs (EBUSY); a port without carrier may only be disabled. */
function brSetPortState(p: NetBridgePort, state: number): void {
  if (state > BR_STATE_BLOCKING) throw new KError('EINVAL');
  if (p.br.stpEnabled === BR_KERNEL_STP) throw new KError('EBUSY');
  if (!p.dev.isUp || (!p.dev.operUp && state !== 0)) throw new KError('ENETDOWN');
  brSetState(p, state);
  brPortStateSelection(p.br);
}

const PORT_FLAGS: readonly (readonly [keyof IflaBrportInfo, number])[] = [
  ['mode', BR_HAIRPIN_MODE], ['guard', BR_BPDU_GUARD], ['fastLeave', BR_MULTICAST_FAST_LEAVE], ['protect', BR_ROOT_BLOCK],
  ['learning', BR_LEARNING], ['unicastFlood', BR_FLOOD], ['mcastFlood', BR_MCAST_FLOOD], ['mcastToUcast', BR_MULTICAST_TO_UNICAST],
  ['bcastFlood', BR_BCAST_FLOOD], ['proxyarp', BR_PROXYARP], ['proxyarpWifi', BR_PROXYARP_WIFI], ['vlanTunnel', BR_VLAN_TUNNEL],
  ['neighSuppress', BR_NEIGH_SUPPRESS], ['isolated', BR_ISOLATED], ['locked', BR_PORT_LOCKED], ['mab', BR_PORT_MAB],
  ['neighVlanSuppress', BR_NEIGH_VLAN_SUPPRESS],
];

/** br_setport(): flags first, then cost, priority, state, flush, group_fwd_mask. */
export function brSetport(p: NetBridgePort, t: IflaBrportInfo): void {
  const old = p.flags;
  for (const [k, f] of PORT_FLAGS) {
    const v = t[k];
    if (v === undefined) continue;
    if (v) p.flags |= f;
    else p.flags &= ~f;
  }
  if (p.flags & BR_PORT_MAB && (!(p.flags & BR_PORT_LOCKED) || !(p.flags & BR_LEARNING))) {
    p.flags = old;
    throw new KError('EINVAL', 'Bridge port must be locked and have learning enabled when MAB is enabled');
  }
  if ((old ^ p.flags) & BR_NEIGH_SUPPRESS) brRecalculateNeighSuppressEnabled(p.br);
  if (t.cost !== undefined) brStpSetPathCost(p, t.cost);
  if (t.priority !== undefined) brStpSetPortPriority(p, t.priority);
  if (t.state !== undefined) brSetPortState(p, t.state);
  if (t.flush) brFdbDeleteByPort(p.br, p, 0, false);
  if (t.multicastRouter !== undefined) {
    if (t.multicastRouter > 3) throw new KError('EINVAL');
    brMulticastSetPortRouter(p, t.multicastRouter);
  }
  if (t.groupFwdMask !== undefined) {
    if (t.groupFwdMask & BR_GROUPFWD_MACPAUSE) throw new KError('EINVAL');
    // net_bridge_port.group_fwd_mask is a u16 (brport sysfs stores an unsigned long).
    p.groupFwdMask = t.groupFwdMask & 0xffff;
  }
  if (t.backupPort !== undefined) brSetBackupPort(p, t.backupPort);
}

/**
 * br_setport() IFLA_BRPORT_BACKUP_PORT (ENOENT: no such device) and
 * nbp_backup_change(): a device that is no bridge port is ENOENT, a port
 * of another bridge or the port itself EINVAL; 0 for none.
 */
function brSetBackupPort(p: NetBridgePort, ifindex: number): void {
  if (!ifindex) {
    p.backupPort = null;
    return;
  }
  const dev = p.dev.net.devByIndex(ifindex);
  const bp = dev ? brPortGet(dev) : null;
  if (!dev || !bp) throw new KError('ENOENT');
  if (bp.br !== p.br || bp === p) throw new KError('EINVAL');
  p.backupPort = bp;
}

/** rtnl_bridge_getlink(): a dump of every bridge port (the bridge device itself answers nothing here). */
function rtnlBridgeGetlink(net: Net, msg: NlMsg<IfInfoMsg>): NlMsg[] {
  const out: NlMsg[] = [];
  for (const dev of net.devicesSorted()) {
    const p = brPortGet(dev);
    if (p) {
      const m = brFillIfinfo(p, net);
      brVlanFillAfspec(m, p.vlgrp, msg.body.extMask);
      out.push(nlmsgNew(RTM_NEWLINK, NLM_F_MULTI, m, msg.seq, msg.pid));
    }
    // stp work: the bridge device's own ndo_bridge_getlink answers a VLAN dump.
    const br = netdevBridge(dev);
    const self = br ? brVlanBridgeIfinfo(br, msg.body.extMask) : null;
    if (self) out.push(nlmsgNew(RTM_NEWLINK, NLM_F_MULTI, self, msg.seq, msg.pid));
  }
  return out;
}

/** rtnl_bridge_setlink() -> br_setlink(): IFLA_PROTINFO on a port of a bridge. */
function rtnlBridgeSetlink(net: Net, msg: NlMsg<IfInfoMsg>): void {
  const m = msg.body;
  // stp work: IFLA_BRIDGE_FLAGS master/self routing and the VLANs of IFLA_AF_SPEC (br_vlan_netlink.ts).
  rtnlBridgeAfspecRoute(net, m, RTM_SETLINK, (dev) => {
    const p = brPortGet(dev);
    const protinfo = m.protinfo as IflaBrportInfo | undefined;
    if (!p && !m.afSpec?.bridgeVlanInfo) throw new KError('EINVAL');
    if (p && protinfo) brSetport(p, protinfo);
    const vlansChanged = brSetlinkAfspec(dev, m, RTM_SETLINK);
    if (p && (protinfo || vlansChanged)) brIfinfoNotify(RTM_NEWLINK, p);
  });
}

/** br_port_slave_changelink(): `ip link set DEV type bridge_slave ...`. */
function brPortSlaveChangelink(_brDev: NetDevice, dev: NetDevice, data: IflaBrportInfo): void {
  const p = brPortGet(dev);
  if (!p) throw new KError('EINVAL');
  brSetport(p, data);
}

/** br_validate(): an IFLA_ADDRESS must be a valid unicast Ethernet address (EADDRNOTAVAIL), of ETH_ALEN bytes. */
function brValidate(m: IfInfoMsg): void {
  if (!m.address) return;
  if (m.address.length !== 6) throw new KError('EINVAL');
  if (!isValidEtherAddr(m.address)) throw new KError('EADDRNOTAVAIL');
}

/** br_link_ops */
export const brLinkOps: RtnlLinkOps<IflaBrInfo> = {
  kind: 'bridge',
  validate: brValidate,
  newlink: (net, req) => brDevNewlink(net, req, brChangelink),
  changelink: brChangelink,
  dellink: (dev) => dev.ops.dellink?.(dev),
  fillInfo: brFillInfo,
  slaveKind: 'bridge',
  fillSlaveInfo: (_dev, slave) => {
    const p = brPortGet(slave);
    return p ? brPortFillAttrs(p) : undefined;
  },
  slaveChangelink: (dev, slave, data) => brPortSlaveChangelink(dev, slave, data as IflaBrportInfo),
  fillLinkXstats: brFillLinkxstats,
};

/**
 * br_fill_linkxstats(): LINK_XSTATS_TYPE_BRIDGE of a bridge (its multicast
 * counters) or of a port (its multicast counters, then its STP ones). The
 * per-VLAN BRIDGE_XSTATS_VLAN entries are not given (ip prints none).
 */
function brFillLinkxstats(dev: NetDevice, slave: boolean): BridgeXstats | undefined {
  if (!slave) {
    const br = netdevBridge(dev)!;
    return { mcast: brMulticastGetStats(br, null) };
  }
  const p = brPortGet(dev);
  if (!p) return undefined;
  return { mcast: brMulticastGetStats(p.br, p), stp: { ...p.stpXstats } };
}

/** br_netlink_init(): the link kind and the PF_BRIDGE link handlers. */
export function brNetlinkInit(rtnl: Rtnl): void {
  rtnl.linkRegister(brLinkOps as RtnlLinkOps);
  rtnl.register<IfInfoMsg>(AF_BRIDGE, RTM_GETLINK, null, rtnlBridgeGetlink);
  rtnl.register<IfInfoMsg>(AF_BRIDGE, RTM_SETLINK, (net, msg) => rtnlBridgeSetlink(net, msg), null);
  rtnl.register<IfInfoMsg>(AF_BRIDGE, RTM_DELLINK, rtnlBridgeDellink, null);
}
