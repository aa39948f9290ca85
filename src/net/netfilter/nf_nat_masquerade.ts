/**
 * MASQUERADE: source NAT to the address the outgoing route would pick,
 * forgotten when that address or device goes away; REDIRECT: destination
 * NAT to this host (the incoming device's primary address, 127.0.0.1 for
 * locally generated packets).
 * @linux net/netfilter/nf_nat_masquerade.c, net/netfilter/nf_nat_redirect.c
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { NetdevEvent } from '../core/net_namespace.js';
import { notifierMask } from '../core/notifier.js';
import { skbRtable, inetSelectAddr } from '../ipv4/route.js';
import { registerInetaddrNotifier, type InIfaddr } from '../ipv4/devinet.js';
import { getU32 } from '../../wire/bytes.js';
import { Iph } from '../../wire/ipv4.js';
import { NF_ACCEPT, NF_DROP, NF_INET_LOCAL_OUT } from '../../uapi/linux/netfilter.js';
import { IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY } from './nf_conntrack_tuple.js';
import { nfCtGet, nfCtIterateCleanupNet, type NfConn } from './nf_conntrack_core.js';
import { NF_NAT_MANIP_DST, NF_NAT_MANIP_SRC } from './nf_nat_proto.js';
import { NF_NAT_RANGE_MAP_IPS, nfCtNatExtAdd, nfNatNet, nfNatSetupInfo, type NfConnNat, type NfNatRange } from './nf_nat_core.js';

/** The events masq_device_event() acts on (the others do not call it). */
const MASQ_EVENTS = notifierMask(NetdevEvent.DOWN);

const RT_SCOPE_UNIVERSE = 0;

/**
 * nf_nat_masquerade_ipv4(): map to the source address the outgoing device
 * would use toward the next hop; remember the device for cleanup.
 */
export function nfNatMasqueradeIpv4(skb: SkBuff, r: NfNatRange, out: NetDevice | null): number {
  const ct = nfCtGet(skb);
  if (!ct || !out) return NF_ACCEPT;
  // "Source address is 0.0.0.0 - locally generated packet that is probably not supposed to be masqueraded."
  if (ct.tuplehash[IP_CT_DIR_ORIGINAL].tuple.srcIp === 0) return NF_ACCEPT;
  const rt = skbRtable(skb);
  const daddr = getU32(skb.buf, skb.networkHeader + Iph.Daddr);
  const nh = rt && rt.usesGateway ? rt.gateway : daddr;
  const newsrc = inetSelectAddr(out, nh, RT_SCOPE_UNIVERSE);
  // Linux: pr_info("%s ate my IP address") and drop.
  if (!newsrc) return NF_DROP;
  nfCtNatExtAdd(ct).masqIndex = out.ifindex;
  ensureMasqNotifiers(ct.net);
  return nfNatSetupInfo(ct, { ...r, flags: r.flags | NF_NAT_RANGE_MAP_IPS, minIp: newsrc, maxIp: newsrc }, NF_NAT_MANIP_SRC);
}

/**
 * nf_nat_redirect_ipv4(): to 127.0.0.1 from LOCAL_OUT, else to the first
 * address of the device the packet came in on (none: drop).
 */
export function nfNatRedirectIpv4(skb: SkBuff, r: NfNatRange, hook: number): number {
  const ct = nfCtGet(skb);
  if (!ct) return NF_ACCEPT;
  let newdst = 0;
  if (hook === NF_INET_LOCAL_OUT) newdst = 0x7f000001;
  else {
    for (const ifa of skb.dev?.ip?.addrs() ?? []) {
      newdst = ifa.local;
      break;
    }
    if (!newdst) return NF_DROP;
  }
  return nfNatSetupInfo(ct, { ...r, flags: r.flags | NF_NAT_RANGE_MAP_IPS, minIp: newdst, maxIp: newdst }, NF_NAT_MANIP_DST);
}

const masqIndex = (ct: NfConn): number => (ct.nat as NfConnNat | null)?.masqIndex ?? 0;

/** masq_device_event(): a masquerading device went down: its connections go. */
function masqDeviceEvent(event: NetdevEvent, dev: NetDevice): void {
  if (event !== NetdevEvent.DOWN) return;
  nfCtIterateCleanupNet(dev.net, (ct) => masqIndex(ct) === dev.ifindex);
}

/**
 * masq_inet_event(): an address was removed: the connections masqueraded
 * to it on that device go ("the reply tuple's destination is the old
 * address").
 */
function masqInetEvent(event: 'up' | 'down', ifa: InIfaddr): void {
  if (event !== 'down') return;
  const dev = ifa.inDev.dev;
  nfCtIterateCleanupNet(dev.net, (ct) => masqIndex(ct) === dev.ifindex && ct.tuplehash[IP_CT_DIR_REPLY].tuple.dstIp === ifa.local);
}

/** nf_nat_masquerade_inet_register_notifiers(): once per namespace, on first use. */
function ensureMasqNotifiers(net: Net): void {
  const nn = nfNatNet(net);
  if (nn.masqNotifiers) return;
  nn.masqNotifiers = true;
  net.netdevChain.register(masqDeviceEvent, 0, MASQ_EVENTS);
  registerInetaddrNotifier(net, masqInetEvent);
}
