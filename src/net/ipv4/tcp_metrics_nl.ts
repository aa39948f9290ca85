/**
 * The TCP_METRICS generic netlink family over the tcp_metrics cache: GET of
 * one destination (with or without its source), a dump of the namespace's
 * entries, DEL of one destination's entries or, without an address, of all.
 * tuxnet's TCP is IPv4 only: an IPv6 address finds nothing.
 * @linux net/ipv4/tcp_metrics.c tcp_metrics_nl_cmd_get() tcp_metrics_nl_dump() tcp_metrics_nl_cmd_del() tcp_metrics_fill_info()
 */
import type { Net, NetWorld } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import {
  TCP_METRICS_CMD_DEL, TCP_METRICS_CMD_GET, TCP_METRICS_GENL_NAME, TCP_METRICS_GENL_VERSION, TCP_METRIC_RTT,
  TCP_METRIC_RTTVAR, TCP_METRIC_RTTVAR_US, TCP_METRIC_RTT_US, type TcpMetricsMsg,
} from '../../uapi/linux/tcp_metrics.js';
import { genlFamilyId, genlRegisterFamily, type GenlFamily } from '../netlink/genetlink.js';
import { NSEC_PER_JIFFY } from './inetpeer.js';
import { tcpMetricsCache, type TcpMetricsBlock } from './tcp_metrics.js';

/** tcp_metrics_fill_info(): the addresses, the age in msecs, the non-zero values (RTT and RTTVAR also in ms, at least 1). */
function tcpMetricsFillInfo(net: Net, tm: TcpMetricsBlock, seq: number): NlMsg<TcpMetricsMsg> {
  const vals: (number | undefined)[] = [];
  tm.vals.forEach((val, i) => {
    if (!val) return;
    if (i === TCP_METRIC_RTT || i === TCP_METRIC_RTTVAR) {
      vals[i === TCP_METRIC_RTT ? TCP_METRIC_RTT_US : TCP_METRIC_RTTVAR_US] = val;
      val = Math.max(Math.floor(val / 1000), 1);
    }
    vals[i] = val;
  });
  const jiffies = (ns: number): number => Math.floor(ns / NSEC_PER_JIFFY);
  const body: TcpMetricsMsg = {
    cmd: TCP_METRICS_CMD_GET, version: TCP_METRICS_GENL_VERSION, addrIpv4: tm.daddr, saddrIpv4: tm.saddr,
    age: (jiffies(net.sched.now) - jiffies(tm.stamp)) * (NSEC_PER_JIFFY / 1e6), vals,
  };
  return { type: genlFamilyId(net, TCP_METRICS_GENL_NAME), flags: 0, seq, pid: 0, body };
}

/**
 * parse_nl_addr() / parse_nl_saddr(): the attributes as the lookup takes
 * them; an IPv6 one matches no (IPv4) entry. `null`: no destination given.
 */
function nlAddrs(m: TcpMetricsMsg): { daddr: number; saddr: number | null } | null {
  const daddr = nlAddr(m.addrIpv4, m.addrIpv6);
  return daddr === null ? null : { daddr, saddr: nlAddr(m.saddrIpv4, m.saddrIpv6) };
}

/** An IPv4 attribute in host order; an IPv6 one as NaN, equal to no entry's address. */
function nlAddr(v4: number | undefined, v6: Uint8Array | undefined): number | null {
  return v4 !== undefined ? v4 >>> 0 : v6 ? NaN : null;
}

/** The entries of one destination (and source, when given); the hash chain has the newest first. */
function tcpMetricsMatch(net: Net, a: { daddr: number; saddr: number | null }): string[] {
  const keys: string[] = [];
  for (const [key, tm] of tcpMetricsCache(net)) {
    if (tm.daddr === a.daddr && (a.saddr === null || tm.saddr === a.saddr)) keys.unshift(key);
  }
  return keys;
}

/** tcp_metrics_nl_cmd_get(): the entry asked for; EINVAL without an address, ESRCH when none is there. */
function tcpMetricsNlCmdGet(net: Net, msg: NlMsg): NlMsg[] {
  const a = nlAddrs(msg.body as TcpMetricsMsg);
  if (!a) throw new KError('EINVAL');
  const key = tcpMetricsMatch(net, a)[0];
  if (key === undefined) throw new KError('ESRCH');
  return [tcpMetricsFillInfo(net, tcpMetricsCache(net).get(key)!, msg.seq)];
}

/** tcp_metrics_nl_dump(): every entry of the namespace. */
function tcpMetricsNlDump(net: Net, msg: NlMsg): NlMsg[] {
  return [...tcpMetricsCache(net).values()].map((tm) => tcpMetricsFillInfo(net, tm, msg.seq));
}

/** tcp_metrics_nl_cmd_del(): the destination's entries (of that source only, when given); without an address all (tcp_metrics_flush_all()). */
function tcpMetricsNlCmdDel(net: Net, msg: NlMsg): NlMsg[] {
  const cache = tcpMetricsCache(net);
  const a = nlAddrs(msg.body as TcpMetricsMsg);
  if (!a) {
    cache.clear();
    return [];
  }
  const keys = tcpMetricsMatch(net, a);
  if (!keys.length) throw new KError('ESRCH');
  for (const key of keys) cache.delete(key);
  return [];
}

const tcpMetricsNlFamily: GenlFamily = {
  name: TCP_METRICS_GENL_NAME,
  ops: new Map([
    [TCP_METRICS_CMD_GET, { doit: tcpMetricsNlCmdGet, dumpit: tcpMetricsNlDump }],
    [TCP_METRICS_CMD_DEL, { doit: tcpMetricsNlCmdDel }],
  ]),
};

/** tcp_metrics_init() (tcp_init()): the family registered, in every namespace. */
export function tcpMetricsNlInit(world: NetWorld): void {
  world.pernet.register({
    name: 'tcp_metrics_nl',
    init(net) {
      genlRegisterFamily(net, tcpMetricsNlFamily);
    },
  });
}
