/**
 * A socket's multicast memberships (inet->mc_list): IP_ADD_MEMBERSHIP and
 * IP_DROP_MEMBERSHIP with a struct ip_mreq or ip_mreqn, the device they
 * name (an index, else the device of an address, else where a route to
 * the group leads), the leave of every group at close, and the check
 * multicast delivery makes per socket (ip_mc_sf_allow: a socket that did
 * not join the group on the arrival device hears it only with
 * IP_MULTICAST_ALL, on by default). Any-source joins only: no source
 * filters (IP_ADD_SOURCE_MEMBERSHIP, MCAST_MSFILTER...), so
 * /proc/net/mcfilter lists nothing.
 * @linux net/ipv4/igmp.c ip_mc_find_dev() __ip_mc_join_group() ip_mc_leave_group()
 *        ip_mc_drop_socket() ip_mc_sf_allow() igmp_mcf_seq_show(); net/ipv4/ip_sockglue.c
 */
import type { Errno } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { getU32 } from '../../wire/bytes.js';
import { ipv4IsMulticast } from '../../wire/ipv4.js';
import { newFlowi4 } from './fib_rules.js';
import { ipDevFind, ipRouteOutputKey } from './route.js';
import { ipMcDecGroup, ipMcIncGroup } from './igmp.js';
import type { InDevice } from './devinet.js';

/** struct ip_mreqn (addresses in host order): the group, an interface address, an interface index. */
export interface IpMreqn {
  multiaddr: number;
  address: number;
  ifindex: number;
}

/** struct ip_mc_socklist: one membership of a socket. */
export interface IpMcSocklist {
  readonly multiaddr: number;
  readonly address: number;
  readonly ifindex: number;
}

/** The socket side of a membership list (an inet_sock, or the namespace's autojoin socket). */
export interface McSock {
  readonly net: Net;
  mcList: IpMcSocklist[];
  readonly mcAll: boolean;
}

/** do_ip_setsockopt(IP_ADD_MEMBERSHIP): an ip_mreq (8 bytes, no index) or ip_mreqn (12); shorter is EINVAL. */
export function parseMreqn(v: Uint8Array): IpMreqn | null {
  if (v.length < 8) return null;
  const ifindex = v.length >= 12 ? new DataView(v.buffer, v.byteOffset + 8, 4).getInt32(0, true) : 0;
  return { multiaddr: getU32(v, 0) | 0, address: getU32(v, 4) | 0, ifindex };
}

/**
 * ip_mc_find_dev(): the index given, else the device owning the address,
 * else the output route's device for the group; the index found is
 * written back into `imr`.
 */
export function ipMcFindDev(net: Net, imr: IpMreqn): InDevice | null {
  if (imr.ifindex) return net.devByIndex(imr.ifindex)?.ip ?? null;
  let dev: NetDevice | null = null;
  if (imr.address) {
    dev = ipDevFind(net, imr.address >>> 0);
    if (!dev) return null;
  }
  if (!dev) {
    const rt = ipRouteOutputKey(net, newFlowi4({ daddr: imr.multiaddr >>> 0 }));
    if (typeof rt !== 'string') dev = rt.dev;
  }
  if (!dev) return null;
  imr.ifindex = dev.ifindex;
  return dev.ip ?? null;
}

/**
 * __ip_mc_join_group(): a multicast group (else EINVAL) on a device
 * (ENODEV), not already held on it (EADDRINUSE), within
 * igmp_max_memberships (ENOBUFS); the newest first, the device's
 * count raised (ip_mc_inc_group: the first user reports it).
 */
export function ipMcJoinGroup(sk: McSock, imr: IpMreqn): Errno | null {
  const group = imr.multiaddr | 0;
  if (!ipv4IsMulticast(group >>> 0)) return 'EINVAL';
  const inDev = ipMcFindDev(sk.net, imr);
  if (!inDev) return 'ENODEV';
  if (sk.mcList.some((m) => m.multiaddr === group && m.ifindex === imr.ifindex)) return 'EADDRINUSE';
  if (sk.mcList.length >= sk.net.ipv4.sysctl.igmpMaxMemberships) return 'ENOBUFS';
  sk.mcList.unshift({ multiaddr: group, address: imr.address | 0, ifindex: imr.ifindex });
  ipMcIncGroup(inDev, group);
  return null;
}

/**
 * ip_mc_leave_group(): the membership of the group on the index given
 * (or joined with the address given, or any); ENODEV when nothing names
 * a device, EADDRNOTAVAIL when the socket holds no such membership.
 */
export function ipMcLeaveGroup(sk: McSock, imr: IpMreqn): Errno | null {
  const group = imr.multiaddr | 0;
  const inDev = ipMcFindDev(sk.net, imr);
  if (!imr.ifindex && !imr.address && !inDev) return 'ENODEV';
  const i = sk.mcList.findIndex((m) => m.multiaddr === group &&
    (imr.ifindex ? m.ifindex === imr.ifindex : !imr.address || imr.address === m.address));
  if (i < 0) return 'EADDRNOTAVAIL';
  sk.mcList.splice(i, 1);
  if (inDev) ipMcDecGroup(inDev, group);
  return null;
}

/** ip_mc_drop_socket(): a closing socket leaves every group it holds (on devices still there). */
export function ipMcDropSocket(sk: McSock): void {
  for (const m of sk.mcList.splice(0)) {
    const inDev = sk.net.devByIndex(m.ifindex)?.ip;
    if (inDev) ipMcDecGroup(inDev, m.multiaddr);
  }
}

/**
 * ip_mc_sf_allow(): may a datagram to `locAddr` arriving on `dif` reach
 * the socket? Not a group: yes. Joined there: yes (an any-source join
 * excludes nobody). Else the socket's IP_MULTICAST_ALL.
 */
export function ipMcSfAllow(sk: McSock, locAddr: number, dif: number): boolean {
  const g = locAddr | 0;
  if (!ipv4IsMulticast(g >>> 0)) return true;
  for (const m of sk.mcList) if (m.multiaddr === g && m.ifindex === dif) return true;
  return sk.mcAll;
}

/** /proc/net/mcfilter: the header, then a line per source of a source-filtered group (none: any-source joins only). */
export function procNetMcfilter(): string {
  return 'Idx Device        MCA        SRC    INC    EXC\n';
}
