/**
 * ss filter expressions: `sport`/`dport` with = == != eq neq > < >= <=
 * gt lt ge le, `src`/`dst` with an address, prefix and optional port
 * (`10.0.0.2`, `10.0.0.0/24`, `10.0.0.2:22`, `:22`, `*:22`), joined by
 * `dev` with a device name or index (= and != too), joined by and/&&,
 * or/||, not/!, and parentheses.
 * @iproute2 misc/ssfilter.y, misc/ss.c run_ssfilter()
 */

/** What a socket offers the filter. */
export interface SsSock {
  readonly state: number;
  readonly src: number;
  readonly dst: number;
  readonly sport: number;
  readonly dport: number;
  /** The bound device (idiag_if); 0 for none. */
  readonly iface?: number;
}

export type SsFilter =
  | { readonly op: 'and' | 'or'; readonly a: SsFilter; readonly b: SsFilter }
  | { readonly op: 'not'; readonly a: SsFilter }
  /** gt, lt, ge, le */
  | { readonly op: 'port'; readonly which: 'sport' | 'dport'; readonly cmp: string; readonly port: number }
  | { readonly op: 'addr'; readonly which: 'src' | 'dst'; readonly addr: number | null; readonly plen: number; readonly port: number }
  /** SSF_DEVCOND */
  | { readonly op: 'dev'; readonly ifindex: number };

/** SS_CLOSE: the state of a socket that is neither listening nor connected (iproute2 misc/ss.c). */
export const SS_CLOSE = 7;

const CMP: Readonly<Record<string, string>> = {
  '=': 'eq', '==': 'eq', eq: 'eq', '!=': 'ne', neq: 'ne', ne: 'ne', '>': 'gt', gt: 'gt', '<': 'lt', lt: 'lt',
  '>=': 'ge', ge: 'ge', geq: 'ge', '<=': 'le', le: 'le', leq: 'le',
};

/** Words ssfilter.y's yylex() returns as tokens of their own (those tuxnet has no condition for included). */
const KEYWORDS: ReadonlySet<string> = new Set([
  '(', ')', 'and', '&&', 'or', '||', ',', 'not', '!', 'dev', 'fwmark', 'cgroup', 'autobound',
]);

/** struct aafilter as parse_hostcond() fills it: an address prefix (null: any) and a port (-1: any). */
export interface HostCond {
  readonly addr: number | null;
  readonly plen: number;
  readonly port: number;
}

/**
 * Parse the filter words: 'error' for a syntax error, 'host' when
 * parse_hostcond() refused an address or port (`host` says why on stderr),
 * 'dev' when parse_devcond() knows no such device (`dev` gives the ifindex
 * of a name, or null).
 */
export function parseSsFilter(
  words: readonly string[],
  host: (s: string, isPort: boolean) => HostCond | null,
  dev: (name: string) => number | null = () => null,
): SsFilter | 'error' | 'host' | 'dev' {
  // ss joins its arguments and lexes them; split parentheses off words.
  const toks = words.join(' ').replace(/([()])/g, ' $1 ').trim().split(/\s+/).filter((t) => t);
  let i = 0;
  let badHost = false;
  let badDev = false;
  let lastIsPort = false;
  const atom = (): SsFilter | null => {
    const w = toks[i++];
    if (w === undefined) return null;
    if (w === '(') {
      const e = expr();
      if (toks[i++] !== ')') return null;
      return e;
    }
    if (w === 'not' || w === '!') {
      const a = atom();
      return a ? { op: 'not', a } : null;
    }
    if (w === 'dev') return devCond();
    const which = w === 'sport' || w === 'sp' ? 'sport' : w === 'dport' || w === 'dp' ? 'dport' : w === 'src' ? 'src' : w === 'dst' ? 'dst' : null;
    if (!which) {
      // yylex(): a word that is no keyword is a HOSTCOND, parsed (as a port after the last sport/dport) before the grammar sees it.
      if (!KEYWORDS.has(w) && !CMP[w] && !host(w, lastIsPort)) badHost = true;
      return null;
    }
    lastIsPort = which === 'sport' || which === 'dport';
    let cmp = 'eq';
    if (toks[i] !== undefined && CMP[toks[i]!]) cmp = CMP[toks[i++]!]!;
    const v = toks[i++];
    if (v === undefined) return null;
    const isPort = which === 'sport' || which === 'dport';
    const h = host(v, isPort);
    if (!h) {
      badHost = true;
      return null;
    }
    // `sport > :N` compares (SSF_S_GE/LE); `sport = :N` is an address condition on the port alone.
    if (isPort && cmp !== 'eq' && cmp !== 'ne') return { op: 'port', which, cmp, port: h.port };
    const f: SsFilter = { op: 'addr', which: which === 'sport' ? 'src' : which === 'dport' ? 'dst' : which, addr: h.addr, plen: h.plen, port: h.port };
    return cmp === 'ne' ? { op: 'not', a: f } : f;
  };
  // DEVNAME ['=' | '!='] DEVCOND: parse_devcond(), a device name or else a number.
  const devCond = (): SsFilter | null => {
    const neg = toks[i] === '!=' || toks[i] === 'neq' || toks[i] === 'ne';
    if (neg || toks[i] === '=' || toks[i] === '==' || toks[i] === 'eq') i++;
    const name = toks[i++];
    if (name === undefined || KEYWORDS.has(name)) return null;
    const n = /^(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.exec(name);
    const ifindex = dev(name) ?? (n ? Number(name[0] === '0' && name.length > 1 && !/x/i.test(name) ? parseInt(name, 8) : name) : null);
    if (ifindex === null || ifindex > 0xffffffff) {
      badDev = true;
      return null;
    }
    const f: SsFilter = { op: 'dev', ifindex };
    return neg ? { op: 'not', a: f } : f;
  };
  const term = (): SsFilter | null => {
    let a = atom();
    while (a && i < toks.length && toks[i] !== ')' && toks[i] !== 'or' && toks[i] !== '||' && toks[i] !== ',') {
      if (toks[i] === 'and' || toks[i] === '&&') i++;
      const b = atom();
      a = b ? { op: 'and', a, b } : null;
    }
    return a;
  };
  const expr = (): SsFilter | null => {
    let a = term();
    while (a && (toks[i] === 'or' || toks[i] === '||' || toks[i] === ',')) {
      i++;
      const b = term();
      a = b ? { op: 'or', a, b } : null;
    }
    return a;
  };
  const f = expr();
  if (badDev) return 'dev';
  if (badHost) return 'host';
  return f && i === toks.length ? f : 'error';
}

/** run_ssfilter() */
export function runSsFilter(f: SsFilter, s: SsSock): boolean {
  switch (f.op) {
    case 'and': return runSsFilter(f.a, s) && runSsFilter(f.b, s);
    case 'or': return runSsFilter(f.a, s) || runSsFilter(f.b, s);
    case 'not': return !runSsFilter(f.a, s);
    case 'dev': return (s.iface ?? 0) === f.ifindex;
    case 'port': {
      const p = f.which === 'sport' ? s.sport : s.dport;
      switch (f.cmp) {
        case 'gt': return p > f.port;
        case 'lt': return p < f.port;
        case 'ge': return p >= f.port;
        default: return p <= f.port;
      }
    }
    case 'addr': {
      const a = f.which === 'src' ? s.src : s.dst;
      const p = f.which === 'src' ? s.sport : s.dport;
      if (f.port !== -1 && p !== f.port) return false;
      if (f.addr === null) return true;
      const mask = f.plen === 0 ? 0 : (0xffffffff << (32 - f.plen)) >>> 0;
      return ((a & mask) >>> 0) === ((f.addr & mask) >>> 0);
    }
  }
}
