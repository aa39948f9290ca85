/**
 * `ss` of iproute2 6.1 for TCP, UDP and raw sockets over IPv4 and packet
 * sockets (-0, -f link, -A packet; -x: unix sockets, of which the lab has
 * none): a NETLINK_SOCK_DIAG dump per protocol or family, the tables and
 * families asked for with their default states (filter_db_set(),
 * filter_af_set(), filter_merge_defaults()), state filters
 * (-a, -l, `state`, `exclude`), filter
 * expressions (sport/dport/src/dst/dev, and/or/not, parentheses), -n, -H, -e,
 * -o, -m, -i, -s, -p (the processes, from the lab's process table), and the column renderer of ss.c (widths from contents;
 * stdout is never a terminal in the lab, so output is compact).
 * @iproute2 misc/ss.c
 */
import type { CommandFn, Proc } from '../lab/process.js';
import { getopt, type ArgKind, type LongOpt } from '../lab/coreutils/getopt.js';
import { NetlinkSock } from '../net/netlink/af_netlink.js';
import { strerror } from '../net/core/errno.js';
import { AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_TIPC, AF_UNIX, AF_UNSPEC, AF_VSOCK, AF_XDP } from '../uapi/linux/socket.js';
import { parseHostcond, type HostcondEnv } from './ss_hostcond.js';
import { packetShowNetlink } from './ss_packet.js';
import { IPPROTO_RAW, IPPROTO_TCP, IPPROTO_UDP } from '../uapi/linux/in.js';
import { inetProtoN2a } from './ip/inet_proto.js';
import { NLM_F_DUMP, NLM_F_REQUEST } from '../uapi/linux/netlink.js';
import {
  INET_DIAG_CONG, INET_DIAG_INFO, INET_DIAG_SKMEMINFO, NETLINK_SOCK_DIAG, SOCK_DESTROY, SOCK_DIAG_BY_FAMILY, TCPI_OPT_ECN, TCPI_OPT_ECN_SEEN, TCPI_OPT_SACK,
  TCPI_OPT_TIMESTAMPS, TCPI_OPT_WSCALE, type InetDiagMsg, type InetDiagReqV2, type InetDiagSockid,
} from '../uapi/linux/inet_diag.js';
import { ipToString, parseIp } from '../wire/ipv4.js';
import { LlMap } from './ip/ll_map.js';
import { SsColumns, COL } from './ss_render.js';
import { Netdb } from './lib/netdb.js';
import { SS_CLOSE, parseSsFilter, runSsFilter, type HostCond, type SsFilter, type SsSock } from './ss_filter.js';
import { SsUsers } from './ss_users.js';
import { SS_USAGE } from './ss_usage.js';

const SS_ALL = (1 << 12) - 1;
const SS_LISTEN = 10;
const SS_CONN = SS_ALL & ~((1 << SS_LISTEN) | (1 << SS_CLOSE) | (1 << 6) | (1 << 3));
const SS_ESTABLISHED = 1;

/** The socket tables (enum { TCP_DB, ... }). */
const enum DB {
  TCP, MPTCP, DCCP, UDP, RAW, UNIX_DG, UNIX_ST, UNIX_SQ, PACKET_DG, PACKET_R, NETLINK, SCTP, VSOCK_ST, VSOCK_DG, TIPC, XDP, MAX,
}
const PACKET_DBM = (1 << DB.PACKET_DG) | (1 << DB.PACKET_R);
const UNIX_DBM = (1 << DB.UNIX_DG) | (1 << DB.UNIX_ST) | (1 << DB.UNIX_SQ);
const INET_DBM = (1 << DB.TCP) | (1 << DB.MPTCP) | (1 << DB.UDP) | (1 << DB.DCCP) | (1 << DB.SCTP) | (1 << DB.RAW);
const VSOCK_DBM = (1 << DB.VSOCK_ST) | (1 << DB.VSOCK_DG);
const TIPC_SS_CONN = (1 << SS_ESTABLISHED) | (1 << SS_LISTEN) | (1 << SS_CLOSE);
/** FAMILY_MASK(): ss keeps a 64-bit mask indexed by family; here each family ss knows has a bit of its own. */
const FAMILY_BITS: readonly number[] = [AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_TIPC, AF_VSOCK, AF_XDP];
const fam = (af: number): number => 1 << FAMILY_BITS.indexOf(af);
const INET_AFS = fam(AF_INET) | fam(AF_INET6);

/** default_dbs[]: each table's default states and families. */
const DEFAULT_DBS: readonly { readonly states: number; readonly families: number }[] = [
  { states: SS_CONN, families: INET_AFS }, { states: SS_CONN, families: INET_AFS }, { states: SS_CONN, families: INET_AFS },
  { states: 1 << SS_ESTABLISHED, families: INET_AFS }, { states: 1 << SS_ESTABLISHED, families: INET_AFS },
  { states: 1 << SS_CLOSE, families: fam(AF_UNIX) }, { states: SS_CONN, families: fam(AF_UNIX) }, { states: SS_CONN, families: fam(AF_UNIX) },
  { states: 1 << SS_CLOSE, families: fam(AF_PACKET) }, { states: 1 << SS_CLOSE, families: fam(AF_PACKET) },
  { states: 1 << SS_CLOSE, families: fam(AF_NETLINK) }, { states: SS_CONN, families: INET_AFS },
  { states: SS_CONN, families: fam(AF_VSOCK) }, { states: SS_CONN, families: fam(AF_VSOCK) },
  { states: TIPC_SS_CONN, families: fam(AF_TIPC) }, { states: 1 << SS_CLOSE, families: fam(AF_XDP) },
];

/** default_afs[]: each family's tables and default states. */
const DEFAULT_AFS: ReadonlyMap<number, { readonly dbs: number; readonly states: number }> = new Map([
  [AF_INET, { dbs: INET_DBM, states: SS_CONN }], [AF_INET6, { dbs: INET_DBM, states: SS_CONN }],
  [AF_UNIX, { dbs: UNIX_DBM, states: SS_CONN }], [AF_PACKET, { dbs: PACKET_DBM, states: 1 << SS_CLOSE }],
  [AF_NETLINK, { dbs: 1 << DB.NETLINK, states: 1 << SS_CLOSE }], [AF_VSOCK, { dbs: VSOCK_DBM, states: SS_CONN }],
  [AF_TIPC, { dbs: 1 << DB.TIPC, states: TIPC_SS_CONN }], [AF_XDP, { dbs: 1 << DB.XDP, states: 1 << SS_CLOSE }],
]);

/** filter_db_parse()'s names (-A). */
const DB_NAMES: ReadonlyMap<string, readonly DB[]> = new Map<string, readonly DB[]>([
  ['all', [DB.UDP, DB.DCCP, DB.TCP, DB.MPTCP, DB.RAW, DB.UNIX_ST, DB.UNIX_DG, DB.UNIX_SQ, DB.PACKET_R, DB.PACKET_DG, DB.NETLINK, DB.SCTP, DB.VSOCK_ST, DB.VSOCK_DG, DB.XDP]],
  ['inet', [DB.UDP, DB.DCCP, DB.TCP, DB.MPTCP, DB.SCTP, DB.RAW]], ['udp', [DB.UDP]], ['dccp', [DB.DCCP]], ['tcp', [DB.TCP]],
  ['mptcp', [DB.MPTCP]], ['sctp', [DB.SCTP]], ['raw', [DB.RAW]], ['unix', [DB.UNIX_ST, DB.UNIX_DG, DB.UNIX_SQ]],
  ['unix_stream', [DB.UNIX_ST]], ['u_str', [DB.UNIX_ST]], ['unix_dgram', [DB.UNIX_DG]], ['u_dgr', [DB.UNIX_DG]],
  ['unix_seqpacket', [DB.UNIX_SQ]], ['u_seq', [DB.UNIX_SQ]], ['packet', [DB.PACKET_R, DB.PACKET_DG]],
  ['packet_raw', [DB.PACKET_R]], ['p_raw', [DB.PACKET_R]], ['packet_dgram', [DB.PACKET_DG]], ['p_dgr', [DB.PACKET_DG]],
  ['netlink', [DB.NETLINK]], ['tipc', [DB.TIPC]], ['vsock', [DB.VSOCK_ST, DB.VSOCK_DG]], ['vsock_stream', [DB.VSOCK_ST]],
  ['v_str', [DB.VSOCK_ST]], ['vsock_dgram', [DB.VSOCK_DG]], ['v_dgr', [DB.VSOCK_DG]], ['xdp', [DB.XDP]],
]);

/** The tables the lab has no sockets of, refused when asked for by name (-A, -f). */
const LAB_LACKS: ReadonlyMap<string, string> = new Map([
  ['netlink', 'netlink sockets'], ['tipc', 'TIPC sockets'], ['vsock', 'vsock sockets'], ['vsock_stream', 'vsock sockets'],
  ['v_str', 'vsock sockets'], ['vsock_dgram', 'vsock sockets'], ['v_dgr', 'vsock sockets'], ['xdp', 'XDP sockets'],
  ['inet6', 'IPv6 sockets'],
]);
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
  /** --cgroup: each socket's cgroup after its details (show_cgroup). */
  showCgroup: boolean;
  /** -b: packet sockets' classic filters. */
  showBpf: boolean;
  /** -O: a socket's extra lines joined onto its first. */
  oneline: boolean;
  /** -K: SOCK_DESTROY each socket shown. */
  kill: boolean;
  summary: boolean;
  /** -a / -l (state_filter); 0: none given. */
  stateFilter: number;
  /** struct filter: the tables, the families and the states to show. */
  readonly f: { dbs: number; states: number; families: number };
  /** No table or family asked for: all of them (do_default). */
  doDefault: boolean;
  /** preferred_family: how filter addresses parse (-4, -0, -x, -f). */
  preferred: number;
}

/** filter_db_set() */
function filterDbSet(o: SsOpts, db: DB, enable: boolean): void {
  if (enable) {
    o.f.states |= DEFAULT_DBS[db]!.states;
    o.f.dbs |= 1 << db;
  } else o.f.dbs &= ~(1 << db);
  o.doDefault = false;
}

/** filter_db_parse(): a table name, "!" for leaving it out; false when unknown. */
function filterDbParse(o: SsOpts, name: string): boolean {
  const enable = !name.startsWith('!');
  const dbs = DB_NAMES.get(enable ? name : name.slice(1));
  if (!dbs) return false;
  for (const db of dbs) filterDbSet(o, db, enable);
  return true;
}

/** filter_af_set() */
function filterAfSet(o: SsOpts, af: number): void {
  o.f.states |= DEFAULT_AFS.get(af)!.states;
  o.f.families |= fam(af);
  o.doDefault = false;
  o.preferred = af;
}

const filterAfGet = (o: SsOpts, af: number): boolean => (o.f.families & fam(af)) !== 0;

/** filter_merge_defaults(): each table brings its families, each family its tables, when none of them is there. */
function filterMergeDefaults(o: SsOpts): void {
  for (let db = 0; db < DB.MAX; db++) {
    if (o.f.dbs & (1 << db) && !(DEFAULT_DBS[db]!.families & o.f.families)) o.f.families |= DEFAULT_DBS[db]!.families;
  }
  for (const [af, d] of DEFAULT_AFS) if (filterAfGet(o, af) && !(d.dbs & o.f.dbs)) o.f.dbs |= d.dbs;
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

/** lib/fs.c find_cgroup2_mount(false) with no cgroup2 mounted. */
const CG2_MISSING = 'Failed to find cgroup2 mount\n';

class Ss {
  readonly cols = new SsColumns();
  private ll: LlMap | null = null;
  /** -p's scan of the process table, made once per run (user_ent_hash_build()). */
  private readonly owners: SsUsers | null;
  private portRange: [number, number] | null = null;
  /** cg_id_to_path()'s cg_init_map() done. */
  private cgInitialized = false;

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

  /** inet_stats_print() with proc_ctx_print(): netid, state, queues, both ends, and the owners for -p. */
  private inetStats(proto: string, state: number, rq: number, wq: number, id: Omit<InetDiagSockid, 'cookie'>, ino: number): void {
    const c = this.cols;
    c.set(COL.NETID);
    c.out(proto);
    c.set(COL.STATE);
    c.out(SSTATE_NAME[state] ?? 'UNKNOWN');
    c.set(COL.RECVQ);
    c.out(String(rq).padEnd(6));
    c.set(COL.SENDQ);
    c.out(String(wq).padEnd(6));
    c.set(COL.ADDR);
    this.addr(id.src, id.sport, id.if, proto);
    this.addr(id.dst, id.dport, 0, proto);
    if (this.owners) c.out(this.owners.users(ino));
  }

  /** inet_show_sock(): one socket's line (and its -m/-i line). */
  show(m: InetDiagMsg, proto: string): void {
    this.inetStats(proto, m.state, m.rqueue, m.wqueue, m.id, m.inode);
    const c = this.cols;
    const o = this.o;
    if (o.showOptions && m.timer) c.out(` timer:(${TMR_NAME[Math.min(m.timer, 5)]},${printMsTimer(m.expires)},${m.retrans})`);
    if (o.showDetails) {
      if (m.uid) c.out(` uid:${m.uid}`);
      c.out(` ino:${m.inode} sk:${skCookie(m.id.cookie)}`);
      if (m.mark) c.out(` fwmark:0x${m.mark.toString(16)}`);
      if (m.cgroupId) c.out(` cgroup:${this.cgIdToPath(m.cgroupId)}`);
      if (m.shutdown !== undefined) c.out(` ${m.shutdown & 1 ? '-' : '<'}-${m.shutdown & 2 ? '-' : '>'}`);
    }
    if (o.showCgroup && m.cgroupId) c.out(` cgroup:${this.cgIdToPath(m.cgroupId)}`);
    if (o.showMem || (o.showTcpinfo && m.protocol === IPPROTO_TCP)) {
      if (!o.oneline) c.out('\n\t');
      this.tcpShowInfo(m);
    }
  }

  /**
   * lib/cg_map.c cg_id_to_path(): under ip netns exec, which mounts a fresh
   * /sys, there is no cgroup2 mount, so cg_init_map() the first time and
   * get_cgroup2_path() each time complain on stderr (ss's stdout comes
   * later, at render) and the path is "unreachable:ID". A process of the
   * initial namespace still sees the host's /sys/fs/cgroup: every lab
   * process is in the root cgroup (id 1), "/".
   */
  private cgIdToPath(id: number): string {
    if (this.p.net === this.p.lab.initNet) return id === 1 ? '/' : `unreachable:${id.toString(16)}`;
    if (!this.cgInitialized) {
      this.cgInitialized = true;
      this.p.stderr.write(CG2_MISSING);
    }
    this.p.stderr.write(CG2_MISSING);
    return `unreachable:${id.toString(16)}`;
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
      if (i.options & TCPI_OPT_ECN) parts.push('ecn');
      if (i.options & TCPI_OPT_ECN_SEEN) parts.push('ecnseen');
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
    if (i.busyTime) {
      parts.push(`busy:${Math.floor(i.busyTime / 1000)}ms`);
      const pct = (v: number): string => `${Math.floor(v / 1000)}ms(${((100 * v) / i.busyTime).toFixed(1)}%)`;
      if (i.rwndLimited) parts.push(`rwnd_limited:${pct(i.rwndLimited)}`);
      if (i.sndbufLimited) parts.push(`sndbuf_limited:${pct(i.sndbufLimited)}`);
    }
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

  /** packet_show(): the packet sockets through the filter. */
  packetDump(f: SsFilter | null): void {
    const o = this.o;
    packetShowNetlink({
      cols: this.cols, nl: this.nl, numeric: o.numeric, showDetails: o.showDetails, showBpf: o.showBpf, showMem: o.showMem,
      oneline: o.oneline, ifname: (i) => this.ifname(i), users: (ino) => this.owners?.users(ino) ?? '', cookie: skCookie,
    }, f);
  }

  /**
   * kill_inet_sock(): SOCK_DESTROY for the socket; one the kernel cannot
   * close (EOPNOTSUPP) or that is already gone (ENOENT) is not shown.
   */
  private killInetSock(m: InetDiagMsg, protocol: number): boolean {
    const req: InetDiagReqV2 = { family: AF_INET, protocol, ext: 0, states: 0, id: m.id };
    const e = this.nl.request(SOCK_DESTROY, NLM_F_REQUEST, req).ack.error;
    if (e === null) return true;
    if (e === 'EOPNOTSUPP' || e === 'ENOENT') return false;
    this.p.stderr.write(`SOCK_DESTROY answers: ${strerror[e]}\n`);
    throw new SsExit(1);
  }

  /**
   * inet_show_netlink(): the dump of one protocol, each socket through the
   * filter; false when the kernel has no diag handler for it (ENOENT).
   */
  dump(protocol: number, f: SsFilter | null): boolean {
    const o = this.o;
    let ext = 0;
    if (o.showMem) ext |= 1 << (INET_DIAG_SKMEMINFO - 1);
    if (o.showTcpinfo) ext |= (1 << (INET_DIAG_INFO - 1)) | (1 << (INET_DIAG_CONG - 1));
    // sockdiag_send(): the filter goes to the kernel as INET_DIAG_REQ_BYTECODE too (ssfilter_bytecompile()).
    const req: InetDiagReqV2 = { family: AF_INET, protocol, ext, states: o.f.states, ...(f ? { bc: f } : {}) };
    const r = this.nl.request(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, req);
    if (r.ack.error) return false;
    const proto = protocol === IPPROTO_TCP ? 'tcp' : protocol === IPPROTO_UDP ? 'udp' : 'raw';
    for (const msg of r.msgs) {
      const m = msg.body as InetDiagMsg;
      const s: SsSock = {
        state: m.state, src: m.id.src, dst: m.id.dst, sport: m.id.sport, dport: m.id.dport, iface: m.id.if, mark: m.mark ?? 0,
        autobound: this.ephemeral(m.id.sport),
      };
      if (f && !runSsFilter(f, s)) continue;
      if (o.kill && !this.killInetSock(m, protocol)) continue;
      this.show(m, proto);
    }
    return true;
  }

  /** raw_show(): the netlink dump, or /proc/net/raw on a kernel without raw_diag (the reference one). */
  rawShow(f: SsFilter | null): void {
    if (!this.dump(IPPROTO_RAW, f)) this.procDgramShow('/proc/net/raw', 'raw', f);
  }

  /**
   * generic_record_read() + dgram_show_line(): the sockets of a /proc/net
   * table through the state mask and the filter. The table has no cookie,
   * options or memory, so -e, -m, -i and -K add nothing here.
   */
  private procDgramShow(path: string, proto: string, f: SsFilter | null): void {
    let text: string;
    try {
      text = this.p.fs.read(path, this.p.net);
    } catch {
      return;
    }
    for (const line of text.split('\n').slice(1)) {
      const w = line.trim().split(/\s+/);
      if (w.length < 10) continue;
      const [src, sport] = procInetAddr(w[1]!);
      const [dst, dport] = procInetAddr(w[2]!);
      const state = parseInt(w[3]!, 16);
      if (!(this.o.f.states & (1 << state))) continue;
      if (f && !runSsFilter(f, { state, src, dst, sport, dport, autobound: this.ephemeral(sport) })) continue;
      const [wq, rq] = w[4]!.split(':').map((h) => parseInt(h, 16));
      this.inetStats(proto, state, rq!, wq!, { src, sport, dst, dport, if: 0 }, Number(w[9]));
    }
  }
}

/** proc_parse_inet_addr(): "0100007F:0035", the address as a little-endian machine prints its __be32. */
function procInetAddr(s: string): [number, number] {
  const [a, port] = s.split(':');
  const le = parseInt(a!, 16) >>> 0;
  const addr = (((le & 0xff) << 24) | ((le >>> 8) & 0xff) << 16 | ((le >>> 16) & 0xff) << 8 | (le >>> 24)) >>> 0;
  return [addr, parseInt(port!, 16)];
}

/** sock_details_print()'s sk: the socket cookie in hex. */
function skCookie(cookie: number): string {
  return cookie.toString(16);
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
  '6': 'IPv6 sockets',
  T: 'thread information (-T)', E: 'following events (-E)',
  D: 'tcpdiag dumps (-D)', F: 'filter files (-F)', N: 'namespaces (-N)',
  tipc: 'TIPC sockets', vsock: 'vsock sockets', xdp: 'XDP sockets', tipcinfo: 'TIPC sockets', tos: 'TOS and priority (--tos)',
  'inet-sockopt': 'inet socket options (--inet-sockopt)',
};

/** long_opts[] */
const LONG_OPTS: readonly LongOpt[] = [
  ['numeric', 'n'], ['resolve', 'r'], ['options', 'o'], ['extended', 'e'], ['memory', 'm'], ['info', 'i'], ['processes', 'p'],
  ['threads', 'T'], ['bpf', 'b'], ['events', 'E'], ['dccp', 'd'], ['tcp', 't'], ['sctp', 'S'], ['udp', 'u'], ['raw', 'w'],
  ['unix', 'x'], ['tipc', 'tipc'], ['vsock', 'vsock'], ['all', 'a'], ['listening', 'l'], ['ipv4', '4'], ['ipv6', '6'],
  ['packet', '0'], ['family', 'f', 1], ['socket', 'A', 1], ['query', 'A', 1], ['summary', 's'], ['diag', 'D', 1],
  ['filter', 'F', 1], ['version', 'V'], ['help', 'h'], ['context', 'Z'], ['contexts', 'z'], ['net', 'N', 1],
  ['tipcinfo', 'tipcinfo'], ['tos', 'tos'], ['cgroup', 'cgroup'], ['kill', 'K'], ['no-header', 'H'], ['xdp', 'xdp'],
  ['mptcp', 'M'], ['oneline', 'O'], ['inet-sockopt', 'inet-sockopt'],
].map(([name, key, arg]) => ({ name: name as string, key: key as string, arg: (arg ?? 0) as ArgKind }));

/** -f FAMILY */
const FAMILIES: Readonly<Record<string, number>> = {
  inet: AF_INET, inet6: AF_INET6, link: AF_PACKET, unix: AF_UNIX, netlink: AF_NETLINK, tipc: AF_TIPC, vsock: AF_VSOCK, xdp: AF_XDP,
};

function refuse(p: Proc, what: string): never {
  p.stderr.write(`ss: ${what} are not supported in the lab\n`);
  throw new SsExit(255);
}

function usage(p: Proc, msg = ''): never {
  p.stderr.write(msg + SS_USAGE);
  throw new SsExit(255);
}

/** NEXT_ARG() past the last word: incomplete_command() (lib/utils.c), exit(-1). */
function incompleteCommand(p: Proc): never {
  p.stderr.write('Command line is not complete. Try option "help"\n');
  throw new SsExit(255);
}

/** -A QUERY[,QUERY]: the first -A starts from no table (and SS_CONN unless -a/-l came first). */
function queryArg(p: Proc, o: SsOpts, arg: string, first: boolean): void {
  if (first) {
    o.f.dbs = 0;
    o.stateFilter ||= SS_CONN;
    o.doDefault = false;
  }
  for (const name of arg.split(',')) {
    const lacks = LAB_LACKS.get(name.replace(/^!/, ''));
    if (lacks && !name.startsWith('!')) refuse(p, lacks);
    if (!filterDbParse(o, name)) usage(p, `ss: "${name}" is illegal socket table id\n`);
  }
}

function familyArg(p: Proc, o: SsOpts, arg: string): void {
  if (arg === 'help') {
    p.stdout.write(SS_USAGE);
    throw new SsExit(0);
  }
  const af = FAMILIES[arg];
  if (af === undefined) usage(p, `ss: "${arg}" is invalid family\n`);
  const lacks = LAB_LACKS.get(arg);
  if (lacks) refuse(p, lacks);
  filterAfSet(o, af);
}

function parseArgs(p: Proc): { o: SsOpts; rest: string[] } {
  const r = getopt(p.argv.slice(1), { short: 'dhaletuwxnro460spTbEf:mMiA:D:F:vVzZN:KHSO', long: LONG_OPTS });
  if (!r.ok) usage(p, `ss: ${r.message}\n`);
  const o: SsOpts = {
    numeric: false, showOptions: false, showDetails: false, showMem: false, showTcpinfo: false, showHeader: true, showUsers: false,
    showCgroup: false, showBpf: false, oneline: false, kill: false, summary: false, stateFilter: 0, f: { dbs: 0, states: 0, families: 0 }, doDefault: true,
    preferred: AF_UNSPEC,
  };
  let sawQuery = false;
  for (const { key, arg } of r.opts) {
    const refused = REFUSED[key];
    if (refused) refuse(p, refused);
    switch (key) {
      // is_selinux_enabled() <= 0: the lab, as a kernel without SELinux, has none.
      case 'Z':
      case 'z':
        p.stderr.write('ss: SELinux is not enabled.\n');
        throw new SsExit(1);
      case 'n': o.numeric = true; break;
      case 'cgroup': o.showCgroup = true; break;
      case 'r': break;
      case 'o': o.showOptions = true; break;
      case 'e': o.showOptions = true; o.showDetails = true; break;
      case 'm': o.showMem = true; break;
      case 'i': o.showTcpinfo = true; break;
      case 'b': o.showOptions = true; o.showBpf = true; break;
      case 't': filterDbSet(o, DB.TCP, true); break;
      case 'u': filterDbSet(o, DB.UDP, true); break;
      case 'w': filterDbSet(o, DB.RAW, true); break;
      case 'd': filterDbSet(o, DB.DCCP, true); break;
      case 'S': filterDbSet(o, DB.SCTP, true); break;
      // mptcp_show(): the lab has no MPTCP socket to list (as -A mptcp).
      case 'M': filterDbSet(o, DB.MPTCP, true); break;
      case 'x': filterAfSet(o, AF_UNIX); break;
      case '4': filterAfSet(o, AF_INET); break;
      case '0': filterAfSet(o, AF_PACKET); break;
      case 'f': familyArg(p, o, arg!); break;
      case 'A': queryArg(p, o, arg!, !sawQuery); sawQuery = true; break;
      case 'a': o.stateFilter = SS_ALL; break;
      case 'l': o.stateFilter = (1 << SS_LISTEN) | (1 << SS_CLOSE); break;
      case 'H': o.showHeader = false; break;
      case 'p': o.showUsers = true; break;
      case 'O': o.oneline = true; break;
      case 'K': o.kill = true; break;
      case 's': o.summary = true; break;
      case 'V': case 'v': p.stdout.write('ss utility, iproute2-6.1.0\n'); throw new SsExit(0);
      case 'h': p.stdout.write(SS_USAGE); throw new SsExit(0);
      default: usage(p);
    }
  }
  return { o, rest: r.operands };
}

/**
 * parse_hostcond() with ss's lookups; a condition parsed in a family of
 * its own makes that family the only one shown (filter_af_set() after
 * clearing them, the states kept).
 */
function hostcond(p: Proc, o: SsOpts, word: string, isPort: boolean): HostCond | null {
  const db = new Netdb(p);
  const env: HostcondEnv = {
    write: (t) => p.stderr.write(t),
    serv: (name) => ({
      udp: o.f.dbs & (1 << DB.UDP) ? db.servByName(name, 'udp') : null,
      tcp: o.f.dbs & (1 << DB.TCP) ? db.servByName(name, 'tcp') : null,
    }),
    parseIp,
    llIndex: (name) => new LlMap(new NetlinkSock(p.net)).nameToIndex(name),
  };
  const r = parseHostcond(env, o.preferred, word, isPort);
  if ('lacking' in r) refuse(p, r.lacking);
  if (r.h && r.fam !== AF_UNSPEC) {
    const states = o.f.states;
    o.f.families = 0;
    filterAfSet(o, r.fam);
    if (states) o.f.states = states;
  }
  return r.h;
}

/** ss's own word for a filter it cannot parse, or a state list it cannot (exit 1, or usage). */
function parseFilter(p: Proc, o: SsOpts, rest: string[]): SsFilter | null {
  if (!rest.length) return null;
  let ll: LlMap | null = null;
  const dev = (name: string): number | null => (ll ??= new LlMap(new NetlinkSock(p.net))).nameToIndex(name) || null;
  const f = parseSsFilter(rest, (w, isPort) => hostcond(p, o, w, isPort), dev);
  if (f === null || !('err' in f)) return f;
  switch (f.err) {
    // yyerror(), then ssfilter_parse()'s " Sorry." and usage().
    case 'syntax': return usage(p, 'ss: bison bellows (while parsing filter): "syntax error!" Sorry.\n');
    case 'dev': p.stderr.write('Cannot parse device.\n'); break;
    case 'mark': p.stderr.write(`Cannot parse mark ${f.word}.\n`); break;
    case 'host': p.stderr.write('Cannot parse dst/src address.\n'); break;
    // parse_cgroupcond(): get_cgroup2_id() of a path; the lab has no cgroup2 file system.
    case 'cgroup': return refuse(p, 'cgroup filters');
  }
  throw new SsExit(1);
}

async function ssMain(p: Proc): Promise<number> {
  const { o, rest } = parseArgs(p);
  if (o.summary) {
    printSummary(p);
    if (o.doDefault && rest.length === 0) return 0;
  }
  let states = o.stateFilter;
  let saw = false;
  while (rest.length) {
    const w = rest[0]!;
    if (w !== 'state' && w !== 'exclude' && w !== 'excl') break;
    rest.shift();
    const arg = rest.shift();
    if (arg === undefined) incompleteCommand(p);
    if (w === 'state') {
      if (!saw) states = 0;
      states |= scanState(p, arg);
    } else {
      if (!saw) states = SS_ALL;
      states &= ~scanState(p, arg);
    }
    saw = true;
  }
  // main(): no table or family asked for takes them all with SS_CONN; a state filter replaces the defaults.
  if (o.doDefault) {
    states ||= SS_CONN;
    filterDbParse(o, 'all');
  }
  if (states) o.f.states = states;
  filterMergeDefaults(o);
  if (o.f.dbs === 0) return nothingToShow(p, 'socket tables');
  if (o.f.families === 0) return nothingToShow(p, 'families');
  if (o.f.states === 0) return nothingToShow(p, 'socket states');
  const f = parseFilter(p, o, rest);
  const nl = new NetlinkSock(p.net, NETLINK_SOCK_DIAG);
  const ss = new Ss(p, o, nl);
  const c = ss.cols;
  const dbs = o.f.dbs;
  if (!(dbs & (dbs - 1))) c.disable(COL.NETID);
  if (!(o.f.states & (o.f.states - 1))) c.disable(COL.STATE);
  if (o.showHeader) c.header();
  // Linux: netlink sockets come first; the lab lists none of them (nor unix sockets: it has none).
  if (dbs & PACKET_DBM && filterAfGet(o, AF_PACKET) && o.f.states & (1 << SS_CLOSE)) ss.packetDump(f);
  if (filterAfGet(o, AF_INET)) {
    if (dbs & (1 << DB.RAW)) ss.rawShow(f);
    if (dbs & (1 << DB.UDP)) ss.dump(IPPROTO_UDP, f);
    if (dbs & (1 << DB.TCP)) ss.dump(IPPROTO_TCP, f);
  }
  // dccp_show(): the reference kernel has no DCCP (removed in 6.16): inet_diag answers IPPROTO_DCCP's dump with
  // EINVAL, which rtnl_dump_error() prints (only ENOENT and EOPNOTSUPP are quiet). sctp_show(): no sctp_diag, ENOENT.
  if (dbs & (1 << DB.DCCP) && (filterAfGet(o, AF_INET) || filterAfGet(o, AF_INET6))) p.stderr.write('RTNETLINK answers: Invalid argument\n');
  p.stdout.write(c.render());
  nl.close();
  return 0;
}

/** "ss: no socket tables to show with such filter." and the like: exit 0. */
function nothingToShow(p: Proc, what: string): number {
  p.stderr.write(`ss: no ${what} to show with such filter.\n`);
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
