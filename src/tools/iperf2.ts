/**
 * `iperf` (iperf 2.1.8, as Debian bookworm ships it) in its v2 syntax:
 * `-s` / `-c host` with `-u -b -t -i -B -p -l`. TCP: the client writes,
 * the server counts until EOF; UDP: paced datagrams with iperf 2's header
 * (sequence number, sec, usec), a negative sequence number to finish, and
 * the server's report sent back. Its banners and report lines; senders
 * pay for their writes in virtual time as iperf3's do (iperf3_proto.ts).
 * A UDP server bound (-B) to a group joins it, any-source or, with
 * `-H source`, source-specific (MCAST_JOIN_SOURCE_GROUP), on the device
 * `-B group%dev` names (else the route's).
 * @iperf2 src/Client.cpp src/Server.cpp src/Reporter.c src/ReportOutputs.c src/iperf_multicast_api.c
 */
import { detach, type CommandFn, type Proc } from '../lab/process.js';
import { strerror } from '../net/core/errno.js';
import {
  Task, accept, bind, close, connect, connectWait, getpeername, getsockname, listen, recvmsg, send, sendto, setsockopt, socket,
  type Socket, type SockaddrIn,
} from '../net/socket.js';
import { AF_INET, SOCK_DGRAM, SOCK_STREAM, SOL_IP, SOL_SOCKET, SO_REUSEADDR } from '../uapi/linux/socket.js';
import { IPPROTO_TCP, IPPROTO_UDP, IP_ADD_MEMBERSHIP, MCAST_JOIN_SOURCE_GROUP } from '../uapi/linux/in.js';
import { ipToString, ipv4IsMulticast, parseIp } from '../wire/ipv4.js';
import { putU32 } from '../wire/bytes.js';
import { hostsLookup } from './nc.js';
import { unitAtof, unitSnprintf } from './iperf3/iperf3_report.js';
import { HOST_BPS } from './iperf3/iperf3_proto.js';

const LINE = '------------------------------------------------------------\n';
const USAGE = 'Usage: iperf [-s|-c host] [options]\nTry `iperf --help\' for more information.\n';
const UDP_LEN = 1470;
const TCP_LEN = 128 * 1024;

interface Opts {
  server: boolean;
  host: string | null;
  udp: boolean;
  /** bits/s (K/M/G in 1024s, as iperf 2 reads -b) */
  rate: number;
  time: number;
  interval: number;
  bind: string | null;
  port: number;
  len: number;
  /** -H: the source of a source-specific multicast join */
  ssm: string | null;
}

const sec = (ns: number): number => ns / 1e9;

/** "[  1] 0.0000-1.0000 sec   349 MBytes  2.93 Gbits/sec" */
function span(start: number, end: number, bytes: number): string {
  const d = end - start;
  return `[  1] ${start.toFixed(4)}-${end.toFixed(4)} sec  ${unitSnprintf(bytes, 'A')}s  ${unitSnprintf(d > 0 ? bytes / d : 0, 'a')}s/sec`;
}

/** The window or buffer size line: "16.0 KByte", " 128 KByte". */
function kbyte(n: number): string {
  return unitSnprintf(n, 'A');
}

function parse(p: Proc): Opts | string {
  const o: Opts = { server: false, host: null, udp: false, rate: 0, time: 10, interval: 0, bind: null, port: 5001, len: 0, ssm: null };
  const argv = p.argv.slice(1);
  const takes = 'cbtiBplnPwMxfFIoLTSXyZH';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-') || a.length < 2) continue;
    const k = a[1]!;
    let v = '';
    if (takes.includes(k)) {
      v = a.length > 2 ? a.slice(2) : (argv[++i] ?? '');
      if (v === '' && i >= argv.length) return `iperf: option requires an argument -- ${k}\n`;
    }
    switch (k) {
      case 's': o.server = true; break;
      case 'c': o.host = v; break;
      case 'u': o.udp = true; break;
      case 'b': o.rate = unitAtof(v) ?? 0; break;
      case 't': o.time = Number(v); break;
      case 'i': o.interval = Number(v); break;
      case 'B': o.bind = v; break;
      case 'p': o.port = Number(v); break;
      case 'l': o.len = unitAtof(v) ?? 0; break;
      case 'H': o.ssm = v; break;
      default: return `iperf: option -${k} is not supported in the lab\n`;
    }
  }
  if (!o.server && o.host === null) return '';
  return o;
}

async function client(p: Proc, o: Opts): Promise<number> {
  const out = p.stdout;
  if (o.ssm !== null) out.write('WARNING: option -H is not valid for client mode\n');
  const addr = parseIp(o.host!) ?? hostsLookup(p, o.host!);
  const len = o.len || (o.udp ? UDP_LEN : TCP_LEN);
  const rate = o.rate || (o.udp ? 1048576 : 0);
  out.write(`${LINE}Client connecting to ${o.host}, ${o.udp ? 'UDP' : 'TCP'} port ${o.port}\n`);
  if (o.udp) out.write(`Sending ${len} byte datagrams, IPG target: ${((len * 8 * 1e6) / rate).toFixed(2)} us (kalman adjust)\nUDP buffer size: ${kbyte(212992)} (default)\n`);
  else out.write(`TCP window size: ${kbyte(16384)} (default)\n`);
  out.write(LINE);
  if (addr === null) {
    out.write(`ERROR: failed to find host "${o.host}"\n`);
    return 1;
  }
  const s = socket(p.net, AF_INET, o.udp ? SOCK_DGRAM : SOCK_STREAM, o.udp ? IPPROTO_UDP : IPPROTO_TCP);
  if (typeof s === 'string') return 1;
  p.files?.install(s);
  const local = o.bind === null ? 0 : parseIp(o.bind.split('%')[0]!);
  const b = o.bind === null ? 0 : bind(s, { family: AF_INET, addr: local ?? 0, port: 0 });
  const c = b !== 0 ? b : await connectWait(s, { family: AF_INET, addr, port: o.port });
  if (c !== 0) {
    out.write(`${o.udp ? 'udp' : 'tcp'} connect failed: ${strerror[c]}\n[  1] local 0.0.0.0 port 0 connected with ${ipToString(addr)} port ${o.port}\n`);
    close(s);
    return 0;
  }
  const me = getsockname(s);
  const mePort = typeof me === 'string' ? 0 : me.port;
  const tcpInfo = o.udp ? '' : ' (icwnd/mss/irtt=10/1448/0)';
  out.write(`[  1] local ${ipToString(typeof me === 'string' ? 0 : me.addr)} port ${mePort} connected with ${ipToString(addr)} port ${o.port}${tcpInfo}\n`);
  out.write('[ ID] Interval       Transfer     Bandwidth\n');
  const r = await transmit(p, s, o, len, rate || HOST_BPS);
  out.write(`${span(0, sec(r.dur), r.bytes)}\n`);
  if (o.udp) {
    out.write(`[  1] Sent ${r.packets + 1} datagrams\n`);
    const rep = await recvmsg(s, 64);
    if (typeof rep !== 'string' && rep.data.length >= 32) {
      const dv = new DataView(rep.data.buffer, rep.data.byteOffset);
      const [bytes, dur, jitter, lost, total] = [dv.getFloat64(0), dv.getFloat64(8), dv.getFloat32(16), dv.getUint32(20), dv.getUint32(24)];
      out.write('[  1] Server Report:\n[ ID] Interval       Transfer     Bandwidth        Jitter   Lost/Total Datagrams\n');
      out.write(`${udpReport(0, dur, bytes, jitter, lost, total)}\n`);
    }
  }
  close(s);
  return 0;
}

function udpReport(start: number, end: number, bytes: number, jitterS: number, lost: number, total: number): string {
  const pct = total > 0 ? (100 * lost) / total : 0;
  const g = pct === 0 ? '0' : String(Number(pct.toPrecision(2)));
  return `${span(start, end, bytes)}  ${(jitterS * 1000).toFixed(3).padStart(6)} ms ${lost}/${total} (${g}%)`;
}

/** The client's writes for -t seconds, paced at `bps`, with -i reports; UDP ends with the FIN datagram. */
async function transmit(p: Proc, s: Socket, o: Opts, len: number, bps: number): Promise<{ bytes: number; packets: number; dur: number }> {
  const sched = p.net.sched;
  const t0 = sched.now;
  const end = t0 + o.time * 1e9;
  const block = new Uint8Array(len);
  const dv = new DataView(block.buffer);
  let bytes = 0;
  let packets = 0;
  let mark = 0;
  let next = o.interval > 0 ? t0 + o.interval * 1e9 : Infinity;
  while (sched.now < end) {
    if (o.udp) {
      dv.setInt32(0, packets + 1);
      dv.setUint32(4, Math.floor(sched.now / 1e9));
      dv.setUint32(8, Math.floor((sched.now % 1e9) / 1e3));
    }
    const r = await send(s, block);
    if (typeof r === 'string') {
      if (r === 'ECONNREFUSED' || r === 'EAGAIN') continue;
      break;
    }
    bytes += r;
    packets++;
    const due = t0 + Math.round((bytes * 8 * 1e9) / bps);
    while (next <= Math.min(due, end)) {
      if (next > sched.now) await sched.sleep(next - sched.now);
      p.stdout.write(`${span(sec(next - t0 - o.interval * 1e9), sec(next - t0), bytes - mark)}\n`);
      mark = bytes;
      next += o.interval * 1e9;
    }
    if (due > sched.now) await sched.sleep(Math.min(due, end) - sched.now);
  }
  if (o.udp) {
    dv.setInt32(0, -(packets + 1));
    await send(s, block);
  }
  return { bytes, packets, dur: sched.now - t0 };
}

/** A -B group, its device (`group%dev`) and the -H source: what the server joins. */
interface McastJoin {
  group: number;
  iface: string | null;
  /** the source (NaN: -H did not parse), null: any-source */
  source: number | null;
}

/** -B GROUP[%DEV] with -H: the join, or null when -B is no group. */
function mcastJoin(o: Opts): McastJoin | null {
  if (o.bind === null) return null;
  const [host, iface] = o.bind.split('%');
  const group = parseIp(host!);
  if (group === null || !ipv4IsMulticast(group)) return null;
  const source = o.ssm === null ? null : (parseIp(o.ssm) ?? Number.NaN);
  return { group, iface: iface ?? null, source };
}

/** The banner's join line: "Joining multicast (S,G)=S,G w/iface DEV", "(*,G)=*,G w/iface DEV", or "group  G". */
function joinLine(o: Opts, j: McastJoin): string {
  const g = ipToString(j.group);
  if (j.iface) return `Joining multicast (${j.source === null ? '*' : 'S'},G)=${o.ssm ?? '*'},${g} w/iface ${j.iface}\n`;
  return `Joining multicast ${j.source === null ? `group  ${g}` : `(S,G)=${o.ssm},${g}`}\n`;
}

/** iperf_multicast_join(): MCAST_JOIN_SOURCE_GROUP (a struct group_source_req) or IP_ADD_MEMBERSHIP (an ip_mreqn). */
function joinGroup(p: Proc, s: Socket, j: McastJoin): void {
  const ifindex = j.iface ? (p.net.devByName(j.iface)?.ifindex ?? 0) : 0;
  if (j.iface && !ifindex) return;
  if (j.source === null) {
    const mreqn = new Uint8Array(12);
    putU32(mreqn, 0, j.group);
    new DataView(mreqn.buffer).setInt32(8, ifindex, true);
    setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn);
    return;
  }
  if (Number.isNaN(j.source)) return;
  const gsr = new Uint8Array(264);
  const dv = new DataView(gsr.buffer);
  dv.setUint32(0, ifindex, true);
  for (const [at, addr] of [[8, j.group], [136, j.source]] as const) {
    dv.setUint16(at, AF_INET, true);
    putU32(gsr, at + 4, addr);
  }
  setsockopt(s, SOL_IP, MCAST_JOIN_SOURCE_GROUP, gsr);
}

async function server(p: Proc, o: Opts): Promise<number> {
  const out = p.stdout;
  const mc = mcastJoin(o);
  if (mc && !o.udp) {
    out.write('Multicast requires -u option  failed\n');
    return 0;
  }
  const s = socket(p.net, AF_INET, o.udp ? SOCK_DGRAM : SOCK_STREAM, o.udp ? IPPROTO_UDP : IPPROTO_TCP);
  if (typeof s === 'string') return 1;
  p.files?.install(s);
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
  const local = mc ? mc.group : o.bind === null ? 0 : (parseIp(o.bind) ?? 0);
  const b = bind(s, { family: AF_INET, addr: local, port: o.port });
  if (b !== 0) {
    // Linux's iperf then waits on, its listener dead; this one ends.
    out.write(`listener bind failed: ${strerror[b]}\n`);
    return 1;
  }
  if (mc && Number.isNaN(mc.source)) out.write('mcast join source pton failed: Success\n');
  else if (mc?.iface && !p.net.devByName(mc.iface)) out.write('mcast if_nametoindex failed: No such device\n');
  if (mc) joinGroup(p, s, mc);
  out.write(`${LINE}Server listening on ${o.udp ? 'UDP' : 'TCP'} port ${o.port}\n`);
  if (mc) out.write(`${joinLine(o, mc)}Server set to single client traffic mode (per multicast receive)\n`);
  out.write(o.udp ? `UDP buffer size: ${kbyte(212992)} (default)\n` : `TCP window size: ${kbyte(131072)} (default)\n`);
  out.write(LINE);
  if (o.udp) {
    for (let u: Socket | null = s; u; u = await udpServer(p, u, o, local));
    return 1;
  }
  listen(s, 5);
  for (;;) {
    const c = await accept(s);
    if (typeof c === 'string') return 1;
    p.files?.install(c);
    detach(tcpSession(p, c));
  }
}

/** One accepted connection: count until EOF, then the total line. */
async function tcpSession(p: Proc, c: Socket): Promise<void> {
  const sched = p.net.sched;
  const t0 = sched.now;
  const me = getsockname(c);
  const peer = getpeername(c);
  if (typeof me === 'string' || typeof peer === 'string') return;
  p.stdout.write(`[  1] local ${ipToString(me.addr)} port ${me.port} connected with ${ipToString(peer.addr)} port ${peer.port} (icwnd/mss/irtt=10/1448/0)\n`);
  p.stdout.write('[ ID] Interval       Transfer     Bandwidth\n');
  let bytes = 0;
  for (;;) {
    const m = await recvmsg(c, 131072);
    if (typeof m === 'string' || m.data.length === 0) break;
    bytes += m.data.length;
  }
  p.stdout.write(`${span(0, sec(sched.now - t0), bytes)}\n`);
  close(c);
}

/**
 * The UDP server: the first datagram's sender becomes the peer (connect),
 * its datagrams count until its FIN, then the report is printed and sent
 * back, and a fresh socket waits for the next client.
 */
async function udpServer(p: Proc, s: Socket, o: Opts, local: number): Promise<Socket | null> {
  const sched = p.net.sched;
  const task = new Task();
  let peer: SockaddrIn | null = null;
  let [t0, bytes, total, lost, jitter] = [0, 0, 0, 0, 0];
  let prev: number | null = null;
  for (;;) {
    const m = await recvmsg(s, 65536, 0, { task });
    // the socket closed under it: the process was killed (exit_files())
    if (typeof m === 'string' && s.closed) return null;
    if (typeof m === 'string' || !m.name || m.data.length < 12) continue;
    const dv = new DataView(m.data.buffer, m.data.byteOffset, m.data.byteLength);
    const seq = dv.getInt32(0);
    if (peer === null) {
      peer = m.name;
      connect(s, peer);
      t0 = sched.now;
      const me = getsockname(s);
      p.stdout.write(`[  1] local ${ipToString(typeof me === 'string' ? 0 : me.addr)} port ${typeof me === 'string' ? 0 : me.port} connected with ${ipToString(peer.addr)} port ${peer.port}\n`);
      p.stdout.write('[ ID] Interval       Transfer     Bandwidth        Jitter   Lost/Total Datagrams\n');
    }
    if (seq < 0) {
      const dur = sec(sched.now - t0);
      p.stdout.write(`${udpReport(0, dur, bytes, jitter, lost, total)}\n`);
      const rep = new Uint8Array(UDP_LEN);
      const rv = new DataView(rep.buffer);
      rv.setFloat64(0, bytes);
      rv.setFloat64(8, dur);
      rv.setFloat32(16, jitter);
      rv.setUint32(20, lost);
      rv.setUint32(24, total);
      sendto(s, rep, 0, null);
      close(s);
      const n = socket(p.net, AF_INET, SOCK_DGRAM, IPPROTO_UDP);
      if (typeof n === 'string') return null;
      p.files?.install(n);
      setsockopt(n, SOL_SOCKET, SO_REUSEADDR, 1);
      if (bind(n, { family: AF_INET, addr: local, port: o.port }) !== 0) return null;
      const mc = mcastJoin(o);
      if (mc) joinGroup(p, n, mc);
      return n;
    }
    bytes += m.data.length;
    if (seq > total + 1) lost += seq - total - 1;
    total = Math.max(total, seq);
    const transit = sec(sched.now) - (dv.getUint32(4) + dv.getUint32(8) / 1e6);
    if (prev !== null) jitter += (Math.abs(transit - prev) - jitter) / 16;
    prev = transit;
  }
}

export const iperf: CommandFn = async (p) => {
  const o = parse(p);
  if (typeof o === 'string') {
    p.stderr.write(`${o}${USAGE}`);
    return 0;
  }
  return o.server ? server(p, o) : client(p, o);
};
