/**
 * The spanning-tree decisions the bridge runs even with STP off: port
 * state selection (a designated port of a bridge without STP forwards at
 * once), root and designated-port selection in a world without BPDUs, the
 * port's designated values. 802.1D proper (BPDU comparison, root election,
 * timers) builds on these; without it every port is designated and the
 * bridge is its own root.
 * @linux net/bridge/br_stp.c
 */
import { netifCarrierOff, netifCarrierOn } from '../core/dev.js';
import {
  BR_KERNEL_STP, BR_NO_STP, BR_PORT_BITS, BR_STATE_BLOCKING, BR_STATE_DISABLED, BR_STATE_FORWARDING,
  BR_STATE_LEARNING, BR_STATE_LISTENING, BR_USER_STP, type BridgeId, type NetBridge, type NetBridgePort,
} from './br_private.js';

/** memcmp() of two bridge ids (8 bytes). */
export function bridgeIdCmp(a: BridgeId, b: BridgeId): number {
  for (let i = 0; i < 2; i++) if (a.prio[i] !== b.prio[i]) return a.prio[i]! - b.prio[i]!;
  for (let i = 0; i < 6; i++) if (a.addr[i] !== b.addr[i]) return a.addr[i]! - b.addr[i]!;
  return 0;
}

/** bridge_id assignment (struct copy). */
export function bridgeIdCopy(dst: BridgeId, src: BridgeId): void {
  dst.prio.set(src.prio);
  dst.addr.set(src.addr);
}

/** br_make_port_id() */
export function brMakePortId(priority: number, portNo: number): number {
  return ((priority << BR_PORT_BITS) | (portNo & ((1 << BR_PORT_BITS) - 1))) & 0xffff;
}

/** br_is_root_bridge() */
export function brIsRootBridge(br: NetBridge): boolean {
  return bridgeIdCmp(br.bridgeId, br.designatedRoot) === 0;
}

/** br_is_designated_port() */
export function brIsDesignatedPort(p: NetBridgePort): boolean {
  return bridgeIdCmp(p.designatedBridge, p.br.bridgeId) === 0 && p.designatedPort === p.portId;
}

/** br_set_state(): the port's 802.1D state (switchdev is told in Linux). */
export function brSetState(p: NetBridgePort, state: number): void {
  p.state = state;
}

/** br_become_designated_port() */
export function brBecomeDesignatedPort(p: NetBridgePort): void {
  const br = p.br;
  bridgeIdCopy(p.designatedRoot, br.designatedRoot);
  p.designatedCost = br.rootPathCost;
  bridgeIdCopy(p.designatedBridge, br.bridgeId);
  p.designatedPort = p.portId;
}

/**
 * br_root_selection() + br_designated_port_selection() = br_configuration_update().
 * Linux: a port becomes root port only on a better root learned from a
 * BPDU; without BPDUs (the stp work adds them) no port qualifies, the
 * bridge is root and every enabled port designated.
 */
export function brConfigurationUpdate(br: NetBridge): void {
  br.rootPort = 0;
  bridgeIdCopy(br.designatedRoot, br.bridgeId);
  br.rootPathCost = 0;
  for (const p of br.portList) {
    if (p.state !== BR_STATE_DISABLED) brBecomeDesignatedPort(p);
  }
}

/**
 * br_make_forwarding(): a blocking port starts towards forwarding; without
 * STP (or with forward_delay 0) it forwards at once.
 */
function brMakeForwarding(p: NetBridgePort): void {
  const br = p.br;
  if (p.state !== BR_STATE_BLOCKING) return;
  if (br.stpEnabled === BR_NO_STP || br.forwardDelay === 0) {
    brSetState(p, BR_STATE_FORWARDING);
    br.dev.net.sched.cancel(p.forwardDelayTimer);
    p.forwardDelayTimer = null;
  } else if (br.stpEnabled === BR_KERNEL_STP) brSetState(p, BR_STATE_LISTENING);
  else brSetState(p, BR_STATE_LEARNING);
  if (br.forwardDelay !== 0) {
    const sched = br.dev.net.sched;
    sched.cancel(p.forwardDelayTimer);
    p.forwardDelayTimer = sched.schedule(br.forwardDelay, () => brForwardDelayTimerExpired(p));
  }
}

/** br_forward_delay_timer_expired() (br_stp_timer.c): listening -> learning -> forwarding. */
function brForwardDelayTimerExpired(p: NetBridgePort): void {
  const br = p.br;
  p.forwardDelayTimer = null;
  if (p.state === BR_STATE_LISTENING) {
    brSetState(p, BR_STATE_LEARNING);
    p.forwardDelayTimer = br.dev.net.sched.schedule(br.forwardDelay, () => brForwardDelayTimerExpired(p));
  } else if (p.state === BR_STATE_LEARNING) {
    brSetState(p, BR_STATE_FORWARDING);
  }
}

/** br_make_blocking() */
function brMakeBlocking(p: NetBridgePort): void {
  if (p.state === BR_STATE_DISABLED || p.state === BR_STATE_BLOCKING) return;
  brSetState(p, BR_STATE_BLOCKING);
  p.br.dev.net.sched.cancel(p.forwardDelayTimer);
  p.forwardDelayTimer = null;
}

/**
 * br_port_state_selection(): root and designated ports go towards
 * forwarding, the others block (unless user-space STP rules); the bridge
 * has carrier while any port forwards.
 */
export function brPortStateSelection(br: NetBridge): void {
  let liveports = 0;
  for (const p of br.portList) {
    if (p.state === BR_STATE_DISABLED) continue;
    if (br.stpEnabled !== BR_USER_STP) {
      if (p.portNo === br.rootPort) {
        p.configPending = 0;
        p.topologyChangeAck = 0;
        brMakeForwarding(p);
      } else if (brIsDesignatedPort(p)) {
        br.dev.net.sched.cancel(p.messageAgeTimer);
        p.messageAgeTimer = null;
        brMakeForwarding(p);
      } else {
        p.configPending = 0;
        p.topologyChangeAck = 0;
        brMakeBlocking(p);
      }
    }
    if (p.state === BR_STATE_FORWARDING) ++liveports;
  }
  if (liveports === 0) netifCarrierOff(br.dev);
  else netifCarrierOn(br.dev);
}
