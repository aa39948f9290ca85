/**
 * tr as coreutils 9.1 in the C locale (src/tr.c): sets with escapes
 * (\n \t \\ \NNN ...), ranges, [:class:], [=c=], [c*n] and [c*] in string2;
 * translate (string2 padded with its last character, or -t to truncate
 * string1), -d delete, -s squeeze, -c/-C complement. Streams stdin.
 */
import { type Cmd, Fail, guarded } from './common.js';
import { quote } from './quote.js';

interface Ch {
  c: number;
  escaped: boolean;
}

type Elem =
  | { t: 'chars'; cs: number[] }
  | { t: 'class'; name: string }
  | { t: 'repeat'; c: number; n: number | null };

const ESC: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };

/** unquote(): backslash escapes resolved, each character marked if it was escaped. */
function unquote(c: Cmd, s: string): Ch[] {
  const out: Ch[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      out.push({ c: s.charCodeAt(i), escaped: false });
      continue;
    }
    const n = s[i + 1];
    if (n === undefined) {
      c.error('warning: an unescaped backslash at end of string is not portable');
      out.push({ c: 92, escaped: true });
    } else if (ESC[n] !== undefined) {
      out.push({ c: ESC[n], escaped: true });
      i++;
    } else if (n >= '0' && n <= '7') {
      let m = /^[0-7]{1,3}/.exec(s.slice(i + 1))![0];
      if (m.length === 3 && parseInt(m, 8) > 255) {
        c.error(`warning: the ambiguous octal escape \\${m} is being\n\tinterpreted as the 2-byte sequence \\0${m.slice(0, 2)}, ${m[2]}`);
        m = m.slice(0, 2);
      }
      out.push({ c: parseInt(m, 8), escaped: true });
      i += m.length;
    } else {
      out.push({ c: s.charCodeAt(i + 1), escaped: true });
      i++;
    }
  }
  return out;
}

const CLASSES: Record<string, (c: number) => boolean> = {
  alnum: (c) => /[A-Za-z0-9]/.test(String.fromCharCode(c)),
  alpha: (c) => /[A-Za-z]/.test(String.fromCharCode(c)),
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c < 32 || c === 127,
  digit: (c) => c >= 48 && c <= 57,
  graph: (c) => c > 32 && c < 127,
  lower: (c) => c >= 97 && c <= 122,
  print: (c) => c >= 32 && c < 127,
  punct: (c) => c > 32 && c < 127 && !/[A-Za-z0-9]/.test(String.fromCharCode(c)),
  space: (c) => (c >= 9 && c <= 13) || c === 32,
  upper: (c) => c >= 65 && c <= 90,
  xdigit: (c) => /[0-9A-Fa-f]/.test(String.fromCharCode(c)),
};

function classChars(name: string): number[] {
  const out: number[] = [];
  for (let c = 0; c < 256; c++) if (CLASSES[name]!(c)) out.push(c);
  return out;
}

const text = (cs: Ch[]): string => String.fromCharCode(...cs.map((x) => x.c));

/** A [:name:], [=c=] or [c*n] construct at p[i], or null when '[' is literal here. */
function bracket(p: Ch[], i: number): { elem: Elem; next: number } | null {
  const kind = p[i + 1];
  if (kind && !kind.escaped && (kind.c === 58 || kind.c === 61)) {
    const close = p.findIndex((x, j) => j > i + 1 && x.c === kind.c && !x.escaped && p[j + 1]?.c === 93 && !p[j + 1]!.escaped);
    if (close < 0) return null;
    const body = p.slice(i + 2, close);
    if (kind.c === 58) {
      const name = text(body);
      if (name === '') throw new Fail("missing character class name '[::]'");
      if (!CLASSES[name]) throw new Fail(`invalid character class ${quote(name)}`);
      return { elem: { t: 'class', name }, next: close + 2 };
    }
    if (body.length === 0) throw new Fail("missing equivalence class character '[==]'");
    if (body.length > 1) throw new Fail(`${quote(text(body))}: equivalence class operand must be a single character`);
    return { elem: { t: 'chars', cs: [body[0]!.c] }, next: close + 2 };
  }
  if (kind && p[i + 2]?.c === 42 && !p[i + 2]!.escaped) {
    const close = p.findIndex((x, j) => j > i + 2 && x.c === 93 && !x.escaped);
    if (close < 0) return null;
    const count = text(p.slice(i + 3, close));
    if (count !== '' && !/^\d+$/.test(count)) throw new Fail(`invalid repeat count ${quote(count)} in [c*n] construct`);
    const n = count === '' ? 0 : parseInt(count, count.startsWith('0') ? 8 : 10);
    return { elem: { t: 'repeat', c: kind.c, n: n === 0 ? null : n }, next: close + 1 };
  }
  return null;
}

/** build_spec_list(). */
function parseSet(c: Cmd, s: string): Elem[] {
  const p = unquote(c, s);
  const elems: Elem[] = [];
  for (let i = 0; i < p.length; ) {
    const b = p[i]!.c === 91 && !p[i]!.escaped ? bracket(p, i) : null;
    if (b) {
      elems.push(b.elem);
      i = b.next;
    } else if (i + 2 < p.length && p[i + 1]!.c === 45 && !p[i + 1]!.escaped) {
      const lo = p[i]!.c;
      const hi = p[i + 2]!.c;
      if (hi < lo) throw new Fail(`range-endpoints of ${quote(String.fromCharCode(lo) + '-' + String.fromCharCode(hi))} are in reverse collating sequence order`);
      elems.push({ t: 'chars', cs: Array.from({ length: hi - lo + 1 }, (_, k) => lo + k) });
      i += 3;
    } else elems.push({ t: 'chars', cs: [p[i++]!.c] });
  }
  return elems;
}

/** The characters of a set; an indefinite [c*] fills string2 up to `fillTo`. */
function expand(elems: Elem[], fillTo = 0): number[] {
  const fixed = elems.reduce((n, e) => n + (e.t === 'chars' ? e.cs.length : e.t === 'class' ? classChars(e.name).length : (e.n ?? 0)), 0);
  const out: number[] = [];
  for (const e of elems) {
    if (e.t === 'chars') out.push(...e.cs);
    else if (e.t === 'class') out.push(...classChars(e.name));
    else out.push(...new Array<number>(e.n ?? Math.max(0, fillTo - fixed)).fill(e.c));
  }
  return out;
}

function complementOf(set: number[]): number[] {
  const has = new Set(set);
  const out: number[] = [];
  for (let c = 0; c < 256; c++) if (!has.has(c)) out.push(c);
  return out;
}

interface Plan {
  map: Map<number, number> | null;
  del: Set<number> | null;
  squeeze: Set<number> | null;
}

function translation(s1: Elem[], s2: Elem[], o: { complement: boolean; truncate: boolean }): Map<number, number> {
  if (s2.filter((e) => e.t === 'repeat' && e.n === null).length > 1) throw new Fail('only one [c*] repeat construct may appear in string2');
  if (s2.some((e) => e.t === 'class' && e.name !== 'upper' && e.name !== 'lower')) {
    throw new Fail("when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'");
  }
  let from = expand(s1);
  if (o.complement) from = complementOf(from);
  let to = expand(s2, from.length);
  if (from.length > to.length) {
    if (o.truncate) from = from.slice(0, to.length);
    else if (to.length === 0) throw new Fail('when not truncating set1, string2 must be non-empty');
    else to = to.concat(new Array<number>(from.length - to.length).fill(to[to.length - 1]!));
  }
  const map = new Map<number, number>();
  from.forEach((ch, i) => map.set(ch, to[i]!));
  return map;
}

function plan(c: Cmd, sets: string[], o: { complement: boolean; del: boolean; squeeze: boolean; truncate: boolean }): Plan {
  const s1 = parseSet(c, sets[0]!);
  const s2 = sets[1] === undefined ? null : parseSet(c, sets[1]);
  if (s1.some((e) => e.t === 'repeat')) throw new Fail('the [c*] repeat construct may not appear in string1');
  let set1 = expand(s1);
  if (o.complement) set1 = complementOf(set1);
  if (s2 && !o.del) {
    const map = translation(s1, s2, o);
    return { map, del: null, squeeze: o.squeeze ? new Set(expand(s2, set1.length)) : null };
  }
  if (s2?.some((e) => e.t === 'repeat')) throw new Fail('the [c*] construct may appear in string2 only when translating');
  if (o.del) return { map: null, del: new Set(set1), squeeze: s2 ? new Set(expand(s2)) : null };
  return { map: null, del: null, squeeze: new Set(set1) };
}

function applyPlan(chunk: string, p: Plan, state: { last: number }): string {
  let out = '';
  for (let i = 0; i < chunk.length; i++) {
    let ch = chunk.charCodeAt(i);
    if (p.del?.has(ch)) continue;
    if (p.map) ch = p.map.get(ch) ?? ch;
    if (p.squeeze?.has(ch) && ch === state.last) continue;
    state.last = ch;
    out += String.fromCharCode(ch);
  }
  return out;
}

const TR_LONG = [
  { name: 'complement', arg: 0, key: 'c' },
  { name: 'delete', arg: 0, key: 'd' },
  { name: 'squeeze-repeats', arg: 0, key: 's' },
  { name: 'truncate-set1', arg: 0, key: 't' },
] as const;

async function trMain(c: Cmd): Promise<number> {
  const r = c.options({ short: '+AcCdst', long: TR_LONG }, 1);
  if (typeof r === 'number') return r;
  const o = { complement: r.has('c', 'C'), del: r.has('d'), squeeze: r.has('s'), truncate: r.has('t') };
  const n = r.operands.length;
  const min = 1 + (o.del === o.squeeze ? 1 : 0);
  const max = 1 + (!o.del || o.squeeze ? 1 : 0);
  if (n < min) {
    if (n === 0) throw new Fail('missing operand', true);
    c.error(`missing operand after ${quote(r.operands[n - 1]!)}`);
    c.stderr(`Two strings must be given when ${o.squeeze ? 'both deleting and squeezing repeats.' : 'translating.'}\n`);
    return c.usage(null, 1);
  }
  if (n > max) {
    c.error(`extra operand ${quote(r.operands[max]!)}`);
    if (n === 2) c.stderr('Only one string may be given when deleting without squeezing repeats.\n');
    return c.usage(null, 1);
  }
  const p = plan(c, r.operands, o);
  const state = { last: -1 };
  for (;;) {
    c.flush();
    if (c.broken) c.pipeGone();
    const chunk = await c.p.stdin.read();
    if (chunk === null) return 0;
    c.out(applyPlan(chunk, p, state));
  }
}

export function tr(c: Cmd): Promise<number> {
  return guarded(c, 1, () => trMain(c));
}
