/**
 * The log_martians lines of route.c, each when the device's or all's
 * log_martians is set and net_ratelimit() allows (pr_fmt prefixes "IPv4: "):
 * the martian_source and martian_destination exits of ip_route_input_slow()
 * (and __mkroute_input()'s refused source) — a martian source with the
 * link-layer header of the packet, "the only hint" RFC 1812 5.3.7 leaves;
 * a redirect __ip_do_redirect() rejects; a host ip_rt_send_redirect() gives
 * up on.
 * @linux net/ipv4/route.c ip_handle_martian_source() __ip_do_redirect() ip_rt_send_redirect()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NetDevice } from '../core/netdevice.js';
import type { InDevice } from './devinet.js';
import { ARPHRD_NONE } from '../core/netdevice.js';
import { netRatelimit } from '../core/utils.js';
import { KERN_INFO, KERN_WARNING, printk } from '../../kernel/printk.js';
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

function logMartians(inDev: InDevice | null): boolean {
  return inDev !== null && inDevLogMartians(inDev.all, inDev.cnf) && netRatelimit(inDev.dev.net);
}

/** __ip_do_redirect()'s reject_redirect: the advised path is the quoted packet's. */
export function ipLogRejectedRedirect(dev: NetDevice, oldGw: number, newGw: number, quotedSaddr: number, quotedDaddr: number): void {
  if (!logMartians(dev.ip)) return;
  printk(dev.net, KERN_INFO, `IPv4: Redirect from ${ipToString(oldGw)} on ${dev.name} about ${ipToString(newGw)} ignored\n` +
    `  Advised path = ${ipToString(quotedSaddr)} -> ${ipToString(quotedDaddr)}`);
}

/** ip_rt_send_redirect(): the ip_rt_redirect_number-th redirect to a host that keeps using us. */
export function ipLogIgnoredRedirects(inDev: InDevice, saddr: number, iif: number, daddr: number, gw: number): void {
  if (!logMartians(inDev)) return;
  printk(inDev.dev.net, KERN_WARNING, `IPv4: host ${ipToString(saddr)}/if${iif} ignores redirects for ${ipToString(daddr)} to ${ipToString(gw)}`);
}
