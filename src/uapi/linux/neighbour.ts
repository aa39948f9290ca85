/**
 * Neighbour messages (RTM_NEWNEIGH / RTM_DELNEIGH / RTM_GETNEIGH): struct
 * ndmsg and its NDA_* attributes, NUD_* states and NTF_* flags.
 * @linux include/uapi/linux/neighbour.h
 */

/** ndm_state */
export const NUD_NONE = 0x00;
export const NUD_INCOMPLETE = 0x01;
export const NUD_REACHABLE = 0x02;
export const NUD_STALE = 0x04;
export const NUD_DELAY = 0x08;
export const NUD_PROBE = 0x10;
export const NUD_FAILED = 0x20;
export const NUD_NOARP = 0x40;
export const NUD_PERMANENT = 0x80;

/** ndm_flags */
export const NTF_USE = 1 << 0;
export const NTF_SELF = 1 << 1;
export const NTF_MASTER = 1 << 2;
export const NTF_PROXY = 1 << 3;
export const NTF_EXT_LEARNED = 1 << 4;
export const NTF_OFFLOADED = 1 << 5;
export const NTF_STICKY = 1 << 6;
export const NTF_ROUTER = 1 << 7;
/** NDA_FLAGS_EXT bits */
export const NTF_EXT_MANAGED = 1 << 0;

/** struct nda_cacheinfo (clock_t, USER_HZ 100). */
export interface NdaCacheinfo {
  confirmed: number;
  used: number;
  updated: number;
  refcnt: number;
}

/** struct ndmsg and the attributes the kernel fills (neigh_fill_info). */
export interface NdMsg {
  family: number;
  ifindex: number;
  state: number;
  flags: number;
  type: number;
  /** NDA_DST, host order (AF_INET). */
  dst: number;
  /** NDA_DST of an AF_INET6 entry. */
  dst6?: Uint8Array;
  /** NDA_LLADDR (only for NUD_VALID states). */
  lladdr: Uint8Array | null;
  cacheinfo: NdaCacheinfo | null;
  /** NDA_PROBES */
  probes: number | null;
  /** NDA_PROTOCOL, 0 when absent. */
  protocol: number;
  /** NDA_FLAGS_EXT */
  flagsExt: number;
  /** No NDA_DST (a bridge's fdb entry, AF_BRIDGE): print_neigh() prints no address. */
  noDst?: boolean;
}

/** The request iproute2 builds: struct ndmsg + NDA_* as sent. */
export interface NeighRequest {
  family: number;
  ifindex: number;
  state: number;
  flags: number;
  /** NDA_FLAGS_EXT, 0 when absent. */
  flagsExt: number;
  /** NDA_DST: the address and its attribute length. */
  dst: { addr: number; len: number; addr6?: Uint8Array } | null;
  /** NDA_LLADDR as given (may be shorter or longer than the device's). */
  lladdr: Uint8Array | null;
  /** NDA_PROTOCOL, 0 when absent. */
  protocol: number;
  /** NDA_IFINDEX of a dump request, 0 when absent. */
  ifindexAttr?: number;
  /** NDA_MASTER of a dump request: 0 when absent, -1 for "nomaster". */
  master?: number;
}

/**
 * NDTA_PARMS / NDTPA_*: one struct neigh_parms (times in ms). `ifindex` is
 * absent for the table defaults.
 */
export interface NdtParms {
  ifindex?: number;
  refcnt?: number;
  queueLenBytes?: number;
  /** NDTPA_QUEUE_LEN: packets (QUEUE_LEN_BYTES / SKB_TRUESIZE(ETH_FRAME_LEN)) */
  queueLen?: number;
  proxyQlen?: number;
  appProbes?: number;
  ucastProbes?: number;
  mcastProbes?: number;
  mcastReprobes?: number;
  reachableTime?: number;
  baseReachableTime?: number;
  gcStaletime?: number;
  delayProbeTime?: number;
  retransTime?: number;
  anycastDelay?: number;
  proxyDelay?: number;
  locktime?: number;
  intervalProbeTimeMs?: number;
}

/** struct ndt_config */
export interface NdtConfig {
  keyLen: number;
  entrySize: number;
  entries: number;
  /** ms since the last forced gc flush / reachable_time randomisation */
  lastFlush: number;
  lastRand: number;
  hashRnd: number;
  hashMask: number;
  hashChainGc: number;
  proxyQlen: number;
}

/** struct ndt_stats */
export interface NdtStats {
  allocs: number;
  destroys: number;
  hashGrows: number;
  resFailed: number;
  lookups: number;
  hits: number;
  rcvProbesMcast: number;
  rcvProbesUcast: number;
  periodicGcRuns: number;
  forcedGcRuns: number;
  tableFulls: number;
}

/** RTM_NEWNEIGHTBL / RTM_SETNEIGHTBL / RTM_GETNEIGHTBL: struct ndtmsg and NDTA_* attributes. */
export interface NdtMsg {
  family: number;
  name?: string;
  thresh1?: number;
  thresh2?: number;
  thresh3?: number;
  /** NDTA_GC_INTERVAL, ms */
  gcInterval?: number;
  config?: NdtConfig;
  stats?: NdtStats;
  parms?: NdtParms;
}
