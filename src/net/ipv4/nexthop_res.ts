/**
 * Resilient nexthop groups: a fixed table of hash buckets, each held by one
 * member, spread by weight. A change of the members moves only the buckets
 * it must: an unoccupied bucket at once, a bucket of an overweight member
 * once it has been idle for idle_timer (or, with unbalanced_timer, once the
 * group has been unbalanced that long), checked by a delayed upkeep.
 * Times are in jiffies (HZ 250); the messages carry clock_t (USER_HZ 100).
 * @linux net/ipv4/nexthop.c nh_res_group_rebalance(), nh_res_table_upkeep(), nh_res_bucket_should_migrate(),
 *        nh_res_bucket_migrate(), nh_res_table_migrate_buckets(), replace_nexthop_grp_res(), nexthop_select_path_res()
 */
import type { Net } from '../core/net_namespace.js';
import type { Timer } from '../../sim/scheduler.js';
import { jiffiesAt, modTimerAt, JIFFY_NS } from '../../sim/timer_wheel.js';
import type { NhGroup, NhGrpEntry } from './nexthop.js';

/** HZ of the jiffies here (Debian's CONFIG_HZ). */
const HZ = 250;
/** NH_RES_DEFAULT_IDLE_TIMER: 120 s. */
export const NH_RES_DEFAULT_IDLE_TIMER = 120 * HZ;
/** NH_RES_DEFAULT_UNBALANCED_TIMER: never force. */
export const NH_RES_DEFAULT_UNBALANCED_TIMER = 0;
/** NH_RES_UPKEEP_DW_MINIMUM_INTERVAL: HZ / 2 */
const UPKEEP_MIN_INTERVAL = HZ >> 1;

/** struct nh_res_bucket */
export interface NhResBucket {
  entry: NhGrpEntry | null;
  occupied: boolean;
  /** jiffies of its last use by a lookup (or of its migration) */
  usedTime: number;
  migratedTime: number;
}

/** jiffies_to_clock_t() at HZ 250, USER_HZ 100 */
export function jiffiesToClockT(j: number): number {
  return Math.floor((Math.max(0, j) * 2) / 5);
}

/** clock_t_to_jiffies() */
export function clockTToJiffies(c: number): number {
  return Math.floor((c * HZ) / 100);
}

/** struct nh_res_table */
export class NhResTable {
  readonly buckets: NhResBucket[];
  /** uw_nh_entries: the underweight members, the last added first (list_add). */
  uw: NhGrpEntry[] = [];
  unbalancedSince = 0;
  private upkeepTimer: Timer | null = null;
  /** A bucket moved by the delayed upkeep (nexthop_bucket_notify()). */
  bucketNotify: (index: number) => void = () => {};

  constructor(
    readonly net: Net,
    readonly numBuckets: number,
    public idleTimer: number,
    public unbalancedTimer: number,
  ) {
    this.buckets = Array.from({ length: numBuckets }, () => ({ entry: null, occupied: false, usedTime: 0, migratedTime: 0 }));
  }

  private get now(): number {
    return jiffiesAt(this.net.sched.now);
  }

  /** nh_res_group_rebalance(): each member's wanted bucket count (DIV_ROUND_CLOSEST of the cumulative weight), the underweight listed. */
  rebalance(grp: NhGroup): void {
    this.uw = [];
    let total = 0;
    for (const e of grp.entries) total += e.weight;
    let w = 0;
    let prev = 0;
    for (const e of grp.entries) {
      w += e.weight;
      const upper = Math.floor((this.numBuckets * w + (total >> 1)) / total);
      e.wantsBuckets = upper - prev;
      prev = upper;
      if (e.countBuckets < e.wantsBuckets) {
        if (this.uw.length === 0) this.unbalancedSince = this.now;
        this.uw.unshift(e);
      }
    }
  }

  /** nh_res_bucket_set_nh() */
  private setNh(b: NhResBucket, e: NhGrpEntry): void {
    this.unsetNh(b);
    b.occupied = true;
    b.entry = e;
    e.countBuckets++;
  }

  /** nh_res_bucket_unset_nh() */
  private unsetNh(b: NhResBucket): void {
    if (!b.occupied) return;
    b.entry!.countBuckets--;
    b.occupied = false;
  }

  /**
   * nh_res_bucket_should_migrate(): an unoccupied bucket must (force); one
   * of an overweight member may once idle, or once the group has been
   * unbalanced for unbalanced_timer. `dl` collects the next time to look.
   */
  private shouldMigrate(b: NhResBucket, now: number, dl: { t: number }): boolean {
    if (!b.occupied) return true;
    const e = b.entry!;
    if (e.countBuckets <= e.wantsBuckets) return false;
    const idlePoint = b.usedTime === b.migratedTime ? now : b.usedTime + this.idleTimer;
    if (now >= idlePoint) return true;
    if (this.unbalancedTimer) {
      const unbPoint = this.unbalancedSince + this.unbalancedTimer;
      if (now > unbPoint) return true;
      if (unbPoint < dl.t) dl.t = unbPoint;
    }
    if (idlePoint < dl.t) dl.t = idlePoint;
    return false;
  }

  /** nh_res_bucket_migrate(): the bucket to the first underweight member, idle from now. */
  private migrate(index: number, now: number, notify: boolean): void {
    const e = this.uw[0];
    if (!e) return;
    const b = this.buckets[index]!;
    this.setNh(b, e);
    b.usedTime = b.migratedTime = now;
    if (notify) this.bucketNotify(index);
    if (e.countBuckets === e.wantsBuckets) this.uw.shift();
  }

  /** nh_res_table_upkeep(): move what may move now; while unbalanced, look again later (at least HZ/2 on). */
  upkeep(notify: boolean): void {
    const now = this.now;
    const dl = { t: now + (this.unbalancedTimer || this.idleTimer) };
    for (let i = 0; i < this.numBuckets; i++) {
      if (this.shouldMigrate(this.buckets[i]!, now, dl)) this.migrate(i, now, notify);
    }
    this.cancelUpkeep();
    if (this.uw.length === 0) return;
    const at = Math.max(dl.t, now + UPKEEP_MIN_INTERVAL);
    this.upkeepTimer = modTimerAt(this.net.sched, at * JIFFY_NS, () => {
      this.upkeepTimer = null;
      this.upkeep(true);
    });
  }

  /** nh_res_table_cancel_upkeep() */
  cancelUpkeep(): void {
    if (this.upkeepTimer) this.net.sched.cancel(this.upkeepTimer);
    this.upkeepTimer = null;
  }

  /** nh_res_table_migrate_buckets(): each bucket to the new group's entry of its member, unoccupied when it left. */
  private migrateBuckets(grp: NhGroup): void {
    for (const b of this.buckets) {
      const id = b.entry?.nh.id;
      const e = grp.entries.find((x) => x.nh.id === id);
      if (e) this.setNh(b, e);
      else this.unsetNh(b);
    }
  }

  /** replace_nexthop_grp_res(): the table carried over to `grp`'s members (a replace, a member gone). */
  replaceGroup(grp: NhGroup): void {
    const prevSince = this.unbalancedSince;
    const prevHasUw = this.uw.length > 0;
    this.cancelUpkeep();
    this.migrateBuckets(grp);
    this.rebalance(grp);
    if (prevHasUw && this.uw.length > 0) this.unbalancedSince = prevSince;
    // (drivers hear of the moves; netlink does not: notify_nl false)
    this.upkeep(false);
    grp.res = this;
  }

  /** nexthop_select_path_res(): the member holding bucket hash % buckets, the bucket marked busy. */
  select(hash: number): NhGrpEntry {
    const b = this.buckets[hash % this.numBuckets]!;
    b.usedTime = this.now;
    return b.entry!;
  }

  /** nh_res_table_unbalanced_time(), clock_t */
  unbalancedTime(): number {
    return this.uw.length === 0 ? 0 : jiffiesToClockT(this.now - this.unbalancedSince);
  }

  /** nh_res_bucket_idle_time(), clock_t */
  idleTime(b: NhResBucket): number {
    return jiffiesToClockT(this.now - b.usedTime);
  }
}
