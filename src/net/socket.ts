/**
 * The socket calls of userland: socket(), bind(), connect(), sendto() /
 * sendmsg(), recvfrom() / recvmsg(), setsockopt() / getsockopt(),
 * getsockname(), poll() and close(). Each returns what the syscall returns
 * (a value) or the errno it sets. Calls that may sleep take the caller's
 * Task: a signal ends the sleep with EINTR; time is the lab's virtual clock.
 * The lab's processes run as root (CAP_NET_RAW, CAP_NET_ADMIN).
 * @linux net/socket.c, net/ipv4/af_inet.c inet_create(), fs/select.c do_poll()
 */
import type { Net } from './core/net_namespace.js';
import type { Errno } from './core/errno.js';
import type { Sock, SockOptVal } from './core/sock.js';
import { sockError, sockRcvDeadline } from './core/sock.js';
import { waitEvent, type Task } from '../sim/wait.js';
import type { Scheduler } from '../sim/scheduler.js';
import {
  AF_INET, AF_PACKET, MSG_DONTWAIT, POLLERR, POLLHUP, POLLNVAL, POLLOUT, SOCK_CLOEXEC, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_RAW,
  SOCK_SEQPACKET, SOCK_STREAM, SOCK_TYPE_MASK, SCM_TIMESTAMP, SCM_TIMESTAMPNS, SOL_IP, SOL_SOCKET, type Cmsg,
  type MsgIn, type MsgOut, type Timespec, type Timeval,
} from '../uapi/linux/socket.js';
import { IPPROTO_ICMP, IPPROTO_IP, IPPROTO_MAX, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_UDPLITE, IP_RECVERR, type SockaddrIn } from '../uapi/linux/in.js';
import type { SockExtendedErr } from '../uapi/linux/errqueue.js';
import { RawSock } from './ipv4/raw.js';
import { PacketSock, packetCreate } from './packet/af_packet.js';
import type { SockFprog } from '../uapi/linux/filter.js';
import type { SockaddrLl, TpacketReq3, TpacketStats } from '../uapi/linux/if_packet.js';
import { UdpSocket } from './ipv4/udp_sock.js';
import { InetSock } from './ipv4/inet_sock.js';
import { ipMcDropSocket } from './ipv4/igmp_sock.js';
import { TcpSock, TCP_SYN_RECV, TCP_SYN_SENT } from './ipv4/tcp.js';
import { tcpReleaseSock, tcpV4Connect } from './ipv4/tcp_ipv4.js';
import { tcpGetInfo } from './ipv4/inet_diag.js';
import type { TcpInfo } from '../uapi/linux/inet_diag.js';
import { RCV_SHUTDOWN, SEND_SHUTDOWN, TCP_CLOSE, TCP_LISTEN } from './core/sock.js';
import { NETIF_F_GRO, NETIF_F_GSO, NETIF_F_LRO, NETIF_F_TSO } from './core/netdev_features.js';
import { devIoctl, devIoctlLookup, devSiocdevprivate, type Ifreq } from './core/dev_ioctl.js';
import { utf8Length } from './core/dev.js';
import { IFNAMSIZ } from './core/netdevice.js';
import { RT_TABLE_MAIN } from './ipv4/fib_types.js';
import { KError } from './core/errno.js';

/** include/uapi/linux/net.h socket_state: what inet_stream_connect() keeps between its calls. */
export const SS_UNCONNECTED = 1;
export const SS_CONNECTING = 2;
export const SS_CONNECTED = 3;

/** struct socket + its struct file: the handle a process holds. */
export class Socket {
  /** O_NONBLOCK of the file (SOCK_NONBLOCK). */
  nonblock: boolean;
  closed = false;
  /** sock->state of a stream socket (SS_UNCONNECTED, SS_CONNECTING, SS_CONNECTED). */
  state = SS_UNCONNECTED;

  constructor(
    readonly sk: Sock,
    flags: number,
  ) {
    this.nonblock = (flags & SOCK_NONBLOCK) !== 0;
    // Written once more so V8 does not track it as a constant: the first close() would recompile every send and receive path.
    this.closed = false;
  }
}

/**
 * inet_create(): SOCK_RAW with any protocol but 0; SOCK_DGRAM as UDP or UDP-Lite;
 * SOCK_STREAM as TCP. ICMP datagram ("ping") sockets are not implemented.
 */
function inetCreate(net: Net, type: number, protocol: number): Sock | Errno {
  if (protocol < 0 || protocol >= IPPROTO_MAX) return 'EINVAL';
  switch (type) {
    case SOCK_RAW:
      return protocol === IPPROTO_IP ? 'EPROTONOSUPPORT' : new RawSock(net, protocol);
    case SOCK_DGRAM:
      if (protocol === IPPROTO_IP || protocol === IPPROTO_UDP) return new UdpSocket(net);
      // udplite4_protosw: UDP-Lite (RFC 3828) is a UDP socket of its own protocol.
      if (protocol === IPPROTO_UDPLITE) return new UdpSocket(net, IPPROTO_UDPLITE);
      if (protocol === IPPROTO_ICMP) return pingInitSock(net);
      return 'EPROTONOSUPPORT';
    case SOCK_STREAM:
      return protocol === IPPROTO_IP || protocol === IPPROTO_TCP ? new TcpSock(net) : 'EPROTONOSUPPORT';
    case SOCK_SEQPACKET:
      return 'EPROTONOSUPPORT';
    default:
      return 'ESOCKTNOSUPPORT';
  }
}

/**
 * ping_init_sock(): the caller's group (root's 0) must be inside
 * net.ipv4.ping_group_range (default "1 0": nobody), else EACCES. Linux:
 * then an ICMP datagram socket; tuxnet has none yet.
 */
function pingInitSock(net: Net): Errno {
  const [low, high] = net.ipv4.sysctl.pingGroupRange;
  return low! <= 0 && 0 <= high! ? 'EPROTONOSUPPORT' : 'EACCES';
}

/** socket(2) */
export function socket(net: Net, family: number, type: number, protocol: number): Socket | Errno {
  const flags = type & ~SOCK_TYPE_MASK;
  if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK)) return 'EINVAL';
  if (family === AF_PACKET) {
    const pk = packetCreate(net, type & SOCK_TYPE_MASK, protocol);
    return typeof pk === 'string' ? pk : new Socket(pk, flags);
  }
  if (family !== AF_INET) return 'EAFNOSUPPORT';
  const sk = inetCreate(net, type & SOCK_TYPE_MASK, protocol);
  return typeof sk === 'string' ? sk : new Socket(sk, flags);
}

function open(s: Socket): Sock | Errno {
  return s.closed ? 'EBADF' : s.sk;
}

/** bind(2) */
export function bind(s: Socket, addr: SockaddrIn): 0 | Errno {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  if (addr.family !== AF_INET) return 'EAFNOSUPPORT';
  return sk.bind(addr) ?? 0;
}

/**
 * connect(2) that never sleeps: a datagram socket's, or a stream socket's
 * start (EINPROGRESS while the handshake runs; poll for POLLOUT, then
 * SO_ERROR says how it ended).
 */
export function connect(s: Socket, addr: SockaddrIn): 0 | Errno {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  if (sk instanceof TcpSock) return inetStreamConnect(s, sk, addr);
  return sk.connect(addr) ?? 0;
}

/**
 * __inet_stream_connect() without its sleep: a connected socket is
 * EISCONN; while the handshake runs a second call is EALREADY, once it has
 * ended it says how (connectSettled()); an unconnected one starts the
 * handshake (EINPROGRESS: the SYN-ACK is processed after the socket lock
 * is released, so the call never sees it).
 */
function inetStreamConnect(s: Socket, sk: TcpSock, addr: SockaddrIn): 0 | Errno {
  if (s.state === SS_CONNECTED) return 'EISCONN';
  if (s.state !== SS_CONNECTING) {
    const r = tcpV4Connect(sk, addr);
    if (r === 'EINPROGRESS') s.state = SS_CONNECTING;
    return r;
  }
  if (sk.skState === TCP_SYN_SENT || sk.skState === TCP_SYN_RECV) return 'EALREADY';
  return connectSettled(s, sk);
}

/**
 * The end of __inet_stream_connect(): "Connection was closed by RST,
 * timeout, ICMP error or another process disconnected us" gives the
 * socket's error once (sock_error(), else ECONNABORTED) and leaves it
 * unconnected, so that a further connect() starts anew; else connected.
 */
function connectSettled(s: Socket, sk: TcpSock): 0 | Errno {
  if (sk.skState === TCP_CLOSE) {
    s.state = SS_UNCONNECTED;
    return sockError(sk) ?? 'ECONNABORTED';
  }
  s.state = SS_CONNECTED;
  return 0;
}

/**
 * connect(2) as a blocking socket does it (inet_stream_connect()): start
 * the handshake, then sleep until it ends (0, or the error that ended it),
 * SO_SNDTIMEO passes (EINPROGRESS) or a signal comes (EINTR).
 */
export async function connectWait(s: Socket, addr: SockaddrIn, o: RecvOpts = {}): Promise<0 | Errno> {
  const r = connect(s, addr);
  if (r !== 'EINPROGRESS' || s.nonblock) return r;
  const sk = s.sk;
  const deadline = sk.net.sched.now + sk.skSndtimeo;
  const w = await waitEvent(sk.net.sched, sk.skWq, 0, () => sk.skState !== TCP_SYN_SENT, deadline, o.task ?? null);
  if (w === 'intr') return 'EINTR';
  if (w === 'timeout') return 'EINPROGRESS';
  return connectSettled(s, sk as TcpSock);
}

/** listen(2) */
export function listen(s: Socket, backlog: number): 0 | Errno {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  if (!(sk instanceof TcpSock)) return 'EOPNOTSUPP';
  return sk.listen(backlog) ?? 0;
}

/** accept(2): the next connection as a new socket; sleeps (unless non-blocking) until one comes. */
export async function accept(s: Socket, flags = 0, o: RecvOpts = {}): Promise<Socket | Errno> {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  if (!(sk instanceof TcpSock)) return 'EOPNOTSUPP';
  const deadline = sockRcvDeadline(sk, s.nonblock);
  for (;;) {
    const c = sk.acceptNow();
    if (c === 'EAGAIN') {
      const w = await waitEvent(sk.net.sched, sk.skWq, 0, () => sk.acceptQueue.length > 0 || sk.skState !== TCP_LISTEN, deadline, o.task ?? null);
      if (w === 'timeout') return 'EAGAIN';
      if (w === 'intr') return 'EINTR';
      continue;
    }
    if (typeof c === 'string') return c;
    // inet_accept(): "newsock->state = SS_CONNECTED"
    const ns = new Socket(c, flags);
    ns.state = SS_CONNECTED;
    return ns;
  }
}

/** shutdown(2): SHUT_RD 0, SHUT_WR 1, SHUT_RDWR 2. */
export function shutdown(s: Socket, how: number): 0 | Errno {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  if (how < 0 || how > 2) return 'EINVAL';
  const mask = how + 1;
  if (sk instanceof TcpSock) return tcpLocked(sk, () => sk.shutdown(mask & (RCV_SHUTDOWN | SEND_SHUTDOWN))) ?? 0;
  // inet_shutdown() of a datagram socket: marked even when unconnected (ENOTCONN), readers woken.
  sk.skShutdown |= mask;
  sk.skWq.wake(0);
  return sk.skState === TCP_CLOSE ? 'ENOTCONN' : 0;
}

/**
 * send(2) as a blocking socket does it: a stream socket sleeps for room
 * in its send buffer until everything is queued (or an error, or
 * SO_SNDTIMEO, or a signal: then what was queued so far, if anything).
 * Each round of tcp_sendmsg() runs the NET_RX softirq its transmissions
 * raised before the call goes on or returns (local_bh_enable() after
 * __dev_queue_xmit()): what a veth peer or a router answered at once (an
 * ACK, a fragmentation needed that tcp_v4_err() defers to release_sock())
 * is handled before the writer's next write(2).
 */
export async function send(s: Socket, data: Uint8Array, flags = 0, o: RecvOpts = {}): Promise<number | Errno> {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  // A datagram socket's send is its sendmsg(2), softirq included (an ICMP error of loopback is there when it returns).
  if (!(sk instanceof TcpSock)) return sendmsg(s, { data }, flags);
  const noblock = s.nonblock || (flags & MSG_DONTWAIT) !== 0;
  const deadline = noblock ? sk.net.sched.now : sk.net.sched.now + sk.skSndtimeo;
  let off = 0;
  for (;;) {
    const r = tcpSendmsgLocked(sk, { data: data.subarray(off) }, flags);
    if (typeof r === 'number') off += r;
    else if (r !== 'EAGAIN') return off || r;
    if (off >= data.length) return off;
    const w = await waitEvent(sk.net.sched, sk.skWq, 0, () => (sk.poll() & (POLLOUT | POLLERR | POLLHUP)) !== 0 && (sk.skState !== TCP_SYN_SENT), deadline, o.task ?? null);
    if (w !== 'ready') return off || (w === 'intr' ? 'EINTR' : 'EAGAIN');
  }
}

/** getsockname(2) */
export function getsockname(s: Socket): SockaddrIn | Errno {
  const sk = open(s);
  return typeof sk === 'string' ? sk : sk.getname(false);
}

/** getpeername(2) */
export function getpeername(s: Socket): SockaddrIn | Errno {
  const sk = open(s);
  return typeof sk === 'string' ? sk : sk.getname(true);
}

/** sendmsg(2): the bytes sent. */
export function sendmsg(s: Socket, msg: MsgOut, flags = 0): number | Errno {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  if (sk instanceof TcpSock) return tcpSendmsgLocked(sk, msg, flags);
  const sd = sk.net.world.core.softnet;
  sd.processContext++;
  let r: number | Errno;
  try {
    r = sk.sendmsg(msg, flags);
  } finally {
    sd.processContext--;
  }
  sd.doSoftirq();
  return r;
}

/**
 * tcp_sendmsg(): lock_sock(), the write, then release_sock(): what the
 * write's transmissions brought back at once (the peer's ACKs, through
 * the softirq they raised) met the socket owned and waited in its backlog,
 * handled now.
 */
function tcpSendmsgLocked(sk: TcpSock, msg: MsgOut, flags: number): number | Errno {
  sk.ownedByUser = true;
  const r = sk.sendmsg(msg, flags);
  sk.net.world.core.softnet.doSoftirq();
  tcpReleaseSock(sk);
  return r;
}

/** sendto(2) */
export function sendto(s: Socket, data: Uint8Array, flags = 0, to: SockaddrIn | null = null): number | Errno {
  return sendmsg(s, { name: to, data }, flags);
}

/** How a receive may sleep: the calling task (for EINTR). */
export interface RecvOpts {
  readonly task?: Task | null;
  /** The caller's buffer, reused from call to call: a stream socket copies into it (MsgIn.data is a view of it). */
  readonly buf?: Uint8Array | null;
}

/**
 * recvmsg(2): up to `len` bytes of the next datagram with its address and
 * control messages; MSG_DONTWAIT (or O_NONBLOCK) never sleeps, otherwise
 * SO_RCVTIMEO bounds the sleep (EAGAIN) and a signal ends it (EINTR).
 */
export function recvmsg(s: Socket, len: number, flags = 0, o: RecvOpts = {}): Promise<MsgIn | Errno> {
  const sk = open(s);
  if (typeof sk === 'string') return Promise.resolve(sk);
  const noblock = s.nonblock || (flags & MSG_DONTWAIT) !== 0;
  return sk.recvmsg(len, flags, { task: o.task ?? null, deadline: sockRcvDeadline(sk, noblock) }, o.buf ?? null);
}

/**
 * recvmsg(2) with MSG_DONTWAIT: never sleeps, so it answers at once (the
 * next datagram, a pending error, or EAGAIN).
 */
export function recvmsgDontwait(s: Socket, len: number, flags = 0): MsgIn | Errno {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  return sk.recvmsgNow(len, flags | MSG_DONTWAIT);
}

/** recvfrom(2): recvmsg() without control messages. */
export async function recvfrom(s: Socket, len: number, flags = 0, o: RecvOpts = {}): Promise<{ data: Uint8Array; from: SockaddrIn | null } | Errno> {
  const m = await recvmsg(s, len, flags, o);
  return typeof m === 'string' ? m : { data: m.data, from: m.name };
}

/** setsockopt(2) */
export function setsockopt(s: Socket, level: number, optname: number, v: SockOptVal): 0 | Errno {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  return sk.setsockopt(level, optname, v) ?? 0;
}

/** getsockopt(2) */
export function getsockopt(s: Socket, level: number, optname: number): SockOptVal | Errno {
  const sk = open(s);
  return typeof sk === 'string' ? sk : sk.getsockopt(level, optname);
}

/**
 * getsockopt(fd, SOL_TCP, TCP_INFO) as its struct (the fields ss -i and
 * iperf3 read): a TCP socket's state, RTT, congestion window, counters.
 */
export function getsockoptTcpInfo(s: Socket): TcpInfo | Errno {
  const sk = open(s);
  if (typeof sk === 'string') return sk;
  return sk instanceof TcpSock ? tcpGetInfo(sk) : 'EOPNOTSUPP';
}

/** struct pollfd */
export interface PollFd {
  readonly sock: Socket;
  readonly events: number;
  revents: number;
}

/** The events of one pollfd: what was asked, and always POLLERR and POLLHUP; POLLNVAL when closed. */
function pollOne(p: PollFd): number {
  if (p.sock.closed) return POLLNVAL;
  return p.sock.sk.poll() & (p.events | POLLERR | POLLHUP);
}

/**
 * poll(2): fill each revents; how many are ready. Sleeps up to `timeoutMs`
 * (negative: forever, 0: never) on every socket's wait queue; a signal
 * ends it with EINTR.
 */
export function poll(fds: PollFd[], timeoutMs: number, task: Task | null = null): Promise<number | Errno> {
  return ppoll(fds, timeoutMs < 0 ? -1 : timeoutMs * 1e6, task);
}

/** MAX_SLACK: 100 ms. */
const MAX_SLACK = 100e6;
/** The default current->timer_slack_ns: 50 µs. */
const TIMER_SLACK_NS = 50e3;

/**
 * select_estimate_accuracy(): the slack of a poll/select timeout, 0.1% of
 * it (a nice 0 task), at most 100 ms, at least the task's timer slack.
 * schedule_hrtimeout_range() may wake the task anywhere in that range; with
 * no other timer interrupt in between, it is the end of the range.
 * @linux fs/select.c select_estimate_accuracy() __estimate_accuracy(), kernel/time/hrtimer.c schedule_hrtimeout_range()
 */
function selectEstimateAccuracy(timeoutNs: number): number {
  if (timeoutNs <= 0) return 0;
  return Math.max(TIMER_SLACK_NS, Math.min(Math.floor(timeoutNs / 1000), MAX_SLACK));
}

/**
 * ppoll(2): poll() with the timeout in ns (a struct timespec); negative:
 * forever. With no fds it still sleeps out the timeout, as do_sys_poll()
 * does (`sched`: the clock to sleep on then).
 */
export async function ppoll(fds: PollFd[], timeoutNs: number, task: Task | null = null, sched: Scheduler | null = null): Promise<number | Errno> {
  const scan = (): number => {
    let n = 0;
    for (const p of fds) {
      p.revents = pollOne(p);
      if (p.revents) n++;
    }
    return n;
  };
  const clock = fds[0]?.sock.sk.net.sched ?? sched;
  if (!clock) return 0;
  const deadline = timeoutNs < 0 ? Infinity : clock.now + timeoutNs + selectEstimateAccuracy(timeoutNs);
  const wqs = fds.filter((p) => !p.sock.closed).map((p) => p.sock.sk.skWq);
  const r = await waitEvent(clock, wqs, 0, () => scan() > 0, deadline, task);
  if (r === 'intr') return 'EINTR';
  return scan();
}

/** close(2): the socket is released (its queues freed); the handle is dead. */
export function close(s: Socket): 0 | Errno {
  if (s.closed) return 'EBADF';
  s.closed = true;
  // inet_release(): ip_mc_drop_socket() leaves the socket's groups first.
  if (s.sk instanceof InetSock) ipMcDropSocket(s.sk);
  const sk = s.sk;
  if (sk instanceof TcpSock) tcpLocked(sk, () => sk.close());
  else sk.close();
  return 0;
}

/**
 * lock_sock() ... release_sock() around a TCP call that may transmit
 * (tcp_close(), tcp_shutdown()): the FIN or RST it sends runs the NET_RX
 * softirq it raised before the call returns (local_bh_enable() after
 * __dev_queue_xmit()), so a peer over lo or a veth has handled it when
 * close(2) returns, and what the peer answered at once waited in the
 * socket's backlog, handled by release_sock().
 */
function tcpLocked<T>(sk: TcpSock, fn: () => T): T {
  sk.ownedByUser = true;
  const r = fn();
  sk.net.world.core.softnet.doSoftirq();
  tcpReleaseSock(sk);
  return r;
}

/** The packet socket behind a handle, or the errno a non-packet socket gives. */
function packetSk(s: Socket): PacketSock | Errno {
  if (s.closed) return 'EBADF';
  return s.sk instanceof PacketSock ? s.sk : 'EINVAL';
}

/** bind(2) of an AF_PACKET socket to a struct sockaddr_ll: a device (0: all) and a protocol (0: keep). */
export function bindLl(s: Socket, ifindex: number, protocol: number): 0 | Errno {
  const sk = packetSk(s);
  return typeof sk === 'string' ? sk : sk.bindLl(ifindex, protocol) ?? 0;
}

/** getsockname(2) of an AF_PACKET socket: its struct sockaddr_ll. */
export function getsocknameLl(s: Socket): SockaddrLl | Errno {
  const sk = packetSk(s);
  return typeof sk === 'string' ? sk : sk.getnameLl();
}

/** sendto(2) of an AF_PACKET socket to a struct sockaddr_ll (null: the bound device and protocol). */
export function sendtoLl(s: Socket, data: Uint8Array, to: SockaddrLl | null): number | Errno {
  const sk = packetSk(s);
  return typeof sk === 'string' ? sk : sk.sendLl(data, to);
}

/** setsockopt(SOL_SOCKET, SO_ATTACH_FILTER, struct sock_fprog) */
export function attachFilter(s: Socket, prog: SockFprog): 0 | Errno {
  const sk = packetSk(s);
  return typeof sk === 'string' ? sk : sk.attachFilter(prog) ?? 0;
}

/** setsockopt(SOL_PACKET, PACKET_ADD_MEMBERSHIP, { mr_ifindex, PACKET_MR_PROMISC }) */
export function packetAddPromisc(s: Socket, ifindex: number): 0 | Errno {
  const sk = packetSk(s);
  return typeof sk === 'string' ? sk : sk.addPromisc(ifindex) ?? 0;
}

/** setsockopt(SOL_PACKET, PACKET_RX_RING, struct tpacket_req3): the receive ring, in the format PACKET_VERSION chose. */
export function packetRxRing(s: Socket, req: TpacketReq3): 0 | Errno {
  const sk = packetSk(s);
  return typeof sk === 'string' ? sk : sk.setRxRing(req) ?? 0;
}

/** getsockopt(SOL_PACKET, PACKET_STATISTICS): the counts since the last read. */
export function packetStatistics(s: Socket): TpacketStats | Errno {
  const sk = packetSk(s);
  return typeof sk === 'string' ? sk : sk.statistics();
}

/**
 * if_nametoindex(3): glibc refuses a name of IFNAMSIZ bytes or more (ENODEV),
 * then an SIOCGIFINDEX ioctl (dev_ioctl: "a0:1" names a0). 0 when there is no such device.
 */
export function ifNametoindex(net: Net, name: string): number {
  if (utf8Length(name) >= IFNAMSIZ) return 0;
  return devIoctlLookup(net, name)?.ifindex ?? 0;
}

/** if_indextoname(3) (SIOCGIFNAME): null when there is no such device. */
export function ifIndextoname(net: Net, ifindex: number): string | null {
  return net.devByIndex(ifindex)?.name ?? null;
}

/**
 * What ioctl(SIOCADDRT/SIOCDELRT)'s rtentry_to_fib_config() asks of a
 * gateway: inet_addr_type_table(gw, 0), table 0 being main (which holds
 * local's routes too while the two are merged). Only a unicast gateway
 * makes an RTF_GATEWAY route universe scope; any other stays link.
 */
export function rtIoctlGwType(net: Net, gw: number): number {
  return net.ipv4.fib.addrTypeTable(gw, RT_TABLE_MAIN);
}

/** ioctl(SIOCGIFMTU): the device's MTU, or null when there is no such device. */
export function ifGetMtu(net: Net, name: string): number | null {
  return devIoctlLookup(net, name)?.mtu ?? null;
}

/** ioctl(fd, SIOCGETTUNNEL | SIOCADDTUNNEL | SIOCCHGTUNNEL | SIOCDELTUNNEL, &ifr): the errno (dev_ioctl.ts devSiocdevprivate()). */
export function ifTunnelIoctl(net: Net, name: string): Errno {
  try {
    devSiocdevprivate(net, name);
  } catch (e) {
    if (e instanceof KError) return e.errno;
    throw e;
  }
}

/** ioctl(fd, SIOCADDMULTI | SIOCDELMULTI, &ifr) on a datagram socket: null, or the errno. */
export function ifMulticastIoctl(net: Net, cmd: number, ifr: Ifreq): Errno | null {
  try {
    devIoctl(net, cmd, ifr);
    return null;
  } catch (e) {
    if (e instanceof KError) return e.errno;
    throw e;
  }
}

/**
 * The ethtool doors: the "ethtool" generic netlink family and
 * ioctl(SIOCETHTOOL), one function per request (net/ethtool/ethtool.ts).
 */
export {
  ethnlChannelsGet, ethnlChannelsSet, ethnlDevGet, ethnlFeatureNames, ethnlFeaturesGet, ethnlFeaturesSet, ethnlLinkKsettings,
  ethnlDebug, ethnlLinkState, ethnlTsInfo, ethtoolGetDrvinfo, ethtoolGetPermAddr, ethtoolGetStats, type FeaturesReply, DEV_NAME_ATTR,
} from './ethtool/ethtool.js';

/**
 * The /dev/net/tun door: an open file (tun_chr_open()), its ioctls
 * (TUNSETIFF, TUNSETPERSIST, TUNSETOWNER/TUNSETGROUP) and close
 * (drivers/net/tun.ts).
 */
export { TunFile, tunChrClose, tunSetIff, tunSetOwner, tunSetPersist, type TunIfreq } from '../drivers/net/tun.js';

/**
 * ioctl(SIOCETHTOOL) of ETHTOOL_GTSO, ETHTOOL_GGSO, ETHTOOL_GFLAGS
 * (ETH_FLAG_LRO) and ETHTOOL_GGRO, as libpcap's iface_get_offload() asks
 * them: whether any segmentation or receive offload is on; null when
 * there is no such device.
 */
export function ethtoolOffloadOn(net: Net, name: string): boolean | null {
  const dev = net.devByName(name);
  if (!dev) return null;
  return (dev.features & (NETIF_F_TSO | NETIF_F_GSO | NETIF_F_LRO | NETIF_F_GRO)) !== 0;
}

/** The IP_RECVERR message of an error-queue read (CMSG_FIRSTHDR/CMSG_NXTHDR walk). */
export function cmsgRecverr(control: readonly Cmsg[]): SockExtendedErr<Errno> | null {
  for (const c of control) if (c.level === SOL_IP && c.type === IP_RECVERR) return c.data as SockExtendedErr<Errno>;
  return null;
}

/** The SCM_TIMESTAMP of a datagram. */
export function cmsgTimestamp(control: readonly Cmsg[]): Timeval | null {
  for (const c of control) if (c.level === SOL_SOCKET && c.type === SCM_TIMESTAMP) return c.data;
  return null;
}

/** The SCM_TIMESTAMPNS of a datagram. */
export function cmsgTimestampns(control: readonly Cmsg[]): Timespec | null {
  for (const c of control) if (c.level === SOL_SOCKET && c.type === SCM_TIMESTAMPNS) return c.data;
  return null;
}

export type { MsgIn, MsgOut, Cmsg, SockaddrIn, SockOptVal, SockaddrLl, SockFprog, TpacketStats };
export { Task } from '../sim/wait.js';
