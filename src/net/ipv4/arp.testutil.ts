/**
 * A two-namespace veth lab for the neighbour/ARP tests: a (a0, 10.0.0.1/24)
 * and b (b0, 10.0.0.2/24), taps recording what each end receives, an ICMP
 * echo sender, `ip` bound to a namespace, and virtual-time helpers.
 */
import { Lab } from '../../lab/lab.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_UP } from '../core/netdevice.js';
import { PACKET_OUTGOING, type SkBuff } from '../core/skbuff.js';
import { devChangeFlags } from '../core/dev.js';
import { devAddPack, devRemovePack, type PacketType } from '../core/dev_rx.js';
import { vethNewlink } from '../../drivers/net/veth.js';
import { inetAllocIfa, inetInsertIfa } from './devinet.js';
import { ipRouteOutputKey } from './route.js';
import { newFlowi4 } from './fib_rules.js';
import { ipAllocSkb, ipLocalOut, ipPushHeader } from './ip_output.js';
import { IPPROTO_ICMP, IP_DF, Iph, ipToString, parseIp } from '../../wire/ipv4.js';
import { ETH_HLEN, ETH_P_ALL, ETH_P_ARP, ETH_P_IP, ETH_P_IPV6, Ethh, macToString, parseMac } from '../../wire/ethernet.js';
import { ARPOP_REQUEST, ArpPacket } from '../../wire/arp.js';
import { ICMP_ECHO, ICMP_HLEN, IcmpPacket, IcmpRepr, icmpEchoUn } from '../../wire/icmp.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { ipIn } from '../../tools/ip/ip.testutil.js';

export const ip4 = (s: string): number => parseIp(s)!;
export const mac = (s: string): Uint8Array => parseMac(s)!;
export const SEC = 1e9;
export const MS = 1e6;

/** One frame seen by a tap: time, device, and a readable summary. */
export interface Frame {
  t: number;
  dev: string;
  dst: string;
  src: string;
  type: number;
  /** For ARP: "request 10.0.0.1 > 10.0.0.2" / "reply 10.0.0.2 is-at MAC"; for IP: "ip SRC > DST proto N". */
  what: string;
  bytes: Uint8Array;
}

function describe(b: Uint8Array): string {
  const type = getU16(b, Ethh.Proto);
  const nh = ETH_HLEN;
  if (type === ETH_P_ARP) {
    const arp = ArpPacket.newUnchecked(b.subarray(nh));
    const sha = macToString(arp.sha);
    const spa = ipToString(arp.spa);
    const tha = macToString(arp.tha);
    const tpa = ipToString(arp.tpa);
    return arp.oper === ARPOP_REQUEST ? `who-has ${tpa} tell ${spa} (${sha} -> ${tha})` : `reply ${spa} is-at ${sha} to ${tpa} ${tha}`;
  }
  if (type === ETH_P_IP) return `ip ${ipToString(getU32(b, nh + Iph.Saddr))} > ${ipToString(getU32(b, nh + Iph.Daddr))} proto ${b[nh + Iph.Protocol]}`;
  return `type 0x${type.toString(16)}`;
}

export interface ArpLab {
  lab: Lab;
  a: Net;
  b: Net;
  a0: NetDevice;
  b0: NetDevice;
  /** Frames received by a0 and b0, in order. */
  frames: Frame[];
  close(): void;
}

/** ip addr add ADDR/LEN dev DEV */
export function addAddr(dev: NetDevice, addr: string, len: number): void {
  inetInsertIfa(inetAllocIfa(dev.ip!, ip4(addr), len));
}

export function up(dev: NetDevice): void {
  devChangeFlags(dev, dev.flags | IFF_UP);
}

/** Record every frame `dev` receives (an ETH_P_ALL tap on it). */
export function tap(dev: NetDevice, frames: Frame[]): PacketType {
  const pt: PacketType = {
    type: ETH_P_ALL,
    dev,
    func: (skb: SkBuff, d: NetDevice) => {
      // dev_queue_xmit_nit() shows the tap what the device sends too: only received frames count here.
      if (skb.pktType === PACKET_OUTGOING) return;
      const bytes = skb.buf.slice(skb.macHeader, skb.tail);
      // The IPv6 a fresh interface sends by itself (MLD reports, DAD, router solicitations) is not what these tests look at.
      if (((bytes[12]! << 8) | bytes[13]!) === ETH_P_IPV6) return;
      frames.push({
        t: d.net.sched.now, dev: d.name, dst: macToString(bytes.subarray(0, 6)), src: macToString(bytes.subarray(6, 12)),
        type: (bytes[12]! << 8) | bytes[13]!, what: describe(bytes), bytes,
      });
    },
  };
  devAddPack(dev.net.world, pt);
  return pt;
}

/** The lab of arp-basic.t: a0 02:00:00:00:0a:01 10.0.0.1/24 <-> b0 02:00:00:00:0b:01 10.0.0.2/24. */
export function twoNamespaces(seed = 1): ArpLab {
  const lab = new Lab(seed);
  const a = lab.newNet();
  const b = lab.newNet();
  lab.netns.set('a', a);
  lab.netns.set('b', b);
  // IPv6 off (sysctl net.ipv6.conf.default.disable_ipv6=1): its MLD reports and router solicitations never stop.
  for (const n of [a, b]) n.ipv6?.dflt.set('disable_ipv6', 1);
  const [a0, b0] = vethNewlink(
    { net: a, name: 'a0', address: mac('02:00:00:00:0a:01') },
    { net: b, name: 'b0', address: mac('02:00:00:00:0b:01') },
  );
  up(a0);
  up(b0);
  addAddr(a0, '10.0.0.1', 24);
  addAddr(b0, '10.0.0.2', 24);
  const frames: Frame[] = [];
  const taps = [tap(a0, frames), tap(b0, frames)];
  return { lab, a, b, a0, b0, frames, close: () => taps.forEach((pt) => devRemovePack(lab, pt)) };
}

/** Send one ICMP echo request from `net` to `dst` (ip_local_out of a locally built packet). */
export function sendEcho(net: Net, dst: string, seq = 1, saddr = 0): void {
  const fl4 = newFlowi4({ daddr: ip4(dst), saddr });
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') throw new Error(`no route: ${rt}`);
  const skb = ipAllocSkb(net, 64);
  const data = Uint8Array.from({ length: 64 - ICMP_HLEN }, (_, i) => i + ICMP_HLEN);
  IcmpRepr.emit({ type: ICMP_ECHO, code: 0, un: icmpEchoUn(0x1234, seq), data }, IcmpPacket.newUnchecked(skb.bytes()));
  ipPushHeader(net, skb, { saddr: fl4.saddr, daddr: ip4(dst), protocol: IPPROTO_ICMP, tos: 0, ttl: 64, fragOff: IP_DF });
  ipLocalOut(net, skb, rt);
}

/** Run the lab until virtual time `now + ns` (every due event included). */
export async function advance(lab: Lab, ns: number): Promise<void> {
  const target = lab.sched.now + ns;
  await lab.sched.runWhile(() => true, target);
  lab.sched.clock.advanceTo(target);
  lab.sched.runDue();
}

/** `ip ...` in the lab's shell namespace (use `-n a`); output with [code] on failure. */
export const ip = ipIn;
