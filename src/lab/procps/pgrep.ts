/**
 * procps-ng 4.0.2's pgrep and pkill over the lab's process table: the
 * pattern is an ERE (regcomp REG_EXTENDED|REG_NOSUB) matched against
 * task->comm, or the command line with -f; -x anchors it, -i folds case;
 * -v negates, -n/-o keep the newest/oldest match (start order is pid order
 * in the lab); -u/-U 0 (every lab process is root's), -P PPID,... and
 * `--ns PID [--nslist net,...]` (the lab's processes differ only in their
 * network namespace) narrow it. pgrep lists the matches (-l -a -d -c),
 * pkill sends them a signal (-SIG, --signal SIG; -e echoes, -c counts).
 * Neither ever matches itself. Exit 0 on a match, 1 without, 2 for bad usage.
 * @see procps-ng src/pgrep.c
 */
import type { Cmd } from '../coreutils/common.js';
import { getopt, type LongOpt, type Opt } from '../coreutils/getopt.js';
import { compileRegex, RegexError, type PosixRegex } from '../coreutils/regex.js';
import { procTable, signalNumber, SIGNALS, type Task } from '../shell/procs.js';
import { entryOf } from '../shell/spawn.js';
import { PGREP_USAGE, PKILL_USAGE } from './pgrep_usage.js';

const LONG: LongOpt[] = [
  ['delimiter', 'd', 1], ['list-name', 'l', 0], ['list-full', 'a', 0], ['inverse', 'v', 0], ['lightweight', 'w', 0],
  ['count', 'c', 0], ['full', 'f', 0], ['pgroup', 'g', 1], ['group', 'G', 1], ['ignore-case', 'i', 0], ['newest', 'n', 0],
  ['oldest', 'o', 0], ['older', 'O', 1], ['parent', 'P', 1], ['session', 's', 1], ['terminal', 't', 1], ['euid', 'u', 1],
  ['uid', 'U', 1], ['exact', 'x', 0], ['pidfile', 'F', 1], ['logpidfile', 'L', 0], ['runstates', 'r', 1],
  ['ignore-ancestors', 'A', 0], ['cgroup', 'C', 1], ['ns', 'N', 1], ['nslist', 'S', 1], ['signal', 'z', 1],
  ['echo', 'e', 0], ['queue', 'q', 1], ['help', 'h', 0], ['version', 'V', 0],
].map(([name, key, arg]) => ({ name: name as string, key: key as string, arg: arg as 0 | 1 }));

/** Options pgrep.c takes that the lab cannot answer (no process groups, sessions, terminals, pid files, cgroups). */
const NOT_IN_LAB = new Set(['g', 'G', 's', 't', 'F', 'L', 'r', 'C', 'w', 'O', 'q']);

/** The namespaces --nslist names (nsinfo.c's ns_names). */
const NS_NAMES = new Set(['ipc', 'mnt', 'net', 'pid', 'user', 'uts']);

/** The user names the lab knows, by uid (procps' parse_uid_list: a name or a number). */
const UIDS: Record<string, number> = { root: 0, nobody: 65534 };

interface Query {
  re: PosixRegex | null;
  full: boolean;
  negate: boolean;
  uids: number[] | null;
  ppids: number[] | null;
  nsPid: number | null;
  nsNet: boolean;
}

/** The command line pgrep -f and -a see: argv joined by spaces (the comm in brackets when empty). */
export function cmdline(t: Task): string {
  return t.image.argv.length ? t.image.argv.join(' ') : `[${t.image.comm}]`;
}

function matches(q: Query, t: Task, tasks: ReadonlyMap<number, Task>): boolean {
  const e = t.image;
  let ok = !q.re || q.re.test(q.full ? cmdline(t) : e.comm);
  if (q.uids && !q.uids.includes(0)) ok = false;
  if (q.ppids && !q.ppids.includes(t.ppid)) ok = false;
  if (q.nsPid !== null && q.nsNet) ok &&= tasks.get(q.nsPid)?.image.net === e.net;
  if (q.nsPid !== null && !tasks.has(q.nsPid)) ok = false;
  return ok !== q.negate;
}

/** pkill's signal_option(): a `-SIG` argument (a name or number) taken out of argv before getopt. */
function takeSignal(args: string[]): number | null {
  const i = args.findIndex((a) => a.length > 1 && a[0] === '-' && signalNumber(a.slice(1)) !== null);
  if (i < 0) return null;
  const [a] = args.splice(i, 1);
  return signalNumber(a!.slice(1));
}

function badUsage(c: Cmd, pkill: boolean, msg: string): number {
  c.error(msg);
  c.stderr(pkill ? PKILL_USAGE : PGREP_USAGE);
  return 2;
}

/** procps' usage error without the whole usage. */
function tryHelp(c: Cmd, msg: string): number {
  c.error(msg);
  c.stderr(`Try \`${c.name} --help' for more information.\n`);
  return 2;
}

/** `-u 0,root`: uids, or the name that is no user's. */
function uidList(arg: string): number[] | string {
  const out: number[] = [];
  for (const w of arg.split(',')) {
    const n = /^\d+$/.test(w) ? Number(w) : UIDS[w];
    if (n === undefined) return w;
    out.push(n);
  }
  return out;
}

async function pgrepMain(c: Cmd, pkill: boolean): Promise<number> {
  const args = c.args;
  let sig = pkill ? takeSignal(args) : null;
  const short = pkill ? 'ceq:fg:G:hinoO:P:s:t:u:U:vVxF:Lr:A' : 'lad:vwcfg:G:hinoO:P:s:t:u:U:VxF:Lr:A';
  const r = getopt(args, { short, long: LONG }, c.p.env);
  if (!r.ok) return badUsage(c, pkill, r.message);
  const q: Query = { re: null, full: false, negate: false, uids: null, ppids: null, nsPid: null, nsNet: true };
  let delim = '\n';
  let list: 'pid' | 'name' | 'full' = 'pid';
  let pick: 'all' | 'newest' | 'oldest' = 'all';
  let count = false;
  let echo = false;
  let exact = false;
  let icase = false;
  let criteria = false;
  for (const o of r.opts as Opt[]) {
    const v = o.arg ?? '';
    if (NOT_IN_LAB.has(o.key)) {
      c.error(`option ${o.key === 'C' ? '--cgroup' : `-${o.key}`} is not implemented in tuxnet`);
      return 2;
    }
    switch (o.key) {
      case 'd': delim = v; break;
      case 'l': if (list === 'pid') list = 'name'; break;
      case 'a': list = 'full'; break;
      case 'v': q.negate = true; break;
      case 'c': count = true; break;
      case 'f': q.full = true; break;
      case 'i': icase = true; break;
      case 'n': pick = 'newest'; criteria = true; break;
      case 'o': pick = 'oldest'; criteria = true; break;
      case 'x': exact = true; break;
      case 'e': echo = true; break;
      case 'A': break;
      case 'u': case 'U': {
        const u = uidList(v);
        if (typeof u === 'string') {
          c.error(`invalid user name: ${u}`);
          return 2;
        }
        q.uids = u;
        criteria = true;
        break;
      }
      case 'P':
        if (!/^\d+(,\d+)*$/.test(v)) return badUsage(c, pkill, `invalid argument for -P: ${v}`);
        q.ppids = v.split(',').map(Number);
        criteria = true;
        break;
      case 'N':
        if (!/^\d+$/.test(v)) return badUsage(c, pkill, `invalid argument for --ns: ${v}`);
        q.nsPid = Number(v);
        criteria = true;
        break;
      case 'S': {
        const names = v.split(',');
        if (!names.every((n) => NS_NAMES.has(n))) return 2;
        q.nsNet = names.includes('net');
        break;
      }
      case 'z': {
        const n = signalNumber(v);
        if (n === null) return 1;
        sig = n;
        break;
      }
      default:
        c.error(`option -${o.key} is not implemented in tuxnet`);
        return 2;
    }
  }
  if (r.operands.length > 1) return tryHelp(c, 'only one pattern can be provided');
  const pat = r.operands[0];
  if (pat === undefined && !criteria) return tryHelp(c, 'no matching criteria specified');
  if (pat !== undefined) {
    try {
      q.re = compileRegex(exact ? `^(${pat})$` : pat, { extended: true, dialect: 'grep' }, { ignoreCase: icase });
    } catch (e) {
      if (!(e instanceof RegexError)) throw e;
      c.error(`regex error: ${e.message}`);
      return 2;
    }
  }
  const table = procTable(c.p.lab);
  const all = table.tasks();
  const byPid = new Map(all.map((t) => [t.pid, t]));
  const self = entryOf(c.p)?.tgid ?? c.p.pid;
  let hits = all.filter((t) => t.pid !== self && matches(q, t, byPid));
  if (pick !== 'all' && hits.length) hits = [pick === 'newest' ? hits[hits.length - 1]! : hits[0]!];
  if (pkill) {
    for (const t of hits) {
      if (!table.get(t.pid)?.kill(sig ?? SIGNALS.TERM!)) c.error(`killing pid ${t.pid} failed: No such process`);
      else if (echo) c.out(`${t.image.comm} killed (pid ${t.pid})\n`);
    }
    if (count) c.out(`${hits.length}\n`);
  } else if (count) c.out(`${hits.length}\n`);
  else if (hits.length) {
    const item = (t: Task): string => (list === 'pid' ? String(t.pid) : `${t.pid} ${list === 'full' ? cmdline(t) : t.image.comm}`);
    c.out(hits.map(item).join(delim) + '\n');
  }
  return hits.length ? 0 : 1;
}

export const pgrep = (c: Cmd): Promise<number> => pgrepMain(c, false);
export const pkill = (c: Cmd): Promise<number> => pgrepMain(c, true);
