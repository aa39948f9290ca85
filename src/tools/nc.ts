/**
 * `nc` of Debian's netcat-openbsd 1.219 over the lab's sockets: TCP and UDP
 * clients (-z scans, -v reports, -w timeouts, -s/-p source, -N half-close,
 * -q quit delay, -W receive limit, -C CRLF line endings), listeners (-l, -k, -u), stdin and stdout through the lab
 * shell's streams, with the real tool's messages and exit statuses.
 * Unix sockets, proxies, TLS and telnet modes refuse as a build without
 * them does; DCCP (-Z) asks for sockets this kernel does not have.
 * @netcat-openbsd netcat.c main() remote_connect() local_listen() readwrite()
 */
import { detach, processTask, type CommandFn, type Proc } from '../lab/process.js';
import { getopt } from '../lab/coreutils/getopt.js';
import {
  Task, accept, bind, close, connect, getpeername, getsockname, getsockopt, listen, poll, recvmsg, send, sendto, setsockopt,
  shutdown, socket, type Socket, type SockaddrIn,
} from '../net/socket.js';
import { errnoName, strerror, type Errno } from '../net/core/errno.js';
import {
  AF_INET, MSG_PEEK, POLLERR, POLLOUT, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_STREAM, SOL_SOCKET, SO_ERROR, SO_REUSEADDR, SO_REUSEPORT,
  SO_BROADCAST, SO_DEBUG, SO_RCVBUF, SO_SNDBUF,
} from '../uapi/linux/socket.js';
import { IPPROTO_DCCP, IPPROTO_TCP, IPPROTO_UDP, IP_MINTTL, IP_TOS, IP_TTL } from '../uapi/linux/in.js';
import { SOCK_DCCP, SOL_IP } from '../uapi/linux/socket.js';
import { ipToString } from '../wire/ipv4.js';
import { EAI_ADDRFAMILY, EAI_AGAIN, EAI_SERVICE, Netdb } from './lib/netdb.js';
import { decodeBytes, encodeBytes } from '../lab/bytes.js';
import { nanosleep } from '../sim/wait.js';

const BUFSIZE = 16384;

const USAGE = 'usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n' +
  '\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n' +
  '\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n' +
  '\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n' +
  '\t  [destination] [port]\n';

class NcExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

/** Parsed options (the C globals). */
interface NcOpts {
  /** -6: getaddrinfo() asks for AF_INET6 (the lab has no IPv6 sockets: only the refusal of an IPv4 host works). */
  family6: boolean;
  /** -4: hints.ai_family = AF_INET (else AF_UNSPEC). */
  family4: boolean;
  /** -Z: DCCP sockets (-u wins). */
  dccpflag: boolean;
  lflag: boolean;
  kflag: boolean;
  uflag: boolean;
  zflag: boolean;
  vflag: boolean;
  nflag: boolean;
  Nflag: boolean;
  dflag: boolean;
  bflag: boolean;
  qflag: number;
  /** ms, -1 for none */
  timeout: number;
  sflag: string | null;
  pflag: string | null;
  ttl: number;
  tos: number;
  Iflag: number;
  Oflag: number;
  /** -C: newlines from stdin go out as CRLF. */
  Cflag: boolean;
  /** -W: reads from the network before readwrite() stops (0: no limit). */
  recvlimit: number;
  /** -i: seconds drainbuf() sleeps after each line it writes (lines are written one by one). */
  iflag: number;
  /** -r: build_ports() shuffles the port list. */
  rflag: boolean;
  /** -D: SO_DEBUG. */
  Dflag: boolean;
  /** -m: IP_MINTTL, -1 for none. */
  minttl: number;
  /** -U: the operand is a unix socket's path. */
  unix: boolean;
  /** -x: the proxy's address[:port]; -X: 4, 5 or -1 for HTTP CONNECT. */
  proxy: string | null;
  socksv: number;
}

class Nc {
  /** A kill ends its sleeps and unwinds it (processTask). */
  readonly task: Task;
  /** /etc/hosts and /etc/services of this run. */
  readonly netdb: Netdb;

  constructor(
    readonly p: Proc,
    readonly o: NcOpts,
  ) {
    this.netdb = new Netdb(p);
    this.task = processTask(p);
  }

  /** err(3): "nc: msg: strerror", exit status. */
  err(status: number, msg: string | null, e: Errno): never {
    this.p.stderr.write(`nc: ${msg === null ? '' : `${msg}: `}${strerror[e]}\n`);
    throw new NcExit(status);
  }

  /** errx(3) */
  errx(status: number, msg: string): never {
    this.p.stderr.write(`nc: ${msg}\n`);
    throw new NcExit(status);
  }

  warn(msg: string, e: Errno): void {
    this.p.stderr.write(`nc: ${msg}: ${strerror[e]}\n`);
  }

  proto(): string {
    return this.o.uflag ? 'udp' : this.o.dccpflag ? 'dccp' : 'tcp';
  }

  /** The hints' ai_socktype and ai_protocol: -u, else -Z (DCCP), else TCP. */
  sockTypeProto(): [number, number] {
    const o = this.o;
    return o.uflag ? [SOCK_DGRAM, IPPROTO_UDP] : o.dccpflag ? [SOCK_DCCP, IPPROTO_DCCP] : [SOCK_STREAM, IPPROTO_TCP];
  }

  /** strtoport() */
  strtoport(s: string): number {
    if (/^-?\d+$/.test(s)) return this.portNumber(s);
    const n = this.netdb.servByName(s, this.proto());
    if (n === null) this.errx(1, `service "${s}" unknown`);
    return n;
  }

  /** build_ports()'s single port, not a service name: strtonum(p, 1, PORT_MAX). */
  portNumber(s: string): number {
    const errstr = strtonumError(s, 1, 65535);
    if (errstr) this.errx(1, `port number ${errstr}: ${s}`);
    return Number(s);
  }

  /** build_ports(): names, ranges lo-hi, numbers. */
  buildPorts(args: string[]): number[] {
    const out: number[] = [];
    for (const a of args) {
      const sv = this.netdb.servByName(a, this.proto());
      const dash = a.indexOf('-');
      if (sv !== null) out.push(sv);
      else if (/^\d/.test(a) && dash > 0) {
        let lo = this.strtoport(a.slice(0, dash));
        let hi = this.strtoport(a.slice(dash + 1));
        if (lo > hi) [lo, hi] = [hi, lo];
        for (let p = lo; p <= hi; p++) out.push(p);
      } else out.push(this.portNumber(a));
    }
    // -r: "a random permutation using Fisher-Yates shuffle" (arc4random_uniform()).
    if (this.o.rflag) {
      const rng = this.p.net.world.rng;
      for (let i = out.length - 1; i > 0; i--) {
        const cp = rng.u32() % (i + 1);
        [out[i], out[cp]] = [out[cp]!, out[i]!];
      }
    }
    return out;
  }

  /**
   * getaddrinfo() of a host: a dotted quad, or a name of the lab's
   * /etc/hosts (not with -n); else the gai_strerror() text. With -6 an
   * IPv4 answer is EAI_ADDRFAMILY, the lab having no IPv6 addresses.
   */
  resolve(host: string): number | string {
    const r = this.netdb.resolve(host, this.o.nflag, this.o.family4);
    if ('error' in r) return r.error;
    return this.o.family6 ? EAI_ADDRFAMILY : r.addr;
  }

  /** set_common_sockopts(): -b, -D, -T, -I, -O, -M, -m in this order. */
  commonSockopts(s: Socket): void {
    const o = this.o;
    if (o.bflag) setsockopt(s, SOL_SOCKET, SO_BROADCAST, 1);
    if (o.Dflag) this.sockopt(s, SOL_SOCKET, SO_DEBUG, 1, null);
    this.sockopt(s, SOL_IP, IP_TOS, o.tos, 'set IP ToS');
    if (o.Iflag) setsockopt(s, SOL_SOCKET, SO_RCVBUF, o.Iflag);
    if (o.Oflag) setsockopt(s, SOL_SOCKET, SO_SNDBUF, o.Oflag);
    this.sockopt(s, SOL_IP, IP_TTL, o.ttl, 'set IP TTL');
    this.sockopt(s, SOL_IP, IP_MINTTL, o.minttl, 'set IP min TTL');
  }

  /** One integer option of set_common_sockopts(), -1 leaving it unset; err(1, what) when the kernel refuses it. */
  sockopt(s: Socket, level: number, name: number, v: number, what: string | null): void {
    if (v === -1) return;
    const r = setsockopt(s, level, name, v);
    if (r !== 0) this.err(1, what, r);
  }

  /**
   * connect_with_timeout(): a non-blocking connect; wait for POLLOUT up to
   * -w (poll()'s timeout: -w 0 looks once, when connect() has returned —
   * its softirqs, a handshake over veth, have run), then SO_ERROR tells.
   * 'timeout' keeps errno EINPROGRESS.
   */
  async connectWithTimeout(s: Socket, to: SockaddrIn): Promise<'ok' | 'timeout' | Errno> {
    const r = connect(s, to);
    if (r === 0) return 'ok';
    if (r !== 'EINPROGRESS') return r;
    if (this.o.timeout === 0) await this.syscallReturn();
    const fds = [{ sock: s, events: POLLOUT, revents: 0 }];
    const n = await poll(fds, this.o.timeout, this.task);
    if (n === 'EINTR') throw new NcExit(1);
    if (n === 0) return 'timeout';
    const e = getsockopt(s, SOL_SOCKET, SO_ERROR);
    if (typeof e === 'number' && e !== 0) return errnoName(e) ?? 'EIO';
    return 'ok';
  }

  /** remote_connect(): a socket connected to host:port (bound with -s/-p first), or null after a -v report. */
  async remoteConnect(host: string, addr: number, port: number): Promise<Socket | null> {
    const o = this.o;
    const [type, proto] = this.sockTypeProto();
    const s = socket(this.p.net, AF_INET, type | SOCK_NONBLOCK, proto);
    // remote_connect(): an address whose socket() fails is passed over, silently.
    if (typeof s === 'string') return null;
    this.p.files?.install(s);
    if (o.sflag !== null || o.pflag !== null) {
      const sa = o.sflag !== null ? this.resolve(o.sflag) : 0;
      if (typeof sa === 'string') this.errx(1, `getaddrinfo: ${sa}`);
      // getaddrinfo(sflag, pflag): the source port is a service, not checked by strtonum() (0 and 70000 pass).
      const sp = o.pflag !== null ? this.netdb.gaiService(o.pflag, this.proto()) : 0;
      if (sp === null) this.errx(1, `getaddrinfo: ${EAI_SERVICE}`);
      const b = bind(s, { family: AF_INET, addr: sa, port: sp });
      if (b !== 0) this.err(1, 'bind failed', b);
    }
    this.commonSockopts(s);
    const r = await this.connectWithTimeout(s, { family: AF_INET, addr, port });
    if (r === 'ok') {
      s.nonblock = false;
      return s;
    }
    if (o.vflag) {
      const ip = ipToString(addr);
      const what = r === 'timeout' ? 'timed out' : 'failed';
      const e: Errno = r === 'timeout' ? 'EINPROGRESS' : r;
      const who = o.nflag || host === ip ? `${host} port ${port}` : `${host} (${ip}) port ${port}`;
      this.warn(`connect to ${who} (${this.proto()}) ${what}`, e);
    }
    close(s);
    return null;
  }

  /**
   * socks_connect(): first remote_connect() to the proxy (-x addr[:port],
   * port 1080 for SOCKS, 3128 for HTTP CONNECT); a proxy that does not
   * answer ends this port's attempt. The SOCKS and CONNECT dialogues are
   * not in the lab.
   */
  async socksConnect(): Promise<Socket | null> {
    const o = this.o;
    const px = o.proxy!;
    const colon = px.lastIndexOf(':');
    const phost = colon >= 0 ? px.slice(0, colon) : px;
    const pport = colon >= 0 ? px.slice(colon + 1) : o.socksv === -1 ? '3128' : '1080';
    const paddr = this.resolve(phost);
    const port = this.netdb.gaiService(pport, 'tcp');
    if (typeof paddr === 'string') this.errx(1, `getaddrinfo for host "${phost}" port ${pport}: ${paddr}`);
    if (port === null) this.errx(1, `getaddrinfo for host "${phost}" port ${pport}: ${EAI_SERVICE}`);
    const s = await this.remoteConnect(phost, paddr, port);
    if (!s) return null;
    close(s);
    return this.errx(1, 'proxy protocols are not supported in the lab');
  }

  /**
   * The end of a write(2) on Linux: the softirqs it raised have run (the
   * datagram crossed the veth, the peer answered, the answer was
   * received). Here: let every event due now run, until none is left.
   */
  async syscallReturn(): Promise<void> {
    const sched = this.p.net.sched;
    while (sched.nextExpiry() <= sched.now) await sched.sleep(0);
  }

  /** udptest(): a few writes; a refusal means nobody listens. */
  async udptest(s: Socket): Promise<boolean> {
    const x = encodeBytes('X');
    if (sendto(s, x) !== 1) return false;
    await this.syscallReturn();
    if (sendto(s, x) === 'ECONNREFUSED') return false;
    await this.syscallReturn();
    const t = this.o.timeout === -1 ? 3 : Math.floor(this.o.timeout / 1000);
    for (let i = 0; i < t; i++) {
      await nanosleep(this.p.net.sched, 1e9, this.task);
      if (sendto(s, x) === 'ECONNREFUSED') return false;
      await this.syscallReturn();
    }
    return true;
  }

  /** The client: each port in turn; 0 once one connected. */
  async client(host: string, ports: number[]): Promise<number> {
    const o = this.o;
    const addr = this.resolve(host);
    if (typeof addr === 'string') this.errx(1, `getaddrinfo for host "${host}" port ${ports[0]}: ${addr}`);
    let ret = 1;
    for (const port of ports) {
      const s = o.proxy !== null ? await this.socksConnect() : await this.remoteConnect(host, addr, port);
      if (!s) continue;
      ret = 0;
      if (o.vflag) {
        if (o.uflag && !(await this.udptest(s))) {
          ret = 1;
          close(s);
          continue;
        }
        const sv = o.nflag ? undefined : (this.netdb.servByPort(port, this.proto()) ?? undefined);
        const ip = ipToString(addr);
        const shown = !o.nflag && host !== ip ? `${host} (${ip})` : host;
        this.p.stderr.write(`Connection to ${shown} ${port} port [${this.proto()}/${sv ?? '*'}] succeeded!\n`);
      }
      if (!o.zflag) await this.readwrite(s, false);
      close(s);
    }
    return ret;
  }

  /** local_listen(): SO_REUSEADDR and SO_REUSEPORT, bind, listen(1) for TCP; -v says where. */
  localListen(port: number): Socket {
    const o = this.o;
    let addr = 0;
    if (o.sflag !== null) {
      const a = this.resolve(o.sflag);
      if (typeof a === 'string') this.errx(1, `getaddrinfo: ${a}`);
      addr = a;
    }
    // The wildcard of AF_INET6 is "::": an IPv6 socket, which the lab does not have.
    if (o.family6) this.errx(1, '-6 listeners are not supported in the lab');
    const [type, proto] = this.sockTypeProto();
    const s = socket(this.p.net, AF_INET, type, proto);
    if (typeof s === 'string') this.err(1, null, s);
    this.p.files?.install(s);
    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
    setsockopt(s, SOL_SOCKET, SO_REUSEPORT, 1);
    this.commonSockopts(s);
    const b = bind(s, { family: AF_INET, addr, port });
    if (b !== 0) {
      close(s);
      this.err(1, null, b);
    }
    if (!o.uflag) {
      const l = listen(s, 1);
      if (l !== 0) this.err(1, 'listen', l);
    }
    if (o.vflag) {
      const n = getsockname(s);
      if (typeof n !== 'string') this.reportSock(o.uflag ? 'Bound' : 'Listening', n);
    }
    return s;
  }

  /** report_sock("Connection received", ...) */
  reportReceived(a: SockaddrIn): void {
    this.reportSock('Connection received', a);
  }

  /**
   * report_sock(): "MSG on HOST PORT", HOST by getnameinfo(NI_NUMERICSERV),
   * numeric with -n. A name comes from /etc/hosts; any other address goes
   * to DNS, which no lab answers (EAI_AGAIN): Debian's netcat warns and
   * reports nothing.
   */
  reportSock(msg: string, a: SockaddrIn): void {
    const host = this.o.nflag ? ipToString(a.addr) : this.netdb.hostByAddr(a.addr);
    if (host === null) this.p.stderr.write(`nc: getnameinfo: ${EAI_AGAIN}\n`);
    else this.p.stderr.write(`${msg} on ${host} ${a.port}\n`);
  }

  /** The listener: one connection (or datagram peer) at a time; with -k, again and again. */
  async server(port: number): Promise<number> {
    const o = this.o;
    const s = this.localListen(port);
    for (;;) {
      if (o.uflag && o.kflag) {
        // "For UDP and -k, don't connect the socket, let it receive datagrams from multiple socket pairs":
        // readwrite() at once, no peek and no "Connection received".
        await this.readwrite(s, true);
      } else if (o.uflag) {
        // "For UDP and not -k, we will use recvfrom() initially to wait for a caller", connect() to it, then report it.
        const m = await recvmsg(s, 2048, MSG_PEEK, { task: this.task });
        if (typeof m === 'string') {
          if (m === 'EINTR') throw new NcExit(143);
          this.err(1, 'recvfrom', m);
        }
        if (m.name) {
          const c = connect(s, m.name);
          if (c !== 0) this.err(1, 'connect', c);
          if (o.vflag) this.reportReceived(m.name);
        }
        await this.readwrite(s, true);
      } else {
        const c = await accept(s, SOCK_NONBLOCK, { task: this.task });
        if (typeof c === 'string') {
          if (c === 'EINTR') throw new NcExit(143);
          this.err(1, 'accept', c);
        }
        this.p.files?.install(c);
        c.nonblock = false;
        if (o.vflag) {
          const peer = getpeername(c);
          if (typeof peer !== 'string') this.reportReceived(peer);
        }
        await this.readwrite(c, true);
        close(c);
      }
      if (!o.kflag) break;
    }
    close(s);
    return 0;
  }

  /**
   * readwrite(): stdin to the network and the network to stdout until both
   * inputs are done (a listener: until the network input is), nothing
   * happens for -w (0: nothing ready at once), or an error ends the socket. EOF on stdin shuts the
   * write side with -N; -q quits that many seconds after it; the -W-th read from the network ends it.
   */
  async readwrite(s: Socket, lflag: boolean): Promise<void> {
    const o = this.o;
    const sched = this.p.net.sched;
    let stdinDone = o.dflag;
    let netinDone = false;
    let finished = false;
    let last = sched.now;
    let recvcount = 0;
    // -q after stdin's EOF: the socket is closed, nothing more is read from it.
    let quitting = false;
    const wake = new Task();
    let resolveDone: () => void = () => {};
    const done = new Promise<void>((r) => (resolveDone = r));
    const check = (): void => {
      if (finished || quitting) return;
      if ((stdinDone && netinDone) || (lflag && netinDone)) {
        // "both inputs are gone" / "listen and net in gone": with -q N > 0, delay_exit (close, alarm(N)).
        if (o.qflag > 0) {
          quitting = true;
          return this.quitAfter(o.qflag, s, finish);
        }
        finish();
      }
    };
    const finish = (): void => {
      finished = true;
      wake.signalWakeUp();
      resolveDone();
    };
    const netIn = async (): Promise<void> => {
      while (!finished) {
        const m = await recvmsg(s, BUFSIZE, 0, { task: wake });
        if (finished || quitting) return;
        if (typeof m === 'string') {
          if (m === 'EAGAIN') continue;
          // A socket error (POLLERR: a refusal, a reset) drops both the network
          // input and output, and "if no net out, stop watching stdin".
          netinDone = stdinDone = true;
          return check();
        }
        last = sched.now;
        // fillbuf(): read(2) of 0 is EOF, a zero-length UDP datagram too (socat's shut-null sends one).
        const eof = m.data.length === 0;
        // poll(): a pipe with no reader is POLLERR on stdout, then "if no stdout, stop watching net in":
        // nc never writes into it (no SIGPIPE), the network input is shut
        if (!eof && this.p.stdout.broken) {
          shutdown(s, 0);
          netinDone = true;
          return check();
        }
        if (eof) shutdown(s, 0);
        else this.p.stdout.write(decodeBytes(m.data));
        // -W: the recvlimit-th read (EOF included) drops the network input and stdin.
        if (o.recvlimit > 0 && ++recvcount >= o.recvlimit) {
          if (!eof) shutdown(s, 0);
          netinDone = stdinDone = true;
          return check();
        }
        if (eof) {
          netinDone = true;
          return check();
        }
      }
    };
    const stdinPump = async (): Promise<void> => {
      while (!finished && !stdinDone) {
        const chunk = await this.p.stdin.read();
        if (finished) return;
        last = sched.now;
        if (chunk === null) {
          stdinDone = true;
          if (o.Nflag) shutdown(s, 1);
          // Debian's -q on UDP: the quit timer starts at stdin's EOF (no EOF can come from the network);
          // a TCP connection waits for the peer's EOF first (check()).
          if (o.qflag >= 0 && o.uflag) {
            quitting = true;
            return this.quitAfter(o.qflag, s, finish);
          }
          return check();
        }
        const data = encodeBytes(chunk);
        // read(stdin, ..., BUFSIZE): at most 16 KiB a time, each written on its own (a UDP datagram each).
        for (let at = 0; at < data.length && !finished; at += BUFSIZE) {
          const oneline = o.Cflag || o.iflag > 0;
          for (const [piece, eol] of oneline ? lineWrites(data.subarray(at, at + BUFSIZE), o.Cflag) : [[data.subarray(at, at + BUFSIZE), false] as const]) {
            // write(2): an unconnected UDP listener (-k) has nowhere to send (EDESTADDRREQ): drainbuf() fails,
            // the network output is dropped and with it stdin; the network input goes on.
            const r = o.uflag ? sendto(s, piece, 0, null) : await send(s, piece, 0, { task: wake });
            if (typeof r === 'string' && r !== 'EAGAIN' && r !== 'EINTR') {
              stdinDone = true;
              return check();
            }
            // The next poll() of readwrite() sees POLLERR (an ICMP refusal the datagram drew at once): the network fds are dropped.
            if (o.uflag && s.sk.poll() & POLLERR) {
              netinDone = stdinDone = true;
              return check();
            }
            if (finished) return;
            // drainbuf(): "if (oneline > 0 && iflag) sleep(iflag)" after each whole line.
            if (eol && o.iflag) {
              await nanosleep(sched, o.iflag * 1e9, this.task);
              if (finished) return;
            }
          }
        }
      }
    };
    const watchdog = (): void => {
      if (finished || o.timeout < 0) return;
      const idle = sched.now - last;
      if (idle >= o.timeout * 1e6) return finish();
      sched.schedule(o.timeout * 1e6 - idle, watchdog);
    };
    const offKill = this.p.onKill?.(finish);
    // -w 0: poll() with no wait returns 0 as soon as nothing is ready, once what is due now has run.
    if (o.timeout === 0) sched.schedule(0, watchdog);
    else watchdog();
    if (stdinDone && o.Nflag) shutdown(s, 1);
    detach(netIn());
    detach(stdinPump());
    await done;
    offKill?.();
    // killed meanwhile: the program ends here (its poll() never returns)
    this.p.unwindIfKilled?.();
  }

  /** The -q delay: close the socket and quit after `secs` (at once for 0). */
  quitAfter(secs: number, s: Socket, finish: () => void): void {
    if (secs === 0) {
      finish();
      return;
    }
    // Debian's delay_exit: close(net_fd), then alarm(qflag) whose handler exits: nothing arrives meanwhile.
    close(s);
    this.p.net.sched.schedule(secs * 1e9, finish);
  }
}

/** getaddrinfo() through the lab's /etc/hosts (socat resolves with it too). */
export function hostsLookup(p: Proc, name: string): number | null {
  return new Netdb(p).hostByName(name)?.addr ?? null;
}

const CRLF = new Uint8Array([13, 10]);

/**
 * -C: Debian's readwrite() writes what stdin gave line by line: a line that
 * already ends in "\r\n" as it is, any other its text (when not empty) and
 * then "\r\n", two writes (two datagrams with -u); a tail without a newline
 * goes as it is.
 */
export function crlfWrites(buf: Uint8Array): Uint8Array[] {
  return lineWrites(buf, true).map(([b]) => b);
}

/**
 * drainbuf()'s oneline mode (-C or -i): each line a write of its own (with
 * -C converted as crlfWrites() says), the flag telling the write that ends
 * a line (-i sleeps after it); a tail without a newline as it is.
 */
export function lineWrites(buf: Uint8Array, crlf: boolean): (readonly [Uint8Array, boolean])[] {
  const out: (readonly [Uint8Array, boolean])[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] !== 10) continue;
    if (!crlf || (i > start && buf[i - 1] === 13)) out.push([buf.subarray(start, i + 1), true]);
    else {
      if (i > start) out.push([buf.subarray(start, i), false]);
      out.push([CRLF, true]);
    }
    start = i + 1;
  }
  if (start < buf.length) out.push([buf.subarray(start), false]);
  return out;
}

/** The options this build refuses, as a netcat built without them does. */
function unsupported(key: string): string | null {
  switch (key) {
    case 'V': return 'no alternate routing table support available';
    // readpassphrase(RPP_REQUIRE_TTY): a lab command has no terminal.
    case 'S': return 'Unable to read TCP MD5SIG password';
    case 'F': return 'fd passing is not supported in the lab';
    case 't': return `-${key} is not supported in the lab`;
    default: return null;
  }
}

/**
 * strtonum()'s errstr for a decimal in [lo, hi], null when it is one
 * (strtoll() base 10: leading white space and a sign taken, nothing after the digits).
 */
function strtonumError(v: string, lo: number, hi: number): string | null {
  const n = Number(v.trim());
  return !/^[ \t\n\v\f\r]*[+-]?\d+$/.test(v) ? 'invalid' : n < lo ? 'too small' : n > hi ? 'too large' : null;
}

/**
 * map_tos(): the DiffServ code points and old TOS names -T takes
 * (netinet/ip.h IPTOS_DSCP_*, IPTOS_PREC_*, IPTOS_LOWDELAY...).
 */
const TOS_KEYWORDS: Readonly<Record<string, number>> = {
  af11: 0x28, af12: 0x30, af13: 0x38, af21: 0x48, af22: 0x50, af23: 0x58,
  af31: 0x68, af32: 0x70, af33: 0x78, af41: 0x88, af42: 0x90, af43: 0x98,
  critical: 0xa0, cs0: 0x00, cs1: 0x20, cs2: 0x40, cs3: 0x60, cs4: 0x80, cs5: 0xa0, cs6: 0xc0, cs7: 0xe0,
  ef: 0xb8, inetcontrol: 0xc0, lowcost: 0x02, lowdelay: 0x10, netcontrol: 0xe0, reliability: 0x04, throughput: 0x08,
};

/**
 * -T: a map_tos() keyword, else "0x..." read by strtol(s, NULL, 16) (the hex
 * digits after the prefix, none is 0), else strtonum(s, 0, 255); null when illegal.
 */
function parseTos(a: string): number | null {
  const kw = TOS_KEYWORDS[a];
  if (kw !== undefined) return kw;
  if (a.startsWith('0x')) {
    const digits = /^0x([0-9a-fA-F]*)/.exec(a)![1]!;
    const v = digits === '' ? 0 : parseInt(digits.slice(0, 16), 16);
    return v > 255 ? null : v;
  }
  return strtonumError(a, 0, 255) === null ? Number(a.trim()) : null;
}

function parseOpts(nc: Nc, argv: string[], o: NcOpts): string[] {
  const r = getopt(argv, { short: '46bCDdFhI:i:klM:m:NnO:P:p:q:rSs:T:tUuV:vW:w:X:x:Zz' });
  if (!r.ok) {
    nc.p.stderr.write(`nc: ${r.message}\n${USAGE}`);
    throw new NcExit(1);
  }
  // strtonum(): its errstr ("invalid", "too small", "too large") goes into each option's own message.
  const num = (v: string, lo: number, hi: number, msg: (errstr: string) => string): number => {
    const errstr = strtonumError(v, lo, hi);
    if (errstr) nc.errx(1, msg(errstr));
    return Number(v);
  };
  const withArg = (what: string, v: string) => (e: string): string => `${what} ${e}: ${v}`;
  for (const { key, arg } of r.opts) {
    const a = arg ?? '';
    const bad = unsupported(key);
    if (bad) nc.errx(1, bad);
    switch (key) {
      case '4': o.family6 = false; o.family4 = true; break;
      case '6': o.family6 = true; o.family4 = false; break;
      case 'b': o.bflag = true; break;
      case 'C': o.Cflag = true; break;
      case 'd': o.dflag = true; break;
      case 'h': nc.p.stderr.write(USAGE); throw new NcExit(1);
      case 'I': o.Iflag = num(a, 1, 65536 << 14, withArg('TCP receive window', a)); break;
      case 'O': o.Oflag = num(a, 1, 65536 << 14, withArg('TCP send window', a)); break;
      case 'i': o.iflag = num(a, 0, 4294967295, withArg('interval', a)); break;
      case 'k': o.kflag = true; break;
      case 'l': o.lflag = true; break;
      case 'M': o.ttl = num(a, 0, 255, (e) => `ttl is ${e}`); break;
      case 'm': o.minttl = num(a, 0, 255, (e) => `minttl is ${e}`); break;
      case 'r': o.rflag = true; break;
      case 'D': o.Dflag = true; break;
      case 'U': o.unix = true; break;
      case 'P': break;
      case 'x': o.proxy = a; break;
      case 'X':
        if (a.toLowerCase() === 'connect') o.socksv = -1;
        else if (a === '4' || a === '5') o.socksv = Number(a);
        else nc.errx(1, 'unsupported proxy protocol');
        break;
      case 'N': o.Nflag = true; break;
      case 'n': o.nflag = true; break;
      case 'p': o.pflag = a; break;
      case 'q':
        o.qflag = num(a, -2147483648, 2147483647, withArg('quit timer', a));
        if (o.qflag >= 0) o.Nflag = true;
        break;
      case 's': o.sflag = a; break;
      case 'T': {
        const t = parseTos(a);
        if (t === null) nc.errx(1, `illegal tos value ${a}`);
        o.tos = t;
        break;
      }
      case 'u': o.uflag = true; break;
      case 'v': o.vflag = true; break;
      case 'W': o.recvlimit = num(a, 1, 2147483647, withArg('receive limit', a)); break;
      case 'w': o.timeout = num(a, 0, Math.floor(2147483647 / 1000), withArg('timeout', a)) * 1000; break;
      case 'z': o.zflag = true; break;
      case 'Z': o.dccpflag = true; break;
      default: nc.p.stderr.write(USAGE); throw new NcExit(1);
    }
  }
  return r.operands;
}

async function ncMain(p: Proc): Promise<number> {
  const o: NcOpts = {
    family6: false, family4: false, dccpflag: false, lflag: false, kflag: false, uflag: false, zflag: false, vflag: false, nflag: false, Nflag: false, dflag: false,
    bflag: false, qflag: -1, timeout: -1, sflag: null, pflag: null, ttl: -1, tos: -1, Iflag: 0, Oflag: 0, recvlimit: 0, Cflag: false,
    iflag: 0, rflag: false, Dflag: false, minttl: -1, unix: false, proxy: null, socksv: 5,
  };
  const nc = new Nc(p, o);
  const args = parseOpts(nc, p.argv.slice(1), o);
  if (o.unix) return unixMain(nc, args);
  let host: string | null = null;
  let uport: string[] = [];
  if (args.length === 0 && o.lflag) {
    uport = o.pflag !== null ? [o.pflag] : [];
    host = o.sflag;
  } else if (args.length === 1 && o.lflag && o.pflag === null && o.sflag === null) {
    uport = args;
  } else if (args.length >= 1 && !o.lflag) {
    // A host without a port: "missing port number" below.
    host = args[0]!;
    uport = args.slice(1);
  } else if (args.length >= 2) {
    if (o.lflag && (o.pflag !== null || o.sflag !== null || args.length > 2)) {
      p.stderr.write(USAGE);
      return 1;
    }
    host = args[0]!;
    uport = args.slice(1);
  } else {
    p.stderr.write(USAGE);
    return 1;
  }
  if (uport.length === 0) nc.errx(1, 'missing port number');
  if (o.lflag && o.zflag) nc.errx(1, 'cannot use -z and -l');
  if (!o.lflag && o.kflag) nc.errx(1, 'must use -l with -k');
  if (o.proxy !== null) {
    if (o.uflag) nc.errx(1, 'no proxy support for UDP mode');
    if (o.dccpflag) nc.errx(1, 'no proxy support for DCCP mode');
    if (o.lflag) nc.errx(1, 'no proxy support for listen');
    if (o.sflag !== null) nc.errx(1, 'no proxy support for local source address');
  }
  if (o.lflag) {
    if (host !== null) o.sflag = host;
    return nc.server(nc.strtoport(uport[0]!));
  }
  return nc.client(host!, nc.buildPorts(uport));
}

/**
 * -U: main()'s AF_UNIX checks, then unix_connect(): a path that does not
 * exist fails with ENOENT (warn("%s", host)); the lab has no unix-domain
 * sockets to listen on or reach.
 */
function unixMain(nc: Nc, args: string[]): number {
  const o = nc.o;
  let path: string | null = null;
  if (args.length === 0 && o.lflag) path = o.sflag;
  else if (args.length === 1 && o.pflag === null) path = args[0]!;
  else if (args.length >= 2) {
    if (o.lflag && (o.pflag !== null || o.sflag !== null || args.length > 2)) {
      nc.p.stderr.write(USAGE);
      return 1;
    }
    nc.errx(1, 'cannot use port with -U');
  } else {
    nc.p.stderr.write(USAGE);
    return 1;
  }
  if (path === null) nc.errx(1, 'missing socket pathname');
  if (o.lflag && o.zflag) nc.errx(1, 'cannot use -z and -l');
  if (!o.lflag && o.kflag) nc.errx(1, 'must use -l with -k');
  if (o.proxy !== null && !o.uflag && !o.lflag) nc.errx(1, 'no proxy support for unix sockets');
  if (!o.lflag && nc.p.fs.stat(path, nc.p.net) === null) nc.err(1, path, 'ENOENT');
  return nc.errx(1, 'unix sockets are not supported in the lab');
}

export const nc: CommandFn = async (p) => {
  try {
    return await ncMain(p);
  } catch (e) {
    if (e instanceof NcExit) return e.status;
    throw e;
  }
};
