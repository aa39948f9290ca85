/**
 * /proc/net/route: the main table in the legacy fib_hash format. Addresses
 * are __be32 values printed with %08X, so on a little-endian host 10.0.0.0
 * reads 0000000A and the mask /24 reads 00FFFFFF. Each line is padded with
 * spaces to 127 characters.
 * @linux net/ipv4/fib_trie.c fib_route_seq_show(), fib_flag_trans()
 */
import type { Net } from '../net/core/net_namespace.js';
import type { FibAlias } from '../net/ipv4/fib_trie.js';
import { RTAX_ADVMSS, RTAX_RTT, RTAX_WINDOW } from '../net/ipv4/fib_semantics.js';
import { RTN_BROADCAST, RTN_MULTICAST, RTN_PROHIBIT, RTN_UNREACHABLE, RT_TABLE_MAIN } from '../net/ipv4/fib_types.js';
import { prefixToMask } from '../wire/ipv4.js';
import { sprintf } from '../tools/lib/printf.js';

/** include/uapi/linux/route.h */
export const RTF_UP = 0x0001;
export const RTF_GATEWAY = 0x0002;
export const RTF_HOST = 0x0004;
export const RTF_REJECT = 0x0200;

const HEADER = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT';

/** A host-order address as the little-endian reading of its network-order bytes. */
function be32(addr: number): number {
  return (((addr & 0xff) << 24) | ((addr >>> 8) & 0xff) << 16 | ((addr >>> 16) & 0xff) << 8 | (addr >>> 24)) >>> 0;
}

/** seq_setwidth(127) ... seq_pad(seq, '\n') */
function pad127(s: string): string {
  return s.padEnd(127, ' ') + '\n';
}

/** fib_flag_trans() */
function fibFlagTrans(fa: FibAlias, mask: number): number {
  let flags = 0;
  if (fa.type === RTN_UNREACHABLE || fa.type === RTN_PROHIBIT) flags = RTF_REJECT;
  if (fa.fi.nhs[0]?.gw) flags |= RTF_GATEWAY;
  if (mask === 0xffffffff) flags |= RTF_HOST;
  return flags | RTF_UP;
}

/**
 * fib_route_seq_show() over the main table. The metric is a u32 printed
 * with %u since "ipv4: fix the metric column of /proc/net/route" (6.12:
 * a metric of 4294967295 no longer reads -1).
 */
export function procNetRoute(net: Net): string {
  const tb = net.ipv4.fib.getTable(RT_TABLE_MAIN);
  if (!tb) return '';
  let out = pad127(HEADER);
  for (const fa of tb.aliases()) {
    if (fa.type === RTN_BROADCAST || fa.type === RTN_MULTICAST) continue;
    if (fa.tbId !== tb.id) continue;
    const fi = fa.fi;
    const nh = fi.nhs[0];
    const mask = prefixToMask(fa.plen) >>> 0;
    const advmss = fi.metrics[RTAX_ADVMSS] ?? 0;
    out += pad127(sprintf(
      '%s\t%08X\t%08X\t%04X\t%d\t%u\t%u\t%08X\t%d\t%u\t%u',
      nh?.dev ? nh.dev.name : '*', be32(fa.dst), be32(nh?.gw ?? 0), fibFlagTrans(fa, mask), 0, 0, fi.priority >>> 0,
      be32(mask), advmss ? advmss + 40 : 0, fi.metrics[RTAX_WINDOW] ?? 0, (fi.metrics[RTAX_RTT] ?? 0) >>> 3,
    ));
  }
  return out;
}
