/**
 * The device ioctls of a socket that tuxnet's tools use: SIOCADDMULTI and
 * SIOCDELMULTI (`ip maddress add|del`), a static link-layer multicast
 * address on the device's filter; the tunnel ioctls of `ip tunnel`.
 * @linux net/core/dev_ioctl.c dev_ioctl(), dev_ifsioc()
 */
import type { Net } from './net_namespace.js';
import { ARPHRD_ETHER, IFNAMSIZ, type NetDevice } from './netdevice.js';
import { KError } from './errno.js';
import { devMcAddGlobal, devMcDelGlobal } from './dev_addr_lists.js';

import { SIOCADDMULTI, SIOCDELMULTI } from '../../uapi/linux/sockios.js';

/** struct ifreq, the fields these requests read (ifr_hwaddr.sa_family is AF_UNSPEC). */
export interface Ifreq {
  readonly name: string;
  readonly hwaddr: Uint8Array;
}

/**
 * dev_ioctl(): the ifr_name it looks up is cut to IFNAMSIZ - 1 bytes and at
 * its first ':' (an old alias "eth0:1" names eth0), then dev_get_by_name().
 */
export function devIoctlLookup(net: Net, ifrName: string): NetDevice | null {
  const name = ifrName.slice(0, IFNAMSIZ - 1);
  const colon = name.indexOf(':');
  return net.devByName(colon < 0 ? name : name.slice(0, colon)) ?? null;
}

/**
 * dev_ifsioc(): the device by name (ENODEV), a driver with a receive
 * filter (ndo_set_rx_mode: the Ethernet drivers here; not loopback, EINVAL),
 * then dev_mc_add_global() / dev_mc_del_global(). Throws KError.
 */
export function devIoctl(net: Net, cmd: number, ifr: Ifreq): void {
  const dev = devIoctlLookup(net, ifr.name);
  if (!dev) throw new KError('ENODEV');
  if (cmd !== SIOCADDMULTI && cmd !== SIOCDELMULTI) throw new KError('EINVAL');
  if (dev.type !== ARPHRD_ETHER) throw new KError('EINVAL');
  if (cmd === SIOCADDMULTI) devMcAddGlobal(dev, ifr.hwaddr);
  else devMcDelGlobal(dev, ifr.hwaddr);
}

/**
 * dev_siocdevprivate() (SIOCGETTUNNEL, SIOCADDTUNNEL, SIOCDELTUNNEL,
 * SIOCCHGTUNNEL...: the SIOCDEVPRIVATE range): the device by name (ENODEV),
 * then its ndo_siocdevprivate. The tunnel drivers that answer these (ipip,
 * ip_gre, sit: CONFIG_NET_IPIP, CONFIG_NET_IPGRE, CONFIG_IPV6_SIT) are not
 * built into the reference kernel, nor into tuxnet, so no device of the lab
 * has one (EOPNOTSUPP). Throws KError.
 */
export function devSiocdevprivate(net: Net, ifrName: string): never {
  if (!devIoctlLookup(net, ifrName)) throw new KError('ENODEV');
  throw new KError('EOPNOTSUPP');
}
