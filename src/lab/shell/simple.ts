/**
 * Simple commands (bash(1) "SIMPLE COMMAND EXPANSION", "COMMAND
 * EXECUTION"): expand the words, then the redirections, then look the name
 * up: functions, shell builtins, the lab's command table, a script file.
 */
import { hashHit } from './hash.js';
import { BASH_BUILTINS } from './names.js';
import type { Assign, FuncDef, Simple, Word } from './ast.js';
import { assignment } from './parser.js';
import type { Ctx } from './io.js';
import { expandString, expandWord, expandWords, expandWordsNow } from './expand.js';
import { FatalError, ReturnSig, type Shell } from './state.js';
import { execNode, hostOf, runReturnTrap } from './exec.js';
import { fatalRethrow } from './compound.js';
import { noRedirs, openRedirs } from './redirect.js';
import { BUILTINS, dashBuiltin, pathOf, type Builtin } from './builtins.js';
import { lookupCommand, runCommandFn, type EnvSource, type SpawnOpts } from './spawn.js';
import { termSignal } from './procs.js';
import { flushSinks, isHeld } from './streams.js';
import { shellQuote } from './quote.js';
import { runScriptFile } from './run.js';
import { execTooBig, mayBeTooBig } from './execve.js';
import { stackLimit } from './ulimit.js';
import { assignArray, assignElement } from './arrays.js';

type Assigned = [name: string, value: string];

export async function execSimple(ctx: Ctx, node: Simple): Promise<number> {
  const sh = ctx.sh;
  sh.lineno = node.line;
  // fatal()'s work, in this function's own try: no closure nor promise more per command
  try {
    const comsubs = sh.comsubs;
    const now = DECLARATION.has(node.words[0]?.raw ?? '') ? null : expandWordsNow(sh, node.words);
    const { argv, later } = now ? { argv: now, later: NO_LATER } : await expandArgv(ctx, node.words);
    if (argv.length === 0) return assignOnly(ctx, node, comsubs);
    if (argv[0] === 'exec' && argv.length === 1) return permanentRedirs(ctx, node);
    const assigns = node.assigns.length === 0 ? NO_ASSIGNS : await expandAssigns(ctx, node);
    if (sh.opts.xtrace) trace(ctx, assigns, argv);
    const opened = noRedirs(ctx, node.redirs) ?? (await openRedirs(ctx, node.redirs, argv[0]!));
    if (!opened) return redirFailed(ctx);
    if (ctx.execPos && node.redirs.length) ctx.hold?.dropReplaced(opened.io);
    let st = 1;
    try {
      // `readonly a=(1)` assigns, then marks; `declare -A m=(...)`, `local a=(...)` declare, then assign.
      const first = argv[0] === 'readonly' || argv[0] === 'export';
      if (first && later.length) await assignLater(ctx, later);
      // `declare -r a=(...)`: the values go in before the name turns readonly
      const ro = first ? null : readonlyLater(argv, later);
      st = await dispatch(opened.io === ctx.io ? ctx : { ...ctx, io: opened.io }, ro?.argv ?? argv, assigns);
      waitedFor(sh);
      if (!first && later.length) await assignLater(ctx, later);
      if (ro) for (const name of ro.names) sh.setFlags(name, { readonly: true });
    } finally {
      // (a program that failed to run is not waited for)
      sh.fgEntry = null;
      if (opened.close()) st = 1;
      // $_: the last argument of the previous command.
      sh.globals.set('_', { value: argv[argv.length - 1]!, exported: false, readonly: false });
    }
    return st;
  } catch (e) {
    fatalRethrow(ctx, e);
  }
}

/** A command's assignments when it has none (never written). */
const NO_ASSIGNS: Assigned[] = [];
/** The array assignments of a command that is no declaration builtin (never written). */
const NO_LATER: Assign[] = [];

/** The array assignments of a declaration builtin, in order (none for most commands: no loop then). */
async function assignLater(ctx: Ctx, later: Assign[]): Promise<void> {
  for (let i = 0; i < later.length; i++) {
    const a = later[i]!;
    await (a.array ? assignArray(hostOf(ctx), a) : assignElement(hostOf(ctx), a));
  }
}

/** `declare -r` with array values: the argv without `r` and the names to mark readonly afterwards. */
function readonlyLater(argv: string[], later: Assign[]): { argv: string[]; names: string[] } | null {
  if (later.length === 0) return null;
  const opts = argv.slice(1).filter((a) => /^-[A-Za-z]+$/.test(a));
  if (!opts.some((o) => o.includes('r'))) return null;
  const stripped = argv.map((a, i) => (i > 0 && opts.includes(a) ? a.replace(/r/g, '') : a)).filter((a) => a !== '-');
  const names = argv.slice(1).filter((a) => !a.startsWith('-')).map((a) => a.replace(/\+?=.*$/, ''));
  return { argv: stripped, names };
}

/** Builtins whose NAME=value arguments are expanded like assignments (no splitting, no globbing). */
const DECLARATION = new Set(['export', 'local', 'readonly', 'declare', 'typeset']);

/**
 * The words of a command; `export X=$y` keeps $y whole as bash does for
 * declaration builtins. Their array assignments (`local -a a=(x y)`) are
 * done after the builtin has declared the name.
 */
async function expandArgv(ctx: Ctx, words: Word[]): Promise<{ argv: string[]; later: Assign[] }> {
  const host = hostOf(ctx);
  if (!words[0] || !DECLARATION.has(words[0].raw)) return { argv: await expandWords(host, words), later: NO_LATER };
  const argv = [words[0].raw];
  const later: Assign[] = [];
  for (const w of words.slice(1)) {
    const a = assignment(w);
    if (a && (a.array || a.index !== undefined)) {
      argv.push(a.name);
      later.push(a);
    } else if (a) argv.push(`${a.name}${a.append ? '+' : ''}=${await expandString(host, a.value)}`);
    else argv.push(...(await expandWord(host, w)));
  }
  return { argv, later };
}

/** `x=1 y=$x`: assigned left to right; the status is that of the last command substitution, or 0. */
async function assignOnly(ctx: Ctx, node: Simple, comsubs: number): Promise<number> {
  const sh = ctx.sh;
  const done: Assigned[] = [];
  for (const a of node.assigns) {
    if (a.array || a.index !== undefined) {
      await (a.array ? assignArray(hostOf(ctx), a) : assignElement(hostOf(ctx), a));
      continue;
    }
    const v = await expandString(hostOf(ctx), a.value);
    const value = a.append ? sh.appended(a.name, v) : v;
    // bash traces each assignment once expanded, before it binds it (do_assignment_internal); dash the whole command after
    if (sh.opts.xtrace && !sh.dash) trace(ctx, [[a.name, value]], []);
    sh.set(a.name, value);
    done.push([a.name, value]);
  }
  if (sh.opts.xtrace && sh.dash) trace(ctx, done, []);
  if (node.redirs.length) {
    const opened = await openRedirs(ctx, node.redirs, null);
    if (!opened) return redirFailed(ctx);
    if (opened.close()) return 1;
  }
  return sh.comsubs !== comsubs ? sh.lastStatus : 0;
}

/** `exec >file 2>&1`: the shell's own descriptors change for the commands that follow. */
async function permanentRedirs(ctx: Ctx, node: Simple): Promise<number> {
  const opened = await openRedirs(ctx, node.redirs, null);
  if (!opened) return redirFailed(ctx);
  const before = ctx.io.fds;
  opened.io.fds.forEach((f, fd) => {
    if (f === before[fd]) return;
    if (isHeld(f?.in)) f.in.retain();
    if (isHeld(f?.out)) f.out.retain();
    ctx.sh.fdPatch.set(fd, f);
  });
  for (let fd = opened.io.fds.length; fd < before.length; fd++) ctx.sh.fdPatch.set(fd, undefined);
  return opened.close() ? 1 : 0;
}

async function expandAssigns(ctx: Ctx, node: Simple): Promise<Assigned[]> {
  const out: Assigned[] = [];
  for (const a of node.assigns) {
    const v = await expandString(hostOf(ctx), a.value);
    out.push([a.name, a.append ? (ctx.sh.get(a.name) ?? '') + v : v]);
  }
  return out;
}

/** `set -x`: PS4, then the assignments and words as bash quotes them (dash does not quote). */
function trace(ctx: Ctx, assigns: Assigned[], argv: string[]): void {
  const q = ctx.sh.dash ? (s: string): string => s : shellQuote;
  xtraceLine(ctx, [...assigns.map(([n, v]) => `${n}=${q(v)}`), ...argv.map(q)].join(' '));
}

/**
 * One `set -x` line on stderr: PS4, its first character repeated once
 * more for each command substitution it runs in (bash's indirection level).
 */
export function xtraceLine(ctx: Ctx, text: string): void {
  const sh = ctx.sh;
  const ps4 = sh.get('PS4') ?? '';
  ctx.io.err.write((sh.dash ? '' : (ps4[0] ?? '').repeat(sh.traceLevel - 1)) + ps4 + text + '\n');
}

function dispatch(ctx: Ctx, argv: string[], assigns: Assigned[]): Promise<number> {
  const sh = ctx.sh;
  const name = argv[0]!;
  sh.current = name;
  const fn = sh.funcs.get(name);
  if (fn) return withTempEnv(sh, assigns, () => callFunction(ctx, fn, argv));
  const builtin = sh.dash ? dashBuiltin(name) : BUILTINS.get(name);
  if (builtin) return withTempEnv(sh, assigns, () => runBuiltin(ctx, builtin, argv));
  return runProgram(ctx, argv, assigns);
}

/**
 * A builtin; what it left in stdio then goes out (bash's sh_chkwrite(),
 * dash's flushall()). dash's evalbltin() reports a failed write of its
 * stdout itself (`sh: 1: echo: echo: I/O error`) and adds 1 to the status.
 */
async function runBuiltin(ctx: Ctx, builtin: Builtin, argv: string[]): Promise<number> {
  let st = await builtin(ctx, argv);
  const dash = ctx.sh.dash;
  if (ctx.io.out.flush?.(dash) && dash) {
    ctx.io.err.write(`${ctx.sh.errPrefix()}${argv[0]}: ${argv[0]}: I/O error\n`);
    st |= 1;
  }
  flushSinks(ctx.io.fds);
  return st;
}

/** A command outside the shell: the lab's table, else a script file of the Vfs. */
export function runProgram(ctx: Ctx, argv: string[], assigns: Assigned[] = []): Promise<number> {
  const sh = ctx.sh;
  const name = argv[0]!;
  const hashed = sh.hashed.get(name);
  const fn = lookupCommand(sh.lab, hashed?.path ?? name);
  // bash's search_for_command(): a command found in PATH goes into the hash table
  if (fn && !name.includes('/') && !BASH_BUILTINS.has(name)) hashHit(sh.hashed, name, hashed?.path ?? pathOf(name));
  // the environment is made when the command first reads it: this shell waits for it meanwhile
  if (fn) {
    const builtin = BASH_BUILTINS.has(name);
    let env: Map<string, string> | null = null;
    if (!builtin && mayBeTooBig(sh, argv, assignsLength(assigns) + (hashed?.path ?? pathOf(name)).length)) {
      env = commandEnv(sh, assigns);
      // bash's shell_execve(): execve(2) failed (E2BIG), reported with the path it ran, status EX_NOEXEC
      const file = hashed?.path ?? pathOf(name);
      if (execTooBig(file, argv, env, stackLimit(ctx.proc.rlimits))) {
        ctx.io.err.write(`${sh.errPrefix()}${sh.dash ? name : file}: Argument list too long\n`);
        return Promise.resolve(126);
      }
    }
    const o = spawnOpts(ctx, env ?? (() => commandEnv(sh, assigns)), builtin);
    // fork, exec and wait_for(): the simple command that ran this takes the process with the status (waitedFor())
    if (!o.builtin && !o.execOf) o.waiter = sh;
    return runCommandFn(fn, argv, o);
  }
  if (name.includes('/')) return runScriptFile(ctx, argv, commandEnv(sh, assigns));
  ctx.io.err.write(`${sh.errPrefix()}${name}: ${sh.dash ? 'not found' : 'command not found'}\n`);
  return Promise.resolve(127);
}

/**
 * The end of wait_for() for the program a simple command ran in the
 * foreground (runProgram(), directly or through `command`): the shell
 * remembers how it ended (notify.ts reports it).
 */
function waitedFor(sh: Shell): void {
  const e = sh.fgEntry;
  if (!e) return;
  sh.fgEntry = null;
  sh.waits++;
  sh.lastFg = { pid: e.pid, sig: termSignal(e) };
}

/** The characters of a command's own assignments (`X=1 cmd`). */
function assignsLength(assigns: readonly Assigned[]): number {
  let n = 0;
  for (let i = 0; i < assigns.length; i++) n += assigns[i]![0].length + assigns[i]![1].length + 2;
  return n;
}

/** The status of a command whose redirection failed: bash's 1, dash's 2 (redir.c sh_error). */
function redirFailed(ctx: Ctx): number {
  return ctx.sh.dash ? 2 : 1;
}

/** The exported variables and the command's own assignments (`X=1 cmd`). */
function commandEnv(sh: Shell, assigns: readonly Assigned[]): Map<string, string> {
  const env = sh.environ();
  for (const [n, v] of assigns) env.set(n, v);
  return env;
}

export function spawnOpts(ctx: Ctx, env: EnvSource, builtin = false): SpawnOpts {
  const sh = ctx.sh;
  // the last command of a subshell replaces it: bash execs it in the subshell's pid (unless an EXIT trap waits)
  const execOf = ctx.execPos && !sh.traps.has('EXIT') ? ctx.proc : null;
  const builtinPrefix = builtin && !sh.dash ? sh.errPrefix() : undefined;
  return { lab: sh.lab, fs: sh.fs, net: sh.net, cwd: sh.cwd, env, io: ctx.io, parent: ctx.proc, ignored: sh.ignoredSignals(), execOf, builtin, builtinPrefix };
}

/**
 * Assignments before a function or builtin hold only while it runs, and
 * are exported to what it runs (bash's temporary environment).
 */
async function withTempEnv(sh: Shell, assigns: Assigned[], fn: () => Promise<number>): Promise<number> {
  if (!assigns.length) return fn();
  const scope = new Map(assigns.map(([n, v]) => {
    if (sh.lookup(n)?.readonly) throw new FatalError(`${n}: readonly variable`);
    return [n, { value: v, exported: true, readonly: false }];
  }));
  sh.scopes.push(scope);
  try {
    return await fn();
  } finally {
    const i = sh.scopes.lastIndexOf(scope);
    if (i >= 0) sh.scopes.splice(i, 1);
  }
}

const MAX_FUNC_NESTING = 1000;

export async function callFunction(ctx: Ctx, fn: FuncDef, argv: string[]): Promise<number> {
  // A simple command runs to its program or function without awaiting (its words expanded at once):
  // a call yields here, so that a recursion unwinds the host's stack at each level and meets
  // bash's nesting limit (or the process limit), never V8's stack size.
  await undefined;
  const sh = ctx.sh;
  if (sh.funcDepth >= MAX_FUNC_NESTING) {
    throw new FatalError(`${argv[0]}: maximum function nesting level exceeded (${MAX_FUNC_NESTING})`);
  }
  const saved = sh.positional;
  const savedSrc = sh.srcName;
  sh.positional = argv.slice(1);
  sh.scopes.push(new Map());
  sh.funcDepth++;
  // execute_function() pushes the function's source file on BASH_SOURCE: its errors are named by it (dash: by $0)
  if (!sh.dash) sh.srcName = sh.funcSources.get(fn.name) ?? 'main';
  // the caller's RETURN trap is not the function's (no functrace); one the function sets stays
  const callerReturn = sh.traps.get('RETURN');
  sh.traps.delete('RETURN');
  try {
    return await execNode(ctx, fn.body);
  } catch (e) {
    if (e instanceof ReturnSig) return e.status;
    throw e;
  } finally {
    sh.funcDepth--;
    sh.scopes.pop();
    sh.positional = saved;
    if (sh.traps.has('RETURN')) await runReturnTrap(ctx);
    else if (callerReturn !== undefined) sh.traps.set('RETURN', callerReturn);
    sh.srcName = savedSrc;
  }
}
