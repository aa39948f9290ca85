import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { vethNewlink } from '../../drivers/net/veth.js';
import { SEC, advance, mac, up } from '../ipv4/arp.testutil.js';
import { devChangeFlags, linkwatchSyncDev } from './dev.js';
import { IFF_UP, Oper, type NetDevice } from './netdevice.js';

const down = (d: NetDevice): void => devChangeFlags(d, d.flags & ~IFF_UP);

test('linkwatch: a carrier loss is urgent only for a device stacked on another index; the rest waits for the once-a-second run', async () => {
  const lab = new Lab(1);
  const a = lab.newNet();
  const b = lab.newNet();
  // Two fresh namespaces: both ends get index 2, so iflink == ifindex (not urgent).
  const [a0, b0] = vethNewlink({ net: a, name: 'a0', address: mac('02:00:00:00:0a:01') }, { net: b, name: 'b0', address: mac('02:00:00:00:0b:01') });
  // One namespace: the ends' indexes differ (urgent).
  const [x0, y0] = vethNewlink({ net: a, name: 'x0', address: mac('02:00:00:00:0a:02') }, { net: a, name: 'y0', address: mac('02:00:00:00:0b:02') });
  assert.equal(a0.ifindex, b0.ifindex);
  assert.notEqual(x0.ifindex, y0.ifindex);
  for (const d of [a0, b0, x0, y0]) up(d);
  await advance(lab, 2 * SEC);
  assert.equal(b0.operstate, Oper.UP);
  down(a0);
  down(x0);
  assert.equal(y0.operstate, Oper.LOWERLAYERDOWN, 'urgent: handled at once (its lower x0 has no carrier)');
  assert.equal(b0.operstate, Oper.UP, 'not urgent within a second of the last run: queued');
  assert.equal(b0.carrier, false);
  // A flap linkwatch never saw: the carrier is back, the qdisc never went down, nothing to announce.
  up(a0);
  await advance(lab, 2 * SEC);
  assert.equal(b0.operstate, Oper.UP);
  // rtnl_getlink() syncs the device's pending event.
  down(a0);
  assert.equal(b0.operstate, Oper.UP);
  linkwatchSyncDev(b0);
  assert.equal(b0.operstate, Oper.DOWN);
  // Otherwise the delayed run handles it a second after the last one.
  up(a0);
  await advance(lab, 2 * SEC);
  down(a0);
  await advance(lab, SEC);
  assert.equal(b0.operstate, Oper.DOWN);
});
