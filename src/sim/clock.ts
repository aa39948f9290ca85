/**
 * Virtual time. Everything under src/net, src/wire and src/drivers reads time
 * from a Clock, never from Date.now(): a scenario costs CPU, not waiting.
 * Time is kept in nanoseconds as a JS number (exact up to 2^53 ns ≈ 104 days).
 */
export const NSEC_PER_USEC = 1_000;
export const NSEC_PER_MSEC = 1_000_000;
export const NSEC_PER_SEC = 1_000_000_000;
/** CLOCK_REALTIME at boot: the lab's wall clock starts at 2023-11-14T22:13:20Z and runs with virtual time. */
export const REALTIME_EPOCH_SEC = 1_700_000_000;

export class Clock {
  /** Virtual nanoseconds since the lab booted. */
  private nowNs = 0;

  get ns(): number {
    return this.nowNs;
  }

  /** Milliseconds since boot, as the kernel's jiffies_to_msecs(jiffies) would give. */
  get ms(): number {
    return Math.floor(this.nowNs / NSEC_PER_MSEC);
  }

  /** Only the scheduler moves time, and only forward. */
  advanceTo(ns: number): void {
    if (ns > this.nowNs) this.nowNs = ns;
  }
}
