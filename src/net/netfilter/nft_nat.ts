/**
 * nf_tables' NAT statements: nat (snat/dnat to an address and port range
 * loaded in registers), masq and redir, valid only in nat chains of the
 * hooks they belong to. They run for a connection's first packet (nat
 * chains hang off the NAT hooks) and their verdict is the mapping's.
 * @linux net/netfilter/nft_nat.c, net/netfilter/nft_masq.c, net/netfilter/nft_redir.c
 */
import { KError } from '../core/errno.js';
import type { NftChain, NftExpr, NftPktinfo, NftRegs } from './nf_tables.js';
import { nftParseRegister } from './nft_exprs.js';
import { xtCheckHooks } from './x_tables.js';
import { nfCtGet } from './nf_conntrack_core.js';
import { nfCtNetnsGet, nfCtNetnsPut } from './nf_conntrack_proto.js';
import type { Net } from '../core/net_namespace.js';
import { NF_NAT_MANIP_DST, NF_NAT_MANIP_SRC } from './nf_nat_proto.js';
import { NF_NAT_RANGE_MAP_IPS, NF_NAT_RANGE_PROTO_SPECIFIED, nfNatSetupInfo, type NfNatRange } from './nf_nat_core.js';
import { nfNatMasqueradeIpv4, nfNatRedirectIpv4 } from './nf_nat_masquerade.js';
import { NF_ACCEPT, NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import { NFT_NAT_DNAT, NFT_NAT_SNAT, type NftExprMsg } from '../../uapi/linux/netfilter/nf_tables.js';

const SNAT_HOOKS = (1 << NF_INET_POST_ROUTING) | (1 << NF_INET_LOCAL_IN);
const DNAT_HOOKS = (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_OUT);

/** nft_chain_validate_chaintype(ctx, NFT_CHAIN_T_NAT) */
function natChainOnly(c: NftChain): void {
  if (c.hook && c.hook.type !== 'nat') throw new KError('EOPNOTSUPP');
}

/** The optional register offsets of the range bounds; the flags they imply. */
class RangeRegs {
  readonly addrMin: number;
  readonly addrMax: number;
  readonly protoMin: number;
  readonly protoMax: number;
  readonly flags: number;
  private readonly range: NfNatRange = { flags: 0, minIp: 0, maxIp: 0, minProto: 0, maxProto: 0, baseProto: 0 };

  constructor(m: { sregAddrMin?: number; sregAddrMax?: number; sregProtoMin?: number; sregProtoMax?: number; flags?: number }) {
    const reg = (r: number | undefined, len: number): number => (r === undefined ? -1 : nftParseRegister(r, len));
    this.addrMin = reg(m.sregAddrMin, 4);
    this.addrMax = m.sregAddrMax === undefined ? this.addrMin : reg(m.sregAddrMax, 4);
    this.protoMin = reg(m.sregProtoMin, 2);
    this.protoMax = m.sregProtoMax === undefined ? this.protoMin : reg(m.sregProtoMax, 2);
    this.flags = (m.flags ?? 0) | (this.addrMin >= 0 ? NF_NAT_RANGE_MAP_IPS : 0) | (this.protoMin >= 0 ? NF_NAT_RANGE_PROTO_SPECIFIED : 0);
  }

  /** nft_nat_setup_addr() / nft_nat_setup_proto(): the range from the registers (one object reused: no allocation per packet). */
  load(regs: NftRegs): NfNatRange {
    const r = this.range;
    const v = regs.view;
    r.flags = this.flags;
    r.minIp = this.addrMin >= 0 ? v.getUint32(this.addrMin) : 0;
    r.maxIp = this.addrMax >= 0 ? v.getUint32(this.addrMax) : 0;
    r.minProto = this.protoMin >= 0 ? v.getUint16(this.protoMin) : 0;
    r.maxProto = this.protoMax >= 0 ? v.getUint16(this.protoMax) : 0;
    return r;
  }
}

/** nft_nat_eval(); nft_nat_init() starts conntrack in the namespace, nft_nat_destroy() lets it go. */
export class NftNat implements NftExpr {
  private readonly regs: RangeRegs;
  constructor(private readonly m: Extract<NftExprMsg, { name: 'nat' }>, c: NftChain, hookMask: number, private readonly net: Net) {
    if (m.type !== NFT_NAT_SNAT && m.type !== NFT_NAT_DNAT) throw new KError('EINVAL');
    natChainOnly(c);
    this.regs = new RangeRegs(m);
    this.validate(hookMask);
    nfCtNetnsGet(net);
  }
  destroy(): void {
    nfCtNetnsPut(this.net);
  }
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const ct = nfCtGet(pkt.skb);
    if (!ct) {
      regs.code = NF_ACCEPT;
      return;
    }
    regs.code = nfNatSetupInfo(ct, this.regs.load(regs), this.m.type === NFT_NAT_SNAT ? NF_NAT_MANIP_SRC : NF_NAT_MANIP_DST);
  }
  validate(hookMask: number): void {
    try {
      xtCheckHooks(this.m.type === NFT_NAT_SNAT ? SNAT_HOOKS : DNAT_HOOKS, hookMask);
    } catch {
      throw new KError('EOPNOTSUPP');
    }
  }
  dump(): NftExprMsg {
    return this.m;
  }
}

/** nft_masq_eval() / nft_redir_eval(); their init starts conntrack (nf_ct_netns_get()), their destroy lets it go. */
export class NftMasqRedir implements NftExpr {
  private readonly regs: RangeRegs;
  constructor(private readonly m: Extract<NftExprMsg, { name: 'masq' | 'redir' }>, c: NftChain, hookMask: number, private readonly net: Net) {
    natChainOnly(c);
    this.regs = new RangeRegs(m);
    this.validate(hookMask);
    nfCtNetnsGet(net);
  }
  destroy(): void {
    nfCtNetnsPut(this.net);
  }
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const r = this.regs.load(regs);
    regs.code = this.m.name === 'masq' ? nfNatMasqueradeIpv4(pkt.skb, r, pkt.state.out) : nfNatRedirectIpv4(pkt.skb, r, pkt.state.hook);
  }
  validate(hookMask: number): void {
    try {
      xtCheckHooks(this.m.name === 'masq' ? 1 << NF_INET_POST_ROUTING : DNAT_HOOKS, hookMask);
    } catch {
      throw new KError('EOPNOTSUPP');
    }
  }
  dump(): NftExprMsg {
    return this.m;
  }
}
