/**
 * `ulimit` of bash (builtins/ulimit.def) and of dash (src/miscbltin.c
 * ulimitcmd): the shell process's resource limits, inherited by what it
 * starts. The lab's limits start as a root login's on the machine the
 * transcripts are recorded on (Debian 12, /proc/self/limits); tuxnet
 * enforces none of them, it keeps and shows them.
 */
import { builtinError, type Ctx } from './io.js';
import { builtinOpts, optError } from './intopt.js';

/** One limit: soft and hard, in the kernel's units (bytes, seconds...); Infinity is RLIM_INFINITY. */
export interface Rlimit {
  readonly soft: number;
  readonly hard: number;
}

/** A process's limits by resource name (RLIMIT_* without the prefix). */
export type Rlimits = Readonly<Record<string, Rlimit>>;

const INF = Infinity;

/** The recording machine's root shell (/proc/self/limits). */
const DEFAULTS: Rlimits = {
  RTTIME: { soft: INF, hard: INF },
  CORE: { soft: 0, hard: INF },
  DATA: { soft: INF, hard: INF },
  NICE: { soft: 0, hard: 0 },
  FSIZE: { soft: INF, hard: INF },
  SIGPENDING: { soft: 96369, hard: 96369 },
  MEMLOCK: { soft: 8388608, hard: 8388608 },
  RSS: { soft: INF, hard: INF },
  NOFILE: { soft: 20000, hard: 20000 },
  MSGQUEUE: { soft: 819200, hard: 819200 },
  RTPRIO: { soft: 0, hard: 0 },
  STACK: { soft: 8388608, hard: INF },
  CPU: { soft: INF, hard: INF },
  NPROC: { soft: 96369, hard: 96369 },
  AS: { soft: INF, hard: INF },
  LOCKS: { soft: INF, hard: INF },
};

/** RLIMIT_STACK's soft limit of a process (what execve(2) sizes the room of its strings by). */
export function stackLimit(limits: Rlimits | null): number {
  return (limits ?? DEFAULTS).STACK!.soft;
}

/** fs.nr_open: RLIMIT_NOFILE may not go above it, even for root (EPERM). */
const NR_OPEN = 1048576;

/** bash's limits[] table on Linux (option, resource, block factor, description, units), in its order. */
const BASH_LIMITS: readonly [string, string, number, string, string | null][] = [
  ['R', 'RTTIME', 1, 'real-time non-blocking time', 'microseconds'],
  ['c', 'CORE', 1024, 'core file size', 'blocks'],
  ['d', 'DATA', 1024, 'data seg size', 'kbytes'],
  ['e', 'NICE', 1, 'scheduling priority', null],
  ['f', 'FSIZE', 1024, 'file size', 'blocks'],
  ['i', 'SIGPENDING', 1, 'pending signals', null],
  ['l', 'MEMLOCK', 1024, 'max locked memory', 'kbytes'],
  ['m', 'RSS', 1024, 'max memory size', 'kbytes'],
  ['n', 'NOFILE', 1, 'open files', null],
  ['p', 'PIPE', 512, 'pipe size', '512 bytes'],
  ['q', 'MSGQUEUE', 1, 'POSIX message queues', 'bytes'],
  ['r', 'RTPRIO', 1, 'real-time priority', null],
  ['s', 'STACK', 1024, 'stack size', 'kbytes'],
  ['t', 'CPU', 1, 'cpu time', 'seconds'],
  ['u', 'NPROC', 1, 'max user processes', null],
  ['v', 'AS', 1024, 'virtual memory', 'kbytes'],
  ['x', 'LOCKS', 1, 'file locks', null],
];

/** dash's limits[] (name, resource, factor, option). */
const DASH_LIMITS: readonly [string, string, number, string][] = [
  ['time(seconds)', 'CPU', 1, 't'],
  ['file(blocks)', 'FSIZE', 512, 'f'],
  ['data(kbytes)', 'DATA', 1024, 'd'],
  ['stack(kbytes)', 'STACK', 1024, 's'],
  ['coredump(blocks)', 'CORE', 512, 'c'],
  ['memory(kbytes)', 'RSS', 1024, 'm'],
  ['locked memory(kbytes)', 'MEMLOCK', 1024, 'l'],
  ['process', 'NPROC', 1, 'p'],
  ['nofiles', 'NOFILE', 1, 'n'],
  ['vmemory(kbytes)', 'AS', 1024, 'v'],
  ['locks', 'LOCKS', 1, 'w'],
  ['rtprio', 'RTPRIO', 1, 'r'],
];

/** The pipe size bash reports for -p: PIPE_BUF, not a resource limit. */
const PIPE_BUF = 4096;

function getLimit(ctx: Ctx, res: string): Rlimit {
  if (res === 'PIPE') return { soft: PIPE_BUF, hard: PIPE_BUF };
  return (ctx.proc.rlimits ?? DEFAULTS)[res]!;
}

/** setrlimit(2) as root: an errno name, or null once set. */
function setLimit(ctx: Ctx, res: string, soft: boolean, hard: boolean, value: number): string | null {
  if (res === 'PIPE') return 'Invalid argument';
  const old = getLimit(ctx, res);
  const next = { soft: soft ? value : old.soft, hard: hard ? value : old.hard };
  if (next.soft > next.hard) return 'Invalid argument';
  if (res === 'NOFILE' && next.hard > NR_OPEN) return 'Operation not permitted';
  // kernel/sys.c do_prlimit(): raising a hard limit needs CAP_SYS_RESOURCE, which the recording
  // machine's root shell has not (CapEff 000001fffeffffff: bit 24 clear)
  if (next.hard > old.hard) return 'Operation not permitted';
  // the shell's process and the one running this command (a new one per command line of the session)
  ctx.proc.rlimits = ctx.sh.entry.rlimits = { ...(ctx.proc.rlimits ?? DEFAULTS), [res]: next };
  return null;
}

const show = (v: number, factor: number): string => (v === INF ? 'unlimited' : String(Math.floor(v / factor)));

/** printone(): the value, after the description and units when several are shown. */
function printOne(ctx: Ctx, l: (typeof BASH_LIMITS)[number], hard: boolean, desc: boolean): void {
  const [opt, res, factor, text, units] = l;
  const head = desc ? `${text.padEnd(20)} ${(units ? `(${units}, -${opt}) ` : `(-${opt}) `).padStart(20)}` : '';
  const lim = getLimit(ctx, res);
  ctx.io.out.write(head + show(hard ? lim.hard : lim.soft, factor) + '\n');
}

/** bash's option string: -a -S -H and each limit's letter with an optional numeric argument. */
const BASH_SPEC = 'aSH' + BASH_LIMITS.map((l) => `${l[0]};`).join('');

export async function ulimitBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  if (ctx.sh.dash) return dashUlimit(ctx, argv);
  const o = builtinOpts(argv, BASH_SPEC);
  if ('error' in o) return optError(ctx, 'ulimit', o, '[-SHabcdefiklmnpqrstuvxPRT] [limit]');
  const has = (f: string): boolean => o.opts.some((x) => x.flag === f);
  const soft = has('S');
  const hard = has('H');
  const all = has('a');
  const cmds = o.opts.filter((x) => !'aSH'.includes(x.flag)).map((x) => ({ opt: x.flag, arg: x.arg ?? null }));
  const operands = o.operands;
  let i = 0;
  if (all) {
    for (const l of BASH_LIMITS) printOne(ctx, l, hard && !soft, true);
    return 0;
  }
  if (!cmds.length) cmds.push({ opt: 'f', arg: operands[i++] ?? null });
  // POSIX: an operand is the argument of the last option when it has none
  if (i < operands.length && cmds[cmds.length - 1]!.arg === null) cmds[cmds.length - 1]!.arg = operands[i]!;
  for (const c of cmds) {
    const l = BASH_LIMITS.find((x) => x[0] === c.opt)!;
    if (c.arg === null) {
      printOne(ctx, l, hard && !soft, cmds.length > 1);
      continue;
    }
    const st = bashSet(ctx, l, c.arg, soft || !hard, hard || !soft);
    if (st) return st;
  }
  return 0;
}

/** ulimit_internal()'s setting half: hard, soft, unlimited or a number of the limit's units. */
function bashSet(ctx: Ctx, l: (typeof BASH_LIMITS)[number], arg: string, soft: boolean, hard: boolean): number {
  const [, res, factor, text] = l;
  const cur = getLimit(ctx, res);
  let value: number;
  if (arg === 'hard') value = cur.hard;
  else if (arg === 'soft') value = cur.soft;
  else if (arg === 'unlimited') value = INF;
  else if (/^\d+$/.test(arg)) value = Number(arg) * factor;
  else return builtinError(ctx, 'ulimit', `${arg}: invalid number`);
  const err = setLimit(ctx, res, soft, hard, value);
  return err ? builtinError(ctx, 'ulimit', `${text}: cannot modify limit: ${err}`) : 0;
}

/** dash's ulimitcmd: one limit (-f by default), -a lists them all. */
function dashUlimit(ctx: Ctx, argv: string[]): number {
  const o = builtinOpts(argv, 'HSa' + DASH_LIMITS.map((l) => l[3]).join(''));
  if ('error' in o) return optError(ctx, 'ulimit', o, '');
  let soft = true;
  let hard = true;
  let all = false;
  let what = 'f';
  for (const { flag } of o.opts) {
    if (flag === 'H') [soft, hard] = [false, true];
    else if (flag === 'S') [soft, hard] = [true, false];
    else if (flag === 'a') all = true;
    else what = flag;
  }
  const args = o.operands;
  const value = (l: (typeof DASH_LIMITS)[number]): string => {
    const lim = getLimit(ctx, l[1]);
    return show(soft ? lim.soft : lim.hard, l[2]);
  };
  const arg = args[0];
  if (arg !== undefined && (all || args[1] !== undefined)) return builtinError(ctx, 'ulimit', 'too many arguments', 2);
  if (all) {
    for (const l of DASH_LIMITS) ctx.io.out.write(`${l[0].padEnd(20)} ${value(l)}\n`);
    return 0;
  }
  const l = DASH_LIMITS.find((x) => x[3] === what)!;
  if (arg === undefined) {
    ctx.io.out.write(value(l) + '\n');
    return 0;
  }
  let v: number;
  if (arg === 'unlimited') v = INF;
  else if (/^\d*$/.test(arg)) v = Number(arg || '0') * l[2];
  else return builtinError(ctx, 'ulimit', 'bad number', 2);
  const err = setLimit(ctx, l[1], soft, hard, v);
  return err ? builtinError(ctx, 'ulimit', `error setting limit (${err})`, 2) : 0;
}
