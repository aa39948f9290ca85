/*
 * User Datagram header (RFC 768):
 *
 *     0      7 8     15 16    23 24    31
 *    +--------+--------+--------+--------+
 *    |     Source      |   Destination   |
 *    |      Port       |      Port       |
 *    +--------+--------+--------+--------+
 *    |                 |                 |
 *    |     Length      |    Checksum     |
 *    +--------+--------+--------+--------+
 *    |
 *    |          data octets ...
 *    +---------------- ...
 *
 * @linux include/uapi/linux/udp.h struct udphdr
 */

import { CSUM_MANGLED_0, csumPartial, csumTcpUdpMagic } from './checksum.js';
import { WireError, assert } from './error.js';
import { IPPROTO_UDP } from './ipv4.js';
import { getU16 } from './bytes.js';

export const UDP_HLEN = 8;

/**
 * Byte offsets of the fields of struct udphdr (RFC 768), for reading a
 * datagram in place: `getU16(b, uh + Udph.Dest)`. A const enum: free.
 * @linux include/uapi/linux/udp.h
 */
export const enum Udph {
  Source = 0,
  Dest = 2,
  Len = 4,
  Check = 6,
}

/**
 * The length checks of __udp4_lib_rcv() on the `len` bytes at `o` (the IP
 * payload): "No space for header", then short_packet when RFC 768's Length
 * ("the length in octets of this user datagram including this header and
 * the data") exceeds the payload or does not cover the header.
 * @linux net/ipv4/udp.c __udp4_lib_rcv()
 */
export function udpHdrCheck(b: Uint8Array, o: number, len: number): WireError | null {
  if (len < UDP_HLEN) return WireError.Truncated;
  const ulen = getU16(b, o + Udph.Len);
  if (ulen > len) return WireError.LengthExceedsBuffer;
  if (ulen < UDP_HLEN) return WireError.BadLength;
  return null;
}

/**
 * The checksum of the UDP datagram at `o` (header with its Length) over
 * the RFC 768 pseudo header: 0 means valid on receive; computed with the
 * checksum field zeroed, the value to send.
 * @linux net/ipv4/udp.c udp4_csum_init() / udp_lib_checksum_complete()
 */
export function udpCsum(b: Uint8Array, o: number, saddr: number, daddr: number): number {
  const len = getU16(b, o + Udph.Len);
  return csumTcpUdpMagic(saddr, daddr, len, IPPROTO_UDP, csumPartial(b, o, len, 0));
}

/** A view of a UDP datagram (the whole IP payload); `bytes` may be a subarray. */
export class UdpPacket {
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  private constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** For building: the caller guarantees UDP_HLEN bytes. */
  static newUnchecked(bytes: Uint8Array): UdpPacket {
    return new UdpPacket(bytes);
  }

  /** For untrusted input; never throws. The checksum is verifyChecksum()'s. */
  static newChecked(bytes: Uint8Array): UdpPacket | WireError {
    return udpHdrCheck(bytes, 0, bytes.length) ?? new UdpPacket(bytes);
  }

  get source(): number {
    return this.view.getUint16(Udph.Source);
  }
  set source(v: number) {
    this.view.setUint16(Udph.Source, v);
  }

  get dest(): number {
    return this.view.getUint16(Udph.Dest);
  }
  set dest(v: number) {
    this.view.setUint16(Udph.Dest, v);
  }

  /** RFC 768: "the length in octets of this user datagram including this header and the data". */
  get len(): number {
    return this.view.getUint16(Udph.Len);
  }
  set len(v: number) {
    this.view.setUint16(Udph.Len, v);
  }

  get check(): number {
    return this.view.getUint16(Udph.Check);
  }
  set check(v: number) {
    this.view.setUint16(Udph.Check, v);
  }

  /** Bytes 8 .. len: anything after `len` is not the datagram's. */
  payload(): Uint8Array {
    return this.bytes.subarray(UDP_HLEN, this.len);
  }

  /**
   * RFC 768: "An all zero transmitted checksum value means that the
   * transmitter generated no checksum"; otherwise the sum over the pseudo
   * header and `len` bytes folds to zero. @linux net/ipv4/udp.c udp4_csum_init()
   */
  verifyChecksum(saddr: number, daddr: number): boolean {
    return this.check === 0 || udpCsum(this.bytes, 0, saddr, daddr) === 0;
  }

  /**
   * RFC 768: "If the computed checksum is zero, it is transmitted as all
   * ones". @linux net/ipv4/udp.c udp_send_skb() (CSUM_MANGLED_0)
   */
  fillChecksum(saddr: number, daddr: number): void {
    this.check = 0;
    const c = udpCsum(this.bytes, 0, saddr, daddr);
    this.check = c === 0 ? CSUM_MANGLED_0 : c;
  }
}

/** Plain representation of a UDP datagram; `data` aliases the parsed packet's buffer. */
export interface UdpRepr {
  source: number;
  dest: number;
  data: Uint8Array;
}

function udpParse(p: UdpPacket): UdpRepr | WireError {
  const err = udpHdrCheck(p.bytes, 0, p.bytes.length);
  if (err !== null) return err;
  return { source: p.source, dest: p.dest, data: p.payload() };
}

function udpBufferLen(r: UdpRepr): number {
  return UDP_HLEN + r.data.length;
}

/**
 * Writes header and data, and the checksum over the IPv4 pseudo header
 * saddr/daddr. A socket with SO_NO_CHECK sets `check = 0` afterwards.
 */
function udpEmit(r: UdpRepr, p: UdpPacket, saddr: number, daddr: number): void {
  const len = udpBufferLen(r);
  assert(len <= 0xffff, 'udp emit: datagram longer than 65535');
  assert(p.bytes.length >= len, 'udp emit: buffer shorter than bufferLen()');
  p.source = r.source;
  p.dest = r.dest;
  p.len = len;
  p.bytes.set(r.data, UDP_HLEN);
  p.fillChecksum(saddr, daddr);
}

export const UdpRepr = {
  parse: udpParse,
  emit: udpEmit,
  /** Bytes emit() writes: header and data. */
  bufferLen: udpBufferLen,
} as const;
