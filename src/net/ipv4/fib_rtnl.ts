/**
 * The rtnetlink side of the IPv4 FIB: RTM_NEWROUTE / RTM_DELROUTE
 * (rtm_to_fib_config() then fib_table_insert/delete), the RTM_GETROUTE dump
 * (inet_dump_fib() with the strict-check filter), the route messages
 * (fib_dump_info()) and their notifications to RTNLGRP_IPV4_ROUTE (rtmsg_fib()).
 * @linux net/ipv4/fib_frontend.c rtm_to_fib_config(), inet_rtm_newroute(), inet_rtm_delroute(),
 *        ip_valid_fib_dump_req(), inet_dump_fib()
 * @linux net/ipv4/fib_semantics.c fib_dump_info(), fib_nexthop_info(), rtmsg_fib(); net/ipv4/metrics.c
 */
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { fnheDumpable } from './route_fnhe.js';
import { rtFillInfoFnhe } from './route_rtnl.js';
import { KError } from '../core/errno.js';
import { nlmsgEcho, nlmsgNew, type Rtnl, type RtnlCtx } from '../core/rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import { NLM_F_DUMP_FILTERED, NLM_F_MULTI, type NlMsg } from '../../uapi/linux/netlink.js';
import { PF_INET, PF_UNSPEC, RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE, RTNLGRP_IPV4_ROUTE } from '../../uapi/linux/rtnetlink.js';
import {
  RTAX_CC_ALGO, RTAX_FEATURE_MASK, RTAX_FEATURES, RTAX_LOCK, RTAX_MAX, RTM_F_CLONED,
  RTM_F_PREFIX, RTN_BLACKHOLE, RTN_MAX, RTNH_F_DEAD, RTNH_F_LINKDOWN, RTNH_F_OFFLOAD, RTNH_F_ONLINK, RTNH_F_TRAP, RT_TABLE_COMPAT,
  RT_TABLE_MAIN, type RtMetrics, type RtMsg,
} from '../../uapi/linux/rtmsg.js';
import { newFibConfig, type FibConfig, type FibInfo } from './fib_semantics.js';
import { fibValidKeyLen, ipIgnoreLinkdown, type FibAlias } from './fib_trie.js';
import { inetRtmGetroute } from './route_rtnl.js';
import { tcpCaNames } from './metrics.js';
import { nexthopIsBlackhole } from './nexthop.js';

const AF_INET = PF_INET;


/**
 * rtm_to_fib_config() and ip_metrics_convert(): the kernel's reading of a
 * route request. IPv4 routes via an IPv6 gateway (RTA_VIA, RFC 5549) need
 * neighbour discovery, which tuxnet's IPv6 does not do: refused, saying so.
 */
export function rtmToFibConfig(msg: NlMsg<RtMsg>, ctx: RtnlCtx): FibConfig {
  const r = msg.body;
  if (r.tos & 0x3) throw new KError('EINVAL', 'Invalid dsfield (tos): ECN bits must be 0');
  if (r.type > RTN_MAX) throw new KError('EINVAL', 'Invalid route type');
  if ((r.via && r.via.family !== AF_INET) || r.multipath?.some((nh) => nh.via && nh.via.family !== AF_INET)) {
    throw new KError('EOPNOTSUPP', 'IPv4 routes via an IPv6 gateway are not implemented in tuxnet');
  }
  // lwtunnel_valid_encap_type(): no lightweight tunnel type is built in (no MPLS, SRv6, RPL, IOAM6, XFRM...).
  if (r.encapType || r.multipath?.some((nh) => nh.encapType)) throw new KError('EOPNOTSUPP', 'lwt encapsulation type not supported');
  // Linux 6.15+ checks the prefix here, after the attributes and before the
  // nexthop id, for add and delete, before any table is looked up or made.
  fibValidKeyLen(r.dst ?? 0, r.dstLen);
  if (r.nhid && (r.oif || r.gateway !== null || r.multipath)) {
    throw new KError('EINVAL', 'Nexthop specification and nexthop id are mutually exclusive');
  }
  const cfg = newFibConfig({
    table: r.tableId ?? r.table, type: r.type, dst: r.dst ?? 0, dstLen: r.dstLen, tos: r.tos, protocol: r.protocol,
    scope: r.scope, prefsrc: r.prefsrc ?? 0, priority: r.priority ?? 0, oif: r.oif ?? 0, gw: r.gateway ?? 0,
    flags: r.flags, flow: r.flow ?? 0, nlflags: msg.flags, nhId: r.nhid ?? 0, nlinfo: { portid: ctx.portid, seq: msg.seq, echo: nlmsgEcho(msg) },
  });
  if (!cfg.table) cfg.table = RT_TABLE_MAIN;
  // ip_metrics_convert() runs in fib_create_info(), after the table is made.
  if (r.metrics) cfg.mx = r.metrics;
  if (r.multipath) {
    cfg.multipath = r.multipath.map((nh) => ({
      oif: nh.ifindex, gw: nh.gateway ?? 0, weight: nh.hops + 1, flags: nh.flags, flow: nh.flow ?? undefined,
    }));
  }
  return cfg;
}

/** inet_rtm_newroute() */
function inetRtmNewroute(net: Net, msg: NlMsg<RtMsg>, ctx: RtnlCtx): void {
  net.ipv4.fib.addRoute(rtmToFibConfig(msg, ctx));
}

/** inet_rtm_delroute(): a nexthop id must name an existing object before the table is looked up. */
function inetRtmDelroute(net: Net, msg: NlMsg<RtMsg>, ctx: RtnlCtx): void {
  const cfg = rtmToFibConfig(msg, ctx);
  if (cfg.nhId && !net.ipv4.nexthopOrNull?.find(cfg.nhId)) throw new KError('EINVAL', 'Nexthop id does not exist');
  net.ipv4.fib.delRoute(cfg);
}

/**
 * fib_nexthop_info()'s flags for one next hop: dead and linkdown as they
 * are, onlink/offload/trap copied.
 */
function nhFlags(flags: number, dev: NetDevice | null): number {
  let f = flags & (RTNH_F_DEAD | RTNH_F_LINKDOWN);
  // A linkdown next hop reads dead where lookups ignore it (fib_nexthop_info()).
  if (f & RTNH_F_LINKDOWN && ipIgnoreLinkdown(dev)) f |= RTNH_F_DEAD;
  f |= flags & (RTNH_F_ONLINK | RTNH_F_OFFLOAD | RTNH_F_TRAP);
  return f;
}

/** fib_dump_info(): the RTM_NEWROUTE body the kernel sends for alias `fa` of table `tbId`. */
export function fibDumpInfo(tbId: number, fa: FibAlias, type = fa.type): RtMsg {
  const fi = fa.fi;
  const m: RtMsg = {
    family: AF_INET, dstLen: fa.plen, srcLen: 0, tos: fa.tos, table: tbId < 256 ? tbId : RT_TABLE_COMPAT,
    protocol: fi.protocol, scope: fi.scope, type, flags: fi.flags, dst: fa.plen ? fa.dst : null, tableId: tbId,
    priority: fi.priority ? fi.priority : null, prefsrc: fi.prefsrc ? fi.prefsrc : null, gateway: null, oif: null,
    metrics: rtnetlinkPutMetrics(fi.metrics), multipath: null,
  };
  if (fi.nh !== null) {
    m.nhid = fi.nh.id;
    if (nexthopIsBlackhole(fi.nh)) m.type = RTN_BLACKHOLE;
    // without nexthop_compat_mode the object's next hops are not repeated
    if (!fi.net.ipv4.sysctl.nexthopCompatMode) return m;
  }
  if (fi.nhs.length === 1) {
    const nh = fi.nhs[0]!;
    m.flags = nhFlags(nh.flags, nh.dev);
    if (nh.gw) m.gateway = nh.gw;
    if (nh.dev) m.oif = nh.dev.ifindex;
    if (nh.tclassid) m.flow = nh.tclassid;
  } else {
    // a group object's members carry their weight in the group's entries
    const entries = fi.nh?.grp?.entries;
    m.multipath = fi.nhs.map((nh, i) => ({
      flags: nhFlags(nh.flags, nh.dev), hops: (entries ? entries[i]!.weight : nh.weight) - 1, ifindex: nh.dev ? nh.dev.ifindex : 0, gateway: nh.gw ? nh.gw : null,
      flow: nh.tclassid || null,
    }));
  }
  return m;
}

/** rtnetlink_put_metrics(): the non-zero metrics, user-visible feature bits only. */
export function rtnetlinkPutMetrics(metrics: Uint32Array): RtMetrics | null {
  const out: RtMetrics = new Map();
  for (let i = RTAX_LOCK; i <= RTAX_MAX; i++) {
    const v = metrics[i] ?? 0;
    if (!v) continue;
    if (i === RTAX_CC_ALGO) out.set(i, tcpCaNames[v] ?? String(v));
    else if (i === RTAX_FEATURES) {
      if (v & RTAX_FEATURE_MASK) out.set(i, v & RTAX_FEATURE_MASK);
    } else out.set(i, v);
  }
  return out.size ? out : null;
}

/**
 * rtmsg_fib(): announce a route added (RTM_NEWROUTE, with the NLM_F_* that
 * say how) or deleted to RTNLGRP_IPV4_ROUTE, and to the requester when it
 * asked with NLM_F_ECHO.
 */
export function rtmsgFib(net: Net, event: number, fa: FibAlias, tbId: number, nlflags: number, info?: FibConfig['nlinfo']): void {
  const echo = info?.echo ?? false;
  if (!echo && !rtnlHasListeners(net, RTNLGRP_IPV4_ROUTE)) return;
  const msg = nlmsgNew(event, nlflags, fibDumpInfo(tbId, fa), info?.seq ?? 0, info?.portid ?? 0);
  rtnlNotify(net, msg, RTNLGRP_IPV4_ROUTE, echo ? info!.portid : 0);
}

/** struct fib_dump_filter as ip_valid_fib_dump_req() fills it. */
interface FibDumpFilter {
  family: number;
  protocol: number;
  type: number;
  table: number;
  dev: NetDevice | null;
  flags: number;
  filterSet: boolean;
}

/** ip_valid_fib_dump_req(): the strict-checking reading of a route dump request. */
function ipValidFibDumpReq(net: Net, msg: NlMsg<RtMsg>): FibDumpFilter {
  const r = msg.body;
  const f: FibDumpFilter = {
    family: r.family, protocol: r.protocol, type: r.type, table: r.tableId ?? r.table, dev: null, flags: r.flags, filterSet: false,
  };
  if (r.oif) {
    f.dev = net.devByIndex(r.oif);
    if (!f.dev) throw new KError('ENODEV');
  }
  f.filterSet = f.flags !== 0 || f.protocol !== 0 || f.table !== 0 || f.type !== 0 || f.dev !== null;
  return f;
}

/**
 * The walk of inet_dump_fib(): hash buckets 0..255 by `id & 255`, and in a
 * bucket the newest table first (hlist_add_head_rcu in fib_new_table()).
 * For ids below 256 that is ascending order: main (254) before local (255).
 */
export function tablesInKernelDumpOrder<T extends { id: number }>(tables: Map<number, T>): T[] {
  const created = [...tables.values()];
  const age = new Map(created.map((tb, i) => [tb, i]));
  return created.sort((a, b) => (a.id & 255) - (b.id & 255) || age.get(b)! - age.get(a)!);
}

/**
 * inet_dump_fib() + fib_table_dump(): every alias of the requested
 * table(s) in dump order, after the kernel-side filter (type, protocol,
 * device). RTM_F_CLONED asks for the next-hop exceptions instead
 * (fib_dump_info_fnhe(): each next hop's current exceptions).
 */
export function inetDumpFib(net: Net, msg: NlMsg<RtMsg>): NlMsg[] {
  // Only AF_INET (or AF_UNSPEC, which dumps every family) reaches the IPv4 FIB.
  if (msg.body.family !== PF_UNSPEC && msg.body.family !== AF_INET) return [];
  // cb->strict_check: ip_valid_fib_dump_req(); a legacy request keeps only RTM_F_PREFIX and RTM_F_CLONED of rtm_flags.
  const f: FibDumpFilter = msg.strictChk === false
    ? { family: msg.body.family, protocol: 0, type: 0, table: 0, dev: null, flags: msg.body.flags & (RTM_F_PREFIX | RTM_F_CLONED), filterSet: false }
    : ipValidFibDumpReq(net, msg);
  if (f.flags & RTM_F_PREFIX) return [];
  const fib = net.ipv4.fib;
  let tables = tablesInKernelDumpOrder(fib.tables);
  if (f.table) {
    const tb = fib.existingTable(f.table);
    if (!tb) {
      if (f.family !== AF_INET) return [];
      throw new KError('ENOENT', 'ipv4: FIB table does not exist');
    }
    tables = [tb];
  }
  const cloned = (f.flags & RTM_F_CLONED) !== 0;
  const uses = (fi: FibInfo): boolean => fi.nhs.some((nh) => nh.dev === f.dev);
  const nlflags = NLM_F_MULTI | (f.filterSet ? NLM_F_DUMP_FILTERED : 0);
  const out: NlMsg[] = [];
  for (const tb of tables) {
    for (const fa of tb.aliases()) {
      if (fa.tbId !== tb.id) continue;
      if (f.filterSet) {
        if (f.type && fa.type !== f.type) continue;
        if (f.protocol && fa.fi.protocol !== f.protocol) continue;
        if (f.dev && !uses(fa.fi)) continue;
      }
      if (!cloned) out.push(nlmsgNew(RTM_NEWROUTE, nlflags, fibDumpInfo(tb.id, fa), msg.seq));
      else for (const nh of fa.fi.nhs) {
        for (const e of fnheDumpable(net, nh)) out.push(nlmsgNew(RTM_NEWROUTE, nlflags, rtFillInfoFnhe(net, e.daddr, e.rt, tb.id), msg.seq));
      }
    }
  }
  return out;
}

/**
 * ip_fib_init()'s rtnl_register() calls, with ip_rt_init()'s RTM_GETROUTE
 * doit (route_rtnl.ts) beside inet_dump_fib().
 */
export function ipFibRtnlInit(rtnl: Rtnl): void {
  rtnl.register<RtMsg>(PF_INET, RTM_NEWROUTE, inetRtmNewroute, null);
  rtnl.register<RtMsg>(PF_INET, RTM_DELROUTE, inetRtmDelroute, null);
  rtnl.register<RtMsg>(PF_INET, RTM_GETROUTE, inetRtmGetroute, inetDumpFib);
  // PF_UNSPEC: rtnl_dump_all(), IPv4's routes then IPv6's.
  rtnl.register<RtMsg>(PF_UNSPEC, RTM_GETROUTE, null, (net, msg) => rtnl.dumpAll(net, msg, RTM_GETROUTE));
}
