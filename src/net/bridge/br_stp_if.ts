/**
 * The bridge's STP interface: enabling and disabling the bridge and its
 * ports, the bridge id (priority + the lowest port MAC unless the user set
 * an address), port priority and path cost, stp_state. With STP off these
 * still run: they decide port states and the bridge's address.
 * @linux net/bridge/br_stp_if.c
 */
import { KError } from '../core/errno.js';
import { NET_ADDR_SET } from '../core/netdevice.js';
import { RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';
import { brIfinfoNotify } from './br_ifinfo.js';
import { brFdbChangeMacAddress, brFdbDeleteByPort, brFdbGcCancel, brFdbGcSchedule } from './br_fdb.js';
import {
  BR_ADMIN_COST, BR_HZ_NS, BR_KERNEL_STP, BR_MAX_PORT_PRIORITY, BR_NO_STP, BR_STATE_BLOCKING, BR_STATE_DISABLED,
  type NetBridge, type NetBridgePort,
} from './br_private.js';
import {
  brBecomeDesignatedPort, brConfigurationUpdate, brIsDesignatedPort, brMakePortId, brPortStateSelection, brSetState, bridgeIdCmp,
} from './br_stp.js';

export const BR_MIN_PATH_COST = 1;
export const BR_MAX_PATH_COST = 65535;

/** br_init_port(): a port (re)starts as designated and blocking. */
export function brInitPort(p: NetBridgePort): void {
  p.portId = brMakePortId(p.priority, p.portNo);
  brBecomeDesignatedPort(p);
  brSetState(p, BR_STATE_BLOCKING);
  p.topologyChangeAck = 0;
  p.configPending = 0;
}

/** br_stp_enable_bridge(): at ndo_open; the gc work starts (HZ/10), running ports are enabled. */
export function brStpEnableBridge(br: NetBridge): void {
  brFdbGcSchedule(br, BR_HZ_NS / 10);
  for (const p of br.portList) {
    if (p.dev.isUp && p.dev.operUp) brStpEnablePort(p);
  }
}

/** br_stp_disable_bridge(): at ndo_stop; every port is disabled, the timers stop. */
export function brStpDisableBridge(br: NetBridge): void {
  for (const p of br.portList) {
    if (p.state !== BR_STATE_DISABLED) brStpDisablePort(p);
  }
  const sched = br.dev.net.sched;
  br.topologyChange = 0;
  br.topologyChangeDetected = 0;
  for (const t of [br.helloTimer, br.tcnTimer, br.topologyChangeTimer]) sched.cancel(t);
  br.helloTimer = br.tcnTimer = br.topologyChangeTimer = null;
  brFdbGcCancel(br);
}

/** br_stp_enable_port() */
export function brStpEnablePort(p: NetBridgePort): void {
  brInitPort(p);
  brPortStateSelection(p.br);
  brIfinfoNotify(RTM_NEWLINK, p);
}

/** br_stp_disable_port(): disabled, its learned entries flushed. */
export function brStpDisablePort(p: NetBridgePort): void {
  const br = p.br;
  const sched = br.dev.net.sched;
  brBecomeDesignatedPort(p);
  brSetState(p, BR_STATE_DISABLED);
  p.topologyChangeAck = 0;
  p.configPending = 0;
  brIfinfoNotify(RTM_NEWLINK, p);
  for (const t of [p.messageAgeTimer, p.forwardDelayTimer, p.holdTimer]) sched.cancel(t);
  p.messageAgeTimer = p.forwardDelayTimer = p.holdTimer = null;
  if (!p.backupPort) brFdbDeleteByPort(br, p, 0, false);
  brConfigurationUpdate(br);
  brPortStateSelection(br);
}

/**
 * br_stp_change_bridge_id(): a new address for the bridge id and the
 * bridge device; ports that named the old one as designated follow.
 */
export function brStpChangeBridgeId(br: NetBridge, addr: Uint8Array): void {
  brFdbChangeMacAddress(br, addr);
  const old = br.bridgeId.addr.slice();
  br.bridgeId.addr.set(addr);
  br.dev.devAddr.set(addr);
  const same = (a: Uint8Array): boolean => a.every((b, i) => b === old[i]);
  for (const p of br.portList) {
    if (same(p.designatedBridge.addr)) p.designatedBridge.addr.set(addr);
    if (same(p.designatedRoot.addr)) p.designatedRoot.addr.set(addr);
  }
  brConfigurationUpdate(br);
  brPortStateSelection(br);
}

/**
 * br_stp_recalculate_bridge_id(): the lowest port address (00:00:00:00:00:00
 * without ports), unless the user chose one (NET_ADDR_SET). True when changed.
 */
export function brStpRecalculateBridgeId(br: NetBridge): boolean {
  if (br.dev.addrAssignType === NET_ADDR_SET) return false;
  let addr: Uint8Array | null = null;
  for (const p of br.portList) {
    if (!addr || cmpAddr(p.dev.devAddr, addr) < 0) addr = p.dev.devAddr;
  }
  const a = addr ? addr.slice() : new Uint8Array(6);
  if (cmpAddr(br.bridgeId.addr, a) === 0) return false;
  brStpChangeBridgeId(br, a);
  return true;
}

function cmpAddr(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** br_stp_set_bridge_priority() */
export function brStpSetBridgePriority(br: NetBridge, newprio: number): void {
  for (const p of br.portList) {
    if (p.state !== BR_STATE_DISABLED && brIsDesignatedPort(p)) {
      p.designatedBridge.prio[0] = (newprio >> 8) & 0xff;
      p.designatedBridge.prio[1] = newprio & 0xff;
    }
  }
  br.bridgeId.prio[0] = (newprio >> 8) & 0xff;
  br.bridgeId.prio[1] = newprio & 0xff;
  brConfigurationUpdate(br);
  brPortStateSelection(br);
}

/** br_stp_set_port_priority(): ERANGE past BR_MAX_PORT_PRIORITY (63). */
export function brStpSetPortPriority(p: NetBridgePort, newprio: number): void {
  if (newprio > BR_MAX_PORT_PRIORITY) throw new KError('ERANGE');
  const id = brMakePortId(newprio, p.portNo);
  if (brIsDesignatedPort(p)) p.designatedPort = id;
  p.portId = id;
  p.priority = newprio;
  if (bridgeIdCmp(p.br.bridgeId, p.designatedBridge) === 0 && p.portId < p.designatedPort) {
    brBecomeDesignatedPort(p);
    brPortStateSelection(p.br);
  }
}

/** br_stp_set_path_cost(): ERANGE outside 1..65535; the cost is then the user's (BR_ADMIN_COST). */
export function brStpSetPathCost(p: NetBridgePort, cost: number): void {
  if (cost < BR_MIN_PATH_COST || cost > BR_MAX_PATH_COST) throw new KError('ERANGE');
  p.flags |= BR_ADMIN_COST;
  p.pathCost = cost;
  brConfigurationUpdate(p.br);
  brPortStateSelection(p.br);
}

/**
 * br_stp_set_enabled(): stp_state 1 starts the kernel's STP (no
 * /sbin/bridge-stp helper in a namespace), 0 stops it.
 * Linux: br_stp_start()/br_stp_stop() also run the hello timer and the
 * 802.1D port state machine, which the stp work provides.
 */
export function brStpSetEnabled(br: NetBridge, val: number): void {
  if (val) {
    if (br.stpEnabled === BR_NO_STP) {
      br.stpEnabled = BR_KERNEL_STP;
      brPortStateSelection(br);
    }
  } else if (br.stpEnabled !== BR_NO_STP) {
    br.stpEnabled = BR_NO_STP;
    brConfigurationUpdate(br);
    brPortStateSelection(br);
  }
}
