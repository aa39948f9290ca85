/**
 * The martian_source and martian_destination exits of
 * ip_route_input_slow() (and __mkroute_input()'s refused source): with
 * log_martians (the device's or all's) and within net_ratelimit(), a
 * martian source is logged with the link-layer header of the packet, "the
 * only hint" RFC 1812 5.3.7 leaves, and a martian destination with its
 * addresses. pr_fmt of route.c prefixes "IPv4: ".
 * @linux net/ipv4/route.c ip_handle_martian_source()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NetDevice } from '../core/netdevice.js';
import { ARPHRD_NONE } from '../core/netdevice.js';
import { netRatelimit } from '../core/utils.js';
import { KERN_WARNING, printk } from '../../kernel/printk.js';
import { printHexDump } from '../../lib/hexdump.js';
import { ETH_HLEN } from '../../wire/ethernet.js';
import { ipToString } from '../../wire/ipv4.js';
import { inDevLogMartians } from './devconf.js';

/** dev->hard_header_len: every lab device but a headerless one builds an Ethernet header (lo too). */
function hardHeaderLen(dev: NetDevice): number {
  return dev.type === ARPHRD_NONE ? 0 : ETH_HLEN;
}

export function ipLogMartian(kind: 'source' | 'destination', skb: SkBuff, daddr: number, saddr: number, dev: NetDevice): void {
  const inDev = dev.ip;
  const net = dev.net;
  if (!inDev || !inDevLogMartians(inDev.all, inDev.cnf) || !netRatelimit(net)) return;
  if (kind === 'destination') {
    printk(net, KERN_WARNING, `IPv4: martian destination ${ipToString(daddr)} from ${ipToString(saddr)}, dev ${dev.name}`);
    return;
  }
  printk(net, KERN_WARNING, `IPv4: martian source ${ipToString(daddr)} from ${ipToString(saddr)}, on dev ${dev.name}`);
  const hlen = hardHeaderLen(dev);
  if (hlen && skb.macHeader >= 0) printHexDump(net, KERN_WARNING, 'll header: ', skb.buf, skb.macHeader, hlen);
}
