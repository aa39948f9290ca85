/**
 * One running iperf3 test on one side: the interval reports every -i
 * seconds (per stream, and [SUM] with -P), the results this side sends in
 * the exchange, and the final summary with the sender and receiver lines.
 * @iperf3 src/iperf_api.c iperf_print_intermediate() iperf_print_results() iperf_stats_callback()
 */
import type { Proc } from '../../lab/process.js';
import type { Timer } from '../../sim/scheduler.js';
import type { Interval, Results, Stream, StreamResult } from './iperf3_proto.js';
import type { Json } from './iperf3_json.js';
import { tcpServerEnd, udpEnd } from './iperf3_jdoc.js';
import {
  HDR_BW, HDR_CWND, HDR_RETR, HDR_UDP, HDR_UDP_SENDER, SEPARATOR, bwLine, cwndLine, retransLine, udpLine, udpSenderLine,
} from './iperf3_report.js';

export interface RunMode {
  udp: boolean;
  /** This side writes the data. */
  sender: boolean;
  /** Seconds between reports, 0 for none. */
  interval: number;
  client: boolean;
  /** -J: collect the report as JSON instead of printing it. */
  json: boolean;
}

const sec = (ns: number): number => ns / 1e9;
const bps = (iv: Interval): number => (iv.end > iv.start ? (iv.bytes * 8) / (iv.end - iv.start) : 0);

export class TestRun {
  private readonly t0: number;
  private last: number;
  private timer: Timer | null = null;
  private groups = 0;
  private endNs = 0;
  /** -J: the intervals array. */
  readonly jsonIntervals: Json[] = [];

  constructor(
    private readonly p: Proc,
    private readonly streams: readonly Stream[],
    private readonly mode: RunMode,
  ) {
    this.t0 = p.net.sched.now;
    this.last = this.t0;
    const out = p.stdout;
    if (!mode.json) {
      if (mode.udp) out.write(mode.sender ? HDR_UDP_SENDER : HDR_UDP);
      else out.write(mode.client || mode.sender ? HDR_CWND : HDR_BW);
    }
    if (mode.interval > 0) this.arm();
  }

  private arm(): void {
    this.timer = this.p.net.sched.schedule(this.mode.interval * 1e9, () => {
      this.report(this.p.net.sched.now);
      this.arm();
    });
  }

  /** Resolve `done` once the streams received `limit` bytes (-n in reverse mode). */
  onBytes(limit: number, done: () => void): void {
    const check = (): void => {
      if (this.streams.reduce((n, s) => n + s.bytes, 0) >= limit) done();
      else this.p.net.sched.schedule(1e6, check);
    };
    check();
  }

  /** iperf_print_intermediate(): one line per stream, [SUM] with several. */
  private report(now: number): void {
    const start = sec(this.last - this.t0);
    const end = sec(now - this.t0);
    this.last = now;
    const ivs = this.streams.map((s) => s.interval(start, end));
    if (this.mode.json) return void this.jsonIntervals.push(this.jsonInterval(ivs));
    const out = this.p.stdout;
    if (this.streams.length > 1 && this.groups++ > 0) out.write(SEPARATOR);
    this.streams.forEach((s, i) => out.write(this.line(s.id, ivs[i]!)));
    if (this.streams.length > 1) out.write(this.sumLine(ivs));
  }

  /** One entry of -J's "intervals". */
  private jsonInterval(ivs: readonly Interval[]): Json {
    const snd = this.mode.sender;
    if (this.mode.udp) return this.jsonUdpInterval(ivs);
    const streams = ivs.map((iv, i) => {
      const s = this.streams[i]!;
      const base = { socket: s.id, start: iv.start, end: iv.end, seconds: iv.end - iv.start, bytes: iv.bytes, bits_per_second: bps(iv) };
      if (!snd) return { ...base, omitted: false, sender: false };
      const t = s.tcpInfo();
      return { ...base, retransmits: iv.retr, snd_cwnd: iv.cwnd, snd_wnd: t.sndWnd, rtt: t.rtt, rttvar: t.rttvar, pmtu: t.pmtu, omitted: false, sender: true };
    });
    const first = ivs[0]!;
    const bytes = ivs.reduce((n, i) => n + i.bytes, 0);
    const sum = { start: first.start, end: first.end, seconds: first.end - first.start, bytes, bits_per_second: bps({ ...first, bytes }) };
    return { streams, sum: snd ? { ...sum, retransmits: ivs.reduce((n, i) => n + i.retr, 0), omitted: false, sender: true } : { ...sum, omitted: false, sender: false } };
  }

  /** UDP's interval: the sender counts packets, the receiver also jitter and losses. */
  private jsonUdpInterval(ivs: readonly Interval[]): Json {
    const snd = this.mode.sender;
    const one = (id: number | null, iv: Interval): Json => {
      const b = { start: iv.start, end: iv.end, seconds: iv.end - iv.start, bytes: iv.bytes, bits_per_second: bps(iv) };
      const head = id === null ? b : { socket: id, ...b };
      if (snd) return { ...head, packets: iv.packets, omitted: false, sender: true };
      const all = iv.packets + iv.lost;
      return { ...head, jitter_ms: iv.jitter * 1000, lost_packets: iv.lost, packets: all, lost_percent: all ? (100 * iv.lost) / all : 0, omitted: false, sender: false };
    };
    const first = ivs[0]!;
    const total = (f: (i: Interval) => number): number => ivs.reduce((n, i) => n + f(i), 0);
    const sum: Interval = {
      ...first, bytes: total((i) => i.bytes), packets: total((i) => i.packets), lost: total((i) => i.lost), jitter: total((i) => i.jitter) / ivs.length,
    };
    return { streams: ivs.map((iv, i) => one(this.streams[i]!.id, iv)), sum: one(null, sum) };
  }

  /** -J's "end": each stream's sender and receiver, the sums, CPU and congestion control. */
  jsonEnd(peer: Results | null): Json {
    const mine = this.results().streams;
    const theirs = peer?.streams ?? [];
    if (this.mode.udp) return this.mode.sender ? udpEnd(this.streams, mine, theirs, true) : udpEnd(this.streams, theirs, mine, false);
    if (!this.mode.client && !this.mode.sender) return tcpServerEnd(this.streams, mine);
    const side = (r: StreamResult | undefined, id: number, sender: boolean): Json => {
      const b = { socket: id, start: 0, end: r?.end_time ?? 0, seconds: r?.end_time ?? 0, bytes: r?.bytes ?? 0, bits_per_second: r && r.end_time > 0 ? (r.bytes * 8) / r.end_time : 0 };
      if (!sender) return { ...b, sender: this.mode.sender };
      const t = this.streams.find((s) => s.id === id)?.tcpInfo() ?? { rtt: 0, sndWnd: 0 };
      return { ...b, retransmits: r?.retransmits ?? 0, max_snd_cwnd: 0, max_snd_wnd: t.sndWnd, max_rtt: t.rtt, min_rtt: t.rtt, mean_rtt: t.rtt, sender: this.mode.sender };
    };
    const [snd, rcv] = this.mode.sender ? [mine, theirs] : [theirs, mine];
    const streams = this.streams.map((s, i) => ({ sender: side(snd[i], s.id, true), receiver: side(rcv[i], s.id, false) }));
    const total = (rs: StreamResult[], retr: boolean): Json => {
      const end = Math.max(0, ...rs.map((r) => r.end_time));
      const bytes = rs.reduce((n, r) => n + r.bytes, 0);
      const b = { start: 0, end, seconds: end, bytes, bits_per_second: end > 0 ? (bytes * 8) / end : 0 };
      return retr ? { ...b, retransmits: rs.reduce((n, r) => n + r.retransmits, 0), sender: this.mode.sender } : { ...b, sender: this.mode.sender };
    };
    return {
      streams, sum_sent: total(snd, true), sum_received: total(rcv, false),
      cpu_utilization_percent: { host_total: 0, host_user: 0, host_system: 0, remote_total: 0, remote_user: 0, remote_system: 0 },
      sender_tcp_congestion: 'cubic', receiver_tcp_congestion: 'cubic',
    };
  }

  private line(id: number, iv: Interval): string {
    const m = this.mode;
    if (m.udp) {
      return m.sender
        ? udpSenderLine(id, iv.start, iv.end, iv.bytes, iv.packets, '')
        : udpLine(id, iv.start, iv.end, iv.bytes, iv.jitter * 1000, iv.lost, iv.packets + iv.lost, '');
    }
    return m.sender ? cwndLine(id, iv.start, iv.end, iv.bytes, iv.retr, iv.cwnd) : bwLine(id, iv.start, iv.end, iv.bytes, '');
  }

  private sumLine(ivs: readonly Interval[]): string {
    const first = ivs[0]!;
    const total = (f: (i: Interval) => number): number => ivs.reduce((n, i) => n + f(i), 0);
    const bytes = total((i) => i.bytes);
    if (this.mode.udp) {
      if (this.mode.sender) return udpSenderLine('SUM', first.start, first.end, bytes, total((i) => i.packets), '');
      const jitter = total((i) => i.jitter) / ivs.length;
      return udpLine('SUM', first.start, first.end, bytes, jitter * 1000, total((i) => i.lost), total((i) => i.packets + i.lost), '');
    }
    if (this.mode.sender) return retransLine('SUM', first.start, first.end, bytes, total((i) => i.retr), '');
    return bwLine('SUM', first.start, first.end, bytes, '');
  }

  /** The test is over: the last partial interval (if any time passed), streams stopped. */
  end(): void {
    const now = this.p.net.sched.now;
    this.p.net.sched.cancel(this.timer);
    // The last partial interval; with -i 0 the whole test as one.
    if (now > this.last) this.report(now);
    this.endNs = now;
    for (const s of this.streams) s.stop();
  }

  /** This side's results for the exchange. */
  results(): Results {
    const dur = sec(this.endNs - this.t0);
    const streams: StreamResult[] = this.streams.map((s, i) => ({
      id: i + 1, bytes: s.bytes, retransmits: s.retransmits(), jitter: s.jitter, errors: s.lost, packets: s.packets + s.lost,
      start_time: 0, end_time: dur,
    }));
    return { sender_has_retransmits: !this.mode.udp && this.mode.sender ? 1 : 0, streams };
  }

  /** iperf_print_results(): sender and receiver lines (the client shows both, the server its own). */
  printSummary(peer: Results | null): void {
    const out = this.p.stdout;
    const m = this.mode;
    const mine = this.results().streams;
    const theirs = peer?.streams ?? [];
    out.write(SEPARATOR);
    out.write(m.udp ? HDR_UDP : m.client || m.sender ? HDR_RETR : HDR_BW);
    const sides = (i: number): Array<[StreamResult | undefined, 'sender' | 'receiver']> => {
      const [snd, rcv] = m.sender ? [mine[i], theirs[i]] : [theirs[i], mine[i]];
      if (m.client) return [[snd, 'sender'], [rcv, 'receiver']];
      return [[mine[i], m.sender ? 'sender' : 'receiver']];
    };
    const lines = (id: number | 'SUM', r: StreamResult | undefined, role: 'sender' | 'receiver'): string => {
      if (!r) return '';
      if (m.udp) {
        const lost = role === 'sender' ? 0 : r.errors;
        return udpLine(id, 0, r.end_time, r.bytes, role === 'sender' ? 0 : r.jitter * 1000, lost, r.packets, role);
      }
      return role === 'sender' ? retransLine(id, 0, r.end_time, r.bytes, r.retransmits, role) : bwLine(id, 0, r.end_time, r.bytes, role);
    };
    this.streams.forEach((s, i) => {
      for (const [r, role] of sides(i)) out.write(lines(s.id, r, role));
    });
    if (this.streams.length > 1) {
      const n = this.streams.length;
      for (const [, role] of sides(0)) {
        const rs = Array.from({ length: n }, (_, i) => sides(i).find(([, ro]) => ro === role)?.[0]).filter((r): r is StreamResult => !!r);
        if (rs.length === 0) continue;
        const sum: StreamResult = {
          id: 0, bytes: rs.reduce((a, r) => a + r.bytes, 0), retransmits: rs.reduce((a, r) => a + r.retransmits, 0),
          jitter: rs.reduce((a, r) => a + r.jitter, 0) / rs.length, errors: rs.reduce((a, r) => a + r.errors, 0),
          packets: rs.reduce((a, r) => a + r.packets, 0), start_time: 0, end_time: Math.max(...rs.map((r) => r.end_time)),
        };
        out.write(lines('SUM', sum, role));
      }
    }
  }
}
