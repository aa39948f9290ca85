/**
 * tcpdump's IGMP printer: the message type, a v3 report's group records
 * (with -v: each group, its record type and source count; -vv lists the
 * sources), a query's version, max response time and group, and with -v a checksum check.
 * @tcpdump print-igmp.c igmp_print() igmpv3_report_print() igmpv3_query_print()
 */
import { has, inCksum, ipaddr, u16, type Ndo, type Pkt } from './print_ip.js';

/** igmpv3report2str */
const V3_RECORD: readonly string[] = ['', 'is_in', 'is_ex', 'to_in', 'to_ex', 'allow', 'block'];

/** igmpv3_report_print() */
function v3Report(o: Ndo, p: Pkt, bp: number, len: number): string {
  if (len < 16 || len & 3) return ` [invalid len ${len}]`;
  const ngroups = u16(p, bp + 6);
  let s = `, ${ngroups} group record(s)`;
  if (!o.vflag) return s;
  let group = 8;
  for (let i = 0; i < ngroups; i++) {
    if (len < group + 8) return s + ' [invalid number of groups]';
    s += ` [gaddr ${ipaddr(o, p, bp + group + 4)}`;
    const t = p.b[bp + group]!;
    s += ` ${V3_RECORD[t] || `[v3-report-#${t}]`}`;
    const nsrcs = u16(p, bp + group + 2);
    if (len < group + 8 + (nsrcs << 2)) return s + ` [invalid number of sources ${nsrcs}]`;
    if (o.vflag === 1) s += `, ${nsrcs} source(s)`;
    else {
      s += ' {';
      for (let j = 0; j < nsrcs; j++) s += ` ${ipaddr(o, p, bp + group + 8 + (j << 2))}`;
      s += ' }';
    }
    group += 8 + (nsrcs << 2);
    s += ']';
  }
  return s;
}

/** unsigned_relts_print(): seconds as 1w2d3h4m5s. */
function relts(secs: number): string {
  if (secs === 0) return '0s';
  const units: [number, string][] = [[31536000, 'y'], [604800, 'w'], [86400, 'd'], [3600, 'h'], [60, 'm'], [1, 's']];
  let s = '';
  for (const [n, l] of units) {
    if (secs < n) continue;
    s += `${Math.floor(secs / n)}${l}`;
    secs %= n;
  }
  return s;
}

/** print_igmpv3_query(): the max response time unless 10 s, the group and its sources. */
function v3Query(o: Ndo, p: Pkt, bp: number, len: number): string {
  let s = ' v3';
  if (len < 12 || len & 3) return s + ` [invalid len ${len}]`;
  const mrc = p.b[bp + 1]!;
  const mrt = mrc < 128 ? mrc : ((mrc & 0x0f) | 0x10) << (((mrc & 0x70) >> 4) + 3);
  if (mrc !== 100) s += ` [max resp time ${mrt < 600 ? (mrt * 0.1).toFixed(1) + 's' : relts(Math.floor(mrt / 10))}]`;
  if (u16(p, bp + 4) === 0 && u16(p, bp + 6) === 0) return s;
  s += ` [gaddr ${ipaddr(o, p, bp + 4)}`;
  const nsrcs = u16(p, bp + 10);
  if (nsrcs > 0) {
    if (len < 12 + (nsrcs << 2)) s += ' [invalid number of sources]';
    else if (o.vflag > 1) {
      s += ' {';
      for (let i = 0; i < nsrcs; i++) s += ` ${ipaddr(o, p, bp + 12 + (i << 2))}`;
      s += ' }';
    } else s += `, ${nsrcs} source(s)`;
  }
  return s + ']';
}

/** The query case of igmp_print(): v3 from 12 bytes, else v2 (a max response code) or v1 (none). */
function query(o: Ndo, p: Pkt, bp: number, len: number): string {
  if (len >= 12) return 'igmp query' + v3Query(o, p, bp, len);
  const mrc = p.b[bp + 1]!;
  let s = 'igmp query' + (mrc ? ' v2' : ' v1');
  if (mrc && mrc !== 100) s += ` [max resp time ${mrc}]`;
  if (u16(p, bp + 4) !== 0 || u16(p, bp + 6) !== 0) s += ` [gaddr ${ipaddr(o, p, bp + 4)}]`;
  if (len !== 8) s += ` [len ${len}]`;
  return s;
}

/** igmp_print() for the messages a lab sends (v3 reports), the older ones by name. */
export function igmpPrint(o: Ndo, p: Pkt, bp: number, len: number): string {
  if (o.qflag) return 'igmp';
  if (!has(p, bp, 1)) return '[|igmp]';
  const type = p.b[bp]!;
  let s: string;
  switch (type) {
    case 0x11: s = query(o, p, bp, len); break;
    case 0x12: s = `igmp v1 report ${ipaddr(o, p, bp + 4)}` + (len !== 8 ? ` [len ${len}]` : ''); break;
    case 0x16: s = `igmp v2 report ${ipaddr(o, p, bp + 4)}`; break;
    case 0x17: s = `igmp leave ${ipaddr(o, p, bp + 4)}`; break;
    case 0x22: s = 'igmp v3 report' + v3Report(o, p, bp, len); break;
    default: s = `igmp-${type}`;
  }
  if (o.vflag && len >= 4 && has(p, bp, len) && inCksum(p.b, bp, len) !== 0) s += ` bad igmp cksum ${u16(p, bp + 2).toString(16)}!`;
  return s;
}
