/**
 * IPv4 options on output: writing a socket's compiled options into a
 * header it originates (ip_options_build), and the options of an answer
 * (an echo reply, an ICMP error) built from those of the packet answered
 * (__ip_options_echo): record route and timestamp copied with a slot for
 * this host, a source route reversed (RFC 1812 5.2.4.1).
 * @linux net/ipv4/ip_options.c ip_options_build(), __ip_options_echo()
 */
import type { IpOptions, SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { IPOPT_END, IPV4_MIN_HLEN, IPVERSION, Iph } from '../../wire/ipv4.js';
import { getU32, putU32 } from '../../wire/bytes.js';
import { RTN_UNICAST } from './fib_types.js';
import type { Rtable } from './route.js';
import { type IpHdrSpec, ipPushHeader } from './ip_output.js';
import { inetCurrentTimestamp } from './icmp.js';
import { IPOPT_TS_PRESPEC, inetAddrType, ipOptionsClear } from './ip_options.js';
import { ipRtGetSource } from './ip_options_route.js';

/** A copy of a struct ip_options (the memcpy into IPCB(skb)->opt), sharing no bytes. */
export function ipOptionsCopy(opt: IpOptions): IpOptions {
  return { ...opt, data: opt.data.slice() };
}

/**
 * ip_options_build(): the options follow the 20-byte header at the
 * network header (whose IHL the caller set); the final destination closes
 * a source route, the source address fills the record-route and timestamp
 * slots compiling reserved, with the time. The skb keeps a copy as IPCB.
 */
export function ipOptionsBuild(skb: SkBuff, opt: IpOptions, daddr: number, rt: Rtable): void {
  const b = skb.buf;
  const iph = skb.networkHeader;
  b.set(opt.data.subarray(0, opt.optlen), iph + IPV4_MIN_HLEN);
  const o = ipOptionsCopy(opt);
  skb.ipOpt = o;
  if (o.srr) putU32(b, iph + o.srr + b[iph + o.srr + 1]! - 4, daddr);
  if (o.rrNeedaddr) putU32(b, iph + o.rr + b[iph + o.rr + 2]! - 5, ipRtGetSource(skb, rt));
  if (o.tsNeedaddr) putU32(b, iph + o.ts + b[iph + o.ts + 2]! - 9, ipRtGetSource(skb, rt));
  if (o.tsNeedtime) putU32(b, iph + o.ts + b[iph + o.ts + 2]! - 5, inetCurrentTimestamp(rt.dev.net));
}

/**
 * __ip_make_skb() with options: the header is 20 bytes plus the options
 * (iph->ihl += optlen >> 2), then ip_options_build() with the final
 * destination `daddr` (cork->addr; the header's daddr is a source route's
 * first hop). The skb needs the headroom (ipAllocSkb's optlen).
 */
export function ipPushHeaderOpts(net: Net, skb: SkBuff, h: IpHdrSpec, opt: IpOptions, daddr: number, rt: Rtable): void {
  skb.push(opt.optlen);
  ipPushHeader(net, skb, h);
  const o = skb.networkHeader;
  skb.buf[o + Iph.VerIhl] = (IPVERSION << 4) | ((IPV4_MIN_HLEN + opt.optlen) >> 2);
  skb.transportHeader = o + IPV4_MIN_HLEN + opt.optlen;
  ipOptionsBuild(skb, opt, daddr, rt);
}

/**
 * __ip_options_echo(): the options of an answer to `skb` into `dopt`
 * (cleared first): false when the received options leave no room
 * (-EINVAL, no answer). `sopt` is the packet's compiled options.
 */
export function ipOptionsEcho(net: Net, dopt: IpOptions, skb: SkBuff, sopt: IpOptions | null): boolean {
  ipOptionsClear(dopt);
  if (!sopt || sopt.optlen === 0) return true;
  const s = skb.buf;
  const nh = skb.networkHeader;
  const d = dopt.data;
  if (sopt.rr && !echoRr(dopt, s, nh + sopt.rr, sopt.rrNeedaddr)) return false;
  if (sopt.ts && !echoTs(net, dopt, s, nh + sopt.ts, sopt)) return false;
  if (sopt.srr) echoSrr(dopt, s, nh + sopt.srr, getU32(s, nh + Iph.Saddr), sopt.isStrictroute);
  if (sopt.cipso) {
    const optlen = s[nh + sopt.cipso + 1]!;
    dopt.cipso = dopt.optlen + IPV4_MIN_HLEN;
    d.set(s.subarray(nh + sopt.cipso, nh + sopt.cipso + optlen), dopt.optlen);
    dopt.optlen += optlen;
  }
  while (dopt.optlen & 3) d[dopt.optlen++] = IPOPT_END;
  return true;
}

/** The record route copied, a slot taken for this host when one is left. */
function echoRr(dopt: IpOptions, s: Uint8Array, sp: number, needaddr: boolean): boolean {
  const optlen = s[sp + 1]!;
  const soffset = s[sp + 2]!;
  const dp = dopt.optlen;
  dopt.rr = dp + IPV4_MIN_HLEN;
  dopt.data.set(s.subarray(sp, sp + optlen), dp);
  if (needaddr && soffset <= optlen) {
    if (soffset + 3 > optlen) return false;
    dopt.data[dp + 2] = soffset + 4;
    dopt.rrNeedaddr = true;
  }
  dopt.optlen += optlen;
  return true;
}

/** The timestamp copied, a slot (address and/or time) taken when the request took one. */
function echoTs(net: Net, dopt: IpOptions, s: Uint8Array, sp: number, sopt: IpOptions): boolean {
  const optlen = s[sp + 1]!;
  let soffset = s[sp + 2]!;
  const dp = dopt.optlen;
  const d = dopt.data;
  dopt.ts = dp + IPV4_MIN_HLEN;
  d.set(s.subarray(sp, sp + optlen), dp);
  if (soffset <= optlen) {
    if (sopt.tsNeedaddr) {
      if (soffset + 3 > optlen) return false;
      dopt.tsNeedaddr = true;
      soffset += 4;
    }
    if (sopt.tsNeedtime) {
      if (soffset + 3 > optlen) return false;
      if ((d[dp + 3]! & 0xf) !== IPOPT_TS_PRESPEC) {
        dopt.tsNeedtime = true;
        soffset += 4;
      } else if (soffset + 7 <= optlen && inetAddrType(net, getU32(d, dp + soffset - 1)) !== RTN_UNICAST) {
        dopt.tsNeedtime = true;
        soffset += 8;
      }
    }
    d[dp + 2] = soffset;
  }
  dopt.optlen += optlen;
  return true;
}

/**
 * The source route reversed: the hops recorded so far, last first; the
 * last of them becomes the first hop (faddr). "RFC1812 requires to fix
 * illegal source routes": a route whose first entry is the sender itself
 * drops it.
 */
function echoSrr(dopt: IpOptions, s: Uint8Array, start: number, saddr: number, strict: boolean): void {
  const optlen = s[start + 1]!;
  let soffset = s[start + 2]!;
  let doffset = 0;
  const dp = dopt.optlen;
  const d = dopt.data;
  let faddr = 0;
  if (soffset > optlen) soffset = optlen + 1;
  soffset -= 4;
  if (soffset > 3) {
    faddr = getU32(s, start + soffset - 1);
    for (soffset -= 4, doffset = 4; soffset > 3; soffset -= 4, doffset += 4) putU32(d, dp + doffset - 1, getU32(s, start + soffset - 1));
    if (getU32(s, start + soffset + 3) === saddr) doffset -= 4;
  }
  if (doffset > 3) {
    dopt.faddr = faddr;
    d[dp] = s[start]!;
    d[dp + 1] = doffset + 3;
    d[dp + 2] = 4;
    dopt.srr = dp + IPV4_MIN_HLEN;
    dopt.optlen += doffset + 3;
    dopt.isStrictroute = strict;
  }
}

/** ip_options_fragment()'s IPCB part: later fragments record nothing. */
export function ipOptionsFragmentCb(opt: IpOptions | null): void {
  if (!opt) return;
  opt.ts = opt.rr = 0;
  opt.rrNeedaddr = opt.tsNeedaddr = opt.tsNeedtime = false;
}
