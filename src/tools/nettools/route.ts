/**
 * net-tools 2.10 `route`: the kernel IP routing table from /proc/net/route
 * (names from /etc/hosts and /etc/networks unless -n; -e/-ee for the
 * other columns) and `route add/del` with the rtentry rules of
 * SIOCADDRT/SIOCDELRT, sent as the equivalent rtnetlink request.
 * @net-tools route.c lib/inet_gr.c lib/inet_sr.c lib/inet.c
 * @linux net/ipv4/fib_frontend.c rtentry_to_fib_config()
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { rtIoctlGwType } from '../../net/socket.js';
import { NLM_F_ACK, NLM_F_CREATE, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_DELROUTE, RTM_NEWROUTE } from '../../uapi/linux/rtnetlink.js';
import { RTAX_ADVMSS, RTAX_RTT, RTAX_WINDOW, RTN_UNICAST } from '../../uapi/linux/rtmsg.js';
import { atoi, strtoul0 } from '../lib/stdlib.js';
import type { RtMsg } from '../../uapi/linux/rtmsg.js';
import { strerror } from '../../net/core/errno.js';
import { ipToString } from '../../wire/ipv4.js';
import { sprintf } from '../lib/printf.js';
import { Netdb } from '../lib/netdb.js';
import { hstrerror, inetAton } from './nt_lib.js';
import { dumpLinksAddrs } from './interface.js';

const RTF_UP = 0x1;
const RTF_GATEWAY = 0x2;
const RTF_HOST = 0x4;
const RTF_REINSTATE = 0x8;
const RTF_DYNAMIC = 0x10;
const RTF_MODIFIED = 0x20;
const RTF_REJECT = 0x200;

/** E_USAGE: EXIT_SUCCESS */
const E_USAGE = 0;
const E_OPTERR = 3;
const E_LOOKUP = 6;
const E_SOCK = 7;

/** /proc/net/route's little-endian hex of an address. */
const hexAddr = (h: string): number => {
  const v = parseInt(h, 16) >>> 0;
  return (((v & 0xff) << 24) | ((v >>> 8 & 0xff) << 16) | ((v >>> 16 & 0xff) << 8) | (v >>> 24)) >>> 0;
};

/** INET_rresolve(): names unless numeric; 0.0.0.0/0 is "default" (with 0x8000). */
function rresolve(db: Netdb, ad: number, numeric: boolean, netmask: number, asDefault: boolean, asHost: boolean): string {
  if (numeric) return ipToString(ad);
  if (ad === 0) return netmask === 0 ? (asDefault ? 'default' : '*') : '0.0.0.0';
  const host = (ad & ~netmask) !== 0 || asHost;
  return (host ? db.hostByAddr(ad) : db.netByAddr(ad)) ?? ipToString(ad);
}

/** The flag letters of rprint_fib(). */
function flagText(f: number): string {
  let s = '';
  if (f & RTF_UP) s += 'U';
  if (f & RTF_GATEWAY) s += 'G';
  if (f & RTF_REJECT) s = '!';
  if (f & RTF_HOST) s += 'H';
  if (f & RTF_REINSTATE) s += 'R';
  if (f & RTF_DYNAMIC) s += 'D';
  if (f & RTF_MODIFIED) s += 'M';
  return s;
}

/**
 * rprint_cache(): the headers for ext 1, 2 or 3, then one line per entry of
 * /proc/net/rt_cache, which has none since Linux 3.6 dropped the cache.
 * @net-tools lib/inet_gr.c rprint_cache()
 */
function printCache(p: Proc, ext: number): number {
  const cols = ext === 1 ? 'Flags Metric Ref    Use Iface\n'
    : ext === 2 ? 'Flags   MSS Window  irtt Iface\n'
    : 'Flags Metric Ref    Use Iface    MSS   Window irtt  TOS HHRef HHUptod     SpecDst\n';
  p.stdout.write(`Kernel IP routing cache\nSource          Destination     Gateway         ${cols}`);
  return 0;
}

/** rprint_fib(): the listing, ext 1 (plain), 2 (-e) or 3 (-ee). */
export function printFib(p: Proc, ext: number, numeric: boolean): number {
  const text = p.fs.read('/proc/net/route', p.net);
  const db = new Netdb(p);
  let out = 'Kernel IP routing table\n';
  if (ext === 1) out += 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n';
  if (ext === 2) out += 'Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n';
  if (ext >= 3) out += 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n';
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 11) continue;
    const [iface, dst, gw, fl, ref, use, metric, mask, mss, win, irtt] = f as [string, string, string, string, string, string, string, string, string, string, string];
    const flags = parseInt(fl, 16);
    if (!(flags & RTF_UP)) continue;
    const m = hexAddr(mask);
    const net = rresolve(db, hexAddr(dst), numeric, m, true, (flags & RTF_HOST) !== 0).slice(0, 15);
    const gate = rresolve(db, hexAddr(gw), numeric, 0xffffff00, false, true).slice(0, 15);
    const msk = ipToString(m);
    const fs = flagText(flags);
    const rej = (flags & RTF_REJECT) !== 0;
    if (ext === 1) {
      out += rej ? sprintf('%-15s -               %-15s %-5s %-6d -  %7d -\n', net, msk, fs, +metric, +use)
        : sprintf('%-15s %-15s %-15s %-5s %-6d %-2d %7d %s\n', net, gate, msk, fs, +metric, +ref, +use, iface);
    } else if (ext === 2) {
      out += rej ? sprintf('%-15s -               %-15s %-5s     - -          - -\n', net, msk, fs)
        : sprintf('%-15s %-15s %-15s %-5s %5d %-5d %6d %s\n', net, gate, msk, fs, +mss, +win, +irtt, iface);
    } else {
      out += rej ? sprintf('%-15s -               %-15s %-5s %-6d -  %7d -        -     -      -\n', net, msk, fs, +metric, +use)
        : sprintf('%-15s %-15s %-15s %-5s %-6d %-3d %6d %-6.6s   %-5d %-6d %d\n', net, gate, msk, fs, +metric, +ref, +use, iface, +mss, +win, +irtt);
    }
  }
  p.stdout.write(out);
  return 0;
}

const INET_USAGE = `Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
       inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                              [netmask N] [mss Mss] [window W] [irtt I]
                              [mod] [dyn] [reinstate] [[dev] If]
       inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
       inet_route [-FC] flush      NOT supported
`;

function inetUsage(p: Proc): number {
  p.stderr.write(INET_USAGE);
  return E_OPTERR;
}


interface RtEntry {
  dst: number;
  mask: number | null;
  flags: number;
  gw: number;
  metric: number;
  dev: string | null;
  /** rt_mtu (RTF_MTU, `mss` or `mtu`) */
  mtu: number | null;
  /** rt_window (RTF_WINDOW) */
  window: number | null;
  /** rt_irtt (RTF_IRTT) */
  irtt: number | null;
}

/** INET_resolve(): "default", a dotted quad (a host), a hosts or networks name (net: 1). */
function resolve(db: Netdb, name: string, hostfirst: boolean): { addr: number; isnet: boolean } | null {
  if (name === 'default') return { addr: 0, isnet: true };
  const a = inetAton(name);
  if (a !== null) return { addr: a, isnet: false };
  const h = hostfirst ? db.hostByName(name) : null;
  if (h) return { addr: h.addr, isnet: false };
  const net = db.networks().find((n) => n.name === name);
  if (net) return { addr: net.addr, isnet: true };
  const h2 = hostfirst ? null : db.hostByName(name);
  return h2 ? { addr: h2.addr, isnet: false } : null;
}

/** INET_setroute()'s argument parsing; a number is the exit status of a usage error. */
function parseSetroute(p: Proc, db: Netdb, args: string[]): RtEntry | number {
  let xflag = 0;
  if (args[0] === '-net' || args[0] === '-host') xflag = args.shift() === '-net' ? 1 : 2;
  let target = args.shift();
  if (target === undefined) return inetUsage(p);
  const rt: RtEntry = { dst: 0, mask: null, flags: RTF_UP | RTF_HOST, gw: 0, metric: 0, dev: null, mtu: null, window: null, irtt: null };
  const slash = target.indexOf('/');
  if (slash >= 0) {
    // INET_getnetmask(): strtoul(, 0) of all the rest into an int, then
    // ~(0xffffffffU >> prefix) as x86 shifts (the count taken mod 32: /32 and /0 are 0.0.0.0, /33 is /1).
    const suffix = target.slice(slash + 1);
    const r = strtoul0(suffix);
    if (r.end !== suffix.length) return inetUsage(p);
    const prefix = Number(BigInt.asIntN(32, r.value));
    rt.mask = ~(0xffffffff >>> (prefix & 31)) >>> 0;
    target = target.slice(0, slash);
  }
  const r = resolve(db, target, xflag === 2);
  if (!r) {
    p.stderr.write(`${target}: ${hstrerror(target, xflag === 2)}\n`);
    return E_LOOKUP;
  }
  rt.dst = r.addr;
  if (xflag === 1 || (xflag === 0 && r.isnet)) rt.flags &= ~RTF_HOST;
  while (args.length) {
    const w = args.shift()!;
    const v = (): string | undefined => args.shift();
    if (w === 'metric') {
      const m = v();
      if (m === undefined || !/^\d/.test(m)) return inetUsage(p);
      rt.metric = parseInt(m, 10) + 1;
    } else if (w === 'netmask') {
      const m = v();
      if (m === undefined || rt.mask !== null) return inetUsage(p);
      const a = inetAton(m);
      if (a === null) {
        p.stderr.write(`${m}: ${hstrerror(m)}\n`);
        return E_LOOKUP;
      }
      rt.mask = a;
    } else if (w === 'gw' || w === 'gateway') {
      const g = v();
      if (g === undefined || rt.flags & RTF_GATEWAY) return inetUsage(p);
      const gr = resolve(db, g, true);
      if (!gr) {
        p.stderr.write(`${g}: ${hstrerror(g, true)}\n`);
        return E_LOOKUP;
      }
      if (gr.isnet) {
        p.stderr.write(`route: ${g}: cannot use a NETWORK as gateway!\n`);
        return inetUsage(p);
      }
      rt.gw = gr.addr;
      rt.flags |= RTF_GATEWAY;
    } else if (w === 'mss' || w === 'mtu') {
      // RTF_MSS (RTF_MTU): atoi(), 64..65536.
      const m = v();
      if (m === undefined) return inetUsage(p);
      rt.mtu = atoi(m);
      if (rt.mtu < 64 || rt.mtu > 65536) {
        p.stderr.write('route: Invalid MSS/MTU.\n');
        return inetUsage(p);
      }
    } else if (w === 'window') {
      const m = v();
      if (m === undefined) return inetUsage(p);
      rt.window = atoi(m);
      if (rt.window < 128) {
        p.stderr.write('route: Invalid window.\n');
        return inetUsage(p);
      }
    } else if (w === 'irtt') {
      // RTF_IRTT: atoi() times clk_tck / 100 (USER_HZ 100: 1).
      const m = v();
      if (m === undefined) return inetUsage(p);
      rt.irtt = atoi(m);
    } else if (w === 'mod') rt.flags |= RTF_MODIFIED;
    else if (w === 'dyn') rt.flags |= RTF_DYNAMIC;
    else if (w === 'reinstate') rt.flags |= RTF_REINSTATE;
    else if (w === 'reject') rt.flags |= RTF_REJECT;
    else if (w === 'dev' || w === 'device') {
      const d = v();
      if (rt.dev !== null || d === undefined) return inetUsage(p);
      rt.dev = d;
    } else if (rt.dev === null) {
      rt.dev = w;
      if (args.length) return inetUsage(p);
    } else return inetUsage(p);
  }
  if (rt.flags & RTF_REJECT && rt.dev === null) rt.dev = 'lo';
  return checkMask(p, rt);
}

/** INET_setroute()'s sanity checks of the mask. */
function checkMask(p: Proc, rt: RtEntry): RtEntry | number {
  if (rt.mask) {
    const inv = ~rt.mask >>> 0;
    if (rt.flags & RTF_HOST && inv !== 0) {
      p.stderr.write(`route: netmask ${sprintf('%.8x', inv)} doesn't make sense with host route\n`);
      return inetUsage(p);
    }
    if ((inv & (inv + 1)) >>> 0) {
      p.stderr.write(`route: bogus netmask ${ipToString(rt.mask)}\n`);
      return inetUsage(p);
    }
    if (rt.dst & ~rt.mask) {
      p.stderr.write("route: netmask doesn't match route address\n");
      return inetUsage(p);
    }
  }
  return rt;
}

/** rtentry_to_fib_config() as an RTM_NEWROUTE/RTM_DELROUTE; an errno text on failure. */
function setroute(p: Proc, del: boolean, rt: RtEntry): string | null {
  let plen = 32;
  if (!(rt.flags & RTF_HOST)) {
    const m = rt.mask ?? 0;
    // rtentry_to_fib_config(): bad_mask() (address bits outside the mask, or a mask with holes) is EINVAL.
    const inv = ~m >>> 0;
    if ((rt.dst & inv) >>> 0 || (inv & (inv + 1)) >>> 0) return strerror.EINVAL;
    let l = 0;
    while (l < 32 && m & (0x80000000 >>> l)) l++;
    plen = l;
  }
  const msg: RtMsg = {
    family: 2, dstLen: plen, srcLen: 0, tos: 0, table: 254, protocol: del ? 0 : 3, scope: 255, type: 1, flags: 0,
    dst: plen ? rt.dst : null, priority: rt.metric ? rt.metric - 1 : null, prefsrc: null, gateway: null, oif: null,
    metrics: null, multipath: null,
  };
  if (rt.flags & RTF_REJECT) {
    msg.scope = 254;
    msg.type = 7;
  } else {
    if (rt.dev !== null) {
      const { links, addrs } = dumpLinksAddrs(p);
      const l = links.find((x) => x.ifname === rt.dev!.split(':')[0]);
      if (!l) return strerror.ENODEV;
      msg.oif = l.index;
      // rtentry_to_fib_config(): an alias name (a0:1) makes its label's
      // address the preferred source; a label without one is ENODEV
      if (rt.dev.includes(':')) {
        const a = addrs.find((x) => x.index === l.index && x.label === rt.dev);
        if (!a || a.local === undefined) return strerror.ENODEV;
        msg.prefsrc = a.local;
      }
    }
    if (rt.gw) {
      msg.gateway = rt.gw;
      // only a gateway that inet_addr_type_table() calls unicast makes it universe scope
      if (rt.flags & RTF_GATEWAY && rtIoctlGwType(p.net, rt.gw) === RTN_UNICAST) msg.scope = 0;
    }
    if (!del && msg.scope === 255) msg.scope = 253;
  }
  // rtentry_to_fib_config(): RTF_MTU is RTAX_ADVMSS rt_mtu - 40, RTF_WINDOW RTAX_WINDOW, RTF_IRTT RTAX_RTT rt_irtt << 3.
  if (rt.mtu !== null || rt.window !== null || rt.irtt !== null) {
    msg.metrics = new Map();
    if (rt.mtu !== null) msg.metrics.set(RTAX_ADVMSS, rt.mtu - 40);
    if (rt.window !== null) msg.metrics.set(RTAX_WINDOW, rt.window);
    if (rt.irtt !== null) msg.metrics.set(RTAX_RTT, rt.irtt << 3);
  }
  const nl = new NetlinkSock(p.net);
  try {
    const r = nl.request(del ? RTM_DELROUTE : RTM_NEWROUTE, NLM_F_REQUEST | NLM_F_ACK | (del ? 0 : NLM_F_CREATE), msg);
    return r.ack.error === null ? null : strerror[r.ack.error];
  } finally {
    nl.close();
  }
}

const AFLIST = `    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
    ddp (Appletalk DDP) x25 (CCITT X.25) 
`;

const USAGE = `Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables
       route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.

       route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.
       route {-V|--version}                  Display version/author and exit.

        -v, --verbose            be verbose
        -n, --numeric            don't resolve names
        -e, --extend             display other/more information
        -F, --fib                display Forwarding Information Base (default)
        -C, --cache              display routing cache instead of FIB

  <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet
  List of possible address families (which support routing):
    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
    ddp (Appletalk DDP) x25 (CCITT X.25) 
`;

/** aftrans_opt(): each comma-separated family name; only inet is this lab's (the others are said, status 1). */
function aftransOpt(p: Proc, arg: string): number {
  for (const af of arg.split(',')) {
    if (af === 'inet') continue;
    if (!AF_NAMES.includes(af)) {
      p.stderr.write(`Unknown address family \`${af}'.\n`);
      return 1;
    }
    p.stderr.write(`route: address family \`${af}': not implemented in this lab\n`);
    return 1;
  }
  return 0;
}

/** aftrans[]'s aliases of the families net-tools 2.10 knows. */
const AF_NAMES = ['inet', 'inet6', 'ax25', 'netrom', 'rose', 'ipx', 'ddp', 'appletalk', 'x25', 'unix', 'ash', 'ec', 'econet', 'ip', 'ipv4', 'ipv6'];

/** `route` */
export const route: CommandFn = async (p) => {
  // route.c main(): "-net"/"-host" become "#net"/"#host" so that getopt_long()
  // leaves them; GNU getopt permutes, so an option anywhere (`route add -A inet
  // -net ...`, `route add -4 ...`) is one, and `--` ends them.
  const opts: string[] = [];
  const args: string[] = [];
  const argv = p.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-' || a === '-net' || a === '-host') {
      args.push(a);
      continue;
    }
    opts.push(a);
    // "A:" with nothing after it in the word, or --protocol: the next word is its argument
    if ((a === '--protocol' || /^-[nNveFC46]*A$/.test(a)) && i + 1 < argv.length) opts.push(argv[++i]!);
  }
  let numeric = false;
  let ext = 1;
  // opt_fc: -F and -C add up (both: the FIB, then the cache); neither is the FIB.
  let fib = false;
  let cache = false;
  while (opts.length) {
    const o = opts.shift()!;
    if (o === '--numeric') numeric = true;
    else if (o === '--extend') ext++;
    else if (o === '--cache') cache = true;
    else if (o === '--fib') fib = true;
    else if (o === '-4' || o === '--inet') continue;
    else if (o === '-6' || o === '--inet6') {
      const rc = aftransOpt(p, 'inet6');
      if (rc) return rc;
    } else if (o === '--protocol' || /^-[nNveFC]*A/.test(o)) {
      // getopt "A:": the rest of the word, else the next argument.
      for (const c of o === '--protocol' ? '' : o.slice(1, o.indexOf('A'))) {
        if (c === 'n' || c === 'N') numeric = true;
        if (c === 'e') ext++;
        if (c === 'C') cache = true;
        if (c === 'F') fib = true;
      }
      const rest = o === '--protocol' ? '' : o.slice(o.indexOf('A') + 1);
      const af = rest || opts.shift();
      if (af === undefined) {
        p.stderr.write(`route: option requires an argument -- 'A'\n${AFLIST}`);
        p.stdout.write(USAGE.slice(0, -AFLIST.length));
        return 0;
      }
      const rc = aftransOpt(p, af);
      if (rc) return rc;
    } else if (/^-[nNveFC]+$/.test(o)) {
      for (const c of o.slice(1)) {
        if (c === 'n' || c === 'N') numeric = true;
        if (c === 'e') ext++;
        if (c === 'C') cache = true;
        if (c === 'F') fib = true;
      }
    } else {
      // Debian's route: getopt's complaint and the family list on stderr, the usage on stdout, status 0
      p.stderr.write(`route: invalid option -- '${o.replace(/^-+/, '').charAt(0)}'\n${AFLIST}`);
      p.stdout.write(USAGE.slice(0, -AFLIST.length));
      return 0;
    }
  }
  if (!fib && !cache) fib = true;
  if (args.length === 0) {
    // INET_rprint(): the FIB, then the cache.
    if (fib) {
      const rc = printFib(p, ext, numeric);
      if (rc) return rc;
    }
    return cache ? printCache(p, ext) : 0;
  }
  const action = args.shift()!;
  if (action === 'flush') {
    p.stderr.write("Flushing `inet' routing table not supported\n");
    return inetUsage(p);
  }
  if (action !== 'add' && action !== 'del' && action !== 'delete') {
    p.stderr.write(USAGE);
    return E_OPTERR;
  }
  // INET_rinput(): the cache can not be edited; no argument is the usage, E_USAGE (0).
  if (cache) {
    p.stderr.write("Modifying `inet' routing cache not supported\n");
    return inetUsage(p);
  }
  if (args.length === 0) {
    // usage(E_USAGE): on stdout.
    p.stdout.write(INET_USAGE);
    return E_USAGE;
  }
  const rt = parseSetroute(p, new Netdb(p), args);
  if (typeof rt === 'number') return rt;
  const e = setroute(p, action !== 'add', rt);
  if (e) {
    p.stderr.write(`${action === 'add' ? 'SIOCADDRT' : 'SIOCDELRT'}: ${e}\n`);
    return E_SOCK;
  }
  return 0;
};
