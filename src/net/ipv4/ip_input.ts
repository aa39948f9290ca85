/**
 * IPv4 receive: header sanity (ip_rcv_core), the routing decision
 * (ip_rcv_finish), local delivery to the transport protocols.
 * @linux net/ipv4/ip_input.c
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NetDevice } from '../core/netdevice.js';
import type { Net, NetWorld } from '../core/net_namespace.js';
import { PACKET_BROADCAST, PACKET_MULTICAST, PACKET_OTHERHOST } from '../core/skbuff.js';
import { devAddPack } from '../core/dev_rx.js';
import { IpStat, LinuxMib, ipAddStats, ipIncStats, netIncStats } from '../core/snmp.js';
import { kfreeSkbReason, type DropReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import { ipRouteInputNoref, skbRtable } from './route.js';
import { inetProto } from './protocol.js';
import { IP_DEFRAG_LOCAL_DELIVER, ipDefrag } from './ip_fragment.js';
import { rawLocalDeliver } from './raw.js';
import { inDevDropUnicastInL2Multicast } from './devconf.js';
import { icmpSend } from './icmp_send.js';
import { ipRcvOptions } from './ip_options_route.js';
import { ICMP_DEST_UNREACH, ICMP_PROT_UNREACH } from '../../wire/icmp.js';
import { ipFastCsum } from '../../wire/checksum.js';
import { INET_ECN_MASK, IPV4_MIN_HLEN, Iph, iphHdrLen, ipIsFragment, ipv4HdrCheck } from '../../wire/ipv4.js';
import { WireError } from '../../wire/error.js';
import { ETH_P_IP } from '../../wire/ethernet.js';
import { RTN_BROADCAST, RTN_MULTICAST } from './fib_types.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { nfHook } from '../netfilter/core.js';
import { ipSabotageIn } from '../bridge/br_netfilter_hooks.js';
import { NF_INET_LOCAL_IN, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';

/** ip_rcv(): the ETH_P_IP packet_type handler. */
export function ipRcv(skb: SkBuff, dev: NetDevice): void {
  const net = dev.net;
  trace(net, skb, 'ip_rcv');
  if (!ipRcvCore(net, skb)) return;
  // ip_sabotage_in(): a bridged frame already ran PREROUTING as it entered the bridge.
  if (ipSabotageIn(skb)) ipRcvFinish(net, skb);
  else nfHook(NF_INET_PRE_ROUTING, net, skb, dev, null, ipRcvFinish);
}

/**
 * ip_rcv_core(): returns false when the packet was dropped. The header is
 * checked once by the wire layer (ipv4HdrCheck(), Ipv4Packet.newChecked()
 * in place); its verdict is then counted in the kernel's order: InHdrErrors
 * for a short header, a bad version or IHL before the ECN counters, the
 * checksum before the total-length checks.
 */
function ipRcvCore(net: Net, skb: SkBuff): boolean {
  if (skb.pktType === PACKET_OTHERHOST) {
    // "When the interface is in promisc. mode, drop all the crap that it receives": counted on the device only.
    skb.dev!.stats.rxOtherhostDropped++;
    return drop(net, skb, 'OTHERHOST', 'ip_rcv_core');
  }
  ipIncStats(net, IpStat.INPKTS);
  ipAddStats(net, IpStat.INOCTETS, skb.len);
  const b = skb.buf;
  const h = skb.data;
  const err = ipv4HdrCheck(b, h, skb.len);
  if (err === WireError.BadVersion || err === WireError.BadHeaderLen || (err === WireError.Truncated && !skb.mayPull(IPV4_MIN_HLEN))) {
    return inhdrError(net, skb, 'NOT_SPECIFIED');
  }
  // RFC 3168 section 5: the ECN field, the low two bits of the TOS octet; a GRO packet counts each
  // segment it holds (max_t(unsigned short, 1, skb_shinfo(skb)->gso_segs)).
  ipAddStats(net, IpStat.NOECTPKTS + (b[h + Iph.Tos]! & INET_ECN_MASK), Math.max(1, skb.gsoSegs));
  if (err === WireError.Truncated) return inhdrError(net, skb, 'NOT_SPECIFIED');
  const hlen = iphHdrLen(b, h);
  if (ipFastCsum(b, hlen >> 2, h) !== 0) {
    ipIncStats(net, IpStat.CSUMERRORS);
    return inhdrError(net, skb, 'IP_CSUM');
  }
  if (err === WireError.LengthExceedsBuffer) {
    ipIncStats(net, IpStat.INTRUNCATEDPKTS);
    return drop(net, skb, 'PKT_TOO_SMALL', 'ip_rcv_core');
  }
  if (err !== null) return inhdrError(net, skb, 'NOT_SPECIFIED');
  // The link may have padded the frame: trim to the IP length.
  skb.trim(getU16(b, h + Iph.TotLen));
  skb.networkHeader = h;
  skb.transportHeader = h + hlen;
  // memset(IPCB(skb), 0, ...)
  skb.ipOpt = null;
  return true;
}

function inhdrError(net: Net, skb: SkBuff, reason: DropReason): boolean {
  ipIncStats(net, IpStat.INHDRERRORS);
  return drop(net, skb, reason === 'NOT_SPECIFIED' ? 'IP_INHDR' : reason, 'ip_rcv_core');
}

function drop(net: Net, skb: SkBuff, reason: DropReason, fn: string): false {
  kfreeSkbReason(net, skb, reason, fn);
  return false;
}


/** ip_rcv_finish(): route the packet, then dst_input() runs its verdict. */
function ipRcvFinish(net: Net, skb: SkBuff): void {
  const dev = skb.dev!;
  trace(net, skb, 'ip_rcv_finish');
  const b = skb.buf;
  const h = skb.networkHeader;
  const saddr = getU32(b, h + Iph.Saddr);
  const daddr = getU32(b, h + Iph.Daddr);
  // ip_rcv_finish_core(): early demux (net.ipv4.ip_early_demux) may find the route on the packet's socket.
  if (!skb.dst && net.ipv4.sysctl.ipEarlyDemux && !ipIsFragment(b, h)) inetProto(net, b[h + Iph.Protocol]!)?.earlyDemux?.(skb, net);
  // A packet looped back by lo keeps the dst its output route gave it (skb_valid_dst()).
  const v = skb.dst ? null : routeInput(net, skb, daddr, saddr, b[h + Iph.Tos]!, dev);
  if (v && v.err) {
    if (v.rpfilter) {
      netIncStats(net, LinuxMib.IPRPFILTER);
      drop(net, skb, 'IP_RPFILTER', 'fib_validate_source');
      return;
    }
    drop(net, skb, v.martian === 'destination' ? 'IP_INVALID_DEST' : v.martian === 'source' ? 'IP_INVALID_SOURCE' : 'NOT_SPECIFIED', 'ip_route_input_slow');
    return;
  }
  // RFC 791 3.1: an IHL above 5 carries options (ip_rcv_options() may reroute a source-routed packet).
  if ((b[h + Iph.VerIhl]! & 0x0f) > 5 && ipRcvOptions(net, skb, dev)) {
    drop(net, skb, 'NOT_SPECIFIED', 'ip_rcv_finish_core');
    return;
  }
  const rt = skbRtable(skb);
  if (!rt) {
    drop(net, skb, 'NOT_SPECIFIED', 'ip_rcv_finish');
    return;
  }
  // IP_UPD_PO_STATS(): packets and octets.
  if (rt.type === RTN_MULTICAST) {
    ipIncStats(net, IpStat.INMCASTPKTS);
    ipAddStats(net, IpStat.INMCASTOCTETS, skb.len);
  } else if (rt.type === RTN_BROADCAST) {
    ipIncStats(net, IpStat.INBCASTPKTS);
    ipAddStats(net, IpStat.INBCASTOCTETS, skb.len);
  }
  else if (skb.pktType === PACKET_BROADCAST || skb.pktType === PACKET_MULTICAST) {
    // RFC 1122 3.3.6: a unicast IP packet in a link-layer broadcast may be dropped.
    const inDev = dev.ip;
    if (inDev && inDevDropUnicastInL2Multicast(inDev.all, inDev.cnf)) {
      drop(net, skb, 'UNICAST_IN_L2_MULTICAST', 'ip_rcv_finish');
      return;
    }
  }
  rt.input(skb);
}

function routeInput(net: Net, skb: SkBuff, daddr: number, saddr: number, tos: number, dev: NetDevice): ReturnType<typeof ipRouteInputNoref> {
  trace(net, skb, 'ip_route_input_slow');
  return ipRouteInputNoref(skb, daddr, saddr, tos, dev);
}

/** ip_local_deliver(): fragments are reassembled first (ip_defrag), then ip_local_deliver_finish(). */
export function ipLocalDeliver(skb: SkBuff): void {
  const dev = skb.dev!;
  const net = dev.net;
  trace(net, skb, 'ip_local_deliver');
  if (ipIsFragment(skb.buf, skb.networkHeader)) {
    const whole = ipDefrag(net, skb, IP_DEFRAG_LOCAL_DELIVER);
    if (!whole) return;
    skb = whole;
  }
  nfHook(NF_INET_LOCAL_IN, net, skb, dev, null, ipLocalDeliverFinish);
}

/** ip_local_deliver_finish(): past the IP header, to the protocol. */
function ipLocalDeliverFinish(net: Net, skb: SkBuff): void {
  skb.pull(skb.transportHeader - skb.data);
  trace(net, skb, 'ip_local_deliver_finish');
  ipProtocolDeliverRcu(net, skb, skb.buf[skb.networkHeader + Iph.Protocol]!);
}

/**
 * ip_protocol_deliver_rcu(): raw sockets see a copy; then the protocol's
 * handler; no handler and no raw socket → ICMP protocol unreachable.
 */
function ipProtocolDeliverRcu(net: Net, skb: SkBuff, protocol: number): void {
  const raw = rawLocalDeliver(net, skb, protocol);
  const prot = inetProto(net, protocol);
  if (prot) {
    ipIncStats(net, IpStat.INDELIVERS);
    prot.handler(skb, net);
    return;
  }
  if (!raw) {
    ipIncStats(net, IpStat.INUNKNOWNPROTOS);
    icmpSend(skb, ICMP_DEST_UNREACH, ICMP_PROT_UNREACH, 0);
    drop(net, skb, 'IP_NOPROTO', 'ip_local_deliver_finish');
    return;
  }
  ipIncStats(net, IpStat.INDELIVERS);
}

/** ip_init() / ip_packet_type: IP takes ETH_P_IP frames. */
export function ipInit(world: NetWorld): void {
  devAddPack(world, { type: ETH_P_IP, func: ipRcv });
}
