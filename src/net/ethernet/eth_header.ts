/**
 * Ethernet header_ops: build the link-layer header in front of a packet
 * (eth_header) and the cached copy a neighbour keeps (eth_header_cache).
 * @linux net/ethernet/eth.c eth_header(), eth_header_cache(), eth_header_cache_update()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NetDevice } from '../core/netdevice.js';
import { ARPHRD_ETHER, ARPHRD_LOOPBACK, IFF_LOOPBACK, IFF_NOARP } from '../core/netdevice.js';
import { ETH_ALEN, ETH_HLEN, Ethh } from '../../wire/ethernet.js';
import { putU16 } from '../../wire/bytes.js';

/**
 * dev->header_ops != NULL: Ethernet devices and loopback, whose frames
 * carry a zero Ethernet header that loopback_xmit() strips again
 * (eth_type_trans) and that a capture on lo shows.
 */
export function devHasHeaderOps(dev: NetDevice): boolean {
  // loopback_setup(): dev->header_ops = &eth_header_ops, a zero Ethernet header on every frame.
  return dev.type === ARPHRD_ETHER || dev.type === ARPHRD_LOOPBACK;
}

/**
 * eth_header(): push the 14-byte header; `daddr` null means "no address":
 * zero for loopback/NOARP devices, else an incomplete header (returns -14).
 */
export function ethHeader(skb: SkBuff, dev: NetDevice, type: number, daddr: Uint8Array | null, saddr: Uint8Array | null): number {
  const o = skb.push(ETH_HLEN);
  const b = skb.buf;
  putU16(b, o + Ethh.Proto, type);
  const src = saddr ?? dev.devAddr;
  for (let i = 0; i < ETH_ALEN; i++) b[o + Ethh.Source + i] = src[i]!;
  if (daddr) {
    for (let i = 0; i < ETH_ALEN; i++) b[o + Ethh.Dest + i] = daddr[i]!;
    return ETH_HLEN;
  }
  // "Anyway, the loopback-device should never use this function..."
  if (dev.flags & (IFF_LOOPBACK | IFF_NOARP)) {
    b.fill(0, o + Ethh.Dest, o + Ethh.Dest + ETH_ALEN);
    return ETH_HLEN;
  }
  return -ETH_HLEN;
}

/** eth_header_cache(): dst = neighbour's address, src = device, type. */
export function ethHeaderCache(hh: Uint8Array, dev: NetDevice, ha: Uint8Array, type: number): number {
  for (let i = 0; i < ETH_ALEN; i++) {
    hh[Ethh.Dest + i] = ha[i]!;
    hh[Ethh.Source + i] = dev.devAddr[i]!;
  }
  putU16(hh, Ethh.Proto, type);
  return ETH_HLEN;
}
