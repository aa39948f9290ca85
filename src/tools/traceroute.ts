/**
 * `traceroute` 2.1.x (Dmitry Butskoy's, as Debian ships it), IPv4, default
 * UDP method: datagrams to port 33434 + probe number with TTL 1, 2, ...,
 * up to `-N` (16) probes in flight at once, `-q` (3) per hop, each waiting
 * `-w MAX,HERE,NEAR` (5,3,10); an ICMP time exceeded names the hop, port
 * unreachable ends the trace, other unreachables print !H !N !P !X ...
 * The real tool reads the errors from IP_RECVERR UDP sockets; tuxnet's UDP
 * sockets cannot send yet, so a UDP socket per probe only connect()s (its
 * route and source), the probes go out through a raw IPPROTO_UDP socket
 * (the UDP header built here) and the answers come from a raw ICMP socket,
 * matched by the quoted UDP ports. Times come from the virtual clock.
 * @traceroute traceroute/traceroute.c do_it() get_timeout() check_expired()
 *             print_probe() parse_icmp_res(), traceroute/mod-udp.c
 */
import { Netdb } from './lib/netdb.js';
import type { CommandFn, Proc } from '../lab/process.js';
import {
  Task, bind, close, cmsgTimestampns, connect, getsockname, getsockopt, ppoll, recvmsgDontwait, sendmsg, setsockopt, socket,
  type Socket,
} from '../net/socket.js';
import { strerror, type Errno } from '../net/core/errno.js';
import {
  AF_INET, POLLIN, SOCK_DGRAM, SOCK_RAW, SOL_IP, SOL_RAW, SOL_SOCKET, SO_BINDTODEVICE, SO_BINDTOIFINDEX, SO_RCVBUF,
  SO_TIMESTAMPNS,
} from '../uapi/linux/socket.js';
import {
  IPPROTO_ICMP, IPPROTO_UDP, IP_MTU_DISCOVER, IP_PKTINFO, IP_PMTUDISC_DO, IP_PMTUDISC_DONT, IP_TOS, IP_TTL,
} from '../uapi/linux/in.js';
import { REALTIME_EPOCH_SEC } from '../sim/clock.js';
import { ICMP_DEST_UNREACH, ICMP_FILTER, ICMP_PARAMETERPROB, ICMP_TIME_EXCEEDED } from '../uapi/linux/icmp.js';
import { IPV4_MIN_HLEN, Iph, iphHdrLen, ipToString, parseIp } from '../wire/ipv4.js';
import { ICMP_HLEN, Icmph } from '../wire/icmp.js';
import { UDP_HLEN, UdpPacket, UdpRepr, Udph } from '../wire/udp.js';
import { DEF_DATA_LEN, parseTracerouteArgs, type TracerouteArgs } from './traceroute_args.js';
import { parseIcmpRes } from './traceroute_icmp.js';
import { getU16, getU32 } from '../wire/bytes.js';

/** DEF_WAIT_PREC: "wait precision": added to a measured rtt before scaling it. */
const DEF_WAIT_PREC = 0.001;
/** net.ipv4.ip_local_port_range: where the kernel picks a UDP socket's port. */
const EPHEMERAL_LOW = 32768;
const EPHEMERAL_HIGH = 60999;
/** Only the errors IP_RECVERR would queue reach the probe matcher. */
const ICMP_WANTED = (1 << ICMP_DEST_UNREACH) | (1 << ICMP_TIME_EXCEEDED) | (1 << ICMP_PARAMETERPROB);

/** struct probe */
interface Probe {
  done: boolean;
  final: boolean;
  /** Seconds of virtual time; 0: not sent. */
  sendTime: number;
  recvTime: number;
  recvTtl: number;
  /** The replying address, 0 for none (`*`). */
  res: number;
  errStr: string;
  /** The destination port it went to (pb->seq), 0 once done. */
  seq: number;
}

const newProbe = (): Probe => ({ done: false, final: false, sendTime: 0, recvTime: 0, recvTtl: 0, res: 0, errStr: '', seq: 0 });

/** error(): "\n" then perror(), exit 1. */
class TraceExit {
  constructor(readonly status: number) {}
}

/**
 * What the answer cost in a real stack, seconds: tuxnet's is instantaneous.
 * Tens of microseconds plus a little per hop back, fixed per (port, ttl) so
 * runs repeat; it also keeps get_timeout()'s HERE/NEAR factors meaningful.
 */
function stackLatency(port: number, ttl: number): number {
  let h = Math.imul((port << 8) ^ ttl, 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
  return (20 + (((h ^ (h >>> 13)) >>> 0) % 48) + Math.min(ttl2hops(ttl) - 1, 30) * 9) / 1e6;
}

/** One traceroute run: the probes table, the sockets, the output. */
class Trace {
  readonly probes: Probe[];
  readonly numProbes: number;
  readonly dataLen: number;
  private readonly data: Uint8Array;
  private readonly sport: number;
  private currPort: number;
  private srcAddr = 0;
  /** /etc/hosts for the hop names (getnameinfo() falls back to the number). */
  private readonly netdb: Netdb;

  constructor(
    readonly p: Proc,
    readonly a: TracerouteArgs,
    readonly dst: number,
    readonly udp: Socket,
    readonly icmp: Socket,
    readonly task: Task,
  ) {
    this.netdb = new Netdb(p);
    this.numProbes = a.maxHops * a.probesPerHop;
    this.probes = Array.from({ length: this.numProbes }, newProbe);
    const headerLen = IPV4_MIN_HLEN + UDP_HLEN;
    this.dataLen = a.packetLen < 0 ? DEF_DATA_LEN - UDP_HLEN : a.packetLen >= headerLen ? a.packetLen - headerLen : 0;
    // udp_init(): "for (i = 0; i < *data_len_p; i++) data[i] = 0x40 + (i & 0x3f);"
    this.data = Uint8Array.from({ length: this.dataLen }, (_, i) => 0x40 + (i & 0x3f));
    this.sport = EPHEMERAL_LOW + (p.net.world.rng.u32() % (EPHEMERAL_HIGH - EPHEMERAL_LOW + 1));
    this.currPort = a.port;
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

  /**
   * udp_send_probe(): a connected socket per probe (its route and source),
   * TTL, the datagram to the current port, which then moves on by one.
   */
  sendProbe(pb: Probe, ttl: number): void {
    const saddr = this.connectProbe();
    this.srcAddr = saddr;
    const dgram = new Uint8Array(UDP_HLEN + this.dataLen);
    UdpRepr.emit({ source: this.sport, dest: this.currPort, data: this.data }, UdpPacket.newUnchecked(dgram), saddr, this.dst);
    pb.sendTime = this.now;
    const sent = sendmsg(this.udp, {
      name: { family: AF_INET, addr: this.dst, port: 0 }, data: dgram,
      control: [
        { level: SOL_IP, type: IP_TTL, data: ttl },
        { level: SOL_IP, type: IP_TOS, data: this.a.tos },
        { level: SOL_IP, type: IP_PKTINFO, data: { ifindex: this.boundIfindex(), specDst: saddr, addr: 0 } },
      ],
    });
    // do_send(): ENOBUFS/EAGAIN may retry later; EMSGSIZE "recverr will say more".
    if (typeof sent === 'string' && sent !== 'EMSGSIZE') {
      if (sent === 'ENOBUFS' || sent === 'EAGAIN') {
        pb.sendTime = 0;
        return;
      }
      this.error('send', sent);
    }
    pb.seq = this.currPort;
    this.currPort = (this.currPort + 1) & 0xffff;
  }

  /**
   * The per-probe UDP socket of udp_send_probe(): bound like the probe
   * socket (-i, -s), TOS, connect()ed to the current port; its name is the
   * source the route chose.
   */
  private connectProbe(): number {
    const s = socket(this.p.net, AF_INET, SOCK_DGRAM, 0);
    if (typeof s === 'string') this.error('socket', s);
    try {
      if (this.a.device !== null) setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, this.a.device);
      if (this.a.srcAddr !== null) bind(s, { family: AF_INET, addr: parseIp(this.a.srcAddr) ?? 0, port: 0 });
      if (this.a.tos) setsockopt(s, SOL_IP, IP_TOS, this.a.tos);
      const r = connect(s, { family: AF_INET, addr: this.dst, port: this.currPort });
      if (r !== 0) this.error('connect', r);
      const name = getsockname(s);
      if (typeof name === 'string') this.error('getsockname', name);
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
    pb.seq = 0;
    pb.done = true;
  }

  /**
   * recv_reply() for one ICMP packet off the raw socket: the quoted
   * datagram must be one of ours (our source, the target, our source
   * port); its destination port names the probe.
   */
  recvIcmp(data: Uint8Array, tstamp: number): void {
    const icmpAt = iphHdrLen(data, 0);
    const inner = icmpAt + ICMP_HLEN;
    if (data.length < inner + IPV4_MIN_HLEN + 4) return;
    const type = data[icmpAt + Icmph.Type]!;
    const code = data[icmpAt + Icmph.Code]!;
    if (type >= 32 || !((1 << type) & ICMP_WANTED)) return;
    if (data[inner + Iph.Protocol] !== IPPROTO_UDP || getU32(data, inner + Iph.Daddr) !== this.dst) return;
    if (this.srcAddr && getU32(data, inner + Iph.Saddr) !== this.srcAddr) return;
    const uh = inner + iphHdrLen(data, inner);
    if (data.length < uh + 4 || getU16(data, uh + Udph.Source) !== this.sport) return;
    const dport = getU16(data, uh + Udph.Dest);
    const pb = this.probes.find((q) => q.seq === dport && !q.done && q.sendTime);
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

  /** do_poll(): wait up to `timeout` seconds, then take every reply queued. */
  async poll(timeout: number): Promise<void> {
    // Round up to whole ns (poll's ms are too coarse here): a wait that ends before next_time would find nothing expired and spin.
    await pollNs(this.icmp, Math.max(0, Math.ceil(timeout * 1e9)), this.task);
    if (this.p.killed) throw new TraceExit(1);
    for (;;) {
      const m = recvmsgDontwait(this.icmp, 0x10000);
      if (typeof m === 'string') return;
      // SO_TIMESTAMPNS: the arrival on the virtual clock.
      const ts = cmsgTimestampns(m.control);
      const tstamp = ts ? (ts.tvSec - REALTIME_EPOCH_SEC) * 1e9 + ts.tvNsec : this.p.net.sched.now;
      this.recvIcmp(m.data, tstamp);
    }
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
        if (!np || this.probes[k]!.res !== pb.res) prn = true;
      }
      const ip = ipToString(pb.res);
      if (prn) this.out(this.a.noresolve ? ` ${ip}` : ` ${this.netdb.hostByAddr(pb.res) ?? ip} (${ip})`);
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

/** ttl2hops(): the answer's initial TTL was 64, 128 or 255 (the tracepath idea). */
function ttl2hops(ttl: number): number {
  const base = ttl <= 64 ? 64 : ttl <= 128 ? 128 : 255;
  return base - ttl + 1;
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
  const headerLen = IPV4_MIN_HLEN + UDP_HLEN;
  // print_header(): "Note, without ending new-line!"
  t.out(`traceroute to ${host} (${ipToString(t.dst)}), ${t.a.maxHops} hops max, ${headerLen + t.dataLen} byte packets`);
  const w = { start: (t.a.firstHop - 1) * t.a.probesPerHop, end: t.numProbes, lastSend: 0 };
  while (w.start < w.end) {
    const nextTime = doItPass(t, w);
    if (nextTime) await t.poll(nextTime - t.now);
  }
  t.out('\n');
}

/** ppoll() of one socket for POLLIN, the timeout in ns. */
async function pollNs(sock: Socket, ns: number, task: Task): Promise<void> {
  await ppoll([{ sock, events: POLLIN, revents: 0 }], ns, task);
}

/** The sockets of the run: SO_BINDTODEVICE (-i), bind (-s). */
function openSockets(p: Proc, a: TracerouteArgs): { udp: Socket; icmp: Socket } | string {
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
  if (a.device !== null) {
    const e = setsockopt(udp, SOL_SOCKET, SO_BINDTODEVICE, a.device);
    if (e) return fail(`setsockopt SO_BINDTODEVICE: ${strerror[e]}`);
    setsockopt(icmp, SOL_SOCKET, SO_BINDTODEVICE, a.device);
  }
  if (a.srcAddr !== null) {
    const s = parseIp(a.srcAddr);
    if (s === null) return fail(`Cannot handle "-s" option \`${a.srcAddr}'`);
    const e = bind(udp, { family: AF_INET, addr: s, port: 0 });
    if (e) return fail(`bind: ${strerror[e]}`);
  }
  setsockopt(udp, SOL_IP, IP_MTU_DISCOVER, a.dontfrag ? IP_PMTUDISC_DO : IP_PMTUDISC_DONT);
  return { udp, icmp };
}

async function tracerouteMain(p: Proc): Promise<number> {
  const a = parseTracerouteArgs(p.argv.slice(1));
  if ('message' in a) {
    p.stderr.write(`${a.message}\n`);
    return a.status;
  }
  const r = new Netdb(p).resolve(a.host);
  if ('error' in r) {
    p.stderr.write(`${a.host}: ${r.error}\n` +
      `Cannot handle "host" cmdline arg \`${a.host}' on position 1 (argc ${p.argv.length - 1})\n`);
    return 2;
  }
  const s = openSockets(p, a);
  if (typeof s === 'string') {
    p.stderr.write(`\n${s}\n`);
    return 1;
  }
  const task = new Task();
  const t = new Trace(p, a, r.addr, s.udp, s.icmp, task);
  const unhook = p.onKill?.(() => task.signalWakeUp());
  try {
    await doIt(t, a.host);
    return 0;
  } catch (e) {
    if (e instanceof TraceExit) return e.status;
    throw e;
  } finally {
    unhook?.();
    close(s.udp);
    close(s.icmp);
  }
}

export const traceroute: CommandFn = (p) => tracerouteMain(p);
