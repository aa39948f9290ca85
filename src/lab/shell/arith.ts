/**
 * Shell arithmetic (bash(1) "ARITHMETIC EVALUATION"): C's operators on
 * 64-bit signed integers that wrap, variables evaluated recursively as
 * expressions, `&&` `||` `?:` short-circuit. Parsed trees are cached by text.
 */

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

/** bash's message: `EXPR: MSG (error token is "TOK")`, printed after `NAME: line N: `. */
export class ArithError extends Error {}

type Ast =
  | { k: 'num'; v: bigint }
  | { k: 'var'; name: string }
  | { k: 'unary'; op: string; a: Ast }
  /** at: where the right operand starts; after: bash's lasttp once it is read (the next token, or the last one at the end). */
  | { k: 'bin'; op: string; a: Ast; b: Ast; at: number; after: number }
  | { k: 'assign'; op: string; name: string; b: Ast; after: number }
  | { k: 'incr'; op: '++' | '--'; prefix: boolean; name: string }
  | { k: 'cond'; c: Ast; a: Ast; b: Ast };

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

/** Binary operators by precedence level, lowest first (C, as bash uses them). */
const LEVELS: string[][] = [
  ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<=', '>=', '<', '>'], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
];
const ASSIGN_OPS = ['<<=', '>>=', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '='];
const TOKEN_RE = /\s*(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|<<=|>>=|\*\*|\+\+|--|&&|\|\||<<|>>|<=|>=|==|!=|[-+*/%&|^]=|[-+*/%<>=!~&|^?:,()])/y;

interface Tok {
  v: string;
  pos: number;
}

class ArithParser {
  private toks: Tok[] = [];
  private i = 0;

  constructor(private readonly text: string) {
    this.tokenize();
  }

  private tokenize(): void {
    const re = TOKEN_RE;
    re.lastIndex = 0;
    let pos = 0;
    while (pos < this.text.length) {
      if (/^\s*$/.test(this.text.slice(pos))) break;
      re.lastIndex = pos;
      const m = re.exec(this.text);
      if (!m) {
        // readtok() takes the character as an operator: where an operand belongs, that is what is missing
        const last = this.toks[this.toks.length - 1]?.v;
        const operand = last === undefined || !/^[\w)]/.test(last);
        const rest = this.text.slice(pos).trimStart();
        throw this.fail(operand ? 'syntax error: operand expected' : 'syntax error: invalid arithmetic operator', rest);
      }
      this.toks.push({ v: m[1]!, pos: m.index + m[0].length - m[1]!.length });
      pos = re.lastIndex;
    }
  }

  fail(msg: string, token: string): ArithError {
    return new ArithError(`${this.text.trimStart()}: ${msg} (error token is "${token}")`);
  }

  private rest(): string {
    const t = this.toks[this.i];
    return t ? this.text.slice(t.pos) : '';
  }

  private peek(): string | undefined {
    return this.toks[this.i]?.v;
  }

  private eat(v: string): boolean {
    if (this.peek() !== v) return false;
    this.i++;
    return true;
  }

  parse(): Ast | null {
    if (this.toks.length === 0) return null;
    const e = this.comma();
    if (this.i < this.toks.length) {
      const what = ASSIGN_OPS.includes(this.peek()!) ? 'attempted assignment to non-variable' : 'syntax error in expression';
      throw this.fail(what, this.rest());
    }
    return e;
  }

  private comma(): Ast {
    let a = this.assign();
    while (this.eat(',')) a = this.bin(',', a, () => this.assign());
    return a;
  }

  private assign(): Ast {
    const t = this.toks[this.i];
    const op = this.toks[this.i + 1]?.v;
    if (t && /^[A-Za-z_]/.test(t.v) && op && ASSIGN_OPS.includes(op)) {
      this.i += 2;
      const b = this.assign();
      return { k: 'assign', op, name: t.v, b, after: this.lastTp() };
    }
    return this.ternary();
  }

  private ternary(): Ast {
    const c = this.binary(0);
    if (!this.eat('?')) return c;
    const a = this.comma();
    if (!this.eat(':')) throw this.fail("`:' expected for conditional expression", this.rest());
    return { k: 'cond', c, a, b: this.ternary() };
  }

  private binary(level: number): Ast {
    const ops = LEVELS[level];
    if (!ops) return this.power();
    let a = this.binary(level + 1);
    for (let op = this.peek(); op !== undefined && ops.includes(op); op = this.peek()) {
      this.i++;
      a = this.bin(op, a, () => this.binary(level + 1));
    }
    return a;
  }

  /** `**` is right-associative and binds tighter than `*`, looser than unary minus. */
  private power(): Ast {
    const a = this.unary();
    if (!this.eat('**')) return a;
    return this.bin('**', a, () => this.power());
  }

  /** A binary node, with the positions its errors quote. */
  private bin(op: string, a: Ast, rhs: () => Ast): Ast {
    const at = this.toks[this.i]?.pos ?? this.text.length;
    const b = rhs();
    return { k: 'bin', op, a, b, at, after: this.lastTp() };
  }

  /** bash's lasttp: the token after what was read, or the last one at the end. */
  private lastTp(): number {
    return (this.toks[this.i] ?? this.toks[this.toks.length - 1])?.pos ?? this.text.length;
  }

  private unary(): Ast {
    const t = this.peek();
    if (t === '++' || t === '--') {
      this.i++;
      const name = this.peek();
      if (!name || !/^[A-Za-z_]/.test(name)) throw this.fail('syntax error: operand expected', this.rest());
      this.i++;
      return { k: 'incr', op: t, prefix: true, name };
    }
    if (t === '-' || t === '+' || t === '!' || t === '~') {
      this.i++;
      return { k: 'unary', op: t, a: this.unary() };
    }
    return this.postfix();
  }

  private postfix(): Ast {
    const t = this.toks[this.i];
    if (!t) throw this.fail('syntax error: operand expected', this.lastToken());
    this.i++;
    if (t.v === '(') {
      const e = this.comma();
      if (!this.eat(')')) throw this.fail("missing `)'", this.rest());
      return e;
    }
    if (/^[A-Za-z_]/.test(t.v)) {
      const op = this.peek();
      if (op === '++' || op === '--') {
        this.i++;
        return { k: 'incr', op, prefix: false, name: t.v };
      }
      return { k: 'var', name: t.v };
    }
    if (/^[0-9]/.test(t.v)) return { k: 'num', v: this.number(t) };
    this.i--;
    throw this.fail('syntax error: operand expected', this.rest());
  }

  /** The text from the last token on: what an expression that ends too early quotes. */
  private lastToken(): string {
    const t = this.toks[this.toks.length - 1];
    return t ? this.text.slice(t.pos) : '';
  }

  /**
   * Decimal, 0x hex, 0 octal, BASE#digits (bash(1): digits 0-9 a-z A-Z @ _).
   * strlong()'s errors show the expression only up to the number (readtok
   * cuts the string there while it converts it).
   */
  number(t: Tok): bigint {
    const s = t.v;
    const hash = s.indexOf('#');
    const base = hash >= 0 ? Number(s.slice(0, hash)) : 10;
    const r = parseNumber(s);
    if (r !== null) return r;
    const upTo = this.text.slice(0, t.pos + s.length).trimStart();
    const msg = base < 2 || base > 64 ? 'invalid arithmetic base' : 'value too great for base';
    throw new ArithError(`${upTo}: ${msg} (error token is "${s}")`);
  }
}

function parseNumber(s: string): bigint | null {
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) return wrap(BigInt(s));
  const hash = s.indexOf('#');
  const base = hash >= 0 ? Number(s.slice(0, hash)) : /^0[0-9]/.test(s) ? 8 : 10;
  const digits = hash >= 0 ? s.slice(hash + 1) : s;
  if (base < 2 || base > 64) return null;
  let v = 0n;
  for (const ch of digits) {
    const d = digitValue(ch, base);
    if (d < 0 || d >= base) return null;
    v = wrap(v * BigInt(base) + BigInt(d));
  }
  return v;
}

function digitValue(ch: string, base: number): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 97 + 10;
  if (c >= 65 && c <= 90) return base <= 36 ? c - 65 + 10 : c - 65 + 36;
  if (ch === '@') return 62;
  if (ch === '_') return 63;
  return -1;
}

const cache = new Map<string, Ast | null>();

function parseCached(text: string): Ast | null {
  let ast = cache.get(text);
  if (ast === undefined) {
    ast = new ArithParser(text).parse();
    if (cache.size > 2000) cache.clear();
    cache.set(text, ast);
  }
  return ast;
}

/** Evaluate `text` as bash does; throws ArithError with bash's message. */
export function arithEval(text: string, vars: ArithVars, depth = 0): bigint {
  const ast = parseCached(text);
  return ast ? new Evaluator(text, vars, depth).eval(ast) : 0n;
}

class Evaluator {
  constructor(
    private readonly text: string,
    private readonly vars: ArithVars,
    private readonly depth: number,
  ) {}

  eval(n: Ast): bigint {
    switch (n.k) {
      case 'num':
        return n.v;
      case 'var':
        return this.varValue(n.name);
      case 'unary':
        return this.unary(n.op, this.eval(n.a));
      case 'bin':
        return this.binary(n);
      case 'cond':
        return this.eval(n.c) !== 0n ? this.eval(n.a) : this.eval(n.b);
      case 'assign':
        return this.assign(n);
      case 'incr': {
        const old = this.varValue(n.name);
        const v = wrap(n.op === '++' ? old + 1n : old - 1n);
        this.vars.set(n.name, String(v));
        return n.prefix ? v : old;
      }
    }
  }

  /** A variable's value is itself an expression (bash: x=1+2; $((x*2)) is 6). */
  private varValue(name: string): bigint {
    const s = this.vars.get(name);
    if (s === undefined || s === '') return 0n;
    if (/^-?[0-9]+$/.test(s) && !/^-?0[0-9]/.test(s)) return wrap(BigInt(s));
    if (this.depth > 1000) throw new ArithError(`${s}: expression recursion level exceeded (error token is "${s}")`);
    return arithEval(s, this.vars, this.depth + 1);
  }

  private unary(op: string, v: bigint): bigint {
    if (op === '-') return wrap(-v);
    if (op === '!') return v === 0n ? 1n : 0n;
    if (op === '~') return wrap(~v);
    return v;
  }

  private assign(n: Ast & { k: 'assign' }): bigint {
    const rhs = this.eval(n.b);
    const v = n.op === '=' ? rhs : this.apply(n.op.slice(0, -1), this.varValue(n.name), rhs, n.after, n.after);
    this.vars.set(n.name, String(v));
    return v;
  }

  private binary(n: Ast & { k: 'bin' }): bigint {
    const { op, a, b } = n;
    if (op === '&&') return this.eval(a) !== 0n && this.eval(b) !== 0n ? 1n : 0n;
    if (op === '||') return this.eval(a) !== 0n || this.eval(b) !== 0n ? 1n : 0n;
    if (op === ',') {
      this.eval(a);
      return this.eval(b);
    }
    const x = this.eval(a);
    return this.apply(op, x, this.eval(b), n.at, n.after);
  }

  /**
   * x OP y. Errors quote the expression from a position on (expr.c's
   * lasttp): a division by 0 from its divisor (`divAt`), a negative
   * exponent from the token after it.
   */
  private apply(op: string, x: bigint, y: bigint, divAt: number, after: number): bigint {
    switch (op) {
      case '+': return wrap(x + y);
      case '-': return wrap(x - y);
      case '*': return wrap(x * y);
      case '/':
      case '%':
        if (y === 0n) throw this.error('division by 0', divAt);
        return wrap(op === '/' ? x / y : x % y);
      case '**':
        if (y < 0n) throw this.error('exponent less than 0', after);
        return this.power(x, y);
      case '<<': return wrap(x << (y & 63n));
      case '>>': return x >> (y & 63n);
      case '&': return x & y;
      case '|': return x | y;
      case '^': return x ^ y;
      case '==': return x === y ? 1n : 0n;
      case '!=': return x !== y ? 1n : 0n;
      case '<': return x < y ? 1n : 0n;
      case '>': return x > y ? 1n : 0n;
      case '<=': return x <= y ? 1n : 0n;
      case '>=': return x >= y ? 1n : 0n;
    }
    throw new ArithError(`${this.text.trimStart()}: syntax error: invalid arithmetic operator (error token is "${op}")`);
  }

  private error(msg: string, at: number): ArithError {
    return new ArithError(`${this.text.trimStart()}: ${msg} (error token is "${this.text.slice(at).trimStart()}")`);
  }

  private power(x: bigint, y: bigint): bigint {
    let r = 1n;
    for (let base = x, e = y; e > 0n; e >>= 1n, base = wrap(base * base)) if (e & 1n) r = wrap(r * base);
    return r;
  }
}
