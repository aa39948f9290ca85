/**
 * POSIX regular expressions for grep, sed, nl and the shell's [[ =~ ]]: the
 * tree of regex_parse.ts matched in linear time by the Pike VM of regex_vm.ts,
 * with POSIX leftmost-longest semantics (`a|ab` on "ab" is "ab").
 *
 * Back-references make matching NP-hard; glibc then backtracks, and so do we:
 * the tree becomes JavaScript RegExp source, and longestMatch() extends the
 * first match JavaScript finds to the longest at the leftmost start.
 */
import {
  type Node, type Parsed, type RegexSyntax, cat, jsChar, literalNode, parse, renumber,
} from './regex_parse.js';
import { PikeVm } from './regex_vm.js';
import { literalOf } from './regex_literal.js';

export { RegexError, type RegexSyntax, type Dialect } from './regex_parse.js';

/** A match as RegExp.exec gives it: [whole, group 1, ...] (undefined: unset) and its index. */
export interface Match extends Array<string | undefined> {
  0: string;
  index: number;
}

export interface Translated {
  readonly source: string;
  readonly groups: number;
  readonly warnings: string[];
}

const ASSERT_JS: Record<string, string> = {
  bol: '^',
  eol: '$',
  wordB: '(?:\\b)',
  notWordB: '(?:\\B)',
  wordStart: '(?:\\b(?=[A-Za-z0-9_]))',
  wordEnd: '(?:\\b(?<=[A-Za-z0-9_]))',
  bufStart: '(?:(?<![\\s\\S]))',
  bufEnd: '(?:(?![\\s\\S]))',
  notWordBefore: '(?<![A-Za-z0-9_])',
  notWordAfter: '(?![A-Za-z0-9_])',
};

/** The tree as JavaScript RegExp source with the same meaning. */
function jsSource(n: Node): string {
  switch (n.t) {
    case 'set':
      return n.js;
    case 'cat':
      return n.items.map(jsSource).join('');
    case 'alt':
      return n.items.map(jsSource).join('|');
    case 'group':
      return `(${jsSource(n.body)})`;
    case 'rep':
      return (n.body.t === 'rep' ? `(?:${jsSource(n.body)})` : jsSource(n.body)) + n.op;
    case 'assert':
      return ASSERT_JS[n.a]!;
    case 'backref':
      return `(?:\\${n.n})`;
  }
}

/** Translate a POSIX pattern to JavaScript source; group numbers shift by `groupOffset`. */
export function translate(pattern: string, syntax: RegexSyntax, groupOffset = 0): Translated {
  const p = parse(pattern, syntax);
  return { source: jsSource(renumber(p.node, groupOffset)) || '(?:)', groups: p.groups, warnings: p.warnings };
}

/** A fixed string as JS source. */
export function literal(s: string): string {
  return [...s].map(jsChar).join('') || '(?:)';
}

export interface MatchOptions {
  readonly ignoreCase?: boolean;
  /** sed's M flag: ^ and $ at newlines too. */
  readonly multiline?: boolean;
  /** Use the literal fast paths (tests turn them off to compare with the VM alone). */
  readonly fastPath?: boolean;
}

/** How a PosixRegex matches: indexOf alone, indexOf then the VM, the VM, or backtracking. */
export type MatchPath = 'literal' | 'prefilter' | 'vm' | 'backtrack';

/** A compiled POSIX regular expression (regcomp's regex_t). */
export class PosixRegex {
  private readonly vm: PikeVm | null;
  private readonly js: RegExp | null;
  /** The whole pattern is this text (no groups, anchors or case folding). */
  private readonly exact: string | null = null;
  /** Text every match contains ('' when none is known). */
  private readonly req: string = '';

  constructor(
    node: Node,
    readonly groups: number,
    hasBackrefs: boolean,
    o: MatchOptions = {},
    readonly warnings: readonly string[] = [],
  ) {
    const ignoreCase = o.ignoreCase ?? false;
    const multiline = o.multiline ?? false;
    if (hasBackrefs) {
      this.vm = null;
      this.js = new RegExp(jsSource(node) || '(?:)', 'g' + (ignoreCase ? 'i' : '') + (multiline ? 'm' : ''));
    } else {
      this.vm = new PikeVm(node, groups, { ignoreCase, multiline });
      this.js = null;
      // case folding maps more than ASCII (U+212A is k): no literal shortcut then
      if ((o.fastPath ?? true) && !ignoreCase) {
        const lit = literalOf(node);
        if (lit.exact !== null && lit.exact !== '' && groups === 0) this.exact = lit.exact;
        else this.req = lit.req;
      }
    }
  }

  /** Which matcher runs. */
  get path(): MatchPath {
    if (!this.vm) return 'backtrack';
    return this.exact !== null ? 'literal' : this.req !== '' ? 'prefilter' : 'vm';
  }

  /** Instructions of the linear matcher's program (0 when backtracking). */
  get size(): number {
    return this.vm?.size ?? 0;
  }

  /** Threads the linear matcher has stepped so far (0 when backtracking). */
  get steps(): number {
    return this.vm?.steps ?? 0;
  }

  /** Whether the text has a match (regexec without submatches). */
  test(text: string): boolean {
    if (this.exact !== null) return text.includes(this.exact);
    if (this.req !== '' && !text.includes(this.req)) return false;
    if (this.vm) return this.vm.test(text);
    this.js!.lastIndex = 0;
    return this.js!.test(text);
  }

  /** The leftmost-longest match at `from` or later, `^` still meaning the start of `text`. */
  exec(text: string, from = 0): Match | null {
    if (!this.vm) return longestMatch(this.js!, text, from) as Match | null;
    if (this.exact !== null) {
      const at = text.indexOf(this.exact, from);
      if (at < 0) return null;
      const m = [this.exact] as unknown as Match;
      m.index = at;
      return m;
    }
    // a match starting at `from` or later lies wholly there, its required text too
    if (this.req !== '' && text.indexOf(this.req, from) < 0) return null;
    const caps = this.vm.exec(text, from);
    if (caps === null) return null;
    const m = [] as unknown as Match;
    for (let g = 0; g <= this.groups; g++) {
      const s = caps[2 * g] ?? -1;
      const e = caps[2 * g + 1] ?? -1;
      m.push(s < 0 || e < 0 ? undefined : text.slice(s, e));
    }
    m.index = caps[0]!;
    return m;
  }
}

/** regcomp(): a POSIX pattern compiled for matching (throws RegexError). */
export function compileRegex(pattern: string, syntax: RegexSyntax, o: MatchOptions = {}): PosixRegex {
  const p = parse(pattern, syntax);
  return new PosixRegex(p.node, p.groups, p.hasBackrefs, o, p.warnings);
}

/**
 * grep's patterns as one alternation (each with its own group numbers), with
 * -x (the whole line) or -w (not touching a word character) around each.
 */
export function compileGrep(
  pats: readonly string[],
  syntax: RegexSyntax & { fixed: boolean; line: boolean; word: boolean },
  o: MatchOptions,
): PosixRegex {
  let groups = 0;
  let backrefs = false;
  const warnings: string[] = [];
  const nodes = pats.map((pat) => {
    if (syntax.fixed) return literalNode(pat);
    const p: Parsed = parse(pat, syntax);
    const n = renumber(p.node, groups);
    groups += p.groups;
    backrefs ||= p.hasBackrefs;
    warnings.push(...p.warnings);
    return n;
  });
  let node: Node = nodes.length === 1 ? nodes[0]! : { t: 'alt', items: nodes };
  if (syntax.line) node = cat([{ t: 'assert', a: 'bufStart' }, node, { t: 'assert', a: 'bufEnd' }]);
  else if (syntax.word) node = cat([{ t: 'assert', a: 'notWordBefore' }, node, { t: 'assert', a: 'notWordAfter' }]);
  return new PosixRegex(node, groups, backrefs, o, warnings);
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
 * POSIX leftmost-longest by backtracking: the JavaScript match at the leftmost
 * start, extended while a longer match from the same start exists. `re` has the g flag.
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
