/**
 * Spanning tree protocol, the generic parts: root and designated port
 * selection, port state selection, topology change (IEEE 802.1D-1998
 * clause 8.6, as the Linux bridge implements it).
 * @linux net/bridge/br_stp.c
 */
import {
  BR_HOLD_TIME, BR_KERNEL_STP, BR_MAX_FORWARD_DELAY, BR_MAX_HELLO_TIME, BR_MAX_MAX_AGE,
  BR_MIN_FORWARD_DELAY, BR_MIN_HELLO_TIME, BR_MIN_MAX_AGE, BR_NO_STP, BR_ROOT_BLOCK, BR_STATE_BLOCKING,
  BR_STATE_DISABLED, BR_STATE_FORWARDING, BR_STATE_LEARNING, BR_STATE_LISTENING, BR_USER_STP, BR_HZ_NS,
  clockTToNs, type NetBridge, type NetBridgePort,
} from './br_private.js';
import {
  MESSAGE_AGE_INCR, bridgeIdCmp, bridgeIdCopy, brGetPort, brIsDesignatedPort, brIsRootBridge,
} from './br_private_stp.js';
import { brSendConfigBpdu, brSendTcnBpdu, type BrConfigBpdu } from './br_stp_bpdu.js';
import { brTimerMod, brTimerDel, brStpTimers } from './br_stp_timer.js';
import { netifCarrierOff, netifCarrierOn } from '../core/dev.js';
import { brStpHooks } from './br_stp_hooks.js';

export { brIsRootBridge, brIsDesignatedPort, bridgeIdCmp, bridgeIdCopy, brMakePortId } from './br_private_stp.js';

/** br_set_state(): the port's state, with the transition counters of stp_xstats. */
export function brSetState(p: NetBridgePort, state: number): void {
  p.state = state;
  if (state === BR_STATE_FORWARDING) p.stpXstats.transitionFwd++;
  else if (state === BR_STATE_BLOCKING) p.stpXstats.transitionBlk++;
}

/** br_should_become_root_port(): 802.1D 8.6.8.3's ordering of the received information. */
function brShouldBecomeRootPort(p: NetBridgePort, rootPort: number): boolean {
  const br = p.br;
  if (p.state === BR_STATE_DISABLED || brIsDesignatedPort(p)) return false;
  if (bridgeIdCmp(br.bridgeId, p.designatedRoot) <= 0) return false;
  if (!rootPort) return true;
  const rp = brGetPort(br, rootPort)!;
  let t = bridgeIdCmp(p.designatedRoot, rp.designatedRoot);
  if (t !== 0) return t < 0;
  t = (p.designatedCost + p.pathCost) - (rp.designatedCost + rp.pathCost);
  if (t !== 0) return t < 0;
  t = bridgeIdCmp(p.designatedBridge, rp.designatedBridge);
  if (t !== 0) return t < 0;
  if (p.designatedPort !== rp.designatedPort) return p.designatedPort < rp.designatedPort;
  return p.portId < rp.portId;
}

/** br_root_port_block(): a root-guarded port that would be root goes back to listening. */
function brRootPortBlock(br: NetBridge, p: NetBridgePort): void {
  brSetState(p, BR_STATE_LISTENING);
  brStpHooks.ifinfoNotify(p);
  if (br.forwardDelay > 0) brStpTimers.modForwardDelay(p, br.forwardDelay);
}

/** br_root_selection() (802.1D 8.6.8.3) */
function brRootSelection(br: NetBridge): void {
  let rootPort = 0;
  for (const p of br.portList) {
    if (!brShouldBecomeRootPort(p, rootPort)) continue;
    if (p.flags & BR_ROOT_BLOCK) brRootPortBlock(br, p);
    else rootPort = p.portNo;
  }
  br.rootPort = rootPort;
  if (!rootPort) {
    bridgeIdCopy(br.designatedRoot, br.bridgeId);
    br.rootPathCost = 0;
  } else {
    const p = brGetPort(br, rootPort)!;
    bridgeIdCopy(br.designatedRoot, p.designatedRoot);
    br.rootPathCost = p.designatedCost + p.pathCost;
  }
}

/** br_become_root_bridge() (802.1D 8.6.?: the bridge's own timer values, a topology change, hellos). */
export function brBecomeRootBridge(br: NetBridge): void {
  br.maxAge = br.bridgeMaxAge;
  br.helloTime = br.bridgeHelloTime;
  br.forwardDelay = br.bridgeForwardDelay;
  brTopologyChangeDetection(br);
  brTimerDel(br.dev.net, br.tcnTimer);
  br.tcnTimer = null;
  if (br.dev.isUp) {
    brConfigBpduGeneration(br);
    brStpTimers.modHello(br, br.helloTime);
  }
}

/**
 * br_transmit_config() (802.1D 8.6.1): a config BPDU on a designated port,
 * unless the hold timer runs (then it is sent when the timer expires).
 */
export function brTransmitConfig(p: NetBridgePort): void {
  const net = p.br.dev.net;
  if (net.sched.pending(p.holdTimer)) {
    p.configPending = 1;
    return;
  }
  const br = p.br;
  let messageAge = 0;
  if (!brIsRootBridge(br)) {
    const root = brGetPort(br, br.rootPort);
    messageAge = root ? net.sched.now - root.designatedAge + MESSAGE_AGE_INCR : 0;
  }
  const bpdu: BrConfigBpdu = {
    topologyChange: br.topologyChange !== 0,
    topologyChangeAck: p.topologyChangeAck !== 0,
    root: br.designatedRoot,
    rootPathCost: br.rootPathCost,
    bridgeId: br.bridgeId,
    portId: p.portId,
    messageAge,
    maxAge: br.maxAge,
    helloTime: br.helloTime,
    forwardDelay: br.forwardDelay,
  };
  if (bpdu.messageAge < br.maxAge) {
    brSendConfigBpdu(p, bpdu);
    p.topologyChangeAck = 0;
    p.configPending = 0;
    const now = net.sched.now;
    p.holdTimer = brTimerMod(net, p.holdTimer, roundJiffies(now + BR_HOLD_TIME, now) - now, () => brStpTimers.holdExpired(p));
  }
}

/**
 * round_jiffies() on CPU 0: to a whole second, down when less than a quarter
 * past it, else up; the original value when the rounded one is not in the future.
 */
function roundJiffies(j: number, now: number): number {
  const rem = j % BR_HZ_NS;
  const r = rem < BR_HZ_NS / 4 ? j - rem : j - rem + BR_HZ_NS;
  return r > now ? r : j;
}


/** br_record_config_information() (802.1D 8.6.2) */
function brRecordConfigInformation(p: NetBridgePort, bpdu: BrConfigBpdu): void {
  bridgeIdCopy(p.designatedRoot, bpdu.root);
  p.designatedCost = bpdu.rootPathCost;
  bridgeIdCopy(p.designatedBridge, bpdu.bridgeId);
  p.designatedPort = bpdu.portId;
  const now = p.br.dev.net.sched.now;
  p.designatedAge = now - bpdu.messageAge;
  brStpTimers.modMessageAge(p, bpdu.maxAge - bpdu.messageAge);
}

/** br_record_config_timeout_values() (802.1D 8.6.3) */
function brRecordConfigTimeoutValues(br: NetBridge, bpdu: BrConfigBpdu): void {
  br.maxAge = bpdu.maxAge;
  br.helloTime = bpdu.helloTime;
  br.forwardDelay = bpdu.forwardDelay;
  brSetTopologyChange(br, bpdu.topologyChange ? 1 : 0);
}

/** br_transmit_tcn() (802.1D 8.6.6): on the root port. */
export function brTransmitTcn(br: NetBridge): void {
  const p = brGetPort(br, br.rootPort);
  if (p) brSendTcnBpdu(p);
}

/** br_should_become_designated_port() (802.1D 8.6.10.3) */
function brShouldBecomeDesignatedPort(p: NetBridgePort): boolean {
  const br = p.br;
  if (brIsDesignatedPort(p)) return true;
  if (bridgeIdCmp(p.designatedRoot, br.designatedRoot) !== 0) return true;
  if (br.rootPathCost !== p.designatedCost) return br.rootPathCost < p.designatedCost;
  const t = bridgeIdCmp(br.bridgeId, p.designatedBridge);
  if (t !== 0) return t < 0;
  return p.portId < p.designatedPort;
}

/** br_designated_port_selection() (802.1D 8.6.10) */
function brDesignatedPortSelection(br: NetBridge): void {
  for (const p of br.portList) {
    if (p.state !== BR_STATE_DISABLED && brShouldBecomeDesignatedPort(p)) brBecomeDesignatedPort(p);
  }
}

/** br_supersedes_port_info() (802.1D 8.6.2.2): is the BPDU better than what the port holds? */
function brSupersedesPortInfo(p: NetBridgePort, bpdu: BrConfigBpdu): boolean {
  let t = bridgeIdCmp(bpdu.root, p.designatedRoot);
  if (t !== 0) return t < 0;
  if (bpdu.rootPathCost !== p.designatedCost) return bpdu.rootPathCost < p.designatedCost;
  t = bridgeIdCmp(bpdu.bridgeId, p.designatedBridge);
  if (t !== 0) return t < 0;
  if (bridgeIdCmp(bpdu.bridgeId, p.br.bridgeId) !== 0) return true;
  return bpdu.portId <= p.designatedPort;
}

/** br_topology_change_acknowledged() (802.1D 8.6.13) */
function brTopologyChangeAcknowledged(br: NetBridge): void {
  br.topologyChangeDetected = 0;
  brTimerDel(br.dev.net, br.tcnTimer);
  br.tcnTimer = null;
}

/**
 * __br_set_topology_change(): while a topology change lasts the fdb ages
 * at twice forward_delay (802.1D 8.3.5), else at the configured ageing time.
 */
export function brSetTopologyChange(br: NetBridge, val: number): void {
  if (br.stpEnabled === BR_KERNEL_STP && br.topologyChange !== val) {
    br.ageingTime = val ? 2 * br.forwardDelay : br.bridgeAgeingTime;
  }
  br.topologyChange = val;
}

/** br_topology_change_detection() (802.1D 8.6.14) */
export function brTopologyChangeDetection(br: NetBridge): void {
  if (br.stpEnabled !== BR_KERNEL_STP) return;
  if (brIsRootBridge(br)) {
    brSetTopologyChange(br, 1);
    brStpTimers.modTopologyChange(br, br.bridgeForwardDelay + br.bridgeMaxAge);
  } else if (!br.topologyChangeDetected) {
    brTransmitTcn(br);
    brStpTimers.modTcn(br, br.bridgeHelloTime);
  }
  br.topologyChangeDetected = 1;
}

/** br_config_bpdu_generation() (802.1D 8.6.4): a config BPDU on every designated port. */
export function brConfigBpduGeneration(br: NetBridge): void {
  for (const p of br.portList) {
    if (p.state !== BR_STATE_DISABLED && brIsDesignatedPort(p)) brTransmitConfig(p);
  }
}

/** br_configuration_update() (802.1D 8.6.7) */
export function brConfigurationUpdate(br: NetBridge): void {
  brRootSelection(br);
  brDesignatedPortSelection(br);
}

/** br_become_designated_port() (802.1D 8.6.10.3.2) */
export function brBecomeDesignatedPort(p: NetBridgePort): void {
  const br = p.br;
  bridgeIdCopy(p.designatedRoot, br.designatedRoot);
  p.designatedCost = br.rootPathCost;
  bridgeIdCopy(p.designatedBridge, br.bridgeId);
  p.designatedPort = p.portId;
}

/** br_make_blocking() (802.1D 8.6.12) */
function brMakeBlocking(p: NetBridgePort): void {
  if (p.state === BR_STATE_DISABLED || p.state === BR_STATE_BLOCKING) return;
  if (p.state === BR_STATE_FORWARDING || p.state === BR_STATE_LEARNING) brTopologyChangeDetection(p.br);
  brSetState(p, BR_STATE_BLOCKING);
  brStpHooks.ifinfoNotify(p);
  brTimerDel(p.br.dev.net, p.forwardDelayTimer);
  p.forwardDelayTimer = null;
}

/** br_make_forwarding() (802.1D 8.6.11): blocking → listening (kernel STP) or straight to forwarding without STP. */
function brMakeForwarding(p: NetBridgePort): void {
  const br = p.br;
  if (p.state !== BR_STATE_BLOCKING) return;
  if (br.stpEnabled === BR_NO_STP || br.forwardDelay === 0) {
    brSetState(p, BR_STATE_FORWARDING);
    brTopologyChangeDetection(br);
    brTimerDel(br.dev.net, p.forwardDelayTimer);
    p.forwardDelayTimer = null;
  } else if (br.stpEnabled === BR_KERNEL_STP) {
    brSetState(p, BR_STATE_LISTENING);
  } else {
    brSetState(p, BR_STATE_LEARNING);
  }
  brStpHooks.ifinfoNotify(p);
  if (br.forwardDelay !== 0) brStpTimers.modForwardDelay(p, br.forwardDelay);
}

/** br_port_state_selection() (802.1D 8.6.11): roles to states; the bridge has carrier while a port forwards. */
export function brPortStateSelection(br: NetBridge): void {
  let liveports = 0;
  for (const p of br.portList) {
    if (p.state === BR_STATE_DISABLED) continue;
    // Don't change port states if userspace is handling STP.
    if (br.stpEnabled !== BR_USER_STP) {
      if (p.portNo === br.rootPort) {
        p.configPending = 0;
        p.topologyChangeAck = 0;
        brMakeForwarding(p);
      } else if (brIsDesignatedPort(p)) {
        brTimerDel(br.dev.net, p.messageAgeTimer);
        p.messageAgeTimer = null;
        brMakeForwarding(p);
      } else {
        p.configPending = 0;
        p.topologyChangeAck = 0;
        brMakeBlocking(p);
      }
    }
    // Multicast is not disabled for a port going blocking: its query timers stop by themselves.
    if (p.state !== BR_STATE_BLOCKING) brStpHooks.multicastEnablePort(p);
    if (p.state === BR_STATE_FORWARDING) ++liveports;
  }
  if (liveports === 0) netifCarrierOff(br.dev);
  else netifCarrierOn(br.dev);
}

/** br_topology_change_acknowledge() (802.1D 8.6.16) */
function brTopologyChangeAcknowledge(p: NetBridgePort): void {
  p.topologyChangeAck = 1;
  brTransmitConfig(p);
}

/** br_received_config_bpdu() (802.1D 8.7.1) */
export function brReceivedConfigBpdu(p: NetBridgePort, bpdu: BrConfigBpdu): void {
  const br = p.br;
  const wasRoot = brIsRootBridge(br);
  if (brSupersedesPortInfo(p, bpdu)) {
    brRecordConfigInformation(p, bpdu);
    brConfigurationUpdate(br);
    brPortStateSelection(br);
    if (!brIsRootBridge(br) && wasRoot) {
      brTimerDel(br.dev.net, br.helloTimer);
      br.helloTimer = null;
      if (br.topologyChangeDetected) {
        brTimerDel(br.dev.net, br.topologyChangeTimer);
        br.topologyChangeTimer = null;
        brTransmitTcn(br);
        brStpTimers.modTcn(br, br.bridgeHelloTime);
      }
    }
    if (p.portNo === br.rootPort) {
      brRecordConfigTimeoutValues(br, bpdu);
      brConfigBpduGeneration(br);
      if (bpdu.topologyChangeAck) brTopologyChangeAcknowledged(br);
    }
  } else if (brIsDesignatedPort(p)) {
    brTransmitConfig(p);
  }
}

/** br_received_tcn_bpdu() (802.1D 8.7.2) */
export function brReceivedTcnBpdu(p: NetBridgePort): void {
  if (!brIsDesignatedPort(p)) return;
  brTopologyChangeDetection(p.br);
  brTopologyChangeAcknowledge(p);
}

/** br_set_hello_time(): clock_t in; ERANGE outside [1 s, 10 s]. */
export function brSetHelloTime(br: NetBridge, val: number): number {
  const t = clockTToNs(val);
  if (t < BR_MIN_HELLO_TIME || t > BR_MAX_HELLO_TIME) return -34;
  br.bridgeHelloTime = t;
  if (brIsRootBridge(br)) br.helloTime = br.bridgeHelloTime;
  return 0;
}

/** br_set_max_age(): ERANGE outside [6 s, 40 s]. */
export function brSetMaxAge(br: NetBridge, val: number): number {
  const t = clockTToNs(val);
  if (t < BR_MIN_MAX_AGE || t > BR_MAX_MAX_AGE) return -34;
  br.bridgeMaxAge = t;
  if (brIsRootBridge(br)) br.maxAge = br.bridgeMaxAge;
  return 0;
}

/** __br_set_forward_delay() */
export function brSetForwardDelayRaw(br: NetBridge, t: number): void {
  br.bridgeForwardDelay = t;
  if (brIsRootBridge(br)) br.forwardDelay = br.bridgeForwardDelay;
}

/** br_set_forward_delay(): the [2 s, 30 s] range applies only while STP runs. */
export function brSetForwardDelay(br: NetBridge, val: number): number {
  const t = clockTToNs(val);
  if (br.stpEnabled !== BR_NO_STP && (t < BR_MIN_FORWARD_DELAY || t > BR_MAX_FORWARD_DELAY)) return -34;
  brSetForwardDelayRaw(br, t);
  return 0;
}
