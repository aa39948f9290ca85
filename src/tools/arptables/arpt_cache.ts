/**
 * What arptables-nft knows of the arp family's table "filter": the builtin
 * chains INPUT and OUTPUT (created on demand, nft_xt_builtin_init()), the
 * user chains sorted by name (nft-cache.c), their rules read back from the
 * kernel, and the batch messages that change them.
 * @iptables iptables/nft.c (xtables_arp builtin table), iptables/nft-cache.c
 */
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_NONREC, NLM_F_REPLACE } from '../../uapi/linux/netlink.js';
import { NF_ACCEPT, NF_DROP, NFPROTO_ARP } from '../../uapi/linux/netfilter.js';
import {
  NFT_MSG_DELCHAIN, NFT_MSG_DELRULE, NFT_MSG_NEWCHAIN, NFT_MSG_NEWRULE, NFT_MSG_NEWTABLE, type NftChainMsg,
} from '../../uapi/linux/netfilter/nf_tables.js';
import type { NftHandle } from '../iptables/nft_handle.js';
import { exprsToRule, ruleToExprs, type ArpRule } from './arpt_rule.js';

/** xtables_arp[]: table "filter" with INPUT at NF_ARP_IN and OUTPUT at NF_ARP_OUT, priority 0. */
export const ARP_BUILTINS = [{ name: 'INPUT', hooknum: 0 }, { name: 'OUTPUT', hooknum: 1 }] as const;

export interface ArpChain {
  readonly name: string;
  readonly builtin: boolean;
  exists: boolean;
  drop: boolean;
  pkts: number;
  bytes: number;
  rules: ArpRule[];
}

export class ArpTable {
  exists = false;
  /** A base chain that is not one of the builtins (renamed, or made by nft): nft_is_table_compatible() fails. */
  incompatible = false;
  readonly chains: ArpChain[] = [];
  /** Chain names in the kernel's (creation) order. */
  readonly kernelOrder: string[] = [];
  /** Jumps to each chain from every rule of the table (incompatible chains' too). */
  private readonly jumps = new Map<string, number>();

  constructor(readonly h: NftHandle, resetCounters = false) {
    this.exists = h.tables(NFPROTO_ARP).some((t) => t.name === 'filter');
    const kchains = this.exists ? h.chains(NFPROTO_ARP, 'filter') : [];
    const rules = this.exists ? h.rules(NFPROTO_ARP, 'filter', undefined, resetCounters) : [];
    const view = (k: NftChainMsg | undefined, name: string, builtin: boolean): ArpChain => ({
      name, builtin, exists: k !== undefined, drop: k?.policy === NF_DROP,
      pkts: Number(k?.counters?.packets ?? 0n), bytes: Number(k?.counters?.bytes ?? 0n),
      rules: rules.filter((x) => x.chain === name).map((x) => Object.assign(exprsToRule(x.exprs ?? []), { handle: x.handle })),
    });
    for (const x of rules) {
      const r = exprsToRule(x.exprs ?? []);
      if (r.target && !r.xt) this.jumps.set(r.target, (this.jumps.get(r.target) ?? 0) + 1);
    }
    for (const b of ARP_BUILTINS) this.chains.push(view(kchains.find((x) => x.name === b.name), b.name, true));
    const builtin = (k: NftChainMsg): boolean => ARP_BUILTINS.some((b) => b.name === k.name);
    this.incompatible = kchains.some((k) => k.hook !== undefined && !builtin(k));
    const user = kchains.filter((k) => k.hook === undefined);
    this.kernelOrder.push(...user.map((k) => k.name!));
    user.sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0));
    for (const k of user) this.chains.push(view(k, k.name!, false));
  }

  /** A builtin chain (there or not yet) or an existing user chain. */
  chain(name: string): ArpChain | null {
    return this.chains.find((c) => c.name === name && (c.exists || c.builtin)) ?? null;
  }

  /** The rules that jump to `name` (the "references" of -L). */
  refs(name: string): number {
    return this.jumps.get(name) ?? 0;
  }

  /** After a DELTABLE in the batch (restore's flush): nothing is there any more. */
  flushed(): void {
    this.exists = false;
    this.chains.splice(ARP_BUILTINS.length);
    for (const c of this.chains) Object.assign(c, { exists: false, drop: false, pkts: 0, bytes: 0, rules: [] });
    this.kernelOrder.length = 0;
  }

  ensureTable(): void {
    if (!this.exists) this.h.add(NFT_MSG_NEWTABLE, NLM_F_CREATE, { family: NFPROTO_ARP, name: 'filter' });
    this.exists = true;
  }

  /** nft_xt_builtin_init(): the table and the builtin chain (every one when null). */
  ensure(chain: string | null): void {
    this.ensureTable();
    for (const b of ARP_BUILTINS) {
      const c = this.chain(b.name)!;
      if (c.exists || (chain !== null && chain !== b.name)) continue;
      this.h.add(NFT_MSG_NEWCHAIN, NLM_F_CREATE, { family: NFPROTO_ARP, table: 'filter', name: b.name, hook: { hooknum: b.hooknum, priority: 0 }, policy: NF_ACCEPT, type: 'filter' });
      c.exists = true;
    }
  }

  addRule(chain: string, r: ArpRule, position?: bigint): number {
    return this.h.add(NFT_MSG_NEWRULE, position === undefined ? NLM_F_APPEND | NLM_F_CREATE : NLM_F_CREATE, {
      family: NFPROTO_ARP, table: 'filter', chain, exprs: ruleToExprs(r), position,
    });
  }

  /** NLM_F_REPLACE of the rule `r.handle` (-Z sends each counted rule back with zero counters). */
  replaceRule(chain: string, r: ArpRule): number {
    return this.h.add(NFT_MSG_NEWRULE, NLM_F_REPLACE, { family: NFPROTO_ARP, table: 'filter', chain, exprs: ruleToExprs(r), handle: r.handle });
  }

  delRule(chain: string, handle?: bigint): number {
    return this.h.add(NFT_MSG_DELRULE, 0, { family: NFPROTO_ARP, table: 'filter', chain, handle });
  }

  newChain(name: string): number {
    this.chains.push({ name, builtin: false, exists: true, drop: false, pkts: 0, bytes: 0, rules: [] });
    return this.h.add(NFT_MSG_NEWCHAIN, NLM_F_CREATE | NLM_F_EXCL, { family: NFPROTO_ARP, table: 'filter', name });
  }

  delChain(name: string): number {
    return this.h.add(NFT_MSG_DELCHAIN, NLM_F_NONREC, { family: NFPROTO_ARP, table: 'filter', name });
  }

  setChain(name: string, attrs: Partial<NftChainMsg>): number {
    return this.h.add(NFT_MSG_NEWCHAIN, 0, { family: NFPROTO_ARP, table: 'filter', name, ...attrs });
  }

  /** nft_chain_set(): the policy, with the chain's counters zeroed. */
  setPolicy(name: string, drop: boolean): number {
    return this.setChain(name, { policy: drop ? NF_DROP : NF_ACCEPT, counters: { packets: 0n, bytes: 0n } });
  }
}
