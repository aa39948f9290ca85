/**
 * veth's IFLA_INFO_DATA: VETH_INFO_PEER, an ifinfomsg with the peer's attributes.
 * @linux include/uapi/linux/veth.h
 */
import type { IfInfoMsg } from './if_link.js';

export interface VethInfo {
  /** VETH_INFO_PEER */
  peer?: IfInfoMsg;
}
