/**
 * Route messages (RTM_NEWROUTE / RTM_DELROUTE / RTM_GETROUTE): struct rtmsg
 * and its RTA_* attributes as optional fields, with the route types,
 * scopes, protocols, tables, next-hop and message flags, and RTAX_* metrics.
 * @linux include/uapi/linux/rtnetlink.h, include/uapi/linux/lwtunnel.h
 */

/** enum rtattr_type_t's route types (rtm_type). */
export const RTN_UNSPEC = 0;
export const RTN_UNICAST = 1;
export const RTN_LOCAL = 2;
export const RTN_BROADCAST = 3;
export const RTN_ANYCAST = 4;
export const RTN_MULTICAST = 5;
export const RTN_BLACKHOLE = 6;
export const RTN_UNREACHABLE = 7;
export const RTN_PROHIBIT = 8;
export const RTN_THROW = 9;
export const RTN_NAT = 10;
export const RTN_XRESOLVE = 11;
export const RTN_MAX = 11;

/** enum rt_scope_t */
export const RT_SCOPE_UNIVERSE = 0;
export const RT_SCOPE_SITE = 200;
export const RT_SCOPE_LINK = 253;
export const RT_SCOPE_HOST = 254;
export const RT_SCOPE_NOWHERE = 255;

/** rtm_protocol */
export const RTPROT_UNSPEC = 0;
export const RTPROT_REDIRECT = 1;
export const RTPROT_KERNEL = 2;
export const RTPROT_BOOT = 3;
export const RTPROT_STATIC = 4;

/** enum rt_class_t */
export const RT_TABLE_UNSPEC = 0;
export const RT_TABLE_COMPAT = 252;
export const RT_TABLE_DEFAULT = 253;
export const RT_TABLE_MAIN = 254;
export const RT_TABLE_LOCAL = 255;

/** rtnh_flags (and rtm_flags' low byte) */
export const RTNH_F_DEAD = 1;
export const RTNH_F_PERVASIVE = 2;
export const RTNH_F_ONLINK = 4;
export const RTNH_F_OFFLOAD = 8;
export const RTNH_F_LINKDOWN = 16;
export const RTNH_F_UNRESOLVED = 32;
export const RTNH_F_TRAP = 64;

/** rtm_flags */
export const RTM_F_NOTIFY = 0x100;
export const RTM_F_CLONED = 0x200;
export const RTM_F_EQUALIZE = 0x400;
export const RTM_F_PREFIX = 0x800;
export const RTM_F_LOOKUP_TABLE = 0x1000;
export const RTM_F_FIB_MATCH = 0x2000;
export const RTM_F_OFFLOAD = 0x4000;
export const RTM_F_TRAP = 0x8000;
export const RTM_F_OFFLOAD_FAILED = 0x20000000;

/** RTA_METRICS members (enum RTAX_*). */
export const RTAX_UNSPEC = 0;
export const RTAX_LOCK = 1;
export const RTAX_MTU = 2;
export const RTAX_WINDOW = 3;
export const RTAX_RTT = 4;
export const RTAX_RTTVAR = 5;
export const RTAX_SSTHRESH = 6;
export const RTAX_CWND = 7;
export const RTAX_ADVMSS = 8;
export const RTAX_REORDERING = 9;
export const RTAX_HOPLIMIT = 10;
export const RTAX_INITCWND = 11;
export const RTAX_FEATURES = 12;
export const RTAX_RTO_MIN = 13;
export const RTAX_INITRWND = 14;
export const RTAX_QUICKACK = 15;
export const RTAX_CC_ALGO = 16;
export const RTAX_FASTOPEN_NO_COOKIE = 17;
export const RTAX_MAX = 17;

export const RTAX_FEATURE_ECN = 1;
export const RTAX_FEATURE_SACK = 2;
export const RTAX_FEATURE_TIMESTAMP = 4;
export const RTAX_FEATURE_ALLFRAG = 8;
/** RTAX_FEATURE_ECN | SACK | TIMESTAMP | ALLFRAG (DST_FEATURE_ECN_CA is kernel-internal). */
export const RTAX_FEATURE_MASK = 0xf;

/** RTA_VIA (struct rtvia): a next hop of another family; the address as its bytes. */
export interface RtVia {
  family: number;
  addr: Uint8Array;
}

/** One struct rtnexthop of RTA_MULTIPATH, with its nested RTA_GATEWAY / RTA_VIA. */
export interface RtNexthop {
  flags: number;
  /** rtnh_hops = weight - 1 */
  hops: number;
  ifindex: number;
  gateway: number | null;
  via?: RtVia | null;
  /** RTA_FLOW inside the rtnexthop: its realms */
  flow?: number | null;
  /** RTA_ENCAP_TYPE inside the rtnexthop: LWTUNNEL_ENCAP_* */
  encapType?: number | null;
}

/** struct rta_cacheinfo; times in USER_HZ (100 per second) ticks, as jiffies_to_clock_t() reports them. */
export interface RtaCacheinfo {
  clntref: number;
  lastuse: number;
  expires: number;
  error: number;
  used: number;
  id: number;
  ts: number;
  tsage: number;
}

/**
 * RTA_METRICS: the RTAX_* attributes present, RTAX_LOCK included;
 * RTAX_CC_ALGO travels as the algorithm's name. A metric a request repeats
 * (iproute2 sends one attribute per keyword, no duparg) holds its values
 * in order: ip_metrics_convert() reads each, the last counts.
 */
export type RtMetricValue = number | string;
export type RtMetrics = Map<number, RtMetricValue | readonly RtMetricValue[]>;

/** The values of one metric, in the order the request carried them. */
export function metricValues(v: RtMetricValue | readonly RtMetricValue[]): readonly RtMetricValue[] {
  return typeof v === 'object' ? v : [v];
}

/** A repeated metric's value that counts: the last. */
export function lastMetric(v: RtMetricValue | readonly RtMetricValue[]): RtMetricValue {
  return typeof v === 'object' ? v[v.length - 1]! : v;
}

/**
 * struct rtmsg plus its attributes (IPv4 addresses in host order; null or
 * absent = attribute not sent).
 */
export interface RtMsg {
  family: number;
  dstLen: number;
  srcLen: number;
  tos: number;
  /** rtm_table: the id, or RT_TABLE_COMPAT for ids past 255 */
  table: number;
  protocol: number;
  scope: number;
  type: number;
  /** rtm_flags: RTNH_F_* and RTM_F_* (a cached route's RTCF_* in the high bits) */
  flags: number;
  /** RTA_DST */
  dst: number | null;
  /** RTA_TABLE */
  tableId?: number | null;
  /** RTA_PRIORITY */
  priority: number | null;
  /** RTA_PREFSRC */
  prefsrc: number | null;
  /** RTA_GATEWAY */
  gateway: number | null;
  /** RTA_OIF */
  oif: number | null;
  metrics: RtMetrics | null;
  /** RTA_MULTIPATH */
  multipath: RtNexthop[] | null;
  /** RTA_SRC (with srcLen) */
  src?: number | null;
  /** RTA_IIF */
  iif?: number | null;
  /** RTA_MARK */
  mark?: number | null;
  /** RTA_UID */
  uid?: number | null;
  /** RTA_CACHEINFO of a cached (RTM_F_CLONED) route. */
  cacheinfo?: RtaCacheinfo | null;
  /** RTA_VIA */
  via?: RtVia | null;
  /** RTA_NH_ID */
  nhid?: number | null;
  /** RTA_ENCAP_TYPE (with RTA_ENCAP): LWTUNNEL_ENCAP_* of a lightweight tunnel */
  encapType?: number | null;
  /** RTA_FLOW: the realms */
  flow?: number | null;
  /** RTA_DST of an AF_INET6 route (`dst` is IPv4's). */
  dst6?: Uint8Array | null;
  /** RTA_PREF of an IPv6 route: ICMPV6_ROUTER_PREF_* (0 medium). */
  pref?: number | null;
  /** RTA_NEWDST (MPLS's; `ip route get ... as ADDR` sends it, IPv4 refuses it). */
  newdst?: number | null;
  /** RTA_IP_PROTO, RTA_SPORT, RTA_DPORT of an RTM_GETROUTE request. */
  ipProto?: number | null;
  sport?: number | null;
  dport?: number | null;
}

/** An RTM_*ROUTE body with every optional attribute absent. */
export function newRtMsg(partial: Partial<RtMsg>): RtMsg {
  return {
    family: 0, dstLen: 0, srcLen: 0, tos: 0, table: 0, protocol: 0, scope: 0, type: 0, flags: 0, dst: null,
    priority: null, prefsrc: null, gateway: null, oif: null, metrics: null, multipath: null, ...partial,
  };
}
