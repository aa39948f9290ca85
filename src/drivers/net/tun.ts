/**
 * tun/tap: the kind is registered for rtnetlink, but its devices are made
 * through /dev/net/tun (TUNSETIFF), never by RTM_NEWLINK: tun_validate()
 * refuses every request that names the kind, before any device lookup.
 * tuxnet has no /dev/net/tun: the kind exists only to refuse as Linux does.
 * @linux drivers/net/tun.c tun_validate(), tun_link_ops
 */
import { KError } from '../../net/core/errno.js';
import type { Rtnl, RtnlLinkOps } from '../../net/core/rtnetlink.js';

/** tun_validate() */
function tunValidate(): never {
  throw new KError('EOPNOTSUPP', 'tun/tap creation via rtnetlink is not supported.');
}

const tunLinkOps: RtnlLinkOps = {
  kind: 'tun',
  validate: tunValidate,
  newlink: tunValidate,
};

/** tun_init(): rtnl_link_register(&tun_link_ops). */
export function tunInit(rtnl: Rtnl): void {
  rtnl.linkRegister(tunLinkOps);
}
