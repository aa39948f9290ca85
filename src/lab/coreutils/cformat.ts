/**
 * C printf conversions as glibc prints them: %d %i %u %o %x %X on 64-bit
 * integers (bigint), %f %F %e %E %g %G on doubles rounded exactly
 * (round-half-even on the binary value, like glibc), %s and %c, with the
 * flags `-+ #0`, field width and precision. Shared by printf and seq.
 */

export interface ConvSpec {
  readonly flags: string;
  /** Negative means left-justified, as a `*` width taken from an argument. */
  readonly width?: number;
  /** Undefined when absent (a negative `*` precision counts as absent). */
  readonly precision?: number;
  readonly conv: string;
}

const TWO64 = 1n << 64n;

/** Justify `body` (digits, already with any 0x prefix) after `sign` in the field. */
function justify(spec: ConvSpec, sign: string, body: string, zeroPad: boolean): string {
  let width = spec.width ?? 0;
  let left = spec.flags.includes('-');
  if (width < 0) {
    left = true;
    width = -width;
  }
  const len = sign.length + body.length;
  if (len >= width) return sign + body;
  const fill = width - len;
  if (left) return sign + body + ' '.repeat(fill);
  if (zeroPad && spec.flags.includes('0')) return sign + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + sign + body;
}

function signOf(spec: ConvSpec, negative: boolean): string {
  if (negative) return '-';
  if (spec.flags.includes('+')) return '+';
  if (spec.flags.includes(' ')) return ' ';
  return '';
}

/** %d %i %u %o %x %X. Unsigned conversions print negative values modulo 2^64. */
export function formatInt(spec: ConvSpec, value: bigint): string {
  const signed = spec.conv === 'd' || spec.conv === 'i';
  let v = value;
  if (!signed && v < 0n) v = ((v % TWO64) + TWO64) % TWO64;
  const negative = v < 0n;
  const abs = negative ? -v : v;
  const radix = spec.conv === 'o' ? 8 : spec.conv === 'x' || spec.conv === 'X' ? 16 : 10;
  let digits = abs.toString(radix);
  if (spec.conv === 'X') digits = digits.toUpperCase();
  if (spec.precision !== undefined) {
    digits = spec.precision === 0 && abs === 0n ? '' : digits.padStart(spec.precision, '0');
  }
  let prefix = '';
  if (spec.flags.includes('#')) {
    if (spec.conv === 'o' && !digits.startsWith('0')) digits = '0' + digits;
    if (spec.conv === 'x' && abs !== 0n) prefix = '0x';
    if (spec.conv === 'X' && abs !== 0n) prefix = '0X';
  }
  const sign = signed ? signOf(spec, negative) : '';
  return justify(spec, sign + prefix, digits, spec.precision === undefined);
}

/** A finite positive double as the exact decimal integer `n` scaled by 10^-scale. */
function exactDecimal(x: number): { n: bigint; scale: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  if (exp >= 0) return { n: mant << BigInt(exp), scale: 0 };
  return { n: mant * 5n ** BigInt(-exp), scale: -exp };
}

/** n / 10^k rounded half to even. */
function roundDiv(n: bigint, k: number): bigint {
  if (k <= 0) return n * 10n ** BigInt(-k);
  const d = 10n ** BigInt(k);
  const q = n / d;
  const r2 = (n % d) * 2n;
  if (r2 > d || (r2 === d && q % 2n === 1n)) return q + 1n;
  return q;
}

/** Digits of |x| with `prec` digits after the point (%f). */
function fixedDigits(x: number, prec: number): string {
  if (x === 0) return prec > 0 ? '0.' + '0'.repeat(prec) : '0';
  const { n, scale } = exactDecimal(x);
  const s = roundDiv(n, scale - prec).toString().padStart(prec + 1, '0');
  return prec > 0 ? s.slice(0, s.length - prec) + '.' + s.slice(s.length - prec) : s;
}

/** |x| rounded to `sig` significant digits: the digit string and the decimal exponent of its first digit. */
function sigDigits(x: number, sig: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(sig), exp: 0 };
  const { n, scale } = exactDecimal(x);
  const len = n.toString().length;
  let exp = len - 1 - scale;
  let q = roundDiv(n, len - sig);
  if (q.toString().length > sig) {
    q /= 10n;
    exp++;
  }
  return { digits: q.toString(), exp };
}

function expDigits(digits: string, exp: number, alt: boolean, upper: boolean): string {
  const mant = digits.length > 1 || alt ? digits[0] + '.' + digits.slice(1) : digits;
  const e = (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  return mant + (upper ? 'E' : 'e') + e;
}

function stripZeros(s: string): string {
  if (!s.includes('.')) return s;
  return s.replace(/0+$/, '').replace(/\.$/, '');
}

/** %g: %e or %f by the exponent, trailing zeros removed unless '#'. */
function generalDigits(x: number, prec: number, alt: boolean, upper: boolean): string {
  const p = prec === 0 ? 1 : prec;
  const { digits, exp } = sigDigits(x, p);
  let s: string;
  if (exp < -4 || exp >= p) s = expDigits(digits, exp, alt, upper);
  else s = fixedDigits(x, p - 1 - exp);
  if (alt && !s.includes('.') && !/e/i.test(s)) s += '.';
  if (alt) return s;
  const e = s.search(/[eE]/);
  return e < 0 ? stripZeros(s) : stripZeros(s.slice(0, e)) + s.slice(e);
}

/** %f %F %e %E %g %G (and %a %A printed as %e: glibc's hex form is not reproduced). */
export function formatFloat(spec: ConvSpec, value: number): string {
  const upper = spec.conv === spec.conv.toUpperCase();
  const negative = value < 0 || Object.is(value, -0);
  const sign = signOf(spec, negative);
  if (!Number.isFinite(value)) {
    const word = Number.isNaN(value) ? 'nan' : 'inf';
    return justify(spec, sign, upper ? word.toUpperCase() : word, false);
  }
  const x = Math.abs(value);
  const prec = spec.precision ?? 6;
  const alt = spec.flags.includes('#');
  let body: string;
  switch (spec.conv.toLowerCase()) {
    case 'f':
      body = fixedDigits(x, prec);
      if (alt && prec === 0) body += '.';
      break;
    case 'g':
      body = generalDigits(x, prec, alt, upper);
      break;
    default: {
      const { digits, exp } = sigDigits(x, prec + 1);
      body = expDigits(digits, exp, alt, upper);
    }
  }
  return justify(spec, sign, body, true);
}

/** %s (precision truncates) and %c (the first character). */
export function formatStr(spec: ConvSpec, s: string): string {
  let body = s;
  if (spec.conv === 'c') body = s === '' ? '\0' : s[0]!;
  else if (spec.precision !== undefined) body = s.slice(0, spec.precision);
  return justify(spec, '', body, false);
}
