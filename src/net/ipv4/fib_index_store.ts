/**
 * The prefixes behind a FibIndex (fib_index.ts), kept so that any /16 block
 * of the lookup table can be rebuilt alone, and so the caller can ask which
 * prefixes cover a removed one:
 *  - /0../16 in `short`, heap-numbered (slot (1 << len) | top len bits; 2^17
 *    Int32, 512 KiB), holding leaf+1 (0 = absent);
 *  - /17../32 in per-/16 sorted segments of `pKey` (the prefix) and `pInfo`
 *    (len << 24 | leaf), 8 bytes a prefix. A full segment moves to the end
 *    of the arrays with twice the room; the arrays are repacked when full or
 *    when more than half of them is slack.
 * Not on the lookup path.
 */
import { NCHUNKS, maskOf, shortSlot } from './fib_index_build.js';

export const SHORT_MAX = 16;

export class FibPrefixStore {
  readonly short = new Int32Array(2 << SHORT_MAX);
  pKey: Uint32Array;
  pInfo: Uint32Array;
  readonly pBase = new Uint32Array(NCHUNKS);
  readonly pCnt = new Uint32Array(NCHUNKS);
  private readonly pCap = new Uint32Array(NCHUNKS);
  private pUsed = 0;
  nShort = 0;
  nLong = 0;

  private constructor(cap: number) {
    this.pKey = new Uint32Array(cap);
    this.pInfo = new Uint32Array(cap);
  }

  static empty(): FibPrefixStore {
    return new FibPrefixStore(0);
  }

  /**
   * The store of `n` entries visited in `order` (sortByPrefix order): masked
   * `keys`, `lens`, `leaves`. Of equal (key, len) entries the last one wins.
   */
  static fromSorted(order: Uint32Array, keys: Uint32Array, lens: Uint8Array, leaves: Uint32Array, n: number): FibPrefixStore {
    let nLong = 0;
    for (let i = 0; i < n; i++) if (lens[i]! > SHORT_MAX) nLong++;
    const st = new FibPrefixStore(nLong + (nLong >>> 4));
    const { short, pKey, pInfo, pBase, pCnt } = st;
    let used = 0;
    for (let o = 0; o < n; o++) {
      const i = order[o]!;
      const key = keys[i]!;
      const len = lens[i]!;
      const next = o + 1 < n ? order[o + 1]! : -1;
      if (next >= 0 && keys[next] === key && lens[next] === len) continue;
      if (len <= SHORT_MAX) {
        short[shortSlot(key, len)] = leaves[i]! + 1;
        st.nShort++;
        continue;
      }
      const c = key >>> 16;
      if (pCnt[c] === 0) pBase[c] = used;
      pCnt[c]!++;
      pKey[used] = key;
      pInfo[used++] = ((len << 24) | leaves[i]!) >>> 0;
    }
    st.pCap.set(pCnt);
    st.pUsed = used;
    st.nLong = used;
    return st;
  }

  bytes(): number {
    return (
      this.short.byteLength +
      this.pKey.byteLength +
      this.pInfo.byteLength +
      this.pBase.byteLength +
      this.pCnt.byteLength +
      this.pCap.byteLength
    );
  }

  /** leaf id of exactly key/len (key masked), or -1. */
  get(key: number, len: number): number {
    if (len <= SHORT_MAX) return this.short[shortSlot(key, len)]! - 1;
    const at = this.findLong(key >>> 16, key, len);
    return at < 0 ? -1 : this.pInfo[at]! & 0xffffff;
  }

  /** Sets a /0../16 prefix to leaf1 (leaf+1, 0 removes it); returns the previous leaf1. */
  setShort(key: number, len: number, leaf1: number): number {
    const slot = shortSlot(key, len);
    const old = this.short[slot]!;
    this.short[slot] = leaf1;
    if (old === 0 && leaf1 !== 0) this.nShort++;
    else if (old !== 0 && leaf1 === 0) this.nShort--;
    return old;
  }

  /** Adds or changes a /17../32 prefix; returns the previous leaf id or -1. */
  setLong(key: number, len: number, leaf: number): number {
    const c = key >>> 16;
    const info = ((len << 24) | leaf) >>> 0;
    const at = this.findLong(c, key, len);
    if (at >= 0) {
      const old = this.pInfo[at]! & 0xffffff;
      this.pInfo[at] = info;
      return old;
    }
    let pos = ~at;
    if (this.pCnt[c] === this.pCap[c]) {
      const rel = pos - this.pBase[c]!;
      this.relocate(c, Math.max(4, 2 * this.pCap[c]!));
      pos = this.pBase[c]! + rel;
    }
    const end = this.pBase[c]! + this.pCnt[c]!;
    this.pKey.copyWithin(pos + 1, pos, end);
    this.pInfo.copyWithin(pos + 1, pos, end);
    this.pKey[pos] = key;
    this.pInfo[pos] = info;
    this.pCnt[c]!++;
    this.nLong++;
    return -1;
  }

  /** Removes a /17../32 prefix; returns its leaf id or -1. */
  removeLong(key: number, len: number): number {
    const c = key >>> 16;
    const at = this.findLong(c, key, len);
    if (at < 0) return -1;
    const old = this.pInfo[at]! & 0xffffff;
    const end = this.pBase[c]! + this.pCnt[c]!;
    this.pKey.copyWithin(at, at + 1, end);
    this.pInfo.copyWithin(at, at + 1, end);
    this.pCnt[c]!--;
    this.nLong--;
    if (this.pUsed > 2 * this.nLong + 4096) this.repack(0);
    return old;
  }

  /** Index of key/len in block c's segment, or ~(insertion point). */
  private findLong(c: number, key: number, len: number): number {
    const pKey = this.pKey;
    const pInfo = this.pInfo;
    const end = this.pBase[c]! + this.pCnt[c]!;
    let lo = this.pBase[c]!;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = pKey[mid]!;
      if (k < key || (k === key && pInfo[mid]! >>> 24 < len)) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && pKey[lo] === key && pInfo[lo]! >>> 24 === len ? lo : ~lo;
  }

  /** Moves block c's segment to the end of the arrays with room for `cap`. */
  private relocate(c: number, cap: number): void {
    if (this.pUsed + cap > this.pKey.length) this.repack(cap);
    const base = this.pBase[c]!;
    const cnt = this.pCnt[c]!;
    this.pKey.copyWithin(this.pUsed, base, base + cnt);
    this.pInfo.copyWithin(this.pUsed, base, base + cnt);
    this.pBase[c] = this.pUsed;
    this.pCap[c] = cap;
    this.pUsed += cap;
  }

  /**
   * Copies every segment into new arrays. Growing (extra > 0) doubles the
   * room (geometric slack: O(log n) repacks for n inserts); a compaction
   * after removals keeps 1/8 spare. Each segment keeps a quarter of its
   * count as room, so the next insert into it does not relocate it at once.
   */
  private repack(extra: number): void {
    const n = this.nLong;
    const size = n + extra + (extra > 0 ? n + extra : (n >>> 3) + (n >>> 2)) + 64;
    const key = new Uint32Array(size);
    const info = new Uint32Array(size);
    let used = 0;
    for (let c = 0; c < NCHUNKS; c++) {
      const base = this.pBase[c]!;
      const cnt = this.pCnt[c]!;
      key.set(this.pKey.subarray(base, base + cnt), used);
      info.set(this.pInfo.subarray(base, base + cnt), used);
      this.pBase[c] = used;
      const cap = cnt === 0 ? 0 : cnt + (cnt >>> 2);
      this.pCap[c] = cap;
      used += cap;
    }
    this.pKey = key;
    this.pInfo = info;
    this.pUsed = used;
  }

  /** How many /24s hold a /25../32 prefix (the chunks a DIR-24-8 layout needs at most). */
  longSlices(): number {
    let n = 0;
    for (let c = 0; c < NCHUNKS; c++) {
      let last = -1;
      for (let i = this.pBase[c]!, end = i + this.pCnt[c]!; i < end; i++) {
        const s = this.pKey[i]! >>> 8;
        if (this.pInfo[i]! >>> 24 > 24 && s !== last) {
          n++;
          last = s;
        }
      }
    }
    return n;
  }

  /** The largest leaf id held, -1 if none. */
  maxLeaf(): number {
    let max = 0;
    for (let s = 1; s < this.short.length; s++) max = Math.max(max, this.short[s]!);
    for (let c = 0; c < NCHUNKS; c++) {
      for (let i = this.pBase[c]!, end = i + this.pCnt[c]!; i < end; i++) max = Math.max(max, (this.pInfo[i]! & 0xffffff) + 1);
    }
    return max - 1;
  }

  /** leaf+1 of the longest /0..maxLen prefix covering block c, 0 if none. */
  shortDefault(c: number, maxLen: number): number {
    const short = this.short;
    for (let l = maxLen; l >= 0; l--) {
      const v = short[l === 0 ? 1 : (1 << l) | (c >>> (SHORT_MAX - l))]!;
      if (v !== 0) return v;
    }
    return 0;
  }

  /** Length of the longest /0../16 prefix covering block c, -1 if none. */
  shortDefaultLen(c: number): number {
    const short = this.short;
    for (let l = SHORT_MAX; l >= 0; l--) {
      if (short[l === 0 ? 1 : (1 << l) | (c >>> (SHORT_MAX - l))] !== 0) return l;
    }
    return -1;
  }

  /** shortDefault(c, 16) of every block at once. */
  allDefaults(): Int32Array {
    const inherited = new Int32Array(2 << SHORT_MAX);
    const short = this.short;
    inherited[1] = short[1]!;
    for (let s = 2; s < inherited.length; s++) inherited[s] = short[s] || inherited[s >>> 1]!;
    return inherited.subarray(NCHUNKS);
  }

  /** Visits the prefixes strictly shorter than len covering key/len, longest first, until fn returns true. */
  walkCovering(key: number, len: number, fn: (p: number, l: number, leaf: number) => boolean): void {
    for (let l = len - 1; l >= 0; l--) {
      const k = (key & maskOf(l)) >>> 0;
      const leaf = this.get(k, l);
      if (leaf >= 0 && fn(k, l, leaf)) return;
    }
  }

  /** Visits every prefix ordered by address, then length. */
  forEach(fn: (p: number, l: number, leaf: number) => void): void {
    for (let c = 0; c < NCHUNKS; c++) {
      const key = (c << 16) >>> 0;
      for (let l = 0; l <= SHORT_MAX; l++) {
        if (l < SHORT_MAX && (key & ~maskOf(l)) !== 0) continue;
        const v = this.short[shortSlot(key, l)]!;
        if (v !== 0) fn(key, l, v - 1);
      }
      const base = this.pBase[c]!;
      for (let i = base; i < base + this.pCnt[c]!; i++) fn(this.pKey[i]!, this.pInfo[i]! >>> 24, this.pInfo[i]! & 0xffffff);
    }
  }
}
