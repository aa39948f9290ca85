/**
 * The skb allocator: alloc_skb() takes a descriptor and its data buffer
 * from a cache of freed ones (the kernel's skbuff_cache slab and the
 * kmalloc/page-frag head caches), kfree_skbmem() gives them back once the
 * last reference is gone. A freed skb's descriptor and buffer come back
 * together, sized as they were, so a steady flow of packets allocates
 * nothing. Only skbs that came from alloc_skb() and whose data no clone
 * shares (skb->cloned, the dataref of skb_shared_info) return to the cache;
 * the others are left to the garbage collector.
 *
 * One cache per lab world (CoreWorld.skbCache); an skb remembers the cache
 * it came from (skb.slab), as the kernel finds an object's kmem_cache from
 * its page.
 *
 * Debug mode (TUXNET_SKB_POISON=1 in the environment, or SkbCache.poison):
 * every freed skb loses its buffer to an empty one and nothing is cached,
 * so a use after free reads undefined and a write or push throws, as
 * CONFIG_DEBUG_PAGEALLOC / slab poisoning make the kernel's fault.
 * @linux net/core/skbuff.c __alloc_skb(), kfree_skbmem(), skb_free_head()
 */
import { SkBuff, nfBridgeInfoFree, skbRecycle } from './skbuff.js';
import type { Net } from './net_namespace.js';

/** Freed skbs kept per buffer size: enough for a batch in flight through a few hops. */
const PER_SIZE = 4096;
/** The most buffer bytes a cache holds in all (beyond it freed skbs go to the GC). */
const MAX_BYTES = 32 << 20;

/** kmem_cache statistics (what /proc/slabinfo would count for skbuff_head_cache). */
export interface SkbCacheStats {
  /** alloc_skb() calls. */
  allocs: number;
  /** Allocations served from the cache (no new object). */
  hits: number;
  /** Skbs given back to the cache. */
  frees: number;
  /** Skbs in the cache now. */
  cached: number;
}

function readPoisonEnv(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.TUXNET_SKB_POISON === '1';
}

/** skbuff_cache and the head caches of one lab world. */
export class SkbCache {
  /** Freed skbs by buffer length (the slab size class), most recently freed last. */
  private readonly bySize = new Map<number, SkBuff[]>();
  private bytes = 0;
  private poisoned = readPoisonEnv();
  /** The buffer of a freed skb in poison mode: nothing to read, no room to write. */
  private readonly poisonBuf = new Uint8Array(0);
  readonly stats: SkbCacheStats = { allocs: 0, hits: 0, frees: 0, cached: 0 };

  /** Poison mode (see the file comment); turning it on empties the cache. */
  get poison(): boolean {
    return this.poisoned;
  }

  set poison(on: boolean) {
    this.poisoned = on;
    if (on) this.drain();
  }

  /** __alloc_skb() + skb_reserve(): see allocSkb(). */
  alloc(size: number, headroom: number): SkBuff {
    this.stats.allocs++;
    const skb = this.bySize.get(size + headroom)?.pop();
    if (skb === undefined) {
      const fresh = new SkBuff(size, headroom);
      fresh.slab = this;
      return fresh;
    }
    this.stats.hits++;
    this.stats.cached--;
    this.bytes -= skb.buf.length;
    // __alloc_skb() leaves data uninitialised; tuxnet's builders count on zeros (new Uint8Array).
    skb.buf.fill(0);
    skbRecycle(skb, headroom);
    skb.slab = this;
    return skb;
  }

  /** kfree_skbmem() for an skb of this cache. */
  free(skb: SkBuff): void {
    if (this.poisoned) {
      skb.buf = this.poisonBuf;
      skb.data = 0;
      skb.tail = 0;
      skb.slab = null;
      return;
    }
    if (skb.cloned) return;
    const n = skb.buf.length;
    if (this.bytes + n > MAX_BYTES) return;
    let free = this.bySize.get(n);
    if (free === undefined) {
      free = [];
      this.bySize.set(n, free);
    }
    if (free.length >= PER_SIZE) return;
    // the descriptor lets go of what it pointed at (the GC may take it)
    skb.dev = null;
    skb.dst = null;
    skb.nfct = null;
    nfBridgeInfoFree(skb);
    skb.serr = null;
    free.push(skb);
    this.bytes += n;
    this.stats.frees++;
    this.stats.cached++;
  }

  /** kmem_cache_shrink(): forget every cached skb. */
  drain(): void {
    this.bySize.clear();
    this.bytes = 0;
    this.stats.cached = 0;
  }
}

/**
 * alloc_skb() + skb_reserve(headroom): an skb with `size` bytes of room
 * after `headroom` bytes of headroom, data empty (data == tail == headroom),
 * its buffer zeroed, from the skb cache of `net`'s lab: a freed one of that
 * size when one waits, else a new one. The caller owns the one reference
 * (users 1) and ends it with kfree_skb_reason()/consume_skb()
 * (drop_reason.ts), which give it back.
 */
export function allocSkb(net: Net, size: number, headroom = 0): SkBuff {
  return net.world.core.skbCache.alloc(size, headroom);
}

/**
 * kfree_skbmem(): the last reference is gone (the callers of skbUnref()
 * that got true, after skb_release_head_state()): the skb goes back to the
 * cache it came from, unless a clone shares its data. Skbs made with
 * `new SkBuff` have no cache and are left to the garbage collector.
 */
export function kfreeSkbmem(skb: SkBuff): void {
  skb.slab?.free(skb);
}
