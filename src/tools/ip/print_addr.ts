/**
 * print_addrinfo(): one RTM_NEWADDR / RTM_DELADDR message as `ip addr` and
 * `ip monitor` show it.
 * @iproute2 ip/ipaddress.c print_addrinfo(), print_ifa_flags()
 */
import { COLOR_INET, COLOR_INET6 } from './color.js';
import { IFA_F_PERMANENT, IFA_F_SECONDARY, type IfAddrMsg } from '../../uapi/linux/if_addr.js';
import type { NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELADDR } from '../../uapi/linux/rtnetlink.js';
import { ipv6ToString } from '../../wire/ipv6.js';
import { AF_INET6 } from './utils.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { formatHost, type IpCtx } from './utils.js';

const INFINITY_LIFE_TIME = 0xffffffff;

/** get_ifa_flags(): IFA_FLAGS when present, else ifa_flags. */
export function ifaFlags(m: IfAddrMsg): number {
  return m.ifaFlags ?? m.flags ?? 0;
}

/** ifa_flag_data[] of ipaddress.c in its order (its "temporary" shares secondary's mask and never prints). */
const IFA_FLAG_NAMES: ReadonlyArray<readonly [number, string]> = [
  [0x01, 'secondary'], [0x02, 'nodad'], [0x04, 'optimistic'], [0x08, 'dadfailed'], [0x10, 'home'], [0x20, 'deprecated'],
  [0x40, 'tentative'], [0x80, 'permanent'], [0x100, 'mngtmpaddr'], [0x200, 'noprefixroute'], [0x400, 'autojoin'], [0x800, 'stable-privacy'],
];

/**
 * print_ifa_flags(): each flag set by name ("temporary" for an IPv6
 * secondary), "dynamic" when not permanent, what is left as `flags %02x`.
 */
function printIfaFlags(pr: Printer, family: number, flags: number): void {
  for (const [mask, name] of IFA_FLAG_NAMES) {
    if (mask === IFA_F_PERMANENT) {
      if (!(flags & mask)) pr.bool(PRINT_ANY, 'dynamic', 'dynamic ', true);
    } else if (flags & mask) {
      if (mask === IFA_F_SECONDARY && family === AF_INET6) pr.bool(PRINT_ANY, 'temporary', 'temporary ', true);
      else {
        pr.string(PRINT_FP, null, '%s ', name);
        pr.bool(PRINT_JSON, name, '', true);
      }
    }
    flags &= ~mask;
  }
  if (!flags) return;
  const hex = flags.toString(16).padStart(2, '0');
  if (pr.json) pr.string(PRINT_JSON, 'ifa_flags', '', hex);
  else pr.string(PRINT_FP, null, 'flags %s ', hex);
}

/** The `valid_lft ... preferred_lft ...` line of IFA_CACHEINFO. */
function printLifetimes(pr: Printer, m: IfAddrMsg): void {
  const ci = m.cacheinfo;
  if (!ci) return;
  pr.nl();
  pr.string(PRINT_FP, null, '       valid_lft ', null);
  if (ci.valid === INFINITY_LIFE_TIME) {
    pr.number(PRINT_JSON, 'valid_life_time', '', INFINITY_LIFE_TIME);
    pr.string(PRINT_FP, null, '%s', 'forever');
  } else pr.number(PRINT_ANY, 'valid_life_time', '%usec', ci.valid);
  pr.string(PRINT_FP, null, ' preferred_lft ', null);
  if (ci.prefered === INFINITY_LIFE_TIME) {
    pr.number(PRINT_JSON, 'preferred_life_time', '', INFINITY_LIFE_TIME);
    pr.string(PRINT_FP, null, '%s', 'forever');
  } else pr.number(PRINT_ANY, 'preferred_life_time', '%usec', ci.prefered);
}

/**
 * print_addrinfo(): `withIndex` is filter.oneline (ip -o addr, ip monitor):
 * the record starts with `N: dev`.
 */
export function printAddrinfo(ctx: IpCtx, pr: Printer, msg: NlMsg<IfAddrMsg>, withIndex: boolean): void {
  const m = msg.body;
  const local = m.local ?? m.address;
  const address = m.address ?? m.local;
  if (msg.type === RTM_DELADDR) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  if (!ctx.opts.brief) {
    if (withIndex) {
      const dev = ctx.ll.indexToName(m.index);
      if (pr.isJson) {
        pr.number(PRINT_JSON, 'index', '', m.index);
        pr.string(PRINT_JSON, 'dev', '', dev);
      } else pr.text(`${m.index}: ${dev}`);
    }
    pr.string(PRINT_ANY, 'family', '    %s ', m.family === AF_INET6 ? 'inet6' : 'inet');
  }
  if (m.addr6) {
    pr.colorString(PRINT_ANY, COLOR_INET6, 'local', '%s', ipv6ToString(m.addr6));
    pr.number(PRINT_ANY, 'prefixlen', '/%d ', m.prefixlen);
  } else if (local !== undefined) {
    pr.colorString(PRINT_ANY, COLOR_INET, 'local', '%s', formatHost(ctx, local));
    if (address !== undefined && address !== local) {
      pr.string(PRINT_FP, null, ' %s ', 'peer');
      pr.colorString(PRINT_ANY, COLOR_INET, 'address', '%s', formatHost(ctx, address));
    }
    pr.number(PRINT_ANY, 'prefixlen', '/%d ', m.prefixlen);
    if (m.rtPriority !== undefined) pr.number(PRINT_ANY, 'metric', 'metric %u ', m.rtPriority);
  }
  if (ctx.opts.brief) return;
  if (m.broadcast !== undefined) {
    pr.string(PRINT_FP, null, '%s ', 'brd');
    pr.colorString(PRINT_ANY, COLOR_INET, 'broadcast', '%s ', formatHost(ctx, m.broadcast));
  }
  // rtnl_rtscope_n2a(): the number under -N.
  pr.string(PRINT_ANY, 'scope', 'scope %s ', ctx.names.scopeN2a(m.scope ?? 0, ctx.opts.numeric));
  printIfaFlags(pr, m.family, ifaFlags(m));
  if (m.label !== undefined) pr.string(PRINT_ANY, 'label', '%s', m.label);
  printLifetimes(pr, m);
  pr.string(PRINT_FP, null, '%s', '\n');
}
