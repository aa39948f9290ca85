/**
 * `ip link set DEV type bridge_slave [options]`: the IFLA_BRPORT_* options
 * iproute2 6.1 parses, and the bridge_slave part of `ip -d link`.
 * @iproute2 ip/iplink_bridge_slave.c bridge_slave_parse_opt() bridge_slave_print_opt()
 */
import type { IflaBrportInfo } from '../../uapi/linux/if_bridge.js';
import { PRINT_ANY, PRINT_FP, printOnOff, type Printer } from './json_print.js';
import { brDumpBridgeId, getUnsigned, print0xhex, printTimer } from './iplink_bridge.js';
import { fail, invarg, matches, type IpCtx } from './utils.js';

export const BRIDGE_SLAVE_EXPLAIN =
  'Usage: ... bridge_slave [ fdb_flush ]\n\t\t\t[ state STATE ]\n\t\t\t[ priority PRIO ]\n\t\t\t[ cost COST ]\n' +
  '\t\t\t[ guard {on | off} ]\n\t\t\t[ hairpin {on | off} ]\n\t\t\t[ fastleave {on | off} ]\n' +
  '\t\t\t[ root_block {on | off} ]\n\t\t\t[ learning {on | off} ]\n\t\t\t[ flood {on | off} ]\n' +
  '\t\t\t[ proxy_arp {on | off} ]\n\t\t\t[ proxy_arp_wifi {on | off} ]\n\t\t\t[ mcast_router MULTICAST_ROUTER ]\n' +
  '\t\t\t[ mcast_fast_leave {on | off} ]\n\t\t\t[ mcast_flood {on | off} ]\n\t\t\t[ bcast_flood {on | off} ]\n' +
  '\t\t\t[ mcast_to_unicast {on | off} ]\n\t\t\t[ group_fwd_mask MASK ]\n\t\t\t[ neigh_suppress {on | off} ]\n' +
  '\t\t\t[ vlan_tunnel {on | off} ]\n\t\t\t[ isolated {on | off} ]\n\t\t\t[ locked {on | off} ]\n' +
  '\t\t\t[ backup_port DEVICE ] [ nobackup_port ]\n';

type OnOffKey = {
  [K in keyof IflaBrportInfo]-?: IflaBrportInfo[K] extends number | undefined ? K : never;
}[keyof IflaBrportInfo];

/** The on/off words in bridge_slave_parse_opt()'s order. */
const ON_OFF: [string, OnOffKey][] = [
  ['hairpin', 'mode'], ['guard', 'guard'], ['root_block', 'protect'], ['fastleave', 'fastLeave'], ['learning', 'learning'],
  ['flood', 'unicastFlood'], ['mcast_flood', 'mcastFlood'], ['bcast_flood', 'bcastFlood'], ['mcast_to_unicast', 'mcastToUcast'],
  ['proxy_arp', 'proxyarp'], ['proxy_arp_wifi', 'proxyarpWifi'],
];
const ON_OFF2: [string, OnOffKey][] = [
  ['mcast_fast_leave', 'fastLeave'], ['neigh_suppress', 'neighSuppress'],
];
const ON_OFF3: [string, OnOffKey][] = [['vlan_tunnel', 'vlanTunnel'], ['isolated', 'isolated'], ['locked', 'locked']];

/** parse_on_off() -> parse_one_of(): "off" or "on" (prefixes too); else exit 1. */
export function parseOnOff(ctx: IpCtx, name: string, v: string, code = 1): number {
  if (matches(v, 'off')) return 0;
  if (matches(v, 'on')) return 1;
  return fail(ctx, `Error: argument of "${name}" must be one of "off", "on", not "${v}"`, code);
}

/** bridge_slave_parse_opt() */
export function bridgeSlaveParseOpt(ctx: IpCtx, argv: string[]): IflaBrportInfo {
  const d: IflaBrportInfo = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
    const num = (word: string, bits: number): number => {
      const v = next();
      const n = getUnsigned(v, bits);
      return n ?? invarg(ctx, word, v);
    };
    const onoff = ON_OFF.find(([w]) => matches(a, w));
    if (matches(a, 'fdb_flush')) d.flush = true;
    else if (matches(a, 'state')) d.state = num('state is invalid', 8);
    else if (matches(a, 'priority')) d.priority = num('priority is invalid', 16);
    else if (matches(a, 'cost')) d.cost = num('cost is invalid', 32);
    else if (onoff) d[onoff[1]] = parseOnOff(ctx, onoff[0], next());
    else if (matches(a, 'mcast_router')) d.multicastRouter = num('invalid mcast_router', 8);
    else if (!parseSlaveRest(ctx, d, a, next)) {
      if (matches(a, 'help')) fail(ctx, BRIDGE_SLAVE_EXPLAIN.slice(0, -1), 1);
      fail(ctx, `bridge_slave: unknown option "${a}"?\n${BRIDGE_SLAVE_EXPLAIN.slice(0, -1)}`, 1);
    }
  }
  return d;
}

function parseSlaveRest(ctx: IpCtx, d: IflaBrportInfo, a: string, next: () => string): boolean {
  const o2 = ON_OFF2.find(([w]) => matches(a, w));
  const o3 = ON_OFF3.find(([w]) => matches(a, w));
  if (o2) d[o2[1]] = parseOnOff(ctx, o2[0], next());
  else if (matches(a, 'group_fwd_mask')) {
    const v = next();
    const n = getUnsigned(v, 16);
    if (n === null) invarg(ctx, 'invalid group_fwd_mask', v);
    d.groupFwdMask = n;
  } else if (o3) d[o3[1]] = parseOnOff(ctx, o3[0], next());
  else if (matches(a, 'backup_port')) {
    const v = next();
    const idx = ctx.ll.nameToIndex(v);
    if (!idx) invarg(ctx, 'Device does not exist\n', v);
    d.backupPort = idx;
  } else if (matches(a, 'nobackup_port')) d.backupPort = 0;
  else return false;
  return true;
}

const PORT_STATES = ['disabled', 'listening', 'learning', 'forwarding', 'blocking'];
const FWD_MASK_NAMES: Record<number, string> = { 0: 'stp', 2: 'lacp', 14: 'lldp' };

/** _bitmask2str() of group_fwd_mask: names or 0xN per bit, comma separated; "0x0" when empty. */
function fwdMaskStr(mask: number): string {
  if (!mask) return '0x0';
  const parts: string[] = [];
  for (let i = 0; i < 16; i++) {
    if (mask & (1 << i)) parts.push(FWD_MASK_NAMES[i] ?? `0x${(1 << i).toString(16)}`);
  }
  return parts.join(',');
}

const onOff = printOnOff;

/** bridge_slave_print_opt() */
export function bridgeSlavePrintOpt(pr: Printer, d: IflaBrportInfo, indexToName: (i: number) => string): void {
  const u = (key: string, fmt: string, v: number | undefined): void => {
    if (v !== undefined) pr.number(PRINT_ANY, key, fmt, v);
  };
  if (d.state !== undefined) {
    const s = PORT_STATES[d.state];
    if (s) pr.string(PRINT_ANY, 'state', 'state %s ', s);
    else pr.number(PRINT_ANY, 'state_index', 'state (%d) ', d.state);
  }
  u('priority', 'priority %d ', d.priority);
  u('cost', 'cost %d ', d.cost);
  onOff(pr, 'hairpin', 'hairpin %s ', d.mode);
  onOff(pr, 'guard', 'guard %s ', d.guard);
  onOff(pr, 'root_block', 'root_block %s ', d.protect);
  onOff(pr, 'fastleave', 'fastleave %s ', d.fastLeave);
  onOff(pr, 'learning', 'learning %s ', d.learning);
  onOff(pr, 'flood', 'flood %s ', d.unicastFlood);
  if (d.id !== undefined) print0xhex(pr, 'id', 'port_id %s ', d.id);
  if (d.no !== undefined) print0xhex(pr, 'no', 'port_no %s ', d.no);
  u('designated_port', 'designated_port %u ', d.designatedPort);
  u('designated_cost', 'designated_cost %u ', d.designatedCost);
  if (d.bridgeId) pr.string(PRINT_ANY, 'bridge_id', 'designated_bridge %s ', brDumpBridgeId(d.bridgeId));
  if (d.rootId) pr.string(PRINT_ANY, 'root_id', 'designated_root %s ', brDumpBridgeId(d.rootId));
  if (d.holdTimer !== undefined) printTimer(pr, 'hold_timer', d.holdTimer);
  if (d.messageAgeTimer !== undefined) printTimer(pr, 'message_age_timer', d.messageAgeTimer);
  if (d.forwardDelayTimer !== undefined) printTimer(pr, 'forward_delay_timer', d.forwardDelayTimer);
  u('topology_change_ack', 'topology_change_ack %u ', d.topologyChangeAck);
  u('config_pending', 'config_pending %u ', d.configPending);
  onOff(pr, 'proxy_arp', 'proxy_arp %s ', d.proxyarp);
  onOff(pr, 'proxy_arp_wifi', 'proxy_arp_wifi %s ', d.proxyarpWifi);
  u('multicast_router', 'mcast_router %u ', d.multicastRouter);
  // "not printing any json here because we already printed fast_leave before"
  if (d.fastLeave !== undefined) pr.string(PRINT_FP, null, 'mcast_fast_leave %s ', d.fastLeave ? 'on' : 'off');
  onOff(pr, 'mcast_flood', 'mcast_flood %s ', d.mcastFlood);
  onOff(pr, 'bcast_flood', 'bcast_flood %s ', d.bcastFlood);
  onOff(pr, 'mcast_to_unicast', 'mcast_to_unicast %s ', d.mcastToUcast);
  onOff(pr, 'neigh_suppress', 'neigh_suppress %s ', d.neighSuppress);
  if (d.groupFwdMask !== undefined) {
    print0xhex(pr, 'group_fwd_mask', 'group_fwd_mask %s ', d.groupFwdMask);
    pr.string(PRINT_ANY, 'group_fwd_mask_str', 'group_fwd_mask_str %s ', fwdMaskStr(d.groupFwdMask));
  }
  onOff(pr, 'vlan_tunnel', 'vlan_tunnel %s ', d.vlanTunnel);
  onOff(pr, 'isolated', 'isolated %s ', d.isolated);
  onOff(pr, 'locked', 'locked %s ', d.locked);
  if (d.backupPort !== undefined) pr.string(PRINT_ANY, 'backup_port', 'backup_port %s ', indexToName(d.backupPort));
}
