/**
 * Sleeping on the virtual clock: wait queues (wait_queue_head_t) that the
 * kernel side wakes with a poll mask (EPOLLIN when data came, EPOLLERR for
 * an error), and the calling task's interruptible sleep that ends on a
 * wake-up of interest, on its deadline, or on a signal (EINTR).
 * @linux include/linux/wait.h, kernel/sched/wait.c __wake_up(),
 *        kernel/time/sleep_timeout.c schedule_timeout(), kernel/signal.c signal_wake_up()
 */
import type { Scheduler, Timer } from './scheduler.js';

/** How an interruptible sleep ended. */
export type WaitResult = 'ready' | 'timeout' | 'intr';

/** wait_queue_entry: a sleeper and the events it cares about (0: all). */
interface WaitEntry {
  readonly mask: number;
  wake(): void;
}

/** wait_queue_head_t */
export class WaitQueue {
  private readonly entries = new Set<WaitEntry>();

  add(e: WaitEntry): void {
    this.entries.add(e);
  }

  remove(e: WaitEntry): void {
    this.entries.delete(e);
  }

  /** waitqueue_active() */
  get active(): boolean {
    return this.entries.size > 0;
  }

  /**
   * __wake_up(wq, key): each sleeper whose mask meets `key` (a key of 0
   * wakes all) re-checks its condition.
   */
  wake(key: number): void {
    if (this.entries.size === 0) return;
    for (const e of [...this.entries]) if (!key || !e.mask || (e.mask & key) !== 0) e.wake();
  }
}

/**
 * The calling process as a sleep sees it (task_struct): one interruptible
 * sleep at a time, and signal_wake_up() to end it. A signal that finds the
 * task running (not asleep) only runs its handler: no call is interrupted.
 */
export class Task {
  private sleeper: (() => void) | null = null;

  /**
   * `unwind`: what ends a sleep a fatal signal interrupted (the process's
   * ProcessExit): such a sleep never returns to the program, as a system
   * call of a killed process never returns on Linux. Without it (a task of
   * no process), the sleep returns 'intr'.
   */
  constructor(private readonly unwind: (() => void) | null = null) {}

  /** The sleep ended on a signal: a fatal one unwinds the program here. */
  interrupted(): void {
    this.unwind?.();
  }

  /** signal_wake_up(): a caught (or fatal) signal arrived; the sleep in progress returns EINTR. */
  signalWakeUp(): void {
    const s = this.sleeper;
    this.sleeper = null;
    s?.();
  }

  /** @internal the sleep in progress (waitEvent). */
  setSleeper(s: (() => void) | null): void {
    this.sleeper = s;
  }
}

/**
 * wait_event_interruptible_timeout(): sleep on `wq` (or, as poll() does, on several) until `cond()` holds
 * after a wake-up that meets `mask`, until `deadline` (virtual ns;
 * Infinity: none), or until a signal reaches `task`. `cond()` is checked
 * first: a call that need not sleep returns 'ready' at once.
 */
export function waitEvent(
  sched: Scheduler, wq: WaitQueue | readonly WaitQueue[], mask: number, cond: () => boolean, deadline: number, task: Task | null,
): Promise<WaitResult> {
  const wqs = wq instanceof WaitQueue ? [wq] : wq;
  // a killed process enters no sleep (a fatal signal pending: the call never returns)
  task?.interrupted();
  if (cond()) return Promise.resolve('ready');
  if (deadline <= sched.now) return Promise.resolve('timeout');
  const sleep = new Promise<WaitResult>((resolve) => {
    let timer: Timer | null = null;
    const finish = (r: WaitResult): void => {
      for (const q of wqs) q.remove(entry);
      sched.cancel(timer);
      task?.setSleeper(null);
      resolve(r);
    };
    const entry: WaitEntry = {
      mask,
      wake: () => {
        if (cond()) finish('ready');
      },
    };
    for (const q of wqs) q.add(entry);
    if (Number.isFinite(deadline)) timer = sched.schedule(deadline - sched.now, () => finish('timeout'));
    task?.setSleeper(() => finish('intr'));
  });
  return task ? sleep.then((r) => afterSleep(task, r)) : sleep;
}

function afterSleep(task: Task, r: WaitResult): WaitResult {
  if (r === 'intr') task.interrupted();
  return r;
}

/** No wait queue: a sleep only time or a signal ends. */
const NO_QUEUES: readonly WaitQueue[] = [];
const never = (): boolean => false;

/**
 * hrtimer_nanosleep(): sleep `ns` of virtual time (Infinity: until a
 * signal); a signal to `task` ends it early ('intr', or the unwinding of a
 * killed process). 'timeout' when the time passed.
 */
export function nanosleep(sched: Scheduler, ns: number, task: Task): Promise<WaitResult> {
  return waitEvent(sched, NO_QUEUES, 0, never, sched.now + ns, task);
}
