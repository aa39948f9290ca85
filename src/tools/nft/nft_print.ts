/**
 * `nft list`: tables, chains and rules as nftables 1.0.6 prints them,
 * rules decoded from their expressions (netlink_delinearize) with the
 * payload dependency ("meta l4proto tcp" before "tcp dport") elided and
 * iptables-nft's x_tables expressions shown through their translations.
 * @nftables src/rule.c, src/netlink_delinearize.c, src/xt.c
 */
import { xtExtText } from './nft_xt_ext.js';
import { ctCmpText, ctSetText, xtCtText } from './nft_xt_ct.js';
import { ipToString } from '../../wire/ipv4.js';
import { inetProtoN2a } from '../ip/inet_proto.js';
import { ICMP_CODES } from '../iptables/ipt_ext.js';
import { REJECT_NAMES } from '../iptables/ipt_targets.js';
import { natXlate } from '../iptables/ipt_nat.js';
import type { NftChainMsg, NftExprMsg, NftRuleMsg, NftSetMsg, NftTableMsg, XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import {
  NFT_SET_ANONYMOUS, NFT_FIB_RESULT_ADDRTYPE, NFT_FIB_RESULT_OIF, NFT_FIB_RESULT_OIFNAME, NFTA_FIB_F_DADDR, NFTA_FIB_F_IIF,
  NFTA_FIB_F_MARK, NFTA_FIB_F_OIF, NFTA_FIB_F_PRESENT, NFTA_FIB_F_SADDR,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { FIB_ADDRTYPES, elemsText, setText, timeText } from './nft_set.js';
import {
  NFT_CMP_EQ, NFT_CMP_GT, NFT_CMP_GTE, NFT_CMP_LT, NFT_CMP_LTE, NFT_CMP_NEQ, NFT_GOTO, NFT_JUMP, NFT_META_IIFNAME,
  NFT_META_L4PROTO, NFT_META_MARK, NFT_META_OIFNAME, NFT_META_PRIORITY, NFT_PAYLOAD_NETWORK_HEADER, NFT_PAYLOAD_TRANSPORT_HEADER,
  NFT_RANGE_NEQ, NFT_REG32_00, NFT_REJECT_TCP_RST, NFT_DYNSET_OP_ADD, NFT_RETURN, NFT_META_LEN,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { NF_ACCEPT, NF_DROP, NFPROTO_ARP } from '../../uapi/linux/netfilter.js';

export const FAMILY_NAMES: Readonly<Record<number, string>> = { 1: 'inet', 2: 'ip', 3: 'arp', 5: 'netdev', 7: 'bridge', 10: 'ip6' };
const HOOKS = ['prerouting', 'input', 'forward', 'output', 'postrouting'];
const ARP_HOOKS = ['input', 'output'];

/** Standard priority names (nft's chain_priority_names, filter/nat per hook). */
function prioName(prio: number, type: string, hooknum: number): string {
  const names: [string, number][] = type === 'nat' ? [['dstnat', -100], ['srcnat', 100]] : [['raw', -300], ['mangle', -150], ['dstnat', -100], ['filter', 0], ['security', 50], ['srcnat', 100]];
  for (const [n, v] of names) {
    // std_prio_family_hook_compat(): dstnat names a priority at prerouting only, srcnat at postrouting only.
    if ((n === 'dstnat' && hooknum !== 0) || (n === 'srcnat' && hooknum !== 4)) continue;
    if (prio === v) return n;
    if (Math.abs(prio - v) <= 10) return prio > v ? `${n} + ${prio - v}` : `${n} - ${v - prio}`;
  }
  return String(prio);
}

const be = (d: Uint8Array): number => d.reduce((a, x) => a * 256 + x, 0);
const le = (d: Uint8Array): number => d.reduceRight((a, x) => a * 256 + x, 0);
const hex8 = (v: number): string => `0x${(v >>> 0).toString(16).padStart(8, '0')}`;
const OPS: Record<number, string> = { [NFT_CMP_EQ]: '', [NFT_CMP_NEQ]: '!= ', [NFT_CMP_LT]: '< ', [NFT_CMP_LTE]: '<= ', [NFT_CMP_GT]: '> ', [NFT_CMP_GTE]: '>= ' };
const TCP_FLAGS = ['fin', 'syn', 'rst', 'psh', 'ack', 'urg', 'ecn', 'cwr'];

function tcpFlags(v: number): string {
  const out: string[] = [];
  for (let i = 0; i < 8; i++) if (v & (1 << i)) out.push(TCP_FLAGS[i]!);
  return out.join(',');
}

/**
 * A test of TCP flags under a mask, as nft's delinearize leaves it: a zero
 * value is a flag test ("! MASK" for ==, "MASK" for !=), one flag against
 * itself stays "& FLAG == FLAG", the rest is "VALUE / MASK".
 * @nftables src/netlink_delinearize.c relational_binop_postprocess()
 */
function tcpFlagsCmp(neq: boolean, value: number, mask: number): string {
  if (value === 0) return `tcp flags ${neq ? '' : '! '}${tcpFlags(mask)}`;
  if (value === mask && (mask & (mask - 1)) === 0) return `tcp flags & ${tcpFlags(mask)} ${neq ? '!=' : '=='} ${tcpFlags(value)}`;
  return `tcp flags ${neq ? '!= ' : ''}${tcpFlags(value)} / ${tcpFlags(mask)}`;
}

function icmpTypeName(t: number): string {
  return ICMP_CODES.find((c) => c[1] === t && c[2] === 0 && c[3] === 0xff && c[0] !== 'any')?.[0] ?? String(t);
}

type Load = { kind: 'meta'; key: number } | { kind: 'payload'; base: number; offset: number; len: number } | { kind: 'ct'; key: number; dir: number | undefined }
  | { kind: 'fib'; flags: number; result: number };

interface Ctx {
  load: Load | null;
  mask: Uint8Array | null;
  l4: number;
  /** Index in `out` of a "meta l4proto X" that a transport match may elide. */
  dep: number;
  imm: Uint8Array | null;
  /** The table's family: payloads of an arp table are ARP header fields. */
  family: number;
  /** What immediates loaded into each register (for nat statements). */
  regs: Map<number, Uint8Array>;
  /** The table's sets: anonymous ones print inline. */
  sets: readonly NftSetMsg[];
  /** What a data map lookup left in a register ("ip saddr map @m"), for the statement that reads it. */
  mapped: Map<number, string>;
  /** The loads of a concatenation: the first into NFT_REG_1, the next into the 32-bit registers after it. */
  concat: Load[];
  /** if_indextoname() in the listing's namespace (a fib oif value prints as the device's name). */
  ifName?: ((ifindex: number) => string | null) | undefined;
}

/** fib_expr_print(): the keys in flag order joined by " . ", then the result. */
function fibText(l: { flags: number; result: number }): string {
  const keys = ([[NFTA_FIB_F_SADDR, 'saddr'], [NFTA_FIB_F_DADDR, 'daddr'], [NFTA_FIB_F_MARK, 'mark'], [NFTA_FIB_F_IIF, 'iif'], [NFTA_FIB_F_OIF, 'oif']] as const)
    .filter(([bit]) => l.flags & bit).map(([, name]) => name);
  const result = l.result === NFT_FIB_RESULT_OIF ? 'oif' : l.result === NFT_FIB_RESULT_OIFNAME ? 'oifname' : l.result === NFT_FIB_RESULT_ADDRTYPE ? 'type' : 'unknown';
  return `fib ${keys.join(' . ')} ${result}`;
}

/** A fib result compared with a value: exists/missing (PRESENT), a device (by name when it exists), a name, an address type. */
function fibCmpText(l: { flags: number; result: number }, op: number, d: Uint8Array, c: Ctx): string {
  let v: string;
  if (l.flags & NFTA_FIB_F_PRESENT) v = d[0] ? 'exists' : 'missing';
  else if (l.result === NFT_FIB_RESULT_OIFNAME) v = value('oifname', d, null);
  else if (l.result === NFT_FIB_RESULT_ADDRTYPE) v = FIB_ADDRTYPES[le(d)] ?? String(le(d));
  else {
    const name = le(d) ? c.ifName?.(le(d)) : null;
    v = name ? `"${name}"` : String(le(d));
  }
  return `${fibText(l)} ${OPS[op] ?? ''}${v}`;
}

/** nat_stmt_print(): snat/dnat/masquerade/redirect with the range from the registers. */
function natText(e: Extract<NftExprMsg, { name: 'nat' | 'masq' | 'redir' }>, c: Ctx): string {
  const word = e.name === 'nat' ? (e.type === 0 ? 'snat' : 'dnat') : e.name === 'masq' ? 'masquerade' : 'redirect';
  const reg = (r: number | undefined): Uint8Array | undefined => (r === undefined ? undefined : c.regs.get(r));
  let range = '';
  const mapped = e.name === 'nat' && e.sregAddrMin !== undefined ? c.mapped.get(e.sregAddrMin) : undefined;
  if (mapped) range += mapped;
  else if (e.name === 'nat') {
    const a = reg(e.sregAddrMin);
    const b = reg(e.sregAddrMax);
    if (a) range += ipToString(be(a)) + (b && be(b) !== be(a) ? `-${ipToString(be(b))}` : '');
  }
  const p = reg(e.sregProtoMin);
  const q = reg(e.sregProtoMax);
  if (p) range += `:${be(p)}` + (q && be(q) !== be(p) ? `-${be(q)}` : '');
  let s = word + (range ? ` to ${range}` : '');
  const words: string[] = [];
  const f = e.flags ?? 0;
  if (f & 4) words.push('random');
  if (f & 16) words.push('fully-random');
  if (f & 8) words.push('persistent');
  if (words.length) s += ` ${words.join(',')}`;
  return s;
}

/** nft's arp header template (proto_arp): fields by offset, for an Ethernet/IPv4 ARP. */
const ARP_FIELDS: Readonly<Record<number, string>> = {
  0: 'arp htype', 2: 'arp ptype', 4: 'arp hlen', 5: 'arp plen', 6: 'arp operation', 8: 'arp saddr ether', 14: 'arp saddr ip', 18: 'arp daddr ether', 24: 'arp daddr ip',
};
const ARP_OPS = ['', 'request', 'reply', 'rrequest', 'rreply', '', '', '', 'inrequest', 'inreply', 'nak'];

function selector(l: Load, c: Ctx): string | null {
  if (l.kind === 'ct') return null;
  if (l.kind === 'fib') return fibText(l);
  if (l.kind === 'meta') {
    return l.key === NFT_META_L4PROTO ? 'meta l4proto' : l.key === NFT_META_IIFNAME ? 'iifname' : l.key === NFT_META_OIFNAME ? 'oifname' : l.key === NFT_META_MARK ? 'meta mark' : l.key === NFT_META_LEN ? 'meta length' : l.key === NFT_META_PRIORITY ? 'meta priority' : null;
  }
  if (l.base === NFT_PAYLOAD_NETWORK_HEADER && c.family === NFPROTO_ARP) return ARP_FIELDS[l.offset] ?? null;
  if (l.base === NFT_PAYLOAD_NETWORK_HEADER) return ({ 12: 'ip saddr', 16: 'ip daddr', 9: 'ip protocol', 8: 'ip ttl', 1: 'ip dscp', 6: 'ip frag-off' } as Record<number, string>)[l.offset] ?? null;
  if (l.base === NFT_PAYLOAD_TRANSPORT_HEADER) {
    const p = c.l4 === 6 ? 'tcp' : c.l4 === 17 ? 'udp' : c.l4 === 1 ? 'icmp' : null;
    // proto_th: the ports of a transport header whose protocol is not known (an inverted -p) are "th sport"/"th dport".
    if (!p) return c.l4 === -1 && l.len === 2 ? (l.offset === 0 ? 'th sport' : l.offset === 2 ? 'th dport' : null) : null;
    if (p === 'icmp') return l.offset === 0 ? 'icmp type' : l.offset === 1 ? 'icmp code' : null;
    return l.offset === 0 ? `${p} sport` : l.offset === 2 ? `${p} dport` : p === 'tcp' && l.offset === 13 ? 'tcp flags' : null;
  }
  return null;
}

function value(sel: string, d: Uint8Array, mask: Uint8Array | null): string {
  if (sel === 'iifname' || sel === 'oifname') {
    let s = '';
    for (const ch of d) {
      if (ch === 0) return `"${s}"`;
      s += String.fromCharCode(ch);
    }
    return `"${s}*"`;
  }
  if (sel === 'meta l4proto' || sel === 'ip protocol') return inetProtoN2a(d[0] ?? 0).replace(/^ipproto-/, '');
  if (sel === 'meta mark') return hex8(le(d));
  if (sel === 'meta length') return String(le(d));
  if (sel === 'meta priority') return tcHandleText(le(d));
  if (sel === 'icmp type') return icmpTypeName(d[0] ?? 0);
  if (sel === 'arp operation') return ARP_OPS[be(d)] || String(be(d));
  if (sel === 'arp saddr ip' || sel === 'arp daddr ip') return value('ip addr', d, mask);
  if (sel === 'tcp flags') return tcpFlags(d[0] ?? 0) + (mask ? ` / ${tcpFlags(mask[0] ?? 0)}` : '');
  // A load of the address's first bytes is a prefix of them (payload_expr_complete()'s byte-aligned match).
  if ((sel === 'ip saddr' || sel === 'ip daddr') && d.length < 4) return `${ipToString((be(d) * 2 ** (8 * (4 - d.length))) >>> 0)}/${8 * d.length}`;
  if (sel.startsWith('ip ') && d.length === 4) {
    const m = mask ? be(mask) : 0xffffffff;
    let len = 0;
    while (len < 32 && (m >>> (31 - len)) & 1) len++;
    return ipToString(be(d)) + (len < 32 ? `/${len}` : '');
  }
  return String(be(d));
}

/**
 * icmp_xlate() of libipt_icmp.c: "any" is "ip protocol icmp"; otherwise
 * type_xlate_print() needs a named code range of the type (a single code
 * has none: nft then prints the xt match).
 */
function icmpXlate(type: number, codeMin: number, codeMax: number, invert: boolean): string | null {
  if (type === 0xff) return 'ip protocol icmp';
  const named = codeMin !== codeMax ? ICMP_CODES.find((x) => x[1] === type && x[2] === codeMin && x[3] === codeMax) : undefined;
  return named ? `icmp type ${invert ? '!= ' : ''}${named[0]}` : null;
}

/**
 * __multiport_xlate_v1(): sport or dport, a lone range bare, several in a
 * set, each range "lo-hi"; --ports (XT_MULTIPORT_EITHER) a set of
 * "sport . dport" pairs, every port entry (range ends alike) once each way,
 * its inversion not shown.
 */
function multiportXlate(proto: string, i: XtInfo): string | null {
  const flags = typeof i['flags'] === 'number' ? i['flags'] : 0;
  const ports = i['ports'] as number[];
  if (flags === 3) return `${proto} sport . ${proto} dport { ${ports.map((p) => `0-65535 . ${p}, ${p} . 0-65535`).join(', ')} }`;
  if (flags !== 1 && flags !== 2) return null;
  const pflags = i['pflags'] as number[];
  const items: string[] = [];
  for (let k = 0; k < ports.length; k++) items.push(pflags[k] ? `${ports[k]}-${ports[++k]}` : String(ports[k]));
  const set = ports.length > 2 || (ports.length > 1 && !pflags[0]);
  return `${proto} ${flags === 1 ? 'sport' : 'dport'} ${i['invert'] ? '!= ' : ''}${set ? `{ ${items.join(', ')} }` : items.join('')}`;
}

/** __tos_xlate(): a full DSCP mask sets the value, else and/or/xor forms of the DSCP bits ("0x%02x" each). */
function tosXlate(ip: string, tos: number, mask: number): string {
  const x = (v: number): string => `0x${v.toString(16).padStart(2, '0')}`;
  const notMask = (~mask & 0xff) >> 2;
  let v: string;
  if ((mask & 0x3f) === 0x3f) v = x(tos >> 2);
  else if (!tos) v = `${ip} dscp and ${x(notMask)}`;
  else if (tos === mask) v = `${ip} dscp or ${x(tos >> 2)}`;
  else if (!mask) v = `${ip} dscp xor ${x(tos >> 2)}`;
  else v = `${ip} dscp and ${x(notMask)} xor ${x(tos >> 2)}`;
  return `${ip} dscp set ${v}`;
}

/** log_tg_xlate()'s flags: "all" for every one (IPT_LOG_MASK), else tcp sequence/options, ip options, skuid, ether. */
function logFlagsXlate(f: number): string {
  if ((f & 0x2f) === 0x2f) return ' flags all';
  let s = '';
  if (f & 3) s += ` flags tcp${f & 1 ? ' sequence' : ''}${f & 2 ? `${f & 1 ? ',' : ' '}options` : ''}`;
  if (f & 4) s += ' flags ip options';
  if (f & 8) s += ' flags skuid';
  if (f & 0x20) s += ' flags ether';
  return s;
}

/** mark_tg_xlate() of libxt_MARK.c revision 2: the set, and, or, xor forms, else and-then-xor ("0x%x" each). */
function markTgXlate(mark: number, mask: number): string {
  const x = (v: number): string => `0x${(v >>> 0).toString(16)}`;
  if (mask >>> 0 === 0xffffffff) return `meta mark set ${x(mark)}`;
  if (mark === 0) return `meta mark set mark and ${x(~mask)}`;
  if (mark === mask) return `meta mark set mark or ${x(mark)}`;
  if (mask === 0) return `meta mark set mark xor ${x(mark)}`;
  return `meta mark set mark and ${x(~mask)} xor ${x(mark)}`;
}

/** The translation nft shows for an x_tables match or target (xt.c via libxtables *_xlate). */
function xtText(e: Extract<NftExprMsg, { name: 'match' | 'target' }>, c: Ctx): string {
  const i: XtInfo = e.info;
  const n = (k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
  const ctText = xtCtText(e.name, e.xtName, i);
  const ct = ctText !== undefined ? ctText : xtExtText(e.name, e.xtName, i);
  if (ct !== undefined) return ct ?? `xt ${e.name} ${e.xtName}`;
  switch (e.xtName) {
    case 'icmp': return icmpXlate(n('type'), n('codeMin'), n('codeMax'), i['invert'] === true) ?? `xt ${e.name} ${e.xtName}`;
    case 'length': return `meta length ${i['invert'] ? '!= ' : ''}${n('min') === n('max') ? n('min') : `${n('min')}-${n('max')}`}`;
    // ttl_mt_xlate() of libipt_ttl.c: "ip ttl", "ip ttl !=", "ip ttl lt", "ip ttl gt".
    case 'ttl': return `ip ttl ${['', '!= ', 'lt ', 'gt '][n('mode')]}${n('ttl')}`;
    // comment_xt_xlate() puts the text in the translation's comment, which nft's xt statement does not print.
    case 'comment': return '';
    case 'multiport': return multiportXlate(c.l4 >= 0 ? inetProtoN2a(c.l4).replace(/^ipproto-/, '') : 'tcp', i) ?? `xt ${e.name} ${e.xtName}`;
    case 'REJECT': {
      const w = n('with');
      if (w === 3) return 'reject';
      if (w === 7) return 'reject with tcp reset';
      // reject_xlate() of libipt_REJECT.c names nft's icmp codes: protocol unreachable is "prot-unreachable".
      return `reject with icmp type ${w === 2 ? 'prot-unreachable' : (REJECT_NAMES[w]?.[0] ?? '').replace(/^icmp-/, '')}`;
    }
    case 'LOG': return `log${i['prefix'] ? ` prefix "${String(i['prefix'])}"` : ''}${n('level') !== 4 ? ` level ${['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug'][n('level')]}` : ''}${logFlagsXlate(n('logflags'))}`;
    case 'MARK': return markTgXlate(n('mark'), n('mask'));
    // CLASSIFY_xlate(): TC_H_ROOT, TC_H_UNSPEC, else MAJOR:MINOR in hex.
    case 'CLASSIFY': {
      const h = n('priority') >>> 0;
      return `meta priority set ${h === 0xffffffff ? 'root' : h === 0 ? 'none' : `${(h >>> 16).toString(16)}:${(h & 0xffff).toString(16)}`}`;
    }
    // tos_xlate6() -> __tos_xlate(xl, "ip6", ...), which iptables 1.8.9 gives revision 1 for IPv4 too.
    case 'TOS': return tosXlate('ip6', n('value'), n('mask'));
    case 'SNAT': case 'DNAT': case 'MASQUERADE': case 'REDIRECT': return natXlate(e.xtName, i as Record<string, number>) ?? `xt ${e.name} ${e.xtName}`;
    case 'statistic':
      if (n('mode') === 0) return `meta random & 2147483647 ${n('flags') & 1 ? '>=' : '<'} ${n('probability')}`;
      return `numgen inc mod ${n('every') + 1} ${n('flags') & 1 ? '!= ' : ''}${n('packet')}`;
    case 'NFLOG':
      return `log${i['prefix'] ? ` prefix "${String(i['prefix'])}"` : ''} group ${n('group')}${n('flags') & 1 ? ` snaplen ${n('len')}` : ''}${n('threshold') ? ` queue-threshold ${n('threshold')}` : ''}`;
    case 'NFQUEUE': {
      const q = n('total') > 1 ? `${n('num')}-${n('num') + n('total') - 1}` : String(n('num'));
      const flags = [n('flags') & 1 ? 'bypass' : '', n('flags') & 2 ? 'fanout' : ''].filter(Boolean).join(',');
      return `queue num ${q}${flags ? ` ${flags}` : ''}`;
    }
    default: return `xt ${e.name} ${e.xtName}`;
  }
}

/**
 * A payload nft has no field for (a header whose protocol is not known):
 * the raw "@BASE,OFFSET,LENGTH" in bits, values in hex, a mask written
 * with its operator (payload_expr_print() of a raw payload).
 */
function rawPayloadCmp(l: { base: number; offset: number; len: number }, mask: Uint8Array | null, op: number, data: Uint8Array): string {
  const base = l.base === NFT_PAYLOAD_TRANSPORT_HEADER ? 'th' : l.base === NFT_PAYLOAD_NETWORK_HEADER ? 'nh' : 'll';
  const hex = (d: Uint8Array): string => `0x${be(d).toString(16)}`;
  const sel = `@${base},${l.offset * 8},${l.len * 8}`;
  return mask ? `${sel} & ${hex(mask)} ${op === NFT_CMP_NEQ ? '!=' : '=='} ${hex(data)}` : `${sel} ${OPS[op] ?? ''}${hex(data)}`;
}

function verdict(code: number, chain: string | undefined): string {
  if (code === NF_ACCEPT) return 'accept';
  if (code === NF_DROP) return 'drop';
  if (code === NFT_RETURN) return 'return';
  if (code === NFT_JUMP) return `jump ${chain}`;
  if (code === NFT_GOTO) return `goto ${chain}`;
  return 'continue';
}

/** One rule's statements (netlink_delinearize_rule + rule_print). */
export function ruleText(exprs: readonly NftExprMsg[], family = 2, sets: readonly NftSetMsg[] = [], ifName?: (ifindex: number) => string | null): string {
  const out: string[] = [];
  const c: Ctx = { load: null, mask: null, l4: -1, dep: -1, imm: null, family, regs: new Map(), sets, mapped: new Map(), concat: [], ifName };
  for (const e of exprs) {
    switch (e.name) {
      case 'meta':
        if (e.sreg !== undefined) out.push(`meta ${e.key === NFT_META_MARK ? 'mark' : 'priority'} set ${c.mapped.get(e.sreg) ?? (c.imm ? hex8(le(c.imm)) : '?')}`);
        else c.load = { kind: 'meta', key: e.key };
        c.mask = null;
        break;
      case 'payload':
        if (e.base === NFT_PAYLOAD_TRANSPORT_HEADER && c.dep >= 0) {
          out.splice(c.dep, 1);
          c.dep = -1;
        }
        c.load = { kind: 'payload', base: e.base, offset: e.offset, len: e.len };
        if (e.dreg > NFT_REG32_00) c.concat.push(c.load);
        else c.concat = [c.load];
        c.mask = null;
        break;
      case 'bitwise':
        c.mask = e.mask;
        break;
      case 'fib':
        c.load = { kind: 'fib', flags: e.flags, result: e.result };
        c.concat = [c.load];
        c.mask = null;
        break;
      case 'cmp': {
        if (c.load?.kind === 'fib') {
          out.push(fibCmpText(c.load, e.op, e.data, c));
          break;
        }
        if (c.load?.kind === 'ct') {
          out.push(ctCmpText(c.load.key, c.load.dir, c.mask, e.op, e.data));
          break;
        }
        const sel = c.load ? selector(c.load, c) : null;
        if (!sel) {
          out.push(c.load?.kind === 'payload' ? rawPayloadCmp(c.load, c.mask, e.op, e.data) : 'unknown');
          break;
        }
        // A masked value that is no prefix: "SEL & MASK OP VALUE", the operator always written.
        if ((sel === 'meta mark' || sel === 'ip frag-off') && c.mask) {
          const v = sel === 'meta mark' ? (x: Uint8Array): string => hex8(le(x)) : (x: Uint8Array): string => String(be(x));
          out.push(`${sel} & ${v(c.mask)} ${e.op === NFT_CMP_NEQ ? '!=' : '=='} ${v(e.data)}`);
          break;
        }
        if (sel === 'tcp flags' && c.mask && (e.op === NFT_CMP_EQ || e.op === NFT_CMP_NEQ)) {
          out.push(tcpFlagsCmp(e.op === NFT_CMP_NEQ, e.data[0] ?? 0, c.mask[0] ?? 0));
          break;
        }
        const maskForValue = sel === 'tcp flags' ? c.mask : sel.startsWith('ip ') || sel.startsWith('arp ') ? c.mask : null;
        out.push(`${sel} ${OPS[e.op] ?? ''}${value(sel, e.data, maskForValue)}`);
        if (sel === 'meta l4proto' && e.op === NFT_CMP_EQ) {
          c.l4 = e.data[0] ?? -1;
          c.dep = out.length - 1;
        } else if (sel === 'meta l4proto') c.l4 = -1;
        break;
      }
      case 'range': {
        const sel = c.load ? selector(c.load, c) : null;
        out.push(`${sel ?? 'unknown'} ${e.op === NFT_RANGE_NEQ ? '!= ' : ''}${be(e.from)}-${be(e.to)}`);
        break;
      }
      case 'counter':
        out.push(`counter packets ${e.packets ?? 0n} bytes ${e.bytes ?? 0n}`);
        break;
      case 'immediate':
        if (e.verdict) out.push(verdict(e.verdict.code, e.verdict.chain));
        else {
          c.imm = e.data ?? null;
          if (e.data) c.regs.set(e.dreg, e.data);
        }
        break;
      case 'limit': {
        const unit = ({ 1: 'second', 60: 'minute', 3600: 'hour', 86400: 'day' } as Record<number, string>)[Number(e.unit)] ?? 'second';
        out.push(`limit rate ${e.flags ? 'over ' : ''}${e.rate}/${unit}${e.burst !== 5 ? ` burst ${e.burst} packets` : ''}`);
        break;
      }
      case 'ct':
        if (e.sreg !== undefined) out.push(ctSetText(e.key, e.dir, c.imm));
        else c.load = { kind: 'ct', key: e.key, dir: e.dir };
        c.mask = null;
        break;
      case 'notrack':
        out.push('notrack');
        break;
      case 'log':
        // log_stmt_print(): prefix, group, snaplen, queue-threshold
        out.push(`log${e.prefix ? ` prefix "${e.prefix}"` : ''}${e.group !== undefined ? ` group ${e.group}` : ''}${e.snaplen !== undefined ? ` snaplen ${e.snaplen}` : ''}${e.qthreshold !== undefined ? ` queue-threshold ${e.qthreshold}` : ''}`);
        break;
      case 'reject': {
        const names: Record<number, string> = { 0: 'net-unreachable', 1: 'host-unreachable', 2: 'prot-unreachable', 9: 'net-prohibited', 10: 'host-prohibited', 13: 'admin-prohibited' };
        out.push(e.type === NFT_REJECT_TCP_RST ? 'reject with tcp reset' : e.code === 3 ? 'reject' : `reject with icmp ${names[e.code] ?? e.code}`);
        break;
      }
      case 'lookup': {
        const set = c.sets.find((x) => x.name === e.set);
        const ref = set && set.flags & NFT_SET_ANONYMOUS ? elemsText(set) : `@${e.set}`;
        // A data map: the value goes to a register, the statement that reads it prints the expression.
        if (e.dreg !== undefined && e.dreg !== 0) {
          c.mapped.set(e.dreg, `${c.load ? selector(c.load, c) : ''} map ${ref}`);
          break;
        }
        // Linux: the selector's dependency (meta l4proto) stays elided as for a cmp.
        const sel = c.concat.length > 1 ? c.concat.map((l) => selector(l, c)).join(' . ') : c.load ? selector(c.load, c) : '';
        out.push(`${sel} ${e.flags ? '!= ' : ''}${e.dreg === 0 ? 'vmap ' : ''}${ref}`);
        break;
      }
      case 'dynset': {
        const sel = c.load ? selector(c.load, c) : '';
        out.push(`${e.op === NFT_DYNSET_OP_ADD ? 'add' : 'update'} @${e.set} { ${sel}${e.timeout !== undefined ? ` timeout ${timeText(e.timeout)}` : ''} }`);
        break;
      }
      case 'nat':
      case 'masq':
      case 'redir':
        out.push(natText(e, c));
        break;
      case 'match':
      case 'target':
        out.push(xtText(e, c));
        // An x_tables statement keeps the protocol's meta l4proto from being elided by a later payload.
        c.dep = -1;
        break;
    }
  }
  let s = out.join(' ');
  return s;
}

function hookLine(c: NftChainMsg, family: number): string {
  const h = c.hook!;
  const hook = family === NFPROTO_ARP ? ARP_HOOKS[h.hooknum] : HOOKS[h.hooknum];
  return `\t\ttype ${c.type ?? 'filter'} hook ${hook} priority ${prioName(h.priority, c.type ?? 'filter', h.hooknum)}; policy ${c.policy === NF_DROP ? 'drop' : 'accept'};\n`;
}

/** `nft list chains`: a table and its chains' declarations (chain_print_declaration()), each closed at once. */
export function chainsText(t: NftTableMsg, chains: readonly NftChainMsg[], handles: boolean): string {
  let s = `table ${FAMILY_NAMES[t.family] ?? 'ip'} ${t.name} {\n`;
  for (const c of chains) s += `\tchain ${c.name} {${handles ? ` # handle ${c.handle ?? 0n}` : ''}\n${c.hook ? hookLine(c, t.family) : ''}\t}\n`;
  return s + '}\n';
}

/**
 * table_print()'s warning, which goes to octx->error_fp (stderr) before the
 * table: table->has_xt_stmts, set by the x_tables expressions of the rules
 * listed (of the one chain for `list chain`); '' when none.
 */
export function xtWarning(t: NftTableMsg, chains: NftChainMsg[], rules: NftRuleMsg[], only: string | null = null): string {
  const shown = chains.filter((c) => only === null || c.name === only);
  // iptables-nft makes TRACE a native "meta nftrace set 1" and NFLOG a native log expression (add_log(); tuxnet
  // keeps both x_tables targets): no xt statement.
  const native = (x: string): boolean => x === 'TRACE' || x === 'NFLOG';
  const xt = rules.some((r) => shown.some((c) => c.name === r.chain) && r.exprs?.some((e) => e.name === 'match' || (e.name === 'target' && !native(e.xtName))));
  return xt ? `# Warning: table ${FAMILY_NAMES[t.family] ?? 'ip'} ${t.name} is managed by iptables-nft, do not touch!\n` : '';
}

/** One table, its chains (optionally only `only`) and their rules. */
export function tableText(
  t: NftTableMsg, chains: NftChainMsg[], rules: NftRuleMsg[], handles: boolean, only: string | null = null, sets: readonly NftSetMsg[] = [],
  ifName?: (ifindex: number) => string | null,
): string {
  const fam = FAMILY_NAMES[t.family] ?? 'ip';
  const h = (v: bigint | undefined): string => (handles ? ` # handle ${v ?? 0n}` : '');
  const shown = chains.filter((c) => only === null || c.name === only);
  let s = `table ${fam} ${t.name} {${only === null ? h(t.handle) : ''}\n`;
  const named = only === null ? sets.filter((x) => !(x.flags & NFT_SET_ANONYMOUS)) : [];
  named.forEach((x, k) => (s += (k ? '\n' : '') + setText(x)));
  shown.forEach((c, k) => {
    if (k || named.length) s += '\n';
    s += `\tchain ${c.name} {${h(c.handle)}\n`;
    if (c.hook) s += hookLine(c, t.family);
    for (const r of rules) if (r.chain === c.name) s += `\t\t${ruleText(r.exprs ?? [], t.family, sets, ifName)}${h(r.handle)}\n`;
    s += '\t}\n';
  });
  return s + '}\n';
}


/** tchandle_type_print(): "root", "none", else MAJOR:MINOR in hex. */
function tcHandleText(h: number): string {
  if (h >>> 0 === 0xffffffff) return 'root';
  if (h === 0) return 'none';
  return `${(h >>> 16).toString(16)}:${(h & 0xffff).toString(16)}`;
}
