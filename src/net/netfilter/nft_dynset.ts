/**
 * The dynset expression: `add @s { ip saddr }` / `update @s { ip saddr
 * timeout 10s }` put the packet's key in a set with NFT_SET_EVAL from the
 * packet path; an update refreshes the expiration of an element there.
 * @linux net/netfilter/nft_dynset.c
 */
import { KError } from '../core/errno.js';
import { NFT_BREAK, NFT_DYNSET_OP_UPDATE, NFT_SET_EVAL, NFT_SET_TIMEOUT, type NftExprMsg } from '../../uapi/linux/netfilter/nf_tables.js';
import { nftSetElemExpired, nftSetElemTimeout, nftSetGc, type NftExpr, type NftPktinfo, type NftRegs, type NftSet, type NftSetElem } from './nf_tables.js';
import { nftParseRegister } from './nft_exprs.js';

export class NftDynset implements NftExpr {
  private readonly off: number;

  /** nft_dynset_init(): only a dynamic set; a timeout only on a set that has them. */
  constructor(
    private readonly m: Extract<NftExprMsg, { name: 'dynset' }>,
    private readonly set: NftSet,
  ) {
    if (!(set.flags & NFT_SET_EVAL)) throw new KError('EOPNOTSUPP');
    if (m.timeout !== undefined && !(set.flags & NFT_SET_TIMEOUT)) throw new KError('EINVAL');
    this.off = nftParseRegister(m.sreg, set.keyLen);
    set.use++;
  }

  private find(r: Uint8Array, now: number): NftSetElem | null {
    const len = this.set.keyLen;
    for (const e of this.set.elems) {
      if (nftSetElemExpired(e, now)) continue;
      let i = 0;
      while (i < len && e.key[i] === r[this.off + i]) i++;
      if (i === len) return e;
    }
    return null;
  }

  /** The expiration of a new or updated element: the expression's timeout, else the set's. */
  private expire(e: NftSetElem, now: number): void {
    nftSetElemTimeout(this.set, e, this.m.timeout, now);
  }

  /**
   * nft_dynset_eval(): set->ops->update() finds or adds the element (a
   * full set breaks the rule); an update refreshes an existing element's
   * expiration. An element is allocated only when the key is new.
   */
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const now = pkt.state.net.sched.now;
    const have = this.find(regs.data, now);
    if (have) {
      if (this.m.op === NFT_DYNSET_OP_UPDATE && have.expiration !== undefined) this.expire(have, now);
      return;
    }
    const set = this.set;
    nftSetGc(set, now);
    if (set.size && set.elems.length >= set.size) return void (regs.code = NFT_BREAK);
    const e: NftSetElem = { key: regs.data.slice(this.off, this.off + set.keyLen), keyEnd: undefined };
    this.expire(e, now);
    set.elems.push(e);
  }

  dump(): NftExprMsg {
    return this.m;
  }

  destroy(): void {
    this.set.use--;
  }
}
