/** Quoting for output that bash shows as shell input. */

/** Quote a word the way bash's `set -x` and `declare -p` show it. */
export function shellQuote(s: string): string {
  if (s !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
