/**
 * `bridge vlan`: the VLANs of bridge ports. The recorded kernel is built
 * without CONFIG_BRIDGE_VLAN_FILTERING: `show` lists no VLAN (the header
 * alone), and changes are refused as the kernel refuses them.
 * Left to the VLAN filtering work (it prints the kernel's AF_SPEC VLAN lists).
 * @iproute2 bridge/vlan.c
 */
import { matches, type IpCtx } from '../ip/utils.js';

/** do_vlan() */
export function doVlan(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  if (cmd === undefined || matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst')) {
    if (ctx.opts.json) ctx.out('[]\n');
    else ctx.out('port              vlan-id  \n');
    return 0;
  }
  ctx.err(`Command "${cmd}" is not supported by tuxnet's bridge yet (no VLAN filtering).\n`);
  return 255;
}
