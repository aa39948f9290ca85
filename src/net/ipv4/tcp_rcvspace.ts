/**
 * TCP buffer sizing: the send buffer for the initial window
 * (tcp_sndbuf_expand), the window clamp and rcv_ssthresh set up when the
 * connection is established (tcp_init_buffer_space), the receiver's RTT
 * estimate from echoed timestamps (tcp_rcv_rtt_measure_ts) and receive
 * buffer autotuning (tcp_rcv_space_adjust: once per receiver RTT, a
 * reader that took more than last time grows sk_rcvbuf up to tcp_rmem[2]
 * when tcp_moderate_rcvbuf is on).
 * @linux net/ipv4/tcp_input.c tcp_sndbuf_expand() tcp_init_buffer_space() tcp_rcv_rtt_update() tcp_rcv_rtt_measure_ts() tcp_rcv_space_adjust()
 */
import type { TcpCb } from './tcp_input.js';
import { TCP_INIT_CWND, type TcpSock } from './tcp.js';

/** tcp_win_from_space() with the default scaling_ratio (TCP_DEFAULT_SCALING_RATIO: half the buffer is payload). */
export function tcpWinFromSpace(space: number): number {
  return Math.max(0, space) >> 1;
}

/** tcp_space_from_win(): the inverse. */
function tcpSpaceFromWin(win: number): number {
  return win * 2;
}

/** tcp_full_space() */
export function tcpFullSpace(sk: TcpSock): number {
  return tcpWinFromSpace(sk.skRcvbuf);
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
 * segment reserved), rcv_ssthresh within it, rcvq_space at most 10 segments.
 */
export function tcpInitBufferSpace(sk: TcpSock): void {
  tcpSndbufExpand(sk);
  const r = sk.rcvq;
  r.time = sk.net.sched.now;
  r.seq = sk.copiedSeq;
  const maxwin = tcpFullSpace(sk);
  const appWin = 31;
  const adv = sk.advmss;
  if (r.windowClamp >= maxwin) {
    r.windowClamp = maxwin;
    if (maxwin > 4 * adv) r.windowClamp = Math.max(maxwin - Math.floor(maxwin / 2 ** appWin), 4 * adv);
  }
  if (r.windowClamp > 2 * adv && r.windowClamp + adv > maxwin) r.windowClamp = Math.max(2 * adv, maxwin - adv);
  r.rcvSsthresh = Math.min(r.rcvSsthresh, r.windowClamp);
  r.space = Math.min(r.rcvSsthresh, sk.rcvWnd, TCP_INIT_CWND * adv);
}

/** tcp_rcv_rtt_update() without window dependence: an EWMA of 1/8, kept << 3. */
function tcpRcvRttUpdate(sk: TcpSock, sampleUs: number): void {
  const r = sk.rcvq;
  if (r.rttUs) r.rttUs += sampleUs - (r.rttUs >> 3);
  else r.rttUs = sampleUs << 3;
}

/** tcp_rcv_rtt_measure_ts(): a full segment echoing a new TSecr gives the receiver an RTT (at least 1 ms). */
export function tcpRcvRttMeasureTs(sk: TcpSock, cb: TcpCb): void {
  const r = sk.rcvq;
  if (!sk.tstampOk || !cb.opt.sawTstamp || !cb.opt.rcvTsecr || cb.opt.rcvTsecr === r.lastTsecr) return;
  r.lastTsecr = cb.opt.rcvTsecr;
  if (((cb.endSeq - cb.seq) >>> 0) < sk.rcvMss) return;
  let delta = ((Math.floor(sk.net.sched.now / 1e6) + sk.tsOffset - cb.opt.rcvTsecr) | 0);
  if (delta < 0) return;
  if (!delta) delta = 1;
  tcpRcvRttUpdate(sk, delta * 1000);
}

/**
 * tcp_rcv_space_adjust(): once per receiver RTT, what the reader took
 * (less what still waits) beyond last time's grows the buffer to
 * 2·copied + 16 MSS plus twice the growth, as space, up to tcp_rmem[2].
 */
export function tcpRcvSpaceAdjust(sk: TcpSock): void {
  const r = sk.rcvq;
  if (!r.rttUs) return;
  const now = sk.net.sched.now;
  if ((now - r.time) / 1000 < r.rttUs >> 3) return;
  const copied = ((sk.copiedSeq - r.seq) >>> 0) - sk.rcvQueued;
  if (copied > r.space) {
    if (sk.tcpSysctl.moderateRcvbuf && !sk.rcvbufLocked) {
      let rcvwin = copied * 2 + 16 * sk.advmss;
      rcvwin += Math.floor((rcvwin * (copied - r.space)) / r.space) * 2;
      const rcvbuf = Math.min(tcpSpaceFromWin(rcvwin), sk.tcpSysctl.rmem[2]!);
      if (rcvbuf > sk.skRcvbuf) {
        sk.skRcvbuf = rcvbuf;
        r.windowClamp = tcpWinFromSpace(rcvbuf);
      }
    }
    r.space = copied;
  }
  r.seq = sk.copiedSeq;
  r.time = now;
}

/** An skb's truesize for `len` bytes of payload (data aligned to 64 with the headers, + sk_buff and skb_shared_info). */
function skbTruesize(len: number): number {
  return Math.ceil((len + 66) / 64) * 64 + 576;
}

/**
 * tcp_grow_window(): while the window is below the clamp and the buffer's
 * space, a segment whose skb overhead would still fit raises rcv_ssthresh
 * by max(2 MSS, twice its length) (__tcp_grow_window() for skbs that are
 * mostly overhead), and asks for a quick ACK.
 */
export function tcpGrowWindow(sk: TcpSock, len: number): void {
  const r = sk.rcvq;
  const room = Math.min(r.windowClamp, tcpWinFromSpace(sk.skRcvbuf - sk.skRmemAlloc)) - r.rcvSsthresh;
  if (room <= 0) return;
  let truesize = skbTruesize(len);
  let incr = 0;
  if (tcpWinFromSpace(truesize) <= len) incr = 2 * sk.advmss;
  else {
    truesize = tcpWinFromSpace(truesize) >> 1;
    let window = tcpWinFromSpace(sk.tcpSysctl.rmem[2]!) >> 1;
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
