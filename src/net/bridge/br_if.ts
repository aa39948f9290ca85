/**
 * Ports: enslaving a device to a bridge (br_add_if) with the kernel's
 * refusals, releasing it (br_del_if), deleting a bridge with its ports, the
 * bridge MTU (the smallest port's unless the user set one), the port's
 * carrier check.
 * @linux net/bridge/br_if.c
 */
import { netdevUpdateFeatures } from '../core/dev_features.js';
import { devSetAllmulti, devSetMtu, devSetPromiscuity, netifSetTsoMaxSegs, netifSetTsoMaxSize } from '../core/dev.js';
import { netdevMasterUpperDevLink, netdevRxHandlerRegister, netdevRxHandlerUnregister, netdevUpperDevUnlink } from '../core/dev_upper.js';
import { KError } from '../core/errno.js';
import { NetdevEvent } from '../core/net_namespace.js';
import { ARPHRD_ETHER, IFF_BRIDGE_PORT, IFF_DONT_BRIDGE, IFF_LOOPBACK, SPEED_UNKNOWN, ethtoolLinkSpeed, type NetDevice } from '../core/netdevice.js';
import { brFdbAddLocal, brFdbDeleteByPort, isValidEtherAddr } from './br_fdb.js';
import { brIfinfoNotify } from './br_ifinfo.js';
import { brMulticastDelPort } from './br_multicast.js';
import { RTM_DELLINK, RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';
import { brHandleFrame } from './br_input.js';
import {
  BR_ADMIN_COST, BR_MAX_PORTS, BR_PROMISC, BR_STATE_DISABLED, BROPT_MTU_SET_BY_USER, NetBridgePort, brPortGet, netdevBridge,
  type NetBridge,
} from './br_private.js';
import { brStpDisablePort, brStpEnablePort, brStpRecalculateBridgeId, brInitPort } from './br_stp_if.js';
import { brSetState } from './br_stp.js';
import { nbpVlanFlush, nbpVlanInit } from './br_vlan.js';

/**
 * port_cost() (br_if.c): 802.1D costs by the ethtool link speed (a veth
 * reports 10 Gb/s: cost 2; a macvlan its lower's; a bridge its fastest
 * port's); no answer or an unknown speed: 100 ("assume old 10Mbps").
 */
export function portCost(dev: NetDevice): number {
  const speed = ethtoolLinkSpeed(dev);
  if (speed === undefined) return 100;
  switch (speed) {
    case 10000: return 2;
    case 5000: return 3;
    case 2500: return 4;
    case 1000: return 4;
    case 100: return 19;
    case 10: return 100;
    case SPEED_UNKNOWN: return 100;
    default: return speed > 10000 ? 1 : 100;
  }
}

/** find_portno(): the lowest free port number, from 1. */
function findPortno(br: NetBridge): number {
  const used = new Set(br.portList.map((p) => p.portNo));
  for (let i = 1; i < BR_MAX_PORTS; i++) if (!used.has(i)) return i;
  throw new KError('EXFULL');
}

/** new_nbp() */
function newNbp(br: NetBridge, dev: NetDevice): NetBridgePort {
  const p = new NetBridgePort(br, dev, findPortno(br));
  p.pathCost = portCost(dev);
  brInitPort(p);
  brSetState(p, BR_STATE_DISABLED);
  return p;
}

/**
 * br_manage_promisc(): without VLAN filtering every port is promiscuous
 * (a port leaves promiscuity only with a unicast filter, which no tuxnet
 * device has).
 */
function brManagePromisc(br: NetBridge): void {
  for (const p of br.portList) {
    if (p.flags & BR_PROMISC) continue;
    devSetPromiscuity(p.dev, 1);
    p.flags |= BR_PROMISC;
  }
}

/** br_set_gso_limits(): the smallest TSO limits of the ports (TSO_MAX_SIZE / TSO_MAX_SEGS without). */
function brSetGsoLimits(br: NetBridge): void {
  let size = 524280;
  let segs = 65535;
  for (const p of br.portList) {
    size = Math.min(size, p.dev.tsoMaxSize);
    segs = Math.min(segs, p.dev.tsoMaxSegs);
  }
  netifSetTsoMaxSize(br.dev, size);
  netifSetTsoMaxSegs(br.dev, segs);
}

/** br_mtu_auto_adjust(): the smallest port MTU, unless the user set the bridge's. */
export function brMtuAutoAdjust(br: NetBridge): void {
  // "if the bridge MTU was manually configured don't mess with it"
  if (br.optGet(BROPT_MTU_SET_BY_USER)) return;
  // br_mtu_min(): ETH_DATA_LEN without ports.
  let mtu = br.portList.length === 0 ? 1500 : Infinity;
  for (const p of br.portList) mtu = Math.min(mtu, p.dev.mtu);
  devSetMtu(br.dev, mtu);
  // "clear the flag which was set by the bridge ndo_change_mtu callback"
  br.optToggle(BROPT_MTU_SET_BY_USER, false);
}

/**
 * br_add_if(): Ethernet devices only (not lo), no bridge in a bridge
 * (ELOOP), one master (EBUSY). The port joins promiscuous and allmulti,
 * gets the rx_handler and the master link, its address goes into the fdb
 * as local, the bridge id is recalculated, a running port is enabled.
 */
export function brAddIf(br: NetBridge, dev: NetDevice): void {
  if (dev.flags & IFF_LOOPBACK || dev.type !== ARPHRD_ETHER || dev.addrLen !== 6 || !isValidEtherAddr(dev.devAddr)) {
    throw new KError('EINVAL');
  }
  if (netdevBridge(dev)) throw new KError('ELOOP', 'Can not enslave a bridge to a bridge');
  if (dev.master) throw new KError('EBUSY');
  if (dev.privFlags & IFF_DONT_BRIDGE) throw new KError('EOPNOTSUPP', 'Device does not allow enslaving to a bridge');
  const p = newNbp(br, dev);
  dev.net.netdevChain.call(NetdevEvent.JOIN, dev);
  devSetAllmulti(dev, 1);
  try {
    netdevRxHandlerRegister(dev, brHandleFrame, p);
  } catch (e) {
    devSetAllmulti(dev, -1);
    throw e;
  }
  dev.privFlags |= IFF_BRIDGE_PORT;
  try {
    netdevMasterUpperDevLink(dev, br.dev, p);
  } catch (e) {
    dev.privFlags &= ~IFF_BRIDGE_PORT;
    netdevRxHandlerUnregister(dev);
    devSetAllmulti(dev, -1);
    throw e;
  }
  // list_add_rcu(&p->list, &br->port_list): the newest port first.
  br.portList.unshift(p);
  brManagePromisc(br);
  // netdev_update_features(br->dev): the bridge's features follow its ports' (`ip monitor`: "event FEATURE CHANGE").
  netdevUpdateFeatures(br.dev);
  brFdbAddLocal(br, p, dev.devAddr, 0);
  nbpVlanInit(p);
  const changedAddr = brStpRecalculateBridgeId(br);
  if (dev.isUp && dev.operUp && br.dev.isUp) brStpEnablePort(p);
  brIfinfoNotify(RTM_NEWLINK, p);
  if (changedAddr) br.dev.net.netdevChain.call(NetdevEvent.CHANGEADDR, br.dev);
  brMtuAutoAdjust(br);
  brSetGsoLimits(br);
}

/** del_nbp(): the port leaves: disabled, its fdb entries gone, links and handler undone. */
function delNbp(p: NetBridgePort): void {
  const br = p.br;
  const dev = p.dev;
  if (p.flags & BR_PROMISC) {
    devSetPromiscuity(dev, -1);
    p.flags &= ~BR_PROMISC;
  }
  brStpDisablePort(p);
  brMulticastDelPort(p);
  brIfinfoNotify(RTM_DELLINK, p);
  const i = br.portList.indexOf(p);
  if (i >= 0) br.portList.splice(i, 1);
  brFdbDeleteByPort(br, p, 0, true);
  nbpVlanFlush(p);
  for (const o of br.portList) if (o.backupPort === p) o.backupPort = null;
  netdevUpperDevUnlink(dev, br.dev);
  dev.privFlags &= ~IFF_BRIDGE_PORT;
  netdevRxHandlerUnregister(dev);
  devSetAllmulti(dev, -1);
}

/** br_del_if(): EINVAL for a device that is not this bridge's port. */
export function brDelIf(br: NetBridge, dev: NetDevice): void {
  const p = brPortGet(dev);
  if (!p || p.br !== br) throw new KError('EINVAL');
  delNbp(p);
  brMtuAutoAdjust(br);
  brSetGsoLimits(br);
  if (brStpRecalculateBridgeId(br)) br.dev.net.netdevChain.call(NetdevEvent.CHANGEADDR, br.dev);
  netdevUpdateFeatures(br.dev);
}


/** br_dev_delete(): every port leaves, then the bridge's own entries go. */
export function brDevDeletePorts(br: NetBridge): void {
  for (const p of [...br.portList]) delNbp(p);
  brFdbDeleteByPort(br, null, 0, true);
}

/**
 * br_port_carrier_check(): on NETDEV_CHANGE, a running port with carrier
 * is enabled, one without is disabled (only while the bridge runs); true
 * when that announced the port.
 */
export function brPortCarrierCheck(p: NetBridgePort): boolean {
  const dev = p.dev;
  const br = p.br;
  if (!(p.flags & BR_ADMIN_COST) && dev.isUp && dev.operUp) p.pathCost = portCost(dev);
  if (!br.dev.isUp) return false;
  if (dev.isUp && dev.operUp) {
    if (p.state !== BR_STATE_DISABLED) return false;
    brStpEnablePort(p);
    return true;
  }
  if (p.state === BR_STATE_DISABLED) return false;
  brStpDisablePort(p);
  return true;
}
