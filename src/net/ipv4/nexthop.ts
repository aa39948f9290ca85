/**
 * Nexthop objects (`ip nexthop`): next hops kept apart from routes, by id,
 * alone or in hash-threshold groups, that routes name with RTA_NH_ID. A
 * route's fib_info then points at the object (fi.nh) and its next hops are
 * the object's: a change of the object (replace, a member removed) changes
 * every route using it at once. Objects live only while their device is up
 * and has carrier (nh_netdev_event() removes them, with their routes).
 *
 * tuxnet keeps IPv4 objects (there are no IPv6 routes to point at them) and
 * hash-threshold groups; resilient groups are refused (see README).
 * @linux net/ipv4/nexthop.c, include/net/nexthop.h
 */
import type { Net, NetdevNotifierInfo } from '../core/net_namespace.js';
import { NetdevEvent } from '../core/net_namespace.js';
import { fibNhcUpdateMtu } from './route_fnhe.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_LOWER_UP, IFF_RUNNING, IFF_UP } from '../core/netdevice.js';
import { KError } from '../core/errno.js';
import { gwNeighValid, hashUpperBound } from './fib_multipath.js';
import { fibCheckNh, newFibConfig, type FibInfo, type FibNh } from './fib_semantics.js';
import { RTNH_F_DEAD, RTNH_F_ONLINK, RT_SCOPE_HOST, RT_SCOPE_LINK, RT_TABLE_MAIN } from './fib_types.js';
import { loopbackDev } from './route.js';
import type { FibResult } from './fib_trie.js';
import { NEXTHOP_GRP_TYPE_MPATH, NEXTHOP_GRP_TYPE_RES, type NhMsg } from '../../uapi/linux/nexthop.js';
import { NH_RES_DEFAULT_IDLE_TIMER, NH_RES_DEFAULT_UNBALANCED_TIMER, NhResTable, clockTToJiffies } from './nexthop_res.js';

const AF_INET = 2;
const AF_UNSPEC = 0;

/** struct nh_info: one next hop. */
export interface NhInfo {
  family: number;
  /** reject_nh: a blackhole. */
  reject: boolean;
  /** fdb_nh: for the bridge/vxlan FDB only, never for routes. */
  fdb: boolean;
  /** fib_nh: device, gateway, scope, flags (shared by the routes through it). */
  fibNh: FibNh;
}

/** struct nh_grp_entry */
export interface NhGrpEntry {
  nh: Nexthop;
  /** 1..256 */
  weight: number;
  /** hthr.upper_bound: the top of its hash interval (nh_hthr_group_rebalance()). */
  upperBound: number;
  /** res.count_buckets / res.wants_buckets of a resilient group's member */
  countBuckets: number;
  wantsBuckets: number;
}

/** struct nh_group: hash-threshold, or resilient with its bucket table. */
export interface NhGroup {
  entries: NhGrpEntry[];
  fdb: boolean;
  /** The routes' view of the entries: each member's own fib_nh, in order. */
  fibNhs: FibNh[];
  res: NhResTable | null;
}

function newEntry(nh: Nexthop, weight: number): NhGrpEntry {
  return { nh, weight, upperBound: 0, countBuckets: 0, wantsBuckets: 0 };
}

/** An FDB entry forwarding through an object: vxlan_nexthop_event() removes it with the object. */
export interface NhFdbUser {
  nhRemoved(): void;
}

/** struct nexthop */
export class Nexthop {
  protocol = 0;
  /** nh_flags: the fib_nh's flags after fib_check_nh() (RTNH_F_ONLINK...). */
  flags = 0;
  info: NhInfo | null = null;
  grp: NhGroup | null = null;
  /** fi_list: the fib_infos of routes using this object. */
  readonly fiList = new Set<FibInfo>();
  /** grp_list: the groups this next hop is a member of. */
  readonly parents = new Set<Nexthop>();
  /** fdb_list: the FDB entries (vxlan) that forward through this object, told when it goes (NEXTHOP_EVENT_DEL). */
  readonly fdbList = new Set<NhFdbUser>();

  constructor(public id: number) {}

  get isGroup(): boolean {
    return this.grp !== null;
  }
}

/** nexthop_is_blackhole(): a blackhole, or a group whose one member is. */
export function nexthopIsBlackhole(nh: Nexthop): boolean {
  const grp = nh.grp;
  if (grp !== null) {
    if (grp.entries.length > 1) return false;
    return grp.entries[0]!.nh.info!.reject;
  }
  return nh.info!.reject;
}

/** nexthop_is_fdb() */
export function nexthopIsFdb(nh: Nexthop): boolean {
  return nh.grp !== null ? nh.grp.fdb : nh.info!.fdb;
}

/**
 * nexthop_path_fdb_result() + nexthop_fdb_nhc(): the gateway of the member
 * of fdb group `nh` that `hash` picks; 0 when it has none.
 */
export function nexthopPathFdbGw(net: Net, nh: Nexthop, hash: number): number {
  if (nh.grp === null) return 0;
  const info = nh.grp.entries[nexthopSelectPath(net, nh.grp, hash)]!.nh.info!;
  return info.fdb ? info.fibNh.gw : 0;
}

/** nexthop_num_path() */
export function nexthopNumPath(nh: Nexthop): number {
  return nh.grp !== null ? nh.grp.entries.length : 1;
}

/** The next hops a route through `nh` uses (fib_info_nhc() for each path). */
export function nexthopFibNhs(nh: Nexthop): FibNh[] {
  return nh.grp !== null ? nh.grp.fibNhs : [nh.info!.fibNh];
}

/**
 * nexthop_select_path(): the index of the entry of `grp` for `hash`. A
 * resilient group's bucket says; in a hash-threshold group the entry whose
 * interval holds the hash, or a later one whose gateway's neighbour is
 * valid (nexthop_select_path_hthr(): the object checks the neighbour
 * always, fib_multipath_use_neigh or not); an fdb member is taken as is.
 */
function nexthopSelectPath(net: Net, grp: NhGroup, hash: number): number {
  if (grp.res !== null) return grp.entries.indexOf(grp.res.select(hash));
  const entries = grp.entries;
  let rc = -1;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (hash > e.upperBound) continue;
    const info = e.nh.info!;
    if (info.fdb || gwNeighValid(net, info.fibNh)) return i;
    if (rc < 0) rc = i;
  }
  return rc;
}

/** nexthop_path_fib_result(): the route's next hop is the member nexthop_select_path() picks. */
export function nexthopPathFibResult(res: FibResult, hash: number): void {
  const sel = nexthopSelectPath(res.fi.net, res.fi.nh!.grp!, hash);
  if (sel >= 0) res.nhSel = sel;
}

/** What a request asks for (struct nh_config after rtm_to_nh_config()). */
export interface NhConfig {
  id: number;
  family: number;
  protocol: number;
  flags: number;
  dev: NetDevice | null;
  gw: number;
  blackhole: boolean;
  fdb: boolean;
  group: { id: number; weight: number }[] | null;
  /** a resilient group's table: buckets (0: not given), timers in jiffies (undefined: not given) */
  res: { buckets: number; idleTimer?: number; unbalancedTimer?: number } | null;
  replace: boolean;
  create: boolean;
}

/** The request a change answers (nl_info): who asked, with which sequence and flags. */
export interface NhReq {
  portid: number;
  seq: number;
  flags: number;
  echo: boolean;
}

/** net->nexthop: the objects of a namespace. */
export class NexthopNet {
  /** rb_root: by id (listed in ascending order). */
  readonly byId = new Map<number, Nexthop>();
  /** last_id_allocated */
  private lastId = 0;
  /** devhash: the single next hops through each device. */
  private readonly devhash = new Map<NetDevice, Set<Nexthop>>();
  /** The request being served, whose nl_info the notifications carry; null for the kernel's own changes. */
  nlinfo: NhReq | null = null;
  /** Called when objects changed the routes using them: rt_cache_flush() and the tables' view. */
  routesChanged: (fis: ReadonlySet<FibInfo>) => void = () => {};
  /** nexthop_notify(): RTM_NEWNEXTHOP / RTM_DELNEXTHOP to RTNLGRP_NEXTHOP. */
  notify: (event: 'new' | 'del', nh: Nexthop) => void = () => {};
  /** nexthop_bucket_notify(): a bucket of resilient group `id` moved by the delayed upkeep. */
  bucketNotify: (id: number, index: number) => void = () => {};
  /** nexthop_replace_notify(): the routes of a replaced object, announced again (nexthop_compat_mode). */
  replaceNotify: (fis: ReadonlySet<FibInfo>) => void = () => {};

  constructor(readonly net: Net) {
    net.netdevChain.register(nhNetdevEvent);
  }

  find(id: number): Nexthop | null {
    return this.byId.get(id) ?? null;
  }

  /** The objects in id order (the rb-tree walk of a dump). */
  sorted(): Nexthop[] {
    return [...this.byId.values()].sort((a, b) => a.id - b.id);
  }

  /** nexthop_add(): create and insert (or replace). */
  add(cfg: NhConfig): Nexthop {
    if (cfg.replace && !cfg.id) throw new KError('EINVAL', 'Replace requires nexthop id');
    if (!cfg.id) {
      cfg.id = this.findUnusedId();
      if (!cfg.id) throw new KError('EINVAL', 'No unused id');
    }
    const nh = cfg.group ? this.createGroup(cfg) : this.create(cfg);
    nh.protocol = cfg.protocol;
    return this.insert(nh, cfg);
  }

  /** nh_find_unused_id() */
  private findUnusedId(): number {
    const start = this.lastId;
    for (;;) {
      this.lastId = (this.lastId + 1) >>> 0;
      if (this.lastId === start) return 0;
      if (this.lastId && !this.byId.has(this.lastId)) return this.lastId;
    }
  }

  /** nexthop_create() + nh_create_ipv4() */
  private create(cfg: NhConfig): Nexthop {
    const nh = new Nexthop(cfg.id);
    nh.flags = cfg.flags;
    const dev = cfg.blackhole ? loopbackDev(this.net) : cfg.dev;
    const fibNh: FibNh = {
      dev: null, oif: dev ? dev.ifindex : 0, gw: cfg.gw, flags: cfg.flags & RTNH_F_ONLINK, scope: RT_SCOPE_LINK,
      weight: 1, upperBound: 0, tclassid: 0,
    };
    const info: NhInfo = { family: cfg.family, reject: cfg.blackhole, fdb: cfg.fdb, fibNh };
    if (!cfg.fdb) {
      // fib_check_nh() in the main table, scope 0: sets the device and scope
      fibCheckNh(this.net, newFibConfig({ table: RT_TABLE_MAIN, scope: 0 }), fibNh);
      nh.flags = fibNh.flags;
    }
    nh.info = info;
    return nh;
  }

  /** nexthop_create_group(): the members were checked by nh_check_attr_group(). */
  private createGroup(cfg: NhConfig): Nexthop {
    const nh = new Nexthop(cfg.id);
    const entries = cfg.group!.map((g) => newEntry(this.byId.get(g.id)!, g.weight));
    let res: NhResTable | null = null;
    if (cfg.res) {
      // nexthop_res_table_alloc()
      res = new NhResTable(this.net, cfg.res.buckets, cfg.res.idleTimer ?? NH_RES_DEFAULT_IDLE_TIMER,
        cfg.res.unbalancedTimer ?? NH_RES_DEFAULT_UNBALANCED_TIMER);
      const id = cfg.id;
      res.bucketNotify = (index) => this.bucketNotify(id, index);
    }
    nh.grp = { entries, fdb: cfg.fdb, fibNhs: entries.map((e) => e.nh.info!.fibNh), res };
    return nh;
  }

  /** The group's members joined (list_add to each grp_list) and its bounds set. */
  private linkGroup(nh: Nexthop): void {
    for (const e of nh.grp!.entries) e.nh.parents.add(nh);
    if (!nh.grp!.res) groupRebalance(nh.grp!);
  }

  /** insert_nexthop() */
  private insert(nh: Nexthop, cfg: NhConfig): Nexthop {
    const old = this.byId.get(nh.id);
    if (old) {
      if (!cfg.replace) throw new KError('EEXIST');
      this.replace(old, nh, cfg);
      this.notify('new', old);
      const fis = this.affectedFis(old);
      this.routesChanged(fis);
      if (this.net.ipv4.sysctl.nexthopCompatMode) this.replaceNotify(fis);
      return old;
    }
    if (cfg.replace && !cfg.create) throw new KError('ENOENT', 'Replace specified without create and no entry exists');
    const res = nh.grp?.res;
    if (res) {
      // not giving the bucket count is fine for a replace, not for a new group
      if (!cfg.res!.buckets) throw new KError('EINVAL', 'Number of buckets not specified for nexthop group insertion');
      res.rebalance(nh.grp!);
      res.upkeep(false);
    }
    if (nh.grp) this.linkGroup(nh);
    else this.devhashAdd(nh);
    this.byId.set(nh.id, nh);
    this.notify('new', nh);
    return nh;
  }

  /** The fib_infos of `nh` and of the groups it is in (what nexthop_replace_notify() walks). */
  private affectedFis(nh: Nexthop): Set<FibInfo> {
    const fis = new Set(nh.fiList);
    for (const p of nh.parents) for (const fi of p.fiList) fis.add(fi);
    return fis;
  }

  /** replace_nexthop(): the checks, then the new definition moves into the old object. */
  private replace(old: Nexthop, nw: Nexthop, cfg: NhConfig): void {
    for (const fi of old.fiList) fibCheckNexthop(nw, fi.scope);
    const newReject = nw.info?.reject ?? false;
    for (const p of old.parents) {
      if (newReject && nexthopNumPath(p) > 1) {
        throw new KError('EINVAL', 'Blackhole nexthop can not be a member of a group with more than one path');
      }
      for (const fi of p.fiList) fibCheckNexthop(nw, fi.scope);
    }
    if (old.grp) {
      if (!nw.grp) throw new KError('EINVAL', 'Can not replace a nexthop group with a nexthop.');
      const table = old.grp.res;
      if ((table === null) !== (nw.grp.res === null)) {
        throw new KError('EINVAL', 'Can not replace a nexthop group with one of a different type.');
      }
      if (table) {
        const r = cfg.res!;
        if (r.buckets && r.buckets !== table.numBuckets) {
          throw new KError('EINVAL', 'Can not change number of buckets of a resilient nexthop group.');
        }
        if (r.idleTimer !== undefined) table.idleTimer = r.idleTimer;
        if (r.unbalancedTimer !== undefined) table.unbalancedTimer = r.unbalancedTimer;
        table.replaceGroup(nw.grp);
      }
      for (const e of old.grp.entries) e.nh.parents.delete(old);
      old.grp = nw.grp;
      this.linkGroup(old);
    } else {
      if (nw.grp) throw new KError('EINVAL', 'Can not replace a nexthop with a nexthop group.');
      this.devhashDel(old);
      old.info = nw.info;
      old.protocol = nw.protocol;
      old.flags = nw.flags;
      this.devhashAdd(old);
      for (const p of old.parents) p.grp!.fibNhs = p.grp!.entries.map((e) => e.nh.info!.fibNh);
    }
    for (const fi of this.affectedFis(old)) fi.nhs = nexthopFibNhs(fi.nh!);
  }

  /** rtm_del_nexthop() */
  del(id: number): void {
    const nh = this.byId.get(id);
    if (!nh) throw new KError('ENOENT');
    this.remove(nh, true);
  }

  /**
   * remove_nexthop(): announce (when asked by a request), forget, kill the
   * routes through it (fib_flush), and leave the groups it was in; a group
   * left empty goes too.
   */
  private remove(nh: Nexthop, notify: boolean): void {
    // call_nexthop_notifiers(NEXTHOP_EVENT_DEL): vxlan_fdb_nh_flush()
    for (const u of [...nh.fdbList]) u.nhRemoved();
    if (notify) this.notify('del', nh);
    this.byId.delete(nh.id);
    if (nh.fiList.size) {
      for (const fi of nh.fiList) fi.flags |= RTNH_F_DEAD;
      this.net.ipv4.fib.flush();
    }
    if (nh.grp) {
      for (const e of nh.grp.entries) e.nh.parents.delete(nh);
      nh.grp.res?.cancelUpkeep();
      return;
    }
    this.devhashDel(nh);
    for (const p of [...nh.parents]) this.removeGroupEntry(p, nh, notify);
  }

  /** remove_nh_grp_entry(): the group without `nh`, or no group when it was the last. */
  private removeGroupEntry(parent: Nexthop, nh: Nexthop, notify: boolean): void {
    const grp = parent.grp!;
    nh.parents.delete(parent);
    if (grp.entries.length === 1) {
      this.remove(parent, notify);
      return;
    }
    const entries = grp.entries.filter((e) => e.nh !== nh).map((e) => newEntry(e.nh, e.weight));
    const nw: NhGroup = { entries, fdb: grp.fdb, fibNhs: entries.map((e) => e.nh.info!.fibNh), res: null };
    if (grp.res) grp.res.replaceGroup(nw);
    else groupRebalance(nw);
    parent.grp = nw;
    for (const fi of parent.fiList) fi.nhs = nw.fibNhs;
    this.routesChanged(parent.fiList);
    if (notify) this.notify('new', parent);
  }

  /** nexthop_flush_dev(): every single next hop through `dev` (a blackhole survives its lo going down). */
  private flushDev(dev: NetDevice, unregister: boolean): void {
    const set = this.devhash.get(dev);
    if (!set) return;
    for (const nh of [...set]) {
      if (nh.info!.reject && !unregister) continue;
      if (this.byId.get(nh.id) === nh) this.remove(nh, false);
    }
  }

  /** nh_netdev_event() for this namespace's objects. */
  netdevEvent(event: NetdevEvent, dev: NetDevice, info?: NetdevNotifierInfo): void {
    if (this.byId.size === 0) return;
    if (event === NetdevEvent.CHANGEMTU && typeof info === 'object' && info.kind === 'changemtu') {
      // nexthop_sync_mtu(): the path MTU exceptions of the objects through dev
      for (const nh of this.devhash.get(dev) ?? []) fibNhcUpdateMtu(nh.info!.fibNh, dev.mtu, info.origMtu);
      this.net.ipv4.fib.rtCacheFlush();
      return;
    }
    if (event === NetdevEvent.DOWN) this.flushDev(dev, false);
    else if (event === NetdevEvent.UNREGISTER) this.flushDev(dev, true);
    else if (event === NetdevEvent.CHANGE && !(dev.ifiFlags & (IFF_RUNNING | IFF_LOWER_UP))) this.flushDev(dev, false);
  }

  private devhashAdd(nh: Nexthop): void {
    const dev = nh.info!.fibNh.dev;
    if (!dev) return;
    let set = this.devhash.get(dev);
    if (!set) this.devhash.set(dev, (set = new Set()));
    set.add(nh);
  }

  private devhashDel(nh: Nexthop): void {
    const dev = nh.info!.fibNh.dev;
    if (!dev) return;
    const set = this.devhash.get(dev);
    set?.delete(nh);
    if (set?.size === 0) this.devhash.delete(dev);
  }

  /**
   * rtm_to_nh_config()'s checks of a new object against this namespace: the
   * device up with carrier, the gateway and flags; a group's members
   * (nh_check_attr_group()).
   */
  config(m: NhMsg, nlflags: { replace: boolean; create: boolean }): NhConfig {
    if (m.scope) throw new KError('EINVAL', 'Invalid values in ancillary header');
    if (m.flags & ~RTNH_F_ONLINK) throw new KError('EINVAL', 'Invalid nexthop flags in ancillary header');
    // an IPv6 object: tuxnet's kernel has no IPv6 routes to point at it (nh_create_ipv6() without IPv6)
    if (m.family === 10 && !m.group) throw new KError('EAFNOSUPPORT');
    if (m.family !== AF_INET && !(m.family === AF_UNSPEC && m.group)) throw new KError('EINVAL', 'Invalid address family');
    const cfg: NhConfig = {
      id: m.id ?? 0, family: m.family, protocol: m.protocol, flags: m.flags, dev: null, gw: 0, blackhole: false,
      fdb: false, group: null, res: null, ...nlflags,
    };
    if (m.fdb) {
      if (m.oif !== undefined || m.blackhole || m.encap) throw new KError('EINVAL', 'Fdb attribute can not be used with encap, oif or blackhole');
      if (m.flags) throw new KError('EINVAL', 'Unsupported nexthop flags in ancillary header');
      cfg.fdb = true;
    }
    if (m.group) {
      if (m.family !== AF_UNSPEC) throw new KError('EINVAL', 'Invalid family for group');
      const type = m.groupType ?? NEXTHOP_GRP_TYPE_MPATH;
      if (type > NEXTHOP_GRP_TYPE_RES) throw new KError('EINVAL', 'Invalid group type');
      nhCheckAttrGroup(m);
      if (type === NEXTHOP_GRP_TYPE_RES) {
        // rtm_to_nh_config_grp_res(): timers arrive in clock_t
        const r = m.resGroup ?? {};
        if (r.buckets === 0) throw new KError('EINVAL', 'Number of buckets needs to be non-0');
        cfg.res = {
          buckets: r.buckets ?? 0,
          idleTimer: r.idleTimer === undefined ? undefined : clockTToJiffies(r.idleTimer),
          unbalancedTimer: r.unbalancedTimer === undefined ? undefined : clockTToJiffies(r.unbalancedTimer),
        };
      }
      // rtm_to_nh_config_rtnl(): the members are looked up only after the whole
      // message parsed (6.15+), so a bad "buckets" answers before a missing id.
      this.checkGroupRtnl(m, cfg.fdb);
      cfg.group = m.group.map((g) => ({ id: g.id, weight: g.weight + 1 }));
      return cfg;
    }
    if (m.blackhole) {
      if (m.gateway !== undefined || m.oif !== undefined || m.encap || m.fdb) {
        throw new KError('EINVAL', 'Blackhole attribute can not be used with gateway, oif, encap or fdb');
      }
      cfg.blackhole = true;
      return cfg;
    }
    if (!cfg.fdb && m.oif === undefined) throw new KError('EINVAL', 'Device attribute required for non-blackhole and non-fdb nexthops');
    if (!cfg.fdb) {
      const dev = m.oif ? this.net.devByIndex(m.oif) : null;
      if (!dev) throw new KError('EINVAL', 'Invalid device index');
      if (!(dev.flags & IFF_UP)) throw new KError('ENETDOWN', 'Nexthop device is not up');
      if (!dev.carrier) throw new KError('ENETDOWN', 'Carrier for nexthop device is down');
      cfg.dev = dev;
    }
    if (m.gateway !== undefined) cfg.gw = m.gateway;
    else if (m.flags & RTNH_F_ONLINK) throw new KError('EINVAL', 'ONLINK flag can not be set for nexthop without a gateway');
    // rtm_to_nh_config(): lwtunnel_valid_encap_type() finds no mpls/seg6/... module
    // (iproute2 refuses the types tuxnet's kernel would take, e.g. `encap ip`)
    if (m.encap) throw new KError('EOPNOTSUPP', 'lwt encapsulation type not supported');
    return cfg;
  }

  /** nh_check_attr_group() */
  /** nh_check_attr_group_rtnl(): each member exists, is no group, and fdb-ness matches the group's. */
  private checkGroupRtnl(m: NhMsg, fdbGroup: boolean): void {
    const g = m.group!;
    for (const e of g) {
      const nh = this.byId.get(e.id);
      if (!nh) throw new KError('EINVAL', 'Invalid nexthop id');
      const isFdb = validGroupNh(nh, g.length);
      if (fdbGroup && !nh.info?.fdb) throw new KError('EINVAL', 'FDB nexthop group can only have fdb nexthops');
      if (!fdbGroup && isFdb) throw new KError('EINVAL', 'Non FDB nexthop group cannot have fdb nexthops');
    }
  }
}

/**
 * nh_check_attr_group(): the group attribute alone, before any member is
 * looked up: its length, no id twice, no other attribute beside it.
 * @linux net/ipv4/nexthop.c nh_check_attr_group()
 */
function nhCheckAttrGroup(m: NhMsg): void {
  const g = m.group!;
  if (g.length === 0) throw new KError('EINVAL', 'Invalid length for nexthop group attribute');
  // (6.12+ carries 16-bit weights: every u8 weight of iproute2 6.1, 1..256, is valid)
  for (let i = 0; i < g.length; i++) {
    for (let j = i + 1; j < g.length; j++) {
      if (g[i]!.id === g[j]!.id) throw new KError('EINVAL', 'Nexthop id can not be used twice in a group');
    }
  }
  if (m.oif !== undefined || m.gateway !== undefined || m.blackhole || m.encap || m.master !== undefined) {
    throw new KError('EINVAL', 'No other attributes can be set in nexthop groups');
  }
}

/** nh_netdev_event(): a module function finding its namespace's objects by dev_net(dev), as netdev notifiers do. */
function nhNetdevEvent(event: NetdevEvent, dev: NetDevice, info?: NetdevNotifierInfo): void {
  dev.net.ipv4.nexthopOrNull?.netdevEvent(event, dev, info);
}

/** valid_group_nh(): no group inside a group, no blackhole beside another path; whether it is an fdb one. */
function validGroupNh(nh: Nexthop, npaths: number): boolean {
  if (nh.grp) {
    throw new KError('EINVAL', nh.grp.res ? 'Resilient group can not be a nexthop within a group' : 'Hash-threshold group can not be a nexthop within a group');
  }
  if (nh.info!.reject && npaths > 1) throw new KError('EINVAL', 'Blackhole nexthop can not be used in a group with more than 1 path');
  return nh.info!.fdb;
}

/** nh_hthr_group_rebalance(): each entry's hash bound, by cumulative weight over 2^31. */
function groupRebalance(grp: NhGroup): void {
  let total = 0;
  for (const e of grp.entries) total += e.weight;
  let w = 0;
  for (const e of grp.entries) {
    w += e.weight;
    e.upperBound = hashUpperBound(w, total);
  }
}

/**
 * fib_check_nexthop(): what a route of scope `scope` may point at — not an
 * fdb object, no group under host scope, a gateway not under host scope,
 * an onlink next hop only below link scope.
 */
export function fibCheckNexthop(nh: Nexthop, scope: number): void {
  let info: NhInfo;
  if (nh.grp) {
    if (nh.grp.fdb) throw new KError('EINVAL', 'Route cannot point to a fdb nexthop');
    if (scope === RT_SCOPE_HOST) throw new KError('EINVAL', 'Route with host scope can not have multiple nexthops');
    info = nh.grp.entries[0]!.nh.info!;
  } else {
    info = nh.info!;
    if (info.fdb) throw new KError('EINVAL', 'Route cannot point to a fdb nexthop');
  }
  if (scope === RT_SCOPE_HOST && info.fibNh.gw) throw new KError('EINVAL', 'Route with host scope can not have a gateway');
  if (info.fibNh.flags & RTNH_F_ONLINK && scope >= RT_SCOPE_LINK) throw new KError('EINVAL', 'Scope mismatch with nexthop');
}
