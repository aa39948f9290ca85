/**
 * A FIB table: prefixes grouped in leaves by key, each leaf's aliases kept in
 * the kernel's order (longer prefixes first, then table id, TOS descending,
 * priority ascending), so dumps list routes exactly as Linux does.
 * @linux net/ipv4/fib_trie.c
 */
import { KError } from '../core/errno.js';
import type { FibConfig, FibInfo } from './fib_semantics.js';
import { fibInfoEqual } from './fib_semantics.js';
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RT_SCOPE_NOWHERE, RTNH_F_DEAD, RTNH_F_LINKDOWN, fibProps } from './fib_types.js';
import type { NetDevice } from '../core/netdevice.js';
import { inDevIgnoreRoutesWithLinkdown } from './devconf.js';
import { prefixToMask } from '../../wire/ipv4.js';
import { FibIndex } from './fib_index.js';
import { FibLeafHash } from './fib_leaf_hash.js';

/** struct fib_alias: one route = prefix + tos + type + shared fib_info. */
export interface FibAlias {
  readonly dst: number;
  readonly plen: number;
  readonly tos: number;
  type: number;
  fi: FibInfo;
  readonly tbId: number;
  /** fa_default: the default route fib_select_default() last chose among equals (-1: none). */
  faDefault?: number;
}

/**
 * The FibAlias the table makes: struct fib_alias's fields packed as the
 * kernel packs them (fa_slen, fa_dscp and fa_type are bytes of one word),
 * the key as an int32 so it is never a boxed number: three words of fields,
 * 48 bytes an alias on 64-bit V8. fa_tb_id is the fib_info's (a route's
 * fib_info is made for, and shared only within, its table: fib_create_info()
 * sets fib_tb_id from fc_table, fib_find_info() compares it); fa_default is
 * added only to the default routes fib_select_default() picks among.
 */
class PackedFibAlias implements FibAlias {
  /** plen | tos << 8 | type << 16. */
  private bits: number;
  private readonly key: number;
  declare faDefault?: number;

  constructor(dst: number, plen: number, tos: number, type: number, public fi: FibInfo) {
    this.key = dst | 0;
    this.bits = plen | ((tos & 0xff) << 8) | ((type & 0xff) << 16);
  }

  get tbId(): number {
    return this.fi.tbId;
  }

  get dst(): number {
    return this.key >>> 0;
  }

  get plen(): number {
    return this.bits & 0xff;
  }

  get tos(): number {
    return (this.bits >>> 8) & 0xff;
  }

  get type(): number {
    return this.bits >>> 16;
  }

  set type(t: number) {
    this.bits = (this.bits & 0xffff) | ((t & 0xff) << 16);
  }
}

/** What a lookup found (struct fib_result). */
export interface FibResult {
  alias: FibAlias;
  nhSel: number;
}

/**
 * The result a table's lookups return. A hit on a plain prefix stores the
 * prefix id, a small integer, and `alias` reads the alias from the table's
 * plain array when asked: storing the alias object itself costs V8's write
 * barrier, which reads the page header of the alias (a TLB miss among the
 * scattered aliases of a full table: 25-30 ns of a 100 ns lookup, measured).
 * Other hits (and callers) set `alias`.
 */
class TableResult implements FibResult {
  private fa: FibAlias | null = null;
  /** The plain prefix hit, -1 when `fa` holds the alias. */
  private id = -1;
  nhSel = 0;

  constructor(private readonly plain: readonly (FibAlias | null)[]) {}

  get alias(): FibAlias {
    return this.id >= 0 ? this.plain[this.id]! : this.fa!;
  }

  set alias(fa: FibAlias) {
    this.fa = fa;
    this.id = -1;
  }

  /** The plain alias of prefix `id`, through its one next hop. */
  plainHit(id: number): this {
    this.id = id;
    this.nhSel = 0;
    return this;
  }
}

/**
 * Above this many distinct prefixes a table gets a compact LPM index (DXR,
 * fib_index.ts): lab-sized tables stay small, Internet-sized ones get a
 * 2^24 directory, one cache miss for most destinations, at ~90 bytes per
 * prefix (see `npm run bench`).
 */
export const FIB_INDEX_THRESHOLD = 2048;

/** The id arrays of a table without an index (every namespace has three such tables): shared, never written (replaced when ids are first given). */
const NO_ID_KEYS = new Int32Array(0);
const NO_ID_LENS = new Uint8Array(0);

/** Prefix ids a table has at most: an index leaf (id << 1 | plain bit) is below the index's LEAF_LIMIT, 2^24. */
const MAX_IDS = 1 << 23;

/** Who hears which fib_infos a table's aliases use (FibInfoHash). */
export interface FibInfoUsers {
  link(fi: FibInfo): void;
  unlink(fi: FibInfo): void;
  /** True only when no fib_info in use is flagged dead or linkdown. */
  noneFlagged(): boolean;
}

export class FibTable {
  /**
   * key (masked dst, as a signed int32 so that every key is a small integer,
   * never a boxed number) -> aliases in kernel order: the alias itself when
   * it is the key's only one (most keys of a full table: an array of one
   * costs a JSArray and its backing store, 70 bytes a route on 64-bit V8).
   */
  private readonly leaves = new FibLeafHash();
  /** What leafOf returns for a key of one alias (read it before the next call). */
  private readonly one: FibAlias[] = [];
  private sortedKeys: number[] | null = null;
  /** Distinct prefixes per length, so small tables probe only lengths in use. */
  private readonly plenCount = new Int32Array(33);
  /**
   * The lengths 1..32 in use as bits (bit plen-1), so that an unindexed
   * lookup visits only them, longest first (Math.clz32), instead of testing
   * all 33 counts: a lab's tables use two or three lengths.
   */
  private plenBits = 0;
  private prefixes = 0;
  /**
   * The compact index, once the table is large. Its leaves are
   * id << 1 | plain: the prefix id (id -> key and length in typed arrays)
   * and the prefix's plain bit (see `plain`), so that a hit on a plain route
   * is one directory read, with no per-prefix array to read (a second
   * dependent cache miss on a full table). The index's store maps
   * prefix/len -> leaf (FibIndex.get).
   */
  private index: FibIndex | null = null;
  private idKey = NO_ID_KEYS;
  private idLen = NO_ID_LENS;
  private nIds = 0;
  private freeIds: number[] = [];
  /**
   * The "plain" bit of each prefix id: the alias a lookup with scope
   * universe and no oif takes whatever its TOS, while its next hop lives —
   * the prefix's first alias when it takes any TOS (aliases sort by TOS
   * descending: a TOS-0 first alias means there are no TOS-specific ones)
   * and has one next hop; null otherwise (multipath, TOS routes: the full
   * walk). Kept up to date by every insert and delete of the prefix, its
   * bit in the index leaf with it; the lookup reads the bit, and the alias
   * only when a caller asks for it (TableResult.alias) or some fib_info of
   * the namespace is flagged.
   */
  private readonly plain: (FibAlias | null)[] = [];
  /**
   * The result every lookup of this table returns (fib_result lives on the
   * caller's stack in Linux): read it before the next lookup of the table.
   */
  private readonly result = new TableResult(this.plain);

  /**
   * `infos` hears which fib_infos the table's aliases start and stop using
   * (the namespace's fib_info hashes) and says when none is flagged.
   */
  constructor(
    readonly id: number,
    private readonly infos: FibInfoUsers | null = null,
  ) {}

  get size(): number {
    let n = 0;
    for (const l of this.leaves.values()) n += Array.isArray(l) ? l.length : 1;
    return n;
  }

  /** The aliases of `key` as an array the caller may change and then store back with setLeaf (control path: may allocate). */
  private leafList(key: number): FibAlias[] | undefined {
    const v = this.leaves.get(key | 0);
    return v === undefined || Array.isArray(v) ? v : [v];
  }

  /** Stores the aliases of `key` after a change (a single one unwrapped, none: the key goes). */
  private setLeaf(key: number, leaf: FibAlias[]): void {
    if (leaf.length === 0) {
      this.leaves.delete(key | 0);
      this.sortedKeys = null;
    } else {
      this.leaves.set(leaf.length === 1 ? leaf[0]! : leaf);
    }
  }

  /**
   * fib_table_insert() with the NLM_F_* semantics of add/append/prepend/replace/change.
   * Returns the new alias and the NLM_F_* flags rtmsg_fib() announces it with.
   */
  insert(cfg: FibConfig, fi: FibInfo): { fa: FibAlias; nlflags: number } {
    const key = cfg.dst;
    if (cfg.dstLen < 32 && (key & ~prefixToMask(cfg.dstLen)) >>> 0 !== 0) {
      throw new KError('EINVAL', 'Invalid prefix for given prefix length');
    }
    if (fi.tbId !== this.id) throw new RangeError(`fib_info of table ${fi.tbId} inserted in table ${this.id}`);
    const leaf = this.leafList(key);
    const newFa: FibAlias = new PackedFibAlias(key, cfg.dstLen, cfg.tos, cfg.type, fi);
    let at = leaf ? findAlias(leaf, cfg.dstLen, cfg.tos, fi.priority) : -1;
    const fa = leaf && at >= 0 ? leaf[at] : undefined;
    let nlflags = NLM_F_EXCL;
    if (leaf && fa && fa.plen === cfg.dstLen && fa.tos === cfg.tos && fa.fi.priority === fi.priority) {
      if (cfg.nlflags & NLM_F_EXCL) throw new KError('EEXIST');
      nlflags &= ~NLM_F_EXCL;
      let match = -1;
      let i = at;
      for (; i < leaf.length; i++) {
        const f = leaf[i]!;
        if (f.plen !== cfg.dstLen || f.tos !== cfg.tos || f.fi.priority !== fi.priority) break;
        if (f.type === cfg.type && fibInfoEqual(f.fi, fi)) {
          match = i;
          break;
        }
      }
      if (cfg.nlflags & NLM_F_REPLACE) {
        leaf[at] = newFa;
        this.setLeaf(key, leaf);
        this.infos?.link(newFa.fi);
        this.prefixChanged(key, newFa.plen);
        this.infos?.unlink(fa.fi);
        return { fa: newFa, nlflags: NLM_F_REPLACE };
      }
      if (match >= 0) throw new KError('EEXIST');
      if (cfg.nlflags & NLM_F_APPEND) {
        nlflags |= NLM_F_APPEND;
        while (i < leaf.length && sameKeys(leaf[i]!, newFa)) i++;
        at = i;
      }
    }
    if (!(cfg.nlflags & NLM_F_CREATE)) throw new KError('ENOENT');
    this.insertAlias(key, leaf, newFa, at);
    return { fa: newFa, nlflags: nlflags | NLM_F_CREATE };
  }

  /** fib_insert_alias(): before `at`, or at the tail of its prefix-length section. */
  private insertAlias(key: number, leaf: FibAlias[] | undefined, fa: FibAlias, at: number): void {
    const newPrefix = !leaf || !leaf.some((f) => f.plen === fa.plen);
    if (!leaf) {
      this.leaves.set(fa);
      this.sortedKeys = null;
    } else {
      if (at < 0 || at >= leaf.length) {
        at = 0;
        while (at < leaf.length && leaf[at]!.plen >= fa.plen) at++;
      }
      leaf.splice(at, 0, fa);
      this.setLeaf(key, leaf);
    }
    this.infos?.link(fa.fi);
    if (newPrefix) this.prefixAdded(key, fa.plen);
    else this.prefixChanged(key, fa.plen);
  }

  /** fib_table_delete(): the first alias matching every attribute given. */
  delete(cfg: FibConfig, match: (fa: FibAlias) => boolean): FibAlias {
    const fa = this.remove(cfg, match);
    if (!fa) throw new KError('ESRCH');
    return fa;
  }

  /** fib_table_delete() as the kernel's own callers (fib_magic) use it: null for ESRCH, nothing thrown. */
  remove(cfg: FibConfig, match: (fa: FibAlias) => boolean): FibAlias | null {
    const leaf = this.leafList(cfg.dst);
    if (!leaf) return null;
    const start = findAlias(leaf, cfg.dstLen, cfg.tos, 0);
    if (start < 0) return null;
    for (let i = start; i < leaf.length; i++) {
      const fa = leaf[i]!;
      if (fa.plen !== cfg.dstLen || fa.tos !== cfg.tos) break;
      const fi = fa.fi;
      if ((cfg.type && fa.type !== cfg.type) || (cfg.scope !== RT_SCOPE_NOWHERE && fi.scope !== cfg.scope)) continue;
      if ((cfg.prefsrc && fi.prefsrc !== cfg.prefsrc) || (cfg.protocol && fi.protocol !== cfg.protocol)) continue;
      if (!match(fa)) continue;
      this.removeAt(cfg.dst, leaf, i);
      return fa;
    }
    return null;
  }

  private removeAt(key: number, leaf: FibAlias[], i: number): void {
    const fa = leaf[i]!;
    const plen = fa.plen;
    leaf.splice(i, 1);
    this.setLeaf(key, leaf);
    this.infos?.unlink(fa.fi);
    if (!leaf.some((f) => f.plen === plen)) this.prefixRemoved(key, plen);
    else this.prefixChanged(key, plen);
  }

  /** fib_table_flush(): drop aliases for which `dead` holds; returns how many. */
  flush(dead: (fa: FibAlias) => boolean): number {
    let n = 0;
    for (const key of this.leaves.keys()) {
      const leaf = this.leafList(key)!;
      for (let i = leaf.length - 1; i >= 0; i--) {
        if (dead(leaf[i]!)) {
          this.removeAt(key, leaf, i);
          n++;
        }
      }
    }
    return n;
  }

  /** The aliases of one key (a trie leaf), in kernel order; read them before the next call (no allocation). */
  leafOf(key: number): readonly FibAlias[] {
    const v = this.leaves.get(key | 0);
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    this.one[0] = v;
    return this.one;
  }

  /** Every alias in dump order (fib_table_dump: keys ascending). */
  *aliases(): IterableIterator<FibAlias> {
    if (!this.sortedKeys) this.sortedKeys = this.leaves.keys().sort((a, b) => (a >>> 0) - (b >>> 0));
    for (const k of this.sortedKeys) {
      const leaf = this.leaves.get(k);
      if (Array.isArray(leaf)) yield* leaf;
      else if (leaf) yield leaf;
    }
  }

  /**
   * fib_table_lookup(): longest prefix first; within a prefix the first alias
   * whose TOS, scope and next hops fit. An error type (unreachable, ...) ends
   * the search with that alias. Routes match the flow's TOS under
   * IPTOS_RT_MASK (0x1c); `checkLinkdown` skips linkdown next hops on devices
   * with ignore_routes_with_linkdown (unless FIB_LOOKUP_IGNORE_LINKSTATE).
   */
  lookup(daddr: number, scope: number, tos: number, oif: number, checkLinkdown: boolean): FibResult | null {
    const rtTos = tos & 0x1c;
    if (this.index) return this.lookupIndexed(daddr, scope, rtTos, oif, checkLinkdown);
    for (let bits = this.plenBits; bits !== 0; ) {
      const plen = 32 - Math.clz32(bits);
      bits &= ~(1 << (plen - 1));
      // an int32 key, the mask inline: a u32 above 2^31 crossing a call that
      // V8 did not inline is boxed (a heap number per packet)
      const r = this.lookupPrefix(daddr & (-1 << (32 - plen)), plen, scope, rtTos, oif, checkLinkdown);
      if (r !== undefined) return r;
    }
    return this.plenCount[0] === 0 ? null : (this.lookupPrefix(0, 0, scope, rtTos, oif, checkLinkdown) ?? null);
  }

  /** The indexed walk: the longest prefix, then backtrack to shorter covering ones. */
  private lookupIndexed(daddr: number, scope: number, rtTos: number, oif: number, checkLinkdown: boolean): FibResult | null {
    const index = this.index!;
    const leaf = index.lookup(daddr);
    // A plain route's next hop is usable unless flagged dead or linkdown;
    // the namespace knows when no fib_info is (then no flag to read).
    // (leaf & 0x80000001) === 1: a leaf (not -1, no route) with the plain bit.
    if ((leaf & 0x80000001) === 1 && (scope | oif) === 0 && (this.infos?.noneFlagged() === true || !aliasFlagged(this.plain[leaf >> 1]!))) {
      return this.result.plainHit(leaf >> 1);
    }
    let id = leaf >> 1; // -1 stays -1
    while (id >= 0) {
      const key = this.idKey[id]!; // int32, as lookupPrefix keys the leaves
      const plen = this.idLen[id]!;
      const r = this.lookupPrefix(key, plen, scope, rtTos, oif, checkLinkdown);
      if (r !== undefined) return r;
      id = plen === 0 ? -1 : index.covering(key, plen) >> 1;
    }
    return null;
  }

  /** The aliases of one prefix (`key` as int32 or u32): a result, null (an error route ends the walk), or undefined to go on. */
  private lookupPrefix(key: number, plen: number, scope: number, rtTos: number, oif: number, checkLinkdown: boolean): FibResult | null | undefined {
    const leaf = this.leaves.get(key | 0);
    if (leaf === undefined) return undefined;
    if (!Array.isArray(leaf)) return this.lookupAlias(leaf, plen, scope, rtTos, oif, checkLinkdown);
    for (const fa of leaf) {
      const r = this.lookupAlias(fa, plen, scope, rtTos, oif, checkLinkdown);
      if (r !== undefined) return r;
    }
    return undefined;
  }

  /** One alias of the walk: a result if it fits, null for an error route, undefined to go on. */
  private lookupAlias(fa: FibAlias, plen: number, scope: number, rtTos: number, oif: number, checkLinkdown: boolean): FibResult | null | undefined {
    if (fa.plen !== plen) return undefined;
    if (fa.tos && fa.tos !== rtTos) return undefined;
    if (fa.fi.scope < scope) return undefined;
    if (fibProps[fa.type]?.error) return this.hit(fa, 0);
    if (fa.fi.flags & RTNH_F_DEAD) return undefined;
    const nhSel = selectNh(fa, oif, checkLinkdown);
    return nhSel >= 0 ? this.hit(fa, nhSel) : undefined;
  }

  private hit(fa: FibAlias, nhSel: number): FibResult {
    const r = this.result;
    r.alias = fa;
    r.nhSel = nhSel;
    return r;
  }

  /** A new distinct prefix: count it, index it. */
  private prefixAdded(key: number, plen: number): void {
    if (this.plenCount[plen]!++ === 0 && plen > 0) this.plenBits |= 1 << (plen - 1);
    this.prefixes++;
    if (this.index) this.indexInsert(key, plen);
    else if (this.prefixes >= FIB_INDEX_THRESHOLD) this.buildIndex();
  }

  private prefixRemoved(key: number, plen: number): void {
    if (--this.plenCount[plen]! === 0 && plen > 0) this.plenBits &= ~(1 << (plen - 1));
    this.prefixes--;
    if (!this.index) return;
    const id = this.index.remove(key, plen) >> 1;
    if (id < 0) return;
    this.plain[id] = null;
    this.freeIds.push(id);
  }

  /**
   * The aliases of an indexed prefix changed (added, replaced, removed):
   * recompute its plain alias, and its leaf in the index when the bit flips
   * (a TOS or multipath route came or went: rare, and it rebuilds blocks).
   */
  private prefixChanged(key: number, plen: number): void {
    if (!this.index) return;
    const leaf = this.index.get(key, plen);
    if (leaf < 0) return;
    const id = leaf >> 1;
    const fa = plainAlias(this.leaves.get(key | 0), plen);
    this.plain[id] = fa;
    if ((leaf & 1) !== plainBit(fa)) this.index.insert(key, plen, (id << 1) | plainBit(fa));
  }

  /** A fresh prefix id, the id arrays grown geometrically (dense: no holes for V8). */
  private newId(): number {
    const free = this.freeIds.pop();
    if (free !== undefined) return free;
    const id = this.nIds++;
    if (id >= MAX_IDS) throw new KError('ENOBUFS', `FIB table ${this.id}: more than ${MAX_IDS} prefixes`);
    if (id >= this.idKey.length) {
      const cap = Math.max(1024, 2 * this.idKey.length);
      const k = new Int32Array(cap);
      k.set(this.idKey);
      this.idKey = k;
      const l = new Uint8Array(cap);
      l.set(this.idLen);
      this.idLen = l;
    }
    this.plain.push(null);
    return id;
  }

  private indexInsert(key: number, plen: number): void {
    const id = this.newId();
    this.idKey[id] = key | 0;
    this.idLen[id] = plen;
    const fa = plainAlias(this.leaves.get(key | 0), plen);
    this.plain[id] = fa;
    this.index!.insert(key, plen, (id << 1) | plainBit(fa));
  }

  /** Bulk-build the index from every prefix in the table. */
  private buildIndex(): void {
    const n = this.prefixes;
    const prefixes = new Uint32Array(n);
    const lens = new Uint8Array(n);
    const leaves = new Uint32Array(n);
    let i = 0;
    for (const v of this.leaves.values()) {
      let last = -1;
      const leaf = Array.isArray(v) ? v : [v];
      const key = leaf[0]!.dst | 0;
      for (const fa of leaf) {
        if (fa.plen === last) continue;
        last = fa.plen;
        const id = this.newId();
        prefixes[i] = key;
        lens[i] = fa.plen;
        this.idKey[id] = key;
        this.idLen[id] = fa.plen;
        const pa = plainAlias(leaf, fa.plen);
        this.plain[id] = pa;
        leaves[i] = (id << 1) | plainBit(pa);
        i++;
      }
    }
    this.index = FibIndex.build(prefixes, lens, leaves, i);
  }
}

/** The plain alias of prefix plen in `leaf` (see FibTable.plain), or null. */
function plainAlias(leaf: FibAlias | readonly FibAlias[] | undefined, plen: number): FibAlias | null {
  if (leaf === undefined) return null;
  if (!Array.isArray(leaf)) return isPlain(leaf as FibAlias, plen) ? (leaf as FibAlias) : null;
  const fa = (leaf as readonly FibAlias[]).find((f) => f.plen === plen);
  return fa !== undefined && isPlain(fa, plen) ? fa : null;
}

/** The plain bit of an index leaf: 1 when the prefix has a plain alias. */
function plainBit(fa: FibAlias | null): number {
  return fa === null ? 0 : 1;
}

/** Whether `fa`, the first alias of prefix plen, takes any TOS through one next hop. */
function isPlain(fa: FibAlias, plen: number): boolean {
  return fa.plen === plen && fa.tos === 0 && fa.fi.nhs.length === 1;
}

/** Whether the route or its one next hop is flagged dead or linkdown (the full walk decides then). */
function aliasFlagged(fa: FibAlias): boolean {
  return ((fa.fi.flags | fa.fi.nhs[0]!.flags) & (RTNH_F_DEAD | RTNH_F_LINKDOWN)) !== 0;
}

/** The first usable next hop of `fa` (fib_lookup_good_nhc()), or -1. */
function selectNh(fa: FibAlias, oif: number, checkLinkdown: boolean): number {
  const nhs = fa.fi.nhs;
  for (let i = 0; i < nhs.length; i++) {
    const nh = nhs[i]!;
    if (nh.flags & RTNH_F_DEAD) continue;
    if (checkLinkdown && nh.flags & RTNH_F_LINKDOWN && ipIgnoreLinkdown(nh.dev)) continue;
    if (oif && oif !== nh.oif) continue;
    return i;
  }
  return -1;
}

/** ip_ignore_linkdown(): the device's ignore_routes_with_linkdown. */
export function ipIgnoreLinkdown(dev: NetDevice | null): boolean {
  const inDev = dev?.ip;
  return !!inDev && inDevIgnoreRoutesWithLinkdown(inDev.all, inDev.cnf);
}

/** fib_find_alias(): first alias of this prefix length whose (tos, priority) is not before ours. */
function findAlias(leaf: FibAlias[], plen: number, tos: number, prio: number): number {
  for (let i = 0; i < leaf.length; i++) {
    const fa = leaf[i]!;
    if (fa.plen > plen) continue;
    if (fa.plen !== plen) return -1;
    if (fa.tos > tos) continue;
    if (fa.fi.priority >= prio || fa.tos < tos) return i;
  }
  return -1;
}

function sameKeys(a: FibAlias, b: FibAlias): boolean {
  return a.plen === b.plen && a.tos === b.tos && a.fi.priority === b.fi.priority;
}
