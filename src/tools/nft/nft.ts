/**
 * `nft` (nftables 1.0.6), the subset tuxnet has: list ruleset|tables|table|
 * chain, add/create table and chain (base chains with type, hook,
 * priority, policy), add/insert rule with the common statements, delete
 * rule by handle, delete table/chain, flush ruleset/table/chain, -a.
 * Anything else is refused as a syntax error.
 * @nftables src/main.c, src/parser_bison.y (subset), src/evaluate.c payload dependencies
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { strerror } from '../../net/core/errno.js';
import { parseIp, prefixToMask } from '../../wire/ipv4.js';
import { inetProtoA2n } from '../ip/inet_proto.js';
import { ICMP_CODES } from '../iptables/ipt_ext.js';
import { NftHandle } from '../iptables/nft_handle.js';
import { FAMILY_NAMES, chainsText, tableText, xtWarning } from './nft_print.js';
import { nftRunFile } from './nft_file.js';
import { FIB_ADDRTYPES, KEY_TYPES, NftSetError, concatType, dataTypeOf, mapExpr, parseTime, typeById, parseElems, parseSetSpec, setLookup, setMsg, setText, type SetCtx } from './nft_set.js';
import { parseCt } from './nft_xt_ct.js';
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL } from '../../uapi/linux/netlink.js';
import {
  NFT_CMP_EQ, NFT_CMP_NEQ, NFT_GOTO, NFT_JUMP, NFT_META_IIFNAME, NFT_META_L4PROTO, NFT_META_MARK, NFT_META_OIFNAME, NFT_META_PRIORITY,
  NFT_MSG_DELCHAIN, NFT_MSG_DELRULE, NFT_MSG_DELTABLE, NFT_MSG_NEWCHAIN, NFT_MSG_NEWRULE, NFT_MSG_NEWTABLE,
  NFT_MSG_NEWSET, NFT_MSG_DELSET, NFT_MSG_NEWSETELEM, NFT_MSG_DELSETELEM,
  NFT_PAYLOAD_NETWORK_HEADER, NFT_PAYLOAD_TRANSPORT_HEADER, NFT_RANGE_EQ, NFT_RANGE_NEQ, NFT_REG32_00, NFT_REG_1, NFT_RETURN,
  NFT_REJECT_ICMP_UNREACH, NFT_REJECT_TCP_RST, NFT_LIMIT_PKTS, NFT_DYNSET_OP_ADD, NFT_DYNSET_OP_UPDATE, type NftExprMsg,
  NFT_FIB_RESULT_ADDRTYPE, NFT_FIB_RESULT_OIF, NFT_FIB_RESULT_OIFNAME, NFTA_FIB_F_DADDR, NFTA_FIB_F_IIF, NFTA_FIB_F_MARK,
  NFTA_FIB_F_OIF, NFTA_FIB_F_PRESENT, NFTA_FIB_F_SADDR,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { NF_ACCEPT, NF_DROP } from '../../uapi/linux/netfilter.js';

export class NftError extends Error {}

const FAMILIES: Readonly<Record<string, number>> = { ip: 2, inet: 1, arp: 3 };
const HOOKS = ['prerouting', 'input', 'forward', 'output', 'postrouting'];
const PRIOS: Readonly<Record<string, number>> = { raw: -300, mangle: -150, dstnat: -100, filter: 0, security: 50, srcnat: 100 };

/** The words of a command line, with "{", "}", ";" apart and quotes kept as one word. */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|([{};,])|([^\s{};,"]+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] !== undefined ? `"${m[1]}"` : (m[2] ?? m[3])!);
  return out;
}

export class Words {
  i = 0;
  constructor(readonly w: string[]) {}
  peek(): string | undefined {
    return this.w[this.i];
  }
  next(what = 'word'): string {
    const v = this.w[this.i++];
    if (v === undefined) throw new NftError(`syntax error, unexpected end of file, expecting ${what}`);
    return v;
  }
  eat(word: string): boolean {
    if (this.w[this.i] !== word) return false;
    this.i++;
    return true;
  }
}

const u32be = (v: number): Uint8Array => new Uint8Array([v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
const u32le = (v: number): Uint8Array => new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24]);
const u16be = (v: number): Uint8Array => new Uint8Array([v >>> 8, v & 0xff]);
const load = (base: number, offset: number, len: number): NftExprMsg => ({ name: 'payload', base, offset, len, dreg: NFT_REG_1 });
const cmp = (neq: boolean, data: Uint8Array): NftExprMsg => ({ name: 'cmp', sreg: NFT_REG_1, op: neq ? NFT_CMP_NEQ : NFT_CMP_EQ, data });

/** An interface name to compare with: its bytes and the NUL, or, with a trailing *, the prefix alone. */
function ifnameBytes(word: string): Uint8Array {
  const v = word.replace(/^"|"$/g, '');
  const prefix = v.endsWith('*');
  const s = prefix ? v.slice(0, -1) : v;
  const b = new Uint8Array(prefix ? s.length : s.length + 1);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function num(s: string): number {
  if (!/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(s)) throw new NftError(`syntax error, unexpected string, expecting number`);
  return Number(s);
}

function protoNum(s: string): number {
  const n = inetProtoA2n(s);
  if (n < 0) throw new NftError(`Could not resolve protocol name`);
  return n;
}

/** Parse the statements of a rule into expressions, adding the payload dependencies evaluate.c adds. */
export function parseRule(w: Words, ctx: SetCtx | null = null): NftExprMsg[] {
  const out: NftExprMsg[] = [];
  let l4 = -1;
  const dep = (p: number): void => {
    if (l4 === p) return;
    out.push({ name: 'meta', key: NFT_META_L4PROTO, dreg: NFT_REG_1 }, cmp(false, new Uint8Array([p])));
    l4 = p;
  };
  while (w.peek() !== undefined) {
    const k = w.next();
    if (k === 'ip') {
      const f = w.next('saddr or daddr');
      const off = ({ saddr: 12, daddr: 16, protocol: 9, ttl: 8 } as Record<string, number>)[f];
      if (off === undefined) throw new NftError(`syntax error, unexpected ${f}`);
      if ((f === 'saddr' || f === 'daddr') && w.peek() === '.') {
        out.push(...concatLookup(w, ctx, { base: NFT_PAYLOAD_NETWORK_HEADER, offset: off, len: 4, type: 'ipv4_addr' }, dep));
        continue;
      }
      const neq = w.eat('!=');
      const look = f === 'saddr' || f === 'daddr' ? setLookup(w, ctx, 'ipv4_addr', neq) : null;
      if (look) {
        out.push(load(NFT_PAYLOAD_NETWORK_HEADER, off, 4), look);
        continue;
      }
      const v = w.next();
      if (f === 'protocol' || f === 'ttl') {
        out.push(load(NFT_PAYLOAD_NETWORK_HEADER, off, 1), cmp(neq, new Uint8Array([f === 'protocol' ? protoNum(v) : num(v)])));
        continue;
      }
      const [a, len] = v.split('/');
      const addr = parseIp(a ?? '');
      if (addr === null) throw new NftError(`Could not resolve hostname: Name or service not known`);
      out.push(load(NFT_PAYLOAD_NETWORK_HEADER, off, 4));
      if (len !== undefined) {
        const mask = Number(len) === 0 ? 0 : prefixToMask(Number(len));
        out.push({ name: 'bitwise', sreg: NFT_REG_1, dreg: NFT_REG_1, len: 4, mask: u32be(mask), xor: new Uint8Array(4) }, cmp(neq, u32be((addr & mask) >>> 0)));
      } else out.push(cmp(neq, u32be(addr)));
    } else if (k === 'meta' && w.peek() === 'l4proto') {
      w.next();
      const neq = w.eat('!=');
      const look = setLookup(w, ctx, 'inet_proto', neq);
      if (look) {
        out.push({ name: 'meta', key: NFT_META_L4PROTO, dreg: NFT_REG_1 }, look);
        continue;
      }
      const p = protoNum(w.next());
      out.push({ name: 'meta', key: NFT_META_L4PROTO, dreg: NFT_REG_1 }, cmp(neq, new Uint8Array([p])));
      if (!neq) l4 = p;
    } else if (k === 'meta' && w.peek() === 'mark') {
      w.next();
      if (w.eat('set')) {
        const mapped = mapExpr(w, ctx, 'mark', 'meta mark set ');
        out.push(...(mapped ?? [{ name: 'immediate', dreg: NFT_REG_1, data: u32le(num(w.next())) }]), { name: 'meta', key: NFT_META_MARK, sreg: NFT_REG_1 });
      } else {
        const neq = w.eat('!=');
        out.push({ name: 'meta', key: NFT_META_MARK, dreg: NFT_REG_1 }, cmp(neq, u32le(num(w.next()))));
      }
    } else if (k === 'meta' && w.peek() === 'priority') {
      w.next();
      const neq = w.eat('!=');
      const v = w.next();
      const handle = tcHandleParse(v);
      if (handle === null) throw new NftError(`Could not parse tc handle: ${v}`);
      out.push({ name: 'meta', key: NFT_META_PRIORITY, dreg: NFT_REG_1 }, cmp(neq, u32le(handle)));
    } else if (k === 'iifname' || k === 'oifname') {
      const neq = w.eat('!=');
      out.push({ name: 'meta', key: k === 'iifname' ? NFT_META_IIFNAME : NFT_META_OIFNAME, dreg: NFT_REG_1 }, cmp(neq, ifnameBytes(w.next())));
    } else if (k === 'tcp' || k === 'udp') {
      const f = w.next('sport or dport');
      if (f !== 'sport' && f !== 'dport') throw new NftError(`syntax error, unexpected ${f}`);
      dep(k === 'tcp' ? 6 : 17);
      const neq = w.eat('!=');
      const look = setLookup(w, ctx, 'inet_service', neq);
      if (look) {
        out.push(load(NFT_PAYLOAD_TRANSPORT_HEADER, f === 'sport' ? 0 : 2, 2), look);
        continue;
      }
      const [lo, hi] = w.next().split('-');
      out.push(load(NFT_PAYLOAD_TRANSPORT_HEADER, f === 'sport' ? 0 : 2, 2));
      if (hi === undefined) out.push(cmp(neq, u16be(num(lo ?? ''))));
      else out.push({ name: 'range', sreg: NFT_REG_1, op: neq ? NFT_RANGE_NEQ : NFT_RANGE_EQ, from: u16be(num(lo ?? '')), to: u16be(num(hi)) });
    } else if (k === 'icmp') {
      if (w.next('type') !== 'type') throw new NftError('syntax error, expecting type');
      dep(1);
      const neq = w.eat('!=');
      const look = setLookup(w, ctx, 'icmp_type', neq);
      if (look) {
        out.push(load(NFT_PAYLOAD_TRANSPORT_HEADER, 0, 1), look);
        continue;
      }
      const v = w.next();
      const t = ICMP_CODES.find((c) => c[0] === v)?.[1] ?? num(v);
      out.push(load(NFT_PAYLOAD_TRANSPORT_HEADER, 0, 1), cmp(neq, new Uint8Array([t])));
    } else if (k === 'ct') {
      out.push(...(parseCt((what) => w.next(what), (x) => w.eat(x), (m) => new NftError(m)) as NftExprMsg[]));
    } else if (k === 'notrack') out.push({ name: 'notrack' });
    else if (k === 'counter') out.push({ name: 'counter', packets: 0n, bytes: 0n });
    else if (k === 'accept' || k === 'drop' || k === 'return') out.push({ name: 'immediate', dreg: 0, verdict: { code: k === 'accept' ? NF_ACCEPT : k === 'drop' ? NF_DROP : NFT_RETURN } });
    else if (k === 'jump' || k === 'goto') out.push({ name: 'immediate', dreg: 0, verdict: { code: k === 'jump' ? NFT_JUMP : NFT_GOTO, chain: w.next('chain') } });
    else if (k === 'reject') {
      if (w.eat('with')) {
        const what = w.next();
        if (what === 'tcp' && w.eat('reset')) {
          dep(6);
          out.push({ name: 'reject', type: NFT_REJECT_TCP_RST, code: 0 });
        } else if (what === 'icmp') {
          w.eat('type');
          const codes: Record<string, number> = { 'net-unreachable': 0, 'host-unreachable': 1, 'prot-unreachable': 2, 'port-unreachable': 3, 'net-prohibited': 9, 'host-prohibited': 10, 'admin-prohibited': 13 };
          const c = codes[w.next()];
          if (c === undefined) throw new NftError('Could not parse ICMP reject code');
          out.push({ name: 'reject', type: NFT_REJECT_ICMP_UNREACH, code: c });
        } else throw new NftError(`syntax error, unexpected ${what}`);
      } else out.push({ name: 'reject', type: NFT_REJECT_ICMP_UNREACH, code: 3 });
    } else if (k === 'log') {
      // log_stmt: prefix, and for nfnetlink_log a group, a snaplen and a queue threshold, in any order
      const e: { prefix?: string; group?: number; snaplen?: number; qthreshold?: number } = {};
      for (;;) {
        if (w.eat('prefix')) {
          // a quoted string keeps its blanks; an unquoted word is what the lexer reads of it (no trailing blank)
          const t = w.next();
          e.prefix = /^".*"$/.test(t) ? t.slice(1, -1) : t.replace(/^"|"$/g, '').trimEnd();
        }
        else if (w.eat('group')) e.group = Number(w.next());
        else if (w.eat('snaplen')) e.snaplen = Number(w.next());
        else if (w.eat('queue-threshold')) e.qthreshold = Number(w.next());
        else break;
      }
      if ([e.group, e.snaplen, e.qthreshold].some((v) => v !== undefined && !(Number.isInteger(v) && v >= 0 && v <= 0xffff))) throw new NftError('syntax error, unexpected string');
      out.push({ name: 'log', ...e });
    } else if (k === 'limit') {
      if (w.next() !== 'rate') throw new NftError('syntax error, expecting rate');
      const [r, u] = w.next().split('/');
      const unit = ({ second: 1, minute: 60, hour: 3600, day: 86400 } as Record<string, number>)[u ?? ''];
      if (unit === undefined) throw new NftError('syntax error, unexpected string');
      let burst = 5;
      if (w.eat('burst')) {
        burst = num(w.next());
        w.eat('packets');
      }
      out.push({ name: 'limit', rate: BigInt(num(r ?? '')), unit: BigInt(unit), burst, type: NFT_LIMIT_PKTS, flags: 0 });
    } else if (k === 'snat' || k === 'dnat' || k === 'masquerade' || k === 'redirect') out.push(...natStmt(k, w, ctx));
    else if ((k === 'add' || k === 'update') && w.peek()?.startsWith('@')) out.push(...dynsetStmt(k, w, ctx));
    else if (k === 'fib') out.push(...fibExpr(w, ctx));
    else throw new NftError(`syntax error, unexpected ${k}`);
  }
  return out;
}

const FIB_FLAGS: Readonly<Record<string, number>> = {
  saddr: NFTA_FIB_F_SADDR, daddr: NFTA_FIB_F_DADDR, mark: NFTA_FIB_F_MARK, iif: NFTA_FIB_F_IIF, oif: NFTA_FIB_F_OIF,
};
const FIB_RESULTS: Readonly<Record<string, number>> = { oif: NFT_FIB_RESULT_OIF, oifname: NFT_FIB_RESULT_OIFNAME, type: NFT_FIB_RESULT_ADDRTYPE };

/**
 * `fib FLAG[ . FLAG]... oif|oifname|type [!=] VALUE`: the lookup's keys
 * (fib_tuple: one of saddr and daddr, at most one of iif and oif), then the
 * value it is compared with: `missing`/`exists` (a boolean: the PRESENT
 * flag and a one-byte compare), an interface (by name or index, resolved
 * now), an interface name (a trailing * matches a prefix), an address type
 * or a set of them.
 * @nftables src/parser_bison.y fib_expr, src/fib.c, src/evaluate.c expr_evaluate_fib()
 */
function fibExpr(w: Words, ctx: SetCtx | null): NftExprMsg[] {
  const words: string[] = [];
  let flags = 0;
  for (;;) {
    const f = w.next('saddr or daddr');
    const bit = FIB_FLAGS[f];
    if (bit === undefined) throw new NftError(`syntax error, unexpected ${f}`);
    words.push(f);
    flags |= bit;
    if (!w.eat('.')) break;
  }
  const tuple = words.join(' . ');
  if (!(flags & (NFTA_FIB_F_SADDR | NFTA_FIB_F_DADDR))) throw new NftSetError('fib: need either saddr or daddr', tuple);
  if ((flags & (NFTA_FIB_F_SADDR | NFTA_FIB_F_DADDR)) === (NFTA_FIB_F_SADDR | NFTA_FIB_F_DADDR)) throw new NftSetError('fib: saddr and daddr are mutually exclusive', tuple);
  if ((flags & (NFTA_FIB_F_IIF | NFTA_FIB_F_OIF)) === (NFTA_FIB_F_IIF | NFTA_FIB_F_OIF)) throw new NftSetError('fib: iif and oif are mutually exclusive', tuple);
  const r = w.peek();
  const result = r !== undefined ? FIB_RESULTS[r] : undefined;
  if (result === undefined) {
    if (r === undefined) throw new NftSetError('syntax error, unexpected newline, expecting type or oif or oifname', '');
    throw new NftError(`syntax error, unexpected ${r}, expecting type or oif or oifname`);
  }
  w.next();
  const neq = w.eat('!=') || (!w.eat('==') && !w.eat('eq') && w.eat('ne'));
  const load = (f: number): NftExprMsg => ({ name: 'fib', dreg: NFT_REG_1, result, flags: f });
  const look = result === NFT_FIB_RESULT_ADDRTYPE ? setLookup(w, ctx, 'fib_addrtype', neq) : null;
  if (look) return [load(flags), look];
  const v = w.next('value');
  if (v === 'missing' || v === 'exists') return [load(flags | NFTA_FIB_F_PRESENT), cmp(neq, new Uint8Array([v === 'exists' ? 1 : 0]))];
  const text = v.replace(/^"|"$/g, '');
  if (result === NFT_FIB_RESULT_ADDRTYPE) {
    const i = FIB_ADDRTYPES.indexOf(text);
    const n = i >= 0 ? i : /^[0-9]+$/.test(text) ? Number(text) : -1;
    if (n < 0 || n > 0xffffffff) throw new NftSetError('Could not parse fib address type', v);
    return [load(flags), cmp(neq, u32le(n))];
  }
  if (result === NFT_FIB_RESULT_OIFNAME) return [load(flags), cmp(neq, ifnameBytes(v))];
  // iface_index: a number, else a name of this namespace (nft_if_nametoindex()).
  const index = /^[0-9]+$/.test(text) ? Number(text) : (ctx?.h.net.devByName(text)?.ifindex ?? 0);
  if (!index && !/^[0-9]+$/.test(text)) throw new NftSetError('Interface does not exist', v);
  return [load(flags), cmp(neq, u32le(index))];
}

/** One component of a concatenation: where its value is, and its type. */
interface Component {
  base: number;
  offset: number;
  len: number;
  type: string;
}

/** The components a concatenation may take after its first: ip saddr/daddr, tcp/udp sport/dport (with their protocol dependency). */
function component(w: Words, dep: (p: number) => void): Component {
  const k = w.next('selector');
  const f = w.next('field');
  if (k === 'ip' && (f === 'saddr' || f === 'daddr')) return { base: NFT_PAYLOAD_NETWORK_HEADER, offset: f === 'saddr' ? 12 : 16, len: 4, type: 'ipv4_addr' };
  if ((k === 'tcp' || k === 'udp') && (f === 'sport' || f === 'dport')) {
    dep(k === 'tcp' ? 6 : 17);
    return { base: NFT_PAYLOAD_TRANSPORT_HEADER, offset: f === 'sport' ? 0 : 2, len: 2, type: 'inet_service' };
  }
  throw new NftError(`syntax error, unexpected ${k}`);
}

/**
 * `A . B ... @set|{ ... }`: each component loaded into the 32-bit
 * registers from NFT_REG32_00 on (the first through NFT_REG_1, the same
 * bytes), padded to 4 bytes, then one lookup of the whole key.
 * @nftables src/netlink_linearize.c netlink_gen_concat()
 */
function concatLookup(w: Words, ctx: SetCtx | null, first: Component, dep: (p: number) => void): NftExprMsg[] {
  const parts = [first];
  while (w.eat('.')) parts.push(component(w, dep));
  const out: NftExprMsg[] = [];
  let off = 0;
  for (const c of parts) {
    out.push({ name: 'payload', base: c.base, offset: c.offset, len: c.len, dreg: off === 0 ? NFT_REG_1 : NFT_REG32_00 + off / 4 });
    off += (c.len + 3) & ~3;
  }
  const neq = w.eat('!=');
  const kt = concatType(parts.map((c) => KEY_TYPES.find((t) => t.name === c.type)!));
  const look = setLookup(w, ctx, kt, neq);
  if (!look) throw new NftError(`syntax error, unexpected ${w.peek() ?? 'end of file'}`);
  return [...out, look];
}

/**
 * `add|update @set { ip saddr|daddr [timeout T] }`: the key into register 1
 * and a dynset expression (set_stmt in parser_bison.y).
 */
function dynsetStmt(k: string, w: Words, ctx: SetCtx | null): NftExprMsg[] {
  const ref = w.next('set');
  const name = ref.slice(1);
  if (ctx?.known && !ctx.known.has(name)) throw new NftSetError('No such file or directory', ref);
  if (!w.eat('{')) throw new NftError(`syntax error, unexpected ${w.peek() ?? 'end of file'}, expecting '{'`);
  if (w.next('ip') !== 'ip') throw new NftError('syntax error, expecting ip');
  const f = w.next('saddr or daddr');
  if (f !== 'saddr' && f !== 'daddr') throw new NftError(`syntax error, unexpected ${f}`);
  let timeout: number | undefined;
  if (w.eat('timeout')) {
    const v = w.next('time');
    const ms = parseTime(v);
    if (ms === null) throw new NftError(`syntax error, unexpected ${v}`);
    timeout = ms;
  }
  if (!w.eat('}')) throw new NftError(`syntax error, unexpected ${w.peek() ?? 'end of file'}, expecting '}'`);
  return [
    load(NFT_PAYLOAD_NETWORK_HEADER, f === 'saddr' ? 12 : 16, 4),
    { name: 'dynset', op: k === 'add' ? NFT_DYNSET_OP_ADD : NFT_DYNSET_OP_UPDATE, sreg: NFT_REG_1, set: name, ...(timeout !== undefined ? { timeout } : {}) },
  ];
}

/** NF_NAT_RANGE_* flag words (nat_flags in parser_bison.y). */
const NAT_FLAGS: Readonly<Record<string, number>> = { random: 4, persistent: 8, 'fully-random': 16 };

/**
 * snat/dnat to ADDR[-ADDR][:PORT[-PORT]], masquerade/redirect [to :PORT[-PORT]],
 * then flags: immediates into registers 1-4 and the nat/masq/redir expression.
 */
function natStmt(k: string, w: Words, ctx: SetCtx | null): NftExprMsg[] {
  const out: NftExprMsg[] = [];
  // snat/dnat to EXPR map ...: the address from a data map (nat_stmt_args in parser_bison.y).
  if ((k === 'snat' || k === 'dnat') && w.peek() === 'to') {
    const at = w.i;
    w.next();
    const mapped = mapExpr(w, ctx, 'ipv4_addr', `${k} to `);
    if (mapped) return [...mapped, { name: 'nat', type: k === 'snat' ? 0 : 1, family: 2, sregAddrMin: NFT_REG_1 }];
    w.i = at;
  }
  let reg = 1;
  const imm = (data: Uint8Array): number => {
    out.push({ name: 'immediate', dreg: reg, data });
    return reg++;
  };
  const m: { sregAddrMin?: number; sregAddrMax?: number; sregProtoMin?: number; sregProtoMax?: number; flags?: number } = {};
  const needTo = k === 'snat' || k === 'dnat';
  if (w.eat('to')) {
    const spec = w.next();
    const colon = spec.indexOf(':');
    const addrs = colon < 0 ? spec : spec.slice(0, colon);
    if (addrs) {
      if (!needTo) throw new NftError(`syntax error, unexpected string`);
      const [lo, hi] = addrs.split('-');
      const a = parseIp(lo ?? '');
      const b = hi === undefined ? a : parseIp(hi);
      if (a === null || b === null) throw new NftError('Could not resolve hostname: Name or service not known');
      m.sregAddrMin = imm(u32be(a));
      if (hi !== undefined) m.sregAddrMax = imm(u32be(b));
    }
    if (colon >= 0) {
      const [lo, hi] = spec.slice(colon + 1).split('-');
      m.sregProtoMin = imm(u16be(num(lo ?? '')));
      if (hi !== undefined) m.sregProtoMax = imm(u16be(num(hi)));
    }
  } else if (needTo) throw new NftError(`syntax error, unexpected end of file, expecting to`);
  let flags = 0;
  for (let f = w.peek(); f !== undefined && f in NAT_FLAGS; f = w.peek()) {
    flags |= NAT_FLAGS[w.next()]!;
    if (!w.eat(',')) break;
  }
  if (flags) m.flags = flags;
  if (k === 'snat' || k === 'dnat') out.push({ name: 'nat', type: k === 'snat' ? 0 : 1, family: 2, ...m });
  else out.push({ name: k === 'masquerade' ? 'masq' : 'redir', ...m });
  return out;
}

function famTable(w: Words): [number, string] {
  const a = w.next('table');
  const fam = FAMILIES[a];
  if (fam !== undefined) return [fam, w.next('table')];
  return [2, a];
}

/** "{ type filter hook input priority 0; policy drop; }" */
export function chainSpec(w: Words): { type: string; hooknum: number; prio: number; policy?: number } | null {
  if (!w.eat('{')) return null;
  let type = 'filter';
  let hooknum = -1;
  let prio = 0;
  let policy: number | undefined;
  while (!w.eat('}')) {
    const k = w.next('}');
    if (k === ';') continue;
    if (k === 'type') type = w.next();
    else if (k === 'hook') hooknum = HOOKS.indexOf(w.next());
    else if (k === 'priority') {
      const v = w.next();
      prio = PRIOS[v] ?? Number(v);
      if (Number.isNaN(prio)) throw new NftError('syntax error, unexpected string');
    } else if (k === 'policy') policy = w.next() === 'drop' ? NF_DROP : NF_ACCEPT;
    else throw new NftError(`syntax error, unexpected ${k}`);
  }
  if (hooknum < 0) throw new NftError('syntax error, expecting hook');
  return { type, hooknum, prio, ...(policy !== undefined ? { policy } : {}) };
}

function list(p: Proc, h: NftHandle, w: Words, handles: boolean): void {
  const what = w.next('ruleset');
  let out = '';
  if (what === 'tables') {
    for (const t of h.tables()) out += `table ${FAMILY_NAMES[t.family]} ${t.name}\n`;
  } else if (what === 'chains') {
    // do_list_chains(): each table (of the family, when given) with its chains' declarations, no rules.
    const word = w.peek() !== undefined ? w.next() : undefined;
    const fam = word !== undefined ? FAMILIES[word] : undefined;
    if (word !== undefined && fam === undefined) {
      // The grammar takes an optional family only: bison's error, the line and the word underlined.
      throw new NftError(`syntax error, unexpected string, expecting end of file or newline or semicolon\nlist chains ${word}\n${' '.repeat(12)}${'^'.repeat(word.length)}`);
    }
    for (const t of h.tables(fam)) out += chainsText(t, h.chains(t.family, t.name), handles);
  } else if (what === 'sets' || what === 'maps' || what === 'set' || what === 'map') {
    let fam: number | null = null;
    let name: string | null = null;
    let setName: string | null = null;
    if (what === 'set' || what === 'map') {
      [fam, name] = famTable(w);
      setName = w.next('set');
    }
    for (const t of h.tables(fam ?? undefined).filter((x) => name === null || x.name === name)) {
      const sets = h.sets(t.family, t.name).filter((x) => !(x.flags & 1) && (setName === null || x.name === setName) && (what.startsWith('map') ? x.flags & 8 : what === 'set' || what === 'sets' ? !(x.flags & 8) || what === 'set' : true));
      if (sets.length) out += `table ${FAMILY_NAMES[t.family]} ${t.name} {\n${sets.map(setText).join('')}}\n`;
    }
    if (setName !== null && !out) throw new NftError('No such file or directory');
  } else if (what === 'ruleset' || what === 'table' || what === 'chain') {
    let fam: number | null = null;
    let name: string | null = null;
    let chain: string | null = null;
    if (what !== 'ruleset') {
      [fam, name] = famTable(w);
      if (what === 'chain') chain = w.next('chain');
    } else if (w.peek() !== undefined) fam = FAMILIES[w.next()] ?? null;
    const tables = h.tables(fam ?? undefined).filter((t) => name === null || t.name === name);
    if (name !== null && tables.length === 0) throw new NftError(`No such file or directory\nlist ${what} ${FAMILY_NAMES[fam ?? 2]} ${name}`);
    for (const t of tables) {
      const chains = h.chains(t.family, t.name);
      if (chain !== null && !chains.some((c) => c.name === chain)) throw new NftError('No such file or directory');
      const rules = h.rules(t.family, t.name);
      const warning = xtWarning(t, chains, rules, chain);
      if (warning) {
        p.stdout.write(out);
        out = '';
        p.stderr.write(warning);
      }
      out += tableText(t, chains, rules, handles, chain, h.sets(t.family, t.name), (i) => p.net.devByIndex(i)?.name ?? null);
    }
  } else throw new NftError(`syntax error, unexpected ${what}`);
  p.stdout.write(out);
}

/** add/delete set|map NAME, add/delete element NAME { ... } */
function setCmd(h: NftHandle, verb: string, obj: string, family: number, table: string, w: Words): void {
  const name = w.next('set');
  if (obj === 'element') {
    const set = h.sets(family, table).find((x) => x.name === name);
    if (!set) throw new NftSetError('No such file or directory', name);
    const kt = typeById(set.keyType);
    if (!kt) throw new NftSetError('Could not process rule: Operation not supported');
    const vt = dataTypeOf(set);
    const { elems } = parseElems(w, kt, vt ?? (set.flags & 8) !== 0);
    if (verb === 'add' || verb === 'create') h.add(NFT_MSG_NEWSETELEM, NLM_F_CREATE | (verb === 'create' ? NLM_F_EXCL : 0), setMsg(family, table, name, kt, set.flags, elems, undefined, vt));
    else if (verb === 'delete') h.add(NFT_MSG_DELSETELEM, 0, setMsg(family, table, name, kt, set.flags, elems, undefined, vt));
    else throw new NftError(`syntax error, unexpected ${verb}`);
    return;
  }
  if (verb === 'delete') {
    h.add(NFT_MSG_DELSET, 0, { family, table, name, flags: 0, keyType: 0, keyLen: 0 });
    return;
  }
  if (verb !== 'add' && verb !== 'create') throw new NftError(`syntax error, unexpected ${verb}`);
  const { kt, flags, vt, opts } = parseSetSpec(w, obj === 'map');
  h.add(NFT_MSG_NEWSET, NLM_F_CREATE | (verb === 'create' ? NLM_F_EXCL : 0), setMsg(family, table, name, kt, flags, [], undefined, vt, opts));
}

export function modify(h: NftHandle, verb: string, w: Words): void {
  const obj = w.next('table');
  if (verb === 'flush' && obj === 'ruleset') {
    for (const t of h.tables()) h.add(NFT_MSG_DELTABLE, 0, { family: t.family, name: t.name });
    return;
  }
  const [family, table] = famTable(w);
  if (obj === 'set' || obj === 'map' || obj === 'element') return setCmd(h, verb, obj, family, table, w);
  if (obj === 'table') {
    if (verb === 'add' || verb === 'create') h.add(NFT_MSG_NEWTABLE, NLM_F_CREATE | (verb === 'create' ? NLM_F_EXCL : 0), { family, name: table });
    else if (verb === 'delete') h.add(NFT_MSG_DELTABLE, 0, { family, name: table });
    else if (verb === 'flush') h.add(NFT_MSG_DELRULE, 0, { family, table, chain: '' });
    else throw new NftError(`syntax error, unexpected ${verb}`);
    return;
  }
  const chain = w.next('chain');
  if (obj === 'chain') {
    if (verb === 'add' || verb === 'create') {
      const spec = chainSpec(w);
      h.add(NFT_MSG_NEWCHAIN, NLM_F_CREATE | (verb === 'create' ? NLM_F_EXCL : 0), {
        family, table, name: chain, ...(spec ? { hook: { hooknum: spec.hooknum, priority: spec.prio }, type: spec.type, policy: spec.policy ?? NF_ACCEPT } : {}),
      });
    } else if (verb === 'delete') h.add(NFT_MSG_DELCHAIN, 0, { family, table, name: chain });
    else if (verb === 'flush') h.add(NFT_MSG_DELRULE, 0, { family, table, chain });
    else throw new NftError(`syntax error, unexpected ${verb}`);
    return;
  }
  if (obj !== 'rule') throw new NftError(`syntax error, unexpected ${obj}`);
  if (verb === 'delete') {
    if (w.next('handle') !== 'handle') throw new NftError('syntax error, expecting handle');
    h.add(NFT_MSG_DELRULE, 0, { family, table, chain, handle: BigInt(num(w.next('number'))) });
    return;
  }
  let position: bigint | undefined;
  if (w.eat('position') || w.eat('handle')) position = BigInt(num(w.next('number')));
  const sets = h.sets(family, table);
  const exprs = parseRule(w, { h, family, table, nextId: 1, known: new Set(sets.map((x) => x.name)), sets });
  h.add(NFT_MSG_NEWRULE, NLM_F_CREATE | (verb === 'add' ? NLM_F_APPEND : 0), { family, table, chain, exprs, ...(position !== undefined ? { position } : {}) });
}

export const nft: CommandFn = async (p: Proc) => {
  let handles = false;
  const args: string[] = [];
  for (const a of p.argv.slice(1)) {
    if (a === '-a' || a === '--handle') handles = true;
    else if (a === '-f' || a === '--file') {
      const file = p.argv[p.argv.indexOf(a) + 1];
      return nftRunFile(p, file);
    } else if (a === '-i' || a === '--interactive' || a === '-j' || a === '--json') {
      p.stderr.write(`Error: option ${a} is not supported by tuxnet's nft\n`);
      return 1;
    } else args.push(a);
  }
  const line = args.join(' ');
  const w = new Words(tokenize(line));
  const h = new NftHandle(p.net);
  try {
    const verb = w.next('command');
    if (verb === 'list') list(p, h, w, handles);
    else if (['add', 'create', 'insert', 'delete', 'flush'].includes(verb)) {
      modify(h, verb === 'insert' ? 'insert' : verb, w);
      const kinds = h.batch.map((b) => b.type & 0xff);
      const e = h.commit();
      if (e && (kinds[e.index] === NFT_MSG_NEWSET || kinds[e.index] === NFT_MSG_NEWSETELEM) && line.includes('{ ')) {
        // An element failed (a verdict's chain, a map's missing value): nft points at its key.
        const at = line.indexOf('{ ') + 2;
        const word = /^[^\s,:}]+/.exec(line.slice(at))?.[0] ?? '';
        throw new NftError(`Could not process rule: ${strerror[e.errno]}\n${line}\n${' '.repeat(at)}${'^'.repeat(word.length)}`);
      }
      if (e && e.errno === 'EOPNOTSUPP' && kinds[e.index] === NFT_MSG_NEWRULE) {
        // A rule whose expression cannot run at the chain's hooks (->validate): no attribute to point at, the whole command is underlined (and the newline after it).
        throw new NftError(`Could not process rule: ${strerror[e.errno]}\n${line}\n${'^'.repeat(line.length + 1)}`);
      }
      const fib = / fib (?:[a-z]+ \. )*[a-z]+ (?:oifname|oif|type)\b/.exec(line);
      if (e && e.errno === 'EINVAL' && kinds[e.index] === NFT_MSG_NEWRULE && fib) {
        // The fib expression the kernel refused (nft_fib_init()): its text underlined.
        throw new NftError(`Could not process rule: ${strerror[e.errno]}\n${line}\n${' '.repeat(fib.index + 1)}${'^'.repeat(fib[0].length - 1)}`);
      }
      if (e) {
        // The location line underlines the object the kernel refused (the last word here).
        const at = line.lastIndexOf(' ') + 1;
        throw new NftError(`Could not process rule: ${strerror[e.errno]}\n${line}\n${' '.repeat(at)}${'^'.repeat(line.length - at)}`);
      }
    } else throw new NftError(`syntax error, unexpected ${verb}`);
    return 0;
  } catch (e) {
    if (e instanceof NftSetError) {
      // The location line: the command, carets under the word in question.
      // '' points past the end of the line (an unexpected newline).
      const at = e.at === '' ? line.length : e.at !== undefined ? line.indexOf(e.at, line.indexOf(' ') + 1) : -1;
      // A mismatched expression: its statement underlined with tildes before the carets.
      const lead = e.lead !== undefined && at >= e.lead.length && line.slice(at - e.lead.length, at) === e.lead ? e.lead.length : 0;
      p.stderr.write(`Error: ${e.message}\n${at >= 0 ? `${line}\n${' '.repeat(at - lead)}${'~'.repeat(lead)}${'^'.repeat(Math.max(1, e.at!.length))}\n` : ''}`);
      return 1;
    }
    if (!(e instanceof NftError)) throw e;
    p.stderr.write(`Error: ${e.message}\n`);
    return 1;
  } finally {
    h.close();
  }
};

/** TC_H_ROOT */
const TC_H_ROOT = 0xffffffff;

/**
 * tchandle_type_parse(): "root", "none", MAJOR:MINOR in hex (MAJOR: alone
 * leaves the minor 0), else strtoull(, 0) of the whole; null when it does
 * not parse.
 */
function tcHandleParse(v: string): number | null {
  if (v === 'root') return TC_H_ROOT;
  if (v === 'none') return 0;
  const hex = (x: string): number | null => (/^(0x)?[0-9a-f]+$/i.test(x) ? parseInt(x.replace(/^0x/i, ''), 16) : null);
  const colon = v.indexOf(':');
  if (colon >= 0) {
    const maj = hex(v.slice(0, colon));
    if (maj === null || maj > 0xffff) return null;
    if (colon === v.length - 1) return (maj << 16) >>> 0;
    const min = hex(v.slice(colon + 1));
    if (min === null || min > 0xffff) return null;
    return ((maj << 16) | min) >>> 0;
  }
  const n = /^0x[0-9a-f]+$/i.test(v) ? parseInt(v, 16) : /^0[0-7]*$/.test(v) ? parseInt(v, 8) : /^[1-9][0-9]*$/.test(v) ? Number(v) : null;
  return n === null || n > 0xffffffff ? null : n;
}
