/**
 * `ip netns`: named namespaces (the /run/netns files of iproute2).
 * @iproute2 ip/ipnetns.c
 */
import { IPNETNS_USAGE } from './usage_text.js';
import type { Proc } from '../../lab/process.js';
import type { Net } from '../../net/core/net_namespace.js';
import { matches, type IpCtx } from './utils.js';
import { NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_GETNSID } from '../../uapi/linux/rtnetlink.js';
import { NETNSA_NSID_NOT_ASSIGNED, type NetnsMsg } from '../../uapi/linux/net_namespace.js';

/** netns_get_fd(): the namespace /run/netns/NAME refers to. */
export function netnsByName(p: Proc, name: string): Net | null {
  return p.lab.netns.get(name) ?? null;
}

/**
 * `-n NAME` / `-netns NAME` (netns_switch()): the namespace the command runs
 * in, or null after saying the namespace does not exist.
 */
export function netnsSwitch(p: Proc, name: string | null, err: (s: string) => void): Net | null {
  if (name === null) return p.net;
  const found = netnsByName(p, name);
  if (!found) err(`Cannot open network namespace "${name}": No such file or directory\n`);
  return found;
}

/** get_netnsid_from_name(): RTM_GETNSID with NETNSA_FD; -1 when none was assigned. */
export function netnsidFromName(ctx: IpCtx, name: string): number {
  const fd = netnsByName(ctx.p, name);
  if (!fd) return NETNSA_NSID_NOT_ASSIGNED;
  const r = ctx.nl.request<NetnsMsg>(RTM_GETNSID, NLM_F_REQUEST, { family: 0, fd });
  const answer = r.msgs[0];
  if (r.ack.error !== null || !answer) return NETNSA_NSID_NOT_ASSIGNED;
  return (answer.body as NetnsMsg).nsid ?? NETNSA_NSID_NOT_ASSIGNED;
}

/**
 * netns_map_init(): the names of /run/netns by the ids this namespace gave
 * them, read once: a long-running `ip monitor` does not see ids given later.
 */
export function netnsMapInit(ctx: IpCtx): Map<number, string> {
  if (ctx.nsidNames) return ctx.nsidNames;
  const map = new Map<number, string>();
  for (const name of ctx.p.lab.netns.keys()) {
    const id = netnsidFromName(ctx, name);
    if (id >= 0 && !map.has(id)) map.set(id, name);
  }
  ctx.nsidNames = map;
  return map;
}

/** get_name_from_nsid(): the /run/netns name whose id here is `id`. */
export function nameFromNsid(ctx: IpCtx, id: number): string | null {
  if (id < 0) return null;
  return netnsMapInit(ctx).get(id) ?? null;
}

/** netns_list(): newest first (the tmpfs directory order), with ids the caller's namespace assigned. */
function netnsList(ctx: IpCtx): number {
  const names = [...ctx.p.lab.netns.keys()].reverse();
  for (const name of names) {
    const id = netnsidFromName(ctx, name);
    ctx.out(id >= 0 ? `${name} (id: ${id})\n` : `${name}\n`);
  }
  return 0;
}

function netnsAdd(ctx: IpCtx, name: string | undefined): number {
  if (name === undefined) {
    ctx.err('No netns name specified\n');
    return 1;
  }
  if (name === '' || name.includes('/') || name === '.' || name === '..') {
    ctx.err(`Invalid netns name "${name}"\n`);
    return 255;
  }
  if (ctx.p.lab.netns.has(name)) {
    ctx.err(`Cannot create namespace file "/run/netns/${name}": File exists\n`);
    return 1;
  }
  ctx.p.lab.netns.set(name, ctx.p.lab.newNet());
  return 0;
}

function netnsDelete(ctx: IpCtx, name: string | undefined): number {
  if (name === undefined) {
    ctx.err('No netns name specified\n');
    return 1;
  }
  const net = ctx.p.lab.netns.get(name);
  if (!net) {
    ctx.err(`Cannot remove namespace file "/run/netns/${name}": No such file or directory\n`);
    return 1;
  }
  ctx.p.lab.netns.delete(name);
  ctx.p.lab.destroyNet(net);
  return 0;
}

async function netnsExec(ctx: IpCtx, argv: string[]): Promise<number> {
  const name = argv[0];
  if (name === undefined) {
    ctx.err('No netns name specified\n');
    return 1;
  }
  if (argv.length < 2) {
    ctx.err('No command specified\n');
    return 1;
  }
  const net = ctx.p.lab.netns.get(name);
  if (!net) {
    ctx.err(`Cannot open network namespace "${name}": No such file or directory\n`);
    return 255;
  }
  // lib/exec.c cmd_exec(): setns() then execvp(), the command replaces this process; the child that cannot execvp() says so and _exit(1)s
  let missing = false;
  const status = await ctx.p.exec(argv.slice(1), { net, replace: true, notFound: () => (missing = true) });
  if (!missing) return status;
  ctx.err(`exec of "${argv[1]}" failed: No such file or directory\n`);
  return 1;
}

export async function doIpnetns(ctx: IpCtx, argv: string[]): Promise<number> {
  const cmd = argv[0];
  if (cmd === undefined || matches(cmd, 'list') || cmd === 'show' || cmd === 'lst') return netnsList(ctx);
  if (matches(cmd, 'help')) {
    ctx.err(IPNETNS_USAGE);
    return 255;
  }
  if (matches(cmd, 'add')) return netnsAdd(ctx, argv[1]);
  if (matches(cmd, 'delete')) return netnsDelete(ctx, argv[1]);
  if (matches(cmd, 'exec')) return netnsExec(ctx, argv.slice(1));
  ctx.err(`Command "${cmd}" is unknown, try "ip netns help".\n`);
  return 255;
}
