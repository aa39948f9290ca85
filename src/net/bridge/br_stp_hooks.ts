/**
 * What spanning tree tells the rest of the bridge: br_ifinfo_notify() when a
 * port changes state (RTM_NEWLINK to `ip monitor` / `bridge monitor`), and
 * multicast snooping that a port may query again.
 * @linux net/bridge/br_netlink.c br_ifinfo_notify(), net/bridge/br_stp.c br_port_state_selection()
 */
import type { NetBridgePort } from './br_private.js';
import { brIfinfoNotify } from './br_ifinfo.js';
import { RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';
import { brMulticastEnablePort } from './br_multicast_query.js';

export const brStpHooks = Object.freeze({
  /** br_ifinfo_notify(RTM_NEWLINK, NULL, p) */
  ifinfoNotify(p: NetBridgePort): void {
    brIfinfoNotify(RTM_NEWLINK, p);
  },
  /** br_multicast_enable_port() from br_port_state_selection(): a port not blocking (re)starts its queries. */
  multicastEnablePort(p: NetBridgePort): void {
    brMulticastEnablePort(p);
  },
});
