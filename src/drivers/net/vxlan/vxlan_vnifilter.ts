/**
 * The VNI filter of a vxlan in collect-metadata mode (PF_BRIDGE
 * RTM_NEWTUNNEL, RTM_DELTUNNEL, RTM_GETTUNNEL; `bridge vni`). Tuxnet refuses
 * vnifilter devices at creation, so every vxlan answers as one without it:
 * EOPNOTSUPP to add/delete, EINVAL to a dump of that device, nothing in a
 * dump of the namespace.
 * @kernel drivers/net/vxlan/vxlan_vnifilter.c
 */
import type { Net, NetWorld } from '../../../net/core/net_namespace.js';
import type { NetDevice } from '../../../net/core/netdevice.js';
import { NLM_F_MULTI, type NlMsg } from '../../../uapi/linux/netlink.js';
import { nlmsgNew } from '../../../net/core/rtnetlink.js';
import { KError } from '../../../net/core/errno.js';
import { RTM_DELTUNNEL, RTM_GETTUNNEL, RTM_NEWTUNNEL } from '../../../uapi/linux/rtnetlink.js';
import { TUNNEL_MSG_FLAG_STATS, type TunnelMsg } from '../../../uapi/linux/if_bridge.js';
import { VXLAN_F_VNIFILTER, vxlanOf } from './vxlan_private.js';

const PF_BRIDGE = 7;

/** netif_is_vxlan() */
function netifIsVxlan(dev: NetDevice): boolean {
  return dev.ops.kind === 'vxlan';
}

/** vxlan_vnifilter_process(): add or delete the VNIs of a vnifilter vxlan. */
function vxlanVnifilterProcess(net: Net, msg: NlMsg<TunnelMsg>): void {
  const dev = net.devByIndex(msg.body.ifindex);
  if (!dev) throw new KError('ENODEV');
  if (!netifIsVxlan(dev)) throw new KError('EINVAL', 'vxlan: The device is not a vxlan device');
  if (!(vxlanOf(dev).cfg.flags & VXLAN_F_VNIFILTER)) throw new KError('EOPNOTSUPP');
  throw new KError('EOPNOTSUPP', 'vxlan: VNI filtering is not implemented in tuxnet');
}

/** vxlan_vnifilter_dump_dev(): a vxlan without VXLAN_F_VNIFILTER has no filter to dump (EINVAL). */
function vxlanVnifilterDumpDev(dev: NetDevice): TunnelMsg[] {
  if (!(vxlanOf(dev).cfg.flags & VXLAN_F_VNIFILTER)) throw new KError('EINVAL');
  throw new KError('EOPNOTSUPP', 'vxlan: VNI filtering is not implemented in tuxnet');
}

/** vxlan_vnifilter_dump(): one device's filter, or every vxlan's of the namespace (their errors skipped). */
function vxlanVnifilterDump(net: Net, msg: NlMsg<TunnelMsg>): NlMsg[] {
  const t = msg.body;
  if (t.flags & ~TUNNEL_MSG_FLAG_STATS) throw new KError('EINVAL', 'Invalid tunnelmsg flags in ancillary header');
  const out: TunnelMsg[] = [];
  if (t.ifindex) {
    const dev = net.devByIndex(t.ifindex);
    if (!dev) throw new KError('ENODEV');
    if (!netifIsVxlan(dev)) throw new KError('EINVAL', 'The device is not a vxlan device');
    out.push(...vxlanVnifilterDumpDev(dev));
  } else {
    for (const dev of net.devicesSorted()) {
      if (!netifIsVxlan(dev) || !(vxlanOf(dev).cfg.flags & VXLAN_F_VNIFILTER)) continue;
      out.push(...vxlanVnifilterDumpDev(dev));
    }
  }
  return out.map((body) => nlmsgNew(RTM_NEWTUNNEL, NLM_F_MULTI, body, msg.seq, msg.pid));
}

/** vxlan_vnifilter_init() */
export function vxlanVnifilterInit(world: NetWorld): void {
  world.rtnl.register<TunnelMsg>(PF_BRIDGE, RTM_GETTUNNEL, null, vxlanVnifilterDump);
  world.rtnl.register<TunnelMsg>(PF_BRIDGE, RTM_NEWTUNNEL, vxlanVnifilterProcess, null);
  world.rtnl.register<TunnelMsg>(PF_BRIDGE, RTM_DELTUNNEL, vxlanVnifilterProcess, null);
}
