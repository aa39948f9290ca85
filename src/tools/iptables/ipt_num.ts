/**
 * libxtables' number reading (xtables_strtoul() over strtoull(s, &end, 0)),
 * in 64 bits, for the extensions that read counts and ids. A leaf module:
 * the extensions import it without importing the extension table.
 * @iptables libxtables/xtables.c xtables_strtoul()
 */

/** strtoull(s, &end, 0) of a prefix: blanks and "+", then hex (0x), octal (0) or decimal digits; the value and the rest, null without a digit. */
export function strtoullPrefix(s: string): [bigint, string] | null {
  const m = /^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return null;
  const t = m[1]!;
  const v = /^0[xX]/.test(t) ? BigInt(t) : t.length > 1 && t[0] === '0' ? BigInt(`0o${t.slice(1)}`) : BigInt(t);
  return [v, s.slice(m[0].length)];
}

/** xtables_strtoul() of a whole word up to `max`, or null. */
export function strtoulWord(s: string, max: bigint): bigint | null {
  const r = strtoullPrefix(s);
  return r && r[1] === '' && r[0] <= max ? r[0] : null;
}

/**
 * xtables_strtoui(s, &end, ..., 0, max): strtoullPrefix() in range (no
 * '-': xtables refuses what strtoul would wrap); the value and the rest.
 */
export function strtouiEnd(s: string, max: number): { value: number; rest: string } | null {
  const r = strtoullPrefix(s);
  return r && r[0] <= BigInt(max) ? { value: Number(r[0]), rest: r[1] } : null;
}

/** xtables_strtoui() with no end pointer: the number must be the whole word. */
export function strtoui(s: string, max: number): number | null {
  const r = strtouiEnd(s, max);
  return r && r.rest === '' ? r.value : null;
}

/**
 * xtopt_parse_mint() of an XTTYPE_UINT32RC option: "N", "N:M", ":M", "N:" (an
 * empty side 0 or 4294967295; one value both ends); a bad component is named
 * with what follows it, a third one is too many.
 */
export function parseU32Range(ext: string, opt: string, arg: string): [number, number] | string {
  const vals: number[] = [];
  let rest = arg;
  for (;;) {
    if (vals.length === 2) return `${ext}: Too many components for option "--${opt}" (max: 2)\n`;
    let end = rest;
    if (rest === '' || rest.startsWith(':')) vals.push(vals.length === 0 ? 0 : 0xffffffff);
    else {
      const v = strtouiEnd(rest, 0xffffffff);
      if (!v || /^\s*-/.test(rest)) return `${ext}: bad value for option "--${opt}" near "${rest}", or out of range (0-4294967295).\n`;
      vals.push(v.value);
      end = v.rest;
    }
    if (end === '') break;
    if (!end.startsWith(':')) return `${ext}: bad value for option "--${opt}" near "${end}", or out of range (0-4294967295).\n`;
    rest = end.slice(1);
  }
  return [vals[0]!, vals[1] ?? vals[0]!];
}
