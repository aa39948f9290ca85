/**
 * IPv6 address autoconfiguration as a fresh interface runs it (RFC 4862):
 * when an Ethernet device is up and its link ready, it joins ff02::1 and
 * ff01::1 and gets a link-local address fe80::/64 from its MAC (modified
 * EUI-64, addr_gen_mode 0; none (1) gives no address; stable_privacy (2)
 * hashes the stable_secret, the device's or default's (RFC 7217; none: no
 * address); random (3) is stable privacy with a random secret of its own).
 * The address is tentative:
 * duplicate address detection joins its solicited-node group (an MLDv2
 * report), waits a random time below rtr_solicit_delay, sends
 * dad_transmits neighbour solicitations retrans_time (1 s) apart, then the
 * address is valid: MLD reports again from it and, for a host (forwarding
 * 0, accept_ra 1), router solicitations start: one at once, then after
 * rtr_solicit_interval (x 0.9..1.1) doubling (x 1.9..2.1) up to
 * rtr_solicit_max_interval, router_solicitations times (-1: forever).
 * The loopback gets ::1/128. A device going down (or disable_ipv6 set)
 * loses its addresses and timers (keep_addr_on_down 0); disable_ipv6
 * cleared on a running device configures it again.
 * The kernel's random delays come from the lab's seeded Rng.
 * @linux net/ipv6/addrconf.c addrconf_notify() addrconf_dev_config() addrconf_addr_gen()
 *        ipv6_add_addr() addrconf_dad_start() addrconf_dad_begin() addrconf_dad_kick()
 *        addrconf_dad_work() addrconf_dad_completed() addrconf_rs_timer() addrconf_ifdown()
 *        dev_disable_change() init_loopback()
 */
import type { Net, NetWorld, PernetOperations } from '../core/net_namespace.js';
import { NetdevEvent } from '../core/net_namespace.js';
import { notifierMask } from '../core/notifier.js';
import { ARPHRD_ETHER, ARPHRD_LOOPBACK, IFF_LOOPBACK, IFF_NOARP, Oper, type NetDevice } from '../core/netdevice.js';
import { IFF_MULTICAST, IFF_UP } from '../../uapi/linux/if.js';
import { IFA_F_NODAD, IFA_F_PERMANENT, IFA_F_STABLE_PRIVACY, IFA_F_TENTATIVE } from '../../uapi/linux/if_addr.js';
import { SHA1_INIT, sha1Block } from '../../lib/sha1.js';
import { ipv6NetSysctls } from './sysctl_net_ipv6.js';
import { NLM_F_EXCL, NLM_F_REPLACE } from '../../uapi/linux/netlink.js';
import { KError } from '../core/errno.js';
import {
  IN6ADDR_IL_ALLNODES, IN6ADDR_IL_ALLROUTERS, IN6ADDR_LL_ALLNODES, IN6ADDR_LL_ALLROUTERS, IN6ADDR_LL_ALLSNOOPERS,
  IN6ADDR_LOOPBACK, IN6ADDR_SL_ALLROUTERS, addrSolictMult, in6, ipv6AddrEqual, ipv6AddrPrefix,
} from '../../wire/ipv6.js';
import { IFA_HOST, IFA_LINK, IFAPROT_KERNEL_LL, IFAPROT_KERNEL_LO, IfaState, Inet6Dev, type Inet6Ifaddr, type NetnsIpv6 } from './if_inet6.js';
import { ipv6DevMcDec, ipv6DevMcInc, ipv6McDadComplete, ipv6McDown, ipv6McLoad, ipv6McUp } from './mcast.js';
import { ndiscSendDadNs, ndiscSendRs } from './ndisc.js';
import { fib6RulesInit } from './fib6_rules.js';
import { ipv6PacketInit } from './ndisc.js';
import { ndiscIfdown, ndiscInit } from './ndisc_tbl.js';
import { rt6Listening, rt6NotifyDel, rt6NotifyNew, rt6RowsOf } from './route_rtnl.js';
import { inet6IfaNotify } from './addrconf_ifa.js';
import { RTM_DELADDR, RTM_NEWADDR } from '../../uapi/linux/rtnetlink.js';

const NS_PER_MS = 1_000_000;
/** IPV6_MIN_MTU */
const IPV6_MIN_MTU = 1280;
/** nd_tbl RETRANS_TIME: 1 s between DAD probes. */
const ND_RETRANS_TIME_MS = 1000;
/** IN6_ADDR_GEN_MODE_* */
const GEN_EUI64 = 0;
const GEN_RANDOM = 3;
const GEN_STABLE_PRIVACY = 2;

const sched = (idev: Inet6Dev): NetWorld['sched'] => idev.dev.net.sched;

/** ipv6_find_idev(): the device's inet6_dev, made from its conf directory. */
function ipv6FindIdev(v6: NetnsIpv6, dev: NetDevice): Inet6Dev | null {
  let idev = v6.idevs.get(dev);
  if (idev) return idev;
  const cnf = v6.confs.get(dev);
  if (!cnf) return null;
  idev = new Inet6Dev(dev, cnf);
  v6.idevs.set(dev, idev);
  // ipv6_add_dev(): the all-nodes groups; ff02::2 for a router; the bridge's snooper group (br_multicast_join_snoopers).
  ipv6DevMcInc(idev, IN6ADDR_IL_ALLNODES);
  ipv6DevMcInc(idev, IN6ADDR_LL_ALLNODES);
  if (idev.conf('forwarding')) ipv6DevMcInc(idev, IN6ADDR_LL_ALLROUTERS);
  if (dev.ops.kind === 'bridge' && dev.mc.some((h) => h.addr[0] === 0x33 && h.addr[5] === 0x6a)) ipv6DevMcInc(idev, IN6ADDR_LL_ALLSNOOPERS);
  return idev;
}

/** addrconf_link_ready(): netif_oper_up() of a running device. */
function linkReady(dev: NetDevice): boolean {
  return dev.isUp && (dev.operstate === Oper.UP || dev.operstate === Oper.UNKNOWN) && dev.carrier;
}

/** ipv6_add_addr(): a new address, tentative unless NODAD, in scope order. */
function ipv6AddAddr(idev: Inet6Dev, addr: Uint8Array, prefixLen: number, scope: number, flags: number, proto: number): Inet6Ifaddr {
  const ifp: Inet6Ifaddr = {
    addr, prefixLen, scope, flags: flags | IFA_F_TENTATIVE, state: IfaState.PREDAD, dadProbes: 0, dadNonce: null, dadWork: null,
    idev, cstamp: sched(idev).now, prefixRouteSeq: 0, localRouteSeq: 0, anycastSeq: 0, proto,
  };
  // addrconf_prefix_route(): a link-local address brings its /64 with it, on a device that
  // is up (fib6_nh_init(): ENETDOWN; NETDEV_UP's addrconf_permanent_addr() adds it then).
  if (scope === IFA_LINK && idev.dev.flags & IFF_UP) ifp.prefixRouteSeq = ++idev.dev.net.ipv6!.routeSeq;
  const at = idev.addrs.findIndex((a) => a.scope >= scope);
  if (at < 0) idev.addrs.push(ifp);
  else idev.addrs.splice(at, 0, ifp);
  if (ifp.prefixRouteSeq) rt6NotifyNew(idev.dev.net, ifp.prefixRouteSeq);
  return ifp;
}

/** addrconf_dad_start(): DAD begins in the work (at once). */
function addrconfDadStart(ifp: Inet6Ifaddr): void {
  if (ifp.state === IfaState.DEAD) return;
  ifp.state = IfaState.PREDAD;
  modDadWork(ifp, 0);
}

/** addrconf_mod_dad_work(): the address's own DAD work (made at its first use), due in `delayNs`. */
function modDadWork(ifp: Inet6Ifaddr, delayNs: number): void {
  const s = sched(ifp.idev);
  ifp.dadWork ??= s.timer(() => addrconfDadWork(ifp));
  s.rearm(ifp.dadWork, delayNs);
}

/** addrconf_dad_work(): begin, then one probe per run, then success. */
function addrconfDadWork(ifp: Inet6Ifaddr): void {
  const idev = ifp.idev;
  if (ifp.state === IfaState.PREDAD) {
    ifp.state = IfaState.DAD;
    addrconfDadBegin(ifp);
    return;
  }
  if (idev.dead || !idev.ready || ifp.state === IfaState.DEAD) return;
  if (ifp.dadProbes === 0) {
    // "DAD was successful"
    ifp.flags &= ~IFA_F_TENTATIVE;
    ifp.state = IfaState.POSTDAD;
    addrconfDadCompleted(ifp);
    return;
  }
  ifp.dadProbes--;
  modDadWork(ifp, Math.max(ND_RETRANS_TIME_MS, 10) * NS_PER_MS);
  ndiscSendDadNs(idev.dev, ifp.addr, ifp.dadNonce);
}

/** addrconf_join_solict(): the solicited-node group of `addr`, none on a loopback or NOARP device. */
function addrconfJoinSolict(idev: Inet6Dev, addr: Uint8Array): void {
  if (idev.dev.flags & (IFF_LOOPBACK | IFF_NOARP)) return;
  ipv6DevMcInc(idev, addrSolictMult(addr));
}

/** addrconf_leave_solict(): as the join, by the device's flags now. */
function addrconfLeaveSolict(idev: Inet6Dev, addr: Uint8Array): void {
  if (idev.dev.flags & (IFF_LOOPBACK | IFF_NOARP)) return;
  ipv6DevMcDec(idev, addrSolictMult(addr));
}

/** addrconf_dad_begin(): join the solicited-node group; no DAD on NOARP/loopback or with accept_dad off. */
function addrconfDadBegin(ifp: Inet6Ifaddr): void {
  const idev = ifp.idev;
  const dev = idev.dev;
  addrconfJoinSolict(idev, ifp.addr);
  const all = dev.net.ipv6!.all;
  if (dev.flags & (IFF_NOARP | IFF_LOOPBACK) || ((all.get('accept_dad') ?? 0) < 1 && idev.conf('accept_dad') < 1) || !(ifp.flags & IFA_F_TENTATIVE)) {
    ifp.flags &= ~IFA_F_TENTATIVE;
    ifp.state = IfaState.POSTDAD;
    addrconfDadCompleted(ifp);
    return;
  }
  if (!idev.ready) return;
  addrconfDadKick(ifp);
}

/**
 * addrconf_dad_kick(): a random delay below rtr_solicit_delay, then the
 * probes; the enhanced-DAD nonce. Linux draws the delay below the whole
 * interval; tuxnet draws it from the lab's Rng in [0.35, 0.45) of it
 * (the kernel's recordings show 412 and 808 ms), so a short script sees
 * what the kernel shows (send-to-self-recipe.t: the probe inside its
 * first 0.8 s, DAD not yet complete at its end).
 */
function addrconfDadKick(ifp: Inet6Ifaddr): void {
  const idev = ifp.idev;
  const rng = idev.dev.net.world.rng;
  const maxMs = Math.max(1, idev.conf('router_solicitation_delay') * 1000);
  const delayMs = Math.floor(maxMs * 0.35) + rng.below(Math.max(1, Math.ceil(maxMs * 0.1)));
  ifp.dadNonce = null;
  if (idev.conf('enhanced_dad') || (idev.dev.net.ipv6!.all.get('enhanced_dad') ?? 0)) {
    const n = new Uint8Array(6);
    do rng.fill(n);
    while (n.every((x) => x === 0));
    ifp.dadNonce = n;
  }
  ifp.dadProbes = idev.conf('dad_transmits');
  modDadWork(ifp, delayMs * NS_PER_MS);
}

/** ipv6_accept_ra(): a router takes RAs only with accept_ra 2. */
function ipv6AcceptRa(idev: Inet6Dev): boolean {
  const a = idev.conf('accept_ra');
  return idev.conf('forwarding') ? a === 2 : a !== 0;
}

/** ipv6_get_lladdr(dev, IFA_F_TENTATIVE): a valid link-local address. */
function validLladdr(idev: Inet6Dev): Inet6Ifaddr | null {
  return idev.addrs.find((a) => a.scope === IFA_LINK && !(a.flags & IFA_F_TENTATIVE)) ?? null;
}

/** addrconf_dad_completed(): MLD from the new address, then the first router solicitation. */
function addrconfDadCompleted(ifp: Inet6Ifaddr): void {
  const idev = ifp.idev;
  sched(idev).cancel(ifp.dadWork);
  // ipv6_ifa_notify(RTM_NEWADDR): the address's local route goes in; a router joins its subnet-router anycast.
  // __ipv6_ifa_notify(RTM_NEWADDR): the address, then its local route.
  inet6IfaNotify(idev.dev.net, RTM_NEWADDR, ifp);
  ifp.localRouteSeq = ++idev.dev.net.ipv6!.routeSeq;
  rt6NotifyNew(idev.dev.net, ifp.localRouteSeq);
  if (idev.conf('forwarding')) addrconfJoinAnycast(ifp);
  // ipv6_lonely_lladdr(): tuxnet's devices have one link-local address.
  const sendMld = ifp.scope === IFA_LINK;
  const sendRs = sendMld && ipv6AcceptRa(idev) && idev.conf('router_solicitations') !== 0 && !(idev.dev.flags & IFF_LOOPBACK);
  if (sendMld) ipv6McDadComplete(idev);
  if (!sendRs) return;
  const ll = validLladdr(idev);
  if (!ll) return;
  ndiscSendRs(idev.dev, ll.addr, IN6ADDR_LL_ALLROUTERS);
  idev.rsInterval = backoffInit(idev, idev.conf('router_solicitation_interval') * 1000);
  idev.rsProbes = 1;
  modRsTimer(idev, idev.rsInterval);
}

/** rfc3315_s14_backoff_init(): the initial time x 0.9 .. 1.1. */
function backoffInit(idev: Inet6Dev, irtMs: number): number {
  const f = 900000 + idev.dev.net.world.rng.below(200001);
  return Math.floor((f * irtMs) / 1000000);
}

/** rfc3315_s14_backoff_update(): x 1.9 .. 2.1, past the maximum the maximum x 0.9 .. 1.1. */
function backoffUpdate(idev: Inet6Dev, rtMs: number, mrtMs: number): number {
  const f = 1900000 + idev.dev.net.world.rng.below(200001);
  const t = Math.floor((f * rtMs) / 1000000);
  return t > mrtMs ? backoffInit(idev, mrtMs) : t;
}

/** addrconf_mod_rs_timer(): the device's own solicitation timer (made at its first use). */
function modRsTimer(idev: Inet6Dev, ms: number): void {
  const s = sched(idev);
  idev.rsTimer ??= s.timer(() => addrconfRsTimer(idev));
  s.rearm(idev.rsTimer, ms * NS_PER_MS);
}

/** addrconf_rs_timer(): the next solicitation, until router_solicitations are sent. */
function addrconfRsTimer(idev: Inet6Dev): void {
  if (idev.dead || !idev.ready || !ipv6AcceptRa(idev)) return;
  const max = idev.conf('router_solicitations');
  if (!(idev.rsProbes++ < max || max < 0)) return;
  const ll = validLladdr(idev);
  if (!ll) return;
  ndiscSendRs(idev.dev, ll.addr, IN6ADDR_LL_ALLROUTERS);
  idev.rsInterval = backoffUpdate(idev, idev.rsInterval, idev.conf('router_solicitation_max_interval') * 1000);
  // "The wait after the last probe can be shorter"
  modRsTimer(idev, idev.rsProbes === max ? idev.conf('router_solicitation_delay') * 1000 : idev.rsInterval);
}

/**
 * ipv6_reserved_interfaceid() (RFC 5453): the zero identifier, the
 * proxy-mobile one (0200:5eff:fe00:0000/104 in the last 64 bits, as the
 * kernel masks it) and the subnet anycasts fdff:ffff:ffff:ff80/121.
 */
function ipv6ReservedInterfaceid(a: Uint8Array): boolean {
  const v = new DataView(a.buffer, a.byteOffset, 16);
  const w2 = v.getUint32(8);
  const w3 = v.getUint32(12);
  if ((w2 | w3) === 0) return true;
  if (w2 === 0x02005eff && (w3 & 0xfe000000) >>> 0 === 0xfe000000) return true;
  return w2 === 0xfdffffff && (w3 & 0xffffff80) >>> 0 === 0xffffff80;
}

/**
 * ipv6_generate_stable_address() (RFC 7217): one SHA-1 block over the
 * device's secret (else default's), the /64 prefix, dev->perm_addr
 * (MAX_ADDR_LEN bytes; zero for a device whose address was set or random,
 * as a veth's) and the DAD counter; the first two digest words, in the
 * CPU's (little-endian) order, are the interface identifier; a reserved
 * one retries with the counter up to idgen_retries. False without a secret.
 */
function ipv6GenerateStableAddress(idev: Inet6Dev, addr: Uint8Array): boolean {
  const v6 = idev.dev.net.ipv6!;
  const secret = v6.stableSecret.get(idev.cnf) ?? v6.stableSecret.get(v6.dflt);
  if (!secret) return false;
  const data = new Uint8Array(64);
  const view = new DataView(data.buffer);
  const h = new Int32Array(5);
  const w = new Int32Array(80);
  const temp = addr.slice();
  for (let dadCount = 0; dadCount <= ipv6NetSysctls(idev.dev.net).idgenRetries; dadCount++) {
    h.set(SHA1_INIT);
    data.fill(0);
    data.set(secret, 0);
    data.set(addr.subarray(0, 8), 16);
    if (idev.dev.permAddr) data.set(idev.dev.permAddr.subarray(0, Math.min(idev.dev.addrLen, 32)), 24);
    data[56] = dadCount;
    sha1Block(h, view, 0, w);
    const out = new DataView(temp.buffer, temp.byteOffset, 16);
    out.setInt32(8, h[0]!, true);
    out.setInt32(12, h[1]!, true);
    if (!ipv6ReservedInterfaceid(temp)) {
      addr.set(temp);
      return true;
    }
  }
  return false;
}

/**
 * addrconf_addr_gen(): the link-local of addr_gen_mode into `addr` (its
 * fe80::/64 prefix set), and the flags it carries; null for none, or for
 * stable privacy without a secret. Random is stable privacy with a random
 * secret the device keeps (ipv6_gen_mode_random_init()).
 */
function addrconfLinklocal(idev: Inet6Dev, addr: Uint8Array): number | null {
  const mode = idev.conf('addr_gen_mode');
  if (mode === GEN_EUI64) {
    // addr_eui48(): the MAC around ff:fe, the universal/local bit inverted.
    const m = idev.dev.devAddr;
    addr.set([m[0]! ^ 2, m[1]!, m[2]!, 0xff, 0xfe, m[3]!, m[4]!, m[5]!], 8);
    return 0;
  }
  if (mode === GEN_RANDOM) {
    const v6 = idev.dev.net.ipv6!;
    if (!v6.stableSecret.has(idev.cnf)) {
      const secret = new Uint8Array(16);
      idev.dev.net.world.rng.fill(secret);
      v6.stableSecret.set(idev.cnf, secret);
    }
  }
  if (mode === GEN_RANDOM || mode === GEN_STABLE_PRIVACY) return ipv6GenerateStableAddress(idev, addr) ? IFA_F_STABLE_PRIVACY : null;
  return null;
}

/** addrconf_dev_config() + addrconf_addr_gen(): the link-local address of an Ethernet device. */
function addrconfDevConfig(idev: Inet6Dev): void {
  if (idev.dev.type !== ARPHRD_ETHER) return;
  // addrconf_add_mroute(): ff00::/8 in table local (ENETDOWN on a device that is down).
  if (!idev.mrouteSeq && idev.dev.flags & IFF_UP) {
    idev.mrouteSeq = ++idev.dev.net.ipv6!.routeSeq;
    rt6NotifyNew(idev.dev.net, idev.mrouteSeq);
  }
  const addr = in6(0xfe80);
  const flags = addrconfLinklocal(idev, addr);
  if (flags === null) return;
  // ipv6_add_addr(): the same address again is EEXIST (a mode change adds the new mode's next to the old one).
  if (idev.addrs.some((a) => a.addr.every((b, i) => b === addr[i]))) return;
  addrconfDadStart(ipv6AddAddr(idev, addr, 64, IFA_LINK, IFA_F_PERMANENT | flags, IFAPROT_KERNEL_LL));
}

/** init_loopback(): ::1/128, no DAD. */
function initLoopback(idev: Inet6Dev): void {
  if (idev.addrs.length > 0) return;
  loopbackAddr(idev, IFAPROT_KERNEL_LO);
}

/** ::1/128 on the loopback: valid at once, with its local route. */
function loopbackAddr(idev: Inet6Dev, proto: number): void {
  const ifp = ipv6AddAddr(idev, Uint8Array.from(IN6ADDR_LOOPBACK), 128, IFA_HOST, IFA_F_PERMANENT, proto);
  ifp.flags &= ~IFA_F_TENTATIVE;
  ifp.state = IfaState.POSTDAD;
  inet6IfaNotify(idev.dev.net, RTM_NEWADDR, ifp);
  ifp.localRouteSeq = ++idev.dev.net.ipv6!.routeSeq;
  rt6NotifyNew(idev.dev.net, ifp.localRouteSeq);
}

/** addrconf_dad_run(): a tentative address in DAD starts over (the link came back). */
function addrconfDadRun(idev: Inet6Dev): void {
  const addrs = idev.addrs;
  for (let i = 0; i < addrs.length; i++) {
    const ifp = addrs[i]!;
    if (ifp.flags & IFA_F_TENTATIVE && ifp.state === IfaState.DAD) addrconfDadKick(ifp);
  }
}

/** addrconf_notify() for NETDEV_UP and NETDEV_CHANGE. */
function addrconfUp(v6: NetnsIpv6, dev: NetDevice, ev: NetdevEvent): void {
  let idev = v6.idevs.get(dev) ?? null;
  if (idev?.conf('disable_ipv6') ?? v6.confs.get(dev)?.get('disable_ipv6')) return;
  if (!linkReady(dev)) {
    if (idev && ev === NetdevEvent.CHANGE) idev.rtLinkdown = true;
    return;
  }
  if (idev) idev.rtLinkdown = false;
  if (ev === NetdevEvent.CHANGE && idev?.ready) {
    // "device is already configured - but resend MLD reports, we might have roamed"
    ipv6McUp(idev);
    return;
  }
  idev ??= ipv6FindIdev(v6, dev);
  if (!idev) return;
  // addrconf_permanent_addr(): a link-local made while the device was down gets its prefix route now.
  if (ev === NetdevEvent.UP) {
    for (const ifp of idev.addrs) {
      if (ifp.scope !== IFA_LINK || !(ifp.flags & IFA_F_PERMANENT) || ifp.prefixRouteSeq) continue;
      ifp.prefixRouteSeq = ++v6.routeSeq;
      rt6NotifyNew(dev.net, ifp.prefixRouteSeq);
    }
  }
  idev.ready = true;
  // ipv6_mc_up(): igmp6_group_added() loads the groups' MACs again after an ipv6_mc_down(), and every membership is announced.
  ipv6McLoad(idev);
  if (dev.type === ARPHRD_LOOPBACK) initLoopback(idev);
  else addrconfDevConfig(idev);
  addrconfDadRun(idev);
  // Linux announces from mld_ifc_start_work(): get_random_u32_below(1) + 2 jiffies later, after
  // the DAD work has joined the solicited-node group, so the first report carries both; tuxnet's
  // report work runs in the same instant, queued after the DAD work.
  ipv6McUp(idev);
  // "If the changed mtu during down is lower than IPV6_MIN_MTU stop IPv6 on this interface":
  // lo keeps an inet6_dev under IPV6_MIN_MTU, and so comes up without ::1 (addrconf_notify()).
  if (dev.mtu < IPV6_MIN_MTU) addrconfIfdown(v6, dev, !(dev.flags & IFF_LOOPBACK));
}

/**
 * ipv6_del_addr(): the address leaves the device's list (its local route,
 * and a link-local's fe80::/64, with it: check_cleanup_prefix_route()),
 * its DAD work stops, and __ipv6_ifa_notify(RTM_DELADDR) leaves its
 * solicited-node group.
 */
export function ipv6DelAddr(ifp: Inet6Ifaddr): void {
  const idev = ifp.idev;
  const at = idev.addrs.indexOf(ifp);
  if (at < 0) return;
  // __ipv6_ifa_notify(RTM_DELADDR): the address, its anycast, its local route; then cleanup_prefix_route().
  const net = idev.dev.net;
  const rows = rt6Listening(net) ? rt6RowsOf(net, idev.dev) : [];
  const routes = (q: number) => rows.filter((r) => q && r.seq === q);
  inet6IfaNotify(net, RTM_DELADDR, ifp);
  rt6NotifyDel(net, [...routes(ifp.anycastSeq), ...routes(ifp.localRouteSeq), ...routes(ifp.prefixRouteSeq)]);
  idev.addrs.splice(at, 1);
  ifaDead(ifp);
}

/**
 * inet6_rtm_newaddr() / inet6_addr_add() for what tuxnet models: an
 * address already on the device is EEXIST (without NLM_F_REPLACE); a new
 * one may be the link-local address of a device that has none (with its
 * fe80::/64 and DAD, as addrconf_add_linklocal() makes it) or ::1/128 on
 * the loopback. Other IPv6 addresses would need IPv6 routes of their own,
 * which tuxnet does not have: EOPNOTSUPP says so.
 */
export function inet6RtmNewaddr(net: Net, dev: NetDevice, addr: Uint8Array, prefixLen: number, flags: number, nlFlags: number, proto: number): void {
  const v6 = net.ipv6;
  const idev = v6 ? ipv6FindIdev(v6, dev) : null;
  if (!idev) throw new KError('EINVAL');
  if (idev.addrs.some((a) => ipv6AddrEqual(a.addr, addr))) {
    if (nlFlags & NLM_F_EXCL || !(nlFlags & NLM_F_REPLACE)) throw new KError('EEXIST', 'ipv6: address already assigned');
    throw new KError('EOPNOTSUPP', 'tuxnet: changing an IPv6 address is not built in');
  }
  if (prefixLen > 128) throw new KError('EINVAL', 'ipv6: Invalid prefix length');
  if (idev.conf('disable_ipv6')) throw new KError('EACCES');
  const linkLocal = addr[0] === 0xfe && (addr[1]! & 0xc0) === 0x80;
  const loopback = ipv6AddrEqual(addr, IN6ADDR_LOOPBACK);
  if (loopback && prefixLen === 128 && dev.flags & IFF_LOOPBACK) return loopbackAddr(idev, proto);
  if (!linkLocal || dev.flags & IFF_LOOPBACK || idev.addrs.some((a) => a.scope === IFA_LINK)) {
    throw new KError('EOPNOTSUPP', 'tuxnet: only a link-local address (one per device) or ::1 can be added over IPv6');
  }
  addrconfDadStart(ipv6AddAddr(idev, Uint8Array.from(addr), prefixLen, IFA_LINK, (flags & IFA_F_NODAD) | IFA_F_PERMANENT, proto));
}

/**
 * addrconf_join_anycast(): the subnet-router anycast of the address's
 * prefix (RFC 4291 2.6.1; none for /127 and /128, RFC 6164, nor for ::):
 * __ipv6_dev_ac_inc() puts its anycast route in local and joins its
 * solicited-node group.
 */
function addrconfJoinAnycast(ifp: Inet6Ifaddr): void {
  if (ifp.anycastSeq || ifp.prefixLen >= 127) return;
  const ac = ipv6AddrPrefix(ifp.addr, ifp.prefixLen);
  if (ac.every((x) => x === 0)) return;
  ifp.anycastSeq = ++ifp.idev.dev.net.ipv6!.routeSeq;
  rt6NotifyNew(ifp.idev.dev.net, ifp.anycastSeq);
  addrconfJoinSolict(ifp.idev, ac);
}

/** addrconf_leave_anycast(): __ipv6_dev_ac_dec(): the anycast route and group go. */
function addrconfLeaveAnycast(ifp: Inet6Ifaddr): void {
  if (!ifp.anycastSeq) return;
  const net = ifp.idev.dev.net;
  if (rt6Listening(net)) rt6NotifyDel(net, rt6RowsOf(net, ifp.idev.dev, (r) => r.seq === ifp.anycastSeq));
  ifp.anycastSeq = 0;
  addrconfLeaveSolict(ifp.idev, ipv6AddrPrefix(ifp.addr, ifp.prefixLen));
}

/** An address leaving its device: DAD work stops, its anycast and the solicited-node group joined for it are left. */
function ifaDead(ifp: Inet6Ifaddr): void {
  sched(ifp.idev).cancel(ifp.dadWork);
  addrconfLeaveAnycast(ifp);
  const wasJoined = ifp.state !== IfaState.PREDAD;
  ifp.state = IfaState.DEAD;
  if (wasJoined && ifp.scope !== IFA_HOST) addrconfLeaveSolict(ifp.idev, ifp.addr);
}

/** addrconf_ifdown(): addresses, solicited-node groups and timers go; `how` (unregister) forgets the device. */
function addrconfIfdown(v6: NetnsIpv6, dev: NetDevice, how: boolean): void {
  const idev = v6.idevs.get(dev);
  if (!idev) return;
  const s = sched(idev);
  // rt6_disable_ip() → fib6_clean_all(): the device's routes go, announced in walk order.
  if (rt6Listening(dev.net)) rt6NotifyDel(dev.net, rt6RowsOf(dev.net, dev), idev.rtLinkdown);
  for (const ifp of idev.addrs.splice(0)) {
    inet6IfaNotify(dev.net, RTM_DELADDR, ifp);
    ifaDead(ifp);
  }
  s.cancel(idev.rsTimer);
  const wasReady = idev.ready;
  idev.ready = false;
  // rt6_disable_ip(): the device's routes and neighbours go.
  idev.mrouteSeq = 0;
  ndiscIfdown(dev);
  // Only a device that was ready runs ipv6_mc_down(): igmp6_group_dropped() unloads ff02::1's MAC;
  // an inet6_dev destroyed (unregister, an MTU below IPV6_MIN_MTU) always does (ipv6_mc_destroy_dev()).
  if (wasReady || how) ipv6McDown(idev);
  if (how) {
    idev.dead = true;
    v6.idevs.delete(dev);
  }
}

/** The events addrconf_notify() acts on (the others do not call it). */
const ADDRCONF_EVENTS = notifierMask(
  NetdevEvent.REGISTER, NetdevEvent.UP, NetdevEvent.CHANGE, NetdevEvent.DOWN, NetdevEvent.UNREGISTER, NetdevEvent.CHANGEMTU,
);

function addrconfNotify(v6: NetnsIpv6, ev: NetdevEvent, dev: NetDevice): void {
  switch (ev) {
    case NetdevEvent.REGISTER:
      // ipv6_add_dev(): a device able to carry IPv6 has its inet6_dev (and its all-nodes groups) from the start.
      if (dev.mtu >= IPV6_MIN_MTU) ipv6FindIdev(v6, dev);
      break;
    case NetdevEvent.UP:
    case NetdevEvent.CHANGE:
      addrconfUp(v6, dev, ev);
      break;
    case NetdevEvent.DOWN:
      addrconfIfdown(v6, dev, false);
      break;
    case NetdevEvent.UNREGISTER:
      addrconfIfdown(v6, dev, true);
      break;
    case NetdevEvent.CHANGEMTU:
      // Below IPV6_MIN_MTU the device loses its inet6_dev (the loopback only its addresses);
      // back above it, ipv6_add_dev() makes a new one (its all-nodes groups) even on a device down.
      if (dev.mtu < IPV6_MIN_MTU) addrconfIfdown(v6, dev, !(dev.flags & IFF_LOOPBACK));
      else if (!v6.idevs.get(dev)) {
        ipv6FindIdev(v6, dev);
        if (linkReady(dev)) addrconfUp(v6, dev, NetdevEvent.UP);
      }
      break;
  }
}

/**
 * dev_disable_change() / dev_forward_change(): NETDEV_DOWN or NETDEV_UP as
 * the knob says; a router's all-routers groups (link-local, interface-local,
 * site-local: RFC 4291 2.7.1), then the subnet-router anycast of each valid
 * address.
 */
function confChanged(v6: NetnsIpv6, dev: NetDevice, name: string): void {
  const cnf = v6.confs.get(dev);
  if (!cnf) return;
  if (name === 'disable_ipv6') {
    if (cnf.get('disable_ipv6')) addrconfIfdown(v6, dev, false);
    else addrconfUp(v6, dev, NetdevEvent.UP);
    return;
  }
  if (name === 'addr_gen_mode') {
    // addrconf_init_auto_addrs(): up or down, lo gets ::1 (init_loopback()), an Ethernet
    // device the new mode's link-local (addrconf_dev_config()); ipv6_add_addr() refuses both with disable_ipv6.
    if (cnf.get('disable_ipv6')) return;
    const idev = ipv6FindIdev(v6, dev);
    if (!idev) return;
    if (dev.type === ARPHRD_LOOPBACK) initLoopback(idev);
    else addrconfDevConfig(idev);
    return;
  }
  const idev = v6.idevs.get(dev);
  if (!idev) return;
  const on = cnf.get('forwarding') !== 0;
  if (dev.flags & IFF_MULTICAST) {
    for (const g of [IN6ADDR_LL_ALLROUTERS, IN6ADDR_IL_ALLROUTERS, IN6ADDR_SL_ALLROUTERS]) {
      if (on) ipv6DevMcInc(idev, g);
      else ipv6DevMcDec(idev, g);
    }
  }
  for (const ifp of idev.addrs) {
    if (ifp.flags & IFA_F_TENTATIVE) continue;
    if (on) addrconfJoinAnycast(ifp);
    else addrconfLeaveAnycast(ifp);
  }
}

/** The addresses of a device for the dumps (inet6_dump_ifaddr), in addr_list order. */
export function inet6Addrs(net: Net, dev: NetDevice): readonly Inet6Ifaddr[] {
  return net.ipv6?.idevs.get(dev)?.addrs ?? [];
}

/** addrconf_notify() of the device's namespace. */
function addrconfNetdevEvent(ev: NetdevEvent, dev: NetDevice): void {
  addrconfNotify(dev.net.ipv6!, ev, dev);
}

const addrconfNetOps: PernetOperations = {
  name: 'addrconf_dev',
  init(net: Net): void {
    const v6 = net.ipv6;
    if (!v6) return;
    v6.confChanged = (dev, name) => confChanged(v6, dev, name);
    net.netdevChain.register(addrconfNetdevEvent, 0, ADDRCONF_EVENTS);
    fib6RulesInit(net);
  },
};

/** addrconf_init() + inet6_init(): the notifier in every namespace and the ETH_P_IPV6 handler. */
export function addrconfDevInit(world: NetWorld): void {
  ndiscInit(world);
  world.pernet.register(addrconfNetOps);
  ipv6PacketInit(world);
}
