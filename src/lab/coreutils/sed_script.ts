/**
 * sed's compiled form and the pieces of GNU sed 4.9 sed/compile.c the
 * parser builds on: the script reader (inchar/savchar, so diagnostics name
 * the same position: `-e expression #N, char M: ...` or `file F line L: ...`),
 * normalize_text() and regex compilation.
 */
import { type PosixRegex, RegexError, compileRegex } from './regex.js';

export class SedError extends Error {
  /** 1: bad usage or script; 4: panic (missing label, unreadable script file). */
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface SedRegex {
  readonly re: PosixRegex;
  /** Capturing groups (re_nsub). */
  readonly groups: number;
}

export type AddrType = 'num' | 'numMod' | 'step' | 'stepMod' | 'regex' | 'last' | 'null';

export interface Addr {
  type: AddrType;
  n: number;
  step: number;
  /** null: the last regex used (`//`). */
  regex: SedRegex | null;
}

/** Case conversions of the replacement (\U \L \E, \u \l for one character). */
export const REPL = { ASIS: 0, UPPER: 1, LOWER: 2, UPPER_FIRST: 4, LOWER_FIRST: 8, MODIFIERS: 12 } as const;

export interface ReplPart {
  text: string;
  /** Group number, 0 for &, -1 for literal text only. */
  ref: number;
  /** REPL bits. */
  type: number;
}

export interface Subst {
  regex: SedRegex | null;
  repl: ReplPart[];
  maxRef: number;
  global: boolean;
  print: boolean;
  nth: number;
  wfile: string | null;
}

export interface SedCmd {
  a1: Addr | null;
  a2: Addr | null;
  range: 'inactive' | 'active' | 'closed';
  bang: boolean;
  cmd: string;
  text: string;
  label: string;
  jump: number;
  int: number;
  subst: Subst | null;
  ytab: Map<string, string> | null;
  fname: string;
}

export interface CompileOptions {
  extended: boolean;
  posix: boolean;
  sandbox: boolean;
}

/** What inchar() returns at the end of the script. */
export const EOF = '';

export function isBlank(c: string): boolean {
  return c === ' ' || c === '\t';
}

export function isSpace(c: string): boolean {
  return c !== EOF && ' \t\n\v\f\r'.includes(c);
}

/** normalize_text(): the backslash escapes sed resolves itself before regcomp or output. */
export function normalizeText(s: string, kind: 'regex' | 'repl' | 'text'): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i]!;
    const simple: Record<string, string> = { a: '\x07', f: '\f', '\n': '\n', n: '\n', r: '\r', t: '\t', v: '\v' };
    if (simple[n] !== undefined) out += simple[n];
    else if (n === 'd' || n === 'x' || n === 'o') {
      const base = n === 'd' ? 10 : n === 'x' ? 16 : 8;
      const digits = (base === 16 ? /^[0-9a-fA-F]{1,2}/ : base === 10 ? /^[0-9]{1,3}/ : /^[0-7]{1,3}/).exec(s.slice(i + 1));
      if (!digits) out += n;
      else {
        const ch = String.fromCharCode(parseInt(digits[0], base) & 0xff);
        out += kind === 'repl' && (ch === '&' || ch === '\\') ? '\\' + ch : ch;
        i += digits[0].length;
      }
    } else if (n === 'c' && i + 1 < s.length) {
      out += String.fromCharCode(s[++i]!.toUpperCase().charCodeAt(0) ^ 0x40);
    } else out += kind === 'text' ? n : '\\' + n;
  }
  return out;
}

/** Script text being compiled: GNU's prog (string) or script file, with the position for messages. */
export class Reader {
  cur = 0;
  line: number;
  constructor(
    readonly s: string,
    readonly exprNo: number,
    readonly file: string | null,
  ) {
    this.line = file === null ? 0 : 1;
  }

  inchar(): string {
    if (this.cur >= this.s.length) return EOF;
    const c = this.s[this.cur++]!;
    if (c === '\n') this.line++;
    return c;
  }

  savchar(c: string): void {
    if (c === EOF) return;
    if (c === '\n' && this.line > 0) this.line--;
    this.cur--;
  }

  nonblank(): string {
    let c: string;
    do c = this.inchar();
    while (isBlank(c));
    return c;
  }

  fail(why: string): never {
    if (this.file !== null) throw new SedError(`file ${this.file} line ${this.line}: ${why}`, 1);
    throw new SedError(`-e expression #${this.exprNo}, char ${this.cur}: ${why}`, 1);
  }

  integer(first: string): number {
    let n = 0;
    let c = first;
    while (c >= '0' && c <= '9' && c !== EOF) {
      n = n * 10 + Number(c);
      c = this.inchar();
    }
    this.savchar(c);
    return n;
  }
}

/** Compile a POSIX regex for sed (flags 'I' and 'M'). */
export function sedRegex(r: Reader, pattern: string, flags: string, opts: CompileOptions, needed: number): SedRegex | null {
  if (pattern === '') {
    if (flags !== '') r.fail('cannot specify modifiers on empty regexp');
    return null;
  }
  const multiline = flags.includes('M');
  try {
    const syntax = { extended: opts.extended, dialect: 'sed' as const, multiline };
    const re = compileRegex(normalizeText(pattern, 'regex'), syntax, { ignoreCase: flags.includes('I'), multiline });
    if (needed > re.groups + 1) r.fail(`invalid reference \\${needed - 1} on \`s' command's RHS`);
    return { re, groups: re.groups };
  } catch (e) {
    if (!(e instanceof RegexError)) throw e;
    if (e.kind === 'dfa') throw new SedError(e.message, 4);
    r.fail(e.message);
  }
}
