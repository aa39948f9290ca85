/**
 * IPv4 transmit: build the header of a locally generated packet, run it
 * through its route's output function, hand it to the neighbour layer.
 * @linux net/ipv4/ip_output.c, include/net/ip.h ip_select_ident()
 */
import { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { IpStat, ipAddStats, ipIncStats } from '../core/snmp.js';
import { consumeSkb, kfreeSkbReason } from '../core/drop_reason.js';
import { skbGsoSegment, skbGsoValidateNetworkLen } from './tcp_offload.js';
import { trace } from '../core/trace.js';
import { RTCF_BROADCAST, RTCF_MULTICAST, Rtable, loopbackDev, skbRtable } from './route.js';
import { devLoopbackXmit } from '../core/dev_rx.js';
import { ipNeighOutput } from './arp.js';
import { ETH_P_IP } from '../../wire/ethernet.js';
import { RTN_BROADCAST, RTN_MULTICAST } from './fib_types.js';
import { getU32 } from '../../wire/bytes.js';
import { nfHook } from '../netfilter/core.js';
import { NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING } from '../../uapi/linux/netfilter.js';
import { IPV4_MIN_HLEN, IP_DF, Iph, iphEmit, ipSendCheck } from '../../wire/ipv4.js';
import { IPSKB_FORWARDED, ipFragment } from './ip_output_frag.js';
import { allocSkb } from '../core/skbuff_cache.js';
import { IP_PMTUDISC_DO, IP_PMTUDISC_WANT } from '../../uapi/linux/in.js';
import { NET_XMIT_DROP, netXmitErrno } from '../core/netdevice.js';
import { errnoName, errnoNumber, type Errno } from '../core/errno.js';

/** LL_MAX_HEADER-ish headroom every locally built packet reserves. */
export const LL_RESERVED = 32;
/** Re-exported for raw.ts until it imports the wire layer's. */
export { IP_DF } from '../../wire/ipv4.js';


/** What a caller needs to build an IPv4 header (struct iphdr fields). */
export interface IpHdrSpec {
  saddr: number;
  daddr: number;
  protocol: number;
  tos: number;
  ttl: number;
  /** IP_DF when path MTU discovery applies (ip_dont_fragment). */
  fragOff: number;
  /** 0 to let ip_select_ident() choose. */
  id?: number;
  /** The sending socket: a connected one numbers its packets itself (inet_id). */
  sk?: { inetDaddr: number; inetId: number } | null;
  /** ip_select_ident_segs(): the ids a TSO skb takes (default 1). */
  segs?: number;
}

/**
 * ip_dont_fragment(): DF for a socket that is IP_PMTUDISC_DO, or WANT on
 * a route whose MTU is not locked; never for DONT (what ip_no_pmtu_disc
 * makes new sockets) nor, in __ip_queue_xmit(), for PROBE.
 */
export function ipDontFragment(pmtudisc: number, rt: Rtable): boolean {
  return pmtudisc === IP_PMTUDISC_DO || (pmtudisc === IP_PMTUDISC_WANT && !rt.mtuLockedAny());
}

/**
 * A fresh skb (from the lab's skb cache) for `payloadLen` bytes after an IPv4 header, with link-layer
 * headroom and room for `optlen` option bytes; data points at the payload
 * area (the caller fills it), the network header is written by
 * ipPushHeader() (ipPushHeaderOpts() with options).
 */
export function ipAllocSkb(net: Net, payloadLen: number, optlen = 0): SkBuff {
  const skb = allocSkb(net, IPV4_MIN_HLEN + optlen + payloadLen, LL_RESERVED);
  skb.reserve(IPV4_MIN_HLEN + optlen);
  skb.put(payloadLen);
  return skb;
}

/** Per-namespace IP id state (net->ipv4.ip_id_key and ip_idents): a hashed counter per (daddr, saddr, proto). */
export interface IpIdents {
  readonly key: number;
  readonly counters: Uint32Array;
}

/** ip_select_ident(): ids differ per flow and are not predictable, yet deterministic per lab seed. */
export function ipSelectIdent(net: Net, daddr: number, saddr: number, protocol: number): number {
  let st = net.ipv4.ipIdents;
  if (!st) {
    // net_get_random_once(): drawn at the first packet that needs an id.
    st = { key: net.world.rng.u32(), counters: new Uint32Array(2048) };
    for (let i = 0; i < st.counters.length; i++) st.counters[i] = net.world.rng.u32();
    net.ipv4.ipIdents = st;
  }
  let h = Math.imul(daddr ^ st.key, 0x9e3779b1) ^ Math.imul(saddr, 0x85ebca6b) ^ protocol;
  h = (h ^ (h >>> 15)) >>> 0;
  const slot = h & (st.counters.length - 1);
  const id = st.counters[slot]! & 0xffff;
  st.counters[slot] = (st.counters[slot]! + 1) >>> 0;
  return id;
}

/**
 * ip_select_ident_segs(): a connected socket's own counter (inet_id, taken
 * then advanced by the segments), else 0 for DF that is not ignored
 * (skb->ignore_df: a socket below IP_PMTUDISC_DO), else the hashed ident.
 */
function ipSelectIdentSegs(net: Net, skb: SkBuff, h: IpHdrSpec): number {
  const sk = h.sk;
  if (sk && sk.inetDaddr) {
    const id = sk.inetId;
    sk.inetId = (id + (h.segs ?? 1)) & 0xffff;
    return id;
  }
  if (h.fragOff & IP_DF && !skb.ignoreDf) return 0;
  return ipSelectIdent(net, h.daddr, h.saddr, h.protocol);
}

/** Write the IPv4 header in front of skb.data and make it the network header. */
export function ipPushHeader(net: Net, skb: SkBuff, h: IpHdrSpec): void {
  const o = skb.push(IPV4_MIN_HLEN);
  const id = h.id || ipSelectIdentSegs(net, skb, h);
  iphEmit(skb.buf, o, h.tos, skb.len, id, h.fragOff, h.ttl, h.protocol, h.saddr, h.daddr);
  skb.networkHeader = o;
  skb.transportHeader = o + IPV4_MIN_HLEN;
  skb.protocol = ETH_P_IP;
}


/**
 * ip_local_out(): count, checksum, and dst_output(). The route owns the skb
 * afterwards. Returns what the output path said: 0, a NET_XMIT_* code from
 * the device, or -errno (ip_send_skb() turns them into the socket's error).
 */
export function ipLocalOut(net: Net, skb: SkBuff, rt: Rtable): number {
  skb.dst = rt;
  trace(net, skb, 'ip_local_out', rt.dev);
  ipIncStats(net, IpStat.OUTREQUESTS);
  // ip_send_check(): tot_len is set (a raw socket may have changed the header).
  ipSendCheck(skb.buf, skb.networkHeader);
  return ipLocalOutHook(net, skb, rt);
}

/**
 * NF_HOOK(LOCAL_OUT) to dst_output(): the end of ip_local_out(), and all
 * raw_send_hdrinc() does with a header the user wrote (no OutRequests,
 * no checksum but the one it computed itself).
 */
export function ipLocalOutHook(net: Net, skb: SkBuff, rt: Rtable): number {
  skb.dst = rt;
  return nfHook(NF_INET_LOCAL_OUT, net, skb, null, rt.dev, dstOutput);
}

/**
 * ip_send_skb(): ip_local_out(), a device's NET_XMIT_* code turned into an
 * errno (net_xmit_errno(): anything but congestion is ENOBUFS); any error
 * counts OutDiscards. The datagram sockets' last step.
 */
export function ipSendSkb(net: Net, skb: SkBuff, rt: Rtable): Errno | null {
  return ipSendResult(net, ipLocalOut(net, skb, rt));
}

/** What ip_send_skb() (and raw_send_hdrinc()) make of the output path's answer: an errno, counted in OutDiscards. */
export function ipSendResult(net: Net, err: number): Errno | null {
  if (err > 0) err = netXmitErrno(err);
  if (!err) return null;
  ipIncStats(net, IpStat.OUTDISCARDS);
  return errnoName(-err) ?? 'ENOBUFS';
}

/** dst_output(): the route (possibly changed by ip_route_me_harder) owns the skb. */
function dstOutput(net: Net, skb: SkBuff): number | void {
  const rt = skb.dst;
  if (!rt) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'dst_output');
    return NET_XMIT_DROP;
  }
  return rt.output(skb);
}

/**
 * ip_output(): the packet leaves by the route's device. POST_ROUTING's
 * input device is skb->dev as it came (indev): the device a forwarded
 * packet arrived on, none for the host's own.
 */
export function ipOutput(skb: SkBuff): number {
  const rt = skbRtable(skb);
  if (!rt) return NET_XMIT_DROP;
  const dev = rt.dev;
  const net = dev.net;
  const indev = skb.dev;
  skb.dev = dev;
  skb.protocol = ETH_P_IP;
  trace(net, skb, 'ip_output', dev);
  return nfHook(NF_INET_POST_ROUTING, net, skb, indev, dev, ipFinishOutput);
}

/**
 * ip_finish_output() / __ip_finish_output(): the route may have changed in
 * POST_ROUTING (a NAT'd packet is rerouted there). Larger than the MTU, or
 * reassembled from fragments (frag_max_size), goes through ip_fragment().
 * The MTU is ip_skb_dst_mtu(): a forwarded packet honours the route/device
 * MTU, a local one the learnt path MTU, unless its socket is
 * IP_PMTUDISC_PROBE or stricter: then the device MTU (skb.ignorePmtu).
 */
function ipFinishOutput(net: Net, skb: SkBuff): number {
  const rt = skbRtable(skb);
  if (!rt) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'ip_finish_output');
    return NET_XMIT_DROP;
  }
  trace(net, skb, 'ip_finish_output', rt.dev);
  const forwarded = (skb.ipcbFlags & IPSKB_FORWARDED) !== 0;
  const mtu = skb.ignorePmtu && !forwarded ? Math.min(rt.dev.mtu, 0xffff) : rt.mtuMaybeForward(forwarded);
  if (skb.gsoSize !== 0) return ipFinishOutputGso(net, skb, rt, mtu);
  if (skb.len > mtu || skb.fragMaxSize) return ipFragment(net, skb, rt, mtu, ipFinishOutput2);
  return ipFinishOutput2(net, skb, rt);
}

/**
 * ip_finish_output_gso(): the common case, segments that fit the MTU, goes
 * out whole. Otherwise (a forwarded GSO skb onto a smaller MTU, a route
 * whose MTU dropped under the socket's MSS) it is segmented in software
 * and each segment goes through ip_fragment() (which answers a DF one
 * with frag-needed). The first segment's error is the result.
 */
function ipFinishOutputGso(net: Net, skb: SkBuff, rt: Rtable, mtu: number): number {
  if (skbGsoValidateNetworkLen(skb, mtu)) return ipFinishOutput2(net, skb, rt);
  const segs = skbGsoSegment(skb);
  if (!segs) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'ip_finish_output_gso');
    return -errnoNumber.ENOMEM;
  }
  consumeSkb(skb);
  let ret = 0;
  for (const seg of segs) {
    const err = seg.len > mtu ? ipFragment(net, seg, rt, mtu, ipFinishOutput2) : ipFinishOutput2(net, seg, rt);
    if (err && ret === 0) ret = err;
  }
  return ret;
}

/**
 * ip_finish_output2(): count broadcast/multicast and every packet that
 * leaves (OutTransmits and OutOctets, "counted after fragment", each
 * fragment, forwarded or local), then the neighbour of the next hop (the
 * gateway, or the destination itself on link).
 */
function ipFinishOutput2(net: Net, skb: SkBuff, rt: Rtable): number {
  if (rt.type === RTN_MULTICAST) {
    ipIncStats(net, IpStat.OUTMCASTPKTS);
    ipAddStats(net, IpStat.OUTMCASTOCTETS, skb.len);
  } else if (rt.type === RTN_BROADCAST) {
    ipIncStats(net, IpStat.OUTBCASTPKTS);
    ipAddStats(net, IpStat.OUTBCASTOCTETS, skb.len);
  }
  ipIncStats(net, IpStat.OUTPKTS);
  ipAddStats(net, IpStat.OUTOCTETS, skb.len);
  trace(net, skb, 'ip_finish_output2', rt.dev);
  const nexthop = rt.gateway || getU32(skb.buf, skb.networkHeader + Iph.Daddr);
  return ipNeighOutput(net, skb, nexthop);
}

/** sk_mc_loop(): the kernel's own packets (no socket) loop; a socket's as IP_MULTICAST_LOOP says (on by default). */
function skMcLoop(sk: SkBuff['sk']): boolean {
  return !sk || (sk as { mcLoop?: boolean }).mcLoop !== false;
}

/** A copy of `skb` through POST_ROUTING to ip_mc_finish_output(), back to this host. */
function ipMcLoopCopy(skb: SkBuff, rt: Rtable): void {
  const copy = skb.clone();
  copy.dev = rt.dev;
  copy.protocol = ETH_P_IP;
  nfHook(NF_INET_POST_ROUTING, rt.dev.net, copy, null, rt.dev, ipMcFinishOutput);
}

/**
 * ip_mc_output(): a multicast to a group the device joined goes back to
 * this host too, unless its socket turned IP_MULTICAST_LOOP off (and with
 * TTL 0 it goes no further); a broadcast always does; then the packet
 * leaves by ip_output()'s way. No multicast routing.
 */
export function ipMcOutput(skb: SkBuff): number {
  const rt = skbRtable(skb);
  if (rt && rt.flags & RTCF_MULTICAST) {
    if (skMcLoop(skb.sk)) ipMcLoopCopy(skb, rt);
    if (skb.buf[skb.networkHeader + Iph.Ttl] === 0) {
      consumeSkb(skb);
      return 0;
    }
  }
  if (rt && rt.flags & RTCF_BROADCAST) ipMcLoopCopy(skb, rt);
  return ipOutput(skb);
}

/**
 * ip_mc_finish_output(): the looped copy gets the route cloned onto lo
 * with rt_iif 0 (rt_dst_clone(), so inet_iif() is the device it was sent
 * from), then dev_loopback_xmit() on the sending device.
 */
function ipMcFinishOutput(net: Net, skb: SkBuff): number {
  const rt = skbRtable(skb)!;
  const lo = new Rtable(loopbackDev(net), rt.flags, rt.type);
  lo.genid = rt.genid;
  lo.input = rt.input;
  lo.output = rt.output;
  skb.dst = lo;
  devLoopbackXmit(skb, skb.dev!);
  return 0;
}

/** ip_rt_bug(): an input route was used for output. */
export function ipRtBug(skb: SkBuff): void {
  const net = skb.dev?.net;
  if (net) kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'ip_rt_bug');
}
