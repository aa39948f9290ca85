import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { inject } from './br_testutil.js';
import { brPortGet, netdevBridge } from './br_private.js';
import { brFdbFind } from './br_fdb.js';

/** A bridge br0 with ports p1, p2 (veth peers e1, e2 idle in the same namespace), ageing 3 s. */
async function bridgeLab() {
  const { lab, fs } = createLab(5);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`
ip link add br0 address 02:00:00:00:99:99 type bridge ageing_time 300
ip link add p1 address 02:00:00:00:90:01 type veth peer name e1 address 02:00:00:00:00:01
ip link add p2 address 02:00:00:00:90:02 type veth peer name e2 address 02:00:00:00:00:02
for d in p1 p2; do ip link set $d master br0 up; done
ip link set e1 up; ip link set e2 up; ip link set br0 up`);
  assert.equal(r.status, 0, r.output);
  const net = lab.initNet;
  const drops: string[] = [];
  const fns: string[] = [];
  lab.tracer.sink = (ev) => {
    fns.push(ev.fn);
    if (ev.drop !== null) drops.push(`${ev.fn}:${ev.drop}`);
  };
  return { lab, s, net, br: netdevBridge(net.devByName('br0')!)!, drops, fns };
}

function frame(dst: number[], src: number[], proto = 0x88b5, len = 60): Uint8Array {
  const f = new Uint8Array(len);
  f.set(dst, 0);
  f.set(src, 6);
  f[12] = proto >> 8;
  f[13] = proto & 0xff;
  return f;
}

test('a frame from an unknown source is learned on its port, then ages out after ageing_time', async () => {
  const { lab, net, br } = await bridgeLab();
  const p1 = net.devByName('p1')!;
  const src = Uint8Array.of(2, 0, 0, 0, 0xaa, 1);
  inject(p1, frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [...src]));
  lab.sched.runDue();
  const f = brFdbFind(br, src, 0);
  assert.ok(f);
  assert.equal(f.dst, brPortGet(p1));
  await lab.sched.runWhile(() => true, lab.sched.now + 4e9);
  assert.equal(brFdbFind(br, src, 0), null);
});

test('unknown unicast floods to the other port; the walk names br_handle_frame and br_flood', async () => {
  const { lab, net, fns } = await bridgeLab();
  const e2 = net.devByName('e2')!;
  const before = e2.stats.rxPackets;
  inject(net.devByName('p1')!, frame([2, 0, 0, 0, 0xbb, 1], [2, 0, 0, 0, 0xaa, 1]));
  lab.sched.runDue();
  assert.equal(e2.stats.rxPackets, before + 1);
  assert.ok(fns.includes('br_handle_frame') && fns.includes('br_flood'));
});

test('an invalid source MAC and a pause frame die with the kernel drop reasons', async () => {
  const { lab, net, drops } = await bridgeLab();
  const p1 = net.devByName('p1')!;
  inject(p1, frame([2, 0, 0, 0, 0xbb, 1], [1, 0, 0, 0, 0, 1]));
  inject(p1, frame([0x01, 0x80, 0xc2, 0, 0, 0x01], [2, 0, 0, 0, 0xaa, 1], 0x8808));
  lab.sched.runDue();
  assert.deepEqual(drops, ['br_handle_frame:MAC_INVALID_SOURCE', 'br_handle_frame:MAC_IEEE_MAC_CONTROL']);
});

test('random frames on a bridge port never throw', async () => {
  const { lab, net } = await bridgeLab();
  const p1 = net.devByName('p1')!;
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 200 }), async (bytes) => {
      inject(p1, bytes);
      lab.sched.runDue();
    }),
    { numRuns: 300 },
  );
});

test('a locked port drops frames from sources the fdb lacks on it and learns nothing; a static entry lets that source through', async () => {
  const { lab, s, net, br } = await bridgeLab();
  assert.equal((await s.execCollect('bridge link set dev p1 locked on')).status, 0);
  const p1 = net.devByName('p1')!;
  const e2 = net.devByName('e2')!;
  const src = Uint8Array.of(2, 0, 0, 0, 0xaa, 1);
  const before = e2.stats.rxPackets;
  inject(p1, frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [...src]));
  lab.sched.runDue();
  assert.equal(e2.stats.rxPackets, before);
  assert.equal(brFdbFind(br, src, 0), null);
  assert.equal((await s.execCollect('bridge fdb add 02:00:00:00:aa:01 dev p1 master static')).status, 0);
  inject(p1, frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [...src]));
  lab.sched.runDue();
  assert.equal(e2.stats.rxPackets, before + 1);
  // a source learnt on another port is a mismatch on the locked one: dropped, the entry does not roam
  const src2 = Uint8Array.of(2, 0, 0, 0, 0xbb, 2);
  const p2 = net.devByName('p2')!;
  inject(p2, frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [...src2]));
  lab.sched.runDue();
  const n = e2.stats.rxPackets;
  inject(p1, frame([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [...src2]));
  lab.sched.runDue();
  assert.equal(e2.stats.rxPackets, n);
  assert.equal(brFdbFind(br, src2, 0)!.dst, brPortGet(p2));
});

test('port costs follow the ethtool speed: a veth 2, a macvlan its lower, a macvlan on a bridge without up ports 100', async () => {
  const { s, net } = await bridgeLab();
  const r = await s.execCollect(`
ip link add br1 type bridge
ip link add link e1 name mv0 address 02:00:00:00:00:31 type macvlan
ip link add link br1 name mv1 address 02:00:00:00:00:32 type macvlan
ip link set mv0 master br0
ip link set mv1 master br0`);
  assert.equal(r.status, 0, r.output);
  assert.equal(brPortGet(net.devByName('p1')!)!.pathCost, 2);
  assert.equal(brPortGet(net.devByName('mv0')!)!.pathCost, 2);
  assert.equal(brPortGet(net.devByName('mv1')!)!.pathCost, 100);
});
