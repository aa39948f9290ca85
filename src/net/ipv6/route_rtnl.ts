/**
 * The IPv6 routes addrconf makes by itself, as the RTM_GETROUTE dump shows
 * them: the prefix route fe80::/64 of each link-local address (metric 256,
 * main table), the local route of each valid address (table local, metric
 * 0: inserted when DAD completes), and ff00::/8 of each configured device
 * (table local, metric 256). A device without carrier marks its non-local
 * routes linkdown. Order: the main table, then local; within a table the
 * fib6 tree's (by prefix), equal prefixes in insertion order.
 * RTM_DELROUTE removes one of them (until addrconf makes it again).
 * Linux: RTM_NEWROUTE for IPv6 configures routes; tuxnet has no IPv6 FIB
 * and answers EOPNOTSUPP.
 * @linux net/ipv6/route.c inet6_dump_fib() rt6_fill_node() inet6_rtm_delroute(), net/ipv6/addrconf.c
 *        addrconf_prefix_route() addrconf_add_mroute() ipv6_ifa_notify()
 */
import type { Net } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import { nlmsgNew, type Rtnl } from '../core/rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFA_F_TENTATIVE } from '../../uapi/linux/if_addr.js';
import { NLM_F_MULTI, type NlMsg } from '../../uapi/linux/netlink.js';
import { PF_INET6, RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE, RTNLGRP_IPV6_ROUTE } from '../../uapi/linux/rtnetlink.js';
import {
  newRtMsg, RTN_ANYCAST, RTN_LOCAL, RTN_MULTICAST, RTN_UNICAST, RTNH_F_LINKDOWN, RTPROT_KERNEL, RT_TABLE_LOCAL, RT_TABLE_MAIN, type RtMsg,
} from '../../uapi/linux/rtmsg.js';
import { in6, ipv6AddrPrefix } from '../../wire/ipv6.js';
import { IFA_LINK } from './if_inet6.js';

export interface Row {
  readonly m: RtMsg;
  readonly seq: number;
  /** ip6_route_del(): forget the route (its owner's sequence number goes to 0). */
  readonly del: () => void;
}

function cmpAddr(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 16; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** rt6_fill_node(): the RTM_NEWROUTE body of one route. */
function rt6Msg(table: number, type: number, dst: Uint8Array, dstLen: number, oif: number, priority: number, linkdown: boolean): RtMsg {
  return newRtMsg({
    family: PF_INET6, dstLen, table, tableId: table, protocol: RTPROT_KERNEL, type, dst6: dst, oif, priority, pref: 0,
    flags: linkdown ? RTNH_F_LINKDOWN : 0,
  });
}

/** The routes of every configured device, in dump order. */
export function rt6Rows(net: Net): Row[] {
  const out: Row[] = [];
  for (const idev of net.ipv6?.idevs.values() ?? []) {
    const dev = idev.dev;
    const linkdown = !dev.carrier;
    const oif = dev.ifindex;
    if (idev.mrouteSeq) {
      out.push({ seq: idev.mrouteSeq, m: rt6Msg(RT_TABLE_LOCAL, RTN_MULTICAST, in6(0xff00), 8, oif, 256, linkdown), del: () => (idev.mrouteSeq = 0) });
    }
    for (const ifa of idev.addrs) {
      if (ifa.scope === IFA_LINK && ifa.prefixRouteSeq) {
        out.push({ seq: ifa.prefixRouteSeq, m: rt6Msg(RT_TABLE_MAIN, RTN_UNICAST, in6(0xfe80), 64, oif, 256, linkdown), del: () => (ifa.prefixRouteSeq = 0) });
      }
      if (ifa.anycastSeq) {
        const ac = ipv6AddrPrefix(ifa.addr, ifa.prefixLen);
        out.push({ seq: ifa.anycastSeq, m: rt6Msg(RT_TABLE_LOCAL, RTN_ANYCAST, ac, 128, oif, 0, false), del: () => (ifa.anycastSeq = 0) });
      }
      if (!(ifa.flags & IFA_F_TENTATIVE) && ifa.localRouteSeq) {
        out.push({ seq: ifa.localRouteSeq, m: rt6Msg(RT_TABLE_LOCAL, RTN_LOCAL, ifa.addr, 128, oif, 0, false), del: () => (ifa.localRouteSeq = 0) });
      }
    }
  }
  return out.sort((x, y) => x.m.table - y.m.table || cmpAddr(x.m.dst6!, y.m.dst6!) || x.m.dstLen - y.m.dstLen || x.seq - y.seq);
}

function bit(a: Uint8Array, i: number): number {
  return (a[i >> 3]! >> (7 - (i & 7))) & 1;
}

/**
 * The fib6 walker's order within a table (fib6_walk_continue(): left,
 * right, then the node): a prefix after the longer ones under it, the 0
 * side of a bit before the 1 side; one prefix's routes by metric, then
 * insertion.
 */
export function rt6WalkOrder(x: Row, y: Row): number {
  const a = x.m;
  const b = y.m;
  const n = Math.min(a.dstLen, b.dstLen);
  for (let i = 0; i < n; i++) {
    const d = bit(a.dst6!, i) - bit(b.dst6!, i);
    if (d) return d;
  }
  return b.dstLen - a.dstLen || (a.priority ?? 0) - (b.priority ?? 0) || x.seq - y.seq;
}

/** The tables as fib_table_hash holds them (bucket id & 255): main and local, and those fib6_new_table() made. */
export function rt6Tables(net: Net): number[] {
  return [RT_TABLE_MAIN, RT_TABLE_LOCAL, ...(net.ipv6?.fib6Tables ?? [])].sort((x, y) => (x & 255) - (y & 255));
}

/**
 * Whether anyone listens to RTNLGRP_IPV6_ROUTE: the rows a notification
 * is cut from cost a walk of every route of the namespace (O(routes) per
 * event, quadratic over a hub's link-ups), made only for a listener.
 */
export function rt6Listening(net: Net): boolean {
  return rtnlHasListeners(net, RTNLGRP_IPV6_ROUTE);
}

/** inet6_rt_notify(): a route's RTM_NEWROUTE or RTM_DELROUTE to RTNLGRP_IPV6_ROUTE. */
function inet6RtNotify(net: Net, event: number, m: RtMsg): void {
  if (!rt6Listening(net)) return;
  rtnlNotify(net, nlmsgNew(event, 0, m, 0, 0), RTNLGRP_IPV6_ROUTE);
}

/** fib6_add(): announce the route addrconf just made (its insertion number). */
export function rt6NotifyNew(net: Net, seq: number): void {
  if (!rt6Listening(net)) return;
  const row = rt6Rows(net).find((r) => r.seq === seq);
  if (row) inet6RtNotify(net, RTM_NEWROUTE, row.m);
}

/**
 * The routes through `dev` (or only those `pick` keeps) in the order
 * fib6_clean_all() meets them: table by table, the walker's order.
 */
export function rt6RowsOf(net: Net, dev: NetDevice, pick: (r: Row) => boolean = () => true): Row[] {
  const mine = rt6Rows(net).filter((r) => r.m.oif === dev.ifindex && pick(r));
  const order = rt6Tables(net);
  return mine.sort((x, y) => order.indexOf(x.m.table) - order.indexOf(y.m.table) || rt6WalkOrder(x, y));
}

/**
 * fib6_del(): announce routes about to go; `linkdown`, when given, is the
 * RTNH_F_LINKDOWN of their next hops (fib6_ifdown() never marks local and
 * anycast routes).
 */
export function rt6NotifyDel(net: Net, rows: readonly Row[], linkdown?: boolean): void {
  for (const r of rows) {
    const own = r.m.type === RTN_LOCAL || r.m.type === RTN_ANYCAST;
    const flags = linkdown && !own ? r.m.flags | RTNH_F_LINKDOWN : r.m.flags & ~RTNH_F_LINKDOWN;
    const m = linkdown === undefined ? r.m : { ...r.m, flags };
    inet6RtNotify(net, RTM_DELROUTE, m);
  }
}

/** inet6_dump_fib(): every table (or RTA_TABLE's). */
function inet6DumpFib(net: Net, msg: NlMsg<{ tableId?: number | null }>): NlMsg[] {
  const table = msg.body.tableId ?? 0;
  return rt6Rows(net)
    .filter((r) => !table || r.m.table === table)
    .map((r) => nlmsgNew(RTM_NEWROUTE, NLM_F_MULTI, r.m, msg.seq, msg.pid));
}

/**
 * inet6_rtm_delroute() / ip6_route_del(): the first route of that prefix
 * in the table (RTA_TABLE, else rtm_table, else main) whose device and
 * metric agree with what the request gives.
 */
function inet6RtmDelroute(net: Net, msg: NlMsg<RtMsg>): void {
  const r = msg.body;
  const table = r.tableId ?? (r.table || RT_TABLE_MAIN);
  const dst = r.dst6 ?? new Uint8Array(16);
  const hit = rt6Rows(net).find((x) => x.m.table === table && x.m.dstLen === r.dstLen && cmpAddr(x.m.dst6!, dst) === 0 &&
    (!r.oif || r.oif === x.m.oif) && (r.priority === null || r.priority === undefined || r.priority === x.m.priority));
  if (!hit) throw new KError('ESRCH');
  hit.del();
  rt6NotifyDel(net, [hit]);
}

export function route6RtnlInit(rtnl: Rtnl): void {
  rtnl.register(PF_INET6, RTM_GETROUTE, null, inet6DumpFib);
  rtnl.register<RtMsg>(PF_INET6, RTM_DELROUTE, inet6RtmDelroute, null);
}
