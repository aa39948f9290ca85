/**
 * awk's values as mawk 1.3.4 keeps them (cell types C_DOUBLE, C_STRING,
 * C_STRNUM, C_NOINIT): numbers print as integers when integral and within
 * an int (else through CONVFMT/OFMT, "%.6g"), strings convert by strtod's
 * prefix, and input that looks numeric (fields, getline, -v) compares as a
 * number.
 */
import { formatFloat, formatInt, formatStr, type ConvSpec } from './cformat.js';

/** A string from input that looks like a number: both at once. */
export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

export type Value = number | string | StrNum;

/** An uninitialized value: "" and 0, compared either way. */
export const UNINIT = new StrNum('', 0);

// glibc's strtod(), which mawk 1.3.4 20200120 calls, reads hexadecimal too ("0x10" is 16)
const NUM_PREFIX = /^[ \t\n\f\r\v]*([-+]?)(?:0[xX]([0-9a-fA-F]+)|((?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?))/;
// (mawk's test of a field that looks numeric takes 0x but not 0X)
const NUM_WHOLE = /^[ \t\n\f\r\v]*[-+]?(?:0x[0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)[ \t\n\f\r\v]*$/;

/** strtod() of a string's numeric prefix (0 when none). */
export function strToNum(s: string): number {
  const m = NUM_PREFIX.exec(s);
  if (!m) return 0;
  const v = m[2] !== undefined ? parseInt(m[2], 16) : Number(m[3]);
  return m[1] === '-' ? -v : v;
}

/** Input text as a value: a strnum when it looks numeric. */
export function fromInput(s: string): Value {
  return NUM_WHOLE.test(s) ? new StrNum(s, strToNum(s)) : s;
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return strToNum(v);
  return v.n;
}

const MAX_INT = 2147483647;

/** A number as text: integral values within an int as %d, others through `fmt` (CONVFMT or OFMT). */
export function numToStr(n: number, fmt: string): string {
  if (Number.isInteger(n) && n >= -MAX_INT && n <= MAX_INT) return String(n);
  // x86's NaNs have their sign bit set: glibc prints -nan
  if (Number.isNaN(n)) return '-nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  return sprintf(fmt, [n], fmt);
}

export function toStr(v: Value, convfmt: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numToStr(v, convfmt);
  return v.s;
}

/** Whether the value compares as a number (a number, a strnum, uninitialized). */
export function isNumeric(v: Value): boolean {
  return typeof v !== 'string';
}

/** awk's truth: a number non-zero, a string non-empty, a strnum by its number. */
export function truthy(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  return v === UNINIT ? false : v.n !== 0;
}

/** POSIX comparison: numeric when both are, else as strings (CONVFMT). */
export function compare(a: Value, b: Value, convfmt: string): number {
  if (isNumeric(a) && isNumeric(b)) {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : 1;
  }
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** An error of printf's format: mawk's `bad conversion` and friends. */
export class FormatError extends Error {
  /** What was converted before the error (printf has written it into stdout's buffer). */
  partial = '';
  /** mawk's rt_error() or, for a full sprintf buffer, rt_overflow(). */
  kind = 'run time error';
}

/** mawk's sprintf buffer (sprintf_limit): a longer result is `program limit exceeded`. */
export const SPRINTF_BUFFER = 8192;

/** A field wider than this is not built as a string: printf writes its padding piece by piece. */
const HUGE_FIELD = 1 << 20;

/** Digits after the point that can be other than 0 in a double's exact decimal expansion (2^-1074 has 1074). */
const EXACT_DIGITS = 1100;

/** A run of one character printf writes without holding it whole (the padding of a huge field). */
export interface Fill {
  readonly ch: string;
  readonly count: number;
}

/** A piece of printf's output. */
export type Piece = string | Fill;

/** d_to_int(): a width or precision argument clamped to an int. */
function toInt(d: number): number {
  // NaN fails both of its tests: -INT_MAX
  if (d >= 2147483647) return 2147483647;
  return d > -2147483647 ? Math.trunc(d) : -2147483647;
}

/** do_printf(): the format with its arguments, as C's printf converts each. */
export function sprintf(fmt: string, args: readonly Value[], convfmt: string): string {
  let out = '';
  convert(fmt, args, convfmt, 'sprintf', (p) => {
    if (typeof p !== 'string' || out.length + p.length > SPRINTF_BUFFER) {
      const e = new FormatError(`sprintf buffer size=${SPRINTF_BUFFER}`);
      e.kind = 'program limit exceeded';
      throw e;
    }
    out += p;
  });
  return out;
}

/** printf's output as pieces: a huge field's padding (`%*d`, 1e9) stays a Fill. */
export function printfPieces(fmt: string, args: readonly Value[], convfmt: string): Piece[] {
  const out: Piece[] = [];
  convert(fmt, args, convfmt, 'printf', (p) => out.push(p));
  return out;
}

function convert(fmt: string, args: readonly Value[], convfmt: string, who: string, add: (p: Piece) => void): void {
  let partial = '';
  let ai = 0;
  const next = (): Value => {
    if (ai >= args.length) throw new FormatError(`not enough arguments passed to ${who}("${fmt}")`);
    return args[ai++]!;
  };
  try {
    convertEach(fmt, next, convfmt, who, (p) => {
      add(p);
      if (typeof p === 'string' && partial.length < HUGE_FIELD) partial += p;
    });
  } catch (e) {
    if (e instanceof FormatError && e.kind === 'run time error') e.partial = partial;
    throw e;
  }
}

/**
 * A conversion whose field or precision is too wide to build: the value
 * converted narrow, then the width's padding (and a huge precision's
 * zeros) as Fills where glibc puts them. A double has no non-zero digit
 * past EXACT_DIGITS, so its precision's excess is zeros too.
 */
function hugeField(spec: ConvSpec, format: (s: ConvSpec) => string, add: (p: Piece) => void): void {
  const kind = 'diouxX'.includes(spec.conv) ? 'int' : 'eEfFgG'.includes(spec.conv) ? 'float' : 'str';
  const prec = spec.precision ?? 0;
  let zeros = 0;
  let precision = spec.precision;
  if (kind === 'int' && prec > HUGE_FIELD) precision = undefined;
  if (kind === 'float' && prec > EXACT_DIGITS) precision = EXACT_DIGITS;
  const core = format({ ...spec, width: undefined, precision });
  const lead = kind === 'str' ? '' : /^[-+ ]?(?:0[xX])?/.exec(core)![0];
  let body = core.slice(lead.length);
  let tail = '';
  if (kind === 'int' && prec > HUGE_FIELD) zeros = Math.max(0, prec - body.length);
  if (kind === 'float' && prec > EXACT_DIGITS && /^[\d.]+(?:[eE]|$)/.test(body) && !'gG'.includes(spec.conv)) {
    zeros = prec - EXACT_DIGITS;
    const e = body.search(/[eE]/);
    if (e >= 0) [body, tail] = [body.slice(0, e), body.slice(e)];
  }
  const width = Math.abs(spec.width ?? 0);
  const left = spec.flags.includes('-') || (spec.width ?? 0) < 0;
  const pad = Math.max(0, width - lead.length - body.length - zeros - tail.length);
  const zeroPad = !left && spec.flags.includes('0') && !/^(?:inf|nan)$/i.test(body) && (kind === 'float' || (kind === 'int' && spec.precision === undefined));
  const fill = (ch: string, count: number): void => void (count > 0 && add({ ch, count }));
  if (!left && !zeroPad) fill(' ', pad);
  add(lead);
  if (zeroPad) fill('0', pad);
  // an int's precision zeros come before its digits, a float's after them
  if (kind === 'int') fill('0', zeros);
  add(body);
  if (kind === 'float') fill('0', zeros);
  add(tail);
  if (left) fill(' ', pad);
}

function convertEach(fmt: string, next: () => Value, convfmt: string, who: string, add: (p: Piece) => void): void {
  let nconv = 0;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch !== '%') {
      add(ch);
      continue;
    }
    if (fmt[i + 1] === '%') {
      add('%');
      i++;
      continue;
    }
    const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([a-zA-Z]?)/.exec(fmt.slice(i))!;
    const width = m[2] === '*' ? toInt(toNum(next())) : m[2] ? toInt(Number(m[2])) : undefined;
    let precision = m[3] === '*' ? toInt(toNum(next())) : m[3] !== undefined ? toInt(Number(m[3] || 0)) : undefined;
    if (precision !== undefined && precision < 0) precision = undefined;
    let conv = m[4]!;
    nconv++;
    i += m[0].length - 1;
    if (conv === 'l' || conv === 'h') conv = fmt[++i] ?? '';
    const spec: ConvSpec = { flags: m[1]!, width, precision, conv };
    const huge = Math.abs(width ?? 0) > HUGE_FIELD || (!'sc'.includes(conv) && (precision ?? 0) > HUGE_FIELD);
    const put = (format: (s: ConvSpec) => string): void => (huge ? hugeField(spec, format, add) : add(format(spec)));
    const v = next();
    switch (conv) {
      case 'd':
      case 'i':
      case 'o':
      case 'x':
      case 'X':
      case 'u': {
        // d_to_UL(): the unsigned conversions take a negative value as 0
        const n = conv === 'd' || conv === 'i' ? toNum(v) : Math.max(0, toNum(v));
        const big = Number.isFinite(n) ? BigInt(Math.trunc(Math.max(-9223372036854775808, Math.min(9223372036854775807, n)))) : n > 0 ? 9223372036854775807n : -9223372036854775808n;
        put((sp) => formatInt(sp, big));
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        put((sp) => formatFloat(sp, toNum(v)));
        break;
      case 'c': {
        const c = typeof v !== 'string' ? String.fromCharCode(toNum(v) & 0xff) : toStr(v, convfmt).slice(0, 1) || '\0';
        put((sp) => formatStr({ ...sp, conv: 's', precision: undefined }, c));
        break;
      }
      case 's':
        put((sp) => formatStr(sp, toStr(v, convfmt)));
        break;
      default:
        throw new FormatError(`improper conversion(number ${nconv}) in ${who}("${fmt}")`);
    }
  }
}
