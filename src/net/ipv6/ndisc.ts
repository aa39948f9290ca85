/**
 * The ICMPv6 packets a fresh interface sends by itself and their way out:
 * neighbour solicitations for duplicate address detection (from ::, with
 * the enhanced-DAD nonce), router solicitations (with the source
 * link-layer address option), and the MLDv2 reports mcast.ts fills
 * (behind a hop-by-hop router alert). All go to a multicast group, whose
 * MAC is 33:33 and the group's low 32 bits (ndisc_mc_map); the receive
 * side (ipv6Rcv) accepts and consumes what other hosts send alike.
 * Linux: ip6_output() runs the NF_INET_POST_ROUTING hook; tuxnet has no
 * ip6tables, so the frame goes straight to dev_queue_xmit().
 * @linux net/ipv6/ndisc.c ndisc_send_ns() ndisc_send_rs() ndisc_send_skb(),
 *        net/ipv6/mcast.c mld_sendpack(), net/ipv6/ip6_input.c ipv6_rcv()
 */
import { allocSkb } from '../core/skbuff_cache.js';
import { PACKET_OTHERHOST, type SkBuff } from '../core/skbuff.js';
import type { NetDevice } from '../core/netdevice.js';
import type { NetWorld } from '../core/net_namespace.js';
import { devAddPack, devQueueXmit } from '../core/dev_rx.js';
import { consumeSkb, kfreeSkbReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import { ETH_P_IPV6, Ethh } from '../../wire/ethernet.js';
import { ethHeader } from '../ethernet/eth_header.js';
import { ndiscNeighOutput } from './ndisc_tbl.js';
import { Icmp6Stat, IpStat, type Mib6 } from '../core/snmp.js';
import {
  IN6ADDR_ANY, IPV6_HLEN, NEXTHDR_HOP, NEXTHDR_ICMP, addrSolictMult, csumIpv6Magic, ipv6AddrAny, ipv6AddrEqual,
  ipv6EthMcMapInto, ipv6HeaderEmit,
} from '../../wire/ipv6.js';
import type { Ifmcaddr6 } from './if_inet6.js';
import { igmp6Rcv } from './mcast.js';

/** ICMPv6 types (RFC 4861 section 4, RFC 3810 section 5.2). */
export const NDISC_ROUTER_SOLICITATION = 133;
export const NDISC_NEIGHBOUR_SOLICITATION = 135;
export const ICMPV6_MLD2_REPORT = 143;
/** ND options: source link-layer address (1), nonce (14, RFC 7527). */
const ND_OPT_SOURCE_LL_ADDR = 1;
const ND_OPT_NONCE = 14;

/** The hop-by-hop header of MLD (RFC 3810 5): router alert 0 (RFC 2711) then PadN. */
const MLD_HBH: readonly number[] = [NEXTHDR_ICMP, 0, 5, 2, 0, 0, 1, 0];

/**
 * The namespace's counters of one ICMPv6 message of `type` handed to
 * ip6_output(): OutRequests, then (ip6_output() returns 0 even when it
 * drops) ICMP6MSGOUT_INC_STATS() and ICMP6_MIB_OUTMSGS (ndisc_send_skb(),
 * mld_sendpack()).
 */
function icmp6OutStats(mib: Mib6, type: number): void {
  mib.ip6[IpStat.OUTREQUESTS]!++;
  mib.icmp6msg.inc(0x100 | type);
  mib.icmp6[Icmp6Stat.OUTMSGS]!++;
}

/** ip6_finish_output2(): IPSTATS_MIB_OUTMCAST and IPSTATS_MIB_OUT with the datagram's length. */
function ip6McastOutStats(mib: Mib6, len: number): void {
  mib.ip6[IpStat.OUTMCASTPKTS]!++;
  mib.ip6[IpStat.OUTMCASTOCTETS]! += len;
  mib.ip6[IpStat.OUTPKTS]!++;
  mib.ip6[IpStat.OUTOCTETS]! += len;
}

/**
 * The first half of sending one ICMPv6 message of `type` and `icmpLen`
 * bytes to the multicast group `daddr`: the skb with its IPv6 header (and
 * the MLD hop-by-hop header) and the type byte, for the caller to write
 * the rest of the message at skb.transportHeader (zeros elsewhere, the
 * checksum too) before icmp6McastXmit(). Null when the device's IPv6 is
 * off: ip6_output() drops it (SKB_DROP_REASON_IPV6DISABLED), counted.
 * Hop limit 255 for neighbour discovery (RFC 4861 6.1.1), 1 for MLD.
 */
export function icmp6McastAlloc(
  dev: NetDevice, saddr: Uint8Array, daddr: Uint8Array, type: number, icmpLen: number, hbh: boolean,
): SkBuff | null {
  if (dev.net.ipv6?.idevs.get(dev)?.conf('disable_ipv6')) {
    const mib = dev.net.mib6;
    icmp6OutStats(mib, type);
    mib.ip6[IpStat.OUTDISCARDS]!++;
    return null;
  }
  const extLen = hbh ? MLD_HBH.length : 0;
  const skb = allocSkb(dev.net, IPV6_HLEN + extLen + icmpLen, 16);
  const nh = skb.put(IPV6_HLEN + extLen + icmpLen);
  const b = skb.buf;
  skb.networkHeader = nh;
  ipv6HeaderEmit(b, nh, extLen + icmpLen, hbh ? NEXTHDR_HOP : NEXTHDR_ICMP, hbh ? 1 : 255, saddr, daddr);
  if (hbh) for (let i = 0; i < extLen; i++) b[nh + IPV6_HLEN + i] = MLD_HBH[i]!;
  const th = nh + IPV6_HLEN + extLen;
  skb.transportHeader = th;
  b[th] = type;
  skb.dev = dev;
  return skb;
}

/**
 * The second half: the checksum over the message the caller wrote, the
 * Ethernet header to the group's 33:33 address (ndisc_mc_map), the
 * counters, the neighbour entry (ip6_finish_output2), dev_queue_xmit().
 */
export function icmp6McastXmit(skb: SkBuff, saddr: Uint8Array, daddr: Uint8Array): void {
  const dev = skb.dev!;
  const b = skb.buf;
  const th = skb.transportHeader;
  const icmpLen = skb.tail - th;
  const sum = csumIpv6Magic(saddr, daddr, NEXTHDR_ICMP, b, th, icmpLen);
  b[th + 2] = sum >>> 8;
  b[th + 3] = sum & 0xff;
  skb.protocol = ETH_P_IPV6;
  skb.tstamp = dev.net.sched.now;
  // eth_header() with the group's 33:33 address (ipv6_eth_mc_map()) written in place: no array per packet
  ethHeader(skb, dev, ETH_P_IPV6, null, dev.devAddr);
  ipv6EthMcMapInto(daddr, skb.buf, skb.data + Ethh.Dest);
  skb.macHeader = skb.data;
  const mib = dev.net.mib6;
  icmp6OutStats(mib, b[th]!);
  ip6McastOutStats(mib, skb.tail - skb.networkHeader);
  trace(dev.net, skb, 'ip6_finish_output2', dev);
  ndiscNeighOutput(dev, daddr);
  devQueueXmit(skb);
}

/**
 * ndisc_send_ns() for DAD: from :: to the target's solicited-node group,
 * no source link-layer option (RFC 4862 5.4.2), the nonce option when
 * enhanced DAD gave one.
 */
export function ndiscSendDadNs(dev: NetDevice, target: Uint8Array, nonce: Uint8Array | null): void {
  const group = addrSolictMult(target);
  const skb = icmp6McastAlloc(dev, IN6ADDR_ANY, group, NDISC_NEIGHBOUR_SOLICITATION, 24 + (nonce ? 8 : 0), false);
  if (!skb) return;
  const b = skb.buf;
  const o = skb.transportHeader;
  b.set(target, o + 8);
  if (nonce) {
    b[o + 24] = ND_OPT_NONCE;
    b[o + 25] = 1;
    b.set(nonce, o + 26);
  }
  icmp6McastXmit(skb, IN6ADDR_ANY, group);
}

/** ndisc_send_rs(): to ff02::2 with our link-layer address (RFC 4861 4.1). */
export function ndiscSendRs(dev: NetDevice, saddr: Uint8Array, daddr: Uint8Array): void {
  const withLl = !ipv6AddrAny(saddr);
  const skb = icmp6McastAlloc(dev, saddr, daddr, NDISC_ROUTER_SOLICITATION, 8 + (withLl ? 8 : 0), false);
  if (!skb) return;
  if (withLl) {
    const b = skb.buf;
    const o = skb.transportHeader;
    b[o + 8] = ND_OPT_SOURCE_LL_ADDR;
    b[o + 9] = 1;
    for (let i = 0; i < 6; i++) b[o + 10 + i] = dev.devAddr[i]!;
  }
  icmp6McastXmit(skb, saddr, daddr);
}

/**
 * ipv6_rcv(), as far as tuxnet goes: every datagram counts in InReceives
 * and InOctets (ip6_rcv_core()); a device whose IPv6 is off (no
 * inet6_dev, disable_ipv6) drops it as InDiscards; else it counts by its
 * ECN codepoint, a multicast one in InMcastPkts/Octets (ip6_mc_input()),
 * and only a group the device joined delivers it (ipv6_chk_mcast_addr():
 * InDelivers, icmpv6_rcv()'s Icmp6InMsgs and In type; MLD queries and
 * reports to mcast.ts); the others are freed without a count. Delivered
 * or not, it is consumed.
 * Linux: NS for one of our addresses is answered, an RA configures;
 * tuxnet's lab has no IPv6 router nor IPv6 traffic to answer.
 */
function ipv6Rcv(skb: SkBuff, dev: NetDevice): void {
  // ip6_rcv_core(): a frame for another host's MAC is dropped before any count but the device's.
  if (skb.pktType === PACKET_OTHERHOST) {
    dev.stats.rxOtherhostDropped++;
    kfreeSkbReason(dev.net, skb, 'OTHERHOST', 'ipv6_rcv');
    return;
  }
  const mib = dev.net.mib6;
  const len = skb.len;
  mib.ip6[IpStat.INPKTS]!++;
  mib.ip6[IpStat.INOCTETS]! += len;
  const idev = dev.net.ipv6?.idevs.get(dev);
  if (!idev || idev.conf('disable_ipv6')) {
    mib.ip6[IpStat.INDISCARDS]!++;
    kfreeSkbReason(dev.net, skb, 'NOT_SPECIFIED', 'ipv6_rcv');
    return;
  }
  trace(dev.net, skb, 'ipv6_rcv', dev);
  const b = skb.buf;
  const nh = skb.data;
  mib.ip6[IpStat.NOECTPKTS + ((b[nh + 1]! >> 4) & 3)]!++;
  if (b[nh + 24] === 0xff) {
    mib.ip6[IpStat.INMCASTPKTS]!++;
    mib.ip6[IpStat.INMCASTOCTETS]! += len;
    if (mcJoined(idev.mc, b, nh + 24)) {
      const th = icmp6Deliver(mib, b, nh);
      if (th >= 0) igmp6Rcv(idev, skb, nh, th);
    }
  }
  consumeSkb(skb);
}

/** ipv6_chk_mcast_addr(): whether the group at `o` of `b` is one of the device's memberships. */
function mcJoined(mc: readonly Ifmcaddr6[], b: Uint8Array, o: number): boolean {
  for (let i = 0; i < mc.length; i++) if (ipv6AddrEqual(mc[i]!.addr, b, o)) return true;
  return false;
}

/**
 * ip6_input_finish() of an ICMPv6 message (behind at most the MLD
 * hop-by-hop header): InDelivers, then icmpv6_rcv()'s InMsgs and its
 * type; the ICMPv6 header's offset, -1 for anything else.
 */
function icmp6Deliver(mib: Mib6, b: Uint8Array, nh: number): number {
  const hbh = b[nh + 6] === NEXTHDR_HOP;
  const next = hbh ? b[nh + IPV6_HLEN] : b[nh + 6];
  if (next !== NEXTHDR_ICMP) return -1;
  const th = nh + IPV6_HLEN + (hbh ? 8 * (b[nh + IPV6_HLEN + 1]! + 1) : 0);
  mib.ip6[IpStat.INDELIVERS]!++;
  mib.icmp6[Icmp6Stat.INMSGS]!++;
  mib.icmp6msg.inc(b[th]!);
  return th;
}

/** inet6_init(): the ETH_P_IPV6 packet type. */
export function ipv6PacketInit(world: NetWorld): void {
  devAddPack(world, { type: ETH_P_IPV6, func: ipv6Rcv });
}
