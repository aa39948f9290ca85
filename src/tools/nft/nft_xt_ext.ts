/**
 * What nft shows for the newer x_tables extensions iptables-nft made
 * (libxtables' xlate of libxt_owner.c, libxt_tcpmss.c, libxt_TCPMSS.c,
 * libxt_quota.c, libxt_time.c, libxt_connbytes.c, libxt_rpfilter.c,
 * libxt_addrtype.c, libxt_iprange.c, libxt_pkttype.c, libxt_dscp.c,
 * libxt_mac.c, libxt_DSCP.c, libxt_devgroup.c, libxt_policy.c, libxt_esp.c,
 * libipt_ah.c, libxt_ipcomp.c, libxt_cpu.c, libipt_realm.c, libxt_sctp.c,
 * libxt_dccp.c, libxt_AUDIT.c, libxt_TEE.c, libxt_helper.c, libxt_ecn.c; TRACE is iptables-nft's own
 * meta nftrace); null
 * when the rule has no translation (nft then prints "xt match NAME").
 * connlimit, u32 and NETMAP have none at all; hashlimit a meter for one address key.
 * @iptables extensions/libxt_owner.c owner_mt_xlate(), libxt_tcpmss.c, libxt_TCPMSS.c, libxt_quota.c, libxt_time.c time_xlate(), libxt_connbytes.c, libxt_rpfilter.c
 */
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import { ipToString } from '../../wire/ipv4.js';
import { PKTTYPES, RTN_NAMES } from '../iptables/ipt_ext.js';
import { DCCP_TYPES, SCTP_CHUNKS } from '../iptables/ipt_sctp.js';
import { BYTES, HASH_DIP, HASH_DPT, HASH_SIP, HASH_SPT, INVERT, hashlimitBytesXlate, hashlimitRateUnit } from '../iptables/ipt_hashlimit.js';

const p2 = (v: number): string => String(v).padStart(2, '0');
const hms = (t: number): string => `${p2(Math.floor(t / 3600))}:${p2(Math.floor(t / 60) % 60)}:${p2(t % 60)}`;
function gmt(sec: number): string {
  const d = new Date(sec * 1000);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** owner_mt_xlate(): a lone uid or gid (range) only. */
function ownerXlate(n: (k: string) => number): string | null {
  const id = n('match') === 1 ? 'uid' : n('match') === 2 ? 'gid' : null;
  if (!id) return null;
  const lo = n(`${id}Min`);
  const hi = n(`${id}Max`);
  return `sk${id}${n('invert') ? ' !=' : ''} ${lo !== hi ? `${lo}-${hi}` : lo}`;
}

/** time_xlate(): the date and daytime ranges, the week days (Sunday 0); month days have no translation. */
function timeXlate(n: (k: string) => number): string | null {
  let s = '';
  if (n('dateStart') !== 0 || n('dateStop') !== 0x7fffffff) s += `meta time "${gmt(n('dateStart'))}"-"${gmt(n('dateStop'))}"`;
  if (n('daytimeStart') !== 0 || n('daytimeStop') !== 86399) s += ` meta hour "${hms(n('daytimeStart'))}"-"${hms(n('daytimeStop'))}"`;
  if (n('monthdays') !== 0xfffffffe) return null;
  if (n('weekdays') !== 0xfe) {
    const days: number[] = [];
    for (let k = 1; k <= 7; k++) if (n('weekdays') & (1 << k)) days.push(k % 7);
    s += ` meta day ${days.length > 1 ? `{ ${days.join(', ')} }` : days.join('')}`;
  }
  return s;
}

/** connbytes_xlate(): ct [original|reply] packets|bytes|avgpkt and the range ("ge", "lt" or "!=" for an open or inverted one). */
function connbytesXlate(i: XtInfo, n: (k: string) => number): string {
  let from = BigInt(String(i['from']));
  let to = BigInt(String(i['to']));
  const invert = from > to;
  if (invert) [from, to] = [to, from];
  let s = `ct ${['original ', 'reply ', ''][n('direction')] ?? ''}${['packets', 'bytes', 'avgpkt'][n('what')]} `;
  if (from === to) s += `${from}`;
  else if (to === 0xffffffffffffffffn) s += `${invert ? 'lt' : 'ge'} ${from}`;
  else s += `${invert ? '!= ' : ''}${from}-${to}`;
  return s;
}

/** rpfilter_xlate(): a fib lookup of the source (and mark) from the incoming device (not when --loose). */
function rpfilterXlate(n: (k: string) => number): string | null {
  const f = n('flags');
  const invert = (f & 8) !== 0;
  let s = '';
  if (f & 4) {
    if (!invert) return null;
    s = 'fib saddr type != local ';
  }
  return `${s}fib saddr${f & 2 ? ' . mark' : ''}${f & 1 ? '' : ' . iif'} oif ${invert ? '' : '!= '}0`;
}

/** addrtype_mt_xlate(): a fib lookup of the source (else the destination), with the limiting device, of the types. */
function addrtypeXlate(n: (k: string) => number): string {
  const f = n('flags');
  const src = n('source') !== 0;
  const mask = src ? n('source') : n('dest');
  const types = RTN_NAMES.filter((_t, k) => mask & (1 << k)).map((t) => t.toLowerCase());
  const iface = f & 4 ? ' . iif' : f & 8 ? ' . oif' : '';
  const not = f & (src ? 1 : 2) ? '!= ' : '';
  return `fib ${src ? 'saddr' : 'daddr'}${iface} type ${not}${types.length > 1 ? `{ ${types.join(', ')} }` : types.join('')}`;
}

/** iprange_mt4_xlate(): each side as an "ip saddr/daddr [!=] lo-hi" range. */
function iprangeXlate(n: (k: string) => number): string {
  const f = n('flags');
  const out: string[] = [];
  if (f & 1) out.push(`ip saddr${f & 0x10 ? ' !=' : ''} ${ipToString(n('srcMin'))}-${ipToString(n('srcMax'))}`);
  if (f & 2) out.push(`ip daddr${f & 0x20 ? ' !=' : ''} ${ipToString(n('dstMin'))}-${ipToString(n('dstMax'))}`);
  return out.join(' ');
}

/** tcp_flag_names_xlate[]: the TCP flags by bit, lowest first. */
const TCP_FLAGS_XLATE = ['fin', 'syn', 'rst', 'psh', 'ack', 'urg', 'ecn', 'cwr'];

/** print_tcp_xlate(): the flags' names joined by commas, 0x0 for none. */
function tcpFlagsXlate(f: number): string {
  return TCP_FLAGS_XLATE.filter((_, b) => f & (1 << b)).join(',') || '0x0';
}

/** tcp_xlate()/udp_xlate(): the ports (a range as LO-HI), the option (tcp), the flags (tcp), each xt_xlate_add() a word apart. */
function tcpudpXlate(p: string, n: (k: string) => number): string {
  const inv = n('invflags');
  const parts: string[] = [];
  const port = (dir: string, lo: number, hi: number, invert: boolean): void => {
    if (lo !== 0 || hi !== 0xffff) parts.push(`${p} ${dir} ${invert ? '!= ' : ''}${lo !== hi ? `${lo}-${hi}` : lo}`);
  };
  port('sport', n('sptLo'), n('sptHi'), (inv & 1) !== 0);
  port('dport', n('dptLo'), n('dptHi'), (inv & 2) !== 0);
  if (p === 'tcp' && n('option')) parts.push(`tcp option ${n('option')} ${inv & 8 ? 'missing' : 'exists'}`);
  if (p === 'tcp' && (n('flgMask') || inv & 4)) parts.push(`tcp flags ${inv & 4 ? '!= ' : ''}${tcpFlagsXlate(n('flgCmp'))} / ${tcpFlagsXlate(n('flgMask'))}`);
  return parts.join(' ');
}

const hexs = (v: number): string => `0x${(v >>> 0).toString(16)}`;

/** print_devgroup_xlate()/realm_xlate(): "and MASK ==|!= VALUE" when masked, else [!= ]NAME|0xVALUE (names: group's default, rt_realms' cosmos). */
function valMaskXlate(v: number, mask: number, inv: boolean, zeroName: string): string {
  if (mask !== 0xffffffff) return `and ${hexs(mask)} ${inv ? '!=' : '=='} ${hexs(v)}`;
  return `${inv ? '!= ' : ''}${v === 0 ? zeroName : hexs(v)}`;
}

/** devgroup_show_xlate(): iifgroup, then oifgroup. */
function devgroupXlate(n: (k: string) => number): string {
  const f = n('flags');
  const out: string[] = [];
  if (f & 1) out.push(`iifgroup ${valMaskXlate(n('srcGroup'), n('srcMask'), (f & 2) !== 0, 'default')}`);
  if (f & 4) out.push(`oifgroup ${valMaskXlate(n('dstGroup'), n('dstMask'), (f & 8) !== 0, 'default')}`);
  return out.join(' ');
}

/** esp_xlate(), ah_mt4_xlate(), comp_xlate(): the SPI (a range as LO-HI) when not the whole range. */
function spiXlate(word: string, n: (k: string) => number): string {
  const [lo, hi] = [n('spiMin'), n('spiMax')];
  if (lo === 0 && hi === 0xffffffff) return '';
  return `${word}${n('invflags') & 1 ? ' !=' : ''} ${lo !== hi ? `${lo}-${hi}` : lo}`;
}

/** The ports of sctp_xlate()/dccp_xlate(). */
function portsXlate(p: string, i: XtInfo, n: (k: string) => number, out: string[]): void {
  for (const [bit, dir, key] of [[1, 'sport', 'spts'], [2, 'dport', 'dpts']] as const) {
    if (!(n('flags') & bit)) continue;
    const r = i[key] as number[];
    out.push(`${p} ${dir}${n('invflags') & bit ? ' !=' : ''} ${r[0] !== r[1] ? `${r[0]}-${r[1]}` : r[0]}`);
  }
}

/** sctp_xlate(): the ports, then (not for "any") each chunk type of the table as sctp_xlate_chunk() says it. */
function sctpXlate(i: XtInfo, n: (k: string) => number): string | null {
  if (!n('flags')) return null;
  const out: string[] = [];
  portsXlate('sctp', i, n, out);
  if (n('flags') & 4) {
    const type = n('chunkMatchType');
    if (type === 1) return null;
    const inv = (n('invflags') & 4) !== 0;
    const map = i['chunkmap'] as number[];
    const fi = (i['flagInfo'] as number[] | undefined) ?? [];
    for (const [name, t] of SCTP_CHUNKS) {
      const nft = name === 'ECN_ECNE' ? 'ecne' : name === 'ECN_CWR' ? 'cwr' : name.toLowerCase().replace(/_/g, '-');
      if (!((map[t >>> 5]! >>> (t & 31)) & 1)) {
        if (type === 4) out.push(`sctp chunk ${nft} ${inv ? 'exists' : 'missing'}`);
        continue;
      }
      const j = fi.findIndex((x, k) => k % 3 === 0 && x === t);
      out.push(j < 0 ? `sctp chunk ${nft} ${inv ? 'missing' : 'exists'}` : `sctp chunk ${nft} flags & ${hexs(fi[j + 2]!)} ${inv ? '!=' : '=='} ${hexs(fi[j + 1]!)}`);
    }
  }
  return out.join(' ');
}

/** dccp_xlate(): the ports and types; an option has no translation. */
function dccpXlate(i: XtInfo, n: (k: string) => number): string | null {
  if (n('flags') & 8) return null;
  const out: string[] = [];
  portsXlate('dccp', i, n, out);
  if (n('flags') & 4 && n('typemask')) {
    const types = DCCP_TYPES.filter((_t, k) => n('typemask') & (1 << k)).map((t) => t.toLowerCase());
    out.push(`dccp type${n('invflags') & 4 ? ' !=' : ''} ${types.length > 1 ? `{ ${types.join(', ')} }` : types[0]}`);
  }
  return out.join(' ');
}

/**
 * ecn_xlate(): the TCP ECE bit, then CWR, then the IP header's ECN field; any inverted option
 * inverts them all ("!= " on each: the test is of einfo->invert as a whole).
 */
function ecnXlate(n: (k: string) => number): string {
  const op = n('operation');
  const not = n('invert') ? '!= ' : '';
  const out: string[] = [];
  if (op & 0x10) out.push(`tcp flags ${not}ecn`);
  if (op & 0x20) out.push(`tcp flags ${not}cwr`);
  if (op & 0x01) out.push(`ip ecn ${not}${['not-ect', 'ect1', 'ect0', 'ce'][n('ipEct') & 3]}`);
  return out.join(' ');
}

/**
 * hashlimit_mt_xlate(): a meter named after the table, keyed by what the mode hashes in the order of
 * its bits (hashlimit_mode_xlate(): ip daddr, tcp dport, ip saddr, tcp sport, a prefix mask as "and
 * A.B.C.D"; the ports "tcp" whatever the protocol), the expiry when not 1 s, the rate ("over" when
 * inverted) in packets ("N/UNIT " and a burst not 5) or bytes (print_bytes_rate_xlate()); null (nft
 * prints the xt match) when the mode hashes nothing.
 */
function hashlimitXlate(i: XtInfo, n: (k: string) => number): string | null {
  const mode = n('mode');
  const keys: string[] = [];
  const mask = (plen: number): string => (plen !== 32 ? ` and ${ipToString(plen ? (0xffffffff << (32 - plen)) >>> 0 : 0)}` : '');
  if (mode & HASH_DIP) keys.push(`ip daddr${mask(n('dstmask'))}`);
  if (mode & HASH_DPT) keys.push('tcp dport');
  if (mode & HASH_SIP) keys.push(`ip saddr${mask(n('srcmask'))}`);
  if (mode & HASH_SPT) keys.push('tcp sport');
  if (!keys.length) return null;
  let s = `meter ${String(i['name'])} { ${keys.join(' . ')}`;
  if (n('expire') !== 1000) s += ` timeout ${Math.floor(n('expire') / 1000)}s`;
  s += ` limit rate${mode & INVERT ? ' over' : ''}`;
  if (mode & BYTES) s += hashlimitBytesXlate(n('avg'), n('burst'));
  else {
    // print_packets_rate_xlate(): " N/UNIT " (the blank before "burst" or the brace)
    const r = hashlimitRateUnit(n('avg'));
    s += ` ${r.count}/${r.xlateName} `;
    if (n('burst') !== 5) s += `burst ${n('burst')} packets`;
  }
  // xt_xlate_add() puts a blank between words that have none
  return s.endsWith(' ') ? `${s}}` : `${s} }`;
}

export function xtExtText(kind: 'match' | 'target', xtName: string, i: XtInfo): string | null | undefined {
  const n = (k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
  if (kind === 'target') {
    if (xtName === 'TCPMSS') return `tcp option maxseg size set ${n('mss') === 0xffff ? 'rt mtu' : n('mss')}`;
    // dscp_tg_xlate()
    if (xtName === 'DSCP') return `ip dscp set 0x${n('dscp').toString(16).padStart(2, '0')}`;
    // audit_xlate(): whatever the type; tee_tg_xlate(); TRACE is nft's meta nftrace
    if (xtName === 'AUDIT') return 'log level audit';
    if (xtName === 'TEE') return `dup to ${ipToString(n('gw'))}${i['oif'] ? ` device ${String(i['oif'])}` : ''}`;
    if (xtName === 'TRACE') return 'meta nftrace set 1';
    return xtName === 'NETMAP' ? null : undefined;
  }
  switch (xtName) {
    case 'owner': return ownerXlate(n);
    case 'tcpmss': return `tcp option maxseg size ${i['invert'] === true ? '!= ' : ''}${n('min') === n('max') ? n('min') : `${n('min')}-${n('max')}`}`;
    case 'quota': return `quota ${i['invert'] === true ? 'over ' : ''}${String(i['quota'])} bytes`;
    case 'time': return timeXlate(n);
    case 'connbytes': return connbytesXlate(i, n);
    case 'rpfilter': return rpfilterXlate(n);
    case 'addrtype': return addrtypeXlate(n);
    case 'iprange': return iprangeXlate(n);
    // pkttype_xlate(): the first name of the type.
    case 'pkttype': return `pkttype${i['invert'] === true ? ' !=' : ''} ${PKTTYPES.find((x) => x[1] === n('pkttype'))?.[0] ?? n('pkttype')}`;
    // dscp_xlate(), mac_xlate()
    case 'dscp': return `ip dscp ${i['invert'] === true ? '!= ' : ''}0x${n('dscp').toString(16).padStart(2, '0')}`;
    case 'mac': return `ether saddr${i['invert'] === true ? ' !=' : ''} ${(i['srcaddr'] as number[]).map((x) => x.toString(16).padStart(2, '0')).join(':')}`;
    // tcp_xlate()/udp_xlate(): iptables-nft sends a match of defaults only, or one with --tcp-option.
    case 'tcp': case 'udp': return tcpudpXlate(xtName, n);
    case 'hashlimit': return hashlimitXlate(i, n);
    case 'connlimit': case 'u32': case 'socket': return null;
    // helper_xlate()
    case 'helper': return `ct helper${i['invert'] === true ? ' !=' : ''} "${String(i['name'])}"`;
    case 'ecn': return ecnXlate(n);
    case 'devgroup': return devgroupXlate(n);
    // policy_xlate(): only an incoming policy whose element matches nothing, as the secpath's presence
    case 'policy': {
      const elems = JSON.parse(String(i['pol'] ?? '[]')) as object[];
      return n('flags') & 1 && elems.every((e) => Object.keys(e).length === 0) ? `meta secpath ${n('flags') & 4 ? 'missing' : 'exists'}` : null;
    }
    case 'esp': return spiXlate('esp spi', n);
    case 'ah': return spiXlate('ah spi', n);
    case 'ipcomp': return spiXlate('comp cpi', n);
    case 'cpu': return `cpu${n('invert') ? ' !=' : ''} ${n('cpu')}`;
    case 'realm': return `rtclassid ${valMaskXlate(n('id'), n('mask'), n('invert') !== 0, 'cosmos')}`;
    case 'sctp': return sctpXlate(i, n);
    case 'dccp': return dccpXlate(i, n);
    // cgroup_xlate_v2(): a classid only
    case 'cgroup': return n('hasClassid') ? `meta cgroup${n('invertClassid') ? ' !=' : ''} ${n('classid')}` : null;
    default: return undefined;
  }
}
