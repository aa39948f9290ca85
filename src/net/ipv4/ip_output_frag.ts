/**
 * Fragmentation on output (RFC 791 3.2 "Fragmentation and reassembly"):
 * a datagram larger than the path's MTU is cut into pieces that each carry
 * a copy of the header, offsets in 8-byte units, MF on all but the last;
 * with DF set (and the sender not allowing it) the datagram is refused
 * with ICMP "fragmentation needed" (RFC 1191) instead.
 * @linux net/ipv4/ip_output.c ip_fragment(), ip_do_fragment(), ip_frag_init(), ip_frag_next(), ip_frag_ipcb()
 */
import { SkBuff, skbChecksumHelp } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { IpStat, ipIncStats } from '../core/snmp.js';
import { consumeSkb, kfreeSkbReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import type { Rtable } from './route.js';
import { icmpSend } from './icmp_send.js';
import { ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED } from '../../wire/icmp.js';
import { getU16, putU16 } from '../../wire/bytes.js';
import { IPOPT_END, IPOPT_NOOP, IP_DF, IP_MF, IP_OFFSET, Iph, iphHdrLen, ipSendCheck } from '../../wire/ipv4.js';
import { allocSkb } from '../core/skbuff_cache.js';
import { ipOptionsFragmentCb } from './ip_options_build.js';
import { errnoNumber } from '../core/errno.js';

/** IPCB(skb)->flags */
export const IPSKB_FORWARDED = 0x01;
export const IPSKB_FRAG_COMPLETE = 0x08;
export const IPSKB_FRAG_PMTU = 0x40;

/** LL_RESERVED_SPACE(): the link-layer headroom each fragment gets. */
const FRAG_HEADROOM = 32;

/** How a fragment leaves once built (ip_finish_output2): 0, NET_XMIT_* or -errno. */
export type FragOutput = (net: Net, skb: SkBuff, rt: Rtable) => number;

/**
 * ip_fragment(): without DF, fragment; with DF, only when the sender set
 * ignore_df and no original fragment was larger than the MTU — otherwise
 * FragFails and ICMP fragmentation needed with the MTU (RFC 1191 section 4).
 * Owns the skb; -EMSGSIZE, or what ip_do_fragment() returns.
 */
export function ipFragment(net: Net, skb: SkBuff, rt: Rtable, mtu: number, output: FragOutput): number {
  const df = getU16(skb.buf, skb.networkHeader + Iph.FragOff) & IP_DF;
  if (df && (!skb.ignoreDf || (skb.fragMaxSize && skb.fragMaxSize > mtu))) {
    ipIncStats(net, IpStat.FRAGFAILS);
    icmpSend(skb, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, mtu);
    kfreeSkbReason(net, skb, 'PKT_TOO_BIG', 'ip_fragment');
    return -errnoNumber.EMSGSIZE;
  }
  return ipDoFragment(net, skb, rt, mtu, output);
}

/**
 * ip_do_fragment(): a datagram conntrack reassembled keeps its fragments
 * on the frag_list and sends them again when they fit (the fast path);
 * otherwise (and for ip_append_data's frag_list, whose pieces are the
 * same) each fragment holds at most mtu - hlen bytes (fragEmit()).
 */
export function ipDoFragment(net: Net, skb: SkBuff, rt: Rtable, mtu: number, output: FragOutput): number {
  if (skb.fragMaxSize && skb.fragMaxSize < mtu) mtu = skb.fragMaxSize;
  // "for offloaded checksums cleanup checksum before fragmentation": the pieces carry the transport sum no device will finish.
  skbChecksumHelp(skb);
  const b = skb.buf;
  const nh = skb.networkHeader;
  const hlen = iphHdrLen(b, nh);
  const room = mtu - hlen;
  skb.ipcbFlags |= IPSKB_FRAG_COMPLETE;
  trace(net, skb, 'ip_do_fragment', rt.dev);
  if (room < 8) {
    ipIncStats(net, IpStat.FRAGFAILS);
    kfreeSkbReason(net, skb, 'PKT_TOO_BIG', 'ip_do_fragment');
    return -errnoNumber.EMSGSIZE;
  }
  const fo = getU16(b, nh + Iph.FragOff);
  const lens = skb.fragListLens;
  // The fast path: the frag_list's pieces leave as they are, ip_fraglist_init() giving the first
  // "frag_off = htons(IP_MF)" and ip_fraglist_prepare() each next its offset and MF unless last — no DF.
  if (lens && !(fo & (IP_MF | IP_OFFSET)) && fraglistFits(lens, room, skb.tail - nh - hlen)) {
    return fragEmit(net, skb, rt, hlen, room, lens, 0, 0, output);
  }
  const setDf = skb.ipcbFlags & IPSKB_FRAG_PMTU ? IP_DF : 0;
  // "If we are fragmenting a fragment that's not the last fragment then keep MF on each bit"
  return fragEmit(net, skb, rt, hlen, room, null, fo & (IP_OFFSET | IP_MF), setDf, output);
}

/**
 * ip_do_fragment()'s fast path condition ("Correct geometry"): every piece
 * of the frag_list fits the MTU and all but the last are multiples of 8.
 * (The lengths must still add up to the datagram: a mangled skb goes the slow way.)
 */
function fraglistFits(lens: readonly number[], room: number, total: number): boolean {
  let sum = 0;
  for (let i = 0; i < lens.length; i++) {
    const len = lens[i]!;
    if (len > room || (len & 7 && i < lens.length - 1)) return false;
    sum += len;
  }
  return sum === total;
}

/**
 * The pieces of ip_do_fragment(): the frag_list's lengths (`lens`), or cut
 * at `room` bytes, 8-byte aligned but the last ("IF: we are not sending up
 * to and including the packet end then align the next start on an eight
 * byte boundary"); `fo` is the datagram's own offset and MF, `df` the DF
 * each piece gets. After the first piece the options not to be copied
 * become NOOPs (ip_frag_ipcb()/ip_options_fragment()). FragCreates per
 * piece sent, then FragOKs; a piece the output refuses (a device's
 * NET_XMIT_DROP, -errno) ends it: "if (err) goto fail" — the rest is never
 * sent, FragFails, and the error goes up.
 */
function fragEmit(
  net: Net, skb: SkBuff, rt: Rtable, hlen: number, room: number, lens: readonly number[] | null, fo: number, df: number,
  output: FragOutput,
): number {
  const b = skb.buf;
  const nh = skb.networkHeader;
  let offset = (fo & IP_OFFSET) << 3;
  let ptr = nh + hlen;
  let left = skb.tail - ptr;
  for (let i = 0; left > 0; i++) {
    let len = lens ? lens[i]! : Math.min(left, room);
    if (!lens && len < left) len &= ~7;
    const frag = ipFragNext(net, skb, hlen, ptr, len);
    left -= len;
    ptr += len;
    const o = frag.networkHeader;
    putU16(frag.buf, o + Iph.FragOff, (offset >> 3) | df | (left > 0 || fo & IP_MF ? IP_MF : 0));
    putU16(frag.buf, o + Iph.TotLen, len + hlen);
    ipSendCheck(frag.buf, o);
    offset += len;
    if (i === 0) {
      // The fast path's first piece is the reassembled head itself (ip_fraglist_init()):
      // it keeps its checksum state, conntrack's CHECKSUM_COMPLETE and csum_valid.
      if (lens) {
        frag.ipSummed = skb.ipSummed;
        frag.csumValid = skb.csumValid;
      }
      ipOptionsFragment(b, nh, hlen);
      ipOptionsFragmentCb(skb.ipOpt);
    }
    const err = output(net, frag, rt);
    if (err) {
      kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'ip_do_fragment');
      ipIncStats(net, IpStat.FRAGFAILS);
      return err;
    }
    ipIncStats(net, IpStat.FRAGCREATES);
  }
  consumeSkb(skb);
  ipIncStats(net, IpStat.FRAGOKS);
  return 0;
}

/** ip_frag_next(): a new skb with the original header and `len` bytes of data from `ptr`. */
function ipFragNext(net: Net, skb: SkBuff, hlen: number, ptr: number, len: number): SkBuff {
  const frag = allocSkb(net, hlen + len, FRAG_HEADROOM);
  const o = frag.put(hlen + len);
  frag.buf.set(skb.buf.subarray(skb.networkHeader, skb.networkHeader + hlen), o);
  frag.buf.set(skb.buf.subarray(ptr, ptr + len), o + hlen);
  frag.networkHeader = o;
  frag.transportHeader = o + hlen;
  // ip_copy_metadata()
  frag.dev = skb.dev;
  frag.dst = skb.dst;
  frag.mark = skb.mark;
  frag.priority = skb.priority;
  frag.protocol = skb.protocol;
  frag.pktType = skb.pktType;
  frag.skbIif = skb.skbIif;
  frag.tstamp = skb.tstamp;
  frag.id = skb.id;
  frag.ipcbFlags = skb.ipcbFlags;
  // ip_frag_ipcb(): IPCB(to) = IPCB(from), options included.
  frag.ipOpt = skb.ipOpt && { ...skb.ipOpt };
  return frag;
}

/**
 * ip_options_fragment(): RFC 791 3.1 — options whose copied flag (the top
 * bit of the type) is clear appear in the first fragment only; later ones
 * carry NOOPs in their place.
 */
export function ipOptionsFragment(b: Uint8Array, nh: number, hlen: number): void {
  let i = nh + 20;
  const end = nh + hlen;
  while (i < end) {
    const type = b[i]!;
    if (type === IPOPT_END) return;
    if (type === IPOPT_NOOP) {
      i++;
      continue;
    }
    const optlen = b[i + 1] ?? 0;
    if (optlen < 2 || i + optlen > end) return;
    if (!(type & 0x80)) b.fill(IPOPT_NOOP, i, i + optlen);
    i += optlen;
  }
}
