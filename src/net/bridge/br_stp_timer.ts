/**
 * Spanning tree timers on the virtual clock: hello, tcn and topology change
 * per bridge; message age, forward delay and hold per port (802.1D 8.5.4 /
 * 8.7.x: the timer expiry procedures).
 * @linux net/bridge/br_stp_timer.c
 */
import type { Net } from '../core/net_namespace.js';
import type { Timer } from '../../sim/scheduler.js';
import {
  BR_STATE_DISABLED, BR_STATE_FORWARDING, BR_STATE_LEARNING, BR_STATE_LISTENING, nsToClockT, type NetBridge, type NetBridgePort,
} from './br_private.js';
import { bridgeIdCmp, brIsRootBridge } from './br_private_stp.js';
import {
  brBecomeDesignatedPort, brBecomeRootBridge, brConfigBpduGeneration, brConfigurationUpdate, brPortStateSelection,
  brSetState, brSetTopologyChange, brTopologyChangeDetection, brTransmitConfig, brTransmitTcn,
} from './br_stp.js';
import { brStpHooks } from './br_stp_hooks.js';
import { netifCarrierOn } from '../core/dev.js';

/** mod_timer(): (re)arm `old` to fire after `delay` ns; returns the armed timer. */
export function brTimerMod(net: Net, old: Timer | null, delay: number, fn: () => void): Timer {
  net.sched.cancel(old);
  return net.sched.schedule(delay, fn);
}

/** del_timer() */
export function brTimerDel(net: Net, t: Timer | null): void {
  net.sched.cancel(t);
}

/** br_timer_value(): what is left of a timer, in clock_t (0 when not pending). */
export function brTimerValue(net: Net, t: Timer | null): number {
  return t && net.sched.pending(t) ? nsToClockT(t.when - net.sched.now) : 0;
}

/** br_is_designated_for_some_port() */
function brIsDesignatedForSomePort(br: NetBridge): boolean {
  for (const p of br.portList) {
    if (p.state !== BR_STATE_DISABLED && bridgeIdCmp(p.designatedBridge, br.bridgeId) === 0) return true;
  }
  return false;
}

/** br_hello_timer_expired() (802.1D 8.7.3) */
function brHelloTimerExpired(br: NetBridge): void {
  if (!br.dev.isUp) return;
  brConfigBpduGeneration(br);
  brStpTimers.modHello(br, br.helloTime);
}

/** br_message_age_timer_expired() (802.1D 8.7.4): the designated bridge of the segment is gone. */
function brMessageAgeTimerExpired(p: NetBridgePort): void {
  const br = p.br;
  if (p.state === BR_STATE_DISABLED) return;
  const wasRoot = brIsRootBridge(br);
  brBecomeDesignatedPort(p);
  brConfigurationUpdate(br);
  brPortStateSelection(br);
  if (brIsRootBridge(br) && !wasRoot) brBecomeRootBridge(br);
}

/** br_forward_delay_timer_expired() (802.1D 8.7.5): listening → learning → forwarding. */
function brForwardDelayTimerExpired(p: NetBridgePort): void {
  const br = p.br;
  if (p.state === BR_STATE_LISTENING) {
    brSetState(p, BR_STATE_LEARNING);
    brStpTimers.modForwardDelay(p, br.forwardDelay);
  } else if (p.state === BR_STATE_LEARNING) {
    brSetState(p, BR_STATE_FORWARDING);
    if (brIsDesignatedForSomePort(br)) brTopologyChangeDetection(br);
    netifCarrierOn(br.dev);
  }
  brStpHooks.ifinfoNotify(p);
}

/** br_tcn_timer_expired() (802.1D 8.7.6): repeat the TCN until acknowledged. */
function brTcnTimerExpired(br: NetBridge): void {
  if (!br.dev.isUp) return;
  brTransmitTcn(br);
  brStpTimers.modTcn(br, br.bridgeHelloTime);
}

/** br_topology_change_timer_expired() (802.1D 8.7.7) */
function brTopologyChangeTimerExpired(br: NetBridge): void {
  br.topologyChangeDetected = 0;
  brSetTopologyChange(br, 0);
}

/** br_hold_timer_expired() (802.1D 8.7.8): send the config BPDU held back. */
function brHoldTimerExpired(p: NetBridgePort): void {
  if (p.configPending) brTransmitConfig(p);
}

/** Arming each STP timer with its expiry function (br_stp_timer_init / br_stp_port_timer_init). */
export const brStpTimers = Object.freeze({
  modHello(br: NetBridge, delay: number): void {
    br.helloTimer = brTimerMod(br.dev.net, br.helloTimer, delay, () => brHelloTimerExpired(br));
  },
  modTcn(br: NetBridge, delay: number): void {
    br.tcnTimer = brTimerMod(br.dev.net, br.tcnTimer, delay, () => brTcnTimerExpired(br));
  },
  modTopologyChange(br: NetBridge, delay: number): void {
    br.topologyChangeTimer = brTimerMod(br.dev.net, br.topologyChangeTimer, delay, () => brTopologyChangeTimerExpired(br));
  },
  modMessageAge(p: NetBridgePort, delay: number): void {
    p.messageAgeTimer = brTimerMod(p.br.dev.net, p.messageAgeTimer, delay, () => brMessageAgeTimerExpired(p));
  },
  modForwardDelay(p: NetBridgePort, delay: number): void {
    p.forwardDelayTimer = brTimerMod(p.br.dev.net, p.forwardDelayTimer, delay, () => brForwardDelayTimerExpired(p));
  },
  holdExpired: brHoldTimerExpired,
});
