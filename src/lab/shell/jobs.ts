/**
 * The jobs table of a shell (bash(1) "JOB CONTROL"): background commands,
 * named by `%N` specs. A bash running a script keeps a background job that
 * exited until `wait` or `jobs` collects it (notify_of_job_status(): "If
 * the shell is running a script ... don't remove the job from the jobs
 * list"); one a signal killed is reported and forgotten. It remembers the
 * statuses of its children for `wait PID`.
 */
import { termSignal, type ProcEntry } from './procs.js';

export interface Job {
  id: number;
  entry: ProcEntry;
  /** The command as written, with its trailing `&`. */
  text: string;
  /** The working directory it started in (bash's jobs[j]->wd). */
  wd: string;
  /** Found dead after a foreground command (bash's SIGCHLD handler reaped it before a later `wait`). */
  seenDead?: boolean;
}

/** What takeDead() returns when there is no job (never written). */
const NO_JOBS: readonly Job[] = [];

export class Jobs {
  private list: Job[] = [];
  /** js.j_current and js.j_previous: the `+` and `-` jobs (null: NO_JOB). */
  private current: Job | null = null;
  private previous: Job | null = null;

  /** dash keeps finished jobs until `jobs` shows them or `wait` collects them (dash_jobs.ts). */
  constructor(private readonly keepDone = false) {}
  /** Every background child ever started, for `wait PID`. */
  readonly children = new Map<number, ProcEntry>();

  add(entry: ProcEntry, text: string, wd = ''): Job {
    const id = this.list.reduce((m, j) => Math.max(m, j.id), 0) + 1;
    const job = { id, entry, text, wd };
    this.list.push(job);
    this.children.set(entry.pid, entry);
    this.resetCurrent();
    return job;
  }

  /** job_last_running(block): the newest running job older than `before` (any when null). */
  private lastRunning(before: Job | null): Job | null {
    for (let i = this.list.length - 1; i >= 0; i--) {
      const j = this.list[i]!;
      if (before && j.id >= before.id) continue;
      if (j.entry.alive) return j;
    }
    return null;
  }

  /**
   * reset_current() when a job starts or the current or previous one is
   * deleted (no job is ever stopped here): the newest running job becomes
   * current (set_current_job()), the previous the newest running one older
   * than it, else the current itself; no running job, none of either.
   */
  private resetCurrent(): void {
    const cand = this.lastRunning(null);
    if (!cand) {
      this.current = this.previous = null;
      return;
    }
    this.current = cand;
    this.previous = this.lastRunning(cand) ?? cand;
  }

  /** delete_job(): out of the table; reset_current() if it was the current or previous job. */
  private delete(gone: readonly Job[]): void {
    if (!gone.length) return;
    this.list = this.list.filter((j) => !gone.includes(j));
    if (gone.some((j) => j === this.current || j === this.previous)) this.resetCurrent();
  }

  /** Jobs still running, oldest first. */
  running(): Job[] {
    return this.list.filter((j) => j.entry.alive);
  }

  /** Every job, finished or not (for `wait` without arguments). */
  all(): Job[] {
    return [...this.list];
  }

  /**
   * The jobs that ended and are to be reported, taken out of the table
   * (notify_and_cleanup()): for bash those a signal killed (a job that
   * exited stays until `wait` or `jobs` collects it), for dash every one.
   */
  takeDead(): readonly Job[] {
    // after every foreground command: a shell without jobs makes no array
    if (this.list.length === 0) return NO_JOBS;
    const dead = this.list.filter((j) => !j.entry.alive && (this.keepDone || termSignal(j.entry) !== 0));
    this.delete(dead);
    return dead;
  }

  remove(job: Job): void {
    if (this.list.includes(job)) this.delete([job]);
  }

  /** Note the jobs found dead now (after a foreground command). */
  markSeenDead(): void {
    for (const j of this.list) if (!j.entry.alive) j.seenDead = true;
  }

  /** Forget the jobs that ended (`jobs` listed them). */
  prune(): void {
    this.delete(this.list.filter((j) => !j.entry.alive));
  }

  /** `%N`, `%%`, `%+`, `%-`, `%name`, `%?text`; null when no job matches. */
  find(spec: string): Job | null {
    const s = spec.replace(/^%/, '');
    const l = this.list;
    if (this.keepDone) {
      // dash: the newest job is current, the one before it previous
      if (s === '' || s === '%' || s === '+') return l[l.length - 1] ?? null;
      if (s === '-') return l[l.length - 2] ?? l[l.length - 1] ?? null;
    }
    if (s === '' || s === '%' || s === '+') return this.current;
    if (s === '-') return this.previous;
    if (/^\d+$/.test(s)) return l.find((j) => j.id === Number(s)) ?? null;
    if (s.startsWith('?')) return l.find((j) => j.text.includes(s.slice(1))) ?? null;
    return l.find((j) => j.text.startsWith(s)) ?? null;
  }

  /** The `+`/`-` mark bash shows for the current and the previous job. */
  mark(job: Job): string {
    if (this.keepDone) {
      const l = this.list;
      if (job === l[l.length - 1]) return '+';
      if (job === l[l.length - 2]) return '-';
      return ' ';
    }
    if (job === this.current) return '+';
    if (job === this.previous) return '-';
    return ' ';
  }
}
