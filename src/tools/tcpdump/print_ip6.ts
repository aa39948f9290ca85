/**
 * tcpdump 4.99's IPv6 printer for what a lab's hosts send by themselves:
 * the header (-v: hlim, next-header, payload length), the hop-by-hop
 * options of MLD (rtalert, padn), and ICMPv6 — MLD queries (v1, v2), MLDv1
 * reports and dones, MLDv2 reports with their
 * group records (-v), neighbour and router solicitations with their
 * options (-v; their bytes with -vv), and the names of the other types.
 * @tcpdump print-ip6.c ip6_print(), print-ip6opts.c hbhopt_process(),
 *          print-icmp6.c icmp6_print() mldv2_report_print() mld6_print() mldv2_query_print() icmp6_opt_print()
 */
import { csumIpv6Magic, ipv6ToString } from '../../wire/ipv6.js';
import { etheraddr, type Ndo, type Pkt } from './print_ip.js';

const u16 = (p: Pkt, o: number): number => (p.b[o]! << 8) | p.b[o + 1]!;

/** icmp6_type_values[] */
const ICMP6_TYPES: ReadonlyMap<number, string> = new Map([
  [1, 'destination unreachable'], [2, 'packet too big'], [3, 'time exceeded in-transit'], [4, 'parameter problem'],
  [128, 'echo request'], [129, 'echo reply'], [130, 'multicast listener query'], [131, 'multicast listener report'],
  [132, 'multicast listener done'], [133, 'router solicitation'], [134, 'router advertisement'],
  [135, 'neighbor solicitation'], [136, 'neighbor advertisement'], [137, 'redirect'], [143, 'multicast listener report v2'],
]);

/** mldv2report2str[] of the record types. */
const MLDV2_RECORDS: ReadonlyMap<number, string> = new Map([[1, 'is_in'], [2, 'is_ex'], [3, 'to_in'], [4, 'to_ex'], [5, 'allow'], [6, 'block']]);

/** icmp6_opt_values[] */
const ND_OPTS: ReadonlyMap<number, string> = new Map([
  [1, 'source link-address'], [2, 'destination link-address'], [3, 'prefix info'], [4, 'redirected header'], [5, 'mtu'],
]);

/** print_unknown_data() of option bytes: "\n\t    0x0000:  b663 a192 110b" (-vv), "\n\t  0x0000: ..." (an unknown option at -v). */
function optHex(b: Uint8Array, from: number, to: number, ident = '\n\t    '): string {
  let s = '';
  for (let at = from, i = 0; at < to; at += 2, i++) {
    if (i % 8 === 0) s += `${ident}0x${((at - from) >>> 0).toString(16).padStart(4, '0')}: `;
    s += ` ${b[at]!.toString(16).padStart(2, '0')}${at + 1 < to ? b[at + 1]!.toString(16).padStart(2, '0') : ''}`;
  }
  return s;
}

/** icmp6_opt_print(): each ND option on its own line. */
function ndOptPrint(o: Ndo, p: Pkt, from: number, end: number): string {
  let s = '';
  for (let at = from; at + 2 <= end;) {
    const type = p.b[at]!;
    const len = p.b[at + 1]!;
    if (len === 0 || at + len * 8 > end) return s + '[|icmp6]';
    const name = ND_OPTS.get(type);
    s += `\n\t  ${name ?? 'unknown'} option (${type}), length ${len * 8} (${len}): `;
    if (type === 1 || type === 2) s += etheraddr(p.b, at + 2);
    else if (!name && o.vflag <= 1) s += optHex(p.b, at + 2, at + len * 8, '\n\t  ');
    if (o.vflag > 1) s += optHex(p.b, at + 2, at + len * 8);
    at += len * 8;
  }
  return s;
}

/** mldv2_report_print() */
function mldv2ReportPrint(o: Ndo, p: Pkt, off: number, len: number): string {
  const n = u16(p, off + 6);
  let s = `, ${n} group record(s)`;
  if (!o.vflag) return s;
  let at = off + 8;
  for (let i = 0; i < n && at + 20 <= off + len; i++) {
    const srcs = u16(p, at + 2);
    s += ` [gaddr ${ipv6ToString(p.b, at + 4)} ${MLDV2_RECORDS.get(p.b[at]!) ?? 'unknown'}`;
    if (o.vflag === 1) s += `, ${srcs} source(s)]`;
    else {
      const list: string[] = [];
      for (let k = 0; k < srcs; k++) list.push(ipv6ToString(p.b, at + 20 + 16 * k));
      s += ` { ${list.map((x) => x + ' ').join('')}}]`;
    }
    at += 20 + 16 * srcs + 4 * p.b[at + 1]!;
  }
  return s;
}

/** mld6_print(): an MLDv1 message's delay and address, glued to the type's name as tcpdump does. */
function mld6Print(p: Pkt, off: number): string {
  return `max resp delay: ${u16(p, off + 4)} addr: ${ipv6ToString(p.b, off + 8)}`;
}

/** mldv2_query_print(): max response delay, the group, with -v the S flag, QRV and QQI, the sources. */
function mldv2QueryPrint(o: Ndo, p: Pkt, off: number, len: number): string {
  if (len < 28) return ` [invalid len ${len}]`;
  const mrc = u16(p, off + 4);
  const mrt = mrc < 32768 ? mrc : ((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3);
  let s = o.vflag ? ` [max resp delay=${mrt}]` : '';
  s += ` [gaddr ${ipv6ToString(p.b, off + 8)}`;
  if (o.vflag) {
    const f = p.b[off + 24]!;
    if (f & 0x08) s += ' sflag';
    if (f & 0x07) s += ` robustness=${f & 0x07}`;
    const q = p.b[off + 25]!;
    s += ` qqi=${q < 128 ? q : ((q & 0x0f) | 0x10) << (((q & 0x70) >> 4) + 3)}`;
  }
  const nsrcs = u16(p, off + 26);
  if (nsrcs > 0) {
    if (len < 28 + nsrcs * 16) s += ' [invalid number of sources]';
    else if (o.vflag > 1) {
      s += ' {';
      for (let i = 0; i < nsrcs; i++) s += ` ${ipv6ToString(p.b, off + 28 + 16 * i)}`;
      s += ' }';
    } else s += `, ${nsrcs} source(s)`;
  }
  return s + ']';
}

/** icmp6_print() */
function icmp6Print(o: Ndo, p: Pkt, ip: number, off: number, len: number): string {
  const type = p.b[off]!;
  let s = '';
  if (o.vflag && off + len <= p.end) {
    const b = Uint8Array.from(p.b.subarray(off, off + len));
    b[2] = b[3] = 0;
    const want = csumIpv6Magic(p.b.subarray(ip + 8, ip + 24), p.b.subarray(ip + 24, ip + 40), 58, b, 0, len);
    const got = u16(p, off + 2);
    s += want === got ? '[icmp6 sum ok] ' : `[bad icmp6 cksum 0x${got.toString(16).padStart(4, '0')} -> 0x${want.toString(16).padStart(4, '0')}!] `;
  }
  s += `ICMP6, ${ICMP6_TYPES.get(type) ?? `type-#${type}`}`;
  switch (type) {
    case 143:
      s += mldv2ReportPrint(o, p, off, len);
      return o.vflag ? s : s + `, length ${len}`;
    case 130:
      if (len === 24) s += mld6Print(p, off);
      else if (len >= 28) s += ' v2' + mldv2QueryPrint(o, p, off, len);
      else s += ` unknown-version (len ${len}) `;
      return o.vflag ? s : s + `, length ${len}`;
    case 131:
    case 132:
      s += mld6Print(p, off);
      return o.vflag ? s : s + `, length ${len}`;
    case 135: {
      const who = ipv6ToString(p.b, off + 8);
      if (!o.vflag) return s + `, who has ${who}, length ${len}`;
      return s + `, length ${len}, who has ${who}` + ndOptPrint(o, p, off + 24, off + len);
    }
    case 133:
      return s + `, length ${len}` + (o.vflag ? ndOptPrint(o, p, off + 8, off + len) : '');
    default:
      return s + `, length ${len}`;
  }
}

/** hbhopt_process(): "HBH" and, with -v, each option. */
function hbhPrint(o: Ndo, p: Pkt, off: number): [string, number, number] {
  const next = p.b[off]!;
  const hlen = (p.b[off + 1]! + 1) * 8;
  let s = 'HBH ';
  if (o.vflag) {
    for (let at = off + 2; at < off + hlen;) {
      const t = p.b[at]!;
      // ip6_opt_print(): only the router alert is followed by a space; the options end with one.
      if (t === 0) {
        s += '(pad1)';
        at++;
        continue;
      }
      const l = p.b[at + 1]!;
      if (t === 5) s += `(rtalert: 0x${u16(p, at + 2).toString(16).padStart(4, '0')}) `;
      else if (t === 1) s += '(padn)';
      else s += `(opt_type 0x${t.toString(16).padStart(2, '0')}: len=${l})`;
      at += 2 + l;
    }
    s += ' ';
  }
  return [s, next, hlen];
}

/** ip6_print(): the header, then the extension headers and the upper layer. */
export function ip6Print(o: Ndo, p: Pkt, off: number, length: number): string {
  if (off + 40 > p.end || length < 40) return 'IP6 [|ip6]';
  const plen = u16(p, off + 4);
  let next = p.b[off + 6]!;
  let s = o.eflag ? '' : 'IP6 ';
  if (o.vflag) {
    const tc = ((p.b[off]! & 0x0f) << 4) | (p.b[off + 1]! >>> 4);
    const flow = ((p.b[off + 1]! & 0x0f) << 16) | u16(p, off + 2);
    s += '(';
    if (tc) s += `class 0x${tc.toString(16).padStart(2, '0')}, `;
    if (flow) s += `flowlabel 0x${flow.toString(16).padStart(5, '0')}, `;
    s += `hlim ${p.b[off + 7]!}, next-header ${next === 0 ? 'Options' : next === 58 ? 'ICMPv6' : `unknown`} (${next}) payload length: ${plen}) `;
  }
  s += `${ipv6ToString(p.b, off + 8)} > ${ipv6ToString(p.b, off + 24)}: `;
  let at = off + 40;
  let left = plen;
  if (next === 0 && at + 8 <= p.end) {
    const [h, n, hlen] = hbhPrint(o, p, at);
    s += h;
    next = n;
    at += hlen;
    left -= hlen;
  }
  if (next === 58) return s + icmp6Print(o, p, off, at, left);
  return s + `ip-proto-${next} ${left}`;
}
