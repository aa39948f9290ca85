/**
 * iptables 1.8.9 extensions about IPsec and the machine: policy (the IPsec
 * policy a packet was decapsulated by or will be encapsulated by), esp and
 * ah (the SPI of those headers), devgroup (the group of the in and out
 * devices), cpu (the CPU the packet is handled on), socket (a local
 * socket the packet belongs to), realm and cgroup (the socket's cgroup).
 * @iptables extensions/libxt_policy.c libxt_esp.c libipt_ah.c libxt_devgroup.c libxt_cpu.c libxt_socket.c libipt_realm.c libxt_cgroup.c
 */
import { ipToString, maskToPrefix } from '../../wire/ipv4.js';
import { inetProtoA2n, inetProtoN2a } from '../ip/inet_proto.js';
import { parseHostMask, plenMaskErr, saveString, type Ext, type Info, type ParseErr } from './ipt_ext.js';
import { parseU32Range, strtoui, strtouiEnd, xtablesParseProtocol } from './ipt_num.js';
import { EAI_AGAIN, EAI_NONAME } from '../lib/netdb.js';

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
const hex = (x: number): string => `0x${(x >>> 0).toString(16)}`;

/** XT_POLICY_* (include/uapi/linux/netfilter/xt_policy.h) */
export const XT_POLICY_MATCH_IN = 0x1;
export const XT_POLICY_MATCH_OUT = 0x2;
export const XT_POLICY_MATCH_NONE = 0x4;
export const XT_POLICY_MATCH_STRICT = 0x8;
export const XT_POLICY_MAX_ELEM = 4;
const XT_POLICY_MODE_TRANSPORT = 0;
const XT_POLICY_MODE_TUNNEL = 1;

/** One struct xt_policy_elem: each field with its match and invert bit. */
interface PolicyElem {
  reqid?: [number, boolean];
  spi?: [number, boolean];
  proto?: [number, boolean];
  mode?: [number, boolean];
  daddr?: [number, number, boolean];
  saddr?: [number, number, boolean];
}

const elems = (i: Info): PolicyElem[] => JSON.parse(String(i['pol'] ?? '[{}]')) as PolicyElem[];

/** policy_parse(): the flags, or the element being described (--next begins the next one). */
function policyParse(o: string, arg: string, inv: boolean, info: Info): ParseErr {
  const pol = elems(info);
  const e = pol[pol.length - 1]!;
  switch (o) {
    case 'dir':
      if (arg !== 'in' && arg !== 'out') return `policy_match: invalid dir "${arg}"`;
      info['flags'] = n(info, 'flags') | (arg === 'in' ? XT_POLICY_MATCH_IN : XT_POLICY_MATCH_OUT);
      return null;
    case 'pol':
      if (arg !== 'none' && arg !== 'ipsec') return `policy match: invalid policy "${arg}"`;
      info['flags'] = n(info, 'flags') | (arg === 'none' ? XT_POLICY_MATCH_NONE : 0);
      return null;
    case 'strict':
      info['flags'] = n(info, 'flags') | XT_POLICY_MATCH_STRICT;
      return null;
    case 'reqid': case 'spi': {
      if (e[o]) return `policy match: double --${o} option`;
      const v = strtoui(arg, 0xffffffff);
      if (v === null) return `policy: bad value for option "--${o}", or out of range (0-4294967295).\n`;
      e[o] = [v, inv];
      break;
    }
    case 'tunnel-src': case 'tunnel-dst': {
      const k = o === 'tunnel-src' ? 'saddr' : 'daddr';
      if (e[k]) return `policy match: double --${o} option`;
      const hm = parseHostMask(arg);
      if (hm === 'mask') return plenMaskErr('policy', o);
      // xtopt_parse_host(): getaddrinfo() of what is not an address; a name would need DNS, which no lab reaches.
      if (!hm) return `getaddrinfo: ${/^[0-9.]*$/.test(arg.split('/')[0]!) ? EAI_NONAME : EAI_AGAIN}\n`;
      e[k] = [hm[0], hm[1], inv];
      break;
    }
    case 'proto': {
      if (e.proto) return 'policy match: double --proto option';
      const p = xtablesParseProtocol(arg.toLowerCase(), inetProtoA2n);
      if (p < 0) return `unknown protocol "${arg}" specified`;
      if (p !== 50 && p !== 51 && p !== 108) return 'policy match: protocol must be ah/esp/ipcomp';
      e.proto = [p, inv];
      break;
    }
    case 'mode':
      if (e.mode) return 'policy match: double --mode option';
      if (arg !== 'transport' && arg !== 'tunnel') return `policy match: invalid mode "${arg}"`;
      e.mode = [arg === 'tunnel' ? XT_POLICY_MODE_TUNNEL : XT_POLICY_MODE_TRANSPORT, inv];
      break;
    case 'next':
      if (!(n(info, 'flags') & XT_POLICY_MATCH_STRICT)) return 'policy: option "--next" also requires "--strict".\n';
      if (pol.length === XT_POLICY_MAX_ELEM) return 'policy match: maximum policy depth reached';
      pol.push({});
      break;
  }
  info['pol'] = JSON.stringify(pol);
  return null;
}

/** policy_check(): a direction; "none" with no element; an element under --strict says something. */
function policyCheck(info: Info): ParseErr {
  const flags = n(info, 'flags');
  if (!(flags & (XT_POLICY_MATCH_IN | XT_POLICY_MATCH_OUT))) return 'policy match: neither --dir in nor --dir out specified';
  const pol = elems(info);
  if (flags & XT_POLICY_MATCH_NONE) {
    if (flags & XT_POLICY_MATCH_STRICT) return 'policy match: policy none but --strict given';
    // info->len counts the --next given: an element's options alone pass.
    if (pol.length > 1) return 'policy match: policy none but policy given';
    info['pol'] = '[]';
    return null;
  }
  for (const [k, e] of pol.entries()) {
    if (flags & XT_POLICY_MATCH_STRICT && Object.keys(e).length === 0) {
      return `policy match: empty policy element ${k}. --strict is in effect, but at least one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.`;
    }
    // (e->mode == XT_POLICY_MODE_TUNNEL) == e->invert.mode: no --mode is transport, not inverted.
    if ((e.saddr || e.daddr) && ((e.mode?.[0] ?? XT_POLICY_MODE_TRANSPORT) === XT_POLICY_MODE_TUNNEL) === (e.mode?.[1] ?? false)) {
      return 'policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode';
    }
  }
  return null;
}

/** xtables_ipmask_to_numeric(): "/N", or "/a.b.c.d" for a mask that is not contiguous, nothing for /32. */
const maskText = (m: number): string => (m === 0xffffffff ? '' : `/${maskToPrefix(m) ?? ipToString(m)}`);

/** print_flags() then print_entry() of each element (policy4_print(), policy4_save()). */
function policyText(i: Info, pfx: string, numeric: boolean): string {
  const flags = n(i, 'flags');
  let s = ` ${pfx}dir ${flags & XT_POLICY_MATCH_IN ? 'in' : 'out'} ${pfx}pol ${flags & XT_POLICY_MATCH_NONE ? 'none' : 'ipsec'}`;
  if (flags & XT_POLICY_MATCH_STRICT) s += ` ${pfx}strict`;
  const pol = elems(i);
  const inv = (x: boolean): string => (x ? ' !' : '');
  for (const [k, e] of pol.entries()) {
    if (!pfx && pol.length > 1) s += ` [${k}]`;
    if (e.reqid) s += `${inv(e.reqid[1])} ${pfx}reqid ${e.reqid[0]}`;
    if (e.spi) s += `${inv(e.spi[1])} ${pfx}spi ${hex(e.spi[0])}`;
    if (e.proto) s += `${inv(e.proto[1])} ${pfx}proto ${numeric ? e.proto[0] : inetProtoN2a(e.proto[0]).replace(/^ipproto-/, '')}`;
    if (e.mode) s += `${inv(e.mode[1])} ${pfx}mode ${e.mode[0] === XT_POLICY_MODE_TUNNEL ? 'tunnel' : 'transport'}`;
    if (e.daddr) s += `${inv(e.daddr[2])} ${pfx}tunnel-dst ${ipToString(e.daddr[0])}${maskText(e.daddr[1])}`;
    if (e.saddr) s += `${inv(e.saddr[2])} ${pfx}tunnel-src ${ipToString(e.saddr[0])}${maskText(e.saddr[1])}`;
    if (pfx && k + 1 < pol.length) s += ' --next';
  }
  return s;
}

/** libxt_policy.c (NFPROTO_IPV4). The elements travel as JSON text in the info. */
export const policy: Ext = {
  name: 'policy', revision: 0,
  opts: { dir: true, pol: true, strict: false, reqid: true, spi: true, 'tunnel-src': true, 'tunnel-dst': true, proto: true, mode: true, next: false },
  xtopts: {
    dir: { id: 0, invert: true }, pol: { id: 1 }, strict: { id: 2 }, reqid: { id: 3, multi: true, invert: true }, spi: { id: 4, multi: true, invert: true },
    'tunnel-src': { id: 7, multi: true, invert: true }, 'tunnel-dst': { id: 8, multi: true, invert: true }, proto: { id: 5, multi: true, invert: true },
    mode: { id: 6, multi: true, invert: true }, next: { id: 9, multi: true },
  },
  init: () => ({ flags: 0, pol: '[{}]' }),
  parse: (o, arg, inv, info) => policyParse(o, arg, inv, info),
  final: (i) => policyCheck(i),
  print: (i, numeric) => ` policy match${policyText(i, '', numeric)}`,
  save: (i) => policyText(i, '--', false),
};

/** --espspi/--ahspi: xtopt_parse_mint() of an XTTYPE_UINT32RC. */
function spiRange(ext: string, opt: string, arg: string, info: Info, inv: boolean): ParseErr {
  const r = parseU32Range(ext, opt, arg);
  if (typeof r === 'string') return r;
  Object.assign(info, { spiMin: r[0], spiMax: r[1], invflags: inv ? 1 : 0 });
  return null;
}

/** print_spis(): nothing for the whole range; esp_print() puts a blank before it, ah_print() one after "ah" always. */
function spisPrint(i: Info, sep: string): string {
  const [lo, hi, inv] = [n(i, 'spiMin'), n(i, 'spiMax'), n(i, 'invflags') & 1 ? '!' : ''];
  if (lo === 0 && hi === 0xffffffff && !inv) return '';
  return lo === hi ? `${sep}spi:${inv}${lo}` : `${sep}spis:${inv}${lo}:${hi}`;
}

function spisSave(i: Info, opt: string): string {
  const [lo, hi] = [n(i, 'spiMin'), n(i, 'spiMax')];
  if (lo === 0 && hi === 0xffffffff) return '';
  return `${n(i, 'invflags') & 1 ? ' !' : ''} --${opt} ${lo === hi ? lo : `${lo}:${hi}`}`;
}

function spiExt(name: 'esp' | 'ah' | 'ipcomp'): Ext {
  const opt = `${name}spi`;
  return {
    name, revision: 0, opts: { [opt]: true }, xtopts: { [opt]: { id: 0, invert: true } },
    // ipcomp has no init: its range is 0:0 until --ipcompspi sets it.
    init: () => ({ spiMin: 0, spiMax: name === 'ipcomp' ? 0 : 0xffffffff, invflags: 0 }),
    parse: (_o, arg, inv, info) => spiRange(name, opt, arg, info, inv),
    print: (i) => (name === 'ah' ? ` ah ${spisPrint(i, '')}` : ` ${name === 'esp' ? 'esp' : 'comp'}${spisPrint(i, ' ')}`),
    save: (i) => spisSave(i, opt),
  };
}

/** libxt_esp.c */
export const esp = spiExt('esp');
/** libipt_ah.c */
export const ah = spiExt('ah');
/** libxt_ipcomp.c: printed as "comp"; no default range, so a bare -m ipcomp is SPI 0. */
export const ipcomp = spiExt('ipcomp');

/** XT_DEVGROUP_* (xt_devgroup.h) */
export const XT_DEVGROUP_MATCH_SRC = 0x1;
export const XT_DEVGROUP_INVERT_SRC = 0x2;
export const XT_DEVGROUP_MATCH_DST = 0x4;
export const XT_DEVGROUP_INVERT_DST = 0x8;

/** The lmap of /etc/iproute2/group as iproute2 installs it (the file has "0 default"). */
const DEVGROUPS: readonly [string, number][] = [['default', 0]];

/**
 * xtables_parse_val_mask(): "VALUE[/MASK]" as numbers, else a name of the
 * group file (xtopt_parse_val_mask() messages of iptables 1.8.9).
 */
function parseValMask(opt: string, arg: string, ext = 'devgroup', lmap = DEVGROUPS): [number, number] | string {
  const v = strtouiEnd(arg, 0xffffffff);
  const bad = `${ext}: bad integer value for option "--${opt}", or out of range.\n`;
  if (v && v.rest === '') return [v.value, 0xffffffff];
  if (v && v.rest.startsWith('/')) {
    const m = strtouiEnd(v.rest.slice(1), 0xffffffff);
    return m && m.rest === '' ? [v.value, m.value] : bad;
  }
  const named = lmap.find(([name]) => name === arg);
  return named ? [named[1], 0xffffffff] : `${ext}: could not map name ${arg} to an integer value for option "--${opt}".\n`;
}

/** print_devgroup(), print_realm(): a masked value in hex, else its name (not with -n), else hex. */
function devgroupVal(id: number, mask: number, numeric: boolean, lmap = DEVGROUPS): string {
  if (mask !== 0xffffffff) return `${hex(id)}/${hex(mask)}`;
  return (numeric ? undefined : lmap.find(([, v]) => v === id)?.[0]) ?? hex(id);
}

/** devgroup_show() */
function devgroupShow(i: Info, pfx: string, numeric: boolean): string {
  const f = n(i, 'flags');
  let s = '';
  if (f & XT_DEVGROUP_MATCH_SRC) s += `${f & XT_DEVGROUP_INVERT_SRC ? ' !' : ''} ${pfx}src-group ${devgroupVal(n(i, 'srcGroup'), n(i, 'srcMask'), numeric)}`;
  if (f & XT_DEVGROUP_MATCH_DST) s += `${f & XT_DEVGROUP_INVERT_DST ? ' !' : ''} ${pfx}dst-group ${devgroupVal(n(i, 'dstGroup'), n(i, 'dstMask'), numeric)}`;
  return s;
}

/** libxt_devgroup.c */
export const devgroup: Ext = {
  name: 'devgroup', revision: 0, opts: { 'src-group': true, 'dst-group': true },
  xtopts: { 'src-group': { id: 0, invert: true }, 'dst-group': { id: 1, invert: true } },
  init: () => ({ flags: 0, srcGroup: 0, srcMask: 0, dstGroup: 0, dstMask: 0 }),
  parse(o, arg, inv, info) {
    const r = parseValMask(o, arg);
    if (typeof r === 'string') return r;
    const src = o === 'src-group';
    Object.assign(info, src ? { srcGroup: r[0], srcMask: r[1] } : { dstGroup: r[0], dstMask: r[1] });
    info['flags'] = n(info, 'flags') | (src ? XT_DEVGROUP_MATCH_SRC : XT_DEVGROUP_MATCH_DST) | (inv ? (src ? XT_DEVGROUP_INVERT_SRC : XT_DEVGROUP_INVERT_DST) : 0);
    return null;
  },
  final: (_i, ctx) => (ctx.xflags ? null : "devgroup match: You must specify either '--src-group' or '--dst-group'"),
  print: (i, numeric) => devgroupShow(i, '', numeric),
  save: (i) => devgroupShow(i, '--', false),
};

/** libxt_cpu.c: --cpu N (XTTYPE_UINT32, mandatory, invertible). */
export const cpu: Ext = {
  name: 'cpu', revision: 0, opts: { cpu: true }, xtopts: { cpu: { id: 0, mand: true, invert: true } },
  init: () => ({ cpu: 0, invert: 0 }),
  parse(_o, arg, inv, info) {
    const v = strtoui(arg, 0xffffffff);
    if (v === null) return 'cpu: bad value for option "--cpu", or out of range (0-4294967295).\n';
    Object.assign(info, { cpu: v, invert: inv ? 1 : 0 });
    return null;
  },
  print: (i) => ` cpu ${n(i, 'invert') ? '! ' : ''}${n(i, 'cpu')}`,
  save: (i) => `${n(i, 'invert') ? ' !' : ''} --cpu ${n(i, 'cpu')}`,
};

/** XT_SOCKET_* (xt_socket.h) */
export const XT_SOCKET_TRANSPARENT = 1 << 0;
export const XT_SOCKET_NOWILDCARD = 1 << 1;
export const XT_SOCKET_RESTORESKMARK = 1 << 2;
const SOCKET_FLAGS: readonly [string, number][] = [['transparent', XT_SOCKET_TRANSPARENT], ['nowildcard', XT_SOCKET_NOWILDCARD], ['restore-skmark', XT_SOCKET_RESTORESKMARK]];

const socketFlags = (i: Info): string => SOCKET_FLAGS.filter(([, bit]) => n(i, 'flags') & bit).map(([o]) => ` --${o}`).join('');

/** libxt_socket.c revision 3 (the kernel's newest): three flags, no value. */
export const socket: Ext = {
  name: 'socket', revision: 3, opts: { transparent: false, nowildcard: false, 'restore-skmark': false },
  xtopts: { transparent: { id: 0 }, nowildcard: { id: 1 }, 'restore-skmark': { id: 2 } },
  init: () => ({ flags: 0 }),
  parse(o, _arg, _inv, info) {
    info['flags'] = n(info, 'flags') | SOCKET_FLAGS.find(([x]) => x === o)![1];
    return null;
  },
  print: (i) => ` socket${socketFlags(i)}`,
  save: (i) => socketFlags(i),
};

/** The lmap of /etc/iproute2/rt_realms as iproute2 installs it. */
const REALMS: readonly [string, number][] = [['cosmos', 0]];

/** libipt_realm.c: --realm VALUE[/MASK] or a name of rt_realms (mandatory, invertible). */
export const realm: Ext = {
  name: 'realm', revision: 0, opts: { realm: true }, xtopts: { realm: { id: 0, mand: true, invert: true } },
  init: () => ({ id: 0, mask: 0, invert: 0 }),
  parse(_o, arg, inv, info) {
    const r = parseValMask('realm', arg, 'realm', REALMS);
    if (typeof r === 'string') return r;
    Object.assign(info, { id: r[0], mask: r[1], invert: inv ? 1 : 0 });
    return null;
  },
  print: (i, numeric) => `${n(i, 'invert') ? ' !' : ''} realm ${devgroupVal(n(i, 'id'), n(i, 'mask'), numeric, REALMS)}`,
  save: (i) => `${n(i, 'invert') ? ' !' : ''} --realm ${devgroupVal(n(i, 'id'), n(i, 'mask'), false, REALMS)}`,
};

/** libxt_cgroup.c revision 2: --path of the cgroup v2 tree or --cgroup (a net_cls classid), each invertible; the kernel wants exactly one. */
export const cgroup: Ext = {
  name: 'cgroup', revision: 2, opts: { path: true, cgroup: true },
  xtopts: { path: { id: 0, invert: true }, cgroup: { id: 1, invert: true } },
  init: () => ({ hasPath: 0, hasClassid: 0, invertPath: 0, invertClassid: 0, path: '', classid: 0 }),
  parse(o, arg, inv, info) {
    if (o === 'path') {
      Object.assign(info, { hasPath: 1, invertPath: inv ? 1 : 0, path: arg });
      return null;
    }
    const v = strtoui(arg, 0xffffffff);
    if (v === null) return 'cgroup: bad value for option "--cgroup", or out of range (0-4294967295).\n';
    Object.assign(info, { hasClassid: 1, invertClassid: inv ? 1 : 0, classid: v });
    return null;
  },
  print: (i) => (n(i, 'hasPath') ? ` cgroup${n(i, 'invertPath') ? ' !' : ''} ${String(i['path'])}` : '') +
    (n(i, 'hasClassid') ? ` cgroup${n(i, 'invertClassid') ? ' !' : ''} ${n(i, 'classid')}` : ''),
  save: (i) => (n(i, 'hasPath') ? `${n(i, 'invertPath') ? ' !' : ''} --path${saveString(String(i['path']))}` : '') +
    (n(i, 'hasClassid') ? `${n(i, 'invertClassid') ? ' !' : ''} --cgroup ${n(i, 'classid')}` : ''),
};
