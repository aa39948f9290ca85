/**
 * RTM_NEWNSID / RTM_GETNSID bodies: struct rtgenmsg and NETNSA_* attributes.
 * @linux include/uapi/linux/net_namespace.h
 */
import type { Net } from '../../net/core/net_namespace.js';

/** NETNSA_NSID_NOT_ASSIGNED */
export const NETNSA_NSID_NOT_ASSIGNED = -1;

export interface NetnsMsg {
  family: number;
  /** NETNSA_NSID */
  nsid?: number;
  /** NETNSA_FD: the namespace asked about (an fd of /run/netns/NAME). */
  fd?: Net;
  /** NETNSA_TARGET_NSID: answer as the namespace with this id here sees things. */
  targetNsid?: number;
  /** NETNSA_CURRENT_NSID: with a target, the peer's id in the requester's namespace. */
  currentNsid?: number;
}
