/**
 * An iptables rule (struct iptables_command_state) and its translation to
 * nf_tables expressions and back, as iptables-nft 1.8.9 does: interfaces,
 * protocol and addresses, then the matches (tcp, udp, mark, limit native;
 * the rest as xt matches), a counter, then the verdict or xt target.
 * @iptables iptables/nft-ipv4.c nft_ipv4_add(), iptables/nft.c add_nft_*(), iptables/nft-ruleparse.c
 */
import {
  NFT_CMP_EQ, NFT_CMP_GT, NFT_CMP_LTE, NFT_CMP_NEQ, NFT_GOTO, NFT_JUMP, NFT_META_IIFNAME, NFT_META_L4PROTO, NFT_META_MARK, NFT_META_OIFNAME,
  NFT_PAYLOAD_NETWORK_HEADER, NFT_PAYLOAD_TRANSPORT_HEADER, NFT_RANGE_EQ, NFT_RANGE_NEQ, NFT_REG_1, NFT_RETURN,
  NFT_LIMIT_F_INV, NFT_LIMIT_PKTS, type NftExprMsg, type XtInfo,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { NF_ACCEPT, NF_DROP } from '../../uapi/linux/netfilter.js';
import { MATCHES, RATES, XT_LIMIT_SCALE, type Ext, type Info } from './ipt_ext.js';
import { TARGETS } from './ipt_targets.js';
import { IP_OFFSET, Iph } from '../../wire/ipv4.js';
import { ctAliasName } from './ipt_ct.js';

export interface IptMatch {
  readonly ext: Ext;
  readonly info: Info;
}

export interface IptRule {
  proto: number;
  invProto: boolean;
  src: number;
  smsk: number;
  invSrc: boolean;
  dst: number;
  dmsk: number;
  invDst: boolean;
  iniface: string;
  invIn: boolean;
  outiface: string;
  invOut: boolean;
  /** -f: second and further fragments only (IPT_F_FRAG, IPT_INV_FRAG). */
  frag: boolean;
  invFrag: boolean;
  matches: IptMatch[];
  /** ACCEPT, DROP, RETURN, a chain, or a target extension's name; '' for none. */
  target: string;
  targetExt: Ext | null;
  targetInfo: Info | null;
  goto: boolean;
  pkts: number;
  bytes: number;
  handle?: bigint;
}

export function newRule(): IptRule {
  return {
    proto: 0, invProto: false, src: 0, smsk: 0, invSrc: false, dst: 0, dmsk: 0, invDst: false, iniface: '', invIn: false,
    outiface: '', invOut: false, frag: false, invFrag: false, matches: [], target: '', targetExt: null, targetInfo: null, goto: false, pkts: 0, bytes: 0,
  };
}

const u32be = (v: number): Uint8Array => new Uint8Array([v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
const u32le = (v: number): Uint8Array => new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24]);
const u16be = (v: number): Uint8Array => new Uint8Array([v >>> 8, v & 0xff]);
const be = (d: Uint8Array): number => d.reduce((a, x) => a * 256 + x, 0);
const le = (d: Uint8Array): number => d.reduceRight((a, x) => a * 256 + x, 0);

function ifaceExprs(key: number, name: string, inv: boolean): NftExprMsg[] {
  const plus = name.endsWith('+');
  const s = plus ? name.slice(0, -1) : name;
  const bytes = new Uint8Array(plus ? s.length : s.length + 1);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  const out: NftExprMsg[] = [{ name: 'meta', key, dreg: NFT_REG_1 }];
  // "eth+" with nothing before the '+' matches every name: only the load remains (add_iniface()).
  if (bytes.length) out.push({ name: 'cmp', sreg: NFT_REG_1, op: inv ? NFT_CMP_NEQ : NFT_CMP_EQ, data: bytes });
  return out;
}

/**
 * add_addr(): a mask of whole bytes loads and compares only those bytes (a
 * /0 none: the kernel refuses the empty load, EINVAL); any other mask loads
 * all four and masks them with a bitwise.
 */
function addrExprs(off: number, addr: number, mask: number, inv: boolean): NftExprMsg[] {
  const m = u32be(mask);
  let i = 0;
  while (i < 4 && m[i] === 0xff) i++;
  const bitwise = i < 4 && m.subarray(i).some((b) => b !== 0);
  const len = bitwise ? 4 : i;
  const out: NftExprMsg[] = [{ name: 'payload', base: NFT_PAYLOAD_NETWORK_HEADER, offset: off, len, dreg: NFT_REG_1 }];
  if (bitwise) out.push({ name: 'bitwise', sreg: NFT_REG_1, dreg: NFT_REG_1, len: 4, mask: m, xor: new Uint8Array(4) });
  out.push({ name: 'cmp', sreg: NFT_REG_1, op: inv ? NFT_CMP_NEQ : NFT_CMP_EQ, data: u32be((addr & mask) >>> 0).subarray(0, len) });
  return out;
}

function portExprs(off: number, lo: number, hi: number, inv: boolean): NftExprMsg[] {
  // add_nft_tcpudp(): a full range is no test, inverted or not.
  if (lo === 0 && hi === 0xffff) return [];
  const load: NftExprMsg = { name: 'payload', base: NFT_PAYLOAD_TRANSPORT_HEADER, offset: off, len: 2, dreg: NFT_REG_1 };
  if (lo === hi) return [load, { name: 'cmp', sreg: NFT_REG_1, op: inv ? NFT_CMP_NEQ : NFT_CMP_EQ, data: u16be(lo) }];
  // From 0: a bound, "<= HI" (inverted "> HI", which lists back as HI+1:65535).
  if (lo === 0) return [load, { name: 'cmp', sreg: NFT_REG_1, op: inv ? NFT_CMP_GT : NFT_CMP_LTE, data: u16be(hi) }];
  return [load, { name: 'range', sreg: NFT_REG_1, op: inv ? NFT_RANGE_NEQ : NFT_RANGE_EQ, from: u16be(lo), to: u16be(hi) }];
}

function num(i: Info, k: string): number {
  const v = i[k];
  return typeof v === 'number' ? v : 0;
}

function tcpudpAllZero(i: Info): boolean {
  return !num(i, 'sptLo') && num(i, 'sptHi') === 0xffff && !num(i, 'dptLo') && num(i, 'dptHi') === 0xffff &&
    !num(i, 'invflags') && !num(i, 'flgMask') && !num(i, 'flgCmp');
}

/**
 * add_nft_tcp()/add_nft_udp(): whether the match becomes payload expressions.
 * tcp_all_zero()/udp_all_zero(): a match of nothing but defaults stays an xt
 * match, so that the rule lists back with its "-m tcp"; an option (or its
 * inversion) is no payload expression either: the xt match carries it.
 */
function tcpudpNative(i: Info): boolean {
  return !(tcpudpAllZero(i) || num(i, 'option') || num(i, 'invflags') & 8);
}

/**
 * nft_rule_new()'s add_nft_tcp()/add_nft_udp(): a match translated to payload
 * expressions wants the rule's protocol (NFTNL_RULE_COMPAT_PROTO) to be its
 * own, "! -p" included; the message of xtables_error(), else null. (An xt
 * match goes to the kernel, whose xt_check_match() refuses the protocol.)
 */
export function nftRuleNewError(r: IptRule): string | null {
  for (const m of r.matches) {
    if ((m.ext.name === 'tcp' && r.proto !== 6) || (m.ext.name === 'udp' && r.proto !== 17)) {
      if (tcpudpNative(m.info)) return `${m.ext.name.toUpperCase()} match requires '-p ${m.ext.name}'`;
    }
  }
  return null;
}

/** add_nft_tcp()/add_nft_udp()/add_nft_mark()/add_nft_limit(), or an xt match. */
function matchExprs(m: IptMatch): NftExprMsg[] {
  const i = m.info;
  switch (m.ext.name) {
    case 'tcp':
    case 'udp': {
      if (!tcpudpNative(i)) break;
      const inv = num(i, 'invflags');
      // add_nft_tcp(): the flags first, then the ports.
      const out: NftExprMsg[] = [];
      if (num(i, 'flgMask') || inv & 4) {
        out.push({ name: 'payload', base: NFT_PAYLOAD_TRANSPORT_HEADER, offset: 13, len: 1, dreg: NFT_REG_1 });
        out.push({ name: 'bitwise', sreg: NFT_REG_1, dreg: NFT_REG_1, len: 1, mask: new Uint8Array([num(i, 'flgMask')]), xor: new Uint8Array(1) });
        out.push({ name: 'cmp', sreg: NFT_REG_1, op: inv & 4 ? NFT_CMP_NEQ : NFT_CMP_EQ, data: new Uint8Array([num(i, 'flgCmp')]) });
      }
      out.push(...portExprs(0, num(i, 'sptLo'), num(i, 'sptHi'), (inv & 1) !== 0), ...portExprs(2, num(i, 'dptLo'), num(i, 'dptHi'), (inv & 2) !== 0));
      return out;
    }
    case 'mark': {
      const out: NftExprMsg[] = [{ name: 'meta', key: NFT_META_MARK, dreg: NFT_REG_1 }];
      const mask = num(i, 'mask');
      if (mask !== 0xffffffff) out.push({ name: 'bitwise', sreg: NFT_REG_1, dreg: NFT_REG_1, len: 4, mask: u32le(mask), xor: new Uint8Array(4) });
      out.push({ name: 'cmp', sreg: NFT_REG_1, op: i['invert'] === true ? NFT_CMP_NEQ : NFT_CMP_EQ, data: u32le((num(i, 'mark') & mask) >>> 0) });
      return out;
    }
    case 'limit': {
      const avg = num(i, 'avg');
      let k = 1;
      for (; k < RATES.length; k++) if (avg > RATES[k]![1] || Math.floor(RATES[k]![1] / avg) < RATES[k]![1] % avg) break;
      const mult = RATES[k - 1]![1];
      return [{ name: 'limit', rate: BigInt(Math.floor(mult / avg)), unit: BigInt(mult / XT_LIMIT_SCALE), burst: num(i, 'burst'), type: NFT_LIMIT_PKTS, flags: i['invert'] === true ? NFT_LIMIT_F_INV : 0 }];
    }
  }
  return [{ name: 'match', xtName: m.ext.realName ?? m.ext.name, rev: m.ext.revision, info: i as XtInfo }];
}

/** The expressions of a rule (nft_rule_new()). */
export function ruleToExprs(r: IptRule): NftExprMsg[] {
  const out: NftExprMsg[] = [];
  if (r.iniface) out.push(...ifaceExprs(NFT_META_IIFNAME, r.iniface, r.invIn));
  if (r.outiface) out.push(...ifaceExprs(NFT_META_OIFNAME, r.outiface, r.invOut));
  if (r.proto || r.invProto) {
    out.push({ name: 'meta', key: NFT_META_L4PROTO, dreg: NFT_REG_1 });
    out.push({ name: 'cmp', sreg: NFT_REG_1, op: r.invProto ? NFT_CMP_NEQ : NFT_CMP_EQ, data: new Uint8Array([r.proto]) });
  }
  if (r.smsk || r.invSrc) out.push(...addrExprs(12, r.src, r.smsk, r.invSrc));
  if (r.dmsk || r.invDst) out.push(...addrExprs(16, r.dst, r.dmsk, r.invDst));
  if (r.frag) {
    // nft_ipv4_add(): the 13 offset bits of frag_off, non-zero for a later fragment.
    out.push({ name: 'payload', base: NFT_PAYLOAD_NETWORK_HEADER, offset: Iph.FragOff, len: 2, dreg: NFT_REG_1 });
    out.push({ name: 'bitwise', sreg: NFT_REG_1, dreg: NFT_REG_1, len: 2, mask: u16be(IP_OFFSET), xor: new Uint8Array(2) });
    out.push({ name: 'cmp', sreg: NFT_REG_1, op: r.invFrag ? NFT_CMP_EQ : NFT_CMP_NEQ, data: new Uint8Array(2) });
  }
  for (const m of r.matches) out.push(...matchExprs(m));
  out.push({ name: 'counter', packets: BigInt(r.pkts), bytes: BigInt(r.bytes) });
  const t = r.target;
  if (t === 'ACCEPT') out.push({ name: 'immediate', dreg: 0, verdict: { code: NF_ACCEPT } });
  else if (t === 'DROP') out.push({ name: 'immediate', dreg: 0, verdict: { code: NF_DROP } });
  else if (t === 'RETURN') out.push({ name: 'immediate', dreg: 0, verdict: { code: NFT_RETURN } });
  else if (r.targetExt) out.push({ name: 'target', xtName: r.targetExt.realName ?? r.targetExt.name, rev: r.targetExt.revision, info: (r.targetInfo ?? {}) as XtInfo });
  else if (t) out.push({ name: 'immediate', dreg: 0, verdict: { code: r.goto ? NFT_GOTO : NFT_JUMP, chain: t } });
  return out;
}

/** Where the last load came from, for the cmp/range that follows (struct nft_xt_ctx). */
interface Ctx {
  load: { kind: 'meta'; key: number } | { kind: 'payload'; base: number; offset: number; len: number } | null;
  mask: Uint8Array | null;
}

/**
 * nft_create_match(): the match a native expression adds to; the tcp and udp ports join the one
 * there is (reuse), a mark or a limit is a match of its own each time.
 */
function matchOf(r: IptRule, name: string, reuse = true): Info {
  const have = reuse ? r.matches.find((m) => m.ext.name === name) : undefined;
  if (have) return have.info;
  const ext = MATCHES.get(name)!;
  const info = ext.init();
  r.matches.push({ ext, info });
  return info;
}

function ifaceOf(d: Uint8Array): string {
  let s = '';
  for (const c of d) {
    if (c === 0) return s;
    s += String.fromCharCode(c);
  }
  return s + '+';
}

function applyCmp(r: IptRule, ctx: Ctx, op: number, d: Uint8Array): void {
  const inv = op === NFT_CMP_NEQ;
  const l = ctx.load;
  if (!l) return;
  if (l.kind === 'meta') {
    if (l.key === NFT_META_IIFNAME) Object.assign(r, { iniface: ifaceOf(d), invIn: inv });
    else if (l.key === NFT_META_OIFNAME) Object.assign(r, { outiface: ifaceOf(d), invOut: inv });
    else if (l.key === NFT_META_L4PROTO) Object.assign(r, { proto: d[0] ?? 0, invProto: inv });
    else if (l.key === NFT_META_MARK) Object.assign(matchOf(r, 'mark', false), { mark: le(d), mask: ctx.mask ? le(ctx.mask) : 0xffffffff, invert: inv });
    return;
  }
  if (l.base === NFT_PAYLOAD_NETWORK_HEADER && l.offset === Iph.FragOff) {
    Object.assign(r, { frag: true, invFrag: !inv });
    return;
  }
  if (l.base === NFT_PAYLOAD_NETWORK_HEADER && (l.offset === 12 || l.offset === 16)) {
    // A load of fewer bytes than the address is a prefix of those bytes (add_addr()).
    const mask = ctx.mask ? be(ctx.mask) : l.len >= 4 ? 0xffffffff : l.len ? (0xffffffff << (32 - 8 * l.len)) >>> 0 : 0;
    const a = l.len >= 4 ? be(d) : (be(d) * 2 ** (8 * (4 - l.len))) >>> 0;
    if (l.offset === 12) Object.assign(r, { src: a, smsk: mask, invSrc: inv });
    else Object.assign(r, { dst: a, dmsk: mask, invDst: inv });
    return;
  }
  if (l.base === NFT_PAYLOAD_TRANSPORT_HEADER) {
    const m = matchOf(r, r.proto === 17 ? 'udp' : 'tcp');
    if (l.offset === 13) Object.assign(m, { flgMask: ctx.mask?.[0] ?? 0xff, flgCmp: d[0] ?? 0, invflags: num(m, 'invflags') | (inv ? 4 : 0) });
    else if (op === NFT_CMP_LTE) portRange(m, l.offset, 0, be(d), false);
    else if (op === NFT_CMP_GT) portRange(m, l.offset, be(d) + 1, 0xffff, false);
    else portRange(m, l.offset, be(d), be(d), inv);
  }
}

function portRange(m: Info, off: number, lo: number, hi: number, inv: boolean): void {
  if (off === 0) Object.assign(m, { sptLo: lo, sptHi: hi, invflags: num(m, 'invflags') | (inv ? 1 : 0) });
  else Object.assign(m, { dptLo: lo, dptHi: hi, invflags: num(m, 'invflags') | (inv ? 2 : 0) });
}

function applyVerdict(r: IptRule, code: number, chain: string | undefined): void {
  if (code === NF_ACCEPT) r.target = 'ACCEPT';
  else if (code === NF_DROP) r.target = 'DROP';
  else if (code === NFT_RETURN) r.target = 'RETURN';
  else if (code === NFT_JUMP || code === NFT_GOTO) {
    r.target = chain ?? '';
    r.goto = code === NFT_GOTO;
  }
}

/** nft_rule_to_iptables_command_state() */
export function exprsToRule(exprs: readonly NftExprMsg[]): IptRule {
  const r = newRule();
  const ctx: Ctx = { load: null, mask: null };
  for (const e of exprs) {
    switch (e.name) {
      case 'meta':
        if (e.dreg !== undefined) ctx.load = { kind: 'meta', key: e.key };
        ctx.mask = null;
        break;
      case 'payload':
        ctx.load = { kind: 'payload', base: e.base, offset: e.offset, len: e.len };
        ctx.mask = null;
        break;
      case 'bitwise':
        ctx.mask = e.mask;
        break;
      case 'cmp':
        applyCmp(r, ctx, e.op, e.data);
        break;
      case 'range':
        if (ctx.load?.kind === 'payload') portRange(matchOf(r, r.proto === 17 ? 'udp' : 'tcp'), ctx.load.offset, be(e.from), be(e.to), e.op === NFT_RANGE_NEQ);
        break;
      case 'counter':
        r.pkts = Number(e.packets ?? 0n);
        r.bytes = Number(e.bytes ?? 0n);
        break;
      case 'limit': {
        const info = matchOf(r, 'limit', false);
        Object.assign(info, { avg: Math.floor((XT_LIMIT_SCALE * Number(e.unit)) / Number(e.rate)), burst: e.burst, invert: (e.flags & NFT_LIMIT_F_INV) !== 0 });
        break;
      }
      case 'immediate':
        if (e.verdict) applyVerdict(r, e.verdict.code, e.verdict.chain);
        break;
      case 'match': {
        const ext = MATCHES.get(ctAliasName(e.xtName, e.info as Info));
        if (ext) r.matches.push({ ext, info: { ...(e.info as Info) } });
        break;
      }
      case 'target': {
        const ext = TARGETS.get(ctAliasName(e.xtName, e.info as Info));
        if (ext) Object.assign(r, { target: ext.name, targetExt: ext, targetInfo: { ...(e.info as Info) } });
        break;
      }
      default:
        break;
    }
  }
  return r;
}
