/**
 * The lexer of the lab shell (bash(1) "DEFINITIONS", "QUOTING"; bash's
 * parse.y read_token/read_token_word). Words are scanned straight into parts
 * (quotes, expansions); operators are matched longest first. The parser
 * drives it one token at a time because bash's tokens depend on context:
 * here-document bodies follow the next newline, `((` opens arithmetic.
 */
import { ShellSyntaxError, type Part, type Redir, type Seq, type Word } from './ast.js';
import { byteChar, normalizeBytes } from '../bytes.js';

export interface Tok {
  k: 'word' | 'op' | 'nl' | 'eof' | 'io';
  /** The operator, the word's source text, or the digits of an IO number. */
  v: string;
  word?: Word;
  line: number;
  start: number;
  end: number;
}

/** How the lexer parses the command inside $(...) or `...` (provided by the parser). */
export interface SubParser {
  /** Parse a list up to and including the `)` closing `$(`; the lexer sits after `$(`. */
  comsub(lx: Lexer): Seq;
  /** Parse a whole script (the text of a backquoted command substitution). */
  script(src: string, line: number): Seq;
  /** dash's grammar (`sh`): no `[[`, no array assignments (dash.ts). */
  readonly dash: boolean;
}

const OPS = ['&&', '||', ';;&', ';;', ';&', ';', '&>>', '&>', '&', '|&', '|', '((', '(', ')',
  '<<<', '<<-', '<<', '<&', '<>', '<', '>>', '>&', '>|', '>'].sort((a, b) => b.length - a.length);

const META = new Set([' ', '\t', '\n', '|', '&', ';', '(', ')', '<', '>']);
const isMeta = (c: string): boolean => META.has(c);
const SPECIAL_PARAMS = '@*#?$!-';
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

interface PendingHeredoc {
  redir: Redir;
  delim: string;
  quoted: boolean;
  stripTabs: boolean;
}

/** Where a run of parts ends, and how quotes behave inside it. */
interface PartsMode {
  stop: (c: string) => boolean;
  /** Inside "${x:-...}": single quotes are ordinary characters. */
  inDq?: boolean;
  /** A here-document body or $((...)) text: only $, ` and \ are special. */
  expandOnly?: boolean;
  /** $((...)) text: double quotes are removed, their text kept (bash's Q_ARITH quote removal). */
  arith?: boolean;
}

export class Lexer {
  pos: number;
  line: number;
  private queue: Tok[] = [];
  private heredocs: PendingHeredoc[] = [];
  /** Non-fatal diagnostics (an unterminated here-document) in bash's words. */
  readonly warnings: { line: number; text: string }[];

  constructor(
    readonly src: string,
    readonly sub: SubParser,
    pos = 0,
    line = 1,
    warnings: { line: number; text: string }[] = [],
  ) {
    this.pos = pos;
    this.line = line;
    this.warnings = warnings;
  }

  peek(n = 0): Tok {
    while (this.queue.length <= n) this.queue.push(this.scan());
    return this.queue[n]!;
  }

  next(): Tok {
    return this.queue.shift() ?? this.scan();
  }

  /** A here-document whose body starts after the next newline token. */
  addHeredoc(redir: Redir, delimRaw: string, stripTabs: boolean): void {
    const quoted = /['"\\]/.test(delimRaw);
    this.heredocs.push({ redir, delim: removeQuotes(delimRaw), quoted, stripTabs });
  }

  /** The text of the source line `line` (for syntax error messages). */
  lineText(line: number): string {
    return this.src.split('\n')[line - 1] ?? '';
  }

  error(msg: string, line = this.line, quoteLine = false): ShellSyntaxError {
    return new ShellSyntaxError(msg, line, quoteLine ? this.lineText(line) : null);
  }

  /**
   * After an `((` token: the arithmetic text up to the matching `))`
   * (bash parse_dparen). Returns the text; the lexer sits after `))`.
   */
  readArithText(): string {
    if (this.queue.length) throw new Error('readArithText with lookahead');
    const start = this.pos;
    const end = this.matchParens(start, 0);
    if (end < 0) throw this.error("unexpected EOF while looking for matching `))'");
    this.advanceTo(end + 2);
    return this.src.slice(start, end);
  }

  /**
   * The right side of `[[ s =~ re ]]`: bash reads it as one word in which
   * parentheses and `|` are regular-expression characters, not operators.
   */
  readRegexWord(): Word {
    if (this.queue.length) throw new Error('readRegexWord with lookahead');
    this.skipBlanks();
    const start = this.pos;
    let depth = 0;
    const stop = (c: string): boolean => {
      if (c === ' ' || c === '\t' || c === '\n') return depth === 0;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return true;
        depth--;
      }
      return false;
    };
    const parts = this.readParts({ stop });
    if (this.pos === start) throw this.error('syntax error in conditional expression', this.line, true);
    return { parts, raw: this.src.slice(start, this.pos) };
  }

  /** Parse text in which only $, ` and \ are special (here-doc bodies, arithmetic). */
  parseExpandable(text: string, line: number, arith = false): Word {
    const lx = new Lexer(text, this.sub, 0, line, this.warnings);
    const parts = lx.readParts({ stop: () => false, expandOnly: true, arith });
    return { parts, raw: text };
  }

  private scan(): Tok {
    this.skipBlanks();
    const start = this.pos;
    const line = this.line;
    if (this.pos >= this.src.length) {
      this.readHeredocBodies();
      return { k: 'eof', v: '', line, start, end: start };
    }
    const c = this.src[this.pos]!;
    if (c === '\n') {
      this.pos++;
      this.line++;
      this.readHeredocBodies();
      return { k: 'nl', v: '\n', line, start, end: start + 1 };
    }
    if ((c === '<' || c === '>') && this.src[this.pos + 1] === '(' && !this.sub.dash) return this.readProcsubWord(start, line);
    if (isMeta(c)) {
      const op = OPS.find((o) => this.src.startsWith(o, this.pos))!;
      this.pos += op.length;
      return { k: 'op', v: op, line, start, end: this.pos };
    }
    const parts = this.readParts({ stop: isMeta });
    const raw = this.src.slice(start, this.pos);
    const after = this.src[this.pos];
    if (after === '(' && !this.sub.dash && /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(raw)) {
      const array = this.readArrayWords();
      return { k: 'word', v: raw, word: { parts, raw: this.src.slice(start, this.pos), array }, line, start, end: this.pos };
    }
    if (/^\d+$/.test(raw) && (after === '<' || after === '>')) {
      return { k: 'io', v: raw, line, start, end: this.pos };
    }
    return { k: 'word', v: raw, word: { parts, raw }, line, start, end: this.pos };
  }

  /** The words of `name=( ... )`, newlines and comments allowed; the lexer sits after `)`. */
  private readArrayWords(): Word[] {
    this.pos++;
    const words: Word[] = [];
    for (;;) {
      const t = this.scan();
      if (t.k === 'nl') continue;
      if (t.k === 'eof') throw this.error("unexpected EOF while looking for matching `)'");
      if (t.k === 'op' && t.v === ')') return words;
      if (t.k !== 'word') throw this.error(`syntax error near unexpected token \`${t.v}'`, t.line, true);
      words.push(t.word!);
    }
  }

  /** Blanks, `\`-newline continuations and comments between tokens. */
  private skipBlanks(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && s[this.pos + 1] === '\n') this.advanceTo(this.pos + 2);
      else if (c === '#') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  private advanceTo(end: number): void {
    for (let i = this.pos; i < end; i++) if (this.src.charCodeAt(i) === 10) this.line++;
    this.pos = end;
  }

  /** Scan parts until `mode.stop` says so (at depth 0, outside quotes). */
  readParts(mode: PartsMode): Part[] {
    const parts: Part[] = [];
    const s = this.src;
    let lit = '';
    const flush = (): void => {
      if (lit) parts.push({ t: 'lit', v: lit });
      lit = '';
    };
    if (!mode.expandOnly && !mode.inDq && s[this.pos] === '~') {
      const t = this.readTilde(mode);
      if (t) parts.push(t);
    }
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      if (mode.stop(c)) break;
      if (c === '"' && mode.arith) this.advanceTo(this.pos + 1);
      else if (c === '\\') {
        const text = this.readBackslash(mode, parts, flush);
        lit += text;
      } else if (c === '$' || c === '`') {
        flush();
        parts.push(c === '$' ? this.readDollar(!!mode.inDq || !!mode.expandOnly) : this.readBackquote(false));
      } else if (mode.expandOnly || (c !== "'" && c !== '"') || (mode.inDq && c === "'")) {
        // A run of plain text at once: a large here-document is sliced, not copied a character at a time.
        let end = this.pos + 1;
        if (mode.expandOnly) while (end < s.length && !EXPAND_ONLY_SPECIAL.includes(s[end]!) && !mode.stop(s[end]!) && !(mode.arith && s[end] === '"')) end++;
        lit += s.slice(this.pos, end);
        this.advanceTo(end);
      } else {
        flush();
        parts.push(c === "'" ? this.readSingle() : this.readDouble());
      }
    }
    flush();
    return parts;
  }

  /** A backslash: returns text to add to the current literal, or pushes a quoted part. */
  private readBackslash(mode: PartsMode, parts: Part[], flush: () => void): string {
    const n = this.src[this.pos + 1];
    if (n === undefined) {
      this.pos++;
      return '\\';
    }
    this.advanceTo(this.pos + 2);
    if (n === '\n') return '';
    // In here-documents only \$ \` \\ are escapes; elsewhere any character is.
    if (mode.expandOnly && !'$`\\'.includes(n)) return '\\' + n;
    flush();
    parts.push({ t: 'sq', v: n });
    return '';
  }

  private readTilde(mode: PartsMode): Part | null {
    const s = this.src;
    let end = this.pos + 1;
    while (end < s.length && /[A-Za-z0-9_.-]/.test(s[end]!)) end++;
    const after = s[end];
    if (after !== undefined && after !== '/' && !mode.stop(after)) return null;
    const user = s.slice(this.pos + 1, end);
    this.pos = end;
    return { t: 'tilde', user };
  }

  private readSingle(): Part {
    const end = this.src.indexOf("'", this.pos + 1);
    if (end < 0) throw this.error("unexpected EOF while looking for matching `''");
    const v = this.src.slice(this.pos + 1, end);
    this.advanceTo(end + 1);
    return { t: 'sq', v };
  }

  private readDouble(): Part {
    const startLine = this.line;
    this.pos++;
    const parts: Part[] = [];
    let lit = '';
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === undefined) throw this.error('unexpected EOF while looking for matching `"\'', startLine);
      if (c === '"') break;
      if (c === '$' || c === '`') {
        if (lit) parts.push({ t: 'lit', v: lit });
        lit = '';
        parts.push(c === '$' ? this.readDollar(true) : this.readBackquote(true));
        continue;
      }
      const n = s[this.pos + 1];
      // bash(1): inside double quotes a backslash escapes only $ ` " \ and newline.
      if (c === '\\' && n !== undefined && '$`"\\\n'.includes(n)) {
        if (n !== '\n') lit += n;
        this.advanceTo(this.pos + 2);
        continue;
      }
      lit += c;
      this.advanceTo(this.pos + 1);
    }
    this.pos++;
    if (lit) parts.push({ t: 'lit', v: lit });
    return { t: 'dq', parts };
  }

  /** `$...` in any of its forms; a lone `$` is literal. */
  private readDollar(quoted: boolean): Part {
    const s = this.src;
    const n = s[this.pos + 1];
    if (n === '(') return s[this.pos + 2] === '(' ? this.readArithOrComsub() : this.readComsub();
    if (n === '{') return this.readBrace(quoted);
    if (n === '[') return this.readLegacyArith();
    if (n === "'" && !quoted) return this.readAnsiC();
    if (n === '"' && !quoted) {
      this.pos++;
      return this.readDouble();
    }
    if (n !== undefined && NAME_START.test(n)) {
      let end = this.pos + 2;
      while (end < s.length && NAME_CHAR.test(s[end]!)) end++;
      const name = s.slice(this.pos + 1, end);
      this.pos = end;
      return { t: 'param', name };
    }
    if (n !== undefined && (/[0-9]/.test(n) || SPECIAL_PARAMS.includes(n))) {
      this.pos += 2;
      return { t: 'param', name: n };
    }
    this.pos++;
    return { t: 'lit', v: '$' };
  }

  /** A word that starts with <(...) or >(...), and what follows it up to a metacharacter. */
  private readProcsubWord(start: number, line: number): Tok {
    const dir = this.src[this.pos] as '<' | '>';
    const body = (this.readComsub() as Part & { t: 'cmdsub' }).body;
    const parts: Part[] = [{ t: 'procsub', dir, body }, ...this.readParts({ stop: isMeta })];
    const raw = this.src.slice(start, this.pos);
    return { k: 'word', v: raw, word: { parts, raw }, line, start, end: this.pos };
  }

  private readComsub(): Part {
    const child = new Lexer(this.src, this.sub, this.pos + 2, this.line, this.warnings);
    const body = this.sub.comsub(child);
    this.pos = child.pos;
    this.line = child.line;
    return { t: 'cmdsub', body };
  }

  /** `$((`: arithmetic if a matching `))` closes it, else `$(` followed by a subshell. */
  private readArithOrComsub(): Part {
    const start = this.pos + 3;
    const end = this.matchParens(start, 0);
    if (end === -2) throw this.error("unexpected EOF while looking for matching `)'");
    if (end < 0) return this.readComsub();
    const line = this.line;
    const text = this.src.slice(start, end);
    this.advanceTo(end + 2);
    return { t: 'arith', expr: this.parseExpandable(text, line, true) };
  }

  /** Index of the `))` closing an arithmetic expression that starts at `from`; -1 if a lone `)` closes it, -2 at EOF. */
  private matchParens(from: number, depth: number): number {
    const s = this.src;
    for (let i = from; i < s.length; i++) {
      const c = s[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth > 0) depth--;
        else return s[i + 1] === ')' ? i : -1;
      }
    }
    return -2;
  }

  private readLegacyArith(): Part {
    const start = this.pos + 2;
    let depth = 0;
    let i = start;
    for (; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '[') depth++;
      else if (c === ']' && depth-- === 0) break;
    }
    if (i >= this.src.length) throw this.error("unexpected EOF while looking for matching `]'");
    const line = this.line;
    const text = this.src.slice(start, i);
    this.advanceTo(i + 1);
    return { t: 'arith', expr: this.parseExpandable(text, line, true) };
  }

  /** `...` : bash removes the backslash before $ ` \ (and " inside double quotes), then parses the text. */
  private readBackquote(inDq: boolean): Part {
    const s = this.src;
    const line = this.line;
    let text = '';
    let i = this.pos + 1;
    for (; i < s.length && s[i] !== '`'; i++) {
      const n = s[i + 1];
      if (s[i] === '\\' && n !== undefined && ('$`\\'.includes(n) || (inDq && n === '"'))) {
        text += n;
        i++;
      } else text += s[i];
    }
    if (i >= s.length) throw this.error('unexpected EOF while looking for matching ``\'');
    this.advanceTo(i + 1);
    return { t: 'cmdsub', body: this.sub.script(text, line) };
  }

  private readAnsiC(): Part {
    const s = this.src;
    let i = this.pos + 2;
    let v = '';
    for (; i < s.length && s[i] !== "'"; i++) {
      if (s[i] !== '\\') {
        v += s[i];
        continue;
      }
      const [text, used] = ansiEscape(s, i + 1);
      v += text;
      i += used;
    }
    if (i >= s.length) throw this.error("unexpected EOF while looking for matching `''");
    this.advanceTo(i + 1);
    return { t: 'sq', v: normalizeBytes(v) };
  }

  /** `${...}` (bash(1) "Parameter Expansion"). */
  private readBrace(quoted: boolean): Part {
    const s = this.src;
    const start = this.pos;
    this.pos += 2;
    const p: Part = { t: 'param', name: '' };
    if (s[this.pos] === '#' && s[this.pos + 1] !== '}' && !/[-=?+:#%/]/.test(s[this.pos + 1] ?? '')) {
      p.length = true;
      this.pos++;
    } else if (s[this.pos] === '!' && s[this.pos + 1] !== '}') {
      p.indirect = true;
      this.pos++;
    }
    p.name = this.readParamName();
    if (!p.name) return this.badSubst(start);
    if (s[this.pos] === '[' && NAME_START.test(p.name)) {
      const close = subscriptEnd(s, this.pos);
      if (close < 0) return this.badSubst(start);
      p.index = s.slice(this.pos + 1, close);
      this.pos = close + 1;
    }
    if (s[this.pos] === '}') {
      this.pos++;
      return p;
    }
    if (p.length) return this.badSubst(start);
    return this.readParamOp(p, quoted, start);
  }

  private readParamName(): string {
    const s = this.src;
    const c = s[this.pos] ?? '';
    let end = this.pos;
    if (NAME_START.test(c)) while (end < s.length && NAME_CHAR.test(s[end]!)) end++;
    else if (/[0-9]/.test(c)) while (end < s.length && /[0-9]/.test(s[end]!)) end++;
    else if (c && SPECIAL_PARAMS.includes(c)) end++;
    const name = s.slice(this.pos, end);
    this.pos = end;
    return name;
  }

  private readParamOp(p: Extract<Part, { t: 'param' }>, quoted: boolean, start: number): Part {
    const s = this.src;
    const op = ['/#', '/%', '//', ':-', ':=', ':?', ':+', '##', '%%', '^^', ',,', '-', '=', '?', '+', '#', '%', '/', '^', ',', ':']
      .find((o) => s.startsWith(o, this.pos));
    if (!op) return this.badSubst(start);
    this.pos += op.length;
    p.op = op;
    const closeBrace = (c: string): boolean => c === '}';
    if (op.startsWith('/')) {
      p.arg = this.readArgWord((c) => c === '/' || c === '}', quoted);
      if (s[this.pos] === '/') {
        this.pos++;
        p.arg2 = this.readArgWord(closeBrace, quoted);
      }
    } else if (op === ':') {
      p.arg = this.readArgWord((c) => c === ':' || c === '}', quoted);
      if (s[this.pos] === ':') {
        this.pos++;
        p.arg2 = this.readArgWord(closeBrace, quoted);
      }
    } else p.arg = this.readArgWord(closeBrace, quoted);
    if (s[this.pos] !== '}') throw this.error("unexpected EOF while looking for matching `}'");
    this.pos++;
    return p;
  }

  private readArgWord(stop: (c: string) => boolean, inDq: boolean): Word {
    const start = this.pos;
    const parts = this.readParts({ stop, inDq });
    return { parts, raw: this.src.slice(start, this.pos) };
  }

  /** bash reports a malformed ${...} when it expands it, not when it parses it. */
  private badSubst(start: number): Part {
    const end = this.src.indexOf('}', this.pos);
    if (end < 0) throw this.error("unexpected EOF while looking for matching `}'");
    this.advanceTo(end + 1);
    return { t: 'bad', raw: this.src.slice(start, end + 1) };
  }

  /** Here-document bodies begin on the line after the redirection (bash(1) "Here Documents"). */
  private readHeredocBodies(): void {
    const docs = this.heredocs;
    this.heredocs = [];
    for (const d of docs) this.readHeredoc(d);
  }

  private readHeredoc(d: PendingHeredoc): void {
    const s = this.src;
    const startLine = this.line;
    const bodyStart = this.pos;
    let bodyEnd = this.pos;
    // Without <<- the body is one slice of the source; with it, lines lose their leading tabs.
    let body = '';
    for (;;) {
      if (this.pos >= s.length) {
        if (!d.stripTabs) body = s.slice(bodyStart, bodyEnd);
        if (body !== '' && !body.endsWith('\n')) body += '\n';
        const last = body ? this.line - 1 : this.line;
        const text = `warning: here-document at line ${d.redir.line} delimited by end-of-file (wanted \`${d.delim}')`;
        this.warnings.push({ line: last, text });
        break;
      }
      let nl = s.indexOf('\n', this.pos);
      if (nl < 0) nl = s.length;
      let text = s.slice(this.pos, nl);
      this.pos = Math.min(nl + 1, s.length);
      this.line++;
      if (d.stripTabs) text = text.replace(/^\t+/, '');
      if (text === d.delim) {
        if (!d.stripTabs) body = s.slice(bodyStart, bodyEnd);
        break;
      }
      if (d.stripTabs) body += text + '\n';
      bodyEnd = this.pos;
    }
    d.redir.target = d.quoted ? { parts: [{ t: 'sq', v: body }], raw: body } : this.parseExpandable(body, startLine);
  }
}

/** What is special in a here-document body or $((...)) text. */
const EXPAND_ONLY_SPECIAL = '\\$`';

/** The `]` closing the subscript that opens at s[open], or -1. */
function subscriptEnd(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
    else if (c === '}' && depth === 1 && s.indexOf(']', i) < 0) return -1;
  }
  return -1;
}

const ANSI_SIMPLE: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?',
};

/** One ANSI-C escape of $'...' after the backslash at `s[i-1]`: [text, characters used]. */
function ansiEscape(s: string, i: number): [string, number] {
  const c = s[i] ?? '';
  const hit = ANSI_SIMPLE[c];
  if (hit !== undefined) return [hit, 1];
  // ansicstr(): octal and hex escapes are bytes (UTF-8 ones joined by the caller), \u and \U characters
  const num = (re: RegExp, base: number, skip: number, byte = false): [string, number] => {
    const m = re.exec(s.slice(i + skip));
    if (!m) return ['\\' + c, 1];
    const v = parseInt(m[0], base);
    return [byte ? byteChar(v & 0xff) : String.fromCodePoint(v), skip + m[0].length];
  };
  if (/[0-7]/.test(c)) return num(/^[0-7]{1,3}/, 8, 0, true);
  if (c === 'x') return num(/^[0-9a-fA-F]{1,2}/, 16, 1, true);
  if (c === 'u') return num(/^[0-9a-fA-F]{1,4}/, 16, 1);
  if (c === 'U') return num(/^[0-9a-fA-F]{1,8}/, 16, 1);
  return ['\\' + c, 1];
}

/** Quote removal on raw source text (here-document delimiters). */
export function removeQuotes(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      out += raw.slice(i + 1, end < 0 ? raw.length : end);
      i = end < 0 ? raw.length : end;
    } else if (c === '"') continue;
    else if (c === '\\' && i + 1 < raw.length) out += raw[++i];
    else out += c;
  }
  return out;
}
