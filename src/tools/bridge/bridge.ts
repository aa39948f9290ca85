/**
 * `bridge`: global options, then the object (link, fdb, vlan). The
 * invocation shares the `ip` tool's context (netlink socket, name cache,
 * JSON printer).
 * @iproute2 bridge/bridge.c
 */
import { colorPrinter, matchesColor } from '../ip/color.js';
import { RtNames, procConfFiles } from '../ip/rt_names_db.js';
import type { CommandFn } from '../../lab/process.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { Printer } from '../ip/json_print.js';
import { LlMap } from '../ip/ll_map.js';
import { netnsSwitch } from '../ip/ipnetns.js';
import { AF_INET, AF_INET6, IpExit, defaultIpOpts, matches, type IpCtx, type IpOpts } from '../ip/utils.js';
import { doFdb } from './fdb.js';
import { doLink } from './link.js';
import { doMdb } from './mdb.js';
import { doMonitor } from './monitor.js';
import { doVlan } from './vlan.js';
import { doVni } from './vni.js';
import { doBatch } from '../ip/batch.js';

type Handler = (ctx: IpCtx, argv: string[]) => number | Promise<number>;

const USAGE =
  'Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\n' +
  '       bridge [ -force ] -batch filename\n' +
  'where  OBJECT := { link | fdb | mdb | vlan | monitor }\n' +
  '       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n' +
  '                    -o[neline] | -t[imestamp] | -n[etns] name |\n' +
  '                    -c[ompressvlans] -color -p[retty] -j[son] }\n';

/** bridge.c cmds[]: matched by prefix; monitor watches the mdb only. */
const cmds: [string, Handler][] = [
  ['link', doLink],
  ['fdb', doFdb],
  ['mdb', doMdb],
  ['vlan', doVlan],
  ['vni', doVni],
  ['monitor', doMonitor],
];

export interface BridgeOpts extends IpOpts {
  compressVlans: number;
}

/** The global options of main(); returns the index of the object word or an exit status. */
function parseGlobals(argv: string[], o: BridgeOpts, out: (s: string) => void, err: (s: string) => void): number | { exit: number } {
  let i = 0;
  for (; i < argv.length; i++) {
    let opt = argv[i]!;
    if (opt === '--') return i + 1;
    if (!opt.startsWith('-')) break;
    if (opt.startsWith('--')) opt = opt.slice(1);
    if (matches(opt, '-help')) {
      err(USAGE);
      return { exit: 255 };
    }
    if (matches(opt, '-Version')) {
      out('bridge utility, 6.1.0\n');
      return { exit: 0 };
    }
    if (matches(opt, '-stats') || matches(opt, '-statistics')) o.stats++;
    else if (matches(opt, '-details')) o.details++;
    else if (matches(opt, '-oneline')) o.oneline = true;
    else if (matches(opt, '-timestamp')) o.timestamp++;
    else if (matches(opt, '-family')) {
      const v = argv[++i];
      if (v === undefined || v === 'help') {
        err(USAGE);
        return { exit: 255 };
      }
      if (v === 'inet') o.family = AF_INET;
      else if (v === 'inet6') o.family = AF_INET6;
      else {
        err(`Error: argument "${v}" is wrong: invalid protocol family\n`);
        return { exit: 255 };
      }
    } else if (opt === '-4') o.family = AF_INET;
    else if (opt === '-6') o.family = AF_INET6;
    else if (matches(opt, '-netns')) {
      const name = argv[++i];
      if (name === undefined) {
        err('Command line is not complete. Try option "help"\n');
        return { exit: 255 };
      }
      o.netnsName = name;
    } else if (matchesColor(opt)) o.color = matchesColor(opt)!;
    else if (matches(opt, '-compressvlans')) o.compressVlans++;
    else if (matches(opt, '-force')) o.force = true;
    else if (matches(opt, '-json')) o.json = true;
    else if (matches(opt, '-pretty')) o.pretty = true;
    else if (matches(opt, '-batch')) {
      const v = argv[++i];
      if (v === undefined) {
        err(USAGE);
        return { exit: 255 };
      }
      o.batchFile = v;
    } else {
      err(`Option "${opt}" is unknown, try "bridge help".\n`);
      return { exit: 255 };
    }
  }
  return i;
}

/** do_cmd(): the object by prefix, in cmds[] order; -1 for an unknown one. */
function doCmd(ctx: IpCtx, argv: string[]): number | Promise<number> {
  const obj = argv[0]!;
  const entry = cmds.find(([name]) => matches(obj, name));
  if (!entry) {
    if (matches(obj, 'help')) {
      ctx.err(USAGE);
      throw new IpExit(255);
    }
    ctx.err(`Object "${obj}" is unknown, try "bridge help".\n`);
    return 255;
  }
  return entry[1](ctx, argv.slice(1));
}

/** The `bridge` command of the lab. */
export const bridgeCommand: CommandFn = async (p) => {
  const opts: BridgeOpts = { ...defaultIpOpts(), compressVlans: 0 };
  const err = (s: string): void => p.stderr.write(s);
  const at = parseGlobals(p.argv.slice(1), opts, (s) => p.stdout.write(s), err);
  if (typeof at !== 'number') return at.exit;
  const net = netnsSwitch(p, opts.netnsName, err);
  if (!net) return 255;
  const rest = p.argv.slice(1 + at);
  const nl = new NetlinkSock(net);
  const ctx: IpCtx = {
    p, net, opts, out: (s) => p.stdout.write(s), err,
    newPrinter: () => colorPrinter(new Printer(opts.json, opts.pretty, opts.oneline), opts, p),
    textPrinter: () => colorPrinter(new Printer(false, false, opts.oneline), opts, p), nl, ll: new LlMap(nl),
    names: new RtNames(procConfFiles(p, err)),
  };
  try {
    if (opts.batchFile !== null) return await doBatch(ctx, opts.batchFile, (argv) => doCmd(ctx, argv));
    if (rest[0] === undefined) {
      err(USAGE);
      return 255;
    }
    return (await doCmd(ctx, rest)) & 0xff;
  } catch (e) {
    // bridge's handlers return -1 on a failed request or an unknown device: exit 255.
    if (e instanceof IpExit) return e.fatal ? e.code : 255;
    throw e;
  } finally {
    nl.close();
  }
};
