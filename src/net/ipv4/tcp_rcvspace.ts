/**
 * TCP buffer sizing: the send buffer for the initial window
 * (tcp_sndbuf_expand), the window clamp and rcv_ssthresh set up when the
 * connection is established (tcp_init_buffer_space), the receiver's RTT
 * estimate from echoed timestamps (tcp_rcv_rtt_measure_ts) and receive
 * buffer autotuning (tcp_rcv_space_adjust: once per receiver RTT, a
 * reader that took more than last time grows sk_rcvbuf up to tcp_rmem[2]
 * when tcp_moderate_rcvbuf is on). Buffer memory and window bytes convert
 * by tp->scaling_ratio (the payload share of an skb's truesize, in 256ths:
 * half until tcp_measure_rcv_mss() learns it from a received skb); since
 * Linux 6.6 tcp_adv_win_scale is read no more.
 * @linux net/ipv4/tcp_input.c tcp_sndbuf_expand() tcp_init_buffer_space() tcp_rcv_rtt_update() tcp_rcv_rtt_measure_ts() tcp_rcv_space_adjust() tcp_rcvbuf_grow() tcp_grow_window(), net/ipv4/tcp.c tcp_set_window_clamp(), include/net/tcp.h tcp_win_from_space()
 */
import type { TcpCb } from './tcp_input.js';
import { TCP_INIT_CWND, TCP_SKB_HEAD_TRUESIZE, type TcpSock } from './tcp.js';
import { SOCK_MIN_RCVBUF, SOCK_SNDBUF_LOCK } from '../core/sock.js';
import { before } from '../../wire/tcp.js';

/** TCP_RMEM_TO_WIN_SCALE: scaling_ratio is in 1/256ths. */
export const TCP_RMEM_TO_WIN_SCALE = 8;
/** TCP_DEFAULT_SCALING_RATIO: a 50% skb->len/skb->truesize ratio until one is measured. */
export const TCP_DEFAULT_SCALING_RATIO = 1 << (TCP_RMEM_TO_WIN_SCALE - 1);

/** __tcp_win_from_space(): space * ratio >> TCP_RMEM_TO_WIN_SCALE (s64: a negative space stays negative). */
export function tcpWinFromSpace(sk: TcpSock, space: number): number {
  return Math.floor((space * sk.scalingRatio) / (1 << TCP_RMEM_TO_WIN_SCALE));
}

/** __tcp_space_from_win(): the inverse, win << TCP_RMEM_TO_WIN_SCALE / ratio. */
export function tcpSpaceFromWin(sk: TcpSock, win: number): number {
  return Math.floor((win * (1 << TCP_RMEM_TO_WIN_SCALE)) / sk.scalingRatio);
}

/** tcp_space(): the window the free receive memory holds (the socket backlog is not modelled). */
export function tcpSpace(sk: TcpSock): number {
  return tcpWinFromSpace(sk, sk.skRcvbuf - sk.skRmemAlloc);
}

/** tcp_full_space() */
export function tcpFullSpace(sk: TcpSock): number {
  return tcpWinFromSpace(sk, sk.skRcvbuf);
}

/**
 * tcp_set_window_clamp() for a non-zero clamp: at least half
 * SOCK_MIN_RCVBUF; a smaller clamp pulls rcv_ssthresh down with it
 * (__tcp_adjust_rcv_ssthresh(), no reserved memory), a larger one lets
 * rcv_ssthresh up to what rcv_wnd already offers.
 */
export function tcpSetWindowClamp(sk: TcpSock, val: number): void {
  const r = sk.rcvq;
  const old = r.windowClamp;
  const clamp = Math.max(SOCK_MIN_RCVBUF >> 1, val);
  if (clamp === old) return;
  r.windowClamp = clamp;
  if (clamp < old) r.rcvSsthresh = Math.min(r.rcvSsthresh, clamp);
  else r.rcvSsthresh = Math.max(Math.min(sk.rcvWnd, clamp), r.rcvSsthresh);
}

/**
 * tcp_measure_rcv_mss(), the scaling_ratio part: a segment of a new size
 * (at least rcv_mss) gives the ratio of its skb's payload to its truesize;
 * a changed ratio resizes the window clamp to the buffer it now holds
 * (tcp_set_window_clamp()), and rcvq_space.space stays within it.
 */
export function tcpUpdateScalingRatio(sk: TcpSock, len: number, truesize: number): void {
  const val = Math.floor((len * (1 << TCP_RMEM_TO_WIN_SCALE)) / truesize) & 0xff;
  const old = sk.scalingRatio;
  sk.scalingRatio = val || 1;
  if (sk.scalingRatio === old) return;
  tcpSetWindowClamp(sk, tcpFullSpace(sk));
  if (sk.rcvq.windowClamp < sk.rcvq.space) sk.rcvq.space = sk.rcvq.windowClamp;
}

/**
 * tcp_sndbuf_expand(): room for twice max(10, cwnd, reordering + 1)
 * segments, each an skb of roundup_pow_of_two(mss + MAX_TCP_HEADER +
 * skb_shared_info) plus the sk_buff (2304 bytes for a 1460 MSS), at most
 * tcp_wmem[2].
 */
export function tcpSndbufExpand(sk: TcpSock): void {
  const mss = Math.max(sk.rxOpt.mssClamp || 0, sk.mssCache);
  let pow = 1;
  while (pow < mss + 576) pow <<= 1;
  const perMss = pow + 256;
  const nrSegs = Math.max(TCP_INIT_CWND, sk.sndCwnd, sk.rack.reordering + 1);
  const sndmem = 2 * nrSegs * perMss;
  if (sk.skSndbuf < sndmem) sk.skSndbuf = Math.min(sndmem, sk.tcpSysctl.wmem[2]!);
}

/**
 * tcp_init_buffer_space(): the send buffer, the receive measurement's
 * start, the window clamp (the full space less 1/2^tcp_app_win, one
 * segment reserved; both only with tcp_app_win), rcv_ssthresh within it,
 * rcvq_space at most 10 segments; the send buffer unless SO_SNDBUF set it.
 */
export function tcpInitBufferSpace(sk: TcpSock): void {
  if (!(sk.skUserlocks & SOCK_SNDBUF_LOCK)) tcpSndbufExpand(sk);
  const r = sk.rcvq;
  r.time = sk.net.sched.now;
  r.seq = sk.copiedSeq;
  const maxwin = tcpFullSpace(sk);
  const appWin = sk.tcpSysctl.appWin;
  const adv = sk.advmss;
  if (r.windowClamp >= maxwin) {
    r.windowClamp = maxwin;
    // tcp_app_win: 1/2^n of the space kept for the application, when the space is big enough.
    if (appWin && maxwin > 4 * adv) r.windowClamp = Math.max(maxwin - Math.floor(maxwin / 2 ** appWin), 4 * adv);
  }
  // Force reservation of one segment.
  if (appWin && r.windowClamp > 2 * adv && r.windowClamp + adv > maxwin) r.windowClamp = Math.max(2 * adv, maxwin - adv);
  r.rcvSsthresh = Math.min(r.rcvSsthresh, r.windowClamp);
  r.space = Math.min(r.rcvSsthresh, sk.rcvWnd, TCP_INIT_CWND * adv);
}

/**
 * tcp_rcv_rtt_update() (Linux 6.16+): a sample below the estimate becomes
 * it (the receiver seeks the minimal RTT); a larger one counts only when
 * it is not window-dependent and the reader has taken everything, as an
 * EWMA of 1/8. Kept << 3, in microseconds.
 */
function tcpRcvRttUpdate(sk: TcpSock, sampleUs: number, winDep: boolean): void {
  const r = sk.rcvq;
  const m = sampleUs * 8;
  if (r.rttUs === 0 || m < r.rttUs) r.rttUs = m;
  else if (!winDep && sk.rcvNxt === sk.copiedSeq) r.rttUs = r.rttUs - (r.rttUs >> 3) + sampleUs;
}

/**
 * tcp_rcv_rtt_measure(): without timestamps as with them, the time a
 * window's worth of data took to come in (at least 1 us) is a
 * window-dependent sample; the next measure starts at this rcv_nxt plus
 * the window.
 */
export function tcpRcvRttMeasure(sk: TcpSock): void {
  const r = sk.rcvq;
  const nowUs = Math.floor(sk.net.sched.now / 1000);
  if (r.rttEstTime >= 0) {
    if (before(sk.rcvNxt, r.rttEstSeq)) return;
    tcpRcvRttUpdate(sk, Math.max(1, nowUs - r.rttEstTime), true);
  }
  r.rttEstSeq = (sk.rcvNxt + sk.rcvWnd) >>> 0;
  r.rttEstTime = nowUs;
}

/** tcp_rcv_rtt_measure_ts(): a full segment echoing a new TSecr gives the receiver an RTT, when it is not 0 ms (tcp_rtt_tsopt_us(tp, 0)). */
export function tcpRcvRttMeasureTs(sk: TcpSock, cb: TcpCb): void {
  const r = sk.rcvq;
  if (!sk.tstampOk || !cb.opt.sawTstamp || !cb.opt.rcvTsecr || cb.opt.rcvTsecr === r.lastTsecr) return;
  r.lastTsecr = cb.opt.rcvTsecr;
  if (((cb.endSeq - cb.seq) >>> 0) < sk.rcvMss) return;
  const delta = ((Math.floor(sk.net.sched.now / 1e6) + sk.tsOffset - cb.opt.rcvTsecr) | 0);
  if (delta > 0) tcpRcvRttUpdate(sk, delta * 1000, false);
}

/**
 * tcp_rcvbuf_grow(): rcvq_space.space becomes `newval`; with
 * tcp_moderate_rcvbuf and no SO_RCVBUF, the buffer grows to hold twice
 * it (DRS is one RTT late) plus twice the growth over the last RTT (slow
 * start doubles the sender's rate) and the out-of-order span, as space,
 * up to tcp_rmem[2]; the window clamp follows.
 */
export function tcpRcvbufGrow(sk: TcpSock, newval: number): void {
  const r = sk.rcvq;
  const oldval = r.space;
  r.space = newval;
  if (!sk.tcpSysctl.moderateRcvbuf || sk.rcvbufLocked) return;
  let rcvwin = newval * 2;
  if (oldval > 0) rcvwin += Math.floor((rcvwin * (newval - oldval)) / oldval) * 2;
  const ooo = sk.ofoQueue;
  if (ooo.length) rcvwin += (ooo[ooo.length - 1]!.endSeq - sk.rcvNxt) >>> 0;
  const rcvbuf = Math.min(tcpSpaceFromWin(sk, rcvwin), sk.tcpSysctl.rmem[2]!);
  if (rcvbuf > sk.skRcvbuf) {
    sk.skRcvbuf = rcvbuf;
    r.windowClamp = tcpWinFromSpace(sk, rcvbuf);
  }
}

/**
 * tcp_rcv_space_adjust(): once per receiver RTT, what the reader took
 * (less what still waits) beyond last time's grows the buffer
 * (tcp_rcvbuf_grow()).
 */
export function tcpRcvSpaceAdjust(sk: TcpSock): void {
  const r = sk.rcvq;
  if (!r.rttUs) return;
  const now = sk.net.sched.now;
  if ((now - r.time) / 1000 < r.rttUs >> 3) return;
  const copied = ((sk.copiedSeq - r.seq) >>> 0) - sk.rcvQueued;
  if (copied > r.space) tcpRcvbufGrow(sk, copied);
  r.seq = sk.copiedSeq;
  r.time = now;
}

/**
 * truesize_adjust(): the memory an skb takes beyond its head when all its
 * payload lies in page frags (skb_headlen() 0 once the headers are
 * pulled), as every TCP data skb tuxnet builds carries it behind a
 * MAX_TCP_HEADER head (tcp_stream_alloc_skb(), skb_segment()); its whole
 * truesize otherwise, or if that would be less than its payload.
 */
function truesizeAdjust(truesize: number, len: number): number {
  const frags = truesize - TCP_SKB_HEAD_TRUESIZE;
  return frags < len ? truesize : frags;
}

/**
 * tcp_grow_window(): while the window is below the clamp and the buffer's
 * space, a segment whose skb overhead would still fit raises rcv_ssthresh
 * by max(2 MSS, twice its length) (__tcp_grow_window() for skbs that are
 * mostly overhead), and asks for a quick ACK.
 */
export function tcpGrowWindow(sk: TcpSock, len: number, skbTruesize: number, adjust: boolean): void {
  const r = sk.rcvq;
  const room = Math.min(r.windowClamp, tcpSpace(sk)) - r.rcvSsthresh;
  if (room <= 0) return;
  let truesize = adjust ? truesizeAdjust(skbTruesize, len) : skbTruesize;
  let incr = 0;
  if (tcpWinFromSpace(sk, truesize) <= len) incr = 2 * sk.advmss;
  else {
    truesize = tcpWinFromSpace(sk, truesize) >> 1;
    let window = tcpWinFromSpace(sk, sk.tcpSysctl.rmem[2]!) >> 1;
    while (r.rcvSsthresh <= window) {
      if (truesize <= len) {
        incr = 2 * sk.rcvMss;
        break;
      }
      truesize >>= 1;
      window >>= 1;
    }
  }
  if (!incr) return;
  incr = Math.max(incr, 2 * len);
  r.rcvSsthresh += Math.min(room, incr);
  sk.quickAcks = Math.max(sk.quickAcks, 1);
}
