/**
 * `ip nexthop`: list/show, add, replace, delete, get, flush of nexthop
 * objects, and `bucket`, byte-exact with iproute2 6.1 over the kernel's
 * nexthop messages; and print_cache_nexthop_id(), the `nh_info` line of
 * `ip -d route`.
 * @iproute2 ip/ipnexthop.c
 * @linux net/ipv4/nexthop.c
 */
import { NLM_F_CREATE, NLM_F_DUMP, NLM_F_EXCL, NLM_F_REPLACE, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELNEXTHOP, RTM_GETNEXTHOP, RTM_GETNEXTHOPBUCKET, RTM_NEWNEXTHOP } from '../../uapi/linux/rtnetlink.js';
import { NEXTHOP_GRP_TYPE_MPATH, NEXTHOP_GRP_TYPE_RES, type NexthopGrp, type NhaResGroup, type NhMsg } from '../../uapi/linux/nexthop.js';
import { RTNH_F_ONLINK, RTPROT_UNSPEC, RT_SCOPE_UNIVERSE } from '../../uapi/linux/rtmsg.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, type Printer } from './json_print.js';
import { getAddr, readFamily } from './inet_prefix.js';
import { llNameToIndex } from './iproute_modify.js';
import { lwtParseEncap } from './iproute_lwtunnel.js';
import { printRtaGateway, printRtaIfidx, printRtFlags } from './iproute_print.js';
import {
  AF_INET, AF_UNSPEC, Args, fail, formatHost, invarg, matches, nlAckError, nlAckReport, rtnlEchoTalk, rtnlTalk,
  type IpCtx, parseUnsigned } from './utils.js';

const USAGE = `Usage: ip nexthop { list | flush } [ protocol ID ] SELECTOR
       ip nexthop { add | replace } id ID NH [ protocol ID ]
       ip nexthop { get | del } id ID
       ip nexthop bucket list BUCKET_SELECTOR
       ip nexthop bucket get id ID index INDEX
SELECTOR := [ id ID ] [ dev DEV ] [ vrf NAME ] [ master DEV ]
            [ groups ] [ fdb ]
BUCKET_SELECTOR := SELECTOR | [ nhid ID ]
NH := { blackhole | [ via ADDRESS ] [ dev DEV ] [ onlink ]
        [ encap ENCAPTYPE ENCAPHDR ] |
        group GROUP [ fdb ] [ type TYPE [ TYPE_ARGS ] ] }
GROUP := [ <id[,weight]>/<id[,weight]>/... ]
TYPE := { mpath | resilient }
TYPE_ARGS := [ RESILIENT_ARGS ]
RESILIENT_ARGS := [ buckets BUCKETS ] [ idle_timer IDLE ]
                  [ unbalanced_timer UNBALANCED ]
ENCAPTYPE := [ mpls ]
ENCAPHDR := [ MPLSLABEL ]`;

function usage(ctx: IpCtx): never {
  return fail(ctx, USAGE, 255);
}

/** The selector of list and flush (ipnexthop.c's `filter`). */
interface NhFilter {
  groups: boolean;
  ifindex: number;
  master: number;
  proto: number;
  fdb: boolean;
}

/** do_ipnh() */
export function doIpnexthop(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  if (cmd === undefined) return listFlush(ctx, [], 'list');
  const rest = argv.slice(1);
  if (matches(cmd, 'add')) return modify(ctx, RTM_NEWNEXTHOP, NLM_F_CREATE | NLM_F_EXCL, rest);
  if (matches(cmd, 'replace')) return modify(ctx, RTM_NEWNEXTHOP, NLM_F_CREATE | NLM_F_REPLACE, rest);
  if (matches(cmd, 'delete')) return modify(ctx, RTM_DELNEXTHOP, 0, rest);
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return listFlush(ctx, rest, 'list');
  if (matches(cmd, 'get')) return get(ctx, rest);
  if (matches(cmd, 'flush')) return listFlush(ctx, rest, 'flush');
  if (matches(cmd, 'bucket')) return bucket(ctx, rest);
  if (matches(cmd, 'help')) usage(ctx);
  return fail(ctx, `Command "${cmd}" is unknown, try "ip nexthop help".`, 255);
}

/** ipnh_parse_id() */
function parseId(ctx: IpCtx, arg: string): number {
  return parseUnsigned(arg) ?? invarg(ctx, 'invalid id value', arg);
}

/** The device of `dev DEV` (ll_name_to_index(), "Device does not exist"). */
function devIndex(ctx: IpCtx, arg: string): number {
  return llNameToIndex(ctx, arg) || invarg(ctx, 'Device does not exist\n', arg);
}

/**
 * add_nh_group_attr(): "id[,weight]/..." — the text is cut in place at the
 * first '/' and ',' as strchr() finds them, which is what a failure names.
 */
function parseGroup(ctx: IpCtx, arg: string): NexthopGrp[] {
  const shown = arg.split('/')[0]!.split(',')[0]!;
  const bad = (): never => invarg(ctx, '"group" value is invalid\n', shown);
  if (arg === '') bad();
  const out: NexthopGrp[] = [];
  for (const part of arg.split('/')) {
    const comma = part.indexOf(',');
    const id = parseUnsigned(comma < 0 ? part : part.slice(0, comma));
    if (id === null) return bad();
    let weight = 0;
    if (comma >= 0) {
      const ws = part.slice(comma + 1);
      const w = parseUnsigned(ws);
      if (w === null || w === 0 || w > 256) invarg(ctx, '"weight" is invalid\n', ws);
      weight = w - 1;
    }
    out.push({ id, weight });
  }
  return out;
}

/** parse_nh_group_type() and parse_nh_group_type_res(): the words after `type`. */
function parseGroupType(ctx: IpCtx, argv: string[], w: Args, req: NhMsg): void {
  const name = w.next();
  const type = name === 'mpath' ? NEXTHOP_GRP_TYPE_MPATH : name === 'resilient' ? NEXTHOP_GRP_TYPE_RES : -1;
  if (type < 0) invarg(ctx, '"type" value is invalid\n', name);
  if (type === NEXTHOP_GRP_TYPE_RES && w.i + 1 < argv.length) {
    req.resGroup = {};
    for (;;) {
      const word = argv[w.i + 1];
      if (word === 'buckets') {
        w.next();
        const v = w.next();
        const n = parseUnsigned(v);
        if (n === null || n > 0xffff) invarg(ctx, 'invalid buckets value', v);
        req.resGroup.buckets = n;
      } else if (word === 'idle_timer' || word === 'unbalanced_timer') {
        w.next();
        const v = w.next();
        const n = parseUnsigned(v);
        if (n === null || n >= Math.floor(0xffffffff / 100)) invarg(ctx, `invalid ${word === 'idle_timer' ? 'idle' : 'unbalanced'} timer value`, v);
        if (word === 'idle_timer') req.resGroup.idleTimer = n * 100;
        else req.resGroup.unbalancedTimer = n * 100;
      } else break;
    }
  }
  req.groupType = type;
}

/** ipnh_modify() */
function modify(ctx: IpCtx, cmd: number, flags: number, argv: string[]): number {
  const req: NhMsg = { family: ctx.opts.family, scope: 0, protocol: 0, flags: 0 };
  let nhFlags = 0;
  const w = new Args(ctx, argv);
  for (; w.i < argv.length; w.i++) {
    const a = argv[w.i]!;
    if (a === 'id') req.id = parseId(ctx, w.next());
    else if (a === 'dev') {
      req.oif = devIndex(ctx, w.next());
      if (req.family === AF_UNSPEC) req.family = AF_INET;
    } else if (a === 'via') {
      let v = w.next();
      let family = readFamily(v);
      if (family === AF_UNSPEC) family = req.family;
      else v = w.next();
      const addr = getAddr(ctx, v, family);
      if (req.family === AF_UNSPEC) req.family = addr.family;
      else if (req.family !== addr.family) invarg(ctx, 'address family mismatch\n', v);
      req.gateway = addr.addr;
    } else if (a === 'encap') {
      // ipnh_modify(): lwt_parse_encap() into NHA_ENCAP/NHA_ENCAP_TYPE, as `ip route` does
      lwtParseEncap(ctx, w);
      req.encap = true;
    } else if (a === 'blackhole') {
      req.blackhole = true;
      if (req.family === AF_UNSPEC) req.family = AF_INET;
    } else if (a === 'fdb') req.fdb = true;
    else if (a === 'onlink') nhFlags |= RTNH_F_ONLINK;
    else if (a === 'group') {
      const g = w.next();
      req.group = parseGroup(ctx, g);
    } else if (a === 'type') parseGroupType(ctx, argv, w, req);
    else if (matches(a, 'protocol')) {
      const v = w.next();
      const p = ctx.names.protoA2n(v);
      if (p === null) invarg(ctx, '"protocol" value is invalid\n', v);
      req.protocol = p;
    } else if (a === 'help') usage(ctx);
    else invarg(ctx, '', a);
  }
  req.flags = nhFlags;
  if (ctx.opts.echoRequest) {
    const n = rtnlEchoTalk(ctx, cmd, flags, req);
    if (n) printNexthopMsgs(ctx, [n as NlMsg<NhMsg>]);
    return 0;
  }
  rtnlTalk(ctx, cmd, flags, req);
  return 0;
}

/** ipnh_get_id(): one object, printed. */
function getId(ctx: IpCtx, id: number): number {
  const r = ctx.nl.request(RTM_GETNEXTHOP, NLM_F_REQUEST, { family: ctx.opts.family, scope: 0, protocol: 0, flags: 0, id } as NhMsg);
  if (r.ack.error !== null) nlAckError(ctx, r.ack);
  printNexthopMsgs(ctx, r.msgs as NlMsg<NhMsg>[]);
  return 0;
}

/** The messages printed as one JSON array (new_json_obj ... delete_json_obj). */
function printNexthopMsgs(ctx: IpCtx, msgs: NlMsg<NhMsg>[], proto = 0): void {
  const p = ctx.newPrinter();
  p.newJsonObj();
  for (const n of msgs) {
    if (proto && proto !== n.body.protocol) continue;
    printNexthopEntry(ctx, p, null, n.body, n.type === RTM_DELNEXTHOP);
    p.string(PRINT_FP, null, '%s', '\n');
  }
  p.deleteJsonObj();
  ctx.out(p.take());
}

/** ipnh_get() */
function get(ctx: IpCtx, argv: string[]): number {
  let id = 0;
  const w = new Args(ctx, argv);
  for (; w.i < argv.length; w.i++) {
    if (argv[w.i] === 'id') id = parseId(ctx, w.next());
    else usage(ctx);
  }
  if (!id) usage(ctx);
  return getId(ctx, id);
}

/** ipnh_list_flush(): the selector, then the dump printed or each object deleted. */
function listFlush(ctx: IpCtx, argv: string[], action: 'list' | 'flush'): number {
  const f: NhFilter = { groups: false, ifindex: 0, master: 0, proto: 0, fdb: false };
  const all = argv.length === 0;
  const w = new Args(ctx, argv);
  for (; w.i < argv.length; w.i++) {
    const a = argv[w.i]!;
    if (matches(a, 'dev')) f.ifindex = devIndex(ctx, w.next());
    else if (matches(a, 'groups')) f.groups = true;
    else if (matches(a, 'master')) f.master = devIndex(ctx, w.next());
    else if (matches(a, 'vrf')) invarg(ctx, 'Invalid VRF\n', w.next());
    else if (a === 'id') {
      const id = parseId(ctx, w.next());
      if (action === 'list') return getId(ctx, id);
      // ipnh_list_flush_id(): a failed delete is -1, exit status 1
      return deleteNexthop(ctx, id) ? 0 : 1;
    } else if (matches(a, 'protocol')) {
      const v = w.next();
      f.proto = parseUnsigned(v) ?? invarg(ctx, 'invalid protocol value', v);
    } else if (matches(a, 'fdb')) f.fdb = true;
    else if (matches(a, 'help')) usage(ctx);
    else invarg(ctx, '', a);
  }
  if (action === 'flush') return flush(ctx, f, all);
  printNexthopMsgs(ctx, dump(ctx, f), f.proto);
  return 0;
}

/** rtnl_nexthopdump_req() with nh_dump_filter()'s attributes. */
function dump(ctx: IpCtx, f: NhFilter): NlMsg<NhMsg>[] {
  const body: NhMsg = { family: ctx.opts.family, scope: 0, protocol: 0, flags: 0 };
  if (f.ifindex) body.oif = f.ifindex;
  if (f.groups) body.groups = true;
  if (f.master) body.master = f.master;
  if (f.fdb) body.fdb = true;
  return dumpOrFail(ctx, RTM_GETNEXTHOP, body);
}

/** rtnl_dump_filter() of a nexthop dump: the messages, or the kernel's error and "Dump terminated" (exit 2). */
function dumpOrFail(ctx: IpCtx, type: number, body: NhMsg): NlMsg<NhMsg>[] {
  const r = ctx.nl.request(type, NLM_F_REQUEST | NLM_F_DUMP, body);
  if (r.ack.error !== null) {
    nlAckReport(ctx, r.ack);
    fail(ctx, 'Dump terminated', 2);
  }
  return r.msgs as NlMsg<NhMsg>[];
}

/** delete_nexthop(): RTM_DELNEXTHOP of one id; false (the error printed) when it failed. */
function deleteNexthop(ctx: IpCtx, id: number): boolean {
  const r = ctx.nl.request(RTM_DELNEXTHOP, NLM_F_REQUEST, { family: AF_UNSPEC, scope: 0, protocol: 0, flags: 0, id } as NhMsg);
  if (r.ack.error === null) return true;
  nlAckReport(ctx, r.ack);
  return false;
}

/** ipnh_flush(): groups first when flushing everything, then the rest; what it did said on stdout. */
function flush(ctx: IpCtx, f: NhFilter, all: boolean): number {
  let flushed = 0;
  const pass = (): void => {
    for (const n of dump(ctx, f)) {
      if (f.proto && n.body.protocol !== f.proto) continue;
      if (n.body.id && deleteNexthop(ctx, n.body.id)) flushed++;
    }
  };
  if (all) {
    f.groups = true;
    f.ifindex = 0;
    f.master = 0;
    pass();
    f.groups = false;
  }
  pass();
  ctx.out(flushed ? `Flushed ${flushed} nexthops\n` : 'Nothing to flush\n');
  return 0;
}

/** The bucket messages printed as one JSON array. */
function printBuckets(ctx: IpCtx, msgs: NlMsg[]): void {
  const p = ctx.newPrinter();
  p.newJsonObj();
  for (const n of msgs) printNexthopBucket(p, (n as NlMsg<NhMsg>).body);
  p.deleteJsonObj();
  ctx.out(p.take());
}

/** do_ipnh_bucket(): ipnh_bucket_list() and ipnh_bucket_get(). */
function bucket(ctx: IpCtx, argv: string[]): number {
  const cmd = argv[0];
  if (cmd === undefined || matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) {
    const rest = cmd === undefined ? [] : argv.slice(1);
    const body: NhMsg = { family: ctx.opts.family, scope: 0, protocol: 0, flags: 0 };
    const w = new Args(ctx, rest);
    for (; w.i < rest.length; w.i++) {
      const a = rest[w.i]!;
      if (matches(a, 'dev')) body.oif = devIndex(ctx, w.next());
      else if (matches(a, 'master')) body.master = devIndex(ctx, w.next());
      else if (matches(a, 'vrf')) invarg(ctx, 'Invalid VRF\n', w.next());
      else if (a === 'id') body.id = parseId(ctx, w.next());
      else if (a === 'nhid') body.resBucket = { nhId: parseId(ctx, w.next()) };
      else if (matches(a, 'help')) usage(ctx);
      else invarg(ctx, '', a);
    }
    printBuckets(ctx, dumpOrFail(ctx, RTM_GETNEXTHOPBUCKET, body));
    return 0;
  }
  if (matches(cmd, 'get')) {
    const rest = argv.slice(1);
    let id = 0;
    let index = -1;
    const w = new Args(ctx, rest);
    for (; w.i < rest.length; w.i++) {
      if (rest[w.i] === 'id') id = parseId(ctx, w.next());
      else if (rest[w.i] === 'index') {
        const v = w.next();
        const n = parseUnsigned(v);
        if (n === null || n > 0xffff) invarg(ctx, 'invalid bucket index value', v);
        index = n;
      } else usage(ctx);
    }
    if (!id || index < 0) usage(ctx);
    const body: NhMsg = { family: ctx.opts.family, scope: 0, protocol: 0, flags: 0, id, resBucket: { index } };
    printBuckets(ctx, rtnlTalk(ctx, RTM_GETNEXTHOPBUCKET, 0, body));
    return 0;
  }
  if (matches(cmd, 'help')) usage(ctx);
  return fail(ctx, `Command "${cmd}" is unknown, try "ip nexthop help".`, 255);
}

/** print_nh_group() */
function printGroup(p: Printer, group: NexthopGrp[]): void {
  p.openJsonArray(PRINT_JSON, 'group');
  p.string(PRINT_FP, null, '%s', 'group ');
  group.forEach((g, i) => {
    p.openJsonObject(null);
    if (i) p.string(PRINT_FP, null, '%s', '/');
    p.number(PRINT_ANY, 'id', '%u', g.id);
    if (g.weight) p.number(PRINT_ANY, 'weight', ',%u', g.weight + 1);
    p.closeJsonObject();
  });
  p.string(PRINT_FP, null, '%s', ' ');
  p.closeJsonArray(PRINT_JSON, null);
}

/** print_tv() of __jiffies_to_tv(): a clock_t count as seconds, "%g". */
function printClockT(p: Printer, key: string, fmt: string, ticks: number): void {
  p.number(PRINT_ANY, key, fmt, ticks / 100);
}

/** print_nh_res_group() */
function printResGroup(p: Printer, r: NhaResGroup): void {
  p.openJsonObject('resilient_args');
  p.number(PRINT_ANY, 'buckets', 'buckets %u ', r.buckets ?? 0);
  printClockT(p, 'idle_timer', 'idle_timer %g ', r.idleTimer ?? 0);
  printClockT(p, 'unbalanced_timer', 'unbalanced_timer %g ', r.unbalancedTimer ?? 0);
  printClockT(p, 'unbalanced_time', 'unbalanced_time %g ', r.unbalancedTime ?? 0);
  p.closeJsonObject();
}

/** print_nexthop_bucket() */
export function printNexthopBucket(p: Printer, m: NhMsg): void {
  p.openJsonObject(null);
  p.number(PRINT_ANY, 'id', 'id %u ', m.id ?? 0);
  const b = m.resBucket;
  if (b) {
    p.openJsonObject('bucket');
    if (b.index !== undefined) p.number(PRINT_ANY, 'index', 'index %u ', b.index);
    if (b.idleTime !== undefined) printClockT(p, 'idle_time', 'idle_time %g ', b.idleTime);
    if (b.nhId !== undefined) p.number(PRINT_ANY, 'nhid', 'nhid %u ', b.nhId);
    p.closeJsonObject();
  }
  printRtFlags(p, m.flags);
  p.string(PRINT_FP, null, '%s', '\n');
  p.closeJsonObject();
}

/** __print_nexthop_entry() */
function printNexthopEntry(ctx: IpCtx, p: Printer, jsobj: string | null, m: NhMsg, deleted: boolean): void {
  p.openJsonObject(jsobj);
  if (deleted) p.bool(PRINT_ANY, 'deleted', 'Deleted ', true);
  p.number(PRINT_ANY, 'id', 'id %u ', m.id ?? 0);
  if (m.group) printGroup(p, m.group);
  if (m.groupType !== undefined && m.groupType !== NEXTHOP_GRP_TYPE_MPATH) {
    p.string(PRINT_ANY, 'type', 'type %s ', m.groupType === NEXTHOP_GRP_TYPE_RES ? 'resilient' : '<unknown type>');
  }
  if (m.resGroup) printResGroup(p, m.resGroup);
  if (m.gateway !== undefined) printRtaGateway(p, formatHost(ctx, m.gateway));
  if (m.oif) printRtaIfidx(p, ctx.ll.indexToName(m.oif), 'dev');
  if (m.scope !== RT_SCOPE_UNIVERSE || ctx.opts.details > 0) {
    p.string(PRINT_ANY, 'scope', 'scope %s ', ctx.names.scopeN2a(m.scope, ctx.opts.numeric));
  }
  if (m.blackhole) p.null(PRINT_ANY, 'blackhole', '%s', 'blackhole ');
  if (m.protocol !== RTPROT_UNSPEC || ctx.opts.details > 0) {
    p.string(PRINT_ANY, 'protocol', 'proto %s ', ctx.names.protoN2a(m.protocol, ctx.opts.numeric));
  }
  printRtFlags(p, m.flags);
  if (m.fdb) p.null(PRINT_ANY, 'fdb', '%s', 'fdb');
  p.closeJsonObject();
}

/**
 * print_cache_nexthop_id(): the object `id` after `prefix` (the route's
 * `nh_info`), read once per run into the invocation's cache; nothing when
 * it cannot be read.
 */
export function printCacheNexthopId(ctx: IpCtx, p: Printer, prefix: string, jsobj: string, id: number): void {
  const cache = (ctx.nhCache ??= new Map<number, NhMsg>());
  let m = cache.get(id);
  if (!m) {
    const r = ctx.nl.request(RTM_GETNEXTHOP, NLM_F_REQUEST, { family: ctx.opts.family, scope: 0, protocol: 0, flags: 0, id } as NhMsg);
    if (r.ack.error !== null) {
      nlAckReport(ctx, r.ack);
      return;
    }
    m = (r.msgs[0] as NlMsg<NhMsg>).body;
    cache.set(id, m);
  }
  p.string(PRINT_FP, null, '%s', prefix);
  printNexthopEntry(ctx, p, jsobj, m, false);
}

/** print_cache_nexthop() of `ip monitor`: the message printed, the cache kept in step. */
export function printNexthopMonitor(ctx: IpCtx, p: Printer, n: NlMsg<NhMsg>): void {
  printNexthopEntry(ctx, p, null, n.body, n.type === RTM_DELNEXTHOP);
  p.string(PRINT_FP, null, '%s', '\n');
  const cache = (ctx.nhCache ??= new Map<number, NhMsg>());
  if (n.type === RTM_DELNEXTHOP) cache.delete(n.body.id ?? 0);
  else cache.set(n.body.id ?? 0, n.body);
}
