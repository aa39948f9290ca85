/**
 * ip_error(): the dst.input of the routes a received packet cannot use
 * (unreachable, prohibit, blackhole, no route, or a non-forwarding input
 * device): count, then answer with an ICMP Destination Unreachable paced by
 * the per-peer token bucket. Also the hooks by which ICMP errors reach the
 * route cache (PMTU and redirect exceptions), which route.c owns.
 * @linux net/ipv4/route.c ip_error(), ipv4_update_pmtu(), ipv4_redirect(),
 *        ipv4_sk_update_pmtu(), ipv4_sk_redirect(), ip_do_redirect()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { IpStat, ipIncStats } from '../core/snmp.js';
import { kfreeSkbReason, type DropReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import { JIFFY_MS } from '../core/sysctl.js';
import { inDevForward } from './devconf.js';
import type { Rtable } from './route.js';
import { inetGetpeerV4, inetPutpeer, jiffies } from './inetpeer.js';
import { icmpSend } from './icmp_send.js';
import { ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, ICMP_NET_UNREACH, ICMP_PKT_FILTERED } from '../../wire/icmp.js';
import { getU32 } from '../../wire/bytes.js';
import { Iph } from '../../wire/ipv4.js';



/**
 * ip_error(): a router answers with net/host unreachable or "packet
 * filtered" (prohibit); a host that does not forward only counts
 * (InAddrErrors for EHOSTUNREACH, InNoRoutes for ENETUNREACH). Blackhole
 * (EINVAL) is silent. The token bucket is the peer's rate_tokens/rate_last,
 * the very fields icmpv4_xrlim_allow() spends, so an ICMP error sent by
 * icmp_send() just before leaves less for this one (and this one costs
 * twice: here, then again in icmp_send()).
 */
export function ipError(skb: SkBuff): void {
  const rt = skb.dst;
  const dev = skb.dev;
  const inDev = dev?.ip;
  if (!rt) return;
  const net = rt.dev.net;
  trace(net, skb, 'ip_error');
  if (!dev || !inDev) return drop(net, skb, 'NOT_SPECIFIED');
  if (!inDevForward(inDev.all, inDev.cnf)) {
    if (rt.error === 'EHOSTUNREACH') {
      ipIncStats(net, IpStat.INADDRERRORS);
      return drop(net, skb, 'IP_INADDRERRORS');
    }
    if (rt.error === 'ENETUNREACH') {
      ipIncStats(net, IpStat.INNOROUTES);
      return drop(net, skb, 'IP_INNOROUTES');
    }
    return drop(net, skb, 'NOT_SPECIFIED');
  }
  let code: number;
  let reason: DropReason = 'NOT_SPECIFIED';
  switch (rt.error) {
    case 'EHOSTUNREACH':
      code = ICMP_HOST_UNREACH;
      break;
    case 'ENETUNREACH':
      code = ICMP_NET_UNREACH;
      reason = 'IP_INNOROUTES';
      ipIncStats(net, IpStat.INNOROUTES);
      break;
    case 'EACCES':
      code = ICMP_PKT_FILTERED;
      break;
    default:
      return drop(net, skb, reason);
  }
  if (ipErrorAllow(net, getU32(skb.buf, skb.networkHeader + Iph.Saddr))) icmpSend(skb, ICMP_DEST_UNREACH, code, 0);
  drop(net, skb, reason);
}

/** The token bucket of ip_error(): ip_rt_error_cost per message, ip_rt_error_burst at most. */
function ipErrorAllow(net: Net, saddr: number): boolean {
  const peer = inetGetpeerV4(net, saddr, true);
  if (!peer) return true;
  // ip_rt_error_cost (HZ) and ip_rt_error_burst (5 * HZ), kept in ms by the sysctl table.
  const cost = net.ipv4.sysctl.ipRtErrorCost / JIFFY_MS;
  const burst = net.ipv4.sysctl.ipRtErrorBurst / JIFFY_MS;
  const now = jiffies(net);
  peer.rateTokens += now - peer.rateLast;
  if (peer.rateTokens > burst) peer.rateTokens = burst;
  peer.rateLast = now;
  let send = true;
  if (peer.rateTokens >= cost) peer.rateTokens -= cost;
  else send = false;
  inetPutpeer(net, peer);
  return send;
}

/** ip_error() frees the skb with the reason it chose (the kernel's kfree_skb_reason). */
function drop(net: Net, skb: SkBuff, reason: DropReason): void {
  kfreeSkbReason(net, skb, reason, 'ip_error');
}

/**
 * What an ICMP error does to the route cache: learn a path MTU or a
 * redirected gateway as a next-hop exception. `skb.data` points at the
 * quoted IP header. The owner of next-hop exceptions (route.c) installs the
 * real functions in the world's `inet.routeError`; by default an ICMP
 * error changes no route.
 */
export interface Ipv4RouteErrorHooks {
  /** ipv4_update_pmtu(): from icmp_err() (ICMP about ICMP) and the transports' err handlers. */
  updatePmtu(skb: SkBuff, net: Net, mtu: number, oif: number, protocol: number): void;
  /** ipv4_redirect(): __ip_do_redirect() on the route the quoted packet took. */
  redirect(skb: SkBuff, net: Net, oif: number, protocol: number): void;
  /** ipv4_sk_update_pmtu(): a raw/datagram socket's route learns the MTU. */
  skUpdatePmtu(skb: SkBuff, net: Net, mtu: number, sk: { boundDev: number; mark: number; protocol: number; pmtudisc?: number; hasDst?: boolean }): void;
  /** ipv4_sk_redirect(): a raw/datagram socket's route follows the redirect. */
  skRedirect(skb: SkBuff, net: Net, sk: { boundDev: number; mark: number; protocol: number }): void;
  /**
   * ip_do_redirect() (dst_ops->redirect, TCP's do_redirect()): the socket's
   * cached route follows the redirect; true when the socket must drop that
   * route (kill_route) and look it up again.
   */
  dstRedirect(skb: SkBuff, net: Net, rt: Rtable, sk: { boundDev: number; mark: number; protocol: number }): boolean;
}
