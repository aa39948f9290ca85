/**
 * Spanning tree helpers shared by br_stp*.ts: bridge id comparison and
 * formatting, port ids, the STP time conversions.
 * @linux net/bridge/br_private_stp.h, net/bridge/br_stp_if.c
 */
import {
  BR_HZ_NS, BR_PORT_BITS, BR_STATE_DISABLED, type BridgeId, type NetBridge, type NetBridgePort, type PortId,
} from './br_private.js';
import { STP_HZ } from '../../wire/stp.js';

/** br_private_stp.h BPDU_TYPE_* are in src/wire/stp.ts; BR_MIN_PATH_COST / BR_MAX_PATH_COST: */
export const BR_MIN_PATH_COST = 1;
export const BR_MAX_PATH_COST = 65535;

/**
 * MESSAGE_AGE_INCR ((HZ / 256) + 1 jiffies): a BPDU's message age grows by at
 * least one jiffy per bridge; one jiffy of the reference kernel (CONFIG_HZ=250).
 */
export const MESSAGE_AGE_INCR = BR_HZ_NS / 250;

/** memcmp(a, b, 8) on two bridge ids: priority first, then MAC. */
export function bridgeIdCmp(a: BridgeId, b: BridgeId): number {
  for (let i = 0; i < 2; i++) if (a.prio[i] !== b.prio[i]) return a.prio[i]! - b.prio[i]!;
  for (let i = 0; i < 6; i++) if (a.addr[i] !== b.addr[i]) return a.addr[i]! - b.addr[i]!;
  return 0;
}

/** struct assignment of a bridge_id. */
export function bridgeIdCopy(dst: BridgeId, src: BridgeId): void {
  dst.prio.set(src.prio);
  dst.addr.set(src.addr);
}

/** The 8 wire octets of a bridge id. */
export function bridgeIdBytes(id: BridgeId, out: Uint8Array = new Uint8Array(8)): Uint8Array {
  out.set(id.prio, 0);
  out.set(id.addr, 2);
  return out;
}

/** Read a bridge id from its 8 wire octets. */
export function bridgeIdFromBytes(dst: BridgeId, b: Uint8Array): void {
  dst.prio.set(b.subarray(0, 2));
  dst.addr.set(b.subarray(2, 8));
}

const hex2 = (v: number): string => v.toString(16).padStart(2, '0');

/** br_show_bridge_id(): sysfs's "8000.020000000100". */
export function brShowBridgeId(id: BridgeId): string {
  return hex2(id.prio[0]!) + hex2(id.prio[1]!) + '.' + Array.from(id.addr, hex2).join('');
}

/** br_make_port_id(): priority in the top bits, port number in BR_PORT_BITS. */
export function brMakePortId(priority: number, portNo: number): PortId {
  return ((priority << BR_PORT_BITS) | (portNo & ((1 << BR_PORT_BITS) - 1))) & 0xffff;
}

/** br_is_root_bridge() */
export function brIsRootBridge(br: NetBridge): boolean {
  return bridgeIdCmp(br.bridgeId, br.designatedRoot) === 0;
}

/** br_is_designated_port(): this bridge is the designated bridge of the port's segment through it. */
export function brIsDesignatedPort(p: NetBridgePort): boolean {
  return bridgeIdCmp(p.designatedBridge, p.br.bridgeId) === 0 && p.designatedPort === p.portId;
}

/** br_get_port() */
export function brGetPort(br: NetBridge, portNo: number): NetBridgePort | null {
  for (const p of br.portList) if (p.portNo === portNo) return p;
  return null;
}

/** A port that takes part in STP. */
export function brPortEnabled(p: NetBridgePort): boolean {
  return p.state !== BR_STATE_DISABLED;
}

/** br_set_ticks(): ns to 1/256 s BPDU ticks. */
export function brSetTicks(ns: number): number {
  return Math.floor((STP_HZ * ns) / BR_HZ_NS) & 0xffff;
}

/** br_get_ticks(): 1/256 s BPDU ticks to ns, rounded up (DIV_ROUND_UP). */
export function brGetTicks(ticks: number): number {
  return Math.ceil((ticks * BR_HZ_NS) / STP_HZ);
}
