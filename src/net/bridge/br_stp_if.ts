/**
 * Spanning tree, the interface side: port init, enabling and disabling
 * bridges and ports, starting and stopping kernel STP, the bridge id (the
 * lowest port MAC unless set), priorities and path costs.
 * @linux net/bridge/br_stp_if.c
 */
import { brMulticastDisablePort } from './br_multicast.js';
import {
  BR_ADMIN_COST, BR_KERNEL_STP, BR_MAX_FORWARD_DELAY, BR_MAX_PORT_PRIORITY, BR_MIN_FORWARD_DELAY, BR_NO_STP,
  BR_HZ_NS, BR_STATE_BLOCKING, BR_STATE_DISABLED, type NetBridge, type NetBridgePort,
} from './br_private.js';
import {
  BR_MAX_PATH_COST, BR_MIN_PATH_COST, bridgeIdCmp, brIsDesignatedPort, brIsRootBridge, brMakePortId,
} from './br_private_stp.js';
import {
  brBecomeDesignatedPort, brBecomeRootBridge, brConfigBpduGeneration, brConfigurationUpdate, brPortStateSelection,
  brSetForwardDelayRaw, brSetState, brSetTopologyChange,
} from './br_stp.js';
import { brStpTimers, brTimerDel } from './br_stp_timer.js';
import { brStpHooks } from './br_stp_hooks.js';
import { NET_ADDR_SET } from '../core/netdevice.js';
import { KError } from '../core/errno.js';
import { brFdbChangeMacAddress, brFdbDeleteByPort, brFdbGcCancel, brFdbGcSchedule } from './br_fdb.js';

/** br_init_port(): a port starts blocking, designated for its segment. */
export function brInitPort(p: NetBridgePort): void {
  p.portId = brMakePortId(p.priority, p.portNo);
  brBecomeDesignatedPort(p);
  brSetState(p, BR_STATE_BLOCKING);
  p.topologyChangeAck = 0;
  p.configPending = 0;
}

/** br_stp_enable_bridge(): the bridge device came up: hellos (kernel STP), the fdb gc (HZ/10), running ports. */
export function brStpEnableBridge(br: NetBridge): void {
  if (br.stpEnabled === BR_KERNEL_STP) brStpTimers.modHello(br, br.helloTime);
  brFdbGcSchedule(br, BR_HZ_NS / 10);
  brConfigBpduGeneration(br);
  // netif_running() && netif_oper_up()
  for (const p of br.portList) if (p.dev.isUp && p.dev.operUp) brStpEnablePort(p);
}

/** br_stp_disable_bridge(): the bridge device went down. */
export function brStpDisableBridge(br: NetBridge): void {
  for (const p of br.portList) if (p.state !== BR_STATE_DISABLED) brStpDisablePort(p);
  brSetTopologyChange(br, 0);
  br.topologyChangeDetected = 0;
  const net = br.dev.net;
  brTimerDel(net, br.helloTimer);
  brTimerDel(net, br.topologyChangeTimer);
  brTimerDel(net, br.tcnTimer);
  br.helloTimer = br.topologyChangeTimer = br.tcnTimer = null;
  brFdbGcCancel(br);
}

/** br_stp_enable_port(): the port's device is up and running. */
export function brStpEnablePort(p: NetBridgePort): void {
  brInitPort(p);
  brPortStateSelection(p.br);
  brStpHooks.ifinfoNotify(p);
}

/** br_stp_disable_port(): the port leaves the tree; its fdb entries go; roles are recomputed. */
export function brStpDisablePort(p: NetBridgePort): void {
  const br = p.br;
  const wasRoot = brIsRootBridge(br);
  brBecomeDesignatedPort(p);
  brSetState(p, BR_STATE_DISABLED);
  brMulticastDisablePort(p);
  p.topologyChangeAck = 0;
  p.configPending = 0;
  brStpHooks.ifinfoNotify(p);
  const net = br.dev.net;
  brTimerDel(net, p.messageAgeTimer);
  brTimerDel(net, p.forwardDelayTimer);
  brTimerDel(net, p.holdTimer);
  p.messageAgeTimer = p.forwardDelayTimer = p.holdTimer = null;
  if (!p.backupPort) brFdbDeleteByPort(br, p, 0, false);
  brConfigurationUpdate(br);
  brPortStateSelection(br);
  if (brIsRootBridge(br) && !wasRoot) brBecomeRootBridge(br);
}

/**
 * br_stp_start(): no /sbin/bridge-stp helper runs in a lab (Linux: only the
 * initial namespace may call it at all), so the kernel's STP takes over;
 * forward_delay is clamped into [2 s, 30 s].
 */
function brStpStart(br: NetBridge): void {
  if (br.bridgeForwardDelay < BR_MIN_FORWARD_DELAY) brSetForwardDelayRaw(br, BR_MIN_FORWARD_DELAY);
  else if (br.bridgeForwardDelay > BR_MAX_FORWARD_DELAY) brSetForwardDelayRaw(br, BR_MAX_FORWARD_DELAY);
  br.stpEnabled = BR_KERNEL_STP;
  // "To start timers on any ports left in blocking"
  if (br.dev.isUp) brStpTimers.modHello(br, br.helloTime);
  brPortStateSelection(br);
}

/** br_stp_stop(): the port states stay; the timers already running finish their work. */
function brStpStop(br: NetBridge): void {
  br.stpEnabled = BR_NO_STP;
}

/** br_stp_set_enabled() */
export function brStpSetEnabled(br: NetBridge, val: number): void {
  if (val) {
    if (br.stpEnabled === BR_NO_STP) brStpStart(br);
  } else if (br.stpEnabled !== BR_NO_STP) {
    brStpStop(br);
  }
}

/** br_stp_change_bridge_id(): the bridge's MAC (and so its id) changes. */
export function brStpChangeBridgeId(br: NetBridge, addr: Uint8Array): void {
  const wasRoot = brIsRootBridge(br);
  brFdbChangeMacAddress(br, addr);
  const oldaddr = Uint8Array.from(br.bridgeId.addr);
  br.bridgeId.addr.set(addr.subarray(0, 6));
  br.dev.devAddr.set(addr.subarray(0, 6));
  for (const p of br.portList) {
    if (macEqual(p.designatedBridge.addr, oldaddr)) p.designatedBridge.addr.set(addr.subarray(0, 6));
    if (macEqual(p.designatedRoot.addr, oldaddr)) p.designatedRoot.addr.set(addr.subarray(0, 6));
  }
  brConfigurationUpdate(br);
  brPortStateSelection(br);
  if (brIsRootBridge(br) && !wasRoot) brBecomeRootBridge(br);
}

function macEqual(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return false;
  return true;
}

function macCmp(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * br_stp_recalculate_bridge_id(): the lowest MAC of the ports, unless the
 * user set the bridge's address. True when it changed.
 */
export function brStpRecalculateBridgeId(br: NetBridge): boolean {
  if (br.dev.addrAssignType === NET_ADDR_SET) return false;
  let addr: Uint8Array | null = null;
  for (const p of br.portList) if (!addr || macCmp(p.dev.devAddr, addr) < 0) addr = p.dev.devAddr;
  const want = addr ?? new Uint8Array(6);
  if (macEqual(br.bridgeId.addr, want)) return false;
  brStpChangeBridgeId(br, want);
  return true;
}

/** br_stp_set_bridge_priority() */
export function brStpSetBridgePriority(br: NetBridge, newprio: number): void {
  const wasRoot = brIsRootBridge(br);
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
  if (brIsRootBridge(br) && !wasRoot) brBecomeRootBridge(br);
}

/** br_stp_set_port_priority(): ERANGE above 63 (the priority's 6 bits in the port id). */
export function brStpSetPortPriority(p: NetBridgePort, newprio: number): void {
  if (newprio > BR_MAX_PORT_PRIORITY) throw new KError('ERANGE');
  const newPortId = brMakePortId(newprio, p.portNo);
  if (brIsDesignatedPort(p)) p.designatedPort = newPortId;
  p.portId = newPortId;
  p.priority = newprio;
  if (bridgeIdCmp(p.br.bridgeId, p.designatedBridge) === 0 && p.portId < p.designatedPort) {
    brBecomeDesignatedPort(p);
    brPortStateSelection(p.br);
  }
}

/** br_stp_set_path_cost(): ERANGE outside [1, 65535]; an admin cost is no longer derived from the link speed. */
export function brStpSetPathCost(p: NetBridgePort, pathCost: number): void {
  if (pathCost < BR_MIN_PATH_COST || pathCost > BR_MAX_PATH_COST) throw new KError('ERANGE');
  p.flags |= BR_ADMIN_COST;
  p.pathCost = pathCost;
  brConfigurationUpdate(p.br);
  brPortStateSelection(p.br);
}
