/**
 * The nf_tables interpreter: nft_do_chain() runs a base chain's rules over
 * a register file, follows jumps/gotos (a 16-deep stack) and returns the
 * verdict, or the chain's policy (counted in its stats).
 * @linux net/netfilter/nf_tables_core.c nft_do_chain(), net/netfilter/nft_chain_filter.c,
 *   net/ipv4/netfilter/nft_chain_route_ipv4.c, include/net/netfilter/nf_tables_ipv4.h
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NfHookState } from './core.js';
import { NftPktinfo, NftRegs, type NftChain, type NftNet, type NftRule } from './nf_tables.js';
import { trace } from '../core/trace.js';
import { NF_ACCEPT, NF_DROP, NF_INET_LOCAL_OUT, NF_QUEUE, NF_STOLEN, NF_VERDICT_MASK } from '../../uapi/linux/netfilter.js';
import { NFT_BREAK, NFT_CONTINUE, NFT_GOTO, NFT_JUMP, NFT_RETURN } from '../../uapi/linux/netfilter/nf_tables.js';
import { IP_OFFSET, Iph, iphHdrLen } from '../../wire/ipv4.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { ipRouteMeHarder } from './nf_route.js';

/** NFT_JUMP_STACK_SIZE */
const NFT_JUMP_STACK_SIZE = 16;

/** nft_set_pktinfo_ipv4_validate(): the transport offset and protocol, when the header is sane. */
function setPktinfoIpv4(pkt: NftPktinfo, skb: SkBuff): void {
  const b = skb.buf;
  const nh = skb.networkHeader;
  pkt.tprotoSet = false;
  if (nh < 0 || nh + 20 > skb.tail) return;
  const hl = iphHdrLen(b, nh);
  const totLen = getU16(b, nh + Iph.TotLen);
  if (hl < 20 || totLen < hl || nh + totLen > skb.tail) return;
  pkt.thoff = nh + hl;
  pkt.l4proto = b[nh + Iph.Protocol]!;
  pkt.fragoff = getU16(b, nh + Iph.FragOff) & IP_OFFSET;
  pkt.tprotoSet = true;
}

/** Run the rules of `chain` from rule index `i`; returns the index of the rule that decided, or -1 at the end. */
function runRules(rules: readonly NftRule[], i: number, regs: NftRegs, pkt: NftPktinfo): number {
  for (; i < rules.length; i++) {
    regs.code = NFT_CONTINUE;
    const exprs = rules[i]!.exprs;
    for (let k = 0; k < exprs.length; k++) {
      exprs[k]!.eval(regs, pkt);
      if (regs.code !== NFT_CONTINUE) break;
    }
    if (regs.code === NFT_BREAK || regs.code === NFT_CONTINUE) continue;
    return i;
  }
  regs.code = NFT_CONTINUE;
  return -1;
}

/** nft_do_chain(): the verdict of `basechain` for the packet. */
export function nftDoChain(pkt: NftPktinfo, basechain: NftChain, regs: NftRegs): number {
  let chain = basechain;
  let i = 0;
  let sp = 0;
  for (;;) {
    const r = runRules(chain.rules, i, regs, pkt);
    const code = regs.code;
    if (r >= 0) {
      const v = code & NF_VERDICT_MASK;
      if (code >= 0 && (v === NF_ACCEPT || v === NF_QUEUE || v === NF_STOLEN || v === NF_DROP)) return code;
      if (code === NFT_JUMP || code === NFT_GOTO) {
        if (code === NFT_JUMP) {
          if (sp >= NFT_JUMP_STACK_SIZE) return NF_DROP;
          regs.jumpChain[sp] = chain;
          regs.jumpRule[sp] = r + 1;
          sp++;
        }
        chain = regs.chain!;
        i = 0;
        continue;
      }
      // NFT_RETURN: back to the caller.
      if (code !== NFT_RETURN) return NF_DROP;
    }
    if (sp > 0) {
      sp--;
      chain = regs.jumpChain[sp]!;
      i = regs.jumpRule[sp]!;
      continue;
    }
    // nft_update_chain_stats(): the policy applies.
    if (basechain.stats) {
      basechain.packets++;
      basechain.bytes += pkt.skb.len;
    }
    return basechain.policy;
  }
}

function pernetFrame(nft: NftNet): { regs: NftRegs; pkt: NftPktinfo } {
  const d = nft.depth;
  let regs = nft.regs[d];
  let pkt = nft.pkts[d];
  if (!regs || !pkt) {
    regs = new NftRegs();
    pkt = new NftPktinfo();
    nft.regs[d] = regs;
    nft.pkts[d] = pkt;
  }
  return { regs, pkt };
}

/** nft_do_chain_ipv4() / nft_do_chain_inet(): the hook function of a filter or nat base chain. */
export function nftDoChainIpv4(priv: unknown, skb: SkBuff, state: NfHookState): number {
  const chain = priv as NftChain;
  const nft = state.net.nf.nft as NftNet;
  const regs = nft.regs[nft.depth] ?? pernetFrame(nft).regs;
  const pkt = nft.pkts[nft.depth]!;
  pkt.skb = skb;
  pkt.state = state;
  setPktinfoIpv4(pkt, skb);
  nft.depth++;
  try {
    const v = nftDoChain(pkt, chain, regs);
    if (state.net.world.tracer.sink) trace(state.net, skb, `nft_do_chain ${chain.table.name} ${chain.name}: ${verdictName(v)}`, state.in ?? state.out);
    return v;
  } finally {
    nft.depth--;
  }
}

/**
 * nf_route_table_hook4(): a "route" chain at LOCAL_OUT; when it changed
 * what routing looks at (mark, addresses, tos), reroute (ip_route_me_harder).
 */
export function nftDoChainRoute(priv: unknown, skb: SkBuff, state: NfHookState): number {
  if (state.hook !== NF_INET_LOCAL_OUT) return nftDoChainIpv4(priv, skb, state);
  const b = skb.buf;
  const nh = skb.networkHeader;
  const saddr = getU32(b, nh + Iph.Saddr);
  const daddr = getU32(b, nh + Iph.Daddr);
  const mark = skb.mark;
  const tos = b[nh + Iph.Tos]!;
  const ret = nftDoChainIpv4(priv, skb, state);
  if (ret !== NF_DROP && ret !== NF_STOLEN) {
    if (getU32(b, nh + Iph.Saddr) !== saddr || getU32(b, nh + Iph.Daddr) !== daddr || skb.mark !== mark || b[nh + Iph.Tos] !== tos) {
      if (ipRouteMeHarder(state.net, skb) < 0) return NF_DROP;
    }
  }
  return ret;
}

export function verdictName(v: number): string {
  switch (v) {
    case NF_ACCEPT: return 'accept';
    case NF_DROP: return 'drop';
    case NF_STOLEN: return 'stolen';
    case NF_QUEUE: return 'queue';
    default: return String(v);
  }
}
