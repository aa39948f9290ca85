/**
 * struct tcp_sock and the user side of TCP: listen, accept, connect (in
 * tcp_ipv4.ts), sendmsg into the write queue (segments of at most one MSS,
 * PSH on the last of a call), recvmsg from the receive queue, shutdown,
 * close (FIN, or RST when unread data is thrown away), poll, the SOL_TCP
 * options, and tcp_set_state() with its counters (CurrEstab, EstabResets).
 * @linux net/ipv4/tcp.c, include/linux/tcp.h, include/net/tcp.h
 */
import type { Net } from '../core/net_namespace.js';
import type { Errno } from '../core/errno.js';
import { netIncStats, LinuxMib, TcpStat } from '../core/snmp.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { allocSkbTruesize } from '../core/skbuff.js';
import {
  RCV_SHUTDOWN, SEND_SHUTDOWN, SOCK_BINDADDR_LOCK, SOCK_BINDPORT_LOCK, SOCK_RCVBUF_LOCK, TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN, sockError, type SockOptVal,
} from '../core/sock.js';
import type { Timer } from '../../sim/scheduler.js';
import {
  MSG_ERRQUEUE, MSG_OOB, MSG_PEEK, MSG_TRUNC, POLLERR, POLLHUP, POLLIN, POLLOUT, POLLRDHUP, POLLRDNORM,
  POLLWRNORM, SOCK_STREAM, SOL_TCP, type MsgIn, type MsgOut,
} from '../../uapi/linux/socket.js';
import { IPPROTO_TCP, type SockaddrIn } from '../../uapi/linux/in.js';
import { newTcpOptionsReceived, type TcpOptionsReceived } from '../../wire/tcp.js';
import type { Rtable } from './route.js';
import type { PageFrag } from '../core/page_frag.js';
import type { SkBuff } from '../core/skbuff.js';
import type { TcpCb } from './tcp_input.js';
import { InetSock } from './inet_sock.js';
import { portFree, tcpBindEphemeralPort } from './inet_hashtables.js';
import { tcpCongFor, type TcpCongOps } from './tcp_cong.js';
import { tcpCleanupRbuf, tcpPush, tcpQueueData, tcpSendRoom, tcpShutdownSend, tcpSyncMss } from './tcp_output.js';
import type { IpOptions } from '../core/skbuff.js';
import { tcpClose, tcpDisconnect } from './tcp_timer.js';
import { TcpRecoveryState } from './tcp_recovery.js';
import { TcpUndoState } from './tcp_undo.js';
import { TCP_DEFAULT_SCALING_RATIO, tcpRcvSpaceAdjust, tcpSetWindowClamp } from './tcp_rcvspace.js';
import { usecsToJiffies } from './tcp_metrics.js';
import { ipRecvError } from './ip_sockglue.js';

/** include/net/tcp_states.h */
export const TCP_SYN_SENT = 2;
export const TCP_SYN_RECV = 3;
export const TCP_FIN_WAIT1 = 4;
export const TCP_FIN_WAIT2 = 5;
export const TCP_TIME_WAIT = 6;
export const TCP_CLOSE_WAIT = 8;
export const TCP_LAST_ACK = 9;
export const TCP_CLOSING = 11;
export { TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN };

/** SOL_TCP options (include/uapi/linux/tcp.h). */
export const TCP_NODELAY = 1;
export const TCP_MAXSEG = 2;
export const TCP_CORK = 3;
export const TCP_KEEPIDLE = 4;
export const TCP_KEEPINTVL = 5;
export const TCP_KEEPCNT = 6;
export const TCP_SYNCNT = 7;
export const TCP_WINDOW_CLAMP = 10;
export const TCP_INFO = 11;
export const TCP_QUICKACK = 12;
export const TCP_CONGESTION = 13;
export const TCP_USER_TIMEOUT = 18;

/** include/net/tcp.h */
export const TCP_TIMEWAIT_LEN = 60e9;
export const TCP_RTO_MIN = 200e6;
export const TCP_RTO_MAX = 120e9;
export const TCP_TIMEOUT_INIT = 1e9;
export const TCP_DELACK_MIN = 40e6;
export const TCP_DELACK_MAX = 200e6;
export const TCP_ATO_MIN = 40e6;
export const TCP_INIT_CWND = 10;
export const TCP_MSS_DEFAULT = 536;
export const TCP_INFINITE_SSTHRESH = 0x7fffffff;
/** MAX_TCP_WINDOW */
export const MAX_TCP_WINDOW = 65535;
/**
 * MAX_TCP_HEADER, L1_CACHE_ALIGN(128 + MAX_HEADER): 256 on the reference
 * kernel, as its figures show (a TCP skb's head fits the 576-byte
 * skbuff_small_head cache, SKB_HEAD_ALIGN(MAX_TCP_HEADER); 832 bytes of
 * truesize before the payload).
 */
export const MAX_TCP_HEADER = 256;
/** The truesize of a TCP skb before its payload (tcp_stream_alloc_skb(): SKB_TRUESIZE(skb_end_offset()) of a MAX_TCP_HEADER head); page-frag payload adds its length. */
export const TCP_SKB_HEAD_TRUESIZE = allocSkbTruesize(MAX_TCP_HEADER);

/** enum tcp_ca_state */
export const TCP_CA_OPEN = 0;
export const TCP_CA_DISORDER = 1;
/** A window reduction for ECN (tcp_enter_cwr()), or a local congestion. */
export const TCP_CA_CWR = 2;
export const TCP_CA_RECOVERY = 3;
export const TCP_CA_LOSS = 4;

/**
 * One segment of the write or retransmit queue (an skb and its
 * TCP_SKB_CB). Its bytes are `len` bytes of `buf` from `off`: a run of
 * the socket's page (skb_frag_t: page, offset, size), or bytes of its
 * own, with no view object made per segment.
 */
export class TcpSeg {
  /*
   * Every field has a default the constructor then overwrites: V8 tracks a
   * field written only once as constant, and the first later write (a
   * partial ACK trimming off/len, the tail growing, a FIN) would throw
   * away all the code compiled against that, mid-transfer.
   */
  seq = 0;
  endSeq = 0;
  /** TCPHDR_* flags it carries (SYN, FIN, PSH). */
  flags = 0;
  /** (Declared without a value: defined undefined, then written by the constructor.) */
  buf: Uint8Array;
  off = 0;
  len = 0;
  /** Virtual time of its last transmission (ns). */
  when = 0;
  /** TCPCB_RETRANS: sent more than once (no RTT sample from it). */
  retrans = false;
  /** TCPCB_SACKED_ACKED */
  sacked = false;
  /** TCPCB_LOST: to be retransmitted. */
  lost = false;
  /** Its last retransmission repaired a loss (TCPCB_LOST kept with TCPCB_SACKED_RETRANS): lost again counts TCPLostRetransmit. */
  wasLost = false;
  /**
   * tcp_skb_pcount() of the skb this segment went out as the head of (a
   * TSO skb of several write-queue segments); 0 for a segment inside one.
   * A retransmission resends the lost rest of that skb with it.
   */
  pcount = 1;
  /** The page `buf` is (one reference on it), or null for bytes of its own. */
  page: PageFrag | null = null;
  /** Transmissions of this segment still alive in the host (queued on an unresolved neighbour, a qdisc...): skb_fclone_busy(). */
  fcloneBusy = 0;
  /** The truesize of the skb head sendmsg() opened with this segment (charged to sk_wmem_queued until it is acknowledged); 0 inside an skb. */
  headTruesize = 0;

  constructor(seq: number, endSeq: number, flags: number, buf: Uint8Array, off: number, len: number) {
    this.seq = seq;
    this.endSeq = endSeq;
    this.flags = flags;
    this.buf = buf;
    this.off = off;
    this.len = len;
  }

  /** Its bytes as one view (for the paths that send or queue one segment alone). */
  get data(): Uint8Array {
    return this.off === 0 && this.len === this.buf.length ? this.buf : this.buf.subarray(this.off, this.off + this.len);
  }
}

/*
 * The scoreboard's counters (tp->sacked_out, tp->lost_out) follow the
 * segments' marks as tcp_sacktag_one(), tcp_mark_skb_lost(),
 * tcp_retransmit_skb() and tcp_clean_rtx_queue() keep them, so that
 * tcp_packets_in_flight() needs no walk of the queue. A segment is
 * never SACKed and lost at once: SACKing clears TCPCB_LOST.
 */

/** tcp_mark_skb_lost() (TCPCB_LOST set, lost_out counted). */
export function tcpSegMarkLost(sk: TcpSock, seg: TcpSeg): void {
  if (seg.lost) return;
  seg.lost = true;
  sk.lostOut++;
}

/** TCPCB_LOST cleared (retransmitted, or the loss undone). */
export function tcpSegClearLost(sk: TcpSock, seg: TcpSeg): void {
  if (!seg.lost) return;
  seg.lost = false;
  sk.lostOut--;
}

/** tcp_sacktag_one(): TCPCB_SACKED_ACKED set (and TCPCB_LOST cleared), sacked_out counted. */
export function tcpSegMarkSacked(sk: TcpSock, seg: TcpSeg): void {
  tcpSegClearLost(sk, seg);
  if (seg.sacked) return;
  seg.sacked = true;
  sk.sackedOut++;
}

/** A segment off the retransmit queue (acknowledged) takes its marks out of the counters. */
export function tcpSegUnlink(sk: TcpSock, seg: TcpSeg): void {
  if (seg.sacked) sk.sackedOut--;
  if (seg.lost) sk.lostOut--;
}

/** A segment waiting in sk_backlog with its control block (ACKs coalesced into it count in its gso_segs). */
export interface TcpBacklogSkb {
  skb: SkBuff;
  cb: TcpCb;
}

/** tp->rcvq_space, tp->rcv_rtt_est, tp->window_clamp and tp->rcv_ssthresh (tcp_rcvspace.ts). */
export class TcpRcvSpace {
  /** rcvq_space.space: bytes the reader took in the last measured RTT. */
  space = 0;
  seq = 0;
  /** ns */
  time = 0;
  /** rcv_rtt_est.rtt_us, << 3 */
  rttUs = 0;
  /** rcv_rtt_est.seq: the window's end a window-dependent sample waits for. */
  rttEstSeq = 0;
  /** rcv_rtt_est.time (us); -1 before the first data. */
  rttEstTime = -1;
  lastTsecr = 0;
  /** 0: none set (tcp_select_initial_window() starts at the largest scaled window). */
  windowClamp = 0;
  rcvSsthresh = 0;
}

/** The per-connection counters TCP_INFO and ss -i show. */
export class TcpInfoCounters {
  bytesSent = 0;
  bytesAcked = 0;
  bytesReceived = 0;
  bytesRetrans = 0;
  segsOut = 0;
  segsIn = 0;
  dataSegsOut = 0;
  dataSegsIn = 0;
  totalRetrans = 0;
  lastDataSent = 0;
  lastDataRecv = 0;
  lastAckRecv = 0;
  delivered = 0;
  /** The last delivery rate sample (bytes/s; 0: none yet). */
  deliveryRate = 0;
  /** tp->app_limited: the delivered count below which samples are application-limited (0: not; -1: ~0U, tcp_init_sock()). */
  appLimited = -1;
  /** tp->rate_app_limited: the last sample was application-limited (tcp_init_sock() starts it so). */
  rateAppLimited = true;
  /** tp->chrono_type: what the chronograph times now (TCP_CHRONO_*, 0: nothing; tcp_chrono.ts). */
  chronoType = 0;
  /** tp->chrono_start: when the current period began, in jiffies. */
  chronoStart = 0;
  /** tp->chrono_stat[]: jiffies spent busy, rwnd-limited and sndbuf-limited. */
  readonly chronoStat = [0, 0, 0];
}

/**
 * V8 keeps a field written only once as a constant, and a field that has
 * held only small integers as one; the first write that breaks either
 * throws away every function compiled against the object's shape. The
 * fields first written as a connection ends (FIN, close, TIME_WAIT) are
 * written here once more, and those that outgrow 2^30 (sequence numbers,
 * nanosecond times, byte counts) get a double first, so that no lab's
 * first close or first second of virtual time recompiles the TCP stack.
 */
function tcpSockSettleFields(sk: TcpSock): void {
  sk.skShutdown = 0;
  sk.pingpong = false;
  sk.finSeen = false;
  sk.twTimer = null;
  sk.twCounted = false;
  sk.sackedOut = sk.lostOut = 0;
  sk.twExpires = 0.5;
  sk.twExpires = 0;
  const i = sk.info;
  i.bytesSent = i.bytesAcked = i.bytesReceived = i.bytesRetrans = i.lastDataSent = i.lastDataRecv = i.lastAckRecv = i.deliveryRate = 0.5;
  i.bytesSent = i.bytesAcked = i.bytesReceived = i.bytesRetrans = i.lastDataSent = i.lastDataRecv = i.lastAckRecv = i.deliveryRate = 0;
  const q = sk.rcvq;
  q.seq = q.time = q.lastTsecr = 0.5;
  q.seq = q.time = q.lastTsecr = 0;
  const r = sk.rack;
  r.mstamp = r.endSeq = r.tlpHighSeq = r.cwndUsageSeq = 0.5;
  r.mstamp = r.endSeq = r.tlpHighSeq = r.cwndUsageSeq = 0;
  const u = sk.undo;
  u.marker = u.stamp = u.dsackStart = u.dsackEnd = 0.5;
  u.marker = u.stamp = u.dsackStart = u.dsackEnd = 0;
}

/** struct tcp_sock (with the inet_connection_sock and request_sock parts it needs). */
export class TcpSock extends InetSock {
  /* Sequence space (RFC 9293 3.3.1). */
  iss = 0;
  irs = 0;
  sndUna = 0;
  sndNxt = 0;
  /** write_seq: the sequence after the last byte the user queued. */
  writeSeq = 0;
  sndWnd = 0;
  sndWl1 = 0;
  maxWindow = 0;
  rcvNxt = 0;
  /** rcv_wup: rcv_nxt when the last window was advertised. */
  rcvWup = 0;
  rcvWnd = 0;
  copiedSeq = 0;
  /* MSS and options. */
  mssCache = TCP_MSS_DEFAULT;
  advmss = 1460;
  /** The MSS option of our SYN or SYN-ACK: the route's advmss (before the timestamp option is taken off advmss). */
  synMss = 1460;
  /** icsk_pmtu_cookie: the path MTU mss_cache was last sized for (tcp_sync_mss()); ss -i's pmtu. */
  pmtuCookie = 0;
  /** icsk_ext_hdr_len: the IP options' length (inet_opt), which every segment's MSS gives up (tcp_mtu_to_mss()). */
  extHdrLen = 0;
  /** icsk_ack.rcv_mss: the peer's segment size as seen. */
  rcvMss = TCP_MSS_DEFAULT;
  /** tp->scaling_ratio: payload per 256 bytes of receive memory (tcp_win_from_space()). */
  scalingRatio = TCP_DEFAULT_SCALING_RATIO;
  readonly rxOpt: TcpOptionsReceived = newTcpOptionsReceived();
  tstampOk = false;
  sackOk = false;
  wscaleOk = false;
  sndWscale = 0;
  rcvWscale = 0;
  tsRecent = 0;
  tsOffset = 0;
  /* Queues. */
  readonly writeQueue: TcpSeg[] = [];
  readonly rtxQueue: TcpSeg[] = [];
  /** sacked_out: retransmit-queue segments SACKed (tcpSegMarkSacked()). */
  sackedOut = 0;
  /** lost_out: retransmit-queue segments marked lost and not resent since (tcpSegMarkLost()); never SACKed ones too. */
  lostOut = 0;
  /** out_of_order_queue: payloads beyond rcv_nxt, by sequence. */
  readonly ofoQueue: TcpSeg[] = [];
  /** sk_wmem_queued in payload bytes. */
  wmemQueued = 0;
  /** sk->sk_frag: the page sendmsg() copies into now. */
  pageFrag: PageFrag | null = null;
  /* Congestion control and recovery. */
  sndCwnd = TCP_INIT_CWND;
  sndSsthresh = TCP_INFINITE_SSTHRESH;
  /** snd_cwnd_clamp: the largest cwnd (a cached locked cwnd metric: tcp_init_metrics()). */
  sndCwndClamp = TCP_INFINITE_SSTHRESH;
  sndCwndCnt = 0;
  caState = TCP_CA_OPEN;
  caOps: TcpCongOps;
  /** icsk_ca_setsockopt: TCP_CONGESTION chose caOps (a child keeps it). */
  caSetsockopt = false;
  /** icsk_ca_dst_locked: caOps came from a route's `congctl lock` (TCP_CONGESTION then fails with EPERM). */
  caDstLocked = false;
  readonly caPriv: number[] = [0, 0, 0, 0, 0, 0];
  highSeq = 0;
  dupAcks = 0;
  priorSsthresh = 0;
  /** snd_sml: the end of the last small segment sent (Nagle, Minshall's rule). */
  sndSml = 0;
  /* RTT (RFC 6298): srtt is srtt_us << 3, mdev and rttvar in µs (tcp_rtt_estimator()); rto in ns. */
  srtt = 0;
  mdev = 0;
  rttvar = 0;
  rto = TCP_TIMEOUT_INIT;
  /** icsk_rto_min in jiffies: usecs_to_jiffies(tcp_rto_min_us) at tcp_init_sock(); a child copies its listener's (sk_clone_lock()). */
  rtoMin = 0;
  backoff = 0;
  retransmits = 0;
  /** tp->ecn_flags: TCP_ECN_OK, _QUEUE_CWR, _DEMAND_CWR, _SEEN (tcp_ecn.ts). */
  ecnFlags = 0;
  /** icsk_ack.pending's ICSK_ACK_NOW: the next ACK goes at once (a data segment with CWR came). */
  ackNow = false;
  /** Virtual time the retransmit timer first fired for the current head (for tcp_retries2 in time). */
  retransStamp = 0;
  /* Delayed ACK (icsk_ack). */
  ackPending = false;
  /** icsk_ack.pending's ICSK_ACK_PUSHED (1) and ICSK_ACK_PUSHED2 (2): a segment shorter than rcv_mss came since the last ACK (twice). */
  ackPushed = 0;
  quickAcks = 0;
  pingpong = false;
  ato = TCP_ATO_MIN;
  lrcvtime = 0;
  /** icsk_ack.ato set: the first data came (tcp_event_data_recv()'s quick-ACK start). */
  dataSeen = false;
  /* Timers. */
  rtxTimer: Timer | null = null;
  delackTimer: Timer | null = null;
  keepaliveTimer: Timer | null = null;
  /**
   * inet_csk_clear_xmit_timer() only clears icsk_pending (INET_CSK_CLEAR_TIMERS is not defined): the
   * retransmit and delayed-ACK timer_lists stay armed, holding their sock_hold(), until they fire idle.
   * When (virtual ns) each cleared one fires; sk_refcnt counts them (/proc/net/tcp).
   */
  /**
   * pred_flags: the window (as sent, unscaled) header prediction expects, -1 when it is off
   * (tcp_fast_path_on(), tcp_fast_path_check()).
   */
  predWnd = -1;
  /** sk_forward_alloc as the received data uses it: pages scheduled for the receive queue, less what its skbs charge. */
  rcvFwdAlloc = 0;
  rtxIdleUntil = 0;
  delackIdleUntil = 0;
  twTimer: Timer | null = null;
  /** TIME_WAIT / FIN_WAIT2 orphan: the timer's expiry, for ss and /proc/net/tcp. */
  twExpires = 0;
  /** Holds one of tcp_max_tw_buckets (an inet_timewait_sock in Linux). */
  twCounted = false;
  /* Options. */
  nodelay = false;
  cork = false;
  userMss = 0;
  keepaliveTime = 0;
  keepaliveIntvl = 0;
  keepaliveProbes = 0;
  probesOut = 0;
  synRetriesOpt = 0;
  /* Listener and request-socket state. */
  maxAckBacklog = 0;
  readonly acceptQueue: TcpSock[] = [];
  /** request sockets (SYN_RECV children) not yet accepted. */
  synQueueLen = 0;
  /** rx_opt.ts_recent_stamp of a listener: when its SYN queue last overflowed (syncookies). */
  synqOverflowStamp = -Infinity;
  parent: TcpSock | null = null;
  /** Hashed in ehash / bhash. */
  ehashed = false;
  bound = false;
  /** The port came from connect() (__inet_hash_connect), so other 4-tuples may share it. */
  bindByConnect = false;
  /**
   * The virtual instant connect() sent its SYN. Linux holds the socket
   * lock (sock_owned_by_user) through tcp_v4_connect(), and the softirqs the
   * SYN raises run at local_bh_enable() inside it: what answers in that
   * same instant (over veth, lo) meets the socket owned by the user.
   */
  connectOwnedAt = -1;
  /** sock_owned_by_user() while a write holds the socket lock (tcp_sendmsg() until release_sock()). */
  ownedByUser = false;
  /** sk_backlog: segments that met the socket owned (tcp_add_backlog()), processed by release_sock(). */
  readonly backlog: TcpBacklogSkb[] = [];
  /** last_oow_ack_time (tcp_sock's, tcp_request_sock's): tcp_jiffies32 of the last answer to an invalid segment, 0 never. */
  lastOowAckTime = 0;
  /** The cached route to the peer (sk_dst_cache). */
  dstCache: Rtable | null = null;
  /** sk->sk_rx_dst and sk_rx_dst_ifindex: the input route of its segments and their device, for early demux. */
  rxDst: Rtable | null = null;
  rxDstIfindex = 0;
  readonly info = new TcpInfoCounters();
  readonly rcvq = new TcpRcvSpace();
  /** RACK-TLP, reordering and cwnd-usage state (tcp_recovery.ts). */
  readonly rack = new TcpRecoveryState();
  /** Undo, PRR, F-RTO and D-SACK state (tcp_undo.ts). */
  readonly undo = new TcpUndoState();

  constructor(net: Net) {
    super(net, SOCK_STREAM, IPPROTO_TCP);
    const s = net.ipv4.sysctl.tcp;
    this.rack.reordering = s.reordering;
    this.skSndbuf = s.wmem[1]!;
    this.skRcvbuf = s.rmem[1]!;
    this.caOps = tcpCongFor(s.congestionControl);
    this.rtoMin = usecsToJiffies(s.rtoMinUs);
    tcpSockSettleFields(this);
  }

  /** SOCK_RCVBUF_LOCK: SO_RCVBUF fixed the buffer (no autotuning). */
  get rcvbufLocked(): boolean {
    return (this.skUserlocks & SOCK_RCVBUF_LOCK) !== 0;
  }

  get protName(): string {
    return 'TCP';
  }

  get tcpSysctl() {
    return this.net.ipv4.sysctl.tcp;
  }

  /** sk_dst_reset() */
  /**
   * do_ip_setsockopt(IP_OPTIONS) on a connection socket: icsk_ext_hdr_len
   * follows the options' length and icsk_sync_mss() sizes the MSS again
   * for the path MTU it was last sized for (icsk_pmtu_cookie).
   */
  override setIpOptions(opt: IpOptions | null): void {
    this.extHdrLen += (opt?.optlen ?? 0) - (this.inetOpt?.optlen ?? 0);
    super.setIpOptions(opt);
    tcpSyncMss(this, this.pmtuCookie);
  }

  override dstReset(): void {
    this.dstCache = null;
  }

  /** inet_unhash() + inet_put_port(): leave ehash, the listeners and the bind bucket. */
  unhash(): void {
    const h = this.net.ipv4.tcpHashinfo;
    if (this.ehashed) h.ehashDel(this);
    this.ehashed = false;
    h.listeners.del(this.inetNum, this);
    if (this.bound) h.bhash.del(this.inetNum, this);
    this.bound = false;
  }

  /** inet_csk_get_port(): take `snum` (0: bind(0)'s search) in bhash. */
  getPort(snum: number): Errno | null {
    const bhash = this.net.ipv4.tcpHashinfo.bhash;
    if (snum === 0) {
      snum = tcpBindEphemeralPort(this.net, bhash, this);
      if (!snum) return 'EADDRINUSE';
    } else if (!portFree(bhash, this, snum, true)) return 'EADDRINUSE';
    this.inetNum = this.inetSport = snum;
    bhash.add(snum, this);
    this.bound = true;
    return null;
  }

  /** __inet_bind() */
  override bind(addr: SockaddrIn): Errno | null {
    if (this.skState !== TCP_CLOSE || this.inetNum) return 'EINVAL';
    const err = this.bindAddr(addr);
    if (err) return err;
    const e = this.getPort(addr.port);
    if (e) {
      this.inetSaddr = this.inetRcvSaddr = 0;
      return e;
    }
    if (this.inetRcvSaddr) this.skUserlocks |= SOCK_BINDADDR_LOCK;
    if (addr.port) this.skUserlocks |= SOCK_BINDPORT_LOCK;
    return null;
  }

  /**
   * inet_listen() -> inet_csk_listen_start(): the backlog is capped by
   * somaxconn; the port is taken again with the listener's rules.
   */
  listen(backlog: number): Errno | null {
    if (this.skState !== TCP_CLOSE && this.skState !== TCP_LISTEN) return 'EINVAL';
    this.maxAckBacklog = Math.min(Math.max(backlog, 0), this.tcpSysctl.somaxconn);
    if (this.skState === TCP_LISTEN) return null;
    const h = this.net.ipv4.tcpHashinfo;
    if (!this.inetNum) {
      this.skState = TCP_LISTEN;
      const e = this.getPort(0);
      if (e) {
        this.skState = TCP_CLOSE;
        return e;
      }
    } else {
      this.skState = TCP_LISTEN;
      for (const sk2 of h.bhash.chain(this.inetNum)) {
        if (sk2 !== this && (sk2.skState === TCP_LISTEN || !sk2.skReuse || !this.skReuse) && !(sk2.skReuseport && this.skReuseport) &&
          (!sk2.inetRcvSaddr || !this.inetRcvSaddr || sk2.inetRcvSaddr === this.inetRcvSaddr) && sk2.skState !== TCP_TIME_WAIT) {
          this.skState = TCP_CLOSE;
          return 'EADDRINUSE';
        }
      }
    }
    h.listeners.add(this.inetNum, this);
    return null;
  }

  /** inet_csk_accept() without sleeping: the oldest established child, or EAGAIN. */
  acceptNow(): TcpSock | Errno {
    if (this.skState !== TCP_LISTEN) return 'EINVAL';
    const child = this.acceptQueue.shift();
    if (!child) return 'EAGAIN';
    child.parent = null;
    return child;
  }

  /** tcp_set_state(): CurrEstab, EstabResets, and unhashing on CLOSE. */
  setState(state: number): void {
    const old = this.skState;
    const mib = this.net.mib.tcp;
    if (state === TCP_ESTABLISHED && old !== TCP_ESTABLISHED) mib[TcpStat.CURRESTAB]!++;
    if (old === TCP_ESTABLISHED && state !== TCP_ESTABLISHED) mib[TcpStat.CURRESTAB]!--;
    if (state === TCP_CLOSE && (old === TCP_CLOSE_WAIT || old === TCP_ESTABLISHED)) mib[TcpStat.ESTABRESETS]!++;
    this.skState = state;
    if (state === TCP_CLOSE) this.unhash();
  }

  /** SOCK_NOSPACE: a writer found the send buffer full (tcp_sendmsg_locked()'s wait_for_space, tcp_poll()). */
  noSpace = false;

  /** The bytes the user may still queue (sk_stream_wspace). */
  get sndSpace(): number {
    return this.skSndbuf - this.wmemQueued;
  }

  /** The bytes waiting in the receive queue (tcp_inq / Recv-Q). */
  get rcvQueued(): number {
    return ((this.rcvNxt - this.copiedSeq) >>> 0) - (this.finSeen ? 1 : 0);
  }

  /** The peer's FIN is in rcv_nxt (it occupies a sequence number, not a byte of data). */
  finSeen = false;

  /** Send-Q: what was queued and not acknowledged yet (write_seq - snd_una). */
  get sndQueued(): number {
    return (this.writeSeq - this.sndUna) >>> 0;
  }

  /**
   * tcp_recvmsg(): bytes of the receive queue in order; 0 bytes at EOF; EAGAIN when there is nothing yet.
   * MSG_ERRQUEUE reads the error queue first (inet_recv_error()), where tcp_v4_err() put the ICMP errors of the handshake.
   */
  override recvmsgNow(len: number, flags: number, buf: Uint8Array | null = null): MsgIn | Errno {
    if (flags & MSG_ERRQUEUE) return ipRecvError(this, len);
    if (flags & MSG_OOB) return 'EINVAL';
    if (this.skState === TCP_LISTEN) return 'ENOTCONN';
    const peek = (flags & MSG_PEEK) !== 0;
    const want = Math.min(len, this.rcvQueued);
    const out = buf && buf.length >= want ? buf.subarray(0, want) : new Uint8Array(want);
    let copied = 0;
    for (let skb = this.skReceiveQueue.peek(); skb && copied < out.length;) {
      const n = Math.min(skb.len, out.length - copied);
      out.set(skb.buf.subarray(skb.data, skb.data + n), copied);
      copied += n;
      if (peek) break;
      if (n < skb.len) {
        skb.pull(n);
        break;
      }
      this.skReceiveQueue.dequeue();
      // sock_rfree() -> sk_mem_uncharge() -> sk_mem_reclaim(): whole pages go back, less than one stays.
      this.rcvFwdAlloc += skb.truesize;
      if (this.rcvFwdAlloc >= 4096) this.rcvFwdAlloc &= 4095;
      kfreeSkbReason(this.net, skb, 'NOT_SPECIFIED', 'tcp_eat_recv_skb');
      skb = this.skReceiveQueue.peek();
    }
    if (copied > 0) {
      if (!peek) {
        this.copiedSeq = (this.copiedSeq + copied) >>> 0;
        tcpRcvSpaceAdjust(this);
        tcpCleanupRbuf(this, copied);
      }
      return { data: out.subarray(0, copied), len: copied, name: null, control: [], flags: flags & MSG_TRUNC ? MSG_TRUNC : 0 };
    }
    const eof: MsgIn = { data: new Uint8Array(0), len: 0, name: null, control: [], flags: 0 };
    if (len === 0) return eof;
    const err = sockError(this);
    if (err) return err;
    if (this.skShutdown & RCV_SHUTDOWN) return eof;
    if (this.skState === TCP_CLOSE) return this.wasConnected ? eof : 'ENOTCONN';
    return 'EAGAIN';
  }

  /** Once ESTABLISHED: a later CLOSE reads as EOF rather than ENOTCONN. */
  wasConnected = false;

  /**
   * tcp_sendmsg_locked(): wait-free part — append to the write queue as
   * the send buffer allows (tcpSendRoom()), then push. Returns the bytes taken (EAGAIN when none fit).
   */
  override sendmsg(msg: MsgOut, flags: number): number | Errno {
    if (flags & MSG_OOB) return 'EOPNOTSUPP';
    const st = this.skState;
    if (st === TCP_SYN_SENT || st === TCP_SYN_RECV) return 'EAGAIN';
    if (this.skErr) return sockError(this)!;
    if (this.skShutdown & SEND_SHUTDOWN) return 'EPIPE';
    if (st !== TCP_ESTABLISHED && st !== TCP_CLOSE_WAIT) return st === TCP_LISTEN || !this.wasConnected ? 'ENOTCONN' : 'EPIPE';
    const data = msg.data;
    const n = tcpSendRoom(this, data.length);
    if (n < data.length) this.noSpace = true;
    if (n === 0) return data.length === 0 ? 0 : 'EAGAIN';
    tcpQueueData(this, data.subarray(0, n));
    return n;
  }

  /** inet_shutdown() -> tcp_shutdown(): SEND_SHUTDOWN sends our FIN. */
  shutdown(how: number): Errno | null {
    const st = this.skState;
    if (st === TCP_CLOSE) return 'ENOTCONN';
    if (st === TCP_LISTEN) {
      if (how & RCV_SHUTDOWN) tcpDisconnect(this);
      return null;
    }
    if (st === TCP_SYN_SENT) {
      tcpDisconnect(this);
      return null;
    }
    this.skShutdown |= how;
    if (how & SEND_SHUTDOWN) tcpShutdownSend(this);
    this.skWq.wake(0);
    return null;
  }

  /** tcp_close(): an orphan finishes the connection on its own. */
  override close(): void {
    tcpClose(this);
  }

  /** tcp_poll() */
  override poll(): number {
    const st = this.skState;
    if (st === TCP_LISTEN) return this.acceptQueue.length ? POLLIN | POLLRDNORM : 0;
    let mask = 0;
    if (this.skShutdown === (RCV_SHUTDOWN | SEND_SHUTDOWN) || st === TCP_CLOSE) mask |= POLLHUP;
    if (this.skShutdown & RCV_SHUTDOWN) mask |= POLLIN | POLLRDNORM | POLLRDHUP;
    if (st !== TCP_SYN_SENT && st !== TCP_SYN_RECV) {
      if (this.rcvQueued > 0) mask |= POLLIN | POLLRDNORM;
      if (this.skShutdown & SEND_SHUTDOWN || this.sndSpace > 0) mask |= POLLOUT | POLLWRNORM;
      else this.noSpace = true;
    }
    if (this.skErr || this.skErrorQueue.qlen > 0) mask |= POLLERR;
    return mask;
  }

  /** do_tcp_setsockopt() */
  override setsockopt(level: number, optname: number, v: SockOptVal): Errno | null {
    if (level !== SOL_TCP) return super.setsockopt(level, optname, v);
    if (optname === TCP_CONGESTION) {
      if (typeof v !== 'string') return 'EINVAL';
      // tcp_set_congestion_control(): a route's locked algorithm stays.
      if (this.caDstLocked) return 'EPERM';
      const ops = tcpCongFor(v.replace(/\0.*$/s, ''), true);
      if (!ops) return 'ENOENT';
      this.caOps = ops;
      this.caSetsockopt = true;
      return null;
    }
    if (typeof v !== 'number') return 'EINVAL';
    switch (optname) {
      case TCP_NODELAY:
        this.nodelay = v !== 0;
        if (this.nodelay) tcpPush(this);
        return null;
      case TCP_CORK:
        this.cork = v !== 0;
        if (!this.cork) tcpPush(this);
        return null;
      case TCP_MAXSEG:
        // do_tcp_setsockopt(): "if (val && (val < TCP_MIN_MSS || val > MAX_TCP_WINDOW)) return -EINVAL"
        if (v && (v < 88 || v > 32767)) return 'EINVAL';
        this.userMss = v;
        return null;
      case TCP_KEEPIDLE: if (v < 1 || v > 32767) return 'EINVAL'; this.keepaliveTime = v; return null;
      case TCP_KEEPINTVL: if (v < 1 || v > 32767) return 'EINVAL'; this.keepaliveIntvl = v; return null;
      case TCP_KEEPCNT: if (v < 1 || v > 127) return 'EINVAL'; this.keepaliveProbes = v; return null;
      case TCP_SYNCNT: if (v < 1 || v > 127) return 'EINVAL'; this.synRetriesOpt = v; return null;
      case TCP_WINDOW_CLAMP:
        // tcp_set_window_clamp(): 0 clears the clamp, only on a closed socket (else EINVAL)
        if (v === 0) {
          if (this.skState !== TCP_CLOSE) return 'EINVAL';
          this.rcvq.windowClamp = 0;
          return null;
        }
        tcpSetWindowClamp(this, v);
        return null;
      case TCP_QUICKACK:
        if (v) this.quickAcks = 16;
        this.pingpong = !v;
        return null;
      default: return 'ENOPROTOOPT';
    }
  }

  override getsockopt(level: number, optname: number): SockOptVal | Errno {
    if (level !== SOL_TCP) return super.getsockopt(level, optname);
    switch (optname) {
      case TCP_NODELAY: return this.nodelay ? 1 : 0;
      case TCP_CORK: return this.cork ? 1 : 0;
      case TCP_MAXSEG: return this.skState === TCP_CLOSE || this.skState === TCP_LISTEN ? this.userMss || TCP_MSS_DEFAULT : this.mssCache;
      case TCP_KEEPIDLE: return this.keepaliveTime || this.tcpSysctl.keepaliveTime;
      case TCP_KEEPINTVL: return this.keepaliveIntvl || this.tcpSysctl.keepaliveIntvl;
      case TCP_KEEPCNT: return this.keepaliveProbes || this.tcpSysctl.keepaliveProbes;
      case TCP_SYNCNT: return this.synRetriesOpt || this.tcpSysctl.synRetries;
      case TCP_WINDOW_CLAMP: return this.rcvq.windowClamp;
      case TCP_QUICKACK: return this.pingpong ? 0 : 1;
      case TCP_CONGESTION: return this.caOps.name;
      default: return 'ENOPROTOOPT';
    }
  }

  /** TcpExt counter. */
  mibNet(f: LinuxMib): void {
    netIncStats(this.net, f);
  }
}

