/**
 * The u32 match (tests on 32-bit words of the packet from its IP header,
 * "@" moving the base by a value read) and the quota match (a byte budget
 * the rule spends; once a packet does not fit, nothing matches again).
 * @linux net/netfilter/xt_u32.c u32_match_it(), u32_mt_checkentry(), net/netfilter/xt_quota.c quota_mt()
 */
import { KError } from '../core/errno.js';
import { getU32 } from '../../wire/bytes.js';
import type { SkBuff } from '../core/skbuff.js';
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import type { XtMatch } from './x_tables.js';

const XT_U32_AND = 0;
const XT_U32_LEFTSH = 1;
const XT_U32_RIGHTSH = 2;
const MAXSIZE = 10;

const tests = (info: XtInfo): readonly number[] => (Array.isArray(info['tests']) ? (info['tests'] as readonly number[]) : []);

/** u32_match_it(): every test's location value within one of its ranges; a read past the end fails the match. */
function u32MatchIt(t: readonly number[], skb: SkBuff): boolean {
  const b = skb.buf;
  const base = skb.networkHeader;
  const len = skb.tail - base;
  for (let k = 0; k < t.length; ) {
    const nnums = t[k]!;
    const nvals = t[k + 1]!;
    k += 2;
    let at = 0;
    let pos = t[k]!;
    if (len < 4 || pos > len - 4) return false;
    let val = getU32(b, base + pos);
    for (let i = 1; i < nnums; i++) {
      const number = t[k + 2 * i]!;
      const op = t[k + 2 * i + 1]!;
      if (op === XT_U32_AND) val = (val & number) >>> 0;
      else if (op === XT_U32_LEFTSH) val = (val << number) >>> 0;
      else if (op === XT_U32_RIGHTSH) val >>>= number;
      else {
        if (at + val > 0xffffffff) return false;
        at += val;
        pos = number;
        if (at + 4 > 0xffffffff || len < at + 4 || pos > len - at - 4) return false;
        val = getU32(b, base + at + pos);
      }
    }
    k += 2 * nnums;
    let hit = false;
    for (let i = 0; i < nvals; i++, k += 2) if (t[k]! <= val && val <= t[k + 1]!) hit = true;
    if (!hit) return false;
  }
  return true;
}

export const u32Match: XtMatch = {
  revision: 0,
  /** u32_mt_checkentry(): at most 10 tests of at most 10 locations and 10 values. */
  check(info) {
    const t = tests(info);
    let n = 0;
    for (let k = 0; k < t.length; n++) {
      if (t[k]! > MAXSIZE || t[k + 1]! > MAXSIZE) throw new KError('EINVAL');
      k += 2 + 2 * t[k]! + 2 * t[k + 1]!;
    }
    if (n > MAXSIZE) throw new KError('EINVAL');
  },
  match: (skb, _par, info) => u32MatchIt(tests(info), skb) !== (info['invert'] === true),
};

/** struct xt_quota_priv: what is left of the rule's budget. */
interface QuotaPriv {
  quota: bigint;
}

export const quotaMatch: XtMatch = {
  revision: 0,
  newPriv: (info): QuotaPriv => ({ quota: BigInt(String(info['quota'] ?? '0')) }),
  /** quota_mt(): the packet's length comes off the budget when it fits; else the budget is gone. */
  match(skb, par, info) {
    const priv = par.priv as QuotaPriv;
    const len = BigInt(skb.tail - skb.networkHeader);
    const invert = info['invert'] === true;
    if (priv.quota >= len) {
      priv.quota -= len;
      return !invert;
    }
    priv.quota = 0n;
    return invert;
  },
};
