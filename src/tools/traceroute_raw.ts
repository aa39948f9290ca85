/**
 * traceroute 2.1.x's raw method (-P PROT, -M raw): IP datagrams of a bare
 * protocol (253 by default, RFC 3692's "for experimentation") through a
 * raw socket connect()ed to the target, one probe at a time; an ICMP
 * error names the hop, protocol unreachable (!P) the target. And its
 * DCCP method (-D), whose port-holding DCCP socket Linux without DCCP
 * (and tuxnet) cannot make.
 * @traceroute traceroute/mod-raw.c, traceroute/mod-dccp.c
 */
import { setsockopt, socket, close, type Socket } from '../net/socket.js';
import { AF_INET, SOCK_DCCP, SOL_IP } from '../uapi/linux/socket.js';
import { IPPROTO_DCCP, IP_TTL } from '../uapi/linux/in.js';
import { IPV4_MIN_HLEN } from '../wire/ipv4.js';
import { DEF_DATA_LEN } from './traceroute_args.js';
import {
  probeBySeq, probeDone, rawSocket, recvReply, sendOrFail, type Probe, type TraceCtx, type TrMethod,
} from './traceroute_mod.js';

/** DEF_RAW_PROT */
const DEF_RAW_PROT = 253;

/**
 * raw_options[]: "protocol=PROT" (set_protocol(): strtoul()'s numeric
 * prefix; getprotobyname() knows no names here), stored in an int: "-1"
 * is -1 and socket() refuses it (EINVAL), as it does 263 and up. The
 * protocol, or CLIF's complaint.
 */
export function rawProtocol(opts: readonly string[]): number | string {
  return modUintOption(opts, 'protocol', 'PROT', DEF_RAW_PROT);
}

/**
 * A method's only option, "KEYWORD=ARG" (CLIF_set_uint(): strtoul(, 0)'s
 * numeric prefix, the last one winning): its value (`dflt` without one),
 * or CLIF's complaint (`argc` counts the method's options from 1).
 */
export function modUintOption(opts: readonly string[], keyword: string, argName: string, dflt: number): number | string {
  let val = dflt;
  for (let i = 0; i < opts.length; i++) {
    const o = opts[i]!;
    if (o === keyword) return `Keyword \`${keyword}' (argc ${i + 1}) requires an argument: \`${keyword}=${argName}'`;
    const eq = o.indexOf('=');
    if (eq < 0 || o.slice(0, eq) !== keyword) return `\`${o}' (argc ${i + 1}): arguments are not allowed`;
    const arg = o.slice(eq + 1);
    const n = /^\s*([+-]?)(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)/i.exec(arg);
    if (!n) return `Cannot handle \`${keyword}' keyword with arg \`${arg}' (argc ${i + 1})`;
    const u = Number(n[2]!.length > 1 && n[2]![0] === '0' && !/x/i.test(n[2]!) ? parseInt(n[2]!, 8) : n[2]!);
    // strtoul() negates a "-" value in unsigned long; the (unsigned) int that keeps it holds its low 32 bits.
    val = (n[1] === '-' ? -u : u) | 0;
  }
  return val;
}

/** Send on a method's one raw socket, setting the TTL when it changes (set_ttl()). */
function setTtl(t: TraceCtx, s: Socket, ttl: number, last: number): number {
  if (ttl !== last) {
    const e = setsockopt(s, SOL_IP, IP_TTL, ttl);
    if (e) t.error('setsockopt IP_TTL', e);
  }
  return ttl;
}

/** mod-raw.c */
export class RawMethod implements TrMethod {
  readonly headerLen = IPV4_MIN_HLEN;
  dataLen: number;
  readonly sockets: Socket[];
  private readonly data: Uint8Array;
  private lastTtl = 0;
  private seq = 0;

  /** raw_init(): -p, when given, is the protocol. */
  constructor(private readonly t: TraceCtx, protocol: number, portSeq: number) {
    const a = t.a;
    const headerLen = this.headerLen + (t.rtbuf?.length ?? 0);
    this.dataLen = a.packetLen < 0 ? DEF_DATA_LEN : a.packetLen >= headerLen ? a.packetLen - headerLen : 0;
    this.data = Uint8Array.from({ length: this.dataLen }, (_, i) => 0x40 + (i & 0x3f));
    this.sockets = [rawSocket(t, portSeq || protocol)];
  }

  sendProbe(pb: Probe, ttl: number): void {
    const s = this.sockets[0]!;
    this.lastTtl = setTtl(this.t, s, ttl, this.lastTtl);
    pb.sendTime = this.t.now;
    if (!sendOrFail(this.t, s, this.data.subarray(0, this.dataLen))) {
      pb.sendTime = 0;
      return;
    }
    pb.seq = ++this.seq;
  }

  /** raw_check_reply(): from the target (an error's quoted destination), for the last probe sent. */
  recv(): void {
    recvReply(this.t, this.sockets[0]!, (err, from) => {
      if (from !== this.t.dst) return null;
      const pb = probeBySeq(this.t, this.seq);
      if (pb && !err) pb.final = true;
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

/** DCCP_HEADER_LEN: struct dccp_hdr, dccp_hdr_ext and dccp_hdr_request. */
const DCCP_HEADER_LEN = 12 + 4 + 4;

/**
 * mod-dccp.c: dccp_init() opens and connects its raw IPPROTO_DCCP socket
 * and sizes the Request; dccp_send_probe() first makes the SOCK_DCCP
 * socket that holds the source port, which fails without DCCP
 * (ESOCKTNOSUPPORT) before any probe leaves.
 */
export class DccpMethod implements TrMethod {
  readonly headerLen = IPV4_MIN_HLEN;
  dataLen = DCCP_HEADER_LEN;
  readonly sockets: Socket[];

  constructor(private readonly t: TraceCtx) {
    this.sockets = [rawSocket(t, IPPROTO_DCCP)];
  }

  sendProbe(): void {
    const sk = socket(this.t.p.net, AF_INET, SOCK_DCCP, IPPROTO_DCCP);
    // tuxnet has no DCCP: socket() fails here, as on a Linux without the dccp module.
    this.t.error('socket', typeof sk === 'string' ? sk : 'ESOCKTNOSUPPORT');
  }

  recv(): void {}

  expireProbe(pb: Probe): void {
    probeDone(pb);
  }

  close(): void {
    for (const s of this.sockets) close(s);
  }
}
