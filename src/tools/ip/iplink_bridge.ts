/**
 * `ip link ... type bridge [options]`: the IFLA_BR_* options iproute2 6.1
 * parses, and `ip -d link` of a bridge.
 * @iproute2 ip/iplink_bridge.c bridge_parse_opt() bridge_print_opt()
 */
import type { BrBooloptMulti, IflaBrInfo, IflaBridgeId } from '../../uapi/linux/if_bridge.js';
import { BR_BOOLOPT_MCAST_VLAN_SNOOPING, BR_BOOLOPT_NO_LL_LEARN } from '../../uapi/linux/if_bridge.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { llAddr } from './print_link.js';
import { fail, getU64, invarg, matches, parseUnsigned, type IpCtx } from './utils.js';
import { llProtoA2n } from '../lib/ll_proto.js';
import { llAddrA2nOrExit } from './ll_addr.js';

export const BRIDGE_EXPLAIN =
  'Usage: ... bridge [ fdb_flush ]\n' +
  '\t\t  [ forward_delay FORWARD_DELAY ]\n\t\t  [ hello_time HELLO_TIME ]\n\t\t  [ max_age MAX_AGE ]\n' +
  '\t\t  [ ageing_time AGEING_TIME ]\n\t\t  [ stp_state STP_STATE ]\n\t\t  [ priority PRIORITY ]\n' +
  '\t\t  [ group_fwd_mask MASK ]\n\t\t  [ group_address ADDRESS ]\n\t\t  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]\n' +
  '\t\t  [ vlan_filtering VLAN_FILTERING ]\n\t\t  [ vlan_protocol VLAN_PROTOCOL ]\n\t\t  [ vlan_default_pvid VLAN_DEFAULT_PVID ]\n' +
  '\t\t  [ vlan_stats_enabled VLAN_STATS_ENABLED ]\n\t\t  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]\n' +
  '\t\t  [ mcast_snooping MULTICAST_SNOOPING ]\n\t\t  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]\n' +
  '\t\t  [ mcast_router MULTICAST_ROUTER ]\n\t\t  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]\n' +
  '\t\t  [ mcast_querier MULTICAST_QUERIER ]\n\t\t  [ mcast_hash_elasticity HASH_ELASTICITY ]\n' +
  '\t\t  [ mcast_hash_max HASH_MAX ]\n\t\t  [ mcast_last_member_count LAST_MEMBER_COUNT ]\n' +
  '\t\t  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]\n\t\t  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]\n' +
  '\t\t  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]\n\t\t  [ mcast_querier_interval QUERIER_INTERVAL ]\n' +
  '\t\t  [ mcast_query_interval QUERY_INTERVAL ]\n\t\t  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]\n' +
  '\t\t  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]\n\t\t  [ mcast_stats_enabled MCAST_STATS_ENABLED ]\n' +
  '\t\t  [ mcast_igmp_version IGMP_VERSION ]\n\t\t  [ mcast_mld_version MLD_VERSION ]\n' +
  '\t\t  [ nf_call_iptables NF_CALL_IPTABLES ]\n\t\t  [ nf_call_ip6tables NF_CALL_IP6TABLES ]\n' +
  '\t\t  [ nf_call_arptables NF_CALL_ARPTABLES ]\n\nWhere: VLAN_PROTOCOL := { 802.1Q | 802.1ad }\n';

type NumKey = {
  [K in keyof IflaBrInfo]-?: IflaBrInfo[K] extends number | undefined ? K : never;
}[keyof IflaBrInfo];

/** The numeric options: word, attribute, get_uN width. */
const NUM_OPTS: [string, NumKey, number, boolean][] = [
  ['forward_delay', 'forwardDelay', 32, true], ['hello_time', 'helloTime', 32, true], ['max_age', 'maxAge', 32, true],
  ['ageing_time', 'ageingTime', 32, true], ['stp_state', 'stpState', 32, true], ['priority', 'priority', 16, true],
  ['vlan_filtering', 'vlanFiltering', 8, true], ['group_fwd_mask', 'groupFwdMask', 16, true],
  ['vlan_default_pvid', 'vlanDefaultPvid', 16, true], ['vlan_stats_enabled', 'vlanStatsEnabled', 8, true],
  ['vlan_stats_per_port', 'vlanStatsPerPort', 8, true], ['mcast_router', 'mcastRouter', 8, true],
  ['mcast_snooping', 'mcastSnooping', 8, true], ['mcast_query_use_ifaddr', 'mcastQueryUseIfaddr', 8, true],
  ['mcast_querier', 'mcastQuerier', 8, true], ['mcast_hash_elasticity', 'mcastHashElasticity', 32, true],
  ['mcast_hash_max', 'mcastHashMax', 32, true], ['mcast_last_member_count', 'mcastLastMemberCnt', 32, true],
  ['mcast_startup_query_count', 'mcastStartupQueryCnt', 32, true],
  ['mcast_last_member_interval', 'mcastLastMemberIntvl', 64, true],
  ['mcast_membership_interval', 'mcastMembershipIntvl', 64, true], ['mcast_querier_interval', 'mcastQuerierIntvl', 64, true],
  ['mcast_query_interval', 'mcastQueryIntvl', 64, true], ['mcast_query_response_interval', 'mcastQueryResponseIntvl', 64, true],
  ['mcast_startup_query_interval', 'mcastStartupQueryIntvl', 64, true], ['mcast_stats_enabled', 'mcastStatsEnabled', 8, true],
  ['mcast_igmp_version', 'mcastIgmpVersion', 8, true], ['mcast_mld_version', 'mcastMldVersion', 8, true],
  ['nf_call_iptables', 'nfCallIptables', 8, true], ['nf_call_ip6tables', 'nfCallIp6tables', 8, true],
  ['nf_call_arptables', 'nfCallArptables', 8, true],
];

/** The words in the order bridge_parse_opt() tests them. */
const PARSE_ORDER = [
  'forward_delay', 'hello_time', 'max_age', 'ageing_time', 'stp_state', 'priority', 'vlan_filtering', 'vlan_protocol',
  'group_fwd_mask', 'group_address', 'no_linklocal_learn', 'fdb_flush', 'vlan_default_pvid', 'vlan_stats_enabled',
  'vlan_stats_per_port', 'mcast_router', 'mcast_snooping', 'mcast_vlan_snooping', 'mcast_query_use_ifaddr',
  'mcast_querier', 'mcast_hash_elasticity', 'mcast_hash_max', 'mcast_last_member_count', 'mcast_startup_query_count',
  'mcast_last_member_interval', 'mcast_membership_interval', 'mcast_querier_interval', 'mcast_query_interval',
  'mcast_query_response_interval', 'mcast_startup_query_interval', 'mcast_stats_enabled', 'mcast_igmp_version',
  'mcast_mld_version', 'nf_call_iptables', 'nf_call_ip6tables', 'nf_call_arptables', 'help',
];

/** get_u8/u16/u32/u64 with base 0 (get_u64's strtoull() takes "-N" as 2^64 - N; past 2^53 the value is approximate). */
export function getUnsigned(v: string, bits: number): number | null {
  if (bits === 64) {
    const n = getU64(v);
    return n === null ? null : Number(n);
  }
  return parseUnsigned(v, 2 ** bits - 1);
}

/** One boolopt word (no_linklocal_learn, mcast_vlan_snooping): strcmp, not matches. */
function boolopt(ctx: IpCtx, bm: BrBooloptMulti, word: string, bit: number, v: string): void {
  const n = getUnsigned(v, 8);
  if (n === null) invarg(ctx, `invalid ${word}`, v);
  bm.optmask |= 1 << bit;
  if (n) bm.optval |= 1 << bit;
  else bm.optval &= ~(1 << bit);
}

/** bridge_parse_opt(): unknown words print the usage and fail. */
export function bridgeParseOpt(ctx: IpCtx, argv: string[]): IflaBrInfo {
  const d: IflaBrInfo = {};
  const bm: BrBooloptMulti = { optval: 0, optmask: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
    // the first word of bridge_parse_opt()'s chain the argument is a prefix of (two are strcmp()ed)
    const w = PARSE_ORDER.find((x) => (x === 'no_linklocal_learn' || x === 'mcast_vlan_snooping' ? a === x : matches(a, x)));
    const num = NUM_OPTS.find(([n]) => n === w);
    if (w === 'no_linklocal_learn') boolopt(ctx, bm, a, BR_BOOLOPT_NO_LL_LEARN, next());
    else if (w === 'mcast_vlan_snooping') boolopt(ctx, bm, a, BR_BOOLOPT_MCAST_VLAN_SNOOPING, next());
    else if (w === 'fdb_flush') d.fdbFlush = true;
    else if (w === 'vlan_protocol') {
      // ll_proto_a2n(): any ll protocol name (strcasecmp) or a get_be16() number; the kernel checks the value.
      const v = next();
      const proto = llProtoA2n(v);
      if (proto === null) invarg(ctx, 'invalid vlan_protocol', v);
      d.vlanProtocol = proto;
    } else if (w === 'group_address') d.groupAddr = llAddrA2nOrExit(ctx, next());
    else if (num) {
      const v = next();
      const n = getUnsigned(v, num[2]);
      if (n === null) invarg(ctx, `invalid ${num[0]}`, v);
      d[num[1]] = n;
    } else if (w === 'help') fail(ctx, BRIDGE_EXPLAIN.slice(0, -1), 1);
    // parse_opt() returns -1: ip exits with do_cmd()'s -(-1).
    else fail(ctx, `bridge: unknown command "${a}"?\n${BRIDGE_EXPLAIN.slice(0, -1)}`, 1);
  }
  if (bm.optmask) d.multiBoolopt = bm;
  return d;
}

/** br_dump_bridge_id(): "8000.2:0:0:0:0:5" (ether_ntoa: no leading zeros). */
export function brDumpBridgeId(id: IflaBridgeId): string {
  const h = (b: number): string => b.toString(16).padStart(2, '0');
  return `${h(id.prio[0]!)}${h(id.prio[1]!)}.${[...id.addr].map((b) => b.toString(16)).join(':')}`;
}

/** print_0xhex(): "%#llx" — 0 stays "0". */
export function print0xhex(pr: Printer, key: string, fmt: string, v: number): void {
  const s = v === 0 ? '0' : `0x${v.toString(16)}`;
  pr.string(PRINT_JSON, key, '', s);
  pr.string(PRINT_FP, null, fmt, s);
}

/** _bridge_print_timer(): clock_t as "%4i.%.2i". */
export function printTimer(pr: Printer, key: string, v: number): void {
  const s = Math.floor(v / 100);
  const cs = String(v % 100).padStart(2, '0');
  pr.jsonRaw(key, `${s}.${cs}`);
  pr.text(`${key} ${String(s).padStart(4)}.${cs} `);
}

/** bridge_print_opt() */
export function bridgePrintOpt(pr: Printer, d: IflaBrInfo): void {
  const u = (key: string, fmt: string, v: number | undefined): void => {
    if (v !== undefined) pr.number(PRINT_ANY, key, fmt, v);
  };
  u('forward_delay', 'forward_delay %u ', d.forwardDelay);
  u('hello_time', 'hello_time %u ', d.helloTime);
  u('max_age', 'max_age %u ', d.maxAge);
  u('ageing_time', 'ageing_time %u ', d.ageingTime);
  u('stp_state', 'stp_state %u ', d.stpState);
  u('priority', 'priority %u ', d.priority);
  u('vlan_filtering', 'vlan_filtering %u ', d.vlanFiltering);
  if (d.vlanProtocol !== undefined) pr.string(PRINT_ANY, 'vlan_protocol', 'vlan_protocol %s ', d.vlanProtocol === 0x88a8 ? '802.1ad' : '802.1Q');
  if (d.bridgeId) pr.string(PRINT_ANY, 'bridge_id', 'bridge_id %s ', brDumpBridgeId(d.bridgeId));
  // iproute2 6.1 prints IFLA_BR_BRIDGE_ID under the root's name.
  if (d.rootId && d.bridgeId) pr.string(PRINT_ANY, 'root_id', 'designated_root %s ', brDumpBridgeId(d.bridgeId));
  u('root_port', 'root_port %u ', d.rootPort);
  u('root_path_cost', 'root_path_cost %u ', d.rootPathCost);
  u('topology_change', 'topology_change %u ', d.topologyChange);
  u('topology_change_detected', 'topology_change_detected %u ', d.topologyChangeDetected);
  if (d.helloTimer !== undefined) printTimer(pr, 'hello_timer', d.helloTimer);
  if (d.tcnTimer !== undefined) printTimer(pr, 'tcn_timer', d.tcnTimer);
  if (d.topologyChangeTimer !== undefined) printTimer(pr, 'topology_change_timer', d.topologyChangeTimer);
  if (d.gcTimer !== undefined) printTimer(pr, 'gc_timer', d.gcTimer);
  u('vlan_default_pvid', 'vlan_default_pvid %u ', d.vlanDefaultPvid);
  u('vlan_stats_enabled', 'vlan_stats_enabled %u ', d.vlanStatsEnabled);
  u('vlan_stats_per_port', 'vlan_stats_per_port %u ', d.vlanStatsPerPort);
  if (d.groupFwdMask !== undefined) print0xhex(pr, 'group_fwd_mask', 'group_fwd_mask %s ', d.groupFwdMask);
  if (d.groupAddr) pr.string(PRINT_ANY, 'group_addr', 'group_address %s ', llAddr(d.groupAddr));
  u('mcast_snooping', 'mcast_snooping %u ', d.mcastSnooping);
  if (d.multiBoolopt) {
    const { optval, optmask } = d.multiBoolopt;
    const ll = 1 << BR_BOOLOPT_NO_LL_LEARN;
    const mv = 1 << BR_BOOLOPT_MCAST_VLAN_SNOOPING;
    if (optmask & ll) u('no_linklocal_learn', 'no_linklocal_learn %u ', optval & ll ? 1 : 0);
    if (optmask & mv) u('mcast_vlan_snooping', 'mcast_vlan_snooping %u ', optval & mv ? 1 : 0);
  }
  bridgePrintMcast(pr, d, u);
}

function bridgePrintMcast(pr: Printer, d: IflaBrInfo, u: (key: string, fmt: string, v: number | undefined) => void): void {
  void pr;
  u('mcast_router', 'mcast_router %u ', d.mcastRouter);
  u('mcast_query_use_ifaddr', 'mcast_query_use_ifaddr %u ', d.mcastQueryUseIfaddr);
  u('mcast_querier', 'mcast_querier %u ', d.mcastQuerier);
  u('mcast_hash_elasticity', 'mcast_hash_elasticity %u ', d.mcastHashElasticity);
  u('mcast_hash_max', 'mcast_hash_max %u ', d.mcastHashMax);
  u('mcast_last_member_cnt', 'mcast_last_member_count %u ', d.mcastLastMemberCnt);
  u('mcast_startup_query_cnt', 'mcast_startup_query_count %u ', d.mcastStartupQueryCnt);
  u('mcast_last_member_intvl', 'mcast_last_member_interval %u ', d.mcastLastMemberIntvl);
  u('mcast_membership_intvl', 'mcast_membership_interval %u ', d.mcastMembershipIntvl);
  u('mcast_querier_intvl', 'mcast_querier_interval %u ', d.mcastQuerierIntvl);
  u('mcast_query_intvl', 'mcast_query_interval %u ', d.mcastQueryIntvl);
  u('mcast_query_response_intvl', 'mcast_query_response_interval %u ', d.mcastQueryResponseIntvl);
  u('mcast_startup_query_intvl', 'mcast_startup_query_interval %u ', d.mcastStartupQueryIntvl);
  u('mcast_stats_enabled', 'mcast_stats_enabled %u ', d.mcastStatsEnabled);
  u('mcast_igmp_version', 'mcast_igmp_version %u ', d.mcastIgmpVersion);
  u('mcast_mld_version', 'mcast_mld_version %u ', d.mcastMldVersion);
  u('nf_call_iptables', 'nf_call_iptables %u ', d.nfCallIptables);
  u('nf_call_ip6tables', 'nf_call_ip6tables %u ', d.nfCallIp6tables);
  u('nf_call_arptables', 'nf_call_arptables %u ', d.nfCallArptables);
}
