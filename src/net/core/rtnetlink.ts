/**
 * rtnetlink: the one door userland uses to configure a namespace. Requests
 * are decoded netlink messages (src/uapi/linux/*); each message type has a
 * `doit` (NEW/DEL/SET, and GET of one object) and a `dumpit` (GET with
 * NLM_F_DUMP), registered per address family as rtnl_register() does.
 * Handlers report failure by throwing KError (errno + extack text, the
 * control plane's one error convention); rtnetlink_rcv_msg turns it into the
 * NLMSG_ERROR the requester reads. Changes are announced to the multicast
 * groups (rtnl_notify) that netlink sockets joined.
 * @linux net/core/rtnetlink.c
 */
import type { Net } from './net_namespace.js';
import type { NetDevice } from './netdevice.js';
import type { Timer } from '../../sim/scheduler.js';
import { KError } from './errno.js';
import { firstOf, linkwatchRunQueue } from './dev.js';
import {
  NLM_F_ACK, NLM_F_DUMP, NLM_F_ECHO, NL_ACK_OK, type NlAck, type NlMsg, type NlReply,
} from '../../uapi/linux/netlink.js';
import { PF_UNSPEC, RTM_BASE } from '../../uapi/linux/rtnetlink.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';

/** What a doit may do besides succeeding: answer the requester (rtnl_unicast) or notify with echo. */
export interface RtnlCtx {
  /** The requesting socket's port id (NETLINK_CB(skb).portid). */
  readonly portid: number;
  /** rtnl_unicast(): a message back to the requester, before the ack. */
  reply(msg: NlMsg): void;
}

/** doit: throws KError on failure. */
export type RtnlDoit<B> = (net: Net, msg: NlMsg<B>, ctx: RtnlCtx) => void;
/** dumpit: the messages of the dump, in the kernel's order. */
export type RtnlDumpit<B> = (net: Net, msg: NlMsg<B>) => NlMsg[];

interface RtnlLink {
  doit: RtnlDoit<unknown> | null;
  dumpit: RtnlDumpit<unknown> | null;
}

/**
 * struct rtnl_link_ops: one per link kind (veth, bridge, macvlan...). The
 * request's IFLA_LINKINFO carries kind-specific data the ops decode.
 */
export interface RtnlLinkOps<Data = unknown> {
  readonly kind: string;
  /**
   * validate: the request's generic attributes and IFLA_INFO_DATA, before
   * rtnl_newlink() looks the device up (a new and an existing one alike); throws KError.
   */
  validate?(m: IfInfoMsg, data: Data | null): void;
  /** Creates and registers the device(s); throws KError. `data` is IFLA_INFO_DATA. */
  newlink(net: Net, req: RtnlNewlinkReq<Data>): NetDevice;
  /** changelink: IFLA_INFO_DATA on an existing device. */
  changelink?(dev: NetDevice, data: Data): void;
  /** dellink: unregister the device and what goes with it (a veth peer). */
  dellink?(dev: NetDevice): void;
  /** fill_info: IFLA_INFO_DATA for dumps (`ip -d link`). */
  fillInfo?(dev: NetDevice): unknown;
  /** The slave side: IFLA_INFO_SLAVE_DATA of a port of a device of this kind. */
  readonly slaveKind?: string;
  fillSlaveInfo?(dev: NetDevice, slave: NetDevice): unknown;
  /** slave_changelink: IFLA_INFO_SLAVE_DATA on a port of a master of this kind. */
  slaveChangelink?(dev: NetDevice, slave: NetDevice, data: unknown): void;
  /**
   * fill_linkxstats: the kind's extended statistics of `dev`, as the device
   * itself (IFLA_STATS_LINK_XSTATS) or as a port of a master of this kind
   * (IFLA_STATS_LINK_XSTATS_SLAVE); undefined: none.
   */
  fillLinkXstats?(dev: NetDevice, slave: boolean): unknown;
}

/** What rtnl_newlink hands to ops.newlink: the decoded request and the namespace it targets. */
export interface RtnlNewlinkReq<Data = unknown> {
  /** IFLA_IFNAME, or null for the kind's default name pattern. */
  readonly name: string | null;
  readonly data: Data | null;
  /** The whole request, for the generic attributes (mtu, address, txqlen...) ops apply. */
  readonly msg: NlMsg;
  /** rtnl_newlink_link_net(): the namespace IFLA_LINK_NETNSID names, else the requester's: where IFLA_LINK is looked up. */
  readonly linkNet: Net;
  /** params->src_net: the requester's namespace (a veth peer's default). */
  readonly srcNet: Net;
}

/**
 * The registry of one lab world: message handlers by (family, type) and link
 * kinds. Linux keeps these in globals shared by every namespace; tuxnet keeps
 * them per lab so that two labs in one process share nothing.
 */
export class Rtnl {
  private readonly handlers = new Map<number, RtnlLink>();
  private readonly linkOps = new Map<string, RtnlLinkOps>();
  /** rtnl_lock() nesting depth. */
  private lockDepth = 0;
  /**
   * lweventlist: devices whose link state changed under the lock
   * (linkwatch_fire_event), in the order of their events; a set, as the
   * kernel's list_empty(&dev->link_watch_list) test is O(1).
   */
  readonly lweventlist = new Set<NetDevice>();
  /** linkwatch_nextevent (virtual ns): until then a non-urgent event waits in lwDeferred for lwTimer. */
  lwNextevent = -Infinity;
  readonly lwDeferred = new Set<NetDevice>();
  lwTimer: Timer | null = null;
  /** The linkwatch work is running: an event its notifiers fire joins the queue behind the devices already in it. */
  lwRunning = false;

  get locked(): boolean {
    return this.lockDepth > 0;
  }

  /** rtnl_lock() */
  lock(): void {
    this.lockDepth++;
  }

  /** rtnl_unlock(): the last unlock lets the linkwatch work run. */
  unlock(): void {
    const first = firstOf(this.lweventlist);
    if (--this.lockDepth === 0 && first) linkwatchRunQueue(this, first.net.world.sched.now);
  }

  /** rtnl_register(): `dumpit` or `doit` may be null. */
  register<B>(family: number, msgtype: number, doit: RtnlDoit<B> | null, dumpit: RtnlDumpit<B> | null): void {
    this.handlers.set(key(family, msgtype), {
      doit: doit as RtnlDoit<unknown> | null,
      dumpit: dumpit as RtnlDumpit<unknown> | null,
    });
  }

  /** rtnl_dump_all(): every family's dumpit for `msgtype` but PF_UNSPEC's, by ascending family. */
  dumpAll(net: Net, msg: NlMsg, msgtype: number): NlMsg[] {
    const out: NlMsg[] = [];
    const keys = [...this.handlers.keys()].filter((k) => (k & 0xffff) === msgtype && k >>> 16 !== PF_UNSPEC).sort((a, b) => a - b);
    for (const k of keys) {
      const dumpit = this.handlers.get(k)!.dumpit;
      if (dumpit) out.push(...dumpit(net, msg));
    }
    return out;
  }

  /** rtnl_get_link(): the family's handler, else PF_UNSPEC's. */
  private find(family: number, msgtype: number): RtnlLink | null {
    return this.handlers.get(key(family, msgtype)) ?? this.handlers.get(key(PF_UNSPEC, msgtype)) ?? null;
  }

  /** rtnl_link_register(): EEXIST for a kind registered twice. */
  linkRegister(ops: RtnlLinkOps): void {
    if (this.linkOps.has(ops.kind)) throw new KError('EEXIST');
    this.linkOps.set(ops.kind, ops);
  }

  /** rtnl_link_ops_get() */
  linkOpsGet(kind: string): RtnlLinkOps | null {
    return this.linkOps.get(kind) ?? null;
  }

  /**
   * rtnetlink_rcv_msg() + netlink_rcv_skb(): run one request. A dump answers
   * its messages (NLMSG_DONE is implied); a doit answers what it unicast and
   * an ack: the error with its extack text, or success when NLM_F_ACK asked
   * for one (tuxnet always returns the ack; callers that did not ask ignore it).
   */
  rcvMsg(net: Net, msg: NlMsg<{ family?: number }>, portid: number): NlReply {
    const family = msg.body.family ?? PF_UNSPEC;
    const link = this.find(family, msg.type);
    const kind = (msg.type - RTM_BASE) & 3;
    // A GET (kind 2) with NLM_F_DUMP goes to the dumpit.
    if (kind === 2 && (msg.flags & NLM_F_DUMP) === NLM_F_DUMP) {
      if (!link?.dumpit) return errReply([], new KError('EOPNOTSUPP'));
      try {
        return { msgs: link.dumpit(net, msg), ack: NL_ACK_OK };
      } catch (e) {
        return errReply([], e);
      }
    }
    if (!link?.doit) return errReply([], new KError('EOPNOTSUPP'));
    const msgs: NlMsg[] = [];
    const ctx: RtnlCtx = { portid, reply: (m) => msgs.push(m) };
    this.lock();
    try {
      link.doit(net, msg, ctx);
    } catch (e) {
      return errReply(msgs, e);
    } finally {
      this.unlock();
    }
    return { msgs, ack: NL_ACK_OK };
  }
}

function key(family: number, msgtype: number): number {
  return (family << 16) | msgtype;
}

function errReply(msgs: NlMsg[], e: unknown): NlReply {
  if (!(e instanceof KError)) throw e;
  const ack: NlAck = { error: e.errno, msg: e.extack ?? null };
  return { msgs, ack };
}

/** Whether a request asked to see the notification it causes (NLM_F_ECHO). */
export function nlmsgEcho(msg: NlMsg): boolean {
  return (msg.flags & NLM_F_ECHO) !== 0;
}

/** Whether a request asked for an ack (NLM_F_ACK). */
export function nlmsgAck(msg: NlMsg): boolean {
  return (msg.flags & NLM_F_ACK) !== 0;
}

/** A message built by the kernel: pid 0, seq of the request it answers (or 0 for events). */
export function nlmsgNew<B>(type: number, flags: number, body: B, seq = 0, pid = 0): NlMsg<B> {
  return { type, flags, seq, pid, body };
}
