import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { ipIn } from '../../tools/ip/ip.testutil.js';
import { FIB_INDEX_THRESHOLD, FibResult } from './fib_trie.js';
import { RTN_BLACKHOLE } from './fib_types.js';
import { nexthopPathFibResult } from './nexthop.js';

async function setup(cmds: string[]): Promise<Lab> {
  const lab = new Lab(1);
  const base = ['ip link add v0 type veth peer name v1', 'ip link set v0 up', 'ip link set v1 up', 'ip addr add 10.0.0.1/24 dev v0'];
  for (const c of [...base, ...cmds]) assert.equal(await ipIn(lab, c), '', c);
  return lab;
}

test('nh_hthr_group_rebalance(): bounds by cumulative weight over 2^31, the last one 2^31 - 1', async () => {
  const lab = await setup([
    'ip nexthop add id 1 via 10.0.0.2 dev v0', 'ip nexthop add id 2 via 10.0.0.3 dev v0', 'ip nexthop add id 10 group 1,1/2,3',
  ]);
  const grp = lab.initNet.ipv4.nexthop.find(10)!.grp!;
  assert.deepEqual(grp.entries.map((e) => e.upperBound), [2 ** 29 - 1, 2 ** 31 - 1]);
  assert.deepEqual(grp.fibNhs.map((n) => [n.gw, n.weight]), [[0x0a000002, 1], [0x0a000003, 3]]);
});

test('nexthop_select_path_hthr(): a later member with a valid neighbour beats one whose entry failed', async () => {
  const lab = await setup([
    'ip nexthop add id 1 via 10.0.0.2 dev v0', 'ip nexthop add id 2 via 10.0.0.3 dev v0', 'ip nexthop add id 10 group 1/2',
    'ip route add 10.4.0.0/24 nhid 10',
  ]);
  const net = lab.initNet;
  const res = new FibResult();
  res.fi = [...net.ipv4.nexthop.find(10)!.fiList][0]!;
  nexthopPathFibResult(res, 5);
  assert.equal(res.nhSel, 0, 'no neighbour yet: the hash decides');
  assert.equal(await ipIn(lab, 'ip neigh add 10.0.0.2 dev v0 nud failed'), '');
  nexthopPathFibResult(res, 5);
  assert.equal(res.nhSel, 1, 'its neighbour failed: the next good member');
  assert.equal(await ipIn(lab, 'ip neigh add 10.0.0.3 dev v0 nud failed'), '');
  nexthopPathFibResult(res, 5);
  assert.equal(res.nhSel, 0, 'none good: the hash bucket\'s own member');
});

test('a blackhole object replacing a plain one makes its routes reject on the indexed fast path too', async () => {
  // past FIB_INDEX_THRESHOLD prefixes: the table answers plain prefixes from its index
  const routes = Array.from({ length: FIB_INDEX_THRESHOLD + 8 }, (_, i) => `ip route add 10.${100 + (i >> 8)}.${i & 255}.0/24 nhid 1`);
  const lab = await setup(['ip link set lo up', 'ip nexthop add id 1 via 10.0.0.2 dev v0', ...routes]);
  const net = lab.initNet;
  const tb = net.ipv4.fib.getTable(254)!;
  const dst = (10 << 24) | (100 << 16) | (7 << 8) | 9;
  assert.notEqual(tb.lookup(dst, 0, 0, 0, false)!.type, RTN_BLACKHOLE);
  assert.equal(await ipIn(lab, 'ip nexthop replace id 1 blackhole'), '');
  assert.equal(tb.lookup(dst, 0, 0, 0, false)!.type, RTN_BLACKHOLE);
  assert.equal(await ipIn(lab, 'ip nexthop replace id 1 via 10.0.0.3 dev v0'), '');
  const r = tb.lookup(dst, 0, 0, 0, false)!;
  assert.equal(r.fi.nhs[r.nhSel]!.gw, 0x0a000003);
});
