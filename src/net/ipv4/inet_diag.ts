/**
 * inet_diag: the NETLINK_SOCK_DIAG dump of a namespace's TCP and UDP
 * sockets (SOCK_DIAG_BY_FAMILY, AF_INET) as ss reads it — listeners, then
 * the established table (connections, SYN_RECV requests, TIME_WAIT) for
 * TCP, the UDP table for UDP — filtered by the request's state mask, with
 * the extensions asked for (tcp_info, skmeminfo, congestion control,
 * shutdown). Also /proc/net/tcp, /proc/net/udp, udplite and sockstat.
 * @linux net/ipv4/inet_diag.c inet_sk_diag_fill(), net/ipv4/tcp.c tcp_get_info(), net/ipv4/tcp_ipv4.c tcp4_seq_show()
 */
import type { Net, NetWorld } from '../core/net_namespace.js';
import { jiffiesToClockT } from './nexthop_res.js';
import type { Timer } from '../../sim/scheduler.js';
import { jiffiesAt } from '../../sim/timer_wheel.js';
import { KError } from '../core/errno.js';
import { SOCK_BINDPORT_LOCK, SOCK_DEAD, TCP_CLOSE, TCP_LISTEN } from '../core/sock.js';
import { AF_INET } from '../../uapi/linux/socket.js';
import { IPPROTO_TCP, IPPROTO_UDP } from '../../uapi/linux/in.js';
import { sockDiagRegister } from '../core/sock_diag.js';
import {
  IDIAG_TIMER_KEEPALIVE, IDIAG_TIMER_OFF, IDIAG_TIMER_ON, IDIAG_TIMER_PERSIST, IDIAG_TIMER_TIMEWAIT, INET_DIAG_CONG,
  INET_DIAG_INFO, INET_DIAG_MEMINFO, INET_DIAG_SKMEMINFO, TCPI_OPT_ECN, TCPI_OPT_ECN_SEEN, TCPI_OPT_SACK,
  TCPI_OPT_TIMESTAMPS, TCPI_OPT_WSCALE, type InetDiagBc, type InetDiagMsg, type InetDiagReqV2, type TcpInfo,
} from '../../uapi/linux/inet_diag.js';
import { TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT, TCP_INFINITE_SSTHRESH, type TcpSock } from './tcp.js';
import { tcpPacingRate } from './tcp_output.js';
import { tcpAbort } from './tcp_timer.js';
import type { UdpSocket } from './udp_sock.js';
import { udp4LibLookup } from './udp_lookup.js';
import type { InetSock } from './inet_sock.js';
import { tcpChronoStatsUs } from './tcp_chrono.js';
import { TCP_ECN_OK, TCP_ECN_SEEN } from './tcp_ecn.js';

/** jiffies (HZ 250) of a duration in ns, as µs: the kernel's 4 ms granularity. */
function jiffiesUs(ns: number): number {
  return Math.ceil(ns / 4e6) * 4000;
}

/** tcp_get_info() */
export function tcpGetInfo(sk: TcpSock): TcpInfo {
  const now = sk.net.sched.now;
  // jiffies_to_msecs(now - stamp): whole jiffies (4 ms).
  const ms = (t: number): number => Math.floor((now - t) / 4e6) * 4;
  let lost = 0;
  let sacked = 0;
  let retrans = 0;
  for (const seg of sk.rtxQueue) {
    // lost_out: TCPCB_LOST stays on a lost segment once retransmitted (tuxnet's seg.lost is cleared then: wasLost), until SACKed or ACKed.
    if (seg.lost || (seg.retrans && seg.wasLost && !seg.sacked)) lost++;
    if (seg.sacked) sacked++;
    if (seg.retrans) retrans++;
  }
  const listen = sk.skState === TCP_LISTEN;
  // Before the SYN-ACK: rx_opt's tstamp_ok, sack_ok, wscale_ok are still 0 (tcp_syn_options() reads the sysctls),
  // sk_pacing_rate is ~0UL (not shown) and rcvq_space unset (tcp_init_buffer_space() runs at establishment).
  const synSent = sk.skState === TCP_SYN_SENT;
  const chrono: readonly [number, number, number] = listen ? [0, 0, 0] : tcpChronoStatsUs(sk);
  return {
    state: sk.skState, caState: sk.caState, retransmits: sk.retransmits, probes: sk.probesOut, backoff: sk.backoff,
    options: (synSent ? 0 : (sk.tstampOk ? TCPI_OPT_TIMESTAMPS : 0) | (sk.sackOk ? TCPI_OPT_SACK : 0) | (sk.wscaleOk ? TCPI_OPT_WSCALE : 0)) |
      (sk.ecnFlags & TCP_ECN_OK ? TCPI_OPT_ECN : 0) | (sk.ecnFlags & TCP_ECN_SEEN ? TCPI_OPT_ECN_SEEN : 0),
    sndWscale: sk.sndWscale, rcvWscale: sk.rcvWscale, rto: jiffiesUs(sk.rto), ato: listen || !sk.dataSeen ? 0 : jiffiesUs(sk.ato),
    sndMss: sk.mssCache, rcvMss: sk.rcvMss, unacked: listen ? sk.acceptQueue.length : sk.rtxQueue.length,
    sacked: listen ? sk.maxAckBacklog : sacked, lost, retrans, lastDataSent: listen ? 0 : ms(sk.info.lastDataSent),
    lastDataRecv: listen ? 0 : ms(sk.info.lastDataRecv), lastAckRecv: listen ? 0 : ms(sk.info.lastAckRecv),
    pmtu: sk.pmtuCookie, rcvSsthresh: sk.rcvq.rcvSsthresh || sk.rcvWnd, rtt: sk.srtt >> 3, rttvar: sk.mdev >> 2,
    sndSsthresh: sk.sndSsthresh >= TCP_INFINITE_SSTHRESH ? TCP_INFINITE_SSTHRESH : sk.sndSsthresh, sndCwnd: sk.sndCwnd,
    advmss: sk.advmss, reordering: sk.rack.reordering, rcvSpace: synSent ? 0 : sk.rcvq.space || Math.min(sk.rcvWnd, 10 * sk.advmss), totalRetrans: sk.info.totalRetrans,
    bytesAcked: sk.info.bytesAcked, bytesReceived: sk.info.bytesReceived, segsOut: sk.info.segsOut, segsIn: sk.info.segsIn,
    notsentBytes: sk.writeQueue.reduce((n, s) => n + s.len, 0),
    minRtt: sk.rack.minRttUs === 0xffffffff ? 0 : sk.rack.minRttUs,
    dataSegsIn: sk.info.dataSegsIn, dataSegsOut: sk.info.dataSegsOut, delivered: sk.info.delivered,
    bytesSent: sk.info.bytesSent, bytesRetrans: sk.info.bytesRetrans, sndWnd: sk.sndWnd,
    pacingRate: listen || synSent ? 0 : tcpPacingRate(sk), deliveryRate: sk.info.deliveryRate,
    deliveryRateAppLimited: !listen && sk.info.rateAppLimited, rcvRtt: sk.rcvq.rttUs >> 3, reordSeen: sk.rack.reordSeen,
    dsackDups: sk.undo.dsackDups, busyTime: chrono[0], rwndLimited: chrono[1], sndbufLimited: chrono[2],
  };
}

/**
 * A timewait socket (inet_timewait_sock): TIME_WAIT, or an orphan's
 * FIN_WAIT2 waiting on its tw timer (tcp_time_wait(sk, TCP_FIN_WAIT2, tmo)).
 */
function isTimewaitSock(sk: TcpSock): boolean {
  return sk.skState === TCP_TIME_WAIT || (sk.skState === TCP_FIN_WAIT2 && !!sk.twTimer);
}

/** The timer a TCP socket shows (idiag_timer, expires in ms, retrans). */
function tcpTimer(sk: TcpSock): [number, number, number] {
  const now = sk.net.sched.now;
  const left = (when: number): number => Math.max(0, Math.ceil((when - now) / 1e6));
  // icsk_timeout / sk_timer.expires: the jiffy the timer was armed for, not the later one its wheel bucket fires at.
  const armed = (t: Timer): number => (Number.isNaN(t.expires) ? left(t.when) : Math.max(0, t.expires - jiffiesAt(now)) * 4);
  if (isTimewaitSock(sk)) return [IDIAG_TIMER_TIMEWAIT, left(sk.twExpires), 0];
  const rtx = sk.rtxTimer;
  if (rtx && rtx.index >= 0) {
    if (sk.rtxQueue.length === 0) return [IDIAG_TIMER_PERSIST, armed(rtx), sk.probesOut];
    return [IDIAG_TIMER_ON, armed(rtx), sk.retransmits];
  }
  const ka = sk.keepaliveTimer;
  if (ka && ka.index >= 0) return [IDIAG_TIMER_KEEPALIVE, armed(ka), sk.probesOut];
  return [IDIAG_TIMER_OFF, 0, 0];
}

/**
 * inet_diag_msg_attrs_fill()'s INET_DIAG_CGROUP_ID (cgroup_id_from_sk()):
 * every lab process sits in the root cgroup, id 1.
 */
const LAB_CGROUP_ID = 1;

/** sk_get_meminfo(): r, rb, t, tb, f, w, o, bl, d */
function skMeminfo(sk: InetSock, wqueued: number): number[] {
  return [sk.skRmemAlloc, sk.skRcvbuf, 0, sk.skSndbuf, sk.skForwardAlloc, wqueued, 0, 0, sk.skDrops];
}

const want = (req: InetDiagReqV2, ext: number): boolean => (req.ext & (1 << (ext - 1))) !== 0;

/** inet_sk_diag_fill() of a TCP socket (tw and request sockets show fewer fields). */
function tcpDiagFill(sk: TcpSock, req: InetDiagReqV2): InetDiagMsg {
  const st = sk.skState;
  const [timer, expires, retrans] = tcpTimer(sk);
  const id = { sport: sk.inetNum, dport: sk.inetDport, src: sk.inetRcvSaddr, dst: sk.inetDaddr, if: sk.skBoundDevIf, cookie: sk.genCookie() };
  const mini = isTimewaitSock(sk) || st === TCP_SYN_RECV;
  const base = {
    family: AF_INET, state: st, timer, retrans, id, expires, uid: 0, inode: mini ? 0 : sk.ino, protocol: IPPROTO_TCP,
    rqueue: st === TCP_LISTEN ? sk.acceptQueue.length : mini ? 0 : sk.rcvQueued,
    wqueue: st === TCP_LISTEN ? sk.maxAckBacklog : mini ? 0 : sk.sndQueued,
  };
  if (mini) return base;
  return {
    ...base, mark: sk.skMark, shutdown: sk.skShutdown, cgroupId: LAB_CGROUP_ID,
    cong: want(req, INET_DIAG_CONG) ? sk.caOps.name : undefined,
    info: want(req, INET_DIAG_INFO) ? tcpGetInfo(sk) : undefined,
    skmeminfo: want(req, INET_DIAG_SKMEMINFO) || want(req, INET_DIAG_MEMINFO) ? skMeminfo(sk, sk.wmemQueued) : undefined,
  };
}

function udpDiagFill(sk: UdpSocket, req: InetDiagReqV2): InetDiagMsg {
  return {
    family: AF_INET, state: sk.skState, timer: 0, retrans: 0, expires: 0, uid: 0, inode: sk.ino, protocol: IPPROTO_UDP,
    id: { sport: sk.inetNum, dport: sk.inetDport, src: sk.inetRcvSaddr, dst: sk.inetDaddr, if: sk.skBoundDevIf, cookie: sk.genCookie() },
    rqueue: sk.rqueue, wqueue: 0, mark: sk.skMark, shutdown: sk.skShutdown, cgroupId: LAB_CGROUP_ID,
    skmeminfo: want(req, INET_DIAG_SKMEMINFO) || want(req, INET_DIAG_MEMINFO) ? skMeminfo(sk, 0) : undefined,
  };
}

/**
 * The TCP sockets of a namespace in dump order: listeners, then the
 * established table. Linux walks hash buckets salted per namespace; the
 * lab shows the buckets in creation order. Listeners of one address and
 * port share an lhash2 bucket, where __inet_hash() adds each at the head
 * (IPv4): the newest first.
 */
export function tcpSockets(net: Net): TcpSock[] {
  const h = net.ipv4.tcpHashinfo;
  const byIno = (a: TcpSock, b: TcpSock): number => a.ino - b.ino;
  const buckets = new Map<string, TcpSock[]>();
  for (const sk of h.listeners.all().sort(byIno)) {
    const key = `${sk.inetRcvSaddr}:${sk.inetNum}`;
    const b = buckets.get(key);
    if (b) b.unshift(sk);
    else buckets.set(key, [sk]);
  }
  return [...[...buckets.values()].flat(), ...h.established().sort(byIno)];
}

/**
 * inet_diag_bc_run() over inet_diag_bc_sk()'s entry: the ports, addresses,
 * bound device and mark of the socket; its sk_userlocks only when it is a
 * full socket (a TIME_WAIT or request socket has none, so it counts as
 * autobound).
 */
function inetDiagBcRun(bc: InetDiagBc, sk: InetSock, full: boolean): boolean {
  switch (bc.op) {
    case 'and': return inetDiagBcRun(bc.a, sk, full) && inetDiagBcRun(bc.b, sk, full);
    case 'or': return inetDiagBcRun(bc.a, sk, full) || inetDiagBcRun(bc.b, sk, full);
    case 'not': return !inetDiagBcRun(bc.a, sk, full);
    // INET_DIAG_BC_AUTO: the port was not given to bind().
    case 'auto': return !((full ? sk.skUserlocks : 0) & SOCK_BINDPORT_LOCK);
    case 'dev': return sk.skBoundDevIf === bc.ifindex;
    case 'mark': return ((sk.skMark & bc.mask) >>> 0) === bc.mark >>> 0;
    case 'port': {
      const p = bc.which === 'sport' ? sk.inetNum : sk.inetDport;
      // ss compiles gt as not S_LE and lt as not S_GE.
      switch (bc.cmp) {
        case 'gt': return p > bc.port;
        case 'lt': return p < bc.port;
        case 'ge': return p >= bc.port;
        default: return p <= bc.port;
      }
    }
    case 'addr': {
      const src = bc.which === 'src';
      if (bc.port !== -1 && (src ? sk.inetNum : sk.inetDport) !== bc.port) return false;
      if (bc.addr === null || bc.plen === 0) return true;
      const mask = (0xffffffff << (32 - bc.plen)) >>> 0;
      return (((src ? sk.inetRcvSaddr : sk.inetDaddr) & mask) >>> 0) === ((bc.addr & mask) >>> 0);
    }
  }
}

/** inet_diag_dump(): the sockets of the request's protocol whose state is in its mask and that pass its bytecode. */
function inetDiagDump(net: Net, req: InetDiagReqV2): InetDiagMsg[] {
  const bc = req.bc;
  const inState = (st: number): boolean => (req.states & (1 << st)) !== 0;
  if (req.protocol === IPPROTO_TCP) {
    return tcpSockets(net).filter((sk) => inState(sk.skState) && (!bc || inetDiagBcRun(bc, sk, !isTimewaitSock(sk) && sk.skState !== TCP_SYN_RECV)))
      .map((sk) => tcpDiagFill(sk, req));
  }
  if (req.protocol === IPPROTO_UDP) return net.ipv4.udpTable.all().filter((sk) => inState(sk.skState) && (!bc || inetDiagBcRun(bc, sk, true))).map((sk) => udpDiagFill(sk, req));
  // No raw_diag (CONFIG_INET_RAW_DIAG is not set on the reference kernel): inet_diag_lock_handler()
  // finds no handler for IPPROTO_RAW, and ss reads /proc/net/raw instead.
  throw new KError('ENOENT');
}

/**
 * inet_diag_cmd_exact() for SOCK_DESTROY: the socket of the request's id
 * (ENOENT when gone) gets sock_diag_destroy(ECONNABORTED): tcp_abort() for
 * TCP (its 4-tuple), udp_abort() for UDP (udp_diag_destroy()). Raw
 * sockets have no diag handler at all: ENOENT.
 */
function inetDiagDestroy(net: Net, req: InetDiagReqV2): void {
  const id = req.id;
  if (req.protocol === IPPROTO_UDP) return udpDiagDestroy(net, req);
  if (req.protocol !== IPPROTO_TCP) throw new KError('ENOENT');
  if (!id) throw new KError('EINVAL');
  const sk = tcpSockets(net).find((s) => s.inetRcvSaddr === id.src && s.inetDaddr === id.dst && s.inetNum === id.sport && s.inetDport === id.dport);
  if (!sk) throw new KError('ENOENT');
  tcpAbort(sk, 'ECONNABORTED');
}

/**
 * __udp_diag_destroy(): the socket a datagram from the id's dst:dport to
 * its src:sport on idiag_if would reach ("src and dst are swapped for
 * historical reasons"), which must be the one of the id's cookie.
 */
function udpDiagDestroy(net: Net, req: InetDiagReqV2): void {
  const id = req.id;
  if (!id) throw new KError('EINVAL');
  const sk = udp4LibLookup(net, id.dst, id.dport, id.src, id.sport, id.if);
  if (!sk || sk.genCookie() !== id.cookie) throw new KError('ENOENT');
  sk.abort('ECONNABORTED');
}

/** sock_diag_register(&inet_diag_handler): AF_INET requests come to inet_diag_dump() and inet_diag_cmd_exact(). */
export function inetDiagInit(world: NetWorld): void {
  sockDiagRegister(world, AF_INET, (net, req) => inetDiagDump(net, req as InetDiagReqV2), (net, req) => inetDiagDestroy(net, req as InetDiagReqV2));
}

/** The address:port of /proc/net/tcp and udp: the __be32 as a little-endian machine prints it. */
function hexAddr(a: number, port: number): string {
  const le = (((a & 0xff) << 24) | ((a >>> 8) & 0xff) << 16 | ((a >>> 16) & 0xff) << 8 | (a >>> 24)) >>> 0;
  return `${le.toString(16).toUpperCase().padStart(8, '0')}:${port.toString(16).toUpperCase().padStart(4, '0')}`;
}

const hex = (n: number, w: number): string => (n >>> 0).toString(16).toUpperCase().padStart(w, '0');

/**
 * sk_refcnt of a full socket: its own reference, and one for each timer_list
 * armed (sk_reset_timer()'s sock_hold()): the retransmit and delayed-ACK
 * timers until they fire, even cleared (TcpSock.rtxIdleUntil), keepalive.
 */
function tcpRefcnt(sk: TcpSock): number {
  const sched = sk.net.sched;
  const now = sched.now;
  return 1 + (sched.pending(sk.rtxTimer) || now < sk.rtxIdleUntil ? 1 : 0) + (sched.pending(sk.delackTimer) || now < sk.delackIdleUntil ? 1 : 0) +
    (sched.pending(sk.keepaliveTimer) ? 1 : 0);
}

/** tcp4_seq_show(): /proc/net/tcp */
export function procNetTcp(net: Net): string {
  let out = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode                                                     \n';
  tcpSockets(net).forEach((sk, i) => {
    const [timer, expires, retrans] = tcpTimer(sk);
    const d = tcpDiagFill(sk, { family: AF_INET, protocol: IPPROTO_TCP, ext: 0, states: -1 });
    // get_tcp4_sock(): a listener's rx_queue is its accept backlog, its tx_queue write_seq - snd_una (0).
    const tw = isTimewaitSock(sk);
    const tx = sk.skState === TCP_LISTEN ? 0 : d.wqueue;
    // The timer's jiffies left, the rto and the ato are printed as clock_t (USER_HZ): jiffies_delta_to_clock_t(), jiffies_to_clock_t().
    const when = jiffiesToClockT(Math.ceil(expires / 4));
    const line = `${String(i).padStart(4)}: ${hexAddr(sk.inetRcvSaddr, sk.inetNum)} ${hexAddr(sk.inetDaddr, sk.inetDport)} ${hex(sk.skState, 2)} ` +
      `${hex(tx, 8)}:${hex(d.rqueue, 8)} ${hex(timer, 2)}:${hex(when, 8)} ${hex(retrans, 8)} ${String(0).padStart(5)} ${String(0).padStart(8)} ${d.inode}`;
    // icsk_ack.ato is 0 until the first data (tcp_event_data_recv()); a listener's last column is fastopenq->max_qlen (no TCP_FASTOPEN: 0).
    const listen = sk.skState === TCP_LISTEN;
    const ato = listen || !sk.dataSeen ? 0 : jiffiesToClockT(Math.floor(sk.ato / 4e6));
    const last = listen ? 0 : sk.sndSsthresh >= TCP_INFINITE_SSTHRESH ? -1 : sk.sndSsthresh;
    // get_timewait4_sock(): a timewait socket (its substate as the state) has no inode, a refcount of 3.
    const tail = tw ? ' 3 0000000000000000' : ` ${tcpRefcnt(sk)} 0000000000000000 ${jiffiesToClockT(Math.floor(sk.rto / 4e6))} ${ato} 0 ${sk.sndCwnd} ${last}`;
    // seq_setwidth(seq, TMPSZ - 1) + seq_pad(): every line 149 columns.
    out += `${line}${tail}`.padEnd(149) + '\n';
  });
  return out;
}

/** udp4_seq_show(): /proc/net/udp */
export function procNetUdp(net: Net): string {
  return udpSeqShow(net.ipv4.udpTable.all());
}

/** udp4_seq_show() over udplite_table: /proc/net/udplite */
export function procNetUdplite(net: Net): string {
  return udpSeqShow(net.ipv4.udpliteTable.all());
}

/** udp4_seq_show(): seq_setwidth(seq, 127) and seq_pad(): the header and each line padded to 127 columns. */
function udpSeqShow(socks: readonly UdpSocket[]): string {
  let out = '   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops'.padEnd(127) + '\n';
  for (const sk of socks) {
    out += (`${String(sk.inetNum & 0x7f).padStart(5)}: ${hexAddr(sk.inetRcvSaddr, sk.inetNum)} ${hexAddr(sk.inetDaddr, sk.inetDport)} ${hex(sk.skState, 2)} ` +
      `${hex(0, 8)}:${hex(sk.rqueue, 8)} 00:00000000 00000000 ${String(0).padStart(5)} ${String(0).padStart(8)} ${sk.ino} 2 0000000000000000 ${sk.skDrops}`).padEnd(127) + '\n';
  }
  return out;
}

/** raw_seq_show(): /proc/net/raw, the slot being the protocol's bucket (RAW_HTABLE_SIZE 256). */
export function procNetRaw(net: Net): string {
  let out = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n';
  for (const sk of net.ipv4.rawV4Hashinfo.all().sort((a, b) => a.ino - b.ino)) {
    out += `${String(sk.inetNum & 0xff).padStart(4)}: ${hexAddr(sk.inetRcvSaddr, sk.inetNum)} ${hexAddr(sk.inetDaddr, 0)} ${hex(sk.skState, 2)} ` +
      `${hex(0, 8)}:${hex(sk.skRmemAlloc, 8)} 00:00000000 00000000 ${String(0).padStart(5)} ${String(0).padStart(8)} ${sk.ino} 2 0000000000000000 ${sk.skDrops}\n`;
  }
  return out;
}

/**
 * ping_v4_seq_show(): /proc/net/icmp lists the ICMP datagram ("ping")
 * sockets, header padded to 127 columns (seq_setwidth(), seq_pad()). The
 * lab has none (ping_group_range keeps root out by default; README): the
 * header alone.
 */
export function procNetIcmp(): string {
  return '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops'.padEnd(127) + '\n';
}

/** sockstat_seq_show(): /proc/net/sockstat */
export function procNetSockstat(net: Net): string {
  const tcp = tcpSockets(net);
  const inuse = tcp.filter((sk) => sk.skState !== TCP_TIME_WAIT && sk.skState !== TCP_SYN_RECV).length;
  const orphan = tcp.filter((sk) => sk.sockFlag(SOCK_DEAD) && sk.skState !== TCP_TIME_WAIT && sk.skState !== TCP_CLOSE).length;
  const tw = tcp.filter((sk) => sk.skState === TCP_TIME_WAIT).length;
  const alloc = tcp.filter((sk) => sk.skState !== TCP_TIME_WAIT).length;
  const udp = net.ipv4.udpTable.all().length;
  const udplite = net.ipv4.udpliteTable.all().length;
  const raw = net.ipv4.rawV4Hashinfo.all().length;
  // sock_inuse_get(): every socket of the namespace; the lab's are inet and packet ones.
  const sockets = inuse + udp + udplite + raw + net.packet.sklist.length;
  return `sockets: used ${sockets}\nTCP: inuse ${inuse} orphan ${orphan} tw ${tw} alloc ${alloc} mem 0\nUDP: inuse ${udp} mem 0\nUDPLITE: inuse ${udplite}\nRAW: inuse ${raw}\nFRAG: inuse 0 memory 0\n`;
}

