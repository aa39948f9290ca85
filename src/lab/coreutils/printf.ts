/**
 * printf as coreutils 9.1 prints it (src/printf.c): the format is reused
 * while arguments remain, missing arguments are "" or 0, numbers follow
 * strtoimax/strtold with `'c` giving a character's code, a bad number warns
 * (`printf: 'x': expected a numeric value`) and sets status 1, %b expands
 * escapes in its argument, \c stops all output.
 */
import { byteChar } from '../bytes.js';
import { formatFloat, formatInt, formatStr, type ConvSpec } from './cformat.js';
import type { Cmd } from './common.js';
import { strtod, strtoimax } from './num.js';
import { quote, shellQuote } from './quote.js';

/** Thrown to end all output (\c) or to die with a message. */
class Stop {
  constructor(
    readonly status: number,
    readonly message?: string,
  ) {}
}

interface State {
  readonly c: Cmd;
  readonly args: readonly string[];
  /** The next argument to use: an index, so 200k arguments cost linear time. */
  pos: number;
  status: number;
}

/** Widths and precisions beyond this would need more memory than tuxnet gives a string. */
const MAX_FIELD = 1 << 26;

const CHAR_ESC: Record<string, string> = {
  '"': '"', '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** One backslash escape at s[i] (the backslash); returns text and the index after it. */
function escapeAt(s: string, i: number, octal0: boolean): { text: string; next: number } {
  const p = s[i + 1];
  if (p === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2));
    if (!m) throw new Stop(1, 'missing hexadecimal number in escape');
    return { text: byteChar(parseInt(m[0], 16)), next: i + 2 + m[0].length };
  }
  if (p !== undefined && p >= '0' && p <= '7') {
    const start = i + 1 + (octal0 && p === '0' ? 1 : 0);
    const m = /^[0-7]{0,3}/.exec(s.slice(start))![0];
    return { text: byteChar(parseInt(m || '0', 8) & 0xff), next: start + m.length };
  }
  if (p === 'c') throw new Stop(0);
  if (p !== undefined && CHAR_ESC[p] !== undefined) return { text: CHAR_ESC[p], next: i + 2 };
  if (p === 'u' || p === 'U') return unicodeEscape(s, i, p);
  if (p === undefined) return { text: '\\', next: i + 1 };
  return { text: '\\' + p, next: i + 2 };
}

function unicodeEscape(s: string, i: number, p: string): { text: string; next: number } {
  const n = p === 'u' ? 4 : 8;
  const hex = s.slice(i + 2, i + 2 + n);
  if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) throw new Stop(1, 'missing hexadecimal number in escape');
  const v = parseInt(hex, 16);
  if ((v <= 0x9f && v !== 0x24 && v !== 0x40 && v !== 0x60) || (v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff) {
    throw new Stop(1, `invalid universal character name \\${p}${hex.toLowerCase()}`);
  }
  // The C locale cannot encode it: print_unicode_char() falls back to the escape.
  const hexUp = v.toString(16).toUpperCase();
  return { text: v > 0xffff ? `\\U${hexUp.padStart(8, '0')}` : `\\u${hexUp.padStart(4, '0')}`, next: i + 2 + n };
}

/** %b: escapes with \0NNN octal; \c prints what came before it, then stops everything. */
function printB(c: Cmd, s: string): void {
  for (let i = 0; i < s.length; ) {
    if (s[i] !== '\\') {
      c.out(s[i++]!);
      continue;
    }
    const e = escapeAt(s, i, true);
    c.out(e.text);
    i = e.next;
  }
}

/** After a conversion: report what strtol/strtod left unconverted. */
function verifyNumeric(st: State, arg: string, end: number, overflow: boolean): void {
  if (overflow) {
    st.c.error(`${quote(arg)}: Numerical result out of range`);
    st.status = 1;
  } else if (end < arg.length) {
    st.c.error(`${quote(arg)}: ${end === 0 ? 'expected a numeric value' : 'value not completely converted'}`);
    st.status = 1;
  }
}

/** A leading ' or " gives the next character's code. */
function charConstant(st: State, arg: string): number | null {
  if ((arg[0] !== '"' && arg[0] !== "'") || arg.length < 2) return null;
  const cp = arg.codePointAt(1)!;
  const rest = arg.slice(1 + String.fromCodePoint(cp).length);
  if (rest !== '' && !st.c.p.env.has('POSIXLY_CORRECT')) {
    st.c.error(`warning: ${rest}: character(s) following character constant have been ignored`);
  }
  return cp;
}

function intArg(st: State, arg: string, unsigned: boolean): bigint {
  const ch = charConstant(st, arg);
  if (ch !== null) return BigInt(ch);
  const r = strtoimax(arg, unsigned);
  verifyNumeric(st, arg, r.end, r.overflow);
  return r.value;
}

function floatArg(st: State, arg: string): number {
  const ch = charConstant(st, arg);
  if (ch !== null) return ch;
  const r = strtod(arg);
  verifyNumeric(st, arg, r.end, false);
  return r.value;
}

function nextArg(st: State): string | undefined {
  return st.pos < st.args.length ? st.args[st.pos++] : undefined;
}

/** Parse and print one % directive at fmt[i] (the %); returns the index after it. */
function directive(st: State, fmt: string, i: number): number {
  const m = /^%([-+ #0'I]*)(\*|\d*)(?:\.(\*|\d*))?[hlLjtz]*(.?)/.exec(fmt.slice(i))!;
  const [whole, flags = '', w = '', p, conv = ''] = m;
  if (conv === '%' && whole === '%%') {
    st.c.out('%');
    return i + 2;
  }
  if (whole === '%b' || whole === '%q') return simpleDirective(st, conv, i);
  const width = w === '*' ? starArg(st, 'width') : w === '' ? undefined : Number(w);
  const precision = p === '*' ? starArg(st, 'precision') : p === undefined ? undefined : Number(p || '0');
  checkConversion(fmt.slice(i, i + whole.length), flags, p !== undefined, conv);
  // gnulib xalloc_die(): the output would not fit in memory.
  if (Math.abs(width ?? 0) > MAX_FIELD || (precision ?? 0) > MAX_FIELD) throw new Stop(1, 'memory exhausted');
  const spec: ConvSpec = { flags, width, precision: precision !== undefined && precision < 0 ? undefined : precision, conv };
  const arg = nextArg(st) ?? '';
  st.c.out(convert(st, spec, arg));
  return i + whole.length;
}

function simpleDirective(st: State, conv: string, i: number): number {
  const arg = nextArg(st);
  if (arg === undefined) return i + 2;
  if (conv === 'b') printB(st.c, arg);
  else st.c.out(shellQuote(arg));
  return i + 2;
}

function starArg(st: State, what: 'width' | 'precision'): number {
  const arg = nextArg(st);
  if (arg === undefined) return 0;
  const v = intArg(st, arg, false);
  if (what === 'width' && (v < -2147483648n || v > 2147483647n)) throw new Stop(1, `invalid field width: ${quote(arg)}`);
  if (what === 'precision' && v > 2147483647n) throw new Stop(1, `invalid precision: ${quote(arg)}`);
  return Number(v);
}

/** Which flags each conversion accepts, as print_formatted's ok[] table. */
function checkConversion(text: string, flags: string, hasPrecision: boolean, conv: string): void {
  let ok = 'aAcdeEfFgGiosuxX';
  const drop = (set: string): void => {
    ok = [...ok].filter((ch) => !set.includes(ch)).join('');
  };
  if (/['I]/.test(flags)) drop('aAceEosxX');
  if (flags.includes('#')) drop('cdisu');
  if (flags.includes('0')) drop('cs');
  if (hasPrecision) drop('c');
  if (conv === '' || !ok.includes(conv)) throw new Stop(1, `${text}: invalid conversion specification`);
}

function convert(st: State, spec: ConvSpec, arg: string): string {
  switch (spec.conv) {
    case 'd':
    case 'i':
      return formatInt(spec, intArg(st, arg, false));
    case 'o':
    case 'u':
    case 'x':
    case 'X':
      return formatInt(spec, intArg(st, arg, true));
    case 'c':
    case 's':
      return formatStr(spec, arg);
    default:
      return formatFloat(spec, floatArg(st, arg));
  }
}

/** One pass over the format; returns how many arguments it used. */
function printOnce(st: State, fmt: string): number {
  const before = st.pos;
  for (let i = 0; i < fmt.length; ) {
    const ch = fmt[i]!;
    if (ch === '%') i = directive(st, fmt, i);
    else if (ch === '\\') {
      const e = escapeAt(fmt, i, false);
      st.c.out(e.text);
      i = e.next;
    } else {
      const j = fmt.slice(i).search(/[%\\]/);
      const end = j < 0 ? fmt.length : i + j;
      st.c.out(fmt.slice(i, end));
      i = end;
    }
  }
  return st.pos - before;
}

export async function printf(c: Cmd): Promise<number> {
  let args = c.args;
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) return c.usage('missing operand', 1);
  const fmt = args[0]!;
  const st: State = { c, args, pos: 1, status: 0 };
  try {
    let used: number;
    do used = printOnce(st, fmt);
    while (used > 0 && st.pos < st.args.length);
    if (st.pos < st.args.length) c.error(`warning: ignoring excess arguments, starting with ${quote(st.args[st.pos]!)}`);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    // \c ends the output with status 0, whatever came before.
    if (e.message !== undefined) c.error(e.message);
    return e.status;
  }
  return st.status;
}
