/**
 * The core expressions: payload, meta, cmp, bitwise, range, immediate,
 * counter, limit. Each parses its attributes (init: the kernel's errno on
 * bad ones), evaluates on the register file, dumps itself back.
 * @linux net/netfilter/nft_payload.c nft_meta.c nft_cmp.c nft_bitwise.c nft_range.c nft_immediate.c nft_counter.c nft_limit.c
 */
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import type { NftChain, NftExpr, NftPktinfo, NftRegs } from './nf_tables.js';
import {
  NFT_BREAK, NFT_CMP_EQ, NFT_CMP_GT, NFT_CMP_GTE, NFT_CMP_LT, NFT_CMP_LTE, NFT_CMP_NEQ, NFT_GOTO, NFT_JUMP,
  NFT_LIMIT_F_INV, NFT_LIMIT_PKTS, NFT_META_IIF, NFT_META_IIFNAME, NFT_META_IIFTYPE, NFT_META_L4PROTO, NFT_META_LEN,
  NFT_META_MARK, NFT_META_NFPROTO, NFT_META_OIF, NFT_META_OIFNAME, NFT_META_OIFTYPE, NFT_META_PKTTYPE,
  NFT_META_PRIORITY, NFT_META_PROTOCOL, NFT_PAYLOAD_LL_HEADER, NFT_PAYLOAD_NETWORK_HEADER, NFT_PAYLOAD_TRANSPORT_HEADER,
  NFT_RANGE_EQ, NFT_RANGE_NEQ, NFT_REG_4, NFT_REG32_00, NFT_REG32_15, NFT_RETURN, NFT_CONTINUE, type NftExprMsg,
  type NftVerdict,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { NF_ACCEPT, NF_DROP, NF_QUEUE } from '../../uapi/linux/netfilter.js';

/** NFT_REG_SIZE (16) areas, then the 32-bit registers: the byte offset of a register. */
export function nftParseRegister(reg: number, len: number): number {
  let off: number;
  if (reg >= 1 && reg <= NFT_REG_4) off = reg * 16;
  else if (reg >= NFT_REG32_00 && reg <= NFT_REG32_15) off = 16 + (reg - NFT_REG32_00) * 4;
  else throw new KError('ERANGE');
  // nft_validate_register_load/store(): some data (EINVAL), that fits the register file (ERANGE).
  if (len === 0) throw new KError('EINVAL');
  if (off + len > 80) throw new KError('ERANGE');
  return off;
}

/** memcmp() of the register bytes with `d`. */
function regCmp(r: Uint8Array, off: number, d: Uint8Array): number {
  for (let i = 0; i < d.length; i++) {
    const x = r[off + i]! - d[i]!;
    if (x !== 0) return x;
  }
  return 0;
}

/** nft_payload_eval(): copy `len` bytes at base + offset into the register; out of the packet → NFT_BREAK. */
class NftPayload implements NftExpr {
  private readonly off: number;
  constructor(private readonly m: Extract<NftExprMsg, { name: 'payload' }>) {
    if (m.base > NFT_PAYLOAD_TRANSPORT_HEADER) throw new KError('EOPNOTSUPP');
    this.off = nftParseRegister(m.dreg, m.len);
  }
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const skb = pkt.skb;
    let o: number;
    if (this.m.base === NFT_PAYLOAD_LL_HEADER) {
      if (skb.macHeader < 0) return void (regs.code = NFT_BREAK);
      o = skb.macHeader;
    } else if (this.m.base === NFT_PAYLOAD_NETWORK_HEADER) o = skb.networkHeader;
    else {
      if (!pkt.tprotoSet || pkt.fragoff) return void (regs.code = NFT_BREAK);
      o = pkt.thoff;
    }
    o += this.m.offset;
    const len = this.m.len;
    if (o < 0 || o + len > skb.tail) return void (regs.code = NFT_BREAK);
    // The last 32-bit word is zeroed first (NFT_REG32 padding), as nft_payload_eval() does.
    regs.view.setUint32(this.off + ((len - 1) & ~3), 0);
    regs.data.set(skb.buf.subarray(o, o + len), this.off);
  }
  dump(): NftExprMsg {
    return this.m;
  }
}

const META_LEN: Readonly<Record<number, number>> = {
  [NFT_META_LEN]: 4, [NFT_META_PROTOCOL]: 2, [NFT_META_PRIORITY]: 4, [NFT_META_MARK]: 4, [NFT_META_IIF]: 4,
  [NFT_META_OIF]: 4, [NFT_META_IIFNAME]: 16, [NFT_META_OIFNAME]: 16, [NFT_META_IIFTYPE]: 2, [NFT_META_OIFTYPE]: 2,
  [NFT_META_NFPROTO]: 1, [NFT_META_L4PROTO]: 1, [NFT_META_PKTTYPE]: 1,
};

/** Store a device name as IFNAMSIZ bytes, zero padded. */
export function storeIfname(regs: NftRegs, off: number, name: string): void {
  for (let i = 0; i < 16; i++) regs.data[off + i] = i < name.length ? name.charCodeAt(i) & 0xff : 0;
}

/** nft_meta_get_eval() / nft_meta_set_eval(); values in host order (little endian) as the kernel stores them. */
class NftMeta implements NftExpr {
  private readonly off: number;
  private readonly set: boolean;
  constructor(private readonly m: Extract<NftExprMsg, { name: 'meta' }>) {
    const len = META_LEN[m.key];
    if (len === undefined) throw new KError('EOPNOTSUPP');
    this.set = m.sreg !== undefined;
    if (this.set && m.key !== NFT_META_MARK && m.key !== NFT_META_PRIORITY) throw new KError('EOPNOTSUPP');
    this.off = nftParseRegister((this.set ? m.sreg : m.dreg) ?? 0, len);
  }
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const skb = pkt.skb;
    const v = regs.view;
    const o = this.off;
    if (this.set) {
      const x = v.getUint32(o, true);
      if (this.m.key === NFT_META_MARK) skb.mark = x;
      else skb.priority = x;
      return;
    }
    const st = pkt.state;
    switch (this.m.key) {
      case NFT_META_LEN: v.setUint32(o, skb.len, true); break;
      case NFT_META_PROTOCOL: v.setUint32(o, 0); v.setUint16(o, skb.protocol); break;
      case NFT_META_PRIORITY: v.setUint32(o, skb.priority, true); break;
      case NFT_META_MARK: v.setUint32(o, skb.mark >>> 0, true); break;
      case NFT_META_IIF: if (!st.in) return void (regs.code = NFT_BREAK); v.setUint32(o, st.in.ifindex, true); break;
      case NFT_META_OIF: if (!st.out) return void (regs.code = NFT_BREAK); v.setUint32(o, st.out.ifindex, true); break;
      case NFT_META_IIFNAME: storeIfname(regs, o, st.in ? st.in.name : ''); break;
      case NFT_META_OIFNAME: storeIfname(regs, o, st.out ? st.out.name : ''); break;
      case NFT_META_IIFTYPE: if (!st.in) return void (regs.code = NFT_BREAK); v.setUint32(o, st.in.type, true); break;
      case NFT_META_OIFTYPE: if (!st.out) return void (regs.code = NFT_BREAK); v.setUint32(o, st.out.type, true); break;
      case NFT_META_NFPROTO: v.setUint32(o, st.pf, true); break;
      case NFT_META_L4PROTO: if (!pkt.tprotoSet) return void (regs.code = NFT_BREAK); v.setUint32(o, pkt.l4proto, true); break;
      case NFT_META_PKTTYPE: v.setUint32(o, skb.pktType, true); break;
    }
  }
  dump(): NftExprMsg {
    return this.m;
  }
}

/** nft_cmp_eval(): compare the register with the data; a mismatch ends the rule (NFT_BREAK). */
class NftCmp implements NftExpr {
  private readonly off: number;
  constructor(private readonly m: Extract<NftExprMsg, { name: 'cmp' }>) {
    if (m.op > NFT_CMP_GTE) throw new KError('EINVAL');
    this.off = nftParseRegister(m.sreg, m.data.length);
  }
  eval(regs: NftRegs): void {
    const d = regCmp(regs.data, this.off, this.m.data);
    let ok: boolean;
    switch (this.m.op) {
      case NFT_CMP_EQ: ok = d === 0; break;
      case NFT_CMP_NEQ: ok = d !== 0; break;
      case NFT_CMP_LT: ok = d < 0; break;
      case NFT_CMP_LTE: ok = d <= 0; break;
      case NFT_CMP_GT: ok = d > 0; break;
      default: ok = d >= 0;
    }
    if (!ok) regs.code = NFT_BREAK;
  }
  dump(): NftExprMsg {
    return this.m;
  }
}

/** nft_bitwise_eval_bool(): dreg = (sreg & mask) ^ xor. */
class NftBitwise implements NftExpr {
  private readonly s: number;
  private readonly d: number;
  constructor(private readonly m: Extract<NftExprMsg, { name: 'bitwise' }>) {
    if (m.mask.length !== m.len || m.xor.length !== m.len) throw new KError('EINVAL');
    this.s = nftParseRegister(m.sreg, m.len);
    this.d = nftParseRegister(m.dreg, m.len);
  }
  eval(regs: NftRegs): void {
    const r = regs.data;
    const { mask, xor } = this.m;
    for (let i = 0; i < mask.length; i++) r[this.d + i] = (r[this.s + i]! & mask[i]!) ^ xor[i]!;
  }
  dump(): NftExprMsg {
    return this.m;
  }
}

/** nft_range_eval(): from <= reg <= to (or its negation). */
class NftRange implements NftExpr {
  private readonly off: number;
  constructor(private readonly m: Extract<NftExprMsg, { name: 'range' }>) {
    if (m.from.length !== m.to.length || (m.op !== NFT_RANGE_EQ && m.op !== NFT_RANGE_NEQ)) throw new KError('EINVAL');
    this.off = nftParseRegister(m.sreg, m.from.length);
  }
  eval(regs: NftRegs): void {
    const inside = regCmp(regs.data, this.off, this.m.from) >= 0 && regCmp(regs.data, this.off, this.m.to) <= 0;
    if (inside !== (this.m.op === NFT_RANGE_EQ)) regs.code = NFT_BREAK;
  }
  dump(): NftExprMsg {
    return this.m;
  }
}

/** nft_immediate_eval(): load data or set the verdict (a jump/goto names its chain). */
class NftImmediate implements NftExpr {
  private readonly off: number;
  constructor(
    private readonly m: Extract<NftExprMsg, { name: 'immediate' }>,
    private readonly target: NftChain | null,
  ) {
    this.off = m.verdict ? 0 : nftParseRegister(m.dreg, m.data?.length ?? 0);
    if (target) target.use++;
  }
  eval(regs: NftRegs): void {
    const v = this.m.verdict;
    if (v) {
      regs.code = v.code;
      regs.chain = this.target;
    } else regs.data.set(this.m.data!, this.off);
  }
  dump(): NftExprMsg {
    // The chain is held by reference: a renamed chain dumps under its new name.
    if (this.target && this.m.verdict) return { ...this.m, verdict: { code: this.m.verdict.code, chain: this.target.name } };
    return this.m;
  }
  destroy(): void {
    if (this.target) this.target.use--;
  }
}

/** nft_counter_eval(): packets and bytes of the rule. */
class NftCounter implements NftExpr {
  packets: number;
  bytes: number;
  constructor(m: Extract<NftExprMsg, { name: 'counter' }>) {
    this.packets = Number(m.packets ?? 0n);
    this.bytes = Number(m.bytes ?? 0n);
  }
  eval(_regs: NftRegs, pkt: NftPktinfo): void {
    this.packets++;
    this.bytes += pkt.skb.len;
  }
  dump(): NftExprMsg {
    return { name: 'counter', packets: BigInt(this.packets), bytes: BigInt(this.bytes) };
  }
  reset(): void {
    this.packets = 0;
    this.bytes = 0;
  }
}

/** nft_limit_eval(): a token bucket on the lab clock (ns); cost per packet or per byte. */
class NftLimit implements NftExpr {
  private tokens: number;
  private last: number;
  private readonly tokensMax: number;
  private readonly nsecs: number;
  private readonly burst: number;
  constructor(
    private readonly m: Extract<NftExprMsg, { name: 'limit' }>,
    private readonly net: Net,
  ) {
    if (m.rate === 0n || m.unit === 0n) throw new KError('EINVAL');
    this.nsecs = Number(m.unit) * 1e9;
    this.burst = m.type === NFT_LIMIT_PKTS && m.burst === 0 ? 5 : m.burst;
    const rate = Number(m.rate);
    this.tokensMax = m.type === NFT_LIMIT_PKTS ? Math.floor(this.nsecs / rate) * this.burst : Math.floor((this.nsecs * (rate + this.burst)) / rate);
    this.tokens = this.tokensMax;
    this.last = net.sched.now;
  }
  eval(regs: NftRegs, pkt: NftPktinfo): void {
    const cost = this.m.type === NFT_LIMIT_PKTS ? Math.floor(this.nsecs / Number(this.m.rate)) : Math.floor((this.nsecs * pkt.skb.len) / Number(this.m.rate));
    const now = this.net.sched.now;
    let tokens = this.tokens + now - this.last;
    if (tokens > this.tokensMax) tokens = this.tokensMax;
    this.last = now;
    const delta = tokens - cost;
    const inv = (this.m.flags & NFT_LIMIT_F_INV) !== 0;
    let over: boolean;
    if (delta >= 0) {
      this.tokens = delta;
      over = false;
    } else {
      this.tokens = tokens;
      over = true;
    }
    if (over !== inv) regs.code = NFT_BREAK;
  }
  dump(): NftExprMsg {
    return { ...this.m, burst: this.burst };
  }
}

/** nft_verdict_init(): the codes a rule may set. */
export function nftVerdictCheck(v: NftVerdict): void {
  const c = v.code;
  if (c === NF_ACCEPT || c === NF_DROP || c === NF_QUEUE || c === NFT_CONTINUE || c === NFT_RETURN || c === NFT_BREAK) return;
  if ((c === NFT_JUMP || c === NFT_GOTO) && v.chain) return;
  throw new KError('EINVAL');
}

export { NftPayload, NftMeta, NftCmp, NftBitwise, NftRange, NftImmediate, NftCounter, NftLimit };
