/**
 * `socat` of Debian's socat 1.7.4 over the lab's sockets: two addresses
 * (TCP, TCP-LISTEN, UDP, UDP-LISTEN, UDP-RECVFROM, UDP-SENDTO, IP-SENDTO, IP-RECV, STDIO, EXEC
 * and SYSTEM of lab commands) joined by its transfer loop, with fork,
 * reuseaddr, bind, sourceport, so-bindtodevice, crlf, setsockopt-*; -d levels, -v dumps,
 * -u/-U one direction, -t close timeout, -T inactivity timeout; its log
 * lines ("2026/12/04 00:00:00 socat[PID] E ...") stamped with the lab's
 * clock, and exit statuses.
 * @socat socat.c main() socat() _socat() xiotransfer(), error.c msg()
 */
import { detach, type CommandFn, type Proc } from '../../lab/process.js';
import { strerror } from '../../net/core/errno.js';
import { Task } from '../../net/socket.js';
import { LAB_EPOCH_SEC } from '../ping_common.js';
import { breakDown, zoneOf } from '../../lab/coreutils/date.js';
import { parseAddress, type XioAddr } from './xio_parse.js';
import { BUF_PTR, xioListen, xioOpen, type SocatCtx, type XioRw } from './xio_open.js';
import { SockXfd, XIO_BUFSIZE, type Xfd } from './xio.js';

class SocatExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

const LEVELS = { F: 0, E: 0, W: 1, N: 2, I: 3 } as const;

/** xiotransfer() < 0: a read or write failed (its Error() said so); _socat() returns -1 and main() calls Exit(1). */
const XFER_ERROR = -1;

interface SocatOpts {
  debug: number;
  verbose: boolean;
  /** 0 both directions, 1 left to right only (-u), 2 right to left only (-U). */
  unidir: 0 | 1 | 2;
  /** -t: ns the other direction may still run after one reached EOF. */
  closeNs: number;
  /** -T: ns without data before socat gives up, 0 for none. */
  totalNs: number;
  /** -b: the transfer block, what one read(2) takes at most. */
  bufsize: number;
}

const two = (n: number): string => String(n).padStart(2, '0');

class Socat implements SocatCtx {
  readonly task = new Task();
  private fd = 5;
  private forks = 0;
  private readonly pid: number;

  constructor(
    readonly p: Proc,
    readonly o: SocatOpts,
  ) {
    this.pid = p.pid ?? 1;
  }

  get bufsize(): number {
    return this.o.bufsize;
  }

  /** The date socat prefixes (localtime, seconds; with ns for -v). */
  stamp(ns = false): string {
    const now = this.p.net.sched.now;
    const t = breakDown(LAB_EPOCH_SEC + Math.floor(now / 1e9), now % 1e9, zoneOf(this.p.env.get('TZ')));
    const s = `${t.year}/${two(t.mon + 1)}/${two(t.mday)} ${two(t.hour)}:${two(t.min)}:${two(t.s)}`;
    return ns ? `${s}.${String(now % 1e9).padStart(9, '0')}` : s;
  }

  logAs(pid: number, level: keyof typeof LEVELS, msg: string): void {
    if (LEVELS[level] > this.o.debug) return;
    this.p.stderr.write(`${this.stamp()} socat[${pid}] ${level} ${msg}\n`);
  }

  notice(msg: string): void {
    this.logAs(this.pid, 'N', msg);
  }

  warn(msg: string): void {
    this.logAs(this.pid, 'W', msg);
  }

  error(msg: string): never {
    this.logAs(this.pid, 'E', msg);
    this.exit(1);
  }

  exit(status: number): never {
    this.notice(`exit(${status})`);
    throw new SocatExit(status);
  }

  nextFd(): number {
    return this.fd++;
  }

  forkPid(): number {
    return this.pid + ++this.forks;
  }

  /** -v: each block as text, after a header saying its direction, time and offsets. */
  dump(dir: '>' | '<', data: Uint8Array, from: number): void {
    const text = new TextDecoder().decode(data);
    this.p.stderr.write(`${dir} ${this.stamp(true)}  length=${data.length} from=${from} to=${from + data.length - 1}\n`);
    this.p.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /**
   * _socat(): both directions at once. An end at EOF shuts the other's
   * write side; the other direction then has -t to finish; a read or
   * write error ends the transfer with status 1.
   */
  transfer(a: Xfd, b: Xfd, ca: boolean, cb: boolean): Promise<number> {
    const o = this.o;
    const sched = this.p.net.sched;
    this.notice(`starting data transfer loop with FDs [${a.rfd},${a.wfd}] and [${b.rfd},${b.wfd}]`);
    for (const x of [a, b]) if (x instanceof SockXfd) x.bufsize = o.bufsize;
    return new Promise<number>((resolve) => {
      let done = false;
      let ended = 0;
      const active = o.unidir === 0 ? 2 : 1;
      let last = sched.now;
      let closeTimer: ReturnType<typeof sched.schedule> | null = null;
      const finish = (st: number): void => {
        if (done) return;
        done = true;
        sched.cancel(closeTimer);
        offKill?.();
        const end = (): void => {
          a.close();
          b.close();
          resolve(st);
        };
        if (st === 143) return end();
        // xioclose(): shutdown(fd, SHUT_RDWR) of each socket (a FIN now for one still open to send), then exit();
        // do_exit() closes the descriptors last, after what the peers woke to do in this instant (over a veth, the
        // peer's FIN answering ours arrives first: the connection waits in TIME_WAIT, not as an orphan's FIN_WAIT2).
        for (const x of [a, b]) if (x instanceof SockXfd) x.shutRdwr();
        detach(sched.sleep(0).then(end));
      };
      const pump = async (src: Xfd, dst: Xfd, idx: number, dir: '>' | '<', crlfIn: boolean, crlfOut: boolean): Promise<void> => {
        let off = 0;
        for (;;) {
          const r = await src.read();
          if (done) return;
          if (typeof r === 'string') {
            this.logAs(this.pid, 'E', `read(${src.rfd}, ${BUF_PTR}, ${o.bufsize}): ${strerror[r]}`);
            return finish(XFER_ERROR);
          }
          if (r !== null && !(r instanceof Uint8Array)) {
            // xioread() failed without an error message: this direction is closing, the other one has -t left.
            this.warn(`recvmsg(): ${strerror[r.peek]}`);
            this.notice(`socket ${idx} to socket ${3 - idx} is in error`);
            if (++ended >= active) return finish(0);
            closeTimer = sched.schedule(o.closeNs, () => finish(0));
            return;
          }
          if (r === null) {
            this.notice(`socket ${idx} (fd ${src.rfd}) is at EOF`);
            dst.shutWr();
            if (++ended >= active) return finish(0);
            closeTimer = sched.schedule(o.closeNs, () => finish(0));
            return;
          }
          last = sched.now;
          // xioread() takes at most -b bytes at a time: a longer chunk is several reads, each its own write (a datagram each).
          for (let at = 0; at < r.length; at += o.bufsize) {
            const data = crlf(r.subarray(at, at + o.bufsize), crlfIn, crlfOut);
            if (o.verbose) this.dump(dir, data, off);
            off += data.length;
            const w = await dst.write(data);
            if (done) return;
            if (w !== null) {
              this.logAs(this.pid, 'E', `${dst.writeCall?.(data.length) ?? `write(${dst.wfd}, ${BUF_PTR}, ${data.length})`}: ${strerror[w]}`);
              return finish(XFER_ERROR);
            }
          }
        }
      };
      const watchdog = (): void => {
        if (done || o.totalNs <= 0) return;
        const idle = sched.now - last;
        if (idle >= o.totalNs) {
          this.notice(`inactivity timeout triggered`);
          return finish(0);
        }
        sched.schedule(o.totalNs - idle, watchdog);
      };
      const offKill = this.p.onKill?.(() => finish(143));
      watchdog();
      if (o.unidir !== 2) detach(pump(a, b, 1, '>', ca, cb));
      if (o.unidir !== 1) detach(pump(b, a, 2, '<', cb, ca));
    });
  }

  /** socat(): open the first address (a listener loops with fork), then the second, then transfer. */
  async run(a1: XioAddr, a2: XioAddr): Promise<number> {
    // xioinitialize2(): SOCAT_PID and SOCAT_PPID are socat's pid; main() adds SOCAT_VERSION.
    this.p.env.set('SOCAT_PID', String(this.pid));
    this.p.env.set('SOCAT_PPID', String(this.pid));
    this.p.env.set('SOCAT_VERSION', '1.7.4.4');
    const ca = a1.opts.has('crlf');
    const cb = a2.opts.has('crlf');
    const l = xioListen(this, a1);
    if (!l) {
      const x1 = withShut(await xioOpen(this, a1, this.rw(1)), a1);
      const x2 = withShut(await this.openSecond(a2), a2);
      return this.transfer(x1, x2, ca, cb);
    }
    const fork = a1.opts.has('fork');
    let last = 0;
    for (;;) {
      const x1 = await l.next();
      if (x1 === null) break;
      withShut(x1, a1);
      if (!fork) {
        l.close();
        const x2 = withShut(await this.openSecond(a2), a2);
        return this.transfer(x1, x2, ca, cb);
      }
      const f = this.p.fork?.();
      if (!f) {
        this.notice(`forked off child process ${this.forkPid()}`);
        detach(this.child(x1, a2, ca, cb).then((st) => (last = st)));
        continue;
      }
      this.notice(`forked off child process ${f.proc.pid ?? 0}`);
      // the listener's child: xiosetenvulong("PID", Getpid(), 1)
      f.proc.env.set('SOCAT_PID', String(f.proc.pid ?? 0));
      const kid = new Socat(f.proc, this.o);
      kid.fd = this.fd;
      detach(kid.child(x1, a2, ca, cb).then((st) => {
        last = st;
        f.exit(st);
      }));
      this.afterFork(f.proc, x1);
    }
    l.close();
    return last;
  }

  /**
   * xio_fork(): the child keeps only its connection (it closes the
   * listener), the parent closes the connection's descriptor, which the
   * next accept() gets again.
   */
  private afterFork(child: Proc, x1: Xfd): void {
    // UDP-RECVFROM's sessions share the listener's socket: both keep it.
    if (!(x1 instanceof SockXfd && x1.stream)) return;
    const conn = x1.rfd;
    for (const [fd] of child.files?.entries() ?? []) if (fd !== conn) child.files?.closeFd(fd);
    if (this.p.files?.entries().some(([fd]) => fd === conn)) {
      this.p.files.closeFd(conn);
      this.fd = conn;
    }
  }

  private openSecond(a2: XioAddr): Promise<Xfd> {
    if (xioListen(this, a2)) this.error(`${a2.type}: listening on the second address is not supported in the lab`);
    return xioOpen(this, a2, this.rw(2));
  }

  /** The open mode of address 1 or 2: -u reads the left and writes the right, -U the reverse. */
  private rw(n: 1 | 2): XioRw {
    const u = this.o.unidir;
    return u === 0 ? 2 : u === n ? 0 : 1;
  }

  /** A fork child: opens the second address for its connection, transfers, exits. */
  private async child(x1: Xfd, a2: XioAddr, ca: boolean, cb: boolean): Promise<number> {
    try {
      const st = await this.transfer(x1, withShut(await xioOpen(this, a2, this.rw(2)), a2), ca, cb);
      if (st === XFER_ERROR) this.exit(1);
      return st;
    } catch (e) {
      x1.close();
      if (e instanceof SocatExit) return e.status;
      throw e;
    }
  }
}

/** crlf: "\n" is written as "\r\n" to the address, "\r\n" read from it becomes "\n". */
function crlf(b: Uint8Array, fromCrlf: boolean, toCrlf: boolean): Uint8Array {
  if (fromCrlf === toCrlf) return b;
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (fromCrlf && c === 13 && b[i + 1] === 10) continue;
    if (toCrlf && c === 10) out.push(13);
    out.push(c);
  }
  return Uint8Array.from(out);
}

const HELP = `socat by Gerhard Rieger and contributors - see www.dest-unreach.org
Usage:
socat [options] <bi-address> <bi-address>
   options (general command line options):
      -V     print version and feature information to stdout, and exit
      -h|-?  print a help text describing command line options and addresses
      -d[ddd]         increase verbosity (use up to 4 times; 2 are recommended)
      -v     verbose text dump of data traffic
      -b<size_t>      set data buffer size (8192)
      -t<timeout>     wait seconds before closing second channel
      -T<timeout>     total inactivity timeout in seconds
      -u     unidirectional mode (left to right)
      -U     unidirectional mode (right to left)
   bi-address: /* is an address that may act both as data sync and source */
      <single-address>
      <single-address>!!<single-address>
`;

const VERSION = `socat by Gerhard Rieger and contributors - see www.dest-unreach.org
socat version 1.7.4.4 on 06 Nov 2022 08:15:51
`;

/** A seconds value of -t / -T. */
function seconds(c: Socat, v: string | undefined): number {
  if (v === undefined || !/^\d*\.?\d*$/.test(v) || v === '' || v === '.') c.error(`option requires a numeric argument`);
  return Math.round(Number(v) * 1e9);
}

/** main(): the options before the two addresses. */
function parseArgs(c: Socat, argv: string[]): string[] | number {
  const o = c.o;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-' || !a.startsWith('-')) break;
    const next = (): string | undefined => (a.length > 2 ? a.slice(2) : argv[++i]);
    if (/^-d+$/.test(a)) o.debug += a.length - 1;
    else if (a === '-v') o.verbose = true;
    else if (a === '-u') o.unidir = 1;
    else if (a === '-U') o.unidir = 2;
    else if (a.startsWith('-t')) o.closeNs = seconds(c, next());
    else if (a.startsWith('-T')) o.totalNs = seconds(c, next());
    else if (a.startsWith('-b')) {
      const v = next();
      if (v !== undefined && /^\d+$/.test(v) && Number(v) > 0) o.bufsize = Number(v);
    }
    else if (a === '-h' || a === '-?') {
      c.p.stdout.write(HELP);
      return 0;
    } else if (a === '-V') {
      c.p.stdout.write(VERSION);
      return 0;
    } else if (/^-(x|r|R|s|S|g|L|W|4|6|l[fysmhpu]?)/.test(a)) c.error(`option ${a} is not supported in the lab`);
    else c.error(`unknown option "${a}"; use option "-h" for help`);
  }
  const addrs = argv.slice(i);
  if (addrs.length !== 2) c.error(`exactly 2 addresses required (there are ${addrs.length}); use option "-h" for help`);
  return addrs;
}

async function socatMain(c: Socat): Promise<number> {
  const args = parseArgs(c, c.p.argv.slice(1));
  if (typeof args === 'number') return args;
  const addrs: XioAddr[] = [];
  for (const text of args) {
    const a = parseAddress(text);
    if (typeof a === 'string') {
      // A line the parser printed itself before socat's error (dalan's "odd number of hexadecimal digits").
      const nl = a.lastIndexOf('\n');
      if (nl >= 0) c.p.stderr.write(a.slice(0, nl + 1));
      c.error(a.slice(nl + 1));
    }
    addrs.push(a);
  }
  const st = await c.run(addrs[0]!, addrs[1]!);
  if (st === 143) throw new SocatExit(143);
  if (st === XFER_ERROR) c.exit(1);
  c.notice(`exiting with status ${st}`);
  return st;
}

export const socat: CommandFn = async (p) => {
  const c = new Socat(p, { debug: 0, verbose: false, unidir: 0, closeNs: 500_000_000, totalNs: 0, bufsize: XIO_BUFSIZE });
  const offKill = p.onKill?.(() => c.task.signalWakeUp());
  try {
    return await socatMain(c);
  } catch (e) {
    if (e instanceof SocatExit) return e.status;
    throw e;
  } finally {
    offKill?.();
  }
};

/** shut-none, shut-down, shut-null (group FD): what xioshutdown() does to a socket when the other side is at EOF. */
function withShut(x: Xfd, a: XioAddr): Xfd {
  const how = a.opts.get('howtoshut');
  if (x instanceof SockXfd && (how === 'none' || how === 'null' || how === 'down')) x.howtoshut = how;
  return x;
}
