/**
 * do_setlink(): the changes RTM_SETLINK / RTM_NEWLINK request on an
 * existing device, in the kernel's order: namespace, address, mtu, group,
 * name, alias, broadcast, flags, master, carrier, txqueuelen, GSO/GRO
 * limits. The first error stops the rest.
 * @linux net/core/rtnetlink.c do_setlink(), validate_linkmsg()
 */
import type { NetDevice } from './netdevice.js';
import { KError } from './errno.js';
import {
  devChangeFlags, devChangeName, devChangeTxQueueLen, devChangeNetNamespace, devSetMacAddress, devSetMtu, netdevStateChange,
  GRO_MAX_SIZE, GSO_MAX_SEGS, netifSetGroMaxSize, netifSetGsoMaxSize, netifCarrierOff, netifCarrierOn,
  setOperstate,
} from './dev.js';
import { NetdevEvent } from './net_namespace.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { rtnlDevCombineFlags, rtnlLinkGetNet } from './rtnl_link.js';

/**
 * validate_linkmsg(): an address shorter than the device's is refused, and
 * GSO/GRO limits above what the device (tso_max_size, tso_max_segs) or the
 * stack (GSO_MAX_SEGS, GRO_MAX_SIZE) can take; at creation as on a change.
 */
export function validateLinkmsg(dev: NetDevice, m: IfInfoMsg): void {
  if (m.address && m.address.length < dev.addrLen) throw new KError('EINVAL');
  if (m.broadcast && m.broadcast.length < dev.addrLen) throw new KError('EINVAL');
  if (m.gsoMaxSize !== undefined && m.gsoMaxSize > dev.tsoMaxSize) throw new KError('EINVAL', 'too big gso_max_size');
  if (m.gsoMaxSegs !== undefined && (m.gsoMaxSegs > GSO_MAX_SEGS || m.gsoMaxSegs > dev.tsoMaxSegs)) throw new KError('EINVAL', 'too big gso_max_segs');
  if (m.groMaxSize !== undefined && m.groMaxSize > GRO_MAX_SIZE) throw new KError('EINVAL', 'too big gro_max_size');
}

/**
 * The GSO/GRO limits of a request (rtnl_create_link() and do_setlink() alike);
 * do_setlink() marks them DO_SETLINK_MODIFIED only, so no RTM_NEWLINK follows.
 */
export function setlinkGsoLimits(dev: NetDevice, m: IfInfoMsg): void {
  if (m.gsoMaxSize !== undefined) netifSetGsoMaxSize(dev, m.gsoMaxSize);
  if (m.gsoMaxSegs !== undefined) dev.gsoMaxSegs = m.gsoMaxSegs;
  if (m.groMaxSize !== undefined) netifSetGroMaxSize(dev, m.groMaxSize);
}

/**
 * do_set_master(): leave the current master (ndo_del_slave), join the new
 * one (ndo_add_slave); EOPNOTSUPP for a device that is no master, EINVAL
 * for an unknown ifindex; 0 only leaves.
 */
export function doSetMaster(dev: NetDevice, ifindex: number): void {
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

/**
 * dev_change_proto_down(): a driver that sets dev->change_proto_down
 * (EOPNOTSUPP otherwise) turns its carrier off for protodown on, on for
 * off; a stacked device's carrier may still follow its lower afterwards
 * (netif_stacked_transfer_operstate() does not look at proto_down).
 */
export function devChangeProtoDown(dev: NetDevice, protoDown: boolean): void {
  if (!PROTO_DOWN_KINDS.has(dev.ops.kind ?? '')) throw new KError('EOPNOTSUPP');
  if (protoDown) netifCarrierOff(dev);
  else netifCarrierOn(dev);
  dev.protoDown = protoDown;
}

/** dev_change_proto_down_reason(): no mask sets the whole word, else each masked bit as in value. */
function devChangeProtoDownReason(dev: NetDevice, mask: number, value: number): void {
  if (!mask) {
    dev.protoDownReason = value >>> 0;
    return;
  }
  dev.protoDownReason = ((dev.protoDownReason & ~mask) | (value & mask)) >>> 0;
}

/**
 * do_set_proto_down(): refused by a device that cannot; the reasons first,
 * then the flag, which cannot be cleared while a reason is active (EBUSY).
 */
function doSetProtoDown(dev: NetDevice, m: IfInfoMsg): void {
  if (!PROTO_DOWN_KINDS.has(dev.ops.kind ?? '')) throw new KError('EOPNOTSUPP', 'Protodown not supported by device');
  if (m.protoDownReason) devChangeProtoDownReason(dev, m.protoDownReason.mask ?? 0, m.protoDownReason.value);
  if (m.protoDown === undefined) return;
  if (!m.protoDown && dev.protoDownReason) throw new KError('EBUSY', 'Cannot clear protodown, active reasons');
  devChangeProtoDown(dev, m.protoDown !== 0);
}

/** do_setlink() */
export function doSetlink(dev: NetDevice, m: IfInfoMsg, changed = false): void {
  validateLinkmsg(dev, m);
  // `changed`: __rtnl_newlink()'s changelink/slave_changelink ran (status DO_SETLINK_NOTIFY).
  let notify = changed;
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
    setlinkGsoLimits(dev, m);
    if (m.protoDown !== undefined || m.protoDownReason) {
      doSetProtoDown(dev, m);
      notify = true;
    }
    if (m.operstate !== undefined) setOperstate(dev, m.operstate);
    if (m.linkmode !== undefined) {
      // IFLA_LINKMODE: taken as is, the current operstate stays until the next linkwatch run (DO_SETLINK_NOTIFY).
      if (dev.linkMode !== m.linkmode) notify = true;
      dev.linkMode = m.linkmode;
    }
    if (m.afSpec?.inet6AddrGenMode !== undefined) inet6SetLinkAf(dev, m.afSpec.inet6AddrGenMode);
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
