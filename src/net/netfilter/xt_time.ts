/**
 * The time match: the wall clock (the lab's CLOCK_REALTIME; the kernel's
 * timezone is UTC in a lab) within a date range, then its daytime within
 * a range (past midnight when start > stop; --contiguous counts such a
 * night as the day it began), its week day and month day in the masks.
 * @linux net/netfilter/xt_time.c time_mt(), time_mt_check(), localtime_1/2/3()
 */
import { KError } from '../core/errno.js';
import { REALTIME_EPOCH_SEC } from '../../sim/clock.js';
import { num, type XtMatch } from './x_tables.js';

const XT_TIME_CONTIGUOUS = 2;
const XT_TIME_ALL_FLAGS = 3;
const ALL_MONTHDAYS = 0xfffffffe;
const MAX_DAYTIME = 24 * 60 * 60 - 1;
const SECONDS_PER_DAY = 86400;

export const timeMatch: XtMatch = {
  revision: 0,
  /** time_mt_check(): daytimes within the day (EDOM), known flags. */
  check(info) {
    if (num(info, 'daytimeStart') > MAX_DAYTIME || num(info, 'daytimeStop') > MAX_DAYTIME) throw new KError('EDOM');
    if (num(info, 'flags') & ~XT_TIME_ALL_FLAGS) throw new KError('EINVAL');
  },
  match(_skb, par, info) {
    let stamp = REALTIME_EPOCH_SEC + Math.floor(par.state.net.sched.now / 1e9);
    if (stamp < num(info, 'dateStart') || stamp > num(info, 'dateStop')) return false;
    const start = num(info, 'daytimeStart');
    const stop = num(info, 'daytimeStop');
    const packetTime = stamp % SECONDS_PER_DAY;
    if (start < stop) {
      if (packetTime < start || packetTime > stop) return false;
    } else {
      if (packetTime < start && packetTime > stop) return false;
      if (num(info, 'flags') & XT_TIME_CONTIGUOUS && packetTime <= stop) stamp -= SECONDS_PER_DAY;
    }
    const days = Math.floor(stamp / SECONDS_PER_DAY);
    // localtime_2(): 1970-01-01 was a Thursday; Monday is 1, Sunday 7.
    const weekday = ((days + 3) % 7) + 1;
    if (!(num(info, 'weekdays') & (1 << weekday))) return false;
    if (num(info, 'monthdays') !== ALL_MONTHDAYS) {
      const monthday = new Date(stamp * 1000).getUTCDate();
      if (!(num(info, 'monthdays') & (1 << monthday))) return false;
    }
    return true;
  },
};
