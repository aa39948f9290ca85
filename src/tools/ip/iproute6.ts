/**
 * `ip -6 route [show]` for the routes addrconf makes by itself (tuxnet has
 * no other IPv6 routes): the RTM_GETROUTE dump of PF_INET6, printed as
 * print_route() does — the type unless unicast, the prefix (a host route
 * without /128), dev unless `dev` selected, the table when listing every
 * table, proto, metric, linkdown, pref.
 * @iproute2 ip/iproute.c print_route() iproute_list_flush_or_save()
 */
import { NLM_F_DUMP, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_GETROUTE } from '../../uapi/linux/rtnetlink.js';
import { newRtMsg, RTN_LOCAL, RTN_MULTICAST, RT_TABLE_MAIN } from '../../uapi/linux/rtmsg.js';
import type { Rt6Msg } from '../../uapi/linux/ipv6_route.js';
import { ipv6ToString } from '../../wire/ipv6.js';
import { AF_INET6, type IpCtx } from './utils.js';

/** `tb`: the table selected (0: all); `oif`: the device selected (0: any). */
export function iproute6List(ctx: IpCtx, tb: number, oif: number): number {
  const body = newRtMsg({ family: AF_INET6, protocol: 0, flags: 0, tableId: tb || null, oif: oif || null });
  const r = ctx.nl.request(RTM_GETROUTE, NLM_F_REQUEST | NLM_F_DUMP, body);
  let out = '';
  for (const msg of r.msgs as NlMsg<Rt6Msg>[]) {
    const m = msg.body;
    if (oif && m.oif !== oif) continue;
    let s = m.type === RTN_LOCAL ? 'local ' : m.type === RTN_MULTICAST ? 'multicast ' : '';
    s += ipv6ToString(m.dst ?? new Uint8Array(16)) + (m.dstLen === 128 ? ' ' : `/${m.dstLen} `);
    if (!oif && m.oif) s += `dev ${ctx.ll.indexToName(m.oif)} `;
    if (!tb && m.table !== RT_TABLE_MAIN) s += `table ${ctx.names.tableN2a(m.table)} `;
    s += `proto kernel metric ${m.priority ?? 0} `;
    if (m.linkdown) s += 'linkdown ';
    out += s + 'pref medium\n';
  }
  ctx.out(out);
  return 0;
}
