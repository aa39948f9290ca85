/**
 * struct ratelimit_state and ___ratelimit(): at most `burst` callbacks pass
 * per `interval`; the first call after an interval that suppressed some
 * logs "FUNC: N callbacks suppressed" (KERN_WARNING) before its own line.
 * @linux lib/ratelimit.c
 */
import type { Net } from '../net/core/net_namespace.js';
import { KERN_WARNING, printk } from '../kernel/printk.js';

/** DEFAULT_RATELIMIT_INTERVAL (5 * HZ), in ns of virtual time. */
export const DEFAULT_RATELIMIT_INTERVAL_NS = 5e9;
/** DEFAULT_RATELIMIT_BURST */
export const DEFAULT_RATELIMIT_BURST = 10;

export class RatelimitState {
  /** When the current interval began (-1: never called). */
  begin = -1;
  printed = 0;
  missed = 0;

  constructor(
    readonly func: string,
    readonly intervalNs = DEFAULT_RATELIMIT_INTERVAL_NS,
    readonly burst = DEFAULT_RATELIMIT_BURST,
  ) {}
}

/** ___ratelimit(): true when the caller may print. */
export function ratelimit(net: Net, rs: RatelimitState): boolean {
  const now = net.sched.now;
  if (rs.begin < 0) rs.begin = now;
  if (now > rs.begin + rs.intervalNs) {
    if (rs.missed) printk(net, KERN_WARNING, `${rs.func}: ${rs.missed} callbacks suppressed`);
    rs.missed = 0;
    rs.begin = now;
    rs.printed = 0;
  }
  if (rs.burst > rs.printed) {
    rs.printed++;
    return true;
  }
  rs.missed++;
  return false;
}
