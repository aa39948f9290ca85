/**
 * do_setlink(): the changes RTM_SETLINK / RTM_NEWLINK request on an
 * existing device, in the kernel's order: namespace, address, mtu, group,
 * name, alias, broadcast, flags, txqueuelen. The first error stops the rest.
 * @linux net/core/rtnetlink.c do_setlink(), validate_linkmsg()
 */
import type { NetDevice } from './netdevice.js';
import { KError } from './errno.js';
import {
  devChangeFlags, devChangeName, devChangeTxQueueLen, devChangeNetNamespace, devSetMacAddress, devSetMtu, netdevStateChange,
  setOperstate,
} from './dev.js';
import { NetdevEvent } from './net_namespace.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { rtnlDevCombineFlags, rtnlLinkGetNet } from './rtnl_link.js';

/** validate_linkmsg(): an address shorter than the device's is refused. */
function validateLinkmsg(dev: NetDevice, m: IfInfoMsg): void {
  if (m.address && m.address.length < dev.addrLen) throw new KError('EINVAL');
  if (m.broadcast && m.broadcast.length < dev.addrLen) throw new KError('EINVAL');
}

/**
 * do_set_master(): leave the current master (ndo_del_slave), join the new
 * one (ndo_add_slave); EOPNOTSUPP for a device that is no master, EINVAL
 * for an unknown ifindex; 0 only leaves.
 */
function doSetMaster(dev: NetDevice, ifindex: number): void {
  let upper = dev.master;
  if (upper) {
    if (upper.ifindex === ifindex) return;
    if (!upper.ops.delSlave) throw new KError('EOPNOTSUPP');
    upper.ops.delSlave(upper, dev);
  }
  if (!ifindex) return;
  upper = dev.net.devByIndex(ifindex);
  if (!upper) throw new KError('EINVAL');
  if (!upper.ops.addSlave) throw new KError('EOPNOTSUPP');
  upper.ops.addSlave(upper, dev);
}

/** The kinds whose setup sets dev->change_proto_down (macvlan_common_setup(), vxlan_setup()). */
const PROTO_DOWN_KINDS: ReadonlySet<string> = new Set(['macvlan', 'macvtap', 'vxlan']);

/** do_set_proto_down(): refused by a device that cannot; tuxnet does not model proto_down itself. */
function doSetProtoDown(dev: NetDevice): void {
  if (!PROTO_DOWN_KINDS.has(dev.ops.kind ?? '')) throw new KError('EOPNOTSUPP', 'Protodown not supported by device');
  throw new KError('EOPNOTSUPP', 'protodown is not implemented in tuxnet');
}

/** do_setlink() */
export function doSetlink(dev: NetDevice, m: IfInfoMsg): void {
  validateLinkmsg(dev, m);
  let notify = false;
  try {
    // rtnl_link_get_net_capable(): the namespace of IFLA_NET_NS_PID's task or of IFLA_NET_NS_FD.
    if (m.netNsPid !== undefined || m.netNsFd) devChangeNetNamespace(dev, rtnlLinkGetNet(dev.net, m), m.ifname, m.newIfindex);
    if (m.address) devSetMacAddress(dev, m.address);
    if (m.mtu !== undefined) devSetMtu(dev, m.mtu);
    if (m.group !== undefined) {
      dev.group = m.group;
      notify = true;
    }
    // Selected by index, a name means a rename (after a move too: a "%d" pattern is expanded again there).
    if (m.index > 0 && m.ifname !== undefined) devChangeName(dev, m.ifname);
    if (m.ifalias !== undefined && m.ifalias !== dev.alias) {
      dev.alias = m.ifalias;
      notify = true;
    }
    if (m.broadcast) {
      dev.broadcast.set(m.broadcast.subarray(0, dev.addrLen));
      dev.net.netdevChain.call(NetdevEvent.CHANGEADDR, dev);
    }
    if (m.flags || m.change) devChangeFlags(dev, rtnlDevCombineFlags(dev, m));
    if (m.master !== undefined) doSetMaster(dev, m.master);
    // dev_change_carrier(): only a driver with ndo_change_carrier (dummy, team...), none of the lab's.
    if (m.carrier !== undefined) throw new KError('EOPNOTSUPP');
    if (m.txqlen !== undefined) devChangeTxQueueLen(dev, m.txqlen);
    if (m.operstate !== undefined) setOperstate(dev, m.operstate);
    if (m.linkmode !== undefined) {
      // IFLA_LINKMODE: taken as is, the current operstate stays until the next linkwatch run (DO_SETLINK_NOTIFY).
      if (dev.linkMode !== m.linkmode) notify = true;
      dev.linkMode = m.linkmode;
    }
    if (m.protoDown !== undefined) doSetProtoDown(dev);
  } finally {
    // DO_SETLINK_NOTIFY: changes without an event of their own are announced once.
    if (notify) netdevStateChange(dev);
  }
}
