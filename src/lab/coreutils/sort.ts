/**
 * sort as coreutils 9.1 in the C locale (src/sort.c): byte order, keys
 * (-k POS1[,POS2] with per-key letters, -t), -n -g -h -M -V -f -d -i -b -r,
 * a last-resort whole-line comparison unless -s or -u, -u keeping the first
 * of equal lines, -c/-C checks, -o, -z. Exit status 2 on errors.
 */
import { type Cmd, errText, Fail, guarded, isVfsError } from './common.js';
import { quote, quoteaf, quotef } from './quote.js';
import { type Key, defaultCompare, keyCompare, newKey } from './sort_keys.js';

const SORT_FAILURE = 2;

/** set_ordering(): the letters after a key position; returns what is left. */
function setOrdering(s: string, key: Key, end: boolean): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === 'b') {
      if (end) key.skipeblanks = true;
      else key.skipsblanks = true;
    } else if (c === 'd') key.ignore = 'dict';
    else if (c === 'i') {
      if (key.ignore === null) key.ignore = 'print';
    } else if (c === 'f') key.translate = true;
    else if (c === 'g') key.general = true;
    else if (c === 'h') key.human = true;
    else if (c === 'M') key.month = true;
    else if (c === 'n') key.numeric = true;
    else if (c === 'r') key.reverse = true;
    else if (c === 'V') key.version = true;
    else break;
  }
  return s.slice(i);
}

/** parse_field_count(): digits (huge values saturate) and the rest of the spec. */
function fieldCount(s: string, what: string): { n: number; rest: string } {
  const m = /^[ \t]*\+?(\d+)/.exec(s);
  if (!m) throw new Fail(`${what}: invalid count at start of ${quote(s)}`);
  return { n: Math.min(Number(m[1]), Number.MAX_SAFE_INTEGER), rest: s.slice(m[0].length) };
}

function badSpec(spec: string, why: string): never {
  throw new Fail(`${why}: invalid field specification ${quote(spec)}`);
}

/** -k POS1[,POS2]: F[.C][OPTS] each. */
export function parseKey(spec: string): Key {
  const key = newKey();
  let r = fieldCount(spec, 'invalid number at field start');
  if (r.n === 0) badSpec(spec, 'field number is zero');
  key.sword = r.n - 1;
  let rest = r.rest;
  if (rest[0] === '.') {
    r = fieldCount(rest.slice(1), "invalid number after '.'");
    if (r.n === 0) badSpec(spec, 'character offset is zero');
    key.schar = r.n - 1;
    rest = r.rest;
  }
  rest = setOrdering(rest, key, false);
  if (rest[0] === ',') {
    r = fieldCount(rest.slice(1), "invalid number after ','");
    if (r.n === 0) badSpec(spec, 'field number is zero');
    key.eword = r.n - 1;
    rest = r.rest;
    if (rest[0] === '.') {
      r = fieldCount(rest.slice(1), "invalid number after '.'");
      key.echar = r.n;
      rest = r.rest;
    }
    rest = setOrdering(rest, key, true);
  }
  if (rest !== '') badSpec(spec, 'stray character in field spec');
  return key;
}

/** key_to_opts() order, for `options '-gn' are incompatible`. */
function keyOpts(k: Key): string {
  return (
    (k.ignore === 'dict' ? 'd' : '') + (k.translate ? 'f' : '') + (k.general ? 'g' : '') + (k.human ? 'h' : '') +
    (k.ignore === 'print' ? 'i' : '') + (k.month ? 'M' : '') + (k.numeric ? 'n' : '') + (k.version ? 'V' : '')
  );
}

function checkCompatible(keys: Key[]): void {
  for (const k of keys) {
    const n = [k.numeric, k.general, k.human, k.month, k.version || k.ignore !== null].filter(Boolean).length;
    if (n > 1) throw new Fail(`options '-${keyOpts(k)}' are incompatible`);
  }
}

interface Config {
  keys: Key[];
  tab: string | null;
  reverse: boolean;
  stable: boolean;
  unique: boolean;
  check: 'no' | 'loud' | 'quiet';
  merge: boolean;
  output: string | null;
  eol: string;
}

const GLOBAL_LETTERS = 'bdfghiMnrV';

const SORT_WORDS: Record<string, string> = { 'general-numeric': 'g', 'human-numeric': 'h', month: 'M', numeric: 'n', version: 'V' };

function badSortWord(w: string): never {
  const valid = Object.keys(SORT_WORDS).map((k) => `  - ${quote(k)}`).join('\n');
  throw new Fail(`invalid argument ${quote(w)} for '--sort'\nValid arguments are:\n${valid}`);
}

function applyTab(cfg: Config, arg: string): void {
  let t = arg;
  if (t === '') throw new Fail('empty tab');
  if (t.length > 1) {
    if (t === '\\0') t = '\0';
    else throw new Fail(`multi-character tab ${quote(arg)}`);
  }
  if (cfg.tab !== null && cfg.tab !== t) throw new Fail('incompatible tabs');
  cfg.tab = t;
}

function configure(opts: { key: string; arg: string | undefined }[]): Config {
  const cfg: Config = { keys: [], tab: null, reverse: false, stable: false, unique: false, check: 'no', merge: false, output: null, eol: '\n' };
  const gkey = newKey();
  for (const o of opts) {
    if (GLOBAL_LETTERS.includes(o.key)) {
      setOrdering(o.key, gkey, false);
      if (o.key === 'b') gkey.skipeblanks = true;
    } else if (o.key === 'k') cfg.keys.push(parseKey(o.arg!));
    else if (o.key === 't') applyTab(cfg, o.arg!);
    else if (o.key === 's') cfg.stable = true;
    else if (o.key === 'u') cfg.unique = true;
    else if (o.key === 'c' || o.key === 'C') cfg.check = o.key === 'C' || o.arg === 'quiet' || o.arg === 'silent' ? 'quiet' : 'loud';
    else if (o.key === 'sort') setOrdering(SORT_WORDS[o.arg!] ?? badSortWord(o.arg!), gkey, false);
    else if (o.key === 'z') cfg.eol = '\0';
    else if (o.key === 'm') cfg.merge = true;
    else if (o.key === 'o') {
      if (cfg.output !== null && cfg.output !== o.arg) throw new Fail('multiple output files specified');
      cfg.output = o.arg!;
    }
  }
  cfg.reverse = gkey.reverse;
  for (const k of cfg.keys) {
    if (defaultCompare(k) && !k.reverse) Object.assign(k, { ...gkey, sword: k.sword, schar: k.schar, eword: k.eword, echar: k.echar });
  }
  if (cfg.keys.length === 0 && !defaultCompare(gkey)) cfg.keys.push(gkey);
  checkCompatible(cfg.keys);
  return cfg;
}

/** compare(): keys, then the whole line unless -s or -u, reversed by the global -r. */
function comparator(cfg: Config): (a: string, b: string) => number {
  return (a, b) => {
    if (cfg.keys.length > 0) {
      const d = keyCompare(a, b, cfg.keys, cfg.tab);
      if (d !== 0 || cfg.unique || cfg.stable) return d;
    }
    const d = a < b ? -1 : a > b ? 1 : 0;
    return cfg.reverse ? -d : d;
  };
}

async function readInputs(c: Cmd, files: string[], eol: string): Promise<{ name: string; lines: string[] }[]> {
  const out: { name: string; lines: string[] }[] = [];
  for (const f of files) {
    const data = await c.slurp(f);
    if (isVfsError(data)) throw new Fail(`${data === 'EISDIR' ? 'read failed' : 'cannot read'}: ${quotef(f)}: ${errText(data)}`);
    const lines = data.split(eol);
    if (lines[lines.length - 1] === '') lines.pop();
    out.push({ name: f, lines });
  }
  return out;
}

/** -m: merge inputs taken as already sorted; on ties the earlier input first. */
function mergeSorted(lists: string[][], cmp: (a: string, b: string) => number): string[] {
  const pos = lists.map(() => 0);
  const out: string[] = [];
  for (;;) {
    let best = -1;
    lists.forEach((l, i) => {
      if (pos[i]! < l.length && (best < 0 || cmp(l[pos[i]!]!, lists[best]![pos[best]!]!) < 0)) best = i;
    });
    if (best < 0) return out;
    out.push(lists[best]![pos[best]!++]!);
  }
}

function checkSorted(c: Cmd, cfg: Config, name: string, lines: string[]): number {
  const cmp = comparator(cfg);
  for (let i = 1; i < lines.length; i++) {
    const d = cmp(lines[i - 1]!, lines[i]!);
    if (d > 0 || (cfg.unique && d === 0)) {
      if (cfg.check === 'loud') c.stderr(`${c.name}: ${name}:${i + 1}: disorder: ${lines[i]}\n`);
      return 1;
    }
  }
  return 0;
}

const SORT_LONG = [
  { name: 'ignore-leading-blanks', arg: 0, key: 'b' },
  { name: 'check', arg: 2, key: 'c' },
  { name: 'dictionary-order', arg: 0, key: 'd' },
  { name: 'ignore-case', arg: 0, key: 'f' },
  { name: 'general-numeric-sort', arg: 0, key: 'g' },
  { name: 'ignore-nonprinting', arg: 0, key: 'i' },
  { name: 'key', arg: 1, key: 'k' },
  { name: 'merge', arg: 0, key: 'm' },
  { name: 'month-sort', arg: 0, key: 'M' },
  { name: 'numeric-sort', arg: 0, key: 'n' },
  { name: 'human-numeric-sort', arg: 0, key: 'h' },
  { name: 'version-sort', arg: 0, key: 'V' },
  { name: 'sort', arg: 1, key: 'sort' },
  { name: 'output', arg: 1, key: 'o' },
  { name: 'reverse', arg: 0, key: 'r' },
  { name: 'stable', arg: 0, key: 's' },
  { name: 'buffer-size', arg: 1, key: 'S' },
  { name: 'field-separator', arg: 1, key: 't' },
  { name: 'temporary-directory', arg: 1, key: 'T' },
  { name: 'unique', arg: 0, key: 'u' },
  { name: 'zero-terminated', arg: 0, key: 'z' },
  { name: 'parallel', arg: 1, key: '~' },
] as const;

async function sortMain(c: Cmd): Promise<number> {
  const o = c.options({ short: 'bcCdfghik:mMno:rsS:t:T:uVy:z', long: SORT_LONG }, SORT_FAILURE);
  if (typeof o === 'number') return o;
  const cfg = configure(o.opts);
  const files = o.operands.length > 0 ? o.operands : ['-'];
  if (cfg.check !== 'no' && files.length > 1) {
    throw new Fail(`extra operand ${quoteaf(files[1]!)} not allowed with -${cfg.check === 'loud' ? 'c' : 'C'}`);
  }
  const inputs = await readInputs(c, files, cfg.eol);
  if (cfg.check !== 'no') return checkSorted(c, cfg, files[0]!, inputs[0]!.lines);
  const cmp = comparator(cfg);
  let lines = cfg.merge ? mergeSorted(inputs.map((i) => i.lines), cmp) : inputs.flatMap((i) => i.lines).sort(cmp);
  if (cfg.unique) lines = lines.filter((l, i) => i === 0 || cmp(lines[i - 1]!, l) !== 0);
  const text = lines.map((l) => l + cfg.eol).join('');
  if (cfg.output === null) {
    c.out(text);
    return 0;
  }
  const err = c.p.fs.write(c.path(cfg.output), text, c.p.net);
  if (err) throw new Fail(`open failed: ${quotef(cfg.output)}: ${errText(err)}`);
  return 0;
}

export function sort(c: Cmd): Promise<number> {
  return guarded(c, SORT_FAILURE, () => sortMain(c));
}
