import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLabSession, createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { ipRouteOutputKey } from './route.js';
import { newFlowi4 } from './fib_rules.js';

test('multipath: weights 1 and 3 split flows about 25/75, each flow always on the same path', async () => {
  const { lab, fs } = createLab(5);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`
ip link add a0 type veth peer name b0; ip link add a1 type veth peer name b1
for d in a0 b0 a1 b1; do ip link set $d up; done
ip addr add 10.0.1.1/24 dev a0; ip addr add 10.0.2.1/24 dev a1
ip route add 198.51.0.0/16 nexthop via 10.0.1.2 weight 1 nexthop via 10.0.2.2 weight 3`);
  assert.equal(r.status, 0, r.output);
  const net = lab.initNet;
  const count = new Map<string, number>();
  for (let i = 0; i < 4000; i++) {
    const daddr = (0xc6330000 | i) >>> 0;
    const pick = (): string => {
      const rt = ipRouteOutputKey(net, newFlowi4({ daddr, iif: 1 }));
      return typeof rt === 'string' ? rt : rt.dev.name;
    };
    const dev = pick();
    assert.equal(pick(), dev, 'a flow keeps its path');
    count.set(dev, (count.get(dev) ?? 0) + 1);
  }
  const a0 = count.get('a0') ?? 0;
  assert.ok(a0 > 700 && a0 < 1300, `a0 got ${a0} of 4000`);
});

test('multipath: a dead next hop is never chosen', async () => {
  const s = createLabSession({ seed: 2 });
  const r = await s.exec(`
ip link add a0 type veth peer name b0; ip link add a1 type veth peer name b1
for d in a0 b0 a1 b1; do ip link set $d up; done
ip addr add 10.0.1.1/24 dev a0; ip addr add 10.0.2.1/24 dev a1
ip route add 198.51.100.0/24 nexthop via 10.0.1.2 nexthop via 10.0.2.2
ip link set a1 down
for i in $(seq 1 20); do ip route get 198.51.100.$i | head -1; done | grep -c 'dev a0'`);
  assert.equal(r.output, '20\n');
});

const TWO_PATHS = `
ip link add a0 type veth peer name b0; ip link add a1 type veth peer name b1
for d in a0 b0 a1 b1; do ip link set $d up; done
ip addr add 10.0.1.1/24 dev a0; ip addr add 10.0.2.1/24 dev a1
ip route add 198.51.100.0/24 nexthop via 10.0.1.2 nexthop via 10.0.2.2`;

test('multipath: a source address picks the next hop on its device, an output device its own next hop (not the hash)', async () => {
  const s = createLabSession({ seed: 3 });
  const r = await s.exec(`${TWO_PATHS}
for i in $(seq 1 40); do ip route get 198.51.100.$i | head -1; done | grep -c 'dev a0'
for i in $(seq 1 40); do ip route get 198.51.100.$i from 10.0.2.1 | head -1; done | grep -c 'dev a1'
for i in $(seq 1 40); do ip route get 198.51.100.$i from 10.0.1.1 | head -1; done | grep -c 'dev a0'
for i in $(seq 1 40); do ip route get 198.51.100.$i oif a1 | head -1; done | grep -c 'dev a1'
for i in $(seq 1 40); do ip route get 198.51.100.$i from 10.0.1.1 oif a1 | head -1; done | grep -c 'dev a1'`);
  const [hashed, ...rest] = r.output.trim().split('\n').map(Number);
  assert.ok(hashed! > 5 && hashed! < 35, `the hash alone spreads flows: ${hashed} of 40 on a0`);
  assert.deepEqual(rest, [40, 40, 40, 40]);
});

test('multipath: fib_multipath_use_neigh skips a next hop whose neighbour is not valid; all skipped keeps the first', async () => {
  const s = createLabSession({ seed: 4 });
  const r = await s.exec(`${TWO_PATHS}
ip neigh replace 10.0.1.2 dev a0 nud failed
for i in $(seq 1 40); do ip route get 198.51.100.$i | head -1; done | grep -c 'dev a1'
sysctl -qw net.ipv4.fib_multipath_use_neigh=1
for i in $(seq 1 40); do ip route get 198.51.100.$i | head -1; done | grep -c 'dev a1'
for i in $(seq 1 40); do ip route get 198.51.100.$i from 10.0.1.1 | head -1; done | grep -c 'dev a1'
ip neigh replace 10.0.2.2 dev a1 nud incomplete
for i in $(seq 1 40); do ip route get 198.51.100.$i | head -1; done | grep -c 'dev a0'`);
  const [before, ...rest] = r.output.trim().split('\n').map(Number);
  assert.ok(before! < 40, `without use_neigh the failed next hop still gets flows: ${40 - before!}`);
  assert.deepEqual(rest, [40, 40, 40]);
});
