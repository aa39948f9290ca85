/**
 * traceroute's "tcpconn" method (-M tcpconn): a real connect() per probe,
 * from a non-blocking stream socket of its own carrying the probe's TTL.
 * A raw ICMP socket, neither connected nor with IP_RECVERR, reads every
 * ICMP error the host gets: one that quotes a TCP header from a probe's
 * port to the target port names that probe's hop. The target itself ends
 * the connect(): established, or refused by its reset. An ICMP error
 * also ends the probe's connection (tcp_v4_err() on SYN_SENT), and a
 * probe whose error is still queued on the ICMP socket calls connect()
 * again on the dead socket: that gives the error, the next call starts a
 * new handshake, as Linux's does.
 * @traceroute traceroute/mod-tcpconn.c
 */
import { close, connect, getsockname, setsockopt, socket, type Socket } from '../net/socket.js';
import { AF_INET, POLLERR, POLLHUP, POLLIN, POLLOUT, SOCK_RAW, SOCK_STREAM, SOL_IP, SOL_SOCKET, SO_TIMESTAMPNS } from '../uapi/linux/socket.js';
import { IPPROTO_ICMP, IPPROTO_TCP, IP_RECVTTL, IP_TTL } from '../uapi/linux/in.js';
import { ICMP_DEST_UNREACH, ICMP_TIME_EXCEEDED } from '../uapi/linux/icmp.js';
import { IPV4_MIN_HLEN } from '../wire/ipv4.js';
import { getU16 } from '../wire/bytes.js';
import { DEF_DATA_LEN } from './traceroute_args.js';
import { DEF_TCP_PORT } from './traceroute_tcp.js';
import { applyIcmpRes, bindSocket, probeBySeq, probeDone, recvReply, tuneSocket, type Probe, type TraceCtx, type TrMethod } from './traceroute_mod.js';

/** sizeof (struct icmphdr) */
const ICMPH_LEN = 8;

export class TcpconnMethod implements TrMethod {
  /** tcp_ops has no header_len: the banner counts the IP header, and answers are read past it. */
  readonly headerLen = IPV4_MIN_HLEN;
  dataLen: number;
  private readonly icmpSk: Socket;
  /** "dest_addr.sin.sin_port = htons (DEF_TCP_PORT); if (port_seq) ... htons (port_seq)" */
  private readonly destPort: number;

  constructor(private readonly t: TraceCtx, portSeq: number) {
    const a = t.a;
    const headerLen = this.headerLen + (t.rtbuf?.length ?? 0);
    this.dataLen = a.packetLen < 0 ? DEF_DATA_LEN : a.packetLen >= headerLen ? a.packetLen - headerLen : 0;
    this.destPort = (portSeq || DEF_TCP_PORT) & 0xffff;
    // tcp_init(): "icmp_sk not need full tune_socket() here, just a receiving one"
    const s = socket(t.p.net, AF_INET, SOCK_RAW, IPPROTO_ICMP);
    if (typeof s === 'string') t.error('socket', s);
    bindSocket(t, s);
    setsockopt(s, SOL_SOCKET, SO_TIMESTAMPNS, 1);
    setsockopt(s, SOL_IP, IP_RECVTTL, 1);
    this.icmpSk = s;
  }

  /** add_poll(): the ICMP socket first, then each probe's stream socket while it is out. */
  get sockets(): Socket[] {
    const out = [this.icmpSk];
    for (const pb of this.t.probes) if (pb.sk && !pb.done) out.push(pb.sk);
    return out;
  }

  pollEvents(s: Socket): number {
    return s === this.icmpSk ? POLLIN : POLLERR | POLLHUP | POLLOUT;
  }

  /** tcp_send_probe(): socket(), tune_socket(), set_ttl(), a non-blocking connect(); the probe is its source port. */
  sendProbe(pb: Probe, ttl: number): void {
    // Annotated, so that t.error()'s `never` narrows what it guards.
    const t: TraceCtx = this.t;
    const sk = socket(t.p.net, AF_INET, SOCK_STREAM, 0);
    if (typeof sk === 'string') t.error('socket', sk);
    t.p.files?.install(sk);
    tuneSocket(t, sk);
    const e = setsockopt(sk, SOL_IP, IP_TTL, ttl);
    if (e) t.error('setsockopt IP_TTL', e);
    pb.sendTime = t.now;
    const c = connect(sk, { family: AF_INET, addr: t.dst, port: this.destPort });
    if (c && c !== 'EINPROGRESS') t.error('connect', c);
    const name = getsockname(sk);
    if (typeof name === 'string') t.error('getsockname', name);
    pb.seq = name.port;
    pb.sk = sk;
  }

  /**
   * do_poll()'s callbacks in the order of its table: one message of the
   * ICMP socket, then every probe socket with events, which connect()s
   * again "regardless of revents": connected or refused is the target.
   */
  recv(): void {
    const t = this.t;
    if (this.icmpSk.sk.poll() & POLLIN) recvReply(t, this.icmpSk, (_err, _from, buf) => this.checkReply(buf));
    for (const pb of t.probes) {
      const sk = pb.sk;
      if (!sk || pb.done || !(sk.sk.poll() & (POLLERR | POLLHUP | POLLOUT))) continue;
      const c = connect(sk, { family: AF_INET, addr: t.dst, port: this.destPort });
      // "ICMP say more"
      if (c && c !== 'EISCONN' && c !== 'ECONNREFUSED') continue;
      pb.res = t.dst;
      pb.final = true;
      pb.recvTime = t.now;
      probeDone(pb);
    }
  }

  /** tcp_check_reply(): a time exceeded or unreachable quoting a TCP header from a probe's port to the target's. */
  private checkReply(buf: Uint8Array): Probe | null {
    if (buf.length < ICMPH_LEN) return null;
    const type = buf[0]!;
    if (type !== ICMP_TIME_EXCEEDED && type !== ICMP_DEST_UNREACH) return null;
    // "`8' - rfc1122: 3.2.2"
    if (buf.length < ICMPH_LEN + IPV4_MIN_HLEN + 8) return null;
    const th = ICMPH_LEN + ((buf[ICMPH_LEN]! & 0x0f) << 2);
    if (buf.length < th + 8 || buf[ICMPH_LEN + 9] !== IPPROTO_TCP) return null;
    if (getU16(buf, th + 2) !== this.destPort) return null;
    const pb = probeBySeq(this.t, getU16(buf, th));
    if (!pb) return null;
    // "info = icmp->icmp_void": the header's last word as the host (little-endian) reads it, not ntohl()ed.
    const info = buf[4]! | (buf[5]! << 8) | (buf[6]! << 16) | (buf[7]! << 24);
    applyIcmpRes(pb, type, buf[1]!, info);
    return pb;
  }

  expireProbe(pb: Probe): void {
    probeDone(pb);
  }

  close(): void {
    close(this.icmpSk);
  }
}
