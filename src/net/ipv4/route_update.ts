/**
 * What received ICMP errors do to routing: "fragmentation needed" lowers
 * the path MTU towards the quoted destination (RFC 1191 section 6.3, never
 * below min_pmtu: below it the MTU is locked at min_pmtu and DF dropped);
 * a redirect (RFC 1122 3.2.2.2) installs a new first hop, once that
 * gateway's link-layer address is known. Both become next-hop exceptions.
 * @linux net/ipv4/route.c __ip_rt_update_pmtu(), ipv4_update_pmtu(), ipv4_sk_update_pmtu(),
 *        __ip_do_redirect(), ip_do_redirect(), ipv4_redirect(), ipv4_sk_redirect(), __build_flow_key()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net, NetWorld } from '../core/net_namespace.js';
import { JIFFY_MS } from '../core/sysctl.js';
import { NUD_VALID, neighCreate, neighLookupNoref } from '../core/neighbour.js';
import { neighEventSend } from '../core/neigh_update.js';
import { KError } from '../core/errno.js';
import { IP_PMTUDISC_INTERFACE, IP_PMTUDISC_OMIT } from '../../uapi/linux/in.js';
import { fibLookup, newFlowi4, type Flowi4 } from './fib_rules.js';
import { RTN_UNICAST, RT_SCOPE_UNIVERSE, RT_TABLE_LOCAL, RTNH_F_DEAD } from './fib_types.js';
import { inDevRxRedirects, inDevSecRedirects, inDevSharedMedia } from './devconf.js';
import { ipLogRejectedRedirect } from './route_martian.js';
import { inetAddrOnlink } from './devinet.js';
import { jiffies } from './inetpeer.js';
import { fibSelectPath, ipRouteOutputKey, type Rtable } from './route.js';
import { updateOrCreateFnhe } from './route_fnhe.js';
import { ICMP_REDIR_HOST, ICMP_REDIR_HOSTTOS, ICMP_REDIR_NET, ICMP_REDIR_NETTOS, Icmph } from '../../wire/icmp.js';
import { getU32 } from '../../wire/bytes.js';
import { IPTOS_RT_MASK, Iph, ipv4IsLbcast, ipv4IsMulticast, ipv4IsZeronet } from '../../wire/ipv4.js';
import type { NetDevice } from '../core/netdevice.js';

/** The socket fields __build_flow_key() reads. */
export interface FlowSock {
  boundDev: number;
  mark: number;
  protocol: number;
  pmtudisc?: number;
  /** sk_dst_get(sk) is set: a connected datagram socket holds its route (ip4_datagram_connect()'s sk_dst_set()). */
  hasDst?: boolean;
}

/** __build_flow_key(): the flow of the quoted packet (its daddr and saddr), a socket's binding if any. */
function buildFlowKey(skb: SkBuff, oif: number, protocol: number, sk: FlowSock | null): Flowi4 {
  const b = skb.buf;
  const iph = skb.data;
  return newFlowi4({
    oif: sk ? sk.boundDev : oif, mark: sk ? sk.mark : 0, tos: sk ? 0 : b[iph + Iph.Tos]! & IPTOS_RT_MASK,
    scope: RT_SCOPE_UNIVERSE, proto: sk ? sk.protocol : protocol, daddr: getU32(b, iph + Iph.Daddr),
    saddr: getU32(b, iph + Iph.Saddr), iif: 1,
  });
}

/**
 * __ip_rt_update_pmtu(): only downwards and not on a locked route; below
 * min_pmtu the exception is locked at min(old, min_pmtu); an unchanged MTU
 * is refreshed only in the second half of its life; a multipath route
 * caches it on each of its next hops.
 */
export function ipRtUpdatePmtu(net: Net, rt: Rtable, fl4: Flowi4, mtu: number): void {
  if (rt.mtuLockedAny()) return;
  const oldMtu = rt.mtu();
  if (oldMtu < mtu) return;
  const sys = net.ipv4.sysctl;
  let lock = false;
  if (mtu < sys.ipRtMinPmtu) {
    lock = true;
    mtu = Math.min(oldMtu, sys.ipRtMinPmtu);
  }
  const now = jiffies(net);
  const expiresJ = Math.floor(sys.ipRtMtuExpires / JIFFY_MS);
  if (rt.pmtu === mtu && !lock && now < rt.expires - Math.floor(expiresJ / 2)) return;
  const found = fibLookup(net, fl4, 0);
  if ('err' in found) return;
  fibSelectPath(net, fl4, found);
  const nhs = found.res.fi.nhs;
  // Linux 6.14: on a multipath route every path learns it, so a flow hashed
  // to another next hop does not run into the same "fragmentation needed".
  if (nhs.length > 1) {
    for (const nh of nhs) updateOrCreateFnhe(net, nh, fl4.daddr, 0, mtu, lock, now + expiresJ);
    return;
  }
  const nh = nhs[found.res.nhSel];
  if (nh) updateOrCreateFnhe(net, nh, fl4.daddr, 0, mtu, lock, now + expiresJ);
}

/**
 * ip_rt_update_pmtu() of a packet's own route (skb_dst_update_pmtu_no_confirm(),
 * as a tunnel calls it for a packet too big for its path): the flow of the
 * IPv4 header at `iph` leaving `oif` (build_skb_flow_key()).
 */
export function ipRtUpdatePmtuSkb(net: Net, rt: Rtable, skb: SkBuff, iph: number, oif: number, mtu: number): void {
  const b = skb.buf;
  const fl4 = newFlowi4({
    oif, mark: skb.mark, tos: b[iph + Iph.Tos]! & IPTOS_RT_MASK, scope: RT_SCOPE_UNIVERSE, proto: b[iph + Iph.Protocol]!,
    daddr: getU32(b, iph + Iph.Daddr), saddr: getU32(b, iph + Iph.Saddr),
  });
  ipRtUpdatePmtu(net, rt, fl4, mtu);
}

/** ipv4_update_pmtu(): the route of the quoted packet learns `mtu`. */
function ipv4UpdatePmtu(skb: SkBuff, net: Net, mtu: number, oif: number, protocol: number): void {
  const fl4 = buildFlowKey(skb, oif, protocol, null);
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt !== 'string') ipRtUpdatePmtu(net, rt, fl4, mtu);
}

/**
 * ipv4_sk_update_pmtu(): as above with the socket's flow; not for
 * IP_PMTUDISC_INTERFACE/OMIT (ip_sk_accept_pmtu). A socket that holds a
 * route (connected) sees it killed by the new exception (!dst_check()) and
 * looks up again, which binds the exception to a route (so `ip route show
 * cache` lists it at once); without one (__ipv4_sk_update_pmtu()) the
 * exception waits for the next lookup.
 */
function ipv4SkUpdatePmtu(skb: SkBuff, net: Net, mtu: number, sk: FlowSock): void {
  if (sk.pmtudisc === IP_PMTUDISC_INTERFACE || sk.pmtudisc === IP_PMTUDISC_OMIT) return;
  const fl4 = buildFlowKey(skb, 0, 0, sk);
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') return;
  ipRtUpdatePmtu(net, rt, fl4, mtu);
  if (sk.hasDst && rt.killed) ipRouteOutputKey(net, buildFlowKey(skb, 0, 0, sk));
}

/** ip_fib_check_default(): is `gw` the gateway of a live next hop on `dev`? */
function ipFibCheckDefault(net: Net, gw: number, dev: NetDevice): boolean {
  for (const fi of net.ipv4.fib.infoHash.onDev(dev)) {
    for (const nh of fi.nhs) if (nh.dev === dev && nh.gw === gw && !(nh.flags & RTNH_F_DEAD)) return true;
  }
  return false;
}

/** The acceptance rules of __ip_do_redirect(): accept_redirects, then shared_media or on-link + secure_redirects. */
function redirectAcceptable(net: Net, dev: NetDevice, newGw: number, oldGw: number): boolean {
  const inDev = dev.ip;
  if (!inDev) return false;
  if (newGw === oldGw || !inDevRxRedirects(inDev.all, inDev.cnf) || ipv4IsMulticast(newGw) || ipv4IsLbcast(newGw) || ipv4IsZeronet(newGw)) {
    return false;
  }
  if (!inDevSharedMedia(inDev.all, inDev.cnf)) {
    if (!inetAddrOnlink(dev, newGw, oldGw)) return false;
    if (inDevSecRedirects(inDev.all, inDev.cnf) && !ipFibCheckDefault(net, newGw, dev)) return false;
  } else if (net.ipv4.fib.addrTypeTable(newGw, RT_TABLE_LOCAL) !== RTN_UNICAST) return false;
  return true;
}

/**
 * __ip_do_redirect(): from the router the route goes through (the ICMP's
 * source is our gateway), to an acceptable new gateway; the exception is
 * made only once the new gateway's neighbour is valid — until then an ARP
 * probe is sent (neigh_event_send) and the redirect is forgotten. True
 * when the new gateway was taken: where kill_route makes a socket drop `rt`.
 */
export function ipDoRedirect(net: Net, rt: Rtable, skb: SkBuff, fl4: Flowi4): boolean {
  const b = skb.buf;
  const code = b[skb.transportHeader + Icmph.Code]! & 7;
  if (code !== ICMP_REDIR_NET && code !== ICMP_REDIR_NETTOS && code !== ICMP_REDIR_HOST && code !== ICMP_REDIR_HOSTTOS) return false;
  const newGw = getU32(b, skb.transportHeader + Icmph.Gateway);
  const oldGw = getU32(b, skb.networkHeader + Iph.Saddr);
  const dev = skb.dev;
  if (!dev || rt.gateway !== oldGw) return false;
  if (!redirectAcceptable(net, dev, newGw, oldGw)) {
    // reject_redirect: the advised path is the quoted packet's.
    const q = skb.transportHeader + 8;
    ipLogRejectedRedirect(dev, oldGw, newGw, getU32(b, q + Iph.Saddr), getU32(b, q + Iph.Daddr));
    return false;
  }
  const tbl = net.ipv4.arpTbl;
  let n = neighLookupNoref(tbl, newGw, rt.dev);
  if (!n) {
    const c = neighCreate(tbl, newGw, rt.dev);
    if (c instanceof KError) return false;
    n = c;
  }
  if (!(n.nudState & NUD_VALID)) {
    neighEventSend(n, null);
    return false;
  }
  const found = fibLookup(net, fl4, 0);
  if (!('err' in found)) {
    fibSelectPath(net, fl4, found);
    const nh = found.res.nh;
    if (nh) updateOrCreateFnhe(net, nh, fl4.daddr, newGw, 0, false, jiffies(net) + Math.floor(net.ipv4.sysctl.ipRtGcTimeout / JIFFY_MS));
  }
  return true;
}

/** ipv4_redirect(): for the route the quoted packet took. */
function ipv4Redirect(skb: SkBuff, net: Net, oif: number, protocol: number): void {
  const fl4 = buildFlowKey(skb, oif, protocol, null);
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt !== 'string') ipDoRedirect(net, rt, skb, fl4);
}

/** ipv4_sk_redirect(): for the socket's route to the quoted destination. */
function ipv4SkRedirect(skb: SkBuff, net: Net, sk: FlowSock): void {
  const fl4 = buildFlowKey(skb, 0, 0, sk);
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt !== 'string') ipDoRedirect(net, rt, skb, fl4);
}

/** ip_do_redirect() (dst_ops->redirect): for the socket's own cached route; true when it is to be dropped. */
function ipDstRedirect(skb: SkBuff, net: Net, rt: Rtable, sk: FlowSock): boolean {
  return ipDoRedirect(net, rt, skb, buildFlowKey(skb, 0, 0, sk));
}

/** ip_rt_init(): route.c takes the ICMP-error hooks of the world. */
export function ipRtUpdateInit(world: NetWorld): void {
  const h = world.inet.routeError;
  h.updatePmtu = ipv4UpdatePmtu;
  h.redirect = ipv4Redirect;
  h.skUpdatePmtu = ipv4SkUpdatePmtu;
  h.skRedirect = ipv4SkRedirect;
  h.dstRedirect = ipDstRedirect;
}
