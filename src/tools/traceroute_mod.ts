/**
 * traceroute 2.1.x's probe table and its ICMP (-I) and TCP (-T) methods.
 * Both send through a raw socket connect()ed to the target, with
 * IP_RECVERR: the hops' ICMP errors come from the error queue (the quoted
 * header names the probe: the echo sequence, or the TCP source port), the
 * final answer as data (an echo reply, or the target's SYN-ACK or RST).
 * A TCP probe holds a bound, never connected stream socket on its source
 * port while it is out, so the SYN-ACK finds no socket and the kernel
 * resets it ("half-open technique").
 * @traceroute traceroute/mod-icmp.c, traceroute/mod-tcp.c, traceroute.c recv_reply()
 */
import type { Proc } from '../lab/process.js';
import {
  bind, close, cmsgRecverr, cmsgTimestampns, connect, recvmsgDontwait, sendmsg, setsockopt, socket,
  type MsgIn, type Socket,
} from '../net/socket.js';
import type { Errno } from '../net/core/errno.js';
import {
  AF_INET, MSG_ERRQUEUE, POLLERR, SOCK_DGRAM, SOCK_RAW, SOL_IP, SOL_SOCKET, SOL_UDPLITE, SO_BINDTODEVICE, SO_DEBUG, SO_DONTROUTE, SO_MARK, SO_TIMESTAMPNS,
} from '../uapi/linux/socket.js';
import { IPPROTO_ICMP, IP_MTU_DISCOVER, IP_OPTIONS, IP_PMTUDISC_DONT, IP_PMTUDISC_PROBE, IP_RECVERR, IP_RECVTTL, IP_TOS, IP_TTL } from '../uapi/linux/in.js';
import {
  ICMP_DEST_UNREACH, ICMP_ECHO, ICMP_ECHOREPLY, ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_SOURCE_QUENCH, ICMP_TIME_EXCEEDED,
} from '../uapi/linux/icmp.js';
import { icmpCsum } from '../wire/icmp.js';
import { SO_EE_ORIGIN_ICMP, SO_EE_ORIGIN_LOCAL } from '../uapi/linux/errqueue.js';
import { REALTIME_EPOCH_SEC } from '../sim/clock.js';
import { IPV4_MIN_HLEN, iphHdrLen, parseIp } from '../wire/ipv4.js';
import { getU16, getU32, putU16 } from '../wire/bytes.js';
import { parseIcmpRes } from './traceroute_icmp.js';
import { UDPLITE_RECV_CSCOV, UDPLITE_SEND_CSCOV } from '../uapi/linux/udp.js';
import { UDP_HLEN } from '../wire/udp.js';
import type { TracerouteArgs } from './traceroute_args.js';

/** struct probe */
export interface Probe {
  done: boolean;
  final: boolean;
  /** Seconds of virtual time; 0: not sent. */
  sendTime: number;
  recvTime: number;
  recvTtl: number;
  /** The replying address, 0 for none (`*`). */
  res: number;
  errStr: string;
  /** What names the probe in an answer (UDP port, echo sequence, TCP source port); 0 once done. */
  seq: number;
  /** -O info: the TCP flags of the final answer. */
  ext: string;
  /** The port-holding socket of a TCP probe. */
  sk: Socket | null;
}

export const newProbe = (): Probe => ({
  done: false, final: false, sendTime: 0, recvTime: 0, recvTtl: 0, res: 0, errStr: '', seq: 0, ext: '', sk: null,
});

/** error(): "\n" then perror(), exit 1. */
export class TraceExit {
  constructor(readonly status: number) {}
}

/** What a method sees of the run. */
export interface TraceCtx {
  readonly p: Proc;
  readonly a: TracerouteArgs;
  readonly dst: number;
  readonly probes: Probe[];
  /** rtbuf: the IP_OPTIONS of -g (a NOP and a loose source route), null without gateways. */
  readonly rtbuf: Uint8Array | null;
  /** get_time(): seconds. */
  readonly now: number;
  /** The method in use (null while it is being set up). */
  readonly mod: TrMethod | null;
  error(what: string, e: Errno): never;
}

/** A probe method (tr_module): its packet size, sockets, sending and answers. */
export interface TrMethod {
  /** header_len: what the banner's packet size adds to the data (the IP header, + UDP's). */
  readonly headerLen: number;
  /** data_len: what follows the headers; --mtu lowers it to the MTU an answer reports. */
  dataLen: number;
  /** The sockets polled for answers. */
  readonly sockets: readonly Socket[];
  /** add_poll()'s events for one of them: POLLIN unless the method says otherwise. */
  pollEvents?(s: Socket): number;
  sendProbe(pb: Probe, ttl: number): void;
  /** Read every answer queued on the sockets. */
  recv(): void;
  expireProbe(pb: Probe): void;
  close(): void;
}

/**
 * What the answer cost in a real stack, seconds: tuxnet's is instantaneous.
 * Tens of microseconds plus a little per hop back, fixed per (seq, ttl) so
 * runs repeat; it also keeps get_timeout()'s HERE/NEAR factors meaningful.
 */
export function stackLatency(seq: number, ttl: number): number {
  let h = Math.imul((seq << 8) ^ ttl, 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
  return (20 + (((h ^ (h >>> 13)) >>> 0) % 48) + Math.min(ttl2hops(ttl) - 1, 30) * 9) / 1e6;
}

/** ttl2hops(): the answer's initial TTL was 64, 128 or 255 (the tracepath idea). */
export function ttl2hops(ttl: number): number {
  const base = ttl <= 64 ? 64 : ttl <= 128 ? 128 : 255;
  return base - ttl + 1;
}

/** probe_done() */
export function probeDone(pb: Probe): void {
  if (pb.sk) close(pb.sk);
  pb.sk = null;
  pb.seq = 0;
  pb.done = true;
}

/** in_csum(): the Internet checksum of `b`. */
export function inCsum(b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i + 1 < b.length; i += 2) sum += (b[i]! << 8) | b[i + 1]!;
  if (b.length & 1) sum += b[b.length - 1]! << 8;
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return ~sum & 0xffff;
}

/** bind_socket(): SO_BINDTODEVICE of -i, then bind to -s (and --sport) or the wildcard. */
export function bindSocket(t: TraceCtx, s: Socket): void {
  const a = t.a;
  if (a.device !== null) {
    const e = setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, a.device);
    if (e) t.error('setsockopt SO_BINDTODEVICE', e);
  }
  const e = bind(s, { family: AF_INET, addr: a.srcAddr !== null ? parseIp(a.srcAddr) ?? 0 : 0, port: a.srcPort & 0xffff });
  if (e) t.error('bind', e);
}

/**
 * tune_socket(): SO_DEBUG (-d), SO_MARK (--fwmark), -g's IP_OPTIONS,
 * bind_socket(), IP_MTU_DISCOVER, IP_TOS, SO_DONTROUTE (-r), SO_TIMESTAMP,
 * IP_RECVTTL.
 */
export function tuneSocket(t: TraceCtx, s: Socket): void {
  const a = t.a;
  const opt = (level: number, name: number, v: number, what: string): void => {
    const e = setsockopt(s, level, name, v);
    if (e) t.error(`setsockopt ${what}`, e);
  };
  if (a.debug) opt(SOL_SOCKET, SO_DEBUG, 1, 'SO_DEBUG');
  if (a.fwmark) opt(SOL_SOCKET, SO_MARK, a.fwmark, 'SO_MARK');
  setIpOptions(t, s);
  bindSocket(t, s);
  setsockopt(s, SOL_IP, IP_MTU_DISCOVER, a.dontfrag ? IP_PMTUDISC_PROBE : IP_PMTUDISC_DONT);
  if (a.tos) opt(SOL_IP, IP_TOS, a.tos, 'IP_TOS');
  if (a.noroute) opt(SOL_SOCKET, SO_DONTROUTE, 1, 'SO_DONTROUTE');
  setsockopt(s, SOL_SOCKET, SO_TIMESTAMPNS, 1);
  setsockopt(s, SOL_IP, IP_RECVTTL, 1);
  // "fcntl (sk, F_SETFL, O_NONBLOCK)"
  s.nonblock = true;
}

/** connect() to the target (`port`: a UDP probe's), then use_recverr(). */
function connectRecverr(t: TraceCtx, s: Socket, port: number): void {
  const c = connect(s, { family: AF_INET, addr: t.dst, port });
  if (c) t.error('connect', c);
  const e = setsockopt(s, SOL_IP, IP_RECVERR, 1);
  if (e) t.error('setsockopt IP_RECVERR', e);
}

/** The raw socket of the ICMP and TCP methods: tune_socket(), connect() to the target, use_recverr(). */
export function rawSocket(t: TraceCtx, protocol: number): Socket {
  const s = socket(t.p.net, AF_INET, SOCK_RAW, protocol);
  if (typeof s === 'string') t.error('socket', s);
  tuneSocket(t, s);
  connectRecverr(t, s, 0);
  return s;
}

/**
 * udp_send_probe()'s socket, one per probe: a datagram socket, tune_socket(),
 * set_ttl(), connect()ed to the probe's port (which binds it to an
 * ephemeral port of its own), use_recverr().
 */
export function udpProbeSocket(t: TraceCtx, ttl: number, port: number, protocol: number, coverage: number): Socket {
  const s = socket(t.p.net, AF_INET, SOCK_DGRAM, protocol);
  if (typeof s === 'string') t.error('socket', s);
  t.p.files?.install(s);
  tuneSocket(t, s);
  // set_coverage(): UDP-Lite's send coverage, and MIN_COVERAGE as the least it accepts.
  if (coverage) {
    const e = setsockopt(s, SOL_UDPLITE, UDPLITE_SEND_CSCOV, coverage);
    if (e) t.error('UDPLITE_SEND_CSCOV', e);
    const r = setsockopt(s, SOL_UDPLITE, UDPLITE_RECV_CSCOV, UDP_HLEN);
    if (r) t.error('UDPLITE_RECV_CSCOV', r);
  }
  const e = setsockopt(s, SOL_IP, IP_TTL, ttl);
  if (e) t.error('setsockopt IP_TTL', e);
  connectRecverr(t, s, port);
  return s;
}

/**
 * recv_reply() of a socket poll() found ready: one message, from the error
 * queue when the poll saw POLLERR (the quoted header of an ICMP error),
 * else one datum (the target's answer, after the IP header of a raw
 * socket); check() names the probe; the ICMP error fills it. One a poll:
 * with -I's single socket each answer is its own do_it() pass, which sends
 * the next probe of the window before the next answer is read.
 */
export function recvReply(t: TraceCtx, s: Socket, check: ReplyCheck): void {
  const err = (s.sk.poll() & POLLERR) !== 0;
  const m = recvmsgDontwait(s, 1280, err ? MSG_ERRQUEUE : 0);
  if (typeof m !== 'string') replyOne(t, err, m, check);
}

/** check_reply(): the probe an answer is for (from: its source, or for an error the probe's destination), or null. */
export type ReplyCheck = (err: boolean, from: number, buf: Uint8Array, fromPort: number) => Probe | null;

function replyOne(t: TraceCtx, err: boolean, m: MsgIn, check: ReplyCheck): void {
  let buf = m.data;
  // "when not MSG_ERRQUEUE, AF_INET returns full ipv4 header on raw sockets": skipped when the method has no
  // header of its own (ops->header_len 0, the raw-socket ones); a UDP method's datagram is all data.
  if (!err && t.mod!.headerLen === IPV4_MIN_HLEN) {
    if (buf.length < 20) return;
    const hlen = iphHdrLen(buf, 0);
    if (buf.length < hlen) return;
    buf = buf.subarray(hlen);
  }
  let pb = check(err, m.name?.addr ?? 0, buf, m.name?.port ?? 0);
  if (!pb) {
    // "for `frag needed' case at the local host, kernel >= 3.13 sends local error (no more icmp)"
    if (buf.length || !err || !t.a.dontfrag) return;
    pb = t.probes[(t.a.firstHop - 1) * t.a.probesPerHop]!;
    if (pb.done) return;
  }
  const ee = cmsgRecverr(m.control);
  if (ee && ee.origin !== SO_EE_ORIGIN_ICMP && ee.origin !== SO_EE_ORIGIN_LOCAL) return;
  if (ee && ee.origin === SO_EE_ORIGIN_ICMP && (ee.type === ICMP_SOURCE_QUENCH || ee.type === ICMP_REDIRECT)) return;
  let recvTtl = 0;
  for (const c of m.control) if (c.level === SOL_IP && c.type === IP_TTL) recvTtl = c.data as number;
  const ts = cmsgTimestampns(m.control);
  const tstamp = ts ? (ts.tvSec - REALTIME_EPOCH_SEC) * 1e9 + ts.tvNsec : t.p.net.sched.now;
  if (!err) pb.res = m.name?.addr ?? 0;
  pb.recvTime = 1 + tstamp / 1e9 + stackLatency(pb.seq, recvTtl);
  pb.recvTtl = recvTtl;
  if (ee && ee.origin === SO_EE_ORIGIN_ICMP) {
    pb.res = ee.offender;
    applyIcmpRes(pb, ee.type, ee.code, ee.info);
  }
  // parse_local_res()
  if (ee && ee.origin === SO_EE_ORIGIN_LOCAL) {
    if (ee.errno !== 'EMSGSIZE' || !ee.info) t.error('local recverr', ee.errno);
    pb.errStr = `!F-${ee.info}`;
    pb.final = true;
  }
  if (ee && mtuShrunk(t, ee.info)) {
    // "clear this probe (as actually the previous hop answers here) but fill its `err_str' by the info obtained"
    probeDone(pb);
    Object.assign(pb, newProbe(), { errStr: `F=${ee.info}` });
    return;
  }
  if (ee && ee.origin === SO_EE_ORIGIN_ICMP && t.a.extension) extensionsOf(t, pb, ee.type, buf);
  probeDone(pb);
}

/** MPLS_CLASS, MPLS_C_TYPE (RFC 4950): the label stack object. */
const MPLS_CLASS = 1;
const MPLS_C_TYPE = 1;

/**
 * recv_reply() with -e: a time exceeded, destination unreachable or parameter
 * problem whose error-queue data reaches past byte 128 of the original
 * datagram (RFC 4884: "at least 128 + 8") may carry ICMP extensions there
 * (handle_extensions(): at 128 when the data goes beyond the probe's, else
 * tried every 4 bytes).
 */
function extensionsOf(t: TraceCtx, pb: Probe, type: number, buf: Uint8Array): void {
  const headerLen = t.mod!.headerLen + (t.rtbuf?.length ?? 0);
  const n = buf.length;
  if (headerLen + n < 128 + 8 || headerLen > 128) return;
  if (type !== ICMP_TIME_EXCEEDED && type !== ICMP_DEST_UNREACH && type !== ICMP_PARAMETERPROB) return;
  const offs = 128 - headerLen;
  if (n > t.mod!.dataLen) {
    tryExtension(pb, buf.subarray(offs));
    return;
  }
  for (let o = offs; n - o >= 8; o += 4) if (tryExtension(pb, buf.subarray(o))) return;
}

/**
 * try_extension(): an extension header of version 2 (checksum 0 or right),
 * then objects of 32-bit words to its end: "MPLS:L=..,E=..,S=..,T=.." per
 * label, other objects "class/ctype:" and their words in hex, ';' between
 * objects (str[1024], do_snprintf() stopping at its end).
 */
function tryExtension(pb: Probe, b: Uint8Array): boolean {
  let len = b.length;
  if (b[0]! >> 4 !== 2) return false;
  // in_csum() answers ~0 for a sum that checks.
  if (getU16(b, 2) !== 0 && icmpCsum(b, 0, len) !== 0) return false;
  let o = 4;
  len -= 4;
  let str = '';
  while (len >= 4) {
    const objlen = getU16(b, o);
    if (objlen < 4 || objlen > len) return false;
    const dataLen = objlen - 4;
    if (dataLen % 4) return false;
    const words = dataLen / 4;
    if (str.length) str += ';';
    const cls = b[o + 2]!;
    const ctype = b[o + 3]!;
    if (cls === MPLS_CLASS && ctype === MPLS_C_TYPE && words >= 1) {
      str += 'MPLS:';
      for (let i = 0; i < words; i++) {
        const m = getU32(b, o + 4 + i * 4);
        str += `${i ? '/' : ''}L=${m >>> 12},E=${(m >>> 9) & 7},S=${(m >>> 8) & 1},T=${m & 0xff}`;
      }
    } else {
      str += `${cls}/${ctype}:`;
      for (let i = 0; i < words; i++) str += `${i ? ',' : ''}${getU32(b, o + 4 + i * 4).toString(16).padStart(8, '0')}`;
    }
    o += objlen;
    len -= objlen;
  }
  if (len) return false;
  pb.ext = str.slice(0, 1023);
  return true;
}

/** parse_icmp_res() into the probe: "if (*str) strncpy (pb->err_str, str, ...)", so a time exceeded or port unreachable keeps --mtu's F=. */
export function applyIcmpRes(pb: Probe, type: number, code: number, info: number): void {
  const r = parseIcmpRes(type, code, info);
  if (r.errStr) pb.errStr = r.errStr;
  pb.final = r.final;
}

/**
 * recv_reply() under --mtu: an MTU the error reports (ee_info) that is
 * smaller than the probes but holds their headers becomes the new packet
 * size (data_len = ee_info - header_len); true when it did.
 */
function mtuShrunk(t: TraceCtx, info: number): boolean {
  const m = t.mod;
  if (!t.a.mtudisc || !m) return false;
  const headerLen = m.headerLen + (t.rtbuf?.length ?? 0);
  if (info < headerLen || info >= headerLen + m.dataLen) return false;
  m.dataLen = info - headerLen;
  return true;
}

/** tune_socket(): "if (rtbuf && rtbuf_len) setsockopt(sk, IPPROTO_IP, IP_OPTIONS, rtbuf, rtbuf_len)". */
export function setIpOptions(t: TraceCtx, s: Socket): void {
  if (!t.rtbuf) return;
  const e = setsockopt(s, SOL_IP, IP_OPTIONS, t.rtbuf);
  if (e) t.error('setsockopt IP_OPTIONS', e);
}

/** probe_by_seq(): the probe in flight with this sequence. */
export function probeBySeq(t: TraceCtx, seq: number): Probe | null {
  if (!seq) return null;
  return t.probes.find((q) => q.seq === seq && !q.done && q.sendTime) ?? null;
}

/** mod-icmp.c: echo requests, id = pid, sequence from -p (1). */
export class IcmpMethod implements TrMethod {
  readonly headerLen = 20;
  dataLen: number;
  readonly sockets: Socket[];
  private readonly data: Uint8Array;
  private seq: number;
  private readonly ident: number;
  private lastTtl = 0;

  constructor(private readonly t: TraceCtx, packetLen: number, portSeq: number) {
    this.dataLen = Math.max(8, packetLen - this.headerLen);
    this.data = Uint8Array.from({ length: this.dataLen }, (_, i) => (i < 8 ? 0 : 0x40 + (i & 0x3f)));
    // "static uint16_t seq = 1; if (port_seq) seq = port_seq;" (-p 65536 makes it 0, which no answer matches).
    this.seq = (portSeq || 1) & 0xffff;
    this.ident = t.p.net.world.rng.u32() & 0xffff;
    this.sockets = [rawSocket(t, IPPROTO_ICMP)];
  }

  sendProbe(pb: Probe, ttl: number): void {
    const s = this.sockets[0]!;
    if (ttl !== this.lastTtl) {
      const e = setsockopt(s, SOL_IP, IP_TTL, ttl);
      if (e) this.t.error('setsockopt IP_TTL', e);
      this.lastTtl = ttl;
    }
    const d = this.data.subarray(0, this.dataLen);
    d[0] = ICMP_ECHO;
    d[1] = 0;
    putU16(d, 2, 0);
    putU16(d, 4, this.ident);
    putU16(d, 6, this.seq);
    putU16(d, 2, inCsum(d));
    pb.sendTime = this.t.now;
    if (!sendOrFail(this.t, s, d)) {
      pb.sendTime = 0;
      return;
    }
    pb.seq = this.seq;
    this.seq = (this.seq + 1) & 0xffff;
  }

  recv(): void {
    recvReply(this.t, this.sockets[0]!, (err, _from, buf) => {
      if (buf.length < 8) return null;
      if (getU16(buf, 4) !== this.ident) return null;
      const pb = probeBySeq(this.t, getU16(buf, 6));
      if (!pb) return null;
      if (!err) {
        if (buf[0] !== ICMP_ECHOREPLY) return null;
        pb.final = true;
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

/**
 * do_send() on the connected socket: ENOBUFS/EAGAIN may retry later
 * (false); EMSGSIZE and EHOSTUNREACH leave it to the error queue.
 */
export function sendOrFail(t: TraceCtx, s: Socket, data: Uint8Array): boolean {
  const r = sendmsg(s, { name: null, data });
  if (typeof r === 'number') return true;
  if (r === 'ENOBUFS' || r === 'EAGAIN') return false;
  if (r === 'EMSGSIZE' || r === 'EHOSTUNREACH') return true;
  t.error('send', r);
}
