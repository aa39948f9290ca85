/**
 * TCP output: building a segment (header, options in Linux's order and
 * padding, window, checksum) and sending it on the socket's route
 * (tcp_transmit_skb / ip_queue_xmit); the write queue filled by sendmsg and
 * sent as the congestion window, the peer's window and Nagle allow
 * (tcp_write_xmit); SYN, FIN, ACK (delayed or not), active RST,
 * retransmission, window selection and the receive-side window update.
 * @linux net/ipv4/tcp_output.c, net/ipv4/ip_output.c ip_queue_xmit()
 */
import { errnoName, type Errno } from '../core/errno.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { IpStat, LinuxMib, TcpStat, netAddStats } from '../core/snmp.js';
import { RCV_SHUTDOWN, SEND_SHUTDOWN, skbSetOwnerW } from '../core/sock.js';
import {
  TCPHDR_ACK, TCPHDR_FIN, TCPHDR_PSH, TCPHDR_RST, TCPHDR_SYN, TCPOLEN_TIMESTAMP, TCPOLEN_TSTAMP_ALIGNED, TCPOPT_NOP, TCPOPT_SACK,
  TCPOPT_SACK_PERM, TCPOPT_TIMESTAMP, TCPOPT_WINDOW, TCPOPT_MSS, TCP_HLEN, Tcph, after,
} from '../../wire/tcp.js';
import { putU16, putU32 } from '../../wire/bytes.js';
import { csumTcpUdpNofold } from '../../wire/checksum.js';
import { IPPROTO_TCP } from '../../wire/ipv4.js';
import { ipRouteOutputKey, type Rtable } from './route.js';
import { newFlowi4 } from './fib_rules.js';
import { RT_SCOPE_UNIVERSE } from './fib_types.js';
import { RTAX_ADVMSS, RTAX_INITCWND } from './fib_semantics.js';
import { dstMtu, ipSelectTtl, rtTos } from './icmp_send.js';
import { IP_DF, ipAllocSkb, ipDontFragment, ipLocalOut, ipPushHeader } from './ip_output.js';
import { ipPushHeaderOpts } from './ip_options_build.js';
import { IP_PMTUDISC_WANT } from '../../uapi/linux/in.js';
import { CHECKSUM_PARTIAL, SKB_GSO_TCPV4, type SkBuff } from '../core/skbuff.js';
import { SOCK_LOCALROUTE } from '../core/sock.js';
import { RT_SCOPE_LINK } from './fib_types.js';
import {
  MAX_TCP_HEADER, MAX_TCP_WINDOW, TCP_SKB_HEAD_TRUESIZE, TCP_CA_LOSS, TCP_MSS_DEFAULT, TCP_CLOSE_WAIT, TCP_ATO_MIN, TCP_DELACK_MAX, TCP_DELACK_MIN, TCP_INIT_CWND, TCP_ESTABLISHED, TCP_FIN_WAIT1,
  TCP_LAST_ACK, TCP_SYN_RECV, TCP_TIME_WAIT,
  TCP_SYN_SENT, TcpSeg, tcpSegClearLost, tcpSegMarkLost, type TcpSock,
} from './tcp.js';
import { tcpResetXmitTimer, tcpStartKeepalive } from './tcp_timer.js';
import type { PageFrag } from '../core/page_frag.js';
import { tcpFullSpace, tcpInitBufferSpace, tcpSpace } from './tcp_rcvspace.js';
import { tcpCwndValidate, tcpRearmRto, tcpScheduleLossProbe } from './tcp_recovery.js';
import { tcpTakeDsackBlock } from './tcp_dsack.js';
import { TCP_CHRONO_BUSY, TCP_CHRONO_RWND_LIMITED, tcpChronoStart, tcpChronoStop } from './tcp_chrono.js';
import { tcpCurrentSsthresh, tcpRetransmitAccount } from './tcp_undo.js';
import { NSEC_PER_JIFFY } from './inetpeer.js';
import { tcpInitMetrics, tcpRtoMin, usecsToJiffies } from './tcp_metrics.js';
import { modTimer } from '../../sim/timer_wheel.js';
import { tcpEcnClearSyn, tcpEcnMakeSynack, tcpEcnSend, tcpEcnSendSyn } from './tcp_ecn.js';

/** The options one segment carries. */
interface SegOpts {
  syn: boolean;
}

/** tcp_time_stamp_ms() + ts_offset: the TSval of now (ms of the virtual clock). */
export function tcpTsval(sk: TcpSock): number {
  return (Math.floor(sk.net.sched.now / 1e6) + sk.tsOffset) >>> 0;
}

/**
 * __sk_dst_check() -> ipv4_dst_check(): the socket's cached route while
 * nothing flushed the cache, dropped it, or made it stale (a new next-hop
 * exception: a redirect or path MTU another socket's packet drew).
 */
export function tcpDstCheck(sk: TcpSock): Rtable | null {
  const rt = sk.dstCache;
  return rt && rt.genid === sk.net.ipv4.fib.rtGenid && !rt.killed && rt.dev.registered ? rt : null;
}

/** __sk_dst_check() / ip_route_connect(): the socket's route to its peer, cached until reset. */
export function tcpRoute(sk: TcpSock): Rtable | Errno {
  return tcpDstCheck(sk) ?? tcpRouteOutput(sk);
}

/**
 * ip_queue_xmit()'s packet_routed / inet_csk_route_req()'s route_err: a
 * strict source route (IP_OPTIONS SSRR) whose first hop is not on-link
 * has no route (OutNoRoutes).
 */
export function tcpStrictRouteFails(sk: TcpSock, rt: Rtable): boolean {
  if (!sk.inetOpt?.isStrictroute || !rt.usesGateway) return false;
  sk.net.mib.ip[IpStat.OUTNOROUTES]!++;
  return true;
}

/** ip_route_output_ports() of a socket's segments: to a source route's first hop (faddr) when the IP options have one. */
function tcpRouteOutput(sk: TcpSock): Rtable | Errno {
  const fl4 = newFlowi4({
    daddr: sk.inetOpt?.srr ? sk.inetOpt.faddr : sk.inetDaddr, saddr: sk.inetSaddr, oif: sk.skBoundDevIf, iif: 1, mark: sk.skMark, tos: rtTos(sk.tos),
    scope: sk.sockFlag(SOCK_LOCALROUTE) ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE, proto: IPPROTO_TCP, sport: sk.inetSport, dport: sk.inetDport,
  });
  const r = ipRouteOutputKey(sk.net, fl4);
  if (typeof r === 'string') return r;
  sk.dstCache = r;
  return r;
}

/**
 * __ip_queue_xmit(): the route a segment of tcp_transmit_skb() leaves by; a
 * failed lookup (the cache flushed, say by a rule change, and the new
 * lookup refused) counts OutNoRoutes and drops the segment ("no_route":
 * -EHOSTUNREACH), which stays queued for the caller's timer.
 */
function tcpXmitRoute(sk: TcpSock): Rtable | Errno {
  const rt = tcpRoute(sk);
  if (typeof rt !== 'string') return rt;
  // A TIME_WAIT or request socket's ACK and SYN-ACK go by ip_send_unicast_reply() and
  // tcp_v4_send_synack(), which give up without counting.
  if (sk.skState === TCP_TIME_WAIT || (sk.skState === TCP_SYN_RECV && sk.parent)) return rt;
  sk.net.mib.ip[IpStat.OUTNOROUTES]!++;
  return 'EHOSTUNREACH';
}

/**
 * dst_metric_advmss(): the route's advmss metric, else ipv4_default_advmss():
 * ipv4_mtu() (a learnt path MTU, the route's mtu metric, else the device's)
 * less the IP and TCP headers, at least min_adv_mss, at most IPV4_MAX_PMTU's.
 */
export function tcpAdvmss(rt: Rtable): number {
  const m = rt.metrics?.[RTAX_ADVMSS];
  if (m) return m;
  return Math.min(Math.max(rt.mtu() - 40, rt.dev.net.ipv4.sysctl.ipRtMinAdvmss), 65535 - 40);
}

/** tcp_options_write(): the option bytes of a segment, in Linux's order. */
function writeOptions(sk: TcpSock, b: Uint8Array, o: number, flags: number, syn: boolean, sacks: readonly number[]): number {
  const start = o;
  const sackPerm = syn && sk.sackOk;
  if (syn) {
    b[o] = TCPOPT_MSS;
    b[o + 1] = 4;
    putU16(b, o + 2, sk.synMss);
    o += 4;
  }
  if (sk.tstampOk) {
    if (sackPerm) {
      b[o] = TCPOPT_SACK_PERM;
      b[o + 1] = 2;
    } else {
      b[o] = TCPOPT_NOP;
      b[o + 1] = TCPOPT_NOP;
    }
    b[o + 2] = TCPOPT_TIMESTAMP;
    b[o + 3] = TCPOLEN_TIMESTAMP;
    putU32(b, o + 4, tcpTsval(sk));
    putU32(b, o + 8, flags & TCPHDR_ACK || !syn ? sk.tsRecent : 0);
    o += 12;
  } else if (sackPerm) {
    b[o] = TCPOPT_NOP;
    b[o + 1] = TCPOPT_NOP;
    b[o + 2] = TCPOPT_SACK_PERM;
    b[o + 3] = 2;
    o += 4;
  }
  if (syn && sk.wscaleOk) {
    b[o] = TCPOPT_NOP;
    b[o + 1] = TCPOPT_WINDOW;
    b[o + 2] = 3;
    b[o + 3] = sk.rcvWscale;
    o += 4;
  }
  if (sacks.length) {
    b[o] = TCPOPT_NOP;
    b[o + 1] = TCPOPT_NOP;
    b[o + 2] = TCPOPT_SACK;
    b[o + 3] = 2 + sacks.length * 4;
    o += 4;
    for (const v of sacks) {
      putU32(b, o, v);
      o += 4;
    }
  }
  return o - start;
}

/** The size of those options. */
function optionsSize(sk: TcpSock, syn: boolean, sacks: readonly number[]): number {
  let n = syn ? 4 : 0;
  if (sk.tstampOk) n += 12;
  else if (syn && sk.sackOk) n += 4;
  if (syn && sk.wscaleOk) n += 4;
  if (sacks.length) n += 4 + sacks.length * 4;
  return n;
}

/** tcp_established_options(): the SACK blocks to report (a pending D-SACK first, then the out-of-order queue's, newest first), at most 3 with timestamps. */
function sackBlocks(sk: TcpSock): readonly number[] {
  if (!sk.sackOk || (sk.ofoQueue.length === 0 && !sk.undo.dsackPending)) return NO_SACKS;
  const blocks: number[] = [];
  tcpTakeDsackBlock(sk, blocks);
  if (sk.ofoQueue.length === 0) return blocks;
  let s = sk.ofoQueue[0]!.seq;
  let e = sk.ofoQueue[0]!.endSeq;
  const out: Array<[number, number]> = [];
  for (const seg of sk.ofoQueue.slice(1)) {
    if (!after(seg.seq, e)) {
      if (after(seg.endSeq, e)) e = seg.endSeq;
    } else {
      out.push([s, e]);
      s = seg.seq;
      e = seg.endSeq;
    }
  }
  out.push([s, e]);
  const max = (sk.tstampOk ? 3 : 4) - blocks.length / 2;
  for (const [a, z] of out.reverse().slice(0, max)) blocks.push(a, z);
  return blocks;
}

/**
 * __tcp_select_window(): the free receive space (tcp_space()), at most
 * rcv_ssthresh; below half the full space quick ACKs stop and less than
 * 1/16 of it or an MSS offers nothing; rounded up to the scale (or down
 * to the MSS without scaling).
 */
function tcpSelectWindowSpace(sk: TcpSock): number {
  let mss = sk.rcvMss;
  let free = tcpSpace(sk);
  const allowed = tcpFullSpace(sk);
  const full = Math.min(sk.rcvq.windowClamp, allowed);
  const unit = 1 << sk.rcvWscale;
  if (mss > full) {
    mss = full;
    if (mss <= 0) return 0;
  }
  if (free < full >> 1) {
    sk.quickAcks = 0;
    free = Math.floor(free / unit) * unit;
    if (free < allowed >> 4 || free < mss) return 0;
  }
  if (free > sk.rcvq.rcvSsthresh) free = sk.rcvq.rcvSsthresh;
  if (sk.rcvWscale) return Math.ceil(free / unit) * unit;
  let win = sk.rcvWnd;
  if (win <= free - mss || win > free) win = Math.floor(free / mss) * mss;
  else if (mss === full && free > win + (full >> 1)) win = free;
  return win;
}

/** tcp_select_window(): never shrink the right edge already offered; the field's value (scaled). */
export function tcpSelectWindow(sk: TcpSock): number {
  const cur = Math.max(0, ((sk.rcvWup + sk.rcvWnd - sk.rcvNxt) | 0));
  const unit = 1 << sk.rcvWscale;
  let win = tcpSelectWindowSpace(sk);
  if (win < cur) win = Math.ceil(cur / unit) * unit;
  sk.rcvWnd = win;
  sk.rcvWup = sk.rcvNxt;
  return Math.min(win, MAX_TCP_WINDOW << sk.rcvWscale) >> sk.rcvWscale;
}

/**
 * tcp_transmit_skb() + ip_queue_xmit(): one segment from `seq` with
 * `flags` and `data` (null: none, a bare ACK, RST or SYN) on the socket's route. Counts OutSegs for new data
 * and bare control segments; an ACK sent clears the pending delayed ACK.
 */
export function tcpTransmit(
  sk: TcpSock, seq: number, flags: number, data: Uint8Array | null, o: SegOpts = NO_SYN, seg: TcpSeg | null = null,
): Errno | null {
  const rt = tcpXmitRoute(sk);
  if (typeof rt === 'string') return rt;
  const len = data ? data.length : 0;
  const skb = tcpBuildHeader(sk, seq, flags, o.syn, len);
  if (data) skb.buf.set(data, skb.tail - len);
  return tcpSendBuilt(sk, rt, skb, seq, flags, len, 1, seg);
}

const NO_SYN: Readonly<SegOpts> = { syn: false };
const SYN: Readonly<SegOpts> = { syn: true };
const NO_SACKS: readonly number[] = [];

/**
 * tcp_transmit_skb() for a TSO skb: the `n` write-queue segments from
 * `first` (contiguous, all but the last of one MSS) in one skb of
 * gso_size `mss` (SKB_GSO_TCPV4), which the device or skb_gso_segment()
 * cuts again.
 */
function tcpTransmitTso(sk: TcpSock, rt: Rtable, q: readonly TcpSeg[], n: number, flags: number, mss: number): Errno | null {
  const head = q[0]!;
  let len = 0;
  for (let i = 0; i < n; i++) len += q[i]!.len;
  const skb = tcpBuildHeader(sk, head.seq, flags, false, len);
  const b = skb.buf;
  let at = skb.tail - len;
  // Runs of segments adjacent in one page are copied as one.
  for (let i = 0; i < n; ) {
    const s = q[i]!;
    let end = s.off + s.len;
    for (i++; i < n && q[i]!.buf === s.buf && q[i]!.off === end; i++) end += q[i]!.len;
    b.set(s.off === 0 && end === s.buf.length ? s.buf : s.buf.subarray(s.off, end), at);
    at += end - s.off;
  }
  const segs = Math.ceil(len / mss);
  skb.gsoSize = mss;
  skb.gsoSegs = segs;
  skb.gsoType = SKB_GSO_TCPV4;
  return tcpSendBuilt(sk, rt, skb, head.seq, flags, len, segs, head);
}

/** tcp_transmit_skb(), first half: an skb with the TCP header and options for `len` payload bytes (data at the TCP header). */
function tcpBuildHeader(sk: TcpSock, seq: number, flags: number, syn: boolean, len: number): SkBuff {
  flags = tcpEcnSend(sk, seq, len, flags);
  const sacks = flags & TCPHDR_SYN ? NO_SACKS : sackBlocks(sk);
  const optLen = optionsSize(sk, syn, sacks);
  const thLen = TCP_HLEN + optLen;
  const skb = ipAllocSkb(sk.net, thLen + len, sk.inetOpt?.optlen ?? 0);
  // tcp_stream_alloc_skb(): a head of MAX_TCP_HEADER; the payload lies in page frags, each byte counted once (skb_len_add()).
  if (len) skb.truesize = TCP_SKB_HEAD_TRUESIZE + len;
  const b = skb.buf;
  const th = skb.data;
  putU16(b, th + Tcph.Source, sk.inetSport);
  putU16(b, th + Tcph.Dest, sk.inetDport);
  putU32(b, th + Tcph.Seq, seq);
  putU32(b, th + Tcph.AckSeq, flags & TCPHDR_ACK ? sk.rcvNxt : 0);
  b[th + Tcph.Doff] = (thLen >> 2) << 4;
  b[th + Tcph.Flags] = flags;
  // __tcp_transmit_skb(): every segment but a SYN offers tcp_select_window(), a socket's active RST too
  // (tcp_send_active_reset(); the window-0 RSTs are tcp_v4_send_reset()'s, without a socket).
  const win = flags & TCPHDR_SYN ? Math.min(sk.rcvWnd, MAX_TCP_WINDOW) : tcpSelectWindow(sk);
  putU16(b, th + Tcph.Window, win);
  writeOptions(sk, b, th + TCP_HLEN, flags, syn, sacks);
  return skb;
}

/**
 * __tcp_v4_send_check(): the checksum is left to the device
 * (CHECKSUM_PARTIAL): the field holds the pseudo-header sum
 * (~tcp_v4_check(skb->len, saddr, daddr, 0)) and csum_start/csum_offset
 * say where the device sums from and writes the result; a path that needs
 * the full sum finishes it with skb_checksum_help().
 */
export function tcpV4SendCheck(skb: SkBuff, th: number, saddr: number, daddr: number): void {
  putU16(skb.buf, th + Tcph.Check, csumTcpUdpNofold(saddr, daddr, skb.len, IPPROTO_TCP, 0));
  skb.ipSummed = CHECKSUM_PARTIAL;
  skb.csumStart = th;
  skb.csumOffset = Tcph.Check;
}

/**
 * tcp_transmit_skb(), second half, and ip_queue_xmit(): the checksum, the
 * IP header (DF as ip_dont_fragment() says; ip_select_ident_segs(): a TSO skb of `pcount` segments takes
 * that many ids), the counters by tcp_skb_pcount(), then out.
 */
function tcpSendBuilt(
  sk: TcpSock, rt: Rtable, skb: SkBuff, seq: number, flags: number, len: number, pcount: number, seg: TcpSeg | null = null,
): Errno | null {
  const th = skb.data;
  tcpV4SendCheck(skb, th, sk.inetSaddr, sk.inetDaddr);
  const synack = (flags & (TCPHDR_SYN | TCPHDR_ACK)) === (TCPHDR_SYN | TCPHDR_ACK);
  // A SYN-ACK goes out from the request socket, with DF even when the listener is IP_PMTUDISC_DONT
  // (recorded on 6.18: ip-ident.t); the connection's own segments follow its pmtudisc.
  const df = ipDontFragment(synack ? IP_PMTUDISC_WANT : sk.pmtudisc, rt);
  // ip_build_and_send_pkt(): a SYN-ACK has id 0 with DF, a random one without; any other segment
  // takes the connected socket's own counter, DF or not (ip_select_ident_segs()).
  const id = synack ? (df ? 0 : sk.net.world.rng.u32() & 0xffff) : 0;
  skb.mark = sk.skMark;
  skb.priority = sk.skPriority;
  // ip_queue_xmit() / ip_build_and_send_pkt(): with a source route the header goes to its first hop,
  // ip_options_build() puts the final destination at the route's end.
  const opt = sk.inetOpt;
  const h = {
    saddr: sk.inetSaddr, daddr: opt?.srr ? opt.faddr : sk.inetDaddr, protocol: IPPROTO_TCP, tos: sk.tos,
    ttl: sk.ucTtl >= 0 ? sk.ucTtl : ipSelectTtl(sk.net, rt), fragOff: df ? IP_DF : 0, id,
    sk: synack ? null : sk, segs: pcount,
  };
  if (opt) ipPushHeaderOpts(sk.net, skb, h, opt, sk.inetDaddr, rt);
  else ipPushHeader(sk.net, skb, h);
  const endSeq = (seq + len + (flags & TCPHDR_SYN ? 1 : 0) + (flags & TCPHDR_FIN ? 1 : 0)) >>> 0;
  if (after(endSeq, sk.sndNxt) || seq === endSeq) sk.net.mib.tcp[TcpStat.OUTSEGS]! += pcount;
  // A passive child's SYN-ACK is the request socket's segment, not the child's (tcp_create_openreq_child()).
  if (!synack) sk.info.segsOut += pcount;
  if (len) {
    // tcp_transmit_skb(): bytes_sent counts retransmissions too (RFC 4898 tcpEStatsPerfHCDataOctetsOut).
    sk.info.bytesSent += len;
    sk.info.dataSegsOut += pcount;
    sk.info.lastDataSent = sk.net.sched.now;
    tcpEventDataSent(sk);
  }
  if (flags & TCPHDR_ACK) tcpEventAckSent(sk);
  if (flags & TCPHDR_RST) sk.net.mib.tcp[TcpStat.OUTRSTS]!++;
  if (tcpStrictRouteFails(sk, rt)) {
    kfreeSkbReason(sk.net, skb, 'IP_OUTNOROUTES', 'ip_queue_xmit');
    return 'EHOSTUNREACH';
  }
  skbSetOwnerW(skb, sk);
  // __tcp_transmit_skb(): skb_set_dst_pending_confirm(skb, sk->sk_dst_pending_confirm).
  skb.dstPendingConfirm = sk.skDstPendingConfirm;
  // tcp_transmit_skb() sends a fast clone of the queued skb: busy until freed (skb_fclone_busy()).
  if (seg) {
    skb.fclone = seg;
    seg.fcloneBusy++;
  }
  // ip_queue_xmit()'s error (a local "fragmentation needed": EMSGSIZE) leaves the segment unsent for the caller.
  const err = ipLocalOut(sk.net, skb, rt);
  return err < 0 ? (errnoName(-err) ?? 'EINVAL') : null;
}

/**
 * tcp_event_data_sent(): data sent within the ATO (in jiffies) of the last
 * data received is a reply: the session is interactive
 * (inet_csk_inc_pingpong_cnt(); tcp_pingpong_thresh 1), its ACKs wait to
 * ride on the replies. Before any data came, ato is 0 in Linux: never.
 */
function tcpEventDataSent(sk: TcpSock): void {
  if (!sk.dataSeen) return;
  const since = Math.floor(sk.net.sched.now / NSEC_PER_JIFFY) - Math.floor(sk.lrcvtime / NSEC_PER_JIFFY);
  if (since < Math.round(sk.ato / NSEC_PER_JIFFY)) sk.pingpong = true;
}

/** tcp_event_ack_sent(): the delayed ACK is no longer due; quick-ACK credit is spent. */
function tcpEventAckSent(sk: TcpSock): void {
  sk.ackPending = false;
  sk.ackPushed = 0;
  sk.ackNow = false;
  if (sk.quickAcks > 0) sk.quickAcks--;
  // inet_csk_clear_xmit_timer(sk, ICSK_TIME_DACK): the timer stays armed (TcpSock.delackIdleUntil).
  if (sk.delackTimer && sk.delackTimer.index >= 0) sk.delackIdleUntil = sk.delackTimer.when;
  sk.net.sched.cancel(sk.delackTimer);
  sk.delackTimer = null;
}

/** tcp_send_ack(): a bare ACK of rcv_nxt. */
export function tcpSendAck(sk: TcpSock): void {
  tcpTransmit(sk, sk.sndNxt, TCPHDR_ACK, null);
}


/** tcp_delack_max(): icsk_delack_max (TCP_DELACK_MAX), at most a jiffy under tcp_rto_min(). */
function tcpDelackMax(sk: TcpSock): number {
  return Math.min(TCP_DELACK_MAX, (Math.max(tcpRtoMin(sk), 2) - 1) * NSEC_PER_JIFFY);
}

/**
 * tcp_send_delayed_ack(): ACK within the ATO unless one goes out before;
 * an ATO above TCP_DELACK_MIN is at most HZ/2 (tcp_delack_max() when
 * interactive or pushed) and at most the smoothed RTT (TCP_DELACK_MIN at least).
 */
export function tcpSendDelayedAck(sk: TcpSock): void {
  sk.ackPending = true;
  if (sk.net.sched.pending(sk.delackTimer)) return;
  let ato = sk.ato;
  if (ato > TCP_DELACK_MIN) {
    let maxAto = sk.pingpong || sk.ackPushed & 1 ? tcpDelackMax(sk) : 500e6;
    if (sk.srtt) maxAto = Math.min(maxAto, Math.max(usecsToJiffies(sk.srtt >> 3) * NSEC_PER_JIFFY, TCP_DELACK_MIN));
    ato = Math.min(ato, maxAto);
  }
  sk.delackTimer = modTimer(sk.net.sched, ato, () => {
    sk.delackTimer = null;
    if (!sk.ackPending) return;
    if (sk.skState === TCP_ESTABLISHED || sk.skState === TCP_CLOSE_WAIT || sk.skState === TCP_FIN_WAIT1 || sk.skState >= 5) {
      // tcp_delack_timer_handler(): "Delayed ACK missed": out of ping-pong mode with the ATO deflated, else the ATO doubles (at most the RTO).
      if (sk.pingpong) {
        sk.pingpong = false;
        sk.ato = TCP_ATO_MIN;
      } else sk.ato = Math.min(sk.ato * 2, sk.rto);
      sk.mibNet(LinuxMib.DELAYEDACKS);
      tcpSendAck(sk);
    }
  });
}

/** tcp_send_active_reset(): RST|ACK at snd_nxt; the caller closes. */
export function tcpSendActiveReset(sk: TcpSock): void {
  tcpTransmit(sk, sk.sndNxt, TCPHDR_RST | TCPHDR_ACK, null);
}

/**
 * tcp_current_mss(): the payload per segment (mss_cache already leaves
 * room for the timestamp option), first resized when the MTU of the
 * socket's route (__sk_dst_get(), unchecked: a device's MTU reads through)
 * is no longer the one it was sized for — so a device MTU change needs no
 * ICMP.
 */
export function tcpCurrentMss(sk: TcpSock): number {
  const dst = sk.dstCache;
  if (dst) {
    const mtu = dstMtu(dst);
    if (mtu !== sk.pmtuCookie) return tcpSyncMss(sk, mtu);
  }
  return sk.mssCache;
}

/**
 * tcp_sync_mss(): tcp_mtu_to_mss() of `pmtu` — its payload after the IP
 * and TCP headers, at most the peer's MSS (rx_opt.mss_clamp, not the
 * current mss: it can grow back), at least tcp_min_snd_mss, less the
 * timestamp option, at most half the peer's largest window
 * (tcp_bound_to_half_wnd()) — remembered with the MTU it was sized for.
 * Called again when max_window grows (tcp_ack_update_window()).
 */
export function tcpSyncMss(sk: TcpSock, pmtu: number): number {
  const clamp = sk.rxOpt.mssClamp || TCP_MSS_DEFAULT;
  // __tcp_mtu_to_mss(): the IP options (icsk_ext_hdr_len) come off after the clamp, before tcp_min_snd_mss.
  const mss = tcpBoundToHalfWnd(sk, Math.max(Math.min(pmtu - 40, clamp) - sk.extHdrLen, sk.tcpSysctl.minSndMss) - (sk.tstampOk ? 12 : 0));
  sk.pmtuCookie = pmtu;
  sk.mssCache = mss;
  return mss;
}

/**
 * tcp_bound_to_half_wnd(): a segment (or a TSO skb's size goal) is at most
 * half the largest window the peer offered (all of it when that is no more
 * than TCP_MSS_DEFAULT), "to have at least 2 packets in flight", but not
 * below 68 bytes of IP packet less the TCP header; no bound before a
 * window was seen (max_window 0).
 */
export function tcpBoundToHalfWnd(sk: TcpSock, pktsize: number): number {
  const cutoff = sk.maxWindow > TCP_MSS_DEFAULT ? sk.maxWindow >> 1 : sk.maxWindow;
  if (cutoff && pktsize > cutoff) return Math.max(cutoff, 68 - (TCP_HLEN + (sk.tstampOk ? TCPOLEN_TSTAMP_ALIGNED : 0)));
  return pktsize;
}

/**
 * tcp_sendmsg_locked()'s copy: append to the unsent tail segment up to
 * one MSS, then new segments; the last one is marked PSH; then push. The
 * bytes go into the socket's page (sk_page_frag_refill(),
 * skb_copy_to_page_nocache()), a page at a time; the segments are views of it.
 */
export function tcpQueueData(sk: TcpSock, data: Uint8Array): void {
  // tcp_skb_entail() of a new skb (the queue is empty: nothing waits to be appended to).
  if (!sk.writeQueue.length) tcpSlowStartAfterIdleCheck(sk);
  const mss = tcpCurrentMss(sk);
  tcpRateCheckAppLimited(sk, mss);
  let off = 0;
  const tail = sk.writeQueue[sk.writeQueue.length - 1];
  if (tail && !(tail.flags & TCPHDR_FIN) && tail.len < mss) off = tcpAppendTail(sk, tail, data, Math.min(mss - tail.len, data.length));
  let seq = (sk.writeSeq + off) >>> 0;
  const goal = tcpSendSizeGoal(sk, mss);
  while (off < data.length) {
    const left = data.length - off;
    const page = tcpPageRefill(sk, Math.min(mss, left));
    // Whole segments that fit the page, or the rest when it is the last (partial) one.
    const room = page.buf.length - page.offset;
    const chunk = left <= room ? left : room - (room % mss);
    page.buf.set(chunk === data.length ? data : data.subarray(off, off + chunk), page.offset);
    for (let at = 0; at < chunk; at += mss) {
      const n = Math.min(mss, chunk - at);
      const seg = new TcpSeg(seq, (seq + n) >>> 0, TCPHDR_ACK, page.buf, page.offset + at, n);
      seg.page = page;
      page.refs++;
      sk.writeQueue.push(seg);
      // A new skb (tcp_stream_alloc_skb()) where the unsent tail is full to the size goal: its head counts in sk_wmem_queued.
      if (((seq - sk.sndNxt) >>> 0) % goal === 0) {
        seg.headTruesize = TCP_SKB_HEAD_TRUESIZE;
        sk.wmemQueued += TCP_SKB_HEAD_TRUESIZE;
      }
      const unsent = (seq + n - sk.sndNxt) >>> 0;
      seq = (seq + n) >>> 0;
      // "else if (skb == tcp_send_head(sk)) tcp_push_one()": the send head just filled to the size goal goes at once, before the rest is copied.
      if (off + at + n < data.length && unsent >= goal && unsent - n < goal) tcpWriteXmit(sk, true);
    }
    page.offset += chunk;
    off += chunk;
  }
  sk.writeSeq = (sk.writeSeq + data.length) >>> 0;
  sk.wmemQueued += data.length;
  const last = sk.writeQueue[sk.writeQueue.length - 1];
  if (last) last.flags |= TCPHDR_PSH;
  tcpPush(sk);
}

/**
 * tcp_sendmsg_locked()'s memory test: the unsent tail skb takes data up
 * to the size goal whatever the send buffer holds (tcp_wmem_schedule()
 * charges the protocol's memory, not sk_sndbuf); a new skb is begun only
 * while sk_wmem_queued is below sk_sndbuf (sk_stream_memory_free()), and
 * then filled to the goal. The bytes of `len` one send may copy now.
 */
export function tcpSendRoom(sk: TcpSock, len: number): number {
  const goal = tcpSendSizeGoal(sk, tcpCurrentMss(sk));
  const unsent = (sk.writeSeq - sk.sndNxt) >>> 0;
  let n = Math.min(unsent % goal ? goal - (unsent % goal) : 0, len);
  let heads = 0;
  while (n < len && sk.wmemQueued + heads + n < sk.skSndbuf) {
    n += Math.min(goal, len - n);
    heads += TCP_SKB_HEAD_TRUESIZE;
  }
  return n;
}

/**
 * tcp_send_mss() -> tcp_xmit_size_goal(): the bytes sendmsg puts in one
 * skb, a whole number of MSS (gso_segs) in the TSO size bounded by half
 * the peer's largest window; one MSS without a route.
 */
function tcpSendSizeGoal(sk: TcpSock, mss: number): number {
  const rt = tcpRoute(sk);
  return typeof rt === 'string' ? mss : tcpSizeGoalSegs(sk, rt, mss) * mss;
}

/**
 * tcp_slow_start_after_idle_check(): nothing in flight and no data sent
 * for more than an RTO (in jiffies, from lsndtime) restarts the window,
 * tcp_cwnd_restart() (RFC 2861): ssthresh keeps 3/4 of it
 * (tcp_current_ssthresh()), cwnd halves once per RTO of the idle time
 * after the first, not below the initial window (nor above what it was).
 */
function tcpSlowStartAfterIdleCheck(sk: TcpSock): void {
  if (!sk.tcpSysctl.slowStartAfterIdle || sk.rtxQueue.length) return;
  let delta = Math.floor(sk.net.sched.now / NSEC_PER_JIFFY) - Math.floor(sk.info.lastDataSent / NSEC_PER_JIFFY);
  const rto = Math.ceil(sk.rto / NSEC_PER_JIFFY);
  if (delta <= rto) return;
  const restart = Math.min(tcpInitCwnd(sk), sk.sndCwnd);
  sk.sndSsthresh = tcpCurrentSsthresh(sk);
  let cwnd = sk.sndCwnd;
  while ((delta -= rto) > 0 && cwnd > restart) cwnd >>= 1;
  sk.sndCwnd = Math.max(cwnd, restart);
}

/**
 * tcp_rate_check_app_limited(): less than an MSS unsent, cwnd not full,
 * nothing lost: the sender is the bottleneck until what is in flight now
 * is delivered.
 */
function tcpRateCheckAppLimited(sk: TcpSock, mss: number): void {
  const inFlight = tcpPacketsInFlight(sk);
  if (((sk.writeSeq - sk.sndNxt) >>> 0) >= mss || inFlight >= sk.sndCwnd) return;
  if (sk.lostOut) return;
  sk.info.appLimited = sk.info.delivered + inFlight || 1;
}

export function newSeg(seq: number, endSeq: number, flags: number, data: Uint8Array): TcpSeg {
  return new TcpSeg(seq, endSeq, flags, data, 0, data.length);
}

/**
 * The tail's coalescing (skb_can_coalesce()): `n` more bytes go right
 * after its data when that ends where the page is filled to and the page
 * has room; otherwise the tail gets data of its own. Returns `n`.
 */
function tcpAppendTail(sk: TcpSock, tail: TcpSeg, data: Uint8Array, n: number): number {
  const page = tail.page;
  const end = tail.off + tail.len;
  if (page && page === sk.pageFrag && end === page.offset && end + n <= page.buf.length) {
    page.buf.set(data.subarray(0, n), end);
    page.offset += n;
  } else {
    const merged = new Uint8Array(tail.len + n);
    merged.set(tail.data);
    merged.set(data.subarray(0, n), tail.len);
    tcpSegFree(sk, tail);
    tail.buf = merged;
    tail.off = 0;
  }
  tail.len += n;
  tail.endSeq = (tail.endSeq + n) >>> 0;
  return n;
}

/** sk_page_frag_refill(): the socket's page, or a fresh one when fewer than `need` bytes are left in it. */
function tcpPageRefill(sk: TcpSock, need: number): PageFrag {
  const p = sk.pageFrag;
  if (p && p.offset + need <= p.buf.length) return p;
  // "if (page_ref_count(pfrag->page) == 1) { pfrag->offset = 0; return true; }": nobody else holds it.
  if (p && p.refs === 0 && need <= p.buf.length) {
    p.offset = 0;
    return p;
  }
  if (p && p.refs === 0) sk.net.ipv4.tcpPages.put(p);
  const fresh = sk.net.ipv4.tcpPages.get(need);
  sk.pageFrag = fresh;
  return fresh;
}

/**
 * put_page(sk->sk_frag.page): the socket copies no more data (its FIN is
 * queued, or it is done); the page goes to the pool once its segments
 * are acknowledged. Linux drops it when the sock is destructed, which a
 * TIME_WAIT socket already was (tuxnet keeps the whole socket there).
 */
export function tcpPageFragPut(sk: TcpSock): void {
  const p = sk.pageFrag;
  if (!p) return;
  sk.pageFrag = null;
  if (p.refs === 0) sk.net.ipv4.tcpPages.put(p);
}

/** tcp_write_queue_purge() / tcp_rtx_queue_purge(): the queues emptied, their pages' references dropped. */
export function tcpQueuesPurge(sk: TcpSock): void {
  for (const s of sk.rtxQueue) tcpSegFree(sk, s);
  for (const s of sk.writeQueue) tcpSegFree(sk, s);
  sk.rtxQueue.length = 0;
  sk.sackedOut = 0;
  sk.lostOut = 0;
  sk.writeQueue.length = 0;
  sk.wmemQueued = 0;
  tcpPageFragPut(sk);
}

/** The segment's data is no longer needed (acknowledged): its page reference goes (put_page()), the page to the pool with the last. */
export function tcpSegFree(sk: TcpSock, seg: TcpSeg): void {
  const p = seg.page;
  if (!p) return;
  seg.page = null;
  if (--p.refs === 0 && p !== sk.pageFrag) sk.net.ipv4.tcpPages.put(p);
}

/**
 * tcp_packets_in_flight(): sent, not SACKed and not marked lost; without
 * SACK each duplicate ACK stands for a segment that left the network
 * (tcp_left_out() with the NewReno sacked_out count).
 */
export function tcpPacketsInFlight(sk: TcpSock): number {
  const n = sk.rtxQueue.length - sk.sackedOut - sk.lostOut;
  return sk.sackOk || !sk.dupAcks ? n : Math.max(0, n - sk.dupAcks);
}

/** tcp_nagle_test(): a partial segment waits while a small one is unacknowledged (Minshall), or while corked. */
function nagleAllows(sk: TcpSock, seg: TcpSeg, mss: number): boolean {
  return seg.flags & TCPHDR_FIN || seg.len >= mss ? true : tcpNagleAllowsPartial(sk);
}

/**
 * tcp_write_xmit(): send the write queue's head while the congestion
 * window, the peer's window and Nagle allow; each sent segment moves to
 * the retransmit queue with the timer armed; `pushOne` (tcp_push_one())
 * sends one skb at most.
 */
export function tcpWriteXmit(sk: TcpSock, pushOne = false): void {
  const st = sk.skState;
  if (st === TCP_SYN_SENT || st === TCP_SYN_RECV) return;
  // tcp_add_write_queue_tail() starts the busy chronograph for data queued (always pushed at once here).
  if (sk.writeQueue.length) tcpChronoStart(sk, TCP_CHRONO_BUSY);
  const mss = tcpCurrentMss(sk);
  tcpXmitRetransmitQueue(sk);
  let inFlight = tcpPacketsInFlight(sk);
  let sent = 0;
  let rwndLimited = false;
  const q = sk.writeQueue;
  // Queued before the path MTU dropped: tcp_init_tso_segs() counts the skbs in segments of the current MSS.
  if (q[0] && q[0].len > mss) tcpSegsToMss(sk, q, 0, q.length, mss);
  // Queued at a smaller MSS (the peer's window grew since): tcp_grow_skb() fills the head from the next skb, cut at the current MSS.
  else tcpGrowHead(sk, q, mss);
  for (let seg = q[0]; seg; seg = q[0]) {
    if (inFlight >= sk.sndCwnd) break;
    if (after(seg.endSeq, (sk.sndUna + sk.sndWnd) >>> 0) && seg.len) {
      // tcp_snd_wnd_test() failed
      rwndLimited = true;
      if (sk.rtxQueue.length === 0) tcpResetXmitTimer(sk, 'probe');
      break;
    }
    if (!nagleAllows(sk, seg, mss)) break;
    // tcp_transmit_skb() failed in ip_queue_xmit() (no route): as for any send error below, the
    // probe timer tries again when nothing is in flight (tcp_check_probe_timer()).
    const rt = tcpXmitRoute(sk);
    if (typeof rt === 'string') {
      if (sk.rtxQueue.length === 0 && !sk.net.sched.pending(sk.rtxTimer)) tcpResetXmitTimer(sk, 'probe');
      break;
    }
    // tcp_cwnd_test(): at most half the window per skb, "to have at least 2 GSO packets in flight".
    const quota = Math.min(Math.max(sk.sndCwnd >> 1, 1), sk.sndCwnd - inFlight);
    const n = tcpTsoCount(sk, q, mss, Math.min(quota, tcpTsoSegs(sk, rt, mss)), tcpGsoMaxSize(rt));
    const now = sk.net.sched.now;
    // One segment larger than the MSS (queued before the path MTU dropped) is a GSO skb too.
    // tcp_transmit_skb() failed: the skb stays at the head of the write queue, not sent (snd_nxt unmoved).
    const err = n > 1 || seg.len > mss ? tcpTransmitTso(sk, rt, q, n, q[n - 1]!.flags | TCPHDR_ACK | TCPHDR_PSH, mss) : tcpTransmit(sk, seg.seq, seg.flags | TCPHDR_ACK, seg.data, NO_SYN, seg);
    if (err) {
      // tcp_check_probe_timer(): nothing in flight to bring an RTO, so the probe timer tries again.
      if (sk.rtxQueue.length === 0 && !sk.net.sched.pending(sk.rtxTimer)) tcpResetXmitTimer(sk, 'probe');
      break;
    }
    const prior = sk.rtxQueue.length;
    for (let i = 0; i < n; i++) {
      const s = q.shift()!;
      s.pcount = i === 0 ? n : 0;
      s.when = now;
      if (s.len < mss) sk.sndSml = s.endSeq;
      sk.sndNxt = s.endSeq;
      sk.rtxQueue.push(s);
    }
    inFlight += n;
    sent += n;
    // tcp_event_new_data_sent(): NET_ADD_STATS(TCPOrigDataSent, tcp_skb_pcount(skb)).
    netAddStats(sk.net, LinuxMib.TCPORIGDATASENT, n);
    // tcp_event_new_data_sent(): the RTO for the first in flight, or from the head's send time in place of a probe.
    if (!prior || sk.rack.pending === 'tlp' || !sk.net.sched.pending(sk.rtxTimer)) tcpRearmRto(sk);
    // tcp_push_one(): the one skb just filled, nothing after it.
    if (pushOne) break;
  }
  if (rwndLimited) tcpChronoStart(sk, TCP_CHRONO_RWND_LIMITED);
  else tcpChronoStop(sk, TCP_CHRONO_RWND_LIMITED);
  // tcp_cwnd_validate() and one loss probe per tail-loss episode (tcp_schedule_loss_probe()).
  const cwndLimited = inFlight >= sk.sndCwnd;
  if (sent || cwndLimited) tcpCwndValidate(sk, cwndLimited);
  if (sent) tcpScheduleLossProbe(sk, false);
}

/**
 * tcp_grow_skb() over tuxnet's per-MSS queue: head segments shorter than
 * the current MSS but followed by more (queued when the MSS, bounded by
 * half the peer's window, was smaller) are cut again at the current MSS,
 * so the head skb carries whole segments of it.
 */
function tcpGrowHead(sk: TcpSock, q: TcpSeg[], mss: number): void {
  let k = 0;
  while (k < q.length - 1 && q[k]!.len < mss && !(q[k]!.flags & TCPHDR_FIN) && q[k + 1]!.seq === q[k]!.endSeq) k++;
  if (k > 0) tcpSegsToMss(sk, q, 0, k + 1, mss);
}

/** tcp_transmit_skb() of the send head alone (a loss probe's new data) + tcp_event_new_data_sent(). */
function tcpSendNewSeg(sk: TcpSock, seg: TcpSeg, mss: number): boolean {
  sk.writeQueue.shift();
  seg.when = sk.net.sched.now;
  if (tcpTransmit(sk, seg.seq, seg.flags | TCPHDR_ACK, seg.data, NO_SYN, seg)) {
    sk.writeQueue.unshift(seg);
    return false;
  }
  const prior = sk.rtxQueue.length;
  if (seg.len < mss) sk.sndSml = seg.endSeq;
  sk.sndNxt = seg.endSeq;
  sk.rtxQueue.push(seg);
  if (!prior || sk.rack.pending === 'tlp' || !sk.net.sched.pending(sk.rtxTimer)) tcpRearmRto(sk);
  sk.mibNet(LinuxMib.TCPORIGDATASENT);
  return true;
}

/** tcp_write_xmit(push_one = 2) for a loss probe: one new segment past cwnd and Nagle if the peer's window takes it. */
export function tcpWriteXmitProbe(sk: TcpSock): boolean {
  const seg = sk.writeQueue[0];
  if (!seg || (after(seg.endSeq, (sk.sndUna + sk.sndWnd) >>> 0) && seg.len)) return false;
  return tcpSendNewSeg(sk, seg, tcpCurrentMss(sk));
}

/**
 * tcp_mss_split_point() over tuxnet's per-MSS write queue: how many
 * segments from the head go in one skb — at most `max` and `maxBytes`, contiguous, all
 * but the last full (of the MSS they were queued with, at least the current), inside the peer's window, no SYN/FIN before the
 * last, the last partial one only if Nagle lets it go.
 */
function tcpTsoCount(sk: TcpSock, q: TcpSeg[], mss: number, max: number, maxBytes: number): number {
  const wndEnd = (sk.sndUna + sk.sndWnd) >>> 0;
  let n = 1;
  for (let bytes = q[0]!.len; n < max; n++) {
    const prev = q[n - 1]!;
    const next = q[n];
    if (!next || prev.len < mss || prev.flags & (TCPHDR_FIN | TCPHDR_SYN) || next.flags & TCPHDR_SYN) break;
    if (next.seq !== prev.endSeq || next.len === 0) break;
    if (after(next.endSeq, wndEnd)) {
      // The window ends inside it: the skb runs to the window's edge with a partial last segment, unless Nagle holds that back.
      const part = (wndEnd - next.seq) | 0;
      if (part > 0 && bytes + part <= maxBytes && tcpNagleAllowsPartial(sk)) {
        tcpSegSplit(sk, q, n, part);
        n++;
      }
      break;
    }
    // sk_gso_max_size: the skb's payload stays within one IP packet's 64 KiB.
    if ((bytes += next.len) > maxBytes) break;
    if (next.len < mss && !nagleAllows(sk, next, mss)) break;
  }
  return n;
}

/** !tcp_nagle_check() for a partial last segment: not corked, and no small segment still unacknowledged (Minshall) unless Nagle is off or nothing is in flight. */
function tcpNagleAllowsPartial(sk: TcpSock): boolean {
  if (sk.cork) return false;
  if (sk.nodelay || sk.rtxQueue.length === 0) return true;
  return !(after(sk.sndSml, sk.sndUna) && !after(sk.sndSml, sk.sndNxt));
}

/** tso_fragment(): q[i] becomes its first `len` bytes and the rest after it. */
function tcpSegSplit(sk: TcpSock, q: TcpSeg[], i: number, len: number): void {
  const rest = q[i]!.len - len;
  const k = tcpSegsToMss(sk, q, i, 1, len);
  if (k > 2) tcpSegsToMss(sk, q, i + 1, k - 1, rest);
}

/** sk_setup_caps() / sk_dst_gso_max_size(): sk_gso_max_size, the device's IPv4 limit (TCP is not held to GSO_LEGACY_MAX_SIZE) less MAX_TCP_HEADER + 1. */
function tcpGsoMaxSize(rt: Rtable): number {
  return rt.dev.gsoIpv4MaxSize - (MAX_TCP_HEADER + 1);
}

/** tcp_xmit_size_goal(): tp->gso_segs, the MSS in sk_gso_max_size bounded by half the peer's largest window, at least 1. */
function tcpSizeGoalSegs(sk: TcpSock, rt: Rtable, mss: number): number {
  return Math.max(1, Math.min(Math.floor(tcpBoundToHalfWnd(sk, tcpGsoMaxSize(rt)) / mss), rt.dev.gsoMaxSegs));
}

/**
 * sk_setup_caps() + tcp_xmit_size_goal() + tcp_tso_autosize(): the
 * segments one skb may carry. TCP sockets always have NETIF_F_GSO
 * (software GSO where the device lacks TSO), so every route allows it;
 * sk_gso_max_size is the device's minus MAX_TCP_HEADER + 1, bounded by
 * half the peer's largest window; autosizing allows about 1 ms of the
 * pacing rate, and the whole size below 512 us of minimum RTT.
 */
function tcpTsoSegs(sk: TcpSock, rt: Rtable, mss: number): number {
  const gsoMax = tcpGsoMaxSize(rt);
  // tcp_grow_skb(): the head skb (of the size goal) takes in the next one, no more.
  const goalSegs = 2 * tcpSizeGoalSegs(sk, rt, mss);
  // tcp_tso_autosize(): sk_pacing_rate >> sk_pacing_shift (10), plus gso_max_size >> (min_rtt_us >> tcp_tso_rtt_log (9)).
  // srtt is srtt_us << 3; before a sample sk_pacing_rate is ~0 (no limit).
  let bytes = sk.srtt > 0 ? tcpPacingRate(sk) / 1024 : gsoMax;
  const r = (sk.srtt >> 3) >> 9;
  if (r < 32) bytes += gsoMax >> r;
  const auto = Math.max(Math.floor(Math.min(bytes, gsoMax) / mss), 2);
  return Math.max(1, Math.min(goalSegs, auto));
}

/**
 * tcp_update_pacing_rate(), bytes per second: 200% of cwnd·mss/srtt in
 * slow start (below half ssthresh), 120% after (tcp_pacing_ss_ratio,
 * tcp_pacing_ca_ratio); mss_cache · (USEC_PER_SEC / 100) << 3 · ratio,
 * divided by srtt_us << 3 as the kernel does.
 */
export function tcpPacingRate(sk: TcpSock): number {
  const ratio = sk.sndCwnd < sk.sndSsthresh / 2 ? 200 : 120;
  const rate = sk.mssCache * 80000 * ratio * Math.max(sk.sndCwnd, sk.rtxQueue.length);
  return Math.floor(sk.srtt ? rate / sk.srtt : rate);
}

/** tcp_push_pending_frames() */
export function tcpPush(sk: TcpSock): void {
  if (sk.writeQueue.length) tcpWriteXmit(sk);
}

/**
 * tcp_xmit_retransmit_queue(): resend the segments marked lost, as the
 * window allows (TCPFastRetrans, TCPSlowStartRetrans in the loss state).
 */
export function tcpXmitRetransmitQueue(sk: TcpSock): void {
  // F-RTO step 2.b sends new data first (tcp_xmit_recovery(), REXMIT_NEW).
  if (sk.undo.rexmitNew) return;
  let inFlight = -1;
  const q = sk.rtxQueue;
  for (let i = 0; i < q.length; i++) {
    const seg = q[i]!;
    if (!seg.lost || seg.sacked) continue;
    if (inFlight < 0) inFlight = tcpPacketsInFlight(sk);
    if (inFlight >= sk.sndCwnd) return;
    // The rest of the skb this segment headed, still lost, goes with it (tcp_retransmit_skb() resends skbs, not MSS pieces).
    let run = tcpLostRun(q, i);
    // Queued before the path MTU dropped: cut to the current MSS (tcp_set_skb_tso_segs(), tcp_adjust_pcount()).
    if (tcpRunLongest(q, i, run) > tcpCurrentMss(sk)) run = tcpSegsToMss(sk, q, i, run, tcpCurrentMss(sk));
    // "len = cur_mss * segs" with segs = cwnd - in flight; past it tcp_fragment() makes the rest an skb of its own.
    const n = Math.min(run, sk.sndCwnd - inFlight);
    if (n < run) q[i + n]!.pcount = run - n;
    const ok = tcpRetransmitRange(sk, q, i, n);
    tcpRetransmitAccount(sk, n);
    if (!ok) return;
    // NET_ADD_STATS(mib_idx, tcp_skb_pcount(skb)): per segment resent.
    sk.net.mib.net[sk.caState === TCP_CA_LOSS ? LinuxMib.TCPSLOWSTARTRETRANS : LinuxMib.TCPFASTRETRANS]! += n;
    inFlight += n;
    i += n - 1;
  }
}

/** The lost segments from q[i] that went out in one skb with it: at most its pcount, contiguous, still lost. */
function tcpLostRun(q: readonly TcpSeg[], i: number): number {
  const seg = q[i]!;
  let n = 1;
  while (n < seg.pcount) {
    const next = q[i + n];
    if (!next || !next.lost || next.sacked || next.pcount !== 0 || next.seq !== q[i + n - 1]!.endSeq) break;
    n++;
  }
  return n;
}

/** The longest of the `n` segments from q[i]. */
function tcpRunLongest(q: readonly TcpSeg[], i: number, n: number): number {
  let max = 0;
  for (let j = i; j < i + n; j++) max = Math.max(max, q[j]!.len);
  return max;
}

/**
 * tcp_fragment() + tcp_set_skb_tso_segs() at the current MSS for data
 * queued as segments of a larger one (before the path MTU dropped): the
 * `k` contiguous segments from q[first] become segments of `mss` bytes, so
 * the queue counts the packets that go on the wire as the skb's pcount
 * does (tcp_adjust_pcount(): packets_out and lost_out grow with it). The
 * head's marks carry over; a FIN stays on the last. A new segment is a
 * view of the page its bytes lie adjacent in (one more reference), else a
 * copy of its own. Returns the number of segments now (the head's pcount).
 */
export function tcpSegsToMss(sk: TcpSock, q: TcpSeg[], first: number, k: number, mss: number): number {
  const old = q.slice(first, first + k);
  const head = old[0]!;
  const fin = old[k - 1]!.flags & TCPHDR_FIN;
  const starts: number[] = [];
  let total = 0;
  for (const s of old) {
    starts.push(total);
    total += s.len;
  }
  const out: TcpSeg[] = [];
  let seq = head.seq;
  let j = 0;
  for (let at = 0; at < total; at += mss) {
    const len = Math.min(mss, total - at);
    while (starts[j]! + old[j]!.len <= at) j++;
    let end = j;
    while (starts[end]! + old[end]!.len < at + len) end++;
    const seg = tcpSegPiece(old, j, end, at - starts[j]!, len);
    const last = at + len === total;
    seg.seq = seq;
    seq = (seq + len) >>> 0;
    seg.endSeq = last && fin ? (seq + 1) >>> 0 : seq;
    seg.flags = (old[end]!.flags & ~TCPHDR_FIN) | (last ? fin : 0);
    seg.when = head.when;
    seg.retrans = head.retrans;
    seg.wasLost = head.wasLost;
    seg.pcount = 0;
    out.push(seg);
  }
  out[0]!.pcount = out.length;
  // The skb heads charged to sk_wmem_queued stay charged until the first piece is acknowledged.
  for (const s of old) out[0]!.headTruesize += s.headTruesize;
  const lost = head.lost;
  for (const s of old) {
    tcpSegClearLost(sk, s);
    tcpSegFree(sk, s);
  }
  if (lost) for (const s of out) tcpSegMarkLost(sk, s);
  q.splice(first, k, ...out);
  return out.length;
}

/**
 * `len` bytes from `off` into old[j], running on to old[end]: a view of
 * the page when those segments lie adjacent in it, else a copy.
 */
function tcpSegPiece(old: readonly TcpSeg[], j: number, end: number, off: number, len: number): TcpSeg {
  let adjacent = true;
  for (let i = j; i < end && adjacent; i++) adjacent = old[i + 1]!.buf === old[i]!.buf && old[i + 1]!.off === old[i]!.off + old[i]!.len;
  const s = old[j]!;
  if (adjacent) {
    const seg = new TcpSeg(0, 0, 0, s.buf, s.off + off, len);
    seg.page = s.page;
    if (s.page) s.page.refs++;
    return seg;
  }
  const bytes = new Uint8Array(len);
  let at = 0;
  for (let i = j; i <= end; i++) {
    const o = old[i]!;
    const from = i === j ? off : 0;
    const n = Math.min(o.len - from, len - at);
    bytes.set(o.buf.subarray(o.off + from, o.off + from + n), at);
    at += n;
  }
  return new TcpSeg(0, 0, 0, bytes, 0, len);
}

/**
 * skb_still_in_host_queue(): the last transmission of the segment is not
 * freed yet (waiting on an unresolved neighbour, in a qdisc): sending it
 * again would only queue a copy. __tcp_retransmit_skb() gives up with
 * -EBUSY and counts TCPSpuriousRtxHostQueues; the timer still backs off.
 */
function skbStillInHostQueue(sk: TcpSock, seg: TcpSeg): boolean {
  if (!seg.fcloneBusy) return false;
  sk.mibNet(LinuxMib.TCPSPURIOUS_RTX_HOSTQUEUES);
  return true;
}

/** __tcp_retransmit_skb(): the segment again, with the current ACK and window; false when it could not go. */
export function tcpRetransmitSeg(sk: TcpSock, seg: TcpSeg): boolean {
  if (sk.skState === TCP_SYN_RECV && sk.parent) return tcpRtxSynack(sk, seg);
  if (skbStillInHostQueue(sk, seg)) return false;
  if (seg.len > tcpCurrentMss(sk)) return tcpRetransmitRange(sk, [seg], 0, 1);
  const syn = (seg.flags & TCPHDR_SYN) !== 0;
  if (syn && sk.skState === TCP_SYN_SENT) seg.flags = tcpEcnClearSyn(sk, seg.flags);
  const flags = syn && sk.skState === TCP_SYN_SENT ? seg.flags : seg.flags | TCPHDR_ACK;
  seg.when = sk.net.sched.now;
  seg.retrans = true;
  seg.wasLost = seg.lost;
  tcpSegClearLost(sk, seg);
  tcpRetransStats(sk, 1, seg.len, syn);
  if (!tcpTransmit(sk, seg.seq, flags, seg.data, syn ? SYN : NO_SYN, seg)) return true;
  sk.mibNet(LinuxMib.TCPRETRANSFAIL);
  return false;
}

/**
 * __tcp_retransmit_skb(): the statistics of a retransmission go up before
 * it is sent (RetransSegs, TCPSynRetrans, total_retrans, bytes_retrans);
 * one the send then fails (no route, a netfilter drop: not -EBUSY) also
 * counts TCPRetransFail, by the caller.
 */
function tcpRetransStats(sk: TcpSock, segs: number, bytes: number, syn: boolean): void {
  sk.net.mib.tcp[TcpStat.RETRANSSEGS]! += segs;
  if (syn) sk.mibNet(LinuxMib.TCPSYNRETRANS);
  sk.info.totalRetrans += segs;
  sk.info.bytesRetrans += bytes;
}

/**
 * tcp_rtx_synack(): a request socket's SYN-ACK again. RetransSegs,
 * TCPSynRetrans and the child's total_retrans (req->num_retrans) count
 * only a SYN-ACK that left: one a LOCAL_OUT rule dropped is an error the
 * caller sees (reqsk_timer_handler() then drops the request).
 */
function tcpRtxSynack(req: TcpSock, seg: TcpSeg): boolean {
  const rt = tcpRoute(req);
  if (typeof rt === 'string') return false;
  seg.when = req.net.sched.now;
  seg.retrans = true;
  const flags = tcpEcnMakeSynack(req, TCPHDR_SYN | TCPHDR_ACK);
  if (tcpSendBuilt(req, rt, tcpBuildHeader(req, seg.seq, flags, true, 0), seg.seq, flags, 0, 1)) return false;
  req.net.mib.tcp[TcpStat.RETRANSSEGS]!++;
  req.info.totalRetrans++;
  req.mibNet(LinuxMib.TCPSYNRETRANS);
  return true;
}

/**
 * __tcp_retransmit_skb() for data of more than one current MSS (several
 * segments of one skb, or one sent before the path MTU dropped,
 * tcp_set_skb_tso_segs() with cur_mss): one GSO skb of the current MSS.
 */
function tcpRetransmitRange(sk: TcpSock, q: readonly TcpSeg[], first: number, n: number): boolean {
  const head = q[first]!;
  if (n === 1 && head.len <= tcpCurrentMss(sk)) return tcpRetransmitSeg(sk, head);
  if (skbStillInHostQueue(sk, head)) return false;
  const mss = tcpCurrentMss(sk);
  const segs = q.slice(first, first + n);
  const now = sk.net.sched.now;
  let bytes = 0;
  for (const s of segs) {
    s.when = now;
    s.retrans = true;
    s.wasLost = s.lost;
    tcpSegClearLost(sk, s);
    bytes += s.len;
  }
  const pcount = Math.ceil(bytes / mss);
  tcpRetransStats(sk, pcount, bytes, false);
  const rt = tcpXmitRoute(sk);
  if (typeof rt !== 'string' && !tcpTransmitTso(sk, rt, segs, n, segs[n - 1]!.flags | TCPHDR_ACK | TCPHDR_PSH, mss)) return true;
  sk.net.mib.net[LinuxMib.TCPRETRANSFAIL]! += pcount;
  return false;
}

/** tcp_send_fin(): FIN on the unsent tail, or a FIN segment of its own; sent past Nagle. */
export function tcpSendFin(sk: TcpSock): void {
  const tail = sk.writeQueue[sk.writeQueue.length - 1];
  if (tail) {
    tail.flags |= TCPHDR_FIN;
    tail.endSeq = (tail.endSeq + 1) >>> 0;
  } else sk.writeQueue.push(newSeg(sk.writeSeq, (sk.writeSeq + 1) >>> 0, TCPHDR_FIN | TCPHDR_ACK, new Uint8Array(0)));
  sk.writeSeq = (sk.writeSeq + 1) >>> 0;
  tcpPageFragPut(sk);
  tcpWriteXmit(sk);
}

/** tcp_close_state(): where our FIN takes the connection; true when a FIN is due. */
export function tcpCloseState(sk: TcpSock): boolean {
  switch (sk.skState) {
    case TCP_ESTABLISHED: sk.setState(TCP_FIN_WAIT1); return true;
    case TCP_SYN_RECV: sk.setState(TCP_FIN_WAIT1); return true;
    case TCP_CLOSE_WAIT: sk.setState(TCP_LAST_ACK); return true;
    default: return false;
  }
}

/** tcp_shutdown(): SEND_SHUTDOWN in a state that may send sends our FIN. */
export function tcpShutdownSend(sk: TcpSock): void {
  if (!(sk.skShutdown & SEND_SHUTDOWN)) return;
  if (tcpCloseState(sk)) tcpSendFin(sk);
}

/** tcp_connect(): the SYN with our options (ECN asked for: tcp_ecn_send_syn()); ActiveOpens; the retransmit timer at 1 s. */
export function tcpConnectSend(sk: TcpSock): Errno | null {
  sk.sndUna = sk.iss;
  sk.sndNxt = sk.iss;
  sk.writeSeq = (sk.iss + 1) >>> 0;
  const rt = tcpRoute(sk);
  if (typeof rt === 'string') return rt;
  const seg = newSeg(sk.iss, (sk.iss + 1) >>> 0, TCPHDR_SYN | tcpEcnSendSyn(sk, rt), new Uint8Array(0));
  seg.when = sk.net.sched.now;
  // tcp_connect(): only ECONNREFUSED stops the connect; another send error leaves the SYN to its timer.
  const err = tcpTransmit(sk, sk.iss, seg.flags, null, SYN, seg);
  if (err === 'ECONNREFUSED') return err;
  sk.sndNxt = seg.endSeq;
  sk.rtxQueue.push(seg);
  sk.net.mib.tcp[TcpStat.ACTIVEOPENS]!++;
  tcpResetXmitTimer(sk, 'rto');
  return null;
}

/** tcp_make_synack() as sent by the request socket (a SYN_RECV child here); ECE if it agreed to ECN (tcp_ecn_make_synack()). */
export function tcpSendSynack(sk: TcpSock): void {
  tcpTransmit(sk, sk.iss, tcpEcnMakeSynack(sk, TCPHDR_SYN | TCPHDR_ACK), null, { syn: true });
}

/**
 * tcp_cleanup_rbuf(): after the reader took data, a delayed ACK already
 * owed for more than a segment, or for a short segment the read drained,
 * goes now; else, while the window offered
 * is at most half the clamp, one that the read at least doubled
 * (__tcp_select_window() >= 2 * rcv_window_now) is announced at once.
 */
export function tcpCleanupRbuf(sk: TcpSock, copied: number): void {
  const st = sk.skState;
  if (st !== TCP_ESTABLISHED && st !== TCP_FIN_WAIT1 && st !== 5) return;
  // "Once-per-two-segments ACK was not sent by tcp_input.c", or this read emptied the queue after a short (pushed) segment.
  let timeToAck = sk.ackPending && (((sk.rcvNxt - sk.rcvWup) >>> 0) > sk.rcvMss ||
    (copied > 0 && (sk.ackPushed & 2 || (sk.ackPushed & 1 && !sk.pingpong)) && sk.skRmemAlloc === 0));
  if (copied > 0 && !timeToAck && !(sk.skShutdown & RCV_SHUTDOWN)) {
    const now = Math.max(0, (sk.rcvWup + sk.rcvWnd - sk.rcvNxt) | 0);
    if (2 * now <= sk.rcvq.windowClamp) {
      const win = tcpSelectWindowSpace(sk);
      if (win && win >= 2 * now) timeToAck = true;
    }
  }
  if (timeToAck) tcpSendAck(sk);
}

/** tcp_init_cwnd(): the route's initcwnd metric (RTAX_INITCWND), else TCP_INIT_CWND; at most snd_cwnd_clamp. */
function tcpInitCwnd(sk: TcpSock): number {
  return Math.min(sk.dstCache?.metrics?.[RTAX_INITCWND] || TCP_INIT_CWND, sk.sndCwndClamp);
}

/**
 * tcp_init_transfer(): the initial window (the route's initcwnd, else 10
 * segments; 1 after more than one retransmission of the handshake),
 * keepalive if asked; data may flow.
 */
export function tcpEstablishedHooks(sk: TcpSock): void {
  tcpInitMetrics(sk);
  sk.sndCwnd = sk.info.totalRetrans > 1 ? 1 : tcpInitCwnd(sk);
  sk.sndCwndCnt = 0;
  tcpInitBufferSpace(sk);
  // lsndtime, icsk_ack.lrcvtime and rcv_tstamp start with the connection (tcp_finish_connect(), tcp_create_openreq_child()).
  const now = sk.net.sched.now;
  const i = sk.info;
  i.lastDataSent ||= now;
  i.lastDataRecv ||= now;
  i.lastAckRecv ||= now;
  tcpStartKeepalive(sk);
  sk.wasConnected = true;
}
