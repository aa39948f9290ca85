/**
 * The routing decision: struct rtable (the dst an skb carries), route
 * lookups for locally generated packets (ip_route_output_key) and for
 * received ones (ip_route_input_noref), source address selection and
 * source validation.
 * @linux net/ipv4/route.c, net/ipv4/devinet.c inet_select_addr(), net/ipv4/fib_frontend.c fib_validate_source()
 */
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_LOOPBACK, IFF_UP } from '../core/netdevice.js';
import type { SkBuff } from '../core/skbuff.js';
import { strerror, type Errno } from '../core/errno.js';
import { DstEntry } from '../core/dst.js';
import { IFA_F_SECONDARY, inetAddrOnlink, inetIfaMatch } from './devinet.js';
import {
  DevconfIdx, inDevAcceptLocal, inDevBforward, inDevForward, inDevRouteLocalnet, inDevRpfilter, inDevSharedMedia, inDevSrcVmark, inDevTxRedirects,
} from './devconf.js';
import { fibLookup, newFlowi4, type FibLookupRes, type Flowi4 } from './fib_rules.js';
import { ipMcOutput, ipOutput, ipRtBug } from './ip_output.js';
import { ipLocalDeliver } from './ip_input.js';
import { ipForward } from './ip_forward.js';
import { ipError } from './route_error.js';
import { RTCF_REDIRECTED, findException, rtBindException } from './route_fnhe.js';
import { FibResult } from './fib_trie.js';
import { fibSelectDefault } from './fib_select_default.js';
import { fib4RulesEarlyFlowDissect, fibMultipathHash, fibMultipathHashSkb, fibSelectMultipath } from './fib_multipath.js';
import { FLOW_KEYS_WORDS } from '../core/flow_dissector.js';
import { devLoop, ipDevFindByAddr, sendToSelfOutput } from './route_sendtoself.js';
import {
  RTN_BROADCAST, RTN_LOCAL, RTN_MULTICAST, RTN_UNICAST, RTN_UNREACHABLE, RT_SCOPE_HOST, RT_SCOPE_LINK, RT_SCOPE_UNIVERSE,
  RT_TABLE_LOCAL,
} from './fib_types.js';
import { RTAX_LOCK, RTAX_MTU } from '../../uapi/linux/rtmsg.js';
import { jiffies } from './inetpeer.js';
import { ipCheckMc } from './igmp.js';
import { ipLogMartian } from './route_martian.js';
import { FIB_LOOKUP_IGNORE_LINKSTATE } from '../core/fib_rules.js';
import {
  IP_MAX_MTU, Iph, ipv4IsLbcast, ipv4IsLocalMulticast, ipv4IsLoopback, ipv4IsMulticast, ipv4IsZeronet,
} from '../../wire/ipv4.js';
import { IPPROTO_IGMP } from '../../uapi/linux/in.js';
import { ETH_P_ARP } from '../../wire/ethernet.js';

/** include/uapi/linux/in_route.h RTCF_* */
/** RTCF_NOTIFY: a route `ip route get ... notify` asked about (its RTM_F_NOTIFY, kept on the dst). */
export const RTCF_NOTIFY = 0x00010000;
export const RTCF_DOREDIRECT = 0x01000000;
export const RTCF_DIRECTSRC = 0x04000000;
export const RTCF_BROADCAST = 0x10000000;
export const RTCF_MULTICAST = 0x20000000;
export const RTCF_LOCAL = 0x80000000;

/** struct rtable: an IPv4 route, a dst_entry with the IPv4 fields. */
export class Rtable extends DstEntry {
  gateway = 0;
  usesGateway = false;
  pmtu = 0;
  /** rt_iif: the oif asked for (output routes); 0 for input routes, which devices share (inet_iif() then reads skb_iif). */
  iif = 0;
  isInput = false;
  /** The FIB table that gave the route (RTA_TABLE of `ip route get`), 0 for none. */
  tableId = 0;
  /** The matched route, for `ip route get fibmatch`. */
  fib: FibResult | null = null;
  /** dst.tclassid: the realms of the next hop (CONFIG_IP_ROUTE_CLASSID), RTA_FLOW of `ip route get`. */
  tclassid = 0;
  /** rt_genid when created: a cached dst is valid while the namespace's genid is unchanged. */
  genid = 0;
  /** dst.obsolete == DST_OBSOLETE_KILL: a new next-hop exception made this cached route stale (rt_cache_valid, ipv4_dst_check fail). */
  killed = false;
  /** The next hop or exception whose cache slot took the dst (rt_cache_route(), rt_bind_exception()); it holds a reference while the slot still has it. */
  cachedOn: RthSlots | null = null;
  /** dst.lastuse: the jiffy it was made (IPv4 never marks a later use: `ip -s route get` shows its age). */
  readonly lastuse: number;
  /** Order of allocation in its namespace: a lookup that made the dst, not found it cached, hands its reference to the skb. */
  readonly serial: number;

  constructor(
    dev: NetDevice,
    public flags: number,
    public type: number,
  ) {
    super(dev);
    this.lastuse = jiffies(dev.net);
    this.serial = ++dev.net.ipv4.routeScratch.dstAllocs;
  }

  /** rt_mtu_locked: the path MTU was clamped to min_pmtu and must not be raised by DF probing. */
  mtuLocked = false;
  /** dst.expires in jiffies, 0 for never: when a learnt path MTU lapses. */
  expires = 0;

  /** ip_mtu_locked(): a path MTU clamped at min_pmtu, or an `mtu lock` route metric. */
  mtuLockedAny(): boolean {
    return this.mtuLocked || (this.metrics !== null && ((this.metrics[RTAX_LOCK] ?? 0) & (1 << RTAX_MTU)) !== 0);
  }

  /** ipv4_mtu(): a learnt path MTU, else the route's mtu metric, else the device's. */
  override mtu(): number {
    return this.mtuMaybeForward(false);
  }

  /**
   * ip_dst_mtu_maybe_forward(): a learnt, unexpired path MTU (for a
   * forwarded packet only with ip_forward_use_pmtu or a locked mtu), else
   * the route's mtu metric, else the device's — 576 at most through a
   * gateway when the metric is locked.
   */
  mtuMaybeForward(forwarding: boolean): number {
    const locked = this.mtuLockedAny();
    const net = this.dev.net;
    if (this.pmtu && (!forwarding || locked || net.ipv4.sysctl.ipFwdUsePmtu) && jiffies(net) < this.expires) return this.pmtu;
    const metric = this.metrics?.[RTAX_MTU] ?? 0;
    if (metric) return Math.min(metric, IP_MAX_MTU);
    let mtu = this.dev.mtu;
    if (locked && this.usesGateway && mtu > 576) mtu = 576;
    return Math.min(mtu, IP_MAX_MTU);
  }
}

/** The serial the next dst made in `net` will exceed: a lookup's own dst has a larger one. */
export function rtAllocMark(net: Net): number {
  return net.ipv4.routeScratch.dstAllocs;
}

/** A next hop's (nhc_rth_input, nhc_pcpu_rth_output) or an exception's (fnhe_rth_*) cached dsts. */
export interface RthSlots {
  rthInput?: unknown;
  rthOutput?: unknown;
}

/** rt_cache_route(): the slot keeps the dst (dst_hold); the one it had is released. */
export function rtCacheRoute(slots: RthSlots, rt: Rtable): void {
  if (rt.isInput) slots.rthInput = rt;
  else slots.rthOutput = rt;
  rt.cachedOn = slots;
}

/** Whether a cache slot still holds `rt`. */
export function rtIsCached(rt: Rtable): boolean {
  const c = rt.cachedOn;
  return c !== null && (c.rthInput === rt || c.rthOutput === rt);
}

/** skb_rtable(): the IPv4 route of an skb, null when it has none. */
export function skbRtable(skb: SkBuff): Rtable | null {
  const dst = skb.dst;
  return dst instanceof Rtable ? dst : null;
}


/** The loopback device of a namespace (net->loopback_dev). */
export function loopbackDev(net: Net): NetDevice {
  return net.devByIndex(1)!;
}

/**
 * inet_select_addr(): a primary address of `dev` within `scope`, preferring
 * one in dst's subnet; else any device's (lo first) suitable address.
 */
export function inetSelectAddr(dev: NetDevice, dst: number, scope: number): number {
  let addr = 0;
  const inDev = dev.ip;
  if (inDev) {
    const localnetScope = inDevRouteLocalnet(inDev.all, inDev.cnf) ? RT_SCOPE_LINK : RT_SCOPE_HOST;
    // in_dev_for_each_ifa_rcu(): the list itself, no iterator object per lookup
    for (let ifa = inDev.ifaList; ifa; ifa = ifa.next) {
      if (ifa.flags & IFA_F_SECONDARY) continue;
      if (Math.min(ifa.scope, localnetScope) > scope) continue;
      if (!dst || inetIfaMatch(dst, ifa)) return ifa.local;
      if (!addr) addr = ifa.local;
    }
    if (addr) return addr;
  }
  for (const d of dev.net.devicesSorted()) {
    if (!d.ip) continue;
    addr = inDevSelectAddr(d, scope);
    if (addr) return addr;
  }
  return 0;
}

/** in_dev_select_addr(): the first primary of at most `scope` that is not host scope. */
function inDevSelectAddr(dev: NetDevice, scope: number): number {
  for (let ifa = dev.ip!.ifaList; ifa; ifa = ifa.next) {
    if (ifa.flags & IFA_F_SECONDARY) continue;
    if (ifa.scope !== RT_SCOPE_LINK && ifa.scope !== RT_SCOPE_HOST && ifa.scope <= scope) return ifa.local;
  }
  return 0;
}

/**
 * __ip_dev_find()'s fallback: the device of a local route of the local
 * table, which while no rule changed shares main's trie (a local route
 * added to main counts then).
 */
export function ipDevFind(net: Net, addr: number): NetDevice | null {
  const fib = net.ipv4.fib;
  const tb = fib.existingTable(RT_TABLE_LOCAL);
  const res = tb ? fib.sharedTrieLookup(tb, addr) : null;
  if (!res || res.type !== RTN_LOCAL) return null;
  return res.nh.dev;
}

/** ip_tos2prio[]: the priority band (TC_PRIO_*) of each of the 16 TOS values. */
const IP_TOS2PRIO: readonly number[] = [0, 0, 0, 0, 2, 2, 2, 2, 6, 6, 6, 6, 4, 4, 4, 4];

/** rt_tos2priority() (include/net/route.h): the priority band of a TOS. */
export function rtTos2priority(tos: number): number {
  return IP_TOS2PRIO[(tos & 0x1e) >> 1]!;
}

/**
 * __ip_dev_find() whole: the owner of the address in the address lists
 * (inet_lookup_ifaddr_rcu(), a device down too), else the local table's
 * RTN_LOCAL route (127.0.0.5 finds lo by its 127/8).
 */
export function ipDevFindAny(net: Net, addr: number): NetDevice | null {
  return ipDevFindByAddr(net, addr) ?? ipDevFind(net, addr);
}

/**
 * inet_lookup_ifaddr_rcu(): whether `addr` is an interface address of the
 * namespace, exactly (127.0.0.5 is inside lo's 127/8, not an address). Every
 * address has its /32 local route; while the local table holds only those
 * the kernel made (no custom local routes: the caller's condition), that
 * route is the hash entry.
 */
function inetLookupIfaddr(net: Net, addr: number): boolean {
  const res = net.ipv4.fib.getTable(RT_TABLE_LOCAL)?.lookup(addr, RT_SCOPE_UNIVERSE, 0, 0, false);
  return !!res && res.type === RTN_LOCAL && res.alias.plen === 32;
}

/**
 * fib_result_prefsrc(): the route's preferred source, else an address of
 * the next hop's device chosen within the *route's* scope.
 */
export function fibResultPrefsrc(res: FibResult): number {
  const fi = res.fi;
  if (fi.prefsrc) return fi.prefsrc;
  const nh = res.nh;
  return nh.dev ? inetSelectAddr(nh.dev, nh.gw, fi.scope) : 0;
}

/** A route to hand back: the lookup's result or an errno. */
export type RouteResult = Rtable | Errno;

/**
 * ip_route_connect() (include/net/route.h): a flow without a source (or
 * destination) is looked up once to choose them, then, with oif back to
 * what the caller asked (flowi4_update_output()), looked up again. The
 * second lookup checks the chosen source like any given one: a local route
 * of a table other than local (its destination taken as the source) gives
 * a source no device owns, ENETUNREACH (ping's probe connect(), nc -u).
 */
export function ipRouteConnect(net: Net, fl4: Flowi4): RouteResult {
  if (!fl4.daddr || !fl4.saddr) {
    const oif = fl4.oif;
    const rt = ipRouteOutputKey(net, fl4);
    if (typeof rt === 'string') return rt;
    fl4.oif = oif;
  }
  return ipRouteOutputKey(net, fl4);
}

/**
 * ip_route_output_key_hash() -> _rcu(): route a locally generated packet.
 * `fl4` is updated as the kernel does (iif set to lo, saddr chosen, oif
 * set): every output lookup comes from lo for the rules (`iif lo`), also
 * those of arp_filter() and other callers that fill no iif.
 */
export function ipRouteOutputKey(net: Net, fl4: Flowi4): RouteResult {
  fl4.iif = 1; // LOOPBACK_IFINDEX
  let devOut: NetDevice | null = null;
  let origOif = fl4.oif;
  let flags = 0;
  if (fl4.saddr) {
    if (ipv4IsMulticast(fl4.saddr) || ipv4IsLbcast(fl4.saddr) || ipv4IsZeronet(fl4.saddr)) return 'EINVAL';
    if (fl4.oif === 0 && (ipv4IsMulticast(fl4.daddr) || ipv4IsLbcast(fl4.daddr))) {
      devOut = ipDevFindAny(net, fl4.saddr);
      if (!devOut) return 'ENETUNREACH';
      fl4.oif = devOut.ifindex;
      return mkrouteOutput(net, null, fl4, origOif, devOut, flags, RTN_UNICAST);
    }
    if (!fl4.anySrc && !ipDevFindAny(net, fl4.saddr)) return 'ENETUNREACH';
  }
  if (fl4.oif) {
    devOut = net.devByIndex(fl4.oif);
    if (!devOut) return 'ENODEV';
    if (!(devOut.flags & IFF_UP) || !devOut.ip) return 'ENETUNREACH';
    // An IGMP message (a v1/v2 report goes to the group itself) leaves by its device whatever the FIB says.
    if (ipv4IsLocalMulticast(fl4.daddr) || ipv4IsLbcast(fl4.daddr) || fl4.proto === IPPROTO_IGMP) {
      if (!fl4.saddr) fl4.saddr = inetSelectAddr(devOut, 0, RT_SCOPE_LINK);
      return mkrouteOutput(net, null, fl4, origOif, devOut, flags, RTN_UNICAST);
    }
    if (!fl4.saddr) {
      if (ipv4IsMulticast(fl4.daddr)) fl4.saddr = inetSelectAddr(devOut, 0, fl4.scope);
      else if (!fl4.daddr) fl4.saddr = inetSelectAddr(devOut, 0, RT_SCOPE_HOST);
    }
  }
  if (!fl4.daddr) {
    fl4.daddr = fl4.saddr || 0x7f000001;
    if (!fl4.saddr) fl4.saddr = 0x7f000001;
    devOut = loopbackDev(net);
    fl4.oif = devOut.ifindex;
    return mkrouteOutput(net, null, fl4, origOif, devOut, flags | RTCF_LOCAL, RTN_LOCAL);
  }
  const found = fibLookup(net, fl4, 0);
  if ('err' in found) {
    if (fl4.oif && devOut) {
      // "Apparently, routing tables are wrong. Assume that the destination is on link."
      if (!fl4.saddr) fl4.saddr = inetSelectAddr(devOut, 0, RT_SCOPE_LINK);
      return mkrouteOutput(net, null, fl4, origOif, devOut, flags, RTN_UNICAST);
    }
    return found.err;
  }
  const res = found.res;
  if (res.type === RTN_LOCAL) {
    // tuxnet extension (send-to-self): between two loop=1 devices, out on the wire.
    const self = sendToSelfOutput(fl4, res, net);
    if (typeof self === 'string') return self;
    if (self) return mkrouteOutput(net, null, fl4, origOif, self, flags, RTN_UNICAST);
    if (!fl4.saddr) fl4.saddr = res.fi.prefsrc || fl4.daddr;
    devOut = loopbackDev(net);
    origOif = res.nh.oif;
    fl4.oif = devOut.ifindex;
    return mkrouteOutput(net, found, fl4, origOif, devOut, flags | RTCF_LOCAL, RTN_LOCAL);
  }
  fibSelectPath(net, fl4, found);
  const sel = found.res;
  if (!fl4.saddr) fl4.saddr = fibResultPrefsrc(sel);
  devOut = sel.nh.dev;
  if (!devOut) return 'ENETUNREACH';
  return mkrouteOutput(net, found, fl4, origOif, devOut, flags, sel.type);
}

/**
 * fib_select_path(): a multipath route picks its next hop by hash; among
 * several default routes fib_select_default() avoids a dead-looking gateway.
 * A flow with an output device keeps the next hop the table lookup matched to it.
 */
export function fibSelectPath(net: Net, fl4: Flowi4, found: { res: FibResult; table: number }): void {
  if (fl4.oif) return;
  const res = found.res;
  if (res.numPath > 1) {
    fibSelectMultipath((found.res = res.writable()), fl4.hashSkb ? fibMultipathHashSkb(net, fl4.hashSkb) : fibMultipathHash(net, fl4), fl4.saddr);
    return;
  }
  if (res.type !== RTN_UNICAST) return;
  // Whether the table has several default routes first: the result's
  // prefix length is known only by a walk after a group hit.
  const leaf = net.ipv4.fib.getTable(res.fi.tbId)?.leafOf(0) ?? [];
  let defaults = 0;
  for (const fa of leaf) if (fa.plen === 0) defaults++;
  // fib_select_default() may change the result: a group's shared one is copied first
  if (defaults > 1 && res.alias.plen === 0) fibSelectDefault(net, fl4.tos, (found.res = res.writable()), leaf);
}

/** __mkroute_output() */
function mkrouteOutput(
  net: Net, found: { res: FibResult; table: number } | null, fl4: Flowi4, origOif: number, devOut: NetDevice, flags: number, type: number,
): RouteResult {
  const inDev = devOut.ip;
  if (!inDev) return 'EINVAL';
  // A 127/8 source leaves only on lo, or on a device with route_localnet (IN_DEV_ROUTE_LOCALNET).
  if (ipv4IsLoopback(fl4.saddr) && !(devOut.flags & IFF_LOOPBACK) && !inDevRouteLocalnet(inDev.all, inDev.cnf)) return 'EINVAL';
  // The fib_info the route keeps: none for the limited broadcast ("reset fi to prevent
  // gateway resolution"); a subnet broadcast keeps its broadcast route's (its MTU, Linux 6.17+).
  let withFi = found !== null;
  if (ipv4IsLbcast(fl4.daddr)) {
    type = RTN_BROADCAST;
    withFi = false;
  } else if (ipv4IsMulticast(fl4.daddr)) type = RTN_MULTICAST;
  else if (ipv4IsZeronet(fl4.daddr)) return 'EINVAL';
  if (devOut.flags & IFF_LOOPBACK) flags |= RTCF_LOCAL;
  let doCache = true;
  if (type === RTN_BROADCAST) flags |= RTCF_BROADCAST | RTCF_LOCAL;
  else if (type === RTN_MULTICAST) {
    flags |= RTCF_MULTICAST | RTCF_LOCAL;
    // A group the device has not joined is not looped back to us; one it has is not cached.
    if (!ipCheckMc(inDev, fl4.daddr)) flags &= ~RTCF_LOCAL;
    else doCache = false;
    // "If multicast route do not exist use default one, but do not gateway in this case."
    if (found && found.res.alias.plen < 4) withFi = false;
  } else if (type === RTN_LOCAL && origOif !== 0 && origOif !== devOut.ifindex) {
    // A local address of another device than lo: not cached (IP_PKTINFO must see that device).
    doCache = false;
  }
  doCache &&= withFi;
  // "If the flow asks for a known next hop, a gateway route of scope link is what it takes; any other route is not cached."
  if (fl4.knownNh && !(found && found.res.nh.gw && found.res.nh.scope === RT_SCOPE_LINK)) doCache = false;
  // A route with a fib_info is cached on its next hop (nhc_pcpu_rth_output;
  // tuxnet has one CPU) and shared by every flow that takes it.
  const nh = withFi ? found!.res.nh : undefined;
  // find_exception(): a destination with a next-hop exception has its own cached route.
  const fnhe = nh ? findException(net, nh, fl4.daddr) : null;
  const cached = doCache ? (fnhe ? fnhe.rthOutput : nh?.rthOutput) : null;
  if (found && rtCacheValid(cached, net) && cached.flags === (fnhe && fnhe.gw ? (flags | RTCF_REDIRECTED) >>> 0 : flags)) {
    refreshFromLookup(cached, found);
    return cached;
  }
  const rt = new Rtable(devOut, flags, type);
  const st = net.world.core.rtCacheStat;
  st.outSlowTot++;
  rt.iif = origOif;
  rt.genid = net.ipv4.fib.rtGenid;
  rt.output = ipOutput;
  if (flags & RTCF_LOCAL) rt.input = ipLocalDeliver;
  if (flags & (RTCF_BROADCAST | RTCF_MULTICAST) && flags & RTCF_LOCAL && !(devOut.flags & IFF_LOOPBACK)) {
    rt.output = ipMcOutput;
    st.outSlowMc++;
  }
  if (found) rtSetNexthop(rt, found, withFi);
  // rt_set_nexthop(): an uncached route without a gateway has daddr as its
  // next hop (rt_gw4 = daddr): the known next hop's neighbour takes the packet.
  if (fl4.knownNh && !rt.gateway) rt.gateway = fl4.daddr;
  // rt_set_nexthop(): bound to its exception, or cached on the next hop.
  if (fnhe) rtBindException(net, rt, fnhe, fl4.daddr, doCache);
  else if (nh && doCache) rtCacheRoute(nh, rt);
  return rt;
}

/**
 * A cached dst serves many lookups; the lookup result (table, matched route)
 * belongs to the caller (`ip route get` reads it): refresh it, no allocation.
 */
function refreshFromLookup(rt: Rtable, found: { res: FibResult; table: number }): void {
  rt.tableId = found.table;
  rt.fib?.copyFrom(found.res);
}

/** rt_set_nexthop(): a gateway next hop makes the route use it; the rule's realms fill in the next hop's. */
function rtSetNexthop(rt: Rtable, found: { res: FibResult; table: number }, withFi = true): void {
  const nh = found.res.nh;
  // A copy: lookups reuse their result object, a dst may live on (`fibmatch` reads it).
  rt.fib = found.res.clone();
  rt.tableId = found.table;
  if (withFi && nh) rt.tclassid = nh.tclassid;
  setClassTag(rt, found.res.tclassid);
  if (!withFi) return;
  if (nh && nh.gw && nh.scope === RT_SCOPE_LINK) {
    rt.gateway = nh.gw;
    rt.usesGateway = true;
  }
  rt.metrics = found.res.fi.metrics;
}

/** Why an input route failed, for the drop reason and counters. */
export interface InputVerdict {
  readonly err: Errno | null;
  /** A martian source or destination (counted, logged with log_martians). */
  readonly martian: 'source' | 'destination' | null;
  /** rp_filter said no (LINUX_MIB_IPRPFILTER). */
  readonly rpfilter: boolean;
}

const MARTIANS: readonly InputVerdict['martian'][] = [null, 'source', 'destination'];

function verdictsFor(err: Errno | null): readonly InputVerdict[] {
  return MARTIANS.flatMap((martian) => [false, true].map((rpfilter) => Object.freeze({ err, martian, rpfilter })));
}

/** Every verdict, made once and frozen: routing a packet allocates none. */
const VERDICT_OK: InputVerdict = verdictsFor(null)[0]!;
const VERDICTS: ReadonlyMap<Errno, readonly InputVerdict[]> = new Map(
  (Object.keys(strerror) as Errno[]).map((err) => [err, verdictsFor(err)]),
);

function fail(err: Errno, martian: InputVerdict['martian'] = null, rpfilter = false): InputVerdict {
  return VERDICTS.get(err)![MARTIANS.indexOf(martian) * 2 + (rpfilter ? 1 : 0)]!;
}

/**
 * ip_route_input's and fib_validate_source's flows and the input route's
 * FIB result copied out of the lookup: the kernel keeps them on the stack;
 * tuxnet keeps one set per namespace so a packet allocates nothing.
 */
export class RouteScratch {
  readonly inFlow: Flowi4 = newFlowi4();
  readonly inRes = new FibResult();
  readonly inFound = { res: this.inRes, table: 0 };
  readonly vsFlow: Flowi4 = newFlowi4();
  /** fib_validate_source()'s *itag: the realms of the route back, for the dst's tclassid (0: none). */
  itag = 0;
  /** fib_multipath_hash()'s struct flow_keys (flow_dissector.ts). */
  readonly flowKeys = new Int32Array(FLOW_KEYS_WORDS);
  /** The dsts made so far in the namespace (Rtable.serial). */
  dstAllocs = 0;
}

/**
 * ip_route_input_noref(): route a received packet; a martian source or
 * destination is logged on its way out (route_martian.ts).
 */
export function ipRouteInputNoref(skb: SkBuff, daddr: number, saddr: number, tos: number, dev: NetDevice): InputVerdict {
  const v = ipRouteInputSlow(skb, daddr, saddr, tos, dev);
  if (v.martian) {
    // RT_CACHE_STAT_INC(in_martian_src) in ip_handle_martian_source(), in_martian_dst at martian_destination.
    const st = dev.net.world.core.rtCacheStat;
    if (v.martian === 'source') st.inMartianSrc++;
    else st.inMartianDst++;
    ipLogMartian(v.martian, skb, daddr, saddr, dev);
  }
  return v;
}

/**
 * ip_route_input_slow(): classify a received packet — local, broadcast,
 * forward, or an error route — and attach the dst to the skb.
 */
function ipRouteInputSlow(skb: SkBuff, daddr: number, saddr: number, tos: number, dev: NetDevice): InputVerdict {
  const inDev = dev.ip;
  const net = dev.net;
  if (!inDev) return fail('EINVAL');
  net.ipv4.routeScratch.itag = 0;
  // ip_route_input_rcu(): a group the device joined is delivered (no multicast forwarding).
  if (ipv4IsMulticast(daddr)) {
    const our = ipCheckMc(inDev, daddr, saddr, skb.networkHeader >= 0 ? skb.buf[skb.networkHeader + 9] : 0);
    return our ? ipRouteInputMc(skb, daddr, saddr, tos, dev) : fail('EINVAL');
  }
  if (ipv4IsMulticast(saddr) || ipv4IsLbcast(saddr)) return fail('EINVAL', 'source');
  if (ipv4IsLbcast(daddr) || (saddr === 0 && daddr === 0)) return brdInput(skb, saddr, tos, dev);
  if (ipv4IsZeronet(saddr)) return fail('EINVAL', 'source');
  if (ipv4IsZeronet(daddr)) return fail('EINVAL', 'destination');
  const localnet = inDevRouteLocalnet(inDev.all, inDev.cnf);
  if (ipv4IsLoopback(daddr)) {
    if (!localnet) return fail('EINVAL', 'destination');
  } else if (ipv4IsLoopback(saddr) && !localnet) return fail('EINVAL', 'source');
  const scratch = net.ipv4.routeScratch;
  const fl4 = scratch.inFlow;
  resetFlow(fl4, daddr, saddr, tos, skb.mark);
  fl4.iif = dev.ifindex;
  fib4RulesEarlyFlowDissect(net, skb, fl4);
  const looked = fibLookup(net, fl4, 0);
  if ('err' in looked) return localInput(skb, dev, null, inDevForward(inDev.all, inDev.cnf) ? looked.err : 'EHOSTUNREACH', 0, RTN_UNREACHABLE);
  // fibLookup's result is reused by the next lookup (source validation): keep a copy.
  const res = scratch.inRes;
  res.copyFrom(looked.res);
  const found = scratch.inFound;
  found.table = looked.table;
  if (res.type === RTN_BROADCAST) {
    // bc_forwarding: a subnet broadcast of another link goes out there (make_route), before any forwarding check.
    if (inDevBforward(inDev.all, inDev.cnf)) return mkrouteInput(skb, found, dev, daddr, saddr, tos);
    // "not do cache if bc_forwarding is enabled": its dst is then the packet's own.
    return brdInput(skb, saddr, tos, dev, found, inDev.all.get(DevconfIdx.BC_FORWARDING) === 0);
  }
  if (res.type === RTN_LOCAL) {
    const v = fibValidateSource(skb, saddr, daddr, tos, 0, dev);
    if (v < 0) return badSource(v);
    // Linux 6.x: local_input takes no flag from the validation (no RTCF_DIRECTSRC, "src-direct").
    return localInput(skb, dev, found, null, 0, RTN_LOCAL);
  }
  if (!inDevForward(inDev.all, inDev.cnf)) return localInput(skb, dev, null, 'EHOSTUNREACH', 0, RTN_UNREACHABLE);
  if (res.type !== RTN_UNICAST) return fail('EINVAL', 'destination');
  return mkrouteInput(skb, found, dev, daddr, saddr, tos);
}

function resetFlow(fl4: Flowi4, daddr: number, saddr: number, tos: number, mark: number): void {
  fl4.daddr = daddr;
  fl4.saddr = saddr;
  fl4.tos = tos;
  fl4.mark = mark;
  fl4.oif = 0;
  fl4.iif = 0;
  fl4.scope = RT_SCOPE_UNIVERSE;
  fl4.proto = 0;
  fl4.sport = 0;
  fl4.dport = 0;
  fl4.uid = 0;
  fl4.anySrc = false;
  fl4.hashSkb = null;
}

/**
 * ip_route_input_mc() for a group the device is in: ip_mc_validate_source()
 * (a 0.0.0.0 source only to a link-local group or in IGMP), then a local
 * multicast dst on lo (RTCF_MULTICAST | RTCF_LOCAL).
 */
function ipRouteInputMc(skb: SkBuff, daddr: number, saddr: number, tos: number, dev: NetDevice): InputVerdict {
  const inDev = dev.ip!;
  if (ipv4IsMulticast(saddr) || ipv4IsLbcast(saddr)) return fail('EINVAL');
  if (ipv4IsLoopback(saddr) && !inDevRouteLocalnet(inDev.all, inDev.cnf)) return fail('EINVAL');
  if (ipv4IsZeronet(saddr)) {
    if (!ipv4IsLocalMulticast(daddr) && skb.buf[skb.networkHeader + Iph.Protocol] !== IPPROTO_IGMP) return fail('EINVAL');
  } else {
    const v = fibValidateSource(skb, saddr, 0, tos, 0, dev);
    if (v < 0) return v === -2 ? fail('EXDEV', null, true) : fail('EINVAL');
  }
  return localInput(skb, dev, null, null, RTCF_MULTICAST, RTN_MULTICAST);
}

/**
 * brd_input: validate a non-zero source, then deliver locally as broadcast,
 * cached on the broadcast route's next hop when one was found (unless all.bc_forwarding).
 */
function brdInput(
  skb: SkBuff, saddr: number, tos: number, dev: NetDevice, found: { res: FibResult; table: number } | null = null, doCache = true,
): InputVerdict {
  // "if (skb->protocol != htons(ETH_P_IP)) goto e_inval": an ARP request's broadcast target is no martian.
  if (skb.protocol === ETH_P_ARP) return fail('EINVAL');
  if (!ipv4IsZeronet(saddr)) {
    const v = fibValidateSource(skb, saddr, 0, tos, 0, dev);
    if (v < 0) return badSource(v);
  }
  dev.net.world.core.rtCacheStat.inBrd++;
  return localInput(skb, dev, found, null, RTCF_BROADCAST, RTN_BROADCAST, doCache);
}

/** local_input: a dst that delivers locally, or ip_error for an unreachable result. */
function localInput(
  skb: SkBuff, dev: NetDevice, found: { res: FibResult; table: number } | null, err: Errno | null, flags: number, type: number,
  doCache = true,
): InputVerdict {
  const net = dev.net;
  const itag = net.ipv4.routeScratch.itag;
  const st = net.world.core.rtCacheStat;
  if (type === RTN_UNREACHABLE) st.inNoRoute++;
  // do_cache &= res->fi && !itag: a local or broadcast route's next hop keeps the dst.
  const nh = doCache && found && (type === RTN_LOCAL || type === RTN_BROADCAST) && !itag ? found.res.nh : undefined;
  const cached = nh?.rthInput;
  if (found && nh && rtCacheValid(cached, net)) {
    refreshFromLookup(cached, found);
    skb.dst = cached;
    return ok();
  }
  // ip_rt_get_dev(): the next hop's l3mdev master (VRF), else lo; tuxnet has no VRF.
  const rdev = loopbackDev(net);
  const rt = new Rtable(rdev, flags | RTCF_LOCAL, type);
  // ip_route_input_mc() counts its dst in in_slow_mc, local_input in in_slow_tot.
  if (flags & RTCF_MULTICAST) st.inSlowMc++;
  else st.inSlowTot++;
  rt.genid = net.ipv4.fib.rtGenid;
  rt.tclassid = itag;
  rt.isInput = true;
  if (nh) rtCacheRoute(nh, rt);
  // rt_iif stays 0 (rt_dst_alloc()): the route is shared by every device's packets; inet_iif() falls back to skb_iif.
  rt.output = ipRtBug;
  rt.input = ipLocalDeliver;
  if (found) {
    rt.fib = found.res.clone();
    rt.tableId = found.table;
  }
  if (type === RTN_UNREACHABLE) {
    rt.input = ipError;
    rt.error = err ?? 'EHOSTUNREACH';
    rt.flags &= ~RTCF_LOCAL;
  }
  skb.dst = rt;
  return VERDICT_OK;
}

/** IPCB(skb)->flags IPSKB_DOREDIRECT: ip_forward() should send a redirect. */
export const IPSKB_DOREDIRECT = 0x20;

/** rt_cache_valid(): a cached dst is usable while nothing flushed the cache. */
function rtCacheValid(rt: unknown, net: Net): rt is Rtable {
  return rt instanceof Rtable && rt.genid === net.ipv4.fib.rtGenid && !rt.killed && rt.dev.registered;
}

/**
 * __mkroute_input(): validate the source against the reverse route, then a
 * forwarding dst — the one cached on the next hop when still valid.
 */
function mkrouteInput(skb: SkBuff, found: { res: FibResult; table: number }, dev: NetDevice, daddr: number, saddr: number, tos: number): InputVerdict {
  const res = found.res;
  // ip_mkroute_input(): a multipath route hashes the packet's addresses.
  if (res.numPath > 1) fibSelectMultipath(res, fibMultipathHashSkb(dev.net, skb));
  const nh = res.nh;
  const out = nh.dev;
  if (!out || !out.ip) return fail('EINVAL');
  const v = fibValidateSource(skb, saddr, daddr, tos, out.ifindex, dev);
  if (v < 0) return badSource(v);
  const net = dev.net;
  // A dst that carries the source's realms is the packet's own (do_cache = !itag).
  const itag = net.ipv4.routeScratch.itag;
  const inDev = dev.ip!;
  // Send a redirect when the packet leaves by the device it came in on and
  // the sender is on that link, the new gateway with it unless the medium is shared.
  if (out === dev && v > 0 && inDevTxRedirects(inDev.all, inDev.cnf)) {
    if (inDevSharedMedia(inDev.all, inDev.cnf) || inetAddrOnlink(out, saddr, nh.gw)) skb.ipcbFlags |= IPSKB_DOREDIRECT;
  }
  const fnhe = findException(net, nh, daddr);
  const cached = fnhe ? fnhe.rthInput : nh.rthInput;
  let rt: Rtable;
  if (!itag && rtCacheValid(cached, net)) {
    rt = cached;
    refreshFromLookup(rt, found);
  } else {
    rt = new Rtable(out, 0, res.type);
    net.world.core.rtCacheStat.inSlowTot++;
    rt.isInput = true;
    rt.input = ipForward;
    rt.output = ipOutput;
    rt.genid = net.ipv4.fib.rtGenid;
    rtSetNexthop(rt, found);
    setClassTag(rt, itag);
    if (fnhe) rtBindException(net, rt, fnhe, daddr, !itag);
    else if (!itag) rtCacheRoute(nh, rt);
  }
  skb.dst = rt;
  return ok();
}

/** set_class_tag(): the source's realms fill the halves the next hop left empty. */
function setClassTag(rt: Rtable, tag: number): void {
  if (!(rt.tclassid & 0xffff)) rt.tclassid |= tag & 0xffff;
  if (!(rt.tclassid & 0xffff0000)) rt.tclassid |= tag & 0xffff0000;
}

/** A fib_validate_source() refusal: -2 is rp_filter (EXDEV), -1 a bad source (EINVAL). */
function badSource(v: number): InputVerdict {
  return v === -2 ? fail('EXDEV', 'source', true) : fail('EINVAL', 'source');
}

function ok(): InputVerdict {
  return VERDICT_OK;
}

/**
 * fib_validate_source(): is `src` a plausible source for a packet that
 * arrived on `dev`? Returns 1 when the source is directly connected, 0 when
 * valid, -1 (EINVAL) for a local or invalid source, -2 (EXDEV) when rp_filter
 * rejects it.
 */
export function fibValidateSource(skb: SkBuff, src: number, dst: number, tos: number, oif: number, dev: NetDevice): number {
  const inDev = dev.ip!;
  const net = dev.net;
  const r = inDevRpfilter(inDev.all, inDev.cnf);
  net.ipv4.routeScratch.itag = 0;
  if (!r && !net.ipv4.fib.infoHash.tclassidUsers && (dev.ifindex !== oif || !inDevTxRedirects(inDev.all, inDev.cnf))) {
    if (inDevAcceptLocal(inDev.all, inDev.cnf) || devLoop(dev)) return 0;
    if (!net.ipv4.fib.hasCustomLocalRoutes && !net.ipv4.fib.hasCustomRules()) {
      // "Within the same container, it is regarded as a martian source".
      return inetLookupIfaddr(net, src) ? -1 : 0;
    }
  }
  return fibValidateSourceFull(skb, src, dst, tos, oif, dev, r);
}

/** __fib_validate_source(): route back to the source and compare devices. */
function fibValidateSourceFull(skb: SkBuff, src: number, dst: number, tos: number, oif: number, dev: NetDevice, rpf: number): number {
  const inDev = dev.ip!;
  const net = dev.net;
  const fl4 = net.ipv4.routeScratch.vsFlow;
  resetFlow(fl4, src, dst, tos, inDevSrcVmark(inDev.all, inDev.cnf) ? skb.mark : 0);
  fl4.iif = oif || 1;
  // The way back: the packet's ports swapped.
  if (fib4RulesEarlyFlowDissect(net, skb, fl4)) {
    const sport = fl4.sport;
    fl4.sport = fl4.dport;
    fl4.dport = sport;
  }
  const noAddr = inDev.ifaList === null;
  const found = fibLookup(net, fl4, 0);
  if ('err' in found) return lastResort(net, rpf);
  const res = found.res;
  // tuxnet extension (send-to-self): a loop=1 device accepts its host's own sources.
  if (res.type === RTN_LOCAL && devLoop(dev)) return 0;
  if (res.type !== RTN_UNICAST && (res.type !== RTN_LOCAL || !inDevAcceptLocal(inDev.all, inDev.cnf))) return -1;
  net.ipv4.routeScratch.itag = fibCombineItag(found);
  const usesDev = res.fi.nhs.some((nh) => nh.dev === dev) || (res.type === RTN_LOCAL && dev.flags & IFF_LOOPBACK);
  if (usesDev) return res.nh.scope >= RT_SCOPE_HOST ? 1 : 0;
  if (noAddr) return lastResort(net, rpf);
  if (rpf === 1) return -2;
  fl4.oif = dev.ifindex;
  const again = fibLookup(net, fl4, FIB_LOOKUP_IGNORE_LINKSTATE);
  if (!('err' in again) && again.res.type === RTN_UNICAST) {
    return again.res.nh.scope >= RT_SCOPE_HOST ? 1 : 0;
  }
  return 0;
}

/** __fib_validate_source()'s last_resort: no usable route back; only rp_filter minds. */
function lastResort(net: Net, rpf: number): number {
  if (rpf) return -2;
  net.ipv4.routeScratch.itag = 0;
  return 0;
}

/**
 * fib_combine_itag(): the realms a packet brings in, from the route back to
 * its source: that next hop's realm, then the matching rule's (res->tclassid):
 * its TO realm fills in when the route has none, its FROM realm is the low half.
 */
function fibCombineItag(found: FibLookupRes): number {
  const nh = found.res.nh;
  let itag = nh ? (nh.tclassid << 16) | 0 : 0;
  const rtag = found.res.tclassid;
  if (itag === 0) itag = (rtag << 16) | 0;
  return itag | (rtag >>> 16);
}
