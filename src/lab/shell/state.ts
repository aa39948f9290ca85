/**
 * The state of one shell process: variables with `local` scopes, functions,
 * positional parameters, options, cwd, jobs. A subshell is a copy
 * (`fork`), as after fork(2); a `sh -c` child starts fresh from the
 * exported environment.
 */
import type { GetoptsState } from './getopts.js';
import { ArithError, arithEval } from './arith.js';
import type { Hashed } from './hash.js';
import { bashAssocOrder } from './assoc.js';
import type { Lab } from '../lab.js';
import type { Vfs } from '../vfs.js';
import type { Net } from '../../net/core/net_namespace.js';
import type { FuncDef } from './ast.js';
import { signalName, signalNumber, type ProcEntry } from './procs.js';
import { Jobs } from './jobs.js';

/** What an asynchronous command of a shell without job control ignores. */
export const ASYNC_IGNORED: ReadonlySet<number> = new Set([signalNumber('INT')!, signalNumber('QUIT')!]);
import type { Fd } from './io.js';
import { limitsOf, type Limits } from './limits.js';

export interface Var {
  /** undefined: declared (`local x`, `export x`) but unset. */
  readonly value: string | undefined;
  readonly exported: boolean;
  readonly readonly: boolean;
  /** An array (bash(1) "Arrays"): its elements by index (decimal) or key; owned by this shell (copied at fork). */
  arr?: Map<string, string>;
  /** `declare -A`: keys are strings, kept in insertion order. */
  assoc?: boolean;
  /** `declare -i`: every assignment is evaluated as arithmetic. */
  integer?: boolean;
}

/** The elements of an array in bash's order: indexed arrays by index, associative ones as inserted. */
export function arrayEntries(v: Var): [string, string][] {
  const arr = v.arr ?? new Map<string, string>();
  if (v.assoc) return bashAssocOrder(arr.keys()).map((k) => [k, arr.get(k)!]);
  return [...arr].sort((a, b) => Number(a[0]) - Number(b[0]));
}

/** A copy of a variable table whose arrays this shell may change without touching the other's. */
function copyVars(m: Map<string, Var>): Map<string, Var> {
  const c = new Map(m);
  for (const [k, v] of m) if (v.arr) c.set(k, { ...v, arr: new Map(v.arr) });
  return c;
}

/** Control flow of break/continue/return/exit, thrown through the interpreter. */
export class BreakSig {
  constructor(public n: number) {}
}
export class ContinueSig {
  constructor(public n: number) {}
}
export class ReturnSig {
  constructor(readonly status: number) {}
}
export class ExitSig {
  constructor(readonly status: number) {}
}

/**
 * jump_to_top_level(DISCARD): the rest of the command line read is
 * abandoned. Everything but the top-level reader loop treats it as the
 * shell's end (a subshell, `bash -c`, a command substitution exit).
 */
export class DiscardSig extends ExitSig {}

/**
 * An expansion or assignment error that abandons the command (bad
 * substitution, arithmetic errors, a readonly variable, a bad subscript):
 * bash 5.2 jumps to the top level, which discards the rest of the command
 * line read (a script goes on with its next line), and ends a subshell,
 * `bash -c` or `eval` string. With `exits` (`${x?}`, `set -u`'s unbound
 * variable) a non-interactive shell exits (bash(1) "Parameter Expansion",
 * "The Set Builtin"). Checked with bash 5.2.15 on a script file.
 */
export class FatalError {
  constructor(
    readonly message: string,
    readonly status = 1,
    readonly exits = false,
  ) {}
}

export interface ShellOptions {
  errexit: boolean;
  xtrace: boolean;
  nounset: boolean;
  pipefail: boolean;
  noglob: boolean;
  noclobber: boolean;
  /** set -E: the ERR trap is inherited by functions, command substitutions and subshells. */
  errtrace: boolean;
}

export interface ShellInit {
  lab: Lab;
  fs: Vfs;
  net: Net;
  cwd: string;
  env: Map<string, string>;
  entry: ProcEntry;
  /** $0, also the name in error messages. */
  name: string;
  positional: string[];
  /** Run as `sh`: dash's texts and differences (dash.ts). */
  dash?: boolean;
}

export class Shell {
  readonly lab: Lab;
  readonly fs: Vfs;
  net: Net;
  cwd: string;
  /** A subshell (bash's subshell_environment): an error that discards the line ends it. */
  subshell = false;
  /** The process running this shell (a subshell has its own). */
  entry: ProcEntry;
  /** $$: the pid of the shell that read the script (the same in subshells). */
  readonly pid: number;
  name: string;
  positional: string[];
  /** `sh`, Debian's dash (dash.ts), rather than bash. */
  readonly dash: boolean;
  globals = new Map<string, Var>();
  scopes: Map<string, Var>[] = [];
  funcs = new Map<string, FuncDef>();
  opts: ShellOptions = { errexit: false, xtrace: false, nounset: false, pipefail: false, noglob: false, noclobber: false, errtrace: false };
  /** Process substitutions of the command being expanded, waiting to become its descriptors (exec.ts). */
  pendingFds: { fd: number; end: Fd; release: () => void }[] = [];
  /** getopts' place in the arguments (getopts.ts). */
  getopts: GetoptsState = { optind: '1', pos: 0 };
  /** `set -x` nesting: 1, plus one per command substitution (PS4's first character repeated). */
  traceLevel = 1;
  /** A fatal expansion error ended the shell (bash's FORCE_EOF jump: `bash -c` then exits 127). */
  forcedEof = false;
  /** A trap action is running (the ERR trap does not fire inside it). */
  inTrap = false;
  lastStatus = 0;
  /** Counts command substitutions, so an assignment-only command can take the status of its last one. */
  comsubs = 0;
  /** $! */
  lastBg: number | null = null;
  /**
   * An asynchronous command (`cmd &`) of a shell without job control: it
   * and what it runs ignore SIGINT and SIGQUIT (setup_async_signals()).
   */
  async = false;
  /** Children waited for in the foreground so far (bash's wait_for() calls: each may report jobs). */
  waits = 0;
  /** The last foreground program waited for: its pid and the signal that ended it (0: none). */
  lastFg: { pid: number; sig: number } | null = null;
  /** The foreground program the running simple command waits for (runProgram() to waitedFor()). */
  fgEntry: ProcEntry | null = null;
  jobs: Jobs;
  /** The line of the command being run ($LINENO, error messages). */
  lineno = 0;
  loopDepth = 0;
  funcDepth = 0;
  sourceDepth = 0;
  /** The file being sourced, or the running function's (BASH_SOURCE[0]): it names the script in error messages. */
  srcName: string | null = null;
  /**
   * The source file of a function defined at the top level (make_function_def()): the script of
   * `bash FILE` (BASH_SOURCE[0]), else "main"; "environment" under -c, run before shell_initialized.
   */
  topSource = 'main';
  /** Each function's source file, as its definition saw BASH_SOURCE[0] (make_function_def()). */
  funcSources = new Map<string, string>();
  /** Commands found by a PATH search, with their hits (`hash`, hash.ts). */
  hashed = new Map<string, Hashed>();
  /** `trap` actions by signal name without SIG, or EXIT; '' ignores the signal. */
  traps = new Map<string, string>();
  /** Trap actions of signals that arrived, run before the next command. */
  pendingTraps: string[] = [];
  /** Descriptors changed for good by `exec >file` (applied on top of each command's). */
  fdPatch = new Map<number, Fd | undefined>();
  /** The lab's budget of steps, string size and processes. */
  readonly limits: Limits;
  /** The name of the command being run, for an internal error's message. */
  current = '';
  private rand: number;

  constructor(init: ShellInit) {
    this.lab = init.lab;
    this.fs = init.fs;
    this.net = init.net;
    this.cwd = init.cwd;
    this.entry = init.entry;
    this.pid = init.entry.tgid;
    this.name = init.name;
    this.positional = init.positional;
    this.dash = init.dash === true;
    this.jobs = new Jobs(this.dash);
    this.jobs.keepExited = !this.dash;
    this.rand = init.entry.pid;
    this.limits = limitsOf(init.lab);
    init.entry.trap = (sig) => this.onSignal(sig);
    for (const [k, v] of init.env) this.globals.set(k, { value: v, exported: true, readonly: false });
    if (!this.globals.has('IFS')) this.globals.set('IFS', { value: ' \t\n', exported: false, readonly: false });
    if (!this.dash) this.globals.set('BASH_VERSION', { value: '5.2.15(1)-release', exported: false, readonly: false });
    if (!this.globals.has('PS4')) this.globals.set('PS4', { value: '+ ', exported: false, readonly: false });
    this.globals.set('PWD', { value: init.cwd, exported: true, readonly: false });
    // The lab's user is root (bash sets UID and EUID readonly from getuid()/geteuid()).
    for (const v of ['UID', 'EUID']) this.globals.set(v, { value: '0', exported: false, readonly: true });
  }

  /** A subshell: a copy of everything but the jobs table, running as `entry`. */
  fork(entry: ProcEntry): Shell {
    const s: Shell = Object.create(Shell.prototype);
    Object.assign(s, this);
    s.subshell = true;
    s.entry = entry;
    s.globals = copyVars(this.globals);
    s.scopes = this.scopes.map(copyVars);
    s.funcs = new Map(this.funcs);
    s.funcSources = new Map(this.funcSources);
    s.hashed = new Map([...this.hashed].map(([k, v]) => [k, { ...v }]));
    s.opts = { ...this.opts };
    s.positional = [...this.positional];
    s.jobs = new Jobs(this.dash);
    s.jobs.keepExited = this.jobs.keepExited;
    s.fgEntry = null;
    // The child's descriptors already include the permanent ones.
    s.fdPatch = new Map();
    s.pendingFds = [];
    // bash(1) "COMMAND EXECUTION ENVIRONMENT": traps are reset in a subshell, ignored signals stay ignored.
    s.traps = new Map([...this.traps].filter(([k, v]) => (v === '' && k !== 'EXIT') || (k === 'ERR' && this.opts.errtrace)));
    s.pendingTraps = [];
    s.async = this.async;
    entry.trap = (sig) => s.onSignal(sig);
    return s;
  }

  /**
   * The signals `trap '' SIG` ignores, and in an asynchronous command
   * SIGINT and SIGQUIT unless trapped: commands inherit them (bash(1)
   * "COMMAND EXECUTION ENVIRONMENT", setup_async_signals()).
   */
  ignoredSignals(): ReadonlySet<number> | undefined {
    if (this.traps.size === 0) return this.async ? ASYNC_IGNORED : undefined;
    let set: Set<number> | undefined;
    if (this.async) for (const n of ASYNC_IGNORED) if (!this.traps.has(signalName(n)!)) (set ??= new Set()).add(n);
    for (const [k, v] of this.traps) {
      const n = v === '' ? signalNumber(k) : null;
      if (n !== null) (set ??= new Set()).add(n);
    }
    return set;
  }

  /** A signal for this shell: trapped (queued or ignored) or not. */
  private onSignal(sig: number): boolean {
    const action = this.traps.get(signalName(sig) ?? '');
    if (action === undefined) return false;
    if (action !== '') this.pendingTraps.push(action);
    return true;
  }

  /** The variable as seen here: the innermost `local`, else the global. */
  lookup(name: string): Var | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(name);
      if (v) return v;
    }
    return this.globals.get(name);
  }

  get(name: string): string | undefined {
    const v = this.lookup(name);
    if (v) return v.arr ? v.arr.get('0') : v.value;
    return this.dynamic(name);
  }

  /**
   * Make `name` an array (`declare -a/-A`, `a=(...)`), replacing a scalar
   * (its value becomes element 0) unless `fresh`; returns its elements.
   */
  makeArray(name: string, assoc: boolean, fresh = false): Map<string, string> {
    const map = this.home(name);
    const old = map.get(name);
    if (old?.readonly) throw new FatalError(`${name}: readonly variable`);
    if (old?.arr && !fresh) return old.arr;
    const arr = new Map<string, string>();
    if (!fresh && old?.value !== undefined) arr.set('0', old.value);
    map.set(name, { value: undefined, exported: old?.exported ?? false, readonly: false, arr, assoc: old?.arr ? old.assoc : assoc });
    return arr;
  }

  /** `a[key]=v`: an element, making `a` an indexed array if it is not one. */
  setElem(name: string, key: string, value: string): void {
    this.limits.checkSize(value.length);
    this.makeArray(name, false).set(key, value);
  }

  /** The array variable `name`, or undefined. */
  array(name: string): Var | undefined {
    const v = this.lookup(name);
    return v?.arr ? v : undefined;
  }

  /** Variables bash computes when read. */
  private dynamic(name: string): string | undefined {
    switch (name) {
      case 'LINENO':
        // Debian's dash 0.5.12 leaves LINENO unset
        return this.dash ? this.globals.get('LINENO')?.value : String(this.lineno);
      case 'RANDOM':
        // bash's own generator is an LCG too; seeded by the pid, so runs repeat.
        this.rand = (this.rand * 1103515245 + 12345) >>> 0;
        return String((this.rand >>> 16) & 0x7fff);
      case 'SECONDS':
        return String(Math.floor(this.lab.sched.now / 1e9));
      case 'BASHPID':
        return String(this.entry.tgid);
      default:
        return undefined;
    }
  }

  /** The map that holds `name` (for assignment), so locals stay local. */
  private home(name: string): Map<string, Var> {
    for (let i = this.scopes.length - 1; i >= 0; i--) if (this.scopes[i]!.has(name)) return this.scopes[i]!;
    return this.globals;
  }

  /** Assign; throws FatalError for a readonly variable (bash: "x: readonly variable"). */
  set(name: string, value: string, flags: { export?: boolean; readonly?: boolean } = {}): void {
    const map = this.home(name);
    const old = map.get(name);
    if (old?.readonly) throw new FatalError(`${name}: readonly variable`);
    if (old?.integer) value = this.integerValue(value);
    this.limits.checkSize(value.length);
    // bash(1) "Arrays": assigning to the name of an array sets element 0.
    if (old?.arr) {
      old.arr.set('0', value);
      return;
    }
    const v: Var = { value, exported: flags.export ?? old?.exported ?? false, readonly: flags.readonly ?? false };
    if (old?.integer) v.integer = true;
    map.set(name, v);
  }

  /** `name+=v`: the text appended, or for an integer variable the sum (bash's assign_integer_value with ASS_APPEND). */
  appended(name: string, v: string): string {
    const old = this.get(name) ?? '';
    return this.lookup(name)?.integer ? `${old || 0}+(${v})` : old + v;
  }

  /** An integer variable's new value: the text evaluated as arithmetic (bash's assign_integer_value). */
  private integerValue(text: string): string {
    try {
      return String(arithEval(text, { get: (n) => this.get(n), set: (n, v) => this.set(n, v) }));
    } catch (e) {
      if (e instanceof ArithError) throw new FatalError(e.message);
      throw e;
    }
  }

  /** Change the attributes of a variable without assigning it. */
  setFlags(name: string, flags: { export?: boolean; readonly?: boolean; integer?: boolean }): void {
    const map = this.home(name);
    const old = map.get(name);
    map.set(name, {
      ...old,
      value: old?.value,
      exported: flags.export ?? old?.exported ?? false,
      readonly: flags.readonly ?? old?.readonly ?? false,
      integer: flags.integer ?? old?.integer ?? false,
    });
  }

  /** `local NAME[=value]` in the innermost function scope. */
  setLocal(name: string, value: string | undefined): void {
    const scope = this.scopes[this.scopes.length - 1];
    if (!scope) throw new Error('local outside a function');
    const outer = this.lookup(name);
    // `local x` again keeps x's local value; a first `local x` leaves it unset.
    const kept = scope.get(name)?.value;
    scope.set(name, { value: value ?? kept, exported: outer?.exported ?? false, readonly: false });
  }

  /** Returns an error message for a readonly variable, else null. */
  unset(name: string): string | null {
    const map = this.home(name);
    const old = map.get(name);
    if (old?.readonly) return `${name}: cannot unset: readonly variable`;
    if (map === this.globals) map.delete(name);
    else map.set(name, { value: undefined, exported: false, readonly: false });
    return null;
  }

  /** The environment of a command: every exported variable that has a value. */
  environ(): Map<string, string> {
    const env = new Map<string, string>();
    // forEach: no [key, value] pair per variable, for every command run.
    const add = (v: Var, k: string): void => {
      if (v.exported && v.value !== undefined) env.set(k, v.value);
      else env.delete(k);
    };
    this.globals.forEach(add);
    for (const m of this.scopes) m.forEach(add);
    return env;
  }

  /** Names of all set variables, sorted as `set` and `export -p` list them. */
  names(): string[] {
    const names = new Set<string>([...this.globals.keys()]);
    for (const m of this.scopes) for (const k of m.keys()) names.add(k);
    return [...names].sort();
  }

  /** $- : the single-letter options that are set. */
  optionLetters(): string {
    const o = this.opts;
    return (o.errexit ? 'e' : '') + (o.noglob ? 'f' : '') + 'h' + (o.nounset ? 'u' : '') + (o.xtrace ? 'x' : '') +
      (o.noclobber ? 'C' : '') + 'B' + (o.errtrace ? 'E' : '');
  }

  /** The prefix of bash's error messages, `bash: line 3: `; dash's, `sh: 3: `. */
  errPrefix(): string {
    if (this.dash) return `${this.srcName ?? this.name}: ${this.lineno}: `;
    return `${this.srcName ?? this.name}: line ${this.lineno}: `;
  }
}
