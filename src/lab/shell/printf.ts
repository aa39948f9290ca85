/**
 * The printf builtins of the lab's two shells: bash 5.2's
 * (builtins/printf.def: `-v VAR`, %q/%Q, %b, %(fmt)T, %n, `invalid number`
 * and `invalid format character` errors, length modifiers skipped) and
 * dash 0.5.12's (src/bltin/printf.c: `expected numeric value`, `invalid
 * directive`). Both reuse the format while arguments remain, give missing
 * arguments as "" or 0. bash's prints on its line-buffered stdout as
 * printf.def does: literal text, escapes, %b and %q by putchar() (a
 * write(2) at each newline), the other conversions by printf(3) (one up to
 * the piece's last newline), so a /proc/sys file parses each line apart
 * and a warning comes after the lines before it. dash's is written once,
 * when the builtin is done (its output.c buffer).
 */
import { byteChar, normalizeBytes } from '../bytes.js';
import { bytesOf } from '../coreutils/quote.js';
import { formatFloat, formatInt, formatStr, type ConvSpec } from '../coreutils/cformat.js';
import { breakDown, strftime, zoneOf } from '../coreutils/date.js';
import { strtod, strtoimax } from '../coreutils/num.js';
import { LAB_EPOCH_SEC } from '../../tools/ping_common.js';
import { subscriptKey } from './arrays.js';
import { hostOf } from './exec.js';
import { builtinError, type Ctx } from './io.js';
import { FatalError } from './state.js';
import { StdioFile } from '../../tools/lib/stdio.js';
import { errnoText } from '../vfs.js';

/** Ends the whole builtin: \c in %b (status so far) or an error (its status). */
class Stop {
  constructor(readonly status: number | null) {}
}

/** One backslash escape: its text and how many characters after the backslash it used (0: the backslash stands alone). */
interface Esc {
  text: string;
  used: number;
  /** \c inside %b: stop all output. */
  stop?: boolean;
}

interface Dialect {
  /** Flags skipped before the width (SKIP1). */
  readonly flags: string;
  /** Length modifiers skipped before the conversion (bash's LENMODS; dash has none). */
  readonly lenmods: string;
  /** An escape of the format string, `s[i]` the character after the backslash. */
  formatEscape(st: State, s: string, i: number): Esc;
  /** %b's argument with its escapes expanded. */
  bExpand(st: State, s: string): { text: string; stop: boolean };
  /** strtoimax/strtod leftovers and range errors. */
  checkNumber(st: State, arg: string, end: number, overflow: boolean): void;
  /** A conversion the dialect lacks (`start` the directive's text). */
  badConversion(st: State, start: string, conv: string): never;
  missingConversion(st: State, start: string): never;
  /** The special conversions (bash's %q, %(fmt)T, %n); false when not one. */
  special(st: State, spec: ConvSpec, fmt: string, i: number): number | false;
}

interface State {
  readonly ctx: Ctx;
  readonly d: Dialect;
  readonly args: readonly string[];
  pos: number;
  /** The text, when it is kept (dash, `printf -v`). */
  out: string;
  /** bash's stdout, when the text goes there as it is made. */
  readonly file: StdioFile | null;
  /** Characters output so far. */
  count: number;
  /** `count` at the start of this pass of the format (bash's `tw`, for %n). */
  passStart: number;
  status: number;
}

/** How bash's printf outputs a piece: putchar() of each character (PC), or one printf(3) call (PF). */
type Put = 'pc' | 'pf';

/** PF's check: a printf(3) whose write failed ends the builtin at once (status 1, nothing flushed). */
class WriteFailed extends Error {}

const CHAR_ESC: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
const isOct = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '7';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

function warn(st: State, msg: string): void {
  st.ctx.io.err.write(`${st.ctx.sh.errPrefix()}printf: ${msg}\n`);
}

function nextArg(st: State): string | undefined {
  return st.pos < st.args.length ? st.args[st.pos++] : undefined;
}

// ---- bash (builtins/printf.def) ----

/**
 * bash's stdout: a stdio FILE made line buffered at startup (shell.c
 * sh_setlinebuf()). Escaped bytes that together form UTF-8 are the
 * character (`printf '\xc3\xa9'`): a line goes out whole, so they do.
 */
function lineBufferedStdout(ctx: Ctx): StdioFile {
  const out = ctx.io.out;
  const f = new StdioFile({
    write: (t) => out.write(normalizeBytes(t)),
    writeAll: (t) => (out.writeAll ? out.writeAll(normalizeBytes(t)) : (out.write(normalizeBytes(t)), null)),
    isatty: out.isatty,
    get broken() {
      return out.broken;
    },
    get blksize() {
      return out.blksize;
    },
  });
  f.setLineBuffered();
  return f;
}

/** bash's tescape(): `sawc` is true for %b arguments (\c stops, \0NNN octal, \' \" \? kept with their backslash). */
function bashEscape(st: State, s: string, i: number, sawc: boolean): Esc {
  const c = s[i];
  if (c !== undefined && CHAR_ESC[c] !== undefined) return { text: CHAR_ESC[c], used: 1 };
  if (c === 'e' || c === 'E') return { text: '\x1b', used: 1 };
  if (isOct(c)) {
    let v = Number(c);
    let j = i + 1;
    for (let temp = 2 + (v === 0 && sawc ? 1 : 0); isOct(s[j]) && temp-- > 0; j++) v = v * 8 + Number(s[j]);
    return { text: byteChar(v & 0xff), used: j - i };
  }
  if (c === 'x') {
    let v = 0;
    let j = i + 1;
    for (; isHex(s[j]) && j < i + 3; j++) v = v * 16 + parseInt(s[j]!, 16);
    if (j === i + 1) {
      warn(st, 'missing hex digit for \\x');
      return { text: '\\', used: 0 };
    }
    return { text: byteChar(v), used: j - i };
  }
  if (c === 'u' || c === 'U') return unicodeEscape(st, s, i, c);
  if (c === "'" || c === '"' || c === '?') return sawc ? { text: '\\', used: 0 } : { text: c, used: 1 };
  if (c === 'c' && sawc) return { text: '', used: 1, stop: true };
  return { text: '\\', used: 0 };
}

/** \uNNNN, \UNNNNNNNN: the character in a UTF-8 locale, else u32cconv()'s escape. */
function unicodeEscape(st: State, s: string, i: number, c: string): Esc {
  let v = 0;
  let j = i + 1;
  for (const end = j + (c === 'u' ? 4 : 8); isHex(s[j]) && j < end; j++) v = v * 16 + parseInt(s[j]!, 16);
  if (j === i + 1) {
    warn(st, `missing unicode digit for \\${c}`);
    return { text: '\\', used: 0 };
  }
  if (v <= 0x7f) return { text: String.fromCharCode(v), used: j - i };
  const env = (n: string): string => st.ctx.sh.get(n) ?? '';
  const locale = env('LC_ALL') || env('LC_CTYPE') || env('LANG');
  if (/utf-?8/i.test(locale) && v <= 0x10ffff) return { text: String.fromCodePoint(v), used: j - i };
  const hex = v.toString(16).toUpperCase();
  return { text: v > 0xffff ? `\\U${hex.padStart(8, '0')}` : `\\u${hex.padStart(4, '0')}`, used: j - i };
}

/** bexpand(): %b's argument; a backslash at the very end stays. */
function bashBExpand(st: State, s: string): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < s.length; ) {
    if (s[i] !== '\\' || i + 1 === s.length) {
      text += s[i++];
      continue;
    }
    const e = bashEscape(st, s, i + 1, true);
    if (e.stop) return { text, stop: true };
    text += e.text;
    i += 1 + e.used;
  }
  return { text, stop: false };
}

/** sh_invalidnum() (builtins/common.c) */
function invalidNumber(s: string): string {
  if (s[0] === '0' && /[0-9]/.test(s[1] ?? '')) return `${s}: invalid octal number`;
  if (s[0] === '0' && s[1] === 'x') return `${s}: invalid hex number`;
  return `${s}: invalid number`;
}

/** sh_backslash_quote(s, 0, 3): bstab's characters, a leading #, a ~ at a word start or after : or =, blanks. */
function backslashQuote(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (' \t\n!"$&\'()*,;<>?[\\]^`{|}'.includes(c) || (c === '#' && i === 0) || (c === '~' && (i === 0 || s[i - 1] === ':' || s[i - 1] === '='))) r += '\\';
    r += c;
  }
  return r;
}

const ANSIC: Record<number, string> = { 0x1b: 'E', 7: 'a', 0xb: 'v', 8: 'b', 0xc: 'f', 0xa: 'n', 0xd: 'r', 9: 't', 0x5c: '\\', 0x27: "'" };

/** ansic_quote(): $'...' with C escapes and \ooo for the other unprintable bytes (C locale). */
export function ansicQuote(s: string): string {
  let r = "$'";
  for (const b of bytesOf(s)) {
    if (ANSIC[b] !== undefined) r += '\\' + ANSIC[b];
    else if (b < 0x20 || b >= 0x7f) r += '\\' + b.toString(8).padStart(3, '0');
    else r += String.fromCharCode(b);
  }
  return r + "'";
}

/** ansic_shouldquote(): a byte is unprintable (C locale). */
export function needsAnsic(s: string): boolean {
  return bytesOf(s).some((b) => b < 0x20 || b >= 0x7f);
}

/** %q: '' for the empty string, $'...' when a byte is unprintable, else backslashes. */
export function bashQuote(s: string): string {
  if (s === '') return "''";
  if (needsAnsic(s)) return ansicQuote(s);
  return backslashQuote(s);
}

/** bash's special conversions: %q %Q, %(fmt)T, %n. */
function bashSpecial(st: State, spec: ConvSpec, fmt: string, i: number): number | false {
  const conv = fmt[i];
  if (conv === 'q' || conv === 'Q') {
    let arg = nextArg(st) ?? '';
    let precision = spec.precision;
    // %Q applies the precision to the unquoted argument, never cutting the quoted text.
    if (conv === 'Q' && precision !== undefined) {
      arg = arg.slice(0, precision);
      precision = undefined;
    }
    emit(st, formatStr({ ...spec, precision, conv: 's' }, bashQuote(arg)));
    return i + 1;
  }
  if (conv === 'n') {
    const name = nextArg(st) ?? '';
    if (name !== '') {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        warn(st, `\`${name}': not a valid identifier`);
        throw new Stop(1);
      }
      st.ctx.sh.set(name, String(st.count - st.passStart));
    }
    return i + 1;
  }
  if (conv === '(') return timeConversion(st, spec, fmt, i);
  return false;
}

/** %(fmt)T: strftime of the argument's seconds (-1 now, -2 the shell's start) in the shell's TZ. */
function timeConversion(st: State, spec: ConvSpec, fmt: string, i: number): number {
  let depth = 1;
  let j = i + 1;
  for (; j < fmt.length; j++) {
    if (fmt[j] === '(') depth++;
    else if (fmt[j] === ')' && --depth === 0) break;
  }
  if (fmt[j + 1] !== 'T') {
    warn(st, `warning: \`${fmt[j + 1] ?? ''}': invalid time format specification`);
    return -1;
  }
  const timefmt = fmt.slice(i + 1, j) || '%X';
  const arg = st.pos < st.args.length ? intArg(st, nextArg(st)!, false) : -1n;
  const now = LAB_EPOCH_SEC + Math.floor(st.ctx.sh.lab.sched.now / 1e9);
  const secs = arg === -1n ? now : arg === -2n ? LAB_EPOCH_SEC : Number(arg);
  const text = strftime(timefmt, breakDown(secs, 0, zoneOf(st.ctx.sh.get('TZ'))));
  emit(st, formatStr({ ...spec, conv: 's' }, text));
  return j + 2;
}

const BASH: Dialect = {
  flags: "#'-+ 0",
  lenmods: 'hjlLtz',
  formatEscape: (st, s, i) => bashEscape(st, s, i, false),
  bExpand: bashBExpand,
  checkNumber(st, arg, end, overflow) {
    if (end < arg.length) {
      warn(st, invalidNumber(arg));
      st.status = 1;
    } else if (overflow) warn(st, `warning: ${arg}: Numerical result out of range`);
  },
  badConversion(st, _start, conv) {
    warn(st, `\`${conv}': invalid format character`);
    throw new Stop(1);
  },
  missingConversion(st, start) {
    warn(st, `\`${start}': missing format character`);
    throw new Stop(1);
  },
  special: bashSpecial,
};

// ---- dash (src/bltin/printf.c) ----

/** conv_escape(): \\ \a \b \f \n \r \t \v and up to 3 octal digits; anything else keeps its backslash. */
function dashEscape(s: string, i: number): Esc {
  const c = s[i];
  if (c !== undefined && CHAR_ESC[c] !== undefined) return { text: CHAR_ESC[c], used: 1 };
  if (!isOct(c)) return { text: '\\', used: 0 };
  let v = 0;
  let j = i;
  for (; isOct(s[j]) && j < i + 3; j++) v = v * 8 + Number(s[j]);
  return { text: byteChar(v & 0xff), used: j - i };
}

/** conv_escape_str(): %b's argument; \c ends everything, \0NNN is octal. */
function dashBExpand(_st: State, s: string): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < s.length; ) {
    if (s[i] !== '\\') {
      text += s[i++];
      continue;
    }
    if (s[i + 1] === 'c') return { text, stop: true };
    const at = s[i + 1] === '0' && isOct(s[i + 2]) ? i + 2 : i + 1;
    const e = dashEscape(s, at);
    text += e.text;
    i = at + e.used;
  }
  return { text, stop: false };
}

function dashError(st: State, msg: string): never {
  warn(st, msg);
  throw new Stop(2);
}

const DASH: Dialect = {
  flags: '#-+ 0',
  lenmods: '',
  formatEscape: (_st, s, i) => dashEscape(s, i),
  bExpand: dashBExpand,
  checkNumber(st, arg, end, overflow) {
    if (end < arg.length) warn(st, `${arg}: ${end === 0 ? 'expected numeric value' : 'not completely converted'}`);
    else if (overflow) warn(st, `${arg}: Numerical result out of range`);
    else return;
    st.status = 1;
  },
  badConversion: (st, start) => dashError(st, `${start}: invalid directive`),
  missingConversion: (st) => dashError(st, 'missing format character'),
  special: () => false,
};

// ---- the shared engine ----

/** A leading ' or " gives the next character's code, a byte in the C locale (bash asciicode(), dash getuintmax()). */
function charCode(arg: string): bigint {
  return BigInt(bytesOf(arg)[1] ?? 0);
}

function intArg(st: State, arg: string, unsigned: boolean): bigint {
  if (arg[0] === "'" || arg[0] === '"') return charCode(arg);
  const r = strtoimax(arg, unsigned);
  st.d.checkNumber(st, arg, arg === '' ? 0 : r.end, r.overflow);
  return r.value;
}

function floatArg(st: State, arg: string): number {
  if (arg[0] === "'" || arg[0] === '"') return Number(charCode(arg));
  const r = strtod(arg);
  st.d.checkNumber(st, arg, arg === '' ? 0 : r.end, false);
  return r.value;
}

/** A `*` width or precision: bash clamps to int with a warning. */
function starArg(st: State): number {
  const arg = nextArg(st);
  if (arg === undefined) return 0;
  const v = intArg(st, arg, false);
  if (v > 2147483647n || v < -2147483648n) {
    if (st.d === BASH) warn(st, `warning: ${arg}: Numerical result out of range`);
    return v > 0n ? 2147483647 : -2147483648;
  }
  return Number(v);
}

function emit(st: State, s: string, how: Put = 'pc'): void {
  st.ctx.sh.limits.checkSize(st.count + s.length);
  st.count += s.length;
  const f = st.file;
  if (!f) {
    st.out += s;
    return;
  }
  if (how === 'pc') {
    f.putc(s);
    return;
  }
  // PF(): clearerr(stdout), printf(3), and a write error ends the builtin
  f.clearerr();
  f.write(s);
  if (f.errno) throw new WriteFailed();
}

/** One conversion at fmt[i] (the %); returns the index after it. */
function directive(st: State, fmt: string, i: number): number {
  const start = i++;
  if (fmt[i] === '%') {
    emit(st, '%');
    return i + 1;
  }
  let flags = '';
  while (i < fmt.length && st.d.flags.includes(fmt[i]!)) flags += fmt[i++];
  let width: number | undefined;
  let precision: number | undefined;
  if (fmt[i] === '*') {
    i++;
    width = starArg(st);
  } else {
    const m = /^\d*/.exec(fmt.slice(i))![0];
    if (m) width = Number(m);
    i += m.length;
  }
  if (fmt[i] === '.') {
    i++;
    if (fmt[i] === '*') {
      i++;
      const p = starArg(st);
      precision = p < 0 ? undefined : p;
    } else {
      const neg = st.d === BASH && fmt[i] === '-';
      if (neg) i++;
      const m = /^\d*/.exec(fmt.slice(i))![0];
      i += m.length;
      precision = neg ? undefined : Number(m || '0');
    }
  }
  while (i < fmt.length && st.d.lenmods.includes(fmt[i]!)) i++;
  if (i >= fmt.length) st.d.missingConversion(st, fmt.slice(start));
  const conv = fmt[i]!;
  const spec: ConvSpec = { flags: flags.replace(/'/g, ''), width, precision, conv };
  const special = st.d.special(st, spec, fmt, i);
  if (special === -1) {
    emit(st, '%');
    return start + 1;
  }
  if (special !== false) return special;
  if (conv === 'b') {
    const b = st.d.bExpand(st, nextArg(st) ?? '');
    emit(st, formatStr({ ...spec, conv: 's' }, b.text));
    // bash returns its status so far (conversion errors count only at the end), dash its rval
    if (b.stop) throw new Stop(st.d === BASH ? 0 : null);
  } else emit(st, convert(st, spec, fmt.slice(start, i + 1)), 'pf');
  return i + 1;
}

function convert(st: State, spec: ConvSpec, text: string): string {
  const arg = nextArg(st);
  switch (spec.conv) {
    case 'c':
    case 's':
      return formatStr(spec, arg ?? '');
    case 'd':
    case 'i':
      return formatInt(spec, arg === undefined ? 0n : intArg(st, arg, false));
    case 'o':
    case 'u':
    case 'x':
    case 'X':
      return formatInt(spec, arg === undefined ? 0n : intArg(st, arg, true));
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      return formatFloat(spec, arg === undefined ? 0 : floatArg(st, arg));
    default:
      return st.d.badConversion(st, text, spec.conv);
  }
}

/** One pass over the format. */
function printOnce(st: State, fmt: string): void {
  st.passStart = st.count;
  for (let i = 0; i < fmt.length; ) {
    const ch = fmt[i]!;
    if (ch === '%') i = directive(st, fmt, i);
    else if (ch === '\\') {
      const e = st.d.formatEscape(st, fmt, i + 1);
      emit(st, e.text);
      i += 1 + e.used;
    } else {
      const j = fmt.indexOf('%', i);
      const k = fmt.indexOf('\\', i);
      const end = Math.min(j < 0 ? fmt.length : j, k < 0 ? fmt.length : k);
      emit(st, fmt.slice(i, end));
      i = end;
    }
  }
}

/** Run the format over the arguments; returns the status, `st.out` the text (or it went to `st.file`). */
function run(st: State, fmt: string): number {
  try {
    do {
      const before = st.pos;
      printOnce(st, fmt);
      // a pass whose output met a write error ends the builtin (PRETURN reports it)
      if (st.file?.errno) break;
      if (st.pos === before) break;
    } while (st.pos < st.args.length);
  } catch (e) {
    if (e instanceof WriteFailed) return wrerror(st);
    if (!(e instanceof Stop)) throw e;
    return preturn(st, e.status ?? st.status);
  }
  return preturn(st, st.status);
}

/** sh_wrerror(): `bash: line N: printf: write error: TEXT`; the error indicator cleared. */
function wrerror(st: State): number {
  const f = st.file!;
  builtinError(st.ctx, 'printf', `write error: ${errnoText[f.errno!]}`);
  f.clearerr();
  return 1;
}

/** PRETURN(): stdout flushed; a write that failed is reported and the status is 1. */
function preturn(st: State, status: number): number {
  const f = st.file;
  if (!f) return status;
  f.flush();
  return f.errno ? wrerror(st) : status;
}

const BASH_USAGE = 'printf: usage: printf [-v var] format [arguments]\n';

function bashUsage(ctx: Ctx, msg?: string): number {
  if (msg !== undefined) builtinError(ctx, 'printf', msg);
  ctx.io.err.write(BASH_USAGE);
  return 2;
}

/** internal_getopt(list, "v:"): the -v name (or null) and where the format is; a number is a usage error. */
function bashOptions(ctx: Ctx, argv: string[]): { vname: string | null; at: number } | number {
  let vname: string | null = null;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return { vname, at: i + 1 };
    if (a[0] !== '-' || a === '-') break;
    for (let k = 1; k < a.length; k++) {
      if (a[k] !== 'v') return bashUsage(ctx, `-${a[k]}: invalid option`);
      const val = k + 1 < a.length ? a.slice(k + 1) : argv[++i];
      if (val === undefined) return bashUsage(ctx, '-v: option requires an argument');
      vname = val;
      break;
    }
  }
  return { vname, at: i };
}

/** legal_identifier() or valid_array_reference(). */
function validVarRef(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*(\[.+\])?$/s.test(name);
}

/** bind_printf_variable(): NAME or NAME[SUBSCRIPT]. */
async function assignVar(ctx: Ctx, vname: string, value: string): Promise<boolean> {
  try {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/s.exec(vname);
    if (!m) ctx.sh.set(vname, value);
    else {
      const key = await subscriptKey(hostOf(ctx), m[1]!, m[2]!);
      if (key === null) throw new FatalError(`${vname}: bad array subscript`);
      ctx.sh.setElem(m[1]!, key, value);
    }
    return true;
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
    ctx.io.err.write(ctx.sh.errPrefix() + e.message + '\n');
    return false;
  }
}

/** bash's printf builtin. */
export async function bashPrintf(ctx: Ctx, argv: string[]): Promise<number> {
  const o = bashOptions(ctx, argv);
  if (typeof o === 'number') return o;
  if (o.vname !== null && !validVarRef(o.vname)) return builtinError(ctx, 'printf', `\`${o.vname}': not a valid identifier`, 2);
  const fmt = argv[o.at];
  if (fmt === undefined) return bashUsage(ctx);
  if (fmt === '') return o.vname !== null && !(await assignVar(ctx, o.vname, '')) ? 1 : 0;
  const file = o.vname === null ? lineBufferedStdout(ctx) : null;
  const st: State = { ctx, d: BASH, args: argv.slice(o.at + 1), pos: 0, out: '', file, count: 0, passStart: 0, status: 0 };
  const status = run(st, fmt);
  if (o.vname === null) return status;
  // escaped bytes that together form UTF-8 are the character (`printf '\xc3\xa9'`)
  return (await assignVar(ctx, o.vname, normalizeBytes(st.out))) ? status : 1;
}

/** dash's printf builtin. */
export async function dashPrintf(ctx: Ctx, argv: string[]): Promise<number> {
  let at = 1;
  const a = argv[1];
  if (a === '--') at = 2;
  else if (a !== undefined && a[0] === '-' && a.length > 1) return builtinError(ctx, 'printf', `Illegal option -${a[1]}`, 2);
  const fmt = argv[at];
  if (fmt === undefined) return builtinError(ctx, 'printf', 'usage: printf format [arg ...]', 2);
  const st: State = { ctx, d: DASH, args: argv.slice(at + 1), pos: 0, out: '', file: null, count: 0, passStart: 0, status: 0 };
  const status = run(st, fmt);
  ctx.io.out.write(normalizeBytes(st.out));
  return status;
}
