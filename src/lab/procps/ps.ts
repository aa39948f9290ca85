/**
 * procps-ng 4.0.2's ps over the lab's process table, the forms labs use:
 * no option (the processes of the reader's terminal: none has one in the
 * lab, so every one, as under a recorder), -e/-A, -f, -p PID,..., -C NAME,...,
 * -o FORMAT (pid ppid comm args cmd tty time etime stat user uid, NAME= to
 * rename), --no-headers. Every lab process is root's, on no terminal (?),
 * sleeping but the reader; TIME is 00:00:00 (the lab counts no CPU time per
 * process), STIME is its start on the virtual clock (UTC, HH:MM).
 * BSD forms (`ps aux`) and other columns are not implemented.
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

/** STIME: the start's HH:MM (a lab runs within a day). */
function stime(t: Task): string {
  const s = LAB_EPOCH_SEC + Math.floor(t.image.startNs / 1e9);
  return `${two(Math.floor(s / 3600) % 24)}:${two(Math.floor(s / 60) % 60)}`;
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
  stat: { head: 'STAT', width: 4, left: true, value: (t, r) => (t.pid === r.self ? 'R' : 'S') },
  user: { head: 'USER', width: 8, left: true, value: () => 'root' },
  uid: { head: 'UID', width: 5, left: false, value: () => '0' },
  c: { head: 'C', width: 2, left: false, value: () => '0' },
  stime: { head: 'STIME', width: 5, left: true, value: stime },
};
const ALIASES: Record<string, string> = { command: 'args', ucmd: 'comm', ucomm: 'comm', tt: 'tty', tname: 'tty', euid: 'uid', euser: 'user', start_time: 'stime' };

type Spec = { col: Column; head: string };

const named = (name: string, head?: string): Spec => ({ col: COLUMNS[name]!, head: head ?? COLUMNS[name]!.head });
/** The default format (`PID TTY TIME CMD`) and -f's. */
const DEFAULT: Spec[] = [named('pid'), named('tty', 'TTY'), named('time'), named('comm', 'CMD')];
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

export async function ps(c: Cmd): Promise<number> {
  const args = c.args;
  let specs: Spec[] | null = null;
  let full = false;
  let headers = true;
  const pids: number[] = [];
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--no-headers' || a === '--no-heading') {
      headers = false;
      continue;
    }
    if (!a.startsWith('-')) return notImplemented(c, a);
    for (let j = 1; j < a.length; j++) {
      const ch = a[j]!;
      if (ch === 'e' || ch === 'A') continue;
      if (ch === 'f') {
        full = true;
        continue;
      }
      if (ch === 'o' || ch === 'p' || ch === 'C') {
        const v = a.length > j + 1 ? a.slice(j + 1) : args[++i];
        if (v === undefined) return bad(c, 'list of ' + (ch === 'o' ? 'format specifiers' : ch === 'p' ? 'process IDs' : 'command names') + ' must follow -' + ch);
        if (ch === 'o') {
          const f = parseFormat(v);
          if (typeof f === 'string') return bad(c, `unknown user-defined format specifier "${f}"`);
          specs = [...(specs ?? []), ...f];
        } else if (ch === 'p') {
          for (const w of v.split(/[,\s]+/)) {
            if (!/^\d+$/.test(w)) return bad(c, 'process ID list syntax error');
            pids.push(Number(w));
          }
        } else names.push(...v.split(/[,\s]+/));
        break;
      }
      return notImplemented(c, a);
    }
  }
  const fmt = specs ?? (full ? FULL : DEFAULT);
  const table = procTable(c.p.lab);
  const self = entryOf(c.p)?.tgid ?? c.p.pid ?? 0;
  const r: Reader = { self, nowNs: c.p.lab.sched.now };
  const chosen = table.tasks().filter((t) => (!pids.length && !names.length) || pids.includes(t.pid) || names.includes(t.image.comm));
  if (headers && fmt.some((s) => s.head !== '')) c.out(row(fmt, fmt.map((s) => s.head)));
  for (const t of chosen) c.out(row(fmt, fmt.map((s) => s.col.value(t, r))));
  return chosen.length ? 0 : 1;
}

function notImplemented(c: Cmd, a: string): number {
  c.error(`${a}: not implemented in tuxnet (ps takes -e -A -f -o -p -C --no-headers)`);
  return 1;
}
