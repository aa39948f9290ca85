/**
 * What the bridge tells userspace about a port: its IFLA_BRPORT_*
 * attributes (br_port_fill_attrs), its AF_BRIDGE link message
 * (br_fill_ifinfo), and the notification of a change (br_ifinfo_notify).
 * @linux net/bridge/br_netlink.c br_port_fill_attrs() br_fill_ifinfo() br_ifinfo_notify()
 */
import type { Net } from '../core/net_namespace.js';
import { reportedOperstate } from '../core/dev.js';
import { nlmsgNew } from '../core/rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { AF_BRIDGE, type IflaBridgeId, type IflaBrportInfo } from '../../uapi/linux/if_bridge.js';
import { RTM_NEWLINK, RTNLGRP_LINK } from '../../uapi/linux/rtnetlink.js';
import {
  BR_BCAST_FLOOD, BR_BPDU_GUARD, BR_FLOOD, BR_HAIRPIN_MODE, BR_ISOLATED, BR_LEARNING, BR_MCAST_FLOOD, BR_MULTICAST_FAST_LEAVE,
  BR_MULTICAST_TO_UNICAST, BR_NEIGH_SUPPRESS, BR_NEIGH_VLAN_SUPPRESS, BR_PORT_LOCKED, BR_PORT_MAB, BR_PROXYARP, BR_PROXYARP_WIFI,
  BR_ROOT_BLOCK, BR_VLAN_TUNNEL, nsToClockT, type BridgeId, type NetBridgePort,
} from './br_private.js';

export function idOut(id: BridgeId): IflaBridgeId {
  return { prio: id.prio.slice(), addr: id.addr.slice() };
}

/** br_timer_value(): the time left on a timer, in clock_t (0 when idle). */
export function timerValue(net: Net, t: { when: number; index: number } | null): number {
  if (!t || t.index < 0) return 0;
  return nsToClockT(Math.max(0, t.when - net.sched.now));
}

const flag = (p: NetBridgePort, f: number): number => ((p.flags & f) !== 0 ? 1 : 0);

/** br_port_fill_attrs(): IFLA_BRPORT_* of one port. */
export function brPortFillAttrs(p: NetBridgePort): IflaBrportInfo {
  const net = p.br.dev.net;
  return {
    state: p.state, priority: p.priority, cost: p.pathCost, mode: flag(p, BR_HAIRPIN_MODE), guard: flag(p, BR_BPDU_GUARD),
    protect: flag(p, BR_ROOT_BLOCK), fastLeave: flag(p, BR_MULTICAST_FAST_LEAVE), mcastToUcast: flag(p, BR_MULTICAST_TO_UNICAST),
    learning: flag(p, BR_LEARNING), unicastFlood: flag(p, BR_FLOOD), mcastFlood: flag(p, BR_MCAST_FLOOD),
    bcastFlood: flag(p, BR_BCAST_FLOOD), proxyarp: flag(p, BR_PROXYARP), proxyarpWifi: flag(p, BR_PROXYARP_WIFI),
    rootId: idOut(p.designatedRoot), bridgeId: idOut(p.designatedBridge), designatedPort: p.designatedPort,
    designatedCost: p.designatedCost, id: p.portId, no: p.portNo, topologyChangeAck: p.topologyChangeAck,
    configPending: p.configPending, vlanTunnel: flag(p, BR_VLAN_TUNNEL), groupFwdMask: p.groupFwdMask,
    neighSuppress: flag(p, BR_NEIGH_SUPPRESS), isolated: flag(p, BR_ISOLATED), locked: flag(p, BR_PORT_LOCKED),
    mab: flag(p, BR_PORT_MAB), neighVlanSuppress: flag(p, BR_NEIGH_VLAN_SUPPRESS),
    messageAgeTimer: timerValue(net, p.messageAgeTimer), forwardDelayTimer: timerValue(net, p.forwardDelayTimer),
    holdTimer: timerValue(net, p.holdTimer), multicastRouter: p.multicastRouter,
    ...(p.backupPort ? { backupPort: p.backupPort.dev.ifindex } : {}),
  };
}

/** br_fill_ifinfo(): the AF_BRIDGE RTM_NEWLINK of a port. */
export function brFillIfinfo(p: NetBridgePort, net: Net): IfInfoMsg {
  const dev = p.dev;
  const m: IfInfoMsg = {
    family: AF_BRIDGE, type: dev.type, index: dev.ifindex, flags: dev.ifiFlags, change: 0, ifname: dev.name,
    master: p.br.dev.ifindex, mtu: dev.mtu, operstate: reportedOperstate(dev), address: dev.devAddr.slice(),
  };
  if (dev.iflink !== dev.ifindex) m.link = dev.iflink;
  void net;
  m.protinfo = brPortFillAttrs(p);
  return m;
}

/**
 * br_ifinfo_notify(): the port's AF_BRIDGE RTM_NEWLINK (or RTM_DELLINK when
 * it leaves) to RTNLGRP_LINK, which `ip monitor link` shows too.
 */
export function brIfinfoNotify(type: number, p: NetBridgePort): void {
  const net = p.dev.net;
  if (!rtnlHasListeners(net, RTNLGRP_LINK)) return;
  const m = brFillIfinfo(p, net);
  // Linux: the RTM_DELLINK carries no IFLA_PROTINFO (br_fill_ifinfo fills it for RTM_NEWLINK only).
  if (type !== RTM_NEWLINK) delete m.protinfo;
  rtnlNotify(net, nlmsgNew(type, 0, m), RTNLGRP_LINK);
}
