/**
 * Running one iptables command against the cache and the kernel: append,
 * insert, delete, replace, check, list, list-rules, flush, zero, policy,
 * new/delete/rename chain.
 * @iptables iptables/nft-cmd.c, iptables/nft.c nft_rule_append() ... nft_rule_list()
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { strerror } from '../../net/core/errno.js';
import { NF_ACCEPT, NF_DROP } from '../../uapi/linux/netfilter.js';
import { Netdb } from '../lib/netdb.js';
import { NftHandle } from './nft_handle.js';
import type { ChainView, IptTable } from './ipt_cache.js';
import { IptError, PROG, Parser, checkIfaces, expandRules, jumpTarget, nftError, paramProblem, tableOf, type Cmd } from './iptables.js';
import { IPTABLES_USAGE } from './ipt_usage.js';
import { NftFail, NftPrepare } from './nft_prepare.js';
import { FMT_PRINT_RULE, printHeader, printRule, saveRule } from './ipt_print.js';
import type { IptRule } from './ipt_rule.js';

/** The batch labels nft.c uses in its error report ("RULE_APPEND failed (...): rule in chain X"). */
type Label = [string, string];

function commit(t: IptTable, labels: Label[]): void {
  const e = t.h.commit();
  if (!e) return;
  const l = labels[e.index] ?? ['TABLE_ADD', `table ${t.name}`];
  throw new IptError(`${PROG}:  ${l[0]} failed (${strerror[e.errno]}): ${l[1]}\n`, 4);
}

function userChain(t: IptTable, name: string): ChainView {
  const c = t.chain(name);
  if (!c) throw nftError('', 'ENOENT');
  return c;
}

/**
 * The chain a rule command acts on. -A and -I create a builtin chain that is
 * not there yet (nft_xt_builtin_init()); -R, -D and -C look it up with
 * nft_chain_find() and fail with ENOENT, which nft_strerror() words by the
 * command: "Bad rule" for -D by rule and -C, the generic text for -R and -D N.
 */
function ruleChain(t: IptTable, c: Cmd): ChainView {
  if (c.cmd === 'A' || c.cmd === 'I') return userChain(t, c.chain);
  const ch = t.existing(c.chain);
  if (ch) return ch;
  throw nftError(c.cmd === 'C' ? 'rule_check' : c.cmd === 'D' && !c.rulenum ? 'rule_delete' : '', 'ENOENT');
}

/** -L/-S of a chain that is not there: iptables-nft assumes nft made it. */
function listedChain(t: IptTable, name: string): ChainView {
  const c = t.chain(name);
  if (!c) throw new IptError(`${PROG}: chain \`${name}' in table \`${t.name}' is incompatible, use 'nft' tool.\n`, 1);
  return c;
}

function sameRule(a: IptRule, b: IptRule): boolean {
  return saveRule('X', a) === saveRule('X', b);
}

/** Rule-changing commands: -A -I -R -D -C, once per source and destination address (add_entry(), delete_entry(), check_entry()); -v echoes each rule. */
function ruleCmd(p: Proc, t: IptTable, c: Cmd): void {
  checkIfaces(c);
  const ch = ruleChain(t, c);
  const r0 = c.rule;
  const jump = jumpTarget(r0);
  // assert_chain_exists(): a jump to a chain the table does not have (a builtin one passes: the kernel refuses it).
  if (jump !== null && !t.chain(jump)) throw paramProblem(`Chain '${jump}' does not exist`);
  const labels: Label[] = [];
  const ensure = (): void => {
    const before = t.h.batch.length;
    t.ensure(c.chain);
    for (let k = before; k < t.h.batch.length; k++) labels.push(['TABLE_ADD', `table ${t.name}`]);
  };
  const echo = (r: IptRule): void => {
    if (c.verbose) p.stdout.write(printRule(r, 0, FMT_PRINT_RULE));
  };
  const rules = ch.rules;
  const where = `rule in chain ${c.chain}`;
  const all = expandRules(c);
  switch (c.cmd) {
    case 'A':
      ensure();
      for (const r of all) {
        echo(r);
        t.addRule(c.chain, r, { append: true });
        labels.push(['RULE_APPEND', where]);
      }
      break;
    case 'I': {
      if (c.rulenum > rules.length + 1) throw nftError('rule_insert', 'E2BIG');
      ensure();
      // Each rule goes in at the same number, before the one inserted just before it: the batch holds them last first.
      const at = rules[c.rulenum - 1];
      all.forEach(echo);
      if (!at && c.rulenum > 1) {
        // nft_rule_insert(): "iptables allows to insert into rule_count + 1 position": the first rule is
        // appended (nft_rule_append(), RULE_APPEND); each next one finds the one before it at that number
        // and goes before it (nft_rule_add() names it by its NFTA_RULE_ID): they end last first.
        all.forEach((r, i) => {
          t.addRule(c.chain, r, i === 0 ? { append: true, id: 1 } : { append: false, id: i + 1, positionId: i });
          labels.push([i === 0 ? 'RULE_APPEND' : 'RULE_INSERT', where]);
        });
        break;
      }
      for (const r of all.reverse()) {
        t.addRule(c.chain, r, at ? { append: false, position: at.handle } : { append: true });
        labels.push(['RULE_INSERT', where]);
      }
      break;
    }
    case 'R': {
      const at = rules[c.rulenum - 1];
      if (!at) throw nftError('rule_replace', 'E2BIG');
      echo(r0);
      t.addRule(c.chain, r0, { append: false, replace: at.handle });
      labels.push(['RULE_REPLACE', where]);
      break;
    }
    case 'D': {
      if (c.rulenum) {
        const at = rules[c.rulenum - 1];
        if (!at) throw nftError('rule_delete_num', 'E2BIG');
        t.delRule(c.chain, at.handle!);
        labels.push(['RULE_DELETE', where]);
        break;
      }
      const gone = new Set<IptRule>();
      for (const r of all) {
        const at = rules.find((x) => !gone.has(x) && sameRule(x, r));
        if (!at) throw nftError('rule_delete', 'ENOENT');
        gone.add(at);
        echo(r);
        t.delRule(c.chain, at.handle!);
        labels.push(['RULE_DELETE', where]);
      }
      break;
    }
    case 'C':
      for (const r of all) {
        if (!rules.some((x) => sameRule(x, r))) throw nftError('rule_check', 'ENOENT');
        echo(r);
      }
      return;
  }
  commit(t, labels);
}

function chainsOf(t: IptTable, name: string, listing = false): ChainView[] {
  if (!name) return t.chains.filter((c) => c.exists || c.builtin);
  return [listing ? listedChain(t, name) : userChain(t, name)];
}

/** The note a whole-table listing starts with when nft_is_table_compatible() fails. */
function incompatibleNote(t: IptTable, c: Cmd): string {
  return t.incompatible && !c.chain ? `# Table \`${t.name}' contains incompatible base-chains, use 'nft' tool to list them.\n` : '';
}

/**
 * nft_assert_table_compatible(): a listing of a table (or chain) holding a
 * rule iptables cannot parse back (nft_is_rule_compatible()) is refused.
 * @iptables iptables/nft.c nft_is_table_compatible(), nft_assert_table_compatible()
 */
function assertCompatible(t: IptTable, c: Cmd): void {
  if (c.chain ? !t.incompatibleRules.has(c.chain) : t.incompatibleRules.size === 0) return;
  const what = c.chain ? `chain \`${c.chain}' in table \`${t.name}'` : `table \`${t.name}'`;
  throw new IptError(`${PROG}: ${what} is incompatible, use 'nft' tool.\n`, 1);
}

/** -L (written by `write`: iptables-restore's goes through its stdio buffer) */
export function list(p: Proc, t: IptTable, c: Cmd, write: (s: string) => void = (s) => p.stdout.write(s)): void {
  assertCompatible(t, c);
  const netdb = new Netdb(p);
  const name = (a: number): string | null => netdb.hostByAddr(a) ?? netdb.netByAddr(a);
  let out = incompatibleNote(t, c);
  let first = true;
  for (const ch of chainsOf(t, c.chain, true)) {
    // __nft_rule_list(): with a rule number, that rule alone (none if out of range), no header.
    if (c.rulenum) {
      const r = ch.rules[c.rulenum - 1];
      if (r) out += printRule(r, c.rulenum, c.format, name);
      continue;
    }
    if (!first) out += '\n';
    first = false;
    out += printHeader(ch, t.refs(ch.name), c.format);
    ch.rules.forEach((r, i) => (out += printRule(r, i + 1, c.format, name)));
  }
  write(out);
}

/** -S (written by `write`, as -L) */
export function listRules(p: Proc, t: IptTable, c: Cmd, write: (s: string) => void = (s) => p.stdout.write(s)): void {
  assertCompatible(t, c);
  const chains = chainsOf(t, c.chain, true);
  let out = incompatibleNote(t, c);
  // nft_rule_list_save(): the chain lines only when no rule number is given.
  if (!c.rulenum) for (const ch of chains) out += ch.builtin ? `-P ${ch.name} ${ch.policy}${c.verbose ? ` -c ${ch.pkts} ${ch.bytes}` : ''}\n` : `-N ${ch.name}\n`;
  for (const ch of chains) {
    ch.rules.forEach((r, i) => {
      if (!c.rulenum || c.rulenum === i + 1) out += saveRule(ch.name, r, c.verbose) + '\n';
    });
  }
  write(out);
}

/** -N, -E, -P */
function chainCmd(p: Proc, t: IptTable, c: Cmd): void {
  const labels: Label[] = [];
  switch (c.cmd) {
    case 'N':
      if (t.chain(c.chain)) throw nftError('chain_user_add', 'EEXIST');
      // nft_xt_builtin_init(h, table, NULL) at this cache level: the table only.
      t.ensureTable();
      labels.length = t.h.batch.length;
      labels[t.newChain(c.chain)] = ['CHAIN_USER_ADD', `chain ${c.chain}`];
      break;
    case 'E': {
      // iptables-nft 1.8.9 renames a builtin chain too (the table then holds an incompatible base chain), if the kernel has it.
      // nft_chain_user_rename(): the new name first (EEXIST, a builtin's name too), then the old chain (ENOENT).
      if (t.chain(c.newName)) throw nftError('chain_user_rename', 'EEXIST');
      if (!userChain(t, c.chain).exists) throw nftError('', 'ENOENT');
      labels[t.setChain(c.chain, { newName: c.newName })] = ['CHAIN_RENAME', `chain ${c.chain}`];
      break;
    }
    case 'P': {
      const ch = t.chain(c.chain);
      if (!ch || !ch.builtin) throw nftError('chain_set', 'ENOENT');
      if (c.policy !== 'ACCEPT' && c.policy !== 'DROP') throw nftError('chain_set', 'EINVAL');
      t.ensure(c.chain);
      labels.length = t.h.batch.length;
      // nft_chain_set() sends the policy with zeroed counters: the chain counts its policy verdicts from now on.
      labels[t.setChain(c.chain, { policy: c.policy === 'ACCEPT' ? NF_ACCEPT : NF_DROP, counters: { packets: 0n, bytes: 0n } })] = ['CHAIN_UPDATE', `chain ${c.chain}`];
      break;
    }
  }
  commit(t, labels);
}

/**
 * -F, -Z, -X: the nft.c function on a cache read as far as `level`
 * (nft_cmd_rule_flush(), nft_cmd_chain_zero_counters(), nft_cmd_chain_del()
 * ask for), then the batch; the same code runs these lines of
 * iptables-restore.
 */
function prepared(p: Proc, h: NftHandle, c: Cmd, level: 'tables' | 'chains' | 'rules', run: (x: NftPrepare) => void): void {
  const x = new NftPrepare(h, tableOf(h, c.table, level), (s) => p.stdout.write(s));
  try {
    run(x);
  } catch (e) {
    if (!(e instanceof NftFail)) throw e;
    throw new IptError(`iptables: ${e.text((er) => strerror[er])}.\n`, 1);
  }
  // nft_action(): the first failed message, without a line.
  const e = h.commitAll()[0];
  const l = e && x.labels.get(e.item.body);
  if (e) throw new IptError(`${PROG}:  ${l ? l[0] : 'TABLE_ADD'} failed (${strerror[e.errno]}): ${l ? l[1] : `table ${c.table}`}\n`, 4);
}

/** -Z [CHAIN [N]] (alone, or after -L/-S, whose listing put the builtin chains in the cache). */
function zero(p: Proc, h: NftHandle, c: Cmd): void {
  prepared(p, h, c, 'rules', (x) => {
    if (c.cmd !== 'Z') x.fakeBuiltins(c.chain || null);
    if (c.rulenum) x.ruleZero(c.chain, c.rulenum - 1);
    else x.chainZero(c.chain || null, c.verbose);
  });
}

export function runIptablesArgs(p: Proc, argv: readonly string[]): number {
  let h: NftHandle | null = null;
  try {
    const c = new Parser([...argv], (w) => p.stderr.write(w), undefined, (name) => new Netdb(p).hostByName(name)?.addr ?? null).parse();
    if (c.cmd === 'V') {
      p.stdout.write('iptables v1.8.9 (nf_tables)\n');
      return 0;
    }
    if (c.cmd === 'h') {
      p.stdout.write(IPTABLES_USAGE + (c.helps ?? []).map((x) => `\n${x}`).join(''));
      return 0;
    }
    h = new NftHandle(p.net);
    const named = c.chain !== '';
    if (c.cmd === 'X') prepared(p, h, c, named ? 'chains' : 'rules', (x) => x.chainDel(c.chain || null, c.verbose));
    else if (c.cmd === 'F') prepared(p, h, c, named || c.verbose ? 'chains' : 'tables', (x) => x.ruleFlush(c.chain || null, c.verbose));
    else if (c.cmd === 'Z') zero(p, h, c);
    else {
      const t = tableOf(h, c.table);
      if ('ADCIR'.includes(c.cmd)) ruleCmd(p, t, c);
      else if (c.cmd === 'L') list(p, t, c);
      else if (c.cmd === 'S') listRules(p, t, c);
      else chainCmd(p, t, c);
      if (c.zero) zero(p, h, c);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof IptError)) throw e;
    p.stderr.write(e.message);
    return e.status;
  } finally {
    h?.close();
  }
}

export const iptables: CommandFn = async (p: Proc) => runIptablesArgs(p, p.argv.slice(1));
