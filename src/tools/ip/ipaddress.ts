/**
 * `ip address`: add/change/replace/del/flush/show of IPv4 addresses. Builds
 * ifaddrmsg requests and prints the kernel's answers; the kernel side is
 * net/ipv4/devinet_rtnl.ts.
 * @iproute2 ip/ipaddress.c ipaddr_modify(), ipaddr_list_flush_or_save(), ipaddr_flush()
 */
import { IPADDR_USAGE } from './usage_text.js';
import {
  IFA_F_DADFAILED, IFA_F_DEPRECATED, IFA_F_HOMEADDRESS, IFA_F_MANAGETEMPADDR, IFA_F_MCAUTOJOIN, IFA_F_NODAD, IFA_F_NOPREFIXROUTE,
  IFA_F_OPTIMISTIC, IFA_F_PERMANENT, IFA_F_SECONDARY, IFA_F_STABLE_PRIVACY, IFA_F_TEMPORARY, IFA_F_TENTATIVE, type IfAddrMsg,
} from '../../uapi/linux/if_addr.js';
import { IFF_UP } from '../../uapi/linux/if.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { NLM_F_ACK, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELADDR, RTM_GETADDR, RTM_GETLINK, RTM_NEWADDR } from '../../uapi/linux/rtnetlink.js';
import { prefixToMask } from '../../wire/ipv4.js';
import { strerror } from '../../net/core/errno.js';
import { PRINT_FP, PRINT_JSON } from './json_print.js';
import { printLinkinfo } from './print_link.js';
import { printLinkStats } from './link_stats.js';
import { ifaFlags, printAddrinfo } from './print_addr.js';
import { ipaddrRestore, ipaddrSave, ipaddrShowdump } from './ipaddress_save.js';
import { getPrefix, getPrefix1, parsePrefix } from './inet_prefix.js';
import {
  AF_INET, AF_INET6, AF_PACKET, IpExit, checkIfname, duparg, duparg2, fail, invarg, matches, nlAckReport, nodev, parseUnsigned,
  rtnlDump, rtnlTalk, type IpCtx, type Prefix,
} from './utils.js';

/** RT_SCOPE_HOST (rtnetlink.h rt_scope_t) */
const RT_SCOPE_HOST = 254;

interface AddrReq {
  local: Prefix | null;
  localArg: string;
  peer: Prefix | null;
  brd: number | '+' | '-' | null;
  label: string | null;
  scope: number | null;
  metric: number | null;
  flags: number;
  dev: string | null;
  /** valid_lft / preferred_lft as given (null: not given), in seconds; INFINITY for forever. */
  validLft: number | null;
  preferredLft: number | null;
  /** anycast ADDR was given (IFA_ANYCAST: the kernel's IPv4 side reads no such attribute). */
  anycast: boolean;
  /** req.ifa.ifa_family: the -4/-6 preference, else that of the first address parsed. */
  family: number;
}

/** INFINITY_LIFE_TIME */
const INFINITY_LIFE_TIME = 0xffffffff;

/** set_lifetime(): "forever" or a u32 of seconds. */
function setLifetime(v: string): number | null {
  return v === 'forever' ? INFINITY_LIFE_TIME : parseUnsigned(v);
}

/** family_name_verbose() */
function familyVerbose(family: number): string {
  return family === AF_INET ? 'inet' : family === AF_INET6 ? 'inet6' : 'any valid';
}

/**
 * An IPv6 address where tuxnet's ip takes IPv4 ones only: said plainly
 * (README, "What is not there yet"), not as iproute2's parse error, which
 * would call a valid address malformed. Where the family is already inet
 * (-4, an IPv4 address before it) iproute2's parse error is the answer.
 */
function refuseInet6(ctx: IpCtx, arg: string, family: number): void {
  if (family !== AF_INET && getPrefix1(arg, AF_INET6)?.family === AF_INET6) {
    fail(ctx, `Error: IPv6 addresses of your own ("${arg}") are not implemented in tuxnet.`, 2);
  }
}

/** get_prefix(): exit 1 with iproute2's message on a malformed prefix. */
function getPrefixOrExit(ctx: IpCtx, arg: string, family: number): Prefix {
  const p = family === AF_INET6 ? null : parsePrefix(arg);
  if (!p) refuseInet6(ctx, arg, family);
  if (!p) fail(ctx, `Error: ${familyVerbose(family)} prefix is expected rather than "${arg}".`, 1);
  return p;
}

/** get_addr(): an address without a prefix length. */
function getAddrOrExit(ctx: IpCtx, arg: string, family: number): number {
  const p = family === AF_INET6 ? null : parsePrefix(arg);
  if (!p) refuseInet6(ctx, arg, family);
  if (!p || arg.includes('/') || p.isDefault) fail(ctx, `Error: ${familyVerbose(family)} address is expected rather than "${arg}".`, 1);
  return p.addr;
}

/**
 * ifa_flag_data[] of ipaddress.c: mask, readonly, v6only. tuxnet's ip adds
 * IPv4 addresses only, so a v6only flag is always refused with a warning.
 */
const IFA_FLAG_DATA: ReadonlyMap<string, readonly [number, boolean, boolean]> = new Map([
  ['secondary', [IFA_F_SECONDARY, true, false]], ['temporary', [IFA_F_SECONDARY, true, false]],
  ['nodad', [IFA_F_NODAD, false, true]], ['optimistic', [IFA_F_OPTIMISTIC, false, true]],
  ['dadfailed', [IFA_F_DADFAILED, true, true]], ['home', [IFA_F_HOMEADDRESS, false, true]],
  ['deprecated', [IFA_F_DEPRECATED, true, true]], ['tentative', [IFA_F_TENTATIVE, true, true]],
  ['permanent', [IFA_F_PERMANENT, true, true]], ['mngtmpaddr', [IFA_F_MANAGETEMPADDR, false, true]],
  ['noprefixroute', [IFA_F_NOPREFIXROUTE, false, false]], ['autojoin', [IFA_F_MCAUTOJOIN, false, false]],
  ['stable-privacy', [IFA_F_STABLE_PRIVACY, true, true]],
] as const);

/** The argument loop of ipaddr_modify(). */
function parseAddrArgs(ctx: IpCtx, argv: string[]): AddrReq {
  const r: AddrReq = {
    local: null, localArg: '', peer: null, brd: null, label: null, scope: null, metric: null, flags: 0, dev: null,
    validLft: null, preferredLft: null, anycast: false, family: ctx.opts.family,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
    if (a === 'peer' || a === 'remote') {
      const v = next();
      if (r.peer) duparg(ctx, 'peer', v);
      r.peer = getPrefixOrExit(ctx, v, r.family);
      r.family = AF_INET;
    } else if (matches(a, 'broadcast') || a === 'brd') {
      const v = next();
      if (r.brd !== null) duparg(ctx, 'broadcast', v);
      if (v === '+' || v === '-') r.brd = v;
      else {
        r.brd = getAddrOrExit(ctx, v, r.family);
        r.family = AF_INET;
      }
    } else if (a === 'anycast') {
      const v = next();
      if (r.anycast) duparg(ctx, 'anycast', v);
      getAddrOrExit(ctx, v, r.family);
      r.anycast = true;
      r.family = AF_INET;
    } else if (a === 'scope') {
      const v = next();
      const s = ctx.names.scopeA2n(v);
      if (s === null) invarg(ctx, 'invalid scope value.', v);
      r.scope = s;
    } else if (a === 'dev') r.dev = next();
    else if (a === 'label') r.label = next();
    else if (matches(a, 'metric') || matches(a, 'priority') || matches(a, 'preference')) {
      const v = next();
      const m = parseUnsigned(v);
      if (m === null) invarg(ctx, '"metric" value is invalid\n', v);
      r.metric = m;
    } else if (matches(a, 'valid_lft')) {
      if (r.validLft !== null) duparg(ctx, 'valid_lft', a);
      const v = next();
      r.validLft = setLifetime(v) ?? invarg(ctx, 'valid_lft value', v);
    } else if (matches(a, 'preferred_lft')) {
      if (r.preferredLft !== null) duparg(ctx, 'preferred_lft', a);
      const v = next();
      r.preferredLft = setLifetime(v) ?? invarg(ctx, 'preferred_lft value', v);
    } else if (IFA_FLAG_DATA.has(a)) {
      const [mask, readonly, v6only] = IFA_FLAG_DATA.get(a)!;
      if (readonly) ctx.err(`Warning: ${a} option is not mutable from userspace\n`);
      else if (v6only) ctx.err(`Warning: ${a} option can be set only for IPv6 addresses\n`);
      else r.flags |= mask;
    } else {
      const v = a === 'local' ? next() : a;
      if (r.local) duparg2(ctx, 'local', v);
      r.localArg = v;
      r.local = getPrefixOrExit(ctx, v, r.family);
      r.family = AF_INET;
    }
  }
  return r;
}

/** brd +/-: all host bits set/cleared when the prefix is /30 or shorter. */
function computeBroadcast(peer: Prefix, how: '+' | '-'): number | null {
  if (peer.bitlen > 30) return null;
  const mask = prefixToMask(peer.bitlen);
  return how === '+' ? (peer.addr | ~mask) >>> 0 : (peer.addr & mask) >>> 0;
}

/** ipaddr_modify(RTM_NEWADDR): add (NLM_F_CREATE|NLM_F_EXCL), change (NLM_F_REPLACE), replace (both). */
function ipaddrAdd(ctx: IpCtx, argv: string[], nlFlags: number): number {
  const r = parseAddrArgs(ctx, argv);
  if (r.dev === null) {
    ctx.err('Not enough information: "dev" argument is required.\n');
    return 1;
  }
  const req: IfAddrMsg = { family: r.family, prefixlen: 0, index: 0 };
  if (r.local) {
    req.local = r.local.addr;
    req.address = r.local.addr;
    req.prefixlen = r.local.bitlen;
  }
  if (r.peer) {
    req.address = r.peer.addr;
    req.prefixlen = r.peer.bitlen;
  }
  const peer = r.peer ?? r.local;
  // ipaddr_modify(): `brd +|-` needs the request's family to be IPv4 (an
  // address given, or -4); without, it is refused before the device is looked up
  if ((r.brd === '+' || r.brd === '-') && r.family !== AF_INET) {
    ctx.err('Broadcast can be set only for IPv4 addresses\n');
    return 1;
  }
  if (typeof r.brd === 'number') req.broadcast = r.brd;
  else if ((r.brd === '+' || r.brd === '-') && peer) {
    const brd = computeBroadcast({ ...peer, bitlen: req.prefixlen }, r.brd);
    if (brd !== null) req.broadcast = brd;
  }
  // default_scope(): loopback addresses are host scope.
  req.scope = r.scope ?? (r.local && r.local.addr >>> 24 === 127 ? RT_SCOPE_HOST : 0);
  if (r.label !== null) req.label = r.label;
  if (r.metric !== null) req.rtPriority = r.metric;
  if (r.flags > 0xff) req.ifaFlags = r.flags;
  else req.flags = r.flags;
  req.index = ctx.ll.nameToIndex(r.dev);
  if (!req.index) nodev(ctx, r.dev);
  if (r.validLft !== null || r.preferredLft !== null) {
    const valid = r.validLft ?? INFINITY_LIFE_TIME;
    const prefered = r.preferredLft ?? INFINITY_LIFE_TIME;
    if (!valid) {
      ctx.err('valid_lft is zero\n');
      return 1;
    }
    if (valid < prefered) {
      ctx.err('preferred_lft is greater than valid_lft\n');
      return 1;
    }
    req.cacheinfo = { prefered, valid, cstamp: 0, tstamp: 0 };
  }
  // ipaddr_is_multicast() of the local address.
  if (r.flags & IFA_F_MCAUTOJOIN && !(r.local && r.local.addr >>> 28 === 0xe)) {
    ctx.err('autojoin needs multicast address\n');
    return 1;
  }
  rtnlTalk(ctx, RTM_NEWADDR, nlFlags, req);
  return 0;
}

/** ipaddr_modify(RTM_DELADDR): a local address without a prefix length deletes by wildcard. */
function ipaddrDel(ctx: IpCtx, argv: string[]): number {
  const r = parseAddrArgs(ctx, argv);
  if (r.dev === null) {
    ctx.err('Not enough information: "dev" argument is required.\n');
    return 1;
  }
  const req: IfAddrMsg = { family: r.family, prefixlen: 0, index: 0 };
  if (r.local) {
    req.local = r.local.addr;
    req.prefixlen = r.local.bitlen;
  }
  if (r.peer) {
    req.address = r.peer.addr;
    req.prefixlen = r.peer.bitlen;
  } else if (r.local) {
    if (!r.local.hasLen) {
      ctx.err(
        'Warning: Executing wildcard deletion to stay compatible with old scripts.\n' +
          `         Explicitly specify the prefix length (${r.localArg}/32) to avoid this warning.\n` +
          '         This special behaviour is likely to disappear in further releases,\n' +
          '         fix your scripts!\n',
      );
    } else req.address = r.local.addr;
  }
  if (r.label !== null) req.label = r.label;
  if (r.scope !== null) req.scope = r.scope;
  req.index = ctx.ll.nameToIndex(r.dev);
  if (!req.index) nodev(ctx, r.dev);
  rtnlTalk(ctx, RTM_DELADDR, 0, req);
  return 0;
}

interface AddrFilter {
  devName: string | null;
  /** group N (-1: any) */
  group: number;
  /** master DEV (its ifindex), nomaster (-1), or 0 */
  master: number;
  /** type KIND / type KIND_slave */
  kind: string | null;
  slaveKind: string | null;
  label: string | null;
  scope: number;
  scopemask: number;
  flags: number;
  flagmask: number;
  pfx: Prefix | null;
  up: boolean;
}

/** fnmatch() for labels: `*`, `?` and `[...]`. */
function fnmatch(pat: string, s: string): boolean {
  const rx = pat.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${rx}$`).test(s);
}

/** The address filters of print_addrinfo(): scope, flags, label, prefix. */
function addrMatches(f: AddrFilter, m: IfAddrMsg): boolean {
  if (((f.scope ^ (m.scope ?? 0)) & f.scopemask) !== 0) return false;
  // A prefix selects addresses of its family: tuxnet parses IPv4 prefixes only.
  if (m.addr6 && f.pfx) return false;
  if (((f.flags ^ ifaFlags(m)) & f.flagmask) !== 0) return false;
  if (f.label !== null && !fnmatch(f.label, m.label ?? '')) return false;
  const local = m.local ?? m.address ?? 0;
  if (f.pfx && f.pfx.bitlen > 0 && ((local ^ f.pfx.addr) & prefixToMask(f.pfx.bitlen)) !== 0) return false;
  return true;
}

/** ifa_flag_names[] of ipaddress.c, in its order. */
const IFA_FLAG_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['secondary', IFA_F_SECONDARY], ['temporary', IFA_F_TEMPORARY], ['nodad', IFA_F_NODAD], ['optimistic', IFA_F_OPTIMISTIC],
  ['dadfailed', IFA_F_DADFAILED], ['home', IFA_F_HOMEADDRESS], ['deprecated', IFA_F_DEPRECATED], ['tentative', IFA_F_TENTATIVE],
  ['permanent', IFA_F_PERMANENT], ['mngtmpaddr', IFA_F_MANAGETEMPADDR], ['noprefixroute', IFA_F_NOPREFIXROUTE],
  ['autojoin', IFA_F_MCAUTOJOIN], ['stable-privacy', IFA_F_STABLE_PRIVACY],
];

/** get_filter(): a flag word, `-` inverts it; `dynamic` is -permanent, `primary` is -secondary. */
function getFilter(f: AddrFilter, word: string): boolean {
  let inv = word.startsWith('-');
  let arg = inv ? word.slice(1) : word;
  if (arg === 'dynamic' || arg === 'primary') {
    inv = !inv;
    arg = arg === 'dynamic' ? 'permanent' : 'secondary';
  }
  const e = IFA_FLAG_NAMES.find(([name]) => name === arg);
  if (!e) return false;
  f.flags = inv ? f.flags & ~e[1] : f.flags | e[1];
  f.flagmask |= e[1];
  return true;
}

/** The selector loop of ipaddr_list_flush_or_save(). */
function parseAddrFilter(ctx: IpCtx, argv: string[]): AddrFilter {
  const f: AddrFilter = { devName: null, group: -1, master: 0, kind: null, slaveKind: null, label: null, scope: 0, scopemask: 0, flags: 0, flagmask: 0, pfx: null, up: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
    if (a === 'to') {
      const v = next();
      // get_prefix() exits 1 on what is no prefix at all; tuxnet filters IPv4 prefixes only.
      f.pfx = parsePrefix(v) ?? (getPrefix(ctx, v, ctx.opts.family), invarg(ctx, 'invalid "to"\n', v));
    } else if (a === 'scope') {
      const v = next();
      const s = ctx.names.scopeA2n(v);
      f.scopemask = -1;
      if (s === null) {
        if (v !== 'all') invarg(ctx, 'invalid "scope"\n', v);
        f.scope = 255;
        f.scopemask = 0;
      } else f.scope = s;
    } else if (a === 'up') f.up = true;
    else if (getFilter(f, a)) continue;
    else if (a === 'label') f.label = next();
    else if (!parseLinkSelector(ctx, f, a, next)) {
      const v = a === 'dev' ? next() : a;
      if (f.devName !== null) duparg2(ctx, 'dev', v);
      f.devName = v;
    }
  }
  return f;
}

/** The link selectors of ipaddr_list_flush_or_save(): group, master, nomaster, type. */
function parseLinkSelector(ctx: IpCtx, f: AddrFilter, a: string, next: () => string): boolean {
  if (a === 'group') {
    const v = next();
    const g = ctx.names.groupA2n(v);
    if (g === null) invarg(ctx, 'Invalid "group" value\n', v);
    f.group = g;
  } else if (a === 'master') {
    const v = next();
    f.master = ctx.ll.nameToIndex(v);
    if (!f.master) invarg(ctx, 'Device does not exist\n', v);
  } else if (a === 'vrf') {
    // The device must exist and be of kind vrf (name_is_vrf()).
    const v = next();
    f.master = ctx.ll.nameToIndex(v);
    if (!f.master || !nameIsVrf(ctx, f.master)) invarg(ctx, 'Not a valid VRF name\n', v);
  } else if (a === 'nomaster') f.master = -1;
  else if (a === 'type') {
    const v = next();
    if (v.endsWith('_slave')) f.slaveKind = v.slice(0, -'_slave'.length);
    else f.kind = v;
  } else return false;
  return true;
}

/**
 * The filters rtnl_dump_ifinfo() applies itself (iplink_filter_req() sends
 * IFLA_MASTER, `nomaster` as -1, and the IFLA_LINKINFO kind): a link they
 * drop is not in the dump at all.
 * @linux net/core/rtnetlink.c link_master_filtered(), link_kind_filtered()
 */
function dumpMatches(f: AddrFilter, m: IfInfoMsg): boolean {
  if (f.master > 0 && m.master !== f.master) return false;
  if (f.master === -1 && m.master !== undefined) return false;
  if (f.kind !== null && m.linkinfo?.kind !== f.kind) return false;
  return true;
}

/**
 * print_linkinfo()'s own filters: up, then (unless a label selects, when it
 * prints nothing and returns 0) group, master, kind and slave kind. A link
 * they reject is still listed: with -j as an empty object.
 */
function printLinkinfoMatches(f: AddrFilter, m: IfInfoMsg): boolean {
  if (f.up && !((m.flags ?? 0) & IFF_UP)) return false;
  if (f.label !== null) return true;
  if (f.group !== -1 && m.group !== undefined && m.group !== f.group) return false;
  if (f.master > 0 && m.master !== f.master) return false;
  if (f.kind !== null && m.linkinfo?.kind !== f.kind) return false;
  if (f.slaveKind !== null && m.linkinfo?.slaveKind !== f.slaveKind) return false;
  return true;
}

/** name_is_vrf(): an RTM_GETLINK of the device says its kind is vrf. */
function nameIsVrf(ctx: IpCtx, index: number): boolean {
  const r = ctx.nl.request(RTM_GETLINK, NLM_F_REQUEST, { family: 0, index } satisfies IfInfoMsg);
  const m = r.msgs[0] as NlMsg<IfInfoMsg> | undefined;
  return r.ack.error === null && m?.body.linkinfo?.kind === 'vrf';
}

/**
 * The links to list, remembered in the cache: one device alone by
 * RTM_GETLINK when only `dev` selects, else the dump.
 */
function linkList(ctx: IpCtx, f: AddrFilter, doLink = false, preferredFamily = ctx.opts.family): NlMsg<IfInfoMsg>[] | null {
  let index = 0;
  if (f.devName !== null) {
    index = ctx.ll.nameToIndex(f.devName);
    if (!index) {
      ctx.err(`Device "${f.devName}" does not exist.\n`);
      return null;
    }
  }
  const msgs = (index && f.group === -1
    ? doLink ? iplinkGet(ctx, f.devName!) : ipaddrLinkGet(ctx, index)
    : rtnlDump(ctx, RTM_GETLINK, { family: preferredFamily, index: 0 } satisfies IfInfoMsg)) as NlMsg<IfInfoMsg>[];
  for (const m of msgs) ctx.ll.remember(m);
  // ipaddr_link_get() of one device asks the kernel for it alone: no dump filters.
  if (index) return msgs.filter((m) => m.body.index === index);
  // rtnl_linkdump_req_filter_fn() adds iplink_filter_req()'s attributes only to an
  // AF_UNSPEC or AF_PACKET dump: after -4/-6 the kernel dumps every link (and with
  // -o, which skips print_linkinfo(), master/type select nothing). ip_link_list()
  // passes preferred_family: a `to` prefix sets filter.family only.
  const fam = preferredFamily;
  return fam === 0 || fam === AF_PACKET ? msgs.filter((m) => dumpMatches(f, m.body)) : msgs;
}

/**
 * iplink_get(): `ip link show DEV` asks for the link by its name
 * (IFLA_IFNAME), not by the index ll_name_to_index() found: "a0:1" and
 * "if3" name a device to the index lookup but to no RTM_GETLINK.
 */
function iplinkGet(ctx: IpCtx, name: string): NlMsg[] {
  // IFLA_IFNAME for a name check_ifname() takes, else IFLA_ALT_IFNAME.
  const body: IfInfoMsg = checkIfname(name) ? { family: ctx.opts.family, index: 0, ifname: name } : { family: ctx.opts.family, index: 0, altIfname: name };
  const r = ctx.nl.request(RTM_GETLINK, NLM_F_REQUEST | NLM_F_ACK, body);
  if (r.ack.error === null) return r.msgs;
  nlAckReport(ctx, r.ack);
  return fail(ctx, `Cannot send link get request: ${strerror[r.ack.error]}`, 1);
}

/**
 * ipaddr_link_get(): the link of the index ll_name_to_index() found ("if9"
 * may name none): on an error "Cannot send link request", nothing listed,
 * and ip still exits 0.
 */
function ipaddrLinkGet(ctx: IpCtx, index: number): NlMsg[] {
  const r = ctx.nl.request(RTM_GETLINK, NLM_F_REQUEST | NLM_F_ACK, { family: 0, index } satisfies IfInfoMsg);
  if (r.ack.error === null) return r.msgs;
  nlAckReport(ctx, r.ack);
  ctx.err(`Cannot send link request: ${strerror[r.ack.error]}\n`);
  return [];
}

/** rtnl_addrdump_req(): every IPv4 address (ifa_index narrows it to one device). */
function addrDump(ctx: IpCtx, index: number): NlMsg<IfAddrMsg>[] {
  const family = ctx.opts.family === AF_INET || ctx.opts.family === AF_INET6 ? ctx.opts.family : 0;
  return rtnlDump(ctx, RTM_GETADDR, { family, prefixlen: 0, index } satisfies IfAddrMsg) as NlMsg<IfAddrMsg>[];
}

/** ipaddr_list_flush_or_save(IPADD_LIST): links with their addresses. */
function ipaddrList(ctx: IpCtx, argv: string[], doLink: boolean): number {
  const f = parseAddrFilter(ctx, argv);
  // `to PREFIX` sets filter.family when -4/-6 did not: an inet listing (no link/ether line).
  const saved = ctx.opts.family;
  if (f.pfx !== null && saved === 0) ctx.opts.family = AF_INET;
  try {
    return ipaddrListFiltered(ctx, f, doLink, saved);
  } finally {
    ctx.opts.family = saved;
  }
}

function ipaddrListFiltered(ctx: IpCtx, f: AddrFilter, doLink: boolean, preferredFamily: number): number {
  const fam = ctx.opts.family;
  const links = linkList(ctx, f, doLink, preferredFamily);
  if (!links) return 1;
  const all = fam === AF_PACKET ? [] : addrDump(ctx, f.devName !== null ? links[0]?.body.index ?? 0 : 0);
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  const filtering = (fam !== 0 && fam !== AF_PACKET) || f.label !== null || f.pfx !== null || f.scopemask !== 0 || f.flagmask !== 0;
  for (const link of links) {
    const ifi = link.body;
    const own = all.filter((a) => a.body.index === ifi.index);
    const addrs = own.filter((a) => addrMatches(f, a.body));
    if (filtering && addrs.length === 0 && !(fam === 0 && own.length === 0 && f.label === null && f.pfx === null)) continue;
    // inet6_dump_ifinfo(): the IPv6 link dump (no `dev`) has no qdisc, group nor link netns.
    if (fam === AF_INET6 && f.devName === null) {
      delete ifi.qdisc;
      delete ifi.group;
      delete ifi.linkNetnsid;
    }
    pr.openJsonObject();
    // no_link: the address listing with -oneline prints addresses alone (and skips print_linkinfo()'s filters).
    const noLink = fam !== AF_PACKET && ctx.opts.oneline;
    const linkShown = ctx.opts.brief || !noLink;
    if (linkShown && !printLinkinfoMatches(f, ifi)) {
      pr.closeJsonObject();
      continue;
    }
    if (linkShown && f.label === null) printLinkinfo(ctx, pr, link, { showQueue: true, doLink });
    if (fam !== AF_PACKET) printSelectedAddrinfo(ctx, pr, f.up && !((ifi.flags ?? 0) & IFF_UP) ? [] : fam === 0 ? own : own.filter((a) => a.body.family === fam), f);
    // print_link_stats(): `ip -s addr` follows the addresses with the link's counters.
    if (!doLink && ctx.opts.stats && ifi.stats64 && !ctx.opts.brief && linkShown && f.label === null) {
      printLinkStats(pr, ifi.stats64, ifi.carrierChanges ?? 0, ctx.opts.stats, ctx.opts);
      pr.nl();
    }
    pr.closeJsonObject();
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/**
 * print_selected_addrinfo(): every address of the link's family gets a JSON
 * object, opened before print_addrinfo() applies the scope, flag, label and
 * prefix filters — so an address they skip leaves an empty `{}` in -j.
 */
function printSelectedAddrinfo(ctx: IpCtx, pr: ReturnType<IpCtx['newPrinter']>, addrs: NlMsg<IfAddrMsg>[], f: AddrFilter): void {
  pr.openJsonArray(PRINT_JSON, 'addr_info');
  for (const a of addrs) {
    pr.openJsonObject();
    if (addrMatches(f, a.body)) printAddrinfo(ctx, pr, a, ctx.opts.oneline);
    pr.closeJsonObject();
  }
  pr.closeJsonArray(PRINT_JSON, null);
  if (ctx.opts.brief) pr.string(PRINT_FP, null, '%s', '\n');
}

/** MAX_ROUNDS of ipaddr_flush() */
const MAX_FLUSH_ROUNDS = 10;

/**
 * ipaddr_flush(): dump, delete every selected address (RTM_DELADDR without
 * ack: a secondary that went with its primary fails silently), until a
 * round finds none.
 */
function ipaddrFlush(ctx: IpCtx, argv: string[]): number {
  if (argv.length === 0) {
    ctx.err('Flush requires arguments.\n');
    return 1;
  }
  const f = parseAddrFilter(ctx, argv);
  const index = filterIfindex(ctx, f);
  if (index < 0) return 1;
  const links = f.up ? (linkList(ctx, { ...f, devName: null, up: false }) ?? []).filter((l) => printLinkinfoMatches({ ...f, up: false }, l.body)) : [];
  const down = new Set(links.filter((l) => !((l.body.flags ?? 0) & IFF_UP)).map((l) => l.body.index));
  const stats = ctx.opts.stats;
  // Flushing primaries only takes one round: the next would find the secondaries they promoted.
  const primaryOnly = !(f.flags & IFA_F_SECONDARY) && (f.flagmask & IFA_F_SECONDARY) !== 0;
  for (let round = 0; round < MAX_FLUSH_ROUNDS; ) {
    const doomed = addrDump(ctx, index).filter((a) => (!index || a.body.index === index) && !down.has(a.body.index) && addrMatches(f, a.body));
    if (doomed.length === 0) return flushDone(ctx, round);
    round++;
    if (stats >= 2) {
      // print_addrinfo() of each queued RTM_DELADDR: `N: dev` first, as with -oneline.
      const pr = ctx.textPrinter();
      for (const a of doomed) printAddrinfo(ctx, pr, a, true);
      ctx.out(pr.take());
    }
    for (const a of doomed) ctx.nl.request(RTM_DELADDR, NLM_F_REQUEST, a.body);
    if (stats) ctx.out(`\n*** Round ${round}, deleting ${doomed.length} addresses ***\n`);
    if (primaryOnly) return flushDone(ctx, round);
  }
  ctx.err(`*** Flush remains incomplete after ${MAX_FLUSH_ROUNDS} rounds. ***\n`);
  return 1;
}

/** ipaddr_flush()'s flush_done: with -s, how many rounds it took. */
function flushDone(ctx: IpCtx, round: number): number {
  if (!ctx.opts.stats) return 0;
  if (round === 0) ctx.out('Nothing to flush.\n');
  else ctx.out(`*** Flush is complete after ${round} round${round > 1 ? 's' : ''} ***\n`);
  return 0;
}

/** ipaddr_list_flush_or_save(IPADD_SAVE): the selectors are parsed; only `dev` narrows the dump. */
function ipaddrSaveCmd(ctx: IpCtx, argv: string[]): number {
  const index = filterIfindex(ctx, parseAddrFilter(ctx, argv));
  return index < 0 ? 1 : ipaddrSave(ctx, index);
}

/** ipaddr_list_flush_or_save()'s filter.ifindex: 0 for no `dev`, -1 after "Device ... does not exist." */
function filterIfindex(ctx: IpCtx, f: AddrFilter): number {
  if (f.devName === null) return 0;
  const index = ctx.ll.nameToIndex(f.devName);
  if (index) return index;
  ctx.err(`Device "${f.devName}" does not exist.\n`);
  return -1;
}

/** ipaddr_list_link(): `ip link show` (the caller set the AF_PACKET family). */
export function ipaddrListLink(ctx: IpCtx, argv: string[]): number {
  return ipaddrList(ctx, argv, true);
}

/** do_ipaddr() */
export function doIpaddr(ctx: IpCtx, argv: string[]): number | Promise<number> {
  const cmd = argv[0];
  const rest = argv.slice(1);
  if (cmd === undefined) return ipaddrList(ctx, [], false);
  if (matches(cmd, 'add')) return ipaddrAdd(ctx, rest, NLM_F_CREATE | NLM_F_EXCL);
  if (matches(cmd, 'change') || cmd === 'chg') return ipaddrAdd(ctx, rest, NLM_F_REPLACE);
  if (matches(cmd, 'replace')) return ipaddrAdd(ctx, rest, NLM_F_CREATE | NLM_F_REPLACE);
  if (matches(cmd, 'delete')) return ipaddrDel(ctx, rest);
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return ipaddrList(ctx, rest, false);
  if (matches(cmd, 'flush')) return ipaddrFlush(ctx, rest);
  if (matches(cmd, 'save')) return ipaddrSaveCmd(ctx, rest);
  if (matches(cmd, 'showdump')) return ipaddrShowdump(ctx);
  if (matches(cmd, 'restore')) return ipaddrRestore(ctx);
  // usage() and the unknown command exit(-1): the end of an ip -batch too, even with -force.
  if (matches(cmd, 'help')) {
    ctx.err(IPADDR_USAGE);
    throw new IpExit(255);
  }
  return fail(ctx, `Command "${cmd}" is unknown, try "ip address help".`, 255);
}
