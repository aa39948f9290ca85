/**
 * `test` and `[` as shell builtins: bash 5.2's (test.c: POSIX's rules by
 * argument count up to four, then the recursive -o/-a/!/( ) grammar) and
 * dash 0.5.12's for `sh` (bltin/test.c: the t_lex/oexpr grammar). They
 * differ from coreutils' /usr/bin/test in their diagnostics — `bash: line
 * 3: [: x: integer expression expected`, `sh: 1: [: Illegal number: x` —
 * and in corner cases of the grammar. Status 0 true, 1 false, 2 with the
 * diagnostic. File tests ask the Vfs as coreutils' test does (test_cmd.ts).
 */
import { builtinError, type Ctx } from './io.js';
import { fileCompare, fileTest, type FileProbe } from '../coreutils/test_cmd.js';
import type { Shell } from './state.js';
import { SET_NAMES } from './names.js';

/** A diagnostic: the builtin prints it after its name and returns 2. */
class TestError {
  constructor(readonly msg: string) {}
}

function probeOf(sh: Shell): FileProbe {
  // stat("") is ENOENT: an empty name is no file (not the working directory).
  const abs = (f: string): string | null => (f === '' ? null : sh.fs.resolve(sh.cwd, f));
  return {
    path: (f) => sh.fs.resolve(sh.cwd, f),
    stat: (f) => {
      const a = abs(f);
      return a === null ? null : sh.fs.stat(a, sh.net);
    },
    readFile: (f) => sh.fs.read(sh.fs.resolve(sh.cwd, f), sh.net),
    refuses: (f, w) => !!sh.fs.permission?.(sh.fs.resolve(sh.cwd, f), sh.net, w),
    lmode: (f) => {
      const a = abs(f);
      return a === null ? null : sh.fs.meta?.(a, sh.net)?.mode ?? null;
    },
  };
}

/**
 * bash's unary_test(): -n -z, -o (a set option), -v (a set variable), -R
 * (a nameref: none in the lab), the rest file tests; `test`, `[` and
 * `[[ ]]` all come here.
 */
export function bashUnaryTest(sh: Shell, op: string, arg: string): boolean {
  switch (op) {
    case 'n':
      return arg !== '';
    case 'z':
      return arg === '';
    case 'o':
      return (SET_NAMES as readonly string[]).includes(arg) && sh.opts[arg as (typeof SET_NAMES)[number]];
    case 'v':
      return sh.get(arg) !== undefined;
    case 'R':
      return false;
    default:
      return fileTest(probeOf(sh), op, arg);
  }
}

/** bash's legal_number(): an intmax_t in decimal, blanks around it allowed. */
function legalNumber(s: string): bigint | null {
  const m = /^[ \t\n]*([+-]?\d+)[ \t\n]*$/.exec(s);
  if (!m) return null;
  const n = BigInt(m[1]!);
  return n > 0x7fffffffffffffffn || n < -0x8000000000000000n ? null : n;
}

/** bash's arithcomp(): an operand that is not a number is "integer expression expected" (bash 5.2's text). */
function bashNumber(s: string): bigint {
  const n = legalNumber(s);
  if (n === null) throw new TestError(`${s}: integer expression expected`);
  return n;
}

/** A binary operator (strings by code unit as strcmp() in the C locale, files, integers read by the shell's `num`). */
function binaryTest(sh: Shell, op: string, l: string, r: string, num: (s: string) => bigint): boolean {
  switch (op) {
    case '=':
    case '==':
      return l === r;
    case '!=':
      return l !== r;
    case '<':
      return l < r;
    case '>':
      return l > r;
    case '-nt':
    case '-ot':
    case '-ef':
      return fileCompare(probeOf(sh), op, l, r);
    default: {
      const a = num(l);
      const b = num(r);
      return { '-eq': a === b, '-ne': a !== b, '-lt': a < b, '-le': a <= b, '-gt': a > b, '-ge': a >= b }[op] ?? false;
    }
  }
}

/** bash test.c test_unop(): -a..-z, -G -L -O -S -N -R. */
function bashUnop(op: string): boolean {
  return op.length === 2 && op[0] === '-' && 'abcdefghknoprstuvwxzGLOSNR'.includes(op[1]!);
}

/** bash test.c test_binop(). */
function bashBinop(op: string): boolean {
  // Debian's bash is built without test's =~ (PATTERN_MATCHING): `[ a =~ a ]` is "=~: binary operator expected"
  return ['=', '==', '!=', '<', '>', '-nt', '-ot', '-lt', '-gt', '-eq', '-ef', '-ne', '-ge', '-le'].includes(op);
}

/** bash 5.2 test.c, over argv[0..argc) with argv[0] the command's name. */
class BashTest {
  pos = 1;
  constructor(
    private readonly sh: Shell,
    private readonly argv: readonly string[],
    private readonly argc: number,
  ) {}

  private a(i: number): string {
    return this.argv[i] ?? '';
  }

  private beyond(): never {
    throw new TestError('argument expected');
  }

  private advance(check: boolean): void {
    if (++this.pos >= this.argc && check) this.beyond();
  }

  private expr(): boolean {
    if (this.pos >= this.argc) this.beyond();
    return this.or();
  }

  private or(): boolean {
    const v = this.and();
    if (this.pos < this.argc && this.a(this.pos) === '-o') {
      this.advance(false);
      return this.or() || v;
    }
    return v;
  }

  private and(): boolean {
    const v = this.term();
    if (this.pos < this.argc && this.a(this.pos) === '-a') {
      this.advance(false);
      return this.and() && v;
    }
    return v;
  }

  private term(): boolean {
    if (this.pos >= this.argc) this.beyond();
    if (this.a(this.pos) === '!') {
      let neg = false;
      while (this.pos < this.argc && this.a(this.pos) === '!') {
        this.advance(true);
        neg = !neg;
      }
      return neg !== this.term();
    }
    if (this.a(this.pos) === '(') {
      this.advance(true);
      const v = this.expr();
      if (this.pos >= this.argc) throw new TestError("`)' expected");
      if (this.a(this.pos) !== ')') throw new TestError(`\`)' expected, found ${this.a(this.pos)}`);
      this.advance(false);
      return v;
    }
    if (this.pos + 3 <= this.argc && bashBinop(this.a(this.pos + 1))) return this.binaryOperator();
    if (this.pos + 2 <= this.argc && bashUnop(this.a(this.pos))) return this.unaryOperator();
    const v = this.a(this.pos) !== '';
    this.advance(false);
    return v;
  }

  private binaryOperator(): boolean {
    const w = this.a(this.pos + 1);
    if (!bashBinop(w)) throw new TestError(`${w}: binary operator expected`);
    const v = this.binary(w, this.a(this.pos), this.a(this.pos + 2));
    this.pos += 3;
    return v;
  }

  private unaryOperator(): boolean {
    const op = this.a(this.pos);
    if (op === '-t') {
      // -t takes its argument only when it is a number
      this.advance(false);
      if (this.pos >= this.argc) return false;
      if (legalNumber(this.a(this.pos)) === null) return false;
      this.advance(false);
      return false;
    }
    this.advance(true);
    this.pos++;
    return this.unary(op[1]!, this.a(this.pos - 1));
  }

  private unary(op: string, arg: string): boolean {
    return bashUnaryTest(this.sh, op, arg);
  }

  private binary(op: string, l: string, r: string): boolean {
    return binaryTest(this.sh, op, l, r, bashNumber);
  }

  private twoArguments(): boolean {
    const a = this.a(this.pos);
    if (a === '!') return this.a(this.pos + 1) === '';
    if (bashUnop(a)) return this.unaryOperator();
    throw new TestError(`${a}: unary operator expected`);
  }

  private threeArguments(): boolean {
    const b = this.a(this.pos + 1);
    let v: boolean;
    if (bashBinop(b)) v = this.binaryOperator();
    else if (b === '-a') v = this.a(this.pos) !== '' && this.a(this.pos + 2) !== '';
    else if (b === '-o') v = this.a(this.pos) !== '' || this.a(this.pos + 2) !== '';
    else if (this.a(this.pos) === '!') {
      this.advance(true);
      v = !this.twoArguments();
    } else if (this.a(this.pos) === '(' && this.a(this.pos + 2) === ')') v = this.a(this.pos + 1) !== '';
    else throw new TestError(`${b}: binary operator expected`);
    this.pos = this.argc;
    return v;
  }

  posixtest(): boolean {
    let v: boolean;
    switch (this.argc - 1) {
      case 0:
        v = false;
        break;
      case 1:
        v = this.a(1) !== '';
        break;
      case 2:
        v = this.twoArguments();
        break;
      case 3:
        return this.threeArguments();
      case 4:
        if (this.a(this.pos) === '!') {
          this.advance(true);
          return !this.threeArguments();
        }
        if (this.a(this.pos) === '(' && this.a(this.argc - 1) === ')') {
          this.advance(true);
          v = this.twoArguments();
          break;
        }
        return this.expr();
      default:
        return this.expr();
    }
    this.pos = this.argc;
    return v;
  }
}

/** bash's test_command(): the status of `argv` (argv[0] is `test` or `[`). */
function bashTest(sh: Shell, argv: readonly string[]): number {
  let argc = argv.length;
  if (argv[0] === '[') {
    argc--;
    if (argv[argc] !== ']') throw new TestError("missing `]'");
    if (argc < 2) return 1;
  }
  if (argc <= 1) return 1;
  const t = new BashTest(sh, argv, argc);
  const v = t.posixtest();
  if (t.pos !== argc) {
    const w = argv[t.pos] ?? '';
    throw new TestError(w.startsWith('-') ? `syntax error: \`${w}' unexpected` : 'too many arguments');
  }
  return v ? 0 : 1;
}

type DashOpType = 'unop' | 'binop' | 'bunop' | 'bbinop' | 'paren';

/** dash bltin/test.c ops[]: the operators and their kinds. */
const DASH_OPS: ReadonlyMap<string, DashOpType> = new Map([
  ...['-r', '-w', '-x', '-e', '-f', '-d', '-c', '-b', '-p', '-u', '-g', '-k', '-s', '-t', '-z', '-n', '-h', '-O', '-G', '-L', '-S'].map((o) => [o, 'unop'] as const),
  ...['=', '!=', '<', '>', '-eq', '-ne', '-ge', '-gt', '-le', '-lt', '-nt', '-ot', '-ef'].map((o) => [o, 'binop'] as const),
  ['!', 'bunop'], ['-a', 'bbinop'], ['-o', 'bbinop'], ['(', 'paren'], [')', 'paren'],
]);

/** dash's atomax10() (strtoimax, blanks around allowed): else "Illegal number". */
function dashNumber(s: string): bigint {
  const n = legalNumber(s);
  if (n === null) throw new TestError(`Illegal number: ${s}`);
  return n;
}

/** dash 0.5.12 bltin/test.c over the words w (`]` removed); `wp` is its t_wp, `op` its t_wp_op. */
class DashTest {
  wp = 0;
  private op: string | null = null;
  constructor(
    private readonly sh: Shell,
    readonly w: readonly (string | undefined)[],
  ) {}

  private syntax(op: string | null, msg: string): never {
    throw new TestError(op ? `${op}: ${msg}` : msg);
  }

  /** t_lex(): the token at i ('EOI', an operator, or 'OPERAND'); a unary operator followed by an operand and no binop is an operand. */
  lex(i: number): string {
    const s = this.w[i];
    if (s === undefined) {
      this.op = null;
      return 'EOI';
    }
    const type = DASH_OPS.get(s);
    if (type !== undefined && !(type === 'unop' && this.isOperand(i)) && !(s === '(' && this.w[i + 1] === undefined)) {
      this.op = s;
      return s;
    }
    this.op = null;
    return 'OPERAND';
  }

  private isOperand(i: number): boolean {
    const next = this.w[i + 1];
    if (next === undefined) return true;
    if (this.w[i + 2] === undefined) return false;
    return DASH_OPS.get(next) === 'binop';
  }

  oexpr(n: string): boolean {
    let res = false;
    for (;;) {
      res = this.aexpr(n) || res;
      n = this.lex(this.wp + 1);
      if (n !== '-o') return res;
      n = this.lex((this.wp += 2));
    }
  }

  private aexpr(n: string): boolean {
    let res = true;
    for (;;) {
      if (!this.nexpr(n)) res = false;
      n = this.lex(this.wp + 1);
      if (n !== '-a') return res;
      n = this.lex((this.wp += 2));
    }
  }

  private nexpr(n: string): boolean {
    if (n !== '!') return this.primary(n);
    n = this.lex(this.wp + 1);
    if (n !== 'EOI') this.wp++;
    return !this.nexpr(n);
  }

  private primary(n: string): boolean {
    if (n === 'EOI') return false;
    if (n === '(') {
      const nn = this.lex(++this.wp);
      if (nn === ')') return false;
      const res = this.oexpr(nn);
      if (this.lex(++this.wp) !== ')') this.syntax(null, 'closing paren expected');
      return res;
    }
    if (this.op !== null && DASH_OPS.get(this.op) === 'unop') {
      const op = this.op;
      const arg = this.w[++this.wp];
      if (arg === undefined) this.syntax(op, 'argument expected');
      if (op === '-z') return arg === '';
      if (op === '-n') return arg !== '';
      if (op === '-t') {
        dashNumber(arg);
        return false;
      }
      return fileTest(probeOf(this.sh), op[1]!, arg);
    }
    this.lex(this.wp + 1);
    if (this.op !== null && DASH_OPS.get(this.op) === 'binop') return this.binop();
    return (this.w[this.wp] ?? '') !== '';
  }

  private binop(): boolean {
    const l = this.w[this.wp] ?? '';
    this.lex(++this.wp);
    const op = this.op!;
    const r = this.w[++this.wp];
    if (r === undefined) this.syntax(op, 'argument expected');
    return binaryTest(this.sh, op, l, r, dashNumber);
  }
}

/** dash's testcmd(): the status of `argv` (argv[0] is `test` or `[`). */
function dashTest(sh: Shell, argv: readonly string[]): number {
  let w: (string | undefined)[] = argv.slice(1);
  if (argv[0] === '[') {
    if (w[w.length - 1] !== ']') throw new TestError('missing ]');
    w = w.slice(0, -1);
  }
  let res = 1;
  // POSIX's rules by argument count; `!` rechecks the rest
  for (;;) {
    if (w.length < 1) return res;
    if (w.length === 3 && DASH_OPS.get(w[1]!) === 'binop') return evalDash(new DashTest(sh, w), 'OPERAND', res);
    if ((w.length === 3 || w.length === 4) && w[0] === '(' && w[w.length - 1] === ')') w = w.slice(1, -1);
    else if ((w.length === 3 || w.length === 4) && w[0] === '!') {
      res = 0;
      w = w.slice(1);
      continue;
    }
    const d = new DashTest(sh, w);
    return evalDash(d, d.lex(0), res);
  }
}

function evalDash(t: DashTest, n: string, res: number): number {
  t.wp = 0;
  const v = t.oexpr(n) ? 1 : 0;
  if (t.w[t.wp] !== undefined && t.w[t.wp + 1] !== undefined) throw new TestError(`${t.w[t.wp]}: unexpected operator`);
  return res ^ v;
}

/** The `test` and `[` builtins of the shell running (bash's, or dash's for `sh`). */
export async function testBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  try {
    return ctx.sh.dash ? dashTest(ctx.sh, argv) : bashTest(ctx.sh, argv);
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    return builtinError(ctx, argv[0]!, e.msg, 2);
  }
}
