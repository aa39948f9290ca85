/**
 * Bytes a piece of code allocates on the V8 heap, garbage included: the
 * sampling heap profiler (inspector HeapProfiler.startSampling) with the
 * objects collected by minor and major GCs counted. A statistical figure
 * (one sample per SAMPLE_BYTES on average), good to tell 0 from 100 bytes
 * per packet; off-heap ArrayBuffer stores are not on the V8 heap.
 */
import { nodeBuiltin } from '../cli/node_builtin.js';
import { createRequire } from 'node:module';
import type { Session } from 'node:inspector';

const SAMPLE_BYTES = 128;

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
  callFrame: { url: string; functionName: string; lineNumber: number };
}

/** What a piece of code allocated: the bytes, and where. */
export interface Allocations {
  bytes: number;
  /** Allocating frames with two callers, most bytes first: "f file:line < caller < caller: N bytes". */
  sites: string[];
}

function post<T>(s: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => s.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r as T))));
}

/**
 * The bytes of a call tree, less the profiler's own: the reply to
 * stopSampling is built while sampling is still on, in node:inspector's
 * frames (about 1 MB, the size of the profile, not of the work measured).
 */
function total(n: SamplingNode, stack: string[], sites: Map<string, number>): number {
  const f = n.callFrame;
  if (f.url === 'node:inspector') return 0;
  const frame = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/dist\//, '')}:${f.lineNumber + 1}`;
  stack.push(frame);
  if (n.selfSize > 0) {
    const site = stack.slice(-3).reverse().join(' < ');
    sites.set(site, (sites.get(site) ?? 0) + n.selfSize);
  }
  let sum = n.selfSize;
  for (const c of n.children) sum += total(c, stack, sites);
  stack.pop();
  return sum;
}

/** The `n` sites that allocated most, as text. */
export function topSites(a: Allocations, n = 5): string {
  return a.sites.slice(0, n).join('; ');
}

/** Runs `fn` under the sampling heap profiler; resolves with the bytes it allocated. */
export async function allocatedBytes(fn: () => Promise<void>): Promise<number> {
  return (await allocations(fn)).bytes;
}

/** Runs `fn` under the sampling heap profiler; resolves with the bytes it allocated and where. */
export async function allocations(fn: () => Promise<void>): Promise<Allocations> {
  const { Session: InspectorSession } = nodeBuiltin<typeof import('node:inspector')>('node:inspector');
  const s = new InspectorSession();
  s.connect();
  try {
    await post(s, 'HeapProfiler.enable');
    await post(s, 'HeapProfiler.startSampling', { samplingInterval: SAMPLE_BYTES, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
    await fn();
    const { profile } = await post<{ profile: { head: SamplingNode } }>(s, 'HeapProfiler.stopSampling');
    const bySite = new Map<string, number>();
    const bytes = total(profile.head, [], bySite);
    const sites = [...bySite].sort((x, y) => y[1] - x[1]).map(([site, b]) => `${site}: ${b} bytes`);
    return { bytes, sites };
  } finally {
    s.disconnect();
  }
}

let waitForJit: (() => void) | null = null;

/**
 * Waits until the optimizing compiler's background jobs are done
 * (V8's %WaitForBackgroundOptimization): the functions a warm-up made hot
 * run optimized from their next call on. Without it a loaded machine, whose
 * compiler thread gets no CPU for seconds, measures the unoptimized code and
 * its boxed doubles (30 to 130 B per forwarded packet; reproduced with
 * node --concurrent-recompilation-delay=3000). Turning
 * --no-concurrent-recompilation on with v8.setFlagsFromString() does not
 * help: the isolate made its compiler thread at start.
 */
export function awaitOptimizedCode(): void {
  if (!waitForJit) {
    // node:v8 is loaded by the benches that measure, not at every start of the CLI
    const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
    v8.setFlagsFromString('--allow-natives-syntax');
    waitForJit = new Function('%WaitForBackgroundOptimization();') as () => void;
  }
  waitForJit();
}
