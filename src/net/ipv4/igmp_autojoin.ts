/**
 * ip_mc_autojoin_config(): an address added with `autojoin` joins its
 * group on its device through the namespace's mc_autojoin_sk, as
 * IP_ADD_MEMBERSHIP would (__ip_mc_join_group(): EADDRINUSE for a group
 * the socket already holds on that device, ENOBUFS past
 * igmp_max_memberships); deleting a multicast address leaves it
 * (ip_mc_leave_group(), whose error the caller ignores).
 * @linux net/ipv4/devinet.c ip_mc_autojoin_config(); net/ipv4/igmp.c __ip_mc_join_group() ip_mc_leave_group()
 */
import type { Errno } from '../core/errno.js';
import { ipv4IsMulticast } from '../../wire/ipv4.js';
import type { InIfaddr } from './devinet.js';
import { ipMcDecGroup, ipMcIncGroup } from './igmp.js';

export function ipMcAutojoin(ifa: InIfaddr): Errno | null {
  const group = ifa.address | 0;
  if (!ipv4IsMulticast(group)) return 'EINVAL';
  const net = ifa.inDev.dev.net;
  const ifindex = ifa.inDev.dev.ifindex;
  const list = (net.ipv4.mcAutojoin ??= []);
  if (list.some((m) => m.multiaddr === group && m.ifindex === ifindex)) return 'EADDRINUSE';
  if (list.length >= net.ipv4.sysctl.igmpMaxMemberships) return 'ENOBUFS';
  list.unshift({ multiaddr: group, ifindex });
  ipMcIncGroup(ifa.inDev, group);
  return null;
}

export function ipMcAutoleave(ifa: InIfaddr): void {
  const group = ifa.address | 0;
  const list = ifa.inDev.dev.net.ipv4.mcAutojoin;
  const i = list ? list.findIndex((m) => m.multiaddr === group && m.ifindex === ifa.inDev.dev.ifindex) : -1;
  if (i < 0) return;
  list!.splice(i, 1);
  ipMcDecGroup(ifa.inDev, group);
}
