/**
 * A longest-prefix-match index for IPv4 on typed arrays: DXR's range tables
 * (Zec & Mikuc, "DXR: towards a billion routing lookups per second in
 * software", CCR 2012) behind a direct table of 2^D entries. The paper's D16R
 * has D = 16; here D follows the table size (directBitsFor: 16 for small
 * tables, 24 for a full Internet table, DIR-24-8's first level: Gupta,
 * Lin & McKeown, "Routing lookups in hardware at memory access speeds",
 * INFOCOM 1998). Leaf ids are the caller's, where DXR has next-hop indices:
 * FibTable gives a plain prefix its next-hop group (so adjacent ranges of
 * one group merge, as in DXR) and any other prefix an id of its own.
 *
 * Three layouts, by table size:
 *  - D = 24 (from ~741,000 prefixes): DIR-24-8 (fib_index_dir.ts: a 2^24
 *    directory, 256-entry chunks under the /24s holding a /25../32, 8-bit
 *    entries while every leaf+1 fits 7 bits, 16-bit while it fits 15),
 *    unless the table's /25../32 would need more chunks than chunkBudget
 *    allows (then Poptrie);
 *  - D = 19..23 (from ~23,000 prefixes): Poptrie (fib_poptrie.ts: Asai &
 *    Ohara, SIGCOMM 2015), a 2^19 direct table then nodes of 5-bit strides
 *    compressed with popcount; D only says when the table goes to DIR-24-8;
 *  - D = 16..18, or any D when built with `lists`: range lists, below.
 * Poptrie against the range lists that had D = 19..23 (synthetic tables,
 * next-hop-group leaves, million lookups per CPU second random/inside,
 * bytes a prefix; one process, interleaved runs, medians, loaded machine):
 * 30,000 prefixes 89/64 (lists 106/34), 194 B (163); 100,000 56/24 (33/18),
 * 78 B (126); 300,000 28/15 (27/11), 44 B (83); 600,000 17/12 (26/12),
 * 34 B (77). Destinations inside the table, what traffic mostly has, end
 * in a Poptrie node and its leaf where a range list takes a binary search
 * of a dozen dependent, mispredicted steps; random ones mostly end at a
 * list directory of 2^22..2^23 entries, which Poptrie's 2^19 does not
 * resolve as often. Below D = 19 the lists stay: smaller (Poptrie's
 * fixed 2 MiB direct table and per-block bookkeeping is 1,700 B a prefix at
 * 3,000 prefixes, the lists 811) though 3x slower inside (98 against 33 M/s).
 *
 * Range lists:
 *
 * Lookup structure, one Int32Array `tab` (so `lookup` loads one field):
 *  - tab[0 .. 2^D): the directory, indexed by the top D bits of the address.
 *    An entry >= 0 is leaf+1 (0: no route) for a slice covered by a single
 *    route; a negative one is RANGE_FLAG | base of the slice's range list.
 *  - a range list at base: [m-1, start_1 .. start_{m-1}, leaf_0+1 .. leaf_{m-1}+1]:
 *    the m ranges of the slice, sorted, adjacent equal leaves merged, start_i
 *    the first address of range i within the slice (range 0 starts at 0, so
 *    its slot holds the binary-search bound instead). A short list sits in one
 *    cache line: header, starts and leaves.
 * A lookup is one directory load, and for a slice with a list, a binary
 * search over its starts then one leaf load from the same line.
 *
 * Figures behind the choices (10^6 synthetic prefixes, src/bench/synth_table.ts,
 * `tuxnet bench fib-lookup`; Node 20 on a shared 2-core AMD EPYC, 2 MiB L2,
 * 32 MiB L3; M/s = million lookups a second on random destinations):
 *  - with a leaf id per prefix, DXR's merging of ranges by next hop does
 *    not apply: 1.6 ranges per prefix (next-hop groups, 30 drawn at random
 *    per prefix: the same 78 bytes a prefix at D=24, `tuxnet bench
 *    fib-lookup`);
 *  - D16R as in the paper (Uint16 starts, Int32 leaves, three typed arrays):
 *    56,370 of the 65,536 /16s carry a list, median 25 ranges, so five
 *    binary-search steps, half of them mispredicted: 11 bytes/prefix, 13 M/s.
 *    The same search on one Int32Array measured 10-15% faster (fewer field
 *    and typed-array header loads per call);
 *  - D=20: 61% of the directory entries are leaves, lists of 4.2 ranges on
 *    average (max 23): 18 bytes/prefix, 25-28 M/s;
 *  - D=22: 87% leaves, lists of 2.7 (max 16): 29.5 bytes/prefix, 30-34 M/s.
 *    Destinations inside the table (most fall in a slice with a list: two
 *    dependent cache misses) run at 11-14 M/s for every D from 16 to 22;
 *  - D=24 (64 MiB directory, 67 bytes/prefix at 10^6): every /0../24
 *    prefix is directory leaves, only slices under a /25../32 (4% of the
 *    prefixes) have lists, so a destination inside the table is one cache
 *    miss: 25-32 M/s inside (2.5-5x D=22, paired runs on the loaded machine);
 *  - a linear scan, or binary search ending in a scan, was no faster than
 *    the plain binary search; a branch-free search was slower (~40%);
 *  - Int32 everywhere keeps every loaded value a small integer: `lookup`
 *    returns an Smi and never allocates.
 *
 * Updates rebuild one /16 block (the 2^(D-16) directory entries of a /16 and
 * their lists, kept contiguous): the block of a /17../32, or each block under
 * a /0../16 of which it is the longest /0../16 prefix (a new default route
 * rebuilds every block without a /1../16 of its own). A block's lists are
 * rewritten in place when they fit, else appended; the table is repacked
 * when full or half garbage. The prefixes themselves live in FibPrefixStore.
 *
 * Rebuilds are lazy: an update of a block that holds /17../32 prefixes only
 * marks it dirty (every directory entry of the block set to DIRTY), and the
 * first lookup to reach a dirty entry rebuilds the block, then answers. A
 * rebuild costs O(prefixes in the block), so rebuilding on every insert made
 * bulk loads of one /16 (20,000 addresses on one device: a /32 local route
 * each) quadratic; now a run of updates costs one rebuild per block looked
 * up. A lookup never sees a stale block, and the check costs nothing on the
 * leaf path: DIRTY is a range-list entry whose base, 0, is inside the
 * directory, where no list ever starts. A /32 set in a clean block is painted
 * into its list in place (paintHost) instead: `ip addr add` looks its own
 * address up right after inserting its local route (fib_valid_prefsrc() of
 * the broadcast route), which would rebuild the block at every address.
 * Blocks that grow get half as much room again, so paints and rebuilds of a
 * growing block rewrite it in place. DIR-24-8 and Poptrie keep the same
 * discipline by block (BlockLayout).
 */
import { LEAF_LIMIT, NCHUNKS, RANGE_FLAG, SweepScratch, maskOf, sortByPrefix, sweepChunk } from './fib_index_build.js';
import { FibPrefixStore, SHORT_MAX } from './fib_index_store.js';
import { FibDir24, NARROW as DIR_NARROW, WIDE as DIR_WIDE } from './fib_index_dir.js';
import { FibPoptrie, POP_BITS, popcnt } from './fib_poptrie.js';

/** Directory entry of a block awaiting its rebuild: RANGE_FLAG with base 0 (the directory's first slot, never a list). */
const DIRTY = RANGE_FLAG | 0;

/** Marked blocks from which lookupDirty rebuilds them all (see there). */
const SETTLE_BLOCKS = 64;

/** FibIndex.mode: the layout lookup reads. */
const LISTS = 0;
const NARROW = 1;
const WIDE = 2;
const POPTRIE = 3;
const TINY = 4;

/** The smallest D whose table gets Poptrie instead of range lists (from ~23,000 prefixes). */
const POPTRIE_MIN_BITS = 19;

/** Called for each prefix; `leaf` is the caller's leaf id. */
export type FibIndexVisitor = (prefix: number, len: number, leaf: number) => void;

export interface FibIndexOptions {
  /** Directory bits D, 16..24 (default: from the table size, and growing with it). */
  directBits?: number;
  /** Range lists whatever D is, instead of Poptrie or DIR-24-8 (tests, benches). */
  lists?: boolean;
}

/**
 * The directory bits for a table of n prefixes: round(log2 n) + 4 within
 * 16..24, so the directory costs 44 to 91 bytes a prefix once n is past
 * ~5,800 (D=24 from ~741,000: 67 bytes a prefix at 10^6), and at most
 * 256 KiB for a lab-sized table.
 */
export function directBitsFor(n: number): number {
  return Math.min(24, Math.max(16, Math.round(Math.log2(Math.max(1, n))) + 4));
}

/**
 * Chunks (256 entries, 512 bytes narrow) a table of n prefixes may have at
 * D = 24 before it keeps range lists instead: a quarter of its prefixes
 * (a full table needs one for 4% of them), so that 10^6 /32s, each in a /24
 * of its own, do not take 512 MiB of chunks.
 */
function chunkBudget(n: number): number {
  return Math.max(4096, n >>> 2);
}

/** What FibIndex asks of a layout kept by /16 block (DIR-24-8, Poptrie); see FibIndex's methods of the same names. */
interface BlockLayout {
  isDirty(c: number): boolean;
  markDirty(c: number): void;
  fillBlock(c: number, leaf1: number): void;
  layoutBlock(c: number, start: Uint16Array, leaf: Int32Array, m: number): void;
  paintHost(addr: number, leaf1: number): void;
  blockRanges(c: number, push: (start: number, leaf: number) => void): void;
  compact(): void;
  lookupBytes(): number;
  bytes(): number;
}

export class FibIndex {
  private tab = new Int32Array(0);
  /** The DIR-24-8 layout (fib_index_dir.ts) when D = 24, else null. */
  private dir: FibDir24 | null = null;
  /** The Poptrie layout (fib_poptrie.ts) at D = 19..23 (or a D = 24 table whose /25../32 would need too many chunks), else null. */
  private pop: FibPoptrie | null = null;
  /** dir or pop, whichever is in use; null: range lists in `tab`. */
  private blocks: BlockLayout | null = null;
  /** Which arrays `lookup` reads: LISTS (tab, as d32), TINY, NARROW or WIDE (dir's), POPTRIE (pop's direct table as d32, and pt); syncDir copies them after every update. */
  private mode = LISTS;
  private readonly none8 = new Uint8Array(0);
  private readonly none16 = new Uint16Array(0);
  private readonly none32 = new Int32Array(0);
  private d8: Uint8Array = this.none8;
  private l2t: Uint8Array = this.none8;
  private d16: Uint16Array = this.none16;
  private l2n: Uint16Array = this.none16;
  private d32: Int32Array = this.none32;
  private l2w: Int32Array = this.none32;
  private chunkBase: Int32Array = this.none32;
  private pt: Int32Array = this.none32;
  /** 32 - D, and the mask of the address bits below the directory index. */
  private shift = 16;
  private lowMask = 0xffff;
  private bits = 16;
  /** Each /16 block's range lists: tab[bBase .. bBase + bSize), the lists first, then room to grow. */
  private readonly bBase = new Uint32Array(NCHUNKS);
  private readonly bSize = new Uint32Array(NCHUNKS);
  /** Slots of the block's room its lists fill: tab[bBase .. bBase + bUsed). */
  private readonly bUsed = new Uint32Array(NCHUNKS);
  /** Slots of tab in use (directory, lists, garbage), and garbage among them. */
  private used = 0;
  private garbage = 0;
  private readonly sc = new SweepScratch();
  /** The blocks marked dirty since lookupDirty last rebuilt them all, each listed once (some may have been rebuilt since). */
  private readonly dirtyList = new Int32Array(NCHUNKS);
  private readonly inDirtyList = new Uint8Array(NCHUNKS);
  private nDirty = 0;
  /** Called after every change of the arrays lookup reads (their contents or the arrays themselves): the owner's copies of tinyDir() follow. */
  onSync: (() => void) | null = null;

  private constructor(
    private readonly store: FibPrefixStore,
    bits: number,
    private readonly autoBits: boolean,
    private readonly lists: boolean,
  ) {
    this.layoutAll(bits);
  }

  static empty(opts: FibIndexOptions = {}): FibIndex {
    return new FibIndex(FibPrefixStore.empty(), checkBits(opts.directBits ?? 16), opts.directBits === undefined, opts.lists === true);
  }

  /**
   * Bulk build from the first `n` entries. Prefixes are masked to their
   * length; of equal (prefix, len) entries the last wins.
   */
  static build(prefixes: Uint32Array, lens: Uint8Array, leaves: Uint32Array, n: number, opts: FibIndexOptions = {}): FibIndex {
    if (!(Number.isInteger(n) && n >= 0 && n <= prefixes.length && n <= lens.length && n <= leaves.length)) {
      throw new RangeError(`FibIndex.build: n=${n} exceeds the arrays given`);
    }
    const keys = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const len = lens[i]!;
      checkArgs(len, leaves[i]!);
      keys[i] = (prefixes[i]! & maskOf(len)) >>> 0;
    }
    const store = FibPrefixStore.fromSorted(sortByPrefix(keys, lens, n), keys, lens, leaves, n);
    const bits = checkBits(opts.directBits ?? directBitsFor(store.nShort + store.nLong));
    return new FibIndex(store, bits, opts.directBits === undefined, opts.lists === true);
  }

  /** Leaf id of the longest prefix containing `addr` (u32, host order), or -1. */
  lookup(addr: number): number {
    // Literals, not the module's constants: the bundle (esbuild's lazy module
    // wrappers) turns those into `var`s that V8 loads and checks at every lookup.
    const mode = this.mode;
    if (mode === 4 /* TINY */) {
      const e = this.d8[addr >>> 8]!;
      if (e < 0x80) return e - 1;
      if (e !== 0xff /* DIRTY */) return this.l2t[((this.chunkBase[addr >>> 16]! + (e & 0x7f)) << 8) | (addr & 0xff)]! - 1;
      // `| 0`: the out-of-line calls' answers as int32, like the inline ones
      // (else the caller checks every answer for a heap number)
      return this.lookupDirty(addr) | 0;
    }
    if (mode === 1 /* NARROW */) {
      const e = this.d16[addr >>> 8]!;
      if (e < 0x8000 /* NARROW_FLAG */) return e - 1;
      if (e !== 0xffff /* DIRTY16 */) return this.l2n[((this.chunkBase[addr >>> 16]! + (e & 0xff)) << 8) | (addr & 0xff)]! - 1;
      return this.lookupDirty(addr) | 0;
    }
    // An Int32 directory: the wide layout's (shift 8), or the range lists' tab.
    const d = this.d32[addr >>> this.shift]!;
    return d >= 0 ? d - 1 : this.lookupNeg(addr, d) | 0;
  }

  /**
   * A negative Int32 directory entry: a wide chunk, a Poptrie node, a range
   * list, or a block awaiting its rebuild. Out of line, so that `lookup`
   * stays small enough for V8 to inline at every caller (FibTable.lookup
   * inlines it in turn).
   */
  private lookupNeg(addr: number, d: number): number {
    if (this.mode === WIDE) {
      if (d === -1 /* DIRTY */) return this.lookupDirty(addr);
      return this.l2w[((this.chunkBase[addr >>> 16]! + (d & 0xff)) << 8) | (addr & 0xff)]! - 1;
    }
    if (d === DIRTY) return this.lookupDirty(addr);
    return this.mode === POPTRIE ? this.lookupNode(addr, d) : this.lookupList(addr, d);
  }

  /** The /19 of `addr` has a Poptrie node, ~d: at most three nodes down to a leaf (fib_poptrie.ts). */
  private lookupNode(addr: number, d: number): number {
    const t = this.pt;
    let n = ~d;
    let v = (addr >>> 8) & 31;
    let vec = t[n]!;
    if (((vec >>> v) & 1) !== 0) {
      n = t[n + 3]! + (popcnt(vec & ~(-2 << v)) << 2);
      v = (addr >>> 3) & 31;
      vec = t[n]!;
      if (((vec >>> v) & 1) !== 0) {
        n = t[n + 3]! + (popcnt(vec & ~(-2 << v)) << 2);
        v = addr & 7;
      }
    }
    return t[t[n + 2]! + popcnt(t[n + 1]! & ~(-2 << v))]! - 1;
  }

  /**
   * The slice of `addr` has a range list (directory entry d < 0): binary
   * search of its starts. Out of line of the directory hit, which most
   * lookups are (94% inside a 10^6 table, 99.8% of random destinations).
   */
  private lookupList(addr: number, d: number): number {
    const t = this.tab;
    let lo = d & 0x7fffffff;
    const m = t[lo]!;
    let hi = lo + m;
    const k = addr & this.lowMask;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (t[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return t[lo + m + 1]! - 1;
  }

  /**
   * The block of `addr` is dirty: rebuild it, then look up (rebuildBlock may
   * repack: lookup reloads tab). With SETTLE_BLOCKS or more blocks marked
   * since the last such rebuild (a bulk load), rebuild them all: each is
   * rebuilt once either way, and this call stays rare. One call per block
   * made lookup's callers slow for good: after 10^6 inserts the first
   * lookups reached a dirty block ~65,000 times, and V8, counting the calls,
   * inlined this rebuild into every caller's loop (half the rate of `tuxnet
   * bench fib-table`). A few blocks are still rebuilt one at a time, as
   * lookups reach them: updates of a block nobody looks up cost nothing.
   */
  private lookupDirty(addr: number): number {
    if (this.nDirty >= SETTLE_BLOCKS) {
      const list = this.dirtyList;
      for (let i = 0; i < this.nDirty; i++) {
        const c = list[i]!;
        this.inDirtyList[c] = 0;
        if (this.isDirty(c)) this.rebuildBlock(c, this.store.shortDefault(c, SHORT_MAX));
      }
      this.nDirty = 0;
    }
    const c = addr >>> 16;
    if (this.isDirty(c)) this.rebuildBlock(c, this.store.shortDefault(c, SHORT_MAX));
    this.syncDir();
    return this.lookup(addr);
  }

  /** Number of prefixes held. */
  get size(): number {
    return this.store.nShort + this.store.nLong;
  }

  /** What lookup reads: range lists (D < 19), Poptrie (D = 19..23, or a D = 24 table whose /25../32 would need too many chunks), or DIR-24-8 with 8-, 16- or 32-bit entries. */
  get layout(): 'lists' | 'poptrie' | 'tiny' | 'narrow' | 'wide' {
    return this.mode === TINY ? 'tiny' : this.mode === NARROW ? 'narrow' : this.mode === WIDE ? 'wide' : this.mode === POPTRIE ? 'poptrie' : 'lists';
  }

  /** D: the directory has 2^D entries. */
  get directBits(): number {
    return this.bits;
  }

  /** Bytes of every typed array the index owns: lookup table, block bookkeeping, prefix store, scratch. */
  bytes(): number {
    const sc = this.sc;
    return (
      (this.blocks !== null ? this.blocks.bytes() : this.tab.byteLength) +
      this.bBase.byteLength +
      this.bSize.byteLength +
      this.bUsed.byteLength +
      this.store.bytes() +
      sc.start.byteLength +
      sc.leaf.byteLength +
      sc.stEnd.byteLength +
      sc.stLeaf.byteLength
    );
  }

  /** Bytes of the arrays `lookup` reads. */
  lookupBytes(): number {
    return this.blocks !== null ? this.blocks.lookupBytes() : this.tab.byteLength;
  }

  /**
   * Adds prefix/len -> leaf, or changes the leaf of an existing prefix.
   * Returns the previous leaf id, -1 if the prefix is new.
   */
  insert(prefix: number, len: number, leaf: number): number {
    checkArgs(len, leaf);
    const key = (prefix & maskOf(len)) >>> 0;
    this.dir?.fit(leaf + 1);
    let old: number;
    if (len <= SHORT_MAX) {
      old = this.store.setShort(key, len, leaf + 1) - 1;
      if (old !== leaf) this.shortChanged(key, len, leaf + 1);
    } else {
      old = this.store.setLong(key, len, leaf);
      if (old !== leaf && !(len === 32 && this.paintHost(key, leaf + 1))) this.longChanged(key >>> 16);
    }
    const bits = directBitsFor(this.size);
    if (this.autoBits && bits > this.bits) {
      // Poptrie is the same at every D below 24: only the step to DIR-24-8 lays the table out again.
      if (this.pop !== null && bits < 24) this.bits = bits;
      else this.layoutAll(bits);
    }
    else if (this.dir !== null && this.dir.chunks > 2 * chunkBudget(this.size)) this.layoutAll(24);
    this.syncDir();
    return old;
  }

  /** Removes prefix/len; returns its leaf id, -1 if it was not there. */
  remove(prefix: number, len: number): number {
    checkArgs(len, 0);
    const key = (prefix & maskOf(len)) >>> 0;
    let old: number;
    if (len <= SHORT_MAX) {
      old = this.store.setShort(key, len, 0) - 1;
      if (old >= 0) this.shortChanged(key, len, 0);
    } else {
      old = this.store.removeLong(key, len);
      if (old >= 0) this.longChanged(key >>> 16);
    }
    if (this.blocks !== null) this.blocks.compact();
    else if (this.garbage > 4096 && 2 * this.garbage > this.used - (1 << this.bits)) this.repack(0);
    this.syncDir();
    return old;
  }

  /** Leaf id of exactly prefix/len, or -1. */
  get(prefix: number, len: number): number {
    checkArgs(len, 0);
    return this.store.get((prefix & maskOf(len)) >>> 0, len);
  }

  /**
   * Leaf id of the longest prefix strictly shorter than `len` that covers
   * prefix/len (where its traffic goes once it is removed), or -1.
   */
  covering(prefix: number, len: number): number {
    checkArgs(len, 0);
    let found = -1;
    this.store.walkCovering((prefix & maskOf(len)) >>> 0, len, (_p, _l, leaf) => {
      found = leaf;
      return true;
    });
    return found;
  }

  /** Visits the prefixes strictly shorter than `len` covering prefix/len, longest first. */
  forEachCovering(prefix: number, len: number, fn: FibIndexVisitor): void {
    checkArgs(len, 0);
    this.store.walkCovering((prefix & maskOf(len)) >>> 0, len, (p, l, leaf) => {
      fn(p, l, leaf);
      return false;
    });
  }

  /** Visits every prefix, ordered by address then length. */
  forEach(fn: FibIndexVisitor): void {
    this.store.forEach(fn);
  }

  /**
   * The ranges of /16 block c as [first address within the block, leaf id]
   * pairs, whatever D is: what lookup answers across the block (tests, dumps).
   */
  blockRanges(c: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    if (this.isDirty(c)) {
      this.rebuildBlock(c, this.store.shortDefault(c, SHORT_MAX));
      this.syncDir();
    }
    const push = (start: number, leaf: number): void => {
      if (out.length === 0 || out[out.length - 1]![1] !== leaf) out.push([start, leaf]);
    };
    if (this.blocks !== null) {
      this.blocks.blockRanges(c, push);
      return out;
    }
    const t = this.tab;
    const slices = 1 << (this.bits - 16);
    for (let j = 0; j < slices; j++) {
      const lo = j << this.shift;
      const d = t[c * slices + j]!;
      if (d >= 0) {
        push(lo, d - 1);
        continue;
      }
      const base = d & 0x7fffffff;
      const m = t[base]! + 1;
      for (let i = 0; i < m; i++) push(lo + (i === 0 ? 0 : t[base + i]!), t[base + m + i]! - 1);
    }
    return out;
  }

  /** A /0../16 prefix was set to leaf1 (0: removed): rebuild the blocks it is the longest short prefix of. */
  private shortChanged(key: number, len: number, leaf1: number): void {
    const st = this.store;
    const def1 = leaf1 !== 0 ? leaf1 : st.shortDefault(key >>> 16, len - 1);
    const c0 = key >>> 16;
    const c1 = c0 + (1 << (SHORT_MAX - len));
    for (let c = c0; c < c1; c++) {
      if (st.shortDefaultLen(c) > len) continue;
      // A block without /17../32 prefixes is one directory fill: no cheaper to defer.
      if (st.pCnt[c] === 0) this.fillBlock(c, def1);
      else this.markDirty(c);
    }
  }

  /** A /17../32 prefix of block c was set or removed: a block left without any is filled now (freeing its lists), else marked dirty. */
  private longChanged(c: number): void {
    if (this.store.pCnt[c] === 0) this.fillBlock(c, this.store.shortDefault(c, SHORT_MAX));
    else this.markDirty(c);
  }

  /**
   * A /32 is the longest prefix there is: setting it repaints one address of
   * its slice's list, whatever else covers it. Splits the range holding the
   * address in place (memmove of the list and of the block's later lists),
   * so a run of host routes in one /16 costs no sweep. Returns false, having
   * changed nothing, when the block is dirty, the slice has no list, the new
   * range would merge with a neighbour, or the block has no room: the caller
   * then marks the block for a rebuild.
   */
  private paintHost(addr: number, leaf1: number): boolean {
    if (this.blocks !== null) {
      if (this.blocks.isDirty(addr >>> 16)) return false;
      this.blocks.paintHost(addr, leaf1);
      return true;
    }
    const t = this.tab;
    const dir = addr >>> this.shift;
    const d = t[dir]!;
    if (d >= 0 || d === DIRTY) return false;
    const base = d & 0x7fffffff;
    const n = t[base]! + 1;
    const k = addr & this.lowMask;
    let lo = base;
    let hi = base + n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (t[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    const i = lo - base;
    const lf = t[base + n + i]!;
    if (lf === leaf1) return true;
    const st = i === 0 ? 0 : t[base + i]!;
    const en = i + 1 < n ? t[base + i + 1]! - 1 : this.lowMask;
    if (st === k && i > 0 && t[base + n + i - 1] === leaf1) return false;
    if (en === k && i + 1 < n && t[base + n + i + 1] === leaf1) return false;
    const a = (st < k ? 1 : 0) + (k < en ? 1 : 0);
    const c = addr >>> 16;
    if (a > 0 && !this.growList(c, base, n, i, a)) return false;
    const n2 = n + a;
    let r = i;
    if (st < k) t[base + n2 + r++] = lf;
    if (r > 0) t[base + r] = k;
    t[base + n2 + r] = leaf1;
    if (k < en) {
      t[base + r + 1] = k + 1;
      t[base + n2 + r + 1] = lf;
    }
    return true;
  }

  /** Makes room for `a` more ranges after range i of the n-range list at base (moving the block's later lists); false if the block has no room. */
  private growList(c: number, base: number, n: number, i: number, a: number): boolean {
    const end = this.bBase[c]! + this.bUsed[c]!;
    if (this.bUsed[c]! + 2 * a > this.bSize[c]!) return false;
    const t = this.tab;
    const listEnd = base + 2 * n;
    t.copyWithin(listEnd + 2 * a, listEnd, end);
    const s = this.bits - 16;
    for (let j = c << s; j < (c + 1) << s; j++) {
      const d = t[j]!;
      if (d < 0 && (d & 0x7fffffff) >= listEnd) t[j] = d + 2 * a;
    }
    // Leaves after i move by 2a, leaves up to i by a, starts after i by a.
    t.copyWithin(base + n + i + 1 + 2 * a, base + n + i + 1, listEnd);
    t.copyWithin(base + n + a, base + n, base + n + i + 1);
    t.copyWithin(base + i + 1 + a, base + i + 1, base + n);
    t[base] = n + a - 1;
    this.bUsed[c]! += 2 * a;
    return true;
  }

  /** Block c's lookup entries are stale: mark every directory entry of it DIRTY, keeping its lists' room for the rebuild. */
  private markDirty(c: number): void {
    if (this.inDirtyList[c] === 0) {
      this.inDirtyList[c] = 1;
      this.dirtyList[this.nDirty++] = c;
    }
    if (this.blocks !== null) return this.blocks.markDirty(c);
    const s = this.bits - 16;
    const d0 = c << s;
    if (this.tab[d0] !== DIRTY) this.tab.fill(DIRTY, d0, d0 + (1 << s));
  }

  /** Whether block c awaits its rebuild (markDirty sets all its directory entries, a rebuild rewrites them all). */
  private isDirty(c: number): boolean {
    if (this.blocks !== null) return this.blocks.isDirty(c);
    return this.tab[c << (this.bits - 16)] === DIRTY;
  }

  /** Lays the whole table out afresh with a 2^bits directory. */
  private layoutAll(bits: number): void {
    this.bits = bits;
    this.shift = 32 - bits;
    this.lowMask = (1 << this.shift) - 1;
    this.dir = null;
    this.pop = null;
    this.syncDir();
    const st = this.store;
    const slices = bits === 24 && !this.lists ? st.longSlices() : Infinity;
    if (slices <= chunkBudget(this.size)) return this.layoutBlocks(new FibDir24(slices, st.maxLeaf() + 1));
    if (bits >= POPTRIE_MIN_BITS && !this.lists) {
      this.shift = 32 - POP_BITS;
      // Room for its nodes and leaves: about 4 Int32 a /17../32 prefix (fit() gives back the rest).
      return this.layoutBlocks(new FibPoptrie(4 * st.nLong));
    }
    const dirSize = 1 << bits;
    // About 3.3 list slots per /17../32 prefix at D = 16..22; alloc() grows past that.
    this.tab = new Int32Array(dirSize + Math.ceil(3.6 * this.store.nLong) + 1024);
    this.used = dirSize;
    this.garbage = 0;
    this.bBase.fill(0);
    this.bSize.fill(0);
    this.bUsed.fill(0);
    const defs = this.store.allDefaults();
    for (let c = 0; c < NCHUNKS; c++) this.rebuildBlock(c, defs[c]!);
    const slack = ((this.used - dirSize) >>> 4) + 256;
    if (this.tab.length > this.used + slack) this.tab = this.tab.slice(0, this.used + slack);
    this.syncDir();
  }

  /** Lays the table out as DIR-24-8 (fib_index_dir.ts) or Poptrie (fib_poptrie.ts), from `x` holding no route. */
  private layoutBlocks(x: FibDir24 | FibPoptrie): void {
    const st = this.store;
    this.tab = new Int32Array(0);
    this.used = 0;
    this.garbage = 0;
    this.bBase.fill(0);
    this.bSize.fill(0);
    this.bUsed.fill(0);
    if (x instanceof FibDir24) this.dir = x;
    else this.pop = x;
    this.blocks = x;
    const defs = st.allDefaults();
    for (let c = 0; c < NCHUNKS; c++) this.rebuildBlock(c, defs[c]!);
    this.pop?.fit();
    this.syncDir();
  }

  /**
   * The 8-bit DIR-24-8 directory while lookup reads it, else null: an
   * entry below 0x80 is leaf+1 (0: no route) for its whole /24; any other
   * entry needs lookup. The array changes with the layout: `onSync` says when.
   */
  tinyDir(): Uint8Array | null {
    return this.mode === TINY ? this.d8 : null;
  }

  /**
   * With tinyDir(), the 8-bit second level and the chunk numbers of each
   * /16 block: a tinyDir entry 0x80 | k (k < 0x7f) of address a is answered
   * by tinyL2()[(tinyChunkBase()[a >>> 16] + k) << 8 | (a & 0xff)], leaf+1
   * as in the directory. Valid until the next onSync.
   */
  tinyL2(): Uint8Array {
    return this.l2t;
  }

  tinyChunkBase(): Int32Array {
    return this.chunkBase;
  }

  /** With tinyDir(), chunk n's summary, two words at n * 2 (FibDir24.sum): its leaf+1 without reading tinyL2 when the top byte of word 1 is 1. */
  tinySum(): Int32Array {
    return this.mode === TINY ? this.dir!.sum : this.none32;
  }

  /** Points lookup at the arrays of the current layout (an update may have reallocated them), and tells onSync. */
  private syncDir(): void {
    const x = this.dir;
    const p = this.pop;
    this.blocks = x ?? p;
    const kind = x !== null ? x.kind : -1;
    this.mode = x !== null ? (kind === DIR_WIDE ? WIDE : kind === DIR_NARROW ? NARROW : TINY) : p !== null ? POPTRIE : LISTS;
    this.d8 = this.mode === TINY ? (x!.dir as Uint8Array) : this.none8;
    this.l2t = this.mode === TINY ? (x!.l2 as Uint8Array) : this.none8;
    this.d16 = this.mode === NARROW ? (x!.dir as Uint16Array) : this.none16;
    this.l2n = this.mode === NARROW ? (x!.l2 as Uint16Array) : this.none16;
    this.d32 = this.mode === WIDE ? (x!.dir as Int32Array) : p !== null ? p.dir : this.tab;
    this.l2w = this.mode === WIDE ? (x!.l2 as Int32Array) : this.none32;
    this.chunkBase = x?.chunkBase ?? this.none32;
    this.pt = p?.pt ?? this.none32;
    this.onSync?.();
  }

  /** Recomputes block c over its default def1 (leaf+1 of the longest /0../16 covering it, or 0). */
  private rebuildBlock(c: number, def1: number): void {
    const st = this.store;
    const k = st.pCnt[c]!;
    if (k === 0) return this.fillBlock(c, def1);
    const sc = this.sc;
    sc.reserve(k);
    const from = st.pBase[c]!;
    const m = sweepChunk(st.pKey, st.pInfo, from, from + k, def1, sc.start, sc.leaf, 0, sc);
    if (m === 1) return this.fillBlock(c, sc.leaf[0]!);
    if (this.blocks !== null) this.blocks.layoutBlock(c, sc.start, sc.leaf, m);
    else this.layoutBlock(c, m);
  }

  /** Block c as one route: every directory entry leaf1, no lists. */
  private fillBlock(c: number, leaf1: number): void {
    if (this.blocks !== null) return this.blocks.fillBlock(c, leaf1);
    this.garbage += this.bSize[c]!;
    this.bSize[c] = 0;
    this.bUsed[c] = 0;
    const slices = this.bits - 16;
    this.tab.fill(leaf1, c << slices, (c + 1) << slices);
  }

  /** Splits the block's m ranges (in the scratch) over its 2^(D-16) slices and writes them. */
  private layoutBlock(c: number, m: number): void {
    const { start, leaf } = this.sc;
    const slices = 1 << (this.bits - 16);
    const w = 1 << this.shift;
    let need = 0;
    for (let j = 0, i = 0; j < slices; j++) {
      const lo = j * w;
      while (i + 1 < m && start[i + 1]! <= lo) i++;
      let e = i + 1;
      while (e < m && start[e]! < lo + w) e++;
      if (e - i > 1) need += 2 * (e - i);
    }
    let at = this.bBase[c]!;
    const had = this.bSize[c]!;
    if (need > had) {
      // A block that grows gets half as much again, so that a run of inserts
      // rewrites it in place rather than appending (and repacking) each time.
      this.garbage += had;
      this.bSize[c] = 0; // a repack in alloc() must not move the old lists
      const room = had === 0 ? need : need + (need >>> 1);
      at = this.alloc(room);
      this.bSize[c] = room;
    } else if (need < had >>> 2) {
      this.garbage += had - need;
      this.bSize[c] = need;
    }
    this.bBase[c] = at;
    this.bUsed[c] = need;
    const t = this.tab;
    const d0 = c * slices;
    for (let j = 0, i = 0; j < slices; j++) {
      const lo = j * w;
      while (i + 1 < m && start[i + 1]! <= lo) i++;
      let e = i + 1;
      while (e < m && start[e]! < lo + w) e++;
      const n = e - i;
      if (n === 1) {
        t[d0 + j] = leaf[i]!;
        continue;
      }
      t[d0 + j] = (RANGE_FLAG | at) | 0;
      t[at] = n - 1;
      for (let r = 1; r < n; r++) t[at + r] = start[i + r]! - lo;
      for (let r = 0; r < n; r++) t[at + n + r] = leaf[i + r]!;
      at += 2 * n;
    }
  }

  /** `n` slots at the end of tab, repacking it when full. */
  private alloc(n: number): number {
    if (this.used + n > this.tab.length) this.repack(n);
    const at = this.used;
    this.used += n;
    return at;
  }

  /**
   * Copies the directory and every block's lists, tight, into a new tab. A
   * repack to grow (extra > 0) doubles the room of the lists (geometric
   * slack: a run of n growing blocks costs O(log n) repacks, not O(n)); a
   * compaction of garbage (extra = 0) keeps 1/8 spare.
   */
  private repack(extra: number): void {
    const dirSize = 1 << this.bits;
    const live = this.used - dirSize - this.garbage;
    const spare = extra > 0 ? live + extra : live >>> 3;
    const t = new Int32Array(dirSize + live + extra + spare + 256);
    const old = this.tab;
    t.set(old.subarray(0, dirSize));
    const slices = 1 << (this.bits - 16);
    let used = dirSize;
    for (let c = 0; c < NCHUNKS; c++) {
      const size = this.bSize[c]!;
      if (size === 0) continue;
      const base = this.bBase[c]!;
      t.set(old.subarray(base, base + size), used);
      const delta = used - base;
      for (let j = c * slices; j < (c + 1) * slices; j++) {
        const d = t[j]!;
        if (d < 0 && d !== DIRTY) t[j] = (RANGE_FLAG | ((d & 0x7fffffff) + delta)) | 0;
      }
      this.bBase[c] = used;
      used += size;
    }
    this.tab = t;
    this.used = used;
    this.garbage = 0;
  }
}

function checkArgs(len: number, leaf: number): void {
  if (!(Number.isInteger(len) && len >= 0 && len <= 32)) throw new RangeError(`FibIndex: bad prefix length ${len}`);
  if (!(Number.isInteger(leaf) && leaf >= 0 && leaf < LEAF_LIMIT)) throw new RangeError(`FibIndex: bad leaf id ${leaf}`);
}

function checkBits(bits: number): number {
  if (!(Number.isInteger(bits) && bits >= 16 && bits <= 24)) throw new RangeError(`FibIndex: directBits ${bits} not in 16..24`);
  return bits;
}
