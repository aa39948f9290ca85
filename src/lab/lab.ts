/**
 * A lab: the namespaces of one scenario, the virtual clock and RNG they
 * share, the named namespaces of `ip netns`, and the command table.
 */
import type { CommandFn } from './process.js';
import { Scheduler } from '../sim/scheduler.js';
import { Rng } from '../sim/rng.js';
import { Net, type NetWorld } from '../net/core/net_namespace.js';
import { loopbackNetInit } from '../drivers/net/loopback.js';
import { ipv4SysctlRegister } from '../net/ipv4/devinet_sysctl.js';
import { Tracer } from '../net/core/trace.js';
import { inetInit } from '../net/ipv4/af_inet.js';
import { arpNetInit } from '../net/ipv4/arp.js';
import { Rtnl } from '../net/core/rtnetlink.js';
import { rtnetlinkInit, rtnetlinkNetInit } from '../net/core/rtnl_link.js';
import { devinetRtnlInit } from '../net/ipv4/devinet_rtnl.js';
import { vethInit } from '../drivers/net/veth.js';
import { netNsRtnlInit } from '../net/core/net_namespace_rtnl.js';
import { ipFibRtnlInit } from '../net/ipv4/fib_rtnl.js';
import { fibRulesRtnlInit } from '../net/core/fib_rules_rtnl.js';
import { neighRtnlInit } from '../net/core/neigh_rtnl.js';

export class Lab implements NetWorld {
  readonly sched = new Scheduler();
  readonly rng: Rng;
  readonly nets: Net[] = [];
  /** The namespace the shell starts in. Like the recorded transcripts' shell, it is not Linux's init_net. */
  readonly initNet: Net;
  /** `ip netns` names (the /run/netns files), in creation order. */
  readonly netns = new Map<string, Net>();
  readonly commands = new Map<string, CommandFn>();
  readonly tracer = new Tracer();
  readonly rtnl = new Rtnl();
  private cookies = 0;

  constructor(seed = 1) {
    inetInit();
    this.rng = new Rng(seed);
    rtnetlinkInit(this.rtnl);
    devinetRtnlInit(this.rtnl);
    vethInit(this.rtnl);
    netNsRtnlInit(this.rtnl);
    ipFibRtnlInit(this.rtnl);
    fibRulesRtnlInit(this.rtnl);
    neighRtnlInit(this.rtnl);
    this.initNet = this.newNet();
  }

  /** copy_net_ns(): a fresh namespace with its loopback device. */
  newNet(): Net {
    const net = new Net(this, ++this.cookies);
    this.nets.push(net);
    rtnetlinkNetInit(net);
    ipv4SysctlRegister(net);
    arpNetInit(net);
    loopbackNetInit(net);
    return net;
  }

  /** cleanup_net(): devices go (veth peers elsewhere with them), then the namespace. */
  destroyNet(net: Net): void {
    this.rtnl.lock();
    try {
      for (const dev of net.devicesSorted().reverse()) {
        if (dev.ops.dellink) dev.ops.dellink(dev);
      }
    } finally {
      this.rtnl.unlock();
    }
    net.alive = false;
    const i = this.nets.indexOf(net);
    if (i >= 0) this.nets.splice(i, 1);
    for (const other of this.nets) other.forgetPeer(net);
  }
}
