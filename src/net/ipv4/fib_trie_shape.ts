/**
 * The shape of a table's LC-trie: the kernel's key_vector tree of tnodes
 * and leaves, built by the kernel's own insert, remove, resize (inflate,
 * halve, collapse) and flush walks, so that /proc/net/fib_trie and
 * fib_triestat show the tnodes Linux shows. The shape depends on the
 * history of the keys (a node inflated by many keys is not halved back
 * until the thresholds say so), so it follows every leaf the table gains
 * and loses, in order. Lookups never read it: FibTable answers them.
 * Only keys live here (a leaf's aliases are the table's); suffix lengths
 * (slen) only steer lookups, so they are not kept.
 * @linux net/ipv4/fib_trie.c
 */

const KEYLENGTH = 32;
const HALVE_THRESHOLD = 25;
const INFLATE_THRESHOLD = 50;
const HALVE_THRESHOLD_ROOT = 15;
const INFLATE_THRESHOLD_ROOT = 30;
const MAX_WORK = 10;

/** struct key_vector (+ struct tnode's counters): a tnode when `child` is set, else a leaf. */
export class KeyVector {
  parent: KeyVector | null = null;
  /** tn_info(n)->empty_children / full_children */
  empty = 0;
  full = 0;
  /** A leaf's users: the tables sharing the trie (main and local while merged) that hold the key. */
  users = 0;
  readonly child: (KeyVector | null)[] | null;

  constructor(
    readonly key: number,
    readonly pos: number,
    readonly bits: number,
    tnode: boolean,
  ) {
    this.child = tnode ? new Array<KeyVector | null>(pos >= KEYLENGTH ? 1 : 2 ** bits).fill(null) : null;
    if (tnode) this.empty = 2 ** bits;
  }
}

/** IS_TRIE(): the trie's own root vector (pos == KEYLENGTH). */
function isTrie(n: KeyVector): boolean {
  return n.pos >= KEYLENGTH;
}

/** child_length(): 0 for a leaf. */
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
  const k = shift < KEYLENGTH ? ((key >>> shift) << shift) >>> 0 : 0;
  return new KeyVector(k, pos, bits, true);
}

/** tnode_full(): a tnode child that skips no bit. */
function tnodeFull(tn: KeyVector, n: KeyVector | null): boolean {
  return n !== null && n.bits > 0 && n.pos + n.bits === tn.pos;
}

function getChild(tn: KeyVector, i: number): KeyVector | null {
  return tn.child![i] ?? null;
}

/** put_child(): store `n` at `i`, keeping the empty/full counts. */
function putChild(tn: KeyVector, i: number, n: KeyVector | null): void {
  const chi = getChild(tn, i);
  if (!n && chi) tn.empty++;
  if (n && !chi) tn.empty--;
  const wasfull = tnodeFull(tn, chi);
  const isfull = tnodeFull(tn, n);
  if (wasfull && !isfull) tn.full--;
  else if (!wasfull && isfull) tn.full++;
  tn.child![i] = n;
}

/** put_child_root() */
function putChildRoot(tp: KeyVector, key: number, n: KeyVector | null): void {
  if (isTrie(tp)) tp.child![0] = n;
  else putChild(tp, getIndex(key, tp), n);
}

/** update_children(): children point to their new parent. */
function updateChildren(tn: KeyVector): void {
  for (let i = childLength(tn); i; ) {
    const inode = getChild(tn, --i);
    if (!inode) continue;
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
  readonly root = new KeyVector(0, KEYLENGTH, 0, true);

  /** fib_find_node(): the leaf of `key` (or null) and its would-be parent. */
  findNode(key: number): { l: KeyVector | null; tp: KeyVector } {
    let n: KeyVector | null = this.root;
    let pn = this.root;
    let index = 0;
    do {
      pn = n;
      n = getChild(n, index);
      if (!n) break;
      index = getIndex(key, n);
      if (index >= 2 ** n.bits) {
        n = null;
        break;
      }
    } while (n.bits);
    return { l: n, tp: pn };
  }

  /** A table of the trie starts holding `key` (fib_insert_node() for a new leaf). */
  addKey(key: number): void {
    key >>>= 0;
    const { l, tp } = this.findNode(key);
    if (l) {
      l.users++;
      return;
    }
    this.insertNode(tp, key).users = 1;
  }

  /**
   * A table of the trie stops holding `key`; the leaf goes when no table
   * holds it (fib_remove_alias() → fib_remove_leaf), unless `deferred`
   * (a flush walk removes it, flushWalk()).
   */
  releaseKey(key: number, deferred = false): void {
    const { l, tp } = this.findNode(key >>> 0);
    if (!l || --l.users > 0 || deferred) return;
    putChildRoot(tp, l.key, null);
    this.rebalance(tp);
  }

  /** fib_insert_node() */
  private insertNode(tp: KeyVector, key: number): KeyVector {
    const l = new KeyVector(key, 0, 0, false);
    const n = getChild(tp, getIndex(key, tp));
    if (n) {
      const tn = tnodeNew(key, fls((key ^ n.key) >>> 0), 1);
      tn.parent = tp;
      putChild(tn, getIndex(key, tn) ^ 1, n);
      putChildRoot(tp, key, tn);
      n.parent = tn;
      tp = tn;
    }
    l.parent = tp;
    putChildRoot(tp, key, l);
    this.rebalance(tp);
    return l;
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
      if (tnodeFull(tn, inode)) tn = this.resize(inode!);
    }
    return tp;
  }

  /** inflate(): double the node, pulling up the children of its full children. */
  private inflate(oldtnode: KeyVector): KeyVector {
    const tn = tnodeNew(oldtnode.key, oldtnode.pos - 1, oldtnode.bits + 1);
    const m = 2 ** tn.pos;
    for (let i = childLength(oldtnode); i; ) {
      const inode = getChild(oldtnode, --i);
      if (!inode) continue;
      if (!tnodeFull(oldtnode, inode)) {
        putChild(tn, getIndex(inode.key, tn), inode);
        continue;
      }
      if (inode.bits === 1) {
        putChild(tn, 2 * i + 1, getChild(inode, 1));
        putChild(tn, 2 * i, getChild(inode, 0));
        continue;
      }
      const node1 = tnodeNew((inode.key | m) >>> 0, inode.pos, inode.bits - 1);
      const node0 = tnodeNew(inode.key, inode.pos, inode.bits - 1);
      for (let k = childLength(inode), j = k / 2; j; ) {
        putChild(node1, --j, getChild(inode, --k));
        putChild(node0, j, getChild(inode, j));
        putChild(node1, --j, getChild(inode, --k));
        putChild(node0, j, getChild(inode, j));
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
      if (!node1 || !node0) {
        putChild(tn, i / 2, node1 ?? node0);
        continue;
      }
      const inode = tnodeNew(node0.key, oldtnode.pos, 1);
      putChild(inode, 1, node1);
      putChild(inode, 0, node0);
      inode.parent = tn;
      putChild(tn, i / 2, inode);
    }
    return this.replace(oldtnode, tn);
  }

  /** collapse(): a node of one child (or none) gives its place to it. */
  private collapse(oldtnode: KeyVector): KeyVector {
    let n: KeyVector | null = null;
    for (let i = childLength(oldtnode); !n && i; ) n = getChild(oldtnode, --i);
    const tp = oldtnode.parent!;
    putChildRoot(tp, oldtnode.key, n);
    if (n) n.parent = tp;
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
      tn = getChild(tp, cindex)!;
    }
    tp = tn.parent!;
    if (maxWork !== MAX_WORK) return tp;
    while (shouldHalve(tp, tn) && maxWork) {
      tp = this.halve(tn);
      maxWork--;
      tn = getChild(tp, cindex)!;
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
      if (!n) continue;
      if (n.bits) {
        pn = n;
        cindex = childLength(n);
        continue;
      }
      if (n.users <= 0) putChildRoot(pn, n.key, null);
    }
  }

  /** fib_table_flush_external(): drop the leaves `keep` refuses, by the flush walk. */
  retain(keep: (key: number) => boolean): void {
    for (const { n } of this.nodes()) if (!n.bits) n.users = keep(n.key) ? 1 : 0;
    this.flushWalk();
  }

  /**
   * fib_trie_get_first()/fib_trie_get_next(): every node in print order with
   * the iterator's depth (a tnode's is one more than its parent's, a leaf's
   * its parent's).
   */
  *nodes(): IterableIterator<{ n: KeyVector; depth: number }> {
    const first = getChild(this.root, 0);
    if (!first) return;
    yield* walk(first, first.bits ? 1 : 0);
  }

  /** The leaf keys, ascending (leaf_walk_rcu order). */
  keys(): number[] {
    const out: number[] = [];
    for (const { n } of this.nodes()) if (!n.bits) out.push(n.key);
    return out;
  }
}

function* walk(n: KeyVector, depth: number): IterableIterator<{ n: KeyVector; depth: number }> {
  yield { n, depth };
  if (!n.bits) return;
  for (const c of n.child!) if (c) yield* walk(c, c.bits ? depth + 1 : depth);
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
