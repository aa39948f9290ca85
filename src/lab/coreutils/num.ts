/**
 * The C library's number parsers as the tools call them: strtod (decimal,
 * hex floats, inf, nan), strtoimax/strtoumax with base 0 (on bigint, with
 * range errors), and gnulib xstrtoumax with size suffixes (head, tail).
 */

const SPACE = /[ \t\n\v\f\r]/;

function skipSpace(s: string, i: number): number {
  while (i < s.length && SPACE.test(s[i]!)) i++;
  return i;
}

export interface Parsed<T> {
  readonly value: T;
  /** Index after the last character used; 0 when nothing was converted. */
  readonly end: number;
}

function hexFloat(s: string, i: number): Parsed<number> | null {
  const m = /^0[xX]((?:[0-9a-fA-F]+(?:\.[0-9a-fA-F]*)?)|(?:\.[0-9a-fA-F]+))(?:[pP]([+-]?\d+))?/.exec(s.slice(i));
  if (!m) return null;
  const [intPart = '', frac = ''] = m[1]!.split('.');
  let v = 0;
  for (const c of intPart + frac) v = v * 16 + parseInt(c, 16);
  v *= Math.pow(2, Number(m[2] ?? 0) - 4 * frac.length);
  return { value: v, end: i + m[0].length };
}

/** strtod(3): the longest prefix of `s` that is a number. */
export function strtod(s: string): Parsed<number> {
  let i = skipSpace(s, 0);
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  const sign = (v: number): number => (neg ? -v : v);
  const rest = s.slice(i);
  const word = /^(infinity|inf|nan(\([0-9A-Za-z_]*\))?)/i.exec(rest);
  if (word) return { value: sign(word[1]!.toLowerCase().startsWith('nan') ? NaN : Infinity), end: i + word[0].length };
  const hex = hexFloat(s, i);
  if (hex) return { value: sign(hex.value), end: hex.end };
  const m = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest);
  if (!m) return { value: 0, end: 0 };
  return { value: sign(Number(m[0])), end: i + m[0].length };
}

export interface IntParse extends Parsed<bigint> {
  /** The value did not fit: it was clamped, as strtoimax sets ERANGE. */
  readonly overflow: boolean;
}

const INTMAX_MAX = (1n << 63n) - 1n;
const INTMAX_MIN = -(1n << 63n);
const UINTMAX_MAX = (1n << 64n) - 1n;

function digitsAt(s: string, i: number, base: 0 | 10): { body: string; radix: number; end: number } | null {
  if (base === 0 && /^0[xX][0-9a-fA-F]/.test(s.slice(i))) {
    const m = /^[0-9a-fA-F]+/.exec(s.slice(i + 2))!;
    return { body: m[0], radix: 16, end: i + 2 + m[0].length };
  }
  if (base === 0 && s[i] === '0') {
    const m = /^[0-7]*/.exec(s.slice(i + 1))!;
    return { body: '0' + m[0], radix: 8, end: i + 1 + m[0].length };
  }
  const m = /^\d+/.exec(s.slice(i));
  return m ? { body: m[0], radix: 10, end: i + m[0].length } : null;
}

function toBig(body: string, radix: number): bigint {
  if (radix === 10) return BigInt(body);
  return BigInt((radix === 16 ? '0x' : '0o') + body);
}

/**
 * strtoimax(s, &end, base) or, with `unsigned`, strtoumax (negative values
 * wrap modulo 2^64); base 0 takes 0x hex and 0 octal, base 10 stops at the x of 0x.
 */
export function strtoimax(s: string, unsigned = false, base: 0 | 10 = 0): IntParse {
  let i = skipSpace(s, 0);
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  const d = digitsAt(s, i, base);
  if (!d) return { value: 0n, end: 0, overflow: false };
  const mag = toBig(d.body, d.radix);
  if (unsigned) {
    if (mag > UINTMAX_MAX) return { value: UINTMAX_MAX, end: d.end, overflow: true };
    return { value: neg && mag !== 0n ? (1n << 64n) - mag : mag, end: d.end, overflow: false };
  }
  const v = neg ? -mag : mag;
  if (v > INTMAX_MAX) return { value: INTMAX_MAX, end: d.end, overflow: true };
  if (v < INTMAX_MIN) return { value: INTMAX_MIN, end: d.end, overflow: true };
  return { value: v, end: d.end, overflow: false };
}

const POWERS: Record<string, number> = { k: 1, K: 1, m: 2, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** The multiplier of a size suffix such as K, KB, KiB, M, b; null when invalid. */
function suffixScale(suffix: string, valid: string): bigint | null {
  if (suffix === '') return 1n;
  const c = suffix[0]!;
  if (!valid.includes(c)) return null;
  let base = 1024n;
  let len = 1;
  if (valid.includes('0')) {
    if (suffix.slice(1, 3) === 'iB') len = 3;
    else if (suffix[1] === 'B' || suffix[1] === 'D') {
      base = 1000n;
      len = 2;
    }
  }
  if (suffix.length !== len) return null;
  if (c === 'b') return 512n;
  if (c === 'c') return 1n;
  if (c === 'w') return 2n;
  const power = POWERS[c];
  return power === undefined ? null : base ** BigInt(power);
}

/**
 * xstrtoumax(s, 10, valid_suffixes): 'invalid' for malformed input and
 * 'overflow' past 2^64-1, else the value (as used by head -n and tail -n).
 */
export function xstrtoumax(s: string, validSuffixes: string): bigint | 'invalid' | 'overflow' {
  const i = skipSpace(s, 0);
  if (s[i] === '-') return 'invalid';
  const m = /^\+?(\d*)/.exec(s.slice(i))!;
  const digits = m[1]!;
  const rest = s.slice(i + m[0].length);
  if (digits === '' && (rest === '' || !validSuffixes.includes(rest[0]!))) return 'invalid';
  const scale = suffixScale(rest, validSuffixes);
  if (scale === null) return 'invalid';
  const v = (digits === '' ? 1n : BigInt(digits)) * scale;
  return v > UINTMAX_MAX ? 'overflow' : v;
}
