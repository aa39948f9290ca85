/**
 * What nft shows for the newer x_tables extensions iptables-nft made
 * (libxtables' xlate of libxt_owner.c, libxt_tcpmss.c, libxt_TCPMSS.c,
 * libxt_quota.c, libxt_time.c, libxt_connbytes.c, libxt_rpfilter.c,
 * libxt_addrtype.c, libxt_iprange.c, libxt_pkttype.c, libxt_dscp.c,
 * libxt_mac.c, libxt_DSCP.c); null
 * when the rule has no translation (nft then prints "xt match NAME").
 * connlimit, hashlimit, u32 and NETMAP have none at all.
 * @iptables extensions/libxt_owner.c owner_mt_xlate(), libxt_tcpmss.c, libxt_TCPMSS.c, libxt_quota.c, libxt_time.c time_xlate(), libxt_connbytes.c, libxt_rpfilter.c
 */
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import { ipToString } from '../../wire/ipv4.js';
import { PKTTYPES, RTN_NAMES } from '../iptables/ipt_ext.js';

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

export function xtExtText(kind: 'match' | 'target', xtName: string, i: XtInfo): string | null | undefined {
  const n = (k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
  if (kind === 'target') {
    if (xtName === 'TCPMSS') return `tcp option maxseg size set ${n('mss') === 0xffff ? 'rt mtu' : n('mss')}`;
    // dscp_tg_xlate()
    if (xtName === 'DSCP') return `ip dscp set 0x${n('dscp').toString(16).padStart(2, '0')}`;
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
    case 'connlimit': case 'hashlimit': case 'u32': return null;
    default: return undefined;
  }
}
