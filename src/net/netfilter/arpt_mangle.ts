/**
 * arptables' mangle target: overwrite the sender/target hardware and
 * protocol addresses of an ARP packet, then return its verdict (ACCEPT by
 * default).
 * @linux net/ipv4/netfilter/arpt_mangle.c
 */
import { KError } from '../core/errno.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import { NF_ACCEPT, NF_DROP } from '../../uapi/linux/netfilter.js';
import { putU32 } from '../../wire/bytes.js';
import { XT_CONTINUE, type XtTarget } from './x_tables.js';

/** ARPT_MANGLE_SDEV, _TDEV, _SIP, _TIP */
export const ARPT_MANGLE_SDEV = 0x01;
export const ARPT_MANGLE_TDEV = 0x02;
export const ARPT_MANGLE_SIP = 0x04;
export const ARPT_MANGLE_TIP = 0x08;
const ARPT_MANGLE_MASK = 0x0f;
const ARPT_DEV_ADDR_LEN_MAX = 16;

const num = (i: XtInfo, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
const mac = (i: XtInfo, k: string): readonly number[] => (Array.isArray(i[k]) ? (i[k] as number[]) : []);

export const arptMangle: XtTarget = {
  revision: 0,
  /** checkentry(): some flag, only known flags, a verdict of DROP, ACCEPT or CONTINUE. */
  check(info) {
    const f = num(info, 'flags');
    if (f & ~ARPT_MANGLE_MASK || !(f & ARPT_MANGLE_MASK)) throw new KError('EINVAL');
    const t = num(info, 'target');
    if (t !== NF_DROP && t !== NF_ACCEPT && t !== XT_CONTINUE) throw new KError('EINVAL');
  },
  target(skb, _par, info) {
    const b = skb.buf;
    const nh = skb.networkHeader;
    if (nh < 0 || nh + 8 > skb.tail) return NF_DROP;
    const hln = b[nh + 4]!;
    const pln = b[nh + 5]!;
    const f = num(info, 'flags');
    let p = nh + 8;
    // "We assume that pln and hln were checked in the match"
    const put = (bit: number, len: number, max: number, write: () => void): boolean => {
      if (f & bit) {
        if (max < len || p + len > skb.tail) return false;
        write();
      }
      p += len;
      return true;
    };
    const ok = put(ARPT_MANGLE_SDEV, hln, ARPT_DEV_ADDR_LEN_MAX, () => b.set(mac(info, 'srcMac').slice(0, hln), p)) &&
      put(ARPT_MANGLE_SIP, pln, 4, () => putU32(b, p, num(info, 'srcIp'))) &&
      put(ARPT_MANGLE_TDEV, hln, ARPT_DEV_ADDR_LEN_MAX, () => b.set(mac(info, 'tgtMac').slice(0, hln), p)) &&
      put(ARPT_MANGLE_TIP, pln, 4, () => putU32(b, p, num(info, 'tgtIp')));
    return ok ? num(info, 'target') : NF_DROP;
  },
};
