/**
 * What spanning tree tells the rest of the bridge: br_ifinfo_notify() when a
 * port changes state (RTM_NEWLINK to `ip monitor` / `bridge monitor`).
 * Linux: br_stp.c calls br_ifinfo_notify(RTM_NEWLINK, NULL, p) directly.
 * @linux net/bridge/br_netlink.c br_ifinfo_notify()
 */
import type { NetBridge, NetBridgePort } from './br_private.js';

export const brStpHooks = Object.freeze({
  /** br_ifinfo_notify(RTM_NEWLINK, NULL, p). Tuxnet: bridge port notifications are not sent yet. */
  ifinfoNotify(_p: NetBridgePort): void {},
  /** br_fdb_delete_by_port(br, p, 0, 0): a disabled port's learned entries go. */
  fdbDeleteByPort(_p: NetBridgePort): void {},
  /** br_fdb_change_mac_address(): the bridge's local fdb entry follows its new MAC. */
  fdbChangeMacAddress(_br: NetBridge, _addr: Uint8Array): void {},
});
