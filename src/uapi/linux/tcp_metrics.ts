/**
 * The TCP_METRICS generic netlink family: one message per cache entry,
 * keyed by its destination (and source) address.
 * @linux include/uapi/linux/tcp_metrics.h
 */
import type { GenlMsg } from './genetlink.js';

export const TCP_METRICS_GENL_NAME = 'tcp_metrics';
export const TCP_METRICS_GENL_VERSION = 0x1;

/** enum tcp_metric_index: the slots of TCP_METRICS_ATTR_VALS (attribute type = index + 1). */
export const TCP_METRIC_RTT = 0;
export const TCP_METRIC_RTTVAR = 1;
export const TCP_METRIC_SSTHRESH = 2;
export const TCP_METRIC_CWND = 3;
export const TCP_METRIC_REORDERING = 4;
export const TCP_METRIC_RTT_US = 5;
export const TCP_METRIC_RTTVAR_US = 6;
export const TCP_METRIC_MAX = TCP_METRIC_RTTVAR_US;

export const TCP_METRICS_CMD_GET = 1;
export const TCP_METRICS_CMD_DEL = 2;

/** A TCP_METRICS message: the TCP_METRICS_ATTR_* present, decoded. */
export interface TcpMetricsMsg extends GenlMsg {
  /** TCP_METRICS_ATTR_ADDR_IPV4 / _IPV6 */
  readonly addrIpv4?: number;
  readonly addrIpv6?: Uint8Array;
  /** TCP_METRICS_ATTR_SADDR_IPV4 / _IPV6 */
  readonly saddrIpv4?: number;
  readonly saddrIpv6?: Uint8Array;
  /** TCP_METRICS_ATTR_AGE: msecs since the entry was last updated. */
  readonly age?: number;
  /** TCP_METRICS_ATTR_VALS: the nested u32s by TCP_METRIC_* index (absent: not sent). */
  readonly vals?: ReadonlyArray<number | undefined>;
}
