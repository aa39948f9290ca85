/**
 * ctnetlink: the conntrack messages of NETLINK_NETFILTER (subsystem
 * NFNL_SUBSYS_CTNETLINK), decoded: a connection is its two tuples and
 * the CTA_* attributes tools print.
 * @linux include/uapi/linux/netfilter/nfnetlink_conntrack.h, include/uapi/linux/netfilter/nfnetlink.h
 */

export const NFNL_SUBSYS_CTNETLINK = 1;

/** enum cntl_msg_types */
export const IPCTNL_MSG_CT_NEW = 0;
export const IPCTNL_MSG_CT_GET = 1;
export const IPCTNL_MSG_CT_DELETE = 2;
export const IPCTNL_MSG_CT_GET_CTRZERO = 3;
export const IPCTNL_MSG_CT_GET_STATS_CPU = 4;
export const IPCTNL_MSG_CT_GET_STATS = 5;

/** enum nfnetlink_groups: the conntrack event groups. */
export const NFNLGRP_CONNTRACK_NEW = 1;
export const NFNLGRP_CONNTRACK_UPDATE = 2;
export const NFNLGRP_CONNTRACK_DESTROY = 3;

export const ctnlMsg = (m: number): number => (NFNL_SUBSYS_CTNETLINK << 8) | m;

/** CTA_TUPLE_ORIG / CTA_TUPLE_REPLY: CTA_TUPLE_IP + CTA_TUPLE_PROTO (addresses in host order). */
export interface CtaTuple {
  readonly src: number;
  readonly dst: number;
  readonly protonum: number;
  /** CTA_PROTO_SRC_PORT/DST_PORT, or CTA_PROTO_ICMP_ID/TYPE/CODE. */
  readonly sport?: number;
  readonly dport?: number;
  readonly icmpId?: number;
  readonly icmpType?: number;
  readonly icmpCode?: number;
  /** CTA_TUPLE_ZONE: the zone of this direction alone (a zone of one direction). */
  readonly zone?: number;
}

/** One conntrack as ctnetlink_fill_info() describes it. */
export interface CtMsg {
  readonly family: number;
  readonly orig: CtaTuple;
  readonly reply: CtaTuple;
  /** CTA_STATUS (IPS_*) */
  readonly status: number;
  /** CTA_TIMEOUT in seconds; absent in a DESTROY event. */
  readonly timeout?: number;
  /** CTA_MARK: always in a dump; in an event only when set or changed. */
  readonly mark?: number;
  /** CTA_USE: in dumps, not in events. */
  readonly use?: number;
  readonly id: number;
  /** CTA_PROTOINFO_TCP_STATE */
  readonly tcpState?: number;
  /** CTA_COUNTERS_ORIG/REPLY: packets, bytes. */
  readonly counters?: readonly [number, number, number, number];
  /** CTA_PROTOINFO_TCP_FLAGS_ORIGINAL/REPLY: the tracker's ip_ct_tcp_state flags of each side. */
  readonly tcpFlags?: readonly [number, number];
  /** CTA_ZONE: a zone of both directions other than 0. */
  readonly zone?: number;
  /** CTA_TIMESTAMP_START/STOP: CLOCK_REALTIME ns (nf_conntrack_timestamp). */
  readonly tstampStart?: number;
  readonly tstampStop?: number;
}

/**
 * IPCTNL_MSG_CT_NEW: a connection to make (NLM_F_CREATE) or change. The
 * tuples as given; the rest as the attributes ctnetlink_create_conntrack()
 * and ctnetlink_change_conntrack() read, each absent when not sent.
 */
export interface CtNewReq {
  readonly family?: number;
  readonly orig?: CtaTuple;
  readonly reply?: CtaTuple;
  /** CTA_TIMEOUT, seconds (a u32). */
  readonly timeout?: number;
  /** CTA_STATUS (IPS_*). */
  readonly status?: number;
  /** CTA_MARK */
  readonly mark?: number;
  /** CTA_PROTOINFO_TCP_STATE */
  readonly tcpState?: number;
  /** CTA_PROTOINFO_TCP_FLAGS_ORIGINAL/REPLY: struct nf_ct_tcp_flags (flags, mask) of each side. */
  readonly tcpFlags?: readonly [number, number, number, number];
  /** CTA_ZONE */
  readonly zone?: number;
}

/** A GET/DELETE request: a tuple to find one entry, or none for a dump/flush (and a mark filter, CTA_MARK/CTA_MARK_MASK). */
export interface CtReq {
  readonly family?: number;
  readonly orig?: CtaTuple;
  readonly reply?: CtaTuple;
  readonly mark?: readonly [number, number];
  /** CTA_ZONE */
  readonly zone?: number;
}

/** struct ip_conntrack_stat per CPU (CTA_STATS_*). */
export interface CtStatsMsg {
  readonly family?: number;
  readonly cpu: number;
  readonly found: number;
  readonly invalid: number;
  readonly insert: number;
  readonly insertFailed: number;
  readonly drop: number;
  readonly earlyDrop: number;
  readonly error: number;
  readonly searchRestart: number;
  readonly clashResolve: number;
  readonly chaintoolong: number;
}

/** IPCTNL_MSG_CT_GET_STATS: CTA_STATS_GLOBAL_ENTRIES, _MAX_ENTRIES. */
export interface CtGlobalStatsMsg {
  readonly family?: number;
  readonly entries: number;
  readonly maxEntries: number;
}
