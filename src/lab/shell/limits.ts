/**
 * What a lab's shell may consume, so that no input hangs or crashes the
 * host: a step budget (a CPU-time limit counted in interpreter steps, so
 * it is deterministic and preempts a loop that never yields the event
 * loop), a cap on string sizes (bash's xmalloc failure) and on the number
 * of live processes (`ulimit -u`, fork(2) failing with EAGAIN).
 */
import type { Lab } from '../lab.js';

/** Steps of the interpreter per second of the notional CPU behind `--time-limit`. */
export const STEPS_PER_SECOND = 250_000;

/**
 * Bytes one step moves when a process reads an endless device or writes a
 * stream (`chargeBytes`): 512, so that the notional CPU copies 128 MB/s.
 * Linux moves /dev/zero through a pipe at a few GB/s a core and runs
 * bash's loop passes some ten times faster than these steps allow, so
 * bytes cost about what loop passes do: `dd if=/dev/zero bs=1M count=500
 * | md5sum` fits the default budget (read and written: 2 charges a byte),
 * `cat /dev/zero >/dev/null` spends it after 1.2 GB.
 */
export const BYTES_PER_STEP = 512;

/** The default `--time-limit`, in seconds of that CPU. */
export const DEFAULT_TIME_LIMIT_SEC = 10;

/** Longest string a variable or an expansion may hold (bash would fail to malloc). */
export const MAX_STRING = 1 << 27;

/** `ulimit -u`: live processes of a lab. */
export const MAX_PROCS = 1024;

/** Steps a fork(2) costs (a process is dear: copying the shell), and a failed one (bash sleeps 15 s retrying). */
export const FORK_STEPS = 10;
export const FAILED_FORK_STEPS = 1000;

/** Thrown by `step` once the budget is spent: every shell of the lab unwinds to its top with status 124. */
export class StepLimitExceeded {
  readonly status = 124;
}

export class Limits {
  steps = 0;
  maxSteps = DEFAULT_TIME_LIMIT_SEC * STEPS_PER_SECOND;
  /** Set once the budget was spent; stays set until `reset`. */
  exhausted = false;
  /** Longest string (tests lower it). */
  maxString = MAX_STRING;
  /** The step count at which the earliest watcher fires (Infinity: none). */
  private nextWatch = Infinity;
  private watchers: { at: number; cb: () => void }[] = [];

  /** Count one step of the interpreter (a command, a loop pass, a word expansion). */
  step(n = 1): void {
    if (!this.charge(n)) throw new StepLimitExceeded();
  }

  /**
   * Call `cb` once `seconds` of CPU time have been spent from now (busy
   * processes do not let the virtual clock move, so a deadline such as
   * timeout's watches both). Returns the cancel function.
   */
  watch(seconds: number, cb: () => void): () => void {
    const w = { at: this.steps + Math.ceil(seconds * STEPS_PER_SECOND), cb };
    this.watchers.push(w);
    this.nextWatch = Math.min(this.nextWatch, w.at);
    return () => {
      this.watchers = this.watchers.filter((x) => x !== w);
      this.nextWatch = Math.min(Infinity, ...this.watchers.map((x) => x.at));
    };
  }

  private fireWatchers(): void {
    const due = this.watchers.filter((w) => w.at <= this.steps);
    this.watchers = this.watchers.filter((w) => w.at > this.steps);
    this.nextWatch = Math.min(Infinity, ...this.watchers.map((x) => x.at));
    for (const w of due) w.cb();
  }

  /**
   * Count `n` steps of work outside the interpreter (kernel timers, an
   * endless device) without throwing: false once the budget is spent.
   */
  charge(n: number): boolean {
    this.steps += n;
    // a deadline of CPU time (timeout) falls in that work too
    if (this.steps >= this.nextWatch) this.fireWatchers();
    if (this.steps > this.maxSteps) this.exhausted = true;
    return !this.exhausted;
  }

  /** Charge the moving of `n` bytes (BYTES_PER_STEP): false once the budget is spent. */
  chargeBytes(n: number): boolean {
    return this.charge(Math.ceil(n / BYTES_PER_STEP));
  }

  /**
   * RLIMIT_CPU's hard limit, a second of CPU past the budget: what a process
   * does once the budget is spent (a last count, a message) stays under it,
   * a process that goes on without end passes it and is killed (SIGKILL).
   */
  get pastHardLimit(): boolean {
    return this.steps > this.maxSteps + STEPS_PER_SECOND;
  }

  /** Check the size of a string the shell is about to keep. */
  checkSize(len: number): void {
    if (len > this.maxString) throw new AllocError(len + 1);
  }

  /** A new budget of `seconds` (Infinity: none). */
  reset(seconds: number): void {
    this.steps = 0;
    this.maxSteps = seconds * STEPS_PER_SECOND;
    this.exhausted = false;
  }
}

const byLab = new WeakMap<Lab, Limits>();

export function limitsOf(lab: Lab): Limits {
  let l = byLab.get(lab);
  if (!l) {
    l = new Limits();
    byLab.set(lab, l);
  }
  return l;
}

/**
 * A string too long for the shell: bash xmalloc.c allocerr() prints
 * `NAME: xmalloc: cannot allocate N bytes` and the shell exits with 2.
 */
export class AllocError {
  readonly status = 2;
  constructor(readonly bytes: number) {}

  get message(): string {
    return `xmalloc: cannot allocate ${this.bytes} bytes`;
  }
}



/**
 * fork(2) failed with EAGAIN (RLIMIT_NPROC): bash 5.2 make_child() retries,
 * then prints `fork: Resource temporarily unavailable`, sets EX_NOEXEC
 * (126) and calls throw_to_top_level(), which ORs in 128: status 254. A
 * non-interactive shell (a script, `bash -s`, a subshell) then exits
 * (jump_to_top_level(EXITPROG)); only an interactive one would go on.
 * Checked with bash 5.2.15 as an unprivileged user under `ulimit -u 1`.
 */
export class ForkFailed {
  readonly status = 254;
}

/** What bash prints while and after fork(2) fails (jobs.c make_child: sleeps 1, 2, 4, 8 s between tries). */
export function forkFailureText(name: string): string {
  return `${name}: fork: retry: Resource temporarily unavailable\n`.repeat(4) + `${name}: fork: Resource temporarily unavailable\n`;
}
