/**
 * nft's sets and maps: the key types (ipv4_addr, inet_service, icmp_type,
 * inet_proto), `add set|map`, `add|delete element`, `@set` and `{ ... }`
 * anonymous sets in rules, verdict maps (`vmap @map`, `vmap { k : v }`),
 * and how `nft list` prints them.
 * @nftables src/parser_bison.y (set_block, set_expr, map_expr), src/datatype.c, src/rule.c set_print()
 */
import { ipToString, parseIp, prefixToMask } from '../../wire/ipv4.js';
import { inetProtoA2n, inetProtoN2a } from '../ip/inet_proto.js';
import { ICMP_CODES } from '../iptables/ipt_ext.js';
import type { NftHandle } from '../iptables/nft_handle.js';
import { NLM_F_CREATE } from '../../uapi/linux/netlink.js';
import { NF_ACCEPT, NF_DROP } from '../../uapi/linux/netfilter.js';
import {
  NFT_CONTINUE, NFT_DATA_VERDICT, NFT_GOTO, NFT_JUMP, NFT_MSG_NEWSET, NFT_REG_1, NFT_REG_VERDICT, NFT_RETURN,
  NFT_SET_ANONYMOUS, NFT_SET_CONSTANT, NFT_SET_EVAL, NFT_SET_INTERVAL, NFT_SET_MAP, NFT_SET_TIMEOUT,
  type NftExprMsg, type NftSetElemMsg, type NftSetMsg, type NftVerdict,
} from '../../uapi/linux/netfilter/nf_tables.js';

export class NftSetError extends Error {
  /**
   * `at`: the text of the command line the error points at (nft's carets),
   * when known; `lead`: the text before it that nft underlines with tildes
   * (the statement of a mismatched expression).
   */
  constructor(msg: string, readonly at?: string, readonly lead?: string) {
    super(msg);
  }
}

/** datatype->desc of the types a map can hold (src/datatype.c). */
const TYPE_DESC: Readonly<Record<string, string>> = {
  ipv4_addr: 'IPv4 address', inet_service: 'internet network service', mark: 'packet mark', icmp_type: 'ICMP type', inet_proto: 'Internet protocol',
};

/** A datatype: its id (enum datatypes), length, parser and printer. */
interface KeyType {
  readonly name: string;
  readonly id: number;
  readonly len: number;
  parse(v: string): Uint8Array | null;
  print(d: Uint8Array): string;
}

const be = (d: Uint8Array): number => d.reduce((a, x) => a * 256 + x, 0);
const bytes = (v: number, n: number): Uint8Array => {
  const out = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--, v = Math.floor(v / 256)) out[i] = v & 0xff;
  return out;
};
const leBytes = (v: number): Uint8Array => new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24]);
const leNum = (d: Uint8Array): number => ((d[0] ?? 0) | ((d[1] ?? 0) << 8) | ((d[2] ?? 0) << 16) | ((d[3] ?? 0) << 24)) >>> 0;
const markNum = (v: string): number | null => (/^(0x[0-9a-fA-F]{1,8}|[0-9]+)$/.test(v) && Number(v) <= 0xffffffff ? Number(v) : null);
const int = (s: string, max: number): number | null => (/^[0-9]+$/.test(s) && Number(s) <= max ? Number(s) : null);

/** nftables src/fib.c addrtype_tbl: the route types by RTN_* value. */
export const FIB_ADDRTYPES: readonly string[] = ['unspec', 'unicast', 'local', 'broadcast', 'anycast', 'multicast', 'blackhole', 'unreachable', 'prohibit'];

export const KEY_TYPES: readonly KeyType[] = [
  { name: 'ipv4_addr', id: 7, len: 4, parse: (v) => { const a = parseIp(v); return a === null ? null : bytes(a, 4); }, print: (d) => ipToString(be(d)) },
  { name: 'inet_service', id: 13, len: 2, parse: (v) => { const n = int(v, 65535); return n === null ? null : bytes(n, 2); }, print: (d) => String(be(d)) },
  {
    name: 'icmp_type', id: 14, len: 1,
    parse: (v) => { const c = ICMP_CODES.find((x) => x[0] === v && x[2] === 0 && x[3] === 0xff); const n = c ? c[1] : int(v, 255); return n === null ? null : bytes(n, 1); },
    print: (d) => ICMP_CODES.find((c) => c[1] === d[0] && c[2] === 0 && c[3] === 0xff && c[0] !== 'any')?.[0] ?? String(d[0]),
  },
  // TYPE_MARK: host byte order (the register holds skb->mark as a u32), printed 0x%08x.
  { name: 'mark', id: 19, len: 4, parse: (v) => { const n = markNum(v); return n === null ? null : leBytes(n); }, print: (d) => `0x${leNum(d).toString(16).padStart(8, '0')}` },
  // TYPE_FIB_ADDR: an RTN_* route type in host byte order, by fib.c's addrtype_tbl names.
  {
    name: 'fib_addrtype', id: 38, len: 4,
    parse: (v) => { const i = FIB_ADDRTYPES.indexOf(v); const n = i >= 0 ? i : int(v, 0xffffffff); return n === null ? null : leBytes(n); },
    print: (d) => FIB_ADDRTYPES[leNum(d)] ?? String(leNum(d)),
  },
  { name: 'inet_proto', id: 12, len: 1, parse: (v) => { const n = int(v, 255) ?? inetProtoA2n(v); return n < 0 ? null : bytes(n, 1); }, print: (d) => inetProtoN2a(d[0] ?? 0).replace(/^ipproto-/, '') },
];

/** TYPE_BITS: a concatenation's type id holds its components' ids, 6 bits each, the first highest. */
const TYPE_BITS = 6;

/** A concatenation's components: their data is laid in 32-bit registers, each padded to 4 bytes. */
interface ConcatType extends KeyType {
  readonly parts: readonly KeyType[];
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** concat_type_alloc(): the type of `a . b . ...`. */
export function concatType(parts: readonly KeyType[]): ConcatType {
  const offs: number[] = [];
  let len = 0;
  for (const p of parts) {
    offs.push(len);
    len += pad4(p.len);
  }
  return {
    name: parts.map((p) => p.name).join(' . '), id: parts.reduce((a, p) => (a << TYPE_BITS) | p.id, 0), len, parts,
    // One component per word: the element parser hands them over joined with " . ".
    parse: (v) => {
      const words = v.split(' . ');
      if (words.length !== parts.length) return null;
      const out = new Uint8Array(len);
      for (let i = 0; i < parts.length; i++) {
        const d = parts[i]!.parse(words[i]!);
        if (!d) return null;
        out.set(d, offs[i]!);
      }
      return out;
    },
    print: (d) => parts.map((p, i) => p.print(d.subarray(offs[i]!, offs[i]! + p.len))).join(' . '),
  };
}

export const typeById = (id: number | undefined): KeyType | undefined => {
  if (id === undefined) return undefined;
  if (id >> TYPE_BITS === 0) return KEY_TYPES.find((t) => t.id === id);
  const parts: KeyType[] = [];
  for (let t = id; t; t >>= TYPE_BITS) {
    const p = KEY_TYPES.find((x) => x.id === (t & ((1 << TYPE_BITS) - 1)));
    if (!p) return undefined;
    parts.unshift(p);
  }
  return concatType(parts);
};

const isConcat = (kt: KeyType | undefined): kt is ConcatType => kt !== undefined && 'parts' in kt;

/** The value type of a data map (undefined for a set or a verdict map). */
export function dataTypeOf(set: { flags: number; dataType?: number | undefined }): KeyType | undefined {
  return set.flags & NFT_SET_MAP && set.dataType !== NFT_DATA_VERDICT ? typeById(set.dataType) : undefined;
}

/** A key that does not parse: nft's error for its type. */
function badValue(kt: KeyType, v: string): NftSetError {
  if (isConcat(kt)) {
    return new NftSetError(`invalid data type, expected concatenation of (${kt.parts.map((p) => TYPE_DESC[p.name] ?? p.name).join(', ')})`, v);
  }
  const desc = kt.id === 38 ? 'fib address type' : kt.name.replace('_', ' ');
  return new NftSetError(kt.id === 7 ? 'Could not resolve hostname: Name or service not known' : `Could not parse ${desc}`, v);
}

/** A verdict word: accept, drop, continue, return, jump C, goto C. */
function parseVerdict(next: () => string, first: string): NftVerdict | null {
  switch (first) {
    case 'accept': return { code: NF_ACCEPT };
    case 'drop': return { code: NF_DROP };
    case 'continue': return { code: NFT_CONTINUE };
    case 'return': return { code: NFT_RETURN };
    case 'jump': return { code: NFT_JUMP, chain: next() };
    case 'goto': return { code: NFT_GOTO, chain: next() };
    default: return null;
  }
}

export function verdictText(v: NftVerdict | undefined): string {
  if (!v) return '';
  if (v.code === NF_ACCEPT) return 'accept';
  if (v.code === NF_DROP) return 'drop';
  if (v.code === NFT_RETURN) return 'return';
  if (v.code === NFT_JUMP) return `jump ${v.chain}`;
  if (v.code === NFT_GOTO) return `goto ${v.chain}`;
  return 'continue';
}

/** The word source the nft parser hands over. */
export interface WordSource {
  /** The position, to look further ahead and come back. */
  i: number;
  peek(): string | undefined;
  next(what?: string): string;
  eat(word: string): boolean;
}

/**
 * "{ e1, e2-e3, 10.0.0.0/24 }" or, for a verdict map, "{ k : verdict, ... }",
 * for a data map (`map` its value type) "{ k : v, ... }" (a missing value is
 * the kernel's to refuse): the elements; interval when a range or prefix is there.
 */
export function parseElems(w: WordSource, kt: KeyType, map: boolean | KeyType): { elems: NftSetElemMsg[]; interval: boolean } {
  if (!w.eat('{')) throw new NftSetError(`syntax error, unexpected ${w.peek() ?? 'end of file'}, expecting '{'`);
  const elems: NftSetElemMsg[] = [];
  let interval = false;
  while (!w.eat('}')) {
    if (w.eat(',')) continue;
    let v = w.next('}');
    // A concatenation's element: its components joined by " . ".
    while (isConcat(kt) && w.peek() === '.') {
      w.next();
      v += ` . ${w.next(kt.name)}`;
    }
    let key: Uint8Array | null;
    let keyEnd: Uint8Array | undefined;
    const slash = v.indexOf('/');
    const dash = kt.id === 7 ? v.indexOf('-') : v.lastIndexOf('-');
    if (slash > 0 && kt.id === 7) {
      const a = parseIp(v.slice(0, slash));
      const len = int(v.slice(slash + 1), 32);
      if (a === null || len === null) throw new NftSetError('Could not resolve hostname: Name or service not known', v);
      const m = len === 0 ? 0 : prefixToMask(len);
      key = bytes((a & m) >>> 0, 4);
      keyEnd = bytes(((a & m) | ~m) >>> 0, 4);
      interval = true;
    } else if (dash > 0 && !isConcat(kt) && !kt.parse(v)) {
      key = kt.parse(v.slice(0, dash));
      keyEnd = kt.parse(v.slice(dash + 1)) ?? undefined;
      if (!keyEnd) key = null;
      interval = true;
    } else key = kt.parse(v);
    if (!key) throw badValue(kt, v);
    if (typeof map === 'object') {
      let data: Uint8Array | undefined;
      if (w.eat(':')) {
        const d = w.next(map.name);
        data = map.parse(d) ?? undefined;
        if (!data) throw badValue(map, d);
      }
      elems.push({ key, ...(keyEnd ? { keyEnd } : {}), ...(data ? { data } : {}) });
      continue;
    }
    let verdict: NftVerdict | undefined;
    if (map) {
      if (!w.eat(':')) throw new NftSetError(`syntax error, unexpected ${w.peek() ?? 'end of file'}, expecting colon`);
      verdict = parseVerdict(() => w.next('chain'), w.next('verdict')) ?? undefined;
      if (!verdict) throw new NftSetError('syntax error, expecting verdict');
    }
    elems.push({ key, ...(keyEnd ? { keyEnd } : {}), ...(verdict ? { verdict } : {}) });
  }
  return { elems, interval };
}

/** "{ type ipv4_addr; flags interval; }" or, for a map, "{ type inet_service : verdict; }" */
/** What a set declaration says besides its types: NFTA_SET_TIMEOUT (ms) and the size. */
export interface SetOpts {
  timeout?: number;
  size?: number;
}

/** The set flag words (set_flag in parser_bison.y). */
const SET_FLAGS: Readonly<Record<string, number>> = { constant: NFT_SET_CONSTANT, interval: NFT_SET_INTERVAL, timeout: NFT_SET_TIMEOUT, dynamic: NFT_SET_EVAL };

/** NFT_SET_DYN_SIZE_DEFAULT? nft gives a dynamic set without a size this bound. */
const DYNSET_SIZE = 65535;

/** time_parse(): "1d2h3m4s5ms" in ms, null when it is not a time. */
export function parseTime(v: string): number | null {
  const units: Record<string, number> = { d: 86400000, h: 3600000, m: 60000, s: 1000, ms: 1 };
  let ms = 0;
  const re = /([0-9]+)(ms|d|h|m|s)/gy;
  let at = 0;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    ms += Number(m[1]) * units[m[2]!]!;
    at = re.lastIndex;
  }
  return at === v.length && at > 0 ? ms : null;
}

/** time_print(): the non-zero units, days to ms. */
export function timeText(ms: number): string {
  const units: [string, number][] = [['d', 86400000], ['h', 3600000], ['m', 60000], ['s', 1000]];
  let s = '';
  for (const [u, n] of units) {
    if (ms >= n) s += `${Math.floor(ms / n)}${u}`;
    ms %= n;
  }
  return s + (ms ? `${ms}ms` : '');
}

/** "flags a, b" / "flags a,b" (the tokenizer splits the commas off). */
function parseFlags(w: WordSource): number {
  let flags = 0;
  do {
    const f = w.next('flags');
    const bit = SET_FLAGS[f];
    if (bit === undefined) throw new NftSetError(`syntax error, unexpected ${f}`);
    flags |= bit;
  } while (w.eat(','));
  return flags;
}

export function parseSetSpec(w: WordSource, map: boolean): { kt: KeyType; flags: number; vt?: KeyType; opts: SetOpts } {
  if (!w.eat('{')) throw new NftSetError('syntax error, expecting {');
  let kt: KeyType | undefined;
  let vt: KeyType | undefined;
  const opts: SetOpts = {};
  let flags = map ? NFT_SET_MAP : 0;
  while (!w.eat('}')) {
    const k = w.next('}');
    if (k === ';') continue;
    if (k === 'type') {
      const parts: KeyType[] = [];
      do {
        const t = w.next('type');
        const p = KEY_TYPES.find((x) => x.name === t);
        if (!p) throw new NftSetError(`unknown datatype ${t}`);
        parts.push(p);
      } while (w.eat('.'));
      kt = parts.length > 1 ? concatType(parts) : parts[0];
      if (map) {
        if (!w.eat(':')) throw new NftSetError(`syntax error, unexpected ${w.peek() ?? 'end of file'}, expecting colon`);
        const v = w.next('type');
        if (v !== 'verdict') {
          vt = KEY_TYPES.find((x) => x.name === v);
          if (!vt) throw new NftSetError(`unknown datatype ${v}`);
        }
      }
    } else if (k === 'flags') flags |= parseFlags(w);
    else if (k === 'timeout') {
      const v = w.next('time');
      const ms = parseTime(v);
      if (ms === null) throw new NftSetError(`syntax error, unexpected ${v}`);
      opts.timeout = ms;
    } else if (k === 'size') {
      const v = w.next('number');
      if (int(v, 0xffffffff) === null) throw new NftSetError(`syntax error, unexpected ${v}`);
      opts.size = Number(v);
    } else throw new NftSetError(`syntax error, unexpected ${k}`);
  }
  if (!kt) throw new NftSetError('set definition does not specify key');
  if (flags & NFT_SET_EVAL && opts.size === undefined) opts.size = DYNSET_SIZE;
  // A set timeout implies the timeout flag (set_evaluate()).
  if (opts.timeout !== undefined) flags |= NFT_SET_TIMEOUT;
  return { kt, flags, ...(vt ? { vt } : {}), opts };
}

/** NFT_MSG_NEWSET and friends; a map's NFTA_SET_DATA_TYPE/_LEN from its value type `vt` (a verdict map without). */
export function setMsg(family: number, table: string, name: string, kt: KeyType, flags: number, elems: NftSetElemMsg[], id?: number, vt?: KeyType, opts: SetOpts = {}): NftSetMsg {
  return {
    family, table, name, flags, keyType: kt.id, keyLen: kt.len, elems, ...(id !== undefined ? { id } : {}), ...opts,
    ...(flags & NFT_SET_MAP ? (vt ? { dataType: vt.id, dataLen: vt.len } : { dataType: NFT_DATA_VERDICT, dataLen: 16 }) : {}),
  };
}

/** Where anonymous sets of one command go: the batch, the table, and the next set id. */
export interface SetCtx {
  readonly h: NftHandle;
  readonly family: number;
  readonly table: string;
  nextId: number;
  /** The named sets the cache (and the file so far) knows: a lookup of another is refused before anything is sent. */
  readonly known?: ReadonlySet<string>;
  /** The named sets themselves, when the cache has them (a map's value type is checked against its use). */
  readonly sets?: readonly NftSetMsg[];
}

/**
 * After a selector loaded its value into register 1: `@name`, `{ ... }`,
 * `vmap @name` or `vmap { ... }` become a lookup (an anonymous set is
 * created in the same batch). Returns null when the next word is a plain value.
 */
export function setLookup(w: WordSource, ctx: SetCtx | null, typeName: string | KeyType, neq: boolean): NftExprMsg | null {
  const next = w.peek();
  const vmap = next === 'vmap';
  if (!vmap && next !== '{' && !next?.startsWith('@')) return null;
  if (!ctx) throw new NftSetError(`syntax error, unexpected ${next}`);
  if (vmap) w.next();
  const flags = neq ? 1 : 0;
  const dreg = vmap ? { dreg: NFT_REG_VERDICT } : {};
  const ref = w.peek();
  if (ref?.startsWith('@')) {
    w.next();
    if (ctx.known && !ctx.known.has(ref.slice(1))) throw new NftSetError('No such file or directory', ref);
    return { name: 'lookup', sreg: NFT_REG_1, set: ref.slice(1), flags, ...dreg };
  }
  const kt = typeof typeName === 'string' ? KEY_TYPES.find((t) => t.name === typeName)! : typeName;
  const { elems, interval } = parseElems(w, kt, vmap);
  const id = ctx.nextId++;
  const setFlags = NFT_SET_ANONYMOUS | NFT_SET_CONSTANT | (interval ? NFT_SET_INTERVAL : 0) | (vmap ? NFT_SET_MAP : 0);
  ctx.h.add(NFT_MSG_NEWSET, NLM_F_CREATE, setMsg(ctx.family, ctx.table, '__set%d', kt, setFlags, elems, id));
  return { name: 'lookup', sreg: NFT_REG_1, set: '', setId: id, flags, ...dreg };
}

/** The selectors a map expression can read: ip saddr/daddr (the key loaded into register 1). */
const MAP_SELECTORS: Readonly<Record<string, { offset: number; type: string }>> = { saddr: { offset: 12, type: 'ipv4_addr' }, daddr: { offset: 16, type: 'ipv4_addr' } };

/**
 * A map expression, `ip saddr map @m` or `ip saddr map { k : v, ... }`,
 * as the value of a statement that wants type `want` (meta mark set,
 * snat/dnat to): the key's load and a lookup leaving the value in
 * register 1. `lead` is the statement's text, for the mismatch error.
 * @nftables src/evaluate.c expr_evaluate_map(), stmt_evaluate_arg()
 */
export function mapExpr(w: WordSource, ctx: SetCtx | null, want: string, lead: string): NftExprMsg[] | null {
  if (w.peek() !== 'ip' || !ctx) return null;
  const start = w.i;
  w.next();
  const field = w.next('saddr or daddr');
  const sel = MAP_SELECTORS[field];
  if (!sel || w.peek() !== 'map') {
    w.i = start;
    return null;
  }
  w.next();
  const kt = KEY_TYPES.find((t) => t.name === sel.type)!;
  const vt = KEY_TYPES.find((t) => t.name === want)!;
  const load: NftExprMsg = { name: 'payload', base: 1, offset: sel.offset, len: 4, dreg: NFT_REG_1 };
  const ref = w.peek();
  if (ref?.startsWith('@')) {
    w.next();
    const set = ctx.sets?.find((x) => x.name === ref.slice(1));
    if (!set && ctx.known && !ctx.known.has(ref.slice(1))) throw new NftSetError('No such file or directory', ref);
    const have = set ? dataTypeOf(set) : vt;
    if (have && have.id !== vt.id) {
      throw new NftSetError(`datatype mismatch: expected ${TYPE_DESC[want] ?? want}, expression has type ${TYPE_DESC[have.name] ?? have.name}`, `ip ${field} map ${ref}`, lead);
    }
    return [load, { name: 'lookup', sreg: NFT_REG_1, set: ref.slice(1), flags: 0, dreg: NFT_REG_1 }];
  }
  const { elems, interval } = parseElems(w, kt, vt);
  const id = ctx.nextId++;
  const flags = NFT_SET_ANONYMOUS | NFT_SET_CONSTANT | NFT_SET_MAP | (interval ? NFT_SET_INTERVAL : 0);
  ctx.h.add(NFT_MSG_NEWSET, NLM_F_CREATE, setMsg(ctx.family, ctx.table, '__set%d', kt, flags, elems, id, vt));
  return [load, { name: 'lookup', sreg: NFT_REG_1, set: '', setId: id, flags: 0, dreg: NFT_REG_1 }];
}

/** One element as nft prints it (intervals as a-b, or a prefix for addresses), with a map's value. */
function elemText(kt: KeyType | undefined, e: NftSetElemMsg, vt: KeyType | undefined): string {
  const p = (d: Uint8Array): string => (kt ? kt.print(d) : String(be(d)));
  let s = p(e.key);
  if (e.keyEnd && be(e.keyEnd) !== be(e.key)) {
    const lo = be(e.key);
    const hi = be(e.keyEnd);
    const size = hi - lo + 1;
    const prefix = kt?.id === 7 && (size & (size - 1)) === 0 && lo % size === 0;
    s += prefix ? `/${32 - Math.log2(size)}` : `-${p(e.keyEnd)}`;
  }
  if (e.verdict) s += ` : ${verdictText(e.verdict)}`;
  if (e.timeout !== undefined) s += ` timeout ${timeText(e.timeout)}`;
  if (e.expiration !== undefined) s += ` expires ${timeText(e.expiration)}`;
  if (e.data) s += ` : ${vt ? vt.print(e.data) : String(be(e.data))}`;
  return s;
}

function cmpReversed(a: Uint8Array, b: Uint8Array): number {
  for (let i = Math.max(a.length, b.length) - 1; i >= 0; i--) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** "{ a, b }": elements sorted by key, as nft shows them. */
export function elemsText(set: NftSetMsg): string {
  const kt = typeById(set.keyType);
  const concat = isConcat(kt);
  // A concatenation's value is compared as one host-order (little-endian) integer: its last bytes weigh most.
  const sorted = [...(set.elems ?? [])].sort(concat ? (a, b) => cmpReversed(a.key, b.key) : (a, b) => be(a.key) - be(b.key));
  const vt = dataTypeOf(set);
  // A named set of concatenations lists one element per line.
  const sep = concat && !(set.flags & NFT_SET_ANONYMOUS) ? ',\n\t\t\t     ' : ', ';
  return `{ ${sorted.map((e) => elemText(kt, e, vt)).join(sep)} }`;
}

/** set_print(): a named set or map inside its table. */
export function setText(set: NftSetMsg): string {
  const kt = typeById(set.keyType);
  const map = (set.flags & NFT_SET_MAP) !== 0;
  const value = map ? ` : ${dataTypeOf(set)?.name ?? 'verdict'}` : '';
  let s = `\t${map ? 'map' : 'set'} ${set.name} {\n\t\ttype ${kt?.name ?? set.keyType}${value}\n`;
  if (set.size) s += `\t\tsize ${set.size}\n`;
  const flags = [['constant', NFT_SET_CONSTANT], ['dynamic', NFT_SET_EVAL], ['interval', NFT_SET_INTERVAL], ['timeout', NFT_SET_TIMEOUT]] as const;
  const words = flags.filter(([, b]) => set.flags & b).map(([n]) => n);
  if (words.length) s += `\t\tflags ${words.join(',')}\n`;
  if (set.timeout) s += `\t\ttimeout ${timeText(set.timeout)}\n`;
  if (set.elems && set.elems.length) s += `\t\telements = ${elemsText(set)}\n`;
  return s + '\t}\n';
}
