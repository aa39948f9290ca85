/**
 * The device stack: rx_handler registration (what a bridge port or a
 * macvlan lower device installs) and upper/lower links between devices
 * (netdev_upper_dev_link, netdev_master_upper_dev_link) with the
 * NETDEV_PRECHANGEUPPER / NETDEV_CHANGEUPPER events and the kernel's
 * refusals: a device cannot be its own upper, a link must not close a loop,
 * a device has one master, stacks are at most MAX_NEST_DEV deep.
 * @linux net/core/dev.c netdev_rx_handler_register() __netdev_upper_dev_link() __netdev_upper_dev_unlink()
 */
import { KError } from './errno.js';
import { MAX_NEST_DEV, type NetDevice } from './netdevice.js';
import { NetdevEvent, type NetdevChangeUpperInfo } from './net_namespace.js';
import type { RxHandler } from './dev_rx.js';
import { IFF_NO_RX_HANDLER } from './netdevice.js';

/** netdev_is_rx_handler_busy() */
export function netdevIsRxHandlerBusy(dev: NetDevice): boolean {
  return dev.rxHandler !== null;
}

/** netdev_rx_handler_register(): one handler per device; EBUSY when taken or refused (IFF_NO_RX_HANDLER). */
export function netdevRxHandlerRegister(dev: NetDevice, handler: RxHandler, data: unknown): void {
  if (netdevIsRxHandlerBusy(dev)) throw new KError('EBUSY');
  if (dev.privFlags & IFF_NO_RX_HANDLER) throw new KError('EINVAL');
  dev.rxHandlerData = data;
  dev.rxHandler = handler;
}

/** netdev_rx_handler_unregister() */
export function netdevRxHandlerUnregister(dev: NetDevice): void {
  dev.rxHandler = null;
  dev.rxHandlerData = null;
}

/** netdev_walk_all_upper_dev_rcu(): is `upper` anywhere above `dev`? (__netdev_has_upper_dev) */
export function netdevHasUpperDev(dev: NetDevice, upper: NetDevice): boolean {
  for (const a of dev.adjUpper) {
    if (a.dev === upper || netdevHasUpperDev(a.dev, upper)) return true;
  }
  return false;
}

/** netdev_master_upper_dev_get() */
export function netdevMasterUpperDevGet(dev: NetDevice): NetDevice | null {
  return dev.master;
}

/** dev->upper_level: 1 + the highest upper's level (a device with no upper is level 1). */
export function netdevUpperLevel(dev: NetDevice): number {
  let max = 0;
  for (const a of dev.adjUpper) max = Math.max(max, netdevUpperLevel(a.dev));
  return max + 1;
}

/** dev->lower_level */
export function netdevLowerLevel(dev: NetDevice): number {
  let max = 0;
  for (const a of dev.adjLower) max = Math.max(max, netdevLowerLevel(a.dev));
  return max + 1;
}

/**
 * __netdev_upper_dev_link(): `upper` goes above `dev`. Refusals in the
 * kernel's order: itself or a loop (EBUSY), too deep (EMLINK), an existing
 * link (EEXIST), a second master (EBUSY). NETDEV_PRECHANGEUPPER may refuse
 * (a listener throws), then the link is made and NETDEV_CHANGEUPPER told.
 */
function upperDevLink(dev: NetDevice, upper: NetDevice, master: boolean, upperPriv: unknown, upperInfo: unknown): void {
  if (dev === upper) throw new KError('EBUSY');
  // "To prevent loops, check if dev is not upper device to upper_dev."
  if (netdevHasUpperDev(upper, dev)) throw new KError('EBUSY');
  if (netdevLowerLevel(dev) + netdevUpperLevel(upper) > MAX_NEST_DEV) throw new KError('EMLINK');
  if (!master) {
    if (netdevHasUpperDev(dev, upper)) throw new KError('EEXIST');
  } else {
    const m = dev.master;
    if (m) throw new KError(m === upper ? 'EEXIST' : 'EBUSY');
  }
  const info: NetdevChangeUpperInfo = { kind: 'changeupper', upperDev: upper, master, linking: true, upperInfo };
  dev.net.netdevChain.call(NetdevEvent.PRECHANGEUPPER, dev, info);
  dev.adjUpper.push({ dev: upper, master, priv: upperPriv });
  upper.adjLower.push({ dev, master: false, priv: upperPriv });
  dev.net.netdevChain.call(NetdevEvent.CHANGEUPPER, dev, info);
}

/** netdev_upper_dev_link() */
export function netdevUpperDevLink(dev: NetDevice, upper: NetDevice): void {
  upperDevLink(dev, upper, false, null, null);
}

/** netdev_master_upper_dev_link(): `upper` becomes dev's master (a bridge, a bond, a VRF). */
export function netdevMasterUpperDevLink(dev: NetDevice, upper: NetDevice, upperPriv: unknown = null, upperInfo: unknown = null): void {
  upperDevLink(dev, upper, true, upperPriv, upperInfo);
}

/** netdev_upper_dev_unlink(): NETDEV_PRECHANGEUPPER, unlink, NETDEV_CHANGEUPPER (linking false). */
export function netdevUpperDevUnlink(dev: NetDevice, upper: NetDevice): void {
  const i = dev.adjUpper.findIndex((a) => a.dev === upper);
  if (i < 0) return;
  const info: NetdevChangeUpperInfo = { kind: 'changeupper', upperDev: upper, master: dev.adjUpper[i]!.master, linking: false, upperInfo: null };
  dev.net.netdevChain.call(NetdevEvent.PRECHANGEUPPER, dev, info);
  dev.adjUpper.splice(i, 1);
  const j = upper.adjLower.findIndex((a) => a.dev === dev);
  if (j >= 0) upper.adjLower.splice(j, 1);
  dev.net.netdevChain.call(NetdevEvent.CHANGEUPPER, dev, info);
}

/** The adjacency's private data (netdev_lower_dev_get_private / the upper_priv of a link). */
export function netdevAdjacentPriv(dev: NetDevice, upper: NetDevice): unknown {
  return dev.adjUpper.find((a) => a.dev === upper)?.priv ?? null;
}
