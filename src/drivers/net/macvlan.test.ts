import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { SkBuff } from '../../net/core/skbuff.js';
import { netifRx } from '../../net/core/dev_rx.js';
import { ethTypeTrans } from '../../net/ethernet/eth.js';
import { macvlanEthHash } from './macvlan_port.js';

test('macvlan_eth_hash(): the kernel\'s buckets (the source list order recorded in macvlan-source.t)', () => {
  const aa = macvlanEthHash(Uint8Array.of(2, 0, 0, 0, 5, 0xaa));
  const bb = macvlanEthHash(Uint8Array.of(2, 0, 0, 0, 5, 0xbb));
  assert.ok(bb < aa, 'bb is listed before aa');
  for (const x of [0, 1, 0x55, 0xff]) {
    const h = macvlanEthHash(Uint8Array.of(x, x, x, x, x, x));
    assert.ok(Number.isInteger(h) && h >= 0 && h < 256);
  }
});

/**
 * Random and mutated frames on a lower device that carries a macvlan of
 * every mode and a virt: nothing throws, every mode's device is intact.
 */
test('fuzz: frames on a macvlan/virt lower device never throw', async () => {
  const { lab, fs } = createLab(5);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`
ip link add eth0 address 02:00:00:00:00:01 type veth peer name o0 address 02:00:00:00:00:02
ip link set eth0 up; ip link set o0 up
ip link add link eth0 name mb address 02:00:00:00:00:11 type macvlan mode bridge
ip link add link eth0 name mv address 02:00:00:00:00:12 type macvlan mode vepa
ip link add link eth0 name mp address 02:00:00:00:00:13 type macvlan mode private
ip link add link eth0 name ms address 02:00:00:00:00:14 type macvlan mode source macaddr add 02:00:00:00:00:02
ip link add link eth0 name v0 type virt
for d in mb mv mp ms v0; do ip link set $d up; done
ip addr add 10.0.0.1/24 dev eth0
ip addr add 10.0.0.11/24 dev mb
ip addr add 10.0.1.1/24 dev v0`);
  assert.equal(r.status, 0, r.output);
  const eth0 = lab.initNet.devByName('eth0')!;
  const dsts = [
    [2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 0x11], [2, 0, 0, 0, 0, 0x12], [2, 0, 0, 0, 0, 0x13], [2, 0, 0, 0, 0, 0x14],
    [0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [1, 0, 0x5e, 0, 0, 1], [0x33, 0x33, 0, 0, 0, 1],
  ];
  const srcs = [[2, 0, 0, 0, 0, 2], [2, 0, 0, 0, 0, 0x11], [2, 0, 0, 0, 0, 0x12], [2, 0, 0, 0, 0, 0x13]];
  await fc.assert(fc.asyncProperty(
    fc.constantFrom(...dsts), fc.constantFrom(...srcs), fc.constantFrom(0x0800, 0x0806, 0x86dd, 0x8808, 0x1234),
    fc.uint8Array({ minLength: 0, maxLength: 80 }),
    async (dst, src, proto, body) => {
      const f = new Uint8Array(14 + body.length);
      f.set(dst, 0);
      f.set(src, 6);
      f[12] = proto >> 8;
      f[13] = proto & 0xff;
      f.set(body, 14);
      const skb = SkBuff.fromBytes(f, 32);
      if (ethTypeTrans(skb, eth0)) netifRx(skb, eth0);
      await lab.sched.runWhile(() => true, lab.sched.now + 1e9);
    },
  ), { numRuns: 300, seed: 7 });
  const after = await s.execCollect('ip -br link | sort');
  assert.equal(after.status, 0);
  assert.match(after.output, /^mb@eth0 +UP/m);
  assert.match(after.output, /^v0@eth0 +UP/m);
});
