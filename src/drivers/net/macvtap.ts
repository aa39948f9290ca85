/**
 * macvtap: a macvlan whose received frames go to a character device
 * (/dev/tapN) that a user process (a VM) reads. It is a macvlan in all
 * else (modes, the lower device's port, NAME@LOWER), with a queue
 * (pfifo_fast, qlen 500) where a macvlan has none, and its own rx_handler
 * (tap_handle_frame()), so nothing else can hook its receive path.
 * tuxnet has no /dev/tapN: no queue is ever open, and tap_handle_frame()
 * passes every frame to the stack (RX_HANDLER_PASS, "no queue"), as Linux
 * does while no process holds the tap open.
 * @linux drivers/net/macvtap.c, drivers/net/tap.c tap_handle_frame()
 */
import type { NetDevice } from '../../net/core/netdevice.js';
import type { Net, NetWorld } from '../../net/core/net_namespace.js';
import type { RtnlLinkOps, RtnlNewlinkReq } from '../../net/core/rtnetlink.js';
import { netdevRxHandlerRegister, netdevRxHandlerUnregister } from '../../net/core/dev_upper.js';
import { RxHandlerResult } from '../../net/core/dev_rx.js';
import type { MacvlanInfo } from '../../uapi/linux/macvlan.js';
import { macvlanCommonNewlink, macvlanLinkOps, macvlanNetdevOps, type MacvlanKind } from './macvlan.js';

/** TUN_READQ_SIZE: macvtap_setup()'s tx_queue_len. */
const TUN_READQ_SIZE = 500;

/** tap_handle_frame() without an open queue: "if (!q) return RX_HANDLER_PASS". */
function tapHandleFrame(): RxHandlerResult {
  return RxHandlerResult.PASS;
}

/** macvtap_setup(): macvlan_common_setup() with a queue of TUN_READQ_SIZE (no IFF_NO_QUEUE). */
const macvtapKind: MacvlanKind = {
  ops: { ...macvlanNetdevOps, kind: 'macvtap' },
  setup: (dev) => {
    dev.txQueueLen = TUN_READQ_SIZE;
  },
  namePattern: 'macvtap%d',
};

/** macvtap_newlink(): the tap's rx_handler on the device itself, then macvlan_common_newlink(). */
function macvtapNewlink(net: Net, req: RtnlNewlinkReq<MacvlanInfo>): NetDevice {
  const dev = macvlanCommonNewlink(net, req, macvtapKind);
  netdevRxHandlerRegister(dev, tapHandleFrame, null);
  return dev;
}

/** macvtap_dellink(): the rx_handler goes, then macvlan_dellink(). */
function macvtapDellink(dev: NetDevice): void {
  netdevRxHandlerUnregister(dev);
  macvlanLinkOps.dellink!(dev);
}

/** macvtap_link_ops: macvlan's, but for the setup, newlink and dellink. */
const macvtapLinkOps: RtnlLinkOps<MacvlanInfo> = {
  ...macvlanLinkOps,
  kind: 'macvtap',
  newlink: macvtapNewlink,
  dellink: macvtapDellink,
};

/** macvtap_init(): the link kind. */
export function macvtapInit(world: NetWorld): void {
  world.rtnl.linkRegister(macvtapLinkOps as RtnlLinkOps);
}
