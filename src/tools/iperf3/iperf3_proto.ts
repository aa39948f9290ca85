/**
 * iperf3's wire protocol between two lab iperf3s, and its data streams.
 * The control connection carries what iperf3's does: the 37-byte cookie,
 * one-byte state changes (PARAM_EXCHANGE, CREATE_STREAMS, TEST_START,
 * TEST_RUNNING, TEST_END, EXCHANGE_RESULTS, DISPLAY_RESULTS, IPERF_DONE)
 * and JSON objects behind a 4-byte length. Data streams are TCP
 * connections opened with the cookie, or connected UDP sockets greeted
 * with UDP_CONNECT_MSG, carrying 128 KB writes or datagrams with iperf3's
 * 12-byte header (sec, usec, sequence number).
 *
 * Time: the lab's links cost no time, so a sender pays for each write in
 * virtual time at the target bitrate (-b), or without one at HOST_BPS, the
 * rate of a notional host's copy loop: a 10-second test takes 10 virtual
 * seconds and carries what that rate allows. Retransmissions and the
 * congestion window come from the sockets' TCP_INFO.
 * @iperf3 src/iperf_api.c iperf_exchange_parameters() iperf_exchange_results(),
 *         src/iperf_client_api.c, src/iperf_server_api.c, src/iperf_tcp.c, src/iperf_udp.c
 */
import type { Proc } from '../../lab/process.js';
import type { Errno } from '../../net/core/errno.js';
import { Task, close, getsockoptTcpInfo, recvmsg, send, type Socket } from '../../net/socket.js';

export const TEST_START = 1;
export const TEST_RUNNING = 2;
export const TEST_END = 4;
export const PARAM_EXCHANGE = 9;
export const CREATE_STREAMS = 10;
export const EXCHANGE_RESULTS = 13;
export const DISPLAY_RESULTS = 14;
export const IPERF_DONE = 16;
export const COOKIE_SIZE = 37;
export const UDP_CONNECT_MSG = 0x36373839;
export const UDP_CONNECT_REPLY = 0x39383736;

/**
 * The rate a sender without -b writes at (see above): 100 Mbit/s, so that
 * a default 10-second test (125 MB through the emulated TCP) stays cheap.
 */
export const HOST_BPS = 100e6;
export const DEFAULT_TCP_BLKSIZE = 128 * 1024;

/** What the client tells the server (iperf_exchange_parameters' JSON). */
export interface Iperf3Params {
  tcp?: boolean;
  udp?: boolean;
  omit: number;
  time: number;
  num: number;
  blockcount: number;
  parallel: number;
  reverse?: boolean;
  len: number;
  bandwidth: number;
  pacing_timer: number;
  client_version: string;
}

/** One stream's side of the results exchange. */
export interface StreamResult {
  id: number;
  bytes: number;
  retransmits: number;
  jitter: number;
  errors: number;
  packets: number;
  start_time: number;
  end_time: number;
}

export interface Results {
  sender_has_retransmits: number;
  streams: StreamResult[];
}

/** The control connection: whole reads of n bytes over a stream socket. */
export class Ctl {
  private buf = new Uint8Array(0);
  readonly task = new Task();

  constructor(readonly sock: Socket) {}

  async read(n: number): Promise<Uint8Array | null> {
    while (this.buf.length < n) {
      const m = await recvmsg(this.sock, 65536, 0, { task: this.task });
      if (typeof m === 'string') {
        if (m === 'EAGAIN') continue;
        return null;
      }
      if (m.data.length === 0) return null;
      const b = new Uint8Array(this.buf.length + m.data.length);
      b.set(this.buf);
      b.set(m.data, this.buf.length);
      this.buf = b;
    }
    const out = this.buf.slice(0, n);
    this.buf = this.buf.slice(n);
    return out;
  }

  async state(): Promise<number | null> {
    const b = await this.read(1);
    return b === null ? null : (b[0]! << 24) >> 24;
  }

  async sendState(s: number): Promise<void> {
    await send(this.sock, Uint8Array.of(s & 0xff), 0, { task: this.task });
  }

  /** JSON_write(): length (network order), then the text. */
  async sendJson(v: object): Promise<void> {
    const text = new TextEncoder().encode(JSON.stringify(v));
    const b = new Uint8Array(4 + text.length);
    new DataView(b.buffer).setUint32(0, text.length);
    b.set(text, 4);
    await send(this.sock, b, 0, { task: this.task });
  }

  async readJson<T>(): Promise<T | null> {
    const h = await this.read(4);
    if (!h) return null;
    const body = await this.read(new DataView(h.buffer).getUint32(0));
    if (!body) return null;
    return JSON.parse(new TextDecoder().decode(body)) as T;
  }
}

/** make_cookie(): 36 characters of [a-z2-7] and a NUL, from the lab's RNG. */
export function makeCookie(p: Proc): Uint8Array {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const b = new Uint8Array(COOKIE_SIZE);
  for (let i = 0; i < COOKIE_SIZE - 1; i++) b[i] = alphabet.charCodeAt(p.lab.rng.below(32));
  return b;
}

/** One interval's numbers. */
export interface Interval {
  start: number;
  end: number;
  bytes: number;
  retr: number;
  cwnd: number;
  packets: number;
  lost: number;
  jitter: number;
}

/** A data stream and its counters. */
export class Stream {
  bytes = 0;
  packets = 0;
  lost = 0;
  /** RFC 1889 jitter, in seconds. */
  jitter = 0;
  private prevTransit: number | null = null;
  private nextSeq = 1;
  readonly task = new Task();
  stopped = false;
  private mark = { bytes: 0, retr: 0, packets: 0, lost: 0 };

  constructor(
    readonly id: number,
    readonly sock: Socket,
    readonly udp: boolean,
  ) {}

  retransmits(): number {
    const i = getsockoptTcpInfo(this.sock);
    return typeof i === 'string' ? 0 : i.totalRetrans;
  }

  /** TCP_INFO's rtt, rttvar, snd_wnd and pmtu, as -J shows them. */
  tcpInfo(): { rtt: number; rttvar: number; sndWnd: number; pmtu: number } {
    const i = getsockoptTcpInfo(this.sock);
    if (typeof i === 'string') return { rtt: 0, rttvar: 0, sndWnd: 0, pmtu: 0 };
    return { rtt: i.rtt, rttvar: i.rttvar, sndWnd: i.sndWnd, pmtu: i.pmtu };
  }

  cwnd(): number {
    const i = getsockoptTcpInfo(this.sock);
    return typeof i === 'string' ? 0 : i.sndCwnd * i.sndMss;
  }

  /** The interval since the last call, as iperf_stats_callback() closes one. */
  interval(start: number, end: number): Interval {
    const retr = this.retransmits();
    const iv: Interval = {
      start, end, bytes: this.bytes - this.mark.bytes, retr: retr - this.mark.retr, cwnd: this.cwnd(),
      packets: this.packets - this.mark.packets, lost: this.lost - this.mark.lost, jitter: this.jitter,
    };
    this.mark = { bytes: this.bytes, retr, packets: this.packets, lost: this.lost };
    return iv;
  }

  /**
   * The sender: blocks of `len` (datagrams with the UDP header), each paid
   * for in virtual time at `bps`, until stopped or `limit` bytes are sent.
   */
  async sendLoop(p: Proc, len: number, bps: number, limit: number, onLimit: () => void): Promise<void> {
    const sched = p.net.sched;
    const t0 = sched.now;
    const block = new Uint8Array(len);
    const dv = new DataView(block.buffer);
    while (!this.stopped) {
      if (this.udp) {
        const now = sched.now;
        dv.setUint32(0, Math.floor(now / 1e9));
        dv.setUint32(4, Math.floor((now % 1e9) / 1e3));
        dv.setUint32(8, this.packets + 1);
      }
      const r = await send(this.sock, block, 0, { task: this.task });
      if (this.stopped) return;
      if (typeof r === 'string') {
        if (r === 'EINTR' || r === 'EAGAIN' || r === 'ECONNREFUSED' || r === 'ENOBUFS') continue;
        return;
      }
      this.bytes += r;
      this.packets++;
      if (limit > 0 && this.bytes >= limit) return onLimit();
      const due = t0 + Math.round((this.bytes * 8 * 1e9) / bps);
      if (due > sched.now) await sched.sleep(due - sched.now);
    }
  }

  /** The receiver: counts bytes (and for UDP sequence gaps and jitter) until EOF or stopped. */
  async recvLoop(p: Proc, len: number): Promise<void> {
    const sched = p.net.sched;
    while (!this.stopped) {
      const m = await recvmsg(this.sock, Math.max(len, 65536), 0, { task: this.task });
      if (this.stopped) return;
      if (typeof m === 'string') {
        if (m === 'EINTR' || m === 'EAGAIN' || m === 'ECONNREFUSED') continue;
        return;
      }
      if (m.data.length === 0 && !this.udp) return;
      this.bytes += m.data.length;
      if (this.udp && m.data.length >= 12) this.datagram(m.data, sched.now);
    }
  }

  /** iperf_udp_recv(): sequence accounting and the RFC 1889 jitter estimate. */
  private datagram(d: Uint8Array, now: number): void {
    const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
    const sent = dv.getUint32(0) + dv.getUint32(4) / 1e6;
    const seq = dv.getUint32(8);
    this.packets++;
    if (seq >= this.nextSeq) {
      this.lost += seq - this.nextSeq;
      this.nextSeq = seq + 1;
    } else if (this.lost > 0) this.lost--;
    const transit = now / 1e9 - sent;
    if (this.prevTransit !== null) this.jitter += (Math.abs(transit - this.prevTransit) - this.jitter) / 16;
    this.prevTransit = transit;
  }

  stop(): void {
    this.stopped = true;
    this.task.signalWakeUp();
  }

  close(): void {
    this.stop();
    close(this.sock);
  }
}

/** The error line and status of iperf3's i_errno reports. */
export class Iperf3Error extends Error {
  constructor(
    readonly text: string,
    readonly status = 1,
  ) {
    super(text);
  }
}

export function errText(msg: string, e: Errno, strerror: Readonly<Record<Errno, string>>): Iperf3Error {
  return new Iperf3Error(`iperf3: error - ${msg}: ${strerror[e]}`);
}
