/**
 * The nf_tables control plane: NEW/GET/DEL of tables, chains, rules and
 * sets over nfnetlink, batched in transactions that apply all or nothing.
 * Base chains register their hook at their priority.
 * @linux net/netfilter/nf_tables_api.c
 */
import { NftFib } from './nft_fib.js';
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import { NLM_F_APPEND, NLM_F_EXCL, NLM_F_NONREC, NLM_F_REPLACE } from '../../uapi/linux/netlink.js';
import { nfRegisterNetHook, nfUnregisterNetHook, type NfHookFn, type NfHookOps } from './core.js';
import { NftChain, NftNet, NftTable, nftSetElemTimeout, nftSetGc, type NftExpr, type NftRule, type NftSet, type NftSetElem } from './nf_tables.js';
import { nftDoChainIpv4, nftDoChainRoute } from './nf_tables_core.js';
import { nfNatIpv4RegisterFn, nfNatIpv4UnregisterFn } from './nf_nat_l3proto_ipv4.js';
import {
  NftBitwise, NftCmp, NftCounter, NftImmediate, NftLimit, NftMeta, NftPayload, NftRange, nftVerdictCheck,
} from './nft_exprs.js';
import { NftLog, NftLookup, NftMatch, NftReject, NftTarget } from './nft_compat.js';
import { NftDynset } from './nft_dynset.js';
import { NftMasqRedir, NftNat } from './nft_nat.js';
import { NftCt, NftNotrack } from './nft_ct.js';
import type { XtCheckParam } from './x_tables.js';
import {
  NF_ACCEPT, NF_DROP, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING, NF_INET_LOCAL_IN, NF_INET_NUMHOOKS,
  NFPROTO_ARP, NFPROTO_INET, NFPROTO_IPV4,
} from '../../uapi/linux/netfilter.js';
import {
  NFT_DATA_VERDICT,
  NFT_GOTO, NFT_JUMP, NFT_MSG_DELCHAIN, NFT_MSG_DELRULE, NFT_MSG_DELSET, NFT_MSG_DELTABLE, NFT_MSG_NEWCHAIN,
  NFT_MSG_NEWRULE, NFT_MSG_NEWSET, NFT_MSG_NEWTABLE, NFT_SET_ANONYMOUS, NFT_SET_MAP, NFT_MSG_NEWSETELEM, NFT_MSG_DELSETELEM,
  type NftChainMsg, type NftExprMsg, type NftRuleMsg, type NftSetMsg, type NftSetElemMsg, type NftTableMsg, type NfnlBatchItem,
} from '../../uapi/linux/netfilter/nf_tables.js';

export function nftNet(net: Net): NftNet {
  let n = net.nf.nft as NftNet | null;
  if (!n) {
    n = new NftNet();
    net.nf.nft = n;
  }
  return n;
}

function lookupTable(nft: NftNet, family: number, name: string | undefined): NftTable {
  const t = name === undefined ? null : nft.table(family, name);
  if (!t) throw new KError('ENOENT');
  return t;
}

function lookupChain(t: NftTable, name: string | undefined, handle?: bigint): NftChain {
  const c = handle !== undefined ? (t.chains.find((x) => x.handle === Number(handle)) ?? null) : name === undefined ? null : t.chain(name);
  if (!c) throw new KError('ENOENT');
  return c;
}

/** nf_tables_newtable() */
function newTable(nft: NftNet, m: NftTableMsg, flags: number): void {
  if (m.family !== NFPROTO_IPV4 && m.family !== NFPROTO_INET && m.family !== NFPROTO_ARP) throw new KError('EAFNOSUPPORT');
  if (!m.name) throw new KError('EINVAL');
  const t = nft.table(m.family, m.name);
  if (t) {
    if (flags & NLM_F_EXCL) throw new KError('EEXIST');
    return;
  }
  nft.tables.push(new NftTable(m.family, m.name, nft.tableHandle++));
}

/** nf_tables_deltable(): flush the table, then remove it. */
function delTable(net: Net, nft: NftNet, m: NftTableMsg): void {
  const t = lookupTable(nft, m.family, m.name);
  for (const c of t.chains) for (const r of c.rules) destroyRule(r);
  for (const c of t.chains) chainUnregister(net, c);
  nft.tables.splice(nft.tables.indexOf(t), 1);
}

/**
 * nf_register_net_hook(), or for a nat chain nft_nat_ipv4_reg() →
 * nf_nat_ipv4_register_fn(): nat chains run inside the NAT hooks.
 */
function chainRegister(net: Net, c: NftChain): void {
  if (!c.hook) return;
  if (c.hook.type === 'nat' && c.table.family !== NFPROTO_ARP) nfNatIpv4RegisterFn(net, c.hook.ops);
  else nfRegisterNetHook(net, c.hook.ops);
}

function chainUnregister(net: Net, c: NftChain): void {
  if (!c.hook) return;
  if (c.hook.type === 'nat' && c.table.family !== NFPROTO_ARP) nfNatIpv4UnregisterFn(net, c.hook.ops);
  else nfUnregisterNetHook(net, c.hook.ops);
}

/** The chain types (nft_chain_filter_ipv4, nft_chain_nat_ipv4, nft_chain_route_ipv4): hooks each allows. */
const CHAIN_TYPES: Readonly<Record<string, { readonly hooks: number; readonly fn: NfHookFn }>> = {
  filter: { hooks: (1 << NF_INET_NUMHOOKS) - 1, fn: nftDoChainIpv4 },
  nat: { hooks: (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_IN) | (1 << NF_INET_LOCAL_OUT) | (1 << NF_INET_POST_ROUTING), fn: nftDoChainIpv4 },
  route: { hooks: 1 << NF_INET_LOCAL_OUT, fn: nftDoChainRoute },
};

/** nf_tables_newchain() / nf_tables_updchain() */
function newChain(net: Net, nft: NftNet, m: NftChainMsg, flags: number, renames: Map<NftChain, string>): void {
  const t = lookupTable(nft, m.family, m.table);
  const existing = m.handle !== undefined ? lookupChain(t, undefined, m.handle) : m.name !== undefined ? t.chain(m.name) : null;
  if (existing) {
    if (flags & NLM_F_EXCL) throw new KError('EEXIST');
    if (m.policy !== undefined) {
      if (!existing.hook) throw new KError('EOPNOTSUPP');
      if (m.policy !== NF_ACCEPT && m.policy !== NF_DROP) throw new KError('EINVAL');
      existing.policy = m.policy;
    }
    if (m.counters) {
      if (!existing.hook) throw new KError('EOPNOTSUPP');
      existing.stats = true;
      existing.packets = Number(m.counters.packets);
      existing.bytes = Number(m.counters.bytes);
    }
    if (m.newName !== undefined) {
      // nf_tables_updchain(): the name is the transaction's (nft_trans_chain_name()) until
      // nft_chain_commit_update(): the batch goes on finding the chain by its old name; a name
      // another chain has, or that a rename of this batch already takes, is EEXIST.
      if (t.chain(m.newName)) throw new KError('EEXIST');
      for (const [c, n] of renames) if (c.table === t && n === m.newName) throw new KError('EEXIST');
      renames.set(existing, m.newName);
    }
    return;
  }
  if (!m.name || m.name.length > 255) throw new KError('EINVAL');
  const c = new NftChain(t, m.name, t.hgenerator++);
  if (m.hook) {
    const type = CHAIN_TYPES[m.type ?? 'filter'];
    if (!type) throw new KError('ENOENT');
    if (m.hook.hooknum >= NF_INET_NUMHOOKS || !(type.hooks & (1 << m.hook.hooknum))) throw new KError('EOPNOTSUPP');
    if (m.policy !== undefined && m.policy !== NF_ACCEPT && m.policy !== NF_DROP) throw new KError('EINVAL');
    c.policy = m.policy ?? NF_ACCEPT;
    if (m.counters) {
      // NFTA_CHAIN_COUNTERS: the chain keeps stats of its policy verdicts.
      c.stats = true;
      c.packets = Number(m.counters.packets);
      c.bytes = Number(m.counters.bytes);
    }
    const ops = { hook: type.fn, priv: c, pf: t.family === NFPROTO_ARP ? NFPROTO_ARP : NFPROTO_IPV4, hooknum: m.hook.hooknum, priority: m.hook.priority, name: `${t.name}/${m.name}` };
    c.hook = { hooknum: m.hook.hooknum, priority: m.hook.priority, type: m.type ?? 'filter', ops };
    chainRegister(net, c);
  }
  t.chains.push(c);
}

/** nf_tables_delchain(): its rules go with it; jumps to it (chain->use) make it busy. */
function delChain(net: Net, nft: NftNet, m: NftChainMsg, flags: number): void {
  const t = lookupTable(nft, m.family, m.table);
  const c = lookupChain(t, m.name, m.handle);
  // NLM_F_NONREC: only an empty chain; otherwise its rules go, but not while jumps point here.
  if (c.use > 0 || (flags & NLM_F_NONREC && c.rules.length > 0)) throw new KError('EBUSY');
  for (const r of c.rules) destroyRule(r);
  c.rules = [];
  chainUnregister(net, c);
  t.chains.splice(t.chains.indexOf(c), 1);
}

function destroyRule(r: NftRule): void {
  for (const e of r.exprs) e.destroy?.();
}

/**
 * A rule refused by the table's validation (nft_table_validate(), the
 * expressions' ->validate and the jump checks), not by an expression's
 * init: nf_tables_validate() fails the commit with -EAGAIN, nfnetlink
 * replays the batch with validation on, and the rule fails again there, so
 * its rule handle was taken twice (table->hgenerator is never rolled back).
 * @linux net/netfilter/nf_tables_api.c nf_tables_validate(), net/netfilter/nfnetlink.c nfnetlink_rcv_batch()
 */
class ValidateError extends KError {}

/** Run a ->validate step: its refusal is a ValidateError. */
function validating(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof KError && !(e instanceof ValidateError)) throw new ValidateError(e.errno, e.extack);
    throw e;
  }
}

/** nf_tables_newexpr(): build one expression, with the kernel's validation. */
function newExpr(net: Net, t: NftTable, c: NftChain, m: NftExprMsg, par: XtCheckParam): NftExpr {
  switch (m.name) {
    case 'payload': return new NftPayload(m);
    case 'meta': return new NftMeta(m);
    case 'cmp': return new NftCmp(m);
    case 'bitwise': return new NftBitwise(m);
    case 'range': return new NftRange(m);
    case 'immediate': {
      let target: NftChain | null = null;
      if (m.verdict) {
        nftVerdictCheck(m.verdict);
        if (m.verdict.code === NFT_JUMP || m.verdict.code === NFT_GOTO) {
          target = lookupChain(t, m.verdict.chain);
          // nft_chain_validate(): a base chain cannot be jumped to; a loop is refused once a base chain reaches it (the validation's jump depth runs out: EMLINK).
          if (target.hook) throw new KError('EOPNOTSUPP');
          const mask = hookMask(t, c);
          if (mask !== 0 && (reaches(target, c, new Set()) || hasLoop(target, []))) throw new ValidateError('EMLINK');
          if (mask !== 0) validating(() => validateChain(target!, mask, new Set()));
        }
      }
      return new NftImmediate(m, target);
    }
    case 'counter': return new NftCounter(m);
    case 'limit': return new NftLimit(m, net);
    case 'log': return new NftLog(m);
    case 'reject': return new NftReject(m, par);
    case 'lookup': {
      // An anonymous set of the same batch is found by its id (NFTA_LOOKUP_SET_ID).
      const set = t.set(m.set) ?? (m.setId !== undefined ? ([...t.sets].reverse().find((x) => x.id === m.setId && x.flags & NFT_SET_ANONYMOUS) ?? null) : null);
      if (!set) throw new KError('ENOENT');
      return new NftLookup(m, set);
    }
    case 'dynset': {
      const set = t.set(m.set);
      if (!set) throw new KError('ENOENT');
      return new NftDynset(m, set);
    }
    case 'nat': return new NftNat(m, c, par.hookMask, net);
    case 'masq': case 'redir': return new NftMasqRedir(m, c, par.hookMask, net);
    case 'ct': return new NftCt(m, net);
    case 'notrack': return new NftNotrack();
    case 'fib': {
      // nft_expr_type_get(): fib exists for ip and inet tables only (nft_fib4_type, nft_fib_inet_type).
      if (t.family === NFPROTO_ARP) throw new KError('ENOENT');
      const e = new NftFib(m);
      validating(() => e.validate(par.hookMask));
      return e;
    }
    case 'match': return new NftMatch(m, par);
    case 'target': return new NftTarget(m, par);
  }
}

/** Whether `from` reaches `to` through jumps and gotos. */
function reaches(from: NftChain, to: NftChain, seen: Set<NftChain>): boolean {
  if (from === to) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  for (const r of from.rules) {
    for (const e of r.exprs) {
      const d = e.dump();
      if (d.name !== 'immediate' || !d.verdict?.chain) continue;
      const next = from.table.chain(d.verdict.chain);
      if (next && reaches(next, to, seen)) return true;
    }
  }
  return false;
}

/** Whether a jump cycle starts below `c` (depth-first, with the path on a stack). */
function hasLoop(c: NftChain, path: NftChain[]): boolean {
  if (path.includes(c)) return true;
  path.push(c);
  for (const r of c.rules) {
    for (const e of r.exprs) {
      const d = e.dump();
      const next = d.name === 'immediate' && d.verdict?.chain ? c.table.chain(d.verdict.chain) : null;
      if (next && hasLoop(next, path)) return true;
    }
  }
  path.pop();
  return false;
}

/**
 * nft_chain_validate() below a new jump: every expression of `c` and of the
 * chains it reaches must accept the hooks that now reach them (an x_tables
 * match such as mac in a chain jumped to from OUTPUT: EINVAL).
 */
function validateChain(c: NftChain, mask: number, seen: Set<NftChain>): void {
  if (seen.has(c)) return;
  seen.add(c);
  for (const r of c.rules) {
    for (const e of r.exprs) {
      e.validate?.(mask);
      const d = e.dump();
      const next = d.name === 'immediate' && d.verdict?.chain ? c.table.chain(d.verdict.chain) : null;
      if (next) validateChain(next, mask, seen);
    }
  }
}

/** The hooks from which `c` can be reached (nft_chain_validate_hooks), for the x_tables checks. */
function hookMask(t: NftTable, c: NftChain, seen = new Set<NftChain>()): number {
  if (c.hook) return 1 << c.hook.hooknum;
  if (seen.has(c)) return 0;
  seen.add(c);
  let mask = 0;
  for (const from of t.chains) {
    for (const r of from.rules) {
      for (const e of r.exprs) {
        const d = e.dump();
        if (d.name === 'immediate' && d.verdict?.chain === c.name) mask |= hookMask(t, from, seen);
      }
    }
  }
  return mask;
}

/** The rules this transaction added, by their NFTA_RULE_ID (the transaction list nft_rule_lookup_byid() walks). */
type BatchRuleIds = Map<number, { readonly chain: NftChain; readonly rule: NftRule }>;

/** nft_rule_lookup_byid(): a rule this batch added to `c` under `id`. */
function ruleById(ids: BatchRuleIds, c: NftChain, id: number): NftRule {
  const e = ids.get(id);
  if (!e || e.chain !== c || !c.rules.includes(e.rule)) throw new KError('ENOENT');
  return e.rule;
}

/** nf_tables_newrule(): append/insert at a position (a handle, or a rule of this batch by id), or replace the rule of `handle`. */
function newRule(net: Net, nft: NftNet, m: NftRuleMsg, flags: number, ids: BatchRuleIds): void {
  const t = lookupTable(nft, m.family, m.table);
  const c = lookupChain(t, m.chain);
  let idx: number;
  if (m.handle !== undefined) {
    idx = c.rules.findIndex((r) => r.handle === Number(m.handle));
    if (idx < 0) throw new KError('ENOENT');
    if (!(flags & NLM_F_REPLACE)) throw new KError('EEXIST');
  } else if (m.position !== undefined || m.positionId !== undefined) {
    idx = m.position !== undefined ? c.rules.findIndex((r) => r.handle === Number(m.position)) : c.rules.indexOf(ruleById(ids, c, m.positionId!));
    if (idx < 0) throw new KError('ENOENT');
    if (flags & NLM_F_APPEND) idx++;
  } else idx = flags & NLM_F_APPEND ? c.rules.length : 0;
  const par: XtCheckParam = {
    net, table: t.name, hookMask: hookMask(t, c), proto: m.compat?.proto ?? 0, invProto: ((m.compat?.invflags ?? 0) & 0x02) !== 0, family: t.family,
  };
  // nf_tables_alloc_handle(): a new rule takes its handle before its expressions are built; a refused one leaves it used.
  const handle = m.handle !== undefined ? t.hgenerator : t.hgenerator++;
  const exprs: NftExpr[] = [];
  try {
    for (const e of m.exprs ?? []) exprs.push(newExpr(net, t, c, e, par));
  } catch (e) {
    for (const x of exprs) x.destroy?.();
    // The replayed batch took another handle for the rule.
    if (e instanceof ValidateError && m.handle === undefined) t.hgenerator++;
    throw e;
  }
  const rule: NftRule = { handle: m.handle !== undefined ? t.hgenerator++ : handle, exprs, userdata: m.userdata };
  if (m.id !== undefined) ids.set(m.id, { chain: c, rule });
  if (m.handle !== undefined) {
    destroyRule(c.rules[idx]!);
    c.rules[idx] = rule;
  } else c.rules.splice(idx, 0, rule);
}

/** nf_tables_delrule(): one rule by handle (or by the NFTA_RULE_ID it was added under in this batch), or every rule of the chain (or of the table). */
function delRule(nft: NftNet, m: NftRuleMsg, ids: BatchRuleIds): void {
  const t = lookupTable(nft, m.family, m.table);
  if (m.handle !== undefined || m.id !== undefined) {
    const c = lookupChain(t, m.chain);
    const i = m.handle !== undefined ? c.rules.findIndex((r) => r.handle === Number(m.handle)) : c.rules.indexOf(ruleById(ids, c, m.id!));
    if (i < 0) throw new KError('ENOENT');
    destroyRule(c.rules[i]!);
    c.rules.splice(i, 1);
    return;
  }
  const chains = m.chain ? [lookupChain(t, m.chain)] : t.chains;
  for (const c of chains) {
    for (const r of c.rules) destroyRule(r);
    c.rules = [];
  }
}

/** nft_set_elem_init(): one element, checked against the set (key length, a verdict map's verdict and its chain). */
function newElem(t: NftTable, set: { keyLen: number; flags: number; dataType: number | undefined; dataLen: number | undefined }, e: NftSetElemMsg): NftSetElem {
  if (e.key.length !== set.keyLen || (e.keyEnd !== undefined && e.keyEnd.length !== set.keyLen)) throw new KError('EINVAL');
  const isMap = (set.flags & NFT_SET_MAP) !== 0;
  // nft_add_set_elem(): a map's element needs NFTA_SET_ELEM_DATA of the map's type and length (a set's may not have one).
  if (isMap && set.dataType !== NFT_DATA_VERDICT) {
    if (!e.data || e.data.length !== set.dataLen) throw new KError('EINVAL');
    return { key: e.key, keyEnd: e.keyEnd, data: e.data, chainRef: null };
  }
  if (isMap !== (e.verdict !== undefined)) throw new KError('EINVAL');
  let chainRef: NftChain | null = null;
  if (e.verdict) {
    nftVerdictCheck(e.verdict);
    if (e.verdict.code === NFT_JUMP || e.verdict.code === NFT_GOTO) {
      chainRef = lookupChain(t, e.verdict.chain);
      if (chainRef.hook) throw new KError('EOPNOTSUPP');
    }
  }
  return { key: e.key, keyEnd: e.keyEnd, verdict: e.verdict ? { ...e.verdict } : undefined, chainRef };
}

const sameKey = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** nft_add_set_elem(): an element already there is left as it is (EEXIST only with NLM_F_EXCL). */
function addElems(t: NftTable, set: NftSet, elems: readonly NftSetElemMsg[], flags: number, now: number): void {
  nftSetGc(set, now);
  for (const m of elems) {
    const e = newElem(t, set, m);
    nftSetElemTimeout(set, e, m.timeout, now);
    const i = set.elems.findIndex((x) => sameKey(x.key, e.key));
    if (i >= 0) {
      if (flags & NLM_F_EXCL) throw new KError('EEXIST');
      continue;
    }
    if (e.chainRef) e.chainRef.use++;
    set.elems.push(e);
  }
}

/** nf_tables_newset() with its elements. */
function newSet(nft: NftNet, m: NftSetMsg, flags: number, now: number): void {
  const t = lookupTable(nft, m.family, m.table);
  const have = t.set(m.name);
  if (have) {
    if (flags & NLM_F_EXCL) throw new KError('EEXIST');
    addElems(t, have, m.elems ?? [], 0, now);
    return;
  }
  if (m.keyLen === 0 || m.keyLen > 64) throw new KError('EINVAL');
  let name = m.name;
  // Anonymous sets are named __set%d by the kernel.
  if (m.flags & NFT_SET_ANONYMOUS) {
    let n = 0;
    while (t.set(`__set${n}`)) n++;
    name = `__set${n}`;
  }
  const set: NftSet = {
    name, flags: m.flags, keyType: m.keyType, keyLen: m.keyLen, id: m.id ?? 0, handle: t.hgenerator++,
    elems: [], use: 0, dataType: m.dataType, dataLen: m.dataLen, timeout: m.timeout ?? 0, size: m.size ?? 0,
  };
  addElems(t, set, m.elems ?? [], 0, now);
  t.sets.push(set);
}

/** nf_tables_newsetelem(): elements into an existing set or map. */
function newSetElem(nft: NftNet, m: NftSetMsg, flags: number, now: number): void {
  const t = lookupTable(nft, m.family, m.table);
  const set = t.set(m.name);
  if (!set) throw new KError('ENOENT');
  addElems(t, set, m.elems ?? [], flags, now);
}

/** nf_tables_delsetelem(): each element must be there (ENOENT). */
function delSetElem(nft: NftNet, m: NftSetMsg): void {
  const t = lookupTable(nft, m.family, m.table);
  const set = t.set(m.name);
  if (!set) throw new KError('ENOENT');
  for (const e of m.elems ?? []) {
    const i = set.elems.findIndex((x) => sameKey(x.key, e.key));
    if (i < 0) throw new KError('ENOENT');
    const gone = set.elems[i]!;
    if (gone.chainRef) gone.chainRef.use--;
    set.elems = set.elems.filter((_, k) => k !== i);
  }
}

function delSet(nft: NftNet, m: NftSetMsg): void {
  const t = lookupTable(nft, m.family, m.table);
  const s = t.set(m.name);
  if (!s) throw new KError('ENOENT');
  if (s.use > 0) throw new KError('EBUSY');
  t.sets.splice(t.sets.indexOf(s), 1);
}

/** One message of a batch. */
function applyOne(net: Net, nft: NftNet, item: NfnlBatchItem, ids: BatchRuleIds, renames: Map<NftChain, string>): void {
  const flags = item.flags;
  switch (item.type & 0xff) {
    case NFT_MSG_NEWTABLE: return newTable(nft, item.body as NftTableMsg, flags);
    case NFT_MSG_DELTABLE: return delTable(net, nft, item.body as NftTableMsg);
    case NFT_MSG_NEWCHAIN: return newChain(net, nft, item.body as NftChainMsg, flags, renames);
    case NFT_MSG_DELCHAIN: return delChain(net, nft, item.body as NftChainMsg, flags);
    case NFT_MSG_NEWRULE: return newRule(net, nft, item.body as NftRuleMsg, flags, ids);
    case NFT_MSG_DELRULE: return delRule(nft, item.body as NftRuleMsg, ids);
    case NFT_MSG_NEWSET: return newSet(nft, item.body as NftSetMsg, flags, net.sched.now);
    case NFT_MSG_DELSET: return delSet(nft, item.body as NftSetMsg);
    case NFT_MSG_NEWSETELEM: return newSetElem(nft, item.body as NftSetMsg, flags, net.sched.now);
    case NFT_MSG_DELSETELEM: return delSetElem(nft, item.body as NftSetMsg);
    default: throw new KError('EOPNOTSUPP');
  }
}

interface ChainSnap {
  c: NftChain;
  name: string;
  rules: NftRule[];
  use: number;
  policy: number;
  packets: number;
  bytes: number;
}

/** What a transaction restores on abort (__nf_tables_abort()). */
function snapshot(nft: NftNet): () => void {
  const tables = nft.tables.slice();
  const per = tables.map((t) => ({
    t, chains: t.chains.slice(), sets: t.sets.slice(),
    snaps: t.chains.map((c): ChainSnap => ({ c, name: c.name, rules: c.rules.slice(), use: c.use, policy: c.policy, packets: c.packets, bytes: c.bytes })),
    setUse: t.sets.map((s) => [s, s.use, s.elems.slice()] as const),
  }));
  const th = nft.tableHandle;
  return () => {
    nft.tables.length = 0;
    nft.tables.push(...tables);
    nft.tableHandle = th;
    for (const p of per) {
      p.t.chains.length = 0;
      p.t.chains.push(...p.chains);
      p.t.sets.length = 0;
      p.t.sets.push(...p.sets);
      // table->hgenerator is not rolled back: the handles an aborted batch took stay used.
      for (const s of p.snaps) Object.assign(s.c, { name: s.name, rules: s.rules, use: s.use, policy: s.policy, packets: s.packets, bytes: s.bytes });
      for (const [s, use, elems] of p.setUse) {
        s.use = use;
        s.elems = elems;
      }
    }
  };
}

/** Re-register exactly the hooks of the base chains that exist (after an abort). */
function resyncHooks(net: Net, nft: NftNet): void {
  const registered: NftChain[] = [];
  for (const a of [...net.nf.hooksIpv4, ...net.nf.hooksArp, ...natLookups(net)]) {
    for (const o of a) if (o.priv instanceof NftChain) registered.push(o.priv);
  }
  const live = new Set<NftChain>();
  for (const t of nft.tables) for (const c of t.chains) if (c.hook) live.add(c);
  for (const c of registered) if (!live.has(c)) chainUnregister(net, c);
  for (const c of live) if (!registered.includes(c)) chainRegister(net, c);
}

function natLookups(net: Net): NfHookOps[][] {
  const nn = net.nf.nat as { lookup: NfHookOps[][] } | null;
  return nn ? nn.lookup : [];
}

export interface BatchFailure {
  readonly index: number;
  readonly err: KError;
}

/**
 * nfnetlink_rcv_batch(): apply every message; an error does not stop the
 * batch ("userspace gets all the errors that the batch triggers"), but
 * any error aborts the whole transaction. The first failure, with all of
 * them (by message index) in `errors`.
 */
export function nfTablesBatch(net: Net, items: readonly NfnlBatchItem[]): (BatchFailure & { readonly errors: readonly BatchFailure[] }) | null {
  const nft = nftNet(net);
  const restore = snapshot(nft);
  const ids: BatchRuleIds = new Map();
  const renames = new Map<NftChain, string>();
  const errors: BatchFailure[] = [];
  for (let i = 0; i < items.length; i++) {
    try {
      applyOne(net, nft, items[i]!, ids, renames);
    } catch (e) {
      if (!(e instanceof KError)) throw e;
      errors.push({ index: i, err: e });
    }
  }
  if (errors.length) {
    restore();
    resyncHooks(net, nft);
    return { ...errors[0]!, errors };
  }
  // nf_tables_commit(): nft_chain_commit_update() gives each renamed chain its new name.
  for (const [c, n] of renames) c.name = n;
  nft.genId++;
  return null;
}

