/**
 * dash's kill, wait and jobs (src/jobs.c killcmd, waitcmd, showjobs) in a
 * shell without job control (`sh -c`, a script: no -m). Its background
 * jobs are not process groups, so `kill %N` (a kill(-pgid)) fails with
 * ESRCH; it records no command text, so `%name` matches nothing and
 * `jobs` shows an empty command; finished jobs stay in the table until
 * `jobs` shows them or `wait JOB` collects them.
 */
import { builtinError, type Ctx } from './io.js';
import type { Job } from './jobs.js';
import { listSignals } from './jobctl.js';
import { procTable, signalName, signalNumber, strsignal, termSignal, type ProcEntry } from './procs.js';

/** sh_error() of a regular builtin: the message, status 2, the rest of the builtin skipped. */
class DashError {
  constructor(readonly message: string) {}
}

const KILL_USAGE = 'Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]';

/** getjob(): %N, %% (%+, %), %-, %NAME (never matches: no command text); a miss is an error. */
function getJob(ctx: Ctx, spec: string): Job {
  const s = spec.slice(1);
  const all = ctx.sh.jobs.all();
  if (s === '' || s === '%' || s === '+') return all[all.length - 1] ?? fail('No current job');
  if (s === '-') return all[all.length - 2] ?? fail('No previous job');
  const job = /^\d+$/.test(s) ? all.find((j) => j.id === Number(s)) : undefined;
  return job ?? fail(`No such job: ${spec}`);
}

function fail(msg: string): never {
  throw new DashError(msg);
}

/** number(): a decimal number, else "Illegal number". */
function number(s: string): number {
  if (!/^\d+$/.test(s)) throw new DashError(`Illegal number: ${s}`);
  return Number(s);
}

async function guarded(ctx: Ctx, name: string, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (!(e instanceof DashError)) throw e;
    return builtinError(ctx, name, e.message, 2);
  }
}

/** killcmd(): `-SIG`, `-s SIG`, `-l`; a job's process group does not exist without job control. */
function killcmd(ctx: Ctx, argv: string[]): number {
  let args = argv.slice(1);
  if (!args.length) throw new DashError(KILL_USAGE);
  let sig: number | null = null;
  let list = false;
  if (args[0]!.startsWith('-')) {
    const direct = args[0] === '-' ? null : signalNumber(args[0]!.slice(1));
    if (direct !== null) {
      sig = direct;
      args = args.slice(1);
    } else {
      let i = 0;
      for (; i < args.length && args[i]!.startsWith('-') && args[i] !== '-'; i++) {
        if (args[i] === '--') {
          i++;
          break;
        }
        const a = args[i]!;
        const f = a[1]!;
        if (f === 'l') list = true;
        else if (f === 's') {
          const v = a.length > 2 ? a.slice(2) : args[++i];
          if (v === undefined) throw new DashError('No arg for -s option');
          sig = signalNumber(v);
          if (sig === null) throw new DashError(`invalid signal number or name: ${v}`);
        } else throw new DashError(`Illegal option -${f}`);
      }
      args = args.slice(i);
    }
  }
  if (list) return listNames(ctx, args);
  if (!args.length) throw new DashError(KILL_USAGE);
  let st = 0;
  for (const a of args) {
    const pid = a.startsWith('%') ? null : a.startsWith('-') ? number(a.slice(1)) : number(a);
    if (pid === null) getJob(ctx, a);
    const entry = pid === null ? undefined : procTable(ctx.sh.lab).get(pid);
    if (!entry || !entry.kill(sig ?? 15)) {
      // sh_warnx("%s\n", strerror(errno)): the format's newline, then the warning's
      ctx.io.err.write(`${ctx.sh.errPrefix()}kill: No such process\n\n`);
      st = 1;
    }
  }
  return st;
}

/** waitcmd(): every job, or each operand's status (a pid no job has: 127); waited jobs stay listed until `jobs`. */
async function waitcmd(ctx: Ctx, argv: string[]): Promise<number> {
  const jobs = ctx.sh.jobs;
  const args = argv.slice(1);
  if (!args.length) {
    for (const j of jobs.all()) await j.entry.exited;
    return 0;
  }
  let st = 127;
  for (const a of args) {
    const job = a.startsWith('%') ? getJob(ctx, a) : jobs.all().find((j) => j.entry.pid === number(a));
    st = job ? await job.entry.exited : 127;
  }
  return st;
}

/** `kill -l`: every signal's name (its number when dash has none), one a line; `kill -l N` one name. */
function listNames(ctx: Ctx, args: string[]): number {
  if (args.length) return listSignals(ctx, args);
  for (let n = 0; n < 65; n++) ctx.io.out.write(`${n === 0 || n === 16 || n === 32 || n === 33 ? n : signalName(n)}\n`);
  return 0;
}

/** sprint_status(): Running, Done, Done(N), or the signal's strsignal() text (of the program the job exec'd). */
function statusText(e: ProcEntry): string {
  if (e.alive) return 'Running';
  const sig = termSignal(e);
  if (sig) return strsignal(sig);
  return e.status ? `Done(${e.status})` : 'Done';
}

/** showjobs(): the newest first, `[N] + STATUS` padded to column 33, an empty command; shown done jobs are freed. */
function jobscmd(ctx: Ctx, argv: string[]): number {
  const pids = argv.slice(1).some((a) => /^-.*p/.test(a));
  const jobs = ctx.sh.jobs;
  for (const j of jobs.all().reverse()) {
    if (pids) ctx.io.out.write(`${j.entry.pid}\n`);
    else {
      const head = `[${j.id}] ${jobs.mark(j)} ${statusText(j.entry)}`;
      ctx.io.out.write(`${head}${' '.repeat(Math.max(33 - head.length, 0) || 1)}\n`);
    }
    if (!j.entry.alive) jobs.remove(j);
  }
  return 0;
}

export const dashKill = (ctx: Ctx, argv: string[]): Promise<number> => guarded(ctx, 'kill', () => killcmd(ctx, argv));
export const dashWait = (ctx: Ctx, argv: string[]): Promise<number> => guarded(ctx, 'wait', () => waitcmd(ctx, argv));
export const dashJobs = (ctx: Ctx, argv: string[]): Promise<number> => guarded(ctx, 'jobs', () => jobscmd(ctx, argv));
