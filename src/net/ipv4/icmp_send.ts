/**
 * Sending ICMP: errors about a packet (__icmp_send), replies to requests
 * (icmp_reply), their rate limits (the global icmp_msgs_per_sec bucket and
 * the per-peer icmp_ratelimit bucket), and redirects (ip_rt_send_redirect).
 * @linux net/ipv4/icmp.c, net/ipv4/route.c ip_rt_send_redirect()
 */
import { inetCtlSock } from './inet_ctl_sock.js';
import { skbSetOwnerW } from '../core/sock.js';
import type { IpOptions, SkBuff } from '../core/skbuff.js';
import { PACKET_HOST } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { IFF_LOOPBACK } from '../core/netdevice.js';
import { IcmpStat, icmpIncStats, icmpmsgOutStats } from '../core/snmp.js';
import { HZ, JIFFY_MS } from '../core/sysctl.js';
import { trace, traceChildrenEnd, traceChildrenOf } from '../core/trace.js';
import {
  RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST, inetSelectAddr, ipRouteOutputKey, skbRtable, type Rtable,
} from './route.js';
import { newFlowi4, type Flowi4 } from './fib_rules.js';
import { RTAX_HOPLIMIT } from './fib_semantics.js';
import { RT_SCOPE_LINK } from './fib_types.js';
import { inDevTxRedirects } from './devconf.js';
import { ipLogIgnoredRedirects } from './route_martian.js';
import { inetGetpeerV4, inetPeerXrlimAllow, inetPutpeer, jiffies } from './inetpeer.js';
import { nfCtAttach } from '../netfilter/core.js';
import { type IpHdrSpec, ipAllocSkb, ipPushHeader, ipSendSkb } from './ip_output.js';
import { newIpOptions } from './ip_options.js';
import { ipOptionsEcho, ipPushHeaderOpts } from './ip_options_build.js';
import {
  ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, ICMP_HLEN, ICMP_REDIR_HOST, ICMP_REDIRECT, Icmph, NR_ICMP_TYPES, icmpFillChecksum,
  icmphEmit,
} from '../../wire/icmp.js';
import { IPPROTO_ICMP, IPTOS_TOS_MASK, IPV4_MIN_HLEN, IP_MAX_MTU, IP_OFFSET, Iph, iphHdrLen } from '../../wire/ipv4.js';
import { copyBytes, getU16, getU32 } from '../../wire/bytes.js';

/** IPTOS_PREC_INTERNETCONTROL: the precedence of ICMP errors (RFC 1812 4.3.2.5). */
const IPTOS_PREC_INTERNETCONTROL = 0xc0;
/** INADDR_DUMMY 192.0.0.8 (RFC 7600): the source of last resort. */
const INADDR_DUMMY = 0xc0000008;
const LOOPBACK_IFINDEX = 1;

/**
 * icmp_pointers[].error: which types are errors. Types 1, 2, 6, 7, 9 and
 * 10 are unassigned and count as errors; unknown types above
 * NR_ICMP_TYPES are treated as errors by __icmp_send() too.
 */
const ICMP_IS_ERROR: readonly boolean[] = [
  false, true, true, true, true, true, true, true, false, true, true, true, true, false, false, false, false, false, false,
];

export function icmpIsError(type: number): boolean {
  return type > NR_ICMP_TYPES || ICMP_IS_ERROR[type] === true;
}


/** RT_TOS(): the TOS bits a route lookup uses. */
export const rtTos = (tos: number): number => tos & IPTOS_TOS_MASK;

/** dst_mtu() (ipv4_mtu()): a learnt path MTU, else the route's mtu metric, else the device's, at most IP_MAX_MTU. */
export function dstMtu(rt: Rtable): number {
  return Math.min(rt.mtu(), IP_MAX_MTU);
}

/** ip_select_ttl() for a socket without IP_TTL: the route's hoplimit metric, else ip_default_ttl. */
export function ipSelectTtl(net: Net, rt: Rtable): number {
  const hop = rt.metrics?.[RTAX_HOPLIMIT] ?? 0;
  return hop || net.ipv4.sysctl.ipDefaultTtl;
}

/** icmp_out_count(): OutMsgs and the per-type IcmpMsg counter. */
export function icmpOutCount(net: Net, type: number): void {
  icmpmsgOutStats(net.mib, type);
  icmpIncStats(net, IcmpStat.OUTMSGS);
}

/* ------------------------------------------------------------------ */
/* Rate limits                                                         */

/**
 * icmp_global_allow(): the namespace's token bucket of icmp_msgs_per_sec
 * (Linux >= 6.12: per netns). Any credit left allows; an empty bucket is
 * refilled at most once per HZ/50 with what the time since earns, up to
 * icmp_msgs_burst. It takes nothing: icmp_global_consume() does, once the
 * per-peer limit has allowed too.
 */
function icmpGlobalAllow(net: Net): boolean {
  const v4 = net.ipv4;
  if (v4.icmpGlobalCredit > 0) return true;
  const now = jiffies(net) >>> 0;
  // u32 arithmetic, as the kernel's (u32)jiffies.
  const delta = Math.min((now - v4.icmpGlobalStamp) >>> 0, HZ);
  if (delta < HZ / 50) return false;
  const incr = Math.floor((v4.sysctl.icmpMsgsPerSec * delta) / HZ);
  if (!incr) return false;
  v4.icmpGlobalStamp = now;
  v4.icmpGlobalCredit = Math.min(v4.icmpGlobalCredit + incr, v4.sysctl.icmpMsgsBurst);
  return true;
}

/**
 * icmp_global_consume(): a message costs 0 to 2 credits at random ("a
 * credit of one in average ... randomize it for security reasons"); the
 * credit may go negative.
 */
function icmpGlobalConsume(net: Net): void {
  net.ipv4.icmpGlobalCredit -= net.world.rng.below(3);
}

/** icmpv4_mask_allow(): types outside icmp_ratemask, and "frag needed" (PMTU discovery), are never limited. */
function icmpv4MaskAllow(net: Net, type: number, code: number): boolean {
  if (type > NR_ICMP_TYPES) return true;
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) return true;
  return ((1 << type) & net.ipv4.sysctl.icmpRatemask) === 0;
}

/** icmpv4_global_allow()'s answers: drop, send, or send once the per-peer limit allows too (apply_ratelimit). */
const ICMP_DROP = 0;
const ICMP_SEND = 1;
const ICMP_RATELIMIT = 2;

/** icmpv4_global_allow(): counts OutRateLimitGlobal when the global bucket says no. */
function icmpv4GlobalAllow(net: Net, type: number, code: number): number {
  if (icmpv4MaskAllow(net, type, code)) return ICMP_SEND;
  if (icmpGlobalAllow(net)) return ICMP_RATELIMIT;
  icmpIncStats(net, IcmpStat.RATELIMITGLOBAL);
  return ICMP_DROP;
}

/**
 * icmpv4_xrlim_allow(): with apply_ratelimit, the per-destination bucket,
 * icmp_ratelimit (ms, kept in jiffies by the kernel) per message; nothing
 * is limited towards loopback. Counts OutRateLimitHost when it says no,
 * else takes the message's credits from the global bucket.
 */
function icmpv4XrlimAllow(net: Net, rt: Rtable, fl4: Flowi4, allow: number): boolean {
  if (allow !== ICMP_RATELIMIT) return true;
  let rc = true;
  if (!(rt.dev.flags & IFF_LOOPBACK)) {
    const peer = inetGetpeerV4(net, fl4.daddr, true);
    rc = inetPeerXrlimAllow(net, peer, Math.round(net.ipv4.sysctl.icmpRatelimit / JIFFY_MS));
    if (peer) inetPutpeer(net, peer);
  }
  if (!rc) icmpIncStats(net, IcmpStat.RATELIMITHOST);
  else icmpGlobalConsume(net);
  return rc;
}

/* ------------------------------------------------------------------ */
/* Building and sending                                                */

/** struct icmp_bxm: the ICMP header to send and the bytes that follow it. */
export interface IcmpBxm {
  type: number;
  code: number;
  /** The 32-bit rest of the header (echo id/sequence, gateway, next-hop MTU, pointer). */
  un: number;
  /** Header bytes after the first 8 (the three timestamps of a timestamp reply). */
  extra?: Uint8Array;
  /** The data (icmp_bxm's skb, offset, data_len): `dataLen` bytes of `data` from `offset`, the echo payload or the quoted packet. */
  data: Uint8Array;
  offset: number;
  dataLen: number;
}

/**
 * What icmp_reply(), __icmp_send() and icmp_echo() keep on their stack (the
 * struct flowi4, the struct icmp_bxm of an echo reply): one of each per lab
 * world (InetWorld.icmpScratch), filled per message and read only until
 * the message is handed to ip_local_out().
 */
export interface IcmpScratch {
  readonly fl4: Flowi4;
  readonly echo: IcmpBxm;
  /** The IP header of the message (ipPushHeader()'s spec). */
  readonly hdr: IpHdrSpec;
  /** No data (what echo.data points at between replies). */
  readonly empty: Uint8Array;
  /** icmp_param.replyopts: the options of the message, echoed from the packet answered. */
  readonly replyOpt: IpOptions;
}

/** The lab world's ICMP scratch objects, made at the first message. */
export function icmpScratch(net: Net): IcmpScratch {
  let sc = net.world.inet.icmpScratch;
  if (sc === null) {
    const empty = new Uint8Array(0);
    const hdr: IpHdrSpec = { saddr: 0, daddr: 0, protocol: IPPROTO_ICMP, tos: 0, ttl: 0, fragOff: 0, id: 0 };
    sc = { fl4: newFlowi4(), echo: { type: 0, code: 0, un: 0, data: empty, offset: 0, dataLen: 0 }, hdr, empty, replyOpt: newIpOptions() };
    net.world.inet.icmpScratch = sc;
  }
  return sc;
}

/**
 * The flow of an ICMP message: icmp_route_lookup() puts an error's type and
 * code in fl4_icmp_type/code, which overlay the destination port (a rule's
 * `dport` range sees type << 8 | code); icmp_reply() sets neither (0).
 */
function icmpFlow(net: Net, daddr: number, saddr: number, mark: number, tos: number, typeCode: number): Flowi4 {
  const fl4 = icmpScratch(net).fl4;
  fl4.oif = 0;
  fl4.iif = LOOPBACK_IFINDEX;
  fl4.mark = mark;
  fl4.uid = 0;
  fl4.daddr = daddr;
  fl4.saddr = saddr;
  fl4.tos = tos;
  fl4.scope = 0;
  fl4.proto = IPPROTO_ICMP;
  fl4.sport = 0;
  fl4.dport = typeCode;
  fl4.anySrc = false;
  fl4.hashSkb = null;
  return fl4;
}

/**
 * icmp_push_reply(): ip_append_data() + ip_push_pending_frames() of the
 * ICMP socket (IP_PMTUDISC_DONT: no DF), checksum over header and data.
 * ip_push_pending_frames() ends in ip_send_skb(): a packet the OUTPUT hook
 * drops counts OutDiscards (after OutMsgs, counted in __ip_make_skb()).
 */
function icmpPushReply(net: Net, param: IcmpBxm, fl4: Flowi4, rt: Rtable, tos: number, mark: number, daddr: number, skbIn: SkBuff | null): void {
  const extraLen = param.extra ? param.extra.length : 0;
  const len = ICMP_HLEN + extraLen + param.dataLen;
  const opt = icmpScratch(net).replyOpt;
  const skb = ipAllocSkb(net, len, opt.optlen);
  const b = skb.buf;
  const o = skb.data;
  icmphEmit(b, o, param.type, param.code, param.un);
  if (param.extra) b.set(param.extra, o + ICMP_HLEN);
  copyBytes(b, o + ICMP_HLEN + extraLen, param.data, param.offset, param.dataLen);
  icmpFillChecksum(b, o, len);
  skb.mark = mark;
  const hdr = icmpScratch(net).hdr;
  hdr.saddr = fl4.saddr;
  hdr.daddr = fl4.daddr;
  hdr.tos = tos;
  hdr.ttl = ipSelectTtl(net, rt);
  if (opt.optlen) ipPushHeaderOpts(net, skb, hdr, opt, daddr, rt);
  else ipPushHeader(net, skb, hdr);
  // icmp_glue_bits(): an error belongs to the connection of the packet it quotes.
  if (skbIn && icmpIsError(param.type)) nfCtAttach(skb, skbIn);
  // __ip_make_skb(): a raw socket's message counts under the flow's fl4_icmp_type,
  // which icmp_reply() leaves 0: timestamp and PROBE replies count as echo replies.
  icmpOutCount(net, fl4.dport >>> 8);
  trace(net, skb, 'icmp_push_reply', rt.dev);
  // icmp_xmit_lock(): sent from the namespace's ICMP control socket, held until
  // ip_push_pending_frames() returns: an ICMP message asked for on the way out
  // (an OUTPUT REJECT of this one) finds it taken and is not sent.
  skbSetOwnerW(skb, inetCtlSock(net, IPPROTO_ICMP));
  const inet = net.world.inet;
  inet.icmpXmitLocked = true;
  try {
    ipSendSkb(net, skb, rt);
  } finally {
    inet.icmpXmitLocked = false;
  }
}

/** IP4_REPLY_MARK(): the request's mark when fwmark_reflect is set. */
function ip4ReplyMark(net: Net, mark: number): number {
  return net.ipv4.sysctl.fwmarkReflect ? mark : 0;
}

/**
 * icmp_reply(): answer a request (echo, timestamp) from the address it was
 * sent to (fib_compute_spec_dst, from the input route), with its TOS.
 * `spec` is that source address, computed by the caller.
 */
export function icmpReply(param: IcmpBxm, skb: SkBuff, spec: number): void {
  const rt = skb.dst;
  if (!rt) return;
  const net = rt.dev.net;
  const b = skb.buf;
  const nh = skb.networkHeader;
  // ip_options_echo(): the request's options, reversed where they route.
  const ro = icmpScratch(net).replyOpt;
  if (!ipOptionsEcho(net, ro, skb, skb.ipOpt)) return;
  const allow = icmpv4GlobalAllow(net, param.type, param.code);
  if (allow === ICMP_DROP) return;
  // icmp_xmit_lock()
  if (net.world.inet.icmpXmitLocked) return;
  const tos = b[nh + Iph.Tos]!;
  const mark = ip4ReplyMark(net, skb.mark);
  const saddr = getU32(b, nh + Iph.Saddr);
  const fl4 = icmpFlow(net, ro.srr ? ro.faddr : saddr, spec, mark, rtTos(tos), 0);
  const out = ipRouteOutputKey(net, fl4);
  if (typeof out === 'string') return;
  if (icmpv4XrlimAllow(net, out, fl4, allow)) icmpPushReply(net, param, fl4, out, tos, mark, saddr, null);
}

/**
 * The checks of __icmp_send() before any work: RFC 1122 3.2.2 "MUST NOT
 * [send an ICMP error] in response to an ICMP error, a datagram destined to
 * a broadcast or multicast address, a link-layer broadcast, a non-initial
 * fragment".
 */
function icmpSendWanted(skb: SkBuff, rt: Rtable, type: number): boolean {
  const nh = skb.networkHeader;
  const b = skb.buf;
  if (nh < 0 || nh + IPV4_MIN_HLEN > skb.tail) return false;
  if (skb.pktType !== PACKET_HOST) return false;
  if (rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST)) return false;
  if (getU16(b, nh + Iph.FragOff) & IP_OFFSET) return false;
  if (icmpIsError(type) && b[nh + Iph.Protocol] === IPPROTO_ICMP) {
    const itp = nh + iphHdrLen(b, nh);
    if (itp >= skb.tail) return false;
    // "Assume any unknown ICMP type is an error."
    if (icmpIsError(b[itp + Icmph.Type]!)) return false;
  }
  return true;
}

/**
 * The source of an error: the address the packet was sent to when it was
 * for us; else, with icmp_errors_use_inbound_ifaddr, the primary address of
 * the interface it came in by; else 0 (the route to the sender chooses).
 */
function icmpErrorSource(net: Net, skb: SkBuff, rt: Rtable): number {
  const b = skb.buf;
  const nh = skb.networkHeader;
  if (rt.flags & RTCF_LOCAL) return getU32(b, nh + Iph.Daddr);
  if (rt.isInput && net.ipv4.sysctl.icmpErrorsUseInboundIfaddr) {
    const dev = net.devByIndex(rt.iif || skb.skbIif);
    if (dev) return inetSelectAddr(dev, getU32(b, nh + Iph.Saddr), RT_SCOPE_LINK);
  }
  return 0;
}

/**
 * __icmp_send(): send an ICMP error of `type`/`code` about `skb` (whose
 * network header is the offending packet's), with `info` as the rest of
 * the header (gateway, next-hop MTU, pointer << 24). The caller keeps `skb`.
 * RFC 1812 4.3.2.3: quote "as much of the original datagram as possible
 * without the length of the ICMP datagram exceeding 576 bytes".
 */
export function icmpSend(skb: SkBuff, type: number, code: number, info: number): void {
  const rt = skbRtable(skb);
  if (!rt) return;
  const net = rt.dev.net;
  if (!icmpSendWanted(skb, rt, type)) return;
  trace(net, skb, 'icmp_send');
  // The error is a packet of its own, a child of `skb` in the walk.
  const prev = traceChildrenOf(net, skb);
  icmpSendError(net, skb, rt, type, code, info);
  traceChildrenEnd(net, prev);
}

/** The body of __icmp_send() once the error is wanted. */
function icmpSendError(net: Net, skb: SkBuff, rt: Rtable, type: number, code: number, info: number): void {
  // "Check global sysctl_icmp_msgs_per_sec ratelimit, unless incoming dev is loopback": then no limit at all.
  const allow = skb.dev && skb.dev.flags & IFF_LOOPBACK ? ICMP_SEND : icmpv4GlobalAllow(net, type, code);
  if (allow === ICMP_DROP) return;
  // icmp_xmit_lock(): "This can happen if the output path signals a
  // dst_link_failure() for an outgoing ICMP packet" (or REJECTs it).
  if (net.world.inet.icmpXmitLocked) return;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const ro = icmpScratch(net).replyOpt;
  if (!ipOptionsEcho(net, ro, skb, skb.ipOpt)) return;
  const saddr = icmpErrorSource(net, skb, rt);
  const tos = icmpIsError(type) ? rtTos(b[nh + Iph.Tos]!) | IPTOS_PREC_INTERNETCONTROL : b[nh + Iph.Tos]!;
  const mark = ip4ReplyMark(net, skb.mark);
  const daddr = getU32(b, nh + Iph.Saddr);
  const fl4 = icmpFlow(net, ro.srr ? ro.faddr : daddr, saddr, mark, rtTos(tos), (type << 8) | code);
  // icmp_route_lookup(): a multipath route hashes the offending packet, so the error follows its flow.
  fl4.hashSkb = skb;
  const out = ipRouteOutputKey(net, fl4);
  fl4.hashSkb = null;
  if (typeof out === 'string') return;
  if (!icmpv4XrlimAllow(net, out, fl4, allow)) return;
  const room = Math.min(dstMtu(out), 576) - IPV4_MIN_HLEN - ro.optlen - ICMP_HLEN;
  // "Guard against tiny mtu": at least one IP header must fit.
  if (room <= IPV4_MIN_HLEN) return;
  const dataLen = Math.min(skb.tail - nh, room);
  if (!fl4.saddr) fl4.saddr = INADDR_DUMMY;
  icmpPushReply(net, { type, code, un: info >>> 0, data: b, offset: nh, dataLen }, fl4, out, tos, mark, daddr, skb);
}

/* ------------------------------------------------------------------ */
/* Redirects                                                           */


/**
 * ip_rt_send_redirect(): "1. The first ip_rt_redirect_number redirects are
 * sent with exponential backoff, then we stop sending them at all, assuming
 * that the host ignores our redirects. 2. If we did not see packets
 * requiring redirects during ip_rt_redirect_silence, we assume that the
 * host forgot redirected route and start to send redirects again."
 */
export function ipRtSendRedirect(skb: SkBuff): void {
  const rt = skbRtable(skb);
  const inDev = rt?.dev.ip;
  if (!rt || !inDev || !inDevTxRedirects(inDev.all, inDev.cnf)) return;
  const net = rt.dev.net;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const gw = rt.gateway || getU32(b, nh + Iph.Daddr);
  const peer = inetGetpeerV4(net, getU32(b, nh + Iph.Saddr), true);
  if (!peer) {
    icmpSend(skb, ICMP_REDIRECT, ICMP_REDIR_HOST, gw);
    return;
  }
  // ip_rt_redirect_number, ip_rt_redirect_load (HZ/50), ip_rt_redirect_silence ((HZ/50) << 10); ms in the table.
  const sys = net.ipv4.sysctl;
  const load = sys.ipRtRedirectLoad / JIFFY_MS;
  const now = jiffies(net);
  if (now > peer.rateLast + sys.ipRtRedirectSilence / JIFFY_MS) {
    peer.rateTokens = 0;
    peer.nRedirects = 0;
  }
  if (peer.nRedirects >= sys.ipRtRedirectNumber) {
    peer.rateLast = now;
  } else if (peer.nRedirects === 0 || now > peer.rateLast + load * 2 ** peer.nRedirects) {
    icmpSend(skb, ICMP_REDIRECT, ICMP_REDIR_HOST, gw);
    peer.rateLast = now;
    peer.nRedirects++;
    if (peer.nRedirects === sys.ipRtRedirectNumber) ipLogIgnoredRedirects(inDev, getU32(b, nh + Iph.Saddr), rt.iif || skb.skbIif, getU32(b, nh + Iph.Daddr), gw);
  }
  inetPutpeer(net, peer);
}
