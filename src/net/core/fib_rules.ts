/**
 * Generic policy routing rules (the RPDB): the per-family rule list, its
 * netlink add/delete/dump, the walk that picks a table for a flow
 * (fib_rules_lookup) and the tracking of iif/oif names as devices come and go.
 * The address family plugs in through FibRulesOps (net/ipv4/fib_rules.ts).
 * @linux net/core/fib_rules.c, include/net/fib_rules.h, include/uapi/linux/fib_rules.h
 */
import type { Net } from './net_namespace.js';
import { NetdevEvent } from './net_namespace.js';
import { notifierMask } from './notifier.js';
import type { NetDevice } from './netdevice.js';
import { KError, type Errno } from './errno.js';

/* include/uapi/linux/fib_rules.h */
export {
  FIB_RULE_PERMANENT, FIB_RULE_INVERT, FIB_RULE_UNRESOLVED, FIB_RULE_IIF_DETACHED, FIB_RULE_OIF_DETACHED, FR_ACT_UNSPEC,
  FR_ACT_TO_TBL, FR_ACT_GOTO, FR_ACT_NOP, FR_ACT_BLACKHOLE, FR_ACT_UNREACHABLE, FR_ACT_PROHIBIT,
} from '../../uapi/linux/fib_rules.js';
export type { FibRuleAttrs, FibRuleHdr, FibRulePortRange, FibRuleUidRange, NlAddr } from '../../uapi/linux/fib_rules.js';
import {
  FIB_RULE_PERMANENT, FIB_RULE_INVERT, FIB_RULE_IIF_DETACHED, FIB_RULE_OIF_DETACHED, FIB_RULE_UNRESOLVED, FR_ACT_GOTO,
  FR_ACT_NOP, FR_ACT_TO_TBL,
} from '../../uapi/linux/fib_rules.js';
import type { FibRuleAttrs, FibRuleHdr, FibRulePortRange, FibRuleUidRange } from '../../uapi/linux/fib_rules.js';

/** The events fib_rules_event() acts on (the others do not call it). */
const FIB_RULES_EVENTS = notifierMask(NetdevEvent.REGISTER, NetdevEvent.UNREGISTER, NetdevEvent.CHANGENAME);

/* include/net/fib_rules.h struct fib_lookup_arg flags */
export const FIB_LOOKUP_NOREF = 1;
export const FIB_LOOKUP_IGNORE_LINKSTATE = 2;

/** One RTM_NEWRULE/RTM_DELRULE message: header plus attributes. */
export interface FibRuleMsg {
  hdr: FibRuleHdr;
  attrs: FibRuleAttrs;
}

/** INVALID_UID: the end of the unset uid range, and the value uid_valid() rejects. */
const UID_INVALID = 0xffffffff;

/** The ranges of a rule that has none (fib_kuid_range_unset, a zeroed fib_rule_port_range). */
const UID_RANGE_UNSET: Readonly<FibRuleUidRange> = Object.freeze({ start: 0, end: UID_INVALID });
const PORT_RANGE_UNSET: Readonly<FibRulePortRange> = Object.freeze({ start: 0, end: 0 });

/** struct fib_rule: the family-independent part of a rule. */
export class FibRule {
  /** 0: any; -1: the named device is absent (detached). */
  iifindex = 0;
  oifindex = 0;
  mark = 0;
  markMask = 0;
  flags = 0;
  table = 0;
  action = 0;
  l3mdev = 0;
  proto = 0;
  ipProto = 0;
  target = 0;
  tunId = 0n;
  /** The rule a goto jumps to; null while unresolved. */
  ctarget: FibRule | null = null;
  pref = 0;
  suppressIfgroup = -1;
  suppressPrefixlen = -1;
  iifname = '';
  oifname = '';
  /** fib_kuid_range_unset: 0 .. ~0. The ranges are replaced, never written: a rule without them shares the unset ones. */
  uidRange: Readonly<FibRuleUidRange> = UID_RANGE_UNSET;
  sportRange: Readonly<FibRulePortRange> = PORT_RANGE_UNSET;
  dportRange: Readonly<FibRulePortRange> = PORT_RANGE_UNSET;
  sportMask = 0;
  dportMask = 0;
  /** Position in the rules list, kept current so a goto jumps in O(1). */
  index = 0;

  constructor(readonly frNet: Net) {}
}

/** The flowi_common fields the generic match reads. */
export interface Flowi {
  oif: number;
  iif: number;
  mark: number;
  uid: number;
}

/** struct fib_lookup_arg, with the result type of the family. */
export interface FibLookupArg<Res> {
  result: Res;
  rule: FibRule | null;
  /** The l3mdev table (arg->table). */
  table: number;
  flags: number;
}

/** struct fib_rules_ops: what an address family provides. */
export interface FibRulesOps<R extends FibRule = FibRule, F extends Flowi = Flowi, Res = unknown> {
  readonly family: number;
  /** Bytes of an address of the family. */
  readonly addrSize: number;
  readonly rulesList: R[];
  unresolvedRules: number;
  nrGotoRules: number;
  /** kzalloc(ops->rule_size) */
  newRule(net: Net): R;
  /** Returns 0, or the errno; 'EAGAIN' continues with the next rule. */
  action(rule: R, fl: F, flags: number, arg: FibLookupArg<Res>): Errno | 0;
  suppress?(rule: R, flags: number, arg: FibLookupArg<Res>): boolean;
  match(rule: R, fl: F, flags: number): boolean;
  /** Throws a KError with the kernel's extack. */
  configure(rule: R, hdr: FibRuleHdr, attrs: FibRuleAttrs): void;
  delete?(rule: R): void;
  compare(rule: R, hdr: FibRuleHdr, attrs: FibRuleAttrs): boolean;
  fill(rule: R, msg: FibRuleMsg): void;
  flushCache?(): void;
}

export type AnyOps = FibRulesOps<FibRule, never, unknown>;

/**
 * fib_rules_register(): one ops per family and namespace. The first one
 * also hooks the namespace's netdev chain (fib_rules_event).
 */
export function fibRulesRegister<R extends FibRule, F extends Flowi, Res>(net: Net, ops: FibRulesOps<R, F, Res>): void {
  const list = net.rulesOps;
  if (list.length === 0) net.netdevChain.register(fibRulesNotifier, 0, FIB_RULES_EVENTS);
  if (list.some((o) => o.family === ops.family)) throw new KError('EEXIST');
  list.push(ops as unknown as AnyOps);
}

/** lookup_rules_ops() */
export function lookupRulesOps(net: Net, family: number): AnyOps | null {
  return net.rulesOps.find((o) => o.family === family) ?? null;
}

/** fib_default_rule_add(): a kernel rule at the tail of the list. */
export function fibDefaultRuleAdd<R extends FibRule>(ops: FibRulesOps<R, never, unknown>, net: Net, pref: number, table: number, proto: number): void {
  const r = ops.newRule(net);
  r.action = FR_ACT_TO_TBL;
  r.pref = pref;
  r.table = table;
  r.proto = proto;
  r.index = ops.rulesList.length;
  ops.rulesList.push(r);
}

/**
 * fib_default_rule_pref(): a rule added without a preference goes just
 * before the second rule of the list (the first is normally the local
 * rule, pref 0), or at 0 when that one has pref 0 or does not exist.
 */
function fibDefaultRulePref(ops: AnyOps): number {
  const second = ops.rulesList[1];
  return second && second.pref ? second.pref - 1 : 0;
}

function uidValid(uid: number): boolean {
  return uid !== UID_INVALID;
}

function uidRangeSet(r: FibRuleUidRange): boolean {
  return uidValid(r.start) && uidValid(r.end);
}

/** fib_rule_port_range_set() */
export function fibRulePortRangeSet(r: FibRulePortRange): boolean {
  return r.start !== 0 && r.end !== 0;
}

/** fib_rule_port_range_valid(): 1 <= start <= end < 65535 */
function fibRulePortRangeValid(r: FibRulePortRange): boolean {
  return r.start !== 0 && r.end !== 0 && r.end < 0xffff && r.start <= r.end;
}

/** fib_rule_port_match(): a single port compares under its mask, a range by bounds. */
export function fibRulePortMatch(r: FibRulePortRange, mask: number, port: number): boolean {
  if ((r.start ^ port) & mask) return false;
  return !(!mask && fibRulePortRangeSet(r) && (port < r.start || port > r.end));
}

/**
 * fib_rule_match(): the selectors every family shares, then the family's
 * own; `not` (FIB_RULE_INVERT) inverts the whole verdict.
 */
function fibRuleMatch<R extends FibRule, F extends Flowi>(rule: R, ops: FibRulesOps<R, F, unknown>, fl: F, flags: number): boolean {
  let ret = false;
  // A detached device (-1) never equals a flow's ifindex.
  if (rule.iifindex && rule.iifindex !== fl.iif) return invert(rule, ret);
  if (rule.oifindex && rule.oifindex !== fl.oif) return invert(rule, ret);
  if ((rule.mark ^ fl.mark) & rule.markMask) return invert(rule, ret);
  // Flows carry no tunnel key in tuxnet (flowi_tun_key.tun_id is 0).
  if (rule.tunId !== 0n) return invert(rule, ret);
  // Linux: l3mdev_fib_rule_match() needs a VRF device; tuxnet has none.
  if (rule.l3mdev) return invert(rule, ret);
  if (fl.uid < rule.uidRange.start || fl.uid > rule.uidRange.end) return invert(rule, ret);
  ret = ops.match(rule, fl, flags);
  return invert(rule, ret);
}

function invert(rule: FibRule, ret: boolean): boolean {
  return rule.flags & FIB_RULE_INVERT ? !ret : ret;
}

/**
 * fib_rules_lookup(): the first matching rule whose action gives an
 * answer. goto jumps to its target and goes on from there, nop goes on,
 * an action returning -EAGAIN (no route, throw) or a result the family
 * suppresses goes on with the next rule. Nothing left: -ESRCH.
 */
export function fibRulesLookup<R extends FibRule, F extends Flowi, Res>(
  ops: FibRulesOps<R, F, Res>, fl: F, flags: number, arg: FibLookupArg<Res>,
): Errno | 0 {
  const list = ops.rulesList;
  for (let i = 0; i < list.length; i++) {
    let rule = list[i]!;
    let err: Errno | 0;
    for (;;) {
      if (!fibRuleMatch(rule, ops, fl, flags)) break;
      if (rule.action === FR_ACT_GOTO) {
        const target = rule.ctarget as R | null;
        if (!target) break;
        rule = target;
        i = target.index;
        continue;
      }
      if (rule.action === FR_ACT_NOP) break;
      err = ops.action(rule, fl, flags, arg);
      if (!err && ops.suppress?.(rule, flags, arg)) break;
      if (err !== 'EAGAIN') {
        arg.rule = rule;
        return err;
      }
      break;
    }
  }
  return 'ESRCH';
}

/** The rule built from a message by fib_nl2rule(), plus whether FRA_PRIORITY came with it. */
interface NlRule<R> {
  rule: R;
  userPriority: boolean;
}

/** fib_nl2rule(): check a message and turn it into a rule (not yet linked). */
function fibNl2rule<R extends FibRule>(net: Net, msg: FibRuleMsg, ops: FibRulesOps<R, never, unknown>): NlRule<R> {
  const { hdr, attrs: tb } = msg;
  const bits = ops.addrSize * 8;
  if (hdr.srcLen && (!tb.src || hdr.srcLen > bits || tb.src.bytelen !== ops.addrSize)) {
    throw new KError('EINVAL', 'Invalid source address');
  }
  if (hdr.dstLen && (!tb.dst || hdr.dstLen > bits || tb.dst.bytelen !== ops.addrSize)) {
    throw new KError('EINVAL', 'Invalid dst address');
  }
  const r = ops.newRule(net);
  const userPriority = tb.priority !== undefined;
  if (tb.priority !== undefined) r.pref = tb.priority;
  r.proto = tb.protocol ?? 0;
  if (tb.iifname !== undefined) {
    r.iifindex = -1;
    r.iifname = tb.iifname;
  }
  if (tb.oifname !== undefined) {
    r.oifindex = -1;
    r.oifname = tb.oifname;
  }
  if (tb.fwmark !== undefined) {
    r.mark = tb.fwmark;
    // Compatibility: a non-zero mark compares all bits unless a mask is given.
    if (r.mark) r.markMask = 0xffffffff;
  }
  if (tb.fwmask !== undefined) r.markMask = tb.fwmask;
  if (tb.tunId !== undefined) r.tunId = tb.tunId;
  if (tb.l3mdev !== undefined) {
    r.l3mdev = tb.l3mdev;
    if (r.l3mdev !== 1) throw new KError('EINVAL', 'Invalid l3mdev attribute');
  }
  r.action = hdr.action;
  r.flags = hdr.flags;
  r.table = tb.table ?? hdr.table;
  r.suppressPrefixlen = tb.suppressPrefixlen ?? -1;
  r.suppressIfgroup = tb.suppressIfgroup ?? -1;
  fibNl2ruleGoto(r, tb);
  if (r.l3mdev && r.table) throw new KError('EINVAL', 'l3mdev and table are mutually exclusive');
  fibNl2ruleRanges(r, tb);
  return { rule: r, userPriority };
}

function fibNl2ruleGoto(r: FibRule, tb: FibRuleAttrs): void {
  if (tb.goto !== undefined) {
    if (r.action !== FR_ACT_GOTO) throw new KError('EINVAL', 'Unexpected goto');
    r.target = tb.goto;
  } else if (r.action === FR_ACT_GOTO) {
    throw new KError('EINVAL', 'Missing goto target for action goto');
  }
}

/** The uid range, ip_proto and port selectors of fib_nl2rule(). */
function fibNl2ruleRanges(r: FibRule, tb: FibRuleAttrs): void {
  if (tb.uidRange) {
    r.uidRange = { ...tb.uidRange };
    if (!uidRangeSet(r.uidRange) || r.uidRange.start > r.uidRange.end) throw new KError('EINVAL', 'Invalid uid range');
  }
  if (tb.ipProto !== undefined) r.ipProto = tb.ipProto;
  if (tb.sportRange) {
    if (!fibRulePortRangeValid(tb.sportRange)) throw new KError('EINVAL', 'Invalid sport range');
    r.sportRange = { ...tb.sportRange };
    // A single port is matched exactly, under a full mask.
    if (r.sportRange.start === r.sportRange.end) r.sportMask = 0xffff;
  }
  if (tb.dportRange) {
    if (!fibRulePortRangeValid(tb.dportRange)) throw new KError('EINVAL', 'Invalid dport range');
    r.dportRange = { ...tb.dportRange };
    if (r.dportRange.start === r.dportRange.end) r.dportMask = 0xffff;
  }
}

/** fib_nl2rule_rtnl(): the default preference, the goto direction, the devices. */
function fibNl2ruleRtnl(r: FibRule, ops: AnyOps, tb: FibRuleAttrs): void {
  if (tb.priority === undefined) r.pref = fibDefaultRulePref(ops);
  // Backward jumps are prohibited to avoid endless loops.
  if (tb.goto !== undefined && r.target <= r.pref) throw new KError('EINVAL', 'Backward goto not supported');
  if (tb.iifname !== undefined) {
    const dev = r.frNet.devByName(r.iifname);
    if (dev) r.iifindex = dev.ifindex;
  }
  if (tb.oifname !== undefined) {
    const dev = r.frNet.devByName(r.oifname);
    if (dev) r.oifindex = dev.ifindex;
  }
}

function samePorts(a: FibRulePortRange, b: FibRulePortRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * rule_exists(): an identical rule for NLM_F_EXCL. Every generic field is
 * compared; the family's compare() only checks what the message sets.
 */
function ruleExists(ops: AnyOps, msg: FibRuleMsg, rule: FibRule): boolean {
  for (const r of ops.rulesList) {
    if (r.action !== rule.action || r.table !== rule.table || r.pref !== rule.pref) continue;
    if (r.iifname !== rule.iifname || r.oifname !== rule.oifname) continue;
    if (r.mark !== rule.mark || r.suppressIfgroup !== rule.suppressIfgroup) continue;
    if (r.suppressPrefixlen !== rule.suppressPrefixlen || r.markMask !== rule.markMask) continue;
    if (r.tunId !== rule.tunId || r.l3mdev !== rule.l3mdev) continue;
    if (r.uidRange.start !== rule.uidRange.start || r.uidRange.end !== rule.uidRange.end) continue;
    if (r.ipProto !== rule.ipProto || r.proto !== rule.proto) continue;
    if (!samePorts(r.sportRange, rule.sportRange) || r.sportMask !== rule.sportMask) continue;
    if (!samePorts(r.dportRange, rule.dportRange) || r.dportMask !== rule.dportMask) continue;
    if (!ops.compare(r, msg.hdr, msg.attrs)) continue;
    return true;
  }
  return false;
}

/** rule_find(): the first rule matching every selector the delete request set. */
function ruleFind(ops: AnyOps, msg: FibRuleMsg, rule: FibRule, userPriority: boolean): FibRule | null {
  for (const r of ops.rulesList) {
    if ((rule.action && r.action !== rule.action) || (rule.table && r.table !== rule.table)) continue;
    if (userPriority && r.pref !== rule.pref) continue;
    if ((rule.iifname && r.iifname !== rule.iifname) || (rule.oifname && r.oifname !== rule.oifname)) continue;
    if (rule.mark && r.mark !== rule.mark) continue;
    if (rule.suppressIfgroup !== -1 && r.suppressIfgroup !== rule.suppressIfgroup) continue;
    if (rule.suppressPrefixlen !== -1 && r.suppressPrefixlen !== rule.suppressPrefixlen) continue;
    if ((rule.markMask && r.markMask !== rule.markMask) || (rule.tunId && r.tunId !== rule.tunId)) continue;
    if (rule.l3mdev && r.l3mdev !== rule.l3mdev) continue;
    if (uidRangeSet(rule.uidRange) && (r.uidRange.start !== rule.uidRange.start || r.uidRange.end !== rule.uidRange.end)) continue;
    if ((rule.ipProto && r.ipProto !== rule.ipProto) || (rule.proto && r.proto !== rule.proto)) continue;
    if (fibRulePortRangeSet(rule.sportRange) && !samePorts(r.sportRange, rule.sportRange)) continue;
    if (rule.sportMask && r.sportMask !== rule.sportMask) continue;
    if (fibRulePortRangeSet(rule.dportRange) && !samePorts(r.dportRange, rule.dportRange)) continue;
    if (rule.dportMask && r.dportMask !== rule.dportMask) continue;
    if (!ops.compare(r, msg.hdr, msg.attrs)) continue;
    return r;
  }
  return null;
}

function opsFor(net: Net, family: number): AnyOps {
  const ops = lookupRulesOps(net, family);
  if (!ops) throw new KError('EAFNOSUPPORT', 'Rule family not supported');
  return ops;
}

function renumber(list: FibRule[], from: number): void {
  for (let i = from; i < list.length; i++) list[i]!.index = i;
}

/**
 * fib_newrule() (RTM_NEWRULE): validate, refuse a duplicate under
 * NLM_F_EXCL, let the family configure, then link the rule after the last
 * rule of lower or equal preference and resolve the gotos it satisfies.
 */
export function fibNewrule(net: Net, msg: FibRuleMsg, nlflags: number): FibRule {
  const ops = opsFor(net, msg.hdr.family);
  const { rule } = fibNl2rule(net, msg, ops);
  fibNl2ruleRtnl(rule, ops, msg.attrs);
  if (nlflags & NLM_F_EXCL && ruleExists(ops, msg, rule)) throw new KError('EEXIST');
  ops.configure(rule, msg.hdr, msg.attrs);
  const list = ops.rulesList;
  // Linux: every rule looks its target up; only a goto's one is ever used.
  if (rule.action === FR_ACT_GOTO) rule.ctarget = list.find((r) => r.pref === rule.target) ?? null;
  const unresolved = rule.action === FR_ACT_GOTO && !rule.ctarget;
  let at = 0;
  while (at < list.length && list[at]!.pref <= rule.pref) at++;
  list.splice(at, 0, rule);
  renumber(list, at);
  if (ops.unresolvedRules) {
    // Unresolved goto rules pointing to this new rule now have a target.
    for (const r of list) {
      if (r.action === FR_ACT_GOTO && r.target === rule.pref && !r.ctarget) {
        r.ctarget = rule;
        if (--ops.unresolvedRules === 0) break;
      }
    }
  }
  if (rule.action === FR_ACT_GOTO) ops.nrGotoRules++;
  if (unresolved) ops.unresolvedRules++;
  ops.flushCache?.();
  return rule;
}

/**
 * fib_delrule() (RTM_DELRULE): unlink the first rule matching the
 * request. Gotos aimed at it move to the next rule of the same preference,
 * or become unresolved.
 */
export function fibDelrule(net: Net, msg: FibRuleMsg): FibRule {
  const ops = opsFor(net, msg.hdr.family);
  const nl = fibNl2rule(net, msg, ops);
  fibNl2ruleRtnl(nl.rule, ops, msg.attrs);
  const rule = ruleFind(ops, msg, nl.rule, nl.userPriority);
  if (!rule) throw new KError('ENOENT');
  if (rule.flags & FIB_RULE_PERMANENT) throw new KError('EPERM');
  ops.delete?.(rule);
  const list = ops.rulesList;
  const at = rule.index;
  list.splice(at, 1);
  renumber(list, at);
  if (rule.action === FR_ACT_GOTO) {
    ops.nrGotoRules--;
    if (!rule.ctarget) ops.unresolvedRules--;
  }
  if (ops.nrGotoRules > 0) {
    const n = list[at];
    const next = n && n.pref === rule.pref ? n : null;
    for (const r of list) {
      if (r.ctarget !== rule) continue;
      r.ctarget = next;
      if (!next) ops.unresolvedRules++;
    }
  }
  ops.flushCache?.();
  return rule;
}

/** fib_nl_fill_rule(): the RTM_NEWRULE message a dump returns for `rule`. */
export function fibNlFillRule(ops: AnyOps, rule: FibRule): FibRuleMsg {
  const hdr: FibRuleHdr = {
    family: ops.family, dstLen: 0, srcLen: 0, tos: 0, table: rule.table < 256 ? rule.table : RT_TABLE_COMPAT,
    action: rule.action, flags: rule.flags,
  };
  const a: FibRuleAttrs = { table: rule.table, suppressPrefixlen: rule.suppressPrefixlen, protocol: rule.proto };
  if (rule.action === FR_ACT_GOTO && !rule.ctarget) hdr.flags |= FIB_RULE_UNRESOLVED;
  if (rule.iifname) {
    a.iifname = rule.iifname;
    if (rule.iifindex === -1) hdr.flags |= FIB_RULE_IIF_DETACHED;
  }
  if (rule.oifname) {
    a.oifname = rule.oifname;
    if (rule.oifindex === -1) hdr.flags |= FIB_RULE_OIF_DETACHED;
  }
  if (rule.pref) a.priority = rule.pref;
  if (rule.mark) a.fwmark = rule.mark;
  if (rule.markMask || rule.mark) a.fwmask = rule.markMask;
  if (rule.target) a.goto = rule.target;
  if (rule.tunId) a.tunId = rule.tunId;
  if (rule.l3mdev) a.l3mdev = rule.l3mdev;
  if (uidRangeSet(rule.uidRange)) a.uidRange = { ...rule.uidRange };
  if (fibRulePortRangeSet(rule.sportRange)) a.sportRange = { ...rule.sportRange };
  if (rule.sportMask) a.sportMask = rule.sportMask;
  if (fibRulePortRangeSet(rule.dportRange)) a.dportRange = { ...rule.dportRange };
  if (rule.dportMask) a.dportMask = rule.dportMask;
  if (rule.ipProto) a.ipProto = rule.ipProto;
  if (rule.suppressIfgroup !== -1) a.suppressIfgroup = rule.suppressIfgroup;
  const msg = { hdr, attrs: a };
  ops.fill(rule, msg);
  return msg;
}

/** fib_nl_dumprule() (RTM_GETRULE dump): every rule of `family`, or of every family for AF_UNSPEC. */
export function fibNlDumprule(net: Net, family: number): FibRuleMsg[] {
  const all = family === AF_UNSPEC ? net.rulesOps : [opsForDump(net, family)];
  return all.flatMap((ops) => ops.rulesList.map((r) => fibNlFillRule(ops, r)));
}

function opsForDump(net: Net, family: number): AnyOps {
  const ops = lookupRulesOps(net, family);
  if (!ops) throw new KError('EAFNOSUPPORT');
  return ops;
}

/** attach_rules(): rules naming `dev` see it again. */
function attachRules(list: FibRule[], dev: NetDevice): void {
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    if (r.iifindex === -1 && r.iifname === dev.name) r.iifindex = dev.ifindex;
    if (r.oifindex === -1 && r.oifname === dev.name) r.oifindex = dev.ifindex;
  }
}

/** detach_rules(): rules bound to `dev` stop matching (and show [detached]). */
function detachRules(list: FibRule[], dev: NetDevice): void {
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    if (r.iifindex === dev.ifindex) r.iifindex = -1;
    if (r.oifindex === dev.ifindex) r.oifindex = -1;
  }
}

/** fib_rules_event() */
/** fib_rules_event() of the device's namespace. */
function fibRulesNotifier(event: NetdevEvent, dev: NetDevice): void {
  fibRulesEvent(dev.net, event, dev);
}

function fibRulesEvent(net: Net, event: NetdevEvent, dev: NetDevice): void {
  const all = net.rulesOps;
  for (let i = 0; i < all.length; i++) {
    const ops = all[i]!;
    if (event === NetdevEvent.REGISTER) attachRules(ops.rulesList, dev);
    else if (event === NetdevEvent.UNREGISTER) detachRules(ops.rulesList, dev);
    else if (event === NetdevEvent.CHANGENAME) {
      detachRules(ops.rulesList, dev);
      attachRules(ops.rulesList, dev);
    }
  }
}

const AF_UNSPEC = 0;
const RT_TABLE_COMPAT = 252;
const NLM_F_EXCL = 0x200;
