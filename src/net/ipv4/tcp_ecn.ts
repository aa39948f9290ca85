/**
 * Classic TCP ECN (RFC 3168) as Linux negotiates and runs it: tcp_ecn 1
 * asks on outgoing connections (SYN with ECE|CWR), 2 (the default) only
 * answers (SYN-ACK with ECE), 0 neither; a route's `features ecn` asks too.
 * Once agreed (TCP_ECN_OK) new data goes out ECT(0), ACKs and
 * retransmissions Not-ECT; a CE mark received sets ECE on every segment
 * until a data segment with CWR comes; an ECE received makes the sender
 * reduce its window once (tcp_enter_cwr()) and set CWR on its next new data.
 * @linux include/net/tcp_ecn.h, net/ipv4/tcp_input.c tcp_ecn_*(), net/ipv4/tcp_output.c tcp_ecn_send*()
 */
import { INET_ECN_MASK } from '../../wire/ipv4.js';
import { TCPHDR_CWR, TCPHDR_ECE, TCPHDR_SYN, before } from '../../wire/tcp.js';
import { RTAX_FEATURES, RTAX_FEATURE_ECN } from '../../uapi/linux/rtmsg.js';
import type { Rtable } from './route.js';
import type { TcpSock } from './tcp.js';

/** tp->ecn_flags bits (TCP_ECN_*). */
export const TCP_ECN_OK = 1;
export const TCP_ECN_QUEUE_CWR = 2;
export const TCP_ECN_DEMAND_CWR = 4;
export const TCP_ECN_SEEN = 8;

/** The IP ECN field's code points (INET_ECN_*). */
const INET_ECN_NOT_ECT = 0;
const INET_ECN_ECT_0 = 2;
const INET_ECN_CE = 3;

/** dst_feature(dst, RTAX_FEATURE_ECN): the route's `features ecn`. */
function dstFeatureEcn(rt: Rtable | null): boolean {
  return ((rt?.metrics?.[RTAX_FEATURES] ?? 0) & RTAX_FEATURE_ECN) !== 0;
}

/**
 * tcp_ecn_send_syn(): with tcp_ecn 1, or the route's `features ecn`, the
 * SYN asks for ECN (ECE|CWR) and the socket expects it; the flags to add.
 */
export function tcpEcnSendSyn(sk: TcpSock, rt: Rtable | null): number {
  sk.ecnFlags = 0;
  if (sk.tcpSysctl.ecn !== 1 && !dstFeatureEcn(rt)) return 0;
  sk.ecnFlags = TCP_ECN_OK;
  return TCPHDR_ECE | TCPHDR_CWR;
}

/**
 * tcp_ecn_clear_syn() (__tcp_retransmit_skb()): with tcp_ecn_fallback, a
 * SYN sent again goes without ECE|CWR (RFC 3168 6.1.1.1: a middlebox may
 * drop it); the SYN-ACK then decides (tcp_ecn_rcv_synack()).
 */
export function tcpEcnClearSyn(sk: TcpSock, flags: number): number {
  if ((flags & (TCPHDR_ECE | TCPHDR_CWR)) === (TCPHDR_ECE | TCPHDR_CWR) && sk.tcpSysctl.ecnFallback) {
    return flags & ~(TCPHDR_ECE | TCPHDR_CWR);
  }
  return flags;
}

/** tcp_ecn_rcv_synack(): ECN holds only if the SYN-ACK has ECE without CWR. */
export function tcpEcnRcvSynack(sk: TcpSock, flags: number): void {
  if (sk.ecnFlags & TCP_ECN_OK && (!(flags & TCPHDR_ECE) || flags & TCPHDR_CWR)) sk.ecnFlags &= ~TCP_ECN_OK;
}

/**
 * tcp_ecn_create_request() + tcp_ecn_openreq_child(): a SYN with ECE and
 * CWR, sent Not-ECT (or with a reserved bit set), gets ECN when tcp_ecn is
 * not 0 or the route has `features ecn`.
 */
export function tcpEcnCreateRequest(child: TcpSock, flags: number, tos: number, res1: number, rt: Rtable | null): void {
  child.ecnFlags = 0;
  if ((flags & (TCPHDR_ECE | TCPHDR_CWR)) !== (TCPHDR_ECE | TCPHDR_CWR)) return;
  const ect = (tos & INET_ECN_MASK) !== INET_ECN_NOT_ECT;
  const ecnOk = child.tcpSysctl.ecn !== 0 || dstFeatureEcn(rt);
  if ((!ect || res1) && ecnOk) child.ecnFlags = TCP_ECN_OK;
}

/**
 * cookie_ecn_ok(): a child made from a syncookie has ECN when its SYN-ACK
 * said so (TS_OPT_ECN in the echoed timestamp) and tcp_ecn is not 0 or the
 * route has `features ecn`.
 */
export function tcpEcnCookieOk(child: TcpSock, tsOptEcn: boolean, rt: Rtable | null): void {
  child.ecnFlags = tsOptEcn && (child.tcpSysctl.ecn !== 0 || dstFeatureEcn(rt)) ? TCP_ECN_OK : 0;
}

/** tcp_ecn_make_synack(): the SYN-ACK of a request that agreed has ECE. */
export function tcpEcnMakeSynack(req: TcpSock, flags: number): number {
  return req.ecnFlags & TCP_ECN_OK ? flags | TCPHDR_ECE : flags;
}

/**
 * tcp_ecn_send() (tcp_transmit_skb(), not for a SYN): new data goes out
 * ECT(0) (INET_ECN_xmit(): the socket's tos keeps it) and carries the CWR
 * queued by a window reduction; a bare ACK or a retransmission is Not-ECT
 * (INET_ECN_dontxmit()); ECE while the peer's CE awaits its CWR.
 */
export function tcpEcnSend(sk: TcpSock, seq: number, len: number, flags: number): number {
  const ef = sk.ecnFlags;
  if (!(ef & TCP_ECN_OK) || flags & TCPHDR_SYN) return flags;
  if (len && !before(seq, sk.sndNxt)) {
    sk.tos = (sk.tos & ~INET_ECN_MASK) | INET_ECN_ECT_0;
    if (ef & TCP_ECN_QUEUE_CWR) {
      sk.ecnFlags &= ~TCP_ECN_QUEUE_CWR;
      flags |= TCPHDR_CWR;
    }
  } else sk.tos &= ~INET_ECN_MASK;
  return ef & TCP_ECN_DEMAND_CWR ? flags | TCPHDR_ECE : flags;
}

/** tcp_ecn_queue_cwr(): the next new data says the window was reduced. */
export function tcpEcnQueueCwr(sk: TcpSock): void {
  if (sk.ecnFlags & TCP_ECN_OK) sk.ecnFlags |= TCP_ECN_QUEUE_CWR;
}

/**
 * tcp_ecn_accept_cwr() (tcp_data_queue()): CWR from the peer ends our
 * ECE; a data segment with it is ACKed at once (ICSK_ACK_NOW), its
 * sender's window may be very small. True when an ACK is due now.
 */
export function tcpEcnAcceptCwr(sk: TcpSock, flags: number, len: number): boolean {
  if (!(flags & TCPHDR_CWR)) return false;
  sk.ecnFlags &= ~TCP_ECN_DEMAND_CWR;
  return len > 0;
}

/**
 * tcp_ecn_check_ce() (tcp_event_data_recv(), tcp_data_queue_ofo()): data
 * marked CE asks for ECE (and quick ACKs) until CWR; any ECT is "seen";
 * Not-ECT after ECT was seen is likely a retransmission (quick ACKs too).
 * True when quick-ACK mode (2 ACKs) is due.
 */
export function tcpEcnCheckCe(sk: TcpSock, tos: number): boolean {
  const ef = sk.ecnFlags;
  if (!(ef & TCP_ECN_OK)) return false;
  switch (tos & INET_ECN_MASK) {
    case INET_ECN_NOT_ECT:
      return (ef & TCP_ECN_SEEN) !== 0;
    case INET_ECN_CE:
      sk.ecnFlags |= TCP_ECN_SEEN | TCP_ECN_DEMAND_CWR;
      return !(ef & TCP_ECN_DEMAND_CWR);
    default:
      sk.ecnFlags |= TCP_ECN_SEEN;
      return false;
  }
}

/** tcp_ecn_rcv_ecn_echo(): an ECE on an ACK (not a SYN) of an ECN connection. */
export function tcpEcnRcvEcnEcho(sk: TcpSock, flags: number): boolean {
  return (flags & TCPHDR_ECE) !== 0 && !(flags & TCPHDR_SYN) && (sk.ecnFlags & TCP_ECN_OK) !== 0;
}
