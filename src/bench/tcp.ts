/**
 * `tuxnet bench tcp`: TCP goodput between two namespaces of one lab (bytes
 * delivered per wall-clock second, emulated on the virtual clock) and
 * connections per second (connect, accept, one byte each way, close).
 *
 * "Per core" is the strict figure: bytes over the CPU time of the whole
 * process (process.cpuUsage(): user + system of every thread), because
 * V8's helper threads (parallel scavenges, concurrent marking, the
 * optimising compiler) do work the transfer needs; dividing by the main
 * thread's time alone, or by wall time where those threads run on idle
 * cores, would count that work as free.
 *
 * Each is reported twice. "cold" is the first run in the process: it
 * pays for V8 compiling the stack's paths, and for compiling the TCP
 * paths again after the first connections' handshake and close reach
 * branches the optimised code had never seen, about 0.4 CPU s in all,
 * once per process.
 * "warm" is the same run once WARMUPS more have gone before it in the same
 * lab, when V8 has stopped recompiling: the goodput of a long-lived lab,
 * as iperf3 --omit leaves slow start out of its figure.
 */
import { registerBench } from '../cli/bench.js';
import { createLab } from '../lab/boot.js';
import { Session } from '../lab/session.js';
import { accept, bind, close, connectWait, listen, recvmsg, send, shutdown, socket, type Socket } from '../net/socket.js';
import { AF_INET, SOCK_STREAM } from '../uapi/linux/socket.js';
import type { Lab } from '../lab/lab.js';
import { VETH_PAIR_SETUP } from '../lab/veth_pair.js';

const SETUP = VETH_PAIR_SETUP;

const BYTES = Number(process.env.TUXNET_BENCH_TCP_MB ?? 200) * 1024 * 1024;
const CONNS = 5000;
/** Goodput runs between the cold and the warm one (V8 still recompiles during the second). */
const WARMUPS = 2;

async function drive<T>(lab: Lab, p: Promise<T>): Promise<T> {
  let done = false;
  void p.then(() => (done = true), () => (done = true));
  await lab.sched.runWhile(() => !done);
  return p;
}

async function lab2(): Promise<Lab> {
  const { lab, fs } = createLab(1);
  const r = await new Session(lab, fs).execCollect(SETUP);
  if (r.status !== 0) throw new Error(r.output);
  return lab;
}

function listener(lab: Lab, port: number): Socket {
  const s = socket(lab.netns.get('b')!, AF_INET, SOCK_STREAM, 0) as Socket;
  bind(s, { family: AF_INET, addr: 0, port });
  listen(s, 128);
  return s;
}

async function goodput(lab: Lab, port: number, bytes: number): Promise<number> {
  const srv = listener(lab, port);
  const sink = (async () => {
    const c = (await accept(srv)) as Socket;
    let n = 0;
    const buf = new Uint8Array(1 << 20);
    for (;;) {
      const m = await recvmsg(c, buf.length, 0, { buf });
      if (typeof m === 'string' || m.data.length === 0) break;
      n += m.data.length;
      if (process.env.TRACEP && (n >> 24) !== ((n - m.data.length) >> 24)) { const c = process.cpuUsage(); console.log('MARK', n >> 20, ((c.user + c.system) / 1e3).toFixed(0)); }
    }
    close(c);
    return n;
  })();
  const cli = socket(lab.netns.get('a')!, AF_INET, SOCK_STREAM, 0) as Socket;
  await connectWait(cli, { family: AF_INET, addr: 0x0a000002, port });
  const chunk = new Uint8Array(1 << 20);
  for (let off = 0; off < bytes; off += chunk.length) await send(cli, chunk);
  shutdown(cli, 1);
  const n = await sink;
  close(cli);
  close(srv);
  return n;
}

async function connections(lab: Lab, port: number): Promise<number> {
  const srv = listener(lab, port);
  const one = new Uint8Array(1);
  for (let i = 0; i < CONNS; i++) {
    const server = (async () => {
      const c = (await accept(srv)) as Socket;
      await recvmsg(c, 16);
      await send(c, one);
      close(c);
    })();
    const cli = socket(lab.netns.get('a')!, AF_INET, SOCK_STREAM, 0) as Socket;
    await connectWait(cli, { family: AF_INET, addr: 0x0a000002, port });
    await send(cli, one);
    await recvmsg(cli, 16);
    close(cli);
    await server;
  }
  close(srv);
  return CONNS;
}

/** CPU seconds (user + system) of this process since `c0`: every thread's, the figure that holds on a shared machine. */
function cpuSecs(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

interface Run {
  /** What the run counts: bytes or connections. */
  n: number;
  wall: number;
  cpu: number;
}

/** One run in `lab`, its wall and CPU seconds. */
async function measure(lab: Lab, run: (lab: Lab) => Promise<number>): Promise<Run> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const n = await drive(lab, run(lab));
  return { n, wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: cpuSecs(c0) };
}

const gbit = (r: Run, secs: number): string => ((r.n * 8) / secs / 1e9).toFixed(2);
const goodputLine = (what: string, r: Run): string =>
  `goodput ${what}: ${(r.n / 1048576).toFixed(0)} MiB a->b in ${r.wall.toFixed(2)} s wall: ${gbit(r, r.wall)} Gbit/s ` +
  `(${r.cpu.toFixed(2)} CPU s: ${gbit(r, r.cpu)} Gbit/s per core)`;
const connLine = (what: string, r: Run): string =>
  `connections ${what}: ${r.n} (connect, 1 byte each way, close) in ${r.wall.toFixed(2)} s wall: ${(r.n / r.wall).toFixed(0)} conn/s ` +
  `(${r.cpu.toFixed(2)} CPU s: ${(r.n / r.cpu).toFixed(0)} conn/s per core)`;

registerBench('tcp', async () => {
  const lab = await lab2();
  const g0 = await measure(lab, (l) => goodput(l, 5001, BYTES));
  for (let i = 1; i <= WARMUPS; i++) await measure(lab, (l) => goodput(l, 5001 + i, BYTES));
  const g1 = await measure(lab, (l) => goodput(l, 5001 + WARMUPS + 1, BYTES));
  const lab3 = await lab2();
  const c0 = await measure(lab3, (l) => connections(l, 6001));
  const c1 = await measure(lab3, (l) => connections(l, 6002));
  return {
    lines: [goodputLine('cold', g0), goodputLine('warm', g1), connLine('cold', c0), connLine('warm', c1)],
    figures: {
      goodputGbps: (g1.n * 8) / g1.wall / 1e9,
      goodputGbpsPerCore: (g1.n * 8) / g1.cpu / 1e9,
      goodputColdGbpsPerCore: (g0.n * 8) / g0.cpu / 1e9,
      connPerSec: c1.n / c1.wall,
      connPerSecPerCore: c1.n / c1.cpu,
    },
  };
});
