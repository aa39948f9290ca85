/**
 * Multipath next-hop selection: the flow hash (policies 0-3 of
 * fib_multipath_hash_policy, the kernel's SipHash of struct flow_keys) picks
 * the next hop whose weight interval holds it.
 * @linux net/ipv4/fib_semantics.c fib_select_multipath(), fib_good_nh(), fib_rebalance(); net/ipv4/route.c fib_multipath_hash()
 */
import type { Net } from '../core/net_namespace.js';
import { flowHashV4 } from '../core/flow_dissector.js';
import { jhash2Words } from '../../lib/jhash.js';
import type { SkBuff } from '../core/skbuff.js';
import type { Flowi4 } from './fib_rules.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { ETH_P_IP } from '../../wire/ethernet.js';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, IPV4_MIN_HLEN, IP_OFFSET, Iph, iphHdrLen, ipIsFragment } from '../../wire/ipv4.js';
import type { FibResult } from './fib_trie.js';
import { ipIgnoreLinkdown } from './fib_trie.js';
import { RTNH_F_DEAD, RTNH_F_LINKDOWN, RT_SCOPE_LINK } from './fib_types.js';
import type { FibInfo, FibNh } from './fib_semantics.js';
import { inetSelectAddr } from './route.js';
import { NUD_VALID, neighLookupNoref } from '../core/neighbour.js';
import { nexthopPathFibResult } from './nexthop.js';

/** The namespace's mp_seed: fib_multipath_hash_seed, or random (drawn at first use here), as an int32. */
function hashKey(net: Net): number {
  let k = net.ipv4.multipathHashKey;
  if (k === null) {
    k = net.world.rng.u32();
    net.ipv4.multipathHashKey = k;
  }
  return k | 0;
}

/* fib_multipath_hash_fields (policy 3): the outer fields (include/net/ip_fib.h). */
const FIELD_SRC_IP = 0x1;
const FIELD_DST_IP = 0x2;
const FIELD_IP_PROTO = 0x4;
const FIELD_SRC_PORT = 0x10;
const FIELD_DST_PORT = 0x20;
const FIELD_OUTER_MASK = 0x3f;

/** fib_multipath_hash_from_keys(): the u32 flow hash (an int32) under the namespace's seed. */
function flowHash(net: Net, saddr: number, daddr: number, proto: number, sport: number, dport: number): number {
  return flowHashV4(net.ipv4.routeScratch.flowKeys, hashKey(net), saddr, daddr, proto, sport, dport);
}

/** fib_multipath_custom_hash_fl4()/_outer(): the fields fib_multipath_hash_fields names; 0 without an outer one. */
function customHash(net: Net, saddr: number, daddr: number, proto: number, sport: number, dport: number): number {
  const f = net.ipv4.sysctl.fibMultipathHashFields;
  if (!(f & FIELD_OUTER_MASK)) return 0;
  return flowHash(net, f & FIELD_SRC_IP ? saddr : 0, f & FIELD_DST_IP ? daddr : 0, f & FIELD_IP_PROTO ? proto : 0,
    f & FIELD_SRC_PORT ? sport : 0, f & FIELD_DST_PORT ? dport : 0);
}

/**
 * fib_multipath_hash() of a socket's flow (no packet): policy 0 and 2 hash
 * the two addresses, 1 adds the protocol and ports (for a raw ICMP socket
 * the type and code overlay the destination port), 3 the fields
 * fib_multipath_hash_fields names. Shifted to 31 bits.
 */
export function fibMultipathHash(net: Net, fl4: Flowi4): number {
  switch (net.ipv4.sysctl.fibMultipathHashPolicy) {
    case 1: return flowHash(net, fl4.saddr, fl4.daddr, fl4.proto, fl4.sport, fl4.dport) >>> 1;
    case 3: return customHash(net, fl4.saddr, fl4.daddr, fl4.proto, fl4.sport, fl4.dport) >>> 1;
    default: return flowHash(net, fl4.saddr, fl4.daddr, 0, 0, 0) >>> 1;
  }
}

/** icmp_is_err(): the ICMP errors whose quoted header ip_multipath_l3_keys() hashes instead. */
function icmpIsErr(type: number): boolean {
  return type === 3 || type === 4 || type === 11 || type === 12;
}

/**
 * fib_multipath_hash() of a packet (skb->l4_hash is never set in the lab):
 * policy 0 and 2 hash its addresses, those of the header an ICMP error
 * quotes (ip_multipath_l3_keys()); 1 what the flow dissector finds: the
 * protocol, and the ports of TCP, UDP, UDP-Lite, SCTP, DCCP (ESP its SPI,
 * AH at offset 4) unless the packet is a fragment; 3 the named fields of
 * those (fib_multipath_custom_hash_skb(): jhash_2words() of the outer hash
 * and an inner one, 0 without encapsulation). Shifted to 31 bits.
 */
export function fibMultipathHashSkb(net: Net, skb: SkBuff): number {
  const policy = net.ipv4.sysctl.fibMultipathHashPolicy;
  const b = skb.buf;
  const nh = skb.networkHeader >= 0 ? skb.networkHeader : skb.data;
  const len = skb.tail - nh;
  if (len < IPV4_MIN_HLEN) return flowHash(net, 0, 0, 0, 0, 0) >>> 1;
  const hdr = iphHdrLen(b, nh);
  const proto = b[nh + Iph.Protocol]!;
  const saddr = getU32(b, nh + Iph.Saddr);
  const daddr = getU32(b, nh + Iph.Daddr);
  if (policy !== 1 && policy !== 3) {
    if (proto === IPPROTO_ICMP && !(getU16(b, nh + Iph.FragOff) & IP_OFFSET) && len >= hdr + 8 + IPV4_MIN_HLEN &&
      icmpIsErr(b[nh + hdr]!)) {
      const inner = nh + hdr + 8;
      return flowHash(net, getU32(b, inner + Iph.Saddr), getU32(b, inner + Iph.Daddr), 0, 0, 0) >>> 1;
    }
    return flowHash(net, saddr, daddr, 0, 0, 0) >>> 1;
  }
  let sport = 0;
  let dport = 0;
  const off = !ipIsFragment(b, nh) ? protoPortsOffset(proto) : -1;
  if (off >= 0 && len >= hdr + off + 4) {
    sport = getU16(b, nh + hdr + off);
    dport = getU16(b, nh + hdr + off + 2);
  }
  if (policy === 1) return flowHash(net, saddr, daddr, proto, sport, dport) >>> 1;
  return jhash2Words(customHash(net, saddr, daddr, proto, sport, dport), 0, 0) >>> 1;
}

/** proto_ports_offset(): where a protocol keeps its ports, -1 when it has none. */
export function protoPortsOffset(proto: number): number {
  switch (proto) {
    case IPPROTO_TCP: case IPPROTO_UDP: case 33 /* DCCP */: case 50 /* ESP */: case 132 /* SCTP */: case 136 /* UDP-Lite */:
      return 0;
    case 51 /* AH */:
      return 4;
    default:
      return -1;
  }
}

function usable(nh: { flags: number; dev: Parameters<typeof ipIgnoreLinkdown>[0] }): boolean {
  if (nh.flags & RTNH_F_DEAD) return false;
  return !(nh.flags & RTNH_F_LINKDOWN && ipIgnoreLinkdown(nh.dev));
}

/**
 * fib_rebalance(): each live next hop gets the upper bound
 * round(w_cum * 2^31 / total) - 1, a dead one (or a linkdown one under
 * ignore_routes_with_linkdown) -1. It runs when the route is made and when
 * a device's state changes its next hops: changing the sysctl alone
 * rebalances nothing.
 */
export function fibRebalance(fi: FibInfo): void {
  const nhs = fi.nhs;
  if (nhs.length < 2) return;
  let total = 0;
  for (const nh of nhs) if (usable(nh)) total += nh.weight;
  let w = 0;
  for (const nh of nhs) {
    if (!usable(nh)) {
      nh.upperBound = -1;
      continue;
    }
    w += nh.weight;
    nh.upperBound = hashUpperBound(w, total);
  }
}

/** The top of a next hop's hash interval: DIV_ROUND_CLOSEST_ULL((u64)w << 31, total) - 1 for cumulative weight `w`. */
export function hashUpperBound(w: number, total: number): number {
  return Math.round((w * 2 ** 31) / total) - 1;
}

/** ipv4_good_nh(): a gateway whose neighbour entry, if there is one, is NUD_VALID. */
export function gwNeighValid(net: Net, nh: FibNh): boolean {
  if (!nh.dev) return true;
  const n = neighLookupNoref(net.ipv4.arpTbl, nh.gw, nh.dev);
  return n === null || (n.nudState & NUD_VALID) !== 0;
}

/**
 * fib_good_nh(): with fib_multipath_use_neigh, a next hop whose gateway's
 * neighbour entry is not NUD_VALID (FAILED, INCOMPLETE, NONE) is avoided;
 * no entry yet, or a next hop without a link-scope gateway, counts as good.
 */
function fibGoodNh(net: Net, nh: FibNh): boolean {
  return nh.scope !== RT_SCOPE_LINK || gwNeighValid(net, nh);
}

/**
 * fib_select_multipath(): among the next hops with a hash interval (upper
 * bound not -1, fib_rebalance()), each candidate scores 2 when its
 * device's address (nh_saddr) is the flow's source and 1 when the hash is
 * within its bound; the first best wins (a full score ends the walk: 3, or 1
 * without a source). `saddr` is 0 for a forwarded packet (no flow given).
 */
export function fibSelectMultipath(res: FibResult, hash: number, saddr = 0): void {
  const fi = res.fi;
  if (fi.nh !== null) {
    nexthopPathFibResult(res, hash);
    return;
  }
  const nhs = fi.nhs;
  const net = fi.net;
  const useNeigh = net.ipv4.sysctl.fibMultipathUseNeigh !== 0;
  let score = -1;
  for (let i = 0; i < nhs.length; i++) {
    const nh = nhs[i]!;
    if (nh.upperBound === -1 || (useNeigh && !fibGoodNh(net, nh))) continue;
    let nhScore = 0;
    if (saddr && nh.dev && inetSelectAddr(nh.dev, nh.gw, fi.scope) === saddr) nhScore += 2;
    if (hash <= nh.upperBound) nhScore++;
    if (score < nhScore) {
      res.nhSel = i;
      if (nhScore === 3 || (!saddr && nhScore === 1)) return;
      score = nhScore;
    }
  }
}

/**
 * fib4_rules_early_flow_dissect(): once a rule selects on ipproto, sport or
 * dport (net->ipv4.fib_rules_require_fldissect), an input lookup's flow
 * takes them from the packet as the flow dissector finds them (no ports in
 * a later fragment); false, the flow untouched, otherwise.
 * @linux include/net/ip_fib.h
 */
export function fib4RulesEarlyFlowDissect(net: Net, skb: SkBuff, fl4: Flowi4): boolean {
  if (!net.ipv4.fib.rules.requireFldissect) return false;
  fl4.proto = 0;
  fl4.sport = 0;
  fl4.dport = 0;
  // only an IPv4 packet has a protocol and ports: an ARP request's lookup has neither
  if (skb.protocol !== ETH_P_IP) return true;
  const b = skb.buf;
  const nh = skb.networkHeader >= 0 ? skb.networkHeader : skb.data;
  const len = skb.tail - nh;
  if (len < IPV4_MIN_HLEN) return true;
  const hdr = iphHdrLen(b, nh);
  fl4.proto = b[nh + Iph.Protocol]!;
  const off = !ipIsFragment(b, nh) ? protoPortsOffset(fl4.proto) : -1;
  if (off >= 0 && len >= hdr + off + 4) {
    fl4.sport = getU16(b, nh + hdr + off);
    fl4.dport = getU16(b, nh + hdr + off + 2);
  }
  return true;
}
