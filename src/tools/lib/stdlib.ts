/**
 * <stdlib.h> number parsing as glibc does it for the tools.
 * @glibc stdlib/atoi.c (`(int) strtol (nptr, NULL, 10)`), stdlib/strtol_l.c
 */

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

/**
 * strtol(s, NULL, 10): leading isspace() skipped, an optional sign, the
 * longest run of digits; out of range it saturates at LONG_MIN/LONG_MAX
 * (ERANGE); no digits is 0.
 */
export function strtol10(s: string): bigint {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(s);
  if (!m) return 0n;
  const v = m[1] === '-' ? -BigInt(m[2]!) : BigInt(m[2]!);
  return v > LONG_MAX ? LONG_MAX : v < LONG_MIN ? LONG_MIN : v;
}

const ULONG_MAX = (1n << 64n) - 1n;

/**
 * strtoul(s, NULL, 10) (and scanf's %u): as strtol10, but a magnitude past
 * ULONG_MAX saturates there and a '-' negates it modulo 2^64.
 */
export function strtoul10(s: string): bigint {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(s);
  if (!m) return 0n;
  const v = BigInt(m[2]!);
  if (v > ULONG_MAX) return ULONG_MAX;
  return m[1] === '-' ? BigInt.asUintN(64, -v) : v;
}

/**
 * strtoul(s, &end, 0): the base from the prefix (0x hex, 0 octal, else
 * decimal), strtoul10's saturation and negation; `end` is where the number
 * stopped (0 when there was none: endptr == s).
 */
export function strtoul0(s: string): { value: bigint; end: number } {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(s);
  if (!m) return { value: 0n, end: 0 };
  const d = m[2]!;
  const v = BigInt(d.length > 1 && d[0] === '0' && d[1] !== 'x' && d[1] !== 'X' ? `0o${d.slice(1)}` : d);
  const value = v > ULONG_MAX ? ULONG_MAX : m[1] === '-' ? BigInt.asUintN(64, -v) : v;
  return { value, end: m[0].length };
}

/**
 * strtol(s, &end, 0): strtoul0()'s parse, signed; a value past
 * LONG_MIN/LONG_MAX saturates there (ERANGE).
 */
export function strtol0(s: string): { value: bigint; end: number } {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(s);
  if (!m) return { value: 0n, end: 0 };
  const d = m[2]!;
  const mag = BigInt(d.length > 1 && d[0] === '0' && d[1] !== 'x' && d[1] !== 'X' ? `0o${d.slice(1)}` : d);
  const v = m[1] === '-' ? -mag : mag;
  return { value: v > LONG_MAX ? LONG_MAX : v < LONG_MIN ? LONG_MIN : v, end: m[0].length };
}

/** atoi(): strtol()'s long cut to an int (its low 32 bits, two's complement: LONG_MAX is -1). */
export function atoi(s: string): number {
  return Number(BigInt.asIntN(32, strtol10(s)));
}
