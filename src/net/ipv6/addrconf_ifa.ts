/**
 * An IPv6 address as RTM_NEWADDR/RTM_DELADDR carry it, for the dump and
 * for the notifications to RTNLGRP_IPV6_IFADDR.
 * @linux net/ipv6/addrconf.c inet6_fill_ifaddr() inet6_ifa_notify()
 */
import type { Net } from '../core/net_namespace.js';
import { nlmsgNew } from '../core/rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import { IFA_F_PERMANENT, IFA_F_TENTATIVE, type IfAddrMsg } from '../../uapi/linux/if_addr.js';
import { PF_INET6, RTM_DELADDR, RTNLGRP_IPV6_IFADDR } from '../../uapi/linux/rtnetlink.js';
import { IFA_HOST, IFA_LINK, type Inet6Ifaddr } from './if_inet6.js';

const INFINITY_LIFE_TIME = 0xffffffff;
/** RT_SCOPE_HOST / RT_SCOPE_LINK / RT_SCOPE_UNIVERSE */
const rtScope = (s: number): number => (s & IFA_HOST ? 254 : s & IFA_LINK ? 253 : 0);

/** inet6_fill_ifaddr() */
export function inet6FillIfaddr(net: Net, ifa: Inet6Ifaddr): IfAddrMsg {
  const now = net.sched.now;
  const cs = Math.floor(ifa.cstamp / 1e7);
  return {
    family: PF_INET6, prefixlen: ifa.prefixLen, flags: ifa.flags & 0xff, scope: rtScope(ifa.scope), index: ifa.idev.dev.ifindex,
    addr6: ifa.addr, ifaFlags: ifa.flags, ...(ifa.proto ? { proto: ifa.proto } : {}),
    cacheinfo: ifa.flags & IFA_F_PERMANENT
      ? { prefered: INFINITY_LIFE_TIME, valid: INFINITY_LIFE_TIME, cstamp: cs, tstamp: Math.floor(now / 1e7) }
      : { prefered: INFINITY_LIFE_TIME, valid: INFINITY_LIFE_TIME, cstamp: cs, tstamp: cs },
  };
}

/**
 * inet6_ifa_notify(): an address announced to RTNLGRP_IPV6_IFADDR. A
 * tentative one is not (its RTM_NEWADDR comes when DAD ends, so its
 * RTM_DELADDR neither: __ipv6_ifa_notify()).
 */
export function inet6IfaNotify(net: Net, event: number, ifa: Inet6Ifaddr): void {
  if (event === RTM_DELADDR && ifa.flags & IFA_F_TENTATIVE) return;
  if (!rtnlHasListeners(net, RTNLGRP_IPV6_IFADDR)) return;
  rtnlNotify(net, nlmsgNew(event, 0, inet6FillIfaddr(net, ifa), 0, 0), RTNLGRP_IPV6_IFADDR);
}
