/**
 * `bridge vlan`: the VLANs of bridge ports. The recorded kernel is built
 * without CONFIG_BRIDGE_VLAN_FILTERING: `show` lists no VLAN (the header
 * alone), `add` is refused (br_vlan_add(): EOPNOTSUPP), `del` succeeds
 * without effect. Left to the VLAN filtering work, which sends the
 * IFLA_AF_SPEC requests and prints the kernel's VLAN lists.
 * @iproute2 bridge/vlan.c vlan_modify() vlan_show()
 */
import { matches, type IpCtx } from '../ip/utils.js';

/** vlan_modify()'s argument checks, then the recorded kernel's answer. */
function vlanModify(ctx: IpCtx, add: boolean, argv: string[]): number {
  let d: string | null = null;
  let vid: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === 'dev') d = argv[++i] ?? null;
    else if (a === 'vid') vid = argv[++i] ?? null;
  }
  if (d === null || vid === null) {
    ctx.err('Device and VLAN ID are required arguments.\n');
    return 255;
  }
  if (!ctx.ll.nameToIndex(d)) {
    ctx.err(`Cannot find bridge device "${d}"\n`);
    return 255;
  }
  if (!add) return 0;
  ctx.err('RTNETLINK answers: Operation not supported\n');
  return 255;
}

/** do_vlan() */
export function doVlan(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  if (cmd === undefined || matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst')) {
    if (ctx.opts.json) ctx.out('[]\n');
    else ctx.out('port              vlan-id  \n');
    return 0;
  }
  if (matches(cmd, 'add')) return vlanModify(ctx, true, argv.slice(1));
  if (matches(cmd, 'delete')) return vlanModify(ctx, false, argv.slice(1));
  ctx.err(`Command "${cmd}" is not supported by tuxnet's bridge yet (no VLAN filtering).\n`);
  return 255;
}
