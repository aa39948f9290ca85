/**
 * rtnetlink for links: RTM_NEWLINK (create through a kind's rtnl_link_ops,
 * or change an existing device), RTM_SETLINK, RTM_DELLINK, RTM_GETLINK (one
 * device or the dump), and RTM_NEWLINK notifications for the netdev events
 * Linux announces (rtnetlink_event).
 * @linux net/core/rtnetlink.c rtnl_newlink(), rtnl_dellink(), rtnl_getlink(), rtnl_dump_ifinfo(),
 *        rtnl_create_link(), rtnl_configure_link(), rtnetlink_event()
 */
import type { Net } from './net_namespace.js';
import { NetdevEvent } from './net_namespace.js';
import { notifierMask } from './notifier.js';
import { NET_ADDR_SET, NET_NAME_ENUM, NET_NAME_USER, type NetDevice } from './netdevice.js';
import { KError } from './errno.js';
import {
  devChangeFlagsRaw, devNotifyFlags, devValidName, iflaIfnamePolicy, linkwatchSyncDev, netdevStateChange, setOperstate, utf8Length,
} from './dev.js';
import { ALTIFNAMSIZ } from '../../uapi/linux/if.js';
import { nlmsgNew, type Rtnl, type RtnlCtx, type RtnlLinkOps } from './rtnetlink.js';
import { rtmsgIfinfo, rtnlFillIfinfo } from './rtnl_link_fill.js';
import { doSetMaster, doSetlink, setlinkGsoLimits, validateLinkmsg } from './rtnl_setlink.js';
import { IFLA_STATS_LINK_XSTATS, IFLA_STATS_LINK_XSTATS_SLAVE, type IfInfoMsg, type IfStatsMsg } from '../../uapi/linux/if_link.js';
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_MULTI, NLM_F_REPLACE, type NlMsg } from '../../uapi/linux/netlink.js';
import {
  PF_UNSPEC, RTM_DELLINK, RTM_DELLINKPROP, RTM_GETLINK, RTM_GETSTATS, RTM_NEWLINK, RTM_NEWSTATS, RTM_NEWLINKPROP, RTM_SETLINK,
} from '../../uapi/linux/rtnetlink.js';

/**
 * rtnl_dev_combine_flags(): the request's flags where ifi_change says so,
 * dev_get_flags() elsewhere (IFF_PROMISC/ALLMULTI as the user set them, not
 * as a macvlan or a bridge counts them).
 */
export function rtnlDevCombineFlags(dev: NetDevice, m: IfInfoMsg): number {
  const flags = m.flags ?? 0;
  const change = m.change ?? 0;
  if (!change) return flags;
  // dev_get_flags(): the counted IFF_PROMISC/IFF_ALLMULTI of a bridge port are not the user's.
  return (flags & change) | (dev.ifiFlags & ~change);
}

/** rtnl_create_link(): at most 4096 queues each way. */
const MAX_QUEUES = 4096;

/**
 * rtnl_create_link()'s queue counts: the request's, else the kind's;
 * each 1..4096 (EINVAL). A kind that creates another device before its
 * own (veth's peer) checks its own first, as the kernel creates it first.
 */
export function rtnlNumQueues(m: IfInfoMsg, tx0: number, rx0: number): [number, number] {
  const tx = m.numTxQueues ?? tx0;
  const rx = m.numRxQueues ?? rx0;
  if (tx < 1 || tx > MAX_QUEUES) throw new KError('EINVAL', 'Invalid number of transmit queues');
  if (rx < 1 || rx > MAX_QUEUES) throw new KError('EINVAL', 'Invalid number of receive queues');
  return [tx, rx];
}

/**
 * rtnl_create_link(): the generic attributes of a new device, applied
 * before it registers; the device waits for rtnl_configure_link() to be
 * announced.
 */
export function rtnlCreateLink(dev: NetDevice, m: IfInfoMsg | null): void {
  dev.rtnlLinkInitializing = true;
  if (!m) return;
  // rtnl_newlink_create(): `dev->ifindex = ifm->ifi_index`, the index register_netdevice() reserves (0: the next free one).
  dev.ifindex = m.index;
  // IFLA_NUM_TX_QUEUES / IFLA_NUM_RX_QUEUES override the kind's get_num_*_queues().
  const [tx, rx] = rtnlNumQueues(m, dev.numTxQueues, dev.numRxQueues);
  dev.numTxQueues = tx;
  dev.numRxQueues = rx;
  validateLinkmsg(dev, m);
  if (m.mtu !== undefined) {
    // dev_validate_mtu()
    if (m.mtu < dev.minMtu) throw new KError('EINVAL', 'mtu less than device minimum');
    if (dev.maxMtu > 0 && m.mtu > dev.maxMtu) throw new KError('EINVAL', 'mtu greater than device maximum');
    dev.mtu = m.mtu;
  }
  if (m.address) {
    dev.devAddr.set(m.address.subarray(0, dev.addrLen));
    dev.addrAssignType = NET_ADDR_SET;
  }
  if (m.broadcast) dev.broadcast.set(m.broadcast.subarray(0, dev.addrLen));
  if (m.txqlen !== undefined) dev.txQueueLen = m.txqlen;
  if (m.group !== undefined) dev.group = m.group;
  setlinkGsoLimits(dev, m);
  // rtnl_create_link(): IFLA_OPERSTATE through set_operstate() (a new device is UNKNOWN), IFLA_LINKMODE as is.
  if (m.operstate !== undefined) setOperstate(dev, m.operstate);
  if (m.linkmode !== undefined) dev.linkMode = m.linkmode;
}

/**
 * rtnl_configure_link(): the request's flags (up, arp off...), then the
 * device's first announcement with every flag marked changed.
 */
export function rtnlConfigureLink(dev: NetDevice, m: IfInfoMsg | null): void {
  const old = dev.flags;
  if (m && (m.flags || m.change)) devChangeFlagsRaw(dev, rtnlDevCombineFlags(dev, m));
  if (!dev.rtnlLinkInitializing) {
    devNotifyFlags(dev, old, old ^ dev.flags);
    return;
  }
  dev.rtnlLinkInitializing = false;
  devNotifyFlags(dev, old, ~0 >>> 0);
}

/** __dev_get_by_index(), else rtnl_dev_get(): the device a request names by IFLA_IFNAME or IFLA_ALT_IFNAME (either finds an altname). */
function rtnlDevGet(net: Net, m: IfInfoMsg): NetDevice | null {
  if (m.index > 0) return net.devByIndex(m.index);
  const name = m.ifname ?? m.altIfname;
  if (name !== undefined) return net.devByName(name);
  return null;
}

/** ifla_policy[IFLA_ALT_IFNAME] = { NLA_STRING, .len = ALTIFNAMSIZ - 1 } (validate_nla()). */
function altIfnamePolicy(name: string): void {
  if (utf8Length(name) > ALTIFNAMSIZ - 1) throw new KError('ERANGE', 'Attribute failed policy validation');
}

/** U16_MAX: the largest netlink attribute, IFLA_PROP_LIST with every altname. */
const U16_MAX = 0xffff;

/** nla_total_size() */
function nlaTotalSize(payload: number): number {
  return (4 + payload + 3) & ~3;
}

/**
 * rtnl_alt_ifname(): add an alternative name (netdev_name_node_alt_create():
 * EEXIST when any device of the namespace has that name), or delete one
 * (netdev_name_node_alt_destroy(): ENOENT when no device has it, EINVAL
 * when it is the device's own name or another device's).
 */
function rtnlAltIfname(cmd: number, dev: NetDevice, name: string): void {
  altIfnamePolicy(name);
  const net = dev.net;
  const holder = net.devByName(name);
  if (cmd === RTM_NEWLINKPROP) {
    // rtnl_prop_list_size() (each altname counts ALTIFNAMSIZ) and the new one.
    const n = dev.altnames.length;
    const size = (n ? nlaTotalSize(0) + n * nlaTotalSize(ALTIFNAMSIZ) : 0) + nlaTotalSize(ALTIFNAMSIZ);
    if (size >= U16_MAX) throw new KError('EINVAL', 'effective property list too long');
    if (holder) throw new KError('EEXIST');
    net.addAltname(dev, name);
    return;
  }
  if (!holder) throw new KError('ENOENT');
  if (holder !== dev || dev.name === name) throw new KError('EINVAL');
  net.delAltname(dev, name);
}

/**
 * rtnl_linkprop(): RTM_NEWLINKPROP / RTM_DELLINKPROP on the device named by
 * index or name, each IFLA_ALT_IFNAME of IFLA_PROP_LIST in order (the first
 * error stops the rest, what went before stays), then NETDEV_CHANGE.
 */
function rtnlLinkprop(cmd: number, net: Net, m: IfInfoMsg): void {
  if (m.index <= 0 && m.ifname === undefined && m.altIfname === undefined) throw new KError('EINVAL');
  const dev = rtnlDevGet(net, m);
  if (!dev) throw new KError('ENODEV');
  if (!m.altnames) return;
  let changed = false;
  for (const name of m.altnames) {
    rtnlAltIfname(cmd, dev, name);
    changed = true;
  }
  if (changed) netdevStateChange(dev);
}

/** The namespace a request moves or creates a device in (rtnl_link_get_net): IFLA_NET_NS_PID's task's, IFLA_NET_NS_FD's, or the requester's. */
export function rtnlLinkGetNet(src: Net, m: IfInfoMsg): Net {
  // get_net_ns_by_pid(): ESRCH when no task has the pid.
  if (m.netNsPid !== undefined) {
    const net = src.world.core.taskNet(m.netNsPid);
    if (!net) throw new KError('ESRCH');
    return net;
  }
  const target = m.netNsFd;
  if (!target) return src;
  if (!target.alive) throw new KError('EINVAL');
  return target;
}

/**
 * rtnl_newlink(): an existing device is changed (EEXIST with NLM_F_EXCL,
 * EOPNOTSUPP with NLM_F_REPLACE); a new one needs NLM_F_CREATE and a
 * registered kind ("Unknown device type").
 */
function rtnlNewlink(net: Net, msg: NlMsg<IfInfoMsg>): void {
  const m = msg.body;
  // nlmsg_parse() with ifla_policy (ERANGE past IFNAMSIZ - 1 bytes). The
  // name of a new device is checked when it registers (dev_get_valid_name()):
  // a veth whose own name is bad has used an ifindex for its peer by then.
  const bad = m.ifname === undefined ? null : iflaIfnamePolicy(m.ifname);
  if (bad) throw bad;
  iflaGsoPolicy(m);
  const kind = m.linkinfo?.kind ?? '';
  const ops = kind ? net.world.rtnl.linkOpsGet(kind) : null;
  // IFLA_LINK_NETNSID: the namespace, by its id in the target one, that a new device's link lives in
  let linkNet: Net | null = null;
  if (m.linkNetnsid !== undefined) {
    linkNet = rtnlLinkGetNet(net, m).netById(m.linkNetnsid);
    if (!linkNet) throw new KError('EINVAL', 'Unknown network namespace id');
  }
  ops?.validate?.(m, m.linkinfo?.data ?? null);
  const dev = rtnlDevGet(net, m);
  if (dev) {
    if (msg.flags & NLM_F_EXCL) throw new KError('EEXIST');
    if (msg.flags & NLM_F_REPLACE) throw new KError('EOPNOTSUPP');
    // A kind's changelink or its master's slave_changelink sets DO_SETLINK_NOTIFY: do_setlink()
    // ends with netdev_state_change() (NETDEV_CHANGE: a disabled bridge port with its carrier is
    // enabled again by br_port_carrier_check(); RTM_NEWLINK).
    let changed = false;
    if (m.linkinfo?.data !== undefined) {
      if (!ops || dev.ops.kind !== kind || !ops.changelink) throw new KError('EOPNOTSUPP');
      ops.changelink(dev, m.linkinfo.data);
      changed = true;
    }
    if (m.linkinfo?.slaveData !== undefined) {
      // m_ops: the rtnl_link_ops of the device's master.
      const master = dev.master;
      const mOps = master?.ops.kind ? net.world.rtnl.linkOpsGet(master.ops.kind) : null;
      if (!master || !mOps?.slaveChangelink) throw new KError('EOPNOTSUPP');
      mOps.slaveChangelink(master, dev, m.linkinfo.slaveData);
      changed = true;
    }
    doSetlink(dev, m, changed);
    return;
  }
  if (!(msg.flags & NLM_F_CREATE)) {
    if (m.index === 0 && m.group !== undefined) return rtnlGroupChangelink(net, m.group, m);
    throw new KError('ENODEV');
  }
  if (!ops) throw new KError('EOPNOTSUPP', 'Unknown device type');
  const destNet = rtnlLinkGetNet(net, m);
  const name = m.ifname ?? null;
  // A request naming the device by index was not looked up by name: a taken name fails at register_netdevice() (a veth's peer has used an ifindex by then).
  if (name !== null && !m.index && destNet.devByName(name)) throw new KError('EEXIST');
  const created = ops.newlink(destNet, { name, data: m.linkinfo?.data ?? null, msg, linkNet: linkNet ?? net, srcNet: net });
  // rtnl_newlink(): a name from the request is NET_NAME_USER, the kind's "%d" pattern NET_NAME_ENUM.
  created.nameAssignType = name !== null ? NET_NAME_USER : NET_NAME_ENUM;
  rtnlConfigureLink(created, m);
  // rtnl_newlink_create(): IFLA_MASTER after rtnl_configure_link(); a refusal
  // goes to out_unregister (ops->dellink: a veth takes its peer along).
  if (m.master !== undefined) {
    try {
      doSetMaster(created, m.master);
    } catch (e) {
      ops.dellink?.(created);
      throw e;
    }
  }
}

/**
 * MAX_TCP_HEADER + 1: ifla_policy's floor of IFLA_GSO_MAX_SIZE
 * (NLA_POLICY_MIN); MAX_TCP_HEADER is L1_CACHE_ALIGN(128 + MAX_HEADER),
 * 320 on the recording kernel (400 is taken, 100 refused).
 */
const IFLA_GSO_MAX_SIZE_MIN = 321;

/** ifla_policy: an IFLA_GSO_MAX_SIZE below its floor is ERANGE "integer out of range" (nla_validate_int_range()). */
function iflaGsoPolicy(m: IfInfoMsg): void {
  if (m.gsoMaxSize !== undefined && m.gsoMaxSize < IFLA_GSO_MAX_SIZE_MIN) throw new KError('ERANGE', 'integer out of range');
}

/** rtnl_setlink(): do_setlink() on the device named by index or name. */
function rtnlSetlink(net: Net, msg: NlMsg<IfInfoMsg>): void {
  const m = msg.body;
  // nlmsg_parse() with ifla_policy (ERANGE past IFNAMSIZ - 1 bytes), then dev_valid_name().
  const bad = m.ifname === undefined ? null : iflaIfnamePolicy(m.ifname);
  if (bad) throw bad;
  iflaGsoPolicy(m);
  if (m.ifname !== undefined && !devValidName(m.ifname)) throw new KError('EINVAL');
  const dev = rtnlDevGet(net, m);
  if (!dev) throw new KError('ENODEV');
  doSetlink(dev, m);
}

/** rtnl_dellink(): only devices of a kind with dellink go (not lo). */
function rtnlDellink(net: Net, msg: NlMsg<IfInfoMsg>): void {
  const m = msg.body;
  const dev = rtnlDevGet(net, m);
  if (!dev) {
    if (m.index > 0 || m.ifname !== undefined) throw new KError('ENODEV');
    if (m.group !== undefined) return rtnlGroupDellink(net, m.group);
    throw new KError('EINVAL');
  }
  const ops = dev.ops.kind ? net.world.rtnl.linkOpsGet(dev.ops.kind) : null;
  if (!ops?.dellink) throw new KError('EOPNOTSUPP');
  ops.dellink(dev);
}

/** rtnl_group_changelink(): do_setlink() on each device of the group (none is no error). */
function rtnlGroupChangelink(net: Net, group: number, m: IfInfoMsg): void {
  for (const dev of net.devicesSorted()) if (dev.group === group) doSetlink(dev, m);
}

/**
 * rtnl_group_dellink(): every device of a group but the default one (EPERM),
 * ENODEV when none has it, EOPNOTSUPP (before any goes) when one cannot be deleted.
 */
function rtnlGroupDellink(net: Net, group: number): void {
  if (!group) throw new KError('EPERM');
  const devs = net.devicesSorted().filter((d) => d.group === group);
  if (devs.length === 0) throw new KError('ENODEV');
  const opsOf = (d: NetDevice): RtnlLinkOps | null => (d.ops.kind ? net.world.rtnl.linkOpsGet(d.ops.kind) : null);
  if (devs.some((d) => !opsOf(d)?.dellink)) throw new KError('EOPNOTSUPP');
  // A veth's dellink takes its peer: skip what an earlier one already removed.
  for (const d of devs) if (net.devByIndex(d.ifindex) === d) opsOf(d)!.dellink!(d);
}

/** rtnl_getlink(): one device, answered to the requester. */
function rtnlGetlink(net: Net, msg: NlMsg<IfInfoMsg>, ctx: RtnlCtx): void {
  const m = msg.body;
  const dev = rtnlDevGet(net, m);
  if (!dev) {
    if (m.index > 0 || m.ifname !== undefined) throw new KError('ENODEV');
    throw new KError('EINVAL', 'Invalid attributes in request');
  }
  // "Synchronize the carrier state so we don't report a state that we're not actually going to honour immediately."
  linkwatchSyncDev(dev);
  ctx.reply(nlmsgNew(RTM_NEWLINK, 0, rtnlFillIfinfo(dev, net, { extMask: m.extMask }), msg.seq, ctx.portid));
}

/**
 * rtnl_stats_dump() / rtnl_stats_fill(): an if_stats_msg per device, in
 * ifindex order, with the attributes the filter mask asks for that exist:
 * IFLA_STATS_LINK_XSTATS from the device kind's fill_linkxstats,
 * IFLA_STATS_LINK_XSTATS_SLAVE from its master kind's.
 */
function rtnlStatsDump(net: Net, msg: NlMsg<IfStatsMsg>): NlMsg[] {
  const mask = msg.body.filterMask;
  if (!mask) throw new KError('EINVAL', 'Filter mask must be set for stats dump');
  const rtnl = net.world.rtnl;
  return net.devicesSorted().map((dev) => {
    const m: IfStatsMsg = { family: PF_UNSPEC, ifindex: dev.ifindex, filterMask: mask };
    if (mask & (1 << (IFLA_STATS_LINK_XSTATS - 1))) {
      const x = dev.ops.kind ? rtnl.linkOpsGet(dev.ops.kind)?.fillLinkXstats?.(dev, false) : undefined;
      if (x !== undefined) m.linkXstats = x;
    }
    if (mask & (1 << (IFLA_STATS_LINK_XSTATS_SLAVE - 1)) && dev.master?.ops.kind) {
      const x = rtnl.linkOpsGet(dev.master.ops.kind)?.fillLinkXstats?.(dev, true);
      if (x !== undefined) m.linkXstatsSlave = x;
    }
    return nlmsgNew(RTM_NEWSTATS, NLM_F_MULTI, m, msg.seq, msg.pid);
  });
}

/** rtnl_dump_ifinfo(): every device of the namespace, in ifindex order. */
function rtnlDumpIfinfo(net: Net, msg: NlMsg<IfInfoMsg>): NlMsg[] {
  const o = { extMask: msg.body.extMask };
  return net.devicesSorted().map((dev) => nlmsgNew(RTM_NEWLINK, NLM_F_MULTI, rtnlFillIfinfo(dev, net, o), msg.seq, msg.pid));
}

/**
 * rtnetlink_event(): the netdev events Linux announces with RTM_NEWLINK
 * (flags, carrier and registration are announced where they happen).
 */
export function rtnetlinkEvent(event: NetdevEvent, dev: NetDevice): void {
  switch (event) {
    case NetdevEvent.REBOOT:
    case NetdevEvent.CHANGEMTU:
    case NetdevEvent.CHANGEADDR:
    case NetdevEvent.CHANGENAME:
    case NetdevEvent.FEAT_CHANGE:
    case NetdevEvent.BONDING_FAILOVER:
    case NetdevEvent.POST_TYPE_CHANGE:
    case NetdevEvent.NOTIFY_PEERS:
    case NetdevEvent.CHANGEUPPER:
    case NetdevEvent.RESEND_IGMP:
    case NetdevEvent.CHANGEINFODATA:
    case NetdevEvent.CHANGELOWERSTATE:
    case NetdevEvent.CHANGE_TX_QUEUE_LEN:
      rtmsgIfinfo(RTM_NEWLINK, dev, { event: rtnlGetEvent(event) });
      break;
    default:
      break;
  }
}

/** The events rtnetlink_event() announces. */
const RTNETLINK_EVENTS = notifierMask(NetdevEvent.REBOOT, NetdevEvent.CHANGEMTU, NetdevEvent.CHANGEADDR, NetdevEvent.CHANGENAME, NetdevEvent.FEAT_CHANGE, NetdevEvent.BONDING_FAILOVER, NetdevEvent.POST_TYPE_CHANGE, NetdevEvent.NOTIFY_PEERS, NetdevEvent.CHANGEUPPER, NetdevEvent.RESEND_IGMP, NetdevEvent.CHANGEINFODATA, NetdevEvent.CHANGELOWERSTATE, NetdevEvent.CHANGE_TX_QUEUE_LEN);

/** rtnl_get_event(): the IFLA_EVENT of a netdev event. */
function rtnlGetEvent(event: NetdevEvent): number {
  switch (event) {
    case NetdevEvent.REBOOT: return 1;
    case NetdevEvent.FEAT_CHANGE: return 2;
    case NetdevEvent.BONDING_FAILOVER: return 3;
    case NetdevEvent.NOTIFY_PEERS: return 4;
    case NetdevEvent.RESEND_IGMP: return 5;
    case NetdevEvent.CHANGEINFODATA: return 6;
    default: return 0;
  }
}

/** rtnetlink_net_init(): this namespace's netdev events reach rtnetlink_event (registered at boot before the protocols, so it runs first). */
export function rtnetlinkNetInit(net: Net): void {
  net.netdevChain.register(rtnetlinkEvent, 100, RTNETLINK_EVENTS);
}

/** rtnetlink_init(): the link message handlers. */
export function rtnetlinkInit(rtnl: Rtnl): void {
  rtnl.register<IfInfoMsg>(PF_UNSPEC, RTM_NEWLINK, rtnlNewlink, null);
  rtnl.register<IfInfoMsg>(PF_UNSPEC, RTM_DELLINK, rtnlDellink, null);
  rtnl.register<IfInfoMsg>(PF_UNSPEC, RTM_GETLINK, rtnlGetlink, rtnlDumpIfinfo);
  rtnl.register<IfStatsMsg>(PF_UNSPEC, RTM_GETSTATS, null, rtnlStatsDump);
  rtnl.register<IfInfoMsg>(PF_UNSPEC, RTM_SETLINK, rtnlSetlink, null);
  rtnl.register<IfInfoMsg>(PF_UNSPEC, RTM_NEWLINKPROP, (net, msg) => rtnlLinkprop(RTM_NEWLINKPROP, net, msg.body), null);
  rtnl.register<IfInfoMsg>(PF_UNSPEC, RTM_DELLINKPROP, (net, msg) => rtnlLinkprop(RTM_DELLINKPROP, net, msg.body), null);
}
