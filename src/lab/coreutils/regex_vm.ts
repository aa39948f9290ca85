/**
 * A linear-time matcher for the POSIX trees of regex_parse.ts: Thompson's
 * construction run as a Pike VM (all threads in lock step, at most one per
 * instruction), so `^(a+)+$` costs O(text × pattern) where backtracking is
 * exponential.
 *
 * POSIX wants the leftmost-longest overall match, as glibc's regexec gives:
 * threads stay sorted by start, the earliest start wins, and among threads
 * from that start the match ending last wins. Submatches follow the path glibc's
 * set_regs() takes to that end: at each branch the first alternative (greedy
 * loops, left operand of |) that still reaches it — the highest-priority thread.
 */
import { E, RegexError, type Assertion, type CharClass, type Node } from './regex_parse.js';

const CHAR = 0;
const SPLIT = 1;
const JMP = 2;
const SAVE = 3;
const ASSERT = 4;
const MATCH = 5;

/** More instructions than this is glibc's REG_ESPACE/REG_ESIZE territory. */
const MAX_PROGRAM = 1 << 20;

class CharMatcher {
  private readonly ascii = new Uint8Array(128);

  constructor(
    private readonly cls: CharClass,
    private readonly fold: boolean,
  ) {
    for (let c = 0; c < 128; c++) this.ascii[c] = this.slow(c) ? 1 : 0;
  }

  has(c: number): boolean {
    return c < 128 ? this.ascii[c] === 1 : this.slow(c);
  }

  private inRanges(c: number): boolean {
    const r = this.cls.ranges;
    for (let k = 0; k < r.length; k += 2) if (c >= r[k]! && c <= r[k + 1]!) return true;
    return false;
  }

  private slow(c: number): boolean {
    let hit = this.inRanges(c);
    if (!hit && this.fold) {
      const s = String.fromCharCode(c);
      const lo = s.toLowerCase();
      const up = s.toUpperCase();
      hit = (lo.length === 1 && this.inRanges(lo.charCodeAt(0))) || (up.length === 1 && this.inRanges(up.charCodeAt(0)));
    }
    return hit !== this.cls.negate;
  }
}

const ASSERTIONS: readonly Assertion[] = [
  'bol', 'eol', 'wordB', 'notWordB', 'wordStart', 'wordEnd', 'bufStart', 'bufEnd', 'notWordBefore', 'notWordAfter',
];

const isWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

export interface VmOptions {
  readonly ignoreCase: boolean;
  /** ^ and $ also match after and before a newline (sed's M flag). */
  readonly multiline: boolean;
}

/** Thompson's construction: the tree as instructions (op, x, y). */
class Compiler {
  readonly op: number[] = [];
  readonly x: number[] = [];
  readonly y: number[] = [];
  readonly sets: CharMatcher[] = [];

  constructor(private readonly fold: boolean) {}

  emit(op: number, x = 0, y = 0): number {
    if (this.op.length >= MAX_PROGRAM) throw new RegexError(E.ESIZE);
    this.op.push(op);
    this.x.push(x);
    this.y.push(y);
    return this.op.length - 1;
  }

  node(n: Node): void {
    switch (n.t) {
      case 'set':
        this.sets.push(new CharMatcher(n.cls, this.fold));
        this.emit(CHAR, this.sets.length - 1);
        return;
      case 'cat':
        for (const i of n.items) this.node(i);
        return;
      case 'alt':
        return this.alt(n.items);
      case 'group':
        this.emit(SAVE, 2 * n.n);
        this.node(n.body);
        this.emit(SAVE, 2 * n.n + 1);
        return;
      case 'rep':
        return this.rep(n.body, n.min, n.max);
      case 'assert':
        this.emit(ASSERT, ASSERTIONS.indexOf(n.a));
        return;
      case 'backref':
        throw new Error('back-references are matched by backtracking');
    }
  }

  private alt(items: readonly Node[]): void {
    const jumps: number[] = [];
    items.forEach((item, k) => {
      if (k === items.length - 1) return this.node(item);
      const split = this.emit(SPLIT, this.op.length + 1);
      this.node(item);
      jumps.push(this.emit(JMP));
      this.y[split] = this.op.length;
    });
    for (const j of jumps) this.x[j] = this.op.length;
  }

  /** x{min,max}: min copies, then a loop (max infinite) or max-min nested optional copies. */
  private rep(body: Node, min: number, max: number): void {
    for (let k = 0; k < min; k++) this.node(body);
    if (max === Infinity) {
      const split = this.emit(SPLIT, this.op.length + 1);
      this.node(body);
      this.emit(JMP, split);
      this.y[split] = this.op.length;
      return;
    }
    const splits: number[] = [];
    for (let k = min; k < max; k++) {
      splits.push(this.emit(SPLIT, this.op.length + 1));
      this.node(body);
    }
    for (const s of splits) this.y[s] = this.op.length;
  }
}

type Caps = number[];

/** A compiled program and its thread lists; one match at a time. */
export class PikeVm {
  private readonly op: Int32Array;
  private readonly x: Int32Array;
  private readonly y: Int32Array;
  private readonly sets: CharMatcher[];
  private readonly slots: number;
  private readonly seen: Int32Array;
  /** The capture-free simulation's thread lists and closure stack (no allocation per match). */
  private listA: Int32Array;
  private listB: Int32Array;
  private readonly stack: Int32Array;
  private gen = 0;
  private text = '';
  private wantCaps = false;
  /** Threads stepped since creation: linear in text × program size (tests read it). */
  steps = 0;

  constructor(
    root: Node,
    groups: number,
    private readonly o: VmOptions,
  ) {
    const c = new Compiler(o.ignoreCase);
    c.emit(SAVE, 0);
    c.node(root);
    c.emit(SAVE, 1);
    c.emit(MATCH);
    this.op = Int32Array.from(c.op);
    this.x = Int32Array.from(c.x);
    this.y = Int32Array.from(c.y);
    this.sets = c.sets;
    this.slots = 2 * (groups + 1);
    this.seen = new Int32Array(c.op.length);
    this.listA = new Int32Array(c.op.length);
    this.listB = new Int32Array(c.op.length);
    this.stack = new Int32Array(2 * c.op.length + 2);
  }

  get size(): number {
    return this.op.length;
  }

  /** Whether the text matches anywhere. */
  test(text: string): boolean {
    return this.scan(text, 0);
  }

  /** The leftmost-longest match starting at `from` or later: [start, end, g1start, g1end, ...], -1 unset. */
  exec(text: string, from: number): Caps | null {
    return this.scan(text, from) ? this.run(text, from, true) : null;
  }

  /**
   * Whether a match starts at `from` or later: the same threads without
   * captures, in typed arrays, stopping at the first MATCH.
   */
  private scan(text: string, from: number): boolean {
    this.text = text;
    const len = text.length;
    let cur = this.listA;
    let nxt = this.listB;
    this.gen++;
    let clen = this.closure(cur, 0, 0, from);
    for (let pos = from; ; pos++) {
      for (let k = 0; k < clen; k++) if (this.op[cur[k]!] === MATCH) return true;
      if (pos >= len) return false;
      const ch = text.charCodeAt(pos);
      this.gen++;
      let nlen = 0;
      for (let k = 0; k < clen; k++) {
        const pc = cur[k]!;
        this.steps++;
        if (this.sets[this.x[pc]!]!.has(ch)) nlen = this.closure(nxt, nlen, pc + 1, pos + 1);
      }
      nlen = this.closure(nxt, nlen, 0, pos + 1);
      [cur, nxt] = [nxt, cur];
      clen = nlen;
    }
  }

  /** add() without captures: the CHAR and MATCH instructions reachable from pc0, appended to list[n..]. */
  private closure(list: Int32Array, n: number, pc0: number, pos: number): number {
    const stack = this.stack;
    let sp = 0;
    stack[sp++] = pc0;
    while (sp > 0) {
      const pc = stack[--sp]!;
      if (this.seen[pc] === this.gen) continue;
      this.seen[pc] = this.gen;
      const op = this.op[pc]!;
      if (op === JMP) stack[sp++] = this.x[pc]!;
      else if (op === SPLIT) {
        stack[sp++] = this.y[pc]!;
        stack[sp++] = this.x[pc]!;
      } else if (op === SAVE) stack[sp++] = pc + 1;
      else if (op === ASSERT) {
        if (this.holds(ASSERTIONS[this.x[pc]!]!, pos)) stack[sp++] = pc + 1;
      } else list[n++] = pc;
    }
    return n;
  }

  private run(text: string, from: number, longest: boolean): Caps | null {
    this.text = text;
    this.wantCaps = longest;
    const len = text.length;
    let best: Caps | null = null;
    let clist: Caps[] = [];
    let cpcs: number[] = [];
    this.gen++;
    this.add(cpcs, clist, 0, this.fresh(), from);
    for (let pos = from; ; pos++) {
      const npcs: number[] = [];
      const nlist: Caps[] = [];
      this.gen++;
      const ch = pos < len ? text.charCodeAt(pos) : -1;
      for (let k = 0; k < cpcs.length; k++) {
        const pc = cpcs[k]!;
        const caps = clist[k]!;
        this.steps++;
        if (best !== null && caps[0]! > best[0]!) break;
        if (this.op[pc] === MATCH) {
          if (!longest) return caps;
          if (best === null || caps[0]! < best[0]! || pos > best[1]!) best = caps;
          continue;
        }
        if (ch >= 0 && this.sets[this.x[pc]!]!.has(ch)) this.add(npcs, nlist, pc + 1, caps, pos + 1);
      }
      if (pos >= len) break;
      if (best === null) this.add(npcs, nlist, 0, this.fresh(), pos + 1);
      else if (npcs.length === 0) break;
      cpcs = npcs;
      clist = nlist;
    }
    return best;
  }

  private fresh(): Caps {
    return new Array<number>(this.wantCaps ? this.slots : 2).fill(-1);
  }

  /** Follow the empty transitions from pc at pos, in priority order, onto the list. */
  private add(pcs: number[], list: Caps[], pc0: number, caps0: Caps, pos: number): void {
    const stack: (number | Caps)[] = [pc0, caps0];
    while (stack.length > 0) {
      const caps = stack.pop() as Caps;
      let pc = stack.pop() as number;
      if (this.seen[pc] === this.gen) continue;
      this.seen[pc] = this.gen;
      const op = this.op[pc]!;
      if (op === JMP) stack.push(this.x[pc]!, caps);
      else if (op === SPLIT) stack.push(this.y[pc]!, caps, this.x[pc]!, caps);
      else if (op === SAVE) {
        const slot = this.x[pc]!;
        let c = caps;
        if (slot < c.length) {
          c = caps.slice();
          c[slot] = pos;
        }
        stack.push(pc + 1, c);
      } else if (op === ASSERT) {
        if (this.holds(ASSERTIONS[this.x[pc]!]!, pos)) stack.push(++pc, caps);
      } else {
        pcs.push(pc);
        list.push(caps);
      }
    }
  }

  private holds(a: Assertion, pos: number): boolean {
    const t = this.text;
    const before = pos > 0 ? t.charCodeAt(pos - 1) : -1;
    const after = pos < t.length ? t.charCodeAt(pos) : -1;
    switch (a) {
      case 'bol':
        return pos === 0 || (this.o.multiline && before === 10);
      case 'eol':
        return pos === t.length || (this.o.multiline && after === 10);
      case 'wordB':
        return isWord(before) !== isWord(after);
      case 'notWordB':
        return isWord(before) === isWord(after);
      case 'wordStart':
        return !isWord(before) && isWord(after);
      case 'wordEnd':
        return isWord(before) && !isWord(after);
      case 'bufStart':
        return pos === 0;
      case 'bufEnd':
        return pos === t.length;
      case 'notWordBefore':
        return !isWord(before);
      case 'notWordAfter':
        return !isWord(after);
    }
  }
}
