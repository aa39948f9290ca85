/**
 * Netlink as userland sees it: message flags, the generic message header
 * and the error/ack a request gets back. tuxnet carries messages as decoded
 * objects (the header fields plus a typed body) instead of TLV bytes: the
 * attributes are the body's optional fields, named after their NLA types.
 * @linux include/uapi/linux/netlink.h
 */
import type { Errno } from '../../net/core/errno.js';

export const NETLINK_ROUTE = 0;

/** nlmsg_flags of every request. */
export const NLM_F_REQUEST = 0x01;
export const NLM_F_MULTI = 0x02;
export const NLM_F_ACK = 0x04;
export const NLM_F_ECHO = 0x08;
export const NLM_F_DUMP_INTR = 0x10;
export const NLM_F_DUMP_FILTERED = 0x20;

/** Modifiers of GET requests. */
export const NLM_F_ROOT = 0x100;
export const NLM_F_MATCH = 0x200;
export const NLM_F_ATOMIC = 0x400;
export const NLM_F_DUMP = NLM_F_ROOT | NLM_F_MATCH;

/** Modifiers of NEW requests. */
export const NLM_F_REPLACE = 0x100;
export const NLM_F_EXCL = 0x200;
export const NLM_F_CREATE = 0x400;
export const NLM_F_APPEND = 0x800;

/** Modifiers of DELETE requests. */
export const NLM_F_NONREC = 0x100;
export const NLM_F_BULK = 0x200;

/** Flags of ACK messages. */
export const NLM_F_CAPPED = 0x100;
export const NLM_F_ACK_TLVS = 0x200;

export const NLMSG_NOOP = 0x1;
export const NLMSG_ERROR = 0x2;
export const NLMSG_DONE = 0x3;
export const NLMSG_OVERRUN = 0x4;

/** struct nlmsghdr with its payload, decoded. */
export interface NlMsg<B = unknown> {
  /** nlmsg_type (RTM_*) */
  readonly type: number;
  /** nlmsg_flags (NLM_F_*) */
  readonly flags: number;
  /** nlmsg_seq: echoed in the answer. */
  readonly seq: number;
  /** nlmsg_pid: the sender's port id (0 for the kernel). */
  readonly pid: number;
  readonly body: B;
  /**
   * cb->strict_check of a dump request: the sender set NETLINK_GET_STRICT_CHK
   * (rtnl_set_strict_dump()); false asks the handler for the legacy,
   * unchecked dump. Absent: strict.
   */
  readonly strictChk?: boolean;
}

/**
 * struct nlmsgerr with its extack TLVs: what NLMSG_ERROR carries. `error`
 * null is the ACK (error 0); `msg` is NLMSGERR_ATTR_MSG.
 */
export interface NlAck {
  readonly error: Errno | null;
  readonly msg: string | null;
}

/** What one request gets back: the unicast messages (a dump, an echo, a GET answer), then its ack. */
export interface NlReply {
  readonly msgs: NlMsg[];
  readonly ack: NlAck;
}

export const NL_ACK_OK: NlAck = Object.freeze({ error: null, msg: null });
