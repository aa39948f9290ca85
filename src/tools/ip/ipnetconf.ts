/**
 * `ip netconf [show] [dev DEV]`: the RTM_GETNETCONF answers — one request
 * for a family and a device, else a dump (both families, IPv4's first),
 * filtered by device.
 * @iproute2 ip/ipnetconf.c do_show(), print_netconf()
 */
import { COLOR_IFNAME } from './color.js';
import { NLM_F_ACK, NLM_F_DUMP, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_GETNETCONF } from '../../uapi/linux/rtnetlink.js';
import { NETCONFA_IFINDEX_ALL, NETCONFA_IFINDEX_DEFAULT, type NetconfMsg } from '../../uapi/linux/netconf.js';
import { PRINT_ANY, PRINT_FP, printOnOff, type Printer } from './json_print.js';
import { AF_INET6, AF_UNSPEC, fail, matches, type IpCtx } from './utils.js';

const RP_FILTER_NAMES = ['off', 'strict', 'loose'];

/** print_netconf(): one message that passed the family and device filter; a notification of a gone device says "Deleted". */
export function printNetconf(ctx: IpCtx, pr: Printer, m: NetconfMsg, deleted = false): void {
  pr.openJsonObject(null);
  if (deleted) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  pr.string(PRINT_ANY, 'family', '%s ', m.family === AF_INET6 ? 'inet6' : 'inet');
  if (m.ifindex !== undefined) {
    const dev = m.ifindex === NETCONFA_IFINDEX_ALL ? 'all' : m.ifindex === NETCONFA_IFINDEX_DEFAULT ? 'default' : ctx.ll.indexToName(m.ifindex);
    pr.colorString(PRINT_ANY, COLOR_IFNAME, 'interface', '%s ', dev);
  }
  printOnOff(pr, 'forwarding', 'forwarding %s ', m.forwarding);
  if (m.rpFilter !== undefined) {
    // rta_getattr_u32(): the kernel's s32 read unsigned (-1 prints 4294967295).
    const rpf = m.rpFilter >>> 0;
    const name = RP_FILTER_NAMES[rpf];
    if (name) pr.string(PRINT_ANY, 'rp_filter', 'rp_filter %s ', name);
    else pr.number(PRINT_ANY, 'rp_filter', 'rp_filter %u ', rpf);
  }
  printOnOff(pr, 'mc_forwarding', 'mc_forwarding %s ', m.mcForwarding);
  printOnOff(pr, 'proxy_neigh', 'proxy_neigh %s ', m.proxyNeigh);
  printOnOff(pr, 'ignore_routes_with_linkdown', 'ignore_routes_with_linkdown %s ', m.ignoreRoutesWithLinkdown);
  pr.closeJsonObject();
  pr.string(PRINT_FP, null, '\n', null);
}

/** do_show() */
function netconfShow(ctx: IpCtx, argv: string[]): number {
  const family = ctx.opts.family;
  let ifindex = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== 'dev') continue;
    const name = argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
    ifindex = ctx.ll.nameToIndex(name);
    if (ifindex <= 0) return fail(ctx, `Device "${name}" does not exist.`, 1);
  }
  const pr = ctx.newPrinter();
  if (ifindex && family !== AF_UNSPEC) {
    // rtnl_listen(): the answer, printed as it comes, without a JSON array around it;
    // print_netconf() stops at the ack, an error one too, and ip exits 0.
    const r = ctx.nl.request(RTM_GETNETCONF, NLM_F_REQUEST | NLM_F_ACK, { family, ifindex } satisfies NetconfMsg);
    for (const n of r.msgs as NlMsg<NetconfMsg>[]) printNetconf(ctx, pr, n.body);
    ctx.out(pr.take());
    return 0;
  }
  const r = ctx.nl.request(RTM_GETNETCONF, NLM_F_REQUEST | NLM_F_DUMP, { family } satisfies NetconfMsg);
  if (r.ack.error !== null) {
    ctx.err('RTNETLINK answers: Operation not supported\nDump terminated\n');
    return 1;
  }
  pr.newJsonObj();
  for (const n of r.msgs as NlMsg<NetconfMsg>[]) {
    const m = n.body;
    if ((family && family !== m.family) || (ifindex && ifindex !== m.ifindex)) continue;
    printNetconf(ctx, pr, m);
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

export function doIpnetconf(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  if (cmd === undefined) return netconfShow(ctx, []);
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return netconfShow(ctx, argv.slice(1));
  if (matches(cmd, 'help')) return fail(ctx, 'Usage: ip netconf show [ dev STRING ]');
  return fail(ctx, `Command "${cmd}" is unknown, try "ip netconf help".`);
}
