/**
 * ss filter expressions: `sport`/`dport` with = == eq != ne neq > gt < lt
 * >= ge geq <= le leq, `src`/`dst` with an address, prefix and optional
 * port (`10.0.0.2`, `10.0.0.0/24`, `10.0.0.2:22`, `:22`, `*:22`), `dev`
 * with a device name or index, `fwmark` with MARK[/MASK], `autobound`,
 * joined by and/&&/& or or/||/| (one level, left to right: the grammar has
 * no precedence), by juxtaposition (and), not/!, and parentheses.
 * @iproute2 misc/ssfilter.y, misc/ss.c run_ssfilter()
 */
import type { InetDiagBc } from '../uapi/linux/inet_diag.js';

/** What a socket offers the filter. */
export interface SsSock {
  readonly state: number;
  readonly src: number;
  readonly dst: number;
  readonly sport: number;
  readonly dport: number;
  /** The bound device (idiag_if); 0 for none. */
  readonly iface?: number;
  /** INET_DIAG_MARK; 0 when the message has none. */
  readonly mark?: number;
  /** SSF_S_AUTO as run_ssfilter() decides it for the socket's family (is_ephemeral() for inet). */
  readonly autobound?: boolean;
}

/** The filter tree; ss sends it to the kernel as INET_DIAG_REQ_BYTECODE too. */
export type SsFilter = InetDiagBc;

/** SS_CLOSE: the state of a socket that is neither listening nor connected (iproute2 misc/ss.c). */
export const SS_CLOSE = 7;

/** struct aafilter as parse_hostcond() fills it: an address prefix (null: any) and a port (-1: any). */
export interface HostCond {
  readonly addr: number | null;
  readonly plen: number;
  readonly port: number;
}

/** yylex()'s tokens: the keywords, and the conditions it parses by the last keyword seen (tok_type). */
type Tok =
  | { readonly t: '!' | '&' | '|' | '(' | ')' | 'DCOND' | 'SCOND' | 'DPORT' | 'SPORT' | 'DEVNAME' | 'FWMARK' | 'CGROUPPATH' | 'AUTOBOUND' | 'EOF' }
  | { readonly t: 'CMP'; readonly cmp: 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le' }
  | { readonly t: 'HOSTCOND'; readonly h: HostCond }
  | { readonly t: 'DEVCOND'; readonly ifindex: number }
  | { readonly t: 'MARKMASK'; readonly mark: number; readonly mask: number };

const WORDS: Readonly<Record<string, Tok>> = {
  '!': { t: '!' }, not: { t: '!' }, '&': { t: '&' }, '&&': { t: '&' }, and: { t: '&' }, '|': { t: '|' }, '||': { t: '|' }, or: { t: '|' },
  '(': { t: '(' }, ')': { t: ')' }, dst: { t: 'DCOND' }, src: { t: 'SCOND' }, dport: { t: 'DPORT' }, sport: { t: 'SPORT' },
  dev: { t: 'DEVNAME' }, fwmark: { t: 'FWMARK' }, cgroup: { t: 'CGROUPPATH' },
  '>=': { t: 'CMP', cmp: 'ge' }, ge: { t: 'CMP', cmp: 'ge' }, geq: { t: 'CMP', cmp: 'ge' },
  '<=': { t: 'CMP', cmp: 'le' }, le: { t: 'CMP', cmp: 'le' }, leq: { t: 'CMP', cmp: 'le' },
  '!=': { t: 'CMP', cmp: 'ne' }, ne: { t: 'CMP', cmp: 'ne' }, neq: { t: 'CMP', cmp: 'ne' },
  '=': { t: 'CMP', cmp: 'eq' }, '==': { t: 'CMP', cmp: 'eq' }, eq: { t: 'CMP', cmp: 'eq' },
  '>': { t: 'CMP', cmp: 'gt' }, gt: { t: 'CMP', cmp: 'gt' }, '<': { t: 'CMP', cmp: 'lt' }, lt: { t: 'CMP', cmp: 'lt' },
  autobound: { t: 'AUTOBOUND' },
};

/** get_token_from_line(): words split at blanks, a backslash escaping the next character. */
function splitTokens(arg: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < arg.length) {
    while (arg[i] === ' ' || arg[i] === '\t') i++;
    if (i >= arg.length) break;
    let w = '';
    while (i < arg.length && arg[i] !== ' ' && arg[i] !== '\t') {
      if (arg[i] === '\\') {
        i++;
        if (i >= arg.length) break;
      }
      w += arg[i++];
    }
    out.push(w);
  }
  return out;
}

/**
 * sscanf(s, "%i"): optional blanks and sign, a C number of any base; the
 * int it stores cut to the __u32 of struct aafilter. null without digits.
 */
function scanI(s: string): { v: number; rest: string } | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(s);
  if (!m) return null;
  const d = m[2]!;
  let v = BigInt(d.length > 1 && d[0] === '0' && d[1] !== 'x' && d[1] !== 'X' ? `0o${d.slice(1)}` : d);
  const LONG_MAX = (1n << 63n) - 1n;
  if (v > LONG_MAX) v = m[1] === '-' ? LONG_MAX + 1n : LONG_MAX;
  else if (m[1] === '-') v = -v;
  return { v: Number(BigInt.asUintN(32, v)), rest: s.slice(m[0].length) };
}

/** parse_markmask(): MARK or MARK/MASK (the mask 0xffffffff when absent). */
export function parseMarkmask(s: string): { mark: number; mask: number } | null {
  if (s.includes('/')) {
    const a = scanI(s);
    if (!a || a.rest[0] !== '/') return null;
    const b = scanI(a.rest.slice(1));
    return b ? { mark: a.v, mask: b.v } : null;
  }
  const a = scanI(s);
  return a ? { mark: a.v, mask: 0xffffffff } : null;
}

/** Why parseSsFilter() stopped: a syntax error, or the word a condition's parser refused (ss exits 1 naming it). */
export type SsFilterError =
  | { readonly err: 'syntax' }
  | { readonly err: 'host' }
  | { readonly err: 'dev' }
  | { readonly err: 'mark'; readonly word: string }
  | { readonly err: 'cgroup' };

/**
 * ssfilter_parse(): the words lexed as yylex() does, token by token as
 * the parser asks (a condition is parsed, and may fail, only when reached),
 * and the LALR grammar's left-to-right exprlist. null for an empty filter.
 * `host` is parse_hostcond() (it says why on stderr), `dev` the ifindex of
 * a device name or null.
 */
export function parseSsFilter(
  words: readonly string[],
  host: (s: string, isPort: boolean) => HostCond | null,
  dev: (name: string) => number | null = () => null,
): SsFilter | null | SsFilterError {
  const raw = words.flatMap(splitTokens);
  let pos = 0;
  let tokType = '';
  let failed: SsFilterError | null = null;
  let look: Tok | null = null;
  const lex = (): Tok => {
    const w = raw[pos++];
    if (w === undefined) return { t: 'EOF' };
    const k = WORDS[w];
    if (k) {
      if (k.t === 'DCOND' || k.t === 'SCOND' || k.t === 'DPORT' || k.t === 'SPORT' || k.t === 'DEVNAME' || k.t === 'FWMARK' ||
        k.t === 'CGROUPPATH' || k.t === 'AUTOBOUND') tokType = k.t;
      return k;
    }
    if (tokType === 'DEVNAME') {
      // parse_devcond(): a device name, else strtoul(name, &end, 0) of the whole word up to UINT_MAX.
      let ifindex = dev(w);
      if (!ifindex) {
        const n = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(w);
        const v = n ? BigInt(n[2]!.length > 1 && n[2]![0] === '0' && !/x/i.test(n[2]!) ? `0o${n[2]!.slice(1)}` : n[2]!) : -1n;
        const u = n && n[1] === '-' ? BigInt.asUintN(64, -v) : v;
        if (u < 0n || u > 0xffffffffn) throw (failed = { err: 'dev' });
        ifindex = Number(u);
      }
      return { t: 'DEVCOND', ifindex };
    }
    if (tokType === 'FWMARK') {
      const m = parseMarkmask(w);
      if (!m) throw (failed = { err: 'mark', word: w });
      return { t: 'MARKMASK', ...m };
    }
    if (tokType === 'CGROUPPATH') throw (failed = { err: 'cgroup' });
    const h = host(w, tokType === 'SPORT' || tokType === 'DPORT');
    if (!h) throw (failed = { err: 'host' });
    return { t: 'HOSTCOND', h };
  };
  const peek = (): Tok => (look ??= lex());
  const next = (): Tok => {
    const t = peek();
    look = null;
    return t;
  };
  const syntax = (): never => {
    throw (failed = { err: 'syntax' });
  };
  const hostcond = (): HostCond => {
    const t = next();
    return t.t === 'HOSTCOND' ? t.h : syntax();
  };
  const STARTS = new Set(['(', '!', 'DCOND', 'SCOND', 'DPORT', 'SPORT', 'DEVNAME', 'FWMARK', 'CGROUPPATH', 'AUTOBOUND']);
  // exprlist: expr | exprlist '|' expr | exprlist '&' expr | exprlist expr
  const exprlist = (): SsFilter => {
    let a = expr();
    for (;;) {
      const t = peek();
      if (t.t === '|' || t.t === '&') {
        next();
        a = { op: t.t === '|' ? 'or' : 'and', a, b: expr() };
      } else if (STARTS.has(t.t)) a = { op: 'and', a, b: expr() };
      else return a;
    }
  };
  const expr = (): SsFilter => {
    const t = next();
    switch (t.t) {
      case '(': {
        const e = exprlist();
        return next().t === ')' ? e : syntax();
      }
      case '!':
        return { op: 'not', a: expr() };
      case 'DCOND':
      case 'SCOND': {
        // DCOND eq HOSTCOND: only '=' (or nothing) between.
        const c = peek();
        if (c.t === 'CMP') {
          if (c.cmp !== 'eq') syntax();
          next();
        }
        const h = hostcond();
        return { op: 'addr', which: t.t === 'SCOND' ? 'src' : 'dst', addr: h.addr, plen: h.plen, port: h.port };
      }
      case 'DPORT':
      case 'SPORT': {
        const c = peek();
        let cmp = 'eq';
        if (c.t === 'CMP') {
          cmp = c.cmp;
          next();
        }
        const h = hostcond();
        const which = t.t === 'SPORT' ? 'sport' : 'dport';
        // `sport > :N` compares (SSF_S_GE/LE); `sport = :N` is an address condition on the port alone.
        if (cmp !== 'eq' && cmp !== 'ne') return { op: 'port', which, cmp, port: h.port };
        const f: SsFilter = { op: 'addr', which: which === 'sport' ? 'src' : 'dst', addr: h.addr, plen: h.plen, port: h.port };
        return cmp === 'ne' ? { op: 'not', a: f } : f;
      }
      case 'DEVNAME':
      case 'FWMARK':
      case 'CGROUPPATH': {
        const c = peek();
        let neg = false;
        if (c.t === 'CMP') {
          if (c.cmp !== 'eq' && c.cmp !== 'ne') syntax();
          neg = c.cmp === 'ne';
          next();
        }
        const v = next();
        let f: SsFilter;
        if (t.t === 'DEVNAME' && v.t === 'DEVCOND') f = { op: 'dev', ifindex: v.ifindex };
        else if (t.t === 'FWMARK' && v.t === 'MARKMASK') f = { op: 'mark', mark: v.mark, mask: v.mask };
        else return syntax();
        return neg ? { op: 'not', a: f } : f;
      }
      case 'AUTOBOUND':
        return { op: 'auto' };
      default:
        return syntax();
    }
  };
  try {
    if (peek().t === 'EOF') return null;
    const f = exprlist();
    if (peek().t !== 'EOF') syntax();
    return f;
  } catch (e) {
    if (failed) return failed;
    throw e;
  }
}

/** run_ssfilter() */
export function runSsFilter(f: SsFilter, s: SsSock): boolean {
  switch (f.op) {
    case 'and': return runSsFilter(f.a, s) && runSsFilter(f.b, s);
    case 'or': return runSsFilter(f.a, s) || runSsFilter(f.b, s);
    case 'not': return !runSsFilter(f.a, s);
    case 'dev': return (s.iface ?? 0) === f.ifindex;
    case 'auto': return s.autobound ?? false;
    case 'mark': return (((s.mark ?? 0) & f.mask) >>> 0) === f.mark >>> 0;
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
