/**
 * Congestion control: struct tcp_congestion_ops with Reno (RFC 5681) and
 * CUBIC (RFC 9438, Linux's default) — slow start, congestion avoidance,
 * the ssthresh after a loss, and the cwnd once recovery ends.
 * @linux net/ipv4/tcp_cong.c, net/ipv4/tcp_cubic.c
 */
import type { TcpSock } from './tcp.js';

export interface TcpCongOps {
  readonly name: string;
  /** ssthresh(): the slow-start threshold after a loss. */
  ssthresh(sk: TcpSock): number;
  /** cong_avoid(): grow cwnd for `acked` newly acknowledged segments. */
  congAvoid(sk: TcpSock, acked: number): void;
  /** A loss (RTO) or the start of recovery resets the algorithm's epoch. */
  onLoss(sk: TcpSock): void;
  /** undo_cwnd(): the cwnd to return to when a reduction proves spurious. */
  undoCwnd(sk: TcpSock): number;
}

/** tcp_reno_undo_cwnd(): back to the cwnd before the reduction (cubic uses it too). */
export function tcpRenoUndoCwnd(sk: TcpSock): number {
  return Math.max(sk.sndCwnd, sk.undo.priorCwnd);
}

/** tcp_slow_start(): cwnd grows by one per acknowledged segment up to ssthresh (and snd_cwnd_clamp); what is left over. */
export function tcpSlowStart(sk: TcpSock, acked: number): number {
  const cwnd = Math.min(sk.sndCwnd + acked, sk.sndSsthresh);
  acked -= cwnd - sk.sndCwnd;
  sk.sndCwnd = Math.min(cwnd, sk.sndCwndClamp);
  return acked;
}

/** tcp_cong_avoid_ai(): one segment more per `w` acknowledged, at most snd_cwnd_clamp. */
export function tcpCongAvoidAi(sk: TcpSock, w: number, acked: number): void {
  if (sk.sndCwndCnt >= w) {
    sk.sndCwndCnt = 0;
    sk.sndCwnd++;
  }
  sk.sndCwndCnt += acked;
  if (sk.sndCwndCnt >= w) {
    const delta = Math.floor(sk.sndCwndCnt / w);
    sk.sndCwndCnt -= delta * w;
    sk.sndCwnd += delta;
  }
  sk.sndCwnd = Math.min(sk.sndCwnd, sk.sndCwndClamp);
}

/** tcp_reno_*: halve on loss, +1 MSS per RTT in avoidance. */
export const tcpReno: TcpCongOps = {
  name: 'reno',
  ssthresh: (sk) => Math.max(sk.sndCwnd >> 1, 2),
  congAvoid(sk, acked) {
    if (sk.sndCwnd <= sk.sndSsthresh) {
      acked = tcpSlowStart(sk, acked);
      if (!acked) return;
    }
    tcpCongAvoidAi(sk, sk.sndCwnd, acked);
  },
  onLoss() {},
  undoCwnd: tcpRenoUndoCwnd,
};

/* CUBIC state in caPriv. */
const LAST_MAX = 0;
const EPOCH = 1;
const K = 2;
const ORIGIN = 3;
const ACK_CNT = 4;
const TCP_CWND = 5;
/** BICTCP_BETA_SCALE 1024, beta 717: the window keeps 70% after a loss. */
const BETA = 717 / 1024;
/** C = 0.4 (bic_scale 41 / 1024 * 10). */
const C = 0.4;

/**
 * bictcp_update(): W(t) = C (t - K)^3 + W_max, t from the epoch start
 * (plus the minimum RTT); cnt is the ACKs per extra segment, bounded by the
 * Reno-friendly estimate (tcp_friendliness).
 */
function cubicCnt(sk: TcpSock, acked: number): number {
  const p = sk.caPriv;
  const cwnd = sk.sndCwnd;
  const now = sk.net.sched.now;
  if (p[EPOCH] === 0) {
    p[EPOCH] = now || 1;
    p[ACK_CNT] = acked;
    p[TCP_CWND] = cwnd;
    if (p[LAST_MAX]! <= cwnd) {
      p[K] = 0;
      p[ORIGIN] = cwnd;
    } else {
      p[K] = Math.cbrt((p[LAST_MAX]! - cwnd) / C);
      p[ORIGIN] = p[LAST_MAX]!;
    }
  } else p[ACK_CNT]! += acked;
  const t = (now - p[EPOCH]! + sk.srtt) / 1e9;
  const target = p[ORIGIN]! + C * Math.pow(t - p[K]!, 3);
  let cnt = target > cwnd ? Math.floor(cwnd / (target - cwnd)) : 100 * cwnd;
  if (p[LAST_MAX] === 0 && cnt > 20) cnt = 20;
  // tcp_friendliness(): the window Reno would have, with beta 0.7's AIMD slope.
  const delta = (cwnd * 3 * (1 - BETA)) / (1 + BETA);
  while (p[ACK_CNT]! > delta) {
    p[ACK_CNT]! -= delta;
    p[TCP_CWND]!++;
  }
  if (p[TCP_CWND]! > cwnd) cnt = Math.min(cnt, Math.floor(cwnd / (p[TCP_CWND]! - cwnd)));
  return Math.max(cnt, 2);
}

export const tcpCubic: TcpCongOps = {
  name: 'cubic',
  /** bictcp_recalc_ssthresh(): fast convergence lowers W_max when the window shrank since the last loss. */
  ssthresh(sk) {
    const p = sk.caPriv;
    p[EPOCH] = 0;
    const cwnd = sk.sndCwnd;
    p[LAST_MAX] = cwnd < p[LAST_MAX]! ? (cwnd * (1 + BETA)) / 2 : cwnd;
    return Math.max(Math.floor(cwnd * BETA), 2);
  },
  congAvoid(sk, acked) {
    if (sk.sndCwnd <= sk.sndSsthresh) {
      acked = tcpSlowStart(sk, acked);
      if (!acked) return;
    }
    tcpCongAvoidAi(sk, cubicCnt(sk, acked), acked);
  },
  onLoss(sk) {
    sk.caPriv[EPOCH] = 0;
  },
  undoCwnd: tcpRenoUndoCwnd,
};

/** tcp_ca_find(): by name; the default when unknown (null if `strict`). */
export function tcpCongFor(name: string, strict: true): TcpCongOps | null;
export function tcpCongFor(name: string, strict?: false): TcpCongOps;
export function tcpCongFor(name: string, strict = false): TcpCongOps | null {
  if (name === 'reno') return tcpReno;
  if (name === 'cubic') return tcpCubic;
  return strict ? null : tcpCubic;
}
