/**
 * `iperf3` (3.12, as Debian bookworm ships it) between lab namespaces: the
 * client (-c, -p, -B, --cport, -t, -n, -u -b, -R, -P, -i, -l, -N) and the
 * server (-s, -1), talking iperf3's control protocol (iperf3_proto.ts),
 * with its report line by line: "Connecting to host", each stream's
 * "local ... connected to", intervals with Retr and Cwnd (or datagrams),
 * the sender/receiver summary and "iperf Done.".
 * @iperf3 src/main.c, src/iperf_client_api.c iperf_run_client(),
 *         src/iperf_server_api.c iperf_run_server(), src/iperf_api.c iperf_print_results()
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { strerror, type Errno } from '../../net/core/errno.js';
import {
  accept, bind, close, connect, connectWait, getpeername, getsockname, listen, recvmsg, send, setsockopt, socket,
  type Socket, type SockaddrIn,
} from '../../net/socket.js';
import { AF_INET, SOCK_DGRAM, SOCK_STREAM, SOL_SOCKET, SOL_TCP, SO_REUSEADDR } from '../../uapi/linux/socket.js';
import { IPPROTO_TCP, IPPROTO_UDP } from '../../uapi/linux/in.js';
import { TCP_NODELAY } from '../../uapi/linux/tcp.js';
import { ipToString, parseIp } from '../../wire/ipv4.js';
import { hostsLookup } from '../nc.js';
import { ArgError, parseArgs, type Iperf3Opts } from './iperf3_args.js';
import {
  COOKIE_SIZE, CREATE_STREAMS, Ctl, DEFAULT_TCP_BLKSIZE, DISPLAY_RESULTS, EXCHANGE_RESULTS, HOST_BPS, IPERF_DONE,
  Iperf3Error, PARAM_EXCHANGE, Stream, TEST_END, TEST_RUNNING, TEST_START, UDP_CONNECT_MSG, UDP_CONNECT_REPLY, errText,
  makeCookie, type Iperf3Params, type Results, type StreamResult,
} from './iperf3_proto.js';
import { USAGE_LONG } from './iperf3_report.js';
import { TestRun } from './iperf3_run.js';
import { cjsonPrint, type Json } from './iperf3_json.js';
import { serverStart } from './iperf3_jdoc.js';
import { LAB_EPOCH_SEC } from '../ping_common.js';

const VERSION = 'iperf 3.12 (cJSON 1.7.15)\nLinux tuxnet 6.1.0 #1 SMP PREEMPT_DYNAMIC x86_64\nOptional features available: CPU affinity setting, IPv6 flow label, TCP congestion algorithm setting, sendfile / zerocopy, socket pacing, bind to device, support IPv4 don\'t fragment\n';

/** The UDP datagram size iperf3 picks on Linux: the control connection's MSS (1448 with timestamps). */
const UDP_BLKSIZE = 1448;

/** The first stream's descriptor, which iperf3 prints as its id: 5, or 6 behind a --logfile's. */
function fdBase(o: Iperf3Opts): number {
  return o.logfile === null ? 5 : 6;
}

function addrOf(p: Proc, host: string): number | null {
  return parseIp(host) ?? hostsLookup(p, host);
}

/** The client: control connection, parameters, streams, the test, results. */
async function runClient(p: Proc, o: Iperf3Opts): Promise<number> {
  const out = p.stdout;
  const addr = addrOf(p, o.host);
  if (addr === null) throw new Iperf3Error(`iperf3: error - unable to resolve host: Name or service not known`);
  const dst: SockaddrIn = { family: AF_INET, addr, port: o.port };
  const ctlSock = await tcpConnect(p, o, dst, 0);
  if (typeof ctlSock === 'string') throw errText('unable to connect to server', ctlSock, strerror);
  // iperf_connect(): "set TCP_NODELAY for lower latency on control messages".
  setsockopt(ctlSock, SOL_TCP, TCP_NODELAY, 1);
  const text = o.json ? { write: (_s: string): void => {} } : out;
  text.write(`Connecting to host ${o.host}, port ${o.port}\n`);
  if (o.reverse) text.write(`Reverse mode, remote host ${o.host} is sending\n`);
  const ctl = new Ctl(ctlSock);
  const cookie = makeCookie(p);
  await send(ctlSock, cookie);
  const len = o.len || (o.udp ? UDP_BLKSIZE : DEFAULT_TCP_BLKSIZE);
  const bw = o.bandwidth ?? (o.udp ? 1e6 : 0);
  const streams: Stream[] = [];
  for (;;) {
    const st = await ctl.state();
    if (st === null) throw new Iperf3Error('iperf3: error - control socket has closed unexpectedly');
    if (st === PARAM_EXCHANGE) {
      const params: Iperf3Params = {
        ...(o.udp ? { udp: true } : { tcp: true }), omit: 0, time: o.time, num: o.bytes, blockcount: 0, parallel: o.parallel,
        ...(o.reverse ? { reverse: true } : {}), len, bandwidth: bw, pacing_timer: 1000, client_version: '3.12',
      };
      await ctl.sendJson(params);
    } else if (st === CREATE_STREAMS) {
      for (let i = 0; i < o.parallel; i++) streams.push(await openStream(p, o, dst, cookie, fdBase(o) + 2 * i, text));
    } else if (st === TEST_START) continue;
    else if (st === TEST_RUNNING) break;
    else throw new Iperf3Error(`iperf3: error - the server has terminated`);
  }
  const startedAt = p.net.sched.now;
  const run = new TestRun(p, streams, { udp: o.udp, sender: !o.reverse, interval: o.interval, client: true, json: o.json });
  const bps = bw > 0 ? bw : HOST_BPS;
  const ended = new Promise<void>((resolve) => {
    const limit = o.bytes;
    if (!o.reverse) for (const s of streams) void s.sendLoop(p, len, bps, limit, resolve);
    else for (const s of streams) void s.recvLoop(p, len);
    if (limit > 0 && o.reverse) run.onBytes(limit, resolve);
    if (limit === 0) p.net.sched.schedule(o.time * 1e9, resolve);
  });
  await ended;
  run.end();
  await ctl.sendState(TEST_END);
  let peer: Results | null = null;
  for (;;) {
    const st = await ctl.state();
    if (st === null) throw new Iperf3Error('iperf3: error - control socket has closed unexpectedly');
    if (st === EXCHANGE_RESULTS) {
      await ctl.sendJson(run.results());
      peer = await ctl.readJson<Results>();
    } else if (st === DISPLAY_RESULTS) break;
  }
  if (o.json) out.write(`${cjsonPrint({ start: jsonStart(p, o, streams, cookie, len, bw, startedAt), intervals: run.jsonIntervals, end: run.jsonEnd(peer) })}\n`);
  else run.printSummary(peer);
  await ctl.sendState(IPERF_DONE);
  for (const s of streams) s.close();
  close(ctlSock);
  text.write('\niperf Done.\n');
  return 0;
}

/** -J's "start": the connections, versions, the time and the test's parameters. */
function jsonStart(p: Proc, o: Iperf3Opts, streams: Stream[], cookie: Uint8Array, len: number, bw: number, t0: number): Json {
  const connected = streams.map((s) => {
    const me = getsockname(s.sock);
    const peer = getpeername(s.sock);
    return {
      socket: s.id, local_host: typeof me === 'string' ? '' : ipToString(me.addr), local_port: typeof me === 'string' ? 0 : me.port,
      remote_host: typeof peer === 'string' ? '' : ipToString(peer.addr), remote_port: typeof peer === 'string' ? 0 : peer.port,
    };
  });
  const secs = LAB_EPOCH_SEC + Math.floor(t0 / 1e9);
  return {
    connected, version: 'iperf 3.12', system_info: 'Linux tuxnet 6.1.0 #1 SMP PREEMPT_DYNAMIC x86_64',
    timestamp: { time: new Date(secs * 1000).toUTCString(), timesecs: secs }, connecting_to: { host: o.host, port: o.port },
    cookie: new TextDecoder().decode(cookie.subarray(0, COOKIE_SIZE - 1)), ...(o.udp ? {} : { tcp_mss_default: 1448 }), target_bitrate: bw,
    sock_bufsize: 0, sndbuf_actual: o.udp ? 212992 : 16384, rcvbuf_actual: o.udp ? 212992 : 131072,
    test_start: {
      protocol: o.udp ? 'UDP' : 'TCP', num_streams: o.parallel, blksize: len, omit: 0, duration: o.bytes ? 0 : o.time, bytes: o.bytes, blocks: 0,
      reverse: o.reverse ? 1 : 0, tos: 0, target_bitrate: bw,
    },
  };
}

async function tcpConnect(p: Proc, o: Iperf3Opts, dst: SockaddrIn, lport: number): Promise<Socket | Errno> {
  const s = socket(p.net, AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (typeof s === 'string') return s;
  p.files?.install(s);
  const r = bindLocal(p, o, s, lport);
  if (r !== 0) return r;
  if (o.noDelay) setsockopt(s, SOL_TCP, TCP_NODELAY, 1);
  const c = await connectWait(s, dst);
  if (c !== 0) {
    close(s);
    return c;
  }
  return s;
}

function bindLocal(p: Proc, o: Iperf3Opts, s: Socket, port: number): 0 | Errno {
  if (o.bind === null && port === 0) return 0;
  const a = o.bind === null ? 0 : addrOf(p, o.bind.split('%')[0]!);
  if (a === null) return 'EADDRNOTAVAIL';
  return bind(s, { family: AF_INET, addr: a, port });
}

/** iperf_create_streams(): a data connection (TCP with the cookie, UDP greeted) and its "connected to" line. */
async function openStream(
  p: Proc, o: Iperf3Opts, dst: SockaddrIn, cookie: Uint8Array, id: number, out: { write(s: string): void },
): Promise<Stream> {
  let s: Socket | Errno;
  if (o.udp) {
    s = socket(p.net, AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    if (typeof s !== 'string') {
      p.files?.install(s);
      const b = bindLocal(p, o, s, o.cport);
      const c = b !== 0 ? b : await connectWait(s, dst);
      if (c !== 0) throw errText('unable to connect stream', c, strerror);
      const hello = new Uint8Array(4);
      new DataView(hello.buffer).setUint32(0, UDP_CONNECT_MSG);
      await send(s, hello);
      const r = await recvmsg(s, 4);
      if (typeof r === 'string') throw errText('unable to read from stream socket', r, strerror);
    }
  } else {
    s = await tcpConnect(p, o, dst, o.cport);
    if (typeof s !== 'string') await send(s, cookie);
  }
  if (typeof s === 'string') throw errText('unable to connect stream', s, strerror);
  const me = getsockname(s);
  const peer = getpeername(s);
  if (typeof me !== 'string' && typeof peer !== 'string') {
    out.write(`[${String(id).padStart(3)}] local ${ipToString(me.addr)} port ${me.port} connected to ${ipToString(peer.addr)} port ${peer.port}\n`);
  }
  return new Stream(id, s, o.udp);
}

/** The server: one test after another (-1: one). */
async function runServer(p: Proc, o: Iperf3Opts): Promise<number> {
  const ls = socket(p.net, AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (typeof ls === 'string') throw errText('unable to start listener for connections', ls, strerror);
  p.files?.install(ls);
  setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, 1);
  const a = o.bind === null ? 0 : addrOf(p, o.bind);
  const b = bind(ls, { family: AF_INET, addr: a ?? 0, port: o.port });
  if (b !== 0) throw errText('unable to start listener for connections', b, strerror);
  listen(ls, 5);
  for (let test = 1; ; test++) {
    if (!o.json) p.stdout.write(`-----------------------------------------------------------\nServer listening on ${o.port} (test #${test})\n-----------------------------------------------------------\n`);
    const c = await accept(ls);
    if (typeof c === 'string') return 1;
    // iperf_accept(): the control connection has TCP_NODELAY too.
    setsockopt(c, SOL_TCP, TCP_NODELAY, 1);
    p.files?.install(c);
    await serveOne(p, o, ls, c);
    if (o.oneOff) break;
  }
  close(ls);
  return 0;
}

async function serveOne(p: Proc, o: Iperf3Opts, ls: Socket, cs: Socket): Promise<void> {
  const ctl = new Ctl(cs);
  const cookie = await ctl.read(COOKIE_SIZE);
  const peer = getpeername(cs);
  if (!cookie || typeof peer === 'string') return void close(cs);
  // -J: nothing but the document at the end of the test.
  const text = o.json ? { write: (_s: string): void => {} } : p.stdout;
  text.write(`Accepted connection from ${ipToString(peer.addr)}, port ${peer.port}\n`);
  await ctl.sendState(PARAM_EXCHANGE);
  const params = await ctl.readJson<Iperf3Params>();
  if (!params) return void close(cs);
  await ctl.sendState(CREATE_STREAMS);
  const streams: Stream[] = [];
  for (let i = 0; i < params.parallel; i++) {
    const s = params.udp ? await udpAccept(p, o) : await accept(ls);
    if (typeof s === 'string') return void close(cs);
    p.files?.install(s);
    if (!params.udp) await new Ctl(s).read(COOKIE_SIZE);
    const me = getsockname(s);
    const them = getpeername(s);
    if (typeof me !== 'string' && typeof them !== 'string') {
      text.write(`[${String(fdBase(o) + i).padStart(3)}] local ${ipToString(me.addr)} port ${me.port} connected to ${ipToString(them.addr)} port ${them.port}\n`);
    }
    streams.push(new Stream(fdBase(o) + i, s, !!params.udp));
  }
  await ctl.sendState(TEST_START);
  await ctl.sendState(TEST_RUNNING);
  const sender = !!params.reverse;
  const startedAt = p.net.sched.now;
  const run = new TestRun(p, streams, { udp: !!params.udp, sender, interval: o.interval, client: false, json: o.json });
  const bps = params.bandwidth > 0 ? params.bandwidth : HOST_BPS;
  for (const s of streams) void (sender ? s.sendLoop(p, params.len, bps, 0, () => {}) : s.recvLoop(p, params.len));
  for (;;) {
    const st = await ctl.state();
    if (st === null || st === TEST_END) break;
  }
  run.end();
  await ctl.sendState(EXCHANGE_RESULTS);
  const theirs = await ctl.readJson<Results>();
  await ctl.sendJson(run.results());
  await ctl.sendState(DISPLAY_RESULTS);
  if (o.json) {
    const start = serverStart({
      streams, params, cookie: new TextDecoder().decode(cookie.subarray(0, COOKIE_SIZE - 1)), host: ipToString(peer.addr), port: peer.port,
      timesecs: LAB_EPOCH_SEC + Math.floor(startedAt / 1e9),
    });
    p.stdout.write(`${cjsonPrint({ start, intervals: run.jsonIntervals, end: run.jsonEnd(theirs) })}\n`);
  } else run.printSummary(theirs);
  await ctl.state();
  for (const s of streams) s.close();
  close(cs);
}

/** A UDP stream's start: bind the port, take the client's UDP_CONNECT_MSG, connect, reply. */
async function udpAccept(p: Proc, o: Iperf3Opts): Promise<Socket | Errno> {
  const s = socket(p.net, AF_INET, SOCK_DGRAM, IPPROTO_UDP);
  if (typeof s === 'string') return s;
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
  const b = bind(s, { family: AF_INET, addr: 0, port: o.port });
  if (b !== 0) return b;
  const m = await recvmsg(s, 65536);
  if (typeof m === 'string') return m;
  if (m.name) connect(s, m.name);
  const reply = new Uint8Array(4);
  new DataView(reply.buffer).setUint32(0, UDP_CONNECT_REPLY);
  await send(s, reply);
  return s;
}

export type { StreamResult };

export const iperf3: CommandFn = async (p) => {
  let o: Iperf3Opts;
  try {
    o = parseArgs(p.argv.slice(1));
  } catch (e) {
    if (!(e instanceof ArgError)) throw e;
    p.stderr.write(`${e.text}\n`);
    if (e.usage === 'long') p.stderr.write(USAGE_LONG);
    else if (e.usage === 'param') p.stderr.write(`\n${USAGE_LONG}`);
    return 1;
  }
  if (o.help) {
    p.stdout.write(USAGE_LONG);
    return 0;
  }
  if (o.version) {
    p.stdout.write(VERSION);
    return 0;
  }
  const q = o.logfile === null ? p : withLogfile(p, o.logfile);
  try {
    return await (o.role === 's' ? runServer(q, o) : runClient(q, o));
  } catch (e) {
    if (!(e instanceof Iperf3Error)) throw e;
    q.stderr.write(`${e.text}\n`);
    return e.status;
  }
};

/** --logfile f: the report (and errors) appended to f instead of the terminal, as iperf3 opens it "a+". */
function withLogfile(p: Proc, file: string): Proc {
  const path = p.fs.resolve(p.cwd, file);
  const out = { write: (s: string): void => void p.fs.write(path, s, p.net, true) };
  p.fs.write(path, '', p.net, true);
  return Object.assign(Object.create(p) as Proc, { stdout: out, stderr: out });
}
