/**
 * Opening socat's addresses in the lab: the TCP and UDP clients, the
 * listeners (one accepted connection, or each with fork), UDP-RECVFROM /
 * UDP-SENDTO, STDIO and lab commands (EXEC, SYSTEM), with the socket
 * options of the address applied in socat's order and its error lines.
 * @socat xio-ip4.c xio-socket.c _xioopen_connect() xioopen_ipapp_connect(),
 *        xio-listen.c _xioopen_listen(), xio-udp.c, xio-progcall.c
 */
import type { Proc } from '../../lab/process.js';
import { strerror, errnoName, errnoNumber, type Errno } from '../../net/core/errno.js';
import {
  Task, accept, bind, close, cmsgRecverr, connect, connectWait, getpeername, getsockname, getsockopt, ifIndextoname, ifNametoindex, listen, poll, recvmsg, recvmsgDontwait, setsockopt, socket,
  type Socket, type SockaddrIn,
} from '../../net/socket.js';
import type { Cmsg } from '../../uapi/linux/socket.js';
import {
  AF_INET, MSG_ERRQUEUE, MSG_PEEK, POLLERR, POLLOUT, SOCK_DGRAM, SOCK_RAW, SOCK_STREAM, SOL_IP, SOL_SOCKET, SO_BINDTODEVICE, SO_BROADCAST, SO_DONTROUTE,
  SO_ERROR, SO_KEEPALIVE, SO_LINGER, SO_NO_CHECK, SO_RCVBUF, SO_REUSEADDR, SO_REUSEPORT, SO_SNDBUF,
  SO_OOBINLINE, SO_PRIORITY, SO_RCVLOWAT, SO_SNDLOWAT, SO_TIMESTAMP,
} from '../../uapi/linux/socket.js';
import {
  IPPROTO_TCP, IPPROTO_UDP, IP_ADD_MEMBERSHIP, IP_MTU_DISCOVER, IP_MULTICAST_IF, IP_MULTICAST_LOOP, IP_MULTICAST_TTL, IP_TOS, IP_TTL, IP_FREEBIND, IP_OPTIONS, IP_RECVERR, IP_TRANSPARENT, IP_PKTINFO, IP_RECVTTL, IP_RECVTOS, IP_RECVOPTS, IP_RETOPTS,
} from '../../uapi/linux/in.js';
import { TCP_KEEPCNT, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_MAXSEG, TCP_NODELAY, TCP_SYNCNT, TCP_WINDOW_CLAMP, TCP_CORK, TCP_QUICKACK } from '../../uapi/linux/tcp.js';
import { ipToString, parseIp } from '../../wire/ipv4.js';
import { SO_EE_ORIGIN_ICMP } from '../../uapi/linux/errqueue.js';
import { EAI_SERVICE, Netdb, gaiHostError } from '../lib/netdb.js';
import { hostsLookup } from '../nc.js';
import { BUF_PTR, ExecXfd, FileXfd, SockXfd, StdioHalfXfd, StdioXfd, saInfo, type Xfd } from './xio.js';
import { optInt, parseSockopt, type XioAddr } from './xio_parse.js';
import { strtoul10 } from '../lib/stdlib.js';

/** The log and exit of the running socat (socat.ts). */
export interface SocatCtx {
  readonly p: Proc;
  readonly task: Task;
  notice(msg: string): void;
  warn(msg: string): void;
  /** Msg(E) and exit(1). */
  error(msg: string): never;
  /** The next descriptor socat would get. */
  nextFd(): number;
  /** A forked child's pid. */
  forkPid(): number;
  /** A message of another (forked) process. */
  logAs(pid: number, level: 'E' | 'W' | 'N' | 'I', msg: string): void;
  /** -b: the most one read(2) or recvfrom(2) takes (socat_opts.bufsiz). */
  readonly bufsize: number;
}

export { BUF_PTR, saInfo };

/** xiogetaddrinfo() of a host alone: a dotted quad or /etc/hosts name, or socat's error with the hints it gave. */
function resolveHost(c: SocatCtx, host: string, hints: string): number {
  const a = parseIp(host) ?? hostsLookup(c.p, host);
  // hints {flags,family,...}: family 2 (AF_INET) makes an IPv6 address EAI_ADDRFAMILY, as glibc answers
  if (a === null) c.error(`getaddrinfo("${host}", "NULL", ${hints}, {}): ${gaiHostError(host, false, hints.startsWith('{1,2,'))}`);
  return a;
}

/** xiogetaddrinfo(): a dotted quad or /etc/hosts name, and a port number or service name. */
function resolve(c: SocatCtx, host: string, port: string, udp: boolean, bindAddr = false): SockaddrIn {
  // retropt_bind() asks for the socket's family (AF_INET): a host alone {1,2,2,17}, with a bad service {1,2,2,0}
  const hints = `{1,${bindAddr ? 2 : 0},${udp ? '2,17' : '1,6'}}`;
  if (port === '') c.error('empty port/service');
  // glibc's getaddrinfo(): a numeric service is strtoul()ed and htons()ed (70000 is port 4464); a name must be a service.
  const p = new Netdb(c.p).gaiService(port, udp ? 'udp' : 'tcp');
  // a listener's lookup is passive: no node ("NULL"), AF_INET
  const node = host === '' ? `"NULL", "${port}", {1,2,` : `"${host}", "${port}", {1,${bindAddr ? 2 : 0},`;
  if (p === null) c.error(`getaddrinfo${node}${udp ? 2 : 1},0}, {}): ${EAI_SERVICE}`);
  if (host === '') return { family: AF_INET, addr: 0, port: p };
  return { family: AF_INET, addr: resolveHost(c, host, hints), port: p };
}

/** parseport(): UDP-LISTEN's port, a number (from a digit on) or a udp service; no getaddrinfo(), so its own error. */
function parsePort(c: SocatCtx, port: string): number {
  if (/^\d/.test(port)) return Number(BigInt.asUintN(16, strtoul10(port)));
  const p = new Netdb(c.p).servByName(port, 'udp');
  if (p === null) c.error(`cannot resolve service "${port}/${IPPROTO_UDP}"`);
  return p;
}

/** A port parameter of a listener (a number or service). */
function listenPort(c: SocatCtx, port: string, udp: boolean): number {
  return resolve(c, '', port, udp).port;
}

function setOpt(c: SocatCtx, s: Socket, fd: number, level: number, name: number, v: number | string | Uint8Array, show: string): void {
  const r = setsockopt(s, level, name, v);
  if (r !== 0) c.error(`setsockopt(${fd}, ${level}, ${name}, ${show}, ${typeof v === 'string' ? v.length + 1 : typeof v === 'number' ? 4 : v.length}): ${strerror[r]}`);
}

/**
 * The generic setsockopt options: setsockopt-listen in phase PREBIND (on a
 * listener's own socket, which its connections inherit), setsockopt-int,
 * -bin and -string in phase CONNECTED (after connect(), on an accepted
 * connection, not on the listener). A binary value of at least an int
 * reaches an int option as its first four bytes (sock_setsockopt()'s
 * copy_from_sockptr() of an int); a shorter one is refused (EINVAL).
 */
function xioSockopt(c: SocatCtx, a: XioAddr, canon: string, s: Socket, fd: number): void {
  const text = a.opts.get(canon);
  if (text === undefined) return;
  const arg = parseSockopt(canon, canon, canon, text);
  if (typeof arg === 'string') c.error(arg);
  const v = arg.value;
  if (v instanceof Uint8Array && v.length >= 4 && !(arg.level === SOL_SOCKET && arg.name === SO_LINGER) && arg.level !== SOL_IP) {
    const r = setsockopt(s, arg.level, arg.name, new DataView(v.buffer, v.byteOffset, 4).getInt32(0, true));
    if (r !== 0) c.error(`setsockopt(${fd}, ${arg.level}, ${arg.name}, ${arg.show}, ${v.length}): ${strerror[r]}`);
    return;
  }
  // sock_setsockopt(): any SOL_SOCKET option but SO_BINDTODEVICE reads an int from a string of 3
  // characters or more (with its NUL), and refuses a shorter one.
  if (typeof v === 'string' && arg.level === SOL_SOCKET && arg.name !== SO_BINDTODEVICE) {
    const b = new TextEncoder().encode(`${v}\0`);
    const r = b.length < 4 ? 'EINVAL' : setsockopt(s, arg.level, arg.name, new DataView(b.buffer, 0, 4).getInt32(0, true));
    if (r !== 0) c.error(`setsockopt(${fd}, ${arg.level}, ${arg.name}, ${arg.show}, ${b.length}): ${strerror[r]}`);
    return;
  }
  setOpt(c, s, fd, arg.level, arg.name, v, arg.show);
}

/** Phase CONNECTED's generic options (setsockopt-int, -bin, -string) on a connected or accepted socket. */
function xioConnectedSockopts(c: SocatCtx, a: XioAddr, s: Socket, fd: number): void {
  for (const k of ['setsockopt-int', 'setsockopt-bin', 'setsockopt-string']) xioSockopt(c, a, k, s, fd);
}

/** socket() and the options socat applies before bind/connect/listen. */
function xioSocket(c: SocatCtx, a: XioAddr, udp: boolean, raw: number | null = null): { s: Socket; fd: number } {
  const fd = c.nextFd();
  const type = raw !== null ? SOCK_RAW : udp ? SOCK_DGRAM : SOCK_STREAM;
  const proto = raw ?? (udp ? IPPROTO_UDP : IPPROTO_TCP);
  const s = socket(c.p.net, AF_INET, type, proto);
  if (typeof s === 'string') c.error(`socket(2, ${type}, ${proto}): ${strerror[s]}`);
  c.p.files?.install(s, fd);
  const o = a.opts;
  const num = (k: string): number => optInt(a, k);
  if (o.has('so-bindtodevice')) {
    const dev = o.get('so-bindtodevice')!;
    setOpt(c, s, fd, SOL_SOCKET, SO_BINDTODEVICE, dev, `"${dev}"`);
  }
  if (o.has('reuseaddr')) setOpt(c, s, fd, SOL_SOCKET, SO_REUSEADDR, num('reuseaddr'), '0x7ffc00000000');
  if (o.has('reuseport')) setOpt(c, s, fd, SOL_SOCKET, SO_REUSEPORT, num('reuseport'), '0x7ffc00000000');
  if (o.has('broadcast')) setOpt(c, s, fd, SOL_SOCKET, SO_BROADCAST, num('broadcast'), '0x7ffc00000000');
  if (o.has('dontroute')) setOpt(c, s, fd, SOL_SOCKET, SO_DONTROUTE, num('dontroute'), '0x7ffc00000000');
  if (o.has('keepalive')) setOpt(c, s, fd, SOL_SOCKET, SO_KEEPALIVE, num('keepalive'), '0x7ffc00000000');
  // linger=N (TYPE_LINGER): struct linger { l_onoff = 1, l_linger = N }.
  if (o.has('linger')) {
    const ling = new Uint8Array(8);
    new DataView(ling.buffer).setInt32(0, 1, true);
    new DataView(ling.buffer).setInt32(4, num('linger'), true);
    setOpt(c, s, fd, SOL_SOCKET, SO_LINGER, ling, `{1,${num('linger')}}`);
  }
  if (o.has('rcvbuf')) setOpt(c, s, fd, SOL_SOCKET, SO_RCVBUF, num('rcvbuf'), '0x7ffc00000000');
  if (o.has('sndbuf')) setOpt(c, s, fd, SOL_SOCKET, SO_SNDBUF, num('sndbuf'), '0x7ffc00000000');
  // ip-ttl is TYPE_INT too: {N} (ip-ttl=0 and 256 refused with EINVAL, recorded)
  if (o.has('ttl')) setOpt(c, s, fd, SOL_IP, IP_TTL, num('ttl'), `{${num('ttl')}}`);
  if (o.has('tos')) setOpt(c, s, fd, SOL_IP, IP_TOS, num('tos'), '0x7ffc00000000');
  // ip-options (TYPE_BIN): the bytes dalan() made of the value, IP_OPTIONS as the kernel compiles them.
  const ipOpts = a.bins.get('ip-options');
  if (ipOpts) setOpt(c, s, fd, SOL_IP, IP_OPTIONS, ipOpts, '0x7ffc00000000');
  // ip-mtu-discover (type INT): applyopts() shows the value itself in its error, {N}
  if (o.has('ip-mtu-discover')) setOpt(c, s, fd, SOL_IP, IP_MTU_DISCOVER, num('ip-mtu-discover'), `{${num('ip-mtu-discover')}}`);
  if (o.has('ip-freebind')) setOpt(c, s, fd, SOL_IP, IP_FREEBIND, num('ip-freebind'), '0x7ffc00000000');
  if (o.has('ip-transparent')) setOpt(c, s, fd, SOL_IP, IP_TRANSPARENT, num('ip-transparent'), '0x7ffc00000000');
  if (o.has('ip-recverr')) setOpt(c, s, fd, SOL_IP, IP_RECVERR, num('ip-recverr'), '0x7ffc00000000');
  // ip-pktinfo, ip-recvttl, ip-recvtos (GROUP_SOCK_IP, TYPE_INT, PH_PASTSOCKET): IP_PKTINFO, IP_RECVTTL, IP_RECVTOS
  if (o.has('ip-pktinfo')) setOpt(c, s, fd, SOL_IP, IP_PKTINFO, num('ip-pktinfo'), '0x7ffc00000000');
  if (o.has('ip-recvttl')) setOpt(c, s, fd, SOL_IP, IP_RECVTTL, num('ip-recvttl'), '0x7ffc00000000');
  if (o.has('ip-recvtos')) setOpt(c, s, fd, SOL_IP, IP_RECVTOS, num('ip-recvtos'), '0x7ffc00000000');
  // ip-recvopts, ip-retopts (GROUP_SOCK_IP), so-priority, so-oobinline, so-rcvlowat, so-sndlowat, so-timestamp
  // (GROUP_SOCKET): TYPE_INT setsockopt()s, shown {N} when refused (SO_SNDLOWAT: ENOPROTOOPT on Linux)
  for (const [k, level, name] of [['ip-recvopts', SOL_IP, IP_RECVOPTS], ['ip-retopts', SOL_IP, IP_RETOPTS],
    ['priority', SOL_SOCKET, SO_PRIORITY], ['oobinline', SOL_SOCKET, SO_OOBINLINE], ['rcvlowat', SOL_SOCKET, SO_RCVLOWAT],
    ['sndlowat', SOL_SOCKET, SO_SNDLOWAT], ['timestamp', SOL_SOCKET, SO_TIMESTAMP]] as const) {
    if (o.has(k)) setOpt(c, s, fd, level, name, num(k), `{${num(k)}}`);
  }
  // nonblock and cloexec are fcntl() flags of socat's descriptor: nothing the lab's socket sees
  if (o.has('so-no-check')) setOpt(c, s, fd, SOL_SOCKET, SO_NO_CHECK, num('so-no-check'), '0x7ffc00000000');
  if (o.has('nodelay')) setOpt(c, s, fd, IPPROTO_TCP, TCP_NODELAY, num('nodelay'), '0x7ffc00000000');
  // tcp-keepidle/-keepintvl/-keepcnt/-syncnt/mss (socat's OPT_TCP_KEEPIDLE..., TYPE_INT): TCP_KEEPIDLE, TCP_KEEPINTVL,
  // TCP_KEEPCNT, TCP_SYNCNT, TCP_MAXSEG (mss is applied before connect/listen: phase PASTSOCKET).
  for (const [k, name] of [['keepidle', TCP_KEEPIDLE], ['keepintvl', TCP_KEEPINTVL], ['keepcnt', TCP_KEEPCNT], ['syncnt', TCP_SYNCNT], ['mss', TCP_MAXSEG], ['window-clamp', TCP_WINDOW_CLAMP],
    ['cork', TCP_CORK], ['quickack', TCP_QUICKACK]] as const) {
    if (o.has(k)) setOpt(c, s, fd, IPPROTO_TCP, name, num(k), `{${num(k)}}`);
  }
  xioMulticast(c, a, s, fd);
  xioSockopt(c, a, 'setsockopt-listen', s, fd);
  return { s, fd };
}

/** A struct in_addr as socat shows it: the network-order word read on a little-endian host. */
function inAddrWord(a: number): number {
  return (((a & 0xff) << 24) | (((a >>> 8) & 0xff) << 16) | (((a >>> 16) & 0xff) << 8) | ((a >>> 24) & 0xff)) >>> 0;
}

/** The multicast options (xio-ip.c): IP_MULTICAST_TTL and _LOOP (bytes), IP_MULTICAST_IF (an address), IP_ADD_MEMBERSHIP. */
function xioMulticast(c: SocatCtx, a: XioAddr, s: Socket, fd: number): void {
  const o = a.opts;
  const byte = (k: string, name: number): void => {
    const v = Math.min(255, optInt(a, k));
    if (o.has(k)) setOpt(c, s, fd, SOL_IP, name, v, `{${v}}`);
  };
  byte('ip-multicast-ttl', IP_MULTICAST_TTL);
  byte('ip-multicast-loop', IP_MULTICAST_LOOP);
  if (o.has('ip-multicast-if')) {
    const addr = resolveHost(c, o.get('ip-multicast-if')!, '{1,2,2,0}');
    setOpt(c, s, fd, SOL_IP, IP_MULTICAST_IF, addr, `{0x${inAddrWord(addr).toString(16)}}`);
  }
  // A client without bind= or sourceport= never reaches the phase that joins (PH_PASTBIND): socat says so once connected.
  if (a.kind.endsWith('-connect') && !o.has('bind') && !o.has('sourceport')) return;
  for (const m of a.memberships) xioAddMembership(c, s, fd, m);
}

/**
 * ip-add-membership=GROUP:IFADDR, GROUP:IFNAME or GROUP:IFADDR:IFNAME: a
 * struct ip_mreqn (the second part is a device when one has that name).
 */
function xioAddMembership(c: SocatCtx, s: Socket, fd: number, value: string): void {
  const [g = '', p2 = '', p3] = value.split(':');
  const group = resolveHost(c, g, '{1,2,2,0}');
  let addr = 0;
  let ifindex = p3 === undefined ? ifNametoindex(c.p.net, p2) : 0;
  if (!ifindex) addr = resolveHost(c, p2, '{1,2,2,0}');
  if (p3 !== undefined) {
    ifindex = ifNametoindex(c.p.net, p3);
    if (!ifindex) c.error(`cannot resolve interface "${p3}"`);
  }
  const mreqn = new Uint8Array(12);
  const dv = new DataView(mreqn.buffer);
  dv.setUint32(0, group >>> 0);
  dv.setUint32(4, addr >>> 0);
  dv.setInt32(8, ifindex, true);
  const hex8 = (x: number): string => `0x${inAddrWord(x).toString(16).padStart(8, '0')}`;
  const r = setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, mreqn);
  if (r !== 0) c.error(`setsockopt(${fd}, ${SOL_IP}, ${IP_ADD_MEMBERSHIP}, {${hex8(group)},${hex8(addr)},${ifindex}}, 12): ${strerror[r]}`);
}

/** bind= and sourceport=: the local address before connect (or the listener's). */
function xioBind(c: SocatCtx, a: XioAddr, s: Socket, fd: number, port: number | null): void {
  const o = a.opts;
  if (!o.has('bind') && !(o.has('sourceport') && !a.type.endsWith('DATAGRAM')) && port === null) return;
  let addr = 0;
  let p = port ?? 0;
  if (o.has('bind')) {
    const [h = '', bp] = o.get('bind')!.split(':');
    const r = resolve(c, h, bp ?? '0', a.kind.startsWith('udp'), true);
    addr = r.addr;
    if (bp !== undefined) p = r.port;
  }
  // TYPE_2BYTE: strtoul()'s value kept in a uint16_t (sp=-1 is 65535, sp=65536 is 0). socat
  // 1.7.4.4's UDP-DATAGRAM takes sourceport as a filter of what it receives, never binds it.
  if (o.has('sourceport') && !a.type.endsWith('DATAGRAM')) p = Number(BigInt.asUintN(16, strtoul10(o.get('sourceport')!)));
  const sa: SockaddrIn = { family: AF_INET, addr, port: p };
  const r = bind(s, sa);
  if (r !== 0) c.error(`bind(${fd}, {${saInfo(sa)}}, 16): ${strerror[r]}`);
}

/**
 * _xioopen_connect(): "opening connection to", a connect that may sleep
 * (connect-timeout bounds it), "successfully connected from local address".
 * Without connect-timeout the socket is blocking: connect() sleeps until the
 * handshake ends (inet_wait_for_connect(): an ICMP error that met the socket
 * owned by connect() is only sk_err_soft, so the SYN is retransmitted and the
 * next error ends it). When connect() itself fails, socat reads the error
 * queue (recvmsg(MSG_ERRQUEUE)) and reports what is there before the error.
 * With connect-timeout it is non-blocking: poll() for POLLOUT|POLLERR (the
 * error queue wakes it), then SO_ERROR tells, the queue unread.
 */
async function openConnect(c: SocatCtx, a: XioAddr, udp: boolean): Promise<Xfd> {
  const to = resolve(c, a.params[0]!, a.params[1]!, udp);
  // xioopen_connect() says so before _xioopen_connect() makes, binds and connects the socket.
  c.notice(`opening connection to ${saInfo(to)}`);
  const { s, fd } = xioSocket(c, a, udp);
  xioBind(c, a, s, fd, null);
  const r = a.opts.has('connect-timeout') ? await connectTimed(c, s, to, Number(a.opts.get('connect-timeout')) * 1000) : await connectWait(s, to, { task: c.task });
  if (r === 'timeout') c.error(`connecting to ${saInfo(to)}: Connection timed out`);
  if (typeof r === 'object') c.error(`connect(${fd}, ${saInfo(to)}, 16): ${strerror[r.soError]}`);
  if (r !== 0 && r !== 'late') {
    // The error queue is read for a datagram socket too (udp_recvmsg(MSG_ERRQUEUE) -> ip_recv_error(): EAGAIN, empty).
    xioMsgErrqueue(c, s);
    c.error(`connect(${fd}, ${saInfo(to)}, 16): ${strerror[r]}`);
  }
  // "successfully connected" only when connect() itself returned 0: not after connect-timeout's EINPROGRESS and poll().
  const me = getsockname(s);
  if (typeof me !== 'string' && !(typeof r === 'object' || r === 'late')) c.notice(`successfully connected from local address ${saInfo(me)}`);
  xioConnectedSockopts(c, a, s, fd);
  const unused = a.opts.has('bind') || a.opts.has('sourceport') ? 0 : a.memberships.length;
  if (unused) c.error(`${unused} option(s) could not be used`);
  return new SockXfd(s, fd, !udp);
}

/**
 * The error queue read after a failed connect(): "recvmsg(): ..." when it is
 * empty (EAGAIN), else the quoted destination and the ICMP error
 * (xiodopacketinfo(), IP_RECVERR's ancillary message).
 */
function xioMsgErrqueue(c: SocatCtx, s: Socket): void {
  const m = recvmsgDontwait(s, 1, MSG_ERRQUEUE);
  if (typeof m === 'string') {
    c.warn(`recvmsg(): ${strerror[m]}`);
    return;
  }
  if (m.name) c.notice(`receiving packet from ${saInfo(m.name)}`);
  const ee = cmsgRecverr(m.control);
  if (ee && ee.origin === SO_EE_ORIGIN_ICMP) {
    c.notice(`received ICMP from ${ipToString(ee.offender)}, type ${ee.type}, code ${ee.code}, info ${ee.info}, data ${ee.data}, resulting in errno ${errnoNumber[ee.errno]}`);
  }
}

/** The non-blocking connect of connect-timeout: its own result, 'timeout', or after poll() SO_ERROR's error or 'late' (connected). */
async function connectTimed(c: SocatCtx, s: Socket, to: SockaddrIn, ms: number): Promise<0 | Errno | 'timeout' | 'late' | { soError: Errno }> {
  s.nonblock = true;
  const r = connect(s, to);
  if (r !== 'EINPROGRESS') {
    s.nonblock = false;
    return r;
  }
  const n = await poll([{ sock: s, events: POLLOUT | POLLERR, revents: 0 }], ms, c.task);
  s.nonblock = false;
  if (n === 0) return 'timeout';
  if (typeof n === 'string') return n;
  const e = getsockopt(s, SOL_SOCKET, SO_ERROR);
  return typeof e === 'number' && e !== 0 ? { soError: errnoName(e) ?? 'EIO' } : 'late';
}

/** A listener address opened: what yields its connections. */
export interface XioListener {
  /** The next connection's end; null when the listener is done. */
  next(): Promise<Xfd | null>;
  close(): void;
}

/**
 * xiosetsockaddrenv(): SOCAT_<LBL>ADDR and, for TCP and UDP, SOCAT_<LBL>PORT
 * in socat's environment, which the EXEC/SYSTEM child inherits.
 */
function xioSetSockaddrEnv(c: SocatCtx, lbl: 'SOCK' | 'PEER', sa: SockaddrIn | string | null | undefined): void {
  if (!sa || typeof sa === 'string') return;
  c.p.env.set(`SOCAT_${lbl}ADDR`, ipToString(sa.addr));
  c.p.env.set(`SOCAT_${lbl}PORT`, String(sa.port));
}

/**
 * xiodopacketinfo() -> xiolog_ancillary_ip(): each IP control message of a
 * received datagram as environment: IP_PKTINFO's SOCAT_IP_IF, _LOCADDR
 * (ipi_spec_dst), _DSTADDR (ipi_addr); IP_TTL's SOCAT_IP_TTL, IP_TOS's SOCAT_IP_TOS.
 */
function xioDoPacketInfo(c: SocatCtx, control: readonly Cmsg[]): void {
  for (const m of control) {
    if (m.level !== SOL_IP) continue;
    if (m.type === IP_PKTINFO) {
      c.p.env.set('SOCAT_IP_IF', ifIndextoname(c.p.net, m.data.ifindex) ?? '');
      c.p.env.set('SOCAT_IP_LOCADDR', ipToString(m.data.specDst));
      c.p.env.set('SOCAT_IP_DSTADDR', ipToString(m.data.addr));
    } else if (m.type === IP_TTL) c.p.env.set('SOCAT_IP_TTL', String(m.data));
    else if (m.type === IP_TOS) c.p.env.set('SOCAT_IP_TOS', String(m.data));
  }
}

/** _xioopen_listen(): bind, listen and "listening on"; each accept says who came. */
function openTcpListen(c: SocatCtx, a: XioAddr): XioListener {
  const port = listenPort(c, a.params[0]!, false);
  const { s, fd } = xioSocket(c, a, false);
  if (!a.opts.has('bind') && !a.opts.has('sourceport')) {
    const sa: SockaddrIn = { family: AF_INET, addr: 0, port };
    const b = bind(s, sa);
    if (b !== 0) c.error(`bind(${fd}, {${saInfo(sa)}}, 16): ${strerror[b]}`);
  } else xioBind(c, a, s, fd, port);
  const backlog = a.opts.has('backlog') ? optInt(a, 'backlog') : 5;
  const l = listen(s, backlog);
  if (l !== 0) c.error(`listen(${fd}, ${backlog}): ${strerror[l]}`);
  const me = getsockname(s);
  return {
    async next(): Promise<Xfd | null> {
      if (typeof me !== 'string') c.notice(`listening on ${saInfo(me)}`);
      const conn = await accept(s, 0, { task: c.task });
      if (typeof conn === 'string') {
        if (conn === 'EINTR') return null;
        c.error(`accept(${fd}, 0x7ffc00000000, 16): ${strerror[conn]}`);
      }
      const peer = getpeername(conn);
      const local = getsockname(conn);
      if (typeof peer !== 'string' && typeof local !== 'string') {
        c.notice(`accepting connection from ${saInfo(peer)} on ${saInfo(local)}`);
      }
      // _xioopen_listen(): the accepted socket's addresses as SOCAT_SOCK*/SOCAT_PEER*
      xioSetSockaddrEnv(c, 'SOCK', local);
      xioSetSockaddrEnv(c, 'PEER', peer);
      const cfd = c.nextFd();
      c.p.files?.install(conn, cfd);
      xioConnectedSockopts(c, a, conn, cfd);
      return new SockXfd(conn, cfd, true);
    },
    close: () => void close(s),
  };
}

/**
 * UDP-LISTEN: the first datagram's sender becomes the peer (connect);
 * UDP-RECVFROM: each datagram is a one-packet session answered to its
 * sender. Both bind first and report "listening on UDP".
 */
function openUdpListen(c: SocatCtx, a: XioAddr, recvfrom: boolean): XioListener {
  const port = recvfrom ? listenPort(c, a.params[0]!, true) : parsePort(c, a.params[0]!);
  const { s, fd } = xioSocket(c, a, true);
  xioConnectedSockopts(c, a, s, fd);
  xioBind(c, a, s, fd, port);
  let used = false;
  const fork = a.opts.has('fork');
  return {
    async next(): Promise<Xfd | null> {
      if (!recvfrom && used) return null;
      used = true;
      const me = getsockname(s);
      if (!recvfrom && typeof me !== 'string') c.notice(`listening on UDP ${saInfo(me)}`);
      // _xioopen_dgram_recvfrom() (UDP-RECVFROM): "receiving on" the bound address before each wait,
      // "receiving packet from" the sender once one came.
      if (recvfrom && typeof me !== 'string') c.notice(`receiving on ${saInfo(me)}`);
      const m = await recvmsg(s, c.bufsize, recvfrom ? 0 : MSG_PEEK, { task: c.task });
      if (typeof m === 'string') {
        if (m === 'EINTR') return null;
        c.error(`recvfrom(${fd}, ${BUF_PTR}, ${c.bufsize}, 0): ${strerror[m]}`);
      }
      if (recvfrom && m.name) c.notice(`receiving packet from ${saInfo(m.name)}`);
      // _xioopen_dgram_recvfrom(): xiodopacketinfo(), then the sender as SOCAT_PEER* (no SOCK)
      if (recvfrom) {
        xioDoPacketInfo(c, m.control);
        xioSetSockaddrEnv(c, 'PEER', m.name);
      }
      const x = new SockXfd(s, fd, false);
      if (!recvfrom && m.name) {
        c.notice(`accepting UDP connection from ${saInfo(m.name)}`);
        connect(s, m.name);
        // xioopen_ipdgram_listen(): the connected socket's addresses
        xioSetSockaddrEnv(c, 'SOCK', getsockname(s));
        xioSetSockaddrEnv(c, 'PEER', m.name);
        return x;
      }
      x.peer = m.name;
      x.followPeer = true;
      // XIODATA_RECVFROM_ONE writes with sendto(): each answer says the local address
      x.onSent = (local) => c.notice(`local address: ${saInfo(local)}`);
      x.oneShot = true;
      x.pending = m.data;
      // xioread() of XIODATA_RECVFROM_ONE: the datagram the session was made for.
      x.onPending = (len) => {
        if (m.name) c.notice(`received packet with ${len} bytes from ${saInfo(m.name)}`);
      };
      // With fork, each datagram's session shares the listener's socket.
      if (fork) x.close = () => {};
      return x;
    },
    // Without fork, the one session owns the socket.
    close: () => void (fork || !used ? close(s) : 0),
  };
}

/** UDP-RECV: a socket bound to the port, reading every datagram from anyone (it sends nothing). */
function openUdpRecv(c: SocatCtx, a: XioAddr): Xfd {
  const port = listenPort(c, a.params[0]!, true);
  const { s, fd } = xioSocket(c, a, true);
  xioConnectedSockopts(c, a, s, fd);
  xioBind(c, a, s, fd, port);
  const x = new SockXfd(s, fd, false);
  x.recvFrom = true;
  return x;
}

/** UDP-SENDTO: an unconnected socket writing to one address, reading from any. */
function openUdpSendto(c: SocatCtx, a: XioAddr): Xfd {
  const to = resolve(c, a.params[0]!, a.params[1]!, true);
  const { s, fd } = xioSocket(c, a, true);
  xioConnectedSockopts(c, a, s, fd);
  xioBind(c, a, s, fd, null);
  return preparedSendto(c, s, fd, to);
}

/**
 * _xioopen_dgram_sendto()'s end, "successfully prepared local socket" with
 * what getsockname() says (0.0.0.0:0 when nothing was bound), and an
 * XIOWRITE_SENDTO end whose every datagram is followed by "local address: ".
 */
function preparedSendto(c: SocatCtx, s: Socket, fd: number, to: SockaddrIn): SockXfd {
  const me = getsockname(s);
  if (typeof me !== 'string') c.notice(`successfully prepared local socket ${saInfo(me)}`);
  const x = new SockXfd(s, fd, false);
  x.peer = to;
  x.recvFrom = true;
  x.onSent = (local) => c.notice(`local address: ${saInfo(local)}`);
  return x;
}

/**
 * _xioopen_rawip_sendto(): IP-SENDTO:HOST:PROTOCOL, a raw socket of that
 * protocol (strtoul(), base 0: 0x.. and 0.. too; what does not parse is
 * 0) whose writes go to HOST, the payload after the kernel's IP header.
 */
function openIpSendto(c: SocatCtx, a: XioAddr): Xfd {
  const [host = '', prot = ''] = a.params;
  const proto = strtoulBase0(prot);
  if (proto >= 256) c.error(`xioopen_rawip_sendto("${host}:${prot}",,): protocol number exceeds 255 (${proto})`);
  const addr = resolveHost(c, host, `{1,2,3,${proto}}`);
  const { s, fd } = xioSocket(c, a, false, proto);
  xioConnectedSockopts(c, a, s, fd);
  xioBind(c, a, s, fd, null);
  return preparedSendto(c, s, fd, { family: AF_INET, addr, port: 0 });
}

/**
 * xioopen_rawip_recv(): IP-RECV:PROTOCOL, a raw socket of that protocol
 * (bound when asked) reading every datagram of it from anyone, passed on
 * without the IPv4 header the raw socket delivers (XIOREAD_RECV_SKIPIP);
 * it sends nothing. Having it
 * open is what stops the host's "protocol unreachable" (raw_v4_input()
 * took the packet).
 */
function openIpRecv(c: SocatCtx, a: XioAddr): Xfd {
  const prot = a.params[0] ?? '';
  const proto = strtoulBase0(prot);
  if (proto >= 256) c.error(`xioopen_rawip_recv("${prot}",,): protocol number exceeds 255 (${proto})`);
  const { s, fd } = xioSocket(c, a, false, proto);
  xioConnectedSockopts(c, a, s, fd);
  xioBind(c, a, s, fd, null);
  const x = new SockXfd(s, fd, false);
  x.recvFrom = true;
  x.skipIp = true;
  return x;
}

/** strtoul(s, &end, 0) of a protocol number, as an unsigned long (a huge one stays huge). */
function strtoulBase0(s: string): number {
  const m = /^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return 0;
  const t = m[1]!;
  return /^0[xX]/.test(t) ? parseInt(t.slice(2), 16) : t.length > 1 && t[0] === '0' ? parseInt(t, 8) : Number(t);
}

/** EXEC / SYSTEM: the lab command, its stdio the transfer. */
function openExec(c: SocatCtx, a: XioAddr, rw: XioRw): Xfd {
  const cmd = a.params[0]!;
  const argv = a.kind === 'system' ? ['sh', '-c', cmd] : cmd.split(/\s+/).filter((w) => w !== '');
  // _xioopen_foxec(): "using %s for %s", the direction the address is opened for (-u: the right one writes).
  c.notice(`forking off child, using socket for ${['reading', 'writing', 'reading and writing'][rw]}`);
  const child = c.forkPid();
  // xio_fork() says it in the parent, then _xioopen_foxec() once more.
  c.notice(`forked off child process ${child}`);
  c.notice(`forked off child process ${child}`);
  // The child: EXEC's Notice1("execvp'ing"), SYSTEM's Info1("executing shell command") (xio-system.c).
  if (a.kind === 'system') c.logAs(child, 'I', `executing shell command "${cmd}"`);
  else c.logAs(child, 'N', `execvp'ing "${argv[0] ?? ''}"`);
  return new ExecXfd(c.p, argv, c.nextFd(), () =>
    c.logAs(child, 'E', `execvp("${argv[0]}", "${argv[0]}"): No such file or directory`));
}

/** O_RDONLY, O_WRONLY, O_RDWR: how an address is opened (-u: the left reads, the right writes). */
export type XioRw = 0 | 1 | 2;

/**
 * _xioopen_open(): open(2) of a file address. OPEN needs the file,
 * CREATE makes it empty (O_CREAT|O_TRUNC, write only), GOPEN opens it
 * as it is. Errors as socat reports them, flags in octal.
 */
function openFile(c: SocatCtx, a: XioAddr, rw: XioRw): Xfd {
  const name = a.params[0]!;
  const path = c.p.fs.resolve(c.p.cwd, name);
  const create = a.kind === 'create' || a.opts.has('o-creat');
  const trunc = a.kind === 'create' || a.opts.has('o-trunc');
  // O_CREAT 0100, O_TRUNC 01000, O_APPEND 02000 on the access mode
  const bits = (create ? 0o100 : 0) | (trunc ? 0o1000 : 0) | (a.opts.has('o-append') ? 0o2000 : 0);
  const flags = `0${((a.kind === 'create' ? 1 : rw) | bits).toString(8)}`;
  const kind = c.p.fs.stat(path, c.p.net);
  // "creating regular file" (CREATE) or "opening TYPE" with filetypenames[] of what stat() found
  const dir = ['reading', 'writing', 'reading and writing'][a.kind === 'create' ? 1 : rw]!;
  if (a.kind === 'create') c.notice(`creating regular file "${name}" for ${dir}`);
  else c.notice(`opening ${kind === 'dir' ? 'directory' : kind === null ? 'undef' : 'regular file'} "${name}" for ${dir}`);
  if (kind === 'dir' && (create || rw !== 0)) c.error(`open("${name}", ${flags}, 0666): Is a directory`);
  const enoent = `open("${name}", ${flags}, 0666): No such file or directory`;
  if (kind === null && !create) c.error(enoent);
  if ((kind === null || trunc) && c.p.fs.write(path, '', c.p.net)) c.error(enoent);
  return new FileXfd(c.p, path, c.nextFd(), a.opts.has('o-append'));
}

/** xioopen_stdfd(): "using stdin for reading" or "using stdout for writing". */
function stdHalf(c: SocatCtx, out: boolean): Xfd {
  c.notice(out ? 'using stdout for writing' : 'using stdin for reading');
  return new StdioHalfXfd(new StdioXfd(c.p), out);
}

/** xioopen() of an address that is not a listener; `rw` its direction. */
export async function xioOpen(c: SocatCtx, a: XioAddr, rw: XioRw = 2): Promise<Xfd> {
  switch (a.kind) {
    case 'stdio':
      // xioopen_stdio_bi(): one of stdin/stdout when the address is opened for one direction (-u, -U)
      if (rw === 0) return stdHalf(c, false);
      if (rw === 1) return stdHalf(c, true);
      c.notice('reading from and writing to stdio');
      return new StdioXfd(c.p);
    case 'stdin': return stdHalf(c, false);
    case 'stdout': return stdHalf(c, true);
    case 'open': case 'create': case 'gopen': return openFile(c, a, rw);
    case 'tcp-connect': return openConnect(c, a, false);
    case 'udp-connect': return openConnect(c, a, true);
    case 'udp-sendto': return openUdpSendto(c, a);
    case 'ip-sendto': return openIpSendto(c, a);
    case 'ip-recv': return openIpRecv(c, a);
    case 'udp-recv': return openUdpRecv(c, a);
    case 'exec': case 'system': return openExec(c, a, rw);
    default: throw new Error(`not a plain address: ${a.kind}`);
  }
}

/** The listener of a TCP-LISTEN, UDP-LISTEN or UDP-RECVFROM address. */
export function xioListen(c: SocatCtx, a: XioAddr): XioListener | null {
  switch (a.kind) {
    case 'tcp-listen': return openTcpListen(c, a);
    case 'udp-listen': return openUdpListen(c, a, false);
    case 'udp-recvfrom': return openUdpListen(c, a, true);
    default: return null;
  }
}
