/**
 * `tuxnet bench tcp`: TCP goodput between two namespaces of one lab (bytes
 * delivered per wall-clock second, emulated on the virtual clock) and
 * connections per second (connect, accept, one byte each way, close).
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

async function goodput(lab: Lab): Promise<number> {
  const srv = listener(lab, 5001);
  const sink = (async () => {
    const c = (await accept(srv)) as Socket;
    let n = 0;
    const buf = new Uint8Array(1 << 20);
    for (;;) {
      const m = await recvmsg(c, buf.length, 0, { buf });
      if (typeof m === 'string' || m.data.length === 0) break;
      n += m.data.length;
    }
    close(c);
    return n;
  })();
  const cli = socket(lab.netns.get('a')!, AF_INET, SOCK_STREAM, 0) as Socket;
  await connectWait(cli, { family: AF_INET, addr: 0x0a000002, port: 5001 });
  const chunk = new Uint8Array(1 << 20);
  for (let off = 0; off < BYTES; off += chunk.length) await send(cli, chunk);
  shutdown(cli, 1);
  const n = await sink;
  close(cli);
  close(srv);
  return n;
}

async function connections(lab: Lab): Promise<void> {
  const srv = listener(lab, 5002);
  const one = new Uint8Array(1);
  for (let i = 0; i < CONNS; i++) {
    const server = (async () => {
      const c = (await accept(srv)) as Socket;
      await recvmsg(c, 16);
      await send(c, one);
      close(c);
    })();
    const cli = socket(lab.netns.get('a')!, AF_INET, SOCK_STREAM, 0) as Socket;
    await connectWait(cli, { family: AF_INET, addr: 0x0a000002, port: 5002 });
    await send(cli, one);
    await recvmsg(cli, 16);
    close(cli);
    await server;
  }
  close(srv);
}

/** CPU seconds (user + system) of this process since `c0`: the figure that holds on a shared machine. */
function cpuSecs(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

registerBench('tcp', async () => {
  const lab = await lab2();
  let t0 = process.hrtime.bigint();
  let c0 = process.cpuUsage();
  const n = await drive(lab, goodput(lab));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = cpuSecs(c0);
  const lab3 = await lab2();
  t0 = process.hrtime.bigint();
  c0 = process.cpuUsage();
  await drive(lab3, connections(lab3));
  const csecs = Number(process.hrtime.bigint() - t0) / 1e9;
  const ccpu = cpuSecs(c0);
  return [
    `goodput: ${(n / 1048576).toFixed(0)} MiB a->b in ${secs.toFixed(2)} s wall: ${((n * 8) / secs / 1e9).toFixed(2)} Gbit/s ` +
      `(${cpu.toFixed(2)} CPU s: ${((n * 8) / cpu / 1e9).toFixed(2)} Gbit/s per core)`,
    `connections: ${CONNS} (connect, 1 byte each way, close) in ${csecs.toFixed(2)} s wall: ${(CONNS / csecs).toFixed(0)} conn/s ` +
      `(${ccpu.toFixed(2)} CPU s: ${(CONNS / ccpu).toFixed(0)} conn/s per core)`,
  ];
});
