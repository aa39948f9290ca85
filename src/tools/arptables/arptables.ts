/**
 * `arptables` of iptables 1.8.9 (arptables-nft): rules in the arp family's
 * table "filter" (builtin chains INPUT and OUTPUT at NF_ARP_IN/NF_ARP_OUT,
 * user chains), as payload matches on the ARP header, a counter and a
 * verdict, a jump or the mangle, MARK or CLASSIFY target. -A -C -D -I -R -F -Z -L -S (-n -v -x
 * --line-numbers), -N -X -E -P, -c, -t filter, -V.
 * @iptables iptables/nft-arp.c, iptables/xtables-arp.c, iptables/nft.c, iptables/nft-cmd.c
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { strerror } from '../../net/core/errno.js';
import { IptError, nftError } from '../iptables/iptables.js';
import { NftHandle } from '../iptables/nft_handle.js';
import { printNum, FMT_NOCOUNTS, FMT_NUMERIC } from '../iptables/ipt_print.js';
import { ARP_XT_TARGETS, ruleText, saveRule, type ArpRule } from './arpt_rule.js';
import { ArpTable, type ArpChain } from './arpt_cache.js';
import { ArpParser, PROG, arpParamProblem, type ArpCmd } from './arpt_parse.js';
import { arpHelp } from './arpt_help.js';

/** Which batch message failed, to name it in the error (the labels of nft_cmd). */
type Label = [string, string];

function commit(t: ArpTable, labels: Label[]): void {
  const e = t.h.commit();
  if (!e) return;
  const l = labels[e.index] ?? ['TABLE_ADD', 'table filter'];
  throw new IptError(`${PROG}:  ${l[0]} failed (${strerror[e.errno]}): ${l[1]}\n`, 4);
}

const nftErr = (fn: string, err: Parameters<typeof nftError>[1]): IptError => nftError(fn, err, 'arptables');

/** A chain the kernel has (a builtin one only once created). */
function existing(t: ArpTable, name: string): ArpChain {
  const c = t.chain(name);
  if (!c || !c.exists) throw nftErr('', 'ENOENT');
  return c;
}

/** A builtin chain (created on demand) or an existing user chain. */
function known(t: ArpTable, name: string): ArpChain {
  const c = t.chain(name);
  if (!c) throw nftErr('', 'ENOENT');
  return c;
}

const sameRule = (a: ArpRule, b: ArpRule): boolean => ruleText({ ...a, pkts: 0, bytes: 0 }, 0, FMT_NUMERIC) === ruleText({ ...b, pkts: 0, bytes: 0 }, 0, FMT_NUMERIC);

/** The standard targets, an extension (mangle, MARK, CLASSIFY), or a user chain that exists (command_jump()). */
export function checkTarget(t: ArpTable, r: ArpRule, prog = 'arptables'): void {
  if (!r.target || ['ACCEPT', 'DROP', 'RETURN'].includes(r.target) || r.target in ARP_XT_TARGETS) return;
  const c = t.chain(r.target);
  if (!c || c.builtin) throw arpParamProblem(prog, `Chain '${r.target}' does not exist`);
}

/** The rules a command line stands for: one per -s and -d pair, sources outer (nft_arp_add_entry()). */
export function pairRules(c: ArpCmd): ArpRule[] {
  return c.srcs.flatMap(([src, smsk]) => c.dsts.map(([tgt, tmsk]) => ({ ...c.rule, src, smsk, tgt, tmsk })));
}

/** -A -I -D */
function ruleCmd(t: ArpTable, c: ArpCmd): void {
  // nft_rule_delete() of a chain not in the kernel: ENOENT, "Bad rule" (nft_rule_delete_num(): the plain ENOENT)
  if (c.cmd === 'D' && !t.chain(c.chain)?.exists) throw nftErr(c.rulenum ? 'rule_delete_num' : 'rule_delete', 'ENOENT');
  const rules = (c.cmd === 'D' ? existing(t, c.chain) : known(t, c.chain)).rules;
  const where = `rule in chain ${c.chain}`;
  const labels: Label[] = [];
  if (c.cmd === 'D') {
    // every rule the line names must be there, or nothing is deleted
    const victims = c.rulenum ? [rules[c.rulenum - 1]] : pairRules(c).map((r) => rules.find((x) => sameRule(x, r)));
    if (victims.some((v) => !v)) throw c.rulenum ? nftErr('rule_delete_num', 'E2BIG') : nftErr('rule_delete', 'ENOENT');
    for (const v of victims) labels[t.delRule(c.chain, v!.handle)] = ['RULE_DELETE', where];
    return commit(t, labels);
  }
  checkTarget(t, c.rule);
  if (c.cmd === 'I' && c.rulenum > rules.length + 1) throw nftErr('rule_insert', 'E2BIG');
  t.ensure(c.chain);
  const before = c.cmd === 'I' ? rules[c.rulenum - 1] : undefined;
  // each insert goes at the number, before the one made just before it: the pairs end up in reverse order
  const add = c.cmd === 'I' ? pairRules(c).reverse() : pairRules(c);
  for (const r of add) labels[t.addRule(c.chain, r, before?.handle)] = [c.cmd === 'A' ? 'RULE_APPEND' : 'RULE_INSERT', where];
  commit(t, labels);
}

/** -C: nft_rule_check(): the rule as given in the chain (a chain that is not there has none). */
function check(t: ArpTable, c: ArpCmd): void {
  const ch = t.chain(c.chain);
  if (!ch?.exists || !pairRules(c).every((r) => ch.rules.some((x) => sameRule(x, r)))) throw nftErr('rule_check', 'ENOENT');
}

/** -R: the rule at the number replaced in place (its handle), with -c's counters or none. */
function replace(t: ArpTable, c: ArpCmd): void {
  const old = existing(t, c.chain).rules[c.rulenum - 1];
  if (!old) throw nftErr('rule_replace', 'E2BIG');
  checkTarget(t, c.rule);
  const labels: Label[] = [];
  labels[t.replaceRule(c.chain, { ...c.rule, handle: old.handle })] = ['RULE_REPLACE', `rule in chain ${c.chain}`];
  commit(t, labels);
}

function chainsOf(t: ArpTable, name: string): ArpChain[] {
  return name ? [known(t, name)] : t.chains.filter((c) => c.exists || c.builtin);
}

/**
 * -Z: each counted rule sent back with zero counters, the builtin chains'
 * counters zeroed; with -v, "Zeroing chain" for each chain
 * (__nft_chain_zero_counters()). The messages are returned.
 */
function zero(t: ArpTable, c: ArpCmd, labels: Label[]): string {
  let said = '';
  for (const ch of chainsOf(t, c.chain)) {
    if (!ch.exists) continue;
    if (c.verbose && !c.rulenum) said += `Zeroing chain \`${ch.name}'\n`;
    const rules = c.rulenum ? ch.rules.slice(c.rulenum - 1, c.rulenum) : ch.rules;
    if (ch.builtin && !c.rulenum) labels[t.setChain(ch.name, { counters: { packets: 0n, bytes: 0n } })] = ['CHAIN_UPDATE', `chain ${ch.name}`];
    for (const r of rules) {
      if (!r.pkts && !r.bytes) continue;
      labels[t.replaceRule(ch.name, { ...r, pkts: 0, bytes: 0 })] = ['RULE_REPLACE', `rule in chain ${ch.name}`];
    }
  }
  return said;
}

/** -Z, or the -Z of -L -Z and -S -Z after the listing. */
function zeroCmd(p: Proc, t: ArpTable, c: ArpCmd): void {
  const labels: Label[] = [];
  p.stdout.write(zero(t, c, labels));
  commit(t, labels);
}

/** -N: xshared.c's chain name checks, then nft_chain_user_add(). */
function newChain(t: ArpTable, name: string, labels: Label[], prog = 'arptables'): void {
  if (t.chain(name)) throw nftErr('chain_user_add', 'EEXIST');
  if (name.length > 28) throw arpParamProblem(prog, `chain name \`${name}' too long (must be under 29 chars)`);
  if (name.startsWith('-') || name.startsWith('!')) throw arpParamProblem(prog, `chain name not allowed to start with \`${name[0]}'`);
  // assert_valid_chain_name(): xtables_find_target() knows the verdicts (as "standard") and the loaded extensions
  if (['ACCEPT', 'DROP', 'QUEUE', 'RETURN', 'standard'].includes(name) || name in ARP_XT_TARGETS) {
    throw arpParamProblem(prog, 'chain name may not clash with target name');
  }
  if (/[\s]/.test(name)) throw arpParamProblem(prog, `Invalid chain name \`${name}'`);
  t.ensureTable();
  labels.length = t.h.batch.length;
  labels[t.newChain(name)] = ['CHAIN_USER_ADD', `chain ${name}`];
}

/** -X: one user chain, or every one in the kernel's order. */
function delChain(t: ArpTable, name: string, labels: Label[]): void {
  const victims = name ? [existing(t, name)] : t.kernelOrder.map((n) => t.chain(n)!);
  for (const ch of victims) {
    if (ch.builtin) throw nftErr('chain_user_del', 'EBUSY');
    labels[t.delChain(ch.name)] = ['CHAIN_DEL', `chain ${ch.name}`];
  }
}

/** -F -N -X -E -P */
function chainCmd(t: ArpTable, c: ArpCmd): void {
  const labels: Label[] = [];
  switch (c.cmd) {
    case 'F':
      for (const ch of chainsOf(t, c.chain)) if (ch.exists) labels[t.delRule(ch.name)] = ['RULE_FLUSH', `chain ${ch.name}`];
      break;
    case 'N':
      newChain(t, c.chain, labels);
      break;
    case 'X':
      delChain(t, c.chain, labels);
      break;
    case 'E':
      // arptables-nft 1.8.9 renames a builtin chain too: the table then holds an incompatible base chain.
      if (t.chain(c.arg)) throw nftErr('chain_user_rename', 'EEXIST');
      existing(t, c.chain);
      labels[t.setChain(c.chain, { newName: c.arg })] = ['CHAIN_RENAME', `chain ${c.chain}`];
      break;
    case 'P': {
      const ch = t.chain(c.chain);
      if (!ch || !ch.builtin) throw nftErr('chain_set', 'ENOENT');
      if (c.arg !== 'ACCEPT' && c.arg !== 'DROP') throw nftErr('chain_set', 'EINVAL');
      t.ensure(c.chain);
      labels.length = t.h.batch.length;
      labels[t.setPolicy(c.chain, c.arg === 'DROP')] = ['CHAIN_UPDATE', `chain ${c.chain}`];
      break;
    }
  }
  commit(t, labels);
}

/** nft_arp_print_header(): a builtin chain's policy (and its counters with -v), a user chain's references. */
function header(t: ArpTable, ch: ArpChain, format: number): string {
  if (!ch.builtin) return `Chain ${ch.name} (${t.refs(ch.name)} references)\n`;
  let s = `Chain ${ch.name} (policy ${ch.drop ? 'DROP' : 'ACCEPT'}`;
  if (!(format & FMT_NOCOUNTS)) s += ` ${printNum(ch.pkts, format | 0x10)}packets, ${printNum(ch.bytes, format | 0x10)}bytes`;
  return s + ')\n';
}

/** -L and -S: a chain that is not there is taken for one nft made. */
function listable(t: ArpTable, c: ArpCmd): void {
  if (c.chain && !t.chain(c.chain)) throw new IptError(`${PROG}: chain \`${c.chain}' in table \`filter' is incompatible, use 'nft' tool.\n`, 1);
}

/**
 * -S: nft_rule_list_save(): without a rule number each chain's "-P" (with
 * -v its counters) or "-N" line first, then the rules as arptables-save
 * writes them, without counters even with -v (nft_arp_save_rule() prints none).
 */
function listRules(p: Proc, t: ArpTable, c: ArpCmd): void {
  listable(t, c);
  const chains = chainsOf(t, c.chain);
  let out = '';
  if (!c.rulenum) {
    for (const ch of chains) {
      if (!ch.builtin) out += `-N ${ch.name}\n`;
      else out += `-P ${ch.name} ${ch.drop ? 'DROP' : 'ACCEPT'}${c.verbose ? ` -c ${ch.pkts} ${ch.bytes}` : ''}\n`;
    }
  }
  for (const ch of chains) {
    const rules = c.rulenum ? ch.rules.slice(c.rulenum - 1, c.rulenum) : ch.rules;
    for (const r of rules) out += saveRule(ch.name, r, false);
  }
  p.stdout.write(out);
}

/** -L */
function list(p: Proc, t: ArpTable, c: ArpCmd): void {
  listable(t, c);
  let out = t.incompatible && !c.chain ? "# Table `filter' contains incompatible base-chains, use 'nft' tool to list them.\n" : '';
  chainsOf(t, c.chain).forEach((ch, k) => {
    // nft_rule_list(): a rule number lists that one rule, without the chain's header
    if (c.rulenum) {
      const r = ch.rules[c.rulenum - 1];
      if (r) out += ruleText(r, c.rulenum, c.format);
      return;
    }
    out += (k ? '\n' : '') + header(t, ch, c.format);
    ch.rules.forEach((r, i) => (out += ruleText(r, i + 1, c.format)));
  });
  p.stdout.write(out);
}

export const arptables: CommandFn = async (p: Proc) => {
  let h: NftHandle | null = null;
  try {
    const c = new ArpParser(p.argv.slice(1)).parse();
    if (c.cmd === 'h') {
      p.stdout.write(arpHelp(c.arg));
      return 0;
    }
    if (c.cmd === 'V') {
      p.stdout.write(c.arg ? `Not ${PROG} ;-)\n` : `${PROG}\n`);
      return 0;
    }
    // nft_table_builtin_find(): the arp family has the one table "filter" (VERSION_PROBLEM)
    if (c.table !== 'filter') throw new IptError(`${PROG}: table '${c.table}' does not exist\nPerhaps arptables or your kernel needs to be upgraded.\n`, 3);
    h = new NftHandle(p.net);
    const t = new ArpTable(h);
    if (c.cmd === 'L') list(p, t, c);
    else if (c.cmd === 'S') listRules(p, t, c);
    else if (c.cmd === 'Z') zeroCmd(p, t, c);
    else if (c.cmd === 'C') check(t, c);
    else if (c.cmd === 'R') replace(t, c);
    else if ('ADI'.includes(c.cmd)) ruleCmd(t, c);
    else chainCmd(t, c);
    if (c.zero) zeroCmd(p, t, c);
    return 0;
  } catch (e) {
    if (!(e instanceof IptError)) throw e;
    p.stderr.write(e.message);
    return e.status;
  } finally {
    h?.close();
  }
};

export { newChain as arpNewChain };
