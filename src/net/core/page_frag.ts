/**
 * struct page_frag: the page a socket copies user data into
 * (sk_page_frag_refill()), so a sendmsg() allocates no buffer of its own:
 * the write queue's segments are views of the page, and the page goes back
 * to its namespace's pool when the last segment on it is acknowledged
 * (put_page() dropping the last reference).
 * @linux include/linux/mm_types_task.h struct page_frag, net/core/sock.c sk_page_frag_refill(), skb_page_frag_refill()
 */

/** SKB_FRAG_PAGE_ORDER: get_order(32768), the size of the pages sockets copy into. */
export const SK_FRAG_PAGE_SIZE = 32768;
/** The free pages a pool keeps (what it holds beyond that goes to the garbage collector). */
const POOL_MAX = 128;

export class PageFrag {
  readonly buf: Uint8Array;
  /** The first free byte. */
  offset = 0;
  /** page_ref_count(): the segments that are views of this page. */
  refs = 0;

  constructor(size = SK_FRAG_PAGE_SIZE) {
    this.buf = new Uint8Array(size);
  }
}

/** The free pages of one namespace (the page allocator's per-CPU lists, as far as sockets see them). */
export class PagePool {
  private readonly free: PageFrag[] = [];

  /**
   * alloc_pages(): a page with no data and no reference. A segment is one
   * view of one page here (Linux spreads a 64 KiB loopback segment over
   * several page frags), so a need larger than a page gets a buffer of
   * its own, never pooled.
   */
  get(need = SK_FRAG_PAGE_SIZE): PageFrag {
    if (need > SK_FRAG_PAGE_SIZE) return new PageFrag(need);
    const p = this.free.pop();
    if (!p) return new PageFrag();
    p.offset = 0;
    return p;
  }

  /** __free_pages(): back to the pool once nothing refers to it. */
  put(p: PageFrag): void {
    if (p.refs !== 0) throw new Error('free_pages: page still referenced');
    if (this.free.length < POOL_MAX && p.buf.length === SK_FRAG_PAGE_SIZE) this.free.push(p);
  }
}
