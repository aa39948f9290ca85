/**
 * The VLAN part of the bridge's netlink: IFLA_AF_SPEC of PF_BRIDGE
 * RTM_SETLINK / RTM_DELLINK (`bridge vlan add|del`), with VLAN ranges, and
 * the IFLA_BRIDGE_VLAN_INFO list of RTM_GETLINK dumps (`bridge vlan show`).
 * @linux net/bridge/br_netlink.c br_afspec(), br_process_vlan_info(), br_vlan_info(), br_fill_ifvlaninfo()
 */
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { reportedOperstate } from '../core/dev.js';
import { RTM_DELLINK, RTM_GETVLAN, RTM_NEWLINK, RTM_NEWVLAN, RTM_SETLINK } from '../../uapi/linux/rtnetlink.js';
import type { Rtnl } from '../core/rtnetlink.js';
import { brIfinfoNotify } from './br_ifinfo.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { AF_BRIDGE } from '../../uapi/linux/if_bridge.js';
import {
  BRIDGE_FLAGS_MASTER, BRIDGE_FLAGS_SELF, RTEXT_FILTER_BRVLAN, RTEXT_FILTER_BRVLAN_COMPRESSED, type IfInfoMsg,
} from '../../uapi/linux/if_link.js';
import { brPortGet, netdevBridge, type NetBridge, type NetBridgePort, type NetBridgeVlanGroup } from './br_private.js';
import {
  BRIDGE_VLAN_INFO_BRENTRY, BRIDGE_VLAN_INFO_MASTER, BRIDGE_VLAN_INFO_PVID, BRIDGE_VLAN_INFO_RANGE_BEGIN,
  BRIDGE_VLAN_INFO_RANGE_END, brVlanAdd, brVlanConfigured, brVlanDelete, brVlanList, brVlanMaterialize, nbpVlanAdd, nbpVlanDelete,
} from './br_vlan.js';
import { VLAN_VID_MASK } from '../core/skb_vlan.js';
import type { BridgeVlanInfo } from '../../uapi/linux/if_link.js';

const ext = (msg: string): KError => new KError('EINVAL', `bridge: ${msg}`);

/** br_vlan_valid_id(): 1..4094. */
function brVlanValidId(vid: number): void {
  if (!(vid > 0 && vid < VLAN_VID_MASK)) throw ext('Vlan id is invalid');
}

/** br_vlan_valid_range() */
function brVlanValidRange(cur: BridgeVlanInfo, last: BridgeVlanInfo | null): void {
  if (cur.flags & BRIDGE_VLAN_INFO_PVID) throw ext("Pvid isn't allowed in a range");
  if (last) {
    if (cur.flags & BRIDGE_VLAN_INFO_RANGE_BEGIN) throw ext('Found a new vlan range start while processing one');
    if (!(cur.flags & BRIDGE_VLAN_INFO_RANGE_END)) throw ext('Vlan range end flag is missing');
    if (cur.vid <= last.vid) throw ext('End vlan id is less than or equal to start vlan id');
  }
  if (!(cur.flags & (BRIDGE_VLAN_INFO_RANGE_BEGIN | BRIDGE_VLAN_INFO_RANGE_END))) throw ext('Both vlan range flags are missing');
}

/**
 * br_vlan_info(): add (a port's VLAN, or the bridge's own as BRENTRY) or
 * delete; a delete of a VLAN that is not there is no error.
 */
function brVlanInfo(br: NetBridge, p: NetBridgePort | null, cmd: number, vinfo: BridgeVlanInfo): boolean {
  // Without CONFIG_BRIDGE_VLAN_FILTERING nbp_vlan_add()/br_vlan_add() are stubs (EOPNOTSUPP); a delete's error is ignored.
  if (!brVlanConfigured(br)) {
    if (cmd === RTM_SETLINK) throw new KError('EOPNOTSUPP');
    return false;
  }
  if (cmd === RTM_SETLINK) {
    return p ? nbpVlanAdd(p, vinfo.vid, vinfo.flags) : brVlanAdd(br, vinfo.vid, vinfo.flags | BRIDGE_VLAN_INFO_BRENTRY);
  }
  let changed = false;
  if (p) {
    if (!nbpVlanDelete(p, vinfo.vid)) changed = true;
    if (vinfo.flags & BRIDGE_VLAN_INFO_MASTER && !brVlanDelete(p.br, vinfo.vid)) changed = true;
  } else if (!brVlanDelete(br, vinfo.vid)) {
    changed = true;
  }
  return changed;
}

/**
 * br_afspec() → br_process_vlan_info() for each IFLA_BRIDGE_VLAN_INFO: a
 * RANGE_BEGIN entry waits for its RANGE_END, then every VLAN between is
 * done. Returns whether anything changed (the caller notifies).
 */
export function brAfspec(br: NetBridge, p: NetBridgePort | null, vinfos: readonly BridgeVlanInfo[], cmd: number): boolean {
  let last: BridgeVlanInfo | null = null;
  let changed = false;
  if (brVlanConfigured(br)) brVlanMaterialize(br);
  for (const cur of vinfos) {
    brVlanValidId(cur.vid);
    if (cur.flags & BRIDGE_VLAN_INFO_RANGE_BEGIN) {
      brVlanValidRange(cur, last);
      last = cur;
      continue;
    }
    if (last) {
      brVlanValidRange(cur, last);
      for (let v = last.vid; v <= cur.vid; v++) {
        if (brVlanInfo(br, p, cmd, { vid: v, flags: last.flags })) changed = true;
      }
      last = null;
      continue;
    }
    if (brVlanInfo(br, p, cmd, cur)) changed = true;
  }
  return changed;
}

/**
 * br_fill_ifvlaninfo() (RTEXT_FILTER_BRVLAN): one entry per VLAN in VLAN
 * id order; null when the group has none (no IFLA_AF_SPEC at all).
 * RTEXT_FILTER_BRVLAN_COMPRESSED: consecutive VLANs with the same flags
 * as a RANGE_BEGIN/RANGE_END pair (br_fill_ifvlaninfo_compressed).
 */
export function brFillIfvlaninfo(vg: NetBridgeVlanGroup | null, compressed: boolean): BridgeVlanInfo[] | null {
  const list = brVlanList(vg);
  if (!list.length) return null;
  if (!compressed) return list;
  const out: BridgeVlanInfo[] = [];
  let start = list[0]!;
  let end = start;
  const flush = (): void => {
    if (end.vid === start.vid) out.push({ vid: start.vid, flags: start.flags });
    else {
      out.push({ vid: start.vid, flags: start.flags | BRIDGE_VLAN_INFO_RANGE_BEGIN });
      out.push({ vid: end.vid, flags: start.flags | BRIDGE_VLAN_INFO_RANGE_END });
    }
  };
  for (const v of list.slice(1)) {
    // "Call it once more to send any left over vlans"; PVID ends a range.
    if (v.vid === end.vid + 1 && v.flags === start.flags && !(v.flags & BRIDGE_VLAN_INFO_PVID)) {
      end = v;
      continue;
    }
    flush();
    start = end = v;
  }
  flush();
  return out;
}


/** IFLA_EXT_MASK asks for the VLAN lists (RTEXT_FILTER_BRVLAN or its compressed form). */
export function brVlanDumpWanted(extMask: number | undefined): boolean {
  return ((extMask ?? 0) & (RTEXT_FILTER_BRVLAN | RTEXT_FILTER_BRVLAN_COMPRESSED)) !== 0;
}

/** br_fill_ifinfo()'s IFLA_AF_SPEC: the group's VLANs when asked for and there are some. */
export function brVlanFillAfspec(m: IfInfoMsg, vg: NetBridgeVlanGroup | null, extMask: number | undefined): void {
  if (!brVlanDumpWanted(extMask)) return;
  const list = brFillIfvlaninfo(vg, ((extMask ?? 0) & RTEXT_FILTER_BRVLAN_COMPRESSED) !== 0);
  if (list) m.afSpec = { bridgeVlanInfo: list };
}

/**
 * br_getlink() on the bridge device itself (its own ndo_bridge_getlink):
 * answered only to a VLAN dump, with the bridge's VLANs (br_fill_ifinfo()
 * with no port: no IFLA_MASTER, no IFLA_PROTINFO).
 */
export function brVlanBridgeIfinfo(br: NetBridge, extMask: number | undefined): IfInfoMsg | null {
  if (!brVlanDumpWanted(extMask)) return null;
  const dev = br.dev;
  const m: IfInfoMsg = {
    family: AF_BRIDGE, type: dev.type, index: dev.ifindex, flags: dev.ifiFlags, change: 0, ifname: dev.name,
    mtu: dev.mtu, operstate: reportedOperstate(dev), address: dev.devAddr.slice(),
  };
  if (dev.iflink !== dev.ifindex) m.link = dev.iflink;
  brVlanFillAfspec(m, br.vlgrp, extMask);
  return m;
}

/**
 * br_setlink()'s VLAN part / br_dellink(): IFLA_AF_SPEC of a request for a
 * port (`master`) or for the bridge device (`self`).
 */
export function brSetlinkAfspec(dev: NetDevice, m: IfInfoMsg, cmd: number): boolean {
  const p = brPortGet(dev);
  const br = p ? p.br : netdevBridge(dev);
  const vinfo = m.afSpec?.bridgeVlanInfo;
  if (!br) throw new KError('EINVAL');
  if (!vinfo) return false;
  return brAfspec(br, p, vinfo, cmd);
}

/**
 * rtnl_bridge_setlink() / rtnl_bridge_dellink(): no flags or MASTER go to
 * the master bridge of a port (EOPNOTSUPP without one), SELF to the device's
 * own ndo_bridge_setlink (only a bridge has one).
 */
export function rtnlBridgeAfspecRoute(net: Net, m: IfInfoMsg, cmd: number, master: (dev: NetDevice) => void): void {
  const dev = net.devByIndex(m.index);
  if (!dev) throw new KError('ENODEV', 'unknown ifindex');
  let flags = m.afSpec?.bridgeFlags ?? 0;
  if (!flags || flags & BRIDGE_FLAGS_MASTER) {
    const brDev = dev.master;
    if (!brDev || !netdevBridge(brDev)) throw new KError('EOPNOTSUPP');
    master(dev);
    flags &= ~BRIDGE_FLAGS_MASTER;
  }
  if (flags & BRIDGE_FLAGS_SELF) {
    if (!netdevBridge(dev)) throw new KError('EOPNOTSUPP');
    brSetlinkAfspec(dev, m, cmd);
  }
}

/** rtnl_bridge_dellink() → br_dellink(): only IFLA_AF_SPEC VLANs are deleted; not a bridge or port: EINVAL. */
export function rtnlBridgeDellink(net: Net, msg: NlMsg<IfInfoMsg>): void {
  rtnlBridgeAfspecRoute(net, msg.body, RTM_DELLINK, (dev) => {
    // "Send RTM_NEWLINK because userspace expects RTM_NEWLINK for vlan dels"
    const p = brPortGet(dev);
    if (brSetlinkAfspec(dev, msg.body, RTM_DELLINK) && p) brIfinfoNotify(RTM_NEWLINK, p);
  });
}

/**
 * br_vlan_rtnl_init(): RTM_GETVLAN, registered only by a kernel with
 * CONFIG_BRIDGE_VLAN_FILTERING; without it the dump finds no handler
 * (EOPNOTSUPP). With it tuxnet does not build the per-VLAN dump and says so.
 */
export function brVlanRtnlInit(rtnl: Rtnl): void {
  rtnl.register<IfInfoMsg>(AF_BRIDGE, RTM_GETVLAN, null, (net) => {
    if (!net.world.core.kconfig.BRIDGE_VLAN_FILTERING) throw new KError('EOPNOTSUPP');
    throw new KError('EOPNOTSUPP', 'RTM_GETVLAN dumps are not implemented in tuxnet');
  });
  // br_vlan_rtm_process(): the per-VLAN options (bridge vlan set, vlan global set)
  rtnl.register<IfInfoMsg>(AF_BRIDGE, RTM_NEWVLAN, (net) => {
    if (!net.world.core.kconfig.BRIDGE_VLAN_FILTERING) throw new KError('EOPNOTSUPP');
    throw new KError('EOPNOTSUPP', 'RTM_NEWVLAN per-VLAN options are not implemented in tuxnet');
  }, null);
}
