/**
 * Spanning tree BPDUs: sending config and TCN BPDUs in LLC UI frames to the
 * bridge group address, and receiving them (llc_rcv() for SAP 0x42 →
 * br_stp_rcv()). Malformed BPDUs are dropped, never thrown on.
 * @linux net/bridge/br_stp_bpdu.c, net/llc/llc_input.c llc_rcv(), net/802/stp.c
 */
import { SkBuff } from '../core/skbuff.js';
import { devQueueXmit } from '../core/dev_rx.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { BR_KERNEL_STP, BR_STATE_DISABLED, BR_BPDU_GUARD, type BridgeId } from './br_private.js';
import { bridgeIdBytes, bridgeIdFromBytes, brGetTicks, brSetTicks } from './br_private_stp.js';
import { brReceivedConfigBpdu, brReceivedTcnBpdu } from './br_stp.js';
import { brStpDisablePort } from './br_stp_if.js';
import { ETH_ALEN, ETH_HLEN, ETH_P_802_2, ETH_P_802_3_MIN, Ethh } from '../../wire/ethernet.js';
import { getU16, putU16 } from '../../wire/bytes.js';
import {
  BPDU_CONFIG_LEN, BPDU_TCN_LEN, BPDU_TYPE_CONFIG, BPDU_TYPE_TCN, LLC_PDU_UN_LEN, bpduCheck, configBpduEmit,
  configBpduParse, llcIsStp, llcStpHeaderEmit, tcnBpduEmit,
} from '../../wire/stp.js';
import type { NetBridgePort } from './br_private.js';
import { allocSkb } from '../core/skbuff_cache.js';

/** struct br_config_bpdu: times in ns, ids as bridge ids. */
export interface BrConfigBpdu {
  topologyChange: boolean;
  topologyChangeAck: boolean;
  root: BridgeId;
  rootPathCost: number;
  bridgeId: BridgeId;
  portId: number;
  messageAge: number;
  maxAge: number;
  helloTime: number;
  forwardDelay: number;
}

/**
 * br_send_bpdu(): LLC header, then the 802.3 header (llc_mac_hdr_init():
 * h_proto is the length of LLC header + BPDU) from the port's MAC to the
 * bridge group address, straight to the port's device.
 */
function brSendBpdu(p: NetBridgePort, fill: (b: Uint8Array, o: number) => void, length: number): void {
  const skb = allocSkb(p.br.dev.net, ETH_HLEN + LLC_PDU_UN_LEN + length);
  skb.dev = p.dev;
  skb.protocol = ETH_P_802_2;
  const o = skb.put(ETH_HLEN + LLC_PDU_UN_LEN + length);
  const b = skb.buf;
  b.set(p.br.groupAddr.subarray(0, ETH_ALEN), o + Ethh.Dest);
  b.set(p.dev.devAddr.subarray(0, ETH_ALEN), o + Ethh.Source);
  putU16(b, o + Ethh.Proto, LLC_PDU_UN_LEN + length);
  llcStpHeaderEmit(b, o + ETH_HLEN);
  fill(b, o + ETH_HLEN + LLC_PDU_UN_LEN);
  skb.resetMacHeader();
  devQueueXmit(skb);
}

/** br_send_config_bpdu() */
export function brSendConfigBpdu(p: NetBridgePort, bpdu: BrConfigBpdu): void {
  if (p.br.stpEnabled !== BR_KERNEL_STP) return;
  p.stpXstats.txBpdu++;
  brSendBpdu(p, (b, o) => configBpduEmit({
    topologyChange: bpdu.topologyChange,
    topologyChangeAck: bpdu.topologyChangeAck,
    root: bridgeIdBytes(bpdu.root),
    rootPathCost: bpdu.rootPathCost,
    bridgeId: bridgeIdBytes(bpdu.bridgeId),
    portId: bpdu.portId,
    messageAge: brSetTicks(bpdu.messageAge),
    maxAge: brSetTicks(bpdu.maxAge),
    helloTime: brSetTicks(bpdu.helloTime),
    forwardDelay: brSetTicks(bpdu.forwardDelay),
  }, b, o), BPDU_CONFIG_LEN);
}

/** br_send_tcn_bpdu() */
export function brSendTcnBpdu(p: NetBridgePort): void {
  if (p.br.stpEnabled !== BR_KERNEL_STP) return;
  p.stpXstats.txTcn++;
  brSendBpdu(p, tcnBpduEmit, BPDU_TCN_LEN);
}

/** ether_addr_equal() on the frame's destination. */
function destIs(skb: SkBuff, addr: Uint8Array): boolean {
  const b = skb.buf;
  for (let i = 0; i < ETH_ALEN; i++) if (b[skb.macHeader + Ethh.Dest + i] !== addr[i]) return false;
  return true;
}

/**
 * br_stp_rcv(), reached from br_handle_frame() for a frame to the bridge
 * group address while STP runs (Linux: the frame is passed up and LLC hands
 * SAP 0x42 to it). `skb.data` is past the Ethernet header. False when it is
 * not an STP LLC frame (it goes on up). Otherwise the BPDU is consumed:
 * anything but protocol 0 version 0 is dropped; a BPDU is acted on only
 * while kernel STP runs, the bridge is up, the port enabled, and it was
 * sent to the bridge's group address; BPDU guard disables the port.
 */
export function brStpRcv(p: NetBridgePort, skb: SkBuff): boolean {
  if (!llcStpPdu(skb)) return false;
  const net = p.br.dev.net;
  const type = bpduCheck(skb.buf, skb.data, skb.len);
  if (typeof type !== 'number') {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'br_stp_rcv');
    return true;
  }
  const br = p.br;
  if (br.stpEnabled === BR_KERNEL_STP && br.dev.isUp && p.state !== BR_STATE_DISABLED && destIs(skb, br.groupAddr)) {
    if (p.flags & BR_BPDU_GUARD) brStpDisablePort(p);
    else if (type === BPDU_TYPE_CONFIG) brStpRcvConfig(p, skb);
    else if (type === BPDU_TYPE_TCN) {
      p.stpXstats.rxTcn++;
      brReceivedTcnBpdu(p);
    }
  }
  kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'br_stp_rcv');
  return true;
}

/**
 * llc_rcv() for the spanning tree SAP: an 802.3 length (llc_fixup_skb()
 * trims the frame to it) and an LLC UI header 42 42 03, which is pulled.
 */
function llcStpPdu(skb: SkBuff): boolean {
  const pdulen = getU16(skb.buf, skb.macHeader + Ethh.Proto);
  if (pdulen >= ETH_P_802_3_MIN || pdulen < LLC_PDU_UN_LEN || pdulen > skb.len) return false;
  if (!llcIsStp(skb.buf, skb.data, pdulen)) return false;
  skb.trim(pdulen);
  skb.pull(LLC_PDU_UN_LEN);
  return true;
}

/** The BPDU_TYPE_CONFIG branch of br_stp_rcv(): a config BPDU older than its max age is ignored. */
function brStpRcvConfig(p: NetBridgePort, skb: SkBuff): void {
  const r = configBpduParse(skb.buf, skb.data, skb.len);
  if (typeof r === 'string') return;
  p.stpXstats.rxBpdu++;
  const root = { prio: new Uint8Array(2), addr: new Uint8Array(6) };
  const bridgeId = { prio: new Uint8Array(2), addr: new Uint8Array(6) };
  bridgeIdFromBytes(root, r.root);
  bridgeIdFromBytes(bridgeId, r.bridgeId);
  const bpdu: BrConfigBpdu = {
    topologyChange: r.topologyChange,
    topologyChangeAck: r.topologyChangeAck,
    root,
    rootPathCost: r.rootPathCost,
    bridgeId,
    portId: r.portId,
    messageAge: brGetTicks(r.messageAge),
    maxAge: brGetTicks(r.maxAge),
    helloTime: brGetTicks(r.helloTime),
    forwardDelay: brGetTicks(r.forwardDelay),
  };
  if (bpdu.messageAge > bpdu.maxAge) return;
  brReceivedConfigBpdu(p, bpdu);
}
