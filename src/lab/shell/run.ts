/**
 * Running scripts: the shell's read-parse-execute loop (a syntax error stops
 * it, commands before it have run), `eval`, `source`, script files, and
 * the `sh`/`bash` commands of the lab's table.
 */
import type { Lab } from '../lab.js';
import type { CommandFn } from '../process.js';
import { errnoText } from '../vfs.js';
import { ShellSyntaxError } from './ast.js';
import { scriptParser, type Parser } from './parser.js';
import { IO, builtinError, type Ctx } from './io.js';
import { execSeq, guard, runReturnTrap } from './exec.js';
import { DiscardSig, ExitSig, FatalError, ReturnSig, Shell } from './state.js';
import { procTable } from './procs.js';
import { entryOf, envOf, runCommandFn, setExecFallback, type SpawnOpts } from './spawn.js';
import { vfsRead } from './redirect.js';
import { spawnOpts } from './simple.js';
import { BUILTINS } from './builtins.js';
import { dashRedirError, dashSyntax } from './dash.js';

/** How diagnostics name the script: `bash: -c: line 3: `, `./x.sh: line 3: `, `bash: eval: line 3: `. */
export type LinePrefix = (line: number) => string;

/**
 * Parse and run `src` one complete command at a time in the shell of
 * `ctx`. A syntax error is reported (two lines for an unexpected token, as
 * bash does) and ends the run with status 2.
 */
export async function runCommands(ctx: Ctx, src: string, prefix: LinePrefix, startLine = 1): Promise<number> {
  const parser = scriptParser(src, startLine, ctx.sh.dash);
  let st = 0;
  for (;;) {
    let seq;
    try {
      seq = parser.parseCommand();
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      printWarnings(ctx, parser, prefix);
      if (ctx.sh.dash) ctx.io.err.write(`${prefix(e.line)}${dashSyntax(e.message)}\n`);
      else {
        ctx.io.err.write(`${prefix(e.line)}${e.message}\n`);
        if (e.lineText !== null) ctx.io.err.write(`${prefix(e.line)}\`${e.lineText}'\n`);
      }
      ctx.sh.lastStatus = 2;
      return 2;
    }
    printWarnings(ctx, parser, prefix);
    if (!seq) return st;
    st = ctx.sh.subshell ? await execSeq(ctx, seq) : await discarding(ctx, () => execSeq(ctx, seq));
    // a process substitution no simple command took (`for f in <(cmd)`) is closed with its command line
    for (const p of ctx.sh.pendingFds.splice(0)) p.release();
  }
}

/**
 * The reader loop of a non-interactive shell (eval.c reader_loop), and of
 * `eval`, `.` and `bash -c` strings (evalstring.c parse_and_execute): an
 * error that jumps to the top level (DISCARD) abandons the command read
 * and the shell goes on with the next one; a subshell exits instead.
 */
async function discarding(ctx: Ctx, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof DiscardSig) return (ctx.sh.lastStatus = e.status);
    if (!(e instanceof FatalError) || e.exits) throw e;
    ctx.io.err.write(ctx.sh.errPrefix() + e.message + '\n');
    return (ctx.sh.lastStatus = e.status);
  }
}

function printWarnings(ctx: Ctx, parser: Parser, prefix: LinePrefix): void {
  for (const w of parser.warnings.splice(0)) ctx.io.err.write(`${prefix(w.line)}${w.text}\n`);
}

/** A whole shell process: `exit`, fatal errors and syntax errors end it with their status; then the EXIT trap. */
export async function runTop(ctx: Ctx, src: string, prefix: LinePrefix): Promise<number> {
  return runExitTrap(ctx, await guard(ctx, () => runCommands(ctx, src, prefix)));
}

/** The EXIT trap runs once as the shell ends; the status stays unless it calls `exit`. */
export async function runExitTrap(ctx: Ctx, status: number): Promise<number> {
  const action = ctx.sh.traps.get('EXIT');
  if (!action) return status;
  ctx.sh.traps.delete('EXIT');
  ctx.sh.lastStatus = status;
  return guard(ctx, async () => {
    await runEval(ctx, action);
    return status;
  });
}

/** Run the actions of trapped signals that arrived; $? is kept (bash(1) "trap"). */
export async function runPendingTraps(ctx: Ctx): Promise<void> {
  const sh = ctx.sh;
  for (let action = sh.pendingTraps.shift(); action !== undefined; action = sh.pendingTraps.shift()) {
    const saved = sh.lastStatus;
    await runEval(ctx, action);
    sh.lastStatus = saved;
  }
}

export function runEval(ctx: Ctx, src: string): Promise<number> {
  const sh = ctx.sh;
  return runCommands(ctx, src, sh.dash ? (l) => `${sh.name}: ${l}: ` : (l) => `${sh.name}: eval: line ${l}: `, sh.lineno);
}

/** `. FILE [ARGS]`: run FILE in this shell; `return` ends it. */
export async function runSource(ctx: Ctx, file: string, args: string[]): Promise<number> {
  const sh = ctx.sh;
  const r = vfsRead(sh.fs, sh.fs.resolve(sh.cwd, file), sh.net);
  if (!r.ok && sh.dash) {
    // dash: `.` is a special builtin, so its failure ends the shell with 2
    builtinError(ctx, '.', dashRedirError(file, r.err, false));
    throw new ExitSig(2);
  }
  if (!r.ok) return builtinError(ctx, file, errnoText[r.err]);
  const saved = { positional: sh.positional, srcName: sh.srcName, lineno: sh.lineno };
  if (args.length) sh.positional = args;
  sh.srcName = file;
  sh.sourceDepth++;
  try {
    return await runCommands(ctx, r.text, (l) => `${file}: line ${l}: `);
  } catch (e) {
    if (e instanceof ReturnSig) return e.status;
    throw e;
  } finally {
    await runReturnTrap(ctx);
    sh.sourceDepth--;
    sh.srcName = saved.srcName;
    sh.lineno = saved.lineno;
    if (args.length) sh.positional = saved.positional;
  }
}

/** `./script.sh ARGS`: a file of the Vfs run by a child bash, as bash runs a script without `#!`. */
export function runScriptFile(ctx: Ctx, argv: string[], env: Map<string, string>): Promise<number> {
  const sh = ctx.sh;
  const path = argv[0]!;
  const st = sh.fs.stat(sh.fs.resolve(sh.cwd, path), sh.net);
  if (st !== 'file') {
    builtinError(ctx, path, st === 'dir' ? 'Is a directory' : 'No such file or directory');
    return Promise.resolve(st === 'dir' ? 126 : 127);
  }
  return runCommandFn(shellCommand, ['bash', ...argv], spawnOpts(ctx, env));
}

interface Invocation {
  mode: 'c' | 'file' | 'stdin';
  script?: string;
  name: string;
  positional: string[];
  flags: string;
}

/** bash [-exu] [-o opt] [-c SCRIPT [ARG0 [ARGS]] | FILE [ARGS] | -s [ARGS]] */
function parseInvocation(argv: string[]): Invocation | string {
  const inv: Invocation = { mode: 'stdin', name: argv[0] ?? 'bash', positional: [], flags: '' };
  let c = false;
  let s = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (a === '-o' || a === '+o') {
      if (a === '-o' && argv[i + 1] === 'pipefail') inv.flags += 'P';
      i++;
    } else if (/^--[a-z-]+$/.test(a)) continue;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      c ||= a.includes('c');
      s ||= a.includes('s');
      inv.flags += a.slice(1);
    } else break;
  }
  const rest = argv.slice(i);
  if (c) {
    if (!rest.length) return '-c: option requires an argument';
    return { ...inv, mode: 'c', script: rest[0], name: rest[1] ?? inv.name, positional: rest.slice(2) };
  }
  if (!s && rest.length) return { ...inv, mode: 'file', name: rest[0]!, positional: rest.slice(1) };
  return { ...inv, positional: rest };
}

function applyFlags(sh: Shell, flags: string): void {
  const o = sh.opts;
  o.errexit ||= flags.includes('e');
  o.xtrace ||= flags.includes('x');
  o.nounset ||= flags.includes('u');
  o.noglob ||= flags.includes('f');
  o.noclobber ||= flags.includes('C');
  o.pipefail ||= flags.includes('P');
}

/** The `sh` and `bash` commands: a child shell with its own variables and functions. */
export const shellCommand: CommandFn = async (p) => {
  const inv = parseInvocation(p.argv);
  if (typeof inv === 'string') {
    p.stderr.write(`${p.argv[0]}: ${inv}\n`);
    return 2;
  }
  let src = inv.script ?? '';
  const dash = (p.argv[0] ?? '').replace(/.*\//, '') === 'sh';
  if (inv.mode === 'file') {
    const r = vfsRead(p.fs, p.fs.resolve(p.cwd, inv.name), p.net);
    if (!r.ok && dash) {
      // dash main.c: the script is opened before any line is read
      p.stderr.write(`${p.argv[0]}: 0: ${dashRedirError(inv.name, r.err, false)}\n`);
      return 2;
    }
    if (!r.ok) {
      p.stderr.write(`${p.argv[0]}: ${inv.name}: ${errnoText[r.err]}\n`);
      return r.err === 'ENOENT' ? 127 : 126;
    }
    src = r.text;
  } else if (inv.mode === 'stdin') src = await p.stdin.readAll();
  const own = entryOf(p);
  const entry = own ?? procTable(p.lab).spawn();
  entry.net ??= p.net;
  const sh = new Shell({ lab: p.lab, fs: p.fs, net: p.net, cwd: p.cwd, env: p.env, entry, name: inv.name, positional: inv.positional, dash });
  applyFlags(sh, inv.flags);
  if (inv.mode !== 'stdin') sh.topSource = inv.mode === 'file' ? inv.name : 'environment';
  // -c runs with startup_state 2: notify_of_job_status() forgets every job that ended
  if (inv.mode === 'c') sh.jobs.keepExited = false;
  const links = entry.stdio.map((f) => f?.link);
  const ctx: Ctx = { sh, io: IO.std(p.stdin, p.stdout, p.stderr, links), noErrexit: false, proc: sh.entry };
  const prefix: LinePrefix = dash
    ? (l) => `${inv.name}: ${l}: `
    : inv.mode === 'c' ? (l) => `${inv.name}: -c: line ${l}: ` : (l) => `${inv.name}: line ${l}: `;
  let status = await runTop(ctx, src, prefix);
  // shell.c run_one_command(): a FORCE_EOF jump out of a -c string is status 127
  if (inv.mode === 'c' && !dash && sh.forcedEof) status = 127;
  // A Proc not made by the shell's spawner: its process entry ends here.
  if (!own) sh.entry.finish(status);
  return status;
};

/** `Proc.exec` of a shell builtin (`ip netns exec NS kill 5`): a one-off shell runs it. */
function builtinProcess(argv: string[], o: SpawnOpts): Promise<number> | null {
  const b = BUILTINS.get(argv[0] ?? '');
  if (!b) return null;
  const entry = procTable(o.lab).spawn(o.parent, o.io.fds);
  entry.net = o.net;
  const sh = new Shell({ lab: o.lab, fs: o.fs, net: o.net, cwd: o.cwd, env: envOf(o.env), entry, name: 'bash', positional: [] });
  const ctx: Ctx = { sh, io: o.io, noErrexit: false, proc: entry };
  o.io.retain();
  void entry.exited.then(() => o.io.release());
  return entry.run(() => guard(ctx, () => b(ctx, argv)));
}

/** Register `sh` and `bash` in the lab's command table, so any command can `exec(['sh', '-c', ...])`. */
export function installShell(lab: Lab): void {
  lab.commands.set('sh', shellCommand);
  lab.commands.set('bash', shellCommand);
  setExecFallback(builtinProcess);
}
