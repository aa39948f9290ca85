/*
 * 802.1D spanning tree BPDUs, carried in 802.2 LLC UI frames (IEEE 802.1D-1998
 * clause 9.3; DSAP = SSAP = 0x42, control 0x03):
 *
 *    802.3 header (dest 01:80:c2:00:00:00, source, length) | LLC 42 42 03 |
 *
 *    Configuration BPDU (35 octets)        Topology Change Notification (4)
 *     0  protocol identifier (0x0000)       0  protocol identifier (0x0000)
 *     2  protocol version (0)               2  protocol version (0)
 *     3  BPDU type (0x00)                   3  BPDU type (0x80)
 *     4  flags: 0x01 TC, 0x80 TC ack
 *     5  root identifier (8: priority 2, MAC 6)
 *    13  root path cost (4)
 *    17  bridge identifier (8)
 *    25  port identifier (2)
 *    27  message age (2)   29  max age (2)
 *    31  hello time (2)    33  forward delay (2)     times in 1/256 s
 *
 * @linux net/bridge/br_stp_bpdu.c, include/net/llc_pdu.h
 */

import { WireError, assert } from './error.js';
import { getU16, getU32, putU16, putU32 } from './bytes.js';

/** include/linux/llc.h LLC_SAP_BSPAN: the spanning tree SAP. */
export const LLC_SAP_BSPAN = 0x42;
/** include/net/llc_pdu.h LLC_PDU_TYPE_U with the UI command: control 0x03. */
export const LLC_UI = 0x03;
/** sizeof(struct llc_pdu_un): DSAP, SSAP, control. */
export const LLC_PDU_UN_LEN = 3;
/** net/bridge/br_private_stp.h */
export const BPDU_TYPE_CONFIG = 0x00;
export const BPDU_TYPE_TCN = 0x80;
/** The configuration BPDU's length, without the LLC header (br_send_config_bpdu buf[35]). */
export const BPDU_CONFIG_LEN = 35;
export const BPDU_TCN_LEN = 4;
/** STP_HZ: BPDU times count 1/256 seconds. */
export const STP_HZ = 256;

/** Offsets in a BPDU (after the LLC header). */
export const enum Bpdu {
  ProtocolId = 0,
  Version = 2,
  Type = 3,
  Flags = 4,
  Root = 5,
  RootPathCost = 13,
  BridgeId = 17,
  PortId = 25,
  MessageAge = 27,
  MaxAge = 29,
  HelloTime = 31,
  ForwardDelay = 33,
}

/** BPDU flag bits (br_send_config_bpdu). */
export const BPDU_FLAG_TC = 0x01;
export const BPDU_FLAG_TC_ACK = 0x80;

/** struct br_config_bpdu, with times as 1/256 s ticks as on the wire. */
export interface ConfigBpduRepr {
  topologyChange: boolean;
  topologyChangeAck: boolean;
  /** 8 bytes: priority (big endian) then MAC. */
  root: Uint8Array;
  rootPathCost: number;
  bridgeId: Uint8Array;
  portId: number;
  messageAge: number;
  maxAge: number;
  helloTime: number;
  forwardDelay: number;
}

/**
 * The LLC header check of llc_rcv() for the spanning tree SAP: DSAP and
 * SSAP 0x42, a UI frame. `o` is where the LLC header starts.
 */
export function llcIsStp(b: Uint8Array, o: number, len: number): boolean {
  if (len < LLC_PDU_UN_LEN) return false;
  return b[o] === LLC_SAP_BSPAN && b[o + 1] === LLC_SAP_BSPAN && b[o + 2] === LLC_UI;
}

/**
 * br_stp_rcv()'s first check: at least 4 octets and protocol identifier 0,
 * version 0 (the three first octets). Returns the BPDU type or an error.
 */
export function bpduCheck(b: Uint8Array, o: number, len: number): number | typeof WireError.Truncated | typeof WireError.Unsupported {
  if (len < BPDU_TCN_LEN) return WireError.Truncated;
  if (b[o] !== 0 || b[o + 1] !== 0 || b[o + 2] !== 0) return WireError.Unsupported;
  return b[o + Bpdu.Type]!;
}

/** A configuration BPDU at `o` (after the LLC header); Truncated under 35 octets. */
export function configBpduParse(b: Uint8Array, o: number, len: number): ConfigBpduRepr | typeof WireError.Truncated {
  if (len < BPDU_CONFIG_LEN) return WireError.Truncated;
  const flags = b[o + Bpdu.Flags]!;
  return {
    topologyChange: (flags & BPDU_FLAG_TC) !== 0,
    topologyChangeAck: (flags & BPDU_FLAG_TC_ACK) !== 0,
    root: b.slice(o + Bpdu.Root, o + Bpdu.Root + 8),
    rootPathCost: getU32(b, o + Bpdu.RootPathCost),
    bridgeId: b.slice(o + Bpdu.BridgeId, o + Bpdu.BridgeId + 8),
    portId: getU16(b, o + Bpdu.PortId),
    messageAge: getU16(b, o + Bpdu.MessageAge),
    maxAge: getU16(b, o + Bpdu.MaxAge),
    helloTime: getU16(b, o + Bpdu.HelloTime),
    forwardDelay: getU16(b, o + Bpdu.ForwardDelay),
  };
}

/** Writes the 35 octets of a configuration BPDU at `o`. */
export function configBpduEmit(r: ConfigBpduRepr, b: Uint8Array, o: number): void {
  assert(b.length - o >= BPDU_CONFIG_LEN, 'config bpdu emit: short buffer');
  b[o] = 0;
  b[o + 1] = 0;
  b[o + Bpdu.Version] = 0;
  b[o + Bpdu.Type] = BPDU_TYPE_CONFIG;
  b[o + Bpdu.Flags] = (r.topologyChange ? BPDU_FLAG_TC : 0) | (r.topologyChangeAck ? BPDU_FLAG_TC_ACK : 0);
  b.set(r.root.subarray(0, 8), o + Bpdu.Root);
  putU32(b, o + Bpdu.RootPathCost, r.rootPathCost);
  b.set(r.bridgeId.subarray(0, 8), o + Bpdu.BridgeId);
  putU16(b, o + Bpdu.PortId, r.portId);
  putU16(b, o + Bpdu.MessageAge, r.messageAge);
  putU16(b, o + Bpdu.MaxAge, r.maxAge);
  putU16(b, o + Bpdu.HelloTime, r.helloTime);
  putU16(b, o + Bpdu.ForwardDelay, r.forwardDelay);
}

/** Writes a topology change notification BPDU (4 octets) at `o`. */
export function tcnBpduEmit(b: Uint8Array, o: number): void {
  assert(b.length - o >= BPDU_TCN_LEN, 'tcn bpdu emit: short buffer');
  b[o] = 0;
  b[o + 1] = 0;
  b[o + 2] = 0;
  b[o + 3] = BPDU_TYPE_TCN;
}

/** llc_pdu_header_init() + llc_pdu_init_as_ui_cmd(): DSAP, SSAP 0x42, UI. */
export function llcStpHeaderEmit(b: Uint8Array, o: number): void {
  b[o] = LLC_SAP_BSPAN;
  b[o + 1] = LLC_SAP_BSPAN;
  b[o + 2] = LLC_UI;
}
