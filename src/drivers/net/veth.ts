/**
 * veth: a pair of Ethernet devices; what one sends the other receives. The
 * carrier of both ends is on only while both are up.
 * @linux drivers/net/veth.c
 */
import { NetifF, VETH_FEATURES, VETH_VLAN_FEATURES, nf } from '../../net/core/netdev_features.js';
import { netdevSetActiveFeatures, netdevSetupFeatures, netdevUpdateFeatures } from '../../net/core/dev_features.js';
import {
  ARPHRD_ETHER, IFF_BROADCAST, IFF_LIVE_ADDR_CHANGE, IFF_MULTICAST, IFF_NO_QUEUE, IFF_PHONY_HEADROOM, IFF_TX_SKB_SHARING, NET_XMIT_DROP, NET_XMIT_SUCCESS, NetDevice, type NetDeviceOps,
  NET_NAME_ENUM, NET_NAME_USER, DUPLEX_FULL, PORT_TP, type EthtoolChannels,
} from '../../net/core/netdevice.js';
import type { Net } from '../../net/core/net_namespace.js';
import type { SkBuff } from '../../net/core/skbuff.js';
import {
  devAllocName, devClose, iflaIfnamePolicy, netifCarrierOff, netifCarrierOn, registerNetdevice, unregisterNetdevice,
} from '../../net/core/dev.js';
import { nlmsgNew, type Rtnl, type RtnlLinkOps, type RtnlNewlinkReq } from '../../net/core/rtnetlink.js';
import { rtnlConfigureLink, rtnlCreateLink, rtnlNumQueues } from '../../net/core/rtnl_link.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import type { VethInfo } from '../../uapi/linux/veth.js';
import { RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';
import { netifRx } from '../../net/core/dev_rx.js';
import { ethHwAddrRandom, ethTypeTrans } from '../../net/ethernet/eth.js';
import { KError } from '../../net/core/errno.js';
import { kfreeSkbReason } from '../../net/core/drop_reason.js';
import { ETH_MAX_MTU, ETH_MIN_MTU } from '../../wire/ethernet.js';

interface VethPriv {
  peer: NetDevice | null;
  /** dev->real_num_rx_queues / real_num_tx_queues (ethtool -L): one each until changed. */
  realNumRxQueues: number;
  realNumTxQueues: number;
  /** A test's hand on the wire (see vethSetXmitHook). */
  xmitHook?: VethXmitHook | null;
}

/**
 * A test hook on veth_xmit(): it gets each frame and the function that
 * hands a frame to the peer, and may call it never (loss), twice (a
 * duplicate: give it a copy), or later on the lab's clock (reordering).
 */
export type VethXmitHook = (skb: SkBuff, deliver: (skb: SkBuff) => void) => void;

/** Install (or with null remove) the xmit hook of one veth end. Tests only. */
export function vethSetXmitHook(dev: NetDevice, hook: VethXmitHook | null): void {
  (dev.priv as VethPriv).xmitHook = hook;
}

function peerOf(dev: NetDevice): NetDevice | null {
  return (dev.priv as VethPriv).peer;
}

const vethPriv = (dev: NetDevice): VethPriv => dev.priv as VethPriv;

/** dev->hard_header_len (ETH_HLEN) + VLAN_HLEN, as is_skb_forwardable() allows beyond the MTU. */
const VETH_L2_ALLOWANCE = 14 + 4;

/**
 * veth_xmit(): no peer or peer down → drop (tx_dropped); else the peer
 * receives. A frame the peer refuses (is_skb_forwardable(): longer than
 * its MTU) is NET_XMIT_DROP to the sender: ip_do_fragment() stops there,
 * the socket gets ENOBUFS. (A peer that is down leaves this end without
 * carrier: Linux's noop qdisc takes the frame first, NET_XMIT_CN, no error.)
 */
function vethXmit(skb: SkBuff, dev: NetDevice): number {
  const hook = (dev.priv as VethPriv).xmitHook;
  if (!hook) return vethForward(skb, dev);
  hook(skb, (s) => vethForward(s, dev));
  return NET_XMIT_SUCCESS;
}

function vethForward(skb: SkBuff, dev: NetDevice): number {
  const rcv = peerOf(dev);
  if (!rcv || !rcv.isUp) {
    dev.stats.txDropped++;
    return NET_XMIT_SUCCESS;
  }
  const len = skb.len;
  // is_skb_forwardable(): a frame longer than the peer's MTU + Ethernet and VLAN headers is dropped, unless GSO ("the packet could be forwarded without being segmented before").
  if (len > rcv.mtu + VETH_L2_ALLOWANCE && skb.gsoSize === 0) {
    dev.stats.txDropped++;
    rcv.stats.rxDropped++;
    kfreeSkbReason(rcv.net, skb, 'PKT_TOO_BIG', 'veth_xmit');
    return NET_XMIT_DROP;
  }
  dev.stats.txPackets++;
  dev.stats.txBytes += len;
  // __dev_forward_skb() -> skb_scrub_packet(): the peer routes it afresh.
  skb.dst = null;
  skb.mark = 0;
  skb.ipcbFlags = 0;
  skb.ignoreDf = false;
  // nf_reset_ct(): the connection stays behind.
  skb.nfct = null;
  skb.nfctinfo = 0;
  // skb_ext_reset(): the bridge netfilter info stays behind too.
  skb.brnfPhysindev = null;
  skb.ignorePmtu = false;
  skb.fragMaxSize = 0;
  skb.fragListLens = null;
  // ____dev_forward_skb(): "skb->priority = 0" after the scrub (a socket's priority does not cross).
  skb.priority = 0;
  if (!ethTypeTrans(skb, rcv)) {
    rcv.stats.rxLengthErrors++;
    rcv.stats.rxErrors++;
    kfreeSkbReason(rcv.net, skb, 'PKT_TOO_SMALL', 'veth_xmit');
    return NET_XMIT_DROP;
  }
  rcv.stats.rxPackets++;
  rcv.stats.rxBytes += len;
  netifRx(skb, rcv);
  return NET_XMIT_SUCCESS;
}

/** veth_open(): ENOTCONN before the pair is tied; carrier on for both ends once the peer is up too. */
function vethOpen(dev: NetDevice): void {
  const peer = peerOf(dev);
  if (!peer) throw new KError('ENOTCONN');
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

/**
 * veth_dellink(): deleting either end deletes the pair. Both are closed
 * before either unregisters (unregister_netdevice_many: dev_close_many first).
 */
function vethDellink(dev: NetDevice): void {
  const peer = peerOf(dev);
  (dev.priv as VethPriv).peer = null;
  if (peer) (peer.priv as VethPriv).peer = null;
  devClose(dev);
  if (peer) devClose(peer);
  unregisterNetdevice(dev);
  if (peer) unregisterNetdevice(peer);
}

/** num_possible_cpus() of the emulated machine: the 2 CPUs of the reference host the transcripts are recorded on. */
const VETH_NUM_QUEUES = 2;

const vethOps: NetDeviceOps = {
  kind: 'veth',
  startXmit: vethXmit,
  open: vethOpen,
  stop: vethClose,
  getIflink: (dev) => peerOf(dev)?.ifindex ?? 0,
  getLinkNet: vethGetLinkNet,
  dellink: vethDellink,
  // veth_get_link_ksettings(): SPEED_10000, DUPLEX_FULL, PORT_TP, whatever the link state.
  getLinkKsettings: () => ({ speed: 10000, duplex: DUPLEX_FULL, port: PORT_TP }),
  ethtool: {
    driver: 'veth', version: '1.0', getLink: true, tsInfo: 'software', stats: vethGetEthtoolStats, getChannels: vethGetChannels, setChannels: vethSetChannels,
  },
};

/** veth_get_strings()/veth_get_ethtool_stats(): the peer's index, then one queue's XDP counters (tuxnet runs no XDP). */
function vethGetEthtoolStats(dev: NetDevice): readonly (readonly [string, number])[] {
  const rq = ['xdp_packets', 'xdp_bytes', 'drops', 'xdp_redirect', 'xdp_drops', 'xdp_tx', 'xdp_tx_errors'];
  const out: [string, number][] = [['peer_ifindex', peerOf(dev)?.ifindex ?? 0]];
  for (let q = 0; q < vethPriv(dev).realNumRxQueues; q++) for (const n of rq) out.push([`rx_queue_${q}_${n}`, 0]);
  for (let q = 0; q < vethPriv(dev).realNumTxQueues; q++) for (const n of ['xdp_xmit', 'xdp_xmit_errors']) out.push([`tx_queue_${q}_${n}`, 0]);
  return out;
}

/** veth_get_channels(): the queues it was made with as maxima, the real numbers in use. */
function vethGetChannels(dev: NetDevice): EthtoolChannels {
  const p = vethPriv(dev);
  return { maxRx: dev.numRxQueues, maxTx: dev.numTxQueues, maxOther: 0, maxCombined: 0, rx: p.realNumRxQueues, tx: p.realNumTxQueues, other: 0, combined: 0 };
}

/** veth_set_channels(): new real queue numbers (no XDP to re-arm). */
function vethSetChannels(dev: NetDevice, ch: EthtoolChannels): void {
  const p = vethPriv(dev);
  p.realNumRxQueues = ch.rx;
  p.realNumTxQueues = ch.tx;
}

/** veth_setup() + rtnl_create_link(): a veth device with the request's generic attributes, not yet registered. */
function vethCreate(net: Net, name: string, attrs: IfInfoMsg | null): NetDevice {
  const dev = new NetDevice(net, name, vethOps, {
    type: ARPHRD_ETHER,
    flags: IFF_BROADCAST | IFF_MULTICAST,
    mtu: 1500,
    minMtu: ETH_MIN_MTU,
    maxMtu: ETH_MAX_MTU,
    txQueueLen: 1000,
    addrLen: 6,
  });
  dev.broadcast.fill(0xff);
  // ether_setup() shares skbs; veth_setup() drops that, changes its address live, has no queue.
  dev.privFlags |= IFF_TX_SKB_SHARING;
  dev.privFlags &= ~IFF_TX_SKB_SHARING;
  dev.privFlags |= IFF_LIVE_ADDR_CHANGE | IFF_NO_QUEUE | IFF_PHONY_HEADROOM;
  netdevSetupFeatures(dev, VETH_FEATURES | VETH_VLAN_FEATURES, VETH_FEATURES | VETH_VLAN_FEATURES);
  dev.priv = { peer: null, realNumRxQueues: 1, realNumTxQueues: 1 } satisfies VethPriv;
  // rtnl_create_link() with veth_get_num_queues(): num_possible_cpus() queues
  // each way, unless the request sets them.
  dev.numTxQueues = VETH_NUM_QUEUES;
  dev.numRxQueues = VETH_NUM_QUEUES;
  rtnlCreateLink(dev, attrs);
  return dev;
}


/** veth_validate() (of the request; veth_newlink() runs it on the peer's too): an Ethernet address that is a valid unicast, an MTU veth can carry. */
function vethValidate(m: IfInfoMsg): void {
  // ifla_policy[IFLA_IFNAME]: the main message and the nested peer alike.
  const bad = m.ifname === undefined || m.ifname === null ? null : iflaIfnamePolicy(m.ifname);
  if (bad) throw bad;
  if (m.address) {
    if (m.address.length !== 6) throw new KError('EINVAL');
    if ((m.address[0]! & 1) !== 0 || m.address.every((b) => b === 0)) throw new KError('EADDRNOTAVAIL');
  }
  if (m.mtu !== undefined && (m.mtu < ETH_MIN_MTU || m.mtu > ETH_MAX_MTU)) throw new KError('EINVAL');
}

/**
 * veth_newlink(): the peer (VETH_INFO_PEER, else the request's own
 * attributes) is created, registered and configured first, so it gets the
 * lower ifindex and the first vethN name; then the device; then the two are
 * tied and start without carrier.
 */
function vethNewlinkOp(net: Net, req: RtnlNewlinkReq<VethInfo>): NetDevice {
  const main = req.msg.body as IfInfoMsg;
  const ifmp = req.data?.peer ?? null;
  const tbp = ifmp ?? main;
  if (ifmp) vethValidate(ifmp);
  // rtnl_newlink_create(): the device itself comes out of rtnl_create_link() before veth_newlink() makes the peer,
  // so its bad queue counts fail before the peer takes an ifindex.
  rtnlNumQueues(main, VETH_NUM_QUEUES, VETH_NUM_QUEUES);
  // rtnl_newlink_peer_net(): the peer's own IFLA_NET_NS_*, else the requester's namespace
  const peerNet = tbp.netNsFd ?? req.srcNet;
  const peerName = ifmp?.ifname ?? devAllocName(peerNet, 'veth%d');
  const peer = vethCreate(peerNet, peerName, tbp);
  // "if (ifmp && (dev->ifindex != 0)) peer->ifindex = ifmp->ifi_index": the peer's index counts only beside the device's own.
  peer.ifindex = ifmp && main.index ? ifmp.index : 0;
  // veth_newlink(): the peer's name from IFLA_IFNAME is NET_NAME_USER, "veth%d" NET_NAME_ENUM.
  peer.nameAssignType = ifmp?.ifname !== undefined ? NET_NAME_USER : NET_NAME_ENUM;
  if (!ifmp || !tbp.address) ethHwAddrRandom(peer);
  registerNetdevice(peer);
  vethDisableGro(peer);
  netifCarrierOff(peer);
  try {
    rtnlConfigureLink(peer, ifmp);
    const dev = vethCreate(net, req.name ?? devAllocName(net, 'veth%d'), main);
    if (!main.address) ethHwAddrRandom(dev);
    registerNetdevice(dev);
    vethDisableGro(dev);
    netifCarrierOff(dev);
    (dev.priv as VethPriv).peer = peer;
    (peer.priv as VethPriv).peer = dev;
    return dev;
  } catch (e) {
    unregisterNetdevice(peer);
    throw e;
  }
}

/** veth_disable_gro(): GRO off and not wanted (it would turn NAPI on). */
function vethDisableGro(dev: NetDevice): void {
  const gro = nf(NetifF.GRO);
  dev.wantedFeatures &= ~gro;
  netdevSetActiveFeatures(dev, dev.featuresAll & ~gro);
  netdevUpdateFeatures(dev);
}

/** veth_get_link_net() */
function vethGetLinkNet(dev: NetDevice): Net | null {
  return peerOf(dev)?.net ?? null;
}

/** veth_link_ops */
export const vethLinkOps: RtnlLinkOps<VethInfo> = {
  kind: 'veth',
  validate: vethValidate,
  newlink: vethNewlinkOp,
  dellink: vethDellink,
};

/** veth_init(): register the kind with the lab's rtnetlink. */
export function vethInit(rtnl: Rtnl): void {
  rtnl.linkRegister(vethLinkOps as RtnlLinkOps);
}

/** One end of a pair for tests and labs that build veths without a netlink request. */
export interface VethEnd {
  net: Net;
  name: string;
  address?: Uint8Array;
  mtu?: number;
  txQueueLen?: number;
}

function endAttrs(e: VethEnd): IfInfoMsg {
  const m: IfInfoMsg = { family: 0, index: 0, ifname: e.name };
  if (e.address) m.address = e.address;
  if (e.mtu !== undefined) m.mtu = e.mtu;
  if (e.txQueueLen !== undefined) m.txqlen = e.txQueueLen;
  if (e.net !== undefined) m.netNsFd = e.net;
  return m;
}

/** rtnl_newlink() of a veth pair `a` (peer `b`), under the rtnl lock; returns [a, b]. */
export function vethNewlink(a: VethEnd, b: VethEnd): [NetDevice, NetDevice] {
  const rtnl = a.net.world.rtnl;
  rtnl.lock();
  try {
    const main = endAttrs(a);
    const msg = nlmsgNew(RTM_NEWLINK, 0, main);
    const dev = vethNewlinkOp(a.net, { name: a.name, data: { peer: endAttrs(b) }, msg, linkNet: a.net, srcNet: a.net });
    rtnlConfigureLink(dev, null);
    return [dev, peerOf(dev)!];
  } finally {
    rtnl.unlock();
  }
}
