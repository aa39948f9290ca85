/**
 * Bytes a piece of code allocates on the V8 heap, garbage included: the
 * sampling heap profiler (inspector HeapProfiler.startSampling) with the
 * objects collected by minor and major GCs counted. A statistical figure
 * (one sample per SAMPLE_BYTES on average), good to tell 0 from 100 bytes
 * per packet; off-heap ArrayBuffer stores are not on the V8 heap.
 */
import type { Session } from 'node:inspector';

const SAMPLE_BYTES = 128;

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
  callFrame: { url: string };
}

function post<T>(s: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => s.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r as T))));
}

/**
 * The bytes of a call tree, less the profiler's own: the reply to
 * stopSampling is built while sampling is still on, in node:inspector's
 * frames (about 1 MB, the size of the profile, not of the work measured).
 */
function total(n: SamplingNode): number {
  if (n.callFrame.url === 'node:inspector') return 0;
  let sum = n.selfSize;
  for (const c of n.children) sum += total(c);
  return sum;
}

/** Runs `fn` under the sampling heap profiler; resolves with the bytes it allocated. */
export async function allocatedBytes(fn: () => Promise<void>): Promise<number> {
  // node:inspector is loaded by the benches that measure, not at every start of the CLI
  const { Session: InspectorSession } = await import('node:inspector');
  const s = new InspectorSession();
  s.connect();
  try {
    await post(s, 'HeapProfiler.enable');
    await post(s, 'HeapProfiler.startSampling', { samplingInterval: SAMPLE_BYTES, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
    await fn();
    const { profile } = await post<{ profile: { head: SamplingNode } }>(s, 'HeapProfiler.stopSampling');
    return total(profile.head);
  } finally {
    s.disconnect();
  }
}
