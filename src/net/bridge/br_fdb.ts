/**
 * The forwarding database: MAC (and VLAN) to port. Entries are learned
 * from source addresses, added by the user, or "local" (the addresses of
 * the ports and of the bridge itself, delivered up, never forwarded).
 * Learned entries age out after ageing_time (forward_delay while a topology
 * change runs) through the gc work on the virtual clock.
 * @linux net/bridge/br_fdb.c
 */
import { brVlanList } from './br_vlan.js';
import { NUD_NOARP, NUD_PERMANENT, NUD_REACHABLE, NUD_STALE } from '../../uapi/linux/neighbour.js';
import {
  BR_FDB_ADDED_BY_EXT_LEARN, BR_FDB_ADDED_BY_USER, BR_FDB_LOCAL, BR_FDB_LOCKED, BR_FDB_OFFLOADED, BR_FDB_STATIC, BR_FDB_STICKY, BR_HZ_NS,
  NetBridgeFdbEntry, macKey, nsToClockT, type NetBridge, type NetBridgePort,
} from './br_private.js';
import { modTimer } from '../../sim/timer_wheel.js';
import { fdbNotify } from './br_fdb_rtnl.js';
import { RTM_DELNEIGH, RTM_NEWNEIGH } from '../../uapi/linux/rtnetlink.js';

/** is_valid_ether_addr(): not multicast, not zero. */
export function isValidEtherAddr(a: Uint8Array, off = 0): boolean {
  if ((a[off]! & 1) !== 0) return false;
  for (let i = 0; i < 6; i++) if (a[off + i] !== 0) return true;
  return false;
}

/** hold_time(): how long a learned entry lives. */
export function holdTime(br: NetBridge): number {
  return br.topologyChange ? br.forwardDelay : br.ageingTime;
}

/** has_expired() */
export function hasExpired(br: NetBridge, f: NetBridgeFdbEntry): boolean {
  return !f.has(BR_FDB_STATIC) && !f.has(BR_FDB_ADDED_BY_EXT_LEARN) && f.updated + holdTime(br) <= br.dev.net.sched.now;
}

/** fdb_to_nud(): what a dump reports as ndm_state. */
export function fdbToNud(br: NetBridge, f: NetBridgeFdbEntry): number {
  if (f.has(BR_FDB_LOCAL)) return NUD_PERMANENT;
  if (f.has(BR_FDB_STATIC)) return NUD_NOARP;
  if (hasExpired(br, f)) return NUD_STALE;
  return NUD_REACHABLE;
}

/** br_fdb_find() / fdb_find_rcu(): allocation-free lookup by the MAC at `a[off..off+6)`. */
export function brFdbFind(br: NetBridge, a: Uint8Array, vid: number, off = 0): NetBridgeFdbEntry | null {
  return br.fdbHash.get(vid)?.get(macKey(a, off)) ?? null;
}

/** fdb_create(): hashed, and first in the dump list (hlist_add_head_rcu). */
export function fdbCreate(br: NetBridge, source: NetBridgePort | null, addr: Uint8Array, vid: number, flags: number): NetBridgeFdbEntry {
  const f = new NetBridgeFdbEntry(source, addr, vid, br.dev.net.sched.now);
  f.flags = flags;
  let h = br.fdbHash.get(vid);
  if (!h) br.fdbHash.set(vid, (h = new Map()));
  h.set(macKey(f.key.addr), f);
  br.fdbList.add(f);
  return f;
}

/** fdb_delete(): announced (RTM_DELNEIGH), then unhashed and forgotten. */
export function fdbDelete(br: NetBridge, f: NetBridgeFdbEntry): void {
  fdbNotify(br, f, RTM_DELNEIGH);
  br.fdbHash.get(f.key.vlanId)?.delete(macKey(f.key.addr));
  br.fdbList.delete(f);
}

/** The entries newest first, as the kernel walks br->fdb_list. */
export function fdbListNewestFirst(br: NetBridge): NetBridgeFdbEntry[] {
  return [...br.fdbList].reverse();
}

function addrEqual(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * fdb_delete_local(): a local entry of port `p` going away moves to another
 * port with the same address, or to the bridge when it has that address;
 * else it is deleted.
 */
export function fdbDeleteLocal(br: NetBridge, p: NetBridgePort | null, f: NetBridgeFdbEntry): void {
  const addr = f.key.addr;
  for (const op of br.portList) {
    if (op !== p && addrEqual(op.dev.devAddr, addr)) {
      f.dst = op;
      f.clear(BR_FDB_ADDED_BY_USER);
      return;
    }
  }
  if (p && addrEqual(br.dev.devAddr, addr)) {
    f.dst = null;
    f.clear(BR_FDB_ADDED_BY_USER);
    return;
  }
  fdbDelete(br, f);
}

/**
 * fdb_add_local(): the address of a port (or of the bridge, source null).
 * "It is okay to have multiple ports with same address, just use the
 * first one"; a learned entry for it is replaced.
 */
export function fdbAddLocal(br: NetBridge, source: NetBridgePort | null, addr: Uint8Array, vid: number): boolean {
  if (!isValidEtherAddr(addr)) return false;
  const f = brFdbFind(br, addr, vid);
  if (f) {
    if (f.has(BR_FDB_LOCAL)) return true;
    fdbDelete(br, f);
  }
  fdbNotify(br, fdbCreate(br, source, addr, vid, (1 << BR_FDB_LOCAL) | (1 << BR_FDB_STATIC)), RTM_NEWNEIGH);
  return true;
}

/** br_fdb_add_local() */
export function brFdbAddLocal(br: NetBridge, source: NetBridgePort | null, addr: Uint8Array, vid: number): boolean {
  return fdbAddLocal(br, source, addr, vid);
}

/** br_fdb_change_mac_address(): the bridge's own entry follows its address. */
export function brFdbChangeMacAddress(br: NetBridge, newaddr: Uint8Array): void {
  // stp work: and every VLAN of the bridge (br_vlan_group()).
  for (const vid of [0, ...brVlanList(br.vlgrp).map((v) => v.vid)]) {
    const f = brFdbFind(br, br.dev.devAddr, vid);
    if (f && f.has(BR_FDB_LOCAL) && !f.dst && !f.has(BR_FDB_ADDED_BY_USER)) fdbDeleteLocal(br, null, f);
    fdbAddLocal(br, null, newaddr, vid);
  }
}

/** br_fdb_changeaddr(): a port's address changed; its local entry follows. */
export function brFdbChangeaddr(p: NetBridgePort, newaddr: Uint8Array): void {
  const br = p.br;
  // stp work: with VLANs, every local entry of the port goes, then one per VLAN comes back.
  const vlans = brVlanList(p.vlgrp);
  for (const f of fdbListNewestFirst(br)) {
    if (f.dst === p && f.has(BR_FDB_LOCAL) && !f.has(BR_FDB_ADDED_BY_USER)) {
      fdbDeleteLocal(br, p, f);
      if (!vlans.length) break;
    }
  }
  fdbAddLocal(br, p, newaddr, 0);
  for (const v of vlans) fdbAddLocal(br, p, newaddr, v.vid);
}

/**
 * br_fdb_delete_by_port(): a port's entries; `doAll` takes static and
 * local ones too (the port leaves), else only learned ones (it went down).
 */
export function brFdbDeleteByPort(br: NetBridge, p: NetBridgePort | null, vid: number, doAll: boolean): void {
  for (const f of fdbListNewestFirst(br)) {
    if (f.dst !== p) continue;
    if (!doAll) {
      if (f.has(BR_FDB_STATIC) || (f.has(BR_FDB_ADDED_BY_EXT_LEARN) && !f.has(BR_FDB_OFFLOADED)) || (vid && f.key.vlanId !== vid)) continue;
    }
    if (f.has(BR_FDB_LOCAL)) fdbDeleteLocal(br, p, f);
    else fdbDelete(br, f);
  }
}

/**
 * br_fdb_update(): learn `addr` (at `a[off..]`) on `source`. An existing
 * entry is refreshed and moves to the port it was last seen on (unless
 * sticky); a local address seen from outside is only warned about.
 */
export function brFdbUpdate(br: NetBridge, source: NetBridgePort, a: Uint8Array, off: number, vid: number, flags: number): void {
  // "some users want to always flood."
  if (holdTime(br) === 0) return;
  const f = brFdbFind(br, a, vid, off);
  if (f) {
    if (f.has(BR_FDB_LOCAL)) return;
    const now = br.dev.net.sched.now;
    if (now !== f.updated) f.updated = now;
    if (source !== f.dst && !f.has(BR_FDB_STICKY)) {
      f.dst = source;
      f.clear(BR_FDB_ADDED_BY_EXT_LEARN);
      // "Clear locked flag when roaming to an unlocked port."
      f.clear(BR_FDB_LOCKED);
      // the station moved: fdb_modified
      fdbNotify(br, f, RTM_NEWNEIGH);
    }
    if (flags & (1 << BR_FDB_ADDED_BY_USER)) f.set(BR_FDB_ADDED_BY_USER);
    return;
  }
  fdbNotify(br, fdbCreate(br, source, a.subarray(off, off + 6), vid, flags), RTM_NEWNEIGH);
}

/**
 * br_fdb_cleanup(): the gc work. Learned entries older than hold_time go;
 * the work comes back when the next one is due, at least 10 ms apart.
 */
export function brFdbCleanup(br: NetBridge): void {
  const delay = holdTime(br);
  let workDelay = delay;
  const now = br.dev.net.sched.now;
  br.gcWork = null;
  for (const f of fdbListNewestFirst(br)) {
    if (f.has(BR_FDB_STATIC) || f.has(BR_FDB_ADDED_BY_EXT_LEARN)) continue;
    const thisTimer = f.updated + delay;
    if (thisTimer > now) workDelay = Math.min(workDelay, thisTimer - now);
    else fdbDelete(br, f);
  }
  brFdbGcSchedule(br, Math.max(workDelay, BR_HZ_NS / 100));
}

/** mod_delayed_work(system_long_wq, &br->gc_work, delay) */
export function brFdbGcSchedule(br: NetBridge, delay: number): void {
  const sched = br.dev.net.sched;
  sched.cancel(br.gcWork);
  br.gcExpires = sched.now + delay;
  br.gcWork = modTimer(sched, delay, () => brFdbCleanup(br));
}

/** br_timer_value(&br->gc_work.timer): clock_t to the requested expiry, 0 when not pending. */
export function brFdbGcTimerValue(br: NetBridge): number {
  const t = br.gcWork;
  return t && t.index >= 0 ? nsToClockT(Math.max(0, br.gcExpires - br.dev.net.sched.now)) : 0;
}

/** cancel_delayed_work_sync(&br->gc_work) */
export function brFdbGcCancel(br: NetBridge): void {
  br.dev.net.sched.cancel(br.gcWork);
  br.gcWork = null;
}

/** br_fdb_flush() of everything but the local and static entries (IFLA_BR_FDB_FLUSH). */
export function brFdbFlush(br: NetBridge): void {
  for (const f of fdbListNewestFirst(br)) {
    if (f.has(BR_FDB_STATIC)) continue;
    fdbDelete(br, f);
  }
}
