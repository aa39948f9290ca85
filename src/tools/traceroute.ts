/**
 * `traceroute` 2.1.x (Dmitry Butskoy's, as Debian ships it), IPv4, default
 * UDP method: datagrams to port 33434 + probe number with TTL 1, 2, ...,
 * up to `-N` (16) probes in flight at once, `-q` (3) per hop, each waiting
 * `-w MAX,HERE,NEAR` (5,3,10); an ICMP time exceeded names the hop, port
 * unreachable ends the trace, other unreachables print !H !N !P !X ...
 * -I sends ICMP echo requests and -T TCP SYNs instead (traceroute_mod.ts,
 * traceroute_tcp.ts). Times come from the virtual clock.
 * @traceroute traceroute/traceroute.c do_it() get_timeout() check_expired()
 *             print_probe() parse_icmp_res(), traceroute/mod-udp.c
 */
import { Netdb } from './lib/netdb.js';
import type { CommandFn, Proc } from '../lab/process.js';
import {
  Task, bind, close, cmsgRecverr, cmsgTimestampns, connect, getsockname, getsockopt, ppoll, recvmsgDontwait, sendmsg, setsockopt, socket,
  type Socket,
} from '../net/socket.js';
import { strerror, type Errno } from '../net/core/errno.js';
import {
  AF_INET, MSG_ERRQUEUE, POLLIN, SOCK_DGRAM, SOCK_RAW, SOL_IP, SOL_RAW, SOL_SOCKET, SO_BINDTODEVICE, SO_BINDTOIFINDEX, SO_RCVBUF,
  SO_TIMESTAMPNS,
} from '../uapi/linux/socket.js';
import {
  IPPROTO_ICMP, IPPROTO_UDP, IP_MTU_DISCOVER, IP_OPTIONS, IP_PKTINFO, IP_PMTUDISC_DONT, IP_PMTUDISC_PROBE, IP_RECVERR, IP_TOS,
  IP_TTL,
} from '../uapi/linux/in.js';
import { REALTIME_EPOCH_SEC } from '../sim/clock.js';
import { SO_EE_ORIGIN_LOCAL } from '../uapi/linux/errqueue.js';
import { ICMP_DEST_UNREACH, ICMP_FILTER, ICMP_PARAMETERPROB, ICMP_TIME_EXCEEDED } from '../uapi/linux/icmp.js';
import { IPOPT_LSRR, IPOPT_NOOP, IPV4_MIN_HLEN, Iph, iphHdrLen, ipToString, parseIp } from '../wire/ipv4.js';
import { ICMP_HLEN, Icmph } from '../wire/icmp.js';
import { UDP_HLEN, UdpPacket, UdpRepr, Udph } from '../wire/udp.js';
import { DEF_DATA_LEN, parseTracerouteArgs, type TracerouteArgs } from './traceroute_args.js';
import { TRACEROUTE_HELP } from './traceroute_usage.js';
import { parseIcmpRes } from './traceroute_icmp.js';
import {
  IcmpMethod, TraceExit, newProbe, probeDone, setIpOptions, stackLatency, ttl2hops, type Probe, type TraceCtx, type TrMethod,
} from './traceroute_mod.js';
import { TcpMethod, tcpModOption } from './traceroute_tcp.js';
import { getU16, getU32, putU32 } from '../wire/bytes.js';

/** DEF_WAIT_PREC: "wait precision": added to a measured rtt before scaling it. */
const DEF_WAIT_PREC = 0.001;
/** net.ipv4.ip_local_port_range: where the kernel picks a UDP socket's port. */
const EPHEMERAL_LOW = 32768;
const EPHEMERAL_HIGH = 60999;
/** Only the errors IP_RECVERR would queue reach the probe matcher. */
const ICMP_WANTED = (1 << ICMP_DEST_UNREACH) | (1 << ICMP_TIME_EXCEEDED) | (1 << ICMP_PARAMETERPROB);

/**
 * The default method (mod-udp.c): datagrams to port 33434 + probe number.
 * The real tool reads the errors from IP_RECVERR UDP sockets; here a UDP
 * socket per probe only connect()s (its route and source), the probes go
 * out through a raw IPPROTO_UDP socket (the UDP header built here) and the
 * answers come from a raw ICMP socket, matched by the quoted UDP ports.
 */
class UdpMethod implements TrMethod {
  readonly headerLen = IPV4_MIN_HLEN + UDP_HLEN;
  readonly dataLen: number;
  readonly sockets: Socket[];
  private readonly data: Uint8Array;
  private readonly sport: number;
  private currPort: number;
  private srcAddr = 0;

  constructor(
    private readonly t: TraceCtx,
    readonly udp: Socket,
    readonly icmp: Socket,
  ) {
    const a = t.a;
    this.sockets = [icmp];
    // header_len: the IP header, -g's options, the UDP header.
    const headerLen = this.headerLen + (t.rtbuf?.length ?? 0);
    this.dataLen = a.packetLen < 0 ? DEF_DATA_LEN - UDP_HLEN : a.packetLen >= headerLen ? a.packetLen - headerLen : 0;
    // udp_init(): "for (i = 0; i < *data_len_p; i++) data[i] = 0x40 + (i & 0x3f);"
    this.data = Uint8Array.from({ length: this.dataLen }, (_, i) => 0x40 + (i & 0x3f));
    this.sport = EPHEMERAL_LOW + (t.p.net.world.rng.u32() % (EPHEMERAL_HIGH - EPHEMERAL_LOW + 1));
    this.currPort = a.port;
  }

  close(): void {
    close(this.udp);
    close(this.icmp);
  }

  /**
   * udp_send_probe(): a connected socket per probe (its route and source),
   * TTL, the datagram to the current port, which then moves on by one.
   */
  sendProbe(pb: Probe, ttl: number): void {
    const saddr = this.connectProbe();
    this.srcAddr = saddr;
    const dgram = new Uint8Array(UDP_HLEN + this.dataLen);
    UdpRepr.emit({ source: this.sport, dest: this.currPort, data: this.data }, UdpPacket.newUnchecked(dgram), saddr, this.t.dst);
    pb.sendTime = this.t.now;
    const sent = sendmsg(this.udp, {
      name: { family: AF_INET, addr: this.t.dst, port: 0 }, data: dgram,
      control: [
        { level: SOL_IP, type: IP_TTL, data: ttl },
        // The socket's tos is a byte: setsockopt(IP_TOS) keeps the low 8 bits of -t.
        { level: SOL_IP, type: IP_TOS, data: this.t.a.tos & 0xff },
        { level: SOL_IP, type: IP_PKTINFO, data: { ifindex: this.boundIfindex(), specDst: saddr, addr: 0 } },
      ],
    });
    // do_send(): ENOBUFS/EAGAIN may retry later; EMSGSIZE "recverr will say more".
    if (typeof sent === 'string' && sent !== 'EMSGSIZE') {
      if (sent === 'ENOBUFS' || sent === 'EAGAIN') {
        pb.sendTime = 0;
        return;
      }
      this.t.error('send', sent);
    }
    pb.seq = this.currPort;
    this.currPort = (this.currPort + 1) & 0xffff;
    if (sent === 'EMSGSIZE') this.localError();
  }

  /**
   * recv_reply() of the probe socket's error queue: "for `frag needed' case
   * at the local host, kernel >= 3.13 sends local error (no more icmp)":
   * with -F it lands on the first probe (parse_local_res(): !F-MTU, final).
   */
  private localError(): void {
    const t = this.t;
    // The ICMP errors queued here too are read from the ICMP socket: skip them.
    let m = recvmsgDontwait(this.udp, 1280, MSG_ERRQUEUE);
    while (typeof m !== 'string' && m.data.length) m = recvmsgDontwait(this.udp, 1280, MSG_ERRQUEUE);
    if (typeof m === 'string' || !t.a.dontfrag) return;
    const ee = cmsgRecverr(m.control);
    const pb = t.probes[(t.a.firstHop - 1) * t.a.probesPerHop]!;
    if (!ee || ee.origin !== SO_EE_ORIGIN_LOCAL || pb.done) return;
    if (ee.errno !== 'EMSGSIZE' || !ee.info) t.error('recverr', ee.errno);
    pb.recvTime = t.now + stackLatency(pb.seq, 0);
    pb.errStr = `!F-${ee.info}`;
    pb.final = true;
    probeDone(pb);
  }

  /**
   * The per-probe UDP socket of udp_send_probe(): bound like the probe
   * socket (-i, -s), TOS, connect()ed to the current port; its name is the
   * source the route chose.
   */
  private connectProbe(): number {
    const t: TraceCtx = this.t;
    const s = socket(t.p.net, AF_INET, SOCK_DGRAM, 0);
    if (typeof s === 'string') t.error('socket', s);
    try {
      // bind_socket(): after the header, the first probe's socket is where these fail.
      if (t.a.device !== null) {
        const e = setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, t.a.device);
        if (e) t.error('setsockopt SO_BINDTODEVICE', e);
      }
      if (t.a.srcAddr !== null) {
        const e = bind(s, { family: AF_INET, addr: parseIp(t.a.srcAddr) ?? 0, port: 0 });
        if (e) t.error('bind', e);
      }
      if (t.a.tos) setsockopt(s, SOL_IP, IP_TOS, t.a.tos);
      setIpOptions(t, s);
      const r = connect(s, { family: AF_INET, addr: t.dst, port: this.currPort });
      if (r !== 0) t.error('connect', r);
      const name = getsockname(s);
      if (typeof name === 'string') t.error('getsockname', name);
      return name.addr;
    } finally {
      close(s);
    }
  }

  /** The probe socket's SO_BINDTOIFINDEX (IP_PKTINFO's ipi_ifindex replaces the bound device). */
  private boundIfindex(): number {
    const v = getsockopt(this.udp, SOL_SOCKET, SO_BINDTOIFINDEX);
    return typeof v === 'number' ? v : 0;
  }

  /** udp_expire_probe() -> probe_done(). */
  expireProbe(pb: Probe): void {
    probeDone(pb);
  }

  /** Every ICMP packet queued on the raw socket. */
  recv(): void {
    for (;;) {
      const m = recvmsgDontwait(this.icmp, 0x10000);
      if (typeof m === 'string') return;
      // SO_TIMESTAMPNS: the arrival on the virtual clock.
      const ts = cmsgTimestampns(m.control);
      const tstamp = ts ? (ts.tvSec - REALTIME_EPOCH_SEC) * 1e9 + ts.tvNsec : this.t.p.net.sched.now;
      this.recvIcmp(m.data, tstamp);
    }
  }

  /**
   * recv_reply() for one ICMP packet off the raw socket: the quoted
   * datagram must be one of ours (our source, the target, our source
   * port); its destination port names the probe.
   */
  private recvIcmp(data: Uint8Array, tstamp: number): void {
    const icmpAt = iphHdrLen(data, 0);
    const inner = icmpAt + ICMP_HLEN;
    if (data.length < inner + IPV4_MIN_HLEN + 4) return;
    const type = data[icmpAt + Icmph.Type]!;
    const code = data[icmpAt + Icmph.Code]!;
    if (type >= 32 || !((1 << type) & ICMP_WANTED)) return;
    if (data[inner + Iph.Protocol] !== IPPROTO_UDP || getU32(data, inner + Iph.Daddr) !== this.t.dst) return;
    if (this.srcAddr && getU32(data, inner + Iph.Saddr) !== this.srcAddr) return;
    const uh = inner + iphHdrLen(data, inner);
    if (data.length < uh + 4 || getU16(data, uh + Udph.Source) !== this.sport) return;
    const dport = getU16(data, uh + Udph.Dest);
    const pb = this.t.probes.find((q) => q.seq === dport && !q.done && q.sendTime);
    if (!pb) return;
    pb.recvTime = 1 + tstamp / 1e9 + stackLatency(dport, data[Iph.Ttl]!);
    pb.recvTtl = data[Iph.Ttl]!;
    pb.res = getU32(data, Iph.Saddr);
    // ee_info: the next-hop MTU of a "fragmentation needed".
    const r = parseIcmpRes(type, code, getU16(data, icmpAt + Icmph.FragMtu));
    pb.errStr = r.errStr;
    pb.final = r.final;
    this.expireProbe(pb);
  }
}

/** One traceroute run: the probes table, the method, the output. */
class Trace implements TraceCtx {
  /** /etc/hosts for the hop names (getnameinfo() falls back to the number). */
  private readonly netdb: Netdb;
  readonly probes: Probe[];
  readonly numProbes: number;
  mod: TrMethod | null = null;

  constructor(
    readonly p: Proc,
    readonly a: TracerouteArgs,
    readonly dst: number,
    readonly task: Task,
    readonly rtbuf: Uint8Array | null,
  ) {
    this.netdb = new Netdb(p);
    this.numProbes = a.maxHops * a.probesPerHop;
    this.probes = Array.from({ length: this.numProbes }, newProbe);
  }

  /** get_time(): seconds; 0 means "not sent" in the probes table, so the clock starts at 1. */
  get now(): number {
    return 1 + this.p.net.sched.now / 1e9;
  }

  out(s: string): void {
    this.p.stdout.write(s);
  }

  /** error(): the header line stays open; "\n" and perror() on stderr, exit 1. */
  error(what: string, e: Errno): never {
    this.p.stderr.write(`\n${what}: ${strerror[e]}\n`);
    throw new TraceExit(1);
  }

  sendProbe(pb: Probe, ttl: number): void {
    this.mod!.sendProbe(pb, ttl);
  }

  expireProbe(pb: Probe): void {
    this.mod!.expireProbe(pb);
  }

  /** do_poll(): wait up to `timeout` seconds, then take every reply queued. */
  async poll(timeout: number): Promise<void> {
    // Round up to whole ns (poll's ms are too coarse here): a wait that ends before next_time would find nothing expired and spin.
    const fds = this.mod!.sockets.map((sock) => ({ sock, events: POLLIN, revents: 0 }));
    await ppoll(fds, Math.max(0, Math.ceil(timeout * 1e9)), this.task);
    if (this.p.killed) throw new TraceExit(1);
    this.mod!.recv();
  }

  /** get_timeout(): HERE times a reply of the same hop, else NEAR times a later one, at most MAX. */
  getTimeout(idx: number): number {
    const { probesPerHop, hereFactor, nearFactor, waitSecs } = this.a;
    const scaled = (p: Probe, f: number): number | null => {
      const v = p.recvTime - p.sendTime;
      if (!p.done || !(v > 0)) return null;
      return Math.min((v + DEF_WAIT_PREC) * f, waitSecs);
    };
    if (hereFactor) {
      const base = idx - (idx % probesPerHop);
      for (let i = 0; i < probesPerHop; i++) {
        const v = scaled(this.probes[base + i]!, hereFactor);
        if (v !== null) return v;
      }
    }
    if (nearFactor) {
      for (let i = idx + 1; i < this.numProbes && this.probes[i]!.sendTime; i++) {
        const v = scaled(this.probes[i]!, nearFactor);
        if (v !== null) return v;
      }
    }
    return waitSecs;
  }

  /** print_probe() */
  printProbe(idx: number): void {
    const pb = this.probes[idx]!;
    const q = this.a.probesPerHop;
    let np = idx % q;
    if (np === 0) this.out(`\n${String(Math.floor(idx / q) + 1).padStart(2)} `);
    if (!pb.res) this.out(' *');
    else {
      let prn = np === 0;
      if (np) {
        // "skip expired", then print when it differs from the previous answer.
        let k = idx - 1;
        while (np && !this.probes[k]!.res) {
          k--;
          np--;
        }
        if (!np || this.probes[k]!.res !== pb.res || this.probes[k]!.ext !== pb.ext) prn = true;
      }
      if (prn) {
        const ip = ipToString(pb.res);
        this.out(this.a.noresolve ? ` ${ip}` : ` ${this.netdb.hostByAddr(pb.res) ?? ip} (${ip})`);
        if (pb.ext) this.out(` <${pb.ext}>`);
      }
    }
    if (pb.recvTime) this.out(`  ${((pb.recvTime - pb.sendTime) * 1000).toFixed(3)} ms`);
    if (pb.errStr) this.out(` ${pb.errStr}`);
  }
}

/**
 * check_expired(): "*(this) * * * * ... * * final" — the final hop may
 * have answered only the later of the probes sent together; when it seems
 * so, the final answer moves into this (expired) place.
 */
function checkExpired(t: Trace, idx: number): void {
  const probes = t.probes;
  const q = t.a.probesPerHop;
  const pb = probes[idx]!;
  if (!pb.done) return;
  let pfp = false;
  for (let i = idx - (idx % q); i < idx; i++) {
    const p = probes[i]!;
    if (!p.done || !p.final) return;
    pfp = true;
  }
  let fp = -1;
  for (let i = idx + 1; i < t.numProbes && probes[i]!.sendTime; i++) {
    const p = probes[i]!;
    if (!p.done) continue;
    if (!p.final) return;
    fp = i;
    break;
  }
  if (fp < 0) return;
  const f = probes[fp]!;
  // "Icmp_echoreply, tcp_reset and even icmp_port_unreach looks like going in the right order."
  if (!f.errStr) return;
  if (pfp || (idx % q) + (fp - idx) < q || probes.slice(0, idx).some((p) => p.res === f.res) || finalFitsHere(t, idx, f)) {
    probes[idx] = f;
    // "block extra re-send"
    probes[fp] = { ...newProbe(), sendTime: 1 };
  }
}

/** check_expired()'s guess from the TTL of the final answer. */
function finalFitsHere(t: Trace, idx: number, f: Probe): boolean {
  if (!f.recvTtl) return false;
  const q = t.a.probesPerHop;
  let backHops = ttl2hops(f.recvTtl);
  for (let i = idx - 1; i >= 0; i--) {
    const p = t.probes[i]!;
    if (p.done && !p.final && p.recvTtl) {
      const hops = ttl2hops(p.recvTtl);
      if (hops < backHops) {
        backHops = backHops - hops + Math.floor(i / q) + 1;
        break;
      }
    }
  }
  return backHops <= Math.floor(idx / q) + 1;
}

/** One pass of do_it()'s loop over the window: expire, print, send. Returns next_time (0: none). */
function doItPass(t: Trace, w: { start: number; end: number; lastSend: number }): number {
  let num = 0;
  let nextTime = 0;
  const nowTime = t.now;
  for (let n = w.start; n < w.end; n++) {
    let pb = t.probes[n]!;
    if (n === w.start && !pb.done && pb.sendTime) {
      const expire = pb.sendTime + t.getTimeout(n);
      if (expire > nowTime) nextTime = expire;
      else {
        t.expireProbe(pb);
        checkExpired(t, n);
        pb = t.probes[n]!;
      }
    }
    if (pb.done) {
      if (n === w.start) {
        t.printProbe(n);
        w.start++;
      }
      if (pb.final) w.end = (Math.floor(n / t.a.probesPerHop) + 1) * t.a.probesPerHop;
      continue;
    }
    if (!pb.sendTime) {
      const next = w.lastSend + t.a.sendSecs;
      if (t.a.sendSecs && next > nowTime) {
        nextTime = next;
        break;
      }
      t.sendProbe(pb, Math.floor(n / t.a.probesPerHop) + 1);
      if (!pb.sendTime) {
        if (nextTime) break;
        t.error('send probe', 'ENOBUFS');
      }
      w.lastSend = pb.sendTime;
    }
    if (!nextTime) nextTime = pb.sendTime + t.getTimeout(n);
    if (++num >= t.a.simProbes) break;
  }
  return nextTime;
}

/** do_it(): the header, the probes in flight, each hop printed once its probes are settled. */
async function doIt(t: Trace, host: string): Promise<void> {
  // print_header(): "Note, without ending new-line!"
  t.out(`traceroute to ${host} (${ipToString(t.dst)}), ${t.a.maxHops} hops max, ${t.mod!.headerLen + (t.rtbuf?.length ?? 0) + t.mod!.dataLen} byte packets`);
  const w = { start: (t.a.firstHop - 1) * t.a.probesPerHop, end: t.numProbes, lastSend: 0 };
  while (w.start < w.end) {
    const nextTime = doItPass(t, w);
    if (nextTime) await t.poll(nextTime - t.now);
  }
  t.out('\n');
}

/** The sockets of the run: SO_BINDTODEVICE (-i), bind (-s). */
function openSockets(p: Proc, a: TracerouteArgs, rtbuf: Uint8Array | null): { udp: Socket; icmp: Socket } | string {
  const udp = socket(p.net, AF_INET, SOCK_RAW, IPPROTO_UDP);
  const icmp = socket(p.net, AF_INET, SOCK_RAW, IPPROTO_ICMP);
  if (typeof udp === 'string' || typeof icmp === 'string') return `socket: ${strerror[typeof udp === 'string' ? udp : icmp as Errno]}`;
  // The probe socket never reads: as little as possible may pile up in it.
  setsockopt(udp, SOL_SOCKET, SO_RCVBUF, 0);
  setsockopt(icmp, SOL_RAW, ICMP_FILTER, ~ICMP_WANTED >>> 0);
  setsockopt(icmp, SOL_SOCKET, SO_TIMESTAMPNS, 1);
  const fail = (msg: string): string => {
    close(udp);
    close(icmp);
    return msg;
  };
  // A device or source that does not take fails on the first probe's own socket (connectProbe()).
  if (a.device !== null) {
    setsockopt(udp, SOL_SOCKET, SO_BINDTODEVICE, a.device);
    setsockopt(icmp, SOL_SOCKET, SO_BINDTODEVICE, a.device);
  }
  if (a.srcAddr !== null) bind(udp, { family: AF_INET, addr: parseIp(a.srcAddr) ?? 0, port: 0 });
  // tune_socket(): "i = dontfrag ? IP_PMTUDISC_PROBE : IP_PMTUDISC_DONT".
  setsockopt(udp, SOL_IP, IP_MTU_DISCOVER, a.dontfrag ? IP_PMTUDISC_PROBE : IP_PMTUDISC_DONT);
  if (rtbuf) {
    const e = setsockopt(udp, SOL_IP, IP_OPTIONS, rtbuf);
    if (e) return fail(`setsockopt IP_OPTIONS: ${strerror[e]}`);
  }
  // use_recverr()
  setsockopt(udp, SOL_IP, IP_RECVERR, 1);
  return { udp, icmp };
}

async function tracerouteMain(p: Proc): Promise<number> {
  if (p.argv.length === 1) {
    p.stdout.write(TRACEROUTE_HELP);
    return 0;
  }
  const netdb = new Netdb(p);
  const a = parseTracerouteArgs(p.argv.slice(1), (name) => netdb.resolve(name));
  if ('message' in a) {
    p.stderr.write(`${a.message}\n`);
    return a.status;
  }
  const r = netdb.resolve(a.host);
  if ('error' in r) {
    p.stderr.write(`${a.host}: ${r.error}\n` +
      `Cannot handle "host" cmdline arg \`${a.host}' on position 1 (argc ${p.argv.length - 1})\n`);
    return 2;
  }
  const rtbuf = initIpOptions(p, a, r.addr);
  if (typeof rtbuf === 'string') {
    p.stderr.write(rtbuf);
    return 2;
  }
  const task = new Task();
  const t = new Trace(p, a, r.addr, task, rtbuf);
  const unhook = p.onKill?.(() => task.signalWakeUp());
  try {
    const m = traceMethod(t);
    if (typeof m === 'number') return m;
    t.mod = m;
    await doIt(t, a.host);
    return 0;
  } catch (e) {
    if (e instanceof TraceExit) return e.status;
    throw e;
  } finally {
    unhook?.();
    for (const pb of t.probes) probeDone(pb);
    t.mod?.close();
  }
}

/** MAX_GATEWAYS_4: the addresses a 40-byte option room holds after the final hop. */
const MAX_GATEWAYS_4 = 8;

/**
 * init_ip_options(): -g's gateways, then the destination, as a loose
 * source route after a NOP (rtbuf); null without gateways, the message
 * of ex_error() otherwise.
 */
function initIpOptions(p: Proc, a: TracerouteArgs, dst: number): Uint8Array | null | string {
  const n = a.gateways.length;
  if (n === 0) return null;
  if (n > MAX_GATEWAYS_4) return `Too many gateways specified. No more than ${MAX_GATEWAYS_4}\n`;
  const rtbuf = new Uint8Array(4 + (n + 1) * 4);
  rtbuf.set([IPOPT_NOOP, IPOPT_LSRR, rtbuf.length - 1, 4]);
  const netdb = new Netdb(p);
  for (let i = 0; i <= n; i++) {
    let addr = dst;
    if (i < n) {
      const g = netdb.resolve(a.gateways[i]!);
      if ('error' in g) return `${a.gateways[i]}: ${g.error}\n`;
      addr = g.addr;
    }
    putU32(rtbuf, 4 + i * 4, addr);
  }
  return rtbuf;
}

/** The module's options (-O) and its init(): the method, or the exit status. */
function traceMethod(t: Trace): TrMethod | number {
  const a = t.a;
  const portSeq = a.portSet ? a.port : 0;
  const bad = (o: string): number => {
    t.p.stderr.write(`\`${o}' (argc 1): arguments are not allowed\n`);
    return 2;
  };
  if (a.module === 'icmp') {
    const o = a.modOptions.find((x) => x !== 'raw' && x !== 'dgram');
    if (o !== undefined) return bad(o);
    return new IcmpMethod(t, a.packetLen < 0 ? 60 : a.packetLen - (t.rtbuf?.length ?? 0), portSeq);
  }
  if (a.module === 'tcp') {
    const mo = { flags: 0, info: false, sysctl: false };
    for (const o of a.modOptions) {
      const e = tcpModOption(mo, o);
      if (e) {
        t.p.stderr.write(`${e}\n`);
        return 2;
      }
    }
    return new TcpMethod(t, portSeq, mo);
  }
  const s = openSockets(t.p, a, t.rtbuf);
  if (typeof s === 'string') {
    t.p.stderr.write(`\n${s}\n`);
    return 1;
  }
  return new UdpMethod(t, s.udp, s.icmp);
}

export const traceroute: CommandFn = (p) => tracerouteMain(p);
