import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import type { FibNh } from './fib_semantics.js';
import { FNHE_RECLAIM_DEPTH, fnheHashfun, findException, updateOrCreateFnhe, type FnheHolder } from './route_fnhe.js';
import { jiffies } from './inetpeer.js';
import { advance } from './arp.testutil.js';

function nh(): FibNh & FnheHolder {
  return { dev: null, oif: 0, gw: 0, flags: 0, scope: 0, weight: 1, upperBound: 0, tclassid: 0 };
}

test('fnhe: a chain keeps at most 2 * FNHE_RECLAIM_DEPTH exceptions, dropping the least recently stamped', async () => {
  const lab = new Lab(5);
  const net = lab.initNet;
  const hop = nh();
  const bucket = fnheHashfun(net, 0x0a000001);
  const same: number[] = [];
  for (let a = 0x0a000001; same.length < 16; a++) if (fnheHashfun(net, a) === bucket) same.push(a);
  for (const daddr of same) {
    updateOrCreateFnhe(net, hop, daddr, 0, 1400, false, jiffies(net) + 1000);
    await advance(lab, 10e6);
  }
  let depth = 0;
  for (let f = hop.exceptions![bucket] ?? null; f; f = f.next) depth++;
  assert.ok(depth <= 2 * FNHE_RECLAIM_DEPTH, `depth ${depth}`);
  // The newest survive, the oldest went first.
  assert.ok(findException(net, hop, same[15]!));
  assert.equal(findException(net, hop, same[0]!), null);
});

test('fnhe: an expired exception is deleted by the lookup; an update keeps the gateway and refreshes the expiry', async () => {
  const lab = new Lab(6);
  const net = lab.initNet;
  const hop = nh();
  updateOrCreateFnhe(net, hop, 0x0a000009, 0x0a000001, 0, false, jiffies(net) + 250);
  updateOrCreateFnhe(net, hop, 0x0a000009, 0, 1300, false, jiffies(net) + 500);
  const f = findException(net, hop, 0x0a000009)!;
  assert.equal(f.gw, 0x0a000001);
  assert.equal(f.pmtu, 1300);
  await advance(lab, 3e9);
  assert.equal(findException(net, hop, 0x0a000009), null);
});
