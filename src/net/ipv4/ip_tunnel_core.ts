/**
 * PMTU discovery for directly bridged IP packets (net/ipv4/ip_tunnel_core.c):
 * an L2 tunnel (vxlan) that is a bridge port cannot lean on IP forwarding
 * to tell a sender its frame is too big for the tunnel, so it builds the
 * ICMP "fragmentation needed" itself and sends it back the way the frame came.
 * @linux net/ipv4/ip_tunnel_core.c iptunnel_pmtud_build_icmp(), iptunnel_pmtud_check_icmp()
 */
import type { SkBuff } from '../core/skbuff.js';
import { CHECKSUM_NONE, skbCowHead } from '../core/skbuff.js';
import { PACKET_HOST } from '../../uapi/linux/if_packet.js';
import { ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED } from '../../uapi/linux/icmp.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { ETH_HLEN, ETH_P_IP } from '../../wire/ethernet.js';
import { ICMP_HLEN, icmpFillChecksum, icmphEmit } from '../../wire/icmp.js';
import {
  IPPROTO_ICMP, IPV4_MIN_HLEN, Iph, iphEmit, ipSendCheck, ipv4IsLbcast, ipv4IsLoopback, ipv4IsMulticast, ipv4IsZeronet,
} from '../../wire/ipv4.js';
import { ethHeader } from '../ethernet/eth_header.js';
import { IP_DF } from './ip_output.js';
import { icmpIsError } from './icmp_send.js';

/** RFC 1812 4.3.2.3: an ICMP error is at most 576 bytes. */
const ICMP_MAX = 576;

/**
 * iptunnel_pmtud_check_icmp(): whether the frame at `skb.data` (Ethernet,
 * then IPv4) earns a "fragmentation needed" for `mtu`: DF alone in
 * frag_off, unicast addresses, not itself an ICMP error.
 */
function pmtudCheckIcmp(skb: SkBuff, mtu: number): boolean {
  const b = skb.buf;
  const nh = skb.data + ETH_HLEN;
  if (mtu < ICMP_MAX || !skb.mayPull(ETH_HLEN + IPV4_MIN_HLEN) || getU16(b, nh + Iph.FragOff) !== IP_DF) return false;
  const saddr = getU32(b, nh + Iph.Saddr);
  const daddr = getU32(b, nh + Iph.Daddr);
  if (ipv4IsLbcast(daddr) || ipv4IsMulticast(daddr) || ipv4IsZeronet(saddr) || ipv4IsLoopback(saddr) || ipv4IsLbcast(saddr) || ipv4IsMulticast(saddr)) return false;
  if (b[nh + Iph.Protocol] === IPPROTO_ICMP) {
    const ihl = (b[nh]! & 0x0f) * 4;
    if (!skb.mayPull(ETH_HLEN + ihl + 1) || icmpIsError(b[nh + ihl]!)) return false;
  }
  return true;
}

/**
 * iptunnel_pmtud_build_icmp(): turn the frame into its own answer, in
 * place: the IP packet cut to fit 576 bytes behind a "fragmentation
 * needed" (RFC 1191) carrying `mtu`, from the packet's destination to its
 * source with its TTL, DF set, in an Ethernet header from the frame's
 * destination MAC back to its source.
 */
function pmtudBuildIcmp(skb: SkBuff, mtu: number): void {
  const eh = skb.buf.slice(skb.data, skb.data + ETH_HLEN);
  skb.pull(ETH_HLEN);
  skb.trim(ICMP_MAX - IPV4_MIN_HLEN - ICMP_HLEN);
  const len = skb.len + ICMP_HLEN;
  skbCowHead(skb, IPV4_MIN_HLEN + ICMP_HLEN + ETH_HLEN);
  const b = skb.buf;
  const iph = skb.data;
  const ttl = b[iph + Iph.Ttl]!;
  const saddr = getU32(b, iph + Iph.Saddr);
  const daddr = getU32(b, iph + Iph.Daddr);
  const icmp = skb.push(ICMP_HLEN);
  // un.frag: __unused 0, mtu in the low 16 bits
  icmphEmit(b, icmp, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, mtu & 0xffff);
  icmpFillChecksum(b, icmp, len);
  skb.resetTransportHeader();
  const nh = skb.push(IPV4_MIN_HLEN);
  iphEmit(b, nh, 0, len + IPV4_MIN_HLEN, 0, IP_DF, ttl, IPPROTO_ICMP, daddr, saddr);
  ipSendCheck(b, nh);
  skb.resetNetworkHeader();
  skb.ipSummed = CHECKSUM_NONE;
  // eth_header(skb, skb->dev, h_proto, eh.h_source, eh.h_dest): back to the sender
  ethHeader(skb, skb.dev!, getU16(eh, 12), eh.subarray(6, 12), eh.subarray(0, 6));
  skb.resetMacHeader();
}

/**
 * The ICMP half of skb_tunnel_check_pmtu() for a frame already found too
 * big for `mtu`: with `reply` (the tunnel is a bridge port), an IPv4 frame
 * not addressed to this host is rewritten into its "fragmentation needed"
 * and true is returned (the caller delivers it back and sends nothing).
 */
export function iptunnelPmtudReply(skb: SkBuff, mtu: number, reply: boolean): boolean {
  if (!reply || skb.pktType === PACKET_HOST) return false;
  if (!skb.mayPull(ETH_HLEN) || getU16(skb.buf, skb.data + 12) !== ETH_P_IP) return false;
  if (!pmtudCheckIcmp(skb, mtu)) return false;
  pmtudBuildIcmp(skb, mtu);
  return true;
}
