import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SysctlTable } from '../core/sysctl.js';
import type { Net, NetWorld, PernetOperations } from '../core/net_namespace.js';
import { brNetfilterInit, brnfNet } from './br_netfilter_hooks.js';

function brnfNets(n: number): Net[] {
  let ops: PernetOperations | null = null;
  brNetfilterInit({ pernet: { register: (o: PernetOperations) => (ops = o) } } as unknown as NetWorld);
  return Array.from({ length: n }, () => {
    const net = { sysctl: new SysctlTable(), generic: new Map() } as unknown as Net;
    ops!.init!(net);
    return net;
  });
}

test('net/bridge: brnf_table in order of name, call-* on and filter-* off by default', () => {
  const [net] = brnfNets(1);
  assert.deepEqual(net!.sysctl.list('net/bridge'), [
    'bridge-nf-call-arptables', 'bridge-nf-call-ip6tables', 'bridge-nf-call-iptables',
    'bridge-nf-filter-pppoe-tagged', 'bridge-nf-filter-vlan-tagged', 'bridge-nf-pass-vlan-input-dev',
  ]);
  assert.equal(net!.sysctl.read('net/bridge/bridge-nf-call-iptables'), '1\n');
  assert.equal(net!.sysctl.read('net/bridge/bridge-nf-filter-vlan-tagged'), '0\n');
});

test('brnf_sysctl_call_tables: any non-zero value is kept as 1; a refused write changes nothing', () => {
  const [a, b] = brnfNets(2);
  const p = 'net/bridge/bridge-nf-call-iptables';
  assert.equal(a!.sysctl.write(p, '0\n'), null);
  assert.equal(brnfNet(a!).callIptables, 0);
  assert.equal(brnfNet(b!).callIptables, 1, 'another namespace keeps its own switch');
  assert.equal(a!.sysctl.write(p, 'abc\n'), 'EINVAL');
  assert.equal(a!.sysctl.read(p), '0\n');
  assert.equal(a!.sysctl.write(p, '-7\n'), null);
  assert.equal(a!.sysctl.read(p), '1\n');
  assert.equal(a!.sysctl.write(p, '0x10\n'), null);
  assert.equal(brnfNet(a!).callIptables, 1);
});
