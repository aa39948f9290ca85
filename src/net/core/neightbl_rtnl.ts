/**
 * rtnetlink for neighbour tables (`ip ntable`): RTM_GETNEIGHTBL dumps each
 * table (thresholds, gc interval, config, statistics and its default parms)
 * followed by the parms of this namespace's devices; RTM_SETNEIGHTBL
 * changes one parms set or the table's gc settings (init_net only).
 * @linux net/core/neighbour.c neightbl_dump_info(), neightbl_fill_info(),
 *        neightbl_fill_param_info(), neightbl_fill_parms(), neightbl_set()
 */
import type { Net } from './net_namespace.js';
import { KError } from './errno.js';
import { neighParmsInitReachable, neighParmsRefcnt, neighParmsSetReachable, neighTables, type NeighTable } from './neighbour.js';
import { NeighVar, SKB_TRUESIZE_ETH_FRAME_LEN, queueLenPackets, type NeighParms } from './neigh_parms.js';
import { nlmsgNew, type Rtnl } from './rtnetlink.js';
import { INT_MAX } from './sysctl.js';
import { NLM_F_MULTI, type NlMsg } from '../../uapi/linux/netlink.js';
import { PF_UNSPEC, RTM_GETNEIGHTBL, RTM_NEWNEIGHTBL, RTM_SETNEIGHTBL } from '../../uapi/linux/rtnetlink.js';
import type { NdtConfig, NdtMsg, NdtParms, NdtStats } from '../../uapi/linux/neighbour.js';

/** offsetof(struct neighbour, primary_key) on x86_64 (arp_tbl's entry_size is 336, nd_tbl's 344). */
const NEIGH_PRIMARY_KEY_OFFSET = 328;
/** NEIGH_PRIV_ALIGN: sizeof(long long). */
const NEIGH_PRIV_ALIGN = 8;

/** neigh_table_init()'s tbl->entry_size: ALIGN(offsetof(struct neighbour, primary_key) + key_len, NEIGH_PRIV_ALIGN). */
function neighEntrySize(keyLen: number): number {
  const n = NEIGH_PRIMARY_KEY_OFFSET + keyLen;
  return Math.ceil(n / NEIGH_PRIV_ALIGN) * NEIGH_PRIV_ALIGN;
}

/** neightbl_fill_parms(): every NDTPA_* of one parms set (times in ms). */
function neightblFillParms(net: Net, tbl: NeighTable, p: NeighParms): NdtParms {
  neighParmsInitReachable(net, p);
  const v = (i: NeighVar): number => p.get(i);
  // nla_put_msecs(): jiffies_to_msecs() returns an unsigned int, so a
  // negative time (a sysctl written with -1) wraps to 2^32 - its ms.
  const ms = (i: NeighVar): number => v(i) >>> 0;
  const u32 = ms; // nla_put_u32() of an int slot
  const parms: NdtParms = {};
  if (p.dev) parms.ifindex = p.dev.ifindex;
  Object.assign(parms, {
    refcnt: neighParmsRefcnt(tbl, p),
    queueLenBytes: u32(NeighVar.QUEUE_LEN_BYTES),
    queueLen: Number(BigInt.asUintN(32, queueLenPackets(v(NeighVar.QUEUE_LEN_BYTES)))),
    proxyQlen: u32(NeighVar.PROXY_QLEN),
    appProbes: u32(NeighVar.APP_PROBES),
    ucastProbes: u32(NeighVar.UCAST_PROBES),
    mcastProbes: u32(NeighVar.MCAST_PROBES),
    mcastReprobes: u32(NeighVar.MCAST_REPROBES),
    reachableTime: p.reachableTime >>> 0,
    baseReachableTime: ms(NeighVar.BASE_REACHABLE_TIME),
    gcStaletime: ms(NeighVar.GC_STALETIME),
    delayProbeTime: ms(NeighVar.DELAY_PROBE_TIME),
    retransTime: ms(NeighVar.RETRANS_TIME),
    anycastDelay: ms(NeighVar.ANYCAST_DELAY),
    proxyDelay: ms(NeighVar.PROXY_DELAY),
    locktime: ms(NeighVar.LOCKTIME),
    intervalProbeTimeMs: ms(NeighVar.INTERVAL_PROBE_TIME_MS),
  });
  return parms;
}

/**
 * The one global table Linux has per family, as tuxnet keeps one per
 * namespace: init_net's holds the gc settings and default parms; the
 * entries and statistics are those of every namespace.
 */
function globalStats(net: Net, family: number): { entries: number; stats: NdtStats } {
  const stats: NdtStats = {
    allocs: 0, destroys: 0, hashGrows: 0, resFailed: 0, lookups: 0, hits: 0, rcvProbesMcast: 0, rcvProbesUcast: 0,
    periodicGcRuns: 0, forcedGcRuns: 0, tableFulls: 0,
  };
  let entries = 0;
  for (const n of net.world.nets) {
    const t = n.neighTables.get(family);
    if (!t) continue;
    entries += t.entries;
    for (const k of Object.keys(stats) as (keyof NdtStats)[]) stats[k] += t.stats[k];
  }
  return { entries, stats };
}

/** neightbl_fill_info()'s struct ndt_config. */
function neightblConfig(tbl: NeighTable, entries: number): NdtConfig {
  const now = tbl.net.sched.now;
  if (tbl.hashRnd === 0) tbl.hashRnd = (tbl.net.world.rng.u32() | 1) >>> 0;
  const ms = (t: number): number => Math.floor((now - t) / 4e6) * 4;
  return {
    keyLen: tbl.ops.keyLen, entrySize: neighEntrySize(tbl.ops.keyLen), entries, lastFlush: ms(tbl.lastFlush), lastRand: ms(tbl.lastRand),
    hashRnd: tbl.hashRnd, hashMask: (1 << tbl.hashShift) - 1, hashChainGc: 0, proxyQlen: tbl.proxyQueued,
  };
}

/**
 * neightbl_fill_info(): the table's message. Its gc settings and default
 * parms are init_net's, which only init_net can change; every tuxnet
 * namespace is a non-init one (as the private namespace of a transcript
 * recorded on Linux), so they are the kernel's defaults, held by each table.
 */
function neightblFillInfo(net: Net, tbl: NeighTable): NdtMsg {
  const { entries, stats } = globalStats(net, tbl.ops.family);
  return {
    family: tbl.ops.family, name: tbl.ops.id, gcInterval: tbl.gcInterval, thresh1: tbl.gcThresh1,
    thresh2: tbl.gcThresh2, thresh3: tbl.gcThresh3, config: neightblConfig(tbl, entries), stats,
    parms: neightblFillParms(net, tbl, tbl.parms),
  };
}

/** net_eq(net, &init_net): never in a lab (see neightblFillInfo). */
const isInitNet = (_net: Net): boolean => false;

/** neightbl_dump_info(): per table, its message then this namespace's device parms. */
function neightblDumpInfo(net: Net, msg: NlMsg<NdtMsg>): NlMsg[] {
  const out: NlMsg[] = [];
  const family = msg.body.family;
  for (const tbl of neighTables(net)) {
    if (family && tbl.ops.family !== family) continue;
    out.push(nlmsgNew(RTM_NEWNEIGHTBL, NLM_F_MULTI, neightblFillInfo(net, tbl), msg.seq));
    for (const p of tbl.parmsList) {
      const body: NdtMsg = { family: tbl.ops.family, name: tbl.ops.id, parms: neightblFillParms(net, tbl, p) };
      out.push(nlmsgNew(RTM_NEWNEIGHTBL, NLM_F_MULTI, body, msg.seq));
    }
  }
  return out;
}

/** lookup_neigh_parms(): a device's parms here, or the defaults (ifindex 0) in init_net only. */
function lookupNeighParms(net: Net, tbl: NeighTable, ifindex: number): NeighParms | null {
  if (ifindex === 0) return isInitNet(net) ? tbl.parms : null;
  return tbl.parmsList.find((p) => p.dev?.ifindex === ifindex) ?? null;
}

/**
 * nla_get_msecs() into an int slot: msecs_to_jiffies() takes an unsigned
 * int (the u64 truncated), rounds up to a whole jiffy (HZ 250), and maps
 * anything above INT_MAX to MAX_JIFFY_OFFSET, which the int keeps as -2.
 */
const msecs = (ms: number): number => {
  const m = ms >>> 0;
  return m > INT_MAX ? -2 * 4 : Math.ceil(m / 4) * 4;
};

/** NEIGH_VAR_SET() of a u32 attribute: the int slot keeps its low 32 bits. */
const int = (v: number): number => v | 0;

/** The NDTPA_* slots neightbl_set() writes with NEIGH_VAR_SET(), and how each value converts. */
const SETTABLE: ReadonlyArray<readonly [keyof NdtParms, NeighVar, (v: number) => number]> = [
  ['queueLen', NeighVar.QUEUE_LEN_BYTES, (v) => int(v * SKB_TRUESIZE_ETH_FRAME_LEN)],
  ['queueLenBytes', NeighVar.QUEUE_LEN_BYTES, int],
  ['proxyQlen', NeighVar.PROXY_QLEN, int],
  ['appProbes', NeighVar.APP_PROBES, int],
  ['ucastProbes', NeighVar.UCAST_PROBES, int],
  ['mcastProbes', NeighVar.MCAST_PROBES, int],
  ['mcastReprobes', NeighVar.MCAST_REPROBES, int],
  ['baseReachableTime', NeighVar.BASE_REACHABLE_TIME, msecs],
  ['gcStaletime', NeighVar.GC_STALETIME, msecs],
  ['delayProbeTime', NeighVar.DELAY_PROBE_TIME, msecs],
  ['intervalProbeTimeMs', NeighVar.INTERVAL_PROBE_TIME_MS, msecs],
  ['retransTime', NeighVar.RETRANS_TIME, msecs],
  ['anycastDelay', NeighVar.ANYCAST_DELAY, msecs],
  ['proxyDelay', NeighVar.PROXY_DELAY, msecs],
  ['locktime', NeighVar.LOCKTIME, msecs],
];

/** neightbl_set()'s NDTA_PARMS: ENOENT for a device without parms here. */
function neightblSetParms(net: Net, tbl: NeighTable, req: NdtParms): void {
  const p = lookupNeighParms(net, tbl, req.ifindex ?? 0);
  if (!p) throw new KError('ENOENT');
  for (const [key, slot, conv] of SETTABLE) {
    const v = req[key];
    if (v === undefined) continue;
    p.set(slot, conv(v));
    // "update reachable_time as well, otherwise, the change will only be effective after ... neigh_periodic_work"
    if (slot === NeighVar.BASE_REACHABLE_TIME) neighParmsSetReachable(net, p);
  }
}

/**
 * neightbl_set(): the table named NDTA_NAME (of the message's family, if
 * any); parms first, then the gc settings, which only init_net may change.
 */
function neightblSet(net: Net, msg: NlMsg<NdtMsg>): void {
  const req = msg.body;
  if (req.name === undefined) throw new KError('EINVAL');
  const tbl = neighTables(net).find((t) => (!req.family || t.ops.family === req.family) && t.ops.id === req.name);
  if (!tbl) throw new KError('ENOENT');
  if (req.parms) neightblSetParms(net, tbl, req.parms);
  const gc = req.thresh1 !== undefined || req.thresh2 !== undefined || req.thresh3 !== undefined || req.gcInterval !== undefined;
  if (gc && !isInitNet(net)) throw new KError('ENOENT');
  if (req.thresh1 !== undefined) tbl.gcThresh1 = req.thresh1;
  if (req.thresh2 !== undefined) tbl.gcThresh2 = req.thresh2;
  if (req.thresh3 !== undefined) tbl.gcThresh3 = req.thresh3;
  if (req.gcInterval !== undefined) tbl.gcInterval = msecs(req.gcInterval);
}

/** neigh_init()'s RTM_GETNEIGHTBL / RTM_SETNEIGHTBL registrations. */
export function neightblRtnlInit(rtnl: Rtnl): void {
  rtnl.register<NdtMsg>(PF_UNSPEC, RTM_GETNEIGHTBL, null, neightblDumpInfo);
  rtnl.register<NdtMsg>(PF_UNSPEC, RTM_SETNEIGHTBL, neightblSet, null);
}
