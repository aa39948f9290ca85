import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { vethNewlink } from '../../drivers/net/veth.js';
import { devChangeFlags } from '../core/dev.js';
import { IFF_UP } from '../core/netdevice.js';
import { newFibConfig } from './fib_semantics.js';
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, RTN_UNREACHABLE, RT_SCOPE_LINK, RT_TABLE_MAIN } from './fib_types.js';
import { parseIp, ipToString } from '../../wire/ipv4.js';
import { KError } from '../core/errno.js';

function setup() {
  const lab = new Lab(1);
  const net = lab.initNet;
  const [a, b] = vethNewlink({ net, name: 'a0' }, { net, name: 'b0' });
  devChangeFlags(a, a.flags | IFF_UP);
  devChangeFlags(b, b.flags | IFF_UP);
  return { net, a };
}

const ip = (s: string): number => parseIp(s)!;

test('add is exclusive, append/prepend order routes of equal keys, replace swaps the first', () => {
  const { net, a } = setup();
  const fib = net.ipv4.fib;
  const mk = (gw: number, flags: number, metric = 0) =>
    newFibConfig({ dst: ip('10.9.0.0'), dstLen: 16, oif: a.ifindex, scope: RT_SCOPE_LINK, priority: metric, nlflags: flags, gw });
  fib.addRoute(mk(0, NLM_F_CREATE | NLM_F_EXCL));
  assert.throws(() => fib.addRoute(mk(0, NLM_F_CREATE | NLM_F_EXCL)), (e: unknown) => e instanceof KError && e.errno === 'EEXIST');
  fib.addRoute(mk(0, NLM_F_CREATE | NLM_F_EXCL, 5));
  const order = () => [...fib.getTable(RT_TABLE_MAIN)!.aliases()].filter((f) => f.plen === 16).map((f) => f.fi.priority);
  assert.deepEqual(order(), [0, 5]);
  fib.addRoute({ ...mk(0, NLM_F_CREATE | NLM_F_REPLACE, 5), type: RTN_UNREACHABLE, oif: 0, scope: 0 });
  assert.equal([...fib.getTable(RT_TABLE_MAIN)!.aliases()].filter((f) => f.plen === 16)[1]!.type, RTN_UNREACHABLE);
  assert.throws(() => fib.addRoute(mk(0, NLM_F_CREATE | NLM_F_APPEND)), /File exists/);
});

test('a prefix with host bits set is refused', () => {
  const { net, a } = setup();
  assert.throws(
    () => net.ipv4.fib.addRoute(newFibConfig({ dst: ip('10.9.0.1'), dstLen: 16, oif: a.ifindex, scope: RT_SCOPE_LINK, nlflags: NLM_F_CREATE })),
    /Invalid prefix for given prefix length/,
  );
});

test('lookup takes the longest prefix', () => {
  const { net, a } = setup();
  const fib = net.ipv4.fib;
  for (const [d, l] of [['10.0.0.0', 8], ['10.1.0.0', 16], ['10.1.2.0', 24]] as const) {
    fib.addRoute(newFibConfig({ dst: ip(d), dstLen: l, oif: a.ifindex, scope: RT_SCOPE_LINK, nlflags: NLM_F_CREATE }));
  }
  const tb = fib.getTable(RT_TABLE_MAIN)!;
  const hit = (addr: string) => {
    const r = tb.lookup(ip(addr), 0, 0, 0, false);
    return r ? `${ipToString(r.alias.dst)}/${r.alias.plen}` : null;
  };
  assert.equal(hit('10.1.2.3'), '10.1.2.0/24');
  assert.equal(hit('10.1.3.3'), '10.1.0.0/16');
  assert.equal(hit('10.200.0.1'), '10.0.0.0/8');
  assert.equal(hit('11.0.0.1'), null);
});
