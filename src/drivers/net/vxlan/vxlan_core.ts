/**
 * vxlan's data path (RFC 7348): a frame sent on the device is looked up in
 * its fdb (else the all-zeros entry: flooding), and each remote gets a
 * copy inside an outer IPv4/UDP/VXLAN header (vxlan_xmit_one,
 * udp_tunnel_xmit_skb): the outer route is looked up in the tunnel's
 * namespace, the UDP source port comes from the inner flow's hash within
 * `srcport` (udp_flow_src_port), the destination port is `dstport`.
 * Received on the UDP socket of that port (encap_rcv), a datagram finds
 * its device by VNI (vxlan_rcv), the inner source MAC is learnt to the
 * outer source IP, and the inner frame is received on the device.
 *
 *    0                   1                   2                   3
 *    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *   |R|R|R|R|I|R|R|R|            Reserved                           |
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *   |                VXLAN Network Identifier (VNI) |   Reserved    |
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * @linux drivers/net/vxlan/vxlan_core.c vxlan_xmit() vxlan_xmit_one() vxlan_rcv() vxlan_sock_add(),
 *        net/ipv4/udp_tunnel_core.c udp_tunnel_xmit_skb(), include/net/udp.h udp_flow_src_port()
 */
import { kfreeSkbReason, type DropReason } from '../../../net/core/drop_reason.js';
import { ARPHRD_ETHER, ARPHRD_IEEE802, ARPOP_REPLY, ARPOP_REQUEST, ARP_HLEN, ArpPacket } from '../../../wire/arp.js';
import { IPV6_HLEN, NEXTHDR_ICMP } from '../../../wire/ipv6.js';
import { NDISC_NEIGHBOUR_SOLICITATION } from '../../../net/ipv6/ndisc.js';
import { arpCreate, arpTbl } from '../../../net/ipv4/arp.js';
import { NUD_CONNECTED, neighLookupNoref } from '../../../net/core/neighbour.js';
import { consumeSkb } from '../../../net/core/drop_reason.js';
import { KError, type Errno } from '../../../net/core/errno.js';
import { netifRx } from '../../../net/core/dev_rx.js';
import { IFF_BRIDGE_PORT, IFF_NOARP, NET_XMIT_CN, type NetDevice } from '../../../net/core/netdevice.js';
import { CHECKSUM_NONE, CHECKSUM_PARTIAL, CHECKSUM_UNNECESSARY, PACKET_HOST, skbChecksumHelp, skbCowHead, type SkBuff } from '../../../net/core/skbuff.js';
import { ethTypeTrans } from '../../../net/ethernet/eth.js';
import { vlanHwaccelPushInside } from '../../../net/core/skb_vlan.js';
import { newFlowi4 } from '../../../net/ipv4/fib_rules.js';
import { dstMtu, ipSelectTtl } from '../../../net/ipv4/icmp_send.js';
import { localPortRange } from '../../../net/ipv4/inet_hashtables.js';
import { IP_DF, ipLocalOut, ipPushHeader, ipSelectIdent } from '../../../net/ipv4/ip_output.js';
import { RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST, Rtable, ipRouteOutputKey } from '../../../net/ipv4/route.js';
import { ipRtUpdatePmtuSkb } from '../../../net/ipv4/route_update.js';
import { iptunnelPmtudReply } from '../../../net/ipv4/ip_tunnel_core.js';
import { UdpSocket } from '../../../net/ipv4/udp_sock.js';
import { AF_INET } from '../../../uapi/linux/socket.js';
import { VXLAN_DF_INHERIT, VXLAN_DF_SET } from '../../../uapi/linux/vxlan.js';
import { getU16, getU32, putU16, putU32 } from '../../../wire/bytes.js';
import { ETH_ALEN, ETH_HLEN, ETH_P_ARP, ETH_P_IP, ETH_P_IPV6 } from '../../../wire/ethernet.js';
import { IPPROTO_TCP, IPPROTO_UDP, ipv4IsLoopback, ipv4IsMulticast } from '../../../wire/ipv4.js';
import { UDP_HLEN, Udph, udpCsum } from '../../../wire/udp.js';
import { NETIF_F_HW_CSUM, NETIF_F_IP_CSUM } from '../../../net/core/netdev_features.js';
import { CSUM_MANGLED_0, csumTcpUdpNofold } from '../../../wire/checksum.js';
import { vxlanFindMac, vxlanSnoop } from './vxlan_fdb.js';
import { nexthopPathFdbGw, type Nexthop } from '../../../net/ipv4/nexthop.js';
import {
  VXLAN_F_LEARN, VXLAN_F_PROXY, VXLAN_F_RCV_FLAGS, VXLAN_HEADROOM, VXLAN_F_TTL_INHERIT, VXLAN_F_UDP_ZERO_CSUM_TX, macKey, vxlanNet, vxlanOf, type VxlanDev,
  type VxlanRdst, type VxlanSock,
} from './vxlan_private.js';

/** struct vxlanhdr: the I flag (VXLAN_HF_VNI), the VNI in the upper 24 bits of the second word. */
const VXLAN_HF_VNI = 0x08000000;
const VXLAN_HLEN = 8;
/** What vxlan pushes in front of the inner frame, and the outer Ethernet header under it. */
const VXLAN_PUSH = 20 + UDP_HLEN + VXLAN_HLEN + ETH_HLEN + 16;

/** One round of a 32-bit mix (murmur3's finaliser): skb_get_hash()'s jhash stand-in. */
function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  return Math.imul(h, 0x1b873593) ^ (h >>> 13);
}

/**
 * skb_get_hash() of the inner frame: the flow dissector's keys (EtherType,
 * IPv4 addresses and protocol, TCP/UDP ports) made symmetric by
 * __flow_hash_consistentify(), so both directions of a flow share a hash;
 * an ARP frame has only its EtherType.
 */
function innerFlowHash(seed: number, skb: SkBuff): number {
  const b = skb.buf;
  const d = skb.data;
  const proto = getU16(b, d + 12);
  let h = mix(seed, proto);
  if (proto !== ETH_P_IP || skb.len < ETH_HLEN + 20) return h;
  const ip = d + ETH_HLEN;
  let s = getU32(b, ip + 12);
  let t = getU32(b, ip + 16);
  const ipproto = b[ip + 9]!;
  let sp = 0;
  let dp = 0;
  const l4 = ip + (b[ip]! & 0x0f) * 4;
  const firstFrag = (getU16(b, ip + 6) & 0x1fff) === 0;
  if ((ipproto === IPPROTO_TCP || ipproto === IPPROTO_UDP) && firstFrag && l4 + 4 <= skb.tail) {
    sp = getU16(b, l4);
    dp = getU16(b, l4 + 2);
  }
  if (s >>> 0 > t >>> 0 || (s === t && sp > dp)) {
    [s, t] = [t, s];
    [sp, dp] = [dp, sp];
  }
  h = mix(mix(mix(mix(h, s), t), ipproto), (sp << 16) | dp);
  return h || 1;
}

/** skb_get_hash() of a frame vxlan sends: the inner flow's hash, with the lab's hashrnd (drawn at first use). */
function skbGetHash(vxlan: VxlanDev, skb: SkBuff): number {
  const core = vxlan.net.world.core;
  if (!core.flowHashRnd) core.flowHashRnd = vxlan.net.world.rng.u32() | 1;
  return innerFlowHash(core.flowHashRnd, skb);
}

/** udp_flow_src_port(): the flow's hash scaled into [min, max), the local port range when none is set. */
function udpFlowSrcPort(vxlan: VxlanDev, skb: SkBuff): number {
  let min = vxlan.cfg.portMin;
  let max = vxlan.cfg.portMax;
  if (min >= max) {
    const [low, high] = localPortRange(vxlan.net);
    min = low;
    max = high + 1;
  }
  let hash = skbGetHash(vxlan, skb);
  // "Use hash to determine port, but only 16 bits of it": hash ^= hash << 16
  hash = (hash ^ (hash << 16)) >>> 0;
  return Math.floor((hash * (max - min)) / 0x1_0000_0000) + min;
}

/** skb_scrub_packet(): the routing and connection state stays behind; the mark too across namespaces. */
function skbScrubPacket(skb: SkBuff, xnet: boolean): void {
  skb.dst = null;
  skb.ipcbFlags = 0;
  skb.nfct = null;
  skb.nfctinfo = 0;
  skb.ignoreDf = false;
  if (xnet) skb.mark = 0;
}

/** vxlan_xmit_one()'s drop: label: tx_dropped. */
function xmitDrop(dev: NetDevice, skb: SkBuff, reason: DropReason): void {
  dev.stats.txDropped++;
  kfreeSkbReason(dev.net, skb, reason, 'vxlan_xmit_one');
}

/** vxlan_xmit_one()'s tx_error: label: collisions for a loop, carrier errors for no route, tx_errors. */
function xmitError(dev: NetDevice, skb: SkBuff, err: Errno): void {
  if (err === 'ELOOP') dev.stats.collisions++;
  else if (err === 'ENETUNREACH') dev.stats.txCarrierErrors++;
  dev.stats.txErrors++;
  kfreeSkbReason(dev.net, skb, err === 'ENETUNREACH' ? 'IP_OUTNOROUTES' : 'NOT_SPECIFIED', 'vxlan_xmit_one');
}

/** The inner IPv4 header's offset in the frame at skb.data, or -1. */
function innerIph(skb: SkBuff): number {
  return getU16(skb.buf, skb.data + 12) === ETH_P_IP && skb.len >= ETH_HLEN + 20 ? skb.data + ETH_HLEN : -1;
}

/** The outer TTL: fixed, inherited from an inner IPv4 header, 1 to a group, or 0 (the route's). */
function outerTtl(vxlan: VxlanDev, skb: SkBuff, dst: number): number {
  if (vxlan.cfg.flags & VXLAN_F_TTL_INHERIT) {
    const inner = innerIph(skb);
    return inner >= 0 ? skb.buf[inner + 8]! : 0;
  }
  return !vxlan.cfg.ttl && ipv4IsMulticast(dst) ? 1 : vxlan.cfg.ttl;
}

/** The outer TOS: fixed, or (ip_tunnel_get_dsfield(): TOS 1 is "inherit") an inner IPv4 header's. */
function outerTos(vxlan: VxlanDev, skb: SkBuff): number {
  if (vxlan.cfg.tos !== 1) return vxlan.cfg.tos;
  const inner = innerIph(skb);
  return inner >= 0 ? skb.buf[inner + 1]! : 0;
}

/** The outer DF: `df set`, or `df inherit` from an inner IPv4 header's DF. */
function outerDf(vxlan: VxlanDev, skb: SkBuff): number {
  if (vxlan.cfg.df === VXLAN_DF_SET) return IP_DF;
  if (vxlan.cfg.df !== VXLAN_DF_INHERIT) return 0;
  const inner = innerIph(skb);
  return inner >= 0 ? getU16(skb.buf, inner + 6) & IP_DF : 0;
}

/**
 * udp_set_csum() without nocheck (`noudpcsum` leaves the field 0): a device
 * that sums (NETIF_F_HW_CSUM/IP_CSUM) gets CHECKSUM_PARTIAL with the
 * pseudo-header's sum in the field, others RFC 768's sum (0 sent as 0xffff).
 */
function udpSetCsum(skb: SkBuff, uh: number, saddr: number, daddr: number, dev: NetDevice): void {
  const b = skb.buf;
  const len = skb.tail - uh;
  if (!(dev.features & (NETIF_F_HW_CSUM | NETIF_F_IP_CSUM))) {
    putU16(b, uh + Udph.Check, udpCsum(b, uh, saddr, daddr) || CSUM_MANGLED_0);
    return;
  }
  putU16(b, uh + Udph.Check, csumTcpUdpNofold(saddr, daddr, len, IPPROTO_UDP, 0));
  skb.ipSummed = CHECKSUM_PARTIAL;
  skb.csumStart = uh;
  skb.csumOffset = Udph.Check;
}

/** vxlan_build_skb() + udp_tunnel_xmit_skb(): the VXLAN and UDP headers, then the outer IP header, out. */
function vxlanEncap(vxlan: VxlanDev, skb: SkBuff, rt: Rtable, saddr: number, tos: number, rd: VxlanRdst, sport: number, dport: number): void {
  const dev = vxlan.dev;
  const ttl = outerTtl(vxlan, skb, rd.remoteIp);
  const df = outerDf(vxlan, skb);
  // iptunnel_xmit(): pkt_len = skb->len - skb_inner_network_offset(skb), what the device counts (past a VLAN tag too).
  const nh = skb.networkHeader;
  const pktLen = nh >= skb.data + ETH_HLEN && nh <= skb.tail ? skb.tail - nh : skb.len - ETH_HLEN;
  skbChecksumHelp(skb);
  skbCowHead(skb, VXLAN_PUSH);
  const b = skb.buf;
  const vh = skb.push(VXLAN_HLEN);
  putU32(b, vh, VXLAN_HF_VNI);
  putU32(b, vh + 4, (rd.remoteVni << 8) >>> 0);
  const uh = skb.push(UDP_HLEN);
  putU16(b, uh + Udph.Source, sport);
  putU16(b, uh + Udph.Dest, dport);
  putU16(b, uh + Udph.Len, skb.len);
  putU16(b, uh + Udph.Check, 0);
  skb.transportHeader = uh;
  skbScrubPacket(skb, vxlan.net !== dev.net);
  skb.ipSummed = CHECKSUM_NONE;
  if (!(vxlan.cfg.flags & VXLAN_F_UDP_ZERO_CSUM_TX)) udpSetCsum(skb, uh, saddr, rd.remoteIp, rt.dev);
  skb.protocol = ETH_P_IP;
  // iptunnel_xmit(): __ip_select_ident() whatever the DF bit.
  const id = ipSelectIdent(vxlan.net, rd.remoteIp, saddr, IPPROTO_UDP);
  ipPushHeader(vxlan.net, skb, { saddr, daddr: rd.remoteIp, protocol: IPPROTO_UDP, tos, ttl: ttl || ipSelectTtl(vxlan.net, rt), fragOff: df, id });
  // iptunnel_xmit_stats(): what ip_local_out() refused (net_xmit_eval(): congestion is no error) counts as dropped.
  const err = ipLocalOut(vxlan.net, skb, rt);
  if (err !== 0 && err !== NET_XMIT_CN) {
    dev.stats.txDropped++;
    return;
  }
  dev.stats.txPackets++;
  dev.stats.txBytes += pktLen;
}

/**
 * vxlan_encap_bypass(): a remote that is an address of this host goes
 * straight to the local vxlan device of that VNI and port, learnt as
 * coming from 127.0.0.1.
 */
function vxlanEncapBypass(src: VxlanDev, dst: VxlanDev, skb: SkBuff, snoop = true): void {
  const len = skb.len;
  skbScrubPacket(skb, src.net !== dst.net);
  src.dev.stats.txPackets++;
  src.dev.stats.txBytes += len;
  if (snoop && dst.cfg.flags & VXLAN_F_LEARN) vxlanSnoop(dst, 0x7f000001, skb.buf, skb.data + 6);
  if (!dst.dev.isUp || !ethTypeTrans(skb, dst.dev)) {
    dst.dev.stats.rxDropped++;
    kfreeSkbReason(dst.dev.net, skb, 'DEV_READY', 'vxlan_encap_bypass');
    return;
  }
  dst.dev.stats.rxPackets++;
  dst.dev.stats.rxBytes += len;
  netifRx(skb, dst.dev);
}

/** vxlan_find_vni(): the device of `vni` on the socket of `port` in `vxlan`'s namespace. */
function vxlanFindVni(vxlan: VxlanDev, port: number, vni: number): VxlanDev | null {
  const vs = vxlanNet(vxlan.net).sockList.find((s) => s.port === port && s.flags === (vxlan.cfg.flags & VXLAN_F_RCV_FLAGS));
  return vs?.devs.find((v) => v.defaultDst.remoteVni === vni) ?? null;
}

/** vxlan_xmit_one(): one remote of the entry. The skb is this function's. */
function vxlanXmitOne(skb: SkBuff, dev: NetDevice, rd: VxlanRdst): void {
  const vxlan = vxlanOf(dev);
  if (!rd.remoteIp) return xmitDrop(dev, skb, 'NOT_SPECIFIED');
  const dport = rd.remotePort || vxlan.cfg.dstPort;
  const sport = udpFlowSrcPort(vxlan, skb);
  const tos = outerTos(vxlan, skb);
  const fl4 = newFlowi4({ oif: rd.remoteIfindex, daddr: rd.remoteIp, saddr: vxlan.cfg.saddr, tos: tos & 0x1e, proto: IPPROTO_UDP, sport, dport, mark: skb.mark });
  const rt = ipRouteOutputKey(vxlan.net, fl4);
  if (typeof rt === 'string') return xmitError(dev, skb, rt);
  // udp_tunnel_dst_lookup(): "circular route"
  if (rt.dev === dev) return xmitError(dev, skb, 'ELOOP');
  // encap_bypass_if_local(): "Bypass encapsulation if the destination is local"
  if (rt.flags & RTCF_LOCAL && !(rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST))) {
    const dst = vxlanFindVni(vxlan, dport, rd.remoteVni);
    if (!dst) return xmitError(dev, skb, 'ENOENT');
    return vxlanEncapBypass(vxlan, dst, skb);
  }
  // skb_tunnel_check_pmtu(): a bridged frame too big is answered, back through this device, not sent
  if (vxlanCheckPmtu(vxlan, skb, rt)) return vxlanEncapBypass(vxlan, vxlan, skb, false);
  vxlanEncap(vxlan, skb, rt, fl4.saddr, tos, rd, sport, dport);
}

/**
 * skb_tunnel_check_pmtu(): an inner IPv4 packet longer than the outer
 * path's MTU less the encapsulation lowers its own route's path MTU (the
 * sender's next packets with DF fail locally); this one still goes,
 * fragmented outside. A frame bridged onto the vxlan (reply: the device is
 * a bridge port) with DF is instead turned into the "fragmentation needed"
 * its sender gets (iptunnel_pmtud_check_icmp()): true then.
 */
function vxlanCheckPmtu(vxlan: VxlanDev, skb: SkBuff, rt: Rtable): boolean {
  const mtu = dstMtu(rt) - VXLAN_HEADROOM;
  if (skb.len - ETH_HLEN <= mtu || skb.gsoSize !== 0) return false;
  const inner = skb.dst;
  if (inner instanceof Rtable && getU16(skb.buf, skb.data + 12) === ETH_P_IP) {
    ipRtUpdatePmtuSkb(vxlan.dev.net, inner, skb, skb.data + ETH_HLEN, vxlan.dev.ifindex, mtu);
  }
  return iptunnelPmtudReply(skb, mtu, (vxlan.dev.privFlags & IFF_BRIDGE_PORT) !== 0);
}

/**
 * arp_reduce(): a proxy vxlan answers an ARP request it is given to send
 * from its own neighbour table, if the target's entry is connected
 * (reachable, permanent or noarp) and its MAC is not bridge-local (an fdb
 * entry with no remote): the reply, from the entry's MAC to the asker, is
 * received on the device (netif_rx). Every ARP packet is consumed: nothing
 * of it goes over the tunnel, answered or not, request or reply.
 */
function arpReduce(dev: NetDevice, skb: SkBuff): void {
  const vxlan = vxlanOf(dev);
  const arp = arpReduceRequest(dev, skb);
  if (arp) {
    const n = neighLookupNoref(arpTbl(dev.net), arp.tpa, dev);
    if (n && n.nudState & NUD_CONNECTED && !vxlanBridgeLocal(vxlan, n.ha)) {
      const reply = arpCreate(ARPOP_REPLY, ETH_P_ARP, arp.spa, dev, arp.tpa, arp.sha, n.ha, arp.sha);
      if (reply) {
        reply.macHeader = reply.data;
        reply.pull(reply.networkHeader - reply.data);
        reply.ipSummed = CHECKSUM_UNNECESSARY;
        reply.pktType = PACKET_HOST;
        netifRx(reply, dev);
      }
    }
    // else if (VXLAN_F_L3MISS) vxlan_ip_miss(): l3miss is refused at configuration.
  }
  consumeSkb(skb);
}

/** The request arp_reduce() may answer: Ethernet/IPv4, not for a loopback or multicast target, on an ARP device. */
function arpReduceRequest(dev: NetDevice, skb: SkBuff): { sha: Uint8Array; spa: number; tpa: number } | null {
  if (dev.flags & IFF_NOARP) return null;
  if (skb.len < ETH_HLEN + ARP_HLEN) {
    dev.stats.txDropped++; // pskb_may_pull(skb, arp_hdr_len(dev)) failed
    return null;
  }
  const arp = ArpPacket.newUnchecked(skb.buf.subarray(skb.data + ETH_HLEN, skb.data + ETH_HLEN + ARP_HLEN));
  if ((arp.htype !== ARPHRD_ETHER && arp.htype !== ARPHRD_IEEE802) || arp.ptype !== ETH_P_IP || arp.oper !== ARPOP_REQUEST ||
    arp.hlen !== ETH_ALEN || arp.plen !== 4) return null;
  if (ipv4IsLoopback(arp.tpa) || ipv4IsMulticast(arp.tpa)) return null;
  return { sha: arp.sha.slice(), spa: arp.spa, tpa: arp.tpa };
}

/** vxlan_find_mac_tx() of the entry's MAC: its first remote has no address (a "bridge-local neighbor"). */
function vxlanBridgeLocal(vxlan: VxlanDev, mac: Uint8Array): boolean {
  const f = vxlanFindMac(vxlan, macKey(mac));
  return !!f && !f.nh && f.remotes.length > 0 && f.remotes[0]!.remoteIp === 0;
}

/** The ICMPv6 neighbour solicitation (type 135, code 0) vxlan_xmit() hands to neigh_reduce(). */
function isNeighSolicit(skb: SkBuff): boolean {
  const ip6 = skb.data + ETH_HLEN;
  if (skb.len < ETH_HLEN + IPV6_HLEN + 2) return false; // pskb_may_pull(skb, sizeof(ipv6hdr) + sizeof(nd_msg))
  return skb.buf[ip6 + 6] === NEXTHDR_ICMP && skb.buf[ip6 + IPV6_HLEN] === NDISC_NEIGHBOUR_SOLICITATION &&
    skb.buf[ip6 + IPV6_HLEN + 1] === 0;
}

/**
 * neigh_reduce(): the IPv6 twin of arp_reduce(). The only solicitations
 * tuxnet sends are duplicate address detection's, for a tentative address
 * of the host's own that nd_tbl has no entry for: consumed unanswered, as
 * Linux's are.
 */
function neighReduce(_dev: NetDevice, skb: SkBuff): void {
  consumeSkb(skb);
}

/**
 * vxlan_xmit(): ndo_start_xmit. The entry of the destination MAC, else the
 * all-zeros entry; every remote but the first gets a clone, in list order,
 * the first the frame itself, last.
 */
export function vxlanXmit(skb: SkBuff, dev: NetDevice): void {
  const vxlan = vxlanOf(dev);
  // validate_xmit_vlan(): vxlan has no VLAN offload, an out-of-band tag goes into the frame.
  vlanHwaccelPushInside(skb);
  skb.resetMacHeader();
  if (vxlan.cfg.flags & VXLAN_F_PROXY && skb.len >= ETH_HLEN) {
    const proto = getU16(skb.buf, skb.data + 12);
    if (proto === ETH_P_ARP) return arpReduce(dev, skb);
    if (proto === ETH_P_IPV6 && isNeighSolicit(skb)) return neighReduce(dev, skb);
  }
  const f = (skb.len >= ETH_HLEN ? vxlanFindMac(vxlan, macKey(skb.buf, skb.data)) : null) ?? vxlanFindMac(vxlan, 0);
  if (f?.nh) {
    vxlanXmitNh(skb, dev, vxlan, f.nh);
    return;
  }
  if (!f || f.remotes.length === 0) {
    dev.stats.txDropped++;
    kfreeSkbReason(dev.net, skb, 'NO_TX_TARGET', 'vxlan_xmit');
    return;
  }
  for (let i = 1; i < f.remotes.length; i++) vxlanXmitOne(skb.clone(), dev, f.remotes[i]!);
  vxlanXmitOne(skb, dev, f.remotes[0]!);
}

/**
 * vxlan_xmit_nh(): the member of the entry's fdb nexthop group that the
 * frame's hash picks (vxlan_fdb_nh_path_select(): hash >> 1) is the remote,
 * on the device's port and VNI.
 */
function vxlanXmitNh(skb: SkBuff, dev: NetDevice, vxlan: VxlanDev, nh: Nexthop): void {
  const gw = nexthopPathFdbGw(vxlan.net, nh, skbGetHash(vxlan, skb) >>> 1);
  if (!gw) {
    dev.stats.txDropped++;
    kfreeSkbReason(dev.net, skb, 'NOT_SPECIFIED', 'vxlan_xmit_nh');
    return;
  }
  vxlanXmitOne(skb, dev, { remoteIp: gw, remotePort: 0, remoteVni: vxlan.defaultDst.remoteVni, remoteIfindex: 0 });
}

/** vxlan_rcv()'s drop: label. */
function rcvDrop(vxlan: VxlanDev | null, skb: SkBuff, reason: DropReason, sk: UdpSocket): void {
  kfreeSkbReason(vxlan?.dev.net ?? sk.net, skb, reason, 'vxlan_rcv');
}

/**
 * vxlan_rcv(): encap_rcv of the port's socket; skb.data is the UDP header.
 * The I flag must be set and every reserved bit clear; the VNI picks the
 * device.
 */
function vxlanRcv(vs: VxlanSock, skb: SkBuff): void {
  if (!skb.mayPull(UDP_HLEN + VXLAN_HLEN)) return rcvDrop(null, skb, 'PKT_TOO_SMALL', vs.sk);
  const b = skb.buf;
  const vh = skb.data + UDP_HLEN;
  const flags = getU32(b, vh) >>> 0;
  const vniField = getU32(b, vh + 4) >>> 0;
  if (!(flags & VXLAN_HF_VNI)) return rcvDrop(null, skb, 'VXLAN_INVALID_HDR', vs.sk);
  const vni = vniField >>> 8;
  const vxlan = vs.devs.find((v) => v.defaultDst.remoteVni === vni) ?? null;
  if (!vxlan) return rcvDrop(null, skb, 'VXLAN_VNI_NOT_FOUND', vs.sk);
  // "If there are any unprocessed flags remaining treat this as a malformed packet."
  if ((flags & ~VXLAN_HF_VNI) !== 0 || (vniField & 0xff) !== 0) return rcvDrop(vxlan, skb, 'VXLAN_INVALID_HDR', vs.sk);
  const saddr = getU32(b, skb.networkHeader + 12);
  skb.pull(UDP_HLEN + VXLAN_HLEN);
  skbScrubPacket(skb, vxlan.net !== vxlan.dev.net);
  vxlanDeliver(vxlan, skb, saddr);
}

/** vxlan_set_mac() and the rest of vxlan_rcv(): classify for the device, learn, count, receive. */
function vxlanDeliver(vxlan: VxlanDev, skb: SkBuff, saddr: number): void {
  const dev = vxlan.dev;
  const b = skb.buf;
  skb.resetMacHeader();
  if (!ethTypeTrans(skb, dev)) return rcvDrop(vxlan, skb, 'PKT_TOO_SMALL', vxlan.vn4Sock!.sk);
  const mac = skb.macHeader;
  // "Ignore packet loops (and multicast echo)"
  let own = true;
  for (let i = 0; i < 6; i++) if (b[mac + 6 + i] !== dev.devAddr[i]) own = false;
  if (own) return rcvDrop(vxlan, skb, 'LOCAL_MAC', vxlan.vn4Sock!.sk);
  if (vxlan.cfg.flags & VXLAN_F_LEARN && !vxlanSnoop(vxlan, saddr, b, mac + 6)) {
    return rcvDrop(vxlan, skb, 'VXLAN_ENTRY_EXISTS', vxlan.vn4Sock!.sk);
  }
  skb.resetNetworkHeader();
  // pskb_inet_may_pull(): an IPv4 frame holds at least an IP header.
  if (skb.protocol === ETH_P_IP && skb.len < 20) {
    dev.stats.rxLengthErrors++;
    dev.stats.rxErrors++;
    return rcvDrop(vxlan, skb, 'PKT_TOO_SMALL', vxlan.vn4Sock!.sk);
  }
  if (!dev.isUp) {
    dev.stats.rxDropped++;
    return rcvDrop(vxlan, skb, 'DEV_READY', vxlan.vn4Sock!.sk);
  }
  dev.stats.rxPackets++;
  dev.stats.rxBytes += skb.len;
  netifRx(skb, dev);
}

/** vxlan_err_lookup(): the quoted datagram carries a VXLAN header (I flag) of a VNI on this socket. */
function vxlanErrLookup(vs: VxlanSock, skb: SkBuff, uh: number): boolean {
  const vh = uh + UDP_HLEN;
  if (vh + VXLAN_HLEN > skb.tail) return false;
  const b = skb.buf;
  if (!(getU32(b, vh) & VXLAN_HF_VNI)) return false;
  const vni = getU32(b, vh + 4) >>> 8;
  return vs.devs.some((v) => v.defaultDst.remoteVni === vni);
}

/** vxlan_socket_create(): a kernel UDP socket bound to INADDR_ANY:port, its datagrams handed to vxlan_rcv(). */
function vxlanSocketCreate(vxlan: VxlanDev): VxlanSock {
  const sk = new UdpSocket(vxlan.net);
  const err = sk.bind({ family: AF_INET, addr: 0, port: vxlan.cfg.dstPort });
  if (err) {
    sk.close();
    throw new KError(err);
  }
  const vs: VxlanSock = { sk, port: vxlan.cfg.dstPort, flags: vxlan.cfg.flags & VXLAN_F_RCV_FLAGS, refcnt: 1, devs: [] };
  sk.encapRcv = (_sk, skb) => vxlanRcv(vs, skb);
  sk.encapErrLookup = (_sk, skb, uh) => vxlanErrLookup(vs, skb, uh);
  vxlanNet(vxlan.net).sockList.unshift(vs);
  return vs;
}

/** vxlan_sock_add(): the namespace's socket of this port and flags, shared, or a new one. */
export function vxlanSockAdd(vxlan: VxlanDev): void {
  const flags = vxlan.cfg.flags & VXLAN_F_RCV_FLAGS;
  let vs = vxlanNet(vxlan.net).sockList.find((s) => s.port === vxlan.cfg.dstPort && s.flags === flags) ?? null;
  if (vs) vs.refcnt++;
  else vs = vxlanSocketCreate(vxlan);
  vxlan.vn4Sock = vs;
  vs.devs.unshift(vxlan);
}

/** vxlan_sock_release(): the last device of a socket closes it. */
export function vxlanSockRelease(vxlan: VxlanDev): void {
  const vs = vxlan.vn4Sock;
  vxlan.vn4Sock = null;
  if (!vs) return;
  const i = vs.devs.indexOf(vxlan);
  if (i >= 0) vs.devs.splice(i, 1);
  if (--vs.refcnt > 0) return;
  const list = vxlanNet(vxlan.net).sockList;
  list.splice(list.indexOf(vs), 1);
  vs.sk.close();
}
