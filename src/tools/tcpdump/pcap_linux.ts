/**
 * libpcap's memory-mapped capture setup on Linux: PACKET_AUXDATA, then a
 * TPACKET_V3 ring of blocks that retire after the capture timeout, or in
 * immediate mode a TPACKET_V2 ring of frames sized for the snapshot (for
 * Ethernet, no larger than the MTU, or 64 KiB when the device offloads,
 * plus 18); both rings as large as the capture buffer (2 MiB).
 * @libpcap pcap-linux.c activate_pf_packet() prepare_tpacket_socket() create_ring()
 */
import type { Net } from '../../net/core/net_namespace.js';
import type { Errno } from '../../net/core/errno.js';
import { ethtoolOffloadOn, ifGetMtu, packetRxRing, setsockopt, type Socket } from '../../net/socket.js';
import {
  PACKET_AUXDATA, PACKET_RESERVE, PACKET_VERSION, SOL_PACKET, TPACKET_V2, TPACKET_V3, tpacketAlign, type TpacketReq3,
} from '../../uapi/linux/if_packet.js';

/** MAXIMUM_SNAPLEN: a V3 "frame" (block share) is this large. */
const MAXIMUM_SNAPLEN = 262144;
/** The default capture buffer (opt.buffer_size). */
const BUFFER_SIZE = 2 * 1024 * 1024;
const VLAN_TAG_LEN = 4;
const SLL2_HDR_LEN = 20;
/** MAX_LINKHEADER_SIZE: the room a SOCK_RAW frame leaves for the link-layer header. */
const MAX_LINKHEADER_SIZE = 256;
/** sizeof(struct tpacket2_hdr) and sizeof(struct sockaddr_ll) */
const TPACKET2_HDR = 32;
const SOCKADDR_LL = 20;
const PAGE_SIZE = 4096;

export interface RingOpts {
  /** -i any: cooked (SOCK_DGRAM) capture. */
  readonly cooked: boolean;
  readonly iface: string;
  readonly snaplen: number;
  readonly immediate: boolean;
  /** pcap_set_timeout() in ms */
  readonly timeoutMs: number;
}

/** create_ring()'s tp_frame_size and tp_frame_nr for a TPACKET_V2 ring. */
function v2Frames(net: Net, o: RingOpts, reserve: number): [number, number] {
  let frameSize = o.snaplen;
  if (!o.cooked) {
    // DLT_EN10MB: nothing larger than the device can hand over.
    const mtu = ifGetMtu(net, o.iface) ?? 0;
    const max = (ethtoolOffloadOn(net, o.iface) ? Math.max(mtu, 65535) : mtu) + 18;
    frameSize = Math.min(frameSize, max);
  }
  const maclen = o.cooked ? 0 : MAX_LINKHEADER_SIZE;
  const hdrlen = tpacketAlign(TPACKET2_HDR) + SOCKADDR_LL;
  const netoff = tpacketAlign(hdrlen + Math.max(maclen, 16)) + reserve;
  const size = tpacketAlign(netoff - maclen + frameSize);
  return [size, Math.ceil(BUFFER_SIZE / size)];
}

/** prepare_tpacket_socket() + create_ring() */
export function pcapCreateRing(net: Net, s: Socket, o: RingOpts): 0 | Errno {
  const version = o.immediate ? TPACKET_V2 : TPACKET_V3;
  const reserve = VLAN_TAG_LEN + (o.cooked ? SLL2_HDR_LEN - 16 : 0);
  const e = setsockopt(s, SOL_PACKET, PACKET_AUXDATA, 1) || setsockopt(s, SOL_PACKET, PACKET_VERSION, version) ||
    setsockopt(s, SOL_PACKET, PACKET_RESERVE, reserve);
  if (e) return e;
  const [frameSize, frames] = version === TPACKET_V3 ? [MAXIMUM_SNAPLEN, Math.ceil(BUFFER_SIZE / MAXIMUM_SNAPLEN)] : v2Frames(net, o, reserve);
  let blockSize = PAGE_SIZE;
  while (blockSize < frameSize) blockSize <<= 1;
  const perBlock = Math.floor(blockSize / frameSize);
  const blockNr = Math.floor(frames / perBlock);
  const req: TpacketReq3 = {
    blockSize, blockNr, frameSize, frameNr: blockNr * perBlock,
    retireBlkTov: version === TPACKET_V3 ? o.timeoutMs : 0, sizeofPriv: 0, featureReqWord: 0,
  };
  return packetRxRing(s, req);
}
