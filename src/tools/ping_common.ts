/**
 * The protocol-independent half of iputils ping (20221126): the send
 * pacing (pinger), the main loop, reply bookkeeping (acknowledge,
 * duplicates, RTT statistics) and the final report (finish). Time is the
 * lab's virtual clock; signals (SIGALRM of -w/-W, a kill) end the loop as
 * they do in ping.
 * @iputils ping/ping_common.c, ping/ping.h
 */
import { poll, recvmsg, recvmsgDontwait, type MsgIn, type Socket, type Task } from '../net/socket.js';
import { strerror, type Errno } from '../net/core/errno.js';
import type { Timer } from '../sim/scheduler.js';
import type { Net } from '../net/core/net_namespace.js';
import { REALTIME_EPOCH_SEC } from '../sim/clock.js';
import { POLLERR, POLLIN } from '../uapi/linux/socket.js';

/** include: MININTERVAL (ms), MAX_DUP_CHK, DEFDATALEN, MAXWAIT. */
export const MININTERVAL = 10;
export const MAX_DUP_CHK = 0x10000;
export const DEFDATALEN = 64 - 8;
export const MAXWAIT = 10;
/** sizeof(struct timeval) on x86-64: the timestamp at the head of the data. */
export const TIMEVAL_LEN = 16;
/**
 * The CPU time of one round of ping's loop (sendmsg, poll, recvmsg) when
 * nothing makes it wait: the inter-packet gap `ping -f -w 1 127.0.0.1`
 * reports on the 6.18 reference machine (22789 packets in 991 ms, ipg
 * 0.043 ms). The lab's links and syscalls take no virtual time, so without
 * it a flood over lo never reaches its deadline.
 */
const BUSY_ROUND_NS = 43_000;
/** sysconf(_SC_CLK_TCK) as ping's main loop sees it (USER_HZ). */
const CLK_TCK = 100;
/** INT_MAX, for the -i/-l sanity checks. */
export const INT_MAX = 0x7fffffff;
/** gettimeofday() of the lab: the virtual clock from this wall-clock second (2023-11-14T22:13:20Z). */
export const LAB_EPOCH_SEC = REALTIME_EPOCH_SEC;
/** The receive buffer ping reads into (packlen: 64 KiB of IP datagram is enough for anything). */
const PACKLEN = 0x10000 + 60;

export const SCHINT = (a: number): number => (a <= MININTERVAL ? MININTERVAL : a);

/** error(3)'s exit: the message was printed, the process ends with `status`. */
export class PingExit {
  constructor(readonly status: number) {}
}

/** The address-family specific functions (ping_func_set_st). */
export interface PingFuncSet {
  /** 0 when sent, else -1 with rts.errno set. */
  sendProbe(): number;
  /** > 0: ICMP errors reported; < 0: local errors; 0: none of ours. */
  receiveErrorMsg(): number;
  /** parse_reply(): 1 when the packet was not ours. */
  parseReply(msg: MsgIn): number;
}

/** Where ping writes: stdout, and error(3)'s stderr with the "ping: " prefix. */
export interface PingIo {
  /** stdout, through stdio's buffer. */
  out(s: string): void;
  /** fflush(stdout) */
  flush(): void;
  err(s: string): void;
}

/** struct ping_rts: the ping run's state and options. */
export class PingRts {
  mark = 0;
  datalen = DEFDATALEN;
  hostname = '';
  /** 16-bit echo identifier; -1 until setup() draws it. */
  ident = -1;
  ttl = 0;
  npackets = 0;
  nreceived = 0;
  nrepeats = 0;
  ntransmitted = 0;
  nchecksum = 0;
  nerrors = 0;
  /** ms between probes */
  interval = 1000;
  preload = 1;
  /** -S: SO_SNDBUF, 0 for sock_setbufs()'s per-packet estimate */
  sndbuf = 0;
  /** -w, seconds */
  deadline = 0;
  /** -W, ms */
  lingertime = MAXWAIT * 1000;
  /** virtual ns; null until the first probe (cur_time.tv_sec == 0). */
  startTime = 0;
  curTime: number | null = null;
  exiting = false;
  device: string | null = null;
  pmtudisc = -1;
  timing = false;
  /** µs */
  tmin = Number.MAX_SAFE_INTEGER;
  tmax = 0;
  tsum = 0;
  tsum2 = 0;
  rtt = 0;
  rttAddend = 0;
  acked = 0;
  pipesize = -1;
  multicast = false;
  settos = 0;
  broadcastPings = false;
  whereto = 0;
  source = 0;
  optlen = 0;
  opt = {
    adaptive: false, audible: false, flood: false, floodPoll: false, interval: false, latency: false, mark: false,
    noloop: false, numeric: false, outstanding: false, pingfilled: false, ptimeofday: false, quiet: false, strictsource: false,
    ttl: false, verbose: false, soDebug: false, soDontroute: false,
  };
  /** The echo packet: 8 bytes of ICMP header, then the data. */
  outpack = new Uint8Array(8 + DEFDATALEN);
  /** errno of the last failing call. */
  errno: Errno | null = null;
  /** The bit table of received sequence numbers. */
  private readonly rcvdTbl = new Uint8Array(MAX_DUP_CHK);
  /** pinger()'s statics. */
  private tokens = 0;
  private oomCount = 0;
  /** __schedule_exit()'s static waittime, µs. */
  private waittime = 0;
  private alarm: Timer | null = null;

  constructor(
    readonly net: Net,
    readonly sock: Socket,
    readonly io: PingIo,
    /** The process's task: SIGINT/SIGALRM interrupt its sleep (EINTR). */
    readonly task: Task,
  ) {}

  /** CLOCK_MONOTONIC_RAW: the virtual clock, ns. */
  now(): number {
    return this.net.sched.now;
  }

  /** gettimeofday(): [seconds, microseconds]. */
  timeofday(): [number, number] {
    const us = Math.floor(this.now() / 1000);
    return [LAB_EPOCH_SEC + Math.floor(us / 1e6), us % 1e6];
  }

  /** A virtual time (ns) on gettimeofday()'s scale, in µs (SO_TIMESTAMP of a reply). */
  wallUs(ns: number): number {
    return LAB_EPOCH_SEC * 1e6 + Math.floor(ns / 1000);
  }

  /** error(0, errnum, ...): "ping: msg[: strerror]" on stderr. */
  warn(msg: string, errText?: string): void {
    // glibc's error() flushes stdout before it writes to stderr.
    this.io.flush();
    this.io.err(`ping: ${msg}${errText === undefined ? '' : `: ${errText}`}\n`);
  }

  rcvdSet(seq: number): void {
    this.rcvdTbl[seq % MAX_DUP_CHK] = 1;
  }

  rcvdClear(seq: number): void {
    this.rcvdTbl[seq % MAX_DUP_CHK] = 0;
  }

  rcvdTest(seq: number): boolean {
    return this.rcvdTbl[seq % MAX_DUP_CHK] === 1;
  }

  /** in_flight(): probes sent and neither answered nor errored. */
  inFlight(): number {
    const diff = (this.ntransmitted - this.acked) & 0xffff;
    return diff <= 0x7fff ? diff : this.ntransmitted - this.nreceived - this.nerrors;
  }

  /** acknowledge(): the highest sequence answered, and the pipe size it shows. */
  acknowledge(seq: number): void {
    const diff = (this.ntransmitted - seq) & 0xffff;
    if (diff > 0x7fff) return;
    if (diff + 1 > this.pipesize) this.pipesize = diff + 1;
    const ahead = (((seq - this.acked) & 0xffff) << 16) >> 16;
    if (ahead > 0 || ((this.ntransmitted - this.acked) & 0xffff) > 0x7fff) this.acked = seq & 0xffff;
  }

  /** advance_ntransmitted(): "Invalidate acked, if 16 bit seq overflows." */
  advanceNtransmitted(): void {
    this.ntransmitted++;
    if (((this.ntransmitted - this.acked) & 0xffff) > 0x7fff) this.acked = (this.ntransmitted + 1) & 0xffff;
  }

  /** print_timestamp(): -D. */
  printTimestamp(): void {
    if (!this.opt.ptimeofday) return;
    const [s, us] = this.timeofday();
    this.io.out(`[${s}.${String(us).padStart(6, '0')}] `);
  }

  /** setitimer(ITIMER_REAL): one alarm slot; SIGALRM sets `exiting` (sigexit). 0 disarms. */
  setAlarm(ns: number): void {
    this.net.sched.cancel(this.alarm);
    this.alarm = ns > 0 ? this.net.sched.schedule(ns, () => this.sigexit()) : null;
  }

  /** sigexit(): SIGINT/SIGALRM — finish at the next turn of the loop (the signal ends a sleep with EINTR). */
  sigexit(): void {
    this.exiting = true;
    this.task.signalWakeUp();
  }

  /** status(): SIGQUIT's one-line summary on stderr. */
  status(): void {
    const loss = this.ntransmitted ? Math.trunc(((this.ntransmitted - this.nreceived) * 100) / this.ntransmitted) : 0;
    let s = `\r${this.nreceived}/${this.ntransmitted} packets, ${loss}% loss`;
    if (this.nreceived && this.timing) {
      const tavg = Math.trunc(this.tsum / (this.nreceived + this.nrepeats));
      const f = (v: number): string => `${Math.trunc(v / 1000)}.${pad3(v % 1000)}`;
      s += `, min/avg/ewma/max = ${f(this.tmin)}/${f(tavg)}/${f(Math.trunc(this.rtt / 8))}/${f(this.tmax)} ms`;
    }
    this.io.err(s + '\n');
  }

  /** Cancel what is still armed (the process is leaving). */
  cleanup(): void {
    this.setAlarm(0);
  }

  /** schedule_exit(): once everything is sent, wait for the last replies at most so long. */
  scheduleExit(next: number): number {
    if (this.npackets && this.ntransmitted >= this.npackets && !this.deadline) next = this.scheduleExitInner(next);
    return next;
  }

  /** __schedule_exit(): twice the worst RTT (at least the interval), else -W. */
  private scheduleExitInner(next: number): number {
    if (this.waittime) return next;
    if (this.nreceived) {
      this.waittime = 2 * this.tmax;
      if (this.waittime < 1000 * this.interval) this.waittime = 1000 * this.interval;
    } else this.waittime = this.lingertime * 1000;
    if (next < 0 || next < Math.floor(this.waittime / 1000)) next = Math.floor(this.waittime / 1000);
    this.setAlarm(this.waittime * 1000);
    return next;
  }

  /**
   * pinger(): send a probe when the token bucket (interval, preload) allows;
   * returns the ms until the next one is due.
   */
  pinger(fset: PingFuncSet): number {
    if (this.exiting || (this.npackets && this.ntransmitted >= this.npackets && !this.deadline)) return 1000;
    const now = this.now();
    if (this.curTime === null) {
      this.curTime = now;
      this.tokens = this.interval * (this.preload - 1);
    } else {
      let ntokens = Math.trunc((now - this.curTime) / 1e6);
      // "Case of unlimited flood is special; if we see no reply, they are limited to 100pps"
      if (!this.interval && ntokens < MININTERVAL && this.inFlight() >= this.preload) return MININTERVAL - ntokens;
      ntokens += this.tokens;
      const tmp = this.interval * this.preload;
      if (tmp < ntokens) ntokens = tmp;
      if (ntokens < this.interval) return this.interval - ntokens;
      this.curTime = now;
      this.tokens = ntokens - this.interval;
    }
    if (this.opt.outstanding && this.ntransmitted > 0 && !this.rcvdTest(this.ntransmitted)) {
      this.printTimestamp();
      this.io.out(`no answer yet for icmp_seq=${this.ntransmitted % MAX_DUP_CHK}\n`);
      this.io.flush();
    }
    return this.pingerSend(fset);
  }

  /** The send of pinger() and its error handling. */
  private pingerSend(fset: PingFuncSet): number {
    for (;;) {
      let i = fset.sendProbe();
      if (i === 0) {
        this.oomCount = 0;
        this.advanceNtransmitted();
        if (!this.opt.quiet && this.opt.flood) this.io.out('.');
        return this.interval - this.tokens;
      }
      if (this.errno === 'ENOBUFS' || this.errno === 'ENOMEM') {
        const r = this.noBufs();
        if (r > 0) return r;
        i = 0;
      } else if (this.errno === 'EAGAIN') {
        this.tokens += this.interval;
        return MININTERVAL;
      } else {
        // receive_error_msg() keeps errno, or clears it for an error not ours: then resend.
        i = fset.receiveErrorMsg();
        if (i > 0) i = 0;
        else if (!this.errno) continue;
      }
      return this.hardLocalError(i);
    }
  }

  /** "Device queue overflow or OOM. Packet is not sent." Slow down, eventually give up. */
  private noBufs(): number {
    this.tokens = 0;
    // "Slowdown. This works only in adaptive mode (option -A)"
    this.rttAddend += this.rtt < 8 * 50000 ? Math.trunc(this.rtt / 8) : 50000;
    if (this.opt.adaptive) this.updateInterval();
    let nores = SCHINT(Math.floor(this.interval / 2));
    if (nores > 500) nores = 500;
    this.oomCount++;
    return this.oomCount * nores < this.lingertime ? nores : 0;
  }

  /** "Hard local error. Pretend we sent packet." */
  private hardLocalError(i: number): number {
    this.advanceNtransmitted();
    if (i === 0 && !this.opt.quiet) {
      if (this.opt.flood) this.io.out('E');
      else this.warn('sendmsg', errText(this.errno));
    }
    this.tokens = 0;
    return SCHINT(this.interval);
  }

  /**
   * main_loop(): send what is due, wait for replies until the next send
   * (blocking recvmsg with SO_RCVTIMEO = interval, or poll() when the next
   * send is sooner), read everything queued, until a count, deadline or
   * signal ends it; then finish().
   */
  async mainLoop(fset: PingFuncSet): Promise<number> {
    let lastRound = -1;
    for (;;) {
      if (this.exiting) break;
      if (this.npackets && this.nreceived + this.nerrors >= this.npackets) break;
      if (this.deadline && this.nerrors) break;
      if (!this.interval && this.now() === lastRound) {
        await this.net.sched.sleep(BUSY_ROUND_NS);
        // a SIGALRM (-w) that came during that round ends the loop here, not after a wait for nothing
        if (this.exiting) break;
      }
      lastRound = this.now();
      let next: number;
      do {
        next = this.pinger(fset);
        next = this.scheduleExit(next);
      } while (next <= 0);
      const ready = await this.waitForInput(next);
      if (ready === null) continue;
      this.readAll(fset, ready.recvError, ready.first);
    }
    return this.finish();
  }

  /**
   * The wait of main_loop(), its "technical part": when the next send is
   * sooner than the interval (or -A, or SO_RCVTIMEO could not be set) and
   * that is within a tick, wait MININTERVAL if a reply is expected, else spin
   * (here a sleep of the same virtual length); poll() for that long only with
   * -A, the poll fallback or an interval; otherwise — a flood, -i 0 — a
   * blocking recvmsg() that SO_RCVTIMEO (SCHINT(interval)) ends. Returns null
   * when nothing came (timeout or signal), else whether poll() saw POLLERR
   * and what a blocking recvmsg() returned.
   */
  private async waitForInput(next: number): Promise<{ recvError: boolean; first: MsgIn | Errno | null } | null> {
    const interval = SCHINT(this.interval);
    if (this.opt.adaptive || this.opt.floodPoll || next < interval) {
      let ms = next;
      let polls = this.opt.adaptive || this.opt.floodPoll || this.interval !== 0;
      if (next <= Math.floor(1000 / CLK_TCK)) {
        if (this.inFlight()) ms = MININTERVAL;
        else polls = true;
      }
      if (polls) {
        const pfd = { sock: this.sock, events: POLLIN, revents: 0 };
        const n = await poll([pfd], ms, this.task);
        if (typeof n === 'string' || n < 1 || !(pfd.revents & (POLLIN | POLLERR))) return null;
        return { recvError: (pfd.revents & POLLERR) !== 0, first: null };
      }
    }
    const r = await recvmsg(this.sock, PACKLEN, 0, { task: this.task });
    // "if ((errno == EAGAIN && !recv_error) || errno == EINTR) break;"
    if (r === 'EAGAIN' || r === 'EINTR') return null;
    return { recvError: false, first: r };
  }

  /** The inner loop of main_loop(): recvmsg until EAGAIN or nothing is in flight. */
  private readAll(fset: PingFuncSet, pollErr: boolean, first: MsgIn | Errno | null): void {
    let recvError = pollErr;
    let m = first ?? recvmsgDontwait(this.sock, PACKLEN);
    for (;;) {
      if (typeof m === 'string') {
        if (m === 'EAGAIN' && !recvError) break;
        recvError = false;
        this.errno = m;
        if (!fset.receiveErrorMsg() && this.errno) {
          this.warn('recvmsg', errText(this.errno));
          break;
        }
      } else fset.parseReply(m);
      if (this.inFlight() === 0) break;
      m = recvmsgDontwait(this.sock, PACKLEN);
    }
  }

  /**
   * gather_statistics(): count the reply (or duplicate, or corrupt one),
   * take its RTT from the timestamp it carries, print the "N bytes from"
   * line without its end. Returns 1 when nothing more is to be printed.
   */
  gatherStatistics(icmp: Uint8Array, cc: number, seq: number, hops: number, csfailed: boolean, recvUs: number, from: string, wrongSource: boolean): number {
    ++this.nreceived;
    if (!csfailed) this.acknowledge(seq);
    let triptime = 0;
    if (this.timing && cc >= 8 + TIMEVAL_LEN) {
      triptime = Math.max(0, recvUs - readTimeval(icmp, 8));
      if (!csfailed) this.addRtt(triptime);
    }
    let dupflag = false;
    if (csfailed) {
      ++this.nchecksum;
      --this.nreceived;
    } else if (this.rcvdTest(seq)) {
      ++this.nrepeats;
      --this.nreceived;
      dupflag = true;
    } else this.rcvdSet(seq);
    if (this.opt.quiet) return 1;
    if (this.opt.flood) {
      this.io.out(csfailed ? '\bC' : '\b \b');
      return 0;
    }
    this.printTimestamp();
    let line = `${cc} bytes from ${from}: icmp_seq=${seq}`;
    if (this.opt.verbose && this.ident !== -1) line += ` ident=${this.ident}`;
    if (hops >= 0) line += ` ttl=${hops}`;
    if (cc < this.datalen + 8) {
      this.io.out(`${line} (truncated)\n`);
      return 1;
    }
    if (this.timing) line += ` time=${fmtTriptime(triptime)} ms`;
    if (dupflag && (!this.multicast || this.opt.verbose)) line += ' (DUP!)';
    if (csfailed) line += ' (BAD CHECKSUM!)';
    if (wrongSource) line += ' (DIFFERENT ADDRESS!)';
    this.io.out(line + this.checkData(icmp));
    return 0;
  }

  private addRtt(triptime: number): void {
    this.tsum += triptime;
    this.tsum2 += triptime * triptime;
    if (triptime < this.tmin) this.tmin = triptime;
    if (triptime > this.tmax) this.tmax = triptime;
    if (!this.rtt) this.rtt = triptime * 8;
    else this.rtt += triptime - Math.trunc(this.rtt / 8);
    if (this.opt.adaptive) this.updateInterval();
  }

  /**
   * update_interval(): under -A the interval follows the smoothed RTT (rtt
   * holds 8 times it), in whole ms, plus the back-off rtt_addend that
   * ENOBUFS adds. Lab processes run as root: no MINUSERINTERVAL floor.
   */
  private updateInterval(): void {
    const est = this.rtt ? Math.trunc(this.rtt / 8) : this.interval * 1000;
    this.interval = Math.trunc((est + this.rttAddend + 500) / 1000);
  }

  /** "check the data": the bytes after the timestamp must be the pattern sent. */
  private checkData(icmp: Uint8Array): string {
    for (let i = TIMEVAL_LEN; i < this.datalen; ++i) {
      const got = icmp[8 + i] ?? 0;
      const want = this.outpack[8 + i]!;
      if (got === want) continue;
      let s = `\nwrong data byte #${i} should be 0x${want.toString(16)} but was 0x${got.toString(16)}`;
      for (let j = TIMEVAL_LEN; j < this.datalen; ++j) {
        if (j % 32 === TIMEVAL_LEN) s += `\n#${j}\t`;
        s += `${(icmp[8 + j] ?? 0).toString(16)} `;
      }
      return s;
    }
    return '';
  }

  /** finish(): the statistics; exit 0 when a reply came (and, with -w, all of them). */
  finish(): number {
    const elapsed = (this.curTime ?? this.startTime) - this.startTime;
    // "putchar('\n'); fflush(stdout);", then the statistics, written out at exit.
    this.io.out('\n');
    this.io.flush();
    let s = `--- ${this.hostname} ping statistics ---\n`;
    s += `${this.ntransmitted} packets transmitted, ${this.nreceived} received`;
    if (this.nrepeats) s += `, +${this.nrepeats} duplicates`;
    if (this.nchecksum) s += `, +${this.nchecksum} corrupted`;
    if (this.nerrors) s += `, +${this.nerrors} errors`;
    if (this.ntransmitted) {
      s += `, ${fmtG(Math.fround(((this.ntransmitted - this.nreceived) * 100.0) / this.ntransmitted))}% packet loss`;
      const sec = Math.floor(elapsed / 1e9);
      s += `, time ${1000 * sec + Math.floor(((elapsed % 1e9) + 500000) / 1e6)}ms`;
    }
    s += '\n';
    let comma = '';
    if (this.nreceived && this.timing) {
      s += this.rttLine();
      comma = ', ';
    }
    if (this.pipesize > 1) {
      s += `${comma}pipe ${this.pipesize}`;
      comma = ', ';
    }
    if (this.nreceived && (!this.interval || this.opt.flood || this.opt.adaptive) && this.ntransmitted > 1) {
      const ipg = Math.trunc((elapsed / 1000) / (this.ntransmitted - 1));
      s += `${comma}ipg/ewma ${Math.trunc(ipg / 1000)}.${pad3(ipg % 1000)}/${Math.trunc(this.rtt / 8000)}.${pad3(Math.trunc(this.rtt / 8) % 1000)} ms`;
    }
    this.io.out(s + '\n');
    return !this.nreceived || (this.deadline && this.nreceived < this.npackets) ? 1 : 0;
  }

  /** "rtt min/avg/max/mdev": µs shown as ms with three decimals; mdev by integer sqrt. */
  private rttLine(): string {
    const total = this.nreceived + this.nrepeats;
    const tmavg = Math.trunc(this.tsum / total);
    const tmvar = this.tsum < INT_MAX
      ? Math.trunc((this.tsum2 - (this.tsum * this.tsum) / total) / total)
      : Math.trunc(this.tsum2 / total) - tmavg * tmavg;
    const tmdev = llsqrt(tmvar);
    const f = (v: number): string => `${Math.trunc(v / 1000)}.${pad3(v % 1000)}`;
    return `rtt min/avg/max/mdev = ${f(this.tmin)}/${f(tmavg)}/${f(this.tmax)}/${f(tmdev)} ms`;
  }
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}

/** strerror() of an errno, or of none. */
export function errText(e: Errno | null): string {
  return e ? strerror[e] : 'Success';
}

/** The time= of a reply: three decimals below 1 ms, two below 10, one below 100, none above. */
export function fmtTriptime(t: number): string {
  if (t >= 100000 - 50) return `${Math.trunc((t + 500) / 1000)}`;
  if (t >= 10000 - 5) return `${Math.trunc((t + 50) / 1000)}.${Math.trunc(((t + 50) % 1000) / 100)}`;
  if (t >= 1000) return `${Math.trunc((t + 5) / 1000)}.${String(Math.trunc(((t + 5) % 1000) / 10)).padStart(2, '0')}`;
  return `${Math.trunc(t / 1000)}.${pad3(t % 1000)}`;
}

/** printf("%g"): six significant digits, trailing zeros dropped, exponent below 1e-4. */
export function fmtG(x: number): string {
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = x.toExponential(5).split('e') as [string, string];
    const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    const n = Number(e);
    return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  const s = x.toPrecision(6);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** llsqrt(): Newton's integer square root. */
export function llsqrt(a: number): number {
  let prev = Number.MAX_SAFE_INTEGER;
  let x = a;
  if (x > 0) {
    while (x < prev) {
      prev = x;
      x = Math.trunc((x + Math.trunc(a / x)) / 2);
    }
  }
  return x;
}

/** A struct timeval (two little-endian 64-bit words) at `o`, in µs. */
export function readTimeval(b: Uint8Array, o: number): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (o + TIMEVAL_LEN > b.length) return 0;
  return Number(v.getBigInt64(o, true)) * 1e6 + Number(v.getBigInt64(o + 8, true));
}

export function writeTimeval(b: Uint8Array, o: number, sec: number, usec: number): void {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  v.setBigInt64(o, BigInt(sec), true);
  v.setBigInt64(o + 8, BigInt(usec), true);
}
