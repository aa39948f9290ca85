/*
 * TCP header (RFC 9293 3.1):
 *
 *     0                   1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |          Source Port          |       Destination Port        |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                        Sequence Number                        |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                    Acknowledgment Number                      |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |  Data |       |C|E|U|A|P|R|S|F|                               |
 *    | Offset| Rsrvd |W|C|R|C|S|S|Y|I|            Window             |
 *    |       |       |R|E|G|K|H|T|N|N|                               |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |           Checksum            |         Urgent Pointer        |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *    |                           [Options]                           |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * @linux include/uapi/linux/tcp.h struct tcphdr, include/net/tcp.h TCPOPT_*
 */
import { csumPartial, csumTcpUdpMagic } from './checksum.js';
import { WireError } from './error.js';
import { getU16 } from './bytes.js';

export const IPPROTO_TCP = 6;
export const TCP_HLEN = 20;

/** Byte offsets of struct tcphdr's fields. A const enum: free. */
export const enum Tcph {
  Source = 0,
  Dest = 2,
  Seq = 4,
  AckSeq = 8,
  Doff = 12,
  Flags = 13,
  Window = 14,
  Check = 16,
  UrgPtr = 18,
}

/** The flag bits of byte 13 (TCPHDR_*). */
export const TCPHDR_FIN = 0x01;
export const TCPHDR_SYN = 0x02;
export const TCPHDR_RST = 0x04;
export const TCPHDR_PSH = 0x08;
export const TCPHDR_ACK = 0x10;
export const TCPHDR_URG = 0x20;
export const TCPHDR_ECE = 0x40;
export const TCPHDR_CWR = 0x80;

/** TCP options (RFC 9293 3.2, RFC 7323, RFC 2018). */
export const TCPOPT_EOL = 0;
export const TCPOPT_NOP = 1;
export const TCPOPT_MSS = 2;
export const TCPOPT_WINDOW = 3;
export const TCPOPT_SACK_PERM = 4;
export const TCPOPT_SACK = 5;
export const TCPOPT_TIMESTAMP = 8;
export const TCPOLEN_MSS = 4;
export const TCPOLEN_WINDOW = 3;
export const TCPOLEN_SACK_PERM = 2;
export const TCPOLEN_TIMESTAMP = 10;
/** The timestamp option with its two NOPs: what it takes from the MSS. */
export const TCPOLEN_TSTAMP_ALIGNED = 12;

/** The header length (doff * 4) of the segment at `o`. */
export function tcpHdrLen(b: Uint8Array, o: number): number {
  return (b[o + Tcph.Doff]! >> 4) * 4;
}

/**
 * tcp_v4_rcv()'s header checks on the `len` bytes at `o`: room for the
 * fixed header, a data offset of at least 5 words that fits.
 */
export function tcpHdrCheck(b: Uint8Array, o: number, len: number): WireError | null {
  if (len < TCP_HLEN) return WireError.Truncated;
  const doff = tcpHdrLen(b, o);
  if (doff < TCP_HLEN) return WireError.BadLength;
  if (doff > len) return WireError.LengthExceedsBuffer;
  return null;
}

/**
 * The checksum of the `len`-byte segment at `o` over the pseudo header:
 * 0 means valid on receive; with the field zeroed, the value to send.
 */
export function tcpCsum(b: Uint8Array, o: number, len: number, saddr: number, daddr: number): number {
  return csumTcpUdpMagic(saddr, daddr, len, IPPROTO_TCP, csumPartial(b, o, len, 0));
}

/** The options tcp_parse_options() understands. */
export interface TcpOptionsReceived {
  mssClamp: number;
  wscaleOk: boolean;
  sndWscale: number;
  sackOk: boolean;
  sawTstamp: boolean;
  rcvTsval: number;
  rcvTsecr: number;
  /** SACK blocks (start, end pairs) of this segment. */
  sacks: number[];
}

export function newTcpOptionsReceived(): TcpOptionsReceived {
  return { mssClamp: 0, wscaleOk: false, sndWscale: 0, sackOk: false, sawTstamp: false, rcvTsval: 0, rcvTsecr: 0, sacks: [] };
}

/**
 * tcp_parse_options(): the options between the fixed header and doff.
 * MSS, window scale and SACK-permitted count only on a SYN; a malformed
 * option ends the parse ("don't parse partial options").
 */
export function tcpParseOptions(b: Uint8Array, th: number, syn: boolean, opt: TcpOptionsReceived): void {
  const end = th + tcpHdrLen(b, th);
  opt.sawTstamp = false;
  opt.sacks.length = 0;
  let p = th + TCP_HLEN;
  while (p < end) {
    const kind = b[p]!;
    if (kind === TCPOPT_EOL) return;
    if (kind === TCPOPT_NOP) {
      p++;
      continue;
    }
    if (p + 1 >= end) return;
    const size = b[p + 1]!;
    if (size < 2 || p + size > end) return;
    if (kind === TCPOPT_MSS && size === TCPOLEN_MSS && syn) {
      const mss = getU16(b, p + 2);
      if (mss) opt.mssClamp = mss;
    } else if (kind === TCPOPT_WINDOW && size === TCPOLEN_WINDOW && syn) {
      opt.wscaleOk = true;
      opt.sndWscale = Math.min(b[p + 2]!, 14);
    } else if (kind === TCPOPT_SACK_PERM && size === TCPOLEN_SACK_PERM && syn) {
      opt.sackOk = true;
    } else if (kind === TCPOPT_TIMESTAMP && size === TCPOLEN_TIMESTAMP) {
      opt.sawTstamp = true;
      opt.rcvTsval = ((b[p + 2]! << 24) | (b[p + 3]! << 16) | (b[p + 4]! << 8) | b[p + 5]!) >>> 0;
      opt.rcvTsecr = ((b[p + 6]! << 24) | (b[p + 7]! << 16) | (b[p + 8]! << 8) | b[p + 9]!) >>> 0;
    } else if (kind === TCPOPT_SACK && size >= 10 && (size - 2) % 8 === 0) {
      for (let q = p + 2; q < p + size; q += 8) {
        opt.sacks.push(((b[q]! << 24) | (b[q + 1]! << 16) | (b[q + 2]! << 8) | b[q + 3]!) >>> 0);
        opt.sacks.push(((b[q + 4]! << 24) | (b[q + 5]! << 16) | (b[q + 6]! << 8) | b[q + 7]!) >>> 0);
      }
    }
    p += size;
  }
}

/** before(): sequence number `a` comes before `b` (modulo 2^32). */
export function before(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}

/** after() */
export function after(a: number, b: number): boolean {
  return ((b - a) | 0) < 0;
}

/** between(): b <= a <= c, modulo 2^32 (start <= seq <= end). */
export function between(a: number, b: number, c: number): boolean {
  return ((c - b) >>> 0) >= ((a - b) >>> 0);
}
