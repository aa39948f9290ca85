/**
 * The IP level of the socket calls: SOL_IP options, the control messages
 * of sendmsg (IP_TTL, IP_TOS, IP_PKTINFO) and recvmsg (IP_PKTINFO,
 * IP_TTL, IP_TOS), and the error queue of IP_RECVERR — ICMP errors
 * (ip_icmp_error), local errors (ip_local_error) and their reading
 * (ip_recv_error).
 * @linux net/ipv4/ip_sockglue.c
 */
import type { SkBuff } from '../core/skbuff.js';
import { SkBuff as SkBuffClass } from '../core/skbuff.js';
import { consumeSkb, kfreeSkbReason } from '../core/drop_reason.js';
import type { Errno } from '../core/errno.js';
import { SOCK_RCVTSTAMP, SOCK_RCVTSTAMPNS, sockDequeueErrSkb, sockQueueErrSkb, type SockOptVal } from '../core/sock.js';
import {
  AF_INET, MSG_ERRQUEUE, MSG_TRUNC, SCM_TIMESTAMP, SCM_TIMESTAMPNS, SOCK_RAW, SOCK_STREAM, SOL_IP, SOL_SOCKET,
  type Cmsg, type MsgIn,
} from '../../uapi/linux/socket.js';
import {
  IP_ADD_MEMBERSHIP, IP_BIND_ADDRESS_NO_PORT, IP_DROP_MEMBERSHIP, IP_FREEBIND, IP_HDRINCL, IP_MINTTL, IP_MTU, IP_MTU_DISCOVER, IP_MULTICAST_ALL,
  IP_MULTICAST_IF, IP_MULTICAST_LOOP, IP_MULTICAST_TTL, IP_NODEFRAG, IP_OPTIONS, IP_PKTINFO, IP_PMTUDISC_DONT,
  IP_PMTUDISC_OMIT, IP_RECVERR, IP_RECVERR_RFC4884, IP_RECVOPTS, IP_RECVTOS, IP_RECVTTL, IP_RETOPTS, IP_TOS,
  IP_TRANSPARENT, IP_TTL, type SockaddrIn,
} from '../../uapi/linux/in.js';
import { SO_EE_ORIGIN_ICMP, SO_EE_ORIGIN_LOCAL } from '../../uapi/linux/errqueue.js';
import { REALTIME_EPOCH_SEC } from '../../sim/clock.js';
import { getU32, putU32 } from '../../wire/bytes.js';
import { IPV4_MIN_HLEN, Iph } from '../../wire/ipv4.js';
import { ICMP_HLEN, Icmph } from '../../wire/icmp.js';
import {
  IP_CMSG_PKTINFO, IP_CMSG_RECVOPTS, IP_CMSG_RETOPTS, IP_CMSG_TOS, IP_CMSG_TTL, type InetSock,
} from './inet_sock.js';
import { fibComputeSpecDst } from './icmp.js';
import { rtTos2priority, skbRtable } from './route.js';
import { connectedMtu } from './datagram.js';
import { ipOptionsGet, ipOptionsUndo, newIpOptions } from './ip_options.js';
import { ipOptionsEcho } from './ip_options_build.js';
import { ipMcJoinGroup, ipMcLeaveGroup, parseMreqn } from './igmp_sock.js';
import { ipSetSourceFilter, isSourceFilterOpt } from './igmp_sockopt.js';

/** struct ipcm_cookie: what one sendmsg() uses, from the socket and its control messages. */
export interface IpcmCookie {
  /** The source address (IP_PKTINFO ipi_spec_dst, else inet_saddr). */
  addr: number;
  oif: number;
  /** IP_TTL cmsg; 0: the socket's. */
  ttl: number;
  /** IP_TOS cmsg; -1: the socket's. */
  tos: number;
  mark: number;
}

/** ipcm_init_sk() */
export function ipcmInitSk(sk: InetSock): IpcmCookie {
  return { addr: sk.inetSaddr, oif: sk.skBoundDevIf, ttl: 0, tos: -1, mark: sk.skMark };
}

/** ip_cmsg_send(): IP_PKTINFO, IP_TTL (1..255), IP_TOS (0..255); anything else is EINVAL. */
export function ipCmsgSend(control: readonly Cmsg[], ipc: IpcmCookie): Errno | null {
  for (const c of control) {
    if (c.level !== SOL_IP) return 'EINVAL';
    if (c.type === IP_PKTINFO) {
      ipc.oif = c.data.ifindex;
      ipc.addr = c.data.specDst;
    } else if (c.type === IP_TTL) {
      if (c.data < 1 || c.data > 255) return 'EINVAL';
      ipc.ttl = c.data;
    } else if (c.type === IP_TOS) {
      if (c.data < 0 || c.data > 255) return 'EINVAL';
      ipc.tos = c.data;
    } else return 'EINVAL';
  }
  return null;
}

/** The int of an option (an int, or a single byte). */
function optInt(v: SockOptVal): number | null {
  if (typeof v === 'number') return v | 0;
  if (v instanceof Uint8Array && v.length >= 1) return v.length >= 4 ? new DataView(v.buffer, v.byteOffset).getInt32(0, true) : v[0]!;
  return null;
}

function setCmsgFlag(sk: InetSock, flag: number, on: boolean): void {
  sk.cmsgFlags = on ? sk.cmsgFlags | flag : sk.cmsgFlags & ~flag;
}

/** do_ip_setsockopt(): the SOL_IP options. */
export function ipSetsockopt(sk: InetSock, optname: number, v: SockOptVal): Errno | null {
  if (optname === IP_OPTIONS) {
    if (!(v instanceof Uint8Array)) return 'EINVAL';
    const opt = ipOptionsGet(sk.net, v);
    if (typeof opt === 'string') return opt;
    sk.setIpOptions(opt.optlen ? opt : null);
    return null;
  }
  if (optname === IP_MULTICAST_IF) return ipSetMulticastIf(sk, v);
  if (optname === IP_ADD_MEMBERSHIP || optname === IP_DROP_MEMBERSHIP) return ipSetMembership(sk, optname, v);
  if (isSourceFilterOpt(optname)) return ipSetSourceFilter(sk, optname, v);
  const val = optInt(v);
  if (val === null) return 'EINVAL';
  if (ipSetBool(sk, optname, val !== 0)) return null;
  switch (optname) {
    case IP_TOS: {
      // __ip_sock_set_tos(): a stream socket keeps its ECN bits.
      const tos = (sk.type === SOCK_STREAM ? (val & ~3) | (sk.tos & 3) : val) & 0xff;
      if (sk.tos !== tos) {
        sk.tos = tos;
        sk.skPriority = rtTos2priority(tos);
        sk.dstReset();
      }
      return null;
    }
    case IP_TTL:
      if (val !== -1 && (val < 1 || val > 255)) return 'EINVAL';
      sk.ucTtl = val;
      return null;
    case IP_HDRINCL:
      if (sk.type !== SOCK_RAW) return 'ENOPROTOOPT';
      sk.hdrincl = val !== 0;
      return null;
    case IP_NODEFRAG:
      if (sk.type !== SOCK_RAW) return 'ENOPROTOOPT';
      sk.nodefrag = val !== 0;
      return null;
    case IP_MTU_DISCOVER:
      if (val < IP_PMTUDISC_DONT || val > IP_PMTUDISC_OMIT) return 'EINVAL';
      sk.pmtudisc = val;
      return null;
    case IP_MULTICAST_TTL: {
      if (sk.type === SOCK_STREAM) return 'EINVAL';
      const ttl = val === -1 ? 1 : val;
      if (ttl < 0 || ttl > 255) return 'EINVAL';
      sk.mcTtl = ttl;
      return null;
    }
    case IP_MINTTL:
      if (val < 0 || val > 255) return 'EINVAL';
      sk.minTtl = val;
      return null;
    default: return 'ENOPROTOOPT';
  }
}

/** The on/off SOL_IP options (ip_setsockopt_bool() and the cmsg flags); false for the others. */
function ipSetBool(sk: InetSock, optname: number, on: boolean): boolean {
  switch (optname) {
    case IP_PKTINFO: setCmsgFlag(sk, IP_CMSG_PKTINFO, on); return true;
    case IP_RECVTTL: setCmsgFlag(sk, IP_CMSG_TTL, on); return true;
    case IP_RECVTOS: setCmsgFlag(sk, IP_CMSG_TOS, on); return true;
    case IP_RECVOPTS: setCmsgFlag(sk, IP_CMSG_RECVOPTS, on); return true;
    case IP_RETOPTS: setCmsgFlag(sk, IP_CMSG_RETOPTS, on); return true;
    case IP_RECVERR:
      sk.recverr = on;
      // "if (!val) skb_errqueue_purge(&sk->sk_error_queue)"
      if (!on) for (let skb = sk.skErrorQueue.dequeue(); skb; skb = sk.skErrorQueue.dequeue()) kfreeSkbReason(sk.net, skb, 'NOT_SPECIFIED', 'skb_errqueue_purge');
      return true;
    case IP_RECVERR_RFC4884: sk.recverrRfc4884 = on; return true;
    case IP_MULTICAST_LOOP: sk.mcLoop = on; return true;
    case IP_MULTICAST_ALL: sk.mcAll = on; return true;
    case IP_FREEBIND: sk.freebind = on; return true;
    case IP_TRANSPARENT: sk.transparent = on; return true;
    case IP_BIND_ADDRESS_NO_PORT: sk.bindAddressNoPort = on; return true;
    default: return false;
  }
}

/** IP_ADD_MEMBERSHIP / IP_DROP_MEMBERSHIP: not on TCP (EPROTO); an ip_mreq or ip_mreqn (EINVAL if shorter). */
function ipSetMembership(sk: InetSock, optname: number, v: SockOptVal): Errno | null {
  if (sk.type === SOCK_STREAM) return 'EPROTO';
  const imr = v instanceof Uint8Array ? parseMreqn(v) : null;
  if (!imr) return 'EINVAL';
  return optname === IP_ADD_MEMBERSHIP ? ipMcJoinGroup(sk, imr) : ipMcLeaveGroup(sk, imr);
}

/**
 * IP_MULTICAST_IF: not on TCP; a struct ip_mreqn (an index, else an
 * address), ip_mreq or in_addr (a number here: the address). No index and
 * INADDR_ANY clears; the index or address must be a device's.
 */
function ipSetMulticastIf(sk: InetSock, v: SockOptVal): Errno | null {
  if (sk.type === SOCK_STREAM) return 'EINVAL';
  let imr: { address: number; ifindex: number } | null = null;
  if (typeof v === 'number') imr = { address: v, ifindex: 0 };
  else if (v instanceof Uint8Array && v.length >= 8) imr = parseMreqn(v);
  else if (v instanceof Uint8Array && v.length >= 4) imr = { address: getU32(v, 0), ifindex: 0 };
  if (!imr) return 'EINVAL';
  const addr = imr.address >>> 0;
  let ifindex = imr.ifindex;
  if (!ifindex && addr === 0) {
    sk.mcIndex = 0;
    sk.mcAddr = 0;
    return null;
  }
  if (ifindex) {
    if (!sk.net.devByIndex(ifindex)) return 'EADDRNOTAVAIL';
  } else {
    for (const dev of sk.net.devices.values()) {
      if (dev.ip && [...dev.ip.addrs()].some((ifa) => ifa.local === addr)) {
        ifindex = dev.ifindex;
        break;
      }
    }
  }
  if (!ifindex) return 'EADDRNOTAVAIL';
  if (sk.skBoundDevIf && ifindex !== sk.skBoundDevIf) return 'EINVAL';
  sk.mcIndex = ifindex;
  sk.mcAddr = addr;
  return null;
}

/** do_ip_getsockopt() */
export function ipGetsockopt(sk: InetSock, optname: number): SockOptVal | Errno {
  const flag = (f: number): number => ((sk.cmsgFlags & f) !== 0 ? 1 : 0);
  switch (optname) {
    case IP_OPTIONS: return sk.inetOpt ? ipOptionsUndo(sk.inetOpt) : new Uint8Array(0);
    case IP_PKTINFO: return flag(IP_CMSG_PKTINFO);
    case IP_RECVTTL: return flag(IP_CMSG_TTL);
    case IP_RECVTOS: return flag(IP_CMSG_TOS);
    case IP_RECVOPTS: return flag(IP_CMSG_RECVOPTS);
    case IP_RETOPTS: return flag(IP_CMSG_RETOPTS);
    case IP_TOS: return sk.tos;
    case IP_TTL: return sk.ucTtl === -1 ? sk.net.ipv4.sysctl.ipDefaultTtl : sk.ucTtl;
    case IP_HDRINCL: return sk.hdrincl ? 1 : 0;
    case IP_NODEFRAG: return sk.nodefrag ? 1 : 0;
    case IP_MTU_DISCOVER: return sk.pmtudisc;
    case IP_MTU: return sk.skState === 1 ? connectedMtu(sk) : 'ENOTCONN';
    case IP_RECVERR: return sk.recverr ? 1 : 0;
    case IP_RECVERR_RFC4884: return sk.recverrRfc4884 ? 1 : 0;
    case IP_MULTICAST_TTL: return sk.mcTtl;
    case IP_MULTICAST_LOOP: return sk.mcLoop ? 1 : 0;
    case IP_MULTICAST_IF: return sk.mcAddr;
    case IP_MULTICAST_ALL: return sk.mcAll ? 1 : 0;
    case IP_FREEBIND: return sk.freebind ? 1 : 0;
    case IP_TRANSPARENT: return sk.transparent ? 1 : 0;
    case IP_BIND_ADDRESS_NO_PORT: return sk.bindAddressNoPort ? 1 : 0;
    case IP_MINTTL: return sk.minTtl;
    default: return 'ENOPROTOOPT';
  }
}

/* ------------------------------------------------------------------ */
/* Receive-side control messages                                       */

/** sock_recv_timestamp(): SO_TIMESTAMP(NS) as CLOCK_REALTIME of the skb's arrival. */
export function sockRecvTimestamp(sk: InetSock, skb: SkBuff, out: Cmsg[]): void {
  if (!sk.sockFlag(SOCK_RCVTSTAMP)) return;
  const ns = skb.tstamp;
  const sec = REALTIME_EPOCH_SEC + Math.floor(ns / 1e9);
  if (sk.sockFlag(SOCK_RCVTSTAMPNS)) out.push({ level: SOL_SOCKET, type: SCM_TIMESTAMPNS, data: { tvSec: sec, tvNsec: ns % 1e9 } });
  else out.push({ level: SOL_SOCKET, type: SCM_TIMESTAMP, data: { tvSec: sec, tvUsec: Math.floor((ns % 1e9) / 1000) } });
}

/** ip_cmsg_recv(): the IP_* messages the socket asked for, from the skb's IP header. */
export function ipCmsgRecv(sk: InetSock, skb: SkBuff, out: Cmsg[]): void {
  const nh = skb.networkHeader;
  const b = skb.buf;
  if (sk.cmsgFlags & IP_CMSG_PKTINFO) {
    // ipv4_pktinfo_prepare(): the input interface (for looped-back packets the route's) and the reply source.
    const rt = skbRtable(skb);
    const ifindex = (rt?.isInput ? rt.iif : 0) || skb.skbIif;
    const specDst = rt ? fibComputeSpecDst(skb) : 0;
    out.push({ level: SOL_IP, type: IP_PKTINFO, data: { ifindex, specDst, addr: getU32(b, nh + Iph.Daddr) } });
  }
  if (sk.cmsgFlags & IP_CMSG_TTL) out.push({ level: SOL_IP, type: IP_TTL, data: b[nh + Iph.Ttl]! });
  if (sk.cmsgFlags & IP_CMSG_TOS) out.push({ level: SOL_IP, type: IP_TOS, data: b[nh + Iph.Tos]! });
  const opt = skb.ipOpt;
  if (!opt || opt.optlen === 0) return;
  // ip_cmsg_recv_opts(): the options as received.
  if (sk.cmsgFlags & IP_CMSG_RECVOPTS) out.push({ level: SOL_IP, type: IP_RECVOPTS, data: b.slice(nh + IPV4_MIN_HLEN, nh + IPV4_MIN_HLEN + opt.optlen) });
  // ip_cmsg_recv_retopts(): the options an answer would carry, as a socket would set them (echoed, then undone).
  if (sk.cmsgFlags & IP_CMSG_RETOPTS) {
    const ret = newIpOptions();
    if (ipOptionsEcho(sk.net, ret, skb, opt)) out.push({ level: SOL_IP, type: IP_RETOPTS, data: ipOptionsUndo(ret) });
  }
}

/* ------------------------------------------------------------------ */
/* The error queue                                                     */

/**
 * ip_icmp_error(): a clone of the ICMP error joins the error queue, its
 * data starting at `payloadAt` (the quoted transport header, or the quoted
 * IP header for IP_HDRINCL); msg_name will be the quoted destination.
 */
export function ipIcmpError(sk: InetSock, skb: SkBuff, err: Errno, port: number, info: number, payloadAt: number): void {
  const c = skb.clone();
  const th = c.transportHeader;
  c.serr = {
    ee: { errno: err, origin: SO_EE_ORIGIN_ICMP, type: c.buf[th + Icmph.Type]!, code: c.buf[th + Icmph.Code]!, info, data: 0 },
    // The daddr of the IP header quoted after the ICMP header.
    addrOffset: th + ICMP_HLEN + Iph.Daddr - c.networkHeader,
    port,
  };
  if (payloadAt >= c.data && payloadAt <= c.tail) {
    c.pull(payloadAt - c.data);
    c.resetTransportHeader();
    if (sockQueueErrSkb(sk, c) === null) return;
  }
  kfreeSkbReason(sk.net, c, 'NOT_SPECIFIED', 'ip_icmp_error');
}

/**
 * __ip_append_data()'s refusal of a datagram over the MTU (DF, no
 * fragmenting): ip_local_error() with the MTU less the socket's options,
 * what is left for the datagram, then EMSGSIZE.
 */
export function ipAppendMsgSize(sk: InetSock, daddr: number, mtu: number): 'EMSGSIZE' {
  const opt = sk.inetOpt;
  ipLocalError(sk, 'EMSGSIZE', daddr, sk.inetDport, mtu - (opt ? opt.optlen : 0));
  return 'EMSGSIZE';
}

/**
 * ip_local_error(): with IP_RECVERR, a local error (EMSGSIZE of a send
 * over the MTU) joins the error queue as a bare IP header naming `daddr`.
 */
export function ipLocalError(sk: InetSock, err: Errno, daddr: number, port: number, info: number): void {
  if (!sk.recverr) return;
  const skb = new SkBuffClass(20);
  skb.put(20);
  skb.resetNetworkHeader();
  putU32(skb.buf, skb.networkHeader + Iph.Daddr, daddr);
  skb.serr = { ee: { errno: err, origin: SO_EE_ORIGIN_LOCAL, type: 0, code: 0, info, data: 0 }, addrOffset: Iph.Daddr, port };
  skb.pull(skb.tail - skb.data);
  skb.resetTransportHeader();
  if (sockQueueErrSkb(sk, skb) !== null) kfreeSkbReason(sk.net, skb, 'NOT_SPECIFIED', 'ip_local_error');
}

/**
 * ip_recv_error(): recvmsg(MSG_ERRQUEUE) — the oldest error, its data (up
 * to `len`), msg_name (the address the error is about), the IP_RECVERR
 * message with the offender, and for ICMP errors the IP cmsgs of the ICMP
 * packet. EAGAIN when the queue is empty.
 */
export function ipRecvError(sk: InetSock, len: number): MsgIn | Errno {
  const skb = sockDequeueErrSkb(sk);
  if (!skb) return 'EAGAIN';
  const serr = skb.serr!;
  const copied = Math.min(skb.len, len);
  const data = skb.buf.slice(skb.data, skb.data + copied);
  const control: Cmsg[] = [];
  sockRecvTimestamp(sk, skb, control);
  let name: SockaddrIn | null = null;
  // ipv4_datagram_support_addr(): ICMP and local errors name the address.
  if (serr.ee.origin === SO_EE_ORIGIN_ICMP || serr.ee.origin === SO_EE_ORIGIN_LOCAL || serr.port) {
    name = { family: AF_INET, addr: getU32(skb.buf, skb.networkHeader + serr.addrOffset), port: serr.port };
  }
  let offender = 0;
  if (serr.ee.origin === SO_EE_ORIGIN_ICMP) {
    offender = getU32(skb.buf, skb.networkHeader + Iph.Saddr);
    ipCmsgRecv(sk, skb, control);
  }
  control.push({ level: SOL_IP, type: IP_RECVERR, data: { ...serr.ee, offender } });
  const flags = MSG_ERRQUEUE | (skb.len > len ? MSG_TRUNC : 0);
  const full = skb.len;
  consumeSkb(skb);
  return { data, len: full, name, control, flags };
}
