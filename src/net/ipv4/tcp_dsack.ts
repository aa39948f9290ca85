/**
 * D-SACK (RFC 2883). The receiver reports a duplicate segment in the
 * first SACK block of its next ACK (below the cumulative ACK: an old
 * duplicate; inside a later SACK block: an out-of-order one). The sender
 * recognises that block, counts it, and takes it as proof that a
 * retransmission was unnecessary (undo_retrans counts down to an undo).
 * @linux net/ipv4/tcp_input.c tcp_dsack_set() tcp_dsack_extend() tcp_send_dupack() tcp_check_dsack()
 *        tcp_dsack_seen() tcp_is_sackblock_valid(), net/ipv4/tcp_output.c tcp_options_write()
 */
import { LinuxMib } from '../core/snmp.js';
import { after, before } from '../../wire/tcp.js';
import { TCP_ATO_MIN, type TcpSock } from './tcp.js';
import { FLAG_DSACKING_ACK, FLAG_DSACK_TLP } from './tcp_undo.js';

/** tcp_dsack_set(): with SACK and tcp_dsack, the next ACK reports [seq, end) as a duplicate (TCPDSACKOldSent / TCPDSACKOfoSent). */
export function tcpDsackSet(sk: TcpSock, seq: number, end: number): void {
  if (!sk.sackOk || !sk.tcpSysctl.dsack) return;
  sk.mibNet(before(seq, sk.rcvNxt) ? LinuxMib.TCPDSACKOLDSENT : LinuxMib.TCPDSACKOFOSENT);
  const u = sk.undo;
  u.dsackPending = true;
  u.dsackStart = seq;
  u.dsackEnd = end;
}

/** tcp_dsack_extend(): grow the pending D-SACK block over [seq, end) (tcp_sack_extend()), or start one. */
export function tcpDsackExtend(sk: TcpSock, seq: number, end: number): void {
  const u = sk.undo;
  if (!u.dsackPending) return tcpDsackSet(sk, seq, end);
  if (after(seq, u.dsackEnd) || before(end, u.dsackStart)) return;
  if (before(seq, u.dsackStart)) u.dsackStart = seq;
  if (after(end, u.dsackEnd)) u.dsackEnd = end;
}

/**
 * tcp_send_dupack(): a segment outside the window. Data below rcv_nxt is
 * a retransmission we already have: DelayedACKLost, quick-ACK mode, and
 * its part below rcv_nxt D-SACKed; then the ACK.
 */
export function tcpDupackDsack(sk: TcpSock, seq: number, end: number): void {
  if (end === seq || !before(seq, sk.rcvNxt)) return;
  sk.mibNet(LinuxMib.DELAYEDACKLOST);
  tcpEnterQuickackMode(sk);
  tcpDsackSet(sk, seq, after(end, sk.rcvNxt) ? sk.rcvNxt : end);
}

/** TCP_MAX_QUICKACKS */
const TCP_MAX_QUICKACKS = 16;

/** tcp_enter_quickack_mode(sk, TCP_MAX_QUICKACKS): ACK the next segments at once (half the window's worth, 2 to 16), not interactive. */
export function tcpEnterQuickackMode(sk: TcpSock, maxQuickacks = TCP_MAX_QUICKACKS): void {
  const q = Math.min(Math.floor(sk.rcvWnd / (2 * sk.rcvMss)) || 2, maxQuickacks);
  if (q > sk.quickAcks) sk.quickAcks = q;
  sk.pingpong = false;
  sk.ato = TCP_ATO_MIN;
}

/** tcp_options_write(): the pending D-SACK block goes first, once (then rx_opt.dsack is cleared). */
export function tcpTakeDsackBlock(sk: TcpSock, out: number[]): void {
  const u = sk.undo;
  if (!u.dsackPending) return;
  u.dsackPending = false;
  out.push(u.dsackStart, u.dsackEnd);
}

/**
 * tcp_dsack_seen(): the segments a D-SACK block reports (0: dubious — wider
 * than any window we were offered, or more duplicates than we ever
 * retransmitted); a spurious retransmission delivered.
 */
function tcpDsackSeen(sk: TcpSock, start: number, end: number): number {
  if (!before(start, end)) return 0;
  const len = (end - start) >>> 0;
  if (len > sk.maxWindow) return 0;
  const dup = len > sk.mssCache ? Math.ceil(len / sk.mssCache) : 1;
  const u = sk.undo;
  u.dsackDups += dup;
  if (u.dsackDups > sk.info.totalRetrans) return 0;
  sk.info.delivered += dup;
  return dup;
}

/**
 * tcp_check_dsack(): the first SACK block is a D-SACK when it lies below
 * the cumulative ACK (TCPDSACKRecv) or inside the second block
 * (TCPDSACKOfoRecv); TCPDSACKRecvSegs per segment. A D-SACK of data
 * acknowledged before this ACK, above the undo marker, counts down
 * undo_retrans here (the others when the block is tagged). The FLAG_*
 * bits it sets (0: no usable D-SACK): FLAG_DSACKING_ACK, and
 * FLAG_DSACK_TLP for one segment ending at the loss probe's mark.
 */
export function tcpCheckDsack(sk: TcpSock, sacks: readonly number[], ackSeq: number, priorUna: number): number {
  const s0 = sacks[0]!;
  const e0 = sacks[1]!;
  if (before(s0, ackSeq)) sk.mibNet(LinuxMib.TCPDSACKRECV);
  else if (sacks.length >= 4) {
    if (after(e0, sacks[3]!) || before(s0, sacks[2]!)) return 0;
    sk.mibNet(LinuxMib.TCPDSACKOFORECV);
  } else return 0;
  const dup = tcpDsackSeen(sk, s0, e0);
  if (!dup) {
    sk.mibNet(LinuxMib.TCPDSACKIGNOREDDUBIOUS);
    return 0;
  }
  sk.net.mib.net[LinuxMib.TCPDSACKRECVSEGS]! += dup;
  const u = sk.undo;
  if (u.marker && u.retrans > 0 && !after(e0, priorUna) && after(e0, u.marker)) u.retrans = Math.max(0, u.retrans - dup);
  const tlp = ((e0 - s0) >>> 0) <= sk.mssCache && sk.rack.tlpHighSeq !== 0 && sk.rack.tlpHighSeq === e0;
  // RACK widens its reordering window for D-SACKs once reordering was seen, not for a loss probe's (timer-driven).
  if (sk.rack.reordSeen && !tlp) sk.rack.dsackSeen = true;
  return FLAG_DSACKING_ACK | (tlp ? FLAG_DSACK_TLP : 0);
}

/**
 * tcp_is_sackblock_valid() for a D-SACK block: above snd_una (an
 * out-of-order duplicate), or inside the undo window (from undo_marker,
 * at most a window below it) and not across snd_una.
 * Otherwise it is ignored: TCPDSACKIgnoredNoUndo outside an episode,
 * TCPDSACKIgnoredOld inside one.
 */
export function tcpDsackBlockValid(sk: TcpSock, start: number, end: number, sndUna: number): boolean {
  const marker = sk.undo.marker;
  let ok: boolean;
  if (after(start, sndUna)) ok = true;
  else if (!marker || after(end, sndUna)) ok = false;
  else if (!before(start, marker)) ok = true;
  else if (!after(end, marker)) ok = false;
  else ok = !before(start, (end - sk.maxWindow) >>> 0);
  if (!ok) sk.mibNet(marker ? LinuxMib.TCPDSACKIGNOREDOLD : LinuxMib.TCPDSACKIGNOREDNOUNDO);
  return ok;
}
