/**
 * net.ipv6.* of each namespace outside conf/ and neigh/: the top-level
 * knobs (ipv6_table_template), net.ipv6.route.* (ipv6_route_table_template),
 * net.ipv6.icmp.* (ipv6_icmp_table_template), the fragment knobs
 * (ip6_frags_ns_ctl_table) and xfrm6_gc_thresh, with their defaults and
 * their handlers' parsing and refusals. tuxnet's IPv6 is what a fresh
 * interface sends by itself (README): these values are kept and shown,
 * nothing reads them yet.
 * @linux net/ipv6/sysctl_net_ipv6.c, net/ipv6/route.c ip6_route_net_init(),
 *        net/ipv6/icmp.c, net/ipv6/reassembly.c, net/ipv6/xfrm6_policy.c
 */
import type { Net, PernetOperations } from '../core/net_namespace.js';
import {
  INT_MAX, ProcBuf, fieldCell, procTook, procDoLargeBitmap, procDointvec, procDointvecJiffies, procDointvecMinmax, procDointvecMsJiffies,
  procDou8vecMinmax, procDouintvecMinmax, procDoulongvecMinmax, procGetLong, procSkipSpaces, type SysctlEntry,
} from '../core/sysctl.js';

/** IOAM6_DEFAULT_ID (U32_MAX >> 8) and IOAM6_DEFAULT_ID_WIDE (U64_MAX >> 8). */
const IOAM6_DEFAULT_ID = 0xffffff;
const IOAM6_DEFAULT_ID_WIDE = (1n << 56n) - 1n;
/** ICMPV6_MSG_MAX + 1: the types icmp.ratemask can name. */
const ICMPV6_RATEMASK_BITS = 256;

/** struct netns_sysctl_ipv6 (and the frag and route knobs), as ipv6_init_net() and friends set them; times in ms. */
class Ipv6NetSysctls {
  bindv6only = 0;
  anycastSrcEchoReply = 0;
  flowlabelConsistency = 1;
  /** IP6_AUTO_FLOW_LABEL_OPTOUT */
  autoFlowlabels = 1;
  fwmarkReflect = 0;
  idgenRetries = 3;
  idgenDelay = 1000;
  flowlabelStateRanges = 0;
  ipNonlocalBind = 0;
  flowlabelReflect = 0;
  maxDstOptsCnt = 8;
  maxHbhOptsCnt = 8;
  maxDstOptsLen = INT_MAX;
  maxHbhOptsLen = INT_MAX;
  multipathHashPolicy = 0;
  /** FIB_MULTIPATH_HASH_FIELD_DEFAULT_MASK */
  multipathHashFields = 7;
  seg6Flowlabel = 0;
  fibNotifyOnFlagChange = 0;
  ioam6Id = IOAM6_DEFAULT_ID;
  ioam6IdWide = IOAM6_DEFAULT_ID_WIDE;
  // net/ipv6/route
  rtMaxSize = INT_MAX;
  rtGcThresh = 1024;
  rtGcMinInterval = 500;
  rtGcTimeout = 60_000;
  rtGcInterval = 30_000;
  rtGcElasticity = 9;
  rtMtuExpires = 600_000;
  /** IPV6_MIN_MTU - 20 - 40 */
  rtMinAdvmss = 1220;
  skipNotifyOnDevDown = 0;
  // net/ipv6/icmp
  icmpEchoIgnoreAll = 0;
  icmpEchoIgnoreMulticast = 0;
  icmpEchoIgnoreAnycast = 0;
  /** HZ / 10 */
  icmpRatelimit = 100;
  /** Every error type but Packet Too Big (2), and no informational one. */
  readonly icmpRatemask = new Set<number>([0, 1, ...Array.from({ length: 125 }, (_, i) => i + 3)]);
  icmpErrorAnycastAsUnicast = 0;
  // ip6frag_*
  fragHighThresh = 4 * 1024 * 1024;
  fragLowThresh = 3 * 1024 * 1024;
  fragTime = 60_000;
  xfrm6GcThresh = 32768;
}

type Key = Parameters<typeof fieldCell<Ipv6NetSysctls>>[1];

/** proc_doulongvec_minmax() on a u64 above 2^53 (ioam6_id_wide): kept as a bigint. */
function u64Minmax(get: () => bigint, set: (v: bigint) => void, max: bigint): SysctlEntry {
  return {
    mode: 0o644,
    read: () => `${get()}\n`,
    write(text, w) {
      if (w.ignoresPos()) return w.consumeAll();
      const b = new ProcBuf(text);
      procSkipSpaces(b);
      const r = procGetLong(b);
      if (r === 'EINVAL' || r.neg || r.val > max) return 'EINVAL';
      set(r.val);
      return procTook(w, b);
    },
  };
}

function ipv6Table(net: Net): Array<[string, SysctlEntry]> {
  const s = ipv6NetSysctls(net);
  const f = (k: Key) => fieldCell(s, k);
  const u8 = (k: Key, min: number | null = null, max: number | null = null) => procDou8vecMinmax(f(k), min, max);
  return [
    ['bindv6only', u8('bindv6only')],
    ['anycast_src_echo_reply', u8('anycastSrcEchoReply')],
    ['flowlabel_consistency', u8('flowlabelConsistency')],
    ['auto_flowlabels', u8('autoFlowlabels', null, 3)],
    ['fwmark_reflect', u8('fwmarkReflect')],
    ['idgen_retries', procDointvec(f('idgenRetries'))],
    ['idgen_delay', procDointvecJiffies(f('idgenDelay'))],
    ['flowlabel_state_ranges', u8('flowlabelStateRanges')],
    ['ip_nonlocal_bind', u8('ipNonlocalBind')],
    ['flowlabel_reflect', procDointvecMinmax(f('flowlabelReflect'), 0, 7)],
    ['max_dst_opts_number', procDointvec(f('maxDstOptsCnt'))],
    ['max_hbh_opts_number', procDointvec(f('maxHbhOptsCnt'))],
    ['max_dst_opts_length', procDointvec(f('maxDstOptsLen'))],
    ['max_hbh_length', procDointvec(f('maxHbhOptsLen'))],
    ['fib_multipath_hash_policy', u8('multipathHashPolicy', 0, 3)],
    // FIB_MULTIPATH_HASH_FIELD_ALL_MASK
    ['fib_multipath_hash_fields', procDouintvecMinmax(f('multipathHashFields'), 1, 0xfff)],
    ['seg6_flowlabel', procDointvec(f('seg6Flowlabel'))],
    ['fib_notify_on_flag_change', u8('fibNotifyOnFlagChange', 0, 2)],
    ['ioam6_id', procDouintvecMinmax(f('ioam6Id'), null, IOAM6_DEFAULT_ID)],
    ['ioam6_id_wide', u64Minmax(() => s.ioam6IdWide, (v) => (s.ioam6IdWide = v), IOAM6_DEFAULT_ID_WIDE)],
    ['ip6frag_high_thresh', procDoulongvecMinmax([f('fragHighThresh')], () => s.fragLowThresh, null)],
    ['ip6frag_low_thresh', procDoulongvecMinmax([f('fragLowThresh')], null, () => s.fragHighThresh)],
    ['ip6frag_time', procDointvecJiffies(f('fragTime'))],
    ['xfrm6_gc_thresh', procDointvec(f('xfrm6GcThresh'))],
  ];
}

/** ipv6_route_table_template; "flush" is write-only (0200) and reading it is EINVAL. */
function routeTable(net: Net): Array<[string, SysctlEntry]> {
  const s = ipv6NetSysctls(net);
  const f = (k: Key) => fieldCell(s, k);
  return [
    ['max_size', procDointvec(f('rtMaxSize'))],
    ['gc_thresh', procDointvec(f('rtGcThresh'))],
    // ipv6_sysctl_rtcache_flush(): a delay to run fib6_run_gc() with; no route cache to age here.
    ['flush', { mode: 0o200, read: () => '', write: (text, w) => procDointvec({ get: () => 0, set: () => {} }).write(text, w) }],
    ['gc_min_interval', procDointvecJiffies(f('rtGcMinInterval'))],
    ['gc_timeout', procDointvecJiffies(f('rtGcTimeout'))],
    ['gc_interval', procDointvecJiffies(f('rtGcInterval'))],
    ['gc_elasticity', procDointvec(f('rtGcElasticity'))],
    ['mtu_expires', procDointvecJiffies(f('rtMtuExpires'))],
    ['min_adv_mss', procDointvec(f('rtMinAdvmss'))],
    ['gc_min_interval_ms', procDointvecMsJiffies(f('rtGcMinInterval'))],
    ['skip_notify_on_dev_down', procDou8vecMinmax(f('skipNotifyOnDevDown'), 0, 1)],
  ];
}

/** ipv6_icmp_table_template */
function icmpTable(net: Net): Array<[string, SysctlEntry]> {
  const s = ipv6NetSysctls(net);
  const f = (k: Key) => fieldCell(s, k);
  return [
    ['ratelimit', procDointvecMsJiffies(f('icmpRatelimit'))],
    ['echo_ignore_all', procDou8vecMinmax(f('icmpEchoIgnoreAll'))],
    ['echo_ignore_multicast', procDou8vecMinmax(f('icmpEchoIgnoreMulticast'))],
    ['echo_ignore_anycast', procDou8vecMinmax(f('icmpEchoIgnoreAnycast'))],
    ['ratemask', procDoLargeBitmap(s.icmpRatemask, ICMPV6_RATEMASK_BITS)],
    ['error_anycast_as_unicast', procDou8vecMinmax(f('icmpErrorAnycastAsUnicast'), 0, 1)],
  ];
}

const IPV6_SYSCTLS = 'ipv6_sysctl';

/** The namespace's knobs of the three tables, made at the first look into one of them. */
export function ipv6NetSysctls(net: Net): Ipv6NetSysctls {
  let s = net.generic.get(IPV6_SYSCTLS) as Ipv6NetSysctls | undefined;
  if (!s) net.generic.set(IPV6_SYSCTLS, (s = new Ipv6NetSysctls()));
  return s;
}

/** ipv6_sysctl_net_ops (with the frag and xfrm6 tables): one state per namespace, made at the first look. */
export const ipv6SysctlNetOps: PernetOperations = {
  name: 'ipv6_sysctl',
  init(net: Net): void {
    net.sysctl.registerLazy('net/ipv6', ipv6Table, net);
    net.sysctl.registerLazy('net/ipv6/route', routeTable, net);
    net.sysctl.registerLazy('net/ipv6/icmp', icmpTable, net);
  },
};
