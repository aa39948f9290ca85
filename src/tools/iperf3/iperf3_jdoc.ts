/**
 * iperf3 -J documents other than the TCP client's: the server's (its
 * "start" names the accepted control connection; its sums see the
 * sender's bytes as 0) and UDP's (per-stream "udp" blocks with jitter,
 * losses and packets; a "sum" besides sum_sent and sum_received).
 * @iperf3 src/iperf_api.c iperf_json_start() iperf_print_results() iperf_exchange_parameters()
 */
import { getpeername, getsockname } from '../../net/socket.js';
import { ipToString } from '../../wire/ipv4.js';
import { JsonPairs, type Json } from './iperf3_json.js';
import type { Iperf3Params, Stream, StreamResult } from './iperf3_proto.js';

export const SYSTEM_INFO = 'Linux tuxnet 6.1.0 #1 SMP PREEMPT_DYNAMIC x86_64';
const CPU: Json = { host_total: 0, host_user: 0, host_system: 0, remote_total: 0, remote_user: 0, remote_system: 0 };

/** "connected": each stream's addresses. */
export function jsonConnected(streams: readonly Stream[]): Json[] {
  return streams.map((s) => {
    const me = getsockname(s.sock);
    const peer = getpeername(s.sock);
    return {
      socket: s.id, local_host: typeof me === 'string' ? '' : ipToString(me.addr), local_port: typeof me === 'string' ? 0 : me.port,
      remote_host: typeof peer === 'string' ? '' : ipToString(peer.addr), remote_port: typeof peer === 'string' ? 0 : peer.port,
    };
  });
}

/** What the server knows when the test starts. */
export interface ServerStart {
  streams: readonly Stream[];
  params: Iperf3Params;
  cookie: string;
  /** The control connection's peer. */
  host: string;
  port: number;
  /** Virtual seconds since the epoch at the start. */
  timesecs: number;
}

/** The server's "start": the TCP and UDP servers add their keys in different orders (UDP repeats target_bitrate). */
export function serverStart(s: ServerStart): Json {
  const p = s.params;
  const udp = !!p.udp;
  const ts: Json = { time: new Date(s.timesecs * 1000).toUTCString(), timesecs: s.timesecs };
  const acc: Json = { host: s.host, port: s.port };
  const testStart: Json = {
    protocol: udp ? 'UDP' : 'TCP', num_streams: p.parallel, blksize: p.len, omit: p.omit, duration: p.time, bytes: p.num,
    blocks: p.blockcount, reverse: p.reverse ? 1 : 0, tos: 0, target_bitrate: p.bandwidth,
  };
  const bufs: Array<[string, Json]> = [['sock_bufsize', 0], ['sndbuf_actual', udp ? 212992 : 16384], ['rcvbuf_actual', udp ? 212992 : 131072]];
  const head: Array<[string, Json]> = [['connected', jsonConnected(s.streams)], ['version', 'iperf 3.12'], ['system_info', SYSTEM_INFO]];
  if (udp) {
    return new JsonPairs([...head, ['target_bitrate', p.bandwidth], ['timestamp', ts], ['accepted_connection', acc], ['cookie', s.cookie],
      ['target_bitrate', p.bandwidth], ...bufs, ['test_start', testStart]]);
  }
  return new JsonPairs([...head, ...bufs, ['timestamp', ts], ['accepted_connection', acc], ['cookie', s.cookie], ['tcp_mss_default', 0],
    ['target_bitrate', p.bandwidth], ['test_start', testStart]]);
}

const bpsOf = (bytes: number, secs: number): number => (secs > 0 ? (bytes * 8) / secs : 0);
const sumOf = (rs: readonly StreamResult[], f: (r: StreamResult) => number): number => rs.reduce((n, r) => n + f(r), 0);
const endOf = (rs: readonly StreamResult[]): number => Math.max(0, ...rs.map((r) => r.end_time));
const pct = (lost: number, packets: number): number => (packets > 0 ? (100 * lost) / packets : 0);

/** The TCP server's "end" as a receiver: the sender's bytes are unknown to it (0). */
export function tcpServerEnd(streams: readonly Stream[], mine: readonly StreamResult[]): Json {
  const block = (id: number, end: number, bytes: number): Json => ({
    socket: id, start: 0, end, seconds: end, bytes, bits_per_second: bpsOf(bytes, end), sender: false,
  });
  const end = endOf(mine);
  const total = (bytes: number): Json => ({ start: 0, end, seconds: end, bytes, bits_per_second: bpsOf(bytes, end), sender: false });
  return {
    streams: streams.map((s, i) => ({ sender: block(s.id, mine[i]?.end_time ?? 0, 0), receiver: block(s.id, mine[i]?.end_time ?? 0, mine[i]?.bytes ?? 0) })),
    sum_sent: total(0), sum_received: total(sumOf(mine, (r) => r.bytes)), cpu_utilization_percent: CPU, receiver_tcp_congestion: 'cubic',
  };
}

/**
 * UDP's "end" on either side: `snd` and `rcv` are the sender's and the
 * receiver's results (one of them exchanged from the peer); the side that
 * does not send counts the sent bytes and packets as 0.
 */
export function udpEnd(streams: readonly Stream[], snd: readonly StreamResult[], rcv: readonly StreamResult[], sender: boolean): Json {
  const sentBytes = (r: StreamResult | undefined): number => (sender ? r?.bytes ?? 0 : 0);
  const udp = streams.map((s, i) => {
    const tx = snd[i];
    const rx = rcv[i];
    const end = (sender ? tx : rx)?.end_time ?? 0;
    const bytes = sentBytes(tx);
    const lost = rx?.errors ?? 0;
    const packets = (sender ? tx?.packets : rx?.packets) ?? 0;
    return {
      udp: {
        socket: s.id, start: 0, end, seconds: end, bytes, bits_per_second: bpsOf(bytes, end), jitter_ms: (rx?.jitter ?? 0) * 1000,
        lost_packets: lost, packets, lost_percent: pct(lost, packets), out_of_order: 0, sender,
      },
    };
  });
  const rEnd = endOf(rcv);
  const sEnd = sender ? endOf(snd) : rEnd;
  const jitter = rcv.length ? (sumOf(rcv, (r) => r.jitter) / rcv.length) * 1000 : 0;
  const lost = sumOf(rcv, (r) => r.errors);
  const sent = sender ? sumOf(snd, (r) => r.bytes) : 0;
  const sentPk = sender ? sumOf(snd, (r) => r.packets) : 0;
  const rcvPk = sumOf(rcv, (r) => r.packets);
  const recvd = sumOf(rcv, (r) => r.bytes);
  const line = (end: number, bytes: number, jit: number, lo: number, pk: number, snd: boolean): Json => ({
    start: 0, end, seconds: end, bytes, bits_per_second: bpsOf(bytes, end), jitter_ms: jit, lost_packets: lo, packets: pk,
    lost_percent: pct(lo, pk), sender: snd,
  });
  return {
    streams: udp, sum: line(rEnd, sent, jitter, lost, sender ? sentPk : rcvPk, sender),
    sum_sent: line(sEnd, sent, 0, 0, sentPk, true), sum_received: line(rEnd, recvd, jitter, lost, rcvPk, false),
    cpu_utilization_percent: CPU,
  };
}
