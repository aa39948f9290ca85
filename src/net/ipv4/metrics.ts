/**
 * Route metrics as a request carries them (RTA_METRICS) read into the
 * fib_info's array.
 * @linux net/ipv4/metrics.c ip_metrics_convert(), ip_fib_metrics_init();
 *        net/ipv4/fib_semantics.c fib_metrics_match()
 */
import { KError } from '../core/errno.js';
import { RTAX_ADVMSS, RTAX_CC_ALGO, RTAX_CWND, RTAX_FEATURES, RTAX_HOPLIMIT, RTAX_LOCK, RTAX_MAX, RTAX_MTU, metricValues, type RtMetrics } from '../../uapi/linux/rtmsg.js';

/** DST_FEATURE_ECN_CA: the feature bit a congestion control that needs ECN sets, not the user's. */
const DST_FEATURE_ECN_CA = 1 << 31;

/** The congestion-control names RTAX_CC_ALGO values stand for (tcp_ca_get_name_by_key / _key_by_name). */
export const tcpCaNames: readonly string[] = ['', 'reno', 'cubic', 'bbr', 'dctcp', 'vegas', 'westwood', 'htcp'];

/** ip_metrics_convert(): clamps and checks, into metrics[RTAX_*]. */
export function ipMetricsConvert(mx: RtMetrics): Uint32Array {
  const metrics = new Uint32Array(RTAX_MAX + 1);
  for (const [type, vs] of mx) {
    if (type < 1 || type > RTAX_MAX) continue;
    // a repeated attribute is read in order: an unknown congctl anywhere fails, the last value counts
    for (const v of metricValues(vs)) {
      let val: number;
      if (type === RTAX_CC_ALGO) {
        val = typeof v === 'string' ? tcpCaNames.indexOf(v) : -1;
        if (val <= 0) throw new KError('EINVAL', 'Unknown tcp congestion algorithm');
      } else val = Number(v);
      if (type === RTAX_ADVMSS && val > 65535 - 40) val = 65535 - 40;
      if (type === RTAX_MTU && val > 65535 - 15) val = 65535 - 15;
      if (type === RTAX_HOPLIMIT && val > 255) val = 255;
      metrics[type] = val;
    }
  }
  // A locked cwnd of 0 would clamp every TCP connection's window to 0
  // (tcp_init_metrics()): Linux 6.18 refuses it, after the loop (iproute2
  // sends RTAX_LOCK last; an unknown congctl answers first).
  if (metrics[RTAX_LOCK]! & (1 << RTAX_CWND) && !metrics[RTAX_CWND]) throw new KError('EINVAL', 'Locked cwnd metric must be non zero');
  return metrics;
}

/**
 * fib_metrics_match(): a delete request's metrics, as given (no clamping),
 * must each equal the route's; an unknown congestion control reads as
 * TCP_CA_UNSPEC (0).
 */
export function fibMetricsMatch(mx: RtMetrics | undefined, metrics: Uint32Array): boolean {
  if (!mx) return true;
  for (const [type, vs] of mx) {
    if (!type) continue;
    if (type > RTAX_MAX) return false;
    let fiVal = metrics[type] ?? 0;
    if (type === RTAX_FEATURES) fiVal &= ~DST_FEATURE_ECN_CA;
    // every attribute the request carries is compared, a repeated one each time
    for (const v of metricValues(vs)) {
      const val = type === RTAX_CC_ALGO ? Math.max(typeof v === 'string' ? tcpCaNames.indexOf(v) : 0, 0) : Number(v);
      if (fiVal >>> 0 !== val >>> 0) return false;
    }
  }
  return true;
}
