/**
 * TCP timers on the virtual clock — retransmission with exponential backoff
 * (SYN: tcp_syn_retries, SYN-ACK: tcp_synack_retries, data: tcp_retries2),
 * the zero-window probe, keepalive, TIME_WAIT (60 s) and the FIN_WAIT2
 * orphan's tcp_fin_timeout — and the ends of a connection: tcp_done(),
 * tcp_close(), tcp_disconnect(), tcp_time_wait().
 * @linux net/ipv4/tcp_timer.c, net/ipv4/tcp.c tcp_close() tcp_done(), net/ipv4/tcp_minisocks.c tcp_time_wait()
 */
import { tcpUpdateMetrics } from './tcp_metrics.js';
import type { Errno } from '../core/errno.js';
import { LinuxMib, TcpStat } from '../core/snmp.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { RCV_SHUTDOWN, SEND_SHUTDOWN, SOCK_DEAD, SOCK_KEEPOPEN, SOCK_LINGER } from '../core/sock.js';
import { TCPHDR_ACK, after } from '../../wire/tcp.js';
import {
  TCP_CA_DISORDER, TCP_CA_LOSS, TCP_CA_RECOVERY, TCP_CLOSE, TCP_CLOSE_WAIT, TCP_ESTABLISHED, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
  TCP_LISTEN, TCP_RTO_MAX, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIMEWAIT_LEN, TCP_TIME_WAIT, tcpSegMarkLost, type TcpSock,
} from './tcp.js';
import { tcpRackReoTimeout, tcpSackedOut, tcpSendLossProbe } from './tcp_recovery.js';
import {
  tcpCloseState, tcpPacketsInFlight, tcpQueuesPurge, tcpRetransmitSeg, tcpSendActiveReset, tcpSendFin, tcpTransmit, tcpWriteXmit,
} from './tcp_output.js';
import { tcpCurrentSsthresh, tcpInitUndo, tcpRetransmitAccount } from './tcp_undo.js';
import { modTimer } from '../../sim/timer_wheel.js';
import { tcpEcnQueueCwr } from './tcp_ecn.js';

/**
 * inet_csk_reset_xmit_timer(): the retransmit timer as the RTO (icsk_rto,
 * which tcp_retransmit_timer() doubles in place, unless `delayNs` is
 * given), the zero-window probe (tcp_probe0_when(): icsk_rto << backoff,
 * icsk_rto itself untouched), the RACK reorder timer or the tail loss
 * probe (icsk_pending says which); tcp_write_timer_handler() dispatches.
 */
export function tcpResetXmitTimer(sk: TcpSock, what: 'rto' | 'probe' | 'reo' | 'tlp', delayNs?: number): void {
  const sched = sk.net.sched;
  sched.cancel(sk.rtxTimer);
  sk.rack.pending = what;
  sk.rtxTimer = modTimer(sched, Math.min(delayNs ?? (what === 'probe' ? sk.rto * 2 ** sk.backoff : sk.rto), TCP_RTO_MAX), () => {
    sk.rtxTimer = null;
    sk.rack.pending = null;
    if (what === 'probe') tcpProbeTimer(sk);
    else if (what === 'reo') tcpRackReoTimeout(sk);
    else if (what === 'tlp') tcpSendLossProbe(sk);
    else tcpRetransmitTimer(sk);
  });
}

/** Stop the retransmit timer (the queue emptied). */
export function tcpClearXmitTimer(sk: TcpSock): void {
  // A passive child's SYN-ACK timer was the request's, deleted with it (inet_csk_reqsk_queue_drop()).
  if (sk.rtxTimer && sk.rtxTimer.index >= 0 && sk.skState !== TCP_SYN_RECV) sk.rtxIdleUntil = sk.rtxTimer.when;
  sk.net.sched.cancel(sk.rtxTimer);
  sk.rtxTimer = null;
  sk.rack.pending = null;
}

/** tcp_write_err(): the connection failed with sk_err_soft or ETIMEDOUT. */
function tcpWriteErr(sk: TcpSock): void {
  sk.skErr = sk.skErrSoft ?? 'ETIMEDOUT';
  sk.errorReport();
  tcpDone(sk);
  sk.mibNet(LinuxMib.TCPABORTONTIMEOUT);
}

/**
 * tcp_model_timeout(): how long `boundary` retransmissions take with
 * exponential backoff from `rtoBase`, capped at TCP_RTO_MAX.
 */
function tcpModelTimeout(boundary: number, rtoBase: number): number {
  const thresh = Math.floor(Math.log2(TCP_RTO_MAX / rtoBase));
  if (boundary <= thresh) return ((2 << boundary) - 1) * rtoBase;
  return ((2 << thresh) - 1) * rtoBase + (boundary - thresh) * TCP_RTO_MAX;
}

/**
 * tcp_write_timeout(): has the connection retried long enough? A SYN
 * gets tcp_syn_retries + tcp_syn_linear_timeouts tries, or the time those
 * would take from 1 s; a SYN-ACK tcp_synack_retries; data the time
 * tcp_retries2 backed-off retransmissions from 200 ms take.
 */
function tcpWriteTimeout(sk: TcpSock): boolean {
  const s = sk.tcpSysctl;
  const st = sk.skState;
  const elapsed = sk.retransmits ? sk.net.sched.now - sk.retransStamp : 0;
  if (st === TCP_SYN_SENT) {
    const until = sk.synRetriesOpt || s.synRetries;
    return sk.retransmits >= until + s.synLinearTimeouts || (sk.retransmits > 0 && elapsed >= tcpModelTimeout(until, 1e9));
  }
  if (st === TCP_SYN_RECV) return sk.retransmits >= s.synackRetries;
  const until = sk.sockFlag(SOCK_DEAD) ? s.orphanRetries || 8 : s.retries2;
  return sk.retransmits > 0 && elapsed >= tcpModelTimeout(until, 200e6);
}

/**
 * tcp_retransmit_timer(): TCPTimeouts; too long fails the connection;
 * otherwise the head goes again (established: the loss state, every
 * outstanding segment presumed lost, cwnd 1) and the timer backs off:
 * backoff counts and icsk_rto itself doubles (up to TCP_RTO_MAX), so
 * tcp_info's rto shows it until an RTT sample sets it again (tcp_set_rto())
 * — except for a SYN's first tcp_syn_linear_timeouts tries, which stay 1 s apart.
 */
function tcpRetransmitTimer(sk: TcpSock): void {
  const head = sk.rtxQueue[0];
  if (!head) return;
  const st = sk.skState;
  // reqsk_timer_handler(): "if (inet_sk_state_load(sk_listener) != TCP_LISTEN) ... goto drop": a request
  // whose listener was closed is dropped, its SYN-ACK not sent again.
  if (st === TCP_SYN_RECV && sk.parent && sk.parent.skState !== TCP_LISTEN) return reqskDrop(sk);
  sk.rack.tlpHighSeq = 0;
  sk.mibNet(LinuxMib.TCPTIMEOUTS);
  if (tcpWriteTimeout(sk)) {
    if (st === TCP_SYN_RECV) return reqskDrop(sk);
    return tcpWriteErr(sk);
  }
  // tcp_retransmit_timer() enters the loss state for a SYN too (cwnd 1, ssthresh halved: /proc/net/tcp, ss -i show
  // them in SYN-SENT; tcp_init_transfer() and tcp_init_metrics() start the connection afresh). A SYN-ACK's
  // timer is the request's (reqsk_timer_handler()), which does not.
  if (st !== TCP_SYN_RECV) {
    if (sk.retransmits === 0) tcpTimeoutFailureMib(sk);
    tcpEnterLoss(sk);
  }
  // tcp_retransmit_skb(): "Save stamp of the first (attempted) retransmit": the head's timestamp once
  // __tcp_retransmit_skb() has sent it again, i.e. now, not its original (or loss probe's) send time;
  // a SYN's stamp is the connect's own (tcp_connect() sets retrans_stamp when it sends the SYN).
  if (sk.retransmits === 0) sk.retransStamp = st === TCP_SYN_SENT ? head.when : sk.net.sched.now;
  sk.retransmits++;
  // reqsk_timer_handler(): a request whose SYN-ACK cannot go again is dropped.
  if (!tcpRetransmitSeg(sk, head) && st === TCP_SYN_RECV && sk.parent) return reqskDrop(sk);
  tcpRetransmitAccount(sk, 1);
  if (st !== TCP_SYN_SENT || sk.retransmits > sk.tcpSysctl.synLinearTimeouts) {
    sk.backoff++;
    sk.rto = Math.min(sk.rto * 2, TCP_RTO_MAX);
  }
  tcpResetXmitTimer(sk, 'rto');
}

/**
 * tcp_retransmit_timer(): the first timeout of an episode says what it
 * interrupted: fast recovery (TCPSackRecoveryFail, TCPRenoRecoveryFail),
 * the loss state (TCPLossFailures), or disorder (TCPSackFailures,
 * TCPRenoFailures).
 */
function tcpTimeoutFailureMib(sk: TcpSock): void {
  const st = sk.caState;
  if (st === TCP_CA_RECOVERY) sk.mibNet(sk.sackOk ? LinuxMib.TCPSACKRECOVERYFAIL : LinuxMib.TCPRENORECOVERYFAIL);
  else if (st === TCP_CA_LOSS) sk.mibNet(LinuxMib.TCPLOSSFAILURES);
  else if (st === TCP_CA_DISORDER || (sk.sackOk ? tcpSackedOut(sk) : sk.dupAcks) > 0) {
    sk.mibNet(sk.sackOk ? LinuxMib.TCPSACKFAILURES : LinuxMib.TCPRENOFAILURES);
  }
}

/** A SYN_RECV child is forgotten (inet_csk_reqsk_queue_drop(): reqsk_timer_handler(), tcp_req_err()). */
export function reqskDrop(sk: TcpSock): void {
  const parent = sk.parent;
  if (parent) parent.synQueueLen--;
  sk.parent = null;
  tcpDone(sk, false);
}

/**
 * tcp_enter_loss(): every outstanding segment not SACKed is lost; unless
 * this window was reduced already, ssthresh from the algorithm and a new
 * undo episode (prior_ssthresh, prior_cwnd kept for the undo); cwnd one
 * more than in flight; F-RTO (tcp_frto) probes a first RTO, or one
 * repeating on the same snd_una (RFC 5682 3.1 step 1, 3.2).
 */
export function tcpEnterLoss(sk: TcpSock): void {
  const st = sk.caState;
  const newRecovery = st < TCP_CA_RECOVERY;
  for (const seg of sk.rtxQueue) {
    if (seg.sacked) continue;
    // tcp_mark_skb_lost(): a retransmission of a lost segment lost again.
    if (!seg.lost && seg.retrans && seg.wasLost) sk.mibNet(LinuxMib.TCPLOSTRETRANSMIT);
    tcpSegMarkLost(sk, seg);
  }
  if (st <= TCP_CA_DISORDER || !after(sk.highSeq, sk.sndUna) || (st === TCP_CA_LOSS && !sk.retransmits)) {
    sk.priorSsthresh = tcpCurrentSsthresh(sk);
    sk.undo.priorCwnd = sk.sndCwnd;
    sk.sndSsthresh = sk.caOps.ssthresh(sk);
    tcpInitUndo(sk);
  }
  sk.caOps.onLoss(sk);
  sk.sndCwnd = tcpPacketsInFlight(sk) + 1;
  sk.sndCwndCnt = 0;
  sk.caState = TCP_CA_LOSS;
  sk.highSeq = sk.sndNxt;
  sk.rack.tlpHighSeq = 0;
  sk.dupAcks = 0;
  sk.undo.frto = sk.tcpSysctl.frto !== 0 && (newRecovery || sk.retransmits > 0);
  tcpEcnQueueCwr(sk);
}

/** tcp_probe_timer() / tcp_send_probe0(): an ACK below snd_una makes the peer tell its window. */
function tcpProbeTimer(sk: TcpSock): void {
  if (sk.rtxQueue.length || sk.writeQueue.length === 0) return;
  // tcp_write_wakeup(): a send head the window takes goes itself (its send had failed); else a zero-window probe.
  if (after(sk.writeQueue[0]!.endSeq, (sk.sndUna + sk.sndWnd) >>> 0)) {
    tcpTransmit(sk, (sk.sndUna - 1) >>> 0, TCPHDR_ACK, null);
    sk.mibNet(LinuxMib.TCPWINPROBE);
  }
  sk.backoff = Math.min(sk.backoff + 1, 15);
  tcpWriteXmit(sk);
  if (!sk.rtxQueue.length) tcpResetXmitTimer(sk, 'probe');
}

/** inet_csk_reset_keepalive_timer(): with SO_KEEPALIVE, probe after tcp_keepalive_time idle. */
export function tcpStartKeepalive(sk: TcpSock): void {
  sk.net.sched.cancel(sk.keepaliveTimer);
  sk.keepaliveTimer = null;
  if (!sk.sockFlag(SOCK_KEEPOPEN)) return;
  const idle = (sk.keepaliveTime || sk.tcpSysctl.keepaliveTime) * 1e9;
  sk.keepaliveTimer = modTimer(sk.net.sched, idle, () => tcpKeepaliveTimer(sk));
}

/** tcp_keepalive_timer(): a probe per interval while unanswered; too many: ETIMEDOUT. */
function tcpKeepaliveTimer(sk: TcpSock): void {
  sk.keepaliveTimer = null;
  if (!sk.sockFlag(SOCK_KEEPOPEN) || sk.skState !== TCP_ESTABLISHED) return;
  const s = sk.tcpSysctl;
  const intvl = (sk.keepaliveIntvl || s.keepaliveIntvl) * 1e9;
  const idle = (sk.keepaliveTime || s.keepaliveTime) * 1e9;
  const since = sk.net.sched.now - Math.max(sk.lrcvtime, sk.info.lastAckRecv);
  if (since < idle && sk.probesOut === 0) {
    sk.keepaliveTimer = modTimer(sk.net.sched, idle - since, () => tcpKeepaliveTimer(sk));
    return;
  }
  if (sk.probesOut >= (sk.keepaliveProbes || s.keepaliveProbes)) {
    tcpSendActiveReset(sk);
    return tcpWriteErr(sk);
  }
  tcpTransmit(sk, (sk.sndUna - 1) >>> 0, TCPHDR_ACK, null);
  sk.mibNet(LinuxMib.TCPKEEPALIVE);
  sk.probesOut++;
  sk.keepaliveTimer = modTimer(sk.net.sched, intvl, () => tcpKeepaliveTimer(sk));
}

/** Cancel every timer of the socket (inet_csk_clear_xmit_timers + keepalive). */
function clearTimers(sk: TcpSock): void {
  const sched = sk.net.sched;
  for (const t of [sk.rtxTimer, sk.delackTimer, sk.keepaliveTimer, sk.twTimer]) sched.cancel(t);
  sk.rtxTimer = sk.delackTimer = sk.keepaliveTimer = sk.twTimer = null;
  // inet_csk_clear_xmit_timers(): sk_stop_timer() each, their references dropped.
  sk.rtxIdleUntil = sk.delackIdleUntil = 0;
}

/**
 * tcp_done(): CLOSE, timers off, unhashed (tcp_set_state), both
 * directions shut, the user woken; AttemptFails for a connection that
 * never got established. An orphan is freed.
 */
export function tcpDone(sk: TcpSock, countFail = true): void {
  if (countFail && (sk.skState === TCP_SYN_SENT || sk.skState === TCP_SYN_RECV)) sk.net.mib.tcp[TcpStat.ATTEMPTFAILS]!++;
  sk.setState(TCP_CLOSE);
  clearTimers(sk);
  if (sk.twCounted) {
    sk.net.ipv4.tcpHashinfo.twCount--;
    sk.twCounted = false;
  }
  sk.skShutdown = RCV_SHUTDOWN | SEND_SHUTDOWN;
  tcpQueuesPurge(sk);
  if (sk.parent) {
    const i = sk.parent.acceptQueue.indexOf(sk);
    if (i >= 0) sk.parent.acceptQueue.splice(i, 1);
    else sk.parent.synQueueLen--;
    sk.parent = null;
  }
  sk.skWq.wake(0);
  if (sk.sockFlag(SOCK_DEAD)) purgeReceive(sk);
}

function purgeReceive(sk: TcpSock): void {
  for (let skb = sk.skReceiveQueue.dequeue(); skb; skb = sk.skReceiveQueue.dequeue()) kfreeSkbReason(sk.net, skb, 'NOT_SPECIFIED', 'tcp_done');
  sk.ofoQueue.length = 0;
}

/**
 * tcp_time_wait(): TIME_WAIT (or an orphan's FIN_WAIT2) holds the 4-tuple
 * and port for `timeo` ns, then the socket is gone. TimeWaited (TWKilled
 * for a wait of 4 s or less) counts when the wait is first scheduled.
 */
export function tcpTimeWait(sk: TcpSock, state: number, timeo: number): void {
  if (!sk.twCounted) {
    // tcp_time_wait() ends with tcp_update_metrics(): once, when the socket first waits.
    tcpUpdateMetrics(sk);
    const h = sk.net.ipv4.tcpHashinfo;
    // inet_twsk_alloc() refuses past tcp_max_tw_buckets: the socket closes at once (TCPTimeWaitOverflow).
    if (h.twCount >= sk.tcpSysctl.maxTwBuckets) {
      sk.mibNet(LinuxMib.TCPTIMEWAITOVERFLOW);
      tcpDone(sk, false);
      return;
    }
    h.twCount++;
    sk.twCounted = true;
    // __inet_twsk_schedule() (not a rearm): counted when the wait starts, TWKilled for a short one.
    sk.mibNet(timeo <= 4 * 1e9 ? LinuxMib.TIMEWAITKILLED : LinuxMib.TIMEWAITED);
  }
  clearTimers(sk);
  if (state === TCP_TIME_WAIT) sk.setState(TCP_TIME_WAIT);
  sk.twExpires = sk.net.sched.now + timeo;
  sk.twTimer = modTimer(sk.net.sched, timeo, () => {
    sk.twTimer = null;
    sk.skFlags |= SOCK_DEAD;
    tcpDone(sk, false);
  });
  if (state === TCP_TIME_WAIT) sk.skWq.wake(0);
}

/** TIME_WAIT for TCP_TIMEWAIT_LEN. */
export function tcpEnterTimeWait(sk: TcpSock): void {
  tcpTimeWait(sk, TCP_TIME_WAIT, TCP_TIMEWAIT_LEN);
}

/**
 * tcp_disconnect(): abort — RST to a synchronized peer, the queues
 * dropped, CLOSE; a listener drops its children with a RST each.
 */
export function tcpDisconnect(sk: TcpSock): void {
  const old = sk.skState;
  if (old === TCP_LISTEN) closeListener(sk);
  else if (tcpNeedReset(old)) {
    tcpSendActiveReset(sk);
    sk.mibNet(LinuxMib.TCPABORTONCLOSE);
  }
  const wasSynSent = old === TCP_SYN_SENT;
  tcpDone(sk, wasSynSent);
  sk.skShutdown = 0;
  purgeReceive(sk);
  sk.skErr = wasSynSent || tcpNeedReset(old) ? 'ECONNRESET' : sk.skErr;
}

/** tcp_need_reset(): the states in which the peer is synchronized with us. */
function tcpNeedReset(state: number): boolean {
  return state === TCP_ESTABLISHED || state === TCP_CLOSE_WAIT || state === TCP_FIN_WAIT1 || state === TCP_FIN_WAIT2 || state === TCP_SYN_RECV;
}

/** inet_csk_listen_stop(): children not accepted are reset and freed. */
function closeListener(sk: TcpSock): void {
  for (const child of sk.acceptQueue.splice(0)) {
    child.parent = null;
    child.skFlags |= SOCK_DEAD;
    tcpSendActiveReset(child);
    tcpDone(child, false);
  }
  sk.setState(TCP_CLOSE);
}

/**
 * tcp_abort() (SOCK_DESTROY, ss -K): a timewait socket is descheduled; a
 * listener stops (its unaccepted children reset); otherwise the user sees
 * `err`, a synchronized peer gets a RST, and the socket is done.
 */
export function tcpAbort(sk: TcpSock, err: Errno): void {
  if (sk.skState === TCP_TIME_WAIT) return tcpDone(sk, false);
  if (sk.skState === TCP_LISTEN) closeListener(sk);
  if (sk.sockFlag(SOCK_DEAD)) return;
  sk.skErr = err;
  sk.errorReport();
  if (tcpNeedReset(sk.skState)) tcpSendActiveReset(sk);
  tcpDone(sk);
}

/**
 * tcp_close(): unread data means RST (TCPAbortOnClose); otherwise our FIN
 * goes out and the orphan lives on: FIN_WAIT2 for tcp_fin_timeout,
 * TIME_WAIT for 60 s.
 */
export function tcpClose(sk: TcpSock): void {
  sk.skShutdown = RCV_SHUTDOWN | SEND_SHUTDOWN;
  sk.skFlags |= SOCK_DEAD;
  const st = sk.skState;
  if (st === TCP_LISTEN) {
    closeListener(sk);
    tcpDone(sk, false);
    return;
  }
  const unread = sk.rcvQueued > 0;
  purgeReceive(sk);
  if (st === TCP_CLOSE) {
    sk.unhash();
    return;
  }
  if (unread) {
    sk.setState(TCP_CLOSE);
    tcpSendActiveReset(sk);
    sk.mibNet(LinuxMib.TCPABORTONCLOSE);
    tcpDone(sk, false);
    return;
  }
  // __tcp_close(): "Check zero linger _after_ checking for unread data": SO_LINGER with a zero time
  // aborts (tcp_disconnect(): a RST to a synchronized peer) and counts TCPAbortOnData.
  if (sk.sockFlag(SOCK_LINGER) && !sk.skLingertime) {
    if (tcpNeedReset(st)) tcpSendActiveReset(sk);
    tcpDone(sk, false);
    sk.mibNet(LinuxMib.TCPABORTONDATA);
    return;
  }
  if (st === TCP_SYN_SENT) {
    // tcp_close_state(): SYN_SENT goes straight to CLOSE (no AttemptFails: that is tcp_done()'s).
    tcpDone(sk, false);
    return;
  }
  if (tcpCloseState(sk)) tcpSendFin(sk);
  if (sk.skState === TCP_FIN_WAIT2) tcpOrphanFinWait2(sk);
  sk.skWq.wake(0);
}

/** tcp_fin_time(): tcp_fin_timeout (no TCP_LINGER2 here), but at least 3.5 RTO. */
function tcpFinTime(sk: TcpSock): number {
  return Math.max(sk.tcpSysctl.finTimeout * 1e9, 4 * sk.rto - sk.rto / 2);
}

/**
 * An orphan in FIN_WAIT2 waits tcp_fin_time() for the peer's FIN as a
 * timewait socket; past TCP_TIMEWAIT_LEN the socket first waits the excess
 * on its keepalive timer, whose handler (tcp_keepalive_timer()) then
 * makes the timewait socket for tcp_fin_time() - TCP_TIMEWAIT_LEN, or
 * resets when nothing is left.
 */
export function tcpOrphanFinWait2(sk: TcpSock, fin = false): void {
  const tmo = tcpFinTime(sk);
  // tcp_rcv_state_process() FIN_WAIT1: an ACK that also carries the peer's FIN ("Bad case. We could
  // lose such FIN otherwise") keeps the full socket on its keepalive timer for tmo; tcp_fin() then
  // makes it a TIME_WAIT socket (TimeWaited), no FIN_WAIT2 timewait socket (TWKilled) first.
  if (tmo <= TCP_TIMEWAIT_LEN && !fin) return tcpTimeWait(sk, TCP_FIN_WAIT2, tmo);
  sk.net.sched.cancel(sk.keepaliveTimer);
  sk.keepaliveTimer = sk.net.sched.schedule(tmo > TCP_TIMEWAIT_LEN ? tmo - TCP_TIMEWAIT_LEN : tmo, () => {
    sk.keepaliveTimer = null;
    if (sk.skState !== TCP_FIN_WAIT2 || !sk.sockFlag(SOCK_DEAD)) return;
    const left = tcpFinTime(sk) - TCP_TIMEWAIT_LEN;
    if (left > 0) return tcpTimeWait(sk, TCP_FIN_WAIT2, left);
    tcpSendActiveReset(sk);
    tcpDone(sk, false);
  });
}
