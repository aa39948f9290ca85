/**
 * The NAT targets of iptables 1.8.9 (libxt_NAT.c): SNAT, DNAT, MASQUERADE,
 * REDIRECT, NETMAP with their options, what -L prints, what -S saves, and the
 * translation `nft list` shows for them (xlate). Their info is struct
 * nf_nat_ipv4_multi_range_compat's one range: flags, addresses, ports.
 * @iptables extensions/libxt_NAT.c, extensions/libxt_NETMAP.c
 */
import { ipToString, maskToPrefix, parseIp, prefixToMask } from '../../wire/ipv4.js';
import { EAI_AGAIN, EAI_NONAME } from '../lib/netdb.js';
import { parsePlenMask, plenMaskErr, strtoui, type Ext, type Info, type ParseErr } from './ipt_ext.js';
import { getservbyname } from './services.js';

/** include/uapi/linux/netfilter/nf_nat.h NF_NAT_RANGE_* */
export const NF_NAT_RANGE_MAP_IPS = 1;
export const NF_NAT_RANGE_PROTO_SPECIFIED = 2;
export const NF_NAT_RANGE_PROTO_RANDOM = 4;
export const NF_NAT_RANGE_PERSISTENT = 8;
export const NF_NAT_RANGE_PROTO_RANDOM_FULLY = 16;
export const NF_NAT_RANGE_PROTO_OFFSET = 32;

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);

class NatErr extends Error {}

/** __NAT_parse(): ports only make sense for these protocols. */
const portOk = (proto: number): boolean => proto === 6 || proto === 17 || proto === 132 || proto === 33 || proto === 1;

function portNum(s: string): number | null {
  const v = strtoui(s, 65535);
  return v ?? getservbyname(s);
}

/** parse_ports() */
function parsePorts(arg: string, ok: boolean, info: Info): void {
  if (!ok) throw new NatErr('Need TCP, UDP, SCTP or DCCP with port specification');
  info['flags'] = n(info, 'flags') | NF_NAT_RANGE_PROTO_SPECIFIED;
  // xtables_service_to_port(arg, NULL) first: a service name may hold a dash ("cisco-sccp").
  const service = getservbyname(arg);
  if (service !== null) {
    Object.assign(info, { minPort: service, maxPort: service });
    return;
  }
  // xtables_strtoui() of the leading number, else the whole word a service; then what follows it.
  const m = /^(0[xX][0-9a-fA-F]+|[0-9]+)(.*)$/.exec(arg);
  const lo = m ? strtoui(m[1]!, 65535) : portNum(arg);
  if (lo === null) throw new NatErr(`Port \`${arg}' not valid`);
  const end = m ? m[2]! : '';
  if (end === '') {
    Object.assign(info, { minPort: lo, maxPort: lo });
    return;
  }
  if (end[0] === ':') throw new NatErr('Invalid port:port syntax - use dash');
  if (end[0] !== '-') throw new NatErr(`Garbage after port value: \`${end}'`);
  // A range: no service names.
  const rest = end.slice(1);
  const r = /^(0[xX][0-9a-fA-F]+|[0-9]*)(.*)$/.exec(rest)!;
  const hi = strtoui(r[1]!, 65535);
  if (hi === null) throw new NatErr(`Port \`${rest}' not valid`);
  if (hi < lo) throw new NatErr(`Port range \`${rest}' funky`);
  Object.assign(info, { minPort: lo, maxPort: hi });
  if (r[2] === '') return;
  if (r[2]![0] !== '/') throw new NatErr(`Garbage after port range: \`${r[2]}'`);
  // "/base": a shifted portmap (NF_NAT_RANGE_PROTO_OFFSET), the base 1-65535 or a service.
  const baseText = r[2]!.slice(1);
  const v = strtoui(baseText, 65535);
  const base = v !== null && v >= 1 ? v : getservbyname(baseText);
  if (base === null) throw new NatErr(`Port \`${baseText}' not valid`);
  Object.assign(info, { basePort: base, flags: n(info, 'flags') | NF_NAT_RANGE_PROTO_OFFSET });
}

/** parse_to(): [addr[-addr]][:port[-port]] */
function parseTo(arg: string, ok: boolean, info: Info): void {
  // One colon is port information; a second makes it an IPv6 address (then a bad IPv4 one).
  let colon = arg.indexOf(':');
  if (colon >= 0 && arg.indexOf(':', colon + 1) >= 0) colon = -1;
  let addrs = arg;
  if (colon >= 0) {
    parsePorts(arg.slice(colon + 1), ok, info);
    if (colon === 0) return;
    addrs = arg.slice(0, colon);
  }
  info['flags'] = n(info, 'flags') | NF_NAT_RANGE_MAP_IPS;
  const dash = addrs.indexOf('-');
  const first = dash >= 0 ? addrs.slice(0, dash) : addrs;
  const lo = parseIp(first);
  if (lo === null) throw new NatErr(`Bad IP address "${first}"`);
  let hi = lo;
  if (dash >= 0) {
    const v = parseIp(addrs.slice(dash + 1));
    if (v === null) throw new NatErr(`Bad IP address "${addrs.slice(dash + 1)}"`);
    hi = v;
  }
  Object.assign(info, { minIp: lo, maxIp: hi });
}

/** sprint_range() */
function sprintRange(i: Info): string {
  const f = n(i, 'flags');
  let s = '';
  if (f & NF_NAT_RANGE_MAP_IPS) {
    s += ipToString(n(i, 'minIp'));
    if (n(i, 'minIp') !== n(i, 'maxIp')) s += `-${ipToString(n(i, 'maxIp'))}`;
  }
  if (f & NF_NAT_RANGE_PROTO_SPECIFIED) {
    s += `:${n(i, 'minPort')}`;
    if (n(i, 'maxPort') !== n(i, 'minPort')) s += `-${n(i, 'maxPort')}`;
    if (f & NF_NAT_RANGE_PROTO_OFFSET) s += `/${n(i, 'basePort')}`;
  }
  return s;
}

/** __NAT_print(): -L (flag prefix "") and -S (prefix "--"). */
function natPrint(i: Info, rangeopt: string, pfx: string, skipColon: boolean): string {
  let r = sprintRange(i);
  let s = '';
  if (r) {
    if (r[0] === ':' && skipColon) r = r.slice(1);
    s += ` ${rangeopt}${r}`;
  }
  const f = n(i, 'flags');
  if (f & NF_NAT_RANGE_PROTO_RANDOM) s += ` ${pfx}random`;
  if (f & NF_NAT_RANGE_PROTO_RANDOM_FULLY) s += ` ${pfx}random-fully`;
  if (f & NF_NAT_RANGE_PERSISTENT) s += ` ${pfx}persistent`;
  return s;
}

/** __NAT_xlate(): what nft shows for the xt target. */
export function natXlate(name: string, i: Info): string | null {
  // Shifted portmap ranges are not supported by nftables: no translation.
  if (n(i, 'flags') & NF_NAT_RANGE_PROTO_OFFSET) return null;
  const tgt = ({ SNAT: 'snat', DNAT: 'dnat', MASQUERADE: 'masquerade', REDIRECT: 'redirect' } as Record<string, string>)[name] ?? name;
  const r = sprintRange(i);
  let s = tgt;
  if (r) s += ` to ${r}`;
  let sep = ' ';
  const f = n(i, 'flags');
  for (const [bit, word] of [[NF_NAT_RANGE_PROTO_RANDOM, 'random'], [NF_NAT_RANGE_PROTO_RANDOM_FULLY, 'fully-random'], [NF_NAT_RANGE_PERSISTENT, 'persistent']] as const) {
    if (f & bit) {
      s += `${sep}${word}`;
      sep = ',';
    }
  }
  return s;
}

interface NatSpec {
  readonly name: string;
  readonly rangeOpt: 'to-source' | 'to-destination' | 'to-ports';
  readonly printOpt: string;
  readonly skipColon: boolean;
  readonly flagOpts: readonly string[];
}

function natExt(spec: NatSpec): Ext {
  const opts: Record<string, boolean> = { [spec.rangeOpt]: true };
  for (const o of spec.flagOpts) opts[o] = false;
  // The option table: each option once (xtables_option_parse()).
  const xtopts = Object.fromEntries([spec.rangeOpt, ...spec.flagOpts].map((o, id) => [o, { id }]));
  return {
    // DNAT is revision 2 in iptables 1.8.9 (nf_nat_range2, with the base port); the lab's kernel takes its range in one struct for all.
    name: spec.name, revision: 0, opts, xtopts,
    init: () => ({ flags: 0, minIp: 0, maxIp: 0, minPort: 0, maxPort: 0, given: false }),
    parse(o, arg, _inv, info, ctx): ParseErr {
      try {
        if (o === 'to-ports') parsePorts(arg, portOk(ctx.proto), info);
        else if (o === spec.rangeOpt) parseTo(arg, portOk(ctx.proto), info);
        else {
          const bit = o === 'random' ? NF_NAT_RANGE_PROTO_RANDOM : o === 'random-fully' ? NF_NAT_RANGE_PROTO_RANDOM_FULLY : NF_NAT_RANGE_PERSISTENT;
          info['flags'] = n(info, 'flags') | bit;
        }
      } catch (e) {
        if (e instanceof NatErr) return e.message;
        throw e;
      }
      if (o === spec.rangeOpt) info['given'] = true;
      // SNAT is revision 1 (struct nf_nat_range): the base of a shifted portmap parsed into the range2
      // is not copied, the flag is (-S shows "/0").
      if (spec.name === 'SNAT') info['basePort'] = 0;
      return null;
    },
    final(info) {
      // XTOPT_MAND on --to-source / --to-destination.
      if (spec.rangeOpt !== 'to-ports' && info['given'] !== true) return `${spec.name}: option "--${spec.rangeOpt}" must be specified\n`;
      // DNAT revision 2 (struct nf_nat_range2) carries the base port; MASQUERADE and REDIRECT's revision 0 cannot (DNAT_fcheck()).
      if (n(info, 'flags') & NF_NAT_RANGE_PROTO_OFFSET && spec.name !== 'SNAT' && spec.name !== 'DNAT') return 'Shifted portmap ranges not supported with this kernel';
      return null;
    },
    print: (i) => natPrint(i, spec.printOpt, '', spec.skipColon),
    save: (i) => natPrint(i, `--${spec.rangeOpt} `, '--', spec.skipColon),
  };
}


/** NETMAP_parse(): --to addr[/mask] becomes the range addr&mask .. addr|~mask. */
function parseNetmap(arg: string, info: Info): ParseErr {
  const slash = arg.indexOf('/');
  const host = slash < 0 ? arg : arg.slice(0, slash);
  const addr = parseIp(host);
  // xtopt_parse_host(): getaddrinfo(); a name would need DNS, which no lab reaches.
  if (addr === null) return `getaddrinfo: ${/^[0-9.]*$/.test(host) ? EAI_NONAME : EAI_AGAIN}\n`;
  const plen = slash < 0 ? 32 : parsePlenMask(arg.slice(slash + 1));
  if (plen === null) return plenMaskErr('NETMAP', 'to');
  const mask = prefixToMask(plen);
  const minIp = (addr & mask) >>> 0;
  Object.assign(info, { flags: NF_NAT_RANGE_MAP_IPS, minIp, maxIp: (minIp | ~mask) >>> 0 });
  return null;
}

/** __NETMAP_print(): the first address and the prefix length of the range (the mask when not contiguous). */
function netmapText(i: Info): string {
  const mask = ~(n(i, 'minIp') ^ n(i, 'maxIp')) >>> 0;
  const bits = maskToPrefix(mask);
  return `${ipToString(n(i, 'minIp'))}/${bits ?? ipToString(mask)}`;
}

/** libxt_NETMAP.c: one mandatory --to. */
const netmap: Ext = {
  name: 'NETMAP', revision: 0, opts: { to: true }, xtopts: { to: { id: 0, mand: true } },
  init: () => ({ flags: 0, minIp: 0, maxIp: 0, minPort: 0, maxPort: 0 }),
  parse: (_o, arg, _inv, info) => parseNetmap(arg, info),
  print: (i) => ` to:${netmapText(i)}`,
  save: (i) => ` --to ${netmapText(i)}`,
};

export const NAT_TARGETS: readonly Ext[] = [
  natExt({ name: 'SNAT', rangeOpt: 'to-source', printOpt: 'to:', skipColon: false, flagOpts: ['random', 'random-fully', 'persistent'] }),
  natExt({ name: 'DNAT', rangeOpt: 'to-destination', printOpt: 'to:', skipColon: false, flagOpts: ['random', 'persistent'] }),
  natExt({ name: 'MASQUERADE', rangeOpt: 'to-ports', printOpt: 'masq ports: ', skipColon: true, flagOpts: ['random', 'random-fully'] }),
  natExt({ name: 'REDIRECT', rangeOpt: 'to-ports', printOpt: 'redir ports ', skipColon: true, flagOpts: ['random'] }),
  netmap,
];
