/**
 * Multicast router ports: a port hears a general query (or is told so by
 * `mcast_router 2|3`) and goes into the router list of that family
 * (ip4_rlist / ip6_rlist), where every multicast frame the mdb steers also
 * goes. A learnt (mcast_router 1) or temporary (3) one stays for
 * mcast_querier_interval after the last query; a permanent one (2) until
 * it is set otherwise or the port is disabled; 0 never is one. The bridge
 * itself is a router with its own mcast_router 2 (1: while a query it sent
 * itself is fresh, never in a lab where only bridges query).
 * @linux net/bridge/br_multicast.c br_multicast_mark_router() br_multicast_add_router()
 *        br_multicast_router_expired() br_multicast_set_port_router() br_multicast_rport_del_notify()
 *        net/bridge/br_private.h br_multicast_is_router()
 */
import { ETH_P_IP, ETH_P_IPV6 } from '../../wire/ethernet.js';
import { modTimer } from '../../sim/timer_wheel.js';
import { RTM_DELMDB, RTM_NEWMDB } from '../../uapi/linux/rtnetlink.js';
import { brRtrNotify } from './br_mdb_notify.js';
import { BR_STATE_DISABLED, clockTToNs, type BridgeMcastRport, type NetBridge, type NetBridgePort } from './br_private.js';

/** include/uapi/linux/if_bridge.h MDB_RTR_TYPE_*: a port's or bridge's mcast_router mode. */
export const MDB_RTR_TYPE_DISABLED = 0;
export const MDB_RTR_TYPE_TEMP_QUERY = 1;
export const MDB_RTR_TYPE_PERM = 2;
export const MDB_RTR_TYPE_TEMP = 3;

/** The router state of `p` for a family (ETH_P_IP or ETH_P_IPV6). */
export function brRport(p: NetBridgePort, proto: number): BridgeMcastRport {
  return proto === ETH_P_IPV6 ? p.ip6Rport : p.ip4Rport;
}

/** Whether a port is in a family's router list (hlist_unhashed(rlist) is false). */
export function brRportActive(_p: NetBridgePort, r: BridgeMcastRport): boolean {
  return r.listed;
}

function otherPf(p: NetBridgePort, r: BridgeMcastRport): BridgeMcastRport {
  return r === p.ip4Rport ? p.ip6Rport : p.ip4Rport;
}

/** The time left on a router timer (ns), 0 when not pending. */
function rportTimer(p: NetBridgePort, r: BridgeMcastRport): number {
  const sched = p.br.dev.net.sched;
  return sched.pending(r.timer) ? Math.max(0, r.expires - sched.now) : 0;
}

function rportTimerDel(p: NetBridgePort, r: BridgeMcastRport): void {
  p.br.dev.net.sched.cancel(r.timer);
  r.timer = null;
}

/**
 * br_multicast_add_router(): into the family's list; announced
 * (RTM_NEWMDB) only when the port was a router of neither family.
 */
function brMulticastAddRouter(p: NetBridgePort, r: BridgeMcastRport): void {
  if (r.listed) return;
  r.listed = true;
  if (!otherPf(p, r).listed) brRtrNotify(p, RTM_NEWMDB);
}

/**
 * br_multicast_rport_del_notify(): a port out of a list is announced gone
 * (RTM_DELMDB) once it is a router of neither family; a temporary router
 * port then falls back to 1 (no timer refresh).
 */
function brMulticastRportDelNotify(p: NetBridgePort, deleted: boolean): void {
  if (!deleted || p.ip4Rport.listed || p.ip6Rport.listed) return;
  brRtrNotify(p, RTM_DELMDB);
  if (p.multicastRouter === MDB_RTR_TYPE_TEMP) p.multicastRouter = MDB_RTR_TYPE_TEMP_QUERY;
}

/** br_multicast_rport_del() of both families: whether the port was in either list. */
function brMulticastRportDel(p: NetBridgePort): boolean {
  const del = p.ip4Rport.listed || p.ip6Rport.listed;
  p.ip4Rport.listed = p.ip6Rport.listed = false;
  return del;
}

/** br_multicast_router_expired(): a learnt or temporary router port's timer ran out. */
function brMulticastRouterExpired(p: NetBridgePort, r: BridgeMcastRport): void {
  r.timer = null;
  if (p.multicastRouter === MDB_RTR_TYPE_DISABLED || p.multicastRouter === MDB_RTR_TYPE_PERM) return;
  const del = r.listed;
  r.listed = false;
  brMulticastRportDelNotify(p, del);
}

/**
 * br_multicast_mark_router() of a port: a query (or mcast_router 3) puts
 * it in the list for mcast_querier_interval; disabled and permanent
 * router ports are left as they are.
 */
export function brMulticastMarkRouter(p: NetBridgePort, proto: number): void {
  if (p.multicastRouter === MDB_RTR_TYPE_DISABLED || p.multicastRouter === MDB_RTR_TYPE_PERM) return;
  const r = brRport(p, proto);
  brMulticastAddRouter(p, r);
  const sched = p.br.dev.net.sched;
  const ns = clockTToNs(p.br.mcast.querierIntvl);
  sched.cancel(r.timer);
  r.expires = sched.now + ns;
  r.timer = modTimer(sched, ns, () => brMulticastRouterExpired(p, r));
}

/** br_ip4/ip6_multicast_add_router() without a timer: a permanent router port. */
function brMulticastAddPermRouter(p: NetBridgePort): void {
  rportTimerDel(p, p.ip4Rport);
  brMulticastAddRouter(p, p.ip4Rport);
  rportTimerDel(p, p.ip6Rport);
  brMulticastAddRouter(p, p.ip6Rport);
}

/** The router part of __br_multicast_disable_port_ctx(): out of both lists, timers stopped. */
export function brMulticastDisablePortRouter(p: NetBridgePort): void {
  const del = brMulticastRportDel(p);
  rportTimerDel(p, p.ip4Rport);
  rportTimerDel(p, p.ip6Rport);
  brMulticastRportDelNotify(p, del);
}

/** The router-port part of __br_multicast_enable_port_ctx(): a permanent router port rejoins the lists. */
export function brMulticastEnablePortRouter(p: NetBridgePort): void {
  if (p.multicastRouter === MDB_RTR_TYPE_PERM) brMulticastAddPermRouter(p);
}

/**
 * br_multicast_set_port_router(): 0 leaves the lists and stops the
 * timers, 1 leaves the lists (a later query brings it back), 2 joins them
 * for good, 3 joins them for mcast_querier_interval (set again: refreshed).
 */
export function brMulticastSetPortRouter(p: NetBridgePort, val: number): void {
  if (p.multicastRouter === val) {
    if (val === MDB_RTR_TYPE_TEMP) {
      brMulticastMarkRouter(p, ETH_P_IP);
      brMulticastMarkRouter(p, ETH_P_IPV6);
    }
    return;
  }
  switch (val) {
    case MDB_RTR_TYPE_DISABLED:
      p.multicastRouter = val;
      brMulticastDisablePortRouter(p);
      break;
    case MDB_RTR_TYPE_TEMP_QUERY:
      p.multicastRouter = val;
      brMulticastRportDelNotify(p, brMulticastRportDel(p));
      break;
    case MDB_RTR_TYPE_PERM:
      p.multicastRouter = val;
      if (p.state !== BR_STATE_DISABLED) brMulticastAddPermRouter(p);
      break;
    case MDB_RTR_TYPE_TEMP:
      p.multicastRouter = val;
      brMulticastMarkRouter(p, ETH_P_IP);
      brMulticastMarkRouter(p, ETH_P_IPV6);
      break;
  }
}

/**
 * The ports in either router list, as br_rports_fill_info() dumps them
 * (none when the bridge's own mcast_router is 0), newest port first as
 * br_multicast_get_rport_slot() keeps the list (by descending port
 * address); `timer` is the longer of the two families' (ns).
 */
export function brRouterPorts(br: NetBridge): { port: NetBridgePort; timer: number }[] {
  if (br.mcast.routerMode === MDB_RTR_TYPE_DISABLED) return [];
  const out: { port: NetBridgePort; timer: number }[] = [];
  for (const p of br.portList) {
    const v4 = brRportActive(p, p.ip4Rport);
    const v6 = brRportActive(p, p.ip6Rport);
    if (!v4 && !v6) continue;
    out.push({ port: p, timer: Math.max(v4 ? rportTimer(p, p.ip4Rport) : 0, v6 ? rportTimer(p, p.ip6Rport) : 0) });
  }
  return out.sort((a, b) => b.port.portNo - a.port.portNo);
}

/**
 * br_multicast_is_router(): the bridge itself wants every steered frame
 * (mcast_router 2); with 1 only while its own router timer runs, which
 * nothing in the lab starts (no local multicast router sends queries).
 */
export function brMulticastIsRouter(br: NetBridge): boolean {
  return br.mcast.routerMode === MDB_RTR_TYPE_PERM;
}
