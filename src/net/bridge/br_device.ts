/**
 * The bridge device: what it transmits is forwarded, flooded or dropped
 * like a frame from a port (br_dev_xmit); up/down start and stop the ports;
 * its address is the bridge id's unless the user set one; deleting it
 * releases every port.
 * @linux net/bridge/br_device.c
 */
import { BR_COMMON_FEATURES, BR_VLAN_TX, brFeaturesRecompute } from '../core/netdev_features.js';
import { netdevSetupFeatures } from '../core/dev_features.js';
import { devClose, devAllocName, registerNetdevice, unregisterNetdevice } from '../core/dev.js';
import { devMcAdd, devMcDel } from '../core/dev_addr_lists.js';
import { ipMcDecGroup, ipMcIncGroup } from '../ipv4/igmp.js';
import { ipv6DevMcDec, ipv6DevMcInc } from '../ipv6/mcast.js';
import { IN6ADDR_LL_ALLSNOOPERS, ipv6AddrEqual } from '../../wire/ipv6.js';
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import {
  ARPHRD_ETHER, IFF_BROADCAST, IFF_EBRIDGE, IFF_MULTICAST, IFF_NO_QUEUE, NET_ADDR_SET, NetDevice, SPEED_UNKNOWN, DUPLEX_UNKNOWN, PORT_OTHER, ethtoolLinkSpeed, type NetDeviceOps,
} from '../core/netdevice.js';
import { ethHwAddrRandom } from '../ethernet/eth.js';
import type { SkBuff } from '../core/skbuff.js';
import { trace } from '../core/trace.js';
import { rtnlCreateLink } from '../core/rtnl_link.js';
import type { RtnlNewlinkReq } from '../core/rtnetlink.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import type { IflaBrInfo } from '../../uapi/linux/if_bridge.js';
import { ETH_HLEN, ETH_MAX_MTU, ETH_MIN_MTU, ETH_P_ARP } from '../../wire/ethernet.js';
import { brDoProxySuppressArp } from './br_arp_nd_proxy.js';
import { brFdbFind, isValidEtherAddr } from './br_fdb.js';
import { brFlood, brForward, brMulticastFlood } from './br_forward.js';
import { brAddIf, brDelIf, brDevDeletePorts } from './br_if.js';
import { BrPktType } from './br_input.js';
import { brMdbGet, brMulticastRcv } from './br_multicast.js';
import { brMulticastOpen, brMulticastQuerierExists, brMulticastStop } from './br_multicast_query.js';
import { BR_DEFAULT_PRIORITY, BROPT_HAS_IPV6_ADDR, BROPT_MULTICAST_ENABLED, BROPT_NEIGH_SUPPRESS_ENABLED, NetBridge, netdevBridge } from './br_private.js';
import { brStpChangeBridgeId, brStpDisableBridge, brStpEnableBridge } from './br_stp_if.js';
import { brAllowedIngress, brVlanInit } from './br_vlan.js';

function bridgeOf(dev: NetDevice): NetBridge {
  return dev.priv as NetBridge;
}

/**
 * br_dev_xmit(): counted as transmitted on the bridge (with the Ethernet
 * header), then broadcast floods, multicast floods or, with a querier,
 * goes by the mdb,
 * known unicast goes to its port, unknown unicast floods.
 */
function brDevXmit(skb: SkBuff, dev: NetDevice): void {
  const br = bridgeOf(dev);
  const cb = br.inputCb;
  cb.brdev = br;
  cb.srcPortIsolated = false;
  cb.proxyarpReplied = false;
  dev.stats.txPackets++;
  dev.stats.txBytes += skb.len;
  trace(dev.net, skb, 'br_dev_xmit', dev);
  skb.resetMacHeader();
  skb.pull(ETH_HLEN);
  const vid = brAllowedIngress(br, br.vlgrp, skb);
  if (vid < 0) return;
  const b = skb.buf;
  const mac = skb.macHeader;
  const proto = (b[mac + 12]! << 8) | b[mac + 13]!;
  if (proto === ETH_P_ARP && br.optGet(BROPT_NEIGH_SUPPRESS_ENABLED)) brDoProxySuppressArp(skb, br, vid, null);
  if (b[mac]! & 1) {
    let bcast = true;
    for (let i = 0; i < 6; i++) if (b[mac + i] !== 0xff) bcast = false;
    if (bcast) {
      brFlood(br, skb, BrPktType.BROADCAST, false, true, vid);
      return;
    }
    // br_multicast_rcv() with no port: the bridge's own reports are its host memberships;
    // with a querier the mdb steers what the bridge sends as it does what it forwards.
    brMulticastRcv(br, null, skb, vid);
    const mdst = brMdbGet(br, skb, vid);
    if ((mdst || cb.mroutersOnly) && brMulticastQuerierExists(br, skb.protocol, mdst !== null && mdst.addr.proto === 0)) {
      brMulticastFlood(mdst, skb, br, false, true);
    } else brFlood(br, skb, BrPktType.MULTICAST, false, true, vid);
    return;
  }
  const dst = brFdbFind(br, b, vid, mac);
  if (dst) brForward(dst.dst, skb, false, true);
  else brFlood(br, skb, BrPktType.UNICAST, false, true, vid);
}

/** br_dev_open(): STP (and the fdb gc) start. */
function brDevOpen(dev: NetDevice): void {
  const br = bridgeOf(dev);
  brStpEnableBridge(br);
  if (br.optGet(BROPT_MULTICAST_ENABLED)) brMulticastJoinSnoopers(br, false);
  brMulticastOpen(br);
}

/** 224.0.0.106, the IPv4 multicast router discovery group (RFC 4286). */
const INADDR_ALLSNOOPERS = 0xe000006a | 0;
/**
 * ff02::6a's MAC: without an inet6_dev (IPv6 off, MTU below 1280) only the
 * MAC filter has it; IPv6 takes the group from the list when the device's
 * inet6_dev is made (addrconf.ts).
 */
const MRD6_MAC: readonly number[] = [0x33, 0x33, 0, 0, 0, 0x6a];

/**
 * br_multicast_join_snoopers(): br_ip4_multicast_join_snoopers() joins
 * 224.0.0.106 on the bridge's in_device (IGMP announces it), then
 * br_ip6_multicast_join_snoopers() ff02::6a on its inet6_dev (MLD
 * announces it once the device runs: from br_dev_open, `running` false,
 * ipv6_mc_up() does when the link is ready).
 */
export function brMulticastJoinSnoopers(br: NetBridge, running = true): void {
  if (br.dev.ip) ipMcIncGroup(br.dev.ip, INADDR_ALLSNOOPERS);
  const idev = br.dev.net.ipv6?.idevs.get(br.dev);
  if (idev) ipv6DevMcInc(idev, IN6ADDR_LL_ALLSNOOPERS, running);
  else devMcAdd(br.dev, MRD6_MAC);
}

/** br_multicast_leave_snoopers() */
export function brMulticastLeaveSnoopers(br: NetBridge): void {
  if (br.dev.ip) ipMcDecGroup(br.dev.ip, INADDR_ALLSNOOPERS);
  const idev = br.dev.net.ipv6?.idevs.get(br.dev);
  if (idev?.mc.some((m) => ipv6AddrEqual(m.addr, IN6ADDR_LL_ALLSNOOPERS))) ipv6DevMcDec(idev, IN6ADDR_LL_ALLSNOOPERS);
  else devMcDel(br.dev, MRD6_MAC);
}

/** br_dev_stop(): every port is disabled. */
function brDevStop(dev: NetDevice): void {
  const br = bridgeOf(dev);
  brStpDisableBridge(br);
  if (br.optGet(BROPT_MULTICAST_ENABLED)) brMulticastLeaveSnoopers(br);
  brMulticastStop(br);
}

/**
 * br_set_mac_address(): a valid unicast address becomes the bridge id's
 * (br_stp_change_bridge_id), and the user's choice (NET_ADDR_SET) from now on.
 */
function brSetMacAddress(dev: NetDevice, addr: Uint8Array): void {
  if (!isValidEtherAddr(addr)) throw new KError('EADDRNOTAVAIL');
  const br = bridgeOf(dev);
  if (!addr.every((b, i) => b === dev.devAddr[i])) brStpChangeBridgeId(br, addr);
  dev.addrAssignType = NET_ADDR_SET;
}

/** br_dev_delete(): ports released, then the device unregistered. */
function brDevDelete(dev: NetDevice): void {
  const br = bridgeOf(dev);
  devClose(dev);
  brDevDeletePorts(br);
  unregisterNetdevice(dev);
}

/** ndo_add_slave / ndo_del_slave: `ip link set DEV master BR|nomaster`. */
function brAddSlave(dev: NetDevice, slave: NetDevice): void {
  brAddIf(bridgeOf(dev), slave);
}

function brDelSlave(dev: NetDevice, slave: NetDevice): void {
  brDelIf(bridgeOf(dev), slave);
}

export const brNetdevOps: NetDeviceOps = {
  kind: 'bridge',
  startXmit: brDevXmit,
  open: brDevOpen,
  stop: brDevStop,
  dellink: brDevDelete,
  setMacAddress: brSetMacAddress,
  addSlave: brAddSlave,
  delSlave: brDelSlave,
  getLinkKsettings: (dev) => ({ speed: brGetLinkSpeed(dev), duplex: DUPLEX_UNKNOWN, port: PORT_OTHER }),
  // br_fix_features() -> br_features_recompute()
  fixFeatures: (dev, f) => brFeaturesRecompute(f, bridgeOf(dev).portList.map((p) => p.dev.featuresAll)),
  ethtool: { driver: 'bridge', version: '2.3', fwVersion: 'N/A', busInfo: 'N/A', getLink: true },
};

/** br_get_link_ksettings(): the fastest known speed among the running, operationally up ports (duplex unknown). */
function brGetLinkSpeed(dev: NetDevice): number {
  let speed = SPEED_UNKNOWN;
  for (const p of bridgeOf(dev).portList) {
    if (!p.dev.isUp || !p.dev.operUp) continue;
    const s = ethtoolLinkSpeed(p.dev);
    if (s === undefined || s === SPEED_UNKNOWN) continue;
    if (speed === SPEED_UNKNOWN || speed < s) speed = s;
  }
  return speed;
}

/**
 * br_dev_setup(): an Ethernet device with a random address, no queue,
 * priority 0x8000, the STP and ageing defaults of struct net_bridge.
 */
export function brDevSetup(net: Net, name: string, m: IfInfoMsg | null): NetDevice {
  const dev = new NetDevice(net, name, brNetdevOps, {
    type: ARPHRD_ETHER, flags: IFF_BROADCAST | IFF_MULTICAST, mtu: 1500, minMtu: ETH_MIN_MTU, maxMtu: ETH_MAX_MTU,
    txQueueLen: 1000, addrLen: 6,
  });
  dev.broadcast.fill(0xff);
  ethHwAddrRandom(dev);
  dev.privFlags |= IFF_EBRIDGE | IFF_NO_QUEUE;
  // br_dev_setup(): the common features, VLAN insertion, all changeable (br_fix_features() narrows them to the ports').
  netdevSetupFeatures(dev, BR_COMMON_FEATURES | BR_VLAN_TX, BR_COMMON_FEATURES | BR_VLAN_TX);
  dev.netnsLocal = true;
  // GSO_LEGACY_MAX_SIZE until the first port sets the limits (br_set_gso_limits).
  dev.tsoMaxSize = 65536;
  const br = new NetBridge(dev);
  // br_multicast_init(): snooping is on by default.
  br.optToggle(BROPT_MULTICAST_ENABLED, true);
  br.optToggle(BROPT_HAS_IPV6_ADDR, true);
  br.bridgeId.prio[0] = (BR_DEFAULT_PRIORITY >> 8) & 0xff;
  br.bridgeId.prio[1] = BR_DEFAULT_PRIORITY & 0xff;
  br.designatedRoot.prio.set(br.bridgeId.prio);
  dev.priv = br;
  rtnlCreateLink(dev, m);
  // A new bridge has carrier (an empty one runs UP,LOWER_UP in state UNKNOWN); the first
  // port state selection takes it away until a port forwards (br_port_state_selection).
  return dev;
}

/**
 * br_dev_newlink(): register (a request without a name gets "bridge%d":
 * rtnl_newlink_create() uses ops->kind), take the requested address as the
 * bridge id (br_stp_change_bridge_id), then apply IFLA_INFO_DATA
 * (br_changelink); a refused option deletes the new bridge.
 */
export function brDevNewlink(
  net: Net, req: RtnlNewlinkReq<IflaBrInfo>, changelink: (dev: NetDevice, data: IflaBrInfo) => void,
): NetDevice {
  const m = req.msg.body as IfInfoMsg;
  const dev = brDevSetup(net, req.name ?? devAllocName(net, 'bridge%d'), m);
  registerNetdevice(dev);
  const br = bridgeOf(dev);
  // br_vlan_init() + NETDEV_REGISTER: the bridge's default pvid 1.
  brVlanInit(br);
  if (m.address) brStpChangeBridgeId(br, m.address);
  try {
    if (req.data) changelink(dev, req.data);
  } catch (e) {
    brDevDelete(dev);
    throw e;
  }
  return dev;
}

/** netif_is_bridge_master() */
export function netifIsBridgeMaster(dev: NetDevice): boolean {
  return netdevBridge(dev) !== null;
}
