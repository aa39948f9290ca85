/**
 * UDP receive (__udp4_lib_rcv): header, length and checksum checks, the
 * socket lookup, and what happens when no socket wants the datagram: RFC
 * 1122 4.1.3.1 "If a datagram arrives addressed to a UDP port for which
 * there is no pending LISTEN call, UDP SHOULD send an ICMP Port Unreachable
 * message." The socket lookup is `net.world.inet.udp.lookup`, installed
 * by udp_lookup.ts (UDP sockets).
 * The same code receives UDP-Lite (udplite.ts) from its own table.
 * @linux net/ipv4/udp.c __udp4_lib_rcv() __udp4_lib_mcast_deliver() __udp4_lib_err()
 */
import { CHECKSUM_PARTIAL, type SkBuff } from '../core/skbuff.js';
import type { Net, NetWorld } from '../core/net_namespace.js';
import { UdpStat, udpIncStats } from '../core/snmp.js';
import { consumeSkb, kfreeSkbReason, type DropReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import { inetAddProtocol } from './protocol.js';
import { RTCF_BROADCAST, RTCF_MULTICAST, skbRtable } from './route.js';
import { icmpSend } from './icmp_send.js';
import { ICMP_DEST_UNREACH, ICMP_PORT_UNREACH } from '../../wire/icmp.js';
import { IPPROTO_UDP, Iph } from '../../wire/ipv4.js';
import { IPPROTO_UDPLITE } from '../../uapi/linux/in.js';
import { UDP_HLEN, Udph, udpCsum, udpHdrCheck } from '../../wire/udp.js';
import { udpliteChecksumInit } from './udplite.js';
import { getU16, getU32 } from '../../wire/bytes.js';

/** The socket side of a received datagram (struct sock, as UDP sees it). */
export interface UdpSock {
  /**
   * udp_unicast_rcv_skb() / udp_queue_rcv_skb(): the socket owns the skb,
   * whose first `cscov` bytes the checksum covers (UDP-Lite; UDP: all).
   * The socket counts InDatagrams (udp_recvmsg()) or RcvbufErrors itself.
   */
  rcv(skb: SkBuff, cscov: number): void;
}

/** Where UDP sockets plug in; `proto` picks udp_table or udplite_table. */
export interface UdpHooks {
  /**
   * __udp4_lib_lookup_skb(): the socket for (saddr:sport -> daddr:dport)
   * arriving on `dif`, or null.
   */
  lookup(net: Net, saddr: number, sport: number, daddr: number, dport: number, dif: number, proto: number): UdpSock | null;
  /**
   * __udp4_lib_mcast_deliver(): the sockets a broadcast or multicast
   * datagram goes to (each gets a clone).
   */
  mcastLookup(net: Net, saddr: number, sport: number, daddr: number, dport: number, dif: number, proto: number): UdpSock[];
  /** __udp4_lib_err(): an ICMP error about a datagram we sent. */
  err(net: Net, skb: SkBuff, type: number, code: number, info: number, proto: number): void;
  /** udp_v4_early_demux(): a unicast datagram of a connected socket gets that socket before routing. */
  earlyDemux(skb: SkBuff, net: Net): void;
}

/**
 * udp_rcv() -> __udp4_lib_rcv(): the IPPROTO_UDP handler. skb.data is the
 * UDP header, skb.dst the input route; the handler owns the skb.
 */
export function udpRcv(skb: SkBuff, net: Net): void {
  udp4LibRcv(skb, net, IPPROTO_UDP);
}

/**
 * __udp4_lib_rcv() for UDP and UDP-Lite (`proto`): the length and
 * checksum checks, then the socket of the proto's table, or Port
 * Unreachable.
 */
export function udp4LibRcv(skb: SkBuff, net: Net, proto: number): void {
  trace(net, skb, 'udp_rcv');
  const lite = proto === IPPROTO_UDPLITE;
  const b = skb.buf;
  const uh = skb.data;
  // "No space for header", then short_packet: the UDP length must fit the IP payload (UDP: and cover the header).
  if (lite ? skb.len < UDP_HLEN || getU16(b, uh + Udph.Len) > skb.len : udpHdrCheck(b, uh, skb.len) !== null) {
    return udpDrop(net, skb, 'PKT_TOO_SMALL', lite);
  }
  // pskb_trim_rcsum(): bytes after the UDP length are not the datagram's (UDP-Lite's Length is its coverage).
  if (!lite) skb.trim(getU16(b, uh + Udph.Len));
  const nh = skb.networkHeader;
  const saddr = getU32(b, nh + Iph.Saddr);
  const daddr = getU32(b, nh + Iph.Daddr);
  const cscov = lite ? udpliteChecksumInit(skb, saddr, daddr) : udpChecksumInit(skb, saddr, daddr);
  if (cscov < 0) {
    udpIncStats(net, UdpStat.CSUMERRORS, lite);
    return udpDrop(net, skb, 'UDP_CSUM', lite);
  }
  const sport = getU16(b, uh + Udph.Source);
  const dport = getU16(b, uh + Udph.Dest);
  const dif = skb.skbIif;
  const rt = skbRtable(skb);
  if (rt && rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST)) {
    udpMcastDeliver(net, skb, saddr, sport, daddr, dport, dif, proto, cscov);
    return;
  }
  const sk = net.world.inet.udp.lookup(net, saddr, sport, daddr, dport, dif, proto);
  if (sk) {
    sk.rcv(skb, cscov);
    return;
  }
  // nf_reset_ct(): the port unreachable is not attached to the datagram's connection;
  // conntrack finds it again from the quoted header (in the default zone)
  skb.nfct = null;
  skb.nfctinfo = 0;
  udpIncStats(net, UdpStat.NOPORTS, lite);
  icmpSend(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);
  kfreeSkbReason(net, skb, 'NO_SOCKET', 'udp_rcv');
}

/**
 * udp4_csum_init() + udp_lib_checksum_complete() for UDP: RFC 768, zero
 * means none; a CHECKSUM_PARTIAL skb (a local stack's, through veth or
 * lo) is not verified (skb_csum_unnecessary()). The coverage (all of it),
 * or -1 for a bad checksum.
 */
function udpChecksumInit(skb: SkBuff, saddr: number, daddr: number): number {
  const b = skb.buf;
  const uh = skb.data;
  if (getU16(b, uh + Udph.Check) !== 0 && skb.ipSummed !== CHECKSUM_PARTIAL && udpCsum(b, uh, saddr, daddr) !== 0) return -1;
  return skb.len;
}

/**
 * __udp4_lib_mcast_deliver(): a clone to every matching socket; none →
 * IgnoredMulti and a silent drop (RFC 1122 4.1.3.1: no Port Unreachable
 * for broadcast or multicast; RFC 1812 4.3.2.7).
 */
function udpMcastDeliver(net: Net, skb: SkBuff, saddr: number, sport: number, daddr: number, dport: number, dif: number, proto: number, cscov: number): void {
  const socks = net.world.inet.udp.mcastLookup(net, saddr, sport, daddr, dport, dif, proto);
  if (socks.length === 0) {
    udpIncStats(net, UdpStat.IGNOREDMULTI, proto === IPPROTO_UDPLITE);
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'udp_rcv');
    return;
  }
  for (const sk of socks) sk.rcv(skb.clone(), cscov);
  consumeSkb(skb);
}

/** __udp4_lib_rcv()'s drop: label: InErrors, then free with `reason`. */
function udpDrop(net: Net, skb: SkBuff, reason: DropReason, lite: boolean): void {
  udpIncStats(net, UdpStat.INERRORS, lite);
  kfreeSkbReason(net, skb, reason, 'udp_rcv');
}

/**
 * udp_err() -> __udp4_lib_err(): an ICMP error quoting a datagram of ours
 * (skb.data is the quoted IP header). With no sockets there is nobody to
 * report to; the world's `inet.udp.err` finds the socket (udp_lookup.ts).
 */
export function udpErr(skb: SkBuff, net: Net, type: number, code: number, info: number): void {
  net.world.inet.udp.err(net, skb, type, code, info, IPPROTO_UDP);
}

/** udp_init / inet_init(): register IPPROTO_UDP. */
export function udpInit(world: NetWorld): void {
  inetAddProtocol(world, IPPROTO_UDP, { handler: udpRcv, errHandler: udpErr, earlyDemux: (skb, net) => net.world.inet.udp.earlyDemux(skb, net) });
}

/** udplite_rcv() */
function udpliteRcv(skb: SkBuff, net: Net): void {
  udp4LibRcv(skb, net, IPPROTO_UDPLITE);
}

/** udplite_err() -> __udp4_lib_err() over udplite_table. */
function udpliteErr(skb: SkBuff, net: Net, type: number, code: number, info: number): void {
  net.world.inet.udp.err(net, skb, type, code, info, IPPROTO_UDPLITE);
}

/** udplite4_register() (net/ipv4/udplite.c): the IPPROTO_UDPLITE handler. */
export function udpliteInit(world: NetWorld): void {
  inetAddProtocol(world, IPPROTO_UDPLITE, { handler: udpliteRcv, errHandler: udpliteErr });
}
