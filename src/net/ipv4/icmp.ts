/**
 * Receiving ICMP (icmp_rcv): checksum and counters, echo and timestamp
 * requests answered, errors (destination unreachable, time exceeded,
 * parameter problem, source quench, redirect) handed to the raw sockets and
 * to the transport protocol the quoted packet belongs to.
 * @linux net/ipv4/icmp.c
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net, NetWorld } from '../core/net_namespace.js';
import { IcmpStat, icmpIncStats, icmpmsgInStats } from '../core/snmp.js';
import { consumeSkb, kfreeSkbReason, type DropReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import { inetAddProtocol, inetProto } from './protocol.js';
import { RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST, fibResultPrefsrc, inetSelectAddr, ipDevFindAny, skbRtable } from './route.js';
import { fibLookup, newFlowi4 } from './fib_rules.js';
import { RTN_BROADCAST, RT_SCOPE_LINK, RT_SCOPE_UNIVERSE } from './fib_types.js';
import { inDevSrcVmark } from './devconf.js';
import { icmpReply, icmpScratch, type IcmpBxm } from './icmp_send.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_UP } from '../../uapi/linux/if.js';
import { IFA_F_TENTATIVE } from '../../uapi/linux/if_addr.js';
import {
  ICMP_AFI_IP, ICMP_AFI_IP6, ICMP_EXT_CODE_MAL_QUERY, ICMP_EXT_CODE_NO_IF, ICMP_EXT_ECHOREPLY_ACTIVE, ICMP_EXT_ECHOREPLY_IPV4,
  ICMP_EXT_ECHOREPLY_IPV6, ICMP_EXT_ECHO_CTYPE_ADDR, ICMP_EXT_ECHO_CTYPE_INDEX, ICMP_EXT_ECHO_CTYPE_NAME,
} from '../../uapi/linux/icmp.js';
import { rawIcmpError } from './raw.js';
import {
  ICMP_ADDRESS, ICMP_ADDRESSREPLY, ICMP_DEST_UNREACH, ICMP_ECHO, ICMP_ECHOREPLY, ICMP_EXC_FRAGTIME, ICMP_EXT_ECHO,
  ICMP_EXT_ECHOREPLY, ICMP_FRAG_NEEDED, ICMP_HLEN, ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_TIMESTAMP,
  ICMP_TIMESTAMPREPLY, ICMP_TIME_EXCEEDED, Icmph, NR_ICMP_TYPES, NR_ICMP_UNREACH, icmpCsum,
} from '../../wire/icmp.js';
import { IPPROTO_ICMP, IPTOS_RT_MASK, IPV4_MIN_HLEN, Iph, iphHdrLen, ipToString, ipv4IsZeronet } from '../../wire/ipv4.js';
import { getU16, getU32, putU32 } from '../../wire/bytes.js';
import { netRatelimit } from '../core/utils.js';
import { KERN_WARNING, printk } from '../../kernel/printk.js';

const LOOPBACK_IFINDEX = 1;

type Verdict = DropReason | null;


/** The ICMP header of the skb (icmp_hdr()): its offset in skb.buf. */
function icmpHdr(skb: SkBuff): number {
  return skb.transportHeader;
}

/**
 * icmp_rcv(): the IPPROTO_ICMP handler. skb.data is the ICMP header; the
 * route (skb.dst) says whether the packet was for us, broadcast or multicast.
 */
export function icmpRcv(skb: SkBuff, net: Net): void {
  const rt = skbRtable(skb);
  trace(net, skb, 'icmp_rcv');
  icmpIncStats(net, IcmpStat.INMSGS);
  // RFC 792: the checksum covers the whole ICMP message.
  if (skb.len > 0 && icmpCsum(skb.buf, skb.data, skb.len) !== 0) {
    icmpIncStats(net, IcmpStat.CSUMERRORS);
    return icmpError(net, skb, 'ICMP_CSUM');
  }
  if (!skb.mayPull(ICMP_HLEN)) return icmpError(net, skb, 'NOT_SPECIFIED');
  skb.transportHeader = skb.data;
  skb.pull(ICMP_HLEN);
  const type = skb.buf[icmpHdr(skb) + Icmph.Type]!;
  icmpmsgInStats(net.mib, type);
  let reason: Verdict;
  if (type === ICMP_EXT_ECHO) reason = icmpEcho(skb, net);
  else if (type === ICMP_EXT_ECHOREPLY) reason = pingRcv(skb);
  else if (type > NR_ICMP_TYPES) return icmpError(net, skb, 'UNHANDLED_PROTO');
  else {
    if (rt && rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST) && !broadcastAllowed(net, type)) {
      return icmpError(net, skb, 'INVALID_PROTO');
    }
    reason = ICMP_HANDLERS[type]!(skb, net);
  }
  if (reason === null) consumeSkb(skb);
  else kfreeSkbReason(net, skb, reason, 'icmp_rcv');
}

/**
 * RFC 1122 3.2.2.6: "An ICMP Echo Request destined to an IP broadcast or IP
 * multicast address MAY be silently discarded" (icmp_echo_ignore_broadcasts,
 * for timestamps too); of the rest, only address mask messages are taken.
 */
function broadcastAllowed(net: Net, type: number): boolean {
  if ((type === ICMP_ECHO || type === ICMP_TIMESTAMP) && net.ipv4.sysctl.icmpEchoIgnoreBroadcasts) return false;
  return type === ICMP_ECHO || type === ICMP_TIMESTAMP || type === ICMP_ADDRESS || type === ICMP_ADDRESSREPLY;
}

/** icmp_rcv()'s error exit: InErrors, then drop. */
function icmpError(net: Net, skb: SkBuff, reason: DropReason): void {
  icmpIncStats(net, IcmpStat.INERRORS);
  kfreeSkbReason(net, skb, reason, 'icmp_rcv');
}

/**
 * fib_compute_spec_dst(): the address to answer from — the request's
 * destination when it was a unicast for us; otherwise the preferred source
 * of the route back to the sender, else an address of the input device.
 */
export function fibComputeSpecDst(skb: SkBuff): number {
  const rt = skbRtable(skb);
  const b = skb.buf;
  const nh = skb.networkHeader;
  if (rt && (rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST | RTCF_LOCAL)) >>> 0 === RTCF_LOCAL) return getU32(b, nh + Iph.Daddr);
  const dev = skb.dev ?? rt?.dev;
  if (!dev) return 0;
  const net = dev.net;
  const saddr = getU32(b, nh + Iph.Saddr);
  let scope = RT_SCOPE_UNIVERSE;
  if (!ipv4IsZeronet(saddr)) {
    const inDev = dev.ip;
    const vmark = inDev ? inDevSrcVmark(inDev.all, inDev.cnf) : false;
    const fl4 = newFlowi4({
      iif: LOOPBACK_IFINDEX, daddr: saddr, tos: b[nh + Iph.Tos]! & IPTOS_RT_MASK, scope, mark: vmark ? skb.mark : 0,
    });
    const found = fibLookup(net, fl4, 0);
    if (!('err' in found)) return fibResultPrefsrc(found.res);
  } else scope = RT_SCOPE_LINK;
  return inetSelectAddr(dev, saddr, scope);
}

/**
 * icmp_echo(): RFC 1122 3.2.2.6 "Data received in the ICMP_ECHO request
 * MUST be included in the reply"; RFC 1812 4.3.3.6 icmp_echo_ignore_all.
 * RFC 8335 PROBE (ICMP_EXT_ECHO) comes here too: icmp_build_probe() makes
 * the reply's header, the request's data is echoed the same way.
 */
function icmpEcho(skb: SkBuff, net: Net): Verdict {
  const sys = net.ipv4.sysctl;
  if (sys.icmpEchoIgnoreAll) return null;
  const h = icmpHdr(skb);
  const b = skb.buf;
  // struct icmp_bxm icmp_param, on icmp_echo()'s stack: one object, filled per request
  const sc = icmpScratch(net);
  const p = sc.echo;
  p.code = b[h + Icmph.Code]!;
  p.un = getU32(b, h + Icmph.Un);
  if (b[h + Icmph.Type] === ICMP_ECHO) p.type = ICMP_ECHOREPLY;
  else if (!icmpBuildProbe(skb, net, p)) return null;
  p.data = b;
  p.offset = skb.data;
  p.dataLen = skb.len;
  icmpReply(p, skb, fibComputeSpecDst(skb));
  p.data = sc.empty;
  return null;
}

/** sizeof(struct icmp_ext_echo_iio): the object header and the largest identifier (ctype 3 with an IPv6 address). */
const EXT_ECHO_IIO_MAX = 4 + 4 + 16;
/** IFNAMSIZ */
const IFNAMSIZ = 16;

/**
 * icmp_build_probe(): the RFC 8335 reply to an extended echo request, in
 * `p` (type, code and the state bits in the low byte of the sequence
 * field); false when PROBE is off (icmp_echo_enable_probe) or the L bit
 * (only probes of the proxy node's own interfaces) is clear. The request's
 * data starts with the extension header (4 bytes), then the interface
 * identification object: length, class-num (not checked), c-type.
 */
function icmpBuildProbe(skb: SkBuff, net: Net, p: IcmpBxm): boolean {
  if (!net.ipv4.sysctl.icmpEchoEnableProbe) return false;
  if (!(p.un & 1)) return false;
  // Clear status bits in reply message.
  p.un = (p.un & 0xffffff00) >>> 0;
  p.type = ICMP_EXT_ECHOREPLY;
  const b = skb.buf;
  const d = skb.data;
  const mal = (): true => {
    p.code = ICMP_EXT_CODE_MAL_QUERY;
    return true;
  };
  // skb_header_pointer() of the extension header and of the object header.
  if (skb.len < 8) return mal();
  const len = getU16(b, d + 4);
  if (len <= 4 || len > EXT_ECHO_IIO_MAX) return mal();
  const identLen = len - 4;
  if (skb.len < 8 + identLen) return mal();
  const id = d + 8;
  let dev: NetDevice | null = null;
  switch (b[d + 7]) {
    case ICMP_EXT_ECHO_CTYPE_NAME: {
      if (identLen >= IFNAMSIZ) return mal();
      // memcpy() into a zeroed buffer: the name ends at the first NUL.
      let name = '';
      for (let i = 0; i < identLen && b[id + i] !== 0; i++) name += String.fromCharCode(b[id + i]!);
      dev = net.devByName(name);
      break;
    }
    case ICMP_EXT_ECHO_CTYPE_INDEX:
      if (identLen !== 4) return mal();
      dev = net.devByIndex(getU32(b, id));
      break;
    case ICMP_EXT_ECHO_CTYPE_ADDR: {
      const addrlen = b[id + 2]!;
      if (identLen < 4 || identLen !== 4 + addrlen) return mal();
      const afi = getU16(b, id);
      if (afi === ICMP_AFI_IP) {
        if (addrlen !== 4) return mal();
        dev = ipDevFindAny(net, getU32(b, id + 4));
      } else if (afi === ICMP_AFI_IP6) {
        if (addrlen !== 16) return mal();
        dev = ipv6DevFind(net, b.subarray(id + 4, id + 20));
      } else return mal();
      break;
    }
    default:
      return mal();
  }
  if (!dev) {
    p.code = ICMP_EXT_CODE_NO_IF;
    return true;
  }
  let status = 0;
  if (dev.flags & IFF_UP) status |= ICMP_EXT_ECHOREPLY_ACTIVE;
  if (dev.ip?.ifaList) status |= ICMP_EXT_ECHOREPLY_IPV4;
  if ((net.ipv6?.idevs.get(dev)?.addrs.length ?? 0) > 0) status |= ICMP_EXT_ECHOREPLY_IPV6;
  p.un = (p.un | status) >>> 0;
  return true;
}

/** ipv6_dev_find(net, addr, NULL): the device holding `addr`, not tentative. */
function ipv6DevFind(net: Net, addr: Uint8Array): NetDevice | null {
  const v6 = net.ipv6;
  if (!v6) return null;
  for (const [dev, idev] of v6.idevs) {
    for (const ifp of idev.addrs) {
      if (ifp.flags & IFA_F_TENTATIVE) continue;
      let eq = true;
      for (let i = 0; i < 16 && eq; i++) eq = ifp.addr[i] === addr[i];
      if (eq) return dev;
    }
  }
  return null;
}

/** inet_current_timestamp(): milliseconds since midnight UT (the lab's clock starts at midnight). */
export function inetCurrentTimestamp(net: Net): number {
  return Math.floor(net.sched.now / 1e6) % 86_400_000;
}

/**
 * icmp_timestamp(): RFC 1122 3.2.2.8 — the originate timestamp copied,
 * receive and transmit timestamps the current time.
 */
function icmpTimestamp(skb: SkBuff, net: Net): Verdict {
  if (skb.len < 4) {
    icmpIncStats(net, IcmpStat.INERRORS);
    return 'PKT_TOO_SMALL';
  }
  const h = icmpHdr(skb);
  const b = skb.buf;
  const times = new Uint8Array(12);
  times.set(b.subarray(skb.data, skb.data + 4), 0);
  const now = inetCurrentTimestamp(net);
  // RFC 792 Timestamp Reply: originate copied, then the receive and transmit timestamps.
  putU32(times, 4, now);
  putU32(times, 8, now);
  const param = { type: ICMP_TIMESTAMPREPLY, code: 0, un: getU32(b, h + Icmph.Un), extra: times, data: times, offset: 0, dataLen: 0 };
  icmpReply(param, skb, fibComputeSpecDst(skb));
  return null;
}

/** ping_rcv(): echo replies belong to ICMP datagram sockets; tuxnet has none (raw sockets got their copy). */
function pingRcv(_skb: SkBuff): Verdict {
  return 'NO_SOCKET';
}

function icmpDiscard(): Verdict {
  return null;
}

/**
 * icmp_unreach(): DEST_UNREACH, SOURCE_QUENCH, TIME_EXCEEDED and
 * PARAMETERPROB. RFC 1122 3.2.2.1/3.2.2.2: unreachables and time-exceeded
 * MUST be passed to the transport layer, which the quoted header names.
 */
function icmpUnreach(skb: SkBuff, net: Net): Verdict {
  if (!skb.mayPull(IPV4_MIN_HLEN)) {
    icmpIncStats(net, IcmpStat.INERRORS);
    return 'NOT_SPECIFIED';
  }
  const b = skb.buf;
  const h = icmpHdr(skb);
  const iph = skb.data;
  if (iphHdrLen(b, iph) < IPV4_MIN_HLEN) {
    icmpIncStats(net, IcmpStat.INERRORS);
    return 'IP_INHDR';
  }
  const type = b[h + Icmph.Type]!;
  const code = b[h + Icmph.Code]!;
  let info = 0;
  if (type === ICMP_DEST_UNREACH) {
    if ((code & 15) === ICMP_FRAG_NEEDED) {
      const mode = net.ipv4.sysctl.ipNoPmtuDisc;
      // ip_no_pmtu_disc 2 ignores the message; 3 too (no protocol validates tags here).
      if (mode === 2 || mode === 3) return null;
      if (mode === 0) info = getU16(b, h + Icmph.FragMtu);
    }
    if (code > NR_ICMP_UNREACH) return null;
  } else if (type === ICMP_PARAMETERPROB) {
    info = b[h + Icmph.Pointer]!;
  } else if (type === ICMP_TIME_EXCEEDED) {
    icmpIncStats(net, IcmpStat.INTIMEEXCDS);
    if (code === ICMP_EXC_FRAGTIME) return null;
  }
  // "Some routers send bogus responses to broadcast frames."
  // inet_addr_type_dev_table(): a broadcast address of any device of the namespace.
  const dev = skb.dev;
  const daddr = getU32(b, iph + Iph.Daddr);
  if (!net.ipv4.sysctl.icmpIgnoreBogusErrorResponses && dev && net.ipv4.fib.addrTypeDevTable(daddr) === RTN_BROADCAST) {
    if (netRatelimit(net)) {
      const saddr = ipToString(getU32(b, skb.networkHeader + Iph.Saddr));
      // pr_fmt: KBUILD_MODNAME ": " (icmp.o built in: "icmp").
      printk(net, KERN_WARNING, `icmp: ${saddr} sent an invalid ICMP type ${type}, code ${code} error to a broadcast: ${ipToString(daddr)} on ${dev.name}`);
    }
    return null;
  }
  icmpSocketDeliver(skb, net, info);
  return null;
}

/** icmp_redirect(): the new gateway is the rest of the header. */
function icmpRedirect(skb: SkBuff, net: Net): Verdict {
  if (skb.len < IPV4_MIN_HLEN) {
    icmpIncStats(net, IcmpStat.INERRORS);
    return 'PKT_TOO_SMALL';
  }
  icmpSocketDeliver(skb, net, getU32(skb.buf, icmpHdr(skb) + Icmph.Gateway));
  return null;
}

/**
 * icmp_socket_deliver(): with the quoted IP header and 8 bytes of its
 * transport header present, tell the raw sockets (raw_icmp_error) and the
 * protocol's err_handler. skb.data is the quoted IP header.
 */
function icmpSocketDeliver(skb: SkBuff, net: Net, info: number): void {
  const b = skb.buf;
  const iph = skb.data;
  // RFC 792: the internet header plus the first 64 bits of the original data.
  if (!skb.mayPull(iphHdrLen(b, iph) + 8)) {
    icmpIncStats(net, IcmpStat.INERRORS);
    return;
  }
  const protocol = b[iph + Iph.Protocol]!;
  const h = icmpHdr(skb);
  rawIcmpError(skb, protocol, info);
  inetProto(net, protocol)?.errHandler?.(skb, net, b[h + Icmph.Type]!, b[h + Icmph.Code]!, info);
}

/**
 * icmp_err(): the err_handler of IPPROTO_ICMP. Errors about our echo
 * requests belong to ping sockets (ping_err; tuxnet has none); errors about
 * echo replies the kernel sent update the route (PMTU, redirect).
 */
function icmpErr(skb: SkBuff, net: Net, type: number, code: number, info: number): void {
  const b = skb.buf;
  const inner = skb.data + iphHdrLen(b, skb.data);
  if (b[inner + Icmph.Type] !== ICMP_ECHOREPLY) return;
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) net.world.inet.routeError.updatePmtu(skb, net, info, 0, IPPROTO_ICMP);
  else if (type === ICMP_REDIRECT) net.world.inet.routeError.redirect(skb, net, 0, IPPROTO_ICMP);
}

/** icmp_pointers[].handler, types 0..NR_ICMP_TYPES. */
const ICMP_HANDLERS: ReadonlyArray<(skb: SkBuff, net: Net) => Verdict> = [
  (skb) => pingRcv(skb), // ICMP_ECHOREPLY
  icmpDiscard,
  icmpDiscard,
  icmpUnreach, // ICMP_DEST_UNREACH
  icmpUnreach, // ICMP_SOURCE_QUENCH
  icmpRedirect, // ICMP_REDIRECT
  icmpDiscard,
  icmpDiscard,
  icmpEcho, // ICMP_ECHO
  icmpDiscard,
  icmpDiscard,
  icmpUnreach, // ICMP_TIME_EXCEEDED
  icmpUnreach, // ICMP_PARAMETERPROB
  icmpTimestamp, // ICMP_TIMESTAMP
  icmpDiscard, // ICMP_TIMESTAMPREPLY
  icmpDiscard, // ICMP_INFO_REQUEST
  icmpDiscard, // ICMP_INFO_REPLY
  icmpDiscard, // ICMP_ADDRESS
  icmpDiscard, // ICMP_ADDRESSREPLY
];

/** The ICMP part of inet_init(): IPPROTO_ICMP delivers to icmp_rcv. */
export function icmpInit(world: NetWorld): void {
  inetAddProtocol(world, IPPROTO_ICMP, { handler: icmpRcv, errHandler: icmpErr });
}
