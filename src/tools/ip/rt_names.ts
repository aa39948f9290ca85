/**
 * The rtnetlink names databases: route protocols, scopes, tables, route
 * types, realms and DS field values, both directions, with iproute2's
 * numeric fallbacks. The tables are iproute2 6.1's built-in ones merged with
 * the /etc/iproute2 files it ships (rt_protos, rt_scopes, rt_tables,
 * rt_realms, rt_dsfield), as a stock install reads them.
 * @iproute2 lib/rt_names.c, ip/rtm_map.c, etc/iproute2/*
 */

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
  while (i < s.length && isDigit(s[i], base)) v = v * base + parseInt(s[i++]!, base);
  if (i === start) return { value: 0, end: 0 };
  if (v > 0xffffffffffffffff || (neg && v !== 0)) v = Infinity;
  return { value: v, end: i };
}

function isDigit(c: string | undefined, base: number): boolean {
  if (c === undefined || c.length !== 1) return false;
  const d = parseInt(c, 36);
  return !Number.isNaN(d) && d < base;
}

/** The `res = strtoul(arg, &end, base); if (!end || end == arg || *end || res > max) return -1;` idiom. */
export function strtoulFull(arg: string, max: number, base = 0): number | null {
  const r = strtoul(arg, base);
  if (r.end === 0 || r.end !== arg.length || r.value > max) return null;
  return r.value;
}

/** A 256-entry id → name table (rtnl_tab_initialize). */
function tab(entries: [number, string][]): (string | undefined)[] {
  const t: (string | undefined)[] = new Array(256);
  for (const [id, name] of entries) t[id] = name;
  return t;
}

function tabA2n(t: (string | undefined)[], arg: string, base = 0): number | null {
  for (let i = 0; i < 256; i++) if (t[i] === arg) return i;
  return strtoulFull(arg, 255, base);
}

/** rtnl_rtprot_tab[] plus etc/iproute2/rt_protos (which adds openr). */
const rtprotTab = tab([
  [0, 'unspec'], [1, 'redirect'], [2, 'kernel'], [3, 'boot'], [4, 'static'], [8, 'gated'], [9, 'ra'],
  [10, 'mrt'], [11, 'zebra'], [12, 'bird'], [13, 'dnrouted'], [14, 'xorp'], [15, 'ntk'], [16, 'dhcp'],
  [18, 'keepalived'], [42, 'babel'], [99, 'openr'], [186, 'bgp'], [187, 'isis'], [188, 'ospf'], [189, 'rip'],
  [192, 'eigrp'],
]);

/** rtnl_rtprot_n2a() */
export function protoN2a(id: number, numeric = false): string {
  if (id < 0 || id >= 256 || numeric) return String(id >>> 0);
  return rtprotTab[id] ?? String(id);
}

/** rtnl_rtprot_a2n(): null when neither a name nor a number 0..255. */
export function protoA2n(arg: string): number | null {
  return tabA2n(rtprotTab, arg);
}

/** rtnl_rtscope_tab[] (etc/iproute2/rt_scopes has the same names). */
const rtscopeTab = tab([[0, 'global'], [255, 'nowhere'], [254, 'host'], [253, 'link'], [200, 'site']]);

/** rtnl_rtscope_n2a() */
export function scopeN2a(id: number, numeric = false): string {
  if (id < 0 || id >= 256 || numeric) return String(id);
  return rtscopeTab[id] ?? String(id);
}

/** rtnl_rtscope_a2n() */
export function scopeA2n(arg: string): number | null {
  return tabA2n(rtscopeTab, arg);
}

/** rtnl_rtrealm_tab[]: "unknown" built in, "cosmos" from etc/iproute2/rt_realms. */
const rtrealmTab = tab([[0, 'cosmos']]);

/** rtnl_rtrealm_n2a() */
export function realmN2a(id: number, numeric = false): string {
  if (id < 0 || id >= 256 || numeric) return String(id);
  return rtrealmTab[id] ?? String(id);
}

/** rtnl_rtrealm_a2n() */
export function realmA2n(arg: string): number | null {
  return tabA2n(rtrealmTab, arg);
}

/**
 * rtnl_rttable_hash: default/main/local built in; etc/iproute2/rt_tables
 * names the same three and adds unspec (0).
 */
const rttables = new Map<number, string>([[255, 'local'], [254, 'main'], [253, 'default'], [0, 'unspec']]);

/** rtnl_rttable_n2a() */
export function tableN2a(id: number, numeric = false): string {
  const name = rttables.get(id >>> 0);
  return !numeric && name !== undefined ? name : String(id >>> 0);
}

/** rtnl_rttable_a2n(): a name or a number up to RT_TABLE_MAX (0xffffffff). */
export function tableA2n(arg: string): number | null {
  for (const [id, name] of rttables) if (name === arg) return id;
  return strtoulFull(arg, 0xffffffff);
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

/** rtnl_rtdsfield_tab[]: "0" built in, then etc/iproute2/rt_dsfield. */
const dsfieldTab = tab([
  [0x0, 'default'], [0x28, 'AF11'], [0x30, 'AF12'], [0x38, 'AF13'], [0x48, 'AF21'], [0x50, 'AF22'], [0x58, 'AF23'],
  [0x68, 'AF31'], [0x70, 'AF32'], [0x78, 'AF33'], [0x88, 'AF41'], [0x90, 'AF42'], [0x98, 'AF43'], [0x20, 'CS1'],
  [0x40, 'CS2'], [0x60, 'CS3'], [0x80, 'CS4'], [0xa0, 'CS5'], [0xc0, 'CS6'], [0xe0, 'CS7'], [0xb8, 'EF'],
]);

/** rtnl_dsfield_n2a(): a name, else 0x%02x. */
export function dsfieldN2a(id: number, numeric = false): string {
  if (id < 0 || id >= 256) return String(id);
  if (!numeric) {
    const name = dsfieldTab[id];
    if (name !== undefined) return name;
  }
  return '0x' + id.toString(16).padStart(2, '0');
}

/** rtnl_dsfield_a2n(): a name, or a hexadecimal number (base 16, "10" = 0x10). */
export function dsfieldA2n(arg: string): number | null {
  return tabA2n(dsfieldTab, arg, 16);
}

/**
 * A `protocol P` selector of a list/flush: a protocol name or number, or
 * `all` (mask 0: match any). Exits like invarg() on anything else.
 */
export function protocolSelector(v: string, bad: () => never): { protocol: number; mask: number } {
  const prot = protoA2n(v);
  if (prot !== null) return { protocol: prot, mask: -1 };
  if (v !== 'all') bad();
  return { protocol: 0, mask: 0 };
}
