/**
 * The string match: the pattern anywhere in the packet's bytes from the
 * IP header on, between --from and --to (it must end before --to), by
 * Boyer-Moore or KMP (the same answer), optionally ignoring ASCII case.
 * @linux net/netfilter/xt_string.c string_mt(), net/core/skbuff.c skb_find_text(), lib/ts_bm.c, lib/ts_kmp.c
 */
import { KError } from '../core/errno.js';
import { num, type XtMatch } from './x_tables.js';

/** XT_STRING_FLAG_* (revision 1) */
export const XT_STRING_FLAG_INVERT = 0x01;
export const XT_STRING_FLAG_IGNORECASE = 0x02;

const upper = (c: number): number => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c);

export const stringMatch: XtMatch = {
  revision: 1,
  /** string_mt_check(): offsets in order, a known algorithm (textsearch_prepare()), a pattern. */
  check(info) {
    if (num(info, 'from') > num(info, 'to')) throw new KError('EINVAL');
    if (info['algo'] !== 'bm' && info['algo'] !== 'kmp') throw new KError('ENOENT');
    const pat = info['pattern'];
    if (!Array.isArray(pat) || pat.length === 0) throw new KError('EINVAL');
  },
  match(skb, _par, info) {
    const pat = info['pattern'] as readonly number[];
    const icase = (num(info, 'flags') & XT_STRING_FLAG_IGNORECASE) !== 0;
    const b = skb.buf;
    const start = skb.networkHeader + num(info, 'from');
    // skb_find_text(): found at ret (from `from`) and ret + patlen <= to - from.
    const end = Math.min(skb.tail, skb.networkHeader + num(info, 'to'));
    let found = false;
    for (let i = start; i + pat.length <= end && !found; i++) {
      let k = 0;
      while (k < pat.length && (icase ? upper(b[i + k]!) === upper(pat[k]!) : b[i + k] === pat[k])) k++;
      found = k === pat.length;
    }
    return found !== ((num(info, 'flags') & XT_STRING_FLAG_INVERT) !== 0);
  },
};
