/**
 * Software segmentation of a TCP/IPv4 GSO skb: what a device without TSO
 * (validate_xmit_skb) or a path with a smaller MTU (ip_finish_output_gso)
 * gets instead of one large skb. Each segment copies the headers (from
 * the MAC header when there is one), carries gso_size payload bytes (the
 * last the rest) and gets its IP id, total length and checksum, its TCP
 * sequence number, flags and checksum fixed.
 * @linux net/core/gso.c skb_gso_segment(), net/ipv4/af_inet.c inet_gso_segment(),
 *        net/ipv4/tcp_offload.c tcp_gso_segment(), net/core/skbuff.c skb_segment()
 */
import { CHECKSUM_PARTIAL, SkBuff, SKB_GSO_TCPV4, allocSkbTruesize } from '../core/skbuff.js';
import { csumTcpUdpNofold } from '../../wire/checksum.js';
import { getU16, getU32, putU16, putU32 } from '../../wire/bytes.js';
import { IPPROTO_TCP, Iph, ipSendCheck } from '../../wire/ipv4.js';
import { TCPHDR_CWR, TCPHDR_FIN, TCPHDR_PSH, Tcph, tcpCsum } from '../../wire/tcp.js';

/** ip_hdrlen() */
function ipHdrLen(b: Uint8Array, nh: number): number {
  return (b[nh + Iph.VerIhl]! & 0x0f) << 2;
}

/**
 * skb_gso_validate_network_len(): every segment's network-layer length
 * (IP header + TCP header + gso_size) fits `mtu`.
 */
export function skbGsoValidateNetworkLen(skb: SkBuff, mtu: number): boolean {
  const b = skb.buf;
  const th = skb.transportHeader;
  const hdr = th + ((b[th + Tcph.Doff]! >> 4) << 2) - skb.networkHeader;
  return hdr + skb.gsoSize <= mtu;
}

/** skb_gso_network_seglen(): the network length of one full segment. */
export function skbGsoNetworkSeglen(skb: SkBuff): number {
  const b = skb.buf;
  const th = skb.transportHeader;
  return th + ((b[th + Tcph.Doff]! >> 4) << 2) - skb.networkHeader + skb.gsoSize;
}

/** One segment: the headers from skb.data to the end of the TCP header, then `len` payload bytes from `from`. */
function segmentOne(skb: SkBuff, hdrLen: number, from: number, len: number): SkBuff {
  const seg = new SkBuff(hdrLen + len, skb.data);
  // skb_segment(): a head of the headroom and headers (__alloc_skb(doffset + headroom)), the payload in the page frags it shares (truesize += data_len).
  seg.truesize = allocSkbTruesize(skb.data + hdrLen) + len;
  const o = seg.put(hdrLen + len);
  seg.buf.set(skb.buf.subarray(skb.data, skb.data + hdrLen), o);
  seg.buf.set(skb.buf.subarray(from, from + len), o + hdrLen);
  const d = o - skb.data;
  seg.macHeader = skb.macHeader >= 0 ? skb.macHeader + d : -1;
  seg.networkHeader = skb.networkHeader + d;
  seg.transportHeader = skb.transportHeader + d;
  // skb_segment() -> __copy_skb_header(): the segments keep the route, marks and the connection.
  seg.dev = skb.dev;
  seg.dst = skb.dst;
  seg.mark = skb.mark;
  seg.priority = skb.priority;
  seg.protocol = skb.protocol;
  seg.pktType = skb.pktType;
  seg.skbIif = skb.skbIif;
  seg.tstamp = skb.tstamp;
  seg.id = skb.id;
  seg.ipcbFlags = skb.ipcbFlags;
  seg.ignoreDf = skb.ignoreDf;
  seg.vlanProto = skb.vlanProto;
  seg.vlanTci = skb.vlanTci;
  seg.nfct = skb.nfct;
  seg.nfctinfo = skb.nfctinfo;
  seg.ipSummed = skb.ipSummed;
  seg.csumStart = skb.csumStart + d;
  seg.csumOffset = skb.csumOffset;
  return seg;
}

/**
 * tcp_gso_segment()'s checksum of one segment: a CHECKSUM_PARTIAL skb's
 * segments stay partial, their field the pseudo-header sum of their own
 * length (gso_reset_checksum()); otherwise the full sum (gso_make_checksum()).
 */
function tcpGsoCheck(seg: SkBuff, th: number, len: number, saddr: number, daddr: number): void {
  const b = seg.buf;
  if (seg.ipSummed === CHECKSUM_PARTIAL) {
    putU16(b, th + Tcph.Check, csumTcpUdpNofold(saddr, daddr, len, IPPROTO_TCP, 0));
    return;
  }
  putU16(b, th + Tcph.Check, 0);
  putU16(b, th + Tcph.Check, tcpCsum(b, th, len, saddr, daddr));
}

/**
 * skb_gso_segment() for SKB_GSO_TCPV4: the list of segments (the caller
 * frees the GSO skb), or null when the skb is not one tuxnet can cut
 * (Linux: -EINVAL from the offload callbacks).
 * inet_gso_segment(): ids count up from the first (no SKB_GSO_TCP_FIXEDID);
 * tcp_gso_segment(): CWR only on the first, FIN and PSH only on the last.
 */
export function skbGsoSegment(skb: SkBuff): SkBuff[] | null {
  if (!(skb.gsoType & SKB_GSO_TCPV4) || skb.gsoSize <= 0) return null;
  const b = skb.buf;
  const nh = skb.networkHeader;
  const th = skb.transportHeader;
  if (nh < skb.data || th !== nh + ipHdrLen(b, nh)) return null;
  const thLen = (b[th + Tcph.Doff]! >> 4) << 2;
  const payload = th + thLen;
  const total = skb.tail - payload;
  if (total <= 0) return null;
  const hdrLen = payload - skb.data;
  const mss = skb.gsoSize;
  const seq0 = getU32(b, th + Tcph.Seq);
  const id0 = getU16(b, nh + Iph.Id);
  const flags = b[th + Tcph.Flags]!;
  const saddr = getU32(b, nh + Iph.Saddr);
  const daddr = getU32(b, nh + Iph.Daddr);
  const segs: SkBuff[] = [];
  for (let off = 0, i = 0; off < total; off += mss, i++) {
    const len = Math.min(mss, total - off);
    const seg = segmentOne(skb, hdrLen, payload + off, len);
    const sb = seg.buf;
    const snh = seg.networkHeader;
    const sth = seg.transportHeader;
    putU16(sb, snh + Iph.TotLen, sth - snh + thLen + len);
    putU16(sb, snh + Iph.Id, (id0 + i) & 0xffff);
    ipSendCheck(sb, snh);
    putU32(sb, sth + Tcph.Seq, (seq0 + off) >>> 0);
    let f = flags;
    if (i > 0) f &= ~TCPHDR_CWR;
    if (off + len < total) f &= ~(TCPHDR_FIN | TCPHDR_PSH);
    sb[sth + Tcph.Flags] = f;
    tcpGsoCheck(seg, sth, thLen + len, saddr, daddr);
    segs.push(seg);
  }
  return segs;
}
