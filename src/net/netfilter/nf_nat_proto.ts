/**
 * NAT packet manipulation: rewrite an IPv4 header's source or destination
 * and the transport's port (TCP/UDP) or echo id (ICMP) in place, with
 * incremental checksum updates (RFC 1624), and translate the inner header
 * an ICMP error quotes. Pure functions on an skb: no conntrack state here,
 * the caller passes the tuple to make the packet look like.
 * @linux net/netfilter/nf_nat_proto.c
 */
import { CHECKSUM_PARTIAL, skbCowHead, type SkBuff } from '../core/skbuff.js';
import { getU16, getU32, putU16, putU32 } from '../../wire/bytes.js';
import { CSUM_MANGLED_0, csumAdd, csumFold, csumPartial, csumReplace2, csumReplace4, csumSub, csumUnfold } from '../../wire/checksum.js';
import { Iph } from '../../wire/ipv4.js';
import { Tcph } from '../../wire/tcp.js';
import { Udph } from '../../wire/udp.js';
import { Icmph } from '../../wire/icmp.js';

/** enum nf_nat_manip_type */
export const NF_NAT_MANIP_SRC = 0;
export const NF_NAT_MANIP_DST = 1;

const IPPROTO_ICMP = 1;
const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;
const ICMP_REDIRECT = 5;

/**
 * The part of struct nf_conntrack_tuple NAT reads, flattened as
 * NfConntrackTuple is: addresses in host order, srcU the source port or
 * the ICMP echo id, dstU the destination port.
 */
export interface NatTuple {
  readonly srcIp: number;
  readonly srcU: number;
  readonly dstIp: number;
  readonly dstU: number;
  readonly protonum: number;
}

/**
 * inet_proto_csum_replace4(): a transport checksum over the pseudo header
 * follows an address change (pseudohdr true): csum_replace4 on a full sum;
 * on a CHECKSUM_PARTIAL skb (`partial`) the field holds the pseudo-header
 * sum alone, "~csum_fold(csum_add(csum_sub(csum_unfold(*sum), from), to))".
 */
function protoCsumReplace4(b: Uint8Array, at: number, from: number, to: number, partial = false): void {
  if (partial) putU16(b, at, ~csumFold(csumAdd(csumSub(csumUnfold(getU16(b, at)), from), to)) & 0xffff);
  else putU16(b, at, csumReplace4(getU16(b, at), from, to));
}

/** inet_proto_csum_replace2(pseudohdr false): a CHECKSUM_PARTIAL skb's device sums the changed word itself. */
function protoCsumReplace2(b: Uint8Array, at: number, from: number, to: number, partial = false): void {
  if (!partial) putU16(b, at, csumReplace2(getU16(b, at), from, to));
}

/**
 * nf_nat_ipv4_csum_update(): the address the manip rewrites, old and new,
 * into the transport checksum at `checkAt`.
 */
function csumUpdate(b: Uint8Array, iph: number, checkAt: number, t: NatTuple, manip: number, partial = false): void {
  const oldip = getU32(b, iph + (manip === NF_NAT_MANIP_SRC ? Iph.Saddr : Iph.Daddr));
  const newip = manip === NF_NAT_MANIP_SRC ? t.srcIp : t.dstIp;
  protoCsumReplace4(b, checkAt, oldip, newip, partial);
}

/**
 * __udp_manip_pkt(): rewrite the port; "UDP checksum 0 means none"
 * (RFC 768) stays 0, and a sum that folds to 0 is sent as 0xffff
 * (CSUM_MANGLED_0). On a CHECKSUM_PARTIAL skb (a datagram of a local
 * stack, still to be summed by a device or skb_checksum_help() when a
 * router fragments it) only the pseudo-header part changes, as for TCP.
 */
function udpManip(skb: SkBuff, iph: number, hdroff: number, t: NatTuple, manip: number): void {
  const b = skb.buf;
  const portAt = hdroff + (manip === NF_NAT_MANIP_SRC ? Udph.Source : Udph.Dest);
  const newport = manip === NF_NAT_MANIP_SRC ? t.srcU : t.dstU;
  const checkAt = hdroff + Udph.Check;
  if (getU16(b, checkAt) !== 0) {
    const partial = skb.ipSummed === CHECKSUM_PARTIAL;
    csumUpdate(b, iph, checkAt, t, manip, partial);
    protoCsumReplace2(b, checkAt, getU16(b, portAt), newport, partial);
    if (getU16(b, checkAt) === 0) putU16(b, checkAt, CSUM_MANGLED_0);
  }
  putU16(b, portAt, newport);
}

/**
 * tcp_manip_pkt(): "this could be an inner header returned in icmp packet;
 * in such cases we cannot update the checksum field since it is outside of
 * the 8 bytes of transport layer headers we are guaranteed".
 */
function tcpManip(skb: SkBuff, iph: number, hdroff: number, t: NatTuple, manip: number): void {
  const b = skb.buf;
  const portAt = hdroff + (manip === NF_NAT_MANIP_SRC ? Tcph.Source : Tcph.Dest);
  const newport = manip === NF_NAT_MANIP_SRC ? t.srcU : t.dstU;
  const oldport = getU16(b, portAt);
  putU16(b, portAt, newport);
  if (skb.tail - hdroff < 20) return;
  const checkAt = hdroff + Tcph.Check;
  const partial = skb.ipSummed === CHECKSUM_PARTIAL;
  csumUpdate(b, iph, checkAt, t, manip, partial);
  protoCsumReplace2(b, checkAt, oldport, newport, partial);
}

/** The ICMP queries with an id (echo, timestamp, info, address mask and their replies). */
const ICMP_QUERY_TYPES = (1 << 0) | (1 << 8) | (1 << 13) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 17) | (1 << 18);

/**
 * icmp_manip_pkt(): the id of a query is the "port" of ICMP; it lives in
 * the tuple's src whichever the manip. Errors keep their header.
 */
function icmpManip(b: Uint8Array, hdroff: number, t: NatTuple): void {
  const type = b[hdroff + Icmph.Type]!;
  if (type > 18 || !(ICMP_QUERY_TYPES & (1 << type))) return;
  const idAt = hdroff + Icmph.EchoId;
  protoCsumReplace2(b, hdroff + Icmph.Checksum, getU16(b, idAt), t.srcU);
  putU16(b, idAt, t.srcU);
}

/**
 * l4proto_manip_pkt(): the transport part. Returns false when the header
 * is not in the packet (the kernel's skb_ensure_writable failing: drop).
 */
function l4protoManipPkt(skb: SkBuff, iph: number, hdroff: number, t: NatTuple, manip: number): boolean {
  const room = skb.tail - hdroff;
  switch (t.protonum) {
    case IPPROTO_TCP:
      if (room < 8) return false;
      tcpManip(skb, iph, hdroff, t, manip);
      return true;
    case IPPROTO_UDP:
      if (room < 8) return false;
      udpManip(skb, iph, hdroff, t, manip);
      return true;
    case IPPROTO_ICMP:
      if (room < 8) return false;
      icmpManip(skb.buf, hdroff, t);
      return true;
    default:
      // nf_nat_l4proto "unknown": only the addresses change.
      return true;
  }
}

/**
 * nf_nat_ipv4_manip_pkt(): make the IPv4 header at `iphdroff` (an offset
 * from skb.data) and its transport look like tuple `t` on the `manip` side.
 * The transport is rewritten first: its pseudo-header sum needs the old
 * address. Returns false to drop.
 */
export function nfNatIpv4ManipPkt(skb: SkBuff, iphdroff: number, t: NatTuple, manip: number): boolean {
  // skb_ensure_writable(): data shared with a clone (a bridge's flood to the
  // other ports, a packet socket's copy) is copied before it is rewritten.
  skbCowHead(skb, 0);
  const b = skb.buf;
  const iph = skb.data + iphdroff;
  if (skb.tail - iph < 20) return false;
  const hdroff = iph + ((b[iph + Iph.VerIhl]! & 0x0f) << 2);
  if (!l4protoManipPkt(skb, iph, hdroff, t, manip)) return false;
  const at = iph + (manip === NF_NAT_MANIP_SRC ? Iph.Saddr : Iph.Daddr);
  const newip = manip === NF_NAT_MANIP_SRC ? t.srcIp : t.dstIp;
  putU16(b, iph + Iph.Check, csumReplace4(getU16(b, iph + Iph.Check), getU32(b, at), newip));
  putU32(b, at, newip);
  return true;
}

/** The conntrack facts nf_nat_icmp_reply_translation() reads, passed in by the NAT core. */
export interface NatIcmpCt {
  /** ct->status (IPS_SRC_NAT 0x10, IPS_DST_NAT 0x20, IPS_SRC_NAT_DONE 0x80, IPS_DST_NAT_DONE 0x100). */
  readonly status: number;
  /** ct->tuplehash[!dir].tuple: the tuple of the other direction. */
  readonly otherTuple: NatTuple;
  /** CTINFO2DIR(ctinfo): 0 original, 1 reply. */
  readonly dir: number;
}

const IPS_SRC_NAT = 0x10;
const IPS_DST_NAT = 0x20;
const IPS_NAT_MASK = IPS_SRC_NAT | IPS_DST_NAT;
const IPS_NAT_DONE_MASK = 0x80 | 0x100;

/**
 * nf_nat_icmp_reply_translation(): an ICMP error related to a NATed flow
 * quotes the packet as NAT sent it; rewrite the quoted header back (the
 * inverse manip, with the other direction's tuple), recompute the ICMP
 * checksum over the whole message, then rewrite the outer header as a
 * reply of the flow would be. Returns false to drop.
 */
export function nfNatIcmpReplyTranslation(skb: SkBuff, ct: NatIcmpCt, manip: number): boolean {
  skbCowHead(skb, 0);
  const b = skb.buf;
  const iph = skb.data;
  const hdrlen = (b[iph + Iph.VerIhl]! & 0x0f) << 2;
  // skb_ensure_writable(skb, hdrlen + sizeof(icmphdr) + sizeof(iphdr))
  if (skb.len < hdrlen + 8 + 20) return false;
  const icmp = iph + hdrlen;
  if (b[icmp + Icmph.Type] === ICMP_REDIRECT) {
    // "Redirects on non-null nats must be dropped, else they'll start talking to each other without our translation."
    if ((ct.status & IPS_NAT_DONE_MASK) !== IPS_NAT_DONE_MASK) return false;
    if (ct.status & IPS_NAT_MASK) return false;
  }
  let statusbit = manip === NF_NAT_MANIP_SRC ? IPS_SRC_NAT : IPS_DST_NAT;
  // "Invert if this is reply direction"
  if (ct.dir === 1) statusbit ^= IPS_NAT_MASK;
  if (!(ct.status & statusbit)) return true;
  const inner = ct.otherTuple;
  if (!nfNatIpv4ManipPkt(skb, hdrlen + 8, inner, manip === NF_NAT_MANIP_SRC ? NF_NAT_MANIP_DST : NF_NAT_MANIP_SRC)) return false;
  putU16(b, icmp + Icmph.Checksum, 0);
  putU16(b, icmp + Icmph.Checksum, csumFold(csumPartial(b, icmp, skb.tail - icmp, 0)));
  // "Change outer to look like the reply to an incoming packet": nf_ct_invert_tuple(), protonum ICMP.
  const target: NatTuple = { srcIp: inner.dstIp, srcU: 0, dstIp: inner.srcIp, dstU: 0, protonum: IPPROTO_ICMP };
  return nfNatIpv4ManipPkt(skb, 0, target, manip);
}
