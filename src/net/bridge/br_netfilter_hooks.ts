/**
 * br_netfilter: the per-namespace switches (struct brnf_net) and their
 * net.bridge.bridge-nf-* files, and the bridge hooks that make bridged
 * IPv4 traverse the IPv4 netfilter hooks of the bridge's namespace when
 * bridge-nf-call-iptables is 1: PREROUTING as it enters (in: the bridge
 * device), FORWARD (in and out: the bridge device) and POSTROUTING (out:
 * the bridge device) per port it leaves by. The recording machine has the
 * module loaded, so every namespace has them from its creation, with the
 * defaults of br_netfilter_sysctl_default().
 * @linux net/bridge/br_netfilter_hooks.c brnf_table, brnf_sysctl_call_tables(),
 *        br_netfilter_sysctl_default(), br_nf_pre_routing(), br_nf_forward_ip(),
 *        br_nf_post_routing(), ip_sabotage_in(); net/bridge/br_netfilter_ipv6.c
 *        is not modelled (bridge-nf-call-ip6tables and -arptables are only kept)
 */
import type { Net, NetWorld, PernetOperations } from '../core/net_namespace.js';
import { PACKET_HOST, PACKET_OTHERHOST, nfBridgeInfoFree, type SkBuff } from '../core/skbuff.js';
import type { DstEntry } from '../core/dst.js';
import { Rtable } from '../ipv4/route.js';
import { RTN_UNSPEC } from '../ipv4/fib_types.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { skbVlanTagPresent } from '../core/skb_vlan.js';
import { IpStat, ipIncStats } from '../core/snmp.js';
import { fieldCell, procDointvec, procWrap, type IntCell, type SysctlEntry } from '../core/sysctl.js';
import { nfHook } from '../netfilter/core.js';
import { NF_INET_FORWARD, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import { ETH_P_IP } from '../../wire/ethernet.js';
import { ipFastCsum } from '../../wire/checksum.js';
import { Iph, iphHdrLen, ipv4HdrCheck } from '../../wire/ipv4.js';
import { WireError } from '../../wire/error.js';
import { getU16 } from '../../wire/bytes.js';
import { brPortGet, type NetBridge, type NetBridgePort } from './br_private.js';
import { brHandleFrameFinish } from './br_input.js';
import { brDevQueuePushXmit } from './br_forward.js';

/** struct brnf_net, br_netfilter_sysctl_default() */
export class BrnfNet {
  callIptables = 1;
  callIp6tables = 1;
  callArptables = 1;
  filterVlanTagged = 0;
  filterPppoeTagged = 0;
  passVlanIndev = 0;
}

const BRNF_NET = 'br_netfilter';

/** net_generic(net, brnf_net_id): made with its defaults at the first look. */
export function brnfNet(net: Net): BrnfNet {
  let b = net.generic.get(BRNF_NET) as BrnfNet | undefined;
  if (!b) net.generic.set(BRNF_NET, (b = new BrnfNet()));
  return b;
}

/** brnf_sysctl_call_tables(): proc_dointvec(), then any non-zero value is stored as 1 (even after a refused write). */
function brnfSysctlCallTables(c: IntCell): SysctlEntry {
  return procWrap(procDointvec(c), (err) => {
    if (c.get() !== 0) c.set(1);
    return err;
  });
}

/** brnf_table, in its order; every entry has brnf_sysctl_call_tables() as handler. */
function brnfTable(net: Net): Array<[string, SysctlEntry]> {
  const b = brnfNet(net);
  return [
    ['bridge-nf-call-arptables', brnfSysctlCallTables(fieldCell(b, 'callArptables'))],
    ['bridge-nf-call-iptables', brnfSysctlCallTables(fieldCell(b, 'callIptables'))],
    ['bridge-nf-call-ip6tables', brnfSysctlCallTables(fieldCell(b, 'callIp6tables'))],
    ['bridge-nf-filter-vlan-tagged', brnfSysctlCallTables(fieldCell(b, 'filterVlanTagged'))],
    ['bridge-nf-filter-pppoe-tagged', brnfSysctlCallTables(fieldCell(b, 'filterPppoeTagged'))],
    ['bridge-nf-pass-vlan-input-dev', brnfSysctlCallTables(fieldCell(b, 'passVlanIndev'))],
  ];
}

/** brnf_net_ops: net/bridge of each namespace. */
const brnfNetOps: PernetOperations = {
  name: 'br_netfilter',
  init(net: Net): void {
    net.sysctl.registerLazy('net/bridge', brnfTable, net);
  },
  exit(net: Net): void {
    net.generic.delete(BRNF_NET);
  },
};

/** br_netfilter_init() (the module loaded at boot, after the bridge). */
export function brNetfilterInit(world: NetWorld): void {
  world.pernet.register(brnfNetOps);
}

/**
 * br_validate_ipv4(): the header checks of ip_rcv_core() without its
 * InReceives: a short or malformed header counts InHdrErrors, a bad
 * checksum InCsumErrors too, a frame shorter than tot_len
 * InTruncatedPkts; padding is trimmed. False: the caller drops it.
 */
function brValidateIpv4(net: Net, skb: SkBuff): boolean {
  const b = skb.buf;
  const h = skb.data;
  const err = ipv4HdrCheck(b, h, skb.len);
  if (err === WireError.BadVersion || err === WireError.BadHeaderLen || err === WireError.Truncated) {
    ipIncStats(net, IpStat.INHDRERRORS);
    return false;
  }
  const hlen = iphHdrLen(b, h);
  if (ipFastCsum(b, hlen >> 2, h) !== 0) {
    ipIncStats(net, IpStat.CSUMERRORS);
    ipIncStats(net, IpStat.INHDRERRORS);
    return false;
  }
  if (err === WireError.LengthExceedsBuffer) {
    ipIncStats(net, IpStat.INTRUNCATEDPKTS);
    return false;
  }
  if (err !== null) {
    ipIncStats(net, IpStat.INHDRERRORS);
    return false;
  }
  skb.trim(getU16(b, h + Iph.TotLen));
  skb.networkHeader = h;
  skb.transportHeader = h + hlen;
  // memset(IPCB(skb), 0, ...)
  skb.ipOpt = null;
  return true;
}

/**
 * nf_hook_bridge_pre() with br_nf_pre_routing() (NF_BR_PRE_ROUTING):
 * an untagged IPv4 frame, when the namespace calls iptables, is checked
 * (br_validate_ipv4), remembers its port (nf_bridge->physindev) and runs
 * NF_INET_PRE_ROUTING as received by the bridge device; every other frame
 * goes straight on to br_handle_frame_finish().
 */
export function brNfPreRouting(p: NetBridgePort, skb: SkBuff): void {
  const br = p.br;
  const net = br.dev.net;
  if (skb.protocol !== ETH_P_IP || skbVlanTagPresent(skb) || brnfNet(net).callIptables === 0) {
    brHandleFrameFinish(p, skb);
    return;
  }
  if (!brValidateIpv4(net, skb)) {
    kfreeSkbReason(net, skb, 'NETFILTER_DROP', 'br_nf_pre_routing');
    return;
  }
  skb.brnfPhysindev = skb.dev;
  skb.brnfInPrerouting = true;
  skb.dev = br.dev;
  nfHook(NF_INET_PRE_ROUTING, net, skb, br.dev, null, brNfPreRoutingFinish);
}

/**
 * br_nf_pre_routing_finish(): back on the port it came in by, on to
 * br_handle_frame_finish(). (A DNAT in PREROUTING is not re-routed here:
 * the bridge forwards by MAC as before.) A port released meanwhile drops it.
 */
function brNfPreRoutingFinish(net: Net, skb: SkBuff): void {
  skb.brnfInPrerouting = false;
  const dev = skb.brnfPhysindev!;
  skb.dev = dev;
  const p = brPortGet(dev);
  if (!p) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'br_nf_pre_routing_finish');
    return;
  }
  // skb_dst_set_noref(skb, &br->fake_rtable.dst): what REJECT's icmp_send() routes by.
  skb.dst = brFakeRtable(p.br);
  brHandleFrameFinish(p, skb);
}

/**
 * br_netfilter_rtable_init(): the bridge's fake route, on the bridge
 * device, with no flags (not local, not an input route: an ICMP error
 * about a bridged packet takes the source its own route gives).
 */
function brFakeRtable(br: NetBridge): DstEntry {
  let rt = br.fakeRtable;
  if (rt === null) {
    rt = new Rtable(br.dev, 0, RTN_UNSPEC);
    rt.fakeRtable = true;
    br.fakeRtable = rt;
  }
  return rt;
}

/** br_drop_fake_rtable(): as the frame leaves the bridge (up to it, or out of a port). */
export function brDropFakeRtable(skb: SkBuff): void {
  if (skb.dst !== null && skb.dst.fakeRtable) skb.dst = null;
}

/**
 * br_nf_forward_ip() (NF_BR_FORWARD): a frame that went through
 * br_nf_pre_routing() runs NF_INET_FORWARD with the bridge device as both
 * in and out (brnf_get_logical_dev(), bridge_parent()); skb->dev stays the
 * port it leaves by, which becomes nf_bridge->physoutdev. Then br_nf_post_routing() (NF_BR_POST_ROUTING):
 * NF_INET_POST_ROUTING out of the bridge device, and out of the port.
 * What the bridge sends itself, and what never had PREROUTING, goes out
 * directly.
 */
export function brNfForwardIp(br: NetBridge, skb: SkBuff): void {
  if (skb.pktType === PACKET_OTHERHOST) {
    skb.pktType = PACKET_HOST;
    skb.brnfPktOtherhost = true;
  }
  skb.brnfPhysoutdev = skb.dev;
  nfHook(NF_INET_FORWARD, br.dev.net, skb, br.dev, br.dev, brNfForwardFinish);
}

/** br_nf_forward_finish() -> br_forward_finish() -> br_nf_post_routing(): the frame is PACKET_OTHERHOST again if it was. */
function brNfForwardFinish(net: Net, skb: SkBuff): void {
  if (skb.brnfPktOtherhost) {
    skb.pktType = PACKET_OTHERHOST;
    skb.brnfPktOtherhost = false;
  }
  const p = brPortGet(skb.dev!);
  if (!p) {
    kfreeSkbReason(net, skb, 'NOT_SPECIFIED', 'br_nf_post_routing');
    return;
  }
  nfHook(NF_INET_POST_ROUTING, net, skb, null, p.br.dev, brNfDevQueueXmit);
}

/** br_nf_dev_queue_xmit(): the bridge info is let go, the frame leaves by its port. */
function brNfDevQueueXmit(_net: Net, skb: SkBuff): void {
  nfBridgeInfoFree(skb);
  brDevQueuePushXmit(skb);
}

/**
 * ip_sabotage_in() (NF_INET_PRE_ROUTING, NF_IP_PRI_FIRST): a frame the
 * bridge passed up after its own PREROUTING does not run PREROUTING again
 * on the bridge device. True when it was such a frame (the caller goes on
 * to ip_rcv_finish()); its bridge info stays (xt_physdev in INPUT and
 * FORWARD, nf_send_reset() answering by the port it came in by).
 */
export function ipSabotageIn(skb: SkBuff): boolean {
  if (skb.brnfPhysindev === null || skb.brnfSabotageInDone || skb.brnfInPrerouting) return false;
  skb.brnfSabotageInDone = true;
  return true;
}
