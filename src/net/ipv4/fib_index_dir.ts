/**
 * FibIndex's lookup structure at D = 24 for a large table: DIR-24-8 (Gupta,
 * Lin & McKeown, "Routing lookups in hardware at memory access speeds",
 * INFOCOM 1998), a directory of 2^24 entries indexed by the top 24 bits and
 * a second level of 256-entry chunks for the /24 slices that hold a
 * /25../32 prefix. Every lookup is one directory load, and for a slice with
 * a chunk one more load at a computed address: no search, no loop, no
 * data-dependent branch but the chunk test.
 *
 * Figures (10^6 synthetic prefixes, `tuxnet bench fib-lookup` and `bench
 * kernel-routes`, paired runs on a shared 2-core VM): with
 * next-hop-group leaves the 16-bit layout takes 65 bytes a prefix where
 * D = 24 range lists took 78 (32 MiB directory, 37,856 chunks), and a
 * 1M-route `ip -batch` load (/29s of one gateway: every chunk merges away)
 * 26-43 B/route of RSS where it took 60-64. Through FibIndex.lookup the
 * lookups run at about the range lists' rate: a loop over the same arrays
 * held in module constants runs 2-3x faster than the same loop given them
 * as arguments (V8 folds constant arrays' bounds and data pointers into the
 * code), which is most of what standalone DIR-24-8 probes measure. The
 * 32-bit layout takes 110 bytes a prefix (per-prefix leaves, 1 KiB chunks).
 *
 * Poptrie (fib_poptrie.ts), whose hot part is a few MiB where this
 * directory is 32, measured slower here, so D = 24 stays DIR-24-8 (10^6
 * synthetic prefixes, million lookups per CPU second random/inside, one
 * process, runs interleaved, medians, the machine loaded by 8 builds):
 * next-hop-group leaves 19.8/14.0 against 26.7/23.7 (28 bytes a prefix
 * against 65), per-prefix leaves 17.0/11.9 against 27.1/21.7 (28 against
 * 120). 92% of the destinations inside the table end in a first-level
 * node: the direct table (2 MiB, mostly in L2), the node and its leaf, two
 * dependent misses in 15 MiB where DIR-24-8 has one in 32 MiB, and about
 * twice the instructions (three SWAR popcounts and data-dependent branches:
 * 64 against 115 M/s on 4,096 destinations that stay in cache). The
 * variants did not close the gap: direct tables of 2^18, 2^20 and 2^21
 * (14.1/7.6, 20.7/12.2, 21.9/10.9 against 25.7/19.9 in the same run),
 * nodes and Uint16 leaves in separate arrays (8.3 MiB hot: 18.3/13.1),
 * a popcount by 64 KiB table (slower).
 *
 * Two layouts with the same code shape:
 *  - narrow (every leaf+1 <= 0x7fff: a table's next-hop groups and a few
 *    thousand prefix ids): a Uint16Array directory (32 MiB) and Uint16
 *    chunks. An entry below 0x8000 is leaf+1 (0: no route), 0x8000 | k the
 *    k-th chunk (k < 256) of its /16 block;
 *  - wide (a larger leaf id): the same in Int32Arrays, a chunk entry
 *    0x80000000 | k. A narrow table widens (once) at its first large leaf.
 * A block's chunks are contiguous: chunk k of block c is chunk number
 * chunkBase[c] + k of the second level (l2[(chunkBase[c] + k) << 8 | low
 * byte]), chunkBase 65,536 Int32 (256 KiB, stays in cache). So a chunk
 * number needs 8 bits of the entry whatever the table size, and a block's
 * area can move (grow, repack) without touching its directory entries.
 *
 * Updates as in the range-list layout (fib_index.ts): a block is rebuilt
 * lazily (every entry of it set to DIRTY, the first lookup reaching it
 * rebuilds it), a /32 set in a clean block is painted in place (one l2
 * entry, or a new chunk filled from its slice's entry), and a block without
 * /17../32 prefixes is filled at once. A rebuild numbers the block's chunks
 * 0..n-1 afresh; a paint appends one; so a block's chunks are always 0..cnt-1.
 */
import { NCHUNKS } from './fib_index_build.js';

/** leaf+1 values a narrow entry holds: 0..0x7fff. */
export const NARROW_MAX = 0x7fff;
export const NARROW_FLAG = 0x8000;
const WIDE_FLAG = 0x80000000 | 0;
/** A block awaiting its rebuild: every directory entry of it this (a chunk number, 0x7fff or 2^31-1, that never exists). */
export const DIRTY16 = 0xffff;
export const DIRTY32 = -1;

/**
 * The arrays, which FibIndex copies to its own fields after each update
 * (its `lookup` then loads no other object's fields); lookup:
 * FibIndex.lookup.
 */
export class FibDir24 {
  /** The narrow layout (empty when wide). */
  dir16: Uint16Array = new Uint16Array(0);
  l2n: Uint16Array = new Uint16Array(0);
  /** The wide layout (empty when narrow). */
  dir32: Int32Array = new Int32Array(0);
  l2w: Int32Array = new Int32Array(0);
  wide = false;
  /** Chunk number of block c's chunk 0; chunks in use (0..cnt-1) and room of its area. */
  readonly chunkBase = new Int32Array(NCHUNKS);
  private readonly chunkCnt = new Uint16Array(NCHUNKS);
  private readonly chunkCap = new Uint16Array(NCHUNKS);
  /** Chunks of the second level handed out to areas (live and garbage), garbage among them. */
  private usedChunks = 0;
  private garbage = 0;

  /** An empty structure (no route anywhere) with room for `chunks` chunks; `wide` picks the Int32 layout. */
  constructor(chunks: number, wide: boolean) {
    const cap = chunks + (chunks >>> 4) + 16;
    if (wide) {
      this.wide = true;
      this.dir32 = new Int32Array(1 << 24);
      this.l2w = new Int32Array(cap << 8);
    } else {
      this.dir16 = new Uint16Array(1 << 24);
      this.l2n = new Uint16Array(cap << 8);
    }
  }

  /** Chunks the areas hold, live or spare (not garbage). */
  get chunks(): number {
    return this.usedChunks - this.garbage;
  }

  bytes(): number {
    return this.lookupBytes() + this.chunkCnt.byteLength + this.chunkCap.byteLength;
  }

  /** Bytes of the arrays `lookup` reads. */
  lookupBytes(): number {
    return this.dir16.byteLength + this.l2n.byteLength + this.dir32.byteLength + this.l2w.byteLength + this.chunkBase.byteLength;
  }

  /** Switches to the Int32 layout (a leaf+1 above NARROW_MAX is coming). */
  widen(): void {
    if (this.wide) return;
    const d16 = this.dir16;
    const d32 = new Int32Array(1 << 24);
    for (let i = 0; i < d32.length; i++) {
      const e = d16[i]!;
      d32[i] = e < NARROW_FLAG ? e : e === DIRTY16 ? DIRTY32 : WIDE_FLAG | (e & 0xff);
    }
    this.dir32 = d32;
    this.l2w = Int32Array.from(this.l2n);
    this.dir16 = new Uint16Array(0);
    this.l2n = new Uint16Array(0);
    this.wide = true;
  }

  /** Whether block c awaits its rebuild. */
  isDirty(c: number): boolean {
    return this.wide ? this.dir32[c << 8] === DIRTY32 : this.dir16[c << 8] === DIRTY16;
  }

  /** Block c's entries are stale: mark it for a rebuild (its chunks are renumbered then; the area stays for them). */
  markDirty(c: number): void {
    if (this.isDirty(c)) return;
    this.chunkCnt[c] = 0;
    if (this.wide) this.dir32.fill(DIRTY32, c << 8, (c + 1) << 8);
    else this.dir16.fill(DIRTY16, c << 8, (c + 1) << 8);
  }

  /** Block c as one route: every entry leaf1, its chunks freed. */
  fillBlock(c: number, leaf1: number): void {
    this.garbage += this.chunkCap[c]!;
    this.chunkCap[c] = 0;
    this.chunkCnt[c] = 0;
    if (this.wide) this.dir32.fill(leaf1, c << 8, (c + 1) << 8);
    else this.dir16.fill(leaf1, c << 8, (c + 1) << 8);
  }

  /**
   * Writes block c from its m ranges (start within the block, leaf+1;
   * sorted, adjacent equal leaves merged, the first at 0): the slices a
   * range covers whole are directory leaves (one fill a range), a slice with
   * a range starting inside it gets a chunk, numbered in slice order.
   */
  layoutBlock(c: number, start: Uint16Array, leaf: Int32Array, m: number): void {
    let need = 0;
    for (let r = 1, last = -1; r < m; r++) {
      const s = start[r]! >>> 8;
      if ((start[r]! & 0xff) !== 0 && s !== last) {
        need++;
        last = s;
      }
    }
    this.chunkCnt[c] = 0;
    const cap = this.chunkCap[c]!;
    if (need > cap) this.moveArea(c, Math.min(256, cap === 0 ? need : need + (need >>> 1)));
    else if (need < cap >>> 2) {
      this.garbage += cap - need;
      this.chunkCap[c] = need;
    }
    const dir: Uint16Array | Int32Array = this.wide ? this.dir32 : this.dir16;
    const d0 = c << 8;
    for (let r = 0, last = -1; r < m; r++) {
      const lo = start[r]!;
      const hi = r + 1 < m ? start[r + 1]! : 0x10000;
      const s0 = (lo + 0xff) >>> 8;
      const s1 = hi >>> 8;
      if (s0 < s1) dir.fill(leaf[r]!, d0 + s0, d0 + s1);
      if ((lo & 0xff) !== 0 && lo >>> 8 !== last) {
        last = lo >>> 8;
        this.writeChunk(c, last, this.chunkCnt[c]!++, start, leaf, m, r - 1);
      }
    }
  }

  /**
   * A /32 set to leaf1 in a clean block: one l2 entry, in its slice's chunk
   * or in a new one filled from the slice's leaf.
   */
  paintHost(addr: number, leaf1: number): void {
    const c = addr >>> 16;
    const d = addr >>> 8;
    let k: number;
    let old: number;
    if (this.wide) {
      const e = this.dir32[d]!;
      k = e >= 0 ? -1 : e & 0xff;
      old = e;
    } else {
      const e = this.dir16[d]!;
      k = e < NARROW_FLAG ? -1 : e & 0xff;
      old = e;
    }
    if (k < 0) {
      if (old === leaf1) return;
      k = this.chunkCnt[c]!;
      if (k === this.chunkCap[c]) this.moveArea(c, Math.min(256, k + (k >>> 1) + 1));
      this.chunkCnt[c] = k + 1;
      const at = (this.chunkBase[c]! + k) << 8;
      if (this.wide) this.l2w.fill(old, at, at + 256);
      else this.l2n.fill(old, at, at + 256);
      this.setChunkEntry(d, k);
    }
    const at = ((this.chunkBase[c]! + k) << 8) | (addr & 0xff);
    if (this.wide) this.l2w[at] = leaf1;
    else this.l2n[at] = leaf1;
  }

  /** What lookup answers across block c, as [start, leaf] pairs of ranges (tests, dumps); c must be clean. */
  blockRanges(c: number, push: (start: number, leaf: number) => void): void {
    for (let s = 0; s < 256; s++) {
      const d = (c << 8) | s;
      const e = this.wide ? this.dir32[d]! : this.dir16[d]!;
      const k = this.wide ? (e >= 0 ? -1 : e & 0xff) : e < NARROW_FLAG ? -1 : e & 0xff;
      if (k < 0) {
        push(s << 8, e - 1);
        continue;
      }
      const at = (this.chunkBase[c]! + k) << 8;
      for (let j = 0; j < 256; j++) push((s << 8) | j, (this.wide ? this.l2w[at + j]! : this.l2n[at + j]!) - 1);
    }
  }

  /** Repacks the second level once more than half of it is garbage (after removals). */
  compact(): void {
    if (this.garbage > 1024 && 2 * this.garbage > this.usedChunks) this.repack(0);
  }

  /** Chunk k of block c for slice s: the ranges i.. of the block that cover the slice. */
  private writeChunk(c: number, s: number, k: number, start: Uint16Array, leaf: Int32Array, m: number, i: number): void {
    const lo = s << 8;
    const at = (this.chunkBase[c]! + k) << 8;
    const l2 = this.wide ? this.l2w : this.l2n;
    for (let r = i; r < m; r++) {
      const from = Math.max(start[r]!, lo) - lo;
      if (from >= 256) break;
      const to = r + 1 < m ? Math.min(start[r + 1]! - lo, 256) : 256;
      l2.fill(leaf[r]!, at + from, at + to);
    }
    this.setChunkEntry((c << 8) | s, k);
  }

  private setChunkEntry(d: number, k: number): void {
    if (this.wide) this.dir32[d] = WIDE_FLAG | k;
    else this.dir16[d] = NARROW_FLAG | k;
  }

  /** Gives block c an area of `cap` chunks at the end of the second level, its chunks 0..cnt-1 copied (numbers kept). */
  private moveArea(c: number, cap: number): void {
    if (this.usedChunks + cap > this.capacity()) this.repack(cap);
    const at = this.usedChunks;
    this.usedChunks += cap;
    const from = this.chunkBase[c]!;
    const cnt = this.chunkCnt[c]!;
    if (this.wide) this.l2w.copyWithin(at << 8, from << 8, (from + cnt) << 8);
    else this.l2n.copyWithin(at << 8, from << 8, (from + cnt) << 8);
    this.garbage += this.chunkCap[c]!;
    this.chunkBase[c] = at;
    this.chunkCap[c] = cap;
  }

  private capacity(): number {
    return (this.wide ? this.l2w.length : this.l2n.length) >>> 8;
  }

  /**
   * Copies every block's area, tight, into a new second level: growing
   * (extra > 0) doubles the room (O(log n) repacks for n growing blocks), a
   * compaction keeps 1/8 spare. Directory entries hold chunk numbers within
   * their block, so they do not change.
   */
  private repack(extra: number): void {
    const live = this.usedChunks - this.garbage;
    const size = live + extra + (extra > 0 ? live + extra : live >>> 3) + 16;
    const l2: Uint16Array | Int32Array = this.wide ? new Int32Array(size << 8) : new Uint16Array(size << 8);
    const old = this.wide ? this.l2w : this.l2n;
    let used = 0;
    for (let c = 0; c < NCHUNKS; c++) {
      const cap = this.chunkCap[c]!;
      if (cap === 0) continue;
      const base = this.chunkBase[c]!;
      l2.set(old.subarray(base << 8, (base + this.chunkCnt[c]!) << 8), used << 8);
      this.chunkBase[c] = used;
      used += cap;
    }
    if (this.wide) this.l2w = l2 as Int32Array;
    else this.l2n = l2 as Uint16Array;
    this.usedChunks = used;
    this.garbage = 0;
  }
}
