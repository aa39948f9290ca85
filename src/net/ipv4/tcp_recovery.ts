/**
 * RACK-TLP loss detection (RFC 8985) as Linux 6.x does it: a segment is
 * lost once a segment sent after it was delivered and it stayed
 * unacknowledged for the RTT of that delivery plus a reordering window
 * (min_rtt/4 per step, none before reordering was seen once recovery
 * started or dupthresh SACKs arrived; a step more per round with
 * D-SACKs); the RACK reorder timer for those still inside
 * the window; the tail loss probe 2·SRTT after the last send (PTO, plus
 * the delayed-ACK allowance when one segment is out); the probe's outcome
 * (tcp_process_tlp_ack); reordering detection (TCPSACKReorder);
 * tcp_is_cwnd_limited()/tcp_cwnd_validate() for the congestion modules;
 * and the recovery state machine tcp_ack() hands dubious ACKs to
 * (tcp_fastretrans_alert: the exits and undos of tcp_undo.ts, then RACK,
 * NewReno without SACK, or the dupthresh scoreboard with tcp_recovery=0).
 * @linux net/ipv4/tcp_recovery.c tcp_rack_update_reo_wnd(), net/ipv4/tcp_input.c tcp_process_tlp_ack() tcp_check_sack_reordering(),
 *        tcp_fastretrans_alert() tcp_identify_packet_loss() tcp_time_to_recover() tcp_enter_recovery(),
 *        net/ipv4/tcp_output.c tcp_schedule_loss_probe() tcp_send_loss_probe() tcp_cwnd_validate(), include/net/tcp.h
 */
import { tcpRtoMin } from './tcp_metrics.js';
import { LinuxMib } from '../core/snmp.js';
import { after, before } from '../../wire/tcp.js';
import { TCP_CA_CWR, TCP_CA_DISORDER, TCP_CA_LOSS, TCP_CA_OPEN, TCP_CA_RECOVERY, TCP_CLOSE_WAIT, TCP_ESTABLISHED, tcpSegMarkLost, type TcpSeg, type TcpSock } from './tcp.js';
import { SOCK_DEAD } from '../core/sock.js';
import { TCP_CHRONO_SNDBUF_LIMITED, tcpChronoStart } from './tcp_chrono.js';
// Cycles with these modules are safe: only functions are taken, all called after load.
import { tcpPacketsInFlight, tcpRetransmitSeg, tcpWriteXmitProbe, tcpXmitRetransmitQueue } from './tcp_output.js';
import { tcpClearXmitTimer, tcpResetXmitTimer } from './tcp_timer.js';
import {
  FLAG_DSACK_TLP, FLAG_ECE, tcpCurrentSsthresh, tcpCwndReduction, tcpEndCwndReduction, tcpInCwndReduction, tcpInitCwndReduction,
  tcpInitUndo, tcpProcessLoss, tcpTryKeepOpen, tcpTryToOpen, tcpTryUndoDsack, tcpTryUndoPartial, tcpTryUndoRecovery,
} from './tcp_undo.js';

/** net.ipv4.tcp_recovery bits (include/net/tcp.h). */
export const TCP_RACK_LOSS_DETECTION = 0x1;
export const TCP_RACK_STATIC_REO_WND = 0x2;
export const TCP_RACK_NO_DUPTHRESH = 0x4;

/** TCP_TIMEOUT_MIN: 2 jiffies at HZ 250, in ns. */
const TCP_TIMEOUT_MIN = 8e6;
/** TCP_TIMEOUT_INIT: the PTO without an RTT sample. */
const TCP_TIMEOUT_INIT = 1e9;

/** tp->rack, tp->tlp_*, tp->reordering and the cwnd-usage fields of struct tcp_sock. */
export class TcpRecoveryState {
  /** rack.mstamp: the (re)transmit time of the most recently sent segment delivered (ns; 0: none). */
  mstamp = 0;
  /** rack.end_seq of that segment (ties of mstamp break by sequence). */
  endSeq = 0;
  /** rack.rtt_us: the RTT of that delivery. */
  rttUs = 0;
  /** rack.advanced: a new delivery since the last loss scan. */
  advanced = false;
  /** rack.reo_wnd_steps: the reordering window in min_rtt/4 units, one more per round with D-SACKs. */
  reoWndSteps = 1;
  /** rack.reo_wnd_persist: recoveries the widened window outlives. */
  reoWndPersist = 0;
  /** rack.dsack_seen: a D-SACK came since the window was last widened. */
  dsackSeen = false;
  /** When the window was last widened (ns; stands for rack.last_delivered: a later send means an RTT passed). */
  reoWndStamp = -1;
  /** tp->reord_seen: reorderings observed. */
  reordSeen = 0;
  /** tp->reordering: the reordering degree in segments (tcp_reordering at start). */
  reordering = 3;
  /** tp->tlp_high_seq: snd_nxt when the outstanding loss probe went out (0: none). */
  tlpHighSeq = 0;
  /** tp->tlp_retrans: that probe was a retransmission (not new data). */
  tlpRetrans = false;
  /** tcp_min_rtt() in µs (0xffffffff until a sample). */
  minRttUs = 0xffffffff;
  /** tp->is_cwnd_limited over the current window. */
  isCwndLimited = false;
  /** tp->max_packets_out in the current window. */
  maxPacketsOut = 0;
  /** tp->cwnd_usage_seq: the window tracked ends at this snd_nxt. */
  cwndUsageSeq = 0;
  /** icsk_pending: which event the retransmit timer stands for. */
  pending: 'rto' | 'probe' | 'reo' | 'tlp' | null = null;
}

/** tcp_is_rack(): RACK loss detection is on (tcp_recovery bit 0x1). */
export function tcpIsRack(sk: TcpSock): boolean {
  return (sk.tcpSysctl.recovery & TCP_RACK_LOSS_DETECTION) !== 0;
}

/** tcp_stamp_us_delta(tcp_mstamp, t) in µs. */
function ageUs(sk: TcpSock, t: number): number {
  return Math.floor((sk.net.sched.now - t) / 1000);
}

/** tcp_rack_sent_after() */
function sentAfter(t1: number, t2: number, seq1: number, seq2: number): boolean {
  return t1 > t2 || (t1 === t2 && after(seq1, seq2));
}

/** tcp_update_rtt_min(): the minimum RTT (the 300 s window of tcp_min_rtt_wlen outlives a lab run). */
export function tcpUpdateRttMin(sk: TcpSock, rttUs: number): void {
  const r = sk.rack;
  r.minRttUs = Math.min(r.minRttUs, Math.max(1, rttUs));
}

/**
 * tcp_rack_advance(): remember the most recently sent segment delivered;
 * a retransmission delivered faster than min_rtt is taken for its original.
 */
export function tcpRackAdvance(sk: TcpSock, seg: TcpSeg): void {
  const r = sk.rack;
  if (r.mstamp && !sentAfter(seg.when, r.mstamp, seg.endSeq, r.endSeq)) return;
  const rttUs = ageUs(sk, seg.when);
  if (seg.retrans && rttUs < r.minRttUs) return;
  r.rttUs = rttUs;
  r.mstamp = seg.when;
  r.endSeq = seg.endSeq;
  r.advanced = true;
}

/** TCP_RACK_RECOVERY_THRESH */
const TCP_RACK_RECOVERY_THRESH = 16;

/**
 * tcp_rack_update_reo_wnd(): after an ACK that delivered data, a D-SACK
 * seen (a spurious retransmission, once reordering was seen) widens the
 * reordering window by one step for the next 16 recoveries, at most once
 * per round trip; without one, and once those recoveries are over, the
 * window is back to one step.
 */
export function tcpRackUpdateReoWnd(sk: TcpSock, delivered: boolean): void {
  const r = sk.rack;
  if (sk.tcpSysctl.recovery & TCP_RACK_STATIC_REO_WND || !delivered) return;
  // "Disregard DSACK if a rtt has not passed since we adjusted reo_wnd": what was delivered was sent before.
  if (r.mstamp < r.reoWndStamp) r.dsackSeen = false;
  if (r.dsackSeen) {
    r.reoWndSteps = Math.min(0xff, r.reoWndSteps + 1);
    r.dsackSeen = false;
    r.reoWndStamp = sk.net.sched.now;
    r.reoWndPersist = TCP_RACK_RECOVERY_THRESH;
  } else if (!r.reoWndPersist) r.reoWndSteps = 1;
}

/** Segments SACKed (sacked_out). */
export function tcpSackedOut(sk: TcpSock): number {
  return sk.sackedOut;
}

/** Segments marked lost (lost_out). */
export function tcpLostOut(sk: TcpSock): number {
  return sk.lostOut;
}

/**
 * tcp_rack_reo_wnd(): before any reordering was seen, none in recovery or
 * once dupthresh segments are SACKed (unless tcp_recovery 0x4); otherwise
 * min_rtt/4 per step, at most SRTT.
 */
function tcpRackReoWnd(sk: TcpSock): number {
  const r = sk.rack;
  if (!r.reordSeen) {
    if (sk.caState >= TCP_CA_RECOVERY) return 0;
    if (tcpSackedOut(sk) >= r.reordering && !(sk.tcpSysctl.recovery & TCP_RACK_NO_DUPTHRESH)) return 0;
  }
  if (r.minRttUs === 0xffffffff) return 0;
  return Math.min((r.minRttUs >> 2) * r.reoWndSteps, sk.srtt >> 3);
}

/**
 * tcp_rack_detect_loss(): each segment sent before the latest delivered
 * one and unacknowledged for rack.rtt + reo_wnd is lost (a lost
 * retransmission counts TCPLostRetransmit); the longest wait left (µs,
 * 0: none) for the reorder timer.
 */
function tcpRackDetectLoss(sk: TcpSock): number {
  const r = sk.rack;
  const reoWnd = tcpRackReoWnd(sk);
  let timeout = 0;
  for (const seg of sk.rtxQueue) {
    if (seg.sacked || seg.lost) continue;
    if (!sentAfter(r.mstamp, seg.when, r.endSeq, seg.endSeq)) continue;
    const remaining = r.rttUs + reoWnd - ageUs(sk, seg.when);
    if (remaining < 0) {
      if (seg.retrans && seg.wasLost) sk.mibNet(LinuxMib.TCPLOSTRETRANSMIT);
      tcpSegMarkLost(sk, seg);
    } else timeout = Math.max(timeout, 1 + remaining);
  }
  return timeout;
}

/** tcp_rack_mark_lost(): scan after a new delivery; arm the reorder timer for what may still be reordered. True when armed. */
export function tcpRackMarkLost(sk: TcpSock): boolean {
  const r = sk.rack;
  if (!r.advanced) return false;
  r.advanced = false;
  const timeout = tcpRackDetectLoss(sk);
  if (!timeout) return false;
  tcpResetXmitTimer(sk, 'reo', Math.ceil(timeout / 4000) * 4e6 + TCP_TIMEOUT_MIN);
  return true;
}

/** tcp_rack_reo_timeout(): the reordering window passed; what is lost now goes out (recovery if not yet). */
export function tcpRackReoTimeout(sk: TcpSock): void {
  const before = tcpLostOut(sk);
  tcpRackDetectLoss(sk);
  if (tcpLostOut(sk) !== before) {
    if (sk.caState !== TCP_CA_RECOVERY && sk.caState !== TCP_CA_LOSS) {
      tcpEnterRecovery(sk, false);
      tcpCwndReduction(sk, tcpPacketsInFlight(sk), 1, 0, 0);
    }
    tcpXmitRetransmitQueue(sk);
  }
  if (sk.rack.pending !== 'rto') tcpRearmRto(sk);
}

/** tcp_rto_delta_us(): how far in the future the head's RTO is (ns, may be negative). */
function tcpRtoDelta(sk: TcpSock): number {
  const head = sk.rtxQueue[0];
  return head ? sk.rto - (sk.net.sched.now - head.when) : sk.rto;
}

/** tcp_rearm_rto(): the RTO from the head's send time when a probe or reorder timer stood in for it. */
export function tcpRearmRto(sk: TcpSock): void {
  if (!sk.rtxQueue.length) {
    tcpClearXmitTimer(sk);
    return;
  }
  const p = sk.rack.pending;
  if (p === 'reo' || p === 'tlp') tcpResetXmitTimer(sk, 'rto', Math.max(tcpRtoDelta(sk), 1000));
  else tcpResetXmitTimer(sk, 'rto');
}

/**
 * tcp_schedule_loss_probe(): with tcp_early_retrans 3 or 4, SACK, and no
 * recovery going on, probe 2·SRTT after the last send (+200 ms when one
 * segment is out, for the peer's delayed ACK; 1 s without RTT sample),
 * but not after the RTO would fire.
 */
export function tcpScheduleLossProbe(sk: TcpSock, advancingRto: boolean): boolean {
  const er = sk.tcpSysctl.earlyRetrans;
  const out = sk.rtxQueue.length;
  if ((er !== 3 && er !== 4) || !out || !sk.sackOk || (sk.caState !== TCP_CA_OPEN && sk.caState !== TCP_CA_CWR)) return false;
  let timeout: number;
  if (sk.srtt) {
    timeout = Math.ceil((sk.srtt >> 2) / 4000) * 4e6 + (out === 1 ? tcpRtoMin(sk) * 4e6 : TCP_TIMEOUT_MIN);
  } else timeout = TCP_TIMEOUT_INIT;
  const rtoDelta = advancingRto ? sk.rto : tcpRtoDelta(sk);
  if (rtoDelta > 0) timeout = Math.min(timeout, Math.ceil(rtoDelta / 4e6) * 4e6);
  tcpResetXmitTimer(sk, 'tlp', timeout);
  return true;
}

/** tcp_set_xmit_timer(): the loss probe, else the RTO. */
export function tcpSetXmitTimer(sk: TcpSock): void {
  if (!tcpScheduleLossProbe(sk, true)) tcpRearmRto(sk);
}

/**
 * tcp_send_loss_probe(): one probe per tail-loss episode — new data if the
 * peer's window takes it, else the last segment again (TCPLossProbes);
 * then the RTO from now.
 */
export function tcpSendLossProbe(sk: TcpSock): void {
  const r = sk.rack;
  if (r.tlpHighSeq) {
    tcpRearmRto(sk);
    return;
  }
  r.tlpRetrans = false;
  let sent = tcpWriteXmitProbe(sk);
  if (!sent) {
    const last = sk.rtxQueue[sk.rtxQueue.length - 1];
    if (!last) {
      r.pending = null;
      return;
    }
    if (last.sacked || !tcpRetransmitSeg(sk, last)) {
      tcpRearmRto(sk);
      return;
    }
    r.tlpRetrans = true;
    sent = true;
  }
  r.tlpHighSeq = sk.sndNxt;
  sk.mibNet(LinuxMib.TCPLOSSPROBES);
  r.pending = null;
  tcpRearmRto(sk);
}

/** FLAG_* bits of tcp_ack() that the TLP and recovery logic look at. */
export const FLAG_DATA_SACKED = 0x20;
export const FLAG_SND_UNA_ADVANCED = 0x400;
export const FLAG_NOT_DUP = 0x1 | 0x2 | 0x400;

/**
 * tcp_process_tlp_ack(): the ACK of a probe's episode — a D-SACK of the
 * probe, or a pure duplicate, means both copies arrived (no loss); an ACK
 * past tlp_high_seq after a retransmitted probe means the probe repaired
 * a loss: cwnd reduced once (CWR then open) and TCPLossProbeRecovery.
 */
export function tcpProcessTlpAck(sk: TcpSock, ack: number, flag: number): void {
  const r = sk.rack;
  if (before(ack, r.tlpHighSeq)) return;
  if (!r.tlpRetrans || flag & FLAG_DSACK_TLP) {
    r.tlpHighSeq = 0;
  } else if (after(ack, r.tlpHighSeq)) {
    tcpInitCwndReduction(sk);
    tcpEndCwndReduction(sk);
    sk.sndCwnd = Math.max(sk.sndSsthresh, 2);
    tcpTryKeepOpen(sk);
    sk.mibNet(LinuxMib.TCPLOSSPROBERECOVERY);
  } else if (!(flag & (FLAG_SND_UNA_ADVANCED | FLAG_NOT_DUP | FLAG_DATA_SACKED))) {
    r.tlpHighSeq = 0;
  }
}

/**
 * tcp_check_sack_reordering(): an original segment delivered below the
 * highest SACKed sequence arrived out of order: reordering degree raised
 * (up to tcp_max_reordering), reord_seen, TCPSACKReorder (TCPTSReorder
 * when told by timestamps).
 */
export function tcpCheckSackReordering(sk: TcpSock, lowSeq: number, fack: number, ts: boolean): void {
  const r = sk.rack;
  if (!before(lowSeq, fack)) return;
  const mss = sk.mssCache;
  const metric = (fack - lowSeq) >>> 0;
  if (mss && metric > r.reordering * mss) r.reordering = Math.min(sk.tcpSysctl.maxReordering, Math.ceil(metric / mss));
  r.reordSeen++;
  sk.mibNet(ts ? LinuxMib.TCPTSREORDER : LinuxMib.TCPSACKREORDER);
}

/** tcp_highest_sack_seq(): the end of the highest SACKed segment (snd_una when none). */
export function tcpHighestSackSeq(sk: TcpSock): number {
  let fack = sk.sndUna;
  for (const seg of sk.rtxQueue) if (seg.sacked && after(seg.endSeq, fack)) fack = seg.endSeq;
  return fack;
}

/**
 * tcp_is_cwnd_limited(): was the window used up in this window of data
 * (or, in slow start, is cwnd below twice the most ever in flight)? Only
 * then may cwnd grow.
 */
export function tcpIsCwndLimited(sk: TcpSock): boolean {
  const r = sk.rack;
  if (r.isCwndLimited) return true;
  if (sk.sndCwnd < sk.sndSsthresh) return sk.sndCwnd < 2 * r.maxPacketsOut;
  return false;
}

/**
 * tcp_cwnd_validate(): track whether cwnd was the limit over the current
 * window (snd_una passing cwnd_usage_seq starts a new one), and the most
 * packets out when it was not.
 */
export function tcpCwndValidate(sk: TcpSock, isCwndLimited: boolean): void {
  const r = sk.rack;
  const out = sk.rtxQueue.length;
  if (!before(sk.sndUna, r.cwndUsageSeq) || isCwndLimited || (!r.isCwndLimited && out > r.maxPacketsOut)) {
    r.isCwndLimited = isCwndLimited;
    r.maxPacketsOut = out;
    r.cwndUsageSeq = sk.sndNxt;
  }
  // The network starves, and for want of data from a writer the send buffer held up: sndbuf-limited.
  const st = sk.skState;
  if (!tcpIsCwndLimited(sk) && !sk.writeQueue.length && sk.noSpace && !sk.sockFlag(SOCK_DEAD) && (st === TCP_ESTABLISHED || st === TCP_CLOSE_WAIT)) {
    tcpChronoStart(sk, TCP_CHRONO_SNDBUF_LIMITED);
  }
}

/**
 * tcp_enter_recovery(): TCPSackRecovery/TCPRenoRecovery, a new undo
 * episode, and (unless already reducing) ssthresh from the algorithm with
 * PRR to bring cwnd down to it (tcp_init_cwnd_reduction()).
 */
export function tcpEnterRecovery(sk: TcpSock, eceAck: boolean): void {
  sk.mibNet(sk.sackOk ? LinuxMib.TCPSACKRECOVERY : LinuxMib.TCPRENORECOVERY);
  sk.priorSsthresh = 0;
  tcpInitUndo(sk);
  if (!tcpInCwndReduction(sk)) {
    // An ECE with the loss: the reduction is for congestion, not to be undone to more than it was.
    if (!eceAck) sk.priorSsthresh = tcpCurrentSsthresh(sk);
    tcpInitCwndReduction(sk);
  }
  sk.caState = TCP_CA_RECOVERY;
}

/** tcp_update_scoreboard() without RACK: every unSACKed segment below the highest SACKed one, not yet resent, is lost. */
function tcpMarkLost(sk: TcpSock): void {
  let highest = -1;
  sk.rtxQueue.forEach((seg, i) => {
    if (seg.sacked) highest = i;
  });
  for (let i = 0; i < highest; i++) {
    const seg = sk.rtxQueue[i]!;
    if (!seg.sacked && !seg.retrans) tcpSegMarkLost(sk, seg);
  }
}

/**
 * tcp_identify_packet_loss(): RACK, or without SACK NewReno's head once
 * dupthresh duplicates came (or a partial ACK in recovery), or without
 * RACK the FACK-like scoreboard. True when RACK armed its reorder timer.
 */
function tcpIdentifyPacketLoss(sk: TcpSock, flag: number): boolean {
  const head = sk.rtxQueue[0];
  if (!head) return false;
  if (!sk.sackOk) {
    const st = sk.caState;
    if ((st < TCP_CA_RECOVERY && sk.dupAcks >= sk.rack.reordering) || (st === TCP_CA_RECOVERY && flag & FLAG_SND_UNA_ADVANCED)) {
      tcpSegMarkLost(sk, head);
    }
    return false;
  }
  if (tcpIsRack(sk)) return tcpRackMarkLost(sk);
  if (sk.caState === TCP_CA_RECOVERY || tcpSackedOut(sk) + 1 > sk.rack.reordering) {
    tcpMarkLost(sk);
    if (!head.sacked && (!head.retrans || flag & FLAG_SND_UNA_ADVANCED)) tcpSegMarkLost(sk, head);
  }
  return false;
}

/**
 * tcp_fastretrans_alert(): leave recovery once high_seq is acknowledged
 * (undone if spurious, else cwnd at ssthresh); in recovery, a partial ACK
 * may prove the hole was reordering, a D-SACK the retransmissions
 * spurious; in the loss state F-RTO and undo (tcp_process_loss()); find
 * the lost segments; recovery starts when one is (tcp_time_to_recover()
 * "the loss is proven", or dupthresh without RACK). True when RACK armed
 * its reorder timer.
 */
export function tcpFastretransAlert(sk: TcpSock, flag: number, dupack: boolean, priorUna: number): boolean {
  if (dupack) sk.dupAcks++;
  // A. An ECE forbids undoing the reduction: it is required.
  if (flag & FLAG_ECE) sk.priorSsthresh = 0;
  const st = sk.caState;
  if (st === TCP_CA_OPEN) sk.undo.stamp = 0;
  else if (st === TCP_CA_RECOVERY && !before(sk.sndUna, sk.highSeq)) {
    // tcp_reset_reno_sack(); with SACK the duplicates counted are done with too.
    sk.dupAcks = 0;
    if (tcpTryUndoRecovery(sk)) return false;
    tcpEndCwndReduction(sk);
  } else if (st === TCP_CA_CWR && after(sk.sndUna, sk.highSeq)) {
    // CWR holds until something above high_seq is ACKed: the CWR bit reached the receiver.
    tcpEndCwndReduction(sk);
    sk.caState = TCP_CA_OPEN;
  }
  if (sk.caState === TCP_CA_RECOVERY) return tcpRecoveryAck(sk, flag, priorUna);
  if (sk.caState === TCP_CA_LOSS) {
    tcpProcessLoss(sk, flag, dupack);
    const armed = tcpIdentifyPacketLoss(sk, flag);
    // Undone: on as in the open state.
    if (!tcpIsOpen(sk)) return armed;
  }
  if (sk.caState <= TCP_CA_DISORDER) tcpTryUndoDsack(sk);
  const armed = tcpIdentifyPacketLoss(sk, flag);
  if (!tcpTimeToRecover(sk)) {
    tcpTryToOpen(sk, flag);
    return armed;
  }
  tcpEnterRecovery(sk, (flag & FLAG_ECE) !== 0);
  return armed;
}

function tcpIsOpen(sk: TcpSock): boolean {
  return sk.caState === TCP_CA_OPEN;
}

/** tcp_fastretrans_alert() in TCP_CA_Recovery: partial-ACK and D-SACK undo, then loss marking (a new recovery if undone and loss is evident). */
function tcpRecoveryAck(sk: TcpSock, flag: number, priorUna: number): boolean {
  if (flag & FLAG_SND_UNA_ADVANCED && tcpTryUndoPartial(sk, priorUna)) return false;
  if (tcpTryUndoDsack(sk)) tcpTryToOpen(sk, flag);
  const armed = tcpIdentifyPacketLoss(sk, flag);
  if (sk.caState !== TCP_CA_RECOVERY) {
    if (!tcpTimeToRecover(sk)) return armed;
    tcpEnterRecovery(sk, (flag & FLAG_ECE) !== 0);
  }
  return armed;
}

/** tcp_time_to_recover(): a segment is marked lost, or (without RACK) dupthresh SACKs/duplicates arrived. */
function tcpTimeToRecover(sk: TcpSock): boolean {
  if (sk.lostOut) return true;
  if (!tcpIsRack(sk) && Math.max(sk.dupAcks, tcpSackedOut(sk)) + 1 > sk.rack.reordering) return true;
  return false;
}
