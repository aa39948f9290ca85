/**
 * `bridge link show|set`: the ports of the bridges (AF_BRIDGE RTM_GETLINK
 * dump) and their IFLA_PROTINFO (RTM_SETLINK).
 * @iproute2 bridge/link.c
 */
import { BRIDGE_FLAGS_MASTER, BRIDGE_FLAGS_SELF, BRIDGE_MODE_VEB, BRIDGE_MODE_VEPA, type IfInfoMsg } from '../../uapi/linux/if_link.js';
import { AF_BRIDGE, type IflaBrportInfo } from '../../uapi/linux/if_bridge.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELLINK, RTM_GETLINK, RTM_SETLINK } from '../../uapi/linux/rtnetlink.js';
import { PRINT_ANY, PRINT_FP, printOnOff, type Printer } from '../ip/json_print.js';
import { printLinkFlags, printNameAndLink } from '../ip/print_link.js';
import { duparg, fail, matches, nodev, rtnlDump, rtnlTalk, type IpCtx } from '../ip/utils.js';
import { atoi, strtol10 } from '../lib/stdlib.js';

const PORT_STATES = ['disabled', 'listening', 'learning', 'forwarding', 'blocking'];

const USAGE =
  'Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]\n' +
  '                               [ guard {on | off} ]\n                               [ hairpin {on | off} ]\n' +
  '                               [ fastleave {on | off} ]\n                               [ root_block {on | off} ]\n' +
  '                               [ learning {on | off} ]\n                               [ learning_sync {on | off} ]\n' +
  '                               [ flood {on | off} ]\n                               [ mcast_router MULTICAST_ROUTER ]\n' +
  '                               [ mcast_flood {on | off} ]\n                               [ bcast_flood {on | off} ]\n' +
  '                               [ mcast_to_unicast {on | off} ]\n                               [ neigh_suppress {on | off} ]\n' +
  '                               [ vlan_tunnel {on | off} ]\n                               [ isolated {on | off} ]\n' +
  '                               [ locked {on | off} ]\n                               [ hwmode {vepa | veb} ]\n' +
  '                               [ backup_port DEVICE ] [ nobackup_port ]\n                               [ self ] [ master ]\n' +
  '       bridge link show [dev DEV]\n';

/** print_on_off() with the key as its word. */
function onOff(pr: Printer, key: string, v: number | undefined): void {
  printOnOff(pr, key, `${key} %s `, v);
}

/** print_protinfo(): state, priority, cost; the flags with -d. */
function printProtinfo(ctx: IpCtx, pr: Printer, t: IflaBrportInfo): void {
  if (t.state !== undefined) {
    const s = PORT_STATES[t.state];
    if (s) pr.string(PRINT_ANY, 'state', 'state %s ', s);
    else pr.number(PRINT_ANY, 'state', 'state (%d) ', t.state);
  }
  if (t.priority !== undefined) pr.number(PRINT_ANY, 'priority', 'priority %u ', t.priority);
  if (t.cost !== undefined) pr.number(PRINT_ANY, 'cost', 'cost %u ', t.cost);
  if (!ctx.opts.details) return;
  pr.text(`${pr.sl}    `);
  onOff(pr, 'hairpin', t.mode);
  onOff(pr, 'guard', t.guard);
  onOff(pr, 'root_block', t.protect);
  onOff(pr, 'fastleave', t.fastLeave);
  onOff(pr, 'learning', t.learning);
  onOff(pr, 'learning_sync', t.learningSync);
  onOff(pr, 'flood', t.unicastFlood);
  onOff(pr, 'mcast_flood', t.mcastFlood);
  onOff(pr, 'bcast_flood', t.bcastFlood);
  if (t.multicastRouter !== undefined) pr.number(PRINT_ANY, 'mcast_router', 'mcast_router %u ', t.multicastRouter);
  onOff(pr, 'mcast_to_unicast', t.mcastToUcast);
  onOff(pr, 'neigh_suppress', t.neighSuppress);
  onOff(pr, 'vlan_tunnel', t.vlanTunnel);
  if (t.backupPort !== undefined) pr.string(PRINT_ANY, 'backup_port', 'backup_port %s ', ctx.ll.indexToName(t.backupPort));
  onOff(pr, 'isolated', t.isolated);
  onOff(pr, 'locked', t.locked);
}

/** print_linkinfo() of bridge/link.c */
export function brPrintLinkinfo(ctx: IpCtx, pr: Printer, msg: NlMsg<IfInfoMsg>, filterIndex: number): void {
  const m = msg.body;
  if (!(m.family === AF_BRIDGE || m.family === 0)) return;
  if (filterIndex && filterIndex !== m.index) return;
  pr.openJsonObject(null);
  if (msg.type === RTM_DELLINK) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  pr.number(PRINT_ANY, 'ifindex', '%d: ', m.index);
  const mdown = printNameAndLink(ctx, pr, '%s: ', m);
  printLinkFlags(pr, m.flags ?? 0, mdown);
  if (m.mtu !== undefined) pr.number(PRINT_ANY, 'mtu', 'mtu %u ', m.mtu);
  if (m.master !== undefined) pr.string(PRINT_ANY, 'master', 'master %s ', ctx.ll.indexToName(m.master));
  if (m.protinfo !== undefined) printProtinfo(ctx, pr, m.protinfo as IflaBrportInfo);
  pr.string(PRINT_FP, null, '%s', '\n');
  pr.closeJsonObject();
}

/** brlink_show() */
function brlinkShow(ctx: IpCtx, argv: string[]): number {
  let filterDev: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === 'dev') {
      const v = argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
      if (filterDev !== null) duparg(ctx, 'dev', v);
      filterDev = v;
    }
  }
  let filterIndex = 0;
  if (filterDev !== null) {
    filterIndex = ctx.ll.nameToIndex(filterDev);
    if (!filterIndex) nodev(ctx, filterDev);
  }
  const msgs = rtnlDump(ctx, RTM_GETLINK, { family: AF_BRIDGE, index: 0 } satisfies IfInfoMsg) as NlMsg<IfInfoMsg>[];
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  for (const msg of msgs) brPrintLinkinfo(ctx, pr, msg, filterIndex);
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** parse_stp_state(): a state by name. */
export function parseStpState(s: string): number {
  return PORT_STATES.indexOf(s);
}

type OnOffAttr = 'guard' | 'mode' | 'fastLeave' | 'protect' | 'learning' | 'learningSync' | 'unicastFlood' | 'mcastFlood' |
  'bcastFlood' | 'mcastToUcast' | 'neighSuppress' | 'vlanTunnel' | 'isolated' | 'locked';
const ON_OFF: Record<string, OnOffAttr> = {
  guard: 'guard', hairpin: 'mode', fastleave: 'fastLeave', root_block: 'protect', learning: 'learning',
  learning_sync: 'learningSync', flood: 'unicastFlood', mcast_flood: 'mcastFlood', bcast_flood: 'bcastFlood',
  mcast_to_unicast: 'mcastToUcast', neigh_suppress: 'neighSuppress', vlan_tunnel: 'vlanTunnel', isolated: 'isolated',
  locked: 'locked',
};

/** parse_on_off(): on error iproute2 prints and returns the -EINVAL (exit 234). */
function onOffArg(ctx: IpCtx, name: string, v: string): number {
  if (matches(v, 'off')) return 0;
  if (matches(v, 'on')) return 1;
  ctx.err(`Error: argument of "${name}" must be one of "off", "on", not "${v}"\n`);
  return -1;
}

/** brlink_modify(): the options go in IFLA_PROTINFO, master/self in IFLA_AF_SPEC. */
function brlinkModify(ctx: IpCtx, argv: string[]): number {
  let d: string | null = null;
  const t: IflaBrportInfo = {};
  let flags = 0;
  let mode = -1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"', 255);
    const key = ON_OFF[a];
    if (a === 'dev') d = next();
    else if (key) {
      const v = onOffArg(ctx, a, next());
      if (v < 0) return 234;
      t[key] = v;
    } else if (a === 'mcast_router') {
      // an __s8 from atoi(), sent when not negative
      const v = (atoi(next()) << 24) >> 24;
      if (v >= 0) t.multicastRouter = v;
    } else if (a === 'cost') {
      // a __u32 from atoi(): "-1" is 4294967295, sent when not 0
      const c = atoi(next()) >>> 0;
      if (c > 0) t.cost = c;
    } else if (a === 'priority') {
      // an __s16 from atoi(), sent when not negative (32768 wraps to -32768)
      const v = (atoi(next()) << 16) >> 16;
      if (v >= 0) t.priority = v;
    } else if (a === 'state') {
      // strtol(arg, &endptr, 10) when it takes the whole word, else a name; an __s8 sent when not negative
      const v = next();
      let s: number;
      if (/^[ \t\n\v\f\r]*[+-]?\d+$/.test(v)) s = Number(BigInt.asIntN(8, strtol10(v)));
      else {
        s = parseStpState(v);
        if (s === -1) {
          ctx.err('Error: invalid STP port state\n');
          return 255;
        }
      }
      if (s >= 0) t.state = s;
    } else if (a === 'self') flags |= BRIDGE_FLAGS_SELF;
    else if (a === 'master') flags |= BRIDGE_FLAGS_MASTER;
    else if (a === 'backup_port') {
      const v = next();
      const idx = ctx.ll.nameToIndex(v);
      if (!idx) {
        ctx.err(`Error: device ${v} does not exist\n`);
        return 255;
      }
      t.backupPort = idx;
    } else if (a === 'nobackup_port') t.backupPort = 0;
    else if (a === 'hwmode') {
      // "hwmode" is for the device itself: flags become BRIDGE_FLAGS_SELF alone.
      const v = next();
      flags = BRIDGE_FLAGS_SELF;
      if (v === 'vepa') mode = BRIDGE_MODE_VEPA;
      else if (v === 'veb') mode = BRIDGE_MODE_VEB;
      else {
        ctx.err('Mode argument must be "vepa" or "veb".\n');
        return 255;
      }
    }
    else fail(ctx, USAGE.slice(0, -1), 255);
  }
  if (d === null) {
    ctx.err('Device is a required argument.\n');
    return 255;
  }
  const index = ctx.ll.nameToIndex(d);
  if (!index) {
    ctx.err(`Cannot find bridge device "${d}"\n`);
    return 255;
  }
  // IFLA_AF_SPEC: IFLA_BRIDGE_FLAGS says master or self, IFLA_BRIDGE_MODE the hwmode.
  const body: IfInfoMsg = { family: AF_BRIDGE, index, protinfo: t };
  if (mode >= 0 || flags > 0) {
    body.afSpec = {};
    if (flags > 0) body.afSpec.bridgeFlags = flags;
    if (mode >= 0) body.afSpec.bridgeMode = mode;
  }
  rtnlTalk(ctx, RTM_SETLINK, 0, body);
  return 0;
}

/** do_link() */
export function doLink(ctx: IpCtx, argv: string[]): number {
  // do_link(): ll_init_map() first, so the names it resolves come from that dump (no RTM_GETLINK of
  // one device, whose rtnl_getlink() would run the device's pending linkwatch event).
  ctx.ll.initMap();
  const cmd = argv[0];
  if (cmd === undefined) return brlinkShow(ctx, []);
  if (matches(cmd, 'set') || matches(cmd, 'change')) return brlinkModify(ctx, argv.slice(1));
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return brlinkShow(ctx, argv.slice(1));
  if (matches(cmd, 'help')) fail(ctx, USAGE.slice(0, -1), 255);
  ctx.err(`Command "${cmd}" is unknown, try "bridge link help".\n`);
  return 255;
}
