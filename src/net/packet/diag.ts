/**
 * packet_diag: the NETLINK_SOCK_DIAG dump of a namespace's AF_PACKET
 * sockets (oldest first) with the attributes the request shows: the bound
 * device, ring version and flags, the rings' geometry, the memory counters
 * and the attached classic filter. Also /proc/net/packet.
 * @linux net/packet/diag.c sk_diag_fill(), net/packet/af_packet.c packet_seq_show()
 */
import type { Net, NetWorld } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import { sockDiagRegister } from '../core/sock_diag.js';
import { AF_PACKET } from '../../uapi/linux/socket.js';
import {
  PACKET_SHOW_FILTER, PACKET_SHOW_INFO, PACKET_SHOW_MEMINFO, PACKET_SHOW_RING_CFG, PDI_AUXDATA,
  PDI_LOSS, PDI_ORIGDEV, PDI_RUNNING, type PacketDiagInfo, type PacketDiagMsg, type PacketDiagReq, type PacketDiagRing,
} from '../../uapi/linux/packet_diag.js';
import type { PacketSock } from './af_packet.js';

/** pdiag_put_info() */
function pdiagInfo(po: PacketSock): PacketDiagInfo {
  const flags = (po.running ? PDI_RUNNING : 0) | (po.auxdata ? PDI_AUXDATA : 0) | (po.origdev ? PDI_ORIGDEV : 0) | (po.tpLoss ? PDI_LOSS : 0);
  return { index: po.ifindex, version: po.tpVersion, reserve: po.tpReserve, copyThresh: po.copyThresh, tstamp: 0, flags };
}

/** pdiag_put_ring() of the receive ring (the lab's sockets have no transmit ring). */
function pdiagRing(po: PacketSock): PacketDiagRing | undefined {
  const r = po.rxRing;
  if (!r) return undefined;
  return {
    blockSize: r.blockSize, blockNr: r.blockNr, frameSize: r.frameSize, frameNr: r.frameNr,
    retireTmo: r.retireBlkTov, sizeofPriv: r.sizeofPriv, features: r.featureReqWord,
  };
}

/** sk_diag_fill() */
function skDiagFill(po: PacketSock, req: PacketDiagReq): PacketDiagMsg {
  const show = (bit: number): boolean => (req.show & bit) !== 0;
  return {
    family: AF_PACKET, type: po.type, num: po.num, ino: po.ino, cookie: po.genCookie(),
    info: show(PACKET_SHOW_INFO) ? pdiagInfo(po) : undefined,
    uid: show(PACKET_SHOW_INFO) ? 0 : undefined,
    rxRing: show(PACKET_SHOW_RING_CFG) ? pdiagRing(po) : undefined,
    // PACKET_SHOW_FANOUT: the lab's sockets join no fanout group.
    // sock_diag_put_meminfo(): o is the filter's charge.
    meminfo: show(PACKET_SHOW_MEMINFO) ? [po.skRmemAlloc, po.skRcvbuf, 0, po.skSndbuf, 0, 0, po.skOmemAlloc, 0, po.skDrops] : undefined,
    filter: show(PACKET_SHOW_FILTER) && po.filter ? po.filter.insns : undefined,
  };
}

/** packet_diag_handler_dump() + packet_diag_dump() */
function packetDiagDump(net: Net, req: PacketDiagReq): PacketDiagMsg[] {
  if (req.protocol) throw new KError('EINVAL');
  return net.packet.sklist.map((po) => skDiagFill(po, req));
}

/** packet_diag_init(): sock_diag_register(&packet_diag_handler) */
export function packetDiagInit(world: NetWorld): void {
  sockDiagRegister(world, AF_PACKET, (net, req) => packetDiagDump(net, req as PacketDiagReq));
}

/** packet_seq_show(): /proc/net/packet (the socket pointer as %pK hides it). */
export function procNetPacket(net: Net): string {
  let out = 'sk               RefCnt Type Proto  Iface R Rmem   User   Inode\n';
  for (const po of net.packet.sklist) {
    // One reference for the socket, one for the list, one while the protocol hook holds it.
    const refcnt = po.running ? 3 : 2;
    out += `${'0'.repeat(16)} ${String(refcnt).padEnd(6)} ${String(po.type).padEnd(4)} ${po.num.toString(16).padStart(4, '0')}   ` +
      `${String(po.ifindex).padEnd(5)} ${po.running ? 1 : 0} ${String(po.skRmemAlloc).padEnd(6)} ${'0'.padEnd(6)} ${String(po.ino).padEnd(6)}\n`;
  }
  return out;
}
