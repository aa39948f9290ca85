/**
 * Which UDP socket a datagram is for: __udp4_lib_lookup()'s two passes
 * (sockets bound to the destination address, then wildcard ones) scored by
 * compute_score() — a connected peer address and port, a bound device —
 * with SO_REUSEPORT groups choosing one member by the flow's hash;
 * __udp_is_mcast_sock() for broadcast and multicast; and __udp4_lib_err():
 * ICMP errors reach the socket that sent the quoted datagram.
 * @linux net/ipv4/udp.c compute_score() udp4_lib_lookup2() __udp4_lib_err()
 */
import type { Net, NetWorld } from '../core/net_namespace.js';
import { PACKET_HOST, type SkBuff } from '../core/skbuff.js';
import type { Errno } from '../core/errno.js';
import { TCP_ESTABLISHED } from '../core/sock.js';
import { IcmpStat, icmpIncStats } from '../core/snmp.js';
import { IPPROTO_UDP, IP_PMTUDISC_DONT } from '../../uapi/linux/in.js';
import {
  ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_SOURCE_QUENCH, ICMP_TIME_EXCEEDED,
  NR_ICMP_UNREACH,
} from '../../wire/icmp.js';
import { Iph, iphHdrLen } from '../../wire/ipv4.js';
import { UDP_HLEN, Udph } from '../../wire/udp.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { ipIcmpError } from './ip_sockglue.js';
import { ICMP_ERR_CONVERT } from './raw.js';
import type { UdpSocket } from './udp_sock.js';
import { ipMcSfAllow } from './igmp_sock.js';

/** udp_sk_bound_dev_eq(): an unbound socket takes any device. */
function boundDevEq(sk: UdpSocket, dif: number): boolean {
  return !sk.skBoundDevIf || sk.skBoundDevIf === dif;
}

/** compute_score(): -1 when the socket does not match. */
function computeScore(sk: UdpSocket, saddr: number, sport: number, dif: number): number {
  let score = 2;
  if (sk.inetDaddr) {
    if (sk.inetDaddr !== saddr) return -1;
    score += 4;
  }
  if (sk.inetDport) {
    if (sk.inetDport !== sport) return -1;
    score += 4;
  }
  if (!boundDevEq(sk, dif)) return -1;
  if (sk.skBoundDevIf) score += 4;
  return score;
}

/** udp_ehashfn(): the flow hash a reuseport group picks its member by. */
function udpEhashfn(saddr: number, sport: number, daddr: number, dport: number): number {
  let h = Math.imul(saddr ^ 0x2545f491, 0x9e3779b1) ^ daddr;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ ((sport << 16) | dport);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * udp4_lib_lookup2() over the sockets bound to `laddr`: the best score,
 * the first met winning a tie; udp_lib_get_port() adds an IPv4 socket at
 * the head of its hslot2, so the chain (in bind order) is walked from its
 * newest: of two SO_REUSEADDR sockets the last bound takes the unicast.
 * A reuseport socket hands over to its group (reuseport_select_sock():
 * reciprocal_scale(hash, members), in join order).
 */
function lookup2(chain: readonly UdpSocket[], laddr: number, saddr: number, sport: number, daddr: number, dport: number, dif: number): UdpSocket | null {
  let best: UdpSocket | null = null;
  let badness = -1;
  for (let i = chain.length - 1; i >= 0; i--) {
    const sk = chain[i]!;
    if (sk.inetRcvSaddr !== laddr) continue;
    const score = computeScore(sk, saddr, sport, dif);
    if (score <= badness) continue;
    if (sk.skReuseport && !sk.inetDaddr) {
      const group = chain.filter((s) => s.skReuseport && s.inetRcvSaddr === laddr && computeScore(s, saddr, sport, dif) >= 0);
      const h = udpEhashfn(saddr, sport, daddr, dport);
      return group[Math.floor((h * group.length) / 0x1_0000_0000)] ?? sk;
    }
    best = sk;
    badness = score;
  }
  return best;
}

/** __udp4_lib_lookup() in the table of `proto` (UDP or UDP-Lite): the exact local address first, then the wildcard. */
export function udp4LibLookup(net: Net, saddr: number, sport: number, daddr: number, dport: number, dif: number, proto = IPPROTO_UDP): UdpSocket | null {
  const chain = net.ipv4.udpTableOf(proto).chain(dport);
  if (chain.length === 0) return null;
  return lookup2(chain, daddr, saddr, sport, daddr, dport, dif) ?? lookup2(chain, 0, saddr, sport, daddr, dport, dif);
}

/** __udp_is_mcast_sock() over the port's sockets, each filtered by ip_mc_sf_allow(). */
function udpMcastLookup(net: Net, saddr: number, sport: number, daddr: number, dport: number, dif: number, proto: number): UdpSocket[] {
  return net.ipv4.udpTableOf(proto).chain(dport).filter((sk) =>
    !(sk.inetDaddr && sk.inetDaddr !== saddr) && !(sk.inetDport && sk.inetDport !== sport) &&
    !(sk.inetRcvSaddr && sk.inetRcvSaddr !== daddr) && boundDevEq(sk, dif) && ipMcSfAllow(sk, daddr, saddr, dif));
}

/** The errno of an ICMP error and whether it is hard; null: nothing to report. */
function udpErrno(sk: UdpSocket, type: number, code: number): readonly [Errno, boolean] | null {
  switch (type) {
    case ICMP_TIME_EXCEEDED: return ['EHOSTUNREACH', false];
    case ICMP_SOURCE_QUENCH: return null;
    case ICMP_PARAMETERPROB: return ['EPROTO', true];
    case ICMP_DEST_UNREACH:
      if (code === ICMP_FRAG_NEEDED) return sk.pmtudisc !== IP_PMTUDISC_DONT ? ['EMSGSIZE', true] : null;
      return code <= NR_ICMP_UNREACH ? ICMP_ERR_CONVERT[code] ?? ['EHOSTUNREACH', false] : ['EHOSTUNREACH', false];
    case ICMP_REDIRECT: return null;
    default: return ['EHOSTUNREACH', false];
  }
}

/**
 * __udp4_lib_err(): skb.data is the quoted IP header of a datagram we
 * sent. The socket hears hard errors when connected; with IP_RECVERR
 * every error, on its error queue too.
 */
function udpErr(net: Net, skb: SkBuff, type: number, code: number, info: number, proto: number): void {
  const b = skb.buf;
  const iph = skb.data;
  const uh = iph + iphHdrLen(b, iph);
  if (uh + 8 > skb.tail) return;
  const dif = skb.dev?.ifindex ?? 0;
  let sk = udp4LibLookup(net, getU32(b, iph + Iph.Daddr), getU16(b, uh + Udph.Dest), getU32(b, iph + Iph.Saddr), getU16(b, uh + Udph.Source), dif, proto);
  const tunnel = !sk || sk.encapRcv !== null;
  if (tunnel) sk = udpErrEncap(net, skb, sk, uh, dif, proto);
  // No socket and no tunnel to ask (__udp4_lib_err_encap_no_sk: -ENOENT): counted as an ICMP input error.
  if (!sk) {
    icmpIncStats(net, IcmpStat.INERRORS);
    return;
  }
  const routeError = net.world.inet.routeError;
  const who = {
    boundDev: sk.skBoundDevIf, mark: sk.skMark, protocol: sk.protocol, pmtudisc: sk.pmtudisc, hasDst: sk.skState === TCP_ESTABLISHED,
  };
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) routeError.skUpdatePmtu(skb, net, info, who);
  if (type === ICMP_REDIRECT) routeError.skRedirect(skb, net, who);
  // "...not for tunnels though: we don't have a sending socket" (no encap_err_rcv in the lab's tunnels).
  if (tunnel) return;
  const conv = udpErrno(sk, type, code);
  if (!conv) return;
  const [err, harderr] = conv;
  if (!sk.recverr) {
    if (!harderr || sk.skState !== TCP_ESTABLISHED) return;
  } else ipIcmpError(sk, skb, err, getU16(b, uh + Udph.Dest), info, uh + 8);
  sk.skErr = err;
  sk.errorReport();
}

/**
 * __udp4_lib_err_encap(): the error of a tunnel's datagram, whose source
 * port is the flow's, not the tunnel socket's: a socket found for it must
 * own it (encap_err_lookup), else the socket bound to the destination
 * port, the tunnel's own on both ends, when its lookup claims it.
 */
function udpErrEncap(net: Net, skb: SkBuff, sk: UdpSocket | null, uh: number, dif: number, proto: number): UdpSocket | null {
  if (sk) return sk.encapErrLookup && !sk.encapErrLookup(sk, skb, uh) ? null : sk;
  const b = skb.buf;
  const iph = skb.data;
  const t = udp4LibLookup(net, getU32(b, iph + Iph.Daddr), getU16(b, uh + Udph.Source), getU32(b, iph + Iph.Saddr), getU16(b, uh + Udph.Dest), dif, proto);
  return t?.encapErrLookup?.(t, skb, uh) ? t : null;
}

/**
 * udp_v4_early_demux() of a unicast datagram for us (PACKET_HOST):
 * __udp4_lib_demux_lookup() finds only a socket connected to exactly this
 * 4-tuple (INET_MATCH), which the skb then carries (sock_efree). The cached
 * input route (sk_rx_dst) is not modelled for UDP.
 */
function udpV4EarlyDemux(skb: SkBuff, net: Net): void {
  if (!net.ipv4.sysctl.udpEarlyDemux || skb.pktType !== PACKET_HOST) return;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const uh = nh + iphHdrLen(b, nh);
  if (uh + UDP_HLEN > skb.tail) return;
  const saddr = getU32(b, nh + Iph.Saddr);
  const daddr = getU32(b, nh + Iph.Daddr);
  const sport = getU16(b, uh + Udph.Source);
  const dport = getU16(b, uh + Udph.Dest);
  const chain = net.ipv4.udpTableOf(IPPROTO_UDP).chain(dport);
  for (let k = 0; k < chain.length; k++) {
    const sk = chain[k]!;
    if (sk.inetRcvSaddr === daddr && sk.inetDaddr === saddr && sk.inetDport === sport && boundDevEq(sk, skb.skbIif)) {
      skb.sk = sk;
      return;
    }
  }
}

/** udp_init(): the world's UDP hooks find this namespace's sockets. */
export function udpSockInit(world: NetWorld): void {
  const hooks = world.inet.udp;
  hooks.lookup = udp4LibLookup;
  hooks.mcastLookup = udpMcastLookup;
  hooks.err = udpErr;
  hooks.earlyDemux = udpV4EarlyDemux;
}
