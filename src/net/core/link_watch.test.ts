import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { vethNewlink } from '../../drivers/net/veth.js';
import { SEC, advance, mac, up } from '../ipv4/arp.testutil.js';
import { devChangeFlags, linkwatchSyncDev } from './dev.js';
import { IFF_UP, NET_XMIT_CN, NET_XMIT_SUCCESS, Oper, type NetDevice } from './netdevice.js';
import { devQueueXmit } from './dev_rx.js';
import { SkBuff } from './skbuff.js';

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

test('linkwatch: a device up without carrier sends into noop_qdisc (tx_dropped, no driver) until the carrier-on run activates its queue', async () => {
  const lab = new Lab(1);
  const a = lab.newNet();
  const b = lab.newNet();
  const [a0, b0] = vethNewlink({ net: a, name: 'a0', address: mac('02:00:00:00:0a:01') }, { net: b, name: 'b0', address: mac('02:00:00:00:0b:01') });
  // One frame out of a0: what it did to [tx_dropped, tx_packets] (the host's own IPv6 frames come and go between).
  const send = (): number[] => {
    const before = [a0.stats.txDropped, a0.stats.txPackets];
    const skb = new SkBuff(64);
    skb.put(60);
    skb.dev = a0;
    assert.equal(devQueueXmit(skb), a0.txActive ? NET_XMIT_SUCCESS : NET_XMIT_CN);
    return [a0.stats.txDropped - before[0]!, a0.stats.txPackets - before[1]!];
  };
  up(a0);
  assert.equal(a0.txActive, false, 'dev_activate() at open waits for the carrier');
  assert.deepEqual(send(), [1, 0]);
  up(b0);
  await advance(lab, 2 * SEC);
  assert.equal(a0.txActive, true, 'the carrier-on run activated the queue');
  assert.deepEqual(send(), [0, 1]);
  down(b0);
  await advance(lab, 2 * SEC);
  assert.equal(a0.txActive, false, 'the carrier-loss run deactivated it');
  assert.deepEqual(send(), [1, 0]);
  down(a0);
  up(b0);
  up(a0);
  assert.equal(a0.txActive, true, 'opened with carrier: active at once');
});

test('linkwatch: the work asks again whether an event is urgent: a veth up again with its peer up was urgent at carrier-on, not once its open restarted the queue', async () => {
  const { createLabSession } = await import('../../lab/boot.js');
  const s = createLabSession({ seed: 1 });
  const r = await s.exec([
    'ip netns add h',
    'ip netns add c',
    'ip link add eth0 netns h type veth peer name c0 netns c',
    'ip -n h link set eth0 up',
    'ip -n c link set c0 up',
    'sleep 1.1',
    'ip -n h link set eth0 down; ip -n h link set eth0 up; ip -n h -o link | grep -o "eth0.*state [A-Z]*" | sed -E "s/: <.*> .* state/ state/"',
    'sleep 1.1; ip -n h -o link | grep -o "eth0.*state [A-Z]*" | sed -E "s/: <.*> .* state/ state/"',
  ].join('\n'));
  assert.equal(r.output, 'eth0@if2 state DOWN\neth0@if2 state UP\n', 'deferred to the next full run, then handled');
});
