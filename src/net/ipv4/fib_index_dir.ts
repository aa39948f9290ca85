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
 * Three entry widths with the same code shape, the narrowest the leaves
 * allow (a table widens, once per step, at its first leaf too large):
 *  - tiny (every leaf+1 <= 0x7f: a table's next-hop groups, as FibTable
 *    gives plain prefixes): a Uint8Array directory (16 MiB) and Uint8
 *    chunks. An entry below 0x80 is leaf+1 (0: no route), 0x80 | k the
 *    k-th chunk (k < 127) of its /16 block; a block needing a 128th chunk
 *    widens the table to narrow;
 *  - narrow (every leaf+1 <= 0x7fff: a few thousand prefix ids): Uint16
 *    (32 MiB), 0x8000 | k (k < 256);
 *  - wide (a larger leaf id): Int32Arrays, a chunk entry 0x80000000 | k.
 * Why tiny: this VM (no transparent huge pages for Node, 32 MiB L3) runs a
 * bare JS loop of random reads at 113 M/s over 16 MiB and 48 over 32 MiB
 * (`tuxnet bench fib-lookup` prints these ceilings): the directory's size
 * sets the lookup rate. On 10^6 synthetic prefixes with next-hop-group leaves, a Uint8
 * directory measured 115/65 M lookups/s (random/inside) where the Uint16
 * one took 47/46 (same loop, same process, arrays in object fields).
 * A block's chunks are contiguous: chunk k of block c is chunk number
 * chunkBase[c] + k of the second level (l2[(chunkBase[c] + k) << 8 | low
 * byte]), chunkBase 65,536 Int32 (256 KiB, stays in cache). So a chunk
 * number needs 7 or 8 bits of the entry whatever the table size, and a
 * block's area can move (grow, repack) without touching its directory entries.
 *
 * Updates as in the range-list layout (fib_index.ts): a block is rebuilt
 * lazily (every entry of it set to DIRTY, the first lookup reaching it
 * rebuilds it), a /32 set in a clean block is painted in place (one l2
 * entry, or a new chunk filled from its slice's entry), and a block without
 * /17../32 prefixes is filled at once. A rebuild numbers the block's chunks
 * 0..n-1 afresh; a paint appends one; so a block's chunks are always 0..cnt-1.
 */
import { NCHUNKS } from './fib_index_build.js';

/** FibDir24.kind: the entry width. */
const TINY = 0;
/** Int32 words of a chunk's summary (FibDir24.sum). */
const SUM_WORDS = 2;
export const NARROW = 1;
export const WIDE = 2;
type Entries = Uint8Array | Uint16Array | Int32Array;

/** Sets byte i (0..7, low byte of word 0 first) of the summary at sum[o], sum[o + 1] (cleared before) to v. */
function putSumByte(sum: Int32Array, o: number, i: number, v: number): void {
  const w = o + (i >> 2);
  sum[w] = sum[w]! | (v << ((i & 3) << 3));
}

/** The narrowest kind whose entries hold leaf1 (leaf+1 values up to 0x7f, 0x7fff, 2^31-1). */
function kindFor(leaf1: number): number {
  return leaf1 <= 0x7f ? TINY : leaf1 <= 0x7fff ? NARROW : WIDE;
}

/** A kind's chunk flag (an entry with it set points to a chunk). */
function flagOf(kind: number): number {
  return kind === TINY ? 0x80 : kind === NARROW ? 0x8000 : 0x80000000 | 0;
}

/** A kind's DIRTY entry: a chunk number that never exists (127 for tiny, whose blocks have at most 127 chunks). */
function dirtyOf(kind: number): number {
  return kind === TINY ? 0xff : kind === NARROW ? 0xffff : -1;
}

function entries(kind: number, n: number): Entries {
  return kind === TINY ? new Uint8Array(n) : kind === NARROW ? new Uint16Array(n) : new Int32Array(n);
}

/**
 * The arrays, which FibIndex copies to its own fields after each update
 * (its `lookup` then loads no other object's fields); lookup:
 * FibIndex.lookup.
 */
export class FibDir24 {
  kind = TINY;
  /** The kind's chunk flag, DIRTY entry, and chunks a block may have. */
  private flag = 0;
  private dirty = 0;
  private maxChunks = 0;
  /** The directory (2^24 entries) and the second level (chunks of 256), of the kind's width. */
  dir: Entries;
  l2: Entries;
  /**
   * Tiny kind: each chunk of l2 summed up in 8 bytes, two Int32 words
   * (SUM_WORDS), so that a lookup reaching a chunk reads 8 bytes of a
   * small array (0.25 MiB for 10^6 synthetic prefixes, mostly in cache)
   * instead of a line of the 8-15 MiB second level (a second cache and TLB
   * miss after the directory's): a chunk holds 2.3 ranges on average,
   * 99.5% at most 4. Its bytes, from the low one of word 0 to the high one
   * of word 1: leaf+1 of range 0, then first low byte and leaf+1 of ranges
   * 1, 2 and 3 (a chunk of fewer ranges repeats its last one from 255),
   * then 1 if the chunk has at most 4 ranges, else 0 (read l2). Two word
   * loads where bytes took eight loads and bound checks, in the lookup's
   * hot path. Read by FibTable.lookup (chunkLeaf1); the other kinds leave
   * it unused.
   */
  sum: Int32Array;
  /** Chunk number of block c's chunk 0; chunks in use (0..cnt-1) and room of its area. */
  readonly chunkBase = new Int32Array(NCHUNKS);
  private readonly chunkCnt = new Uint16Array(NCHUNKS);
  private readonly chunkCap = new Uint16Array(NCHUNKS);
  /** Chunks of the second level handed out to areas (live and garbage), garbage among them. */
  private usedChunks = 0;
  private garbage = 0;

  /** An empty structure (no route anywhere) with room for `chunks` chunks, of the kind that holds leaf+1 values up to maxLeaf1. */
  constructor(chunks: number, maxLeaf1: number) {
    const cap = chunks + (chunks >>> 4) + 16;
    this.setKind(kindFor(maxLeaf1));
    this.dir = entries(this.kind, 1 << 24);
    this.l2 = entries(this.kind, cap << 8);
    this.sum = new Int32Array(cap * SUM_WORDS);
  }

  private setKind(kind: number): void {
    this.kind = kind;
    this.flag = flagOf(kind);
    this.dirty = dirtyOf(kind);
    this.maxChunks = kind === TINY ? 127 : 256;
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
    return this.dir.byteLength + this.l2.byteLength + this.sum.byteLength + this.chunkBase.byteLength;
  }

  /** Widens the entries, if need be, so that they hold leaf1. */
  fit(leaf1: number): void {
    const kind = kindFor(leaf1);
    if (kind > this.kind) this.widen(kind);
  }

  /** Rewrites every entry in the wider `kind` (leaves keep their value, chunk numbers theirs). */
  private widen(kind: number): void {
    const from = this.dir;
    const { flag, dirty } = this;
    const dir = entries(kind, 1 << 24);
    const [toFlag, toDirty] = [flagOf(kind), dirtyOf(kind)];
    for (let i = 0; i < dir.length; i++) {
      const e = from[i]!;
      dir[i] = e === dirty ? toDirty : e < flag ? e : toFlag | (e & 0xff & ~flag);
    }
    const l2 = entries(kind, this.l2.length);
    l2.set(this.l2);
    this.dir = dir;
    this.l2 = l2;
    this.setKind(kind);
  }

  /** Whether block c awaits its rebuild. */
  isDirty(c: number): boolean {
    return this.dir[c << 8] === this.dirty;
  }

  /** Block c's entries are stale: mark it for a rebuild (its chunks are renumbered then; the area stays for them). */
  markDirty(c: number): void {
    if (this.isDirty(c)) return;
    this.chunkCnt[c] = 0;
    this.dir.fill(this.dirty, c << 8, (c + 1) << 8);
  }

  /** Block c as one route: every entry leaf1, its chunks freed. */
  fillBlock(c: number, leaf1: number): void {
    this.garbage += this.chunkCap[c]!;
    this.chunkCap[c] = 0;
    this.chunkCnt[c] = 0;
    this.dir.fill(leaf1, c << 8, (c + 1) << 8);
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
    if (need > this.maxChunks) this.widen(NARROW);
    this.chunkCnt[c] = 0;
    const cap = this.chunkCap[c]!;
    if (need > cap) this.moveArea(c, Math.min(256, cap === 0 ? need : need + (need >>> 1)));
    else if (need < cap >>> 2) {
      this.garbage += cap - need;
      this.chunkCap[c] = need;
    }
    const dir = this.dir;
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
    let k = this.chunkOf(this.dir[d]!);
    if (k < 0) {
      const old = this.dir[d]!;
      if (old === leaf1) return;
      k = this.chunkCnt[c]!;
      if (k === this.maxChunks) this.widen(NARROW);
      if (k === this.chunkCap[c]) this.moveArea(c, Math.min(256, k + (k >>> 1) + 1));
      this.chunkCnt[c] = k + 1;
      const at = (this.chunkBase[c]! + k) << 8;
      this.l2.fill(old, at, at + 256);
      this.setChunkEntry(d, k);
    }
    this.l2[((this.chunkBase[c]! + k) << 8) | (addr & 0xff)] = leaf1;
    this.summarize(this.chunkBase[c]! + k);
  }

  /** What lookup answers across block c, as [start, leaf] pairs of ranges (tests, dumps); c must be clean. */
  blockRanges(c: number, push: (start: number, leaf: number) => void): void {
    for (let s = 0; s < 256; s++) {
      const e = this.dir[(c << 8) | s]!;
      const k = this.chunkOf(e);
      if (k < 0) {
        push(s << 8, e - 1);
        continue;
      }
      const at = (this.chunkBase[c]! + k) << 8;
      for (let j = 0; j < 256; j++) push((s << 8) | j, this.l2[at + j]! - 1);
    }
  }

  /** Repacks the second level once more than half of it is garbage (after removals). */
  compact(): void {
    if (this.garbage > 1024 && 2 * this.garbage > this.usedChunks) this.repack(0);
  }

  /** The chunk number a clean directory entry points to, or -1 for a leaf. */
  private chunkOf(e: number): number {
    return this.kind === WIDE ? (e >= 0 ? -1 : e & 0xff) : e < this.flag ? -1 : e & 0xff & ~this.flag;
  }

  /** Chunk k of block c for slice s: the ranges i.. of the block that cover the slice. */
  private writeChunk(c: number, s: number, k: number, start: Uint16Array, leaf: Int32Array, m: number, i: number): void {
    const lo = s << 8;
    const at = (this.chunkBase[c]! + k) << 8;
    const l2 = this.l2;
    for (let r = i; r < m; r++) {
      const from = Math.max(start[r]!, lo) - lo;
      if (from >= 256) break;
      const to = r + 1 < m ? Math.min(start[r + 1]! - lo, 256) : 256;
      l2.fill(leaf[r]!, at + from, at + to);
    }
    this.summarize(this.chunkBase[c]! + k);
    this.setChunkEntry((c << 8) | s, k);
  }

  /** Writes chunk n's summary (`sum`) from its 256 entries: tiny kind only. */
  private summarize(n: number): void {
    if (this.kind !== TINY) return;
    const l2 = this.l2;
    const at = n << 8;
    const sum = this.sum;
    const o = n * SUM_WORDS;
    sum[o] = 0;
    sum[o + 1] = 0;
    // byte 0: leaf+1 of range 0; bytes 2r - 1, 2r: start and leaf+1 of range r; byte 7: the flag
    let r = 0;
    let last = l2[at]!;
    putSumByte(sum, o, 0, last);
    for (let j = 1; j < 256; j++) {
      if (l2[at + j] === last) continue;
      if (++r === 4) break;
      last = l2[at + j]!;
      putSumByte(sum, o, 2 * r - 1, j);
      putSumByte(sum, o, 2 * r, last);
    }
    for (let q = r + 1; q < 4; q++) {
      putSumByte(sum, o, 2 * q - 1, 255);
      putSumByte(sum, o, 2 * q, last);
    }
    putSumByte(sum, o, 7, r < 4 ? 1 : 0);
  }

  private setChunkEntry(d: number, k: number): void {
    this.dir[d] = this.flag | k;
  }

  /** Gives block c an area of `cap` chunks at the end of the second level, its chunks 0..cnt-1 copied (numbers kept). */
  private moveArea(c: number, cap: number): void {
    if (this.usedChunks + cap > this.l2.length >>> 8) this.repack(cap);
    const at = this.usedChunks;
    this.usedChunks += cap;
    const from = this.chunkBase[c]!;
    this.l2.copyWithin(at << 8, from << 8, (from + this.chunkCnt[c]!) << 8);
    this.sum.copyWithin(at * SUM_WORDS, from * SUM_WORDS, (from + this.chunkCnt[c]!) * SUM_WORDS);
    this.garbage += this.chunkCap[c]!;
    this.chunkBase[c] = at;
    this.chunkCap[c] = cap;
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
    const l2 = entries(this.kind, size << 8);
    const old = this.l2;
    const sum = new Int32Array(size * SUM_WORDS);
    let used = 0;
    for (let c = 0; c < NCHUNKS; c++) {
      const cap = this.chunkCap[c]!;
      if (cap === 0) continue;
      const base = this.chunkBase[c]!;
      l2.set(old.subarray(base << 8, (base + this.chunkCnt[c]!) << 8), used << 8);
      sum.set(this.sum.subarray(base * SUM_WORDS, (base + this.chunkCnt[c]!) * SUM_WORDS), used * SUM_WORDS);
      this.chunkBase[c] = used;
      used += cap;
    }
    this.l2 = l2;
    this.sum = sum;
    this.usedChunks = used;
    this.garbage = 0;
  }
}
