/**
 * The per-namespace net.ipv4.* knobs that are not per device, with the
 * defaults a new namespace gets, and their /proc/sys/net/ipv4 files (as a
 * non-init namespace shows them: route/ has only flush, min_pmtu,
 * mtu_expires, min_adv_mss). Time knobs are in milliseconds.
 * @linux net/ipv4/sysctl_net_ipv4.c ipv4_net_table, af_inet.c inet_init_net(),
 *        icmp.c icmp_sk_init(), ip_fragment.c, route.c ipv4_route_netns_table
 */
import { TcpSysctls, tcpSysctlTable } from './tcp_sysctl.js';
import type { Net } from '../core/net_namespace.js';
import type { Ipv4Devconf } from './devconf.js';
import {
  fieldCell, arrayCell, procDointvec, procDointvecMinmax, procDointvecJiffies, procDointvecMsJiffies,
  procDou8vecMinmax, procDouintvecMinmax, procDoulongvecMinmax, procReadOnly, procWrap, procDoLargeBitmap, doProcDointvecWrite, convMinmax,
  type SysctlEntry, type SysctlErrno, type SysctlTable,
} from '../core/sysctl.js';

/** include/uapi/linux/netconf.h NETCONFA_* (the attribute a netconf notification is about). */
export const enum NetconfAttr {
  ALL = -1,
  FORWARDING = 2,
  RP_FILTER = 3,
  MC_FORWARDING = 4,
  PROXY_NEIGH = 5,
  IGNORE_ROUTES_WITH_LINKDOWN = 6,
  BC_FORWARDING = 8,
}
export const NETCONFA_IFINDEX_ALL = -1;
export const NETCONFA_IFINDEX_DEFAULT = -2;

/** include/net/netevent.h */
export const enum NetEvent {
  NEIGH_UPDATE = 1,
  REDIRECT,
  DELAY_PROBE_TIME_UPDATE,
  IPV4_MPATH_HASH_UPDATE,
  IPV6_MPATH_HASH_UPDATE,
  IPV4_FWD_UPDATE_PRIORITY_UPDATE,
}

/**
 * What a sysctl write announces elsewhere (the world's `inet.sysctl`,
 * installed by rtnetlink and netevent listeners; by default nobody listens).
 */
export interface Ipv4SysctlHooks {
  /** inet_netconf_notify_devconf(): RTM_NEWNETCONF/RTM_DELNETCONF to `ip monitor netconf`. */
  netconfNotify(net: Net, event: 'new' | 'del', attr: NetconfAttr, ifindex: number, cnf: Ipv4Devconf | null): void;
  /** call_netevent_notifiers() */
  netevent(net: Net, event: NetEvent, arg: unknown): void;
}

/** include/net/ip_fib.h FIB_MULTIPATH_HASH_FIELD_ALL_MASK / _DEFAULT_MASK */
export const FIB_MULTIPATH_HASH_FIELD_ALL_MASK = 0xfff;
export const FIB_MULTIPATH_HASH_FIELD_DEFAULT_MASK = 0x7;

/** struct netns_ipv4's sysctl_* fields (camelCase of the kernel names). */
export class Ipv4Sysctls {
  private tcpKnobs: TcpSysctls | null = null;
  /** The net.ipv4.tcp_* knobs (and net.core.somaxconn): made at the first TCP socket or read of one (a namespace without TCP never needs its sixty). */
  get tcp(): TcpSysctls {
    return (this.tcpKnobs ??= new TcpSysctls());
  }
  /* icmp.c icmp_sk_init() */
  icmpEchoIgnoreAll = 0;
  icmpEchoEnableProbe = 0;
  icmpEchoIgnoreBroadcasts = 1;
  icmpIgnoreBogusErrorResponses = 1;
  icmpErrorsUseInboundIfaddr = 0;
  /** ms (1 * HZ jiffies) */
  icmpRatelimit = 1000;
  /** 0x1818: dest unreachable, source quench, time exceeded, parameter problem */
  icmpRatemask = 0x1818;
  icmpMsgsPerSec = 1000;
  icmpMsgsBurst = 50;
  /* af_inet.c inet_init_net() */
  /** ping_group_range: [1, 0] means nobody may open ICMP sockets. */
  readonly pingGroupRange = [1, 0];
  readonly ipLocalPortRange = [32768, 60999];
  /** ip_local_reserved_ports: the bitmap as a set of ports. */
  readonly ipLocalReservedPorts = new Set<number>();
  ipDefaultTtl = 64;
  ipFwdUpdatePriority = 1;
  ipDynaddr = 0;
  ipEarlyDemux = 1;
  udpEarlyDemux = 1;
  tcpEarlyDemux = 1;
  nexthopCompatMode = 1;
  /** ip_unprivileged_port_start (PROT_SOCK) */
  ipProtSock = 1024;
  ipNoPmtuDisc = 0;
  ipFwdUsePmtu = 0;
  ipNonlocalBind = 0;
  ipAutobindReuse = 0;
  fwmarkReflect = 0;
  /** tuxnet extension (NAT through loopback): a packet that re-enters from lo loses its route and conntrack, so it is routed and tracked again. Off by default. */
  loopbackReenter = 0;
  rawL3mdevAccept = 1;
  udpL3mdevAccept = 0;
  udpRmemMin = 4096;
  udpWmemMin = 4096;
  /** udp_child_hash_entries: 0 = a new child namespace shares the global UDP table. */
  udpChildHashEntries = 0;
  /** xfrm4_gc_thresh (xfrm4_policy.c; no IPsec here, the knob is kept). */
  xfrm4GcThresh = 32768;
  igmpLlmReports = 1;
  igmpMaxMemberships = 20;
  igmpMaxMsf = 10;
  igmpQrv = 2;
  fibMultipathUseNeigh = 0;
  fibMultipathHashPolicy = 0;
  fibMultipathHashFields = FIB_MULTIPATH_HASH_FIELD_DEFAULT_MASK;
  fibNotifyOnFlagChange = 0;
  /* route.c sysctl_route_net_init() / ip_rt_do_proc_init() */
  /** min_pmtu (DEFAULT_MIN_PMTU = 512 + 20 + 20) */
  ipRtMinPmtu = 552;
  /** mtu_expires, ms (10 * 60 * HZ) */
  ipRtMtuExpires = 600000;
  ipRtMinAdvmss = 256;
  /*
   * route.c globals, shown only in init_net's net.ipv4.route (so never in a
   * lab, whose namespaces are all non-init ones); times in ms.
   */
  /** ip_rt_redirect_number: redirects sent before going silent */
  readonly ipRtRedirectNumber = 9;
  /** ip_rt_redirect_load (HZ / 50) */
  readonly ipRtRedirectLoad = 20;
  /** ip_rt_redirect_silence ((HZ / 50) << 10) */
  readonly ipRtRedirectSilence = 20480;
  /** ip_rt_error_cost (HZ): the token cost of an ICMP error in ip_error() */
  readonly ipRtErrorCost = 1000;
  /** ip_rt_error_burst (5 * HZ) */
  readonly ipRtErrorBurst = 5000;
  /** ip_rt_gc_timeout (RT_GC_TIMEOUT = 300 * HZ) */
  readonly ipRtGcTimeout = 300000;
  /* ip_fragment.c ipv4_frags_init_net() */
  ipfragHighThresh = 4 * 1024 * 1024;
  ipfragLowThresh = 3 * 1024 * 1024;
  /** ipfrag_time, ms (IP_FRAG_TIME = 30 * HZ) */
  ipfragTime = 30000;
  ipfragMaxDist = 64;
}

/**
 * ipv4_local_port_range(): two ints in [1, 65535]; refused (EINVAL) if the
 * upper is below the lower or the lower is below ip_unprivileged_port_start.
 */
function ipv4LocalPortRange(s: Ipv4Sysctls): SysctlEntry {
  const r = s.ipLocalPortRange;
  return {
    mode: 0o644,
    read: () => `${r[0]}\t${r[1]}\n`,
    write(text, w) {
      const tmp = [r[0]!, r[1]!];
      const err = doProcDointvecWrite(text, 2, convMinmax(1, 65535), (i, v) => (tmp[i] = v), w);
      if (err) return err;
      if (tmp[1]! < tmp[0]! || tmp[0]! < s.ipProtSock) return 'EINVAL';
      r[0] = tmp[0]!;
      r[1] = tmp[1]!;
      return null;
    },
  };
}

/** ipv4_privileged_ports(): [0, 65535], and not above the local port range. */
function ipv4PrivilegedPorts(s: Ipv4Sysctls): SysctlEntry {
  return {
    mode: 0o644,
    read: () => `${s.ipProtSock}\n`,
    write(text, w) {
      let v = s.ipProtSock;
      const err = doProcDointvecWrite(text, 1, convMinmax(0, 65535), (_i, x) => (v = x), w);
      if (err) return err;
      if (s.ipLocalPortRange[0]! < v) return 'EINVAL';
      s.ipProtSock = v;
      return null;
    },
  };
}

/** GID_T_MAX: (gid_t)~0U - 1 */
const GID_T_MAX = 4294967294;

/**
 * ipv4_ping_group_range(): two gids in [0, GID_T_MAX]; an empty range
 * (high < low) is stored as the canonical "1 0".
 */
function ipv4PingGroupRange(s: Ipv4Sysctls): SysctlEntry {
  const r = s.pingGroupRange;
  return {
    mode: 0o644,
    read: () => `${r[0]}\t${r[1]}\n`,
    write(text, w) {
      const tmp = [r[0]!, r[1]!];
      const e = procDoulongvecMinmax([arrayCell(tmp, 0), arrayCell(tmp, 1)], () => 0, () => GID_T_MAX).write(text, w);
      if (e) return e;
      if (tmp[1]! < tmp[0]!) [tmp[0], tmp[1]] = [1, 0];
      r[0] = tmp[0]!;
      r[1] = tmp[1]!;
      return null;
    },
  };
}

/** A handler that tells the netevent chain after a successful write. */
function withNetevent(net: Net, e: SysctlEntry, ev: NetEvent): SysctlEntry {
  return procWrap(e, (err) => {
    if (!err) net.world.inet.sysctl.netevent(net, ev, net);
    return err;
  });
}

/**
 * proc_fib_multipath_hash_seed() (6.11+): reads the seed the user set (0:
 * none); a write makes it the multipath hash key, or draws a new random
 * key for 0 (proc_fib_multipath_hash_set_seed). Namespaces with the same
 * seed hash the same flows to the same next hops.
 */
function fibMultipathHashSeed(net: Net): SysctlEntry {
  const ipv4 = net.ipv4;
  return procDouintvecMinmax({
    get: () => ipv4.multipathHashUserSeed,
    set(v) {
      ipv4.multipathHashUserSeed = v;
      ipv4.multipathHashKey = v || net.world.rng.u32();
    },
  }, null, null);
}

/** ipv4_sysctl_rtcache_flush(): write-only; any write flushes, a read is EINVAL. */
function rtcacheFlush(net: Net): SysctlEntry {
  return {
    mode: 0o200,
    read: () => '',
    write(): SysctlErrno | null {
      net.ipv4.fib.rtCacheFlush();
      net.ipv4.fib.fnheGenidBump();
      return null;
    },
  };
}

/**
 * The global hash tables' sizes on the reference machine: a child
 * namespace that shares them shows them negated (proc_tcp_ehash_entries(),
 * proc_udp_hash_entries()); tcp_max_tw_buckets is half the ehash size.
 */
const TCP_EHASH_ENTRIES = 262144;
const UDP_HASH_ENTRIES = 16384;
/** UDP_HTABLE_SIZE_MAX: udp_child_hash_entries' ceiling. */
const UDP_HTABLE_SIZE_MAX = 65536;

function ipv4NetTable(net: Net, s: Ipv4Sysctls): Array<[string, SysctlEntry]> {
  const c = (k: Parameters<typeof fieldCell<Ipv4Sysctls>>[1]) => fieldCell(s, k);
  const bool = (k: Parameters<typeof fieldCell<Ipv4Sysctls>>[1]) => procDou8vecMinmax(c(k), 0, 1);
  return [
    ['icmp_echo_ignore_all', bool('icmpEchoIgnoreAll')],
    ['icmp_echo_enable_probe', bool('icmpEchoEnableProbe')],
    ['icmp_echo_ignore_broadcasts', bool('icmpEchoIgnoreBroadcasts')],
    ['icmp_ignore_bogus_error_responses', bool('icmpIgnoreBogusErrorResponses')],
    ['icmp_errors_use_inbound_ifaddr', bool('icmpErrorsUseInboundIfaddr')],
    ['icmp_ratelimit', procDointvecMsJiffies(c('icmpRatelimit'))],
    ['icmp_ratemask', procDointvec(c('icmpRatemask'))],
    ['icmp_msgs_per_sec', procDointvecMinmax(c('icmpMsgsPerSec'), 0, null)],
    ['icmp_msgs_burst', procDointvecMinmax(c('icmpMsgsBurst'), 0, null)],
    ['ping_group_range', ipv4PingGroupRange(s)],
    ['raw_l3mdev_accept', bool('rawL3mdevAccept')],
    ['ip_dynaddr', procDou8vecMinmax(c('ipDynaddr'))],
    ['ip_early_demux', procDou8vecMinmax(c('ipEarlyDemux'))],
    ['udp_early_demux', procDou8vecMinmax(c('udpEarlyDemux'))],
    ['tcp_early_demux', procDou8vecMinmax(c('tcpEarlyDemux'))],
    ['nexthop_compat_mode', bool('nexthopCompatMode')],
    ['ip_default_ttl', procDou8vecMinmax(c('ipDefaultTtl'), 1, 255)],
    ['ip_local_port_range', ipv4LocalPortRange(s)],
    ['ip_local_reserved_ports', procDoLargeBitmap(s.ipLocalReservedPorts, 65536)],
    ['ip_no_pmtu_disc', procDou8vecMinmax(c('ipNoPmtuDisc'))],
    ['ip_forward_use_pmtu', procDou8vecMinmax(c('ipFwdUsePmtu'))],
    ['ip_forward_update_priority', withNetevent(net, bool('ipFwdUpdatePriority'), NetEvent.IPV4_FWD_UPDATE_PRIORITY_UPDATE)],
    ['ip_nonlocal_bind', procDou8vecMinmax(c('ipNonlocalBind'))],
    ['ip_autobind_reuse', bool('ipAutobindReuse')],
    ['fwmark_reflect', procDou8vecMinmax(c('fwmarkReflect'))],
    // tuxnet extension, not in Linux (see loopback_xmit()): readable by its name, never listed.
    ['loopback_reenter', { ...procDou8vecMinmax(c('loopbackReenter'), 0, 1), unlisted: true }],
    ['igmp_link_local_mcast_reports', procDou8vecMinmax(c('igmpLlmReports'))],
    ['igmp_max_memberships', procDointvec(c('igmpMaxMemberships'))],
    ['igmp_max_msf', procDointvec(c('igmpMaxMsf'))],
    ['igmp_qrv', procDointvecMinmax(c('igmpQrv'), 1, null)],
    ['fib_multipath_use_neigh', bool('fibMultipathUseNeigh')],
    ['fib_multipath_hash_policy', withNetevent(net, procDou8vecMinmax(c('fibMultipathHashPolicy'), 0, 3), NetEvent.IPV4_MPATH_HASH_UPDATE)],
    ['fib_multipath_hash_fields', withNetevent(net, procDouintvecMinmax(c('fibMultipathHashFields'), 1, FIB_MULTIPATH_HASH_FIELD_ALL_MASK), NetEvent.IPV4_MPATH_HASH_UPDATE)],
    ['fib_multipath_hash_seed', fibMultipathHashSeed(net)],
    ['ip_unprivileged_port_start', ipv4PrivilegedPorts(s)],
    ['udp_l3mdev_accept', bool('udpL3mdevAccept')],
    ['udp_rmem_min', procDointvecMinmax(c('udpRmemMin'), 1, null)],
    ['udp_wmem_min', procDointvecMinmax(c('udpWmemMin'), 1, null)],
    ['fib_notify_on_flag_change', procDou8vecMinmax(c('fibNotifyOnFlagChange'), 0, 2)],
    ['tcp_ehash_entries', procReadOnly(() => `${-TCP_EHASH_ENTRIES}\n`)],
    ['udp_hash_entries', procReadOnly(() => `${-UDP_HASH_ENTRIES}\n`)],
    ['udp_child_hash_entries', procDouintvecMinmax(c('udpChildHashEntries'), 0, UDP_HTABLE_SIZE_MAX)],
    ['xfrm4_gc_thresh', procDointvec(c('xfrm4GcThresh'))],
  ];
}

/** ip4_frags_ns_ctl_table: each threshold bounded by the other. */
function ipFragTable(s: Ipv4Sysctls): Array<[string, SysctlEntry]> {
  return [
    ['ipfrag_high_thresh', procDoulongvecMinmax([fieldCell(s, 'ipfragHighThresh')], () => s.ipfragLowThresh, null)],
    ['ipfrag_low_thresh', procDoulongvecMinmax([fieldCell(s, 'ipfragLowThresh')], null, () => s.ipfragHighThresh)],
    ['ipfrag_time', procDointvecJiffies(fieldCell(s, 'ipfragTime'))],
    ['ipfrag_max_dist', procDointvecMinmax(fieldCell(s, 'ipfragMaxDist'), 0, null)],
  ];
}

/** ipv4_route_netns_table (min_pmtu at least IPV4_MIN_MTU 68). */
function routeTable(net: Net, s: Ipv4Sysctls): Array<[string, SysctlEntry]> {
  return [
    ['flush', rtcacheFlush(net)],
    ['min_pmtu', procDointvecMinmax(fieldCell(s, 'ipRtMinPmtu'), 68, null)],
    ['mtu_expires', procDointvecJiffies(fieldCell(s, 'ipRtMtuExpires'))],
    ['min_adv_mss', procDointvec(fieldCell(s, 'ipRtMinAdvmss'))],
  ];
}

/** net/ipv4/*: ipv4_net_table, the fragment knobs and TCP's. */
function ipv4Table(net: Net, s: Ipv4Sysctls): [string, SysctlEntry][] {
  return [...ipv4NetTable(net, s), ...ipFragTable(s), ...tcpSysctlTable(s.tcp)];
}

/**
 * ipv4_sysctl_init_net() + ipv4_frags_init_net() + sysctl_route_net_init():
 * the net/ipv4/* files that are neither conf/ nor neigh/ nor ip_forward.
 */
export function ipv4NetTableRegister(net: Net, table: SysctlTable, s: Ipv4Sysctls): void {
  table.registerLazy('net/ipv4', ipv4Table, net, s);
  table.registerLazy('net/ipv4/route', routeTable, net, s);
}
