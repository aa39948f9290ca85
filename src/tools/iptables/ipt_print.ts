/**
 * iptables -L (print_header, print_firewall) and -S / iptables-save
 * (save_rule) texts, byte for byte as iptables 1.8.9 (nf_tables).
 * @iptables iptables/xshared.c print_rule_details(), print_header(), iptables/nft-ipv4.c nft_ipv4_save_rule()
 */
import { ipToString } from '../../wire/ipv4.js';
import { inetProtoN2a } from '../ip/inet_proto.js';
import type { ChainView } from './ipt_cache.js';
import type { IptRule } from './ipt_rule.js';

export const FMT_NUMERIC = 0x1;
export const FMT_NOCOUNTS = 0x2;
export const FMT_KILOMEGAGIGA = 0x4;
export const FMT_OPTIONS = 0x8;
export const FMT_NOTABLE = 0x10;
export const FMT_NOTARGET = 0x20;
export const FMT_VIA = 0x40;
export const FMT_LINENUMBERS = 0x100;

const padR = (s: string, w: number): string => s.padEnd(w);
const padL = (s: string, w: number): string => s.padStart(w);

/** xtables_print_num() */
export function printNum(v: number, format: number): string {
  const w = (s: string, n: number): string => (format & FMT_NOTABLE ? s : padL(s, n)) + ' ';
  if (!(format & FMT_KILOMEGAGIGA)) return w(String(v), 8);
  if (v <= 99999) return w(String(v), 5);
  // (number + 500) / 1000 in u64: a count within 500 of 2^64 wraps to almost nothing
  const round = (x: number): number => Math.floor((x + 500 >= 2 ** 64 ? x + 500 - 2 ** 64 : x + 500) / 1000);
  for (const u of ['K', 'M', 'G']) {
    v = round(v);
    if (v <= 9999) return w(String(v), 4).slice(0, -1) + u + ' ';
  }
  return w(String(round(v)), 4).slice(0, -1) + 'T ';
}

export function printHeader(c: ChainView, refs: number, format: number): string {
  let s = `Chain ${c.name}`;
  if (c.builtin) {
    s += ` (policy ${c.policy}`;
    if (!(format & FMT_NOCOUNTS)) s += ` ${printNum(c.pkts, format | FMT_NOTABLE)}packets, ${printNum(c.bytes, format | FMT_NOTABLE)}bytes`;
    s += ')\n';
  } else if (refs < 0) s += ' (ERROR obtaining refs)\n';
  else s += ` (${refs} references)\n`;
  if (format & FMT_LINENUMBERS) s += padR('num', 4) + ' ';
  if (!(format & FMT_NOCOUNTS)) s += format & FMT_KILOMEGAGIGA ? `${padL('pkts', 5)} ${padL('bytes', 5)} ` : `${padL('pkts', 8)} ${padL('bytes', 10)} `;
  s += padR('target', 9) + ' ';
  s += ' prot ';
  if (format & FMT_OPTIONS) s += 'opt';
  if (format & FMT_VIA) s += ` ${padR('in', 6)} ${padR('out', 6)} `;
  s += ` ${padR('source', 19)} `;
  s += ` ${padR('destination', 19)} `;
  return s + '\n';
}

/** xtables_ipmask_to_numeric(): "" for /32, "/N" for a prefix, "/a.b.c.d" otherwise. */
function maskStr(m: number): string {
  if (m === 0xffffffff) return '';
  let cidr = 0;
  while (cidr < 32 && (m >>> (31 - cidr)) & 1) cidr++;
  const contiguous = cidr === 32 || ((m << cidr) >>> 0) === 0;
  return contiguous ? `/${cidr}` : `/${ipToString(m)}`;
}

/** The name of an address without -n (xtables_ipaddr_to_anyname(): a host, then a network), null for none. */
export type IptAddrName = (addr: number) => string | null;

/** print_ipv4_addr(): "anywhere", else the address (its name without -n) and the mask. */
function addrCol(addr: number, mask: number, inv: boolean, format: number, name?: IptAddrName, notab = ''): string {
  let s: string;
  if (mask === 0 && !(format & FMT_NUMERIC)) s = 'anywhere';
  else {
    const a = (addr & mask) >>> 0;
    s = ((format & FMT_NUMERIC ? null : name?.(a)) ?? ipToString(a)) + maskStr(mask);
  }
  if (format & FMT_NOTABLE) return (inv ? '!' : ' ') + notab + s + (notab ? '' : ' ');
  return (inv ? '!' : ' ') + padR(s, 19) + ' ';
}

/** xtables_chain_protos[] */
const CHAIN_PROTOS: ReadonlyMap<number, string> = new Map([
  [6, 'tcp'], [132, 'sctp'], [17, 'udp'], [136, 'udplite'], [1, 'icmp'], [58, 'ipv6-icmp'], [50, 'esp'], [51, 'ah'], [135, 'mh'], [0, 'all'],
]);

function protoName(p: number, numeric: boolean): string | null {
  if (numeric) return null;
  if (p === 0) return 'all';
  const n = inetProtoN2a(p);
  return n.startsWith('ipproto-') ? null : n;
}

/** The "-" printf width of a column (xshared.h FMT(tab, notab): no padding with FMT_NOTABLE). */
function col(s: string, w: number, format: number, notab = ''): string {
  return format & FMT_NOTABLE ? `${notab}${s} ` : padR(s, w) + ' ';
}

/** FMT_PRINT_RULE: the format `iptables -v` echoes a rule it adds, deletes or checks in. */
export const FMT_PRINT_RULE = FMT_NOCOUNTS | FMT_OPTIONS | FMT_VIA | FMT_NUMERIC | FMT_NOTABLE;

/** print_firewall() (nft_ipv4_print_rule()): one rule line of -L. */
export function printRule(r: IptRule, num: number, format: number, name?: IptAddrName): string {
  let s = '';
  if (format & FMT_LINENUMBERS) s += col(String(num), 4, format);
  if (!(format & FMT_NOCOUNTS)) s += printNum(r.pkts, format) + printNum(r.bytes, format);
  s += col(r.targetExt?.realName ?? r.target, 9, format);
  s += r.invProto ? '!' : ' ';
  // print_rule_details(): -n prints the number, except in the echo of a rule (FMT_NOTABLE), which names the protocols of xtables_chain_protos[].
  const pn = format & FMT_NOTABLE ? CHAIN_PROTOS.get(r.proto) : protoName(r.proto, (format & FMT_NUMERIC) !== 0);
  s += col(pn ?? String(r.proto), 4, format);
  // print_fragment()
  if (format & FMT_OPTIONS) s += `${format & FMT_NOTABLE ? 'opt ' : ''}${r.invFrag ? '!' : '-'}${r.frag ? 'f' : '-'} `;
  // print_ifaces()
  if (format & FMT_VIA) {
    const any = format & FMT_NUMERIC ? '*' : 'any';
    s += format & FMT_NOTABLE ? '' : ' ';
    s += col((r.invIn ? '!' : '') + (r.iniface || any), 6, format, 'in ');
    s += col((r.invOut ? '!' : '') + (r.outiface || any), 6, format, 'out ');
  }
  s += addrCol(r.src, r.smsk, r.invSrc, format, name);
  s += addrCol(r.dst, r.dmsk, r.invDst, format, name, '-> ');
  if (format & FMT_NOTABLE) s += '  ';
  if (r.goto) s += '[goto] ';
  const numeric = (format & FMT_NUMERIC) !== 0;
  for (const m of r.matches) s += m.ext.print(m.info, numeric, r.proto);
  if (r.targetExt && r.targetInfo) s += r.targetExt.print(r.targetInfo, numeric);
  return s + '\n';
}

function saveAddr(flag: string, addr: number, mask: number, inv: boolean): string {
  if (mask === 0 && !inv) return '';
  let cidr = 0;
  while (cidr < 32 && (mask >>> (31 - cidr)) & 1) cidr++;
  const m = cidr === 32 || ((mask << cidr) >>> 0) === 0 ? String(cidr) : ipToString(mask);
  return `${inv ? ' !' : ''} ${flag} ${ipToString((addr & mask) >>> 0)}/${m}`;
}

/** save_rule(): "-A CHAIN ..." as -S and iptables-save print it. */
export function saveRule(chain: string, r: IptRule, counters = false): string {
  let s = `-A ${chain}`;
  s += saveAddr('-s', r.src, r.smsk, r.invSrc);
  s += saveAddr('-d', r.dst, r.dmsk, r.invDst);
  if (r.iniface) s += `${r.invIn ? ' !' : ''} -i ${r.iniface}`;
  if (r.outiface) s += `${r.invOut ? ' !' : ''} -o ${r.outiface}`;
  if (r.proto || r.invProto) s += `${r.invProto ? ' !' : ''} -p ${protoName(r.proto, false) ?? String(r.proto)}`;
  if (r.frag) s += `${r.invFrag ? ' !' : ''} -f`;
  for (const m of r.matches) s += ` -m ${m.ext.name}` + m.ext.save(m.info);
  if (counters) s += ` -c ${r.pkts} ${r.bytes}`;
  if (r.target) s += ` ${r.goto ? '-g' : '-j'} ${r.target}`;
  if (r.targetExt && r.targetInfo) s += r.targetExt.save(r.targetInfo);
  return s;
}
