/**
 * Shell builtins that must live in the shell because they act on its state
 * (bash(1) "SHELL BUILTIN COMMANDS"). Text utilities (echo, printf, test...)
 * are commands of the lab's table.
 */
import { builtinError, type Ctx } from './io.js';
import { arrayEntries, BreakSig, ContinueSig, DiscardSig, ExitSig, FatalError, ReturnSig, type Shell } from './state.js';
import { subscriptKey } from './arrays.js';
import { hostOf } from './exec.js';
import { arith } from './expand.js';
import { runEval, runSource } from './run.js';
import { runProgram } from './simple.js';
import { shellQuote } from './quote.js';
import { trapBuiltin } from './trap.js';
import { BASH_BUILTINS, KEYWORDS, SET_NAMES } from './names.js';
import { lookupCommand } from './spawn.js';
import { JOB_BUILTINS } from './jobctl.js';
import { readBuiltin } from './read.js';
import { hashBuiltin } from './hash.js';
import { umaskBuiltin } from './umask.js';
import { ulimitBuiltin } from './ulimit.js';
import { ansicQuote, bashPrintf, dashPrintf, needsAnsic } from './printf.js';
import { mapfileBuiltin } from './mapfile.js';
import { getoptsBuiltin } from './getopts.js';
import { dashJobs, dashKill, dashWait } from './dash_jobs.js';
import { testBuiltin } from './test_builtin.js';
import { NOT_IN_DASH, dashEcho } from './dash.js';

export type Builtin = (ctx: Ctx, argv: string[]) => Promise<number>;

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

const ok = async (): Promise<number> => 0;

async function cd(ctx: Ctx, argv: string[]): Promise<number> {
  const sh = ctx.sh;
  const args = argv.slice(1).filter((a) => a !== '-L' && a !== '-P');
  if (args.length > 1) return builtinError(ctx, 'cd', 'too many arguments');
  let dir = args[0] ?? sh.get('HOME');
  if (dir === undefined) return builtinError(ctx, 'cd', 'HOME not set');
  if (dir === '') return 0;
  const dash = dir === '-';
  if (dash) {
    const old = sh.get('OLDPWD');
    if (old === undefined) return builtinError(ctx, 'cd', 'OLDPWD not set');
    dir = old;
  }
  const target = sh.fs.resolve(sh.cwd, dir);
  const st = sh.fs.stat(target, sh.net);
  // dash cd.c: "can't cd to DIR", status 2
  if (st !== 'dir' && sh.dash) return builtinError(ctx, 'cd', `can't cd to ${dir}`, 2);
  if (st !== 'dir') return builtinError(ctx, 'cd', `${dir}: ${st === null ? 'No such file or directory' : 'Not a directory'}`);
  sh.set('OLDPWD', sh.cwd);
  sh.cwd = target;
  sh.set('PWD', target);
  if (dash) ctx.io.out.write(target + '\n');
  return 0;
}

/** pwd [-LP]: the lab has no symbolic links, so both print the cwd. */
async function pwd(ctx: Ctx, argv: string[]): Promise<number> {
  const [on, off] = options(argv);
  const bad = [...on + off].find((c) => c !== 'L' && c !== 'P');
  if (bad) return invalidOption(ctx, 'pwd', `${on.includes(bad) ? '-' : '+'}${bad}`);
  ctx.io.out.write(ctx.sh.cwd + '\n');
  return 0;
}

/** `declare -x NAME="value"`, bash's listing format. */
function declLine(sh: Shell, name: string, flags: string): string {
  // print_assignment(): $'...' when a byte is unprintable, else sh_double_quote
  const dq = (t: string): string => (needsAnsic(t) ? ansicQuote(t) : `"${t.replace(/(["\\$`])/g, '\\$1')}"`);
  const arr = sh.lookup(name);
  if (arr?.arr) {
    // bash 5.2 print_array_assignment(): indexed arrays are joined by spaces; associative ones end with a space.
    const items = arrayEntries(arr).map(([k, x]) => `[${k}]=${dq(x)}`);
    return `declare -${flags} ${name}=(${arr.assoc ? items.map((i) => i + ' ').join('') : items.join(' ')})`;
  }
  const v = sh.lookup(name)?.value;
  return `declare -${flags || '-'} ${name}${v === undefined ? '' : `=${dq(v)}`}`;
}

function flagsOf(sh: Shell, name: string): string {
  const v = sh.lookup(name);
  return (v?.arr ? (v.assoc ? 'A' : 'a') : '') + (v?.integer ? 'i' : '') + (v?.readonly ? 'r' : '') + (v?.exported ? 'x' : '');
}

/** Apply `NAME[=VALUE]` arguments of export/readonly/declare/local; returns the status. */
function declare(ctx: Ctx, cmd: string, args: string[], apply: (name: string, value: string | undefined) => void): number {
  let st = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    const append = eq > 0 && a[eq - 1] === '+';
    const name = eq < 0 ? a : a.slice(0, append ? eq - 1 : eq);
    if (!NAME_RE.test(name)) {
      st = builtinError(ctx, cmd, `\`${a}': not a valid identifier`);
      continue;
    }
    let value = eq < 0 ? undefined : a.slice(eq + 1);
    if (append && value !== undefined) value = ctx.sh.appended(name, value);
    try {
      apply(name, value);
    } catch (e) {
      if (!(e instanceof FatalError)) throw e;
      ctx.io.err.write(ctx.sh.errPrefix() + e.message + '\n');
      st = 1;
    }
  }
  return st;
}

/** Leading `-xyz` / `+xyz` options; returns [set letters, unset letters, rest]. */
function options(argv: string[]): [string, string, string[]] {
  let on = '';
  let off = '';
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][A-Za-z]+$/.test(a)) break;
    if (a[0] === '-') on += a.slice(1);
    else off += a.slice(1);
  }
  return [on, off, argv.slice(i)];
}

async function exportBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  const sh = ctx.sh;
  const [on, , args] = options(argv);
  if (args.length === 0) {
    for (const n of sh.names()) if (sh.lookup(n)?.exported) ctx.io.out.write(declLine(sh, n, flagsOf(sh, n)) + '\n');
    return 0;
  }
  const unexport = on.includes('n');
  return declare(ctx, 'export', args, (name, value) => {
    if (value !== undefined) sh.set(name, value, { export: !unexport });
    else sh.setFlags(name, { export: !unexport });
  });
}

async function readonlyBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  const sh = ctx.sh;
  const [, , args] = options(argv);
  if (args.length === 0) {
    for (const n of sh.names()) if (sh.lookup(n)?.readonly) ctx.io.out.write(declLine(sh, n, flagsOf(sh, n)) + '\n');
    return 0;
  }
  return declare(ctx, 'readonly', args, (name, value) => {
    if (value !== undefined) sh.set(name, value);
    sh.setFlags(name, { readonly: true });
  });
}

async function local(ctx: Ctx, argv: string[]): Promise<number> {
  if (ctx.sh.funcDepth === 0 && ctx.sh.dash) return dashSpecialError(ctx, 'local', 'not in a function');
  if (ctx.sh.funcDepth === 0) return builtinError(ctx, 'local', 'can only be used in a function');
  return declareBuiltin(ctx, argv, 'local');
}

/** The builtins' synopses (bash 5.2 builtins/*.def $SHORT_DOC), printed after an invalid option. */
const USAGE: Readonly<Record<string, string>> = {
  declare: 'declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]',
  typeset: 'typeset [-aAfFgiIlnrtux] name[=value] ... or typeset -p [-aAfFilnrtux] [name ...]',
  local: 'local [option] name[=value] ...',
  pwd: 'pwd [-LP]',
};

/** bash's sh_invalidopt() then builtin_usage(): `NAME: -q: invalid option`, `NAME: usage: ...`, status 2. */
function invalidOption(ctx: Ctx, name: string, opt: string): number {
  builtinError(ctx, name, `${opt}: invalid option`);
  if (USAGE[name] !== undefined) ctx.io.err.write(`${name}: usage: ${USAGE[name]}\n`);
  return 2;
}

/** declare/typeset/local with -x -r -g -p -a -A -i. */
async function declareBuiltin(ctx: Ctx, argv: string[], cmd = argv[0]!): Promise<number> {
  const sh = ctx.sh;
  const [on, off, args] = options(argv);
  const bad = [...on + off].find((c) => !'xrgpaAi'.includes(c));
  if (bad) return invalidOption(ctx, cmd, `-${bad}`);
  if (on.includes('p') || args.length === 0) {
    const names = args.length ? args : sh.names();
    let st = 0;
    for (const n of names) {
      if (sh.lookup(n)) ctx.io.out.write(declLine(sh, n, flagsOf(sh, n)) + '\n');
      else st = builtinError(ctx, cmd, `${n}: not found`);
    }
    return st;
  }
  const asLocal = cmd === 'local' || (sh.funcDepth > 0 && !on.includes('g'));
  const integer = on.includes('i');
  return declare(ctx, cmd, args, (name, value) => {
    // the attribute first: the value is then evaluated as arithmetic
    if (asLocal) sh.setLocal(name, integer ? undefined : value);
    if (integer || off.includes('i')) sh.setFlags(name, { integer });
    if (value !== undefined && (!asLocal || integer)) sh.set(name, value);
    if (on.includes('a') || on.includes('A')) sh.makeArray(name, on.includes('A'));
    const flags: { export?: boolean; readonly?: boolean } = {};
    if (on.includes('x') || off.includes('x')) flags.export = on.includes('x');
    if (on.includes('r')) flags.readonly = true;
    if (flags.export !== undefined || flags.readonly) sh.setFlags(name, flags);
  });
}

async function unset(ctx: Ctx, argv: string[]): Promise<number> {
  const sh = ctx.sh;
  const [on, , args] = options(argv);
  let st = 0;
  for (const name of args) {
    if (on.includes('f')) {
      sh.funcs.delete(name);
      continue;
    }
    const elem = /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/.exec(name);
    if (elem && !on.includes('f')) {
      const key = await subscriptKey(hostOf(ctx), elem[1]!, elem[2]!);
      if (key !== null) sh.array(elem[1]!)?.arr?.delete(key);
      continue;
    }
    if (!NAME_RE.test(name)) {
      st = builtinError(ctx, 'unset', `\`${name}': not a valid identifier`);
      continue;
    }
    // Without -v, a name that is no variable may be a function (bash(1) "unset").
    if (!on.includes('v') && sh.lookup(name) === undefined && sh.funcs.has(name)) {
      sh.funcs.delete(name);
      continue;
    }
    const err = sh.unset(name);
    if (err) st = builtinError(ctx, 'unset', err);
  }
  return st;
}

const SET_LETTERS: Record<string, keyof Shell['opts']> = { e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob', C: 'noclobber', E: 'errtrace' };

async function set(ctx: Ctx, argv: string[]): Promise<number> {
  const sh = ctx.sh;
  if (argv.length === 1) {
    for (const n of sh.names()) {
      const v = sh.lookup(n)?.value;
      if (v !== undefined) ctx.io.out.write(`${n}=${shellQuote(v)}\n`);
    }
    return 0;
  }
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--' || a === '-') {
      i++;
      sh.positional = argv.slice(i);
      return 0;
    }
    if (!/^[-+]/.test(a)) break;
    // `-o NAME` may end a cluster (`set -eo pipefail`): the name is the next word
    const st = setLetters(ctx, a.replace('o', ''));
    if (st) return st;
    if (a.includes('o')) {
      const named = setNamed(ctx, a[0] === '-', argv[++i]);
      if (named) return named;
    }
  }
  if (i < argv.length) sh.positional = argv.slice(i);
  return 0;
}

function setLetters(ctx: Ctx, a: string): number {
  for (const c of a.slice(1)) {
    const opt = SET_LETTERS[c];
    if (!opt) {
      builtinError(ctx, 'set', `${a[0]}${c}: invalid option`);
      ctx.io.err.write('set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n');
      return 2;
    }
    ctx.sh.opts[opt] = a[0] === '-';
  }
  return 0;
}

/** The names `set -o` lists (bash 5.2 flags.c o_options), and those on in a non-interactive bash. */
const ALL_SET_NAMES = ['allexport', 'braceexpand', 'emacs', 'errexit', 'errtrace', 'functrace', 'hashall', 'histexpand',
  'history', 'ignoreeof', 'interactive-comments', 'keyword', 'monitor', 'noclobber', 'noexec', 'noglob', 'nolog', 'notify',
  'nounset', 'onecmd', 'physical', 'pipefail', 'posix', 'privileged', 'verbose', 'vi', 'xtrace'];
const FIXED_ON: ReadonlySet<string> = new Set(['braceexpand', 'hashall', 'interactive-comments']);

/** `set -o NAME` / `set +o NAME`; without a name, list the options bash's way. */
function setNamed(ctx: Ctx, on: boolean, name: string | undefined): number {
  const opts = ctx.sh.opts;
  if (name === undefined) {
    // every option bash lists, those the lab does not have at a non-interactive shell's values
    for (const n of ALL_SET_NAMES) {
      const v = (SET_NAMES as readonly string[]).includes(n) ? opts[n as (typeof SET_NAMES)[number]] : FIXED_ON.has(n);
      ctx.io.out.write(on ? `${n.padEnd(15)}\t${v ? 'on' : 'off'}\n` : `set ${v ? '-' : '+'}o ${n}\n`);
    }
    return 0;
  }
  if (!(SET_NAMES as readonly string[]).includes(name)) return builtinError(ctx, 'set', `${name}: invalid option name`, 2);
  opts[name as (typeof SET_NAMES)[number]] = on;
  return 0;
}

/** A numeric argument as bash's exit/return/shift/break read it, or null. */
function numArg(s: string | undefined): number | null {
  if (s === undefined || !/^[-+]?\d+$/.test(s.trim())) return null;
  return Number(s.trim());
}

/**
 * The operands of exit, return, shift, break and continue (bash common.c
 * get_exitstat, get_numeric_arg): a leading `--` is skipped.
 */
function numOperands(argv: string[]): string[] {
  return argv[1] === '--' ? argv.slice(2) : argv.slice(1);
}

/**
 * bash common.c no_args(): a second operand is "too many arguments", and
 * the rest of the command line is discarded (status 1; `exit 1 2` does not
 * exit). dash ignores extra operands.
 */
function noArgs(ctx: Ctx, name: string, args: string[]): void {
  if (args.length <= 1 || ctx.sh.dash) return;
  builtinError(ctx, name, 'too many arguments');
  throw new DiscardSig(1);
}

async function shift(ctx: Ctx, argv: string[]): Promise<number> {
  argv = [argv[0]!, ...numOperands(argv)];
  const n = argv[1] === undefined ? 1 : numArg(argv[1]);
  if (n === null) return builtinError(ctx, 'shift', `${argv[1]}: numeric argument required`);
  noArgs(ctx, 'shift', argv.slice(1));
  if (n < 0) return builtinError(ctx, 'shift', `${argv[1]}: shift count out of range`);
  if (n > ctx.sh.positional.length) return ctx.sh.dash ? dashSpecialError(ctx, 'shift', "can't shift that many") : 1;
  ctx.sh.positional = ctx.sh.positional.slice(n);
  return 0;
}

async function exit(ctx: Ctx, argv: string[]): Promise<number> {
  argv = [argv[0]!, ...numOperands(argv)];
  const n = argv[1] === undefined ? ctx.sh.lastStatus : numArg(argv[1]);
  if (n === null) {
    builtinError(ctx, 'exit', ctx.sh.dash ? `Illegal number: ${argv[1]}` : `${argv[1]}: numeric argument required`);
    throw new ExitSig(2);
  }
  noArgs(ctx, 'exit', argv.slice(1));
  throw new ExitSig(n & 255);
}

async function returnBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  if (ctx.sh.funcDepth === 0 && ctx.sh.sourceDepth === 0) {
    return builtinError(ctx, 'return', "can only `return' from a function or sourced script", 2);
  }
  argv = [argv[0]!, ...numOperands(argv)];
  const n = argv[1] === undefined ? ctx.sh.lastStatus : numArg(argv[1]);
  if (n === null) {
    builtinError(ctx, 'return', `${argv[1]}: numeric argument required`);
    throw new ReturnSig(2);
  }
  noArgs(ctx, 'return', argv.slice(1));
  throw new ReturnSig(n & 255);
}

function loopControl(kind: 'break' | 'continue'): Builtin {
  return async (ctx, argv) => {
    if (ctx.sh.loopDepth === 0) {
      return builtinError(ctx, kind, "only meaningful in a `for', `while', or `until' loop", 0);
    }
    argv = [argv[0]!, ...numOperands(argv)];
    const n = argv[1] === undefined ? 1 : numArg(argv[1]);
    if (n === null) return builtinError(ctx, kind, `${argv[1]}: numeric argument required`);
    noArgs(ctx, kind, argv.slice(1));
    if (n < 1) return builtinError(ctx, kind, `${n}: loop count out of range`);
    const levels = Math.min(n, ctx.sh.loopDepth);
    throw kind === 'break' ? new BreakSig(levels) : new ContinueSig(levels);
  };
}

async function evalBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  return runEval(ctx, argv.slice(1).join(' '));
}

async function source(ctx: Ctx, argv: string[]): Promise<number> {
  const file = argv[1];
  if (file === undefined) {
    builtinError(ctx, argv[0]!, 'filename argument required');
    ctx.io.err.write(`${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
    return 2;
  }
  return runSource(ctx, file, argv.slice(2));
}

/** An error of a dash special builtin (shift, ., local): the message, then the shell exits with 2 (dash eval.c: EXERROR of a special builtin). */
function dashSpecialError(ctx: Ctx, name: string, msg: string): never {
  builtinError(ctx, name, msg);
  throw new ExitSig(2);
}

async function letBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  if (argv.length < 2) return builtinError(ctx, 'let', 'expression expected');
  let v = 0n;
  for (const e of argv.slice(1)) {
    try {
      v = arith(ctx.sh, e);
    } catch (err) {
      if (!(err instanceof FatalError)) throw err;
      return builtinError(ctx, 'let', err.message);
    }
  }
  return v !== 0n ? 0 : 1;
}

/** How bash would run NAME: keyword, function, builtin, or a program's path. */
export function commandKind(sh: Shell, name: string): 'keyword' | 'function' | 'builtin' | 'file' | null {
  if (KEYWORDS.has(name)) return 'keyword';
  if (sh.funcs.has(name)) return 'function';
  if (BUILTINS.has(name) || (BASH_BUILTINS.has(name) && sh.lab.commands.has(name))) return 'builtin';
  if (lookupCommand(sh.lab, name)) return 'file';
  return null;
}

const TYPE_WORDS = { keyword: 'a shell keyword', function: 'a function', builtin: 'a shell builtin' };

/** The lab's programs Debian installs in /usr/sbin (iproute2's ip, bridge; procps' sysctl; iptables, nft, net-tools...); the rest are in /usr/bin. */
const SBIN = new Set(['ip', 'bridge', 'sysctl', 'traceroute', 'iptables', 'iptables-save', 'iptables-restore', 'iptables-nft',
  'iptables-nft-save', 'iptables-nft-restore', 'nft', 'arptables',
  'arptables-save', 'arptables-restore', 'ifconfig', 'route', 'arp', 'conntrack', 'ethtool']);

/** Where `type`/`command -v` find a program: its path on the Debian machine the transcripts are recorded on. */
export const pathOf = (name: string): string => (name.includes('/') ? name : `${SBIN.has(name) ? '/usr/sbin' : '/usr/bin'}/${name}`);

async function type(ctx: Ctx, argv: string[]): Promise<number> {
  const [on, , names] = options(argv);
  let st = 0;
  for (const n of names) {
    const kind = commandKind(ctx.sh, n);
    if (!kind) {
      st = on ? 1 : builtinError(ctx, 'type', `${n}: not found`);
      continue;
    }
    if (on.includes('t')) ctx.io.out.write(kind + '\n');
    else if (on.includes('p') || on.includes('P')) {
      if (kind === 'file') ctx.io.out.write(pathOf(n) + '\n');
    } else if (kind === 'file' && ctx.sh.hashed.has(n)) ctx.io.out.write(`${n} is hashed (${ctx.sh.hashed.get(n)!.path})\n`);
    else ctx.io.out.write(`${n} is ${kind === 'file' ? pathOf(n) : TYPE_WORDS[kind]}\n`);
  }
  return st;
}

/** `command [-v|-V] NAME [ARGS]`: run NAME skipping functions, or tell what it is. */
async function command(ctx: Ctx, argv: string[]): Promise<number> {
  const [on, , args] = options(argv);
  if (on.includes('v') || on.includes('V')) {
    if (on.includes('V')) return type(ctx, ['type', ...args]);
    let st = 0;
    for (const n of args) {
      const kind = commandKind(ctx.sh, n);
      if (kind) ctx.io.out.write((kind === 'file' ? pathOf(n) : n) + '\n');
      // dash exec.c: a name not found is status 127
      else st = ctx.sh.dash ? 127 : 1;
    }
    return st;
  }
  if (!args.length) return 0;
  const b = BUILTINS.get(args[0]!);
  return b ? b(ctx, args) : runProgram(ctx, args);
}

async function builtin(ctx: Ctx, argv: string[]): Promise<number> {
  const name = argv[1];
  if (name === undefined) return 0;
  const b = BUILTINS.get(name);
  if (!b) return builtinError(ctx, 'builtin', `${name}: not a shell builtin`);
  return b(ctx, argv.slice(1));
}

/** `exec CMD ARGS`: run the program CMD in place of the shell (redirections alone are handled by the simple command). */
async function exec(ctx: Ctx, argv: string[]): Promise<number> {
  const args = argv.slice(1);
  if (!args.length) return 0;
  if (!lookupCommand(ctx.sh.lab, args[0]!)) {
    builtinError(ctx, 'exec', `${args[0]}: not found`);
    throw new ExitSig(127);
  }
  // execve(2): the program takes the shell's process (and pid)
  throw new ExitSig(await runProgram({ ...ctx, execPos: true }, args));
}

/** `hash`: names found in PATH go into the table; builtins, functions and keywords are skipped. */
async function hash(ctx: Ctx, argv: string[]): Promise<number> {
  return hashBuiltin(ctx, argv, (n) => {
    const kind = commandKind(ctx.sh, n);
    return kind === 'file' ? pathOf(n) : kind ? '' : null;
  });
}

/** dash's echo builtin (dash.ts dashEcho). */
async function dashEchoBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  ctx.io.out.write(dashEcho(argv.slice(1)));
  return 0;
}

/** A builtin of `sh` (dash): bash's but those dash lacks, and dash's own echo. */
export function dashBuiltin(name: string): Builtin | undefined {
  if (name === 'echo') return dashEchoBuiltin;
  if (name === 'printf') return dashPrintf;
  if (name === 'kill') return dashKill;
  if (name === 'wait') return dashWait;
  if (name === 'jobs') return dashJobs;
  return NOT_IN_DASH.has(name) ? undefined : BUILTINS.get(name);
}

export const BUILTINS = new Map<string, Builtin>([
  [':', ok],
  ['true', ok],
  ['false', async () => 1],
  ['cd', cd],
  ['pwd', pwd],
  ['export', exportBuiltin],
  ['readonly', readonlyBuiltin],
  ['local', local],
  ['declare', declareBuiltin],
  ['typeset', declareBuiltin],
  ['unset', unset],
  ['set', set],
  ['shift', shift],
  ['exit', exit],
  ['return', returnBuiltin],
  ['break', loopControl('break')],
  ['continue', loopControl('continue')],
  ['eval', evalBuiltin],
  ['source', source],
  ['.', source],
  ['let', letBuiltin],
  ['type', type],
  ['command', command],
  ['builtin', builtin],
  ['exec', exec],
  ['read', readBuiltin],
  ['test', testBuiltin],
  ['printf', bashPrintf],
  ['[', testBuiltin],
  ['trap', trapBuiltin],
  ['hash', hash],
  ['getopts', getoptsBuiltin],
  ['mapfile', mapfileBuiltin],
  ['readarray', mapfileBuiltin],
  ['umask', umaskBuiltin],
  ['ulimit', ulimitBuiltin],
  ...JOB_BUILTINS,
]);
