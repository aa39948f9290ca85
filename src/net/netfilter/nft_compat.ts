/**
 * Expressions that act rather than compare: the x_tables bridge
 * (match/target), log, reject, and set lookups.
 * @linux net/netfilter/nft_compat.c, nft_log.c, nft_reject_ipv4.c, nft_lookup.c
 */
import { nfulnlLogPacket } from './nfnetlink_log.js';
import { NFPROTO_ARP } from '../../uapi/linux/netfilter.js';
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import { nftSetElemExpired, type NftExpr, type NftPktinfo, type NftRegs, type NftSet, type NftSetElem } from './nf_tables.js';
import { XT_CONTINUE, XT_MATCHES, XT_TARGETS, xtCheck, xtCheckHooks, type XtActionParam, type XtCheckParam, type XtMatch, type XtTarget } from './x_tables.js';
import { nfLogIpPacket } from './nf_log.js';
import { nfSendReset, nfSendUnreach } from './nf_reject_ipv4.js';
import { nftParseRegister } from './nft_exprs.js';
import { NF_DROP } from '../../uapi/linux/netfilter.js';
import {
  NFT_BREAK, NFT_DATA_VERDICT, NFT_LOOKUP_F_INV, NFT_REG_VERDICT, NFT_SET_MAP, NFT_REJECT_ICMPX_UNREACH, NFT_REJECT_ICMP_UNREACH, NFT_REJECT_TCP_RST, NFT_SET_INTERVAL,
  type NftExprMsg,
} from '../../uapi/linux/netfilter/nf_tables.js';

/** struct xt_action_param, filled in place (one per expression: no object per packet). */
class ActionParam implements XtActionParam {
  state!: NftPktinfo['state'];
  priv: unknown = undefined;
  thoff = 0;
  fragoff = 0;
  hotdrop = false;
  fill(pkt: NftPktinfo): this {
    this.state = pkt.state;
    this.thoff = pkt.thoff;
    this.fragoff = pkt.fragoff;
    this.hotdrop = false;
    return this;
  }
}

type XtExprMsg = Extract<NftExprMsg, { name: 'match' | 'target' }>;

/**
 * What nft_match and nft_target share (nft_compat.c): the extension found by
 * name and revision (none → ENOENT, nft_*_select_ops), checked at init, let go
 * at destroy, its hooks checked by validate; the message dumps as it came.
 */
abstract class NftXtExpr<E extends XtMatch | XtTarget, M extends XtExprMsg> implements NftExpr {
  protected readonly ext: E;
  protected readonly par = new ActionParam();
  private readonly net: Net;
  constructor(
    protected readonly m: M,
    exts: ReadonlyMap<string, E>,
    par: XtCheckParam,
  ) {
    // xt_find_target(): the table's family's registration of the name
    const found = exts.get(m.xtName);
    const ext = ((par.family === NFPROTO_ARP && found && 'arp' in found ? found.arp : undefined) as E | undefined) ?? found;
    if (!ext || ext.revision < m.rev) throw new KError('ENOENT');
    xtCheck(ext, par);
    ext.check?.(m.info, par);
    this.par.priv = ext.newPriv?.(m.info, par.net);
    this.ext = ext;
    this.net = par.net;
  }
  abstract eval(regs: NftRegs, pkt: NftPktinfo): void;
  /** nft_match_destroy()/nft_target_destroy(): the extension's destroy (a conntrack user lets go). */
  destroy(): void {
    this.ext.destroy?.(this.m.info, this.net);
  }
  /** nft_match_validate()/nft_target_validate() */
  validate(hookMask: number): void {
    xtCheckHooks(this.ext.hooks, hookMask);
  }
  dump(): NftExprMsg {
    return this.m;
  }
}

/** nft_match_eval(): an x_tables match; hotdrop drops the packet. */
export class NftMatch extends NftXtExpr<XtMatch, Extract<NftExprMsg, { name: 'match' }>> {
  constructor(m: Extract<NftExprMsg, { name: 'match' }>, par: XtCheckParam) {
    super(m, XT_MATCHES, par);
  }
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const par = this.par.fill(pkt);
    const ok = this.ext.match(pkt.skb, par, this.m.info);
    if (par.hotdrop) regs.code = NF_DROP;
    else if (!ok) regs.code = NFT_BREAK;
  }
}

/** nft_target_eval_xt(): XT_CONTINUE goes on, any other value is the verdict. */
export class NftTarget extends NftXtExpr<XtTarget, Extract<NftExprMsg, { name: 'target' }>> {
  constructor(m: Extract<NftExprMsg, { name: 'target' }>, par: XtCheckParam) {
    super(m, XT_TARGETS, par);
  }
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const ret = this.ext.target(pkt.skb, this.par.fill(pkt), this.m.info);
    if (ret !== XT_CONTINUE) regs.code = ret;
  }
}

/** nft_log_eval(): the syslog line, or with a group (NF_LOG_TYPE_ULOG) the packet to nfnetlink_log. */
export class NftLog implements NftExpr {
  constructor(private readonly m: Extract<NftExprMsg, { name: 'log' }>) {
    // nft_log_init(): a level and a group are exclusive
    if (m.group !== undefined && m.level !== undefined) throw new KError('EINVAL');
    if ((m.level ?? 4) > 7) throw new KError('EINVAL');
  }
  eval(_regs: NftRegs, pkt: NftPktinfo): void {
    const st = pkt.state;
    if (this.m.group !== undefined) nfulnlLogPacket(st.net, st.pf, st.hook, pkt.skb, st.in, st.out, this.m.prefix ?? '', this.m.group, this.m.qthreshold ?? 0, this.m.snaplen);
    else nfLogIpPacket(st, pkt.skb, this.m.level ?? 4, this.m.flags ?? 0, this.m.prefix ?? '');
  }
  dump(): NftExprMsg {
    return this.m;
  }
}

/** nft_reject_ipv4_eval(): ICMP unreachable (code) or a TCP reset, then drop. */
export class NftReject implements NftExpr {
  constructor(
    private readonly m: Extract<NftExprMsg, { name: 'reject' }>,
    par: XtCheckParam,
  ) {
    this.validate(par.hookMask);
    if (m.type !== NFT_REJECT_ICMP_UNREACH && m.type !== NFT_REJECT_TCP_RST && m.type !== NFT_REJECT_ICMPX_UNREACH) throw new KError('EINVAL');
  }
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    if (this.m.type === NFT_REJECT_TCP_RST) nfSendReset(pkt.state.net, pkt.skb, pkt.state.hook);
    else {
      // nft_reject_icmp_code(): ICMPX codes map to port/host/no-route/admin unreachable.
      const code = this.m.type === NFT_REJECT_ICMPX_UNREACH ? ([3, 1, 0, 13][this.m.code] ?? 3) : this.m.code;
      nfSendUnreach(pkt.skb, code, pkt.state.hook);
    }
    regs.code = NF_DROP;
  }
  /** nft_reject_validate(): input, forward and output only. */
  validate(hookMask: number): void {
    xtCheckHooks(0b1110, hookMask);
  }
  dump(): NftExprMsg {
    return this.m;
  }
}

/**
 * nft_lookup_eval(): is the register's key in the set (an element, or
 * inside an interval)? A data map's lookup (NFTA_LOOKUP_DREG a data
 * register) copies the element's value there, and breaks when the key is
 * not in the map.
 */
export class NftLookup implements NftExpr {
  private readonly off: number;
  /** The data register's offset, -1 for a plain lookup or a verdict map. */
  private readonly doff: number;
  constructor(
    private readonly m: Extract<NftExprMsg, { name: 'lookup' }>,
    private readonly set: NftSet,
  ) {
    this.off = nftParseRegister(m.sreg, set.keyLen);
    const dataMap = m.dreg !== undefined && m.dreg !== NFT_REG_VERDICT;
    // nft_lookup_init(): a data register only for a map of data, its type's length checked against the registers.
    if (dataMap && (!(set.flags & NFT_SET_MAP) || set.dataType === NFT_DATA_VERDICT || m.flags & NFT_LOOKUP_F_INV)) throw new KError('EINVAL');
    this.doff = dataMap ? nftParseRegister(m.dreg!, set.dataLen ?? 0) : -1;
    set.use++;
  }
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const r = regs.data;
    const o = this.off;
    const now = pkt.state.net.sched.now;
    const len = this.set.keyLen;
    const interval = (this.set.flags & NFT_SET_INTERVAL) !== 0;
    const elems = this.set.elems;
    let found: NftSetElem | null = null;
    for (let i = 0; i < elems.length; i++) {
      const e = elems[i]!;
      if (nftSetElemExpired(e, now)) continue;
      const lo = cmpKey(r, o, e.key, len);
      if (interval ? lo >= 0 && cmpKey(r, o, e.keyEnd ?? e.key, len) <= 0 : lo === 0) {
        found = e;
        break;
      }
    }
    if (this.doff >= 0) {
      if (!found?.data) regs.code = NFT_BREAK;
      else r.set(found.data, this.doff);
      return;
    }
    // A verdict map (NFTA_LOOKUP_DREG = NFT_REG_VERDICT): the element's verdict decides.
    if (found && this.m.dreg === NFT_REG_VERDICT && found.verdict) {
      regs.code = found.verdict.code;
      regs.chain = found.chainRef ?? null;
      return;
    }
    if ((found !== null) === ((this.m.flags & NFT_LOOKUP_F_INV) !== 0)) regs.code = NFT_BREAK;
  }
  dump(): NftExprMsg {
    return { ...this.m, set: this.set.name };
  }
  destroy(): void {
    this.set.use--;
  }
}

function cmpKey(r: Uint8Array, o: number, k: Uint8Array, len: number): number {
  for (let i = 0; i < len; i++) {
    const d = r[o + i]! - (k[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

