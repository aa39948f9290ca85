/**
 * `bridge vni`: the VNI filter of a vxlan (PF_BRIDGE RTM_NEWTUNNEL,
 * RTM_DELTUNNEL, and the RTM_GETTUNNEL dump), as iproute2 6.1 parses and
 * prints it.
 * @iproute2 bridge/vni.c
 */
import { IpExit, invarg, nlAckReport, type IpCtx } from '../ip/utils.js';
import { getAddr } from '../ip/inet_prefix.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON } from '../ip/json_print.js';
import { ipToString } from '../../wire/ipv4.js';
import { atoi } from '../lib/stdlib.js';
import { NLM_F_ACK, NLM_F_DUMP, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_DELTUNNEL, RTM_GETTUNNEL, RTM_NEWTUNNEL } from '../../uapi/linux/rtnetlink.js';
import { TUNNEL_MSG_FLAG_STATS, type TunnelMsg, type VniFilterEntry } from '../../uapi/linux/if_bridge.js';

const PF_BRIDGE = 7;
const AF_INET = 2;
const IFNAMSIZ = 16;
const VXLAN_ID_LEN = 15;

const USAGE =
  'Usage: bridge vni { add | del } vni VNI\n' +
  '\t\t[ { group | remote } IP_ADDRESS ]\n' +
  '\t\t[ dev DEV ]\n' +
  '       bridge vni { show }\n' +
  '\n' +
  'Where:\tVNI\t:= 0-16777215\n';

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

function incomplete(ctx: IpCtx): never {
  ctx.err('Command line is not complete. Try option "help"\n');
  throw new IpExit(255);
}

/** parse_vni_filter(): comma-separated VNIs or ranges, each through atoi(). */
function parseVniFilter(arg: string, group: number | undefined): VniFilterEntry[] {
  const out: VniFilterEntry[] = [];
  for (const vni of arg.split(',').filter((x) => x !== '')) {
    const dash = vni.indexOf('-');
    const e: VniFilterEntry = { start: atoi(dash >= 0 ? vni.slice(0, dash) : vni) >>> 0 };
    if (dash >= 0) {
      const end = atoi(vni.slice(dash + 1)) >>> 0;
      if (end) e.end = end;
    }
    if (group !== undefined) e.group = group;
    out.push(e);
  }
  return out;
}

/** vni_modify(): `bridge vni add|delete dev DEV vni VNI[,VNI-VNI] [group|remote ADDR]`. */
function vniModify(ctx: IpCtx, cmd: number, argv: string[]): number {
  let d: string | null = null;
  let vni: string | null = null;
  let group: number | undefined;
  let groupPresent = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => (++i < argv.length ? argv[i]! : incomplete(ctx));
    if (a === 'dev') d = next();
    else if (a === 'vni') {
      const v = next();
      if (vni !== null) invarg(ctx, 'duplicate vni', v);
      vni = v;
    } else if (a === 'group' || a === 'remote') {
      if (groupPresent) invarg(ctx, 'duplicate group', a);
      const v = next();
      const p = getAddr(ctx, v, 0);
      const multi = p.family === AF_INET ? (p.addr >>> 28) === 0xe : p.addr6?.[0] === 0xff;
      if (a === 'group' && !multi) invarg(ctx, 'invalid group address', v);
      if (p.family === AF_INET) group = p.addr;
      groupPresent = true;
    } else if (a === 'help') usage(ctx);
  }
  if (d === null || vni === null) {
    ctx.err('Device and VNI ID are required arguments.\n');
    return 255;
  }
  const entries = parseVniFilter(vni, groupPresent ? group : undefined);
  const ifindex = ctx.ll.nameToIndex(d);
  if (!ifindex) {
    ctx.err(`Cannot find vxlan device "${d}"\n`);
    return 255;
  }
  const r = ctx.nl.request(cmd, NLM_F_REQUEST | NLM_F_ACK, { family: PF_BRIDGE, flags: 0, ifindex, entries } satisfies TunnelMsg);
  if (r.ack.error === null) return 0;
  nlAckReport(ctx, r.ack);
  return 255;
}

/** vni_show(): the RTM_GETTUNNEL dump of one vxlan or all, after the header. */
function vniShow(ctx: IpCtx, argv: string[]): number {
  let filterDev: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === 'dev') {
      if (++i >= argv.length) incomplete(ctx);
      if (filterDev !== null) {
        ctx.err(`Error: duplicate "dev": "${argv[i]!}" is the second value.\n`);
        throw new IpExit(255);
      }
      filterDev = argv[i]!;
    }
  }
  let filterIndex = 0;
  if (filterDev !== null) {
    filterIndex = ctx.ll.nameToIndex(filterDev);
    if (!filterIndex) {
      ctx.err(`Cannot find device "${filterDev}"\n`);
      return 255;
    }
  }
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  if (!ctx.opts.json) pr.text(`${'dev'.padEnd(IFNAMSIZ)}  ${'vni'.padEnd(VXLAN_ID_LEN)}  ${'group/remote'.padEnd(15)}\n`);
  const flags = ctx.opts.stats ? TUNNEL_MSG_FLAG_STATS : 0;
  const r = ctx.nl.request(RTM_GETTUNNEL, NLM_F_REQUEST | NLM_F_DUMP, { family: PF_BRIDGE, flags, ifindex: filterIndex } satisfies TunnelMsg);
  if (r.ack.error !== null) {
    // stdout is written at exit, after the error on stderr
    nlAckReport(ctx, r.ack);
    ctx.err('Dump ternminated\n');
    ctx.out(pr.take());
    return 1;
  }
  for (const m of r.msgs) {
    const t = m.body as TunnelMsg;
    if (t.family !== PF_BRIDGE || (filterIndex && filterIndex !== t.ifindex)) continue;
    // print_vnifilter_rtm(): the device's name, then one line per entry
    let first = true;
    for (const e of t.entries ?? []) {
      if (first) {
        pr.openJsonObject(null);
        pr.string(PRINT_ANY, 'ifname', `%-${IFNAMSIZ}s  `, ctx.ll.indexToName(t.ifindex));
        pr.openJsonArray(PRINT_JSON, 'vnis');
        pr.openJsonObject(null);
        first = false;
      } else {
        pr.openJsonObject(null);
        pr.string(PRINT_FP, null, `%-${IFNAMSIZ}s  `, '');
      }
      if (e.end) {
        pr.number(PRINT_ANY, 'vni', ' %u', e.start);
        if (e.start !== e.end) pr.number(PRINT_ANY, 'vniEnd', '-%-14u ', e.end);
      } else pr.number(PRINT_ANY, 'vni', ' %-14u', e.start);
      if (e.group) pr.string(PRINT_ANY, (e.group >>> 28) === 0xe ? 'group' : 'remote', ' %s', ipToString(e.group));
      pr.closeJsonObject();
      pr.string(PRINT_FP, null, '%s', '\n');
    }
    pr.closeJsonArray(PRINT_JSON, null);
    pr.closeJsonObject();
    pr.string(PRINT_FP, null, '%s', '\n');
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** do_vni() */
export function doVni(ctx: IpCtx, argv: string[]): number {
  ctx.ll.initMap();
  const [cmd, ...rest] = argv;
  if (cmd === undefined) return vniShow(ctx, []);
  if (cmd === 'add') return vniModify(ctx, RTM_NEWTUNNEL, rest);
  if (cmd === 'delete') return vniModify(ctx, RTM_DELTUNNEL, rest);
  if (cmd === 'show' || cmd === 'lst' || cmd === 'list') return vniShow(ctx, rest);
  if (cmd === 'help') usage(ctx);
  ctx.err(`Command "${cmd}" is unknown, try "bridge vni help".\n`);
  throw new IpExit(255);
}
