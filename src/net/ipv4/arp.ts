/**
 * ARP: the IPv4 neighbour table (arp_tbl), its constructor and solicit,
 * building and sending ARP packets, the device and address events that
 * flush it, and the transmit hook of ip_finish_output2(). Receiving is in
 * arp_process.ts.
 * @linux net/ipv4/arp.c, include/net/arp.h, net/ipv4/devinet.c inetdev_send_gratuitous_arp()
 */
import type { Net, NetWorld, PernetOperations } from '../core/net_namespace.js';
import { NetdevEvent } from '../core/net_namespace.js';
import { notifierMask } from '../core/notifier.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_LOOPBACK, IFF_NOARP, IFF_POINTOPOINT, IFF_UP } from '../core/netdevice.js';
import { SkBuff } from '../core/skbuff.js';
import { KError, errnoNumber } from '../core/errno.js';
import { devAddPack, devQueueXmit } from '../core/dev_rx.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { trace, traceChildrenEnd, traceChildrenOf } from '../core/trace.js';
import {
  NEIGH_UPDATE_F_ADMIN, NEIGH_UPDATE_F_OVERRIDE, NUD_FAILED, NUD_NOARP, NUD_VALID, NeighTable, neighTableInit, neighTableClear, neighCarrierDown, neighChangeaddr, neighNoarpChange,
  neighCreate, neighIfdown, neighLookup, neighLookupNoref, neighParmsInitReachable, neighRemoveOne,
  type NeighOps, type NeighTableOps, type Neighbour,
} from '../core/neighbour.js';
import { neighUpdate } from '../core/neigh_update.js';
import { neighAppNs } from '../core/neigh_rtnl.js';
import { neighDirectOutput, neighOutput, neighResolveOutput } from '../core/neigh_output.js';
import { devHasHeaderOps, ethHeader } from '../ethernet/eth_header.js';
import { IFA_F_SECONDARY, registerInetaddrNotifier, type InDevice, type InIfaddr } from './devinet.js';
import { inDevArpAnnounce, inDevArpEvictNocarrier, inDevArpNotify } from './devconf.js';
import { inetSelectAddr } from './route.js';
import { icmpSend } from './icmp_send.js';
import { ICMP_DEST_UNREACH, ICMP_HOST_UNREACH } from '../../wire/icmp.js';
import { RTN_BROADCAST, RTN_LOCAL, RTN_MULTICAST, RT_SCOPE_LINK } from './fib_types.js';
import { ARPOP_REQUEST, ARP_HLEN, ArpPacket, ArpRepr } from '../../wire/arp.js';
import { ETH_ALEN, ETH_P_ARP, ETH_P_IP } from '../../wire/ethernet.js';
import { Iph, ipv4IsMulticast, ipv4IsZeronet } from '../../wire/ipv4.js';
import { arpRcv, parpRedo } from './arp_process.js';
import { getU32 } from '../../wire/bytes.js';
import { nfHookArp } from '../netfilter/core.js';
import { NF_ARP_OUT } from '../../uapi/linux/netfilter.js';
import { allocSkb } from '../core/skbuff_cache.js';

/** The events arp_netdev_event() acts on (the others do not call it). */
const ARP_EVENTS = notifierMask(NetdevEvent.CHANGEADDR, NetdevEvent.CHANGE, NetdevEvent.UP, NetdevEvent.NOTIFY_PEERS, NetdevEvent.DOWN, NetdevEvent.UNREGISTER);

export const AF_INET = 2;

/** arp_hh_ops: Ethernet-like devices resolve, then use the cached header. */
const arpHhOps: NeighOps = {
  family: AF_INET,
  solicit: arpSolicit,
  errorReport: arpErrorReport,
  output: neighResolveOutput,
  connectedOutput: neighResolveOutput,
};

/** arp_direct_ops: devices without header_ops send the IP packet as is. */
const arpDirectOps: NeighOps = {
  family: AF_INET,
  solicit: null,
  errorReport: null,
  output: neighDirectOutput,
  connectedOutput: neighDirectOutput,
};

export const arpTblOps: NeighTableOps = {
  id: 'arp_cache',
  family: AF_INET,
  protocol: ETH_P_IP,
  construct: arpConstructor,
  isMulticast: ipv4IsMulticast,
  proxyRedo: (skb) => parpRedo(skb),
  keyLen: 4,
};

/**
 * arp_net_init() for one namespace: its table (net->ipv4.arp_tbl, made
 * with the namespace) becomes the AF_INET neighbour table, and the
 * netdev/inetaddr notifiers that flush it are hooked.
 */
/** arp_netdev_event() on the table of the device's namespace. */
function arpNotifier(ev: NetdevEvent, dev: NetDevice): void {
  arpNetdevEvent(dev.net.ipv4.arpTbl, ev, dev);
}

function arpNetInit(net: Net): void {
  const t = net.ipv4.arpTbl;
  neighTableInit(net, t);
  net.netdevChain.register(arpNotifier, 0, ARP_EVENTS);
  registerInetaddrNotifier(net, (ev, ifa) => arpInetaddrEvent(t, ev, ifa));
}

/** arp_net_exit(): the table's entries go with the namespace. */
function arpNetExit(net: Net): void {
  const t = net.ipv4.arpTbl;
  neighIfdown(t, null);
  neighTableClear(net, t);
}

const arpNetOps: PernetOperations = { name: 'arp', init: arpNetInit, exit: arpNetExit };

/** The namespace's arp_tbl. */
export function arpTbl(net: Net): NeighTable {
  return net.ipv4.arpTbl;
}

/**
 * arp_init(): the ETH_P_ARP packet handler and the per-namespace table, for
 * one world.
 */
export function arpInit(world: NetWorld): void {
  devAddPack(world, { type: ETH_P_ARP, func: arpRcv });
  world.pernet.register(arpNetOps);
}

/**
 * __inet_dev_addr_type(net, NULL, addr, RT_TABLE_LOCAL), as
 * inet_addr_type_dev_table() asks it: what `addr` is for this namespace.
 */
export function inetAddrTypeDevTable(net: Net, dev: NetDevice, addr: number): number {
  void dev;
  return net.ipv4.fib.addrTypeDevTable(addr);
}

/** ip_eth_mc_map(): 01:00:5e and the low 23 bits of the group. */
export function ipEthMcMap(addr: number, ha: Uint8Array): void {
  ha[0] = 0x01;
  ha[1] = 0x00;
  ha[2] = 0x5e;
  ha[3] = (addr >>> 16) & 0x7f;
  ha[4] = (addr >>> 8) & 0xff;
  ha[5] = addr & 0xff;
}

/**
 * arp_constructor(): loopback keys collapse to 0.0.0.0; multicast,
 * broadcast and NOARP/loopback devices need no resolution (NUD_NOARP with
 * the mapped, broadcast or own address).
 */
function arpConstructor(n: Neighbour): KError | null {
  const dev = n.dev;
  const net = dev.net;
  if (dev.flags & (IFF_LOOPBACK | IFF_POINTOPOINT)) n.primaryKey = 0;
  const addr = n.primaryKey;
  const inDev = dev.ip;
  if (!inDev) return new KError('EINVAL');
  n.type = inetAddrTypeDevTable(net, dev, addr);
  n.parms = inDev.arpParms;
  neighParmsInitReachable(net, n.parms);
  if (!devHasHeaderOps(dev)) {
    n.nudState = NUD_NOARP;
    n.ops = arpDirectOps;
    n.output = neighDirectOutput;
    return null;
  }
  if (n.type === RTN_MULTICAST) {
    n.nudState = NUD_NOARP;
    ipEthMcMap(addr, n.ha);
  } else if (dev.flags & (IFF_NOARP | IFF_LOOPBACK)) {
    n.nudState = NUD_NOARP;
    n.ha.set(dev.devAddr.subarray(0, n.ha.length));
  } else if (n.type === RTN_BROADCAST || dev.flags & IFF_POINTOPOINT) {
    n.nudState = NUD_NOARP;
    n.ha.set(dev.broadcast.subarray(0, n.ha.length));
  }
  n.ops = arpHhOps;
  n.output = n.nudState & NUD_VALID ? n.ops.connectedOutput : n.ops.output;
  return null;
}

/** arp_error_report(): dst_link_failure() (ICMP host unreachable), then the packet dies. */
function arpErrorReport(n: Neighbour, skb: SkBuff): void {
  const net = n.dev.net;
  trace(net, skb, 'arp_error_report', n.dev);
  // dst_link_failure() -> ipv4_link_failure(): host unreachable to the sender.
  icmpSend(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0);
  kfreeSkbReason(net, skb, 'NEIGH_FAILED', 'arp_error_report');
}

/** inet_addr_onlink(): are a (and b, unless 0) in one subnet of the device? */
export function inetAddrOnlink(inDev: InDevice, a: number, b: number): boolean {
  for (const ifa of inDev.addrs()) {
    if (((a ^ ifa.address) & ifa.mask) !== 0) continue;
    if (!b || ((b ^ ifa.address) & ifa.mask) === 0) return true;
  }
  return false;
}

/** The IPv4 source of a queued packet (ip_hdr(skb)->saddr). */
function ipHdrSaddr(skb: SkBuff): number {
  return getU32(skb.buf, skb.networkHeader + Iph.Saddr);
}

/**
 * arp_solicit(): the request's sender address follows arp_announce (0: the
 * packet's source if local; 1: only if on the target's subnet; 2: the best
 * primary). The first ucast_solicit probes of PROBE state are unicast to
 * the known address; INCOMPLETE starts past them and broadcasts.
 */
function arpSolicit(n: Neighbour, skb: SkBuff | null): void {
  const dev = n.dev;
  const net = dev.net;
  const target = n.primaryKey;
  const inDev = dev.ip;
  if (!inDev) return;
  let saddr = 0;
  switch (inDevArpAnnounce(inDev.all, inDev.cnf)) {
    default:
    case 0: // By default announce any local IP
      if (skb && inetAddrTypeDevTable(net, dev, ipHdrSaddr(skb)) === RTN_LOCAL) saddr = ipHdrSaddr(skb);
      break;
    case 1: // Restrict announcements of saddr in same subnet
      if (!skb) break;
      saddr = ipHdrSaddr(skb);
      if (inetAddrTypeDevTable(net, dev, saddr) === RTN_LOCAL && inetAddrOnlink(inDev, target, saddr)) break;
      saddr = 0;
      break;
    case 2: // Avoid secondary IPs, get a primary/preferred one
      break;
  }
  if (!saddr) saddr = inetSelectAddr(dev, target, RT_SCOPE_LINK);
  let probes = n.probes - n.parms.ucastProbes;
  let dstHw: Uint8Array | null = null;
  if (probes < 0) {
    dstHw = n.ha.slice();
  } else {
    probes -= n.parms.appProbes;
    if (probes < 0) {
      neighAppNs(n);
      return;
    }
  }
  // The request is a packet of its own, a child of the one waiting for it in the walk.
  const prev = skb ? traceChildrenOf(net, skb) : 0;
  const req = arpCreate(ARPOP_REQUEST, ETH_P_ARP, target, dev, saddr, dstHw, dev.devAddr, null);
  if (req) {
    trace(net, req, 'arp_solicit', dev);
    arpXmit(req);
  }
  if (skb) traceChildrenEnd(net, prev);
}

/**
 * arp_create(): an Ethernet/IPv4 ARP packet; a null dest_hw broadcasts, a
 * null target_hw is all zeroes.
 */
export function arpCreate(
  type: number, ptype: number, destIp: number, dev: NetDevice, srcIp: number,
  destHw: Uint8Array | null, srcHw: Uint8Array | null, targetHw: Uint8Array | null,
): SkBuff | null {
  const hlen = 16; // LL_RESERVED_SPACE(dev): HH_DATA_ALIGN(ETH_HLEN)
  const skb = allocSkb(dev.net, ARP_HLEN, hlen);
  skb.networkHeader = skb.data;
  const o = skb.put(ARP_HLEN);
  skb.dev = dev;
  skb.protocol = ETH_P_ARP;
  skb.tstamp = dev.net.sched.now;
  const sha = srcHw ?? dev.devAddr;
  const dha = destHw ?? dev.broadcast;
  if (devHasHeaderOps(dev) && ethHeader(skb, dev, ptype, dha, sha) < 0) return null;
  const repr = { htype: dev.type, oper: type, sha, spa: srcIp, tha: targetHw ?? new Uint8Array(ETH_ALEN) /* a null target_hw is all zeroes */, tpa: destIp };
  ArpRepr.emit(repr, ArpPacket.newUnchecked(skb.buf.subarray(o, o + ARP_HLEN)));
  skb.macHeader = skb.data;
  return skb;
}


/** arp_xmit(): NF_HOOK(NFPROTO_ARP, NF_ARP_OUT), then dev_queue_xmit(). */
export function arpXmit(skb: SkBuff): void {
  const dev = skb.dev!;
  trace(dev.net, skb, 'arp_xmit', dev);
  nfHookArp(NF_ARP_OUT, dev.net, skb, null, dev, arpXmitFinish);
}

/** arp_xmit_finish() */
function arpXmitFinish(_net: Net, skb: SkBuff): void {
  devQueueXmit(skb);
}

/** arp_send_dst() / arp_send(): nothing on an IFF_NOARP device. */
export function arpSend(
  type: number, ptype: number, destIp: number, dev: NetDevice, srcIp: number,
  destHw: Uint8Array | null, srcHw: Uint8Array | null, targetHw: Uint8Array | null,
): void {
  if (dev.flags & IFF_NOARP) return;
  const skb = arpCreate(type, ptype, destIp, dev, srcIp, destHw, srcHw, targetHw);
  if (skb) arpXmit(skb);
}

/**
 * arp_invalidate(): drop the entry for `ip` unless it is valid and not
 * forced (a new broadcast address must not keep a unicast entry).
 */
export function arpInvalidate(dev: NetDevice, ip: number, force: boolean): KError | null {
  const tbl = arpTbl(dev.net);
  const n = neighLookup(tbl, ip, dev);
  if (!n) return new KError('ENXIO');
  if (n.nudState & NUD_VALID && !force) return null;
  let err: KError | null = new KError('ENXIO');
  if (n.nudState & ~NUD_NOARP) err = neighUpdate(n, null, NUD_FAILED, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
  neighRemoveOne(n);
  return err;
}

/** inetdev_send_gratuitous_arp(): a request for each own address, sender = target. */
export function inetdevSendGratuitousArp(dev: NetDevice, inDev: InDevice): void {
  for (const ifa of inDev.addrs()) arpSend(ARPOP_REQUEST, ETH_P_ARP, ifa.local, dev, ifa.local, null, dev.devAddr, null);
}

/**
 * arp_netdev_event(), with the neighbour parts of fib_netdev_event()
 * (arp_ifdown on NETDEV_DOWN/UNREGISTER) and inetdev_event() (arp_notify).
 */
function arpNetdevEvent(tbl: NeighTable, ev: NetdevEvent, dev: NetDevice): void {
  switch (ev) {
    case NetdevEvent.CHANGEADDR:
      neighChangeaddr(tbl, dev);
      arpNotify(dev);
      break;
    case NetdevEvent.CHANGE: {
      neighNoarpChange(tbl, dev);
      const inDev = dev.ip;
      const evict = inDev ? inDevArpEvictNocarrier(inDev.all, inDev.cnf) : true;
      if (evict && !dev.carrier) neighCarrierDown(tbl, dev);
      break;
    }
    case NetdevEvent.UP:
      tbl.devNoarp.set(dev, dev.flags & IFF_NOARP);
      arpNotify(dev);
      break;
    case NetdevEvent.NOTIFY_PEERS:
      if (dev.ip) inetdevSendGratuitousArp(dev, dev.ip);
      break;
    case NetdevEvent.DOWN:
    case NetdevEvent.UNREGISTER:
      neighIfdown(tbl, dev);
      break;
  }
}

/** inetdev_event(NETDEV_UP/CHANGEADDR): gratuitous ARP when arp_notify is set. */
function arpNotify(dev: NetDevice): void {
  const inDev = dev.ip;
  if (inDev && inDevArpNotify(inDev.all, inDev.cnf)) inetdevSendGratuitousArp(dev, inDev);
}

/**
 * The neighbour side of fib_inetaddr_event(): a new address's broadcast
 * addresses lose stale unicast entries (fib_add_ifaddr's arp_invalidate);
 * the last address gone disables IP (arp_ifdown).
 */
function arpInetaddrEvent(tbl: NeighTable, ev: 'up' | 'down', ifa: InIfaddr): void {
  const dev = ifa.inDev.dev;
  if (ev === 'down') {
    if (!ifa.inDev.ifaList) neighIfdown(tbl, dev);
    return;
  }
  if (!(dev.flags & IFF_UP)) return;
  if (ifa.broadcast && ifa.broadcast !== 0xffffffff) arpInvalidate(dev, ifa.broadcast, false);
  const prefix = (ifa.address & ifa.mask) >>> 0;
  if (!ipv4IsZeronet(prefix) && !(ifa.flags & IFA_F_SECONDARY) && (prefix !== ifa.local || ifa.prefixlen < 32) && ifa.prefixlen < 31) {
    arpInvalidate(dev, (prefix | ~ifa.mask) >>> 0, false);
  }
}

/**
 * ip_finish_output2()'s neighbour step: ip_neigh_for_gw() finds or creates
 * the entry for the next hop on skb.dev, neigh_output() sends or queues.
 * The connected fast path allocates nothing. Owns the skb.
 */
export function ipNeighOutput(net: Net, skb: SkBuff, nexthop: number): number {
  const dev = skb.dev!;
  const tbl = net.ipv4.arpTbl;
  // __ipv4_neigh_lookup_noref(): loopback and point-to-point share one entry.
  const key = dev.flags & (IFF_LOOPBACK | IFF_POINTOPOINT) ? 0 : nexthop;
  let n = neighLookupNoref(tbl, key, dev);
  if (!n) {
    const c = neighCreate(tbl, nexthop, dev);
    if (c instanceof KError) {
      kfreeSkbReason(net, skb, 'NEIGH_CREATEFAIL', 'ip_finish_output2');
      return -errnoNumber.EINVAL;
    }
    n = c;
  }
  // sock_confirm_neigh(): a TCP segment sent after an ACK that made progress confirms the next hop (neigh_confirm()).
  if (skb.dstPendingConfirm) {
    if (skb.sk) skb.sk.skDstPendingConfirm = false;
    n.confirmed = net.sched.now;
  }
  return neighOutput(n, skb, false);
}
