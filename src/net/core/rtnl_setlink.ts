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

/** GRO_MAX_SIZE: 8 * 65535 */
const GRO_MAX_SIZE = 8 * 65535;

/**
 * validate_linkmsg(): an address shorter than the device's is refused, as
 * are GSO sizes past what the device can segment (tso_max_size,
 * tso_max_segs) and a GRO size past GRO_MAX_SIZE.
 */
function validateLinkmsg(dev: NetDevice, m: IfInfoMsg): void {
  if (m.address && m.address.length < dev.addrLen) throw new KError('EINVAL');
  if (m.broadcast && m.broadcast.length < dev.addrLen) throw new KError('EINVAL');
  if (m.gsoMaxSize !== undefined && m.gsoMaxSize > dev.tsoMaxSize) throw new KError('EINVAL', 'too big gso_max_size');
  if (m.gsoMaxSegs !== undefined && m.gsoMaxSegs > dev.tsoMaxSegs) throw new KError('EINVAL', 'too big gso_max_segs');
  if (m.groMaxSize !== undefined && m.groMaxSize > GRO_MAX_SIZE) throw new KError('EINVAL', 'too big gro_max_size');
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
    // do_setlink(): IFLA_GSO_MAX_SIZE, IFLA_GSO_MAX_SEGS, IFLA_GRO_MAX_SIZE (DO_SETLINK_MODIFIED: announced).
    if (m.gsoMaxSize !== undefined && m.gsoMaxSize !== dev.gsoMaxSize) {
      dev.gsoMaxSize = m.gsoMaxSize;
      notify = true;
    }
    if (m.gsoMaxSegs !== undefined && m.gsoMaxSegs !== dev.gsoMaxSegs) {
      dev.gsoMaxSegs = m.gsoMaxSegs;
      notify = true;
    }
    if (m.groMaxSize !== undefined && m.groMaxSize !== dev.groMaxSize) {
      dev.groMaxSize = m.groMaxSize;
      notify = true;
    }
    if (m.operstate !== undefined) setOperstate(dev, m.operstate);
    if (m.linkmode !== undefined) {
      // IFLA_LINKMODE: taken as is, the current operstate stays until the next linkwatch run (DO_SETLINK_NOTIFY).
      if (dev.linkMode !== m.linkmode) notify = true;
      dev.linkMode = m.linkmode;
    }
    if (m.afSpec?.inet6AddrGenMode !== undefined) inet6SetLinkAf(dev, m.afSpec.inet6AddrGenMode);
    if (m.protoDown !== undefined) doSetProtoDown(dev);
  } finally {
    // DO_SETLINK_NOTIFY: changes without an event of their own are announced once.
    if (notify) netdevStateChange(dev);
  }
}

/**
 * inet6_set_link_af() (IFLA_AF_SPEC AF_INET6 IFLA_INET6_ADDR_GEN_MODE): a
 * device without an inet6_dev is EAFNOSUPPORT; check_addr_gen_mode() and
 * check_stable_privacy() as the sysctl's, the new mode stored without
 * regenerating addresses. @linux net/ipv6/addrconf.c
 */
function inet6SetLinkAf(dev: NetDevice, mode: number): void {
  const v6 = dev.net.ipv6;
  const cnf = v6?.confs.get(dev);
  if (!v6 || !cnf) throw new KError('EAFNOSUPPORT');
  // IN6_ADDR_GEN_MODE_RANDOM is the last mode; STABLE_PRIVACY (2) needs the device's or default's secret.
  if (mode > 3 || (mode === 2 && !v6.stableSecret.has(cnf) && !v6.stableSecret.has(v6.dflt))) throw new KError('EINVAL');
  cnf.set('addr_gen_mode', mode);
}
