/**
 * find as GNU findutils 4.9 (find/parser.c, find/pred.c, find/ftsfind.c):
 * starting points, then an expression of tests, operators (! -not, -a
 * -and, -o -or, parentheses) and actions. Tests: -name -iname -path
 * -wholename -ipath -type (f d l c) -empty -perm -true -false; global options
 * -maxdepth -mindepth -depth; actions -print -print0 -prune -exec/-ok
 * (`;` and `+`). Without an action the whole expression is followed by
 * -print. Directories are read in the lab's listing order (sorted).
 * Other predicates of GNU find are refused as not implemented.
 */
import type { Cmd } from './common.js';
import { errText, isVfsError } from './common.js';
import { matchPattern } from '../shell/pattern.js';
import { S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from '../vfs.js';

/** An entry as a predicate sees it: the path printed and its file. */
interface Entry {
  /** The path as find prints it (the starting point, then `/NAME`s). */
  path: string;
  /** The absolute path in the lab's file system. */
  abs: string;
  name: string;
  depth: number;
}

type Node =
  | { t: 'and' | 'or'; l: Node; r: Node }
  | { t: 'not'; e: Node }
  | { t: 'test'; f: (e: Entry) => boolean }
  | { t: 'prune' }
  | { t: 'exec'; argv: string[]; batch: boolean };

class Usage extends Error {}

/**
 * The bits of a -perm MODE for a file and for a directory: octal, or
 * symbolic clauses as chmod's ([ugoa]*[-+=][rwxXst]* or a copy of u, g, o,
 * comma separated) applied to 0 (gnulib mode_compile(), mode_adjust()).
 */
function findPermMode(text: string): [number, number] | null {
  if (/^[0-7]+$/.test(text)) {
    const m = parseInt(text, 8);
    return m > 0o7777 ? null : [m, m];
  }
  const out: [number, number] = [0, 0];
  for (const clause of text.split(',')) {
    const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
    if (!m) return null;
    const who = m[1]!;
    let mask = 0;
    if (who === '') mask = 0o7777;
    for (const w of who) mask |= w === 'u' ? 0o4700 : w === 'g' ? 0o2070 : w === 'o' ? 0o1007 : 0o7777;
    for (const op of m[2]!.match(/[-+=][^-+=]*/g)!) {
      for (const k of [0, 1] as const) {
        let bits = 0;
        const perms = op.slice(1);
        if (/^[ugo]$/.test(perms)) {
          // a copy of another class's bits, spread to every class
          const cur = out[k];
          const src = perms === 'u' ? (cur >> 6) & 7 : perms === 'g' ? (cur >> 3) & 7 : cur & 7;
          bits = src * 0o111;
        } else {
          for (const ch of perms) {
            if (ch === 'r') bits |= 0o444;
            else if (ch === 'w') bits |= 0o222;
            else if (ch === 'x' || (ch === 'X' && k === 1)) bits |= 0o111;
            else if (ch === 's') bits |= 0o6000;
            else if (ch === 't') bits |= 0o1000;
          }
        }
        bits &= mask;
        if (op[0] === '=') out[k] = (out[k] & ~mask) | bits;
        else if (op[0] === '+') out[k] |= bits;
        else out[k] &= ~bits;
      }
    }
  }
  return out;
}

/** Predicates of GNU find this lab does not evaluate (refused, not misread). */
const UNIMPLEMENTED = new Set([
  '-amin', '-anewer', '-atime', '-cmin', '-cnewer', '-ctime', '-delete', '-execdir', '-executable', '-fls', '-fprint',
  '-fprint0', '-fprintf', '-fstype', '-gid', '-group', '-ilname', '-inum', '-iregex', '-links', '-lname', '-ls', '-mmin',
  '-mtime', '-newer', '-nogroup', '-nouser', '-okdir', '-printf', '-quit', '-readable', '-regex', '-samefile',
  '-size', '-uid', '-used', '-user', '-writable', '-xtype', '-context', '-regextype', '-xdev', '-mount', '-noleaf',
  '-follow', '-ignore_readdir_race', '-noignore_readdir_race', '-files0-from', '-newerXY', '-daystart', '-warn', '-nowarn',
]);

class Parser {
  private i = 0;
  maxdepth = Infinity;
  mindepth = 0;
  depthFirst = false;
  /** An action (-print, -exec, -prune...) was given: no implicit -print. */
  hasAction = false;
  readonly execs: { argv: string[]; batch: boolean; pending: string[] }[] = [];

  constructor(
    private readonly c: Cmd,
    private readonly args: string[],
  ) {}

  parse(): Node | null {
    if (this.i >= this.args.length) return null;
    const e = this.or();
    if (this.i < this.args.length) {
      const a = this.args[this.i]!;
      throw new Usage(a === ')' ? "invalid expression; you have too many ')'" : `paths must precede expression: \`${a}'`);
    }
    return e;
  }

  private peek(): string | undefined {
    return this.args[this.i];
  }

  private or(): Node {
    let l = this.and();
    while (this.peek() === '-o' || this.peek() === '-or') {
      this.i++;
      l = { t: 'or', l, r: this.and() };
    }
    return l;
  }

  private and(): Node {
    let l = this.unary();
    for (;;) {
      const a = this.peek();
      if (a === '-a' || a === '-and') {
        this.i++;
        l = { t: 'and', l, r: this.unary() };
      } else if (a !== undefined && a !== '-o' && a !== '-or' && a !== ')') l = { t: 'and', l, r: this.unary() };
      else return l;
    }
  }

  private unary(): Node {
    const a = this.args[this.i++];
    if (a === undefined) throw new Usage('invalid expression');
    if (a === '!' || a === '-not') return { t: 'not', e: this.unary() };
    if (a === '(') {
      const e = this.or();
      if (this.args[this.i++] !== ')') throw new Usage("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
      return e;
    }
    return this.primary(a);
  }

  private arg(name: string): string {
    const v = this.args[this.i++];
    if (v === undefined) throw new Usage(`missing argument to \`${name}'`);
    return v;
  }

  private depthArg(name: string): number {
    const v = this.arg(name);
    if (!/^\+?\d+$/.test(v)) throw new Usage(`Expected a positive decimal integer argument to ${name}, but got '${v}'`);
    return Number(v);
  }

  private primary(a: string): Node {
    const TRUE: Node = { t: 'test', f: () => true };
    switch (a) {
      case '-name':
      case '-iname': {
        const p = this.arg(a);
        const fold = a === '-iname';
        return { t: 'test', f: (e) => (fold ? matchPattern(p.toLowerCase(), e.name.toLowerCase()) : matchPattern(p, e.name)) };
      }
      case '-path':
      case '-wholename':
      case '-ipath':
      case '-iwholename': {
        const p = this.arg(a);
        const fold = a.startsWith('-i');
        return { t: 'test', f: (e) => (fold ? matchPattern(p.toLowerCase(), e.path.toLowerCase()) : matchPattern(p, e.path)) };
      }
      case '-type': {
        const v = this.arg(a);
        const kinds = v.split(',');
        const bits: Record<string, number> = { f: S_IFREG, d: S_IFDIR, l: S_IFLNK, c: S_IFCHR, b: 0o060000, p: 0o010000, s: 0o140000 };
        for (const k of kinds) if (!(k in bits)) throw new Usage(`Unknown argument to -type: ${k}`);
        return { t: 'test', f: (e) => kinds.some((k) => this.typeOf(e) === bits[k]) };
      }
      case '-empty':
        return { t: 'test', f: (e) => this.empty(e) };
      case '-perm': {
        // parse_perm(): MODE exact, -MODE all of these bits, /MODE any of them (none given: any file)
        const v = this.arg(a);
        const kind = v[0] === '-' || v[0] === '/' ? v[0] : '=';
        const text = kind === '=' ? v : v.slice(1);
        const modes = findPermMode(text);
        if (!modes) throw new Usage(`invalid mode '${v}'`);
        return {
          t: 'test',
          f: (e) => {
            const want = modes[this.typeOf(e) === S_IFDIR ? 1 : 0];
            const have = (this.c.p.fs.meta?.(e.abs, this.c.p.net)?.mode ?? 0) & 0o7777;
            if (kind === '-') return (have & want) === want;
            if (kind === '/') return want === 0 || (have & want) !== 0;
            return have === want;
          },
        };
      }
      case '-true':
        return TRUE;
      case '-false':
        return { t: 'test', f: () => false };
      case '-maxdepth':
        this.maxdepth = this.depthArg(a);
        return TRUE;
      case '-mindepth':
        this.mindepth = this.depthArg(a);
        return TRUE;
      case '-depth':
      case '-d':
        this.depthFirst = true;
        return TRUE;
      case '-print':
      case '-print0': {
        this.hasAction = true;
        const end = a === '-print' ? '\n' : '\0';
        return { t: 'test', f: (e) => (this.c.out(e.path + end), true) };
      }
      case '-prune':
        this.hasAction = true;
        return { t: 'prune' };
      case '-exec':
      case '-ok': {
        if (a === '-ok') throw new Usage('-ok: not implemented in this lab');
        this.hasAction = true;
        const argv: string[] = [];
        for (;;) {
          const w = this.args[this.i++];
          if (w === undefined) throw new Usage(`missing argument to \`${a}'`);
          if (w === ';') return { t: 'exec', argv, batch: false };
          if (w === '+' && argv[argv.length - 1] === '{}') return { t: 'exec', argv: argv.slice(0, -1), batch: true };
          argv.push(w);
        }
      }
      default:
        if (UNIMPLEMENTED.has(a) || /^-newer..$/.test(a)) throw new Usage(`${a}: not implemented in this lab`);
        if (a.startsWith('-')) throw new Usage(`unknown predicate \`${a}'`);
        throw new Usage(`paths must precede expression: \`${a}'`);
    }
  }

  typeOf(e: Entry): number {
    const m = this.c.p.fs.meta?.(e.abs, this.c.p.net);
    if (m) return m.mode & S_IFMT;
    return this.c.p.fs.stat(e.abs, this.c.p.net) === 'dir' ? S_IFDIR : S_IFREG;
  }

  private empty(e: Entry): boolean {
    const fs = this.c.p.fs;
    if (fs.stat(e.abs, this.c.p.net) === 'dir') {
      const l = fs.list(e.abs, this.c.p.net);
      return !isVfsError(l) && l.length === 0;
    }
    return (fs.meta?.(e.abs, this.c.p.net)?.size ?? 0) === 0;
  }
}

/** What one entry's evaluation decided: the expression's value and whether -prune stops the descent. */
interface Verdict {
  pruned: boolean;
}

export async function find(c: Cmd): Promise<number> {
  const argv = c.p.argv.slice(1);
  let i = 0;
  // -H, -L, -P, -D, -O: the lab has no symbolic links to follow
  while (i < argv.length && /^-[HLP]+$/.test(argv[i]!)) i++;
  const starts: string[] = [];
  while (i < argv.length && !(argv[i]!.startsWith('-') && argv[i] !== '-') && argv[i] !== '(' && argv[i] !== '!') starts.push(argv[i++]!);
  const p = new Parser(c, argv.slice(i));
  let expr: Node | null;
  try {
    expr = p.parse();
  } catch (e) {
    if (!(e instanceof Usage)) throw e;
    c.error(e.message);
    return 1;
  }
  if (!p.hasAction) {
    const print: Node = { t: 'test', f: (e) => (c.out(e.path + '\n'), true) };
    expr = expr ? { t: 'and', l: expr, r: print } : print;
  }
  let status = 0;
  const batches = new Map<Node, string[]>();
  const run = async (n: Node, e: Entry, v: Verdict): Promise<boolean> => {
    switch (n.t) {
      case 'and':
        return (await run(n.l, e, v)) && run(n.r, e, v);
      case 'or':
        return (await run(n.l, e, v)) || run(n.r, e, v);
      case 'not':
        return !(await run(n.e, e, v));
      case 'test':
        return n.f(e);
      case 'prune':
        // -depth makes -prune useless (pred_prune(): the directory was already descended)
        if (!p.depthFirst) v.pruned = true;
        return true;
      case 'exec': {
        if (n.batch) {
          let list = batches.get(n);
          if (!list) batches.set(n, (list = []));
          list.push(e.path);
          return true;
        }
        c.flush();
        const st = await c.p.exec(n.argv.map((w) => w.split('{}').join(e.path)));
        return st === 0;
      }
    }
  };
  const visit = async (e: Entry): Promise<void> => {
    const fs = c.p.fs;
    const isDir = fs.stat(e.abs, c.p.net) === 'dir';
    const v: Verdict = { pruned: false };
    const here = e.depth >= p.mindepth && e.depth <= p.maxdepth;
    if (here && !p.depthFirst) await run(expr!, e, v);
    if (isDir && !v.pruned && e.depth < p.maxdepth) {
      const names = fs.list(e.abs, c.p.net);
      if (isVfsError(names)) {
        c.error(`'${e.path}': ${errText(names)}`);
        status = 1;
      } else {
        for (const name of names) {
          const path = e.path.endsWith('/') ? e.path + name : `${e.path}/${name}`;
          const abs = e.abs === '/' ? `/${name}` : `${e.abs}/${name}`;
          await visit({ path, abs, name, depth: e.depth + 1 });
        }
      }
    }
    if (here && p.depthFirst) await run(expr!, e, v);
  };
  for (const start of starts.length ? starts : ['.']) {
    const abs = c.path(start);
    if (c.p.fs.stat(abs, c.p.net) === null) {
      c.error(`'${start}': No such file or directory`);
      status = 1;
      continue;
    }
    const base = start.replace(/\/+$/, '');
    await visit({ path: start, abs, name: base === '' ? '/' : base.slice(base.lastIndexOf('/') + 1), depth: 0 });
  }
  // -exec ... {} +: the names collected, in one run (findutils builds lists of at most ARG_MAX)
  for (const [n, list] of batches) {
    if (n.t !== 'exec' || list.length === 0) continue;
    c.flush();
    if ((await c.p.exec([...n.argv, ...list])) !== 0) status = 1;
  }
  return status;
}
