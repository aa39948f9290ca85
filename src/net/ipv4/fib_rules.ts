/**
 * IPv4 policy routing rules: the fib4_rule selectors (from, to, tos), the
 * three default rules, the table lookup a rule's action makes, and
 * fib_lookup(), which every route resolution (output, input, source
 * validation) goes through.
 * @linux net/ipv4/fib_rules.c, include/net/ip_fib.h fib_lookup()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import type { Errno } from '../core/errno.js';
import {
  FIB_LOOKUP_IGNORE_LINKSTATE, FIB_LOOKUP_NOREF, FR_ACT_PROHIBIT, FR_ACT_TO_TBL, FR_ACT_UNREACHABLE, FibRule,
  fibDefaultRuleAdd, fibRulePortMatch, fibRulePortRangeSet, fibRulesLookup, fibRulesRegister,
  type FibLookupArg, type FibRuleAttrs, type FibRuleHdr, type FibRuleMsg, type FibRulesOps, type Flowi,
} from '../core/fib_rules.js';
import { KError, strerror } from '../core/errno.js';
import { FibTable } from './fib_trie.js';
import type { FibAlias, FibResult } from './fib_trie.js';
import type { FibNet } from './fib_frontend.js';
import { RT_TABLE_DEFAULT, RT_TABLE_LOCAL, RT_TABLE_MAIN, RTPROT_KERNEL, fibProps } from './fib_types.js';
import { IPTOS_TOS_MASK, prefixToMask } from '../../wire/ipv4.js';

const AF_INET = 2;
const LOOPBACK_IFINDEX = 1;
/** INET_DSCP_LEGACY_TOS_MASK, as a DS field byte: the TOS bits a rule can select. */
const DSCP_LEGACY_TOS_MASK = 0x1c;
const RT_TABLE_MAX = 0xffffffff;

/**
 * struct flowi4: what a route lookup is about. Output lookups set `iif`
 * to LOOPBACK_IFINDEX (1) and input lookups set `oif` to 0, as the kernel
 * does, so `iif lo` rules select locally generated traffic.
 */
export interface Flowi4 extends Flowi {
  daddr: number;
  saddr: number;
  /** The TOS byte (flowi4_tos, RT_TOS()); rules compare its TOS bits. */
  tos: number;
  scope: number;
  /** flowi4_proto: IPPROTO_* (0: unknown) */
  proto: number;
  /** fl4_sport / fl4_dport, host order (0: none) */
  sport: number;
  dport: number;
  /** FLOWI_FLAG_ANYSRC in flowi4_flags: the source need not be local. */
  anySrc: boolean;
  /**
   * FLOWI_FLAG_KNOWN_NH in flowi4_flags: daddr is the next hop to use
   * (nf_dup_ipv4()'s gateway), not the packet's destination.
   */
  knownNh?: boolean;
  /**
   * The packet an output lookup hashes for a multipath route instead of the
   * flow (ip_route_output_key_hash()'s skb: icmp_send()'s offending packet,
   * `ip route get`'s built one); null for a socket's flow.
   */
  hashSkb: SkBuff | null;
}

/** A zeroed flowi4 (flowi4_init_output() with nothing set). */
export function newFlowi4(init: Partial<Flowi4> = {}): Flowi4 {
  return { oif: 0, iif: 0, mark: 0, uid: 0, daddr: 0, saddr: 0, tos: 0, scope: 0, proto: 0, sport: 0, dport: 0, anySrc: false, hashSkb: null, ...init };
}

/**
 * A successful fib_lookup(): the route, the table it came from (res->table:
 * main for a local-table route while no rule ever changed, as the kernel's
 * merged trie reports) and the rule that chose it. Tell the two apart with
 * `'err' in result`.
 */
export interface FibLookupRes {
  res: FibResult;
  table: number;
  rule: FibRule | null;
}

/** A failed fib_lookup(): ENETUNREACH, or the rule's or route's error. */
export interface FibLookupErr {
  readonly err: Errno;
}

export type FibLookupResult = FibLookupRes | FibLookupErr;

/** Decides whether a next hop of `fa` is skipped for being link-down (fib_lookup_good_nhc()). */
export type IgnoreLinkdown = (fa: FibAlias) => boolean;

const NEVER: IgnoreLinkdown = () => false;

/** The fib_result that rule actions fill (arg->result). */
interface Fib4Res {
  res: FibResult | null;
  table: number;
  ignoreLinkdown: IgnoreLinkdown;
}

/** struct fib4_rule */
export class Fib4Rule extends FibRule {
  dstLen = 0;
  srcLen = 0;
  /** The DS field the rule selects (frh->tos; ECN bits always 0). */
  tos = 0;
  src = 0;
  srcmask = 0;
  dst = 0;
  dstmask = 0;
  /** FRA_FLOW realms */
  tclassid = 0;
}

/** fib_rule_requires_fldissect(): input lookups must dissect the ports and protocol. */
function requiresFldissect(r: FibRule): boolean {
  return r.iifindex !== LOOPBACK_IFINDEX && (r.ipProto !== 0 || fibRulePortRangeSet(r.sportRange) || fibRulePortRangeSet(r.dportRange));
}

/** net->ipv4.rules_ops: fib4_rules_ops_template, bound to a namespace. */
export class Fib4RulesOps implements FibRulesOps<Fib4Rule, Flowi4, Fib4Res> {
  readonly family = AF_INET;
  readonly addrSize = 4;
  readonly rulesList: Fib4Rule[] = [];
  unresolvedRules = 0;
  nrGotoRules = 0;
  /** net->ipv4.fib_has_custom_rules: set by the first rule change, never cleared. */
  hasCustomRules = false;
  /** net->ipv4.fib_rules_require_fldissect */
  requireFldissect = 0;
  /** Preallocated per-lookup state: fib_lookup() allocates nothing. */
  readonly arg: FibLookupArg<Fib4Res> = { result: { res: null, table: 0, ignoreLinkdown: NEVER }, rule: null, table: 0, flags: 0 };
  readonly ok: FibLookupRes = { res: null as unknown as FibResult, table: 0, rule: null };

  constructor(readonly net: Net) {}

  private get fib(): FibNet {
    return this.net.ipv4.fib;
  }

  newRule(net: Net): Fib4Rule {
    return new Fib4Rule(net);
  }

  /** fib4_rule_action(): error actions answer at once; a table action looks the table up. */
  action(rule: Fib4Rule, fl: Flowi4, _flags: number, arg: FibLookupArg<Fib4Res>): Errno | 0 {
    switch (rule.action) {
      case FR_ACT_TO_TBL:
        break;
      case FR_ACT_UNREACHABLE:
        return 'ENETUNREACH';
      case FR_ACT_PROHIBIT:
        return 'EACCES';
      default: // FR_ACT_BLACKHOLE and anything unknown
        return 'EINVAL';
    }
    // fib_rule_get_table(), then fib_get_table() (where table 0 means main).
    const tbId = rule.l3mdev ? arg.table : rule.table;
    const tb = this.fib.getTable(tbId || RT_TABLE_MAIN);
    return tb ? fibTableLookup(tb, fl, arg.result, arg.flags) : 'EAGAIN';
  }

  /**
   * fib4_rule_suppress(): refuse a route no longer than
   * suppress_prefixlength, or one out a device of suppress_ifgroup.
   */
  suppress(rule: Fib4Rule, _flags: number, arg: FibLookupArg<Fib4Res>): boolean {
    const res = arg.result.res;
    if (!res) return false;
    if (res.alias.plen <= rule.suppressPrefixlen) return true;
    const dev = res.fi.nhs[0]?.dev ?? null;
    return rule.suppressIfgroup !== -1 && dev !== null && dev.group === rule.suppressIfgroup;
  }

  /** fib4_rule_match(): prefixes, then the TOS bits, protocol and ports. */
  match(rule: Fib4Rule, fl: Flowi4): boolean {
    if (((fl.saddr ^ rule.src) & rule.srcmask) || ((fl.daddr ^ rule.dst) & rule.dstmask)) return false;
    // fib_dscp_masked_match(): the legacy TOS bits of the flow.
    if (rule.tos && rule.tos !== (fl.tos & DSCP_LEGACY_TOS_MASK)) return false;
    if (rule.ipProto && rule.ipProto !== fl.proto) return false;
    if (!fibRulePortMatch(rule.sportRange, rule.sportMask, fl.sport)) return false;
    return fibRulePortMatch(rule.dportRange, rule.dportMask, fl.dport);
  }

  /** fib4_rule_configure() */
  configure(rule: Fib4Rule, hdr: FibRuleHdr, tb: FibRuleAttrs): void {
    if (hdr.tos & 0x3) throw new KError('EINVAL', 'Invalid dsfield (tos): ECN bits must be 0');
    // IPv4 currently doesn't handle high order DSCP bits correctly.
    if (hdr.tos & ~IPTOS_TOS_MASK) throw new KError('EINVAL', 'Invalid tos');
    rule.tos = hdr.tos;
    // fib_unmerge(): lookups keep local and main apart already (fibLookup
    // merges them while no rule changed); the tries split here.
    this.fib.unmerge();
    if (rule.table === 0 && !rule.l3mdev && rule.action === FR_ACT_TO_TBL) rule.table = this.fibEmptyTable();
    if (hdr.srcLen) rule.src = tb.src!.addr >>> 0;
    if (hdr.dstLen) rule.dst = tb.dst!.addr >>> 0;
    if (tb.flow !== undefined) rule.tclassid = tb.flow;
    if (requiresFldissect(rule)) this.requireFldissect++;
    rule.srcLen = hdr.srcLen;
    rule.srcmask = prefixToMask(hdr.srcLen);
    rule.dstLen = hdr.dstLen;
    rule.dstmask = prefixToMask(hdr.dstLen);
    this.hasCustomRules = true;
  }

  /** fib_empty_table(): `lookup 0` creates the first unused table from 1 up. */
  private fibEmptyTable(): number {
    for (let id = 1; id <= RT_TABLE_MAX; id++) {
      if (!this.fib.existingTable(id)) return this.fib.newTable(id).id;
    }
    throw new KError('ENOBUFS');
  }

  /** fib4_rule_delete() */
  delete(rule: Fib4Rule): void {
    this.fib.unmerge();
    this.hasCustomRules = true;
    if (this.requireFldissect && requiresFldissect(rule)) this.requireFldissect--;
  }

  /** fib4_rule_compare(): only what the request carries is compared. */
  compare(rule: Fib4Rule, hdr: FibRuleHdr, tb: FibRuleAttrs): boolean {
    if (hdr.srcLen && rule.srcLen !== hdr.srcLen) return false;
    if (hdr.dstLen && rule.dstLen !== hdr.dstLen) return false;
    if (hdr.tos && rule.tos !== hdr.tos) return false;
    if (tb.flow !== undefined && rule.tclassid !== tb.flow) return false;
    if (hdr.srcLen && rule.src !== (tb.src?.addr ?? 0) >>> 0) return false;
    return !(hdr.dstLen && rule.dst !== (tb.dst?.addr ?? 0) >>> 0);
  }

  /** fib4_rule_fill() */
  fill(rule: Fib4Rule, msg: FibRuleMsg): void {
    msg.hdr.dstLen = rule.dstLen;
    msg.hdr.srcLen = rule.srcLen;
    msg.hdr.tos = rule.tos;
    if (rule.dstLen) msg.attrs.dst = { addr: rule.dst, bytelen: 4 };
    if (rule.srcLen) msg.attrs.src = { addr: rule.src, bytelen: 4 };
    if (rule.tclassid) msg.attrs.flow = rule.tclassid;
  }

  /** fib4_rule_flush_cache() */
  flushCache(): void {
    this.net.ipv4.fib.rtCacheFlush();
  }
}

/**
 * fib4_rules_init(): register the IPv4 rules of `net` with the default
 * rules 0 (local), 32766 (main) and 32767 (default), proto kernel.
 */
export function fib4RulesInit(net: Net): Fib4RulesOps {
  const ops = new Fib4RulesOps(net);
  fibRulesRegister(net, ops);
  fibDefaultRuleAdd(ops, net, 0, RT_TABLE_LOCAL, RTPROT_KERNEL);
  fibDefaultRuleAdd(ops, net, 0x7ffe, RT_TABLE_MAIN, RTPROT_KERNEL);
  fibDefaultRuleAdd(ops, net, 0x7fff, RT_TABLE_DEFAULT, RTPROT_KERNEL);
  return ops;
}

/**
 * fib_table_lookup() as a rule action sees it: no route (or a throw
 * route) is -EAGAIN, an unreachable/prohibit/blackhole route its error.
 */
function fibTableLookup(tb: FibTable, fl: Flowi4, out: Fib4Res, flags: number): Errno | 0 {
  const checkLinkdown = !(flags & FIB_LOOKUP_IGNORE_LINKSTATE);
  const res = tb.lookup(fl.daddr, fl.scope, fl.tos, fl.oif, checkLinkdown);
  return fibResultSet(res, tb.id, out);
}

function fibResultSet(res: FibResult | null, tbId: number, out: Fib4Res): Errno | 0 {
  if (!res) return 'EAGAIN';
  const err = fibProps[res.type]?.error;
  if (err) return err as Errno;
  out.res = res;
  out.table = tbId;
  return 0;
}

/**
 * fib_lookup() before any rule changed: the local table shares main's trie
 * (fib_new_table() aliases it), so one longest-prefix walk covers both —
 * local wins a tie of equal prefixes (higher tb_id first in a leaf) — and
 * the result's table is main. Then the default table, if main had nothing.
 */
function fibLookupMerged(fib: FibNet, fl: Flowi4, out: Fib4Res, flags: number): Errno | 0 {
  const checkLinkdown = !(flags & FIB_LOOKUP_IGNORE_LINKSTATE);
  const lt = fib.getTable(RT_TABLE_LOCAL);
  const mt = fib.getTable(RT_TABLE_MAIN);
  const misses = (lt?.missCount ?? 0) + (mt?.missCount ?? 0);
  const loc = lt?.lookup(fl.daddr, fl.scope, fl.tos, fl.oif, checkLinkdown) ?? null;
  const main = mt?.lookup(fl.daddr, fl.scope, fl.tos, fl.oif, checkLinkdown) ?? null;
  // A /32 of local (its addresses, broadcasts) wins without asking main the
  // length of its match (which a group hit of main finds only by a walk).
  let res = !main || (loc && (loc.alias.plen === 32 || loc.alias.plen >= main.alias.plen)) ? loc : main;
  // A route through a nexthop object gave up its leaf in one of the tables
  // (fib_table_lookup()'s `goto miss`): in the one merged trie that leaf
  // holds the other table's aliases of the key too, so walk both as one.
  if ((lt?.missCount ?? 0) + (mt?.missCount ?? 0) !== misses) res = FibTable.lookupMerged(lt, mt, fl.daddr, fl.scope, fl.tos, fl.oif, checkLinkdown);
  const err = fibResultSet(res, RT_TABLE_MAIN, out);
  // Linux 6.18 answers an error route of main (blackhole, ...) as such;
  // only "nothing" (or throw) goes on to the default table.
  if (err !== 'EAGAIN') return err;
  const tb = fib.getTable(RT_TABLE_DEFAULT);
  return tb ? fibTableLookup(tb, fl, out, flags) : 'EAGAIN';
}

/** One frozen error result per errno, made once: a failed lookup allocates nothing. */
const ERR_RESULTS: ReadonlyMap<Errno, FibLookupErr> = new Map(
  (Object.keys(strerror) as Errno[]).map((err) => [err, Object.freeze({ err })]),
);

function errResult(err: Errno): FibLookupErr {
  return ERR_RESULTS.get(err)!;
}

/** A rule's FRA_FLOW realms, 0 for none or no rule. */
function ruleTclassid(rule: FibRule | null): number {
  return rule instanceof Fib4Rule ? rule.tclassid : 0;
}

/**
 * fib_lookup() / __fib_lookup(): the route for `flp` through the rules,
 * in preference order. Without any rule change since boot the fast path of
 * the kernel (merged local/main, then default) is taken.
 *
 * Allocation-free apart from the table walk: a success is returned in
 * `out`, or else in an object owned by the namespace that the next lookup
 * in it overwrites; a failure is a shared frozen object.
 */
export function fibLookup(
  net: Net, flp: Flowi4, flags = 0, out?: FibLookupRes, ignoreLinkdown: IgnoreLinkdown = NEVER,
): FibLookupResult {
  const fib = net.ipv4.fib;
  const ops = fib.rules;
  const arg = ops.arg;
  const result = arg.result;
  result.res = null;
  result.table = 0;
  result.ignoreLinkdown = ignoreLinkdown;
  arg.rule = null;
  arg.table = 0;
  arg.flags = flags | FIB_LOOKUP_NOREF;
  let err: Errno | 0;
  if (ops.hasCustomRules) {
    err = fibRulesLookup(ops, flp, arg.flags, arg);
    if (err === 'ESRCH') err = 'ENETUNREACH';
  } else {
    err = fibLookupMerged(fib, flp, result, arg.flags);
    if (err === 'EAGAIN') err = 'ENETUNREACH';
  }
  if (err || !result.res) return errResult(err || 'ENETUNREACH');
  const o = out ?? ops.ok;
  o.res = result.res;
  // __fib_lookup(): the matching rule's realms go with the result (a group's
  // shared result is never written: a copy takes them)
  const tag = ruleTclassid(arg.rule);
  if (tag !== 0 || o.res.tclassid !== 0) {
    o.res = o.res.writable();
    o.res.tclassid = tag;
  }
  o.table = result.table;
  o.rule = arg.rule;
  return o;
}
