/**
 * inet_init(): plug IPv4 into one lab world — the ETH_P_IP and ETH_P_ARP
 * packet types, the ICMP and UDP protocol handlers, and the per-namespace
 * subsystems (devinet sysctls, ARP) on the world's pernet list. Called once
 * per world; nothing here is shared between worlds.
 * @linux net/ipv4/af_inet.c inet_init()
 */
import { igmpInit } from './igmp.js';
import type { NetWorld, PernetOperations } from '../core/net_namespace.js';
import { ipInit } from './ip_input.js';
import { arpInit } from './arp.js';
import { icmpInit } from './icmp.js';
import { udpInit, udpliteInit } from './udp.js';
import { udpSockInit } from './udp_lookup.js';
import { tcpInit } from './tcp_ipv4.js';
import { inetDiagInit } from './inet_diag.js';
import { ipv4SysctlRegister } from './devinet_sysctl.js';
import { sysctlCoreOps } from '../core/sysctl_net_core.js';
import { ipRtUpdateInit } from './route_update.js';
import { addrconfInit } from '../ipv6/addrconf_sysctl.js';
import { addrconfDevInit } from '../ipv6/addrconf.js';
import { unixNetOps } from '../unix/sysctl_net_unix.js';
import { ipv6SysctlNetOps } from '../ipv6/sysctl_net_ipv6.js';
import { mptcpPernetOps } from '../mptcp/ctrl.js';

/** devinet_ops: conf/all, conf/default, ip_forward and net.ipv4.* of each namespace. */
const devinetNetOps: PernetOperations = { name: 'devinet', init: ipv4SysctlRegister };

export function inetInit(world: NetWorld): void {
  // sysctl_core_init() is a fs_initcall, before inet_init().
  world.pernet.register(sysctlCoreOps);
  // af_unix_init() (fs_initcall): net.unix of each namespace.
  world.pernet.register(unixNetOps);
  // devinet_init() registers its pernet ops before arp_init() does.
  world.pernet.register(devinetNetOps);
  arpInit(world);
  ipInit(world);
  // ip_rt_init(): ICMP errors reach the route cache (PMTU and redirect exceptions).
  ipRtUpdateInit(world);
  icmpInit(world);
  igmpInit(world);
  udpInit(world);
  udpliteInit(world);
  udpSockInit(world);
  tcpInit(world);
  // tcp_init() -> mptcp_init(): net.mptcp of each namespace.
  world.pernet.register(mptcpPernetOps);
  inetDiagInit(world);
  // inet6_init(): the net.ipv6 knobs; addresses and routes only as a fresh interface makes them.
  world.pernet.register(ipv6SysctlNetOps);
  addrconfInit(world);
  addrconfDevInit(world);
}
