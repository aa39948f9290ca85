/**
 * The chronographs of tcp_info: how long the connection had data to send
 * (tcpi_busy_time), split by what held the sender back: the peer's window
 * (tcpi_rwnd_limited) or the application not filling the send buffer fast
 * enough while it was full (tcpi_sndbuf_limited). One chronograph runs at a
 * time, in jiffies (HZ 250) as the kernel counts: a more interesting
 * condition (a higher TCP_CHRONO_*) takes over from a lesser one; when a
 * condition ends the busy one resumes, or the chronograph stops with both
 * queues empty.
 * @linux net/ipv4/tcp_output.c tcp_chrono_set() tcp_chrono_start() tcp_chrono_stop(),
 *        net/ipv4/tcp.c tcp_get_info_chrono_stats()
 */
import type { TcpSock } from './tcp.js';

/** enum tcp_chrono */
export const TCP_CHRONO_UNSPEC = 0;
export const TCP_CHRONO_BUSY = 1;
export const TCP_CHRONO_RWND_LIMITED = 2;
export const TCP_CHRONO_SNDBUF_LIMITED = 3;

/** One jiffy at HZ 250, in ns. */
const JIFFY = 4e6;

function jiffies(sk: TcpSock): number {
  return Math.floor(sk.net.sched.now / JIFFY);
}

/** tcp_chrono_set(): the running period is added to its type's total, and `type` starts. */
function tcpChronoSet(sk: TcpSock, type: number): void {
  const i = sk.info;
  const now = jiffies(sk);
  if (i.chronoType > TCP_CHRONO_UNSPEC) i.chronoStat[i.chronoType - 1]! += now - i.chronoStart;
  i.chronoStart = now;
  i.chronoType = type;
}

/** tcp_chrono_start(): `type` takes over if it outranks what runs. */
export function tcpChronoStart(sk: TcpSock, type: number): void {
  if (type > sk.info.chronoType) tcpChronoSet(sk, type);
}

/** tcp_chrono_stop(): nothing left to send stops it; the end of the current condition falls back to busy. */
export function tcpChronoStop(sk: TcpSock, type: number): void {
  if (!sk.rtxQueue.length && !sk.writeQueue.length) tcpChronoSet(sk, TCP_CHRONO_UNSPEC);
  else if (type === sk.info.chronoType) tcpChronoSet(sk, TCP_CHRONO_BUSY);
}

/** tcp_get_info_chrono_stats(): [busy (the sum), rwnd_limited, sndbuf_limited] in µs, the running period included. */
export function tcpChronoStatsUs(sk: TcpSock): [number, number, number] {
  const i = sk.info;
  const running = jiffies(sk) - i.chronoStart;
  const us = i.chronoStat.map((j, k) => (j + (i.chronoType === k + 1 ? running : 0)) * (JIFFY / 1000));
  return [us[0]! + us[1]! + us[2]!, us[1]!, us[2]!];
}
