/**
 * head and tail as coreutils 9.1 (src/head.c, src/tail.c): -n/-c counts with
 * size suffixes, head's `-n -N` (all but the last N) and tail's `+N` (from
 * the Nth), the obsolete `-N`/`+N` forms, and `==> f <==` headers for several
 * files. head streams and stops reading once it printed enough; tail reads
 * its input whole, then with -f/-F polls named files every -s seconds of
 * virtual time for appended data (stdin is not followed, as for a pipe).
 */
import { byteLength, sliceBytes } from '../bytes.js';
import { NSEC_PER_SEC } from '../../sim/clock.js';
import { processTask, type InStream } from '../process.js';
import { nanosleep } from '../../sim/wait.js';
import { AllocError, MAX_STRING } from '../shell/limits.js';
import { type Cmd, errText, Fail, guarded, isVfsError } from './common.js';
import type { Opt } from './getopt.js';
import { strtod, xstrtoumax } from './num.js';
import { quote, quoteaf, quotef } from './quote.js';

interface Count {
  /** Lines, else bytes (characters). */
  lines: boolean;
  n: number;
  /** head: all but the last n; tail: from the nth on. */
  invert: boolean;
  headers: 'auto' | 'never' | 'always';
}

function parseCount(arg: string, lines: boolean, suffixes = 'bkKmMGTPEZY0'): number {
  const what = lines ? 'invalid number of lines' : 'invalid number of bytes';
  const v = xstrtoumax(arg, suffixes);
  if (v === 'invalid') throw new Fail(`${what}: ${quote(arg)}`);
  if (v === 'overflow') throw new Fail(`${what}: ${quote(arg)}: Value too large for defined data type`);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}

/** -n, -c, -q, -v as both tools take them; `sign` is the leading -/+ the tool understands. */
function applyOpts(count: Count, opts: Opt[], sign: '-' | '+'): void {
  for (const o of opts) {
    if (o.key === 'q') count.headers = 'never';
    else if (o.key === 'v') count.headers = 'always';
    else if (o.key === 'n' || o.key === 'c') {
      let arg = o.arg!;
      count.lines = o.key === 'n';
      count.invert = arg[0] === sign;
      if (arg[0] === '-' || (sign === '+' && arg[0] === '+')) arg = arg.slice(1);
      count.n = parseCount(arg, count.lines);
    }
  }
}

const LONG = [
  { name: 'bytes', arg: 1, key: 'c' },
  { name: 'lines', arg: 1, key: 'n' },
  { name: 'quiet', arg: 0, key: 'q' },
  { name: 'silent', arg: 0, key: 'q' },
  { name: 'verbose', arg: 0, key: 'v' },
  { name: 'zero-terminated', arg: 0, key: 'z' },
] as const;

/** Prints `==> name <==` headers, a blank line between files. */
class Headers {
  private first = true;
  constructor(
    private readonly c: Cmd,
    readonly on: boolean,
  ) {}
  print(file: string): void {
    if (!this.on) return;
    this.c.out(`${this.first ? '' : '\n'}==> ${file === '-' ? 'standard input' : file} <==\n`);
    this.first = false;
  }
}

/** Open each file in turn (printing headers and errors as head/tail do); returns the exit status. */
async function eachInput(c: Cmd, files: string[], count: Count, body: (src: InStream) => Promise<boolean>): Promise<number> {
  const headers = new Headers(c, count.headers === 'always' || (count.headers === 'auto' && files.length > 1));
  let status = 0;
  for (const file of files) {
    const src = c.input(file);
    if (isVfsError(src) && src !== 'EISDIR') {
      c.error(`cannot open ${quoteaf(file)} for reading: ${errText(src)}`);
      status = 1;
      continue;
    }
    headers.print(file);
    if (isVfsError(src)) {
      c.error(`error reading ${quoteaf(file)}: ${errText(src)}`);
      status = 1;
      continue;
    }
    if (!(await body(src))) c.pipeGone();
  }
  return status;
}

/** glibc's BUFSIZ: head's read(2) size. */
const BUFSIZ = 8192;

/** Index just after the nth newline of `s`, or -1 with `left` newlines still wanted. */
function afterNthNewline(s: string, n: number): { at: number; left: number } {
  let at = 0;
  let left = n;
  while (left > 0) {
    const i = s.indexOf('\n', at);
    if (i < 0) return { at: -1, left };
    at = i + 1;
    left--;
  }
  return { at, left: 0 };
}

/** The first n lines or characters, reading no further than needed. */
async function headStream(c: Cmd, src: InStream, count: Count): Promise<boolean> {
  let left = count.n;
  while (left > 0) {
    c.flush();
    if (c.broken) return false;
    // head.c reads BUFSIZ (8192) at a time, -c no more than it still wants
    const chunk = await src.read(count.lines ? BUFSIZ : Math.min(BUFSIZ, left));
    if (chunk === null) break;
    if (!count.lines) {
      const n = byteLength(chunk);
      c.out(n <= left ? chunk : sliceBytes(chunk, 0, left));
      left -= Math.min(left, n);
      continue;
    }
    const r = afterNthNewline(chunk, left);
    c.out(r.at < 0 ? chunk : chunk.slice(0, r.at));
    left = r.at < 0 ? r.left : 0;
  }
  c.flush();
  return !c.broken;
}

/** Where the last n lines of `s` start (a final unterminated line counts). */
function lastLinesStart(s: string, n: number): number {
  let pos = s.endsWith('\n') ? s.length - 1 : s.length;
  for (let k = 0; k < n; k++) {
    // (lastIndexOf() takes a negative start as 0: a newline at 0 would be found again and again)
    const i = pos > 0 ? s.lastIndexOf('\n', pos - 1) : -1;
    if (i < 0) return 0;
    pos = i;
  }
  return pos + 1;
}

/** Where the text before `s`'s last n newlines ends (0 when it has n or fewer). */
function beforeLastNewlines(s: string, n: number): number {
  let pos = s.length;
  for (let k = 0; k <= n; k++) {
    const i = s.lastIndexOf('\n', pos - 1);
    if (i < 0) return 0;
    pos = i;
  }
  return pos + 1;
}

/**
 * head -c -N / -n -N (elide_tail_bytes_pipe(), elide_tail_lines_pipe()): all
 * but the last N bytes or lines, written as the input goes past them; only
 * what may still be the tail is held, so an endless input streams (it does
 * not pile up until EOF); a tail that outgrows memory is "memory exhausted".
 */
async function headElide(c: Cmd, src: InStream, count: Count): Promise<boolean> {
  let held = '';
  // what is held, counted as it grows (a scan of all of it per chunk would be quadratic)
  let size = 0;
  for (;;) {
    c.flush();
    if (c.broken) return false;
    const chunk = await src.read();
    if (chunk === null) break;
    held += chunk;
    // what is held grows without bound when no newline (or fewer than N bytes) ever frees it: gnulib's xalloc_die()
    if (held.length > MAX_STRING) throw new AllocError(held.length + 1);
    size += count.lines ? newlines(chunk) : byteLength(chunk);
    // lines: the held text keeps its last N newlines (and the partial line after them)
    if (size <= count.n) continue;
    const cut = count.lines ? beforeLastNewlines(held, count.n) : size - count.n;
    c.out(count.lines ? held.slice(0, cut) : sliceBytes(held, 0, cut));
    held = count.lines ? held.slice(cut) : sliceBytes(held, cut);
    size = count.n;
  }
  c.out(count.lines ? held.slice(0, count.n === 0 ? held.length : lastLinesStart(held, count.n)) : count.n === 0 ? held : '');
  c.flush();
  return !c.broken;
}

/** How many newlines `s` has. */
function newlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

async function headAll(c: Cmd, src: InStream, count: Count): Promise<boolean> {
  return count.invert ? headElide(c, src, count) : headStream(c, src, count);
}

/** head's obsolete first argument `-N[bcklqvz]`, turned into options. */
function headObsolete(arg: string | undefined): Opt[] | null {
  const m = arg === undefined ? null : /^-(\d+)(.*)$/.exec(arg);
  if (!m) return null;
  const opts: Opt[] = [];
  let key = 'n';
  let mult = '';
  for (const ch of m[2]!) {
    if ('cbkm'.includes(ch)) {
      key = 'c';
      mult = ch === 'c' ? '' : ch;
    } else if (ch === 'l') key = 'n';
    else if (ch === 'q' || ch === 'v' || ch === 'z') opts.push({ key: ch, arg: undefined });
    else throw new Fail(`invalid trailing option -- ${ch}`, true);
  }
  return [{ key, arg: m[1]! + mult }, ...opts];
}

export function head(c: Cmd): Promise<number> {
  const count: Count = { lines: true, n: 10, invert: false, headers: 'auto' };
  let args = c.args;
  return guarded(c, 1, async () => {
    const obsolete = headObsolete(args[0]);
    if (obsolete) args = args.slice(1);
    const o = c.options({ short: 'c:n:qvz0123456789', long: LONG }, 1, args);
    if (typeof o === 'number') return o;
    const digit = o.opts.find((x) => /\d/.test(x.key));
    if (digit) return c.usage(`invalid trailing option -- ${digit.key}`, 1);
    applyOpts(count, [...(obsolete ?? []), ...o.opts], '-');
    const files = o.operands.length > 0 ? o.operands : ['-'];
    return eachInput(c, files, count, (src) => headAll(c, src, count));
  });
}

function tailText(s: string, count: Count): string {
  if (count.invert) {
    const skip = Math.max(0, count.n - 1);
    if (!count.lines) return sliceBytes(s, skip);
    const r = afterNthNewline(s, skip);
    return r.at < 0 ? '' : s.slice(r.at);
  }
  if (count.n === 0) return '';
  return count.lines ? s.slice(lastLinesStart(s, count.n)) : sliceBytes(s, Math.max(0, byteLength(s) - count.n));
}

/** tail's obsolete `-N[bcl]`, `+N[bcl]` as the only option, with at most one file. */
function tailObsolete(args: string[]): (Count & { follow: boolean }) | null {
  const [a, b] = args;
  if (a === undefined) return null;
  if (!(args.length === 1 || (args.length === 2 && !(b!.length > 1 && b![0] === '-')) || ((args.length === 2 || args.length === 3) && b === '--'))) return null;
  const m = /^([-+])(\d*)([bcl]?)f?$/.exec(a);
  if (!m || a === '-' || a === '-c') return null;
  const lines = m[3] !== 'b' && m[3] !== 'c';
  let n = m[2] === '' ? 10 : parseCount(m[2]!, lines, 'b');
  if (m[3] === 'b') n *= 512;
  return { lines, n, invert: m[1] === '+', headers: 'auto', follow: a.endsWith('f') };
}

export function tail(c: Cmd): Promise<number> {
  let count: Count = { lines: true, n: 10, invert: false, headers: 'auto' };
  let args = c.args;
  return guarded(c, 1, async () => {
    const obsolete = tailObsolete(args);
    if (obsolete) {
      count = obsolete;
      args = args.slice(1);
    }
    const o = c.options({ short: 'c:n:fFqs:vz0123456789', long: TAIL_LONG }, 1, args);
    if (typeof o === 'number') return o;
    const digit = o.opts.find((x) => /\d/.test(x.key));
    if (digit) throw new Fail(`option used in invalid context -- ${digit.key}`);
    applyOpts(count, o.opts, '+');
    const files = o.operands.length > 0 ? o.operands : ['-'];
    const status = await eachInput(c, files, count, async (src) => {
      c.out(tailText(await src.readAll(), count));
      return true;
    });
    const followed = files.filter((f) => f !== '-');
    if (!(o.has('f', 'F') || obsolete?.follow) || followed.length === 0) return status;
    const headers = count.headers === 'always' || (count.headers === 'auto' && files.length > 1);
    return follow(c, followed, headers, sleepInterval(o.opts));
  });
}

const TAIL_LONG = [...LONG, { name: 'follow', arg: 2, key: 'f' }, { name: 'sleep-interval', arg: 1, key: 's' }] as const;

function sleepInterval(opts: Opt[]): number {
  const arg = [...opts].reverse().find((o) => o.key === 's')?.arg;
  if (arg === undefined) return NSEC_PER_SEC;
  const r = strtod(arg);
  if (r.end !== arg.length || !(r.value >= 0)) throw new Fail(`invalid number of seconds: ${quote(arg)}`);
  return Math.round(r.value * NSEC_PER_SEC);
}

/** tail -f: every interval of virtual time, print what was appended to each file (all of it after a truncation). */
async function follow(c: Cmd, files: string[], headers: boolean, intervalNs: number): Promise<number> {
  const seen = new Map(files.map((f) => [f, lengthOf(c, f)]));
  let shown = files[files.length - 1];
  const task = processTask(c.p);
  for (;;) {
    c.flush();
    if (c.broken) c.pipeGone();
    await nanosleep(c.p.lab.sched, intervalNs, task);
    for (const f of files) {
      const data = c.readFile(f);
      if (isVfsError(data)) continue;
      let from = seen.get(f) ?? 0;
      if (data.length < from) {
        c.error(`${quotef(f)}: file truncated`);
        from = 0;
      }
      if (data.length === from) continue;
      if (headers && f !== shown) c.out(`\n==> ${f} <==\n`);
      shown = f;
      c.out(data.slice(from));
      seen.set(f, data.length);
    }
  }
}

function lengthOf(c: Cmd, file: string): number {
  const data = c.readFile(file);
  return isVfsError(data) ? 0 : data.length;
}
