/**
 * Receiving ARP: arp_rcv() checks the packet, arp_process() answers
 * requests for local addresses (arp_ignore, arp_filter) and for proxied
 * ones (proxy_arp, pneigh entries), and learns from what it hears
 * (arp_accept for unsolicited and gratuitous ARP).
 * @linux net/ipv4/arp.c arp_rcv(), arp_process(), arp_ignore(), arp_filter(), arp_accept(),
 *        arp_fwd_proxy(), arp_fwd_pvlan(), arp_is_garp(); net/ipv4/devinet.c inet_confirm_addr()
 */
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_NOARP } from '../core/netdevice.js';
import { PACKET_HOST, PACKET_LOOPBACK, PACKET_OTHERHOST, type SkBuff } from '../core/skbuff.js';
import { consumeSkb, kfreeSkbReason } from '../core/drop_reason.js';
import { trace } from '../core/trace.js';
import { nfHookArp } from '../netfilter/core.js';
import { NF_ARP_IN } from '../../uapi/linux/netfilter.js';
import { LinuxMib, netIncStats } from '../core/snmp.js';
import {
  NEIGH_UPDATE_F_OVERRIDE, NUD_REACHABLE, NUD_STALE, MS_NS, neighLookupCreate,
  LOCALLY_ENQUEUED,
} from '../core/neighbour.js';
import { pneighEnqueue, pneighLookup } from '../core/pneigh.js';
import { neighUpdate } from '../core/neigh_update.js';
import type { InDevice } from './devinet.js';
import {
  inDevArpAccept, inDevArpfilter, inDevArpIgnore, inDevDropGratuitousArp, inDevForward, inDevMediumId,
  inDevProxyArp, inDevProxyArpPvlan, inDevRouteLocalnet,
} from './devconf.js';
import { ipRouteInputNoref, ipRouteOutputKey, skbRtable, type Rtable } from './route.js';
import { newFlowi4 } from './fib_rules.js';
import { RTN_LOCAL, RTN_UNICAST, RT_SCOPE_HOST, RT_SCOPE_LINK } from './fib_types.js';
import { arpSend, arpTbl, inetAddrTypeDevTable } from './arp.js';
import { ARPHRD_ETHER, ARPHRD_IEEE802, ARPOP_REPLY, ARPOP_REQUEST, Arph, arpHdrCheck } from '../../wire/arp.js';
import { WireError } from '../../wire/error.js';
import { ETH_P_ARP, ETH_P_IP } from '../../wire/ethernet.js';
import { ipv4IsLoopback, ipv4IsMulticast } from '../../wire/ipv4.js';
import { getU16, getU32 } from '../../wire/bytes.js';


/** arp_rcv(): the ETH_P_ARP packet handler; owns the skb. */
export function arpRcv(skb: SkBuff, dev: NetDevice): void {
  const net = dev.net;
  trace(net, skb, 'arp_rcv', dev);
  // "do not tweak dropwatch on an ARP we will ignore"
  if (dev.flags & IFF_NOARP || skb.pktType === PACKET_OTHERHOST || skb.pktType === PACKET_LOOPBACK) {
    consumeSkb(skb);
    return;
  }
  const err = arpHdrCheck(skb.buf, skb.data, skb.len, dev.addrLen);
  if (err !== null) {
    kfreeSkbReason(net, skb, err === WireError.Truncated ? 'PKT_TOO_SMALL' : 'NOT_SPECIFIED', 'arp_rcv');
    return;
  }
  skb.networkHeader = skb.data;
  // memset(NEIGH_CB(skb), 0, ...)
  skb.neighCbFlags = 0;
  // NF_HOOK(NFPROTO_ARP, NF_ARP_IN, ..., arp_process)
  nfHookArp(NF_ARP_IN, net, skb, dev, null, arpProcess);
}

/** parp_redo(): a delayed proxy request is processed again. */
export function parpRedo(skb: SkBuff): void {
  arpProcess(skb.dev!.net, skb);
}

/** The fields arp_process() extracts. */
interface ArpFields {
  op: number;
  sha: Uint8Array;
  sip: number;
  tha: Uint8Array;
  tip: number;
}

/** The header checks of arp_process(): Ethernet accepts ar_hrd 1 or 6, protocol IPv4, ops 1 and 2. */
function arpParse(dev: NetDevice, skb: SkBuff): ArpFields | null {
  const b = skb.buf;
  const o = skb.networkHeader;
  const hrd = getU16(b, o + Arph.Hrd);
  const pro = getU16(b, o + Arph.Pro);
  if (dev.type === ARPHRD_ETHER) {
    if ((hrd !== ARPHRD_ETHER && hrd !== ARPHRD_IEEE802) || pro !== ETH_P_IP) return null;
  } else if (pro !== ETH_P_IP || hrd !== dev.type) return null;
  const op = getU16(b, o + Arph.Op);
  if (op !== ARPOP_REPLY && op !== ARPOP_REQUEST) return null;
  // RFC 826: ar$sha, ar$spa, ar$tha, ar$tpa follow one another, ar$hln and ar$pln long.
  const al = dev.addrLen;
  const sha = b.subarray(o + Arph.Sha, o + Arph.Sha + al);
  const sip = getU32(b, o + Arph.Sha + al);
  const tha = b.subarray(o + Arph.Sha + al + 4, o + Arph.Sha + 2 * al + 4);
  const tip = getU32(b, o + Arph.Sha + 2 * al + 4);
  return { op, sha, sip, tha, tip };
}

/** arp_process(): see the kernel's comment "Process entry" for the policy. */
function arpProcess(net: Net, skb: SkBuff): void {
  const dev = skb.dev!;
  const inDev = dev.ip;
  trace(net, skb, 'arp_process', dev);
  const a = inDev ? arpParse(dev, skb) : null;
  if (!inDev || !a) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'arp_process');
    return;
  }
  // "Check for bad requests for 127.x.x.x and requests for multicast addresses."
  if (ipv4IsMulticast(a.tip) || (!inDevRouteLocalnet(inDev.all, inDev.cnf) && ipv4IsLoopback(a.tip))) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'arp_process');
    return;
  }
  // "gratuitous ARP frames are attacks and thus should not be accepted" (drop_gratuitous_arp)
  if (a.sip === a.tip && inDevDropGratuitousArp(inDev.all, inDev.cnf)) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'arp_process');
    return;
  }
  // Special case: IPv4 duplicate address detection packet (RFC 2131).
  if (a.sip === 0) {
    if (a.op === ARPOP_REQUEST && inetAddrTypeDevTable(net, dev, a.tip) === RTN_LOCAL && !arpIgnore(inDev, a.sip, a.tip)) {
      arpSend(ARPOP_REPLY, ETH_P_ARP, a.sip, dev, a.tip, a.sha, dev.devAddr, a.sha);
    }
    consumeSkb(skb);
    return;
  }
  if (a.op === ARPOP_REQUEST && arpAnswerRequest(net, skb, inDev, a)) return;
  arpLearn(net, skb, inDev, a);
  consumeSkb(skb);
}

/**
 * A request for a local address or one we proxy: reply (or delay the
 * proxy reply by proxy_delay). Returns true when the skb was consumed.
 */
function arpAnswerRequest(net: Net, skb: SkBuff, inDev: InDevice, a: ArpFields): boolean {
  const dev = inDev.dev;
  const v = ipRouteInputNoref(skb, a.tip, a.sip, 0, dev);
  if (v.err) return false;
  const rt = skbRtable(skb);
  if (!rt) return false;
  if (rt.type === RTN_LOCAL) {
    let dontSend = arpIgnore(inDev, a.sip, a.tip);
    if (!dontSend && inDevArpfilter(inDev.all, inDev.cnf)) dontSend = arpFilter(a.sip, a.tip, dev);
    if (!dontSend) {
      const n = neighEventNs(dev, a.sha, a.sip);
      if (n) arpSend(ARPOP_REPLY, ETH_P_ARP, a.sip, dev, a.tip, a.sha, dev.devAddr, a.sha);
    }
    consumeSkb(skb);
    return true;
  }
  if (!inDevForward(inDev.all, inDev.cnf) || rt.type !== RTN_UNICAST) return false;
  const proxied = arpFwdProxy(inDev, dev, rt) || arpFwdPvlan(inDev, dev, rt, a.sip, a.tip) ||
    (rt.dev !== dev && pneighLookup(arpTbl(net), a.tip, dev) !== null);
  if (!proxied) return false;
  neighEventNs(dev, a.sha, a.sip);
  if (skb.neighCbFlags & LOCALLY_ENQUEUED || skb.pktType === PACKET_HOST || inDev.arpParms.proxyDelay === 0) {
    arpSend(ARPOP_REPLY, ETH_P_ARP, a.sip, dev, a.tip, a.sha, dev.devAddr, a.sha);
    consumeSkb(skb);
  } else {
    pneighEnqueue(arpTbl(net), inDev.arpParms, skb);
  }
  return true;
}

/** neigh_event_ns(): the requester is probably about to talk to us — cache it (STALE). */
function neighEventNs(dev: NetDevice, lladdr: Uint8Array, saddr: number): ReturnType<typeof neighLookupCreate> {
  const n = neighLookupCreate(arpTbl(dev.net), saddr, dev, true);
  if (n) neighUpdate(n, lladdr.slice(), NUD_STALE, NEIGH_UPDATE_F_OVERRIDE);
  return n;
}

/**
 * "Update our ARP tables": an existing entry learns the sender; a new one
 * is made only with arp_accept, for gratuitous ARP or replies from a
 * unicast address. Replies to us confirm reachability; broadcast replies
 * and requests only make the entry STALE. Within locktime of the last
 * update the first answer wins ("prevents arp trashing").
 */
function arpLearn(net: Net, skb: SkBuff, inDev: InDevice, a: ArpFields): void {
  const dev = inDev.dev;
  const tbl = arpTbl(net);
  let n = neighLookupCreate(tbl, a.sip, dev, false);
  let addrType = -1;
  let isGarp = false;
  const accept = arpAccept(inDev, a.sip);
  if (n || accept) {
    isGarp = a.tip === a.sip;
    // Gratuitous ARP _replies_ also require target hwaddr to be the same as source.
    if (isGarp && a.op === ARPOP_REPLY) isGarp = sameAddr(a.tha, a.sha);
    if (isGarp) {
      addrType = inetAddrTypeDevTable(net, dev, a.sip);
      if (addrType !== RTN_UNICAST) isGarp = false;
    }
  }
  if (accept && !n) {
    const unicastReply = a.op === ARPOP_REPLY &&
      (addrType === RTN_UNICAST || (addrType < 0 && inetAddrTypeDevTable(net, dev, a.sip) === RTN_UNICAST));
    if (isGarp || unicastReply) n = neighLookupCreate(tbl, a.sip, dev, true);
  }
  if (!n) return;
  const now = net.sched.now;
  const override = now > n.updated + n.parms.locktime * MS_NS || isGarp;
  const state = a.op !== ARPOP_REPLY || skb.pktType !== PACKET_HOST ? NUD_STALE : NUD_REACHABLE;
  neighUpdate(n, a.sha.slice(), state, override ? NEIGH_UPDATE_F_OVERRIDE : 0);
}

function sameAddr(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * arp_ignore(): 0 reply for any local address; 1 only if the target is on
 * the incoming interface; 2 and also in the sender's subnet; 3 not for
 * scope host addresses; 4-7 reserved (reply); 8 never.
 */
function arpIgnore(inDev: InDevice, sip: number, tip: number): boolean {
  let scope: number;
  let dev: InDevice | null = inDev;
  switch (inDevArpIgnore(inDev.all, inDev.cnf)) {
    case 0:
      return false;
    case 1:
      sip = 0;
      scope = RT_SCOPE_HOST;
      break;
    case 2:
      scope = RT_SCOPE_HOST;
      break;
    case 3:
      sip = 0;
      scope = RT_SCOPE_LINK;
      dev = null;
      break;
    case 8:
      return true;
    default:
      return false;
  }
  return !inetConfirmAddr(inDev.dev.net, dev, sip, tip, scope);
}

/** arp_accept(): 0 never create entries from unsolicited ARP, 1 always, 2 only for a sender on our subnet. */
function arpAccept(inDev: InDevice, sip: number): boolean {
  switch (inDevArpAccept(inDev.all, inDev.cnf)) {
    case 1:
      return true;
    case 2:
      return inetConfirmAddr(inDev.dev.net, inDev, sip, 0, RT_SCOPE_LINK) !== 0;
    default:
      return false;
  }
}

/** arp_filter(): answer only if the route back to the sender leaves by this device. */
function arpFilter(sip: number, tip: number, dev: NetDevice): boolean {
  const net = dev.net;
  const fl4 = newFlowi4();
  fl4.daddr = sip;
  fl4.saddr = tip;
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') return true;
  if (rt.dev !== dev) {
    netIncStats(net, LinuxMib.ARPFILTER);
    return true;
  }
  return false;
}

/** arp_fwd_proxy(): proxy_arp for a route by another device (medium_id permitting). */
function arpFwdProxy(inDev: InDevice, dev: NetDevice, rt: Rtable): boolean {
  if (rt.dev === dev) return false;
  if (!inDevProxyArp(inDev.all, inDev.cnf)) return false;
  const imi = inDevMediumId(inDev.all, inDev.cnf);
  if (imi === 0) return true;
  if (imi === -1) return false;
  const out = rt.dev.ip;
  const omi = out ? inDevMediumId(out.all, out.cnf) : -1;
  return omi !== imi && omi !== -1;
}

/** arp_fwd_pvlan(): RFC 3069 private VLAN proxy, back out of the same device. */
function arpFwdPvlan(inDev: InDevice, dev: NetDevice, rt: Rtable, sip: number, tip: number): boolean {
  if (rt.dev !== dev) return false;
  // "Don't reply on self probes (often done by windowz boxes)"
  if (sip === tip) return false;
  return inDevProxyArpPvlan(inDev.all, inDev.cnf);
}

/** confirm_addr_indev() */
function confirmAddrIndev(inDev: InDevice, dst: number, local: number, scope: number): number {
  const localnetScope = inDevRouteLocalnet(inDev.all, inDev.cnf) ? RT_SCOPE_LINK : RT_SCOPE_HOST;
  let addr = 0;
  let same = false;
  const match = (a: number, ifa: { address: number; mask: number }): boolean => ((a ^ ifa.address) & ifa.mask) === 0;
  for (const ifa of inDev.addrs()) {
    const minScope = Math.min(ifa.scope, localnetScope);
    if (!addr && (local === ifa.local || !local) && minScope <= scope) {
      addr = ifa.local;
      if (same) break;
    }
    if (!same) {
      same = (!local || match(local, ifa)) && (!dst || match(dst, ifa));
      if (same && addr) {
        if (local || !dst) break;
        // Is the selected addr into dst subnet?
        if (match(addr, ifa)) break;
        // No, then can we use new local src?
        if (minScope <= scope) {
          addr = ifa.local;
          break;
        }
        // search for large dst subnet for addr
        same = false;
      }
    }
  }
  return same ? addr : 0;
}

/**
 * inet_confirm_addr(): a local address (`local`, or any when 0) within
 * `scope`, in dst's subnet when dst is given; on `inDev`, or on any device.
 */
export function inetConfirmAddr(net: Net, inDev: InDevice | null, dst: number, local: number, scope: number): number {
  if (inDev) return confirmAddrIndev(inDev, dst, local, scope);
  for (const dev of net.devicesSorted()) {
    if (!dev.ip) continue;
    const addr = confirmAddrIndev(dev.ip, dst, local, scope);
    if (addr) return addr;
  }
  return 0;
}
