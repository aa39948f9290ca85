/**
 * The ECN target (mangle table): sets the IP header's ECN field, and the
 * TCP header's ECE and CWR bits (--ecn-tcp-remove clears both), with the
 * checksums updated; the TCP operations only in a rule of -p tcp.
 * @linux net/ipv4/netfilter/ipt_ECN.c ecn_tg(), ecn_tg_check(), set_ect_ip(), set_ect_tcp(),
 *   include/uapi/linux/netfilter_ipv4/ipt_ECN.h
 */
import type { SkBuff } from '../core/skbuff.js';
import { CHECKSUM_PARTIAL, skbCowHead } from '../core/skbuff.js';
import { KError } from '../core/errno.js';
import { NF_DROP } from '../../uapi/linux/netfilter.js';
import { getU16, putU16 } from '../../wire/bytes.js';
import { csumReplace2 } from '../../wire/checksum.js';
import { Iph } from '../../wire/ipv4.js';
import { num, XT_CONTINUE, type XtTarget } from './x_tables.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';

/** IPT_ECN_OP_SET_IP, IPT_ECN_OP_SET_ECE, IPT_ECN_OP_SET_CWR, IPT_ECN_OP_MASK */
export const IPT_ECN_OP_SET_IP = 0x01;
export const IPT_ECN_OP_SET_ECE = 0x10;
export const IPT_ECN_OP_SET_CWR = 0x20;
const IPT_ECN_OP_MASK = 0xce;
/** IPT_ECN_IP_MASK (~XT_DSCP_MASK): the two ECN bits of the TOS byte. */
const IPT_ECN_IP_MASK = 0x03;
/** The ECE and CWR bits in the TCP header's flags byte (offset 13). */
const TCP_FLAG_ECE = 0x40;
const TCP_FLAG_CWR = 0x80;
const IPPROTO_TCP = 6;

/** set_ect_ip(): the ECN bits of the TOS byte become ip_ect, the header checksum follows. */
function setEctIp(skb: SkBuff, info: XtInfo): void {
  const b = skb.buf;
  const nh = skb.networkHeader;
  const ect = num(info, 'ipEct') & IPT_ECN_IP_MASK;
  const tos = b[nh + Iph.Tos]!;
  if ((tos & IPT_ECN_IP_MASK) === ect) return;
  // skb_ensure_writable() before the change (a clone's shared data is copied).
  skbCowHead(skb, 0);
  const nb = skb.buf;
  const old = getU16(nb, nh);
  nb[nh + Iph.Tos] = (tos & ~IPT_ECN_IP_MASK) | ect;
  putU16(nb, nh + Iph.Check, csumReplace2(getU16(nb, nh + Iph.Check), old, getU16(nb, nh)));
}

/**
 * set_ect_tcp(): ECE and CWR as asked, the TCP checksum updated over
 * their 16-bit word (inet_proto_csum_replace2(): a CHECKSUM_PARTIAL skb's
 * device sums it); false (drop) when the header is not all there.
 */
function setEctTcp(skb: SkBuff, info: XtInfo): boolean {
  const b = skb.buf;
  const th = skb.networkHeader + ((b[skb.networkHeader]! & 0x0f) << 2);
  if (th + 20 > skb.tail) return false;
  const op = num(info, 'operation');
  const flags = b[th + 13]!;
  let nf = flags;
  if (op & IPT_ECN_OP_SET_ECE) nf = num(info, 'ece') ? nf | TCP_FLAG_ECE : nf & ~TCP_FLAG_ECE;
  if (op & IPT_ECN_OP_SET_CWR) nf = num(info, 'cwr') ? nf | TCP_FLAG_CWR : nf & ~TCP_FLAG_CWR;
  if (nf === flags) return true;
  skbCowHead(skb, 0);
  const nb = skb.buf;
  const old = getU16(nb, th + 12);
  nb[th + 13] = nf;
  if (skb.ipSummed !== CHECKSUM_PARTIAL) putU16(nb, th + 16, csumReplace2(getU16(nb, th + 16), old, getU16(nb, th + 12)));
  return true;
}

export const ecnTarget: XtTarget = {
  revision: 0,
  table: 'mangle',
  /** ecn_tg_check(): known operations, an ECT codepoint of two bits, TCP operations in a -p tcp rule (not inverted). */
  check(info, par) {
    const op = num(info, 'operation');
    if (op & IPT_ECN_OP_MASK) throw new KError('EINVAL');
    if (num(info, 'ipEct') & ~IPT_ECN_IP_MASK) throw new KError('EINVAL');
    if (op & (IPT_ECN_OP_SET_ECE | IPT_ECN_OP_SET_CWR) && (par.proto !== IPPROTO_TCP || par.invProto)) throw new KError('EINVAL');
  },
  /** ecn_tg() */
  target(skb, _par, info) {
    const op = num(info, 'operation');
    if (op & IPT_ECN_OP_SET_IP) setEctIp(skb, info);
    if (op & (IPT_ECN_OP_SET_ECE | IPT_ECN_OP_SET_CWR) && skb.buf[skb.networkHeader + Iph.Protocol] === IPPROTO_TCP && !setEctTcp(skb, info)) {
      return NF_DROP;
    }
    return XT_CONTINUE;
  },
};
