/**
 * What spanning tree tells the rest of the bridge: br_ifinfo_notify() when a
 * port changes state (RTM_NEWLINK to `ip monitor` / `bridge monitor`).
 * Linux: br_stp.c calls br_ifinfo_notify(RTM_NEWLINK, NULL, p) directly.
 * @linux net/bridge/br_netlink.c br_ifinfo_notify()
 */
import type { NetBridgePort } from './br_private.js';

export const brStpHooks = Object.freeze({
  /** br_ifinfo_notify(RTM_NEWLINK, NULL, p). Tuxnet: bridge port notifications are not sent yet. */
  ifinfoNotify(_p: NetBridgePort): void {},
});
