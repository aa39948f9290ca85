import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { vethNewlink } from '../../drivers/net/veth.js';
import { devChangeFlags, devChangeName, devSetMtu } from '../core/dev.js';
import { IFF_UP } from '../core/netdevice.js';
import { IFA_F_SECONDARY, inetAllocIfa, inetDelIfa, inetInsertIfa, type InDevice } from './devinet.js';
import { DevconfIdx } from './devconf.js';
import { parseIp, ipToString } from '../../wire/ipv4.js';
import { RT_TABLE_LOCAL, RT_TABLE_MAIN } from './fib_types.js';
import type { Net } from '../core/net_namespace.js';

function setup(): { net: Net; inDev: InDevice } {
  const lab = new Lab(1);
  const net = lab.initNet;
  const [a] = vethNewlink({ net, name: 'a0' }, { net, name: 'b0' });
  devChangeFlags(a, a.flags | IFF_UP);
  return { net, inDev: a.ip! };
}

function add(inDev: InDevice, addr: string, plen: number): void {
  const ifa = inetAllocIfa(inDev, parseIp(addr)!, plen);
  ifa.broadcast = 0;
  inetInsertIfa(ifa);
}

function list(inDev: InDevice): string[] {
  return [...inDev.addrs()].map((a) => `${ipToString(a.local)}/${a.prefixlen}${a.flags & IFA_F_SECONDARY ? ' sec' : ''}`);
}

function routes(net: Net, table: number): string[] {
  return [...net.ipv4.fib.getTable(table)!.aliases()].map((fa) => `${ipToString(fa.dst)}/${fa.plen} src ${ipToString(fa.fi.prefsrc)}`);
}

test('a second address of the same subnet is secondary and listed after the primaries', () => {
  const { inDev } = setup();
  add(inDev, '10.0.0.1', 24);
  add(inDev, '10.0.0.2', 24);
  add(inDev, '10.1.0.1', 16);
  assert.deepEqual(list(inDev), ['10.0.0.1/24', '10.1.0.1/16', '10.0.0.2/24 sec']);
});

test('the same local address in the same subnet is EEXIST', () => {
  const { inDev } = setup();
  add(inDev, '10.0.0.1', 24);
  assert.throws(() => add(inDev, '10.0.0.1', 24), /File exists/);
});

test('deleting a primary deletes its secondaries without promote_secondaries', () => {
  const { inDev, net } = setup();
  add(inDev, '10.0.0.1', 24);
  add(inDev, '10.0.0.2', 24);
  inetDelIfa(inDev.ifaList!);
  assert.deepEqual(list(inDev), []);
  assert.deepEqual(routes(net, RT_TABLE_MAIN), []);
});

test('promote_secondaries moves the subnet routes to the promoted address', () => {
  const { inDev, net } = setup();
  inDev.cnf.set(DevconfIdx.PROMOTE_SECONDARIES, 1);
  add(inDev, '10.0.0.1', 24);
  add(inDev, '10.0.0.2', 24);
  add(inDev, '10.0.0.3', 24);
  inetDelIfa(inDev.ifaList!);
  assert.deepEqual(list(inDev), ['10.0.0.2/24', '10.0.0.3/24 sec']);
  assert.deepEqual(routes(net, RT_TABLE_MAIN), ['10.0.0.0/24 src 10.0.0.2']);
  assert.deepEqual(routes(net, RT_TABLE_LOCAL), ['10.0.0.2/32 src 10.0.0.2', '10.0.0.3/32 src 10.0.0.2', '10.0.0.255/32 src 10.0.0.2']);
});

test('an mtu below 68 destroys the IPv4 side; raising it recreates an empty one', () => {
  const { net } = setup();
  const dev = net.devByName('lo')!;
  add(dev.ip!, '10.0.0.1', 24);
  devSetMtu(dev, 67);
  assert.equal(dev.ip, null);
  devSetMtu(dev, 1500);
  assert.ok(dev.ip);
  assert.deepEqual(list(dev.ip), []);
});

test('lo stays without IPv4 while its mtu is under 68, and comes back with default\'s conf, not lo\'s disable_xfrm', () => {
  const { net } = setup();
  const dev = net.devByName('lo')!;
  assert.equal(dev.ip!.cnf.get(DevconfIdx.NOXFRM), 1);
  devSetMtu(dev, 67);
  devSetMtu(dev, 60);
  assert.equal(dev.ip, null);
  devSetMtu(dev, 68);
  assert.equal(dev.ip!.cnf.get(DevconfIdx.NOXFRM), 0);
  assert.equal(dev.ip!.cnf.get(DevconfIdx.NOPOLICY), 0);
});

test('a rename relabels the addresses in list order: NAME, then NAME:suffix or NAME:N, cut to IFNAMSIZ', () => {
  const { net, inDev } = setup();
  add(inDev, '10.0.0.1', 24);
  add(inDev, '10.0.0.2', 24);
  add(inDev, '10.1.0.1', 24);
  add(inDev, '10.2.0.1', 24);
  const labels = [...inDev.addrs()];
  labels[1]!.label = 'a0:web';
  labels[3]!.label = 'other:abcdefghi';
  devChangeName(net.devByName('a0')!, 'abcdefghij12345');
  assert.deepEqual([...inDev.addrs()].map((a) => a.label), ['abcdefghij12345', 'abcdefghij1:web', 'abcdefghij123:3', 'abcde:abcdefghi']);
});
