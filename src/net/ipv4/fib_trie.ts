/**
 * A FIB table: prefixes grouped in leaves by key, each leaf's aliases kept in
 * the kernel's order (longer prefixes first, then table id, TOS descending,
 * priority ascending), so dumps list routes exactly as Linux does.
 * @linux net/ipv4/fib_trie.c
 */
import { KError } from '../core/errno.js';
import type { FibConfig, FibInfo, FibNh } from './fib_semantics.js';
import { fibInfoEqual } from './fib_semantics.js';
import {
  NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RTN_BLACKHOLE, RT_SCOPE_NOWHERE, RTNH_F_DEAD, RTNH_F_LINKDOWN, fibProps,
} from './fib_types.js';
import { nexthopIsBlackhole } from './nexthop.js';
import type { NetDevice } from '../core/netdevice.js';
import { inDevIgnoreRoutesWithLinkdown } from './devconf.js';
import { prefixToMask } from '../../wire/ipv4.js';
import { FibIndex, type FibIndexOptions } from './fib_index.js';
import { FibLeafHash } from './fib_leaf_hash.js';
import type { LcTrie } from './fib_trie_shape.js';

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

/**
 * What a lookup found (struct fib_result): the fib_info, the route type and
 * the next hop (FIB_RES_NH: `nh`, the chosen fi.nhs[nhSel] itself, and
 * `numPath`, so a forwarding caller reads them without the fi -> nhs ->
 * nhs[sel] loads), read
 * directly, and the alias (prefix length, TOS, ...) on
 * demand. A hit on a plain prefix of an indexed table (see FibTable.index)
 * returns its next-hop group's own result, made once with the group: the
 * hit writes nothing into it (a store into an object the index leaf chose
 * costs a lookup loop a fifth of its rate: TurboFan then reloads every
 * field the loop reads, and the store waits on the directory miss). Such a
 * shared result knows only (fib_info, type); `alias` finds the alias by a
 * longest-prefix walk from the destination the table saved (FibTable.hitDaddr),
 * for the few callers that read it (ip route get, suppress_prefixlength,
 * fib_select_default, dumps of a cached dst). A caller that changes a
 * result (fib_select_default) takes `writable()` first; copies (copyFrom,
 * clone) are never shared.
 */
export class FibResult {
  fi: FibInfo = null as unknown as FibInfo;
  type = 0;
  /** FIB_RES_NH(res): fi.nhs[nhSel], kept with nhSel (a group's result: its one next hop, set with the group and when a nexthop object replaces fi's next hops: nhsChanged). */
  nh: FibNh = null as unknown as FibNh;
  /** fib_info_num_path(fi): whether fib_select_path() hashes (a group's result: 1). */
  numPath = 0;
  private sel = 0;
  /** res->tclassid: the realms of the rule that matched (0 without one), set by fib_lookup() (never on a shared result: writable() first). */
  tclassid = 0;
  /** The alias: set by a walk hit, found on demand (and kept, unless shared) after a group hit. */
  private fa: FibAlias | null = null;
  /** Where a copied group hit's alias is found: the destination looked up. */
  private daddr = 0;

  /**
   * `table`: the table whose lookups this result answers (null: a copy's,
   * set by copyFrom); `shared`: a next-hop group's result (see above).
   */
  constructor(
    private table: FibTable | null = null,
    private readonly shared = false,
  ) {}

  get alias(): FibAlias {
    if (this.fa !== null) return this.fa;
    const table = this.table!;
    if (this.shared) return table.plainAliasOf(table.hitDaddr);
    return (this.fa = table.plainAliasOf(this.daddr));
  }

  set alias(fa: FibAlias) {
    if (this.shared) throw new Error('FibResult: a next-hop group\'s result is shared (take writable() first)');
    this.fa = fa;
    this.fi = fa.fi;
    this.type = fa.type;
    this.numPath = fa.fi.nhs.length;
    this.nhSel = 0;
  }

  /** res->nh_sel: which of fi's next hops the lookup chose. */
  get nhSel(): number {
    return this.sel;
  }

  set nhSel(i: number) {
    this.sel = i;
    this.nh = this.fi.nhs[i]!;
  }

  /** fi's next hops were replaced under it (a nexthop object's replace): nh and numPath follow, through its first next hop (a group's result). */
  nhsChanged(): void {
    this.numPath = this.fi.nhs.length;
    this.sel = 0;
    this.nh = this.fi.nhs[0]!;
  }

  /** A hit on `fa` through next hop nhSel. */
  setAlias(fa: FibAlias, nhSel: number): this {
    this.alias = fa;
    this.nhSel = nhSel;
    return this;
  }

  /** The group result of `fi` (type fi.type, its one next hop) for `table`. */
  static group(table: FibTable, fi: FibInfo): FibResult {
    const r = new FibResult(table, true);
    r.fi = fi;
    r.type = fi.type;
    r.nh = fi.nhs[0]!;
    r.numPath = 1;
    return r;
  }

  /** Takes over r's answer (lookups reuse their result objects). */
  copyFrom(r: FibResult): this {
    if (this.shared) throw new Error('FibResult: a next-hop group\'s result is shared (take writable() first)');
    this.fi = r.fi;
    this.type = r.type;
    this.sel = r.sel;
    this.nh = r.nh;
    this.numPath = r.numPath;
    this.tclassid = r.tclassid;
    this.fa = r.fa;
    this.table = r.table;
    // an int32: a u32 above 2^31 stored in a field makes it a double box
    this.daddr = r.shared ? r.table!.hitDaddr : r.daddr;
    return this;
  }

  /** A copy that outlives the next lookup (a dst's fib result). */
  clone(): FibResult {
    return new FibResult().copyFrom(this);
  }

  /** This result, or, if it is a group's shared one, the table's own result made a copy of it: one a caller may change (read it before the next lookup of the table). */
  writable(): FibResult {
    return this.shared ? this.table!.ownResult().copyFrom(this) : this;
  }
}

/**
 * Above this many distinct prefixes a table gets a compact LPM index (DXR,
 * fib_index.ts): lab-sized tables stay small, Internet-sized ones get a
 * 2^24 directory, one cache miss for most destinations, at ~90 bytes per
 * prefix (see `npm run bench`).
 */
export const FIB_INDEX_THRESHOLD = 2048;

/** The id lengths of a table without non-plain prefixes (every namespace has three such tables): shared, never written (replaced when ids are first given). */
const NO_ID_LENS = new Uint8Array(0);

/** fastRes of a table without an index (most of a lab's): shared, frozen, never read (buildIndex gives the table its own before any group exists). */
const NO_FAST_RES: readonly never[] = Object.freeze([]);
/** 8-bit directory entries below this are leaf+1 (fib_index_dir.ts). */
const TINY_LEAF1 = 0x80;
/** fastDir, fastL2, fastBase and fastSum without the direct path: empty, and only fastDir's length is read. */
const NO_L2 = new Uint8Array(0);
const NO_BASE = new Int32Array(0);

/** Prefix ids, and next-hop groups, a table has at most: an index leaf (id << 1, g << 1 | 1) is below the index's LEAF_LIMIT, 2^24. */
const MAX_IDS = 1 << 23;

/** Who hears which fib_infos a table's aliases use (FibInfoHash). */
export interface FibInfoUsers {
  link(fi: FibInfo): void;
  unlink(fi: FibInfo): void;
  /** True only when no fib_info in use is flagged dead or linkdown. */
  noneFlagged(): boolean;
  /** Calls `table.flagsChanged` whenever noneFlagged's answer changes. */
  watch(table: FibTable): void;
}

/**
 * fib_valid_key_len(): no bits set past the prefix length, the first
 * check of fib_table_insert() and fib_table_delete().
 */
export function fibValidKeyLen(key: number, plen: number): void {
  if (plen < 32 && (key & ~prefixToMask(plen)) >>> 0 !== 0) throw new KError('EINVAL', 'Invalid prefix for given prefix length');
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
  private plenCount: Int32Array | null = null;
  /**
   * The lengths 1..32 in use as bits (bit plen-1), so that an unindexed
   * lookup visits only them, longest first (Math.clz32), instead of testing
   * all 33 counts: a lab's tables use two or three lengths.
   */
  private plenBits = 0;
  private prefixes = 0;
  /**
   * The compact index, once the table is large. Its leaves are the
   * prefix's next-hop group g << 1 | 1 for a plain prefix, its prefix id
   * id << 1 for the others. A plain prefix is one whose first alias takes
   * any TOS through one next hop (aliases sort by TOS descending: a TOS-0
   * first alias means there are no TOS-specific ones), with the type of
   * its fib_info: what a lookup with scope universe and no oif takes while
   * that next hop lives. Its group is that (fib_info, type) pair, so a hit
   * needs nothing of the prefix: one index lookup, then the group's
   * fib_info (a few hot objects, not one alias per prefix). Prefixes of the
   * same group share a leaf, so the index merges their adjacent ranges, as
   * DXR merges ranges by next hop. The others (multipath, TOS routes, an
   * alias of a type its fib_info was not made for) take the full walk from
   * their length down. The index's store maps prefix/len -> leaf
   * (FibIndex.get); every insert and delete of a prefix keeps its leaf.
   */
  private index: FibIndex | null = null;
  /** Length of each non-plain prefix id; free ids for reuse. */
  private idLen = NO_ID_LENS;
  private nIds = 0;
  private freeIds: number[] | null = null;
  /**
   * Next-hop groups: the result of group g (its fib_info; null: free), the
   * prefixes using it, and g of a fib_info. Made with the index, as the
   * prefix counts are at the first prefix: most tables of a lab never have
   * an index, and many (the default table) never a prefix.
   */
  private groupRes: (FibResult | null)[] | null = null;
  /**
   * groupRes while no fib_info of the namespace is flagged dead or
   * linkdown (the namespace's FibInfoHash says when: flagsChanged), else
   * null: lookup then takes a group hit without reading any flag, and
   * without reading anything but its own fields (a read through another
   * object, the hash's flag, costs a lookup loop a fifth of its rate).
   */
  private fastGroups: (FibResult | null)[] | null = null;
  /**
   * The index's 8-bit directory (FibIndex.tinyDir) while fastGroups is set,
   * else empty (never null: V8 then knows the field's map and lookup
   * checks none): lookup's direct path. Its entry e (leaf+1 below 0x80; for a
   * chunk, 0x80 | k, the chunk's leaf+1 of the address: chunkLeaf1) picks
   * fastRes[e], lookup's answer: the group result of leaf g << 1 | 1 at
   * e = 2g + 2, null (no route) at 0, undefined for every other value (a
   * prefix id, a dirty block: lookupSlow, the index decides). A hit is one
   * directory load (and for a chunk one load of its summary) and one load
   * of a small hot array, without the index's layout dispatch and leaf
   * decoding.
   */
  private fastDir: Uint8Array = NO_L2;
  /**
   * 0 while fastDir is the index's directory, 1 while it is empty: lookup
   * tests it with scope and oif in one compare, where fastDir's length (a
   * uintptr V8 range-checks before comparing it) took three instructions more.
   */
  private fastOff = 1;
  /** The index's 8-bit second level and chunk numbers with fastDir (FibIndex.tinyL2, tinyChunkBase): a chunk entry's answer, as fastDir's. */
  private fastL2: Uint8Array = NO_L2;
  private fastBase: Int32Array = NO_BASE;
  /** And the chunks' summaries (FibIndex.tinySum), which answer most chunk entries without reading fastL2. */
  private fastSum: Int32Array = NO_BASE;
  private fastRes = NO_FAST_RES as unknown as (FibResult | null | undefined)[];
  /** Whether the namespace's fib_infos are all unflagged (a bare table, without FibInfoUsers, never knows). */
  private flagsClear = false;
  /** The destination of the last group hit: where its shared result finds its alias (an int32). */
  hitDaddr = 0;
  private groupRefs: number[] | null = null;
  private groupOf: Map<FibInfo, number> | null = null;
  private freeGroups: number[] | null = null;
  /**
   * The result every lookup of this table returns (fib_result lives on the
   * caller's stack in Linux): read it before the next lookup of the table.
   */
  private readonly result = new FibResult(this);
  /**
   * tb->tb_data: the LC-trie shape /proc/net/fib_trie shows, set when the
   * table exists in the kernel's sense (fib_new_table()); shared by main
   * and local while they are merged. Null for a bare table (benches, tests).
   */
  trie: LcTrie | null = null;
  /** Inside flush(): emptied keys wait for the trie's flush walk. */
  private flushing = false;

  /**
   * `infos` hears which fib_infos the table's aliases start and stop using
   * (the namespace's fib_info hashes) and says when none is flagged.
   */
  constructor(
    readonly id: number,
    private readonly infos: FibInfoUsers | null = null,
    /** How the index is laid out once made (tests: a small table in the 8-bit DIR-24-8 layout). */
    private readonly indexOpts: FibIndexOptions = {},
  ) {
    if (infos === null) return;
    this.flagsClear = infos.noneFlagged();
    infos.watch(this);
  }

  /** The namespace's fib_infos became all unflagged (clear) or not: group hits skip the flags only while they are. */
  flagsChanged(clear: boolean): void {
    this.flagsClear = clear;
    this.fastGroups = clear ? this.groupRes : null;
    this.syncFast();
  }

  /** fastDir follows the index's layout and the flags (FibIndex.onSync, flagsChanged). */
  private syncFast(): void {
    const index = this.index;
    const dir = this.fastGroups !== null && index !== null ? index.tinyDir() : null;
    this.fastDir = dir ?? NO_L2;
    this.fastOff = dir !== null ? 0 : 1;
    this.fastL2 = dir !== null ? index!.tinyL2() : NO_L2;
    this.fastBase = dir !== null ? index!.tinyChunkBase() : NO_BASE;
    this.fastSum = dir !== null ? index!.tinySum() : NO_BASE;
  }

  /** Group g's result changed (made, or freed: the entry lets its fib_info go), its fastRes entry if its leaf+1 fits an 8-bit entry. */
  private setFastRes(g: number, r: FibResult | undefined): void {
    const e = 2 * g + 2;
    if (e < TINY_LEAF1) this.fastRes[e] = r;
  }

  /** The result the walk fills, for writable(). */
  ownResult(): FibResult {
    return this.result;
  }

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
      this.trie?.releaseKey(key, this.flushing);
    } else {
      this.leaves.set(leaf.length === 1 ? leaf[0]! : leaf);
    }
  }

  /**
   * fib_table_insert() with the NLM_F_* semantics of add/append/prepend/replace/change.
   * Returns the new alias and the NLM_F_* flags rtmsg_fib() announces it
   * with, or null when a replace found the route itself (nothing changed).
   */
  insert(cfg: FibConfig, fi: FibInfo): { fa: FibAlias; nlflags: number } | null {
    const key = cfg.dst;
    fibValidKeyLen(key, cfg.dstLen);
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
        // fib_table_insert(): a replace that finds its very route (type and
        // fib_info) first changes nothing and announces nothing; found
        // behind the first alias of the keys, it is EEXIST
        if (match === at) return null;
        if (match >= 0) throw new KError('EEXIST');
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
      this.trie?.addKey(key);
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

  /**
   * fib_table_flush(): drop aliases for which `dead` holds; returns how
   * many. `removed` hears of each in the kernel's walk order (the trie in
   * reverse key order, a leaf's aliases first to last).
   */
  flush(dead: (fa: FibAlias) => boolean, removed?: (fa: FibAlias) => void): number {
    let n = 0;
    const gone: FibAlias[] | null = removed ? [] : null;
    this.flushing = true;
    try {
      for (const key of this.leaves.keys()) {
        const leaf = this.leafList(key)!;
        for (let i = leaf.length - 1; i >= 0; i--) {
          const fa = leaf[i]!;
          if (dead(fa)) {
            this.removeAt(key, leaf, i);
            gone?.push(fa);
            n++;
          }
        }
      }
    } finally {
      this.flushing = false;
    }
    this.trie?.flushWalk();
    if (gone?.length) {
      // Collected last alias first within a leaf: reversed, a stable sort by key puts them in the walk's order.
      gone.reverse().sort((a, b) => (b.dst >>> 0) - (a.dst >>> 0));
      for (const fa of gone) removed!(fa);
    }
    return n;
  }

  /**
   * The next hops of `fis` changed under their routes (a nexthop object
   * replaced): a group's result takes its fib_info's new next hop, and the
   * index leaf of each prefix that uses one is decided again.
   */
  infosChanged(fis: ReadonlySet<FibInfo>): void {
    if (!this.index) return;
    for (const fi of fis) {
      const g = this.groupOf?.get(fi);
      if (g !== undefined) this.groupRes![g]!.nhsChanged();
    }
    for (const key of this.leaves.keys()) {
      for (const fa of this.leafList(key)!) if (fis.has(fa.fi)) this.prefixChanged(key, fa.plen);
    }
  }

  /** Whether the table holds any alias of `key`. */
  hasKey(key: number): boolean {
    return this.leaves.get(key | 0) !== undefined;
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
    // Kept this small so that V8 inlines it at its callers: a call per
    // lookup costs more than the directory read (fewer lookups in flight).
    // The rest (lookupSlow) stays a call: inlined, its index dispatch and
    // walk made the caller's loop keep registers and reload fields for them.
    // Inlined in a loop, every call reloads the fields and the arrays' data
    // pointers and lengths, whether the table is a parameter or a module
    // constant: the two compile to the same code but for one map check (the
    // fields are written on rebuilds, so V8 does not fold them), and run
    // alike (bench fib-table's loop, alternated in one process, V8 11.3).
    // What runs 20-30% faster in probes is the same reads of arrays that are
    // themselves constants (module constants, or constants of a closure
    // inlined from monomorphic feedback): V8 then folds their pointers and
    // bounds, which it no longer does once a second closure of the same
    // function exists (a second table, or a relayout).
    // A hit of a destination inside a full table is one directory load (16
    // MiB: a cache and TLB miss) then fastRes[e] (2 KiB, hot); 6% of them
    // (synthetic 10^6 table) end in a chunk: its number (fastBase, 256 KiB)
    // and summary (fastSum, 0.5 MiB) more, and a branch the directory's miss
    // decides, mispredicted. The loop runs as many lookups at once as its
    // instructions let the reorder buffer hold, so its rate follows its
    // instruction count: bench fib-table's loop takes 79 for a hit outside a
    // chunk (V8's code, --print-opt-code), about 30 of them this function's,
    // 76 since it tests fastOff (below) instead of fastDir's length. What was
    // measured and left (per CPU second, one process, alternated):
    // the 6% chunk destinations cost 30% of the time (22.7 M/s; the other
    // 94% alone 29.6, the chunk ones alone 17.3), yet deciding them without
    // a branch (every lookup reading a summary) ran at 12.7 against 24.1,
    // and a 2 MiB bitmap of chunk slices, which decides the branch before
    // the directory's miss returns, at 19.8 against 26.5: more instructions
    // cost more lookups in flight than the mispredictions do.
    if ((scope | oif | this.fastOff) === 0) {
      let e = this.fastDir[daddr >>> 8]!;
      // a chunk, 0x80 | k (0xff: a dirty block, left to the index); literals, not module consts (see FibIndex.lookup);
      // `| 0`: an int32 sum, without an overflow check
      if (e >= 0x80 && e !== 0xff) e = this.chunkLeaf1((this.fastBase[daddr >>> 16]! + (e & 0x7f)) | 0, daddr & 0xff);
      const r = this.fastRes[e];
      if (r !== undefined) {
        this.hitDaddr = daddr | 0;
        return r;
      }
    }
    return this.lookupSlow(daddr, scope, tos, oif, checkLinkdown);
  }

  /**
   * leaf+1 of entry `low` of chunk n of the 8-bit second level: from its
   * summary (FibDir24.sum, two words: up to 4 ranges, the last one whose
   * start is at most low, picked without a branch), else from the chunk
   * itself.
   */
  private chunkLeaf1(n: number, low: number): number {
    const s = this.fastSum;
    const o = n << 1;
    // word 1: leaf+1 of range 2, start and leaf+1 of range 3, the flag (top byte 0: read l2)
    const w1 = s[(o + 1) | 0]!;
    if (w1 < 0x1000000) return this.fastL2[(n << 8) | low]!;
    // word 0: leaf+1 of range 0, start and leaf+1 of range 1, start of range 2
    const w0 = s[o]!;
    let e = w0 & 0xff;
    // (start - low - 1) >> 31: -1 (take range i) when start <= low, else 0
    e ^= (e ^ ((w0 >>> 16) & 0xff)) & ((((w0 >>> 8) & 0xff) - low - 1) >> 31);
    e ^= (e ^ (w1 & 0xff)) & (((w0 >>> 24) - low - 1) >> 31);
    return e ^ ((e ^ ((w1 >>> 16) & 0xff)) & ((((w1 >>> 8) & 0xff) - low - 1) >> 31));
  }

  /** What lookup's direct path does not answer: the index, then the group or the walk. */
  private lookupSlow(daddr: number, scope: number, tos: number, oif: number, checkLinkdown: boolean): FibResult | null {
    const index = this.index;
    if (index === null) return this.walk(daddr, this.plenBits, scope, tos & 0x1c, oif, checkLinkdown);
    // The indexed lookup: a plain prefix's group answers at once while no
    // fib_info of the namespace is flagged (fastGroups).
    const leaf = index.lookup(daddr);
    const groups = this.fastGroups;
    // (leaf & 0x80000001) === 1: a leaf (not -1, no route) with the plain bit.
    if ((leaf & 0x80000001) === 1 && (scope | oif) === 0 && groups !== null) {
      this.hitDaddr = daddr | 0;
      return groups[leaf >> 1]!;
    }
    return this.lookupLeaf(leaf, daddr, scope, tos & 0x1c, oif, checkLinkdown);
  }

  /**
   * The walk of the prefixes containing daddr, longest first, over the
   * lengths 1..32 in `bits` (bit plen-1) then /0: only lengths in use.
   */
  private walk(daddr: number, bits: number, scope: number, rtTos: number, oif: number, checkLinkdown: boolean): FibResult | null {
    // the key of a leaf given up (`goto miss`, see lookupAlias): its shorter
    // prefixes are not looked at (0.5: no key yet)
    let missKey = 0.5;
    while (bits !== 0) {
      const plen = 32 - Math.clz32(bits);
      bits &= ~(1 << (plen - 1));
      // an int32 key, the mask inline: a u32 above 2^31 crossing a call that
      // V8 did not inline is boxed (a heap number per packet)
      const key = daddr & (-1 << (32 - plen));
      if (key === missKey) continue;
      const r = this.lookupPrefix(key, plen, scope, rtTos, oif, checkLinkdown);
      if (r === false) {
        missKey = key;
        this.missCount++;
      } else if (r !== undefined) return r;
    }
    const pc = this.plenCount;
    if (pc === null || pc[0] === 0 || missKey === 0) return null;
    const r = this.lookupPrefix(0, 0, scope, rtTos, oif, checkLinkdown);
    if (r === false) this.missCount++;
    return r || null;
  }

  /**
   * fib_table_lookup() of the merged local/main trie (no rule changed since
   * boot) by a walk over both tables: one leaf per key, a length's local
   * aliases before main's (fib_find_alias() orders a leaf's aliases by
   * table id, highest first). Asked when a lookup of either table gave up
   * a leaf: a route through a nexthop object whose next hops do not fit
   * (oif, dead, linkdown) gives up its whole leaf, the other table's
   * aliases of that key included (fib_table_lookup()'s `goto miss`), which
   * two separate lookups do not see.
   */
  /**
   * How many walks gave up a leaf (`goto miss`) so far: fibLookupMerged()
   * sees by it that one of its two lookups did, without a store per lookup.
   */
  missCount = 0;

  static lookupMerged(loc: FibTable | null, main: FibTable | null, daddr: number, scope: number, tos: number, oif: number, checkLinkdown: boolean): FibResult | null {
    const rtTos = tos & 0x1c;
    let bits = (loc?.plenBits ?? 0) | (main?.plenBits ?? 0);
    let missKey = 0.5;
    for (;;) {
      let plen = 0;
      let key = 0;
      if (bits !== 0) {
        plen = 32 - Math.clz32(bits);
        bits &= ~(1 << (plen - 1));
        key = daddr & (-1 << (32 - plen));
      }
      if (key !== missKey) {
        const r = loc === null ? undefined : loc.lookupPrefix(key, plen, scope, rtTos, oif, checkLinkdown);
        if (r === false) missKey = key;
        else if (r !== undefined) return r;
        else {
          const m = main === null ? undefined : main.lookupPrefix(key, plen, scope, rtTos, oif, checkLinkdown);
          if (m === false) missKey = key;
          else if (m !== undefined) return m;
        }
      }
      if (plen === 0) return null;
    }
  }

  /** After the index answered `leaf`, not a usable group: the walk from the longest prefix found down. */
  private lookupLeaf(leaf: number, daddr: number, scope: number, rtTos: number, oif: number, checkLinkdown: boolean): FibResult | null {
    if (leaf === -1) return null;
    if ((leaf & 1) === 1 && (scope | oif) === 0) {
      // a group while some fib_info is flagged: its own next hop decides
      const r = this.groupRes![leaf >> 1]!;
      if (!fiFlagged(r.fi)) {
        this.hitDaddr = daddr | 0;
        return r;
      }
    }
    // a group leaf: from the longest length in use; an id: from its prefix's length (bits 0..plen-1)
    const plen = (leaf & 1) === 1 ? 32 : this.idLen[leaf >> 1]!;
    return this.walk(daddr, this.plenBits & (plen === 32 ? -1 : (1 << plen) - 1), scope, rtTos, oif, checkLinkdown);
  }

  /**
   * The alias of the longest prefix containing daddr, the first of its
   * length (a group hit's alias: that prefix is plain, its first alias the
   * plain one); control path.
   */
  plainAliasOf(daddr: number): FibAlias {
    for (let bits = this.plenBits; bits !== 0; ) {
      const plen = 32 - Math.clz32(bits);
      bits &= ~(1 << (plen - 1));
      const fa = this.leafOf(daddr & (-1 << (32 - plen))).find((f) => f.plen === plen);
      if (fa) return fa;
    }
    const fa = this.leafOf(0).find((f) => f.plen === 0);
    if (!fa) throw new Error(`FibTable ${this.id}: no route to ${daddr >>> 0} for a group hit`);
    return fa;
  }

  /**
   * The aliases of one prefix (`key` as int32 or u32): a result, null (an
   * error route ends the walk), undefined to go on, or false: the leaf is
   * given up (its shorter prefixes too).
   */
  private lookupPrefix(key: number, plen: number, scope: number, rtTos: number, oif: number, checkLinkdown: boolean): FibResult | null | undefined | false {
    const leaf = this.leaves.get(key | 0);
    if (leaf === undefined) return undefined;
    if (!Array.isArray(leaf)) return this.lookupAlias(leaf, plen, scope, rtTos, oif, checkLinkdown);
    for (const fa of leaf) {
      const r = this.lookupAlias(fa, plen, scope, rtTos, oif, checkLinkdown);
      if (r !== undefined) return r;
    }
    return undefined;
  }

  /**
   * One alias of the walk: a result if it fits, null for an error route,
   * undefined to go on, false when a route through a nexthop object has no
   * usable next hop: fib_table_lookup()'s `goto miss` leaves the whole leaf
   * (the later aliases of this prefix, an error route among them, and the
   * shorter prefixes of the same key) and backtracks to the next leaf.
   */
  private lookupAlias(fa: FibAlias, plen: number, scope: number, rtTos: number, oif: number, checkLinkdown: boolean): FibResult | null | undefined | false {
    if (fa.plen !== plen) return undefined;
    if (fa.tos && fa.tos !== rtTos) return undefined;
    if (fa.fi.scope < scope) return undefined;
    if (fibProps[fa.type]?.error) return this.hit(fa, 0);
    if (fa.fi.flags & RTNH_F_DEAD) return undefined;
    // a route through a blackhole nexthop object rejects as a blackhole route (fib_table_lookup())
    if (fa.fi.nh !== null && nexthopIsBlackhole(fa.fi.nh)) {
      const r = this.hit(fa, 0);
      r.type = RTN_BLACKHOLE;
      return r;
    }
    const nhSel = selectNh(fa, oif, checkLinkdown);
    if (nhSel >= 0) return this.hit(fa, nhSel);
    return fa.fi.nh !== null ? false : undefined;
  }

  private hit(fa: FibAlias, nhSel: number): FibResult {
    return this.result.setAlias(fa, nhSel);
  }

  /** A new distinct prefix: count it, index it. */
  private prefixAdded(key: number, plen: number): void {
    if ((this.plenCount ??= new Int32Array(33))[plen]!++ === 0 && plen > 0) this.plenBits |= 1 << (plen - 1);
    this.prefixes++;
    if (this.index) this.indexInsert(key, plen);
    else if (this.prefixes >= FIB_INDEX_THRESHOLD) this.buildIndex();
  }

  private prefixRemoved(key: number, plen: number): void {
    if (--this.plenCount![plen]! === 0 && plen > 0) this.plenBits &= ~(1 << (plen - 1));
    this.prefixes--;
    if (!this.index) return;
    const leaf = this.index.remove(key, plen);
    if (leaf >= 0) this.releaseLeaf(leaf);
  }

  /**
   * The aliases of an indexed prefix changed (added, replaced, removed):
   * recompute its leaf (its group, or an id when it stopped being plain),
   * and store it when it differs (the index rebuilds the blocks it covers).
   */
  private prefixChanged(key: number, plen: number): void {
    if (!this.index) return;
    const leaf = this.index.get(key, plen);
    if (leaf < 0) return;
    const fa = plainAlias(this.leaves.get(key | 0), plen);
    if (fa === null && (leaf & 1) === 0) return; // an id stays
    if (fa !== null && leaf === ((this.groupOf?.get(fa.fi) ?? -1) << 1 | 1)) return; // so does its group
    const leaf2 = this.leafFor(fa, plen);
    this.index.insert(key, plen, leaf2);
    this.releaseLeaf(leaf);
  }

  /** The index leaf of a prefix of length plen whose plain alias is fa (null: none), taking a reference on its group or a fresh id. */
  private leafFor(fa: FibAlias | null, plen: number): number {
    if (fa === null) {
      const id = this.newId();
      this.idLen[id] = plen;
      return id << 1;
    }
    const groupOf = (this.groupOf ??= new Map());
    const groupRes = this.groupResults();
    const groupRefs = (this.groupRefs ??= []);
    let g = groupOf.get(fa.fi);
    if (g === undefined) {
      g = this.freeGroups?.pop() ?? groupRes.length;
      if (g >= MAX_IDS) throw new KError('ENOBUFS', `FIB table ${this.id}: more than ${MAX_IDS} next-hop groups`);
      groupRes[g] = FibResult.group(this, fa.fi);
      this.setFastRes(g, groupRes[g]!);
      groupRefs[g] = 0;
      groupOf.set(fa.fi, g);
    }
    groupRefs[g]!++;
    return (g << 1) | 1;
  }

  /** A prefix stopped using index leaf `leaf`: drop its group reference or free its id. */
  private releaseLeaf(leaf: number): void {
    const n = leaf >> 1;
    if ((leaf & 1) === 0) {
      (this.freeIds ??= []).push(n);
      return;
    }
    const groupRes = this.groupRes!;
    if (--this.groupRefs![n]! > 0) return;
    this.groupOf!.delete(groupRes[n]!.fi);
    groupRes[n] = null;
    this.setFastRes(n, undefined);
    (this.freeGroups ??= []).push(n);
  }

  /** The group results, made at the first group (and seen by lookup once no flag is set). */
  private groupResults(): (FibResult | null)[] {
    if (this.groupRes === null) {
      this.groupRes = [];
      this.fastGroups = this.flagsClear ? this.groupRes : null;
      this.syncFast();
    }
    return this.groupRes;
  }

  /** A fresh prefix id, the id array grown geometrically. */
  private newId(): number {
    const free = this.freeIds?.pop();
    if (free !== undefined) return free;
    const id = this.nIds++;
    if (id >= MAX_IDS) throw new KError('ENOBUFS', `FIB table ${this.id}: more than ${MAX_IDS} prefixes`);
    if (id >= this.idLen.length) {
      const l = new Uint8Array(Math.max(1024, 2 * this.idLen.length));
      l.set(this.idLen);
      this.idLen = l;
    }
    return id;
  }

  private indexInsert(key: number, plen: number): void {
    this.index!.insert(key, plen, this.leafFor(plainAlias(this.leaves.get(key | 0), plen), plen));
  }

  /** Bulk-build the index from every prefix in the table. */
  private buildIndex(): void {
    // a slot for every entry value (no out-of-bounds read on lookup's path),
    // packed (no hole check): undefined, null for entry 0 (no route)
    this.fastRes = Array.from({ length: 256 }, (_, e) => (e === 0 ? null : undefined));
    const n = this.prefixes;
    const prefixes = new Uint32Array(n);
    const lens = new Uint8Array(n);
    const leaves = new Uint32Array(n);
    let i = 0;
    for (const v of this.leaves.values()) {
      let last = -1;
      const leaf = Array.isArray(v) ? v : [v];
      for (const fa of leaf) {
        if (fa.plen === last) continue;
        last = fa.plen;
        prefixes[i] = fa.dst;
        lens[i] = fa.plen;
        leaves[i] = this.leafFor(plainAlias(leaf, fa.plen), fa.plen);
        i++;
      }
    }
    this.index = FibIndex.build(prefixes, lens, leaves, i, this.indexOpts);
    this.index.onSync = () => this.syncFast();
    this.syncFast();
  }
}

/** The plain alias of prefix plen in `leaf` (see FibTable.plain), or null. */
function plainAlias(leaf: FibAlias | readonly FibAlias[] | undefined, plen: number): FibAlias | null {
  if (leaf === undefined) return null;
  if (!Array.isArray(leaf)) return isPlain(leaf as FibAlias, plen) ? (leaf as FibAlias) : null;
  const fa = (leaf as readonly FibAlias[]).find((f) => f.plen === plen);
  return fa !== undefined && isPlain(fa, plen) ? fa : null;
}

/** Whether `fa`, the first alias of prefix plen, takes any TOS through one next hop, with its fib_info's type (the group's). */
function isPlain(fa: FibAlias, plen: number): boolean {
  return fa.plen === plen && fa.tos === 0 && fa.fi.nhs.length === 1 && fa.type === fa.fi.type &&
    (fa.fi.nh === null || !nexthopIsBlackhole(fa.fi.nh));
}

/** Whether a plain route's fib_info or its one next hop is flagged dead or linkdown (the full walk decides then). */
function fiFlagged(fi: FibInfo): boolean {
  return ((fi.flags | fi.nhs[0]!.flags) & (RTNH_F_DEAD | RTNH_F_LINKDOWN)) !== 0;
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
