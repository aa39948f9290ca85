/**
 * The SACK scoreboard on the sender: each block of an ACK marks the
 * retransmit queue's segments it covers (a D-SACK first block is checked
 * and counts down the retransmissions to undo), feeding RACK and the
 * reordering detection.
 * @linux net/ipv4/tcp_input.c tcp_sacktag_write_queue() tcp_sacktag_one()
 */
import { after, before } from '../../wire/tcp.js';
import { tcpSegMarkSacked, type TcpSock } from './tcp.js';
import type { TcpCb } from './tcp_input.js';
import { FLAG_DATA_SACKED, tcpCheckSackReordering, tcpHighestSackSeq, tcpRackAdvance } from './tcp_recovery.js';
import { tcpCheckDsack, tcpDsackBlockValid } from './tcp_dsack.js';
import { FLAG_DSACKING_ACK, FLAG_ORIG_SACK_ACKED } from './tcp_undo.js';

/**
 * tcp_sacktag_write_queue(): a D-SACK first block is checked and, when
 * valid, counts down undo_retrans for the retransmissions it covers; then
 * the retransmit queue's segments each block covers are marked; each
 * newly SACKed one advances RACK, one never retransmitted and sent before
 * high_seq is FLAG_ORIG_SACK_ACKED, and an original segment SACKed below
 * the highest SACKed sequence is reordering. The FLAG_* bits.
 */
export function tcpSacktagWriteQueue(sk: TcpSock, cb: TcpCb): number {
  const s = cb.opt.sacks;
  const priorFack = tcpHighestSackSeq(sk);
  const flag = tcpCheckDsack(sk, s, cb.ackSeq, sk.sndUna);
  let reord = sk.sndNxt;
  let tagged = 0;
  for (let i = 0; i + 1 < s.length; i += 2) {
    const start = s[i]!;
    const end = s[i + 1]!;
    if (i === 0 && flag & FLAG_DSACKING_ACK) {
      if (!tcpDsackBlockValid(sk, start, end, after(cb.ackSeq, sk.sndUna) ? cb.ackSeq : sk.sndUna)) continue;
      if (after(end, sk.sndUna)) tcpDsackUndoRetrans(sk, start, end);
    }
    if (!after(end, sk.sndUna) || after(end, sk.sndNxt)) continue;
    for (const seg of sk.rtxQueue) {
      if (!seg.sacked && !before(seg.seq, start) && !after(seg.endSeq, end)) {
        tcpSegMarkSacked(sk, seg);
        tagged |= FLAG_DATA_SACKED;
        sk.info.delivered++;
        if (!seg.retrans) {
          if (before(seg.seq, reord)) reord = seg.seq;
          if (!after(seg.endSeq, sk.highSeq)) tagged |= FLAG_ORIG_SACK_ACKED;
        }
        tcpRackAdvance(sk, seg);
      }
    }
  }
  if (tagged && before(reord, priorFack)) tcpCheckSackReordering(sk, reord, priorFack, false);
  return flag | tagged;
}

/** tcp_sacktag_one() for a D-SACK block: each retransmitted segment it covers above undo_marker is one retransmission less to undo. */
function tcpDsackUndoRetrans(sk: TcpSock, start: number, end: number): void {
  const u = sk.undo;
  for (const seg of sk.rtxQueue) {
    if (!after(seg.endSeq, start)) continue;
    if (after(seg.endSeq, end)) break;
    if (seg.retrans && u.marker && u.retrans > 0 && after(seg.endSeq, u.marker)) u.retrans--;
  }
}
