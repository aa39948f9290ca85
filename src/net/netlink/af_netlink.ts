/**
 * Netlink sockets: the userland end of rtnetlink. A socket sends a request
 * and reads its answer (rtnl_talk / rtnl_dump), and receives the
 * notifications of the multicast groups it joined (NETLINK_ADD_MEMBERSHIP),
 * which is what `ip monitor` listens to.
 * @linux net/netlink/af_netlink.c
 */
import type { Net, NetWorld } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import { NETLINK_ROUTE, type NlMsg, type NlReply } from '../../uapi/linux/netlink.js';
import { RTNLGRP_MAX } from '../../uapi/linux/rtnetlink.js';
import { NETLINK_SOCK_DIAG } from '../../uapi/linux/inet_diag.js';
import { sockDiagRcvMsg } from '../core/sock_diag.js';
import type { GenlFamily } from './genetlink.js';

/** The netlink sockets of one namespace (nl_table, per net). */
export class NetlinkNet {
  readonly socks = new Set<NetlinkSock>();
  /** netlink_kernel_create(): the kernel socket (input function) of each protocol besides NETLINK_ROUTE. */
  readonly kernel = new Map<number, (net: Net, msg: NlMsg, portid: number) => NlReply>();
  /** genl_fam_idr: the generic netlink families by id (registered in every namespace alike). */
  readonly genl = new Map<number, GenlFamily>();
  /**
   * The group memberships of the open sockets, all protocols together: at
   * 0 (no `ip monitor`, the usual case) a notification has no listener to
   * look for among the sockets every command opens.
   */
  memberships = 0;
  /** netlink_autobind(): port ids handed out, negative as the kernel's rover. */
  private rover = -4096;

  allocPortid(): number {
    return --this.rover;
  }
}

/**
 * sk_rcvbuf of a netlink socket in messages: past it a notification is lost
 * and the next read fails with ENOBUFS (netlink_overrun).
 */
const NETLINK_RCVBUF_MSGS = 65536;

export class NetlinkSock {
  readonly portid: number;
  /** The groups joined; made at the first NETLINK_ADD_MEMBERSHIP (an `ip` command's socket joins none). */
  private groups: Set<number> | null = null;
  private readonly queue: NlMsg[] = [];
  private head = 0;
  private overrun = false;
  private waiter: (() => void) | null = null;
  private closed = false;
  /** NETLINK_F_STRICT_CHK (setsockopt(NETLINK_GET_STRICT_CHK)): what the socket's dump requests carry as strictChk. */
  strictChk = true;

  constructor(
    readonly net: Net,
    readonly protocol = NETLINK_ROUTE,
  ) {
    if (protocol !== NETLINK_ROUTE && protocol !== NETLINK_SOCK_DIAG && !net.netlink.kernel.has(protocol)) {
      throw new KError('EPROTONOSUPPORT');
    }
    this.portid = net.netlink.allocPortid();
    net.netlink.socks.add(this);
  }

  /** sendmsg() of one request, then the recvmsg()s of its answer up to the ack or NLMSG_DONE. */
  request<B extends { family?: number }>(type: number, flags: number, body: B, seq = 0): NlReply {
    if (this.closed) throw new KError('EBADF');
    const msg: NlMsg<B> = this.strictChk ? { type, flags, seq, pid: this.portid, body } : { type, flags, seq, pid: this.portid, body, strictChk: false };
    if (this.protocol === NETLINK_SOCK_DIAG) return sockDiagRcvMsg(this.net, msg);
    const input = this.protocol === NETLINK_ROUTE ? null : this.net.netlink.kernel.get(this.protocol);
    if (input) return input(this.net, msg, this.portid);
    return this.net.world.rtnl.rcvMsg(this.net, msg, this.portid);
  }

  /** setsockopt(NETLINK_ADD_MEMBERSHIP) */
  addMembership(group: number): void {
    if (group <= 0 || group > RTNLGRP_MAX) throw new KError('EINVAL');
    const groups = (this.groups ??= new Set());
    if (groups.has(group)) return;
    groups.add(group);
    if (!this.closed) this.net.netlink.memberships++;
  }

  /** setsockopt(NETLINK_DROP_MEMBERSHIP) */
  dropMembership(group: number): void {
    if (this.groups?.delete(group) && !this.closed) this.net.netlink.memberships--;
  }

  inGroup(group: number): boolean {
    return this.groups?.has(group) ?? false;
  }

  /** Queue a notification; a full socket loses it and flags an overrun. */
  deliver(msg: NlMsg): void {
    if (this.closed) return;
    if (this.queue.length - this.head >= NETLINK_RCVBUF_MSGS) {
      this.overrun = true;
    } else {
      this.queue.push(msg);
    }
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  /**
   * recvmsg(): the next notification, waiting for one; null once closed.
   * Throws KError ENOBUFS once after notifications were lost.
   */
  async recv(): Promise<NlMsg | null> {
    for (;;) {
      if (this.overrun) {
        this.overrun = false;
        throw new KError('ENOBUFS');
      }
      if (this.head < this.queue.length) {
        const m = this.queue[this.head++]!;
        if (this.head === this.queue.length) {
          this.queue.length = 0;
          this.head = 0;
        }
        return m;
      }
      if (this.closed) return null;
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  /** recvmsg(MSG_DONTWAIT): the next queued message, or null when none is (EAGAIN). */
  tryRecv(): NlMsg | null {
    if (this.head >= this.queue.length) return null;
    const m = this.queue[this.head++]!;
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    }
    return m;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.net.netlink.socks.delete(this);
    this.net.netlink.memberships -= this.groups?.size ?? 0;
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }
}

/**
 * rtnl_notify() / nlmsg_notify(): deliver `msg` to every NETLINK_ROUTE
 * socket of `net` in `group` (groups are per protocol: RTNLGRP_NEIGH is 3 as
 * NFNLGRP_CONNTRACK_DESTROY is); with `reportPortid` (the request had
 * NLM_F_ECHO) the requester gets it too, once.
 */
export function rtnlNotify(net: Net, msg: NlMsg, group: number, reportPortid = 0): void {
  if (net.netlink.memberships === 0 && reportPortid === 0) return;
  for (const sk of net.netlink.socks) {
    if (sk.protocol !== NETLINK_ROUTE) continue;
    if (sk.inGroup(group) || (reportPortid !== 0 && sk.portid === reportPortid)) sk.deliver(msg);
  }
}

/** Whether anyone in `net` listens to `group` (rtnl_has_listeners): notifications are built only then. */
export function rtnlHasListeners(net: Net, group: number): boolean {
  if (net.netlink.memberships === 0) return false;
  for (const sk of net.netlink.socks) if (sk.protocol === NETLINK_ROUTE && sk.inGroup(group)) return true;
  return false;
}

/** netlink_kernel_create() in every namespace (pernet init/exit): `rcv` is the kernel end of `protocol`. */
export function netlinkKernelCreate(world: NetWorld, name: string, protocol: number, rcv: (net: Net, msg: NlMsg, portid: number) => NlReply): void {
  world.pernet.register({
    name,
    init(net) {
      net.netlink.kernel.set(protocol, rcv);
    },
    exit(net) {
      net.netlink.kernel.delete(protocol);
    },
  });
}
