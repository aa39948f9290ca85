/**
 * struct neigh_parms: the per-device neighbour knobs (net.ipv4.neigh.DEV.*)
 * with the ARP table's defaults, and the table-wide gc settings.
 * Times are in milliseconds, always a whole number of jiffies (HZ 250).
 * @linux include/net/neighbour.h, net/ipv4/arp.c arp_tbl, net/core/neighbour.c
 */
import type { NetDevice } from './netdevice.js';

/** include/net/neighbour.h enum NEIGH_VAR_*: the data[] slots. */
export const enum NeighVar {
  MCAST_PROBES = 0,
  UCAST_PROBES,
  APP_PROBES,
  MCAST_REPROBES,
  RETRANS_TIME,
  BASE_REACHABLE_TIME,
  DELAY_PROBE_TIME,
  INTERVAL_PROBE_TIME_MS,
  GC_STALETIME,
  QUEUE_LEN_BYTES,
  PROXY_QLEN,
  ANYCAST_DELAY,
  PROXY_DELAY,
  LOCKTIME,
}

/** NEIGH_VAR_DATA_MAX */
export const NEIGH_VAR_DATA_MAX = 14;

/**
 * SKB_TRUESIZE(ETH_FRAME_LEN) on x86-64 6.1: 1514 + 256 + 320. unres_qlen
 * is shown as unres_qlen_bytes divided by it (212992 / 2090 = 101).
 */
export const SKB_TRUESIZE_ETH_FRAME_LEN = 2090;

/**
 * NEIGH_VAR(p, QUEUE_LEN_BYTES) / SKB_TRUESIZE(ETH_FRAME_LEN): an int over a
 * size_t, so a negative byte count (ip ntable change queue 4294967295 stores
 * -2090) divides as a u64; the caller truncates to its int or u32.
 */
export function queueLenPackets(bytes: number): bigint {
  return BigInt.asUintN(64, BigInt(bytes)) / BigInt(SKB_TRUESIZE_ETH_FRAME_LEN);
}

/** SK_WMEM_MAX: SKB_TRUESIZE(256) * 256, the default unres_qlen_bytes. */
export const SK_WMEM_MAX = 212992;

/** @linux net/ipv4/arp.c arp_tbl.parms.data (jiffies there, ms here), by NEIGH_VAR_*. */
export const ARP_PARMS_DATA: readonly number[] = (() => {
  const d = new Array<number>(NEIGH_VAR_DATA_MAX).fill(0);
  d[NeighVar.MCAST_PROBES] = 3;
  d[NeighVar.UCAST_PROBES] = 3;
  d[NeighVar.RETRANS_TIME] = 1000;
  d[NeighVar.BASE_REACHABLE_TIME] = 30000;
  d[NeighVar.DELAY_PROBE_TIME] = 5000;
  d[NeighVar.INTERVAL_PROBE_TIME_MS] = 5000;
  d[NeighVar.GC_STALETIME] = 60000;
  d[NeighVar.QUEUE_LEN_BYTES] = SK_WMEM_MAX;
  d[NeighVar.PROXY_QLEN] = 64;
  d[NeighVar.ANYCAST_DELAY] = 1000;
  d[NeighVar.PROXY_DELAY] = 800;
  d[NeighVar.LOCKTIME] = 1000;
  return d;
})();

/** A data_state with no bit set. */
const NO_DATA_STATE: readonly number[] = new Array<number>(NEIGH_VAR_DATA_MAX).fill(0);

/** arp_tbl's table-wide knobs (only init_net shows them, as neigh/default/gc_*). */
export const ARP_TBL_GC = { gcInterval: 30000, gcThresh1: 128, gcThresh2: 512, gcThresh3: 1024 } as const;

/**
 * struct neigh_parms, as neigh_parms_alloc() makes it from the table's
 * parms. Its data and data_state are the (never written) defaults until a
 * slot of this set is written, then copied: the parms of every device of
 * every namespace cost no arrays of their own until a knob of theirs changes.
 */
export class NeighParms {
  /** p->dev: null for the table defaults (tbl->parms). */
  dev: NetDevice | null = null;
  /** data[NEIGH_VAR_*]: counts, bytes, or milliseconds for the time slots. */
  private data: number[];
  /** data_state: 1 once the slot was written on this device. */
  private dataState: number[];
  /** `data` and `dataState` are the shared defaults: copy them before a write. */
  private shared = true;
  /**
   * p->reachable_time (ms): neigh_rand_reach_time(base_reachable_time),
   * recomputed by the neighbour code; starts at the base value.
   */
  reachableTime: number;
  /**
   * Whether reachable_time got its first random value (Linux: at
   * neigh_parms_alloc(); tuxnet draws it at first use, with the lab's RNG).
   */
  reachableRandomised = false;

  /** `defaults` (by NEIGH_VAR_*, never written): the table's parms.data, arp_tbl's unless given. */
  constructor(defaults: readonly number[] = ARP_PARMS_DATA) {
    this.data = defaults as number[];
    this.dataState = NO_DATA_STATE as number[];
    this.reachableTime = this.data[NeighVar.BASE_REACHABLE_TIME]!;
  }

  /** Own copies of data and data_state before a write. */
  private own(): void {
    if (!this.shared) return;
    this.data = this.data.slice();
    this.dataState = this.dataState.slice();
    this.shared = false;
  }

  /** NEIGH_VAR() */
  get(i: NeighVar): number {
    return this.data[i]!;
  }

  /** NEIGH_VAR_SET(): the value and its data_state bit. */
  set(i: NeighVar, v: number): void {
    this.own();
    this.dataState[i] = 1;
    this.data[i] = v;
  }

  /** NEIGH_VAR_INIT(): the value only (ndo_neigh_setup). */
  init(i: NeighVar, v: number): void {
    if (this.data[i] === v) return;
    this.own();
    this.data[i] = v;
  }

  /** test_bit(index, p->data_state) */
  isSet(i: NeighVar): boolean {
    return this.dataState[i] === 1;
  }

  /** set_bit(index, p->data_state) (neigh_proc_update()) */
  markSet(i: NeighVar): void {
    if (this.dataState[i] === 1) return;
    this.own();
    this.dataState[i] = 1;
  }

  /** neigh_parms_data_state_setall() */
  setAll(): void {
    this.own();
    this.dataState.fill(1);
  }

  get mcastProbes(): number {
    return this.data[NeighVar.MCAST_PROBES]!;
  }
  get ucastProbes(): number {
    return this.data[NeighVar.UCAST_PROBES]!;
  }
  get appProbes(): number {
    return this.data[NeighVar.APP_PROBES]!;
  }
  get mcastReprobes(): number {
    return this.data[NeighVar.MCAST_REPROBES]!;
  }
  /** ms */
  get retransTime(): number {
    return this.data[NeighVar.RETRANS_TIME]!;
  }
  /** ms */
  get baseReachableTime(): number {
    return this.data[NeighVar.BASE_REACHABLE_TIME]!;
  }
  /** ms */
  get delayProbeTime(): number {
    return this.data[NeighVar.DELAY_PROBE_TIME]!;
  }
  /** ms */
  get intervalProbeTime(): number {
    return this.data[NeighVar.INTERVAL_PROBE_TIME_MS]!;
  }
  /** ms */
  get gcStaletime(): number {
    return this.data[NeighVar.GC_STALETIME]!;
  }
  get queueLenBytes(): number {
    return this.data[NeighVar.QUEUE_LEN_BYTES]!;
  }
  get proxyQlen(): number {
    return this.data[NeighVar.PROXY_QLEN]!;
  }
  /** ms */
  get anycastDelay(): number {
    return this.data[NeighVar.ANYCAST_DELAY]!;
  }
  /** ms */
  get proxyDelay(): number {
    return this.data[NeighVar.PROXY_DELAY]!;
  }
  /** ms */
  get locktime(): number {
    return this.data[NeighVar.LOCKTIME]!;
  }
}
