/**
 * ARP suppression on bridge ports (`neigh_suppress on`): an ARP request
 * for an address the bridge's neighbour table knows, whose MAC sits behind
 * a suppressing port, is answered by the bridge from the port it came in
 * on, and not flooded to the suppressing ports.
 * @linux net/bridge/br_arp_nd_proxy.c br_do_proxy_suppress_arp(), br_recalculate_neigh_suppress_enabled()
 */
import { neighLookup } from '../core/neighbour.js';
import { NUD_VALID } from '../core/neighbour.js';
import { IFF_NOARP, type NetDevice } from '../core/netdevice.js';
import type { SkBuff } from '../core/skbuff.js';
import { arpSend, arpTbl } from '../ipv4/arp.js';
import { inetConfirmAddr } from '../ipv4/arp_process.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { ARPOP_REPLY, ARPOP_REQUEST, ARPOP_RREPLY, ARPOP_RREQUEST } from '../../wire/arp.js';
import { ETH_P_ARP, ETH_P_IP } from '../../wire/ethernet.js';
import { RT_SCOPE_HOST } from '../../uapi/linux/rtmsg.js';
import { brFdbFind } from './br_fdb.js';
import {
  BR_NEIGH_SUPPRESS, BR_PROXYARP, BR_PROXYARP_WIFI, BROPT_NEIGH_SUPPRESS_ENABLED, type NetBridge, type NetBridgePort,
} from './br_private.js';

/** br_recalculate_neigh_suppress_enabled(): on while any port suppresses. */
export function brRecalculateNeighSuppressEnabled(br: NetBridge): void {
  br.optToggle(BROPT_NEIGH_SUPPRESS_ENABLED, br.portList.some((p) => (p.flags & BR_NEIGH_SUPPRESS) !== 0));
}

/** br_is_neigh_suppress_enabled() (no per-VLAN suppression without VLAN filtering). */
function brIsNeighSuppressEnabled(p: NetBridgePort | null): boolean {
  return !!p && (p.flags & BR_NEIGH_SUPPRESS) !== 0;
}

/** br_chk_addr_ip() on the bridge and its uppers: is `ip` one of our host addresses? */
function brIsLocalIp(dev: NetDevice, ip: number): boolean {
  if (dev.ip && inetConfirmAddr(dev.net, dev.ip, 0, ip, RT_SCOPE_HOST) === ip) return true;
  for (const a of dev.adjUpper) if (brIsLocalIp(a.dev, ip)) return true;
  return false;
}

const IPV4_LOOPBACK = (a: number): boolean => a >>> 24 === 127;
const IPV4_MULTICAST = (a: number): boolean => (a >>> 28) === 0xe;

/**
 * br_do_proxy_suppress_arp(): `skb` is an ARP frame at its network header,
 * received on `p` (null: sent by the bridge itself).
 */
export function brDoProxySuppressArp(skb: SkBuff, br: NetBridge, vid: number, p: NetBridgePort | null): void {
  const dev = br.dev;
  const cb = br.inputCb;
  cb.proxyarpReplied = false;
  if (dev.flags & IFF_NOARP || skb.len < 28 || skb.protocol !== ETH_P_ARP) return;
  const b = skb.buf;
  const h = skb.data;
  if (getU16(b, h + 2) !== ETH_P_IP || b[h + 4] !== dev.addrLen || b[h + 5] !== 4) return;
  const op = getU16(b, h + 6);
  const sha = b.subarray(h + 8, h + 14);
  const sip = getU32(b, h + 14);
  const tip = getU32(b, h + 24);
  if (IPV4_LOOPBACK(tip) || IPV4_MULTICAST(tip)) return;
  const suppress = br.optGet(BROPT_NEIGH_SUPPRESS_ENABLED);
  if (suppress) {
    if (brIsNeighSuppressEnabled(p)) return;
    if (op !== ARPOP_RREQUEST && op !== ARPOP_RREPLY && (sip >>> 24 === 0 || sip === tip)) {
      // "prevent flooding to neigh suppress ports"
      cb.proxyarpReplied = true;
      return;
    }
  }
  if (op !== ARPOP_REQUEST) return;
  if (suppress && brIsLocalIp(dev, tip)) {
    // "its our local ip, so don't proxy reply and don't forward to neigh suppress ports"
    cb.proxyarpReplied = true;
    return;
  }
  const n = neighLookup(arpTbl(dev.net), tip, dev);
  if (!n || !(n.nudState & NUD_VALID)) return;
  const f = brFdbFind(br, n.ha, vid);
  if (!f) return;
  let replied = false;
  if ((p && p.flags & BR_PROXYARP) || (f.dst && f.dst.flags & BR_PROXYARP_WIFI) || brIsNeighSuppressEnabled(f.dst)) {
    const shaCopy = sha.slice();
    arpSend(ARPOP_REPLY, ETH_P_ARP, sip, skb.dev!, tip, shaCopy, n.ha, shaCopy);
    replied = true;
  }
  // "If we have replied or as long as we know the mac, indicate to arp replied"
  if (replied || suppress) cb.proxyarpReplied = true;
}
