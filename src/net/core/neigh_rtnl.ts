/**
 * The rtnetlink side of the neighbour cache: RTM_NEWNEIGH (add, change,
 * replace), RTM_DELNEIGH, RTM_GETNEIGH (get and dump), with the kernel's
 * errno and extack texts. What tools see is an NdMsg, the decoded
 * struct ndmsg and its attributes.
 * @linux net/core/neighbour.c neigh_add(), neigh_delete(), neigh_get(), neigh_dump_info(),
 *        neigh_fill_info(), pneigh_fill_info()
 */
import type { Net } from './net_namespace.js';
import type { NetDevice } from './netdevice.js';
import { KError } from './errno.js';
import {
  JIFFY_NS, NEIGH_UPDATE_F_ADMIN, NEIGH_UPDATE_F_EXT_LEARNED, NEIGH_UPDATE_F_ISROUTER, NEIGH_UPDATE_F_MANAGED,
  NEIGH_UPDATE_F_OVERRIDE, NEIGH_UPDATE_F_OVERRIDE_ISROUTER, NEIGH_UPDATE_F_USE, NTF_EXT_LEARNED, NTF_EXT_SHIFT,
  NTF_MANAGED, NTF_OLD_MASK, NTF_PROXY, NTF_ROUTER, NTF_USE, NUD_FAILED, NUD_NONE, NUD_PERMANENT, NUD_VALID,
  neighCreateFull, neighFindTable, neighLookup, neighRemoveOne, neighTables,
  type NeighTable, type Neighbour, type PneighEntry,
} from './neighbour.js';
import { neighEventSend, neighUpdate } from './neigh_update.js';
import { pneighCreate, pneighDelete, pneighLookup } from './pneigh.js';
import { nlmsgNew, type Rtnl, type RtnlCtx } from './rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import { NLM_F_CREATE, NLM_F_DUMP_FILTERED, NLM_F_EXCL, NLM_F_MULTI, NLM_F_REPLACE, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { PF_UNSPEC, RTM_DELNEIGH, RTM_GETNEIGH, RTM_NEWNEIGH, RTNLGRP_NEIGH } from '../../uapi/linux/rtnetlink.js';
import type { NdMsg, NeighRequest } from '../../uapi/linux/neighbour.js';
import { RTN_UNICAST } from '../../uapi/linux/rtmsg.js';

/** jiffies_to_clock_t(now - t) for HZ 250, USER_HZ 100. */
function clockT(now: number, t: number): number {
  const j = Math.floor((now - t) / JIFFY_NS);
  return Math.floor((j * 100) / 250) >>> 0;
}

/** neigh_fill_info(); `extraRef` counts the reference a get holds. */
export function neighFillInfo(n: Neighbour, extraRef = 0): NdMsg {
  const now = n.tbl.net.sched.now;
  return {
    family: n.tbl.ops.family,
    ifindex: n.dev.ifindex,
    state: n.nudState,
    flags: n.flags & NTF_OLD_MASK,
    type: n.type,
    dst: n.primaryKey,
    dst6: n.tbl.keys?.bytes(n.primaryKey),
    lladdr: n.nudState & NUD_VALID ? n.ha.slice() : null,
    cacheinfo: {
      used: clockT(now, n.used),
      confirmed: clockT(now, n.confirmed),
      updated: clockT(now, n.updated),
      refcnt: n.refcnt + extraRef - 1,
    },
    probes: n.probes,
    protocol: n.protocol,
    flagsExt: n.flags >>> NTF_EXT_SHIFT,
  };
}

/** pneigh_fill_info() */
export function pneighFillInfo(tbl: NeighTable, p: PneighEntry): NdMsg {
  return {
    family: tbl.ops.family, ifindex: p.dev ? p.dev.ifindex : 0, state: NUD_NONE, flags: (p.flags & NTF_OLD_MASK) | NTF_PROXY,
    type: RTN_UNICAST, dst: p.key, dst6: tbl.keys?.bytes(p.key), lladdr: null, cacheinfo: null, probes: null, protocol: p.protocol,
    flagsExt: p.flags >>> NTF_EXT_SHIFT,
  };
}

/** neigh_add(): RTM_NEWNEIGH with the request's NLM_F_* flags. Throws KError. */
export function neighAdd(net: Net, req: NeighRequest, nlFlags: number): void {
  let flags = NEIGH_UPDATE_F_ADMIN | NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_OVERRIDE_ISROUTER;
  if (!req.dst) throw new KError('EINVAL', 'Network address not specified');
  const ndmFlags = req.flags | (req.flagsExt << NTF_EXT_SHIFT);
  let dev: NetDevice | null = null;
  if (req.ifindex) {
    dev = net.devByIndex(req.ifindex);
    if (!dev) throw new KError('ENODEV');
    if (req.lladdr && req.lladdr.length < dev.addrLen) throw new KError('EINVAL', 'Invalid link address');
  }
  const tbl = neighFindTable(net, req.family);
  if (!tbl) throw new KError('EAFNOSUPPORT');
  if (req.dst.len < tbl.ops.keyLen) throw new KError('EINVAL', 'Invalid network address');
  const dst = neighKey(tbl, req.dst);
  if (ndmFlags & NTF_PROXY) {
    if (ndmFlags & NTF_MANAGED) throw new KError('EINVAL', 'Invalid NTF_* flag combination');
    const pn = pneighCreate(tbl, dst, dev);
    pn.flags = ndmFlags;
    pn.permanent = (req.state & NUD_PERMANENT) !== 0;
    if (req.protocol) pn.protocol = req.protocol;
    return;
  }
  if (!dev) throw new KError('EINVAL', 'Device not specified');
  const refused = tbl.ops.allowAdd?.(dev);
  if (refused) throw refused;
  let n = neighLookup(tbl, dst, dev);
  if (!n) {
    const permanent = (req.state & NUD_PERMANENT) !== 0;
    if (!(nlFlags & NLM_F_CREATE)) throw new KError('ENOENT');
    if (permanent && ndmFlags & NTF_MANAGED) throw new KError('EINVAL', 'Invalid NTF_* flag for permanent entry');
    const c = neighCreateFull(tbl, dst, dev, ndmFlags & (NTF_EXT_LEARNED | NTF_MANAGED), permanent || (ndmFlags & NTF_EXT_LEARNED) !== 0);
    if (c instanceof KError) throw c;
    n = c;
  } else {
    if (nlFlags & NLM_F_EXCL) throw new KError('EEXIST');
    if (!(nlFlags & NLM_F_REPLACE)) flags &= ~(NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_OVERRIDE_ISROUTER);
  }
  if (req.protocol) n.protocol = req.protocol;
  if (ndmFlags & NTF_EXT_LEARNED) flags |= NEIGH_UPDATE_F_EXT_LEARNED;
  if (ndmFlags & NTF_ROUTER) flags |= NEIGH_UPDATE_F_ISROUTER;
  if (ndmFlags & NTF_MANAGED) flags |= NEIGH_UPDATE_F_MANAGED;
  if (ndmFlags & NTF_USE) flags |= NEIGH_UPDATE_F_USE;
  const lladdr = req.lladdr ? padTo(req.lladdr, dev.addrLen) : null;
  const err = neighUpdate(n, lladdr, req.state, flags);
  if (err) throw err;
  if (ndmFlags & (NTF_USE | NTF_MANAGED)) neighEventSend(n, null);
}

/** The primary key of NDA_DST in `tbl`: the IPv4 address, or the number an IPv6 address stands for. */
function neighKey(tbl: NeighTable, dst: NonNullable<NeighRequest['dst']>): number {
  const keys = tbl.keys;
  return keys && dst.addr6 ? keys.key(dst.addr6) : dst.addr;
}

/** An NDA_LLADDR longer than the device's address: the first addr_len bytes count. */
function padTo(a: Uint8Array, len: number): Uint8Array {
  const out = new Uint8Array(Math.max(len, 0));
  out.set(a.subarray(0, len));
  return out;
}

/** neigh_delete(): RTM_DELNEIGH. Throws KError. */
export function neighDelete(net: Net, req: NeighRequest): void {
  if (!req.dst) throw new KError('EINVAL', 'Network address not specified');
  let dev: NetDevice | null = null;
  if (req.ifindex) {
    dev = net.devByIndex(req.ifindex);
    if (!dev) throw new KError('ENODEV');
  }
  const tbl = neighFindTable(net, req.family);
  if (!tbl) throw new KError('EAFNOSUPPORT');
  if (req.dst.len < tbl.ops.keyLen) throw new KError('EINVAL', 'Invalid network address');
  const dst = neighKey(tbl, req.dst);
  if (req.flags & NTF_PROXY) {
    if (!pneighDelete(tbl, dst, dev)) throw new KError('ENOENT');
    return;
  }
  if (!dev) throw new KError('EINVAL');
  const n = neighLookup(tbl, dst, dev);
  if (!n) throw new KError('ENOENT');
  const err = neighUpdate(n, null, NUD_FAILED, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
  neighRemoveOne(n);
  if (err) throw err;
}

/** neigh_get(): RTM_GETNEIGH for one entry. Throws KError. */
export function neighGet(net: Net, req: NeighRequest): NdMsg {
  if (req.flags & ~NTF_PROXY) throw new KError('EINVAL', 'Invalid flags in header for neighbor get request');
  const tbl = neighFindTable(net, req.family);
  if (!tbl) throw new KError('EAFNOSUPPORT', 'Unsupported family in header for neighbor get request');
  if (req.dst && req.dst.len !== tbl.ops.keyLen) throw new KError('EINVAL', 'Invalid network address in neighbor get request');
  let dev: NetDevice | null = null;
  if (req.ifindex) {
    dev = net.devByIndex(req.ifindex);
    if (!dev) throw new KError('ENODEV', 'Unknown device ifindex');
  }
  if (!req.dst) throw new KError('EINVAL', 'Network address not specified');
  const dst = neighKey(tbl, req.dst);
  if (req.flags & NTF_PROXY) {
    const pn = pneighLookup(tbl, dst, dev);
    if (!pn) throw new KError('ENOENT', 'Proxy neighbour entry not found');
    return pneighFillInfo(tbl, pn);
  }
  if (!dev) throw new KError('EINVAL', 'No device specified');
  const n = neighLookup(tbl, dst, dev);
  if (!n) throw new KError('ENOENT', 'Neighbour entry not found');
  return neighFillInfo(n, 1);
}

/** struct neigh_dump_filter */
export interface NeighDumpFilter {
  family: number;
  /** NDA_IFINDEX, 0 for none. */
  devIdx: number;
  /** NDA_MASTER, 0 for none, -1 for "no master". */
  masterIdx: number;
  /** ndm_flags == NTF_PROXY: dump the proxy entries. */
  proxy: boolean;
}

/**
 * pneigh hash order: pneigh_hash() folds the last key byte's nibbles into
 * one of 16 buckets; within a bucket the newest entry comes first.
 */
function pneighHash(tbl: NeighTable, key: number): number {
  const b = tbl.keys?.bytes(key);
  // *(u32 *)(key + key_len - 4) on a little-endian host reads the last four bytes reversed.
  if (b) key = ((b[12]! << 24) | (b[13]! << 16) | (b[14]! << 8) | b[15]!) >>> 0;
  let h = (((key & 0xff) << 24) | ((key & 0xff00) << 8) | ((key >>> 8) & 0xff00) | (key >>> 24)) >>> 0;
  h ^= h >>> 16;
  h ^= h >>> 8;
  h ^= h >>> 4;
  return h & 0xf;
}

/** The proxy entries of a table in dump order. */
export function pneighDumpOrder(tbl: NeighTable): PneighEntry[] {
  return tbl.pneighs.map((p, i) => ({ p, i })).sort((a, b) => pneighHash(tbl, a.p.key) - pneighHash(tbl, b.p.key) || a.i - b.i).map((x) => x.p);
}

/**
 * The entries of a table in dump order. arp_hashfn() mixes in the device,
 * so the buckets' order is random and tuxnet keeps creation order;
 * ndisc_hashfn() does not (the IPv6 keys of tuxnet's nd_tbl), so one
 * address on several devices shares a bucket, where the newest entry
 * comes first (___neigh_create() links at the head): nd_tbl is walked
 * newest first.
 */
function neighDumpOrder(tbl: NeighTable): Iterable<Neighbour> {
  return tbl.keys ? [...tbl.all].reverse() : tbl.all;
}

/** The filters of neigh_dump_table(): device index and master (tuxnet devices have no master). */
function filtered(dev: NetDevice | null, f: NeighDumpFilter): boolean {
  if (f.devIdx && (!dev || dev.ifindex !== f.devIdx)) return true;
  if (f.masterIdx && f.masterIdx !== -1) return true;
  return false;
}

/** neigh_dump_table() / pneigh_dump_table() of every table of the family, entries or proxy entries. */
export function neighDump(net: Net, f: NeighDumpFilter): NdMsg[] {
  const out: NdMsg[] = [];
  for (const tbl of neighTables(net)) {
    if (f.family && tbl.ops.family !== f.family) continue;
    if (f.proxy) {
      for (const p of pneighDumpOrder(tbl)) if (!filtered(p.dev, f)) out.push(pneighFillInfo(tbl, p));
      continue;
    }
    for (const n of neighDumpOrder(tbl)) if (!filtered(n.dev, f)) out.push(neighFillInfo(n));
  }
  return out;
}

/** neigh_valid_dump_req(): the strict-checking reading of a dump request. */
function neighValidDumpReq(req: NeighRequest): NeighDumpFilter {
  if (req.ifindex || req.state) throw new KError('EINVAL', 'Invalid values in header for neighbor dump request');
  if (req.flags & ~NTF_PROXY) throw new KError('EINVAL', 'Invalid flags in header for neighbor dump request');
  return { family: req.family, devIdx: req.ifindexAttr ?? 0, masterIdx: req.master ?? 0, proxy: req.flags === NTF_PROXY };
}

/** neigh_dump_info(): RTM_GETNEIGH with NLM_F_DUMP. */
function neighDumpInfo(net: Net, msg: NlMsg<NeighRequest>): NlMsg[] {
  const f = neighValidDumpReq(msg.body);
  const flags = NLM_F_MULTI | (f.devIdx || f.masterIdx ? NLM_F_DUMP_FILTERED : 0);
  return neighDump(net, f).map((m) => nlmsgNew(RTM_NEWNEIGH, flags, m, msg.seq));
}

/**
 * __neigh_notify(): the entry as neigh_fill_info() shows it, to
 * RTNLGRP_NEIGH — RTM_NEWNEIGH on a state change (neigh_update_notify()),
 * RTM_DELNEIGH when it leaves the table (neigh_cleanup_and_release()).
 */
export function neighNotify(n: Neighbour, type: number, flags = 0): void {
  const net = n.tbl.net;
  if (!rtnlHasListeners(net, RTNLGRP_NEIGH)) return;
  rtnlNotify(net, nlmsgNew(type, flags, neighFillInfo(n)), RTNLGRP_NEIGH);
}

/**
 * neigh_app_ns(): an app probe (app_solicit) asks user space to resolve the
 * entry: __neigh_notify(n, RTM_GETNEIGH, NLM_F_REQUEST, 0) to RTNLGRP_NEIGH,
 * the "miss" lines of `ip monitor neigh`. Nothing goes on the wire.
 */
export function neighAppNs(n: Neighbour): void {
  neighNotify(n, RTM_GETNEIGH, NLM_F_REQUEST);
}

/** neigh_init()'s rtnl_register() calls (PF_UNSPEC: the message's family picks the table). */
export function neighRtnlInit(rtnl: Rtnl): void {
  rtnl.register<NeighRequest>(PF_UNSPEC, RTM_NEWNEIGH, (net, msg) => neighAdd(net, msg.body, msg.flags), null);
  rtnl.register<NeighRequest>(PF_UNSPEC, RTM_DELNEIGH, (net, msg) => neighDelete(net, msg.body), null);
  rtnl.register<NeighRequest>(
    PF_UNSPEC, RTM_GETNEIGH,
    (net, msg, ctx: RtnlCtx) => ctx.reply(nlmsgNew(RTM_NEWNEIGH, 0, neighGet(net, msg.body), msg.seq)),
    neighDumpInfo,
  );
}
