/**
 * The IPv6 policy routing rules as far as tuxnet has IPv6: the AF_INET6
 * rules ops with their two default rules (0: local, 32766: main; IPv6 has
 * no rule for the default table), so `ip -6 rule` lists, adds, deletes and
 * flushes rules. tuxnet has no IPv6 FIB: no lookup consults them.
 * Linux: rules with IPv6 prefixes (`from 2001:db8::/32`); tuxnet's rule
 * messages carry IPv4 addresses only and refuses them with EOPNOTSUPP.
 * @linux net/ipv6/fib6_rules.c fib6_rules_net_init() fib6_rule_configure()
 *        fib6_rule_compare() fib6_rule_fill()
 */
import type { Net } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import {
  FR_ACT_TO_TBL, FibRule, fibDefaultRuleAdd, fibRulesRegister,
  type FibRuleAttrs, type FibRuleHdr, type FibRuleMsg, type FibRulesOps, type Flowi,
} from '../core/fib_rules.js';
import { PF_INET6 } from '../../uapi/linux/rtnetlink.js';
import { RTPROT_KERNEL, RT_TABLE_LOCAL, RT_TABLE_MAIN } from '../../uapi/linux/rtmsg.js';

/** fib6_new_table(): main and local always exist; another table is made once. */
function fib6NewTable(net: Net, id: number): void {
  const tables = net.ipv6?.fib6Tables;
  if (tables && id !== RT_TABLE_MAIN && id !== RT_TABLE_LOCAL && !tables.includes(id)) tables.push(id);
}

class Fib6Rule extends FibRule {
  /** The traffic class the rule selects (frh->tos). */
  tclass = 0;
}

/** net->ipv6.fib6_rules_ops */
class Fib6RulesOps implements FibRulesOps<Fib6Rule, Flowi, null> {
  readonly family = PF_INET6;
  readonly addrSize = 16;
  readonly rulesList: Fib6Rule[] = [];
  unresolvedRules = 0;
  nrGotoRules = 0;

  newRule(net: Net): Fib6Rule {
    return new Fib6Rule(net);
  }

  /** fib6_rule_action(): never reached, nothing looks IPv6 routes up. */
  action(): 'EAGAIN' {
    return 'EAGAIN';
  }

  match(): boolean {
    return false;
  }

  /** fib6_rule_configure(): a table action needs a table, which fib6_new_table() makes. */
  configure(rule: Fib6Rule, hdr: FibRuleHdr, _tb: FibRuleAttrs): void {
    if (rule.action === FR_ACT_TO_TBL && !rule.l3mdev && rule.table === 0) throw new KError('EINVAL', 'Invalid table');
    if (hdr.srcLen || hdr.dstLen) throw new KError('EOPNOTSUPP');
    if (rule.action === FR_ACT_TO_TBL && !rule.l3mdev) fib6NewTable(rule.frNet, rule.table);
    rule.tclass = hdr.tos;
  }

  /** fib6_rule_compare(): only what the request carries. */
  compare(rule: Fib6Rule, hdr: FibRuleHdr): boolean {
    return !hdr.srcLen && !hdr.dstLen && (!hdr.tos || rule.tclass === hdr.tos);
  }

  /** fib6_rule_fill() */
  fill(rule: Fib6Rule, msg: FibRuleMsg): void {
    msg.hdr.dstLen = 0;
    msg.hdr.srcLen = 0;
    msg.hdr.tos = rule.tclass;
  }
}

/** fib6_rules_net_init(): the ops with rules 0 (local) and 32766 (main), proto kernel. */
export function fib6RulesInit(net: Net): void {
  const ops = new Fib6RulesOps();
  fibRulesRegister(net, ops);
  fibDefaultRuleAdd(ops, net, 0, RT_TABLE_LOCAL, RTPROT_KERNEL);
  fibDefaultRuleAdd(ops, net, 0x7ffe, RT_TABLE_MAIN, RTPROT_KERNEL);
}
