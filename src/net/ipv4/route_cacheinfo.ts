/**
 * The RTA_CACHEINFO of `ip route get` (rt_fill_info() -> rtnl_put_cacheinfo()):
 * the dst's reference count at that moment (rta_clntref, "users"), its age
 * since it was made (rta_lastuse, "age"; IPv4 never marks a later use, and
 * rta_used stays 0) and the expiry of a learnt path MTU.
 *
 * The references are counted from their holders, as the kernel's rcuref
 * counts them: the next hop's or exception's cache slot, the reply's skb
 * when the lookup handed it one, the established TCP sockets that cache it
 * (sk_dst_cache, sk_rx_dst), and the packets queued on an unresolved
 * neighbour (__neigh_event_send(): skb_dst_force()). Linux caches output
 * routes per CPU, so a socket's dst is the one `ip` sees only on the same
 * CPU; tuxnet models one CPU.
 * @linux net/core/rtnetlink.c rtnl_put_cacheinfo(), net/ipv4/route.c rt_fill_info(), rt_cache_route()
 */
import type { Net } from '../core/net_namespace.js';
import { HZ, USER_HZ } from '../core/sysctl.js';
import type { RtaCacheinfo } from '../../uapi/linux/rtmsg.js';
import { jiffies } from './inetpeer.js';
import { rtIsCached, type Rtable } from './route.js';
import { TCP_SYN_RECV, TCP_TIME_WAIT } from './tcp.js';

/** jiffies_delta_to_clock_t(): a delay in jiffies as USER_HZ ticks, 0 when negative. */
export function jiffiesDeltaToClockT(delta: number): number {
  return delta > 0 ? Math.floor((delta * USER_HZ) / HZ) : 0;
}

/** The references the sockets and queued packets of `net` hold on `rt`. */
function dstHolders(net: Net, rt: Rtable): number {
  let n = 0;
  for (const sk of net.ipv4.tcpHashinfo.established()) {
    // A request or TIME_WAIT socket has no dst.
    if (sk.skState === TCP_SYN_RECV || sk.skState === TCP_TIME_WAIT || sk.twTimer) continue;
    if (sk.dstCache === rt) n++;
    if (sk.rxDst === rt) n++;
  }
  for (const neigh of net.ipv4.arpTbl.all) {
    for (const skb of neigh.arpQueue) if (skb.dst === rt) n++;
  }
  return n;
}

/**
 * rtnl_put_cacheinfo() for `ip route get`'s dst: `skbHolds` says whether
 * the reply's skb holds a reference (skb_dst_set(): an output route, or an
 * input route the lookup made; a cached input route is set noref).
 */
export function rtGetCacheinfo(net: Net, rt: Rtable, skbHolds: boolean, expires: number): RtaCacheinfo {
  const clntref = (rtIsCached(rt) ? 1 : 0) + (skbHolds ? 1 : 0) + dstHolders(net, rt);
  return {
    clntref, lastuse: jiffiesDeltaToClockT(jiffies(net) - rt.lastuse), expires: jiffiesDeltaToClockT(expires), error: 0,
    used: 0, id: 0, ts: 0, tsage: 0,
  };
}
