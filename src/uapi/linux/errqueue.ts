/**
 * The extended error of IP_RECVERR: what recvmsg(MSG_ERRQUEUE) returns in
 * its SOL_IP/IP_RECVERR control message.
 * @linux include/uapi/linux/errqueue.h
 */

export const SO_EE_ORIGIN_NONE = 0;
export const SO_EE_ORIGIN_LOCAL = 1;
export const SO_EE_ORIGIN_ICMP = 2;
export const SO_EE_ORIGIN_ICMP6 = 3;

/** struct sock_extended_err, plus SO_EE_OFFENDER() (the sockaddr_in after it). */
export interface SockExtendedErr<E extends string = string> {
  /** ee_errno, by its name ('EHOSTUNREACH'...). */
  readonly errno: E;
  readonly origin: number;
  readonly type: number;
  readonly code: number;
  /** ee_info: next-hop MTU, gateway, pointer, or the local MTU. */
  readonly info: number;
  readonly data: number;
  /** SO_EE_OFFENDER(): the ICMP sender (0 unless the origin is ICMP). */
  readonly offender: number;
}
