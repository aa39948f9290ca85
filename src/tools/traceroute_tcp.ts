/**
 * traceroute 2.1.x's TCP method (-T): SYN probes built by hand on a raw
 * IPPROTO_TCP socket connect()ed to the target, to port -p (80), each from
 * the port of a stream socket bound (never connected) while the probe is
 * out. Options as the tcp_* sysctls say (MSS always, SACK, timestamps,
 * window scaling; ECN only for tcp_ecn=1). The target's SYN-ACK or RST
 * ends the trace; -O info prints its flags.
 * @traceroute traceroute/mod-tcp.c tcp_init() tcp_send_probe() tcp_check_reply()
 */
import { close, getsockname, getsockopt, setsockopt, socket, type Socket } from '../net/socket.js';
import { AF_INET, SOCK_STREAM, SOL_IP, SOL_SOCKET, SO_REUSEADDR } from '../uapi/linux/socket.js';
import { IPPROTO_TCP, IP_MTU, IP_TTL } from '../uapi/linux/in.js';
import { getU16, putU16, putU32 } from '../wire/bytes.js';
import {
  bindSocket, inCsum, probeBySeq, probeDone, rawSocket, recvReply, sendOrFail, type Probe, type TraceCtx, type TrMethod,
} from './traceroute_mod.js';

/** DEF_TCP_PORT */
export const DEF_TCP_PORT = 80;
const TH_SYN = 0x02;
const TH_ACK = 0x10;
const TH_ECE = 0x40;
const TH_CWR = 0x80;
const FL_FLAGS = 0x0100;
const FL_ECN = 0x0200;
const FL_SACK = 0x0400;
const FL_TSTAMP = 0x0800;
const FL_WSCALE = 0x1000;
const TCP_FLAGS: Array<[string, number]> = [
  ['fin', 0x01], ['syn', TH_SYN], ['rst', 0x04], ['psh', 0x08], ['ack', TH_ACK], ['urg', 0x20], ['ece', TH_ECE], ['cwr', TH_CWR],
];
const FLAG_OPTS: Record<string, number> = { ecn: FL_ECN, sack: FL_SACK, timestamps: FL_TSTAMP, window_scaling: FL_WSCALE };

/** names_by_flags() */
function namesByFlags(flags: number): string {
  return TCP_FLAGS.filter(([, f]) => flags & f).map(([n]) => n).join(',');
}

/** What tcp_options[] set: the flags (with FL_*), -O info, sysctl, reuse (SO_REUSEADDR) and mss (0: from the MTU). */
export interface TcpModOpts {
  flags: number;
  info: boolean;
  sysctl: boolean;
  reuse: boolean;
  mss: number;
}

export const newTcpModOpts = (): TcpModOpts => ({ flags: 0, info: false, sysctl: false, reuse: false, mss: 0 });

/** tcp_options[]: the keyword, its argument's name (null: none), whether CLIF_ABBREV lets a prefix of 2 or more name it. */
const TCP_KEYWORDS: Array<[string, string | null, boolean]> = [
  ...TCP_FLAGS.map(([n]): [string, null, boolean] => [n, null, false]),
  ['flags', 'NUM', true], ['ecn', null, false], ['sack', null, false], ['timestamps', null, true],
  ['window_scaling', null, true], ['sysctl', null, false], ['reuse', null, false], ['mss', 'NUM', false], ['info', null, false],
];

/**
 * find_long() of CLIF: an exact name, else the one CLIF_ABBREV keyword
 * it abbreviates (none when several do); "=ARG" only after a keyword
 * that takes one.
 */
function findKeyword(o: string): { kw: [string, string | null, boolean]; arg: string | null } | null {
  let abbrev: { kw: [string, string | null, boolean]; arg: string | null } | null = null;
  let found = false;
  for (const kw of TCP_KEYWORDS) {
    const [name, argName, abbr] = kw;
    let i = 0;
    while (i < name.length && o[i] === name[i]) i++;
    const end = i === o.length || (o[i] === '=' && argName !== null);
    if (!end) continue;
    const arg = o[i] === '=' ? o.slice(i + 1) : null;
    if (i === name.length) return { kw, arg };
    if (abbr && i >= 2) {
      abbrev = found ? null : { kw, arg };
      found = true;
    }
  }
  return abbrev;
}

/** strtoul(arg, &q, 0): the numeric prefix's value, null when there is none. */
function strtoulPrefix(arg: string): number | null {
  const m = /^\s*([+-]?)(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)/i.exec(arg);
  if (!m) return null;
  const d = m[2]!;
  const v = d.length > 1 && d[0] === '0' && !/x/i.test(d) ? parseInt(d, 8) : Number(d);
  return m[1] === '-' ? (-v) >>> 0 : v >>> 0;
}

/**
 * CLIF_parse() of the -O keywords against tcp_options[]: set_tcp_flag(),
 * set_tcp_flags() ("flags=NUM": exactly these flags, a numeric prefix),
 * set_flag(), CLIF_set_flag(), CLIF_set_uint() ("mss=NUM", all digits);
 * null, or CLIF's complaint (argc counts the keywords from 1).
 */
export function tcpModOptions(mo: TcpModOpts, opts: readonly string[]): string | null {
  for (let i = 0; i < opts.length; i++) {
    const o = opts[i]!;
    const f = findKeyword(o);
    if (!f) return `\`${o}' (argc ${i + 1}): arguments are not allowed`;
    const [name, argName] = f.kw;
    if (argName !== null && f.arg === null) return `Keyword \`${name}' (argc ${i + 1}) requires an argument: \`${name}=${argName}'`;
    const bad = `Cannot handle \`${name}' keyword with arg \`${f.arg}' (argc ${i + 1})`;
    const flag = TCP_FLAGS.find(([n]) => n === name);
    if (flag) mo.flags |= flag[1];
    else if (name in FLAG_OPTS) mo.flags |= FLAG_OPTS[name]!;
    else if (name === 'flags') {
      const v = strtoulPrefix(f.arg!);
      if (v === null) return bad;
      mo.flags = (mo.flags & ~0xff) | (v & 0xff) | FL_FLAGS;
    } else if (name === 'mss') {
      const v = /^\s*[+-]?(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.test(f.arg!) ? strtoulPrefix(f.arg!) : null;
      if (v === null) return bad;
      mo.mss = v;
    } else if (name === 'info') mo.info = true;
    else if (name === 'sysctl') mo.sysctl = true;
    else mo.reuse = true;
  }
  return null;
}

export class TcpMethod implements TrMethod {
  readonly headerLen = 20;
  /** tcp_init() sets data_len to its packet; --mtu's changes of it do not resize what it sends. */
  dataLen: number;
  readonly sockets: Socket[];
  private readonly destPort: number;
  private readonly src: number;
  /** The pseudo header (saddr, daddr, length, protocol) then the TCP header and options. */
  private readonly buf: Uint8Array;
  private readonly th = 12;
  private lastTtl = 0;

  constructor(private readonly t: TraceCtx, portSeq: number, private readonly mo: TcpModOpts) {
    // "dest_port = htons (port_seq)": the low 16 bits (-p 65616 is port 80).
    this.destPort = (portSeq || DEF_TCP_PORT) & 0xffff;
    const s = rawSocket(t, IPPROTO_TCP);
    this.sockets = [s];
    const name = getsockname(s);
    if (typeof name === 'string') t.error('getsockname', name);
    this.src = name.addr;
    const m = getsockopt(s, SOL_IP, IP_MTU);
    const mtu = (typeof m === 'number' && m >= 576 ? m : 576) - 20 - 20;
    this.buf = this.build(mtu);
    this.dataLen = this.buf.length - this.th;
  }

  /** check_sysctl(): /proc/sys/net/ipv4/tcp_NAME reads "1". */
  private sysctlOn(name: string): boolean {
    const p = this.t.p;
    const path = `/proc/sys/net/ipv4/tcp_${name}`;
    if (p.fs.stat(path, p.net) !== 'file') return false;
    return p.fs.read(path, p.net)[0] === '1';
  }

  /** tcp_init()'s sample packet: flags, window 4 * mss, the options. */
  private build(mss: number): Uint8Array {
    let flags = this.mo.flags;
    if (!flags) this.mo.sysctl = true;
    if (this.mo.sysctl) {
      for (const [name, f] of Object.entries(FLAG_OPTS)) if (this.sysctlOn(name)) flags |= f;
    }
    if (!(flags & (FL_FLAGS | 0xff))) {
      flags |= TH_SYN;
      if (flags & FL_ECN) flags |= TH_ECE | TH_CWR;
    }
    const opts: number[] = [];
    // "htons (mss ? mss : mtu)": -O mss=NUM, cut to 16 bits, else the MTU's.
    const optMss = (this.mo.mss || mss) & 0xffff;
    if (flags & TH_SYN) opts.push(2, 4, optMss >> 8, optMss & 0xff);
    const rng = this.t.p.net.world.rng;
    if (flags & FL_TSTAMP) {
      opts.push(...(flags & FL_SACK ? [4, 2] : [1, 1]), 8, 10);
      const tsval = rng.u32();
      const ecr = flags & TH_ACK ? rng.u32() : 0;
      for (const v of [tsval, ecr]) opts.push(v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
    } else if (flags & FL_SACK) opts.push(1, 1, 4, 2);
    if (flags & FL_WSCALE) opts.push(1, 3, 3, 2);
    const len = 20 + opts.length;
    const b = new Uint8Array(this.th + len);
    putU32(b, 0, this.src);
    putU32(b, 4, this.t.dst);
    putU16(b, 8, len);
    putU16(b, 10, IPPROTO_TCP);
    const th = this.th;
    putU16(b, th + 2, this.destPort);
    b[th + 12] = (len >> 2) << 4;
    b[th + 13] = flags & 0xff;
    putU16(b, th + 14, (4 * mss) & 0xffff);
    b.set(opts, th + 20);
    return b;
  }

  sendProbe(pb: Probe, ttl: number): void {
    const t: TraceCtx = this.t;
    const sk = socket(t.p.net, AF_INET, SOCK_STREAM, 0);
    if (typeof sk === 'string') t.error('socket', sk);
    // bind_socket(): -s, or any address; --sport, or an ephemeral port.
    if (this.mo.reuse) {
      const r = setsockopt(sk, SOL_SOCKET, SO_REUSEADDR, 1);
      if (r) t.error('setsockopt SO_REUSEADDR', r);
    }
    bindSocket(t, sk);
    const name = getsockname(sk);
    if (typeof name === 'string') t.error('getsockname', name);
    const b = this.buf;
    const th = this.th;
    putU16(b, th, name.port);
    putU32(b, th + 4, t.p.net.world.rng.u32());
    putU16(b, th + 16, 0);
    putU16(b, th + 16, inCsum(b));
    const s = this.sockets[0]!;
    if (ttl !== this.lastTtl) {
      const r = setsockopt(s, SOL_IP, IP_TTL, ttl);
      if (r) t.error('setsockopt IP_TTL', r);
      this.lastTtl = ttl;
    }
    pb.sendTime = t.now;
    if (!sendOrFail(t, s, b.subarray(th))) {
      close(sk);
      pb.sendTime = 0;
      return;
    }
    pb.seq = name.port;
    pb.sk = sk;
  }

  recv(): void {
    recvReply(this.t, this.sockets[0]!, (err, from, buf) => {
      if (buf.length < 8) return null;
      const sport = getU16(buf, err ? 0 : 2);
      const dport = getU16(buf, err ? 2 : 0);
      if (dport !== this.destPort || from !== this.t.dst) return null;
      const pb = probeBySeq(this.t, sport);
      if (!pb) return null;
      if (!err) {
        pb.final = true;
        if (this.mo.info && buf.length > 13) pb.ext = namesByFlags(buf[13]!);
      }
      return pb;
    });
  }

  expireProbe(pb: Probe): void {
    probeDone(pb);
  }

  close(): void {
    for (const s of this.sockets) close(s);
  }
}
