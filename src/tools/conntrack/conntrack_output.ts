/**
 * How `conntrack` prints an entry: libnetfilter_conntrack's default text
 * (-o extended, -o id), its XML (-o xml), and conntrack-tools' own save
 * format (-o save: the options that would make the entry again).
 * @libnetfilter_conntrack src/conntrack/snprintf_default.c, src/conntrack/snprintf_xml.c, src/conntrack/objopt.c
 * @conntrack-tools src/conntrack.c ct_save_snprintf(), extensions/libct_proto_*.c print_opts
 */
import { ipToString } from '../../wire/ipv4.js';
import { AF_INET } from '../../uapi/linux/socket.js';
import type { CtMsg, CtaTuple } from '../../uapi/linux/netfilter/nfnetlink_conntrack.js';
import { breakDown, type Tm, type Zone } from '../../lab/coreutils/date.js';

/** enum tcp_conntrack names (libnetfilter_conntrack states[]). */
export const TCP_CONNTRACK_NAMES = ['NONE', 'SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT', 'CLOSE_WAIT', 'LAST_ACK', 'TIME_WAIT', 'CLOSE', 'SYN_SENT2'] as const;
const IPS_SEEN_REPLY = 2;
const IPS_ASSURED = 4;
const IPS_SRC_NAT_DONE = 1 << 7;
const IPS_DST_NAT_DONE = 1 << 8;

/** proto2str[] */
export const PROTO_NAMES: Readonly<Record<number, string>> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 33: 'dccp', 47: 'gre', 132: 'sctp', 136: 'udplite' };

/** NFCT_T_*: what an event or a save line says happened to the entry (none: a listing). */
export type CtMsgType = 'new' | 'update' | 'destroy' | null;

/** __snprintf_address(), __snprintf_proto(), then the direction's own zone (zone-orig=, zone-reply=). */
function tupleText(t: CtaTuple, zoneName: string): string {
  let s = `src=${ipToString(t.src)} dst=${ipToString(t.dst)} `;
  if (t.protonum === 1) s += `type=${t.icmpType ?? 0} code=${t.icmpCode ?? 0} id=${t.icmpId ?? 0} `;
  else if (t.sport !== undefined) s += `sport=${t.sport} dport=${t.dport ?? 0} `;
  if (t.zone !== undefined) s += `${zoneName}=${t.zone} `;
  return s;
}

/** __snprintf_conntrack_default() */
/** What the timestamp attributes print with: -o ktimestamp (NFCT_OF_TIMESTAMP), time(NULL) and the local zone. */
export interface CtTimeView {
  readonly ktms: boolean;
  readonly nowSec: number;
  readonly zone: Zone;
}

const WDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ctime() without its newline: asctime()'s "%.3s %.3s%3d %.2d:%.2d:%.2d %d". */
function ctime(sec: number, zone: Zone): string {
  const t = breakDown(sec, 0, zone);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${WDAY[t.wday]} ${MON[t.mon]}${String(t.mday).padStart(3)} ${two(t.hour)}:${two(t.min)}:${two(t.s)} ${t.year}`;
}

/**
 * __snprintf_timestamp_delta() (stop, or time(NULL) while running, less
 * start, in whole seconds) and with -o ktimestamp [start=ctime] [stop=ctime].
 */
function tstampText(ct: CtMsg, tv: CtTimeView | undefined): string {
  if (ct.tstampStart === undefined) return '';
  const start = Math.floor(ct.tstampStart / 1e9);
  const stop = ct.tstampStop !== undefined ? Math.floor(ct.tstampStop / 1e9) : (tv?.nowSec ?? start);
  let s = `delta-time=${stop - start} `;
  if (tv?.ktms) {
    s += `[start=${ctime(start, tv.zone)}] `;
    if (ct.tstampStop !== undefined) s += `[stop=${ctime(Math.floor(ct.tstampStop / 1e9), tv.zone)}] `;
  }
  return s;
}

export function ctText(ct: CtMsg, ext = false, id = false, tv?: CtTimeView): string {
  const p = ct.orig.protonum;
  // -o extended: __snprintf_l3protocol() first, "%-8s %u " of the family.
  let s = ext ? `${'ipv4'.padEnd(8)} ${AF_INET} ` : '';
  s += `${(PROTO_NAMES[p] ?? 'unknown').padEnd(8)} ${p} `;
  if (ct.timeout !== undefined) s += `${ct.timeout} `;
  if (ct.tcpState !== undefined) s += `${TCP_CONNTRACK_NAMES[ct.tcpState] ?? 'UNKNOWN'} `;
  const c = ct.counters;
  s += tupleText(ct.orig, 'zone-orig') + (c ? `packets=${c[0]} bytes=${c[1]} ` : '');
  if (!(ct.status & IPS_SEEN_REPLY)) s += '[UNREPLIED] ';
  s += tupleText(ct.reply, 'zone-reply') + (c ? `packets=${c[2]} bytes=${c[3]} ` : '');
  if (ct.status & IPS_ASSURED) s += '[ASSURED] ';
  if (ct.mark !== undefined) s += `mark=${ct.mark} `;
  if (ct.zone !== undefined) s += `zone=${ct.zone} `;
  s += tstampText(ct, tv);
  if (ct.use !== undefined) s += `use=${ct.use} `;
  // -o id: __snprintf_id() last.
  if (id) s += `id=${ct.id >>> 0} `;
  return s.trimEnd();
}

/** One direction of __snprintf_tuple_xml(): addresses, ports (tcp, udp, udplite, sctp, dccp), counters. */
function tupleXml(t: CtaTuple, dir: 'original' | 'reply', counters: readonly number[] | null): string {
  let s = `<meta direction="${dir}"><layer3 protonum="${AF_INET}" protoname="ipv4"><src>${ipToString(t.src)}</src><dst>${ipToString(t.dst)}</dst></layer3>`;
  s += `<layer4 protonum="${t.protonum}" protoname="${PROTO_NAMES[t.protonum] ?? 'unknown'}">`;
  if ([6, 17, 136, 132, 33].includes(t.protonum)) s += `<sport>${t.sport ?? 0}</sport><dport>${t.dport ?? 0}</dport>`;
  s += '</layer4>';
  if (t.zone !== undefined) s += `<zone>${t.zone}</zone>`;
  if (counters) s += `<counters><packets>${counters[0]}</packets><bytes>${counters[1]}</bytes></counters>`;
  return s + '</meta>';
}

/** __snprintf_conntrack_xml(): one <flow>, its type for an event. */
export function ctXml(ct: CtMsg, type: CtMsgType, when?: Tm, tv?: CtTimeView): string {
  const c = ct.counters;
  let s = type ? `<flow type="${type}">` : '<flow>';
  s += tupleXml(ct.orig, 'original', c ? [c[0], c[1]] : null) + tupleXml(ct.reply, 'reply', c ? [c[2], c[3]] : null);
  // the status and the id always come with an entry: the independent part is always there
  s += '<meta direction="independent">';
  if (ct.tcpState !== undefined) s += `<state>${TCP_CONNTRACK_NAMES[ct.tcpState] ?? 'NONE'}</state>`;
  if (ct.timeout !== undefined) s += `<timeout>${ct.timeout}</timeout>`;
  if (ct.mark !== undefined) s += `<mark>${ct.mark}</mark>`;
  if (ct.zone !== undefined) s += `<zone>${ct.zone}</zone>`;
  if (ct.use !== undefined) s += `<use>${ct.use}</use>`;
  s += `<id>${ct.id >>> 0}</id>`;
  if (ct.status & IPS_ASSURED) s += '<assured/>';
  if (!(ct.status & IPS_SEEN_REPLY)) s += '<unreplied/>';
  // -o ktimestamp: <timestamp> with the raw ns; <deltatime> (stop, else time(NULL), less start) in any case
  if (ct.tstampStart !== undefined) {
    if (tv?.ktms) s += `<timestamp><start>${ct.tstampStart}</start>${ct.tstampStop !== undefined ? `<stop>${ct.tstampStop}</stop>` : ''}</timestamp>`;
    const start = Math.floor(ct.tstampStart / 1e9);
    const delta = ct.tstampStop !== undefined ? Math.floor((ct.tstampStop - ct.tstampStart) / 1e9) : (tv?.nowSec ?? start) - start;
    s += `<deltatime>${delta}</deltatime>`;
  }
  s += '</meta>';
  // NFCT_OF_TIME: __snprintf_localtime_xml() of the time the event is printed (tm_wday and tm_mon from 1)
  if (when) {
    s += `<when><hour>${when.hour}</hour><min>${when.min}</min><sec>${when.s}</sec><wday>${when.wday + 1}</wday>`;
    s += `<day>${when.mday}</day><month>${when.mon + 1}</month><year>${when.year}</year></when>`;
  }
  return s + '</flow>';
}

/** conntrack_status_map[]: the -u names of the status bits save prints, by bit. */
const SAVE_STATUS: readonly [number, string][] = [[0, 'EXPECTED'], [1, 'SEEN_REPLY'], [2, 'ASSURED'], [10, 'FIXED_TIMEOUT']];

/** The protocol's print_opts: its options of the entry, as save writes them. */
function protoSaveOpts(ct: CtMsg): string {
  const o = ct.orig;
  const r = ct.reply;
  if (o.protonum === 1) return ` --icmp-type ${o.icmpType ?? 0} --icmp-code ${o.icmpCode ?? 0} --icmp-id ${o.icmpId ?? 0}`;
  if (o.protonum !== 6 && o.protonum !== 17 && o.protonum !== 136) return '';
  let s = ` --sport ${o.sport ?? 0} --dport ${o.dport ?? 0} --reply-port-src ${r.sport ?? 0} --reply-port-dst ${r.dport ?? 0}`;
  if (ct.tcpState !== undefined) s += ` --state ${TCP_CONNTRACK_NAMES[ct.tcpState] ?? 'NONE'}`;
  return s;
}

/**
 * ct_save_snprintf(): -A/-U/-D by the message's type (a listing: -A),
 * the timeout and status (-u UNSET for none of the named bits), the four
 * addresses (a reply translated by NAT as -g/-n: NFCT_GOPT_IS_DNAT/SNAT),
 * then -p and the protocol's options.
 */
export function ctSave(ct: CtMsg, type: CtMsgType): string {
  const cmd = type === 'update' ? '-U ' : type === 'destroy' ? '-D ' : '-A ';
  let s = cmd;
  if (ct.timeout !== undefined) s += `-t ${ct.timeout} `;
  const names = SAVE_STATUS.filter(([bit]) => ct.status & (1 << bit)).map(([, n]) => n);
  s += `-u ${names.length ? names.join(',') : 'UNSET'} `;
  // the zone options, as -I takes them
  if (ct.zone !== undefined) s += `-w ${ct.zone} `;
  if (ct.orig.zone !== undefined) s += `--orig-zone ${ct.orig.zone} `;
  if (ct.reply.zone !== undefined) s += `--reply-zone ${ct.reply.zone} `;
  const o = ct.orig;
  const r = ct.reply;
  const dnat = (ct.status & IPS_DST_NAT_DONE) !== 0 && r.src !== o.dst;
  const snat = (ct.status & IPS_SRC_NAT_DONE) !== 0 && r.dst !== o.src;
  s += `-s ${ipToString(o.src)} -d ${ipToString(o.dst)} ${dnat ? '-g' : '-r'} ${ipToString(r.src)} ${snat ? '-n' : '-q'} ${ipToString(r.dst)} `;
  const name = PROTO_NAMES[o.protonum];
  s += `-p ${name ?? o.protonum}${name ? protoSaveOpts(ct) : ''}`;
  return s;
}
