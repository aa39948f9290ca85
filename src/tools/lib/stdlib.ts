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

/** atoi(): strtol()'s long cut to an int (its low 32 bits, two's complement: LONG_MAX is -1). */
export function atoi(s: string): number {
  return Number(BigInt.asIntN(32, strtol10(s)));
}
