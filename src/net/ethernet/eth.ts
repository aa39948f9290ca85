/**
 * Ethernet receive classification.
 * @linux net/ethernet/eth.c
 */
import type { SkBuff } from '../core/skbuff.js';
import { NET_ADDR_RANDOM, type NetDevice } from '../core/netdevice.js';
import { PACKET_BROADCAST, PACKET_HOST, PACKET_MULTICAST, PACKET_OTHERHOST } from '../core/skbuff.js';
import { ETH_ALEN, ETH_HLEN, ETH_P_802_2, ETH_P_802_3, ETH_P_802_3_MIN, Ethh } from '../../wire/ethernet.js';
import { getU16 } from '../../wire/bytes.js';

/**
 * eth_type_trans(): set the mac header, pull it, classify the destination
 * (host, broadcast, multicast, other host) and set skb.protocol. A frame
 * shorter than the Ethernet header is refused (false): Linux drivers never
 * hand such a runt to the stack.
 */
export function ethTypeTrans(skb: SkBuff, dev: NetDevice): boolean {
  skb.dev = dev;
  // The length check of EthernetPacket.newChecked(), in place.
  if (skb.len < ETH_HLEN) return false;
  skb.macHeader = skb.data;
  const b = skb.buf;
  const d = skb.data + Ethh.Dest;
  // IEEE 802: the I/G bit, the least significant bit of the first octet, marks a group address.
  if ((b[d]! & 1) !== 0) {
    let bcast = true;
    for (let i = 0; i < ETH_ALEN; i++) if (b[d + i] !== 0xff) bcast = false;
    skb.pktType = bcast ? PACKET_BROADCAST : PACKET_MULTICAST;
  } else {
    let mine = true;
    for (let i = 0; i < ETH_ALEN; i++) if (b[d + i] !== dev.devAddr[i]) mine = false;
    skb.pktType = mine ? PACKET_HOST : PACKET_OTHERHOST;
  }
  skb.protocol = getU16(b, skb.macHeader + Ethh.Proto);
  skb.pull(ETH_HLEN);
  // An 802.3 length, not an EtherType: raw 802.3 (IPX) when the payload starts 0xFFFF, else 802.2 LLC (BPDUs).
  if (skb.protocol < ETH_P_802_3_MIN) {
    skb.protocol = skb.len >= 2 && b[skb.data] === 0xff && b[skb.data + 1] === 0xff ? ETH_P_802_3 : ETH_P_802_2;
  }
  return true;
}

/** eth_hw_addr_random(): a random unicast, locally administered address (include/linux/etherdevice.h). */
export function ethHwAddrRandom(dev: NetDevice): void {
  dev.net.world.rng.fill(dev.devAddr);
  dev.devAddr[0] = ((dev.devAddr[0] ?? 0) & 0xfe) | 0x02;
  dev.addrAssignType = NET_ADDR_RANDOM;
}
