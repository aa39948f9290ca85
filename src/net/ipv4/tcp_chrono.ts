/**
 * The busy chronograph of tcp_info (tcpi_busy_time): how long the
 * connection had data queued or in flight, in jiffies (HZ 250) as the
 * kernel counts it. It starts when the write queue gets data and stops
 * when the retransmit queue empties with nothing left to send. Linux
 * splits the busy time by what limited the sender (rwnd, sndbuf); their
 * sum is tcpi_busy_time, which is all tuxnet keeps.
 * @linux net/ipv4/tcp_output.c tcp_chrono_start() tcp_chrono_stop(), include/net/tcp.h tcp_chrono_set(),
 *        net/ipv4/tcp.c tcp_get_info_chrono_stats()
 */
import type { TcpSock } from './tcp.js';

/** One jiffy at HZ 250, in ns. */
const JIFFY = 4e6;

function jiffies(sk: TcpSock): number {
  return Math.floor(sk.net.sched.now / JIFFY);
}

/** tcp_chrono_start(sk, TCP_CHRONO_BUSY): data is queued; the chronograph runs unless it already does. */
export function tcpChronoStart(sk: TcpSock): void {
  const i = sk.info;
  if (i.chronoStart >= 0) return;
  i.chronoStart = jiffies(sk);
}

/** tcp_chrono_stop(sk, TCP_CHRONO_BUSY): with both queues empty, the running time is added up and the chronograph stops. */
export function tcpChronoStop(sk: TcpSock): void {
  const i = sk.info;
  if (i.chronoStart < 0 || sk.rtxQueue.length || sk.writeQueue.length) return;
  i.busyJiffies += jiffies(sk) - i.chronoStart;
  i.chronoStart = -1;
}

/** tcpi_busy_time in µs: the time added up, plus the running period (jiffies · USEC_PER_SEC / HZ). */
export function tcpBusyTimeUs(sk: TcpSock): number {
  const i = sk.info;
  const running = i.chronoStart >= 0 ? jiffies(sk) - i.chronoStart : 0;
  return (i.busyJiffies + running) * (JIFFY / 1000);
}
