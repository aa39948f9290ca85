/**
 * The nf_tables ct expression: load a connection's state, direction,
 * status, mark, expiration, protocol or tuple fields into a register (an
 * untracked or invalid packet has only a state: the rest breaks the rule),
 * or set its mark; and notrack. Creating a ct expression loads conntrack
 * in the namespace (nf_ct_netns_get), destroying it lets it go.
 * @linux net/netfilter/nft_ct.c nft_ct_get_eval(), nft_ct_set_eval(), nft_notrack_eval()
 */
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import type { NftExpr, NftPktinfo, NftRegs } from './nf_tables.js';
import { nftParseRegister } from './nft_exprs.js';
import { NFT_BREAK, type NftExprMsg } from '../../uapi/linux/netfilter/nf_tables.js';
import { nfCtNetnsGet, nfCtNetnsPut } from './nf_conntrack_proto.js';
import { nfCtGet, nfCtTmplAlloc, type NfConn } from './nf_conntrack_core.js';
import { IP_CT_IS_REPLY, IP_CT_NEW, IP_CT_UNTRACKED, ctinfo2dir } from './nf_conntrack_tuple.js';
import { NF_CT_DEFAULT_ZONE_DIR, NF_CT_ZONE_DIR_ORIG, NF_CT_ZONE_DIR_REPL, nfCtZoneId, nfCtZoneInit } from './nf_conntrack_zones.js';
import type { SkBuff } from '../core/skbuff.js';
import { IPCT_MARK, nfConntrackEventCache } from './nf_conntrack_ecache.js';

/** enum nft_ct_keys */
export const NFT_CT_STATE = 0;
export const NFT_CT_DIRECTION = 1;
export const NFT_CT_STATUS = 2;
export const NFT_CT_MARK = 3;
export const NFT_CT_EXPIRATION = 5;
export const NFT_CT_L3PROTOCOL = 7;
export const NFT_CT_SRC = 8;
export const NFT_CT_DST = 9;
export const NFT_CT_PROTOCOL = 10;
export const NFT_CT_PROTO_SRC = 11;
export const NFT_CT_PROTO_DST = 12;
export const NFT_CT_ZONE = 17;
export const NFT_CT_SRC_IP = 19;
export const NFT_CT_DST_IP = 20;

/** NF_CT_STATE_INVALID_BIT, NF_CT_STATE_UNTRACKED_BIT */
const NF_CT_STATE_INVALID_BIT = 1;
const NF_CT_STATE_UNTRACKED_BIT = 1 << 6;

/** The register length of each key (nft_ct_get_init()). */
const CT_LEN: Readonly<Record<number, number>> = {
  [NFT_CT_STATE]: 4, [NFT_CT_DIRECTION]: 1, [NFT_CT_STATUS]: 4, [NFT_CT_MARK]: 4, [NFT_CT_EXPIRATION]: 4,
  [NFT_CT_L3PROTOCOL]: 1, [NFT_CT_SRC]: 4, [NFT_CT_DST]: 4, [NFT_CT_PROTOCOL]: 1, [NFT_CT_PROTO_SRC]: 2,
  [NFT_CT_PROTO_DST]: 2, [NFT_CT_SRC_IP]: 4, [NFT_CT_DST_IP]: 4, [NFT_CT_ZONE]: 2,
};

/** nft_ct_get_eval() / nft_ct_set_eval() */
export class NftCt implements NftExpr {
  private readonly off: number;
  private readonly set: boolean;
  /** ct zone set: the templates made, by zone id. */
  private readonly templates = new Map<number, NfConn>();
  constructor(
    private readonly m: Extract<NftExprMsg, { name: 'ct' }>,
    private readonly net: Net,
  ) {
    const len = CT_LEN[m.key];
    if (len === undefined) throw new KError('EOPNOTSUPP');
    this.set = m.sreg !== undefined;
    if (this.set && m.key !== NFT_CT_MARK && m.key !== NFT_CT_ZONE) throw new KError('EOPNOTSUPP');
    // Tuple keys need a direction; the others refuse one.
    const tupleKey = m.key === NFT_CT_SRC || m.key === NFT_CT_DST || m.key === NFT_CT_PROTO_SRC || m.key === NFT_CT_PROTO_DST || m.key === NFT_CT_SRC_IP || m.key === NFT_CT_DST_IP;
    if (tupleKey && m.dir === undefined) throw new KError('EINVAL');
    if (m.dir !== undefined && m.dir > 1) throw new KError('EINVAL');
    this.off = nftParseRegister((this.set ? m.sreg : m.dreg) ?? 0, len);
    nfCtNetnsGet(net);
  }

  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const skb = pkt.skb;
    const ct = nfCtGet(skb);
    const v = regs.view;
    const o = this.off;
    if (this.set && this.m.key === NFT_CT_ZONE) return this.setZone(skb, v.getUint16(o, true));
    if (this.set) {
      const mark = v.getUint32(o, true);
      if (ct && ct.mark !== mark) {
        ct.mark = mark;
        nfConntrackEventCache(IPCT_MARK, ct);
      }
      return;
    }
    if (this.m.key === NFT_CT_STATE) {
      const ctinfo = skb.nfctinfo;
      const st = ct ? 1 << ((ctinfo % IP_CT_IS_REPLY) + 1) : ctinfo === IP_CT_UNTRACKED ? NF_CT_STATE_UNTRACKED_BIT : NF_CT_STATE_INVALID_BIT;
      v.setUint32(o, st, true);
      return;
    }
    if (!ct) return void (regs.code = NFT_BREAK);
    const t = ct.tuplehash[this.m.dir === 1 ? 1 : 0].tuple;
    switch (this.m.key) {
      case NFT_CT_DIRECTION: v.setUint32(o, ctinfo2dir(skb.nfctinfo), true); break;
      case NFT_CT_STATUS: v.setUint32(o, ct.status, true); break;
      case NFT_CT_MARK: v.setUint32(o, ct.mark >>> 0, true); break;
      // the zone's id in the direction asked, else its id whatever its directions
      case NFT_CT_ZONE: v.setUint32(o, this.m.dir === undefined ? ct.zone.id : nfCtZoneId(ct.zone, this.m.dir), true); break;
      case NFT_CT_EXPIRATION: v.setUint32(o, Math.max(0, Math.floor((ct.timeout - ct.net.sched.now) / 1e6)), true); break;
      case NFT_CT_L3PROTOCOL: v.setUint32(o, 2, true); break;
      case NFT_CT_PROTOCOL: v.setUint32(o, t.protonum, true); break;
      case NFT_CT_SRC: case NFT_CT_SRC_IP: v.setUint32(o, t.srcIp); break;
      case NFT_CT_DST: case NFT_CT_DST_IP: v.setUint32(o, t.dstIp); break;
      case NFT_CT_PROTO_SRC: v.setUint32(o, 0); v.setUint16(o, t.srcU); break;
      default: v.setUint32(o, 0); v.setUint16(o, t.dstU); break;
    }
  }

  /**
   * nft_ct_set_zone_eval(): a packet not yet tracked takes a template of
   * the zone (of the direction asked, else both). Linux: a per-CPU
   * template refilled per packet; here one per zone id, made once.
   */
  private setZone(skb: SkBuff, id: number): void {
    if (skb.nfct) return;
    let tmpl = this.templates.get(id);
    if (!tmpl) {
      const dir = this.m.dir === undefined ? NF_CT_DEFAULT_ZONE_DIR : this.m.dir ? NF_CT_ZONE_DIR_REPL : NF_CT_ZONE_DIR_ORIG;
      tmpl = nfCtTmplAlloc(this.net, nfCtZoneInit({ id: 0, flags: 0, dir: 0 }, id, dir, 0));
      this.templates.set(id, tmpl);
    }
    skb.nfct = tmpl;
    skb.nfctinfo = IP_CT_NEW;
  }

  dump(): NftExprMsg {
    return this.m;
  }

  destroy(): void {
    nfCtNetnsPut(this.net);
  }
}

/** nft_notrack_eval(): untracked unless it already has a connection (loopback). */
export class NftNotrack implements NftExpr {
  eval(_regs: NftRegs, pkt: NftPktinfo): void {
    const skb = pkt.skb;
    if (skb.nfct || skb.nfctinfo === IP_CT_UNTRACKED) return;
    skb.nfctinfo = IP_CT_UNTRACKED;
  }
  dump(): NftExprMsg {
    return { name: 'notrack' };
  }
}
