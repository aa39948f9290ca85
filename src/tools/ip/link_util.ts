/**
 * get_link_kind(): the link kinds `ip link` knows options of — how to parse
 * `type KIND ...` into IFLA_INFO_DATA (or IFLA_INFO_SLAVE_DATA for a
 * `KIND_slave`), and how `ip -d link` prints that data back.
 * @iproute2 ip/iplink.c get_link_kind(), struct link_util
 */
import type { IflaBrInfo, IflaBrportInfo } from '../../uapi/linux/if_bridge.js';
import type { Printer } from './json_print.js';
import { BRIDGE_EXPLAIN, bridgeParseOpt, bridgePrintOpt } from './iplink_bridge.js';
import { BRIDGE_SLAVE_EXPLAIN, bridgeSlaveParseOpt, bridgeSlavePrintOpt } from './iplink_bridge_slave.js';
import { explainText as macvlanExplain, macvlanParseOpt, macvlanPrintOpt } from './iplink_macvlan.js';
import { virtParseOpt } from './iplink_virt.js';
import { VXLAN_EXPLAIN, vxlanParseOpt, vxlanPrintOpt } from './iplink_vxlan.js';
import { tunPrintOpt } from './iptuntap.js';
import type { IpCtx } from './utils.js';

export interface LinkUtil {
  /** `setOp`: RTM_NEWLINK without NLM_F_CREATE (`ip link set DEV type KIND ...`). */
  parseOpt?(ctx: IpCtx, argv: string[], setOp: boolean): unknown;
  printOpt?(ctx: IpCtx, pr: Printer, data: unknown): void;
  /** print_help(): what `ip link help KIND` prints. */
  readonly help?: string;
}

const LINK_UTILS: Record<string, LinkUtil> = {
  bridge: {
    parseOpt: bridgeParseOpt,
    printOpt: (_ctx, pr, d) => bridgePrintOpt(pr, d as IflaBrInfo),
    help: BRIDGE_EXPLAIN,
  },
  bridge_slave: {
    parseOpt: bridgeSlaveParseOpt,
    printOpt: (ctx, pr, d) => bridgeSlavePrintOpt(pr, d as IflaBrportInfo, (i) => ctx.ll.indexToName(i)),
    help: BRIDGE_SLAVE_EXPLAIN,
  },
  macvlan: {
    parseOpt: (ctx, argv) => macvlanParseOpt(ctx, argv, 'macvlan'),
    printOpt: (_ctx, pr, d) => macvlanPrintOpt(pr, d),
    help: macvlanExplain('macvlan'),
  },
  macvtap: {
    parseOpt: (ctx, argv) => macvlanParseOpt(ctx, argv, 'macvtap'),
    printOpt: (_ctx, pr, d) => macvlanPrintOpt(pr, d),
    help: macvlanExplain('macvtap'),
  },
  vxlan: {
    parseOpt: vxlanParseOpt,
    printOpt: vxlanPrintOpt,
    help: VXLAN_EXPLAIN,
  },
  // tun_link_util: no parse_opt (tun_validate() refuses rtnetlink anyway).
  tun: { printOpt: (_ctx, pr, d) => tunPrintOpt(pr, d) },
  // tuxnet's L3 virtual interface (a stock iproute2 has no link_util for it): no options.
  virt: { parseOpt: virtParseOpt },
};

/** get_link_kind() */
export function getLinkKind(kind: string): LinkUtil | null {
  return LINK_UTILS[kind] ?? null;
}
