/**
 * `ip link xstats type bridge|bridge_slave`: the bridge's extended
 * statistics from an RTM_GETSTATS dump (IFLA_STATS_LINK_XSTATS, or
 * ..._SLAVE for ports): multicast snooping counters and a port's STP ones.
 *
 * @iproute2 ip/iplink_xstats.c iplink_ifla_xstats()
 *           ip/iplink_bridge.c bridge_parse_xstats() bridge_print_xstats() bridge_print_stats_attr()
 *           bridge_print_stats_mcast() bridge_print_stats_stp()
 */
import { IFLA_STATS_LINK_XSTATS, IFLA_STATS_LINK_XSTATS_SLAVE, type IfStatsMsg } from '../../uapi/linux/if_link.js';
import type { BridgeXstats, BrMcastStats } from '../../uapi/linux/if_bridge.js';
import { RTM_GETSTATS } from '../../uapi/linux/rtnetlink.js';
import { PRINT_ANY, PRINT_FP, type Printer } from './json_print.js';
import { IpExit, fail, invarg, rtnlDump, type IpCtx } from './utils.js';

const BRIDGE_XSTATS_MCAST = 2;
const BRIDGE_XSTATS_STP = 4;

/** The pairs of one "RX: ... / TX: ..." block of bridge_print_stats_mcast(). */
function rxTx(pr: Printer, key: string, title: string, pairs: [string, [number, number]][]): void {
  pr.openJsonObject(key);
  pr.string(PRINT_FP, null, `%-16s    ${title}:\n`, '');
  for (const dir of [0, 1] as const) {
    pr.string(PRINT_FP, null, '%-16s      ', '');
    pairs.forEach(([v, c], i) => {
      const last = i === pairs.length - 1;
      const fmt = `${i === 0 ? (dir ? 'TX: ' : 'RX: ') : ''}${v} %llu${last ? '\n' : ' '}`;
      pr.number(PRINT_ANY, `${dir ? 'tx' : 'rx'}_${v}`, fmt, c[dir]);
    });
  }
  pr.closeJsonObject();
}

function leaves(pr: Printer, key: string, title: string, c: [number, number]): void {
  pr.openJsonObject(key);
  pr.string(PRINT_FP, null, `%-16s    ${title}: `, '');
  pr.number(PRINT_ANY, 'rx', 'RX: %llu ', c[0]);
  pr.number(PRINT_ANY, 'tx', 'TX: %llu\n', c[1]);
  pr.closeJsonObject();
}

/** bridge_print_stats_mcast() */
function printMcast(pr: Printer, m: BrMcastStats): void {
  pr.openJsonObject('multicast');
  rxTx(pr, 'igmp_queries', 'IGMP queries', [['v1', m.igmpV1queries], ['v2', m.igmpV2queries], ['v3', m.igmpV3queries]]);
  rxTx(pr, 'igmp_reports', 'IGMP reports', [['v1', m.igmpV1reports], ['v2', m.igmpV2reports], ['v3', m.igmpV3reports]]);
  leaves(pr, 'igmp_leaves', 'IGMP leaves', m.igmpLeaves);
  pr.string(PRINT_FP, null, '%-16s    IGMP parse errors: ', '');
  pr.number(PRINT_ANY, 'igmp_parse_errors', '%llu\n', m.igmpParseErrors);
  rxTx(pr, 'mld_queries', 'MLD queries', [['v1', m.mldV1queries], ['v2', m.mldV2queries]]);
  rxTx(pr, 'mld_reports', 'MLD reports', [['v1', m.mldV1reports], ['v2', m.mldV2reports]]);
  leaves(pr, 'mld_leaves', 'MLD leaves', m.mldLeaves);
  pr.string(PRINT_FP, null, '%-16s    MLD parse errors: ', '');
  pr.number(PRINT_ANY, 'mld_parse_errors', '%llu\n', m.mldParseErrors);
  pr.closeJsonObject();
}

/** bridge_print_stats_stp() */
function printStp(pr: Printer, s: NonNullable<BridgeXstats['stp']>): void {
  pr.openJsonObject('stp');
  pr.string(PRINT_FP, null, '%-16s    STP BPDU:  ', '');
  pr.number(PRINT_ANY, 'rx_bpdu', 'RX: %llu ', s.rxBpdu);
  pr.number(PRINT_ANY, 'tx_bpdu', 'TX: %llu\n', s.txBpdu);
  pr.string(PRINT_FP, null, '%-16s    STP TCN:   ', '');
  pr.number(PRINT_ANY, 'rx_tcn', 'RX: %llu ', s.rxTcn);
  pr.number(PRINT_ANY, 'tx_tcn', 'TX: %llu\n', s.txTcn);
  pr.string(PRINT_FP, null, '%-16s    STP Transitions: ', '');
  pr.number(PRINT_ANY, 'transition_blk', 'Blocked: %llu ', s.transitionBlk);
  pr.number(PRINT_ANY, 'transition_fwd', 'Forwarding: %llu\n', s.transitionFwd);
  pr.closeJsonObject();
}

/** bridge_print_stats_attr(): the device's name, then the nested attributes the filter keeps. */
function printAttr(ctx: IpCtx, pr: Printer, x: BridgeXstats, ifindex: number, only: number): void {
  pr.openJsonObject(null);
  pr.string(PRINT_ANY, 'ifname', '%-16s\n', ctx.ll.indexToName(ifindex) ?? '');
  if (!only || only === BRIDGE_XSTATS_MCAST) printMcast(pr, x.mcast);
  if (x.stp && (!only || only === BRIDGE_XSTATS_STP)) printStp(pr, x.stp);
  pr.closeJsonObject();
}

/** iplink_ifla_xstats() with bridge_parse_xstats() / bridge_print_xstats(), `kind` bridge or bridge_slave. */
export function bridgeXstats(ctx: IpCtx, kind: string, argv: string[]): number {
  let only = 0;
  let filterIndex = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === 'igmp' || a === 'mcast') only = BRIDGE_XSTATS_MCAST;
    else if (a === 'stp') only = BRIDGE_XSTATS_STP;
    else if (a === 'dev') {
      const v = argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
      filterIndex = ctx.ll.nameToIndex(v);
      if (!filterIndex) {
        ctx.err(`Cannot find device "${v}"\n`);
        throw new IpExit(1, false);
      }
    } else if (a === 'help') {
      ctx.out(`Usage: ... ${kind} [ igmp ] [ dev DEVICE ]\n`);
      return 0;
    } else invarg(ctx, 'unknown attribute', a);
  }
  const slave = kind.includes('_slave');
  const attr = slave ? IFLA_STATS_LINK_XSTATS_SLAVE : IFLA_STATS_LINK_XSTATS;
  const msgs = rtnlDump(ctx, RTM_GETSTATS, { family: 0, ifindex: 0, filterMask: 1 << (attr - 1) } satisfies IfStatsMsg);
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  for (const msg of msgs) {
    const m = msg.body as IfStatsMsg;
    if (filterIndex && filterIndex !== m.ifindex) continue;
    if (m.linkXstats) printAttr(ctx, pr, m.linkXstats as BridgeXstats, m.ifindex, only);
    if (m.linkXstatsSlave) printAttr(ctx, pr, m.linkXstatsSlave as BridgeXstats, m.ifindex, only);
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}
