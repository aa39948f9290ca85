/**
 * The IPv6 routes addrconf makes by itself, as the RTM_GETROUTE dump shows
 * them: the prefix route fe80::/64 of each link-local address (metric 256,
 * main table), the local route of each valid address (table local, metric
 * 0: inserted when DAD completes), and ff00::/8 of each configured device
 * (table local, metric 256). A device without carrier marks its non-local
 * routes linkdown. Order: the main table, then local; within a table the
 * fib6 tree's (by prefix), equal prefixes in insertion order.
 * Linux: RTM_NEWROUTE/RTM_DELROUTE for IPv6 configure routes; tuxnet has no
 * IPv6 FIB and answers EOPNOTSUPP.
 * @linux net/ipv6/route.c inet6_dump_fib() rt6_fill_node(), net/ipv6/addrconf.c
 *        addrconf_prefix_route() addrconf_add_mroute() ipv6_ifa_notify()
 */
import type { Net } from '../core/net_namespace.js';
import { nlmsgNew, type Rtnl } from '../core/rtnetlink.js';
import { IFA_F_TENTATIVE } from '../../uapi/linux/if_addr.js';
import type { Rt6Msg } from '../../uapi/linux/ipv6_route.js';
import { NLM_F_MULTI, type NlMsg } from '../../uapi/linux/netlink.js';
import { PF_INET6, RTM_GETROUTE, RTM_NEWROUTE } from '../../uapi/linux/rtnetlink.js';
import { RTN_LOCAL, RTN_MULTICAST, RTN_UNICAST, RTPROT_KERNEL, RT_TABLE_LOCAL, RT_TABLE_MAIN } from '../../uapi/linux/rtmsg.js';
import { in6 } from '../../wire/ipv6.js';
import { IFA_LINK } from './if_inet6.js';

interface Row {
  readonly m: Rt6Msg;
  readonly seq: number;
}

function cmpAddr(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 16; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The routes of every configured device. */
function rows(net: Net): Row[] {
  const out: Row[] = [];
  for (const idev of net.ipv6?.idevs.values() ?? []) {
    const dev = idev.dev;
    const linkdown = !dev.carrier;
    const oif = dev.ifindex;
    if (idev.mrouteSeq) {
      out.push({ seq: idev.mrouteSeq, m: { family: PF_INET6, dstLen: 8, table: RT_TABLE_LOCAL, protocol: RTPROT_KERNEL, type: RTN_MULTICAST, dst: in6(0xff00), oif, priority: 256, pref: 0, linkdown } });
    }
    for (const ifa of idev.addrs) {
      if (ifa.scope === IFA_LINK && ifa.prefixRouteSeq) {
        out.push({ seq: ifa.prefixRouteSeq, m: { family: PF_INET6, dstLen: 64, table: RT_TABLE_MAIN, protocol: RTPROT_KERNEL, type: RTN_UNICAST, dst: in6(0xfe80), oif, priority: 256, pref: 0, linkdown } });
      }
      if (!(ifa.flags & IFA_F_TENTATIVE) && ifa.localRouteSeq) {
        out.push({ seq: ifa.localRouteSeq, m: { family: PF_INET6, dstLen: 128, table: RT_TABLE_LOCAL, protocol: RTPROT_KERNEL, type: RTN_LOCAL, dst: ifa.addr, oif, priority: 0, pref: 0 } });
      }
    }
  }
  return out.sort((x, y) => x.m.table - y.m.table || cmpAddr(x.m.dst!, y.m.dst!) || x.m.dstLen - y.m.dstLen || x.seq - y.seq);
}

/** inet6_dump_fib(): every table (or RTA_TABLE's). */
function inet6DumpFib(net: Net, msg: NlMsg<{ tableId?: number | null }>): NlMsg[] {
  const table = msg.body.tableId ?? 0;
  return rows(net)
    .filter((r) => !table || r.m.table === table)
    .map((r) => nlmsgNew(RTM_NEWROUTE, NLM_F_MULTI, r.m, msg.seq, msg.pid));
}

export function route6RtnlInit(rtnl: Rtnl): void {
  rtnl.register(PF_INET6, RTM_GETROUTE, null, inet6DumpFib);
}
