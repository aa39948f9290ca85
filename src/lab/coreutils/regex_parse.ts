/**
 * POSIX basic and extended regular expressions parsed as glibc's regcomp
 * parses them for GNU grep and sed, into a syntax tree that two back ends
 * read: the linear-time matcher (regex_vm.ts) and, for back-references only,
 * JavaScript RegExp source (regex.ts), as glibc falls back to backtracking.
 *
 * BRE: \( \) \{ \} \| \+ \? are operators and ( ) { } | + ? literal; `^` is an
 * anchor only at the start (or after \( or \|), `$` only at the end (or
 * before \) or \|), `*` is literal where nothing precedes it. ERE: the
 * unescaped forms are operators. Both: back-references \1-\9, bracket
 * expressions with [:class:] [=c=] [.c.] (backslash literal inside), the GNU
 * escapes \w \W \s \S \b \B \< \> \` \'. Errors carry glibc's regerror text.
 */

export type Dialect = 'grep' | 'sed';

export interface RegexSyntax {
  readonly extended: boolean;
  /** grep (RE_SYNTAX_GREP/EGREP) forgives what sed (POSIX_BASIC/EXTENDED) rejects. */
  readonly dialect: Dialect;
  /** sed's M flag: `.` and `[^...]` stop at newlines (anchors are the caller's multiline flag). */
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

export const E = {
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

/**
 * Zero-width assertions: bol/eol are ^ and $ (at newlines too in multiline
 * mode), bufStart/bufEnd GNU's \` and \'; notWordBefore/notWordAfter serve grep -w.
 */
export type Assertion =
  | 'bol' | 'eol' | 'wordB' | 'notWordB' | 'wordStart' | 'wordEnd'
  | 'bufStart' | 'bufEnd' | 'notWordBefore' | 'notWordAfter';

/** A set of UTF-16 code units: inclusive [lo, hi] pairs, possibly negated. */
export interface CharClass {
  readonly ranges: readonly number[];
  readonly negate: boolean;
}

export type Node =
  | { readonly t: 'set'; readonly cls: CharClass; readonly js: string }
  | { readonly t: 'cat'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly items: readonly Node[] }
  | { readonly t: 'group'; readonly n: number; readonly body: Node }
  | { readonly t: 'rep'; readonly body: Node; readonly min: number; readonly max: number; readonly op: string }
  | { readonly t: 'assert'; readonly a: Assertion }
  | { readonly t: 'backref'; readonly n: number };

export interface Parsed {
  readonly node: Node;
  /** Number of capturing groups (re_nsub). */
  readonly groups: number;
  readonly hasBackrefs: boolean;
  /** dfa.c warnings (grep prints them as `grep: warning: ...`). */
  readonly warnings: string[];
}

const r = (a: string, b = a): number[] => [a.charCodeAt(0), b.charCodeAt(0)];

const CLASS_RANGES: Record<string, number[]> = {
  alpha: [...r('A', 'Z'), ...r('a', 'z')],
  digit: r('0', '9'),
  alnum: [...r('0', '9'), ...r('A', 'Z'), ...r('a', 'z')],
  upper: r('A', 'Z'),
  lower: r('a', 'z'),
  space: [...r(' '), 9, 13],
  blank: [...r(' '), ...r('\t')],
  punct: [...r('!', '/'), ...r(':', '@'), ...r('[', '`'), ...r('{', '~')],
  print: r(' ', '~'),
  graph: r('!', '~'),
  cntrl: [0, 0x1f, 0x7f, 0x7f],
  xdigit: [...r('0', '9'), ...r('A', 'F'), ...r('a', 'f')],
};

const WORD = CLASS_RANGES.alnum!.concat(r('_'));
const SPACE = CLASS_RANGES.space!;

/** A character as it may appear anywhere in JS source, inside or outside a class. */
export function jsChar(c: string): string {
  if (/[A-Za-z0-9_ ]/.test(c)) return c;
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return '\\x' + code.toString(16).padStart(2, '0');
  if (code < 0x7f) return '\\' + c;
  return c;
}

function rangesJs(ranges: readonly number[]): string {
  let s = '';
  for (let k = 0; k < ranges.length; k += 2) {
    const lo = String.fromCharCode(ranges[k]!);
    const hi = String.fromCharCode(ranges[k + 1]!);
    s += lo === hi ? jsChar(lo) : jsChar(lo) + '-' + jsChar(hi);
  }
  return s;
}

function setNode(ranges: readonly number[], negate: boolean): Node {
  return { t: 'set', cls: { ranges, negate }, js: negate ? `[^${rangesJs(ranges)}]` : `[${rangesJs(ranges)}]` };
}

function charNode(c: string): Node {
  const code = c.charCodeAt(0);
  return { t: 'set', cls: { ranges: [code, code], negate: false }, js: jsChar(c) };
}

const ESCAPES: Record<string, Node> = {
  w: setNode(WORD, false),
  W: setNode(WORD, true),
  s: setNode(SPACE, false),
  S: setNode(SPACE, true),
  b: { t: 'assert', a: 'wordB' },
  B: { t: 'assert', a: 'notWordB' },
  '<': { t: 'assert', a: 'wordStart' },
  '>': { t: 'assert', a: 'wordEnd' },
  '`': { t: 'assert', a: 'bufStart' },
  "'": { t: 'assert', a: 'bufEnd' },
};

/** One open group (or the whole pattern): its finished alternatives and the one being read. */
interface Frame {
  readonly group: number;
  readonly alts: Node[];
  cur: Node[];
}

/** Build a concatenation or alternation without one-element wrappers. */
export function cat(items: readonly Node[]): Node {
  return items.length === 1 ? items[0]! : { t: 'cat', items };
}

function alt(items: readonly Node[]): Node {
  return items.length === 1 ? items[0]! : { t: 'alt', items };
}

class Parser {
  private i = 0;
  private groups = 0;
  private backrefs = false;
  private readonly closed = new Set<number>();
  private readonly frames: Frame[] = [{ group: 0, alts: [], cur: [] }];
  readonly warnings: string[] = [];
  /** Whether the last item of the current concatenation may take a quantifier. */
  private repeatable = false;

  constructor(
    private readonly p: string,
    private readonly syn: RegexSyntax,
  ) {}

  run(): Parsed {
    while (this.i < this.p.length) this.token();
    if (this.frames.length > 1) throw new RegexError(E.EPAREN);
    const node = this.finish(this.frames[0]!);
    return { node, groups: this.groups, hasBackrefs: this.backrefs, warnings: this.warnings };
  }

  private get ere(): boolean {
    return this.syn.extended;
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private finish(f: Frame): Node {
    return alt([...f.alts, cat(f.cur)]);
  }

  /** An item that a following quantifier applies to. */
  private atom(n: Node): void {
    this.frame.cur.push(n);
    this.repeatable = true;
  }

  /** Something a quantifier may not follow directly (anchors). */
  private context(n: Node): void {
    this.frame.cur.push(n);
    this.repeatable = false;
  }

  private token(): void {
    const c = this.p[this.i]!;
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '[') return this.atom(this.bracket());
    if (c === '.') return this.atom(setNode(this.syn.multiline ? [10, 10] : [], true));
    if (c === '*') return this.quantifier('*', 0, Infinity);
    if (c === '^') return this.caret();
    if (c === '$') return this.dollar();
    if (this.ere) {
      if (c === '(') return this.openGroup();
      if (c === ')') return this.closeGroup();
      if (c === '|') return this.bar();
      if (c === '+') return this.quantifier('+', 1, Infinity);
      if (c === '?') return this.quantifier('?', 0, 1);
      if (c === '{') return this.interval();
    }
    this.atom(charNode(c));
  }

  /** BRE's `^` is an anchor at the pattern start or after \( or \|. */
  private caret(): void {
    if (this.ere || this.frame.cur.length === 0) this.context({ t: 'assert', a: 'bol' });
    else this.atom(charNode('^'));
  }

  private dollar(): void {
    const rest = this.p.slice(this.i);
    if (this.ere || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|')) this.context({ t: 'assert', a: 'eol' });
    else this.atom(charNode('$'));
  }

  private bar(): void {
    const f = this.frame;
    f.alts.push(cat(f.cur));
    f.cur = [];
    this.repeatable = false;
  }

  private escape(): void {
    const n = this.p[this.i + 1];
    if (n === undefined) throw new RegexError(E.EESCAPE);
    this.i += 2;
    if (!this.ere) {
      if (n === '(') return this.openGroup();
      if (n === ')') return this.closeGroup();
      if (n === '|') return this.bar();
      if (n === '{') return this.interval();
      if (n === '+') return this.quantifier('+', 1, Infinity);
      if (n === '?') return this.quantifier('?', 0, 1);
    }
    if (n >= '1' && n <= '9') return this.backref(Number(n));
    this.atom(ESCAPES[n] ?? charNode(n));
  }

  private backref(n: number): void {
    if (!this.closed.has(n)) throw new RegexError(E.ESUBREG);
    this.backrefs = true;
    this.atom({ t: 'backref', n });
  }

  private openGroup(): void {
    this.groups++;
    this.frames.push({ group: this.groups, alts: [], cur: [] });
    this.repeatable = false;
  }

  private closeGroup(): void {
    if (this.frames.length === 1) {
      if (this.ere && this.syn.dialect === 'grep') return this.atom(charNode(')'));
      throw new RegexError(E.ERPAREN);
    }
    const f = this.frames.pop()!;
    this.closed.add(f.group);
    this.atom({ t: 'group', n: f.group, body: this.finish(f) });
  }

  /** A quantifier after the current atom; with nothing to repeat BRE takes it literally. */
  private quantifier(op: string, min: number, max: number, text = op): void {
    if (!this.repeatable) {
      if (!this.ere) return this.atom(charNode(op === '{' ? '{' : op));
      if (this.syn.dialect === 'sed') throw new RegexError(E.BADRPT);
      this.warnings.push(`${text === op ? op : '{...}'} at start of expression`);
      return;
    }
    const cur = this.frame.cur;
    const body = cur.pop()!;
    cur.push({ t: 'rep', body, min, max, op });
  }

  /** `{m,n}` (ERE) or `\{m,n\}` (BRE), at this.i just after the brace. */
  private interval(): void {
    if (!this.repeatable && !this.ere) {
      if (this.syn.dialect === 'sed') throw new RegexError(E.BADRPT);
      return this.atom(charNode('{'));
    }
    const close = this.ere ? '}' : '\\}';
    const end = this.p.indexOf(close, this.i);
    const body = end < 0 ? null : this.p.slice(this.i, end);
    const m = body === null ? null : /^(\d*)(,?)(\d*)$/.exec(body);
    const valid = m !== null && !(m[1] === '' && m[2] === '' && m[3] === '');
    if (!valid) {
      if (this.ere && this.syn.dialect === 'grep') return this.atom(charNode('{'));
      throw new RegexError(end < 0 ? E.EBRACE : E.BADBR);
    }
    const lo = m[1] === '' ? 0 : Number(m[1]);
    const hi = m[2] === '' ? lo : m[3] === '' ? Infinity : Number(m[3]);
    if (hi < lo) throw new RegexError(E.BADBR);
    if (lo > 0x7fff || (hi !== Infinity && hi > 0x7fff)) throw new RegexError(E.ESIZE);
    this.i = end + close.length;
    const q = `{${lo}${m[2] === '' ? '' : ','}${hi === Infinity || m[2] === '' ? '' : hi}}`;
    this.quantifier(q, lo, hi, '{');
  }

  /** A bracket expression, at this.i just after '['. */
  private bracket(): Node {
    const p = this.p;
    let j = this.i;
    const negate = p[j] === '^';
    if (negate) j++;
    const start = j;
    const ranges: number[] = [];
    for (let first = true; ; first = false) {
      if (j >= p.length) throw new RegexError(E.EBRACK);
      if (p[j] === ']' && !first) break;
      const lo = this.bracketItem(j);
      j = lo.next;
      if (lo.cls !== undefined) {
        ranges.push(...lo.cls);
        continue;
      }
      const c = lo.ch!.charCodeAt(0);
      if (p[j] === '-' && p[j + 1] !== undefined && p[j + 1] !== ']') {
        const hi = this.bracketItem(j + 1);
        if (hi.cls !== undefined) throw new RegexError(E.ERANGE);
        if (hi.ch! < lo.ch!) throw new RegexError(E.ERANGE);
        ranges.push(c, hi.ch!.charCodeAt(0));
        j = hi.next;
      } else ranges.push(c, c);
    }
    const body = p.slice(start, j);
    this.i = j + 1;
    if (/^:.*:$/.test(body) && body.length >= 3 && !/[[\-]/.test(body)) {
      throw new RegexError('character class syntax is [[:space:]], not [:space:]', 'dfa');
    }
    if (negate && this.syn.multiline) ranges.push(10, 10);
    return setNode(ranges, negate);
  }

  /** One bracket element at p[j]: a character, or a [:class:] as ranges. */
  private bracketItem(j: number): { ch?: string; cls?: number[]; next: number } {
    const p = this.p;
    const kind = p[j] === '[' ? p[j + 1] : undefined;
    if (kind !== ':' && kind !== '.' && kind !== '=') return { ch: p[j]!, next: j + 1 };
    const end = p.indexOf(kind + ']', j + 2);
    if (end < 0) throw new RegexError(E.EBRACK);
    const name = p.slice(j + 2, end);
    if (kind === ':') {
      const cls = CLASS_RANGES[name];
      if (cls === undefined) throw new RegexError(E.ECTYPE);
      return { cls, next: end + 2 };
    }
    if (name.length !== 1) throw new RegexError(E.ECOLLATE);
    return { ch: name, next: end + 2 };
  }
}

/** Parse a POSIX pattern (regcomp()). */
export function parse(pattern: string, syntax: RegexSyntax): Parsed {
  return new Parser(pattern, syntax).run();
}

/** A fixed string (grep -F) as a tree. */
export function literalNode(s: string): Node {
  return cat(s.split('').map(charNode));
}

/** The same tree with group numbers (and back-references) shifted by `by`. */
export function renumber(n: Node, by: number): Node {
  if (by === 0) return n;
  switch (n.t) {
    case 'cat':
    case 'alt':
      return { t: n.t, items: n.items.map((x) => renumber(x, by)) };
    case 'group':
      return { t: 'group', n: n.n + by, body: renumber(n.body, by) };
    case 'rep':
      return { ...n, body: renumber(n.body, by) };
    case 'backref':
      return { t: 'backref', n: n.n + by };
    default:
      return n;
  }
}
