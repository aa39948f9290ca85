/**
 * The conntrack tuple: what identifies one direction of a connection
 * (addresses, protocol, and ports or ICMP id/type/code), the directions,
 * the ctinfo values a packet is tagged with, and the status bits.
 * @linux include/net/netfilter/nf_conntrack_tuple.h,
 *   include/uapi/linux/netfilter/nf_conntrack_common.h
 */

/** enum ip_conntrack_dir */
export const IP_CT_DIR_ORIGINAL = 0;
export const IP_CT_DIR_REPLY = 1;

/** enum ip_conntrack_info: what the packet is to its connection. */
export const IP_CT_ESTABLISHED = 0;
export const IP_CT_RELATED = 1;
export const IP_CT_NEW = 2;
export const IP_CT_IS_REPLY = 3;
export const IP_CT_ESTABLISHED_REPLY = IP_CT_ESTABLISHED + IP_CT_IS_REPLY;
export const IP_CT_RELATED_REPLY = IP_CT_RELATED + IP_CT_IS_REPLY;
export const IP_CT_NUMBER = 5;
/** IP_CT_UNTRACKED: a packet that must not be tracked (CT --notrack); skb->_nfct has no conntrack. */
export const IP_CT_UNTRACKED = 7;

/** CTINFO2DIR() */
export const ctinfo2dir = (ctinfo: number): number => (ctinfo >= IP_CT_IS_REPLY ? IP_CT_DIR_REPLY : IP_CT_DIR_ORIGINAL);

/** enum ip_conntrack_status bits. */
export const IPS_EXPECTED = 1 << 0;
export const IPS_SEEN_REPLY = 1 << 1;
export const IPS_ASSURED = 1 << 2;
export const IPS_CONFIRMED = 1 << 3;
export const IPS_SRC_NAT = 1 << 4;
export const IPS_DST_NAT = 1 << 5;
export const IPS_NAT_MASK = IPS_DST_NAT | IPS_SRC_NAT;
export const IPS_SEQ_ADJUST = 1 << 6;
export const IPS_SRC_NAT_DONE = 1 << 7;
export const IPS_DST_NAT_DONE = 1 << 8;
export const IPS_NAT_DONE_MASK = IPS_DST_NAT_DONE | IPS_SRC_NAT_DONE;
export const IPS_DYING = 1 << 9;
export const IPS_FIXED_TIMEOUT = 1 << 10;
export const IPS_TEMPLATE = 1 << 11;
export const IPS_UNTRACKED = 1 << 12;
export const IPS_HELPER = 1 << 13;
export const IPS_OFFLOAD = 1 << 14;
export const IPS_HW_OFFLOAD = 1 << 15;

/**
 * struct nf_conntrack_tuple (IPv4 only), flattened:
 * src.u3.ip, src.u.all (port, or ICMP id), dst.u3.ip, dst.u.all (port, or
 * ICMP type << 8 | code as dst.u.icmp.type/.code), dst.protonum, dst.dir.
 * Addresses are unsigned 32-bit numbers in host order.
 */
export class NfConntrackTuple {
  srcIp = 0;
  /** src.u.all: the source port, or the ICMP echo id. */
  srcU = 0;
  dstIp = 0;
  /** dst.u.all: the destination port, or (ICMP) type << 8 | code. */
  dstU = 0;
  protonum = 0;
  dir = IP_CT_DIR_ORIGINAL;

  /** dst.u.icmp.type */
  get icmpType(): number {
    return this.dstU >>> 8;
  }

  /** dst.u.icmp.code */
  get icmpCode(): number {
    return this.dstU & 0xff;
  }

  copyFrom(t: NfConntrackTuple): this {
    this.srcIp = t.srcIp;
    this.srcU = t.srcU;
    this.dstIp = t.dstIp;
    this.dstU = t.dstU;
    this.protonum = t.protonum;
    this.dir = t.dir;
    return this;
  }

  clone(): NfConntrackTuple {
    return new NfConntrackTuple().copyFrom(this);
  }
}

/** nf_ct_tuple_src_equal() */
export function nfCtTupleSrcEqual(a: NfConntrackTuple, b: NfConntrackTuple): boolean {
  return a.srcIp === b.srcIp && a.srcU === b.srcU;
}

/** nf_ct_tuple_dst_equal() */
export function nfCtTupleDstEqual(a: NfConntrackTuple, b: NfConntrackTuple): boolean {
  return a.dstIp === b.dstIp && a.dstU === b.dstU && a.protonum === b.protonum;
}

/** nf_ct_tuple_equal(): the direction is not compared. */
export function nfCtTupleEqual(a: NfConntrackTuple, b: NfConntrackTuple): boolean {
  return a.srcIp === b.srcIp && a.srcU === b.srcU && a.dstIp === b.dstIp && a.dstU === b.dstU && a.protonum === b.protonum;
}

/**
 * jhash's final mix (include/linux/jhash.h __jhash_final), then the top
 * `bits` bits of it (reciprocal_scale): a small integer, as a u32 hash
 * above 2^30 would be a boxed double (a heap allocation per packet) when it
 * crosses a call that is not inlined.
 */
function jhashFinalTop(a: number, b: number, c: number, bits: number): number {
  c ^= b; c = (c - ((b << 14) | (b >>> 18))) | 0;
  a ^= c; a = (a - ((c << 11) | (c >>> 21))) | 0;
  b ^= a; b = (b - ((a << 25) | (a >>> 7))) | 0;
  c ^= b; c = (c - ((b << 16) | (b >>> 16))) | 0;
  a ^= c; a = (a - ((c << 4) | (c >>> 28))) | 0;
  b ^= a; b = (b - ((a << 14) | (a >>> 18))) | 0;
  c ^= b; c = (c - ((b << 24) | (b >>> 8))) | 0;
  return c >>> (32 - bits);
}

/**
 * __hash_bucket(): reciprocal_scale(hash_conntrack_raw(), 2^bits).
 * hash_conntrack_raw() is jhash2 over the addresses and the source half,
 * seeded with the destination port and protocol (the direction is not
 * hashed). Linux: jhash2 over the in-memory struct; tuxnet mixes the same
 * fields with the same final round.
 */
export function hashConntrackBucket(t: NfConntrackTuple, seed: number, bits: number): number {
  const init = (0xdeadbeef + (3 << 2) + (seed ^ ((t.dstU << 16) | t.protonum))) | 0;
  return jhashFinalTop((init + t.srcIp) | 0, (init + t.srcU) | 0, (init + t.dstIp) | 0, bits);
}

/** Dotted quad of a host-order address. */
export function ipStr(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 0xff}.${(a >>> 8) & 0xff}.${a & 0xff}`;
}
