/**
 * rtnetlink for IPv4 addresses: RTM_NEWADDR (add, change, replace),
 * RTM_DELADDR, the RTM_GETADDR dump, and the RTM_NEWADDR/RTM_DELADDR
 * notifications to RTNLGRP_IPV4_IFADDR.
 * @linux net/ipv4/devinet.c inet_rtm_newaddr(), rtm_to_ifaddr(), inet_rtm_deladdr(), inet_dump_ifaddr(),
 *        inet_fill_ifaddr(), rtmsg_ifa()
 */
import type { Net } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import { nlmsgNew, type Rtnl, type RtnlCtx } from '../core/rtnetlink.js';
import { DevconfIdx, type Ipv4Devconf } from './devconf.js';
import { NETCONFA_IFINDEX_ALL, NETCONFA_IFINDEX_DEFAULT, type NetconfMsg } from '../../uapi/linux/netconf.js';
import { addrChkSchedule, cstampDelta, ifaLifetimesLeft, setIfaLifetime } from './devinet_lifetime.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import {
  IFA_F_MCAUTOJOIN, IFA_F_PERMANENT, INFINITY_LIFE_TIME, findMatchingIfa, inetAllocIfa, inetDelIfa, inetIfaMatch, inetInsertIfa,
  type InIfaddr,
} from './devinet.js';
import type { IfAddrMsg } from '../../uapi/linux/if_addr.js';
import { NLM_F_EXCL, NLM_F_MULTI, NLM_F_REPLACE, type NlMsg } from '../../uapi/linux/netlink.js';
import {
  PF_INET, PF_UNSPEC, RTM_DELADDR, RTM_DELNETCONF, RTM_GETADDR, RTM_GETNETCONF, RTM_NEWADDR, RTM_NEWNETCONF,
  RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV4_NETCONF,
} from '../../uapi/linux/rtnetlink.js';
import { NetconfAttr } from './sysctl_net_ipv4.js';
import { ipv4IsMulticast, prefixToMask } from '../../wire/ipv4.js';
import { ipMcAutojoin, ipMcAutoleave } from './igmp_autojoin.js';
import { addrconfRtnlInit } from '../ipv6/addrconf_rtnl.js';

/** IFNAMSIZ - 1: the IFA_LABEL policy length. */
const IFA_LABEL_MAX = 15;

/** inet_fill_ifaddr(): the ifaddrmsg of one address. */
export function inetFillIfaddr(ifa: InIfaddr): IfAddrMsg {
  const m: IfAddrMsg = {
    family: PF_INET, prefixlen: ifa.prefixlen, flags: ifa.flags & 0xff, scope: ifa.scope,
    index: ifa.inDev.dev.ifindex,
  };
  if (ifa.address) m.address = ifa.address;
  if (ifa.local) m.local = ifa.local;
  if (ifa.broadcast) m.broadcast = ifa.broadcast;
  if (ifa.label) m.label = ifa.label;
  if (ifa.proto) m.proto = ifa.proto;
  m.ifaFlags = ifa.flags;
  if (ifa.rtPriority) m.rtPriority = ifa.rtPriority;
  const left = ifaLifetimesLeft(ifa.inDev.dev.net, ifa);
  m.cacheinfo = {
    prefered: left.preferred,
    valid: left.valid,
    cstamp: ifa.cstamp ? cstampDelta(ifa.cstamp) : 0,
    tstamp: ifa.tstamp ? cstampDelta(ifa.tstamp) : 0,
  };
  return m;
}

/** rtmsg_ifa(): announce an address change; the fib and ARP react after it. */
export function rtmsgIfa(event: number, ifa: InIfaddr): void {
  const net = ifa.inDev.dev.net;
  if (rtnlHasListeners(net, RTNLGRP_IPV4_IFADDR)) rtnlNotify(net, nlmsgNew(event, 0, inetFillIfaddr(ifa)), RTNLGRP_IPV4_IFADDR);
}

/** rtm_to_ifaddr(): the request as a new in_ifaddr of its device. */
function rtmToIfaddr(net: Net, m: IfAddrMsg): InIfaddr {
  if (m.label !== undefined && m.label.length > IFA_LABEL_MAX) throw new KError('EINVAL', 'Attribute failed policy validation');
  if (m.prefixlen > 32) throw new KError('EINVAL', 'ipv4: Invalid prefix length');
  if (m.local === undefined) throw new KError('EINVAL', 'ipv4: Local address is not supplied');
  const dev = net.devByIndex(m.index);
  if (!dev) throw new KError('ENODEV', 'ipv4: Device not found');
  const inDev = dev.ip;
  if (!inDev) throw new KError('ENOBUFS');
  // Configuring an address pins every conf and neigh knob of the device (default.X writes no longer reach it).
  inDev.cnf.setAll();
  inDev.arpParms.setAll();
  const ifa = inetAllocIfa(inDev, m.local, m.prefixlen);
  ifa.address = m.address ?? m.local;
  ifa.flags = (m.ifaFlags ?? m.flags ?? 0) | IFA_F_PERMANENT;
  const ci = m.cacheinfo;
  if (ci && (!ci.valid || ci.prefered > ci.valid)) throw new KError('EINVAL', 'ipv4: address lifetime invalid');
  ifa.scope = m.scope ?? 0;
  ifa.broadcast = m.broadcast ?? 0;
  if (m.label !== undefined) ifa.label = m.label;
  ifa.rtPriority = m.rtPriority ?? 0;
  ifa.proto = m.proto ?? 0;
  // The scope is the request's, also for 127/8 (only the SIOCSIFADDR path, inet_set_ifa(),
  // makes a loopback address host scope; `ip address add` asks for it by default_scope()).
  return ifa;
}

/** inet_rtm_newaddr(): insert, or with NLM_F_REPLACE update the metric of the matching address. */
function inetRtmNewaddr(net: Net, msg: NlMsg<IfAddrMsg>): void {
  const ifa = rtmToIfaddr(net, msg.body);
  const ci = msg.body.cacheinfo;
  const validLft = ci ? ci.valid : INFINITY_LIFE_TIME;
  const preferredLft = ci ? ci.prefered : INFINITY_LIFE_TIME;
  const existing = findMatchingIfa(ifa.inDev, ifa.local, ifa.address, prefixToMask(ifa.prefixlen));
  if (!existing) {
    // "It would be best to check for !NLM_F_CREATE here but userspace already relies on not having to provide this."
    setIfaLifetime(net, ifa, validLft, preferredLft);
    if (ifa.flags & IFA_F_MCAUTOJOIN) {
      const err = ipMcAutojoin(ifa);
      if (err) throw new KError(err, 'ipv4: Multicast auto join failed');
    }
    inetInsertIfa(ifa);
    addrChkSchedule(net, 0);
    return;
  }
  if (msg.flags & NLM_F_EXCL || !(msg.flags & NLM_F_REPLACE)) throw new KError('EEXIST', 'ipv4: Address already assigned');
  if (existing.rtPriority !== ifa.rtPriority) {
    net.ipv4.fib.modifyPrefixMetric(existing, ifa.rtPriority);
    existing.rtPriority = ifa.rtPriority;
  }
  existing.proto = ifa.proto;
  setIfaLifetime(net, existing, validLft, preferredLft);
  addrChkSchedule(net, 0);
  rtmsgIfa(RTM_NEWADDR, existing);
}

/** inet_rtm_deladdr(): the first address matching local, label and peer prefix. */
function inetRtmDeladdr(net: Net, msg: NlMsg<IfAddrMsg>): void {
  const m = msg.body;
  const inDev = net.devByIndex(m.index)?.ip ?? null;
  if (!inDev) throw new KError('ENODEV', 'ipv4: Device not found');
  for (const ifa of inDev.addrs()) {
    if (m.local !== undefined && ifa.local !== m.local) continue;
    if (m.label !== undefined && m.label !== ifa.label) continue;
    if (m.address !== undefined && (m.prefixlen !== ifa.prefixlen || !inetIfaMatch(m.address, ifa))) continue;
    if (ipv4IsMulticast(ifa.address)) ipMcAutoleave(ifa);
    inetDelIfa(ifa);
    return;
  }
  throw new KError('EADDRNOTAVAIL', 'ipv4: Address not found');
}

/** inet_dump_ifaddr(): every address of every device (of ifa_index only, when given). */
function inetDumpIfaddr(net: Net, msg: NlMsg<IfAddrMsg>): NlMsg[] {
  const out: NlMsg[] = [];
  const only = msg.body.index;
  for (const dev of net.devicesSorted()) {
    if (only && dev.ifindex !== only) continue;
    for (const ifa of dev.ip?.addrs() ?? []) out.push(nlmsgNew(RTM_NEWADDR, NLM_F_MULTI, inetFillIfaddr(ifa), msg.seq, msg.pid));
  }
  return out;
}

/** devinet_init(): the PF_INET address handlers. */
/** inet_netconf_fill_devconf(NETCONFA_ALL): the knobs as `cnf` holds them. */
function inetNetconfFillDevconf(ifindex: number, cnf: Ipv4Devconf): NetconfMsg {
  return {
    family: PF_INET, ifindex, forwarding: cnf.get(DevconfIdx.FORWARDING), rpFilter: cnf.get(DevconfIdx.RP_FILTER),
    mcForwarding: cnf.get(DevconfIdx.MC_FORWARDING), proxyNeigh: cnf.get(DevconfIdx.PROXY_ARP),
    ignoreRoutesWithLinkdown: cnf.get(DevconfIdx.IGNORE_ROUTES_WITH_LINKDOWN),
  };
}

/** inet_netconf_get_devconf(): one device's, all's or default's, answered to the requester. */
function inetNetconfGetDevconf(net: Net, msg: NlMsg<NetconfMsg>, ctx: RtnlCtx): void {
  const ifindex = msg.body.ifindex;
  if (ifindex === undefined) throw new KError('EINVAL');
  let cnf: Ipv4Devconf | null = null;
  if (ifindex === NETCONFA_IFINDEX_ALL) cnf = net.ipv4.devconfAll;
  else if (ifindex === NETCONFA_IFINDEX_DEFAULT) cnf = net.ipv4.devconfDflt;
  else cnf = net.devByIndex(ifindex)?.ip?.cnf ?? null;
  if (!cnf) throw new KError('ENODEV');
  ctx.reply(nlmsgNew(RTM_NEWNETCONF, 0, inetNetconfFillDevconf(ifindex, cnf), msg.seq, ctx.portid));
}

/** inet_netconf_dump_devconf(): every device with an in_device by ifindex, then all and default. */
function inetNetconfDumpDevconf(net: Net, msg: NlMsg<NetconfMsg>): NlMsg[] {
  const out = net.devicesSorted().flatMap((dev) => (dev.ip ? [inetNetconfFillDevconf(dev.ifindex, dev.ip.cnf)] : []));
  out.push(inetNetconfFillDevconf(NETCONFA_IFINDEX_ALL, net.ipv4.devconfAll));
  out.push(inetNetconfFillDevconf(NETCONFA_IFINDEX_DEFAULT, net.ipv4.devconfDflt));
  return out.map((m) => nlmsgNew(RTM_NEWNETCONF, NLM_F_MULTI, m, msg.seq, msg.pid));
}

/** The one knob of a single-attribute notification (inet_netconf_msgsize_devconf(type)). */
function netconfOnly(m: NetconfMsg, attr: NetconfAttr): NetconfMsg {
  const one: NetconfMsg = { family: m.family, ifindex: m.ifindex };
  if (attr === NetconfAttr.FORWARDING) one.forwarding = m.forwarding;
  else if (attr === NetconfAttr.RP_FILTER) one.rpFilter = m.rpFilter;
  else if (attr === NetconfAttr.MC_FORWARDING) one.mcForwarding = m.mcForwarding;
  else if (attr === NetconfAttr.PROXY_NEIGH) one.proxyNeigh = m.proxyNeigh;
  else if (attr === NetconfAttr.IGNORE_ROUTES_WITH_LINKDOWN) one.ignoreRoutesWithLinkdown = m.ignoreRoutesWithLinkdown;
  return one;
}

/**
 * inet_netconf_notify_devconf(): RTM_NEWNETCONF with the knob that changed
 * (every knob for NETCONFA_ALL), RTM_DELNETCONF with the index alone, to
 * RTNLGRP_IPV4_NETCONF (`ip monitor netconf`).
 */
export function inetNetconfNotifyDevconf(net: Net, event: 'new' | 'del', attr: NetconfAttr, ifindex: number, cnf: Ipv4Devconf | null): void {
  if (!rtnlHasListeners(net, RTNLGRP_IPV4_NETCONF)) return;
  const m: NetconfMsg = cnf && event === 'new' ? inetNetconfFillDevconf(ifindex, cnf) : { family: PF_INET, ifindex };
  const body = attr === NetconfAttr.ALL || event === 'del' ? m : netconfOnly(m, attr);
  rtnlNotify(net, nlmsgNew(event === 'new' ? RTM_NEWNETCONF : RTM_DELNETCONF, 0, body), RTNLGRP_IPV4_NETCONF);
}

export function devinetRtnlInit(rtnl: Rtnl): void {
  rtnl.register<IfAddrMsg>(PF_INET, RTM_NEWADDR, inetRtmNewaddr, null);
  rtnl.register<IfAddrMsg>(PF_INET, RTM_DELADDR, inetRtmDeladdr, null);
  rtnl.register<IfAddrMsg>(PF_INET, RTM_GETADDR, null, inetDumpIfaddr);
  rtnl.register<NetconfMsg>(PF_INET, RTM_GETNETCONF, inetNetconfGetDevconf, inetNetconfDumpDevconf);
  rtnl.register<NetconfMsg>(PF_UNSPEC, RTM_GETNETCONF, null, (net, msg) => rtnl.dumpAll(net, msg, RTM_GETNETCONF));
  // rtnl_dump_all() for PF_UNSPEC: IPv4's, then IPv6's addresses.
  addrconfRtnlInit(rtnl, inetDumpIfaddr);
}
