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
}

/** do_printf(): the format with its arguments, as C's printf converts each. */
export function sprintf(fmt: string, args: readonly Value[], convfmt: string, who = 'sprintf'): string {
  let out = '';
  let ai = 0;
  const next = (): Value => {
    if (ai >= args.length) throw new FormatError(`not enough arguments passed to ${who}("${fmt}")`);
    return args[ai++]!;
  };
  try {
    return convert(fmt, next, convfmt, (s) => (out += s), who);
  } catch (e) {
    if (e instanceof FormatError) e.partial = out;
    throw e;
  }
}

function convert(fmt: string, next: () => Value, convfmt: string, emit: (s: string) => void, who: string): string {
  let out = '';
  let nconv = 0;
  const add = (s: string): void => {
    out += s;
    emit(s);
  };
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
    const width = m[2] === '*' ? Math.trunc(toNum(next())) : m[2] ? Number(m[2]) : undefined;
    let precision = m[3] === '*' ? Math.trunc(toNum(next())) : m[3] !== undefined ? Number(m[3] || 0) : undefined;
    if (precision !== undefined && precision < 0) precision = undefined;
    let conv = m[4]!;
    nconv++;
    const spec: ConvSpec = { flags: m[1]!, width, precision, conv };
    i += m[0].length - 1;
    if (conv === 'l' || conv === 'h') conv = fmt[++i] ?? '';
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
        add(formatInt({ ...spec, conv }, big));
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        add(formatFloat({ ...spec, conv }, toNum(v)));
        break;
      case 'c': {
        const c = typeof v !== 'string' ? String.fromCharCode(toNum(v) & 0xff) : toStr(v, convfmt).slice(0, 1) || '\0';
        add(formatStr({ ...spec, conv: 's', precision: undefined }, c));
        break;
      }
      case 's':
        add(formatStr({ ...spec, conv }, toStr(v, convfmt)));
        break;
      default:
        throw new FormatError(`improper conversion(number ${nconv}) in ${who}("${fmt}")`);
    }
  }
  return out;
}
