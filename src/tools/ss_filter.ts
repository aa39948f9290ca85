/**
 * ss filter expressions: `sport`/`dport` with = == != eq neq > < >= <=
 * gt lt ge le, `src`/`dst` with an address, prefix and optional port
 * (`10.0.0.2`, `10.0.0.0/24`, `10.0.0.2:22`, `:22`, `*:22`), joined by
 * and/&&, or/||, not/!, and parentheses.
 * @iproute2 misc/ssfilter.y, misc/ss.c run_ssfilter()
 */

/** What a socket offers the filter. */
export interface SsSock {
  readonly state: number;
  readonly src: number;
  readonly dst: number;
  readonly sport: number;
  readonly dport: number;
}

export type SsFilter =
  | { readonly op: 'and' | 'or'; readonly a: SsFilter; readonly b: SsFilter }
  | { readonly op: 'not'; readonly a: SsFilter }
  | { readonly op: 'port'; readonly which: 'sport' | 'dport'; readonly cmp: string; readonly port: number }
  | { readonly op: 'addr'; readonly which: 'src' | 'dst'; readonly addr: number | null; readonly plen: number; readonly port: number };

const CMP: Readonly<Record<string, string>> = {
  '=': 'eq', '==': 'eq', eq: 'eq', '!=': 'ne', neq: 'ne', ne: 'ne', '>': 'gt', gt: 'gt', '<': 'lt', lt: 'lt',
  '>=': 'ge', ge: 'ge', geq: 'ge', '<=': 'le', le: 'le', leq: 'le',
};

/** Parse the filter words; 'error' for a syntax error. */
export function parseSsFilter(words: readonly string[], serv: (name: string) => number | null, parseIp: (s: string) => number | null): SsFilter | 'error' | { message: string } {
  // ss joins its arguments and lexes them; split parentheses off words.
  const toks = words.join(' ').replace(/([()])/g, ' $1 ').trim().split(/\s+/).filter((t) => t);
  let i = 0;
  // parse_hostcond(): a port that is no number nor service ends the parse (exit 1).
  let bad: string | null = null;
  const port = (s: string): number | null => {
    const v = s.startsWith(':') ? s.slice(1) : s;
    if (/^\d+$/.test(v)) return Number(v);
    const n = serv(v);
    if (n === null) bad ??= `Error: "${v}" does not look like a port.\n`;
    return n;
  };
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
    const which = w === 'sport' || w === 'sp' ? 'sport' : w === 'dport' || w === 'dp' ? 'dport' : w === 'src' ? 'src' : w === 'dst' ? 'dst' : null;
    if (!which) return null;
    let cmp = 'eq';
    if (toks[i] !== undefined && CMP[toks[i]!]) cmp = CMP[toks[i++]!]!;
    const v = toks[i++];
    if (v === undefined) return null;
    if (which === 'sport' || which === 'dport') {
      const p = port(v);
      return p === null ? null : { op: 'port', which, cmp, port: p };
    }
    const m = /^(\*|[\d.]*)(?:\/(\d+))?(?::(\w+|\*))?$/.exec(v);
    if (!m) return null;
    const addr = m[1] === '' || m[1] === '*' ? null : parseIp(m[1]!);
    if (m[1] && m[1] !== '*' && addr === null) return null;
    const pp = m[3] === undefined || m[3] === '*' ? -1 : port(m[3]);
    if (pp === null) return null;
    const f: SsFilter = { op: 'addr', which, addr, plen: m[2] !== undefined ? Number(m[2]) : 32, port: pp };
    return cmp === 'ne' ? { op: 'not', a: f } : f;
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
  if (bad !== null) return { message: bad + 'Cannot parse dst/src address.\n' };
  return f && i === toks.length ? f : 'error';
}

/** run_ssfilter() */
export function runSsFilter(f: SsFilter, s: SsSock): boolean {
  switch (f.op) {
    case 'and': return runSsFilter(f.a, s) && runSsFilter(f.b, s);
    case 'or': return runSsFilter(f.a, s) || runSsFilter(f.b, s);
    case 'not': return !runSsFilter(f.a, s);
    case 'port': {
      const p = f.which === 'sport' ? s.sport : s.dport;
      switch (f.cmp) {
        case 'eq': return p === f.port;
        case 'ne': return p !== f.port;
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
