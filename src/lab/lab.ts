/**
 * A lab: the namespaces of one scenario, the virtual clock and RNG they
 * share, the named namespaces of `ip netns`, and the command table. It is
 * the NetWorld of its namespaces: every registry the kernel keeps outside
 * a namespace (packet types, protocol handlers, the backlog, the pernet
 * list) is a field here, so two labs in one process share nothing.
 */
import type { CommandFn } from './process.js';
import { Scheduler } from '../sim/scheduler.js';
import { Rng } from '../sim/rng.js';
import { Net, PernetList, type NetWorld } from '../net/core/net_namespace.js';
import { CoreWorld } from '../net/core/core_world.js';
import { InetWorld } from '../net/ipv4/inet_world.js';
import { loopbackNetOps } from '../drivers/net/loopback.js';
import { Tracer } from '../net/core/trace.js';
import { inetInit } from '../net/ipv4/af_inet.js';
import { packetDiagInit } from '../net/packet/diag.js';
import { Rtnl } from '../net/core/rtnetlink.js';
import { rtnetlinkInit, rtnetlinkNetInit } from '../net/core/rtnl_link.js';
import { devinetRtnlInit, inetNetconfNotifyDevconf } from '../net/ipv4/devinet_rtnl.js';
import { vethInit } from '../drivers/net/veth.js';
import { tunInit } from '../drivers/net/tun.js';
import { macvlanInit } from '../drivers/net/macvlan.js';
import { macvtapInit } from '../drivers/net/macvtap.js';
import { ifbInit } from '../drivers/net/ifb.js';
import { virtInit } from '../drivers/net/virt.js';
import { vxlanInit } from '../drivers/net/vxlan/vxlan_rtnl.js';
import { netNsRtnlInit } from '../net/core/net_namespace_rtnl.js';
import { ipFibRtnlInit } from '../net/ipv4/fib_rtnl.js';
import { nexthopRtnlInit } from '../net/ipv4/nexthop_rtnl.js';
import { fibRulesRtnlInit } from '../net/core/fib_rules_rtnl.js';
import { neighRtnlInit } from '../net/core/neigh_rtnl.js';
import { neightblRtnlInit } from '../net/core/neightbl_rtnl.js';
import { nfnetlinkInit } from '../net/netfilter/nfnetlink.js';
import { genlInit } from '../net/netlink/genetlink.js';
import { nfLogInit } from '../net/netfilter/nf_log_net.js';
import { nfConntrackInit } from '../net/netfilter/nf_conntrack_standalone.js';
import { brInit } from '../net/bridge/br.js';
import { brNetfilterInit } from '../net/bridge/br_netfilter_hooks.js';
import { devMcListNetOps } from '../net/core/dev_addr_lists.js';
import { HostSysctls, hostSysctlOps } from './proc_sys_host.js';
import { procNetnsPids } from './proc_pid.js';

/**
 * Virtual time a program takes to start (fork, execve, the dynamic loader,
 * and for `ip netns exec` the namespace switch): on the machine the
 * transcripts are recorded on (Linux 6.18, loaded by parallel test runs),
 * `ip -n NS link show` takes 1.4-2.7 ms, `ip netns exec NS true` 1.8-2.5 ms,
 * `ip route get ... | head -1` 2.0-3.0 ms, and `ping -c 1 -W 1` to an
 * unanswered address 1.003 s (timed with $EPOCHREALTIME under `kt run`).
 * Charging it keeps what depends on time passing between commands as it is
 * there: icmp_global_allow()'s bucket refills (HZ/50), neighbour and TCP
 * timers fire on the timer wheel's buckets between two commands of a
 * transcript. Shell builtins cost nothing, as in bash.
 */
export const EXEC_COST_NS = 2_000_000;

export class Lab implements NetWorld {
  readonly sched = new Scheduler();
  /** What starting a program costs on the virtual clock (EXEC_COST_NS; 0 to stop time between commands). */
  execCostNs = EXEC_COST_NS;
  readonly rng: Rng;
  readonly nets: Net[] = [];
  readonly pernet = new PernetList(() => this.nets);
  readonly core = new CoreWorld(this.sched);
  readonly inet = new InetWorld();
  /** The namespace the shell starts in. Like the recorded transcripts' shell, it is not Linux's init_net. */
  readonly initNet: Net;
  /** `ip netns` names (the /run/netns files), in creation order. */
  readonly netns = new Map<string, Net>();
  /** inotify watches on /run/netns (`ip netns monitor`): told "add NAME" / "delete NAME". */
  readonly netnsWatchers = new Set<(event: 'add' | 'delete', name: string) => void>();
  /** Namespaces with no name left that processes still run in. */
  private readonly heldNets = new Set<Net>();
  readonly commands = new Map<string, CommandFn>();
  readonly tracer = new Tracer();
  readonly rtnl = new Rtnl();
  private cookies = 0;

  constructor(seed = 1) {
    this.rng = new Rng(seed);
    rtnetlinkInit(this.rtnl);
    devinetRtnlInit(this.rtnl);
    this.inet.sysctl.netconfNotify = inetNetconfNotifyDevconf;
    vethInit(this.rtnl);
    tunInit(this.rtnl);
    netNsRtnlInit(this.rtnl);
    ipFibRtnlInit(this.rtnl);
    fibRulesRtnlInit(this.rtnl);
    nexthopRtnlInit(this.rtnl);
    neighRtnlInit(this.rtnl);
    neightblRtnlInit(this.rtnl);
    // rtnetlink_net_ops first, then devinet/ARP (inet_init), then loopback, as setup_net() runs them.
    this.pernet.register({ name: 'rtnetlink', init: rtnetlinkNetInit });
    // kernel/ and fs/ of /proc/sys: one machine's knobs, seen from every namespace.
    this.pernet.register(hostSysctlOps(new HostSysctls()));
    // dev->mc's protocol memberships: IPv4's ip_mc_up()/ip_mc_down() run before addrconf's (inetdev_event is an older notifier).
    this.pernet.register(devMcListNetOps);
    inetInit(this);
    packetDiagInit(this);
    genlInit(this);
    nfnetlinkInit(this);
    nfLogInit(this);
    nfConntrackInit(this);
    macvlanInit(this);
    macvtapInit(this);
    ifbInit(this);
    virtInit(this);
    vxlanInit(this);
    this.pernet.register(loopbackNetOps);
    brInit(this);
    // br_netfilter is loaded on the recording machine: net.bridge.* in every namespace.
    brNetfilterInit(this);
    this.initNet = this.newNet();
  }

  /** copy_net_ns() -> setup_net(): a fresh namespace, every pernet init run on it. */
  newNet(): Net {
    const net = new Net(this, ++this.cookies);
    this.nets.push(net);
    this.pernet.setupNet(net);
    return net;
  }

  /**
   * The last name of `net` went (`ip netns del`): put_net() of the mount.
   * It goes now, unless a process still runs in it: then it lives on,
   * devices and all, until the last one leaves (netnsTaskLeft()).
   */
  netnsUnnamed(net: Net): void {
    if (this.isNamed(net)) return;
    if (procNetnsPids(this, net).length > 0) this.heldNets.add(net);
    else this.destroyNet(net);
  }

  /** A process of `net` ended (exit_task_namespaces()): a namespace only it held goes. */
  netnsTaskLeft(net: Net): void {
    if (!this.heldNets.has(net) || procNetnsPids(this, net).length > 0) return;
    this.heldNets.delete(net);
    if (!this.isNamed(net)) this.destroyNet(net);
  }

  /** Some /run/netns name holds `net`. */
  private isNamed(net: Net): boolean {
    for (const n of this.netns.values()) if (n === net) return true;
    return false;
  }

  /**
   * cleanup_net(): devices go (veth peers elsewhere with them), the pernet
   * exits run, then the namespace.
   */
  destroyNet(net: Net): void {
    net.dying = true;
    // unhash_nsid(): every other namespace drops (and announces) its id of this one first
    for (const other of this.nets) if (other !== net) other.forgetPeer(net);
    this.rtnl.lock();
    try {
      for (const dev of net.devicesSorted().reverse()) {
        if (dev.ops.dellink) dev.ops.dellink(dev);
      }
    } finally {
      this.rtnl.unlock();
    }
    this.pernet.cleanupNet(net);
    net.alive = false;
    const i = this.nets.indexOf(net);
    if (i >= 0) this.nets.splice(i, 1);
    for (const other of this.nets) other.forgetPeer(net);
  }
}
