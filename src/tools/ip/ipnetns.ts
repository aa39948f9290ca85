/**
 * `ip netns`: named namespaces (the /run/netns files of iproute2).
 * @iproute2 ip/ipnetns.c
 */
import { StdioFile } from '../lib/stdio.js';
import { byteLength } from '../../lab/bytes.js';
import { IPNETNS_USAGE } from './usage_text.js';
import type { Proc } from '../../lab/process.js';
import { procNetnsPids, procTaskNet } from '../../lab/proc_pid.js';
import type { Net } from '../../net/core/net_namespace.js';
import { duparg, fail, incompleteCommand, invarg, matches, nlAckReport, parseInteger, rtnlTalk, type IpCtx } from './utils.js';
import { PRINT_ANY, PRINT_FP, type Printer } from './json_print.js';
import { strerror } from '../../net/core/errno.js';
import { NLM_F_ACK, NLM_F_DUMP, NLM_F_REQUEST, type NlAck, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELNSID, RTM_GETNSID, RTM_NEWNSID } from '../../uapi/linux/rtnetlink.js';
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
 * set_netnsid_from_name(): RTM_NEWNSID with NETNSA_FD (-1: the kernel picks
 * the id); a failure is only reported (rtnl_talk()'s message).
 */
export function setNetnsidFromName(ctx: IpCtx, name: string, nsid: number): void {
  const fd = netnsByName(ctx.p, name);
  if (!fd) return;
  const r = ctx.nl.request<NetnsMsg>(RTM_NEWNSID, NLM_F_REQUEST | NLM_F_ACK, { family: 0, fd, nsid });
  if (r.ack.error !== null) nlAckReport(ctx, r.ack);
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
  const pr = ctx.newPrinter();
  pr.newJsonObj();
  for (const name of netnsNames(ctx)) {
    pr.openJsonObject();
    pr.string(PRINT_ANY, 'name', '%s', name);
    const id = netnsidFromName(ctx, name);
    if (id >= 0) pr.number(PRINT_ANY, 'id', ' (id: %d)', id);
    pr.string(PRINT_FP, null, '\n', null);
    pr.closeJsonObject();
  }
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/**
 * print_nsid(): one RTM_NEWNSID answer or notification (RTM_DELNSID:
 * "Deleted "); the name comes from the cache of netns_map_init() (by the
 * current-nsid when there is one), used once; a new id not in it is looked
 * up under /run/netns (netns_get_name()) and cached.
 */
export function printNsid(ctx: IpCtx, pr: Printer, msg: NlMsg<NetnsMsg>): void {
  const m = msg.body;
  const names = netnsMapInit(ctx);
  pr.openJsonObject();
  if (msg.type === RTM_DELNSID) pr.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  const nsid = m.nsid ?? NETNSA_NSID_NOT_ASSIGNED;
  if (nsid < 0) pr.string(PRINT_FP, null, 'nsid unassigned ', null);
  else pr.number(PRINT_ANY, 'nsid', 'nsid %d ', nsid);
  const current = m.currentNsid;
  if (current !== undefined) {
    if (current < 0) pr.string(PRINT_FP, null, 'current-nsid unassigned ', null);
    else pr.number(PRINT_ANY, 'current-nsid', 'current-nsid %d ', current);
  }
  const key = current ?? nsid;
  let name = names.get(key);
  if (name !== undefined) names.delete(key);
  else if (msg.type === RTM_NEWNSID) {
    name = [...ctx.p.lab.netns.keys()].find((n) => netnsidFromName(ctx, n) === nsid);
    if (name !== undefined) names.set(nsid, name);
  }
  if (name !== undefined) pr.string(PRINT_ANY, 'name', '(iproute2 netns name: %s)', name);
  pr.string(PRINT_FP, null, '\n', null);
  pr.closeJsonObject();
}

/** netns_list_id()'s `target-nsid N` / `nsid N`: get_integer(), >= 0, once each. */
function listIdArg(ctx: IpCtx, argv: string[], i: number, key: string, have: number | undefined): number {
  if (have !== undefined) duparg(ctx, key, argv[i]!);
  const arg = argv[i + 1];
  if (arg === undefined) incompleteCommand(ctx);
  const v = parseInteger(arg);
  if (v === null) invarg(ctx, `"${key}" value is invalid`, arg);
  // iproute2 passes argv[1] (the word after the value, "(null)" at the end) to invarg()
  if (v < 0) invarg(ctx, `"${key}" value should be >= 0`, argv[i + 2] ?? '(null)');
  return v;
}

/** netns_list_id(): the RTM_GETNSID dump, or one id with `nsid N`. */
function netnsListId(ctx: IpCtx, argv: string[]): number {
  let target: number | undefined;
  let nsid: number | undefined;
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === 'target-nsid') target = listIdArg(ctx, argv, i, 'target-nsid', target);
    else if (argv[i] === 'nsid') nsid = listIdArg(ctx, argv, i, 'nsid', nsid);
    else return netnsUsage(ctx);
  }
  const pr = ctx.newPrinter();
  let msgs: NlMsg[];
  if (nsid !== undefined) {
    // get_netnsid_from_netnsid(): rtnl_talk() fails as any request does
    msgs = rtnlTalk<NetnsMsg>(ctx, RTM_GETNSID, 0, { family: 0, nsid, targetNsid: target });
  } else {
    const r = ctx.nl.request<NetnsMsg>(RTM_GETNSID, NLM_F_REQUEST | NLM_F_DUMP, { family: 0, targetNsid: target });
    if (r.ack.error !== null) return dumpTerminated(ctx, r.ack);
    msgs = r.msgs;
  }
  pr.newJsonObj();
  for (const m of msgs) if (m.type === RTM_NEWNSID) printNsid(ctx, pr, m as NlMsg<NetnsMsg>);
  pr.deleteJsonObj();
  ctx.out(pr.take());
  return 0;
}

/** rtnl_dump_filter() on an error: the extack (or strerror), "Dump terminated", exit(1). */
function dumpTerminated(ctx: IpCtx, ack: NlAck): number {
  if (ack.msg) ctx.err(`Error: ${ack.msg}${ack.msg.endsWith('.') ? '' : '.'}\n`);
  else ctx.err(`RTNETLINK answers: ${strerror[ack.error!]}\n`);
  ctx.err('Dump terminated\n');
  return 1;
}

/** netns_set(): `ip netns set NAME NSID|auto` (RTM_NEWNSID with NETNSA_FD). */
function netnsSet(ctx: IpCtx, argv: string[]): number {
  const [name, arg] = argv;
  if (name === undefined) return fail1(ctx, 'No netns name specified');
  if (arg === undefined) return fail1(ctx, 'No nsid specified');
  let nsid = -1;
  if (arg !== 'auto') {
    const v = parseInteger(arg);
    if (v === null) invarg(ctx, 'Invalid "netnsid" value', arg);
    if (v < 0) invarg(ctx, '"netnsid" value should be >= 0', arg);
    nsid = v;
  }
  const fd = netnsByName(ctx.p, name);
  if (!fd) return fail1(ctx, `Cannot open network namespace "${name}": No such file or directory`);
  rtnlTalk<NetnsMsg>(ctx, RTM_NEWNSID, 0, { family: 0, fd, nsid });
  return 0;
}

/** The `return -1` of a netns subcommand after a message: exit status 1 (do_cmd's `-1` is 255 only through exit()). */
function fail1(ctx: IpCtx, msg: string): number {
  ctx.err(msg + '\n');
  return 1;
}

function netnsUsage(ctx: IpCtx): number {
  ctx.err(IPNETNS_USAGE);
  return 255;
}

function netnsAdd(ctx: IpCtx, name: string | undefined): number {
  if (name === undefined) {
    ctx.err('No netns name specified\n');
    return 1;
  }
  if (ctx.p.lab.netns.has(name)) {
    ctx.err(`Cannot create namespace file "/run/netns/${name}": File exists\n`);
    return 1;
  }
  ctx.p.lab.netns.set(name, ctx.p.lab.newNet());
  netnsNotify(ctx, 'add', name);
  return 0;
}

/**
 * netns_add(create=false): `ip netns attach NAME PID` names the namespace
 * process PID runs in (a bind mount of /proc/PID/ns/net on /run/netns/NAME).
 */
function netnsAttach(ctx: IpCtx, argv: string[]): number {
  if (argv.length < 2) {
    ctx.err('No netns name and PID specified\n');
    return 1;
  }
  const [name, pidArg] = [argv[0]!, argv[1]!];
  const pid = parseInteger(pidArg);
  if (pid === null || pid === 0) {
    ctx.err(`Invalid PID: ${pidArg}\n`);
    return 1;
  }
  if (ctx.p.lab.netns.has(name)) {
    ctx.err(`Cannot create namespace file "/run/netns/${name}": File exists\n`);
    return 1;
  }
  const net = procTaskNet(ctx.p.lab, pid);
  if (!net) {
    // the mount fails; out_delete unlinks the file it made
    ctx.err(`Bind /proc/${pid}/ns/net -> /run/netns/${name} failed: No such file or directory\n`);
    return 1;
  }
  ctx.p.lab.netns.set(name, net);
  netnsNotify(ctx, 'add', name);
  return 0;
}

/** netns_foreach(): the names of /run/netns in readdir order (tmpfs: newest first). */
function netnsNames(ctx: IpCtx): string[] {
  return [...ctx.p.lab.netns.keys()].reverse();
}

function netnsDelete(ctx: IpCtx, name: string | undefined): number {
  // on_netns_del() for each; the first failure stops the walk, the status stays 0.
  if (ctx.opts.all) {
    for (const n of netnsNames(ctx)) if (netnsDelete1(ctx, n)) break;
    return 0;
  }
  if (name === undefined) {
    ctx.err('No netns name specified\n');
    return 1;
  }
  return netnsDelete1(ctx, name);
}

/** on_netns_del(): unlink /run/netns/NAME. */
function netnsDelete1(ctx: IpCtx, name: string): number {
  const net = ctx.p.lab.netns.get(name);
  if (!net) {
    ctx.err(`Cannot remove namespace file "/run/netns/${name}": No such file or directory\n`);
    return 1;
  }
  ctx.p.lab.netns.delete(name);
  netnsNotify(ctx, 'delete', name);
  ctx.p.lab.netnsUnnamed(net);
  return 0;
}

/** on_netns_exec() for every namespace: a header, then the command in a child; statuses are dropped. */
async function netnsExecAll(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) {
    ctx.err('No command specified\n');
    return 1;
  }
  for (const name of netnsNames(ctx)) {
    const net = ctx.p.lab.netns.get(name)!;
    ctx.out(`\nnetns: ${name}\n`);
    let missing = false;
    await ctx.p.exec(argv, { net, notFound: () => (missing = true) });
    if (missing) ctx.err(`exec of "${argv[0]}" failed: No such file or directory\n`);
  }
  return 0;
}

async function netnsExec(ctx: IpCtx, argv: string[]): Promise<number> {
  if (ctx.opts.all) return netnsExecAll(ctx, argv);
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

/**
 * netns_identify(): the name under /run/netns of the namespace process PID
 * (or ip itself) runs in (/proc/PID/ns/net), the last one readdir() gives;
 * an empty line for none.
 */
function netnsIdentify(ctx: IpCtx, argv: string[]): number {
  if (argv.length > 1) return fail1(ctx, 'extra arguments specified');
  const pid = argv[0];
  if (pid !== undefined && !/^\d*$/.test(pid)) return fail1(ctx, `Specified string '${pid}' is not a pid`);
  const net = pid === undefined ? ctx.net : pid === '' ? null : procTaskNet(ctx.p.lab, Number(pid));
  if (!net) return fail1(ctx, 'Cannot open network namespace: No such file or directory');
  let name = '';
  for (const n of netnsNames(ctx)) if (ctx.p.lab.netns.get(n) === net) name = n;
  ctx.out(`${name}\n`);
  return 0;
}

/** netns_pids(): each process (in /proc's order) whose namespace is NAME's. */
function netnsPids(ctx: IpCtx, argv: string[]): number {
  if (argv.length < 1) return fail1(ctx, 'No netns name specified');
  if (argv.length > 1) return fail1(ctx, 'extra arguments specified');
  const net = ctx.p.lab.netns.get(argv[0]!);
  if (!net) return fail1(ctx, 'Cannot open network namespace: No such file or directory');
  for (const pid of procNetnsPids(ctx.p.lab, net)) ctx.out(`${pid}\n`);
  return 0;
}

/** IN_CREATE / IN_DELETE of /run/netns/NAME, to every `ip netns monitor`. */
function netnsNotify(ctx: IpCtx, event: 'add' | 'delete', name: string): void {
  for (const w of ctx.p.lab.netnsWatchers) w(event, name);
}

/**
 * netns_monitor(): inotify on /run/netns, `add NAME` / `delete NAME` by
 * printf() until killed; arguments are ignored. stdout is never flushed:
 * into a file or a pipe the lines wait in the stdio buffer, and are lost
 * when the monitor is killed (line by line on a terminal).
 */
async function netnsMonitor(ctx: IpCtx): Promise<number> {
  const out = new StdioFile(ctx.p.stdout);
  const events: string[] = [];
  let wake: (() => void) | null = null;
  let killed = false;
  const watch = (event: 'add' | 'delete', name: string): void => {
    events.push(`${event} ${name}\n`);
    wake?.();
  };
  ctx.p.lab.netnsWatchers.add(watch);
  const unkill = ctx.p.onKill?.(() => {
    killed = true;
    wake?.();
  });
  try {
    for (;;) {
      for (const e of events.splice(0)) out.write(e);
      if (killed) return 0;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    ctx.p.lab.netnsWatchers.delete(watch);
    unkill?.();
  }
}

/** invalid_name(): empty, longer than NAME_MAX, with a '/', "." or "..". */
function invalidName(name: string): boolean {
  return name === '' || byteLength(name) > 255 || name.includes('/') || name === '.' || name === '..';
}

/** do_netns(): the subcommands in ipnetns.c's order (an abbreviation takes the first match). */
export function doIpnetns(ctx: IpCtx, argv: string[]): Promise<number> | number {
  const cmd = argv[0];
  if (cmd === undefined) return netnsList(ctx);
  if (!ctx.opts.all && argv.length > 1 && invalidName(argv[1]!)) {
    ctx.err(`Invalid netns name "${argv[1]}"\n`);
    return 255;
  }
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return netnsList(ctx);
  if (matches(cmd, 'list-id')) return netnsListId(ctx, argv.slice(1));
  if (matches(cmd, 'help')) return netnsUsage(ctx);
  if (matches(cmd, 'add')) return netnsAdd(ctx, argv[1]);
  if (matches(cmd, 'set')) return netnsSet(ctx, argv.slice(1));
  if (matches(cmd, 'delete')) return netnsDelete(ctx, argv[1]);
  if (matches(cmd, 'monitor')) return netnsMonitor(ctx);
  if (matches(cmd, 'attach')) return netnsAttach(ctx, argv.slice(1));
  if (matches(cmd, 'exec')) return netnsExec(ctx, argv.slice(1));
  if (matches(cmd, 'identify')) return netnsIdentify(ctx, argv.slice(1));
  if (matches(cmd, 'pids')) return netnsPids(ctx, argv.slice(1));
  return fail(ctx, `Command "${cmd}" is unknown, try "ip netns help".`, 255);
}
