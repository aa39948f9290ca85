/**
 * TCP over IPv4: tcp_v4_rcv() (header and checksum checks, InSegs, the
 * socket lookup: established, then listener, else a reset),
 * tcp_v4_conn_request() (a SYN_RECV child per SYN, SYN-ACK), the TIME_WAIT
 * socket's answers, tcp_v4_send_reset() as the kernel builds it,
 * tcp_v4_connect() (route, source, ephemeral port by __inet_hash_connect,
 * ISN, SYN), and ICMP errors (tcp_v4_err).
 * @linux net/ipv4/tcp_ipv4.c, net/ipv4/tcp_minisocks.c tcp_timewait_state_process()
 */
import { TCP_ECN_OK, tcpEcnCookieOk, tcpEcnCreateRequest } from './tcp_ecn.js';
import { tcpMetricsNlInit } from './tcp_metrics_nl.js';
import { inetCtlSock } from './inet_ctl_sock.js';
import { skbSetOwnerW } from '../core/sock.js';
import { tcpV4MtuReduced } from './tcp_mtu.js';
import type { Net, NetWorld } from '../core/net_namespace.js';
import type { IpOptions, SkBuff } from '../core/skbuff.js';
import type { Errno } from '../core/errno.js';
import { CHECKSUM_PARTIAL, PACKET_HOST } from '../core/skbuff.js';
import { IcmpStat, IpStat, LinuxMib, TcpStat, icmpIncStats } from '../core/snmp.js';
import { consumeSkb, kfreeSkbReason } from '../core/drop_reason.js';
import { SOCK_DEAD, SOCK_KEEPOPEN, SOCK_LINGER, SOCK_LOCALROUTE } from '../core/sock.js';
import { trace } from '../core/trace.js';
import { AF_INET } from '../../uapi/linux/socket.js';
import { IPPROTO_TCP, type SockaddrIn } from '../../uapi/linux/in.js';
import {
  TCPHDR_ACK, TCPHDR_FIN, TCPHDR_RST, TCPHDR_SYN, TCP_HLEN, Tcph, after, before, between, newTcpOptionsReceived, tcpCsum, tcpHdrCheck,
  tcpHdrLen, tcpParseOptions,
} from '../../wire/tcp.js';
import { INET_ECN_MASK, Iph, iphHdrLen, ipv4IsMulticast } from '../../wire/ipv4.js';
import { newIpOptions } from './ip_options.js';
import { ipOptionsEcho, ipPushHeaderOpts } from './ip_options_build.js';
import { getU16, getU32, putU16, putU32 } from '../../wire/bytes.js';
import { ETH_P_IP } from '../../wire/ethernet.js';
import { skbGsoSegment } from './tcp_offload.js';
import {
  ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, ICMP_HOST_UNREACH, ICMP_NET_UNREACH, ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_SOURCE_QUENCH, ICMP_TIME_EXCEEDED, NR_ICMP_UNREACH,
} from '../../wire/icmp.js';
import { inetAddProtocol } from './protocol.js';
import { RTCF_BROADCAST, RTCF_MULTICAST, ipRouteConnect, ipRouteOutputKey, skbRtable, type Rtable } from './route.js';
import { newFlowi4 } from './fib_rules.js';
import { RTN_LOCAL, RT_SCOPE_LINK, RT_SCOPE_UNIVERSE } from './fib_types.js';
import { RTAX_INITRWND, RTAX_WINDOW } from '../../uapi/linux/rtmsg.js';
import { tcpCaDstInit, tcpCaOpenreqChild } from './tcp_metrics.js';
import { tcpFullSpace } from './tcp_rcvspace.js';
import { dstMtu, ipSelectTtl } from './icmp_send.js';
import { IP_DF, ipAllocSkb, ipPushHeader, ipSendSkb } from './ip_output.js';
import { newHashConnectState, tcpConnectPort } from './inet_hashtables.js';
import { ICMP_ERR_CONVERT } from './raw.js';
import { ipIcmpError } from './ip_sockglue.js';
import {
  TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN, TCP_MSS_DEFAULT, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIMEWAIT_LEN, TCP_TIME_WAIT, TcpSock,
} from './tcp.js';
import { newSeg, tcpAdvmss, tcpConnectSend, tcpDstCheck, tcpRoute, tcpSendAck, tcpSendSynack, tcpStrictRouteFails, tcpSyncMss } from './tcp_output.js';
import {
  TS_OPT_ECN, cookieInitTimestamp, cookieTimestampDecode, cookieV4CheckMss, cookieV4InitSequence, tcpSynqNoRecentOverflow,
} from './syncookies.js';
import { tcpInitializeRcvMss, tcpRcvStateProcess, type TcpCb } from './tcp_input.js';
import { reqskDrop, tcpDone, tcpResetXmitTimer, tcpTimeWait } from './tcp_timer.js';
import { secureTcpSeq, secureTsOff } from '../core/secure_seq.js';

/** TCP_MAX_WSCALE */
const TCP_MAX_WSCALE = 14;

/**
 * tcp_select_initial_window(): rcv_wnd is the space offered (at most the
 * clamp, rounded down to the MSS, at most 32767 with
 * tcp_workaround_signed_windows, at most the route's initrwnd segments;
 * the SYN's field says at most 65535 of it);
 * the scale fits the largest buffer the socket could grow to (tcp_rmem[2],
 * rmem_max) within the clamp; the clamp is then at most what the scale
 * can say. No clamp (0) is the largest scaled window.
 */
function tcpSelectInitialWindow(sk: TcpSock, fullSpace: number, mss: number, wscaleOk: boolean, initRcvWnd: number): void {
  const s = sk.tcpSysctl;
  const r = sk.rcvq;
  const clamp = r.windowClamp || 65535 * 2 ** TCP_MAX_WSCALE;
  let space = Math.min(clamp, Math.max(0, fullSpace));
  if (space > mss) space -= space % mss;
  sk.rcvWnd = s.workaroundSignedWindows ? Math.min(space, 32767) : space;
  if (initRcvWnd) sk.rcvWnd = Math.min(sk.rcvWnd, initRcvWnd * mss);
  sk.rcvWscale = 0;
  if (wscaleOk) {
    const big = Math.min(Math.max(space, s.rmem[2]!, sk.net.core.rmemMax), clamp);
    sk.rcvWscale = Math.max(0, Math.min(Math.floor(Math.log2(big)) - 15, TCP_MAX_WSCALE));
  }
  r.windowClamp = Math.min(65535 * 2 ** sk.rcvWscale, clamp);
}

/**
 * tcp_connect_init() and tcp_openreq_init_rwin(): the initial window
 * from the full space of the socket (or listener), the clamp its route's
 * window metric unless one was set, no larger than that space when
 * SO_RCVBUF fixed the buffer; rcv_ssthresh starts at rcv_wnd.
 */
function tcpInitRwin(sk: TcpSock, rt: Rtable, mss: number, wscaleOk: boolean): void {
  const r = sk.rcvq;
  const full = tcpFullSpace(sk);
  const metrics = rt.metrics;
  r.windowClamp ||= metrics?.[RTAX_WINDOW] ?? 0;
  if (sk.rcvbufLocked && (r.windowClamp > full || r.windowClamp === 0)) r.windowClamp = full;
  tcpSelectInitialWindow(sk, full, mss, wscaleOk, metrics?.[RTAX_INITRWND] ?? 0);
  r.rcvSsthresh = sk.rcvWnd;
}

/** tcp_v4_connect(): route, source address and port, ISN, then the SYN; EINPROGRESS. */
export function tcpV4Connect(sk: TcpSock, usin: SockaddrIn): Errno {
  if (usin.family !== AF_INET) return 'EAFNOSUPPORT';
  const st = sk.skState;
  if (st === TCP_SYN_SENT) return 'EALREADY';
  if (st !== TCP_CLOSE) return st === TCP_LISTEN ? 'EINVAL' : 'EISCONN';
  let daddr = usin.addr >>> 0;
  const net = sk.net;
  // A source route (IP_OPTIONS) is routed to its first hop; the peer stays the address connected to.
  const opt = sk.inetOpt;
  if (opt?.srr && !daddr) return 'EINVAL';
  const fl4 = newFlowi4({
    daddr: opt?.srr ? opt.faddr : daddr, saddr: sk.inetSaddr, oif: sk.skBoundDevIf, iif: 1, mark: sk.skMark, tos: sk.tos & 0x1e,
    // ip_sock_rt_scope(): SO_DONTROUTE reaches on-link destinations only
    scope: sk.sockFlag(SOCK_LOCALROUTE) ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE, proto: IPPROTO_TCP, sport: sk.inetSport, dport: usin.port,
  });
  const rt = ipRouteConnect(net, fl4);
  if (typeof rt === 'string') {
    if (rt === 'ENETUNREACH') net.mib.ip[IpStat.OUTNOROUTES]!++;
    return rt;
  }
  if (rt.flags & (RTCF_MULTICAST | RTCF_BROADCAST)) return 'ENETUNREACH';
  if (!opt?.srr) daddr = fl4.daddr;
  if (!sk.inetSaddr) sk.inetSaddr = fl4.saddr;
  if (!sk.inetRcvSaddr) sk.inetRcvSaddr = sk.inetSaddr;
  sk.inetDaddr = daddr;
  sk.inetDport = usin.port;
  const h = net.ipv4.tcpHashinfo;
  if (!sk.inetNum) {
    const inet = net.world.inet;
    inet.tcpConnect ??= newHashConnectState(net);
    // A port whose bucket came from bind() is never shared; one from connect() is, with another 4-tuple.
    const port = tcpConnectPort(net, inet.tcpConnect, sk.inetSaddr, daddr, usin.port, (p) =>
      h.bhash.chain(p).every((o) => o.bindByConnect && !(o.inetDaddr === daddr && o.inetDport === usin.port && o.inetRcvSaddr === sk.inetSaddr)));
    if (!port) {
      sk.inetDaddr = sk.inetDport = 0;
      return 'EADDRNOTAVAIL';
    }
    sk.inetNum = sk.inetSport = port;
    h.bhash.add(port, sk);
    sk.bound = true;
    sk.bindByConnect = true;
  } else if (h.lookupEstablished(daddr, usin.port, sk.inetSaddr, sk.inetNum, sk.skBoundDevIf)) return 'EADDRNOTAVAIL';
  sk.dstCache = rt;
  sk.skState = TCP_SYN_SENT;
  h.ehashAdd(sk);
  sk.ehashed = true;
  sk.iss = secureTcpSeq(net, sk.inetSaddr, daddr, sk.inetSport, usin.port);
  sk.tsOffset = secureTsOff(net, sk.inetSaddr, daddr);
  sk.inetId = net.world.rng.u32() & 0xffff;
  sk.advmss = Math.min(tcpAdvmss(rt), sk.userMss || 65535);
  sk.synMss = sk.advmss;
  const s = sk.tcpSysctl;
  sk.tstampOk = s.timestamps !== 0;
  sk.sackOk = s.sack !== 0;
  sk.wscaleOk = s.windowScaling !== 0;
  sk.extHdrLen = opt?.optlen ?? 0;
  // tcp_v4_connect(): mss_clamp is TCP_MSS_DEFAULT (TCP_MAXSEG's if set) until the SYN-ACK tells; tcp_connect_init():
  // max_window 0, tcp_sync_mss() for the route (less the timestamps our header will carry), then
  // tcp_initialize_rcv_mss() while rcv_wnd is still 0 (TCP_MIN_MSS). ss -i shows them in SYN-SENT.
  sk.rxOpt.mssClamp = sk.userMss || TCP_MSS_DEFAULT;
  sk.maxWindow = 0;
  tcpSyncMss(sk, dstMtu(rt));
  sk.rcvMss = 88;
  tcpInitRwin(sk, rt, sk.advmss, sk.wscaleOk);
  tcpCaDstInit(sk, rt);
  sk.connectOwnedAt = net.sched.now;
  const err = tcpConnectSend(sk);
  if (err) {
    tcpDone(sk, false);
    return err;
  }
  return 'EINPROGRESS';
}

/** Fill TCP_SKB_CB(skb) from the header at skb.data (tcp_v4_fill_cb). */
function fillCb(skb: SkBuff, thLen: number, syn: boolean): TcpCb {
  const b = skb.buf;
  const th = skb.data;
  const flags = b[th + Tcph.Flags]!;
  const seq = getU32(b, th + Tcph.Seq);
  const len = skb.len - thLen;
  const opt = newTcpOptionsReceived();
  tcpParseOptions(b, th, syn, opt);
  return {
    seq, endSeq: (seq + len + (flags & TCPHDR_SYN ? 1 : 0) + (flags & TCPHDR_FIN ? 1 : 0)) >>> 0,
    ackSeq: getU32(b, th + Tcph.AckSeq), flags, window: getU16(b, th + Tcph.Window), payload: th + thLen, len, opt, hdrLen: thLen,
  };
}

/**
 * tcp_v4_send_reset(): answer a segment no connection wants. An ACK is
 * answered with RST at its ack number; anything else with RST|ACK at
 * seq 0 acknowledging what it occupied. Never in reply to a RST, nor to a
 * packet not addressed to a local unicast address.
 */
export function tcpV4SendReset(net: Net, skb: SkBuff, cb: TcpCb, sk: TcpSock | null): void {
  if (cb.flags & TCPHDR_RST) return;
  const rtIn = skbRtable(skb);
  if (!sk && (!rtIn || rtIn.type !== RTN_LOCAL)) return;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const saddr = getU32(b, nh + Iph.Daddr);
  const daddr = getU32(b, nh + Iph.Saddr);
  const sport = getU16(b, skb.data + Tcph.Dest);
  const dport = getU16(b, skb.data + Tcph.Source);
  const tos = b[nh + Iph.Tos]!;
  // ip_send_unicast_reply(): __ip_options_echo() of the segment's options (no answer when they leave
  // no room); a source route sends the reset to its first hop.
  const ro = newIpOptions();
  if (!ipOptionsEcho(net, ro, skb, skb.ipOpt)) {
    net.mib.tcp[TcpStat.OUTSEGS]!++;
    net.mib.tcp[TcpStat.OUTRSTS]!++;
    return;
  }
  // ip_send_unicast_reply(): "IP4_REPLY_MARK(net, skb->mark) ?: sk->sk_mark", the socket's mark when the
  // segment's is not reflected or is 0.
  const fl4 = newFlowi4({
    daddr: ro.srr ? ro.faddr : daddr, saddr, oif: sk?.skBoundDevIf ?? 0, iif: 1, mark: (net.ipv4.sysctl.fwmarkReflect ? skb.mark : 0) || (sk?.skMark ?? 0),
    tos: tos & 0x1e, scope: RT_SCOPE_UNIVERSE, proto: IPPROTO_TCP, sport, dport,
  });
  // The counters go up whether or not ip_send_unicast_reply() found a route.
  net.mib.tcp[TcpStat.OUTSEGS]!++;
  net.mib.tcp[TcpStat.OUTRSTS]!++;
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') return;
  const out = ipAllocSkb(net, TCP_HLEN);
  const o = out.data;
  const ob = out.buf;
  putU16(ob, o + Tcph.Source, sport);
  putU16(ob, o + Tcph.Dest, dport);
  let flags = TCPHDR_RST;
  if (cb.flags & TCPHDR_ACK) putU32(ob, o + Tcph.Seq, cb.ackSeq);
  else {
    flags |= TCPHDR_ACK;
    putU32(ob, o + Tcph.AckSeq, (cb.seq + cb.len + (cb.flags & TCPHDR_SYN ? 1 : 0) + (cb.flags & TCPHDR_FIN ? 1 : 0)) >>> 0);
  }
  ob[o + Tcph.Doff] = (TCP_HLEN >> 2) << 4;
  ob[o + Tcph.Flags] = flags;
  putU16(ob, o + Tcph.Check, tcpCsum(ob, o, TCP_HLEN, saddr, daddr));
  out.mark = fl4.mark;
  // "inet_sk(sk)->tos = arg->tos & ~INET_ECN_MASK": the reset does not echo the segment's ECN bits.
  const h = { saddr, daddr, protocol: IPPROTO_TCP, tos: tos & ~INET_ECN_MASK, ttl: ipSelectTtl(net, rt), fragOff: IP_DF };
  if (ro.optlen) ipPushHeaderOpts(net, out, h, ro, daddr, rt);
  else ipPushHeader(net, out, h);
  // ip_send_unicast_reply(): sent from the namespace's TCP control socket;
  // ip_push_pending_frames() -> ip_send_skb(): an OUTPUT drop counts OutDiscards.
  skbSetOwnerW(out, inetCtlSock(net, IPPROTO_TCP));
  ipSendSkb(net, out, rt);
}

/** tcp_listendrop(): a SYN or ACK the listener could not take. */
function tcpListendrop(lsk: TcpSock): void {
  lsk.mibNet(LinuxMib.LISTENDROPS);
}

/**
 * tcp_syn_flood_action(): the SYN queue is full (or syncookies=2): a cookie
 * when tcp_syncookies allows (TCPReqQFullDoCookies), else a drop
 * (TCPReqQFullDrop).
 */
function tcpSynFloodAction(lsk: TcpSock): boolean {
  if (lsk.tcpSysctl.syncookies) {
    lsk.mibNet(LinuxMib.TCPREQQFULLDOCOOKIES);
    return true;
  }
  lsk.mibNet(LinuxMib.TCPREQQFULLDROP);
  return false;
}

/**
 * tcp_v4_conn_request() -> tcp_conn_request(): a SYN to a listener makes
 * a SYN_RECV child (the request socket) hashed by its 4-tuple, which
 * answers with a SYN-ACK. A SYN queue longer than the listen backlog gets
 * a cookie instead (tcp_syncookies 1; always with 2; a drop with 0, where
 * also a queue 3/4 of tcp_max_syn_backlog long drops); a full accept queue
 * drops the SYN (ListenOverflows). Every drop counts in ListenDrops.
 */
function tcpV4ConnRequest(lsk: TcpSock, skb: SkBuff, cb: TcpCb): void {
  const s = lsk.tcpSysctl;
  let wantCookie = false;
  if (s.syncookies === 2 || lsk.synQueueLen > lsk.maxAckBacklog) {
    wantCookie = tcpSynFloodAction(lsk);
    if (!wantCookie) return tcpListendrop(lsk);
  }
  if (lsk.acceptQueue.length > lsk.maxAckBacklog) {
    lsk.mibNet(LinuxMib.LISTENOVERFLOWS);
    return tcpListendrop(lsk);
  }
  // Linux: tcp_peer_is_proven() (a TCP metrics entry with an RTT) would let the SYN in; tuxnet keeps no metrics.
  if (!wantCookie && !s.syncookies && s.maxSynBacklog - lsk.synQueueLen < s.maxSynBacklog >> 2) return tcpListendrop(lsk);
  // tcp_clear_options(): a cookie without timestamps cannot carry SACK or window scaling, so the SYN-ACK offers neither.
  const bare = wantCookie && !cb.opt.sawTstamp;
  const child = tcpOpenreqChild(lsk, skb, bare ? { ...cb, opt: { ...cb.opt, sackOk: false, wscaleOk: false, sndWscale: 0 } } : cb);
  if (!child) return tcpListendrop(lsk);
  tcpEcnCreateRequest(child, cb.flags, skb.buf[skb.networkHeader + Iph.Tos]!, skb.buf[skb.data + Tcph.Doff]! & 0x0f, child.dstCache);
  // A cookie without timestamps has nowhere to keep the agreement: no ECN (tcp_conn_request()).
  if (wantCookie && !child.tstampOk) child.ecnFlags = 0;
  child.iss = secureTcpSeq(lsk.net, child.inetSaddr, child.inetDaddr, child.inetSport, child.inetDport);
  if (wantCookie) return tcpSendCookieSynack(lsk, child, cb);
  tcpReqskQueueAdd(lsk, child);
  tcpSendSynack(child);
  child.sndNxt = (child.iss + 1) >>> 0;
  tcpResetXmitTimer(child, 'rto');
}

/**
 * tcp_openreq_init() + tcp_create_openreq_child(): the SYN_RECV child of
 * the listener for this segment's 4-tuple with the options of `cb` (the
 * SYN's, or those a cookie decoded); null without a route to the peer.
 * The caller sets the ISN.
 */
function tcpOpenreqChild(lsk: TcpSock, skb: SkBuff, cb: TcpCb): TcpSock | null {
  const net = lsk.net;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const child = new TcpSock(net);
  child.inetRcvSaddr = child.inetSaddr = getU32(b, nh + Iph.Daddr);
  child.inetDaddr = getU32(b, nh + Iph.Saddr);
  child.inetNum = child.inetSport = lsk.inetNum;
  child.inetDport = getU16(b, skb.data + Tcph.Source);
  child.skBoundDevIf = lsk.skBoundDevIf;
  // inet_request_mark(): a listener without a mark of its own gives the request (ir_mark, the child's
  // sk_mark through inet_csk_clone_lock()) the SYN's mark when tcp_fwmark_accept is set; the SYN-ACK's
  // route (inet_csk_route_req()) and all the child sends then carry it.
  child.skMark = !lsk.skMark && lsk.tcpSysctl.fwmarkAccept ? skb.mark : lsk.skMark;
  child.tos = lsk.tos;
  child.ucTtl = lsk.ucTtl;
  child.nodelay = lsk.nodelay;
  child.userMss = lsk.userMss;
  child.skFlags = lsk.skFlags & (SOCK_KEEPOPEN | SOCK_LINGER);
  child.skLingertime = lsk.skLingertime;
  // sk_clone_lock()'s copy of the tcp_sock: TCP_KEEPIDLE/KEEPINTVL/KEEPCNT and TCP_SYNCNT set on the listener.
  child.keepaliveTime = lsk.keepaliveTime;
  child.keepaliveIntvl = lsk.keepaliveIntvl;
  child.keepaliveProbes = lsk.keepaliveProbes;
  child.synRetriesOpt = lsk.synRetriesOpt;
  // sk_clone_lock() copies the listener's sock: SO_REUSEADDR/SO_REUSEPORT too, which a new listener's bind checks.
  child.skReuse = lsk.skReuse;
  child.skReuseport = lsk.skReuseport;
  child.skRcvbuf = lsk.skRcvbuf;
  child.skSndbuf = lsk.skSndbuf;
  child.skUserlocks = lsk.skUserlocks;
  child.rcvq.windowClamp = lsk.rcvq.windowClamp;
  child.caOps = lsk.caOps;
  child.caSetsockopt = lsk.caSetsockopt;
  child.rtoMin = lsk.rtoMin;
  // tcp_v4_init_req() / cookie_v4_check(): the request keeps the segment's IP options echoed (its SYN-ACK
  // and the child's segments carry them; tcp_v4_syn_recv_sock(): icsk_ext_hdr_len is their length).
  child.inetOpt = tcpV4SaveOptions(net, skb);
  child.extHdrLen = child.inetOpt?.optlen ?? 0;
  const rt = tcpRoute(child);
  if (typeof rt === 'string') {
    // inet_csk_route_req(): "no_route: __IP_INC_STATS(net, IPSTATS_MIB_OUTNOROUTES)".
    net.mib.ip[IpStat.OUTNOROUTES]!++;
    return null;
  }
  if (tcpStrictRouteFails(child, rt)) return null;
  tcpCaOpenreqChild(child, rt);
  child.skState = TCP_SYN_RECV;
  child.irs = cb.seq;
  child.rcvNxt = child.rcvWup = child.copiedSeq = (cb.seq + 1) >>> 0;
  child.sndWnd = cb.window;
  child.sndWl1 = cb.seq;
  child.tsOffset = secureTsOff(net, child.inetSaddr, child.inetDaddr);
  child.inetId = net.world.rng.u32() & 0xffff;
  // tcp_create_openreq_child(): the SYN counts as the child's first segment in; its SYN-ACK was the request's.
  child.info.segsIn = 1;
  child.advmss = Math.min(tcpAdvmss(rt), child.userMss || 65535);
  child.synMss = child.advmss;
  child.rcvWscale = 0;
  const tsOk = cb.opt.sawTstamp && child.tcpSysctl.timestamps !== 0;
  tcpInitRwin(child, rt, child.advmss - (tsOk ? 12 : 0), cb.opt.wscaleOk && child.tcpSysctl.windowScaling !== 0);
  tcpNegotiate(child, cb, dstMtu(rt));
  return child;
}

/**
 * tcp_v4_save_options(): __ip_options_echo() of a segment's IP options
 * (reversed source route, record route and timestamps with room for this
 * host), null when it has none or they leave no room.
 */
function tcpV4SaveOptions(net: Net, skb: SkBuff): IpOptions | null {
  if (!skb.ipOpt?.optlen) return null;
  const opt = newIpOptions();
  return ipOptionsEcho(net, opt, skb, skb.ipOpt) && opt.optlen ? opt : null;
}

/** inet_csk_reqsk_queue_hash_add(): the request joins ehash and the listener's SYN queue; its SYN-ACK awaits the ACK. */
function tcpReqskQueueAdd(lsk: TcpSock, child: TcpSock): void {
  const h = lsk.net.ipv4.tcpHashinfo;
  child.parent = lsk;
  child.sndUna = child.sndNxt = child.iss;
  child.writeSeq = (child.iss + 1) >>> 0;
  lsk.synQueueLen++;
  h.ehashAdd(child);
  child.ehashed = true;
  h.bhash.add(child.inetNum, child);
  child.bound = true;
  child.rtxQueue.push(newSeg(child.iss, (child.iss + 1) >>> 0, TCPHDR_SYN | TCPHDR_ACK, new Uint8Array(0)));
  child.rtxQueue[0]!.when = lsk.net.sched.now;
}

/**
 * tcp_conn_request() with want_cookie: the SYN-ACK's ISN is the cookie,
 * its TSval carries the options; the request is not kept.
 */
function tcpSendCookieSynack(lsk: TcpSock, child: TcpSock, cb: TcpCb): void {
  const net = child.net;
  const c = cookieV4InitSequence(net, lsk, child.inetDaddr, child.inetSaddr,
    child.inetDport, child.inetSport, cb.seq, cb.opt.mssClamp || TCP_MSS_DEFAULT);
  child.iss = c.isn;
  child.sndUna = child.sndNxt = child.iss;
  if (child.tstampOk) {
    const nowMs = Math.floor(net.sched.now / 1e6);
    child.tsOffset = (child.tsOffset + cookieInitTimestamp(nowMs, child.wscaleOk, child.sndWscale, child.sackOk, (child.ecnFlags & TCP_ECN_OK) !== 0) - nowMs) >>> 0;
  }
  tcpSendSynack(child);
}

/**
 * cookie_v4_check() + tcp_get_cookie_sock(): an ACK to a listener whose
 * SYN queue overflowed lately may carry a cookie: a valid one
 * (SyncookiesRecv) makes the child at once, onto the accept queue unless
 * it is full; an invalid one (SyncookiesFailed) leaves the ACK to the
 * listener, which resets (null). Else whether the child kept the skb.
 */
function cookieV4Check(lsk: TcpSock, skb: SkBuff, cb: TcpCb): boolean | null {
  const net = lsk.net;
  const s = lsk.tcpSysctl;
  if (!s.syncookies || cb.flags & (TCPHDR_RST | TCPHDR_SYN) || tcpSynqNoRecentOverflow(net, lsk)) return null;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const mss = cookieV4CheckMss(net, getU32(b, nh + Iph.Saddr), getU32(b, nh + Iph.Daddr), getU16(b, skb.data + Tcph.Source),
    getU16(b, skb.data + Tcph.Dest), cb.seq, cb.ackSeq);
  if (!mss) {
    lsk.mibNet(LinuxMib.SYNCOOKIESFAILED);
    return null;
  }
  lsk.mibNet(LinuxMib.SYNCOOKIESRECV);
  const opt = { ...cb.opt, sacks: [], mssClamp: mss };
  if (opt.sawTstamp && opt.rcvTsecr) opt.rcvTsecr = (opt.rcvTsecr - secureTsOff(net, getU32(b, nh + Iph.Daddr), getU32(b, nh + Iph.Saddr))) >>> 0;
  if (!cookieTimestampDecode(s, opt)) return null;
  if (lsk.acceptQueue.length > lsk.maxAckBacklog) {
    lsk.mibNet(LinuxMib.LISTENOVERFLOWS);
    tcpListendrop(lsk);
    return false;
  }
  const seq = (cb.seq - 1) >>> 0;
  const child = tcpOpenreqChild(lsk, skb, { ...cb, seq, opt });
  if (!child) return false;
  // cookie_ecn_ok(): the request's ECN came back in the echoed timestamp's TS_OPT_ECN.
  tcpEcnCookieOk(child, opt.sawTstamp && (opt.rcvTsecr & TS_OPT_ECN) !== 0, child.dstCache);
  child.iss = (cb.ackSeq - 1) >>> 0;
  tcpReqskQueueAdd(lsk, child);
  child.sndNxt = cb.ackSeq;
  // No SYN-ACK was timed (snt_synack 0): no RTT sample from it.
  child.rtxQueue[0]!.retrans = true;
  const r = tcpRcvStateProcess(child, skb, cb, child.dstCache ? dstMtu(child.dstCache) : 1500);
  if (r.reset) tcpV4SendReset(net, skb, cb, child);
  return r.kept;
}

/** The SYN's options on the child: tcp_openreq_init() + tcp_create_openreq_child(). */
function tcpNegotiate(child: TcpSock, cb: TcpCb, pmtu: number): void {
  const s = child.tcpSysctl;
  const opt = cb.opt;
  child.tstampOk = opt.sawTstamp && s.timestamps !== 0;
  child.sackOk = opt.sackOk && s.sack !== 0;
  child.wscaleOk = opt.wscaleOk && s.windowScaling !== 0;
  if (child.wscaleOk) child.sndWscale = opt.sndWscale;
  else child.sndWscale = child.rcvWscale = 0;
  if (child.tstampOk) child.tsRecent = opt.rcvTsval;
  // tcp_parse_options(): mss_clamp is the peer's MSS, or TCP_MAXSEG when smaller; tcp_sync_mss() sizes for the route's MTU.
  child.rxOpt.mssClamp = Math.min(opt.mssClamp || TCP_MSS_DEFAULT, child.userMss || 65535);
  tcpSyncMss(child, pmtu);
  if (child.tstampOk) child.advmss -= 12;
  tcpInitializeRcvMss(child);
}

/**
 * tcp_timewait_state_process(): a RST ends TIME_WAIT (RFC 1337 off), a new
 * SYN beyond the old sequence may reopen (handed back to the listener), a
 * retransmitted FIN or stray data is ACKed again and restarts the timer.
 * True when the segment should go to a listener.
 */
function tcpTimewaitProcess(sk: TcpSock, cb: TcpCb): boolean {
  if (cb.flags & TCPHDR_RST) {
    if (!sk.tcpSysctl.rfc1337) {
      sk.skFlags |= SOCK_DEAD;
      tcpDone(sk, false);
    }
    return false;
  }
  if (cb.flags & TCPHDR_SYN && !(cb.flags & TCPHDR_ACK) && after(cb.seq, sk.rcvNxt)) {
    sk.skFlags |= SOCK_DEAD;
    tcpDone(sk, false);
    return true;
  }
  if (cb.flags & TCPHDR_FIN || cb.len) {
    if (cb.flags & TCPHDR_FIN) tcpTimeWait(sk, TCP_TIME_WAIT, TCP_TIMEWAIT_LEN);
    sk.mibNet(LinuxMib.TCPACKSKIPPEDTIMEWAIT);
    tcpSendAck(sk);
  }
  return false;
}

/**
 * The segment to a listener: a SYN opens a request, an ACK may carry a
 * cookie, else gets a reset; the rest is dropped. True when a cookie's
 * child kept the skb.
 */
function tcpListenRcv(lsk: TcpSock, skb: SkBuff, cb: TcpCb): boolean {
  if (cb.flags & TCPHDR_RST) return false;
  if (cb.flags & TCPHDR_ACK) {
    const kept = cb.flags & TCPHDR_SYN ? null : cookieV4Check(lsk, skb, cb);
    if (kept !== null) return kept;
    tcpV4SendReset(lsk.net, skb, cb, null);
    return false;
  }
  if (cb.flags & TCPHDR_SYN) tcpV4ConnRequest(lsk, skb, cb);
  return false;
}

/** A route cached on a socket still holds (dst_check(): no flush since, its device still there). */
function rxDstValid(net: Net, rt: Rtable): boolean {
  return rt.genid === net.ipv4.fib.rtGenid && rt.dev.registered;
}

/**
 * tcp_v4_do_rcv() + inet_sk_rx_dst_set(): an established socket keeps the
 * input route of its segments and their device (dropped when stale or the
 * device changed, then taken from this segment).
 */
function tcpV4RxDstSet(sk: TcpSock, skb: SkBuff): void {
  const rt = skbRtable(skb);
  const cur = sk.rxDst;
  if (cur === rt && sk.rxDstIfindex === skb.skbIif) return;
  if (cur && (sk.rxDstIfindex !== skb.skbIif || !rxDstValid(sk.net, cur))) sk.rxDst = null;
  if (!sk.rxDst && rt && rt.isInput) {
    sk.rxDst = rt;
    sk.rxDstIfindex = skb.skbIif;
  }
}

/**
 * tcp_v4_early_demux() (net.ipv4.tcp_early_demux): a segment for an
 * established socket that came in by the device its cached input route
 * did takes that route (skb_dst_set_noref()): no FIB lookup, no source
 * validation, for the connection's life.
 */
function tcpV4EarlyDemux(skb: SkBuff, net: Net): void {
  if (!net.ipv4.sysctl.tcpEarlyDemux || skb.pktType !== PACKET_HOST) return;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const th = nh + iphHdrLen(b, nh);
  if (th + TCP_HLEN > skb.tail || b[th + Tcph.Doff]! >> 4 < 5) return;
  const sk = net.ipv4.tcpHashinfo.lookupEstablished(
    getU32(b, nh + Iph.Saddr), getU16(b, th + Tcph.Source), getU32(b, nh + Iph.Daddr), getU16(b, th + Tcph.Dest), skb.skbIif,
  );
  if (!sk) return;
  // skb->sk = sk (sock_edemux): the packet's socket for netfilter (xt_socket, xt_cgroup) before TCP looks it up again
  skb.sk = sk;
  // sk_fullsock(): not a TIME_WAIT or request socket.
  if (sk.skState === TCP_TIME_WAIT || sk.skState === TCP_SYN_RECV) return;
  const dst = sk.rxDst;
  if (dst && sk.rxDstIfindex === skb.skbIif && rxDstValid(net, dst)) skb.dst = dst;
}

/** tcp_v4_do_rcv(): an established (or closing) socket's segment. */
function tcpV4DoRcv(sk: TcpSock, skb: SkBuff, cb: TcpCb): void {
  // tcp_v4_syn_recv_sock() gives the child the handshake ACK's input route (inet_sk_rx_dst_set()), so
  // its first data segment is early-demuxed already; tuxnet's child is the SYN_RECV socket itself.
  if (sk.skState === TCP_ESTABLISHED || sk.skState === TCP_SYN_RECV) tcpV4RxDstSet(sk, skb);
  const r = tcpRcvStateProcess(sk, skb, cb, sk.dstCache ? dstMtu(sk.dstCache) : 1500);
  if (r.reset) tcpV4SendReset(sk.net, skb, cb, sk);
  if (!r.kept) consumeSkb(skb);
}

/**
 * tcp_add_backlog(): a segment for a socket its user holds waits for
 * release_sock(); a pure ACK right after another (same sequence, flags and
 * options) is coalesced into it: the later acknowledgment and window, one
 * skb that counts both (TCPBacklogCoalesce).
 */
function tcpAddBacklog(sk: TcpSock, skb: SkBuff, cb: TcpCb): void {
  const tail = sk.backlog[sk.backlog.length - 1];
  if (tail && tcpBacklogCanCoalesce(tail.skb, tail.cb, skb, cb)) {
    if (!before(cb.ackSeq, tail.cb.ackSeq)) {
      tail.cb.ackSeq = cb.ackSeq;
      tail.cb.window = cb.window;
    }
    tail.skb.gsoSegs = Math.max(1, tail.skb.gsoSegs) + Math.max(1, skb.gsoSegs);
    sk.mibNet(LinuxMib.TCPBACKLOGCOALESCE);
    return consumeSkb(skb);
  }
  sk.backlog.push({ skb, cb });
}

/** tcp_add_backlog()'s test, for pure ACKs: in sequence, ACK alone (no SYN, RST, URG, FIN, ECN flags apart), the same options. */
function tcpBacklogCanCoalesce(tskb: SkBuff, tcb: TcpCb, skb: SkBuff, cb: TcpCb): boolean {
  if (tcb.len || cb.len || tcb.endSeq !== cb.seq || tcb.flags !== cb.flags || cb.flags !== TCPHDR_ACK) return false;
  const tb = tskb.buf;
  const b = skb.buf;
  const th = tskb.data;
  const h = skb.data;
  const hl = tcpHdrLen(b, h);
  if (tcpHdrLen(tb, th) !== hl) return false;
  for (let i = TCP_HLEN; i < hl; i++) if (tb[th + i] !== b[h + i]) return false;
  return true;
}

/**
 * release_sock() after a write: the backlog's segments in order, each
 * batch followed by the softirq its transmissions raised (whose answers
 * join the backlog while the socket is still held), until none is left.
 */
export function tcpReleaseSock(sk: TcpSock): void {
  while (sk.backlog.length) {
    for (const { skb, cb } of sk.backlog.splice(0)) tcpV4DoRcv(sk, skb, cb);
    sk.net.world.core.softnet.doSoftirq();
  }
  sk.ownedByUser = false;
}

/**
 * tcp_v4_rcv(): the IPPROTO_TCP handler; skb.data is the TCP header, the
 * handler owns the skb.
 */
export function tcpV4Rcv(skb: SkBuff, net: Net): void {
  trace(net, skb, 'tcp_v4_rcv');
  if (skb.pktType !== PACKET_HOST) return kfreeSkbReason(net, skb, 'OTHERHOST', 'tcp_v4_rcv');
  net.mib.tcp[TcpStat.INSEGS]!++;
  const b = skb.buf;
  const th = skb.data;
  if (tcpHdrCheck(b, th, skb.len) !== null) {
    net.mib.tcp[TcpStat.INERRS]!++;
    return kfreeSkbReason(net, skb, 'PKT_TOO_SMALL', 'tcp_v4_rcv');
  }
  const nh = skb.networkHeader;
  const saddr = getU32(b, nh + Iph.Saddr);
  const daddr = getU32(b, nh + Iph.Daddr);
  // skb_checksum_init(): a CHECKSUM_PARTIAL skb (built by a local stack, through veth or lo) is not verified (skb_csum_unnecessary()).
  if (skb.ipSummed !== CHECKSUM_PARTIAL && tcpCsum(b, th, skb.len, saddr, daddr) !== 0) {
    net.mib.tcp[TcpStat.CSUMERRORS]!++;
    net.mib.tcp[TcpStat.INERRS]!++;
    return kfreeSkbReason(net, skb, 'TCP_CSUM', 'tcp_v4_rcv');
  }
  const thLen = tcpHdrLen(b, th);
  const syn = (b[th + Tcph.Flags]! & TCPHDR_SYN) !== 0;
  const cb = fillCb(skb, thLen, syn);
  const sport = getU16(b, th + Tcph.Source);
  const dport = getU16(b, th + Tcph.Dest);
  const dif = skbRtable(skb)?.iif || skb.skbIif;
  const h = net.ipv4.tcpHashinfo;
  let sk = h.lookupEstablished(saddr, sport, daddr, dport, dif);
  if (sk && sk.skState === TCP_TIME_WAIT) {
    if (!tcpTimewaitProcess(sk, cb)) return consumeSkb(skb);
    sk = null;
  }
  // tcp_v4_rcv(): a request whose listener stopped listening is dropped (inet_csk_reqsk_queue_drop_and_put())
  // and the lookup starts again: no listener now, the segment draws a reset.
  if (sk && sk.skState === TCP_SYN_RECV && sk.parent && sk.parent.skState !== TCP_LISTEN) {
    reqskDrop(sk);
    sk = null;
  }
  if (sk) {
    if (sk.ownedByUser) return tcpAddBacklog(sk, skb, cb);
    return tcpV4DoRcv(sk, skb, cb);
  }
  const lsk = ipv4IsMulticast(daddr) ? null : h.lookupListener(daddr, dport, dif);
  if (lsk) {
    if (!tcpListenRcv(lsk, skb, cb)) consumeSkb(skb);
    return;
  }
  tcpV4SendReset(net, skb, cb, null);
  kfreeSkbReason(net, skb, 'NO_SOCKET', 'tcp_v4_rcv');
}

/**
 * tcp_v4_err(): an ICMP error about a segment we sent. During the
 * handshake any error joins the error queue (ip_icmp_error(), so poll()
 * says POLLERR) and fails the connect at once (tcp_done_with_error());
 * when the socket is owned by connect() itself (the SYN answered within
 * the syscall) it is only sk_err_soft, which SO_ERROR returns, and the
 * socket stays SYN_SENT. Later on, an error is soft unless IP_RECVERR.
 */
function tcpV4Err(skb: SkBuff, net: Net, type: number, code: number, info: number): void {
  const b = skb.buf;
  const iph = skb.data;
  const th = iph + iphHdrLen(b, iph);
  if (th + 8 > skb.tail) return;
  const sk = net.ipv4.tcpHashinfo.lookupEstablished(getU32(b, iph + Iph.Daddr), getU16(b, th + Tcph.Dest), getU32(b, iph + Iph.Saddr), getU16(b, th + Tcph.Source), skb.dev?.ifindex ?? 0);
  // "if (!sk) { __ICMP_INC_STATS(net, ICMP_MIB_INERRORS); return -ENOENT; }"
  if (!sk) {
    icmpIncStats(net, IcmpStat.INERRORS);
    return;
  }
  if (sk.skState === TCP_TIME_WAIT) return;
  if (sk.skState === TCP_SYN_RECV && sk.parent) {
    tcpReqErr(sk, getU32(b, th + Tcph.Seq), type === ICMP_PARAMETERPROB || type === ICMP_TIME_EXCEEDED ||
      (type === ICMP_DEST_UNREACH && (code === ICMP_NET_UNREACH || code === ICMP_HOST_UNREACH)));
    return;
  }
  const owned = sockOwnedByUser(sk);
  if (owned && !(type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED)) sk.mibNet(LinuxMib.LOCKDROPPEDICMPS);
  if (sk.skState === TCP_CLOSE) return;
  // "if (sk->sk_state != TCP_LISTEN && !between(seq, snd_una, tp->snd_nxt))": the quoted segment must be one
  // still unacknowledged, or the error is ignored (RFC 5927 5.1), redirects and frag needed too.
  if (sk.skState !== TCP_LISTEN && !between(getU32(b, th + Tcph.Seq), sk.sndUna, sk.sndNxt)) {
    sk.mibNet(LinuxMib.OUTOFWINDOWICMPS);
    return;
  }
  if (type === ICMP_REDIRECT) {
    if (!owned) doRedirect(net, skb, sk);
    return;
  }
  let err: Errno;
  if (type === ICMP_SOURCE_QUENCH) return;
  if (type === ICMP_PARAMETERPROB) err = 'EPROTO';
  else if (type === ICMP_DEST_UNREACH) {
    if (code > NR_ICMP_UNREACH) return;
    // PMTU discovery (RFC 1191); "we are not interested in TCP_LISTEN and open_requests".
    if (code === ICMP_FRAG_NEEDED) return tcpV4MtuReduced(sk, skb, info);
    err = ICMP_ERR_CONVERT[code]?.[0] ?? 'EHOSTUNREACH';
  } else if (type === ICMP_TIME_EXCEEDED) err = 'EHOSTUNREACH';
  else return;
  if (sk.skState === TCP_SYN_SENT || sk.skState === TCP_SYN_RECV) {
    ipIcmpError(sk, skb, err, getU16(b, th + Tcph.Dest), info, th);
    if (owned) sk.skErrSoft = err;
    else {
      sk.skErr = err;
      sk.errorReport();
      tcpDone(sk);
    }
    return;
  }
  if (sk.recverr && !owned) {
    sk.skErr = err;
    sk.errorReport();
  } else sk.skErrSoft = err;
}

/**
 * do_redirect(): the socket's route (__sk_dst_check) follows the redirect
 * (ip_do_redirect); when the new gateway is taken the route is killed, so
 * the next segment looks it up again and finds the exception.
 */
function doRedirect(net: Net, skb: SkBuff, sk: TcpSock): void {
  const rt = tcpDstCheck(sk);
  if (rt && net.world.inet.routeError.dstRedirect(skb, net, rt, { boundDev: sk.skBoundDevIf, mark: sk.skMark, protocol: IPPROTO_TCP })) sk.dstCache = null;
}

/**
 * tcp_req_err(): an ICMP error about a request socket's SYN-ACK. Unless
 * it quotes the SYN-ACK's sequence (OutOfWindowIcmps), a fatal one (`abort`)
 * removes the request silently, as POSIX wants no network error from
 * accept(): inet_csk_reqsk_queue_drop() + tcp_listendrop(). Others leave
 * it to its SYN-ACK timer.
 */
function tcpReqErr(req: TcpSock, seq: number, abort: boolean): void {
  const lsk = req.parent!;
  if (seq !== req.iss) req.mibNet(LinuxMib.OUTOFWINDOWICMPS);
  else if (abort) {
    reqskDrop(req);
    tcpListendrop(lsk);
  }
}

/** sock_owned_by_user() for an ICMP error: the socket is inside connect() (see TcpSock.connectOwnedAt). */
function sockOwnedByUser(sk: TcpSock): boolean {
  return sk.skState === TCP_SYN_SENT && sk.connectOwnedAt === sk.net.sched.now;
}

/** tcp_v4_init() / inet_init(): register IPPROTO_TCP. */
export function tcpInit(world: NetWorld): void {
  // tcp_init() -> tcp_metrics_init(): the TCP_METRICS generic netlink family.
  tcpMetricsNlInit(world);
  inetAddProtocol(world, IPPROTO_TCP, { handler: tcpV4Rcv, errHandler: tcpV4Err, earlyDemux: tcpV4EarlyDemux });
  // inet_init() -> dev_add_offload(&ip_packet_offload), inet_add_offload(&tcpv4_offload).
  world.core.gsoSegment.set(ETH_P_IP, skbGsoSegment);
}
