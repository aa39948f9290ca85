/**
 * awk's grammar (POSIX awk, as mawk 1.3.4's parse.y builds it) into a tree:
 * precedence from `?:` (lowest) through `|| && in ~ relational
 * concatenation + * unary ^ ++ $` to grouping; an unparenthesized `>` in a
 * print's arguments is its redirection.
 */
import { AwkSyntaxError, type Tok, tokenize } from './awk_lex.js';

export type Expr =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ere'; v: string }
  | { t: 'var'; name: string }
  | { t: 'field'; e: Expr }
  | { t: 'index'; name: string; subs: Expr[] }
  | { t: 'assign'; op: string; lv: Expr; e: Expr }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr }
  | { t: 'and' | 'or'; a: Expr; b: Expr }
  | { t: 'in'; subs: Expr[]; name: string }
  | { t: 'match'; neg: boolean; a: Expr; re: Expr }
  | { t: 'bin'; op: string; a: Expr; b: Expr }
  | { t: 'cat'; a: Expr; b: Expr }
  | { t: 'unary'; op: string; e: Expr }
  | { t: 'incdec'; op: string; pre: boolean; lv: Expr }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'builtin'; name: string; args: Expr[] }
  | { t: 'getline'; lv: Expr | null; file: Expr | null; cmd: Expr | null }
  | { t: 'group'; e: Expr };

export interface Redirect {
  readonly op: '>' | '>>' | '|';
  readonly e: Expr;
}

export type Stmt =
  | { t: 'expr'; e: Expr }
  | { t: 'print' | 'printf'; args: Expr[]; redir: Redirect | null }
  | { t: 'if'; c: Expr; a: Stmt; b: Stmt | null }
  | { t: 'while'; c: Expr; body: Stmt }
  | { t: 'do'; body: Stmt; c: Expr }
  | { t: 'for'; init: Stmt | null; c: Expr | null; step: Stmt | null; body: Stmt }
  | { t: 'forin'; v: Expr; arr: string; body: Stmt }
  | { t: 'block'; body: Stmt[] }
  | { t: 'next' | 'nextfile' | 'break' | 'continue' }
  | { t: 'exit' | 'return'; e: Expr | null }
  | { t: 'delete'; name: string; subs: Expr[] | null }
  | { t: 'getline'; e: Expr };

export interface Rule {
  readonly kind: 'BEGIN' | 'END' | 'main';
  readonly pattern: Expr | null;
  readonly range: Expr | null;
  /** Null: print $0. */
  readonly body: Stmt[] | null;
}

export interface Func {
  readonly name: string;
  readonly params: string[];
  readonly body: Stmt[];
}

export interface Program {
  readonly rules: Rule[];
  readonly funcs: Map<string, Func>;
}

/** The built-ins' least and most arguments (bi_funct.c's bi_funct[] table). */
const ARITY: Record<string, [number, number]> = {
  length: [0, 1], substr: [2, 3], index: [2, 2], split: [2, 3], sub: [2, 3], gsub: [2, 3], match: [2, 2], sprintf: [1, Infinity],
  tolower: [1, 1], toupper: [1, 1], int: [1, 1], sqrt: [1, 1], exp: [1, 1], log: [1, 1], sin: [1, 1], cos: [1, 1], atan2: [2, 2],
  rand: [0, 0], srand: [0, 1], system: [1, 1], close: [1, 1], fflush: [0, 1],
};

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
const REL_OPS = new Set(['<', '<=', '>', '>=', '==', '!=']);

class Parser {
  private pos = 0;
  /** Depth of parentheses: `>` compares inside them even in print. */
  private noGt = false;
  private noIn = false;
  /** How each global name is used, first use deciding (mawk's symbol table types). */
  private readonly kinds = new Map<string, 'array' | 'variable'>();
  /** A function's parameters while its body is parsed (they take any type). */
  private params: ReadonlySet<string> = new Set();
  /** Where statements are: a BEGIN or END action, a main rule, a function body. */
  private context: 'BEGIN' | 'END' | 'main' | 'function' = 'main';
  private loops = 0;
  /** Functions called (checked against those defined at the end). */
  private readonly called = new Set<string>();
  /** Lines of the unmatched '}' seen. */
  readonly extra: number[] = [];

  constructor(private readonly toks: Tok[]) {}

  private get tok(): Tok {
    return this.toks[this.pos]!;
  }

  private is(v: string): boolean {
    const t = this.tok;
    return (t.k === 'op' || t.k === 'kw') && t.v === v;
  }

  private fail(): never {
    const t = this.tok;
    if (this.extra.length > 0) this.extraNotes();
    void t;
    throw this.syntaxError();
  }

  /** The extra '}' reported before the syntax error that follows. */
  private extraNotes(): void {
    const lines = this.extra.splice(0);
    throw new AwkSyntaxError(lines[0]!, "extra '}'", this.syntaxError());
  }

  private syntaxError(): AwkSyntaxError {
    const t = this.tok;
    const near = t.k === 'eof' ? 'end of file' : t.k === 'nl' ? 'end of line' : t.k === 'str' ? `"${t.v}"` : t.k === 'ere' ? `/${t.v}/` : t.v;
    return new AwkSyntaxError(t.line, `syntax error at or near ${near}`);
  }

  /** A name used as `kind`: mawk rejects a global used both ways at compile time. */
  private use(name: string, kind: 'array' | 'variable'): void {
    if (this.params.has(name)) return;
    const was = this.kinds.get(name);
    if (was === undefined) this.kinds.set(name, kind);
    else if (was !== kind) throw new AwkSyntaxError(this.tok.line, `illegal reference to ${was} ${name}`);
  }

  private expect(v: string): void {
    if (!this.is(v)) this.fail();
    this.pos++;
  }

  private eat(v: string): boolean {
    if (!this.is(v)) return false;
    this.pos++;
    return true;
  }

  private skipNl(): void {
    while (this.tok.k === 'nl') this.pos++;
  }

  private skipTerms(): void {
    while (this.tok.k === 'nl' || this.is(';')) this.pos++;
  }

  program(): Program {
    const rules: Rule[] = [];
    const funcs = new Map<string, Func>();
    this.skipTerms();
    while (this.tok.k !== 'eof') {
      if (this.is('}')) {
        // mawk's scanner reports a '}' with no '{' and reads on
        this.extra.push(this.tok.line);
        this.pos++;
        if (this.tok.k === 'nl') this.fail();
        continue;
      }
      if (this.is('function')) {
        const f = this.func();
        funcs.set(f.name, f);
      } else rules.push(this.rule());
      this.skipTerms();
    }
    if (this.extra.length > 0) throw new AwkSyntaxError(this.extra[0]!, "extra '}'");
    for (const name of this.called) if (!funcs.has(name)) throw new AwkSyntaxError(this.tok.line, `function ${name} never defined`);
    return { rules, funcs };
  }

  private func(): Func {
    this.pos++;
    const t = this.tok;
    if (t.k !== 'name' && t.k !== 'func_name') this.fail();
    this.pos++;
    this.expect('(');
    const params: string[] = [];
    while (!this.is(')')) {
      if (this.tok.k !== 'name') this.fail();
      if (params.includes(this.tok.v)) throw new AwkSyntaxError(this.tok.line, `${this.tok.v} is duplicated in argument list`);
      params.push(this.tok.v);
      this.pos++;
      if (!this.is(')')) this.expect(',');
      this.skipNl();
    }
    this.pos++;
    this.skipNl();
    this.params = new Set(params);
    this.context = 'function';
    const body = this.block();
    this.context = 'main';
    this.params = new Set();
    return { name: t.v, params, body };
  }

  private rule(): Rule {
    if (this.is('BEGIN') || this.is('END')) {
      const kind = this.tok.v as 'BEGIN' | 'END';
      this.pos++;
      this.skipNl();
      if (!this.is('{')) this.fail();
      this.context = kind;
      const body = this.block();
      this.context = 'main';
      return { kind, pattern: null, range: null, body };
    }
    let pattern: Expr | null = null;
    let range: Expr | null = null;
    if (!this.is('{')) {
      pattern = this.expr();
      if (this.eat(',')) {
        this.skipNl();
        range = this.expr();
      }
    }
    if (this.is('{')) return { kind: 'main', pattern, range, body: this.block() };
    if (this.tok.k !== 'nl' && !this.is(';') && this.tok.k !== 'eof') this.fail();
    return { kind: 'main', pattern, range, body: null };
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    this.skipTerms();
    while (!this.is('}')) {
      if (this.tok.k === 'eof') throw new AwkSyntaxError(this.tok.line, 'missing } near end of file');
      body.push(this.stmt());
      this.skipTerms();
    }
    this.pos++;
    return body;
  }

  /** A statement's end: `;`, a newline, or a `}` (or end of file) that follows. */
  private endSimple(): void {
    if (this.is(';') || this.tok.k === 'nl') {
      this.pos++;
      return;
    }
    if (this.is('}') || this.tok.k === 'eof') return;
    this.fail();
  }

  private body(): Stmt {
    this.skipNl();
    // `if (x) }`: an empty statement before the block's end
    if (this.is('}')) return { t: 'block', body: [] };
    if (this.eat(';')) return { t: 'block', body: [] };
    return this.stmt();
  }

  private stmt(): Stmt {
    const t = this.tok;
    if (this.is('{')) return { t: 'block', body: this.block() };
    if (t.k === 'kw') {
      switch (t.v) {
        case 'if': {
          this.pos++;
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          const a = this.body();
          const save = this.pos;
          this.skipTerms();
          if (this.eat('else')) return { t: 'if', c, a, b: this.body() };
          this.pos = save;
          return { t: 'if', c, a, b: null };
        }
        case 'while': {
          this.pos++;
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          if (this.is(';')) {
            this.pos++;
            return { t: 'while', c, body: { t: 'block', body: [] } };
          }
          return { t: 'while', c, body: this.loopBody() };
        }
        case 'do': {
          this.pos++;
          const body = this.loopBody();
          this.skipTerms();
          this.expect('while');
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          this.endSimple();
          return { t: 'do', body, c };
        }
        case 'for':
          return this.forStmt();
        case 'next':
        case 'nextfile':
        case 'break':
        case 'continue':
          this.checkContext(t.v);
          this.pos++;
          this.endSimple();
          return { t: t.v };
        case 'exit':
        case 'return': {
          this.checkContext(t.v);
          this.pos++;
          const e = this.tok.k === 'nl' || this.is(';') || this.is('}') ? null : this.expr();
          this.endSimple();
          return { t: t.v, e };
        }
        case 'delete': {
          this.pos++;
          if (this.tok.k !== 'name') this.fail();
          const name = this.tok.v;
          this.use(name, 'array');
          this.pos++;
          let subs: Expr[] | null = null;
          if (this.eat('[')) {
            subs = this.exprList();
            this.expect(']');
          }
          this.endSimple();
          return { t: 'delete', name, subs };
        }
        case 'print':
        case 'printf':
          return this.print(t.v);
      }
    }
    const s: Stmt = { t: 'expr', e: this.expr() };
    this.endSimple();
    return s;
  }

  /** A built-in's count of arguments, checked when compiled (split's grammar wants two or three). */
  private checkArity(name: string, n: number): void {
    const [min, max] = ARITY[name] ?? [0, Infinity];
    if (n >= min && n <= max) return;
    if (name === 'split') this.fail();
    throw new AwkSyntaxError(this.tok.line, `wrong number of arguments in call to ${name}`);
  }

  /** mawk's compile-time checks of where a jump may stand. */
  private checkContext(kw: string): void {
    const line = this.tok.line;
    if ((kw === 'break' || kw === 'continue') && this.loops === 0) throw new AwkSyntaxError(line, `${kw} statement outside of loop`);
    if (kw === 'return' && this.context !== 'function') throw new AwkSyntaxError(line, 'return outside function body');
    if ((kw === 'next' || kw === 'nextfile') && (this.context === 'BEGIN' || this.context === 'END')) throw new AwkSyntaxError(line, `improper use of ${kw}`);
  }

  /** A loop's body, where break and continue may stand. */
  private loopBody(): Stmt {
    this.loops++;
    try {
      return this.body();
    } finally {
      this.loops--;
    }
  }

  private forStmt(): Stmt {
    this.pos++;
    this.expect('(');
    const t0 = this.toks[this.pos]!;
    const t1 = this.toks[this.pos + 1]!;
    const t2 = this.toks[this.pos + 2]!;
    const t3 = this.toks[this.pos + 3]!;
    if (t0.k === 'name' && t1.v === 'in' && t1.k === 'kw' && t2.k === 'name' && t3.v === ')') {
      this.use(t0.v, 'variable');
      this.use(t2.v, 'array');
      this.pos += 4;
      return { t: 'forin', v: { t: 'var', name: t0.v }, arr: t2.v, body: this.loopBody() };
    }
    const init = this.is(';') ? null : this.simpleStmt();
    this.expect(';');
    this.skipNl();
    const c = this.is(';') ? null : this.expr();
    this.expect(';');
    this.skipNl();
    const step = this.is(')') ? null : this.simpleStmt();
    this.expect(')');
    if (this.is(';')) {
      this.pos++;
      return { t: 'for', init, c, step, body: { t: 'block', body: [] } };
    }
    return { t: 'for', init, c, step, body: this.loopBody() };
  }

  private simpleStmt(): Stmt {
    return { t: 'expr', e: this.expr() };
  }

  private print(kind: 'print' | 'printf'): Stmt {
    this.pos++;
    let args: Expr[] = [];
    const saveGt = this.noGt;
    this.noGt = true;
    if (!this.atPrintEnd()) {
      // `print (a, b) > f`: a parenthesized list
      const save = this.pos;
      let grouped: Expr[] | null = null;
      if (this.is('(')) {
        this.pos++;
        this.noGt = false;
        const list = this.exprList();
        this.noGt = true;
        if (this.eat(')') && this.atPrintEnd()) grouped = list;
        else this.pos = save;
      }
      args = grouped ?? this.exprList();
    }
    this.noGt = saveGt;
    let redir: Redirect | null = null;
    if (this.is('>') || this.is('>>') || this.is('|')) {
      const op = this.tok.v as '>' | '>>' | '|';
      this.pos++;
      // the target is an expression (no unparenthesized `>` in it): print x > c ? "a" : "b"
      const saveGt = this.noGt;
      this.noGt = true;
      redir = { op, e: this.ternary() };
      this.noGt = saveGt;
    }
    if (kind === 'printf' && args.length === 0) this.fail();
    this.endSimple();
    return { t: kind, args, redir };
  }

  /** The end of a print's arguments: its statement's end or a redirection. */
  private atPrintEnd(): boolean {
    const k = this.tok.k;
    return k === 'nl' || k === 'eof' || this.is(';') || this.is('}') || this.is('>') || this.is('>>') || this.is('|');
  }

  private exprList(): Expr[] {
    const list = [this.expr()];
    while (this.eat(',')) {
      this.skipNl();
      list.push(this.expr());
    }
    return list;
  }

  expr(): Expr {
    return this.ternary();
  }

  private isLvalue(e: Expr): boolean {
    return e.t === 'var' || e.t === 'field' || e.t === 'index';
  }

  private ternary(): Expr {
    const c = this.orExpr();
    if (this.eat('?')) {
      this.skipNl();
      const a = this.ternary();
      this.skipNl();
      this.expect(':');
      this.skipNl();
      return { t: 'cond', c, a, b: this.ternary() };
    }
    if (this.tok.k === 'op' && ASSIGN_OPS.has(this.tok.v) && this.isLvalue(c)) {
      const op = this.tok.v;
      this.pos++;
      this.skipNl();
      return { t: 'assign', op, lv: c, e: this.ternary() };
    }
    return c;
  }

  private orExpr(): Expr {
    return this.logical('||', 'or', () => this.andExpr());
  }

  private andExpr(): Expr {
    return this.logical('&&', 'and', () => this.inExpr());
  }

  /** `a || b` and `a && b`: left-associative, a newline allowed after the operator. */
  private logical(op: string, t: 'or' | 'and', operand: () => Expr): Expr {
    let a = operand();
    while (this.eat(op)) {
      this.skipNl();
      a = { t, a, b: operand() };
    }
    return a;
  }

  private inExpr(): Expr {
    let a = this.matchExpr();
    while (!this.noIn && this.is('in')) {
      this.pos++;
      if (this.tok.k !== 'name') this.fail();
      const subs = a.t === 'group' && (a as { multi?: Expr[] }).multi ? (a as { multi?: Expr[] }).multi! : [a];
      this.use(this.tok.v, 'array');
      a = { t: 'in', subs, name: this.tok.v };
      this.pos++;
    }
    return a;
  }

  private matchExpr(): Expr {
    let a = this.relExpr();
    while (this.is('~') || this.is('!~')) {
      const neg = this.tok.v === '!~';
      this.pos++;
      a = { t: 'match', neg, a, re: this.relExpr() };
    }
    return a;
  }

  /** Comparisons, left-associative as mawk's grammar has them (1 < 2 < 3 is 1). */
  private relExpr(): Expr {
    let a = this.concat();
    for (let t = this.tok; t.k === 'op' && REL_OPS.has(t.v) && !(this.noGt && t.v === '>'); t = this.tok) {
      this.pos++;
      a = { t: 'bin', op: t.v, a, b: this.concat() };
    }
    return a;
  }

  /** Whether the token can begin an operand of concatenation. */
  private startsConcat(): boolean {
    const t = this.tok;
    if (t.k === 'num' || t.k === 'str' || t.k === 'ere' || t.k === 'name' || t.k === 'func_name' || t.k === 'builtin') return true;
    if (t.k === 'kw') return t.v === 'getline' && false;
    return t.k === 'op' && (t.v === '$' || t.v === '!' || t.v === '(' || t.v === '-' || t.v === '+' || t.v === '++' || t.v === '--');
  }

  private concat(): Expr {
    let a = this.additive();
    for (;;) {
      if (this.is('|') && this.toks[this.pos + 1]?.v === 'getline') {
        this.pos += 2;
        a = { t: 'getline', lv: this.optLvalue(), file: null, cmd: a };
        continue;
      }
      if (!this.startsConcat() || this.is('-') || this.is('+') || this.is('!')) break;
      a = { t: 'cat', a, b: this.additive() };
    }
    return a;
  }

  private additive(): Expr {
    let a = this.mult();
    while (this.is('+') || this.is('-')) {
      const op = this.tok.v;
      this.pos++;
      a = { t: 'bin', op, a, b: this.mult() };
    }
    return a;
  }

  private mult(): Expr {
    let a = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.tok.v;
      this.pos++;
      a = { t: 'bin', op, a, b: this.unary() };
    }
    return a;
  }

  private unary(): Expr {
    if (this.is('!') || this.is('-') || this.is('+')) {
      const op = this.tok.v;
      this.pos++;
      return { t: 'unary', op, e: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const a = this.postfix();
    if (this.eat('^')) return { t: 'bin', op: '^', a, b: this.powerRhs() };
    return a;
  }

  /** The right operand of ^ may carry its own sign (2^-1). */
  private powerRhs(): Expr {
    if (this.is('-') || this.is('+') || this.is('!')) {
      const op = this.tok.v;
      this.pos++;
      return { t: 'unary', op, e: this.powerRhs() };
    }
    return this.power();
  }

  private postfix(): Expr {
    if (this.is('++') || this.is('--')) {
      const op = this.tok.v;
      this.pos++;
      const lv = this.postfix();
      if (!this.isLvalue(lv)) this.fail();
      return { t: 'incdec', op, pre: true, lv };
    }
    const e = this.primary();
    if (this.isLvalue(e) && (this.is('++') || this.is('--'))) {
      const op = this.tok.v;
      this.pos++;
      return { t: 'incdec', op, pre: false, lv: e };
    }
    return e;
  }

  private optLvalue(): Expr | null {
    if (this.tok.k === 'name' || this.is('$')) return this.primary();
    return null;
  }

  private primary(): Expr {
    const t = this.tok;
    switch (t.k) {
      case 'num':
        this.pos++;
        return { t: 'num', v: t.n! };
      case 'str':
        this.pos++;
        return { t: 'str', v: t.v };
      case 'ere':
        this.pos++;
        return { t: 'ere', v: t.v };
      case 'name':
        this.pos++;
        if (this.eat('[')) {
          this.use(t.v, 'array');
          const subs = this.exprList();
          this.expect(']');
          return { t: 'index', name: t.v, subs };
        }
        // a bare argument may be an array passed on: its type is not known yet
        if (!this.is(',') && !this.is(')')) this.use(t.v, 'variable');
        return { t: 'var', name: t.v };
      case 'func_name': {
        this.called.add(t.v);
        this.pos++;
        this.expect('(');
        const args = this.is(')') ? [] : this.argList();
        this.expect(')');
        return { t: 'call', name: t.v, args };
      }
      case 'builtin': {
        this.pos++;
        let args: Expr[] = [];
        if (this.eat('(')) {
          args = this.is(')') ? [] : this.argList();
          this.checkArity(t.v, args.length);
          this.expect(')');
          const arr = args[1];
          if (t.v === 'split' && arr?.t === 'var') this.use(arr.name, 'array');
        } else if (t.v !== 'length') this.fail();
        return { t: 'builtin', name: t.v, args };
      }
      case 'kw':
        if (t.v === 'getline') {
          this.pos++;
          const lv = this.optLvalue();
          let file: Expr | null = null;
          if (this.eat('<')) file = this.postfix();
          return { t: 'getline', lv, file, cmd: null };
        }
        break;
      case 'op':
        if (t.v === '$') {
          this.pos++;
          if (this.is('++') || this.is('--') || this.is('-') || this.is('!')) {
            const op = this.tok.v;
            this.pos++;
            return op === '-' || op === '!' ? { t: 'field', e: { t: 'unary', op, e: this.primary() } } : { t: 'field', e: { t: 'incdec', op, pre: true, lv: this.primary() } };
          }
          return { t: 'field', e: this.primary() };
        }
        if (t.v === '(') {
          this.pos++;
          const saveGt = this.noGt;
          const saveIn = this.noIn;
          this.noGt = false;
          this.noIn = false;
          const list = this.exprList();
          this.noGt = saveGt;
          this.noIn = saveIn;
          this.expect(')');
          if (list.length > 1) {
            if (!this.is('in')) this.fail();
            const g = { t: 'group', e: list[0]!, multi: list } as Expr;
            return g;
          }
          return { t: 'group', e: list[0]! };
        }
        break;
    }
    return this.fail();
  }

  private argList(): Expr[] {
    const saveGt = this.noGt;
    this.noGt = false;
    const list = this.exprList();
    this.noGt = saveGt;
    return list;
  }
}

/** The program text parsed (throws AwkSyntaxError). */
export function parseProgram(src: string): Program {
  return new Parser(tokenize(src)).program();
}
