/**
 * Send-to-self, a tuxnet extension: the send-to-self patch of our sources
 * (no stock kernel has it). With net.ipv4.conf.DEV.loop=1 on two devices
 * of one host, traffic from an address of one to an address of the other
 * leaves on the wire instead of looping through `lo`:
 *  - ip_route_output_slow(): an RTN_LOCAL result whose device has loop=1,
 *    for a source on a *different* device that also has loop=1, becomes
 *    RTN_UNICAST out of the source's device (fl4_src = src, oif = that
 *    device); a source device that is down gives ENETDOWN;
 *  - fib_validate_source(): on a loop=1 device, a reverse lookup that is
 *    RTN_LOCAL is accepted (spec_dst = the result's preferred source).
 * ARP is unchanged (the patch's recipe sets arp_filter=1).
 * @linux net/ipv4/route.c ip_route_output_slow() + the send-to-self patch
 */
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_UP } from '../core/netdevice.js';
import type { Errno } from '../core/errno.js';
import type { Flowi4 } from './fib_rules.js';
import type { FibResult } from './fib_trie.js';
import { inDevLoop } from './devconf.js';

/** IN_DEV_LOOP(__in_dev_get_rcu(dev)) */
export function devLoop(dev: NetDevice | null | undefined): boolean {
  const inDev = dev?.ip;
  return !!inDev && inDevLoop(inDev.all, inDev.cnf);
}

/**
 * __ip_dev_find() by the address lists (inet_addr_lst): the owner of a
 * local address even while its device is down and its local route gone.
 */
export function ipDevFindByAddr(net: Net, addr: number): NetDevice | null {
  for (const dev of net.devices.values()) {
    for (let ifa = dev.ip?.ifaList ?? null; ifa; ifa = ifa.next) if (ifa.local === addr) return dev;
  }
  return null;
}

/**
 * The patch's branch of ip_route_output_slow() for an RTN_LOCAL result:
 * the device to send on (fl4.oif set to it), ENETDOWN, or null for the
 * usual path through lo.
 */
export function sendToSelfOutput(fl4: Flowi4, res: FibResult, net: Net): NetDevice | Errno | null {
  const dev = res.nh.dev;
  if (!dev || !devLoop(dev) || !fl4.saddr) return null;
  const devSrc = ipDevFindByAddr(net, fl4.saddr);
  if (!devSrc || devSrc === dev || !devLoop(devSrc)) return null;
  if (!(devSrc.flags & IFF_UP)) return 'ENETDOWN';
  fl4.oif = devSrc.ifindex;
  return devSrc;
}
