/**
 * 802.1Q tags on an skb: the out-of-band (hwaccel) tag in skb.vlanProto /
 * skb.vlanTci that devices with VLAN offload (veth, the bridge) carry, and
 * the in-band tag of a frame on the wire (IEEE 802.1Q 9.6: TPID 0x8100, then
 * PCP 3 bits, DEI 1 bit, VID 12 bits).
 * @linux include/linux/if_vlan.h, net/core/skbuff.c skb_vlan_untag()
 */
import { skbCowHead, type SkBuff } from './skbuff.js';
import { ETH_HLEN, ETH_P_8021AD, ETH_P_8021Q } from '../../wire/ethernet.js';
import { getU16, putU16 } from '../../wire/bytes.js';

/** VLAN_HLEN: the tag's 4 octets. */
export const VLAN_HLEN = 4;
/** VLAN_VID_MASK: the VLAN id bits of the TCI; 4095 is reserved. */
export const VLAN_VID_MASK = 0x0fff;
/** VLAN_N_VID */
export const VLAN_N_VID = 4096;

/** eth_type_vlan(): 802.1Q or 802.1ad. */
export function ethTypeVlan(proto: number): boolean {
  return proto === ETH_P_8021Q || proto === ETH_P_8021AD;
}

/** skb_vlan_tag_present() */
export function skbVlanTagPresent(skb: SkBuff): boolean {
  return skb.vlanProto !== 0;
}

/** __vlan_hwaccel_put_tag() */
export function vlanHwaccelPutTag(skb: SkBuff, proto: number, tci: number): void {
  skb.vlanProto = proto;
  skb.vlanTci = tci & 0xffff;
}

/** __vlan_hwaccel_clear_tag() */
export function vlanHwaccelClearTag(skb: SkBuff): void {
  skb.vlanProto = 0;
  skb.vlanTci = 0;
}

/** br_vlan_get_tag(): the VID of the hwaccel tag, or -1 when untagged. */
export function skbVlanVid(skb: SkBuff): number {
  return skb.vlanProto !== 0 ? skb.vlanTci & VLAN_VID_MASK : -1;
}

/**
 * skb_vlan_untag(): `skb.data` is past the Ethernet header and skb.protocol
 * is 802.1Q/802.1ad: the in-band tag moves into the hwaccel fields, the MAC
 * addresses slide up over it (skb_reorder_vlan_header) and skb.protocol
 * becomes the encapsulated type. False when the tag is truncated (the
 * caller drops the frame) or one is already present.
 */
export function skbVlanUntag(skb: SkBuff): boolean {
  if (skb.vlanProto !== 0) return true;
  if (!skb.mayPull(VLAN_HLEN) || skb.macHeader < 0) return false;
  const b = skb.buf;
  const tci = getU16(b, skb.data);
  const inner = getU16(b, skb.data + 2);
  vlanHwaccelPutTag(skb, skb.protocol, tci);
  skb.pull(VLAN_HLEN);
  // memmove(mac + VLAN_HLEN, mac, 2 * ETH_ALEN): the addresses now precede the inner type.
  const mac = skb.macHeader;
  b.copyWithin(mac + VLAN_HLEN, mac, mac + ETH_HLEN - 2);
  skb.macHeader = mac + VLAN_HLEN;
  skb.protocol = inner;
  return true;
}

/**
 * __vlan_hwaccel_push_inside(): `skb.data` is the Ethernet header; the
 * hwaccel tag goes into the frame after the MAC addresses (what
 * validate_xmit_vlan() does for a device without NETIF_F_HW_VLAN_CTAG_TX).
 */
export function vlanHwaccelPushInside(skb: SkBuff): void {
  if (skb.vlanProto === 0) return;
  skbCowHead(skb, VLAN_HLEN);
  const b = skb.buf;
  const d = skb.push(VLAN_HLEN);
  b.copyWithin(d, d + VLAN_HLEN, d + VLAN_HLEN + 12);
  putU16(b, d + 12, skb.vlanProto);
  putU16(b, d + 14, skb.vlanTci);
  skb.macHeader = d;
  vlanHwaccelClearTag(skb);
}
