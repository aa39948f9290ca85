/**
 * nf_tables objects: tables, chains (base and regular), rules as arrays of
 * expressions, the register file and the packet info expressions read.
 * @linux include/net/netfilter/nf_tables.h
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NfHookOps, NfHookState } from './core.js';
import type { NftExprMsg } from '../../uapi/linux/netfilter/nf_tables.js';
import { NFT_CONTINUE, NFT_SET_TIMEOUT } from '../../uapi/linux/netfilter/nf_tables.js';
import { KError } from '../core/errno.js';

/** struct nft_regs: 16 32-bit data registers after the 16-byte verdict area (NFT_REG_SIZE). */
export class NftRegs {
  readonly data = new Uint8Array(80);
  readonly view = new DataView(this.data.buffer);
  /** regs.verdict.code / .chain */
  code = NFT_CONTINUE;
  chain: NftChain | null = null;
  /** nft_jumpstack: where a jump returns to (NFT_JUMP_STACK_SIZE deep). */
  readonly jumpChain: (NftChain | null)[] = new Array<NftChain | null>(16).fill(null);
  readonly jumpRule = new Int32Array(16);
}

/** struct nft_pktinfo */
export class NftPktinfo {
  skb!: SkBuff;
  state!: NfHookState;
  /** Transport header offset in skb.buf, when tprotoSet. */
  thoff = 0;
  l4proto = 0;
  fragoff = 0;
  tprotoSet = false;
}

/** struct nft_expr with its ops: eval on the registers, dump back to the attributes. */
export interface NftExpr {
  eval(regs: NftRegs, pkt: NftPktinfo): void;
  dump(): NftExprMsg;
  /** ops->validate: the rule's chain became reachable from these hooks (1 << NF_INET_*); EINVAL if the expression cannot run there. */
  validate?(hookMask: number): void;
  /** ops->destroy: a lookup releases its set, a jump its chain. */
  destroy?(): void;
}

/** struct nft_rule */
export interface NftRule {
  readonly handle: number;
  readonly exprs: NftExpr[];
  readonly userdata: string | undefined;
}

/** struct nft_chain (+ struct nft_base_chain when hook is set). */
export class NftChain {
  rules: NftRule[] = [];
  /** chain->use: rules that jump or go to it. */
  use = 0;
  /** Base chain: hook, priority, type, policy, stats and the registered ops. */
  hook: { hooknum: number; priority: number; type: string; ops: NfHookOps } | null = null;
  policy = 1;
  /** Whether the base chain has stats (created with NFTA_CHAIN_COUNTERS). */
  stats = false;
  packets = 0;
  bytes = 0;

  constructor(
    readonly table: NftTable,
    public name: string,
    readonly handle: number,
  ) {}
}

/** struct nft_set: a named or anonymous set of keys (intervals as [from, to] pairs). */
export interface NftSet {
  readonly name: string;
  readonly flags: number;
  readonly keyType: number;
  readonly keyLen: number;
  readonly id: number;
  readonly handle: number;
  elems: NftSetElem[];
  use: number;
  readonly dataType: number | undefined;
  readonly dataLen: number | undefined;
  /** set->timeout (ms) and set->size (0: unbounded). */
  readonly timeout: number;
  readonly size: number;
}

/** struct nft_set_elem: the key (an interval's start), its end, a data map's value, a verdict map's verdict and the chain it names. */
export interface NftSetElem {
  key: Uint8Array;
  keyEnd: Uint8Array | undefined;
  data?: Uint8Array | undefined;
  /** NFT_SET_EXT_TIMEOUT (ms) and NFT_SET_EXT_EXPIRATION (absolute virtual ns), with a timeout. */
  timeout?: number;
  expiration?: number;
  verdict?: { code: number; chain?: string } | undefined;
  chainRef?: NftChain | null;
}

/** nft_set_elem_expired() */
export function nftSetElemExpired(e: NftSetElem, now: number): boolean {
  return e.expiration !== undefined && e.expiration <= now;
}

/** NFT_SET_EXT_TIMEOUT/_EXPIRATION: the element's own timeout, else the set's (with NFT_SET_TIMEOUT). */
export function nftSetElemTimeout(set: NftSet, e: NftSetElem, timeout: number | undefined, now: number): void {
  if (timeout !== undefined && !(set.flags & NFT_SET_TIMEOUT)) throw new KError('EINVAL');
  const ms = timeout ?? (set.flags & NFT_SET_TIMEOUT ? set.timeout : 0);
  if (!ms) return;
  if (timeout !== undefined) e.timeout = timeout;
  e.expiration = now + ms * 1e6;
}

/** The set's gc (nft_rhash_gc()): expired elements go. */
export function nftSetGc(set: NftSet, now: number): void {
  if (set.elems.some((e) => nftSetElemExpired(e, now))) set.elems = set.elems.filter((e) => !nftSetElemExpired(e, now));
}

/** struct nft_table */
export class NftTable {
  readonly chains: NftChain[] = [];
  readonly sets: NftSet[] = [];
  /** table->hgenerator: handles for chains, rules and sets. */
  hgenerator = 1;
  flags = 0;

  constructor(
    readonly family: number,
    readonly name: string,
    readonly handle: number,
  ) {}

  chain(name: string): NftChain | null {
    for (const c of this.chains) if (c.name === name) return c;
    return null;
  }

  set(name: string): NftSet | null {
    for (const s of this.sets) if (s.name === name) return s;
    return null;
  }
}

/** struct nftables_pernet */
export class NftNet {
  readonly tables: NftTable[] = [];
  tableHandle = 1;
  /** Register files and packet infos, one per nesting depth (a REJECT sends from inside a hook). */
  readonly regs: NftRegs[] = [];
  readonly pkts: NftPktinfo[] = [];
  depth = 0;
  /** NFT_MSG_GETGEN: the ruleset generation. */
  genId = 1;

  table(family: number, name: string): NftTable | null {
    for (const t of this.tables) if (t.family === family && t.name === name) return t;
    return null;
  }
}
