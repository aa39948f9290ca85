// SPDX-License-Identifier: GPL-2.0
/**
 * The route metrics TCP reads (include/net/tcp.h, include/net/dst.h,
 * net/ipv4/tcp_metrics.c): RTAX_RTO_MIN for the minimum RTO, RTAX_CC_ALGO
 * for the congestion control, RTAX_QUICKACK (tcp_input.ts), and the
 * tcp_metrics cache that carries rtt, rttvar, ssthresh, cwnd and reordering.
 * Times are jiffies (HZ = 250) as in the kernel, so the rounding matches.
 */
import {
  RTAX_CC_ALGO, RTAX_CWND, RTAX_LOCK, RTAX_REORDERING, RTAX_RTO_MIN, RTAX_RTT, RTAX_RTTVAR, RTAX_SSTHRESH,
} from '../../uapi/linux/rtmsg.js';
import { HZ } from '../core/sysctl.js';
import { tcpCaNames } from './metrics.js';
import type { Rtable } from './route.js';
import { TCP_CA_OPEN, TCP_INFINITE_SSTHRESH, type TcpSock } from './tcp.js';
import { tcpCongFor, type TcpCongOps } from './tcp_cong.js';
import type { Net } from '../core/net_namespace.js';
import {
  TCP_METRIC_CWND, TCP_METRIC_REORDERING, TCP_METRIC_RTT, TCP_METRIC_RTTVAR, TCP_METRIC_SSTHRESH,
} from '../../uapi/linux/tcp_metrics.js';

const USEC_PER_JIFFY = 1_000_000 / HZ;

/** msecs_to_jiffies(): rounded up. */
export function msecsToJiffies(ms: number): number {
  return Math.ceil((ms * 1000) / USEC_PER_JIFFY);
}

/** usecs_to_jiffies(): rounded up. */
export function usecsToJiffies(us: number): number {
  return Math.ceil(us / USEC_PER_JIFFY);
}

/** dst_metric_locked(): the metric's bit in the route's RTAX_LOCK. */
function dstMetricLocked(metrics: Uint32Array | null | undefined, rtax: number): boolean {
  return metrics !== null && metrics !== undefined && ((metrics[RTAX_LOCK] ?? 0) & (1 << rtax)) !== 0;
}

/**
 * tcp_rto_min(): in jiffies, the route's RTAX_RTO_MIN when locked (iproute2
 * always locks it; dst_metric_rtt(): milliseconds), else icsk_rto_min
 * (tcp_init_sock(): the tcp_rto_min_us sysctl of the socket's birth).
 */
export function tcpRtoMin(sk: TcpSock): number {
  const m = sk.dstCache?.metrics;
  if (dstMetricLocked(m, RTAX_RTO_MIN)) return msecsToJiffies(m![RTAX_RTO_MIN]!);
  return sk.rtoMin;
}

/** tcp_rto_min_us(): jiffies_to_usecs(tcp_rto_min()). */
export function tcpRtoMinUs(sk: TcpSock): number {
  return tcpRtoMin(sk) * USEC_PER_JIFFY;
}

/**
 * tcp_ca_find_key() on the route's RTAX_CC_ALGO: the algorithm it names,
 * null without one or for one tuxnet does not model (README: only reno and
 * cubic; the socket then keeps its own, where Linux would run that one).
 */
function tcpCaFromDst(rt: Rtable): TcpCongOps | null {
  const key = rt.metrics?.[RTAX_CC_ALGO] ?? 0;
  return key ? tcpCongFor(tcpCaNames[key] ?? '', true) : null;
}

/** tcp_ca_dst_init() (tcp_connect_init()): a connecting socket takes its route's algorithm, locked with `congctl lock`. */
export function tcpCaDstInit(sk: TcpSock, rt: Rtable): void {
  const ca = tcpCaFromDst(rt);
  if (!ca) return;
  sk.caDstLocked = dstMetricLocked(rt.metrics, RTAX_CC_ALGO);
  sk.caOps = ca;
}

/**
 * tcp_ca_openreq_child(): a listener's child takes its route's algorithm;
 * else the listener's when set with TCP_CONGESTION (icsk_ca_setsockopt),
 * else the namespace's default of now (tcp_assign_congestion_control()).
 */
export function tcpCaOpenreqChild(sk: TcpSock, rt: Rtable): void {
  const ca = tcpCaFromDst(rt);
  if (ca) {
    sk.caDstLocked = dstMetricLocked(rt.metrics, RTAX_CC_ALGO);
    sk.caOps = ca;
  } else if (!sk.caSetsockopt) sk.caOps = tcpCongFor(sk.tcpSysctl.congestionControl);
}

/* The tcp_metrics cache (net/ipv4/tcp_metrics.c): TCP_METRIC_* slots. */
/** TCP_METRICS_TIMEOUT: an entry older than an hour is read from the route again. */
const TCP_METRICS_TIMEOUT = 3600e9;
/** TCP_TIMEOUT_FALLBACK: 3 s, the RTO without any RTT (RFC 6298 5.7). */
const TCP_TIMEOUT_FALLBACK = 3e9;

/** struct tcp_metrics_block: RTT and RTTVAR in µs scaled as srtt_us and rttvar (<<3, <<2). */
export interface TcpMetricsBlock {
  /** tcpm_saddr, tcpm_daddr (IPv4, host order). */
  readonly saddr: number;
  readonly daddr: number;
  /** tcpm_stamp: virtual ns of the last update. */
  stamp: number;
  lock: number;
  readonly vals: number[];
}

/** net_generic()'s key of a namespace's cache (tcp_metrics_hash), by (saddr, daddr). */
const TCP_METRICS = 'tcp_metrics';

/** The namespace's entries by "saddr daddr", oldest first (tcp_metrics_hash, filtered by net_eq()). */
export function tcpMetricsCache(net: Net): Map<string, TcpMetricsBlock> {
  let cache = net.generic.get(TCP_METRICS) as Map<string, TcpMetricsBlock> | undefined;
  if (!cache) net.generic.set(TCP_METRICS, (cache = new Map()));
  return cache;
}

/** tcpm_suck_dst(): an entry's values and locks from the route's metrics. */
function tcpmSuckDst(tm: TcpMetricsBlock, rt: Rtable, now: number): void {
  const m = rt.metrics;
  const raw = (rtax: number): number => m?.[rtax] ?? 0;
  tm.stamp = now;
  const map: readonly [number, number][] = [
    [TCP_METRIC_RTT, RTAX_RTT], [TCP_METRIC_RTTVAR, RTAX_RTTVAR], [TCP_METRIC_SSTHRESH, RTAX_SSTHRESH],
    [TCP_METRIC_CWND, RTAX_CWND], [TCP_METRIC_REORDERING, RTAX_REORDERING],
  ];
  tm.lock = 0;
  for (const [idx, rtax] of map) if (dstMetricLocked(m, rtax)) tm.lock |= 1 << idx;
  tm.vals[TCP_METRIC_RTT] = raw(RTAX_RTT) * 1000;
  tm.vals[TCP_METRIC_RTTVAR] = raw(RTAX_RTTVAR) * 1000;
  tm.vals[TCP_METRIC_SSTHRESH] = raw(RTAX_SSTHRESH);
  tm.vals[TCP_METRIC_CWND] = raw(RTAX_CWND);
  tm.vals[TCP_METRIC_REORDERING] = raw(RTAX_REORDERING);
}

/**
 * tcp_get_metrics(): the entry for the socket's addresses (re-read from the
 * route once stale: tcpm_check_stamp()); a new one only when `create`.
 */
function tcpGetMetrics(sk: TcpSock, rt: Rtable, create: boolean): TcpMetricsBlock | null {
  const cache = tcpMetricsCache(sk.net);
  const key = `${sk.inetSaddr >>> 0} ${sk.inetDaddr >>> 0}`;
  const now = sk.net.sched.now;
  let tm = cache.get(key) ?? null;
  if (tm && now - tm.stamp > TCP_METRICS_TIMEOUT) tcpmSuckDst(tm, rt, now);
  if (!tm && create) {
    tm = { saddr: sk.inetSaddr >>> 0, daddr: sk.inetDaddr >>> 0, stamp: now, lock: 0, vals: [0, 0, 0, 0, 0] };
    tcpmSuckDst(tm, rt, now);
    cache.set(key, tm);
  }
  return tm;
}

function tcpMetricLocked(tm: TcpMetricsBlock, idx: number): boolean {
  return (tm.lock & (1 << idx)) !== 0;
}

/**
 * tcp_init_metrics() (tcp_init_transfer()): ssthresh back to infinity, then
 * what a cached entry (never the route directly: no entry before a first
 * connection ended) says: a locked cwnd clamps the window, the ssthresh
 * unless tcp_no_ssthresh_metrics_save, the reordering; a cached RTT above
 * the handshake's seeds the first RTO (crtt + max(2 crtt, rto_min), jiffies);
 * no RTT at all gives TCP_TIMEOUT_FALLBACK.
 */
export function tcpInitMetrics(sk: TcpSock): void {
  const rt = sk.dstCache;
  sk.sndSsthresh = TCP_INFINITE_SSTHRESH;
  const tm = rt ? tcpGetMetrics(sk, rt, false) : null;
  let crtt = 0;
  if (tm) {
    if (tcpMetricLocked(tm, TCP_METRIC_CWND)) sk.sndCwndClamp = tm.vals[TCP_METRIC_CWND]!;
    const ssthresh = sk.tcpSysctl.noSsthreshMetricsSave ? 0 : tm.vals[TCP_METRIC_SSTHRESH]!;
    if (ssthresh) sk.sndSsthresh = Math.min(ssthresh, sk.sndCwndClamp);
    const reo = tm.vals[TCP_METRIC_REORDERING]!;
    if (reo) sk.rack.reordering = reo;
    crtt = tm.vals[TCP_METRIC_RTT]!;
  }
  if (crtt > sk.srtt) {
    const j = Math.floor(crtt / (8 * USEC_PER_JIFFY));
    sk.rto = (j + Math.max(2 * j, tcpRtoMin(sk))) * (1e9 / HZ);
  } else if (sk.srtt === 0) {
    sk.rttvar = sk.mdev = TCP_TIMEOUT_FALLBACK / 1000;
    sk.rto = TCP_TIMEOUT_FALLBACK;
  }
}

/**
 * tcp_update_metrics() (tcp_time_wait(), LAST_ACK's end): unless
 * tcp_no_metrics_save, fold the connection into its entry (made from the
 * route if new): RTT up at once or down by an eighth, RTTVAR likewise,
 * cwnd and ssthresh by the phase the connection ended in, a larger
 * reordering; locked values stay. Without an RTT estimate (or backed off),
 * an existing entry's RTT is forgotten.
 */
export function tcpUpdateMetrics(sk: TcpSock): void {
  const rt = sk.dstCache;
  const s = sk.tcpSysctl;
  if (s.noMetricsSave || !rt) return;
  if (sk.backoff || !sk.srtt) {
    const old = tcpGetMetrics(sk, rt, false);
    if (old && !tcpMetricLocked(old, TCP_METRIC_RTT)) old.vals[TCP_METRIC_RTT] = 0;
    return;
  }
  const tm = tcpGetMetrics(sk, rt, true)!;
  const v = tm.vals;
  let m = v[TCP_METRIC_RTT]! - sk.srtt;
  if (!tcpMetricLocked(tm, TCP_METRIC_RTT)) v[TCP_METRIC_RTT] = m <= 0 ? sk.srtt : v[TCP_METRIC_RTT]! - (m >> 3);
  if (!tcpMetricLocked(tm, TCP_METRIC_RTTVAR)) {
    m = Math.max(Math.abs(m) >> 1, sk.mdev);
    const rv = v[TCP_METRIC_RTTVAR]!;
    v[TCP_METRIC_RTTVAR] = m >= rv ? m : rv - ((rv - m) >> 2);
  }
  tcpUpdateCwndMetrics(sk, tm);
  if (!tcpMetricLocked(tm, TCP_METRIC_REORDERING)) {
    const reo = sk.rack.reordering;
    if (v[TCP_METRIC_REORDERING]! < reo && reo !== s.reordering) v[TCP_METRIC_REORDERING] = reo;
  }
  tm.stamp = sk.net.sched.now;
}

/** tcp_update_metrics()'s cwnd and ssthresh: by initial slow start, congestion avoidance, or neither. */
function tcpUpdateCwndMetrics(sk: TcpSock, tm: TcpMetricsBlock): void {
  const v = tm.vals;
  const ssOk = !sk.tcpSysctl.noSsthreshMetricsSave && !tcpMetricLocked(tm, TCP_METRIC_SSTHRESH);
  const cwndOk = !tcpMetricLocked(tm, TCP_METRIC_CWND);
  const cwnd = sk.sndCwnd;
  if (sk.sndSsthresh >= TCP_INFINITE_SSTHRESH) {
    if (ssOk && v[TCP_METRIC_SSTHRESH] && cwnd >> 1 > v[TCP_METRIC_SSTHRESH]!) v[TCP_METRIC_SSTHRESH] = cwnd >> 1;
    if (cwndOk && cwnd > v[TCP_METRIC_CWND]!) v[TCP_METRIC_CWND] = cwnd;
  } else if (cwnd >= sk.sndSsthresh && sk.caState === TCP_CA_OPEN) {
    if (ssOk) v[TCP_METRIC_SSTHRESH] = Math.max(cwnd >> 1, sk.sndSsthresh);
    if (cwndOk) v[TCP_METRIC_CWND] = (v[TCP_METRIC_CWND]! + cwnd) >> 1;
  } else {
    if (cwndOk) v[TCP_METRIC_CWND] = (v[TCP_METRIC_CWND]! + sk.sndSsthresh) >> 1;
    if (ssOk && v[TCP_METRIC_SSTHRESH] && sk.sndSsthresh > v[TCP_METRIC_SSTHRESH]!) v[TCP_METRIC_SSTHRESH] = sk.sndSsthresh;
  }
}
