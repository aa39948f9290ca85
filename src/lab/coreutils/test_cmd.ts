/**
 * test and [ as coreutils 9.1 evaluates them (src/test.c): POSIX's rules by
 * argument count up to four, then the recursive -o/-a/!/( ) grammar; status
 * 0 true, 1 false, 2 with a diagnostic on a syntax error. File tests ask the
 * Vfs: files have no modes, owners or times, so -r -w -O -G hold for any
 * existing path, -x for directories, and -nt -ot only when one side is missing.
 */
import { type Cmd, isVfsError } from './common.js';
import { S_IFCHR, S_IFLNK, S_IFMT, type VfsError } from '../vfs.js';
import { quote } from './quote.js';

class SyntaxError2 extends Error {}

/** What the file tests ask: the Vfs through a command's (or a shell's) cwd. */
export interface FileProbe {
  stat(file: string): 'file' | 'dir' | null;
  readFile(file: string): string | VfsError;
  path(file: string): string;
  /** Whether a file's own permission() refuses reading or writing it (a read-only or write-only sysctl). */
  refuses(file: string, write: boolean): boolean;
  /** lstat(2)'s st_mode, null when the name does not exist. */
  lmode(file: string): number | null;
}

/** `A -nt B`, `A -ot B`, `A -ef B`: files have no times, so -nt holds when only A exists, -ot when only B does. */
export function fileCompare(c: FileProbe, op: string, a: string, b: string): boolean {
  const ea = c.stat(a) !== null;
  const eb = c.stat(b) !== null;
  if (op === '-nt') return ea && !eb;
  if (op === '-ot') return eb && !ea;
  return ea && eb && c.path(a) === c.path(b);
}

/** A unary file test by its letter (`e` for -e): the lab's files have no modes or owners, root may read and write any. */
export function fileTest(c: FileProbe, op: string, file: string): boolean {
  const kind = c.stat(file);
  switch (op) {
    case 'a':
    case 'e':
    case 'O':
    case 'G':
      return kind !== null;
    case 'r':
    case 'w':
      // access(2) as root: only a file's own permission() refuses
      return kind !== null && !c.refuses(file, op === 'w');
    case 'f':
      // S_ISREG: the null device is a file to the lab's stat(), a character device to lstat().
      return kind === 'file' && ((c.lmode(file) ?? 0) & S_IFMT) !== S_IFCHR;
    case 'd':
    case 'x':
      return kind === 'dir';
    case 'c':
      // stat(2): a link is followed (the lab's links lead to directories), S_ISCHR of a device node.
      return kind === 'file' && ((c.lmode(file) ?? 0) & S_IFMT) === S_IFCHR;
    case 'h':
    case 'L':
      return ((c.lmode(file) ?? 0) & S_IFMT) === S_IFLNK;
    case 's': {
      if (kind !== 'file') return kind === 'dir';
      // procfs files report st_size 0 (seq_file: the size is unknown until read)
      if (c.path(file).startsWith('/proc/')) return false;
      const data = c.readFile(file);
      return !isVfsError(data) && data.length > 0;
    }
    default:
      return false;
  }
}

const BINOPS = new Set(['=', '!=', '==', '-nt', '-ot', '-ef', '-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

class TestEval {
  pos = 0;
  private readonly probe: FileProbe;
  constructor(
    c: Cmd,
    private readonly argv: string[],
  ) {
    this.probe = {
      // stat("") is ENOENT: an empty name is no file.
      stat: (f) => (f === '' ? null : c.stat(f)),
      readFile: (f) => c.readFile(f),
      path: (f) => c.path(f),
      refuses: (f, w) => !!c.p.fs.permission?.(c.path(f), c.p.net, w),
      lmode: (f) => (f === '' ? null : c.p.fs.meta?.(c.path(f), c.p.net)?.mode ?? null),
    };
  }

  private get argc(): number {
    return this.argv.length;
  }

  private arg(i: number): string {
    return this.argv[i] ?? '';
  }

  fail(msg: string): never {
    throw new SyntaxError2(msg);
  }

  private beyond(): never {
    this.fail(`missing argument after ${quote(this.arg(this.argc - 1))}`);
  }

  private advance(check: boolean): void {
    this.pos++;
    if (check && this.pos >= this.argc) this.beyond();
  }

  private unaryAdvance(): string {
    this.advance(true);
    return this.arg(this.pos++);
  }

  /** The number an integer operand stands for, or a syntax error. */
  private findInt(s: string): bigint {
    const m = /^[ \t]*([+-]?\d+)[ \t]*$/.exec(s);
    if (!m) this.fail(`invalid integer ${quote(s)}`);
    return BigInt(m[1]!);
  }

  private binary(lIsL: boolean): boolean {
    if (lIsL) this.advance(false);
    const op = this.pos + 1;
    let rIsL = false;
    if (op < this.argc - 2 && this.arg(op + 1) === '-l') {
      rIsL = true;
      this.advance(false);
    }
    const o = this.arg(op);
    const left = this.arg(op - 1);
    const right = this.arg(rIsL ? op + 2 : op + 1);
    this.pos += 3;
    if (/^-(eq|ne|lt|le|gt|ge)$/.test(o)) {
      const l = lIsL ? BigInt(left.length) : this.findInt(left);
      const r = rIsL ? BigInt(right.length) : this.findInt(right);
      return { '-eq': l === r, '-ne': l !== r, '-lt': l < r, '-le': l <= r, '-gt': l > r, '-ge': l >= r }[o]!;
    }
    if (o === '-nt' || o === '-ot' || o === '-ef') {
      if (lIsL || rIsL) this.fail(`${o} does not accept -l`);
      return this.fileCompare(o, left, right);
    }
    return o === '!=' ? left !== right : left === right;
  }

  private fileCompare(op: string, a: string, b: string): boolean {
    return fileCompare(this.probe, op, a, b);
  }

  private fileTest(op: string, file: string): boolean {
    return fileTest(this.probe, op, file);
  }

  unary(): boolean {
    const op = this.arg(this.pos)[1]!;
    if (op === 'n') return this.unaryAdvance() !== '';
    if (op === 'z') return this.unaryAdvance() === '';
    if (op === 't') {
      this.findInt(this.unaryAdvance());
      return false;
    }
    if (!'erwxOGfdsScbphLugkN'.includes(op)) this.fail(`${quote(this.arg(this.pos))}: unary operator expected`);
    return this.fileTest(op, this.unaryAdvance());
  }

  private term(): boolean {
    let negated = false;
    while (this.pos < this.argc && this.arg(this.pos) === '!') {
      this.advance(true);
      negated = !negated;
    }
    if (this.pos >= this.argc) this.beyond();
    let value: boolean;
    const a = this.arg(this.pos);
    if (a === '(') value = this.paren();
    else if (this.argc - this.pos >= 4 && a === '-l' && BINOPS.has(this.arg(this.pos + 2))) value = this.binary(true);
    else if (this.argc - this.pos >= 3 && BINOPS.has(this.arg(this.pos + 1))) value = this.binary(false);
    else if (a.length === 2 && a[0] === '-') value = this.unary();
    else {
      value = a !== '';
      this.advance(false);
    }
    return negated !== value;
  }

  private paren(): boolean {
    this.advance(true);
    let nargs = 1;
    for (; this.pos + nargs < this.argc && this.arg(this.pos + nargs) !== ')'; nargs++) {
      if (nargs === 4) {
        nargs = this.argc - this.pos;
        break;
      }
    }
    const value = this.posix(nargs);
    if (this.pos >= this.argc) this.fail(`${quote(')')} expected`);
    if (this.arg(this.pos) !== ')') this.fail(`${quote(')')} expected, found ${quote(this.arg(this.pos))}`);
    this.advance(false);
    return value;
  }

  private and(): boolean {
    let value = true;
    for (;;) {
      value = this.term() && value;
      if (!(this.pos < this.argc && this.arg(this.pos) === '-a')) return value;
      this.advance(false);
    }
  }

  private or(): boolean {
    let value = false;
    for (;;) {
      value = this.and() || value;
      if (!(this.pos < this.argc && this.arg(this.pos) === '-o')) return value;
      this.advance(false);
    }
  }

  expr(): boolean {
    if (this.pos >= this.argc) this.beyond();
    return this.or();
  }

  private one(): boolean {
    return this.arg(this.pos++) !== '';
  }

  private two(): boolean {
    const a = this.arg(this.pos);
    if (a === '!') {
      this.advance(false);
      return !this.one();
    }
    if (a.length === 2 && a[0] === '-') return this.unary();
    this.beyond();
  }

  private three(): boolean {
    const a = this.arg(this.pos);
    const b = this.arg(this.pos + 1);
    if (BINOPS.has(b)) return this.binary(false);
    if (a === '!') {
      this.advance(true);
      return !this.two();
    }
    if (a === '(' && this.arg(this.pos + 2) === ')') {
      this.advance(false);
      const v = this.one();
      this.advance(false);
      return v;
    }
    if (b === '-a' || b === '-o') return this.expr();
    this.fail(`${quote(b)}: binary operator expected`);
  }

  posix(nargs: number): boolean {
    switch (nargs) {
      case 1:
        return this.one();
      case 2:
        return this.two();
      case 3:
        return this.three();
      case 4:
        if (this.arg(this.pos) === '!') {
          this.advance(true);
          return !this.three();
        }
        if (this.arg(this.pos) === '(' && this.arg(this.pos + 3) === ')') {
          this.advance(false);
          const v = this.two();
          this.advance(false);
          return v;
        }
        return this.expr();
      default:
        return this.expr();
    }
  }
}

async function evaluate(c: Cmd, args: string[]): Promise<number> {
  if (args.length === 0) return 1;
  const t = new TestEval(c, args);
  try {
    const value = t.posix(args.length);
    if (t.pos !== args.length) t.fail(`extra argument ${quote(args[t.pos]!)}`);
    return value ? 0 : 1;
  } catch (e) {
    if (!(e instanceof SyntaxError2)) throw e;
    c.error(e.message);
    return 2;
  }
}

export function test(c: Cmd): Promise<number> {
  return evaluate(c, c.args);
}

/** `[ ... ]`: the last argument must be `]`. */
export function bracket(c: Cmd): Promise<number> {
  const args = c.args;
  if (args.length === 0 || args[args.length - 1] !== ']') {
    c.error(`missing ${quote(']')}`);
    return Promise.resolve(2);
  }
  return evaluate(c, args.slice(0, -1));
}
