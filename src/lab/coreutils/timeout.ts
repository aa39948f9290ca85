/**
 * timeout as coreutils 9.1 runs it (src/timeout.c): run a command, send it
 * a signal (TERM, or -s SIG) once DURATION has passed on the lab's virtual
 * clock, and KILL after -k DURATION more. Exit status 124 when the command
 * timed out (unless --preserve-status), 125 for timeout's own errors, 126
 * and 127 when the command cannot be run, else the command's status.
 */
import type { Cmd } from './common.js';
import { quote } from './quote.js';
import { interval, toNs } from './simple.js';
import { entryOf } from '../shell/spawn.js';
import { signalNumber, SIGNALS } from '../shell/procs.js';
import type { Timer } from '../../sim/scheduler.js';
import { limitsOf } from '../shell/limits.js';

const EXIT_TIMEDOUT = 124;
const EXIT_CANCELED = 125;

interface TimeoutArgs {
  sig: number;
  killAfterNs: number;
  preserve: boolean;
  durationNs: number;
  argv: string[];
}

/** Options stop at the first operand (timeout.c uses "+" getopt). */
function parseArgs(c: Cmd): TimeoutArgs | number {
  const a = c.args;
  const r: Partial<TimeoutArgs> & { sig: number; killAfterNs: number; preserve: boolean } = { sig: SIGNALS.TERM!, killAfterNs: 0, preserve: false };
  let i = 0;
  for (; i < a.length; i++) {
    const arg = a[i]!;
    const m = /^(-s|--signal=?|-k|--kill-after=?)(.*)$/.exec(arg);
    if (arg === '--') {
      i++;
      break;
    } else if (arg === '--preserve-status') r.preserve = true;
    else if (arg === '--foreground' || arg === '-v' || arg === '--verbose') continue;
    else if (m) {
      const val = m[2] !== '' ? m[2]! : a[++i];
      if (val === undefined) return c.usage(`option requires an argument -- '${m[1]!.replace(/^-+/, '')[0]}'`, EXIT_CANCELED);
      if (m[1]!.startsWith('-s') || m[1]!.startsWith('--s')) {
        const n = signalNumber(val);
        if (n === null) {
          c.error(`${quote(val)}: invalid signal`);
          return c.usage(null, EXIT_CANCELED);
        }
        r.sig = n;
      } else {
        const s = interval(val);
        if (s === null) return c.usage(`invalid time interval ${quote(val)}`, EXIT_CANCELED);
        r.killAfterNs = toNs(s);
      }
    } else if (arg.startsWith('-') && arg !== '-') return c.usage(`invalid option -- '${arg.slice(1, 2)}'`, EXIT_CANCELED);
    else break;
  }
  if (a.length - i < 2) return c.usage(a.length - i === 0 ? 'missing operand' : `missing operand after ${quote(a[i]!)}`, EXIT_CANCELED);
  const s = interval(a[i]!);
  if (s === null) return c.usage(`invalid time interval ${quote(a[i]!)}`, EXIT_CANCELED);
  return { ...r, durationNs: toNs(s), argv: a.slice(i + 1) };
}

export async function timeout(c: Cmd): Promise<number> {
  const t = parseArgs(c);
  if (typeof t === 'number') return t;
  c.flush();
  const p = c.p;
  const self = entryOf(p);
  const before = new Set(self?.children);
  const run = p.exec(t.argv);
  const child = [...(self?.children ?? [])].find((e) => !before.has(e));
  let timedOut = false;
  // cleanup() signals the whole process group, timeout included: SIGKILL
  // (-s KILL, or -k's) kills timeout itself, and the shell sees 128+9
  let killedSelf = false;
  const sched = p.lab.sched;
  const timers: Timer[] = [];
  const limits = limitsOf(p.lab);
  const cancels: (() => void)[] = [];
  // The deadline passes on the virtual clock, or in CPU time for a command
  // that computes without ever waiting (`timeout 1 bash -c 'while :; do :; done'`).
  const after = (ns: number, fire: () => void): void => {
    let done = false;
    const once = (): void => {
      if (done) return;
      done = true;
      fire();
    };
    timers.push(sched.schedule(ns, once));
    cancels.push(limits.watch(ns / 1e9, once));
  };
  // A duration of 0 disables the timeout.
  if (t.durationNs > 0 && child) {
    after(t.durationNs, () => {
      timedOut = true;
      child.kill(t.sig);
      killedSelf = t.sig === SIGNALS.KILL;
      if (t.killAfterNs > 0) {
        after(t.killAfterNs, () => {
          killedSelf = true;
          child.kill(SIGNALS.KILL!);
        });
      }
    });
  }
  const status = await run;
  for (const tm of timers) sched.cancel(tm);
  for (const cancel of cancels) cancel();
  if (!child && status === 127) c.error(`failed to run command ${quote(t.argv[0]!)}: No such file or directory`);
  if (killedSelf) {
    // the SIGKILL cleanup() sent its own process group ends timeout too: a death by signal
    self?.kill(SIGNALS.KILL!);
    self?.unwindIfKilled();
    return 128 + SIGNALS.KILL!;
  }
  return timedOut && !t.preserve ? EXIT_TIMEDOUT : status;
}
