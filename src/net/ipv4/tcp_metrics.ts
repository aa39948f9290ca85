// SPDX-License-Identifier: GPL-2.0
/**
 * The route metrics TCP reads (include/net/tcp.h, include/net/dst.h,
 * net/ipv4/tcp_metrics.c): RTAX_RTO_MIN for the minimum RTO, RTAX_CC_ALGO
 * for the congestion control.
 * Times are jiffies (HZ = 250) as in the kernel, so the rounding matches.
 */
import { RTAX_CC_ALGO, RTAX_LOCK, RTAX_RTO_MIN } from '../../uapi/linux/rtmsg.js';
import { HZ } from '../core/sysctl.js';
import { tcpCaNames } from './fib_rtnl.js';
import type { Rtable } from './route.js';
import type { TcpSock } from './tcp.js';
import { tcpCongFor, type TcpCongOps } from './tcp_cong.js';

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
