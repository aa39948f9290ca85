/**
 * Compound commands (bash(1) "Compound Commands"): { }, ( ), if, while,
 * until, for, for ((;;)), case, (( )), [[ ]], with their redirections.
 */
import { xtraceLine } from './simple.js';
import type { ArithCmd, Case, CondCmd, CondExpr, For, ForArith, If, Loop, Node, Redir, Seq, Word } from './ast.js';
import type { Ctx } from './io.js';
import { arith, expandPattern, expandString, expandWords } from './expand.js';
import { matchPattern } from './pattern.js';
import { compileRegex } from '../coreutils/regex.js';
import { BreakSig, ContinueSig, DiscardSig, ExitSig, FatalError } from './state.js';
import { checkKilled, execSeq, fork, hostOf, waitAll } from './exec.js';
import { openRedirs } from './redirect.js';
import { bashUnaryTest } from './test_builtin.js';

type CompoundNode = Exclude<Node, { t: 'simple' | 'pipeline' | 'andor' | 'seq' | 'func' }>;

export async function execCompound(ctx: Ctx, node: CompoundNode): Promise<number> {
  const redirs: Redir[] = node.redirs;
  if (redirs.length === 0) return runCompound(ctx, node);
  const opened = await openRedirs(ctx, redirs, null);
  if (!opened) return 1;
  let st = 1;
  try {
    st = await runCompound({ ...ctx, io: opened.io }, node);
  } finally {
    if (opened.close()) st = 1;
  }
  return st;
}

function runCompound(ctx: Ctx, node: CompoundNode): Promise<number> {
  switch (node.t) {
    case 'brace':
      return execSeq(ctx, node.body);
    case 'subshell':
      // a process whose last work is the subshell (a pipeline element) runs it itself, as bash does (CMD_NO_FORK)
      if (ctx.execPos) return execSeq(ctx, node.body);
      return waitAll(ctx, [fork(ctx, ctx.io, (c) => execSeq(c, node.body))]).then((s) => s[0]!);
    case 'if':
      return execIf(ctx, node);
    case 'while':
      return execWhile(ctx, node);
    case 'for':
      return execFor(ctx, node);
    case 'forarith':
      return execForArith(ctx, node);
    case 'case':
      return execCase(ctx, node);
    case 'arithcmd':
      return execArith(ctx, node);
    case 'cond':
      return execCond(ctx, node);
  }
}

/** Run `fn`, turning a fatal expansion error into bash's message and the shell's exit. */
export async function fatal<T>(ctx: Ctx, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    fatalRethrow(ctx, e);
  }
}

/**
 * What fatal() does with what its work threw, for work that runs in the
 * caller's own try (no closure nor promise of its own): a FatalError
 * becomes bash's message and the shell's exit (or the command's end);
 * anything else goes on up.
 */
export function fatalRethrow(ctx: Ctx, e: unknown): never {
  if (!(e instanceof FatalError)) throw e;
  ctx.io.err.write(ctx.sh.errPrefix() + e.message + '\n');
  if (e.exits) ctx.sh.forcedEof = true;
  throw e.exits ? new ExitSig(e.status) : new DiscardSig(e.status);
}

const condCtx = (ctx: Ctx): Ctx => ({ ...ctx, noErrexit: true });

async function execIf(ctx: Ctx, node: If): Promise<number> {
  for (const c of node.clauses) {
    if ((await execSeq(condCtx(ctx), c.cond)) === 0) return execSeq(ctx, c.body);
  }
  return node.else ? execSeq(ctx, node.else) : 0;
}

/**
 * One pass of a loop body; returns false when the loop must stop. `break N`
 * and `continue N` unwind N loops, one count per level.
 */
async function loopBody(ctx: Ctx, body: Seq, set: (st: number) => void): Promise<boolean> {
  try {
    set(await execSeq(ctx, body));
    return true;
  } catch (e) {
    if (e instanceof BreakSig) {
      if (--e.n > 0) throw e;
      return false;
    }
    if (e instanceof ContinueSig) {
      if (--e.n > 0) throw e;
      return true;
    }
    throw e;
  }
}

async function inLoop(ctx: Ctx, fn: () => Promise<number>): Promise<number> {
  ctx.sh.loopDepth++;
  try {
    return await fn();
  } finally {
    ctx.sh.loopDepth--;
  }
}

function execWhile(ctx: Ctx, node: Loop): Promise<number> {
  return inLoop(ctx, async () => {
    let st = 0;
    for (;;) {
      checkKilled(ctx);
      const c = await execSeq(condCtx(ctx), node.cond);
      if ((c === 0) === node.until) return st;
      if (!(await loopBody(ctx, node.body, (s) => (st = s)))) return st;
    }
  });
}

function execFor(ctx: Ctx, node: For): Promise<number> {
  return inLoop(ctx, async () => {
    const sh = ctx.sh;
    sh.lineno = node.line;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(node.name)) {
      ctx.io.err.write(`${sh.errPrefix()}\`${node.name}': not a valid identifier\n`);
      return 1;
    }
    const items = node.words ? await fatal(ctx, () => expandWords(hostOf(ctx), node.words!)) : [...sh.positional];
    let st = 0;
    for (const v of items) {
      checkKilled(ctx);
      // bash's xtrace_print_for_command_head(): the words as written, at each pass
      if (sh.opts.xtrace && !sh.dash && node.words) xtraceLine(ctx, `for ${node.name} in ${node.words.map((w) => w.raw).join(' ')}`);
      try {
        sh.set(node.name, v);
      } catch (e) {
        fatalRethrow(ctx, e);
      }
      if (!(await loopBody(ctx, node.body, (s) => (st = s)))) break;
    }
    return st;
  });
}

/** An arithmetic command's value; `traced` also shows it as bash's xtrace_print_arith_cmd() does. */
async function arithValue(ctx: Ctx, w: Word, traced: 'cmd' | 'for' | false = false): Promise<bigint> {
  const text = await expandString(hostOf(ctx), w);
  if (traced && ctx.sh.opts.xtrace && !ctx.sh.dash) xtraceLine(ctx, `(( ${traced === 'for' ? text.trim() : text} ))`);
  return arith(ctx.sh, text);
}

function execForArith(ctx: Ctx, node: ForArith): Promise<number> {
  return inLoop(ctx, async () => {
    const sh = ctx.sh;
    let st = 0;
    sh.lineno = node.line;
    await fatal(ctx, () => arithValue(ctx, node.init, 'for'));
    for (;;) {
      checkKilled(ctx);
      // An empty condition is true (bash(1) "for (( expr1 ; expr2 ; expr3 ))").
      const go = node.cond.raw.trim() === '' || (await fatal(ctx, () => arithValue(ctx, node.cond, 'for'))) !== 0n;
      if (!go || !(await loopBody(ctx, node.body, (s) => (st = s)))) return st;
      await fatal(ctx, () => arithValue(ctx, node.step, 'for'));
    }
  });
}

/** `;;` ends, `;&` runs the next body too, `;;&` goes on testing the next patterns. */
async function execCase(ctx: Ctx, node: Case): Promise<number> {
  const host = hostOf(ctx);
  ctx.sh.lineno = node.line;
  const word = await fatal(ctx, () => expandString(host, node.word));
  if (ctx.sh.opts.xtrace && !ctx.sh.dash) xtraceLine(ctx, `case ${node.word.raw} in`);
  let st = 0;
  let fallthrough = false;
  for (const c of node.clauses) {
    if (!fallthrough && !(await matchesAny(ctx, c.patterns, word))) continue;
    st = c.body ? await execSeq(ctx, c.body) : 0;
    if (c.end === ';;') return st;
    fallthrough = c.end === ';&';
  }
  return st;
}

async function matchesAny(ctx: Ctx, patterns: Word[], word: string): Promise<boolean> {
  for (const p of patterns) {
    if (matchPattern(await fatal(ctx, () => expandPattern(hostOf(ctx), p)), word)) return true;
  }
  return false;
}

/** ((expr)): status 0 when the value is not zero; errors are not fatal here. */
async function execArith(ctx: Ctx, node: ArithCmd): Promise<number> {
  ctx.sh.lineno = node.line;
  try {
    return (await arithValue(ctx, node.expr, 'cmd')) !== 0n ? 0 : 1;
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
    ctx.io.err.write(`${ctx.sh.errPrefix()}((: ${e.message}\n`);
    return 1;
  }
}

async function execCond(ctx: Ctx, node: CondCmd): Promise<number> {
  ctx.sh.lineno = node.line;
  try {
    return (await evalCond(ctx, node.expr)) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
    ctx.io.err.write(ctx.sh.errPrefix() + e.message + '\n');
    return 2;
  }
}

async function evalCond(ctx: Ctx, e: CondExpr): Promise<boolean> {
  const str = (w: Word): Promise<string> => expandString(hostOf(ctx), w);
  switch (e.t) {
    case 'and':
      return (await evalCond(ctx, e.a)) && evalCond(ctx, e.b);
    case 'or':
      return (await evalCond(ctx, e.a)) || evalCond(ctx, e.b);
    case 'not':
      return !(await evalCond(ctx, e.a));
    case 'word':
      return (await str(e.a)) !== '';
    case 'unary': {
      const v = await str(e.a);
      if (ctx.sh.opts.xtrace) xtraceLine(ctx, `[[ ${e.op} ${v} ]]`);
      return bashUnaryTest(ctx.sh, e.op.slice(1), v);
    }
    case 'binary': {
      const a = await str(e.a);
      // bash's xtrace_print_cond_term(): each primary as it is tested
      if (ctx.sh.opts.xtrace) xtraceLine(ctx, `[[ ${a} ${e.op} ${await str(e.b)} ]]`);
      return binaryTest(ctx, e.op, a, e.b);
    }
  }
}

/** File and string tests of bash(1) "CONDITIONAL EXPRESSIONS". */
const regexEscape = (t: string): string => t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

async function binaryTest(ctx: Ctx, op: string, a: string, bw: Word): Promise<boolean> {
  const host = hostOf(ctx);
  switch (op) {
    case '==':
    case '=':
    case '!=':
      return matchPattern(await expandPattern(host, bw), a) === (op !== '!=');
    case '=~':
      return regexMatch(a, await expandPattern(host, bw, regexEscape));
    case '<':
      return a < (await expandString(host, bw));
    case '>':
      return a > (await expandString(host, bw));
  }
  const x = arith(ctx.sh, a);
  const y = arith(ctx.sh, await expandString(host, bw));
  const cmp: Record<string, boolean> = { '-eq': x === y, '-ne': x !== y, '-lt': x < y, '-le': x <= y, '-gt': x > y, '-ge': x >= y };
  return cmp[op] ?? false;
}

function regexMatch(s: string, re: string): boolean {
  try {
    return compileRegex(re, { extended: true, dialect: 'sed' }).test(s);
  } catch {
    throw new FatalError(`${re}: invalid regular expression`);
  }
}
