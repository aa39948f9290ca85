/**
 * The iptables extensions (libxt_*.c, libipt_*.c of iptables 1.8.9): their
 * options, what -L prints (print) and what -S/iptables-save print (save).
 * A match's info is the kernel's struct as a typed record (XtInfo).
 * @iptables extensions/libxt_*.c, extensions/libipt_*.c
 */
import { parseIp, ipToString, maskToPrefix } from '../../wire/ipv4.js';
import { getservbyname, getservbyport } from './services.js';
import { inetProtoN2a } from '../ip/inet_proto.js';
import { CT_MATCHES } from './ipt_ct.js';
import { xtablesParseInterface, xtoptMarkmask, xtoptMport, xtoptName, type XtOptTable } from './ipt_xtopt.js';
import { strtoui, strtouiEnd, strtoullPrefix } from './ipt_num.js';
import { owner } from './ipt_owner.js';
import { tcpmss } from './ipt_tcpmss.js';
import { connlimit } from './ipt_connlimit.js';
import { hashlimit } from './ipt_hashlimit.js';
import { quota, u32 } from './ipt_u32.js';
import { time } from './ipt_time.js';
import { connbytes } from './ipt_connbytes.js';
import { ah, cgroup, cpu, devgroup, esp, ipcomp, policy, realm, socket } from './ipt_policy.js';
import { dccp, sctp } from './ipt_sctp.js';
import { setMatch } from './ipt_set.js';

export type Info = Record<string, number | string | boolean | number[]>;

/** What a parse step reports: null when fine, else iptables' error text (exit 2). */
export type ParseErr = string | null;

export interface Ext {
  readonly name: string;
  /** The kernel extension it is an alias of (state → conntrack, NOTRACK → CT). */
  readonly realName?: string;
  readonly revision: number;
  /** Translated to native nf_tables expressions by iptables-nft (nft.c add_nft_*). */
  readonly native?: boolean;
  /** Long options (without "--") and whether they take an argument. */
  readonly opts: Readonly<Record<string, boolean>>;
  init(): Info;
  /** The library's option table (x6_options): the generic once/invert/mandatory/exclusion checks run from it. */
  readonly xtopts?: XtOptTable;
  /** `ctx.warn` writes a warning to stderr (the command goes on). */
  parse(opt: string, arg: string, inv: boolean, info: Info, ctx: { proto: number; invProto?: boolean; warn?: (s: string) => void }): ParseErr;
  /** The extension's own final check (x6_fcheck); `xflags` has the bit of each option id given. */
  final?(info: Info, ctx: { proto: number; xflags: number; warn?: (s: string) => void }): ParseErr;
  /** The -L text; `proto` is the rule's -p (multiport names its ports in that protocol). */
  print(info: Info, numeric: boolean, proto?: number): string;
  save(info: Info): string;
}

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
const b = (i: Info, k: string): boolean => i[k] === true;
const hex = (x: number): string => `0x${(x >>> 0).toString(16)}`;

/** xtables_save_string() */
export function saveString(v: string): string {
  if (/^[_\-0-9a-zA-Z]+$/.test(v)) return ` ${v}`;
  return ` "${v.replace(/(["\\'])/g, '\\$1')}"`;
}

export { strtoui, strtouiEnd } from './ipt_num.js';


/**
 * xtopt_parse_mask() of an XTTYPE_PLENMASK (or an XTTYPE_HOSTMASK's "/mask"): a prefix length
 * 0-32, else a numeric address taken as a netmask (getaddrinfo() reads
 * "64" as 0.0.0.64), whose prefix length is kept: a mask that is not
 * contiguous gives -1, which the shift makes a host mask.
 */
export function parsePlenMask(m: string): number | null {
  const plen = parsePlen(m);
  return plen === null ? null : Math.min(plen, 32);
}

/**
 * xtopt_parse_hostmask() of a numeric address: the address as given (not masked: the kernel masks
 * both sides), "/" and xtopt_parse_mask()'s prefix length or netmask ('mask' when it is neither).
 */
export function parseHostMask(arg: string): [number, number] | 'mask' | null {
  const slash = arg.indexOf('/');
  const addr = parseIp(slash < 0 ? arg : arg.slice(0, slash));
  if (addr === null) return null;
  if (slash < 0) return [addr, 0xffffffff];
  const plen = parsePlenMask(arg.slice(slash + 1));
  return plen === null ? 'mask' : [addr, plen === 0 ? 0 : (0xffffffff << (32 - plen)) >>> 0];
}

/**
 * xtopt_parse_plen() as iptables 1.8.9 has it: the prefix length, or that of
 * a numeric address read as a mask (255, the u8 of -1, when not contiguous).
 */
export function parsePlen(m: string): number | null {
  const plen = strtoui(m, 32);
  if (plen !== null) return plen;
  const mask = inetAton(m);
  if (mask === null) return null;
  return maskToPrefix(mask) ?? 255;
}

/** inet_aton(): "a", "a.b", "a.b.c" or "a.b.c.d", each part in any base, the last one filling the rest. */
export function inetAton(s: string): number | null {
  const parts = s.split('.');
  if (parts.length > 4) return null;
  const vals = parts.map((p) => strtoui(p, 0xffffffff));
  if (vals.some((v) => v === null)) return null;
  const v = vals as number[];
  const last = v[v.length - 1]!;
  if (v.slice(0, -1).some((x) => x > 255) || last >= 2 ** (8 * (5 - v.length))) return null;
  let a = 0;
  for (let k = 0; k < v.length - 1; k++) a += v[k]! * 2 ** (24 - 8 * k);
  return a + last;
}

/** The error of a bad XTTYPE_PLENMASK. */
export const plenMaskErr = (ext: string, opt: string): string => `${ext}: bad value for option "--${opt}", neither a valid network mask nor valid CIDR (0-32).\n`;

/** xtables_parse_port(): a number or a service name (of the protocol, when one is given). */
export function parsePort(s: string, proto?: string): number | null {
  const v = strtoui(s, 65535);
  if (v !== null) return v;
  return getservbyname(s, proto);
}

/** port_to_service(): the service name of the port in the protocol's entries, else the number. */
function portName(p: number, numeric: boolean, proto: string): string {
  return (numeric ? null : getservbyport(p, proto)) ?? String(p);
}

/** ICMP types by name (libipt_icmp.c icmp_codes[]): type, code range. */
export const ICMP_CODES: readonly [string, number, number, number][] = [
  ['any', 0xff, 0, 0xff], ['echo-reply', 0, 0, 0xff], ['destination-unreachable', 3, 0, 0xff],
  ['network-unreachable', 3, 0, 0], ['host-unreachable', 3, 1, 1], ['protocol-unreachable', 3, 2, 2],
  ['port-unreachable', 3, 3, 3], ['fragmentation-needed', 3, 4, 4], ['source-route-failed', 3, 5, 5],
  ['network-unknown', 3, 6, 6], ['host-unknown', 3, 7, 7], ['network-prohibited', 3, 9, 9],
  ['host-prohibited', 3, 10, 10], ['TOS-network-unreachable', 3, 11, 11], ['TOS-host-unreachable', 3, 12, 12],
  ['communication-prohibited', 3, 13, 13], ['host-precedence-violation', 3, 14, 14],
  ['precedence-cutoff', 3, 15, 15], ['source-quench', 4, 0, 0xff], ['redirect', 5, 0, 0xff],
  ['network-redirect', 5, 0, 0], ['host-redirect', 5, 1, 1], ['TOS-network-redirect', 5, 2, 2],
  ['TOS-host-redirect', 5, 3, 3], ['echo-request', 8, 0, 0xff], ['router-advertisement', 9, 0, 0xff],
  ['router-solicitation', 10, 0, 0xff], ['time-exceeded', 11, 0, 0xff], ['ttl-zero-during-transit', 11, 0, 0],
  ['ttl-zero-during-reassembly', 11, 1, 1], ['parameter-problem', 12, 0, 0xff], ['ip-header-bad', 12, 0, 0],
  ['required-option-missing', 12, 1, 1], ['timestamp-request', 13, 0, 0xff], ['timestamp-reply', 14, 0, 0xff],
  ['address-mask-request', 17, 0, 0xff], ['address-mask-reply', 18, 0, 0xff],
];
/**
 * The table xtables_parse_icmp()/__parse_icmp() searches: icmp_codes[] of
 * libxt_icmp.h with its "Alias" rows (pong, ping, ttl-exceeded) after the
 * names they stand for; listings print the first name of a type.
 */
const ICMP_PARSE_CODES: readonly [string, number, number, number][] = ICMP_CODES.flatMap((c) => {
  const alias = ({ 'echo-reply': 'pong', 'echo-request': 'ping', 'time-exceeded': 'ttl-exceeded' } as Record<string, string>)[c[0]];
  return alias ? [c, [alias, c[1], c[2], c[3]] as [string, number, number, number]] : [c];
});

const icmp: Ext = {
  name: 'icmp', revision: 0, opts: { 'icmp-type': true },
  init: () => ({ type: 0xff, codeMin: 0, codeMax: 0xff, invert: false }),
  xtopts: { 'icmp-type': { id: 0, mand: true, invert: true } },
  parse(_o, arg, inv, info) {
    // __parse_icmp(): the names ARG abbreviates, whatever the case (strncasecmp()).
    const named = ICMP_PARSE_CODES.filter((c) => c[0].toLowerCase().startsWith(arg.toLowerCase()));
    if (named.length === 1) {
      const c = named[0]!;
      Object.assign(info, { type: c[1], codeMin: c[2], codeMax: c[3], invert: inv });
      return null;
    }
    if (named.length > 1) return `Ambiguous ICMP type \`${arg}': \`${named[0]![0]}' or \`${named[1]![0]}'?`;
    // Else strtoul(): the type (0-255), "/" and the code (0-255) each named with the whole word, then nothing.
    const t = strtoullPrefix(arg);
    if (!t || t[0] > 255n) return `Unknown ICMP type \`${arg}'`;
    let code = [0, 0xff];
    let rest = t[1];
    if (rest.startsWith('/')) {
      const c = strtoullPrefix(rest.slice(1));
      if (!c || c[0] > 255n) return `Unknown ICMP code \`${arg}'`;
      code = [Number(c[0]), Number(c[0])];
      rest = c[1];
    }
    if (rest !== '') return `unknown character ${rest[0]}`;
    Object.assign(info, { type: Number(t[0]), codeMin: code[0]!, codeMax: code[1]!, invert: inv });
    return null;
  },
  print(i, numeric) {
    const inv = b(i, 'invert');
    if (!numeric) {
      const c = ICMP_CODES.find((x) => x[1] === n(i, 'type') && x[2] === n(i, 'codeMin') && x[3] === n(i, 'codeMax'));
      if (c) return ` icmp ${inv ? '!' : ''}${c[0]}`;
    }
    let s = ` icmp${inv ? ' !' : ''}type ${n(i, 'type')}`;
    if (n(i, 'codeMin') === n(i, 'codeMax')) s += ` code ${n(i, 'codeMin')}`;
    else if (n(i, 'codeMin') !== 0 || n(i, 'codeMax') !== 0xff) s += ` codes ${n(i, 'codeMin')}-${n(i, 'codeMax')}`;
    return s;
  },
  save(i) {
    let s = b(i, 'invert') ? ' !' : '';
    if (n(i, 'type') === 0xff) return s + ' --icmp-type any';
    s += ` --icmp-type ${n(i, 'type')}`;
    if (n(i, 'codeMin') !== 0 || n(i, 'codeMax') !== 0xff) s += `/${n(i, 'codeMin')}`;
    return s;
  },
};

/**
 * xtopt_parse_mint() for XTTYPE_UINT16RC: "a[:b]", an empty part is 0 (first)
 * or 65535 (second); a bad part is reported with the text from it on.
 */
export function parseU16Range(ext: string, opt: string, arg: string): [number, number] | string {
  const vals: number[] = [];
  let rest = arg;
  for (;;) {
    if (vals.length === 2) return `${ext}: Too many components for option "--${opt}" (max: 2)\n`;
    const colon = rest.indexOf(':');
    const part = colon < 0 ? rest : rest.slice(0, colon);
    const v = part === '' ? (vals.length === 1 ? 0xffff : 0) : strtoui(part, 0xffff);
    if (v === null) return `${ext}: bad value for option "--${opt}" near "${rest}", or out of range (0-65535).\n`;
    vals.push(v);
    if (colon < 0) break;
    rest = rest.slice(colon + 1);
  }
  return [vals[0]!, vals[1] ?? vals[0]!];
}

/** libxt_length.c: one mandatory --length, XTTYPE_UINT16RC. */
const length: Ext = {
  name: 'length', revision: 0, opts: { length: true }, xtopts: { length: { id: 0, invert: true, mand: true } },
  init: () => ({ min: 0, max: 0xffff, invert: false }),
  parse(_o, arg, inv, info) {
    const r = parseU16Range('length', 'length', arg);
    if (typeof r === 'string') return r;
    Object.assign(info, { min: r[0], max: r[1], invert: inv });
    return null;
  },
  print: (i) => ` length ${b(i, 'invert') ? '!' : ''}${n(i, 'min') === n(i, 'max') ? n(i, 'min') : `${n(i, 'min')}:${n(i, 'max')}`}`,
  save: (i) => `${b(i, 'invert') ? ' !' : ''} --length ${n(i, 'min') === n(i, 'max') ? n(i, 'min') : `${n(i, 'min')}:${n(i, 'max')}`}`,
};

const comment: Ext = {
  name: 'comment', revision: 0, opts: { comment: true },
  init: () => ({ comment: '' }),
  xtopts: { comment: { id: 0, mand: true } },
  parse(_o, arg, inv, info) {
    if (inv) return 'Unexpected `!\' after --comment';
    // xtopt_parse_string() into char comment[256]: cut to 255 characters, no error
    info['comment'] = arg.slice(0, 255);
    return null;
  },
  print: (i) => ` /* ${String(i['comment'])} */`,
  save: (i) => ` --comment${saveString(String(i['comment']))}`,
};

const MULTIPORT_PROTOS = new Set([6, 17, 33, 132, 136]);

/** multiport_opts[]: one of the three port lists (each name pair shares an id), all exclusive. */
const MULTIPORT_OPTS = {
  'source-ports': { id: 0, excl: 7, invert: true }, sports: { id: 0, excl: 7, invert: true },
  'destination-ports': { id: 1, excl: 7, invert: true }, dports: { id: 1, excl: 7, invert: true }, ports: { id: 2, excl: 7, invert: true },
};

/** parse_multi_ports_v1(): up to 15 ports (services of the rule's protocol), a range "a:b" taking two with a < b. */
function parseMultiPorts(arg: string, proto: string): [number[], number[]] | string {
  const ports: number[] = [];
  const pflags: number[] = [];
  const parts = arg.split(',');
  let k = 0;
  for (; k < parts.length && ports.length < 15; k++) {
    const part = parts[k]!;
    const colon = part.indexOf(':');
    if (colon >= 0 && ports.length === 14) return 'too many ports specified';
    const a = colon >= 0 ? part.slice(0, colon) : part;
    const lo = parsePort(a, proto);
    if (lo === null) return `invalid port/service \`${a}' specified`;
    ports.push(lo);
    pflags.push(colon >= 0 ? 1 : 0);
    if (colon < 0) continue;
    const c = part.slice(colon + 1);
    const hi = parsePort(c, proto);
    if (hi === null) return `invalid port/service \`${c}' specified`;
    if (lo >= hi) return 'invalid portrange specified';
    ports.push(hi);
    pflags.push(0);
  }
  if (k < parts.length) return 'too many ports specified';
  return [ports, pflags];
}

/** libxt_multiport.c revision 1 */
const multiport: Ext = {
  name: 'multiport', revision: 1, opts: { 'source-ports': true, sports: true, 'destination-ports': true, dports: true, ports: true },
  xtopts: MULTIPORT_OPTS,
  init: () => ({ flags: 0, ports: [], pflags: [], invert: false }),
  parse(o, arg, inv, info, ctx) {
    // check_proto() before the ports: -p must come first, and not inverted.
    if (ctx.invProto || !MULTIPORT_PROTOS.has(ctx.proto)) {
      return ctx.proto || ctx.invProto ? 'multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP' : "multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'";
    }
    const r = parseMultiPorts(arg, inetProtoN2a(ctx.proto));
    if (typeof r === 'string') return r;
    info['flags'] = o === 'sports' || o === 'source-ports' ? 1 : o === 'ports' ? 3 : 2;
    Object.assign(info, { ports: r[0], pflags: r[1] });
    if (inv) info['invert'] = true;
    return null;
  },
  final(info) {
    if (n(info, 'flags') === 0) return 'multiport expection an option';
    return null;
  },
  print(i, numeric, proto) {
    const f = n(i, 'flags');
    let s = ` multiport ${f === 1 ? 'sports ' : f === 2 ? 'dports ' : 'ports '}${b(i, 'invert') ? ' !' : ''}`;
    // proto_to_name() of the rule's protocol, then getservbyport() in it.
    const pname = inetProtoN2a(proto ?? 0);
    s += portList(i, (p) => portName(p, numeric, pname));
    return s;
  },
  save(i) {
    const f = n(i, 'flags');
    return `${b(i, 'invert') ? ' !' : ''}${f === 1 ? ' --sports ' : f === 2 ? ' --dports ' : ' --ports '}${portList(i, String)}`;
  },
};

function portList(i: Info, name: (p: number) => string): string {
  const ports = i['ports'] as number[];
  const pflags = i['pflags'] as number[];
  let s = '';
  for (let k = 0; k < ports.length; k++) {
    s += (k ? ',' : '') + name(ports[k]!);
    if (pflags[k]) s += ':' + name(ports[++k]!);
  }
  return s;
}

/** enum rtn_type's names (libxt_addrtype.c rtn_names[]). */
export const RTN_NAMES = ['UNSPEC', 'UNICAST', 'LOCAL', 'BROADCAST', 'ANYCAST', 'MULTICAST', 'BLACKHOLE', 'UNREACHABLE', 'PROHIBIT', 'THROW', 'NAT', 'XRESOLVE'];

/**
 * parse_types(): each name before a comma (an empty one is bad) is reported with the rest of the
 * list from it in `quotes', the last one in "quotes".
 */
function parseTypes(arg: string): number | string {
  let m = 0;
  let rest = arg;
  const type = (t: string): number => RTN_NAMES.indexOf(t.toUpperCase());
  for (let comma = rest.indexOf(','); comma >= 0; comma = rest.indexOf(',')) {
    const i = comma === 0 ? -1 : type(rest.slice(0, comma));
    if (i < 0) return `addrtype: bad type \`${rest}'`;
    m |= 1 << i;
    rest = rest.slice(comma + 1);
  }
  const i = rest === '' ? -1 : type(rest);
  if (i < 0) return `addrtype: bad type "${rest}"`;
  return m | (1 << i);
}

function typesStr(mask: number, sep: string): string {
  const out: string[] = [];
  for (let k = 0; k < RTN_NAMES.length; k++) if (mask & (1 << k)) out.push(RTN_NAMES[k]!);
  return sep + out.join(',');
}

const addrtype: Ext = {
  name: 'addrtype', revision: 1, opts: { 'src-type': true, 'dst-type': true, 'limit-iface-in': false, 'limit-iface-out': false },
  xtopts: { 'src-type': { id: 0, invert: true }, 'dst-type': { id: 1, invert: true }, 'limit-iface-in': { id: 2, excl: 8 }, 'limit-iface-out': { id: 3, excl: 4 } },
  init: () => ({ source: 0, dest: 0, flags: 0 }),
  parse(o, arg, inv, info) {
    if (o === 'limit-iface-in') info['flags'] = n(info, 'flags') | 4;
    else if (o === 'limit-iface-out') info['flags'] = n(info, 'flags') | 8;
    else {
      const t = parseTypes(arg);
      if (typeof t === 'string') return t;
      if (o === 'src-type') Object.assign(info, { source: t, flags: n(info, 'flags') | (inv ? 1 : 0) });
      else Object.assign(info, { dest: t, flags: n(info, 'flags') | (inv ? 2 : 0) });
    }
    return null;
  },
  final: (i) => (n(i, 'source') || n(i, 'dest') ? null : 'addrtype: you must specify --src-type or --dst-type'),
  print(i) {
    const f = n(i, 'flags');
    let s = ' ADDRTYPE match';
    if (n(i, 'source')) s += ` src-type ${f & 1 ? '!' : ''}${typesStr(n(i, 'source'), '')}`;
    if (n(i, 'dest')) s += ` dst-type ${f & 2 ? '!' : ''}${typesStr(n(i, 'dest'), '')}`;
    if (f & 4) s += ' limit-in';
    if (f & 8) s += ' limit-out';
    return s;
  },
  save(i) {
    const f = n(i, 'flags');
    let s = '';
    if (n(i, 'source')) s += `${f & 1 ? ' !' : ''} --src-type${typesStr(n(i, 'source'), ' ')}`;
    if (n(i, 'dest')) s += `${f & 2 ? ' !' : ''} --dst-type${typesStr(n(i, 'dest'), ' ')}`;
    if (f & 4) s += ' --limit-iface-in';
    if (f & 8) s += ' --limit-iface-out';
    return s;
  },
};

/** xtables_numeric_to_ipaddr(): four dot-separated parts, each 0-255 in any base strtoul() reads. */
function numericToIpaddr(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let a = 0;
  for (const p of parts) {
    const v = strtoui(p, 255);
    if (v === null) return null;
    a = a * 256 + v;
  }
  return a;
}

/** libxt_iprange.c revision 1: "a[-b]" per side, each address checked (iprange_parse_spec()); a reversed range only warns. */
const iprange: Ext = {
  name: 'iprange', revision: 1, opts: { 'src-range': true, 'dst-range': true },
  xtopts: { 'src-range': { id: 0, invert: true }, 'dst-range': { id: 1, invert: true } },
  init: () => ({ flags: 0, srcMin: 0, srcMax: 0, dstMin: 0, dstMax: 0 }),
  parse(o, arg, inv, info, ctx) {
    const dash = arg.indexOf('-');
    const from = dash < 0 ? arg : arg.slice(0, dash);
    const to = dash < 0 ? arg : arg.slice(dash + 1);
    const lo = numericToIpaddr(from);
    if (lo === null) return `iprange: Bad value for "--${o}" option: "${from}"`;
    const hi = numericToIpaddr(to);
    if (hi === null) return `iprange: Bad value for "--${o}" option: "${to}"`;
    if (lo > hi) ctx.warn?.(`xt_iprange: range ${from}-${to} is reversed and will never match\n`);
    const src = o === 'src-range';
    info['flags'] = n(info, 'flags') | (src ? 1 : 2) | (inv ? (src ? 0x10 : 0x20) : 0);
    if (src) Object.assign(info, { srcMin: lo, srcMax: hi });
    else Object.assign(info, { dstMin: lo, dstMax: hi });
    return null;
  },
  final: (_i, ctx) => (ctx.xflags & 3 ? null : "iprange match: You must specify `--src-range' or `--dst-range'"),
  print(i) {
    const f = n(i, 'flags');
    let s = '';
    if (f & 1) s += ` source IP range${f & 0x10 ? ' !' : ''} ${ipToString(n(i, 'srcMin'))}-${ipToString(n(i, 'srcMax'))}`;
    if (f & 2) s += ` destination IP range${f & 0x20 ? ' !' : ''} ${ipToString(n(i, 'dstMin'))}-${ipToString(n(i, 'dstMax'))}`;
    return s;
  },
  save(i) {
    const f = n(i, 'flags');
    let s = '';
    if (f & 1) s += `${f & 0x10 ? ' !' : ''} --src-range ${ipToString(n(i, 'srcMin'))}-${ipToString(n(i, 'srcMax'))}`;
    if (f & 2) s += `${f & 0x20 ? ' !' : ''} --dst-range ${ipToString(n(i, 'dstMin'))}-${ipToString(n(i, 'dstMax'))}`;
    return s;
  },
};


const TTL_OPS = ['==', '!=', '<', '>'];
/** libipt_ttl.c: one of --ttl-eq (or its old name --ttl), --ttl-lt, --ttl-gt. */
const ttl: Ext = {
  name: 'ttl', revision: 0, opts: { 'ttl-eq': true, 'ttl-lt': true, 'ttl-gt': true, ttl: true },
  xtopts: { 'ttl-lt': { id: 1, excl: 7 }, 'ttl-gt': { id: 2, excl: 7 }, 'ttl-eq': { id: 0, excl: 7, invert: true }, ttl: { id: 0, excl: 7 } },
  init: () => ({ mode: 0, ttl: 0 }),
  parse(o, arg, inv, info) {
    const v = strtoui(arg, 255);
    if (v === null) return `ttl: bad value for option "--${o}", or out of range (0-255).\n`;
    const mode = o === 'ttl-eq' || o === 'ttl' ? (inv ? 1 : 0) : o === 'ttl-lt' ? 2 : 3;
    Object.assign(info, { mode, ttl: v });
    return null;
  },
  final: (_i, ctx) => (ctx.xflags & 7 ? null : "TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt"),
  print: (i) => ` TTL match TTL ${TTL_OPS[n(i, 'mode')]} ${n(i, 'ttl')}`,
  save: (i) => [' --ttl-eq', ' ! --ttl-eq', ' --ttl-lt', ' --ttl-gt'][n(i, 'mode')] + ` ${n(i, 'ttl')}`,
};

/** XT_ECN_OP_MATCH_IP, _ECE, _CWR (xt_ecn.h). */
const ECN_IP = 0x01;
const ECN_ECE = 0x10;
const ECN_CWR = 0x20;

/** libxt_ecn.c: the TCP header's ECE and CWR bits and the IP header's ECN field (0-3), each invertible. */
const ecn: Ext = {
  name: 'ecn', revision: 0, opts: { 'ecn-tcp-cwr': false, 'ecn-tcp-ece': false, 'ecn-ip-ect': true },
  xtopts: { 'ecn-tcp-cwr': { id: 0, invert: true }, 'ecn-tcp-ece': { id: 1, invert: true }, 'ecn-ip-ect': { id: 2, invert: true } },
  init: () => ({ operation: 0, invert: 0, ipEct: 0 }),
  parse(o, arg, inv, info) {
    const bit = o === 'ecn-tcp-cwr' ? ECN_CWR : o === 'ecn-tcp-ece' ? ECN_ECE : ECN_IP;
    if (bit === ECN_IP) {
      const v = strtoui(arg, 3);
      if (v === null) return 'ecn: bad value for option "--ecn-ip-ect", or out of range (0-3).\n';
      info['ipEct'] = v;
    }
    Object.assign(info, { operation: n(info, 'operation') | bit, invert: n(info, 'invert') | (inv ? bit : 0) });
    return null;
  },
  // ecn_check()
  final: (_i, { xflags }) => (xflags ? null : 'ECN match: some option required'),
  print(i) {
    const op = n(i, 'operation');
    const not = (bit: number): string => (n(i, 'invert') & bit ? '!' : '');
    let s = ' ECN match';
    if (op & ECN_ECE) s += ` ${not(ECN_ECE)}ECE`;
    if (op & ECN_CWR) s += ` ${not(ECN_CWR)}CWR`;
    if (op & ECN_IP) s += ` ${not(ECN_IP)}ECT=${n(i, 'ipEct')}`;
    return s;
  },
  save(i) {
    const op = n(i, 'operation');
    const not = (bit: number): string => (n(i, 'invert') & bit ? ' !' : '');
    let s = '';
    if (op & ECN_ECE) s += `${not(ECN_ECE)} --ecn-tcp-ece`;
    if (op & ECN_CWR) s += `${not(ECN_CWR)} --ecn-tcp-cwr`;
    if (op & ECN_IP) s += `${not(ECN_IP)} --ecn-ip-ect ${n(i, 'ipEct')}`;
    return s;
  },
};

function macStr(i: Info): string {
  return (i['srcaddr'] as number[]).map((x) => x.toString(16).padStart(2, '0')).join(':');
}

/** libxt_mac.c: one mandatory --mac-source, XTTYPE_ETHERMAC (six hex parts of at most two digits, strtoul() reading an empty one as 0). */
const mac: Ext = {
  name: 'mac', revision: 0, opts: { 'mac-source': true }, xtopts: { 'mac-source': { id: 0, invert: true, mand: true } },
  init: () => ({ srcaddr: [0, 0, 0, 0, 0, 0], invert: false }),
  parse(_o, arg, inv, info) {
    const parts = arg.split(':');
    if (parts.length !== 6 || parts.some((p) => !/^[0-9a-fA-F]{0,2}$/.test(p))) return 'Invalid MAC address specified.';
    Object.assign(info, { srcaddr: parts.map((p) => parseInt(p || '0', 16)), invert: inv });
    return null;
  },
  print: (i) => ` MAC${b(i, 'invert') ? ' !' : ''} ${macStr(i)}`,
  save: (i) => `${b(i, 'invert') ? ' !' : ''} --mac-source ${macStr(i)}`,
};

/* Native matches of iptables-nft 1.8.9: tcp, udp, mark, limit. */

const TCP_FLAGS: [string, number][] = [['FIN', 1], ['SYN', 2], ['RST', 4], ['PSH', 8], ['ACK', 16], ['URG', 32], ['ALL', 63], ['NONE', 0]];

function tcpfStr(flags: number): string {
  if (flags === 0) return 'NONE';
  const out: string[] = [];
  let f = flags;
  while (f) {
    const e = TCP_FLAGS.find((x) => x[1] && (f & x[1]) !== 0)!;
    out.push(e[0]);
    f &= ~e[1];
  }
  return out.join(',');
}

/** xtables_parse_port(port, "tcp"): a number or a tcp service name, else the error naming it. */
function xtablesParsePort(port: string, proto = 'tcp'): number | string {
  return parsePort(port, proto) ?? `invalid port/service \`${port}' specified`;
}

/**
 * parse_tcp_ports() of libxt_tcp.c: "PORT" or "[PORT]:[PORT]" cut at the
 * first ':' (an empty side is 0 or 65535), the lower first.
 */
export function parseTcpPorts(arg: string, proto = 'tcp'): [number, number] | string {
  const c = arg.indexOf(':');
  if (c < 0) {
    const p = xtablesParsePort(arg, proto);
    return typeof p === 'string' ? p : [p, p];
  }
  const lo = c === 0 ? 0 : xtablesParsePort(arg.slice(0, c), proto);
  if (typeof lo === 'string') return lo;
  const hi = c === arg.length - 1 ? 0xffff : xtablesParsePort(arg.slice(c + 1), proto);
  if (typeof hi === 'string') return hi;
  return lo > hi ? 'invalid portrange (min > max)' : [lo, hi];
}

/** parse_tcp_flag(): comma-separated names (strtok: empty ones skipped), else the unknown one. */
function parseTcpFlagList(s: string): number | string {
  let m = 0;
  for (const f of s.split(',')) {
    if (f === '') continue;
    const e = TCP_FLAGS.find((x) => x[0] === f.toUpperCase());
    if (!e) return `Unknown TCP flag \`${f}'`;
    m |= e[1];
  }
  return m;
}

export function portsPrint(name: string, lo: number, hi: number, inv: boolean, numeric: boolean, proto: string): string {
  if (lo === 0 && hi === 0xffff && !inv) return '';
  if (lo === hi) return ` ${name}:${inv ? '!' : ''}${portName(lo, numeric, proto)}`;
  return ` ${name}s:${inv ? '!' : ''}${portName(lo, numeric, proto)}:${portName(hi, numeric, proto)}`;
}

export function portsSave(opt: string, lo: number, hi: number, inv: boolean): string {
  if (lo === 0 && hi === 0xffff && !inv) return '';
  return `${inv ? ' !' : ''} --${opt} ${lo === hi ? lo : `${lo}:${hi}`}`;
}

/** udp_opts[] of libxt_udp.c (x6 options: the tcp match keeps its old parser). */
const UDP_OPTS = {
  'source-port': { id: 0, invert: true }, sport: { id: 0, invert: true },
  'destination-port': { id: 1, invert: true }, dport: { id: 1, invert: true },
};

/**
 * The ports of tcp (parse_tcp_ports(), with "Only one" checks) or udp
 * (XTTYPE_PORTRC); null when fine, else the error.
 */
function tcpudpPorts(name: 'tcp' | 'udp', o: string, arg: string, info: Info): [number, number] | string {
  const src = o === 'sport' || o === 'source-port';
  if (name === 'udp') return xtoptMport('udp', xtoptName(UDP_OPTS, o), arg);
  const seen = n(info, 'seen');
  if (seen & (src ? 1 : 2)) return `Only one \`--${src ? 'source' : 'destination'}-port' allowed`;
  info['seen'] = seen | (src ? 1 : 2);
  return parseTcpPorts(arg);
}

function tcpudp(name: 'tcp' | 'udp'): Ext {
  const opts: Record<string, boolean> = { 'source-port': true, sport: true, 'destination-port': true, dport: true };
  if (name === 'tcp') Object.assign(opts, { 'tcp-flags': true, syn: false, 'tcp-option': true });
  return {
    name, revision: 0, native: true, opts, ...(name === 'udp' ? { xtopts: UDP_OPTS } : {}),
    init: () => ({ sptLo: 0, sptHi: 0xffff, dptLo: 0, dptHi: 0xffff, invflags: 0, flgMask: 0, flgCmp: 0 }),
    parse(o, arg, inv, info, ctx) {
      void ctx;
      const inv1 = inv ? 1 : 0;
      if (o === 'sport' || o === 'source-port' || o === 'dport' || o === 'destination-port') {
        const r = tcpudpPorts(name, o, arg, info);
        if (typeof r === 'string') return r;
        const src = o === 'sport' || o === 'source-port';
        if (src) Object.assign(info, { sptLo: r[0], sptHi: r[1], invflags: n(info, 'invflags') | inv1 });
        else Object.assign(info, { dptLo: r[0], dptHi: r[1], invflags: n(info, 'invflags') | (inv1 << 1) });
        return null;
      }
      const seen = n(info, 'seen');
      if (o === 'syn' || o === 'tcp-flags') {
        if (seen & 4) return "Only one of `--syn' or `--tcp-flags'  allowed";
        info['seen'] = seen | 4;
      }
      if (o === 'syn') {
        Object.assign(info, { flgMask: 0x17, flgCmp: 0x02, invflags: n(info, 'invflags') | (inv1 << 2) });
        return null;
      }
      if (o === 'tcp-flags') {
        // The parser hands "MASK COMP" (two words: "--tcp-flags requires two args.").
        const sp = arg.indexOf(' ');
        const mask = parseTcpFlagList(arg.slice(0, sp));
        if (typeof mask === 'string') return mask;
        const cmp = parseTcpFlagList(arg.slice(sp + 1));
        if (typeof cmp === 'string') return cmp;
        Object.assign(info, { flgMask: mask, flgCmp: cmp, invflags: n(info, 'invflags') | (inv1 << 2) });
        return null;
      }
      if (seen & 8) return "Only one `--tcp-option' allowed";
      info['seen'] = seen | 8;
      // parse_tcp_option(): 1-255.
      if (strtoui(arg, 255) === null || strtoui(arg, 255) === 0) return `Bad TCP option "${arg}"`;
      Object.assign(info, { option: strtoui(arg, 255)!, invflags: n(info, 'invflags') | (inv1 << 3) });
      return null;
    },
    // tcp_parse()'s *flags (TCP_SRC_PORTS...) live while the rule is parsed, not in the rule.
    final(i) {
      delete i['seen'];
      return null;
    },
    print(i, numeric) {
      const inv = n(i, 'invflags');
      let s = ` ${name}` + portsPrint('spt', n(i, 'sptLo'), n(i, 'sptHi'), (inv & 1) !== 0, numeric, name) + portsPrint('dpt', n(i, 'dptLo'), n(i, 'dptHi'), (inv & 2) !== 0, numeric, name);
      // tcp_print(): the option between the ports and the flags.
      if (n(i, 'option') || inv & 8) s += ` option=${inv & 8 ? '!' : ''}${n(i, 'option')}`;
      if (n(i, 'flgMask') || inv & 4) {
        s += ` flags:${inv & 4 ? '!' : ''}`;
        s += numeric ? `0x${n(i, 'flgMask').toString(16).padStart(2, '0').toUpperCase()}/0x${n(i, 'flgCmp').toString(16).padStart(2, '0').toUpperCase()}` : `${tcpfStr(n(i, 'flgMask'))}/${tcpfStr(n(i, 'flgCmp'))}`;
      }
      return s;
    },
    save(i) {
      const inv = n(i, 'invflags');
      let s = portsSave('sport', n(i, 'sptLo'), n(i, 'sptHi'), (inv & 1) !== 0) + portsSave('dport', n(i, 'dptLo'), n(i, 'dptHi'), (inv & 2) !== 0);
      if (n(i, 'option')) s += `${inv & 8 ? ' !' : ''} --tcp-option ${n(i, 'option')}`;
      if (n(i, 'flgMask') || inv & 4) s += `${inv & 4 ? ' !' : ''} --tcp-flags ${tcpfStr(n(i, 'flgMask'))} ${tcpfStr(n(i, 'flgCmp'))}`;
      return s;
    },
  };
}

const markMatch: Ext = {
  name: 'mark', revision: 1, native: true, opts: { mark: true }, xtopts: { mark: { id: 0, mand: true, invert: true } },
  init: () => ({ mark: 0, mask: 0xffffffff, invert: false }),
  parse(_o, arg, inv, info) {
    const r = xtoptMarkmask('mark', 'mark', arg);
    if (typeof r === 'string') return r;
    Object.assign(info, { mark: r[0], mask: r[1], invert: inv });
    return null;
  },
  print: (i) => ` mark match${b(i, 'invert') ? ' !' : ''} ${hex(n(i, 'mark'))}${n(i, 'mask') !== 0xffffffff ? `/${hex(n(i, 'mask'))}` : ''}`,
  save: (i) => `${b(i, 'invert') ? ' !' : ''} --mark ${hex(n(i, 'mark'))}${n(i, 'mask') !== 0xffffffff ? `/${hex(n(i, 'mask'))}` : ''}`,
};

/** XT_LIMIT_SCALE and the units of libxt_limit.c rates[]. */
const XT_LIMIT_SCALE = 10000;
const RATES: [string, number][] = [['day', XT_LIMIT_SCALE * 86400], ['hour', XT_LIMIT_SCALE * 3600], ['min', XT_LIMIT_SCALE * 60], ['sec', XT_LIMIT_SCALE]];

function rateStr(avg: number): string {
  let i = 1;
  for (; i < RATES.length; i++) if (avg > RATES[i]![1] || Math.floor(RATES[i]![1] / avg) < RATES[i]![1] % avg) break;
  return `${Math.floor(RATES[i - 1]![1] / avg)}/${RATES[i - 1]![0]}`;
}

/** parse_rate() of libxt_limit.c: "N[/unit]", the unit any prefix of second, minute, hour or day; null when bad. */
function parseLimitRate(rate: string): number | string | null {
  let mult = XT_LIMIT_SCALE;
  const slash = rate.indexOf('/');
  if (slash >= 0) {
    const unit = rate.slice(slash + 1).toLowerCase();
    const m = ([['second', 1], ['minute', 60], ['hour', 3600], ['day', 86400]] as const).find(([w]) => unit !== '' && w.startsWith(unit));
    if (!m) return null;
    mult *= m[1];
  }
  const r = Number(/^\s*[+-]?[0-9]*/.exec(rate)![0].trim() || 0) || 0;
  if (r <= 0) return null;
  const avg = Math.floor(mult / r);
  return avg === 0 ? `Rate too fast "${rate}"` : avg;
}

/** libxt_limit.c: --limit and --limit-burst (0-10000), neither invertible. */
const limit: Ext = {
  name: 'limit', revision: 0, native: true, opts: { limit: true, 'limit-burst': true },
  xtopts: { limit: { id: 0 }, 'limit-burst': { id: 1 } },
  init: () => ({ avg: Math.floor((XT_LIMIT_SCALE * 3600) / 3), burst: 5, invert: false }),
  parse(o, arg, _inv, info) {
    if (o === 'limit-burst') {
      const v = strtoui(arg, 10000);
      if (v === null) return 'limit: bad value for option "--limit-burst", or out of range (0-10000).\n';
      info['burst'] = v;
      return null;
    }
    const avg = parseLimitRate(arg);
    if (avg === null) return `bad rate "${arg}"'`;
    if (typeof avg === 'string') return avg;
    info['avg'] = avg;
    return null;
  },
  print: (i) => ` limit:${b(i, 'invert') ? ' !' : ''} avg ${rateStr(n(i, 'avg'))} burst ${n(i, 'burst')}`,
  save: (i) => `${b(i, 'invert') ? ' !' : ''} --limit ${rateStr(n(i, 'avg'))}${n(i, 'burst') !== 5 ? ` --limit-burst ${n(i, 'burst')}` : ''}`,
};

/** XT_PHYSDEV_OP_* by option, in physdev_print()'s order: is-in, in, is-out, out, is-bridged. */
const PHYSDEV_OPS: readonly [string, number, string | null][] = [
  ['physdev-is-in', 0x08, null], ['physdev-in', 0x01, 'physindev'], ['physdev-is-out', 0x10, null], ['physdev-out', 0x02, 'physoutdev'],
  ['physdev-is-bridged', 0x04, null],
];

/** The options of a physdev rule as physdev_print()/physdev_save() write them. */
function physdevOpts(i: Info): string {
  let s = '';
  for (const [opt, bit, key] of PHYSDEV_OPS) {
    if (!(n(i, 'bitmask') & bit)) continue;
    s += `${n(i, 'invert') & bit ? ' !' : ''} --${opt}${key ? ` ${String(i[key])}` : ''}`;
  }
  return s;
}

/** libxt_physdev.c: the bridge ports of bridged frames (br_netfilter), each option invertible, at least one given. */
const physdev: Ext = {
  name: 'physdev', revision: 0,
  opts: { 'physdev-in': true, 'physdev-out': true, 'physdev-is-in': false, 'physdev-is-out': false, 'physdev-is-bridged': false },
  xtopts: {
    'physdev-in': { id: 0, invert: true }, 'physdev-out': { id: 1, invert: true }, 'physdev-is-in': { id: 2, invert: true },
    'physdev-is-bridged': { id: 3, invert: true }, 'physdev-is-out': { id: 4, invert: true },
  },
  init: () => ({ bitmask: 0, invert: 0, physindev: '', physoutdev: '' }),
  parse(o, arg, inv, info, ctx) {
    const [, bit, key] = PHYSDEV_OPS.find(([opt]) => opt === o)!;
    if (key) {
      const e = xtablesParseInterface(arg, ctx.warn ?? (() => undefined));
      if (e) return e;
      info[key] = arg;
    }
    info['bitmask'] = n(info, 'bitmask') | bit;
    if (inv) info['invert'] = n(info, 'invert') | bit;
    return null;
  },
  final: (i) => (n(i, 'bitmask') === 0 ? 'PHYSDEV: no physdev option specified' : null),
  print: (i) => ` PHYSDEV match${physdevOpts(i)}`,
  save: (i) => physdevOpts(i),
};

/** libxt_pkttype's names: the printable ones first, then the aliases. */
export const PKTTYPES: readonly [string, number][] = [['unicast', 0], ['broadcast', 1], ['multicast', 2], ['bcast', 1], ['mcast', 2], ['host', 0]];

const pkttype: Ext = {
  name: 'pkttype', revision: 0, opts: { 'pkt-type': true },
  init: () => ({ pkttype: 0, invert: false }),
  xtopts: { 'pkt-type': { id: 0, mand: true, invert: true } },
  parse(_o, arg, inv, info) {
    const t = PKTTYPES.find((x) => x[0] === arg.toLowerCase());
    if (!t) return `Bad packet type '${arg}'`;
    Object.assign(info, { pkttype: t[1], invert: inv });
    return null;
  },
  print: (i) => ` PKTTYPE ${b(i, 'invert') ? '!' : ''}= ${PKTTYPES.find((x) => x[1] === n(i, 'pkttype'))![0]}`,
  save: (i) => `${b(i, 'invert') ? ' !' : ''} --pkt-type ${PKTTYPES.find((x) => x[1] === n(i, 'pkttype'))![0]}`,
};

/** libxt_tos's symbolic values (mask 0x3f). */
const TOS_NAMES: readonly [string, number][] = [
  ['Minimize-Cost', 0x02], ['Maximize-Reliability', 0x04], ['Maximize-Throughput', 0x08], ['Minimize-Delay', 0x10], ['Normal-Service', 0x00],
];

/** tos_mt revision 1: --tos value[/mask] (mask 0xff) or a name (mask 0x3f). */
/** tos_parse_symbolic()/tos_parse_numeric(): a name (mask 0x3f) or value[/mask] (mask 0xff); else the error text. */
export function parseTosValue(arg: string): [number, number] | string {
  // A leading number within 0-255 (xtables_strtoui() of a prefix) makes it numeric; anything else must be a name.
  const lead = /^(0x[0-9a-fA-F]+|[0-9]+)/.exec(arg);
  if (!lead || strtoui(lead[0], 0xff) === null) {
    const named = TOS_NAMES.find((x) => x[0].toLowerCase() === arg.toLowerCase());
    return named ? [named[1], 0x3f] : `Symbolic name "${arg}" is unknown`;
  }
  // xtopt_parse_tosmask(): the value, "/" and the mask (each 0-255), nothing after
  const illegal = `Illegal value: "${arg}"`;
  const v = strtouiEnd(arg, 0xff);
  if (!v) return illegal;
  if (v.rest === '') return [v.value, 0xff];
  if (!v.rest.startsWith('/')) return illegal;
  const m = strtouiEnd(v.rest.slice(1), 0xff);
  return m && m.rest === '' ? [v.value, m.value] : illegal;
}

/** tos_try_print_symbolic(): the name of a value under the symbolic mask 0x3f. */
export function tosSymbol(value: number, mask: number): string | undefined {
  return mask === 0x3f ? TOS_NAMES.find((x) => x[1] === value)?.[0] : undefined;
}

const tos: Ext = {
  name: 'tos', revision: 1, opts: { tos: true },
  init: () => ({ value: 0, mask: 0xff, invert: false }),
  xtopts: { tos: { id: 0, mand: true, invert: true } },
  parse(_o, arg, inv, info) {
    const r = parseTosValue(arg);
    if (typeof r === 'string') return r;
    Object.assign(info, { value: r[0], mask: r[1], invert: inv });
    return null;
  },
  print(i, numeric) {
    const named = tosSymbol(n(i, 'value'), n(i, 'mask'));
    // tos_try_print_symbolic(" ", ...): a name after a blank, the numbers right after "match".
    const v = !numeric && named ? ` ${named}` : `0x${hex2(n(i, 'value'))}/0x${hex2(n(i, 'mask'))}`;
    return ` tos match${b(i, 'invert') ? '!' : ''}${v}`;
  },
  save: (i) => `${b(i, 'invert') ? ' !' : ''} --tos 0x${hex2(n(i, 'value'))}/0x${hex2(n(i, 'mask'))}`,
};

/** dscp_mt: --dscp 0..63. */
/** ds_classes[] of dscp_helper.c, in its order (the first whose name begins the word wins). */
const DSCP_CLASSES: readonly [string, number][] = [
  ['CS0', 0x00], ['CS1', 0x08], ['CS2', 0x10], ['CS3', 0x18], ['CS4', 0x20], ['CS5', 0x28], ['CS6', 0x30], ['CS7', 0x38], ['BE', 0x00],
  ['AF11', 0x0a], ['AF12', 0x0c], ['AF13', 0x0e], ['AF21', 0x12], ['AF22', 0x14], ['AF23', 0x16], ['AF31', 0x1a], ['AF32', 0x1c],
  ['AF33', 0x1e], ['AF41', 0x22], ['AF42', 0x24], ['AF43', 0x26], ['EF', 0x2e],
];

/** class_to_dscp(): strncasecmp() of each class name against the word's start; null when none (libxt_dscp/DSCP's "Invalid DSCP value"). */
export function classToDscp(word: string): number | null {
  const up = word.toUpperCase();
  return DSCP_CLASSES.find(([name]) => up.startsWith(name))?.[1] ?? null;
}

/** libxt_dscp.c: --dscp VALUE or --dscp-class NAME (each excluding the other), either inverted. */
const dscp: Ext = {
  name: 'dscp', revision: 0, opts: { dscp: true, 'dscp-class': true },
  init: () => ({ dscp: 0, invert: false }),
  xtopts: { dscp: { id: 0, invert: true, excl: 2 }, 'dscp-class': { id: 1, invert: true, excl: 1 } },
  // dscp_check()
  final: (_i, { xflags }) => (xflags ? null : 'DSCP match: Parameter --dscp is required'),
  parse(o, arg, inv, info) {
    const v = o === 'dscp' ? strtoui(arg, 63) : classToDscp(arg);
    if (v === null) return o === 'dscp' ? 'dscp: bad value for option "--dscp", or out of range (0-63).\n' : `Invalid DSCP value \`${arg}'`;
    Object.assign(info, { dscp: v, invert: inv });
    return null;
  },
  print: (i) => ` DSCP match ${b(i, 'invert') ? '!' : ''}0x${hex2(n(i, 'dscp'))}`,
  save: (i) => `${b(i, 'invert') ? ' !' : ''} --dscp 0x${hex2(n(i, 'dscp'))}`,
};

/** libxt_rpfilter.c: four flags, none invertible (--invert is the flag), listed in this order. */
const RPFILTER_FLAGS: readonly [string, number][] = [['loose', 1], ['validmark', 2], ['accept-local', 4], ['invert', 8]];

const rpfilterText = (i: Info, pre: string): string => RPFILTER_FLAGS.filter(([, f]) => n(i, 'flags') & f).map(([w]) => ` ${pre}${w}`).join('');

const rpfilter: Ext = {
  name: 'rpfilter', revision: 0,
  opts: Object.fromEntries(RPFILTER_FLAGS.map(([w]) => [w, false])),
  xtopts: Object.fromEntries(RPFILTER_FLAGS.map(([w], id) => [w, { id }])),
  init: () => ({ flags: 0 }),
  parse(o, _arg, _inv, info) {
    info['flags'] = n(info, 'flags') | RPFILTER_FLAGS.find(([w]) => w === o)![1];
    return null;
  },
  print: (i) => ` rpfilter${rpfilterText(i, '')}`,
  save: (i) => rpfilterText(i, '--'),
};

export const hex2 = (v: number): string => v.toString(16).padStart(2, '0');

/** print_match() of libxt_statistic: `pre` is "" for -L, "--" for -S. */
function statisticText(i: Info, pre: string): string {
  const inv = n(i, 'flags') & 1 ? ' !' : '';
  if (n(i, 'mode') === 0) return ` ${pre}mode random${inv} ${pre}probability ${(n(i, 'probability') / 0x80000000).toFixed(11)}`;
  let s = ` ${pre}mode nth${inv} ${pre}every ${n(i, 'every') + 1}`;
  if (n(i, 'packet') || pre) s += ` ${pre}packet ${n(i, 'packet')}`;
  return s;
}

/** libxt_statistic.c: --mode random --probability P, --mode nth --every N --packet P; `given` holds the options seen (F_*). */
const statistic: Ext = {
  name: 'statistic', revision: 0, opts: { mode: true, probability: true, every: true, packet: true },
  init: () => ({ mode: 0, flags: 0, probability: 0, every: 0, packet: 0, count: 0, given: 0 }),
  parse(o, arg, inv, info) {
    const bit = { mode: 1, probability: 2, every: 4, packet: 8 }[o] ?? 0;
    if (inv && (o === 'mode' || o === 'packet')) return `statistic: option "--${o}" cannot be inverted.\n`;
    info['given'] = n(info, 'given') | bit;
    if (inv) info['flags'] = 1;
    if (o === 'mode') {
      if (arg !== 'random' && arg !== 'nth') return `Bad mode "${arg}"`;
      info['mode'] = arg === 'nth' ? 1 : 0;
    } else if (o === 'probability') {
      const v = /^[0-9]*\.?[0-9]+(e-?[0-9]+)?$/.test(arg) ? Number(arg) : NaN;
      if (!(v >= 0 && v <= 1)) return 'statistic: bad value for option "--probability", or out of range (0-1).\n';
      info['probability'] = Math.round(0x80000000 * v);
    } else {
      const v = strtoui(arg, 0xffffffff);
      if (v === null || (o === 'every' && v < 1)) return `statistic: bad value for option "--${o}", or out of range (${o === 'every' ? 1 : 0}-4294967295).\n`;
      if (o === 'every') info['every'] = v - 1;
      else info['packet'] = v;
    }
    return null;
  },
  /** statistic_check(), then xtables_options_fcheck()'s "also" and mandatory options. */
  final(i) {
    const g = n(i, 'given');
    if (n(i, 'mode') === 0 && !(g & 2)) return '--probability must be specified when using random mode';
    if (n(i, 'mode') === 1 && !(g & 12)) return '--every and --packet must be specified when using nth mode';
    if (n(i, 'packet') > n(i, 'every')) return 'the --packet p must be 0 <= p <= n-1';
    i['count'] = n(i, 'every') - n(i, 'packet');
    if (!(g & 1)) return 'statistic: option "--mode" must be specified\n';
    // statistic_opts[]: --probability excludes --every and --packet (checked first, in table order)
    if (g & 2 && g & 4) return 'statistic: option "--probability" cannot be used together with "--every".\n';
    if (g & 2 && g & 8) return 'statistic: option "--probability" cannot be used together with "--packet".\n';
    if (g & 4 && !(g & 8)) return 'statistic: option "--every" also requires "--packet".\n';
    if (g & 8 && !(g & 4)) return 'statistic: option "--packet" also requires "--every".\n';
    return null;
  },
  print: (i) => ' statistic' + statisticText(i, ''),
  save: (i) => statisticText(i, '--'),
};

/** XT_RECENT_* actions and modifiers with their -L and -S words (recent_print()/recent_save() order). */
const RECENT_FLAGS: readonly [number, string, string][] = [[2, ' SET', ' --set'], [1, ' CHECK', ' --rcheck'], [4, ' UPDATE', ' --update'], [8, ' REMOVE', ' --remove']];

function recentText(i: Info, save: boolean): string {
  const w = (l: string, sv: string): string => (save ? sv : l);
  let s = b(i, 'invert') ? ' !' : '';
  if (!save) s += ' recent:';
  for (const [bit, l, sv] of RECENT_FLAGS) if (n(i, 'checkSet') & bit) s += w(l, sv);
  if (n(i, 'seconds')) s += w(` seconds: ${n(i, 'seconds')}`, ` --seconds ${n(i, 'seconds')}`);
  if (n(i, 'checkSet') & 32) s += w(' reap', ' --reap');
  if (n(i, 'hitCount')) s += w(` hit_count: ${n(i, 'hitCount')}`, ` --hitcount ${n(i, 'hitCount')}`);
  if (n(i, 'checkSet') & 16) s += w(' TTL-Match', ' --rttl');
  const side = n(i, 'side') === 1 ? w(' side: dest', ' --rdest') : w(' side: source', ' --rsource');
  const mask = ipToString(n(i, 'mask'));
  return s + (save ? ` --name ${String(i['name'])} --mask ${mask}${side}` : ` name: ${String(i['name'])}${side} mask: ${mask}`);
}

/** recent_opts[] in table order, and each one's .also and .excl (libxt_recent.c). */
const RECENT_OPTS = ['set', 'rcheck', 'update', 'remove', 'seconds', 'reap', 'hitcount', 'rttl', 'name', 'mask', 'rsource', 'rdest'];
const ANY_OP = ['set', 'rcheck', 'update', 'remove'];
const RECENT_RULES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  set: [[], ANY_OP], rcheck: [[], ANY_OP], update: [[], ANY_OP], remove: [[], ANY_OP], reap: [['seconds'], []],
  rttl: [[], ['set', 'remove']],
};

/** libxt_recent.c revision 1 */
const recent: Ext = {
  name: 'recent', revision: 1,
  opts: { set: false, rcheck: false, update: false, remove: false, seconds: true, reap: false, hitcount: true, rttl: false, name: true, rsource: false, rdest: false, mask: true },
  init: () => ({ seconds: 0, hitCount: 0, checkSet: 0, invert: false, name: 'DEFAULT', side: 0, mask: 0xffffffff }),
  parse(o, arg, inv, info) {
    info['given'] = [...((info['given'] as number[] | undefined) ?? []), RECENT_OPTS.indexOf(o)];
    const action = { set: 2, rcheck: 1, update: 4, remove: 8 }[o];
    if (action !== undefined) Object.assign(info, { checkSet: n(info, 'checkSet') | action, invert: inv });
    else if (o === 'seconds' || o === 'hitcount') {
      const min = o === 'seconds' ? 1 : 0;
      const v = strtoui(arg, 0xffffffff);
      if (v === null || v < min) return `recent: bad value for option "--${o}", or out of range (${min}-4294967295).\n`;
      info[o === 'seconds' ? 'seconds' : 'hitCount'] = v;
    } else if (o === 'reap' || o === 'rttl') info['checkSet'] = n(info, 'checkSet') | (o === 'reap' ? 32 : 16);
    // xtopt_parse_string() into char name[XT_RECENT_NAME_LEN]: cut to 199 characters
    else if (o === 'name') info['name'] = arg.slice(0, 199);
    else if (o === 'rsource' || o === 'rdest') info['side'] = o === 'rdest' ? 1 : 0;
    else {
      const m = parseIp(arg);
      if (m === null) return `recent: bad value for option "--mask", or out of range.\n`;
      info['mask'] = m;
    }
    return null;
  },
  /** recent_check(), then xtables_options_fcheck() over the option table: "also" and "excl" of each given option in table order. */
  final(i) {
    if (!(n(i, 'checkSet') & 15)) return "recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'";
    const given = new Set((i['given'] as number[] | undefined) ?? []);
    for (const [k, name] of RECENT_OPTS.entries()) {
      if (!given.has(k)) continue;
      const [also, excl] = RECENT_RULES[name] ?? [[], []];
      const missing = also.find((x) => !given.has(RECENT_OPTS.indexOf(x)));
      if (missing) return `recent: option "--${name}" also requires "--${missing}".\n`;
      const clash = RECENT_OPTS.find((x, j) => j !== k && given.has(j) && excl.includes(x));
      if (clash) return `recent: option "--${name}" cannot be used together with "--${clash}".\n`;
    }
    delete i['given'];
    return null;
  },
  print: (i) => recentText(i, false),
  save: (i) => recentText(i, true),
};

/**
 * parse_hex_string(): literal characters ("\\" quotes the next one), and hex byte pairs between '|'
 * (blanks after the opening '|' and one after each pair skipped); its errors as libxt_string.c words them.
 */
function parseHexString(s: string): number[] | string {
  if (s === '') return 'STRING must contain at least one char';
  const out: number[] = [];
  const hexd = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
  let hex = false;
  let literal = false;
  let i = 0;
  while (i < s.length) {
    if (s[i] === '\\' && !hex) literal = true;
    else if (s[i] === '\\') return 'Cannot include literals in hex data';
    else if (s[i] === '|') {
      if (hex) hex = false;
      else {
        hex = true;
        while (s[i + 1] === ' ') i++;
      }
      if (i + 1 >= s.length) break;
      i++;
    }
    if (literal) {
      if (i + 1 >= s.length) return 'Bad literal placement at end of string';
      out.push(s.charCodeAt(i + 1));
      i += 2;
      literal = false;
    } else if (hex) {
      if (i + 1 >= s.length) return 'Odd number of hex digits';
      if (i + 2 >= s.length) return 'Invalid hex block';
      if (!hexd(s[i])) return `Invalid hex char '${s[i]}'`;
      if (!hexd(s[i + 1])) return `Invalid hex char '${s[i + 1]}'`;
      out.push(parseInt(s.slice(i, i + 2), 16));
      i += s[i + 2] === ' ' ? 3 : 2;
    } else {
      out.push(s.charCodeAt(i));
      i++;
    }
  }
  return out;
}

/** string_print()/string_save(): the pattern quoted (" and \ escaped), or all in hex when a byte is not printable. */
function stringPattern(i: Info): string {
  const p = (i['pattern'] as number[] | undefined) ?? [];
  if (p.some((c) => c < 0x20 || c > 0x7e)) return ` "|${p.map(hex2).join('')}|"`;
  return ` "${String.fromCharCode(...p).replace(/(["\\])/g, '\\$1')}"`;
}

function stringTail(i: Info, save: boolean): string {
  let s = save ? ` --algo ${String(i['algo'])}` : ` ALGO name ${String(i['algo'])}`;
  if (n(i, 'from')) s += `${save ? ' --from' : ' FROM'} ${n(i, 'from')}`;
  if (n(i, 'to') !== 0xffff) s += `${save ? ' --to' : ' TO'} ${n(i, 'to')}`;
  if (n(i, 'flags') & 2) s += save ? ' --icase' : ' ICASE';
  return s;
}

/** libxt_string.c revision 1 */
const stringMatch: Ext = {
  name: 'string', revision: 1, opts: { from: true, to: true, algo: true, string: true, 'hex-string': true, icase: false },
  init: () => ({ from: 0, to: 0xffff, algo: '', pattern: [], flags: 0, given: 0 }),
  parse(o, arg, inv, info) {
    if (o === 'from' || o === 'to') {
      const v = strtoui(arg, 0xffff);
      if (v === null) return `string: bad value for option "--${o}", or out of range (0-65535).\n`;
      info[o] = v;
    } else if (o === 'algo') Object.assign(info, { algo: arg, given: n(info, 'given') | 1 });
    else if (o === 'icase') info['flags'] = n(info, 'flags') | 2;
    else {
      const p = o === 'string' ? [...arg].map((c) => c.charCodeAt(0)) : parseHexString(arg);
      if (typeof p === 'string') return p;
      if (p.length > 128) return `STRING too long "${arg}"`;
      Object.assign(info, { pattern: p, given: n(info, 'given') | 2 });
      if (inv) info['flags'] = n(info, 'flags') | 1;
    }
    return null;
  },
  /** string_check(), then the mandatory --algo (xtables_options_fcheck()). */
  final(i) {
    if (!(n(i, 'given') & 2)) return "STRING match: You must specify `--string' or `--hex-string'";
    if (!(n(i, 'given') & 1)) return 'string: option "--algo" must be specified\n';
    return null;
  },
  print: (i) => ` STRING match ${n(i, 'flags') & 1 ? '!' : ''}${stringPattern(i)}${stringTail(i, false)}`,
  save: (i) => `${n(i, 'flags') & 1 ? ' !' : ''} --${(i['pattern'] as number[]).some((c) => c < 0x20 || c > 0x7e) ? 'hex-' : ''}string${stringPattern(i)}${stringTail(i, true)}`,
};

export const MATCHES: ReadonlyMap<string, Ext> = new Map(
  [icmp, length, comment, multiport, addrtype, iprange, ttl, ecn, mac, tcpudp('tcp'), tcpudp('udp'), markMatch, limit, pkttype, physdev, tos, dscp, statistic, recent, stringMatch, owner, tcpmss, connlimit, hashlimit, u32, quota, rpfilter, time, connbytes, policy, esp, ah, ipcomp, devgroup, cpu, socket, realm, sctp, dccp, setMatch, cgroup, ...CT_MATCHES]
    .map((e) => [e.name, e]),
);

export { XT_LIMIT_SCALE, RATES };
