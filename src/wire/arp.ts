/*
 * ARP packet for Ethernet and IPv4 (RFC 826, "Packet format"):
 *
 *     0                   1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |      Hardware type (ar$hrd)   |      Protocol type (ar$pro)   |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    | HW len (ar$hln)|Proto len(pln)|        Opcode (ar$op)         |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |             Sender hardware address (ar$sha)                  |
 *    +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                               | Sender protocol addr (ar$spa) |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                               |                               |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
 *    |             Target hardware address (ar$tha)                  |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |             Target protocol address (ar$tpa)                  |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * @linux include/uapi/linux/if_arp.h struct arphdr; the addresses follow it
 * as in net/ipv4/arp.c arp_create(). Protocol addresses are host-order u32.
 */

import { ETH_ALEN, ETH_P_IP, etherAddrCopy } from './ethernet.js';
import { WireError, assert } from './error.js';

/* ar_hrd values, @linux include/uapi/linux/if_arp.h */
export const ARPHRD_NETROM = 0;
export const ARPHRD_ETHER = 1;
export const ARPHRD_IEEE802 = 6;
export const ARPHRD_LOOPBACK = 772;
export const ARPHRD_VOID = 0xffff;
export const ARPHRD_NONE = 0xfffe;

/* ar_op values */
export const ARPOP_REQUEST = 1;
export const ARPOP_REPLY = 2;
export const ARPOP_RREQUEST = 3;
export const ARPOP_RREPLY = 4;
export const ARPOP_INREQUEST = 8;
export const ARPOP_INREPLY = 9;
export const ARPOP_NAK = 10;

/** sizeof(struct arphdr): the part before the addresses. */
export const ARP_FIXED_HLEN = 8;
/** Ethernet/IPv4 packet: arp_hdr_len() for an Ethernet device. */
export const ARP_HLEN = 28;
const IPV4_ALEN = 4;

/**
 * Byte offsets of an ARP packet (RFC 826 "Packet format"): struct arphdr,
 * then the addresses of an Ethernet/IPv4 packet (ar_hln 6, ar_pln 4). For
 * another hardware address length the addresses start at Sha and follow
 * one another, as arp_process() walks them. A const enum: free.
 * @linux include/uapi/linux/if_arp.h struct arphdr
 */
export const enum Arph {
  /** ar_hrd */
  Hrd = 0,
  /** ar_pro */
  Pro = 2,
  /** ar_hln */
  Hln = 4,
  /** ar_pln */
  Pln = 5,
  /** ar_op */
  Op = 6,
  Sha = 8,
  Spa = 14,
  Tha = 18,
  Tpa = 24,
}

/**
 * The checks of arp_rcv() on the `len` bytes at `o`, for a device whose
 * hardware addresses are `hln` bytes long: the whole packet (arp_hdr_len())
 * is present, ar_hln is the device's and ar_pln is 4 (RFC 826: "the length
 * of each protocol address"). @linux net/ipv4/arp.c arp_rcv()
 */
export function arpHdrCheck(b: Uint8Array, o: number, len: number, hln: number): WireError | null {
  if (len < ARP_FIXED_HLEN + 2 * (hln + IPV4_ALEN)) return WireError.Truncated;
  if (b[o + Arph.Hln] !== hln || b[o + Arph.Pln] !== IPV4_ALEN) return WireError.Unsupported;
  return null;
}

/** A view of an Ethernet/IPv4 ARP packet; `bytes` may be a subarray. */
export class ArpPacket {
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  private constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** For building: the caller guarantees ARP_HLEN bytes. */
  static newUnchecked(bytes: Uint8Array): ArpPacket {
    return new ArpPacket(bytes);
  }

  /**
   * For untrusted input; never throws. As arp_rcv(): pskb_may_pull of
   * arp_hdr_len(dev), then ar_hln must be the device's address length
   * (ETH_ALEN) and ar_pln 4. @linux net/ipv4/arp.c arp_rcv()
   */
  static newChecked(bytes: Uint8Array): ArpPacket | WireError {
    return arpHdrCheck(bytes, 0, bytes.length, ETH_ALEN) ?? new ArpPacket(bytes);
  }

  /** ar_hrd */
  get htype(): number {
    return this.view.getUint16(Arph.Hrd);
  }
  set htype(v: number) {
    this.view.setUint16(Arph.Hrd, v);
  }

  /** ar_pro */
  get ptype(): number {
    return this.view.getUint16(Arph.Pro);
  }
  set ptype(v: number) {
    this.view.setUint16(Arph.Pro, v);
  }

  /** ar_hln */
  get hlen(): number {
    return this.bytes[Arph.Hln]!;
  }
  set hlen(v: number) {
    this.bytes[Arph.Hln] = v;
  }

  /** ar_pln */
  get plen(): number {
    return this.bytes[Arph.Pln]!;
  }
  set plen(v: number) {
    this.bytes[Arph.Pln] = v;
  }

  /** ar_op */
  get oper(): number {
    return this.view.getUint16(Arph.Op);
  }
  set oper(v: number) {
    this.view.setUint16(Arph.Op, v);
  }

  get sha(): Uint8Array {
    return this.bytes.subarray(Arph.Sha, Arph.Sha + ETH_ALEN);
  }
  set sha(mac: Uint8Array) {
    etherAddrCopy(this.bytes.subarray(Arph.Sha, Arph.Sha + ETH_ALEN), mac);
  }

  get spa(): number {
    return this.view.getUint32(Arph.Spa);
  }
  set spa(v: number) {
    this.view.setUint32(Arph.Spa, v >>> 0);
  }

  get tha(): Uint8Array {
    return this.bytes.subarray(Arph.Tha, Arph.Tha + ETH_ALEN);
  }
  set tha(mac: Uint8Array) {
    etherAddrCopy(this.bytes.subarray(Arph.Tha, Arph.Tha + ETH_ALEN), mac);
  }

  get tpa(): number {
    return this.view.getUint32(Arph.Tpa);
  }
  set tpa(v: number) {
    this.view.setUint32(Arph.Tpa, v >>> 0);
  }
}

/**
 * Plain representation of an Ethernet/IPv4 ARP packet (ar_pro = ETH_P_IP,
 * ar_hln = 6, ar_pln = 4 implied). Hardware addresses are copies.
 */
export interface ArpRepr {
  /** ARPHRD_ETHER on Ethernet; arp_process() also accepts ARPHRD_IEEE802. */
  htype: number;
  oper: number;
  sha: Uint8Array;
  spa: number;
  tha: Uint8Array;
  tpa: number;
}

/**
 * arp_process() ignores a protocol other than ETH_P_IP; htype and oper are
 * kept for the stack to judge against the device.
 */
function arpParse(p: ArpPacket): ArpRepr | WireError {
  const b = p.bytes;
  if (b.length < ARP_HLEN) return WireError.Truncated;
  if (p.hlen !== ETH_ALEN || p.plen !== IPV4_ALEN || p.ptype !== ETH_P_IP) {
    return WireError.Unsupported;
  }
  return {
    htype: p.htype,
    oper: p.oper,
    sha: p.sha.slice(),
    spa: p.spa,
    tha: p.tha.slice(),
    tpa: p.tpa,
  };
}

/** @linux net/ipv4/arp.c arp_create() (the ARP part) */
function arpEmit(r: ArpRepr, p: ArpPacket): void {
  assert(p.bytes.length >= ARP_HLEN, 'arp emit: buffer shorter than 28 bytes');
  p.htype = r.htype;
  p.ptype = ETH_P_IP;
  p.hlen = ETH_ALEN;
  p.plen = IPV4_ALEN;
  p.oper = r.oper;
  p.sha = r.sha;
  p.spa = r.spa;
  p.tha = r.tha;
  p.tpa = r.tpa;
}

export const ArpRepr = {
  parse: arpParse,
  emit: arpEmit,
  /** Bytes emit() writes: ARP_HLEN. */
  bufferLen(_r: ArpRepr): number {
    return ARP_HLEN;
  },
} as const;
