/**
 * The FIB of one namespace: its tables, the routes that follow addresses
 * (fib_add_ifaddr / fib_del_ifaddr) and devices (fib_netdev_event), and the
 * helpers other subsystems ask (inet_addr_type).
 * @linux net/ipv4/fib_frontend.c
 */
import type { Net, NetdevNotifierInfo } from '../core/net_namespace.js';
import { NetdevEvent } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_LOOPBACK, IFF_UP } from '../core/netdevice.js';
import { FibTable, type FibAlias, type FibResult } from './fib_trie.js';
import { fibMetricsMatch } from './metrics.js';
import { FibInfoHash } from './fib_info_hash.js';
import { LcTrie } from './fib_trie_shape.js';
import { fibLookup, newFlowi4 } from './fib_rules.js';
import { FIB_LOOKUP_IGNORE_LINKSTATE } from '../core/fib_rules.js';
import {
  fibCreateInfo, fibNhMatch, fibSyncDownAddr, fibSyncDownDev, fibSyncUp, newFibConfig, type FibConfig, type FibInfo,
} from './fib_semantics.js';
import {
  NLM_F_APPEND, NLM_F_CREATE, RTN_BROADCAST, RTN_LOCAL, RTN_UNICAST, RTN_MULTICAST, RTNH_F_DEAD,
  RTNH_F_LINKDOWN, RTPROT_KERNEL, RT_SCOPE_HOST, RT_SCOPE_LINK, RT_SCOPE_UNIVERSE, RT_TABLE_LOCAL, RT_TABLE_MAIN,
  RT_TABLE_DEFAULT, fibProps,
} from './fib_types.js';
import { IFA_F_NOPREFIXROUTE, IFA_F_SECONDARY, inetIfaByprefix, inetIfaMatch, type InIfaddr } from './devinet.js';
import { ipv4IsZeronet, ipv4IsMulticast, ipv4IsLbcast } from '../../wire/ipv4.js';
import { KError } from '../core/errno.js';
import { fib4RulesInit, type Fib4RulesOps } from './fib_rules.js';
import { rtmsgFib } from './fib_rtnl.js';
import { fibSyncMtu } from './route_fnhe.js';
import { RTM_DELROUTE, RTM_NEWROUTE } from '../../uapi/linux/rtnetlink.js';
import { RTAX_MAX } from '../../uapi/linux/rtmsg.js';

/** fib_netdev_event() of the device's namespace (its FibNet is made before any device event). */
function fibNetdevEvent(event: NetdevEvent, dev: NetDevice, info?: NetdevNotifierInfo): void {
  dev.net.ipv4.fib.netdevEvent(event, dev, info);
}

export class FibNet {
  /** net->ipv4.fib_table_hash */
  readonly tables = new Map<number, FibTable>();
  /** fib_info_devhash / fib_info_laddrhash over this namespace's routes. */
  readonly infoHash = new FibInfoHash();
  /**
   * dst_default_metrics: the all-zero metrics every route without
   * RTA_METRICS shares (ip_fib_metrics_init() returns it when fc_mx is
   * absent), so such a fib_info carries no array of its own. Never written:
   * a fib_info's metrics are read-only (a learnt PMTU lives in the next-hop
   * exception). One per namespace, as module state is not allowed here,
   * made with the namespace's first fib_info (an off-heap buffer a
   * namespace without routes never needs).
   * @linux net/core/dst.c dst_default_metrics
   */
  get dstDefaultMetrics(): Uint32Array {
    return (this.defaultMetrics ??= new Uint32Array(RTAX_MAX + 1));
  }
  private defaultMetrics: Uint32Array | null = null;
  /** net->ipv4.rules_ops: the policy routing rules (RPDB). */
  readonly rules: Fib4RulesOps;

  constructor(readonly net: Net) {
    this.rules = fib4RulesInit(net);
    // The local, main and default tables are always there for lookups;
    // the kernel makes them (fib_new_table(), their trie) on first use.
    this.tables.set(RT_TABLE_LOCAL, new FibTable(RT_TABLE_LOCAL, this.infoHash));
    this.tables.set(RT_TABLE_MAIN, new FibTable(RT_TABLE_MAIN, this.infoHash));
    this.tables.set(RT_TABLE_DEFAULT, new FibTable(RT_TABLE_DEFAULT, this.infoHash));
    net.netdevChain.register(fibNetdevEvent);
  }

  /** fib4_has_custom_rules() */
  hasCustomRules(): boolean {
    return this.rules.hasCustomRules;
  }

  getTable(id: number): FibTable | null {
    return this.tables.get(id) ?? null;
  }

  /**
   * fib_get_table() as rtnetlink sees it: a table exists once
   * fib_new_table() made it, main and local included (a fresh namespace's
   * `ip route del ... table main` is "FIB table does not exist" until a
   * route went there; iproute2 hides that error from a dump of main).
   */
  existingTable(id: number): FibTable | null {
    const tb = this.tables.get(id);
    return tb?.trie ? tb : null;
  }

  /**
   * net->ipv4.fib_table_hash: the tables the kernel made (fib_new_table()),
   * in the order made; /proc/net/fib_trie lists them by hash bucket.
   */
  readonly created: FibTable[] = [];

  /**
   * fib_new_table(): tables are created on first use. While no rule was
   * ever changed, local shares main's trie (fib_trie_table(id, alias)).
   */
  newTable(id: number): FibTable {
    let tb = this.tables.get(id);
    if (!tb) {
      tb = new FibTable(id, this.infoHash);
      this.tables.set(id, tb);
    }
    if (!tb.trie) {
      const alias = id === RT_TABLE_LOCAL && !this.hasCustomRules() ? this.newTable(RT_TABLE_MAIN) : null;
      tb.trie = alias ? alias.trie : new LcTrie();
      this.created.push(tb);
    }
    return tb;
  }

  /**
   * fib_unmerge(): at the first rule change, local gets a trie of its own
   * (its keys inserted in order, fib_trie_unmerge()) and main's trie loses
   * the leaves only local used (fib_table_flush_external()).
   */
  unmerge(): void {
    const local = this.tables.get(RT_TABLE_LOCAL)!;
    const main = this.tables.get(RT_TABLE_MAIN)!;
    const old = local.trie;
    if (!old || old !== main.trie) return;
    const lt = new LcTrie();
    for (const key of old.keys()) if (local.hasKey(key)) lt.addKey(key);
    local.trie = lt;
    old.retain((key) => main.hasKey(key));
  }

  /** Every fib_info in use (the fib_info_hash). */
  infos(): IterableIterator<FibInfo> {
    return this.infoHash.all();
  }

  /** Add a route (inet_rtm_newroute → fib_table_insert). */
  addRoute(cfg: FibConfig): void {
    // inet_rtm_newroute(): fib_new_table() before fib_table_insert(), so a
    // request that fib_create_info() refuses still leaves its table made.
    const tb = this.newTable(cfg.table);
    const nfi = fibCreateInfo(this.net, cfg);
    // fib_create_info(): an identical fib_info in use is shared (fib_find_info).
    const fi = this.infoHash.find(nfi) ?? nfi;
    const ins = tb.insert(cfg, fi);
    if (ins === null) return;
    const { fa, nlflags } = ins;
    this.rtCacheFlush();
    rtmsgFib(this.net, RTM_NEWROUTE, fa, cfg.table, nlflags, cfg.nlinfo);
    if (cfg.type === RTN_LOCAL && cfg.protocol !== RTPROT_KERNEL) this.hasCustomLocalRoutes = true;
  }

  /** net->ipv4.fib_has_custom_local_routes: fib_validate_source() must do the full check. */
  hasCustomLocalRoutes = false;

  /** rt_genid_ipv4(): cached dsts older than this generation are stale. */
  rtGenid = 0;

  /** rt_cache_flush(): invalidate every cached dst of the namespace. */
  rtCacheFlush(): void {
    this.rtGenid++;
  }

  /**
   * Nexthop objects changed the next hops of `fis` (replace, a group member
   * gone): cached dsts are stale (nh_rt_cache_flush()), and a prefix may
   * stop or start being plain in its table (a blackhole object).
   */
  nexthopRoutesChanged(fis: ReadonlySet<FibInfo>): void {
    this.rtCacheFlush();
    if (fis.size) for (const tb of this.tables.values()) tb.infosChanged(fis);
  }

  /** net->fnhe_genid: next-hop exceptions older than this are stale. */
  fnheGenid = 0;

  /** fnhe_genid_bump() (a write to route/flush). */
  fnheGenidBump(): void {
    this.fnheGenid++;
  }

  /** Delete a route (inet_rtm_delroute → fib_table_delete). */
  delRoute(cfg: FibConfig): FibAlias {
    const tb = this.existingTable(cfg.table);
    if (!tb) throw new KError('ESRCH', 'FIB table does not exist');
    const fa = tb.delete(cfg, (fa) => fibNhMatch(cfg, fa.fi) && fibMetricsMatch(cfg.mx, fa.fi.metrics));
    rtmsgFib(this.net, RTM_DELROUTE, fa, tb.id, 0, cfg.nlinfo);
    this.rtCacheFlush();
    return fa;
  }

  /**
   * inet_addr_type_table(): what `addr` is in table `tbId` — local,
   * broadcast, multicast, unicast (routable) or unspecified.
   */
  addrTypeTable(addr: number, tbId: number): number {
    return this.devAddrType(addr, null, tbId);
  }

  /**
   * inet_addr_type_dev_table(): what `addr` is in the table of `dev`'s L3
   * master, else the local table (tuxnet has no VRF: always local), for
   * any device (__inet_dev_addr_type() is called with dev NULL).
   */
  addrTypeDevTable(addr: number): number {
    return this.devAddrType(addr, null, RT_TABLE_LOCAL);
  }

  /**
   * inet_dev_addr_type(): as inet_addr_type_table() in the local table, but
   * a local or broadcast route counts only when its device is `dev`.
   */
  addrTypeDev(addr: number, dev: NetDevice): number {
    return this.devAddrType(addr, dev, RT_TABLE_LOCAL);
  }

  /**
   * __inet_dev_addr_type(): a table not made yet (no address ever, lo
   * down) answers RTN_BROADCAST; a lookup that fails, or hits an error
   * route (blackhole, unreachable, prohibit, throw: fib_table_lookup()
   * returns their error), answers RTN_UNICAST; else the route's type if
   * its first next hop's device is `dev` (or no `dev` asked).
   */
  private devAddrType(addr: number, dev: NetDevice | null, tbId: number): number {
    if (ipv4IsZeronet(addr) || ipv4IsLbcast(addr)) return RTN_BROADCAST;
    if (ipv4IsMulticast(addr)) return RTN_MULTICAST;
    const tb = this.existingTable(tbId);
    if (!tb) return RTN_BROADCAST;
    const res = this.sharedTrieLookup(tb, addr);
    if (!res || fibProps[res.type]?.error) return RTN_UNICAST;
    if (dev && res.fi.nhs[0]?.dev !== dev) return RTN_UNICAST;
    return res.type;
  }

  /**
   * fib_table_lookup() of `tb` at universe scope: while no rule changed,
   * local and main are one trie (fib_new_table(): fib_trie_table(id,
   * alias)) and the lookup does not tell their aliases apart, so a route
   * of either table with the longer prefix answers (local's first at equal
   * length, as fibLookupMerged()).
   */
  sharedTrieLookup(tb: FibTable, addr: number): FibResult | null {
    const res = tb.lookup(addr, RT_SCOPE_UNIVERSE, 0, 0, false);
    // nothing beats local's /32 (an address's own local route)
    if (res && tb.id === RT_TABLE_LOCAL && res.alias.plen === 32) return res;
    const otherId = tb.id === RT_TABLE_LOCAL ? RT_TABLE_MAIN : tb.id === RT_TABLE_MAIN ? RT_TABLE_LOCAL : 0;
    const other = otherId ? this.tables.get(otherId) : undefined;
    if (!other || other.trie !== tb.trie) return res;
    const o = other.lookup(addr, RT_SCOPE_UNIVERSE, 0, 0, false);
    if (!o) return res;
    if (!res) return o;
    const loc = tb.id === RT_TABLE_LOCAL ? res : o;
    const main = loc === res ? o : res;
    return loc.alias.plen === 32 || loc.alias.plen >= main.alias.plen ? loc : main;
  }

  /**
   * The lookup fib_check_nh_v4_gw() makes: the gateway must be reachable by
   * a route of at least `scope` in the request's table (or main).
   */
  lookupForNh(tbId: number, gw: number, oif: number, scope: number): { type: number; dev: NetDevice | null; scope: number } | null {
    // The request's own table first (unless main), then the full policy
    // lookup; both with FIB_LOOKUP_IGNORE_LINKSTATE (fib_check_nh_v4_gw()).
    let res: FibResult | null | undefined = null;
    if (tbId && tbId !== RT_TABLE_MAIN) {
      res = this.getTable(tbId)?.lookup(gw, scope, 0, oif, false);
      if (res && fibProps[res.type]?.error) res = null;
    }
    if (!res) {
      const found = fibLookup(this.net, newFlowi4({ daddr: gw, scope, oif, iif: 1 }), FIB_LOOKUP_IGNORE_LINKSTATE);
      if ('err' in found) return null;
      res = found.res;
    }
    return { type: res.type, dev: res.nh.dev, scope: res.fi.scope };
  }

  /** fib_flush(): drop every route whose fib_info died, table by table in hash order. */
  flush(): number {
    this.rtCacheFlush();
    let n = 0;
    for (const tb of this.tables.values()) if (!tb.trie) n += tb.flush((fa) => (fa.fi.flags & RTNH_F_DEAD) !== 0);
    for (const tb of this.hashOrder()) n += tb.flush((fa) => (fa.fi.flags & RTNH_F_DEAD) !== 0, (fa) => this.flushed(fa, tb.id));
    return n;
  }

  /**
   * fib_table_flush(): a route that died because its preferred source
   * address went (fi->pfsrc_removed) is announced as deleted; the others
   * a device event flushes go silently.
   */
  private flushed(fa: FibAlias, tbId: number): void {
    if (fa.fi.pfsrcRemoved) rtmsgFib(this.net, RTM_DELROUTE, fa, tbId, 0);
  }

  /** The kernel's tables as fib_table_hash walks them: bucket (id & 255) up, the newest first in a bucket. */
  hashOrder(): FibTable[] {
    const rank = (tb: FibTable): number => (tb.id & 255) * 2 ** 32 - this.created.indexOf(tb);
    return [...this.created].sort((a, b) => rank(a) - rank(b));
  }

  /**
   * fib_magic(): the kernel's own route changes for an address: proto
   * kernel, prefsrc = the primary's local address, oif = its device.
   */
  magic(cmd: 'add' | 'del', type: number, dst: number, dstLen: number, ifa: InIfaddr, priority: number): void {
    const dev = ifa.inDev.dev;
    const cfg = newFibConfig({
      protocol: RTPROT_KERNEL, type, dst, dstLen, priority, prefsrc: ifa.local, oif: dev.ifindex,
      nlflags: NLM_F_CREATE | NLM_F_APPEND, table: type === RTN_UNICAST ? RT_TABLE_MAIN : RT_TABLE_LOCAL,
      scope: type !== RTN_LOCAL ? RT_SCOPE_LINK : RT_SCOPE_HOST,
    });
    if (cmd === 'del') {
      // fib_table_delete()'s -ESRCH is ignored: most of fib_del_ifaddr()'s deletes find nothing.
      const tb = this.getTable(cfg.table);
      const fa = tb?.remove(cfg, (f) => fibNhMatch(cfg, f.fi));
      if (!tb || !fa) return;
      rtmsgFib(this.net, RTM_DELROUTE, fa, tb.id, 0);
      this.rtCacheFlush();
      return;
    }
    try {
      this.addRoute(cfg);
    } catch (e) {
      if (!(e instanceof KError)) throw e;
    }
  }

  /** fib_add_ifaddr() */
  addIfaddr(ifa: InIfaddr): void {
    const inDev = ifa.inDev;
    const dev = inDev.dev;
    const mask = ifa.mask;
    const prefix = (ifa.address & mask) >>> 0;
    let prim: InIfaddr | null = ifa;
    if (ifa.flags & IFA_F_SECONDARY) {
      prim = inetIfaByprefix(inDev, prefix, mask);
      if (!prim) return;
    }
    this.magic('add', RTN_LOCAL, ifa.local, 32, prim, 0);
    if (!(dev.flags & IFF_UP)) return;
    // Add the broadcast address if it is explicitly assigned.
    if (ifa.broadcast && ifa.broadcast !== 0xffffffff) this.magic('add', RTN_BROADCAST, ifa.broadcast, 32, prim, 0);
    if (!ipv4IsZeronet(prefix) && !(ifa.flags & IFA_F_SECONDARY) && (prefix !== ifa.local || ifa.prefixlen < 32)) {
      if (!(ifa.flags & IFA_F_NOPREFIXROUTE)) {
        this.magic('add', dev.flags & IFF_LOOPBACK ? RTN_LOCAL : RTN_UNICAST, prefix, ifa.prefixlen, prim, ifa.rtPriority);
      }
      // The subnet-directed broadcast, when it makes sense (Linux 6.x no
      // longer adds the network address itself as a broadcast route).
      if (ifa.prefixlen < 31) this.magic('add', RTN_BROADCAST, (prefix | ~mask) >>> 0, 32, prim, 0);
    }
  }

  /** fib_modify_prefix_metric(): move the prefix route to a new metric. */
  modifyPrefixMetric(ifa: InIfaddr, metric: number): void {
    const prefix = (ifa.address & ifa.mask) >>> 0;
    const dev = ifa.inDev.dev;
    if (!(dev.flags & IFF_UP) || ifa.flags & (IFA_F_SECONDARY | IFA_F_NOPREFIXROUTE) || ipv4IsZeronet(prefix)) return;
    if (prefix === ifa.local && ifa.prefixlen === 32) return;
    const type = dev.flags & IFF_LOOPBACK ? RTN_LOCAL : RTN_UNICAST;
    this.magic('add', type, prefix, ifa.prefixlen, ifa, metric);
    this.magic('del', type, prefix, ifa.prefixlen, ifa, ifa.rtPriority);
  }

  /**
   * fib_del_ifaddr(): remove the routes of `ifa` unless another address
   * still needs them. With `iprim`, addresses of that subnet count as gone
   * (secondary promotion).
   */
  delIfaddr(ifa: InIfaddr, iprim: InIfaddr | null): void {
    const inDev = ifa.inDev;
    const dev = inDev.dev;
    const brd = (ifa.address | ~ifa.mask) >>> 0;
    const any = (ifa.address & ifa.mask) >>> 0;
    const LOCAL_OK = 1, BRD_OK = 2, BRD1_OK = 8;
    let ok = 0;
    let subnet = false;
    let gone = true;
    let prim: InIfaddr | null = ifa;
    if (ifa.flags & IFA_F_SECONDARY) {
      prim = inetIfaByprefix(inDev, any, ifa.mask);
      if (!prim || (iprim && iprim !== prim)) return;
    } else if (!ipv4IsZeronet(any) && (any !== ifa.local || ifa.prefixlen < 32)) {
      if (!(ifa.flags & IFA_F_NOPREFIXROUTE)) {
        this.magic('del', dev.flags & IFF_LOOPBACK ? RTN_LOCAL : RTN_UNICAST, any, ifa.prefixlen, prim, 0);
      }
      subnet = true;
    }
    if (!inDev.dead) {
      const scan = this.scanRemaining(ifa, prim, iprim, brd);
      ok = scan.ok;
      gone = scan.gone;
    }
    if (!(ok & BRD_OK)) this.magic('del', RTN_BROADCAST, ifa.broadcast, 32, prim, 0);
    if (subnet && ifa.prefixlen < 31 && !(ok & BRD1_OK)) this.magic('del', RTN_BROADCAST, brd, 32, prim, 0);
    if (!(ok & LOCAL_OK)) {
      this.magic('del', RTN_LOCAL, ifa.local, 32, prim, 0);
      // Check that this local address finally disappeared (from any device,
      // as Linux checks since 6.10); if so, routes that used it as their
      // source go too.
      if (gone && this.addrTypeTable(ifa.local, RT_TABLE_LOCAL) !== RTN_LOCAL) {
        if (fibSyncDownAddr(this.infoHash.withPrefsrc(ifa.local), dev, ifa.local)) this.flush();
      }
    }
  }

  /** The address scan of fib_del_ifaddr(): which of ifa's routes others still use. */
  private scanRemaining(ifa: InIfaddr, prim: InIfaddr, iprim: InIfaddr | null, brd: number): { ok: number; gone: boolean } {
    let ok = 0;
    let gone = true;
    let prim1: InIfaddr | null = null;
    let samePrefsrc = false;
    for (let ifa1 = ifa.inDev.ifaList; ifa1; ifa1 = ifa1.next) {
      if (ifa1 === ifa) {
        gone = false; // promotion: keep the IP
        continue;
      }
      if (iprim && ifa1.mask === iprim.mask && inetIfaMatch(ifa1.address, iprim)) continue;
      if (ifa1.flags & IFA_F_SECONDARY) {
        if (ifa1.mask === prim.mask && inetIfaMatch(ifa1.address, prim)) prim1 = prim;
        else {
          if (!samePrefsrc) continue;
          if (!prim1 || ifa1.mask !== prim1.mask || !inetIfaMatch(ifa1.address, prim1)) {
            prim1 = inetIfaByprefix(ifa.inDev, ifa1.address, ifa1.mask);
          }
          if (!prim1 || prim1.local !== prim.local) continue;
        }
      } else {
        if (prim.local !== ifa1.local) continue;
        prim1 = ifa1;
        if (prim !== prim1) samePrefsrc = true;
      }
      if (ifa.local === ifa1.local) ok |= 1;
      if (ifa.broadcast === ifa1.broadcast) ok |= 2;
      if (brd === ifa1.broadcast) ok |= 8;
      if (prim1 === ifa1 && ifa1.prefixlen < 31) {
        const brd1 = (ifa1.address | ~ifa1.mask) >>> 0;
        const any1 = (ifa1.address & ifa1.mask) >>> 0;
        if (!ipv4IsZeronet(any1)) {
          if (ifa.broadcast === brd1 || ifa.broadcast === any1) ok |= 2;
          if (brd === brd1 || brd === any1) ok |= 8;
        }
      }
    }
    return { ok, gone };
  }

  /** fib_disable_ip() */
  disableIp(dev: NetDevice, event: 'down' | 'unregister', force: boolean): void {
    const dead = this.syncDownDev(dev, event, force);
    if (dead) this.flush();
  }

  /** fib_sync_down_dev() over the device's bucket of fib_info_devhash. */
  private syncDownDev(dev: NetDevice, event: 'down' | 'unregister' | 'change', force: boolean): number {
    const n = fibSyncDownDev(this.infoHash.onDev(dev), dev, event, force);
    this.infoHash.noteSyncDown(dev);
    return n;
  }

  /** fib_sync_up(): only the fib_infos through `dev` that carry a flag can change. */
  private syncUp(dev: NetDevice, nhFlags: number): void {
    const c = this.infoHash.syncUpCandidates(dev);
    if (c.infos.length === 0) return;
    fibSyncUp(c.infos, dev, nhFlags);
    c.done();
  }

  /** fib_inetaddr_event() */
  inetaddrEvent(event: 'up' | 'down', ifa: InIfaddr): void {
    const dev = ifa.inDev.dev;
    this.rtCacheFlush();
    if (event === 'up') {
      this.addIfaddr(ifa);
      this.syncUp(dev, RTNH_F_DEAD);
    } else {
      this.delIfaddr(ifa, null);
      if (!ifa.inDev.ifaList) this.disableIp(dev, 'down', true);
    }
  }

  /** fib_netdev_event() */
  netdevEvent(event: NetdevEvent, dev: NetDevice, info?: NetdevNotifierInfo): void {
    this.rtCacheFlush();
    if (event === NetdevEvent.CHANGEMTU && typeof info === 'object' && info.kind === 'changemtu') {
      fibSyncMtu(this.infoHash.onDev(dev), dev, info.origMtu);
      return;
    }
    if (event === NetdevEvent.UNREGISTER) {
      this.disableIp(dev, 'unregister', true);
      return;
    }
    const inDev = dev.ip;
    if (!inDev) return;
    switch (event) {
      case NetdevEvent.UP:
        for (let ifa = inDev.ifaList; ifa; ifa = ifa.next) this.addIfaddr(ifa);
        this.syncUp(dev, RTNH_F_DEAD);
        break;
      case NetdevEvent.DOWN:
        this.disableIp(dev, 'down', false);
        break;
      case NetdevEvent.CHANGE:
        if (dev.ifiFlags & (0x40 | 0x10000)) this.syncUp(dev, RTNH_F_LINKDOWN);
        else this.syncDownDev(dev, 'change', false);
        break;
    }
  }
}

