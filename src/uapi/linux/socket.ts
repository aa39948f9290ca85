/**
 * The socket ABI userland and kernel share: address families, socket
 * types, option levels, SOL_SOCKET options, message flags, SCM types.
 * Values are x86-64 Linux's.
 * @linux include/linux/socket.h, include/uapi/asm-generic/socket.h,
 *        include/uapi/linux/net.h, include/uapi/linux/poll.h
 */
import type { InPktinfo, SockaddrIn } from './in.js';
import type { SockExtendedErr } from './errqueue.js';
import type { SockaddrLl } from './if_packet.js';

/* The SOL_IP types a control message can carry (in.h: IP_TOS, IP_TTL, IP_PKTINFO, IP_RECVERR). */
type IP_TOS_ = 1;
type IP_TTL_ = 2;
type IP_PKTINFO_ = 8;
type IP_RECVOPTS_ = 6;
type IP_RETOPTS_ = 7;
type IP_RECVERR_ = 11;

/* Address families (include/linux/socket.h). */
export const AF_UNSPEC = 0;
export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const AF_NETLINK = 16;
export const AF_PACKET = 17;
export const AF_TIPC = 30;
export const AF_VSOCK = 40;
export const AF_XDP = 44;
export const AF_MAX = 46;
export const PF_UNSPEC = AF_UNSPEC;
export const PF_INET = AF_INET;
export const PF_INET6 = AF_INET6;

/* enum sock_type (include/linux/net.h). */
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const SOCK_RDM = 4;
export const SOCK_SEQPACKET = 5;
export const SOCK_DCCP = 6;
export const SOCK_PACKET = 10;
export const SOCK_TYPE_MASK = 0xf;
/** Flags or'ed into socket()'s type (O_NONBLOCK, O_CLOEXEC). */
export const SOCK_NONBLOCK = 0o4000;
export const SOCK_CLOEXEC = 0o2000000;

/* Option levels. */
export const SOL_IP = 0;
export const SOL_SOCKET = 1;
export const SOL_TCP = 6;
export const SOL_UDP = 17;
export const SOL_UDPLITE = 136;
export const SOL_RAW = 255;

/* SOL_SOCKET options (include/uapi/asm-generic/socket.h). */
export const SO_DEBUG = 1;
export const SO_REUSEADDR = 2;
export const SO_TYPE = 3;
export const SO_ERROR = 4;
export const SO_DONTROUTE = 5;
export const SO_BROADCAST = 6;
export const SO_SNDBUF = 7;
export const SO_RCVBUF = 8;
export const SO_KEEPALIVE = 9;
export const SO_OOBINLINE = 10;
export const SO_NO_CHECK = 11;
export const SO_PRIORITY = 12;
export const SO_LINGER = 13;
export const SO_BSDCOMPAT = 14;
export const SO_REUSEPORT = 15;
export const SO_RCVLOWAT = 18;
export const SO_SNDLOWAT = 19;
/** SO_RCVTIMEO_OLD / SO_SNDTIMEO_OLD: what glibc's SO_RCVTIMEO is on 64-bit. */
export const SO_RCVTIMEO = 20;
export const SO_SNDTIMEO = 21;
export const SO_BINDTODEVICE = 25;
/** SO_TIMESTAMP_OLD (struct timeval) and SO_TIMESTAMPNS_OLD (struct timespec). */
export const SO_TIMESTAMP = 29;
export const SO_ACCEPTCONN = 30;
export const SO_SNDBUFFORCE = 32;
export const SO_RCVBUFFORCE = 33;
export const SO_TIMESTAMPNS = 35;
export const SO_MARK = 36;
export const SO_PROTOCOL = 38;
export const SO_DOMAIN = 39;
export const SO_RXQ_OVFL = 40;
export const SO_BINDTOIFINDEX = 62;
export const SCM_TIMESTAMP = SO_TIMESTAMP;
export const SCM_TIMESTAMPNS = SO_TIMESTAMPNS;

/* Message flags (include/linux/socket.h). */
export const MSG_OOB = 1;
export const MSG_PEEK = 2;
export const MSG_DONTROUTE = 4;
export const MSG_CTRUNC = 8;
export const MSG_PROBE = 0x10;
export const MSG_TRUNC = 0x20;
export const MSG_DONTWAIT = 0x40;
export const MSG_EOR = 0x80;
export const MSG_WAITALL = 0x100;
export const MSG_CONFIRM = 0x800;
export const MSG_ERRQUEUE = 0x2000;
export const MSG_NOSIGNAL = 0x4000;
export const MSG_MORE = 0x8000;

/* poll() events (include/uapi/asm-generic/poll.h). */
export const POLLIN = 0x0001;
export const POLLPRI = 0x0002;
export const POLLOUT = 0x0004;
export const POLLERR = 0x0008;
export const POLLHUP = 0x0010;
export const POLLNVAL = 0x0020;
export const POLLRDNORM = 0x0040;
export const POLLWRNORM = 0x0100;
export const POLLWRBAND = 0x0200;
export const POLLRDHUP = 0x2000;

/** struct timeval */
export interface Timeval {
  readonly tvSec: number;
  readonly tvUsec: number;
}

/** struct timespec */
export interface Timespec {
  readonly tvSec: number;
  readonly tvNsec: number;
}

/** A control message (struct cmsghdr and its data), by level and type. */
export type Cmsg =
  | { readonly level: typeof SOL_SOCKET; readonly type: typeof SCM_TIMESTAMP; readonly data: Timeval }
  | { readonly level: typeof SOL_SOCKET; readonly type: typeof SCM_TIMESTAMPNS; readonly data: Timespec }
  | { readonly level: typeof SOL_IP; readonly type: IP_PKTINFO_; readonly data: InPktinfo }
  | { readonly level: typeof SOL_IP; readonly type: IP_TTL_ | IP_TOS_; readonly data: number }
  | { readonly level: typeof SOL_IP; readonly type: IP_RECVOPTS_ | IP_RETOPTS_; readonly data: Uint8Array }
  | { readonly level: typeof SOL_IP; readonly type: IP_RECVERR_; readonly data: SockExtendedErr };

/** What sendmsg() takes: msg_name (none: the connected peer), the data, ancillary data, flags. */
export interface MsgOut {
  readonly name?: SockaddrIn | null;
  readonly data: Uint8Array;
  readonly control?: readonly Cmsg[];
}

/** What recvmsg() returns: the bytes copied, msg_name, the control messages, msg_flags. */
export interface MsgIn {
  readonly data: Uint8Array;
  /** The datagram's full length (differs from data.length when MSG_TRUNC). */
  readonly len: number;
  readonly name: SockaddrIn | null;
  /** msg_name of an AF_PACKET socket (struct sockaddr_ll). */
  readonly ll?: SockaddrLl;
  readonly control: Cmsg[];
  readonly flags: number;
}
