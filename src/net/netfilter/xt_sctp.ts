/**
 * The sctp match (ports and the chunks of an SCTP packet: all, any or only
 * the types of the rule's map, with their flags) and the dccp match (ports,
 * packet type, an option present).
 * @linux net/netfilter/xt_sctp.c sctp_mt(), match_packet(), match_flags(), sctp_mt_check(); net/netfilter/xt_dccp.c dccp_mt(), dccp_find_option()
 */
import { KError } from '../core/errno.js';
import type { SkBuff } from '../core/skbuff.js';
import { getU16 } from '../../wire/bytes.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import type { XtActionParam, XtMatch } from './x_tables.js';
import { num } from './x_tables_info.js';

const nums = (info: XtInfo, k: string): readonly number[] => (Array.isArray(info[k]) ? (info[k] as readonly number[]) : []);

const XT_SCTP_CHUNK_TYPES = 0x04;
const XT_SCTP_VALID_FLAGS = 0x07;
const SCTP_CHUNK_MATCH_ANY = 0x01;
const SCTP_CHUNK_MATCH_ALL = 0x02;
const SCTP_CHUNK_MATCH_ONLY = 0x04;

/** SCCHECK()/DCCHECK(): an option not given holds; else its condition XOR its invert bit. */
const check = (cond: boolean, option: number, flags: number, invflags: number): boolean => !(flags & option) || ((invflags & option) !== 0) !== cond;

const mapIsSet = (map: readonly number[], k: number): boolean => (((map[k >>> 5] ?? 0) >>> (k & 31)) & 1) === 1;

/** match_flags(): a chunk type with flag info must have those flags under its mask. */
function matchFlags(flagInfo: readonly number[], type: number, flags: number): boolean {
  for (let j = 0; j < flagInfo.length; j += 3) if (flagInfo[j] === type) return (flags & flagInfo[j + 2]!) === flagInfo[j + 1];
  return true;
}

/** match_packet(): walk the chunks (each padded to 4 bytes); a chunk of length 0 drops the packet. */
function matchPacket(skb: SkBuff, offset: number, info: XtInfo, par: XtActionParam): boolean {
  const map = nums(info, 'chunkmap');
  const flagInfo = nums(info, 'flagInfo');
  const type = num(info, 'chunkMatchType');
  const copy = type === SCTP_CHUNK_MATCH_ALL ? [...map] : null;
  const b = skb.buf;
  do {
    if (offset + 4 > skb.tail || getU16(b, offset + 2) === 0) {
      par.hotdrop = true;
      return false;
    }
    const ctype = b[offset]!;
    const cflags = b[offset + 1]!;
    offset += (getU16(b, offset + 2) + 3) & ~3;
    if (mapIsSet(map, ctype)) {
      if (type === SCTP_CHUNK_MATCH_ANY && matchFlags(flagInfo, ctype, cflags)) return true;
      if (type === SCTP_CHUNK_MATCH_ALL && matchFlags(flagInfo, ctype, cflags)) copy![ctype >>> 5] = (copy![ctype >>> 5]! & ~(1 << (ctype & 31))) >>> 0;
      if (type === SCTP_CHUNK_MATCH_ONLY && !matchFlags(flagInfo, ctype, cflags)) return false;
    } else if (type === SCTP_CHUNK_MATCH_ONLY) return false;
  } while (offset < skb.tail);
  if (type === SCTP_CHUNK_MATCH_ALL) return copy!.every((w) => w === 0);
  return type === SCTP_CHUNK_MATCH_ONLY;
}

/** Both matches' flag checks (sctp_mt_check(), dccp_mt_check()). */
function checkFlags(info: XtInfo, valid: number): void {
  const flags = num(info, 'flags');
  const inv = num(info, 'invflags');
  if (flags & ~valid || inv & ~valid || inv & ~flags) throw new KError('EINVAL');
}

const inRange = (v: number, r: readonly number[]): boolean => v >= (r[0] ?? 0) && v <= (r[1] ?? 0xffff);

/**
 * What both matches test first: never a later fragment, a header of
 * `hlen` bytes (else the packet is dropped), the ports (bits 1 and 2).
 */
function portsMatch(skb: SkBuff, par: XtActionParam, info: XtInfo, hlen: number): boolean {
  if (par.fragoff !== 0) return false;
  const th = par.thoff;
  if (th + hlen > skb.tail) {
    par.hotdrop = true;
    return false;
  }
  const [flags, inv] = [num(info, 'flags'), num(info, 'invflags')];
  return check(inRange(getU16(skb.buf, th), nums(info, 'spts')), 1, flags, inv) && check(inRange(getU16(skb.buf, th + 2), nums(info, 'dpts')), 2, flags, inv);
}

export const sctpMatch: XtMatch = {
  revision: 0,
  proto: 132,
  check(info) {
    checkFlags(info, XT_SCTP_VALID_FLAGS);
    if (num(info, 'flags') & XT_SCTP_CHUNK_TYPES && num(info, 'chunkMatchType') & ~(SCTP_CHUNK_MATCH_ALL | SCTP_CHUNK_MATCH_ANY | SCTP_CHUNK_MATCH_ONLY)) {
      throw new KError('EINVAL');
    }
  },
  match(skb, par, info) {
    // struct sctphdr: source, dest, vtag, checksum (12 bytes)
    if (!portsMatch(skb, par, info, 12)) return false;
    const [flags, inv] = [num(info, 'flags'), num(info, 'invflags')];
    return check(flags & XT_SCTP_CHUNK_TYPES ? matchPacket(skb, par.thoff + 12, info, par) : true, XT_SCTP_CHUNK_TYPES, flags, inv);
  },
};

const XT_DCCP_TYPE = 0x04;
const XT_DCCP_OPTION = 0x08;
const XT_DCCP_VALID_FLAGS = 0x0f;
const DCCP_PKT_REQUEST = 0;
const DCCP_PKT_RESPONSE = 1;
const DCCP_PKT_DATA = 2;

/** dccp_packet_hdr_len(): what follows the generic header for the packet type. */
function packetHdrLen(type: number): number {
  if (type === DCCP_PKT_DATA) return 0;
  if (type === DCCP_PKT_REQUEST) return 4;
  if (type === DCCP_PKT_RESPONSE) return 12;
  // DATAACK, ACK, SYNC, SYNCACK, CLOSE, CLOSEREQ: dccp_hdr_ack_bits; RESET: dccp_hdr_reset
  return type <= 6 || type === 8 || type === 9 ? 8 : 12;
}

/** dccp_find_option(): the option kind among the header's options; a header shorter than its fields drops. */
function findOption(skb: SkBuff, th: number, option: number, par: XtActionParam): boolean {
  const b = skb.buf;
  const type = (b[th + 8]! >> 1) & 0x0f;
  // __dccp_basic_hdr_len(): 12 bytes, 16 with the extended sequence number (X bit)
  const hdrLen = (b[th + 8]! & 1 ? 16 : 12) + packetHdrLen(type);
  const doff = b[th + 4]! * 4;
  if (doff < hdrLen) {
    par.hotdrop = true;
    return false;
  }
  const optlen = doff - hdrLen;
  if (!optlen) return false;
  if (th + doff > skb.tail) {
    par.hotdrop = true;
    return false;
  }
  for (let i = 0; i < optlen;) {
    const o = b[th + hdrLen + i]!;
    if (o === option) return true;
    i += o < 2 ? 1 : b[th + hdrLen + i + 1] || 1;
  }
  return false;
}

export const dccpMatch: XtMatch = {
  revision: 0,
  proto: 33,
  check: (info) => checkFlags(info, XT_DCCP_VALID_FLAGS),
  match(skb, par, info) {
    // struct dccp_hdr: 12 bytes
    if (!portsMatch(skb, par, info, 12)) return false;
    const th = par.thoff;
    const [flags, inv] = [num(info, 'flags'), num(info, 'invflags')];
    const type = (skb.buf[th + 8]! >> 1) & 0x0f;
    return check((num(info, 'typemask') & (1 << type)) !== 0, XT_DCCP_TYPE, flags, inv) &&
      check(flags & XT_DCCP_OPTION ? findOption(skb, th, num(info, 'option'), par) : true, XT_DCCP_OPTION, flags, inv);
  },
};
