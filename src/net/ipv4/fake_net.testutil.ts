/**
 * A stand-in for struct net with just what the sysctl code touches: the
 * sysctl table, conf/all and default, the net.ipv4 knobs, the MIB and a
 * device map whose devices have an in_device (cnf, arp_parms). For tests.
 */
import type { Net } from '../core/net_namespace.js';
import { SysctlTable } from '../core/sysctl.js';
import { Mib } from '../core/snmp.js';
import { NeighParms } from '../core/neigh_parms.js';
import { devconfCopyForNewDevice, newDevconfAll, newDevconfDflt, type Ipv4Devconf } from './devconf.js';
import { Ipv4Sysctls } from './sysctl_net_ipv4.js';
import { devinetSysctlRegister, devinetSysctlUnregister, ipv4SysctlRegister, neighSysctlRegister, neighSysctlUnregister } from './devinet_sysctl.js';

export interface FakeDev {
  name: string;
  ifindex: number;
  ip: { cnf: Ipv4Devconf; arpParms: NeighParms } | null;
}

export interface FakeNet {
  net: Net;
  addDev(name: string): FakeDev;
  delDev(name: string): void;
}

export function fakeNet(): FakeNet {
  const devices = new Map<number, FakeDev>();
  let next = 1;
  const raw = {
    sysctl: new SysctlTable(),
    devices,
    mib: new Mib(),
    ipv4: { devconfAll: newDevconfAll(), devconfDflt: newDevconfDflt(), sysctl: new Ipv4Sysctls() },
    devByName: (name: string) => [...devices.values()].find((d) => d.name === name) ?? null,
  };
  const net = raw as unknown as Net;
  ipv4SysctlRegister(net);
  return {
    net,
    addDev(name) {
      const dev: FakeDev = { name, ifindex: next++, ip: null };
      devices.set(dev.ifindex, dev);
      dev.ip = { cnf: devconfCopyForNewDevice(raw.ipv4.devconfDflt), arpParms: new NeighParms() };
      neighSysctlRegister(net, name, dev.ip.arpParms);
      devinetSysctlRegister(net, name, dev.ip.cnf);
      return dev;
    },
    delDev(name) {
      const dev = raw.devByName(name);
      if (!dev) return;
      dev.ip = null;
      devinetSysctlUnregister(net, name);
      neighSysctlUnregister(net, name);
      devices.delete(dev.ifindex);
    },
  };
}
