/**
 * `tracepath` (iputils 20221126), IPv4: one UDP socket with
 * IP_MTU_DISCOVER=IP_PMTUDISC_DO, IP_RECVERR and IP_RECVTTL sends probes
 * of the current path MTU (less 28 bytes of headers) with TTL 1, 2, ... to
 * port 44444 + slot; every answer is read from the error queue: a local
 * EMSGSIZE ("[LOCALHOST] pmtu N"), a router's fragmentation needed ("pmtu
 * N"), time exceeded (the hop, "asymm N" when the way back differs), port
 * unreachable ("reached"). A smaller pmtu probes the same TTL again. The
 * probe's payload carries its TTL and send time, which the ICMP quote
 * returns. Times come from the virtual clock.
 * @iputils tracepath.c main() probe_ttl() recverr() print_host()
 */
import { EAI_ADDRFAMILY, EAI_AGAIN, NO_IPV6 } from './lib/netdb.js';
import { inet6Pton } from '../wire/ipv6.js';
import { processTask, type CommandFn, type Proc } from '../lab/process.js';
import { StdioFile } from './lib/stdio.js';
import {
  Task, close, cmsgRecverr, ppoll, recvmsgDontwait, sendto, setsockopt, socket, type Cmsg, type Socket,
} from '../net/socket.js';
import { strerror, type Errno } from '../net/core/errno.js';
import { AF_INET, MSG_ERRQUEUE, POLLIN, SOCK_DGRAM, SOL_IP } from '../uapi/linux/socket.js';
import { IPPROTO_UDP, IP_MTU_DISCOVER, IP_PMTUDISC_DO, IP_RECVERR, IP_RECVTTL, IP_TTL } from '../uapi/linux/in.js';
import { ICMP_EXC_TTL, ICMP_TIME_EXCEEDED } from '../uapi/linux/icmp.js';
import { SO_EE_ORIGIN_ICMP, SO_EE_ORIGIN_ICMP6, SO_EE_ORIGIN_LOCAL } from '../uapi/linux/errqueue.js';
import { ipToString } from '../wire/ipv4.js';
import { getopt } from '../lab/coreutils/getopt.js';
import { strtolOrErr } from './ping_args.js';
import { inetAton, lookupHosts, reverseHosts } from './ping.js';

const MAX_PROBES = 10;
const MAX_HOPS_DEFAULT = 30;
const MAX_HOPS_LIMIT = 255;
const HOST_COLUMN_SIZE = 52;
const HIS_ARRAY_SIZE = 64;
const DEFAULT_OVERHEAD_IPV4 = 28;
const DEFAULT_MTU_IPV4 = 65535;
const DEFAULT_BASEPORT = 44444;
/** sizeof(struct probehdr): a u32 ttl, then a struct timespec at offset 8. */
const PROBEHDR_LEN = 24;
/**
 * CLOCK_MONOTONIC counts from boot, and tracepath takes a zero tv_sec in a
 * quoted probe for a broken router: the lab's clock reads as if it booted
 * this long before its time 0.
 */
const MONOTONIC_BOOT_SEC = 100;

const USAGE = `
Usage
  tracepath [options] <destination>

Options:
  -4             use IPv4
  -6             use IPv6
  -b             print both name and ip
  -l <length>    use packet <length>
  -m <hops>      use maximum <hops>
  -n             no dns name resolution
  -p <port>      use destination <port>
  -V             print version and exit
  <destination>  dns name or ip address

For more details see tracepath(8).
`;
const VERSION = 'tracepath from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n';

class TracepathExit {
  constructor(readonly status: number) {}
}

/** struct hhistory: the TTL and send time of the probe sent to base_port + slot. */
interface Hhistory {
  hops: number;
  sendtime: number;
}

/** struct run_state */
class Tracepath {
  readonly his: Hhistory[] = Array.from({ length: HIS_ARRAY_SIZE }, () => ({ hops: 0, sendtime: 0 }));
  hisptr = 0;
  target = 0;
  basePort = 0;
  ttl = 0;
  maxHops = MAX_HOPS_DEFAULT;
  overhead = 0;
  mtu = 0;
  pktbuf = new Uint8Array(0);
  hopsTo = -1;
  hopsFrom = -1;
  noResolve = false;
  showBoth = false;
  family = 0;
  sock: Socket | null = null;
  /** A kill ends its sleeps and unwinds it (processTask). */
  readonly task: Task;

  /** printf()'s stdout: fully buffered into a pipe or a file, written out at exit (lost to a kill). */
  readonly stdout: StdioFile;

  constructor(readonly p: Proc) {
    this.task = processTask(p);
    this.stdout = new StdioFile(p.stdout);
  }

  /** printf() to stdout. */
  out(s: string): void {
    this.stdout.write(s);
  }

  /** error(3): glibc flushes stdout before "tracepath: MSG" (misc/error.c __error_internal()). */
  fail(status: number, msg: string): never {
    this.stdout.flush();
    this.p.stderr.write(`tracepath: ${msg}\n`);
    throw new TracepathExit(status);
  }

  /** CLOCK_MONOTONIC in ns. */
  get now(): number {
    return MONOTONIC_BOOT_SEC * 1e9 + this.p.net.sched.now;
  }

  /** print_host(): the name column, padded to 52. */
  printHost(a: string, b: string): void {
    let s = a;
    if (this.showBoth) s += ` (${b})`;
    const plen = Math.min(s.length, HOST_COLUMN_SIZE - 1);
    this.out(s + ' '.repeat(HOST_COLUMN_SIZE - plen));
  }

  /** getnameinfo() of a hop: numeric, or the name (/etc/hosts; no resolver answers: "???"). */
  private printOffender(addr: number): void {
    const num = this.noResolve || this.showBoth ? ipToString(addr) : '';
    const name = !this.noResolve || this.showBoth ? reverseHosts(this.p, addr) ?? '???' : '';
    if (this.noResolve) this.printHost(num, name);
    else this.printHost(name, num);
  }

  /**
   * recverr(): every error queued, each printed as a line; returns the
   * pmtu once something was read, -1 when nothing was, 0 when the trace
   * is over (reached, or an unreachable).
   */
  recverr(): number {
    let progress = -1;
    for (;;) {
      const ts = this.now;
      const m = recvmsgDontwait(this.sock!, PROBEHDR_LEN, MSG_ERRQUEUE);
      if (typeof m === 'string') {
        if (m === 'EAGAIN') return progress;
        // goto restart (EINTR)
        continue;
      }
      progress = this.mtu;
      const r = this.recverrOne(m.data, m.name?.port ?? 0, m.control, ts);
      if (r !== null) return r;
    }
  }

  /** One error of recverr(): null to read on, else what recverr() returns. */
  private recverrOne(data: Uint8Array, port: number, control: readonly Cmsg[], ts: number): number | null {
    let sndhops = -1;
    let retts: number | null = null;
    let broken = false;
    const slot = port - this.basePort;
    if (slot >= 0 && slot < HIS_ARRAY_SIZE - 1 && this.his[slot]!.hops) {
      sndhops = this.his[slot]!.hops;
      retts = this.his[slot]!.sendtime;
      this.his[slot]!.hops = 0;
    }
    if (data.length === PROBEHDR_LEN) {
      const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
      const ttl = dv.getUint32(0, true);
      const sec = Number(dv.getBigInt64(8, true));
      if (ttl === 0 || sec === 0) broken = true;
      else {
        sndhops = ttl;
        retts = sec * 1e9 + Number(dv.getBigInt64(16, true));
      }
    }
    const e = cmsgRecverr(control);
    let rethops = -1;
    for (const c of control) if (c.level === SOL_IP && c.type === IP_TTL) rethops = c.data as number;
    if (!e) {
      this.out('no info\n');
      return 0;
    }
    if (e.origin === SO_EE_ORIGIN_LOCAL) this.out(`${pad2(this.ttl)}?: ${'[LOCALHOST]'.padEnd(32)} `);
    else if (e.origin === SO_EE_ORIGIN_ICMP || e.origin === SO_EE_ORIGIN_ICMP6) {
      this.out(sndhops > 0 ? `${pad2(sndhops)}:  ` : `${pad2(this.ttl)}?: `);
      this.printOffender(e.offender);
    }
    if (retts !== null) {
      const d = ts - retts;
      this.out(`${String(Math.floor(d / 1e6)).padStart(3)}.${String(Math.floor((d % 1e6) / 1e3)).padStart(3, '0')}ms `);
      if (broken) this.out('(This broken router returned corrupted payload) ');
    }
    rethops = rethops <= 64 ? 65 - rethops : rethops <= 128 ? 129 - rethops : 256 - rethops;
    return this.recverrVerdict(e.errno, e.origin, e.type, e.code, e.info, sndhops, rethops);
  }

  /** recverr()'s switch on ee_errno. */
  private recverrVerdict(errno: Errno, origin: number, type: number, code: number, info: number, sndhops: number, rethops: number): number | null {
    switch (errno) {
      case 'ETIMEDOUT':
        this.out('\n');
        return null;
      case 'EMSGSIZE':
        this.out(`pmtu ${info}\n`);
        this.mtu = info;
        return null;
      case 'ECONNREFUSED':
        this.out('reached\n');
        this.hopsTo = sndhops < 0 ? this.ttl : sndhops;
        this.hopsFrom = rethops;
        return 0;
      case 'EPROTO':
        this.out('!P\n');
        return 0;
      case 'EHOSTUNREACH':
        if (origin === SO_EE_ORIGIN_ICMP && type === ICMP_TIME_EXCEEDED && code === ICMP_EXC_TTL) {
          if (rethops >= 0) {
            if (sndhops >= 0 && rethops !== sndhops) this.out(`asymm ${pad2(rethops)} `);
            if (sndhops < 0 && rethops !== this.ttl) this.out(`asymm ${pad2(rethops)} `);
          }
          this.out('\n');
          return null;
        }
        this.out('!H\n');
        return 0;
      case 'ENETUNREACH':
        this.out('!N\n');
        return 0;
      case 'EACCES':
        this.out('!A\n');
        return 0;
      default:
        this.out('\n');
        // error(0, e->ee_errno, "NET ERROR"): stdout flushed first (misc/error.c)
        this.stdout.flush();
        this.p.stderr.write(`tracepath: NET ERROR: ${strerror[errno]}\n`);
        return 0;
    }
  }

  /** One probe of probe_ttl(): send it; false when sendto() failed. */
  private sendProbe(): boolean {
    const b = this.pktbuf;
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const ts = this.now;
    if (b.length >= PROBEHDR_LEN) {
      dv.setUint32(0, this.ttl, true);
      dv.setBigInt64(8, BigInt(Math.floor(ts / 1e9)), true);
      dv.setBigInt64(16, BigInt(ts % 1e9), true);
    }
    this.his[this.hisptr] = { hops: this.ttl, sendtime: ts };
    const len = this.mtu - this.overhead;
    // A pmtu below the headers (an ICMP "frag needed" that carries no MTU, as ip_no_pmtu_disc 1 passes it on: pmtu 0)
    // makes the size_t length wrap: udp_sendmsg()'s "if (len > 0xFFFF) return -EMSGSIZE", nothing sent or queued.
    if (len < 0) return false;
    const r = sendto(this.sock!, b.subarray(0, len), 0, { family: AF_INET, addr: this.target, port: (this.basePort + this.hisptr) & 0xffff });
    return typeof r === 'number' && r > 0;
  }

  /**
   * probe_ttl(): send (a local error is read and the send retried, up to
   * MAX_PROBES), wait up to a second, then read what came back.
   */
  async probeTtl(): Promise<number> {
    this.pktbuf.fill(0, 0, this.mtu);
    let i = 0;
    while (i < MAX_PROBES) {
      if (this.sendProbe()) break;
      const res = this.recverr();
      this.his[this.hisptr]!.hops = 0;
      if (res === 0) return 0;
      i = res > 0 ? 0 : i + 1;
    }
    this.hisptr = (this.hisptr + 1) & (HIS_ARRAY_SIZE - 1);
    if (i < MAX_PROBES) {
      // data_wait(): select() for a second; a pending error makes the socket readable.
      await ppoll([{ sock: this.sock!, events: POLLIN, revents: 0 }], 1e9, this.task);
      const m = recvmsgDontwait(this.sock!, this.mtu);
      if (typeof m !== 'string' && m.data.length > 0) {
        this.out(`${pad2(this.ttl)}?: reply received 8)\n`);
        return 0;
      }
      return this.recverr();
    }
    this.out(`${pad2(this.ttl)}:  send failed\n`);
    return 0;
  }
}

/** "%2d" */
function pad2(n: number): string {
  return String(n).padStart(2);
}

/** main()'s getopt loop over "46nbh?l:m:p:V". */
function parseArgs(t: Tracepath): string {
  const r = getopt(t.p.argv.slice(1), { short: '46nbh?l:m:p:V' });
  const usage: () => never = () => {
    t.p.stderr.write(USAGE);
    throw new TracepathExit(255);
  };
  if (!r.ok) {
    t.p.stderr.write(`tracepath: ${r.message}\n`);
    usage();
  }
  const err = (status: number, msg: string): never => t.fail(status, msg);
  const name = t.p.argv[0] ?? '';
  if (name.endsWith('4')) t.family = 4;
  else if (name.endsWith('6')) t.family = 6;
  for (const { key, arg = '' } of r.opts) {
    switch (key) {
      case '4':
      case '6':
        if (t.family && t.family !== Number(key)) t.fail(2, 'Only one -4 or -6 option may be specified');
        t.family = Number(key);
        break;
      case 'n': t.noResolve = true; break;
      case 'b': t.showBoth = true; break;
      case 'l': t.mtu = strtolOrErr(err, arg, 'invalid argument', BigInt(t.overhead), 2147483647n); break;
      case 'm': t.maxHops = strtolOrErr(err, arg, 'invalid argument', 0n, BigInt(MAX_HOPS_LIMIT)); break;
      case 'p': t.basePort = strtolOrErr(err, arg, 'invalid argument', 0n, 65535n); break;
      case 'V':
        t.out(VERSION);
        throw new TracepathExit(0);
      default: usage();
    }
  }
  if (r.operands.length !== 1) usage();
  let host = r.operands[0]!;
  // "Backward compatibility": HOST/PORT.
  if (!t.basePort) {
    const slash = host.indexOf('/');
    if (slash >= 0) {
      t.basePort = strtolOrErr(err, host.slice(slash + 1), 'invalid argument', 0n, 65535n);
      host = host.slice(0, slash);
    } else t.basePort = DEFAULT_BASEPORT;
  }
  return host;
}

/** getaddrinfo() and the socket of main(), with its options. */
function openSocket(t: Tracepath, host: string): void {
  // -6 of an IPv4 name, or -4 of an IPv6 address: EAI_ADDRFAMILY; an IPv6 address Linux would trace, the lab cannot
  const v6 = inet6Pton(host) !== null;
  if (t.family === 6 || v6) t.fail(1, `${host}: ${v6 && t.family !== 4 ? NO_IPV6 : EAI_ADDRFAMILY}`);
  const num = inetAton(host);
  const hit = num === null ? lookupHosts(t.p, host) : null;
  if (num === null && !hit) t.fail(1, `${host}: ${EAI_AGAIN}`);
  t.target = num ?? hit![0];
  const s = socket(t.p.net, AF_INET, SOCK_DGRAM, IPPROTO_UDP);
  if (typeof s === 'string') t.fail(1, `socket/connect: ${strerror[s]}`);
  t.p.files?.install(s);
  t.sock = s;
  t.overhead = DEFAULT_OVERHEAD_IPV4;
  if (!t.mtu) t.mtu = DEFAULT_MTU_IPV4;
  if (t.mtu <= t.overhead) t.fail(1, `pktlen must be within: ${t.overhead} < value <= 2147483647`);
  const opts: Array<[number, string]> = [[IP_MTU_DISCOVER, 'IP_MTU_DISCOVER'], [IP_RECVERR, 'IP_RECVERR'], [IP_RECVTTL, 'IP_RECVTTL']];
  for (const [opt, label] of opts) {
    const e = setsockopt(s, SOL_IP, opt, opt === IP_MTU_DISCOVER ? IP_PMTUDISC_DO : 1);
    if (e) t.fail(1, `${label}: ${strerror[e]}`);
  }
  t.pktbuf = new Uint8Array(t.mtu);
}

/** main()'s loop over the TTLs and the resume line. */
async function run(t: Tracepath): Promise<void> {
  let done = false;
  for (t.ttl = 1; t.ttl <= t.maxHops && !done; t.ttl++) {
    const e = setsockopt(t.sock!, SOL_IP, IP_TTL, t.ttl);
    if (e) t.fail(1, `IP_TTL: ${strerror[e]}`);
    let res = -1;
    for (let i = 0; i < 3; i++) {
      const oldMtu = t.mtu;
      res = await t.probeTtl();
      if (t.mtu !== oldMtu) {
        i = -1;
        continue;
      }
      if (res === 0) {
        done = true;
        break;
      }
      if (res > 0) break;
    }
    if (!done && res < 0) t.out(`${pad2(t.ttl)}:  no reply\n`);
  }
  if (!done) t.out(`     Too many hops: pmtu ${t.mtu}\n`);
  let s = `     Resume: pmtu ${t.mtu} `;
  if (t.hopsTo >= 0) s += `hops ${t.hopsTo} `;
  if (t.hopsFrom >= 0) s += `back ${t.hopsFrom} `;
  t.out(`${s}\n`);
}

async function tracepathMain(p: Proc): Promise<number> {
  const t: Tracepath = new Tracepath(p);
  try {
    const host = parseArgs(t);
    openSocket(t, host);
    await run(t);
    return 0;
  } catch (e) {
    if (e instanceof TracepathExit) return e.status;
    throw e;
  } finally {
    if (t.sock) close(t.sock);
    // exit(): stdio flushed (a killed process writes nothing: its write unwinds it again)
    t.stdout.flush();
  }
}

export const tracepath: CommandFn = (p) => tracepathMain(p);
