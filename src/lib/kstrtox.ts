/**
 * The kernel's number parsers for text written to sysfs: kstrtoul() (the
 * whole buffer, one trailing newline) and simple_strtoul() (as many digits
 * as there are), both with _parse_integer_fixup_radix()'s base 0.
 * @linux lib/kstrtox.c lib/vsprintf.c
 */

const ULLONG = (1n << 64n) - 1n;

/** _parse_integer_fixup_radix() for base 0: 0x and a hex digit is hex, a leading 0 octal, else decimal. */
function fixupRadix(s: string, i: number): { base: number; at: number } {
  if (s[i] !== '0') return { base: 10, at: i };
  if ((s[i + 1] === 'x' || s[i + 1] === 'X') && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) return { base: 16, at: i + 2 };
  return { base: 8, at: i };
}

/** _parse_integer(): the digits of `base` from `at`; the value wraps at 2^64 with `overflow` set. */
function parseInteger(s: string, base: number, at: number): { value: bigint; end: number; overflow: boolean } {
  let v = 0n;
  let overflow = false;
  let i = at;
  for (; i < s.length; i++) {
    const d = parseInt(s[i]!, 16);
    if (Number.isNaN(d) || d >= base) break;
    const next = v * BigInt(base) + BigInt(d);
    if (next > ULLONG) overflow = true;
    v = next & ULLONG;
  }
  return { value: v, end: i, overflow };
}

/** kstrtoul(buf, 0): an optional '+', digits, one optional newline, nothing else; EINVAL or ERANGE as the error. */
export function kstrtoul(s: string): number | 'EINVAL' | 'ERANGE' {
  const { base, at } = fixupRadix(s, s[0] === '+' ? 1 : 0);
  const r = parseInteger(s, base, at);
  if (r.overflow) return 'ERANGE';
  if (r.end === at) return 'EINVAL';
  let end = r.end;
  if (s[end] === '\n') end++;
  if (end !== s.length) return 'EINVAL';
  return Number(r.value);
}

/** simple_strtoul(buf, &endp, 0): the value of the leading digits (no sign, no blanks), null when there are none (endp == buf). */
export function simpleStrtoul(s: string): number | null {
  const { base, at } = fixupRadix(s, 0);
  const r = parseInteger(s, base, at);
  if (r.end === 0) return null;
  return Number(r.value);
}
