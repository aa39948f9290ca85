/**
 * nfnetlink_log's messages (NFNL_SUBSYS_ULOG of NETLINK_NETFILTER): the
 * configuration a listener sends and the packets it reads.
 * @linux include/uapi/linux/netfilter/nfnetlink_log.h
 */
/** NFNL_SUBSYS_ULOG and its messages. */
export const NFNL_SUBSYS_ULOG = 4;
export const NFULNL_MSG_PACKET = 0;
export const NFULNL_MSG_CONFIG = 1;
/** enum nfulnl_msg_config_cmds */
export const NFULNL_CFG_CMD_BIND = 1;
export const NFULNL_CFG_CMD_UNBIND = 2;
export const NFULNL_CFG_CMD_PF_BIND = 3;
export const NFULNL_CFG_CMD_PF_UNBIND = 4;
/** NFULNL_COPY_* */
export const NFULNL_COPY_NONE = 0;
export const NFULNL_COPY_META = 1;
export const NFULNL_COPY_PACKET = 2;
/** A NFULNL_MSG_CONFIG request: the group is the nfgenmsg's res_id. */
export interface NfulnlConfigReq {
  readonly family?: number;
  readonly group: number;
  /** NFULA_CFG_CMD */
  readonly cmd?: number;
  /** NFULA_CFG_MODE: copy mode and range. */
  readonly mode?: { readonly copyMode: number; readonly copyRange: number };
}

/** A NFULNL_MSG_PACKET: the message after its nlmsghdr (nfgenmsg and attributes), as the kernel lays it out. */
export interface NfulnlPacketMsg {
  readonly data: Uint8Array;
}
