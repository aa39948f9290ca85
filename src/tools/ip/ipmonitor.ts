/**
 * `ip monitor`: join the rtnetlink multicast groups of the objects asked
 * for and print every notification as the object's own listing prints it
 * (`Deleted ` before removals), until killed.
 * @iproute2 ip/ipmonitor.c do_ipmonitor(), accept_msg()
 */
import { AF_BRIDGE, type BrFdbMsg } from '../../uapi/linux/if_bridge.js';
import { printNexthopBucket, printNexthopMonitor } from './ipnexthop.js';
import type { NhMsg } from '../../uapi/linux/nexthop.js';
import type { IfAddrMsg } from '../../uapi/linux/if_addr.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import {
  RTM_DELADDR, RTM_DELLINK, RTM_DELNEIGH, RTM_DELNETCONF, RTM_DELNSID, RTM_DELROUTE, RTM_DELRULE, RTM_GETLINK,
  RTM_DELNEXTHOP, RTM_NEWNEXTHOP, RTNLGRP_NEXTHOP, RTM_NEWNEXTHOPBUCKET, RTM_DELNEXTHOPBUCKET,
  RTM_GETNEIGH, RTM_NEWADDR, RTM_NEWLINK, RTM_NEWNEIGH, RTM_NEWNETCONF, RTM_NEWNSID, RTM_NEWROUTE, RTM_NEWRULE,
  RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV4_NETCONF, RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_IFADDR,
  RTNLGRP_IPV6_NETCONF, RTNLGRP_IPV6_ROUTE, RTNLGRP_IPV6_RULE, RTNLGRP_LINK, RTNLGRP_MPLS_ROUTE, RTNLGRP_NEIGH,
  RTNLGRP_NSID,
} from '../../uapi/linux/rtnetlink.js';
import { KError } from '../../net/core/errno.js';
import { LAB_EPOCH_SEC } from '../ping_common.js';
import { breakDown, strftime, zoneOf } from '../../lab/coreutils/date.js';
import { printLinkinfo } from './print_link.js';
import { printAddrinfo } from './print_addr.js';
import { netnsMapInit, printNsid } from './ipnetns.js';
import type { NetnsMsg } from '../../uapi/linux/net_namespace.js';
import { filterNlmsg, printRoute, resetFilter, type RouteFilter } from './iproute_print.js';
import { RTM_F_CLONED, type RtMsg } from '../../uapi/linux/rtmsg.js';
import type { FibRuleBody } from '../../uapi/linux/fib_rules.js';
import { printEnv } from './iproute.js';
import { printRule } from './iprule.js';
import { printNeighMsg } from './ipneigh.js';
import type { NdMsg } from '../../uapi/linux/neighbour.js';
import { printNetconf } from './ipnetconf.js';
import type { NetconfMsg } from '../../uapi/linux/netconf.js';
import { AF_INET, AF_INET6, fail, invarg, matches, rtnlDump, type IpCtx } from './utils.js';

const IPMON_LLINK = 1 << 0;
const IPMON_LADDR = 1 << 1;
const IPMON_LROUTE = 1 << 2;
const IPMON_LMROUTE = 1 << 3;
const IPMON_LPREFIX = 1 << 4;
const IPMON_LNEIGH = 1 << 5;
const IPMON_LNETCONF = 1 << 6;
const IPMON_LSTATS = 1 << 7;
const IPMON_LRULE = 1 << 8;
const IPMON_LNSID = 1 << 9;
const IPMON_LNEXTHOP = 1 << 10;
const IPMON_L_ALL = ~0;

/** RTNLGRP_MPLS_NETCONF */
const RTNLGRP_MPLS_NETCONF = 29;
const AF_MPLS = 28;

interface MonState {
  prefixBanner: boolean;
  ifindex: number;
  /** iproute_reset_filter(ifindex) */
  routeFilter: RouteFilter;
}

const OBJECTS: [string, number, boolean][] = [
  ['link', IPMON_LLINK, false], ['address', IPMON_LADDR, false], ['route', IPMON_LROUTE, false],
  ['mroute', IPMON_LMROUTE, false], ['prefix', IPMON_LPREFIX, false], ['neigh', IPMON_LNEIGH, false],
  ['netconf', IPMON_LNETCONF, false], ['rule', IPMON_LRULE, false], ['nsid', IPMON_LNSID, false],
  ['nexthop', IPMON_LNEXTHOP, false], ['stats', IPMON_LSTATS, true],
];

function usage(ctx: IpCtx): never {
  return fail(
    ctx,
    'Usage: ip monitor [ all | OBJECTS ] [ FILE ] [ label ] [ all-nsid ]\n' +
      '                  [ dev DEVICE ]\n' +
      'OBJECTS :=  address | link | mroute | neigh | netconf |\n' +
      '            nexthop | nsid | prefix | route | rule | stats\n' +
      'FILE := file FILENAME',
  );
}

/** The argument loop of do_ipmonitor(): the objects' mask. */
function parseArgs(ctx: IpCtx, argv: string[], st: MonState): number {
  let lmask = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const obj = OBJECTS.find(([word, , exact]) => (exact ? a === word : matches(a, word)));
    if (matches(a, 'file')) fail(ctx, 'Error: "file" is not supported by tuxnet yet.', 1);
    else if (matches(a, 'label')) st.prefixBanner = true;
    else if (obj) lmask |= obj[1];
    else if (a === 'all') st.prefixBanner = true;
    else if (matches(a, 'all-nsid')) fail(ctx, 'Error: "all-nsid" is not supported by tuxnet yet.', 1);
    else if (matches(a, 'help')) usage(ctx);
    else if (a === 'dev') {
      const v = argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
      st.ifindex = ctx.ll.nameToIndex(v);
      if (!st.ifindex) invarg(ctx, 'Device does not exist\n', v);
    } else fail(ctx, `Argument "${a}" is unknown, try "ip monitor help".`);
  }
  return lmask;
}

/** The multicast groups of the objects (nl_mgrp() per object and family). */
function groupsOf(lmask: number, family: number): number[] {
  const g: number[] = [];
  const v4 = !family || family === AF_INET;
  const v6 = !family || family === AF_INET6;
  if (lmask & IPMON_LLINK) g.push(RTNLGRP_LINK);
  if (lmask & IPMON_LADDR) {
    if (v4) g.push(RTNLGRP_IPV4_IFADDR);
    if (v6) g.push(RTNLGRP_IPV6_IFADDR);
  }
  if (lmask & IPMON_LROUTE) {
    if (v4) g.push(RTNLGRP_IPV4_ROUTE);
    if (v6) g.push(RTNLGRP_IPV6_ROUTE);
    if (!family || family === AF_MPLS) g.push(RTNLGRP_MPLS_ROUTE);
  }
  if (lmask & IPMON_LNEIGH) g.push(RTNLGRP_NEIGH);
  if (lmask & IPMON_LNETCONF) {
    if (v4) g.push(RTNLGRP_IPV4_NETCONF);
    if (v6) g.push(RTNLGRP_IPV6_NETCONF);
    if (!family || family === AF_MPLS) g.push(RTNLGRP_MPLS_NETCONF);
  }
  if (lmask & IPMON_LRULE) {
    if (v4) g.push(RTNLGRP_IPV4_RULE);
    if (v6) g.push(RTNLGRP_IPV6_RULE);
  }
  if (lmask & IPMON_LNSID) g.push(RTNLGRP_NSID);
  if (lmask & IPMON_LNEXTHOP) g.push(RTNLGRP_NEXTHOP);
  return g;
}

/**
 * print_timestamp(): the lab's wall clock (its epoch plus virtual time) in
 * the local zone (TZ): `Timestamp: asctime() N usec` lines, or with -tshort
 * an ISO 8601 `[...]` prefix.
 */
function printTimestamp(ctx: IpCtx): void {
  const ns = ctx.p.lab.sched.now;
  const tm = breakDown(LAB_EPOCH_SEC + Math.floor(ns / 1e9), ns % 1e9, zoneOf(ctx.p.env.get('TZ')));
  const usec = Math.floor((ns % 1e9) / 1e3);
  if (ctx.opts.tshort) ctx.out(`[${strftime('%Y-%m-%dT%H:%M:%S', tm)}.${String(usec).padStart(6, '0')}] `);
  else ctx.out(`Timestamp: ${strftime('%a %b %e %H:%M:%S %Y', tm)} ${usec} usec\n`);
}

/** print_headers(): the timestamp, then the `[LINK]`-style banner of `ip monitor all` / `label`. */
function printHeaders(ctx: IpCtx, st: MonState, label: string): void {
  if (ctx.opts.timestamp) printTimestamp(ctx);
  if (st.prefixBanner) ctx.out(label);
}

/**
 * accept_msg(): one notification, printed by its object's printer.
 * Nsid changes are not announced by tuxnet yet.
 */
function acceptMsg(ctx: IpCtx, st: MonState, msg: NlMsg): void {
  const pr = ctx.newPrinter();
  switch (msg.type) {
    case RTM_NEWLINK:
    case RTM_DELLINK: {
      ctx.ll.remember(msg);
      const m = msg as NlMsg<IfInfoMsg>;
      // The banner comes before print_linkinfo() filters by device.
      printHeaders(ctx, st, '[LINK]');
      if (st.ifindex && m.body.index !== st.ifindex) return;
      printLinkinfo(ctx, pr, m, { showQueue: false, doLink: false, family: 0 });
      break;
    }
    case RTM_NEWADDR:
    case RTM_DELADDR: {
      const m = msg as NlMsg<IfAddrMsg>;
      printHeaders(ctx, st, '[ADDR]');
      if (st.ifindex && m.body.index !== st.ifindex) return;
      if (ctx.opts.family && ctx.opts.family !== m.body.family) return;
      printAddrinfo(ctx, pr, m, true);
      break;
    }
    case RTM_NEWROUTE:
    case RTM_DELROUTE: {
      const m = msg as NlMsg<RtMsg>;
      if (m.body.flags & RTM_F_CLONED) return;
      printHeaders(ctx, st, '[ROUTE]');
      if (!filterNlmsg(st.routeFilter, m.body, ctx.opts.family)) return;
      printRoute(pr, m, st.routeFilter, printEnv(ctx));
      break;
    }
    case RTM_NEWRULE:
    case RTM_DELRULE:
      printHeaders(ctx, st, '[RULE]');
      printRule(pr, msg as NlMsg<FibRuleBody>, ctx.names, ctx.opts.numeric, ctx.opts.details);
      break;
    case RTM_NEWNEIGH:
    case RTM_DELNEIGH:
    case RTM_GETNEIGH: {
      const m = msg.body && (msg.body as { family: number }).family === AF_BRIDGE ? fdbAsNeigh(msg as NlMsg<BrFdbMsg>) : (msg as NlMsg<NdMsg>);
      if (ctx.opts.family && m.body.family !== ctx.opts.family) return;
      printHeaders(ctx, st, '[NEIGH]');
      // ipneigh_reset_filter(ifindex): print_neigh() skips other devices and omits `dev`.
      printNeighMsg(ctx, pr, m, st.ifindex);
      break;
    }
    case RTM_NEWNETCONF:
    case RTM_DELNETCONF: {
      const m = msg as NlMsg<NetconfMsg>;
      if (ctx.opts.family && m.body.family !== ctx.opts.family) return;
      printHeaders(ctx, st, '[NETCONF]');
      printNetconf(ctx, pr, m.body, msg.type === RTM_DELNETCONF);
      break;
    }
    case RTM_NEWNEXTHOP:
    case RTM_DELNEXTHOP:
      printHeaders(ctx, st, '[NEXTHOP]');
      printNexthopMonitor(ctx, pr, msg as NlMsg<NhMsg>);
      break;
    case RTM_NEWNEXTHOPBUCKET:
    case RTM_DELNEXTHOPBUCKET:
      printHeaders(ctx, st, '[NEXTHOPBUCKET]');
      printNexthopBucket(pr, (msg as NlMsg<NhMsg>).body);
      break;
    case RTM_NEWNSID:
    case RTM_DELNSID:
      printHeaders(ctx, st, '[NSID]');
      printNsid(ctx, pr, msg as NlMsg<NetnsMsg>);
      break;
    default:
      ctx.err(`Unknown message: type=0x${hex8(msg.type)}(${msg.type}) flags=0x${hex8(msg.flags)}(${msg.flags}) len=0x${hex8(0)}(0)\n`);
      return;
  }
  ctx.out(pr.take());
}

/** A bridge's fdb notification (fdb_fill_info()) as print_neigh() reads the same ndmsg: no NDA_DST unless a vxlan remote. */
function fdbAsNeigh(n: NlMsg<BrFdbMsg>): NlMsg<NdMsg> {
  const r = n.body;
  const c = r.cacheinfo;
  const body: NdMsg = {
    family: r.family, ifindex: r.ifindex, state: r.state, flags: r.flags, type: 0, dst: r.dst ?? 0, noDst: r.dst === undefined,
    lladdr: r.lladdr ?? null, cacheinfo: c ? { confirmed: c.confirmed, used: c.used, updated: c.updated, refcnt: c.refcnt } : null,
    probes: null, protocol: 0, flagsExt: 0,
  };
  return { ...n, body };
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** do_ipmonitor(): join the groups, fill the link cache (ll_init_map), print until killed. */
export async function doIpmonitor(ctx: IpCtx, argv: string[]): Promise<number> {
  const st: MonState = { prefixBanner: false, ifindex: 0, routeFilter: resetFilter(0) };
  let lmask = parseArgs(ctx, argv, st);
  st.routeFilter = resetFilter(st.ifindex);
  if (!lmask) lmask = IPMON_L_ALL;
  for (const g of groupsOf(lmask, ctx.opts.family)) ctx.nl.addMembership(g);
  for (const m of rtnlDump(ctx, RTM_GETLINK, { family: 0, index: 0 } satisfies IfInfoMsg)) ctx.ll.remember(m);
  netnsMapInit(ctx);
  const unkill = ctx.p.onKill?.(() => ctx.nl.close());
  try {
    for (;;) {
      let msg: NlMsg | null;
      try {
        msg = await ctx.nl.recv();
      } catch (e) {
        if (!(e instanceof KError)) throw e;
        // rtnl_listen(): "netlink receive error" on ENOBUFS, then goes on.
        ctx.err('netlink receive error No buffer space available (105)\nDump terminated\n');
        return 2;
      }
      if (!msg) return 0;
      acceptMsg(ctx, st, msg);
    }
  } finally {
    unkill?.();
  }
}
