/**
 * ip_mc_autojoin_config(): an address added with `autojoin` joins its
 * group on its device through the namespace's mc_autojoin_sk, as
 * IP_ADD_MEMBERSHIP would (__ip_mc_join_group(): EADDRINUSE for a group
 * the socket already holds on that device, ENOBUFS past
 * igmp_max_memberships); deleting a multicast address leaves it
 * (ip_mc_leave_group(), whose error the caller ignores).
 * @linux net/ipv4/devinet.c ip_mc_autojoin_config()
 */
import type { Errno } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import type { InIfaddr } from './devinet.js';
import { ipMcJoinGroup, ipMcLeaveGroup, type McSock } from './igmp_sock.js';

/** net->ipv4.mc_autojoin_sk, made at the first autojoin. */
function autojoinSk(net: Net): McSock {
  return (net.ipv4.mcAutojoin ??= { net, mcList: [], mcAll: true });
}

function mreqn(ifa: InIfaddr): { multiaddr: number; address: number; ifindex: number } {
  return { multiaddr: ifa.address | 0, address: 0, ifindex: ifa.inDev.dev.ifindex };
}

export function ipMcAutojoin(ifa: InIfaddr): Errno | null {
  return ipMcJoinGroup(autojoinSk(ifa.inDev.dev.net), mreqn(ifa));
}

export function ipMcAutoleave(ifa: InIfaddr): void {
  ipMcLeaveGroup(autojoinSk(ifa.inDev.dev.net), mreqn(ifa));
}
