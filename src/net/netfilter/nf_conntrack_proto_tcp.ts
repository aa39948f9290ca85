/**
 * TCP connection tracking: the state table of the man in the middle
 * (tcp_conntracks[dir][flags][state]), the window tracker that checks each
 * segment against what both sides have shown (seq, ack, window, scale,
 * SACK), a timeout per state, pick-up of connections in the middle
 * (nf_conntrack_tcp_loose), reopening from TIME_WAIT/CLOSE, RST handling.
 * @linux net/netfilter/nf_conntrack_proto_tcp.c
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NfHookState } from './core.js';
import type { NfConntrackL4proto } from './nf_conntrack_proto.js';
import { NF_ACCEPT, NF_DROP, NF_REPEAT } from '../../uapi/linux/netfilter.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { Iph } from '../../wire/ipv4.js';
import {
  TCPHDR_ACK, TCPHDR_CWR, TCPHDR_ECE, TCPHDR_FIN, TCPHDR_PSH, TCPHDR_RST, TCPHDR_SYN, TCPHDR_URG, Tcph,
} from '../../wire/tcp.js';
import {
  IPS_ASSURED, IPS_FIXED_TIMEOUT, IPS_SEEN_REPLY, IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY, ctinfo2dir,
} from './nf_conntrack_tuple.js';
import { IpCtTcp, IpCtTcpState, NfCtTcpSeg as Seg, nfCtDelete, nfCtExpires, nfCtIsConfirmed, nfCtRefreshAcct, type NfConn } from './nf_conntrack_core.js';
import { IPCT_ASSURED, IPCT_PROTOINFO, nfConntrackEventCache } from './nf_conntrack_ecache.js';
import { nfCtLogInvalid } from './nf_conntrack_log.js';
import { nfL4ChecksumBad, portsToTuple } from './nf_conntrack_proto_udp.js';

/** enum tcp_conntrack */
export const TCP_CONNTRACK_NONE = 0;
export const TCP_CONNTRACK_SYN_SENT = 1;
export const TCP_CONNTRACK_SYN_RECV = 2;
export const TCP_CONNTRACK_ESTABLISHED = 3;
export const TCP_CONNTRACK_FIN_WAIT = 4;
export const TCP_CONNTRACK_CLOSE_WAIT = 5;
export const TCP_CONNTRACK_LAST_ACK = 6;
export const TCP_CONNTRACK_TIME_WAIT = 7;
export const TCP_CONNTRACK_CLOSE = 8;
export const TCP_CONNTRACK_SYN_SENT2 = 9;
export const TCP_CONNTRACK_MAX = 10;
export const TCP_CONNTRACK_IGNORE = 11;
export const TCP_CONNTRACK_RETRANS = 12;
export const TCP_CONNTRACK_UNACK = 13;

export const TCP_CONNTRACK_NAMES = [
  'NONE', 'SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT', 'CLOSE_WAIT', 'LAST_ACK', 'TIME_WAIT', 'CLOSE', 'SYN_SENT2',
] as const;

/** IP_CT_TCP_FLAG_* and the tracker's private last_flags bits. */
const FLAG_WINDOW_SCALE = 0x01;
const FLAG_SACK_PERM = 0x02;
const FLAG_CLOSE_INIT = 0x04;
const FLAG_BE_LIBERAL = 0x08;
const FLAG_DATA_UNACKNOWLEDGED = 0x10;
const FLAG_MAXACK_SET = 0x20;
const EXP_CHALLENGE_ACK = 0x40;
const SIMULTANEOUS_OPEN = 0x80;

/** enum tcp_bit_set */
const TCP_SYN_SET = 0;
const TCP_SYNACK_SET = 1;
const TCP_FIN_SET = 2;
const TCP_ACK_SET = 3;
const TCP_RST_SET = 4;
const TCP_NONE_SET = 5;

const sSS = 1, sSR = 2, sES = 3, sFW = 4, sCW = 5, sLA = 6, sTW = 7, sCL = 8, sS2 = 9, sIV = 10, sIG = 11;

/** tcp_conntracks[dir][index][state] */
const TCP_CONNTRACKS: readonly (readonly (readonly number[])[])[] = [
  [ // ORIGINAL:  sNO  sSS  sSR  sES  sFW  sCW  sLA  sTW  sCL  sS2
    /* syn    */ [sSS, sSS, sIG, sIG, sIG, sIG, sIG, sSS, sSS, sS2],
    /* synack */ [sIV, sIV, sSR, sIV, sIV, sIV, sIV, sIV, sIV, sSR],
    /* fin    */ [sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV],
    /* ack    */ [sES, sIV, sES, sES, sCW, sCW, sTW, sTW, sCL, sIV],
    /* rst    */ [sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL],
    /* none   */ [sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV],
  ],
  [ // REPLY:     sNO  sSS  sSR  sES  sFW  sCW  sLA  sTW  sCL  sS2
    /* syn    */ [sIV, sS2, sIV, sIV, sIV, sIV, sIV, sSS, sIV, sS2],
    /* synack */ [sIV, sSR, sIG, sIG, sIG, sIG, sIG, sIG, sIG, sSR],
    /* fin    */ [sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV],
    /* ack    */ [sIV, sIG, sSR, sES, sCW, sCW, sTW, sTW, sCL, sIG],
    /* rst    */ [sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL],
    /* none   */ [sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV],
  ],
];

/** tcp_valid_flags[]: the combinations of FIN/SYN/RST/ACK/URG a segment may carry. */
function tcpValidFlags(f: number): boolean {
  switch (f) {
    case TCPHDR_SYN: case TCPHDR_SYN | TCPHDR_URG: case TCPHDR_SYN | TCPHDR_ACK: case TCPHDR_RST:
    case TCPHDR_RST | TCPHDR_ACK: case TCPHDR_FIN | TCPHDR_ACK: case TCPHDR_FIN | TCPHDR_ACK | TCPHDR_URG:
    case TCPHDR_ACK: case TCPHDR_ACK | TCPHDR_URG:
      return true;
    default:
      return false;
  }
}

const before = (a: number, b: number): boolean => ((a - b) | 0) < 0;
const after = (a: number, b: number): boolean => before(b, a);

/** get_conntrack_index() */
function conntrackIndex(flags: number): number {
  if (flags & TCPHDR_RST) return TCP_RST_SET;
  if (flags & TCPHDR_SYN) return flags & TCPHDR_ACK ? TCP_SYNACK_SET : TCP_SYN_SET;
  if (flags & TCPHDR_FIN) return TCP_FIN_SET;
  if (flags & TCPHDR_ACK) return TCP_ACK_SET;
  return TCP_NONE_SET;
}

function readSeg(skb: SkBuff, dataoff: number, seg: Seg): Seg {
  const b = skb.buf;
  seg.dataoff = dataoff;
  seg.seq = getU32(b, dataoff + Tcph.Seq);
  seg.ack = getU32(b, dataoff + Tcph.AckSeq);
  seg.win = getU16(b, dataoff + Tcph.Window);
  seg.flags = b[dataoff + Tcph.Flags]!;
  seg.doff = (b[dataoff + Tcph.Doff]! >>> 4) * 4;
  const nh = skb.networkHeader;
  const len = nh + getU16(b, nh + Iph.TotLen) - dataoff;
  seg.end = (seg.seq + len - seg.doff + (seg.flags & TCPHDR_SYN ? 1 : 0) + (seg.flags & TCPHDR_FIN ? 1 : 0)) >>> 0;
  return seg;
}

/** tcp_options(): window scale and SACK permission of a SYN. */
function tcpOptions(b: Uint8Array, s: Seg, st: IpCtTcpState): void {
  let p = s.dataoff + 20;
  let length = s.doff - 20;
  if (length <= 0) return;
  st.tdScale = 0;
  st.flags &= FLAG_BE_LIBERAL;
  while (length > 0) {
    const opcode = b[p++]!;
    if (opcode === 0) return;
    if (opcode === 1) {
      length--;
      continue;
    }
    if (length < 2) return;
    const opsize = b[p++]!;
    if (opsize < 2 || opsize > length) return;
    if (opcode === 4 && opsize === 2) st.flags |= FLAG_SACK_PERM;
    else if (opcode === 3 && opsize === 3) {
      st.tdScale = Math.min(b[p]!, 14);
      st.flags |= FLAG_WINDOW_SCALE;
    }
    p += opsize - 2;
    length -= opsize;
  }
}

/** tcp_sack(): the highest right edge of the SACK blocks. */
function tcpSack(b: Uint8Array, s: Seg, sack: number): number {
  let p = s.dataoff + 20;
  let length = s.doff - 20;
  while (length > 0) {
    const opcode = b[p++]!;
    if (opcode === 0) return sack;
    if (opcode === 1) {
      length--;
      continue;
    }
    if (length < 2) return sack;
    const opsize = b[p++]!;
    if (opsize < 2 || opsize > length) return sack;
    if (opcode === 5 && opsize >= 10 && (opsize - 2) % 8 === 0) {
      for (let i = 0; i < opsize - 2; i += 8) {
        const tmp = getU32(b, p + i + 4);
        if (after(tmp, sack)) sack = tmp;
      }
      return sack;
    }
    p += opsize - 2;
    length -= opsize;
  }
  return sack;
}

/** tcp_init_sender(): a SYN-ACK (or the other side's SYN in a simultaneous open). */
function tcpInitSender(b: Uint8Array, s: Seg, sender: IpCtTcpState, receiver: IpCtTcpState, dir: number): void {
  sender.tdEnd = sender.tdMaxend = s.end;
  sender.tdMaxwin = s.win === 0 ? 1 : s.win;
  tcpOptions(b, s, sender);
  // RFC 1323: both sides must send the Window Scale option to enable scaling in either direction.
  if (dir === IP_CT_DIR_REPLY && !(sender.flags & FLAG_WINDOW_SCALE && receiver.flags & FLAG_WINDOW_SCALE)) {
    sender.tdScale = 0;
    receiver.tdScale = 0;
  }
}

const NFCT_TCP_IGNORE = 0;
const NFCT_TCP_INVALID = 1;
const NFCT_TCP_ACCEPT = 2;

/** nf_tcp_log_invalid(): a liberal sender's segments are accepted anyway. */
function tcpLogInvalid(skb: SkBuff, ct: NfConn, state: NfHookState, sender: IpCtTcpState, ret: number, why: string): number {
  if (sender.flags & FLAG_BE_LIBERAL || ct.net.nf.ct!.sysctl.tcpBeLiberal) return NFCT_TCP_ACCEPT;
  nfCtLogInvalid(skb, state, 6, why);
  return ret;
}

/** MAXACKWINDOW() */
const maxAckWindow = (sender: IpCtTcpState): number => (sender.tdMaxwin > 66000 ? sender.tdMaxwin : 66000);

/**
 * tcp_in_window(): the segment must intersect the window the receiver
 * advertised, and its ACK must acknowledge data seen (Guido van Rooij's
 * "Real Stateful TCP Packet Filtering", with the RFC 793 boundaries).
 */
function tcpInWindow(ct: NfConn, dir: number, index: number, skb: SkBuff, s: Seg, state: NfHookState): number {
  const t = ct.tcp!;
  const sender = t.seen[dir]!;
  const receiver = t.seen[dir ^ 1]!;
  const b = skb.buf;
  let seq = s.seq;
  let ack = s.ack;
  let sack = ack;
  let end = s.end;
  let win = s.win;
  if (receiver.flags & FLAG_SACK_PERM) sack = tcpSack(b, s, sack);
  if (sender.tdMaxwin === 0) {
    if (s.flags & TCPHDR_SYN) {
      tcpInitSender(b, s, sender, receiver, dir);
      if (!(s.flags & TCPHDR_ACK)) return NFCT_TCP_ACCEPT;
    } else {
      // In the middle of a connection: use what the packet shows.
      sender.tdEnd = end;
      const swin = (win << sender.tdScale) >>> 0;
      sender.tdMaxwin = swin === 0 ? 1 : swin;
      sender.tdMaxend = (end + sender.tdMaxwin) >>> 0;
      if (receiver.tdMaxwin === 0) receiver.tdEnd = receiver.tdMaxend = sack;
      else if (sack === ((receiver.tdEnd + 1) >>> 0)) receiver.tdEnd = (receiver.tdEnd + 1) >>> 0;
    }
  } else if (s.flags & TCPHDR_SYN && after(end, sender.tdEnd) && (t.state === TCP_CONNTRACK_SYN_SENT || t.state === TCP_CONNTRACK_SYN_RECV)) {
    // RFC 793: a reinitialized TCP uses larger sequence numbers; start this direction again.
    tcpInitSender(b, s, sender, receiver, dir);
    if (dir === IP_CT_DIR_REPLY && !(s.flags & TCPHDR_ACK)) return NFCT_TCP_ACCEPT;
  }
  if (!(s.flags & TCPHDR_ACK)) ack = sack = receiver.tdEnd;
  else if ((s.flags & (TCPHDR_ACK | TCPHDR_RST)) === (TCPHDR_ACK | TCPHDR_RST) && ack === 0) ack = sack = receiver.tdEnd;
  if (s.flags & TCPHDR_RST && seq === 0 && t.state === TCP_CONNTRACK_SYN_SENT) seq = end = sender.tdEnd;
  if (!before(seq, (sender.tdMaxend + 1) >>> 0)) {
    const overshot = (end - sender.tdMaxend + 1) >>> 0;
    const ackOk = after(sack, (receiver.tdEnd - maxAckWindow(sender) - 1) >>> 0);
    const inRecvWin = receiver.tdMaxwin !== 0 && after(end, (sender.tdEnd - receiver.tdMaxwin - 1) >>> 0);
    if (inRecvWin && ackOk && overshot <= receiver.tdMaxwin && before(sack, (receiver.tdEnd + 1) >>> 0)) {
      sender.tdEnd = end;
      sender.flags |= FLAG_DATA_UNACKNOWLEDGED;
      return tcpLogInvalid(skb, ct, state, sender, NFCT_TCP_IGNORE, `${overshot} bytes more than expected`);
    }
    return tcpLogInvalid(skb, ct, state, sender, NFCT_TCP_INVALID, `SEQ is over upper bound ${(sender.tdMaxend + 1) >>> 0} (over the window of the receiver)`);
  }
  if (!before(sack, (receiver.tdEnd + 1) >>> 0)) {
    return tcpLogInvalid(skb, ct, state, sender, NFCT_TCP_INVALID, `ACK is over upper bound ${(receiver.tdEnd + 1) >>> 0} (ACKed data not seen yet)`);
  }
  if (!(receiver.tdMaxwin === 0 || after(end, (sender.tdEnd - receiver.tdMaxwin - 1) >>> 0))) {
    return tcpLogInvalid(skb, ct, state, sender, NFCT_TCP_IGNORE, `SEQ is under lower bound ${(sender.tdEnd - receiver.tdMaxwin - 1) >>> 0} (already ACKed data retransmitted)`);
  }
  if (!after(sack, (receiver.tdEnd - maxAckWindow(sender) - 1) >>> 0)) {
    return tcpLogInvalid(skb, ct, state, sender, NFCT_TCP_IGNORE, `ignored ACK under lower bound ${(receiver.tdEnd - maxAckWindow(sender) - 1) >>> 0} (possible overly delayed)`);
  }
  // Window scaling (RFC 1323) applies outside SYNs.
  if (!(s.flags & TCPHDR_SYN)) win = (win << sender.tdScale) >>> 0;
  const swin = (win + (sack - ack)) >>> 0;
  if (sender.tdMaxwin < swin) sender.tdMaxwin = swin;
  if (after(end, sender.tdEnd)) {
    sender.tdEnd = end;
    sender.flags |= FLAG_DATA_UNACKNOWLEDGED;
  }
  if (s.flags & TCPHDR_ACK) {
    if (!(sender.flags & FLAG_MAXACK_SET)) {
      sender.tdMaxack = ack;
      sender.flags |= FLAG_MAXACK_SET;
    } else if (after(ack, sender.tdMaxack)) sender.tdMaxack = ack;
  }
  if (receiver.tdMaxwin !== 0 && after(end, sender.tdMaxend)) receiver.tdMaxwin = (receiver.tdMaxwin + end - sender.tdMaxend) >>> 0;
  if (after((sack + win) >>> 0, (receiver.tdMaxend - 1) >>> 0)) {
    receiver.tdMaxend = (sack + win) >>> 0;
    if (win === 0) receiver.tdMaxend = (receiver.tdMaxend + 1) >>> 0;
  }
  if (ack === receiver.tdEnd) receiver.flags &= ~FLAG_DATA_UNACKNOWLEDGED;
  if (index === TCP_ACK_SET) {
    if (t.lastDir === dir && t.lastSeq === seq && t.lastAck === ack && t.lastEnd === end && t.lastWin === s.win) t.retrans++;
    else {
      t.lastDir = dir;
      t.lastSeq = seq;
      t.lastAck = ack;
      t.lastEnd = end;
      t.lastWin = s.win;
      t.retrans = 0;
    }
  }
  return NFCT_TCP_ACCEPT;
}

/** tcp_error(): a truncated header, a bad checksum, an impossible flag combination. */
function tcpError(skb: SkBuff, s: Seg, state: NfHookState): boolean {
  const nh = skb.networkHeader;
  const tcplen = nh + getU16(skb.buf, nh + Iph.TotLen) - s.dataoff;
  if (s.doff < 20 || tcplen < s.doff || s.dataoff + s.doff > skb.tail) {
    nfCtLogInvalid(skb, state, 6, 'truncated packet');
    return true;
  }
  if (nfL4ChecksumBad(skb, s.dataoff, 6, state)) {
    nfCtLogInvalid(skb, state, 6, 'bad checksum');
    return true;
  }
  if (!tcpValidFlags(s.flags & ~(TCPHDR_ECE | TCPHDR_CWR | TCPHDR_PSH))) {
    nfCtLogInvalid(skb, state, 6, 'invalid tcp flag combination');
    return true;
  }
  return false;
}

/** tcp_new(): a SYN starts a connection; anything else only with nf_conntrack_tcp_loose. */
function tcpNew(ct: NfConn, skb: SkBuff, s: Seg): boolean {
  const newState = TCP_CONNTRACKS[0]![conntrackIndex(s.flags)]![TCP_CONNTRACK_NONE]!;
  if (newState >= TCP_CONNTRACK_MAX) return false;
  const t = new IpCtTcp();
  ct.tcp = t;
  const s0 = t.seen[0];
  s0.tdEnd = s.end;
  s0.tdMaxwin = s.win === 0 ? 1 : s.win;
  if (newState === TCP_CONNTRACK_SYN_SENT) {
    s0.tdMaxend = s0.tdEnd;
    tcpOptions(skb.buf, s, s0);
  } else {
    if (ct.net.nf.ct!.sysctl.tcpLoose === 0) return false;
    // In the middle of a connection: assume SACK and a liberal window (scaling is unknown).
    s0.tdMaxend = (s0.tdEnd + s0.tdMaxwin) >>> 0;
    s0.flags = t.seen[1].flags = FLAG_SACK_PERM | FLAG_BE_LIBERAL;
  }
  t.lastIndex = TCP_NONE_SET;
  return true;
}

/** tcp_can_early_drop() */
export function tcpCanEarlyDrop(ct: NfConn): boolean {
  const st = ct.tcp?.state ?? 0;
  return st === TCP_CONNTRACK_FIN_WAIT || st === TCP_CONNTRACK_LAST_ACK || st === TCP_CONNTRACK_TIME_WAIT ||
    st === TCP_CONNTRACK_CLOSE || st === TCP_CONNTRACK_CLOSE_WAIT;
}

/** nf_tcp_handle_invalid(): an out-of-window FIN/RST answering the other side's shortens an assured entry's life. */
function tcpHandleInvalid(ct: NfConn, dir: number, index: number): void {
  const t = ct.tcp!;
  if (!(ct.status & IPS_ASSURED) || ct.status & IPS_FIXED_TIMEOUT) return;
  if (index !== TCP_RST_SET && index !== TCP_FIN_SET) return;
  if (t.lastDir !== dir && (t.lastIndex === TCP_FIN_SET || t.lastIndex === TCP_RST_SET)) {
    const now = ct.net.sched.now;
    const expires = nfCtExpires(ct, now);
    if (expires < 120e9) return;
    const timeout = ct.net.nf.ct!.sysctl.timeouts.tcp[TCP_CONNTRACK_UNACK]! * 1e9;
    if (expires > timeout) ct.timeout = now + timeout;
  } else {
    t.lastIndex = index;
    t.lastDir = dir;
  }
}

/**
 * The IGNORE case: the entry may be out of sync with the endpoints; note
 * the segment so that the answer can resynchronise (a SYN/ACK answering an
 * ignored SYN), and let it through.
 */
function tcpIgnore(ct: NfConn, skb: SkBuff, s: Seg, dir: number, index: number, oldState: number): boolean {
  const t = ct.tcp!;
  if (index === TCP_SYNACK_SET && t.lastIndex === TCP_SYN_SET && t.lastDir !== dir && s.ack === t.lastEnd) {
    // This SYN/ACK acknowledges a SYN we ignored: the endpoints are in sync, we get in sync too.
    const ls = t.seen[t.lastDir]!;
    ls.tdEnd = ls.tdMaxend = t.lastEnd;
    ls.tdMaxwin = t.lastWin === 0 ? 1 : t.lastWin;
    ls.tdScale = t.lastWscale;
    t.lastFlags &= ~EXP_CHALLENGE_ACK;
    ls.flags = t.lastFlags;
    const d = t.seen[dir]!;
    d.tdEnd = d.tdMaxend = d.tdMaxwin = d.tdMaxack = d.tdScale = 0;
    d.flags &= FLAG_BE_LIBERAL;
    return true;
  }
  t.lastIndex = index;
  t.lastDir = dir;
  t.lastSeq = s.seq;
  t.lastEnd = s.end;
  t.lastWin = s.win;
  if (index === TCP_SYN_SET && dir === IP_CT_DIR_ORIGINAL) {
    // A SYN in ORIGINAL: remember its options; after LAST_ACK the answer may be an RFC 5961 challenge ACK.
    const seen = new IpCtTcpState();
    t.lastFlags = t.lastWscale = 0;
    tcpOptions(skb.buf, s, seen);
    if (seen.flags & FLAG_WINDOW_SCALE) {
      t.lastFlags |= FLAG_WINDOW_SCALE;
      t.lastWscale = seen.tdScale;
    }
    if (seen.flags & FLAG_SACK_PERM) t.lastFlags |= FLAG_SACK_PERM;
    if (oldState === TCP_CONNTRACK_LAST_ACK) t.lastFlags |= EXP_CHALLENGE_ACK;
  }
  if (oldState === TCP_CONNTRACK_SYN_SENT && index === TCP_ACK_SET && dir === IP_CT_DIR_REPLY) t.lastAck = s.ack;
  return false;
}

/** nf_conntrack_tcp_established() */
const tcpEstablished = (ct: NfConn): boolean => ct.tcp!.state === TCP_CONNTRACK_ESTABLISHED && (ct.status & IPS_ASSURED) !== 0;

/**
 * The CLOSE case (an RST): in window only if it matches what was seen;
 * returns the new state, or -1 when the RST is invalid, or -2 to skip the
 * window check (an RST answering a segment we let through).
 */
function tcpRst(ct: NfConn, s: Seg, dir: number, oldState: number, newState: number): number {
  const t = ct.tcp!;
  if (tcpCanEarlyDrop(ct)) return -2;
  const other = t.seen[dir ^ 1]!;
  if (other.flags & FLAG_MAXACK_SET && t.lastIndex !== TCP_SYN_SET) {
    const seq = s.seq;
    if (seq === 0 && !tcpEstablished(ct)) return newState;
    if (before(seq, other.tdMaxack) && !ct.net.nf.ct!.sysctl.tcpIgnoreInvalidRst) return -1;
    if (!tcpEstablished(ct) || seq === other.tdMaxack) return newState;
    if (t.lastIndex === TCP_ACK_SET && t.lastDir === dir && seq === t.lastEnd) return newState;
    // The sequence does not match exactly: keep the state, a challenge ACK may follow.
    newState = oldState;
  }
  if ((((ct.status & IPS_SEEN_REPLY) && t.lastIndex === TCP_SYN_SET) || (!(ct.status & IPS_ASSURED) && t.lastIndex === TCP_ACK_SET)) && s.ack === t.lastEnd) return -2;
  if (oldState === TCP_CONNTRACK_SYN_SENT && t.lastIndex === TCP_ACK_SET && t.lastDir === IP_CT_DIR_REPLY && s.seq === t.lastAck) return -2;
  return newState;
}

/** The timeout for the new state (retransmissions, RST, unacknowledged data and zero windows shorten it). */
function tcpTimeout(ct: NfConn, index: number, newState: number): number {
  const t = ct.tcp!;
  const sys = ct.net.nf.ct!.sysctl;
  const to = sys.timeouts.tcp;
  const st = to[newState]!;
  if (t.retrans >= sys.tcpMaxRetrans && st > to[TCP_CONNTRACK_RETRANS]!) return to[TCP_CONNTRACK_RETRANS]!;
  if (index === TCP_RST_SET) return to[TCP_CONNTRACK_CLOSE]!;
  if ((t.seen[0].flags | t.seen[1].flags) & FLAG_DATA_UNACKNOWLEDGED && st > to[TCP_CONNTRACK_UNACK]!) return to[TCP_CONNTRACK_UNACK]!;
  if (t.lastWin === 0 && st > to[TCP_CONNTRACK_RETRANS]!) return to[TCP_CONNTRACK_RETRANS]!;
  return st;
}

/** The state table's verdict on the segment, with the special cases; < 0: a return value for packet(). */
function tcpTransition(ct: NfConn, skb: SkBuff, s: Seg, dir: number, index: number, state: NfHookState): number {
  const t = ct.tcp!;
  let oldState = t.state;
  let newState = TCP_CONNTRACKS[dir]![index]![oldState]!;
  if (newState === TCP_CONNTRACK_SYN_SENT && oldState >= TCP_CONNTRACK_TIME_WAIT) {
    // Reopening a closed or aborted connection: delete the entry and look up again.
    if ((t.seen[dir]!.flags | t.seen[dir ^ 1]!.flags) & FLAG_CLOSE_INIT || (t.lastDir === dir && t.lastIndex === TCP_RST_SET)) {
      return nfCtDelete(ct) ? -1000 - NF_REPEAT : -1000 - NF_DROP;
    }
    newState = TCP_CONNTRACK_IGNORE;
  }
  switch (newState) {
    case TCP_CONNTRACK_IGNORE:
      if (tcpIgnore(ct, skb, s, dir, index, oldState)) {
        oldState = TCP_CONNTRACK_SYN_SENT;
        newState = TCP_CONNTRACK_SYN_RECV;
        break;
      }
      nfCtLogInvalid(skb, state, 6, `packet (index ${index}) in dir ${dir} ignored, state ${TCP_CONNTRACK_NAMES[oldState]}`);
      return -1000 - NF_ACCEPT;
    case TCP_CONNTRACK_MAX:
      nfCtLogInvalid(skb, state, 6, `packet (index ${index}) in dir ${dir} invalid, state ${TCP_CONNTRACK_NAMES[oldState]}`);
      return -2000;
    case TCP_CONNTRACK_TIME_WAIT:
      // RFC 5961: a challenge ACK after a spurious SYN does not ack the last FIN.
      if (oldState === TCP_CONNTRACK_LAST_ACK && index === TCP_ACK_SET && t.lastDir !== dir && t.lastIndex === TCP_SYN_SET && t.lastFlags & EXP_CHALLENGE_ACK) {
        t.lastFlags &= ~EXP_CHALLENGE_ACK;
        return -1000 - NF_ACCEPT;
      }
      break;
    case TCP_CONNTRACK_SYN_SENT2:
      t.lastFlags |= SIMULTANEOUS_OPEN;
      break;
    case TCP_CONNTRACK_SYN_RECV:
      if (dir === IP_CT_DIR_REPLY && index === TCP_ACK_SET && t.lastFlags & SIMULTANEOUS_OPEN) newState = TCP_CONNTRACK_ESTABLISHED;
      break;
    case TCP_CONNTRACK_CLOSE: {
      if (index !== TCP_RST_SET) break;
      const r = tcpRst(ct, s, dir, oldState, newState);
      if (r === -1) {
        nfCtLogInvalid(skb, state, 6, 'invalid rst');
        return -2000;
      }
      if (r === -2) return oldState * 16 + newState + 0x10000;
      newState = r;
      break;
    }
  }
  return oldState * 16 + newState;
}

/** nf_conntrack_tcp_packet(): returns the verdict, or -verdict for an invalid segment. */
function tcpPacket(ct: NfConn, skb: SkBuff, dataoff: number, ctinfo: number, state: NfHookState): number {
  if (dataoff + 20 > skb.tail) return -NF_ACCEPT;
  const s = readSeg(skb, dataoff, ct.net.nf.ct!.tcpSeg);
  if (tcpError(skb, s, state)) return -NF_ACCEPT;
  if (!nfCtIsConfirmed(ct) && !tcpNew(ct, skb, s)) return -NF_ACCEPT;
  const t = ct.tcp!;
  const dir = ctinfo2dir(ctinfo);
  const index = conntrackIndex(s.flags);
  const tr = tcpTransition(ct, skb, s, dir, index, state);
  if (tr === -2000) return -NF_ACCEPT;
  if (tr <= -1000) return tr === -1000 - NF_ACCEPT ? NF_ACCEPT : tr === -1000 - NF_REPEAT ? -NF_REPEAT : NF_DROP;
  const skipWindow = tr >= 0x10000;
  const oldState = (tr & 0xffff) >> 4;
  const newState = tr & 0xf;
  if (!skipWindow) {
    const res = tcpInWindow(ct, dir, index, skb, s, state);
    if (res === NFCT_TCP_IGNORE) return NF_ACCEPT;
    if (res === NFCT_TCP_INVALID) {
      tcpHandleInvalid(ct, dir, index);
      return -NF_ACCEPT;
    }
  }
  // From now on the segment is in window.
  t.lastIndex = index;
  t.lastDir = dir;
  t.state = newState;
  if (oldState !== newState && newState === TCP_CONNTRACK_FIN_WAIT) t.seen[dir]!.flags |= FLAG_CLOSE_INIT;
  let timeout = tcpTimeout(ct, index, newState);
  if (newState !== oldState) nfConntrackEventCache(IPCT_PROTOINFO, ct);
  if (!(ct.status & IPS_SEEN_REPLY)) {
    // Only an RST as the reply: no connection; delete it now.
    if (s.flags & TCPHDR_RST) {
      nfCtRefreshAcct(ct, ctinfo, skb, 0);
      nfCtDelete(ct);
      return NF_ACCEPT;
    }
    // A retransmitted SYN does not renew the timeout.
    if (index === TCP_SYN_SET && oldState === TCP_CONNTRACK_SYN_SENT) return NF_ACCEPT;
    const unack = ct.net.nf.ct!.sysctl.timeouts.tcp[TCP_CONNTRACK_UNACK]!;
    if (newState === TCP_CONNTRACK_ESTABLISHED && timeout > unack) timeout = unack;
  } else if (!(ct.status & IPS_ASSURED) && (oldState === TCP_CONNTRACK_SYN_RECV || oldState === TCP_CONNTRACK_ESTABLISHED) && newState === TCP_CONNTRACK_ESTABLISHED) {
    // A valid ACK in ESTABLISHED after SYN_RECV (or an answer to a picked-up connection).
    ct.status |= IPS_ASSURED;
    nfConntrackEventCache(IPCT_ASSURED, ct);
  }
  nfCtRefreshAcct(ct, ctinfo, skb, timeout);
  return NF_ACCEPT;
}

/**
 * nf_conntrack_tcp_set_closing(): a reset the firewall sent for this
 * connection (REJECT --reject-with tcp-reset) closes it as the RST would
 * have had it passed the tracker: CLOSE, with the close timeout unless the
 * entry was already there or has a fixed timeout. Unconfirmed entries (a
 * refused SYN) are left alone: they die with the dropped packet.
 */
export function nfConntrackTcpSetClosing(ct: NfConn): void {
  const t = ct.tcp;
  if (!t || !nfCtIsConfirmed(ct)) return;
  const oldState = t.state;
  t.state = TCP_CONNTRACK_CLOSE;
  if (oldState === TCP_CONNTRACK_CLOSE || ct.status & IPS_FIXED_TIMEOUT) return;
  ct.timeout = ct.net.sched.now + ct.net.nf.ct!.sysctl.timeouts.tcp[TCP_CONNTRACK_CLOSE]! * 1e9;
  nfConntrackEventCache(IPCT_PROTOINFO, ct);
}

export const nfCtTcp: NfConntrackL4proto = {
  l4proto: 6,
  pktToTuple: portsToTuple,
  invertTuple(inv, orig) {
    inv.srcU = orig.dstU;
    inv.dstU = orig.srcU;
    return true;
  },
  packet: tcpPacket,
  printConntrack: (ct) => `${TCP_CONNTRACK_NAMES[ct.tcp?.state ?? 0]} `,
};
