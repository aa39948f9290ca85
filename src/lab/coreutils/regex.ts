/**
 * POSIX basic and extended regular expressions, as glibc's regcomp parses
 * them for GNU grep and sed, translated to JavaScript RegExp source.
 *
 * BRE: \( \) \{ \} \| \+ \? are operators and ( ) { } | + ? literal; `^` is an
 * anchor only at the start (or after \( or \|), `$` only at the end (or
 * before \) or \|), `*` is literal where nothing precedes it. ERE: the
 * unescaped forms are operators. Both: back-references \1-\9, bracket
 * expressions with [:class:] [=c=] [.c.] (backslash literal inside), the GNU
 * escapes \w \W \s \S \b \B \< \> \` \'. Errors carry glibc's regerror text.
 *
 * JavaScript picks the first match its backtracking finds; POSIX wants the
 * longest at the leftmost start (`a|ab` on "ab" is "ab"): longestMatch()
 * extends a match where that matters (sed s, grep -o).
 */

export type Dialect = 'grep' | 'sed';

export interface RegexSyntax {
  readonly extended: boolean;
  /** grep (RE_SYNTAX_GREP/EGREP) forgives what sed (POSIX_BASIC/EXTENDED) rejects. */
  readonly dialect: Dialect;
  /** sed's M flag: `.` and `[^...]` stop at newlines (anchors are the caller's 'm' flag). */
  readonly multiline?: boolean;
}

export class RegexError extends Error {
  /** 'dfa': reported by GNU's dfa.c rather than regcomp (sed prints it without a position). */
  constructor(
    message: string,
    readonly kind: 'regcomp' | 'dfa' = 'regcomp',
  ) {
    super(message);
  }
}

export interface Translated {
  readonly source: string;
  /** Number of capturing groups (re_nsub). */
  readonly groups: number;
  /** dfa.c warnings (grep prints them as `grep: warning: ...`). */
  readonly warnings: string[];
}

const E = {
  BADRPT: 'Invalid preceding regular expression',
  EBRACE: 'Unmatched \\{',
  BADBR: 'Invalid content of \\{\\}',
  EPAREN: 'Unmatched ( or \\(',
  ERPAREN: 'Unmatched ) or \\)',
  EESCAPE: 'Trailing backslash',
  EBRACK: 'Unmatched [, [^, [:, [., or [=',
  ECTYPE: 'Invalid character class name',
  ERANGE: 'Invalid range end',
  ESUBREG: 'Invalid back reference',
  ECOLLATE: 'Invalid collation character',
  ESIZE: 'Regular expression too big',
};

const CLASS_RANGES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\v\\f\\r',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

/** A character as it may appear anywhere in JS source, inside or outside a class. */
export function jsChar(c: string): string {
  if (/[A-Za-z0-9_ ]/.test(c)) return c;
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return '\\x' + code.toString(16).padStart(2, '0');
  if (code < 0x7f) return '\\' + c;
  return c;
}

interface Piece {
  /** Output index where the last atom starts, or -1 when no atom can be repeated here. */
  atom: number;
  quantified: boolean;
}

class Translator {
  private i = 0;
  private out: string[] = [];
  private groups = 0;
  private readonly closed = new Set<number>();
  /** Open groups: their number and where their '(' is in the output. */
  private readonly open: { group: number; pos: number }[] = [];
  readonly warnings: string[] = [];
  private piece: Piece = { atom: -1, quantified: false };

  constructor(
    private readonly p: string,
    private readonly syn: RegexSyntax,
    private readonly groupOffset: number,
  ) {}

  run(): Translated {
    while (this.i < this.p.length) this.token();
    if (this.open.length > 0) throw new RegexError(E.EPAREN);
    return { source: this.out.join('') || '(?:)', groups: this.groups, warnings: this.warnings };
  }

  private get ere(): boolean {
    return this.syn.extended;
  }

  /** Emit an atom that a following quantifier applies to. */
  private atom(s: string): void {
    this.piece = { atom: this.out.length, quantified: false };
    this.out.push(s);
  }

  /** Emit something a quantifier may not follow directly (anchors, alternation, group start). */
  private context(s: string): void {
    this.piece = { atom: -1, quantified: false };
    this.out.push(s);
  }

  /** At a point where BRE's `^` is an anchor and `*` literal: pattern start, after ( or |. */
  private atStartContext(): boolean {
    const prev = this.out[this.out.length - 1];
    return this.out.length === 0 || prev === '(' || prev === '|';
  }

  private token(): void {
    const c = this.p[this.i]!;
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '[') return this.atom(this.bracket());
    if (c === '.') return this.atom(this.syn.multiline ? '[^\\n]' : '[\\s\\S]');
    if (c === '*') return this.quantifier('*', '*');
    if (c === '^') return this.caret();
    if (c === '$') return this.dollar();
    if (this.ere) {
      if (c === '(') return this.openGroup();
      if (c === ')') return this.closeGroup();
      if (c === '|') return this.context('|');
      if (c === '+' || c === '?') return this.quantifier(c, c);
      if (c === '{') return this.interval();
    }
    this.atom(jsChar(c));
  }

  private caret(): void {
    if (this.ere || this.atStartContext()) this.context('^');
    else this.atom('\\^');
  }

  private dollar(): void {
    const rest = this.p.slice(this.i);
    if (this.ere || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|')) this.context('$');
    else this.atom('\\$');
  }

  private escape(): void {
    const n = this.p[this.i + 1];
    if (n === undefined) throw new RegexError(E.EESCAPE);
    this.i += 2;
    if (!this.ere) {
      if (n === '(') return this.openGroup();
      if (n === ')') return this.closeGroup();
      if (n === '|') return this.context('|');
      if (n === '{') return this.interval();
      if (n === '+' || n === '?') return this.quantifier(n, '\\' + n);
    }
    if (n >= '1' && n <= '9') return this.backref(Number(n));
    const gnu: Record<string, string> = {
      w: '[A-Za-z0-9_]', W: '[^A-Za-z0-9_]', s: '[ \\t\\n\\v\\f\\r]', S: '[^ \\t\\n\\v\\f\\r]',
      b: '(?:\\b)', B: '(?:\\B)', '<': '(?:\\b(?=[A-Za-z0-9_]))', '>': '(?:\\b(?<=[A-Za-z0-9_]))',
      '`': '(?:(?<![\\s\\S]))', "'": '(?:(?![\\s\\S]))',
    };
    this.atom(gnu[n] ?? jsChar(n));
  }

  private backref(n: number): void {
    if (!this.closed.has(n)) throw new RegexError(E.ESUBREG);
    this.atom(`(?:\\${n + this.groupOffset})`);
  }

  private openGroup(): void {
    this.groups++;
    this.open.push({ group: this.groups, pos: this.out.length });
    this.context('(');
  }

  private closeGroup(): void {
    const g = this.open.pop();
    if (g === undefined) {
      if (this.ere && this.syn.dialect === 'grep') return this.atom('\\)');
      throw new RegexError(E.ERPAREN);
    }
    this.closed.add(g.group);
    this.out.push(')');
    this.piece = { atom: g.pos, quantified: false };
  }

  /** A quantifier after the current atom; with nothing to repeat BRE takes it literally. */
  private quantifier(op: string, literal: string, text = op): void {
    if (this.piece.atom < 0) {
      if (!this.ere) return this.atom(jsChar(literal.replace('\\', '')));
      if (this.syn.dialect === 'sed') throw new RegexError(E.BADRPT);
      this.warnings.push(`${text === op ? op : '{...}'} at start of expression`);
      return;
    }
    if (this.piece.quantified) {
      const inner = this.out.splice(this.piece.atom).join('');
      this.out.push(`(?:${inner})`);
    }
    this.out.push(op);
    this.piece = { atom: this.piece.atom, quantified: true };
  }

  /** `{m,n}` (ERE) or `\{m,n\}` (BRE), at this.i just after the brace. */
  private interval(): void {
    if (this.piece.atom < 0 && !this.ere) {
      if (this.syn.dialect === 'sed') throw new RegexError(E.BADRPT);
      return this.atom('\\{');
    }
    const close = this.ere ? '}' : '\\}';
    const end = this.p.indexOf(close, this.i);
    const body = end < 0 ? null : this.p.slice(this.i, end);
    const m = body === null ? null : /^(\d*)(,?)(\d*)$/.exec(body);
    const valid = m !== null && !(m[1] === '' && m[2] === '' && m[3] === '');
    if (!valid) {
      if (this.ere && this.syn.dialect === 'grep') return this.atom('\\{');
      throw new RegexError(end < 0 ? E.EBRACE : E.BADBR);
    }
    const lo = m[1] === '' ? 0 : Number(m[1]);
    const hi = m[2] === '' ? lo : m[3] === '' ? Infinity : Number(m[3]);
    if (hi < lo) throw new RegexError(E.BADBR);
    if (lo > 0x7fff || (hi !== Infinity && hi > 0x7fff)) throw new RegexError(E.ESIZE);
    this.i = end + close.length;
    const q = `{${lo}${m[2] === '' ? '' : ','}${hi === Infinity || m[2] === '' ? '' : hi}}`;
    this.quantifier(q, '{', '{');
  }

  /** A bracket expression, at this.i just after '['. */
  private bracket(): string {
    const p = this.p;
    let j = this.i;
    const negate = p[j] === '^';
    if (negate) j++;
    const start = j;
    let cls = '';
    for (let first = true; ; first = false) {
      if (j >= p.length) throw new RegexError(E.EBRACK);
      if (p[j] === ']' && !first) break;
      const lo = this.bracketItem(j);
      j = lo.next;
      if (lo.cls !== undefined) {
        cls += lo.cls;
        continue;
      }
      if (p[j] === '-' && p[j + 1] !== undefined && p[j + 1] !== ']') {
        const hi = this.bracketItem(j + 1);
        if (hi.cls !== undefined) throw new RegexError(E.ERANGE);
        if (hi.ch! < lo.ch!) throw new RegexError(E.ERANGE);
        cls += jsChar(lo.ch!) + '-' + jsChar(hi.ch!);
        j = hi.next;
      } else cls += jsChar(lo.ch!);
    }
    const body = p.slice(start, j);
    this.i = j + 1;
    if (/^:.*:$/.test(body) && body.length >= 3 && !/[[\-]/.test(body)) {
      throw new RegexError('character class syntax is [[:space:]], not [:space:]', 'dfa');
    }
    return negate ? `[^${cls}${this.syn.multiline ? '\\n' : ''}]` : `[${cls}]`;
  }

  /** One bracket element at p[j]: a character, or a [:class:] as JS class text. */
  private bracketItem(j: number): { ch?: string; cls?: string; next: number } {
    const p = this.p;
    const kind = p[j] === '[' ? p[j + 1] : undefined;
    if (kind !== ':' && kind !== '.' && kind !== '=') return { ch: p[j]!, next: j + 1 };
    const end = p.indexOf(kind + ']', j + 2);
    if (end < 0) throw new RegexError(E.EBRACK);
    const name = p.slice(j + 2, end);
    if (kind === ':') {
      const r = CLASS_RANGES[name];
      if (r === undefined) throw new RegexError(E.ECTYPE);
      return { cls: r, next: end + 2 };
    }
    if (name.length !== 1) throw new RegexError(E.ECOLLATE);
    return { ch: name, next: end + 2 };
  }
}

/** Translate a POSIX pattern; back-references are shifted by `groupOffset` (several grep patterns in one RegExp). */
export function translate(pattern: string, syntax: RegexSyntax, groupOffset = 0): Translated {
  return new Translator(pattern, syntax, groupOffset).run();
}

/** A fixed string as JS source (grep -F). */
export function literal(s: string): string {
  return [...s].map(jsChar).join('') || '(?:)';
}

/** Sticky variants of a RegExp that only match when they end at or after a position. */
const endingAfter = new WeakMap<RegExp, Map<number, RegExp>>();

function variantEndingAfter(re: RegExp, k: number): RegExp {
  let cache = endingAfter.get(re);
  if (!cache) endingAfter.set(re, (cache = new Map()));
  let v = cache.get(k);
  if (!v) {
    // (?<![\s\S]) is the start of the text whatever the flags: the lookbehind holds when the match ends at k or later.
    v = new RegExp(`(?:${re.source})(?<=(?<![\\s\\S])[\\s\\S]{${k},})`, re.flags.replace('g', '') + 'y');
    cache.set(k, v);
  }
  return v;
}

/**
 * POSIX leftmost-longest: the JavaScript match at the leftmost start,
 * extended while a longer match from the same start exists. `re` has the g flag.
 */
export function longestMatch(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  let best = re.exec(text);
  if (!best) return null;
  for (;;) {
    const k = best.index + best[0].length + 1;
    if (k > text.length) return best;
    const v = variantEndingAfter(re, k);
    v.lastIndex = best.index;
    const longer = v.exec(text);
    if (!longer) return best;
    best = longer;
  }
}
