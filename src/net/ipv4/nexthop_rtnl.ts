/**
 * The rtnetlink side of nexthop objects: RTM_NEWNEXTHOP (add, replace),
 * RTM_DELNEXTHOP, RTM_GETNEXTHOP (one, or the dump with its filters), the
 * object's message (nh_fill_node()) and its notifications to
 * RTNLGRP_NEXTHOP, and the route notifications of a replace under
 * nexthop_compat_mode.
 * @linux net/ipv4/nexthop.c rtm_new_nexthop(), rtm_del_nexthop(), rtm_get_nexthop(), rtm_dump_nexthop(),
 *        nh_fill_node(), nexthop_notify(), nh_dump_filtered(); net/ipv4/fib_trie.c fib_info_notify_update()
 */
import type { Net } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import { nlmsgEcho, nlmsgNew, type Rtnl, type RtnlCtx } from '../core/rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import { NLM_F_CREATE, NLM_F_MULTI, NLM_F_REPLACE, type NlMsg } from '../../uapi/linux/netlink.js';
import {
  PF_UNSPEC, RTM_DELNEXTHOP, RTM_GETNEXTHOP, RTM_GETNEXTHOPBUCKET, RTM_NEWNEXTHOP, RTM_NEWROUTE, RTNLGRP_IPV4_ROUTE, RTNLGRP_NEXTHOP,
} from '../../uapi/linux/rtnetlink.js';
import { NEXTHOP_GRP_TYPE_MPATH, type NhMsg } from '../../uapi/linux/nexthop.js';
import { NexthopNet, type Nexthop, type NhReq } from './nexthop.js';
import type { FibInfo } from './fib_semantics.js';
import { rtmsgFib, tablesInKernelDumpOrder } from './fib_rtnl.js';

/** nh_fill_node(): the RTM_NEWNEXTHOP body of `nh`. */
export function nhFillNode(nh: Nexthop): NhMsg {
  const m: NhMsg = { family: 0, scope: 0, protocol: nh.protocol, flags: nh.flags, id: nh.id };
  const grp = nh.grp;
  if (grp !== null) {
    if (grp.fdb) m.fdb = true;
    m.groupType = NEXTHOP_GRP_TYPE_MPATH;
    m.group = grp.entries.map((e) => ({ id: e.nh.id, weight: e.weight - 1 }));
    return m;
  }
  const info = nh.info!;
  m.family = info.family;
  if (info.reject) {
    m.blackhole = true;
    return m;
  }
  if (info.fdb) m.fdb = true;
  else if (info.fibNh.dev) m.oif = info.fibNh.dev.ifindex;
  m.scope = info.fibNh.scope;
  if (info.fibNh.gw) m.gateway = info.fibNh.gw;
  return m;
}

/**
 * net->nexthop, made with the first request that needs it, its changes
 * announced: nexthop_notify() with the request's nl_info (none for the
 * kernel's own removals), the route cache flushed and the tables told.
 */
export function newNexthopNet(net: Net): NexthopNet {
  const nhNet = new NexthopNet(net);
  nhNet.notify = (event, nh) => {
    const req = nhNet.nlinfo;
    if (!req) return;
    if (!req.echo && !rtnlHasListeners(net, RTNLGRP_NEXTHOP)) return;
    const type = event === 'new' ? RTM_NEWNEXTHOP : RTM_DELNEXTHOP;
    rtnlNotify(net, nlmsgNew(type, req.flags, nhFillNode(nh), req.seq, req.portid), RTNLGRP_NEXTHOP, req.echo ? req.portid : 0);
  };
  nhNet.routesChanged = (fis) => net.ipv4.fib.nexthopRoutesChanged(fis);
  nhNet.replaceNotify = (fis) => fibInfoNotifyUpdate(net, fis, nhNet.nlinfo);
  return nhNet;
}

/** Serve one request with its nl_info set (rtnl is held: one at a time). */
function withReq<T>(nhNet: NexthopNet, msg: NlMsg, ctx: RtnlCtx, op: () => T): T {
  nhNet.nlinfo = { portid: ctx.portid, seq: msg.seq, flags: msg.flags, echo: nlmsgEcho(msg) };
  try {
    return op();
  } finally {
    nhNet.nlinfo = null;
  }
}

/**
 * fib_info_notify_update(): every route of the changed fib_infos announced
 * again as a replace, table by table in hash order.
 */
function fibInfoNotifyUpdate(net: Net, fis: ReadonlySet<FibInfo>, req: NhReq | null): void {
  if (fis.size === 0 || !rtnlHasListeners(net, RTNLGRP_IPV4_ROUTE)) return;
  const info = req ? { portid: req.portid, seq: req.seq, echo: false } : undefined;
  for (const tb of tablesInKernelDumpOrder(net.ipv4.fib.tables)) {
    for (const fa of tb.aliases()) if (fa.tbId === tb.id && fis.has(fa.fi)) rtmsgFib(net, RTM_NEWROUTE, fa, tb.id, NLM_F_REPLACE, info);
  }
}

/** rtm_new_nexthop() */
function rtmNewNexthop(net: Net, msg: NlMsg<NhMsg>, ctx: RtnlCtx): void {
  const nhNet = net.ipv4.nexthop;
  const cfg = nhNet.config(msg.body, { replace: (msg.flags & NLM_F_REPLACE) !== 0, create: (msg.flags & NLM_F_CREATE) !== 0 });
  withReq(nhNet, msg, ctx, () => nhNet.add(cfg));
}

/** nh_valid_get_del_req(): the id a get or delete names. */
function nhValidGetDelReq(m: NhMsg): number {
  if (m.protocol || m.scope || m.flags) throw new KError('EINVAL', 'Invalid values in header');
  if (m.id === undefined) throw new KError('EINVAL', 'Nexthop id is missing');
  if (!m.id) throw new KError('EINVAL', 'Invalid nexthop id');
  return m.id;
}

/** rtm_del_nexthop() */
function rtmDelNexthop(net: Net, msg: NlMsg<NhMsg>, ctx: RtnlCtx): void {
  const id = nhValidGetDelReq(msg.body);
  const nhNet = net.ipv4.nexthopOrNull;
  if (!nhNet) throw new KError('ENOENT');
  withReq(nhNet, msg, ctx, () => nhNet.del(id));
}

/** rtm_get_nexthop() */
function rtmGetNexthop(net: Net, msg: NlMsg<NhMsg>, ctx: RtnlCtx): void {
  const id = nhValidGetDelReq(msg.body);
  const nh = net.ipv4.nexthopOrNull?.find(id);
  if (!nh) throw new KError('ENOENT');
  ctx.reply(nlmsgNew(RTM_NEWNEXTHOP, 0, nhFillNode(nh), msg.seq, ctx.portid));
}

/**
 * rtm_dump_nexthop(): the objects in id order past nh_dump_filtered() —
 * groups only, a device, a master (a group never has one), a family.
 */
function rtmDumpNexthop(net: Net, msg: NlMsg<NhMsg>): NlMsg[] {
  const m = msg.body;
  if ((m.oif ?? 0) > 0x7fffffff) throw new KError('EINVAL', 'Invalid device index');
  if ((m.master ?? 0) > 0x7fffffff) throw new KError('EINVAL', 'Invalid master device index');
  if (m.protocol || m.scope || m.flags) throw new KError('EINVAL', 'Invalid values in header for nexthop dump request');
  const nhNet = net.ipv4.nexthopOrNull;
  if (!nhNet) return [];
  const out: NlMsg[] = [];
  for (const nh of nhNet.sorted()) {
    if (nhDumpFiltered(net, nh, m)) continue;
    out.push(nlmsgNew(RTM_NEWNEXTHOP, NLM_F_MULTI, nhFillNode(nh), msg.seq));
  }
  return out;
}

/** nh_dump_filtered() */
function nhDumpFiltered(net: Net, nh: Nexthop, f: NhMsg): boolean {
  if (f.groups && !nh.isGroup) return true;
  if (!f.oif && !f.master && !f.family) return false;
  if (nh.isGroup) return true;
  const info = nh.info!;
  if (f.family && info.family !== f.family) return true;
  const dev = info.fibNh.dev;
  if (f.oif && (!dev || dev.ifindex !== f.oif)) return true;
  if (f.master) {
    const master = dev ? dev.master : null;
    if (!master || master.ifindex !== f.master) return true;
  }
  return false;
}

/** nexthop_init()'s rtnl_register() calls (PF_UNSPEC: any family asks). */
export function nexthopRtnlInit(rtnl: Rtnl): void {
  rtnl.register<NhMsg>(PF_UNSPEC, RTM_NEWNEXTHOP, rtmNewNexthop, null);
  rtnl.register<NhMsg>(PF_UNSPEC, RTM_DELNEXTHOP, rtmDelNexthop, null);
  rtnl.register<NhMsg>(PF_UNSPEC, RTM_GETNEXTHOP, rtmGetNexthop, rtmDumpNexthop);
  rtnl.register<NhMsg>(PF_UNSPEC, RTM_GETNEXTHOPBUCKET, rtmGetNexthopBucket, () => []);
}

/**
 * rtm_get_nexthop_bucket(): buckets belong to resilient groups, which
 * tuxnet does not make, so an id names none (nexthop_find_group_resilient()).
 */
function rtmGetNexthopBucket(net: Net, msg: NlMsg<NhMsg>): void {
  const id = msg.body.id;
  if (!id) throw new KError('EINVAL', 'Nexthop id is missing');
  const nh = net.ipv4.nexthopOrNull?.find(id);
  if (!nh) throw new KError('ENOENT', 'Nexthop does not exist');
  if (!nh.isGroup) throw new KError('EINVAL', 'Not a nexthop group');
  throw new KError('EINVAL', 'Nexthop group not of type resilient');
}
