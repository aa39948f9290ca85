/**
 * The rtnetlink side of the policy routing rules: RTM_NEWRULE,
 * RTM_DELRULE and the RTM_GETRULE dump (registered for PF_UNSPEC: the
 * message's family picks the rules ops), and notify_rule_change() to the
 * family's group (RTNLGRP_IPV4_RULE).
 * @linux net/core/fib_rules.c fib_nl_newrule(), fib_nl_delrule(), fib_nl_dumprule(), notify_rule_change()
 */
import type { Net } from './net_namespace.js';
import { nlmsgEcho, nlmsgNew, type Rtnl, type RtnlCtx } from './rtnetlink.js';
import { rtnlHasListeners, rtnlNotify } from '../netlink/af_netlink.js';
import { NLM_F_MULTI, type NlMsg } from '../../uapi/linux/netlink.js';
import { PF_INET, PF_UNSPEC, RTM_DELRULE, RTM_GETRULE, RTM_NEWRULE, RTNLGRP_IPV4_RULE } from '../../uapi/linux/rtnetlink.js';
import type { FibRuleBody } from '../../uapi/linux/fib_rules.js';
import {
  fibDelrule, fibNewrule, fibNlDumprule, fibNlFillRule, lookupRulesOps, type FibRule, type FibRuleMsg,
} from './fib_rules.js';

/** The kernel's view of a rule message: header and attributes apart. */
function toRuleMsg(body: FibRuleBody): FibRuleMsg {
  const { attrs, ...hdr } = body;
  return { hdr, attrs };
}

/** The message body of a filled rule. */
function toBody(m: FibRuleMsg): FibRuleBody {
  return { ...m.hdr, attrs: m.attrs };
}

/** ops->nlgroup */
function ruleGroup(family: number): number {
  return family === PF_INET ? RTNLGRP_IPV4_RULE : 0;
}

/** notify_rule_change(): the rule as a dump shows it, to the family's group (and the requester with NLM_F_ECHO). */
function notifyRuleChange(net: Net, event: number, rule: FibRule, req: NlMsg<FibRuleBody>, ctx: RtnlCtx): void {
  const family = req.body.family;
  const echo = nlmsgEcho(req);
  const group = ruleGroup(family);
  if (!group || (!rtnlHasListeners(net, group) && !echo)) return;
  const ops = lookupRulesOps(net, family);
  if (!ops) return;
  rtnlNotify(net, nlmsgNew(event, 0, toBody(fibNlFillRule(ops, rule)), req.seq, ctx.portid), group, echo ? ctx.portid : 0);
}

/** fib_nl_newrule() */
function fibNlNewrule(net: Net, msg: NlMsg<FibRuleBody>, ctx: RtnlCtx): void {
  const rule = fibNewrule(net, toRuleMsg(msg.body), msg.flags);
  notifyRuleChange(net, RTM_NEWRULE, rule, msg, ctx);
}

/** fib_nl_delrule() */
function fibNlDelrule(net: Net, msg: NlMsg<FibRuleBody>, ctx: RtnlCtx): void {
  const rule = fibDelrule(net, toRuleMsg(msg.body));
  notifyRuleChange(net, RTM_DELRULE, rule, msg, ctx);
}

/** fib_nl_dumprule(): every rule of the family, or of every family for AF_UNSPEC. */
function fibNlDumpruleMsgs(net: Net, msg: NlMsg<FibRuleBody>): NlMsg[] {
  return fibNlDumprule(net, msg.body.family).map((m) => nlmsgNew(RTM_NEWRULE, NLM_F_MULTI, toBody(m), msg.seq));
}

/** fib_rules_init()'s rtnl_register() calls. */
export function fibRulesRtnlInit(rtnl: Rtnl): void {
  rtnl.register<FibRuleBody>(PF_UNSPEC, RTM_NEWRULE, fibNlNewrule, null);
  rtnl.register<FibRuleBody>(PF_UNSPEC, RTM_DELRULE, fibNlDelrule, null);
  rtnl.register<FibRuleBody>(PF_UNSPEC, RTM_GETRULE, null, fibNlDumpruleMsgs);
}
