/**
 * `traceroute` 2.1.x (Dmitry Butskoy's, as Debian ships it), IPv4, default
 * UDP method: datagrams to port 33434 + probe number with TTL 1, 2, ...,
 * up to `-N` (16) probes in flight at once, `-q` (3) per hop, each waiting
 * `-w MAX,HERE,NEAR` (5,3,10); an ICMP time exceeded names the hop, port
 * unreachable ends the trace, other unreachables print !H !N !P !X ...
 * each from a UDP socket of its own; -I sends ICMP echo requests and -T
 * TCP SYNs instead (traceroute_mod.ts, traceroute_tcp.ts). Times come from
 * the virtual clock.
 * @traceroute traceroute/traceroute.c do_it() get_timeout() check_expired()
 *             print_probe() parse_icmp_res(), traceroute/mod-udp.c
 */
import { EAI_ADDRFAMILY, Netdb } from './lib/netdb.js';
import { StdioFile } from './lib/stdio.js';
import { processTask, type CommandFn, type Proc } from '../lab/process.js';
import { Task, close, ppoll, socket, type Socket } from '../net/socket.js';
import { strerror, type Errno } from '../net/core/errno.js';
import { AF_INET, POLLIN, SOCK_DGRAM } from '../uapi/linux/socket.js';
import { IPPROTO_ICMP, IPPROTO_UDP, IPPROTO_UDPLITE } from '../uapi/linux/in.js';
import { IPOPT_LSRR, IPOPT_NOOP, IPV4_MIN_HLEN, ipToString, parseIp } from '../wire/ipv4.js';
import { UDP_HLEN } from '../wire/udp.js';
import { DEF_DATA_LEN, DEF_START_PORT, DEF_UDP_PORT, parseTracerouteArgs, type TracerouteArgs } from './traceroute_args.js';
import { TRACEROUTE_HELP } from './traceroute_usage.js';
import {
  IcmpMethod, TraceExit, newProbe, probeDone, recvReply, sendOrFail, ttl2hops, udpProbeSocket, type Probe, type TraceCtx,
  type TrMethod,
} from './traceroute_mod.js';
import { TcpMethod, newTcpModOpts, tcpModOptions } from './traceroute_tcp.js';
import { TcpconnMethod } from './traceroute_tcpconn.js';
import { DccpMethod, RawMethod, modUintOption, rawProtocol } from './traceroute_raw.js';
import { putU32 } from '../wire/bytes.js';

/** DEF_WAIT_PREC: "wait precision": added to a measured rtt before scaling it. */
const DEF_WAIT_PREC = 0.001;

/**
 * The default method (mod-udp.c): datagrams to port 33434 + probe number
 * (-U, the "udp" method: to port 53, always the same), each from a UDP
 * socket of its own (an ephemeral port, the TTL, connected to the probe's
 * port, IP_RECVERR) that stays open until its probe is answered or
 * expires: a hop's ICMP error comes on its error queue, a datagram back
 * from the target as data.
 */
class UdpMethod implements TrMethod {
  readonly headerLen = IPV4_MIN_HLEN + UDP_HLEN;
  dataLen: number;
  private readonly data: Uint8Array;
  private currPort: number;
  /** udp_default_init() moves the port on with each probe; udp_init() keeps it (curr_port 0). */
  private readonly nextPort: boolean;
  private readonly protocol: number;

  /** `coverage` (udplite -O coverage=NUM, MIN_COVERAGE 8 by default): 0 for UDP, whose sockets set none. */
  constructor(private readonly t: TraceCtx, portSeq: number, private readonly coverage = 0) {
    const a = t.a;
    // header_len: the IP header, -g's options, the UDP header.
    const headerLen = this.headerLen + (t.rtbuf?.length ?? 0);
    this.dataLen = a.packetLen < 0 ? DEF_DATA_LEN - UDP_HLEN : a.packetLen >= headerLen ? a.packetLen - headerLen : 0;
    // udp_init(): "for (i = 0; i < *data_len_p; i++) data[i] = 0x40 + (i & 0x3f);"
    this.data = Uint8Array.from({ length: this.dataLen }, (_, i) => 0x40 + (i & 0x3f));
    this.nextPort = a.module === 'default';
    // udplite_init(): UDP-Lite datagrams, the checksum covering `coverage` bytes.
    this.protocol = a.module === 'udplite' ? IPPROTO_UDPLITE : IPPROTO_UDP;
    this.currPort = portSeq || (this.nextPort ? DEF_START_PORT : DEF_UDP_PORT);
  }

  /** add_poll() of each probe's socket while it is out. */
  get sockets(): Socket[] {
    const out: Socket[] = [];
    for (const pb of this.t.probes) if (pb.sk && !pb.done) out.push(pb.sk);
    return out;
  }

  close(): void {
    for (const pb of this.t.probes) probeDone(pb);
  }

  /** udp_send_probe(): a socket for the probe, the data to the current port, which then moves on by one. */
  sendProbe(pb: Probe, ttl: number): void {
    // htons(curr_port) / htons((uint16_t)port_seq): the port is the low 16 bits of an unsigned int.
    const port = this.currPort & 0xffff;
    const s = udpProbeSocket(this.t, ttl, port, this.protocol, this.coverage);
    pb.sendTime = this.t.now;
    if (!sendOrFail(this.t, s, this.data.subarray(0, this.dataLen))) {
      close(s);
      pb.sendTime = 0;
      return;
    }
    pb.sk = s;
    pb.seq = port;
    // "if (curr_port) curr_port++;": past 2^32 - 1 it is 0 and stays there (every later probe to port 0).
    if (this.nextPort && this.currPort) this.currPort = (this.currPort + 1) >>> 0;
  }

  /** udp_expire_probe() -> probe_done(). */
  expireProbe(pb: Probe): void {
    probeDone(pb);
  }

  /** udp_recv_probe() of each probe's socket: udp_check_reply() wants the probe's own port; data back ends the trace. */
  recv(): void {
    for (const pb of this.t.probes) {
      const s = pb.sk;
      if (!s || pb.done) continue;
      recvReply(this.t, s, (err, _from, _buf, port) => {
        if (pb.done || pb.sk !== s || pb.seq !== port) return null;
        if (!err) pb.final = true;
        return pb;
      });
    }
  }
}

/** One traceroute run: the probes table, the method, the output. */
class Trace implements TraceCtx {
  /** /etc/hosts for the hop names (getnameinfo() falls back to the number). */
  private readonly netdb: Netdb;
  readonly probes: Probe[];
  readonly numProbes: number;
  mod: TrMethod | null = null;
  /** stdout through stdio: print_header() and print_probe() fflush() it, exit() writes out the rest. */
  readonly stdout: StdioFile;

  constructor(
    readonly p: Proc,
    readonly a: TracerouteArgs,
    readonly dst: number,
    readonly task: Task,
    readonly rtbuf: Uint8Array | null,
  ) {
    this.netdb = new Netdb(p);
    this.stdout = new StdioFile(p.stdout);
    this.numProbes = a.maxHops * a.probesPerHop;
    this.probes = Array.from({ length: this.numProbes }, newProbe);
  }

  /** get_time(): seconds; 0 means "not sent" in the probes table, so the clock starts at 1. */
  get now(): number {
    return 1 + this.p.net.sched.now / 1e9;
  }

  out(s: string): void {
    this.stdout.write(s);
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
    const m = this.mod!;
    const fds = m.sockets.map((sock) => ({ sock, events: m.pollEvents?.(sock) ?? POLLIN, revents: 0 }));
    // no probe out (all answered, the next one waits for -z): poll() sleeps all the same
    await ppoll(fds, Math.max(0, Math.ceil(timeout * 1e9)), this.task, this.p.net.sched);
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

  /** --back: the hops back, guessed from the answer's TTL, when they differ from the hops out. */
  private printBackward(pb: Probe, ttl: number): void {
    if (!this.a.backward || !pb.recvTtl) return;
    const hops = ttl2hops(pb.recvTtl);
    if (hops !== ttl) this.out(` '-${hops}'`);
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
        const p = this.probes[k]!;
        if (!np || p.res !== pb.res || p.ext !== pb.ext || (this.a.backward && p.recvTtl !== pb.recvTtl)) prn = true;
      }
      if (prn) {
        const ip = ipToString(pb.res);
        this.out(this.a.noresolve ? ` ${ip}` : ` ${this.netdb.hostByAddr(pb.res) ?? ip} (${ip})`);
        if (this.a.asLookups) this.out(` [${this.asPath()}]`);
        if (pb.ext) this.out(` <${pb.ext}>`);
        this.printBackward(pb, Math.floor(idx / q) + 1);
      }
    }
    if (pb.recvTime) this.out(`  ${((pb.recvTime - pb.sendTime) * 1000).toFixed(3)} ms`);
    if (pb.errStr) this.out(` ${pb.errStr}`);
    this.stdout.flush();
  }

  /**
   * get_as_path(): the whois server (RA_SERVER, whois.radb.net) and
   * service (RA_SERVICE, nicname) through getaddrinfo(), whose failure
   * ends traceroute (exit 2). The whois query itself is not implemented.
   */
  private asPath(): never {
    const server = this.p.env.get('RA_SERVER') ?? 'whois.radb.net';
    const service = this.p.env.get('RA_SERVICE') ?? 'nicname';
    const port = /^\d+$/.test(service) ? Number(service) : this.netdb.servByName(service, 'tcp');
    const r = port === null ? { error: 'Servname not supported for ai_socktype' } : this.netdb.resolve(server);
    this.p.stderr.write('error' in r ? `${server}/${service}: ${r.error}\n` : 'traceroute: -A: AS path lookups (whois queries) are not implemented\n');
    throw new TraceExit(2);
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
  t.stdout.flush();
  const w = { start: (t.a.firstHop - 1) * t.a.probesPerHop, end: t.numProbes, lastSend: 0 };
  while (w.start < w.end) {
    const nextTime = doItPass(t, w);
    if (nextTime) await t.poll(nextTime - t.now);
  }
  t.out('\n');
}

async function tracerouteMain(p: Proc): Promise<number> {
  if (p.argv.length === 1) {
    p.stdout.write(TRACEROUTE_HELP);
    return 0;
  }
  const netdb = new Netdb(p);
  // getservbyname(name, NULL): the first entry of any protocol (tcp ones come first in /etc/services).
  const service = (name: string): number | null => netdb.servByName(name, 'tcp') ?? netdb.servByName(name, 'udp');
  const a = parseTracerouteArgs(p.argv.slice(1), (name) => netdb.resolve(name), service);
  if ('message' in a) {
    p.stderr.write(`${a.message}\n`);
    return a.status;
  }
  let r = netdb.resolve(a.host, false, a.ipv4);
  // getaddrinfo() with AF_INET6 (-6): the names here have IPv4 addresses only.
  if (a.ipv6 && !('error' in r)) r = { error: EAI_ADDRFAMILY };
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
  const t = new Trace(p, a, r.addr, processTask(p), rtbuf);
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
    for (const pb of t.probes) probeDone(pb);
    t.mod?.close();
    t.stdout.flush();
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
    // icmp_init(): "-O dgram" wants an ICMP datagram ("ping") socket or nothing ("if (icmp_sk < 0 && dgram) error
    // ("socket")"): root is outside net.ipv4.ping_group_range by default (EACCES), and tuxnet has no such socket.
    if (a.modOptions.includes('dgram')) {
      const s = socket(t.p.net, AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
      if (typeof s !== 'string') close(s);
      t.error('socket', typeof s === 'string' ? s : 'EPROTONOSUPPORT');
    }
    return new IcmpMethod(t, a.packetLen < 0 ? 60 : a.packetLen - (t.rtbuf?.length ?? 0), portSeq);
  }
  if (a.module === 'raw') {
    const protocol = rawProtocol(a.modOptions);
    if (typeof protocol === 'string') {
      t.p.stderr.write(`${protocol}\n`);
      return 2;
    }
    return new RawMethod(t, protocol, portSeq);
  }
  if (a.module === 'dccp') return new DccpMethod(t);
  if (a.module === 'tcpconn') return new TcpconnMethod(t, portSeq);
  if (a.module === 'tcp') {
    const mo = newTcpModOpts();
    const e = tcpModOptions(mo, a.modOptions);
    if (e) {
      t.p.stderr.write(`${e}\n`);
      return 2;
    }
    return new TcpMethod(t, portSeq, mo);
  }
  if (a.srcAddr !== null && parseIp(a.srcAddr) === null) {
    t.p.stderr.write(`\nCannot handle "-s" option \`${a.srcAddr}'\n`);
    return 1;
  }
  // udp_ops and udp_default_ops have no options table, so -O goes unread; udplite_options[] is "coverage=NUM".
  if (a.module !== 'udplite') return new UdpMethod(t, portSeq);
  const coverage = modUintOption(a.modOptions, 'coverage', 'NUM', 0);
  if (typeof coverage === 'string') {
    t.p.stderr.write(`${coverage}\n`);
    return 2;
  }
  return new UdpMethod(t, portSeq, coverage || UDPLITE_MIN_COVERAGE);
}

/** MIN_COVERAGE: sizeof (struct udphdr). */
const UDPLITE_MIN_COVERAGE = 8;

export const traceroute: CommandFn = (p) => tracerouteMain(p);
