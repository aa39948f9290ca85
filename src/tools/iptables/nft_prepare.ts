/**
 * The commands of an iptables-restore table block run at its COMMIT, in
 * file order, against iptables-nft's cache of the table: each adds its
 * batch messages and updates the cache, so that a later line sees what an
 * earlier one did ("-A" then "-D CHAIN 1", "-I CHAIN 3" among rules of
 * the same file). A rule of the batch is named by its NFTA_RULE_ID.
 * @iptables iptables/nft.c nft_prepare(), nft_rule_append() ... nft_chain_del(), nft_strerror(); iptables/nft-cache.c
 */
import type { Errno } from '../../net/core/errno.js';
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_NONREC, NLM_F_REPLACE } from '../../uapi/linux/netlink.js';
import { NFT_MSG_DELCHAIN, NFT_MSG_DELRULE, NFT_MSG_DELTABLE, NFT_MSG_NEWCHAIN, NFT_MSG_NEWRULE, type NftRuleMsg } from '../../uapi/linux/netfilter/nf_tables.js';
import { NF_ACCEPT, NF_DROP, NFPROTO_IPV4 } from '../../uapi/linux/netfilter.js';
import type { NftHandle } from './nft_handle.js';
import type { ChainView, IptTable } from './ipt_cache.js';
import { ruleToExprs, type IptRule } from './ipt_rule.js';
import { FMT_PRINT_RULE, printRule, saveRule } from './ipt_print.js';

/** nft_strerror()'s table: [nft_fn, errno, text] (null: any function). */
const NFT_STRERROR: readonly [string | null, Errno, string][] = [
  ['chain_del', 'ENOTEMPTY', 'Chain is not empty'], ['chain_del', 'EBUSY', 'Directory not empty'],
  ['chain_del', 'EMLINK', "Can't delete chain with references left"], ['chain_user_add', 'EEXIST', 'Chain already exists'],
  ['chain_user_rename', 'EEXIST', 'File exists'], ['rule_insert', 'E2BIG', 'Index of insertion too big'],
  ['rule_check', 'ENOENT', 'Bad rule (does a matching rule exist in that chain?)'], ['rule_replace', 'E2BIG', 'Index of replacement too big'],
  ['rule_delete_num', 'E2BIG', 'Index of deletion too big'], ['rule_delete', 'ENOENT', 'Bad rule (does a matching rule exist in that chain?)'],
  ['chain_set', 'ENOENT', 'Bad built-in chain name'], ['chain_set', 'EINVAL', 'Bad policy name'], ['chain_set', 'ENXIO', 'Bad table name'],
  [null, 'ELOOP', 'Loop found in table'], [null, 'EPERM', 'Permission denied (you must be root)'],
  [null, 'ENOPROTOOPT', 'iptables who? (do you need to insmod?)'],
  [null, 'ENOMEM', 'Memory allocation problem'], [null, 'ENOENT', 'No chain/target/match by that name'],
];

/** A command that failed in the cache (the nft.c function's "return 0" with errno). */
export class NftFail extends Error {
  constructor(
    readonly fn: string,
    readonly errno: Errno,
  ) {
    super(`${fn}: ${errno}`);
  }

  /** nft_strerror(errno) with nft_fn = this function. */
  text(strerror: (e: Errno) => string): string {
    const e = NFT_STRERROR.find(([fn, err]) => (fn === null || fn === this.fn) && err === this.errno);
    return e ? e[2] : strerror(this.errno);
  }
}

/** mnl_append_error()'s words for a batch message: its type and its object. */
export type BatchLabel = readonly [type: string, object: string, line: number];

/** The order nft_cache_sort_chains() gives: base chains by hook, then the others by name. */
function sorted(chains: readonly ChainView[]): ChainView[] {
  const base = chains.filter((c) => c.builtin).sort((a, b) => a.builtin!.hooknum - b.builtin!.hooknum);
  const user = chains.filter((c) => !c.builtin).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...base, ...user];
}

export class NftPrepare {
  /** The label of each batch message (by its body), for the errors of the commit. */
  readonly labels = new Map<object, BatchLabel>();
  /** h->error.lineno: the line of the command being run. */
  line = 0;
  /** nftnl's NFTA_RULE_ID counter (h->rule_id). */
  private ruleId = 0;

  constructor(
    readonly h: NftHandle,
    readonly t: IptTable,
    private readonly out: (s: string) => void,
  ) {}

  private label(idx: number, type: string, object: string): void {
    this.labels.set(this.h.batch[idx]!.body, [type, object, this.line]);
  }

  /** nft_chain_find(): a chain the cache has. */
  find(name: string): ChainView | null {
    return this.t.existing(name);
  }

  /** nft_chain_exists(): a builtin chain's name, or a chain of the cache. */
  exists(name: string): boolean {
    return this.t.chains.some((c) => c.name === name && (c.builtin || c.exists));
  }

  private need(fn: string, name: string): ChainView {
    const c = this.find(name);
    if (!c) throw new NftFail(fn, 'ENOENT');
    return c;
  }

  /** nft_xt_builtin_init(): the table, and the builtin chain `chain` (every one when null) if missing. */
  builtinInit(chain: string | null): void {
    const before = this.h.batch.length;
    const hadTable = this.t.exists;
    this.t.ensure(chain);
    for (let i = before; i < this.h.batch.length; i++) {
      const body = this.h.batch[i]!.body as { name?: string };
      if (i === before && !hadTable) this.label(i, 'TABLE_ADD', `table ${this.t.name}`);
      else this.label(i, 'CHAIN_ADD', `chain ${body.name}`);
    }
  }

  /** nft_xt_fake_builtin_chains() of a listing: the builtin chains the kernel lacks enter the cache (`chain`, or all of them). */
  fakeBuiltins(chain: string | null): void {
    for (const c of this.t.chains) if (c.builtin && !c.exists && (chain === null || c.name === chain)) Object.assign(c, { exists: true });
  }

  /** nft_table_flush(): the table goes (if the kernel has it), and the cache forgets its chains. */
  tableFlush(): void {
    const t = this.t;
    if (t.exists) this.label(this.h.add(NFT_MSG_DELTABLE, 0, { family: NFPROTO_IPV4, name: t.name }), 'TABLE_FLUSH', `table ${t.name}`);
    t.exists = false;
    const builtins = t.chains.filter((c) => c.builtin);
    for (const c of builtins) Object.assign(c, { exists: false, rules: [], policy: 'ACCEPT', pkts: 0, bytes: 0 });
    t.chains.length = 0;
    t.chains.push(...builtins);
  }

  /** batch_chain_flush(): the rule messages queued for `chain` (the whole table when null) are dropped. */
  private dropQueuedRules(chain: string | null): void {
    const keep = this.h.batch.filter((m) => {
      const b = m.body as NftRuleMsg;
      const ruleMsg = (m.type & 0xff) === NFT_MSG_NEWRULE || ((m.type & 0xff) === NFT_MSG_DELRULE && (b.handle !== undefined || b.id !== undefined));
      return !(ruleMsg && b.table === this.t.name && (chain === null || b.chain === chain));
    });
    this.h.batch.length = 0;
    this.h.batch.push(...keep);
  }

  /** __nft_rule_flush(): one DELRULE for the chain (the table when null). */
  private flushMsg(chain: string | null, verbose: boolean): number {
    if (verbose && chain) this.out(`Flushing chain \`${chain}'\n`);
    const idx = this.h.add(NFT_MSG_DELRULE, 0, { family: NFPROTO_IPV4, table: this.t.name, chain: chain ?? undefined } as NftRuleMsg);
    this.label(idx, 'RULE_FLUSH', `rule in chain ${chain ?? '(null)'}`);
    return idx;
  }

  /** nft_rule_flush() (-F [CHAIN]). */
  ruleFlush(chain: string | null, verbose: boolean): void {
    if (chain || verbose) this.builtinInit(chain);
    else if (!this.t.exists) return;
    const c = chain ? this.need('rule_flush', chain) : null;
    if (chain || !verbose) {
      this.dropQueuedRules(chain);
      this.flushMsg(chain, verbose);
      for (const x of c ? [c] : this.t.chains) x.rules = [];
      return;
    }
    for (const x of sorted(this.t.chains.filter((y) => y.exists))) {
      this.dropQueuedRules(x.name);
      this.flushMsg(x.name, verbose);
      x.rules = [];
    }
  }

  /** nft_chain_restore() (":CHAIN - [p:b]"): a user chain created, or emptied if it is there. */
  chainRestore(name: string): void {
    this.builtinInit(name);
    const c = this.find(name);
    if (c) {
      this.flushMsg(name, false);
      return;
    }
    this.label(this.h.add(NFT_MSG_NEWCHAIN, NLM_F_EXCL, { family: NFPROTO_IPV4, table: this.t.name, name }), 'CHAIN_USER_ADD', `chain ${name}`);
    this.t.chains.push({ name, builtin: null, exists: true, policy: '-', pkts: 0, bytes: 0, rules: [] });
  }

  /** nft_chain_set() (-P, ":BUILTIN POLICY [p:b]"): the policy ('-' keeps it) and the counters. */
  chainSet(name: string, policy: string, counters: readonly [bigint, bigint]): void {
    if (policy !== 'ACCEPT' && policy !== 'DROP' && policy !== '-') throw new NftFail('chain_set', 'EINVAL');
    this.builtinInit(name);
    const c = this.t.chains.find((x) => x.name === name && x.builtin);
    if (!c) throw new NftFail('chain_set', 'ENOENT');
    const b = c.builtin!;
    const idx = this.h.add(NFT_MSG_NEWCHAIN, NLM_F_CREATE, {
      family: NFPROTO_IPV4, table: this.t.name, name, hook: { hooknum: b.hooknum, priority: b.prio }, type: b.type,
      ...(policy === '-' ? {} : { policy: policy === 'DROP' ? NF_DROP : NF_ACCEPT }), counters: { packets: counters[0], bytes: counters[1] },
    });
    this.label(idx, 'CHAIN_UPDATE', `chain ${name}`);
  }

  /** nft_chain_user_add() (-N). */
  chainUserAdd(name: string): void {
    this.builtinInit(name);
    if (this.exists(name)) throw new NftFail('chain_user_add', 'EEXIST');
    this.label(this.h.add(NFT_MSG_NEWCHAIN, NLM_F_EXCL, { family: NFPROTO_IPV4, table: this.t.name, name }), 'CHAIN_USER_ADD', `chain ${name}`);
    this.t.chains.push({ name, builtin: null, exists: true, policy: '-', pkts: 0, bytes: 0, rules: [] });
  }

  /** nft_may_delete_chain(): a builtin chain goes only with policy ACCEPT and no rule (as far as the cache knows). */
  private mayDelete(c: ChainView): boolean {
    return c.policy !== 'DROP' && c.rules.length === 0;
  }

  /** __nft_chain_del(): false when a builtin chain had to stay. */
  private chainDelOne(c: ChainView, verbose: boolean): boolean {
    if (verbose && !c.builtin) this.out(`Deleting chain \`${c.name}'\n`);
    const stays = c.builtin !== null && !this.mayDelete(c);
    if (!stays) this.label(this.h.add(NFT_MSG_DELCHAIN, NLM_F_NONREC, { family: NFPROTO_IPV4, table: this.t.name, name: c.name }), 'CHAIN_DEL', `chain ${c.name}`);
    if (c.builtin) Object.assign(c, { exists: false, rules: [] });
    else this.t.chains.splice(this.t.chains.indexOf(c), 1);
    return !stays;
  }

  /** nft_chain_del() (-X [CHAIN]): every chain of the table when none is named, builtin ones only if they may go. */
  chainDel(name: string | null, verbose: boolean): void {
    if (name) {
      if (!this.chainDelOne(this.need('chain_del', name), verbose)) throw new NftFail('chain_del', 'EBUSY');
      return;
    }
    const all = this.t.chains.filter((c) => c.exists);
    for (const c of verbose ? sorted(all) : this.listOrder(all)) this.chainDelOne(c, verbose);
  }

  /** nft_chain_foreach()'s order: the base chains by hook, then the others as the kernel listed them, those of this batch last. */
  private listOrder(chains: readonly ChainView[]): ChainView[] {
    const rank = (c: ChainView): number => {
      const k = this.t.kernelOrder.indexOf(c.name);
      return c.builtin ? c.builtin.hooknum - 10 : k < 0 ? Infinity : k;
    };
    return [...chains].sort((a, b) => rank(a) - rank(b) || 0);
  }

  /** nft_chain_user_rename() (-E): the kernel renames; the cache keeps the old name (as nft.c's does). */
  chainRename(name: string, newName: string): void {
    if (this.exists(newName)) throw new NftFail('chain_user_rename', 'EEXIST');
    // The chain is named by the handle the cache has: 0 (ENOENT) for one this batch made.
    const c = this.need('chain_user_rename', name);
    this.label(this.h.add(NFT_MSG_NEWCHAIN, 0, { family: NFPROTO_IPV4, table: this.t.name, handle: c.handle ?? 0n, newName }), 'CHAIN_RENAME', `chain ${newName}`);
  }

  /** The NEWRULE message of `r` (batch_rule_add()), with its NFTA_RULE_ID for later lines to name it. */
  private newRuleMsg(chain: string, r: IptRule, flags: number, type: string, at: Partial<NftRuleMsg>): void {
    const id = ++this.ruleId;
    const idx = this.h.add(NFT_MSG_NEWRULE, flags, {
      family: NFPROTO_IPV4, table: this.t.name, chain, exprs: ruleToExprs(r), compat: { proto: r.proto, invflags: r.invProto ? 0x02 : 0 }, id, ...at,
    });
    this.label(idx, type, `rule in chain ${chain}`);
    (r as IptRule & { id?: number }).id = id;
  }

  private echo(r: IptRule, verbose: boolean): void {
    if (verbose) this.out(printRule(r, 0, FMT_PRINT_RULE));
  }

  /** nft_rule_append() (-A; with `ref`, the replacement of that rule: -R, -Z of a rule). */
  ruleAppend(chain: string, r: IptRule, verbose: boolean, ref?: IptRule): void {
    this.builtinInit(chain);
    if (ref) this.newRuleMsg(chain, r, NLM_F_CREATE | NLM_F_REPLACE, 'RULE_REPLACE', { handle: ref.handle ?? 0n });
    else this.newRuleMsg(chain, r, NLM_F_CREATE | NLM_F_APPEND, 'RULE_APPEND', {});
    this.echo(r, verbose);
    const c = this.need('rule_append', chain);
    if (ref) c.rules[c.rules.indexOf(ref)] = r;
    else c.rules.push(r);
  }

  /** nft_rule_insert() (-I CHAIN [N], `num` counted from 0): before rule `num`, or appended when `num` is one past the end. */
  ruleInsert(chain: string, r: IptRule, num: number, verbose: boolean): void {
    this.builtinInit(chain);
    const c = this.need('rule_insert', chain);
    const ref = num > 0 ? c.rules[num] : undefined;
    if (num > 0 && !ref) {
      if (c.rules[num - 1]) return this.ruleAppend(chain, r, verbose);
      throw new NftFail('rule_insert', 'E2BIG');
    }
    // nft_rule_add(): the position is the rule's handle, or the NFTA_RULE_ID of a rule of this batch.
    const refId = (ref as (IptRule & { id?: number }) | undefined)?.id;
    this.newRuleMsg(chain, r, NLM_F_CREATE, 'RULE_INSERT', ref ? (ref.handle !== undefined ? { position: ref.handle } : { positionId: refId }) : {});
    this.echo(r, verbose);
    c.rules.splice(ref ? c.rules.indexOf(ref) : 0, 0, r);
  }

  /** nft_rule_replace() (-R CHAIN N). */
  ruleReplace(chain: string, r: IptRule, num: number, verbose: boolean): void {
    const c = this.need('rule_replace', chain);
    const ref = c.rules[num];
    if (!ref) throw new NftFail('rule_replace', 'E2BIG');
    this.ruleAppend(chain, r, verbose, ref);
  }

  /** __nft_rule_del(): the rule leaves the cache; the message names it by handle, or by its NFTA_RULE_ID. */
  private ruleDel(c: ChainView, r: IptRule): void {
    c.rules.splice(c.rules.indexOf(r), 1);
    const at = r.handle !== undefined ? { handle: r.handle } : { id: (r as IptRule & { id?: number }).id };
    this.label(this.h.add(NFT_MSG_DELRULE, 0, { family: NFPROTO_IPV4, table: this.t.name, chain: c.name, ...at }), 'RULE_DELETE', `rule in chain ${c.name}`);
  }

  /** nft_rule_find() by specification: the first rule that saves the same. */
  private findSame(c: ChainView, r: IptRule): IptRule | undefined {
    const want = saveRule('X', r);
    return c.rules.find((x) => saveRule('X', x) === want);
  }

  /** nft_rule_delete() (-D CHAIN RULE). */
  ruleDelete(chain: string, r: IptRule, verbose: boolean): void {
    const c = this.need('rule_delete', chain);
    const at = this.findSame(c, r);
    if (!at) throw new NftFail('rule_delete', 'ENOENT');
    this.ruleDel(c, at);
    this.echo(at, verbose);
  }

  /** nft_rule_delete_num() (-D CHAIN N). */
  ruleDeleteNum(chain: string, num: number): void {
    const c = this.need('rule_delete_num', chain);
    const at = c.rules[num];
    if (!at) throw new NftFail('rule_delete_num', 'E2BIG');
    this.ruleDel(c, at);
  }

  /** nft_rule_check() (-C). */
  ruleCheck(chain: string, r: IptRule, verbose: boolean): void {
    const c = this.need('rule_check', chain);
    const at = this.findSame(c, r);
    if (!at) throw new NftFail('rule_check', 'ENOENT');
    this.echo(at, verbose);
  }

  /** The rule again with zero counters, in place of `r` (nft_rule_zero_counters(), __nft_chain_zero_counters()). */
  private zeroRule(c: ChainView, r: IptRule): void {
    const z = { ...r, pkts: 0, bytes: 0 };
    this.newRuleMsg(c.name, z, NLM_F_REPLACE, 'RULE_REPLACE', { handle: r.handle ?? 0n });
    c.rules[c.rules.indexOf(r)] = z;
  }

  /** nft_chain_zero_counters() (-Z [CHAIN]). */
  chainZero(name: string | null, verbose: boolean): void {
    const chains = name ? [this.need('chain_zero', name)] : this.t.chains.filter((c) => c.exists);
    for (const c of verbose ? sorted(chains) : this.listOrder(chains)) {
      if (verbose) this.out(`Zeroing chain \`${c.name}'\n`);
      if (c.builtin) {
        // The chain as the cache has it (hook, type, policy), counters zeroed: a builtin chain only faked by a listing is created.
        const b = c.builtin;
        const idx = this.h.add(NFT_MSG_NEWCHAIN, NLM_F_CREATE, {
          family: NFPROTO_IPV4, table: this.t.name, name: c.name, hook: { hooknum: b.hooknum, priority: b.prio }, type: b.type,
          policy: c.policy === 'DROP' ? NF_DROP : NF_ACCEPT, counters: { packets: 0n, bytes: 0n },
        });
        this.label(idx, 'CHAIN_ZERO', `chain ${c.name}`);
      }
      for (const r of [...c.rules]) if (r.pkts || r.bytes) this.zeroRule(c, r);
    }
  }

  /** nft_rule_zero_counters() (-Z CHAIN N): a rule that is not there is no error. */
  ruleZero(name: string, num: number): void {
    const c = this.need('rule_delete', name);
    const r = c.rules[num];
    if (r) this.zeroRule(c, r);
  }
}
