/**
 * The statistic match: every nth packet (a counter shared by the rule's
 * users), or packets at random with a probability (scaled to 2^31).
 * @linux net/netfilter/xt_statistic.c
 */
import { num, type XtMatch } from './x_tables.js';
import { KError } from '../core/errno.js';

/** enum xt_statistic_mode, XT_STATISTIC_INVERT */
export const XT_STATISTIC_MODE_RANDOM = 0;
export const XT_STATISTIC_MODE_NTH = 1;
export const XT_STATISTIC_INVERT = 0x1;

export const statisticMatch: XtMatch = {
  revision: 0,
  check(info) {
    if (num(info, 'mode') > XT_STATISTIC_MODE_NTH || num(info, 'flags') & ~XT_STATISTIC_INVERT) throw new KError('EINVAL');
  },
  /** info->master: the rule's own nth counter, started from the count userspace computed. */
  newPriv: (info) => ({ count: num(info, 'count') }),
  /** statistic_mt() */
  match(_skb, par, info) {
    let ret = (num(info, 'flags') & XT_STATISTIC_INVERT) !== 0;
    if (num(info, 'mode') === XT_STATISTIC_MODE_RANDOM) {
      // get_random_u32(): the lab's seeded generator.
      if ((par.state.net.world.rng.u32() & 0x7fffffff) < num(info, 'probability')) ret = !ret;
      return ret;
    }
    const m = par.priv as { count: number };
    m.count = m.count === num(info, 'every') ? 0 : m.count + 1;
    if (m.count === 0) ret = !ret;
    return ret;
  },
};
