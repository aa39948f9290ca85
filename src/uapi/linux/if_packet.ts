/**
 * AF_PACKET: struct sockaddr_ll, the packet types a capture sees, and the
 * SOL_PACKET options.
 * @linux include/uapi/linux/if_packet.h
 */

/** struct sockaddr_ll: where a frame came from (or which device to bind). */
export interface SockaddrLl {
  /** sll_protocol, host order (the ethertype). */
  readonly protocol: number;
  readonly ifindex: number;
  /** sll_hatype: ARPHRD_* of the device. */
  readonly hatype: number;
  /** sll_pkttype: PACKET_HOST ... PACKET_OUTGOING. */
  readonly pkttype: number;
  /** sll_addr[sll_halen]: the sender's link-layer address. */
  readonly addr: Uint8Array;
}

/** sll_pkttype values */
export const PACKET_HOST = 0;
export const PACKET_BROADCAST = 1;
export const PACKET_MULTICAST = 2;

export const SOL_PACKET = 263;
export const PACKET_ADD_MEMBERSHIP = 1;
export const PACKET_DROP_MEMBERSHIP = 2;
export const PACKET_STATISTICS = 6;
export const PACKET_MR_PROMISC = 1;

/** struct tpacket_stats: what PACKET_STATISTICS reads (and resets). */
export interface TpacketStats {
  readonly packets: number;
  readonly drops: number;
}

export const PACKET_RX_RING = 5;
export const PACKET_AUXDATA = 8;
export const PACKET_ORIGDEV = 9;
export const PACKET_VERSION = 10;
export const PACKET_RESERVE = 12;
export const PACKET_LOSS = 14;

/** enum tpacket_versions */
export const TPACKET_V1 = 0;
export const TPACKET_V2 = 1;
export const TPACKET_V3 = 2;

/** TPACKET_ALIGNMENT */
export const TPACKET_ALIGNMENT = 16;
export const tpacketAlign = (x: number): number => (x + TPACKET_ALIGNMENT - 1) & ~(TPACKET_ALIGNMENT - 1);

/** struct tpacket_req3 (a TPACKET_V1/V2 ring uses its first four fields). */
export interface TpacketReq3 {
  readonly blockSize: number;
  readonly blockNr: number;
  readonly frameSize: number;
  readonly frameNr: number;
  /** ms a V3 block stays open; 0: the kernel's default. */
  readonly retireBlkTov: number;
  readonly sizeofPriv: number;
  readonly featureReqWord: number;
}
