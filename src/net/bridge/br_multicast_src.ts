/**
 * IGMPv3/MLDv2 snooping with source lists (mcast_igmp_version 3,
 * mcast_mld_version 2): a port group keeps its sources, each with a
 * source timer (GMI when reported, LMQT when asked about), in filter
 * mode INCLUDE or EXCLUDE (RFC 3376 6.4, RFC 3810 7.4). Every source with
 * a running timer is installed as an (S, G) entry of its port (a
 * timed-out source of an EXCLUDE group: a blocked one), and the ports in
 * EXCLUDE mode of (*, G) join every (S, G) of the group (added_by_star_ex)
 * so that forwarding by source (the (S, G) entry first) still reaches them.
 * @linux net/bridge/br_multicast.c br_multicast_isinc_allow() br_multicast_isexc() br_multicast_toin()
 *        br_multicast_toex() br_multicast_block() br_multicast_new_group_src() br_multicast_find_group_src()
 *        br_multicast_group_src_expired() br_multicast_del_group_src() br_multicast_fwd_src_add()
 *        br_multicast_fwd_src_remove() br_multicast_fwd_src_handle() br_multicast_star_g_handle_mode()
 *        br_multicast_sg_add_exclude_ports() br_multicast_sg_del_exclude_ports() br_multicast_sg_host_state()
 *        br_multicast_star_g_host_state()
 *        __grp_src_query_marked_and_rexmit() __grp_send_query_and_rexmit()
 */
import { modTimer } from '../../sim/timer_wheel.js';
import { ETH_P_IP } from '../../wire/ethernet.js';
import {
  BR_SGRP_F_DELETE, BR_SGRP_F_INSTALLED, BR_SGRP_F_SEND, BR_SGRP_F_USER_ADDED, MCAST_EXCLUDE, MCAST_INCLUDE, MDB_PG_FLAGS_BLOCKED,
  MDB_PG_FLAGS_FAST_LEAVE, MDB_PG_FLAGS_PERMANENT, MDB_PG_FLAGS_STAR_EXCL, NetBridgeGroupSrc, clockTToNs,
  type BrIp, type NetBridge, type NetBridgeMdbEntry, type NetBridgePortGroup,
} from './br_private.js';
import { RTM_NEWMDB } from '../../uapi/linux/rtnetlink.js';
import { brMdbNotify } from './br_mdb_notify.js';
import { brMdbIpGet, brMulticastAddGroupPort, brMulticastDelPg, pgTimerArm } from './br_multicast.js';
import { brMulticastOtherQuerierPresent, brMulticastSendQueryPkt } from './br_multicast_query.js';

/** RTPROT_KERNEL */
const RTPROT_KERNEL = 2;
/** PG_SRC_ENT_LIMIT: sources a port group keeps at most. */
const PG_SRC_ENT_LIMIT = 32;

/** Group record types: IGMPV3_* (MLD2_* share the numbers, RFC 3810 5.2.12). */
import {
  IGMPV3_ALLOW_NEW_SOURCES as ALLOW_NEW_SOURCES, IGMPV3_BLOCK_OLD_SOURCES as BLOCK_OLD_SOURCES, IGMPV3_CHANGE_TO_EXCLUDE as CHANGE_TO_EXCLUDE,
  IGMPV3_CHANGE_TO_INCLUDE as CHANGE_TO_INCLUDE, IGMPV3_MODE_IS_EXCLUDE as MODE_IS_EXCLUDE, IGMPV3_MODE_IS_INCLUDE as MODE_IS_INCLUDE,
} from '../ipv4/igmp_src.js';
export { BLOCK_OLD_SOURCES, CHANGE_TO_INCLUDE, MODE_IS_INCLUDE };

/** The sources of a group record: `n` addresses of `alen` bytes at `o`. */
export interface GrecSrcs {
  readonly b: Uint8Array;
  readonly o: number;
  readonly n: number;
  readonly alen: number;
}

function br(pg: NetBridgePortGroup): NetBridge {
  return pg.port.br;
}

/** br_multicast_gmi(): the group membership interval (ns). */
function gmi(b: NetBridge): number {
  return clockTToNs(b.mcast.membershipIntvl);
}

/** br_multicast_lmqt(): last_member_interval × last_member_count (ns). */
function lmqt(b: NetBridge): number {
  return clockTToNs(b.mcast.lastMemberIntvl * b.mcast.lastMemberCnt);
}

function timerPending(b: NetBridge, t: { timer: unknown }): boolean {
  return b.dev.net.sched.pending(t.timer as never);
}

function rd32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) | 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array, o: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[o + i]) return false;
  return true;
}

/** br_multicast_find_group_src(): the source `i` of the record in pg's list. */
function findGroupSrc(pg: NetBridgePortGroup, s: GrecSrcs, i: number): NetBridgeGroupSrc | null {
  const at = s.o + i * s.alen;
  if (s.alen === 4) {
    const ip = rd32(s.b, at);
    return pg.srcList.find((e) => e.ip4 === ip) ?? null;
  }
  return pg.srcList.find((e) => sameBytes(e.bytes!, s.b, at)) ?? null;
}

/** br_multicast_new_group_src(): none for 0.0.0.0/8, ::, multicast sources or past PG_SRC_ENT_LIMIT. */
function newGroupSrc(pg: NetBridgePortGroup, s: GrecSrcs, i: number): NetBridgeGroupSrc | null {
  if (pg.srcList.length >= PG_SRC_ENT_LIMIT) return null;
  const at = s.o + i * s.alen;
  let ent: NetBridgeGroupSrc;
  if (s.alen === 4) {
    const ip = rd32(s.b, at);
    if ((ip >>> 24) === 0 || (ip & 0xf0000000) === (0xe0000000 | 0)) return null;
    ent = new NetBridgeGroupSrc(pg, ip, null);
  } else {
    const bytes = s.b.slice(at, at + 16);
    if (bytes[0] === 0xff || bytes.every((x) => x === 0)) return null;
    ent = new NetBridgeGroupSrc(pg, 0, bytes);
  }
  pg.srcList.unshift(ent);
  return ent;
}

/** The (S, G) group of a source of pg. */
function sgIp(pg: NetBridgePortGroup, a: BrIp, src: NetBridgeGroupSrc): BrIp {
  return { proto: a.proto, vid: a.vid, ip4: a.ip4, bytes: a.bytes, src4: src.ip4, src6: src.bytes };
}

/** br_sg_port_find(): the (S, G) entry's port group of pg's port. */
function sgPortFind(b: NetBridge, sg: BrIp, pg: NetBridgePortGroup): { mp: NetBridgeMdbEntry; p: NetBridgePortGroup } | null {
  const mp = brMdbIpGet(b, sg);
  const p = mp?.ports.find((x) => x.port === pg.port);
  return mp && p ? { mp, p } : null;
}

/** The (*, G) group a port group belongs to (its entry's address). */
export function pgGroup(b: NetBridge, pg: NetBridgePortGroup): { mp: NetBridgeMdbEntry; a: BrIp } | null {
  for (const mp of b.mdbList) if (mp.ports.includes(pg)) return { mp, a: mp.addr };
  return null;
}

/** mod_timer(&src->timer, jiffies + ns) */
function srcTimerArm(ent: NetBridgeGroupSrc, a: BrIp, ns: number): void {
  const b = br(ent.pg);
  const sched = b.dev.net.sched;
  sched.cancel(ent.timer);
  ent.expires = sched.now + ns;
  ent.timer = modTimer(sched, Math.max(0, ns), () => groupSrcExpired(ent, a));
}

/** __grp_src_mod_timer(): the source's timer, then its (S, G) entry follows it. */
function grpSrcModTimer(ent: NetBridgeGroupSrc, a: BrIp, ns: number): void {
  srcTimerArm(ent, a, ns);
  fwdSrcHandle(ent, a);
}

/** br_multicast_group_src_expired(): an INCLUDE group drops the source (and goes with its last one); an EXCLUDE one blocks it. */
function groupSrcExpired(ent: NetBridgeGroupSrc, a: BrIp): void {
  ent.timer = null;
  const pg = ent.pg;
  const b = br(pg);
  if (!pg.srcList.includes(ent) || !b.dev.isUp) return;
  if (pg.filterMode === MCAST_INCLUDE) {
    delGroupSrc(ent, a, false);
    if (pg.srcList.length) return;
    findDelPg(b, pg);
  } else fwdSrcHandle(ent, a);
}

/** br_multicast_find_del_pg() */
export function findDelPg(b: NetBridge, pg: NetBridgePortGroup): void {
  const g = pgGroup(b, pg);
  if (g) brMulticastDelPg(b, g.mp, pg);
}

/** br_multicast_del_group_src(): its (S, G) entry goes, then the source. */
export function delGroupSrc(ent: NetBridgeGroupSrc, a: BrIp, fastLeave: boolean): void {
  fwdSrcRemove(ent, a, fastLeave);
  const l = ent.pg.srcList;
  const i = l.indexOf(ent);
  if (i >= 0) l.splice(i, 1);
  br(ent.pg).dev.net.sched.cancel(ent.timer);
  ent.timer = null;
}

/**
 * br_multicast_fwd_src_add(): the source's (S, G) entry of its port, in
 * INCLUDE mode (blocked when its timer is not running); the kernel owns
 * it (no timer of its own), and the (*, G) EXCLUDE ports join it.
 */
function fwdSrcAdd(ent: NetBridgeGroupSrc, a: BrIp): void {
  if (ent.flags & BR_SGRP_F_INSTALLED) return;
  const b = br(ent.pg);
  const sg = brMulticastAddGroupPort(b, ent.pg.port, sgIp(ent.pg, a, ent), MCAST_INCLUDE, false, !timerPending(b, ent));
  if (!sg) return;
  ent.flags |= BR_SGRP_F_INSTALLED;
  sg.flags &= ~MDB_PG_FLAGS_STAR_EXCL;
  if (sg.rtProtocol !== RTPROT_KERNEL && sg.flags & MDB_PG_FLAGS_PERMANENT) return;
  b.dev.net.sched.cancel(sg.timer);
  sg.timer = null;
  const starMp = brMdbIpGet(b, a);
  if (starMp) sgAddExcludePorts(b, starMp, sg, sgIp(ent.pg, a, ent));
}

/** br_multicast_fwd_src_remove(): the port's (S, G) entry goes (not a permanent one the user added, unless this source was). */
function fwdSrcRemove(ent: NetBridgeGroupSrc, a: BrIp, fastLeave: boolean): void {
  const b = br(ent.pg);
  const f = sgPortFind(b, sgIp(ent.pg, a, ent), ent.pg);
  if (f && !(f.p.rtProtocol !== RTPROT_KERNEL && f.p.flags & MDB_PG_FLAGS_PERMANENT && !(ent.flags & BR_SGRP_F_USER_ADDED))) {
    if (fastLeave) f.p.flags |= MDB_PG_FLAGS_FAST_LEAVE;
    brMulticastDelPg(b, f.mp, f.p);
  }
  ent.flags &= ~BR_SGRP_F_INSTALLED;
}

/** br_multicast_fwd_src_handle(): install the (S, G) entry; blocked while the source timer is not running. */
function fwdSrcHandle(ent: NetBridgeGroupSrc, a: BrIp): void {
  fwdSrcAdd(ent, a);
  const b = br(ent.pg);
  const f = sgPortFind(b, sgIp(ent.pg, a, ent), ent.pg);
  if (!f || f.p.flags & MDB_PG_FLAGS_PERMANENT) return;
  const old = f.p.flags;
  if (timerPending(b, ent)) f.p.flags &= ~MDB_PG_FLAGS_BLOCKED;
  else f.p.flags |= MDB_PG_FLAGS_BLOCKED;
  if (old !== f.p.flags) brMdbNotify(b, f.mp, f.p, RTM_NEWMDB);
}

/** __fwd_add_star_excl(): pg's port (EXCLUDE in (*, G)) joins the (S, G) entry, unless it has it. */
function fwdAddStarExcl(b: NetBridge, pg: NetBridgePortGroup, sg: BrIp): void {
  if (sgPortFind(b, sg, pg)) return;
  const p = brMulticastAddGroupPort(b, pg.port, sg, MCAST_INCLUDE, false, false);
  if (p && p.rtProtocol === RTPROT_KERNEL) p.flags |= MDB_PG_FLAGS_STAR_EXCL;
}

/** __fwd_del_star_excl(): pg's port leaves the (S, G) entry it joined for (*, G) EXCLUDE. */
function fwdDelStarExcl(b: NetBridge, pg: NetBridgePortGroup, sg: BrIp): void {
  const f = sgPortFind(b, sg, pg);
  if (!f || !(f.p.flags & MDB_PG_FLAGS_STAR_EXCL) || f.p.rtProtocol !== RTPROT_KERNEL) return;
  brMulticastDelPg(b, f.mp, f.p);
}

/**
 * br_multicast_star_g_handle_mode(): a (*, G) port group turned EXCLUDE
 * joins the installed (S, G) entries of the other ports; turned INCLUDE
 * (or deleted) it leaves those it joined that way.
 */
export function starGHandleMode(b: NetBridge, mp: NetBridgeMdbEntry, pg: NetBridgePortGroup, mode: number): void {
  for (const other of mp.ports) {
    if (other === pg) continue;
    for (const ent of other.srcList) {
      if (!(ent.flags & BR_SGRP_F_INSTALLED)) continue;
      const sg = sgIp(other, mp.addr, ent);
      if (mode === MCAST_INCLUDE) fwdDelStarExcl(b, pg, sg);
      else fwdAddStarExcl(b, pg, sg);
    }
  }
}

/**
 * br_multicast_star_g_host_state(): the (S, G) entries of the group's
 * installed sources follow the bridge's (*, G) membership (those added by
 * hand, without a source entry, do not).
 */
export function starGHostState(b: NetBridge, starMp: NetBridgeMdbEntry): void {
  for (const pg of starMp.ports) {
    for (const ent of pg.srcList) {
      if (!(ent.flags & BR_SGRP_F_INSTALLED)) continue;
      const sgMp = brMdbIpGet(b, sgIp(pg, starMp.addr, ent));
      if (sgMp) sgMp.hostJoined = starMp.hostJoined;
    }
  }
}

/** br_multicast_sg_add_exclude_ports(): every (*, G) EXCLUDE port joins a new (S, G) entry. */
export function sgAddExcludePorts(b: NetBridge, starMp: NetBridgeMdbEntry, sg: NetBridgePortGroup, sgAddr: BrIp): void {
  // br_multicast_sg_host_state(): the bridge's (*, G) membership makes the new (S, G) host-joined
  const sgMp = starMp.hostJoined ? brMdbIpGet(b, sgAddr) : null;
  if (sgMp) sgMp.hostJoined = true;
  for (const pg of starMp.ports) {
    if (pg.port === sg.port || pg.filterMode === MCAST_INCLUDE) continue;
    fwdAddStarExcl(b, pg, sgAddr);
  }
}

/**
 * br_multicast_sg_del_exclude_ports(): an (S, G) entry left with only
 * ports that joined for (*, G) EXCLUDE (and permanent ones) drops them.
 */
export function sgDelExcludePorts(b: NetBridge, sgmp: NetBridgeMdbEntry): void {
  if (sgmp.ports.some((p) => !(p.flags & (MDB_PG_FLAGS_STAR_EXCL | MDB_PG_FLAGS_PERMANENT)))) return;
  // the host can only have joined the (*, G): for an (S, G) that is a STAR_EXCL membership, gone too
  sgmp.hostJoined = false;
  for (const p of sgmp.ports.slice()) if (!(p.flags & MDB_PG_FLAGS_PERMANENT)) brMulticastDelPg(b, sgmp, p);
}

/** __grp_src_delete_marked(): how many sources marked BR_SGRP_F_DELETE went. */
function deleteMarked(pg: NetBridgePortGroup, a: BrIp): number {
  let n = 0;
  for (const ent of pg.srcList.slice()) {
    if (!(ent.flags & BR_SGRP_F_DELETE)) continue;
    delGroupSrc(ent, a, false);
    n++;
  }
  return n;
}

/** Our querier may ask (mcast_querier on, no other querier heard). */
function mayQuery(b: NetBridge, a: BrIp): boolean {
  return b.mcast.querier !== 0 && !brMulticastOtherQuerierPresent(b, a.proto);
}

/**
 * __grp_src_query_marked_and_rexmit(): the sources asked about (SEND)
 * whose timers run beyond LMQT are cut to LMQT. The group-and-source
 * specific query itself is not sent by tuxnet (README).
 */
function queryMarked(pg: NetBridgePortGroup, a: BrIp): void {
  const b = br(pg);
  if (!b.dev.isUp) return;
  const now = b.dev.net.sched.now;
  const t = lmqt(b);
  for (const ent of pg.srcList) {
    if (!(ent.flags & BR_SGRP_F_SEND)) continue;
    ent.flags &= ~BR_SGRP_F_SEND;
    if (ent.expires > now + t) grpSrcModTimer(ent, a, t);
  }
}

/** __grp_send_query_and_rexmit(): a group-specific query (our querier), and an EXCLUDE group's timer cut to LMQT. */
function sendGroupQuery(pg: NetBridgePortGroup, a: BrIp): void {
  const b = br(pg);
  if (!b.dev.isUp) return;
  if (mayQuery(b, a)) brMulticastSendQueryPkt(b, pg.port, a.proto, a.proto === ETH_P_IP ? a.ip4 : a.bytes!);
  const now = b.dev.net.sched.now;
  const t = lmqt(b);
  if (pg.filterMode === MCAST_EXCLUDE && (!timerPending(b, pg) || pg.expires > now + t)) {
    const g = pgGroup(b, pg);
    if (g) pgTimerArm(b, g.mp, pg, t);
  }
}

/** The time left to pg->timer.expires (a timer never armed: now). */
function pgTimerLeft(b: NetBridge, pg: NetBridgePortGroup): number {
  const left = pg.expires - b.dev.net.sched.now;
  return left > 0 ? left : 0;
}

/** INCLUDE (A) IS_IN/ALLOW (B) → INCLUDE (A+B), (B)=GMI; EXCLUDE (X,Y) ALLOW (A) → EXCLUDE (X+A,Y-A), (A)=GMI. */
function isincAllow(pg: NetBridgePortGroup, a: BrIp, s: GrecSrcs): boolean {
  let changed = false;
  for (let i = 0; i < s.n; i++) {
    let ent = findGroupSrc(pg, s, i);
    if (!ent) {
      ent = newGroupSrc(pg, s, i);
      if (ent) changed = true;
    }
    if (ent) grpSrcModTimer(ent, a, gmi(br(pg)));
  }
  return changed;
}

/**
 * br_multicast_isexc(): INCLUDE (A) IS_EX (B) → EXCLUDE (A*B,B-A), (B-A)=0,
 * delete (A-B); EXCLUDE (X,Y) IS_EX (A) → EXCLUDE (A-Y,Y*A), (A-X-Y)=GMI,
 * delete (X-A), (Y-A). Group timer GMI.
 */
function isexc(pg: NetBridgePortGroup, mp: NetBridgeMdbEntry, a: BrIp, s: GrecSrcs): boolean {
  const b = br(pg);
  const incl = pg.filterMode === MCAST_INCLUDE;
  let changed = incl;
  for (const ent of pg.srcList) ent.flags |= BR_SGRP_F_DELETE;
  for (let i = 0; i < s.n; i++) {
    let ent = findGroupSrc(pg, s, i);
    if (ent) ent.flags &= ~BR_SGRP_F_DELETE;
    else {
      ent = newGroupSrc(pg, s, i);
      if (ent && !incl) {
        grpSrcModTimer(ent, a, gmi(b));
        changed = true;
      }
    }
    if (ent && incl) fwdSrcHandle(ent, a);
  }
  if (deleteMarked(pg, a) && !incl) changed = true;
  if (incl) starGHandleMode(b, mp, pg, MCAST_EXCLUDE);
  pg.filterMode = MCAST_EXCLUDE;
  pgTimerArm(b, mp, pg, gmi(b));
  return changed;
}

/**
 * br_multicast_toin(): INCLUDE (A) TO_IN (B) → INCLUDE (A+B), (B)=GMI, Q(G,A-B);
 * EXCLUDE (X,Y) TO_IN (A) → EXCLUDE (X+A,Y-A), (A)=GMI, Q(G,X-A), Q(G).
 */
function toin(pg: NetBridgePortGroup, a: BrIp, s: GrecSrcs): boolean {
  const b = br(pg);
  const incl = pg.filterMode === MCAST_INCLUDE;
  let toSend = pg.srcList.length;
  let changed = false;
  for (const ent of pg.srcList) if (incl || timerPending(b, ent)) ent.flags |= BR_SGRP_F_SEND;
  for (let i = 0; i < s.n; i++) {
    let ent = findGroupSrc(pg, s, i);
    if (ent) {
      if (incl || timerPending(b, ent)) {
        ent.flags &= ~BR_SGRP_F_SEND;
        toSend--;
      }
    } else {
      ent = newGroupSrc(pg, s, i);
      if (ent) changed = true;
    }
    if (ent) grpSrcModTimer(ent, a, gmi(b));
  }
  if (toSend) queryMarked(pg, a);
  if (!incl) sendGroupQuery(pg, a);
  return changed;
}

/**
 * br_multicast_toex(): INCLUDE (A) TO_EX (B) → EXCLUDE (A*B,B-A), (B-A)=0,
 * delete (A-B), Q(G,A*B); EXCLUDE (X,Y) TO_EX (A) → EXCLUDE (A-Y,Y*A),
 * (A-X-Y)=group timer, delete (X-A), (Y-A), Q(G,A-Y). Group timer GMI.
 */
function toex(pg: NetBridgePortGroup, mp: NetBridgeMdbEntry, a: BrIp, s: GrecSrcs): boolean {
  const b = br(pg);
  const incl = pg.filterMode === MCAST_INCLUDE;
  let changed = incl;
  let toSend = 0;
  for (const ent of pg.srcList) ent.flags = (ent.flags & ~BR_SGRP_F_SEND) | BR_SGRP_F_DELETE;
  for (let i = 0; i < s.n; i++) {
    let ent = findGroupSrc(pg, s, i);
    if (ent) {
      ent.flags &= ~BR_SGRP_F_DELETE;
      if (incl) {
        ent.flags |= BR_SGRP_F_SEND;
        toSend++;
      }
    } else {
      ent = newGroupSrc(pg, s, i);
      if (ent && !incl) {
        grpSrcModTimer(ent, a, pgTimerLeft(b, pg));
        changed = true;
      }
    }
    if (!ent) continue;
    if (incl) fwdSrcHandle(ent, a);
    else if (timerPending(b, ent)) {
      ent.flags |= BR_SGRP_F_SEND;
      toSend++;
    }
  }
  if (deleteMarked(pg, a) && !incl) changed = true;
  if (toSend) queryMarked(pg, a);
  if (incl) starGHandleMode(b, mp, pg, MCAST_EXCLUDE);
  pg.filterMode = MCAST_EXCLUDE;
  pgTimerArm(b, mp, pg, gmi(b));
  return changed;
}

/**
 * br_multicast_block(): INCLUDE (A) BLOCK (B) → INCLUDE (A), Q(G,A*B);
 * EXCLUDE (X,Y) BLOCK (A) → EXCLUDE (X+(A-Y),Y), (A-X-Y)=group timer,
 * Q(G,A-Y). An INCLUDE group left without sources goes.
 */
function block(pg: NetBridgePortGroup, a: BrIp, s: GrecSrcs): boolean {
  const b = br(pg);
  const incl = pg.filterMode === MCAST_INCLUDE;
  let changed = false;
  let toSend = 0;
  for (const ent of pg.srcList) ent.flags &= ~BR_SGRP_F_SEND;
  for (let i = 0; i < s.n; i++) {
    let ent = findGroupSrc(pg, s, i);
    if (!ent && !incl) {
      ent = newGroupSrc(pg, s, i);
      if (ent) {
        grpSrcModTimer(ent, a, pgTimerLeft(b, pg));
        changed = true;
      }
    }
    if (ent && (incl || timerPending(b, ent))) {
      ent.flags |= BR_SGRP_F_SEND;
      toSend++;
    }
  }
  if (toSend) queryMarked(pg, a);
  if (pg.filterMode === MCAST_INCLUDE && !pg.srcList.length) {
    findDelPg(b, pg);
    return false;
  }
  return changed;
}

/**
 * The source-list part of br_ip4_multicast_igmp3_report() /
 * br_ip6_multicast_mld2_report() for one group record of a port's
 * (not permanent) membership; a change is announced (RTM_NEWMDB).
 */
export function brMulticastGrecSrcs(mp: NetBridgeMdbEntry, pg: NetBridgePortGroup, type: number, s: GrecSrcs): void {
  const a = mp.addr;
  let changed = false;
  switch (type) {
    case ALLOW_NEW_SOURCES:
    case MODE_IS_INCLUDE:
      changed = isincAllow(pg, a, s);
      break;
    case MODE_IS_EXCLUDE:
      changed = isexc(pg, mp, a, s);
      break;
    case CHANGE_TO_INCLUDE:
      changed = toin(pg, a, s);
      break;
    case CHANGE_TO_EXCLUDE:
      changed = toex(pg, mp, a, s);
      break;
    case BLOCK_OLD_SOURCES:
      changed = block(pg, a, s);
      break;
  }
  if (changed) brMdbNotify(br(pg), mp, pg, RTM_NEWMDB);
}

/**
 * br_multicast_port_group_expired()'s source part: the group turns
 * INCLUDE, its sources without a running timer go. Returns whether
 * anything changed.
 */
export function pgExpireSrcs(pg: NetBridgePortGroup, a: BrIp): boolean {
  const b = br(pg);
  let changed = pg.filterMode === MCAST_EXCLUDE;
  pg.filterMode = MCAST_INCLUDE;
  for (const ent of pg.srcList.slice()) {
    if (timerPending(b, ent)) continue;
    delGroupSrc(ent, a, false);
    changed = true;
  }
  return changed;
}
