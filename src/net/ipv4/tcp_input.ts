/**
 * TCP input on a socket: the SYN_SENT handshake, sequence and RST checks
 * (RFC 5961 challenge ACKs), ACK processing (window update, the retransmit
 * queue, RTT per RFC 6298 with Linux's 200 ms floor, SACK scoreboard
 * (tcp_sack.ts), loss recovery (tcp_recovery.ts, tcp_undo.ts), congestion
 * control with PRR in recovery), in-order and out-of-order data (a
 * duplicate D-SACKed, tcp_dsack.ts), FIN, RST, and when to ACK (quick-ACK
 * at start, every second full segment, otherwise delayed).
 * @linux net/ipv4/tcp_input.c
 */
import type { SkBuff } from '../core/skbuff.js';
import { LinuxMib, TcpStat, netAddStats } from '../core/snmp.js';
import { JIFFY_MS } from '../core/sysctl.js';
import { NSEC_PER_JIFFY, jiffies } from './inetpeer.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { RCV_SHUTDOWN, SOCK_DEAD, sockQueueRcvSkbReason } from '../core/sock.js';
import { POLLOUT } from '../../uapi/linux/socket.js';
import { SkBuff as SkBuffClass } from '../core/skbuff.js';
import { Iph } from '../../wire/ipv4.js';
import {
  TCPHDR_ACK, TCPHDR_FIN, TCPHDR_PSH, TCPHDR_RST, TCPHDR_SYN, after, before, type TcpOptionsReceived,
} from '../../wire/tcp.js';
import {
  MAX_TCP_WINDOW, TCP_ATO_MIN, TCP_CA_OPEN, TCP_CA_RECOVERY, TCP_CLOSE, TCP_CLOSE_WAIT,
  TCP_CLOSING, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2, TCP_LAST_ACK, TCP_LISTEN, TCP_MSS_DEFAULT, TCP_RTO_MAX,
  TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT, tcpSegUnlink, type TcpSock,
} from './tcp.js';
import {
  newSeg, tcpEstablishedHooks, tcpPacketsInFlight, tcpPush, tcpSegFree, tcpRetransmitSeg, tcpSendAck, tcpSendDelayedAck, tcpSendSynack, tcpWriteXmit,
  tcpSyncMss, tcpXmitRetransmitQueue,
} from './tcp_output.js';
import { tcpRtoMinUs, tcpUpdateMetrics, usecsToJiffies } from './tcp_metrics.js';
import { RTAX_QUICKACK } from '../../uapi/linux/rtmsg.js';
import { tcpGrowWindow, tcpRcvRttMeasure, tcpRcvRttMeasureTs, tcpUpdateScalingRatio } from './tcp_rcvspace.js';
import { tcpClearXmitTimer, tcpDone, tcpEnterTimeWait, tcpOrphanFinWait2, tcpResetXmitTimer } from './tcp_timer.js';
import {
  FLAG_DATA_SACKED, FLAG_NOT_DUP, FLAG_SND_UNA_ADVANCED, tcpCheckSackReordering, tcpFastretransAlert, tcpHighestSackSeq,
  tcpIsCwndLimited, tcpLostOut, tcpProcessTlpAck, tcpRackAdvance, tcpRackUpdateReoWnd, tcpSetXmitTimer, tcpUpdateRttMin,
} from './tcp_recovery.js';
import { TCP_CHRONO_BUSY, TCP_CHRONO_SNDBUF_LIMITED, tcpChronoStop } from './tcp_chrono.js';
import { tcpDsackSet, tcpDupackDsack, tcpEnterQuickackMode } from './tcp_dsack.js';
import { tcpSacktagWriteQueue } from './tcp_sack.js';
import { FLAG_DSACKING_ACK, FLAG_ECE, FLAG_ORIG_SACK_ACKED, tcpCwndReduction, tcpInCwndReduction } from './tcp_undo.js';
import { tcpEcnAcceptCwr, tcpEcnCheckCe, tcpEcnRcvEcnEcho, tcpEcnRcvSynack } from './tcp_ecn.js';

/** FLAG_DATA, FLAG_WIN_UPDATE, FLAG_DATA_ACKED of tcp_ack() (the rest in tcp_recovery.ts and tcp_undo.ts). */
const FLAG_DATA = 0x1;
const FLAG_WIN_UPDATE = 0x2;
const FLAG_DATA_ACKED = 0x4;

/** TCP_SKB_CB(skb): the parsed header of a received segment. */
export interface TcpCb {
  seq: number;
  endSeq: number;
  ackSeq: number;
  flags: number;
  window: number;
  /** Payload offset in skb.buf and length. */
  payload: number;
  len: number;
  readonly opt: TcpOptionsReceived;
  /** The TCP header's length (doff * 4). */
  hdrLen: number;
}

/** sk_mem_pages(): memory is scheduled in pages. */
const PAGE_SIZE = 4096;

/** How tcp_rcv_established() came to tcp_ack(): the slow path (FLAG_SLOWPATH), or header prediction's. */
type AckPath = 0 | 1;
const ACK_SLOWPATH = 0;
const ACK_FASTPATH = 1;

/**
 * tcp_fast_path_check() -> tcp_fast_path_on(): header prediction expects an
 * ACK-only segment of our header length carrying the window last seen
 * (snd_wnd >> snd_wscale), unless segments wait out of order, the window
 * we offer is shut or the receive buffer full.
 */
export function tcpFastPathCheck(sk: TcpSock): void {
  if (!sk.ofoQueue.length && sk.rcvWnd && sk.skRmemAlloc < sk.skRcvbuf) sk.predWnd = sk.sndWnd >>> sk.sndWscale;
}

/**
 * tcp_rcv_established()'s header prediction: an ESTABLISHED socket's next
 * in-order segment with only ACK (and PSH) set, our header length and the
 * predicted window takes the fast path: a pure ACK (TCPHPAcks when it
 * advances), or data queued at once (TCPHPHits) when the socket has
 * forward-allocated memory for it; anything else the slow path.
 */
function tcpHeaderPredicted(sk: TcpSock, skb: SkBuff, cb: TcpCb): boolean {
  if (sk.skState !== TCP_ESTABLISHED || sk.predWnd < 0) return false;
  if ((cb.flags & ~TCPHDR_PSH) !== TCPHDR_ACK || cb.hdrLen !== (sk.tstampOk ? 32 : 20) || cb.window !== sk.predWnd) return false;
  if (cb.seq !== sk.rcvNxt || after(cb.ackSeq, sk.sndNxt)) return false;
  // "if ((int)skb->truesize > sk->sk_forward_alloc) goto step5;"
  return cb.len === 0 || skb.truesize <= sk.rcvFwdAlloc;
}

/** tcp_receive_window(): what is left of the window last advertised. */
function tcpReceiveWindow(sk: TcpSock): number {
  return Math.max(0, (sk.rcvWup + sk.rcvWnd - sk.rcvNxt) | 0);
}

/**
 * tcp_rtt_estimator() + tcp_set_rto() in µs: SRTT, mdev and RTTVAR as
 * Linux keeps them (rttvar never below tcp_rto_min_us()), RTO = SRTT + RTTVAR
 * in whole jiffies (__tcp_set_rto(): usecs_to_jiffies(), rounded up), as
 * icsk_rto is kept and doubled (tcp_retransmit_timer()).
 */
export function tcpRttEstimator(sk: TcpSock, sampleNs: number): void {
  let m = Math.max(1, Math.round(sampleNs / 1000));
  const rtoMinUs = tcpRtoMinUs(sk);
  if (sk.srtt !== 0) {
    m -= sk.srtt >> 3;
    sk.srtt += m;
    if (m < 0) {
      m = -m - (sk.mdev >> 2);
      if (m > 0) m >>= 3;
    } else m -= sk.mdev >> 2;
    sk.mdev += m;
    if (sk.mdev > sk.rttvar) sk.rttvar = sk.mdev;
    if (sk.rttvar > rtoMinUs && sk.mdev < sk.rttvar) sk.rttvar = Math.max(rtoMinUs, sk.rttvar - ((sk.rttvar - sk.mdev) >> 2));
  } else {
    sk.srtt = m << 3;
    sk.mdev = m << 1;
    sk.rttvar = Math.max(sk.mdev, rtoMinUs);
  }
  sk.srtt = Math.max(1, sk.srtt);
  sk.rto = Math.min(usecsToJiffies((sk.srtt >> 3) + sk.rttvar) * NSEC_PER_JIFFY, TCP_RTO_MAX);
}

/** tcp_reset(): the peer reset us — ECONNREFUSED in SYN_SENT, EPIPE in CLOSE_WAIT, else ECONNRESET. */
export function tcpReset(sk: TcpSock): void {
  const st = sk.skState;
  if (st === TCP_CLOSE) return;
  sk.skErr = st === TCP_SYN_SENT ? 'ECONNREFUSED' : st === TCP_CLOSE_WAIT ? 'EPIPE' : 'ECONNRESET';
  if (!sk.sockFlag(SOCK_DEAD)) sk.errorReport();
  tcpDone(sk);
}

/**
 * tcp_clean_rtx_queue(): drop what `ack` covers (a partial segment is
 * trimmed), take an RTT sample (seq_rtt from the oldest segment sent
 * once and not SACKed, ca_rtt from the newest, for rtt_min) unless a retransmission is
 * among them (Karn: FLAG_RETRANS_DATA_ACKED), else from the echoed
 * timestamp (tcp_ack_update_rtt()), advance RACK with each segment delivered now;
 * an original segment acknowledged below the highest SACK was reordered.
 * The FLAG_* bits: FLAG_DATA_ACKED, FLAG_ORIG_SACK_ACKED (a segment never
 * retransmitted, sent before high_seq, is acknowledged now).
 */
function tcpCleanRtxQueue(sk: TcpSock, ack: number, cb: TcpCb, priorFack: number): number {
  const now = sk.net.sched.now;
  let acked = 0;
  let firstAckt = -1;
  let lastAckt = -1;
  let retransAcked = false;
  let reord = sk.sndNxt;
  let delivered = 0;
  let flag = 0;
  while (sk.rtxQueue.length) {
    const seg = sk.rtxQueue[0]!;
    if (after(seg.endSeq, ack)) {
      if (after(ack, seg.seq) && seg.len) {
        const n = (ack - seg.seq) >>> 0;
        const cut = Math.min(n, seg.len);
        seg.off += cut;
        seg.len -= cut;
        seg.seq = ack;
        sk.wmemQueued -= cut;
      }
      break;
    }
    sk.rtxQueue.shift();
    tcpSegUnlink(sk, seg);
    acked++;
    sk.wmemQueued -= seg.len + seg.headTruesize;
    tcpSegFree(sk, seg);
    if (seg.retrans) retransAcked = true;
    else if (!seg.sacked) {
      if (firstAckt < 0) firstAckt = seg.when;
      lastAckt = seg.when;
    }
    if (!seg.sacked) {
      delivered++;
      if (!seg.retrans) {
        if (before(seg.seq, reord)) reord = seg.seq;
        if (!after(seg.endSeq, sk.highSeq)) flag |= FLAG_ORIG_SACK_ACKED;
      }
      if (sk.sackOk) tcpRackAdvance(sk, seg);
    }
  }
  if (!sk.rtxQueue.length) tcpChronoStop(sk, TCP_CHRONO_BUSY);
  let rtt = -1;
  let caRtt = -1;
  if (firstAckt >= 0 && !retransAcked) {
    rtt = now - firstAckt;
    caRtt = now - lastAckt;
  } else if (acked && sk.tstampOk && cb.opt.sawTstamp && cb.opt.rcvTsecr) {
    rtt = caRtt = Math.max(0, ((Math.floor(now / 1e6) + sk.tsOffset - cb.opt.rcvTsecr) | 0) * 1e6);
  }
  if (rtt >= 0 && acked) {
    tcpUpdateRttMin(sk, Math.floor(caRtt / 1000));
    tcpRttEstimator(sk, rtt);
  }
  sk.info.delivered += delivered;
  // A passive child's SYN-ACK was the request socket's: no rate sample from it.
  if (delivered && caRtt >= 0 && sk.skState !== TCP_SYN_RECV) tcpRateGen(sk, delivered, Math.max(caRtt, 1000));
  if (sk.sackOk && before(reord, priorFack)) tcpCheckSackReordering(sk, reord, priorFack, false);
  return acked ? flag | FLAG_DATA_ACKED : flag;
}

/**
 * tcp_rate_gen(): the delivery rate sample of this ACK (delivered segments
 * over the interval) and whether it was application-limited (sent while
 * tp->app_limited was set, cleared once delivery passes it).
 */
function tcpRateGen(sk: TcpSock, acked: number, intervalNs: number): void {
  const i = sk.info;
  i.rateAppLimited = i.appLimited !== 0;
  if (i.appLimited && i.delivered > i.appLimited) i.appLimited = 0;
  i.deliveryRate = Math.floor((acked * sk.mssCache * 1e9) / intervalNs);
}

/**
 * tcp_ack(): -1 for an ACK of data never sent (the segment is dropped),
 * 0 for an old or duplicate one, 1 when snd_una advanced.
 */
function tcpAck(sk: TcpSock, cb: TcpCb, path: AckPath = ACK_SLOWPATH): number {
  const ack = cb.ackSeq;
  const priorUna = sk.sndUna;
  if (after(ack, sk.sndNxt)) return -1;
  if (before(ack, priorUna)) {
    tcpOldAckSack(sk, cb);
    return 0;
  }
  // tcp_ack(): "Window is constant, pure forward advance" on the fast path (TCPHPAcks); else a segment
  // without data (seq == end_seq) is a pure ACK (TCPPureAcks).
  if (path !== ACK_SLOWPATH && after(ack, priorUna)) sk.mibNet(LinuxMib.TCPHPACKS);
  else if (path === ACK_SLOWPATH && cb.seq === cb.endSeq) sk.mibNet(LinuxMib.TCPPUREACKS);
  // tcp_ack(): any acceptable ACK (a keepalive or window probe's answer too) clears the soft error and
  // icsk_probes_out and stamps rcv_tstamp: "Something worked...".
  sk.skErrSoft = null;
  sk.probesOut = 0;
  sk.info.lastAckRecv = sk.net.sched.now;
  const priorPackets = sk.skState === TCP_SYN_RECV ? 0 : sk.rtxQueue.length;
  const nwin = cb.window << (cb.flags & TCPHDR_SYN ? 0 : sk.sndWscale);
  let flag = 0;
  // tcp_may_update_window()
  if (after(ack, priorUna) || after(cb.seq, sk.sndWl1) || (cb.seq === sk.sndWl1 && nwin > sk.sndWnd)) {
    const changed = nwin !== sk.sndWnd;
    if (changed) flag |= FLAG_WIN_UPDATE;
    sk.sndWl1 = cb.seq;
    sk.sndWnd = nwin;
    // tcp_ack_update_window(): "the only place, where fast path is recovered for sending TCP".
    if (changed && sk.skState !== TCP_SYN_SENT && sk.skState !== TCP_SYN_RECV) {
      sk.predWnd = -1;
      tcpFastPathCheck(sk);
    }
    // tcp_ack_update_window(): a window larger than any before lifts tcp_bound_to_half_wnd()'s cap on the MSS.
    if (nwin > sk.maxWindow) {
      sk.maxWindow = nwin;
      tcpSyncMss(sk, sk.pmtuCookie);
    }
  }
  if (cb.len || cb.flags & (TCPHDR_SYN | TCPHDR_FIN)) flag |= FLAG_DATA;
  const priorFack = tcpHighestSackSeq(sk);
  const priorDelivered = sk.info.delivered;
  // Segments are marked lost only by SACK information or outside the open state: no scan on the common ACK.
  const priorLost = sk.caState !== TCP_CA_OPEN || cb.opt.sacks.length ? tcpLostOut(sk) : 0;
  if (sk.sackOk && cb.opt.sacks.length) flag |= tcpSacktagWriteQueue(sk, cb);
  if (tcpEcnRcvEcnEcho(sk, cb.flags)) flag |= FLAG_ECE;
  // tcp_snd_una_update(): bytes_acked counts sequence space (a SYN, a FIN), not a passive child's SYN-ACK.
  if (sk.skState !== TCP_SYN_RECV) sk.info.bytesAcked += (ack - priorUna) >>> 0;
  sk.sndUna = ack;
  if (after(ack, priorUna)) {
    flag |= FLAG_SND_UNA_ADVANCED;
    const priorOut = sk.rtxQueue.length;
    flag |= tcpCleanRtxQueue(sk, ack, cb, priorFack);
    // tcp_remove_reno_sacks(): a partial ACK in NewReno recovery takes its segments off the duplicates counted.
    if (!sk.sackOk && sk.caState === TCP_CA_RECOVERY) sk.dupAcks = Math.max(0, sk.dupAcks - (priorOut - sk.rtxQueue.length - 1));
    sk.retransmits = 0;
    sk.backoff = 0;
    if (sk.caState !== TCP_CA_RECOVERY) sk.dupAcks = 0;
  }
  tcpRackUpdateReoWnd(sk, sk.info.delivered !== priorDelivered);
  if (sk.rack.tlpHighSeq) tcpProcessTlpAck(sk, ack, flag);
  // A D-SACK is no duplicate ACK (tcp_ack(): num_dupack without FLAG_DSACKING_ACK), but is looked at with nothing in flight.
  const dubious = (!(flag & FLAG_NOT_DUP) && sk.rtxQueue.length > 0) || (flag & FLAG_DSACKING_ACK) !== 0;
  const dupack = dubious && !(flag & (FLAG_NOT_DUP | FLAG_DSACKING_ACK));
  let reoArmed = false;
  if (dubious || flag & (FLAG_DATA_SACKED | FLAG_ECE) || sk.caState !== TCP_CA_OPEN) reoArmed = tcpFastretransAlert(sk, flag, dupack, priorUna);
  const newlyLost = tcpInCwndReduction(sk) ? Math.max(0, tcpLostOut(sk) - priorLost) : 0;
  // tcp_newly_delivered(): NET_ADD_STATS(TCPDelivered) of what this ACK delivered; a passive child's
  // SYN-ACK was the request socket's (tcp_rcv_state_process() adds it to tp->delivered, not to the MIB).
  const newlyDelivered = sk.info.delivered - priorDelivered;
  netAddStats(sk.net, LinuxMib.TCPDELIVERED, sk.skState === TCP_SYN_RECV && newlyDelivered ? newlyDelivered - 1 : newlyDelivered);
  tcpCongControl(sk, sk.info.delivered - priorDelivered, newlyLost, flag);
  // tcp_ack(): with packets in flight (prior_packets; a passive child has none, its SYN-ACK was the request
  // socket's), forward progress or a pure duplicate ACK confirms the route's neighbour (sk_dst_confirm()).
  if (priorPackets && (flag & (FLAG_SND_UNA_ADVANCED | FLAG_DATA_SACKED) || !(flag & FLAG_NOT_DUP))) sk.skDstPendingConfirm = true;
  if (flag & FLAG_SND_UNA_ADVANCED) {
    if (!sk.rtxQueue.length) tcpClearXmitTimer(sk);
    else if (!reoArmed) tcpSetXmitTimer(sk);
    tcpCheckSpace(sk);
    return 1;
  }
  return 0;
}

/**
 * tcp_check_space() -> tcp_new_space() -> sk_stream_write_space(): room
 * in the send buffer wakes writers and clears SOCK_NOSPACE, which ends a
 * sndbuf-limited period.
 */
function tcpCheckSpace(sk: TcpSock): void {
  if (sk.sndSpace <= 0) return;
  sk.skWq.wake(POLLOUT);
  if (!sk.noSpace) return;
  sk.noSpace = false;
  tcpChronoStop(sk, TCP_CHRONO_SNDBUF_LIMITED);
}

/**
 * tcp_ack() for an ACK below snd_una (reordered on the way): its SACK
 * blocks still count, a D-SACK may still undo ("old_ack:").
 */
function tcpOldAckSack(sk: TcpSock, cb: TcpCb): void {
  if (!sk.sackOk || !cb.opt.sacks.length) return;
  const priorDelivered = sk.info.delivered;
  const flag = tcpSacktagWriteQueue(sk, cb);
  netAddStats(sk.net, LinuxMib.TCPDELIVERED, sk.info.delivered - priorDelivered);
  if (sk.rtxQueue.length || flag & FLAG_DSACKING_ACK) tcpFastretransAlert(sk, flag, false, sk.sndUna);
}

/**
 * tcp_cong_control(): in recovery, PRR sets cwnd from what this ACK
 * delivered (tcp_cwnd_reduction()); otherwise cwnd grows by the segments
 * delivered when data was cumulatively acknowledged (any forward progress
 * once reordering exceeds tcp_reordering: tcp_may_raise_cwnd()) and cwnd
 * was the limit.
 */
function tcpCongControl(sk: TcpSock, delivered: number, newlyLost: number, flag: number): void {
  if (tcpInCwndReduction(sk)) {
    tcpCwndReduction(sk, tcpPacketsInFlight(sk), delivered, newlyLost, flag);
    return;
  }
  const progress = sk.rack.reordering > sk.tcpSysctl.reordering ? FLAG_DATA_ACKED | FLAG_DATA_SACKED : FLAG_DATA_ACKED;
  if (!(flag & progress) || !delivered) return;
  if (!tcpIsCwndLimited(sk)) return;
  sk.caOps.congAvoid(sk, delivered);
}

/** tcp_event_data_recv(): quick-ACK credit at first data (tcp_incr_quickack), the peer's segment size. */
function tcpEventDataRecv(sk: TcpSock, len: number, skb: SkBuff, flags: number): void {
  // tcp_measure_rcv_mss(): "len = skb_shinfo(skb)->gso_size ?: skb->len".
  const seen = skb.gsoSize || len;
  if (seen >= sk.rcvMss) {
    // Only a new size is divided: the ratio of this skb's payload to its memory (scaling_ratio).
    if (seen !== sk.rcvMss) tcpUpdateScalingRatio(sk, len, skb.truesize);
    sk.rcvMss = Math.min(seen, sk.advmss);
    // A full segment with PSH likely ends an application write: tcp_cleanup_rbuf() ACKs once the reader empties the queue (ICSK_ACK_PUSHED).
    if (flags & TCPHDR_PSH) sk.ackPushed |= 1;
  }
  // A shorter one marks the ACK "pushed" (ICSK_ACK_PUSHED, then PUSHED2): tcp_cleanup_rbuf() ACKs once the reader empties the queue.
  else sk.ackPushed |= sk.ackPushed & 1 ? 3 : 1;
  if (!sk.dataSeen) {
    sk.dataSeen = true;
    // tcp_incr_quickack(): a window of whole segments, 2 when not even one pair fits.
    sk.quickAcks = Math.min(16, Math.floor(sk.rcvWnd / (2 * sk.rcvMss)) || 2);
    sk.ato = TCP_ATO_MIN;
  }
  sk.lrcvtime = sk.net.sched.now;
  tcpEcnCheckCeSkb(sk, skb);
  if (len >= 128) tcpGrowWindow(sk, len, skb.truesize, true);
  sk.info.bytesReceived += len;
  sk.info.dataSegsIn += Math.max(1, skb.gsoSegs);
  sk.info.lastDataRecv = sk.lrcvtime;
}

/** tcp_ecn_check_ce() on the segment's IP ECN field: quick ACKs (at most 2) when it asks for them. */
function tcpEcnCheckCeSkb(sk: TcpSock, skb: SkBuff): void {
  if (tcpEcnCheckCe(sk, skb.buf[skb.networkHeader + Iph.Tos]!)) tcpEnterQuickackMode(sk, 2);
}

/** Queue `skb`'s payload (from `off`, `len` bytes) on the receive queue; false when the buffer is full. */
function tcpQueueRcv(sk: TcpSock, skb: SkBuff, off: number, len: number): boolean {
  skb.data = off;
  skb.tail = off + len;
  const reason = sockQueueRcvSkbReason(sk, skb);
  if (reason) {
    sk.mibNet(LinuxMib.TCPRCVQDROP);
    kfreeSkbReason(sk.net, skb, reason, 'tcp_data_queue');
    return false;
  }
  // tcp_try_rmem_schedule() -> sk_rmem_schedule(): whole pages forward-allocated, then skb_set_owner_r() charges the skb.
  const t = skb.truesize;
  if (t > sk.rcvFwdAlloc) sk.rcvFwdAlloc += Math.ceil((t - sk.rcvFwdAlloc) / PAGE_SIZE) * PAGE_SIZE;
  sk.rcvFwdAlloc -= t;
  return true;
}

/** tcp_ofo_queue(): out-of-order segments that now fit move to the receive queue. */
function tcpOfoQueue(sk: TcpSock): boolean {
  let fin = false;
  while (sk.ofoQueue.length) {
    const seg = sk.ofoQueue[0]!;
    if (after(seg.seq, sk.rcvNxt)) break;
    sk.ofoQueue.shift();
    if (!after(seg.endSeq, sk.rcvNxt)) continue;
    const skip = (sk.rcvNxt - seg.seq) >>> 0;
    const data = seg.buf.subarray(seg.off + Math.min(skip, seg.len), seg.off + seg.len);
    if (data.length) {
      const skb = SkBuffClass.fromBytes(data);
      if (!tcpQueueRcv(sk, skb, skb.data, data.length)) {
        sk.ofoQueue.unshift(seg);
        break;
      }
    }
    sk.rcvNxt = seg.endSeq;
    if (seg.flags & TCPHDR_FIN) fin = true;
  }
  return fin;
}

/** tcp_data_queue_ofo(): keep a copy in sequence order (duplicates of what is there are dropped). */
function tcpDataQueueOfo(sk: TcpSock, skb: SkBuff, cb: TcpCb): void {
  tcpEcnCheckCeSkb(sk, skb);
  sk.mibNet(LinuxMib.TCPOFOQUEUE);
  const q = sk.ofoQueue;
  let i = 0;
  while (i < q.length && before(q[i]!.seq, cb.seq)) i++;
  const same = q[i];
  if (same && same.seq === cb.seq && !before(same.endSeq, cb.endSeq)) {
    // All of it is queued already: TCPOFOMerge, D-SACKed.
    sk.mibNet(LinuxMib.TCPOFOMERGE);
    tcpDsackSet(sk, cb.seq, cb.endSeq);
    return;
  }
  const data = skb.buf.slice(cb.payload, cb.payload + cb.len);
  q.splice(i, 0, newSeg(cb.seq, cb.endSeq, cb.flags & TCPHDR_FIN, data));
}

/**
 * tcp_data_queue(): in-order data is queued (with what it unblocks from
 * the out-of-order queue); duplicates and out-of-order segments are
 * answered at once. Returns true when the skb was kept.
 */
function tcpDataQueue(sk: TcpSock, skb: SkBuff, cb: TcpCb): boolean {
  if (cb.seq === cb.endSeq) return false;
  if (tcpEcnAcceptCwr(sk, cb.flags, cb.len)) sk.ackNow = true;
  if (cb.seq === sk.rcvNxt || (before(cb.seq, sk.rcvNxt) && after(cb.endSeq, sk.rcvNxt))) {
    if (tcpReceiveWindow(sk) === 0 && cb.len) {
      sk.mibNet(LinuxMib.TCPZEROWINDOWDROP);
      tcpSendAck(sk);
      return false;
    }
    const skip = (sk.rcvNxt - cb.seq) >>> 0;
    // Partial packet, seq < rcv_nxt < end_seq: its old part is D-SACKed.
    if (skip) tcpDsackSet(sk, cb.seq, sk.rcvNxt);
    const len = cb.len - Math.min(skip, cb.len);
    let kept = false;
    if (len > 0) {
      if (!tcpQueueRcv(sk, skb, cb.payload + skip, len)) {
        tcpSendAck(sk);
        return true;
      }
      kept = true;
      tcpEventDataRecv(sk, cb.len, skb, cb.flags);
    }
    sk.rcvNxt = cb.endSeq;
    // tcp_event_data_recv() -> tcp_rcv_rtt_measure(), once rcv_nxt has moved past the data.
    if (kept) tcpRcvRttMeasure(sk);
    let fin = (cb.flags & TCPHDR_FIN) !== 0;
    if (sk.ofoQueue.length) {
      fin = tcpOfoQueue(sk) || fin;
      if (!sk.ofoQueue.length) sk.quickAcks = Math.max(sk.quickAcks, 1);
    }
    if (fin) tcpFin(sk);
    tcpFastPathCheck(sk);
    if (kept && !sk.sockFlag(SOCK_DEAD)) sk.dataReady();
    return kept;
  }
  if (!after(cb.endSeq, sk.rcvNxt)) {
    // A retransmission of what we have: D-SACKed, ACKed at once in quick-ACK mode.
    sk.mibNet(LinuxMib.DELAYEDACKLOST);
    tcpDsackSet(sk, cb.seq, cb.endSeq);
    tcpEnterQuickackMode(sk);
    tcpSendAck(sk);
    return false;
  }
  if (!before(cb.seq, (sk.rcvNxt + tcpReceiveWindow(sk)) >>> 0)) {
    tcpSendAck(sk);
    return false;
  }
  // tcp_data_queue_ofo(): "tp->pred_flags = 0".
  sk.predWnd = -1;
  tcpDataQueueOfo(sk, skb, cb);
  tcpSendAck(sk);
  return false;
}

/** tcp_fin(): the peer is done sending. */
function tcpFin(sk: TcpSock): void {
  sk.skShutdown |= RCV_SHUTDOWN;
  sk.finSeen = true;
  switch (sk.skState) {
    case TCP_SYN_RECV:
    case TCP_ESTABLISHED:
      sk.setState(TCP_CLOSE_WAIT);
      sk.pingpong = true;
      break;
    case TCP_FIN_WAIT1:
      tcpSendAck(sk);
      sk.setState(TCP_CLOSING);
      break;
    case TCP_FIN_WAIT2:
      tcpSendAck(sk);
      tcpEnterTimeWait(sk);
      break;
    default:
      break;
  }
  sk.ofoQueue.length = 0;
  sk.skWq.wake(0);
}

/**
 * tcp_in_quickack_mode(): the route says quickack (RTAX_QUICKACK), or
 * quick-ACK credit is left and the session is not interactive (ping-pong).
 */
export function tcpInQuickackMode(sk: TcpSock): boolean {
  return (sk.dstCache?.metrics?.[RTAX_QUICKACK] ?? 0) !== 0 || (sk.quickAcks > 0 && !sk.pingpong);
}

/**
 * __tcp_ack_snd_check(): ACK now after a second full segment, in quick-ACK
 * mode, or when an out-of-order gap closed; otherwise delay.
 */
function tcpAckSndCheck(sk: TcpSock): void {
  if (!sk.ackPending && sk.rcvNxt === sk.rcvWup) return;
  const st = sk.skState;
  if (st === TCP_CLOSE || st === TCP_TIME_WAIT) return;
  const twoFull = ((sk.rcvNxt - sk.rcvWup) >>> 0) > sk.rcvMss;
  if ((twoFull && !sk.pingpong) || tcpInQuickackMode(sk) || sk.ofoQueue.length || sk.ackNow) {
    tcpSendAck(sk);
    return;
  }
  tcpSendDelayedAck(sk);
}

/** The options of a SYN or SYN-ACK, agreed on (tcp_finish_connect / tcp_openreq_init). */
export function tcpNegotiateOptions(sk: TcpSock, opt: TcpOptionsReceived, pmtu: number): void {
  const s = sk.tcpSysctl;
  sk.tstampOk = opt.sawTstamp && s.timestamps !== 0;
  sk.sackOk = opt.sackOk && s.sack !== 0;
  sk.wscaleOk = opt.wscaleOk && s.windowScaling !== 0;
  if (sk.wscaleOk) sk.sndWscale = opt.sndWscale;
  else {
    // tcp_rcv_synsent_state_process(): no scaling, so no window beyond 65535.
    sk.sndWscale = sk.rcvWscale = 0;
    sk.rcvq.windowClamp = Math.min(sk.rcvq.windowClamp, MAX_TCP_WINDOW);
  }
  if (sk.tstampOk) {
    sk.tsRecent = opt.rcvTsval;
  }
  // tcp_parse_options(): mss_clamp is the peer's MSS, or TCP_MAXSEG when smaller; tcp_sync_mss() sizes for the route's MTU.
  sk.rxOpt.mssClamp = Math.min(opt.mssClamp || TCP_MSS_DEFAULT, sk.userMss || 65535);
  tcpSyncMss(sk, pmtu);
  if (sk.tstampOk) sk.advmss -= 12;
  tcpInitializeRcvMss(sk);
}

/**
 * tcp_initialize_rcv_mss(): the first guess at the peer's segment size,
 * the smallest of advmss, mss_cache, half the receive window and
 * TCP_MSS_DEFAULT, at least TCP_MIN_MSS.
 */
export function tcpInitializeRcvMss(sk: TcpSock): void {
  sk.rcvMss = Math.max(Math.min(sk.advmss, sk.mssCache, sk.rcvWnd >> 1, TCP_MSS_DEFAULT), 88);
}

/**
 * tcp_rcv_synsent_state_process(): our SYN answered. An ACK outside
 * (iss, snd_nxt] asks for a reset (1); an RST with a good ACK refuses the
 * connection; a SYN-ACK establishes it and is ACKed at once.
 */
function tcpRcvSynsent(sk: TcpSock, cb: TcpCb, pmtu: number): number {
  if (cb.flags & TCPHDR_ACK) {
    if (!after(cb.ackSeq, sk.iss) || after(cb.ackSeq, sk.sndNxt)) return cb.flags & TCPHDR_RST ? 0 : 1;
    if (cb.flags & TCPHDR_RST) {
      tcpReset(sk);
      return 0;
    }
    if (!(cb.flags & TCPHDR_SYN)) return 0;
    sk.irs = cb.seq;
    sk.rcvNxt = (cb.seq + 1) >>> 0;
    sk.rcvWup = sk.rcvNxt;
    sk.copiedSeq = sk.rcvNxt;
    // tcp_ack() of the SYN-ACK: its window (never scaled) is the first max_window, so tcp_sync_mss() bounds the MSS to half of it.
    sk.maxWindow = cb.window;
    tcpNegotiateOptions(sk, cb.opt, pmtu);
    sk.sndWl1 = cb.seq;
    tcpAck(sk, cb);
    tcpEcnRcvSynack(sk, cb.flags);
    sk.sndWnd = cb.window;
    sk.maxWindow = sk.sndWnd;
    sk.setState(TCP_ESTABLISHED);
    tcpEstablishedHooks(sk);
    // tcp_finish_connect(): header prediction on at once only without window scaling.
    sk.predWnd = sk.sndWscale ? -1 : sk.sndWnd;
    sk.skWq.wake(0);
    tcpSendAck(sk);
    tcpPush(sk);
    return 0;
  }
  return 0;
}

/**
 * The SYN_RECV child's final ACK (tcp_check_req + tcp_child_process):
 * ESTABLISHED, PassiveOpens, onto the listener's accept queue — unless it
 * is full (ListenOverflows: the ACK is dropped, the SYN-ACK will repeat;
 * with tcp_abort_on_overflow the request is reset instead, EmbryonicRsts).
 */
function tcpSynRecvAck(sk: TcpSock, cb: TcpCb): number {
  const parent = sk.parent;
  if (!parent || parent.skState !== TCP_LISTEN) return 1;
  if (parent.acceptQueue.length > parent.maxAckBacklog) {
    parent.mibNet(LinuxMib.LISTENOVERFLOWS);
    parent.mibNet(LinuxMib.LISTENDROPS);
    if (!parent.tcpSysctl.abortOnOverflow) return -1;
    // tcp_check_req() embryonic_reset: send_reset, then inet_csk_reqsk_queue_drop().
    parent.mibNet(LinuxMib.EMBRYONICRSTS);
    tcpDone(sk, false);
    return 1;
  }
  if (tcpAck(sk, cb) <= 0) return 1;
  sk.sndWnd = cb.window << sk.sndWscale;
  // tcp_create_openreq_child(): max_window is the ACK's window; tcp_v4_syn_recv_sock() then tcp_sync_mss() and tcp_initialize_rcv_mss().
  sk.maxWindow = sk.sndWnd;
  tcpSyncMss(sk, sk.pmtuCookie);
  tcpInitializeRcvMss(sk);
  sk.sndWl1 = cb.seq;
  sk.setState(TCP_ESTABLISHED);
  // tcp_rcv_state_process(), TCP_SYN_RECV: tcp_fast_path_on().
  sk.predWnd = sk.sndWnd >>> sk.sndWscale;
  sk.net.mib.tcp[TcpStat.PASSIVEOPENS]!++;
  parent.synQueueLen--;
  parent.acceptQueue.push(sk);
  tcpEstablishedHooks(sk);
  parent.dataReady();
  return 0;
}

/**
 * __tcp_oow_rate_limited(): at most one answer to invalid segments per
 * tcp_invalid_ratelimit (ms, kept as jiffies) and socket; a skipped one
 * counts `mib`. The stamp is tcp_jiffies32, 0 meaning never.
 */
function tcpOowRateLimitedStamp(sk: TcpSock, mib: number): boolean {
  const now = jiffies(sk.net) | 0;
  const last = sk.lastOowAckTime;
  if (last !== 0) {
    const elapsed = (now - last) | 0;
    if (elapsed >= 0 && elapsed < sk.tcpSysctl.invalidRatelimit / JIFFY_MS) {
      sk.mibNet(mib);
      return true;
    }
  }
  sk.lastOowAckTime = now;
  return false;
}

/** tcp_oow_rate_limited(): data segments without SYN are not part of an ACK loop, never limited. */
function tcpOowRateLimited(sk: TcpSock, cb: TcpCb, mib: number): boolean {
  if (cb.seq !== cb.endSeq && !(cb.flags & TCPHDR_SYN)) return false;
  return tcpOowRateLimitedStamp(sk, mib);
}

/**
 * tcp_send_challenge_ack(): the per-socket limit first (TCPACKSkippedChallenge);
 * tcp_challenge_ack_limit's host-wide budget is not modelled (its default,
 * INT_MAX, turns it off).
 */
function tcpSendChallengeAck(sk: TcpSock): void {
  if (tcpOowRateLimitedStamp(sk, LinuxMib.TCPACKSKIPPEDCHALLENGE)) return;
  sk.mibNet(LinuxMib.TCPCHALLENGEACK);
  tcpSendAck(sk);
}

/**
 * tcp_check_req()'s "pure retransmitted SYN": the SYN-ACK goes again
 * (inet_rtx_syn_ack() -> tcp_rtx_synack(): RetransSegs, TCPSynRetrans)
 * and the SYN-ACK timer restarts from now (mod_timer_pending()), unless an
 * answer to such a segment left less than tcp_invalid_ratelimit ago
 * (tcp_oow_rate_limited(): TCPACKSkippedSynRecv).
 */
function tcpReqRtxSynack(sk: TcpSock, cb: TcpCb): void {
  if (tcpOowRateLimited(sk, cb, LinuxMib.TCPACKSKIPPEDSYNRECV)) return;
  const head = sk.rtxQueue[0];
  if (!head || !tcpRetransmitSeg(sk, head)) return;
  if (sk.rtxTimer) tcpResetXmitTimer(sk, 'rto');
}

/**
 * tcp_validate_incoming()'s syn_challenge: a SYN on a synchronized
 * connection (RFC 5961 4.2) counts TCPSYNChallenge, and InErrs when it
 * came through tcp_rcv_established() (syn_inerr), then draws a challenge ACK.
 */
function tcpSynChallenge(sk: TcpSock): void {
  if (sk.skState === TCP_ESTABLISHED) sk.net.mib.tcp[TcpStat.INERRS]!++;
  sk.mibNet(LinuxMib.TCPSYNCHALLENGE);
  tcpSendChallengeAck(sk);
}

/** tcp_reset_check(): after the peer's FIN (CLOSE_WAIT, LAST_ACK, CLOSING) an RST at that FIN's sequence, rcv_nxt - 1, resets too. */
function tcpResetCheck(sk: TcpSock, cb: TcpCb): boolean {
  const st = sk.skState;
  return cb.seq === ((sk.rcvNxt - 1) >>> 0) && (st === TCP_CLOSE_WAIT || st === TCP_LAST_ACK || st === TCP_CLOSING);
}

/** tcp_sequence()'s verdicts: accepted, OLD_SEQUENCE, INVALID_SEQUENCE, INVALID_END_SEQUENCE. */
const TCP_SEQ_OK = 0;
const TCP_SEQ_OLD = 1;
const TCP_SEQ_INVALID = 2;
const TCP_SEQ_INVALID_END = 3;

/**
 * tcp_sequence() (6.17+): a segment ending below rcv_wup is old; one
 * ending beyond the window is invalid when it also starts beyond it, and
 * is taken (to be trimmed) only while the receive queue is empty.
 */
function tcpSequence(sk: TcpSock, seq: number, endSeq: number): number {
  if (before(endSeq, sk.rcvWup)) return TCP_SEQ_OLD;
  const edge = (sk.rcvNxt + tcpReceiveWindow(sk)) >>> 0;
  if (after(endSeq, edge)) {
    if (after(seq, edge)) return TCP_SEQ_INVALID;
    if (sk.rcvQueued > 0) return TCP_SEQ_INVALID_END;
  }
  return TCP_SEQ_OK;
}

/**
 * tcp_validate_incoming(): the segment must overlap the receive window
 * (tcp_sequence(); else a duplicate ACK, at most one per
 * tcp_invalid_ratelimit for pure ACKs (TCPACKSkippedSeq), BeyondWindow
 * counted for one past its right edge); an RST must hit rcv_nxt exactly
 * (or, after the peer's FIN, rcv_nxt - 1: tcp_reset_check()) (else a
 * challenge ACK, RFC 5961 3.2); a SYN on a synchronized connection gets a
 * challenge ACK (RFC 5961 4.2).
 */
function tcpValidateIncoming(sk: TcpSock, cb: TcpCb): boolean {
  // tcp_check_req(): a pure retransmitted SYN (of RST/SYN/ACK only SYN, at the initial sequence) comes first.
  if (sk.skState === TCP_SYN_RECV && (cb.flags & (TCPHDR_RST | TCPHDR_SYN | TCPHDR_ACK)) === TCPHDR_SYN && cb.seq === sk.irs) {
    tcpReqRtxSynack(sk, cb);
    return false;
  }
  const seqCheck = tcpSequence(sk, cb.seq, cb.endSeq);
  if (seqCheck !== TCP_SEQ_OK) {
    if (cb.flags & TCPHDR_RST) {
      if (tcpResetCheck(sk, cb)) tcpReset(sk);
      return false;
    }
    if (sk.skState === TCP_SYN_RECV) {
      // tcp_check_req(): out of window, an answer unless rate limited.
      if (tcpOowRateLimited(sk, cb, LinuxMib.TCPACKSKIPPEDSYNRECV)) return false;
      if (cb.flags & TCPHDR_SYN && cb.seq === sk.irs) tcpSendSynack(sk);
      else tcpSendAck(sk);
    } else if (cb.flags & TCPHDR_SYN) tcpSynChallenge(sk);
    else {
      if (seqCheck !== TCP_SEQ_OLD) sk.mibNet(LinuxMib.BEYOND_WINDOW);
      if (!tcpOowRateLimited(sk, cb, LinuxMib.TCPACKSKIPPEDSEQ)) {
        tcpDupackDsack(sk, cb.seq, cb.endSeq);
        tcpSendAck(sk);
      }
    }
    return false;
  }
  if (cb.flags & TCPHDR_RST) {
    if (cb.seq === sk.rcvNxt || tcpResetCheck(sk, cb)) tcpReset(sk);
    else tcpSendChallengeAck(sk);
    return false;
  }
  if (sk.tstampOk && cb.opt.sawTstamp && !after(cb.seq, sk.rcvWup)) sk.tsRecent = cb.opt.rcvTsval;
  if (cb.flags & TCPHDR_SYN) {
    tcpSynChallenge(sk);
    return false;
  }
  return true;
}

/** The ACK's effect on a closing connection: FIN_WAIT2, TIME_WAIT or done once our FIN is acknowledged. */
function tcpFinAcked(sk: TcpSock, cb: TcpCb): boolean {
  const finAcked = sk.sndUna === sk.writeSeq && sk.writeQueue.length === 0;
  if (!finAcked) return false;
  switch (sk.skState) {
    case TCP_FIN_WAIT1:
      sk.setState(TCP_FIN_WAIT2);
      // tcp_rcv_state_process(): our FIN acknowledged, sk_dst_confirm().
      sk.skDstPendingConfirm = true;
      sk.skWq.wake(0);
      if (sk.sockFlag(SOCK_DEAD)) tcpOrphanFinWait2(sk, (cb.flags & TCPHDR_FIN) !== 0);
      return false;
    case TCP_CLOSING:
      tcpEnterTimeWait(sk);
      return true;
    case TCP_LAST_ACK:
      tcpUpdateMetrics(sk);
      tcpDone(sk, false);
      return true;
    default:
      return false;
  }
}

/**
 * tcp_rcv_state_process(): every state but LISTEN and TIME_WAIT. Returns
 * 1 when the caller must answer with a reset (tcp_v4_send_reset); the
 * caller frees the skb unless it was queued (`kept`).
 */
export function tcpRcvStateProcess(sk: TcpSock, skb: SkBuff, cb: TcpCb, pmtu: number): { reset: boolean; kept: boolean } {
  const st = sk.skState;
  // tcp_segs_in(): a GSO skb counts its segments.
  sk.info.segsIn += Math.max(1, skb.gsoSegs);
  if (st === TCP_CLOSE) return { reset: true, kept: false };
  if (st === TCP_SYN_SENT) return { reset: tcpRcvSynsent(sk, cb, pmtu) === 1, kept: false };
  if (!tcpValidateIncoming(sk, cb)) return { reset: false, kept: false };
  if (!(cb.flags & TCPHDR_ACK)) return { reset: false, kept: false };
  const fast = tcpHeaderPredicted(sk, skb, cb);
  if (fast && cb.len) {
    sk.mibNet(LinuxMib.TCPHPHITS);
    // "Well, only one small jumplet in fast path...": tcp_ack(FLAG_DATA) only when the ACK moves.
    if (cb.ackSeq !== sk.sndUna) tcpAck(sk, cb, ACK_FASTPATH);
  } else if (sk.skState === TCP_SYN_RECV) {
    const r = tcpSynRecvAck(sk, cb);
    if (r !== 0) return { reset: r === 1, kept: false };
  } else if (tcpAck(sk, cb, fast ? ACK_FASTPATH : ACK_SLOWPATH) < 0) {
    tcpSendAck(sk);
    return { reset: false, kept: false };
  }
  if (tcpFinAcked(sk, cb)) return { reset: false, kept: false };
  const now = sk.skState;
  if ((now === TCP_CLOSE_WAIT || now === TCP_CLOSING || now === TCP_LAST_ACK) && !before(cb.seq, sk.rcvNxt)) {
    tcpAfterSegment(sk);
    return { reset: false, kept: false };
  }
  if ((now === TCP_FIN_WAIT1 || now === TCP_FIN_WAIT2) && sk.skShutdown & RCV_SHUTDOWN && sk.sockFlag(SOCK_DEAD) &&
    cb.len > 0 && after(cb.endSeq - (cb.flags & TCPHDR_FIN ? 1 : 0), sk.rcvNxt)) {
    sk.mibNet(LinuxMib.TCPABORTONDATA);
    tcpReset(sk);
    return { reset: true, kept: false };
  }
  if (cb.len) tcpRcvRttMeasureTs(sk, cb);
  const kept = tcpDataQueue(sk, skb, cb);
  tcpAfterSegment(sk);
  return { reset: false, kept };
}

/** tcp_xmit_recovery() + tcp_data_snd_check() + tcp_ack_snd_check(). */
function tcpAfterSegment(sk: TcpSock): void {
  const st = sk.skState;
  if (st === TCP_CLOSE || st === TCP_TIME_WAIT) return;
  if (sk.undo.rexmitNew) tcpXmitFrtoNew(sk);
  else tcpWriteXmit(sk);
  tcpAckSndCheck(sk);
}

/**
 * tcp_xmit_recovery() with REXMIT_NEW (F-RTO step 2.b): new data only;
 * when none could go, F-RTO is over and the lost segments are resent.
 */
function tcpXmitFrtoNew(sk: TcpSock): void {
  tcpWriteXmit(sk);
  sk.undo.rexmitNew = false;
  if (after(sk.sndNxt, sk.highSeq)) return;
  sk.undo.frto = false;
  tcpXmitRetransmitQueue(sk);
}

export { MAX_TCP_WINDOW };
