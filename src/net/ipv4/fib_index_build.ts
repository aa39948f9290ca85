/**
 * Building blocks of the FIB lookup index (fib_index.ts): prefix masks, the
 * radix sort that orders a bulk table, and the sweep that turns one /16
 * chunk's prefixes into its range table.
 *
 * Linux: the kernel's FIB is an LC-trie (net/ipv4/fib_trie.c). tuxnet keeps
 * fib_trie.ts for the route semantics and adds this flat index for lookups in
 * full Internet tables (DXR, Zec & Mikuc 2012).
 */

/** Blocks of the table: a /16 is the unit the prefix store is kept and rebuilt by. */
export const NCHUNKS = 1 << 16;
/** Leaf ids are stored as leaf+1 in 24 bits of a packed word (0 = no route). */
export const LEAF_LIMIT = 1 << 24;
/** A direct-table entry with this bit set holds a range-table base, else leaf+1. */
export const RANGE_FLAG = 0x80000000;

/** The netmask of a prefix length, as an unsigned 32-bit number. */
export function maskOf(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

/**
 * Slot of a prefix of length 0..16 in the short-prefix table: heap numbering,
 * (1 << len) | top len bits, so /0 is slot 1 and /16 slots are 65536..131071.
 */
export function shortSlot(prefix: number, len: number): number {
  return len === 0 ? 1 : (1 << len) | (prefix >>> (32 - len));
}

/**
 * Stable LSD radix sort of indices 0..n-1 by (key ascending, len ascending):
 * a counting pass on len, then three on the key (11+11+10 bits). Within one
 * chunk this is the nesting order the range sweep needs (a prefix comes before
 * the prefixes it covers). Equal (key, len) pairs keep their input order.
 * About 40 ms for 10^6 prefixes.
 */
export function sortByPrefix(keys: Uint32Array, lens: Uint8Array, n: number): Uint32Array {
  let src = new Uint32Array(n);
  let dst = new Uint32Array(n);
  const count = new Uint32Array(2048);
  // Pass 0: by len (0..32), reading indices in input order.
  for (let i = 0; i < n; i++) count[lens[i]!]!++;
  prefixSums(count, 33);
  for (let i = 0; i < n; i++) dst[count[lens[i]!]!++] = i;
  for (const [shift, width] of [
    [0, 11],
    [11, 11],
    [22, 10],
  ] as const) {
    [src, dst] = [dst, src];
    const m = (1 << width) - 1;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[src[i]!]! >>> shift) & m]!++;
    prefixSums(count, m + 1);
    for (let i = 0; i < n; i++) {
      const j = src[i]!;
      dst[count[(keys[j]! >>> shift) & m]!++] = j;
    }
  }
  return dst;
}

/** Exclusive prefix sums of count[0..size) in place. */
function prefixSums(count: Uint32Array, size: number): void {
  let sum = 0;
  for (let b = 0; b < size; b++) {
    const c = count[b]!;
    count[b] = sum;
    sum += c;
  }
}

/** Scratch space for sweepChunk: the nesting stack (the default, then /17../32) and the output. */
export class SweepScratch {
  readonly stEnd = new Int32Array(18);
  readonly stLeaf = new Int32Array(18);
  start = new Uint16Array(64);
  leaf = new Int32Array(64);

  /** Room for the ranges of a chunk of `k` prefixes (at most 2k+1). */
  reserve(k: number): void {
    if (this.start.length >= 2 * k + 1) return;
    const cap = 2 * k + 65;
    this.start = new Uint16Array(cap);
    this.leaf = new Int32Array(cap);
  }
}

/**
 * The range table of one chunk: the prefixes pKey/pInfo[from, to) (all longer
 * than /16, inside the chunk, sorted by sortByPrefix order) painted over the
 * chunk's default `def1` (leaf+1 of the longest /0../16 prefix covering the
 * chunk, 0 if none). Writes `outStart/outLeaf[at..at+count)` — the 16-bit
 * start of each range and its leaf+1, adjacent equal leaves merged — and
 * returns count (1..2k+1). pInfo packs (len << 24) | leaf.
 *
 * One pass with a stack of open prefixes: when the next prefix starts past
 * the end of the innermost open one, that one closes and its parent resumes.
 */
export function sweepChunk(
  pKey: Uint32Array,
  pInfo: Uint32Array,
  from: number,
  to: number,
  def1: number,
  outStart: Uint16Array,
  outLeaf: Int32Array,
  at: number,
  sc: SweepScratch,
): number {
  const stEnd = sc.stEnd;
  const stLeaf = sc.stLeaf;
  let sp = 0;
  stEnd[0] = 0xffff;
  stLeaf[0] = def1;
  outStart[at] = 0;
  outLeaf[at] = def1;
  let last = at; // index of the last range written
  for (let i = from; i < to; i++) {
    const info = pInfo[i]!;
    const s = pKey[i]! & 0xffff;
    const leaf1 = (info & 0xffffff) + 1;
    while (stEnd[sp]! < s) {
      const end = stEnd[sp--]!;
      last = emit(outStart, outLeaf, at, last, end + 1, stLeaf[sp]!);
    }
    last = emit(outStart, outLeaf, at, last, s, leaf1);
    stEnd[++sp] = s + (1 << (32 - (info >>> 24))) - 1;
    stLeaf[sp] = leaf1;
  }
  while (sp > 0) {
    const end = stEnd[sp--]!;
    if (end < 0xffff) last = emit(outStart, outLeaf, at, last, end + 1, stLeaf[sp]!);
  }
  return last - at + 1;
}

/** Appends range (pos, leaf1) after `last`, overwriting a range that starts at pos; merges equal neighbours. */
function emit(outStart: Uint16Array, outLeaf: Int32Array, at: number, last: number, pos: number, leaf1: number): number {
  if (outStart[last] === pos) {
    if (last > at && outLeaf[last - 1] === leaf1) return last - 1;
    outLeaf[last] = leaf1;
    return last;
  }
  if (outLeaf[last] === leaf1) return last;
  outStart[++last] = pos;
  outLeaf[last] = leaf1;
  return last;
}
