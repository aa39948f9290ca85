/**
 * The TCPOPTSTRIP target (mangle, TCP rules only): every TCP option whose
 * kind is in the rule's bitmap is overwritten with NOPs, the checksum
 * adjusted word by word (left to the device for a CHECKSUM_PARTIAL packet).
 * @linux net/netfilter/xt_TCPOPTSTRIP.c tcpoptstrip_mangle_packet(), optlen()
 */
import { KError } from '../core/errno.js';
import { CHECKSUM_PARTIAL, skbCowHead } from '../core/skbuff.js';
import { NF_DROP } from '../../uapi/linux/netfilter.js';
import { getU16, putU16 } from '../../wire/bytes.js';
import { csumReplace2 } from '../../wire/checksum.js';
import { IPPROTO_TCP } from '../../wire/ipv4.js';
import { TCP_HLEN } from '../../wire/tcp.js';
import { XT_CONTINUE, type XtTarget } from './x_tables.js';

const TCPOPT_NOP = 1;

/** optlen(): 1 for EOL/NOP or a zero length (no infinite loop), else the option's length byte. */
function optlen(b: Uint8Array, o: number): number {
  return b[o]! <= TCPOPT_NOP || b[o + 1] === 0 ? 1 : b[o + 1]!;
}

/** tcpoptstrip_test_bit() of the rule's strip_bmap[8] (u32 words). */
function stripBit(bmap: readonly number[], kind: number): boolean {
  return ((bmap[kind >>> 5] ?? 0) >>> (kind & 31)) & 1 ? true : false;
}

export const tcpoptstripTarget: XtTarget = {
  revision: 0,
  table: 'mangle',
  /** xt_target.proto = IPPROTO_TCP: a rule of another (or an inverted) protocol is refused. */
  check(_info, par) {
    if (par.proto !== IPPROTO_TCP || par.invProto) throw new KError('EINVAL');
  },
  target(skb, par, info) {
    // "This is a fragment, no TCP header is available"
    if (par.fragoff !== 0) return XT_CONTINUE;
    const rel = par.thoff - skb.networkHeader;
    // skb_ensure_writable(): a clone (the write queue's segment) gets its own bytes.
    skbCowHead(skb, 0);
    const b = skb.buf;
    const th = skb.networkHeader + rel;
    const len = skb.tail - th;
    if (len < TCP_HLEN) return NF_DROP;
    const hlen = (b[th + 12]! >> 4) * 4;
    if (len < hlen) return NF_DROP;
    const bmap = info['bmap'];
    const map = Array.isArray(bmap) ? (bmap as readonly number[]) : [];
    const partial = skb.ipSummed === CHECKSUM_PARTIAL;
    for (let i = TCP_HLEN, optl = 1; i < hlen - 1; i += optl) {
      optl = optlen(b, th + i);
      if (i + optl > hlen) break;
      if (!stripBit(map, b[th + i]!)) continue;
      for (let j = 0; j < optl; j++) {
        // inet_proto_csum_replace2() of the word holding the byte (even offsets are its high byte).
        if (!partial) {
          const odd = (i + j) % 2 !== 0;
          const o = odd ? b[th + i + j]! : b[th + i + j]! << 8;
          const n = odd ? TCPOPT_NOP : TCPOPT_NOP << 8;
          putU16(b, th + 16, csumReplace2(getU16(b, th + 16), o, n));
        }
        b[th + i + j] = TCPOPT_NOP;
      }
    }
    return XT_CONTINUE;
  },
};
