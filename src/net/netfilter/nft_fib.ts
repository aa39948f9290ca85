/**
 * The fib expression (`fib saddr . iif oif missing drop`, nftables' reverse
 * path filter): a FIB lookup for the packet's source or destination that
 * stores the device it leaves by (its ifindex or name, or only whether there
 * is one), or the address type (inet_dev_addr_type()).
 * @linux net/netfilter/nft_fib.c, net/ipv4/netfilter/nft_fib_ipv4.c nft_fib4_eval(), nft_fib4_eval_type()
 */
import { KError } from '../core/errno.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_LOOPBACK } from '../core/netdevice.js';
import { PACKET_LOOPBACK } from '../core/skbuff.js';
import { FIB_LOOKUP_IGNORE_LINKSTATE } from '../core/fib_rules.js';
import { fibLookup, newFlowi4, type Flowi4 } from '../ipv4/fib_rules.js';
import { RTN_LOCAL, RT_SCOPE_UNIVERSE } from '../ipv4/fib_types.js';
import { getU32 } from '../../wire/bytes.js';
import { Iph, ipv4IsLbcast, ipv4IsLocalMulticast, ipv4IsMulticast, ipv4IsZeronet } from '../../wire/ipv4.js';
import type { NftExpr, NftPktinfo, NftRegs } from './nf_tables.js';
import { nftParseRegister, storeIfname } from './nft_exprs.js';
import {
  NFT_BREAK, NFT_FIB_RESULT_ADDRTYPE, NFT_FIB_RESULT_OIF, NFT_FIB_RESULT_OIFNAME, NFTA_FIB_F_DADDR, NFTA_FIB_F_IIF,
  NFTA_FIB_F_MARK, NFTA_FIB_F_OIF, NFTA_FIB_F_PRESENT, NFTA_FIB_F_SADDR, type NftExprMsg,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { NF_INET_FORWARD, NF_INET_LOCAL_IN, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';

const NFTA_FIB_F_ALL = NFTA_FIB_F_SADDR | NFTA_FIB_F_DADDR | NFTA_FIB_F_MARK | NFTA_FIB_F_IIF | NFTA_FIB_F_OIF | NFTA_FIB_F_PRESENT;
const IFNAMSIZ = 16;
/** include/net/tcp_states.h (a request socket is TCP_SYN_RECV in tuxnet, as early demux sees it) */
const TCP_SYN_RECV = 3;
const TCP_TIME_WAIT = 6;
/** nft_fib4_eval()'s DSCP_BITS */
const DSCP_BITS = 0xfc;

/** get_saddr(): no route lookup from a multicast, limited-broadcast or zero-net source. */
function getSaddr(addr: number): number {
  return ipv4IsMulticast(addr) || ipv4IsLbcast(addr) || ipv4IsZeronet(addr) ? 0 : addr;
}

/** nft_fib_is_loopback() */
function isLoopback(pkt: NftPktinfo, dev: NetDevice | null): boolean {
  return pkt.skb.pktType === PACKET_LOOPBACK || (dev !== null && (dev.flags & IFF_LOOPBACK) !== 0);
}

/**
 * nft_fib_can_skip(): in prerouting and input, a packet whose full socket
 * (early demux) last received on this device, or else a loopback packet,
 * is taken as coming the right way: the in device is the result, no lookup.
 * (tuxnet keeps sk_rx_dst_ifindex for TCP only; a UDP socket's packet goes
 * on to the loopback test.)
 * @linux include/net/netfilter/nft_fib.h nft_fib_can_skip()
 */
function canSkip(pkt: NftPktinfo): boolean {
  const st = pkt.state;
  if (st.hook !== NF_INET_PRE_ROUTING && st.hook !== NF_INET_LOCAL_IN) return false;
  const sk = pkt.skb.sk as (object & { rxDstIfindex?: number; skState?: number }) | null;
  // sk_fullsock(): not a TIME_WAIT or request socket.
  if (sk && typeof sk.rxDstIfindex === 'number' && sk.skState !== TCP_TIME_WAIT && sk.skState !== TCP_SYN_RECV) {
    return sk.rxDstIfindex === st.in?.ifindex;
  }
  return isLoopback(pkt, st.in);
}

export class NftFib implements NftExpr {
  private readonly off: number;
  /** The lookup's flow, reset for each packet (no allocation on the packet path). */
  private readonly fl4: Flowi4 = newFlowi4();

  /** nft_fib_init(): the flags and result the kernel accepts, the register they fill. */
  constructor(private readonly m: Extract<NftExprMsg, { name: 'fib' }>) {
    const f = m.flags;
    if (f === 0 || f & ~NFTA_FIB_F_ALL) throw new KError('EINVAL');
    if ((f & (NFTA_FIB_F_SADDR | NFTA_FIB_F_DADDR)) === (NFTA_FIB_F_SADDR | NFTA_FIB_F_DADDR)) throw new KError('EINVAL');
    if ((f & (NFTA_FIB_F_IIF | NFTA_FIB_F_OIF)) === (NFTA_FIB_F_IIF | NFTA_FIB_F_OIF)) throw new KError('EINVAL');
    if ((f & (NFTA_FIB_F_SADDR | NFTA_FIB_F_DADDR)) === 0) throw new KError('EINVAL');
    // Linux 6.18 takes "exists"/"missing" (NFTA_FIB_F_PRESENT) only for an oif result: EINVAL for oifname and type.
    if (f & NFTA_FIB_F_PRESENT && m.result !== NFT_FIB_RESULT_OIF) throw new KError('EINVAL');
    let len: number;
    switch (m.result) {
      case NFT_FIB_RESULT_OIF:
        if (f & NFTA_FIB_F_OIF) throw new KError('EINVAL');
        len = 4;
        break;
      case NFT_FIB_RESULT_OIFNAME:
        if (f & NFTA_FIB_F_OIF) throw new KError('EINVAL');
        len = IFNAMSIZ;
        break;
      case NFT_FIB_RESULT_ADDRTYPE:
        len = 4;
        break;
      default:
        // nft_fib4_select_ops(): an unknown result
        throw new KError('EOPNOTSUPP');
    }
    this.off = nftParseRegister(m.dreg, len);
  }

  /** nft_fib_validate(): the hooks each result may run at (nft_chain_validate_hooks(): EOPNOTSUPP). */
  validate(hookMask: number): void {
    const f = this.m.flags;
    let hooks: number;
    if (this.m.result === NFT_FIB_RESULT_ADDRTYPE) {
      if (f & NFTA_FIB_F_IIF) hooks = (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_IN) | (1 << NF_INET_FORWARD);
      else if (f & NFTA_FIB_F_OIF) hooks = (1 << NF_INET_LOCAL_OUT) | (1 << NF_INET_POST_ROUTING) | (1 << NF_INET_FORWARD);
      else hooks = 0x1f;
    } else {
      // Linux 6.18: prerouting, input and forward, with or without iif.
      hooks = (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_IN) | (1 << NF_INET_FORWARD);
    }
    if (hookMask & ~hooks) throw new KError('EOPNOTSUPP');
  }

  eval(regs: NftRegs, pkt: NftPktinfo): void {
    if (this.m.result === NFT_FIB_RESULT_ADDRTYPE) this.evalType(regs, pkt);
    else this.evalOif(regs, pkt);
  }

  /** nft_fib4_eval_type(): inet_dev_addr_type() of the address, for the in or out device if one is named. */
  private evalType(regs: NftRegs, pkt: NftPktinfo): void {
    const st = pkt.state;
    const f = this.m.flags;
    const dev = f & NFTA_FIB_F_IIF ? st.in : f & NFTA_FIB_F_OIF ? st.out : null;
    const skb = pkt.skb;
    const nh = skb.networkHeader;
    if (nh < 0 || nh + 20 > skb.tail) return void (regs.code = NFT_BREAK);
    const addr = getU32(skb.buf, nh + (f & NFTA_FIB_F_DADDR ? Iph.Daddr : Iph.Saddr));
    const fib = st.net.ipv4.fib;
    regs.view.setUint32(this.off, dev ? fib.addrTypeDev(addr, dev) : fib.addrTypeDevTable(addr), true);
  }

  /** nft_fib4_eval(): the device the route for the address leaves by (for iif/oif: that device, if the route uses it). */
  private evalOif(regs: NftRegs, pkt: NftPktinfo): void {
    const st = pkt.state;
    const f = this.m.flags;
    const skb = pkt.skb;
    const oif = f & NFTA_FIB_F_OIF ? st.out : f & NFTA_FIB_F_IIF ? st.in : null;
    if (canSkip(pkt)) return this.store(regs, st.in);
    const nh = skb.networkHeader;
    if (nh < 0 || nh + 20 > skb.tail) return void (regs.code = NFT_BREAK);
    const b = skb.buf;
    const saddr = getU32(b, nh + Iph.Saddr);
    const daddr = getU32(b, nh + Iph.Daddr);
    if (ipv4IsZeronet(saddr) && (ipv4IsLbcast(daddr) || ipv4IsLocalMulticast(daddr))) return this.store(regs, skb.dev);
    const fl4 = this.fl4;
    // flowi4_oif: the L3 master of the device (tuxnet has no VRF: none).
    fl4.oif = 0;
    fl4.iif = 1;
    fl4.scope = RT_SCOPE_UNIVERSE;
    fl4.mark = f & NFTA_FIB_F_MARK ? skb.mark : 0;
    fl4.tos = b[nh + Iph.Tos]! & DSCP_BITS;
    fl4.proto = 0;
    fl4.sport = 0;
    fl4.dport = 0;
    fl4.uid = 0;
    if (f & NFTA_FIB_F_DADDR) {
      fl4.daddr = daddr;
      fl4.saddr = getSaddr(saddr);
    } else {
      if (st.hook === NF_INET_FORWARD && f & NFTA_FIB_F_IIF) fl4.iif = st.out!.ifindex;
      fl4.daddr = saddr;
      fl4.saddr = getSaddr(daddr);
    }
    regs.view.setUint32(this.off, 0);
    const found = fibLookup(st.net, fl4, FIB_LOOKUP_IGNORE_LINKSTATE);
    if ('err' in found) return;
    const res = found.res;
    // "Should not see RTN_LOCAL here"
    if (res.type === RTN_LOCAL) return;
    if (!oif) return this.store(regs, res.nh.dev);
    // fib_info_nh_uses_dev()
    if (!res.fi.nhs.some((n) => n.dev === oif)) return;
    this.store(regs, oif);
  }

  /** nft_fib_store_result() */
  private store(regs: NftRegs, dev: NetDevice | null): void {
    const o = this.off;
    if (this.m.result === NFT_FIB_RESULT_OIF) {
      const index = dev ? dev.ifindex : 0;
      if (this.m.flags & NFTA_FIB_F_PRESENT) regs.view.setUint32(o, index ? 1 : 0, true);
      else regs.view.setUint32(o, index, true);
      return;
    }
    if (this.m.flags & NFTA_FIB_F_PRESENT) return void regs.view.setUint32(o, dev ? 1 : 0, true);
    storeIfname(regs, o, dev ? dev.name : '');
  }

  dump(): NftExprMsg {
    return this.m;
  }
}
