/**
 * grep as GNU grep 3.8 in the C locale: BRE (-G, default), ERE (-E) or
 * fixed strings (-F); patterns from -e (repeatable), -f or the first operand,
 * one per line; -i -v -w -x; output controls -c -l -L -q -s -m -o -n -b -H -h
 * --label -Z, context -A -B -C (and -NUM) with `--` separators, -r/-R
 * through directories (files in directory order, names printed). Exit status
 * 0 when a line is selected, 1 when none, 2 on error (0 with -q and a match).
 * Lines stream through as they arrive; input with NUL bytes is a binary file.
 */
import { byteLength } from '../bytes.js';
import type { InStream } from '../process.js';
import { type Cmd, errText, Fail, guarded, isVfsError } from './common.js';
import { getopt, type Opt } from './getopt.js';
import { LineReader } from './lines.js';
import { type PosixRegex, RegexError, compileGrep } from './regex.js';

interface GrepOpts {
  mode: 'G' | 'E' | 'F';
  patterns: string[] | null;
  ignoreCase: boolean;
  invert: boolean;
  word: boolean;
  line: boolean;
  count: boolean;
  list: 'matching' | 'nonmatching' | null;
  quiet: boolean;
  noMessages: boolean;
  max: number;
  only: boolean;
  number: boolean;
  byteOffset: boolean;
  withName: boolean | null;
  label: string;
  nul: boolean;
  after: number;
  before: number;
  text: boolean;
  initialTab: boolean;
  recursive: boolean;
}

const GREP_LONG = [
  { name: 'extended-regexp', arg: 0, key: 'E' },
  { name: 'fixed-strings', arg: 0, key: 'F' },
  { name: 'basic-regexp', arg: 0, key: 'G' },
  { name: 'perl-regexp', arg: 0, key: 'P' },
  { name: 'regexp', arg: 1, key: 'e' },
  { name: 'file', arg: 1, key: 'f' },
  { name: 'ignore-case', arg: 0, key: 'i' },
  { name: 'no-ignore-case', arg: 0, key: 'no-ignore-case' },
  { name: 'word-regexp', arg: 0, key: 'w' },
  { name: 'line-regexp', arg: 0, key: 'x' },
  { name: 'invert-match', arg: 0, key: 'v' },
  { name: 'count', arg: 0, key: 'c' },
  { name: 'color', arg: 2, key: 'color' },
  { name: 'colour', arg: 2, key: 'color' },
  { name: 'files-without-match', arg: 0, key: 'L' },
  { name: 'files-with-matches', arg: 0, key: 'l' },
  { name: 'max-count', arg: 1, key: 'm' },
  { name: 'only-matching', arg: 0, key: 'o' },
  { name: 'quiet', arg: 0, key: 'q' },
  { name: 'silent', arg: 0, key: 'q' },
  { name: 'no-messages', arg: 0, key: 's' },
  { name: 'byte-offset', arg: 0, key: 'b' },
  { name: 'with-filename', arg: 0, key: 'H' },
  { name: 'no-filename', arg: 0, key: 'h' },
  { name: 'label', arg: 1, key: 'label' },
  { name: 'line-number', arg: 0, key: 'n' },
  { name: 'initial-tab', arg: 0, key: 'T' },
  { name: 'null', arg: 0, key: 'Z' },
  { name: 'after-context', arg: 1, key: 'A' },
  { name: 'before-context', arg: 1, key: 'B' },
  { name: 'context', arg: 1, key: 'C' },
  { name: 'text', arg: 0, key: 'a' },
  { name: 'line-buffered', arg: 0, key: 'line-buffered' },
  { name: 'recursive', arg: 0, key: 'r' },
  { name: 'dereference-recursive', arg: 0, key: 'R' },
] as const;

function contextArg(arg: string): number {
  if (!/^\d+$/.test(arg)) throw new Fail(`${arg}: invalid context length argument`, false, 2);
  return Number(arg);
}

function maxCountArg(arg: string): number {
  const m = /^\s*([+-]?\d+)/.exec(arg);
  if (!m || m[0].length !== arg.length) throw new Fail('invalid max count', false, 2);
  return Number(m[1]) < 0 ? Infinity : Number(m[1]);
}

/** Options in command-line order; -NUM digits accumulate into the context. */
function configure(c: Cmd, opts: Opt[]): GrepOpts {
  const g: GrepOpts = {
    mode: 'G', patterns: null, ignoreCase: false, invert: false, word: false, line: false, count: false, list: null,
    quiet: false, noMessages: false, max: Infinity, only: false, number: false, byteOffset: false, withName: null,
    label: '(standard input)', nul: false, after: -1, before: -1, text: false, initialTab: false, recursive: false,
  };
  let digits = '';
  let context = -1;
  for (const { key, arg } of opts) {
    if (key === 'line-buffered') c.setLineBuffered();
    if (/^\d$/.test(key)) {
      digits += key;
      context = Number(digits);
      continue;
    }
    digits = '';
    applyOpt(c, g, key, arg, (n) => (context = n));
  }
  if (g.after < 0) g.after = Math.max(0, context);
  if (g.before < 0) g.before = Math.max(0, context);
  return g;
}

function applyOpt(c: Cmd, g: GrepOpts, key: string, arg: string | undefined, setContext: (n: number) => void): void {
  const flags: Record<string, () => void> = {
    E: () => (g.mode = 'E'), F: () => (g.mode = 'F'), G: () => (g.mode = 'G'),
    i: () => (g.ignoreCase = true), y: () => (g.ignoreCase = true), 'no-ignore-case': () => (g.ignoreCase = false),
    v: () => (g.invert = true), w: () => (g.word = true), x: () => (g.line = true), c: () => (g.count = true),
    l: () => (g.list = 'matching'), L: () => (g.list = 'nonmatching'), q: () => (g.quiet = true),
    s: () => (g.noMessages = true), o: () => (g.only = true), n: () => (g.number = true), b: () => (g.byteOffset = true),
    H: () => (g.withName = true), h: () => (g.withName = false), Z: () => (g.nul = true), a: () => (g.text = true),
    T: () => (g.initialTab = true), r: () => (g.recursive = true), R: () => (g.recursive = true),
  };
  const f = flags[key];
  if (f) return f();
  if (key === 'e') g.patterns = [...(g.patterns ?? []), ...arg!.split('\n')];
  else if (key === 'f') g.patterns = [...(g.patterns ?? []), ...patternFile(c, arg!)];
  else if (key === 'm') g.max = maxCountArg(arg!);
  else if (key === 'A') g.after = contextArg(arg!);
  else if (key === 'B') g.before = contextArg(arg!);
  else if (key === 'C') setContext(contextArg(arg!));
  else if (key === 'label') g.label = arg!;
  else if (key === 'P') throw new Fail('Perl matching not supported in a --disable-perl-regexp build', false, 2);
}

function patternFile(c: Cmd, file: string): string[] {
  const data = c.readFile(file);
  if (isVfsError(data)) throw new Fail(`${file}: ${errText(data)}`, false, 2);
  const lines = data.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** One regex for all patterns, with -w/-x applied to each. */
function compile(c: Cmd, g: GrepOpts): PosixRegex | null {
  const pats = g.patterns!;
  if (pats.length === 0) return null;
  const syntax = { extended: g.mode === 'E', dialect: 'grep' as const, fixed: g.mode === 'F', line: g.line, word: g.word };
  const re = compileGrep(pats, syntax, { ignoreCase: g.ignoreCase });
  for (const w of re.warnings) c.error(`warning: ${w}`);
  return re;
}

function matches(re: PosixRegex | null, text: string): boolean {
  return re !== null && re.test(text);
}

/** The non-empty leftmost-longest matches of a line, for -o. */
function allMatches(re: PosixRegex, text: string): { at: number; s: string }[] {
  const out: { at: number; s: string }[] = [];
  for (let from = 0; from <= text.length; ) {
    const m = re.exec(text, from);
    if (!m) break;
    if (m[0] !== '') out.push({ at: m.index, s: m[0] });
    from = m.index + Math.max(1, m[0].length);
  }
  return out;
}

interface FileResult {
  selected: number;
  broken: boolean;
}

export function grep(c: Cmd): Promise<number> {
  return guarded(c, 2, () => grepMain(c));
}

/** grep's usage error: the message, its Usage line, the --help hint; status 2. */
function usage(c: Cmd, msg: string | null): number {
  if (msg !== null) c.error(msg);
  c.stderr(`Usage: ${c.name} [OPTION]... PATTERNS [FILE]...\n`);
  return c.usage(null, 2);
}

async function grepMain(c: Cmd): Promise<number> {
  const o = getopt(c.args, { short: '0123456789A:B:C:EFGHPRTUabce:f:hiLlm:noqrsvwxyZ', long: GREP_LONG }, c.p.env);
  if (!o.ok) return usage(c, o.message);
  const g = configure(c, o.opts);
  const operands = [...o.operands];
  if (g.patterns === null) {
    const first = operands.shift();
    if (first === undefined) return usage(c, null);
    g.patterns = first.split('\n');
  }
  let re: PosixRegex | null;
  try {
    re = compile(c, g);
  } catch (e) {
    if (e instanceof RegexError) throw new Fail(e.message, false, 2);
    throw e;
  }
  if (g.max === 0) return 1;
  if (g.recursive) return searchFiles(c, g, re, recurse(c, g, operands));
  const files = operands.length > 0 ? operands : ['-'];
  if (g.withName === null) g.withName = files.length > 1;
  return searchFiles(c, g, re, files);
}

/**
 * -r: each operand (".", named without its "./", when there is none)
 * walked by fts: a directory's files in its listing order. Names are
 * printed as soon as there are several operands or a directory among them.
 */
function recurse(c: Cmd, g: GrepOpts, operands: string[]): string[] {
  const files: string[] = [];
  let dirSeen = false;
  const walk = (name: string, shown: string): void => {
    if (c.stat(name) !== 'dir') return void files.push(shown);
    dirSeen = true;
    const kids = c.p.fs.list(c.path(name), c.p.net);
    if (isVfsError(kids)) return;
    const sep = shown === '' || shown.endsWith('/') ? '' : '/';
    for (const k of kids) walk(`${name}/${k}`, shown + sep + k);
  };
  for (const op of operands.length > 0 ? operands : ['.']) walk(op, operands.length > 0 ? op : '');
  if (g.withName === null) g.withName = operands.length > 1 || dirSeen;
  return files;
}

async function searchFiles(c: Cmd, g: GrepOpts, re: PosixRegex | null, files: string[]): Promise<number> {
  let selected = false;
  let error = false;
  for (const file of files) {
    const src = c.input(file);
    if (isVfsError(src)) {
      if (!g.noMessages) c.error(`${file}: ${errText(src)}`);
      error = true;
      continue;
    }
    const r = await searchStream(c, g, re, src, file === '-' ? g.label : file);
    if (r.broken) c.pipeGone();
    if (r.selected > 0) {
      selected = true;
      if (g.quiet) return 0;
    }
  }
  return error ? 2 : selected ? 0 : 1;
}

interface Held {
  text: string;
  no: number;
  off: number;
}

/** Per-file search state: context bookkeeping and output of selected lines. */
class Search {
  selected = 0;
  private lastPrinted = 0;
  private afterLeft = 0;
  private before: Held[] = [];
  binary = false;

  constructor(
    private readonly c: Cmd,
    private readonly g: GrepOpts,
    private readonly re: PosixRegex | null,
    private readonly name: string,
  ) {}

  /** Whether selected lines are printed at all. */
  get printing(): boolean {
    return !this.g.count && this.g.list === null && !this.g.quiet;
  }

  private prefix(no: number, off: number, sep: string): string {
    const g = this.g;
    let p = '';
    if (g.withName) p += this.name + (g.nul ? '\0' : sep);
    if (g.number) p += no + sep;
    if (g.byteOffset) p += off + sep;
    return g.initialTab && p !== '' ? p + '\t' : p;
  }

  private emit(h: Held, sep: string): void {
    const contextOn = this.g.before > 0 || this.g.after > 0;
    if (contextOn && this.lastPrinted > 0 && h.no > this.lastPrinted + 1) this.c.out('--\n');
    this.lastPrinted = h.no;
    this.c.out(this.prefix(h.no, h.off, sep) + h.text + '\n');
  }

  /** A selected line. */
  select(h: Held): void {
    this.selected++;
    if (!this.printing) return;
    if (!this.g.only) for (const b of this.before) this.emit(b, '-');
    this.before = [];
    this.afterLeft = this.g.after;
    if (!this.g.only) return this.emit(h, ':');
    if (this.g.invert || !this.re) return;
    for (const m of allMatches(this.re, h.text)) {
      this.c.out(this.prefix(h.no, h.off + byteLength(h.text.slice(0, m.at)), ':') + m.s + '\n');
    }
  }

  /** A line that was not selected: trailing context, or kept for leading context. */
  other(h: Held): void {
    if (!this.printing || this.g.only) return;
    if (this.afterLeft > 0) {
      this.afterLeft--;
      this.emit(h, '-');
    } else if (this.g.before > 0) {
      this.before.push(h);
      if (this.before.length > this.g.before) this.before.shift();
    }
  }

  /** Done with the file once -m is reached and its trailing context printed. */
  get done(): boolean {
    return this.selected >= this.g.max && this.afterLeft === 0;
  }
}

async function searchStream(c: Cmd, g: GrepOpts, re: PosixRegex | null, src: InStream, name: string): Promise<FileResult> {
  const s = new Search(c, g, re, name);
  const lines = new LineReader(src, () => c.beforeWait());
  let no = 0;
  let off = 0;
  for (let l = await lines.next(); l !== null && !s.done; l = await lines.next()) {
    if (c.broken) return { selected: s.selected, broken: true };
    const h: Held = { text: l.text, no: ++no, off };
    off += byteLength(l.text) + 1;
    if (!g.text && l.text.includes('\0')) s.binary = true;
    if (s.selected >= g.max) s.other(h);
    else if (matches(re, l.text) !== g.invert) {
      if (s.binary && s.printing) {
        c.error(`${name}: binary file matches`);
        return { selected: 1, broken: false };
      }
      s.select(h);
      if (g.quiet || g.list !== null) break;
    } else s.other(h);
  }
  if (g.count) c.out((g.withName ? name + (g.nul ? '\0' : ':') : '') + Math.min(s.selected, g.max) + '\n');
  if ((g.list === 'matching' && s.selected > 0) || (g.list === 'nonmatching' && s.selected === 0)) {
    c.out(name + (g.nul ? '\0' : '\n'));
  }
  c.flush();
  return { selected: s.selected, broken: c.broken };
}
