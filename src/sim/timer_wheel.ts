/**
 * When a timer_list really fires. The kernel's timer wheel (HZ 250 here,
 * Debian's CONFIG_HZ) keeps timers in 9 levels of 64 buckets; level n holds
 * the timers due in [LVL_START(n), LVL_START(n+1)) jiffies from the base's
 * clock, in buckets 8^n jiffies wide, and a timer fires when its bucket does:
 * its expiry rounded up past the next multiple of the level's granularity
 * ("the timer wheel has to guarantee that a timer does not fire early"), so
 * a 1 s timer waits 1.024 s from a bucket boundary and a 100 ms one 104 ms.
 * hrtimers (ping's intervals, nanosleep) are exact and do not come here.
 * @linux kernel/time/timer.c calc_index() calc_wheel_index()
 */
import type { Scheduler, Timer } from './scheduler.js';

/** One jiffy at CONFIG_HZ=250, in virtual ns. */
export const JIFFY_NS = 4_000_000;
/** LVL_CLK_SHIFT: each level is 8 times coarser than the one below. */
const LVL_CLK_SHIFT = 3;
/** LVL_SIZE - 1: the last bucket of a level. */
const LVL_LAST = 63;
/** LVL_DEPTH (HZ > 100). */
const LVL_DEPTH = 9;

/** LVL_START(n): the first delta (jiffies) level n holds. */
function lvlStart(n: number): number {
  return LVL_LAST * 2 ** ((n - 1) * LVL_CLK_SHIFT);
}

/** WHEEL_TIMEOUT_CUTOFF and WHEEL_TIMEOUT_MAX: longer timeouts fire at the wheel's capacity. */
const WHEEL_TIMEOUT_CUTOFF = lvlStart(LVL_DEPTH);
const WHEEL_TIMEOUT_MAX = WHEEL_TIMEOUT_CUTOFF - 2 ** ((LVL_DEPTH - 1) * LVL_CLK_SHIFT);

/**
 * calc_wheel_index(): the jiffy at which a timer due at `expires` fires,
 * armed when the base's clock reads `clk` (both in jiffies).
 */
export function wheelBucketExpiry(expires: number, clk: number): number {
  const delta = expires - clk;
  if (delta < 0) return clk;
  if (delta >= WHEEL_TIMEOUT_CUTOFF) expires = clk + WHEEL_TIMEOUT_MAX;
  const gran = 2 ** (wheelLevel(expires, clk) * LVL_CLK_SHIFT);
  // calc_index(): (expires >> LVL_SHIFT(lvl)) + 1, back in jiffies
  return (Math.floor(expires / gran) + 1) * gran;
}

/** calc_wheel_index()'s level for a timer due at `expires`, armed at base clock `clk` (jiffies). */
export function wheelLevel(expires: number, clk: number): number {
  const delta = Math.min(expires - clk, WHEEL_TIMEOUT_MAX);
  let lvl = 0;
  while (lvl < LVL_DEPTH - 1 && delta >= lvlStart(lvl + 1)) lvl++;
  return lvl;
}

/** The jiffy the kernel's `jiffies` reads at virtual time `ns` (the tick counter: rounded down). */
export function jiffiesAt(ns: number): number {
  return Math.floor(ns / JIFFY_NS);
}

/**
 * mod_timer(timer, expires) now, `expires` in jiffies: the delay (ns) until
 * the timer fires. Once timers have expired in the current jiffy, the base's
 * clock stays one jiffy ahead of jiffies until the next tick ("base->clk is
 * set 1 offset ahead of jiffies to avoid endless requeuing to current
 * jiffies"), which picks the level of a timer armed then (one CPU: one timer
 * base).
 */
export function timerWheelDelayUntil(sched: Scheduler, expires: number): number {
  return bucketDelay(sched, expires, baseClk(sched));
}

/** The delay (ns) until the bucket of a timer due at `expires`, filed at base clock `clk`, fires. */
function bucketDelay(sched: Scheduler, expires: number, clk: number): number {
  const now = sched.now;
  // an expiry already past goes in the bucket of the base's clock: run at the next tick
  return Math.max(wheelBucketExpiry(expires, clk), jiffiesAt(now) + 1) * JIFFY_NS - now;
}

/** The timer base's clock: a jiffy ahead of jiffies once timers expired in this jiffy (see above). */
function baseClk(sched: Scheduler): number {
  const jiffies = jiffiesAt(sched.now);
  return sched.wheelRanAt >= 0 && jiffiesAt(sched.wheelRanAt) === jiffies ? jiffies + 1 : jiffies;
}

/** jiffies + timeout: the expiry (jiffies) of a timer armed now for `ns`, rounded up to whole jiffies (msecs_to_jiffies()). */
function timeoutExpiry(sched: Scheduler, ns: number): number {
  return jiffiesAt(sched.now) + Math.max(0, Math.ceil(ns / JIFFY_NS));
}

/**
 * mod_timer(timer, jiffies + timeout) now: the delay (ns) until the timer
 * fires. `timeout` is `ns` rounded up to whole jiffies (msecs_to_jiffies()).
 */
export function timerWheelDelay(sched: Scheduler, ns: number): number {
  return timerWheelDelayUntil(sched, timeoutExpiry(sched, ns));
}

/** A Timer of the scheduler that is a timer_list due at jiffy `expires`, in its bucket of the wheel. */
function wheelTimer(sched: Scheduler, expires: number, fn: () => void): Timer {
  const clk = baseClk(sched);
  return sched.scheduleWheel(bucketDelay(sched, expires, clk), wheelLevel(expires, clk), fn, expires);
}

/** mod_timer() on the timer wheel: `fn` runs when the bucket of `now + ns` does. */
export function modTimer(sched: Scheduler, ns: number, fn: () => void): Timer {
  return wheelTimer(sched, timeoutExpiry(sched, ns), fn);
}

/**
 * mod_timer(timer, expires) for a caller that computes its expiry in
 * jiffies from its own timestamps (neighbour entries: confirmed +
 * reachable_time): `atNs` is that expiry in virtual ns, taken in whole
 * jiffies (`jiffiesAt`) as the kernel's stamps are.
 */
export function modTimerAt(sched: Scheduler, atNs: number, fn: () => void): Timer {
  return wheelTimer(sched, jiffiesAt(atNs), fn);
}
