/**
 * What iptables-nft knows of one table: its builtin chains (created on
 * demand, as nft_xt_builtin_init()), the chains and rules read back from
 * the kernel, and the batch messages that change them.
 * @iptables iptables/nft.c (xtables_ipv4 builtin tables), iptables/nft-cache.c
 */
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from '../../uapi/linux/netlink.js';
import {
  NFT_LIMIT_PKTS, NFT_MSG_DELRULE, NFT_MSG_NEWCHAIN, NFT_MSG_NEWRULE, NFT_MSG_NEWTABLE, type NftChainMsg, type NftExprMsg,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { NF_ACCEPT, NFPROTO_IPV4 } from '../../uapi/linux/netfilter.js';
import type { NftHandle } from './nft_handle.js';
import { exprsToRule, ruleToExprs, type IptRule } from './ipt_rule.js';

export interface Builtin {
  readonly name: string;
  readonly hooknum: number;
  readonly prio: number;
  readonly type: string;
}

/** xtables_ipv4[]: the builtin tables and chains. */
export const TABLES: Readonly<Record<string, readonly Builtin[]>> = {
  raw: [{ name: 'PREROUTING', hooknum: 0, prio: -300, type: 'filter' }, { name: 'OUTPUT', hooknum: 3, prio: -300, type: 'filter' }],
  mangle: [
    { name: 'PREROUTING', hooknum: 0, prio: -150, type: 'filter' }, { name: 'INPUT', hooknum: 1, prio: -150, type: 'filter' },
    { name: 'FORWARD', hooknum: 2, prio: -150, type: 'filter' }, { name: 'OUTPUT', hooknum: 3, prio: -150, type: 'route' },
    { name: 'POSTROUTING', hooknum: 4, prio: -150, type: 'filter' },
  ],
  filter: [{ name: 'INPUT', hooknum: 1, prio: 0, type: 'filter' }, { name: 'FORWARD', hooknum: 2, prio: 0, type: 'filter' }, { name: 'OUTPUT', hooknum: 3, prio: 0, type: 'filter' }],
  security: [{ name: 'INPUT', hooknum: 1, prio: 50, type: 'filter' }, { name: 'FORWARD', hooknum: 2, prio: 50, type: 'filter' }, { name: 'OUTPUT', hooknum: 3, prio: 50, type: 'filter' }],
  nat: [
    { name: 'PREROUTING', hooknum: 0, prio: -100, type: 'nat' }, { name: 'INPUT', hooknum: 1, prio: 100, type: 'nat' },
    { name: 'OUTPUT', hooknum: 3, prio: -100, type: 'nat' }, { name: 'POSTROUTING', hooknum: 4, prio: 100, type: 'nat' },
  ],
};

export interface ChainView {
  readonly name: string;
  readonly builtin: Builtin | null;
  readonly exists: boolean;
  policy: string;
  pkts: number;
  bytes: number;
  rules: IptRule[];
  /** NFTA_CHAIN_USE as the kernel dumped it (its rules and the jumps to it; 0 for a chain the cache made). */
  readonly use?: number;
  /** NFTA_CHAIN_HANDLE as the kernel dumped it (none for a chain the cache made). */
  readonly handle?: bigint;
}

/** iptables-nft's supported_exprs[] */
const SUPPORTED_EXPRS: ReadonlySet<string> = new Set(['match', 'target', 'payload', 'meta', 'cmp', 'bitwise', 'counter', 'immediate', 'lookup', 'range']);

/**
 * nft_is_expr_compatible(): an expression iptables-nft can turn back into
 * an iptables rule: the supported ones, a packet limit without flags, a log
 * to an NFLOG group.
 * @iptables iptables/nft.c nft_is_expr_compatible()
 */
function exprCompatible(e: NftExprMsg): boolean {
  if (SUPPORTED_EXPRS.has(e.name)) return true;
  if (e.name === 'limit') return e.type === NFT_LIMIT_PKTS && e.flags === 0;
  if (e.name === 'log') return e.group !== undefined;
  return false;
}

export class IptTable {
  readonly chains: ChainView[] = [];
  /** Chain names in the kernel's dump order. */
  kernelOrder: string[] = [];
  exists = false;
  /** A base chain not named as a builtin (renamed by -E, or made by nft): nft_is_table_compatible() fails. */
  incompatible = false;
  /** The chains holding a rule with an expression iptables cannot parse (nft_is_rule_compatible()), e.g. nft's fib or ct. */
  readonly incompatibleRules = new Set<string>();

  /** `level`: what the cache reads of the kernel (nft_cache_level_set()): whether the table exists (NFT_CL_TABLES), its chains too, or their rules as well. */
  constructor(
    readonly h: NftHandle,
    readonly name: string,
    private readonly level: 'tables' | 'chains' | 'rules' = 'rules',
  ) {
    this.refresh();
  }

  /** Read the table's chains and rules (as far as the cache's level goes). */
  refresh(): void {
    this.chains.length = 0;
    this.exists = this.h.tables(NFPROTO_IPV4).some((t) => t.name === this.name);
    const kchains = this.exists && this.level !== 'tables' ? this.h.chains(NFPROTO_IPV4, this.name) : [];
    const rules = this.exists && this.level === 'rules' ? this.h.rules(NFPROTO_IPV4, this.name) : [];
    this.kernelOrder = kchains.map((c) => c.name!);
    const builtins = TABLES[this.name] ?? [];
    const view = (c: NftChainMsg | undefined, name: string, b: Builtin | null): ChainView => ({
      name, builtin: b, exists: c !== undefined,
      policy: c?.policy === undefined || c.policy === NF_ACCEPT ? (b ? 'ACCEPT' : '-') : 'DROP',
      pkts: Number(c?.counters?.packets ?? 0n), bytes: Number(c?.counters?.bytes ?? 0n), use: c?.use, ...(c?.handle !== undefined ? { handle: c.handle } : {}),
      rules: rules.filter((r) => r.chain === name).map((r) => Object.assign(exprsToRule(r.exprs ?? []), { handle: r.handle })),
    });
    for (const b of builtins) this.chains.push(view(kchains.find((c) => c.name === b.name), b.name, b));
    const builtin = (c: NftChainMsg): boolean => builtins.some((b) => b.name === c.name);
    const hidden = kchains.filter((c) => c.hook !== undefined && !builtin(c));
    this.incompatible = hidden.length > 0;
    this.incompatibleRules.clear();
    // The chains iptables lists (builtins and user chains): a base chain of another name is not looked into.
    const skipped = new Set(hidden.map((c) => c.name));
    for (const r of rules) if (r.chain && !skipped.has(r.chain) && !(r.exprs ?? []).every(exprCompatible)) this.incompatibleRules.add(r.chain);
    const user = kchains.filter((c) => c.hook === undefined && !builtin(c)).sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0));
    for (const c of user) this.chains.push(view(c, c.name!, null));
  }

  chain(name: string): ChainView | null {
    return this.chains.find((c) => c.name === name && (c.exists || c.builtin)) ?? null;
  }

  /** nft_chain_find(): a chain the kernel has (a builtin one only once made). */
  existing(name: string): ChainView | null {
    return this.chains.find((c) => c.name === name && c.exists) ?? null;
  }

  /**
   * The references __nft_print_header() prints: the kernel's use count less
   * the rules the cache holds (negative for a chain made in this batch that
   * has rules: "ERROR obtaining refs").
   */
  refs(name: string): number {
    const c = this.chain(name);
    return (c?.use ?? 0) - (c?.rules.length ?? 0);
  }

  ensureTable(): void {
    if (this.exists) return;
    this.h.add(NFT_MSG_NEWTABLE, NLM_F_CREATE, { family: NFPROTO_IPV4, name: this.name });
    this.exists = true;
  }

  /** nft_xt_builtin_init(): the table, and the builtin chain `chain` (all of them when null). */
  ensure(chain: string | null): void {
    this.ensureTable();
    for (const c of this.chains) {
      if (!c.builtin || c.exists || (chain !== null && c.name !== chain)) continue;
      const b = c.builtin;
      this.h.add(NFT_MSG_NEWCHAIN, NLM_F_CREATE, {
        family: NFPROTO_IPV4, table: this.name, name: b.name, hook: { hooknum: b.hooknum, priority: b.prio }, policy: NF_ACCEPT, type: b.type,
      });
      (c as { exists: boolean }).exists = true;
    }
  }

  /** batch_rule_add(): `id` is the rule's NFTA_RULE_ID, `positionId` the one of a rule of this batch it goes before. */
  addRule(chain: string, r: IptRule, where: { append: boolean; position?: bigint; replace?: bigint; id?: number; positionId?: number }): number {
    const flags = where.replace !== undefined ? NLM_F_REPLACE : where.append ? NLM_F_APPEND | NLM_F_CREATE : NLM_F_CREATE;
    return this.h.add(NFT_MSG_NEWRULE, flags, {
      family: NFPROTO_IPV4, table: this.name, chain, exprs: ruleToExprs(r), position: where.position, handle: where.replace,
      ...(where.id !== undefined ? { id: where.id } : {}), ...(where.positionId !== undefined ? { positionId: where.positionId } : {}),
      compat: { proto: r.proto, invflags: r.invProto ? 0x02 : 0 },
    });
  }

  delRule(chain: string, handle: bigint): number {
    return this.h.add(NFT_MSG_DELRULE, 0, { family: NFPROTO_IPV4, table: this.name, chain, handle });
  }

  flushChain(chain: string): number {
    return this.h.add(NFT_MSG_DELRULE, 0, { family: NFPROTO_IPV4, table: this.name, chain });
  }

  newChain(name: string): number {
    return this.h.add(NFT_MSG_NEWCHAIN, NLM_F_CREATE | NLM_F_EXCL, { family: NFPROTO_IPV4, table: this.name, name });
  }

  setChain(name: string, attrs: Partial<NftChainMsg>): number {
    return this.h.add(NFT_MSG_NEWCHAIN, 0, { family: NFPROTO_IPV4, table: this.name, name, ...attrs });
  }
}
