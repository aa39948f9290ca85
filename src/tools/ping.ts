/**
 * `ping` of iputils 20221126, IPv4: as root the ICMP datagram socket is
 * refused by ping_group_range ("1 0"), so ping falls back to a raw ICMP
 * socket, finds its source with a UDP connect(), sends echo requests and
 * reports replies, ICMP errors (through IP_RECVERR) and statistics, with the
 * real tool's messages and exit statuses (0 replies came, 1 none or too few
 * before -w, 2 local trouble). Times come from the lab's virtual clock.
 * @iputils ping/ping.c
 */
import { EAI_ADDRFAMILY, NO_IPV6, Netdb, gaiHostError, inetAton } from './lib/netdb.js';

export { inetAton };
import { inet6Pton } from '../wire/ipv6.js';
import { StdioFile } from './lib/stdio.js';
import type { CommandFn, Proc } from '../lab/process.js';
import {
  Task, bind, close, cmsgRecverr, cmsgTimestamp, connect, getsockname, getsockopt, ifNametoindex, recvmsgDontwait, sendto, setsockopt, socket,
  type MsgIn, type Socket,
} from '../net/socket.js';
import type { Errno } from '../net/core/errno.js';
import {
  AF_INET, MSG_ERRQUEUE, SOCK_DGRAM, SOCK_RAW, SOL_IP, SOL_RAW, SOL_SOCKET, SO_BINDTODEVICE, SO_BROADCAST, SO_MARK,
  SO_DEBUG, SO_DONTROUTE, SO_RCVBUF, SO_RCVTIMEO, SO_SNDBUF, SO_SNDTIMEO, SO_TIMESTAMP,
} from '../uapi/linux/socket.js';
import {
  IPPROTO_ICMP, IP_MTU_DISCOVER, IP_MULTICAST_IF, IP_MULTICAST_LOOP, IP_MULTICAST_TTL, IP_OPTIONS, IP_PMTUDISC_DO, IP_RECVERR, IP_TOS, IP_TTL,
} from '../uapi/linux/in.js';
import { SO_EE_ORIGIN_LOCAL } from '../uapi/linux/errqueue.js';
import { SIGALRM, SIGINT, SIGQUIT } from '../uapi/linux/signal.js';
import {
  ICMP_FILTER, ICMP_DEST_UNREACH, ICMP_ECHO, ICMP_ECHOREPLY, ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_SOURCE_QUENCH,
  ICMP_TIME_EXCEEDED,
} from '../uapi/linux/icmp.js';
import { ipToString, ipv4IsMulticast, IPV4_MIN_HLEN, Iph, iphHdrLen } from '../wire/ipv4.js';
import { getU16, getU32 } from '../wire/bytes.js';
import { ICMP_HLEN, Icmph, icmpCsum, icmpEchoUn, icmpFillChecksum, icmphEmit } from '../wire/icmp.js';
import { INT_MAX, PingExit, PingRts, SCHINT, TIMEVAL_LEN, errText, writeTimeval, type PingFuncSet } from './ping_common.js';
import { prIcmph } from './ping_icmph.js';
import { fillPattern, parsePingArgs, type PingArgs } from './ping_args.js';
import { newRrMemory, prOptions, recordRouteSpace, timestampSpace } from './ping_ipopts.js';

/** The filter ping installs: everything but errors, redirects and echo replies is blocked. */
const FILTER_ALL = ~((1 << ICMP_SOURCE_QUENCH) | (1 << ICMP_DEST_UNREACH) | (1 << ICMP_TIME_EXCEEDED) |
  (1 << ICMP_PARAMETERPROB) | (1 << ICMP_REDIRECT) | (1 << ICMP_ECHOREPLY)) >>> 0;
/** After the first error (reported through the error queue), the error packets themselves are not wanted. */
const FILTER_AFTER_ERROR = ~((1 << ICMP_SOURCE_QUENCH) | (1 << ICMP_REDIRECT) | (1 << ICMP_ECHOREPLY)) >>> 0;

/** A ping run: the state, the socket, and the IPv4 functions main_loop() calls. */
class Ping implements PingFuncSet {
  readonly rts: PingRts;
  /** /etc/hosts of this run. */
  readonly netdb: Netdb;
  /** The hops of a source route or of -T tsprespec (rts->route[]). */
  readonly route: number[] = [];
  /** pr_options()'s memory of the last route recorded. */
  readonly rrMemory = newRrMemory();
  /** pr_options() for the header pr_iph() dumps: the same memory as for replies. */
  readonly prQuotedOptions = (ip: Uint8Array, hlen: number): string =>
    prOptions(ip, 0, hlen, this.rrMemory, this.rts.opt.flood, (a) => this.prAddr(a));
  /** stdout as stdio buffers it (flushed where ping calls fflush(), and at exit). */
  readonly stdout: StdioFile;

  constructor(
    readonly p: Proc,
    readonly sock: Socket,
    readonly task: Task,
  ) {
    this.netdb = new Netdb(p);
    this.stdout = new StdioFile(p.stdout);
    const out = this.stdout;
    this.rts = new PingRts(p.net, sock, { out: (s) => out.write(s), flush: () => out.flush(), err: (s) => p.stderr.write(s) }, task);
  }

  /** error(status, errnum, ...): print, and exit when status is not 0. */
  fail(status: number, msg: string, e?: Errno | null): never {
    this.rts.warn(msg, e ? errText(e) : undefined);
    throw new PingExit(status);
  }

  /** pr_addr(): the address, with its name when not numeric (only /etc/hosts names exist in a lab). */
  prAddr(addr: number): string {
    const a = ipToString(addr);
    if (this.rts.exiting || this.rts.opt.numeric) return a;
    const name = this.netdb.hostByAddr(addr);
    return name ? `${name} (${a})` : a;
  }

  /** ping4_send_probe(): an echo request with the send time in its data. */
  sendProbe(): number {
    const rts = this.rts;
    const icp = rts.outpack;
    const seq = (rts.ntransmitted + 1) & 0xffff;
    icmphEmit(icp, 0, ICMP_ECHO, 0, icmpEchoUn(rts.ident, seq));
    rts.rcvdClear(rts.ntransmitted + 1);
    if (rts.timing) {
      const [s, us] = rts.timeofday();
      writeTimeval(icp, ICMP_HLEN, s, us);
    }
    const cc = rts.datalen + ICMP_HLEN;
    if (cc > 0xffff) {
      // raw_sendmsg(): "if (len > 0xFFFF) goto out" with EMSGSIZE, nothing queued.
      rts.errno = 'EMSGSIZE';
      return -1;
    }
    icmpFillChecksum(icp, 0, cc);
    const r = sendto(this.sock, icp.subarray(0, cc), 0, { family: AF_INET, addr: rts.whereto, port: 0 });
    if (typeof r === 'number') return r === cc ? 0 : r;
    rts.errno = r;
    return -1;
  }

  /** ping4_receive_error_msg(): one entry of the error queue; errno is kept unless the error was not ours. */
  receiveErrorMsg(): number {
    const rts = this.rts;
    let savedErrno = rts.errno;
    let netErrors = 0;
    let localErrors = 0;
    // recvmsg(MSG_ERRQUEUE | MSG_DONTWAIT) into a struct icmphdr.
    const m = recvmsgDontwait(this.sock, 8, MSG_ERRQUEUE);
    const e = typeof m === 'string' ? null : cmsgRecverr(m.control);
    if (typeof m === 'string' || !e) localErrors++;
    else if (e.origin === SO_EE_ORIGIN_LOCAL) {
      localErrors++;
      if (!rts.opt.quiet) {
        if (rts.opt.flood) rts.io.out('E');
        else if (e.errno !== 'EMSGSIZE') rts.warn(`local error: ${errText(e.errno)}`);
        else rts.warn(`local error: message too long, mtu=${e.info}`);
        rts.nerrors++;
      }
    } else {
      const icmph = m.data;
      if (icmph.length < ICMP_HLEN || m.name?.addr !== rts.whereto || icmph[Icmph.Type] !== ICMP_ECHO ||
        !this.isOurs(getU16(icmph, Icmph.EchoId))) {
        savedErrno = null;
      } else {
        const seq = getU16(icmph, Icmph.EchoSequence);
        rts.acknowledge(seq);
        setsockopt(this.sock, SOL_RAW, ICMP_FILTER, FILTER_AFTER_ERROR);
        netErrors++;
        rts.nerrors++;
        if (!rts.opt.quiet) {
          if (rts.opt.flood) rts.io.out('\bE');
          else {
            rts.printTimestamp();
            rts.io.out(`From ${this.prAddr(e.offender)} icmp_seq=${seq} ${prIcmph(e.type, e.code, e.info, null, (a) => this.prAddr(a))}`);
            rts.io.flush();
          }
        }
      }
    }
    rts.errno = savedErrno;
    return netErrors ? netErrors : -localErrors;
  }

  /** is_ours(): a raw socket sees every ICMP packet; ours carry our identifier. */
  isOurs(id: number): boolean {
    return id === this.rts.ident;
  }

  /** ping4_parse_reply(): an echo reply of ours is counted and printed; errors about ours only acknowledged. */
  parseReply(msg: MsgIn): number {
    const rts = this.rts;
    const buf = msg.data;
    const from = msg.name?.addr ?? 0;
    const hlen = iphHdrLen(buf, 0);
    let cc = buf.length;
    if (cc < hlen + ICMP_HLEN || hlen < IPV4_MIN_HLEN) {
      if (rts.opt.verbose) rts.warn(`packet too short (${cc} bytes) from ${this.prAddr(from)}`);
      return 1;
    }
    cc -= hlen;
    const icp = buf.subarray(hlen);
    const csfailed = icmpCsum(icp, 0, cc) !== 0;
    if (icp[Icmph.Type] === ICMP_ECHOREPLY) return this.echoReply(msg, from, icp, cc);
    return this.otherIcmp(from, icp, cc, csfailed);
  }

  private echoReply(msg: MsgIn, from: number, icp: Uint8Array, cc: number): number {
    const rts = this.rts;
    if (!this.isOurs(getU16(icp, Icmph.EchoId))) return 1;
    const wrong = !rts.broadcastPings && !rts.multicast && from !== rts.whereto;
    const seq = getU16(icp, Icmph.EchoSequence);
    const ttl = msg.data[Iph.Ttl]!;
    // SO_TIMESTAMP of the reply, else gettimeofday() now.
    const tv = cmsgTimestamp(msg.control);
    const recvUs = (tv ? tv.tvSec * 1e6 + tv.tvUsec : rts.wallUs(rts.now())) + stackLatencyUs(rts.ident, seq, ttl);
    // iputils 20221126 ping4_parse_reply() hands gather_statistics() 0 for csfailed: a reply with a
    // bad checksum (which the raw socket gets before icmp_rcv() checks it) counts as a good one.
    if (rts.gatherStatistics(icp, cc, seq, ttl, false, recvUs, this.prAddr(from), wrong)) {
      rts.io.flush();
      return 0;
    }
    if (rts.opt.audible) rts.io.out('\x07');
    if (!rts.opt.flood) {
      const b = msg.data;
      rts.io.out(prOptions(b, 0, iphHdrLen(b, 0), this.rrMemory, rts.opt.flood, (a) => this.prAddr(a)) + '\n');
      rts.io.flush();
    }
    return 0;
  }

  /** "We fall here when a redirect or source quench arrived." */
  private otherIcmp(from: number, icp: Uint8Array, cc: number, csfailed: boolean): number {
    const rts = this.rts;
    const type = icp[Icmph.Type]!;
    if (type === ICMP_ECHO) return 1;
    if (type === ICMP_SOURCE_QUENCH || type === ICMP_REDIRECT || type === ICMP_DEST_UNREACH ||
      type === ICMP_TIME_EXCEEDED || type === ICMP_PARAMETERPROB) {
      // The quoted datagram: its IP header, then the first 8 bytes of our echo request.
      const iph1 = ICMP_HLEN;
      const hlen1 = cc > iph1 ? iphHdrLen(icp, iph1) : 0;
      if (cc < ICMP_HLEN + IPV4_MIN_HLEN + 8 || cc < ICMP_HLEN + hlen1 + 8) return 1;
      const icp1 = iph1 + hlen1;
      const daddr = getU32(icp, iph1 + Iph.Daddr);
      if (icp[icp1 + Icmph.Type] !== ICMP_ECHO || daddr !== rts.whereto || !this.isOurs(getU16(icp, icp1 + Icmph.EchoId))) return 1;
      const seq1 = getU16(icp, icp1 + Icmph.EchoSequence);
      if (type !== ICMP_REDIRECT && type !== ICMP_SOURCE_QUENCH) {
        rts.acknowledge(seq1);
        return 0;
      }
      if (rts.opt.quiet || rts.opt.flood) return 1;
      rts.printTimestamp();
      const gw = getU32(icp, Icmph.Gateway);
      rts.io.out(`From ${this.prAddr(from)}: icmp_seq=${seq1} ${csfailed ? '(BAD CHECKSUM)' : ''}` +
        prIcmph(type, icp[Icmph.Code]!, gw, rts.opt.verbose ? icp : null, (a) => this.prAddr(a), this.prQuotedOptions));
      return 1;
    }
    if (rts.opt.flood && !(rts.opt.verbose || rts.opt.quiet)) {
      rts.io.out(csfailed ? '!EC' : '!E');
      return 0;
    }
    if (!rts.opt.verbose) return 0;
    if (rts.opt.ptimeofday) {
      const [s, us] = rts.timeofday();
      rts.io.out(`${s}.${String(us).padStart(6, '0')} `);
    }
    rts.io.out(`From ${this.prAddr(from)}: `);
    if (csfailed) rts.io.out('(BAD CHECKSUM)\n');
    else {
      const gw = getU32(icp, Icmph.Gateway);
      rts.io.out(prIcmph(type, icp[Icmph.Code]!, gw, icp, (a) => this.prAddr(a), this.prQuotedOptions));
    }
    return 0;
  }
}

/**
 * The reply's RTT beyond the virtual time it took: the lab's links are
 * instantaneous, a real stack is not. A few tens of microseconds plus a
 * little per hop, fixed per (ident, seq), so runs repeat exactly.
 */
function stackLatencyUs(ident: number, seq: number, ttl: number): number {
  let h = Math.imul((ident << 16) ^ seq ^ (ttl << 8), 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
  const hops = ttl <= 64 ? 64 - ttl : ttl <= 128 ? 128 - ttl : 255 - ttl;
  return 18 + (((h ^ (h >>> 13)) >>> 0) % 48) + Math.min(hops, 30) * 9;
}

/** gethostbyaddr() over the lab's /etc/hosts (arping and tracepath name hosts with it). */
export function reverseHosts(p: Proc, addr: number): string | null {
  return new Netdb(p).hostByAddr(addr);
}

/** getaddrinfo() in a lab: /etc/hosts only (no resolver answers), the canonical name first. */
export function lookupHosts(p: Proc, name: string): [number, string] | null {
  const h = new Netdb(p).hostByName(name);
  return h ? [h.addr, h.canon] : null;
}

/** main()'s resolution of the destination (getaddrinfo, then inet_aton in ping4_run). */
function resolveTarget(pg: Ping, a: PingArgs): void {
  const rts = pg.rts;
  if (rts.opt.verbose) {
    const six = a.family === 4 ? '-1 (socktype: 0)' : '4 (socktype: SOCK_RAW)';
    rts.warn(`sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: ${six}, hints.ai_family: ${a.family === 4 ? 'AF_INET' : 'AF_UNSPEC'}\n`);
  }
  // -6: an IPv4 name has no IPv6 address (EAI_ADDRFAMILY); an IPv6 one Linux would ping, the lab cannot
  if (a.family === 6) pg.fail(2, `${a.target}: ${inet6Pton(a.target) !== null ? NO_IPV6 : EAI_ADDRFAMILY}`);
  for (const hop of a.hops) pg.route.push(resolveHop(pg, hop));
  const num = inetAton(a.target);
  const hit = num === null ? pg.netdb.hostByName(a.target) : null;
  if (num === null && !hit) pg.fail(2, `${a.target}: ${gaiHostError(a.target, false, a.family === 4)}`);
  // ping.c main(): printf() to stdout, so buffered: a pipe sees it after the stderr WARNING lines (ping -v -b).
  if (rts.opt.verbose) pg.stdout.write(`ai->ai_family: AF_INET, ai->ai_canonname: '${hit ? hit.canon : a.target}'\n`);
  if (hit) {
    rts.whereto = hit.addr;
    rts.hostname = hit.canon;
    return;
  }
  rts.whereto = num!;
  rts.hostname = a.target;
  // "if (argc == 1) rts->opt_numeric = 1": the destination (the last operand) given as a number.
  rts.opt.numeric = true;
}

/** A hop of the list: a number, else a name of /etc/hosts (getaddrinfo(), exit 2 when unknown). */
function resolveHop(pg: Ping, hop: string): number {
  const num = inetAton(hop);
  if (num !== null) return num;
  const hit = pg.netdb.hostByName(hop);
  // ping4_run()'s hops are looked up for AF_INET
  if (!hit) pg.fail(2, `${hop}: ${gaiHostError(hop, false, true)}`);
  return hit.addr;
}

/** SO_BINDTODEVICE, or its error (ENODEV for an unknown name). */
function bindToDevice(pg: Ping, sock: Socket, dev: string): void {
  const e = setsockopt(sock, SOL_SOCKET, SO_BINDTODEVICE, dev);
  if (e) pg.fail(2, `SO_BINDTODEVICE ${dev}`, e);
}

/**
 * The source address probe of ping4_run(): connect() a UDP socket to the
 * destination (port 1025) and read the address the route chose. A
 * broadcast route without -b is refused (EACCES), which is also what a
 * `prohibit` route answers: hence ping's famous question.
 */
function probeSource(pg: Ping): void {
  const rts = pg.rts;
  if (rts.device !== null) bindToDevice(pg, pg.sock, rts.device);
  const probe = socket(pg.p.net, AF_INET, SOCK_DGRAM, 0);
  if (typeof probe === 'string') pg.fail(2, 'socket', probe);
  try {
    if (rts.device !== null) bindToDevice(pg, probe, rts.device);
    if (rts.settos) setsockopt(probe, SOL_IP, IP_TOS, rts.settos);
    if (rts.opt.mark) setsockopt(probe, SOL_SOCKET, SO_MARK, rts.mark);
    const dst = { family: AF_INET, addr: pg.route[0] ?? rts.whereto, port: 1025 };
    let r = connect(probe, dst);
    if (r === 'EACCES') {
      if (!rts.broadcastPings) pg.fail(2, 'Do you want to ping broadcast? Then -b. If not, check your local firewall rules');
      pg.p.stderr.write('WARNING: pinging broadcast address\n');
      setsockopt(probe, SOL_SOCKET, SO_BROADCAST, 1);
      r = connect(probe, dst);
    }
    if (r !== 0) pg.fail(2, 'connect', r);
    const name = getsockname(probe);
    if (typeof name === 'string') pg.fail(2, 'getsockname', name);
    rts.source = name.addr;
  } finally {
    close(probe);
  }
  if (rts.device !== null) {
    // getifaddrs(): is the source one of the addresses of the device of that name (its own, not an altname)?
    const dev = pg.p.net.devByPrimaryName(rts.device);
    const has = dev?.ip ? [...dev.ip.addrs()].some((ifa) => ifa.local === rts.source) : false;
    if (!has) rts.warn(`Warning: source address might be selected on device other than: ${rts.device}`);
  }
}

/**
 * sock_setbufs() (iputils ping_common.c): SO_SNDBUF is -S or one packet's
 * estimate; SO_RCVBUF room for the preload (at least 64 KiB, C int
 * arithmetic), and a warning when the kernel granted less (rmem_max).
 */
function sockSetbufs(pg: Ping, alloc: number): void {
  const rts = pg.rts;
  if (!rts.sndbuf) rts.sndbuf = alloc;
  setsockopt(pg.sock, SOL_SOCKET, SO_SNDBUF, rts.sndbuf);
  const rcvbuf = Math.imul(alloc, rts.preload);
  let hold = rcvbuf < 65536 ? 65536 : rcvbuf;
  setsockopt(pg.sock, SOL_SOCKET, SO_RCVBUF, hold);
  const got = getsockopt(pg.sock, SOL_SOCKET, SO_RCVBUF);
  if (typeof got === 'number') {
    hold = got;
    if (hold < rcvbuf) rts.warn('WARNING: probably, rcvbuf is not enough to hold preload');
  }
}

/** The socket options of ping4_run() after the source is known. */
function setupSocket(pg: Ping, a: PingArgs): void {
  const rts = pg.rts;
  const sock = pg.sock;
  if (rts.whereto === 0) rts.whereto = rts.source;
  if (rts.broadcastPings || ipv4IsMulticast(rts.whereto)) {
    rts.multicast = true;
    if (rts.pmtudisc < 0) rts.pmtudisc = IP_PMTUDISC_DO;
  }
  if (rts.pmtudisc >= 0) setsockopt(sock, SOL_IP, IP_MTU_DISCOVER, rts.pmtudisc);
  if (rts.opt.strictsource) {
    const e = bind(sock, { family: AF_INET, addr: rts.source, port: 0 });
    if (e) pg.fail(2, 'bind', e);
  }
  setsockopt(sock, SOL_RAW, ICMP_FILTER, FILTER_ALL);
  setsockopt(sock, SOL_IP, IP_RECVERR, 1);
  setIpOptions(pg, a);
  // ping4_run(): "Estimate memory eaten by single packet", then sock_setbufs().
  let hold = rts.datalen + 8;
  hold += Math.trunc((hold + 511) / 512) * (rts.optlen + 20 + 16 + 64 + 160);
  sockSetbufs(pg, hold);
  if (rts.broadcastPings) setsockopt(sock, SOL_SOCKET, SO_BROADCAST, 1);
  if (rts.device !== null && ipv4IsMulticast(rts.whereto)) {
    // A struct ip_mreqn naming the device's index.
    const imr = new Uint8Array(12);
    new DataView(imr.buffer).setInt32(8, ifNametoindex(pg.p.net, rts.device), true);
    const e = setsockopt(sock, SOL_IP, IP_MULTICAST_IF, imr);
    if (e) pg.fail(2, 'IP_MULTICAST_IF', e);
  }
  if (rts.opt.noloop) {
    const e = setsockopt(sock, SOL_IP, IP_MULTICAST_LOOP, 0);
    if (e) pg.fail(2, "can't disable multicast loopback", e);
  }
  if (rts.opt.ttl) {
    setsockopt(sock, SOL_IP, IP_MULTICAST_TTL, rts.ttl);
    const e = setsockopt(sock, SOL_IP, IP_TTL, rts.ttl);
    if (e) pg.fail(2, 'cannot set unicast time-to-live', e);
  }
  if (rts.opt.mark) setsockopt(sock, SOL_SOCKET, SO_MARK, rts.mark);
}

/**
 * The IP_OPTIONS of ping4_run(): -R a record route, -T timestamps (with
 * the "rspace[3] = 2" retry of old kernels), a hop list a loose source
 * route. ping has dropped its capabilities by then (iputils
 * drop_capabilities()), and Linux refuses a source route option to a
 * process without CAP_NET_RAW (EPERM, measured on 6.18); a lab's
 * processes carry no credentials, so ping reports that refusal itself.
 */
function setIpOptions(pg: Ping, a: PingArgs): void {
  const rts = pg.rts;
  const sock = pg.sock;
  if (a.recordRoute) {
    rts.optlen = 40;
    const e = setsockopt(sock, SOL_IP, IP_OPTIONS, recordRouteSpace());
    if (e) pg.fail(2, 'record route', e);
  }
  if (a.timestamp) {
    const rspace = timestampSpace(a.tsType, pg.route);
    if (setsockopt(sock, SOL_IP, IP_OPTIONS, rspace)) {
      rspace[3] = 2;
      const e = setsockopt(sock, SOL_IP, IP_OPTIONS, rspace);
      if (e) pg.fail(2, 'ts option', e);
    }
    rts.optlen = 40;
  }
  if (a.sourceroute) pg.fail(2, 'record route', 'EPERM');
}

/** setup(): pacing sanity, the data pattern, the identifier, timestamps and timeouts, the deadline. */
function setup(pg: Ping): void {
  const rts = pg.rts;
  if (rts.opt.flood && !rts.opt.interval) rts.interval = 0;
  if (rts.interval >= INT_MAX / rts.preload) pg.fail(2, `illegal preload and/or interval: ${rts.interval}`);
  if (!rts.opt.pingfilled) for (let i = 0; i < rts.datalen && 8 + i < rts.outpack.length; ++i) rts.outpack[8 + i] = i & 0xff;
  if (rts.ident === -1) rts.ident = pg.p.net.world.rng.u32() & 0xffff;
  // -d, -r: "setsockopt(sock->fd, SOL_SOCKET, SO_DEBUG / SO_DONTROUTE, ...)", unchecked. SO_DONTROUTE makes each
  // send look its route up in link scope: a destination behind a gateway fails (ENETUNREACH), silently.
  if (rts.opt.soDebug) setsockopt(pg.sock, SOL_SOCKET, SO_DEBUG, 1);
  if (rts.opt.soDontroute) setsockopt(pg.sock, SOL_SOCKET, SO_DONTROUTE, 1);
  if (!rts.opt.latency) setsockopt(pg.sock, SOL_SOCKET, SO_TIMESTAMP, 1);
  // The send and receive timeouts of main_loop()'s blocking recvmsg(): one interval.
  const ms = SCHINT(rts.interval);
  const tv = { tvSec: Math.floor(ms / 1000), tvUsec: (ms % 1000) * 1000 };
  setsockopt(pg.sock, SOL_SOCKET, SO_SNDTIMEO, tv);
  if (setsockopt(pg.sock, SOL_SOCKET, SO_RCVTIMEO, tv) !== 0) rts.opt.floodPoll = true;
  rts.startTime = rts.now();
  if (rts.deadline) rts.setAlarm(rts.deadline * 1e9);
}

/** ping4_run(): source, socket options, the banner, and the main loop. */
async function ping4Run(pg: Ping, a: PingArgs): Promise<number> {
  const rts = pg.rts;
  if (rts.source === 0) probeSource(pg);
  else if (rts.device !== null) bindToDevice(pg, pg.sock, rts.device);
  setupSocket(pg, a);
  rts.timing = rts.datalen >= TIMEVAL_LEN;
  let banner = `PING ${rts.hostname} (${ipToString(rts.whereto)}) `;
  if (rts.device !== null || rts.opt.strictsource) banner += `from ${ipToString(rts.source)} ${rts.device ?? ''}: `;
  banner += `${rts.datalen}(${rts.datalen + 8 + rts.optlen + 20}) bytes of data.\n`;
  pg.stdout.write(banner);
  setup(pg);
  return rts.mainLoop(pg);
}

/**
 * set_signal(SIGINT/SIGALRM, sigexit), set_signal(SIGQUIT, sigstatus):
 * ping catches these (even in a background job that started with SIGINT
 * ignored), so `kill -INT` ends it with its statistics. A fatal signal
 * ends the sleep too.
 */
function catchSignals(p: Proc, rts: PingRts, task: Task): () => void {
  const offs = [
    p.onSignal?.(SIGINT, () => rts.sigexit()),
    p.onSignal?.(SIGALRM, () => rts.sigexit()),
    p.onSignal?.(SIGQUIT, () => rts.status()),
    p.onKill?.(() => {
      rts.exiting = true;
      task.signalWakeUp();
    }),
  ];
  return () => {
    for (const off of offs) off?.();
  };
}

/** main(): options, the socket (raw: as root, ping_group_range "1 0" refuses ICMP datagram sockets), the run. */
async function pingMain(p: Proc): Promise<number> {
  const sock = socket(p.net, AF_INET, SOCK_RAW, IPPROTO_ICMP);
  if (typeof sock === 'string') {
    p.stderr.write(`ping: socket: ${errText(sock)}\n`);
    return 2;
  }
  p.files?.install(sock);
  const task = new Task();
  const pg = new Ping(p, sock, task);
  const rts = pg.rts;
  const release = catchSignals(p, rts, task);
  try {
    const a = parsePingArgs(p, rts, (st, msg) => pg.fail(st, msg));
    // -f: "setbuf(stdout, (char *)NULL)"
    if (rts.opt.flood) pg.stdout.setUnbuffered();
    rts.outpack = new Uint8Array(8 + Math.min(rts.datalen, 0x10000) + 20);
    if (a.pattern !== null) fillPattern(pg.stdout, rts, a.pattern, (st, msg) => pg.fail(st, msg));
    if (rts.settos) setsockopt(sock, SOL_IP, IP_TOS, rts.settos);
    resolveTarget(pg, a);
    return await ping4Run(pg, a);
  } catch (e) {
    if (e instanceof PingExit) return e.status;
    throw e;
  } finally {
    release();
    rts.cleanup();
    close(sock);
    // exit(): stdio writes out what is buffered.
    pg.stdout.flush();
  }
}

/** `ping`: the lab command. */
export const ping: CommandFn = (p) => pingMain(p);
