/**
 * The shape of a table's LC-trie: the kernel's key_vector tree of tnodes
 * and leaves, built by the kernel's own insert, remove, resize (inflate,
 * halve, collapse) and flush walks, so that /proc/net/fib_trie and
 * fib_triestat show the tnodes Linux shows. The shape depends on the
 * history of the keys (a node inflated by many keys is not halved back
 * until the thresholds say so), so it follows every leaf the table gains
 * and loses, in order. Lookups never read it: FibTable answers them.
 * Only keys live here (a leaf's aliases are the table's); suffix lengths
 * (slen) only steer lookups, so they are not kept. A leaf is its key (an
 * int32 in its parent's child array, not an object: a table of 100k
 * routes keeps 12 bytes a route here, not 120).
 * @linux net/ipv4/fib_trie.c
 */

const KEYLENGTH = 32;
const HALVE_THRESHOLD = 25;
const INFLATE_THRESHOLD = 50;
const HALVE_THRESHOLD_ROOT = 15;
const INFLATE_THRESHOLD_ROOT = 30;
const MAX_WORK = 10;

/** struct key_vector of a tnode (+ struct tnode's counters). */
export class KeyVector {
  parent: KeyVector | null = null;
  /** tn_info(n)->empty_children / full_children */
  empty: number;
  full = 0;
  readonly child: Node[];

  constructor(
    readonly key: number,
    readonly pos: number,
    readonly bits: number,
  ) {
    const n = pos >= KEYLENGTH ? 1 : 2 ** bits;
    this.child = new Array<Node>(n).fill(null);
    this.empty = 2 ** bits;
  }
}

/** A child: a tnode, a leaf (its key as an int32), or empty. */
type Node = KeyVector | number | null;

/** A node as the printers see it: a tnode, or a leaf's key; the iterator's depth. */
export interface TrieNode {
  readonly key: number;
  readonly tn: KeyVector | null;
  readonly depth: number;
}

const keyOf = (n: KeyVector | number): number => (typeof n === 'number' ? n >>> 0 : n.key);

/** IS_TRIE(): the trie's own root vector (pos == KEYLENGTH). */
function isTrie(n: KeyVector): boolean {
  return n.pos >= KEYLENGTH;
}

/** child_length() */
function childLength(n: KeyVector): number {
  return n.bits ? 2 ** n.bits : 0;
}

/** get_index() */
function getIndex(key: number, kv: KeyVector): number {
  if (kv.pos >= KEYLENGTH) return 0;
  return (key ^ kv.key) >>> kv.pos;
}

/** tnode_new(): the key masked to the node's bits. */
function tnodeNew(key: number, pos: number, bits: number): KeyVector {
  const shift = pos + bits;
  return new KeyVector(shift < KEYLENGTH ? ((key >>> shift) << shift) >>> 0 : 0, pos, bits);
}

/** tnode_full(): a tnode child that skips no bit. */
function tnodeFull(tn: KeyVector, n: Node): boolean {
  return n !== null && typeof n !== 'number' && n.pos + n.bits === tn.pos;
}

function getChild(tn: KeyVector, i: number): Node {
  return tn.child[i] ?? null;
}

/** put_child(): store `n` at `i`, keeping the empty/full counts. */
function putChild(tn: KeyVector, i: number, n: Node): void {
  const chi = getChild(tn, i);
  if (n === null && chi !== null) tn.empty++;
  if (n !== null && chi === null) tn.empty--;
  const wasfull = tnodeFull(tn, chi);
  const isfull = tnodeFull(tn, n);
  if (wasfull && !isfull) tn.full--;
  else if (!wasfull && isfull) tn.full++;
  tn.child[i] = n;
}

/** put_child_root() */
function putChildRoot(tp: KeyVector, key: number, n: Node): void {
  if (isTrie(tp)) tp.child[0] = n;
  else putChild(tp, getIndex(key, tp), n);
}

/** node_set_parent(): leaves keep no parent here (nothing reads it). */
function setParent(n: Node, tp: KeyVector): void {
  if (n !== null && typeof n !== 'number') n.parent = tp;
}

/** update_children(): children point to their new parent. */
function updateChildren(tn: KeyVector): void {
  for (let i = childLength(tn); i; ) {
    const inode = getChild(tn, --i);
    if (inode === null || typeof inode === 'number') continue;
    if (inode.parent === tn) updateChildren(inode);
    else inode.parent = tn;
  }
}

/** __fls(): the index of the highest bit set. */
function fls(x: number): number {
  return 31 - Math.clz32(x);
}

/** The kernel's trie of one fib_table's tb_data. */
export class LcTrie {
  /** t->kv: pos KEYLENGTH, one child. */
  readonly root = new KeyVector(0, KEYLENGTH, 0);
  /** Keys more than one table holds (main and local while merged): the extra holders. */
  private readonly shared = new Map<number, number>();
  /** Keys no table holds any more, waiting for the flush walk. */
  private readonly dead = new Set<number>();

  /** fib_find_node(): whether `key` has a leaf, and its (would-be) parent. */
  findNode(key: number): { found: boolean; tp: KeyVector } {
    let pn = this.root;
    let n: Node = getChild(pn, 0);
    while (n !== null && typeof n !== 'number') {
      if (getIndex(key, n) >= 2 ** n.bits) return { found: false, tp: pn };
      pn = n;
      n = getChild(n, getIndex(key, n));
    }
    return { found: n !== null && n >>> 0 === key >>> 0, tp: pn };
  }

  /** A table of the trie starts holding `key` (fib_insert_node() for a new leaf). */
  addKey(key: number): void {
    key |= 0;
    const { found, tp } = this.findNode(key);
    if (found) this.shared.set(key, (this.shared.get(key) ?? 0) + 1);
    else this.insertNode(tp, key);
  }

  /**
   * A table of the trie stops holding `key`; the leaf goes when no table
   * holds it (fib_remove_alias() → fib_remove_leaf), unless `deferred`
   * (a flush walk removes it, flushWalk()).
   */
  releaseKey(key: number, deferred = false): void {
    key |= 0;
    const extra = this.shared.get(key);
    if (extra !== undefined) {
      if (extra > 1) this.shared.set(key, extra - 1);
      else this.shared.delete(key);
      return;
    }
    const { found, tp } = this.findNode(key);
    if (!found) return;
    if (deferred) {
      this.dead.add(key);
      return;
    }
    putChildRoot(tp, key >>> 0, null);
    this.rebalance(tp);
  }

  /** fib_insert_node() */
  private insertNode(tp: KeyVector, key: number): void {
    const n = getChild(tp, getIndex(key, tp));
    if (n !== null) {
      const tn = tnodeNew(key >>> 0, fls((key ^ keyOf(n)) >>> 0), 1);
      tn.parent = tp;
      putChild(tn, getIndex(key, tn) ^ 1, n);
      putChildRoot(tp, key, tn);
      setParent(n, tn);
      tp = tn;
    }
    putChildRoot(tp, key, key | 0);
    this.rebalance(tp);
  }

  /** trie_rebalance() */
  private rebalance(tn: KeyVector): void {
    while (!isTrie(tn)) tn = this.resize(tn);
  }

  /** replace(): `tn` takes `oldtnode`'s place; its full children resize. */
  private replace(oldtnode: KeyVector, tn: KeyVector): KeyVector {
    const tp = oldtnode.parent!;
    tn.parent = tp;
    putChildRoot(tp, tn.key, tn);
    updateChildren(tn);
    for (let i = childLength(tn); i; ) {
      const inode = getChild(tn, --i);
      if (tnodeFull(tn, inode)) tn = this.resize(inode as KeyVector);
    }
    return tp;
  }

  /** inflate(): double the node, pulling up the children of its full children. */
  private inflate(oldtnode: KeyVector): KeyVector {
    const tn = tnodeNew(oldtnode.key, oldtnode.pos - 1, oldtnode.bits + 1);
    const m = 2 ** tn.pos;
    for (let i = childLength(oldtnode); i; ) {
      const inode = getChild(oldtnode, --i);
      if (inode === null) continue;
      if (!tnodeFull(oldtnode, inode)) {
        putChild(tn, getIndex(keyOf(inode as KeyVector | number), tn), inode);
        continue;
      }
      const full = inode as KeyVector;
      if (full.bits === 1) {
        putChild(tn, 2 * i + 1, getChild(full, 1));
        putChild(tn, 2 * i, getChild(full, 0));
        continue;
      }
      const node1 = tnodeNew((full.key | m) >>> 0, full.pos, full.bits - 1);
      const node0 = tnodeNew(full.key, full.pos, full.bits - 1);
      for (let k = childLength(full), j = k / 2; j; ) {
        putChild(node1, --j, getChild(full, --k));
        putChild(node0, j, getChild(full, j));
        putChild(node1, --j, getChild(full, --k));
        putChild(node0, j, getChild(full, j));
      }
      node1.parent = tn;
      node0.parent = tn;
      putChild(tn, 2 * i + 1, node1);
      putChild(tn, 2 * i, node0);
    }
    return this.replace(oldtnode, tn);
  }

  /** halve(): half the node, pairing children under new one-bit nodes. */
  private halve(oldtnode: KeyVector): KeyVector {
    const tn = tnodeNew(oldtnode.key, oldtnode.pos + 1, oldtnode.bits - 1);
    for (let i = childLength(oldtnode); i; ) {
      const node1 = getChild(oldtnode, --i);
      const node0 = getChild(oldtnode, --i);
      if (node1 === null || node0 === null) {
        putChild(tn, i / 2, node1 ?? node0);
        continue;
      }
      const inode = tnodeNew(keyOf(node0), oldtnode.pos, 1);
      putChild(inode, 1, node1);
      putChild(inode, 0, node0);
      inode.parent = tn;
      putChild(tn, i / 2, inode);
    }
    return this.replace(oldtnode, tn);
  }

  /** collapse(): a node of one child (or none) gives its place to it. */
  private collapse(oldtnode: KeyVector): KeyVector {
    let n: Node = null;
    for (let i = childLength(oldtnode); n === null && i; ) n = getChild(oldtnode, --i);
    const tp = oldtnode.parent!;
    putChildRoot(tp, oldtnode.key, n);
    setParent(n, tp);
    return tp;
  }

  /** resize(): inflate while full enough, else halve while sparse, then collapse; returns the parent. */
  private resize(tn: KeyVector): KeyVector {
    let tp = tn.parent!;
    const cindex = getIndex(tn.key, tp);
    let maxWork = MAX_WORK;
    while (shouldInflate(tp, tn) && maxWork) {
      tp = this.inflate(tn);
      maxWork--;
      tn = getChild(tp, cindex) as KeyVector;
    }
    tp = tn.parent!;
    if (maxWork !== MAX_WORK) return tp;
    while (shouldHalve(tp, tn) && maxWork) {
      tp = this.halve(tn);
      maxWork--;
      tn = getChild(tp, cindex) as KeyVector;
    }
    if (childLength(tn) - tn.empty < 2) return this.collapse(tn);
    return tn.parent!;
  }

  /**
   * The walk of fib_table_flush() / fib_table_flush_external(): in reverse
   * order, drop the leaves no table holds any more, and resize every tnode
   * once its children are done.
   */
  flushWalk(): void {
    let pn = this.root;
    let cindex = 1;
    for (;;) {
      if (!cindex--) {
        if (isTrie(pn)) break;
        const pkey = pn.key;
        pn = this.resize(pn);
        cindex = getIndex(pkey, pn);
        continue;
      }
      const n = getChild(pn, cindex);
      if (n === null) continue;
      if (typeof n !== 'number') {
        pn = n;
        cindex = childLength(n);
        continue;
      }
      if (this.dead.has(n)) putChildRoot(pn, n >>> 0, null);
    }
    this.dead.clear();
  }

  /** fib_table_flush_external(): drop the leaves `keep` refuses, by the flush walk; no key is shared after. */
  retain(keep: (key: number) => boolean): void {
    this.shared.clear();
    for (const { key, tn } of this.nodes()) if (!tn && !keep(key)) this.dead.add(key | 0);
    this.flushWalk();
  }

  /**
   * fib_trie_get_first()/fib_trie_get_next(): every node in print order with
   * the iterator's depth (a tnode's is one more than its parent's, a leaf's
   * its parent's).
   */
  *nodes(): IterableIterator<TrieNode> {
    const first = getChild(this.root, 0);
    if (first === null) return;
    yield* walk(first, typeof first === 'number' ? 0 : 1);
  }

  /** The leaf keys, ascending (leaf_walk_rcu order). */
  keys(): number[] {
    const out: number[] = [];
    for (const { key, tn } of this.nodes()) if (!tn) out.push(key);
    return out;
  }
}

function* walk(n: KeyVector | number, depth: number): IterableIterator<TrieNode> {
  if (typeof n === 'number') {
    yield { key: n >>> 0, tn: null, depth };
    return;
  }
  yield { key: n.key, tn: n, depth };
  for (const c of n.child) if (c !== null) yield* walk(c, typeof c === 'number' ? depth : depth + 1);
}

/** should_inflate() */
function shouldInflate(tp: KeyVector, tn: KeyVector): boolean {
  const len = childLength(tn);
  const threshold = len * (isTrie(tp) ? INFLATE_THRESHOLD_ROOT : INFLATE_THRESHOLD);
  const used = len - tn.empty + tn.full;
  return used > 1 && tn.pos > 0 && 50 * used >= threshold;
}

/** should_halve() */
function shouldHalve(tp: KeyVector, tn: KeyVector): boolean {
  const len = childLength(tn);
  const threshold = len * (isTrie(tp) ? HALVE_THRESHOLD_ROOT : HALVE_THRESHOLD);
  const used = len - tn.empty;
  return used > 1 && tn.bits > 1 && 100 * used < threshold;
}
