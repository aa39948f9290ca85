/**
 * What rtnetlink tells about a link: rtnl_fill_ifinfo() builds the
 * ifinfomsg of a device, rtmsg_ifinfo() announces it to RTNLGRP_LINK.
 * @linux net/core/rtnetlink.c rtnl_fill_ifinfo(), rtmsg_ifinfo_event(), rtnl_fill_link_netnsid()
 */
import type { Net } from './net_namespace.js';
import type { NetDevice } from './netdevice.js';
import { reportedOperstate } from './dev.js';
import { nlmsgNew } from './rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import {
  IFLA_EVENT_NONE, IN6_ADDR_GEN_MODE_EUI64, RTEXT_FILTER_SKIP_STATS, type IfInfoMsg, type RtnlLinkStats64,
} from '../../uapi/linux/if_link.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { PF_UNSPEC, RTM_DELLINK, RTNLGRP_LINK } from '../../uapi/linux/rtnetlink.js';

/** Extra attributes of one message: the event, and where a moved device went. */
export interface FillOpts {
  change?: number;
  event?: number;
  /** IFLA_NEW_NETNSID / IFLA_NEW_IFINDEX of the RTM_DELLINK a namespace move sends. */
  newNetnsid?: number;
  newIfindex?: number;
  /** The request's IFLA_EXT_MASK (RTEXT_FILTER_*): RTEXT_FILTER_SKIP_STATS leaves IFLA_STATS64 out. */
  extMask?: number;
}

/** rtnl_fill_stats(): IFLA_STATS64. */
function fillStats(dev: NetDevice): RtnlLinkStats64 {
  const s = dev.stats;
  return {
    rxPackets: s.rxPackets, txPackets: s.txPackets, rxBytes: s.rxBytes, txBytes: s.txBytes, rxErrors: s.rxErrors,
    txErrors: s.txErrors, rxDropped: s.rxDropped, txDropped: s.txDropped, multicast: s.multicast, collisions: s.collisions,
    rxLengthErrors: s.rxLengthErrors, rxOverErrors: s.rxOverErrors, rxCrcErrors: s.rxCrcErrors,
    rxFrameErrors: s.rxFrameErrors, rxFifoErrors: s.rxFifoErrors, rxMissedErrors: s.rxMissedErrors,
    txAbortedErrors: s.txAbortedErrors, txCarrierErrors: s.txCarrierErrors, txFifoErrors: s.txFifoErrors,
    txHeartbeatErrors: s.txHeartbeatErrors, txWindowErrors: s.txWindowErrors, rxCompressed: s.rxCompressed,
    txCompressed: s.txCompressed, rxNohandler: s.rxNohandler,
    rxOtherhostDropped: s.rxOtherhostDropped,
  };
}

/** rtnl_link_fill(): IFLA_LINKINFO of a device with rtnl_link_ops. */
function fillLinkinfo(dev: NetDevice, m: IfInfoMsg): void {
  const kind = dev.ops.kind;
  if (!kind) return;
  const ops = dev.net.world.rtnl.linkOpsGet(kind);
  m.linkinfo = { kind };
  const data = ops?.fillInfo?.(dev);
  if (data !== undefined) m.linkinfo.data = data;
}

/** rtnl_link_slave_info_fill(): IFLA_INFO_SLAVE_KIND/DATA of a device whose master has slave ops. */
function fillSlaveLinkinfo(dev: NetDevice, m: IfInfoMsg): void {
  const master = dev.master;
  if (!master?.ops.kind) return;
  const mOps = dev.net.world.rtnl.linkOpsGet(master.ops.kind);
  if (!mOps?.fillSlaveInfo || !mOps.slaveKind) return;
  const data = mOps.fillSlaveInfo(master, dev);
  if (data === undefined) return;
  m.linkinfo ??= {};
  m.linkinfo.slaveKind = mOps.slaveKind;
  m.linkinfo.slaveData = data;
}

/**
 * rtnl_fill_link_netnsid(): a device whose link lives in another namespace
 * names it by the id `srcNet` gives that namespace (allocating one).
 */
function fillLinkNetnsid(dev: NetDevice, srcNet: Net, m: IfInfoMsg | null): void {
  if (!dev.ops.getLinkNet) return;
  const linkNet = dev.ops.getLinkNet(dev);
  if (!linkNet || linkNet === dev.net) return;
  const id = srcNet.peernet2idAlloc(linkNet);
  if (m) m.linkNetnsid = id;
}

/** rtnl_fill_ifinfo(): the ifinfomsg of `dev` as a namespace `srcNet` sees it. */
export function rtnlFillIfinfo(dev: NetDevice, srcNet: Net, o: FillOpts = {}): IfInfoMsg {
  const m: IfInfoMsg = {
    family: PF_UNSPEC, type: dev.type, index: dev.ifindex, flags: dev.ifiFlags, change: o.change ?? 0,
    ifname: dev.name, txqlen: dev.txQueueLen, operstate: reportedOperstate(dev), linkmode: dev.linkMode,
    mtu: dev.mtu, minMtu: dev.minMtu, maxMtu: dev.maxMtu, group: dev.group, promiscuity: dev.promiscuity,
    allmulti: dev.allmulti, numTxQueues: dev.numTxQueues, numRxQueues: dev.numRxQueues,
    gsoMaxSize: dev.gsoMaxSize, gsoMaxSegs: dev.gsoMaxSegs, groMaxSize: dev.groMaxSize,
    tsoMaxSize: dev.tsoMaxSize, tsoMaxSegs: dev.tsoMaxSegs,
    carrier: dev.carrier ? 1 : 0, qdisc: dev.qdisc, carrierChanges: dev.carrierChanges, protoDown: dev.protoDown ? 1 : 0, protoDownReason: dev.protoDownReason ? { value: dev.protoDownReason } : undefined,
  };
  if (o.event !== undefined && o.event !== IFLA_EVENT_NONE) m.event = o.event;
  if (o.newNetnsid !== undefined) m.newNetnsid = o.newNetnsid;
  if (o.newIfindex !== undefined) m.newIfindex = o.newIfindex;
  if (dev.addrLen) {
    m.address = dev.devAddr.slice();
    m.broadcast = dev.broadcast.slice();
  }
  if (dev.permAddr && dev.permAddr.some((b) => b !== 0)) m.permAddress = dev.permAddr.slice();
  if (dev.alias) m.ifalias = dev.alias;
  // rtnl_fill_prop_list(): IFLA_PROP_LIST when the device has altnames.
  if (dev.altnames.length > 0) m.altnames = dev.altnames.slice();
  if (!((o.extMask ?? 0) & RTEXT_FILTER_SKIP_STATS)) m.stats64 = fillStats(dev);
  if (dev.master) m.master = dev.masterIfindex;
  fillLinkinfo(dev, m);
  fillSlaveLinkinfo(dev, m);
  fillLinkNetnsid(dev, srcNet, m);
  // rtnl_fill_link_ifindex(): IFLA_LINK when the device has a lower/peer
  // link, and always beside IFLA_LINK_NETNSID (equal ifindexes in two namespaces).
  const iflink = dev.iflink;
  if (iflink !== dev.ifindex || m.linkNetnsid !== undefined) m.link = iflink;
  // rtnl_fill_link_af(): inet6_fill_link_af() only for a device with an inet6_dev (its conf directory).
  const cnf6 = dev.net.ipv6?.confs.get(dev);
  if (cnf6) m.afSpec = { inet6AddrGenMode: cnf6.get('addr_gen_mode') ?? IN6_ADDR_GEN_MODE_EUI64 };
  return m;
}

/**
 * rtmsg_ifinfo_event(): announce `dev` to its namespace's RTNLGRP_LINK
 * listeners. An RTM_DELLINK is built by the caller while the device still
 * exists (rtmsg_ifinfo_build_skb) and sent with rtmsgIfinfoSend().
 */
export function rtmsgIfinfo(type: number, dev: NetDevice, o?: FillOpts): void {
  // Linux builds it even without listeners, and filling allocates peer namespace ids:
  // without listeners, only that is done.
  if (rtnlHasListeners(dev.net, RTNLGRP_LINK)) rtmsgIfinfoSend(dev.net, rtmsgIfinfoBuild(type, dev, o));
  else fillLinkNetnsid(dev, dev.net, null);
}

/** rtmsg_ifinfo_build_skb() */
export function rtmsgIfinfoBuild(type: number, dev: NetDevice, o: FillOpts = {}): NlMsg<IfInfoMsg> {
  return nlmsgNew(type, 0, rtnlFillIfinfo(dev, dev.net, o));
}

/** rtmsg_ifinfo_send() */
export function rtmsgIfinfoSend(net: Net, msg: NlMsg<IfInfoMsg>): void {
  rtnlNotify(net, msg, RTNLGRP_LINK);
}

/** The RTM_DELLINK of an unregistering device, when anyone listens. */
export function rtmsgDellink(dev: NetDevice, o: FillOpts = {}): NlMsg<IfInfoMsg> {
  return rtmsgIfinfoBuild(RTM_DELLINK, dev, o);
}
