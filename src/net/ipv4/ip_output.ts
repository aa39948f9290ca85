/**
 * IPv4 transmit: build the header of a locally generated packet, run it
 * through its route's output function, hand it to the neighbour layer.
 * @linux net/ipv4/ip_output.c, include/net/ip.h ip_select_ident()
 */
import { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { IpStat } from '../core/snmp.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import type { Rtable } from './route.js';
import { ipNeighOutput } from './arp.js';
import { ETH_P_IP } from '../../wire/ethernet.js';
import { ipFastCsum } from '../../wire/checksum.js';
import { RTN_BROADCAST, RTN_MULTICAST } from './fib_types.js';
import { getU32, putU32 } from '../../wire/bytes.js';

/** LL_MAX_HEADER-ish headroom every locally built packet reserves. */
export const LL_RESERVED = 32;
export const IP_DF = 0x4000;


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
}

/**
 * A fresh skb for `payloadLen` bytes after an IPv4 header, with link-layer
 * headroom; data points at the payload area (the caller fills it), the
 * network header is written by ipPushHeader().
 */
export function ipAllocSkb(payloadLen: number): SkBuff {
  const skb = new SkBuff(20 + payloadLen, LL_RESERVED);
  skb.reserve(20);
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

/** Write the IPv4 header in front of skb.data and make it the network header. */
export function ipPushHeader(net: Net, skb: SkBuff, h: IpHdrSpec): void {
  const o = skb.push(20);
  const b = skb.buf;
  const len = skb.len;
  const id = h.id || (h.fragOff & IP_DF && h.protocol !== 1 ? 0 : ipSelectIdent(net, h.daddr, h.saddr, h.protocol));
  b[o] = 0x45;
  b[o + 1] = h.tos;
  b[o + 2] = len >>> 8;
  b[o + 3] = len & 0xff;
  b[o + 4] = id >>> 8;
  b[o + 5] = id & 0xff;
  b[o + 6] = h.fragOff >>> 8;
  b[o + 7] = h.fragOff & 0xff;
  b[o + 8] = h.ttl;
  b[o + 9] = h.protocol;
  putU32(b, o + 12, h.saddr);
  putU32(b, o + 16, h.daddr);
  skb.networkHeader = o;
  skb.transportHeader = o + 20;
  skb.protocol = ETH_P_IP;
}


/** ip_send_check(): tot_len is set; compute the header checksum. */
export function ipSendCheck(skb: SkBuff): void {
  const b = skb.buf;
  const o = skb.networkHeader;
  const ihl = b[o]! & 0x0f;
  b[o + 10] = 0;
  b[o + 11] = 0;
  const c = ipFastCsum(b.subarray(o, o + ihl * 4), ihl);
  b[o + 10] = c >>> 8;
  b[o + 11] = c & 0xff;
}

/** ip_local_out(): count, checksum, and dst_output(). The route owns the skb afterwards. */
export function ipLocalOut(net: Net, skb: SkBuff, rt: Rtable): void {
  skb.dst = rt;
  trace(net, skb, 'ip_local_out', rt.dev);
  net.mib.ip[IpStat.OUTPKTS]!++;
  ipSendCheck(skb);
  rt.output(skb);
}

/** ip_output(): the packet leaves by the route's device. */
export function ipOutput(skb: SkBuff): void {
  const rt = skb.dst as Rtable;
  const dev = rt.dev;
  const net = dev.net;
  skb.dev = dev;
  skb.protocol = ETH_P_IP;
  trace(net, skb, 'ip_output', dev);
  net.mib.ip[IpStat.OUTOCTETS]! += skb.len;
  ipFinishOutput2(net, skb, rt);
}

/**
 * ip_finish_output2(): count broadcast/multicast, then the neighbour of the
 * next hop (the gateway, or the destination itself on link).
 */
function ipFinishOutput2(net: Net, skb: SkBuff, rt: Rtable): void {
  if (rt.type === RTN_MULTICAST) net.mib.ip[IpStat.OUTMCASTPKTS]!++;
  else if (rt.type === RTN_BROADCAST) net.mib.ip[IpStat.OUTBCASTPKTS]!++;
  const b = skb.buf;
  const o = skb.networkHeader;
  const daddr = getU32(b, o + 16);
  const nexthop = rt.gateway || daddr;
  ipNeighOutput(net, skb, nexthop);
}

/** ip_mc_output(): tuxnet has no multicast routing; as ip_output(). */
export function ipMcOutput(skb: SkBuff): void {
  ipOutput(skb);
}

/** ip_rt_bug(): an input route was used for output. */
export function ipRtBug(skb: SkBuff): void {
  const net = skb.dev?.net;
  if (net) kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'ip_rt_bug');
}
