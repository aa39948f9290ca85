/**
 * `ip`: global options, then the object (link, addr, route, netns, ...).
 * @iproute2 ip/ip.c
 */
import { colorPrinter, matchesColor } from './color.js';
import type { CommandFn, Proc } from '../../lab/process.js';
import type { Net } from '../../net/core/net_namespace.js';
import { Printer } from './json_print.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { LlMap } from './ll_map.js';
import { RtNames, procConfFiles } from './rt_names_db.js';
import { AF_BRIDGE, AF_MPLS } from './inet_prefix.js';
import { doBatch } from './batch.js';
import { AF_INET, AF_INET6, AF_PACKET, AF_UNSPEC, IpExit, defaultIpOpts, matches, type IpCtx, type IpOpts } from './utils.js';
import { doIplink } from './iplink.js';
import { doIpaddr } from './ipaddress.js';
import { doIpnetns, netnsSwitch } from './ipnetns.js';
import { doIpnetconf } from './ipnetconf.js';
import { doIproute } from './iproute.js';
import { doIpneigh } from './ipneigh.js';
import { doIprule } from './iprule.js';
import { doIpnexthop } from './ipnexthop.js';
import { doIpmonitor } from './ipmonitor.js';
import { doIpntable } from './ipntable.js';
import { doIpmaddr } from './ipmaddr.js';
import { doTcpMetrics } from './tcp_metrics.js';
import { doIptunnel } from './iptunnel.js';
import { doIptuntap } from './iptuntap.js';

type Handler = (ctx: IpCtx, argv: string[]) => Promise<number> | number;

/** ip.c cmds[]: matched by prefix in this order. */
/** What an iproute2 object tuxnet does not have yet is about (said when it is asked for). */
const NOT_BUILT: Record<string, string> = {
  addrlabel: 'IPv6 address labels', l2tp: 'L2TP tunnels', fou: 'foo-over-UDP', ila: 'ILA', macsec: 'MACsec',
  tuntap: 'TUN/TAP devices', tap: 'TUN/TAP devices', token: 'IPv6 tokens',
  xfrm: 'IPsec (xfrm) states and policies',
  mroute: 'multicast routes', mrule: 'multicast rules', netconf: 'netconf', vrf: 'VRF devices', sr: 'segment routing',
  mptcp: 'MPTCP', ioam: 'IOAM', stats: 'ip stats',
};

function notBuilt(obj: string): Handler {
  return (ctx) => {
    ctx.err(`Object "${obj}" (${NOT_BUILT[obj]}) is not built into tuxnet yet.\n`);
    return 255;
  };
}

/** do_help(): the usage on stderr, exit status 255. */
/** do_help(): usage(), which exit(-1)s (a -batch ends there). */
const doHelp: Handler = (ctx) => {
  ctx.err(usage());
  throw new IpExit(255);
};

/** ip.c cmds[] in iproute2 6.1's order (an abbreviation takes the first match: `ip m` is maddress). */
const cmds: [string, Handler][] = [
  ['address', doIpaddr], ['addrlabel', notBuilt('addrlabel')], ['maddress', doIpmaddr],
  ['route', doIproute], ['rule', doIprule], ['neighbor', doIpneigh], ['neighbour', doIpneigh],
  ['ntable', doIpntable], ['ntbl', doIpntable], ['link', doIplink], ['l2tp', notBuilt('l2tp')],
  ['fou', notBuilt('fou')], ['ila', notBuilt('ila')], ['macsec', notBuilt('macsec')], ['tunnel', doIptunnel],
  ['tunl', doIptunnel], ['tuntap', doIptuntap], ['tap', doIptuntap], ['token', notBuilt('token')],
  ['tcpmetrics', doTcpMetrics], ['tcp_metrics', doTcpMetrics], ['monitor', doIpmonitor],
  ['xfrm', notBuilt('xfrm')], ['mroute', notBuilt('mroute')], ['mrule', notBuilt('mrule')], ['netns', doIpnetns],
  ['netconf', doIpnetconf],
  ['vrf', notBuilt('vrf')], ['sr', notBuilt('sr')], ['nexthop', doIpnexthop],
  ['mptcp', notBuilt('mptcp')], ['ioam', notBuilt('ioam')], ['stats', notBuilt('stats')], ['help', doHelp],
];


/** The handler each full object word gets (the first of cmds[] it matches, as an abbreviation would): one lookup for the usual spelling. */
const CMD_OF_WORD: ReadonlyMap<string, Handler> = new Map(cmds.map(([name]) => [name, cmds.find((e) => matches(name, e[0]))![1]]));

/** `-family NAME`: read_family(); `help` is usage(); an unknown name leaves AF_UNSPEC, refused by invarg(). */
function familyOpt(f: string | undefined, opts: IpOpts, err: (s: string) => void): { exit: number } | null {
  if (f === undefined || f === 'help') {
    err(usage());
    return { exit: 255 };
  }
  opts.family = readFamily(f);
  if (opts.family !== AF_UNSPEC) return null;
  err(`Error: argument "${f}" is wrong: invalid protocol family\n`);
  return { exit: 255 };
}

/** read_family() (lib/utils.c). */
function readFamily(f: string): number {
  return f === 'inet' ? AF_INET : f === 'inet6' ? AF_INET6 : f === 'link' ? AF_PACKET : f === 'mpls' ? AF_MPLS : f === 'bridge' ? AF_BRIDGE : AF_UNSPEC;
}

/**
 * The objects tuxnet's ip runs for the mpls and bridge families: netconf
 * (a family filter: the reference kernel has no MPLS, IPv4 and IPv6 answer
 * for no other family) and link (its dump is every family's).
 */
const MPLS_BRIDGE_OBJECTS = new Set<Handler>([doIpnetconf, doIplink]);

/** Parse the global options; returns the index of the object word. */
function parseGlobals(argv: string[], opts: IpOpts, err: (s: string) => void, out: (s: string) => void): number | { exit: number } {
  let i = 0;
  for (; i < argv.length; i++) {
    let opt = argv[i]!;
    if (opt === '--') {
      i++;
      break;
    }
    if (!opt.startsWith('-')) break;
    if (opt.startsWith('--')) opt = opt.slice(1);
    if (opt === '-4') opts.family = AF_INET;
    else if (opt === '-6') opts.family = AF_INET6;
    else if (opt === '-0') opts.family = AF_PACKET;
    else if (opt === '-M') opts.family = AF_MPLS;
    else if (opt === '-B') opts.family = AF_BRIDGE;
    else if (matches(opt, '-json') ) opts.json = true;
    else if (matches(opt, '-pretty')) opts.pretty = true;
    else if (matches(opt, '-details')) opts.details++;
    else if (matches(opt, '-human') || matches(opt, '-human-readable')) opts.human = true;
    else if (matches(opt, '-iec')) opts.iec = true;
    else if (matches(opt, '-statistics') || matches(opt, '-stats')) opts.stats++;
    else if (matches(opt, '-oneline')) opts.oneline = true;
    else if (opt === '-N' || matches(opt, '-Numeric')) opts.numeric = true;
    else if (matches(opt, '-resolve')) opts.resolveHosts = true;
    else if (matches(opt, '-force') && opt !== '-f') opts.force = true; // ip.c tests -family first: -f is -family
    else if (matches(opt, '-timestamp')) opts.timestamp++;
    else if (matches(opt, '-tshort')) {
      opts.timestamp++;
      opts.tshort = true;
    }
    else if (opt === '-n' || matches(opt, '-netns')) {
      const name = argv[++i];
      if (name === undefined) {
        err('Command line is not complete. Try option "help"\n');
        return { exit: 255 };
      }
      opts.netnsName = name;
    } else if (matches(opt, '-batch')) {
      const file = argv[++i];
      if (file === undefined) {
        // ip.c: `if (argc <= 1) usage();`
        err(usage());
        return { exit: 255 };
      }
      opts.batchFile = file;
    } else if (matches(opt, '-brief')) opts.brief = true;
    else if (matches(opt, '-family')) {
      const bad = familyOpt(argv[++i], opts, err);
      if (bad) return bad;
    } else if (matches(opt, '-loops') || matches(opt, '-rcvbuf')) {
      // max_flush_loops / rcvbuf: nothing in tuxnet depends on them.
      const v = argv[++i];
      if (v === undefined) {
        err(usage());
        return { exit: 255 };
      }
      if (opt.startsWith('-r') && !/^(0x[0-9a-f]+|[0-9]+)$/i.test(v)) {
        err(`Invalid rcvbuf size '${v}'\n`);
        return { exit: 255 };
      }
    } else if (matchesColor(opt)) opts.color = matchesColor(opt)!;
    else if (matches(opt, '-Version')) {
      out('ip utility, iproute2-6.1.0, libbpf 1.1.2\n');
      return { exit: 0 };
    } else if (opt === '-echo') opts.echoRequest = (opts.echoRequest ?? 0) + 1;
    else if (matches(opt, '-help')) {
      err(usage());
      return { exit: 255 };
    } else if (matches(opt, '-all')) opts.all = true;
    else {
      err(`Option "${argv[i]}" is unknown, try "ip -help".\n`);
      return { exit: 255 };
    }
  }
  return i;
}

/** The context of one `ip` run (a class: a literal with a getter is built the slow way, at every command). */
class IpInvocation implements IpCtx {
  /** rtnl_open() */
  readonly nl: NetlinkSock;
  readonly ll: LlMap;
  nsidNames?: Map<number, string>;
  private rtNames: RtNames | null = null;

  constructor(
    readonly p: Proc,
    readonly net: Net,
    readonly opts: IpOpts,
    readonly err: (s: string) => void,
  ) {
    this.nl = new NetlinkSock(net);
    this.ll = new LlMap(this.nl);
  }

  out(s: string): void {
    this.p.stdout.write(s);
  }

  newPrinter(): Printer {
    return colorPrinter(new Printer(this.opts.json, this.opts.pretty, this.opts.oneline), this.opts, this.p);
  }

  textPrinter(): Printer {
    return colorPrinter(new Printer(false, false, this.opts.oneline), this.opts, this.p);
  }

  /** Made when a name is first looked up: most commands look none up. */
  get names(): RtNames {
    return (this.rtNames ??= new RtNames(procConfFiles(this.p, this.err)));
  }
}

/** The `ip` command of the lab. */
export const ipCommand: CommandFn = async (p) => {
  const opts = defaultIpOpts();
  const err = (s: string): void => p.stderr.write(s);
  const at = parseGlobals(p.argv.slice(1), opts, err, (s) => p.stdout.write(s));
  if (typeof at !== 'number') return at.exit;
  const net = netnsSwitch(p, opts.netnsName, err);
  if (!net) return 255;
  const rest = p.argv.slice(1 + at);
  const ctx = new IpInvocation(p, net, opts, err);
  try {
    // batch() opens its rtnl handle without rtnl_set_strict_dump(): the kernel's dumps there are the legacy, unchecked ones.
    if (opts.batchFile !== null) {
      ctx.nl.strictChk = false;
      return await batch(ctx, opts.batchFile);
    }
    // most objects answer at once (`ip link set`): no promise to wait for then
    const st = doCmd(ctx, rest);
    return typeof st === 'number' ? st : await st;
  } catch (e) {
    if (e instanceof IpExit) return e.code;
    throw e;
  } finally {
    ctx.nl.close();
  }
};

/** do_cmd(): dispatch one object; iproute2 exits with the negated return value. */
function doCmd(ctx: IpCtx, rest: string[]): Promise<number> | number {
  const obj = rest[0];
  if (obj === undefined) {
    ctx.err(usage());
    return 255;
  }
  const handler = CMD_OF_WORD.get(obj) ?? cmds.find((e) => matches(obj, e[0]))?.[1];
  if (!handler) {
    ctx.err(`Object "${obj}" is unknown, try "ip help".\n`);
    return 1;
  }
  const fam = ctx.opts.family;
  if ((fam === AF_MPLS || fam === AF_BRIDGE) && !MPLS_BRIDGE_OBJECTS.has(handler)) {
    ctx.err(`The ${fam === AF_MPLS ? 'mpls' : 'bridge'} family (-M, -B, -f) is not implemented in tuxnet for "ip ${obj}".\n`);
    return 255;
  }
  return handler(ctx, rest.slice(1));
}

/** do_batch() of ip: each line with the family the command line gave. */
function batch(ctx: IpCtx, name: string): Promise<number> {
  const family = ctx.opts.family;
  return doBatch(ctx, name, (argv) => {
    ctx.opts.family = family;
    return doCmd(ctx, argv);
  });
}

function usage(): string {
  return [
    'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }',
    '       ip [ -force ] -batch filename',
    'where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |',
    '                   link | macsec | maddress | monitor | mptcp | mroute | mrule |',
    '                   neighbor | neighbour | netconf | netns | nexthop | ntable |',
    '                   ntbl | route | rule | sr | tap | tcpmetrics |',
    '                   token | tunnel | tuntap | vrf | xfrm }',
    '       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |',
    '                    -h[uman-readable] | -iec | -j[son] | -p[retty] |',
    '                    -f[amily] { inet | inet6 | mpls | bridge | link } |',
    '                    -4 | -6 | -M | -B | -0 |',
    '                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |',
    '                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |',
    '                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |',
    '                    -c[olor]}',
    '',
  ].join('\n');
}
