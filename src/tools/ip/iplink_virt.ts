/**
 * `ip link add link DEV name NAME type virt`: tuxnet's L3 virtual
 * interface (src/drivers/net/virt.ts). A stock iproute2 has no link_util
 * for it; tuxnet's `ip` knows the kind, which takes no options.
 */
import { IpExit, type IpCtx } from './utils.js';

/** Any word after `type virt` is refused as a link_util refuses an unknown option. */
export function virtParseOpt(ctx: IpCtx, argv: string[]): null {
  const a = argv[0];
  if (a === undefined) return null;
  ctx.err(a === 'help' ? 'Usage: ... virt\n' : `virt: unknown option "${a}"?\nUsage: ... virt\n`);
  throw new IpExit(1, false);
}

