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

/** xtables_chain_protos[]: the names libxtables knows besides /etc/protocols. */
const XTABLES_CHAIN_PROTOS: readonly [string, number][] = [
  ['tcp', 6], ['sctp', 132], ['udp', 17], ['udplite', 136], ['icmp', 1], ['icmpv6', 58], ['ipv6-icmp', 58],
  ['esp', 50], ['ah', 51], ['ipv6-mh', 135], ['mh', 135], ['all', 0],
];

/**
 * xtables_parse_protocol(): a number xtables_strtoui(, 0, 255) reads whole
 * (hex and octal too), "all", a getprotobyname() name (`byName`, -1 when
 * /etc/protocols lacks it), else one of xtables_chain_protos[]; -1 when none.
 */
export function xtablesParseProtocol(s: string, byName: (name: string) => number): number {
  const n = strtoui(s, 255);
  if (n !== null) return n;
  if (s === 'all') return 0;
  const p = byName(s);
  if (p >= 0) return p;
  return XTABLES_CHAIN_PROTOS.find(([name]) => name === s)?.[1] ?? -1;
}
