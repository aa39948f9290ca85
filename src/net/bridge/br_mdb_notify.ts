/**
 * mdb notifications (RTNLGRP_MDB, what `bridge monitor mdb` hears): a
 * membership added (RTM_NEWMDB) or gone (RTM_DELMDB), the host's or a
 * port's, filled as a dump fills it; a port becoming a multicast router
 * port of either family, or none any more (MDBA_ROUTER with its ifindex).
 * @linux net/bridge/br_mdb.c br_mdb_notify() __mdb_fill_info() br_rtr_notify()
 */
import { nlmsgNew } from '../core/rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import { AF_BRIDGE, MDB_FLAGS_BLOCKED, MDB_FLAGS_FAST_LEAVE, MDB_FLAGS_STAR_EXCL, MDB_PERMANENT, MDB_TEMPORARY, type BrMdbEntry, type BrPortMsg } from '../../uapi/linux/if_bridge.js';
import { RTNLGRP_MDB } from '../../uapi/linux/rtnetlink.js';
import {
  brMulticastShouldHandleMode, MDB_PG_FLAGS_BLOCKED, MDB_PG_FLAGS_FAST_LEAVE, MDB_PG_FLAGS_PERMANENT, MDB_PG_FLAGS_STAR_EXCL, nsToClockT, type BrIp, type NetBridge, type NetBridgeMdbEntry, type NetBridgePort, type NetBridgePortGroup,
} from './br_private.js';

/** br_timer_value(): the time left on a timer (ns), 0 when it is not pending. */
export function brTimerValue(br: NetBridge, t: { timer: { index: number } | null; expires: number }): number {
  if (!t.timer || t.timer.index < 0) return 0;
  return Math.max(0, t.expires - br.dev.net.sched.now);
}

/** The host's membership of an L2 group never expires: it is dumped permanent. */
function hostState(a: BrIp): number {
  return a.proto === 0 ? MDB_PERMANENT : MDB_TEMPORARY;
}

/** __mdb_fill_info(): one membership, the host's (pg null) or a port's. */
export function mdbFillInfo(br: NetBridge, mp: NetBridgeMdbEntry, pg: NetBridgePortGroup | null): BrMdbEntry {
  const a = mp.addr;
  const e: BrMdbEntry = {
    ifindex: pg ? pg.port.dev.ifindex : br.dev.ifindex, state: pg ? pg.flags & MDB_PG_FLAGS_PERMANENT : hostState(a), flags: pg ? mdbEntryFlags(pg) : 0,
    vid: a.vid, proto: a.proto, ip4: a.ip4, bytes: a.bytes, timer: nsToClockT(brTimerValue(br, pg ?? mp)),
  };
  if (a.src4) e.src4 = a.src4;
  if (a.src6) e.src6 = a.src6;
  if (pg) {
    e.rtprot = pg.rtProtocol;
    // dump_srcs_mode: the group's protocol snooped in IGMPv3/MLDv2 mode.
    if (brMulticastShouldHandleMode(br, a.proto)) {
      // __mdb_fill_srcs(): only a non-empty list is put.
      if (pg.srcList.length) e.srcList = pg.srcList.map((s) => ({ ip4: s.ip4, bytes: s.bytes, timer: nsToClockT(brTimerValue(br, s)) }));
      e.groupMode = pg.filterMode;
    }
  }
  return e;
}

/** __mdb_entry_fill_flags(): the port group's flags as MDB_FLAGS_* (no offload in tuxnet). */
function mdbEntryFlags(pg: NetBridgePortGroup): number {
  let f = 0;
  if (pg.flags & MDB_PG_FLAGS_FAST_LEAVE) f |= MDB_FLAGS_FAST_LEAVE;
  if (pg.flags & MDB_PG_FLAGS_STAR_EXCL) f |= MDB_FLAGS_STAR_EXCL;
  if (pg.flags & MDB_PG_FLAGS_BLOCKED) f |= MDB_FLAGS_BLOCKED;
  return f;
}

/** br_mdb_notify(): RTM_NEWMDB or RTM_DELMDB of one membership. */
export function brMdbNotify(br: NetBridge, mp: NetBridgeMdbEntry, pg: NetBridgePortGroup | null, type: number): void {
  const net = br.dev.net;
  if (!rtnlHasListeners(net, RTNLGRP_MDB)) return;
  const m: BrPortMsg = { family: AF_BRIDGE, ifindex: br.dev.ifindex, mdb: [mdbFillInfo(br, mp, pg)] };
  rtnlNotify(net, nlmsgNew(type, 0, m), RTNLGRP_MDB);
}

/** br_rtr_notify(): a router port came or went (MDBA_ROUTER_PORT, no attributes). */
export function brRtrNotify(p: NetBridgePort, type: number): void {
  const net = p.br.dev.net;
  if (!rtnlHasListeners(net, RTNLGRP_MDB)) return;
  const m: BrPortMsg = { family: AF_BRIDGE, ifindex: p.br.dev.ifindex, router: [{ ifindex: p.dev.ifindex, timer: 0, type: 0 }] };
  rtnlNotify(net, nlmsgNew(type, 0, m), RTNLGRP_MDB);
}
