/**
 * Test helpers of the FIB index (fib_index.test.ts, fib_index_dir.test.ts):
 * a naive longest-prefix match to compare with, a bulk build from routes,
 * the addresses worth probing around each prefix.
 */
import { FibIndex } from './fib_index.js';

export type Route = readonly [prefix: number, len: number, leaf: number];

export const mask = (len: number): number => (len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0);
export const ip = (s: string): number => s.split('.').reduce((a, o) => a * 256 + Number(o), 0);

/** The reference: masked prefixes, the last of equal (prefix, len) wins, linear-scan LPM. */
export class NaiveLpm {
  readonly routes = new Map<string, Route>();

  set(prefix: number, len: number, leaf: number): void {
    const p = (prefix & mask(len)) >>> 0;
    this.routes.set(`${p}/${len}`, [p, len, leaf]);
  }

  /** Removes prefix/len; its leaf, -1 if it was not there. */
  delete(prefix: number, len: number): number {
    const k = `${(prefix & mask(len)) >>> 0}/${len}`;
    const old = this.routes.get(k)?.[2] ?? -1;
    this.routes.delete(k);
    return old;
  }

  lookup(addr: number): number {
    let best = -1;
    let bestLen = -1;
    for (const [p, len, leaf] of this.routes.values()) {
      if (len > bestLen && ((addr ^ p) & mask(len)) === 0) {
        best = leaf;
        bestLen = len;
      }
    }
    return best;
  }

  sorted(): Route[] {
    return [...this.routes.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
}

/** FibIndex.build of `routes`, D = directBits (default: from the size), range lists even at D = 24 with `lists`. */
export function build(routes: readonly Route[], directBits?: number, lists = false): FibIndex {
  const n = routes.length;
  const prefixes = new Uint32Array(n);
  const lens = new Uint8Array(n);
  const leaves = new Uint32Array(n);
  routes.forEach(([p, l, leaf], i) => {
    prefixes[i] = p;
    lens[i] = l;
    leaves[i] = leaf;
  });
  return FibIndex.build(prefixes, lens, leaves, n, { ...(directBits === undefined ? {} : { directBits }), lists });
}

/** First and last address of each prefix, one either side, and the ends of the space. */
export function boundaries(routes: Iterable<Route>): number[] {
  const out = [0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
  for (const [p, len] of routes) {
    const first = (p & mask(len)) >>> 0;
    const last = (first | ~mask(len)) >>> 0;
    out.push(first, last, (first - 1) >>> 0, (last + 1) >>> 0);
  }
  return out;
}
