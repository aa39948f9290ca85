/**
 * IGMP/MLD snooping: the bridge learns which ports want which groups from
 * the reports it sees (br_multicast_rcv() on a port, or on the bridge's
 * own transmit path for its host memberships), keeps them in the mdb with
 * a membership timer (mcast_membership_interval), shortens it on a leave
 * (last member count × interval), and forgets a port's learnt entries when
 * the port is disabled or snooping is turned off. Link-local IPv4 groups
 * (224.0.0.0/24) and ff02::1 are never snooped. It marks each frame for
 * forwarding (BR_INPUT_SKB_CB igmp, mrouters_only): IGMP/MLD messages
 * are never looked up in the mdb, other multicast beyond the link-local
 * groups goes to router ports when the mdb lacks it. Queries heard elect
 * a querier (br_multicast_query.ts) or cut a group's memberships.
 * @linux net/bridge/br_multicast.c br_multicast_rcv() br_multicast_ipv4_rcv() br_multicast_ipv6_rcv()
 *        br_ip4_multicast_igmp3_report() br_ip6_multicast_mld2_report() __br_multicast_add_group()
 *        br_multicast_leave_group() br_multicast_host_join() br_multicast_del_pg()
 *        br_multicast_port_group_expired() br_multicast_group_expired() br_multicast_disable_port()
 *        br_ip4_multicast_query() br_ip6_multicast_query() br_mdb_get() ip_mc_check_igmp() ipv6_mc_check_mld()
 */
import type { SkBuff } from '../core/skbuff.js';
import { ETH_P_IP, ETH_P_IPV6 } from '../../wire/ethernet.js';
import { modTimer } from '../../sim/timer_wheel.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import {
  BR_MULTICAST_FAST_LEAVE, BR_STATE_DISABLED, BROPT_MULTICAST_ENABLED, MCAST_EXCLUDE, MCAST_INCLUDE, MDB_PG_FLAGS_BLOCKED, MDB_PG_FLAGS_FAST_LEAVE,
  MDB_PG_FLAGS_PERMANENT, NetBridgeMdbEntry, NetBridgePortGroup, brMulticastIsStarG, brMulticastShouldHandleMode, clockTToNs, type BrIp, type NetBridge, type NetBridgePort,
} from './br_private.js';
import { RTM_DELMDB, RTM_NEWMDB } from '../../uapi/linux/rtnetlink.js';
import { brMdbNotify } from './br_mdb_notify.js';
import { BLOCK_OLD_SOURCES, CHANGE_TO_INCLUDE, MODE_IS_INCLUDE, brMulticastGrecSrcs, delGroupSrc, pgExpireSrcs, sgDelExcludePorts, starGHandleMode, starGHostState } from './br_multicast_src.js';
import { brMulticastDisablePortQuery, brMulticastLeaveQuery, brMulticastQueryReceived } from './br_multicast_query.js';
import {
  ICMPV6_MGM_QUERY, ICMPV6_MGM_REDUCTION, ICMPV6_MGM_REPORT, ICMPV6_MLD2_REPORT, IGMP_HOST_LEAVE_MESSAGE, IGMP_HOST_MEMBERSHIP_QUERY,
  IGMP_HOST_MEMBERSHIP_REPORT, IGMPV2_HOST_MEMBERSHIP_REPORT, IGMPV3_HOST_MEMBERSHIP_REPORT, NEXTHDR_HOP, brMulticastCount, brMulticastErrCount,
} from './br_multicast_stats.js';
import { BR_MCAST_DIR_RX } from '../../uapi/linux/if_bridge.js';

/** include/uapi/linux/rtnetlink.h RTPROT_KERNEL: a port group learnt from a report. */
const RTPROT_KERNEL = 2;

const IPPROTO_IGMP = 2;
const NEXTHDR_ICMP = 58;

/** The mdb's key of a group: protocol, VLAN and address. */
export function brIpKey(a: BrIp): string {
  const g = `${a.proto}/${a.vid}/${a.bytes ? a.bytes.join(',') : a.ip4}`;
  if (a.src6) return `${g}/${a.src6.join(',')}`;
  return a.src4 ? `${g}/${a.src4}` : g;
}

/** br_mdb_ip_get() */
export function brMdbIpGet(br: NetBridge, a: BrIp): NetBridgeMdbEntry | null {
  return br.mdbHash.get(brIpKey(a)) ?? null;
}

/**
 * br_mdb_entry_skb_get(): the mdb entry a multicast frame is for (its IP
 * destination, or its MAC for other protocols), none when snooping is off
 * or the frame is IGMP/MLD. In IGMPv3/MLDv2 mode the (S, G) entry of the
 * frame's source comes first, then (*, G). A walk of the list: nothing
 * allocated per frame.
 */
export function brMdbGet(br: NetBridge, skb: SkBuff, vid: number): NetBridgeMdbEntry | null {
  if (!br.optGet(BROPT_MULTICAST_ENABLED) || br.inputCb.igmp) return null;
  const b = skb.buf;
  const proto = skb.protocol === ETH_P_IP || skb.protocol === ETH_P_IPV6 ? skb.protocol : 0;
  const dst = proto === ETH_P_IP ? rd32(b, skb.data + 16) : 0;
  const src = proto === ETH_P_IP ? rd32(b, skb.data + 12) : 0;
  const at = proto === ETH_P_IPV6 ? skb.data + 24 : skb.macHeader;
  const bySrc = brMulticastShouldHandleMode(br, proto);
  let star: NetBridgeMdbEntry | null = null;
  for (const mp of br.mdbList) {
    const a = mp.addr;
    if (a.proto !== proto || a.vid !== vid) continue;
    if (proto === ETH_P_IP ? a.ip4 !== dst : !bytesAt(a.bytes!, b, at)) continue;
    if (brMulticastIsStarG(a)) {
      if (!bySrc) return mp;
      star = mp;
    } else if (bySrc && (proto === ETH_P_IP ? a.src4 === src : bytesAt(a.src6!, b, skb.data + 8))) return mp;
  }
  return star;
}

/** `g` is at b[o...]. */
function bytesAt(g: Uint8Array, b: Uint8Array, o: number): boolean {
  let i = 0;
  while (i < g.length && g[i] === b[o + i]) i++;
  return i === g.length;
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

/** br_multicast_group_expired(): the host membership lapses; an entry without ports goes. */
function brMulticastGroupExpired(br: NetBridge, mp: NetBridgeMdbEntry): void {
  mp.timer = null;
  if (!br.dev.isUp || !br.mdbList.has(mp)) return;
  brMulticastHostLeave(br, mp);
  if (mp.ports.length) return;
  brMulticastDelMdbEntry(br, mp);
}

/**
 * br_multicast_port_group_expired(): a learnt membership lapses
 * (permanent ones never do): the group turns INCLUDE, keeping only its
 * sources whose timers run; without any it goes.
 */
function brMulticastPortGroupExpired(br: NetBridge, mp: NetBridgeMdbEntry, pg: NetBridgePortGroup): void {
  pg.timer = null;
  if (!br.dev.isUp || pg.flags & MDB_PG_FLAGS_PERMANENT || !mp.ports.includes(pg)) return;
  const changed = pgExpireSrcs(pg, mp.addr);
  if (!pg.srcList.length) {
    brMulticastDelPg(br, mp, pg);
    return;
  }
  if (!changed) return;
  if (brMulticastIsStarG(mp.addr)) starGHandleMode(br, mp, pg, MCAST_INCLUDE);
  brMdbNotify(br, mp, pg, RTM_NEWMDB);
}

/**
 * br_multicast_del_pg(): the port leaves the group with its sources (and
 * their (S, G) entries); an (S, G) entry left with only (*, G) EXCLUDE
 * ports drops them, a (*, G) port leaves the (S, G) entries it joined that
 * way; an entry left with neither ports nor the host's membership expires
 * at once (mod_timer(&mp->timer, jiffies)).
 */
export function brMulticastDelPg(br: NetBridge, mp: NetBridgeMdbEntry, pg: NetBridgePortGroup): void {
  const i = mp.ports.indexOf(pg);
  // already gone (an (S, G) port group its (*, G) took with it, in a walk of a port's groups)
  if (i < 0) return;
  mp.ports.splice(i, 1);
  for (const ent of pg.srcList.slice()) delGroupSrc(ent, mp.addr, false);
  brMdbNotify(br, mp, pg, RTM_DELMDB);
  if (!brMulticastIsStarG(mp.addr)) sgDelExcludePorts(br, mp);
  else starGHandleMode(br, mp, pg, MCAST_INCLUDE);
  br.dev.net.sched.cancel(pg.timer);
  pg.timer = null;
  if (!mp.ports.length && !mp.hostJoined && br.dev.isUp) mpTimerArm(br, mp, 0);
}

/** br_multicast_host_join(): the bridge itself is a member; its timer restarts (not for L2 groups). */
export function brMulticastHostJoin(br: NetBridge, mp: NetBridgeMdbEntry): void {
  if (!mp.hostJoined) {
    mp.hostJoined = true;
    if (brMulticastIsStarG(mp.addr)) starGHostState(br, mp);
    brMdbNotify(br, mp, null, RTM_NEWMDB);
  }
  if (mp.addr.proto === 0) return;
  mpTimerArm(br, mp, clockTToNs(br.mcast.membershipIntvl));
}

/** br_multicast_host_leave(): announced gone (RTM_DELMDB) when it was there. */
export function brMulticastHostLeave(br: NetBridge, mp: NetBridgeMdbEntry): void {
  if (!mp.hostJoined) return;
  mp.hostJoined = false;
  if (brMulticastIsStarG(mp.addr)) starGHostState(br, mp);
  brMdbNotify(br, mp, null, RTM_DELMDB);
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
 * __br_multicast_add_group() for a port: its membership of `a` (a new one
 * in `filterMode`, blocked as asked, announced); an IGMPv2/MLDv1 style
 * one restarts the membership timer. Null when the port may not snoop.
 */
export function brMulticastAddGroupPort(br: NetBridge, p: NetBridgePort, a: BrIp, filterMode: number, igmpv2Mldv1: boolean, blocked: boolean): NetBridgePortGroup | null {
  if (!br.dev.isUp || p.state === BR_STATE_DISABLED) return null;
  const mp = brMulticastNewGroup(br, a);
  let pg = mp.ports.find((g) => g.port === p);
  if (!pg) {
    pg = brMulticastNewPortGroup(mp, p, blocked ? MDB_PG_FLAGS_BLOCKED : 0, RTPROT_KERNEL);
    pg.filterMode = filterMode;
    brMdbNotify(br, mp, pg, RTM_NEWMDB);
  }
  if (igmpv2Mldv1) pgTimerArm(br, mp, pg, clockTToNs(br.mcast.membershipIntvl));
  return pg;
}

/**
 * __br_multicast_add_group(): a report on port `p` (null: the bridge's
 * own, a host join). In IGMPv3/MLDv2 mode a v3 record's new membership
 * starts INCLUDE {} without a timer (its sources keep it).
 */
function brMulticastAddGroup(br: NetBridge, p: NetBridgePort | null, a: BrIp, igmpv2Mldv1: boolean): void {
  if (p) {
    brMulticastAddGroupPort(br, p, a, igmpv2Mldv1 ? MCAST_EXCLUDE : MCAST_INCLUDE, igmpv2Mldv1, false);
    return;
  }
  if (!br.dev.isUp) return;
  brMulticastHostJoin(br, brMulticastNewGroup(br, a));
}

/**
 * br_multicast_leave_group(): a fast-leave port leaves at once; else,
 * unless another querier is heard (the leave is its business), our
 * querier asks the port (or the bridge) with a group-specific query, and
 * the membership (the host's, or the port's) is given
 * last_member_count × last_member_interval more.
 */
function brMulticastLeaveGroup(br: NetBridge, p: NetBridgePort | null, a: BrIp): void {
  if (!br.dev.isUp || (p && p.state === BR_STATE_DISABLED)) return;
  const mp = brMdbIpGet(br, a);
  if (!mp) return;
  const pg = p ? mp.ports.find((g) => g.port === p) : undefined;
  if (p && p.flags & BR_MULTICAST_FAST_LEAVE) {
    if (pg && !(pg.flags & MDB_PG_FLAGS_PERMANENT)) {
      pg.flags |= MDB_PG_FLAGS_FAST_LEAVE;
      brMulticastDelPg(br, mp, pg);
    }
    return;
  }
  if (!brMulticastLeaveQuery(br, p, a.proto, a.bytes ?? a.ip4)) return;
  const ns = clockTToNs(br.mcast.lastMemberCnt * br.mcast.lastMemberIntvl);
  if (!p) {
    if (mp.hostJoined) brMdbTimerCut(br, mp, null, ns);
    return;
  }
  if (pg) brMdbTimerCut(br, mp, pg, ns);
}

/**
 * mod_timer() to now + `ns` of a membership (the host's when `pg` is
 * null) whose timer is not pending or runs out later.
 */
function brMdbTimerCut(br: NetBridge, mp: NetBridgeMdbEntry, pg: NetBridgePortGroup | null, ns: number): void {
  const sched = br.dev.net.sched;
  const t = pg ?? mp;
  if (sched.pending(t.timer) && t.expires <= sched.now + ns) return;
  if (pg) pgTimerArm(br, mp, pg, ns);
  else mpTimerArm(br, mp, ns);
}

/**
 * The group-specific part of br_ip4/ip6_multicast_query(): another
 * querier asks for a group; every membership of it (the host's and the
 * ports') is given the query's max delay × last_member_count at most.
 */
function brMulticastGroupQuery(br: NetBridge, a: BrIp, maxDelayNs: number): void {
  const mp = brMdbIpGet(br, a);
  if (!mp) return;
  const ns = maxDelayNs * br.mcast.lastMemberCnt;
  if (mp.hostJoined) brMdbTimerCut(br, mp, null, ns);
  for (const pg of mp.ports) brMdbTimerCut(br, mp, pg, ns);
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
function brIp4Group(br: NetBridge, p: NetBridgePort | null, group: number, vid: number, join: boolean, v2: boolean): void {
  if (ipv4IsLocalMulticast(group)) return;
  const a: BrIp = { proto: ETH_P_IP, vid, ip4: group, bytes: null };
  if (join) brMulticastAddGroup(br, p, a, v2);
  else brMulticastLeaveGroup(br, p, a);
}

/** br_ip6_multicast_add_group() / br_ip6_multicast_leave_group(): ff02::1 is not snooped. */
function brIp6Group(br: NetBridge, p: NetBridgePort | null, b: Uint8Array, o: number, vid: number, join: boolean, v1: boolean): void {
  if (ipv6IsLlAllNodes(b, o)) return;
  const a: BrIp = { proto: ETH_P_IPV6, vid, ip4: 0, bytes: b.slice(o, o + 16) };
  if (join) brMulticastAddGroup(br, p, a, v1);
  else brMulticastLeaveGroup(br, p, a);
}

/** The (*, G) group of a record at b[o] (an IPv4 or IPv6 address). */
function grecGroup(b: Uint8Array, o: number, alen: number, vid: number): BrIp {
  return alen === 4 ? { proto: ETH_P_IP, vid, ip4: rd32(b, o), bytes: null } : { proto: ETH_P_IPV6, vid, ip4: 0, bytes: b.slice(o, o + 16) };
}

/**
 * br_ip4_multicast_igmp3_report() / br_ip6_multicast_mld2_report(): each
 * group record joins its group (TO_IN/IS_IN without sources: a leave, in
 * IGMPv2/MLDv1 mode or for the bridge's own report); in IGMPv3/MLDv2 mode
 * a port's (not permanent) membership then runs the record through its
 * source list (br_multicast_src.ts).
 */
function brGroupRecords(br: NetBridge, p: NetBridgePort | null, b: Uint8Array, o: number, end: number, n: number, alen: number, vid: number): void {
  const v2 = alen === 4 ? br.mcast.igmpVersion === 2 : br.mcast.mldVersion === 1;
  for (let i = 0; i < n && o + 4 + alen <= end; i++) {
    const type = b[o]!;
    const nsrcs = (b[o + 2]! << 8) | b[o + 3]!;
    const next = o + 4 + alen + nsrcs * alen + b[o + 1]! * 4;
    if (next > end) return;
    const rec = o;
    o = next;
    if (type < MODE_IS_INCLUDE || type > BLOCK_OLD_SOURCES) continue;
    const leave = nsrcs === 0 && (type === CHANGE_TO_INCLUDE || type === MODE_IS_INCLUDE);
    if (!leave || !p || v2) {
      if (alen === 4) brIp4Group(br, p, rd32(b, rec + 4), vid, !leave, v2);
      else brIp6Group(br, p, b, rec + 4, vid, !leave, v2);
    }
    if (!p || v2 || !br.dev.isUp || p.state === BR_STATE_DISABLED) continue;
    const mp = brMdbIpGet(br, grecGroup(b, rec + 4, alen, vid));
    const pg = mp?.ports.find((g) => g.port === p);
    if (!mp || !pg || pg.flags & MDB_PG_FLAGS_PERMANENT) continue;
    brMulticastGrecSrcs(mp, pg, type, { b, o: rec + 4 + alen, n: nsrcs, alen });
  }
}

/** IGMPV3_MRC(): a v3 max response code (tenths of a second; 128 and up: floating point). */
function igmpv3Mrc(code: number): number {
  return code < 128 ? code : ((code & 0x0f) | 0x10) << (((code >> 4) & 7) + 3);
}

/** One jiffy (HZ 250): the shortest max delay a query can give. */
const JIFFY_NS = 4_000_000;

/**
 * br_ip4_multicast_query(): an IGMPv1/v2 query (8 bytes; v1's code 0 is
 * 10 s and general) or v3 (12+, without sources; in v3 mode a
 * group query with the suppress flag is ignored). A general query elects
 * a querier; a group one cuts that group's memberships.
 */
function brIp4MulticastQuery(br: NetBridge, p: NetBridgePort | null, b: Uint8Array, o: number, ih: number, tlen: number, vid: number): void {
  if (!br.dev.isUp || (p && p.state === BR_STATE_DISABLED)) return;
  let group = rd32(b, ih + 4);
  let maxDelay: number;
  if (tlen === 8) {
    maxDelay = b[ih + 1]! * 100_000_000;
    if (!maxDelay) {
      maxDelay = 10 * 1_000_000_000;
      group = 0;
    }
  } else {
    if ((b[ih + 10]! << 8 | b[ih + 11]!) !== 0 || (br.mcast.igmpVersion === 3 && group && b[ih + 8]! & 8)) return;
    maxDelay = b[ih + 1] ? igmpv3Mrc(b[ih + 1]!) * 100_000_000 : JIFFY_NS;
  }
  if (!group) {
    brMulticastQueryReceived(br, p, ETH_P_IP, rd32(b, o + 12), maxDelay);
    return;
  }
  brMulticastGroupQuery(br, { proto: ETH_P_IP, vid, ip4: group, bytes: null }, maxDelay);
}

/**
 * ip_mc_check_igmp(): the IGMP message type of a valid IPv4 IGMP packet,
 * 0 for anything else that is no IGMP the bridge snoops (-ENOMSG), -1 for
 * a malformed one (bad header, length or checksum; a general query not
 * to 224.0.0.1).
 */
function ipMcCheckIgmp(b: Uint8Array, o: number, len: number): number {
  if (len < 20 || b[o]! >> 4 !== 4) return -1;
  const ihl = (b[o]! & 0xf) * 4;
  const tot = Math.min(len, (b[o + 2]! << 8) | b[o + 3]!);
  if (ihl < 20 || tot < ihl) return -1;
  if (b[o + 9] !== IPPROTO_IGMP) return 0;
  const ih = o + ihl;
  const tlen = tot - ihl;
  if (tlen < 8) return -1;
  const type = b[ih]!;
  if (type === IGMP_HOST_MEMBERSHIP_QUERY) {
    if (tlen !== 8 && tlen < 12) return -1;
    if (rd32(b, ih + 4) === 0 && rd32(b, o + 16) !== (0xe0000001 | 0)) return -1;
  } else if (type !== IGMP_HOST_MEMBERSHIP_REPORT && type !== IGMPV2_HOST_MEMBERSHIP_REPORT &&
    type !== IGMPV3_HOST_MEMBERSHIP_REPORT && type !== IGMP_HOST_LEAVE_MESSAGE) return 0;
  // ip_mc_check_igmp_csum()
  if (csumFold(csumPartial(b, ih, tlen, 0)) !== 0) return -1;
  return type;
}

/**
 * br_multicast_ipv4_rcv(): other IPv4 multicast to a group beyond
 * 224.0.0.0/24 goes to router ports only (mrouters_only, unless the mdb
 * has it); reports join (v1/v2 ones too go to router ports only), leaves
 * leave, queries elect a querier or cut a group.
 */
function brMulticastIpv4Rcv(br: NetBridge, p: NetBridgePort | null, skb: SkBuff, vid: number): void {
  const b = skb.buf;
  const o = skb.data;
  const cb = br.inputCb;
  const type = ipMcCheckIgmp(b, o, skb.len);
  if (type < 0) {
    brMulticastErrCount(br, p, ETH_P_IP);
    return;
  }
  if (type === 0) {
    if (!ipv4IsLocalMulticast(rd32(b, o + 16))) cb.mroutersOnly = true;
    return;
  }
  const ihl = (b[o]! & 0xf) * 4;
  const tot = Math.min(skb.len, (b[o + 2]! << 8) | b[o + 3]!);
  const ih = o + ihl;
  cb.igmp = type;
  switch (type) {
    case IGMP_HOST_MEMBERSHIP_REPORT:
    case IGMPV2_HOST_MEMBERSHIP_REPORT:
      cb.mroutersOnly = true;
      brIp4Group(br, p, rd32(b, ih + 4), vid, true, true);
      break;
    case IGMPV3_HOST_MEMBERSHIP_REPORT:
      brGroupRecords(br, p, b, ih + 8, o + tot, (b[ih + 6]! << 8) | b[ih + 7]!, 4, vid);
      break;
    case IGMP_HOST_MEMBERSHIP_QUERY:
      brIp4MulticastQuery(br, p, b, o, ih, tot - ihl, vid);
      break;
    case IGMP_HOST_LEAVE_MESSAGE:
      brIp4Group(br, p, rd32(b, ih + 4), vid, false, true);
      break;
  }
  brMulticastCount(br, p, skb, type, BR_MCAST_DIR_RX);
}

/** mldv2_mrc(): a v2 max response code in milliseconds (32768 and up: floating point). */
function mldv2Mrc(mrc: number): number {
  return mrc < 32768 ? mrc : ((mrc & 0x0fff) | 0x1000) << (((mrc >> 12) & 7) + 3);
}

function isZero16(b: Uint8Array, o: number): boolean {
  for (let i = 0; i < 16; i++) if (b[o + i] !== 0) return false;
  return true;
}

/**
 * br_ip6_multicast_query(): an MLDv1 query (24 bytes; a max delay of 0
 * names no group) or MLDv2 (28+, a group only without sources; in v2
 * mode a group query with the suppress flag is ignored).
 */
function brIp6MulticastQuery(br: NetBridge, p: NetBridgePort | null, b: Uint8Array, o: number, icmp: number, tlen: number, vid: number): void {
  if (!br.dev.isUp || (p && p.state === BR_STATE_DISABLED)) return;
  let group = -1;
  let maxDelay: number;
  if (tlen === 24) {
    maxDelay = ((b[icmp + 4]! << 8) | b[icmp + 5]!) * 1_000_000;
    if (maxDelay) group = icmp + 8;
  } else {
    if (((b[icmp + 26]! << 8) | b[icmp + 27]!) === 0) group = icmp + 8;
    if (br.mcast.mldVersion === 2 && !isZero16(b, icmp + 8) && b[icmp + 24]! & 8) return;
    maxDelay = Math.max(mldv2Mrc((b[icmp + 4]! << 8) | b[icmp + 5]!) * 1_000_000, JIFFY_NS);
  }
  if (group < 0) return;
  if (isZero16(b, group)) {
    brMulticastQueryReceived(br, p, ETH_P_IPV6, b.slice(o + 8, o + 24), maxDelay);
    return;
  }
  brMulticastGroupQuery(br, { proto: ETH_P_IPV6, vid, ip4: 0, bytes: b.slice(group, group + 16) }, maxDelay);
}

/**
 * ipv6_mc_check_mld(): the offset of the MLD message of a valid one
 * (after its hop-by-hop header, RFC 2710: with the router alert), 0 for
 * IPv6 that carries no MLD (-ENOMSG/-ENODATA), -1 for a malformed one
 * (bad checksum, a query not from a link-local address, a general query
 * not to ff02::1, a short one).
 */
function ipv6McCheckMld(b: Uint8Array, o: number, len: number): number {
  if (len < 40 || b[o]! >> 4 !== 6) return -1;
  const end = o + Math.min(len, 40 + ((b[o + 4]! << 8) | b[o + 5]!));
  if (b[o + 6] !== NEXTHDR_HOP || end < o + 48 || b[o + 40] !== NEXTHDR_ICMP) return 0;
  const icmp = o + 40 + (b[o + 41]! + 1) * 8;
  if (icmp + 8 > end) return -1;
  const type = b[icmp]!;
  if (type !== ICMPV6_MGM_QUERY && type !== ICMPV6_MGM_REPORT && type !== ICMPV6_MGM_REDUCTION && type !== ICMPV6_MLD2_REPORT) return 0;
  const tlen = end - icmp;
  if (type === ICMPV6_MGM_QUERY) {
    // ipv6_mc_check_mld_query(): RFC 2710/3810 queries come from link-local addresses.
    if (b[o + 8] !== 0xfe || (b[o + 9]! & 0xc0) !== 0x80) return -1;
    if (tlen !== 24 && tlen < 28) return -1;
    if (isZero16(b, icmp + 8) && !ipv6IsLlAllNodes(b, o + 24)) return -1;
  }
  // ipv6_mc_validate_checksum(): ICMPv6's checksum over the pseudo-header (RFC 4443 2.3) must hold.
  if (csumFold(csumPartial(b, icmp, tlen, csumPartial(b, o + 8, 32, tlen + NEXTHDR_ICMP))) !== 0) return -1;
  return icmp;
}

/**
 * br_multicast_ipv6_rcv(): other IPv6 multicast but to ff02::1 goes to
 * router ports only (mrouters_only, unless the mdb has it); MLDv1
 * reports too.
 */
function brMulticastIpv6Rcv(br: NetBridge, p: NetBridgePort | null, skb: SkBuff, vid: number): void {
  const b = skb.buf;
  const o = skb.data;
  const cb = br.inputCb;
  const icmp = ipv6McCheckMld(b, o, skb.len);
  if (icmp < 0) {
    brMulticastErrCount(br, p, ETH_P_IPV6);
    return;
  }
  if (icmp === 0) {
    if (!ipv6IsLlAllNodes(b, o + 24)) cb.mroutersOnly = true;
    return;
  }
  const end = o + Math.min(skb.len, 40 + ((b[o + 4]! << 8) | b[o + 5]!));
  cb.igmp = b[icmp]!;
  switch (b[icmp]) {
    case ICMPV6_MGM_REPORT:
      cb.mroutersOnly = true;
      if (icmp + 24 <= end) brIp6Group(br, p, b, icmp + 8, vid, true, true);
      break;
    case ICMPV6_MGM_REDUCTION:
      if (icmp + 24 <= end) brIp6Group(br, p, b, icmp + 8, vid, false, true);
      break;
    case ICMPV6_MLD2_REPORT:
      brGroupRecords(br, p, b, icmp + 8, end, (b[icmp + 6]! << 8) | b[icmp + 7]!, 16, vid);
      break;
    case ICMPV6_MGM_QUERY:
      brIp6MulticastQuery(br, p, b, o, icmp, end - icmp, vid);
      break;
  }
  brMulticastCount(br, p, skb, cb.igmp, BR_MCAST_DIR_RX);
}

/**
 * br_multicast_rcv(): snoop a multicast frame arriving on port `p`, or
 * sent by the bridge itself (`p` null), its network header at skb.data.
 */
export function brMulticastRcv(br: NetBridge, p: NetBridgePort | null, skb: SkBuff, vid: number): void {
  br.inputCb.igmp = 0;
  br.inputCb.mroutersOnly = false;
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

/** br_multicast_disable_port(): the port's learnt and temporary memberships go, permanent ones stay; it is no router port and sends no queries. */
export function brMulticastDisablePort(p: NetBridgePort): void {
  const br = p.br;
  for (const [mp, pg] of portGroupsOf(br, p)) if (!(pg.flags & MDB_PG_FLAGS_PERMANENT)) brMulticastDelPg(br, mp, pg);
  brMulticastDisablePortQuery(p);
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
