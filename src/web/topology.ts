/**
 * The lab's topology as the page draws it: namespaces as hosts, bridges as
 * switches, veth pairs, bridge ports and macvlans as links, with each
 * host's addresses and routes. Read the way iproute2 reads it, through
 * rtnetlink dumps on a netlink socket per namespace; the same sockets join
 * the link, address and route groups, so a change (an `ip` command, a
 * device going down) is seen as the notification the kernel sends, as
 * `ip monitor` sees it. Namespaces come and go without a netlink message
 * (iproute2 watches /run/netns with inotify): the set is compared after
 * each command.
 */
import type { Lab } from '../lab/lab.js';
import type { Net } from '../net/core/net_namespace.js';
import { NetlinkSock } from '../net/netlink/af_netlink.js';
import { labNetName } from '../lab/pcap_capture.js';
import { NLM_F_DUMP, NLM_F_REQUEST, type NlMsg } from '../uapi/linux/netlink.js';
import {
  RTM_GETADDR, RTM_GETLINK, RTM_GETROUTE, RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV4_ROUTE, RTNLGRP_LINK,
} from '../uapi/linux/rtnetlink.js';
import type { IfInfoMsg } from '../uapi/linux/if_link.js';
import type { IfAddrMsg } from '../uapi/linux/if_addr.js';
import { RT_TABLE_MAIN, newRtMsg, type RtMsg } from '../uapi/linux/rtmsg.js';
import { AF_INET } from '../uapi/linux/socket.js';
import { IFF_UP } from '../uapi/linux/if.js';
import { ipToString } from '../wire/ipv4.js';
import { macToString } from '../wire/ethernet.js';

export interface TopoIf {
  readonly name: string;
  readonly kind: string;
  readonly up: boolean;
  readonly mac: string;
  readonly addrs: string[];
}

export interface TopoNode {
  /** `ns:NAME` for a namespace, `br:NS/DEV` for a bridge. */
  readonly id: string;
  readonly label: string;
  readonly kind: 'host' | 'bridge';
  /** The namespace (a bridge's: the one it is in). */
  readonly ns: string;
  /** A bridge's: itself, then its ports. */
  readonly ifs: TopoIf[];
  /** `ip route` of the main table, one line each (hosts only). */
  readonly routes: string[];
}

export interface TopoEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** `port`: a bridge and the namespace it is in. */
  readonly kind: 'veth' | 'macvlan' | 'port';
  /** The device names at each end. */
  readonly label: string;
}

export interface Topology {
  readonly nodes: TopoNode[];
  readonly edges: TopoEdge[];
}

/** A netlink socket whose notifications call back instead of queueing. */
class WatchSock extends NetlinkSock {
  constructor(
    net: Net,
    private readonly onMsg: () => void,
  ) {
    super(net);
    for (const g of [RTNLGRP_LINK, RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV4_ROUTE]) this.addMembership(g);
  }

  override deliver(_msg: NlMsg): void {
    this.onMsg();
  }

  dump<B extends { family?: number }>(type: number, body: B): NlMsg<B>[] {
    const r = this.request(type, NLM_F_REQUEST | NLM_F_DUMP, body);
    return r.ack.error === null ? (r.msgs as NlMsg<B>[]) : [];
  }
}

interface Link {
  readonly net: Net;
  readonly msg: IfInfoMsg;
}

/** Watches a lab; `changed` runs (once per burst, from the caller's loop) when the topology may differ. */
export class TopologyWatch {
  private readonly socks = new Map<Net, WatchSock>();
  private dirty = true;

  constructor(
    private readonly lab: Lab,
    private readonly changed: () => void,
  ) {
    this.sync();
  }

  /** After a command: namespaces added or deleted (the inotify on /run/netns of `ip netns monitor`). */
  sync(): void {
    for (const [net, sk] of this.socks) {
      if (!net.alive || !this.lab.nets.includes(net)) {
        sk.close();
        this.socks.delete(net);
        this.mark();
      }
    }
    for (const net of this.visibleNets()) {
      if (this.socks.has(net)) continue;
      this.socks.set(net, new WatchSock(net, () => this.mark()));
      this.mark();
    }
  }

  private mark(): void {
    if (this.dirty) return;
    this.dirty = true;
    this.changed();
  }

  /** The shell's namespace, then the named ones in creation order. */
  private visibleNets(): Net[] {
    const nets = [this.lab.initNet, ...this.lab.netns.values()];
    return nets.filter((n, i) => n.alive && nets.indexOf(n) === i);
  }

  /** The topology now (clears the dirty flag). */
  read(): Topology {
    this.dirty = false;
    const nodes: TopoNode[] = [];
    const edges: TopoEdge[] = [];
    const links: Link[] = [];
    const byIndex = new Map<Net, Map<number, IfInfoMsg>>();
    for (const [net, sk] of this.socks) {
      const devs = sk.dump<IfInfoMsg>(RTM_GETLINK, { family: 0, index: 0 }).map((m) => m.body);
      byIndex.set(net, new Map(devs.map((d) => [d.index, d])));
      const addrs = sk.dump<IfAddrMsg>(RTM_GETADDR, { family: AF_INET, prefixlen: 0, index: 0 }).map((m) => m.body);
      const routes = sk.dump<RtMsg>(RTM_GETROUTE, newRtMsg({ family: AF_INET })).map((m) => m.body);
      const ifs = devs.map((d) => topoIf(d, addrs));
      const names = new Map(devs.map((d) => [d.index, d.ifname ?? '?']));
      nodes.push({ id: nsId(this.lab, net), label: labNetName(this.lab, net), ns: labNetName(this.lab, net), kind: 'host', ifs: ifs.filter((i) => i.kind !== 'bridge'),
        routes: routes.filter((r) => (r.tableId ?? r.table) === RT_TABLE_MAIN).map((r) => routeLine(r, names)) });
      for (const d of devs) {
        links.push({ net, msg: d });
        if (d.linkinfo?.kind === 'bridge') {
          // The bridge and its ports: a packet walking through one of them is at the bridge.
          const ports = devs.filter((p) => p.master === d.index).map((p) => topoIf(p, addrs));
          nodes.push({ id: brId(this.lab, net, d), label: `${d.ifname ?? '?'} (${labNetName(this.lab, net)})`, ns: labNetName(this.lab, net), kind: 'bridge', ifs: [topoIf(d, addrs), ...ports], routes: [] });
        }
      }
    }
    this.linkEdges(links, byIndex, edges);
    // The shell's own namespace, with nothing but lo while others exist, is left out of the picture.
    const init = nsId(this.lab, this.lab.initNet);
    const initDevs = byIndex.get(this.lab.initNet);
    if (nodes.length > 1 && initDevs && initDevs.size <= 1 && !edges.some((e) => e.source === init || e.target === init)) {
      return { nodes: nodes.filter((n) => n.id !== init), edges };
    }
    return { nodes, edges };
  }

  /** veth pairs (each once; an end enslaved to a bridge ends at the bridge), macvlans to their parent, bridges to their namespace. */
  private linkEdges(links: Link[], byIndex: Map<Net, Map<number, IfInfoMsg>>, edges: TopoEdge[]): void {
    const seen = new Set<string>();
    const end = (net: Net, d: IfInfoMsg): string => {
      const master = d.master ? byIndex.get(net)?.get(d.master) : undefined;
      return master?.linkinfo?.kind === 'bridge' ? brId(this.lab, net, master) : nsId(this.lab, net);
    };
    for (const { net, msg: d } of links) {
      const kind = d.linkinfo?.kind;
      if ((kind !== 'veth' && kind !== 'macvlan') || !d.link) continue;
      const peerNet = d.linkNetnsid === undefined || d.linkNetnsid < 0 ? net : this.netOfId(net, d.linkNetnsid);
      const peer = peerNet ? byIndex.get(peerNet)?.get(d.link) : undefined;
      if (!peerNet || !peer) continue;
      const a = `${net.cookie}/${d.index}`;
      const b = `${peerNet.cookie}/${peer.index}`;
      if (kind === 'veth' && seen.has(`${b}-${a}`)) continue;
      seen.add(`${a}-${b}`);
      edges.push({ id: `${kind}:${a}-${b}`, source: end(net, d), target: kind === 'macvlan' ? nsId(this.lab, peerNet) : end(peerNet, peer), kind,
        label: `${d.ifname ?? '?'} — ${peer.ifname ?? '?'}` });
    }
    // A bridge hangs off the namespace it lives in (its ports are the veth links drawn above).
    for (const [net, devs] of byIndex) {
      for (const d of devs.values()) {
        if (d.linkinfo?.kind !== 'bridge') continue;
        edges.push({ id: `br:${net.cookie}/${d.index}`, source: nsId(this.lab, net), target: brId(this.lab, net, d), kind: 'port', label: '' });
      }
    }
  }

  /** The namespace `net` knows as `id` (IFLA_LINK_NETNSID). */
  private netOfId(net: Net, id: number): Net | null {
    for (const other of this.lab.nets) if (net.peernet2id(other) === id) return other;
    return null;
  }

  close(): void {
    for (const sk of this.socks.values()) sk.close();
    this.socks.clear();
  }
}

function nsId(lab: Lab, net: Net): string {
  return `ns:${labNetName(lab, net)}`;
}

function brId(lab: Lab, net: Net, d: IfInfoMsg): string {
  return `br:${labNetName(lab, net)}/${d.ifname ?? d.index}`;
}

function topoIf(d: IfInfoMsg, addrs: readonly IfAddrMsg[]): TopoIf {
  return {
    name: d.ifname ?? '?', kind: d.linkinfo?.kind ?? (d.index === 1 ? 'loopback' : 'device'), up: ((d.flags ?? 0) & IFF_UP) !== 0,
    mac: d.address ? macToString(d.address) : '',
    addrs: addrs.filter((a) => a.index === d.index).map((a) => `${ipToString(a.local ?? a.address ?? 0)}/${a.prefixlen}`),
  };
}

/** A compact `ip route` line: destination, gateway, device, source. */
function routeLine(r: RtMsg, names: ReadonlyMap<number, string>): string {
  const dst = r.dst === null ? 'default' : `${ipToString(r.dst)}/${r.dstLen}`;
  const via = r.gateway !== null ? ` via ${ipToString(r.gateway)}` : '';
  const dev = r.oif !== null ? ` dev ${names.get(r.oif) ?? r.oif}` : '';
  const src = r.prefsrc !== null ? ` src ${ipToString(r.prefsrc)}` : '';
  return `${dst}${via}${dev}${src}`;
}
