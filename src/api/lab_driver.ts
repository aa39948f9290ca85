/**
 * Virtual time under a Node program: the lab's scheduler runs as part of
 * Node's event loop. Each turn (a setImmediate callback) fires the lab
 * events due now; when none is due and the program has had two turns to
 * react (its promise continuations, nextTicks and immediates ran), the
 * clock jumps to the next lab timer. So virtual time moves exactly when the
 * program waits and the lab has something to do, never while the program
 * computes, and a 60-second TIME_WAIT costs no wall time.
 *
 * Like libuv's handles, open lab sockets hold a reference: while one is
 * open (and not unref'd), Node stays alive even when the lab has nothing
 * scheduled; with none, the driver stops and the program may exit.
 */
import type { Scheduler } from '../sim/scheduler.js';

export class LabDriver {
  private refs = 0;
  private running = false;
  private idleTurns = 0;
  /** A shell script is driving the scheduler itself (Session.exec): the driver stands back. */
  private external = 0;
  /** Keeps Node alive while referenced sockets wait for the program (the lab has nothing due). */
  private keepAlive: ReturnType<typeof setInterval> | null = null;

  constructor(readonly sched: Scheduler) {}

  /** A socket opened (uv_ref). */
  ref(): void {
    this.refs++;
    this.kick();
  }

  /** A socket closed or was unref'd (uv_unref). */
  unref(): void {
    this.refs = Math.max(0, this.refs - 1);
    this.kick();
  }

  /** Something happened on the program's side (a call into a socket): let the lab run. */
  kick(): void {
    this.idleTurns = 0;
    if (this.running) return;
    this.running = true;
    this.holdOpen(false);
    setImmediate(() => this.turn());
  }

  /** Run `fn` (which drives the scheduler itself) without the driver turning. */
  async standBack<T>(fn: () => Promise<T>): Promise<T> {
    this.external++;
    try {
      return await fn();
    } finally {
      this.external--;
      this.kick();
    }
  }

  private turn(): void {
    if (this.external > 0) {
      this.running = false;
      return;
    }
    if (this.sched.runDueOrIdle() > 0) {
      this.idleTurns = 0;
      setImmediate(() => this.turn());
      return;
    }
    const next = this.sched.nextExpiry();
    if (this.refs === 0 || next === Infinity) {
      // Nothing to do until the program acts; referenced sockets keep Node alive meanwhile.
      this.running = false;
      this.holdOpen(this.refs > 0);
      return;
    }
    if (++this.idleTurns >= 2) {
      this.idleTurns = 0;
      this.sched.clock.advanceTo(next);
    }
    setImmediate(() => this.turn());
  }

  private holdOpen(on: boolean): void {
    if (on && !this.keepAlive) this.keepAlive = setInterval(() => {}, 1 << 30);
    else if (!on && this.keepAlive) {
      clearInterval(this.keepAlive);
      this.keepAlive = null;
    }
  }
}
