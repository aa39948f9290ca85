/**
 * The jobs table of a shell (bash(1) "JOB CONTROL"): background commands,
 * named by `%N` specs. A bash running a script (stdin or a file: jobs.c
 * notify_of_job_status(), startup_state 0) keeps the jobs that exited
 * until `jobs` or `wait` reports them, and forgets those a signal ended
 * once it reported them; under -c it forgets every finished job. It
 * remembers the statuses of its children for `wait PID`.
 */
import { termSignal, type ProcEntry } from './procs.js';

export interface Job {
  id: number;
  entry: ProcEntry;
  /** The command as written, with its trailing `&`. */
  text: string;
  /** The working directory it started in (bash's jobs[j]->wd). */
  wd: string;
}

/** What takeDead() returns when there is no job (never written). */
const NO_JOBS: readonly Job[] = [];

export class Jobs {
  private list: Job[] = [];
  /**
   * bash reading a script (not -c): a job that exited (no signal) stays
   * until reported (notify_of_job_status() skips it); its `+`/`-` are
   * then js.j_current and js.j_previous.
   */
  keepExited = false;
  /** js.j_current, js.j_previous (keepExited only). */
  private current: Job | null = null;
  private previous: Job | null = null;

  /** dash keeps finished jobs until `jobs` shows them or `wait` collects them (dash_jobs.ts). */
  constructor(private readonly keepDone = false) {}
  /** Every background child ever started, for `wait PID`. */
  readonly children = new Map<number, ProcEntry>();

  add(entry: ProcEntry, text: string, wd = ''): Job {
    // stop_pipeline(): cleanup_dead_jobs() deletes only the jobs already reported
    if (!this.keepDone && !this.keepExited) this.prune();
    const id = this.list.reduce((m, j) => Math.max(m, j.id), 0) + 1;
    const job = { id, entry, text, wd };
    this.list.push(job);
    this.children.set(entry.pid, entry);
    // an asynchronous job: reset_current(), whose newest running job is this one
    if (this.keepExited) this.setCurrent(job);
    return job;
  }

  /**
   * set_current_job() without stopped jobs: the old current job becomes
   * the previous one, which is then the newest running job older than the
   * current one, else the current one itself.
   */
  private setCurrent(job: Job): void {
    if (this.current !== job) {
      this.previous = this.current;
      this.current = job;
    }
    const i = this.list.indexOf(job);
    const older = job.entry.alive ? this.list.slice(0, i).filter((j) => j.entry.alive) : this.list.filter((j) => j.entry.alive);
    this.previous = older[older.length - 1] ?? job;
  }

  /** delete_job(): reset_current() when the job was `+` or `-`: the newest running job, else none. */
  private deleted(job: Job): void {
    if (job !== this.current && job !== this.previous) return;
    const alive = this.list.filter((j) => j.entry.alive);
    const newest = alive[alive.length - 1];
    if (newest) this.setCurrent(newest);
    else this.current = this.previous = null;
  }

  /**
   * The parent's table, for a subshell that keeps it: a command
   * substitution (`$(jobs -p)`) and `jobs` alone in a pipeline
   * (execute_subshell_builtin_or_function(): kill_current_pipeline()
   * instead of without_job_control()); other subshells start empty.
   */
  inherited(): Jobs {
    const j = new Jobs(this.keepDone);
    j.keepExited = this.keepExited;
    j.list = [...this.list];
    j.current = this.current;
    j.previous = this.previous;
    return j;
  }

  /** Every job the table still holds, finished or not (what `jobs` lists). */
  listed(): Job[] {
    if (!this.keepExited) return this.running();
    return [...this.list];
  }

  /** Jobs still running, oldest first. */
  running(): Job[] {
    if (this.keepExited) return this.list.filter((j) => j.entry.alive);
    this.prune();
    return [...this.list];
  }

  /** Every job, finished or not (for `wait` without arguments). */
  all(): Job[] {
    return [...this.list];
  }

  /** The jobs that ended, taken out of the table (notify_and_cleanup(): reported, then cleaned up). */
  takeDead(): readonly Job[] {
    // after every foreground command: a shell without jobs makes no array
    if (this.list.length === 0) return NO_JOBS;
    // a script's bash reports and forgets only the jobs a signal ended (the others wait for `jobs`)
    const dead = this.list.filter((j) => !j.entry.alive && (!this.keepExited || termSignal(j.entry) !== 0));
    for (const j of dead) this.remove(j);
    return dead;
  }

  remove(job: Job): void {
    this.list = this.list.filter((j) => j !== job);
    if (this.keepExited) this.deleted(job);
  }

  private prune(): void {
    this.list = this.list.filter((j) => j.entry.alive);
  }

  /** `%N`, `%%`, `%+`, `%-`, `%name`, `%?text`; null when no job matches. */
  find(spec: string): Job | null {
    const s = spec.replace(/^%/, '');
    const l = this.list;
    // get_job_spec(): `%%`/`%+` is js.j_current, `%-` js.j_previous
    if (this.keepExited && (s === '' || s === '%' || s === '+')) return this.current;
    if (this.keepExited && s === '-') return this.previous;
    if (s === '' || s === '%' || s === '+') return l[l.length - 1] ?? null;
    if (s === '-') return l[l.length - 2] ?? l[l.length - 1] ?? null;
    if (/^\d+$/.test(s)) return l.find((j) => j.id === Number(s)) ?? null;
    if (s.startsWith('?')) return l.find((j) => j.text.includes(s.slice(1))) ?? null;
    return l.find((j) => j.text.startsWith(s)) ?? null;
  }

  /** The `+`/`-` mark bash shows for the current and the previous job. */
  mark(job: Job): string {
    if (this.keepExited) return job === this.current ? '+' : job === this.previous ? '-' : ' ';
    const l = this.list;
    if (job === l[l.length - 1]) return '+';
    if (job === l[l.length - 2]) return '-';
    return ' ';
  }
}
