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

/** atoi(): strtol()'s long cut to an int (its low 32 bits, two's complement: LONG_MAX is -1). */
export function atoi(s: string): number {
  return Number(BigInt.asIntN(32, strtol10(s)));
}
