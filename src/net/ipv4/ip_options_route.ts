/**
 * IPv4 options on the receive and forward paths: the options of a packet
 * whose IHL is above 5 are compiled after its route is known
 * (ip_rcv_options); a source route is refused unless accept_source_route
 * allows it, else followed (ip_options_rcv_srr: the next hop of the list
 * becomes the destination); a forwarded packet records the router's
 * outgoing address (ip_forward_options); a strict source route may not
 * use a gateway (ip_forward's sr_failed).
 * @linux net/ipv4/ip_input.c ip_rcv_options(), net/ipv4/ip_options.c ip_forward_options(),
 * ip_options_rcv_srr(), net/ipv4/route.c ip_rt_get_source()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { PACKET_HOST } from '../core/skbuff.js';
import { IpStat, ipIncStats } from '../core/snmp.js';
import { ICMP_PARAMETERPROB } from '../../wire/icmp.js';
import { IPV4_MIN_HLEN, Iph, iphHdrLen, ipSendCheck, ipToString } from '../../wire/ipv4.js';
import { getU32, putU32 } from '../../wire/bytes.js';
import { inDevLogMartians, inDevSourceRoute } from './devconf.js';
import { KERN_INFO, printk } from '../../kernel/printk.js';
import { netRatelimit } from '../core/utils.js';
import { RTN_LOCAL, RTN_UNICAST, RT_SCOPE_UNIVERSE } from './fib_types.js';
import { fibLookup, newFlowi4 } from './fib_rules.js';
import { fibResultPrefsrc, inetSelectAddr, ipRouteInputNoref, skbRtable, type Rtable } from './route.js';
import { icmpSend } from './icmp_send.js';
import { ipOptionsCompileInfo, newIpOptions } from './ip_options.js';

/**
 * ip_rt_get_source(): the address a router or host records for itself:
 * the source of a packet it sends, else the preferred source of the route
 * the packet takes (the outgoing interface's address).
 */
export function ipRtGetSource(skb: SkBuff, rt: Rtable): number {
  const b = skb.buf;
  const nh = skb.networkHeader;
  if (!rt.isInput) return getU32(b, nh + Iph.Saddr);
  const net = rt.dev.net;
  const daddr = getU32(b, nh + Iph.Daddr);
  const fl4 = newFlowi4({
    daddr, saddr: getU32(b, nh + Iph.Saddr), tos: b[nh + Iph.Tos]! & 0xfc, oif: rt.dev.ifindex, iif: skb.dev?.ifindex ?? 0, mark: skb.mark,
  });
  const found = fibLookup(net, fl4, 0);
  if (!('err' in found)) return fibResultPrefsrc(found.res);
  return inetSelectAddr(rt.dev, rt.gateway || daddr, RT_SCOPE_UNIVERSE);
}

/**
 * ip_options_compile() of a received packet: an invalid option answers
 * ICMP parameter problem pointing at it (RFC 1122 3.2.1.8 / RFC 792).
 */
function ipOptionsCompileRcv(net: Net, skb: SkBuff): boolean {
  const opt = newIpOptions();
  skb.ipOpt = opt;
  opt.optlen = iphHdrLen(skb.buf, skb.networkHeader) - IPV4_MIN_HLEN;
  const info = ipOptionsCompileInfo(net, opt, skb);
  if (info === null) return true;
  icmpSend(skb, ICMP_PARAMETERPROB, 0, (info << 24) >>> 0);
  return false;
}

/**
 * ip_rcv_options(): true when the packet must be dropped. Options may
 * change the header: a buffer shared with a clone (a capture) is copied
 * first (skb_cow). Bad options count InHdrErrors; a source route needs
 * accept_source_route on `all` and the device ("source route option" in
 * the kernel log with log_martians).
 */
export function ipRcvOptions(net: Net, skb: SkBuff, dev: NetDevice): boolean {
  if (skb.cloned) {
    skb.buf = skb.buf.slice();
    skb.cloned = false;
  }
  if (!ipOptionsCompileRcv(net, skb)) {
    ipIncStats(net, IpStat.INHDRERRORS);
    return true;
  }
  const opt = skb.ipOpt!;
  if (!opt.srr) return false;
  const inDev = dev.ip;
  if (inDev && !inDevSourceRoute(inDev.all, inDev.cnf)) {
    if (inDevLogMartians(inDev.all, inDev.cnf) && netRatelimit(net)) logSourceRoute(net, skb);
    return true;
  }
  return ipOptionsRcvSrr(skb, dev);
}

/** net_info_ratelimited("source route option %pI4 -> %pI4\n"), pr_fmt "IPv4: " (the caller asked net_ratelimit()). */
function logSourceRoute(net: Net, skb: SkBuff): void {
  const b = skb.buf;
  const nh = skb.networkHeader;
  const text = `IPv4: source route option ${ipToString(getU32(b, nh + Iph.Saddr))} -> ${ipToString(getU32(b, nh + Iph.Daddr))}`;
  printk(net, KERN_INFO, text);
}

/**
 * ip_options_rcv_srr(): true on error. A packet that reached the address
 * its route names follows the list: each next hop that is ours is
 * consumed here ("Superfast 8) loopback forward"); the first that is not
 * becomes the route (srr_is_hit, ip_forward_options() rewrites the
 * destination). A strict route that arrives at a host it was not
 * addressed to is a parameter problem (pointer 16, the destination).
 */
export function ipOptionsRcvSrr(skb: SkBuff, dev: NetDevice): boolean {
  const opt = skb.ipOpt!;
  const rt = skbRtable(skb);
  if (!rt) return false;
  if (skb.pktType !== PACKET_HOST) return true;
  if (rt.type === RTN_UNICAST) {
    if (!opt.isStrictroute) return false;
    icmpSend(skb, ICMP_PARAMETERPROB, 0, (16 << 24) >>> 0);
    return true;
  }
  if (rt.type !== RTN_LOCAL) return true;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const o = nh + opt.srr;
  const srrspace = b[o + 1]!;
  let srrptr = b[o + 2]!;
  let nexthop = 0;
  for (; srrptr <= srrspace; srrptr += 4) {
    if (srrptr + 3 > srrspace) {
      icmpSend(skb, ICMP_PARAMETERPROB, 0, ((opt.srr + 2) << 24) >>> 0);
      return true;
    }
    nexthop = getU32(b, o + srrptr - 1);
    const orig = skb.dst;
    skb.dst = null;
    const v = ipRouteInputNoref(skb, nexthop, getU32(b, nh + Iph.Saddr), b[nh + Iph.Tos]!, dev);
    const rt2 = skbRtable(skb);
    if (v.err || !rt2 || (rt2.type !== RTN_UNICAST && rt2.type !== RTN_LOCAL)) {
      skb.dst = orig;
      return true;
    }
    if (rt2.type !== RTN_LOCAL) break;
    putU32(b, nh + Iph.Daddr, nexthop);
    opt.isChanged = true;
  }
  if (srrptr <= srrspace) {
    opt.srrIsHit = true;
    opt.nexthop = nexthop;
    opt.isChanged = true;
  }
  return false;
}

/** ip_forward()'s "Strict routing permits no gatewaying" (RFC 791: the next address must be on a directly connected net). */
export function ipForwardSrrFailed(skb: SkBuff): boolean {
  return skb.ipOpt !== null && skb.ipOpt.isStrictroute && skbRtable(skb)?.usesGateway === true;
}

/**
 * ip_forward_options(): the router records its outgoing address in the
 * record route; a source route hit here moves on: the next hop becomes
 * the destination and its slot gets the router's address (RFC 791 "the
 * recorded route address is the address of the outgoing interface"); the
 * checksum is redone when anything changed.
 */
export function ipForwardOptions(skb: SkBuff): void {
  const opt = skb.ipOpt!;
  const rt = skbRtable(skb);
  if (!rt) return;
  const b = skb.buf;
  const raw = skb.networkHeader;
  if (opt.rrNeedaddr) {
    const o = raw + opt.rr;
    putU32(b, o + b[o + 2]! - 5, ipRtGetSource(skb, rt));
    opt.isChanged = true;
  }
  if (opt.srrIsHit) forwardSrr(skb, rt);
  if (opt.isChanged) {
    opt.isChanged = false;
    ipSendCheck(b, raw);
  }
}

function forwardSrr(skb: SkBuff, rt: Rtable): void {
  const opt = skb.ipOpt!;
  const b = skb.buf;
  const raw = skb.networkHeader;
  const o = raw + opt.srr;
  const srrspace = b[o + 1]!;
  let srrptr = b[o + 2]!;
  for (; srrptr <= srrspace; srrptr += 4) {
    if (srrptr + 3 > srrspace) break;
    if (getU32(b, o + srrptr - 1) === opt.nexthop) break;
  }
  // Linux: otherwise net_crit_ratelimited("Argh! Destination lost!").
  if (srrptr + 3 <= srrspace) {
    opt.isChanged = true;
    putU32(b, raw + Iph.Daddr, opt.nexthop);
    putU32(b, o + srrptr - 1, ipRtGetSource(skb, rt));
    b[o + 2] = srrptr + 4;
  }
  if (opt.tsNeedaddr) {
    const t = raw + opt.ts;
    putU32(b, t + b[t + 2]! - 9, ipRtGetSource(skb, rt));
    opt.isChanged = true;
  }
}
