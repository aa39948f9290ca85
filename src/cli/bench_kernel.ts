/**
 * `tuxnet bench kernel-*`: the same work on tuxnet and, side by side in the
 * same run, on the real kernel of this machine (issue 14): a 1M-route load
 * by `ip -batch`, 100 and 1000 namespaces with veths to a hub, a chain of
 * 30 routers with pings end to end, the replay of the recorded transcripts.
 * The kernel side runs as kt does (/work/shared/tools/kt): `unshare --net
 * --mount` with a private tmpfs on /run/netns, so nothing of it outlives
 * the run. The kernel side only as root on Linux, and never in CI:
 * elsewhere each bench runs the tuxnet side alone and says why the
 * kernel's skipped. Wall-clock times on both sides (the kernel's work is
 * not all in this process); the ratio is kernel / tuxnet. Both sides run
 * the same script with bash's semantics; tuxnet's side is a fresh lab in
 * this process (its boot counted, node's start-up not), the kernel's side
 * starts bash and one `ip` process per command: each line says so. The
 * namespace scenarios run each side KBENCH_RUNS times (default 3),
 * alternately, and report the first (cold) and the median ratio. After
 * each kernel run the bench waits for the kernel to free its namespaces
 * (cleanup_net() runs after the processes exit) so that no run shares the
 * CPU with the previous one's teardown; that wait is reported, not timed.
 */
import { nodeBuiltin } from './node_builtin.js';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchReport, registerBench } from './bench.js';
import { createLab } from '../lab/boot.js';
import { Session } from '../lab/session.js';
import { collector } from '../bench/collector.js';

function childProcess(): typeof import('node:child_process') {
  return nodeBuiltin<typeof import('node:child_process')>('node:child_process');
}

const PRELUDE = `set -e
mkdir -p /run/netns
mount -t tmpfs tmpfs /run/netns
export LANG=C LC_ALL=C PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
`;

/** Why the kernel side cannot run here, or null. */
function skipReason(): string | null {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`;
  if (process.env.CI) return 'CI is set';
  if (process.getuid?.() !== 0) return 'not root (the kernel side needs unshare --net --mount)';
  return null;
}

const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;

/** The kernel's live `struct net`s (the net_namespace slab's active objects), or null where /proc/slabinfo cannot be read. */
function kernelNetCount(): number | null {
  try {
    const m = /^net_namespace\s+(\d+)/m.exec(readFileSync('/proc/slabinfo', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const sleepSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** Slab slack: SLUB counts objects freed into a CPU's slab as active, and other processes make namespaces too. */
const NETNS_SLACK = 8;

/**
 * Waits for the kernel to free the namespaces of a run; the seconds until
 * their count went back (or last dropped).
 * A namespace's last reference going (bash exits, its mount namespace and
 * the /run/netns tmpfs with it) only queues it for cleanup_net() on the
 * netns workqueue, which unregisters its devices and frees it later:
 * tenths of a second for 100, seconds for 1000, starting seconds late on a
 * loaded machine. Left running, that teardown shares the CPU with the next
 * run (tuxnet's, in the alternation), which made the medians worse than
 * the cold run. No side's teardown is timed (tuxnet's lab is collected,
 * untimed, before its next run). Done when the count is back within
 * NETNS_SLACK of `before`, or has not dropped for 5 s, at most 60 s. The
 * count is the whole machine's: on a shared one, others' namespaces come
 * and go in it, so the wait (and the teardown figure) is a best effort.
 */
function awaitNetnsCleanup(before: number | null): number {
  const t0 = process.hrtime.bigint();
  let last = kernelNetCount();
  if (before === null || last === null) return 0;
  let lastDrop = t0;
  while (last > before + NETNS_SLACK && seconds(lastDrop) < 5 && seconds(t0) < 60) {
    sleepSync(10);
    const now = kernelNetCount() ?? before;
    if (now < last) lastDrop = process.hrtime.bigint();
    last = now;
  }
  return last > before + NETNS_SLACK ? Number(lastDrop - t0) / 1e9 : seconds(t0);
}

interface KernelRun {
  /** Wall seconds of bash and its processes. */
  wall: number;
  /** Seconds the kernel took afterwards to free the run's namespaces (not counted in `wall`). */
  teardown: number;
}

/** Runs `script` with bash in a fresh network and mount namespace of the real kernel, then waits for its teardown. */
function onKernel(script: string, files: Record<string, string> = {}): KernelRun {
  const dir = mkdtempSync(join(tmpdir(), 'tuxnet-kbench-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const before = kernelNetCount();
    const t0 = process.hrtime.bigint();
    const r = childProcess().spawnSync('unshare', ['--net', '--mount', '--propagation', 'private', 'bash', '-s'], {
      input: `${PRELUDE}cd ${dir}\n${script}\n`, encoding: 'utf8', maxBuffer: 1 << 26,
    });
    const wall = seconds(t0);
    if (r.status !== 0) throw new Error(`kernel side failed (${r.status}): ${(r.stderr || r.stdout || String(r.error)).slice(0, 300)}`);
    return { wall, teardown: awaitNetnsCleanup(before) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cpuSec = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

interface TuxnetRun {
  wall: number;
  cpu: number;
  /** Growth of the process's resident set, and of what lives after a collection (heap + external), in bytes. */
  rss: number;
  live: number;
}

function liveBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** The same script in a fresh tuxnet lab (files in its cwd); wall and cpu seconds, memory growth. */
async function onTuxnet(script: string, files: Record<string, string> = {}): Promise<TuxnetRun> {
  const gc = collector();
  gc();
  const rss0 = process.memoryUsage().rss;
  const live0 = liveBytes();
  const c0 = cpuSec();
  const t0 = process.hrtime.bigint();
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  for (const [name, text] of Object.entries(files)) fs.write(`/tmp/${name}`, text, lab.initNet);
  const r = await s.execCollect(`cd /tmp\n${script}`);
  const run = { wall: seconds(t0), cpu: cpuSec() - c0, rss: 0, live: 0 };
  if (r.status !== 0) throw new Error(`tuxnet side failed (${r.status}): ${r.output.slice(0, 300)}`);
  for (const name of Object.keys(files)) fs.remove(`/tmp/${name}`);
  gc();
  run.rss = process.memoryUsage().rss - rss0;
  run.live = liveBytes() - live0;
  // the lab is alive when measured (used after the collection): the figures include it
  if (!lab.initNet) throw new Error('tuxnet side lost its lab');
  return run;
}

/** KBENCH_RUNS: how many times each side of a repeated scenario runs (default `dflt`). */
function runCount(dflt: number): number {
  const n = Number(process.env.KBENCH_RUNS ?? dflt);
  return Number.isInteger(n) && n > 0 ? n : dflt;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Both sides of one scenario, reported as a line and figures; `perItem`
 * adds tuxnet's memory growth per item (a route, a namespace). The tuxnet
 * side runs wherever the kernel side cannot. With `runs` > 1 the sides
 * alternate (tuxnet, kernel, tuxnet, kernel...) so both see the same load
 * on a shared machine: the first pair is the cold figure (tuxnet's code
 * not compiled yet, the kernel's caches cold), the medians the steady one.
 * The figures without a prefix are the first run's; `median*` the medians.
 */
async function sideBySide(what: string, script: string, files: Record<string, string> = {}, perItem?: { n: number; unit: string }, runs = 1): Promise<BenchReport> {
  const skip = skipReason();
  const tuxRuns: TuxnetRun[] = [];
  const kernRuns: number[] = [];
  const teardowns: number[] = [];
  for (let i = 0; i < runs; i++) {
    tuxRuns.push(await onTuxnet(script, files));
    if (skip) continue;
    const k = onKernel(script, files);
    kernRuns.push(k.wall);
    teardowns.push(k.teardown);
  }
  const tux = tuxRuns[0]!;
  const mem = perItem
    ? `, RSS +${(tux.rss / perItem.n).toFixed(0)} B/${perItem.unit} (live heap + external +${(tux.live / perItem.n).toFixed(0)} B/${perItem.unit})`
    : '';
  const figures: Record<string, number> = { tuxnetSec: tux.wall, tuxnetCpuSec: tux.cpu };
  if (perItem) Object.assign(figures, { rssPerItem: tux.rss / perItem.n, livePerItem: tux.live / perItem.n });
  const tuxMed = median(tuxRuns.map((r) => r.wall));
  if (runs > 1) Object.assign(figures, { medianTuxnetSec: tuxMed, medianTuxnetCpuSec: median(tuxRuns.map((r) => r.cpu)) });
  const steady = runs > 1 ? `; median of ${runs}: ${tuxMed.toFixed(2)} s` : '';
  const mine = `tuxnet ${tux.wall.toFixed(2)} s (${tux.cpu.toFixed(2)} s cpu${mem}; a fresh lab in this process, node start-up not counted)${steady}`;
  if (skip) return { lines: [`${what}: ${mine}; kernel side skipped: ${skip}`], figures };
  const kern = kernRuns[0]!;
  const kernMed = median(kernRuns);
  const teardown = median(teardowns);
  Object.assign(figures, { kernelSec: kern, ratio: kern / tux.wall, kernelTeardownSec: teardown });
  if (runs > 1) Object.assign(figures, { medianKernelSec: kernMed, medianRatio: kernMed / tuxMed });
  const theirs = `kernel ${kern.toFixed(2)} s (bash and one ip process per command, started and counted; its namespaces freed ${teardown.toFixed(2)} s later, waited for, not counted)${runs > 1 ? `; median of ${runs}: ${kernMed.toFixed(2)} s` : ''}`;
  const ratios = runs > 1 ? `${(kern / tux.wall).toFixed(1)}x cold, ${(kernMed / tuxMed).toFixed(1)}x median (runs alternate)` : `${(kern / tux.wall).toFixed(1)}x`;
  return { lines: [`${what}: ${mine}, ${theirs}: ${ratios}`], figures };
}

const quad = (n: number): string => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

/** KBENCH_ROUTES (default 1M): the size of the route load. */
function routeCount(): number {
  const n = Number(process.env.KBENCH_ROUTES ?? 1_000_000);
  return Number.isInteger(n) && n > 0 ? n : 1_000_000;
}

registerBench('kernel-routes', () => {
  const n = routeCount();
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`route add ${quad(0x14000000 + i * 8)}/29 via 192.168.0.2`);
  const script = 'ip link add v0 type veth peer name w0; ip link set v0 up; ip link set w0 up\nip addr add 192.168.0.1/24 dev v0\nip -batch routes.batch';
  return sideBySide(`${n} routes by ip -batch`, script, { 'routes.batch': lines.join('\n') + '\n' }, { n, unit: 'route' });
});

/** N namespaces, each with a veth to the hub namespace, both ends up. */
function hubScript(n: number): string {
  return `ip netns add hub
for i in $(seq ${n}); do
  ip netns add n$i
  ip link add v$i netns n$i type veth peer name h$i netns hub
  ip -n n$i link set v$i up; ip -n hub link set h$i up
done`;
}

/** KBENCH_NETNS (default "100,1000"): the namespace counts of kernel-netns, comma-separated. */
function netnsCounts(): number[] {
  const ns = (process.env.KBENCH_NETNS ?? '100,1000').split(',').map(Number);
  return ns.every((n) => Number.isInteger(n) && n > 0) ? ns : [100, 1000];
}

registerBench('kernel-netns', async () => {
  const runs = runCount(3);
  const lines: string[] = [];
  const figures: Record<string, number> = {};
  for (const n of netnsCounts()) {
    const r = await sideBySide(`${n} namespaces with veths to a hub`, hubScript(n), {}, undefined, runs);
    lines.push(...r.lines);
    for (const [k, v] of Object.entries(r.figures)) figures[`ns${n}.${k}`] = v;
  }
  return { lines, figures };
});

/** h0 - r1 - ... - r30 - h31, one /30 per link, static routes both ways, then pings end to end. */
function chainScript(routers: number): string {
  const last = routers + 1;
  return `N=${routers}; L=${last}
for i in $(seq 0 $L); do ip netns add c$i; ip -n c$i link set lo up; done
for i in $(seq 0 $N); do
  j=$((i + 1))
  ip link add e$i netns c$i type veth peer name w$j netns c$j
  ip -n c$i addr add 10.$((i / 250)).$((i % 250)).1/30 dev e$i; ip -n c$i link set e$i up
  ip -n c$j addr add 10.$((i / 250)).$((i % 250)).2/30 dev w$j; ip -n c$j link set w$j up
done
for i in $(seq 1 $N); do ip netns exec c$i sysctl -qw net.ipv4.ip_forward=1; done
for i in $(seq 1 $L); do ip -n c$i route add default via 10.$(((i - 1) / 250)).$(((i - 1) % 250)).1; done
for i in $(seq 0 $N); do
  for k in $(seq $((i + 1)) $N); do ip -n c$i route add 10.$((k / 250)).$((k % 250)).0/30 via 10.$((i / 250)).$((i % 250)).2; done
done
ip netns exec c0 ping -c 5 -i 0.2 -W 2 10.0.$N.2 > /dev/null
ip netns exec c$L ping -c 5 -i 0.2 -W 2 10.0.0.1 > /dev/null`;
}

registerBench('kernel-chain', () => sideBySide('30-router chain, 5 pings each way', chainScript(30)));

/** The transcripts of test/conformance/linux, replayed by `tuxnet test` and by `kt run`. */
registerBench('kernel-transcripts', async (): Promise<BenchReport> => {
  const skip = skipReason();
  const dir = 'test/conformance/linux';
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.t')).map((f) => join(dir, f));
  } catch {
    return { lines: [`transcript replay: skipped: no ${dir} here (run from the repository)`], figures: {} };
  }
  const kt = '/work/shared/tools/kt';
  const t0 = process.hrtime.bigint();
  const tux = childProcess().spawnSync(process.execPath, [process.argv[1]!, 'test', '-j', '1', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const tuxSec = seconds(t0);
  if (tux.error) throw tux.error;
  if (skip) return { lines: [`${files.length} transcripts: tuxnet ${tuxSec.toFixed(2)} s; kernel side skipped: ${skip}`], figures: { tuxnetSec: tuxSec } };
  const t1 = process.hrtime.bigint();
  for (const f of files) {
    const r = childProcess().spawnSync(kt, ['run', f], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.error) return { lines: [`${files.length} transcripts: tuxnet ${tuxSec.toFixed(2)} s; kernel side skipped: ${kt}: ${r.error.message}`], figures: { tuxnetSec: tuxSec } };
  }
  const kern = seconds(t1);
  return {
    lines: [`${files.length} transcripts of ${dir}: tuxnet ${tuxSec.toFixed(2)} s (one process, -j 1), kernel ${kern.toFixed(2)} s (kt run): ${(kern / tuxSec).toFixed(0)}x`],
    figures: { tuxnetSec: tuxSec, kernelSec: kern, ratio: kern / tuxSec },
  };
});
