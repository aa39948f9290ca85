import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../../lab/boot.js';
import { Session } from '../../../lab/session.js';
import { SkBuff } from '../../../net/core/skbuff.js';
import { netifRx } from '../../../net/core/dev_rx.js';
import { ethTypeTrans } from '../../../net/ethernet/eth.js';
import type { Lab } from '../../../lab/lab.js';
import { csumFold, csumPartial } from '../../../wire/checksum.js';

/** A lab with vx0 (VNI 42, port 4789) on e0 = 10.0.0.1, e1 its veth peer. */
async function vxlanLab(): Promise<{ lab: Lab; s: Session }> {
  const { lab, fs } = createLab(3);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`
ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
ip link set e0 up; ip link set e1 up
ip addr add 10.0.0.1/24 dev e0
ip link add vx0 address 02:00:00:00:01:01 type vxlan id 42 dstport 4789 dev e0
ip link set vx0 up`);
  assert.equal(r.status, 0, r.output);
  return { lab, s };
}

/** An outer Ethernet/IPv4/UDP frame to 10.0.0.1:4789 from 10.0.0.2 carrying `vxlan` and an inner ARP frame. */
function outerFrame(vxlan: number[], inner: Uint8Array): Uint8Array {
  const f = new Uint8Array(14 + 20 + 8 + 8 + inner.length);
  f.set([2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 0x08, 0x00]);
  const ip = 14;
  const tot = f.length - 14;
  f.set([0x45, 0, tot >> 8, tot & 0xff, 0, 1, 0, 0, 64, 17, 0, 0, 10, 0, 0, 2, 10, 0, 0, 1], ip);
  const sum = csumFold(csumPartial(f, ip, 20, 0));
  f[ip + 10] = sum >> 8;
  f[ip + 11] = sum & 0xff;
  const ulen = tot - 20;
  f.set([0xc0, 0x00, 0x12, 0xb5, ulen >> 8, ulen & 0xff, 0, 0], ip + 20);
  f.set(vxlan, ip + 28);
  f.set(inner, ip + 36);
  return f;
}

/** An ARP request from 02:00:00:00:01:02 (an inner host behind 10.0.0.2). */
const INNER = Uint8Array.from([
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 2, 0, 0, 0, 1, 2, 0x08, 0x06,
  0, 1, 8, 0, 6, 4, 0, 1, 2, 0, 0, 0, 1, 2, 192, 168, 0, 2, 0, 0, 0, 0, 0, 0, 192, 168, 0, 1,
]);

async function inject(lab: Lab, frame: Uint8Array): Promise<void> {
  const e0 = lab.initNet.devByName('e0')!;
  const skb = SkBuff.fromBytes(frame, 64);
  if (ethTypeTrans(skb, e0)) netifRx(skb, e0);
  await lab.sched.runWhile(() => true, lab.sched.now + 1e9);
}

test('vxlan_rcv(): the I flag, clear reserved bits and a known VNI, else the datagram is dropped', async () => {
  const { lab, s } = await vxlanLab();
  const vx0 = lab.initNet.devByName('vx0')!;
  const vni = (n: number): number[] => [n >> 16, (n >> 8) & 0xff, n & 0xff, 0];
  for (const bad of [[0, 0, 0, 0, ...vni(42)], [0x08, 0, 0, 1, ...vni(42)], [0x0c, 0, 0, 0, ...vni(42)], [0x08, 0, 0, 0, ...vni(43)],
    [0x08, 0, 0, 0, 0, 0, 42, 1]]) {
    await inject(lab, outerFrame(bad, INNER));
  }
  assert.equal(vx0.stats.rxPackets, 0);
  assert.equal((await s.execCollect('bridge fdb show dev vx0')).output, '');
  await inject(lab, outerFrame([0x08, 0, 0, 0, ...vni(42)], INNER));
  assert.equal(vx0.stats.rxPackets, 1);
  assert.equal(vx0.stats.rxBytes, 28);
  assert.equal((await s.execCollect('bridge fdb show dev vx0')).output, '02:00:00:00:01:02 dst 10.0.0.2 self \n');
});

test('fuzz: random VXLAN payloads on the port never throw and leave the device intact', async () => {
  const { lab, s } = await vxlanLab();
  await fc.assert(fc.asyncProperty(
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 8, maxLength: 8 }), fc.uint8Array({ minLength: 0, maxLength: 60 }),
    fc.boolean(),
    async (hdr, inner, valid) => {
      if (valid) hdr.splice(0, 4, 0x08, 0, 0, 0);
      await inject(lab, outerFrame(hdr, inner));
    },
  ), { numRuns: 200, seed: 11 });
  assert.match((await s.execCollect('ip -br link show vx0')).output, /^vx0 +UNKNOWN/);
});

test('kinds of VXLAN tuxnet does not build are refused with a message that says so', async () => {
  const { s } = await vxlanLab();
  const cases: [string, string][] = [
    ['ip link add vx1 type vxlan external dstport 0', 'Error: VXLAN external (collect_metadata) is not supported by tuxnet.\n'],
    ['ip link add vx1 type vxlan id 2 dstport 0 group 239.1.1.1 dev e0', 'Error: VXLAN multicast groups are not supported by tuxnet.\n'],
    ['ip link add vx1 type vxlan id 2 dstport 0 l3miss', 'Error: VXLAN l3miss is not supported by tuxnet.\n'],
    ['ip link add vx1 type vxlan id 2 dstport 0 remote 2001:db8::1', 'Error: IPv6 VXLAN endpoints are not supported by tuxnet.\n'],
  ];
  for (const [cmd, want] of cases) {
    const r = await s.execCollect(cmd);
    assert.notEqual(r.status, 0, cmd);
    assert.equal(r.output, want, cmd);
  }
  assert.doesNotMatch((await s.execCollect('ip link show')).output, /vx1/);
});
