/**
 * `tcpdump` 4.99 (libpcap 1.10, TPACKET_V3): capture on a device or on
 * `any` through an AF_PACKET socket with the compiled filter attached,
 * print each packet as tcpdump does (or write a pcap savefile with -w),
 * read savefiles with -r; -c, SIGINT and SIGTERM end a live capture with
 * its statistics on stderr.
 * @tcpdump tcpdump.c, @libpcap pcap-linux.c
 */
import { Netdb } from '../lib/netdb.js';
import { atoi } from '../lib/stdlib.js';
import { errnoNumber, strerror } from '../../net/core/errno.js';
import { processTask, type CommandFn, type Proc } from '../../lab/process.js';
import { errnoText } from '../../lab/vfs.js';
import { Dumpfile } from './dumpfile.js';
import {
  attachFilter, bindLl, close, cmsgTimestampns, getsockopt, ifIndextoname, ifNametoindex, packetAddPromisc,
  packetStatistics, recvmsg, socket, type MsgIn, type Socket,
} from '../../net/socket.js';
import { AF_PACKET, SOCK_DGRAM, SOCK_RAW, SOL_SOCKET, SO_ERROR } from '../../uapi/linux/socket.js';
import { SIGINT, SIGPIPE, SIGTERM } from '../../uapi/linux/signal.js';
import type { SockFilter } from '../../uapi/linux/filter.js';
import { ETH_P_ALL } from '../../wire/ethernet.js';
import { REALTIME_EPOCH_SEC } from '../../sim/clock.js';
import { bpfFilter } from '../../wire/bpf.js';
import { DLT_EN10MB, DLT_LINUX_SLL2, DLT_NFLOG, SLL2_HDR_LEN, prettyPrintPacket, type PcapPkt, type TsState } from './print.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { NETLINK_NETFILTER } from '../../uapi/linux/netfilter/nf_tables.js';
import {
  NFNL_SUBSYS_ULOG, NFULNL_CFG_CMD_BIND, NFULNL_CFG_CMD_PF_BIND, NFULNL_CFG_CMD_PF_UNBIND, NFULNL_COPY_PACKET, NFULNL_MSG_CONFIG,
  type NfulnlConfigReq, type NfulnlPacketMsg,
} from '../../uapi/linux/netfilter/nfnetlink_log.js';
import { NLM_F_ACK, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { KError } from '../../net/core/errno.js';
import type { Ndo, NdoNames } from './print_ip.js';
import { FilterError, LINK_COOKED_KERNEL, LINK_EN10MB, LINK_SLL2, pcapCompile } from './gencode.js';
import { labToBytes, readPcap } from './savefile.js';
import { pcapCreateRing } from './pcap_linux.js';
import { StdioFile } from '../lib/stdio.js';

const MAXIMUM_SNAPLEN = 262144;
const PACKET_OUTGOING = 4;
/** tcpdump's pcap_set_timeout(): a TPACKET_V3 block retires after 1000 ms... */
const TIMEOUT_MS = 1000;
/**
 * ...or 100 ms when dissected packets go to a terminal or -l line-buffers them
 * (tcpdump.c main(): "(WFileName == NULL || print) && (isatty(1) || lflag)").
 */
const TIMEOUT_MS_INTERACTIVE = 100;

const USAGE = `tcpdump version 4.99.3
libpcap version 1.10.3 (with TPACKET_V3)
OpenSSL 3.0.19 27 Jan 2026
Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]
\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]
\t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]
\t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]
\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]
\t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]
\t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]
\t\t[ -z postrotate-command ] [ -Z user ] [ expression ]
`;

/** What the command line asks for. */
interface Opts {
  ndo: Ndo;
  count: number;
  iface: string | null;
  rfile: string | null;
  wfile: string | null;
  snaplen: number;
  promisc: boolean;
  lineBuffered: boolean;
  /** -U: pcap_dump_flush() after each packet of a -w savefile. */
  packetBuffered: boolean;
  immediate: boolean;
  /** -Q/--direction: pcap_setdirection()'s PCAP_D_INOUT (null: not given), PCAP_D_IN or PCAP_D_OUT. */
  direction: 'in' | 'out' | 'inout' | null;
  expr: string;
}

/** status-exit-codes.h: a failed write of the decoded output. */
const S_ERR_ND_WRITE_FILE = 14;

class Exit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

/** error(): "tcpdump: MSG" on stderr, exit 1. */
function fail(p: Proc, msg: string): never {
  p.stderr.write(`tcpdump: ${msg}\n`);
  throw new Exit(1);
}

/** The flags tcpdump takes without an argument, the ones with one, and the flags tuxnet does not do. */
const FLAGS = 'AeflnNpqStuUvxXK';
const WITH_ARG = 'cisrwBCEFGjmMQTVWyzZ';
const UNSUPPORTED_FLAGS = 'bdDhHIJLO#';

function parseArgs(p: Proc): Opts {
  const db = new Netdb(p);
  const names: NdoNames = { host: (a) => db.hostByAddr(a), port: (proto, port) => db.servByPort(port, proto) };
  const ndo: Ndo = { eflag: 0, vflag: 0, nflag: 0, qflag: 0, xflag: 0, Xflag: 0, tflag: 0, names };
  const o: Opts = {
    ndo, count: -1, iface: null, rfile: null, wfile: null, snaplen: MAXIMUM_SNAPLEN, promisc: true,
    lineBuffered: false, packetBuffered: false, immediate: false, direction: null, expr: '',
  };
  const expr: string[] = [];
  const args = p.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      expr.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      if (a === '--immediate-mode') o.immediate = true;
      else if (a === '--direction' || a.startsWith('--direction=')) {
        const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
        if (v === undefined) usage(p, "option '--direction' requires an argument");
        optArg(p, o, 'Q', v);
      } else if (a === '--version') {
        p.stdout.write(USAGE.split('Usage:')[0]!);
        throw new Exit(0);
      } else usage(p, `unrecognized option '${a}'`);
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      expr.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (WITH_ARG.includes(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (v === undefined) usage(p, `option requires an argument -- '${c}'`);
        optArg(p, o, c, v);
        break;
      }
      if (UNSUPPORTED_FLAGS.includes(c)) fail(p, `-${c} is not supported in this lab`);
      if (!FLAGS.includes(c)) usage(p, `invalid option -- '${c}'`);
      flag(o, c);
    }
  }
  o.expr = expr.join(' ');
  return o;
}

function usage(p: Proc, msg: string): never {
  p.stderr.write(`tcpdump: ${msg}\n${USAGE}`);
  throw new Exit(1);
}

function flag(o: Opts, c: string): void {
  const n = o.ndo;
  switch (c) {
    case 'e': n.eflag++; break;
    case 'n': n.nflag++; break;
    case 'S': n.Sflag = (n.Sflag ?? 0) + 1; break;
    case 'q': n.qflag++; break;
    case 't': n.tflag++; break;
    case 'v': n.vflag++; break;
    case 'x': n.xflag++; break;
    case 'X': n.Xflag++; break;
    case 'A': n.Aflag = (n.Aflag ?? 0) + 1; break;
    case 'K': n.Kflag = (n.Kflag ?? 0) + 1; break;
    case 'p': o.promisc = false; break;
    // -U is pcap_dump_flush() after each packet of a -w savefile: printed lines stay in stdio's buffer
    case 'U': o.packetBuffered = true; break;
    case 'l': o.lineBuffered = true; break;
    default: break;
  }
}

function optArg(p: Proc, o: Opts, c: string, v: string): void {
  switch (c) {
    case 'c': {
      // cnt = atoi(optarg); if (cnt <= 0) error(...)
      const n = atoi(v);
      if (n <= 0) fail(p, `invalid packet count ${v}`);
      o.count = n;
      return;
    }
    case 's': {
      const n = /^\d+$/.test(v) ? Number(v) : NaN;
      if (!(n >= 0 && n <= MAXIMUM_SNAPLEN)) fail(p, `invalid snaplen ${v} (must be >= 0 and <= ${MAXIMUM_SNAPLEN})`);
      o.snaplen = n === 0 ? MAXIMUM_SNAPLEN : n;
      return;
    }
    case 'i': o.iface = v; return;
    case 'r': o.rfile = v; return;
    case 'w': o.wfile = v; return;
    case 'Q': {
      // ascii_strcasecmp() against "in", "out", "inout"
      const d = v.toLowerCase();
      if (d !== 'in' && d !== 'out' && d !== 'inout') fail(p, `unknown capture direction \`${v}'`);
      o.direction = d;
      return;
    }
    default: fail(p, `-${c} is not supported in this lab`);
  }
}

const LINK_NAMES: Record<number, string> = {
  [DLT_EN10MB]: 'EN10MB (Ethernet)', [DLT_LINUX_SLL2]: 'LINUX_SLL2 (Linux cooked v2)', [DLT_NFLOG]: 'NFLOG (Linux netfilter log messages)',
};

function compile(p: Proc, expr: string, link: typeof LINK_EN10MB, snaplen: number): SockFilter[] {
  try {
    const db = new Netdb(p);
    return pcapCompile(expr, link, snaplen, (name, proto) => db.servByName(name, proto));
  } catch (e) {
    if (e instanceof FilterError) {
      fail(p, e.message === 'syntax error' ? "can't parse filter expression: syntax error" : e.message);
    }
    throw e;
  }
}

/** -r: read a savefile, filter in userland (pcap_offline_filter), print. */
function offline(p: Proc, o: Opts, file: string): number {
  const path = p.fs.resolve(p.cwd, file);
  const kind = p.fs.stat(path, p.net);
  if (kind !== 'file') fail(p, `${file}: ${kind === 'dir' ? 'Is a directory' : 'No such file or directory'}`);
  const raw = p.fs.read(path, p.net);
  const f = readPcap(labToBytes(raw));
  if ('error' in f) fail(p, f.error);
  const link = f.linktype === DLT_LINUX_SLL2 ? LINK_SLL2 : LINK_EN10MB;
  // tcpdump.c: "reading from file" comes when the file is open, before the filter is compiled.
  p.stderr.write(`reading from file ${file}, link-type ${LINK_NAMES[f.linktype] ?? `DLT ${f.linktype}`}, snapshot length ${f.snaplen}\n`);
  const prog = compile(p, o.expr, link, f.snaplen);
  // print-sll.c: the interface indexes of a savefile are looked up here, not where it was written.
  if (f.linktype === DLT_LINUX_SLL2) p.stderr.write('Warning: interface names might be incorrect\n');
  const mem = new Uint32Array(16);
  const st: TsState = { ref: null };
  let out = '';
  let n = 0;
  for (const pkt of f.pkts) {
    if (!bpfFilter(prog, mem, pkt.data, 0, pkt.data.length, null)) continue;
    out += prettyPrintPacket(o.ndo, st, f.linktype, pkt, (i) => ifIndextoname(p.net, i));
    if (++n === o.count) break;
  }
  // stdout flushed after pcap_loop(), before its error (a savefile that ends inside a record)
  p.stdout.write(out);
  if (f.truncated === undefined || n === o.count) return 0;
  p.stderr.write(`tcpdump: pcap_loop: ${f.truncated}\n`);
  return 1;
}

/** The SLL2 header libpcap puts before a cooked packet. */
function sll2Record(m: MsgIn): Uint8Array {
  const ll = m.ll!;
  const out = new Uint8Array(SLL2_HDR_LEN + m.data.length);
  const dv = new DataView(out.buffer);
  dv.setUint16(0, ll.protocol);
  dv.setUint32(4, ll.ifindex);
  dv.setUint16(8, ll.hatype);
  out[10] = ll.pkttype;
  out[11] = Math.min(ll.addr.length, 8);
  out.set(ll.addr.subarray(0, 8), 12);
  out.set(m.data, SLL2_HDR_LEN);
  return out;
}

/** The capture timeout tcpdump gives pcap_set_timeout() (no --print option here: -w never prints). */
function captureTimeout(p: Proc, o: Opts): number {
  return o.wfile === null && (p.stdout.isatty === true || o.lineBuffered) ? TIMEOUT_MS_INTERACTIVE : TIMEOUT_MS;
}

/** The capture socket: opened, bound, filtered, with its ring; or the error printed. */
function openLive(p: Proc, o: Opts, any: boolean): Socket {
  const ifindex = any ? 0 : ifNametoindex(p.net, o.iface!);
  if (!any && !ifindex) fail(p, `${o.iface}: No such device exists\n(No such device exists)`);
  const prog = compile(p, o.expr, any ? LINK_COOKED_KERNEL : LINK_EN10MB, o.snaplen);
  const s = socket(p.net, AF_PACKET, any ? SOCK_DGRAM : SOCK_RAW, ETH_P_ALL);
  if (typeof s === 'string') fail(p, `socket: ${s}`);
  // fd 3 is libpcap's breakloop eventfd (not modelled): the socket is fd 4.
  p.files?.install(s, 4);
  bindLl(s, ifindex, ETH_P_ALL);
  // iface_bind(): a pending error after bind, ENETDOWN, is PCAP_ERROR_IFACE_NOT_UP.
  if (getsockopt(s, SOL_SOCKET, SO_ERROR) === errnoNumber.ENETDOWN) fail(p, `${o.iface}: That device is not up`);
  if (!any && o.promisc) packetAddPromisc(s, ifindex);
  attachFilter(s, prog);
  pcapCreateRing(p.net, s, { cooked: any, iface: o.iface!, snaplen: o.snaplen, immediate: o.immediate, timeoutMs: captureTimeout(p, o) });
  return s;
}

/** The default device: pcap_lookupdev()'s first up, non-loopback interface. */
function defaultDevice(p: Proc): string {
  for (let i = 1; i < 4096; i++) {
    const n = ifIndextoname(p.net, i);
    if (n && n !== 'lo') return n;
  }
  fail(p, 'no suitable device found');
}

/** pcap_dump_open() of -w FILE: its failure is error("%s", pcap_geterr()), status 1. */
function openDump(p: Proc, o: Opts, dlt: number, s: Socket): Dumpfile {
  const d = Dumpfile.open(p.fs, p.fs.resolve(p.cwd, o.wfile!), p.net, dlt, o.snaplen);
  if (!(d instanceof Dumpfile)) {
    close(s);
    fail(p, `${o.wfile}: ${errnoText[d]}`);
  }
  return d;
}

/**
 * libpcap's netfilter_activate() for nflog[:GROUP[,GROUP...]]: a
 * NETLINK_NETFILTER socket bound to each group (after PF_UNBIND/PF_BIND of
 * AF_INET), copy mode packet with the snaplen; netfilter_read_linux() then
 * hands each NFULNL_MSG_PACKET (after its nlmsghdr) over as a DLT_NFLOG
 * packet stamped with gettimeofday().
 */
async function liveNflog(p: Proc, o: Opts): Promise<number> {
  // netfilter_activate(): "nflog", or "nflog:" and groups (strtol(), any base) separated by commas; none is group 0
  let rest = o.iface!.slice('nflog'.length);
  const groups: number[] = [];
  if (rest.startsWith(':')) {
    rest = rest.slice(1);
    while (rest) {
      const m = /^\s*[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(rest);
      if (m) {
        const g = parseInt(m[0].trim(), m[1]!.startsWith('0x') || m[1]!.startsWith('0X') ? 16 : m[1]!.length > 1 && m[1]!.startsWith('0') ? 8 : 10);
        if (g < 0 || g > 65535) fail(p, `Netfilter group range from 0 to 65535 (got ${g})`);
        if (groups.length === 32) fail(p, `Maximum 32 netfilter groups! dev: ${rest}`);
        groups.push(g);
        rest = rest.slice(m[0].length);
      }
      if (!rest.startsWith(',')) break;
      rest = rest.slice(1);
    }
  }
  if (rest) fail(p, `Can't get netfilter group(s) index from ${o.iface}`);
  if (!groups.length) groups.push(0);
  if (o.expr) fail(p, 'filter expressions on nflog are not supported in this lab');
  if (o.wfile !== null) fail(p, '-w on nflog is not supported in this lab');
  let sk: NetlinkSock;
  try {
    sk = new NetlinkSock(p.net, NETLINK_NETFILTER);
  } catch (e) {
    if (e instanceof KError) fail(p, `${o.iface}: Can't create socket: ${strerror[e.errno]}`);
    throw e;
  }
  const cfg = (req: NfulnlConfigReq): string | null => sk.request((NFNL_SUBSYS_ULOG << 8) | NFULNL_MSG_CONFIG, NLM_F_REQUEST | NLM_F_ACK, req).ack.error;
  cfg({ family: 2, group: 0, cmd: NFULNL_CFG_CMD_PF_UNBIND });
  cfg({ family: 2, group: 0, cmd: NFULNL_CFG_CMD_PF_BIND });
  for (const g of groups) {
    const err = cfg({ family: 0, group: g, cmd: NFULNL_CFG_CMD_BIND }) ?? cfg({ family: 0, group: g, mode: { copyMode: NFULNL_COPY_PACKET, copyRange: o.snaplen } });
    if (err) {
      sk.close();
      fail(p, `Can't listen on group index: ${strerror[err as keyof typeof strerror] ?? err}`);
    }
  }
  p.stderr.write(!o.ndo.vflag ? 'tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\nlistening on ' : 'tcpdump: listening on ');
  p.stderr.write(`${o.iface}, link-type ${LINK_NAMES[DLT_NFLOG]}, snapshot length ${o.snaplen} bytes\n`);
  const release = [SIGINT, SIGTERM, SIGPIPE].map((sig) => p.onSignal?.(sig, () => sk.close()));
  p.onKill?.(() => sk.close());
  const st: TsState = { ref: null };
  const out = new StdioFile(p.stdout);
  if (o.lineBuffered) out.setLineBuffered();
  let captured = 0;
  try {
    while (captured !== o.count) {
      const m = await sk.recv().catch(() => null);
      if (!m) break;
      const data = (m.body as NfulnlPacketMsg).data;
      if (!data) continue;
      captured++;
      const pkt: PcapPkt = { tsNs: LAB_EPOCH_NS + p.lab.sched.now, len: data.length, data: data.slice(0, o.snaplen) };
      out.write(prettyPrintPacket(o.ndo, st, DLT_NFLOG, pkt, (i) => ifIndextoname(p.net, i)));
    }
    if (captured !== o.count) out.write('\n');
    out.flush();
    sk.close();
    const pl = (n: number): string => (n === 1 ? '' : 's');
    // pcap_stats of a netfilter handle: the packets read, none dropped
    p.stderr.write(`${captured} packet${pl(captured)} captured\n${captured} packet${pl(captured)} received by filter\n0 packets dropped by kernel\n`);
    return 0;
  } finally {
    for (const r of release) r?.();
  }
}

async function live(p: Proc, o: Opts): Promise<number> {
  o.iface ??= defaultDevice(p);
  if (/^nflog(:|$)/.test(o.iface)) return liveNflog(p, o);
  const any = o.iface === 'any';
  const dlt = any ? DLT_LINUX_SLL2 : DLT_EN10MB;
  const s = openLive(p, o, any);
  const dump = o.wfile === null ? null : openDump(p, o, dlt, s);
  const loIndex = ifNametoindex(p.net, 'lo');
  if (any) p.stderr.write('tcpdump: data link type LINUX_SLL2\n');
  p.stderr.write(!o.ndo.vflag && !o.wfile ? 'tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\nlistening on ' : 'tcpdump: listening on ');
  p.stderr.write(`${o.iface}, link-type ${LINK_NAMES[dlt]}, snapshot length ${o.snaplen} bytes\n`);
  // a kill ends the capture where it waits: no statistics, no flush of the savefile's buffer
  const task = processTask(p);
  let stop = false;
  const onSig = (): void => {
    stop = true;
    task.signalWakeUp();
  };
  // setsignal(SIGPIPE/SIGTERM/SIGINT, cleanup): pcap_breakloop().
  const release = [p.onSignal?.(SIGINT, onSig), p.onSignal?.(SIGTERM, onSig), p.onSignal?.(SIGPIPE, onSig)];
  const st: TsState = { ref: null };
  // stdout is a stdio FILE: -l (setvbuf _IOLBF) writes each line at once, else each 4 KiB block as it fills
  const out = new StdioFile(p.stdout);
  if (o.lineBuffered) out.setLineBuffered();
  let captured = 0;
  let gone = false;
  try {
    while (!stop && captured !== o.count) {
      const m = await recvmsg(s, MAXIMUM_SNAPLEN, 0, { task });
      if (typeof m === 'string') {
        if (m === 'EINTR' && stop) break;
        // pcap_wait_for_frames_mmap(): ENETDOWN is fatal only once the device is gone (it may come back up).
        if (m === 'ENETDOWN' && !any && !ifNametoindex(p.net, o.iface!)) {
          gone = true;
          break;
        }
        continue;
      }
      // pcap-linux.c linux_check_direction(): the outgoing copy of a looped packet is skipped (it comes
      // back as incoming); -Q in drops the other outgoing ones, -Q out every incoming one
      if (m.ll!.pkttype === PACKET_OUTGOING ? m.ll!.ifindex === loIndex || o.direction === 'in' : o.direction === 'out') continue;
      const ts = cmsgTimestampns(m.control);
      const tsNs = ts ? ts.tvSec * 1e9 + ts.tvNsec : 0;
      const data = any ? sll2Record(m) : m.data;
      const pkt: PcapPkt = { tsNs: tsNs + LAB_EPOCH_NS, len: m.len + (any ? SLL2_HDR_LEN : 0), data };
      captured++;
      if (dump) {
        dump.dump(pkt);
        if (o.packetBuffered) dump.flush();
      } else {
        out.write(prettyPrintPacket(o.ndo, st, dlt, pkt, (i) => ifIndextoname(p.net, i)));
        // ndo_printf(): vfprintf() < 0 (a block or line written into a pipe with no reader: EPIPE, SIGPIPE
        // caught) is ndo_error(S_ERR_ND_WRITE_FILE): no statistics; the handlers stay until exit
        if (out.failed) {
          close(s);
          p.stderr.write(`tcpdump: Unable to write output: ${strerror.EPIPE}\n`);
          return S_ERR_ND_WRITE_FILE;
        }
      }
    }
    // after pcap_loop(): interrupted (-2), putchar('\n') ("perhaps we didn't manage to finish a line"); then
    // fflush(stdout) "so it doesn't get intermingled with error output" (its failure unchecked)
    if (!o.wfile && stop) out.write('\n');
    out.flush();
    dump?.flush();
    const stats = packetStatistics(s);
    close(s);
    if (gone) p.stderr.write('tcpdump: pcap_loop: The interface disappeared\n');
    const pl = (n: number): string => (n === 1 ? '' : 's');
    const recv = typeof stats === 'string' ? 0 : stats.packets;
    const drop = typeof stats === 'string' ? 0 : stats.drops;
    p.stderr.write(`${captured} packet${pl(captured)} captured\n${recv} packet${pl(recv)} received by filter\n${drop} packet${pl(drop)} dropped by kernel\n`);
    return gone ? 1 : 0;
  } finally {
    for (const r of release) r?.();
  }
}

/** gettimeofday() of the lab: the virtual clock counts from REALTIME_EPOCH_SEC. */
const LAB_EPOCH_NS = REALTIME_EPOCH_SEC * 1e9;

export const tcpdump: CommandFn = async (p) => {
  try {
    const o = parseArgs(p);
    if (o.rfile !== null) return offline(p, o, o.rfile);
    return await live(p, o);
  } catch (e) {
    if (e instanceof Exit) return e.status;
    throw e;
  }
};
