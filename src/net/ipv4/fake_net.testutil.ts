/**
 * A stand-in for struct net with just what the sysctl code touches: the
 * sysctl table, conf/all and default, the net.ipv4 knobs, the MIB and a
 * device map whose devices have an in_device (cnf, arp_parms). For tests.
 */
import type { Net } from '../core/net_namespace.js';
import { SysctlTable } from '../core/sysctl.js';
import { Mib, Mib6 } from '../core/snmp.js';
import { Rng } from '../../sim/rng.js';
import { InetWorld } from './inet_world.js';
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
  /** Called on each rt_cache_flush() of the namespace. */
  onRtCacheFlush: () => void;
  addDev(name: string): FakeDev;
  delDev(name: string): void;
}

export function fakeNet(): FakeNet {
  const devices = new Map<number, FakeDev>();
  let next = 1;
  const fake = { onRtCacheFlush: () => {} };
  const raw = {
    world: { inet: new InetWorld(), rng: new Rng(1) },
    sysctl: new SysctlTable(),
    devices,
    mib: new Mib(),
    mib6: new Mib6(),
    ipv4: {
      devconfAll: newDevconfAll(), devconfDflt: newDevconfDflt(), sysctl: new Ipv4Sysctls(),
      fib: { rtCacheFlush: () => fake.onRtCacheFlush(), fnheGenidBump: () => {} },
    },
    devByName: (name: string) => [...devices.values()].find((d) => d.name === name) ?? null,
    devByIndex: (ifindex: number) => devices.get(ifindex) ?? null,
  };
  const net = raw as unknown as Net;
  ipv4SysctlRegister(net);
  return {
    net,
    get onRtCacheFlush() {
      return fake.onRtCacheFlush;
    },
    set onRtCacheFlush(fn) {
      fake.onRtCacheFlush = fn;
    },
    addDev(name) {
      const dev: FakeDev = { name, ifindex: next++, ip: null };
      devices.set(dev.ifindex, dev);
      dev.ip = { cnf: devconfCopyForNewDevice(raw.ipv4.devconfDflt), arpParms: new NeighParms() };
      dev.ip.cnf.owner = dev;
      neighSysctlRegister(net, name, dev.ip.arpParms);
      devinetSysctlRegister(net, name, dev.ip.cnf);
      return dev;
    },
    delDev(name) {
      const dev = raw.devByName(name);
      if (!dev) return;
      dev.ip = null;
      devinetSysctlUnregister(net, name, dev.ifindex);
      neighSysctlUnregister(net, name);
      devices.delete(dev.ifindex);
    },
  };
}
