/**
 * `ip link`: add, set, delete, show. Parses the arguments into an
 * ifinfomsg request, sends it over the invocation's netlink socket and
 * prints the links the kernel answers; the kernel (net/core/rtnl_link.ts and
 * each kind's rtnl_link_ops) owns the semantics.
 * @iproute2 ip/iplink.c iplink_parse(), iplink_modify(), ip/link_veth.c, ip/ipaddress.c ipaddr_list_link()
 */
import { IPLINK_USAGE } from './usage_text.js';
import { IFF_ALLMULTI, IFF_DYNAMIC, IFF_MULTICAST, IFF_NOARP, IFF_NOTRAILERS, IFF_PROMISC, IFF_UP } from '../../uapi/linux/if.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import type { VethInfo } from '../../uapi/linux/veth.js';
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from '../../uapi/linux/netlink.js';
import { RTM_DELLINK, RTM_DELLINKPROP, RTM_NEWLINK, RTM_NEWLINKPROP } from '../../uapi/linux/rtnetlink.js';
import { ipaddrListLink } from './ipaddress.js';
import {
  AF_PACKET, IpExit, checkAltifname, checkIfname, duparg, duparg2, fail, invarg, matches, nodev, parseInteger,
  rtnlTalk,
  type IpCtx, parseUnsigned } from './utils.js';
import { netnsByName, netnsidFromName, setNetnsidFromName } from './ipnetns.js';
import { bridgeXstats } from './iplink_xstats.js';
import { parseOnOff } from './iplink_bridge_slave.js';
import { getLinkKind } from './link_util.js';
import { strtoulFull } from './rt_names.js';
import { llAddrA2nOrExit } from './ll_addr.js';
import { atoi } from '../lib/stdlib.js';

/** GSO_MAX_SEGS, ip's own bound on gso_max_segs (iplink.c). */
const GSO_MAX_SEGS = 65535;
import { OPER_STATES } from './print_link.js';

/** The kinds iproute2 has a link_util for: the TYPE list of its usage. */
const IPROUTE2_KINDS: ReadonlySet<string> = new Set(
  /TYPE := \{([^}]*)\}/.exec(IPLINK_USAGE)![1]!.split('|').map((k) => k.trim()),
);

/** What iplink_parse() collected besides the message's attributes. */
interface LinkParse {
  req: IfInfoMsg;
  dev: string | null;
  name: string | null;
  type: string | null;
  /** `link DEV`: the lower device of a new link (IFLA_LINK). */
  link: string | null;
  /** `index IDX`: the ifindex of a new device, or of a moved one (IFLA_NEW_IFINDEX); 0 when not given. */
  index: number;
  /** `netns` was given (move_netns). */
  moveNetns: boolean;
  rest: string[];
}

/**
 * iplink_parse()'s check once every word is read: an `address` for an
 * existing device (not when creating) must have nl_get_ll_addr_len()'s
 * length; a broadcast address goes to the kernel as given
 * (validate_linkmsg() refuses one shorter than dev->addr_len).
 */
function checkAddrLen(ctx: IpCtx, r: LinkParse, create: boolean): void {
  const dev = r.dev ?? r.name;
  const addr = r.req.address;
  if (dev === null || !addr || create) return;
  const halen = ctx.ll.llAddrLen(dev);
  if (halen >= 0 && halen !== addr.length) fail(ctx, `Invalid address length ${addr.length} - must be ${halen} bytes`, 1);
}

/** IFALIASZ */
const IFALIASZ = 256;

/** The on/off flag words of iplink_parse(): the flag each sets, and whether `on` clears it. */
const ON_OFF_FLAGS: ReadonlyMap<string, readonly [number, boolean]> = new Map([
  ['multicast', [IFF_MULTICAST, false]],
  ['allmulticast', [IFF_ALLMULTI, false]],
  ['promisc', [IFF_PROMISC, false]],
  ['trailers', [IFF_NOTRAILERS, true]],
  ['arp', [IFF_NOARP, true]],
  ['dynamic', [IFF_DYNAMIC, false]],
] as const);

/** The flag words of iplink_parse(): `up`, `down`, and `arp|multicast|promisc|... on|off`. */
function parseFlag(ctx: IpCtx, m: IfInfoMsg, a: string, next: () => string): boolean {
  if (a === 'up' || a === 'down') {
    m.change = (m.change ?? 0) | IFF_UP;
    m.flags = a === 'up' ? (m.flags ?? 0) | IFF_UP : (m.flags ?? 0) & ~IFF_UP;
    return true;
  }
  const f = ON_OFF_FLAGS.get(a);
  if (!f) return false;
  const [flag, inverted] = f;
  const v = next();
  // parse_flag_on_off() / parse_on_off()
  if (v !== 'on' && v !== 'off') fail(ctx, `Error: argument of "${a}" must be "on" or "off", not "${v}"`, 1);
  m.change = (m.change ?? 0) | flag;
  m.flags = (v === 'on') !== inverted ? (m.flags ?? 0) | flag : (m.flags ?? 0) & ~flag;
  return true;
}

/** One attribute word of iplink_parse(); false when `a` is not one. */
function parseAttr(ctx: IpCtx, m: IfInfoMsg, a: string, next: () => string): boolean {
  if (matches(a, 'address')) {
    m.address = llAddrA2nOrExit(ctx, next());
  } else if (matches(a, 'broadcast') || a === 'brd') {
    m.broadcast = llAddrA2nOrExit(ctx, next());
  } else if (a === 'carrier') {
    // addattr8(IFLA_CARRIER, parse_on_off()): iplink_parse() returns parse_on_off()'s -EINVAL, ip exits 22.
    m.carrier = parseOnOff(ctx, 'carrier', next(), 22);
  } else if (a === 'protodown') {
    m.protoDown = parseOnOff(ctx, 'protodown', next(), 22);
  } else if (a === 'protodown_reason') {
    // protodown_reason_a2n(): a number below PROTODOWN_REASON_NUM_BITS (no names in /etc/iproute2/protodown_reasons.d).
    const r = next();
    const id = strtoulFull(r, 31);
    if (id === null) invarg(ctx, 'invalid protodown reason\n', r);
    const v = next();
    const mask = (1 << id) >>> 0;
    let value: number;
    if (matches(v, 'on')) value = mask;
    else if (matches(v, 'off')) value = 0;
    else fail(ctx, `Error: argument of "protodown_reason" must be "on" or "off", not "${v}"`, 1);
    m.protoDownReason = { mask, value };
  } else if (a === 'mtu') {
    const v = next();
    if (m.mtu !== undefined) duparg(ctx, 'mtu', v);
    const mtu = parseInteger(v);
    if (mtu === null) invarg(ctx, 'Invalid "mtu" value\n', v);
    m.mtu = mtu;
  } else if (matches(a, 'txqueuelen') || a === 'qlen' || matches(a, 'txqlen')) {
    // get_integer(): an int, sent as the u32 IFLA_TXQLEN (-1 is 4294967295); "qlen != -1" is the duparg test.
    const v = next();
    if (m.txqlen !== undefined && m.txqlen !== 0xffffffff) duparg(ctx, 'txqueuelen', v);
    const q = parseInteger(v);
    if (q === null) invarg(ctx, 'Invalid "txqueuelen" value\n', v);
    m.txqlen = q >>> 0;
  } else if (a === 'netns') {
    // netns_get_fd(NAME), else get_integer(PID) for IFLA_NET_NS_PID.
    const v = next();
    const net = netnsByName(ctx.p, v);
    const pid = net ? null : parseInteger(v);
    if (net) m.netNsFd = net;
    else if (pid !== null) m.netNsPid = pid;
    else invarg(ctx, 'Invalid "netns" value\n', v);
  } else if (matches(a, 'numtxqueues') || matches(a, 'numrxqueues')) {
    const v = next();
    const tx = matches(a, 'numtxqueues');
    const word = tx ? 'numtxqueues' : 'numrxqueues';
    if ((tx ? m.numTxQueues : m.numRxQueues) !== undefined) duparg(ctx, word, v);
    const n = parseInteger(v);
    if (n === null) invarg(ctx, `Invalid "${word}" value\n`, v);
    if (tx) m.numTxQueues = n;
    else m.numRxQueues = n;
  } else if (a === 'gso_max_size' || a === 'gso_max_segs' || a === 'gro_max_size') {
    // strcmp(), get_unsigned(); gso_max_segs up to GSO_MAX_SEGS in ip itself.
    const v = next();
    const n = parseUnsigned(v);
    if (n === null || (a === 'gso_max_segs' && n > GSO_MAX_SEGS)) invarg(ctx, `Invalid "${a}" value\n`, v);
    if (a === 'gso_max_size') m.gsoMaxSize = n;
    else if (a === 'gso_max_segs') m.gsoMaxSegs = n;
    else m.groMaxSize = n;
  } else if (a === 'group') {
    const v = next();
    if (m.group !== undefined) duparg(ctx, 'group', v);
    const g = ctx.names.groupA2n(v);
    if (g === null) invarg(ctx, 'Invalid "group" value\n', v);
    m.group = g;
  } else if (matches(a, 'addrgenmode')) {
    // get_addr_gen_mode(): IFLA_AF_SPEC / AF_INET6 / IFLA_INET6_ADDR_GEN_MODE.
    const v = next();
    const mode = ['eui64', 'none', 'stable_secret', 'random'].indexOf(v.toLowerCase());
    if (mode < 0) invarg(ctx, 'Invalid address generation mode\n', v);
    m.afSpec = { ...m.afSpec, inet6AddrGenMode: mode };
  } else if (a === 'vrf') {
    // ll_name_to_index() and name_is_vrf(): the lab has no VRF device, so every name is refused.
    invarg(ctx, 'Not a valid VRF name\n', next());
  } else if (matches(a, 'link-netns')) {
    // IFLA_LINK_NETNSID: the namespace's id here, assigned first if it has none
    const v = next();
    if (m.linkNetnsid !== undefined) duparg(ctx, 'link-netns/link-netnsid', v);
    let id = netnsidFromName(ctx, v);
    if (id < 0) setNetnsidFromName(ctx, v, -1);
    id = netnsidFromName(ctx, v);
    if (id < 0) invarg(ctx, 'Invalid "link-netns" value\n', v);
    m.linkNetnsid = id;
  } else if (matches(a, 'link-netnsid')) {
    const v = next();
    if (m.linkNetnsid !== undefined) duparg(ctx, 'link-netns/link-netnsid', v);
    const id = parseInteger(v);
    if (id === null) invarg(ctx, 'Invalid "link-netnsid" value\n', v);
    m.linkNetnsid = id;
  } else if (a === 'parentdev') {
    // IFLA_PARENT_DEV_NAME: only devices made through a parent's ops (wwan) read it; veth and the others ignore it.
    next();
  } else if (a === 'mode') {
    // get_link_mode(): default or dormant, any case.
    const v = next();
    const mode = ['default', 'dormant'].indexOf(v.toLowerCase());
    if (mode < 0) invarg(ctx, 'Invalid link mode\n', v);
    m.linkmode = mode;
  } else if (a === 'state') {
    // get_operstate(): an operstate's name, any case.
    const v = next();
    const state = OPER_STATES.indexOf(v.toUpperCase());
    if (state < 0) invarg(ctx, 'Invalid operstate\n', v);
    m.operstate = state;
  } else if (a === 'alias') {
    const v = next();
    // IFALIASZ: the alias and its NUL.
    if (new TextEncoder().encode(v).length >= IFALIASZ) invarg(ctx, 'alias too long\n', v);
    m.ifalias = v;
  }
  else if (a === 'master') {
    const v = next();
    const idx = ctx.ll.nameToIndex(v);
    if (!idx) invarg(ctx, 'Device does not exist\n', v);
    m.master = idx;
  } else if (a === 'nomaster') m.master = 0;
  else return parseFlag(ctx, m, a, next);
  return true;
}

/** iplink_parse(): the words shared by add, set and the veth peer. */
function iplinkParse(ctx: IpCtx, argv: string[], create: boolean): LinkParse {
  const r: LinkParse = { req: { family: 0, index: 0 }, dev: null, name: null, type: null, link: null, index: 0, moveNetns: false, rest: [] };
  // one NEXT_ARG() for the whole loop (a closure per word would capture a binding per iteration)
  let i = 0;
  const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === 'name') {
      const v = next();
      if (r.name !== null) duparg(ctx, 'name', v);
      if (!checkIfname(v)) invarg(ctx, '"name" not a valid ifname', v);
      r.name = v;
    } else if (a === 'index') {
      const v = next();
      if (r.index) duparg(ctx, 'index', v);
      r.index = atoi(v);
      if (r.index <= 0) invarg(ctx, 'Invalid "index" value', v);
    } else if (matches(a, 'link')) {
      r.link = next();
    } else if (a === 'type') {
      r.type = next();
      r.rest = argv.slice(i + 1);
      break;
    } else if (!parseAttr(ctx, r.req, a, next)) {
      if (matches(a, 'help')) iplinkUsage(ctx);
      const v = a === 'dev' ? next() : a;
      if (r.dev !== null) duparg2(ctx, 'dev', v);
      if (!checkAltifname(v)) invarg(ctx, '"dev" not a valid ifname', v);
      r.dev = v;
    }
  }
  checkAddrLen(ctx, r, create);
  r.moveNetns = r.req.netNsFd !== undefined || r.req.netNsPid !== undefined;
  if (r.index && !create && !r.moveNetns) fail(ctx, 'index can be used only when creating devices or when moving device to another netns.', 255);
  // iplink_parse(): a new device (or veth's peer) named twice, by `name` and
  // by a bare word or `dev`, must be named alike
  if (create && r.name !== null && r.dev !== null && r.name !== r.dev) {
    fail(ctx, 'both "name" and "dev" cannot be used when creating devices.', 255);
  }
  // ifi_index of a new device: the kernel registers it under that index.
  if (create) r.req.index = r.index;
  return r;
}

/** iplink_modify(): the parsed options go in IFLA_INFO_SLAVE_DATA for a `KIND_slave`, else IFLA_INFO_DATA. */
function linkinfoData(req: IfInfoMsg, type: string, data: unknown): void {
  req.linkinfo ??= { kind: type };
  if (type.endsWith('_slave')) req.linkinfo.slaveData = data;
  else req.linkinfo.data = data;
}

/**
 * `ip link add|replace NAME [attrs] type KIND [kind args]`: iplink_modify(RTM_NEWLINK,
 * NLM_F_CREATE and NLM_F_EXCL or NLM_F_REPLACE); without a type it returns -1, ip exits 1.
 */
function iplinkAdd(ctx: IpCtx, argv: string[], flags: number): number {
  const r = iplinkParse(ctx, argv, (flags & NLM_F_CREATE) !== 0);
  const name = r.name ?? r.dev;
  if (isGroupRequest(r)) fail(ctx, 'group cannot be used when creating devices.');
  if (r.type === null) {
    ctx.err('Not enough information: "type" argument is required\n');
    return 1;
  }
  const req = r.req;
  if (name !== null) req.ifname = name;
  if (r.link !== null) {
    const ifindex = ctx.ll.nameToIndex(r.link);
    if (!ifindex) nodev(ctx, r.link);
    req.link = ifindex;
  }
  req.linkinfo = { kind: r.type };
  const lu = getLinkKind(r.type);
  // `if (lu && argc)`: a kind with nothing after it sends no IFLA_INFO_DATA
  // (its parse_opt and that one's checks do not run; the kernel has its say).
  if (lu?.parseOpt) {
    if (r.rest.length > 0) linkinfoData(req, r.type, lu.parseOpt(ctx, r.rest, false));
  } else if (r.rest.length > 0 && IPROUTE2_KINDS.has(r.type) && r.type !== 'veth') {
    // A kind iproute2 parses but tuxnet's kernel does not have: its options
    // go unread, the kernel answers "Unknown device type".
  } else if (r.rest.length > 0) {
    // get_link_kind(): veth's peer (link_veth.c), or the kinds of link_util.ts.
    if (r.type !== 'veth') garbageArgs(ctx, r.rest[0]!);
    if (r.rest[0] !== 'peer') vethUsage(ctx);
    const peer = iplinkParse(ctx, r.rest.slice(1), (flags & NLM_F_CREATE) !== 0);
    const peerName = peer.name ?? peer.dev;
    if (peerName !== null) peer.req.ifname = peerName;
    req.linkinfo.data = { peer: peer.req } satisfies VethInfo;
  }
  rtnlTalk(ctx, RTM_NEWLINK, flags, req);
  return 0;
}

/**
 * iplink_modify() for words after a type no link_util parses: "help" is the
 * usage (exit 255), anything else "Garbage" and `return -1`, exit 1.
 */
function garbageArgs(ctx: IpCtx, word: string): never {
  if (matches(word, 'help')) iplinkUsage(ctx);
  ctx.err(`Garbage instead of arguments "${word} ...". Try "ip link help".\n`);
  throw new IpExit(1, false);
}

/** veth_parse_opt() without "peer": its usage() (print_usage(stderr) printf()s to stdout), `return -1`, exit 1. */
function vethUsage(ctx: IpCtx): never {
  ctx.out('Usage: ip link <options> type veth [peer <options>]\nTo get <options> type \'ip link add help\'\n');
  throw new IpExit(1, false);
}

/** iplink_parse(): `group N` without a device acts on the whole group (ifi_index 0, IFLA_GROUP). */
function isGroupRequest(r: LinkParse): boolean {
  return r.dev === null && r.name === null && r.req.group !== undefined;
}

/** The device a set/delete request names: `dev` is required and must exist (ll_name_to_index); 0 for a group. */
function reqIndex(ctx: IpCtx, r: LinkParse): number {
  if (isGroupRequest(r)) return 0;
  const dev = r.dev ?? r.name;
  if (dev === null) fail(ctx, 'Not enough information: "dev" argument is required.', 255);
  const idx = ctx.ll.nameToIndex(dev);
  if (!idx) nodev(ctx, dev);
  return idx;
}

/** `ip link set DEV ...`: iplink_modify(RTM_NEWLINK, 0); a name other than dev renames. */
function iplinkSet(ctx: IpCtx, argv: string[]): number {
  const r = iplinkParse(ctx, argv, false);
  const req = r.req;
  req.index = reqIndex(ctx, r);
  // iplink_parse() makes `name` and `dev` one when they are equal: "Not renaming to the same name".
  if (r.name !== null && r.dev !== null && r.name !== r.dev) req.ifname = r.name;
  // IFLA_NEW_IFINDEX: the index a device takes in the namespace it moves to.
  if (r.index) req.newIfindex = r.index;
  if (r.type !== null) {
    req.linkinfo = { kind: r.type };
    const lu = getLinkKind(r.type);
    if (lu?.parseOpt) {
      if (r.rest.length > 0) linkinfoData(req, r.type, lu.parseOpt(ctx, r.rest, true));
    } else if (r.rest.length > 0) {
      if (r.type === 'veth' && r.rest[0] !== 'peer') vethUsage(ctx);
      garbageArgs(ctx, r.rest[0]!);
    }
  }
  rtnlTalk(ctx, RTM_NEWLINK, 0, req);
  ctx.ll.drop(req.index);
  return 0;
}

/** `ip link delete DEV`: iplink_modify(RTM_DELLINK, 0). */
function iplinkDel(ctx: IpCtx, argv: string[]): number {
  const r = iplinkParse(ctx, argv, false);
  const req: IfInfoMsg = { family: 0, index: reqIndex(ctx, r) };
  if (!req.index) req.group = r.req.group;
  rtnlTalk(ctx, RTM_DELLINK, 0, req);
  ctx.ll.drop(req.index);
  return 0;
}

/** iplink_ifla_xstats(): the argument checks; of the kinds tuxnet has only bridge prints xstats. */
function iplinkXstats(ctx: IpCtx, argv: string[]): number {
  const a = argv[0];
  if (a === undefined) return fail(ctx, 'xstats: missing argument', 1);
  if (matches(a, 'help')) {
    ctx.out('Usage: ... xstats type TYPE [ ARGS ]\n');
    return 0;
  }
  if (!matches(a, 'type')) invarg(ctx, 'unknown argument', a);
  const kind = argv[1] ?? fail(ctx, 'Command line is not complete. Try option "help"');
  // get_link_kind(): the kinds ip is built with (its usage's TYPE list); another is an invalid type.
  const kinds = /TYPE := \{([^}]*)\}/.exec(IPLINK_USAGE)![1]!.split('|').map((k) => k.trim());
  if (!kinds.includes(kind)) invarg(ctx, 'invalid type', kind);
  // bond and bond_slave print xstats too, and tuxnet has no bond device to print.
  if (kind === 'bond' || kind === 'bond_slave') return 0;
  if (!kind.startsWith('bridge')) return fail(ctx, `xstats: link type ${kind} doesn't support xstats`, 1);
  return bridgeXstats(ctx, kind, argv.slice(2));
}

/**
 * iplink_afstats(): the per-family statistics of RTM_GETSTATS
 * (IFLA_STATS_AF_SPEC); only MPLS has them and tuxnet has no MPLS, so no
 * link prints. A device that does not exist is said, and ip still exits 0
 * (do_iplink() drops the result).
 */
function iplinkAfstats(ctx: IpCtx, argv: string[]): number {
  let dev: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === 'dev') {
      const v = argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
      if (dev !== null) duparg2(ctx, 'dev', v);
      dev = v;
    } else if (matches(a, 'help')) iplinkUsage(ctx);
    else fail(ctx, `Command "${a}" is unknown, try "ip link help".`, 255);
  }
  if (dev !== null && ctx.ll.nameToIndex(dev) <= 0) {
    ctx.err(`Device "${dev}" does not exist.\n`);
    return 0;
  }
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** usage(): ip link's usage on stderr, exit(-1). */
function iplinkUsage(ctx: IpCtx): never {
  ctx.err(IPLINK_USAGE);
  throw new IpExit(255);
}

/**
 * iplink_prop_mod(): `altname NAME` words (check_altifname()) fill
 * IFLA_PROP_LIST, the one other word is the device (ll_name_to_index()).
 */
function iplinkPropMod(ctx: IpCtx, argv: string[], type: number, flags: number): number {
  const altnames: string[] = [];
  let dev: string | null = null;
  let i = 0;
  const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (matches(a, 'altname')) {
      const name = next();
      if (!checkAltifname(name)) invarg(ctx, 'not a valid altname', name);
      altnames.push(name);
    } else if (matches(a, 'help')) {
      iplinkUsage(ctx);
    } else {
      const v = a === 'dev' ? next() : a;
      if (dev !== null) duparg2(ctx, 'dev', v);
      if (!checkAltifname(v)) invarg(ctx, '"dev" not a valid ifname', v);
      dev = v;
    }
  }
  if (dev === null) fail(ctx, 'Not enough of information: "dev" argument is required.', 255);
  const index = ctx.ll.nameToIndex(dev);
  if (!index) nodev(ctx, dev);
  rtnlTalk(ctx, type, flags, { family: ctx.opts.family, index, altnames } satisfies IfInfoMsg);
  return 0;
}

/** iplink_prop(): `ip link property add|del dev DEV altname NAME...` (RTM_NEWLINKPROP / RTM_DELLINKPROP). */
function iplinkProp(ctx: IpCtx, argv: string[]): number {
  const op = argv[0];
  if (op === undefined) return iplinkUsage(ctx);
  if (matches(op, 'add')) return iplinkPropMod(ctx, argv.slice(1), RTM_NEWLINKPROP, NLM_F_EXCL | NLM_F_CREATE | NLM_F_APPEND);
  if (matches(op, 'del')) return iplinkPropMod(ctx, argv.slice(1), RTM_DELLINKPROP, 0);
  if (matches(op, 'help')) return iplinkUsage(ctx);
  return fail(ctx, 'Operator required', 255);
}

/** ipaddr_list_link(): `ip link show [selectors]` is the address listing of preferred family AF_PACKET. */
function iplinkShow(ctx: IpCtx, argv: string[]): number {
  ctx.opts.family = AF_PACKET;
  return ipaddrListLink(ctx, argv);
}

export function doIplink(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  const rest = argv.slice(1);
  if (cmd === undefined) return iplinkShow(ctx, []);
  if (matches(cmd, 'add')) return iplinkAdd(ctx, rest, NLM_F_CREATE | NLM_F_EXCL);
  if (matches(cmd, 'set') || matches(cmd, 'change')) return iplinkSet(ctx, rest);
  if (matches(cmd, 'replace')) return iplinkAdd(ctx, rest, NLM_F_CREATE | NLM_F_REPLACE);
  if (matches(cmd, 'delete')) return iplinkDel(ctx, rest);
  if (matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst')) return iplinkShow(ctx, rest);
  if (matches(cmd, 'xstats')) return iplinkXstats(ctx, rest);
  if (matches(cmd, 'afstats')) return iplinkAfstats(ctx, rest);
  if (matches(cmd, 'property')) return iplinkProp(ctx, rest);
  if (matches(cmd, 'help')) {
    // do_help(): a kind with print_help prints its usage on stdout and succeeds.
    const help = rest[0] !== undefined ? getLinkKind(rest[0])?.help : undefined;
    if (help) {
      ctx.out(help);
      return 0;
    }
    return iplinkUsage(ctx);
  }
  // exit(-1): the end of an ip -batch too, even with -force.
  return fail(ctx, `Command "${cmd}" is unknown, try "ip link help".`, 255);
}
