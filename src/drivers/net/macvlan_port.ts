/**
 * macvlan's shared state: struct macvlan_port (one per lower device: its
 * macvlans, hashed by MAC, the source-mode MAC list, the broadcast queue)
 * and struct macvlan_dev (one per macvlan). The hash tables keep the
 * kernel's iteration order: bucket macvlan_eth_hash() ascending, newest
 * first inside a bucket (hlist_add_head_rcu), which `ip -d link` shows for
 * the source list.
 * @linux drivers/net/macvlan.c
 */
import type { NetDevice } from '../../net/core/netdevice.js';
import type { SkBuff } from '../../net/core/skbuff.js';

export interface MacvlanDev {
  readonly dev: NetDevice;
  readonly lowerdev: NetDevice;
  readonly port: MacvlanPort;
  /** MACVLAN_MODE_* */
  mode: number;
  /** MACVLAN_FLAG_* */
  flags: number;
  macaddrCount: number;
  bcQueueLenReq: number;
  /** On port.vlanHash (between ndo_open and ndo_stop). */
  hashed: boolean;
}

/** struct macvlan_source_entry */
export interface MacvlanSourceEntry {
  readonly addr: Uint8Array;
  readonly vlan: MacvlanDev;
  readonly bucket: number;
}

export interface MacvlanPort {
  readonly dev: NetDevice;
  /** port->vlans: in creation order (passthru takes the first). */
  readonly vlans: MacvlanDev[];
  /** port->vlan_hash, flattened in hash_for_each order; entries carry their bucket. */
  readonly vlanHash: { vlan: MacvlanDev; bucket: number }[];
  readonly sourceHash: MacvlanSourceEntry[];
  passthru: boolean;
  /** MACVLAN_F_ADDRCHANGE: a passthru macvlan is changing the lower device's address. */
  addrChange: boolean;
  count: number;
  /** The lower device's address at port creation, restored when a passthru port goes. */
  readonly permAddr: Uint8Array;
  bcQueueLenUsed: number;
  /** port->bc_queue with MACVLAN_SKB_CB(skb)->src beside each skb. */
  readonly bcQueue: SkBuff[];
  readonly bcSrc: (MacvlanDev | null)[];
  bcScheduled: boolean;
  /** port->bc_work: macvlan_process_broadcast() bound to this port. */
  readonly bcWork: () => void;
}

const GOLDEN_RATIO_64 = 0x61c8864680b583ebn;
const MASK64 = (1n << 64n) - 1n;

/**
 * macvlan_eth_hash(): hash_64() of the six address bytes read as a
 * little-endian u64 shifted left by 16, into MACVLAN_HASH_BITS (8) bits.
 * Control plane only (BigInt); lookups on the data path scan the table.
 */
export function macvlanEthHash(addr: Uint8Array): number {
  let v = 0n;
  for (let i = 5; i >= 0; i--) v = (v << 8n) | BigInt(addr[i] ?? 0);
  v = (v << 16n) & MASK64;
  return Number(((v * GOLDEN_RATIO_64) & MASK64) >> 56n);
}

/** Where an entry of `bucket` goes: before the first entry of the same or a later bucket (hlist_add_head). */
function insertAt(list: readonly { bucket: number }[], bucket: number): number {
  let i = 0;
  while (i < list.length && list[i]!.bucket < bucket) i++;
  return i;
}

/** ether_addr_equal() of `a` with the six bytes of `b` at `off`. */
export function macEqualAt(a: Uint8Array, b: Uint8Array, off: number): boolean {
  for (let i = 0; i < 6; i++) if (a[i] !== b[off + i]) return false;
  return true;
}

/** macvlan_hash_lookup(): the macvlan of the address at b[off], or null. */
export function macvlanHashLookup(port: MacvlanPort, b: Uint8Array, off: number): MacvlanDev | null {
  const h = port.vlanHash;
  for (let i = 0; i < h.length; i++) {
    const v = h[i]!.vlan;
    if (macEqualAt(v.dev.devAddr, b, off)) return v;
  }
  return null;
}

/** macvlan_hash_add() */
export function macvlanHashAdd(vlan: MacvlanDev): void {
  if (vlan.hashed) return;
  const bucket = macvlanEthHash(vlan.dev.devAddr);
  const h = vlan.port.vlanHash;
  h.splice(insertAt(h, bucket), 0, { vlan, bucket });
  vlan.hashed = true;
}

/** macvlan_hash_del() */
export function macvlanHashDel(vlan: MacvlanDev): void {
  const h = vlan.port.vlanHash;
  const i = h.findIndex((e) => e.vlan === vlan);
  if (i >= 0) h.splice(i, 1);
  vlan.hashed = false;
}

/** macvlan_hash_lookup_source() */
export function macvlanHashLookupSource(vlan: MacvlanDev, addr: Uint8Array): MacvlanSourceEntry | null {
  for (const e of vlan.port.sourceHash) if (e.vlan === vlan && macEqualAt(addr, e.addr, 0)) return e;
  return null;
}

/** macvlan_hash_add_source(): once per address and macvlan. */
export function macvlanHashAddSource(vlan: MacvlanDev, addr: Uint8Array): void {
  if (macvlanHashLookupSource(vlan, addr)) return;
  const bucket = macvlanEthHash(addr);
  const h = vlan.port.sourceHash;
  h.splice(insertAt(h, bucket), 0, { addr: addr.slice(0, 6), vlan, bucket });
  vlan.macaddrCount++;
}

/** macvlan_hash_del_source() */
export function macvlanHashDelSource(e: MacvlanSourceEntry): void {
  const h = e.vlan.port.sourceHash;
  const i = h.indexOf(e);
  if (i >= 0) h.splice(i, 1);
}

/** macvlan_flush_sources() */
export function macvlanFlushSources(port: MacvlanPort, vlan: MacvlanDev): void {
  for (let i = port.sourceHash.length - 1; i >= 0; i--) {
    if (port.sourceHash[i]!.vlan === vlan) port.sourceHash.splice(i, 1);
  }
  vlan.macaddrCount = 0;
}

/** update_port_bc_queue_len(): the largest request of the port's macvlans. */
export function updatePortBcQueueLen(port: MacvlanPort): void {
  let max = 0;
  for (const v of port.vlans) if (v.bcQueueLenReq > max) max = v.bcQueueLenReq;
  port.bcQueueLenUsed = max;
}
