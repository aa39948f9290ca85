/**
 * The source-filter socket options of do_ip_setsockopt(): the structs
 * they take, their size checks, and the membership calls they make.
 * IP_ADD/DROP_SOURCE_MEMBERSHIP and IP_BLOCK/UNBLOCK_SOURCE take a
 * struct ip_mreq_source (exactly 12 bytes); IP_MSFILTER a struct
 * ip_msfilter (16 bytes and 4 per source); MCAST_JOIN/LEAVE_GROUP a
 * struct group_req (136 bytes at least), MCAST_JOIN/LEAVE_SOURCE_GROUP
 * and MCAST_BLOCK/UNBLOCK_SOURCE a struct group_source_req (exactly 264),
 * MCAST_MSFILTER a struct group_filter (144 bytes and 128 per source),
 * addresses in sockaddr_in (AF_INET, else EINVAL for a group_req's group
 * and EADDRNOTAVAIL for the others). A source list longer than
 * igmp_max_msf is ENOBUFS.
 * @linux net/ipv4/ip_sockglue.c do_ip_setsockopt() ip_mcast_join_leave()
 *        do_mcast_group_source() ip_set_mcast_msfilter() set_mcast_msfilter()
 */
import type { Errno } from '../core/errno.js';
import type { SockOptVal } from '../core/sock.js';
import { AF_INET } from '../../uapi/linux/socket.js';
import {
  IP_ADD_SOURCE_MEMBERSHIP, IP_BLOCK_SOURCE, IP_DROP_SOURCE_MEMBERSHIP, IP_MSFILTER, IP_UNBLOCK_SOURCE,
  MCAST_BLOCK_SOURCE, MCAST_JOIN_GROUP, MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_GROUP,
  MCAST_MSFILTER, MCAST_UNBLOCK_SOURCE,
} from '../../uapi/linux/in.js';
import { getU32 } from '../../wire/bytes.js';
import { ipMcJoinGroup, ipMcLeaveGroup, ipMcMsfilter, ipMcSource, type IpMreqSource, type McSock } from './igmp_sock.js';
import { MCAST_EXCLUDE, MCAST_INCLUDE, type McastMode } from './igmp_src.js';

/** sizeof(struct group_req), sizeof(struct group_source_req), GROUP_FILTER_SIZE(0), sizeof(struct sockaddr_storage). */
const GROUP_REQ_SIZE = 136;
const GROUP_SOURCE_REQ_SIZE = 264;
const GROUP_FILTER_SIZE0 = 144;
const SS_SIZE = 128;
/** IP_MSFILTER_SIZE(0) */
const IP_MSFILTER_SIZE0 = 16;

/** Is `optname` one of the options handled here? */
export function isSourceFilterOpt(optname: number): boolean {
  return (optname >= IP_UNBLOCK_SOURCE && optname <= IP_MSFILTER) || (optname >= MCAST_JOIN_GROUP && optname <= MCAST_MSFILTER);
}

function le32(v: Uint8Array, o: number): number {
  return new DataView(v.buffer, v.byteOffset + o, 4).getUint32(0, true);
}

/** A sockaddr_in at v[o]: its address (host order), or null when not AF_INET. */
function sinAddr(v: Uint8Array, o: number): number | null {
  return (v[o]! | (v[o + 1]! << 8)) === AF_INET ? getU32(v, o + 4) | 0 : null;
}

/** The add flag and mode of each source option. */
function sourceOp(optname: number): readonly [boolean, McastMode] {
  switch (optname) {
    case IP_BLOCK_SOURCE: case MCAST_BLOCK_SOURCE: return [true, MCAST_EXCLUDE];
    case IP_UNBLOCK_SOURCE: case MCAST_UNBLOCK_SOURCE: return [false, MCAST_EXCLUDE];
    case IP_ADD_SOURCE_MEMBERSHIP: case MCAST_JOIN_SOURCE_GROUP: return [true, MCAST_INCLUDE];
    default: return [false, MCAST_INCLUDE];
  }
}

/** The source options: a join-with-source joins first (INCLUDE; already joined is fine), then ip_mc_source(). */
function sourceMembership(sk: McSock, optname: number, mreqs: IpMreqSource, ifindex: number): Errno | null {
  const [add, omode] = sourceOp(optname);
  if (optname === IP_ADD_SOURCE_MEMBERSHIP || optname === MCAST_JOIN_SOURCE_GROUP) {
    const err = ipMcJoinGroup(sk, { multiaddr: mreqs.multiaddr, address: mreqs.interface, ifindex }, MCAST_INCLUDE);
    if (err && err !== 'EADDRINUSE') return err;
  }
  return ipMcSource(sk, add, omode, mreqs, ifindex);
}

/** ip_set_mcast_msfilter() / IP_MSFILTER's checks: the source count against igmp_max_msf (ENOBUFS), then the length (EINVAL). */
function msfCheck(sk: McSock, numsrc: number, size: number, len: number): Errno | null {
  if (numsrc > sk.net.ipv4.sysctl.igmpMaxMsf) return 'ENOBUFS';
  return size > len ? 'EINVAL' : null;
}

/** do_ip_setsockopt() for the source-filter options (isSourceFilterOpt()). */
export function ipSetSourceFilter(sk: McSock, optname: number, val: SockOptVal): Errno | null {
  if (!(val instanceof Uint8Array)) return 'EINVAL';
  const v = val;
  switch (optname) {
    case IP_BLOCK_SOURCE: case IP_UNBLOCK_SOURCE: case IP_ADD_SOURCE_MEMBERSHIP: case IP_DROP_SOURCE_MEMBERSHIP:
      if (v.length !== 12) return 'EINVAL';
      return sourceMembership(sk, optname, { multiaddr: getU32(v, 0) | 0, interface: getU32(v, 4) | 0, sourceaddr: getU32(v, 8) | 0 }, 0);
    case IP_MSFILTER: {
      if (v.length < IP_MSFILTER_SIZE0) return 'EINVAL';
      const numsrc = le32(v, 12);
      const err = msfCheck(sk, numsrc, IP_MSFILTER_SIZE0 + 4 * numsrc, v.length);
      if (err) return err;
      const slist: number[] = [];
      for (let i = 0; i < numsrc; i++) slist.push(getU32(v, 16 + 4 * i) | 0);
      return ipMcMsfilter(sk, { multiaddr: getU32(v, 0) | 0, interface: getU32(v, 4) | 0, fmode: le32(v, 8), slist }, 0);
    }
    case MCAST_JOIN_GROUP: case MCAST_LEAVE_GROUP: {
      if (v.length < GROUP_REQ_SIZE) return 'EINVAL';
      const group = sinAddr(v, 8);
      if (group === null) return 'EINVAL';
      const imr = { multiaddr: group, address: 0, ifindex: le32(v, 0) | 0 };
      return optname === MCAST_JOIN_GROUP ? ipMcJoinGroup(sk, imr) : ipMcLeaveGroup(sk, imr);
    }
    case MCAST_MSFILTER: {
      if (v.length < GROUP_FILTER_SIZE0) return 'EINVAL';
      const numsrc = le32(v, 140);
      const err = msfCheck(sk, numsrc, GROUP_FILTER_SIZE0 + SS_SIZE * numsrc, v.length);
      if (err) return err;
      const group = sinAddr(v, 8);
      const slist: number[] = [];
      for (let i = 0; i < numsrc; i++) slist.push(sinAddr(v, GROUP_FILTER_SIZE0 + SS_SIZE * i) ?? Number.NaN);
      if (group === null || slist.some((a) => Number.isNaN(a))) return 'EADDRNOTAVAIL';
      return ipMcMsfilter(sk, { multiaddr: group, interface: 0, fmode: le32(v, 136), slist }, le32(v, 0) | 0);
    }
    default: {
      if (v.length !== GROUP_SOURCE_REQ_SIZE) return 'EINVAL';
      const group = sinAddr(v, 8);
      const source = sinAddr(v, 8 + SS_SIZE);
      if (group === null || source === null) return 'EADDRNOTAVAIL';
      return sourceMembership(sk, optname, { multiaddr: group, interface: 0, sourceaddr: source }, le32(v, 0) | 0);
    }
  }
}
