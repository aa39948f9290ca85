/**
 * `ip link`: add (veth), set, delete, show.
 * @iproute2 ip/iplink.c; kernel side @linux net/core/rtnetlink.c rtnl_newlink(), do_setlink()
 */
import type { Net } from '../../net/core/net_namespace.js';
import type { NetDevice } from '../../net/core/netdevice.js';
import { IFF_NOARP, IFF_UP } from '../../net/core/netdevice.js';
import {
  devChangeFlags, devChangeTxQueueLen, devChangeName, devChangeNetNamespace, devSetMacAddress, devSetMtu,
} from '../../net/core/dev.js';
import { KError } from '../../net/core/errno.js';
import { vethNewlink, type VethEnd } from '../../drivers/net/veth.js';
import { PRINT_FP } from './json_print.js';
import { printLinkinfo } from './print_link.js';
import { AF_PACKET, checkAltifname, checkIfname, duparg, duparg2, fail, invarg, matches, nodev, parseInteger, parseUnsigned, rtnl, type IpCtx } from './utils.js';
import { netnsByName } from './ipnetns.js';

/** What iplink_parse() collected. */
interface LinkReq {
  dev: string | null;
  name: string | null;
  address: Uint8Array | null;
  broadcast: Uint8Array | null;
  mtu: number | null;
  txqlen: number | null;
  up: boolean | null;
  arp: boolean | null;
  netns: Net | null;
  group: number | null;
  type: string | null;
  rest: string[];
}

/** ll_addr_a2n(): "aa:bb:..." with 1-2 hex digits per byte. */
function parseLladdr(ctx: IpCtx, arg: string): Uint8Array {
  const parts = arg.split(/[:.]/);
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^[0-9a-fA-F]{1,2}$/.test(part)) fail(ctx, `"${part}" is invalid lladdr.`, 1);
    bytes.push(parseInt(part, 16));
  }
  return Uint8Array.from(bytes);
}

function checkAddrLen(ctx: IpCtx, addr: Uint8Array): void {
  if (addr.length !== 6) fail(ctx, `Invalid address length ${addr.length} - must be 6 bytes`, 1);
}

/** iplink_parse(): the attributes shared by add and set. */
function iplinkParse(ctx: IpCtx, argv: string[]): LinkReq {
  const r: LinkReq = { dev: null, name: null, address: null, broadcast: null, mtu: null, txqlen: null, up: null, arp: null, netns: null, group: null, type: null, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
    if (a === 'up') r.up = true;
    else if (a === 'down') r.up = false;
    else if (a === 'name') {
      const v = next();
      if (r.name !== null) duparg(ctx, 'name', v);
      if (!checkIfname(v)) invarg(ctx, '"name" not a valid ifname', v);
      r.name = v;
    } else if (matches(a, 'address')) {
      const v = next();
      r.address = parseLladdr(ctx, v);
      checkAddrLen(ctx, r.address);
    } else if (matches(a, 'broadcast') || a === 'brd') {
      const v = next();
      r.broadcast = parseLladdr(ctx, v);
      checkAddrLen(ctx, r.broadcast);
    } else if (a === 'mtu') {
      const v = next();
      if (r.mtu !== null) duparg(ctx, 'mtu', v);
      const m = parseInteger(v);
      if (m === null) invarg(ctx, 'Invalid "mtu" value\n', v);
      r.mtu = m;
    } else if (matches(a, 'txqueuelen') || a === 'qlen' || matches(a, 'txqlen')) {
      const v = next();
      const q = parseUnsigned(v);
      if (q === null) invarg(ctx, 'Invalid "txqueuelen" value\n', v);
      r.txqlen = q;
    } else if (a === 'arp') {
      const v = next();
      if (v !== 'on' && v !== 'off') invarg(ctx, 'Invalid "arp" value\n', v);
      r.arp = v === 'on';
    } else if (a === 'netns') {
      const v = next();
      const net = netnsByName(ctx.p, v);
      if (!net) invarg(ctx, 'Invalid "netns" value\n', v);
      r.netns = net;
    } else if (a === 'group') {
      const v = next();
      const g = v === 'default' ? 0 : parseUnsigned(v);
      if (g === null) invarg(ctx, 'Invalid "group" value\n', v);
      r.group = g;
    } else if (a === 'type') {
      r.type = next();
      r.rest = argv.slice(i + 1);
      break;
    } else {
      const v = a === 'dev' ? next() : a;
      if (r.dev !== null) duparg2(ctx, 'dev', v);
      if (!checkAltifname(v)) invarg(ctx, '"dev" not a valid ifname', v);
      r.dev = v;
    }
  }
  return r;
}

/** `ip link add NAME [attrs] type veth [peer [name P] [attrs]]` */
function iplinkAdd(ctx: IpCtx, argv: string[]): number {
  const r = iplinkParse(ctx, argv);
  const name = r.name ?? r.dev;
  if (r.type === null) {
    ctx.err('Not enough information: "type" argument is required\n');
    return 255;
  }
  if (r.type !== 'veth') {
    ctx.err(`Error: Unknown device type.\n`);
    return 2;
  }
  let peer: LinkReq | null = null;
  if (r.rest.length > 0) {
    if (r.rest[0] !== 'peer') fail(ctx, `Garbage instead of arguments "${r.rest.join(' ')} ...". Try "ip link help".`, 255);
    peer = iplinkParse(ctx, r.rest.slice(1));
  }
  const aNet = r.netns ?? ctx.net;
  const bNet = peer?.netns ?? ctx.net;
  return rtnl(ctx, () => {
    const a = endOf(aNet, name ?? '', r);
    const b = endOf(bNet, peer?.name ?? peer?.dev ?? '', peer);
    vethCreate(a, b, r, peer);
    return 0;
  });
}

function endOf(net: Net, name: string, r: LinkReq | null): VethEnd {
  const end: VethEnd = { net, name };
  if (r?.address) end.address = r.address;
  if (r?.mtu !== null && r?.mtu !== undefined) end.mtu = r.mtu;
  if (r?.txqlen !== null && r?.txqlen !== undefined) end.txQueueLen = r.txqlen;
  return end;
}

/** rtnl_newlink() for veth: names default to vethN; attributes apply after registration. */
function vethCreate(a: VethEnd, b: VethEnd, ra: LinkReq, rb: LinkReq | null): void {
  if (!a.name) a.name = freeName(a.net, 'veth%d');
  if (!b.name) b.name = freeName(b.net, 'veth%d', a.net === b.net ? a.name : undefined);
  if (b.mtu === undefined && a.mtu !== undefined) b.mtu = a.mtu;
  const [dev, peer] = vethNewlink(a, b);
  applyFlags(dev, ra);
  if (rb) applyFlags(peer, rb);
}

function applyFlags(dev: NetDevice, r: LinkReq): void {
  if (r.arp !== null) devChangeFlags(dev, r.arp ? dev.flags & ~IFF_NOARP : dev.flags | IFF_NOARP);
  if (r.up) devChangeFlags(dev, dev.flags | IFF_UP);
}

/** dev_alloc_name(): the lowest free vethN. */
function freeName(net: Net, pattern: string, taken?: string): string {
  for (let i = 0; ; i++) {
    const n = pattern.replace('%d', String(i));
    if (!net.devByName(n) && n !== taken) return n;
  }
}

/** The device a set/delete request names: `dev` is required and must exist. */
function reqDevice(ctx: IpCtx, r: LinkReq): NetDevice {
  if (r.dev === null) fail(ctx, 'Not enough information: "dev" argument is required.', 255);
  return ctx.net.devByName(r.dev) ?? nodev(ctx, r.dev);
}

/** do_setlink(): netns first, then name, mtu, address, flags — the kernel's order. */
function iplinkSet(ctx: IpCtx, argv: string[]): number {
  const r = iplinkParse(ctx, argv);
  const dev = reqDevice(ctx, r);
  return rtnl(ctx, () => {
    if (r.netns) devChangeNetNamespace(dev, r.netns);
    if (r.name !== null) devChangeName(dev, r.name);
    if (r.mtu !== null) devSetMtu(dev, r.mtu);
    if (r.txqlen !== null) devChangeTxQueueLen(dev, r.txqlen);
    if (r.group !== null) dev.group = r.group;
    if (r.address) devSetMacAddress(dev, r.address);
    if (r.broadcast) dev.broadcast.set(r.broadcast);
    let flags = dev.flags;
    if (r.arp !== null) flags = r.arp ? flags & ~IFF_NOARP : flags | IFF_NOARP;
    if (r.up !== null) flags = r.up ? flags | IFF_UP : flags & ~IFF_UP;
    devChangeFlags(dev, flags);
    return 0;
  });
}

/** `ip link delete DEV`: rtnl_dellink(); devices without dellink (lo) refuse. */
function iplinkDel(ctx: IpCtx, argv: string[]): number {
  const dev = reqDevice(ctx, iplinkParse(ctx, argv));
  return rtnl(ctx, () => {
    if (!dev.ops.dellink) throw new KError('EOPNOTSUPP');
    dev.ops.dellink(dev);
    return 0;
  });
}

/** ipaddr_list_link(): `ip link show [dev] [up]`. */
function iplinkShow(ctx: IpCtx, argv: string[]): number {
  let devName: string | null = null;
  let up = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === 'up') up = true;
    else {
      const v = a === 'dev' ? argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"') : a;
      if (devName !== null) duparg2(ctx, 'dev', v);
      devName = v;
    }
  }
  const devs: NetDevice[] = [];
  if (devName !== null) {
    const d = ctx.net.devByName(devName);
    if (!d) {
      ctx.err(`Device "${devName}" does not exist.\n`);
      return 1;
    }
    devs.push(d);
  } else devs.push(...ctx.net.devicesSorted());
  // ipaddr_list_link(): `ip link` lists with preferred_family = AF_PACKET.
  ctx.opts.family = AF_PACKET;
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  for (const dev of devs) {
    if (up && !(dev.flags & IFF_UP)) continue;
    pr.openJsonObject();
    printLinkinfo(ctx, pr, dev, { showQueue: true, doLink: true });
    if (!ctx.opts.brief) pr.string(PRINT_FP, null, '%s', '\n');
    pr.closeJsonObject();
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

export function doIplink(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  const rest = argv.slice(1);
  if (cmd === undefined) return iplinkShow(ctx, []);
  if (matches(cmd, 'add')) return iplinkAdd(ctx, rest);
  if (matches(cmd, 'set') || matches(cmd, 'change')) return iplinkSet(ctx, rest);
  if (matches(cmd, 'delete')) return iplinkDel(ctx, rest);
  if (matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst')) return iplinkShow(ctx, rest);
  ctx.err(`Command "${cmd}" is unknown, try "ip link help".\n`);
  return 255;
}

