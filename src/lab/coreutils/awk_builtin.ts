/**
 * awk's built-in functions (mawk 1.3.4's bi_funct.c): string functions on
 * the lab's POSIX EREs (leftmost-longest), arithmetic on doubles, and
 * system()/close() through the lab's shell.
 */
import type { Expr } from './awk_parse.js';
import { type Interp, AwkRuntimeError } from './awk_interp.js';
import { UNINIT, type Value, fromInput, sprintf, toNum } from './awk_value.js';
import { byteLength } from '../bytes.js';

/** sub/gsub's replacement: & is the match, \& a literal &, \\ a backslash. */
function replacement(repl: string, matched: string): string {
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const ch = repl[i]!;
    if (ch === '\\' && (repl[i + 1] === '&' || repl[i + 1] === '\\')) {
      out += repl[++i];
    } else if (ch === '&') out += matched;
    else out += ch;
  }
  return out;
}

async function substitute(it: Interp, args: Expr[], global: boolean): Promise<Value> {
  if (args.length < 2 || args.length > 3) throw new AwkRuntimeError('wrong number of arguments');
  const re = await it.regexOf(args[0]!);
  const repl = it.str(await it.eval(args[1]!));
  const target: Expr = args[2] ?? { t: 'field', e: { t: 'num', v: 0 } };
  const s = it.str(await it.eval(target));
  let out = '';
  let from = 0;
  let count = 0;
  let lastEnd = -1;
  while (from <= s.length) {
    const m = re.exec(s, from);
    if (m === null) break;
    // no empty match right where a match ended ("abc" with /b*/ is XaXcX)
    if (m[0] === '' && m.index === lastEnd) {
      if (m.index >= s.length) break;
      out += s.slice(from, m.index + 1);
      from = m.index + 1;
      continue;
    }
    lastEnd = m.index + m[0].length;
    out += s.slice(from, m.index) + replacement(repl, m[0]);
    count++;
    if (m[0] === '') {
      if (m.index < s.length) out += s[m.index];
      from = m.index + 1;
    } else from = m.index + m[0].length;
    if (!global) break;
  }
  if (count === 0) return 0;
  if (from <= s.length) out += s.slice(from);
  await it.store(target, out);
  return count;
}

const MATH: Record<string, (x: number) => number> = {
  int: Math.trunc,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  sin: Math.sin,
  cos: Math.cos,
};

/** The state of rand(): a linear congruential generator seeded by srand(). */
let seed = 0;
let rstate = 1;

function rand(): number {
  rstate = (rstate * 1103515245 + 12345) % 2147483648;
  return rstate / 2147483648;
}

export async function callBuiltin(it: Interp, name: string, args: Expr[]): Promise<Value> {
  const num = async (i: number): Promise<number> => toNum(await it.eval(args[i]!));
  const str = async (i: number): Promise<string> => it.str(await it.eval(args[i]!));
  if (name in MATH) return MATH[name]!(await num(0));
  switch (name) {
    case 'length':
      // mawk counts bytes
      if (args.length === 0) return byteLength(it.str(it.getField(0)));
      if (args[0]!.t === 'var' && it.isArray(args[0]!.name)) return it.array(args[0]!.name).size;
      return byteLength(await str(0));
    case 'substr': {
      // mawk 1.3.4 20200120 truncates start and length, and a start below 1 lengthens the result by as much
      const s = await str(0);
      let b = Math.trunc(await num(1));
      let n = args.length > 2 ? Math.trunc(await num(2)) : Infinity;
      if (Number.isNaN(b)) b = 1;
      if (b < 1) {
        n -= b;
        b = 1;
      }
      return n > 0 ? s.slice(b - 1, b - 1 + Math.min(n, s.length)) : '';
    }
    case 'index':
      return (await str(0)).indexOf(await str(1)) + 1;
    case 'split': {
      const s = await str(0);
      if (args[1]!.t !== 'var') throw new AwkRuntimeError('split: second argument must be an array');
      const arr = it.array(args[1]!.name);
      const fs = args.length > 2 ? (args[2]!.t === 'ere' ? args[2]!.v : await it.eval(args[2]!)) : it.getVar('FS');
      const parts = args.length > 2 && args[2]!.t === 'ere' && typeof fs === 'string' && fs.length === 1 ? it.splitFields(s, `[${fs}]`, false) : it.splitFields(s, fs, false);
      arr.clear();
      parts.forEach((p, i) => arr.set(String(i + 1), fromInput(p)));
      return parts.length;
    }
    case 'sub':
      return substitute(it, args, false);
    case 'gsub':
      return substitute(it, args, true);
    case 'match': {
      const s = await str(0);
      const m = (await it.regexOf(args[1]!)).exec(s);
      it.setVar('RSTART', m ? m.index + 1 : 0);
      it.setVar('RLENGTH', m ? m[0].length : -1);
      return m ? m.index + 1 : 0;
    }
    case 'sprintf': {
      const vals: Value[] = [];
      for (const a of args) vals.push(await it.eval(a));
      return sprintf(it.str(vals[0] ?? ''), vals.slice(1), it.convfmt);
    }
    case 'tolower':
      return (await str(0)).replace(/[A-Z]+/g, (x) => x.toLowerCase());
    case 'toupper':
      return (await str(0)).replace(/[a-z]+/g, (x) => x.toUpperCase());
    case 'atan2':
      return Math.atan2(await num(0), await num(1));
    case 'rand':
      return rand();
    case 'srand': {
      const old = seed;
      seed = args.length > 0 ? await num(0) : 1_700_000_000 + Math.floor(it.c.p.lab.sched.clock.ns / 1e9);
      rstate = Math.trunc(seed) % 2147483648;
      return old;
    }
    case 'system': {
      it.c.flush();
      return it.c.p.exec(['sh', '-c', await str(0)]);
    }
    case 'close':
      return it.streams.close(await str(0));
    case 'fflush':
      it.c.flush();
      return 0;
  }
  return UNINIT;
}
