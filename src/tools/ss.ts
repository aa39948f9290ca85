/**
 * `ss` of iproute2 6.1 for TCP, UDP and raw sockets over IPv4 (-x: unix
 * sockets, of which the lab has none): a NETLINK_SOCK_DIAG dump per
 * protocol, the tables' default states (filter_db_set()), state filters
 * (-a, -l, `state`, `exclude`), filter
 * expressions (sport/dport/src/dst, and/or/not, parentheses), -n, -H, -e,
 * -o, -m, -i, -s, -p (the processes, from the lab's process table), and the column renderer of ss.c (widths from contents;
 * stdout is never a terminal in the lab, so output is compact).
 * @iproute2 misc/ss.c
 */
import type { CommandFn, Proc } from '../lab/process.js';
import { getopt } from '../lab/coreutils/getopt.js';
import { NetlinkSock } from '../net/netlink/af_netlink.js';
import { AF_INET } from '../uapi/linux/socket.js';
import { IPPROTO_RAW, IPPROTO_TCP, IPPROTO_UDP } from '../uapi/linux/in.js';
import { inetProtoN2a } from './ip/inet_proto.js';
import { NLM_F_DUMP, NLM_F_REQUEST } from '../uapi/linux/netlink.js';
import {
  INET_DIAG_CONG, INET_DIAG_INFO, INET_DIAG_SKMEMINFO, NETLINK_SOCK_DIAG, SOCK_DIAG_BY_FAMILY, TCPI_OPT_SACK,
  TCPI_OPT_TIMESTAMPS, TCPI_OPT_WSCALE, type InetDiagMsg, type InetDiagReqV2,
} from '../uapi/linux/inet_diag.js';
import { ipToString, parseIp } from '../wire/ipv4.js';
import { LlMap } from './ip/ll_map.js';
import { SsColumns, COL } from './ss_render.js';
import { Netdb } from './lib/netdb.js';
import { parseSsFilter, runSsFilter, type SsFilter, type SsSock } from './ss_filter.js';
import { SsUsers } from './ss_users.js';
import { SS_USAGE } from './ss_usage.js';

const SS_ALL = (1 << 12) - 1;
const SS_LISTEN = 10;
const SS_CLOSE = 7;
const SS_CONN = SS_ALL & ~((1 << SS_LISTEN) | (1 << SS_CLOSE) | (1 << 6) | (1 << 3));
const SS_ESTABLISHED = 1;
const SSTATE_NAME = ['UNKNOWN', 'ESTAB', 'SYN-SENT', 'SYN-RECV', 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'UNCONN', 'CLOSE-WAIT', 'LAST-ACK', 'LISTEN', 'CLOSING'];
const SSTATE_NAMEL = ['UNKNOWN', 'established', 'syn-sent', 'syn-recv', 'fin-wait-1', 'fin-wait-2', 'time-wait', 'unconnected', 'close-wait', 'last-ack', 'listening', 'closing'];
const TMR_NAME = ['off', 'on', 'keepalive', 'timewait', 'persist', 'unknown'];

class SsExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

interface SsOpts {
  numeric: boolean;
  showOptions: boolean;
  showDetails: boolean;
  showMem: boolean;
  showTcpinfo: boolean;
  showHeader: boolean;
  /** -p: the processes of each socket (show_users). */
  showUsers: boolean;
  summary: boolean;
  tcp: boolean;
  udp: boolean;
  raw: boolean;
  unix: boolean;
  /** -a / -l (state_filter); 0: none given. */
  stateFilter: number;
  /** The default states of the tables and families asked for (filter_db_set(), filter_af_set()). */
  states: number;
}


/** scan_state() */
function scanState(p: Proc, s: string): number {
  const l = s.toLowerCase();
  if (l === 'close' || l === 'closed') return 1 << SS_CLOSE;
  if (l === 'syn-rcv') return 1 << 3;
  if (l === 'all') return SS_ALL;
  if (l === 'connected') return SS_ALL & ~((1 << SS_CLOSE) | (1 << SS_LISTEN));
  if (l === 'synchronized') return SS_ALL & ~((1 << SS_CLOSE) | (1 << SS_LISTEN) | (1 << 2));
  if (l === 'bucket') return (1 << 3) | (1 << 6);
  if (l === 'big') return SS_ALL & ~((1 << 3) | (1 << 6));
  const i = SSTATE_NAMEL.indexOf(l);
  if (i > 0) return 1 << i;
  p.stderr.write(`ss: wrong state name: ${s}\n`);
  throw new SsExit(255);
}

/** print_ms_timer() */
function printMsTimer(timeout: number): string {
  let secs = Math.floor(timeout / 1000);
  const minutes = Math.floor(secs / 60);
  secs %= 60;
  let msecs = timeout % 1000;
  let buf = '';
  if (minutes) {
    msecs = 0;
    buf = `${minutes}min`;
    if (minutes > 9) secs = 0;
  }
  if (secs) {
    if (secs > 9) msecs = 0;
    buf += `${secs}${msecs ? '.' : 'sec'}`;
  }
  if (msecs) buf += String(msecs).padStart(3, '0') + 'ms';
  return buf;
}

/** "%g" of a double. */
function g(v: number): string {
  if (v === 0) return '0';
  const s = v.toPrecision(6);
  return s.includes('e') ? s : s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

class Ss {
  readonly cols = new SsColumns();
  private ll: LlMap | null = null;
  /** -p's scan of the process table, made once per run (user_ent_hash_build()). */
  private readonly owners: SsUsers | null;
  private portRange: [number, number] | null = null;

  constructor(
    readonly p: Proc,
    readonly o: SsOpts,
    readonly nl: NetlinkSock,
  ) {
    this.owners = o.showUsers ? new SsUsers(p) : null;
  }

  /** is_ephemeral(): from ip_local_port_range, 1024-4999 when unreadable. */
  private ephemeral(port: number): boolean {
    if (!this.portRange) {
      let r: [number, number] = [1024, 4999];
      try {
        const t = this.p.fs.read('/proc/sys/net/ipv4/ip_local_port_range', this.p.net).trim().split(/\s+/).map(Number);
        if (t.length >= 2 && t.every(Number.isFinite)) r = [t[0]!, t[1]!];
      } catch {
        /* keep the default */
      }
      this.portRange = r;
    }
    return port >= this.portRange[0] && port <= this.portRange[1];
  }

  private netdb?: Netdb;

  /** resolve_service() */
  service(port: number, proto: string): string {
    if (port === 0) return '*';
    if (this.o.numeric) return String(port);
    if (proto === 'raw') return inetProtoN2a(port);
    if (this.ephemeral(port)) return String(port);
    this.netdb ??= new Netdb(this.p);
    return this.netdb.servByPort(port, proto) ?? String(port);
  }

  ifname(idx: number): string {
    this.ll ??= new LlMap(new NetlinkSock(this.p.net));
    return this.ll.indexToName(idx);
  }

  /** inet_addr_print() */
  addr(a: number, port: number, ifindex: number, proto: string): void {
    const ap = ipToString(a);
    const c = this.cols;
    c.out(ifindex ? `${ap}%${this.ifname(ifindex)}:` : `${ap}:`);
    c.next();
    c.out(this.service(port, proto));
    c.next();
  }

  /** inet_show_sock(): one socket's line (and its -m/-i line). */
  show(m: InetDiagMsg, proto: string): void {
    const c = this.cols;
    c.set(COL.NETID);
    c.out(proto);
    c.set(COL.STATE);
    c.out(SSTATE_NAME[m.state] ?? 'UNKNOWN');
    c.set(COL.RECVQ);
    c.out(String(m.rqueue).padEnd(6));
    c.set(COL.SENDQ);
    c.out(String(m.wqueue).padEnd(6));
    c.set(COL.ADDR);
    this.addr(m.id.src, m.id.sport, m.id.if, proto);
    this.addr(m.id.dst, m.id.dport, 0, proto);
    // proc_ctx_print()
    if (this.owners) c.out(this.owners.users(m.inode));
    const o = this.o;
    if (o.showOptions && m.timer) c.out(` timer:(${TMR_NAME[Math.min(m.timer, 5)]},${printMsTimer(m.expires)},${m.retrans})`);
    if (o.showDetails) {
      if (m.uid) c.out(` uid:${m.uid}`);
      c.out(` ino:${m.inode} sk:${(0xffff8880_00000000n + BigInt(m.id.cookie) * 0x800n).toString(16)}`);
      if (m.mark) c.out(` fwmark:0x${m.mark.toString(16)}`);
      if (m.shutdown !== undefined) c.out(` ${m.shutdown & 1 ? '-' : '<'}-${m.shutdown & 2 ? '-' : '>'}`);
    }
    if (o.showMem || (o.showTcpinfo && m.protocol === IPPROTO_TCP)) {
      c.out('\n\t');
      this.tcpShowInfo(m);
    }
  }

  /** tcp_show_info() + tcp_stats_print() */
  private tcpShowInfo(m: InetDiagMsg): void {
    const c = this.cols;
    const k = m.skmeminfo;
    if (k) c.out(` skmem:(r${k[0]},rb${k[1]},t${k[2]},tb${k[3]},f${k[4]},w${k[5]},o${k[6]},bl${k[7]},d${k[8]})`);
    const i = m.info;
    if (!i) return;
    const parts: string[] = [];
    if (this.o.showOptions) {
      if (i.options & TCPI_OPT_TIMESTAMPS) parts.push('ts');
      if (i.options & TCPI_OPT_SACK) parts.push('sack');
    }
    if (m.cong) parts.push(m.cong);
    if (i.options & TCPI_OPT_WSCALE) parts.push(`wscale:${i.sndWscale},${i.rcvWscale}`);
    if (i.rto && i.rto !== 3000000) parts.push(`rto:${g(i.rto / 1000)}`);
    if (i.backoff) parts.push(`backoff:${i.backoff}`);
    if (i.rtt) parts.push(`rtt:${g(i.rtt / 1000)}/${g(i.rttvar / 1000)}`);
    if (i.ato) parts.push(`ato:${g(i.ato / 1000)}`);
    if (i.sndMss) parts.push(`mss:${i.sndMss}`);
    if (i.pmtu) parts.push(`pmtu:${i.pmtu}`);
    if (i.rcvMss) parts.push(`rcvmss:${i.rcvMss}`);
    if (i.advmss) parts.push(`advmss:${i.advmss}`);
    if (i.sndCwnd) parts.push(`cwnd:${i.sndCwnd}`);
    if (i.sndSsthresh < 0xffff) parts.push(`ssthresh:${i.sndSsthresh}`);
    const add = (name: string, v: number): void => {
      if (v) parts.push(`${name}:${v}`);
    };
    add('bytes_sent', i.bytesSent);
    add('bytes_retrans', i.bytesRetrans);
    add('bytes_acked', i.bytesAcked);
    add('bytes_received', i.bytesReceived);
    add('segs_out', i.segsOut);
    add('segs_in', i.segsIn);
    add('data_segs_out', i.dataSegsOut);
    add('data_segs_in', i.dataSegsIn);
    if (i.rtt > 0 && i.sndMss && i.sndCwnd) parts.push(`send ${sprintBw((i.sndCwnd * i.sndMss * 8000000) / i.rtt)}bps`);
    add('lastsnd', i.lastDataSent);
    add('lastrcv', i.lastDataRecv);
    add('lastack', i.lastAckRecv);
    if (i.pacingRate) parts.push(`pacing_rate ${sprintBw(i.pacingRate * 8)}bps`);
    if (i.deliveryRate) parts.push(`delivery_rate ${sprintBw(i.deliveryRate * 8)}bps`);
    add('delivered', i.delivered);
    if (i.deliveryRateAppLimited) parts.push('app_limited');
    if (i.busyTime) parts.push(`busy:${Math.floor(i.busyTime / 1000)}ms`);
    add('unacked', i.unacked);
    if (i.retrans || i.totalRetrans) parts.push(`retrans:${i.retrans}/${i.totalRetrans}`);
    add('lost', i.lost);
    if (i.sacked && m.state !== SS_LISTEN) parts.push(`sacked:${i.sacked}`);
    add('dsack_dups', i.dsackDups);
    if (i.reordering !== 3) parts.push(`reordering:${i.reordering}`);
    add('reord_seen', i.reordSeen);
    if (i.rcvRtt) parts.push(`rcv_rtt:${g(i.rcvRtt / 1000)}`);
    add('rcv_space', i.rcvSpace);
    add('rcv_ssthresh', i.rcvSsthresh);
    add('notsent', i.notsentBytes);
    if (i.minRtt) parts.push(`minrtt:${g(i.minRtt / 1000)}`);
    add('snd_wnd', i.sndWnd);
    for (const s of parts) c.out(` ${s}`);
  }

  /** inet_show_netlink(): the dump of one protocol, each socket through the filter. */
  dump(protocol: number, f: SsFilter | null): void {
    const o = this.o;
    let ext = 0;
    if (o.showMem) ext |= 1 << (INET_DIAG_SKMEMINFO - 1);
    if (o.showTcpinfo) ext |= (1 << (INET_DIAG_INFO - 1)) | (1 << (INET_DIAG_CONG - 1));
    const req: InetDiagReqV2 = { family: AF_INET, protocol, ext, states: o.states };
    const r = this.nl.request(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, req);
    const proto = protocol === IPPROTO_TCP ? 'tcp' : protocol === IPPROTO_UDP ? 'udp' : 'raw';
    for (const msg of r.msgs) {
      const m = msg.body as InetDiagMsg;
      const s: SsSock = { state: m.state, src: m.id.src, dst: m.id.dst, sport: m.id.sport, dport: m.id.dport };
      if (f && !runSsFilter(f, s)) continue;
      this.show(m, proto);
    }
  }
}

/** sprint_bw() */
function sprintBw(bw: number): string {
  if (bw > 1e9) return `${(bw / 1e9).toFixed(1)}G`;
  if (bw > 1e6) return `${(bw / 1e6).toFixed(1)}M`;
  if (bw > 1e3) return `${(bw / 1e3).toFixed(1)}K`;
  return `${bw.toFixed(0)}`;
}

/** print_summary(): /proc/net/sockstat and Tcp CurrEstab of /proc/net/snmp. */
function printSummary(p: Proc): void {
  const read = (f: string): string => {
    try {
      return p.fs.read(f, p.net);
    } catch {
      return '';
    }
  };
  const st = read('/proc/net/sockstat');
  const num = (re: RegExp): number => Number(re.exec(st)?.[1] ?? 0);
  const socks = num(/sockets: used (\d+)/);
  const tcpInuse = num(/TCP: inuse (\d+)/);
  const orphan = num(/orphan (\d+)/);
  const tw = num(/ tw (\d+)/);
  const alloc = num(/alloc (\d+)/);
  const udp = num(/UDP: inuse (\d+)/);
  const raw = num(/RAW: inuse (\d+)/);
  const snmp = read('/proc/net/snmp').split('\n').filter((l) => l.startsWith('Tcp:'));
  const names = snmp[0]?.split(' ') ?? [];
  const vals = snmp[1]?.split(' ') ?? [];
  const estab = Number(vals[names.indexOf('CurrEstab')] ?? 0);
  const col = (a: number, b: number, c: number): string => `${String(a).padEnd(9)} ${String(b).padEnd(9)} ${String(c).padEnd(9)}`;
  let out = `Total: ${socks}\n`;
  out += `TCP:   ${alloc + tw} (estab ${estab}, closed ${alloc - (tcpInuse - tw)}, orphaned ${orphan}, timewait ${tw})\n\n`;
  out += 'Transport Total     IP        IPv6\n';
  out += `RAW\t  ${col(raw, raw, 0)}\nUDP\t  ${col(udp, udp, 0)}\nTCP\t  ${col(tcpInuse, tcpInuse, 0)}\n`;
  out += `INET\t  ${col(raw + udp + tcpInuse, raw + udp + tcpInuse, 0)}\nFRAG\t  ${col(0, 0, 0)}\n\n`;
  p.stdout.write(out);
}

/** The options this lab build refuses (sockets of families it has none of, process tables it cannot see). */
const REFUSED: Readonly<Record<string, string>> = {
  d: 'DCCP sockets', S: 'SCTP sockets', '0': 'packet sockets', '6': 'IPv6 sockets',
  T: 'thread information (-T)', K: 'killing sockets (-K)', E: 'following events (-E)',
  Z: 'SELinux contexts', z: 'SELinux contexts', b: 'BPF filters (-b)', M: 'MPTCP sockets', f: 'family filters (-f)',
  A: 'query lists (-A)', D: 'tcpdiag dumps (-D)', F: 'filter files (-F)', N: 'namespaces (-N)',
};

function parseArgs(p: Proc): { o: SsOpts; rest: string[] } {
  const r = getopt(p.argv.slice(1), { short: 'dhaletuwxnro460spTbEf:mMiA:D:F:vVzZN:KHSO' });
  if (!r.ok) {
    p.stderr.write(`ss: ${r.message}\n${SS_USAGE}`);
    throw new SsExit(255);
  }
  const o: SsOpts = {
    numeric: false, showOptions: false, showDetails: false, showMem: false, showTcpinfo: false, showHeader: true, showUsers: false,
    summary: false, tcp: false, udp: false, raw: false, unix: false, stateFilter: 0, states: 0,
  };
  for (const { key } of r.opts) {
    const refused = REFUSED[key];
    if (refused) {
      p.stderr.write(`ss: ${refused} are not supported in the lab\n`);
      throw new SsExit(255);
    }
    switch (key) {
      case 'n': o.numeric = true; break;
      case 'r': break;
      case 'o': o.showOptions = true; break;
      case 'e': o.showOptions = true; o.showDetails = true; break;
      case 'm': o.showMem = true; break;
      case 'i': o.showTcpinfo = true; break;
      case 't': o.tcp = true; o.states |= SS_CONN; break;
      case 'u': o.udp = true; o.states |= 1 << SS_ESTABLISHED; break;
      case 'w': o.raw = true; o.states |= 1 << SS_ESTABLISHED; break;
      case 'x': o.unix = true; o.states |= (1 << SS_CLOSE) | SS_CONN; break;
      case 'a': o.stateFilter = SS_ALL; break;
      case 'l': o.stateFilter = (1 << SS_LISTEN) | (1 << SS_CLOSE); break;
      case '4': o.states |= SS_CONN; break;
      case 'H': o.showHeader = false; break;
      case 'p': o.showUsers = true; break;
      case 'O': break;
      case 's': o.summary = true; break;
      case 'V': case 'v': p.stdout.write('ss utility, iproute2-6.1.0\n'); throw new SsExit(0);
      default: (key === 'h' ? p.stdout : p.stderr).write(SS_USAGE); throw new SsExit(key === 'h' ? 0 : 255);
    }
  }
  return { o, rest: r.operands };
}

async function ssMain(p: Proc): Promise<number> {
  const { o, rest } = parseArgs(p);
  const doDefault = !o.tcp && !o.udp && !o.raw && !o.unix;
  if (o.summary) {
    printSummary(p);
    if (doDefault && rest.length === 0) return 0;
  }
  let states = o.stateFilter;
  let saw = false;
  while (rest.length) {
    const w = rest[0]!;
    if (w !== 'state' && w !== 'exclude' && w !== 'excl') break;
    rest.shift();
    const arg = rest.shift();
    if (arg === undefined) {
      p.stderr.write(SS_USAGE);
      return 255;
    }
    if (w === 'state') {
      if (!saw) states = 0;
      states |= scanState(p, arg);
    } else {
      if (!saw) states = SS_ALL;
      states &= ~scanState(p, arg);
    }
    saw = true;
  }
  // main(): do_default takes every table with SS_CONN; a state filter (-a, -l, state) replaces the tables' defaults.
  if (doDefault) {
    states ||= SS_CONN;
    o.tcp = o.udp = o.raw = o.unix = true;
  }
  o.states = states || o.states;
  const f = rest.length ? parseSsFilter(rest, (port) => new Netdb(p).servByName(port, 'tcp'), parseIp) : null;
  if (f === 'error') {
    p.stderr.write(SS_USAGE);
    return 255;
  }
  if (f && 'message' in f) {
    p.stderr.write(f.message);
    return 1;
  }
  const nl = new NetlinkSock(p.net, NETLINK_SOCK_DIAG);
  const ss = new Ss(p, o, nl);
  const c = ss.cols;
  // Linux: unix sockets are three tables (stream, dgram, seqpacket); the lab has none of them.
  const dbs = (o.tcp ? 1 : 0) + (o.udp ? 1 : 0) + (o.raw ? 1 : 0) + (o.unix ? 3 : 0);
  if (dbs < 2) c.disable(COL.NETID);
  if (!(o.states & (o.states - 1))) c.disable(COL.STATE);
  if (o.showHeader) c.header();
  if (o.raw) ss.dump(IPPROTO_RAW, f);
  if (o.udp) ss.dump(IPPROTO_UDP, f);
  if (o.tcp) ss.dump(IPPROTO_TCP, f);
  p.stdout.write(c.render());
  nl.close();
  return 0;
}

export const ss: CommandFn = async (p) => {
  try {
    return await ssMain(p);
  } catch (e) {
    if (e instanceof SsExit) return e.status;
    throw e;
  }
};
