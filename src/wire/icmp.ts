/*
 * ICMP message header (RFC 792):
 *
 *     0                   1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |     Type      |     Code      |          Checksum             |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                     un (depends on type):                     |
 *    |  echo:       Identifier       |       Sequence Number         |
 *    |  redirect:          Gateway Internet Address                  |
 *    |  frag needed:      unused     |     Next-Hop MTU (RFC 1191)   |
 *    |  param prob:  Pointer  |               unused                 |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |   Data: echo payload, or for errors the internet header       |
 *    |   + 64 bits of the original datagram ...                      |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * @linux include/uapi/linux/icmp.h struct icmphdr
 */

import { csumFold, csumPartial } from './checksum.js';
import { WireError, assert } from './error.js';
import { putU16, putU32 } from './bytes.js';

/* Types and codes: the ABI's (include/uapi/linux/icmp.h), for the header views here. */
export {
  ICMP_ECHOREPLY, ICMP_DEST_UNREACH, ICMP_SOURCE_QUENCH, ICMP_REDIRECT, ICMP_ECHO, ICMP_TIME_EXCEEDED,
  ICMP_PARAMETERPROB, ICMP_TIMESTAMP, ICMP_TIMESTAMPREPLY, ICMP_INFO_REQUEST, ICMP_INFO_REPLY, ICMP_ADDRESS,
  ICMP_ADDRESSREPLY, NR_ICMP_TYPES, ICMP_EXT_ECHO, ICMP_EXT_ECHOREPLY, ICMP_NET_UNREACH, ICMP_HOST_UNREACH,
  ICMP_PROT_UNREACH, ICMP_PORT_UNREACH, ICMP_FRAG_NEEDED, ICMP_SR_FAILED, ICMP_NET_UNKNOWN, ICMP_HOST_UNKNOWN,
  ICMP_HOST_ISOLATED, ICMP_NET_ANO, ICMP_HOST_ANO, ICMP_NET_UNR_TOS, ICMP_HOST_UNR_TOS, ICMP_PKT_FILTERED,
  ICMP_PREC_VIOLATION, ICMP_PREC_CUTOFF, NR_ICMP_UNREACH, ICMP_REDIR_NET, ICMP_REDIR_HOST, ICMP_REDIR_NETTOS,
  ICMP_REDIR_HOSTTOS, ICMP_EXC_TTL, ICMP_EXC_FRAGTIME,
} from '../uapi/linux/icmp.js';


/** Type, code, checksum, un. */
export const ICMP_HLEN = 8;

/**
 * Byte offsets of the fields of struct icmphdr (RFC 792), for reading a
 * message in place: `b[icmph + Icmph.Type]`. A const enum: free.
 * @linux include/uapi/linux/icmp.h
 */
export const enum Icmph {
  Type = 0,
  Code = 1,
  Checksum = 2,
  /** un: the 32-bit rest of the header */
  Un = 4,
  /** un.echo.id */
  EchoId = 4,
  /** un.echo.sequence */
  EchoSequence = 6,
  /** un.gateway (RFC 792 Redirect) */
  Gateway = 4,
  /** un.frag.mtu: RFC 1191 section 4 Next-Hop MTU, the low-order 16 bits */
  FragMtu = 6,
  /** RFC 792 Parameter Problem pointer: the first octet of un */
  Pointer = 4,
}

/**
 * RFC 792: "The checksum is the 16-bit ones's complement of the one's
 * complement sum of the ICMP message starting with the ICMP Type." Over the
 * `len` bytes at `o` (an odd length is padded, RFC 1071): 0 when a received
 * message is intact. @linux net/ipv4/icmp.c icmp_rcv() (skb_checksum_simple_validate)
 */
export function icmpCsum(b: Uint8Array, o: number, len: number): number {
  return csumFold(csumPartial(b, o, len, 0));
}

/**
 * RFC 792: "For computing the checksum, the checksum field should be zero."
 * @linux net/ipv4/icmp.c icmp_push_reply() (csum_fold of the message)
 */
export function icmpFillChecksum(b: Uint8Array, o: number, len: number): void {
  putU16(b, o + Icmph.Checksum, 0);
  putU16(b, o + Icmph.Checksum, icmpCsum(b, o, len));
}

/**
 * Writes type, code and the rest of the header at `o` (checksum left to
 * icmpFillChecksum()): the offset form of IcmpRepr.emit() for the paths
 * that send without a Repr object.
 */
export function icmphEmit(b: Uint8Array, o: number, type: number, code: number, un: number): void {
  b[o + Icmph.Type] = type;
  b[o + Icmph.Code] = code;
  putU32(b, o + Icmph.Un, un);
}

/** A view of an ICMP message (the whole IP payload); `bytes` may be a subarray. */
export class IcmpPacket {
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  private constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** For building: the caller guarantees ICMP_HLEN bytes. */
  static newUnchecked(bytes: Uint8Array): IcmpPacket {
    return new IcmpPacket(bytes);
  }

  /**
   * For untrusted input; never throws. @linux net/ipv4/icmp.c icmp_rcv():
   * pskb_pull(skb, sizeof(*icmph)) failing counts ICMP_MIB_INERRORS.
   */
  static newChecked(bytes: Uint8Array): IcmpPacket | WireError {
    if (bytes.length < ICMP_HLEN) return WireError.Truncated;
    return new IcmpPacket(bytes);
  }

  get type(): number {
    return this.bytes[Icmph.Type]!;
  }
  set type(v: number) {
    this.bytes[Icmph.Type] = v;
  }

  get code(): number {
    return this.bytes[Icmph.Code]!;
  }
  set code(v: number) {
    this.bytes[Icmph.Code] = v;
  }

  get checksum(): number {
    return this.view.getUint16(Icmph.Checksum);
  }
  set checksum(v: number) {
    this.view.setUint16(Icmph.Checksum, v);
  }

  /** The 32-bit rest of header, big endian. */
  get un(): number {
    return this.view.getUint32(Icmph.Un);
  }
  set un(v: number) {
    this.view.setUint32(Icmph.Un, v >>> 0);
  }

  /** un.echo.id */
  get echoId(): number {
    return this.view.getUint16(Icmph.EchoId);
  }
  set echoId(v: number) {
    this.view.setUint16(Icmph.EchoId, v);
  }

  /** un.echo.sequence */
  get echoSequence(): number {
    return this.view.getUint16(Icmph.EchoSequence);
  }
  set echoSequence(v: number) {
    this.view.setUint16(Icmph.EchoSequence, v);
  }

  /** un.gateway: the redirect target, host-order u32. */
  get gateway(): number {
    return this.view.getUint32(Icmph.Gateway);
  }
  set gateway(v: number) {
    this.view.setUint32(Icmph.Gateway, v >>> 0);
  }

  /** un.frag.mtu: RFC 1191 Next-Hop MTU, the low-order 16 bits of un. */
  get fragMtu(): number {
    return this.view.getUint16(Icmph.FragMtu);
  }
  set fragMtu(v: number) {
    this.view.setUint16(Icmph.FragMtu, v);
  }

  /** RFC 792 Parameter Problem: the octet where the error was detected. */
  get pointer(): number {
    return this.bytes[Icmph.Pointer]!;
  }
  set pointer(v: number) {
    this.bytes[Icmph.Pointer] = v;
  }

  payload(): Uint8Array {
    return this.bytes.subarray(ICMP_HLEN);
  }

  /**
   * RFC 792: "the 16-bit ones's complement of the one's complement sum of
   * the ICMP message starting with the ICMP Type"; an odd length is padded.
   */
  verifyChecksum(): boolean {
    return icmpCsum(this.bytes, 0, this.bytes.length) === 0;
  }

  fillChecksum(): void {
    icmpFillChecksum(this.bytes, 0, this.bytes.length);
  }
}

/** un for an echo request/reply. */
export function icmpEchoUn(id: number, sequence: number): number {
  return (((id & 0xffff) << 16) | (sequence & 0xffff)) >>> 0;
}

/**
 * Plain representation of an ICMP message, as struct icmphdr plus data.
 * `data` aliases the parsed packet's buffer.
 */
export interface IcmpRepr {
  type: number;
  code: number;
  /** Rest of header: echo id/sequence, gateway, next-hop MTU, pointer. */
  un: number;
  data: Uint8Array;
}

function icmpParse(p: IcmpPacket): IcmpRepr | WireError {
  if (p.bytes.length < ICMP_HLEN) return WireError.Truncated;
  return { type: p.type, code: p.code, un: p.un, data: p.payload() };
}

function icmpBufferLen(r: IcmpRepr): number {
  return ICMP_HLEN + r.data.length;
}

/** Writes header, data, and the checksum over the bufferLen(r) bytes. */
function icmpEmit(r: IcmpRepr, p: IcmpPacket): void {
  const len = icmpBufferLen(r);
  assert(p.bytes.length >= len, 'icmp emit: buffer shorter than bufferLen()');
  icmphEmit(p.bytes, 0, r.type, r.code, r.un);
  p.bytes.set(r.data, ICMP_HLEN);
  icmpFillChecksum(p.bytes, 0, len);
}

export const IcmpRepr = {
  parse: icmpParse,
  emit: icmpEmit,
  /** Bytes emit() writes: header and data. */
  bufferLen: icmpBufferLen,
} as const;
