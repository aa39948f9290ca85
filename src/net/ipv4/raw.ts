/**
 * Raw IPv4 sockets (SOCK_RAW) for the lab's tools: receive every packet of
 * their protocol (with the IP header), send a payload the kernel wraps in
 * an IP header (or a whole packet with IP_HDRINCL), ICMP_FILTER, and the
 * IP_RECVERR error queue that ICMP errors and local errors feed. Also the
 * route+source probe of a connected datagram socket (ip4_datagram_connect),
 * which ping and traceroute use to learn their source address.
 * @linux net/ipv4/raw.c, net/ipv4/ip_sockglue.c ip_icmp_error() ip_local_error()
 *        ip_recv_error(), net/ipv4/datagram.c, net/core/sock.c
 */
import type { Net } from '../core/net_namespace.js';
import type { SkBuff } from '../core/skbuff.js';
import { strerror, type Errno } from '../core/errno.js';
import type { Timer } from '../../sim/scheduler.js';
import { rawHashSk, rawUnhashSk, type RawSock } from './protocol.js';
import { RTCF_BROADCAST, ipRouteOutputKey, type Rtable } from './route.js';
import { newFlowi4, type Flowi4 } from './fib_rules.js';
import { RTAX_LOCK, RTAX_MTU } from './fib_semantics.js';
import { RTN_BROADCAST, RTN_LOCAL, RTN_MULTICAST, RT_SCOPE_LINK, RT_SCOPE_UNIVERSE, RT_TABLE_LOCAL } from './fib_types.js';
import { dstMtu, icmpOutCount, ipSelectTtl, rtTos } from './icmp_send.js';
import { IP_DF, ipAllocSkb, ipLocalOut, ipPushHeader } from './ip_output.js';
import { IpStat } from '../core/snmp.js';
import {
  ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_SOURCE_QUENCH, NR_ICMP_UNREACH,
} from '../../wire/icmp.js';
import { IPPROTO_ICMP, IPPROTO_UDP, ipv4IsMulticast } from '../../wire/ipv4.js';
import { getU32, putU32 } from '../../wire/bytes.js';

/** The errors of the socket calls: the control plane's plus those only sockets see. */
export type SockErrno = Errno | 'EPROTO' | 'EHOSTDOWN' | 'ENONET' | 'EDESTADDRREQ';

/** strerror() of the socket-only errors. */
export const sockStrerror: Record<Exclude<SockErrno, Errno>, string> = {
  EPROTO: 'Protocol error',
  EHOSTDOWN: 'Host is down',
  ENONET: 'Machine is not on the network',
  EDESTADDRREQ: 'Destination address required',
};

/** strerror() of any socket errno. */
export function sockErrText(e: SockErrno): string {
  return e in sockStrerror ? sockStrerror[e as keyof typeof sockStrerror] : strerror[e as Errno];
}

/** include/uapi/linux/in.h IP_PMTUDISC_* */
export const IP_PMTUDISC_DONT = 0;
export const IP_PMTUDISC_WANT = 1;
export const IP_PMTUDISC_DO = 2;
export const IP_PMTUDISC_PROBE = 3;
export const IP_PMTUDISC_INTERFACE = 4;
export const IP_PMTUDISC_OMIT = 5;

/** net.core.rmem_default: what a socket may hold before it drops. */
const SK_RCVBUF_DEFAULT = 212992;

/** icmp_err_convert[]: errno and "fatal" per destination-unreachable code (RFC 1122 3.2.2.1). */
const ICMP_ERR_CONVERT: ReadonlyArray<readonly [SockErrno, boolean]> = [
  ['ENETUNREACH', false], ['EHOSTUNREACH', false], ['ENOPROTOOPT', true], ['ECONNREFUSED', true],
  ['EMSGSIZE', false], ['EOPNOTSUPP', false], ['ENETUNREACH', true], ['EHOSTDOWN', true], ['ENONET', true],
  ['ENETUNREACH', true], ['EHOSTUNREACH', true], ['ENETUNREACH', false], ['EHOSTUNREACH', false],
  ['EHOSTUNREACH', true], ['EHOSTUNREACH', true], ['EHOSTUNREACH', true],
];

/** A received datagram: the whole IP packet, as recvfrom() on a raw socket gives it. */
export interface RawMsg {
  readonly data: Uint8Array;
  /** msg_name: the IP source. */
  readonly saddr: number;
  readonly daddr: number;
  readonly ttl: number;
  readonly tos: number;
  /** The input device (IP_PKTINFO ipi_ifindex). */
  readonly ifindex: number;
  /** SO_TIMESTAMP: virtual ns of reception. */
  readonly tstamp: number;
}

/** struct sock_extended_err and what recvmsg(MSG_ERRQUEUE) returns with it. */
export interface SockExtendedErr {
  readonly errno: SockErrno;
  /** SO_EE_ORIGIN_LOCAL or SO_EE_ORIGIN_ICMP */
  readonly origin: 'local' | 'icmp';
  readonly type: number;
  readonly code: number;
  /** ee_info: next-hop MTU, gateway, pointer, or the local MTU. */
  readonly info: number;
  /** SO_EE_OFFENDER: who sent the ICMP error (0 for local errors). */
  readonly offender: number;
  /** msg_name: the destination of the packet the error is about. */
  readonly target: number;
  /** The data: the quoted transport header onward (the payload we sent). */
  readonly payload: Uint8Array;
}

export interface SendOpts {
  /** IP_TTL cmsg for this datagram. */
  ttl?: number;
  /** IP_TOS cmsg. */
  tos?: number;
  /** true: as IP_PMTUDISC_DO; false: as IP_PMTUDISC_DONT (this datagram only). */
  df?: boolean;
  /** IP_PKTINFO ipi_ifindex. */
  oif?: number;
  /** IP_PKTINFO ipi_spec_dst: the source address. */
  saddr?: number;
}

/** What wait() ended on: data or an error to read, the timeout, or a signal (EINTR). */
export type WaitResult = 'ready' | 'timeout' | 'intr';

const socks = new WeakMap<Net, Set<RawSocket>>();


/** struct raw_sock / inet_sock: the state a raw socket keeps. */
export class RawSocket implements RawSock {
  boundDev = 0;
  /** inet_rcv_saddr / inet_saddr (bind), inet_daddr (connect). */
  rcvSaddr = 0;
  saddr = 0;
  daddr = 0;
  hdrincl = false;
  recverr = false;
  /** IP_TTL (-1: the route's or ip_default_ttl), IP_MULTICAST_TTL. */
  ucTtl = -1;
  mcTtl = 1;
  tos = 0;
  pmtudisc: number;
  mark = 0;
  /** SO_BROADCAST */
  broadcast = false;
  /** SO_DONTROUTE */
  dontroute = false;
  /** ICMP_FILTER: bit `type` set blocks that type (types below 32). */
  icmpFilter = 0;
  /** SO_RCVTIMEO for recv(), ns (Infinity: block). */
  rcvtimeo = Infinity;
  rcvbuf = SK_RCVBUF_DEFAULT;
  /** sk_err: the pending error the next receive returns. */
  skErr: SockErrno | null = null;
  /** Datagrams dropped for a full receive buffer (sk_drops). */
  drops = 0;
  private readonly queue: RawMsg[] = [];
  private queued = 0;
  private readonly errQueue: SockExtendedErr[] = [];
  private waiter: { resolve: (r: WaitResult) => void; timer: Timer | null; errQueue: boolean } | null = null;
  private closed = false;

  constructor(
    readonly net: Net,
    readonly protocol: number,
  ) {
    this.pmtudisc = net.ipv4.sysctl.ipNoPmtuDisc ? IP_PMTUDISC_DONT : IP_PMTUDISC_WANT;
    rawHashSk(this);
    let set = socks.get(net);
    if (!set) socks.set(net, (set = new Set()));
    set.add(this);
  }

  get connected(): boolean {
    return this.daddr !== 0;
  }

  /* ---------------- options ---------------- */

  /** IP_TTL: 1..255, or -1 for the default. */
  setTtl(ttl: number): SockErrno | null {
    if (ttl !== -1 && (ttl < 1 || ttl > 255)) return 'EINVAL';
    this.ucTtl = ttl;
    return null;
  }

  /** IP_MTU_DISCOVER */
  setMtuDiscover(v: number): SockErrno | null {
    if (v < IP_PMTUDISC_DONT || v > IP_PMTUDISC_OMIT) return 'EINVAL';
    this.pmtudisc = v;
    return null;
  }

  /** SO_BINDTODEVICE by name ("" unbinds). */
  bindToDevice(name: string): SockErrno | null {
    if (name === '') {
      this.boundDev = 0;
      return null;
    }
    const dev = this.net.devByName(name);
    if (!dev) return 'ENODEV';
    this.boundDev = dev.ifindex;
    return null;
  }

  /** ICMP_FILTER (SOL_RAW): only on IPPROTO_ICMP sockets. */
  setIcmpFilter(mask: number): SockErrno | null {
    if (this.protocol !== IPPROTO_ICMP) return 'EOPNOTSUPP';
    this.icmpFilter = mask >>> 0;
    return null;
  }

  /**
   * raw_bind(): the address must be local, broadcast or multicast (or
   * anything, with ip_nonlocal_bind); `dev` binds to a device too.
   */
  bind(addr: number, dev?: string): SockErrno | null {
    if (dev !== undefined) {
      const e = this.bindToDevice(dev);
      if (e) return e;
    }
    const type = this.net.ipv4.fib.addrTypeTable(addr, RT_TABLE_LOCAL);
    const ok = this.net.ipv4.sysctl.ipNonlocalBind || addr === 0 || type === RTN_LOCAL || type === RTN_MULTICAST || type === RTN_BROADCAST;
    if (!ok) return 'EADDRNOTAVAIL';
    this.rcvSaddr = this.saddr = addr >>> 0;
    if (type === RTN_MULTICAST || type === RTN_BROADCAST) this.saddr = 0;
    return null;
  }

  /** ip4_datagram_connect(): fix the peer; the route must exist and (without SO_BROADCAST) not be broadcast. */
  connect(daddr: number): SockErrno | null {
    const r = ip4DatagramConnect(this.net, daddr, {
      oif: this.boundDev, tos: this.tos, mark: this.mark, broadcast: this.broadcast, saddr: this.saddr, protocol: this.protocol,
    });
    if (typeof r === 'string') return r;
    if (!this.saddr) this.saddr = r.saddr;
    if (!this.rcvSaddr) this.rcvSaddr = r.saddr;
    this.daddr = daddr >>> 0;
    return null;
  }

  /* ---------------- receive side ---------------- */

  /**
   * raw_v4_input() match + raw_rcv(): the kernel hands a clone whose data is
   * the transport header; queue the whole IP packet. True when this socket
   * matched (even if ICMP_FILTER then blocked the packet).
   */
  rcv(skb: SkBuff): boolean {
    if (this.closed) return false;
    const b = skb.buf;
    const nh = skb.networkHeader;
    const saddr = getU32(b, nh + 12);
    const daddr = getU32(b, nh + 16);
    if (this.daddr && this.daddr !== saddr) return false;
    if (this.rcvSaddr && this.rcvSaddr !== daddr) return false;
    if (this.protocol === IPPROTO_ICMP && this.icmpFiltered(b[skb.transportHeader])) return true;
    const data = b.slice(nh, skb.tail);
    if (this.queued + data.length > this.rcvbuf) {
      this.drops++;
      return true;
    }
    this.queued += data.length;
    this.queue.push({
      data, saddr, daddr, ttl: b[nh + 8]!, tos: b[nh + 1]!, ifindex: skb.dev?.ifindex ?? skb.skbIif, tstamp: this.net.sched.now,
    });
    this.wake('ready');
    return true;
  }

  /** icmp_filter(): 1 blocks. Unknown types (32 and up) are never blocked. */
  private icmpFiltered(type: number | undefined): boolean {
    if (type === undefined) return true;
    return type < 32 && ((1 << type) & this.icmpFilter) !== 0;
  }

  /** Data, an error or an entry of the error queue is waiting (POLLIN | POLLERR). */
  get readable(): boolean {
    return this.queue.length > 0 || this.skErr !== null || this.errQueue.length > 0;
  }

  /** The error queue is not empty (POLLERR without sk_err). */
  get hasErrQueue(): boolean {
    return this.errQueue.length > 0;
  }

  /**
   * recvmsg(MSG_DONTWAIT): sock_error() first (returns and clears sk_err),
   * then the oldest datagram, else EAGAIN.
   */
  recvmsg(): RawMsg | SockErrno {
    if (this.skErr) {
      const e = this.skErr;
      this.skErr = null;
      return e;
    }
    const m = this.queue.shift();
    if (!m) return 'EAGAIN';
    this.queued -= m.data.length;
    return m;
  }

  /**
   * ip_recv_error(): recvmsg(MSG_ERRQUEUE). sk_err then reflects the next
   * queued ICMP error, or is cleared (sock_dequeue_err_skb()).
   */
  recvErr(): SockExtendedErr | null {
    const e = this.errQueue.shift();
    if (!e) return null;
    const next = this.errQueue[0];
    if (next && next.origin === 'icmp') this.skErr = next.errno;
    else if (e.origin === 'icmp') this.skErr = null;
    return e;
  }

  /**
   * Block until something can be read, `timeoutNs` of virtual time passes
   * (Infinity: forever) or interrupt() is called. `errQueue`: an entry of
   * the error queue wakes too, as poll() reports POLLERR; a blocking
   * recvmsg() wakes only for data or sk_err.
   */
  wait(timeoutNs: number, errQueue = true): Promise<WaitResult> {
    if (this.queue.length > 0 || this.skErr !== null || (errQueue && this.errQueue.length > 0)) return Promise.resolve('ready');
    if (this.closed) return Promise.resolve('intr');
    this.wake('intr');
    return new Promise((resolve) => {
      const timer = Number.isFinite(timeoutNs) ? this.net.sched.schedule(Math.max(0, timeoutNs), () => this.wake('timeout')) : null;
      this.waiter = { resolve, timer, errQueue };
    });
  }

  /** A signal: a blocked wait() returns 'intr' (EINTR). */
  interrupt(): void {
    this.wake('intr');
  }

  /** recvfrom() honouring SO_RCVTIMEO: the next datagram, or null on timeout, signal or close. */
  async recv(timeoutNs = this.rcvtimeo): Promise<RawMsg | null> {
    for (;;) {
      const m = this.queue.shift();
      if (m) {
        this.queued -= m.data.length;
        return m;
      }
      const r = await this.wait(timeoutNs);
      if (r !== 'ready') return null;
      if (this.queue.length === 0) return null;
    }
  }

  private wake(r: WaitResult): void {
    const w = this.waiter;
    if (!w) return;
    this.waiter = null;
    this.net.sched.cancel(w.timer);
    w.resolve(r);
  }

  /** raw_close(): unhash; a blocked wait() returns. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    rawUnhashSk(this);
    socks.get(this.net)?.delete(this);
    this.wake('intr');
  }

  /* ---------------- error queue ---------------- */

  /** sock_queue_err_skb(): refused when the receive buffer is full. */
  queueErr(e: SockExtendedErr): void {
    if (this.queued + e.payload.length >= this.rcvbuf) return;
    this.errQueue.push(e);
    if (this.waiter?.errQueue) this.wake('ready');
  }

  /** sk->sk_err = err; sk_error_report(): a blocked receive returns it. */
  setSkErr(err: SockErrno): void {
    this.skErr = err;
    this.wake('ready');
  }

  /** ip_local_error(): with IP_RECVERR, a local error (EMSGSIZE) joins the error queue. */
  localError(err: SockErrno, daddr: number, info: number): void {
    if (!this.recverr) return;
    this.queueErr({ errno: err, origin: 'local', type: 0, code: 0, info, offender: 0, target: daddr, payload: new Uint8Array(0) });
  }

  /* ---------------- send side ---------------- */

  /**
   * raw_sendmsg(): route `daddr` (or the connected peer when 0), refuse
   * broadcast without SO_BROADCAST, then send `payload` behind an IP header
   * (or as the whole packet with IP_HDRINCL). Returns the bytes sent or the
   * errno sendto(2) would set.
   */
  sendto(daddr: number, payload: Uint8Array, opts: SendOpts = {}): number | SockErrno {
    if (payload.length > 0xffff) return 'EMSGSIZE';
    if (!daddr) {
      if (!this.connected) return 'EDESTADDRREQ';
      daddr = this.daddr;
    }
    const fl4 = this.outputFlow(daddr >>> 0, payload, opts);
    const rt = ipRouteOutputKey(this.net, fl4);
    if (typeof rt === 'string') return rt;
    if (rt.flags & RTCF_BROADCAST && !this.broadcast) return 'EACCES';
    const err = this.hdrincl ? this.sendHdrinc(fl4, rt, payload) : this.appendData(fl4, rt, payload, opts);
    return err ?? payload.length;
  }

  /** flowi4_init_output() of raw_sendmsg(). */
  private outputFlow(daddr: number, payload: Uint8Array, opts: SendOpts): Flowi4 {
    const icmp = this.protocol === IPPROTO_ICMP && !this.hdrincl && payload.length >= 2;
    return newFlowi4({
      daddr, saddr: opts.saddr ?? this.saddr, oif: opts.oif || this.boundDev, iif: 1, mark: this.mark,
      tos: rtTos(opts.tos ?? this.tos), scope: this.dontroute ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE,
      proto: this.hdrincl ? 255 : this.protocol, sport: icmp ? (payload[0]! << 8) | payload[1]! : 0,
    });
  }

  /**
   * ip_append_data() + ip_push_pending_frames() for one datagram: the size
   * check against the path MTU (IP_PMTUDISC_DO/PROBE) or 64 KiB, DF, TTL,
   * TOS, and out. Fragmentation is ip_fragment's business further down.
   */
  private appendData(fl4: Flowi4, rt: Rtable, payload: Uint8Array, opts: SendOpts): SockErrno | null {
    const pmtudisc = opts.df === undefined ? this.pmtudisc : opts.df ? IP_PMTUDISC_DO : IP_PMTUDISC_DONT;
    const mtu = pmtudisc < IP_PMTUDISC_PROBE ? dstMtu(rt) : Math.min(rt.dev.mtu, 0xffff);
    if (mtu < 68) return 'ENETUNREACH';
    const ignoreDf = pmtudisc < IP_PMTUDISC_DO || pmtudisc === IP_PMTUDISC_OMIT;
    const maxnonfragsize = ignoreDf ? 0xffff : mtu;
    if (payload.length > maxnonfragsize - 20) {
      this.localError('EMSGSIZE', fl4.daddr, mtu);
      return 'EMSGSIZE';
    }
    const skb = ipAllocSkb(payload.length);
    skb.buf.set(payload, skb.data);
    const locked = ((rt.metrics?.[RTAX_LOCK] ?? 0) & (1 << RTAX_MTU)) !== 0;
    const df = pmtudisc === IP_PMTUDISC_DO || pmtudisc === IP_PMTUDISC_PROBE ||
      (payload.length + 20 <= dstMtu(rt) && pmtudisc === IP_PMTUDISC_WANT && !locked);
    let ttl = opts.ttl ?? 0;
    if (!ttl) ttl = ipv4IsMulticast(fl4.daddr) ? this.mcTtl : this.ucTtl >= 0 ? this.ucTtl : ipSelectTtl(this.net, rt);
    skb.mark = this.mark;
    ipPushHeader(this.net, skb, {
      saddr: fl4.saddr, daddr: fl4.daddr, protocol: this.protocol, tos: opts.tos ?? this.tos, ttl, fragOff: df ? IP_DF : 0,
    });
    if (this.protocol === IPPROTO_ICMP) icmpOutCount(this.net, payload[0] ?? 0);
    ipLocalOut(this.net, skb, rt);
    return null;
  }

  /**
   * raw_send_hdrinc(): the caller wrote the IP header; the kernel fills a
   * zero source, the total length, a zero id and the checksum.
   */
  private sendHdrinc(fl4: Flowi4, rt: Rtable, pkt: Uint8Array): SockErrno | null {
    if (pkt.length > rt.dev.mtu) {
      this.localError('EMSGSIZE', fl4.daddr, rt.dev.mtu);
      return 'EMSGSIZE';
    }
    const skb = ipAllocSkb(pkt.length);
    const o = skb.data;
    const b = skb.buf;
    b.set(pkt, o);
    const ihl = pkt.length > 0 ? (pkt[0]! & 0x0f) * 4 : 0;
    if (ihl > pkt.length) {
      this.net.mib.ip[IpStat.OUTDISCARDS]!++;
      return 'EINVAL';
    }
    skb.networkHeader = o;
    skb.transportHeader = o + ihl;
    if (ihl >= 20) {
      if (!getU32(b, o + 12)) putU32(b, o + 12, fl4.saddr);
      b[o + 2] = pkt.length >>> 8;
      b[o + 3] = pkt.length & 0xff;
    }
    skb.protocol = 0x0800;
    skb.mark = this.mark;
    if (b[o + 9] === IPPROTO_ICMP && ihl < pkt.length) icmpOutCount(this.net, b[o + ihl]!);
    ipLocalOut(this.net, skb, rt);
    return null;
  }
}

/** socket(AF_INET, SOCK_RAW, protocol) */
export function rawSocket(net: Net, protocol: number): RawSocket {
  return new RawSocket(net, protocol);
}

/* ------------------------------------------------------------------ */
/* ICMP errors to raw sockets                                          */

/**
 * raw_icmp_error(): an ICMP error quoting a packet of `protocol` reaches
 * every raw socket of that protocol whose addresses and device match the
 * quoted packet (sent by them: its daddr is their peer, its saddr their
 * bound address). skb.data is the quoted IP header.
 */
export function rawIcmpError(skb: SkBuff, protocol: number, info: number): void {
  const dev = skb.dev;
  const net = dev?.net;
  if (!net) return;
  const set = socks.get(net);
  if (!set) return;
  const b = skb.buf;
  const daddr = getU32(b, skb.data + 16);
  const saddr = getU32(b, skb.data + 12);
  for (const sk of [...set]) {
    if (sk.protocol !== protocol) continue;
    if (sk.daddr && sk.daddr !== daddr) continue;
    if (sk.rcvSaddr && sk.rcvSaddr !== saddr) continue;
    if (sk.boundDev && sk.boundDev !== dev.ifindex) continue;
    rawErr(sk, skb, info);
  }
}

/**
 * raw_err(): PMTU and redirects update the socket's route; otherwise the
 * error is reported when IP_RECVERR is on (or the socket is connected and
 * the error is hard): the error queue gets it and sk_err is set.
 */
function rawErr(sk: RawSocket, skb: SkBuff, info: number): void {
  const b = skb.buf;
  const type = b[skb.transportHeader]!;
  const code = b[skb.transportHeader + 1]!;
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) sk.net.world.inet.routeError.skUpdatePmtu(skb, sk.net, info, sk);
  else if (type === ICMP_REDIRECT) {
    sk.net.world.inet.routeError.skRedirect(skb, sk.net, sk);
    return;
  }
  if (!sk.recverr && !sk.connected) return;
  let err: SockErrno = 'EHOSTUNREACH';
  let harderr = false;
  if (type === ICMP_SOURCE_QUENCH) return;
  if (type === ICMP_PARAMETERPROB) {
    err = 'EPROTO';
    harderr = true;
  } else if (type === ICMP_DEST_UNREACH && code <= NR_ICMP_UNREACH) {
    [err, harderr] = ICMP_ERR_CONVERT[code]!;
    if (code === ICMP_FRAG_NEEDED) {
      harderr = sk.pmtudisc !== IP_PMTUDISC_DONT;
      err = 'EMSGSIZE';
    }
  }
  if (sk.recverr) ipIcmpError(sk, skb, err, type, code, info);
  if (sk.recverr || harderr) sk.setSkErr(err);
}

/** ip_icmp_error(): queue the error with the ICMP sender as offender and the quoted payload. */
function ipIcmpError(sk: RawSocket, skb: SkBuff, err: SockErrno, type: number, code: number, info: number): void {
  const b = skb.buf;
  const iph = skb.data;
  const payloadAt = sk.hdrincl ? iph : iph + (b[iph]! & 0x0f) * 4;
  sk.queueErr({
    errno: err, origin: 'icmp', type, code, info, offender: getU32(b, skb.networkHeader + 12), target: getU32(b, iph + 16),
    payload: b.slice(payloadAt, skb.tail),
  });
}

/* ------------------------------------------------------------------ */
/* Datagram connect                                                    */

export interface ConnectOpts {
  oif?: number;
  tos?: number;
  mark?: number;
  /** SO_BROADCAST */
  broadcast?: boolean;
  saddr?: number;
  protocol?: number;
  dport?: number;
}

/**
 * __ip4_datagram_connect() of a UDP (or raw) socket: route to `daddr`
 * (ip_route_connect), refuse a broadcast route without SO_BROADCAST
 * (EACCES), and report the source the route chose (getsockname()).
 * ENETUNREACH counts OutNoRoutes.
 */
export function ip4DatagramConnect(net: Net, daddr: number, o: ConnectOpts = {}): { saddr: number; rt: Rtable } | SockErrno {
  const fl4 = newFlowi4({
    daddr: daddr >>> 0, saddr: o.saddr ?? 0, oif: o.oif ?? 0, iif: 1, tos: rtTos(o.tos ?? 0), mark: o.mark ?? 0,
    proto: o.protocol ?? IPPROTO_UDP, dport: o.dport ?? 0,
  });
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') {
    if (rt === 'ENETUNREACH') net.mib.ip[IpStat.OUTNOROUTES]!++;
    return rt;
  }
  if (rt.flags & RTCF_BROADCAST && !o.broadcast) return 'EACCES';
  return { saddr: fl4.saddr, rt };
}
