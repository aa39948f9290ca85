/**
 * `ip tunnel` (IPv4): the ipip/gre/sit/vti tunnels of the old ioctl
 * interface. The reference kernel is built without their drivers
 * (CONFIG_NET_IPIP, CONFIG_NET_IPGRE, CONFIG_IPV6_SIT unset), and tuxnet
 * has none either: `show` lists no tunnel, the ioctls of add, change and
 * delete find no base device ("tunl0", "gre0"...: No such device) or a
 * device that is no tunnel (Operation not supported). The arguments are
 * parsed as iproute2 parses them, with its errors.
 * @iproute2 ip/iptunnel.c parse_args(), do_add(), do_del(), do_show(); ip/tunnel.c tnl_*_ioctl()
 */
import { AF_INET6, duparg2, checkIfname, fail, invarg, matches, nodev, IpExit, type IpCtx, parseUnsigned } from './utils.js';
import { getAddr32 } from './inet_prefix.js';
import { strerror } from '../../net/core/errno.js';
import { ifTunnelIoctl } from '../../net/socket.js';
import { IPPROTO_GRE, IPPROTO_IPIP, IPPROTO_IPV6 } from '../../uapi/linux/in.js';

const SIOCGETTUNNEL = 0x89f0;
const SIOCADDTUNNEL = 0x89f1;
const SIOCDELTUNNEL = 0x89f2;
const SIOCCHGTUNNEL = 0x89f3;

/** struct ip_tunnel_parm, the fields parse_args() decides on. */
interface TunnelParm {
  name: string;
  protocol: number;
  vti: boolean;
  isatap: boolean;
  ikey: boolean;
  okey: boolean;
  ikeyVal: number;
  okeyVal: number;
  daddr: number;
  saddr: number;
  ttl: number;
  /** iph.frag_off: IP_DF unless nopmtudisc. */
  df: boolean;
}

const USAGE =
  'Usage: ip tunnel { add | change | del | show | prl | 6rd } [ NAME ]\n' +
  '        [ mode { gre | ipip | isatap | sit | vti } ]\n' +
  '        [ remote ADDR ] [ local ADDR ]\n' +
  '        [ [i|o]seq ] [ [i|o]key KEY ] [ [i|o]csum ]\n' +
  '        [ prl-default ADDR ] [ prl-nodefault ADDR ] [ prl-delete ADDR ]\n' +
  '        [ 6rd-prefix ADDR ] [ 6rd-relay_prefix ADDR ] [ 6rd-reset ]\n' +
  '        [ ttl TTL ] [ tos TOS ] [ [no]pmtudisc ] [ dev PHYS_DEV ]\n' +
  '\n' +
  'Where: NAME := STRING\n' +
  '       ADDR := { IP_ADDRESS | any }\n' +
  '       TOS  := { STRING | 00..ff | inherit | inherit/STRING | inherit/00..ff }\n' +
  '       TTL  := { 1..255 | inherit }\n' +
  '       KEY  := { DOTTED_QUAD | NUMBER }\n';

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** tnl_parse_key(): a dotted quad, or an unsigned number, else exit(-1). */
function tnlParseKey(ctx: IpCtx, name: string, key: string): number {
  if (key.includes('.')) return getAddr32(ctx, key);
  const v = parseUnsigned(key);
  if (v === null) fail(ctx, `invalid value for "${name}": "${key}"; it should be an unsigned integer`);
  return v;
}

/** The errno of a tunnel ioctl on `name`, printed as tnl_*_ioctl() print it; -1 (exit 1). */
function ioctlFails(ctx: IpCtx, what: string, name: string): number {
  ctx.err(`${what} tunnel "${name}" failed: ${strerror[ifTunnelIoctl(ctx.net, name)]}\n`);
  return 1;
}

/** The protocol of each mode word (set_tunnel_proto()), and whether it is isatap or vti. */
const MODES: Readonly<Record<string, readonly [number, 'isatap' | 'vti' | null]>> = {
  ipip: [IPPROTO_IPIP, null], 'ip/ip': [IPPROTO_IPIP, null], gre: [IPPROTO_GRE, null], 'gre/ip': [IPPROTO_GRE, null],
  sit: [IPPROTO_IPV6, null], 'ipv6/ip': [IPPROTO_IPV6, null], isatap: [IPPROTO_IPV6, 'isatap'], vti: [IPPROTO_IPIP, 'vti'],
};

/** mode WORD: an unknown one, or a second protocol (set_tunnel_proto()), ends ip with exit(-1). */
function setMode(ctx: IpCtx, p: TunnelParm, mode: string): void {
  const m = Object.hasOwn(MODES, mode) ? MODES[mode]! : null;
  if (!m) fail(ctx, `Unknown tunnel mode "${mode}"`);
  if (p.protocol && p.protocol !== m[0]) fail(ctx, 'You managed to ask for more than one tunnel mode.');
  p.protocol = m[0];
  if (m[1] === 'isatap') p.isatap = true;
  if (m[1] === 'vti') p.vti = true;
}

/** parse_args(): null when it returned -1 (after printing why). */
function parseArgs(ctx: IpCtx, argv: string[], cmd: number): TunnelParm | null {
  const p: TunnelParm = { name: '', protocol: 0, vti: false, isatap: false, ikey: false, okey: false, ikeyVal: 0, okeyVal: 0, daddr: 0, saddr: 0, ttl: 0, df: true };
  let medium: string | null = null;
  let i = 0;
  const next = (): string => argv[++i] ?? fail(ctx, 'Command line is not complete. Try option "help"');
  for (let count = 0; i < argv.length; i++, count++) {
    const a = argv[i]!;
    if (a === 'mode') setMode(ctx, p, next());
    else if (a === 'key' || a === 'ikey' || a === 'okey') {
      const k = tnlParseKey(ctx, a, next());
      if (a !== 'okey') Object.assign(p, { ikey: true, ikeyVal: k });
      if (a !== 'ikey') Object.assign(p, { okey: true, okeyVal: k });
    } else if (['seq', 'iseq', 'oseq', 'csum', 'icsum', 'ocsum'].includes(a)) {
      // GRE_SEQ / GRE_CSUM flags: nothing tuxnet could send them to
    } else if (a === 'nopmtudisc') p.df = false;
    else if (a === 'pmtudisc') p.df = true;
    else if (a === 'remote') p.daddr = getAddr32(ctx, next());
    else if (a === 'local') p.saddr = getAddr32(ctx, next());
    else if (a === 'dev') medium = next();
    else if (a === 'ttl' || a === 'hoplimit' || a === 'hlim') {
      const v = next();
      if (v !== 'inherit') {
        const n = parseUnsigned(v);
        if (n === null || n > 255) invarg(ctx, 'invalid TTL\n', v);
        p.ttl = n;
      }
    } else if (a === 'tos' || a === 'tclass' || matches(a, 'dsfield')) {
      // strsep(&dsfield, "/"): the word before '/' is a TOS unless it is "inherit", then the one after is.
      const v = next();
      const slash = v.indexOf('/');
      const head = slash < 0 ? v : v.slice(0, slash);
      const field = head !== 'inherit' ? head : slash < 0 ? null : v.slice(slash + 1);
      if (field !== null && ctx.names.dsfieldA2n(field) === null) invarg(ctx, 'bad TOS value', head);
    } else {
      let v = a;
      if (a === 'name') v = next();
      else if (matches(a, 'help')) usage(ctx);
      if (p.name) duparg2(ctx, 'name', v);
      if (!checkIfname(v)) invarg(ctx, '"name" not a valid ifname', v);
      p.name = v;
      // A change starts from the tunnel's own parameters, read first.
      if (cmd === SIOCCHGTUNNEL && count === 0) {
        ioctlFails(ctx, 'get', v);
        return null;
      }
    }
  }
  if (!p.protocol) {
    if (p.name.startsWith('gre')) p.protocol = IPPROTO_GRE;
    else if (p.name.startsWith('ipip')) p.protocol = IPPROTO_IPIP;
    else if (p.name.startsWith('sit')) p.protocol = IPPROTO_IPV6;
    else if (p.name.startsWith('isatap')) Object.assign(p, { protocol: IPPROTO_IPV6, isatap: true });
    else if (p.name.startsWith('vti')) Object.assign(p, { protocol: IPPROTO_IPIP, vti: true });
  }
  if ((p.ikey || p.okey) && !p.vti && p.protocol !== IPPROTO_GRE) {
    ctx.err('Keys are not allowed with ipip and sit tunnels\n');
    return null;
  }
  if (medium !== null && !ctx.ll.nameToIndex(medium)) nodev(ctx, medium);
  // IN_MULTICAST(daddr): the group is the key, and needs a source.
  if ((p.daddr >>> 28) === 0xe && !p.saddr) {
    ctx.err('A broadcast tunnel requires a source address\n');
    return null;
  }
  return p;
}

/** tnl_defname() */
function tnlDefname(p: TunnelParm): string | null {
  if (p.protocol === IPPROTO_IPIP) return p.vti ? 'ip_vti0' : 'tunl0';
  if (p.protocol === IPPROTO_GRE) return 'gre0';
  if (p.protocol === IPPROTO_IPV6) return 'sit0';
  return null;
}

/** do_add(): add or change through the base device of the mode. */
function doAdd(ctx: IpCtx, cmd: number, argv: string[]): number {
  const p = parseArgs(ctx, argv, cmd);
  if (!p) return 1;
  if (p.ttl && !p.df) {
    ctx.err('ttl != 0 and nopmtudisc are incompatible\n');
    return 1;
  }
  const base = tnlDefname(p);
  if (!base) {
    ctx.err('cannot determine tunnel mode (ipip, gre, vti or sit)\n');
    return 1;
  }
  // tnl_add_ioctl(): a change goes to the named tunnel.
  return ioctlFails(ctx, 'add', cmd === SIOCCHGTUNNEL && p.name ? p.name : base);
}

/** do_del(): the named tunnel, else the mode's base device. */
function doDel(ctx: IpCtx, argv: string[]): number {
  const p = parseArgs(ctx, argv, SIOCDELTUNNEL);
  if (!p) return 1;
  return ioctlFails(ctx, 'delete', p.name || tnlDefname(p) || '');
}

/** do_show(): without a mode, the tunnel devices (the lab has none); with one, the base device's parameters. */
function doShow(ctx: IpCtx, argv: string[]): number {
  const p = parseArgs(ctx, argv, SIOCGETTUNNEL);
  if (!p) return 1;
  const base = tnlDefname(p);
  if (!base) return 0;
  return ioctlFails(ctx, 'get', p.name || base);
}

/** do_iptunnel(): IPv4 (and the unspecified family); IPv6's ip6tnl tunnels are not built. */
export function doIptunnel(ctx: IpCtx, argv: string[]): number {
  if (ctx.opts.family === AF_INET6) fail(ctx, 'Object "tunnel" for IPv6 (ip6tnl tunnels) is not built into tuxnet yet.');
  const [c, ...rest] = argv;
  if (c === undefined) return doShow(ctx, []);
  if (matches(c, 'add')) return doAdd(ctx, SIOCADDTUNNEL, rest);
  if (matches(c, 'change')) return doAdd(ctx, SIOCCHGTUNNEL, rest);
  if (matches(c, 'delete')) return doDel(ctx, rest);
  if (matches(c, 'show') || matches(c, 'lst') || matches(c, 'list')) return doShow(ctx, rest);
  if (matches(c, 'prl') || matches(c, '6rd')) fail(ctx, `ip tunnel ${c}: ISATAP and 6rd (sit) are not built into tuxnet`);
  if (matches(c, 'help')) usage(ctx);
  fail(ctx, `Command "${c}" is unknown, try "ip tunnel help"`);
}
