/**
 * struct sk_buff: one Uint8Array with headroom; head/data/tail offsets with
 * the kernel's push/pull/put/reserve/trim meanings. Clones share the data
 * (skb_clone); layers never copy payloads.
 * @linux include/linux/skbuff.h, net/core/skbuff.c
 */
import type { NetDevice } from './netdevice.js';
import type { Sock, SockExterrSkb } from './sock.js';
import type { DstEntry } from './dst.js';
import type { SkbCache } from './skbuff_cache.js';
import { CSUM_MANGLED_0, csumFold, csumPartial } from '../../wire/checksum.js';

/** What an skb's fast clone belongs to: a TCP segment counting its transmissions not yet freed. */
export interface FcloneOwner {
  fcloneBusy: number;
}

/** include/uapi/linux/if_packet.h PACKET_* (skb->pkt_type). */
export const PACKET_HOST = 0;
export const PACKET_BROADCAST = 1;
export const PACKET_MULTICAST = 2;
export const PACKET_OTHERHOST = 3;
export const PACKET_OUTGOING = 4;
export const PACKET_LOOPBACK = 5;

/** include/linux/skbuff.h skb->ip_summed values. */
export const CHECKSUM_NONE = 0;
export const CHECKSUM_UNNECESSARY = 1;
export const CHECKSUM_COMPLETE = 2;
export const CHECKSUM_PARTIAL = 3;

/** include/linux/skbuff.h enum skb_gso_type (the bits tuxnet builds). */
export const SKB_GSO_TCPV4 = 1 << 0;
export const SKB_GSO_DODGY = 1 << 1;

/** skb_is_gso() */
export function skbIsGso(skb: SkBuff): boolean {
  return skb.gsoSize !== 0;
}

/** SKB_DATA_ALIGN(): SMP_CACHE_BYTES (64) alignment. */
const skbDataAlign = (x: number): number => (x + 63) & ~63;
/** sizeof(struct sk_buff) and sizeof(struct skb_shared_info) on x86-64, aligned (SKB_TRUESIZE()'s overhead). */
const SK_BUFF_SIZE = skbDataAlign(232);
const SKB_SHINFO_SIZE = skbDataAlign(320);

/** SKB_SMALL_HEAD_CACHE_SIZE on x86-64: SKB_HEAD_ALIGN(MAX_TCP_HEADER), 256 bytes of head and the skb_shared_info. */
const SKB_SMALL_HEAD_CACHE_SIZE = 576;
/**
 * kmalloc_size_roundup() above the small-head cache: the kmalloc classes
 * from 1024 to KMALLOC_MAX_CACHE_SIZE (8192) and the page orders beyond
 * are all powers of two.
 */
function kmallocSizeRoundup(size: number): number {
  return size <= 1024 ? 1024 : 2 ** (32 - Math.clz32(size - 1));
}

/**
 * The truesize __alloc_skb() gives a head of `size` bytes (as
 * sock_alloc_send_skb() asks for it): kmalloc_reserve() takes the head
 * with its skb_shared_info from skbuff_small_head when it fits
 * SKB_SMALL_HEAD_CACHE_SIZE, else from the kmalloc size it rounds up to;
 * the whole object is usable, so truesize is that object and the
 * struct sk_buff (SKB_TRUESIZE() of what is left after the shared info).
 */
export function allocSkbTruesize(size: number): number {
  const obj = skbDataAlign(size) + SKB_SHINFO_SIZE;
  const osize = obj <= SKB_SMALL_HEAD_CACHE_SIZE ? SKB_SMALL_HEAD_CACHE_SIZE : kmallocSizeRoundup(obj);
  return osize + SK_BUFF_SIZE;
}

/** struct nf_conntrack: what the skb holds of its connection (netfilter's struct nf_conn extends it). */
/**
 * struct ip_options (include/net/inet_sock.h): the compiled IPv4 options of
 * a packet (IPCB(skb)->opt) or of a socket (inet->inet_opt). Offsets (srr,
 * rr, ts, routerAlert, cipso) count from the start of the IP header; 0 is
 * absent. `data` holds a socket's option bytes (opt->__data).
 */
export interface IpOptions {
  faddr: number;
  nexthop: number;
  optlen: number;
  srr: number;
  rr: number;
  ts: number;
  isStrictroute: boolean;
  srrIsHit: boolean;
  isChanged: boolean;
  rrNeedaddr: boolean;
  tsNeedtime: boolean;
  tsNeedaddr: boolean;
  routerAlert: number;
  cipso: number;
  readonly data: Uint8Array;
}

export interface NfConntrack {
  use: number;
}

export class SkBuff {
  /** The buffer; [head, end) is usable, [data, tail) holds the packet. */
  buf: Uint8Array;
  data: number;
  tail: number;
  /** Offsets into buf, -1 when unset. */
  macHeader = -1;
  networkHeader = -1;
  transportHeader = -1;
  dev: NetDevice | null = null;
  /** The input device (skb->skb_iif) once received. */
  skbIif = 0;
  /** The routing decision (skb_dst()); an ipv4 Rtable for IPv4 packets (skbRtable()). */
  dst: DstEntry | null = null;
  mark = 0;
  /** Ethertype in host order (skb->protocol is __be16 in Linux). */
  protocol = 0;
  pktType = PACKET_HOST;
  priority = 0;
  /** Virtual time of reception or creation, ns (skb->tstamp). */
  tstamp = 0;
  /** Reference count (skb->users): skb_get() takes one, kfree_skb()/consume_skb() drop one; 0 once freed. */
  users = 1;
  /** skb->truesize: the memory charged to a socket that holds it. */
  truesize: number;
  /** skb->sk: the socket the skb is charged to (skb_set_owner_r), and the destructor that uncharges it. */
  sk: Sock | null = null;
  destructor: ((skb: SkBuff) => void) | null = null;
  /** SKB_EXT_ERR(skb): the control block of an skb on a socket's error queue. */
  serr: SockExterrSkb | null = null;
  /** Trace identity, shared by clones (for the packet-walk view). */
  id = 0;
  /** IPCB(skb)->flags: per-packet IP control-block flags (IPSKB_*). */
  ipcbFlags = 0;
  /** NEIGH_CB(skb)->flags (LOCALLY_ENQUEUED). */
  neighCbFlags = 0;
  /** skb->dst_pending_confirm: sock_confirm_neigh() confirms the next hop's neighbour when the skb leaves. */
  dstPendingConfirm = false;
  /**
   * The TCP fast clone's companion (SKB_FCLONE_ORIG): the retransmit-queue
   * segment this skb is a transmission of; its fcloneBusy count drops when
   * the skb is freed (skb_fclone_busy() is false again).
   */
  fclone: FcloneOwner | null = null;
  /** skb->vlan_proto / skb->vlan_tci: an out-of-band (hwaccel) 802.1Q tag; vlanProto 0 = none (skb_vlan_tag_present). */
  vlanProto = 0;
  vlanTci = 0;
  /** BR_INPUT_SKB_CB(skb)->vlan_filtered: the bridge classified the frame into a VLAN at ingress. */
  brVlanFiltered = false;
  /** IPCB(skb)->frag_max_size: the largest fragment a reassembled datagram was made of, 0 for none. */
  fragMaxSize = 0;
  /**
   * skb_shinfo(skb)->frag_list as tuxnet keeps it: the payload length of each
   * fragment a reassembly that does not coalesce (conntrack's defrag) chained,
   * the head's first; null for a flat skb. ip_do_fragment()'s fast path sends
   * these pieces again as they came.
   */
  fragListLens: number[] | null = null;
  /** IPCB(skb)->opt: the compiled options of a packet whose IHL is above 5, else null. */
  ipOpt: IpOptions | null = null;
  /** skb->_nfct: the packet's connection (null when none or untracked) and its ctinfo (IP_CT_*). */
  nfct: NfConntrack | null = null;
  nfctinfo = 0;
  /**
   * skb->nf_bridge (br_netfilter; null physindev: none): the bridge port a
   * frame came in by, kept while the frame is bridged and after the bridge
   * passes it up (INPUT, a route onwards); the port it leaves by (set for
   * FORWARD); whether the bridge's own PREROUTING is running; whether the
   * IP layer's PREROUTING was already skipped (ip_sabotage_in()).
   */
  brnfPhysindev: NetDevice | null = null;
  brnfPhysoutdev: NetDevice | null = null;
  brnfInPrerouting = false;
  brnfSabotageInDone = false;
  /** nf_bridge->pkt_otherhost: a PACKET_OTHERHOST frame shown as PACKET_HOST to the FORWARD hook. */
  brnfPktOtherhost = false;
  /** skb->ignore_df: the sender allows fragmenting even with DF (IP_PMTUDISC_DONT/WANT sockets). */
  ignoreDf = false;
  /**
   * !ip_sk_use_pmtu(skb->sk): the sending socket is IP_PMTUDISC_PROBE or
   * stricter, so ip_skb_dst_mtu() sizes it by the device, not the learnt
   * path MTU. Linux reads the socket; tuxnet's sent skbs carry the answer.
   */
  ignorePmtu = false;
  /**
   * skb_shinfo(skb)->gso_size / gso_segs / gso_type: a GSO skb carries
   * gso_segs segments of gso_size payload bytes (the last may be shorter)
   * behind one set of headers; gso_size 0 = not GSO (skb_is_gso()).
   */
  gsoSize = 0;
  gsoSegs = 0;
  gsoType = 0;
  /**
   * skb->ip_summed: CHECKSUM_NONE (verify in software) or CHECKSUM_PARTIAL
   * (built by this host's stack: the transport checksum field holds only
   * the pseudo-header sum and the bytes from csum_start are left to the
   * device, NETIF_F_HW_CSUM; a receiver of such a veth/loopback skb trusts
   * it, skb_csum_unnecessary(); skbChecksumHelp() completes it in software).
   */
  ipSummed = CHECKSUM_NONE;
  /**
   * skb->csum_valid: __skb_checksum_complete() found the transport sum
   * right (conntrack's check at PRE_ROUTING, which also leaves the skb
   * CHECKSUM_COMPLETE). Nothing clears it on the way out: veth's
   * skb_scrub_packet() keeps it, so the next host's skb_csum_unnecessary()
   * trusts the skb, a fragment ip_do_fragment()'s fast path sent as it was
   * reassembled included.
   */
  csumValid = false;
  /** skb->csum_start (an offset into buf, as Linux's is from skb->head) and csum_offset: where the device sums from and stores the sum. */
  csumStart = 0;
  csumOffset = 0;
  /** skb->cloned: a clone shares this data (set on both by skb_clone()); such data never returns to the skb cache. */
  cloned = false;
  /** The skb cache it came from (allocSkb(), skbuff_cache.ts) and goes back to when freed; null for `new SkBuff`. */
  slab: SkbCache | null = null;

  constructor(size: number, headroom = 0) {
    this.buf = new Uint8Array(size + headroom);
    this.truesize = allocSkbTruesize(size + headroom);
    this.data = headroom;
    this.tail = headroom;
  }

  /** An skb that wraps received bytes (a copy, as a NIC's DMA would make). */
  static fromBytes(bytes: Uint8Array, headroom = 0): SkBuff {
    const skb = new SkBuff(bytes.length, headroom);
    skb.buf.set(bytes, headroom);
    skb.tail = headroom + bytes.length;
    return skb;
  }

  get len(): number {
    return this.tail - this.data;
  }

  get headroom(): number {
    return this.data;
  }

  get tailroom(): number {
    return this.buf.length - this.tail;
  }

  /** The packet bytes [data, tail), without copying. */
  bytes(): Uint8Array {
    return this.buf.subarray(this.data, this.tail);
  }

  /** skb_reserve(): make headroom in an empty skb. */
  reserve(n: number): void {
    this.data += n;
    this.tail += n;
  }

  /** skb_push(): prepend n bytes; returns the new data offset. */
  push(n: number): number {
    if (n > this.data) throw new Error(`skb_push: no headroom (${n} > ${this.data})`);
    this.data -= n;
    return this.data;
  }

  /** skb_pull(): strip n bytes from the front; returns the new data offset. */
  pull(n: number): number {
    if (n > this.len) throw new Error(`skb_pull: ${n} > len ${this.len}`);
    this.data += n;
    return this.data;
  }

  /** pskb_may_pull(): whether n bytes are present from data. */
  mayPull(n: number): boolean {
    return n <= this.len;
  }

  /** skb_put(): append n bytes; returns the offset of the new area. */
  put(n: number): number {
    if (n > this.tailroom) throw new Error(`skb_put: no tailroom (${n} > ${this.tailroom})`);
    const at = this.tail;
    this.tail += n;
    return at;
  }

  /** skb_trim(): cut the packet to len bytes. */
  trim(len: number): void {
    if (len < this.len) this.tail = this.data + len;
  }

  resetNetworkHeader(): void {
    this.networkHeader = this.data;
  }

  resetTransportHeader(): void {
    this.transportHeader = this.data;
  }

  resetMacHeader(): void {
    this.macHeader = this.data;
  }

  /** skb_clone(): a new descriptor sharing the same data, owned by no socket. */
  clone(): SkBuff {
    this.cloned = true;
    const c = Object.create(SkBuff.prototype) as SkBuff;
    Object.assign(c, this);
    c.users = 1;
    c.sk = null;
    c.destructor = null;
    c.fclone = null;
    return c;
  }

  /** skb_copy(): a private copy of data and descriptor. */
  copy(): SkBuff {
    const cloned = this.cloned;
    const c = this.clone();
    this.cloned = cloned;
    c.cloned = false;
    c.slab = null;
    c.buf = this.buf.slice();
    return c;
  }
}

/**
 * A freed skb (users 0) made new again, keeping its buffer: what the
 * kernel's skbuff_cache and slab give __alloc_skb() back (the descriptor
 * zeroed up to `tail`, the head reused), without allocating. Only the owner
 * of the last reference may recycle; the buffer must be no clone's. Every
 * field the constructor sets is reset here (skbuff.test.ts checks).
 */
export function skbRecycle(skb: SkBuff, headroom: number): void {
  if (skb.users !== 0) throw new Error('skb_recycle: skb still in use');
  skb.data = headroom;
  skb.tail = headroom;
  skb.truesize = allocSkbTruesize(skb.buf.length);
  skb.macHeader = -1;
  skb.networkHeader = -1;
  skb.transportHeader = -1;
  skb.dev = null;
  skb.skbIif = 0;
  skb.dst = null;
  skb.mark = 0;
  skb.protocol = 0;
  skb.pktType = PACKET_HOST;
  skb.priority = 0;
  skb.tstamp = 0;
  skb.users = 1;
  skb.sk = null;
  skb.destructor = null;
  skb.serr = null;
  skb.id = 0;
  skb.ipcbFlags = 0;
  skb.neighCbFlags = 0;
  skb.dstPendingConfirm = false;
  skb.fclone = null;
  skb.vlanProto = 0;
  skb.vlanTci = 0;
  skb.brVlanFiltered = false;
  skb.fragMaxSize = 0;
  skb.fragListLens = null;
  skb.ipOpt = null;
  skb.nfct = null;
  skb.nfctinfo = 0;
  nfBridgeInfoFree(skb);
  skb.brnfPktOtherhost = false;
  skb.ignoreDf = false;
  skb.ignorePmtu = false;
  skb.gsoSize = 0;
  skb.gsoSegs = 0;
  skb.gsoType = 0;
  skb.ipSummed = CHECKSUM_NONE;
  skb.csumValid = false;
  skb.csumStart = 0;
  skb.csumOffset = 0;
  skb.cloned = false;
  skb.slab = null;
}

/**
 * skb_checksum_help(): finish a CHECKSUM_PARTIAL skb in software, for a
 * path that needs the real sum (a device without NETIF_F_HW_CSUM,
 * fragmentation): the ones' complement sum from csum_start to the end
 * (the field already holds the pseudo-header part) is folded into the
 * field, 0 sent as CSUM_MANGLED_0; the skb is CHECKSUM_NONE after. Data a
 * clone shares is copied first (skb_ensure_writable()).
 * @linux net/core/dev.c skb_checksum_help()
 */
export function skbChecksumHelp(skb: SkBuff): void {
  if (skb.ipSummed !== CHECKSUM_PARTIAL) return;
  if (skb.cloned) {
    skb.buf = skb.buf.slice();
    skb.cloned = false;
    skb.slab = null;
  }
  csumFinish(skb.buf, skb.csumStart, skb.tail, skb.csumOffset);
  skb.ipSummed = CHECKSUM_NONE;
}

/**
 * What the device does with a CHECKSUM_PARTIAL packet in `b`: the sum of
 * [start, end) folded into the field at start + offset ("csum_fold(csum) ?:
 * CSUM_MANGLED_0"). For a copy of the bytes (a capture file) as for the skb.
 */
export function csumFinish(b: Uint8Array, start: number, end: number, offset: number): void {
  const sum = csumFold(csumPartial(b, start, end - start, 0)) || CSUM_MANGLED_0;
  b[start + offset] = sum >> 8;
  b[start + offset + 1] = sum & 0xff;
}

/** skb_get(): one more reference; the holder frees it with kfree_skb()/consume_skb(). */
export function skbGet(skb: SkBuff): SkBuff {
  if (skb.users <= 0) throw new Error('skb_get: skb already freed');
  skb.users++;
  return skb;
}

/**
 * skb_unref(): drop one reference; true when it was the last (the caller
 * then frees the skb). Freeing a freed skb is a bug (refcount underflow).
 */
export function skbUnref(skb: SkBuff): boolean {
  if (skb.users <= 0) throw new Error('kfree_skb: skb already freed');
  if (--skb.users > 0) return false;
  return true;
}

/**
 * The end of skb_fclone_busy() for a TCP transmission: the skb is freed, or
 * orphaned (skb_fclone_busy() also wants fclones->skb2.sk == sk, and a
 * driver's skb_orphan() clears it).
 */
export function skbFcloneRelease(skb: SkBuff): void {
  const f = skb.fclone;
  if (!f) return;
  skb.fclone = null;
  f.fcloneBusy--;
}

/** skb_release_head_state(): the destructor uncharges the owning socket. */
export function skbReleaseHead(skb: SkBuff): void {
  skbFcloneRelease(skb);
  const d = skb.destructor;
  skb.destructor = null;
  d?.(skb);
  skb.sk = null;
}

/** struct sk_buff_head: a FIFO of skbs with its length (qlen). */
export class SkBuffHead {
  private items: Array<SkBuff | undefined> = [];
  private head = 0;

  get qlen(): number {
    return this.items.length - this.head;
  }

  /** skb_queue_tail() */
  queueTail(skb: SkBuff): void {
    this.items.push(skb);
  }

  /** skb_peek() */
  peek(): SkBuff | null {
    return this.items[this.head] ?? null;
  }

  /** skb_dequeue() */
  dequeue(): SkBuff | null {
    const skb = this.items[this.head];
    if (!skb) return null;
    this.items[this.head++] = undefined;
    if (this.head > 32 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return skb;
  }

  /** The queued skbs, oldest first (for tests and /proc). */
  toArray(): SkBuff[] {
    return this.items.slice(this.head).filter((x): x is SkBuff => x !== undefined);
  }
}

/**
 * skb_cow_head(): at least `headroom` bytes before the data, and data of
 * this skb's own (a clone's shared buffer is copied first), as a tunnel
 * needs before it pushes its headers. pskb_expand_head() moves the header
 * offsets with the data; the buffer is no longer the cache's.
 */
export function skbCowHead(skb: SkBuff, headroom: number): void {
  if (skb.data >= headroom && !skb.cloned) return;
  const extra = Math.max(0, headroom - skb.data) + 32;
  const buf = new Uint8Array(skb.buf.length + extra);
  buf.set(skb.buf, extra);
  skb.buf = buf;
  skb.data += extra;
  skb.tail += extra;
  if (skb.macHeader >= 0) skb.macHeader += extra;
  if (skb.networkHeader >= 0) skb.networkHeader += extra;
  if (skb.transportHeader >= 0) skb.transportHeader += extra;
  skb.csumStart += extra;
  skb.cloned = false;
  skb.slab = null;
}

/** skb_ext_del(skb, SKB_EXT_BRIDGE_NF): the frame's bridge netfilter info goes. */
export function nfBridgeInfoFree(skb: SkBuff): void {
  skb.brnfPhysindev = null;
  skb.brnfPhysoutdev = null;
  skb.brnfInPrerouting = false;
  skb.brnfSabotageInDone = false;
}
