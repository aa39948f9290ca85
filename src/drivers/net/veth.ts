/**
 * veth: a pair of Ethernet devices; what one sends the other receives. The
 * carrier of both ends is on only while both are up.
 * @linux drivers/net/veth.c
 */
import {
  ARPHRD_ETHER, IFF_BROADCAST, IFF_MULTICAST, NET_ADDR_RANDOM, NetDevice, type NetDeviceOps,
} from '../../net/core/netdevice.js';
import type { Net } from '../../net/core/net_namespace.js';
import type { SkBuff } from '../../net/core/skbuff.js';
import {
  netifCarrierOff, netifCarrierOn, registerNetdevice, unregisterNetdevice,
} from '../../net/core/dev.js';
import { netifRx } from '../../net/core/dev_rx.js';
import { ethTypeTrans } from '../../net/ethernet/eth.js';
import { KError } from '../../net/core/errno.js';
import { kfreeSkbReason } from '../../net/core/drop_reason.js';
import { ETH_MAX_MTU, ETH_MIN_MTU } from '../../wire/ethernet.js';

interface VethPriv {
  peer: NetDevice | null;
}

function peerOf(dev: NetDevice): NetDevice | null {
  return (dev.priv as VethPriv).peer;
}

/** veth_xmit(): no peer or peer down → drop (tx_dropped); else the peer receives. */
function vethXmit(skb: SkBuff, dev: NetDevice): void {
  const rcv = peerOf(dev);
  if (!rcv || !rcv.isUp) {
    dev.stats.txDropped++;
    return;
  }
  const len = skb.len;
  dev.stats.txPackets++;
  dev.stats.txBytes += len;
  // __dev_forward_skb() -> skb_scrub_packet(): the peer routes it afresh.
  skb.dst = null;
  skb.mark = 0;
  skb.ipcbFlags = 0;
  if (!ethTypeTrans(skb, rcv)) {
    rcv.stats.rxLengthErrors++;
    rcv.stats.rxErrors++;
    kfreeSkbReason(rcv.net, skb, 'PKT_TOO_SMALL', 'veth_xmit');
    return;
  }
  rcv.stats.rxPackets++;
  rcv.stats.rxBytes += len;
  netifRx(skb, rcv);
}

/** veth_open(): carrier on for both ends once the peer is up too. */
function vethOpen(dev: NetDevice): void {
  const peer = peerOf(dev);
  if (!peer) return;
  if (peer.isUp) {
    netifCarrierOn(dev);
    netifCarrierOn(peer);
  }
}

/** veth_close(): carrier off for both. */
function vethClose(dev: NetDevice): void {
  netifCarrierOff(dev);
  const peer = peerOf(dev);
  if (peer) netifCarrierOff(peer);
}

/** veth_dellink(): deleting either end deletes the pair. */
function vethDellink(dev: NetDevice): void {
  const peer = peerOf(dev);
  (dev.priv as VethPriv).peer = null;
  unregisterNetdevice(dev);
  if (peer) {
    (peer.priv as VethPriv).peer = null;
    unregisterNetdevice(peer);
  }
}

const vethOps: NetDeviceOps = {
  kind: 'veth',
  startXmit: vethXmit,
  open: vethOpen,
  stop: vethClose,
  getIflink: (dev) => peerOf(dev)?.ifindex ?? 0,
  getLinkNet: (dev) => peerOf(dev)?.net ?? null,
  dellink: vethDellink,
};

export interface VethEnd {
  net: Net;
  name: string;
  address?: Uint8Array;
  mtu?: number;
  txQueueLen?: number;
}

function vethSetup(end: VethEnd): NetDevice {
  const dev = new NetDevice(end.net, end.name, vethOps, {
    type: ARPHRD_ETHER,
    flags: IFF_BROADCAST | IFF_MULTICAST,
    mtu: end.mtu ?? 1500,
    minMtu: ETH_MIN_MTU,
    maxMtu: ETH_MAX_MTU,
    txQueueLen: end.txQueueLen ?? 1000,
    addrLen: 6,
  });
  dev.broadcast.fill(0xff);
  dev.priv = { peer: null } satisfies VethPriv;
  if (end.address) {
    dev.devAddr.set(end.address);
  } else {
    ethHwAddrRandom(dev);
  }
  return dev;
}

/** eth_hw_addr_random(): a random unicast, locally administered address. */
function ethHwAddrRandom(dev: NetDevice): void {
  dev.net.world.rng.fill(dev.devAddr);
  dev.devAddr[0] = ((dev.devAddr[0] ?? 0) & 0xfe) | 0x02;
  dev.addrAssignType = NET_ADDR_RANDOM;
}

/**
 * veth_newlink(): the peer is registered first (so it gets the lower
 * ifindex when both share a namespace), both start without carrier.
 */
export function vethNewlink(a: VethEnd, b: VethEnd): [NetDevice, NetDevice] {
  if (a.mtu !== undefined && (a.mtu < ETH_MIN_MTU || a.mtu > ETH_MAX_MTU)) throw new KError('EINVAL');
  const peer = vethSetup(b);
  const dev = vethSetup(a);
  // netif_carrier_off() on both ends counts as their first carrier change.
  peer.carrier = false;
  peer.carrierChanges = 1;
  registerNetdevice(peer);
  dev.carrier = false;
  dev.carrierChanges = 1;
  try {
    registerNetdevice(dev);
  } catch (e) {
    unregisterNetdevice(peer);
    throw e;
  }
  (dev.priv as VethPriv).peer = peer;
  (peer.priv as VethPriv).peer = dev;
  if (a.net !== b.net) {
    a.net.peernet2idAlloc(b.net);
    b.net.peernet2idAlloc(a.net);
  }
  return [dev, peer];
}
