/**
 * The printing of route messages: filterNlmsg() and printRoute() are
 * iproute2's filter_nlmsg() and print_route(), over the RTM_NEWROUTE /
 * RTM_DELROUTE messages of a dump, a `route get` answer or a notification.
 * @iproute2 ip/iproute.c print_route(), filter_nlmsg(), print_rta_metrics(), print_rt_flags()
 */
import { COLOR_IFNAME, COLOR_NONE, ifaFamilyColor } from './color.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELROUTE } from '../../uapi/linux/rtnetlink.js';
import {
  RTAX_CC_ALGO, RTAX_FEATURE_ECN, RTAX_FEATURES, RTAX_HOPLIMIT, RTAX_LOCK, RTAX_MAX, RTAX_RTO_MIN, RTAX_RTT, RTAX_RTTVAR,
  RTM_F_CLONED, RTM_F_NOTIFY, RTM_F_OFFLOAD, RTM_F_OFFLOAD_FAILED, RTM_F_TRAP, RTNH_F_DEAD, RTNH_F_LINKDOWN,
  RTNH_F_OFFLOAD, RTNH_F_ONLINK, RTNH_F_PERVASIVE, RTNH_F_TRAP, RTNH_F_UNRESOLVED, RTN_UNICAST, RT_SCOPE_UNIVERSE,
  RT_TABLE_MAIN, RTPROT_BOOT, lastMetric, type RtaCacheinfo, type RtMetrics, type RtMsg, type RtNexthop,
} from '../../uapi/linux/rtmsg.js';
import { ipToString } from '../../wire/ipv4.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { sprintf } from '../lib/printf.js';
import { typeN2a } from './rt_names.js';
import type { RtNames } from './rt_names_db.js';
import { AF_INET, AF_INET6, AF_UNSPEC } from './utils.js';
import { ipv6ToString } from '../../wire/ipv6.js';
import { emptyPrefix, inetAddrMatch, type InetPrefix } from './inet_prefix.js';

/** USER_HZ as get_user_hz() reads it. */
const USER_HZ = 100;

/** iproute2's route `filter` (ip/iproute.c). */
export interface RouteFilter {
  tb: number;
  cloned: boolean;
  protocol: number;
  protocolmask: number;
  scope: number;
  scopemask: number;
  /** 1 << type, as C's int shift (JS shifts wrap the same way on x86). */
  typemask: number;
  tos: number;
  tosmask: number;
  iif: number;
  iifmask: number;
  oif: number;
  oifmask: number;
  mark: number;
  markmask: number;
  metric: number;
  metricmask: number;
  /** RTA_FLOW realms and the bits compared (-1: all, which also hides them). */
  realm: number;
  realmmask: number;
  rprefsrc: InetPrefix;
  rvia: InetPrefix;
  rdst: InetPrefix;
  mdst: InetPrefix;
  rsrc: InetPrefix;
  msrc: InetPrefix;
}

/** iproute_reset_filter() */
export function resetFilter(ifindex = 0): RouteFilter {
  return {
    tb: 0, cloned: false, protocol: 0, protocolmask: 0, scope: 0, scopemask: 0, typemask: 0, tos: 0, tosmask: 0,
    iif: 0, iifmask: 0, oif: ifindex, oifmask: ifindex > 0 ? -1 : 0, mark: 0, markmask: 0, metric: 0, metricmask: 0, realm: 0, realmmask: 0,
    rprefsrc: emptyPrefix(), rvia: emptyPrefix(), rdst: emptyPrefix(), mdst: emptyPrefix(-1), rsrc: emptyPrefix(),
    msrc: emptyPrefix(-1),
  };
}

/** rtm_get_table(): RTA_TABLE, else rtm_table. */
export function rtmGetTable(m: RtMsg): number {
  return m.tableId ?? m.table;
}

/** filter_nlmsg(): does route message `m` pass the filter? (IPv4 only.) */
export function filterNlmsg(f: RouteFilter, m: RtMsg, preferredFamily: number): boolean {
  const table = rtmGetTable(m);
  if (preferredFamily !== AF_UNSPEC && m.family !== preferredFamily) return false;
  if (f.cloned === !(m.flags & RTM_F_CLONED)) return false;
  if (f.tb > 0 && f.tb !== table) return false;
  if ((f.protocol ^ m.protocol) & f.protocolmask) return false;
  if ((f.scope ^ m.scope) & f.scopemask) return false;
  if (f.typemask && !(f.typemask & (1 << m.type))) return false;
  if ((f.tos ^ m.tos) & f.tosmask) return false;
  if (!lenOk(f.rdst, m.dstLen, m.family, true) || !lenOk(f.mdst, m.dstLen, m.family, false)) return false;
  if (!lenOk(f.rsrc, m.srcLen, m.family, true) || !lenOk(f.msrc, m.srcLen, m.family, false)) return false;
  if (f.rvia.family && f.rvia.family !== m.family) return false;
  if (f.rprefsrc.family && m.family !== f.rprefsrc.family) return false;
  const dst = m.dst ?? 0;
  const via = f.rvia.bitlen > 0 ? (m.gateway ?? 0) : 0;
  const prefsrc = f.rprefsrc.bitlen > 0 ? (m.prefsrc ?? 0) : 0;
  if ((f.rdst.family || f.rdst.lenGiven) && !inetAddrMatch(dst, f.rdst.addr, f.rdst.bitlen)) return false;
  if ((f.mdst.family || f.mdst.lenGiven) && !inetAddrMatch(dst, f.mdst.addr, m.dstLen)) return false;
  // IPv4 routes carry no RTA_SRC: their source is 0.0.0.0/0.
  if ((f.rsrc.family || f.rsrc.lenGiven) && !inetAddrMatch(0, f.rsrc.addr, f.rsrc.bitlen)) return false;
  if ((f.msrc.family || f.msrc.lenGiven) && f.msrc.bitlen >= 0 && !inetAddrMatch(0, f.msrc.addr, m.srcLen)) return false;
  if (f.rvia.family && !inetAddrMatch(via, f.rvia.addr, f.rvia.bitlen)) return false;
  if (f.rprefsrc.family && !inetAddrMatch(prefsrc, f.rprefsrc.addr, f.rprefsrc.bitlen)) return false;
  if (f.realmmask && ((m.flow ?? 0) ^ f.realm) & f.realmmask) return false;
  if (f.iifmask && (0 ^ f.iif) & f.iifmask) return false;
  if (f.oifmask && ((m.oif ?? 0) ^ f.oif) & f.oifmask) return false;
  if (f.markmask && (0 ^ f.mark) & f.markmask) return false;
  if (f.metricmask && ((m.priority ?? 0) ^ f.metric) & f.metricmask) return false;
  return true;
}

/** The root (`r`) and match (`m`) prefix-length tests of filter_nlmsg(). */
function lenOk(p: InetPrefix, len: number, family: number, root: boolean): boolean {
  if (p.family) {
    if (family !== p.family) return false;
    return root ? !(p.bitlen > len) : !(p.bitlen >= 0 && p.bitlen < len);
  }
  if (p.lenGiven) return root ? !(p.bitlen > len) : !(p.bitlen >= 0 && p.bitlen < len);
  return true;
}

/** What print_route() reads besides the message: global options and the device names. */
export interface PrintEnv {
  details: number;
  /** -s count (print_rta_cacheinfo shows users/used/age with it) */
  stats?: number;
  numeric: boolean;
  /** _SL_: "\\" with -oneline, else "\n" */
  sl: string;
  devName(ifindex: number): string;
  /** The rt_names databases (table, protocol, scope and DS field names). */
  names: RtNames;
  /** print_cache_nexthop_id(): the `nh_info` of a route naming a nexthop object (ip -d). */
  nhInfo?: (pr: Printer, id: number) => void;
  /** format_host() of an IPv4 address (a name from /etc/hosts with -resolve); the dotted quad without. */
  host?: (addr: number) => string;
}

/** format_host(): the env's resolver, or the dotted quad. */
function hostText(env: PrintEnv, addr: number): string {
  return env.host ? env.host(addr) : ipToString(addr);
}

/** print_rt_flags() */
export function printRtFlags(pr: Printer, flags: number): void {
  pr.openJsonArray(PRINT_JSON, pr.isJson ? 'flags' : '');
  const names: [number, string][] = [
    [RTNH_F_DEAD, 'dead'], [RTNH_F_ONLINK, 'onlink'], [RTNH_F_PERVASIVE, 'pervasive'], [RTNH_F_OFFLOAD, 'offload'],
    [RTNH_F_TRAP, 'trap'], [RTM_F_NOTIFY, 'notify'], [RTNH_F_LINKDOWN, 'linkdown'], [RTNH_F_UNRESOLVED, 'unresolved'],
    [RTM_F_OFFLOAD, 'rt_offload'], [RTM_F_TRAP, 'rt_trap'], [RTM_F_OFFLOAD_FAILED, 'rt_offload_failed'],
  ];
  for (const [bit, name] of names) if (flags & bit) pr.string(PRINT_ANY, null, '%s ', name);
  pr.closeJsonArray(PRINT_JSON, null);
}

/** print_rta_ifidx() */
export function printRtaIfidx(pr: Printer, name: string, prefix: string): void {
  if (pr.isJson) pr.string(PRINT_JSON, prefix, '', name);
  else {
    pr.text(`${prefix} `);
    pr.colorString(PRINT_FP, COLOR_IFNAME, null, '%s ', name);
  }
}

/** __print_rta_gateway(): the gateway in its family's color. */
export function printRtaGateway(pr: Printer, gw: string, family = AF_INET): void {
  if (pr.isJson) pr.string(PRINT_JSON, 'gateway', '', gw);
  else {
    pr.text('via ');
    pr.colorString(PRINT_FP, ifaFamilyColor(family), null, '%s ', gw);
  }
}

const mxNames: (string | undefined)[] = [
  undefined, undefined, 'mtu', 'window', 'rtt', 'rttvar', 'ssthresh', 'cwnd', 'advmss', 'reordering', 'hoplimit',
  'initcwnd', 'features', 'rto_min', 'initrwnd', 'quickack', 'congctl', 'fastopen_no_cookie',
];

/** print_rta_metrics() */
function printRtaMetrics(pr: Printer, mx: RtMetrics): void {
  pr.openJsonArray(PRINT_JSON, 'metrics');
  pr.openJsonObject(null);
  const lock = Number(mx.get(RTAX_LOCK) ?? 0);
  for (let i = 2; i <= RTAX_MAX; i++) {
    const all = mx.get(i);
    const raw = all === undefined ? undefined : lastMetric(all);
    if (raw === undefined && !(lock & (1 << i))) continue;
    let val = typeof raw === 'number' ? raw : 0;
    if (i === RTAX_HOPLIMIT && (val | 0) === -1) continue;
    const name = mxNames[i] ?? '';
    if (!pr.isJson) {
      pr.text(mxNames[i] ? `${name} ` : `metric ${i} `);
      if (lock & (1 << i)) pr.text('lock ');
    }
    if (i === RTAX_FEATURES) {
      let features = val;
      if (features & RTAX_FEATURE_ECN) {
        pr.null(PRINT_ANY, 'ecn', 'ecn ', '');
        features &= ~RTAX_FEATURE_ECN;
      }
      if (features) pr.hex(PRINT_ANY, 'features', '%#x ', val);
    } else if (i === RTAX_RTT || i === RTAX_RTTVAR || i === RTAX_RTO_MIN) {
      if (i === RTAX_RTT) val = Math.floor(val / 8);
      else if (i === RTAX_RTTVAR) val = Math.floor(val / 4);
      if (pr.isJson) pr.number(PRINT_JSON, name, '', val);
      else pr.text(val >= 1000 ? sprintf('%gs ', val / 1e3) : `${val}ms `);
    } else if (i === RTAX_CC_ALGO) {
      pr.string(PRINT_ANY, 'congestion', '%s ', typeof raw === 'string' ? raw : '');
    } else pr.number(PRINT_ANY, name, '%u ', val);
  }
  pr.closeJsonObject();
  pr.closeJsonArray(PRINT_JSON, null);
}

const rtcfNames: [number, string][] = [
  [0x80000000, 'local'], [0x40000000, 'reject'], [0x20000000, 'mc'], [0x10000000, 'brd'], [0x08000000, 'dst-nat'],
  [0x00800000, 'src-nat'], [0x00400000, 'masq'], [0x00020000, 'dst-direct'], [0x04000000, 'src-direct'],
  [0x00040000, 'redirected'], [0x01000000, 'redirect'], [0x00200000, 'fastroute'], [0x00010000, 'notify'],
  [0x00080000, 'proxy'],
];

/** print_cache_flags(): the RTCF_* bits of a cached route. */
function printCacheFlags(pr: Printer, rtmFlags: number, env: PrintEnv): void {
  let flags = (rtmFlags & ~0xffff) >>> 0;
  if (pr.isJson) pr.openJsonArray(PRINT_JSON, 'cache');
  else {
    pr.text(`${env.sl}    cache `);
    if (flags === 0) return;
    pr.text('<');
  }
  for (const [bit, name] of rtcfNames) {
    if (!(flags & bit)) continue;
    flags = (flags & ~bit) >>> 0;
    if (pr.isJson) pr.string(PRINT_JSON, null, '', name);
    else pr.text(name + (flags ? ',' : '> '));
  }
  if (flags) pr.hex(PRINT_ANY, 'flags', '%x>', flags);
  if (pr.isJson) pr.closeJsonArray(PRINT_JSON, null);
}

/** print_rta_cacheinfo() */
function printRtaCacheinfo(pr: Printer, ci: RtaCacheinfo, env: PrintEnv): void {
  if (ci.expires !== 0) pr.number(PRINT_ANY, 'expires', 'expires %dsec ', Math.trunc((ci.expires | 0) / USER_HZ));
  if (ci.error !== 0) pr.number(PRINT_ANY, 'error', 'error %u ', ci.error >>> 0);
  if (env.stats) {
    if (ci.clntref) pr.number(PRINT_ANY, 'users', 'users %u ', ci.clntref);
    if (ci.used !== 0) pr.number(PRINT_ANY, 'used', 'used %u ', ci.used);
    if (ci.lastuse !== 0) pr.number(PRINT_ANY, 'age', 'age %usec ', Math.trunc(ci.lastuse / USER_HZ));
  }
  if (ci.id) pr.hex(PRINT_ANY, 'ipid', 'ipid 0x%04x ', ci.id);
  if (ci.ts || ci.tsage) {
    pr.hex(PRINT_ANY, 'ts', 'ts 0x%x', ci.ts);
    pr.number(PRINT_ANY, 'tsage', 'tsage %usec ', ci.tsage);
  }
}

/** print_rta_flow(): `realms FROM/TO`, or `realm TO` when FROM is 0. */
function printRtaFlow(pr: Printer, flow: number, env: PrintEnv): void {
  const from = flow >>> 16;
  const to = flow & 0xffff;
  if (pr.isJson) {
    pr.openJsonObject('flow');
    if (from) pr.string(PRINT_JSON, 'from', '', env.names.realmN2a(from, env.numeric));
    pr.string(PRINT_JSON, 'to', '', env.names.realmN2a(to, env.numeric));
    pr.closeJsonObject();
    return;
  }
  pr.text(from ? `realms ${env.names.realmN2a(from, env.numeric)}/` : 'realm ');
  pr.text(`${env.names.realmN2a(to, env.numeric)} `);
}

/** print_rta_multipath() (no cloned multicast routes in IPv4 dumps of tuxnet) */
function printRtaMultipath(pr: Printer, nhs: RtNexthop[], env: PrintEnv): void {
  pr.openJsonArray(PRINT_JSON, 'nexthops');
  for (const nh of nhs) {
    pr.openJsonObject(null);
    pr.string(PRINT_FP, null, '%s\tnexthop ', env.sl);
    if (nh.gateway !== null) printRtaGateway(pr, hostText(env, nh.gateway));
    if (nh.flow) printRtaFlow(pr, nh.flow, env);
    pr.string(PRINT_ANY, 'dev', 'dev %s ', env.devName(nh.ifindex));
    pr.number(PRINT_ANY, 'weight', 'weight %d ', nh.hops + 1);
    printRtFlags(pr, nh.flags);
    pr.closeJsonObject();
  }
  pr.closeJsonArray(PRINT_JSON, null);
}

/** RTA_DST: the IPv4 or IPv6 prefix, `/len` unless a host route, which is format_host_rta_r()'s (a name with -resolve). */
function dstText(m: RtMsg, hostLen: number, env: PrintEnv): string | null {
  const len = m.dstLen !== hostLen ? `/${m.dstLen}` : '';
  if (m.dst6) return ipv6ToString(m.dst6) + len;
  if (m.dst === null) return null;
  return len ? ipToString(m.dst) + len : hostText(env, m.dst);
}

/** print_rt_pref() */
function printRtPref(pr: Printer, pref: number): void {
  const name = ['medium', 'high', '', 'low'][pref];
  if (name) pr.string(PRINT_ANY, 'pref', 'pref %s', name);
  else pr.number(PRINT_ANY, 'pref', '%u', pref);
}

/** print_route() for one IPv4 (or addrconf's IPv6) route message that passed the filter. */
export function printRoute(pr: Printer, n: NlMsg<RtMsg>, f: RouteFilter, env: PrintEnv): void {
  const m = n.body;
  const hostLen = m.family === AF_INET6 ? 128 : 32;
  const table = rtmGetTable(m);
  pr.openJsonObject(null);
  if (n.type === RTM_DELROUTE) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  if ((m.type !== RTN_UNICAST || env.details > 0) && (!f.typemask || f.typemask & (1 << m.type))) {
    pr.string(PRINT_ANY, 'type', '%s ', typeN2a(m.type, env.numeric));
  }
  let dst = dstText(m, hostLen, env);
  // the family's color for a destination that is an address (not "default"), and for the source with it
  const color = dst === null ? COLOR_NONE : ifaFamilyColor(m.family);
  if (dst === null) dst = m.dstLen ? `0/${m.dstLen} ` : 'default';
  pr.colorString(PRINT_ANY, color, 'dst', '%s ', dst);
  if (m.src !== undefined && m.src !== null) {
    pr.colorString(PRINT_ANY, color, 'from', 'from %s ', m.srcLen !== hostLen ? `${ipToString(m.src)}/${m.srcLen}` : hostText(env, m.src));
  } else if (m.srcLen) pr.string(PRINT_ANY, 'src', 'from %s ', `0/${m.srcLen}`);
  if (m.nhid !== undefined && m.nhid !== null) pr.number(PRINT_ANY, 'nhid', 'nhid %u ', m.nhid);
  if (m.tos && f.tosmask !== -1) pr.string(PRINT_ANY, 'tos', 'tos %s ', env.names.dsfieldN2a(m.tos, env.numeric));
  if (m.gateway !== null && f.rvia.bitlen !== hostLen) printRtaGateway(pr, hostText(env, m.gateway));
  if (m.oif !== null && f.oifmask !== -1) printRtaIfidx(pr, env.devName(m.oif), 'dev');
  if (table && (table !== RT_TABLE_MAIN || env.details > 0) && !f.tb) {
    pr.string(PRINT_ANY, 'table', 'table %s ', env.names.tableN2a(table, env.numeric));
  }
  if (!(m.flags & RTM_F_CLONED)) {
    if ((m.protocol !== RTPROT_BOOT || env.details > 0) && f.protocolmask !== -1) {
      pr.string(PRINT_ANY, 'protocol', 'proto %s ', env.names.protoN2a(m.protocol, env.numeric));
    }
    if ((m.scope !== RT_SCOPE_UNIVERSE || env.details > 0) && f.scopemask !== -1) {
      pr.string(PRINT_ANY, 'scope', 'scope %s ', env.names.scopeN2a(m.scope, env.numeric));
    }
  }
  if (m.prefsrc !== null && f.rprefsrc.bitlen !== hostLen) {
    const psrc = ipToString(m.prefsrc);
    if (pr.isJson) pr.string(PRINT_JSON, 'prefsrc', '', psrc);
    else {
      pr.text('src ');
      pr.colorString(PRINT_FP, ifaFamilyColor(m.family), null, '%s ', psrc);
    }
  }
  if (m.priority !== null && f.metricmask !== -1) pr.number(PRINT_ANY, 'metric', 'metric %u ', m.priority);
  printRtFlags(pr, m.flags);
  if (m.mark) {
    if (pr.isJson) pr.number(PRINT_JSON, 'mark', '', m.mark);
    else if (m.mark >= 16) pr.hex(PRINT_FP, null, 'mark 0x%x ', m.mark);
    else pr.number(PRINT_FP, null, 'mark %u ', m.mark);
  }
  if (m.flow && f.realmmask !== -1) printRtaFlow(pr, m.flow, env);
  if (m.uid !== undefined && m.uid !== null) pr.number(PRINT_ANY, 'uid', 'uid %u ', m.uid);
  if (m.flags & RTM_F_CLONED) printCacheFlags(pr, m.flags, env);
  if (m.cacheinfo) printRtaCacheinfo(pr, m.cacheinfo, env);
  if (m.metrics) printRtaMetrics(pr, m.metrics);
  if (m.iif !== undefined && m.iif !== null && f.iifmask !== -1) printRtaIfidx(pr, env.devName(m.iif), 'iif');
  if (m.pref !== undefined && m.pref !== null) printRtPref(pr, m.pref);
  if (m.nhid !== undefined && m.nhid !== null && env.details && env.nhInfo) env.nhInfo(pr, m.nhid);
  if (m.multipath) printRtaMultipath(pr, m.multipath, env);
  pr.string(PRINT_FP, null, '\n', null);
  pr.closeJsonObject();
}
