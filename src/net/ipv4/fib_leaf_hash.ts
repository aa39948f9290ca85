/**
 * The leaves of a FibTable by key: an open-addressing hash table whose slots
 * hold only the leaves (a FibAlias, or an array of the key's aliases), the
 * key being read back from the leaf's first alias. Linear probing on
 * Fibonacci hashing, deletion by backward shift (no tombstones), at most
 * 3/4 full: 11 to 21 bytes a key on 64-bit V8, where a Map<number, leaf>
 * takes 29 (3 words an entry and half a bucket word, doubling when full).
 *
 * Linux: fib_trie.c keeps leaves in the LC-trie's nodes (struct key_vector);
 * tuxnet finds a table's longest match with FibIndex (fib_index.ts) and
 * keeps the leaves here, found by key.
 */
import type { FibAlias } from './fib_trie.js';

export type FibLeaf = FibAlias | FibAlias[];

/** The key (masked dst as int32) of a leaf: its aliases all share it. */
function keyOf(leaf: FibLeaf): number {
  return (Array.isArray(leaf) ? leaf[0]! : leaf).dst | 0;
}

export class FibLeafHash {
  private slots: (FibLeaf | undefined)[] = new Array<FibLeaf | undefined>(8).fill(undefined);
  private shift = 29;
  private n = 0;

  get size(): number {
    return this.n;
  }

  /** Home slot of `key`: the top bits of key * 2^32/phi (Knuth's multiplicative hashing). */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  get(key: number): FibLeaf | undefined {
    const s = this.slots;
    const mask = s.length - 1;
    key |= 0;
    for (let i = this.home(key); ; i = (i + 1) & mask) {
      const v = s[i];
      if (v === undefined || keyOf(v) === key) return v;
    }
  }

  /** Sets the leaf of its own key (keyOf(leaf)), replacing the key's old leaf. */
  set(leaf: FibLeaf): void {
    const key = keyOf(leaf);
    const s = this.slots;
    const mask = s.length - 1;
    let i = this.home(key);
    for (; s[i] !== undefined; i = (i + 1) & mask) {
      if (keyOf(s[i]!) === key) {
        s[i] = leaf;
        return;
      }
    }
    s[i] = leaf;
    if (++this.n * 4 > s.length * 3) this.resize(s.length * 2);
  }

  /** Removes the leaf of `key`; true if there was one. */
  delete(key: number): boolean {
    const s = this.slots;
    const mask = s.length - 1;
    key |= 0;
    let i = this.home(key);
    for (; ; i = (i + 1) & mask) {
      const v = s[i];
      if (v === undefined) return false;
      if (keyOf(v) === key) break;
    }
    // Backward shift: move up each later entry of the run whose home is not in (i, j].
    for (let j = (i + 1) & mask; s[j] !== undefined; j = (j + 1) & mask) {
      const h = this.home(keyOf(s[j]!));
      if (((j - h) & mask) >= ((j - i) & mask)) {
        s[i] = s[j];
        i = j;
      }
    }
    s[i] = undefined;
    this.n--;
    if (this.n * 16 < s.length && s.length > 8) this.resize(s.length / 2);
    return true;
  }

  /** Every leaf, in slot order. */
  *values(): IterableIterator<FibLeaf> {
    for (const v of this.slots) if (v !== undefined) yield v;
  }

  /** Every key, in slot order (a snapshot: the caller may change the table while it walks them). */
  keys(): number[] {
    const out: number[] = [];
    for (const v of this.slots) if (v !== undefined) out.push(keyOf(v));
    return out;
  }

  private resize(size: number): void {
    const old = this.slots;
    this.slots = new Array<FibLeaf | undefined>(size).fill(undefined);
    this.shift = 32 - Math.log2(size);
    this.n = 0;
    for (const v of old) if (v !== undefined) this.set(v);
  }
}
