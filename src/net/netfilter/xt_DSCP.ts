/**
 * The DSCP and TOS targets (mangle table): rewrite the TOS byte, the DSCP
 * bits only (the ECN bits kept), or under a mask with an xor, and fix the
 * header checksum (ipv4_change_dsfield()).
 * @linux net/netfilter/xt_DSCP.c dscp_tg(), tos_tg(), include/net/dsfield.h ipv4_change_dsfield()
 */
import { skbCowHead, type SkBuff } from '../core/skbuff.js';
import { KError } from '../core/errno.js';
import { Iph } from '../../wire/ipv4.js';
import { getU16, putU16 } from '../../wire/bytes.js';
import { csumReplace2 } from '../../wire/checksum.js';
import { num, XT_CONTINUE, type XtTarget } from './x_tables.js';

/** XT_DSCP_MASK, XT_DSCP_SHIFT, XT_DSCP_MAX */
const XT_DSCP_MASK = 0xfc;
const XT_DSCP_SHIFT = 2;
const XT_DSCP_MAX = 0x3f;

/** ipv4_change_dsfield(): the TOS byte becomes (tos & mask) | value, the checksum follows the first header word. */
function ipv4ChangeDsfield(skb: SkBuff, mask: number, value: number): void {
  // dscp_tg() / tos_tg_v4(): skb_ensure_writable() before the change (a clone's shared data is copied).
  skbCowHead(skb, 0);
  const b = skb.buf;
  const nh = skb.networkHeader;
  const old = getU16(b, nh);
  const tos = ((b[nh + Iph.Tos]! & mask) | value) & 0xff;
  b[nh + Iph.Tos] = tos;
  putU16(b, nh + Iph.Check, csumReplace2(getU16(b, nh + Iph.Check), old, (old & 0xff00) | tos));
}

export const dscpTarget: XtTarget = {
  revision: 0,
  table: 'mangle',
  /** dscp_tg_check() */
  check(info) {
    if (num(info, 'dscp') > XT_DSCP_MAX) throw new KError('EDOM');
  },
  target(skb, _par, info) {
    const dscp = skb.buf[skb.networkHeader + Iph.Tos]! >> XT_DSCP_SHIFT;
    if (dscp !== num(info, 'dscp')) ipv4ChangeDsfield(skb, ~XT_DSCP_MASK & 0xff, num(info, 'dscp') << XT_DSCP_SHIFT);
    return XT_CONTINUE;
  },
};

export const tosTarget: XtTarget = {
  revision: 1,
  table: 'mangle',
  target(skb, _par, info) {
    const orig = skb.buf[skb.networkHeader + Iph.Tos]!;
    const nv = ((orig & ~num(info, 'mask')) ^ num(info, 'value')) & 0xff;
    if (orig !== nv) ipv4ChangeDsfield(skb, 0, nv);
    return XT_CONTINUE;
  },
};
