/**
 * rtnetlink for namespace ids: RTM_NEWNSID gives another namespace an id
 * here (`ip netns set`), RTM_GETNSID answers the id of one (by fd or by id)
 * or dumps them all (`ip netns list-id`), optionally as a target namespace
 * sees them (NETNSA_TARGET_NSID).
 * @linux net/core/net_namespace.c rtnl_net_newid(), rtnl_net_getid(), rtnl_net_dumpid(), rtnl_net_fill()
 */
import type { Net } from './net_namespace.js';
import { KError } from './errno.js';
import { nlmsgNew, type Rtnl, type RtnlCtx } from './rtnetlink.js';
import { NLM_F_MULTI, type NlMsg } from '../../uapi/linux/netlink.js';
import { PF_UNSPEC, RTM_GETNSID, RTM_NEWNSID, RTNLGRP_NSID } from '../../uapi/linux/rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import type { NetnsMsg } from '../../uapi/linux/net_namespace.js';

/** The peer a request names: NETNSA_FD (a /run/netns file), else (for a get) NETNSA_NSID. */
function rtnlNetPeer(net: Net, body: NetnsMsg, byId: boolean): Net {
  let peer: Net | null;
  if (body.fd) peer = body.fd.alive ? body.fd : null;
  else if (byId && body.nsid !== undefined) peer = net.netById(body.nsid);
  else throw new KError('EINVAL', 'Peer netns reference is missing');
  if (!peer) throw new KError(body.fd ? 'EINVAL' : 'ENOENT', 'Peer netns reference is invalid');
  return peer;
}

/** rtnl_net_newid(): EEXIST when the peer has an id here or the id is taken. */
function rtnlNetNewid(net: Net, msg: NlMsg<NetnsMsg>): void {
  const nsid = msg.body.nsid;
  if (nsid === undefined) throw new KError('EINVAL', 'nsid is missing');
  const peer = rtnlNetPeer(net, msg.body, false);
  if (net.peernet2id(peer) >= 0) throw new KError('EEXIST', 'Peer netns already has a nsid assigned');
  // alloc_netid(): idr_alloc() in [nsid, nsid + 1), or the lowest free id for a negative nsid.
  if (net.allocNetid(peer, nsid) < 0) throw new KError('EEXIST', 'The specified nsid is already used');
}

/** rtnl_get_net_ns_capable(): the namespace with id `id` here. */
function targetNet(net: Net, id: number, text: string): Net {
  const target = net.netById(id);
  if (!target) throw new KError('EINVAL', text);
  return target;
}

/** rtnl_net_getid(): the peer's id in the target (default: this) namespace. */
function rtnlNetGetid(net: Net, msg: NlMsg<NetnsMsg>, ctx: RtnlCtx): void {
  const peer = rtnlNetPeer(net, msg.body, true);
  const body: NetnsMsg = { family: PF_UNSPEC, nsid: 0 };
  let target = net;
  if (msg.body.targetNsid !== undefined) {
    target = targetNet(net, msg.body.targetNsid, 'Target netns reference is invalid');
    body.currentNsid = net.peernet2id(peer);
  }
  body.nsid = target.peernet2id(peer);
  ctx.reply(nlmsgNew(RTM_NEWNSID, 0, body, msg.seq, ctx.portid));
}

/** rtnl_net_dumpid(): every id of the target namespace in id order (idr_for_each). */
function rtnlNetDumpid(net: Net, msg: NlMsg<NetnsMsg>): NlMsg[] {
  // rtnl_valid_dump_net_req(): NETNSA_TARGET_NSID is the one attribute a dump takes.
  if (msg.body.fd || msg.body.nsid !== undefined) throw new KError('EINVAL', 'Unsupported attribute in dump request');
  const ref = msg.body.targetNsid !== undefined ? net : null;
  const tgt = ref ? targetNet(net, msg.body.targetNsid!, 'Invalid target network namespace id') : net;
  return tgt.netnsIds().map(([id, peer]) => {
    const body: NetnsMsg = { family: PF_UNSPEC, nsid: id };
    if (ref) body.currentNsid = ref.peernet2id(peer);
    return nlmsgNew(RTM_NEWNSID, NLM_F_MULTI, body, msg.seq);
  });
}

/** rtnl_net_notifyid(): RTM_NEWNSID / RTM_DELNSID of `id` to RTNLGRP_NSID of `net` (rtnl_net_fill() without a current nsid). */
export function rtnlNetNotifyid(net: Net, cmd: number, id: number): void {
  if (!rtnlHasListeners(net, RTNLGRP_NSID)) return;
  rtnlNotify(net, nlmsgNew(cmd, 0, { family: PF_UNSPEC, nsid: id } satisfies NetnsMsg, 0, 0), RTNLGRP_NSID);
}

export function netNsRtnlInit(rtnl: Rtnl): void {
  rtnl.register<NetnsMsg>(PF_UNSPEC, RTM_NEWNSID, rtnlNetNewid, null);
  rtnl.register<NetnsMsg>(PF_UNSPEC, RTM_GETNSID, rtnlNetGetid, rtnlNetDumpid);
}
