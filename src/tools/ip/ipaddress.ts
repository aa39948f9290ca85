/**
 * `ip address`: add/change/replace/del/flush/show of IPv4 addresses.
 * @iproute2 ip/ipaddress.c; kernel side @linux net/ipv4/devinet.c inet_rtm_newaddr(), inet_rtm_deladdr()
 */
import type { NetDevice } from '../../net/core/netdevice.js';
import { KError } from '../../net/core/errno.js';
import {
  IFA_F_NOPREFIXROUTE, IFA_F_PERMANENT, IFA_F_SECONDARY, findMatchingIfa, inetAllocIfa, inetDelIfa, inetIfaMatch,
  inetInsertIfa, type InIfaddr,
} from '../../net/ipv4/devinet.js';
import { RT_SCOPE_HOST } from '../../net/ipv4/fib_types.js';
import { ipToString, prefixToMask } from '../../wire/ipv4.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { printLinkinfo } from './print_link.js';
import {
  AF_INET, AF_INET6, AF_PACKET, duparg, duparg2, fail, invarg, matches, nodev, parsePrefix, parseUnsigned, rtnl,
  type IpCtx, type Prefix,
} from './utils.js';
import { scopeA2n, scopeN2a } from './rt_names.js';

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
}

/** family_name_verbose() */
function familyVerbose(family: number): string {
  return family === AF_INET ? 'inet' : family === AF_INET6 ? 'inet6' : 'any valid';
}

/** get_prefix(): exit 1 with iproute2's message on a malformed prefix. */
function getPrefixOrExit(ctx: IpCtx, arg: string, family: number): Prefix {
  const p = parsePrefix(arg);
  if (!p) fail(ctx, `Error: ${familyVerbose(family)} prefix is expected rather than "${arg}".`, 1);
  return p;
}

/** get_addr(): an address without a prefix length. */
function getAddrOrExit(ctx: IpCtx, arg: string, family: number): number {
  const p = parsePrefix(arg);
  if (!p || arg.includes('/') || p.isDefault) fail(ctx, `Error: ${familyVerbose(family)} address is expected rather than "${arg}".`, 1);
  return p.addr;
}

/** The argument loop of ipaddr_modify(). */
function parseAddrArgs(ctx: IpCtx, argv: string[]): AddrReq {
  const r: AddrReq = { local: null, localArg: '', peer: null, brd: null, label: null, scope: null, metric: null, flags: 0, dev: null };
  // req.ifa.ifa_family: the -4/-6 preference, else the first address parsed.
  let family = ctx.opts.family;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
    if (a === 'peer' || a === 'remote') {
      const v = next();
      if (r.peer) duparg(ctx, 'peer', v);
      r.peer = getPrefixOrExit(ctx, v, family);
      family = AF_INET;
    } else if (matches(a, 'broadcast') || a === 'brd') {
      const v = next();
      if (r.brd !== null) duparg(ctx, 'broadcast', v);
      if (v === '+' || v === '-') r.brd = v;
      else r.brd = getAddrOrExit(ctx, v, family);
    } else if (a === 'scope') {
      const v = next();
      const s = scopeA2n(v);
      if (s === null) invarg(ctx, 'invalid scope value.', v);
      r.scope = s;
    } else if (a === 'dev') r.dev = next();
    else if (a === 'label') r.label = next();
    else if (matches(a, 'metric') || matches(a, 'priority') || matches(a, 'preference')) {
      const v = next();
      const m = parseUnsigned(v);
      if (m === null) invarg(ctx, '"metric" value is invalid\n', v);
      r.metric = m;
    } else if (a === 'noprefixroute') r.flags |= IFA_F_NOPREFIXROUTE;
    else if (a === 'valid_lft' || a === 'preferred_lft') {
      const v = next();
      if (v !== 'forever') fail(ctx, `Error: "${a}" other than forever is not supported by tuxnet yet.`, 1);
    } else if (['home', 'nodad', 'mngtmpaddr', 'optimistic'].includes(a)) {
      ctx.err(`Warning: ${a} option can be set only for IPv6 addresses\n`);
    } else {
      const v = a === 'local' ? next() : a;
      if (r.local) duparg2(ctx, 'local', v);
      r.localArg = v;
      r.local = getPrefixOrExit(ctx, v, family);
      family = AF_INET;
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

/** ipaddr_modify() + inet_rtm_newaddr(). */
function ipaddrAdd(ctx: IpCtx, argv: string[], mode: 'add' | 'change' | 'replace'): number {
  const r = parseAddrArgs(ctx, argv);
  if (r.dev === null) {
    ctx.err('Not enough information: "dev" argument is required.\n');
    return 1;
  }
  const dev = ctx.net.devByName(r.dev);
  if (!dev) nodev(ctx, r.dev);
  if (!r.local) return rtnl(ctx, () => { throw new KError('EOPNOTSUPP'); });
  const peer = r.peer ?? r.local;
  const prefixlen = r.peer ? r.peer.bitlen : r.local.bitlen;
  let brd: number | null = typeof r.brd === 'number' ? r.brd : null;
  if (r.brd === '+' || r.brd === '-') brd = computeBroadcast({ ...peer, bitlen: prefixlen }, r.brd);
  const scope = r.scope ?? (r.local.addr >>> 24 === 127 ? RT_SCOPE_HOST : 0);
  return rtnl(ctx, () => {
    inetRtmNewaddr(dev, { local: r.local!.addr, address: peer.addr, prefixlen, brd, scope, label: r.label, metric: r.metric, flags: r.flags }, mode);
    return 0;
  });
}

interface NewAddr {
  local: number;
  address: number;
  prefixlen: number;
  brd: number | null;
  scope: number;
  label: string | null;
  metric: number | null;
  flags: number;
}

/** inet_rtm_newaddr(): insert, or with NLM_F_REPLACE update the metric of an existing address. */
function inetRtmNewaddr(dev: NetDevice, a: NewAddr, mode: 'add' | 'change' | 'replace'): void {
  const inDev = dev.ip;
  if (!inDev) throw new KError('ENOBUFS');
  if (a.prefixlen > 32) throw new KError('EINVAL');
  if (a.label !== null && a.label.length >= 16) throw new KError('EINVAL', 'Attribute failed policy validation');
  const mask = prefixToMask(a.prefixlen);
  const existing = findMatchingIfa(inDev, a.local, a.address, mask);
  if (existing) {
    if (mode === 'add') throw new KError('EEXIST', 'ipv4: Address already assigned');
    const metric = a.metric ?? 0;
    if (existing.rtPriority !== metric) {
      dev.net.ipv4.fib.modifyPrefixMetric(existing, metric);
      existing.rtPriority = metric;
    }
    return;
  }
  // rtm_to_ifaddr(): configuring an address pins every conf and neigh knob
  // of the device (default.X writes no longer reach it).
  inDev.cnf.setAll();
  inDev.arpParms.setAll();
  const ifa = inetAllocIfa(inDev, a.local, a.prefixlen);
  ifa.address = a.address;
  ifa.broadcast = a.brd ?? 0;
  ifa.scope = a.scope;
  ifa.flags = a.flags | IFA_F_PERMANENT;
  ifa.rtPriority = a.metric ?? 0;
  if (a.label !== null) ifa.label = a.label;
  // A loopback-range address is always host scope (inet_rtm_newaddr).
  if (a.local >>> 24 === 127) ifa.scope = RT_SCOPE_HOST;
  inetInsertIfa(ifa);
}

/** ipaddr_modify(RTM_DELADDR) + inet_rtm_deladdr(). */
function ipaddrDel(ctx: IpCtx, argv: string[]): number {
  const r = parseAddrArgs(ctx, argv);
  if (r.dev === null) {
    ctx.err('Not enough information: "dev" argument is required.\n');
    return 1;
  }
  // Without an address the request has no family: rtnetlink answers EOPNOTSUPP.
  if (!r.local && !r.peer) return rtnl(ctx, () => { throw new KError('EOPNOTSUPP'); });
  let matchAddress: { addr: number; plen: number } | null = null;
  if (r.peer) matchAddress = { addr: r.peer.addr, plen: r.peer.bitlen };
  else if (r.local) {
    if (!r.local.hasLen) {
      ctx.err(
        'Warning: Executing wildcard deletion to stay compatible with old scripts.\n' +
          `         Explicitly specify the prefix length (${r.localArg}/32) to avoid this warning.\n` +
          '         This special behaviour is likely to disappear in further releases,\n' +
          '         fix your scripts!\n',
      );
    } else matchAddress = { addr: r.local.addr, plen: r.local.bitlen };
  }
  const dev = ctx.net.devByName(r.dev);
  if (!dev) nodev(ctx, r.dev);
  return rtnl(ctx, () => {
    const inDev = dev.ip;
    if (!inDev) throw new KError('ENODEV');
    for (const ifa of inDev.addrs()) {
      if (r.local && ifa.local !== r.local.addr) continue;
      if (r.label !== null && r.label !== ifa.label) continue;
      if (matchAddress && (matchAddress.plen !== ifa.prefixlen || !inetIfaMatch(matchAddress.addr, ifa))) continue;
      inetDelIfa(ifa);
      return 0;
    }
    throw new KError('EADDRNOTAVAIL', 'ipv4: Address not found');
  });
}

interface AddrFilter {
  dev: NetDevice | null;
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

function addrMatches(f: AddrFilter, ifa: InIfaddr): boolean {
  if (((f.scope ^ ifa.scope) & f.scopemask) !== 0) return false;
  if (((f.flags ^ ifa.flags) & f.flagmask) !== 0) return false;
  if (f.label !== null && !fnmatch(f.label, ifa.label)) return false;
  if (f.pfx && f.pfx.bitlen > 0 && ((ifa.local ^ f.pfx.addr) & prefixToMask(f.pfx.bitlen)) !== 0) return false;
  return true;
}

/** The selector loop of ipaddr_list_flush_or_save(). */
function parseAddrFilter(ctx: IpCtx, argv: string[]): AddrFilter | number {
  const f: AddrFilter = { dev: null, label: null, scope: 0, scopemask: 0, flags: 0, flagmask: 0, pfx: null, up: false };
  let devName: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
    if (a === 'to') {
      const v = next();
      f.pfx = parsePrefix(v) ?? invarg(ctx, 'invalid "to"\n', v);
    } else if (a === 'scope') {
      const v = next();
      const s = scopeA2n(v);
      f.scopemask = -1;
      if (s === null) {
        if (v !== 'all') invarg(ctx, 'invalid "scope"\n', v);
        f.scope = 255;
        f.scopemask = 0;
      } else f.scope = s;
    } else if (a === 'up') f.up = true;
    else if (a === 'secondary' || a === 'temporary') {
      f.flags |= IFA_F_SECONDARY;
      f.flagmask |= IFA_F_SECONDARY;
    } else if (a === 'primary') f.flagmask |= IFA_F_SECONDARY;
    else if (a === 'permanent') {
      f.flags |= IFA_F_PERMANENT;
      f.flagmask |= IFA_F_PERMANENT;
    } else if (a === 'dynamic') f.flagmask |= IFA_F_PERMANENT;
    else if (a === 'noprefixroute') {
      f.flags |= IFA_F_NOPREFIXROUTE;
      f.flagmask |= IFA_F_NOPREFIXROUTE;
    } else if (a === 'label') f.label = next();
    else {
      const v = a === 'dev' ? next() : a;
      if (devName !== null) duparg2(ctx, 'dev', v);
      devName = v;
    }
  }
  if (devName !== null) {
    f.dev = ctx.net.devByName(devName);
    if (!f.dev) {
      ctx.err(`Device "${devName}" does not exist.\n`);
      return 1;
    }
  }
  return f;
}

/** print_addrinfo() */
function printAddrinfo(ctx: IpCtx, pr: Printer, ifa: InIfaddr): void {
  if (!ctx.opts.brief) {
    if (ctx.opts.oneline) {
      if (pr.isJson) {
        pr.number(PRINT_JSON, 'index', '', ifa.inDev.dev.ifindex);
        pr.string(PRINT_JSON, 'dev', '', ifa.inDev.dev.name);
      } else pr.text(`${ifa.inDev.dev.ifindex}: ${ifa.inDev.dev.name}`);
    }
    pr.string(PRINT_ANY, 'family', '    %s ', 'inet');
  }
  pr.string(PRINT_ANY, 'local', '%s', ipToString(ifa.local));
  if (ifa.address !== ifa.local) {
    pr.string(PRINT_FP, null, ' %s ', 'peer');
    pr.string(PRINT_ANY, 'address', '%s', ipToString(ifa.address));
  }
  pr.number(PRINT_ANY, 'prefixlen', '/%d ', ifa.prefixlen);
  if (ifa.rtPriority) pr.number(PRINT_ANY, 'metric', 'metric %u ', ifa.rtPriority);
  if (ctx.opts.brief) return;
  if (ifa.broadcast) {
    pr.string(PRINT_FP, null, '%s ', 'brd');
    pr.string(PRINT_ANY, 'broadcast', '%s ', ipToString(ifa.broadcast));
  }
  pr.string(PRINT_ANY, 'scope', 'scope %s ', scopeN2a(ifa.scope));
  printIfaFlags(pr, ifa.flags);
  pr.string(PRINT_ANY, 'label', '%s', ifa.label);
  pr.nl();
  pr.string(PRINT_FP, null, '       valid_lft ', null);
  pr.number(PRINT_JSON, 'valid_life_time', '', 0xffffffff);
  pr.string(PRINT_FP, null, '%s', 'forever');
  pr.string(PRINT_FP, null, ' preferred_lft ', null);
  pr.number(PRINT_JSON, 'preferred_life_time', '', 0xffffffff);
  pr.string(PRINT_FP, null, '%s', 'forever');
  pr.string(PRINT_FP, null, '%s', '\n');
}

/** print_ifa_flags() for IPv4: secondary, dynamic (not permanent), noprefixroute, autojoin. */
function printIfaFlags(pr: Printer, flags: number): void {
  if (flags & IFA_F_SECONDARY) {
    pr.string(PRINT_FP, null, '%s ', 'secondary');
    pr.bool(PRINT_JSON, 'secondary', '', true);
  }
  if (!(flags & IFA_F_PERMANENT)) pr.bool(PRINT_ANY, 'dynamic', 'dynamic ', true);
  if (flags & IFA_F_NOPREFIXROUTE) {
    pr.string(PRINT_FP, null, '%s ', 'noprefixroute');
    pr.bool(PRINT_JSON, 'noprefixroute', '', true);
  }
}

/** ipaddr_list_flush_or_save(IPADD_LIST) */
function ipaddrList(ctx: IpCtx, argv: string[], doLink: boolean): number {
  const f = parseAddrFilter(ctx, argv);
  if (typeof f === 'number') return f;
  const fam = ctx.opts.family;
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  const devs = f.dev ? [f.dev] : ctx.net.devicesSorted();
  const filtering = (fam !== 0 && fam !== AF_PACKET) || f.label !== null || f.pfx !== null || f.scopemask !== 0 || f.flagmask !== 0;
  for (const dev of devs) {
    if (f.up && !dev.isUp) continue;
    const addrs = fam === AF_PACKET || fam === AF_INET6 ? [] : [...(dev.ip?.addrs() ?? [])].filter((a) => addrMatches(f, a));
    if (filtering && addrs.length === 0 && !(fam === 0 && !dev.ip?.ifaList && f.label === null && f.pfx === null)) continue;
    if (filtering && fam === AF_INET6) continue;
    pr.openJsonObject();
    if ((ctx.opts.brief || !ctx.opts.oneline) && f.label === null) {
      printLinkinfo(ctx, pr, dev, { showQueue: true, doLink });
      if (!ctx.opts.brief) pr.nl();
    }
    if (fam !== AF_PACKET) {
      pr.openJsonArray(PRINT_JSON, 'addr_info');
      for (const ifa of addrs) {
        pr.openJsonObject();
        printAddrinfo(ctx, pr, ifa);
        pr.closeJsonObject();
      }
      pr.closeJsonArray(PRINT_JSON, null);
      if (ctx.opts.brief) pr.string(PRINT_FP, null, '%s', '\n');
    }
    pr.closeJsonObject();
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** ipaddr_flush(): delete every selected address (secondaries may vanish with their primary). */
function ipaddrFlush(ctx: IpCtx, argv: string[]): number {
  if (argv.length === 0) {
    ctx.err('Flush requires arguments.\n');
    return 1;
  }
  const f = parseAddrFilter(ctx, argv);
  if (typeof f === 'number') return f;
  const devs = f.dev ? [f.dev] : ctx.net.devicesSorted();
  for (const dev of devs) {
    if (f.up && !dev.isUp) continue;
    for (;;) {
      const ifa = [...(dev.ip?.addrs() ?? [])].find((a) => addrMatches(f, a));
      if (!ifa) break;
      inetDelIfa(ifa);
    }
  }
  return 0;
}

/** do_ipaddr() */
export function doIpaddr(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  const rest = argv.slice(1);
  if (cmd === undefined) return ipaddrList(ctx, [], false);
  if (matches(cmd, 'add')) return ipaddrAdd(ctx, rest, 'add');
  if (matches(cmd, 'change') || cmd === 'chg') return ipaddrAdd(ctx, rest, 'change');
  if (matches(cmd, 'replace')) return ipaddrAdd(ctx, rest, 'replace');
  if (matches(cmd, 'delete')) return ipaddrDel(ctx, rest);
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return ipaddrList(ctx, rest, false);
  if (matches(cmd, 'flush')) return ipaddrFlush(ctx, rest);
  ctx.err(`Command "${cmd}" is unknown, try "ip address help".\n`);
  return 255;
}

