/**
 * Generic netlink as userland sees it: the protocol, the controller's
 * family id and its GETFAMILY command; a message body starts with the
 * genlmsghdr's command.
 * @linux include/uapi/linux/genetlink.h
 */
export const NETLINK_GENERIC = 16;

/** The controller family (nlctrl): resolves a family's name to its id. */
export const GENL_ID_CTRL = 0x10;
export const CTRL_CMD_NEWFAMILY = 1;
export const CTRL_CMD_GETFAMILY = 3;

/** struct genlmsghdr, decoded: the command (and version) of a family's message. */
export interface GenlMsg {
  readonly cmd: number;
  readonly version?: number;
  readonly family?: number;
}

/** CTRL_CMD_GETFAMILY by CTRL_ATTR_FAMILY_NAME; the answer carries CTRL_ATTR_FAMILY_ID. */
export interface CtrlMsg extends GenlMsg {
  readonly familyName?: string;
  readonly familyId?: number;
}
