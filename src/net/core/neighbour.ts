/**
 * The generic neighbour cache: struct neighbour, struct neigh_table (one per
 * namespace in tuxnet), lookup/create/remove, the device flushes
 * (neigh_ifdown, neigh_carrier_down, neigh_changeaddr) and garbage
 * collection. The NUD state machine is in neigh_update.ts, the transmit
 * functions in neigh_output.ts, proxy entries in pneigh.ts, the netlink
 * side in neigh_rtnl.ts.
 * @linux net/core/neighbour.c, include/net/neighbour.h, include/uapi/linux/neighbour.h
 */
import type { Net } from './net_namespace.js';
import type { NetDevice } from './netdevice.js';
import { IFF_NOARP } from './netdevice.js';
import type { SkBuff } from './skbuff.js';
import type { Timer } from '../../sim/scheduler.js';
import { ARP_TBL_GC, NeighParms } from './neigh_parms.js';
import { kfreeSkbReason } from './drop_reason.js';
import { KError, errnoNumber } from './errno.js';
import { pneighIfdown, pneighQueuePurge } from './pneigh.js';
import { neighNotify } from './neigh_rtnl.js';
import { RTM_DELNEIGH } from '../../uapi/linux/rtnetlink.js';
import { ipv6AddrEqual } from '../../wire/ipv6.js';

/* include/uapi/linux/neighbour.h: NUD states and ndm_flags */
export {
  NUD_NONE, NUD_INCOMPLETE, NUD_REACHABLE, NUD_STALE, NUD_DELAY, NUD_PROBE, NUD_FAILED, NUD_NOARP, NUD_PERMANENT,
  NTF_USE, NTF_SELF, NTF_MASTER, NTF_PROXY, NTF_EXT_LEARNED, NTF_OFFLOADED, NTF_STICKY, NTF_ROUTER, NTF_EXT_MANAGED,
} from '../../uapi/linux/neighbour.js';
import {
  NUD_NONE, NUD_INCOMPLETE, NUD_REACHABLE, NUD_STALE, NUD_DELAY, NUD_PROBE, NUD_FAILED, NUD_NOARP, NUD_PERMANENT,
  NTF_EXT_LEARNED, NTF_EXT_MANAGED,
} from '../../uapi/linux/neighbour.js';
/* include/net/neighbour.h */
export const NUD_IN_TIMER = NUD_INCOMPLETE | NUD_REACHABLE | NUD_DELAY | NUD_PROBE;
export const NUD_VALID = NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE | NUD_PROBE | NUD_STALE | NUD_DELAY;
export const NUD_CONNECTED = NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE;

/** NDA_FLAGS_EXT bits are kept in neigh->flags above NTF_EXT_SHIFT. */
export const NTF_EXT_SHIFT = 8;
export const NTF_OLD_MASK = 0xff;
export const NTF_MANAGED = NTF_EXT_MANAGED << NTF_EXT_SHIFT;

/** NEIGH_CB(skb)->flags: a proxied request back from its delay. */
export const LOCALLY_ENQUEUED = 0x1;

/* neigh_update() flags */
export const NEIGH_UPDATE_F_OVERRIDE = 1 << 0;
export const NEIGH_UPDATE_F_WEAK_OVERRIDE = 1 << 1;
export const NEIGH_UPDATE_F_OVERRIDE_ISROUTER = 1 << 2;
export const NEIGH_UPDATE_F_USE = 1 << 3;
export const NEIGH_UPDATE_F_MANAGED = 1 << 4;
export const NEIGH_UPDATE_F_EXT_LEARNED = 1 << 5;
export const NEIGH_UPDATE_F_ISROUTER = 1 << 6;
export const NEIGH_UPDATE_F_ADMIN = 1 << 7;

/** Virtual time: HZ 250, so one jiffy is 4 ms; HZ/100 is two jiffies. */
export const JIFFY_NS = 4_000_000;
export const HZ_100_NS = 2 * JIFFY_NS;
export const MS_NS = 1_000_000;

/** What a neighbour does with a packet: it owns the skb afterwards. */
/** Returns 0, a NET_XMIT_* code or -errno (what dev_queue_xmit() said). */
export type NeighOutputFn = (n: Neighbour, skb: SkBuff) => number;

/** struct neigh_ops: the protocol's hooks (arp_hh_ops, arp_direct_ops). */
export interface NeighOps {
  readonly family: number;
  /** Send a probe; `skb` is a clone of the newest queued packet, or null. */
  readonly solicit: ((n: Neighbour, skb: SkBuff | null) => void) | null;
  /** A queued packet whose neighbour failed: report it and free it. */
  readonly errorReport: ((n: Neighbour, skb: SkBuff) => void) | null;
  readonly output: NeighOutputFn;
  readonly connectedOutput: NeighOutputFn;
}

/** The protocol side of struct neigh_table (arp_tbl's function pointers). */
export interface NeighTableOps {
  /** tbl->id: "arp_cache" */
  readonly id: string;
  readonly family: number;
  /** tbl->protocol: the ethertype of the packets it resolves for (ETH_P_IP). */
  readonly protocol: number;
  /** tbl->constructor: fill type, parms, ops, state; null on success. */
  construct(n: Neighbour): KError | null;
  /** tbl->is_multicast */
  isMulticast(key: number): boolean;
  /** tbl->proxy_redo: process a proxied request again after its delay. */
  proxyRedo(skb: SkBuff): void;
  /** tbl->allow_add: whether `ip neigh add` may make an entry on the device (null: always). */
  readonly allowAdd?: (dev: NetDevice) => KError | null;
  /** tbl->key_len: the bytes of NDA_DST (4 for ARP, 16 for ND). */
  readonly keyLen: number;
}

/**
 * tuxnet: a table keyed by IPv6 addresses keeps struct neighbour's
 * primary_key a number (the hash and the hot paths are the ARP ones): each
 * address gets one the first time it is a key, for the table's lifetime.
 */
export class NeighKeyMap {
  /**
   * Open addressing on a hash of the address's four 32-bit words: each
   * slot holds key + 1 (0: empty), the table at most half full. A lookup
   * builds no string (ip6_finish_output2() looks up every multicast
   * packet's group: DAD, MLD reports, router solicitations).
   */
  private slots: number[] = new Array<number>(16).fill(0);
  private readonly addrs: Uint8Array[] = [];

  /** The key of `addr` (16 bytes), numbered on first use. */
  key(addr: Uint8Array): number {
    const mask = this.slots.length - 1;
    for (let i = keyHash(addr) & mask; ; i = (i + 1) & mask) {
      const s = this.slots[i]!;
      if (s === 0) return this.add(addr, i);
      if (ipv6AddrEqual(this.addrs[s - 1]!, addr)) return s - 1;
    }
  }

  /** A new key for `addr` in the empty slot `i`; the table doubles when half full. */
  private add(addr: Uint8Array, i: number): number {
    const id = this.addrs.length;
    this.addrs.push(addr.slice(0, 16));
    this.slots[i] = id + 1;
    if (2 * this.addrs.length > this.slots.length) {
      const slots = new Array<number>(2 * this.slots.length).fill(0);
      const mask = slots.length - 1;
      for (let k = 0; k < this.addrs.length; k++) {
        let j = keyHash(this.addrs[k]!) & mask;
        while (slots[j] !== 0) j = (j + 1) & mask;
        slots[j] = k + 1;
      }
      this.slots = slots;
    }
    return id;
  }

  /** The address a key stands for. */
  bytes(key: number): Uint8Array {
    return this.addrs[key]!;
  }
}

/** A hash of the 16 bytes of an IPv6 address (its four 32-bit words mixed). */
function keyHash(a: Uint8Array): number {
  let h = 0;
  for (let i = 0; i < 16; i += 4) {
    const w = (a[i]! << 24) | (a[i + 1]! << 16) | (a[i + 2]! << 8) | a[i + 3]!;
    h = Math.imul(h ^ w, 0x9e3779b1);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** struct neigh_statistics */
export class NeighStatistics {
  allocs = 0;
  destroys = 0;
  hashGrows = 0;
  resFailed = 0;
  lookups = 0;
  hits = 0;
  rcvProbesMcast = 0;
  rcvProbesUcast = 0;
  periodicGcRuns = 0;
  forcedGcRuns = 0;
  unresDiscards = 0;
  tableFulls = 0;
}

/** struct hh_cache: the prebuilt link-layer header (Ethernet: 14 bytes). */
export class HhCache {
  len = 0;
  readonly data = new Uint8Array(16);
}

/** struct neighbour. Times are virtual ns. */
export class Neighbour {
  /** IPv4 address, host order (primary_key). */
  primaryKey: number;
  parms: NeighParms;
  nudState = NUD_NONE;
  /** ndm_flags, with the NDA_FLAGS_EXT bits above NTF_EXT_SHIFT. */
  flags = 0;
  /** RTN_* of the address (inet_addr_type_dev_table) as the constructor saw it. */
  type = 0;
  dead = true;
  protocol = 0;
  probes = 0;
  confirmed: number;
  updated: number;
  used: number;
  /** The link-layer address (ha); dev.addrLen bytes. */
  readonly ha: Uint8Array;
  /**
   * The cached link-layer header, made by neigh_hh_init() at the entry's
   * first output with a header: entries nothing is sent through (the IPv6
   * multicast ones ip6_finish_output2() makes for every report) never hold one.
   */
  hh: HhCache | null = null;
  readonly arpQueue: SkBuff[] = [];
  arpQueueLenBytes = 0;
  timer: Timer | null = null;
  ops: NeighOps;
  output: NeighOutputFn;
  /** References beyond the table's and the timer's (neigh_hold during a netlink get). */
  holds = 0;
  /** On tbl->gc_list (not PERMANENT, not externally learned). */
  onGcList = false;

  constructor(
    readonly tbl: NeighTable,
    readonly dev: NetDevice,
    key: number,
  ) {
    this.primaryKey = key;
    const now = tbl.net.sched.now;
    this.updated = now;
    this.used = now;
    this.confirmed = now;
    this.parms = tbl.parms;
    this.ha = new Uint8Array(Math.max(dev.addrLen, 0));
    this.ops = blackholeOps;
    this.output = neighBlackhole;
  }

  /** refcount_read(&n->refcnt): the table's, the timer's, and transient holds. */
  get refcnt(): number {
    return (this.dead ? 0 : 1) + (this.timer && this.timer.index >= 0 ? 1 : 0) + this.holds;
  }
}

/** neigh_blackhole(): a dead neighbour eats packets. */
export function neighBlackhole(n: Neighbour, skb: SkBuff): number {
  kfreeSkbReason(n.dev.net, skb, 'NOT_SPECIFIED', 'neigh_blackhole');
  return -errnoNumber.ENETDOWN;
}

const blackholeOps: NeighOps = {
  family: 0, solicit: null, errorReport: null, output: neighBlackhole, connectedOutput: neighBlackhole,
};

/** struct pneigh_entry: a proxy-ARP entry (`ip neigh add proxy ADDR [dev DEV]`). */
export interface PneighEntry {
  key: number;
  dev: NetDevice | null;
  flags: number;
  protocol: number;
  permanent: boolean;
}

/**
 * struct neigh_table. Linux has one arp_tbl for all namespaces; tuxnet keeps
 * one per namespace, with the table-wide gc knobs of arp_tbl (which only
 * init_net can tune).
 */
export class NeighTable {
  /** The hash table: device, then key. */
  readonly byDev = new Map<NetDevice, Map<number, Neighbour>>();
  /** Every live entry, in the order dumps walk them (creation order). */
  readonly all = new Set<Neighbour>();
  readonly pneighs: PneighEntry[] = [];
  readonly stats = new NeighStatistics();
  /** tbl->parms: the table defaults (net.ipv4.neigh.default in init_net). */
  readonly parms = new NeighParms();
  /** tbl->parms_list after the defaults: the devices' parms, newest first (neigh_parms_alloc() list_add()s). */
  readonly parmsList: NeighParms[] = [];
  entries = 0;
  gcEntries = 0;
  /** nht->hash_shift: neigh_table_init() allocates 1 << 3 buckets; each grow doubles them. */
  hashShift = 3;
  /** nht->hash_rnd[0]: drawn (odd) when first shown, again after each grow; 0 until then. */
  hashRnd = 0;
  gcThresh1: number = ARP_TBL_GC.gcThresh1;
  gcThresh2: number = ARP_TBL_GC.gcThresh2;
  gcThresh3: number = ARP_TBL_GC.gcThresh3;
  gcInterval: number = ARP_TBL_GC.gcInterval;
  lastFlush: number;
  lastRand: number;
  gcTimer: Timer | null = null;
  /** The NOARP flag of each device when its last entry was made (for NETDEV_CHANGE). */
  readonly devNoarp = new WeakMap<NetDevice, number>();
  private proxyQ: Map<SkBuff, { timer: Timer; parms: NeighParms }> | null = null;
  private proxyLens: WeakMap<NeighParms, number> | null = null;
  /** Proxied requests waiting for their delay (tbl->proxy_queue), with their parms; made at the first one. */
  get proxyQueue(): Map<SkBuff, { timer: Timer; parms: NeighParms }> {
    return (this.proxyQ ??= new Map());
  }
  /** p->qlen of each device's parms. */
  get proxyQlen(): WeakMap<NeighParms, number> {
    return (this.proxyLens ??= new WeakMap());
  }
  /** How many proxied requests wait (skb_queue_len(&tbl->proxy_queue)). */
  get proxyQueued(): number {
    return this.proxyQ?.size ?? 0;
  }

  constructor(
    readonly net: Net,
    readonly ops: NeighTableOps,
    /** Keys longer than 32 bits (nd_tbl's IPv6 addresses): the numbers primaryKey holds stand for them. */
    readonly keys: NeighKeyMap | null = null,
  ) {
    this.lastFlush = net.sched.now;
    this.lastRand = net.sched.now;
  }
}

/** ___neigh_lookup_noref(): no statistics, no reference. The transmit fast path. */
export function neighLookupNoref(tbl: NeighTable, key: number, dev: NetDevice): Neighbour | null {
  return tbl.byDev.get(dev)?.get(key) ?? null;
}

/** neigh_lookup() */
export function neighLookup(tbl: NeighTable, key: number, dev: NetDevice): Neighbour | null {
  tbl.stats.lookups++;
  const n = neighLookupNoref(tbl, key, dev);
  if (n) tbl.stats.hits++;
  return n;
}

/** neigh_rand_reach_time(): uniform in [base/2, 3*base/2), in whole jiffies (ms in, ms out). */
export function neighRandReachTime(net: Net, baseMs: number): number {
  const base = Math.floor(baseMs / 4);
  return base ? (net.world.rng.below(base) + (base >> 1)) * 4 : 0;
}

/**
 * The per-device parms get their first random reachable_time when first
 * used (Linux: neigh_parms_alloc() at device creation; tuxnet's NeighParms
 * has no RNG at hand then).
 */
export function neighParmsInitReachable(net: Net, p: NeighParms): void {
  if (!p.reachableRandomised) neighParmsSetReachable(net, p);
}

/** p->reachable_time = neigh_rand_reach_time(BASE_REACHABLE_TIME) (also on a sysctl write). */
export function neighParmsSetReachable(net: Net, p: NeighParms): void {
  p.reachableRandomised = true;
  p.reachableTime = neighRandReachTime(net, p.baseReachableTime);
}

/**
 * neigh_periodic_work()'s "periodically recompute ReachableTime from random
 * function" every 300 s, done when a reachable_time is about to be used
 * (Linux runs it from the gc work every base_reachable_time/2).
 */
export function neighMaybeRerandomise(tbl: NeighTable): void {
  const net = tbl.net;
  if (net.sched.now <= tbl.lastRand + 300e9) return;
  tbl.lastRand = net.sched.now;
  for (const dev of net.devicesSorted()) {
    const p = dev.ip?.arpParms;
    if (p) neighParmsSetReachable(net, p);
  }
}

/** neigh_del_timer(): stop a pending timer (drops the timer's reference). */
export function neighDelTimer(n: Neighbour): boolean {
  if (n.nudState & NUD_IN_TIMER && n.timer && n.timer.index >= 0) {
    n.tbl.net.sched.cancel(n.timer);
    n.timer = null;
    return true;
  }
  return false;
}

/** neigh_mark_dead() */
function neighMarkDead(n: Neighbour): void {
  n.dead = true;
  if (n.onGcList) {
    n.onGcList = false;
    n.tbl.gcEntries--;
  }
}

/** __skb_queue_purge(&n->arp_queue): the packets die unsent. */
export function neighPurgeQueue(n: Neighbour, fn: string): void {
  const q = n.arpQueue.splice(0);
  n.arpQueueLenBytes = 0;
  for (const skb of q) kfreeSkbReason(n.tbl.net, skb, 'NOT_SPECIFIED', fn);
}

/** Unlink from the hash table. */
function neighUnlink(n: Neighbour): void {
  const tbl = n.tbl;
  const m = tbl.byDev.get(n.dev);
  if (m?.get(n.primaryKey) === n) {
    m.delete(n.primaryKey);
    if (m.size === 0) tbl.byDev.delete(n.dev);
  }
  tbl.all.delete(n);
}

/**
 * neigh_cleanup_and_release() + neigh_destroy(): the last reference is
 * gone. Linux defers the destroy to the last neigh_release(); tuxnet's
 * references never outlive the caller, so it happens now.
 */
function neighDestroy(n: Neighbour): void {
  const tbl = n.tbl;
  neighNotify(n, RTM_DELNEIGH);
  neighDelTimer(n);
  if (n.timer) {
    tbl.net.sched.cancel(n.timer);
    n.timer = null;
  }
  neighPurgeQueue(n, 'neigh_destroy');
  n.output = neighBlackhole;
  tbl.entries--;
  tbl.stats.destroys++;
}

/** neigh_del(): remove an unreferenced entry. */
function neighDel(n: Neighbour): boolean {
  if (n.refcnt !== 1) return false;
  neighUnlink(n);
  neighMarkDead(n);
  neighDestroy(n);
  return true;
}

/** neigh_remove_one() */
export function neighRemoveOne(n: Neighbour): boolean {
  if (n.dead) return false;
  return neighDel(n);
}

/**
 * neigh_flush_dev(): every entry of `dev` (all devices when null) leaves the
 * table; PERMANENT ones stay when `skipPerm` (carrier loss).
 */
export function neighFlushDev(tbl: NeighTable, dev: NetDevice | null, skipPerm: boolean): void {
  // A device's flush walks its own list (neigh_get_dev_table(), since 6.13), where ___neigh_create()
  // adds each entry at the head: the newest goes first, and so do the "Deleted" notifications.
  // The whole table (neigh_flush_table()) goes in hash order, here creation order.
  const list = [...tbl.all];
  if (dev) list.reverse();
  for (const n of list) {
    if (dev && n.dev !== dev) continue;
    if (skipPerm && n.nudState & NUD_PERMANENT) continue;
    neighUnlink(n);
    neighDelTimer(n);
    neighMarkDead(n);
    if (n.refcnt !== 0) {
      // "The most unpleasant situation": someone still holds it; make it safe.
      neighPurgeQueue(n, 'neigh_flush_dev');
      n.output = neighBlackhole;
      n.nudState = n.nudState & NUD_VALID ? NUD_NOARP : NUD_NONE;
    }
    neighDestroy(n);
  }
}

/** neigh_changeaddr(): the device's address or NOARP flag changed. */
export function neighChangeaddr(tbl: NeighTable, dev: NetDevice): void {
  neighFlushDev(tbl, dev, false);
}

/**
 * NETDEV_CHANGE's `change_info->flags_changed & IFF_NOARP` (arp and ndisc
 * netdev events): tuxnet's event carries no flags_changed, so the table
 * remembers each device's NOARP flag; a flip flushes (neigh_changeaddr()).
 */
export function neighNoarpChange(tbl: NeighTable, dev: NetDevice): void {
  const was = tbl.devNoarp.get(dev);
  tbl.devNoarp.set(dev, dev.flags & IFF_NOARP);
  if (was !== undefined && was !== (dev.flags & IFF_NOARP)) neighChangeaddr(tbl, dev);
}

/** __neigh_ifdown(): flush, then the proxy entries and queued proxy requests. */
function neighIfdownCommon(tbl: NeighTable, dev: NetDevice | null, skipPerm: boolean): void {
  neighFlushDev(tbl, dev, skipPerm);
  pneighIfdown(tbl, dev, skipPerm);
  pneighQueuePurge(tbl, dev);
}

/** neigh_carrier_down(): as neigh_ifdown but PERMANENT entries survive. */
export function neighCarrierDown(tbl: NeighTable, dev: NetDevice): void {
  neighIfdownCommon(tbl, dev, true);
}

/** neigh_ifdown() */
export function neighIfdown(tbl: NeighTable, dev: NetDevice | null): void {
  neighIfdownCommon(tbl, dev, false);
}

/** neigh_forced_gc(): drop FAILED/NOARP/multicast or 5 s old unreferenced entries. */
function neighForcedGc(tbl: NeighTable): number {
  const maxClean = tbl.gcEntries - tbl.gcThresh2;
  const now = tbl.net.sched.now;
  const tref = now - 5e9;
  let shrunk = 0;
  tbl.stats.forcedGcRuns++;
  for (const n of [...tbl.all]) {
    if (!n.onGcList || n.refcnt !== 1) continue;
    const remove = n.nudState === NUD_FAILED || n.nudState === NUD_NOARP || tbl.ops.isMulticast(n.primaryKey) ||
      !(n.updated >= tref && n.updated <= now);
    if (remove && neighRemoveOne(n)) shrunk++;
    if (shrunk >= maxClean) break;
  }
  tbl.lastFlush = now;
  return shrunk;
}

/** neigh_alloc(): the gc thresholds apply to entries that are not exempt. */
function neighAlloc(tbl: NeighTable, dev: NetDevice, key: number, flags: number, exemptFromGc: boolean): Neighbour | null {
  if (!exemptFromGc) {
    const entries = tbl.gcEntries++;
    const now = tbl.net.sched.now;
    if (entries >= tbl.gcThresh3 || (entries >= tbl.gcThresh2 && now > tbl.lastFlush + 5e9)) {
      if (!neighForcedGc(tbl) && entries >= tbl.gcThresh3) {
        tbl.stats.tableFulls++;
        tbl.gcEntries--;
        return null;
      }
    }
  }
  const n = new Neighbour(tbl, dev, key);
  n.flags = flags;
  tbl.stats.allocs++;
  tbl.entries++;
  return n;
}

/** neigh_hash_grow(): twice the buckets, a new hash_rnd. */
function neighHashGrow(tbl: NeighTable): void {
  tbl.stats.hashGrows++;
  tbl.hashShift++;
  tbl.hashRnd = 0;
}

/**
 * ___neigh_create(): allocate, run the protocol constructor, link into the
 * table. Returns the existing entry if one appeared, or a KError.
 */
export function neighCreateFull(
  tbl: NeighTable, key: number, dev: NetDevice, flags: number, exemptFromGc: boolean,
): Neighbour | KError {
  const n = neighAlloc(tbl, dev, key, flags, exemptFromGc);
  if (!n) return new KError('ENOBUFS');
  const err = tbl.ops.construct(n);
  if (err) {
    tbl.entries--;
    if (!exemptFromGc) tbl.gcEntries--;
    return err;
  }
  n.confirmed = tbl.net.sched.now - 2 * n.parms.baseReachableTime * MS_NS;
  if (tbl.entries > 1 << tbl.hashShift) neighHashGrow(tbl);
  const existing = neighLookupNoref(tbl, n.primaryKey, dev);
  if (existing) {
    tbl.entries--;
    if (!exemptFromGc) tbl.gcEntries--;
    return existing;
  }
  n.dead = false;
  if (!exemptFromGc) n.onGcList = true;
  let m = tbl.byDev.get(dev);
  if (!m) {
    m = new Map();
    tbl.byDev.set(dev, m);
  }
  m.set(n.primaryKey, n);
  tbl.all.add(n);
  tbl.devNoarp.set(dev, dev.flags & IFF_NOARP);
  neighGcSchedule(tbl);
  return n;
}

/** __neigh_create() */
export function neighCreate(tbl: NeighTable, key: number, dev: NetDevice): Neighbour | KError {
  return neighCreateFull(tbl, key, dev, 0, false);
}

/** __neigh_lookup(): lookup, else create when `creat`. */
export function neighLookupCreate(tbl: NeighTable, key: number, dev: NetDevice, creat: boolean): Neighbour | null {
  const n = neighLookup(tbl, key, dev);
  if (n || !creat) return n;
  const c = neighCreate(tbl, key, dev);
  return c instanceof KError ? null : c;
}

/** neigh_update_gc_list(): PERMANENT and externally learned entries are exempt from gc. */
export function neighUpdateGcList(n: Neighbour): void {
  if (n.dead) return;
  const exempt = (n.nudState & NUD_PERMANENT) !== 0 || (n.flags & NTF_EXT_LEARNED) !== 0;
  if (exempt && n.onGcList) {
    n.onGcList = false;
    n.tbl.gcEntries--;
  } else if (!exempt && !n.onGcList) {
    n.onGcList = true;
    n.tbl.gcEntries++;
  }
}

/**
 * neigh_periodic_work(): runs every base_reachable_time/2 while the table
 * holds at least gc_thresh1 entries and one of them could be collected
 * (below that Linux's run does nothing; tuxnet then stops the timer, so an
 * idle lab has no pending event).
 */
export function neighGcSchedule(tbl: NeighTable): void {
  if (tbl.gcTimer && tbl.gcTimer.index >= 0) return;
  if (tbl.entries < tbl.gcThresh1) return;
  let collectible = false;
  for (const n of tbl.all) {
    if (n.onGcList && !(n.nudState & NUD_IN_TIMER)) {
      collectible = true;
      break;
    }
  }
  if (!collectible) return;
  const delay = (tbl.parms.baseReachableTime / 2) * MS_NS;
  tbl.gcTimer = tbl.net.sched.schedule(delay, () => neighPeriodicWork(tbl));
}

function neighPeriodicWork(tbl: NeighTable): void {
  tbl.gcTimer = null;
  tbl.stats.periodicGcRuns++;
  const now = tbl.net.sched.now;
  if (tbl.entries >= tbl.gcThresh1) {
    for (const n of [...tbl.all]) {
      if (n.nudState & (NUD_PERMANENT | NUD_IN_TIMER) || n.flags & NTF_EXT_LEARNED) continue;
      if (n.used < n.confirmed && n.confirmed <= now) n.used = n.confirmed;
      const stale = !(now >= n.used && now < n.used + n.parms.gcStaletime * MS_NS);
      if (n.refcnt === 1 && (n.nudState === NUD_FAILED || stale)) neighRemoveOne(n);
    }
  }
  neighGcSchedule(tbl);
}

/**
 * neigh_table_init(): make a family's table of this namespace reachable
 * for the netlink side (neigh_tables[], one per namespace in tuxnet).
 */
export function neighTableInit(net: Net, tbl: NeighTable): void {
  net.neighTables.set(tbl.ops.family, tbl);
}

/** neigh_table_clear() */
export function neighTableClear(net: Net, tbl: NeighTable): void {
  if (net.neighTables.get(tbl.ops.family) === tbl) net.neighTables.delete(tbl.ops.family);
}

/** neigh_parms_alloc(): `p` (the device's) joins the table's list, at the head. */
export function neighParmsAlloc(tbl: NeighTable, p: NeighParms, dev: NetDevice): void {
  p.dev = dev;
  tbl.parmsList.unshift(p);
}

/** neigh_parms_release() */
export function neighParmsRelease(tbl: NeighTable, p: NeighParms): void {
  const i = tbl.parmsList.indexOf(p);
  if (i >= 0) tbl.parmsList.splice(i, 1);
}

/** refcount_read(&parms->refcnt): its owner's reference and one per entry using it (neigh_parms_clone()). */
export function neighParmsRefcnt(tbl: NeighTable, p: NeighParms): number {
  let refs = 1;
  for (const n of tbl.all) if (n.parms === p) refs++;
  return refs;
}

/** neigh_find_table() */
export function neighFindTable(net: Net, family: number): NeighTable | null {
  return net.neighTables.get(family) ?? null;
}

/** Every registered family's table, in neigh_tables[] order (ARP first). */
export function neighTables(net: Net): NeighTable[] {
  return [...net.neighTables.entries()].sort((a, b) => a[0] - b[0]).map(([, tbl]) => tbl);
}
