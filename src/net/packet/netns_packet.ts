/**
 * struct netns_packet: a namespace's AF_PACKET sockets, oldest first
 * (packet_create() adds at the tail), as packet_diag and /proc/net/packet
 * walk them.
 * @linux include/net/netns/packet.h
 */
import type { PacketSock } from './af_packet.js';

export class NetnsPacket {
  /** net->packet.sklist */
  readonly sklist: PacketSock[] = [];
  /** packet_notifier is on the namespace's netdev chain */
  notifierRegistered = false;
}
