/** A virt device made through rtnetlink, for unit tests. */
import type { Net } from '../../net/core/net_namespace.js';
import type { NetDevice } from '../../net/core/netdevice.js';
import { nlmsgNew } from '../../net/core/rtnetlink.js';
import { rtnlConfigureLink } from '../../net/core/rtnl_link.js';
import { RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { virtLinkOps } from './virt.js';

export function rtnlNewlinkForTest(net: Net, name: string, lower: NetDevice): NetDevice {
  const body: IfInfoMsg = { family: 0, index: 0, ifname: name, link: lower.ifindex, linkinfo: { kind: 'virt' } };
  net.world.rtnl.lock();
  try {
    const dev = virtLinkOps.newlink(net, { name, data: null, msg: nlmsgNew(RTM_NEWLINK, 0, body), linkNet: net, srcNet: net });
    rtnlConfigureLink(dev, null);
    return dev;
  } finally {
    net.world.rtnl.unlock();
  }
}
