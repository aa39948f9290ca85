/**
 * NETLINK_SOCK_DIAG for inet sockets: the dump request (struct
 * inet_diag_req_v2), the answer per socket (struct inet_diag_msg) and the
 * extensions ss asks for (INET_DIAG_INFO: struct tcp_info, memory,
 * congestion control, shutdown), as decoded objects.
 * @linux include/uapi/linux/inet_diag.h, include/uapi/linux/sock_diag.h, include/uapi/linux/tcp.h
 */
export const NETLINK_SOCK_DIAG = 4;
export const SOCK_DIAG_BY_FAMILY = 20;
export const SOCK_DESTROY = 21;

/** idiag_ext bits: extension n is asked for with 1 << (n - 1). */
export const INET_DIAG_MEMINFO = 1;
export const INET_DIAG_INFO = 2;
export const INET_DIAG_CONG = 4;
export const INET_DIAG_TOS = 5;
export const INET_DIAG_SKMEMINFO = 7;
export const INET_DIAG_SHUTDOWN = 8;

/** idiag_timer */
export const IDIAG_TIMER_OFF = 0;
export const IDIAG_TIMER_ON = 1;
export const IDIAG_TIMER_KEEPALIVE = 2;
export const IDIAG_TIMER_TIMEWAIT = 3;
export const IDIAG_TIMER_PERSIST = 4;

/** tcpi_options */
export const TCPI_OPT_TIMESTAMPS = 1;
export const TCPI_OPT_SACK = 2;
export const TCPI_OPT_WSCALE = 4;
export const TCPI_OPT_ECN = 8;
export const TCPI_OPT_ECN_SEEN = 16;

/** struct inet_diag_sockid (addresses and ports in host order). */
export interface InetDiagSockid {
  readonly sport: number;
  readonly dport: number;
  readonly src: number;
  readonly dst: number;
  readonly if: number;
  readonly cookie: number;
}

/** struct inet_diag_req_v2 */
export interface InetDiagReqV2 {
  readonly family: number;
  readonly protocol: number;
  /** Extensions wanted (1 << (INET_DIAG_x - 1)). */
  readonly ext: number;
  /** Bit per TCP state. */
  readonly states: number;
  /** The socket of an exact request (SOCK_DESTROY). */
  readonly id?: InetDiagSockid;
  /** INET_DIAG_REQ_BYTECODE: the filter the dump runs each socket through (inet_diag_bc_sk()). */
  readonly bc?: InetDiagBc;
}

/**
 * INET_DIAG_REQ_BYTECODE as the tree iproute2's ssfilter_bytecompile()
 * lays out in jumps: INET_DIAG_BC_S_COND/D_COND (`addr`, null for any
 * address, and a port, -1 for any), S_GE/S_LE/D_GE/D_LE (`port` with gt
 * and lt as the negations ss compiles them to), AUTO, DEV_COND,
 * MARK_COND, and the jumps that make and, or and not.
 */
export type InetDiagBc =
  | { readonly op: 'and' | 'or'; readonly a: InetDiagBc; readonly b: InetDiagBc }
  | { readonly op: 'not'; readonly a: InetDiagBc }
  /** gt, lt, ge, le */
  | { readonly op: 'port'; readonly which: 'sport' | 'dport'; readonly cmp: string; readonly port: number }
  | { readonly op: 'addr'; readonly which: 'src' | 'dst'; readonly addr: number | null; readonly plen: number; readonly port: number }
  | { readonly op: 'dev'; readonly ifindex: number }
  | { readonly op: 'auto' }
  | { readonly op: 'mark'; readonly mark: number; readonly mask: number };

/** struct tcp_info (the fields ss prints; times in µs, counts in segments). */
export interface TcpInfo {
  state: number;
  caState: number;
  retransmits: number;
  probes: number;
  backoff: number;
  options: number;
  sndWscale: number;
  rcvWscale: number;
  rto: number;
  ato: number;
  sndMss: number;
  rcvMss: number;
  unacked: number;
  sacked: number;
  lost: number;
  retrans: number;
  lastDataSent: number;
  lastDataRecv: number;
  lastAckRecv: number;
  pmtu: number;
  rcvSsthresh: number;
  rtt: number;
  rttvar: number;
  sndSsthresh: number;
  sndCwnd: number;
  advmss: number;
  reordering: number;
  rcvSpace: number;
  totalRetrans: number;
  bytesAcked: number;
  bytesReceived: number;
  segsOut: number;
  segsIn: number;
  notsentBytes: number;
  minRtt: number;
  dataSegsIn: number;
  dataSegsOut: number;
  delivered: number;
  bytesSent: number;
  bytesRetrans: number;
  sndWnd: number;
  /** bytes/s (0: none) */
  pacingRate: number;
  /** bytes/s (0: no sample) */
  deliveryRate: number;
  deliveryRateAppLimited: boolean;
  /** µs */
  rcvRtt: number;
  reordSeen: number;
  /** tcpi_busy_time in µs: the time with data to send, the two below included. */
  busyTime: number;
  /** tcpi_rwnd_limited in µs: stalled on the peer's window. */
  rwndLimited: number;
  /** tcpi_sndbuf_limited in µs: the send buffer full yet everything in it sent. */
  sndbufLimited: number;
  /** tcpi_dsack_dups: segments the peer reported as duplicates (D-SACK). */
  dsackDups: number;
}

/** struct inet_diag_msg with the extensions asked for. */
export interface InetDiagMsg {
  readonly family: number;
  readonly state: number;
  readonly timer: number;
  readonly retrans: number;
  readonly id: InetDiagSockid;
  /** ms */
  readonly expires: number;
  readonly rqueue: number;
  readonly wqueue: number;
  readonly uid: number;
  readonly inode: number;
  /** INET_DIAG_PROTOCOL */
  readonly protocol: number;
  readonly mark?: number;
  readonly shutdown?: number;
  readonly cong?: string;
  readonly info?: TcpInfo;
  /** INET_DIAG_SKMEMINFO: r, rb, t, tb, f, w, o, bl, d */
  readonly skmeminfo?: readonly number[];
  /** INET_DIAG_CGROUP_ID: the cgroup v2 id of a full socket's creator (none for TIME-WAIT and request sockets). */
  readonly cgroupId?: number;
}
