/**
 * rtnetlink for namespace ids: RTM_GETNSID answers the id the requesting
 * namespace gave another (NETNSA_NSID_NOT_ASSIGNED when none).
 * @linux net/core/net_namespace.c rtnl_net_getid(), rtnl_net_fill()
 */
import type { Net } from './net_namespace.js';
import { KError } from './errno.js';
import { nlmsgNew, type Rtnl, type RtnlCtx } from './rtnetlink.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { PF_UNSPEC, RTM_GETNSID, RTM_NEWNSID } from '../../uapi/linux/rtnetlink.js';
import type { NetnsMsg } from '../../uapi/linux/net_namespace.js';

/** rtnl_net_getid(): NETNSA_FD names the peer; "Peer netns reference is missing" without one. */
function rtnlNetGetid(net: Net, msg: NlMsg<NetnsMsg>, ctx: RtnlCtx): void {
  const peer = msg.body.fd;
  if (!peer) throw new KError('EINVAL', 'Peer netns reference is missing');
  if (!peer.alive) throw new KError('EINVAL');
  ctx.reply(nlmsgNew(RTM_NEWNSID, 0, { family: PF_UNSPEC, nsid: net.peernet2id(peer) }, msg.seq, ctx.portid));
}

export function netNsRtnlInit(rtnl: Rtnl): void {
  rtnl.register<NetnsMsg>(PF_UNSPEC, RTM_GETNSID, rtnlNetGetid, null);
}
