/**
 * /proc/net/ipv6_route: every route of every table, tables in
 * fib_table_hash order (bucket id & 255; main and local always exist), each
 * table's routes as the fib6 walker meets them: post-order over the radix
 * tree, so a prefix comes after the longer ones under it, the 0 side of a
 * bit before the 1 side, and the table's root last with its null entry
 * (fib6_null_entry: metric ~0, reject, on lo). Routes of one prefix in
 * leaf order (metric, then insertion).
 * Linux: the refcount column counts the tree's and the address's
 * references; Linux adds one per cached per-CPU dst, which varies run to run.
 * @linux net/ipv6/route.c ipv6_route_native_seq_show(), net/ipv6/ip6_fib.c fib6_walk_continue()
 */
import type { Net } from '../core/net_namespace.js';
import { RTN_ANYCAST, RTN_LOCAL, RTN_UNICAST, type RtMsg } from '../../uapi/linux/rtmsg.js';
import { rt6Rows, rt6Tables, rt6WalkOrder } from './route_rtnl.js';

const RTF_UP = 0x0001;
const RTF_REJECT = 0x0200;
const RTF_ANYCAST = 0x100000;
const RTF_NONEXTHOP = 0x200000;
const RTF_LOCAL = 0x80000000;

const hex32 = (v: number): string => (v >>> 0).toString(16).padStart(8, '0');
const ZERO_ADDR = '0'.repeat(32);

/** addrconf_f6i_alloc() / ip6_route_info_create(): the RTF_* flags a route carries. */
function rtFlags(m: RtMsg): number {
  if (m.type === RTN_LOCAL) return RTF_LOCAL | RTF_NONEXTHOP | RTF_UP;
  if (m.type === RTN_ANYCAST) return RTF_ANYCAST | RTF_NONEXTHOP | RTF_UP;
  return RTF_UP;
}

function line(dst: string, plen: number, metric: number, ref: number, flags: number, dev: string): string {
  const pl = plen.toString(16).padStart(2, '0');
  return `${dst} ${pl} ${ZERO_ADDR} 00 ${ZERO_ADDR} ${hex32(metric)} ${hex32(ref)} 00000000 ${hex32(flags)} ${dev.padStart(8)}\n`;
}

/** ipv6_route_native_seq_show() over the tables. */
export function procNetIpv6Route(net: Net): string {
  const v6 = net.ipv6;
  if (!v6) return '';
  const rows = rt6Rows(net);
  let out = '';
  for (const id of rt6Tables(net)) {
    const mine = rows.filter((r) => r.m.table === id).sort(rt6WalkOrder);
    for (const { m } of mine) {
      const dst = [...m.dst6!].map((b) => b.toString(16).padStart(2, '0')).join('');
      // The tree's reference, and the address's (ifp->rt) or the device's multicast route user's.
      const ref = m.type === RTN_UNICAST ? 1 : 2;
      out += line(dst, m.dstLen, m.priority ?? 0, ref, rtFlags(m), net.devByIndex(m.oif ?? 0)?.name ?? '');
    }
    out += line(ZERO_ADDR, 0, 0xffffffff, 1, RTF_REJECT | RTF_NONEXTHOP, 'lo');
  }
  return out;
}
