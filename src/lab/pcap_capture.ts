/**
 * `tuxnet run --pcap DIR`: a tap on the world's ptype_all (as a capture on
 * every device of every namespace would be), both directions, each packet
 * once per device (the outgoing copy of a looped-back packet is left out,
 * as libpcap does on lo), written as one pcapng at the end of the run.
 */
import type { Lab } from './lab.js';
import type { Net } from '../net/core/net_namespace.js';
import type { NetDevice } from '../net/core/netdevice.js';
import type { SkBuff } from '../net/core/skbuff.js';
import { CHECKSUM_PARTIAL, PACKET_OUTGOING, csumFinish } from '../net/core/skbuff.js';
import { devAddPack, devRemovePack, type PacketType } from '../net/core/dev_rx.js';
import { consumeSkb } from '../net/core/drop_reason.js';
import { ETH_P_ALL } from '../wire/ethernet.js';
import { ARPHRD_LOOPBACK } from '../uapi/linux/if_arp.js';
import { REALTIME_EPOCH_SEC } from '../sim/clock.js';
import {
  EPB_INBOUND, EPB_OUTBOUND, LINKTYPE_ETHERNET, pcapngFile, type PcapngInterface, type PcapngPacket,
} from './pcapng.js';

const SNAPLEN = 262144;

/** The name `ip netns` knows a namespace by; the shell's own is "(init)". */
export function labNetName(lab: Lab, net: Net): string {
  if (net === lab.initNet) return '(init)';
  for (const [name, n] of lab.netns) if (n === net) return name;
  return `netns#${net.cookie}`;
}

export class PcapCapture {
  private readonly ifs: PcapngInterface[] = [];
  private readonly ifIds = new Map<NetDevice, Map<Net, number>>();
  private readonly pkts: PcapngPacket[] = [];
  private readonly pt: PacketType;

  constructor(private readonly lab: Lab) {
    this.pt = { type: ETH_P_ALL, dev: null, func: (skb, dev) => this.rcv(skb, dev) };
    devAddPack(lab, this.pt);
  }

  /** The interface id of a device in its namespace now (a device moved to another namespace is a new interface). */
  private ifId(dev: NetDevice): number {
    let byNet = this.ifIds.get(dev);
    if (!byNet) this.ifIds.set(dev, (byNet = new Map()));
    let id = byNet.get(dev.net);
    if (id === undefined) {
      id = this.ifs.length;
      byNet.set(dev.net, id);
      this.ifs.push({
        name: dev.name, description: `${dev.name} in netns ${labNetName(this.lab, dev.net)}`, linktype: LINKTYPE_ETHERNET,
        snaplen: SNAPLEN,
      });
    }
    return id;
  }

  private rcv(skb: SkBuff, dev: NetDevice): void {
    const out = skb.pktType === PACKET_OUTGOING;
    if (!(out && dev.type === ARPHRD_LOOPBACK) && skb.macHeader >= 0) {
      const data = skb.buf.slice(skb.macHeader, skb.tail);
      // The file holds finished transport checksums, as a wire would (a tap on Linux sees CHECKSUM_PARTIAL skbs
      // with the pseudo-header sum alone, tcpdump's "incorrect"): the copy is summed, the skb shared with the stack is not.
      if (skb.ipSummed === CHECKSUM_PARTIAL) csumFinish(data, skb.csumStart - skb.macHeader, data.length, skb.csumOffset);
      this.pkts.push({
        ifIndex: this.ifId(dev), tsNs: REALTIME_EPOCH_SEC * 1e9 + this.lab.sched.now, origLen: data.length, data,
        flags: out ? EPB_OUTBOUND : EPB_INBOUND,
      });
    }
    consumeSkb(skb);
  }

  get packets(): number {
    return this.pkts.length;
  }

  /** The pcapng of everything captured so far. */
  file(): Uint8Array {
    return pcapngFile('tuxnet', this.ifs, this.pkts);
  }

  close(): void {
    devRemovePack(this.lab, this.pt);
  }
}
