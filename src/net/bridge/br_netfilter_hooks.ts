/**
 * br_netfilter: the per-namespace switches (struct brnf_net) and their
 * net.bridge.bridge-nf-* files. The recording machine has the module
 * loaded, so every namespace has them from its creation, with the
 * defaults of br_netfilter_sysctl_default().
 * @linux net/bridge/br_netfilter_hooks.c brnf_table, brnf_sysctl_call_tables(),
 *        br_netfilter_sysctl_default(), br_netfilter_sysctl_init_net()
 */
import type { Net, NetWorld, PernetOperations } from '../core/net_namespace.js';
import { fieldCell, procDointvec, procWrap, type IntCell, type SysctlEntry } from '../core/sysctl.js';

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
function brnfTable(b: BrnfNet): Array<[string, SysctlEntry]> {
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
    net.sysctl.registerLazy('net/bridge', () => brnfTable(brnfNet(net)));
  },
  exit(net: Net): void {
    net.generic.delete(BRNF_NET);
  },
};

/** br_netfilter_init() (the module loaded at boot, after the bridge). */
export function brNetfilterInit(world: NetWorld): void {
  world.pernet.register(brnfNetOps);
}
