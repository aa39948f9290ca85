/**
 * The bridge module: the link kind, the AF_BRIDGE netlink handlers, and
 * the netdev notifier through which ports follow their devices (carrier,
 * up/down, address, MTU, unregistration).
 * @linux net/bridge/br.c br_device_event(), br_init()
 */
import { netdevUpdateFeatures } from '../core/dev_features.js';
import { NetdevEvent, type Net, type NetWorld, type PernetOperations } from '../core/net_namespace.js';
import { notifierMask } from '../core/notifier.js';
import type { NetDevice } from '../core/netdevice.js';
import { brFdbChangeaddr, brFdbChangeMacAddress } from './br_fdb.js';
import { brFdbRtnlInit } from './br_fdb_rtnl.js';
import { brMdbInit } from './br_mdb.js';
import { brVlanRtnlInit } from './br_vlan_netlink.js';
import { brDelIf, brMtuAutoAdjust, brPortCarrierCheck } from './br_if.js';
import { brNetlinkInit } from './br_netlink.js';
import { brIfinfoNotify } from './br_ifinfo.js';
import { RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';
import { BROPT_MTU_SET_BY_USER, brPortGet, netdevBridge } from './br_private.js';
import { brStpDisablePort, brStpEnablePort, brStpRecalculateBridgeId } from './br_stp_if.js';

/** The events br_device_event() acts on (the others do not call it). */
const BR_EVENTS = notifierMask(NetdevEvent.REGISTER, NetdevEvent.FEAT_CHANGE, NetdevEvent.CHANGEMTU, NetdevEvent.CHANGEADDR, NetdevEvent.CHANGE, NetdevEvent.DOWN, NetdevEvent.UP, NetdevEvent.UNREGISTER);

/** br_device_event(): what happens to a port when its device changes. */
function brDeviceEvent(event: NetdevEvent, dev: NetDevice): void {
  const own = netdevBridge(dev);
  // "Install FDB for bridge MAC on VLAN 0": a registered bridge has a local entry for its own address,
  // a random one too (before, only an address set or taken from a port had one).
  if (own && event === NetdevEvent.REGISTER) brFdbChangeMacAddress(own, dev.devAddr);
  // br_change_mtu() (ndo_change_mtu): an MTU set on the bridge is the user's until auto-adjust clears it.
  if (own && event === NetdevEvent.CHANGEMTU) own.optToggle(BROPT_MTU_SET_BY_USER, true);
  const p = brPortGet(dev);
  if (!p) return;
  const br = p.br;
  let notified = false;
  switch (event) {
    case NetdevEvent.CHANGEMTU:
      brMtuAutoAdjust(br);
      break;
    case NetdevEvent.FEAT_CHANGE:
      netdevUpdateFeatures(br.dev);
      break;
    case NetdevEvent.CHANGEADDR:
      brFdbChangeaddr(p, dev.devAddr);
      if (brStpRecalculateBridgeId(br)) br.dev.net.netdevChain.call(NetdevEvent.CHANGEADDR, br.dev);
      break;
    case NetdevEvent.CHANGE:
      notified = brPortCarrierCheck(p);
      break;
    case NetdevEvent.DOWN:
      if (br.dev.isUp) {
        brStpDisablePort(p);
        notified = true;
      }
      break;
    case NetdevEvent.UP:
      if (br.dev.isUp && dev.operUp) {
        brStpEnablePort(p);
        notified = true;
      }
      break;
    case NetdevEvent.UNREGISTER:
      brDelIf(br, dev);
      break;
    default:
      break;
  }
  // "Events that may cause spanning tree to refresh"
  const refresh = event === NetdevEvent.CHANGEADDR || event === NetdevEvent.UP || event === NetdevEvent.CHANGE || event === NetdevEvent.DOWN;
  if (!notified && refresh) brIfinfoNotify(RTM_NEWLINK, p);
}

/** The notifier in each namespace (register_netdevice_notifier reaches every namespace). */
export const brNetOps: PernetOperations = {
  name: 'bridge',
  init(net: Net): void {
    net.netdevChain.register(brDeviceEvent, 0, BR_EVENTS);
  },
  exit(net: Net): void {
    net.netdevChain.unregister(brDeviceEvent);
  },
};

/** br_init() */
export function brInit(world: NetWorld): void {
  brNetlinkInit(world.rtnl);
  brFdbRtnlInit(world.rtnl);
  brMdbInit(world.rtnl);
  brVlanRtnlInit(world.rtnl);
  world.pernet.register(brNetOps);
}
