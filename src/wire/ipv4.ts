/*
 * Internet Protocol version 4 header (RFC 791 section 3.1):
 *
 *     0                   1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |Version|  IHL  |Type of Service|          Total Length         |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |         Identification        |Flags|      Fragment Offset    |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |  Time to Live |    Protocol   |         Header Checksum       |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                       Source Address                          |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                    Destination Address                        |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                    Options                    |    Padding    |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * @linux include/uapi/linux/ip.h struct iphdr
 *
 * IPv4 addresses are unsigned 32-bit numbers in host order throughout
 * tuxnet: 10.0.0.1 is 0x0a000001.
 */

import { ipFastCsum } from './checksum.js';
import { getU16, putU16, putU32 } from './bytes.js';
import { WireError, assert } from './error.js';

export const IPVERSION = 4;
/** sizeof(struct iphdr): the header without options. */
export const IPV4_MIN_HLEN = 20;
/** IHL is 4 bits of 32-bit words. */
export const IPV4_MAX_HLEN = 60;
/** RFC 791: "Every internet module must be able to forward a datagram of 68 octets". */
export const IPV4_MIN_MTU = 68;
export const IP_MAX_MTU = 0xffff;
export const IPDEFTTL = 64;
export const MAXTTL = 255;

/* frag_off bits (RFC 791: Flags and Fragment Offset), @linux include/net/ip.h */
/** Reserved bit ("evil bit", RFC 3514). */
export const IP_CE = 0x8000;
export const IP_DF = 0x4000;
export const IP_MF = 0x2000;
/** Fragment offset in units of 8 octets. */
export const IP_OFFSET = 0x1fff;

/* Protocol numbers and addresses: the ABI's (include/uapi/linux/in.h). */
import { INADDR_ALLSNOOPERS_GROUP, INADDR_BROADCAST } from '../uapi/linux/in.js';
export {
  IPPROTO_IP, IPPROTO_ICMP, IPPROTO_IGMP, IPPROTO_IPIP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_GRE, IPPROTO_RAW,
  INADDR_ANY, INADDR_BROADCAST, INADDR_NONE, INADDR_LOOPBACK, INADDR_UNSPEC_GROUP, INADDR_ALLHOSTS_GROUP,
  INADDR_ALLRTRS_GROUP, INADDR_ALLSNOOPERS_GROUP, INADDR_MAX_LOCAL_GROUP,
} from '../uapi/linux/in.js';

/* Option types (RFC 791 section 3.1 "Options"), @linux include/uapi/linux/ip.h */
export const IPOPT_END = 0;
export const IPOPT_NOOP = 1;
export const IPOPT_RR = 7;
export const IPOPT_TIMESTAMP = 68;
export const IPOPT_SEC = 130;
export const IPOPT_LSRR = 131;
export const IPOPT_CIPSO = 134;
export const IPOPT_SSRR = 137;
export const IPOPT_RA = 148;

/* TOS byte: DSCP/precedence in the high bits, ECN in the low two (RFC 3168). */
export const IPTOS_TOS_MASK = 0x1e;
/** RT_TOS(): the TOS bits a route lookup uses, the ECN bits cleared. */
export const IPTOS_RT_MASK = IPTOS_TOS_MASK & ~3;
export const IPTOS_PREC_MASK = 0xe0;
export const INET_ECN_MASK = 0x03;


/**
 * Byte offsets of the fields of struct iphdr (RFC 791 section 3.1), for
 * reading a header in place: `b[nh + Iph.Ttl]`, `getU32(b, nh + Iph.Saddr)`.
 * A const enum: every use compiles to the number. @linux include/uapi/linux/ip.h
 */
export const enum Iph {
  /** version (high 4 bits), ihl (low 4 bits) */
  VerIhl = 0,
  Tos = 1,
  TotLen = 2,
  Id = 4,
  /** flags (IP_CE, IP_DF, IP_MF) and fragment offset (IP_OFFSET), 16 bits */
  FragOff = 6,
  Ttl = 8,
  Protocol = 9,
  Check = 10,
  Saddr = 12,
  Daddr = 16,
  Options = 20,
}

/** iph->version */
export function iphVersion(b: Uint8Array, o: number): number {
  return b[o + Iph.VerIhl]! >> 4;
}

/** iph->ihl * 4: the header length in bytes (RFC 791: IHL counts 32-bit words). */
export function iphHdrLen(b: Uint8Array, o: number): number {
  return (b[o + Iph.VerIhl]! & 0x0f) << 2;
}

/**
 * The checks of ip_rcv_core() that need no checksum, in its order, on the
 * `len` bytes at `o`: RFC 1122 3.2.1.1 "A datagram whose version number is
 * not 4 MUST be silently discarded"; RFC 791 3.1 IHL ("the minimum value
 * for a correct header is 5") and Total Length. Ipv4Packet.newChecked() is
 * this check on a whole buffer; the receive path calls it in place.
 * @linux net/ipv4/ip_input.c ip_rcv_core()
 */
export function ipv4HdrCheck(b: Uint8Array, o: number, len: number): WireError | null {
  if (len < IPV4_MIN_HLEN) return WireError.Truncated;
  const verIhl = b[o + Iph.VerIhl]!;
  if (verIhl >> 4 !== IPVERSION) return WireError.BadVersion;
  const hlen = (verIhl & 0x0f) * 4;
  if (hlen < IPV4_MIN_HLEN) return WireError.BadHeaderLen;
  if (len < hlen) return WireError.Truncated;
  const totLen = getU16(b, o + Iph.TotLen);
  if (totLen > len) return WireError.LengthExceedsBuffer;
  if (totLen < hlen) return WireError.BadLength;
  return null;
}

/**
 * Writes a 20-byte header (no options) at `o`, its checksum zero: the
 * offset form of Ipv4Repr.emit() for the transmit path, where a Repr
 * object per packet would allocate. ipSendCheck() sums it once the header
 * is final, as ip_local_out() does. @linux net/ipv4/ip_output.c
 * __ip_make_skb() (the iph-> assignments)
 */
export function iphEmit(
  b: Uint8Array, o: number, tos: number, totLen: number, id: number, fragOff: number, ttl: number,
  protocol: number, saddr: number, daddr: number,
): void {
  b[o + Iph.VerIhl] = (IPVERSION << 4) | (IPV4_MIN_HLEN >> 2);
  b[o + Iph.Tos] = tos;
  putU16(b, o + Iph.TotLen, totLen);
  putU16(b, o + Iph.Id, id);
  putU16(b, o + Iph.FragOff, fragOff);
  b[o + Iph.Ttl] = ttl;
  b[o + Iph.Protocol] = protocol;
  putU32(b, o + Iph.Saddr, saddr);
  putU32(b, o + Iph.Daddr, daddr);
  putU16(b, o + Iph.Check, 0);
}

/**
 * RFC 791 3.1 Header Checksum: "For purposes of computing the checksum,
 * the value of the checksum field is zero". @linux include/net/ip.h ip_send_check()
 */
export function ipSendCheck(b: Uint8Array, o: number): void {
  putU16(b, o + Iph.Check, 0);
  putU16(b, o + Iph.Check, ipFastCsum(b, b[o + Iph.VerIhl]! & 0x0f, o));
}

/**
 * RFC 791: "If the time to live reaches zero the datagram must be
 * destroyed"; RFC 1141 incremental update: the TTL is the high byte of its
 * 16-bit word, so the checksum gains 0x0100 with end-around carry. Returns
 * the new TTL. @linux include/net/ip.h ip_decrease_ttl()
 */
export function ipDecreaseTtl(b: Uint8Array, o: number): number {
  const check = getU16(b, o + Iph.Check) + 0x0100;
  putU16(b, o + Iph.Check, check + (check >= 0xffff ? 1 : 0));
  return --b[o + Iph.Ttl]!;
}

/**
 * More fragments follow, or this is not the first (RFC 791 3.2
 * Fragmentation). @linux include/net/ip.h ip_is_fragment()
 */
export function ipIsFragment(b: Uint8Array, o: number): boolean {
  return (getU16(b, o + Iph.FragOff) & (IP_MF | IP_OFFSET)) !== 0;
}

/** A view of an IPv4 datagram; `bytes` may be a subarray of a larger buffer. */
export class Ipv4Packet {
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  private constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** For building: the caller guarantees the header fits. */
  static newUnchecked(bytes: Uint8Array): Ipv4Packet {
    return new Ipv4Packet(bytes);
  }

  /**
   * For untrusted input; never throws. The checksum is verified separately
   * (verifyChecksum()). ip_rcv_core() verifies it before the totLen checks:
   * after LengthExceedsBuffer or BadLength the whole header is present, so
   * newUnchecked(bytes).verifyChecksum() reproduces the kernel's order.
   */
  static newChecked(bytes: Uint8Array): Ipv4Packet | WireError {
    return ipv4HdrCheck(bytes, 0, bytes.length) ?? new Ipv4Packet(bytes);
  }

  get version(): number {
    return iphVersion(this.bytes, 0);
  }
  set version(v: number) {
    this.bytes[Iph.VerIhl] = ((v & 0x0f) << 4) | (this.bytes[Iph.VerIhl]! & 0x0f);
  }

  /** Header length in 32-bit words. */
  get ihl(): number {
    return this.bytes[Iph.VerIhl]! & 0x0f;
  }
  set ihl(v: number) {
    this.bytes[Iph.VerIhl] = (this.bytes[Iph.VerIhl]! & 0xf0) | (v & 0x0f);
  }

  /** ihl * 4 */
  get headerLen(): number {
    return iphHdrLen(this.bytes, 0);
  }

  get tos(): number {
    return this.bytes[Iph.Tos]!;
  }
  set tos(v: number) {
    this.bytes[Iph.Tos] = v;
  }

  get totLen(): number {
    return this.view.getUint16(Iph.TotLen);
  }
  set totLen(v: number) {
    this.view.setUint16(Iph.TotLen, v);
  }

  get id(): number {
    return this.view.getUint16(Iph.Id);
  }
  set id(v: number) {
    this.view.setUint16(Iph.Id, v);
  }

  /** Raw 16 bits: flags (IP_CE, IP_DF, IP_MF) and offset (IP_OFFSET). */
  get fragOff(): number {
    return this.view.getUint16(Iph.FragOff);
  }
  set fragOff(v: number) {
    this.view.setUint16(Iph.FragOff, v);
  }

  get ttl(): number {
    return this.bytes[Iph.Ttl]!;
  }
  set ttl(v: number) {
    this.bytes[Iph.Ttl] = v;
  }

  get protocol(): number {
    return this.bytes[Iph.Protocol]!;
  }
  set protocol(v: number) {
    this.bytes[Iph.Protocol] = v;
  }

  get check(): number {
    return this.view.getUint16(Iph.Check);
  }
  set check(v: number) {
    this.view.setUint16(Iph.Check, v);
  }

  get saddr(): number {
    return this.view.getUint32(Iph.Saddr);
  }
  set saddr(v: number) {
    this.view.setUint32(Iph.Saddr, v >>> 0);
  }

  get daddr(): number {
    return this.view.getUint32(Iph.Daddr);
  }
  set daddr(v: number) {
    this.view.setUint32(Iph.Daddr, v >>> 0);
  }

  /** Option bytes, including padding: bytes 20 .. ihl*4. */
  options(): Uint8Array {
    return this.bytes.subarray(Iph.Options, this.headerLen);
  }

  /** Bytes ihl*4 .. totLen: link-layer padding beyond totLen is excluded. */
  payload(): Uint8Array {
    return this.bytes.subarray(this.headerLen, this.totLen);
  }

  /** RFC 791: the sum over the header, checksum included, is all ones. */
  verifyChecksum(): boolean {
    return ipFastCsum(this.bytes, this.ihl) === 0;
  }

  /** @linux include/net/ip.h ip_send_check() */
  fillChecksum(): void {
    ipSendCheck(this.bytes, 0);
  }

  /** ipDecreaseTtl() on this header; returns the new TTL. */
  decreaseTtl(): number {
    return ipDecreaseTtl(this.bytes, 0);
  }

  /** ipIsFragment() of this header. */
  isFragment(): boolean {
    return ipIsFragment(this.bytes, 0);
  }
}

/** Plain representation of an IPv4 header. */
export interface Ipv4Repr {
  tos: number;
  id: number;
  /** Raw 16 bits, as in the header. */
  fragOff: number;
  ttl: number;
  protocol: number;
  saddr: number;
  daddr: number;
  /** Option bytes (a copy); emit() pads them to a 32-bit boundary with IPOPT_END. */
  options: Uint8Array;
  /** totLen - ihl * 4 */
  payloadLen: number;
}

function ipv4HeaderLen(r: Ipv4Repr): number {
  return IPV4_MIN_HLEN + ((r.options.length + 3) & ~3);
}

function ipv4Parse(p: Ipv4Packet): Ipv4Repr | WireError {
  const err = ipv4HdrCheck(p.bytes, 0, p.bytes.length);
  if (err !== null) return err;
  return {
    tos: p.tos,
    id: p.id,
    fragOff: p.fragOff,
    ttl: p.ttl,
    protocol: p.protocol,
    saddr: p.saddr,
    daddr: p.daddr,
    options: p.options().slice(),
    payloadLen: p.totLen - p.headerLen,
  };
}

/**
 * Writes the header and its checksum; the payload is the caller's. RFC 791
 * 3.1 Options: "The internet header padding is used to ensure that the
 * internet header ends on a 32 bit boundary. The padding is zero."
 */
function ipv4Emit(r: Ipv4Repr, p: Ipv4Packet): void {
  const hlen = ipv4HeaderLen(r);
  assert(hlen <= IPV4_MAX_HLEN, 'ipv4 emit: more than 40 option bytes');
  assert(p.bytes.length >= hlen, 'ipv4 emit: buffer shorter than the header');
  assert(hlen + r.payloadLen <= 0xffff, 'ipv4 emit: totLen above 65535');
  const b = p.bytes;
  iphEmit(b, 0, r.tos, hlen + r.payloadLen, r.id, r.fragOff, r.ttl, r.protocol, r.saddr, r.daddr);
  b.set(r.options, Iph.Options);
  b.fill(IPOPT_END, Iph.Options + r.options.length, hlen);
  // iphEmit() wrote a 20-byte header; options make it longer.
  p.ihl = hlen >> 2;
  ipSendCheck(b, 0);
}

export const Ipv4Repr = {
  parse: ipv4Parse,
  emit: ipv4Emit,
  /** Bytes emit() writes: the header with options, ihl * 4. */
  bufferLen: ipv4HeaderLen,
} as const;

/* Address helpers. */

/** Dotted quad, as inet_ntop(). */
export function ipToString(addr: number): string {
  return `${addr >>> 24}.${(addr >>> 16) & 0xff}.${(addr >>> 8) & 0xff}.${addr & 0xff}`;
}

/**
 * Strict dotted quad as glibc inet_pton(AF_INET): exactly four decimal parts
 * 0-255, no leading zeros ("01"), no sign, no spaces. Null otherwise.
 */
export function parseIp(s: string): number | null {
  let addr = 0;
  let part = -1;
  let digits = 0;
  let parts = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x2e;
    if (c >= 0x30 && c <= 0x39) {
      if (digits > 0 && part === 0) return null;
      part = (part < 0 ? 0 : part) * 10 + (c - 0x30);
      if (part > 255) return null;
      digits++;
    } else if (c === 0x2e) {
      if (digits === 0 || ++parts > 4) return null;
      addr = addr * 256 + part;
      part = -1;
      digits = 0;
    } else {
      return null;
    }
  }
  return parts === 4 ? addr : null;
}

/** Netmask of a prefix length 0-32. @linux include/linux/inetdevice.h inet_make_mask() */
export function prefixToMask(len: number): number {
  // the message is built only on failure: lookups call this per packet
  if (!(Number.isInteger(len) && len >= 0 && len <= 32)) assert(false, `bad prefix length ${len}`);
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

/**
 * Prefix length of a contiguous netmask, null otherwise.
 * @linux include/linux/inetdevice.h bad_mask() / inet_mask_len()
 */
export function maskToPrefix(mask: number): number | null {
  const host = ~mask >>> 0;
  if ((host & (host + 1)) !== 0) return null;
  return Math.clz32(host);
}

/* @linux include/linux/in.h ipv4_is_*() */

/** 127.0.0.0/8, RFC 1122 3.2.1.3 (g): "Internal host loopback address". */
export function ipv4IsLoopback(a: number): boolean {
  return (a & 0xff000000) >>> 0 === 0x7f000000;
}

/** 224.0.0.0/4, the class D addresses of RFC 1112 section 4. */
export function ipv4IsMulticast(a: number): boolean {
  return (a & 0xf0000000) >>> 0 === 0xe0000000;
}

/** 224.0.0.0/24, RFC 5771 section 4: the Local Network Control Block, never forwarded. */
export function ipv4IsLocalMulticast(a: number): boolean {
  return (a & 0xffffff00) >>> 0 === 0xe0000000;
}

/** Limited broadcast 255.255.255.255, RFC 1122 3.2.1.3 (c). */
export function ipv4IsLbcast(a: number): boolean {
  return a >>> 0 === INADDR_BROADCAST;
}

/** 224.0.0.106, RFC 4286 section 2.2 (Multicast Router Discovery). */
export function ipv4IsAllSnoopers(a: number): boolean {
  return a >>> 0 === INADDR_ALLSNOOPERS_GROUP;
}

/** Linux: only 0.0.0.0 since 5.3 (96125bf9985a "Allow 0.0.0.0/8 as a valid address range"). */
export function ipv4IsZeronet(a: number): boolean {
  return a >>> 0 === 0;
}

/** 10.0.0.0/8, RFC 1918 section 3. */
export function ipv4IsPrivate10(a: number): boolean {
  return (a & 0xff000000) >>> 0 === 0x0a000000;
}

/** 172.16.0.0/12, RFC 1918 section 3. */
export function ipv4IsPrivate172(a: number): boolean {
  return (a & 0xfff00000) >>> 0 === 0xac100000;
}

/** 192.168.0.0/16, RFC 1918 section 3. */
export function ipv4IsPrivate192(a: number): boolean {
  return (a & 0xffff0000) >>> 0 === 0xc0a80000;
}

/** 169.254.0.0/16 (RFC 3927). */
export function ipv4IsLinkLocal169(a: number): boolean {
  return (a & 0xffff0000) >>> 0 === 0xa9fe0000;
}

/** 192.88.99.0/24, the 6to4 relay anycast prefix of RFC 3068 section 2.3. */
export function ipv4IsAnycast6to4(a: number): boolean {
  return (a & 0xffffff00) >>> 0 === 0xc0586300;
}

/** 192.0.2.0/24, TEST-NET-1 of RFC 5737 section 3. */
export function ipv4IsTest192(a: number): boolean {
  return (a & 0xffffff00) >>> 0 === 0xc0000200;
}

/** 198.18.0.0/15 (RFC 2544 benchmarking). */
export function ipv4IsTest198(a: number): boolean {
  return (a & 0xfffe0000) >>> 0 === 0xc6120000;
}
