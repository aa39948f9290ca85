/**
 * true, false, yes, sleep (on the lab's virtual clock), basename and
 * dirname, as coreutils 9.1 (src/yes.c, src/sleep.c, src/basename.c,
 * src/dirname.c, gnulib lib/basename-lgpl.c).
 */
import { NSEC_PER_SEC } from '../../sim/clock.js';
import { EXIT_CPU_SPENT, type Cmd } from './common.js';
import { strtod } from './num.js';
import { quote } from './quote.js';
import { strerror } from '../../net/core/errno.js';
import { processTask } from '../process.js';
import { nanosleep } from '../../sim/wait.js';

export function trueCmd(): Promise<number> {
  return Promise.resolve(0);
}

export function falseCmd(): Promise<number> {
  return Promise.resolve(1);
}

/** BUFSIZ: yes fills a buffer this big with whole lines and writes it again and again. */
const YES_BUFSIZ = 4096;

/**
 * yes [STRING]...: the operands joined by spaces (default "y") and a
 * newline, for ever, each write(2) a buffer of whole lines. A pipe with no
 * reader ends it in that write (SIGPIPE); with SIGPIPE ignored the write
 * fails and yes says `standard output: Broken pipe`, status 1.
 */
export async function yes(c: Cmd): Promise<number> {
  const o = c.options({ short: '+', long: [] }, 1);
  if (typeof o === 'number') return o;
  const line = `${o.operands.length > 0 ? o.operands.join(' ') : 'y'}\n`;
  const block = line.repeat(Math.max(1, Math.floor(YES_BUFSIZ / line.length)));
  for (;;) {
    c.out(block);
    if (!(await c.yieldNow())) return EXIT_CPU_SPENT;
    if (c.writeFailed) {
      c.error(`standard output: ${strerror.EPIPE}`);
      return 1;
    }
  }
}

const SLEEP_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** One sleep operand in seconds, or null when it is not a valid interval. */
export function interval(arg: string): number | null {
  const r = strtod(arg);
  if (r.end === 0) return null;
  const unit = SLEEP_UNITS[arg.slice(r.end)];
  if (unit === undefined || !(r.value >= 0)) return null;
  return r.value * unit;
}

/** dtotimespec(): whole nanoseconds, rounding a fraction up. */
export function toNs(sec: number): number {
  const s = Math.trunc(sec);
  const frac = NSEC_PER_SEC * (sec - s);
  let ns = Math.trunc(frac);
  if (ns < frac) ns++;
  return s * NSEC_PER_SEC + ns;
}

export async function sleep(c: Cmd): Promise<number> {
  const o = c.options({ short: '' }, 1);
  if (typeof o === 'number') return o;
  if (o.operands.length === 0) return c.usage('missing operand', 1);
  let seconds = 0;
  let ok = true;
  for (const a of o.operands) {
    const s = interval(a);
    if (s === null) {
      c.error(`invalid time interval ${quote(a)}`);
      ok = false;
    } else seconds += s;
  }
  if (!ok) return c.usage(null, 1);
  c.flush();
  const forever = !Number.isFinite(seconds) || seconds * NSEC_PER_SEC > Number.MAX_SAFE_INTEGER;
  // a kill ends the sleep and the program there (processTask)
  await nanosleep(c.p.lab.sched, forever ? Infinity : toNs(seconds), processTask(c.p));
  return 0;
}

/** Where the last component of `name` starts (gnulib last_component). */
function lastComponent(name: string): number {
  let base = 0;
  while (name[base] === '/') base++;
  let lastWasSlash = false;
  for (let i = base; i < name.length; i++) {
    if (name[i] === '/') lastWasSlash = true;
    else if (lastWasSlash) {
      base = i;
      lastWasSlash = false;
    }
  }
  return base;
}

function baseName(name: string, suffix: string | undefined): string {
  const start = lastComponent(name);
  if (start === name.length) return name === '' ? '' : '/';
  let base = name.slice(start).replace(/\/+$/, '');
  if (suffix !== undefined && suffix !== '' && base !== suffix && base.endsWith(suffix)) {
    base = base.slice(0, base.length - suffix.length);
  }
  return base;
}

/** gnulib dir_len(): the length of the directory part, leading slashes kept. */
function dirName(name: string): string {
  const prefix = name.startsWith('/') ? 1 : 0;
  let len = lastComponent(name);
  while (len > prefix && name[len - 1] === '/') len--;
  return len === 0 ? '.' : name.slice(0, len);
}

const BASENAME_LONG = [
  { name: 'multiple', arg: 0, key: 'a' },
  { name: 'suffix', arg: 1, key: 's' },
  { name: 'zero', arg: 0, key: 'z' },
] as const;

export async function basename(c: Cmd): Promise<number> {
  const o = c.options({ short: '+as:z', long: BASENAME_LONG }, 1);
  if (typeof o === 'number') return o;
  let multiple = false;
  let suffix: string | undefined;
  let end = '\n';
  for (const opt of o.opts) {
    if (opt.key === 's') suffix = opt.arg;
    if (opt.key === 'a' || opt.key === 's') multiple = true;
    if (opt.key === 'z') end = '\0';
  }
  const names = o.operands;
  if (names.length === 0) return c.usage('missing operand', 1);
  if (!multiple) {
    if (names.length > 2) return c.usage(`extra operand ${quote(names[2]!)}`, 1);
    c.out(baseName(names[0]!, names[1]) + end);
    return 0;
  }
  for (const n of names) c.out(baseName(n, suffix) + end);
  return 0;
}

export async function dirname(c: Cmd): Promise<number> {
  const o = c.options({ short: 'z', long: [{ name: 'zero', arg: 0, key: 'z' }] }, 1);
  if (typeof o === 'number') return o;
  if (o.operands.length === 0) return c.usage('missing operand', 1);
  const end = o.opts.length > 0 ? '\0' : '\n';
  for (const n of o.operands) c.out(dirName(n) + end);
  return 0;
}
