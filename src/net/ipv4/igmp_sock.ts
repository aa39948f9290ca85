/**
 * A socket's multicast memberships (inet->mc_list): IP_ADD_MEMBERSHIP and
 * IP_DROP_MEMBERSHIP with a struct ip_mreq or ip_mreqn, the device they
 * name (an index, else the device of an address, else where a route to
 * the group leads), the leave of every group at close, and the check
 * multicast delivery makes per socket (ip_mc_sf_allow: a socket that did
 * not join the group on the arrival device hears it only with
 * IP_MULTICAST_ALL, on by default). A membership has a source filter
 * (ip_mc_source: IP_ADD/DROP_SOURCE_MEMBERSHIP, IP_BLOCK/UNBLOCK_SOURCE;
 * ip_mc_msfilter: IP_MSFILTER), an INCLUDE or EXCLUDE list of at most
 * igmp_max_msf sources, that the device's group counts (igmp_src.ts) and
 * delivery applies; /proc/net/mcfilter lists the devices' sources.
 * @linux net/ipv4/igmp.c ip_mc_find_dev() __ip_mc_join_group() ip_mc_leave_group()
 *        ip_mc_leave_src() ip_mc_source() ip_mc_msfilter() ip_mc_drop_socket()
 *        ip_mc_sf_allow() igmp_mcf_seq_show(); net/ipv4/ip_sockglue.c
 */
import type { Errno } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { getU32 } from '../../wire/bytes.js';
import { ipv4IsMulticast } from '../../wire/ipv4.js';
import { newFlowi4 } from './fib_rules.js';
import { ipDevFind, ipRouteOutputKey } from './route.js';
import { ipMcDecGroup, ipMcFind, ipMcIncGroup } from './igmp.js';
import { MCAST_EXCLUDE, MCAST_INCLUDE, ipMcAddSrc, ipMcDelSrc, type McastMode } from './igmp_src.js';
import type { InDevice } from './devinet.js';

/** struct ip_mreqn (addresses in host order): the group, an interface address, an interface index. */
export interface IpMreqn {
  multiaddr: number;
  address: number;
  ifindex: number;
}

/** struct ip_mc_socklist: one membership of a socket, its filter mode and sources (sflist; null: none yet). */
export interface IpMcSocklist {
  readonly multiaddr: number;
  readonly address: number;
  readonly ifindex: number;
  sfmode: McastMode;
  sflist: number[] | null;
}

/** struct ip_mreq_source (host order): the group, an interface address, the source. */
export interface IpMreqSource {
  multiaddr: number;
  interface: number;
  sourceaddr: number;
}

/** struct ip_msfilter (host order): the group, an interface address, the mode and the sources. */
export interface IpMsfilter {
  multiaddr: number;
  interface: number;
  fmode: number;
  slist: number[];
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
export function ipMcJoinGroup(sk: McSock, imr: IpMreqn, mode: McastMode = MCAST_EXCLUDE): Errno | null {
  const group = imr.multiaddr | 0;
  if (!ipv4IsMulticast(group >>> 0)) return 'EINVAL';
  const inDev = ipMcFindDev(sk.net, imr);
  if (!inDev) return 'ENODEV';
  if (sk.mcList.some((m) => m.multiaddr === group && m.ifindex === imr.ifindex)) return 'EADDRINUSE';
  if (sk.mcList.length >= sk.net.ipv4.sysctl.igmpMaxMemberships) return 'ENOBUFS';
  sk.mcList.unshift({ multiaddr: group, address: imr.address | 0, ifindex: imr.ifindex, sfmode: mode, sflist: null });
  ipMcIncGroup(inDev, group, mode);
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
  const [iml] = sk.mcList.splice(i, 1);
  ipMcLeaveSrc(iml!, inDev);
  if (inDev) ipMcDecGroup(inDev, group);
  return null;
}

/** ip_mc_leave_src(): the membership's filter leaves the device's group. */
function ipMcLeaveSrc(iml: IpMcSocklist, inDev: InDevice | null | undefined): void {
  const pmc = inDev ? ipMcFind(inDev, iml.multiaddr) : undefined;
  if (inDev && pmc) ipMcDelSrc(inDev, pmc, iml.sfmode, iml.sflist ?? [], false);
  iml.sflist = null;
}

/** ip_mc_drop_socket(): a closing socket leaves every group it holds (on devices still there). */
export function ipMcDropSocket(sk: McSock): void {
  for (const m of sk.mcList.splice(0)) {
    const inDev = sk.net.devByIndex(m.ifindex)?.ip;
    ipMcLeaveSrc(m, inDev);
    if (inDev) ipMcDecGroup(inDev, m.multiaddr);
  }
}

/**
 * The membership ip_mc_source() and ip_mc_msfilter() change: a group
 * (else EINVAL) on a device (ENODEV) the socket joined (EINVAL).
 */
function ipMcSfTarget(sk: McSock, group: number, address: number, ifindex: number): { inDev: InDevice; iml: IpMcSocklist; imr: IpMreqn } | Errno {
  if (!ipv4IsMulticast(group >>> 0)) return 'EINVAL';
  const imr: IpMreqn = { multiaddr: group | 0, address: address | 0, ifindex };
  const inDev = ipMcFindDev(sk.net, imr);
  if (!inDev) return 'ENODEV';
  const iml = sk.mcList.find((m) => m.multiaddr === imr.multiaddr && m.ifindex === imr.ifindex);
  if (!iml) return 'EINVAL';
  return { inDev, iml, imr };
}

/**
 * ip_mc_source(): add (`add`) or remove a source of a membership's
 * filter of mode `omode` (IP_ADD/DROP_SOURCE_MEMBERSHIP: INCLUDE,
 * IP_BLOCK/UNBLOCK_SOURCE: EXCLUDE). A filter with sources keeps its
 * mode (EINVAL); an empty one switches. Removing a source not listed, or
 * adding one listed: EADDRNOTAVAIL; beyond igmp_max_msf: ENOBUFS.
 * Removing the last source of an INCLUDE filter leaves the group.
 */
export function ipMcSource(sk: McSock, add: boolean, omode: McastMode, mreqs: IpMreqSource, ifindex: number): Errno | null {
  const t = ipMcSfTarget(sk, mreqs.multiaddr, mreqs.interface, ifindex);
  if (typeof t === 'string') return t;
  const { inDev, iml, imr } = t;
  const pmc = ipMcFind(inDev, iml.multiaddr);
  if (!pmc) return 'EINVAL';
  if (iml.sflist) {
    if (iml.sfmode !== omode) return 'EINVAL';
  } else if (iml.sfmode !== omode) {
    // allow mode switches for empty-set filters
    ipMcAddSrc(inDev, pmc, omode, [], false);
    ipMcDelSrc(inDev, pmc, iml.sfmode, [], false);
    iml.sfmode = omode;
  }
  const src = mreqs.sourceaddr | 0;
  const psl = iml.sflist;
  if (!add) {
    const i = psl ? psl.indexOf(src) : -1;
    if (!psl || i < 0) return 'EADDRNOTAVAIL';
    // special case - (INCLUDE, empty) == LEAVE_GROUP
    if (psl.length === 1 && omode === MCAST_INCLUDE) return ipMcLeaveGroup(sk, imr);
    ipMcDelSrc(inDev, pmc, omode, [src], true);
    psl.splice(i, 1);
    return null;
  }
  if (psl && psl.length >= sk.net.ipv4.sysctl.igmpMaxMsf) return 'ENOBUFS';
  iml.sflist ??= [];
  if (iml.sflist.includes(src)) return 'EADDRNOTAVAIL';
  iml.sflist.push(src);
  ipMcAddSrc(inDev, pmc, omode, [src], true);
  return null;
}

/**
 * ip_mc_msfilter(): replace a membership's filter by `msf` (mode INCLUDE
 * or EXCLUDE, else EINVAL); (INCLUDE, no source) leaves the group. The
 * caller checked the source count against igmp_max_msf.
 */
export function ipMcMsfilter(sk: McSock, msf: IpMsfilter, ifindex: number): Errno | null {
  if (!ipv4IsMulticast(msf.multiaddr >>> 0)) return 'EINVAL';
  if (msf.fmode !== MCAST_INCLUDE && msf.fmode !== MCAST_EXCLUDE) return 'EINVAL';
  const imr: IpMreqn = { multiaddr: msf.multiaddr | 0, address: msf.interface | 0, ifindex };
  if (!ipMcFindDev(sk.net, { ...imr })) return 'ENODEV';
  if (msf.fmode === MCAST_INCLUDE && msf.slist.length === 0) return ipMcLeaveGroup(sk, imr);
  const t = ipMcSfTarget(sk, msf.multiaddr, msf.interface, ifindex);
  if (typeof t === 'string') return t;
  const { inDev, iml } = t;
  const pmc = ipMcFind(inDev, iml.multiaddr);
  if (!pmc) return 'EINVAL';
  const slist = msf.slist.map((a) => a | 0);
  ipMcAddSrc(inDev, pmc, msf.fmode, slist, false);
  ipMcDelSrc(inDev, pmc, iml.sfmode, iml.sflist ?? [], false);
  iml.sflist = slist.length ? slist : null;
  iml.sfmode = msf.fmode;
  return null;
}

/**
 * ip_mc_sf_allow(): may a datagram from `rmtAddr` to `locAddr` arriving
 * on `dif` reach the socket? Not a group: yes. Joined there: as its
 * filter says (INCLUDE: a listed source; EXCLUDE: any other). Else the
 * socket's IP_MULTICAST_ALL.
 */
export function ipMcSfAllow(sk: McSock, locAddr: number, rmtAddr: number, dif: number): boolean {
  const g = locAddr | 0;
  if (!ipv4IsMulticast(g >>> 0)) return true;
  const pmc = sk.mcList.find((m) => m.multiaddr === g && m.ifindex === dif);
  if (!pmc) return sk.mcAll;
  const listed = pmc.sflist !== null && pmc.sflist.includes(rmtAddr | 0);
  return pmc.sfmode === MCAST_EXCLUDE ? !listed : listed;
}

/** "0x%08x" */
function hex8(v: number): string {
  return `0x${(v >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * /proc/net/mcfilter: the header, then a line per source: index, name (6
 * wide, cut at 6), group, source, INCLUDE and EXCLUDE filter counts.
 * igmp_mcf_get_first() starts at the first device whose newest group has
 * sources (a device whose newest group has none is skipped whole), then
 * igmp_mcf_get_next() walks every later group and device.
 */
export function procNetMcfilter(net: Net): string {
  let out = 'Idx Device        MCA        SRC    INC    EXC\n';
  let started = false;
  for (const dev of net.devices.values()) {
    const groups = dev.ip?.mcList ?? [];
    started ||= (groups[0]?.sources.length ?? 0) > 0;
    if (!started) continue;
    for (const im of groups) {
      for (const psf of im.sources) {
        out += `${String(dev.ifindex).padStart(3)} ${dev.name.slice(0, 6).padStart(6)} ${hex8(im.multiaddr)} ${hex8(psf.inaddr)} ` +
          `${String(psf.sfCount[MCAST_INCLUDE]).padStart(6)} ${String(psf.sfCount[MCAST_EXCLUDE]).padStart(6)}\n`;
      }
    }
  }
  return out;
}
