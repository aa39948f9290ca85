/**
 * `tuxnet bench scale`: how the control plane grows with the size of a lab,
 * built the way a user builds it, one `ip -batch FILE` per step: veth pairs,
 * addresses on one device, routes, namespaces. Each step runs at a small and
 * a large count in a fresh lab; the report gives the CPU time of the process
 * (wall time too: on a shared machine it may be much more), the heap growth,
 * and the ratio of the large CPU time to a linear extrapolation of the small
 * one (1.0: linear; 10: ten times worse than linear). The batch runs in
 * files of CHUNK lines; a run whose CPU time exceeds BUDGET_MS stops there and
 * reports how far it got (the ratio is then taken at that count).
 */
import { registerBench } from '../cli/bench.js';
import { createLab } from '../lab/boot.js';
import { Session } from '../lab/session.js';
import { collector } from './collector.js';

interface Scenario {
  readonly name: string;
  readonly sizes: readonly [number, number];
  /** Commands run before the measured batch (not timed). */
  readonly setup: string;
  /** The i-th line of the batch file (without `ip`). */
  readonly line: (i: number) => string;
}

/** A dotted quad from a 32-bit number. */
const quad = (n: number): string => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

const UPLINK = 'ip link add v0 type veth peer name w0; ip link set v0 up; ip link set w0 up';

const SCENARIOS: readonly Scenario[] = [
  { name: 'veth pairs', sizes: [1000, 10000], setup: '', line: (i) => `link add a${i} type veth peer name b${i}` },
  {
    name: 'addresses on one device',
    sizes: [1000, 20000],
    setup: UPLINK,
    // one /16: the first is the primary, the others its secondaries
    line: (i) => `addr add ${quad(0x0a800001 + i)}/16 dev v0`,
  },
  {
    name: 'routes',
    sizes: [1000, 100000],
    setup: `${UPLINK}; ip addr add 192.168.0.1/24 dev v0`,
    line: (i) => `route add ${quad(0x14000000 + i * 256)}/24 via 192.168.0.2`,
  },
  { name: 'namespaces', sizes: [100, 3000], setup: '', line: (i) => `netns add n${i}` },
];

const CHUNK = 1000;
const BUDGET_MS = 60_000;

interface Figure {
  /** Lines run (fewer than asked when the budget ran out). */
  readonly n: number;
  readonly asked: number;
  /** CPU (user + system) and wall milliseconds spent in the batches. */
  readonly ms: number;
  readonly wallMs: number;
  readonly heapMb: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function measure(s: Scenario, asked: number, gc: () => void): Promise<Figure> {
  const { lab, fs } = createLab(1);
  const session = new Session(lab, fs);
  if (s.setup) {
    const r = await session.execCollect(s.setup);
    if (r.status !== 0) throw new Error(`${s.name}: setup failed: ${r.output}`);
  }
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  let ms = 0;
  let wallMs = 0;
  let n = 0;
  while (n < asked && ms < BUDGET_MS) {
    const lines: string[] = [];
    for (const end = Math.min(asked, n + CHUNK); n < end; n++) lines.push(s.line(n));
    fs.write('/tmp/scale.batch', lines.join('\n') + '\n', lab.initNet);
    const c0 = cpuMs();
    const t0 = process.hrtime.bigint();
    const r = await session.execCollect('ip -batch /tmp/scale.batch');
    wallMs += Number(process.hrtime.bigint() - t0) / 1e6;
    ms += cpuMs() - c0;
    if (r.status !== 0) throw new Error(`${s.name} at ${n}: ${r.output.slice(0, 200)}`);
  }
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
  return { n, asked, ms, wallMs, heapMb };
}

function show(f: Figure): string {
  const stopped = f.n < f.asked ? ` (stopped at ${f.n} of ${f.asked}: over ${BUDGET_MS / 1000} s cpu)` : '';
  return `${f.n} in ${f.ms.toFixed(0)} ms cpu (${f.wallMs.toFixed(0)} ms wall)${stopped}, heap +${f.heapMb.toFixed(1)} MB`;
}

registerBench('scale', async () => {
  const gc = collector();
  const out: string[] = [];
  for (const s of SCENARIOS) {
    const small = await measure(s, s.sizes[0], gc);
    const large = await measure(s, s.sizes[1], gc);
    const ratio = large.ms / (small.ms * (large.n / small.n));
    out.push(`${s.name}: ${show(small)}; ${show(large)}; ${ratio.toFixed(1)}x linear`);
  }
  return out;
});
