/**
 * The feature state of a device: what register_netdevice() makes of the
 * driver's sets, and __netdev_update_features(), which recomputes the
 * active set from the wanted one (the driver's ndo_fix_features, then
 * netdev_fix_features()) and announces a change (NETDEV_FEAT_CHANGE:
 * RTM_NEWLINK, and upper devices that follow their lowers recompute).
 * @linux net/core/dev.c register_netdevice() __netdev_update_features() netdev_update_features()
 */
import { NetdevEvent } from './net_namespace.js';
import type { NetDevice } from './netdevice.js';
import { IFF_LOOPBACK } from '../../uapi/linux/if.js';
import { lowWord, netdevFixFeatures, netdevGetWantedFeatures, registerFeatures } from './netdev_features.js';

/** dev->features = f, and the data path's word (within what the driver's tuxnet model does in hardware). */
export function netdevSetActiveFeatures(dev: NetDevice, f: bigint): void {
  dev.featuresAll = f;
  dev.features = lowWord(f) & (dev.ops.modelledFeatures ?? ~0);
}

/** A driver's setup: `features` on, `hw` changeable (dev->features |= ..., dev->hw_features |= ...). */
export function netdevSetupFeatures(dev: NetDevice, features: bigint, hw: bigint): void {
  netdevSetActiveFeatures(dev, dev.featuresAll | features);
  dev.hwFeatures |= hw;
}

/** register_netdevice()'s features: the software offloads, the wanted set, then the first update. */
export function registerNetdeviceFeatures(dev: NetDevice): void {
  const r = registerFeatures(dev.hwFeatures, dev.featuresAll, (dev.flags & IFF_LOOPBACK) !== 0);
  dev.hwFeatures = r.hw;
  dev.wantedFeatures = r.wanted;
  netdevSetActiveFeatures(dev, r.features);
  netdevUpdateFeaturesQuiet(dev);
}

/**
 * __netdev_update_features(): true when the active set changed. No lab
 * driver has an ndo_set_features that could refuse the new set (veth's
 * only turns NAPI on for GRO, which tuxnet does not model: README).
 */
export function netdevUpdateFeaturesQuiet(dev: NetDevice): boolean {
  let f = netdevGetWantedFeatures(dev.featuresAll, dev.hwFeatures, dev.wantedFeatures);
  if (dev.ops.fixFeatures) f = dev.ops.fixFeatures(dev, f);
  // "driver might be less strict about feature dependencies"
  f = netdevFixFeatures(f);
  if (f === dev.featuresAll) return false;
  netdevSetActiveFeatures(dev, f);
  return true;
}

/** netdev_features_change(): NETDEV_FEAT_CHANGE (rtnetlink announces it; uppers recompute). */
export function netdevFeaturesChange(dev: NetDevice): void {
  dev.net.netdevChain.call(NetdevEvent.FEAT_CHANGE, dev);
}

/** netdev_update_features(): recompute, and announce a change. */
export function netdevUpdateFeatures(dev: NetDevice): void {
  if (netdevUpdateFeaturesQuiet(dev)) netdevFeaturesChange(dev);
}
