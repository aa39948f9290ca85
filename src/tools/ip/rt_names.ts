/**
 * The rtnetlink names databases: route protocols, scopes, tables, route
 * types, realms, DS field values and device groups, both directions, with
 * iproute2's numeric fallbacks. The files (/etc/iproute2/rt_protos,
 * rt_protos.d/*.conf, rt_scopes, rt_tables, rt_tables.d/*.conf, rt_realms,
 * rt_dsfield, group) are read from the lab's file system, each at most once
 * per command, when a lookup first needs it, over iproute2 6.1's built-in
 * tables (see rt_names_db.ts).
 * @iproute2 lib/rt_names.c, ip/rtm_map.c
 */
import type { RtNames } from './rt_names_db.js';

/**
 * strtoul(3) for a JS string: leading white space, an optional sign, base 0
 * (0x hex, 0 octal, else decimal), 8, 10 or 16. `end` is the index where
 * parsing stopped (0 when no digits). A negative non-zero value or one past
 * ULONG_MAX comes back as Infinity, so every range check rejects it.
 */
export function strtoul(s: string, base = 0): { value: number; end: number } {
  let i = 0;
  while (i < s.length && ' \t\n\v\f\r'.includes(s[i]!)) i++;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  if ((base === 0 || base === 16) && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && isDigit(s[i + 2], 16)) {
    i += 2;
    base = 16;
  } else if (base === 0) base = s[i] === '0' ? 8 : 10;
  const start = i;
  let v = 0;
  for (let d = digitOf(s, i, base); d >= 0; d = digitOf(s, ++i, base)) v = v * base + d;
  if (i === start) return { value: 0, end: 0 };
  if (v > 0xffffffffffffffff || (neg && v !== 0)) v = Infinity;
  return { value: v, end: i };
}

function isDigit(c: string | undefined, base: number): boolean {
  return c !== undefined && c.length === 1 && digitOf(c, 0, base) >= 0;
}

/** The value of s[i] as a digit of `base` (0-9, a-z, A-Z), -1 if it is none (or past the end); no string made. */
function digitOf(s: string, i: number, base: number): number {
  const c = s.charCodeAt(i);
  let d = 99;
  if (c >= 48 && c <= 57) d = c - 48;
  else if (c >= 97 && c <= 122) d = c - 87;
  else if (c >= 65 && c <= 90) d = c - 55;
  return d < base ? d : -1;
}

/** The `res = strtoul(arg, &end, base); if (!end || end == arg || *end || res > max) return -1;` idiom. */
export function strtoulFull(arg: string, max: number, base = 0): number | null {
  const r = strtoul(arg, base);
  if (r.end === 0 || r.end !== arg.length || r.value > max) return null;
  return r.value;
}

const rtntypeNames = [
  'none', 'unicast', 'local', 'broadcast', 'anycast', 'multicast', 'blackhole', 'unreachable', 'prohibit', 'throw',
  'nat', 'xresolve',
];

/** rtnl_rtntype_n2a() */
export function typeN2a(id: number, numeric = false): string {
  if (numeric) return String(id);
  return rtntypeNames[id] ?? String(id);
}

/** rtnl_rtntype_a2n(): exact names, iproute2's abbreviations, or a number 0..255. */
export function typeA2n(arg: string): number | null {
  const m = (w: string): boolean => arg.length > 0 && w.startsWith(arg);
  if (arg === 'local') return 2;
  if (arg === 'nat') return 10;
  if (m('broadcast') || arg === 'brd') return 3;
  if (m('anycast')) return 4;
  if (m('multicast')) return 5;
  if (m('prohibit')) return 8;
  if (m('unreachable')) return 7;
  if (m('blackhole')) return 6;
  if (m('xresolve')) return 11;
  if (m('unicast')) return 1;
  if (arg === 'throw') return 9;
  return strtoulFull(arg, 255);
}

/**
 * A `protocol P` selector of a list/flush: a protocol name or number, or
 * `all` (mask 0: match any). Exits like invarg() on anything else.
 */
export function protocolSelector(names: RtNames, v: string, bad: () => never): { protocol: number; mask: number } {
  const prot = names.protoA2n(v);
  if (prot !== null) return { protocol: prot, mask: -1 };
  if (v !== 'all') bad();
  return { protocol: 0, mask: 0 };
}
