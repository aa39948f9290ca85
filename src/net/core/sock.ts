/**
 * struct sock: what every socket has whatever its protocol — the receive
 * queue charged by skb truesize against sk_rcvbuf, the error queue of
 * IP_RECVERR, sk_err, the bound device, the mark, buffer sizes, flags,
 * timeouts, and the wait queue its reader sleeps on (on the lab's virtual
 * clock). Protocols (raw today; UDP and TCP later) extend it and hash their
 * sockets in a SockHashTable that lives on the namespace.
 * @linux include/net/sock.h, net/core/sock.c, net/core/datagram.c
 */
import { traceDeliver } from './trace.js';
import type { Net } from './net_namespace.js';
import { SkBuffHead, skbGet, type SkBuff } from './skbuff.js';
import { consumeSkb, kfreeSkbReason, type DropReason } from './drop_reason.js';
import { errnoNumber, type Errno } from './errno.js';
import { WaitQueue, waitEvent, type Task } from '../../sim/wait.js';
import {
  POLLERR, POLLHUP, POLLIN, POLLOUT, POLLRDHUP, POLLRDNORM, POLLWRBAND, POLLWRNORM, SO_ACCEPTCONN, SO_BINDTODEVICE,
  SO_BINDTOIFINDEX, SO_BROADCAST, SO_DEBUG, SO_DOMAIN, SO_DONTROUTE, SO_ERROR, SO_KEEPALIVE, SO_LINGER, SO_MARK, SO_NO_CHECK, SO_OOBINLINE, SO_PRIORITY,
  SO_PROTOCOL, SO_RCVBUF, SO_RCVBUFFORCE, SO_RCVLOWAT, SO_RCVTIMEO, SO_REUSEADDR, SO_REUSEPORT, SO_SNDBUF, SO_SNDBUFFORCE,
  SO_SNDTIMEO, SO_TIMESTAMP, SO_TIMESTAMPNS, SO_TYPE, SOL_SOCKET, MSG_ERRQUEUE, type MsgIn, type MsgOut, type Timeval,
} from '../../uapi/linux/socket.js';
import type { SockaddrIn } from '../../uapi/linux/in.js';
import { SO_EE_ORIGIN_ICMP, type SockExtendedErr } from '../../uapi/linux/errqueue.js';

/** include/net/tcp_states.h: the states a datagram socket moves between. */
export const TCP_ESTABLISHED = 1;
export const TCP_CLOSE = 7;
export const TCP_LISTEN = 10;

/** enum sock_flags (the bits of sk_flags the socket layer uses). */
export const SOCK_DEAD = 1 << 0;
export const SOCK_URGINLINE = 1 << 2;
export const SOCK_KEEPOPEN = 1 << 3;
export const SOCK_LINGER = 1 << 4;
export const SOCK_BROADCAST = 1 << 6;
export const SOCK_TIMESTAMP = 1 << 7;
export const SOCK_DBG = 1 << 10;
export const SOCK_RCVTSTAMP = 1 << 11;
export const SOCK_RCVTSTAMPNS = 1 << 12;
export const SOCK_LOCALROUTE = 1 << 13;

/** sk_userlocks */
export const SOCK_SNDBUF_LOCK = 1;
export const SOCK_RCVBUF_LOCK = 2;
/** The address or port came from bind(): disconnect keeps it, ss's autobound (INET_DIAG_BC_AUTO) is false. */
export const SOCK_BINDADDR_LOCK = 4;
export const SOCK_BINDPORT_LOCK = 8;

/** sk_shutdown */
export const RCV_SHUTDOWN = 1;
export const SEND_SHUTDOWN = 2;

/** TCP_SKB_MIN_TRUESIZE: 2048 + SKB_DATA_ALIGN(sizeof(struct sk_buff)). */
const TCP_SKB_MIN_TRUESIZE = 2048 + 256;
/** SOCK_MIN_RCVBUF is one TCP_SKB_MIN_TRUESIZE, SOCK_MIN_SNDBUF two (include/net/sock.h). */
export const SOCK_MIN_RCVBUF = TCP_SKB_MIN_TRUESIZE;
export const SOCK_MIN_SNDBUF = TCP_SKB_MIN_TRUESIZE * 2;
/** SK_RMEM_MAX / SK_WMEM_MAX: 256 packets of SKB_TRUESIZE(256) (832 bytes). */
export const SK_RMEM_MAX = 832 * 256;
export const SK_WMEM_MAX = SK_RMEM_MAX;
const INT_MAX = 0x7fffffff;

/**
 * The per-namespace net.core.* knobs (struct netns_core, and net->xfrm's
 * sysctls), with the values a child namespace of the reference machine
 * starts with. {r,w}mem_{max,default} are per namespace since 6.16: a
 * child copies init_net's (there 4 MB maxima) and shows them read-only.
 * @linux net/core/sysctl_net_core.c netns_core_table, net/core/net_namespace.c
 *        preinit_net_sysctl(), net/xfrm/xfrm_sysctl.c
 */
export class NetCoreSysctls {
  rmemMax = 4194304;
  wmemMax = 4194304;
  rmemDefault = SK_RMEM_MAX;
  wmemDefault = SK_WMEM_MAX;
  /** optmem_max: 128 KB (the ancillary-data budget; not enforced here). */
  optmemMax = 131072;
  /** txrehash: SOCK_TXREHASH_ENABLED (no flow-label rehash here). */
  txrehash = 1;
  tstampAllowData = 1;
  /** rps_default_mask: the CPUs a new rx queue steers to (no RPS here). */
  rpsDefaultMask = 0;
  /* xfrm_sysctl_init(): kept, there is no IPsec. */
  xfrmAeventEtime = 10;
  xfrmAeventRseqth = 2;
  xfrmLarvalDrop = 1;
  xfrmAcqExpires = 30;
}

/** The value of a socket option: an int, a device name, bytes, or a timeout. */
export type SockOptVal = number | string | Uint8Array | Timeval;

/** SKB_EXT_ERR(skb): struct sock_exterr_skb of an skb on the error queue. */
export interface SockExterrSkb {
  readonly ee: Omit<SockExtendedErr<Errno>, 'offender'>;
  /** Where msg_name's address sits, from the network header. */
  readonly addrOffset: number;
  readonly port: number;
}

/**
 * A per-protocol lookup table on the namespace (raw_hashinfo, later
 * udp_table): sockets hashed by a number (the protocol of a raw socket, a
 * port of UDP), each chain in insertion order as sk_add_node leaves it.
 */
export class SockHashTable<S extends Sock> {
  private readonly chains = new Map<number, S[]>();

  /** sk_add_node() */
  add(key: number, sk: S): void {
    const c = this.chains.get(key);
    if (c) c.push(sk);
    else this.chains.set(key, [sk]);
  }

  /** sk_del_node_init(): true when it was hashed. */
  del(key: number, sk: S): boolean {
    const c = this.chains.get(key);
    const i = c ? c.indexOf(sk) : -1;
    if (!c || i < 0) return false;
    c.splice(i, 1);
    if (c.length === 0) this.chains.delete(key);
    return true;
  }

  /** The chain of `key`; empty when none (iterate without allocating). */
  chain(key: number): readonly S[] {
    return this.chains.get(key) ?? EMPTY;
  }

  /** Every socket, by key (for /proc/net and tests). */
  all(): S[] {
    return [...this.chains.keys()].sort((a, b) => a - b).flatMap((k) => this.chains.get(k)!);
  }
}
const EMPTY: readonly never[] = [];

/** struct sock */
export abstract class Sock {
  skState = TCP_CLOSE;
  /** SO_BINDTODEVICE: the ifindex the socket is bound to, 0 for any. */
  skBoundDevIf = 0;
  /** SO_MARK */
  skMark = 0;
  /** SO_PRIORITY */
  skPriority = 0;
  /**
   * sk_dst_pending_confirm: set by sk_dst_confirm() (TCP: an ACK that made
   * progress), handed to the next skb sent (skb->dst_pending_confirm) and
   * cleared when ip_finish_output2() confirms the neighbour with it.
   */
  skDstPendingConfirm = false;
  /** sk_no_check_tx (SO_NO_CHECK): UDP datagrams leave with a zero checksum (udp_send_skb). */
  skNoCheckTx = false;
  skRcvbuf: number;
  skSndbuf: number;
  skUserlocks = 0;
  /** sk_rmem_alloc: truesize of what the receive and error queues hold. */
  skRmemAlloc = 0;
  /** sk_forward_alloc: memory scheduled in whole pages and not yet charged (UDP's receive side keeps it). */
  skForwardAlloc = 0;
  /** sk_drops: datagrams refused for a full receive buffer. */
  skDrops = 0;
  /** sk_err: a hard error the next call returns (and clears); sk_err_soft: only SO_ERROR shows it. */
  skErr: Errno | null = null;
  skErrSoft: Errno | null = null;
  skFlags = 0;
  skShutdown = 0;
  skReuse = false;
  /** SO_REUSEPORT */
  skReuseport = false;
  /** The socket's inode number (sock_i_ino), for /proc/net and ss. */
  readonly ino: number;
  /** sk_cookie: 0 until sock_gen_cookie() first asks. */
  private skCookie = 0;
  /** SO_RCVTIMEO / SO_SNDTIMEO in virtual ns; Infinity blocks forever (MAX_SCHEDULE_TIMEOUT). */
  skRcvtimeo = Infinity;
  /** sk_lingertime in seconds (SO_LINGER's l_linger; Infinity for MAX_SCHEDULE_TIMEOUT). */
  skLingertime = 0;
  skSndtimeo = Infinity;
  skRcvlowat = 1;
  readonly skReceiveQueue = new SkBuffHead();
  readonly skErrorQueue = new SkBuffHead();
  /** sk_wq: the reader sleeps here; data wakes it with POLLIN, errors with POLLERR. */
  readonly skWq = new WaitQueue();

  /** `kernel`: a socket the stack makes for itself (sock_create_kern()), which no file and no inode number of /proc show. */
  constructor(
    readonly net: Net,
    readonly family: number,
    readonly type: number,
    readonly protocol: number,
    kernel = false,
  ) {
    this.skRcvbuf = net.core.rmemDefault;
    this.skSndbuf = net.core.wmemDefault;
    this.ino = kernel ? 0 : net.world.core.nextSockIno++;
  }

  /** sk->sk_socket->file: a process's socket has one; the kernel's control sockets do not. */
  get skFile(): boolean {
    return true;
  }

  /** sock_gen_cookie(): the socket's cookie, drawn from the machine's counter the first time it is asked for. */
  genCookie(): number {
    this.skCookie ||= ++this.net.world.core.lastSockCookie;
    return this.skCookie;
  }

  sockFlag(f: number): boolean {
    return (this.skFlags & f) !== 0;
  }

  sockValboolFlag(f: number, on: boolean): void {
    this.skFlags = on ? this.skFlags | f : this.skFlags & ~f;
  }

  /** sk_prot->name, as /proc/net/protocols names it. */
  abstract get protName(): string;

  /** sk_prot->unhash(): leave the namespace's lookup table. */
  abstract unhash(): void;

  /** sk_dst_reset(): a cached route is stale (bound device or mark changed). Datagram sockets cache none. */
  dstReset(): void {}

  /** sk_data_ready(): sock_def_readable() wakes readers with POLLIN. */
  dataReady(): void {
    this.skWq.wake(POLLIN | POLLRDNORM);
  }

  /** sk_error_report(): sock_def_error_report() wakes with POLLERR. */
  errorReport(): void {
    this.skWq.wake(POLLERR);
  }

  /* The calls a protocol implements (proto_ops + struct proto); sock_no_*() by default. */

  bind(_addr: SockaddrIn): Errno | null {
    return 'EOPNOTSUPP';
  }

  connect(_addr: SockaddrIn): Errno | null {
    return 'EOPNOTSUPP';
  }

  /** getsockname() / getpeername() */
  getname(_peer: boolean): SockaddrIn | Errno {
    return 'EOPNOTSUPP';
  }

  /** Bytes sent, or the errno. */
  sendmsg(_msg: MsgOut, _flags: number): number | Errno {
    return 'EOPNOTSUPP';
  }

  /**
   * One receive that never sleeps: a message, or EAGAIN when there is none
   * yet. `buf` is the caller's buffer (recv(2)'s): a protocol that copies
   * bytes out may copy them there, MsgIn.data being then a view of it.
   */
  recvmsgNow(_len: number, _flags: number, _buf: Uint8Array | null = null): MsgIn | Errno {
    return 'EOPNOTSUPP';
  }

  /**
   * __skb_recv_datagram()'s loop around recvmsgNow(): while it says EAGAIN,
   * sleep until data or an error arrive (__skb_wait_for_more_packets), the
   * deadline passes (EAGAIN) or a signal comes (EINTR). Error-queue reads
   * never sleep.
   */
  async recvmsg(len: number, flags: number, ctx: SleepCtx, buf: Uint8Array | null = null): Promise<MsgIn | Errno> {
    for (;;) {
      const r = this.recvmsgNow(len, flags, buf);
      if (r !== 'EAGAIN' || flags & MSG_ERRQUEUE || this.skShutdown & RCV_SHUTDOWN) return r;
      const w = await waitEvent(this.net.sched, this.skWq, POLLIN | POLLERR, () => recvReady(this), ctx.deadline, ctx.task);
      if (w === 'timeout') return 'EAGAIN';
      if (w === 'intr') return 'EINTR';
    }
  }

  setsockopt(level: number, optname: number, v: SockOptVal): Errno | null {
    return level === SOL_SOCKET ? sockSetsockopt(this, optname, v) : 'ENOPROTOOPT';
  }

  getsockopt(level: number, optname: number): SockOptVal | Errno {
    return level === SOL_SOCKET ? sockGetsockopt(this, optname) : 'ENOPROTOOPT';
  }

  /** The poll() events now. */
  poll(): number {
    return datagramPoll(this);
  }

  /** sk_prot->close() */
  close(): void {
    skCommonRelease(this);
  }
}

/** sock_rfree(): uncharge an skb the socket held. */
function sockRfree(skb: SkBuff): void {
  const sk = skb.sk;
  if (sk) sk.skRmemAlloc -= skb.truesize;
}

/**
 * skb_set_owner_w(): a packet the socket sends carries it down to the
 * device (the owner match, ip_route_me_harder()'s bound device); the write
 * memory it would charge is not modelled, so no destructor.
 */
export function skbSetOwnerW(skb: SkBuff, sk: Sock): void {
  skb.sk = sk;
}

/** skb_set_owner_r() */
function skbSetOwnerR(skb: SkBuff, sk: Sock): void {
  skb.sk = sk;
  skb.destructor = sockRfree;
  sk.skRmemAlloc += skb.truesize;
}

/**
 * sock_queue_rcv_skb_reason(): charge `skb` to the socket and queue it, or
 * refuse it when sk_rmem_alloc already reached sk_rcvbuf (sk_drops,
 * SOCKET_RCVBUFF). The socket owns the skb only on success; on a refusal
 * the caller frees it with the reason (and counts its protocol's MIB).
 */
export function sockQueueRcvSkbReason(sk: Sock, skb: SkBuff): DropReason | null {
  if (sk.skRmemAlloc >= sk.skRcvbuf) {
    sk.skDrops++;
    return 'SOCKET_RCVBUFF';
  }
  skbSetOwnerR(skb, sk);
  skQueueRcv(sk, skb, 'sock_queue_rcv_skb');
  return null;
}

/** The tail of sock_queue_rcv_skb() (and of UDP's own enqueue): timestamp, queue, wake the reader. */
export function skQueueRcv(sk: Sock, skb: SkBuff, fn: string): void {
  // The software receive timestamp (net_timestamp_check): links take no time, so arrival is now.
  skb.tstamp = sk.net.sched.now;
  sk.skReceiveQueue.queueTail(skb);
  traceDeliver(sk.net, skb, fn);
  if (!sk.sockFlag(SOCK_DEAD)) sk.dataReady();
}

/**
 * sock_queue_err_skb(): charge and queue an error; ENOMEM when it would
 * not fit in sk_rcvbuf (the caller frees it). A sleeping reader is woken.
 */
export function sockQueueErrSkb(sk: Sock, skb: SkBuff): Errno | null {
  if (sk.skRmemAlloc + skb.truesize >= sk.skRcvbuf) return 'ENOMEM';
  skbSetOwnerR(skb, sk);
  skb.tstamp = sk.net.sched.now;
  sk.skErrorQueue.queueTail(skb);
  if (!sk.sockFlag(SOCK_DEAD)) sk.errorReport();
  return null;
}

/** is_icmp_err_skb() */
function isIcmpErrSkb(skb: SkBuff | null): boolean {
  return !!skb?.serr && skb.serr.ee.origin === SO_EE_ORIGIN_ICMP;
}

/**
 * sock_dequeue_err_skb(): the oldest error; sk_err then reflects the next
 * queued ICMP error, or is cleared when this one was ICMP and none follows.
 */
export function sockDequeueErrSkb(sk: Sock): SkBuff | null {
  const skb = sk.skErrorQueue.dequeue();
  if (!skb) return null;
  const next = sk.skErrorQueue.peek();
  const icmpNext = isIcmpErrSkb(next);
  if (icmpNext) sk.skErr = next!.serr!.ee.errno;
  else if (isIcmpErrSkb(skb)) sk.skErr = null;
  if (next) sk.errorReport();
  return skb;
}

/** sock_error(): the pending sk_err, cleared by reading it. */
export function sockError(sk: Sock): Errno | null {
  const e = sk.skErr;
  if (e !== null) sk.skErr = null;
  return e;
}

/** Where a blocking call may sleep: the caller's task (for signals) and its deadline. */
export interface SleepCtx {
  readonly task: Task | null;
  /** Absolute virtual time (ns) the sleep ends; Infinity: never; now or earlier: do not sleep. */
  readonly deadline: number;
}

/** sock_rcvtimeo(): the receive deadline of a call, from SO_RCVTIMEO unless non-blocking. */
export function sockRcvDeadline(sk: Sock, noblock: boolean): number {
  return noblock ? sk.net.sched.now : sk.net.sched.now + sk.skRcvtimeo;
}

/**
 * __skb_try_recv_datagram(): sock_error() first, then the oldest datagram
 * (left queued with MSG_PEEK: the caller gets a reference), else EAGAIN.
 */
export function skbTryRecvDatagram(sk: Sock, peek: boolean): SkBuff | Errno {
  const err = sockError(sk);
  if (err) return err;
  const skb = peek ? sk.skReceiveQueue.peek() : sk.skReceiveQueue.dequeue();
  if (!skb) return 'EAGAIN';
  if (peek) skbGet(skb);
  return skb;
}

/** What ends __skb_wait_for_more_packets(): an error, data, or shutdown (an error-queue entry alone does not). */
function recvReady(sk: Sock): boolean {
  return sk.skErr !== null || sk.skReceiveQueue.qlen > 0 || (sk.skShutdown & RCV_SHUTDOWN) !== 0;
}

/** skb_free_datagram(): the reader is done with it. */
export function skbFreeDatagram(skb: SkBuff): void {
  consumeSkb(skb);
}

/** datagram_poll(): the events of a datagram socket. */
export function datagramPoll(sk: Sock): number {
  let mask = 0;
  if (sk.skErr !== null || sk.skErrorQueue.qlen > 0) mask |= POLLERR;
  if (sk.skShutdown & RCV_SHUTDOWN) mask |= POLLRDHUP | POLLIN | POLLRDNORM;
  if (sk.skShutdown === (RCV_SHUTDOWN | SEND_SHUTDOWN)) mask |= POLLHUP;
  if (sk.skReceiveQueue.qlen > 0) mask |= POLLIN | POLLRDNORM;
  // sock_writeable(): nothing is ever held on the send side.
  mask |= POLLOUT | POLLWRNORM | POLLWRBAND;
  return mask;
}

/**
 * sk_common_release(): unhash, mark dead, free what the queues hold
 * (skb_queue_purge), and wake whoever sleeps on the socket.
 */
export function skCommonRelease(sk: Sock): void {
  sk.unhash();
  sk.skFlags |= SOCK_DEAD;
  sk.skShutdown = RCV_SHUTDOWN | SEND_SHUTDOWN;
  skbQueuePurge(sk, sk.skReceiveQueue);
  skbQueuePurge(sk, sk.skErrorQueue);
  sk.skWq.wake(0);
}

/** skb_queue_purge(): every queued skb is dropped. */
function skbQueuePurge(sk: Sock, q: SkBuffHead): void {
  for (let skb = q.dequeue(); skb; skb = q.dequeue()) kfreeSkbReason(sk.net, skb, 'NOT_SPECIFIED', 'skb_queue_purge');
}

/** sock_set_timeout(): a timeval in ns; EDOM for a bad tv_usec, a negative time means "do not wait". */
function sockSetTimeout(v: SockOptVal): number | Errno {
  if (typeof v !== 'object' || v instanceof Uint8Array) return 'EINVAL';
  if (v.tvUsec < 0 || v.tvUsec >= 1e6) return 'EDOM';
  if (v.tvSec < 0) return 0;
  if (v.tvSec === 0 && v.tvUsec === 0) return Infinity;
  // Whole jiffies (HZ 250), rounded up as the kernel does.
  const jiffies = v.tvSec * 250 + Math.ceil(v.tvUsec / 4000);
  return jiffies * 4e6;
}

/** __sock_set_rcvbuf(): twice what was asked (the kernel's bookkeeping share), at least SOCK_MIN_RCVBUF. */
function sockSetRcvbuf(sk: Sock, val: number): void {
  val = Math.min(val, Math.floor(INT_MAX / 2));
  sk.skUserlocks |= SOCK_RCVBUF_LOCK;
  sk.skRcvbuf = Math.max(val * 2, SOCK_MIN_RCVBUF);
}

function sockSetSndbuf(sk: Sock, val: number): void {
  val = Math.min(val, Math.floor(INT_MAX / 2));
  sk.skUserlocks |= SOCK_SNDBUF_LOCK;
  sk.skSndbuf = Math.max(val * 2, SOCK_MIN_SNDBUF);
}

/** sock_bindtoindex(): 0 unbinds; an unknown index is ENODEV. */
function sockBindtoindex(sk: Sock, ifindex: number): Errno | null {
  if (ifindex < 0) return 'EINVAL';
  if (ifindex && !sk.net.devByIndex(ifindex)) return 'ENODEV';
  sk.skBoundDevIf = ifindex;
  sk.dstReset();
  return null;
}

/** sock_setbindtodevice(): by name, at most IFNAMSIZ-1 bytes; "" unbinds. */
function sockSetbindtodevice(sk: Sock, v: SockOptVal): Errno | null {
  if (typeof v !== 'string') return 'EINVAL';
  const name = v.slice(0, 15).replace(/\0.*$/s, '');
  if (name === '') return sockBindtoindex(sk, 0);
  const dev = sk.net.devByName(name);
  if (!dev) return 'ENODEV';
  return sockBindtoindex(sk, dev.ifindex);
}

/** sock_set_timestamp(): SO_TIMESTAMP(NS) turns receive timestamps on (SOCK_RCVTSTAMP[NS]). */
function sockSetTimestamp(sk: Sock, ns: boolean, on: boolean): void {
  if (on) {
    sk.sockValboolFlag(SOCK_RCVTSTAMPNS, ns);
    sk.sockValboolFlag(SOCK_RCVTSTAMP, true);
    sk.sockValboolFlag(SOCK_TIMESTAMP, true);
  } else {
    sk.sockValboolFlag(SOCK_RCVTSTAMP | SOCK_RCVTSTAMPNS, false);
    sk.sockValboolFlag(SOCK_TIMESTAMP, false);
  }
}

/**
 * sk_setsockopt(): the SOL_SOCKET options. Processes of the lab run as
 * root (CAP_NET_ADMIN, CAP_NET_RAW): the privileged ones are allowed.
 */
export function sockSetsockopt(sk: Sock, optname: number, v: SockOptVal): Errno | null {
  if (optname === SO_BINDTODEVICE) return sockSetbindtodevice(sk, v);
  if (optname === SO_RCVTIMEO || optname === SO_SNDTIMEO) {
    const t = sockSetTimeout(v);
    if (typeof t === 'string') return t;
    if (optname === SO_RCVTIMEO) sk.skRcvtimeo = t;
    else sk.skSndtimeo = t;
    return null;
  }
  // SO_LINGER: a struct linger { int l_onoff; int l_linger; }; off clears SOCK_LINGER, on sets the time
  // (sk_setsockopt(): an l_linger that is negative as unsigned long means MAX_SCHEDULE_TIMEOUT).
  if (optname === SO_LINGER) {
    if (!(v instanceof Uint8Array) || v.length < 8) return 'EINVAL';
    const dv = new DataView(v.buffer, v.byteOffset, 8);
    if (!dv.getInt32(0, true)) sk.sockValboolFlag(SOCK_LINGER, false);
    else {
      const t = dv.getInt32(4, true);
      sk.skLingertime = t < 0 ? Infinity : t;
      sk.sockValboolFlag(SOCK_LINGER, true);
    }
    return null;
  }
  if (typeof v !== 'number') return 'EINVAL';
  const val = v | 0;
  const on = val !== 0;
  switch (optname) {
    case SO_DEBUG: sk.sockValboolFlag(SOCK_DBG, on); return null;
    case SO_REUSEADDR: sk.skReuse = on; return null;
    case SO_REUSEPORT: sk.skReuseport = on; return null;
    case SO_TYPE: case SO_PROTOCOL: case SO_DOMAIN: case SO_ERROR: return 'ENOPROTOOPT';
    case SO_DONTROUTE: sk.sockValboolFlag(SOCK_LOCALROUTE, on); sk.dstReset(); return null;
    case SO_BROADCAST: sk.sockValboolFlag(SOCK_BROADCAST, on); return null;
    case SO_SNDBUF: sockSetSndbuf(sk, Math.min(val >>> 0, sk.net.core.wmemMax)); return null;
    case SO_SNDBUFFORCE: sockSetSndbuf(sk, Math.max(val, 0)); return null;
    case SO_RCVBUF: sockSetRcvbuf(sk, Math.min(val >>> 0, sk.net.core.rmemMax)); return null;
    case SO_RCVBUFFORCE: sockSetRcvbuf(sk, Math.max(val, 0)); return null;
    case SO_KEEPALIVE: sk.sockValboolFlag(SOCK_KEEPOPEN, on); return null;
    case SO_PRIORITY: sk.skPriority = val; return null;
    case SO_OOBINLINE: sk.sockValboolFlag(SOCK_URGINLINE, on); return null;
    case SO_NO_CHECK: sk.skNoCheckTx = on; return null;
    case SO_TIMESTAMP: case SO_TIMESTAMPNS: sockSetTimestamp(sk, optname === SO_TIMESTAMPNS, on); return null;
    case SO_RCVLOWAT: sk.skRcvlowat = val < 0 ? INT_MAX : val || 1; return null;
    case SO_MARK:
      if (sk.skMark !== val >>> 0) {
        sk.skMark = val >>> 0;
        sk.dstReset();
      }
      return null;
    case SO_BINDTOIFINDEX: return sockBindtoindex(sk, val);
    default: return 'ENOPROTOOPT';
  }
}

/** sk_getsockopt(): the SOL_SOCKET options' values (SO_ERROR reads and clears sk_err, else sk_err_soft). */
export function sockGetsockopt(sk: Sock, optname: number): SockOptVal | Errno {
  const flag = (f: number): number => (sk.sockFlag(f) ? 1 : 0);
  const tv = (ns: number): Timeval => (Number.isFinite(ns) ? { tvSec: Math.floor(ns / 1e9), tvUsec: Math.floor((ns % 1e9) / 1000) } : { tvSec: 0, tvUsec: 0 });
  switch (optname) {
    case SO_DEBUG: return flag(SOCK_DBG);
    case SO_DONTROUTE: return flag(SOCK_LOCALROUTE);
    case SO_BROADCAST: return flag(SOCK_BROADCAST);
    case SO_SNDBUF: return sk.skSndbuf;
    case SO_RCVBUF: return sk.skRcvbuf;
    case SO_REUSEADDR: return sk.skReuse ? 1 : 0;
    case SO_REUSEPORT: return sk.skReuseport ? 1 : 0;
    case SO_KEEPALIVE: return flag(SOCK_KEEPOPEN);
    case SO_LINGER: {
      const b = new Uint8Array(8);
      const dv = new DataView(b.buffer);
      dv.setInt32(0, flag(SOCK_LINGER), true);
      dv.setInt32(4, Number.isFinite(sk.skLingertime) ? sk.skLingertime : 0x7fffffff, true);
      return b;
    }
    case SO_TYPE: return sk.type;
    case SO_PROTOCOL: return sk.protocol;
    case SO_DOMAIN: return sk.family;
    case SO_ERROR: {
      const e = sockError(sk) ?? sk.skErrSoft;
      return e ? errnoNumber[e] : 0;
    }
    case SO_PRIORITY: return sk.skPriority;
    case SO_OOBINLINE: return flag(SOCK_URGINLINE);
    case SO_NO_CHECK: return sk.skNoCheckTx ? 1 : 0;
    case SO_RCVLOWAT: return sk.skRcvlowat;
    case SO_RCVTIMEO: return tv(sk.skRcvtimeo);
    case SO_SNDTIMEO: return tv(sk.skSndtimeo);
    case SO_TIMESTAMP: return sk.sockFlag(SOCK_RCVTSTAMP) && !sk.sockFlag(SOCK_RCVTSTAMPNS) ? 1 : 0;
    case SO_TIMESTAMPNS: return flag(SOCK_RCVTSTAMPNS);
    case SO_MARK: return sk.skMark;
    case SO_ACCEPTCONN: return sk.skState === TCP_LISTEN ? 1 : 0;
    case SO_BINDTOIFINDEX: return sk.skBoundDevIf;
    case SO_BINDTODEVICE: return sk.skBoundDevIf ? sk.net.devByIndex(sk.skBoundDevIf)?.name ?? '' : '';
    default: return 'ENOPROTOOPT';
  }
}
