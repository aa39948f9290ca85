/**
 * The indexes the kernel keeps over every fib_info of a namespace so an
 * address or device change touches only its own routes: fib_info_devhash
 * (by next-hop device, what fib_sync_up/fib_sync_down_dev walk) and
 * fib_info_laddrhash (by preferred source, what fib_sync_down_addr walks),
 * with fib_treeref counting the aliases that use each fib_info.
 *
 * tuxnet adds one more: per device, the fib_infos that may carry a DEAD or
 * LINKDOWN flag (a superset, pruned by fib_sync_up), so bringing up an
 * address on a device with thousands of healthy routes does not visit them.
 * @linux net/ipv4/fib_semantics.c fib_info_devhash, fib_info_laddrhash, fib_treeref
 */
import type { NetDevice } from '../core/netdevice.js';
import { fibInfoEqual, type FibInfo } from './fib_semantics.js';
import { RTNH_F_DEAD, RTNH_F_LINKDOWN } from './fib_types.js';
import type { FibTable } from './fib_trie.js';

const SYNC_FLAGS = RTNH_F_DEAD | RTNH_F_LINKDOWN;

/** Whether `fi` or one of its next hops is dead or linkdown. */
export function fibInfoFlagged(fi: FibInfo): boolean {
  if (fi.flags & SYNC_FLAGS) return true;
  for (const nh of fi.nhs) if (nh.flags & SYNC_FLAGS) return true;
  return false;
}

/** The next hops of `fi` that carry a realm (nh_tclassid). */
function realmNhs(fi: FibInfo): number {
  let n = 0;
  for (const nh of fi.nhs) if (nh.tclassid) n++;
  return n;
}

function addTo<K>(map: Map<K, Set<FibInfo>>, key: K, fi: FibInfo): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(fi);
}

function removeFrom<K>(map: Map<K, Set<FibInfo>>, key: K, fi: FibInfo): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(fi);
  if (set.size === 0) map.delete(key);
}

/**
 * fib_info_hashfn(): what fib_find_info() buckets by — the next-hop count,
 * protocol, scope, preferred source, priority and each next hop's device
 * (plus its gateway here), folded into an int32 so the key is a small
 * integer. Identical fib_infos (fibInfoEqual) hash alike.
 */
function fibInfoHashfn(fi: FibInfo): number {
  // a route through a nexthop object: the object's id (its next hops may change under it)
  if (fi.nh !== null) return (fi.nh.id ^ fi.protocol ^ (fi.scope << 8) ^ fi.prefsrc ^ Math.imul(fi.priority, 0x9e3779b1)) | 0;
  let h = fi.nhs.length ^ fi.protocol ^ (fi.scope << 8) ^ fi.prefsrc ^ Math.imul(fi.priority, 0x9e3779b1) ^ (fi.type << 16);
  for (const nh of fi.nhs) h = Math.imul(h ^ nh.oif, 0x01000193) ^ nh.gw;
  return h | 0;
}

/** The hashes of a namespace whose tables use some fib_info (FibInfoHash makes them at the first). */
class FibInfoTables {
  /** fib_treeref: aliases in this namespace's tables using each fib_info. */
  readonly treeref = new Map<FibInfo, number>();
  /** fib_info_hash: the fib_infos in use by fibInfoHashfn, what fib_find_info() searches. */
  readonly byHash = new Map<number, FibInfo[]>();
  readonly devhash = new Map<NetDevice, Set<FibInfo>>();
  readonly laddrhash = new Map<number, Set<FibInfo>>();
  readonly flagged = new Map<NetDevice, Set<FibInfo>>();
  /** Every fib_info in some `flagged` set: while empty no route of the namespace is dead or linkdown. */
  readonly flaggedAll = new Set<FibInfo>();
}

export class FibInfoHash {
  /** Null until a table first uses a fib_info: a namespace without routes needs none of its maps. */
  private tables: FibInfoTables | null = null;
  /** flaggedAll is empty: what noneFlagged answers, and what the watching tables hear when it changes. */
  private clear = true;
  /** The namespace's tables: each keeps the answer in a field of its own for its lookups' hit path. */
  private readonly watchers: FibTable[] = [];
  private none: ReadonlySet<FibInfo> | null = null;
  /**
   * net->ipv4.fib_num_tclassid_users: next hops with a realm in the fib_infos
   * in use (fib_nh_init() counts, fib_nh_release() uncounts); while any
   * exists fib_validate_source() always routes back to the source.
   */
  tclassidUsers = 0;

  private get t(): FibInfoTables {
    return (this.tables ??= new FibInfoTables());
  }

  private empty(): ReadonlySet<FibInfo> {
    return (this.none ??= new Set());
  }

  /** An alias now uses `fi` (fib_insert_alias / fib_table_insert's replace). */
  link(fi: FibInfo): void {
    const t = this.t;
    const n = t.treeref.get(fi) ?? 0;
    t.treeref.set(fi, n + 1);
    if (n > 0) return;
    this.addToHash(t, fi);
    if (fi.prefsrc) addTo(t.laddrhash, fi.prefsrc, fi);
    if (fi.nh !== null) {
      // fib_create_info(): list_add(&fi->nh_list, &nh->fi_list); the object's next hops are not in fib_info_devhash
      fi.nh.fiList.add(fi);
      return;
    }
    this.tclassidUsers += realmNhs(fi);
    for (const nh of fi.nhs) if (nh.dev) addTo(t.devhash, nh.dev, fi);
    if (fibInfoFlagged(fi)) this.noteFlagged(fi);
  }

  /** An alias stopped using `fi` (fib_release_info once the last one goes). */
  unlink(fi: FibInfo): void {
    const t = this.tables;
    if (!t) return;
    const n = t.treeref.get(fi) ?? 0;
    if (n > 1) {
      t.treeref.set(fi, n - 1);
      return;
    }
    t.treeref.delete(fi);
    this.removeFromHash(t, fi);
    if (fi.prefsrc) removeFrom(t.laddrhash, fi.prefsrc, fi);
    if (fi.nh !== null) {
      // fib_release_info(): list_del(&fi->nh_list)
      fi.nh.fiList.delete(fi);
      return;
    }
    this.tclassidUsers -= realmNhs(fi);
    for (const nh of fi.nhs) {
      if (!nh.dev) continue;
      removeFrom(t.devhash, nh.dev, fi);
      removeFrom(t.flagged, nh.dev, fi);
    }
    t.flaggedAll.delete(fi);
    this.setClear(t.flaggedAll.size === 0);
  }

  private addToHash(t: FibInfoTables, fi: FibInfo): void {
    const h = fibInfoHashfn(fi);
    const bucket = t.byHash.get(h);
    if (bucket) bucket.push(fi);
    else t.byHash.set(h, [fi]);
  }

  private removeFromHash(t: FibInfoTables, fi: FibInfo): void {
    const h = fibInfoHashfn(fi);
    const bucket = t.byHash.get(h);
    const at = bucket ? bucket.indexOf(fi) : -1;
    if (at < 0) return;
    bucket!.splice(at, 1);
    if (bucket!.length === 0) t.byHash.delete(h);
  }

  /**
   * Whether no fib_info in use may carry a DEAD or LINKDOWN flag: a lookup
   * may then take a route's next hop without reading its flags (the plain
   * path of FibTable.lookup).
   */
  noneFlagged(): boolean {
    return this.clear;
  }

  /** Tells `table` (flagsChanged) whenever noneFlagged's answer changes. */
  watch(table: FibTable): void {
    this.watchers.push(table);
  }

  private setClear(clear: boolean): void {
    if (clear === this.clear) return;
    this.clear = clear;
    for (const tb of this.watchers) tb.flagsChanged(clear);
  }

  /**
   * fib_find_info(): an in-use fib_info identical to `nfi` (same table and
   * type too), which a new route then shares — with its next hops' cached
   * routes and exceptions.
   */
  find(nfi: FibInfo): FibInfo | null {
    const candidates = this.tables?.byHash.get(fibInfoHashfn(nfi));
    if (!candidates) return null;
    for (const fi of candidates) {
      if (fi.net === nfi.net && fi.type === nfi.type && fi.tbId === nfi.tbId && fibInfoEqual(fi, nfi)) return fi;
    }
    return null;
  }

  /** The fib_infos with a next hop through `dev` (a fib_info_devhash bucket). */
  onDev(dev: NetDevice): ReadonlySet<FibInfo> {
    return this.tables?.devhash.get(dev) ?? this.empty();
  }

  /** The fib_infos whose preferred source is `local` (a fib_info_laddrhash bucket). */
  withPrefsrc(local: number): ReadonlySet<FibInfo> {
    return this.tables?.laddrhash.get(local) ?? this.empty();
  }

  /** After a sync down on `dev`: its fib_infos that got a flag become candidates on all their devices. */
  noteSyncDown(dev: NetDevice): void {
    for (const fi of this.onDev(dev)) if (fibInfoFlagged(fi)) this.noteFlagged(fi);
  }

  private noteFlagged(fi: FibInfo): void {
    const t = this.t;
    t.flaggedAll.add(fi);
    this.setClear(false);
    for (const nh of fi.nhs) if (nh.dev) addTo(t.flagged, nh.dev, fi);
  }

  /**
   * The fib_infos through `dev` that fib_sync_up() may change (every other
   * one has no flag to clear). `done` prunes the ones left without flags.
   */
  syncUpCandidates(dev: NetDevice): { infos: readonly FibInfo[]; done(): void } {
    const set = this.tables?.flagged.get(dev);
    const infos = set ? [...set] : [];
    return {
      infos,
      done: () => {
        const t = this.tables;
        if (!t) return;
        for (const fi of infos) {
          if (fibInfoFlagged(fi)) continue;
          t.flaggedAll.delete(fi);
          for (const nh of fi.nhs) if (nh.dev) removeFrom(t.flagged, nh.dev, fi);
        }
        this.setClear(t.flaggedAll.size === 0);
      },
    };
  }

  /** Every fib_info in use (the fib_info_hash). */
  all(): IterableIterator<FibInfo> {
    return this.tables?.treeref.keys() ?? ([] as FibInfo[]).values();
  }
}
