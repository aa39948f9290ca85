/**
 * The jobs table of a shell (bash(1) "JOB CONTROL"): background commands,
 * named by `%N` specs. A non-interactive bash forgets finished jobs without
 * a notice, and remembers the statuses of its children for `wait PID`.
 */
import type { ProcEntry } from './procs.js';

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

  /** dash keeps finished jobs until `jobs` shows them or `wait` collects them (dash_jobs.ts). */
  constructor(private readonly keepDone = false) {}
  /** Every background child ever started, for `wait PID`. */
  readonly children = new Map<number, ProcEntry>();

  add(entry: ProcEntry, text: string, wd = ''): Job {
    if (!this.keepDone) this.prune();
    const id = this.list.reduce((m, j) => Math.max(m, j.id), 0) + 1;
    const job = { id, entry, text, wd };
    this.list.push(job);
    this.children.set(entry.pid, entry);
    return job;
  }

  /** Jobs still running, oldest first. */
  running(): Job[] {
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
    const dead = this.list.filter((j) => !j.entry.alive);
    if (dead.length) this.prune();
    return dead;
  }

  remove(job: Job): void {
    this.list = this.list.filter((j) => j !== job);
  }

  private prune(): void {
    this.list = this.list.filter((j) => j.entry.alive);
  }

  /** `%N`, `%%`, `%+`, `%-`, `%name`, `%?text`; null when no job matches. */
  find(spec: string): Job | null {
    const s = spec.replace(/^%/, '');
    const l = this.list;
    if (s === '' || s === '%' || s === '+') return l[l.length - 1] ?? null;
    if (s === '-') return l[l.length - 2] ?? l[l.length - 1] ?? null;
    if (/^\d+$/.test(s)) return l.find((j) => j.id === Number(s)) ?? null;
    if (s.startsWith('?')) return l.find((j) => j.text.includes(s.slice(1))) ?? null;
    return l.find((j) => j.text.startsWith(s)) ?? null;
  }

  /** The `+`/`-` mark bash shows for the current and the previous job. */
  mark(job: Job): string {
    const l = this.list;
    if (job === l[l.length - 1]) return '+';
    if (job === l[l.length - 2]) return '-';
    return ' ';
  }
}
