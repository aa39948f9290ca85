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

/** SK_WMEM_MAX: SKB_TRUESIZE(256) * 256, the default unres_qlen_bytes. */
export const SK_WMEM_MAX = 212992;

/** @linux net/ipv4/arp.c arp_tbl.parms.data (jiffies there, ms here). */
const ARP_DEFAULTS: ReadonlyArray<readonly [NeighVar, number]> = [
  [NeighVar.MCAST_PROBES, 3],
  [NeighVar.UCAST_PROBES, 3],
  [NeighVar.RETRANS_TIME, 1000],
  [NeighVar.BASE_REACHABLE_TIME, 30000],
  [NeighVar.DELAY_PROBE_TIME, 5000],
  [NeighVar.INTERVAL_PROBE_TIME_MS, 5000],
  [NeighVar.GC_STALETIME, 60000],
  [NeighVar.QUEUE_LEN_BYTES, SK_WMEM_MAX],
  [NeighVar.PROXY_QLEN, 64],
  [NeighVar.ANYCAST_DELAY, 1000],
  [NeighVar.PROXY_DELAY, 800],
  [NeighVar.LOCKTIME, 1000],
];

/** arp_tbl's table-wide knobs (only init_net shows them, as neigh/default/gc_*). */
export const ARP_TBL_GC = { gcInterval: 30000, gcThresh1: 128, gcThresh2: 512, gcThresh3: 1024 } as const;

/** struct neigh_parms, as neigh_parms_alloc() makes it from arp_tbl.parms. */
export class NeighParms {
  /** p->dev: null for the table defaults (tbl->parms). */
  dev: NetDevice | null = null;
  /** data[NEIGH_VAR_*]: counts, bytes, or milliseconds for the time slots. */
  readonly data = new Float64Array(NEIGH_VAR_DATA_MAX);
  /** data_state: bit set once the slot was written on this device. */
  readonly dataState = new Uint8Array(NEIGH_VAR_DATA_MAX);
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

  constructor() {
    for (const [i, v] of ARP_DEFAULTS) this.data[i] = v;
    this.reachableTime = this.data[NeighVar.BASE_REACHABLE_TIME]!;
  }

  /** NEIGH_VAR() */
  get(i: NeighVar): number {
    return this.data[i]!;
  }

  /** NEIGH_VAR_SET(): the value and its data_state bit. */
  set(i: NeighVar, v: number): void {
    this.dataState[i] = 1;
    this.data[i] = v;
  }

  /** NEIGH_VAR_INIT(): the value only (ndo_neigh_setup). */
  init(i: NeighVar, v: number): void {
    this.data[i] = v;
  }

  /** neigh_parms_data_state_setall() */
  setAll(): void {
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
