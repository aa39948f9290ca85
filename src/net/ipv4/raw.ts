/**
 * Raw IPv4 sockets (SOCK_RAW) on the socket base: each receives a clone of
 * every packet of its protocol (with the IP header) that its addresses and
 * bound device match, ICMP_FILTER on IPPROTO_ICMP sockets, ICMP errors to
 * the error queue (IP_RECVERR) and sk_err; sends a payload the kernel wraps
 * in an IP header, or a whole packet with IP_HDRINCL. The sockets of a
 * namespace are hashed by protocol in its raw_v4_hashinfo.
 * @linux net/ipv4/raw.c
 */
import type { Net } from '../core/net_namespace.js';
import type { SkBuff } from '../core/skbuff.js';
import type { Errno } from '../core/errno.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { IpStat } from '../core/snmp.js';
import {
  SOCK_BROADCAST, SockHashTable, TCP_CLOSE, TCP_ESTABLISHED, skCommonRelease, skbFreeDatagram,
  skbTryRecvDatagram, sockQueueRcvSkbReason, type SockOptVal,
} from '../core/sock.js';
import {
  AF_INET, AF_UNSPEC, MSG_ERRQUEUE, MSG_OOB, MSG_PEEK, MSG_TRUNC, SOCK_RAW, SOL_RAW,
  type Cmsg, type MsgIn, type MsgOut,
} from '../../uapi/linux/socket.js';
import {
  IPPROTO_ICMP, IPPROTO_RAW, IP_PMTUDISC_DO, IP_PMTUDISC_DONT, IP_PMTUDISC_OMIT, IP_PMTUDISC_PROBE,
  IP_PMTUDISC_WANT, type SockaddrIn,
} from '../../uapi/linux/in.js';
import { ICMP_FILTER } from '../../uapi/linux/icmp.js';
import {
  ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_HLEN, ICMP_SOURCE_QUENCH, Icmph, NR_ICMP_UNREACH,
} from '../../wire/icmp.js';
import { Iph, iphHdrLen, ipSendCheck, ipv4IsMulticast } from '../../wire/ipv4.js';
import { getU32, putU16, putU32 } from '../../wire/bytes.js';
import { RTCF_BROADCAST, ipRouteOutputKey, skbRtable, type Rtable } from './route.js';
import type { Flowi4 } from './fib_rules.js';
import { dstMtu, icmpOutCount, ipSelectTtl } from './icmp_send.js';
import { IP_DF, ipAllocSkb, ipLocalOutHook, ipPushHeader, ipSendResult, ipSendSkb } from './ip_output.js';
import { InetSock } from './inet_sock.js';
import { skbSetOwnerW } from '../core/sock.js';
import { ipPushHeaderOpts } from './ip_options_build.js';
import { ip4DatagramConnect } from './datagram.js';
import { ipAppendMsgSize, ipCmsgRecv, ipCmsgSend, ipIcmpError, ipLocalError, ipRecvError, ipcmInitSk, sockRecvTimestamp, type IpcmCookie } from './ip_sockglue.js';

/** icmp_err_convert[]: errno and "fatal" per destination-unreachable code (RFC 1122 3.2.2.1). */
export const ICMP_ERR_CONVERT: ReadonlyArray<readonly [Errno, boolean]> = [
  ['ENETUNREACH', false], ['EHOSTUNREACH', false], ['ENOPROTOOPT', true], ['ECONNREFUSED', true],
  ['EMSGSIZE', false], ['EOPNOTSUPP', false], ['ENETUNREACH', true], ['EHOSTDOWN', true], ['ENONET', true],
  ['ENETUNREACH', true], ['EHOSTUNREACH', true], ['ENETUNREACH', false], ['EHOSTUNREACH', false],
  ['EHOSTUNREACH', true], ['EHOSTUNREACH', true], ['EHOSTUNREACH', true],
];

/** raw_v4_hashinfo of a namespace: raw sockets by protocol. */
export type RawHashinfo = SockHashTable<RawSock>;

/** struct raw_sock */
export class RawSock extends InetSock {
  /** ICMP_FILTER: bit `type` set blocks that type (types below 32). */
  filter = 0;

  /** inet_create() for SOCK_RAW: inet_num is the protocol; IPPROTO_RAW implies IP_HDRINCL; then hash. */
  constructor(net: Net, protocol: number) {
    super(net, SOCK_RAW, protocol);
    this.inetNum = protocol;
    this.inetSport = protocol;
    if (protocol === IPPROTO_RAW) this.hdrincl = true;
    net.ipv4.rawV4Hashinfo.add(protocol, this);
  }

  get protName(): string {
    return 'RAW';
  }

  /** raw_unhash_sk() */
  unhash(): void {
    this.net.ipv4.rawV4Hashinfo.del(this.inetNum, this);
  }

  /**
   * raw_bind(): the address must be local, broadcast or multicast (or any,
   * with ip_nonlocal_bind / IP_FREEBIND / IP_TRANSPARENT).
   */
  override bind(addr: SockaddrIn): Errno | null {
    if (this.skState !== TCP_CLOSE) return 'EINVAL';
    const err = this.bindAddr(addr);
    if (err) return err;
    this.dstReset();
    return null;
  }

  override connect(addr: SockaddrIn): Errno | null {
    return ip4DatagramConnect(this, addr);
  }

  /** raw_setsockopt(): SOL_RAW has ICMP_FILTER (IPPROTO_ICMP sockets only); the rest is ip_setsockopt(). */
  override setsockopt(level: number, optname: number, v: SockOptVal): Errno | null {
    if (level !== SOL_RAW) return super.setsockopt(level, optname, v);
    if (optname !== ICMP_FILTER) return 'ENOPROTOOPT';
    if (this.inetNum !== IPPROTO_ICMP) return 'EOPNOTSUPP';
    if (typeof v !== 'number') return 'EINVAL';
    this.filter = v >>> 0;
    return null;
  }

  override getsockopt(level: number, optname: number): SockOptVal | Errno {
    if (level !== SOL_RAW) return super.getsockopt(level, optname);
    if (optname !== ICMP_FILTER) return 'ENOPROTOOPT';
    return this.inetNum === IPPROTO_ICMP ? this.filter : 'EOPNOTSUPP';
  }

  /**
   * raw_recvmsg(): MSG_ERRQUEUE reads the error queue; else the next
   * datagram (the whole IP packet) up to `len` bytes, msg_name its source,
   * SO_TIMESTAMP and the IP cmsgs asked for.
   */
  override recvmsgNow(len: number, flags: number): MsgIn | Errno {
    if (flags & MSG_OOB) return 'EOPNOTSUPP';
    if (flags & MSG_ERRQUEUE) return ipRecvError(this, len);
    const skb = skbTryRecvDatagram(this, (flags & MSG_PEEK) !== 0);
    if (typeof skb === 'string') return skb;
    const copied = Math.min(skb.len, len);
    const data = skb.buf.slice(skb.data, skb.data + copied);
    const control: Cmsg[] = [];
    sockRecvTimestamp(this, skb, control);
    const name = { family: AF_INET, addr: getU32(skb.buf, skb.networkHeader + Iph.Saddr), port: 0 };
    if (this.cmsgFlags) ipCmsgRecv(this, skb, control);
    const msg: MsgIn = { data, len: skb.len, name, control, flags: skb.len > len ? MSG_TRUNC : 0 };
    skbFreeDatagram(skb);
    return msg;
  }

  /** raw_sendmsg(); returns the bytes sent. */
  override sendmsg(msg: MsgOut, flags: number): number | Errno {
    const len = msg.data.length;
    if (len > 0xffff) return 'EMSGSIZE';
    if (flags & MSG_OOB) return 'EOPNOTSUPP';
    let daddr: number;
    if (msg.name) {
      if (msg.name.family !== AF_INET && msg.name.family !== AF_UNSPEC) return 'EAFNOSUPPORT';
      daddr = msg.name.addr >>> 0;
    } else {
      if (this.skState !== TCP_ESTABLISHED) return 'EDESTADDRREQ';
      daddr = this.inetDaddr;
    }
    const ipc = ipcmInitSk(this);
    const e = msg.control ? ipCmsgSend(msg.control, ipc) : null;
    if (e) return e;
    const opt = this.inetOpt;
    const finalDaddr = daddr;
    if (opt) {
      // "Linux does not mangle headers on raw sockets, so that IP options + IP_HDRINCL is non-sense."
      if (this.hdrincl) return 'EINVAL';
      // A source route goes first to its first hop.
      if (opt.srr) {
        if (!daddr) return 'EINVAL';
        daddr = opt.faddr;
      }
    }
    const fl4 = this.outputFlow(daddr, ipc, msg.data, flags);
    const rt = ipRouteOutputKey(this.net, fl4);
    if (typeof rt === 'string') return rt;
    if (rt.flags & RTCF_BROADCAST && !this.sockFlag(SOCK_BROADCAST)) return 'EACCES';
    const err = this.hdrincl ? this.sendHdrinc(fl4, rt, msg.data) : this.appendData(fl4, rt, msg.data, ipc, finalDaddr);
    // A device's drop (ENOBUFS) is an error only for a socket that asked for errors (IP_RECVERR).
    if (err === 'ENOBUFS' && !this.recverr) return len;
    return err ?? len;
  }

  /** raw_sendmsg(): the flow, with raw_probe_proto_opt()'s ICMP type and code overlaying the destination port. */
  private outputFlow(daddr: number, ipc: IpcmCookie, payload: Uint8Array, flags: number): Flowi4 {
    const icmp = this.protocol === IPPROTO_ICMP && !this.hdrincl && payload.length >= 2;
    const dport = icmp ? (payload[0]! << 8) | payload[1]! : 0;
    return this.sendmsgFlow(daddr, ipc, flags, this.hdrincl ? IPPROTO_RAW : this.protocol, 0, dport);
  }

  /**
   * ip_append_data() + ip_push_pending_frames() for one datagram: the size
   * check against the path MTU (IP_PMTUDISC_DO/PROBE) or 64 KiB, DF, TTL,
   * TOS, and out. Fragmentation is ip_fragment's business further down.
   */
  private appendData(fl4: Flowi4, rt: Rtable, payload: Uint8Array, ipc: IpcmCookie, daddr: number): Errno | null {
    const pmtudisc = this.pmtudisc;
    const opt = this.inetOpt;
    // fragheaderlen: the header with the options.
    const hlen = 20 + (opt ? opt.optlen : 0);
    const mtu = pmtudisc < IP_PMTUDISC_PROBE ? dstMtu(rt) : Math.min(rt.dev.mtu, 0xffff);
    if (mtu < 68) return 'ENETUNREACH';
    const ignoreDf = pmtudisc < IP_PMTUDISC_DO || pmtudisc === IP_PMTUDISC_OMIT;
    const maxnonfragsize = ignoreDf ? 0xffff : mtu;
    if (payload.length > maxnonfragsize - hlen) return ipAppendMsgSize(this, fl4.daddr, mtu);
    const skb = ipAllocSkb(this.net, payload.length, hlen - 20);
    skb.buf.set(payload, skb.data);
    const locked = rt.mtuLockedAny();
    // ip_dont_fragment()
    const df = pmtudisc === IP_PMTUDISC_DO || pmtudisc === IP_PMTUDISC_PROBE ||
      (payload.length + hlen <= dstMtu(rt) && pmtudisc === IP_PMTUDISC_WANT && !locked);
    let ttl = ipc.ttl;
    if (!ttl) ttl = ipv4IsMulticast(fl4.daddr) ? this.mcTtl : this.ucTtl >= 0 ? this.ucTtl : ipSelectTtl(this.net, rt);
    skb.mark = ipc.mark;
    skb.priority = this.skPriority;
    // __ip_make_skb(): skb->ignore_df = ip_sk_ignore_df(sk).
    skb.ignoreDf = ignoreDf;
    skb.ignorePmtu = pmtudisc >= IP_PMTUDISC_PROBE;
    const h = {
      saddr: fl4.saddr, daddr: fl4.daddr, protocol: this.protocol, tos: ipc.tos !== -1 ? ipc.tos : this.tos, ttl,
      fragOff: df ? IP_DF : 0, sk: this,
    };
    if (opt) ipPushHeaderOpts(this.net, skb, h, opt, daddr, rt);
    else ipPushHeader(this.net, skb, h);
    if (this.protocol === IPPROTO_ICMP) icmpOutCount(this.net, payload[0] ?? 0);
    skbSetOwnerW(skb, this);
    return ipSendSkb(this.net, skb, rt);
  }

  /**
   * raw_send_hdrinc(): the caller wrote the IP header; the kernel fills a
   * zero source, the total length and the checksum, and hands it to
   * LOCAL_OUT itself: no OutRequests (ip_local_out() counts those), an
   * error is OutDiscards.
   */
  private sendHdrinc(fl4: Flowi4, rt: Rtable, pkt: Uint8Array): Errno | null {
    if (pkt.length > rt.dev.mtu) {
      ipLocalError(this, 'EMSGSIZE', fl4.daddr, this.inetDport, rt.dev.mtu);
      return 'EMSGSIZE';
    }
    if (pkt.length < 20) return 'EINVAL';
    const skb = ipAllocSkb(this.net, pkt.length);
    const o = skb.data;
    const b = skb.buf;
    b.set(pkt, o);
    const ihl = iphHdrLen(b, o);
    // A header length past the data, or (as the 6.18 kernel answers) under the 20 bytes of an IPv4 header.
    if (ihl > pkt.length || ihl < 20) {
      this.net.mib.ip[IpStat.OUTDISCARDS]!++;
      return 'EINVAL';
    }
    skb.networkHeader = o;
    if (!getU32(b, o + Iph.Saddr)) putU32(b, o + Iph.Saddr, fl4.saddr);
    putU16(b, o + Iph.TotLen, pkt.length);
    ipSendCheck(b, o);
    skb.transportHeader = o + ihl;
    if (b[o + Iph.Protocol] === IPPROTO_ICMP && pkt.length >= ihl + 4) icmpOutCount(this.net, b[o + ihl + Icmph.Type]!);
    skb.protocol = 0x0800;
    skb.mark = this.skMark;
    skbSetOwnerW(skb, this);
    return ipSendResult(this.net, ipLocalOutHook(this.net, skb, rt));
  }

  /** raw_close(): sk_common_release() (unhash, purge the queues, wake sleepers). */
  override close(): void {
    skCommonRelease(this);
  }
}

/* ------------------------------------------------------------------ */
/* Receive                                                             */

/** raw_v4_match(): protocol, peer, bound address and device (raw_sk_bound_dev_eq, no L3 master). */
function rawV4Match(sk: RawSock, num: number, raddr: number, laddr: number, dif: number): boolean {
  return sk.inetNum === num && !(sk.inetDaddr && sk.inetDaddr !== raddr) &&
    !(sk.inetRcvSaddr && sk.inetRcvSaddr !== laddr) && (!sk.skBoundDevIf || sk.skBoundDevIf === dif);
}

/** icmp_filter(): 1 blocks. A truncated header blocks; unknown types (32 and up) never do. */
function icmpFilter(sk: RawSock, skb: SkBuff): boolean {
  if (skb.transportHeader + ICMP_HLEN > skb.tail) return true;
  const type = skb.buf[skb.transportHeader + Icmph.Type]!;
  return type < 32 && ((1 << type) & sk.filter) !== 0;
}

/**
 * raw_local_deliver() / raw_v4_input(): the caller keeps the skb; each
 * matching socket gets a clone. A socket whose buffer is full counts a
 * drop and is skipped. True when some socket matched.
 */
export function rawLocalDeliver(net: Net, skb: SkBuff, protocol: number): boolean {
  const chain = net.ipv4.rawV4Hashinfo.chain(protocol);
  if (chain.length === 0) return false;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const saddr = getU32(b, nh + Iph.Saddr);
  const daddr = getU32(b, nh + Iph.Daddr);
  // inet_iif(): the route's input interface (for looped-back packets the device the route pointed at), else the receiving device.
  const dif = skbRtable(skb)?.iif || skb.skbIif;
  let delivered = false;
  for (const sk of chain) {
    if (!rawV4Match(sk, protocol, saddr, daddr, dif)) continue;
    if (sk.skRmemAlloc >= sk.skRcvbuf) {
      sk.skDrops++;
      continue;
    }
    delivered = true;
    if (protocol !== IPPROTO_ICMP || !icmpFilter(sk, skb)) rawRcv(sk, skb.clone());
  }
  return delivered;
}

/** raw_rcv() + raw_rcv_skb(): the socket queues the whole IP packet, or the clone is dropped. */
function rawRcv(sk: RawSock, skb: SkBuff): void {
  skb.push(skb.data - skb.networkHeader);
  const reason = sockQueueRcvSkbReason(sk, skb);
  if (reason) kfreeSkbReason(sk.net, skb, reason, 'raw_rcv_skb');
}

/* ------------------------------------------------------------------ */
/* ICMP errors                                                         */

/**
 * raw_icmp_error(): an ICMP error quoting a packet of `protocol` reaches
 * every raw socket of that protocol whose addresses and device match the
 * quoted packet (sent by them: its daddr is their peer, its saddr their
 * bound address). skb.data is the quoted IP header.
 */
export function rawIcmpError(skb: SkBuff, protocol: number, info: number): void {
  const dev = skb.dev;
  if (!dev) return;
  const chain = dev.net.ipv4.rawV4Hashinfo.chain(protocol);
  if (chain.length === 0) return;
  const b = skb.buf;
  const daddr = getU32(b, skb.data + Iph.Daddr);
  const saddr = getU32(b, skb.data + Iph.Saddr);
  for (const sk of chain) {
    if (rawV4Match(sk, protocol, daddr, saddr, dev.ifindex)) rawErr(sk, skb, info);
  }
}

/**
 * raw_err(): PMTU and redirects update the socket's route; otherwise the
 * error is reported when IP_RECVERR is on (or the socket is connected and
 * the error is hard): the error queue gets it and sk_err is set.
 */
function rawErr(sk: RawSock, skb: SkBuff, info: number): void {
  const b = skb.buf;
  const type = b[skb.transportHeader + Icmph.Type]!;
  const code = b[skb.transportHeader + Icmph.Code]!;
  const who = {
    boundDev: sk.skBoundDevIf, mark: sk.skMark, protocol: sk.protocol, pmtudisc: sk.pmtudisc, hasDst: sk.skState === TCP_ESTABLISHED,
  };
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) sk.net.world.inet.routeError.skUpdatePmtu(skb, sk.net, info, who);
  else if (type === ICMP_REDIRECT) {
    sk.net.world.inet.routeError.skRedirect(skb, sk.net, who);
    return;
  }
  if (!sk.recverr && sk.skState !== TCP_ESTABLISHED) return;
  let err: Errno = 'EHOSTUNREACH';
  let harderr = false;
  if (type === ICMP_SOURCE_QUENCH) return;
  if (type === ICMP_PARAMETERPROB) {
    err = 'EPROTO';
    harderr = true;
  } else if (type === ICMP_DEST_UNREACH && code <= NR_ICMP_UNREACH) {
    if (code === ICMP_FRAG_NEEDED) {
      harderr = sk.pmtudisc !== IP_PMTUDISC_DONT;
      err = 'EMSGSIZE';
    } else [err, harderr] = ICMP_ERR_CONVERT[code]!;
  }
  if (sk.recverr) {
    const iph = skb.data;
    ipIcmpError(sk, skb, err, 0, info, sk.hdrincl ? iph : iph + iphHdrLen(b, iph));
  }
  if (sk.recverr || harderr) {
    sk.skErr = err;
    sk.errorReport();
  }
}
