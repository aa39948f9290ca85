/**
 * Recursive-descent parser for the lab shell (bash(1) "SHELL GRAMMAR").
 * Like bash, a script is parsed and run one complete command (a line) at a
 * time: `parseCommand` returns the next one, so commands before a syntax
 * error still run.
 */
import { ShellSyntaxError, type Assign, type Brace, type CondExpr, type Node, type Redir, type RedirOp, type Seq, type Simple, type Word } from './ast.js';
import { Lexer, type SubParser, type Tok } from './lexer.js';

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until',
  'for', 'in', '{', '}', '!', 'function', '[[', ']]', 'time']);
const REDIR_OPS = new Set(['<', '>', '>>', '>|', '<>', '<&', '>&', '&>', '&>>', '<<', '<<-', '<<<']);
/** Builtins whose arguments may be array assignments. */
const DECLARATION_WORDS = new Set(['declare', 'typeset', 'local', 'readonly', 'export']);
const CASE_ENDS = new Set([';;', ';&', ';;&']);
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;
const INDEXED_ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\](\+?)=/;

/** The sub-parsers of bash's grammar and of dash's (no `[[`, no arrays). */
function subParserOf(dash: boolean): SubParser {
  return dash ? dashSub : bashSub;
}

const bashSub: SubParser = {
  dash: false,
  comsub(lx) {
    const p = new Parser(lx);
    const eof = (): Error => lx.error("unexpected EOF while looking for matching `)'", lx.peek().line);
    if (lx.peek().k === 'eof') throw eof();
    const body = p.parseList(() => false, true);
    if (lx.peek().k === 'eof') throw eof();
    p.expectOp(')');
    return body;
  },
  script(src, line) {
    const p = new Parser(new Lexer(src, this, 0, line));
    const items: Seq['items'] = [];
    for (let s = p.parseCommand(); s; s = p.parseCommand()) items.push(...s.items);
    return { t: 'seq', line, items };
  },
};
const dashSub: SubParser = { ...bashSub, dash: true };
const subParser = bashSub;

/**
 * A parser over a whole script; `parseCommand` yields its complete commands
 * in order. Like bash reading lines, a last line gets its newline.
 */
export function scriptParser(src: string, line = 1, dash = false): Parser {
  return new Parser(new Lexer(src.endsWith('\n') || src === '' ? src : src + '\n', subParserOf(dash), 0, line));
}

/**
 * Whether `src` stops inside a command: an open compound command, quote,
 * substitution or here-document, or a trailing `|`, `&&`, `||`. An
 * interactive shell then reads another line (bash's PS2 prompt).
 */
export function needsMoreInput(src: string): boolean {
  const p = scriptParser(src);
  try {
    while (p.parseCommand());
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    return /unexpected end of file|unexpected EOF/.test(e.message);
  }
  return p.warnings.some((w) => w.text.includes('delimited by end-of-file'));
}

/** Parse a whole script at once (function bodies in tests, eval of small strings). */
export function parseScript(src: string, line = 1): Seq {
  return subParser.script(src, line);
}

export class Parser {
  constructor(readonly lx: Lexer) {}

  get warnings(): { line: number; text: string }[] {
    return this.lx.warnings;
  }

  /** The next complete command: a list ending at a newline or the end, or null at the end. */
  parseCommand(): Seq | null {
    while (this.lx.peek().k === 'nl') this.lx.next();
    if (this.lx.peek().k === 'eof') return null;
    const seq = this.parseList(() => false, false);
    const t = this.lx.peek();
    if (t.k === 'nl') this.lx.next();
    else if (t.k !== 'eof') throw this.unexpected(t);
    return seq;
  }

  /**
   * A list of and-or lists separated by `;`, `&` (and newlines when
   * `multiline`), up to a token that cannot start a command or that `stop` accepts.
   */
  parseList(stop: (t: Tok) => boolean, multiline: boolean): Seq {
    const first = this.skipNewlines(multiline);
    const seq: Seq = { t: 'seq', line: first.line, items: [] };
    for (;;) {
      const t = this.lx.peek();
      if (t.k === 'eof' || t.k === 'nl' || stop(t) || (t.k === 'op' && (t.v === ')' || CASE_ENDS.has(t.v)))) break;
      const node = this.parseAndOr();
      const sep = this.lx.peek();
      const item = { node, bg: false, text: this.lx.src.slice(t.start, this.lastEnd).trim() };
      seq.items.push(item);
      if (sep.k === 'op' && (sep.v === ';' || sep.v === '&')) {
        this.lx.next();
        item.bg = sep.v === '&';
        if (item.bg) item.text += ' &';
      } else if (!(sep.k === 'nl' && multiline)) break;
      this.skipNewlines(multiline);
    }
    if (seq.items.length === 0) throw this.unexpected(this.lx.peek());
    return seq;
  }

  private lastEnd = 0;

  private take(): Tok {
    const t = this.lx.next();
    this.lastEnd = t.end;
    return t;
  }

  private skipNewlines(multiline: boolean): Tok {
    while (multiline && this.lx.peek().k === 'nl') this.take();
    return this.lx.peek();
  }

  private parseAndOr(): Node {
    const first = this.parsePipeline();
    const rest: { op: '&&' | '||'; node: Node }[] = [];
    for (let t = this.lx.peek(); t.k === 'op' && (t.v === '&&' || t.v === '||'); t = this.lx.peek()) {
      this.take();
      this.skipNewlines(true);
      rest.push({ op: t.v as '&&' | '||', node: this.parsePipeline() });
    }
    return rest.length ? { t: 'andor', line: first.line, first, rest } : first;
  }

  private parsePipeline(): Node {
    const start = this.lx.peek();
    const time = this.parseTime();
    let negate = false;
    while (this.isReserved(this.lx.peek(), '!')) {
      this.take();
      negate = !negate;
    }
    const cmds = [this.parseCommandNode()];
    const errToo: boolean[] = [];
    for (let t = this.lx.peek(); t.k === 'op' && (t.v === '|' || t.v === '|&'); t = this.lx.peek()) {
      this.take();
      errToo.push(t.v === '|&');
      this.skipNewlines(true);
      cmds.push(this.parseCommandNode());
    }
    if (cmds.length === 1 && !negate && !time) return cmds[0]!;
    return { t: 'pipeline', line: start.line, cmds, errToo, negate, ...(time ? { time } : {}) };
  }

  /** `time [-p]` before a pipeline (bash(1) "Pipelines"). */
  private parseTime(): 'bash' | 'posix' | undefined {
    if (!this.isReserved(this.lx.peek(), 'time')) return undefined;
    this.take();
    const p = this.lx.peek();
    if (p.k === 'word' && p.v === '-p') {
      this.take();
      return 'posix';
    }
    return 'bash';
  }

  /** A reserved word of the grammar: dash has no `[[ ]]` (`sh -c '[[ 1 ]]'` is `[[: not found`). */
  private reserved(w: string): boolean {
    return RESERVED.has(w) && !(this.lx.sub.dash && (w === '[[' || w === ']]'));
  }

  private isReserved(t: Tok, w?: string): boolean {
    return t.k === 'word' && this.reserved(t.v) && (w === undefined || t.v === w);
  }

  private parseCommandNode(): Node {
    const t = this.lx.peek();
    if (t.k === 'op' && t.v === '(') return this.withRedirs(this.parseSubshell());
    if (t.k === 'op' && t.v === '((') return this.withRedirs(this.parseArithCmd());
    if (t.k === 'word' && this.reserved(t.v)) return this.parseReserved(t);
    if (t.k === 'word' && NAME_RE.test(t.v) && this.lx.peek(1).k === 'op' && this.lx.peek(1).v === '(') {
      return this.parseFuncDef(false);
    }
    return this.parseSimple();
  }

  private parseReserved(t: Tok): Node {
    switch (t.v) {
      case '{': {
        this.take();
        const body = this.parseList((x) => this.isReserved(x, '}'), true);
        this.expectWord('}');
        return this.withRedirs<Brace>({ t: 'brace', line: t.line, body, redirs: [] });
      }
      case 'if':
        return this.withRedirs(this.parseIf());
      case 'while':
      case 'until':
        return this.withRedirs(this.parseWhile());
      case 'for':
        return this.withRedirs(this.parseFor());
      case 'case':
        return this.withRedirs(this.parseCase());
      case 'function':
        return this.parseFuncDef(true);
      case '[[':
        return this.withRedirs(this.parseCond());
      default:
        throw this.unexpected(t);
    }
  }

  private withRedirs<T extends { redirs: Redir[] }>(node: T): T {
    while (this.atRedir()) node.redirs.push(this.parseRedir());
    return node;
  }

  private atRedir(): boolean {
    const t = this.lx.peek();
    return t.k === 'io' || (t.k === 'op' && REDIR_OPS.has(t.v));
  }

  expectOp(op: string): Tok {
    const t = this.lx.peek();
    if (t.k !== 'op' || t.v !== op) throw this.unexpected(t);
    return this.take();
  }

  private expectWord(w: string): Tok {
    const t = this.lx.peek();
    if (!this.isReserved(t, w)) throw this.unexpected(t);
    return this.take();
  }

  /** bash: "syntax error near unexpected token `X'", or "unexpected end of file" at EOF. */
  unexpected(t: Tok): Error {
    if (t.k === 'eof') return this.lx.error('syntax error: unexpected end of file', t.line);
    const text = t.k === 'nl' ? 'newline' : t.v;
    return this.lx.error(`syntax error near unexpected token \`${text}'`, t.line, true);
  }

  private compound(stopWords: string[]): Seq {
    return this.parseList((x) => x.k === 'word' && stopWords.includes(x.v), true);
  }

  private parseSubshell(): Node & { redirs: Redir[] } {
    const open = this.take();
    const body = this.parseList(() => false, true);
    this.expectOp(')');
    return { t: 'subshell', line: open.line, body, redirs: [] };
  }

  private parseArithCmd(): Node & { redirs: Redir[] } {
    const open = this.take();
    const text = this.lx.readArithText();
    return { t: 'arithcmd', line: open.line, expr: this.lx.parseExpandable(text, open.line), redirs: [] };
  }

  private parseIf(): Node & { redirs: Redir[] } {
    const line = this.take().line;
    const clauses: { cond: Seq; body: Seq }[] = [];
    let elseBody: Seq | null = null;
    for (;;) {
      const cond = this.compound(['then']);
      this.expectWord('then');
      clauses.push({ cond, body: this.compound(['elif', 'else', 'fi']) });
      const t = this.take();
      if (t.v === 'elif' && t.k === 'word') continue;
      if (t.v === 'else' && t.k === 'word') {
        elseBody = this.compound(['fi']);
        this.expectWord('fi');
      } else if (!(t.k === 'word' && t.v === 'fi')) throw this.unexpected(t);
      return { t: 'if', line, clauses, else: elseBody, redirs: [] };
    }
  }

  private parseWhile(): Node & { redirs: Redir[] } {
    const kw = this.take();
    const cond = this.compound(['do']);
    this.expectWord('do');
    const body = this.compound(['done']);
    this.expectWord('done');
    return { t: 'while', line: kw.line, until: kw.v === 'until', cond, body, redirs: [] };
  }

  private parseDoGroup(): Seq {
    this.skipNewlines(true);
    this.expectWord('do');
    const body = this.compound(['done']);
    this.expectWord('done');
    return body;
  }

  private parseFor(): Node & { redirs: Redir[] } {
    const line = this.take().line;
    const t = this.lx.peek();
    if (t.k === 'op' && t.v === '((') return this.parseForArith(line);
    if (t.k !== 'word') throw this.unexpected(t);
    const name = this.take().v;
    let words: Word[] | null = null;
    this.skipNewlines(true);
    if (this.isReserved(this.lx.peek(), 'in')) {
      this.take();
      words = [];
      for (let w = this.lx.peek(); w.k === 'word'; w = this.lx.peek()) words.push(this.take().word!);
      this.endOfHeader();
    } else if (this.lx.peek().k === 'op' && this.lx.peek().v === ';') this.take();
    return { t: 'for', line, name, words, body: this.parseDoGroup(), redirs: [] };
  }

  /** The `;` or newline that ends `for x in ...` or `for ((...))`. */
  private endOfHeader(): void {
    const t = this.lx.peek();
    if ((t.k === 'op' && t.v === ';') || t.k === 'nl') this.take();
    else if (!this.isReserved(t, 'do')) throw this.unexpected(t);
  }

  private parseForArith(line: number): Node & { redirs: Redir[] } {
    this.take();
    const text = this.lx.readArithText();
    const parts = text.split(';');
    if (parts.length !== 3) throw this.lx.error("syntax error: arithmetic expression required", line);
    const [init, cond, step] = parts.map((p) => this.lx.parseExpandable(p, line)) as [Word, Word, Word];
    this.endOfHeader();
    return { t: 'forarith', line, init, cond, step, body: this.parseDoGroup(), redirs: [] };
  }

  private parseCase(): Node & { redirs: Redir[] } {
    const line = this.take().line;
    const w = this.take();
    if (w.k !== 'word') throw this.unexpected(w);
    this.skipNewlines(true);
    this.expectWord('in');
    const clauses: { patterns: Word[]; body: Seq | null; end: ';;' | ';&' | ';;&' }[] = [];
    for (let t = this.skipNewlines(true); !this.isReserved(t, 'esac'); t = this.skipNewlines(true)) {
      clauses.push(this.parseCaseClause());
    }
    this.take();
    return { t: 'case', line, word: w.word!, clauses, redirs: [] };
  }

  private parseCaseClause(): { patterns: Word[]; body: Seq | null; end: ';;' | ';&' | ';;&' } {
    if (this.lx.peek().k === 'op' && this.lx.peek().v === '(') this.take();
    const patterns: Word[] = [];
    for (;;) {
      const p = this.take();
      if (p.k !== 'word') throw this.unexpected(p);
      patterns.push(p.word!);
      const sep = this.take();
      if (sep.k === 'op' && sep.v === ')') break;
      if (!(sep.k === 'op' && sep.v === '|')) throw this.unexpected(sep);
    }
    const first = this.skipNewlines(true);
    const empty = (first.k === 'op' && CASE_ENDS.has(first.v)) || this.isReserved(first, 'esac');
    const body = empty ? null : this.compound(['esac']);
    const end = this.lx.peek();
    if (end.k === 'op' && CASE_ENDS.has(end.v)) {
      this.take();
      return { patterns, body, end: end.v as ';;' };
    }
    if (!this.isReserved(end, 'esac')) throw this.unexpected(end);
    return { patterns, body, end: ';;' };
  }

  private parseFuncDef(keyword: boolean): Node {
    const first = this.take();
    const nameTok = keyword ? this.take() : first;
    if (nameTok.k !== 'word') throw this.unexpected(nameTok);
    const t = this.lx.peek();
    if (!keyword || (t.k === 'op' && t.v === '(')) {
      this.expectOp('(');
      this.expectOp(')');
    }
    this.skipNewlines(true);
    const b = this.lx.peek();
    const ok = (b.k === 'op' && (b.v === '(' || b.v === '((')) ||
      (b.k === 'word' && ['{', 'if', 'while', 'until', 'for', 'case', '[['].includes(b.v));
    if (!ok) throw this.unexpected(b);
    return { t: 'func', line: first.line, name: nameTok.v, body: this.parseCommandNode() };
  }

  private parseSimple(): Simple {
    const first = this.lx.peek();
    const node: Simple = { t: 'simple', line: first.line, assigns: [], words: [], redirs: [] };
    for (;;) {
      if (this.atRedir()) {
        node.redirs.push(this.parseRedir());
        continue;
      }
      const t = this.lx.peek();
      if (t.k !== 'word') break;
      this.take();
      if (node.words.length === 0 && node.assigns.length === 0 && node.redirs.length === 0) node.line = this.lookaheadLine(node.line);
      const a = node.words.length === 0 ? assignment(t.word!) : null;
      if (a) node.assigns.push(a);
      else if (t.word!.array && !DECLARATION_WORDS.has(node.words[0]?.raw ?? '')) {
        throw this.lx.error("syntax error near unexpected token `('", t.line, true);
      } else node.words.push(t.word!);
    }
    if (!node.words.length && !node.assigns.length && !node.redirs.length) throw this.unexpected(this.lx.peek());
    return node;
  }

  /**
   * The line bash gives a simple command: where its lexer stood when the
   * first word was reduced, past the token after it (make_simple_command()
   * with yacc's lookahead): `echo 'a<newline>b'` is on the quote's last line.
   */
  private lookaheadLine(line: number): number {
    const la = this.lx.peek();
    if (la.k !== 'word') return line;
    let end = la.line;
    for (let i = la.start; i < la.end; i++) if (this.lx.src.charCodeAt(i) === 10) end++;
    return end;
  }

  private parseRedir(): Redir {
    const t = this.take();
    const fd = t.k === 'io' ? Number(t.v) : null;
    const opTok = t.k === 'io' ? this.take() : t;
    const target = this.take();
    if (target.k !== 'word') throw this.unexpected(target);
    const r: Redir = { fd, op: opTok.v as RedirOp, target: target.word!, line: opTok.line };
    if (r.op === '<<' || r.op === '<<-') this.lx.addHeredoc(r, target.v, r.op === '<<-');
    return r;
  }

  private parseCond(): Node & { redirs: Redir[] } {
    const line = this.take().line;
    const expr = this.condOr();
    this.skipNewlines(true);
    if (this.lx.peek().k === 'eof') throw this.lx.error("unexpected EOF while looking for `]]'", line);
    this.expectWord(']]');
    return { t: 'cond', line, expr, redirs: [] };
  }

  private condOr(): CondExpr {
    let a = this.condAnd();
    while (this.condOp('||')) a = { t: 'or', a, b: this.condAnd() };
    return a;
  }

  private condAnd(): CondExpr {
    let a = this.condNot();
    while (this.condOp('&&')) a = { t: 'and', a, b: this.condNot() };
    return a;
  }

  private condOp(op: string): boolean {
    this.skipNewlines(true);
    const t = this.lx.peek();
    if (t.k !== 'op' || t.v !== op) return false;
    this.take();
    return true;
  }

  private condNot(): CondExpr {
    this.skipNewlines(true);
    if (this.isReserved(this.lx.peek(), '!')) {
      this.take();
      return { t: 'not', a: this.condNot() };
    }
    if (this.condOp('(')) {
      const e = this.condOr();
      this.skipNewlines(true);
      this.expectOp(')');
      return e;
    }
    return this.condPrimary();
  }

  /** `-f w`, `w OP w`, or a lone word (true when not empty), per bash(1) "CONDITIONAL EXPRESSIONS". */
  private condPrimary(): CondExpr {
    const a = this.condWord();
    const opTok = this.lx.peek();
    if (/^-[a-zA-Z]$/.test(a.raw) && opTok.k === 'word' && !this.isReserved(opTok, ']]')) {
      return { t: 'unary', op: a.raw, a: this.condWord() };
    }
    const op = opTok.k === 'op' && (opTok.v === '<' || opTok.v === '>') ? opTok.v : opTok.k === 'word' ? opTok.v : '';
    if (!['==', '=', '!=', '<', '>', '=~', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef'].includes(op)) {
      return { t: 'word', a };
    }
    this.take();
    const b = op === '=~' ? this.lx.readRegexWord() : this.condWord();
    return { t: 'binary', op, a, b };
  }

  private condWord(): Word {
    const t = this.take();
    if (t.k !== 'word' || t.v === ']]') throw this.unexpected(t);
    return t.word!;
  }
}

/** `NAME=value` / `NAME+=value` (a word at the start of a simple command, or an argument of `export`). */
export function assignment(w: Word): Assign | null {
  if (w.array) {
    const m = ASSIGN_RE.exec(w.raw)!;
    return { name: m[1]!, append: m[2] === '+', value: { parts: [], raw: '' }, array: w.array };
  }
  const ix = INDEXED_ASSIGN_RE.exec(w.raw);
  if (ix) return indexedAssignment(w, ix);
  const m = ASSIGN_RE.exec(w.raw);
  const first = w.parts[0];
  if (!m || !first || first.t !== 'lit' || !first.v.startsWith(m[0])) return null;
  const rest = first.v.slice(m[0].length);
  const parts = rest ? [{ t: 'lit' as const, v: rest }, ...w.parts.slice(1)] : w.parts.slice(1);
  // bash(1) "Tilde Expansion": also right after the = of an assignment.
  const head = parts[0];
  const tilde = head?.t === 'lit' ? /^~([A-Za-z0-9_.-]*)(?=\/|$)/.exec(head.v) : null;
  if (head?.t === 'lit' && tilde && (tilde[0].length < head.v.length || parts.length === 1)) {
    const tail = head.v.slice(tilde[0].length);
    parts.splice(0, 1, { t: 'tilde', user: tilde[1]! }, ...(tail ? [{ t: 'lit' as const, v: tail }] : []));
  }
  return { name: m[1]!, append: m[2] === '+', value: { parts, raw: w.raw.slice(m[0].length) } };
}

/** `name[INDEX]=value`: the value is the text after `]=`, lexed as a word of its own. */
function indexedAssignment(w: Word, m: RegExpExecArray): Assign {
  return { name: m[1]!, append: m[3] === '+', index: m[2]!, value: wordOf(w.raw.slice(m[0].length)) };
}

/** Source text lexed as one word (a subscript, the value of `a[i]=v`); quotes and expansions as in a word. */
export function wordOf(text: string): Word {
  const lx = new Lexer(text, subParser);
  return { parts: lx.readParts({ stop: () => false }), raw: text };
}
