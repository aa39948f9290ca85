/**
 * Event scheduler on the virtual clock. Timers (the kernel's timer_list,
 * delayed work, softirq deferrals with delay 0) run in (time, insertion)
 * order, so a run is deterministic.
 *
 * Quiescence rule: processes are async tasks; `runWhile` lets every ready
 * task progress (it drains the microtask queue), runs the events due now, and
 * only when nothing can progress jumps the clock to the next timer.
 */
import { Clock } from './clock.js';
import { macrotask } from './macrotask.js';

export interface Timer {
  /** Absolute expiry in virtual ns; NaN once fired or cancelled. */
  when: number;
  seq: number;
  fn: () => void;
  index: number;
  /**
   * The timer wheel's level it was queued on (timer_wheel.ts): a timer_list
   * armed by modTimer(); -1 for an hrtimer, a softirq or delayed work not on the wheel.
   */
  level: number;
  /** timer_list.expires: the jiffy a timer of the wheel was armed for (its bucket may fire later); NaN otherwise. */
  expires: number;
}

/**
 * The heap's order. Events of one instant run in insertion order, except
 * the timer wheel's: __run_timers() collects the expired buckets and
 * expire_timers() runs the higher levels first, each bucket from its head,
 * where enqueue_timer()'s hlist_add_head() put the newest timer; the
 * wheel's timers of an instant run before its other events.
 */
function firesBefore(a: Timer, b: Timer): boolean {
  if (a.when !== b.when) return a.when < b.when;
  if (a.level !== b.level) return a.level > b.level;
  return a.level < 0 ? a.seq < b.seq : a.seq > b.seq;
}

export class Scheduler {
  readonly clock: Clock;
  private heap: Timer[] = [];
  private seq = 0;
  /** whenIdle() callbacks waiting for the current instant to settle. */
  private idle: (() => void)[] = [];
  /** The virtual time at which a timer_list last expired (timer_wheel.ts: the base's clock then runs a jiffy ahead). */
  wheelRanAt = -1;
  /**
   * Timer and idle callbacks running now (the kernel's in_interrupt()): what
   * they do for a process (a line a tool prints from a timer) is not that
   * process's own system call, so a process killed meanwhile is not unwound
   * from inside one (ProcEntry.unwindIfKilled).
   */
  inCallback = 0;

  constructor(clock = new Clock()) {
    this.clock = clock;
  }

  get now(): number {
    return this.clock.ns;
  }

  /** Run `fn` after `delayNs` of virtual time (mod_timer). */
  schedule(delayNs: number, fn: () => void): Timer {
    const t: Timer = { when: this.clock.ns + Math.max(0, delayNs), seq: this.seq++, fn, index: -1, level: -1, expires: NaN };
    this.push(t);
    return t;
  }

  /** enqueue_timer(): `fn` as a timer_list in a bucket of wheel level `level`, firing in `delayNs`. */
  scheduleWheel(delayNs: number, level: number, fn: () => void, expires = NaN): Timer {
    const t: Timer = { when: this.clock.ns + Math.max(0, delayNs), seq: this.seq++, fn, index: -1, level, expires };
    this.push(t);
    return t;
  }

  /**
   * timer_setup() / INIT_DELAYED_WORK(): a timer of one's own that runs
   * `fn` when armed by rearm(), made once and armed again as often as its
   * owner needs (no object per arming).
   */
  timer(fn: () => void): Timer {
    return { when: NaN, seq: 0, fn, index: -1, level: -1, expires: NaN };
  }

  /**
   * mod_timer() on a timer of one's own (a timer_list embedded in its
   * owner): `t` fires `delayNs` from now, ordered as a newly scheduled one,
   * and no new object is made (the per-packet paths that arm a timer).
   */
  rearm(t: Timer, delayNs: number): void {
    if (t.index >= 0) this.removeAt(t.index);
    t.when = this.clock.ns + Math.max(0, delayNs);
    t.seq = this.seq++;
    this.push(t);
  }

  /** del_timer(): harmless on a timer that already fired. */
  cancel(t: Timer | null | undefined): void {
    if (!t || t.index < 0) return;
    this.removeAt(t.index);
    t.when = NaN;
  }

  pending(t: Timer | null | undefined): boolean {
    return !!t && t.index >= 0;
  }

  /** A promise resolved after `delayNs` of virtual time (msleep). */
  sleep(delayNs: number): Promise<void> {
    return new Promise((resolve) => this.schedule(delayNs, resolve));
  }

  /** Expiry of the earliest timer, or Infinity. */
  nextExpiry(): number {
    return this.heap[0]?.when ?? Infinity;
  }

  /** Fire every timer due at the current time; returns how many fired. */
  runDue(): number {
    let n = 0;
    for (;;) {
      const top = this.heap[0];
      if (!top || top.when > this.clock.ns) return n;
      this.removeAt(0);
      top.when = NaN;
      if (top.level >= 0) this.wheelRanAt = this.clock.ns;
      this.inCallback++;
      try {
        top.fn();
      } finally {
        this.inCallback--;
      }
      n++;
    }
  }

  /**
   * Run `fn` once every task is blocked and nothing more is due at the
   * current time, before time moves on: a select() with a zero timeout
   * (`read -t 0`) sees what every runnable task of this instant wrote,
   * however many steps those tasks took.
   */
  whenIdle(fn: () => void): void {
    this.idle.push(fn);
  }

  /** For loops that run when every task is blocked: runDue(), else the whenIdle() callbacks. */
  runDueOrIdle(): number {
    const n = this.runDue();
    if (n > 0 || this.idle.length === 0) return n;
    const idle = this.idle;
    this.idle = [];
    this.inCallback++;
    try {
      for (const fn of idle) fn();
    } finally {
      this.inCallback--;
    }
    return idle.length;
  }

  /**
   * Advance virtual time while `busy()` holds: let tasks settle, fire due
   * events, else jump to the next timer. Returns when `busy()` is false or
   * nothing is left to happen (every task blocked forever), or time would pass
   * `untilNs`.
   */
  async runWhile(busy: () => boolean, untilNs = Infinity): Promise<void> {
    for (;;) {
      await settle();
      // Nothing ran since the tasks settled but busy() (and whenIdle() callbacks, which end the
      // inner loop): after a jump of the clock the due timers fire without another host turn.
      for (;;) {
        if (!busy()) return;
        if (this.runDueOrIdle() > 0) break;
        const next = this.nextExpiry();
        if (next === Infinity || next > untilNs) return;
        this.clock.advanceTo(next);
      }
    }
  }

  private push(t: Timer): void {
    t.index = this.heap.length;
    this.heap.push(t);
    this.siftUp(t.index);
  }

  private removeAt(i: number): void {
    const last = this.heap.pop()!;
    const t = this.heap[i];
    if (t) t.index = -1;
    if (i === this.heap.length) {
      last.index = -1;
      return;
    }
    this.heap[i] = last;
    last.index = i;
    this.siftDown(i);
    this.siftUp(last.index);
  }

  /**
   * Sifts move the timer along its path with a hole (each timer passed
   * moves once): the same heap as swapping, in fewer steps.
   */
  private siftUp(i: number): void {
    const h = this.heap;
    const t = h[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const q = h[p]!;
      if (!firesBefore(t, q)) break;
      h[i] = q;
      q.index = i;
      i = p;
    }
    h[i] = t;
    t.index = i;
  }

  private siftDown(i: number): void {
    const h = this.heap;
    const n = h.length;
    const t = h[i]!;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      let best = t;
      if (l < n) {
        const c = h[l]!;
        if (firesBefore(c, best)) {
          m = l;
          best = c;
        }
      }
      if (r < n) {
        const c = h[r]!;
        if (firesBefore(c, best)) {
          m = r;
          best = c;
        }
      }
      if (m === i) break;
      h[i] = best;
      best.index = i;
      i = m;
    }
    h[i] = t;
    t.index = i;
  }
}

/**
 * Let every runnable async task progress until it blocks: a macrotask turn
 * runs only after the microtask queue is empty, and lab tasks wait on
 * nothing else (no real I/O, no timers of the host), so one turn is enough.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => macrotask(resolve));
}
