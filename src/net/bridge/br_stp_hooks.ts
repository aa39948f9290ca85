/**
 * What spanning tree tells the rest of the bridge: br_ifinfo_notify() when a
 * port changes state (RTM_NEWLINK to `ip monitor` / `bridge monitor`).
 * @linux net/bridge/br_netlink.c br_ifinfo_notify()
 */
import type { NetBridgePort } from './br_private.js';
import { brIfinfoNotify } from './br_ifinfo.js';
import { RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';

export const brStpHooks = Object.freeze({
  /** br_ifinfo_notify(RTM_NEWLINK, NULL, p) */
  ifinfoNotify(p: NetBridgePort): void {
    brIfinfoNotify(RTM_NEWLINK, p);
  },
});
