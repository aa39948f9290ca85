/**
 * `ip tuntap`: persistent tun/tap devices through /dev/net/tun. add opens
 * the file, TUNSETIFF (with IFF_TUN_EXCL: an existing name is EBUSY),
 * TUNSETOWNER/TUNSETGROUP when asked, TUNSETPERSIST 1, closes; del attaches
 * with the same mode and queueing, TUNSETPERSIST 0, closes (a name that did
 * not exist is made and gone again); show lists the devices of kind "tun"
 * with the flags, owner and group their sysfs files hold.
 * @iproute2 ip/iptuntap.c parse_args(), tap_add_ioctl(), tap_del_ioctl(), print_tuntap(), tun_print_opt()
 */
import { strerror } from '../../net/core/errno.js';
import { TunFile, tunChrClose, tunSetIff, tunSetOwner, tunSetPersist, type TunIfreq } from '../../net/socket.js';
import {
  IFF_MULTI_QUEUE, IFF_NO_PI, IFF_NOFILTER, IFF_ONE_QUEUE, IFF_PERSIST, IFF_TAP, IFF_TUN, IFF_TUN_EXCL, IFF_VNET_HDR,
  TUN_TYPE_MASK, type TunInfo,
} from '../../uapi/linux/if_tun.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import { RTM_GETLINK } from '../../uapi/linux/rtnetlink.js';
import { ARPHRD_ETHER, ARPHRD_NONE } from '../../uapi/linux/if_arp.js';
import { getgrgid, getgrnam, getpwnam, getpwuid } from '../lib/pwd.js';
import { strtol10 } from '../lib/stdlib.js';
import { errnoText, type VfsError } from '../../lab/vfs.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, printOnOff, type Printer } from './json_print.js';
import { checkIfname, duparg2, fail, invarg, IpExit, matches, rtnlDump, type IpCtx } from './utils.js';

const USAGE =
  'Usage: ip tuntap { add | del | show | list | lst | help } [ dev PHYS_DEV ]\n' +
  '       [ mode { tun | tap } ] [ user USER ] [ group GROUP ]\n' +
  '       [ one_queue ] [ pi ] [ vnet_hdr ] [ multi_queue ] [ name NAME ]\n' +
  '\n' +
  'Where: USER  := { STRING | NUMBER }\n' +
  '       GROUP := { STRING | NUMBER }\n';

function usage(ctx: IpCtx): never {
  return fail(ctx, USAGE.slice(0, -1));
}

/** (uid_t)-1 / (gid_t)-1: no owner, no group (the ioctl is not made). */
const NO_ID = 0xffffffff;

/** strtol(arg, &end, 10) with nothing after the number, as a uid_t/gid_t (the low 32 bits); null when it is no number. */
function numericId(arg: string): number | null {
  return /^[ \t\n\v\f\r]*[+-]?\d+$/.test(arg) ? Number(BigInt.asUintN(32, strtol10(arg))) : null;
}

/** A user or group: its number, else its name in the lab's /etc/passwd or /etc/group (exit with "invalid ..."). */
function parseId(ctx: IpCtx, what: 'user' | 'group', arg: string): number {
  const n = arg ? numericId(arg) : null;
  if (n !== null) return n;
  const id = what === 'user' ? getpwnam(arg) : getgrnam(arg);
  if (id === null) fail(ctx, `invalid ${what} "${arg}"`);
  return id;
}

interface TuntapArgs {
  ifr: TunIfreq;
  uid: number;
  gid: number;
}

/** parse_args(): IFF_NO_PI unless `pi`; the mode is required ("You failed to specify a tunnel mode": status 1). */
function parseArgs(ctx: IpCtx, argv: string[], withIds: boolean): TuntapArgs | null {
  const a: TuntapArgs = { ifr: { name: '', flags: IFF_NO_PI }, uid: NO_ID, gid: NO_ID };
  const ifr = a.ifr;
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    const next = (): string => {
      if (++i >= argv.length) fail(ctx, 'Command line is not complete. Try option "help"');
      return argv[i]!;
    };
    if (matches(w, 'mode')) {
      const m = next();
      if (matches(m, 'tun')) {
        if (ifr.flags & IFF_TAP) fail(ctx, 'You managed to ask for more than one tunnel mode.');
        ifr.flags |= IFF_TUN;
      } else if (matches(m, 'tap')) {
        if (ifr.flags & IFF_TUN) fail(ctx, 'You managed to ask for more than one tunnel mode.');
        ifr.flags |= IFF_TAP;
      } else fail(ctx, `Unknown tunnel mode "${m}"`);
    } else if (withIds && matches(w, 'user')) a.uid = parseId(ctx, 'user', next());
    else if (withIds && matches(w, 'group')) a.gid = parseId(ctx, 'group', next());
    else if (matches(w, 'pi')) ifr.flags &= ~IFF_NO_PI;
    else if (matches(w, 'one_queue')) ifr.flags |= IFF_ONE_QUEUE;
    else if (matches(w, 'vnet_hdr')) ifr.flags |= IFF_VNET_HDR;
    else if (matches(w, 'multi_queue')) ifr.flags |= IFF_MULTI_QUEUE;
    else if (matches(w, 'dev')) {
      const d = next();
      if (!checkIfname(d)) invarg(ctx, '"dev" not a valid ifname', d);
      ifr.name = d;
    } else {
      let n = w;
      if (matches(w, 'name')) n = next();
      else if (matches(w, 'help')) usage(ctx);
      if (ifr.name) duparg2(ctx, 'name', n);
      if (!checkIfname(n)) invarg(ctx, '"name" not a valid ifname', n);
      ifr.name = n;
    }
  }
  if (!(ifr.flags & TUN_TYPE_MASK)) {
    ctx.err('You failed to specify a tunnel mode\n');
    return null;
  }
  return a;
}

/** perror() of a failed ioctl, the file closed: status 1. */
function ioctlFailed(ctx: IpCtx, f: TunFile, name: string, e: keyof typeof strerror): number {
  ctx.err(`ioctl(${name}): ${strerror[e]}\n`);
  tunChrClose(f);
  return 1;
}

/** tap_add_ioctl() */
function doAdd(ctx: IpCtx, argv: string[]): number {
  const a = parseArgs(ctx, argv, true);
  if (!a) return 1;
  a.ifr.flags |= IFF_TUN_EXCL;
  const f = new TunFile(ctx.net);
  let e = tunSetIff(f, a.ifr);
  if (e) return ioctlFailed(ctx, f, 'TUNSETIFF', e);
  if (a.uid !== NO_ID && (e = tunSetOwner(f, 'owner', a.uid))) return ioctlFailed(ctx, f, 'TUNSETOWNER', e);
  if (a.gid !== NO_ID && (e = tunSetOwner(f, 'group', a.gid))) return ioctlFailed(ctx, f, 'TUNSETGROUP', e);
  if ((e = tunSetPersist(f, true))) return ioctlFailed(ctx, f, 'TUNSETPERSIST', e);
  tunChrClose(f);
  return 0;
}

/** tap_del_ioctl() */
function doDel(ctx: IpCtx, argv: string[]): number {
  const a = parseArgs(ctx, argv, false);
  if (!a) return 1;
  const f = new TunFile(ctx.net);
  let e = tunSetIff(f, a.ifr);
  if (e) return ioctlFailed(ctx, f, 'TUNSETIFF', e);
  if ((e = tunSetPersist(f, false))) return ioctlFailed(ctx, f, 'TUNSETPERSIST', e);
  tunChrClose(f);
  return 0;
}

/** read_prop(): a number (strtol base 0) from /sys/class/net/DEV/PROP; null after saying why. */
function readProp(ctx: IpCtx, dev: string, prop: string): number | null {
  const fname = `/sys/class/net/${dev}/${prop}`;
  const r = ctx.p.fs.read(fname, ctx.net);
  if (r in errnoText) {
    ctx.err(`fopen ${fname}: ${errnoText[r as VfsError]}\n`);
    return null;
  }
  const line = r.split('\n')[0]!;
  if (!/^[ \t]*[+-]?(0x[0-9a-f]+|\d+)$/i.test(line)) {
    ctx.err(`value "${line}" in file ${fname} is not a number\n`);
    return null;
  }
  return Number(line.trim());
}

/** print_flags() */
function printFlags(pr: Printer, flags: number): void {
  pr.openJsonArray(PRINT_JSON, 'flags');
  const names: [boolean, string][] = [
    [!!(flags & IFF_TUN), 'tun'], [!!(flags & IFF_TAP), 'tap'], [!(flags & IFF_NO_PI), 'pi'], [!!(flags & IFF_ONE_QUEUE), 'one_queue'],
    [!!(flags & IFF_MULTI_QUEUE), 'multi_queue'], [!!(flags & IFF_VNET_HDR), 'vnet_hdr'], [!!(flags & IFF_PERSIST), 'persist'],
    [!(flags & IFF_NOFILTER), 'filter'],
  ];
  for (const [on, n] of names) if (on) pr.string(PRINT_ANY, null, ' %s', n);
  const rest = flags & ~(IFF_TUN | IFF_TAP | IFF_NO_PI | IFF_ONE_QUEUE | IFF_MULTI_QUEUE | IFF_VNET_HDR | IFF_PERSIST | IFF_NOFILTER);
  if (rest) pr.string(PRINT_ANY, null, ' %s', `0x${rest.toString(16)}`);
  pr.closeJsonArray(PRINT_JSON, null);
}

/** do_show() / print_tuntap(): the link dump's devices of kind "tun" (ARPHRD_NONE or ARPHRD_ETHER). */
function doShow(ctx: IpCtx): number {
  const msgs = rtnlDump(ctx, RTM_GETLINK, { family: 0, index: 0 } satisfies IfInfoMsg);
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  for (const m of msgs) {
    const b = m.body as IfInfoMsg;
    if ((b.type !== ARPHRD_NONE && b.type !== ARPHRD_ETHER) || !b.ifname || b.linkinfo?.kind !== 'tun') continue;
    const flags = readProp(ctx, b.ifname, 'tun_flags');
    if (flags === null) continue;
    const owner = readProp(ctx, b.ifname, 'owner');
    if (owner === null) continue;
    const group = readProp(ctx, b.ifname, 'group');
    if (group === null) continue;
    pr.openJsonObject(null);
    pr.string(PRINT_ANY, 'ifname', '%s:', b.ifname);
    printFlags(pr, flags);
    if (owner !== -1) pr.number(PRINT_ANY, 'user', ' user %ld', owner);
    if (group !== -1) pr.number(PRINT_ANY, 'group', ' group %ld', group);
    // show_processes(): no lab process holds /dev/net/tun open.
    if (ctx.opts.details) {
      pr.string(PRINT_FP, null, '%s', `${ctx.opts.oneline ? '\\' : '\n'}\tAttached to processes:`);
      pr.openJsonArray(PRINT_JSON, 'processes');
      pr.closeJsonArray(PRINT_JSON, null);
    }
    pr.closeJsonObject();
    pr.string(PRINT_FP, null, '%s', '\n');
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** do_iptuntap() */
export function doIptuntap(ctx: IpCtx, argv: string[]): number {
  const [c, ...rest] = argv;
  if (c === undefined) return doShow(ctx);
  if (matches(c, 'add')) return doAdd(ctx, rest);
  if (matches(c, 'delete')) return doDel(ctx, rest);
  if (matches(c, 'show') || matches(c, 'lst') || matches(c, 'list')) return doShow(ctx);
  if (matches(c, 'help')) usage(ctx);
  ctx.err(`Command "${c}" is unknown, try "ip tuntap help".\n`);
  throw new IpExit(255);
}

/** tun_print_opt(): `ip -d link`'s "tun type tap pi off vnet_hdr off persist on ..." (owner and group by name when known). */
export function tunPrintOpt(pr: Printer, data: unknown): void {
  const d = data as TunInfo | null;
  if (!d) return;
  const type = d.type === IFF_TUN ? 'tun' : d.type === IFF_TAP ? 'tap' : `UNKNOWN:${d.type}`;
  pr.string(PRINT_ANY, 'type', 'type %s ', type);
  printOnOff(pr, 'pi', 'pi %s ', +d.pi);
  printOnOff(pr, 'vnet_hdr', 'vnet_hdr %s ', +d.vnetHdr);
  if (!d.multiQueue) {
    if (pr.isJson) pr.bool(PRINT_JSON, 'multi_queue', '', false);
  } else {
    pr.bool(PRINT_ANY, 'multi_queue', 'multi_queue ', true);
    if (d.numQueues !== undefined) pr.number(PRINT_ANY, 'numqueues', 'numqueues %u ', d.numQueues);
    if (d.numDisabledQueues !== undefined) pr.number(PRINT_ANY, 'numdisabled', 'numdisabled %u ', d.numDisabledQueues);
  }
  printOnOff(pr, 'persist', 'persist %s ', +d.persist);
  if (d.owner !== undefined) {
    const n = getpwuid(d.owner);
    if (n !== null) pr.string(PRINT_ANY, 'user', 'user %s ', n);
    else pr.number(PRINT_ANY, 'user', 'user %u ', d.owner);
  }
  if (d.group !== undefined) {
    const n = getgrgid(d.group);
    if (n !== null) pr.string(PRINT_ANY, 'group', 'group %s ', n);
    else pr.number(PRINT_ANY, 'group', 'group %u ', d.group);
  }
}
