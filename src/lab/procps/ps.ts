/**
 * procps-ng 4.0.2's ps over the lab's process table, the forms labs use:
 * no option (the processes of the reader's terminal: none has one in the
 * lab, so every one, as under a recorder), -e/-A, -f, -p PID,..., -C NAME,...,
 * -o FORMAT (pid ppid comm args cmd tty time etime stat user uid %cpu %mem
 * vsz rss start bsdstart bsdtime..., NAME= to rename), --no-headers, and
 * the BSD forms: `ps aux`, `ps ax`, `ps axo FORMAT`, `ps x`, `w` (a BSD
 * word without x selects the processes on a terminal: none in the lab).
 * Every lab process is root's, on no terminal (?), sleeping but the
 * reader (STAT S, R; the session's shell leads its session: Ss, as under
 * a recorder's `bash -s`); TIME is 00:00:00 (0:00 in BSD form) and %CPU
 * 0.0 (the lab counts no CPU time per process); %MEM, VSZ and RSS are 0
 * (the lab models no memory: procps shows kernel threads so); STIME and
 * START are its start on the virtual clock (UTC, HH:MM). A line is cut at
 * $COLUMNS (w: at least 132, ww: not at all), as procps cuts at the
 * screen width.
 * @see procps-ng src/ps/output.c format_array[], src/ps/parser.c
 */
import type { Cmd } from '../coreutils/common.js';
import { procTable, type Task } from '../shell/procs.js';
import { entryOf } from '../shell/spawn.js';
import { LAB_EPOCH_SEC } from '../../tools/ping_common.js';
import { cmdline } from './pgrep.js';

interface Column {
  readonly head: string;
  readonly width: number;
  readonly left: boolean;
  /** The column whose text may run past its width (args, comm) when last. */
  readonly text?: boolean;
  value(t: Task, r: Reader): string;
}

interface Reader {
  readonly self: number;
  readonly nowNs: number;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** STIME, START: the start's HH:MM (a lab runs within a day); STARTED (`seconds`) HH:MM:SS. */
function stime(t: Task, seconds = false): string {
  const s = LAB_EPOCH_SEC + Math.floor(t.image.startNs / 1e9);
  return `${two(Math.floor(s / 3600) % 24)}:${two(Math.floor(s / 60) % 60)}${seconds ? ':' + two(s % 60) : ''}`;
}

/** ELAPSED: [[DD-]hh:]mm:ss since the start. */
function etime(t: Task, r: Reader): string {
  const s = Math.floor((r.nowNs - t.image.startNs) / 1e9);
  const d = Math.floor(s / 86400);
  const hms = `${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  const h = Math.floor(s / 3600) % 24;
  return d ? `${d}-${two(h)}:${hms}` : h ? `${two(h)}:${hms}` : hms;
}

const COLUMNS: Record<string, Column> = {
  pid: { head: 'PID', width: 7, left: false, value: (t) => String(t.pid) },
  ppid: { head: 'PPID', width: 7, left: false, value: (t) => String(t.ppid) },
  comm: { head: 'COMMAND', width: 15, left: true, text: true, value: (t) => t.image.comm },
  args: { head: 'COMMAND', width: 27, left: true, text: true, value: (t) => cmdline(t) },
  cmd: { head: 'CMD', width: 27, left: true, text: true, value: (t) => cmdline(t) },
  tty: { head: 'TT', width: 8, left: true, value: () => '?' },
  time: { head: 'TIME', width: 8, left: false, value: () => '00:00:00' },
  etime: { head: 'ELAPSED', width: 11, left: false, value: etime },
  // the session's shell (no parent in the lab) leads its session: 's'
  stat: { head: 'STAT', width: 4, left: true, value: (t, r) => (t.pid === r.self ? 'R' : 'S') + (t.ppid === 0 ? 's' : '') },
  '%cpu': { head: '%CPU', width: 4, left: false, value: () => '0.0' },
  '%mem': { head: '%MEM', width: 4, left: false, value: () => '0.0' },
  vsz: { head: 'VSZ', width: 6, left: false, value: () => '0' },
  rss: { head: 'RSS', width: 5, left: false, value: () => '0' },
  tname: { head: 'TTY', width: 8, left: true, value: () => '?' },
  bsdtime: { head: 'TIME', width: 6, left: false, value: () => '0:00' },
  bsdstart: { head: 'START', width: 5, left: false, value: (t) => stime(t) },
  start: { head: 'STARTED', width: 8, left: false, value: (t) => stime(t, true) },
  user: { head: 'USER', width: 8, left: true, value: () => 'root' },
  uid: { head: 'UID', width: 5, left: false, value: () => '0' },
  c: { head: 'C', width: 2, left: false, value: () => '0' },
  stime: { head: 'STIME', width: 5, left: true, value: (t) => stime(t) },
};
const ALIASES: Record<string, string> = { command: 'args', ucmd: 'comm', ucomm: 'comm', tt: 'tty', euid: 'uid', euser: 'user', start_time: 'stime', pcpu: '%cpu', pmem: '%mem', vsize: 'vsz', cputime: 'time' };

type Spec = { col: Column; head: string };

const named = (name: string, head?: string): Spec => ({ col: COLUMNS[name]!, head: head ?? COLUMNS[name]!.head });
/** The default format (`PID TTY TIME CMD`) and -f's. */
const DEFAULT: Spec[] = [named('pid'), named('tty', 'TTY'), named('time'), named('comm', 'CMD')];
/** BSD `ps x` (and ax) and `ps u` (aux): procps's format_array entries for them. */
const BSD: Spec[] = [named('pid'), named('tname'), named('stat'), named('bsdtime'), named('args')];
const BSD_USER: Spec[] = [named('user'), named('pid'), named('%cpu'), named('%mem'), named('vsz'), named('rss'), named('tname'), named('stat'), named('bsdstart'), named('bsdtime'), named('args')];
const FULL: Spec[] = [named('user', 'UID'), named('pid'), named('ppid'), named('c'), named('stime'), named('tty', 'TTY'), named('time'), named('args', 'CMD')];

/** `-o pid=,comm=NAME`: a non-empty header after `=` runs to the end of the word, commas and all. */
function parseFormat(arg: string): Spec[] | string {
  const out: Spec[] = [];
  let rest = arg;
  while (rest !== '') {
    const m = /^([^,\s=]*)(=?)/.exec(rest)!;
    const n = m[1]!.toLowerCase();
    const col = COLUMNS[ALIASES[n] ?? n];
    if (!col) return m[1]!;
    rest = rest.slice(m[0].length);
    let head = col.head;
    if (m[2]) {
      const cut = rest === '' || rest[0] === ',' ? 0 : rest.length;
      head = rest.slice(0, cut);
      rest = rest.slice(cut);
    }
    out.push({ col, head });
    rest = rest.replace(/^[,\s]+/, '');
  }
  return out;
}

function cell(s: Spec, text: string, last: boolean): string {
  if (last && s.col.text) return text;
  const w = Math.max(s.col.width, s.head.length);
  return s.col.left ? text.padEnd(w) : text.padStart(w);
}

function row(specs: Spec[], texts: string[]): string {
  return specs.map((s, i) => cell(s, texts[i]!, i === specs.length - 1)).join(' ').replace(/ +$/, '') + '\n';
}

/** The error procps prints for a bad option, then its short usage (exit 1). */
function bad(c: Cmd, msg: string): number {
  c.stderr(`error: ${msg}\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`);
  return 1;
}

/** What the options ask for. */
interface Request {
  specs: Spec[] | null;
  full: boolean;
  headers: boolean;
  pids: number[];
  names: string[];
  /** -e, -A or BSD x: every process, terminal or not. */
  every: boolean;
  /** A BSD word was given (without x it selects processes on a terminal). */
  bsd: boolean;
  user: boolean;
  /** w's given: 1 widens the screen to 132 columns, 2 lifts the limit. */
  wide: number;
}

/** A format list after -o or BSD o. */
function addFormat(c: Cmd, q: Request, v: string): number | null {
  const f = parseFormat(v);
  if (typeof f === 'string') return bad(c, `unknown user-defined format specifier "${f}"`);
  q.specs = [...(q.specs ?? []), ...f];
  return null;
}

/** A BSD word (`aux`, `axo FORMAT`): a, x, u, w; o takes the rest or the next word. Returns how many words it used, or an exit status. */
function bsdWord(c: Cmd, q: Request, a: string, next: string | undefined): { used: number } | number {
  q.bsd = true;
  for (let j = 0; j < a.length; j++) {
    const ch = a[j]!;
    if (ch === 'a') continue;
    if (ch === 'x') q.every = true;
    else if (ch === 'u') q.user = true;
    else if (ch === 'w') q.wide++;
    else if (ch === 'o') {
      const v = a.length > j + 1 ? a.slice(j + 1) : next;
      if (v === undefined) return bad(c, 'format specification must follow o');
      const st = addFormat(c, q, v);
      return st ?? { used: a.length > j + 1 ? 1 : 2 };
    } else return notImplemented(c, a);
  }
  return { used: 1 };
}

function parseArgs(c: Cmd, args: string[]): Request | number {
  const q: Request = { specs: null, full: false, headers: true, pids: [], names: [], every: false, bsd: false, user: false, wide: 0 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--no-headers' || a === '--no-heading') {
      q.headers = false;
      continue;
    }
    // procps takes -aux as the BSD aux it was meant to be
    if (!a.startsWith('-') || a === '-aux') {
      const r = bsdWord(c, q, a.replace(/^-/, ''), args[i + 1]);
      if (typeof r === 'number') return r;
      i += r.used - 1;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const ch = a[j]!;
      if (ch === 'e' || ch === 'A') {
        q.every = true;
        continue;
      }
      if (ch === 'f') {
        q.full = true;
        continue;
      }
      if (ch === 'o' || ch === 'p' || ch === 'C') {
        const v = a.length > j + 1 ? a.slice(j + 1) : args[++i];
        if (v === undefined) return bad(c, 'list of ' + (ch === 'o' ? 'format specifiers' : ch === 'p' ? 'process IDs' : 'command names') + ' must follow -' + ch);
        if (ch === 'o') {
          const st = addFormat(c, q, v);
          if (st !== null) return st;
        } else if (ch === 'p') {
          for (const w of v.split(/[,\s]+/)) {
            if (!/^\d+$/.test(w)) return bad(c, 'process ID list syntax error');
            q.pids.push(Number(w));
          }
        } else q.names.push(...v.split(/[,\s]+/));
        break;
      }
      return notImplemented(c, a);
    }
  }
  return q;
}

/** The screen width procps cuts lines at: $COLUMNS, widened by w (132) or lifted by ww. */
function screenCols(c: Cmd, wide: number): number {
  const env = Number(c.p.env.get('COLUMNS'));
  const cols = Number.isInteger(env) && env > 0 ? env : Infinity;
  return wide >= 2 ? Infinity : wide === 1 ? Math.max(cols, 132) : cols;
}

export async function ps(c: Cmd): Promise<number> {
  const q = parseArgs(c, c.args);
  if (typeof q === 'number') return q;
  const fmt = q.specs ?? (q.user ? BSD_USER : q.bsd ? BSD : q.full ? FULL : DEFAULT);
  const table = procTable(c.p.lab);
  const self = entryOf(c.p)?.tgid ?? c.p.pid ?? 0;
  const r: Reader = { self, nowNs: c.p.lab.sched.now };
  const listed = q.pids.length > 0 || q.names.length > 0;
  // no lab process has a terminal: a BSD selection without x finds none
  const all = !listed && (q.every || !q.bsd);
  const chosen = table.tasks().filter((t) => all || q.pids.includes(t.pid) || q.names.includes(t.image.comm));
  const cols = screenCols(c, q.wide);
  const out = (line: string): void => c.out(line.length > cols + 1 ? line.slice(0, cols) + '\n' : line);
  if (q.headers && fmt.some((s) => s.head !== '')) out(row(fmt, fmt.map((s) => s.head)));
  for (const t of chosen) out(row(fmt, fmt.map((s) => s.col.value(t, r))));
  return chosen.length ? 0 : 1;
}

function notImplemented(c: Cmd, a: string): number {
  c.error(`${a}: not implemented in tuxnet (ps takes -e -A -f -o -p -C --no-headers and BSD a x u w o)`);
  return 1;
}
