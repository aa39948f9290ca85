/**
 * FibIndex's lookup structure at D = 24 (a large table): Poptrie (Asai &
 * Ohara, "Poptrie: A Compressed Trie with Population Count for Fast and
 * Scalable Software IP Routing Table Lookup", SIGCOMM 2015), shaped for
 * int32 words:
 *  - direct pointing on the top 19 bits: `dir`, 2^19 Int32 (2 MiB). An
 *    entry >= 0 is leaf+1 (0: no route) of a /19 that is one route; a
 *    negative one is ~node, the /19's root node in `pt`; DIRTY a block
 *    awaiting its rebuild (fib_index.ts);
 *  - then 5-bit strides, 19 -> 24 -> 29 -> 32 (the last node uses 3 bits,
 *    v = addr & 7), so that a node's child vector and leaf vector are one
 *    int32 each. A node is 4 Int32 of `pt`, 16-byte aligned:
 *    [vector, leafvec, base0 - 1, base1 - 4]. Bit v of vector: child v is
 *    a node, the popcnt(vector & ~(-2 << v))-th of the node's children,
 *    which are contiguous at base1. Else child v is a leaf, and leaf
 *    compression applies: leafvec marks where a run of equal leaves starts
 *    (internal children do not break a run), so the leaf is
 *    pt[base0 + popcnt(leafvec & ~(-2 << v)) - 1] (~(-2 << v): bits 0..v in
 *    int32 arithmetic, where (2 << v) - 1 leaves it at v = 30). The bases are stored
 *    less 1 and 4 so that a lookup adds the count as it is.
 * Popcount is the 32-bit SWAR one (JS has none): 12 integer operations.
 * Why a direct table of 2^19: a full table's prefixes are mostly /24 (the
 * first level's children) and the 2 MiB fit L2; 2^18 and 2^20 were slower
 * (figures in fib_index.ts and fib_index_dir.ts, which say where Poptrie
 * is used and where it is not).
 *
 * Every node and leaf of a /16 block lives in the block's area of `pt`
 * (nodes first, each followed by its leaves, then its children), so the
 * block can be rewritten, moved and repacked alone, and a walk from its 8
 * direct entries relocates it (shiftNode). Updates come through FibIndex:
 * layoutBlock rewrites a block from its ranges (sweepChunk), fillBlock
 * makes it one route, markDirty defers the rewrite to the first lookup,
 * and paintHost sets one address in place (a /32 set in a clean block: a
 * new chain of nodes, or a child array one node longer, or the 8 leaves of
 * a last-level node re-compressed), taking room at the end of the area; an
 * area without room is rewritten from its own ranges (decode), tight, with
 * half as much again to grow into.
 */
import { NCHUNKS, RANGE_FLAG } from './fib_index_build.js';

/** Bits of the direct table: 2^19 entries. */
export const POP_BITS = 19;
/** A block awaiting its rebuild: its 8 direct entries (node 2^31 - 1, which never exists). */
export const POP_DIRTY = RANGE_FLAG | 0;
/** Direct entries (/19s) a /16 block has. */
const SLICES = 8;
/** Room a paint takes at most: a child array of 33 nodes and a chain under it (4-aligned). */
const PAINT_ROOM = 4 * 33 + 24;

/** Set bits of the int32 x (SWAR). */
export function popcnt(x: number): number {
  x = (x - ((x >>> 1) & 0x55555555)) | 0;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** n rounded up to a whole node (4 Int32). */
function whole(n: number): number {
  return (n + 3) & ~3;
}

/**
 * The arrays (FibIndex copies `dir` and `pt` to its own fields after each
 * update and walks them in its `lookup`) and their upkeep.
 */
export class FibPoptrie {
  readonly dir = new Int32Array(1 << POP_BITS);
  pt: Int32Array;
  /** Each block's area: pt[aBase .. aBase + aCap), the first aUsed in use (nodes and leaves, live or painted over). */
  private readonly aBase = new Int32Array(NCHUNKS);
  private readonly aCap = new Int32Array(NCHUNKS);
  private readonly aUsed = new Int32Array(NCHUNKS);
  /** Slots of pt handed out to areas (pt[0..3] reserved: no node at 0), and freed areas' slots among them. */
  private used = 4;
  private garbage = 0;
  /** A block written with positions from 0 (layoutBlock), then copied to its area. */
  private buf = new Int32Array(1024);
  private bufLen = 0;
  private readonly rootPos = new Int32Array(SLICES);
  private readonly leaves8 = new Int32Array(8);
  /** A block's ranges decoded from its nodes (paints that outgrow the area), made at the first. */
  private decStart: Uint16Array | null = null;
  private decLeaf: Int32Array | null = null;

  /** No route anywhere, with room for `room` Int32 of nodes and leaves. */
  constructor(room: number) {
    this.pt = new Int32Array(whole(room) + 1024);
  }

  bytes(): number {
    return this.lookupBytes() + this.aBase.byteLength + this.aCap.byteLength + this.aUsed.byteLength + this.buf.byteLength;
  }

  /** Bytes of the arrays lookup reads. */
  lookupBytes(): number {
    return this.dir.byteLength + this.pt.byteLength;
  }

  isDirty(c: number): boolean {
    return this.dir[c * SLICES] === POP_DIRTY;
  }

  /** Block c's entries are stale: mark it for a rebuild (its area stays for it). */
  markDirty(c: number): void {
    if (this.isDirty(c)) return;
    this.aUsed[c] = 0;
    this.dir.fill(POP_DIRTY, c * SLICES, (c + 1) * SLICES);
  }

  /** Block c as one route: every direct entry leaf1, its area freed. */
  fillBlock(c: number, leaf1: number): void {
    this.garbage += this.aCap[c]!;
    this.aCap[c] = 0;
    this.aUsed[c] = 0;
    this.dir.fill(leaf1, c * SLICES, (c + 1) * SLICES);
  }

  /** After a bulk layout: gives back the room pt was allocated beyond 1/8 spare. */
  fit(): void {
    if (this.pt.length > this.used + (this.used >>> 2) + 4096) this.repack(0);
  }

  /** Repacks pt once more than half of it is freed areas (after removals). */
  compact(): void {
    if (this.garbage > 4096 && 2 * this.garbage > this.used) this.repack(0);
  }

  /**
   * Writes block c from its m ranges (start within the block, leaf+1;
   * sorted, adjacent equal leaves merged, the first at 0), with at least
   * `room` spare Int32 in its area after it.
   */
  layoutBlock(c: number, start: Uint16Array, leaf: Int32Array, m: number, room = 0): void {
    this.bufLen = 0;
    const rootPos = this.rootPos;
    for (let s = 0, r = 0; s < SLICES; s++) {
      const lo = s << 13;
      while (r + 1 < m && start[r + 1]! <= lo) r++;
      if (r + 1 < m && start[r + 1]! < lo + 8192) {
        rootPos[s] = this.bufTake(4);
        this.fillNode(rootPos[s]!, lo, 256, 32, r, start, leaf, m);
      } else {
        rootPos[s] = -1;
        this.dir[c * SLICES + s] = leaf[r]!;
      }
    }
    const need = this.bufLen;
    const cap = this.aCap[c]!;
    if (need + room > cap) {
      this.garbage += cap;
      this.aCap[c] = 0; // a repack in alloc() must not move the old area
      const grown = cap === 0 && room === 0 ? need : Math.max(need + room, need + (need >>> 1));
      this.aBase[c] = this.alloc(whole(grown));
      this.aCap[c] = whole(grown);
    } else if (need + room < cap >>> 2) {
      this.garbage += cap - whole(need + room);
      this.aCap[c] = whole(need + room);
    }
    const at = this.aBase[c]!;
    this.pt.set(this.buf.subarray(0, need), at);
    this.aUsed[c] = need;
    for (let s = 0; s < SLICES; s++) {
      const p = rootPos[s]!;
      if (p < 0) continue;
      this.dir[c * SLICES + s] = ~(p + at);
      shiftNode(this.pt, p + at, at);
    }
  }

  /**
   * Node at buf[pos] over the n children [lo + i*w, lo + (i+1)*w) of the
   * block, range r holding lo: its leaves after it, then its children.
   */
  private fillNode(pos: number, lo: number, w: number, n: number, r: number, start: Uint16Array, leaf: Int32Array, m: number): void {
    let vector = 0;
    let leafvec = 0;
    let prev = -1;
    const base0 = this.bufLen;
    for (let i = 0, rr = r; i < n; i++) {
      const a = lo + i * w;
      while (rr + 1 < m && start[rr + 1]! <= a) rr++;
      if (rr + 1 < m && start[rr + 1]! < a + w) {
        vector |= 1 << i;
        continue;
      }
      const l = leaf[rr]!;
      if (l === prev) continue;
      leafvec |= 1 << i;
      prev = l;
      this.bufTake(1);
      this.buf[this.bufLen - 1] = l;
    }
    const base1 = vector === 0 ? 0 : this.bufTake(4 * popcnt(vector));
    const b = this.buf;
    b[pos] = vector;
    b[pos + 1] = leafvec;
    b[pos + 2] = base0 - 1;
    b[pos + 3] = base1 - 4;
    for (let i = 0, rr = r, j = base1; i < n; i++) {
      if (((vector >>> i) & 1) === 0) continue;
      const a = lo + i * w;
      while (rr + 1 < m && start[rr + 1]! <= a) rr++;
      this.fillNode(j, a, w === 256 ? 8 : 1, w === 256 ? 32 : 8, rr, start, leaf, m);
      j += 4;
    }
  }

  /** n more slots of buf (nodes 4-aligned: a take of 4k starts on a whole node). */
  private bufTake(n: number): number {
    if (n >= 4) this.bufLen = whole(this.bufLen);
    const at = this.bufLen;
    if (at + n > this.buf.length) {
      const b = new Int32Array(2 * (at + n));
      b.set(this.buf.subarray(0, at));
      this.buf = b;
    }
    this.bufLen = at + n;
    return at;
  }

  /** What lookup answers across block c, as [start, leaf] pairs of ranges (tests, dumps); c must be clean. */
  blockRanges(c: number, push: (start: number, leaf: number) => void): void {
    this.walkBlock(c, (start, leaf1) => push(start, leaf1 - 1));
  }

  /** What lookup answers across block c, as ranges (start within the block, leaf+1) in address order; c must be clean. */
  private walkBlock(c: number, push: (start: number, leaf1: number) => void): void {
    for (let s = 0; s < SLICES; s++) {
      const e = this.dir[c * SLICES + s]!;
      if (e >= 0) push(s << 13, e);
      else this.walkNode(~e, s << 13, 256, 32, push);
    }
  }

  private walkNode(n: number, lo: number, w: number, k: number, push: (start: number, leaf1: number) => void): void {
    const t = this.pt;
    for (let i = 0; i < k; i++) {
      const mask = ~(-2 << i);
      if (((t[n]! >>> i) & 1) === 0) push(lo + i * w, t[t[n + 2]! + popcnt(t[n + 1]! & mask)]!);
      else this.walkNode(t[n + 3]! + 4 * popcnt(t[n]! & mask), lo + i * w, w === 256 ? 8 : 1, w === 256 ? 32 : 8, push);
    }
  }

  /** A /32 set to leaf1 in a clean block (see the module comment). */
  paintHost(addr: number, leaf1: number): void {
    const c = addr >>> 16;
    if (this.aCap[c]! - this.aUsed[c]! < PAINT_ROOM) this.relayout(c);
    const t = this.pt;
    const s = addr >>> 13;
    const e = this.dir[s]!;
    if (e >= 0) {
      if (e === leaf1) return;
      const pos = this.take(c, 4);
      this.writeChain(c, pos, 0, addr, e, leaf1);
      this.dir[s] = ~pos;
      return;
    }
    let n = ~e;
    for (let level = 0; level < 2; level++) {
      const v = level === 0 ? (addr >>> 8) & 31 : (addr >>> 3) & 31;
      const mask = ~(-2 << v);
      const vec = t[n]!;
      if (((vec >>> v) & 1) !== 0) {
        n = t[n + 3]! + 4 * popcnt(vec & mask);
        continue;
      }
      const old = t[t[n + 2]! + popcnt(t[n + 1]! & mask)]!;
      if (old !== leaf1) this.insertChild(c, n, v, level + 1, addr, old, leaf1);
      return;
    }
    // A last-level node: its 8 leaves, repainted and compressed again.
    const l8 = this.leaves8;
    for (let i = 0; i < 8; i++) l8[i] = t[t[n + 2]! + popcnt(t[n + 1]! & ~(-2 << i))]!;
    if (l8[addr & 7] === leaf1) return;
    l8[addr & 7] = leaf1;
    this.writeLeaves8(c, n);
  }

  /** Node n (last level) gets the 8 leaves of leaves8, compressed: in place when they take no more slots than before. */
  private writeLeaves8(c: number, n: number): void {
    const t = this.pt;
    const l8 = this.leaves8;
    let leafvec = 1;
    for (let i = 1; i < 8; i++) if (l8[i] !== l8[i - 1]) leafvec |= 1 << i;
    const k = popcnt(leafvec);
    const b0 = k <= popcnt(t[n + 1]!) ? t[n + 2]! + 1 : this.take(c, k);
    for (let i = 0, j = b0; i < 8; i++) if (((leafvec >>> i) & 1) !== 0) t[j++] = l8[i]!;
    t[n + 1] = leafvec;
    t[n + 2] = b0 - 1;
  }

  /** Child v of node n (level 0 or 1), a leaf `old`, becomes a chain painting addr with leaf1: the node's children array grows by one, at the end of the area. */
  private insertChild(c: number, n: number, v: number, level: number, addr: number, old: number, leaf1: number): void {
    const t = this.pt;
    const vec = t[n]!;
    const k = popcnt(vec);
    const r = popcnt(vec & ((1 << v) - 1));
    const arr = this.take(c, 4 * (k + 1));
    const from = t[n + 3]! + 4;
    t.copyWithin(arr, from, from + 4 * r);
    t.copyWithin(arr + 4 * (r + 1), from + 4 * r, from + 4 * k);
    this.writeChain(c, arr + 4 * r, level, addr, old, leaf1);
    t[n] = vec | (1 << v);
    t[n + 3] = arr - 4;
  }

  /** Node at pos of `level` (0: under a direct entry) over addr's span, every leaf `old` but addr's, leaf1. */
  private writeChain(c: number, pos: number, level: number, addr: number, old: number, leaf1: number): void {
    const t = this.pt;
    if (level === 2) {
      this.leaves8.fill(old);
      this.leaves8[addr & 7] = leaf1;
      t[pos] = 0;
      t[pos + 1] = 0;
      t[pos + 3] = -4;
      this.writeLeaves8(c, pos);
      return;
    }
    const v = level === 0 ? (addr >>> 8) & 31 : (addr >>> 3) & 31;
    const b0 = this.take(c, 1);
    const child = this.take(c, 4);
    t[b0] = old;
    t[pos] = 1 << v;
    t[pos + 1] = v === 0 ? 2 : 1;
    t[pos + 2] = b0 - 1;
    t[pos + 3] = child - 4;
    this.writeChain(c, child, level + 1, addr, old, leaf1);
  }

  /** n slots (a whole node's worth) at the end of block c's area, which has room for them (PAINT_ROOM). */
  private take(c: number, n: number): number {
    const at = this.aBase[c]! + this.aUsed[c]!;
    this.aUsed[c]! += whole(n);
    return at;
  }

  /** Rewrites block c from what its nodes answer, tight, with room for paints. */
  private relayout(c: number): void {
    if (this.decStart === null) {
      this.decStart = new Uint16Array(1 << 16);
      this.decLeaf = new Int32Array(1 << 16);
    }
    const start = this.decStart;
    const leaf = this.decLeaf!;
    let m = 0;
    this.walkBlock(c, (st, l) => {
      if (m > 0 && leaf[m - 1] === l) return;
      start[m] = st;
      leaf[m++] = l;
    });
    this.layoutBlock(c, start, leaf, m, PAINT_ROOM);
  }

  /** n slots at the end of pt, repacking it when full. */
  private alloc(n: number): number {
    if (this.used + n > this.pt.length) this.repack(n);
    const at = this.used;
    this.used += n;
    return at;
  }

  /**
   * Copies every block's area, tight, into a new pt and relocates its
   * nodes: growing (extra > 0) doubles the room (O(log n) repacks for n
   * growing blocks), a compaction keeps 1/8 spare.
   */
  private repack(extra: number): void {
    const live = this.used - this.garbage;
    const size = whole(live + extra + (extra > 0 ? live + extra : live >>> 3) + 1024);
    const t = new Int32Array(size);
    const old = this.pt;
    let used = 4;
    for (let c = 0; c < NCHUNKS; c++) {
      const cap = this.aCap[c]!;
      if (cap === 0) continue;
      const base = this.aBase[c]!;
      t.set(old.subarray(base, base + this.aUsed[c]!), used);
      this.aBase[c] = used;
      const delta = used - base;
      for (let s = c * SLICES; s < (c + 1) * SLICES; s++) {
        const e = this.dir[s]!;
        if (e >= 0 || e === POP_DIRTY) continue;
        this.dir[s] = ~(~e + delta);
        shiftNode(t, ~e + delta, delta);
      }
      used += cap;
    }
    this.pt = t;
    this.used = used;
    this.garbage = 0;
  }
}

/** Moves node n of t (already copied) and everything under it by delta: its bases, then its children. */
function shiftNode(t: Int32Array, n: number, delta: number): void {
  t[n + 2]! += delta;
  t[n + 3]! += delta;
  const k = popcnt(t[n]!);
  for (let j = 1; j <= k; j++) shiftNode(t, t[n + 3]! + 4 * j, delta);
}
