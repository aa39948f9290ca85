/**
 * Undoing a cwnd reduction that proved unnecessary, and the reduction
 * itself: the undo marker and retransmission count of an episode
 * (tcp_init_undo; D-SACKs of retransmissions count it down), the undo
 * tests (tcp_may_undo: every retransmission D-SACKed, or the echoed
 * timestamp older than the first retransmission), the undos of fast
 * recovery (full, partial, by D-SACK) and of an RTO (tcp_try_undo_loss,
 * F-RTO per RFC 5682 in tcp_process_loss), and Proportional Rate
 * Reduction (RFC 6937) while in recovery.
 * @linux net/ipv4/tcp_input.c tcp_init_undo() tcp_may_undo() tcp_packet_delayed() tcp_undo_cwnd_reduction()
 *        tcp_try_undo_recovery() tcp_try_undo_dsack() tcp_try_undo_partial() tcp_try_undo_loss() tcp_process_loss()
 *        tcp_init_cwnd_reduction() tcp_cwnd_reduction() tcp_end_cwnd_reduction() tcp_try_keep_open(),
 *        net/ipv4/tcp_output.c tcp_retransmit_skb(), include/net/tcp.h tcp_current_ssthresh()
 */
import { LinuxMib } from '../core/snmp.js';
import { after, before } from '../../wire/tcp.js';
import { TCP_CA_CWR, TCP_CA_DISORDER, TCP_CA_LOSS, TCP_CA_OPEN, TCP_CA_RECOVERY, TCP_INFINITE_SSTHRESH, TCP_SYN_SENT, tcpSegClearLost, type TcpSock } from './tcp.js';
import { tcpTsval } from './tcp_output.js';
import { tcpEcnQueueCwr } from './tcp_ecn.js';
// A cycle with tcp_recovery.ts: only constants and functions used inside functions.
import { FLAG_DATA_SACKED, FLAG_SND_UNA_ADVANCED, tcpCheckSackReordering, tcpHighestSackSeq } from './tcp_recovery.js';

/** FLAG_* bits of tcp_ack() that undo and F-RTO look at (tcp_recovery.ts exports the rest). */
export const FLAG_ORIG_SACK_ACKED = 0x200;
export const FLAG_DSACKING_ACK = 0x800;
export const FLAG_DSACK_TLP = 0x20000;
/** An ACK with ECE of an ECN connection (tcp_ecn_rcv_ecn_echo()). */
export const FLAG_ECE = 0x40;

/** tp->undo_marker, undo_retrans, retrans_stamp, prior_cwnd, prr_*, frto; the receiver's pending D-SACK. */
export class TcpUndoState {
  /** tp->undo_marker: snd_una when the reduction started (0: nothing to undo). */
  marker = 0;
  /** tp->undo_retrans: retransmissions not yet D-SACKed (-1: none sent yet). */
  retrans = 0;
  /** tp->retrans_stamp: TSval of the episode's first retransmission (0: none). */
  stamp = 0;
  /** tp->prior_cwnd: cwnd when the reduction started. */
  priorCwnd = 0;
  /** tp->prr_delivered */
  prrDelivered = 0;
  /** tp->prr_out, as data_segs_out at the start of the reduction (the segments sent since are prr_out). */
  prrOutBase = 0;
  /** tp->frto: F-RTO is probing after this RTO. */
  frto = false;
  /** REXMIT_NEW of tcp_process_loss(): F-RTO step 2.b, send new data rather than retransmit. */
  rexmitNew = false;
  /** tp->dsack_dups: segments the peer D-SACKed. */
  dsackDups = 0;
  /** tp->rx_opt.dsack and tp->duplicate_sack[0]: the D-SACK block our next ACK carries. */
  dsackPending = false;
  dsackStart = 0;
  dsackEnd = 0;
}

/**
 * tp->retrans_out: retransmissions not SACKed nor acknowledged. A
 * retransmission counts until it is itself marked lost (TCPCB_SACKED_RETRANS
 * is cleared only for a segment lost again, tcp_mark_skb_lost()); one
 * whose segment is marked lost for the first time (a loss probe's copy at
 * an RTO) still counts.
 */
export function tcpRetransOut(sk: TcpSock): number {
  let n = 0;
  for (const seg of sk.rtxQueue) if (seg.retrans && !seg.sacked && (!seg.lost || !seg.wasLost)) n++;
  return n;
}

/** tcp_any_retrans_done(): a retransmission in flight, or the head was ever retransmitted. */
export function tcpAnyRetransDone(sk: TcpSock): boolean {
  return tcpRetransOut(sk) > 0 || (sk.rtxQueue[0]?.retrans ?? false);
}

/** tcp_init_undo(): the episode starts at snd_una; retransmissions in flight may be D-SACKed later. */
export function tcpInitUndo(sk: TcpSock): void {
  const u = sk.undo;
  u.marker = sk.sndUna;
  u.retrans = tcpRetransOut(sk) || -1;
}

/**
 * tcp_retransmit_skb()'s bookkeeping (not the loss probe's): the stamp of
 * the episode's first retransmission, one more retransmission to undo.
 */
export function tcpRetransmitAccount(sk: TcpSock, pcount: number): void {
  const u = sk.undo;
  if (!u.stamp) u.stamp = tcpTsval(sk) || 1;
  if (u.retrans < 0) u.retrans = 0;
  u.retrans += pcount;
}

/** tcp_packet_delayed(): the ACK echoes a timestamp from before the first retransmission (or none was sent). */
function tcpPacketDelayed(sk: TcpSock): boolean {
  const u = sk.undo;
  if (u.stamp) {
    const o = sk.rxOpt;
    return sk.tstampOk && o.sawTstamp && o.rcvTsecr !== 0 && before(o.rcvTsecr, u.stamp);
  }
  if (!sk.sackOk && !before(sk.sndUna, sk.highSeq)) return false;
  return sk.skState !== TCP_SYN_SENT;
}

/** tcp_may_undo(): every retransmission was D-SACKed, or the original was only delayed. */
export function tcpMayUndo(sk: TcpSock): boolean {
  const u = sk.undo;
  return u.marker !== 0 && (u.retrans === 0 || tcpPacketDelayed(sk));
}

/** tcp_current_ssthresh(): outside a reduction, at least 3/4 of cwnd. */
export function tcpCurrentSsthresh(sk: TcpSock): number {
  if (tcpInCwndReduction(sk)) return sk.sndSsthresh;
  return Math.max(sk.sndSsthresh, (sk.sndCwnd >> 1) + (sk.sndCwnd >> 2));
}

/** tcp_in_cwnd_reduction(): CWR or Recovery. */
export function tcpInCwndReduction(sk: TcpSock): boolean {
  return sk.caState === TCP_CA_CWR || sk.caState === TCP_CA_RECOVERY;
}

/**
 * tcp_enter_cwr(): an ECE (RFC 3168 6.1.2) reduces the window once per
 * window of data: ssthresh from the algorithm, PRR down to it, CWR queued
 * for the next new data; nothing to undo (the reduction is not spurious).
 */
export function tcpEnterCwr(sk: TcpSock): void {
  sk.priorSsthresh = 0;
  if (sk.caState < TCP_CA_CWR) {
    sk.undo.marker = 0;
    tcpInitCwndReduction(sk);
    sk.caState = TCP_CA_CWR;
  }
}

/**
 * tcp_undo_cwnd_reduction(): cwnd back through the algorithm's undo_cwnd,
 * ssthresh back to what it was; with `unmarkLoss` nothing is lost any more.
 */
export function tcpUndoCwndReduction(sk: TcpSock, unmarkLoss: boolean): void {
  if (unmarkLoss) for (const seg of sk.rtxQueue) tcpSegClearLost(sk, seg);
  if (sk.priorSsthresh) {
    sk.sndCwnd = sk.caOps.undoCwnd(sk);
    if (sk.priorSsthresh > sk.sndSsthresh) sk.sndSsthresh = sk.priorSsthresh;
  }
  sk.undo.marker = 0;
  sk.rack.advanced = true;
}

/** tcp_try_keep_open(): Disorder while segments are SACKed, lost or retransmitted, else Open. */
export function tcpTryKeepOpen(sk: TcpSock): void {
  const leftOut = sk.sackedOut + sk.lostOut > 0;
  const state = leftOut || tcpAnyRetransDone(sk) || (!sk.sackOk && sk.dupAcks > 0) ? TCP_CA_DISORDER : TCP_CA_OPEN;
  if (sk.caState !== state) {
    sk.caState = state;
    sk.highSeq = sk.sndNxt;
  }
}

/** tcp_try_to_open(): no retransmission left: the episode's stamp is cleared; an ECE enters CWR, which holds the state. */
export function tcpTryToOpen(sk: TcpSock, flag: number): void {
  if (!tcpAnyRetransDone(sk)) sk.undo.stamp = 0;
  if (flag & FLAG_ECE) tcpEnterCwr(sk);
  if (sk.caState !== TCP_CA_CWR) tcpTryKeepOpen(sk);
}

/** tcp_is_non_sack_preventing_reopen(): without SACK, hold the state until something above high_seq is ACKed (RFC 6582). */
function tcpIsNonSackPreventingReopen(sk: TcpSock): boolean {
  if (sk.sndUna !== sk.highSeq || sk.sackOk) return false;
  if (!tcpAnyRetransDone(sk)) sk.undo.stamp = 0;
  return true;
}

/** tcp_try_undo_recovery(): high_seq acknowledged; undo if the episode was spurious (TCPFullUndo, TCPLossUndo). True: state held. */
export function tcpTryUndoRecovery(sk: TcpSock): boolean {
  if (tcpMayUndo(sk)) {
    const mib = sk.caState === TCP_CA_LOSS ? LinuxMib.TCPLOSSUNDO : LinuxMib.TCPFULLUNDO;
    tcpUndoCwndReduction(sk, false);
    sk.mibNet(mib);
  } else if (sk.rack.reoWndPersist) sk.rack.reoWndPersist--;
  if (tcpIsNonSackPreventingReopen(sk)) return true;
  sk.caState = TCP_CA_OPEN;
  return false;
}

/** tcp_try_undo_dsack(): every retransmission of the episode was D-SACKed (TCPDSACKUndo). */
export function tcpTryUndoDsack(sk: TcpSock): boolean {
  const u = sk.undo;
  if (!u.marker || u.retrans !== 0) return false;
  sk.rack.reoWndPersist = Math.min(16, sk.rack.reoWndPersist + 1);
  tcpUndoCwndReduction(sk, false);
  sk.mibNet(LinuxMib.TCPDSACKUNDO);
  return true;
}

/**
 * tcp_try_undo_partial(): a partial ACK in recovery that echoes a
 * timestamp from before the first retransmission filled the hole with
 * the original: reordering, and with no retransmission in flight the
 * reduction is undone (TCPPartialUndo). True: hold off further
 * retransmissions.
 */
export function tcpTryUndoPartial(sk: TcpSock, priorUna: number): boolean {
  if (!sk.undo.marker || !tcpPacketDelayed(sk)) return false;
  tcpCheckSackReordering(sk, priorUna, tcpHighestSackSeq(sk), true);
  if (tcpRetransOut(sk)) return true;
  if (!tcpAnyRetransDone(sk)) sk.undo.stamp = 0;
  tcpUndoCwndReduction(sk, true);
  sk.mibNet(LinuxMib.TCPPARTIALUNDO);
  tcpTryKeepOpen(sk);
  return false;
}

/** tcp_try_undo_loss(): the RTO was spurious (TCPLossUndo; detected by F-RTO: TCPSpuriousRTOs too). */
export function tcpTryUndoLoss(sk: TcpSock, frtoUndo: boolean): boolean {
  if (!frtoUndo && !tcpMayUndo(sk)) return false;
  tcpUndoCwndReduction(sk, true);
  sk.mibNet(LinuxMib.TCPLOSSUNDO);
  if (frtoUndo) sk.mibNet(LinuxMib.TCPSPURIOUSRTOS);
  sk.retransmits = 0;
  if (tcpIsNonSackPreventingReopen(sk)) return true;
  if (frtoUndo || sk.sackOk) sk.caState = TCP_CA_OPEN;
  return true;
}

/**
 * tcp_process_loss(): an ACK in the loss state. Undo if it shows the RTO
 * spurious; F-RTO (RFC 5682 3.1): after the first ACK that advances,
 * send new data (step 2.b) and see whether the next ACK covers
 * never-retransmitted data (spurious, step 3.b) or is a duplicate (real
 * loss, step 3.a); once high_seq is acknowledged the episode ends.
 * Otherwise the lost segments go again (REXMIT_LOST: the next transmit).
 */
export function tcpProcessLoss(sk: TcpSock, flag: number, dupack: boolean): void {
  const u = sk.undo;
  const recovered = !before(sk.sndUna, sk.highSeq);
  const advanced = (flag & FLAG_SND_UNA_ADVANCED) !== 0;
  if (advanced && tcpTryUndoLoss(sk, false)) return;
  if (u.frto) {
    if (flag & FLAG_ORIG_SACK_ACKED && tcpTryUndoLoss(sk, true)) return;
    if (after(sk.sndNxt, sk.highSeq)) {
      if (flag & FLAG_DATA_SACKED || dupack) u.frto = false;
    } else if (advanced && !recovered) {
      sk.highSeq = sk.sndNxt;
      if (sk.writeQueue.length && after((sk.sndUna + sk.sndWnd) >>> 0, sk.sndNxt)) {
        u.rexmitNew = true;
        return;
      }
      u.frto = false;
    }
  }
  if (recovered) tcpTryUndoRecovery(sk);
}

/** tcp_init_cwnd_reduction(): ssthresh from the algorithm; PRR starts counting; CWR goes with the next new data (tcp_ecn_queue_cwr()). */
export function tcpInitCwndReduction(sk: TcpSock): void {
  const u = sk.undo;
  sk.highSeq = sk.sndNxt;
  sk.rack.tlpHighSeq = 0;
  sk.sndCwndCnt = 0;
  u.priorCwnd = sk.sndCwnd;
  u.prrDelivered = 0;
  u.prrOutBase = sk.info.dataSegsOut;
  sk.sndSsthresh = sk.caOps.ssthresh(sk);
  tcpEcnQueueCwr(sk);
}

/**
 * tcp_cwnd_reduction(), RFC 6937 PRR: while more than ssthresh is in
 * flight, send in proportion ssthresh/prior_cwnd to what was delivered;
 * below it, slow start back up to ssthresh (PRR-SSRB); at least one
 * segment (the fast retransmit) at the start.
 */
export function tcpCwndReduction(sk: TcpSock, inFlight: number, newlyAckedSacked: number, newlyLost: number, flag: number): void {
  const u = sk.undo;
  if (newlyAckedSacked <= 0 || !u.priorCwnd) return;
  const delta = sk.sndSsthresh - inFlight;
  const prrOut = sk.info.dataSegsOut - u.prrOutBase;
  u.prrDelivered += newlyAckedSacked;
  let sndcnt: number;
  if (delta < 0) {
    sndcnt = Math.floor((sk.sndSsthresh * u.prrDelivered + u.priorCwnd - 1) / u.priorCwnd) - prrOut;
  } else {
    sndcnt = Math.max(u.prrDelivered - prrOut, newlyAckedSacked);
    if (flag & FLAG_SND_UNA_ADVANCED && !newlyLost) sndcnt++;
    sndcnt = Math.min(delta, sndcnt);
  }
  sndcnt = Math.max(sndcnt, prrOut ? 0 : 1);
  sk.sndCwnd = inFlight + sndcnt;
}

/** tcp_end_cwnd_reduction(): CWR or recovery over, cwnd is ssthresh (unless the reduction was undone). */
export function tcpEndCwndReduction(sk: TcpSock): void {
  if (sk.sndSsthresh < TCP_INFINITE_SSTHRESH && (sk.caState === TCP_CA_CWR || sk.undo.marker)) sk.sndCwnd = sk.sndSsthresh;
}
