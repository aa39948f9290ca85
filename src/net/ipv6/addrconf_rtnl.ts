/**
 * The RTM_GETADDR dump of IPv6 addresses (inet6_dump_ifaddr) and
 * rtnl_dump_all()'s PF_UNSPEC dump: IPv4's addresses, then IPv6's.
 * RTM_NEWADDR/RTM_DELADDR for IPv6 configure addresses; tuxnet has only
 * the kernel's own kinds (link-local, ::1): `ip address restore` puts
 * them back, any other answers EOPNOTSUPP.
 * @linux net/ipv6/addrconf.c inet6_dump_ifaddr() inet6_fill_ifaddr(), net/core/rtnetlink.c rtnl_dump_all()
 */
import type { Net } from '../core/net_namespace.js';
import { IFF_LOOPBACK, type NetDevice } from '../core/netdevice.js';
import { nlmsgNew, type Rtnl, type RtnlCtx } from '../core/rtnetlink.js';
import type { IfAddrMsg } from '../../uapi/linux/if_addr.js';
import { NLM_F_MULTI, type NlMsg } from '../../uapi/linux/netlink.js';
import {
  PF_INET6, PF_UNSPEC, RTM_DELADDR, RTM_GETADDR, RTM_GETNETCONF, RTM_NEWADDR, RTM_NEWNETCONF,
} from '../../uapi/linux/rtnetlink.js';
import { NETCONFA_IFINDEX_ALL, NETCONFA_IFINDEX_DEFAULT, type NetconfMsg } from '../../uapi/linux/netconf.js';
import { KError } from '../core/errno.js';
import { inet6RtmNewaddr, ipv6DelAddr } from './addrconf.js';
import { ipv6AddrEqual } from '../../wire/ipv6.js';
import type { Ipv6Devconf } from './if_inet6.js';
import type { RtnlDumpit } from '../core/rtnetlink.js';
import { route6RtnlInit } from './route_rtnl.js';
import { inet6FillIfaddr } from './addrconf_ifa.js';
import { inet6NetconfFill } from './addrconf_sysctl.js';

/** INFINITY_LIFE_TIME */
const INFINITY_LIFE_TIME = 0xffffffff;

function inet6DumpIfaddr(net: Net, msg: NlMsg<IfAddrMsg>): NlMsg[] {
  const out: NlMsg[] = [];
  const only = msg.body.index;
  for (const dev of net.devicesSorted()) {
    if (only && dev.ifindex !== only) continue;
    for (const ifa of net.ipv6?.idevs.get(dev)?.addrs ?? []) out.push(nlmsgNew(RTM_NEWADDR, NLM_F_MULTI, inet6FillIfaddr(net, ifa), msg.seq, msg.pid));
  }
  return out;
}

/** inet6_rtm_newaddr(): the request's checks, then inet6RtmNewaddr(). */
function inet6RtmNewaddrMsg(net: Net, msg: NlMsg<IfAddrMsg>): void {
  const m = msg.body;
  if (!m.addr6) throw new KError('EINVAL');
  const ci = m.cacheinfo;
  if (ci && (!ci.valid || ci.prefered > ci.valid)) throw new KError('EINVAL', 'ipv6: address lifetime invalid');
  const dev = net.devByIndex(m.index);
  if (!dev) throw new KError('ENODEV', 'ipv6: Unable to find the interface');
  if (ci && ci.valid !== INFINITY_LIFE_TIME) throw new KError('EOPNOTSUPP', 'tuxnet: IPv6 address lifetimes are not built in');
  inet6RtmNewaddr(net, dev, m.addr6, m.prefixlen, m.ifaFlags ?? m.flags ?? 0, msg.flags, m.proto ?? 0);
}

/**
 * inet6_rtm_deladdr() / inet6_addr_del(): the address of that prefix length
 * on the device goes (flags other than mngtmpaddr are ignored).
 */
function inet6RtmDeladdr(net: Net, msg: NlMsg<IfAddrMsg>): void {
  const m = msg.body;
  const pfx = m.addr6;
  if (!pfx) throw new KError('EINVAL');
  if (m.prefixlen > 128) throw new KError('EINVAL', 'ipv6: Invalid prefix length');
  const dev = net.devByIndex(m.index);
  if (!dev) throw new KError('ENODEV', 'ipv6: Unable to find the interface');
  const idev = net.ipv6?.idevs.get(dev);
  if (!idev) throw new KError('ENXIO', 'ipv6: IPv6 is disabled on this device');
  const ifp = idev.addrs.find((a) => a.prefixLen === m.prefixlen && ipv6AddrEqual(a.addr, pfx));
  if (!ifp) throw new KError('EADDRNOTAVAIL', 'ipv6: address not found');
  ipv6DelAddr(ifp);
}

/**
 * ipv6_add_dev() gave the device an inet6_dev at registration unless its MTU
 * is below IPV6_MIN_MTU (the loopback always has one); tuxnet makes the
 * inet6_dev's state when the link first comes up.
 */
function hasInet6Dev(dev: NetDevice): boolean {
  return dev.mtu >= 1280 || (dev.flags & IFF_LOOPBACK) !== 0;
}


/** inet6_netconf_get_devconf(): one device's (that has an inet6_dev), all's or default's. */
function inet6NetconfGetDevconf(net: Net, msg: NlMsg<NetconfMsg>, ctx: RtnlCtx): void {
  const ifindex = msg.body.ifindex;
  const v6 = net.ipv6;
  if (ifindex === undefined || !v6) throw new KError('EINVAL');
  let cnf: Ipv6Devconf | null = null;
  if (ifindex === NETCONFA_IFINDEX_ALL) cnf = v6.all;
  else if (ifindex === NETCONFA_IFINDEX_DEFAULT) cnf = v6.dflt;
  else {
    const dev = net.devByIndex(ifindex);
    cnf = dev && hasInet6Dev(dev) ? v6.confs.get(dev) ?? null : null;
  }
  if (!cnf) throw new KError('ENODEV');
  ctx.reply(nlmsgNew(RTM_NEWNETCONF, 0, inet6NetconfFill(ifindex, cnf), msg.seq, ctx.portid));
}

/** inet6_netconf_dump_devconf(): each device with an inet6_dev by ifindex, then all and default. */
function inet6NetconfDumpDevconf(net: Net, msg: NlMsg<NetconfMsg>): NlMsg[] {
  const v6 = net.ipv6;
  if (!v6) return [];
  const out: NetconfMsg[] = [];
  for (const dev of net.devicesSorted()) {
    const cnf = v6.confs.get(dev);
    if (cnf && hasInet6Dev(dev)) out.push(inet6NetconfFill(dev.ifindex, cnf));
  }
  out.push(inet6NetconfFill(NETCONFA_IFINDEX_ALL, v6.all), inet6NetconfFill(NETCONFA_IFINDEX_DEFAULT, v6.dflt));
  return out.map((m) => nlmsgNew(RTM_NEWNETCONF, NLM_F_MULTI, m, msg.seq, msg.pid));
}

/** The PF_INET6 dump, and PF_UNSPEC as both families in order (`inet` is IPv4's dumpit). */
export function addrconfRtnlInit(rtnl: Rtnl, inet: RtnlDumpit<IfAddrMsg>): void {
  route6RtnlInit(rtnl);
  rtnl.register<IfAddrMsg>(PF_INET6, RTM_GETADDR, null, inet6DumpIfaddr);
  rtnl.register<IfAddrMsg>(PF_INET6, RTM_NEWADDR, inet6RtmNewaddrMsg, null);
  rtnl.register<IfAddrMsg>(PF_INET6, RTM_DELADDR, inet6RtmDeladdr, null);
  rtnl.register<NetconfMsg>(PF_INET6, RTM_GETNETCONF, inet6NetconfGetDevconf, inet6NetconfDumpDevconf);
  rtnl.register<IfAddrMsg>(PF_UNSPEC, RTM_GETADDR, null, (net, msg) => [...inet(net, msg), ...inet6DumpIfaddr(net, msg)]);
}
