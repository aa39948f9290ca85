/**
 * connect() of a datagram socket (raw and UDP): route to the peer
 * (ip_route_connect), refuse a broadcast route without SO_BROADCAST
 * (EACCES), take the source the route chose, become ESTABLISHED.
 * @linux net/ipv4/datagram.c __ip4_datagram_connect(), include/net/route.h ip_route_connect()
 */
import type { Errno } from '../core/errno.js';
import { IpStat } from '../core/snmp.js';
import { SOCK_BROADCAST, SOCK_LOCALROUTE, TCP_ESTABLISHED } from '../core/sock.js';
import { AF_INET } from '../../uapi/linux/socket.js';
import type { SockaddrIn } from '../../uapi/linux/in.js';
import { ipv4IsMulticast } from '../../wire/ipv4.js';
import { RTCF_BROADCAST, ipRouteConnect, ipRouteOutputKey, type Rtable } from './route.js';
import { newFlowi4, type Flowi4 } from './fib_rules.js';
import { RT_SCOPE_LINK, RT_SCOPE_UNIVERSE } from './fib_types.js';
import { dstMtu, rtTos } from './icmp_send.js';
import type { InetSock } from './inet_sock.js';

/**
 * ip_route_connect()'s flow for `sk` towards daddr:dport; with a source
 * route (IP_OPTIONS), towards its first hop ("nexthop = inet_opt->opt.faddr").
 */
function connectFlow(sk: InetSock, daddr: number, dport: number): Flowi4 {
  if (sk.inetOpt?.srr) daddr = sk.inetOpt.faddr;
  let oif = sk.skBoundDevIf;
  let saddr = sk.inetSaddr;
  if (ipv4IsMulticast(daddr)) {
    if (!oif) oif = sk.mcIndex;
    if (!saddr) saddr = sk.mcAddr;
  } else if (!oif) oif = sk.ucIndex;
  return newFlowi4({
    daddr, saddr, oif, iif: 1, tos: rtTos(sk.tos), mark: sk.skMark, proto: sk.protocol,
    scope: sk.sockFlag(SOCK_LOCALROUTE) ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE, sport: sk.inetSport, dport,
    // inet_sk_flowi_flags(): IP_TRANSPARENT lets a source that is not local out (FLOWI_FLAG_ANYSRC)
    anySrc: sk.transparent,
  });
}

/**
 * __ip4_datagram_connect(). An unbound UDP socket took its ephemeral
 * port before (inet_dgram_connect() -> inet_autobind()).
 */
export function ip4DatagramConnect(sk: InetSock, usin: SockaddrIn): Errno | null {
  if (usin.family !== AF_INET) return 'EAFNOSUPPORT';
  sk.dstReset();
  const fl4 = connectFlow(sk, usin.addr >>> 0, usin.port);
  const rt = ipRouteConnect(sk.net, fl4);
  if (typeof rt === 'string') {
    if (rt === 'ENETUNREACH') sk.net.mib.ip[IpStat.OUTNOROUTES]!++;
    return rt;
  }
  if (rt.flags & RTCF_BROADCAST && !sk.sockFlag(SOCK_BROADCAST)) return 'EACCES';
  if (!sk.inetSaddr) sk.inetSaddr = fl4.saddr;
  if (!sk.inetRcvSaddr) sk.inetRcvSaddr = fl4.saddr;
  // The peer stays the final destination of a source route.
  sk.inetDaddr = sk.inetOpt?.srr ? usin.addr >>> 0 : fl4.daddr;
  sk.inetDport = usin.port;
  // atomic_set(&inet->inet_id, get_random_u16())
  sk.inetId = sk.net.world.rng.u32() & 0xffff;
  sk.skState = TCP_ESTABLISHED;
  return null;
}

/** The route of a connected socket to its peer (sk_dst_get()), or the errno of its lookup. */
export function connectedRoute(sk: InetSock): Rtable | Errno {
  return ipRouteOutputKey(sk.net, connectFlow(sk, sk.inetDaddr, sk.inetDport));
}

/** IP_MTU: the path MTU towards the connected peer. */
export function connectedMtu(sk: InetSock): number | Errno {
  const rt = connectedRoute(sk);
  return typeof rt === 'string' ? 'ENOTCONN' : dstMtu(rt);
}
