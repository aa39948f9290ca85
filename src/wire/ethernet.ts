/*
 * Ethernet II frame header (RFC 894, IEEE 802.3 clause 3.2.6 type field):
 *
 *     0                   1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                 Destination address (h_dest)                  |
 *    +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                               |                               |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
 *    |                   Source address (h_source)                   |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |      EtherType (h_proto)      |  Payload ...
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * @linux include/uapi/linux/if_ether.h struct ethhdr
 */

import { WireError, assert } from './error.js';

export const ETH_ALEN = 6;
export const ETH_TLEN = 2;
export const ETH_HLEN = 14;
/** Minimum frame length without FCS: shorter frames are padded. */
export const ETH_ZLEN = 60;
export const ETH_DATA_LEN = 1500;
export const ETH_FRAME_LEN = 1514;
export const ETH_FCS_LEN = 4;
export const ETH_MIN_MTU = 68;
export const ETH_MAX_MTU = 0xffff;

/** Dummy types for non-Ethernet-II frames (an 802.3 length in h_proto): raw 802.3, 802.2 LLC. */
export const ETH_P_802_3 = 0x0001;
export const ETH_P_802_2 = 0x0004;
/** dev_add_pack(ETH_P_ALL): every protocol (never on the wire). */
export const ETH_P_ALL = 0x0003;
export const ETH_P_IP = 0x0800;
export const ETH_P_ARP = 0x0806;
/** Transparent Ethernet bridging (VXLAN/GRE inner frames). */
export const ETH_P_TEB = 0x6558;
export const ETH_P_8021Q = 0x8100;
export const ETH_P_IPV6 = 0x86dd;
export const ETH_P_8021AD = 0x88a8;
/** h_proto below this is an 802.3 length, not an EtherType. */
export const ETH_P_802_3_MIN = 0x0600;

/**
 * Byte offsets of struct ethhdr, for reading a frame in place:
 * `getU16(b, mac + Ethh.Proto)`. A const enum: free.
 * @linux include/uapi/linux/if_ether.h
 */
export const enum Ethh {
  /** h_dest */
  Dest = 0,
  /** h_source */
  Source = 6,
  /** h_proto: an EtherType (RFC 894), big endian */
  Proto = 12,
}

/** A view of an Ethernet II frame; `bytes` may be a subarray of a larger buffer. */
export class EthernetPacket {
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  private constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** For building: the caller guarantees at least ETH_HLEN bytes. */
  static newUnchecked(bytes: Uint8Array): EthernetPacket {
    return new EthernetPacket(bytes);
  }

  /** For untrusted input; never throws. */
  static newChecked(bytes: Uint8Array): EthernetPacket | WireError {
    if (bytes.length < ETH_HLEN) return WireError.Truncated;
    return new EthernetPacket(bytes);
  }

  get hDest(): Uint8Array {
    return this.bytes.subarray(Ethh.Dest, Ethh.Dest + ETH_ALEN);
  }
  set hDest(mac: Uint8Array) {
    etherAddrCopy(this.bytes.subarray(Ethh.Dest, Ethh.Dest + ETH_ALEN), mac);
  }

  get hSource(): Uint8Array {
    return this.bytes.subarray(Ethh.Source, Ethh.Source + ETH_ALEN);
  }
  set hSource(mac: Uint8Array) {
    etherAddrCopy(this.bytes.subarray(Ethh.Source, Ethh.Source + ETH_ALEN), mac);
  }

  get hProto(): number {
    return this.view.getUint16(Ethh.Proto);
  }
  set hProto(v: number) {
    this.view.setUint16(Ethh.Proto, v);
  }

  payload(): Uint8Array {
    return this.bytes.subarray(ETH_HLEN);
  }
}

/** Plain representation of an Ethernet II header; addresses are copies. */
export interface EthernetRepr {
  hDest: Uint8Array;
  hSource: Uint8Array;
  hProto: number;
}

function ethParse(p: EthernetPacket): EthernetRepr | WireError {
  if (p.bytes.length < ETH_HLEN) return WireError.Truncated;
  return { hDest: p.hDest.slice(), hSource: p.hSource.slice(), hProto: p.hProto };
}

/** Writes the header; the payload is the caller's. */
function ethEmit(r: EthernetRepr, p: EthernetPacket): void {
  assert(p.bytes.length >= ETH_HLEN, 'ethernet emit: buffer shorter than ETH_HLEN');
  p.hDest = r.hDest;
  p.hSource = r.hSource;
  p.hProto = r.hProto;
}

export const EthernetRepr = {
  parse: ethParse,
  emit: ethEmit,
  /** Bytes emit() writes: the header. */
  bufferLen(_r: EthernetRepr): number {
    return ETH_HLEN;
  },
} as const;

/* MAC address helpers, @linux include/linux/etherdevice.h */

function hex2(b: number): string {
  return (b < 16 ? '0' : '') + b.toString(16);
}

/** "02:00:00:00:0a:01", as printed by iproute2 (ll_addr_n2a). */
export function macToString(mac: Uint8Array): string {
  let s = '';
  for (let i = 0; i < mac.length; i++) s += (i ? ':' : '') + hex2(mac[i]!);
  return s;
}

const MAC_PART = /^[0-9a-fA-F]{1,2}$/;

/** Six ':'-separated hex bytes of one or two digits; null otherwise. */
export function parseMac(s: string): Uint8Array | null {
  const parts = s.split(':');
  if (parts.length !== ETH_ALEN) return null;
  const mac = new Uint8Array(ETH_ALEN);
  for (let i = 0; i < ETH_ALEN; i++) {
    const part = parts[i]!;
    if (!MAC_PART.test(part)) return null;
    mac[i] = parseInt(part, 16);
  }
  return mac;
}

/** @linux is_zero_ether_addr() */
export function isZeroEtherAddr(a: Uint8Array): boolean {
  return (a[0]! | a[1]! | a[2]! | a[3]! | a[4]! | a[5]!) === 0;
}

/** I/G bit: the least significant bit of the first octet (IEEE 802). @linux is_multicast_ether_addr() */
export function isMulticastEtherAddr(a: Uint8Array): boolean {
  return (a[0]! & 0x01) !== 0;
}

/** U/L bit: locally administered. @linux is_local_ether_addr() */
export function isLocalEtherAddr(a: Uint8Array): boolean {
  return (a[0]! & 0x02) !== 0;
}

/** @linux is_broadcast_ether_addr() */
export function isBroadcastEtherAddr(a: Uint8Array): boolean {
  return (a[0]! & a[1]! & a[2]! & a[3]! & a[4]! & a[5]!) === 0xff;
}

/** @linux is_unicast_ether_addr() */
export function isUnicastEtherAddr(a: Uint8Array): boolean {
  return !isMulticastEtherAddr(a);
}

/** Not multicast, not broadcast, not 00:00:00:00:00:00. @linux is_valid_ether_addr() */
export function isValidEtherAddr(a: Uint8Array): boolean {
  return !isMulticastEtherAddr(a) && !isZeroEtherAddr(a);
}

/** 01:80:c2:00:00:0X, reserved by IEEE 802.1D; bridges do not forward it. @linux is_link_local_ether_addr() */
export function isLinkLocalEtherAddr(a: Uint8Array): boolean {
  return (
    a[0] === 0x01 && a[1] === 0x80 && a[2] === 0xc2 &&
    a[3] === 0x00 && a[4] === 0x00 && (a[5]! & 0xf0) === 0x00
  );
}

/** @linux ether_addr_equal() */
export function etherAddrEqual(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < ETH_ALEN; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** @linux ether_addr_copy() */
export function etherAddrCopy(dst: Uint8Array, src: Uint8Array): void {
  assert(src.length >= ETH_ALEN && dst.length >= ETH_ALEN, 'ether address shorter than ETH_ALEN');
  for (let i = 0; i < ETH_ALEN; i++) dst[i] = src[i]!;
}

/** @linux eth_broadcast_addr() */
export function ethBroadcastAddr(dst: Uint8Array): void {
  dst.fill(0xff, 0, ETH_ALEN);
}

/** @linux eth_zero_addr() */
export function ethZeroAddr(dst: Uint8Array): void {
  dst.fill(0, 0, ETH_ALEN);
}
