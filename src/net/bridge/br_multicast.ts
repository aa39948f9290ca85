/**
 * IGMP/MLD snooping: the bridge learns which ports want which groups from
 * the reports it sees (br_multicast_rcv() on a port, or on the bridge's
 * own transmit path for its host memberships), keeps them in the mdb with
 * a membership timer (mcast_membership_interval), shortens it on a leave
 * (last member count × interval), and forgets a port's learnt entries when
 * the port is disabled or snooping is turned off. Link-local IPv4 groups
 * (224.0.0.0/24) and ff02::1 are never snooped. Without a querier
 * (br_multicast_querier_exists() fails) forwarding still floods.
 * @linux net/bridge/br_multicast.c br_multicast_rcv() br_multicast_ipv4_rcv() br_multicast_ipv6_rcv()
 *        br_ip4_multicast_igmp3_report() br_ip6_multicast_mld2_report() __br_multicast_add_group()
 *        br_multicast_leave_group() br_multicast_host_join() br_multicast_del_pg()
 *        br_multicast_port_group_expired() br_multicast_group_expired() br_multicast_disable_port()
 */
import type { SkBuff } from '../core/skbuff.js';
import { ETH_P_IP, ETH_P_IPV6 } from '../../wire/ethernet.js';
import { modTimer } from '../../sim/timer_wheel.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import {
  BR_MULTICAST_FAST_LEAVE, BR_STATE_DISABLED, BROPT_MULTICAST_ENABLED, MDB_PG_FLAGS_FAST_LEAVE, MDB_PG_FLAGS_PERMANENT, NetBridgeMdbEntry,
  NetBridgePortGroup, clockTToNs, type BrIp, type NetBridge, type NetBridgePort,
} from './br_private.js';

/** include/uapi/linux/rtnetlink.h RTPROT_KERNEL: a port group learnt from a report. */
const RTPROT_KERNEL = 2;

const IPPROTO_IGMP = 2;
const IGMP_HOST_MEMBERSHIP_REPORT = 0x12;
const IGMPV2_HOST_MEMBERSHIP_REPORT = 0x16;
const IGMP_HOST_LEAVE_MESSAGE = 0x17;
const IGMPV3_HOST_MEMBERSHIP_REPORT = 0x22;
/** IGMPV3_* and MLD2_* group record types share their numbers (RFC 3376 4.2.12, RFC 3810 5.2.12). */
const MODE_IS_INCLUDE = 1;
const CHANGE_TO_INCLUDE = 3;
const BLOCK_OLD_SOURCES = 6;
const NEXTHDR_HOP = 0;
const NEXTHDR_ICMP = 58;
const ICMPV6_MGM_REPORT = 131;
const ICMPV6_MGM_REDUCTION = 132;
const ICMPV6_MLD2_REPORT = 143;

/** The mdb's key of a group: protocol, VLAN and address. */
export function brIpKey(a: BrIp): string {
  return `${a.proto}/${a.vid}/${a.bytes ? a.bytes.join(',') : a.ip4}`;
}

/** br_mdb_ip_get() */
export function brMdbIpGet(br: NetBridge, a: BrIp): NetBridgeMdbEntry | null {
  return br.mdbHash.get(brIpKey(a)) ?? null;
}

/** br_multicast_new_group(): the existing entry, or a new one at the head of the list. */
export function brMulticastNewGroup(br: NetBridge, a: BrIp): NetBridgeMdbEntry {
  const key = brIpKey(a);
  let mp = br.mdbHash.get(key);
  if (!mp) {
    mp = new NetBridgeMdbEntry(a, key);
    br.mdbHash.set(key, mp);
    br.mdbList.add(mp);
  }
  return mp;
}

/** The mdb newest first, as br_mdb_dump() walks br->mdb_list. */
export function brMdbNewestFirst(br: NetBridge): NetBridgeMdbEntry[] {
  return Array.from(br.mdbList).reverse();
}

/** br_multicast_del_mdb_entry() */
export function brMulticastDelMdbEntry(br: NetBridge, mp: NetBridgeMdbEntry): void {
  br.dev.net.sched.cancel(mp.timer);
  mp.timer = null;
  br.mdbHash.delete(mp.key);
  br.mdbList.delete(mp);
}

/** mod_timer(&mp->timer, jiffies + ns) */
function mpTimerArm(br: NetBridge, mp: NetBridgeMdbEntry, ns: number): void {
  const sched = br.dev.net.sched;
  sched.cancel(mp.timer);
  mp.expires = sched.now + ns;
  mp.timer = modTimer(sched, ns, () => brMulticastGroupExpired(br, mp));
}

/** mod_timer(&pg->timer, jiffies + ns) */
export function pgTimerArm(br: NetBridge, mp: NetBridgeMdbEntry, pg: NetBridgePortGroup, ns: number): void {
  const sched = br.dev.net.sched;
  sched.cancel(pg.timer);
  pg.expires = sched.now + ns;
  pg.timer = modTimer(sched, ns, () => brMulticastPortGroupExpired(br, mp, pg));
}

/** br_timer_value(): the time left on a timer (ns), 0 when it is not pending. */
export function brTimerValue(br: NetBridge, t: { timer: { index: number } | null; expires: number }): number {
  if (!t.timer || t.timer.index < 0) return 0;
  return Math.max(0, t.expires - br.dev.net.sched.now);
}

/** br_multicast_group_expired(): the host membership lapses; an entry without ports goes. */
function brMulticastGroupExpired(br: NetBridge, mp: NetBridgeMdbEntry): void {
  mp.timer = null;
  if (!br.dev.isUp || !br.mdbList.has(mp)) return;
  mp.hostJoined = false;
  if (mp.ports.length) return;
  brMulticastDelMdbEntry(br, mp);
}

/** br_multicast_port_group_expired(): a learnt membership lapses (permanent ones never do). */
function brMulticastPortGroupExpired(br: NetBridge, mp: NetBridgeMdbEntry, pg: NetBridgePortGroup): void {
  pg.timer = null;
  if (!br.dev.isUp || pg.flags & MDB_PG_FLAGS_PERMANENT || !mp.ports.includes(pg)) return;
  brMulticastDelPg(br, mp, pg);
}

/**
 * br_multicast_del_pg(): the port leaves the group; an entry left with
 * neither ports nor the host's membership expires at once (mod_timer(&mp->timer, jiffies)).
 */
export function brMulticastDelPg(br: NetBridge, mp: NetBridgeMdbEntry, pg: NetBridgePortGroup): void {
  const i = mp.ports.indexOf(pg);
  if (i >= 0) mp.ports.splice(i, 1);
  br.dev.net.sched.cancel(pg.timer);
  pg.timer = null;
  if (!mp.ports.length && !mp.hostJoined && br.dev.isUp) mpTimerArm(br, mp, 0);
}

/** br_multicast_host_join(): the bridge itself is a member; its timer restarts (not for L2 groups). */
export function brMulticastHostJoin(br: NetBridge, mp: NetBridgeMdbEntry): void {
  mp.hostJoined = true;
  if (mp.addr.proto === 0) return;
  mpTimerArm(br, mp, clockTToNs(br.mcast.membershipIntvl));
}

/** br_multicast_host_leave() */
export function brMulticastHostLeave(mp: NetBridgeMdbEntry): void {
  mp.hostJoined = false;
}

/**
 * The place of a port in mp->ports: the kernel orders them by the port's
 * address (a pointer); tuxnet by port number, lowest first.
 */
export function brPortGroupSlot(mp: NetBridgeMdbEntry, port: NetBridgePort): number {
  const i = mp.ports.findIndex((pg) => pg.port.portNo > port.portNo);
  return i < 0 ? mp.ports.length : i;
}

/** br_multicast_new_port_group() placed in its slot. */
export function brMulticastNewPortGroup(mp: NetBridgeMdbEntry, port: NetBridgePort, flags: number, rtProtocol: number): NetBridgePortGroup {
  const pg = new NetBridgePortGroup(port, flags, rtProtocol);
  mp.ports.splice(brPortGroupSlot(mp, port), 0, pg);
  return pg;
}

/**
 * __br_multicast_add_group(): a report on port `p` (null: the bridge's
 * own, a host join). An IGMPv2/MLDv1 style membership restarts the
 * membership timer.
 */
function brMulticastAddGroup(br: NetBridge, p: NetBridgePort | null, a: BrIp): void {
  if (!br.dev.isUp || (p && p.state === BR_STATE_DISABLED)) return;
  const mp = brMulticastNewGroup(br, a);
  if (!p) {
    brMulticastHostJoin(br, mp);
    return;
  }
  let pg = mp.ports.find((g) => g.port === p);
  pg ??= brMulticastNewPortGroup(mp, p, 0, RTPROT_KERNEL);
  pgTimerArm(br, mp, pg, clockTToNs(br.mcast.membershipIntvl));
}

/**
 * br_multicast_leave_group() without a querier: the membership (the
 * host's, or the port's) is given last_member_count × last_member_interval
 * more; a fast-leave port leaves at once.
 */
function brMulticastLeaveGroup(br: NetBridge, p: NetBridgePort | null, a: BrIp): void {
  if (!br.dev.isUp || (p && p.state === BR_STATE_DISABLED)) return;
  const mp = brMdbIpGet(br, a);
  if (!mp) return;
  const sched = br.dev.net.sched;
  const pg = p ? mp.ports.find((g) => g.port === p) : undefined;
  if (p && p.flags & BR_MULTICAST_FAST_LEAVE) {
    if (pg && !(pg.flags & MDB_PG_FLAGS_PERMANENT)) {
      pg.flags |= MDB_PG_FLAGS_FAST_LEAVE;
      brMulticastDelPg(br, mp, pg);
    }
    return;
  }
  const ns = clockTToNs(br.mcast.lastMemberCnt * br.mcast.lastMemberIntvl);
  const until = sched.now + ns;
  if (!p) {
    if (mp.hostJoined && (!sched.pending(mp.timer) || mp.expires > until)) mpTimerArm(br, mp, ns);
    return;
  }
  if (pg && (!sched.pending(pg.timer) || pg.expires > until)) pgTimerArm(br, mp, pg, ns);
}

/** ipv4_is_local_multicast(): 224.0.0.0/24 */
export function ipv4IsLocalMulticast(g: number): boolean {
  return (g & 0xffffff00) === (0xe0000000 | 0);
}

/** ipv6_addr_is_ll_all_nodes(): ff02::1 */
export function ipv6IsLlAllNodes(b: Uint8Array, o: number): boolean {
  if (b[o] !== 0xff || b[o + 1] !== 0x02 || b[o + 15] !== 1) return false;
  for (let i = 2; i < 15; i++) if (b[o + i] !== 0) return false;
  return true;
}

function rd32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) | 0;
}

/** br_ip4_multicast_add_group() / br_ip4_multicast_leave_group(): link-local groups are not snooped. */
function brIp4Group(br: NetBridge, p: NetBridgePort | null, group: number, vid: number, join: boolean): void {
  if (ipv4IsLocalMulticast(group)) return;
  const a: BrIp = { proto: ETH_P_IP, vid, ip4: group, bytes: null };
  if (join) brMulticastAddGroup(br, p, a);
  else brMulticastLeaveGroup(br, p, a);
}

/** br_ip6_multicast_add_group() / br_ip6_multicast_leave_group(): ff02::1 is not snooped. */
function brIp6Group(br: NetBridge, p: NetBridgePort | null, b: Uint8Array, o: number, vid: number, join: boolean): void {
  if (ipv6IsLlAllNodes(b, o)) return;
  const a: BrIp = { proto: ETH_P_IPV6, vid, ip4: 0, bytes: b.slice(o, o + 16) };
  if (join) brMulticastAddGroup(br, p, a);
  else brMulticastLeaveGroup(br, p, a);
}

/**
 * The group records of an IGMPv3 or MLDv2 report: TO_IN/IS_IN without
 * sources is a leave, any other known record a join, as in IGMPv2/MLDv1
 * mode (mcast_igmp_version 2, mcast_mld_version 1, the defaults): sources
 * are not kept (the v3/v2 modes' source lists are not modelled).
 */
function brGroupRecords(br: NetBridge, p: NetBridgePort | null, b: Uint8Array, o: number, end: number, n: number, alen: number, vid: number): void {
  for (let i = 0; i < n && o + 4 + alen <= end; i++) {
    const type = b[o]!;
    const nsrcs = (b[o + 2]! << 8) | b[o + 3]!;
    const next = o + 4 + alen + nsrcs * alen + b[o + 1]! * 4;
    if (next > end) return;
    if (type >= MODE_IS_INCLUDE && type <= BLOCK_OLD_SOURCES) {
      const leave = nsrcs === 0 && (type === CHANGE_TO_INCLUDE || type === MODE_IS_INCLUDE);
      if (alen === 4) brIp4Group(br, p, rd32(b, o + 4), vid, !leave);
      else brIp6Group(br, p, b, o + 4, vid, !leave);
    }
    o = next;
  }
}

/** br_multicast_ipv4_rcv() after ip_mc_check_igmp(): reports join, leaves leave. */
function brMulticastIpv4Rcv(br: NetBridge, p: NetBridgePort | null, skb: SkBuff, vid: number): void {
  const b = skb.buf;
  const o = skb.data;
  const len = skb.len;
  if (len < 20 || b[o]! >> 4 !== 4 || b[o + 9] !== IPPROTO_IGMP) return;
  const ihl = (b[o]! & 0xf) * 4;
  const tot = Math.min(len, (b[o + 2]! << 8) | b[o + 3]!);
  const ih = o + ihl;
  if (ihl < 20 || tot - ihl < 8) return;
  // ip_mc_check_igmp_csum(): a message whose checksum fails is a parse error, not snooped.
  if (csumFold(csumPartial(b, ih, tot - ihl, 0)) !== 0) return;
  switch (b[ih]) {
    case IGMP_HOST_MEMBERSHIP_REPORT:
    case IGMPV2_HOST_MEMBERSHIP_REPORT:
      brIp4Group(br, p, rd32(b, ih + 4), vid, true);
      break;
    case IGMPV3_HOST_MEMBERSHIP_REPORT:
      brGroupRecords(br, p, b, ih + 8, o + tot, (b[ih + 6]! << 8) | b[ih + 7]!, 4, vid);
      break;
    case IGMP_HOST_LEAVE_MESSAGE:
      brIp4Group(br, p, rd32(b, ih + 4), vid, false);
      break;
  }
}

/**
 * br_multicast_ipv6_rcv() after ipv6_mc_check_mld(): an MLD message
 * follows a hop-by-hop header (RFC 2710: with the router alert).
 */
function brMulticastIpv6Rcv(br: NetBridge, p: NetBridgePort | null, skb: SkBuff, vid: number): void {
  const b = skb.buf;
  const o = skb.data;
  const end = o + Math.min(skb.len, 40 + ((b[o + 4]! << 8) | b[o + 5]!));
  if (skb.len < 48 || b[o]! >> 4 !== 6 || b[o + 6] !== NEXTHDR_HOP || b[o + 40] !== NEXTHDR_ICMP) return;
  const icmp = o + 40 + (b[o + 41]! + 1) * 8;
  if (icmp + 8 > end) return;
  // ipv6_mc_validate_checksum(): ICMPv6's checksum over the pseudo-header (RFC 4443 2.3) must hold.
  const len = end - icmp;
  if (csumFold(csumPartial(b, icmp, len, csumPartial(b, o + 8, 32, len + NEXTHDR_ICMP))) !== 0) return;
  switch (b[icmp]) {
    case ICMPV6_MGM_REPORT:
      if (icmp + 24 <= end) brIp6Group(br, p, b, icmp + 8, vid, true);
      break;
    case ICMPV6_MGM_REDUCTION:
      if (icmp + 24 <= end) brIp6Group(br, p, b, icmp + 8, vid, false);
      break;
    case ICMPV6_MLD2_REPORT:
      brGroupRecords(br, p, b, icmp + 8, end, (b[icmp + 6]! << 8) | b[icmp + 7]!, 16, vid);
      break;
  }
}

/**
 * br_multicast_rcv(): snoop a multicast frame arriving on port `p`, or
 * sent by the bridge itself (`p` null), its network header at skb.data.
 */
export function brMulticastRcv(br: NetBridge, p: NetBridgePort | null, skb: SkBuff, vid: number): void {
  if (!br.optGet(BROPT_MULTICAST_ENABLED)) return;
  if (skb.protocol === ETH_P_IP) brMulticastIpv4Rcv(br, p, skb, vid);
  else if (skb.protocol === ETH_P_IPV6) brMulticastIpv6Rcv(br, p, skb, vid);
}

/** The port groups of port `p` (the port's mglist), with their entries. */
function portGroupsOf(br: NetBridge, p: NetBridgePort): [NetBridgeMdbEntry, NetBridgePortGroup][] {
  const out: [NetBridgeMdbEntry, NetBridgePortGroup][] = [];
  for (const mp of br.mdbList) for (const pg of mp.ports) if (pg.port === p) out.push([mp, pg]);
  return out;
}

/** br_multicast_disable_port(): the port's learnt and temporary memberships go, permanent ones stay. */
export function brMulticastDisablePort(p: NetBridgePort): void {
  const br = p.br;
  for (const [mp, pg] of portGroupsOf(br, p)) if (!(pg.flags & MDB_PG_FLAGS_PERMANENT)) brMulticastDelPg(br, mp, pg);
}

/** br_multicast_del_port(): a port leaving the bridge takes every membership with it. */
export function brMulticastDelPort(p: NetBridgePort): void {
  const br = p.br;
  for (const [mp, pg] of portGroupsOf(br, p)) brMulticastDelPg(br, mp, pg);
}

/** br_multicast_toggle(br, 0): every port's non-permanent memberships are flushed. */
export function brMulticastDisable(br: NetBridge): void {
  for (const p of br.portList) brMulticastDisablePort(p);
}

/** include/uapi/linux/if_bridge.h MDB_RTR_TYPE_*: a port's or bridge's mcast_router mode. */
export const MDB_RTR_TYPE_DISABLED = 0;
export const MDB_RTR_TYPE_TEMP_QUERY = 1;
export const MDB_RTR_TYPE_PERM = 2;
export const MDB_RTR_TYPE_TEMP = 3;

/**
 * br_multicast_set_port_router(): 2 makes a permanent router port, 3 a
 * temporary one for multicast_querier_interval; 0 and 1 take it out (no
 * queries are heard, so 1 never learns one).
 */
export function brMulticastSetPortRouter(p: NetBridgePort, val: number): void {
  p.multicastRouter = val;
  p.routerExpires = val === MDB_RTR_TYPE_TEMP ? p.br.dev.net.sched.now + clockTToNs(p.br.mcast.querierIntvl) : 0;
}

/**
 * br_rports_have_mc_router() / the router list: the enabled ports with
 * mcast_router 2, or 3 until its timer runs out; none when the bridge's
 * own mcast_router is 0. `timer` is the time left (ns).
 */
export function brRouterPorts(br: NetBridge): { port: NetBridgePort; timer: number }[] {
  if (br.mcast.routerMode === MDB_RTR_TYPE_DISABLED) return [];
  const now = br.dev.net.sched.now;
  const out: { port: NetBridgePort; timer: number }[] = [];
  for (const p of br.portList) {
    if (p.state === BR_STATE_DISABLED) continue;
    if (p.multicastRouter === MDB_RTR_TYPE_PERM) out.push({ port: p, timer: 0 });
    else if (p.multicastRouter === MDB_RTR_TYPE_TEMP && p.routerExpires > now) out.push({ port: p, timer: p.routerExpires - now });
  }
  // br_multicast_get_rport_slot() keeps the list by descending port address: the newer port first.
  return out.sort((a, b) => b.port.portNo - a.port.portNo);
}
