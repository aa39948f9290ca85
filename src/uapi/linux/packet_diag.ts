/**
 * NETLINK_SOCK_DIAG for AF_PACKET sockets: the dump request (struct
 * packet_diag_req), the answer per socket (struct packet_diag_msg) and the
 * attributes ss asks for (PACKET_DIAG_INFO, _MEMINFO, _FILTER, the ring
 * configurations, _FANOUT, _UID), as decoded objects.
 * @linux include/uapi/linux/packet_diag.h
 */
import type { SockFilter } from './filter.js';

/** pdiag_show bits */
export const PACKET_SHOW_INFO = 0x00000001;
export const PACKET_SHOW_MCLIST = 0x00000002;
export const PACKET_SHOW_RING_CFG = 0x00000004;
export const PACKET_SHOW_FANOUT = 0x00000008;
export const PACKET_SHOW_MEMINFO = 0x00000010;
export const PACKET_SHOW_FILTER = 0x00000020;

/** pdi_flags */
export const PDI_RUNNING = 0x1;
export const PDI_AUXDATA = 0x2;
export const PDI_ORIGDEV = 0x4;
export const PDI_VNETHDR = 0x8;
export const PDI_LOSS = 0x10;

/** struct packet_diag_req */
export interface PacketDiagReq {
  /** sdiag_family: AF_PACKET */
  readonly family: number;
  /** sdiag_protocol: must be 0 (no protocol filtering yet). */
  readonly protocol: number;
  /** pdiag_show: the PACKET_SHOW_* attributes wanted. */
  readonly show: number;
}

/** struct packet_diag_info (PACKET_DIAG_INFO) */
export interface PacketDiagInfo {
  readonly index: number;
  /** TPACKET_V1 0, V2 1, V3 2. */
  readonly version: number;
  readonly reserve: number;
  readonly copyThresh: number;
  readonly tstamp: number;
  readonly flags: number;
}

/** struct packet_diag_ring (PACKET_DIAG_RX_RING / _TX_RING) */
export interface PacketDiagRing {
  readonly blockSize: number;
  readonly blockNr: number;
  readonly frameSize: number;
  readonly frameNr: number;
  /** ms, TPACKET_V3 only (0 before). */
  readonly retireTmo: number;
  readonly sizeofPriv: number;
  readonly features: number;
}

/** struct packet_diag_msg with the attributes asked for. */
export interface PacketDiagMsg {
  readonly family: number;
  /** pdiag_type: SOCK_RAW or SOCK_DGRAM. */
  readonly type: number;
  /** pdiag_num: the bound protocol, host order. */
  readonly num: number;
  readonly ino: number;
  readonly cookie: number;
  readonly info?: PacketDiagInfo;
  readonly uid?: number;
  readonly rxRing?: PacketDiagRing;
  readonly txRing?: PacketDiagRing;
  /** id | type << 16 */
  readonly fanout?: number;
  /** SK_MEMINFO_*: r, rb, t, tb, f, w, o, bl, d */
  readonly meminfo?: readonly number[];
  /** The classic program attached (sk_get_filter()'s copy). */
  readonly filter?: readonly SockFilter[];
}
