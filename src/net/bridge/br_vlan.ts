/**
 * VLAN filtering hooks, at the places the bridge calls them. Without VLAN
 * filtering (vlan_filtering 0, or a kernel without
 * CONFIG_BRIDGE_VLAN_FILTERING such as the recorded one) every frame is
 * allowed in and out untouched, with VLAN id 0.
 * @linux net/bridge/br_vlan.c br_allowed_ingress(), br_allowed_egress(), br_handle_vlan()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NetBridge, NetBridgePort, NetBridgeVlanGroup } from './br_private.js';

/** br_allowed_ingress(): may the frame enter, and with which VLAN id (0: none). Returns the vid or -1 to drop. */
export function brAllowedIngress(_br: NetBridge, _vg: NetBridgeVlanGroup | null, _skb: SkBuff): number {
  return 0;
}

/** br_allowed_egress(): may the frame leave through a port (or go up to the bridge) of this group. */
export function brAllowedEgress(_vg: NetBridgeVlanGroup | null, _skb: SkBuff): boolean {
  return true;
}

/** br_handle_vlan(): tag or untag on egress; null when the frame must not leave. */
export function brHandleVlan(_br: NetBridge, _p: NetBridgePort | null, _vg: NetBridgeVlanGroup | null, skb: SkBuff): SkBuff | null {
  return skb;
}

/** br_vlan_enabled() */
export function brVlanEnabled(_br: NetBridge): boolean {
  return false;
}
